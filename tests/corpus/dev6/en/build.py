# ruff: noqa: E501
"""Build the dev6/en corpus: 150 rejections (each around a different decision sentence), 70 hard look-alikes
and 30 ordinary job-ish mails, all invented. Deterministic: the same files every run.

Run:  python tests/corpus/dev6/en/build.py           (writes messages/*.eml and labels.jsonl)
      python tests/corpus/dev6/en/build.py --check   (parses everything back, checks labels 1:1)
"""

from __future__ import annotations

import email
import email.policy
import json
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGS = HERE / "messages"

OWNERS = [("Alex", "Morgan"), ("Jordan", "Reid"), ("Priya", "Shah"), ("Sam", "O'Neill"), ("Chloe", "Barrett"),
          ("Rohan", "Iyer"), ("Niamh", "Gallagher"), ("Ben", "Okafor"), ("Mia", "Lindqvist"), ("Tom", "Hadley")]

PREFIX = ["Harwick", "Bluefen", "Kestrel", "Northmoor", "Tallis", "Quillon", "Amberlane", "Corvane", "Driftwood",
          "Elmstead", "Fenwright", "Greyhallow", "Hollins", "Ivybridge", "Juniper Row", "Kilbride", "Larkspur",
          "Marrowby", "Netherfield", "Oakhurst", "Pellmoor", "Quarrystone", "Redcastle", "Saltmarsh", "Thistledown",
          "Underhill", "Vantor", "Westerby", "Yarrowfield", "Zephyr Lane", "Ashgrove", "Brackenridge", "Coldharbour",
          "Dunmore", "Emberly", "Foxley", "Glenrowan", "Hatherleigh", "Inchcape", "Jessamine", "Kingsmere", "Lowther",
          "Mossgiel", "Nettlebed", "Orchardleigh", "Pennywell", "Rookwood", "Stonebridge", "Tamberlin", "Wrenfield"]
SECTOR = ["Analytics", "Logistics", "Health", "Software", "Retail", "Engineering", "Studio", "Insurance", "Foods",
          "Energy", "Labs", "Media", "Consulting", "Robotics", "Outfitters", "Finance"]
PUBLIC = ["Kellmoor Borough Council", "University of Ashcombe", "Tarrow Valley NHS Trust",
          "Department of Coastal Affairs", "Brenmouth City Council", "Ostley College",
          "State Water Authority of Carrow", "Lindenfield Public Library Service"]
AGENCY = ["Brightpath Recruitment", "TalentHarbour", "Meridian Search Partners", "Keel & Compass Staffing"]
ROLES = ["Data Analyst", "Senior Backend Engineer", "Store Supervisor", "Marketing Coordinator", "Research Assistant",
         "Graduate Software Developer", "Customer Success Manager", "Staff Nurse", "Finance Officer",
         "Warehouse Operative", "UX Designer", "Teaching Assistant", "Policy Adviser", "Barista", "Project Manager",
         "Site Reliability Engineer", "Legal Secretary", "Account Executive", "HR Generalist", "Lab Technician",
         "Product Manager", "Junior Accountant", "Content Writer", "Mechanical Design Engineer", "Sales Associate"]
FIRST = ["Dana", "Oliver", "Aisling", "Rahul", "Grace", "Marcus", "Fiona", "Kwame", "Isabel", "Declan", "Anjali",
         "Hugo", "Leah", "Callum", "Meera", "Ethan", "Saoirse", "Vikram", "Holly", "Jack", "Zara", "Nathan", "Ciara",
         "Arjun", "Lucy", "Owen", "Tessa", "Imran", "Harriet", "Liam"]
LAST = ["Whitfield", "Pemberton", "Kavanagh", "Menon", "Ashworth", "Delaney", "Prescott", "Boateng", "Carvalho",
        "Fitzgerald", "Raman", "Thornbury", "Mulligan", "Sutherland", "Venkat", "Hargreaves", "Quinlan", "Stroud",
        "Bhatt", "Ellison", "Marsh", "Coughlan", "Tanaka", "Greaves", "Nolan"]
TITLES = ["Talent Acquisition Partner", "Recruiter", "Hiring Manager", "HR Officer", "People Partner",
          "Recruitment Coordinator", "Head of Engineering", "Store Manager", "Resourcing Adviser", "Founder"]

# --- the 150 decision sentences -----------------------------------------------------------------------------
# flags: "" plain, T texting register, A agency (client named), S ATS no-reply unsigned, G public body/formal,
# H html-only, Q quoted-reply thread (new text decides), F forwarded decision, J decision in subject only
# (the string is the subject), L long news before the decision, X alternative wording about another role
REJ = [
    ("", "We have decided not to progress your application any further."),
    ("", "After careful consideration, we will not be moving forward with your candidacy."),
    ("S", "Unfortunately your application has not been successful on this occasion."),
    ("", "The hiring manager has chosen to pursue other candidates whose experience more closely matches the brief."),
    ("", "We've offered the position to another applicant."),
    ("", "I wanted to let you know that the role has now been filled, so we won't be taking your application further."),
    ("", "I'm sorry to say you haven't been shortlisted for interview."),
    ("A", "{client} have decided to proceed with a candidate whose background is closer to what they need."),
    ("S", "You were not selected for the next stage of the process."),
    ("G", "We regret to inform you that your application for the post of {role} was unsuccessful."),
    ("T", "sadly it's a no from us this time"),
    ("", "We won't be taking your application further."),
    ("G", "The interview panel did not recommend you for appointment."),
    ("", "Your profile doesn't quite match what we're looking for right now, so we'll be closing your application."),
    ("G", "We are unable to offer you a place on the graduate scheme this year."),
    ("S", "As you did not reach the required score in the online assessment, we cannot progress your application."),
    ("", "We have now concluded the process and I'm afraid you have not been successful."),
    ("A", "Your CV was reviewed by the team, but it will not be put forward to {client}."),
    ("", "We've gone with someone who has more hands-on Kubernetes experience."),
    ("", "The team felt that other candidates were a stronger fit for the role."),
    ("", "I'm afraid we won't be inviting you to interview."),
    ("", "Following your interview, we have decided not to offer you the position."),
    ("S", "Your application will not be considered further."),
    ("", "We have made the difficult decision to decline your application."),
    ("", "We're going to pass on your application for now."),
    ("", "Unfortunately you fell short of the pass mark in the technical test, which means we can't take you to the next round."),
    ("H", "We have selected another candidate for this vacancy."),
    ("", "On this occasion we shall not be taking your candidacy forward."),
    ("", "We have opted to move ahead with applicants whose skills align more closely with the requirements."),
    ("S", "Your application has been declined."),
    ("G", "You have not been successful in progressing to the assessment centre."),
    ("", "I'm writing to let you know that we won't be proceeding to the next round with you."),
    ("G", "We regret to inform you that your candidature has not been retained for the position."),
    ("G", "You are not shortlisted for the further rounds of the selection process."),
    ("", "We regret that we cannot accommodate your application at this time."),
    ("G", "The selection committee has decided in favour of another applicant."),
    ("T", "unfortunately you didn't make the cut this time round, sorry!"),
    ("", "We're not going to move you to the onsite stage."),
    ("", "After reviewing your portfolio we've decided it's not the right match for this role."),
    ("", "We will not be extending you an offer."),
    ("", "It was a close call, but in the end we have decided to hire someone else."),
    ("S", "Your application was unsuccessful at the screening stage."),
    ("", "The position has been offered to, and accepted by, another candidate."),
    ("", "We've decided to keep looking for someone with more leadership experience, so we won't be moving forward with you."),
    ("G", "I am sorry to tell you that you did not progress past the sift stage."),
    ("", "We are not able to progress you to interview on this occasion."),
    ("G", "Your application did not score highly enough at sift to be invited to interview."),
    ("G", "I regret to advise that your application has been unsuccessful."),
    ("", "We won't be able to offer you the role."),
    ("G", "We have been unable to shortlist you for this post."),
    ("", "Thank you for your interest, but we will not be pursuing your application."),
    ("T", "hey, quick note - we ended up hiring internally for the role. sorry it didn't work out!"),
    ("", "Unfortunately we are unable to take your application any further."),
    ("G", "Regrettably, you have not been placed on the shortlist."),
    ("G", "It has been decided that your application will not proceed to the next stage."),
    ("", "Just closing the loop: you won't be moving forward in our process."),
    ("", "We will not be progressing with you for this role."),
    ("", "The decision was made not to continue with your application."),
    ("", "We have reviewed all the applications we received and regret that yours has not been shortlisted."),
    ("S", "Your application has been rejected."),
    ("T", "afraid we can't offer you the job this time round"),
    ("A", "{client} have chosen not to take your profile forward."),
    ("", "The panel felt you did not show enough depth in stakeholder management, and so we are unable to offer you the role."),
    ("", "We have decided to go in a different direction for this position."),
    ("", "Honestly, we don't think you're the right fit for the team at this time."),
    ("J", "Unsuccessful application: {role}"),
    ("", "We have no further interest in pursuing your application for this role."),
    ("S", "Your application was not among those selected for interview."),
    ("", "We will be continuing the process with other candidates."),
    ("", "We have decided to continue with candidates who more closely match the profile."),
    ("", "Other applicants were more experienced in the areas we need, so we won't be proceeding."),
    ("G", "The Authority shall not be offering you employment in respect of this vacancy."),
    ("", "We are withdrawing the conditional offer following the results of your reference checks."),
    ("", "We've filled the position with an internal candidate."),
    ("T", "the role's gone to someone else, i'm gutted for you"),
    ("T", "i'm sorry, but you didn't get the job"),
    ("", "As you do not currently hold the right to work in the UK, we are not able to consider your application."),
    ("S", "Your application does not meet the minimum criteria and has therefore been rejected at the eligibility stage."),
    ("", "Unfortunately, you were not successful and will not be contacted further about this vacancy."),
    ("", "We have chosen not to invite you to the final round."),
    ("S", "Your candidacy will not be progressed."),
    ("", "We have decided that we won't be able to proceed with your application at this stage."),
    ("G", "I am writing to let you know that an appointment has now been made to this post and your application has not been successful."),
    ("", "We feel your experience is well beyond what this position needs, so we'll not be taking things further."),
    ("", "Unfortunately your trial shift didn't lead to a job offer."),
    ("", "We won't be adding you to the team this season."),
    ("", "Management has opted for a candidate with a retail management background."),
    ("G", "We regret to inform you that you have not qualified for the next round of the recruitment process."),
    ("G", "Your name does not appear in the list of candidates selected for the post."),
    ("", "Sorry, this isn't the outcome you were hoping for: the post has been offered elsewhere."),
    ("S", "Your application has been marked as unsuccessful."),
    ("S", "Your application status has changed to: Not selected."),
    ("", "We've reviewed your CV and, I'm sorry to say, we won't be offering you an interview for the {role} job."),
    ("", "I have to let you know that we won't be hiring you."),
    ("", "We decided not to proceed beyond the phone screen."),
    ("", "You were a strong candidate, but ultimately we selected someone else."),
    ("", "This time we have decided to progress with an applicant from our existing talent pool."),
    ("", "We appointed a candidate who had more direct experience in payments."),
    ("G", "After the assessment day, we will not be offering you a position on the programme."),
    ("G", "Your application for the apprenticeship has not been successful."),
    ("", "We regret that we are not in a position to offer you employment at this time."),
    ("", "I'm afraid the team decided against moving forward."),
    ("", "We had a very strong field and you have not been shortlisted."),
    ("", "The hiring team has concluded you are not the right candidate for this particular role."),
    ("T", "we're gonna go with another candidate for the role"),
    ("", "Your application won't be going any further."),
    ("", "We won't be proceeding with your candidacy beyond the technical interview."),
    ("", "We have declined to take your application forward."),
    ("A", "{client} reviewed your CV and have passed on it, I'm afraid."),
    ("A", "I've had feedback from {client} and they won't be interviewing you."),
    ("A", "{client} went with another agency's candidate, so this one hasn't worked out for you."),
    ("S", "Your application has been archived as we are progressing other candidates."),
    ("", "We are unable to move your application forward."),
    ("S", "Your submission was not selected to advance in the hiring process."),
    ("S", "You have not progressed to the next stage of our recruitment process."),
    ("G", "We regret that we must decline your candidacy."),
    ("G", "We will not require you to attend for interview."),
    ("", "We have not been able to include you in the shortlist."),
    ("", "We have now completed shortlisting and I'm sorry to tell you your application was not taken forward."),
    ("T", "no, we won't be moving you forward - sorry!"),
    ("T", "sorry mate, they went with someone else"),
    ("", "We think your skills would be better suited to a different kind of role and won't be continuing with your application."),
    ("G", "We regret to inform you that you have been eliminated from the selection process."),
    ("G", "We will not be considering you further for the post."),
    ("", "Your interview performance did not meet the standard required, so we cannot offer you the position."),
    ("G", "It has been determined that you do not meet the minimum qualifications for this position."),
    ("G", "You were not among the best qualified candidates and your application will not be referred to the selecting official."),
    ("G", "Your application has been reviewed and you were found ineligible for this vacancy."),
    ("", "We have decided not to hire for this position at this time, so your application will not go ahead."),
    ("S", "The position has been cancelled, and we are closing all applications for it, including yours."),
    ("", "Regrettably, we will have to release you from the recruitment process."),
    ("", "We've decided to prioritise candidates with more local market experience."),
    ("", "We are not going to be moving you to the offer stage."),
    ("S", "Your application did not progress beyond the initial review."),
    ("Q", "Thank you for interviewing with us, but the team has decided not to move forward."),
    ("", "You've not been chosen for this role."),
    ("", "We're afraid we have to turn down your application."),
    ("G", "The committee voted to appoint another candidate."),
    ("", "We have decided to withdraw our offer of employment."),
    ("", "Unfortunately you were not the preferred candidate."),
    ("", "We've given the role to a candidate who can start sooner."),
    ("", "We won't be asking you to come in for a second interview."),
    ("", "You didn't pass the coding challenge, so we won't proceed."),
    ("J", "Update on your application for {role} - not progressing"),
    ("L", "Having weighed everyone we met, we have chosen a candidate whose experience is closer to the role."),
    ("F", "Thanks for sending {first} over. We've looked at the CV and won't be taking {first} forward, I'm afraid."),
    ("X", "We won't be progressing your application for {role}, but we'd love to consider you for a junior opening later in the year."),
    ("Q", "Sorry for the slow reply. The hiring panel met yesterday and chose another applicant."),
    ("H", "You have not been successful in your application on this occasion."),
    ("J", "Regret letter - {role}"),
]

# --- look-alikes: (subject, body sentence(s), kind-of-sender flag) ------------------------------------------
LOOK = [
    ("Application received - {role}", "Thank you for applying for the {role} role. We have received your application and our team will review it shortly.", "S"),
    ("We've got your application", "This is to confirm that your application has been submitted. You will hear from us within two weeks.", "S"),
    ("Your application is under review", "Your application is currently under review. We receive a high volume of applications, so please bear with us.", "S"),
    ("Update on your application", "Just a quick update: the hiring manager is still reviewing applications and we expect to make decisions next week.", ""),
    ("Delay in our recruitment process", "We're sorry for the delay. Our interviews have been pushed back by a fortnight, but your application is still very much under consideration.", ""),
    ("Interview invitation - {role}", "We are pleased to invite you to an interview for the {role} position on Tuesday at 10am. Please confirm your availability.", ""),
    ("Rescheduling your interview", "Unfortunately the hiring manager is unwell, so we need to reschedule your interview. Could you do Thursday or Friday instead?", ""),
    ("Interview moved", "Unfortunately we have had to cancel tomorrow's slot; we'll send a new invitation for next week. Apologies for the inconvenience.", ""),
    ("Next steps", "Congratulations! You have been shortlisted for the next stage. We'd like you to complete a short online assessment.", ""),
    ("Online assessment - {role}", "As part of your application, please complete the numerical reasoning test within five days. Candidates who do not complete it cannot be considered.", "S"),
    ("Your coding exercise", "Please find the take-home exercise attached. If you don't submit it by Monday, we won't be able to move forward with your application.", ""),
    ("Offer of employment", "I'm delighted to offer you the position of {role}. Please find the offer letter attached.", ""),
    ("Good news!", "We're thrilled to let you know you've been selected for the role. HR will be in touch with the contract.", ""),
    ("Verbal offer follow-up", "Following our call, we'd like to formally offer you the job. We chose you over a strong field.", ""),
    ("Second interview", "The team really enjoyed meeting you and would like to invite you back for a second interview with the director.", ""),
    ("Your application - another role", "The {role} role has been retitled, but your application carries over unchanged and remains in progress.", ""),
    ("An additional opportunity", "While we continue to review your application for {role}, we also think you'd suit our Operations Lead opening. Would you like us to consider you for both?", ""),
    ("New jobs matching your alert", "5 new jobs match your saved search 'data analyst, Leeds'. Apply before they close!", "S"),
    ("Jobs you might like", "Based on your profile, here are roles recommended for you this week. Don't miss out.", "S"),
    ("Exciting opportunity", "I came across your profile and think you'd be a great fit for a role I'm recruiting for. Are you open to a chat?", "A"),
    ("Quick question", "I'm a recruiter working with a fast-growing fintech. Would you be interested in hearing about a senior role?", "A"),
    ("This week in careers: handling rejection", "Our column this week: what to do when you read 'we have decided to move forward with other candidates'. Here's how to reply with grace.", "N"),
    ("Career newsletter", "Reader question: 'I was told my application was unsuccessful. Should I ask for feedback?' Our advice: yes, always.", "N"),
    ("Job search tips", "Rejections are part of the process. Ten phrases recruiters use, such as 'we will not be progressing your application', and what they really mean.", "N"),
    ("Your flat application", "Unfortunately the landlord has decided not to proceed with your application for the flat at 14 Orchard Road.", "O"),
    ("Loan decision", "We regret to inform you that your loan application has been declined.", "O"),
    ("Grant outcome", "We regret that your grant application to the Community Arts Fund has not been successful this round.", "O"),
    ("Decision on your manuscript", "After peer review, the editor has decided to reject your manuscript for publication.", "O"),
    ("School place allocation", "We are sorry to tell you that your child has not been offered a place at Elmstead Primary.", "O"),
    ("Event registration", "Unfortunately your application to attend the summit was not successful as the event is oversubscribed.", "O"),
    ("Membership application", "The committee has decided not to accept your membership application to the rowing club.", "O"),
    ("Insurance quote", "We are unable to offer you cover based on the information provided.", "O"),
    ("Your order", "Unfortunately your order could not be processed and has been cancelled.", "O"),
    ("Conference talk", "Thank you for submitting a talk proposal. We regret that we couldn't accept it for this year's programme.", "O"),
    ("Withdrawal confirmed", "We have received your request to withdraw your application for the {role} role. Your application has been withdrawn.", "S"),
    ("Re: Offer", "Thank you for confirming that you have decided to decline our offer. We wish you well in your new role.", ""),
    ("Candidate feedback needed", "Thanks for interviewing Ravi yesterday. Please submit your scorecard; the panel is leaning towards not moving forward with him.", "I"),
    ("Interview loop cancelled", "We've decided not to proceed with the candidate for the {role} position, so your interview slot on Thursday is cancelled.", "I"),
    ("Your referral", "Thanks for referring Jasmine. Unfortunately she was not selected for the role, but we appreciate the referral.", "I"),
    ("Hiring decision needed", "Please let me know by Friday whether you want to reject or advance the three shortlisted candidates.", "I"),
    ("Tell us about your interview", "You recently interviewed with us. Please take two minutes to rate your candidate experience.", "S"),
    ("Update", "We haven't made a final decision yet. We will let you know either way by the end of the month.", ""),
    ("Re: timeline", "Great question - we expect to decide by Friday. Whatever the outcome, you'll hear from me directly.", ""),
    ("Your subscription", "Your payment for the JobBoard Premium subscription was unsuccessful. Please update your card.", "S"),
    ("Reference request", "Your previous employer has been asked to provide a reference as part of our pre-employment checks.", ""),
    ("Right to work check", "Before we can confirm your start date, please upload your passport for the right to work check.", "S"),
    ("Application incomplete", "Your application is incomplete. Unless you upload your CV, we will not be able to consider your application.", "S"),
    ("Re: availability", "Not this week unfortunately - the panel is away. Can we find a time the week after?", ""),
    ("Keep in touch", "We've added you to our talent community, so you'll be first to hear about new roles.", "S"),
    ("Onboarding", "Welcome aboard! Your first day is Monday. Please bring photo ID.", ""),
    ("Visa application", "We regret to inform you that your visitor visa application has been refused.", "O"),
    ("Credit card application", "We're sorry, but we can't approve your credit card application right now.", "O"),
    ("Rental enquiry", "The property has now been let to another applicant. We'll let you know of similar flats.", "O"),
    ("Volunteer shift", "The volunteer rota for Saturday is full, so we don't need you this weekend. Thanks for offering!", "O"),
    ("Course application", "We regret that we are unable to offer you a place on the MSc programme this year.", "O"),
    ("Award nomination", "Your nomination was not shortlisted for this year's awards. Thank you for taking part.", "O"),
    ("Your article pitch", "Thanks for the pitch, but it's not quite right for us at the moment.", "O"),
    ("Planning application", "The council has refused planning permission for the rear extension.", "O"),
    ("Re: the role", "I'm not sure yet whether we will move forward with you - the team is split. I'll call you on Monday.", ""),
    ("Final interview confirmed", "You're through to the final round! We're not able to share the panel names yet, but the interview will be at our London office.", ""),
    ("Position on hold", "The {role} hiring has been paused for budget review. Your application stays active and we'll be back in touch in January.", ""),
    ("Assessment centre", "You have been successful in the online tests and are invited to our assessment centre on 3 March.", "G"),
    ("Shortlisted", "We are pleased to let you know that you have been shortlisted for interview for the post of {role}.", "G"),
    ("Talent pool", "You weren't a match for the last role, but we've kept your CV and this new opening looks like a great fit. Want to apply?", "A"),
    ("Employer declined to share feedback", "Unfortunately the employer has decided not to share interview feedback, but they thank you for your time.", "A"),
    ("Your own message", "Hi Dana, after some thought I've decided to withdraw from the process as I've accepted another offer. Thanks for everything.", "W"),
    ("Re: your offer", "Thank you so much for the offer. After a lot of thought I've decided not to accept it. I hope we can stay in touch.", "W"),
    ("Background check", "Your background check is complete and nothing further is needed from you. HR will send your contract.", "S"),
    ("Not selected for jury service", "You have not been selected for jury service this term. No further action is needed.", "O"),
    ("Re: coffee?", "Sadly I won't be able to make our coffee chat about the team this week. Could we do next Wednesday instead?", ""),
]

# --- ordinary job-ish mail -------------------------------------------------------------------------------
ORD = [
    ("Team lunch Friday", "We're booking a table for the team lunch on Friday. Let me know if you can make it."),
    ("Payslip available", "Your November payslip is now available in the payroll portal."),
    ("Holiday request", "Your annual leave request for 23-27 December has been approved."),
    ("Leave request declined", "Your leave request for 4 March was declined as the team is already short that week. Please pick another date."),
    ("Welcome our new hire", "Please join me in welcoming Fatima, who joins the data team as a senior analyst on Monday."),
    ("Performance review", "Your mid-year review is scheduled for next Thursday. Please complete the self-assessment beforehand."),
    ("Pension enrolment", "You have been automatically enrolled in the company pension scheme. You can opt out within a month."),
    ("Expenses", "Your expense claim for the Leeds trip has been rejected because the receipt is missing. Please resubmit."),
    ("All-hands", "The quarterly all-hands is on Wednesday at 3pm. The CEO will talk about hiring plans for next year."),
    ("Offsite cancelled", "We've decided not to go ahead with the team offsite this spring because of budget. We'll revisit in autumn."),
    ("Re: proposal", "The client declined our proposal for phase two, so the project wraps up at the end of the month."),
    ("Code review", "Your pull request was rejected by CI because the tests failed. Can you take another look?"),
    ("Interview panel rota", "Thanks for volunteering to interview. You're on the panel for three candidates next week."),
    ("Training course", "Places on the leadership course are now open. Talk to your manager if you'd like to apply."),
    ("Office move", "We move to the new office on 1 February. Please pack your desk by the Friday before."),
    ("Recruitment update", "We've made two hires this month and the backend vacancy is now closed. Thanks to everyone who interviewed."),
    ("Job share", "Your request to move to a job share has been approved by your manager."),
    ("Promotion round", "The promotion committee will meet in March. Nominations close on 15 February."),
    ("Your P60", "Your P60 for the last tax year is available to download."),
    ("Birthday cake", "It's Marcus's birthday today - cake in the kitchen at 3!"),
    ("Mentoring scheme", "We have matched you with a mentor from the finance team. They will contact you this week."),
    ("Secondment", "Unfortunately we can't approve the secondment this quarter, but let's discuss it again in the new year."),
    ("Rota change", "Your shift on Saturday has moved to the early slot. Please confirm you've seen this."),
    ("Internal vacancy", "We're advertising an internal role in the operations team. Applications close on Friday."),
    ("Hiring freeze", "There will be a hiring freeze until April. Existing offers are unaffected."),
    ("Re: candidate pack", "Could you send me the candidate pack for the graduate scheme? I'm briefing the assessors."),
    ("IT equipment", "Your new laptop is ready to collect from the IT desk."),
    ("Sick leave", "Hope you feel better soon. I've logged your sick leave for today and tomorrow."),
    ("Team news", "Congratulations to Owen on passing his accountancy exams! A well deserved result."),
    ("Budget sign-off", "Finance have rejected the headcount request for Q3; we'll make do with the current team."),
]


def pick(seq, i):
    return seq[i % len(seq)]


def company_for(i):
    name = PREFIX[(i * 7) % len(PREFIX)] + " " + SECTOR[(i * 3) % len(SECTOR)]
    dom = name.lower().replace(" ", "") + ".example"
    return name, dom


def person(i):
    return pick(FIRST, i * 11 + 3), pick(LAST, i * 7 + 1)


OPENERS = [
    "Thank you for applying for the {role} position at {company}.",
    "Thanks for your interest in the {role} role with us.",
    "Thank you for taking the time to interview with us for the {role} vacancy.",
    "We appreciate the time you put into your application for {role}.",
    "Thanks so much for meeting the team last week.",
    "Thank you for your recent application to {company}.",
    "I hope you're well.",
    "Thank you for your patience while we reviewed applications for the {role} role.",
]
CLOSERS = [
    "We wish you all the best in your job search.",
    "We will keep your details on file for future openings.",
    "Please do apply again in future.",
    "Thanks again for your interest in {company}.",
    "",
    "Good luck with your search.",
    "If you would like feedback, just reply to this email.",
]
SUBJECTS = [
    "Your application for {role}",
    "{role} at {company}",
    "Update on your application",
    "Re: {role} application",
    "Your application to {company}",
    "Application outcome",
    "{company} - {role}",
]
ENCODINGS = [("utf-8", "quoted-printable"), ("utf-8", "base64"), ("utf-8", "8bit"), ("iso-8859-1", "quoted-printable"),
             ("us-ascii", "7bit")]


def curly(text, i):
    return text.replace("'", "\u2019") if i % 4 == 1 else text


def make(i, frm, to, subject, text, html=None, enc=0):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(hours=7 * i))
    msg["Message-ID"] = f"<dev6en.{i:04d}@mail.example>"
    charset, cte = ENCODINGS[enc % len(ENCODINGS)]
    try:
        (text or "").encode(charset)
    except UnicodeEncodeError:
        charset, cte = "utf-8", "quoted-printable"
    if html is not None and text is None:
        msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


def to_html(text):
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + p.replace("&", "&amp;").replace("\n", "<br>") + "</p>" for p in paras)
    return f"<html><body style=\"font-family:Arial\">{body}</body></html>"


def build_rejection(n, i, flag, sentence):
    owner_first, owner_last = pick(OWNERS, i)
    owner_addr = f"{owner_first.lower()}.{owner_last.lower().replace(chr(39), '')}@mailbox.example"
    to = f"{owner_first} {owner_last} <{owner_addr}>"
    role = pick(ROLES, i * 3 + 1)
    company, dom = company_for(i)
    pf, pl = person(i)
    title = pick(TITLES, i)
    careers = None
    client = None
    if flag == "G":
        company = pick(PUBLIC, i)
        dom = company.lower().replace(" ", "").replace("of", "") + ".example"
    if flag in ("A", "F"):
        agency = pick(AGENCY, i)
        client = company
        adom = agency.lower().replace(" ", "").replace("&", "and") + ".example"
    fmt = dict(role=role, company=company, client=client or "", first=owner_first)
    sentence = sentence.format(**fmt)
    greeting = pick(["Dear {first},", "Hi {first},", "Hello {first},", "Dear {first} {last},"], i)
    greeting = greeting.format(first=owner_first, last=owner_last)
    opener = pick(OPENERS, i).format(**fmt)
    closer = pick(CLOSERS, i * 5).format(**fmt)
    if i % 5 == 2 and flag not in ("T", "A", "F"):
        careers = f"https://careers.{dom}/jobs"
        closer = (closer + " " if closer else "") + f"You can see our current openings at {careers}"
    subject = pick(SUBJECTS, i).format(**fmt)
    contact_name, contact_email = f"{pf} {pl}", f"{pf.lower()}.{pl.lower()}@{dom}"
    frm = f"{pf} {pl} <{contact_email}>"
    sign = f"Kind regards,\n{pf} {pl}\n{title}, {company}"
    if i % 3 == 1:
        sign = f"Best wishes,\n{pf}\n\n{pf} {pl} | {title}\n{company}"
    if flag == "S":
        contact_name = contact_email = None
        vendor = pick(["Greenhouse", "Workday", "SmartRecruiters", "Personio", "Teamtailor"], i)
        frm = f"{company} Careers <no-reply@{vendor.lower()}-mail.example>"
        greeting = pick(["Dear {first},", "Dear Applicant,", "Hi {first},"], i).format(first=owner_first)
        sign = f"The {company} Recruitment Team\n\nThis message was sent via {vendor}. Please do not reply."
    elif flag == "G":
        greeting = f"Dear {pick(['Mr', 'Ms', 'Dr'], i)} {owner_last},"
        opener = pick([f"Thank you for your application for the post of {role} (ref. {1000 + i * 37}).",
                       f"Re: Vacancy reference {2200 + i * 13} - {role}",
                       f"Thank you for attending the selection process for the post of {role}."], i)
        sign = f"Yours sincerely,\n\n{pf} {pl}\nHR Services, {company}"
        if i % 4 == 0:
            frm = f"{company} Recruitment <recruitment@{dom}>"
            contact_email = None
    elif flag == "T":
        greeting = pick(["hey {first}!", "hi {first}", "{first} -"], i).format(first=owner_first)
        opener = pick(["thanks for chatting on tuesday.", "", f"so, bit of news on the {role} thing."], i)
        closer = pick(["keep in touch yeah?", "good luck out there", ""], i)
        sign = f"cheers\n{pf}"
        subject = pick(["quick update", f"re: {role}", f"the {company} job"], i)
    elif flag == "A":
        frm = f"{pf} {pl} <{pf.lower()}@{adom}>"
        contact_email = f"{pf.lower()}@{adom}"
        opener = f"Thanks again for letting me put you forward for the {role} role at {company}."
        sign = f"Best,\n{pf} {pl}\nSenior Consultant, {agency}"
    if flag == "J":
        subject = sentence
        body_main = "Thank you for the time and effort you put into your application, and for your patience."
        text = f"{greeting}\n\n{body_main}\n\n{closer}\n\n{sign}\n"
    elif flag == "L":
        news = (f"It has been a busy quarter at {company}: we opened our second site in Galway, welcomed forty new "
                "colleagues and launched the new customer app. Interest in the {role} role was far higher than we "
                "expected, with over 300 applications, and the panel spent two full days interviewing. We were "
                "genuinely impressed by the range of people we met.").replace("{role}", role)
        text = f"{greeting}\n\n{opener}\n\n{news}\n\n{sentence} {closer}\n\n{sign}\n"
    elif flag == "F":
        hm_first, hm_last = person(i + 50)
        text = (f"Hi {owner_first},\n\nSorry to be the bearer of bad news - see the reply from {company} below.\n\n"
                f"Best,\n{pf}\n{agency}\n\n---------- Forwarded message ---------\n"
                f"From: {hm_first} {hm_last} <{hm_first.lower()}@{dom}>\nDate: Mon, 9 Mar 2026 at 14:02\n"
                f"Subject: RE: Candidate for {role}\nTo: {pf} <{pf.lower()}@{adom}>\n\nHi {pf},\n\n{sentence}\n\n"
                f"Thanks,\n{hm_first}\n")
        subject = f"Fwd: RE: Candidate for {role}"
        frm = f"{pf} {pl} <{pf.lower()}@{adom}>"
        contact_email = f"{pf.lower()}@{adom}"
        contact_name = f"{pf} {pl}"
    elif flag == "Q":
        text = (f"{greeting}\n\n{sentence} {closer}\n\n{sign}\n\nOn Tue, 10 Mar 2026 at 11:20, {owner_first} {owner_last} "
                f"<{owner_addr}> wrote:\n> Hi {pf},\n> I just wanted to check in on the {role} role. I really enjoyed\n"
                f"> the interview and I'm still very keen. Is there any news yet?\n> Thanks,\n> {owner_first}\n")
        subject = f"Re: {role} - checking in"
    else:
        parts = [greeting, " ".join(p for p in (opener, sentence) if p), closer, sign]
        text = "\n\n".join(p for p in parts if p) + "\n"
    text = curly(text, i)
    subject = curly(subject, i)
    html = None
    if flag == "H":
        html, text = to_html(text), None
    msg = make(n, frm, to, subject, text, html=html, enc=i)
    if flag not in ("H",) and i % 9 == 4:
        msg = make(n, frm, to, subject, text, html=to_html(text), enc=i)
    full = " ".join([subject, frm, text or html])
    lab = {
        "file": f"{n:04d}.eml", "is_rejection": True,
        "company": company if company in full else None,
        "role": role if role in full else None,
        "contact_name": contact_name, "contact_email": contact_email,
        "careers_url": careers, "lang": "en", "kind": "rejection",
    }
    if flag == "T" and company not in full:
        lab["company"] = None
    return msg, lab


def build_look(n, i, subject, body, flag):
    owner_first, owner_last = pick(OWNERS, i + 3)
    to = f"{owner_first} {owner_last} <{owner_first.lower()}.{owner_last.lower().replace(chr(39), '')}@mailbox.example>"
    role = pick(ROLES, i * 5 + 2)
    company, dom = company_for(i + 200)
    pf, pl = person(i + 100)
    fmt = dict(role=role, company=company)
    subject, body = subject.format(**fmt), body.format(**fmt)
    frm = f"{pf} {pl} <{pf.lower()}.{pl.lower()}@{dom}>"
    text = f"Hi {owner_first},\n\n{body}\n\nBest regards,\n{pf} {pl}\n{pick(TITLES, i)}, {company}\n"
    if flag == "S":
        frm = f"{company} Careers <no-reply@{dom}>"
        text = f"Dear {owner_first},\n\n{body}\n\nThe {company} Talent Team\n"
    elif flag == "N":
        frm = "The Career Digest <newsletter@careerdigest.example>"
        text = (f"The Career Digest - issue {40 + i}\n\n{body}\n\nMore in this issue: salary negotiation, writing a "
                "cover letter, and a look at four-day-week employers.\n\nUnsubscribe: https://careerdigest.example/u\n")
    elif flag == "O":
        org = pick(["Harbour Lettings", "Crestline Bank", "Ostley Arts Council", "Journal of Applied Coastal Studies",
                    "Brenmouth Admissions", "FutureTech Summit", "Wrenfield Rowing Club", "SureCover Insurance",
                    "ShopNest", "PyConf Ireland"], i)
        frm = f"{org} <info@{org.lower().replace(' ', '')}.example>"
        text = f"Dear {owner_first},\n\n{body}\n\nKind regards,\n{org}\n"
    elif flag == "A":
        frm = f"{pf} {pl} <{pf.lower()}@brightpathrecruitment.example>"
        text = f"Hi {owner_first},\n\n{body}\n\nThanks,\n{pf}\nBrightpath Recruitment\n"
    elif flag == "I":
        text = f"Hi {owner_first},\n\n{body}\n\nThanks,\n{pf}\nRecruiting, {company}\n"
    elif flag == "W":
        frm, to = to, f"{pf} {pl} <{pf.lower()}.{pl.lower()}@{dom}>"
        text = f"{body}\n\nBest,\n{owner_first}\n"
    elif flag == "G":
        text = f"Dear {owner_first} {owner_last},\n\n{body}\n\nYours sincerely,\n{pf} {pl}\nHR Services, {pick(PUBLIC, i)}\n"
    text = curly(text, i)
    msg = make(n, frm, to, subject, text, enc=i + 1)
    lab = {"file": f"{n:04d}.eml", "is_rejection": False, "company": None, "role": None, "contact_name": None,
           "contact_email": None, "careers_url": None, "lang": "en", "kind": "lookalike"}
    return msg, lab


def build_ordinary(n, i, subject, body):
    owner_first, owner_last = pick(OWNERS, i + 5)
    to = f"{owner_first} {owner_last} <{owner_first.lower()}@northmoorhealth.example>"
    pf, pl = person(i + 170)
    frm = f"{pf} {pl} <{pf.lower()}.{pl.lower()}@northmoorhealth.example>"
    text = f"Hi {owner_first},\n\n{body}\n\nThanks,\n{pf}\n"
    msg = make(n, frm, to, subject, curly(text, i), enc=i + 2)
    lab = {"file": f"{n:04d}.eml", "is_rejection": False, "company": None, "role": None, "contact_name": None,
           "contact_email": None, "careers_url": None, "lang": "en", "kind": "ordinary"}
    return msg, lab


def build():
    out = []
    n = 1
    for i, (flag, sentence) in enumerate(REJ):
        out.append(build_rejection(n, i, flag, sentence))
        n += 1
    for i, (subject, body, flag) in enumerate(LOOK):
        out.append(build_look(n, i, subject, body, flag))
        n += 1
    for i, (subject, body) in enumerate(ORD):
        out.append(build_ordinary(n, i, subject, body))
        n += 1
    return out


def write():
    MSGS.mkdir(parents=True, exist_ok=True)
    for old in MSGS.glob("*.eml"):
        old.unlink()
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for msg, lab in build():
            (MSGS / lab["file"]).write_bytes(msg.as_bytes(policy=email.policy.SMTP))
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


def check():
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in MSGS.glob("*.eml"))
    assert files == sorted(lab["file"] for lab in labels), "labels and messages differ"
    kinds = {}
    for lab in labels:
        raw = (MSGS / lab["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), lab["file"]
        assert lab["is_rejection"] == (lab["kind"] == "rejection"), lab["file"]
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    assert kinds == {"rejection": 150, "lookalike": 70, "ordinary": 30}, kinds
    print(f"ok: {len(labels)} messages {kinds}")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
        check()
