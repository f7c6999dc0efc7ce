"""Ninth English sweep: mail that says someone else was chosen but ends no job application of the reader's, from
writers the earlier sweeps did not have. The reader is an agency recruiter or a referrer whose candidate the client
turned down; applied for something that is no job but uses hiring words (a conference talk, a council or school board
seat, a mentorship, a fellowship, a residency, an accelerator or bootcamp place, a football trial, a choir or orchestra
audition, jury service, a house or a flat, a dog, a tender, a school place, a scholarship); reads a team-wide
announcement; hears a friend's or a relative's news; reads a forum, a mailing list or a digest; reads an HR
newsletter, blog or webinar about telling candidates no; gets phishing dressed as a rejection; gets the ATS's notices
and tasks as one of the hiring team; withdrew, or had their application moved to another post; is told again of an
earlier decision in a mail about something else (a survey, their data, the feedback they asked for); is asked back
after the one chosen fell away; or is told of another hire while their own process goes on. Next to them,
rejections of the reader from new writers in varied shapes: plain notes, long templates, replies, agency relays,
internal moves and HTML-only ATS mail. A no for one post beside an invitation to interview for another now is no
rejection (the candidacy goes on with the same employer). All texts are written for this file.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

AG = "Harriet Cole <harriet@brightpath-recruit.example>"
ATS = "Hiring at Corvel <no-reply@corvel.recruitee.example>"

_HEAD = ('<html><head><style>p{margin:0 0 12px}</style></head><body><table role="presentation" width="100%">'
         '<tr><td align="center"><table width="600"><tr><td style="padding:24px;font-family:Helvetica">')
_FOOT = ('</td></tr><tr><td style="font-size:11px;color:#999;padding:24px">This message was sent by our recruiting '
         'system on behalf of the employer. Please do not reply to this email. '
         '<a href="https://example/unsub">Unsubscribe</a></td></tr></table></td></tr></table></body></html>')

# Mail that rejects no job application of the reader's: each must stay a non-rejection.
LOOK_ALIKES = [
    # (moved from the rejections in session 20: a no for one post beside an invitation to interview for another now is
    # no rejection, the candidacy goes on with the same employer)
    ('Re: Decision',
     'Dear Sam,\n\nThanks for your reply. Yes, I can confirm the decision: we went with another candidate. But '
     "I've passed your CV to our Bristol office who are hiring for a similar role and they'd like to interview you "
     'next week.\n\nKind regards,\nAcme Talent Team',
     'Talent Team <talent@acme.example>'),
    ('Update',
     'Hi Sam,\n\nWe have selected another candidate for the Senior Designer role you interviewed for. However, '
     "we'd love to invite you to interview for our Mid-level Designer role, which we think suits your experience. "
     'Are you free next week?\n\nDana',
     'Talent Team <talent@acme.example>'),
    ('Your applications',
     'Hi Sam,\n\nThanks for applying to both our openings. For the Data Analyst role we have selected another '
     "candidate, but we'd like to invite you to interview for the BI Developer role. Are you free Tuesday at "
     '10?\n\nTalent team',
     'Talent <talent@acme.example>'),
    # the reader is the agency or the referrer: the client turned down the reader's candidate
    ('Feedback on Tom for the Planner role',
     'Hi Sam,\n\nJust heard back from Kestrel Foods about Tom Baxter. They have gone with another candidate who '
     "has more SAP experience. Could you let Tom know and thank him for his time? I'll keep looking for something "
     'for him.\n\nThanks,\nHarriet',
     AG),
    ('RE: Candidate submission - Lucy Park',
     'Hi Sam,\n\nThanks for sending Lucy over. Unfortunately the hiring manager decided to proceed with another '
     'applicant who was already further along in our process. Please pass on our thanks to '
     'Lucy.\n\nRegards,\nKaren',
     'Karen Lowe <karen.lowe@kestrelfoods.example>'),
    ('Update: Finance Analyst req',
     "Sam - the client went with another candidate for the Finance Analyst role, so your guy didn't get it. They "
     'were impressed though and asked us to send more profiles for the Treasury role next month.\n\nH',
     AG),
    ('Your candidate for the Nurse Manager post',
     'Dear Sam,\n\nThank you for putting Grace Adeyemi forward. After the interviews the panel selected another '
     'applicant for the post. We would be grateful if you could convey this to Grace.\n\nKind '
     "regards,\nRecruitment Team, St Anne's Hospital",
     'Recruitment <jobs@stannes.example>'),
    ("Your agency's candidates",
     "Hi Sam,\n\nThanks for the three CVs. We've decided to go with a candidate from another agency, so we won't "
     "need the interviews you pencilled in. We'll be in touch about the next role.\n\nKaren",
     'Karen Lowe <karen.lowe@kestrelfoods.example>'),
    ('Fwd: candidate feedback',
     'Sam - FYI below. They went with another candidate for the role you put Maria forward for. Can you let her '
     'know?\n\nHarriet',
     AG),
    ('Referral update',
     'Hi Sam,\n\nUpdate on the candidate you referred, Ben Ortiz: the hiring team has chosen another finalist for '
     'the Support Lead role. Thanks for the referral!\n\nTalent team',
     'Talent Team <talent@acme.example>'),
    ('Your mentee',
     'Hi Sam,\n\nJust to let you know your mentee, Aisha, interviewed with us for the analyst role. We went with '
     "another applicant, but she did really well and we'll keep her in mind. Thanks for supporting her.\n\nDana",
     'Talent Team <talent@acme.example>'),
    # the reader applied for something that is no job but uses hiring words
    ('CFP decision: PyCon North 2026',
     'Hi Sam,\n\nThank you for submitting your talk proposal to PyCon North. We received over 400 proposals this '
     'year and the programme committee has chosen other talks for the available slots. We hope you will still join '
     'us as an attendee.\n\nThe PyCon North Programme Committee',
     'PyCon North <program@pyconnorth.example>'),
    ('Your talk submission',
     'Dear Sam,\n\nUnfortunately your talk was not selected for DevDays 2026. The committee chose another speaker '
     "whose session covered a similar topic. We'd love to see you submit again next year.\n\nDevDays team",
     'DevDays <cfp@devdays.example>'),
    ('Parish council co-option',
     'Dear Sam,\n\nThank you for putting yourself forward for co-option to Little Hadham Parish Council. At '
     "Tuesday's meeting councillors voted to co-opt another candidate, Mrs Ellis. We hope you will consider "
     'standing at the next election.\n\nYours sincerely,\nClerk to the Council',
     'Clerk <clerk@littlehadham-pc.example>'),
    ('School governor vacancy',
     'Dear Sam,\n\nThank you for your interest in becoming a parent governor at Oakfield Primary. We had three '
     'nominations for one place and the ballot went to another parent. Thank you for offering your '
     'time.\n\nOakfield Primary School Office',
     'Office <office@oakfield.example>'),
    ('Trustee appointment',
     'Dear Sam,\n\nThank you for applying to join the board of trustees of Riverside Food Bank. After interviews, '
     "the board has appointed another applicant whose finance background fills a gap on the board. We hope you'll "
     'stay involved as a volunteer.\n\nChair of Trustees',
     'Chair <chair@riversidefoodbank.example>'),
    ('Mentorship programme matching',
     'Hi Sam,\n\nThanks for applying to the Women in Data mentorship programme. We had more mentees than mentors '
     'this round, and your preferred mentor was matched with another applicant. We have placed you on the waiting '
     'list for the spring cohort.\n\nWomen in Data',
     'WiD <mentoring@womenindata.example>'),
    ('Fellowship decision',
     'Dear Sam,\n\nThank you for applying for the 2026 Clearwater Writing Fellowship. The selection panel has '
     "chosen another applicant for this year's fellowship. We received 312 applications and the standard was "
     'extremely high.\n\nThe Clearwater Trust',
     'Clearwater <fellowship@clearwater.example>'),
    ('Artist residency',
     'Hi Sam,\n\nThank you for applying to the Seaview summer residency. The jury picked other artists for the '
     'three studio places this year. We really enjoyed your portfolio.\n\nSeaview Arts',
     'Seaview <residency@seaviewarts.example>'),
    ('Accelerator application - Cohort 9',
     'Hi Sam,\n\nThanks for applying to LaunchPad Cohort 9. After the pitch day, we decided to move forward with '
     "other startups that are closer to revenue. We'd encourage you to reapply once you have paying "
     'customers.\n\nLaunchPad team',
     'LaunchPad <apply@launchpad.example>'),
    ('Bootcamp scholarship',
     'Hi Sam,\n\nThank you for applying for a scholarship place on the CodeForward bootcamp. We were only able to '
     'offer 10 funded places and we have selected other applicants this time. You can still join as a self-funded '
     'student.\n\nCodeForward Admissions',
     'CodeForward <admissions@codeforward.example>'),
    ('U16 trials',
     'Hi Sam,\n\nThanks for bringing Leo along to the academy trials on Saturday. The coaches have picked other '
     "players for the squad this season, but we'd love to see him at the open sessions.\n\nFC Westfield Academy",
     'Academy <academy@fcwestfield.example>'),
    ('Choir audition result',
     'Dear Sam,\n\nThank you for auditioning for the Harbour Chamber Choir. We only had one tenor place and we '
     'have offered it to another singer. We hope you enjoyed the evening.\n\nMusic Director',
     'Choir <auditions@harbourchoir.example>'),
    ('Orchestra audition',
     'Dear Sam,\n\nThank you for auditioning for the second violin seat with the City Amateur Orchestra. The panel '
     'decided to go with another player. You are welcome to join our reading sessions.\n\nOrchestra committee',
     'CAO <committee@cityamateur.example>'),
    ('Offer on 14 Mill Lane',
     'Dear Sam,\n\nThank you for your offer on 14 Mill Lane. The vendors have decided to proceed with another '
     'buyer who is chain-free. If anything changes we will be in touch.\n\nKind regards,\nHollis Estate Agents',
     'Hollis <sales@hollis-estates.example>'),
    ('Flat viewing - Elm Court',
     'Hi Sam,\n\nThanks for viewing the flat on Saturday. The landlord has chosen another applicant for the '
     'tenancy. Good luck with your search.\n\nLettings team',
     'Lettings <lettings@citylets.example>'),
    ('Your adoption application for Biscuit',
     "Hi Sam,\n\nThank you for applying to adopt Biscuit. We've decided to go with another family whose home has a "
     "garden, which Biscuit needs. We'd be happy to help you find another dog.\n\nRehoming team",
     'Rehoming <rehome@dogshelter.example>'),
    ('Tender outcome: ITT 2026/14 Grounds Maintenance',
     'Dear Sam,\n\nThank you for your tender for grounds maintenance. Following evaluation, the Council has '
     'decided to award the contract to another bidder. Your scores are attached.\n\nProcurement Team',
     'Procurement <procurement@council.example>'),
    ('RFP result',
     'Hi Sam,\n\nThank you for responding to our RFP for a new CRM. We have decided to go with another vendor. We '
     'appreciate the effort your team put into the demo.\n\nIT Procurement',
     'IT <it@acme.example>'),
    ('Secondary school place',
     'Dear Parent,\n\nWe are sorry to tell you that your child has not been offered a place at Hillside Academy. '
     'The places were allocated to other applicants under the oversubscription criteria. You have the right to '
     'appeal.\n\nAdmissions',
     'Admissions <admissions@county.example>'),
    ('Scholarship outcome',
     'Dear Sam,\n\nThank you for applying for the Hartley Scholarship. The committee has selected another '
     "candidate for this year's award. We wish you every success with your studies.\n\nScholarships Office",
     'Scholarships <scholarships@uni.example>'),
    ('Jury service',
     'Dear Sam,\n\nThank you for attending for jury service this week. You were not selected to sit on a jury; '
     'other jurors were chosen for the trials listed. Your service is now complete and you will not be called '
     'again for two years.\n\nJury Central Summoning Bureau',
     'Jury <jury@courts.example>'),
    ('Your application to volunteer',
     'Hi Sam,\n\nThank you for applying to volunteer at the festival. We had lots of applicants for the stage crew '
     "and have chosen other volunteers this year. You're welcome to help at the info desk instead.\n\nVolunteer "
     'team',
     'Fest <volunteer@fest.example>'),
    ('Conference travel grant',
     'Hi Sam,\n\nThanks for applying for a travel grant to attend EuroConf. We had 120 applications for 20 grants '
     'and the committee selected other applicants. Registration is still open.\n\nEuroConf',
     'EuroConf <grants@euroconf.example>'),
    ('Podcast guest',
     "Hi Sam,\n\nThanks for pitching yourself as a guest for the Careers Uncut podcast. For this season we've gone "
     "with other guests, but we'll keep your details.\n\nCareers Uncut",
     'Podcast <hello@careersuncut.example>'),
    ('Writing competition',
     'Dear Sam,\n\nThank you for entering the Short Story Prize. The judges chose another entrant as the winner, '
     'but your story was longlisted.\n\nPrize team',
     'Prize <prize@story.example>'),
    ('Sponsored role',
     "Dear Sam,\n\nThank you for your application to the council's Youth Ambassador programme. The panel has "
     'selected other young people to represent the borough this year. Thank you for taking part.\n\nYouth Service',
     'Youth <youth@council.example>'),
    ('Volunteer coordinator role',
     "Hi Sam,\n\nThanks for applying to be a volunteer coordinator at the food bank. We've gone with another "
     "volunteer who can do weekday mornings. It's an unpaid role, so no hard feelings I hope!\n\nMaria",
     'Maria <maria@foodbank.example>'),
    # a home or a room, not a job: the choice is about the room, the job is only mentioned
    ('Re: sublet',
     'Hi Sam,\n\nSorry, we went with another person for the room. The job you mentioned sounds great though, good '
     'luck with the interview!\n\nKai',
     'Kai <kai@mailbox.example>'),
    # a team-wide announcement of who got a post
    ('Team news',
     "Hi all,\n\nI'm pleased to share that after a strong internal process, Priya was chosen to lead the Platform "
     'team. Thanks to everyone who applied; we had some great candidates. Please join me in congratulating '
     'her.\n\nMark',
     'Mark Shaw <mark@acme.example>'),
    ('Welcome our new Head of Sales',
     "Hi everyone,\n\nAfter a long search we've appointed Daniel Ruiz as Head of Sales. We interviewed a number of "
     'strong candidates and chose Daniel for his experience in the German market. He starts on Monday.\n\nPeople '
     'team',
     'People <people@acme.example>'),
    ('Priya to lead Platform',
     'Hi everyone,\n\nAfter a competitive process with several internal and external applicants, Priya Nair was '
     'chosen to lead the Platform team from 1 March. We chose Priya for her track record on reliability. Please '
     'join me in wishing her well.\n\nMark',
     'Mark Shaw <mark@acme.example>'),
    ('Org announcement: new COO',
     'All,\n\nThe board has selected an external candidate, Helen Brooks, as our next COO. Helen brings 20 years '
     'in logistics. She starts in April and will meet every team in her first month.\n\nCEO Office',
     'CEO <ceo@acme.example>'),
    ('Re: the Head of Product job',
     'Hi Sam,\n\nJust so you know, since you asked about it at the all-hands: they went with an external hire for '
     "Head of Product. I know you were curious who'd get it. See you at lunch.\n\nTom",
     'Tom <tom@acme.example>'),
    ('Promotion round results',
     'Hi all,\n\nThe promotion panel met last week. Congratulations to Aisha and Ben, who were promoted to Senior '
     'Engineer. For the Lead role the panel chose an external candidate. Thanks to everyone who took part.\n\nHR',
     'HR <hr@acme.example>'),
    # a friend's, a relative's or a recruiter's news of someone else's rejection
    ('ugh',
     "Hey Sam,\n\nSo I didn't get the Monzo job. They went with someone else, I'm gutted honestly. Drinks on "
     'Friday to drown my sorrows?\n\nJess',
     'Jess <jess@mailbox.example>'),
    ('news',
     'Hi Sam,\n\nRemember the teaching job I interviewed for? They chose another candidate with more experience. '
     "I'm okay, just disappointed. Call me later?\n\nLove, Mum",
     'Mum <mum@mailbox.example>'),
    ('bad news from Leeds',
     "hey, so Lisa emailed me - they picked a different applicant for the Leeds job. she's pretty upset. maybe "
     'text her?\n\nK',
     'Kat <kat@mailbox.example>'),
    ("Sam's partner - news",
     'Hi Sam,\n\nJust got off the phone with Alex. The hospital chose another applicant for the registrar post, so '
     "he's quite low about it. Maybe take him out for dinner tonight?\n\nLove, Mum",
     'Mum <mum@mailbox.example>'),
    ('Opportunity',
     "Hi Sam,\n\nYour friend Priya mentioned that the bank went with another applicant. If you're still looking, "
     "we'd love to talk.\n\nBest,\nDana",
     'Talent Team <talent@acme.example>'),
    ('quick update',
     'Hey Sam,\n\nMy job hunt is going badly. Fernway called yesterday: they went with another candidate after the '
     'final round. Still on for the cinema Saturday?\n\nRuth',
     'Ruth <ruth@mailbox.example>'),
    ('Re: Sam - the Brighton job',
     "Hey Sam,\n\nI'm so sorry, I just saw your message. That's rubbish that they went with someone else, you'd "
     'have been brilliant. Their loss! Drinks on me this weekend.\n\nKat',
     'Kat <kat@mailbox.example>'),
    ('rejected again',
     "They went with another candidate. Again. Third time this month. I'm starting to think it's my CV. Can you "
     'have a look at it this weekend?\n\nBen',
     'Ben <ben@mailbox.example>'),
    ("my sister's news",
     "Hi Sam,\n\nFYI Maya didn't get the nursing job - the hospital picked another applicant with ICU experience. "
     "She's fine, just a bit down. Don't mention it unless she does!\n\nJo",
     'Jo <jo@mailbox.example>'),
    # mailing lists, forums and digests discussing rejections
    ('[careers-forum] Digest, Vol 42, Issue 7',
     "Today's Topics:\n\n1. Re: How long to wait after final round? (alex)\n2. Rejected after 5 rounds "
     '(jmoore)\n\nMessage 2\nFrom: jmoore\nAfter five interviews they told me they decided to go with another '
     'candidate. Is it normal not to get any feedback?\n\n_______________\ncareers-forum mailing '
     'list\nUnsubscribe: https://lists.example/careers',
     'careers-forum <careers-forum@lists.example>'),
    ("New reply in 'Rejected after final interview'",
     'Hi Sam,\n\nmike_t replied to a thread you follow:\n\n"Same here. The recruiter called and said they had '
     'chosen another candidate with more domain knowledge. Took me a week to get over it."\n\nView the thread: '
     "https://forum.example/t/123\n\nYou're receiving this because you follow this thread.",
     'Forum <noreply@forum.example>'),
    ('Re: Rejected after onsite - what now?',
     "> On Tue, Alex wrote:\n> They said they chose another candidate with more leadership experience.\n\nThat's "
     "rough, Alex. Ask them for feedback, it's worth it. Happened to me twice last year.\n\n--\nYou received this "
     'message because you are subscribed to the Google Groups "uk-tech-jobs" group.\nTo unsubscribe from this '
     'group, send an email to uk-tech-jobs+unsubscribe@googlegroups.example.',
     'Jordan via uk-tech-jobs <uk-tech-jobs@googlegroups.example>'),
    ('[r/jobs] Top posts this week',
     'Top posts in r/jobs this week:\n\n"After 6 interviews they went with another candidate" - 2.3k upvotes, 410 '
     'comments\n"Got the job!!" - 1.1k upvotes\n\nYou\'re receiving this digest because you joined r/jobs.',
     'Reddit <noreply@redditmail.example>'),
    ('Community Digest #112',
     'Top discussions this week\n\n"The recruiter said they went with another candidate but the job is still '
     'posted. Is that normal?" - 34 replies\n"Negotiating a remote contract" - 12 replies\n\nYou are receiving '
     'this digest as a member of the Product People community.',
     'Product People <digest@productpeople.example>'),
    # HR newsletters, blogs and webinars about telling candidates no
    ('HR Weekly: telling candidates no',
     'This week in HR Weekly\n\nHow to tell candidates another person was chosen. Five templates for rejection '
     'emails: "We have decided to move forward with another candidate whose experience more closely matches..." '
     'Keep it short and kind, and offer feedback where you can.\n\nSubscribe | Unsubscribe',
     'HR Weekly <news@hrweekly.example>'),
    ("The Recruiter's Digest",
     'In this issue:\n- Candidate experience: 60% of applicants never hear back.\n- Template: "Thank you for '
     'interviewing with us. We have selected another candidate for the role."\n- Webinar: Reducing time to '
     'hire.\n\nUnsubscribe',
     'Recruiter Digest <digest@recruiterdigest.example>'),
    ('Blog: How we hire',
     'From the Acme blog: How we hire. When we choose another candidate, we always offer a feedback call. Read '
     'more about our process on our careers site.\n\nUnsubscribe',
     'Acme Blog <blog@acme.example>'),
    ('People Ops blog: kinder rejections',
     "New on the People Ops blog\n\nWe hired 120 people last year and said no to 9,000. Here's how our recruiters "
     'tell a candidate we chose another person: a phone call for finalists, a personal email for everyone '
     'interviewed.\n\nRead the full post',
     'People Ops <blog@acme.example>'),
    ('Webinar: Candidate rejection best practice',
     'Join our free webinar on 12 June: "We went with another candidate" - how to deliver bad news without losing '
     'talent. Speakers from three FTSE 100 talent teams.\n\nRegister now',
     'HR Events <events@hrevents.example>'),
    ('Careers service newsletter',
     "Careers Service - November\n\nRejected? You're not alone. Graduate employers received 140 applications per "
     'vacancy last year, and many applicants hear that the employer chose another candidate. Book a CV review with '
     'an adviser this week.\n\nUnsubscribe',
     'Careers Service <careers@uni.example>'),
    ("HR Brief: rejection templates that don't sting",
     'HR Brief - Tuesday\n\nTEMPLATE OF THE WEEK\n"Dear [Name], thank you for your time. We have decided to move '
     'forward with another candidate for the [Role] position."\nWhy it works: short, clear, and it names the '
     'role.\n\nUnsubscribe',
     'HR Brief <brief@hrbrief.example>'),
    # phishing dressed as a rejection
    ('Your application status',
     'Dear Applicant,\n\nWe regret to inform you that another candidate was selected for the position. However, '
     'you have been pre-approved for a remote data entry role paying $45/hour. To claim this position, reply with '
     'your bank details and a copy of your ID.\n\nHR Department',
     'HR <hr-global@freemail.example>'),
    ('Your job application status',
     'Dear Candidate,\n\nWe regret to inform you that another applicant was chosen for the Warehouse role. '
     'However, our partner company has a work-from-home position for you at $800/week. To claim this position, '
     "send your bank account details and a copy of your driver's licence to the email below.\n\nHR Manager",
     'HR <hr-jobs@freemail.example>'),
    ('URGENT: application update',
     'Dear applicant, another candidate has been selected for the position you applied. But you are pre-approved '
     'for a remote assistant job. Reply with your full name, bank name and card number to receive your training '
     'kit.\n\nRecruitment Dept',
     'Recruit <recruit@freemail.example>'),
    ('Your application was reviewed',
     'Hi Sam,\n\nA hiring company recently chose another candidate over you. Our AI found 7 problems in your CV '
     'that recruiters hate. Fix them today with CVBoost Pro for just $29. Click here to claim 50% off.\n\nCVBoost',
     'CVBoost <offers@cvboost.example>'),
    ('Application unsuccessful? Let us help',
     'Dear job seeker,\n\nDid the employer go with another applicant? Our career coaches have helped 10,000 people '
     'land offers. Book a free consultation now.\n\nUnsubscribe',
     'CareerLift <hello@careerlift.example>'),
    ('Re: Position',
     'Dear Candidate,\n\nThe company selected another applicant for the office position. But you qualify for our '
     'mystery shopper program: earn $300 per assignment. Reply YES and we will send a cheque to deposit.\n\nMr. '
     'James',
     'James <jamesrecruit@freemail.example>'),
    # automated notices and tasks for the hiring side
    ('Candidate X was not selected',
     'Hello Sam,\n\nThis is an automated notice. Candidate Joe Lim (Req 4412, Barista) was not selected. Reason: '
     'another candidate was hired. No action is required.\n\nWorkday',
     'Workday <noreply@myworkday.example>'),
    ('Interview feedback reminder',
     'Hi Sam,\n\nThe hiring manager has decided to move forward with another candidate for Req 918. Please submit '
     'your interview feedback for the remaining candidates by Friday so the requisition can be '
     'closed.\n\nGreenhouse',
     'Greenhouse <no-reply@greenhouse.example>'),
    ('Candidate update - Requisition 331',
     'Hi Sam,\n\nHeads up: the hiring manager for Requisition 331 has selected another candidate. All open '
     'candidates on this requisition will be dispositioned automatically.\n\nRecruiting Ops',
     'Recruiting Ops <recruiting-ops@acme.example>'),
    ('Action needed: close out Requisition 5521',
     'Hi Sam,\n\nThe offer for Requisition 5521 (Retail Assistant) has been accepted. Please reject the remaining '
     'candidates in the pipeline and close the requisition.\n\nThanks,\nRecruiting Ops',
     'Recruiting Ops <recruiting-ops@acme.example>'),
    ('Candidate rejected: Maria Lopez - Barista',
     'Maria Lopez was rejected for Barista by Dana Whitfield.\nReason: Hired another candidate\nStage: '
     'Onsite\n\nView candidate in Lever',
     'Lever <no-reply@hire.lever.example>'),
    ('Daily summary: Barista',
     'Barista (Shoreditch)\n- 3 new applicants\n- 1 candidate hired: Tom Ellis\n- 5 candidates rejected (another '
     'candidate was selected)\n\nManage notifications',
     'Lever <no-reply@hire.lever.example>'),
    ('Hiring manager update',
     "Hi Sam,\n\nThanks for your time interviewing for the Support Lead role. We've selected another finalist, "
     'Aisha, and she has accepted. Please submit any outstanding scorecards for the other candidates by '
     'Friday.\n\nTalent team',
     'Talent Team <talent@acme.example>'),
    ('Dear hiring managers',
     'Dear hiring managers,\n\nA reminder that when you select another candidate, please disposition all remaining '
     'applicants within 5 days and use the standard rejection template.\n\nTalent Acquisition',
     'Talent Team <talent@acme.example>'),
    ('[Workable] Sales Associate: candidate disqualified',
     'Hi Sam,\n\nDana Whitfield disqualified Joe Lim from Sales Associate.\nReason: Hired another '
     "candidate.\n\nYou're receiving this email because you're a member of the hiring team for this "
     'job.\n\nWorkable',
     'Workable <notifications@workable.example>'),
    ('BambooHR: Offer accepted for Office Manager',
     'Hi Sam,\n\nGreat news! Aisha Khan accepted the offer for Office Manager. The system will send the other '
     "applicants the 'We've selected another candidate' email in 24 hours unless you cancel it.\n\nBambooHR",
     'BambooHR <notifications@bamboohr.example>'),
    ('Interview scorecard due',
     'Hi Sam,\n\nThe hiring manager is leaning towards another finalist for the Account Manager role, but wants '
     'your scorecard for Priya Rao before deciding. Please complete it by 5pm.\n\nGreenhouse',
     'Greenhouse <no-reply@greenhouse.example>'),
    # job boards, talent communities, social networks: a job the reader only looked at, someone's new post
    ('Jobs you may be interested in',
     'Hi Sam,\n\nThe Marketing Lead job at Bloom you looked at last week has closed - the employer hired another '
     'candidate. Here are 5 similar jobs:\n\n- Marketing Manager, Fernway\n- Brand Lead, Oak & Co\n\nJobNest',
     'JobNest <alerts@jobnest.example>'),
    ('Update on a job you applied to via QuickApply',
     'Hi Sam,\n\nGood news: your QuickApply profile was viewed 12 times this week. Also, one employer moved '
     'forward with other applicants for a job you saved.\n\nQuickApply',
     'QuickApply <hello@quickapply.example>'),
    ('Talent community update',
     'Hi Sam,\n\nThanks for joining the Oakridge talent community. The Analyst role we mentioned last month has '
     'been filled by another candidate, but three new roles are open now. Take a look!\n\nOakridge Careers',
     'Oakridge <careers@oakridge.example>'),
    ('LinkedIn: Priya started a new position',
     'Priya Shah started a new position as Head of Data at Fernway.\n\nFernway chose Priya after a search of 200 '
     'other candidates. Congratulate Priya.\n\nLinkedIn',
     'LinkedIn <notifications@linkedin.example>'),
    ('Your saved search: Data Analyst',
     '3 new jobs match your saved search. 1 job you saved is no longer accepting applications because the employer '
     'selected other candidates.\n\nManage alerts',
     'Indeed <alert@indeed.example>'),
    # two posts applied for: one filled by another candidate, the reader's own going on to interview
    ('Your applications',
     'Hi Sam,\n\nYou applied for two of our roles. The Leeds Team Leader role went to an internal candidate, but '
     "your application for the Manchester Team Leader role is progressing: we'd like to interview you on Monday at "
     '10.\n\nTalent team',
     'Talent Team <talent@acme.example>'),
    # the reader withdrew, or their application moved to another post that goes on
    ('Withdrawal confirmed',
     'Dear Sam,\n\nSince you let us know you wanted to withdraw, we have selected another candidate for the '
     'Warehouse role. Thanks again and good luck.\n\nKind regards,\nAcme Talent Team',
     'Talent Team <talent@acme.example>'),
    ('Your application moved',
     'Dear Sam,\n\nFollowing your request to be considered for a part-time role only, we went with another '
     "candidate for the full-time post, and we've moved your application to the part-time vacancy. Interviews are "
     'next week.\n\nKind regards,\nAcme Talent Team',
     'Talent Team <talent@acme.example>'),
    ('Application confirmation',
     "Dear Sam,\n\nThank you for your interest. This is an automated message to confirm we've received your "
     'application for Store Manager. Only shortlisted candidates will be contacted; we may otherwise go with other '
     'applicants without further notice.\n\nKind regards,\nAcme Talent Team',
     'Talent Team <talent@acme.example>'),
    # an earlier decision told again in a mail about something else (a survey, the reader's data, feedback asked for)
    ('How did we do?',
     'Dear Sam,\n\nYou recently heard from us that we went with another candidate for the Sales Executive role. '
     "We'd love to know how we did: please take our two-minute candidate experience survey.\n\nKind regards,\nAcme "
     'Talent Team',
     'Talent Team <talent@acme.example>'),
    ('Your data',
     'Dear Sam,\n\nEarlier this month we let you know that we had selected another applicant for the Engineer '
     'role. In line with our privacy policy, we will delete your personal data on 1 December unless you ask us to '
     'keep it.\n\nKind regards,\nAcme Talent Team',
     'Talent Team <talent@acme.example>'),
    ('Your interview feedback',
     'Dear Sam,\n\nFollowing our earlier email confirming that another person was selected, here is the written '
     'feedback you asked for: your technical interview was strong; the other finalist had more Kubernetes '
     'experience.\n\nKind regards,\nAcme Talent Team',
     'Talent Team <talent@acme.example>'),
    # the one chosen fell away and the reader is asked back
    ('Another chance?',
     'Hi Sam,\n\nLast month we let you know that we had gone with another candidate for the Travel Adviser role. '
     "Things have changed since: the person we chose has withdrawn. We'd like to invite you to an interview after "
     'all. Are you still interested?\n\nBest,\nLisa',
     'Lisa Grant <lisa@sunway-travel.example>'),
    ('Travel Adviser - are you free?',
     'Hi Sam,\n\nA few weeks ago we told you we had selected another applicant for the Travel Adviser position. '
     'Unfortunately that candidate has pulled out, and we would love to talk to you again. Could you do a call '
     'this Thursday?\n\nBest,\nLisa',
     'Lisa Grant <lisa@sunway-travel.example>'),
    ('Travel Adviser role',
     'Hi Sam,\n\nYou may remember we chose another candidate for the Travel Adviser role in May. She has decided '
     "not to join us after all, so we'd like to offer you an interview. Let me know some times that suit "
     'you.\n\nBest,\nLisa',
     'Lisa Grant <lisa@sunway-travel.example>'),
    ('Job offer: Travel Adviser',
     'Hi Sam,\n\nWhen we wrote in March, we had decided to go with another applicant. That hire fell through, and '
     'you were our second choice, so we would now like to offer you the job!\n\nBest,\nLisa',
     'Lisa Grant <lisa@sunway-travel.example>'),
    ('Second interview invitation',
     'Hi Sam,\n\nWe previously informed you that another candidate had been selected. However, the successful '
     'candidate has since declined the offer, and we would like to invite you to a second interview next '
     'week.\n\nBest,\nLisa',
     'Lisa Grant <lisa@sunway-travel.example>'),
    ('still keen?',
     "Hi Sam,\n\nI know we said we'd gone with someone else, but the new starter left after two weeks. Would you "
     "still be up for the role? I'd love to get you in for a chat.\n\nBest,\nLisa",
     'Lisa Grant <lisa@sunway-travel.example>'),
    # the reader's own process goes on: others first, others hired beside the reader, an earlier choice undone
    ('Recruiter outreach',
     "Hi Sam,\n\nI came across your profile and think you'd be a great fit for a Senior Developer role with my "
     'client. They previously went with another candidate but the role has reopened. Fancy a chat?\n\nHarriet',
     AG),
    ('Aptitude test date',
     'Hi Sam,\n\nThank you for your application for the Analyst role. Our hiring manager preferred other '
     'candidates to sit the test first, so your test is on Friday.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    ('Your start date',
     "Hi Sam,\n\nThank you for your application for the Analyst role. We've taken on other colleagues in your area "
     "recently, so you'll have plenty of support when you start.\n\nBest,\nDana",
     'Talent Team <talent@acme.example>'),
    ('Flexible working',
     'Hi Sam,\n\nThank you for your application for the Analyst role. We offered other candidates the same '
     "flexibility, so you're welcome to work from home on Fridays.\n\nBest,\nDana",
     'Talent Team <talent@acme.example>'),
    ('The role is yours',
     'Hi Sam,\n\nThank you for your application for the Analyst role. The role was previously offered to another '
     "candidate who declined, so it's yours if you want it.\n\nBest,\nDana",
     'Talent Team <talent@acme.example>'),
    ('Analyst role - open again',
     'Hi Sam,\n\nThank you for your application for the Analyst role. We originally went with another candidate, '
     "but it didn't work out. Would you be open to a conversation?\n\nBest,\nDana",
     'Talent Team <talent@acme.example>'),
    ('Your panel',
     'Hi Sam,\n\nThank you for your application for the Analyst role. Our CEO prefers different people on each '
     "panel, so you'll meet Ana and Luis.\n\nBest,\nDana",
     'Talent Team <talent@acme.example>'),
    ('Offer letter attached',
     'Hi Sam,\n\nWe chose a stronger candidate pool this year by partnering with universities, and you stood out. '
     'Offer attached.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    ('Your interview - reschedule',
     "Hi Sam,\n\nAs you couldn't make Tuesday, we moved another candidate into that slot and can offer you Friday "
     'at 2pm instead. Does that work?\n\nDana',
     'Talent Team <talent@acme.example>'),
    ('Re: shortlist',
     "Hi Sam,\n\nYou're through to the final round! We picked one other finalist and the two of you will present "
     'on Friday.\n\nDana',
     'Talent Team <talent@acme.example>'),
    ('Hiring update: Barista',
     "Hi Sam,\n\nWe went with another applicant for the weekend barista shift, but we'd still like you for the "
     'weekday one you applied for. Can you start Monday?\n\nCafé Lune',
     'Cafe Lune <hello@cafelune.example>'),
]

REJECTIONS = [
    # new writers: a warehouse, a shop, a bank, a school, a café, a kitchen, a builder, NHS Jobs, Workday
    ('Your application - Warehouse Operative',
     "Hi Sam,\n\nThanks for applying to Northgate Logistics. We've now filled all our warehouse operative "
     "vacancies for this season and won't be taking your application further. We'll keep your details for the next "
     'peak.\n\nNorthgate Recruitment',
     'Northgate <jobs@northgate.example>'),
    ('Update from Brightpath',
     "Hi Sam,\n\nI've just heard back from the client about the Finance Business Partner role. Unfortunately they "
     'have decided to go with another candidate who had more FP&A experience. I know you were keen on this one, so '
     "I'm sorry to be the bearer of bad news. I'll be in touch as soon as something similar comes in.\n\nHarriet",
     AG),
    ('Re: Finance Business Partner',
     'Sam,\n\nThe client came back to me this morning - they offered the role to another candidate, who has '
     "accepted. Really sorry. Let's catch up next week about other options.\n\nH\n\nOn Tue, Sam Rivera wrote:\n> "
     'Hi Harriet, any news from the client?',
     AG),
    ('Teaching Assistant application',
     'Dear Sam,\n\nThank you for attending interview for the post of Teaching Assistant at Brook Lane Primary. The '
     'panel were impressed by your enthusiasm; however, on this occasion they have appointed another applicant '
     'whose experience of SEN support was closer to the needs of the class.\n\nYours sincerely,\nSchool Business '
     'Manager',
     'Brook Lane <office@brooklane.example>'),
    ('Your Lidl application',
     'Hi Sam,\n\nThank you for your interest in working at Lidl. After careful consideration we regret that we '
     "won't be progressing your application for Customer Assistant at this time.\n\nLidl Recruitment",
     'Lidl <recruitment@lidl.example>'),
    ('Application update: Data Scientist (R-10442)',
     'Dear Sam,\n\nThank you for taking the time to apply for Data Scientist (R-10442). We received a large number '
     'of applications and, after reviewing your background, we have decided to pursue other candidates whose '
     'profiles more closely match the requirements of the position.\n\nWe encourage you to explore other '
     'opportunities on our careers site.\n\nSincerely,\nGlobal Talent Acquisition',
     'Careers <no-reply@acme.myworkday.example>'),
    ('Thank you from Harbour Bank',
     "Dear Sam,\n\nThank you for your recent interview for the Graduate Analyst Programme. We're sorry to let you "
     'know that you have not been successful at this stage. Competition was particularly strong this '
     'year.\n\nHarbour Bank Early Careers',
     'Harbour <earlycareers@harbourbank.example>'),
    ('Barista trial',
     "hi sam, thanks for the trial yesterday, you were lovely with the customers but we've gone with someone who's "
     'got more latte art experience. best of luck! - Rosie @ Bean There',
     'Rosie <rosie@beanthere.example>'),
    ('RE: Junior Copywriter',
     "Hi Sam,\n\nSorry for the slow reply. We've had a lot of great applicants and we ended up going with someone "
     "who's worked in B2B tech before. Thanks so much for the test piece, it was genuinely good.\n\nMatt\nCreative "
     'Director, Loud Fox',
     'Matt <matt@loudfox.example>'),
    ('Your candidacy',
     'Dear Mr Rivera,\n\nWe refer to your application for the position of Compliance Officer. We regret to inform '
     'you that the Selection Committee has selected another candidate for the position. We thank you for the '
     'interest shown in our organisation.\n\nHuman Resources Division',
     'HR <hr@centralbank.example>'),
    ('Outcome of your application - ref 7731',
     'Dear Sam Rivera\n\nApplication reference: 7731\nPost: Healthcare Assistant, Ward 12\n\nThank you for '
     'applying for the above post. I am writing to let you know that you have not been shortlisted for interview '
     'on this occasion.\n\nNHS Jobs',
     'NHS Jobs <noreply@jobs.nhs.example>'),
    ('Thanks for chatting with us',
     'Hey Sam,\n\nReally appreciated you chatting with us about the Product Designer position. It was a tough '
     "call, but we've decided to move ahead with another designer whose portfolio lines up more with our mobile "
     "roadmap. We'd love to stay in touch.\n\nCheers,\nNina, Head of Design",
     'Nina <nina@pixelpine.example>'),
    ('Position update',
     "Sam,\n\nI wanted to let you know personally that we've offered the Site Manager job to another applicant. "
     'You were a strong second. Thanks for coming out to the site twice.\n\nGraham Oduya\nOduya Builds',
     'Graham <graham@oduyabuilds.example>'),
    ('Your application for Sous Chef',
     "Hi Sam,\n\nThanks for coming in and cooking for us. The team loved the risotto, but we've given the sous "
     'chef job to someone with more high-volume experience. Good luck out there.\n\nChef Marco',
     'Marco <marco@trattoria.example>'),
    ('Application status',
     'Dear Sam,\n\nThank you for your application for the role of Legal Secretary. We have now completed the '
     "shortlisting process and I'm sorry to tell you that we will not be inviting you to interview.\n\nKind "
     'regards,\nHR Team, Whitmore & Co',
     'HR <hr@whitmore.example>'),
    ('Decision regarding your application',
     'Hello Sam,\n\nWe appreciate your interest in the IT Support Technician position. Following the interviews '
     'held last week, the panel has decided to offer the position to another candidate.\n\nThank you again for '
     'your time.\n\nCity College HR',
     'HR <hr@citycollege.example>'),
    ('Re: Follow up',
     'Hi Sam, thanks for following up. Unfortunately the hiring manager decided to go in a different direction for '
     'the Account Executive role. Best of luck with your search. - Jen',
     'Jen <jen@salesco.example>'),
    ('Your interview with Tallis Engineering',
     'Dear Sam,\n\nThank you for attending the second-stage interview. The feedback from the panel was positive, '
     'but we have chosen to proceed with a candidate who has more hands-on PLC experience. We will retain your CV '
     'on file for six months.\n\nTallis HR',
     'Tallis <hr@tallis.example>'),
    ('Apprenticeship application',
     "Hi Sam,\n\nThanks for applying for our Electrical Apprenticeship. Sadly you didn't make it through to the "
     'assessment day this time. There were 300 applicants for 8 places.\n\nBrightwell Apprenticeships',
     'Brightwell <apprentices@brightwell.example>'),
    ("We've made a decision",
     "Hi Sam,\n\nI'll get right to it: we've hired someone else for the Community Manager role. You were one of "
     "our final three and we'd happily talk again for future roles.\n\nTeam Loop",
     'Loop <jobs@loop.example>'),
    # an agency's own note and its relay of the client's answer (the candidate named as 'Sam' in the forwarded mail)
    ('Fwd: Candidate submission - Sam Rivera',
     "Hi Sam,\n\nSorry, not the news we wanted - see the client's reply below.\n\nHarriet\n\n---------- Forwarded "
     'message ---------\nFrom: Karen Lowe <karen.lowe@kestrelfoods.example>\nTo: Harriet Cole '
     '<harriet@brightpath-recruit.example>\nSubject: Candidate submission - Sam Rivera\n\nHi Harriet,\n\nThanks '
     'for sending Sam over. Unfortunately the hiring manager decided to proceed with another applicant who was '
     'further along in our process. Please pass on our thanks to Sam.\n\nRegards,\nKaren',
     AG),
    ('Fwd: Planner role',
     "Hi Sam, I'm afraid it's a no this time, see below.\n\nHarriet\n\n---------- Forwarded message "
     '---------\nFrom: Karen Lowe <karen.lowe@kestrelfoods.example>\nTo: Harriet Cole '
     "<harriet@brightpath-recruit.example>\n\nHi Harriet,\n\nWe've gone with another candidate who has more SAP "
     'experience. Could you let Sam know and thank him for his time?\n\nKaren',
     AG),
    ('Planner role',
     'Hi Sam,\n\nThe client has come back: they have gone with a candidate from another agency for the Planner '
     "role. I'm sorry, I know you were keen. I'll keep looking for you.\n\nHarriet",
     AG),
    # rejections that carry words the look-alikes read (a friend's word, thanks to pass on, a start, a post re-opened)
    ('Your application - Data Analyst',
     "Hi Sam,\n\nThanks for applying for the Data Analyst role. Your friend Priya said you'd be a great fit, and "
     "we enjoyed meeting you. Unfortunately we've gone with another candidate who has more SQL experience.\n\nDana",
     'Dana Whitfield <dana@acme.example>'),
    ('Reference check - Operations Coordinator',
     'Dear Sam,\n\nThank you for your patience while we took up references. Having completed the process, we have '
     'decided to appoint another applicant to the Operations Coordinator post. Please pass on our thanks to your '
     'referees for replying so quickly.\n\nKind regards,\nHR Team',
     'HR <hr@westbury.example>'),
    ('Graduate Planner - update',
     'Hi Sam,\n\nWe initially hoped to have two Graduate Planner places, but budget allows for one, and we have '
     'chosen another applicant for it. Good luck when you start your next role, wherever that is.\n\nTalent team',
     'Talent <talent@planwise.example>'),
    ('Re: Warehouse Team Leader',
     'Hi Sam,\n\nThanks for your email. The Team Leader post was re-opened last month, but we have now decided to '
     "proceed with other candidates. Sorry it isn't better news.\n\nGemma, HR",
     'Gemma <gemma@northgate.example>'),
    ('Analyst role - decision',
     'Hi Sam,\n\nThank you for applying for the Analyst role. We offered the role to another candidate, who has '
     'accepted.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    ('Analyst application',
     'Hi Sam,\n\nThank you for applying for the Analyst role. Unfortunately we have selected another candidate. We '
     'wish you the best when you start your next role.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    ('Re: Analyst role',
     'Hi Sam,\n\nThank you for applying for the Analyst role. When we reviewed all applications, we went with '
     'other candidates whose experience was closer to the brief.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    ('Analyst - outcome',
     'Hi Sam,\n\nThank you for applying for the Analyst role. The hiring manager preferred another candidate with '
     'more audit experience.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    ('Your Analyst application',
     'Hi Sam,\n\nThank you for applying for the Analyst role. We have given preference to other applicants who '
     'already hold the certification.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    ('Analyst role update',
     "Hi Sam,\n\nThank you for applying for the Analyst role. We've taken another applicant forward to the final "
     "stage. I'm sorry it isn't better news.\n\nBest,\nDana",
     'Talent Team <talent@acme.example>'),
    ('Analyst role',
     "Hi Sam,\n\nThank you for applying for the Analyst role. If we're honest, we went with another person because "
     'of their sector knowledge.\n\nBest,\nDana',
     'Talent Team <talent@acme.example>'),
    # a no beside an offer to pass the CV on to another post; a post refilled or dropped after the first choice left
    ('Re: Travel Adviser',
     'Hi Sam,\n\nThanks for checking in. Our first choice withdrew, so we re-advertised the Travel Adviser role, '
     "and we have now appointed another candidate. I'd be happy to talk to you about future roles.\n\nLisa",
     'Lisa Grant <lisa@sunway-travel.example>'),
    ('Travel Adviser vacancy',
     'Dear Sam,\n\nThe candidate we selected has withdrawn, but after review we have decided not to refill the '
     'Travel Adviser vacancy this year, so we are unable to offer you the role.\n\nLisa',
     'Lisa Grant <lisa@sunway-travel.example>'),
    ('Your application - Manchester',
     'Hi Sam,\n\nThank you for applying for the Manchester Team Leader role. We have decided to go with another '
     "candidate. We do have a similar opening in Leeds and would be happy to put you forward for it if you're "
     'interested.\n\nTalent team',
     'Talent Team <talent@acme.example>'),
    # internal moves and a household's hire are jobs too
    ('Secondment',
     'Hi Sam,\n\nThanks for your interest in the six-month secondment to the Singapore office. Management has '
     "selected another colleague for this one, but there'll be another round in January. Your current role is of "
     'course unaffected.\n\nHR',
     'HR <hr@acme.example>'),
    ('Internal move',
     'Hi Sam,\n\nThanks for applying for the internal Team Lead role. After the interviews we decided to appoint '
     "another colleague. I know you'll be disappointed; let's talk about development options at your next "
     'one-to-one.\n\nMark',
     'Mark <mark@acme.example>'),
    ('Nanny position',
     "Hi Sam,\n\nThanks for meeting the kids on Saturday. We've decided to go with another nanny who lives closer "
     'to us. We wish you the best of luck.\n\nClaire',
     'Claire <claire@mailbox.example>'),
]

HTML_REJECTIONS = [
    # HTML-only ATS mail (Recruitee-style template)
    ('Your application for Field Service Engineer',
     _HEAD + '<p>Dear Sam,</p><p>Thank you for the time you invested in applying for <b>Field Service '
     'Engineer</b> at Corvel.</p><p>After reviewing all applications, the hiring team has chosen to '
     'progress with other candidates whose experience more closely matches the requirements of this '
     'role.</p><p>We wish you every success.</p><p>Corvel Talent Team</p>' + _FOOT,
     ATS),
    ('Update on your Corvel application',
     _HEAD + '<p>Hi Sam,</p><p>We wanted to let you know that the <b>Customer Success Manager</b> position has '
     'been filled. We really appreciate your interest in Corvel and hope you will consider us '
     'again.</p><p>Best,<br>Corvel</p>' + _FOOT,
     ATS),
    ('Regarding your interview',
     _HEAD + '<p>Dear Sam Rivera,</p><p>Thank you for interviewing with us for the position of <b>Regional Sales '
     'Manager</b>. While we enjoyed meeting you, we have decided to offer the role to another '
     'candidate.</p><p>Kind regards,<br>People &amp; Culture</p>' + _FOOT,
     ATS),
    ('Corvel - application outcome',
     _HEAD + '<h2 style="color:#123">Application outcome</h2><p>Hi Sam,</p><p>Unfortunately, you have not been '
     'selected to continue in the recruitment process for <b>Junior Accountant</b>.</p><p>We received a '
     'high volume of applications for this role.</p>' + _FOOT,
     ATS),
    ('Thanks for applying to Corvel',
     _HEAD + '<p>Hi Sam,</p><p>Thanks so much for your interest in the <b>Marketing Intern</b> role. We had a '
     'tough choice to make and went with someone whose experience matched a bit more closely. We hope our '
     'paths cross again!</p><p>Team Corvel</p>' + _FOOT,
     ATS),
]

HTML_LOOK_ALIKES = [
    # HTML-only: a hiring-team notice, a community reply, a newsletter
    ('Hiring team update: Field Service Engineer',
     _HEAD + '<p>Hi Sam,</p><p>You are receiving this because you are an interviewer for <b>Field Service '
     'Engineer</b>.</p><p>Dana Whitfield has hired <b>Leo Grant</b>. The other candidates will be '
     'notified that another candidate was selected.</p>' + _FOOT,
     ATS),
    ('New reply in Career Changers community',
     _HEAD + '<p>Hi Sam,</p><p><b>kate_m</b> replied to a discussion you follow: <i>"Ugh, three final rounds this '
     'month and every time they picked another candidate with more experience."</i></p><p><a '
     'href="https://example/t/9">Reply</a></p><p>You are receiving this because you follow this '
     'discussion.</p>' + _FOOT,
     'Community <noreply@careerchangers.example>'),
    ('Talent Insider: the art of the kind no',
     _HEAD + '<h1>Talent Insider</h1><p>This month: how to tell candidates they were not chosen. Our survey of '
     '400 recruiters found most still send "we have selected another candidate" with no feedback at '
     'all.</p><p><a href="https://example/read">Read more</a></p>' + _FOOT,
     'Talent Insider <news@talentinsider.example>'),
]

KNOWN_GAPS_LOOK_ALIKES = [
    # a friend's own news, told in passing: only "my job hunt" or "the job I applied for" would tell it from an agency's
    # "the client told me they'd gone with another candidate", and this friend says neither
    ('Re: coffee?',
     "Hi Sam,\n\nSorry I missed your message! The job hunt has been rough - last week Brightwater told me they'd "
     'gone with another candidate after three rounds. Anyway, coffee Thursday sounds great.\n\nLeah',
     'Leah <leah@mailbox.example>'),
    # a friend's two-line note under the subject "my interview": "I heard back from the bank" is also how a recruiter
    # starts a relay of the client's no ("I heard back from the client today")
    ('my interview',
     'so I heard back from the bank today. they decided to hire another person with more experience. honestly not '
     'surprised. how was your weekend?',
     'Tom <tom@mailbox.example>'),
    # the sender, an interim chief, tells staff the board chose another candidate: nothing marks the reader as staff
    ('Can we talk?',
     'Sam,\n\nThe board has chosen a different candidate for the CEO role and has asked me to stay on as interim '
     'until they start. I wanted you to hear it from me before the staff meeting.\n\nLinda',
     'Linda <linda@acme.example>'),
]


def _params(table: list[tuple]) -> list:
    return [pytest.param(*row, id=f"{i}:{row[0]}") for i, row in enumerate(table)]


@pytest.mark.parametrize(("subject", "body", "sender"), _params(LOOK_ALIKES))
def test_sweep9_en_look_alike_is_no_rejection(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), _params(REJECTIONS))
def test_sweep9_en_rejection_found(subject: str, body: str, sender: str) -> None:
    assert found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), _params(HTML_REJECTIONS))
def test_sweep9_en_html_rejection_found(subject: str, body: str, sender: str) -> None:
    assert found(mail(body, subject, sender, subtype="html"))


@pytest.mark.parametrize(("subject", "body", "sender"), _params(HTML_LOOK_ALIKES))
def test_sweep9_en_html_look_alike_is_no_rejection(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender, subtype="html"))


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS_LOOK_ALIKES")
@pytest.mark.parametrize(("subject", "body", "sender"), _params(KNOWN_GAPS_LOOK_ALIKES))
def test_sweep9_en_known_gap_look_alike(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender))
