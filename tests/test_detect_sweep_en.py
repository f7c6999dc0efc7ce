"""Sweep, English: rejections reworded in registers and shapes no corpus author used (another candidate, a profile
that does not match, a post filled, cancelled or frozen, a CV kept on file, a curt reply, after an interview or a test,
an agency or a job board relaying the decision, a decision buried after other business, typos and abbreviations), and
the look-alikes next to them that must stay non-rejections: the reader on the hiring side, another person chosen for
a panel, a task, a ward or a tender, a colleague's or a friend's news, invitations and process mail that name other
people, things that are no job. Forwards in each mail client's shape (Gmail, Outlook, Apple Mail, ">" quoting): a
letter sent on to the reader or kept by the reader is read; one the sender received and passes to someone else is
the sender's news.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from labelled import found, ids

DANA = "Dana Whitfield <dana@acme.example>"
SAM = "Sam Rivera <sam.rivera@example.net>"


def raw(subject: str, text: str, sender: str | None, to: str = SAM) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender or DANA, to, subject
    msg.set_content(text)
    return bytes(msg)


def letter(subject: str, body: str, sender: str | None, sign: str = "Kind regards,\nDana") -> bytes:
    return raw(subject, f"Hi Sam,\n\n{body}\n\n{sign}", sender)


# Rejections in many registers and shapes: each must be found.
REJECTIONS = [
    # --- a freeze of all requisitions that goes on to name the reader's own application
    ("Update on your application",
     "We are pausing all open requisitions for the rest of the year, including the Data Engineer role you applied "
     "for. We are therefore unable to move forward with your application and are sorry to bring this news.",
     None),
    # --- another candidate chosen, many registers
    ("Your application - Data Analyst",
     "Thanks for applying for the Data Analyst role. We had a strong field and have decided to offer the "
     "position to a candidate whose experience more closely fits what the team needs right now. We wish you "
     "the best of luck.",
     None),
    ("Re: Junior Developer",
     "Hi Sam, quick one: we went with someone else for the junior dev spot. Sorry it's not better news, you "
     "were close.",
     None),
    ("Application update",
     "After careful review the hiring team has selected another applicant for the Marketing Coordinator post. "
     "Thank you for your interest in Harbor & Lane.",
     None),
    ("Store Supervisor",
     "Thank you for your application for Store Supervisor. The role has been offered to an internal candidate "
     "and we will not be progressing external applications.",
     None),
    ("Your candidacy",
     "Dear Sam, we appreciated the chance to get to know you. In the end another finalist was a closer match "
     "and has accepted our offer. Kind regards.",
     None),
    ("Product Designer position",
     "hey sam - we ended up hiring a designer with more fintech background. wanted to let you know personally "
     "rather than leave you hanging.",
     None),
    ("Outcome",
     "We've now completed our selection for the Warehouse Operative vacancies. Unfortunately on this occasion "
     "we have chosen candidates who more closely matched the shift requirements.",
     None),
    ("Account Executive role",
     "Just closing the loop: the AE position went to a candidate with enterprise SaaS experience. Appreciate "
     "your patience through the process.",
     None),
    ("Your application",
     "We regret to say a different candidate has been chosen for the Lab Technician vacancy.",
     None),
    ("Re: Nurse Practitioner application",
     "Sam, I'm sorry to tell you that the clinic has filled the NP post with an applicant who already holds "
     "prescribing rights. Thanks for coming in.",
     None),
    ("Decision - Backend Engineer",
     "The team has decided to move ahead with another engineer for this opening. We know this isn't what you "
     "hoped to hear.",
     None),
    ("Teaching Assistant",
     "Thank you for applying. The school has now appointed to the Teaching Assistant role and your application "
     "was not successful on this occasion.",
     None),
    ("Your application for Sous Chef",
     "Cheers for coming in for the trial shift. We've gone with another chef who can start straight away. All "
     "the best mate.",
     None),
    ("Operations Manager",
     "We have extended an offer to another candidate, who has accepted. As a result we are closing your "
     "application for Operations Manager.",
     None),
    # --- profile not matching
    ("Application for Financial Controller",
     "Thank you for your interest. Having reviewed your CV against the requirements of the Financial "
     "Controller role, we do not feel your experience is a close enough match to take things further.",
     None),
    ("Your application",
     "Unfortunately your profile doesn't quite fit what we're after for this position, so we won't be moving "
     "forward.",
     None),
    ("Re: QA Engineer",
     "Hi Sam, thanks for the application. We're looking for someone with more hands-on automation experience, "
     "so we'll pass this time.",
     None),
    ("HR Advisor vacancy",
     "We have reviewed your application and regret that you have not been shortlisted for the HR Advisor "
     "vacancy.",
     None),
    ("Application outcome",
     "Your application did not meet the essential criteria set out in the person specification and so has not "
     "been progressed.",
     None),
    ("Senior Accountant",
     "Your background is impressive but doesn't align with the specific needs of this Senior Accountant role "
     "at present.",
     None),
    ("Your job application",
     "We are unable to offer you an interview for the Electrician position as you do not hold the required "
     "certification.",
     None),
    ("Re: application",
     "thx for applying. not the right fit skills-wise for this one unfortunately. good luck",
     None),
    ("Graduate scheme 2027",
     "Thank you for applying to our Graduate Scheme. Following review of your application, we will not be "
     "inviting you to the next stage.",
     None),
    ("Your application - ref 44812",
     "Following screening, your application for Customer Service Advisor has been unsuccessful.",
     None),
    ("Support Engineer",
     "We have decided not to progress your application any further, as we are seeking candidates with deeper "
     "Linux administration skills.",
     None),
    ("Your application to Brightline",
     "We appreciate you thinking of Brightline. At this point we've decided not to proceed with your candidacy "
     "for the Copywriter opening.",
     None),
    ("Paralegal role",
     "Having considered your application carefully, I'm afraid we have not selected you for interview.",
     None),
    ("Application - Site Engineer",
     "Regrettably your application was not shortlisted. Due to the volume of applications we cannot give "
     "individual feedback.",
     None),
    # --- position filled / cancelled
    ("Receptionist vacancy",
     "Thank you for your application. The Receptionist vacancy has now been filled, and we are no longer "
     "accepting applications for it.",
     None),
    ("Re: Barista",
     "sorry sam, position's already been taken. will keep you in mind if something comes up",
     None),
    ("Update on the Analyst role",
     "We've made the decision to cancel the Analyst opening following a change in team structure, so we won't "
     "be continuing the recruitment process. We're sorry for the inconvenience.",
     None),
    ("Your application",
     "The Project Coordinator position has been withdrawn and will not be filled at this time. Your "
     "application will therefore not be taken forward.",
     None),
    ("Vacancy closed",
     "Please note the role you applied for has been closed before interviews took place. We're sorry we "
     "couldn't progress your application.",
     None),
    ("Your application - IT Technician",
     "The IT Technician role has been put on hold indefinitely and we have stopped the selection process. We "
     "appreciate your interest.",
     None),
    ("Application status",
     "The position you applied for is no longer available.",
     None),
    ("Warehouse role",
     "Sorry Sam, that role got pulled last week. Nothing I can do on my end.",
     None),
    ("Software Engineer II",
     "We have decided not to fill the Software Engineer II position after all. Thank you for the time you "
     "invested in applying.",
     None),
    ("Your application",
     "We regret to inform you that the vacancy for which you applied has been filled internally.",
     None),
    # --- hiring freeze
    ("Re: Frontend Developer",
     "Sam, bad news I'm afraid: budgets were cut this week and we've been told to freeze hiring. So the "
     "frontend role won't happen. Really sorry.",
     None),
    ("Recruitment paused",
     "Following a review of our budget we have suspended recruitment for the Business Analyst post. We will "
     "not be progressing applications at this time.",
     None),
    ("Your application with Norvale",
     "Owing to restructuring, the Logistics Planner vacancy has been cancelled and we are closing all "
     "applications.",
     None),
    ("Position update",
     "Unfortunately headcount for the Scrum Master role has been frozen until next year, so we have to close "
     "your application.",
     None),
    ("Application - Sales Rep",
     "Due to current economic conditions we have decided to halt hiring for this role. We apologise that this "
     "means your application will go no further.",
     None),
    ("Your application",
     "We've had to put all external hiring on ice for the rest of the year, which unfortunately includes the "
     "position you applied for.",
     None),
    ("Re: Controller role",
     "Hi Sam - the board has frozen new hires until Q3, so I'm afraid we can't continue with your application "
     "for now.",
     None),
    ("Hiring update",
     "The company has implemented a recruitment freeze. As a result the Office Manager vacancy has been "
     "withdrawn and your application closed.",
     None),
    ("Your application for Data Scientist",
     "Because of a reorganisation the headcount for this role has been removed. We are sorry not to be able to "
     "continue the process with you.",
     None),
    # --- keep CV on file
    ("Your application",
     "On this occasion you have not been successful, but we would like to keep your CV on file for future "
     "opportunities if you're happy with that.",
     None),
    ("Re: Designer role",
     "We won't be taking your application further for this role. We'll hang on to your details and reach out "
     "if something more suitable opens up.",
     None),
    ("Application for Store Assistant",
     "Thank you for your interest. We are not able to offer you this position, however we will retain your "
     "application for six months in case another vacancy arises.",
     None),
    ("Our decision",
     "Although we won't be offering you the role, we were impressed and would love to keep in touch about "
     "future openings.",
     None),
    ("Customer Success Manager",
     "Your application was unsuccessful this time, but your details will remain in our talent pool.",
     None),
    ("Thank you for applying",
     "We've decided not to proceed with your application for the Technical Writer role. With your permission, "
     "we'll keep your résumé on record.",
     None),
    ("Re: Junior Analyst",
     "Not this one I'm afraid, but I've saved your CV and will ping you when the next grad cohort opens.",
     None),
    ("Application update",
     "We will not be moving forward with your application at present, but we have added you to our candidate "
     "database for similar roles.",
     None),
    ("Your application",
     "Sadly we can't offer you the role of Events Assistant. Please do apply again for future positions with "
     "us.",
     None),
    ("Feedback on your application",
     "We have chosen not to take your application further. We encourage you to keep an eye on our careers page "
     "for other roles.",
     None),
    # --- not this time / curt
    ("RE: CV",
     "We'll pass on this occasion. Best of luck.",
     None),
    ("Re: Warehouse job",
     "sorry mate, not going ahead with you. cheers",
     None),
    ("Re: your CV",
     "Thanks but we won't be taking it forward.",
     None),
    ("Re: Application - Web Developer",
     "Hi, sorry, you didn't get it this time. Thanks for trying.",
     None),
    ("RE: Job",
     "we're not going to offer you the job. thanks for coming in tho",
     None),
    ("Re: Admin Assistant",
     "Thank you for applying. We will not be proceeding with your application. Regards, HR",
     None),
    ("Re: Intern role",
     "Thanks for applying Sam, we decided to go a different direction. Best.",
     None),
    ("Re: Bartender",
     "Hi Sam, we're going to go with someone else for the bar. Thanks for popping in.",
     None),
    ("re: application",
     "appreciate u applying but its a no from us this round",
     None),
    ("Re: Content Writer",
     "Not a fit for us right now, but thanks for sending samples.",
     None),
    # --- after interview
    ("Following your interview",
     "Thank you for interviewing with us on Tuesday. The panel enjoyed meeting you, but after much "
     "deliberation we have decided not to offer you the position.",
     None),
    ("Re: Interview last week",
     "Hi Sam, thanks again for coming in. I'm sorry to say the team decided not to take your application "
     "further after the final round.",
     None),
    ("Outcome of interview",
     "Following your recent interview for Assistant Manager, I regret to inform you that you have been "
     "unsuccessful on this occasion.",
     None),
    ("Interview feedback",
     "It was great to chat on Friday. While your product sense came through clearly, we felt other candidates "
     "were further along in stakeholder management, so we won't be offering you the role.",
     None),
    ("Next steps",
     "Thank you for meeting with the hiring panel. Unfortunately you were not selected to progress to the "
     "final stage.",
     None),
    ("Re: Second interview",
     "sam - after the second round we've decided to offer the role elsewhere. genuinely enjoyed talking to you "
     "though.",
     None),
    ("Your interview at Kestrel",
     "Following your interview, we regret to let you know that your application has not been successful.",
     None),
    ("Interview outcome - Pharmacist",
     "The interview panel has now met to make a decision and I am sorry to let you know we won't be offering "
     "you the post.",
     None),
    ("Final round",
     "Thanks for your patience after the final round. It was a close call but you weren't successful this time.",
     None),
    ("Interview result",
     "We were not able to offer you the position following the interview held on 3 March.",
     None),
    # --- after test
    ("Assessment result",
     "Thank you for completing the online assessment. Unfortunately your score did not meet the threshold "
     "required to move to the next stage.",
     None),
    ("Your coding challenge",
     "We reviewed your take-home submission and have decided not to continue with your application.",
     None),
    ("Assessment centre outcome",
     "Following the assessment centre, we regret that you have not been successful in securing a place on our "
     "graduate programme.",
     None),
    ("Psychometric tests",
     "Your results in the numerical and verbal reasoning tests were below our benchmark, and we are unable to "
     "progress your application.",
     None),
    ("Re: case study",
     "Sam, thanks for the case study. We won't be taking you through to the next stage, sorry.",
     None),
    ("Skills test result",
     "Unfortunately you did not pass the typing test, so we cannot proceed with your application for Data "
     "Entry Clerk.",
     None),
    ("Work trial",
     "Thanks for doing the trial day. We've decided not to offer you a permanent position.",
     None),
    ("Video interview outcome",
     "We have reviewed your recorded video interview and will not be progressing your application further.",
     None),
    ("Your test results",
     "Regrettably your test results mean you cannot continue in our selection process for the Trainee "
     "Controller role.",
     None),
    # --- agency relaying client
    ("Update from Peak Recruitment",
     "Hi Sam, I've had feedback from the client on the Finance Manager role. Unfortunately they've decided not "
     "to take your application forward as they want someone with more audit experience.",
     "Jo Hartley <jo@peakrecruit.example>"),
    ("Re: Ops role at client",
     "Sam - just heard back, the client went with another candidate. Sorry! I'll keep looking for you.",
     "Mark Lyle <mark@talentbridge.example>"),
    ("Feedback from the client",
     "My client has reviewed your CV and has decided not to invite you for interview for the Project Manager "
     "position.",
     "Priya Shah <priya@northstaffing.example>"),
    ("Client feedback",
     "Hi Sam, unfortunately the hiring manager at Velto has passed on your profile for the DevOps role. They "
     "felt the experience wasn't quite there.",
     "Tom Reid <tom@hirewell.example>"),
    ("Re: Interview with Orbis",
     "Bad news I'm afraid - Orbis have decided to go with an internal person. Thanks for all your effort on "
     "this one.",
     "Lucy Grant <lucy@grantsearch.example>"),
    ("Your application via Apex",
     "The client has advised that your application for the Buyer role will not be progressed.",
     "Apex Recruitment <jobs@apexrec.example>"),
    ("Quick update",
     "Heard back from the client on Friday's interview - they're not going to proceed. They liked you but want "
     "someone more senior.",
     "Ben Cole <ben@colepartners.example>"),
    ("Role at Finch & Co",
     "Hi Sam, the client has now filled the vacancy so your application won't be going any further. Speak soon.",
     "Hannah <hannah@rectalent.example>"),
    ("Re: Senior PM",
     "Sorry to say the client said no this time, the other shortlisted candidate had more domain knowledge.",
     "Olly <olly@searchco.example>"),
    ("Update",
     "I put you forward for the Payroll Officer role but I'm afraid the client has not shortlisted you.",
     "Greta Mills <greta@millsrecruit.example>"),
    ("feedback",
     "hi sam, client came back - it's a no for the dev role. will call you tomorrow to talk other options",
     "Kai <kai@devhire.example>"),
    # --- platform / ATS relay
    ("Your application to Lumio",
     "The company has decided to move forward with other candidates for the Customer Support Specialist role. "
     "You can view more jobs on JobBoard.",
     "JobBoard <noreply@jobboard.example>"),
    ("Application status update",
     "Your application for Warehouse Associate at Trenton Logistics has been reviewed. Status: Not selected.",
     "Careers Portal <no-reply@careersportal.example>"),
    ("An update on your application",
     "Hi Sam, Mosaic Labs reviewed your application for Product Analyst and decided not to move forward at "
     "this time.",
     "HireHub <notifications@hirehub.example>"),
    ("Your application was viewed",
     "Vantage Health has chosen not to proceed with your application for Medical Receptionist. Don't give up - "
     "new jobs are posted daily.",
     "WorkFind <alerts@workfind.example>"),
    ("Application update from Greenleaf",
     "Greenleaf has updated the status of your application: Not progressing.",
     "Greenleaf via TalentSys <noreply@talentsys.example>"),
    ("Update regarding your application",
     "This is an automated message. The employer has closed your application for the Driver position.",
     "Recruit Platform <noreply@recruitplatform.example>"),
    ("Regarding your application at Oakridge",
     "Oakridge Hotels has decided not to proceed with your application. We encourage you to explore other "
     "roles that match your skills.",
     "StaffLink <noreply@stafflink.example>"),
    ("Your application status has changed",
     "The hiring company has marked your application as unsuccessful for Junior Accountant.",
     "JobsNow <noreply@jobsnow.example>"),
    ("Update on Cashier at Daymart",
     "Daymart has filled this position. Thank you for applying through QuickApply.",
     "QuickApply <noreply@quickapply.example>"),
    ("Your application",
     "Unfortunately the employer did not select you for the next step for Delivery Associate.",
     "Indeedish <no-reply@indeedish.example>"),
    ("Application for Support Analyst",
     "The recruiter for this role has declined your application. Keep applying - your next role could be just "
     "around the corner!",
     "CareerNet <noreply@careernet.example>"),
    ("Your application for Chef de Partie",
     "We're letting you know that Bistro Lune isn't moving forward with your application.",
     "HospoJobs <hello@hospojobs.example>"),
    # --- buried after other business
    ("Re: expenses and update",
     "Hi Sam, thanks for sending the receipts for travel to the interview, we'll reimburse them within two "
     "weeks. On the role itself, I'm afraid we've decided to go with another candidate. Sorry not to bring "
     "better news.",
     None),
    ("Your documents",
     "We've returned your original certificates by recorded post. Regarding the Analyst vacancy, your "
     "application has not been successful.",
     None),
    ("Re: Thursday",
     "Thanks for the book recommendation, I'm halfway through. Re the job - it's not going to work out this "
     "time, they picked someone with more management experience.",
     None),
    ("Re: References",
     "There's no need to send your references now. Having considered all applications we have decided not to "
     "offer you the role.",
     None),
    ("Re: Travel claim",
     "Your travel claim form has been processed. I also have to let you know that we will not be progressing "
     "your application for the Office Manager role.",
     None),
    ("Various",
     "Hi Sam, a few things: 1) your feedback form link is below, 2) the NDA is void, 3) unfortunately we won't "
     "be moving forward with you for the Lead role.",
     None),
    ("Re: laptop return",
     "Got the loaner laptop back, thanks. On the vacancy: we went another way. Best of luck.",
     None),
    # --- odd shapes: passive, verb-first, typos, abbreviations, British, US, formal
    ("Application - Clerk",
     "Regret to advise your application has been unsuccesful.",
     None),
    ("Re: applicaiton",
     "Thnx for applying. we have decidid not to proceed w/ ur application. gl",
     None),
    ("Application",
     "Please be advised that you have not been selected for the position of Grounds Maintenance Operative.",
     None),
    ("Your application",
     "It is with regret that we inform you that your application for the position of Clerical Officer was not "
     "successful.",
     None),
    ("Your application",
     "Being mindful of the high number of applicants, and having weighed each application against the "
     "criteria, the committee was unable to recommend you for appointment.",
     None),
    ("Position of Caretaker",
     "We write to advise that, after consideration, you were not successful in being appointed to the position "
     "of Caretaker.",
     None),
    ("Decision",
     "You have not been chosen for the Apprentice Electrician position. Thank you for applying.",
     None),
    ("Application",
     "Your application for employment has been declined.",
     None),
    ("RE: Application",
     "Regrets - we've offered the post to someone else.",
     None),
    ("Application - Ref 1032",
     "We are sorry to inform you that you were unsuccessful in your application for the Care Worker role at "
     "Maple House.",
     None),
    ("Your application",
     "Unfortunately, we've decided to pursue other applicants whose qualifications better meet our needs.",
     None),
    ("Your application",
     "Despite your strong qualifications, we will be pursuing other candidates for the position.",
     None),
    ("Application",
     "Thank you for your interest in the role. The hiring committee opted for a candidate with a PhD.",
     None),
    ("Re: Internship",
     "Unfortunately we aren't able to offer you an internship this summer - we had over 900 applicants for 12 "
     "spots.",
     None),
    # --- agency and offer-shaped rejections next to the new look-alikes
    ("Update on the Ops Manager role",
     "Hi Sam, unfortunately the client has filled the role through another agency, so we won't be able to take "
     "your application further.",
     "Jo Hartley <jo@peakrecruit.example>"),
    ("Your application",
     "We were very pleased to meet you, and we're delighted you applied; however we have offered the role to "
     "another candidate.",
     None),
    ("Interview outcome",
     "The panel chose another candidate over you by a narrow margin. Thank you for the time you gave us.",
     None),
]

# Look-alikes: each must stay a non-rejection.
NON_REJECTIONS = [
    # --- the same freeze told to staff, no reader's application in it
    ("Q3 hiring plan",
     "Team, a heads-up before the all-hands: we are pausing all open requisitions until the budget review in "
     "October, and will not move forward with new hires until then. Managers, please let your candidates know.",
     None),
    # --- application received / invitations / next steps / offers / process continues
    ("Application received",
     "Thank you for applying for the Data Analyst role. We have received your application and will review it "
     "shortly. You can expect to hear from us within two weeks.",
     None),
    ("Interview invitation",
     "We'd like to invite you to interview for the Product Designer position on Tuesday at 2pm. Please confirm "
     "whether this time works.",
     None),
    ("Next steps",
     "Thanks for your application. You've been shortlisted and the next step is a 30 minute phone screen with "
     "the hiring manager.",
     None),
    ("Offer of employment",
     "We are delighted to offer you the position of Backend Engineer. Please find the contract attached; we "
     "look forward to welcoming you.",
     None),
    ("Online assessment",
     "As the next step in our process, please complete the online assessment within five days.",
     None),
    ("Update on your application",
     "We are still reviewing applications for the Office Manager role and expect to make a decision by the end "
     "of the month. Thanks for your patience.",
     None),
    ("Second interview",
     "Great news - the panel would like to see you again for a second interview. Other candidates are still "
     "being interviewed this week.",
     None),
    ("Re: Interview",
     "Hi Sam, we haven't made a decision yet as we are still meeting candidates. I'll be in touch next week "
     "either way.",
     None),
    ("Reference check",
     "We're moving forward with your application and would like to contact your referees. Could you send two "
     "names?",
     None),
    ("Your application is under review",
     "Your application for Nurse Practitioner is under review. We haven't selected anyone yet.",
     None),
    ("Congratulations!",
     "You've been selected for the final round for the Account Executive role. The other finalists will also "
     "be presenting on Friday.",
     None),
    ("Re: Job offer",
     "We were choosing between you and another candidate and we chose you! Welcome aboard.",
     None),
    # --- reader withdraws / declines; company confirms withdrawal
    ("Withdrawal confirmed",
     "Thank you for letting us know that you wish to withdraw your application for the Analyst role. We have "
     "closed your application as requested and wish you every success in your new position.",
     None),
    ("Re: Offer",
     "We're sorry to hear you've decided to decline our offer, but we understand. We've withdrawn your "
     "application as you asked. Best of luck at your new company.",
     None),
    ("Re: withdrawing my application",
     "Hi Sam, no problem at all, I've removed you from the process for the Designer role. Congrats on the new "
     "job!",
     None),
    ("Your withdrawal",
     "We confirm that your application has been withdrawn at your request and will not be considered further.",
     None),
    ("Re: Interview on Monday",
     "Thanks for letting me know you've accepted another offer. We'll cancel Monday's interview. All the best.",
     None),
    ("Declining the offer",
     "Dear Ms Hart, thank you for the offer of the Project Manager role. After much thought I have decided to "
     "decline, as I have accepted a position elsewhere.",
     None),
    # --- decision about someone else / the reader is the hiring side (another person chosen)
    ("Hiring update - your team",
     "Hi Sam, quick update on the analyst opening in your team: we've chosen another candidate over Priya, as "
     "the panel felt Tom had more SQL experience. Tom starts on the 4th.",
     None),
    ("Interview panel debrief",
     "Thanks for sitting on the panel. We have decided to offer the job to Laura; please don't share this with "
     "the other candidates until HR has informed them.",
     None),
    ("Your referral",
     "Thanks for referring Jamal for the support role. Unfortunately the team decided to go with another "
     "candidate, but we really appreciate the referral and hope you keep sending people our way.",
     None),
    ("Re: candidate feedback",
     "Sam, thanks for interviewing the three candidates yesterday. We've selected the second candidate, so "
     "could you draft the rejections for the other two?",
     None),
    ("Announcement: new Head of Finance",
     "Please join me in welcoming Maya Brooks, who has been chosen as our new Head of Finance after a "
     "competitive process. Maya joins on 1 April.",
     None),
    ("We've hired!",
     "Internal announcement: we have hired Daniel Okafor as our new Data Engineer. He'll be sitting with the "
     "platform team.",
     None),
    ("Promotion news",
     "I'm pleased to share that Rebecca has been selected for the Team Lead position. Congratulations Rebecca!",
     None),
    ("Meeting date",
     "We looked at the options and chose another date for the offsite - it's now 14 May instead of 7 May.",
     None),
    ("Conference venue",
     "The committee selected a different venue for this year's conference because the hotel was fully booked.",
     None),
    ("Employee of the Month",
     "Congratulations to Ravi, who has been chosen as Employee of the Month for March!",
     None),
    ("Award shortlist",
     "The judges have chosen another entry as the winner of the Design Award this year, but your project was "
     "highly commended.",
     None),
    ("Grant decision",
     "The foundation has selected other projects for funding in this round. Your grant application was not "
     "funded.",
     None),
    ("Tender outcome",
     "Thank you for your bid. The contract has been awarded to another supplier who offered a lower price.",
     None),
    ("Team selection",
     "Coach here - we've picked another player for Saturday's match as you missed training. You're on the "
     "bench.",
     None),
    ("Volunteer rota",
     "Thank you for offering to help at the food bank. We've chosen another volunteer for the Saturday slot, "
     "but we'd love you on Wednesday.",
     None),
    ("Re: hiring for my team",
     "Thanks HR. I agree we should go with the other candidate for the QA role and let Sam's friend know.",
     None),
    ("Candidate you interviewed",
     "The candidate you interviewed on Tuesday, Alex, was not selected. Could you write up your notes for the "
     "file?",
     None),
    ("Re: our intern",
     "Our intern Lily didn't get the graduate job at Pemberton - they chose another candidate. Maybe we can "
     "offer her an extension?",
     None),
    ("Your friend's application",
     "Your friend Omar applied for the warehouse role; unfortunately we went with someone else. Thanks for "
     "passing on his details.",
     None),
    ("Recruitment report",
     "Q1 recruitment: 14 roles filled, 3 offers declined, and 212 applicants were rejected at screening.",
     None),
    ("Board election",
     "The members chose another candidate for treasurer. Thank you for standing.",
     None),
    ("Speaker slot",
     "Thanks for offering to speak at the meetup. We've chosen another talk for the April slot but would love "
     "to have you in June.",
     None),
    ("Supplier decision",
     "We've chosen another vendor for the payroll software. Your demo was great but their pricing was better.",
     None),
    ("Freelance proposal",
     "Thanks for your proposal for the website redesign. We've decided to go with another agency for this "
     "project.",
     None),
    ("Quote for flooring",
     "Thank you for the quote. We've gone with another contractor this time.",
     None),
    ("Re: Logo pitch",
     "Thanks for pitching. The client picked another designer's concept. Invoice us for the first round.",
     None),
    # --- not a job: course/school/flat/loan/grant/volunteer
    ("Admission decision",
     "Thank you for applying to the MSc Data Science programme. Unfortunately we are unable to offer you a "
     "place this year.",
     None),
    ("Your rental application",
     "Thank you for viewing the flat on Elm Road. The landlord has chosen another applicant.",
     None),
    ("Loan application",
     "We are unable to approve your loan application at this time based on your credit history.",
     None),
    ("Credit card application",
     "Unfortunately your application for the Platinum card has been declined.",
     None),
    ("School place",
     "We regret that we cannot offer your child a place at Oakfield Primary for September.",
     None),
    ("Volunteer application",
     "Thank you for applying to volunteer at the festival. All volunteer roles have now been filled.",
     None),
    ("Scholarship",
     "We regret to inform you that you have not been selected for the Harper Scholarship this year.",
     None),
    ("Paper submission",
     "We regret to inform you that your paper was not accepted for the conference. Reviews are attached.",
     None),
    ("Membership application",
     "Your application for club membership has not been approved; the waiting list is full.",
     None),
    ("Visa appointment",
     "Your visa application has been refused. You may reapply with additional documents.",
     None),
    ("Allotment",
     "Sorry, no allotment plots are available; you remain on the waiting list.",
     None),
    ("Course waitlist",
     "The evening pottery course is full and we couldn't offer you a place. We have added you to the waitlist.",
     None),
    # --- job alerts, outreach, newsletters
    ("New jobs for you",
     "10 new Data Analyst jobs match your search. Apply now before they're gone!",
     None),
    ("Job alert: Software Engineer",
     "Companies are hiring: Backend Engineer at Lumio, Frontend Developer at Stackfield. Don't miss out.",
     None),
    ("Opportunity",
     "Hi Sam, I came across your profile and think you'd be a great fit for a Senior PM role at a fast-growing "
     "fintech. Open to a chat?",
     None),
    ("Careers newsletter",
     "This month: how to handle rejection after an interview, and why 'we went with another candidate' isn't "
     "personal. Plus five tips for your CV.",
     None),
    ("Blog: rejection emails",
     "Ever been told 'unfortunately we have decided not to move forward'? In this post we look at what "
     "recruiters mean and how to respond.",
     None),
    ("Webinar invite",
     "Join our webinar: Bouncing back after you didn't get the job. Thursday 6pm.",
     None),
    ("Your weekly digest",
     "Your profile was viewed 14 times this week. 3 recruiters searched for skills like yours.",
     None),
    ("Recruiter intro",
     "We're hiring a Head of Ops. Our previous hire moved on, so the position is open again. Interested?",
     None),
    # --- ordinary work mail that mentions choices
    ("Re: design review",
     "We went with option B for the homepage, option A felt too busy.",
     None),
    ("Sprint planning",
     "We decided not to move forward with the caching ticket this sprint; it's deprioritised.",
     None),
    ("Re: proposal",
     "The board chose another direction for the campaign. Let's regroup Monday.",
     None),
    ("Office move",
     "The landlord picked another tenant for the third floor, so we're staying where we are.",
     None),
    ("Re: restaurant booking",
     "They were full so I chose another place - Luigi's at 7.",
     None),
    ("Feature request",
     "Thank you for your suggestion. We will not be implementing this feature at this time.",
     None),
    ("Holiday request",
     "Your holiday request for 12-16 August has been declined due to staffing levels.",
     None),
    ("Expense claim",
     "Your expense claim was rejected: receipts missing.",
     None),
    ("Transfer request",
     "Your request to transfer to the Leeds office has not been approved this quarter.",
     None),
    # --- reader's own text / forwards that are not a rejection of the reader
    ("Withdrawing my application",
     "Dear Anna, I have accepted another offer and would like to withdraw my application for the Project "
     "Manager role. Thank you for your time.",
     None),
    ("Re: Offer",
     "Thank you so much for the offer. After careful consideration I've decided not to move forward, as I've "
     "accepted a role closer to home.",
     None),
    ("Still interested",
     "Hi, I applied for the Analyst role last month and haven't heard back. Is the position still open?",
     None),
    ("Re: feedback on rejection",
     "Thanks for the feedback you gave after my interview last month. I've been working on it and would love "
     "to be considered for the new opening.",
     None),
    ("Rejection letter template",
     "Hi Sam, attached is the updated rejection letter template for unsuccessful candidates, please use it "
     "from Monday.",
     None),
    ("Re: Hiring for Ops",
     "We've made our decision on the Ops hire: we're offering it to Kate. Can you sort the onboarding?",
     None),
    ("Your nomination",
     "Thank you for nominating Grace for the leadership programme. The panel selected other nominees this year.",
     None),
    ("Sports trial",
     "Thanks for attending the trial. You have not been selected for the county squad this season.",
     None),
    ("Choir audition",
     "Thank you for auditioning. We've chosen another soprano for the solo, but we'd love to have you in the "
     "chorus.",
     None),
    # --- "another person was chosen" said where the reader is not the one turned down
    ("Debrief",
     "As discussed in the debrief, we went with the other finalist for the analyst job. Thanks for your input "
     "on the panel, it really helped.",
     None),
    ("Promotion round",
     "The leadership team selected another colleague for the senior role this round, so Jess stays in her "
     "current position. Can you let her know gently?",
     None),
    ("Design awards",
     "The jury picked another entrant for the gold award. Your studio's work will still be shown in the "
     "exhibition.",
     None),
    ("Funding round",
     "The committee selected other applicants for this year's innovation fund; the next round opens in May.",
     None),
    ("Council tender",
     "The council chose another bidder for the catering contract at the civic centre.",
     None),
    ("Saturday squad",
     "Coach picked another player as goalkeeper for Saturday, you're sub.",
     None),
    ("Festival volunteers",
     "We've selected other volunteers for the stewarding team this year. Thanks for offering!",
     None),
    ("New CFO",
     "After a long search we have hired a new CFO, Anita Shah, who joins in June. Please make her welcome.",
     None),
    ("Re: nanny",
     "We went with the other nanny candidate in the end, she can do Fridays. I told Maria this morning.",
     None),
    ("Re: my brother",
     "My brother didn't get the job at the bank, they went with another candidate. He's pretty down about it.",
     None),
    ("Selection meeting",
     "The party selected another candidate for the ward election. Thanks for putting your name forward.",
     None),
    ("Casting",
     "The director chose another actor for the part of Tom. We hope to see you at future castings.",
     None),
    ("Your adoption enquiry",
     "The rescue chose another family for Biscuit, who has a garden. Please do look at our other dogs.",
     None),
    ("Programme committee",
     "The programme committee selected other speakers for the keynote slots, though your talk is on the "
     "reserve list.",
     None),
    ("Re: Priya",
     "Thanks for interviewing Priya yesterday. We've gone with another candidate, so no need to write up your "
     "notes.",
     None),
    ("Client update",
     "Our client chose another candidate from a different agency for the contract role we put Jon forward for. "
     "Can you call Jon?",
     None),
    ("Team lead vacancy",
     "We've decided to hire an external candidate for the team lead role rather than promote from within; I'll "
     "announce it Monday to the whole team.",
     None),
    ("Re: Hiring update",
     "Great news, we have hired another developer for your squad! Ali starts Monday and will report to you.",
     None),
    ("Mentoring scheme",
     "The scheme paired you with another mentor, as Chris was fully booked. Your first session is on Tuesday.",
     None),
    ("Interview panel",
     "We've replaced you on Thursday's panel with another interviewer as you're on leave. No action needed.",
     None),
    ("Re: shortlist",
     "From your shortlist the client chose another candidate than the one you ranked first. Invoice to follow.",
     None),
    ("Newsletter: hiring stories",
     "In this issue: how one start-up chose another candidate over the obvious hire, and why it paid off.",
     None),
    ("Re: the sublet",
     "The landlord chose another applicant for the room, someone who could move in sooner.",
     None),
    ("Re: PTA",
     "The committee chose another parent as treasurer, but they'd love you to run the bake sale.",
     None),
    ("Our decision on the contractor",
     "We picked another candidate firm for the audit; your quote was a close second.",
     None),
    ("Re: Jamie's interview",
     "Jamie said they preferred another candidate for the apprenticeship. Shall we help him with the next one?",
     None),
    ("Captaincy",
     "The squad voted and chose another player as captain this season.",
     None),
    ("Re: offer for Ben",
     "Ben turned us down, so we're offering the job to another candidate from the shortlist. Can you prep the "
     "contract?",
     None),
    ("Re: cover for maternity leave",
     "We've hired another person to cover Emma's maternity leave; she starts in two weeks. Please sort her "
     "laptop.",
     None),
    ("Re: Your application for the grant",
     "Thank you for your application. The panel selected other candidates for the fellowship grant this year.",
     None),
    # --- invitations and process mail that name other people (the loose "chose ... other people" shape)
    ("Interview on Tuesday",
     "Looking forward to Tuesday. We've decided to add another colleague to the interview panel, Sarah from "
     "Finance, so it will be three of us.",
     None),
    ("Your interview",
     "Just a heads-up: Mark is off sick, so we've selected another interviewer for your technical round. Same "
     "time, same place.",
     None),
    ("Final round",
     "For the final round we have chosen a different person to run the case study: our COO, Jane. You'll also "
     "meet other team members over lunch.",
     None),
    ("Onsite schedule",
     "You'll be meeting with four people; we went with other colleagues from the data team for the afternoon "
     "session, as Paul is travelling.",
     None),
    ("Your offer",
     "Welcome aboard! We hired two other people this month who will start with you on the induction course.",
     None),
    ("Assessment day",
     "On the assessment day you'll work in a group with other candidates. We picked other candidates with "
     "similar experience so the exercise is fair.",
     None),
    ("Reference",
     "Thanks for the reference. We've decided to contact another referee as well, your former manager at "
     "Lumio. We'll be in touch about next steps.",
     None),
    ("Interview rescheduled",
     "We chose another date for your interview as the panel is away: Thursday 10am instead. Does that work?",
     None),
    ("Team lunch",
     "We're taking the new hires to lunch Friday, and we invited other colleagues from sales too. Join us "
     "before your interview!",
     None),
    ("Next steps",
     "You're through to the next stage! We're also moving other candidates forward, so the final panel will be "
     "next week.",
     None),
    ("Hiring update",
     "We've identified another candidate for the second role, so both positions on the team will be filled, "
     "yours included. Contract to follow.",
     None),
    ("Re: application",
     "Thanks Sam. The role has changed slightly: we've appointed another person as team lead, and you'd report "
     "to her. Still interested? Let's talk.",
     None),
    # --- look-alikes of the sweep layer's new shapes
    ("Re: Berlin and London",
     "We've hired another designer for the vacancy in Leeds, and you're still our first choice for London. Can "
     "we meet next week?",
     None),
    ("The role is open again",
     "Last year we hired a different analyst for the role, but she has moved on, so the position is open "
     "again. Would you like to apply?",
     None),
    ("Update on the role",
     "The role won't be going ahead as advertised; it is now a senior role with a higher salary. Are you still "
     "interested?",
     None),
    ("ID check",
     "Please note you cannot continue in the selection process without uploading a copy of your passport.",
     None),
    ("Re: dates",
     "Which date suits you for the interview? Not this one, but Thursday works for the panel.",
     None),
    ("Re: the building work",
     "The builders said they're not going to proceed until the permit comes through. The office move is "
     "delayed.",
     None),
    ("Staff update",
     "Following the budget review we are freezing hiring for the rest of the quarter; managers should not open "
     "new roles until April.",
     None),
    ("Status corrected",
     "Apologies - our system marked your application as unsuccessful by mistake. You are still in the process "
     "and we'll call you on Monday.",
     None),
    ("Re: referral bonus",
     "We've hired another developer for the platform opening - your referral Tom! The referral bonus will be "
     "paid next month.",
     None),
    ("Project staffing",
     "We decided to go with another contractor for the migration project; the permanent role is still yours if "
     "you want it.",
     None),
    ("Re: recruitment for the shop",
     "We ended up hiring someone with more barista experience for the weekend shifts, so you're on weekdays as "
     "agreed. See you Monday!",
     None),
    ("Re: offer",
     "The position has been taken off the website now that you've accepted. Welcome aboard!",
     None),
    # --- more shapes of another person chosen, the reader not the one turned down
    ("Training day",
     "We've engaged another individual to deliver the first-aid training on Friday, so you don't need to "
     "prepare anything.",
     None),
    ("All-hands",
     "They picked another colleague to present at the all-hands, so you can relax this month.",
     None),
    ("Your onboarding",
     "HR has appointed another colleague as your onboarding buddy, since Maya is on holiday during your first "
     "week.",
     None),
    ("Second interview",
     "For the second interview we've identified other team members you'll meet: Dan from product and Lee from "
     "design.",
     None),
    ("Re: night shift",
     "Thanks for offering to cover. We went with another colleague for the night shift, but we'll keep you in "
     "mind.",
     None),
    ("Interview times",
     "We moved other candidates' interviews to next week; yours stays on Monday at 10.",
     None),
    ("Logo competition",
     "The judges selected another applicant's design for the logo competition. Thanks for entering!",
     None),
    ("Re: reference for Tom",
     "Thanks for the reference you wrote for Tom. The company chose another candidate in the end, sadly, but "
     "he's got two more interviews lined up.",
     None),
    ("Photography quote",
     "We settled on a different photographer for the wedding; thank you for the quick reply.",
     None),
    ("Speakers",
     "We recommended another colleague for the speaking slot at the careers fair. Hope that's fine with you.",
     None),
    ("Re: mentoring",
     "Our team identified other people who could mentor you during the first months in the job.",
     None),
    ("Interview panel change",
     "Please note we have chosen a different interviewer for your final round, as Raj is unwell. Everything "
     "else stays the same.",
     None),
    ("Re: hiring for the cafe",
     "We took on two other people for the summer rush, and you start on the 3rd as planned. Welcome!",
     None),
    ("Re: Internal secondment",
     "The secondment went to another colleague in the Leeds office; Jess asked me to tell her team.",
     None),
    ("Re: candidate for your team",
     "We went with the other finalist for the analyst role on your team; she starts on 1 June.",
     None),
    # --- a panel's or a board's vote told to one of its members
    ("Clerk appointment - minutes",
     "Following the vote at Tuesday's meeting, the council chose another applicant for the clerk role. Draft "
     "minutes are attached for your comments.",
     None),
    ("Selection panel outcome",
     "Thank you for serving on the selection panel. The panel went with another candidate, Ms Okoye, who will "
     "start in May.",
     None),
    ("Governors' meeting",
     "The governors decided to offer the deputy head post to another candidate after the second round. Please "
     "keep this confidential until Friday.",
     None),
    ("Re: our vote",
     "In the end the committee picked the other applicant by four votes to three. Thanks for coming to the "
     "meeting.",
     None),
    ("Board note",
     "For your records as a trustee: the board selected a different candidate for the director role at last "
     "night's meeting.",
     None),
    # --- offers, invitations and announcements that mention the other candidates
    ("Offer - Product Analyst",
     "Congratulations! After a close contest we picked you over two other finalists, and we'd love you to "
     "start on 1 May.",
     None),
    ("Final round",
     "We've selected you and two other candidates for the final round on Thursday. Please bring a short "
     "presentation.",
     None),
    ("Welcome Ana",
     "We're pleased to welcome Ana to the finance team; she was selected from over 200 other applicants for "
     "the analyst role.",
     None),
    ("Announcement",
     "I'm delighted to announce that after a competitive process we've appointed an internal candidate, Maria "
     "Lopez, as our new Head of Operations.",
     None),
    ("Client feedback on your candidate",
     "The client went with another candidate from a different agency for the CTO role. Your candidate was a "
     "close second; no fee is due.",
     None),
    ("Conference",
     "We've chosen another colleague to represent the team at the conference in Lisbon, so you can stay on the "
     "launch.",
     None),
    ("Career tips",
     "Hiring managers often go with internal candidates when budgets are tight. Here's how to stand out in "
     "your next application.",
     None),
    ("Your new role",
     "You were chosen ahead of several other strong applicants for the coordinator position. Welcome!",
     None),
    ("Reference request",
     "Sam has applied for our analyst role and we're deciding between Sam and another candidate. Could you "
     "send a short reference by Friday?",
     None),
    ("Promotion",
     "Well done - the panel recommended you over other colleagues for the team lead post, starting next month.",
     None),
    # --- a trader's or a stallholder's application, no job
    ("Craft fair 2027",
     "Thank you for applying. Your stall application for the spring craft fair was not successful this year, "
     "as we had twice as many traders as pitches.",
     None),
    # --- news and generic statements about hiring (no decision on the reader)
    ("Business briefing",
     "Acme picked an internal candidate as its new chief executive, ending a six-month search, the company "
     "said on Tuesday.",
     None),
    ("Podcast: hiring myths",
     "Why do hiring managers prefer internal candidates? This week's episode looks at promotion data from 400 "
     "firms.",
     None),
    ("Survey results",
     "In our survey, 62% of employers said they chose other applicants because of weak cover letters. Download "
     "the full report.",
     None),
    ("Webinar recap",
     "Our panel explained why companies go with internal people for senior posts, and how external applicants "
     "can compete.",
     None),
    ("Re: Dinner",
     "Mum says the church picked another person to run the flower rota, so she's free on Sundays now!",
     None),
]

# Forwards that carry a rejection of the reader.
FORWARDED_REJECTIONS = [
    # --- the reader forwards it to their own address
    ("FW: Project Manager role",
     "fyi - didn't get it\n\nFrom: Anna Bell <anna.bell@tideway.example>\nSent: 12 February 2026 09:31\nTo: "
     "Sam Rivera\nSubject: Project Manager role\n\nHi Sam,\nI'm sorry to say the panel chose another candidate "
     "for the Project Manager role. Thanks for all your time.\nAnna",
     "Sam Rivera <sam.rivera@example.net>", "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Update",
     "Saving this for my records.\n\nBegin forwarded message:\n\nFrom: Hiring <hiring@lumen.example>\nSubject: "
     "Update\nDate: 4 March 2026 at 11:02:13 GMT\nTo: Sam Rivera <sam.rivera@example.net>\n\nHi Sam, we've "
     "decided not to proceed with your application for the UX Researcher position. We wish you luck.",
     "Sam Rivera <sam.rivera@example.net>", "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Interview outcome",
     "Forwarding so it's in my job-search folder.\n\n-------- Forwarded Message --------\nSubject: Interview "
     "outcome\nDate: Thu, 5 Mar 2026 14:22:01 +0000\nFrom: People Team <people@quarry.example>\nTo: Sam Rivera "
     "<sam.rivera@example.net>\n\nDear Sam, following your interview we are sorry to let you know we will not "
     "be offering you the position.",
     "Sam Rivera <sam.rivera@example.net>", "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Application status",
     "note to self: follow up in 6 months\n\nBegin forwarded message:\n\n> From: Careers "
     "<careers@ardent.example>\n> Date: 10 March 2026\n> Subject: Application status\n>\n> Dear Sam, the "
     "Operations Analyst position has been filled. We will keep your CV on file.",
     "Sam Rivera <sam.rivera@example.net>", "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Re: Your application for Teacher",
     "Forwarding to my personal address.\n\n---------- Forwarded message ---------\nFrom: Head Teacher "
     "<head@stmarys.example>\nDate: Thu, 12 Mar 2026\nSubject: Re: Your application for Teacher\nTo: Sam "
     "Rivera <sam.rivera@example.net>\n\nDear Sam, thank you for your application. I am sorry to tell you that "
     "we will not be inviting you to interview on this occasion.",
     "Sam Rivera <sam.rivera@example.net>", "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Update on your application",
     "Another no. Adding to the spreadsheet.\n\n-----Original Message-----\nFrom: Talent "
     "<talent@aldergrove.example>\nTo: sam.rivera@example.net\nSubject: Update on your application\n\nHi Sam, "
     "unfortunately you have not been selected for the next stage of the Graduate Programme.",
     "Sam Rivera <sam.rivera@example.net>", "Sam Rivera <sam.rivera@example.net>"),
    # --- the hiring side or an agency sends it on again, in each mail client's forward shape
    ("Fwd: Your application for Technical Writer",
     "Hi Sam, resending the note below as it seems to have bounced from our old system. Apologies if you "
     "already had it.\n\nBegin forwarded message:\n\nFrom: Helen Cart <helen@pellharrow.example>\nSubject: "
     "Your application for Technical Writer\nDate: 13 March 2026 at 09:14:00 GMT\nTo: Sam Rivera "
     "<sam.rivera@example.net>\n\nDear Sam,\n\nThank you for your application for the Technical Writer "
     "position. I'm sorry to let you know that we won't be inviting you to interview.\n\nHelen",
     "Helen Cart <helen@pellharrow.example>", "Sam Rivera <sam.rivera@example.net>"),
    ("FW: Outcome - Data Engineer",
     "Sam, see below from the client. Sorry it's not better news - let's talk tomorrow about the other two "
     "roles.\n\nFrom: Ravi Patel <ravi@clientco.example>\nSent: Wednesday, March 11, 2026 3:02 PM\nTo: Olly "
     "Grant <olly@searchco.example>\nSubject: Outcome - Data Engineer\n\nHi Olly, thanks for putting Sam "
     "forward. We've decided not to progress Sam to the final stage; we need more streaming experience.\n\nRavi",
     "Olly Grant <olly@searchco.example>", "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Regarding your application",
     "Sam - forwarding this as my colleague sent it to your old address.\n\n> Begin forwarded message:\n>\n> "
     "From: Careers <careers@lumen.example>\n> Subject: Regarding your application\n> To: "
     "sam.old@oldmail.example\n>\n> Dear Sam, we regret that your application for Support Analyst has not been "
     "successful on this occasion.",
     "Nina Shaw <nina@lumen.example>", "Sam Rivera <sam.rivera@example.net>"),
    ("FW: Application",
     "Resending in case this got lost - sorry for the duplicate.\n\n-----Original Message-----\nFrom: "
     "Recruitment <recruitment@hallmark.example>\nSent: 2 March 2026 16:10\nTo: Sam Rivera "
     "<sam.rivera@example.net>\nSubject: Application\n\nDear Sam, thank you for applying for the Office "
     "Manager role. We have chosen to proceed with other applicants.",
     "Recruitment <recruitment@hallmark.example>", "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Your candidacy",
     "Hi Sam,\n\nPassing on the hiring manager's reply below. Sorry!\n\n---------- Forwarded message "
     "---------\nFrom: Tara Bloom <tara@velto.example>\nDate: Fri, 13 Mar 2026\nSubject: Your candidacy\nTo: "
     "Kai Devlin <kai@devhire.example>\n\nHi Kai, we've reviewed Sam's CV and won't be taking Sam forward for "
     "the DevOps role - not enough Kubernetes depth.\nTara",
     "Kai Devlin <kai@devhire.example>", "Sam Rivera <sam.rivera@example.net>"),
    ("Your application for Technical Writer",
     "Hi Sam, resending the note below in case it went to spam - it bounced from our old system.\n\nHelen\n\n"
     "From: Helen Cart <helen@pellharrow.example>\nSent: Thursday, March 12, 2026 9:14 AM\nTo: Sam Rivera "
     "<sam.rivera@example.net>\nSubject: Your application for Technical Writer\n\nDear Sam,\nThank you for "
     "your application. We have completed our shortlisting and I'm sorry to let you know that we won't be "
     "inviting you to interview.\nHelen",
     "Helen Cart <helen@pellharrow.example>", "Sam Rivera <sam.rivera@example.net>"),
    ("Your application - Analyst",
     "Sam, forwarding this again as you said it never arrived.\n\n-----Original Message-----\nFrom: Talent "
     "<talent@aldergrove.example>\nSent: 2 March 2026 10:00\nTo: sam.rivera@example.net\nSubject: Your "
     "application - Analyst\n\nDear Sam, unfortunately your application for the Analyst role has not been "
     "successful.",
     "Talent <talent@aldergrove.example>", "Sam Rivera <sam.rivera@example.net>"),
    # --- the reader forwards it from one address of their own to another
    ("Fwd: Your application",
     "for the folder\n\n---------- Forwarded message ---------\nFrom: Careers <careers@tideway.example>\nDate: "
     "Mon, 16 Mar 2026\nSubject: Your application\nTo: Sam Rivera <sam@corpmail.example>\n\nDear Sam, thank "
     "you for applying for the Planner role. I'm afraid we will not be taking your application further.",
     "Sam Rivera <sam@corpmail.example>", "sam.rivera@homemail.example"),
    ("Fwd: Outcome",
     "keep\n\nBegin forwarded message:\n\nFrom: HR <hr@quarry.example>\nSubject: Outcome\nDate: 17 March 2026 "
     "at 10:00:00 GMT\nTo: sam.rivera@example.net\n\nDear Sam, we have decided to appoint another candidate to "
     "the Surveyor post.",
     "sam.rivera@example.net", "Sam Rivera <rivera.sam@phonemail.example>"),
]

# Forwards and quotes that are no rejection of the reader.
FORWARDED_NON_REJECTIONS = [
    # --- the one turned down forwards it to someone else (coach, partner, parent): their news
    ("Fwd: Your application - Data Analyst",
     "Ugh, another one. Can you have a look at this before our call Thursday?\n\n---------- Forwarded message "
     "---------\nFrom: Talent Team <talent@corvid.example>\nDate: Tue, 3 Mar 2026 at 10:12\nSubject: Your "
     "application - Data Analyst\nTo: Sam Rivera <sam.rivera@example.net>\n\nDear Sam,\n\nThank you for your "
     "interest in the Data Analyst position at Corvid. After careful consideration, we have decided to move "
     "forward with other candidates whose experience more closely matches our requirements.\n\nBest regards,\n"
     "Corvid Talent Team",
     "Sam Rivera <sam.rivera@example.net>", "Jo Mensah <jo@careerscoach.example>"),
    ("FW: Application Outcome",
     "For our session next week - this is the one I was most hopeful about.\n\n-----Original Message-----\n"
     "From: Recruitment <recruitment@hallmark.example>\nSent: Monday, March 2, 2026 4:10 PM\nTo: Sam Rivera "
     "<sam.rivera@example.net>\nSubject: Application Outcome\n\nDear Sam,\nThank you for attending the "
     "interview. We regret to inform you that on this occasion you have not been successful.\nKind regards\n"
     "Recruitment Team",
     "Sam Rivera <sam.rivera@example.net>", "Jo Mensah <jo@careerscoach.example>"),
    ("Fwd: decision",
     "Hey love, see below. Oh well. Pizza tonight?\n\n> From: Jenna Cole <jenna@brightwave.example>\n> "
     "Subject: decision\n>\n> Hi Sam, thanks for coming in. Unfortunately we've decided to go with a candidate "
     "who has more agency experience.\n> Jenna",
     "Sam Rivera <sam.rivera@example.net>", "Alex Rivera <alex.r@homemail.example>"),
    ("Fwd: Your application",
     "Coach - here's the latest rejection, what do you make of the feedback?\n\n---------- Forwarded message "
     "---------\nFrom: no-reply@ats.example\nDate: Wed, 4 Mar 2026\nSubject: Your application\nTo: "
     "sam.rivera@example.net\n\nThank you for applying for Finance Assistant. We have reviewed your "
     "application and unfortunately will not be progressing it further.",
     "Sam Rivera <sam.rivera@example.net>", "Jo Mensah <jo@careerscoach.example>"),
    ("FW: Thank you for applying",
     "Dad - this is the one from the council. Not to be.\n\n________________________________\nFrom: HR "
     "Services <hr@council.example>\nSent: Friday, 6 March 2026 08:00\nTo: Sam Rivera "
     "<sam.rivera@example.net>\nSubject: Thank you for applying\n\nDear Sam, I regret to inform you that you "
     "have not been shortlisted for the post of Planning Officer.",
     "Sam Rivera <sam.rivera@example.net>", "Dan Rivera <dan.rivera@homemail.example>"),
    ("Fwd: Backend role",
     "What do you think, should I ask them for feedback?\n\n---------- Forwarded message ---------\nFrom: Leo "
     "Park <leo@stackfield.example>\nDate: Mon, 9 Mar 2026 at 17:40\nSubject: Backend role\nTo: Sam "
     "<sam.rivera@example.net>\n\nHey Sam, thanks for the chat last week. We've decided to move ahead with "
     "someone else for the backend role. Happy to give feedback if useful.\n\nLeo",
     "Sam Rivera <sam.rivera@example.net>", "Priya Shah <priya.s@homemail.example>"),
    ("FW: Your candidacy",
     "Hi Maria, as discussed, here is the email from Nexa. I'd value your view on how to respond.\n\nThanks, "
     "Sam\n\nFrom: Nexa Recruiting <recruiting@nexa.example>\nSent: Tuesday, March 10, 2026 10:15 AM\nTo: Sam "
     "Rivera <sam.rivera@example.net>\nSubject: Your candidacy\n\nDear Sam, after careful consideration we "
     "have decided not to move forward with your candidacy for the Solutions Engineer position.",
     "Sam Rivera <sam.rivera@example.net>", "Maria Lopez <maria@mentors.example>"),
    ("Fwd: feedback",
     "As promised, the feedback from the recruiter. Thoughts?\n\n---------- Forwarded message ---------\nFrom: "
     "Dan Wells <dan@wellsrecruit.example>\nSubject: feedback\nTo: Sam Rivera <sam.rivera@example.net>\n\nHi "
     "Sam, the client has decided not to progress with you for the Head of Sales role - they want someone with "
     "more team leadership.",
     "Sam Rivera <sam.rivera@example.net>", "Jo Mensah <jo@careerscoach.example>"),
    # --- reader's own text / forwards that are not a rejection of the reader
    ("Fwd: Interview invitation",
     "Look, I got an interview!\n\n---------- Forwarded message ---------\nFrom: Talent "
     "<talent@corvid.example>\nSubject: Interview invitation\nTo: Sam Rivera <sam.rivera@example.net>\n\nDear "
     "Sam, we'd like to invite you to interview for the Data Analyst position next Wednesday.",
     None, "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Offer",
     "We did it!!\n\n-----Original Message-----\nFrom: HR <hr@tideway.example>\nSent: Monday, March 2, 2026\n"
     "To: Sam Rivera\nSubject: Offer\n\nWe are delighted to offer you the role of Project Manager.",
     None, "Sam Rivera <sam.rivera@example.net>"),
    ("FW: candidate rejection draft",
     "Sam, can you check this before I send it to the candidate?\n\nFrom: Recruiting "
     "<recruiting@ourco.example>\nSent: Tuesday, 3 March 2026\nTo: Lee Morgan\nSubject: Draft\n\nDear Jordan, "
     "thank you for interviewing. Unfortunately we have decided to move forward with another candidate.",
     None, "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: my sister's rejection",
     "Sam, my sister got this - does it read like a standard template to you?\n\n---------- Forwarded message "
     "---------\nFrom: People <people@quarry.example>\nTo: Nina Patel <nina.patel@mail.example>\nSubject: Your "
     "application\n\nDear Nina, we regret to inform you that you have not been selected for the Accountant "
     "role.",
     None, "Sam Rivera <sam.rivera@example.net>"),
    ("Fwd: Application received",
     "fyi they got it\n\nBegin forwarded message:\n\nFrom: Careers <careers@ardent.example>\nSubject: "
     "Application received\n\nThanks for applying for Operations Analyst. We'll be in touch.",
     None, "Sam Rivera <sam.rivera@example.net>"),
    ("Re: Your application",
     "Thanks for the update - I completely understand. Would you be open to giving me some feedback on my "
     "interview?\n\n> On Mon, Anna Bell wrote:\n> Thanks for your time, we are still reviewing candidates and "
     "will come back to you soon.",
     None, "Sam Rivera <sam.rivera@example.net>"),
    # --- a letter quoted below a reply, or sent on to a friend under its own subject (Outlook block)
    ("Your application",
     "Hi Sam, thanks for your note below - we haven't made any decision yet and will be in touch next week.\n\n"
     "From: Sam Rivera <sam.rivera@example.net>\nSent: Monday, March 9, 2026 8:00 AM\nTo: Helen Cart "
     "<helen@pellharrow.example>\nSubject: Your application\n\nHi Helen, any news on my application? I heard "
     "you may have chosen another candidate.",
     "Helen Cart <helen@pellharrow.example>", "Sam Rivera <sam.rivera@example.net>"),
    ("Your application to Corvid",
     "Forwarding the one I told you about, what would you do?\n\nFrom: Talent <talent@corvid.example>\nSent: 3 "
     "March 2026\nTo: Sam Rivera <sam.rivera@example.net>\nSubject: Your application\n\nDear Sam, we have "
     "decided to move forward with other candidates.",
     "Sam Rivera <sam.rivera@example.net>", "Jo Mensah <jo@careerscoach.example>"),
]


@pytest.mark.parametrize(("subject", "body", "sender"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep_en_rejection_found(subject: str, body: str, sender: str | None) -> None:
    assert found(letter(subject, body, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep_en_look_alike_is_no_rejection(subject: str, body: str, sender: str | None) -> None:
    assert not found(letter(subject, body, sender, sign="Cheers,\nAlex"))


@pytest.mark.parametrize(("subject", "text", "sender", "to"), FORWARDED_REJECTIONS, ids=ids(FORWARDED_REJECTIONS))
def test_sweep_en_forwarded_rejection_found(subject: str, text: str, sender: str | None, to: str) -> None:
    assert found(raw(subject, text, sender, to))


@pytest.mark.parametrize(("subject", "text", "sender", "to"), FORWARDED_NON_REJECTIONS,
                         ids=ids(FORWARDED_NON_REJECTIONS))
def test_sweep_en_forwarded_look_alike_is_no_rejection(subject: str, text: str, sender: str | None,
                                                       to: str) -> None:
    assert not found(raw(subject, text, sender, to))
