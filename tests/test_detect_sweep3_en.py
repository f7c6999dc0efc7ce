"""Third English sweep: mail that CONTAINS rejection wording without being a rejection of the reader (career-advice
newsletters and coaching, forum and chat digests quoting members, course and webinar samples, ATS vendors' templates, an
HR colleague's draft for the reader to check or send, a hiring manager's note about candidates, a platform's copy of the
reader's own message, a friend's own rejection or a friend asking for advice, stories, podcasts and show notes, surveys
about rejection, references about someone else, the reader chosen over another person, an earlier no reversed, an
apology for a rejection sent in error), next to true rejections in the same registers. The reading behind most of
them (reading.py): a letter quoted or written out to someone other than the reader is cited; a quotation after an
example's label or a member's "X wrote:" is cited; words reported from another message ("an email saying...", "if a
company tells you...", "I know we said...") are emptied; a message shown after "Example...:" or "Ruth receives an
email:" is emptied to its paragraph's end.
"""

from __future__ import annotations

import html
from email.message import EmailMessage

import pytest
from labelled import found

KIM = "Kim Okafor <kim.okafor@example.org>"


def letter(subject: str, body: str, sender: str | None, as_html: bool) -> bytes:
    """A mail to Sam Rivera; as HTML (one paragraph per line) when ``as_html``."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender or KIM, "Sam Rivera <sam.rivera@example.net>", subject
    if as_html:
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.split("\n") if line.strip())
        msg.set_content(f"<html><body><div>{paragraphs}</div></body></html>", subtype="html")
    else:
        msg.set_content(body)
    return bytes(msg)


# Mail with rejection words that rejects no application of the reader's: each must stay a non-rejection.
LOOK_ALIKES = [
    # --- career-advice newsletters and coaching mails quoting rejection lines
    ('So they chose another candidate. Now what?',
     "So they chose another candidate. It stings, and that is fine. Here's how to bounce back in three steps: "
     'take a day off the job boards, ask for feedback, and send one new application before Friday.',
     'The Career Compass <hello@careercompass.example>', False),
    ('Your weekly job-search boost',
     'This week\'s theme: rejection. "Unfortunately we have decided to move forward with other candidates" is a '
     'sentence every job seeker reads. What matters is what you do the morning after. Read the full article on '
     'our blog.',
     'The Career Compass <hello@careercompass.example>', True),
    ('Rejected after the final round?',
     'Being told the company went with another candidate after a final round is one of the hardest moments in a '
     'search. In this issue our coach Mira explains how to turn that email into a referral.',
     'The Career Compass <hello@careercompass.example>', False),
    ("5 things to do after 'we regret to inform you'",
     'We regret to inform you... You know the rest. Here are five things recruiters wish candidates did after '
     'receiving a rejection, from a short thank-you note to staying in touch on LinkedIn.',
     'The Career Compass <hello@careercompass.example>', True),
    ('Coaching session notes',
     "Hi Sam,\nThanks for today's session. As discussed, when a company says they have selected a candidate "
     'whose experience more closely matches, it is rarely about you. Your homework: rewrite your summary and '
     'apply to three roles.\nMira',
     'Mira Lopez <mira@coachmira.example>', False),
    ("Monday Motivation: the 'no' that led to a yes",
     "Last year, our reader Tom got an email that said: 'After careful consideration, we will not be "
     "progressing your application.' Six weeks later he landed a better job. Here's his story.",
     'The Career Compass <hello@careercompass.example>', False),
    ('Follow-up from your career coach',
     "Great work this week. Remember what we said: if you hear 'the position has been filled', reply politely "
     "and ask to be considered for future roles. Let's talk Thursday at 4.",
     'Mira Lopez <mira@coachmira.example>', False),
    ('New guide: decoding rejection emails',
     "What does 'we have decided to pursue other candidates whose qualifications better meet our needs' "
     'actually mean? Our new free guide decodes the ten most common rejection lines and tells you when to '
     'follow up.',
     'The Career Compass <hello@careercompass.example>', True),
    ('Ask the recruiter',
     "Q: I was told 'we've gone with someone more experienced' three times this month. Should I stop applying "
     "for senior roles?\nA: Not at all. Here is what I'd change in your approach.",
     'The Career Compass <hello@careercompass.example>', False),
    ('Resilience in your job search - week 3',
     "Module 3 covers rejection. You will practise reading lines like 'unfortunately you were not successful on "
     "this occasion' without taking them personally, and plan your next move.",
     'The Career Compass <hello@careercompass.example>', False),
    ("The hidden message in 'we chose another applicant'",
     'When a hiring team writes that they chose another applicant, they are often telling you the race was '
     "close. In today's post we explain how to ask for feedback and stay top of mind.",
     'The Career Compass <hello@careercompass.example>', False),
    ('Your career bulletin',
     "Top reads: Why 'not moving forward' is not the end | How to ask for feedback after an interview | Salary "
     'negotiation scripts that work. Plus: 40 new remote roles in marketing.',
     'The Career Compass <hello@careercompass.example>', True),
    ('Outplacement support: session 2',
     "In session two we'll role-play the moment you receive an email saying another candidate has been offered "
     'the position, and write a reply that keeps the door open. Bring two recent examples.',
     'Outplacement Services <support@nextstep-outplace.example>', False),
    ('Bounce back faster',
     'Rejection is data, not a verdict. If a company tells you they have decided not to move forward with your '
     'application, log it, note the stage, and look for patterns. Our tracker template is attached.',
     'The Career Compass <hello@careercompass.example>', False),
    ('A note from your mentor',
     "Sam, on the call you asked how to handle hearing 'we went with an internal candidate'. Honestly, it "
     'happens to everyone. Keep the relationship warm and check back in six months. Talk soon, Priya',
     'Priya Shah <priya.shah@mentor.example>', False),
    ("Why 'the position has been filled' isn't personal",
     "Nine times out of ten, 'the position has been filled' means an internal candidate was lined up before the "
     "ad went live. In this week's letter we explain how to spot those roles early.",
     'Hiring Insider <newsletter@hiringinsider.example>', True),
    ('Your job search plan, week 5',
     "Expect some of this week's applications to end with 'we won't be taking your application further'. That "
     'is normal at this stage. Keep your target of five tailored applications.',
     'Coach Amara <amara@careerlift.example>', False),
    ('Webinar replay: handling the final-round no',
     "The replay is up. Our panel talked about the emails that say 'we decided to go with a candidate who had "
     "more direct experience' and what to reply within 24 hours.",
     'CareerLift <events@careerlift.example>', True),
    ('Reader mailbag',
     'Dana from Leeds writes that a company told her they had decided not to proceed with her application after '
     'she had already resigned from her job. Our advice: talk to them, offers can be revisited.',
     'Hiring Insider <newsletter@hiringinsider.example>', False),
    ('Tip of the day',
     "When you read 'unfortunately we have selected another candidate', reply within a day, thank them, and ask "
     'to be considered for the next opening. Short and gracious wins.',
     'Daily Job Tip <tips@dailyjobtip.example>', False),
    ("How I'd answer a rejection email",
     'Last week a client of mine got the classic line: we have decided to pursue other applicants whose '
     'experience is a closer match. Here is the three-sentence reply I helped her write, and why it worked.',
     'Career Notes <notes@careernotes.example>', True),
    ('Rejection is redirection',
     "Every 'no' you get, every 'we went with an internal candidate', is one step closer. This month's workbook "
     'has a page to log each one and what you learned.',
     'Thrive Coaching <hello@thrive.example>', False),
    ('Newsletter: when the recruiter ghosts you',
     "Worse than 'we won't be progressing your application' is hearing nothing at all. Our columnist explains "
     'why it happens and when to chase.',
     'Work Life Weekly <weekly@worklife.example>', True),
    ("Is 'not a match' ever final?",
     'Many of you wrote in after getting the line that your profile is not a match for the role. In most cases '
     "it is an automated screen, and a referral can get you past it. Here's the evidence.",
     'The Shortlist <editor@theshortlist.example>', True),
    ('Your coaching recap',
     'We practised your reply for when a recruiter says the position has been filled. Remember: thank them, ask '
     'about similar teams, and move on within the day.',
     'Coach Amara <amara@careerlift.example>', False),
    ('Live Q&A on Thursday',
     "Bring your questions about feedback after interviews. One member asked what 'we will not be progressing "
     "your application at this stage' means if the job is still advertised. We'll cover that live.",
     'CareerLift <events@careerlift.example>', True),
    ("What recruiters won't tell you",
     'Sometimes the hiring manager has already picked another person before the interviews even start. Here are '
     'five signs the job was never really open.',
     'Career Notes <notes@careernotes.example>', True),
    ('Your mock interview feedback',
     'In the role-play, I played the hiring manager and told you we had chosen another candidate. You handled '
     'it calmly. Next time, ask one question about what would have made the difference.',
     'Coach Amara <amara@careerlift.example>', False),
    # --- job-seeker forums, chat and community digests quoting members' rejections
    ("Today's top threads",
     '1. "Got \'we have decided to proceed with another candidate\' after four interviews. Is it normal not to '
     'get feedback?" - 48 replies\n2. "Offer negotiation tips?" - 22 replies\n3. "Remote jobs in Lisbon" - 9 '
     'replies',
     'JobHunters Community <digest@jobhunters.example>', False),
    ('Weekly digest from r/jobsearchhelp',
     "Most upvoted: a member shares the rejection she got from a big bank: 'Unfortunately you have not been "
     "selected for the next stage.' The comments turned into a great discussion about ATS filters.",
     'JobHunters Community <digest@jobhunters.example>', True),
    ('New reply to your post',
     'Alex replied to your thread \'How do you handle rejections?\': "Mine said they went with someone who had '
     'more industry experience. I asked for feedback and actually got a useful answer."',
     'JobHunters Community <digest@jobhunters.example>', False),
    ('Community highlights',
     'Member story: "After 60 applications and lines like \'the role has been filled\', I finally got an '
     'offer!" Congratulations Ben! Also this week: CV review Thursday.',
     'JobHunters Community <digest@jobhunters.example>', False),
    ('Someone mentioned you',
     '@sam - Rosa wrote: "Same here, they told me they chose another candidate with more leadership experience. '
     'Sam, did you ever hear back from them?"',
     'JobHunters Community <digest@jobhunters.example>', False),
    ('Your Slack digest: #job-hunt',
     "#job-hunt (14 new messages)\nlena: got the 'we regret to inform you' email from Finch today :(\nomar: "
     'sorry lena! their loss\nkai: anyone going to the meetup on Friday?',
     'Slack <no-reply@slack.example>', False),
    ('Discussion: rejection templates that hurt',
     "This week's poll asks members which rejection line hurts most. Leading so far: 'We have decided to move "
     "forward with candidates whose experience more closely aligns with our needs.' Vote now.",
     'JobHunters Community <digest@jobhunters.example>', True),
    ('Alumni network: jobs channel recap',
     'In the jobs channel: Chidi said Northwind chose another applicant for the analyst role and offered tips '
     'on their case interview. Maya posted two openings at her company.',
     'Alumni Network <alumni@uni.example>', False),
    ('Women in Tech circle - monthly recap',
     "At last month's circle, several members shared that they were told 'we have filled the position with an "
     "internal candidate'. We discussed how to ask about internal pipelines early in the process.",
     'WiT Circle <circle@witcircle.example>', False),
    ("Reply in 'Interview war stories'",
     "Dev_Guy: After the onsite they emailed: 'We won't be moving forward with your candidacy.' Two days later "
     'they reposted the job. Anyone else seen this?',
     'JobHunters Community <digest@jobhunters.example>', False),
    ('Discord: new messages in #rejections-and-wins',
     'riya: rejected from Kestrel, they went with another candidate\ntom: offer from Juniper!!!\nriya: congrats tom',
     'Discord <noreply@discord.example>', False),
    ('Group digest: Career Changers UK',
     'Top post: \'Just had my fourth "unfortunately we will not be taking your application further" - starting '
     "to doubt the career change.' 31 members replied with encouragement.",
     'JobHunters Community <digest@jobhunters.example>', False),
    ('3 new answers to your question',
     "Your question: 'Is it OK to reapply after a rejection?'\nAnswer from Laura (recruiter): Yes. I told a "
     'candidate last year we had gone with someone else; she reapplied in spring and got the job.',
     'AskHR Forum <answers@askhr.example>', False),
    ('This week on the jobs subreddit',
     "Hot: 'Company emailed me that the role was filled by an internal candidate, then posted it again the next "
     "day.' 612 comments. Also: salary transparency megathread.",
     'Reddit Digest <digest@reddit.example>', True),
    ('Mentions: #careers',
     'mira: just heard from Kestrel, they chose another candidate :(\nben: ugh, sorry mira\nmira: onwards!',
     'Slack <no-reply@slack.example>', False),
    ('Peer group notes',
     'Notes from Tuesday: Kofi said his interview went well but they picked someone with more sales experience. '
     'Lena has a second interview at Juniper. Next meeting: 4 June.',
     'Job Club <club@jobclub.example>', False),
    ('Top comment on your post',
     "Top comment: 'I got the exact same email, they said the position had been filled internally. Then I saw "
     "the new hire was the manager's nephew.' 212 likes.",
     'Careers Forum <notify@careersforum.example>', False),
    ('Group chat summary',
     "Summary of 23 messages in 'Class of 2024':\nAisha: Kestrel went with someone else for the grad role\nTom: "
     'same, no feedback\nAisha: onwards, drinks Friday?',
     'Chat App <summary@chatapp.example>', False),
    ('Answer accepted',
     "Your answer to 'They chose another candidate but want to keep me on file - does that mean anything?' was "
     'accepted. You earned 15 points.',
     'Q&A Site <noreply@qasite.example>', False),
    ('Weekly thread roundup',
     "Popular this week: 'Application unsuccessful after 20 minutes - is it a bot?' (340 replies) and 'Salary "
     "bands for junior analysts' (120 replies).",
     'Careers Forum <notify@careersforum.example>', False),
    ('You were mentioned in a comment',
     "Priya mentioned you: '@Sam the email said my application was unsuccessful but the portal still shows "
     "under review. Which one do I believe?'",
     'Careers Forum <notify@careersforum.example>', False),
    ('Alumni mentoring circle',
     "This month's circle: members shared how it felt when an employer chose another candidate, and what they "
     'did next. Three of them now have new roles.',
     'Alumni Network <alumni@uni.example>', True),
    # --- course, webinar and exam material with sample rejection letters
    ('Module 4: Writing candidate rejections',
     'In this module you will learn to write a respectful rejection. Sample: "Dear Alex, thank you for '
     'interviewing with us. After careful consideration we have decided to offer the role to another candidate. '
     'We wish you every success." Quiz at the end.',
     'Recruiting Academy <learn@recruitacademy.example>', False),
    ('Webinar recording: Candidate experience 101',
     'Thanks for attending! The recording is below. Slide 12 shows the rejection email template we discussed: '
     "'Unfortunately, we will not be moving forward with your application at this time.' Download the slides "
     'here.',
     'Recruiting Academy <learn@recruitacademy.example>', True),
    ('Your CIPD assignment feedback',
     "Your sample rejection letter ('We regret that on this occasion your application has not been successful') "
     'was clear and kind. Consider adding an offer of feedback. Grade: merit.',
     'Tutor <tutor@hrcourse.example>', False),
    ('Homework: rewrite these rejection emails',
     "Rewrite the three rejection emails below to sound warmer.\n1. 'Position filled.'\n2. 'We selected another "
     "applicant.'\n3. 'You were not shortlisted.'\nSubmit by Monday.",
     'Recruiting Academy <learn@recruitacademy.example>', False),
    ('Recruiter certification - lesson 7',
     "Lesson 7: closing the loop. Example message to an unsuccessful finalist: 'We've chosen another person for "
     "the role, but we were impressed and would like to keep your details.' Practise writing your own version.",
     'Recruiting Academy <learn@recruitacademy.example>', True),
    ('Webinar invite: Saying no to candidates',
     "Join us Tuesday at 1pm ET. We'll workshop how to tell a candidate 'we have decided to go with someone "
     "else' in a way that protects your employer brand. Register now.",
     'Recruiting Academy <learn@recruitacademy.example>', False),
    ("Handout from today's workshop",
     "Attached is the handout. Page 2: good and bad examples of rejection wording, e.g. 'Unfortunately you did "
     "not meet our requirements' (bad) vs 'we decided to move forward with a candidate whose experience is "
     "closer to the brief' (better).",
     'Workshop Team <workshops@peopleskills.example>', False),
    ('Lesson transcript: Employment law basics',
     'When you inform an applicant that they have not been successful, avoid any wording that could suggest '
     "discrimination. For example, never say 'we chose a younger candidate'. Next lesson: references.",
     'Recruiting Academy <learn@recruitacademy.example>', False),
    ('Business English unit 9: formal letters',
     "Unit 9 practises formal letters. Read the model rejection letter: 'Dear Mr Ortega, we regret to inform "
     "you that your application for the post of clerk has been unsuccessful.' Then answer questions 1-5.",
     'English Online <units@englishonline.example>', False),
    ('Slides: Talent Acquisition Summit',
     'Thanks for joining our session. The deck includes our A/B test of two rejection emails: variant A said '
     "'we have selected another candidate', variant B offered feedback. B got a 40% higher candidate NPS.",
     'TA Summit <speakers@tasummit.example>', True),
    ('Course reminder: Interview skills',
     "Before Thursday's class, read the case: Priya receives an email saying 'we have decided not to proceed "
     "with your application'. Discuss what she should do next.",
     'Recruiting Academy <learn@recruitacademy.example>', False),
    ('Quiz results',
     "You scored 8/10 on 'Communicating decisions'. Question 4: which of these is the best rejection opening? "
     "Correct answer: 'Thank you for your time; we have decided to progress other candidates.'",
     'Recruiting Academy <learn@recruitacademy.example>', False),
    ('Lesson 3 - giving bad news',
     "Lesson 3: Practise delivering bad news. Script A: 'Thanks for your time; we've decided to offer the role "
     "to another candidate.' Script B: a phone call. Record yourself and upload the video.",
     'Manager Academy <learn@manageracademy.example>', False),
    ('Recruitment masterclass - pre-reading',
     'Please read the attached pre-reading. It contains three anonymised rejection letters, for example one '
     "that begins 'Dear applicant, we regret that you have not been selected for interview'. We will critique "
     'them together.',
     'Masterclass <masterclass@hrpro.example>', True),
    ('Assignment 2 brief',
     'Write two messages: an offer to the successful finalist and a note to the other finalist saying you have '
     'chosen another person. Maximum 150 words each.',
     'Tutor <tutor@bizschool.example>', False),
    ('Day 4: Closing the loop with candidates',
     'Day 4 of the course. Example of a good closing message: Thank you for your time with us. We have chosen '
     'to move ahead with another finalist, and we would love to stay in touch. Exercise: write your own.',
     'HR Bootcamp <course@hrbootcamp.example>', True),
    ('Exam practice question',
     "Question 12: A manager emails an applicant: 'We regret to say you were not successful.' Identify two ways "
     'the message could be improved.',
     'Exam Prep <practice@examprep.example>', False),
    ('Module 6 quiz',
     "Which sentence is the clearest rejection? (a) 'Your application has not been successful.' (b) 'We are "
     "going in another direction.' (c) 'We'll keep your CV on file.' Submit your answer to unlock module 7.",
     'Recruiting Academy <learn@recruitacademy.example>', False),
    ('Workshop follow-up',
     "As promised, the phrases we looked at: 'we regret to inform you', 'after careful consideration', 'not "
     "shortlisted on this occasion'. Rewrite each in plain English for next week.",
     'Plain Words Workshop <hello@plainwords.example>', True),
    # --- HR software and ATS marketing showing rejection templates
    ('Stop ghosting candidates',
     'With Talentloop, one click sends a personal rejection: "Dear {{candidate_first_name}}, thank you for '
     'applying for {{job_title}}. We\'ve chosen another person for the role." Book a demo today.',
     'Talentloop <marketing@talentloop.example>', True),
    ('New in Talentloop: smart rejection templates',
     "Our new templates adapt to the stage: 'Unfortunately we won't be progressing your application' after "
     'screening, and a warmer version after final interviews. Available on all plans from today.',
     'Talentloop <marketing@talentloop.example>', True),
    ('Product update: bulk disposition',
     "You can now disqualify up to 500 applicants at once and send the template 'We have decided to move "
     "forward with other candidates' automatically. See what's new.",
     'Pipewell ATS <product@pipewell.example>', False),
    ('Template of the month',
     "Template of the month: the post-interview decline. 'Hi [First name], thank you for meeting the team. We "
     "have decided to offer the position to another candidate.' Copy it into your account.",
     'Talentloop <marketing@talentloop.example>', False),
    ('Case study: how Finch cut candidate complaints by half',
     "Finch used to send 'Your application was unsuccessful' with no context. Now each rejection includes "
     'feedback and a link to other openings. Read the case study.',
     'Talentloop <marketing@talentloop.example>', True),
    ('Your free trial ends in 3 days',
     "Did you try automated rejections yet? Set a rule like 'If status = Rejected, send: We regret to inform "
     "you that you have not been selected' and never forget a candidate again.",
     'Pipewell ATS <trial@pipewell.example>', False),
    ('Release notes 3.14',
     "- Rejection emails: new merge field {{hiring_manager}}\n- Default copy changed to 'We've decided to go "
     "with another candidate for this role'\n- Bug fixes in calendar sync",
     'Pipewell ATS <releases@pipewell.example>', False),
    ("Webinar: the rejection email candidates don't hate",
     "Our head of research shows data from 2 million rejection emails. Lines like 'we went with someone else' "
     'score worst. Save your seat.',
     'Talentloop <marketing@talentloop.example>', True),
    ('Your template was saved',
     "Template 'Final round decline' was saved:\n\nDear {first_name},\nWe have chosen another candidate for the "
     '{job_title} position. Thank you for your time.\n\nYou can edit it under Settings > Templates.',
     'Pipewell ATS <noreply@pipewell.example>', False),
    ('Template preview',
     "Preview of 'Screen-out (auto)':\nSubject: Your application to {{company}}\nHi {{first_name}}, "
     'unfortunately your application was not successful this time.\nThis preview was sent to you because you '
     'edited the template.',
     'Pipewell ATS <noreply@pipewell.example>', False),
    ('Feature spotlight: AI-written declines',
     "Let AI draft the decline for you. Input: 'chose another finalist, strong culture fit'. Output: a warm, "
     'personal email that tells the candidate the role went to someone else. Try it free.',
     'Talentloop <marketing@talentloop.example>', False),
    ('Workflow triggered: test run',
     "Test run of workflow 'Reject after 30 days' completed. The message 'Thank you for your interest; the "
     "position has been filled' would be sent to 14 candidates. No emails were sent.",
     'Pipewell ATS <noreply@pipewell.example>', False),
    ('5 rejection templates you can steal',
     "Template 1 (after screening): Hi {first_name}, thank you for applying. We won't be moving forward with "
     'your application this time. Template 2 (after interview): see inside. Download all five free.',
     'HireHub Blog <blog@hirehub.example>', True),
    ('Your candidates deserve better',
     "Still sending 'we went with someone else' from a no-reply address? With HireHub, every decline comes from "
     'a real person, with feedback. Book a demo.',
     'HireHub <sales@hirehub.example>', False),
    ('Auto-reject is now smarter',
     'Our new knockout questions automatically mark applicants who lack a work permit as not selected, and send '
     'a polite note. Turn it on in Settings.',
     'HireHub <product@hirehub.example>', False),
    ('See it in action',
     "Watch how a recruiter rejects 40 applicants in under a minute with personalised messages like 'Hi Jamie, "
     "we have decided to move forward with another candidate'. Start your free trial.",
     'SwiftHire <hello@swifthire.example>', True),
    ('Your template library',
     "New templates added to your library: 'Not selected after screening', 'Position filled', 'Regret after "
     "final interview'. Each can be customised per job.",
     'SwiftHire <library@swifthire.example>', False),
    ('Introducing one-click disposition',
     "Mark candidates as 'Not progressing' and the candidate gets a friendly email automatically. Over 2,000 "
     'teams already use it. Start a free trial today.',
     'Pipewell ATS <product@pipewell.example>', True),
    ('Template approved',
     "Your template 'Application unsuccessful - graduate' has been approved by your admin and is now available "
     'to all recruiters in your account.',
     'Pipewell ATS <noreply@pipewell.example>', False),
    ('Candidate NPS report',
     'Candidates who were told another candidate was chosen within 48 hours rated you 4.2 out of 5. Slower '
     'replies scored 2.9. See the full report in your dashboard.',
     'SwiftHire <reports@swifthire.example>', True),
    # --- an HR colleague asks the reader (a recruiter) to check or send a rejection to a candidate
    ('Draft rejection for Jordan - can you check?',
     'Hi Sam,\nCould you look over this before I send it to Jordan?\n\n"Dear Jordan, thank you for your time '
     'last week. After careful thought, we have decided to offer the role to another candidate."\n\nToo '
     'blunt?\nDana',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Please send the declines today',
     "Sam, the panel has decided on Priya for the analyst role. Can you send the standard 'we've chosen another "
     "candidate' email to the other three finalists today? Thanks, Dana",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Re: wording for the unsuccessful candidates',
     "I'd soften the second line. Instead of 'you were not successful', maybe 'we have decided to move forward "
     "with another applicant whose experience is closer to what we need'. Otherwise good to go.",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Candidates to decline - Finance Manager',
     "Hi Sam, please decline the following candidates in Workday with the 'Not selected - other candidate "
     "chosen' reason and the standard email: L. Chen, R. Osei, M. Duarte. Let me know when done.",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Can you call Ahmed?',
     'Sam, Ahmed was really keen, so rather than an email, could you call him to say we went with another '
     'person for the role? He deserves to hear it from us directly. Dana',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Review: new rejection templates',
     "Legal reviewed our new rejection templates. Version 2 ('We regret that we will not be taking your "
     "application further') is approved; version 3 needs edits. Please update the ATS by Friday.",
     'Dana Whitfield <dana.whitfield@acme.example>', True),
    ('FYI: declined candidate asked for feedback',
     'Hi Sam, Maria (the one we rejected for the designer role) asked why we chose another candidate. Could you '
     'draft two or three lines of feedback I can send her?',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Draft: email to unsuccessful interviewees',
     'Draft below, please edit freely.\n---\nSubject: Your interview with Acme\nThank you for interviewing for '
     'the Operations Lead position. Unfortunately, we have decided not to proceed with your '
     'application.\n---\nDana',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Re: rejection letter for the grad scheme',
     "Looks good, Sam. One change: say 'we were unable to offer you a place on this year's programme' rather "
     "than 'you failed the assessment'. Then send to the whole unsuccessful list.",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Agency candidate - please let them know',
     'Sam, can you let Brightpath know that we chose another candidate for the warehouse supervisor role, so '
     'they can tell their candidate? Thanks.',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Rejection emails stuck in outbox',
     "Hi Sam, the 12 rejection emails for the retail assistant roles ('unfortunately you have not been "
     "successful') didn't go out yesterday because of the outage. Could you resend them from the ATS?",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Quick check before I hit send',
     "Sam - does this sound OK for the candidate we're passing on?\n'Hi Leo, thanks so much for your time. "
     "We've decided to go with someone whose background is closer to the role. Wishing you all the best.'",
     'Tariq Aziz <tariq.aziz@acme.example>', False),
    ('Candidate rejection - approval needed',
     'Approval request: reject candidate Harriet Cole for req #4471 (Senior Buyer). Reason: another candidate '
     "selected. Message: 'We have chosen to move forward with another candidate.' Approve | Decline",
     'Workday <workday@acme.example>', False),
    ('Re: the two backup candidates',
     'Now Sofia has signed, please write to the two backup candidates that we have filled the role and thank '
     'them for their patience. Use the warmer template. Marcus',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Translation check',
     "Hi Sam, could you check my English version of the rejection letter? 'We regret to inform you that your "
     "application was not selected for the next stage.' Does it sound natural? Thanks, Lukas",
     'Lukas Brandt <lukas.brandt@acme.example>', False),
    ("Wording for Friday's declines",
     "Sam, for the three we're declining on Friday, I've written: 'After much thought we have decided not to "
     "progress your application.' Happy with that, or should we add feedback? Olu",
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Re: unsuccessful internal applicants',
     'Please speak to the two internal applicants before the announcement. Tell them we have appointed an '
     'external candidate and offer them a development conversation.',
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Task: send declines for req 2231',
     'You have a new task: send decline messages to 7 candidates for Store Manager (req 2231). Reason: position '
     'filled. Due: Thursday.',
     'Workday <workday@brightwave.example>', False),
    ('Re: can you break the news?',
     "I'd rather you told Femi yourself since you interviewed him: we chose another candidate whose retail "
     'experience was closer. Let me know once done.',
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Sanity check please',
     "Sam, before this goes out to Lucia: 'Lucia, it was a genuinely hard call, but we've offered the role to "
     "another candidate.' Too casual for a director-level hire?",
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Re: declines',
     "Done - I've told the four we're not taking forward that the role has been filled. Two asked for feedback; "
     'can you draft something for them?',
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Handover',
     "While I'm on leave, please handle the analyst declines. Everyone except Noor gets the 'we have appointed "
     "another candidate' email. Noor gets the offer.",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Please check before Monday',
     "Sam, I've set the three screening declines to go out on Monday at 9. The text says their applications "
     'have not been successful on this occasion. Shout if you want changes.',
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Re: unsuccessful list',
     'Attached is the list of applicants who were not shortlisted for the nursing posts. Could you send them '
     'the standard letter today and log it in the tracker?',
     'HR <hr@cityhospital.example>', False),
    ('Bulk action complete',
     "Bulk action complete: 48 applications for Warehouse Operative moved to 'Rejected - position filled'. "
     'Candidate emails have been queued.',
     'Workday <workday@brightwave.example>', False),
    ('Feedback call script',
     'For your feedback calls tomorrow: open with thanks, explain that the panel chose another candidate with '
     'more direct experience, then offer two concrete tips. Keep each call under ten minutes.',
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Complaint from an applicant',
     'An unsuccessful applicant has complained that we chose another candidate without interviewing her. Could '
     'you pull the shortlisting notes so we can respond?',
     'HR <hr@cityhospital.example>', False),
    # --- a hiring manager's note to the reader about candidates
    ('Re: Candidate feedback - Nora',
     'Thanks for setting up the interviews. Nora was good, but we chose another candidate with stronger SQL. '
     'Can you let her know and keep her in mind for the junior opening?',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Decision on the designer role',
     "Sam, we've made our decision: we're going with Elif. Please tell the other two finalists we won't be "
     'moving forward with them. Great job sourcing this pool.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Not moving forward with Kevin',
     "Hi Sam, after the tech round the team agreed we won't proceed with Kevin. His system design was too "
     'shallow. Can you close him out in Greenhouse?',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: shortlist for Head of Sales',
     "I've reviewed the shortlist. We won't progress candidates 2 and 5; please invite 1, 3 and 4 to the panel. Marcus",
     'Marcus Bell <marcus.bell@acme.example>', False),
    ("Feedback on today's interviews",
     'Candidate A: strong, move to final. Candidate B: not a fit, we decided not to proceed. Candidate C: hold. '
     'Can you update the tracker? Cheers',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: the agency CV',
     "Sam, I had a look at the CV the agency sent. It's not right for us, so please tell them we'll pass on "
     'this one. Keep them looking.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Offer accepted!',
     'Great news, Ana accepted our offer! That means we can let the remaining candidates know that the position '
     'has been filled. Thanks for all your work on this.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: candidate no-show',
     "The 2pm candidate didn't show up. I don't want to reschedule; let's not move forward with him. The others "
     'were fine.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: internal applicant',
     'We picked the external candidate in the end. Could you have a quiet word with Ben, the internal '
     'applicant, before the announcement? He should hear it from HR.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Interview scorecards',
     "Scores attached. Overall: we will not be offering to either candidate this week; let's reopen the search "
     'in January. Please tell them kindly.',
     'Marcus Bell <marcus.bell@acme.example>', True),
    ('Panel decision - Finance Analyst',
     'Panel decision: offer to candidate 3 (Grace). Candidates 1, 2 and 4: not progressing. Sam, can you action '
     'the offer and the declines today?',
     'Finance Director <fd@brightwave.example>', False),
    ('Re: the two referrals',
     "Thanks for the two referrals. We went with your first one, Ade, and won't be moving forward with Chris. "
     'Could you let Chris know gently?',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: interview loop',
     "Thanks for running the loop. We're passing on the second candidate; she was great on culture but not "
     'strong enough technically. Close her out and thank her from me.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Your shortlist',
     "Of the five on your shortlist, we'll interview three. We won't progress the other two, so please let them "
     'know this week.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ("Re: Tom's CV",
     "Thanks for sending Tom's CV. Honestly he's not a match for this one, too junior. Keep looking, and send "
     'me anyone with five years in payroll.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Role filled - close the ad',
     'Good news: the role has been filled. Please close the advert on the job boards and thank the agencies for '
     'their help.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: screening call notes',
     "Notes from the screen: strong communicator, but salary expectations way above budget. I'd say we pass. "
     'Your call though, you own the req.',
     'Tariq Aziz <tariq.aziz@acme.example>', False),
    ('Re: final two',
     'Both finalists were strong but we chose the other candidate, Sofia, because she can start in March. Can '
     'you tell Ahmed and thank him for his time?',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Decision made',
     "We're going with the other candidate for the support role. Please close out the rest and send the offer "
     'to Leah. Thanks for setting up the loop.',
     'Tariq Aziz <tariq.aziz@acme.example>', True),
    # --- the reader's own message or draft, copied back by a platform
    ('Copy of your message to Josh',
     'This is a copy of your message to Josh Reed via Hireline:\n"Hi Josh, thanks for your time on Tuesday. '
     'We\'ve decided to move forward with another candidate."',
     'Hireline <noreply@hireline.example>', False),
    ('Message sent to 3 candidates',
     'Your message \'Update on your application\' was sent to 3 candidates for Sales Associate:\n"Unfortunately '
     'we will not be progressing your application further."\nView in your Hireline inbox.',
     'Hireline <noreply@hireline.example>', False),
    ('Draft saved: Re: Junior Developer',
     'Your draft was saved.\n"Hi Theo, thanks for completing the test. We\'ve decided not to move forward with '
     'your application for the junior developer role."\nOpen draft',
     'Mail <noreply@mail.example>', False),
    ('Your reply was delivered',
     'Your reply to Priya Shah was delivered:\n"Hi Priya, thanks again. We\'ve decided to proceed with another '
     'applicant for the nanny role."',
     'Care.example <noreply@care.example>', False),
    ('Outbox: 1 message not sent',
     "1 message could not be sent: 'Re: Cleaner job - Sorry, we have found someone else for the cleaning job. "
     "Thanks for applying.' Tap to retry.",
     'Mail <noreply@mail.example>', False),
    ('You withdrew your application',
     'You have withdrawn your application for Data Analyst at Orbital. The employer has been notified. You can '
     'apply again while the job is open.',
     'Hireline <noreply@hireline.example>', False),
    ('Application withdrawn',
     'You told Orbital that you have accepted another offer. They have closed your application and wish you well.',
     'Hireline <noreply@hireline.example>', False),
    # --- a friend's own rejection, or a friend asking for advice about one
    ('ugh',
     'They went with another candidate. Again. Can you look at my CV this weekend? I think my summary is the '
     'problem. x Jo',
     'Jo Patel <jo.patel@example.com>', False),
    ('need your recruiter brain',
     "Sam, I got 'we have decided not to progress your application' from Kestrel after the final round. Should "
     "I ask for feedback or is that weird? You'd know.",
     'Jo Patel <jo.patel@example.com>', False),
    ('Fwd: Your application at Juniper',
     'Can you believe this? Four interviews and this is what I get. What do I say back?\n\n---------- Forwarded '
     'message ---------\nFrom: Juniper Careers\nDear Jo, unfortunately we have chosen another candidate for the '
     'Product Manager role.',
     'Jo Patel <jo.patel@example.com>', False),
    ('advice pls',
     "my brother got rejected from the police academy, they said he wasn't selected this intake. do you know "
     'anyone there he could talk to?',
     'Jo Patel <jo.patel@example.com>', False),
    ('Coffee?',
     'Hey, bad week, Orbital picked someone else for the job I really wanted. Coffee tomorrow? I need to vent '
     'and then plan. Jo',
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: how did it go?',
     "Not great, they emailed this morning: 'we've decided to go in a different direction'. I'm gutted. Do you "
     'think I should apply to their other team?',
     'Jo Patel <jo.patel@example.com>', False),
    ('question for you',
     "Mum's friend's daughter was told the hospital filled the nursing post internally. She wants to know if "
     "it's worth applying again in spring. What do you think?",
     'Jo Patel <jo.patel@example.com>', False),
    ('my rejection, your take?',
     "Copying the email below. Be honest: is 'we have selected candidates whose profiles more closely match' a "
     'polite brush-off or do they mean it?\n\n> Dear Jo, unfortunately we have selected candidates whose '
     'profiles more closely match our requirements.',
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: Saturday',
     "Yes to Saturday! Also, the bakery job fell through, they hired someone else, so I'm free all day. Bring "
     'the board games.',
     'Jo Patel <jo.patel@example.com>', False),
    ('Help with a reply',
     'Sam, you write better than me. The school told me they appointed another candidate for the teaching post '
     "but asked if I'd like to supply teach. How do I say yes without sounding desperate?",
     'Jo Patel <jo.patel@example.com>', False),
    ('vent',
     'So Juniper went with someone else. After FOUR rounds. I need a drink and then someone to read my cover '
     'letter for the next one. You free?',
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: any news?',
     "Heard back: they offered it to an internal candidate. Honestly a relief, the commute was awful. How's your week?",
     'Jo Patel <jo.patel@example.com>', False),
    ('what would you do',
     "My sister was told she wasn't successful for the charity job but they want her to volunteer. Would you "
     'say yes in her shoes?',
     'Ravi Menon <ravi.menon@example.com>', False),
    ('Re: how are you',
     'Not bad. Got turned down by the museum, they hired someone with a PhD. Fair enough. Are we still on for '
     'the hike?',
     'Jo Patel <jo.patel@example.com>', False),
    ('advice?',
     'Hey Sam, quick one: Ben (my partner) just heard the firm chose another candidate after three interviews. '
     "He's asking whether to ask for feedback. What do recruiters think?",
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: the cafe job',
     'They gave the barista job to someone who could do weekends. Back to the job sites for me. Let me know if '
     'you hear of anything!',
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: the flat',
     'The letting agent said our application was unsuccessful, they went with a couple with a bigger deposit. '
     'Back to Rightmove!',
     'Jo Patel <jo.patel@example.com>', False),
    ('so annoyed',
     "My application to the council was unsuccessful again. Third time. I'm thinking of asking for feedback - "
     'will you read the email before I send it?',
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: Leo',
     "Leo didn't get shortlisted for the police job. He's fine, already applying to the fire service. Dinner Sunday?",
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: drinks',
     'Work news: they passed me over and gave the team lead job to someone from Birmingham. Whatever. Drinks Friday?',
     'Jo Patel <jo.patel@example.com>', False),
    ('Mum',
     "Mum applied for that receptionist job at the surgery, they hired someone younger. She's a bit low, maybe "
     'give her a call this week?',
     'Ravi Menon <ravi.menon@example.com>', False),
    # --- fiction, podcasts, radio and show notes
    ('Episode 42: The Rejection Letter',
     "In this week's episode, Harriet reads the rejection letter that changed her life: 'We regret to inform "
     "you that the position has been offered to another candidate.' Then she explains how it led her to start "
     'her own firm.',
     'Hired & Fired Podcast <show@hiredfired.example>', True),
    ('Chapter 7 is live',
     "Chapter 7: Mara opened the envelope. 'Dear Ms Finch, we regret that your application has not been "
     "successful.' She laughed, folded it into a paper boat, and walked to the river.",
     'Serial Stories <chapters@serialstories.example>', False),
    ('Show notes: Career Detours #18',
     "Guest Ade talks about being told 'we went with someone else' by his dream employer, and how that "
     'rejection pushed him into teaching. Timestamps: 03:10 the email, 14:45 the pivot.',
     'Hired & Fired Podcast <show@hiredfired.example>', False),
    ("Your writing group: this week's prompt",
     "Prompt: write a 300-word scene that begins with the line 'Unfortunately, we have decided to move forward "
     "with another candidate.' Share it in the group by Sunday.",
     'Ink Circle <prompts@inkcircle.example>', False),
    ('New comic: Office Life #211',
     "Panel 1: Steve opens his inbox. Panel 2: 'We have decided not to proceed with your application.' Panel 3: "
     "Steve applies to be the company's CEO instead. Read it on our site.",
     'Office Life Comics <comics@officelife.example>', True),
    ('Theatre newsletter',
     "Now playing: 'The Second Choice', a comedy about a man who gets a letter saying another candidate was "
     'chosen and decides to find out who. Tickets from $25.',
     'Riverside Theatre <box@riversidetheatre.example>', False),
    ('Episode transcript',
     "HOST: So the email said, word for word, 'we have chosen to proceed with a candidate whose experience "
     "better matches the role'.\nGUEST: And I read it on my wedding day!\nHOST: No!",
     'Hired & Fired Podcast <show@hiredfired.example>', False),
    ('Book club pick',
     "This month we're reading 'Not Selected', a novel that opens with its heroine receiving her fortieth "
     'rejection email. Discussion on the 12th, snacks provided.',
     'Book Club <club@readers.example>', False),
    ('Radio: listener letters',
     "On Friday's show we read your letters about job rejections. One listener wrote: 'They told me they'd "
     "filled the role with someone internal, two hours after I'd bought a new suit.'",
     'Morning Radio <letters@morningradio.example>', False),
    ('Documentary screening',
     "Join us for 'Dear Applicant', a documentary following five graduates through a year of emails saying 'we "
     "regret we cannot offer you a position'. Q&A with the director after.",
     'City Cinema <events@citycinema.example>', True),
    ('Ep. 9 transcript now available',
     "Transcript excerpt: 'The email said they had decided to move forward with other candidates. I closed my "
     "laptop and went for a run.' Listen to the full episode on your app.",
     'Second Chances Podcast <pod@secondchances.example>', False),
    ('Short story contest winner',
     "This year's winning story begins: Dear Mr Lowe, we regret to inform you that your application for the "
     'post of lighthouse keeper has not been successful. Read the whole story on our site.',
     'Story Prize <prize@storyprize.example>', True),
    ("Radio play: 'Regrets'",
     "This Sunday: 'Regrets', a radio drama. Ruth, 58, receives an email: unfortunately, we have decided to "
     'proceed with other candidates. She decides to open a bakery instead.',
     'Radio Drama <drama@radio.example>', True),
    ('Podcast ep 31 notes',
     "Ep 31 notes: our guest reads out the worst rejection she ever got ('we found someone younger and "
     "cheaper') and we talk about age discrimination.",
     'Work Talk Pod <pod@worktalk.example>', False),
    ("This week's short fiction",
     "Her inbox pinged at midnight. 'We regret to inform you that the position has been filled.' She laughed so "
     'hard the cat left the room.',
     'Flash Fiction Weekly <editor@flashfiction.example>', True),
    ('Comedy night line-up',
     "Our headliner does twenty minutes on job rejections, from 'not the right fit' to 'we'll keep your CV on "
     "file forever'. Tickets £12.",
     'Laugh Lounge <tickets@laughlounge.example>', False),
    ('Book extract',
     'Chapter one: the letter said they had chosen another candidate. Martin read it twice, then went out and '
     'bought a boat.',
     'Book Club <club@readers.example>', False),
    # --- surveys and research about the reader's experience of rejection
    ('Tell us about your job-search rejections',
     "Have you received an email saying a company chose another candidate? We're researching candidate "
     'experience and would love 10 minutes of your time. Take the survey.',
     'Candidate Experience Study <research@cxstudy.example>', True),
    ('Research study invitation',
     'We are recruiting participants who were told in the last year that their application was not successful. '
     'The study involves one 30-minute interview and a $20 voucher.',
     'University Research <study@uni.example>', False),
    ('How did we do? (Hireline survey)',
     'Did a recent employer tell you they were not moving forward with your application? Rate how clearly the '
     'decision was explained, from 1 to 5.',
     'Hireline <survey@hireline.example>', False),
    ('Candidate experience benchmark',
     'Question 3 of 12: When you were rejected after an interview, did the email say why another candidate was '
     "chosen? Yes / No / I don't remember",
     'Candidate Experience Study <research@cxstudy.example>', False),
    ('Your voice matters: rejection and wellbeing',
     "A short survey from the Job Seekers' Trust on how messages like 'we have decided not to proceed' affect "
     'mental health. All answers are anonymous.',
     'Job Seekers Trust <research@jstrust.example>', True),
    ('Panel invite: $15 for your opinion',
     'We are looking for people who have been turned down for a job in the last six months. If they picked '
     'someone else or never replied, we want to hear from you.',
     'Opinion Panel <invites@opinionpanel.example>', False),
    ('Reminder: survey closes Friday',
     "Reminder: our survey on rejection emails closes on Friday. Example question: 'How did you feel when you "
     "read that another applicant had been selected?'",
     'Candidate Experience Study <research@cxstudy.example>', False),
    ('Quick poll',
     'One question: the last time a company rejected you, how did they tell you? (a) email saying they chose '
     'another candidate (b) phone call (c) no reply at all',
     'Jobly <poll@jobly.example>', False),
    ('Share your story: rejected after the final round?',
     "We're a BBC-style radio programme looking for listeners who were told they were not selected after a "
     "final interview. If that's you, reply to this email.",
     'Radio Researcher <research@radio.example>', False),
    ('Survey: candidate communication',
     'Thinking about your most recent unsuccessful application, did the employer tell you why they chose '
     'another person? Please answer 8 short questions.',
     'Talent Board <survey@talentboard.example>', True),
    ('Help our research',
     "We're studying how job seekers react to emails such as 'we have chosen another candidate'. Take our "
     '5-minute anonymous survey and enter a prize draw.',
     'Uni Research <study@uni.example>', True),
    ('Feedback on your recent rejection',
     'You recently told us that an employer on our site rejected you. Was the message clear? Did they say why '
     'they picked another applicant? Tap a star to rate.',
     'Jobly <feedback@jobly.example>', False),
    ('Were you turned down recently?',
     "If your last application was unsuccessful, we'd like to hear how you found out and whether you were given "
     'a reason. The survey takes four minutes.',
     'Job Seekers Trust <research@jstrust.example>', True),
    ('Can we interview you?',
     'We are journalists writing about hiring bias. Were you ever told that a company picked another candidate '
     "and later learned why? We'd love to speak to you.",
     'Work Desk <desk@worknews.example>', False),
    # --- a reference or referee request about someone else
    ('Reference request: Daniel Ortiz',
     'Dear Sam,\nDaniel Ortiz has applied for the role of Logistics Coordinator with us and named you as a '
     'referee. Could you complete the short form below? Daniel was not selected for an earlier role with us, '
     'but we were impressed this time.\nElena',
     'Elena Marsh <elena.marsh@lumen.example>', False),
    ('Reference for Priya Kaur',
     'Hi Sam, Priya has reached the final stage for our Account Manager position and gave your name as a '
     "reference. We'd appreciate a call this week. Other finalists have already been referenced, so speed would "
     'help.',
     'Elena Marsh <elena.marsh@lumen.example>', False),
    ('Re: reference for Tom',
     "Thank you for the reference for Tom. I'm sorry to say we have decided to go with another candidate, but "
     "your comments were very helpful and we'll keep Tom in mind.",
     'Elena Marsh <elena.marsh@lumen.example>', False),
    ('Referee form - Leah Brooks',
     'Leah Brooks has applied for a teaching assistant post. Please note: we are collecting references for all '
     'shortlisted candidates before interview, and not every candidate will be appointed.',
     'Oakfield School HR <hr@oakfield.example>', False),
    ('Reference check outcome',
     'Dear Sam, thanks for speaking with us about Marta. For your information, the panel selected another '
     'candidate for the role, so no further references will be needed.',
     'Elena Marsh <elena.marsh@lumen.example>', False),
    ('Could you be a referee?',
     "Hi Sam, I'm applying for a grant manager role and they want two referees. My last application there "
     "wasn't successful, so I want stronger references this time. Would you be one? Jo",
     'Jo Patel <jo.patel@example.com>', False),
    ('Background check: Aaron Lee',
     'We are conducting employment verification for Aaron Lee, who listed you as a former manager. Please '
     'confirm his dates of employment. This is not a decision about his application.',
     'VerifyNow <checks@verifynow.example>', False),
    ('Re: reference - unsuccessful',
     "Just to close the loop: Kwame wasn't offered the job in the end, they chose an internal candidate. Thanks "
     'anyway for writing such a kind reference. Jo',
     'Jo Patel <jo.patel@example.com>', False),
    ('Re: reference for Marta',
     'Many thanks for your thoughtful reference for Marta. For your information, we offered the role to another '
     'candidate in the end, but Marta was a close second.',
     'Elena Marsh <elena.marsh@lumen.example>', False),
    ('Reference request - outcome',
     'Thank you for being a referee for Sunil. The recruitment has now closed and the post went to another '
     'applicant. We will destroy the reference in line with our policy.',
     'HR <hr@cityhospital.example>', False),
    ('Referee thanks',
     "Thank you for supporting Lina's application. The panel offered the post to another candidate, but your "
     "reference was excellent and we'll keep it on file for her.",
     'HR <hr@cityhospital.example>', False),
    ('Reference - Jamal Osei',
     'Jamal has applied for a role with us and named you. Could you confirm his dates? We previously rejected '
     'him for a junior post, but this is a different position.',
     'HR <hr@harbourbank.example>', False),
    ('Reference for Hannah Lee',
     'Hannah has applied for a role in our finance team. I understand her previous application to us was '
     "unsuccessful, so we'd value a fuller reference this time.",
     'HR <hr@harbourbank.example>', False),
    ('Thank you for the referral',
     "Thanks for referring Dami to our design team. We chose another applicant in the end, but we'd welcome "
     'more referrals from you.',
     'Talent Team <talent@orbital.example>', False),
    # --- the reader was chosen over another person
    ('Congratulations!',
     "Hi Sam, I'm delighted to tell you that we chose you over another very strong candidate for the Product "
     'Designer role. The offer letter is attached.',
     'Talent Team <talent@orbital.example>', False),
    ('Offer: Operations Manager',
     'It was a tough decision between you and another finalist, but the panel chose you. We would like to offer '
     'you the Operations Manager position starting 3 March.',
     'Talent Team <talent@orbital.example>', True),
    ('Good news',
     'We had two great candidates and we picked you. The other candidate was very experienced, but your energy '
     'won the panel over. Can we talk start dates?',
     'Talent Team <talent@orbital.example>', False),
    ("You've been selected",
     'Out of 120 applicants, we have selected you for the graduate programme. Unfortunately we could not offer '
     'places to most applicants, so well done!',
     'Talent Team <talent@orbital.example>', False),
    ('Re: next steps',
     'Between you and the other shortlisted candidate, we decided to move forward with you. Next step: a chat '
     'with our CEO on Thursday.',
     'Talent Team <talent@orbital.example>', False),
    ('Internship offer',
     "I'm happy to say we did not choose another candidate, we chose you! Please sign the attached internship "
     'agreement by Friday.',
     'Talent Team <talent@orbital.example>', False),
    ('Job offer',
     'After comparing you with another applicant who had more years in the field, we decided your fresh '
     "approach was what we need. We'd love to offer you the role.",
     'Talent Team <talent@orbital.example>', False),
    ('Re: Teaching post',
     'Dear Sam, the governors have appointed you to the post of Year 4 teacher. The other candidates have been '
     'informed that they were not successful. Welcome to Oakfield!',
     'Oakfield School HR <hr@oakfield.example>', False),
    ('Welcome aboard',
     'Welcome! You beat 300 applicants to this role. The hiring team turned down some very strong profiles, so '
     'be proud. Your laptop arrives Monday.',
     'Talent Team <talent@orbital.example>', True),
    ('Re: your candidacy',
     'The other finalist withdrew and, honestly, we would have chosen you anyway. An offer is on its way.',
     'Talent Team <talent@orbital.example>', False),
    ('Great news!',
     "It was between you and one other person, and the team chose you. Welcome! I'll send the contract tomorrow.",
     'Kim Okafor <kim.okafor@example.org>', False),
    ('Final decision',
     "We're happy to say that we have decided not to continue with the other finalists and to offer the role to "
     'you. Congratulations!',
     'Talent Team <talent@orbital.example>', True),
    ('Welcome to the team!',
     'You were our first choice. We have told the other finalists that the role has been filled. Your start '
     'date is 5 May.',
     'Talent Team <talent@orbital.example>', True),
    ('Offer letter',
     'The panel considered you and another applicant and decided to offer the role to you. We are not '
     'proceeding with the other candidate.',
     'Talent Team <talent@orbital.example>', False),
    ('Offer - Analyst',
     'We interviewed five candidates and regret that we could only make one offer. That offer is to you! Please '
     'find the contract attached.',
     'Talent Team <talent@orbital.example>', True),
    ('Congratulations',
     'Your application was successful and the other applications were unsuccessful. We look forward to '
     'welcoming you on 1 September.',
     'HR <hr@cityhospital.example>', False),
    ('Re: decision',
     'We chose you over two other candidates because of your project work. The other candidates have been '
     'informed. Welcome aboard!',
     'Talent Team <talent@orbital.example>', False),
    # --- an earlier no about the reader, reversed
    ('Update: Data Analyst role reopened',
     'Earlier this month we told you that we had chosen another candidate for the Data Analyst role. That '
     'candidate has since withdrawn and we would like to invite you to a final interview.',
     'Talent Team <talent@orbital.example>', False),
    ('Good news after all',
     'Dear Sam, you may remember our email saying your application had not been successful. The hiring manager '
     "has reviewed the decision and we'd like to offer you an interview after all.",
     'Talent Team <talent@orbital.example>', False),
    ('Re: our decision',
     "I know we said we were going with someone else. Things changed: the role has been split in two, and we'd "
     'like you for the second one. Free for a call?',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Your application - reconsidered',
     'Following your appeal, the panel has reconsidered your application. The earlier decision not to progress '
     'you has been withdrawn and you are invited to the assessment centre on 14 May.',
     'Recruitment Team <recruit@civilservice.example>', False),
    ('Second chance',
     "Last month we chose another applicant for the Office Manager post, but she did not pass probation. We'd "
     "like to offer the role to you if you're still available.",
     'Talent Team <talent@orbital.example>', False),
    ("Reserve list: you've been called up",
     'You were placed on the reserve list when we selected other candidates in June. A post has now become '
     'available and we are pleased to offer it to you.',
     'Recruitment Team <recruit@civilservice.example>', True),
    ('Re: Sous Chef',
     "Remember when we went with the other guy? He's moving to London. Job's yours if you want it, start next week?",
     'Chef Marco <marco@trattoria.example>', False),
    ('Application reinstated',
     'Our system wrongly marked your application as unsuccessful last week. It has been reinstated and is now '
     'with the hiring manager. No action is needed from you.',
     'Careers <careers@orbital.example>', False),
    ('Re: Office Manager',
     "We told you in May we had appointed someone else. Sadly it didn't work out with her, and we'd like to "
     "offer the post to you if you're still looking.",
     'Talent Team <talent@orbital.example>', False),
    ('Your appeal was upheld',
     'Your appeal has been upheld. The decision not to shortlist you has been overturned and you are invited to '
     'interview on 2 July.',
     'Recruitment Team <recruit@civilservice.example>', False),
    ('Reopened: Lab Technician',
     'We wrote in March that we had filled the lab technician post. The appointee has withdrawn, so the post is '
     "open again and we'd like to invite you to interview.",
     'Lab Manager <lab@research.example>', False),
    ('Re: Sales role',
     "I know HR told you the position had been filled, but the new hire pulled out yesterday. If you're still "
     'interested, can we talk tomorrow?',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Good news after all',
     "Last week I said we'd chosen another candidate for the analyst role. She has since accepted another "
     'offer, so we would love to offer you the job.',
     'Marcus Bell <marcus.bell@acme.example>', True),
    # --- an apology for a rejection sent in error
    ('Please ignore our previous email',
     'Dear Sam, please ignore our earlier email saying another candidate was chosen. It was sent to you in '
     "error. Your application is still under review and we'll be in touch next week.",
     'Talent Team <talent@orbital.example>', False),
    ('Apologies - email sent in error',
     'You may have received an email this morning stating that your application was unsuccessful. This was sent '
     'in error due to a technical fault. We apologise for the confusion; you remain in the process.',
     'Careers <careers@orbital.example>', True),
    ('Correction: your application status',
     "Correction: yesterday's message that we would not be moving forward with your application was sent by "
     'mistake. You have in fact been shortlisted for interview. Please choose a slot.',
     'Talent Team <talent@orbital.example>', False),
    ('So sorry!',
     "Sam, I'm mortified. The 'we've gone with another candidate' email went to the wrong list. You're "
     "absolutely still in the running and we'd love to see you on Tuesday. Dana",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Disregard previous message',
     'Please disregard the previous message regarding the Marketing Coordinator role. The position has NOT been '
     'filled and your application is being considered.',
     'Careers <careers@orbital.example>', False),
    ('Our mistake',
     'We sent you a rejection by mistake. It was meant for a different applicant with a similar name. Your '
     'interview on Friday at 10 stands. Sorry for the scare!',
     'Talent Team <talent@orbital.example>', False),
    ('Re: Unsuccessful application?',
     "Thanks for checking with us. No, you have not been rejected: the email saying 'we regret to inform you' "
     'was a system error. Your application is with the team.',
     'Talent Team <talent@orbital.example>', False),
    ('Important: ignore the automated rejection',
     'An automated rejection was sent to all applicants overnight by mistake. If you received an email saying '
     'you were not selected, please ignore it. All applications are still open.',
     'Careers <careers@orbital.example>', True),
    ('Apology from Orbital Recruitment',
     'We owe you an apology. Our earlier email told you that the position had been offered to another '
     'candidate. That is not correct; no decision has been made yet.',
     'Talent Team <talent@orbital.example>', False),
    ('Error in previous message',
     'Our previous email incorrectly stated that you had not been shortlisted. You have been shortlisted and '
     'will receive an interview invitation shortly.',
     'Recruitment Team <recruit@civilservice.example>', False),
    ('Sorry - wrong email!',
     "Hi Sam, you'll have had an email from us saying we had filled the role. That went to you by mistake, "
     'sorry! The role is still open and your interview on Monday stands.',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Correction',
     'Please note: the message you received on Tuesday telling you that you had not been shortlisted was sent '
     'in error. You are on the shortlist. Sorry for any worry caused.',
     'Recruitment Team <recruit@civilservice.example>', True),
    ('Technical issue',
     'Due to a technical issue, some applicants received a notification that their application was '
     'unsuccessful. If this was you, please disregard it; your application is still being reviewed.',
     'Careers <careers@orbital.example>', False),
    ("Our mistake - you're still in",
     'An automated message told you we would not be moving forward with your application. That was our mistake. '
     "You're still in the process and the team looks forward to meeting you.",
     'Careers <careers@orbital.example>', True),
    ("Ignore the 'unsuccessful' email",
     "Hi Sam, ignore the 'unsuccessful' email you got this morning. A filter misfired. Your interview is "
     'confirmed for Wednesday at 11.',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Correction to your application status',
     "Your application status was shown as 'Unsuccessful' for a few hours today because of a system fault. It "
     "has been corrected to 'Under review'. Sorry for the worry.",
     'Careers <careers@orbital.example>', True),
    ("Sorry, that wasn't meant for you",
     "Hi Sam, the 'position has been filled' email you just received was meant for another applicant. Please "
     "ignore it, you're still in the running for the role.",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Wrong template',
     "Apologies, our system sent you the 'another candidate has been chosen' template by mistake. You are still "
     'shortlisted for interview on Friday.',
     'Careers <careers@orbital.example>', False),
    # --- a refusal of a thing that is no job (a supplier list, a stall, a grant, a club, a mortgage), staff news
    ('Your supplier application',
     'Thank you for applying to join our approved supplier list. Unfortunately your application was not '
     'successful this time. You can reapply in 12 months.',
     'Procurement <procurement@council.example>', False),
    ('Exhibitor application',
     'We regret to inform you that your application for a stand at the Spring Craft Fair has not been '
     'successful due to high demand.',
     'Craft Fair <stalls@craftfair.example>', True),
    ('Your grant application',
     'The panel has considered your application for the community grant and regrets that it cannot be funded in '
     'this round.',
     'Community Fund <grants@communityfund.example>', False),
    ('Membership application',
     'We are sorry to tell you that your application for membership of the golf club has not been successful at '
     'this time.',
     'Golf Club <secretary@golfclub.example>', False),
    ('Position filled: Treasurer',
     'The position of club treasurer has been filled at the AGM. Thanks to everyone who put their name forward, '
     'and to Sam for counting the votes.',
     'Running Club <committee@runningclub.example>', False),
    ('Internal transfer request',
     'Hi Sam, your manager has approved your transfer request, so your current role will be backfilled. The '
     'backfill position has been filled by Joe from the Leeds office.',
     'HR <hr@brightwave.example>', False),
    ('Mortgage application update',
     'Unfortunately the lender has declined your mortgage application. Your broker will call you to discuss '
     'other lenders.',
     'Broker <updates@mortgagebroker.example>', True),
    ('Board update',
     'As chair of the nominations committee, I can confirm we chose another candidate for the non-executive '
     'seat. Your own seat on the board is unaffected.',
     'Company Secretary <cosec@harbourbank.example>', False),
    ('Re: the nanny',
     'We chose another nanny for the twins, so no need to interview the one you recommended. Thanks for '
     'thinking of us!',
     'Priya Shah <priya.shah@example.com>', False),
    ('Volunteer shift',
     "For Saturday's food bank shift we've chosen other volunteers, so you can have the weekend off. See you "
     'the week after.',
     'Food Bank <rota@foodbank.example>', False),
    ('Promotion round results',
     'The promotion round for senior engineer is complete. For the platform team the panel chose another '
     'colleague; your own promotion case moves to the next round in June.',
     'HR <hr@brightwave.example>', False),
    ('Re: interpreter',
     "The court chose another interpreter for Monday's hearing, so you're not needed. I'll be in touch about "
     'the next listing.',
     'Court Bookings <bookings@court.example>', False),
    # --- news and law reports about someone else's hiring
    ('Tribunal ruling summary',
     "The tribunal found that the employer chose another candidate because of the claimant's age and awarded "
     'compensation. Full judgment linked below.',
     'Employment Law Brief <brief@lawbrief.example>', True),
    ('Local news: new head teacher',
     'After a long search, the governors chose another candidate from outside the town for the head teacher '
     'job. Parents say they are pleased.',
     'Town Gazette <news@towngazette.example>', False),
    ('Industry digest',
     'Kestrel appointed another outsider as CEO this week, the third in five years. Also: hiring freezes spread '
     'across fintech.',
     'Fintech Daily <daily@fintechdaily.example>', False),
]

# Rejections of the reader in the same registers as the look-alikes: each must be found.
REJECTIONS = [
    # --- career-advice newsletters and coaching mails quoting rejection lines
    ('Your application to Orbital',
     'Dear Sam, thank you for applying for the Marketing Analyst role. Unfortunately we have chosen another '
     "candidate. To help with your search, we've put together a short guide on bouncing back and preparing for "
     'your next interview.',
     'Talent Team <talent@orbital.example>', True),
    ('Update on your application',
     "Hi Sam, we won't be moving forward with your application this time. We know rejection is hard, so we've "
     'included some tips from our recruiters below.\n1. Ask for feedback\n2. Keep applying',
     'Talent Team <talent@orbital.example>', False),
    ('Outcome of your interview',
     'Thank you for interviewing with us. After careful consideration we have decided to offer the role to a '
     'candidate whose experience more closely matches the brief. Our careers blog has advice on next steps if '
     'that is useful.',
     'Talent Team <talent@orbital.example>', True),
    ('Re: Junior Copywriter',
     "Sam, thanks for your patience. We've gone with someone more experienced for the copywriter job. Not the "
     'news you wanted, I know. Keep writing, your portfolio is strong.',
     'Kim Okafor <kim@wordhouse.example>', False),
    ('Your Kestrel application',
     'We regret to inform you that you have not been selected for the Graduate Engineer programme. Many strong '
     'candidates applied. You may find our free webinar on assessment centres helpful for future applications.',
     'Kestrel Graduate Recruitment <grads@kestrel.example>', True),
    ('Your application to CareerLift',
     "Hi Sam, thank you for applying to be a career coach with us. We've decided to go with a coach who has "
     'more experience in tech. We wish you well.',
     'CareerLift Hiring <jobs@careerlift.example>', False),
    # --- job-seeker forums, chat and community digests quoting members' rejections
    ('Update from Hireline: Sales Associate',
     'Your application status has changed.\nSales Associate - Juniper Retail\nStatus: Not selected\nMessage '
     "from the employer: 'Thank you for applying. We have decided to proceed with other candidates.'",
     'Hireline <noreply@hireline.example>', True),
    ('Message from Northwind about your application',
     'Northwind sent you a message:\n"Hi Sam, thanks for your interest in the Support Engineer role. We\'ve '
     'decided to move forward with another applicant."\nReply on Hireline',
     'Hireline <noreply@hireline.example>', False),
    ('Your application was viewed',
     'Your application for Office Administrator at Finch & Co was viewed by the employer and they have decided '
     'not to move forward. Here are 12 similar jobs you might like.',
     'Jobly <alerts@jobly.example>', True),
    ('Application update',
     'Hi Sam, the employer has reviewed your application for Warehouse Operative and it has not been successful '
     "on this occasion. Don't give up: new roles are added daily.",
     'Jobly <alerts@jobly.example>', False),
    ('Kestrel update',
     'Hi Sam, thanks for your time with the team. They have chosen another candidate, but wanted me to say how '
     'much they enjoyed meeting you.',
     'Priya Nair <priya@brightpath-recruit.example>', False),
    ('Graduate role',
     "Hi Sam, thanks for applying to the Kestrel graduate programme. We've gone with other applicants this time.",
     'Kestrel Graduate Recruitment <grads@kestrel.example>', False),
    # --- real ATS rejections that look like templates
    ('Your application to {{company}}',
     'Dear Sam,\nThank you for applying for the {{job_title}} position. Unfortunately we have decided to move '
     'forward with other candidates at this time.\nKind regards,\nOrbital Talent Team',
     'Orbital via Pipewell <no-reply@pipewell.example>', False),
    ('Application for Finance Assistant',
     'Dear [First name],\nThank you for your interest in the Finance Assistant role. We regret to inform you '
     'that your application has not been successful.\nRecruitment Team',
     'Orbital via Pipewell <no-reply@pipewell.example>', False),
    ('Re: {job_title}',
     "Hi Sam, thanks for your time. We've chosen another person for the role. We wish you the best in your "
     'search. - The Hiring Team',
     'Orbital via Pipewell <no-reply@pipewell.example>', False),
    ('Your candidacy',
     'Dear candidate,\nThis is an automated message. We have reviewed your application and will not be '
     'progressing it further. Please do not reply to this email.',
     'Orbital via Pipewell <no-reply@pipewell.example>', True),
    ('Automated notice: application closed',
     'Your application (ref 44817) for the role of Data Engineer has been closed as another candidate has been '
     'selected. This mailbox is not monitored.',
     'Orbital via Pipewell <no-reply@pipewell.example>', False),
    # --- an HR colleague asks the reader (a recruiter) to check or send a rejection to a candidate
    ('Your interview with Acme',
     'Dear Sam,\nThank you for interviewing for the Operations Lead position. Unfortunately, we have decided '
     'not to proceed with your application. We appreciated your time.\nDana Whitfield, Acme HR',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Re: Senior Buyer',
     'Hi Sam, I wanted to let you know personally that we chose another candidate for the Senior Buyer role. It '
     "was close. I'd be glad to share feedback if helpful. Dana",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Following up on your application',
     "Sam, thank you for your patience while we reviewed applications for the designer role. I'm sorry to say "
     "that we've decided to go with a candidate whose background is closer to what we need.",
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Graduate programme outcome',
     "Thank you for taking part in our assessment day. We were unable to offer you a place on this year's "
     "programme. We'd encourage you to apply again next year.",
     'Dana Whitfield <dana.whitfield@acme.example>', True),
    ('Please read: your application',
     'Dear Sam,\nWe have reviewed your application for the Warehouse Supervisor role and decided to offer the '
     'role to another candidate. Thank you for your interest in Acme.',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Decision on your application',
     'Dear Sam, after much thought we have decided not to progress your application for the Store Manager role. '
     'Thank you for your time.',
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    ('Re: Director of Operations',
     "Sam, it was a genuinely hard call, but we've offered the role to another candidate. Thank you for the "
     'time you gave us.',
     'Olu Adeyemi <olu.adeyemi@brightwave.example>', False),
    # --- a hiring manager's note to the reader about candidates
    ('Re: our chat on Tuesday',
     "Hi Sam, thanks for the great conversation on Tuesday. After talking to the team, we've decided not to "
     'move forward with you for the backend role. Your system design was good but we need more Go experience. '
     'Marcus',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Decision',
     "Sam, I'll be straight with you: we went with the other finalist. You were a close second. If something "
     "opens up in Q2 I'll reach out directly. Marcus",
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: Data Scientist interview',
     'Thanks again for the case study. The team picked another candidate whose research background fits our '
     'roadmap better. I really enjoyed meeting you.',
     'Dr Lena Fox <lena.fox@lab.example>', False),
    ('Following our interview',
     'Hello Sam, I regret that we will not be offering you the position. The panel felt that another candidate '
     'had more hands-on experience with our systems.',
     'Marcus Bell <marcus.bell@acme.example>', True),
    ('Finance Analyst - outcome',
     "Hi Sam, thanks for meeting the panel. We have offered the Finance Analyst role to another candidate. I'm "
     "sorry it's not better news.",
     'Finance Director <fd@brightwave.example>', False),
    ('Interview loop outcome',
     "Hi Sam, thanks for meeting the team. We're passing on your candidacy for this one; the team wanted deeper "
     'backend experience. Thanks again.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    # --- the reader's own message or draft, copied back by a platform
    ('Re: Following up on my application',
     "Hi Sam, thanks for following up. I'm sorry, but we have filled the role with another candidate.\n\nOn "
     'Mon, Sam Rivera wrote:\n> Hi, I wanted to follow up on my application for the barista job. Thanks!',
     'Leo Grant <leo@beanhouse.example>', False),
    ('Re: Checking in',
     'Sorry for the slow reply. We decided to go with someone else for the nanny position. Best of luck, '
     'Carla\n\n> Hi Carla, just checking in about the nanny role. Sam',
     'Carla Diaz <carla.diaz@example.com>', False),
    ('Re: Application - Bookkeeper',
     'Dear Sam, thank you for your email. We have chosen another applicant whose availability suits us better. '
     'Kind regards, Nina, Hart Accounting',
     'Nina Hart <nina@hartaccounting.example>', False),
    ('Re: Tutor position',
     'Dear Sam, thank you for your interest in tutoring with us. We have selected another tutor for the maths '
     "slot this term, but we'll keep your details on file.",
     'Amira Said <amira@tutorhub.example>', False),
    ('Re: Cleaner job',
     'Sorry, we have found someone else for the cleaning job. Thanks for applying.',
     'Helen Ward <helen.ward@example.com>', False),
    ('Treasurer role',
     'Dear Sam, thank you for applying to be our part-time treasurer. We have chosen another person this year.',
     'Harbour Sailing Club <jobs@harboursc.example>', False),
    # --- agencies relaying the client's no
    ('Feedback from Orbital',
     "Hi Sam, I've just heard back from Orbital. Unfortunately they've decided to go with another candidate for "
     "the analyst role. Their feedback: strong technically but less client-facing experience. Let's talk about "
     'the other roles.',
     'Priya Nair <priya@brightpath-recruit.example>', False),
    ('Re: Juniper PM role',
     'Sam, sorry to be the bearer of bad news: Juniper chose another candidate for the Product Manager role. I '
     "know you were keen. I'll keep you posted on similar roles.",
     'Priya Nair <priya@brightpath-recruit.example>', False),
    ('Update',
     "Hi Sam, the client has come back and they won't be progressing your application to the second round. I've "
     'asked for more detail and will pass it on.',
     'Priya Nair <priya@brightpath-recruit.example>', False),
    ('Fwd: candidate feedback',
     "Hi Sam, see the client's note below. Sorry it's not better news.\n\n---------- Forwarded message "
     "---------\nFrom: Marcus Bell\nThanks Priya, we've decided to go with another candidate for the role. "
     'Please thank Sam for his time.',
     'Priya Nair <priya@brightpath-recruit.example>', False),
    # --- fiction, podcasts, radio and show notes
    ('Re: Your application',
     "Dear Sam, I remember being on your side of this email, so I'll keep it kind and short: we've offered the "
     'position to another candidate. Your application was one of the best we received.',
     'Harriet Cole <harriet@studio.example>', False),
    ('Podcast Producer role',
     "Thanks for applying to produce our show. We listened to your sample episode and loved it, but we've "
     "chosen another producer for the role. We'd love to have you on as a guest sometime.",
     'Hired & Fired Podcast <show@hiredfired.example>', False),
    ('Re: Lighthouse keeper post',
     'Dear Mr Rivera, we regret to inform you that your application for the post of lighthouse keeper has not '
     'been successful.',
     'Coastal Trust <jobs@coastaltrust.example>', False),
    # --- surveys and research about the reader's experience of rejection
    ('Your application and a quick survey',
     "Dear Sam, thank you for applying to Orbital. Unfortunately we won't be moving forward with your "
     "application. We'd value your feedback on our hiring process: it takes two minutes.",
     'Talent Team <talent@orbital.example>', True),
    ('Update on the Office Manager role',
     'Thank you for interviewing with us. We regret to inform you that the position has been offered to another '
     'candidate. Please tell us about your candidate experience in our short survey.',
     'Talent Team <talent@orbital.example>', False),
    ('Application outcome',
     "We're sorry to let you know that you have not been selected for the Customer Success role. How did we do? "
     'Rate your experience from 1 to 5 by clicking below.',
     'Orbital via Pipewell <no-reply@pipewell.example>', True),
    ('Your application and feedback',
     'Thank you for applying for the Care Assistant role. We have appointed another candidate. We would welcome '
     'your views on our recruitment process in a short survey.',
     'HR <hr@cityhospital.example>', True),
    ('Your application',
     'Unfortunately we have picked another applicant for the Delivery Driver role. Please rate your experience '
     'of applying with us.',
     'Jobly <noreply@jobly.example>', True),
    # --- a reference or referee request about someone else
    ('Following your references',
     'Dear Sam, thank you for providing references. After completing our checks we have decided to offer the '
     "role to another candidate. We're grateful for your time.",
     'Elena Marsh <elena.marsh@lumen.example>', False),
    ('Re: final stage',
     "Thank you for your patience during reference checks. I'm sorry to tell you the panel has selected another "
     'candidate for the Logistics Coordinator role.',
     'Elena Marsh <elena.marsh@lumen.example>', False),
    ('After references',
     'Thank you for your patience while we took up references. We have decided to offer the post to another applicant.',
     'HR <hr@cityhospital.example>', False),
    ('Outcome',
     'Thank you for supplying references. The panel has offered the post to another candidate. We wish you all '
     'the best.',
     'HR <hr@cityhospital.example>', True),
    # --- the reader was chosen over another person
    ('Re: Product Designer',
     'Hi Sam, it was a tough decision between you and another very strong candidate, and in the end we chose '
     "the other candidate. I'm sorry it isn't better news.",
     'Talent Team <talent@orbital.example>', False),
    ('Operations Manager',
     'We had two great finalists and we picked the other one, whose experience in logistics tipped the balance. '
     'Thank you for everything you put into the process.',
     'Talent Team <talent@orbital.example>', True),
    ('Outcome',
     "Between you and the other shortlisted candidate, we decided to move forward with them. We'd like to keep "
     'in touch for future roles.',
     'Talent Team <talent@orbital.example>', False),
    ('Teaching post',
     'Dear Sam, the governors have appointed another candidate to the post of Year 4 teacher. Thank you for '
     'attending the interview.',
     'Oakfield School HR <hr@oakfield.example>', False),
    ('Final decision',
     'It was between you and one other person, and the team chose the other candidate. Thank you for all your effort.',
     'Kim Okafor <kim.okafor@example.org>', False),
    # --- an earlier no about the reader, reversed
    ('Update on the Data Analyst role',
     'We previously let you know that the Data Analyst role was on hold. The role has now been filled by an '
     'internal candidate, so we will not be taking your application further.',
     'Talent Team <talent@orbital.example>', False),
    ('Your appeal',
     "Following your appeal, the panel has reviewed your application again. I'm sorry to tell you that the "
     'original decision stands and you will not be progressed to the assessment centre.',
     'Recruitment Team <recruit@civilservice.example>', False),
    ('Reserve list update',
     'You were placed on our reserve list in June. The reserve list has now closed and we will not be able to '
     'offer you a post from this campaign.',
     'Recruitment Team <recruit@civilservice.example>', True),
    ('Re: Sous Chef',
     'Sorry mate, I know I said the job was probably yours, but the owner went with the other guy. Hope you '
     'find something soon.',
     'Chef Marco <marco@trattoria.example>', False),
    ('Re: Office Manager',
     "I know I said we might have news for you soon, but we've appointed someone else to the Office Manager "
     'post. Sorry, Sam.',
     'Talent Team <talent@orbital.example>', False),
    # --- an apology for a rejection sent in error
    ('Apologies for the confusion',
     "Dear Sam, we're sorry for the confusion caused by our earlier invitation to interview, which was sent in "
     'error. The role has already been filled and we will not be progressing your application.',
     'Talent Team <talent@orbital.example>', False),
    ('Correction to our previous email',
     'Our previous email said you had been shortlisted. Unfortunately that was a mistake: you have not been '
     'shortlisted for this role. We apologise for the disappointment.',
     'Recruitment Team <recruit@civilservice.example>', False),
    ('Sorry for the delay',
     "Apologies for taking so long to get back to you. We've now made a decision and have chosen another "
     'candidate for the Marketing Coordinator role.',
     'Talent Team <talent@orbital.example>', True),
    ('Please accept our apologies',
     'We apologise for sending you an interview slot by mistake. The position has been offered to another '
     'candidate and no interview will take place. We wish you every success.',
     'Talent Team <talent@orbital.example>', False),
    ('Update on your interview',
     "Hi Sam, sorry for the mix-up about Monday's interview. The role has now been filled, so we won't be going "
     'ahead with the interview. Apologies again.',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    ('Re: your interview',
     'Sorry for the confusion about Wednesday. The team has now appointed another candidate, so the interview '
     'will not go ahead.',
     'Dana Whitfield <dana.whitfield@acme.example>', False),
    # --- assorted plain rejections
    ('Your application for Bookkeeper',
     "Hi Sam,\nThanks for applying. We've decided to go with someone who can start immediately. All the best,\nRuth",
     'Ruth Evans <ruth@evanslaw.example>', False),
    ('Application update - Analyst',
     'Dear Sam, we appreciate your interest in Finch & Co. Regrettably, we have decided not to pursue your '
     'candidacy further for the Analyst position.',
     'Finch & Co Careers <careers@finch.example>', True),
    ('Re: Support role',
     'Thanks for your application! We went with another applicant for the support role. Good luck.',
     'Ana Silva <ana@tinystartup.example>', False),
    ('Regarding your application',
     'We regret to inform you that your application for the position of Clerk has been unsuccessful.',
     'HR Department <hr@county.example>', False),
    ('Warehouse role',
     "Hi Sam, we have now filled the warehouse vacancies and won't be able to offer you a position. Thanks for "
     'coming in.',
     'Depot Manager <depot@logistix.example>', False),
    ('Internship application',
     'Dear Sam, thank you for applying to our summer internship. We received many applications and '
     'unfortunately we are unable to offer you a place.',
     'Internships <interns@orbital.example>', True),
    ('Volunteer coordinator post',
     "Dear Sam, thank you for your application for the volunteer coordinator post. I'm sorry to say that we "
     'have appointed another candidate.',
     'Rivera Community Trust <jobs@rctrust.example>', False),
    ('Your Juniper application',
     "Hi Sam! Thanks for your interest in joining Juniper. We've reviewed your profile and decided it's not the "
     'right match for the Designer role right now.',
     'Juniper <jobs@juniper.example>', True),
    ('Junior Developer',
     "Hi Sam, thanks for completing the test. We've decided not to move forward with your application for the "
     'junior developer role.',
     'Theo Park <theo@devshop.example>', False),
    ('Re: your application',
     'Hello Sam, we have selected candidates whose profiles more closely match our requirements. Thank you for '
     'considering us.',
     'Careers <careers@orbital.example>', False),
    ('Post of Accounts Executive',
     'Kindly note that your candidature for the post of Accounts Executive has not been taken forward. We wish '
     'you success.',
     'HR <hr@bharatco.example>', False),
    ('Application update',
     'Thank you for applying for the Nursing Assistant post. Unfortunately your application has not been '
     'shortlisted on this occasion.',
     'HR <hr@cityhospital.example>', True),
    ('Your CV',
     "Hi Sam, thanks for sending your CV for the payroll role. Honestly you're not a match for this one, we "
     'need five years in payroll. Good luck.',
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Re: Sales role',
     "Hi Sam, I'm afraid the sales position has been filled. Thanks for your interest and best of luck.",
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Warehouse Operative',
     'Your application for Warehouse Operative has been marked as rejected - position filled. Thank you for applying.',
     'Workday <workday@brightwave.example>', False),
    ('Screening outcome',
     'Thank you for the call on Tuesday. We have decided to pass on your application, as the salary '
     'expectations are above the budget for this role.',
     'Tariq Aziz <tariq.aziz@acme.example>', False),
    ('Your application',
     'We regret to inform you that your application for the Finance Officer role has been unsuccessful. We wish '
     'you every success.',
     'HR <hr@harbourbank.example>', True),
    ('Graduate scheme',
     'After careful consideration, we will not be progressing your application at this stage. Thank you for '
     'your interest in our graduate scheme.',
     'Kestrel Graduate Recruitment <grads@kestrel.example>', False),
    ('Re: Data Analyst',
     "Hi Sam, we're going in another direction for the Data Analyst role. Thanks for your time and good luck.",
     'Talent Team <talent@orbital.example>', False),
    ('Police Constable application',
     'Dear Sam, your application for the role of Police Constable has not been shortlisted. You may reapply '
     'after six months.',
     'Police Recruitment <recruit@police.example>', False),
    ('Club Manager vacancy',
     'Dear Sam, thank you for applying for the Club Manager vacancy. The position has now been filled and we '
     'will not be taking your application further.',
     'Golf Club <secretary@golfclub.example>', True),
    ('Head teacher post',
     'Dear Sam, the governors have chosen another candidate for the head teacher post. Thank you for your '
     'application and for your time at interview.',
     'Governors <governors@school.example>', False),
    ('Team lead role',
     "Hi Sam, after the internal interviews we gave the team lead job to another colleague. I know you'll be "
     "disappointed; let's talk about your development plan.",
     'Marcus Bell <marcus.bell@acme.example>', False),
    ('Receptionist job',
     'Hello, thank you for applying for the receptionist job at the surgery. We have hired another candidate. '
     'Best wishes.',
     'Practice Manager <pm@surgery.example>', True),
    ('Support role',
     "Hi Sam, we're going with another candidate for the support role. Thanks for your time in the interview loop.",
     'Tariq Aziz <tariq.aziz@acme.example>', False),
    ('Analyst role',
     "Dear Sam, I'm sorry to say we've chosen another candidate for the analyst role. Your application was strong.",
     'Marcus Bell <marcus.bell@acme.example>', True),
    ('Design team application',
     "Thanks for applying to our design team. We chose another applicant in the end, but we'd welcome an "
     'application from you next time.',
     'Talent Team <talent@orbital.example>', False),
    ('Interpreter position',
     'Thank you for applying for the staff interpreter position. The court has appointed another candidate.',
     'Court HR <hr@court.example>', False),
    ('Non-executive director',
     'Dear Sam, the nominations committee has chosen another candidate for the non-executive director role. We '
     'are grateful for your interest.',
     'Company Secretary <cosec@harbourbank.example>', False),
    # --- HR software and ATS marketing showing rejection templates
    ('HireHub: your application',
     "Hi Sam, thanks for interviewing for the Sales Development Rep role at HireHub. We won't be moving forward "
     'with your application. Good luck with your search!',
     'HireHub Recruiting <jobs@hirehub.example>', True),
    ('SwiftHire application',
     'Hi Sam, thank you for your interest in SwiftHire. We have decided to move forward with another candidate '
     'for the Customer Success role.',
     'SwiftHire Recruiting <jobs@swifthire.example>', False),
    # --- course, webinar and exam material with sample rejection letters
    ('Closing the loop',
     'Thank you for your time with us. We have chosen to move ahead with another finalist, and we would love to '
     'stay in touch.',
     'Talent Team <talent@orbital.example>', True),
    # --- a friend's own rejection, or a friend asking for advice about one
    ('Museum Assistant',
     'Dear Sam, thank you for interviewing for the Museum Assistant post. We have appointed a candidate with a '
     'research background.',
     'City Museum HR <hr@citymuseum.example>', False),
]

# Known misses (strict: remove an entry when it starts passing).
KNOWN_MISSES = {
    # Re: Saturday
    ('LOOK_ALIKES', 150): "a friend's own news in passing ('they hired someone else, so I'm free')",
    # Help with a reply
    ('LOOK_ALIKES', 151): "'The school told me they appointed another candidate' reads as an agency's relay",
    # Re: any news?
    ('LOOK_ALIKES', 153): "'Heard back: they offered it to an internal candidate' reads as an agency's relay",
    # Re: the cafe job
    ('LOOK_ALIKES', 157): "a friend's own news ('they gave the barista job to someone who could do weekends')",
    # Reference check outcome
    ('LOOK_ALIKES', 198): "'thanks for speaking with us about Marta': the referee named only by a first name",
    # Local news: new head teacher
    ('LOOK_ALIKES', 269): "a local news item: the governors' choice told to a reader of the paper",
    # Re: Junior Copywriter
    ('REJECTIONS', 3): "'gone with someone more experienced': no family for a better person without 'else'",
    # Your application to CareerLift
    ('REJECTIONS', 5): "'go with a coach who has more experience': the better person named by the job",
    # Your application to {{company}}
    ('REJECTIONS', 12): 'unfilled merge fields ({{company}}, {{job_title}}) read as a template',
    # Application for Finance Assistant
    ('REJECTIONS', 13): "an unfilled greeting ('Dear [First name]') reads as a template",
    ('REJECTIONS', 20): "'a place on this year's programme': no job context (-6.0)",  # Graduate programme outcome
    ('REJECTIONS', 25): "'we went with the other finalist' and no job word: no job context (-6.0)",  # Decision
    # Re: Tutor position
    ('REJECTIONS', 33): "'another tutor for the maths slot': the slot reads as a thing, not the job",
    ('REJECTIONS', 53): "'we picked the other one': no decision family",  # Operations Manager
    ('REJECTIONS', 54): "'decided to move forward with them': no decision family",  # Outcome
    ('REJECTIONS', 60): "'the owner went with the other guy': no decision family",  # Re: Sous Chef
}


def cases(name: str, table: list[tuple]) -> list:
    """The table's rows as parameters, the known misses marked as strict expected failures."""
    return [pytest.param(*row, id=f"{i}:{row[0]}",
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(name, i)])]
                         if (name, i) in KNOWN_MISSES else [])
            for i, row in enumerate(table)]


@pytest.mark.parametrize(("subject", "body", "sender", "as_html"), cases("LOOK_ALIKES", LOOK_ALIKES))
def test_sweep3_en_look_alike_is_no_rejection(subject: str, body: str, sender: str | None, as_html: bool) -> None:
    assert not found(letter(subject, body, sender, as_html))


@pytest.mark.parametrize(("subject", "body", "sender", "as_html"), cases("REJECTIONS", REJECTIONS))
def test_sweep3_en_rejection_found(subject: str, body: str, sender: str | None, as_html: bool) -> None:
    assert found(letter(subject, body, sender, as_html))
