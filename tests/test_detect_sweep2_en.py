"""Second English sweep: rejections from writers, regions, sectors and platforms the first sweep did not have (Indian,
West African, Australian, Irish, US campus and civil-service registers; hospitality, trades, academia, law, health;
ATS relays, agencies, two-line replies, decisions buried after other business), and, above all, look-alikes where
SOMEONE ELSE was chosen, hired, selected or preferred and the mail is no rejection of the reader: the reader hires,
interviews or referred the person; a colleague's, a friend's or a team's news; an internal announcement; an election,
an award, a tender, a supplier, a venue, a speaker slot, a volunteer role, a sports team, a board seat; another role
went to someone while the reader's own process goes on; job alerts and newsletters.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from labelled import found, ids

KIM = "Kim Okafor <kim.okafor@example.org>"
SAM = "Sam Rivera <sam.rivera@example.net>"
BOARD = "Jobs via Hireline <noreply@hireline.example>"
AGENCY = "Priya Nair <priya@brightpath-recruit.example>"
HR = "People Team <people@northwind.example>"


def letter(subject: str, body: str, sender: str | None, sign: str = "Best,\nKim") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender or KIM, SAM, subject
    msg.set_content(f"Hi Sam,\n\n{body}\n\n{sign}")
    return bytes(msg)


# Rejections in registers and shapes the first sweep did not have: each must be found.
REJECTIONS = [
    # --- Indian and South Asian office English ("kindly note", "candidature", "shortlisted")
    ("Regarding your candidature", "Kindly note that your candidature for the post of Accounts Executive has not "
     "been shortlisted for the further rounds. We wish you all the best for your future endeavours.", HR),
    ("Interview result", "This is to inform you that based on the interview held on 12th, you have not been found "
     "suitable for the role of Sales Officer. Thanking you.", HR),
    ("Application status", "We regret to inform that the panel has not recommended your profile for the next level "
     "of the selection process for Junior Engineer.", HR),
    ("Re: Job application", "Dear Candidate, with reference to your application we are sorry to say that we will "
     "not be able to take it forward at this point of time. Regards, HR Dept.", HR),
    # --- West African office English
    ("Outcome of interview", "Following your interview for the position of Credit Analyst, we regret to inform you "
     "that you were not successful. We thank you for your interest in our bank.", HR),
    ("Recruitment exercise", "Sequel to the recent recruitment exercise, management regrets that your application "
     "could not be considered favourably at this time.", HR),
    # --- Australian and NZ informal
    ("Re: barista job", "Thanks heaps for coming in for the trial shift. We've decided to go with someone who can "
     "do weekday mornings, so it's a no from us this time. All the best mate.", None),
    ("Warehouse role", "Cheers for applying. Unfortunately you haven't made it through to the next stage for the "
     "warehouse role. Good luck with the search.", None),
    ("Apprenticeship", "Sorry Sam, the apprenticeship has been given to another applicant. Keep at it, you'll get "
     "there.", None),
    # --- Irish and UK informal
    ("Re: the kitchen porter job", "Sorry for the delay getting back. We've filled the KP job now, so I won't need "
     "you in for a trial. Best of luck.", None),
    ("Re: shop assistant", "Just to let you know we won't be taking you on for the Christmas temp job. Thanks for "
     "popping in with your CV though.", None),
    # --- US campus and internship
    ("Summer Analyst Program update", "Thank you for your interest in our Summer Analyst Program. After careful "
     "consideration of a highly competitive pool, we are unable to offer you a position in this year's class.",
     "Campus Recruiting <campus@ridgeway.example>"),
    ("Your internship application", "We received an overwhelming number of applications this cycle and, "
     "unfortunately, we won't be moving you forward to the first-round interviews.",
     "University Recruiting <intern@ridgeway.example>"),
    # --- US/UK civil service and public sector
    ("Sift outcome", "Your application for the Policy Adviser vacancy has been sifted and unfortunately did not "
     "meet the required standard to progress to interview.", "Recruitment Team <recruit@civilservice.example>"),
    ("Notice of non-selection", "This notice is to inform you that you were not selected for the Program Analyst "
     "position, announcement number 24-117. Thank you for your interest in federal employment.",
     "USAHire <noreply@usahire.example>"),
    ("Eligibility determination", "Based on your responses to the assessment questionnaire, you were rated "
     "ineligible for this vacancy and your application will not be referred to the hiring manager.",
     "USAHire <noreply@usahire.example>"),
    # --- academia (search committee, shortlists, fellowships as jobs)
    ("Assistant Professor search", "The search committee has completed its review of applications for the "
     "Assistant Professor position. I am sorry to tell you that your application is no longer under active "
     "consideration.", "Chair, Search Committee <search@univ.example>"),
    ("Postdoc position", "Thank you for applying to the postdoc in my group. I have now offered the position to "
     "a candidate whose background in microscopy is a closer fit to the project.", None),
    ("Lecturer in History", "The interview panel met on Friday and regret to inform you that on this occasion "
     "you have not been successful.", "HR Services <hr@univ.example>"),
    # --- law, health, trades, hospitality, retail
    ("Training contract application", "We were impressed by your application; however, we will not be "
     "progressing it to the assessment centre stage this year.", "Graduate Recruitment <grad@lawfirm.example>"),
    ("Staff Nurse - Ward 7", "Thank you for attending interview. Unfortunately you were unsuccessful on this "
     "occasion. Feedback can be requested from the recruiting manager.", "NHS Jobs <noreply@nhsjobs.example>"),
    ("Electrician vacancy", "Hi mate, thanks for sending your details over. We've taken on a qualified spark "
     "already so there's nothing going for now.", None),
    ("Front of house", "Thank you for your interest in joining the team at Olive & Ash. We have now filled all "
     "our front of house positions for the season.", None),
    ("Store Associate", "Thanks for applying to be a Store Associate. We've reviewed your application and "
     "decided not to move forward at this time.", "Hiring <hiring@shopmart.example>"),
    # --- ATS and platform relays
    ("An update from Brightleaf", "Hi Sam,\nBrightleaf has reviewed your application for Customer Success "
     "Manager and decided not to proceed.\nYou can keep browsing similar jobs on Hireline.", BOARD),
    ("Application update: Product Designer", "The hiring team at Kestrel has moved on with other applicants for "
     "the Product Designer role. This doesn't reflect on your value as a designer.", BOARD),
    ("Your application was viewed", "Your application to Data Analyst at Fennwick was viewed by the employer. "
     "Status: Not selected by employer.", BOARD),
    ("Your application to Lumen", "Unfortunately, Lumen will not be moving forward with your application for "
     "Operations Lead. Applications like yours are still valuable on Hireline.", BOARD),
    ("Application status changed", "The status of your application for QA Tester at Orbit Labs has changed to: "
     "No longer under consideration.", BOARD),
    # --- agencies relaying the client
    ("Feedback from the client", "I've had feedback from Hollis this morning and sadly they've decided not to "
     "take you forward to second interview. They felt your stakeholder experience was a bit light.", AGENCY),
    ("Re: Finance Manager", "Just heard back from the client, it's a no unfortunately. They want someone with "
     "more audit exposure. Let's keep talking about other roles.", AGENCY),
    ("Update", "The client has come back and they won't be progressing your profile for the Payroll role. I'll "
     "keep you in mind for anything else that comes in.", AGENCY),
    ("Quick update on Carrow", "Carrow have reviewed the shortlist and unfortunately you weren't one of the "
     "candidates they picked to meet.", AGENCY),
    # --- curt two-line replies
    ("Re: Application", "Position's been filled. Thanks.", None),
    ("Re: CV", "Not for us this time, thanks for thinking of us.", None),
    ("Re: Driver job", "Sorry, no longer hiring for that one.", None),
    ("Re: enquiry", "Thanks but we've gone with another candidate.", None),
    # --- buried after other business
    ("Re: expenses and your application", "I've sent the travel expenses form to finance, you should get it "
     "within a week. On the role itself, I'm sorry to say the panel decided not to offer it to you.", None),
    ("Re: your visit", "Thanks again for coming all the way out to the site, and apologies the parking was such "
     "a pain. We talked it over as a team and we won't be moving forward with your application.", None),
    # --- hiring freeze, cancelled, kept on file
    ("Requisition update", "Due to a restructure, the Business Analyst requisition has been cancelled and we "
     "are not able to continue with your application.", HR),
    ("Hiring pause", "We have had to put all recruitment on hold until next year, so we won't be able to take "
     "your application any further.", HR),
    ("Your CV", "We don't have anything suitable at the moment, so we'll hold your CV on file and reach out if "
     "something comes up. Unfortunately we can't progress this application.", None),
    ("Role withdrawn", "I'm afraid the client has pulled the role altogether, so your application won't be going "
     "any further.", AGENCY),
    # --- after a test or assessment
    ("Assessment result", "Thank you for completing the online assessment. Unfortunately your score did not meet "
     "the threshold required to proceed to the next stage.", "Talent <talent@grovefield.example>"),
    ("Coding challenge", "We reviewed your take-home submission. While it showed promise, we've decided not to "
     "continue with your candidacy.", None),
    ("Trial day", "Thanks for the trial day on Saturday. We won't be offering you the position, but we really "
     "appreciated your effort.", None),
    # --- verb-first, passive, impersonal, long clauses
    ("Decision", "Regret to advise that your application has been unsuccessful.", HR),
    ("Application reference 4471", "It has been decided that your application will not be progressed.", HR),
    ("Your interview", "Having carefully considered all of the candidates we interviewed, and taking into account "
     "the particular needs of the team over the coming year, we have concluded that we will not be able to offer "
     "you the role.", None),
    ("Outcome", "Following review by the hiring panel, no offer will be extended to you for this vacancy.", HR),
    # --- hurried, typos, abbreviations, no apostrophes
    ("Re: job", "sry for slow reply, we wont be taking ur application fwd, good luck w the search", None),
    ("re: ops role", "hi sam - decided not to proceed w/ ur application tbh the role changed a lot. all the best",
     None),
    ("Re: role", "Unfortunatly we have decided to not progress your applicaiton. Best of luck.", None),
    ("re: interview", "thanks for yday. team decided its not the right fit rn. appreciate ur time", None),
    # --- not this time, soft
    ("Thank you", "It was lovely to meet you. It isn't going to be a yes from us this time, but please do apply "
     "again in future.", None),
    ("Your application", "We really enjoyed reading your application. Sadly, on this occasion, it's not one we "
     "can take forward.", None),
    # --- Singapore, Malaysia, Philippines, Kenya, South Africa, Caribbean office English
    ("Job application - Admin Executive", "Thank you for your interest. We regret to inform you that your "
     "application was not successful for this round. We will keep your resume in our database.", HR),
    ("Re: application", "Good day. Please be informed that you were not shortlisted for the Customer Service "
     "Representative position. Thank you and God bless.", HR),
    ("Application feedback", "We acknowledge receipt of your application. Unfortunately, you have not been "
     "successful in progressing to the interview stage.", HR),
    ("Regret letter", "We wish to advise that after careful review, your application for the Graduate Trainee "
     "programme was unsuccessful.", HR),
    ("Re: Teller position", "Please note that the bank has concluded the recruitment for the Teller position and "
     "you were not among the successful candidates.", HR),
    # --- military, police, public safety
    ("Application outcome - Police Constable", "I regret to inform you that you have not passed the assessment "
     "centre and your application will not proceed further.", "Police Recruitment <recruit@police.example>"),
    ("Fitness test result", "You did not achieve the required standard in the fitness test, and so we are unable "
     "to continue with your application.", "Fire Service <recruit@fire.example>"),
    # --- retail and hospitality chains (Workday-style)
    ("Thank you for your interest in Harbor Foods", "Thank you for applying. After reviewing your application, we "
     "have decided to pursue other candidates whose qualifications more closely match our current needs.",
     "Harbor Foods Careers <careers@harborfoods.example>"),
    ("Your application for Shift Leader", "We appreciate your interest in the Shift Leader role. At this time, we "
     "will not be moving forward with your candidacy.", "Careers <no-reply@myworkday.example>"),
    ("Hotel vacancy", "Thank you for your interest in the Night Porter vacancy at the Grand. We have now made an "
     "appointment to this post.", HR),
    # --- visa, location, salary, over-qualified
    ("Re: Backend Engineer", "Thanks for your patience. As we're unable to offer visa sponsorship for this role, "
     "we won't be able to progress your application.", None),
    ("Re: relocation", "Given the role needs someone on site from day one, we've decided not to move forward with "
     "your application.", None),
    ("Re: salary", "Your salary expectations are well above the band for this role, so we won't be taking your "
     "application further.", AGENCY),
    ("Re: application", "Honestly you're overqualified for this one and we don't think it's a match. We won't be "
     "progressing it.", None),
    # --- after references or a final stage
    ("Re: offer", "Following the reference checks, we've decided not to proceed with an offer. I'm sorry this "
     "isn't better news.", None),
    ("Final interview", "The board met after your final interview and decided not to appoint you to the post.", HR),
    ("Re: your presentation", "Thank you for your presentation on Tuesday. The panel felt that other candidates "
     "were a closer match for the brief and we won't be taking you further.", None),
    # --- startups, casual, emoji-free texting
    ("Re: Founding Engineer", "hey Sam, appreciated the chat. we're gonna pass for now, the role needs more infra "
     "depth. keep in touch", None),
    ("re: frontend", "Sam! Thanks for the take-home. Team went back and forth but it's a no this round. Happy to "
     "share notes.", None),
    ("Re: growth role", "Going to be honest, we've decided not to continue with you for the growth role.", None),
    # --- agencies, other shapes
    ("Carrow feedback", "Spoke to Carrow. They won't be taking you to final stage, they felt the commercial side "
     "wasn't strong enough.", AGENCY),
    ("Re: your profile", "The client has reviewed your profile and decided it's not a fit on this occasion.",
     AGENCY),
    ("Client feedback", "Feedback is in: unfortunately it's a no from the hiring manager after the second "
     "interview.", AGENCY),
    # --- job boards and ATS with other shapes
    ("Update from Orbit Labs", "Orbit Labs has reviewed your application and has chosen not to move forward at this "
     "time.", BOARD),
    ("Your application has been declined", "Your application for Barista at Bean & Co has been declined by the "
     "employer.", BOARD),
    ("Application closed", "Your application to Lumen for Operations Lead has been closed. The employer is no "
     "longer considering applications from you for this role.", BOARD),
    # --- passive and impersonal formal letters
    ("Ref: HR/2026/114", "We write to inform you that your application for the post of Clerical Officer has not "
     "been successful.", HR),
    ("Application to the Council", "I am writing to let you know that, on this occasion, you have not been "
     "shortlisted for interview.", "HR Services <hr@council.example>"),
    ("Outcome of selection", "The selection panel has now completed its deliberations. Regrettably, your "
     "application has not been taken forward.", HR),
    # --- decision buried, hurried
    ("Re: your questions", "To answer your first question, yes the office is dog friendly. To the second, I'm "
     "afraid we've decided not to progress your application after all. Sorry to be the bearer of bad news.", None),
    ("re: application", "hi, unfortunatley we wont be progressing ur application. thanks tho", None),
    ("Re: job", "We have decided against taking your application further.", None),
    ("Re: Sales Assistant", "Thanks for coming to the open day. Unfortunately we can't offer you a position this "
     "time.", None),
    ("Re: Tutor", "We've reviewed your application and aren't going to take it forward.", None),
    ("Re: Graduate role", "Just to close the loop, you weren't successful in the final round.", None),
    # --- a contracted negation before 'recommended'
    ("Re: Assistant Manager", "The panel hasn't recommended you for the second interview, I'm afraid.", None),
]

# Rejections where another person was chosen (same grammar as the look-alikes below): each must be found.
OTHER_CHOSEN_REJECTIONS = [
    ("Your application - Analyst", "Thank you for interviewing with us. We have chosen another candidate for the "
     "Analyst role.", None),
    ("Re: Designer role", "We went with a different candidate in the end. Thanks for your patience.", None),
    ("Update on your application", "After the final round, the team selected another applicant whose experience "
     "more closely matched the brief.", HR),
    ("Senior Accountant", "We have appointed another candidate to the Senior Accountant position and will not be "
     "taking your application further.", HR),
    ("Your candidacy", "The hiring manager has opted for an internal candidate, so we're closing your "
     "application.", HR),
    ("Support Engineer", "I'm sorry to say we've hired another person for the Support Engineer opening.", None),
    ("Re: interview", "We've offered the role to another finalist who has accepted. You were a very strong "
     "candidate.", None),
    ("Feedback", "The client went with another candidate with more sector experience.", AGENCY),
    ("Client decision", "Hollis have picked a different candidate for the Finance Manager job. Sorry Sam.",
     AGENCY),
    ("Nursery Practitioner", "We have selected a different applicant for the Nursery Practitioner post on this "
     "occasion.", None),
    ("Your application", "The panel preferred another candidate whose teaching experience was longer.", None),
    ("Lecturer post", "The committee has recommended another candidate for appointment to the lectureship.",
     "HR Services <hr@univ.example>"),
    ("Grad scheme", "We decided to proceed with other candidates for our graduate scheme this year.", HR),
    ("Re: Chef de partie", "Sorry chef, we took on another candidate who could start straight away.", None),
    ("Bartender", "Thanks for the trial, we've gone with another person for the bar job.", None),
    ("Application outcome", "Thank you for your interest. The hiring team has identified another candidate "
     "whose skills better align with the role.", BOARD),
    ("Brightleaf update", "Brightleaf has selected other candidates for the Account Executive position.", BOARD),
    ("Kestrel - your application", "Kestrel has decided to move forward with other applicants whose "
     "qualifications more closely meet their needs.", BOARD),
    ("Re: role", "They have hired another candidate, I'm afraid. Chat soon about next steps.", AGENCY),
    ("Position update", "We have recruited another applicant to the Warehouse Operative role.", HR),
    ("Interview outcome", "On this occasion the panel has decided to appoint another candidate.", HR),
    ("Re: Tutor application", "We've settled on another candidate for the tutoring job.", None),
    ("Admin Assistant", "Just a quick note to say we have employed another person for the admin role.", None),
    ("Re: Receptionist", "We've gone with a more experienced candidate for reception. Best of luck.", None),
    ("Outcome of your application", "It was a close decision, but we have selected an alternative candidate.",
     HR),
    ("Your interview with Orbit", "We've decided to pursue other candidates for this role.", None),
    ("Re: Marketing Exec", "In the end we favoured another applicant for the marketing role.", None),
    ("Project Manager", "The client has landed on another candidate for the PM role, so we'll close this one "
     "off.", AGENCY),
    ("Re: your application", "We went with an internal hire for the position, sorry.", None),
    ("Graduate Engineer", "The assessment centre is over and we have chosen other people for the graduate "
     "engineer places this year.", HR),
    ("Role update", "After much deliberation we've picked another finalist for the Content Lead role.", None),
    ("Care Assistant", "We have offered the care assistant post to another applicant.", HR),
    ("Re: Teaching Assistant", "The head has appointed a different candidate to the TA post.", None),
    ("Your application to Grovefield", "Grovefield chose another applicant for Data Engineer. We'll let you know "
     "about similar roles.", BOARD),
    ("Thanks for your time", "We decided to proceed with another candidate for the Sales Executive role who "
     "had more B2B experience.", None),
    ("Re: Paralegal", "The partners preferred another applicant for the paralegal vacancy.", None),
    ("Software Engineer II", "Unfortunately, the team decided to move ahead with a stronger candidate for this "
     "position.", "Talent <talent@grovefield.example>"),
    ("Update", "The hiring manager has gone with another candidate, so the role is now closed.", AGENCY),
    ("Re: internship", "We chose other applicants for the summer internship.", None),
    ("Interview feedback", "After the second interview we selected someone else for the role. Thank you for your "
     "time.", None),
    ("Your application", "The panel decided to offer the position to another candidate.", HR),
    ("Re: Driver", "We've taken on another driver for the route, sorry mate.", None),
    ("Office Manager", "We've made the decision to hire another candidate for the Office Manager job.", None),
    ("Re: Junior Dev", "honestly it was close but we picked another candidate for the junior dev role", None),
    ("Re: Data Scientist", "The team chose a candidate with a stronger NLP background.", None),
    ("Account Manager", "We have now appointed to the Account Manager role, having chosen another candidate at "
     "final interview.", HR),
    ("Re: Sous chef", "We hired another chef for the sous role. Best of luck with the search.", None),
    ("Your application - Ref 8812", "Another candidate has been selected for this vacancy.", HR),
    ("Outcome", "The successful candidate was another applicant, and we are unable to offer you the role.", HR),
    ("Re: Copywriter", "We ended up going with another writer for the copywriter role.", None),
    ("Job application", "The hiring manager has selected other candidates to move forward.", BOARD),
    ("Role closed", "We have chosen an internal applicant for this position and are closing all external "
     "applications, including yours.", HR),
    ("Re: Customer service", "We're going with another candidate for the customer service job.", None),
    ("Thank you for interviewing", "We have extended an offer to another candidate and they have accepted.",
     None),
    ("Re: Research Assistant", "I've decided to go with another applicant for the RA post.", None),
    ("Re: Store manager", "The area manager picked a different person for the store manager job. Sorry Sam.",
     None),
    ("Your application", "We've moved forward with another candidate whose experience was a closer fit.", None),
    ("Re: Logistics Coordinator", "They've opted for another candidate, unfortunately.", AGENCY),
    ("Mechanic position", "We hired another mechanic for the position already.", None),
    ("Re: the role", "After both interviews, we have chosen to proceed with another candidate.", None),
    # --- rejections sharing words with the look-alikes below (a previous role, a promise of other openings, a
    # cancelled interview, an agency's next role)
    ("Your application", "Your previous role at Tesco was impressive, but we went with another "
     "candidate for the supervisor job.", None),
    ("Interview cancelled", "Your second interview, which is scheduled for Monday, is cancelled as we"
     " have hired another candidate.", None),
    ("Your application", "We have chosen another candidate. We'll let you know if another "
     "opportunity that might suit you comes up.", None),
    ("Your application", "We went with another candidate, but we'll keep your details in case a "
     "new role that could suit you opens up.", None),
    ("Re: Kestrel", "The client went with another candidate, sorry. There's also a role at "
     "Orbit; shall I send your CV over?", None),
    ("Your application", "We thought hard about whether we should proceed with your application "
     "and have chosen another candidate.", None),
    ("Your application", "We have selected another candidate. If we move forward with a new "
     "opening later in the year, we'll contact you.", None),
    ("Your application", "We have decided to go with another applicant. If you would like "
     "feedback, just reply to this email.", None),
    ("Re: the role", "We hired another candidate for the role in the end. Sorry to be the bearer of bad news.", None),
    ("Your interview", "Thank you for interviewing with the team. They chose another candidate "
     "whose experience fit the brief more closely.", None),
    ("Re: Analyst", "Last week the panel met and chose another candidate for the Analyst "
     "role. Thank you for your time.", None),
    ("Update", "The hiring manager has selected another candidate for the position you "
     "interviewed for. We will keep your CV on file.", None),
    ("Re: application", "We've chosen a different candidate this time. No fee or cost to you for "
     "re-applying in future.", None),
    ("Re: application", "Thanks for your patience while the team decided. We went with another "
     "candidate, who starts next month.", None),
    ("Your application", "We appreciate your interest. After review, we have selected other "
     "candidates for interview for this vacancy.", None),
    ("Re: Store role", "I passed your CV to the store manager, but she picked another candidate.", None),
    ("Outcome", "Unfortunately on this occasion we have appointed another candidate. Your"
     " interview feedback is attached.", None),
    ("Re: offer", "We decided to offer the role to another candidate who has more years in the field.", None),
    ("Re: trial", "After the trial shifts we've chosen another person for the bar job. "
     "Thanks for your hard work.", None),
    ("Re: Teaching post", "The governors appointed another candidate after the interviews. You were"
     " a strong contender.", None),
    # --- job titles that name a thing (course, study, grant, festival, fund, exhibitions)
    ("Course Coordinator", "We've chosen another candidate for the Course Coordinator role. Thank "
     "you for interviewing with us.", None),
    ("Research post", "We selected other applicants for the study coordinator position after the interviews.", None),
    ("Grants Officer", "The panel has appointed another candidate to the Grants Officer post.", None),
    ("Festival Manager", "We have chosen another applicant for the festival manager job.", None),
    ("Fund Analyst", "After the final interviews we went with another candidate for the Fund Analyst position.", None),
    ("Exhibitions Assistant", "We decided to offer the exhibitions assistant role to another applicant.", None),
    # --- rejections that mention withdrawing or 'no longer' in other senses
    ("Your application", "We have decided to proceed with another candidate. If you're no longer "
     "interested in job alerts, you can unsubscribe below.", None),
    ("Your application", "Your application has been withdrawn by the hiring team as we have "
     "appointed another candidate.", None),
    ("Re: role", "The client has withdrawn the vacancy and gone with an internal candidate instead.", None),
    # --- rejections that tell of the decision meeting or a past promise
    ("Your application", "When we met to make our final decision, we chose another candidate whose"
     " experience was closer to the brief.", None),
    ("Your application", "We said we would let you know once we had made a decision. We have "
     "appointed another candidate.", None),
    ("Your application", "After interviewing all shortlisted candidates, we have selected another "
     "applicant for the role.", None),
    ("Your application", "The panel will not be taking your application forward, as they have "
     "appointed a candidate with more experience.", None),
    ("Your application", "We interviewed six people and have now selected a candidate for the "
     "post. Sadly, it was not you this time.", None),
    # --- rejections that thank the reader for sending or putting something forward
    ("Your application", "Thanks for sending everything over so quickly. We have decided to go "
     "with another candidate for the role.", None),
    ("Your application", "Thanks for sending your portfolio across. The team chose another "
     "designer for the position.", None),
    ("Re: Analyst", "Thanks for putting yourself forward. We've gone with another applicant on this occasion.", None),
    ("Your application", "Thank you for sending your references through. Unfortunately the panel "
     "has selected another candidate.", None),
    ("Re: role", "Thanks for your patience with the search. The client has now hired another candidate.", None),
    # --- rejections that speak of the shortlist or of weeks gone by
    ("Re: shortlist", "Thanks for your patience. You're not on the shortlist this time, as we "
     "have chosen other candidates to interview.", None),
    ("Your application", "I know it's been weeks since you applied. We have now chosen another "
     "candidate for the role; sorry for the wait.", None),
    # --- fresh rejections that share words with the look-alikes (panel, job share, apprentice, rota, team)
    ("Re: Panel interview", "The panel met on Thursday and chose another candidate for the Team Lead "
     "role. We will keep your details on file.", None),
    ("Re: Job share", "We've hired another person for the job share post. Thank you for applying.", None),
    ("Re: Support Worker", "We have selected another applicant, whose availability better matched "
     "the rota. Best of luck.", None),
    ("Your application", "The team decided to hire another person with more experience in payroll."
     " Thank you for your time.", None),
    ("Re: Caterer role", "We've hired another chef for the catering role at the venue. Thanks for "
     "coming to the trial.", None),
    ("Re: Graduate scheme", "The committee has selected other candidates for this year's graduate "
     "scheme. We wish you well.", None),
    ("Re: Warehouse", "We've gone with another candidate who can work nights. Thank you for applying.", None),
    ("Re: Remote role", "After a lot of thought we hired another person who is based in our timezone.", None),
    ("Re: role", "Our first choice accepted, so we won't be moving ahead with the other "
     "finalists, including you.", None),
    ("Re: your interview", "We've decided to go with another candidate. Happy to give feedback if "
     "you'd like it.", None),
    ("Re: Office Assistant", "The office manager picked another candidate from the agency.", None),
    ("Re: Lab Tech", "The department appointed another applicant to the lab technician post after interviews.", None),
    # --- formal rejections that promise to notify the reader of future vacancies
    ("Internal application outcome", "Dear colleague, thank you for applying for the internal Operations Lead "
     "vacancy. The panel has appointed another candidate. We will inform you "
     "of future internal opportunities.", None),
    ("Your application", "We regret to inform you that the panel has appointed another candidate "
     "to the post. We will notify you of future vacancies.", None),
    # --- rejections that go on to thank, wish or help the reader
    ("Your application", "We've chosen another candidate, and we want to thank you for your time "
     "and wish you well.", None),
    ("Your application", "We selected another applicant; to help you with future applications, "
     "feedback is attached.", None),
    ("Your application", "We have appointed another candidate to the post, and I would like to "
     "take this chance to thank you.", None),
    ("Re: role", "The client chose another candidate, and asked me to pass on their thanks to you.", None),
    # --- the other person hired to staff the very post
    ("Re: Receptionist", "We have hired another person to staff the front desk, so we will not be "
     "taking your application further.", None),
    ("Re: Receptionist", "We hired another person to staff the front desk. Thanks for coming in.", None),
]

# Someone else chosen, hired, selected or preferred, and no rejection of the reader: each must stay a non-rejection.
OTHER_CHOSEN_LOOK_ALIKES = [
    # --- the reader is the hiring manager or interviewer, told who was hired
    ("Backfill for your team", "Good news: for your backfill we have chosen another candidate from the pipeline, "
     "Tomas, who starts on the 3rd. Please set up his laptop.", HR),
    ("Re: Analyst hire", "Thanks for interviewing the three finalists. The panel went with another candidate than "
     "the one you scored highest, Aisha, mostly on availability. Offer goes out today.", HR),
    ("Hiring decision - Support Engineer", "Quick note for you as hiring manager: we selected another applicant, "
     "not the referral, for the Support Engineer role. Can you sign the offer form?", HR),
    ("Re: your candidates", "Of the two you shortlisted, the director chose the other candidate. Please let the "
     "first one know, she was yours to call.", HR),
    ("Interview panel wrap-up", "Thank you for sitting on the panel. We have appointed another candidate from the "
     "second day, Ben Carter, and he will join your team in May.", HR),
    ("Re: Designer shortlist", "We've decided to go with the other candidate for the designer role, the one with "
     "the agency background. Could you draft her onboarding plan?", None),
    ("Req 2231 filled", "FYI as the requisition owner: the recruiter picked another finalist after the reference "
     "check on the first fell through. Start date 1 June.", HR),
    ("Your hiring request", "Your hiring request for a Data Engineer is complete: we hired another person through "
     "the agency rather than the internal transfer. Welcome pack attached.", HR),
    ("Re: candidate for your shop", "Just so you know, I've placed a different candidate with you for the Saturday "
     "role; the lad you met first took another job.", AGENCY),
    ("Panel scores", "As the chair you'll want to know the board preferred another candidate to the one on your "
     "sheet. The offer letter needs your signature.", HR),
    # --- a colleague's or friend's news
    ("Re: drinks friday", "Did you hear Jo didn't get the promotion? They chose another candidate from the London "
     "office. Let's take her out Friday.", None),
    ("about Marco", "Marco was gutted, the bakery went with a different person for the head baker job. Maybe you "
     "know of anything for him?", None),
    ("Re: my sister", "My sister's interview didn't go her way, they hired another applicant. Anyway, are we "
     "still on for Sunday?", None),
    ("news", "Ravi heard back, they picked another candidate for the architect role he wanted. He's fine about "
     "it. How's your week?", None),
    ("Re: catch up", "Lena says her firm selected another person for the head of finance role, the one her boss "
     "wanted. She was hoping for it herself but she's fine.", None),
    ("Chloe's audition", "Chloe's dance school chose another girl for the solo part. She was upset but she'll "
     "get over it.", None),
    ("Re: Tom's job hunt", "Tom's been told the council appointed another applicant to the planning job. Can you "
     "have a look at his CV?", None),
    ("Re: update", "My flatmate's application: they went with another candidate. She's applying elsewhere now. "
     "Anyway, rent is due on the 1st.", None),
    # --- internal announcements
    ("Team lead announcement", "We chose Priya to lead the payments team after a strong internal process. Please "
     "join me in congratulating her.", HR),
    ("Leadership update", "After considering several candidates, the board selected Daniel Osei as our new Chief "
     "Operating Officer. He starts next month.", "CEO Office <ceo@northwind.example>"),
    ("New Head of Sales", "I'm pleased to announce that we have appointed another long-standing colleague, Maria "
     "Lopes, as Head of Sales.", "CEO Office <ceo@northwind.example>"),
    ("Org update", "The search for a new CTO is over: the committee chose an external candidate, Hannah Reid, "
     "who joins in April.", "CEO Office <ceo@northwind.example>"),
    ("Promotion news", "Congratulations to Femi, who was selected for the Senior Engineer promotion this cycle. "
     "The next promotion round opens in October.", HR),
    ("Welcome Kai", "We've hired another engineer for the platform squad, Kai, who starts Monday. Please make him "
     "welcome.", None),
    ("Project lead", "For the migration project, we picked another colleague, Ana, to lead the work; you stay on "
     "the reporting stream.", None),
    ("Mentor programme", "For this round of the mentoring programme we paired you with Ruth; Jon chose another "
     "mentee.", HR),
    # --- elections, awards, grants, tenders, bids, suppliers, venues
    ("Committee election results", "Members elected another candidate, Sandra Hale, as treasurer. Thanks to all "
     "who stood.", "Residents Association <info@residents.example>"),
    ("Award shortlist", "The judges chose another entry for the Innovation Award this year. Your nomination was "
     "highly commended.", "Awards <awards@industry.example>"),
    ("Grant round outcome", "The funding panel selected other applicants in this grant round; your project was "
     "not funded this time.", "Grants Office <grants@foundation.example>"),
    ("Tender 2024/17", "Following evaluation, the council has chosen another bidder for the grounds maintenance "
     "contract.", "Procurement <procurement@council.example>"),
    ("Your quote", "Thanks for the quote for the kitchen refit. We've gone with another contractor who could "
     "start sooner.", None),
    ("Supplier review", "We have selected a different supplier for office stationery from next quarter.",
     "Purchasing <purchasing@northwind.example>"),
    ("Re: wedding venue", "We went with another venue in the end, the barn was just too far. Thanks for showing "
     "us round.", None),
    ("Speaker slot", "The programme committee picked another speaker for the keynote slot, but we'd love you to "
     "run a workshop.", "Conference <events@devconf.example>"),
    ("Volunteer coordinator", "The trustees chose another volunteer to coordinate the food bank rota this year. "
     "You're still on Saturday mornings.", "Food Bank <hello@foodbank.example>"),
    ("Squad selection", "The coach selected other players for Saturday's first team. You're in the reserves "
     "squad.", "Club Secretary <sec@fcclub.example>"),
    ("Board vacancy", "The nominations committee has recommended another candidate for the vacant board seat; "
     "your membership is unaffected.", "Nominations <noms@charity.example>"),
    ("Photographer", "For the wedding we've hired another photographer, a friend of the family. Thanks for the "
     "lovely portfolio.", None),
    ("Design pitch", "The client chose another agency's pitch for the rebrand. Thanks for the work on the "
     "deck.", None),
    ("RFP outcome", "After scoring, we have selected another vendor for the CRM implementation.",
     "Procurement <procurement@northwind.example>"),
    ("Freelance proposal", "We went with another freelancer for the logo project, their timeline suited us "
     "better.", None),
    ("Re: builders", "Mum chose another builder for the extension, the cheaper one. Just so you know.", None),
    ("Catering", "The school picked a different caterer for the summer fair.", None),
    ("Band for the party", "We booked another band for the party. Thanks for getting back so fast though.",
     None),
    ("Scholarship result", "The scholarship committee selected other candidates for this year's award.",
     "Scholarships <scholarships@univ.example>"),
    ("Book prize", "The judges preferred another entry for the prize this year.", None),
    ("Student rep election", "The students elected another candidate as course rep. Thanks for standing.",
     "Students Union <su@univ.example>"),
    ("Parish council", "At last night's meeting the council co-opted another resident to the vacant seat.",
     "Parish Clerk <clerk@parish.example>"),
    ("Choir solo", "The director picked another soprano for the solo this term.", None),
    ("Tenancy", "The landlord chose another applicant for the flat.", None),
    # --- a DIFFERENT role went to someone else, the reader's process goes on
    ("Your next interview", "Quick update: the Senior role you asked about has gone to another candidate, but "
     "your process for the mid-level role continues and I'd like to book your final interview for Tuesday.",
     AGENCY),
    ("Re: two roles", "Hollis chose another candidate for the Manager vacancy, but they'd like to see you for the "
     "Analyst one. Are you free Thursday?", AGENCY),
    ("Interview invitation", "Although we've selected another applicant for the evening shift, we'd like to "
     "invite you to interview for the day role.", HR),
    ("Update", "The London team hired another person for their opening, but the Leeds team want to move you to "
     "the final stage.", AGENCY),
    ("Re: application", "We picked another candidate for the team lead post; you are still being considered for "
     "the developer post and we'll be in touch next week.", None),
    ("Next steps", "The other finalist has been chosen for the contract role, and we'd like to offer you the "
     "permanent one instead. Details attached.", None),
    ("Good news", "We chose another candidate for the junior post, because we'd like to offer you the senior "
     "one. Congratulations!", None),
    ("Re: the roles", "They went with a different person for role A; for role B you're through to the last "
     "round.", AGENCY),
    # --- the reader referred a candidate
    ("Your referral", "Thanks for referring Jamie. The team selected another candidate for that role, so the "
     "referral bonus won't apply this time.", HR),
    ("Referral update", "Your referral, Leah, was not hired; the team chose another applicant. Thanks for "
     "helping us find great people.", HR),
    ("Re: my friend", "Thanks for putting Mo forward. We hired another candidate but I'll keep him in mind.",
     None),
    ("Referral programme", "We hired another person for the role you referred your friend to. Keep the "
     "referrals coming!", HR),
    # --- job alerts and newsletters
    ("Hiring news this week", "Big names on the move: Orbit appointed another outside candidate as CEO, and "
     "Fennwick chose a new CFO. Plus 20 new jobs for you.", "Weekly Jobs <news@jobsdigest.example>"),
    ("Careers newsletter", "Story of the month: why the panel chose another candidate, and what you can learn "
     "from it. Also: 5 interview tips.", "Careers Digest <news@careersdigest.example>"),
    ("New jobs for you", "12 new Data Analyst jobs match your search. Employers hired other candidates for 3 "
     "roles you saved.", BOARD),
    ("Industry roundup", "Grovefield selected another agency for its ad account; Lumen hired a new head of "
     "design.", "Trade News <news@tradenews.example>"),
    # --- the reader as the employer, deciding
    ("Re: nanny", "As you asked, I rang the agency and told them you chose another nanny for Ella. They'll send "
     "the invoice for the trial week.", None),
    ("Cleaner", "Hi Sam, as you asked, I've told the agency that you've chosen another cleaner.", None),
    ("Re: your hire", "Congrats on making your first hire! I see you picked another candidate than the one I "
     "sent, no problem at all.", AGENCY),
    ("Re: tutor", "Just confirming I passed on to the other tutor that you hired another person.", None),
    # --- HR telling an employee about a colleague's promotion
    ("Team change", "As you know, the manager role was open internally. We selected another colleague, Grace, "
     "who will be your new line manager from March.", HR),
    ("Restructure outcome", "The new team lead position has been filled by another colleague. Your own role and "
     "terms are unchanged.", HR),
    ("Acting manager", "While Paul is away, we have chosen another team member to act up as manager.", HR),
    ("Re: secondment", "The secondment to the Dublin office was offered to another colleague. Your annual review "
     "is booked for Thursday.", HR),
    # --- more: events, sport, community, household, school
    ("Hackathon teams", "The organisers picked other people for the judging panel, but you're confirmed as a "
     "participant.", "Hackathon <team@hack.example>"),
    ("Re: jury service", "The court selected other jurors, so you're released from jury duty.", None),
    ("Allotment", "The allotment committee chose another resident for plot 12.", None),
    ("School play", "Miss Green chose another pupil for the lead role; Sam will be the narrator.", None),
    ("Captain vote", "The team voted and chose another player as captain.", None),
    ("Re: puppy", "The breeder picked another family for the last puppy, sorry love.", None),
    ("Re: flat viewing", "The agent said the landlord went with another tenant.", None),
    ("Re: running club", "The club selected other runners for the relay team this year.", None),
    ("Your nomination", "The committee chose another nominee for volunteer of the year.", None),
    ("Re: charity trek", "The charity picked other participants for the Kilimanjaro trek.", None),
    # --- more internal / hiring-side
    ("Re: intern", "We went with the other intern candidate, so can you tell the first one? You interviewed "
     "him.", None),
    ("Re: offer approval", "Approval granted. We're hiring another engineer, the second candidate from Tuesday, "
     "so please raise the contract.", HR),
    ("Interview debrief", "Thanks all for the debrief. We're choosing another candidate over the one from "
     "Monday; Sara will send the offer.", None),
    ("Hiring committee", "The committee preferred another applicant for the fellowship; as a committee member "
     "please keep this confidential until Friday.", None),
    ("Re: contractor", "We hired another contractor to cover your leave, so don't worry about the handover.",
     None),
    ("Cover", "We've found another person to cover your shifts next week while you're off.", None),
    ("Re: maternity cover", "We appointed another candidate as your maternity cover; she starts a week before "
     "you go.", HR),
    ("Re: holiday cover", "I've chosen another colleague to cover the desk while you're on holiday.", None),
    # --- recruiter telling about a different client but the reader's stays live
    ("Catch up", "Funny old week: the Orbit role went to another candidate from a rival agency, but your Kestrel "
     "interview is still on for Monday.", AGENCY),
    ("Re: Monday", "Grovefield offered the job to another person from my list, not you; you were never put "
     "forward for that one. Your Lumen final is Wednesday.", AGENCY),
    # --- the reader withdrew, company chose another candidate after that
    ("Re: withdrawal", "Thank you for letting us know you've accepted another offer. We have now selected another "
     "candidate from the shortlist. Best of luck in the new job.", None),
    ("Re: my withdrawal", "Understood, and congrats on the new job. We'll go with another candidate, no hard "
     "feelings.", None),
    ("Re: declining the offer", "Sorry you've declined, but we respect it. We will offer the role to another "
     "candidate.", None),
    # --- more colleague/friend and misc
    ("Re: lunch", "Aunt Jo's company hired another candidate for the receptionist job, so she's still looking. "
     "Lunch at 1?", None),
    ("Re: Dad's news", "Dad's club chose another person as chairman. He says he's relieved.", None),
    ("Re: neighbours", "The residents picked another painter for the hallway.", None),
    ("Re: the gig", "The pub booked another act for Saturday.", None),
    ("Family news", "Your cousin's bid for the café lease lost, the council chose another tenant.", None),
    ("Re: Alex", "Alex didn't get it, they chose another candidate. Fancy a pint to cheer him up?", None),
    ("Re: Ines", "Ines says the hospital appointed another registrar to the post she wanted.", None),
    ("Re: Ellie", "Ellie's agency went with another model for the campaign.", None),
    ("Publisher", "The publisher picked another illustrator for the series; my story still goes ahead.", None),
    ("Re: podcast", "The producers chose another guest for this episode, we'll get you on next month.", None),
    ("Re: exhibition", "The gallery selected other artists for the summer show.", None),
    ("Re: festival", "The festival chose other films for the shorts programme.", None),
    ("Re: the race", "The selectors picked another rider for the team.", None),
    ("Re: moot court", "The faculty selected another team to represent the school.", None),
    ("Re: nomination", "The union elected another member as shop steward.", None),
    ("Re: trustee", "The charity appointed another trustee to the finance committee.", None),
    ("Re: class rep", "The parents elected another parent as class rep.", None),
    ("Re: lodger", "We chose another lodger for the spare room.", None),
    ("Re: bid", "The auction house accepted another bid for the painting.", None),
    ("Re: quote", "We've picked another supplier for the printing job, thanks for quoting.", None),
    ("Re: architect", "We have appointed another architect for the barn conversion.", None),
    ("Re: solicitor", "We instructed another solicitor for the house sale.", None),
    ("Re: accountant", "We've gone with another accountant for the business accounts.", None),
    ("Re: gardener", "Mum hired another gardener, so no need to come Tuesday.", None),
    # --- the first choice fell through, so the reader is offered the job or asked back
    ("Good news about the Analyst role", "We had selected another candidate, but they have withdrawn, and we would "
     "now like to offer you the position. Are you still interested?", None),
    ("Re: Designer role", "We originally went with another applicant, but it didn't work out. Is the role still of "
     "interest to you? We'd love to talk this week.", None),
    ("An opportunity", "Although we hired another candidate for the Support role last spring, a new position has "
     "opened and we'd like to invite you to interview.", None),
    ("Offer", "Our first-choice candidate accepted a counter-offer, so the panel picked another finalist: you! "
     "The offer letter is attached.", HR),
    ("Second chance", "Last year the client picked another candidate, but this new role fits you better. Shall I "
     "send your CV over?", AGENCY),
    ("Re: the role", "The team preferred another candidate at first, but after the reference checks we'd like to "
     "move you to the final stage.", None),
    # --- the words only the grammar knows (colleague, hire, finalist, people, folk) in news, events and planning
    ("Team news", "We recruited another colleague to the data team this week; Hana joins from the Berlin office. "
     "Please make her welcome.", HR),
    ("Office move", "We've engaged other people to help with the office move, so you don't need to stay late.",
     None),
    ("Design contest", "The jury preferred another finalist in the poster contest. Thanks for entering!",
     "Contest <contest@designweek.example>"),
    ("Secondment", "We have recommended another colleague for the Brussels secondment, as your project needs you "
     "here until June.", HR),
    ("Re: the trip", "They took other people on the client trip, not a big deal. Are you coming to the all-hands?",
     None),
    ("Mentoring pilot", "For the mentoring pilot we picked another new hire, Leo, to pair with you.", HR),
    ("Re: cover for Friday", "I've settled on other folk to cover Friday's stand, you're free to go to the "
     "dentist.", None),
    ("Re: speakers", "We've identified other people for the panel debate, but we'd love you to chair it.",
     "Conference <events@devconf.example>"),
    ("Hiring update for managers", "This month we employed other people in operations through the agency; "
     "headcount reports for your departments are attached.", HR),
    ("Re: the pitch team", "The partners picked other colleagues for the pitch team this time. You're leading the "
     "audit instead.", None),
    ("Re: summer party", "The committee chose other people to organise the summer party.", None),
    ("Re: buddy", "We picked another colleague as your onboarding buddy since Jess is on leave.", HR),
    ("Re: interview panel", "The hiring manager selected other colleagues for the interview panel, so you're off "
     "the hook for Tuesday.", None),
    ("Jobs newsletter", "Why employers picked other candidates in 2025, and how to stand out. Plus new roles near "
     "you.", "Careers Digest <news@careersdigest.example>"),
    ("Re: your feedback request", "Thanks for asking. You interviewed well and we did not choose another candidate "
     "yet: interviews finish Friday and we'll decide then.", None),
    ("Re: reference for Maya", "Maya has applied to us and we're considering other finalists too. Could you give "
     "a reference for her by Friday?", HR),
    # --- a choice of another person as a condition, a habit, a question, a denial, or beside the reader
    ("Application received", "Thanks for applying to the Analyst role. If we choose another candidate,"
     " we will let you know by email.", None),
    ("Application received", "Thank you for applying. Should we select another applicant, you will be "
     "notified once the process closes.", None),
    ("Application received", "Due to the volume of applications, if we move forward with other "
     "candidates you may not hear from us.", None),
    ("Application received", "We review every application. Where we decide to proceed with other "
     "applicants, we will tell you within two weeks.", None),
    ("Application received", "Please note that if we have selected other candidates by the closing "
     "date, the advert will be removed.", None),
    ("Application received", "In the event we appoint another candidate, your details will be deleted "
     "after six months.", None),
    ("Your interview", "Candidates who are not selected will be informed after the panel has "
     "chosen the successful applicant.", None),
    ("Your interview", "Before we appoint another candidate or anyone else, we want to hear from"
     " you at interview on Monday.", None),
    ("Your application", "We selected you over the other finalists. Congratulations, the offer is "
     "attached!", None),
    ("Welcome aboard", "When we chose you over other applicants it was for your energy. See you "
     "Monday!", None),
    ("Talent pool", "Earlier this year you applied for Designer; although we selected another"
     " candidate, we were impressed, and we have another opportunity that "
     "might suit you. Can we talk?", None),
    ("Your application", "Our hiring manager chose another candidate for the London role and "
     "passed your CV to the Manchester team, who would like to interview you.", None),
    ("Re: next steps", "Last time we hired another person for this team, they stayed four years."
     " The next step for you is a call with the director.", None),
    ("Process", "Typically we select other candidates only after the final round, so "
     "please don't read anything into the delay.", None),
    ("Re: question", "You asked whether we have already hired another candidate. We have not: "
     "interviews are still running.", None),
    ("Re: question", "To answer your question, no, we haven't chosen another candidate yet.", None),
    ("Re: rumour", "Whoever told you we picked another candidate was wrong, no decision has "
     "been made.", None),
    ("Your application", "Unlike the other applicants we picked for the first round, you'll go "
     "straight to the final.", None),
    ("Your interview", "We also selected other candidates for the final round, so there will be "
     "four of you on the day.", None),
    ("Update", "The hiring manager picked another colleague to join your interview panel"
     " on Friday.", None),
    ("Update", "We've chosen another interviewer for your final round as Sarah is ill.", None),
    # --- the reader withdrew, the reader is the agency or the manager, a promotion, a job alert, scheduling
    ("Re: withdrawal", "Thank you for letting us know that you wish to withdraw your "
     "application. We will proceed with the other candidates.", None),
    ("Re: withdrawal", "Sorry to see you go! We will move forward with other applicants for the "
     "role. Best of luck at Orbit.", None),
    ("Re: withdrawing", "Thanks for telling us you're taking the other job. We'll go ahead with "
     "another candidate from the shortlist.", None),
    ("Re: my application", "No problem at all, I have removed you from the process as you asked and "
     "we will continue with the remaining candidates.", None),
    ("Re: your candidate", "Unfortunately the client has chosen another candidate over Jordan. "
     "Thanks for the submission.", None),
    ("Re: Jordan", "The client went with another candidate from a different agency, so no fee this time.", None),
    ("Re: shortlist", "Good news, the client picked other candidates from your list for "
     "interview: Ana and Leo. Can you book them in?", None),
    ("Your interview", "We are pleased to invite you to a final interview. We've selected you "
     "and three other candidates for this stage.", None),
    ("Offer", "We were impressed by all the other candidates, but chose you. The offer is attached.", None),
    ("Re: start date", "As you know we hired another analyst last month, so you'll be joining a "
     "team of three. Your start date is 4 May.", None),
    ("Re: headcount", "We hired another engineer last quarter; the new role you asked about is "
     "approved. Please send your CV.", None),
    ("Interview confirmation", "Your interview is confirmed for Tuesday. The panel has selected other "
     "candidates for Monday, so you are the last of the week.", None),
    ("Re: contract", "The client extended another contractor's assignment, not yours: your "
     "extension is still being discussed.", None),
    ("Re: your team", "We hired another person for your team, he starts Monday.", None),
    ("Promotion", "Congratulations, you have been promoted. We appointed another colleague to your old role.", None),
    ("Re: visa", "We chose another immigration lawyer for your visa case.", None),
    ("Job alert", "Orbit hired another candidate for a role you viewed. Here are 10 similar jobs.", None),
    ("Re: recommendations", "Thanks for recommending Zoe. We decided to go with another candidate who"
     " had more retail experience, but Zoe was great.", None),
    # --- growth news, other people's interviews first, a hire beside the reader, a cohort, a waitlist, another intake
    ("We're growing", "We recently hired other people across sales and support, and we're still"
     " growing. Have a look at our open roles.", None),
    ("Interview week", "We are moving forward with other candidates' interviews this week, and "
     "yours is on Friday at 10.", None),
    ("Next steps", "We'll proceed with other applicants first and then contact you about a second interview.", None),
    ("Great news", "The team decided to hire another person in addition to you, so you'll "
     "have a buddy from day one.", None),
    ("Waitlist", "We selected other candidates in the first wave of offers; you're on our "
     "waitlist and we'll know by June.", None),
    ("Cohort", "We offered places to other candidates in the cohort too, so you'll start with nine others.", None),
    ("Re: reference", "As your former manager, I was asked for a reference; I hear they picked "
     "another candidate for the earlier vacancy but are interviewing you for "
     "this one.", None),
    ("Re: timing", "We're prioritising other candidates who applied earlier, and we'll review yours next week.", None),
    ("Re: internal move", "Your manager chose another analyst to move across to the new team; you "
     "will stay in your current team for now.", None),
    ("Your application", "We went with another candidate for the May intake, and we would like to "
     "offer you a place in the September intake.", None),
    ("Re: panel", "The panel favoured other people for the chair role and you for the "
     "secretary role. Congratulations!", None),
    ("Re: my application", "I heard you've hired another person for the other shift. Is my interview"
     " still going ahead?", None),
    ("Your shortlist", "The client has identified other candidates they'd like to see as well as"
     " the ones you sent.", None),
    ("Re: freelance", "The agency picked another freelancer for this brief, but they want you "
     "for the next campaign starting in June.", None),
    ("Re: contract extension", "The client extended other contractors but not the ones on the legacy "
     "team; yours is confirmed until December.", None),
    # --- other applicants chosen for a thing that is no job: a freelance proposal, a cohort, a course, a grant, a jury
    ("Your proposal", "Thanks for your proposal on \"Logo redesign\". The client has hired "
     "another freelancer for this job.", None),
    ("Proposal update", "The client chose another candidate for this project. Keep sending "
     "proposals, new jobs are posted every day.", None),
    ("Upwork", "Your proposal was not selected: the client went with another person for this contract.", None),
    ("Accelerator application", "Thank you for applying to the Spring accelerator. We've selected other "
     "applicants for this cohort.", None),
    ("Fellowship", "The committee selected other candidates for this year's writing fellowship.", None),
    ("Residency", "We have chosen other applicants for the artist residency this summer.", None),
    ("MBA admissions", "After careful review, the admissions committee has selected other "
     "candidates for the limited places in our MBA class.", None),
    ("Scholarship", "The panel selected other applicants for the 2026 scholarship.", None),
    ("Mentoring programme", "We've matched other applicants with mentors this round; you're on the "
     "list for the next one.", None),
    ("Volunteer role", "Thanks for applying to be a volunteer guide. We've chosen other "
     "applicants for the summer season.", None),
    ("Speaker application", "We selected other speakers for the main stage this year. Thank you for applying.", None),
    ("Board application", "The nominations committee selected another candidate for the trustee vacancy.", None),
    ("Flat", "The landlord decided to go with another applicant for the flat.", None),
    ("Course place", "We've offered the remaining places to other applicants on the course.", None),
    ("Competition", "The judges selected other candidates for the final of the competition.", None),
    ("Grant", "The foundation has decided to fund other applicants in this round.", None),
    ("Jury", "The festival selected other candidates for the jury.", None),
    ("Tender", "The authority has selected another supplier for the catering tender.", None),
    ("Consultancy", "We have appointed another consultant for the audit.", None),
    ("Internship programme (school)", "The school picked other pupils for the work experience week at the "
     "hospital.", None),
    ("PhD admission", "The department has offered places to other applicants for the PhD programme.", None),
    ("Adoption", "The rescue chose another family for Buster.", None),
    ("Council", "The council selected other candidates for the citizens' panel.", None),
    ("Research participants", "We have selected other participants for the study.", None),
    ("Focus group", "We chose other people for the focus group this time.", None),
    # --- stories, columns, podcasts, a friend's old news, a friend asking for advice, the agency's help thanked
    ("Careers column", "This week a reader asks: \"They chose another candidate after five "
     "rounds. What did I do wrong?\" Our columnist answers.", None),
    ("Weekly digest", "Top story: Orbit chose another candidate as CEO after a six-month "
     "search. Also in this issue: salary trends.", None),
    ("Podcast", "In episode 12, a hiring manager explains why she picked another "
     "candidate over an internal favourite.", None),
    ("Fwd: look at this", "Ha, remember when Kestrel went with another candidate over me? They just"
     " went bust. Drinks later?", None),
    ("Re: Ravi", "Ravi's manager chose another person for the team lead role. He asked me "
     "to ask you for advice on what to do next.", None),
    ("Re: book club", "The club picked another book for March, so you can skip the Orwell.", None),
    ("Re: rota", "Sarah selected other people for the Saturday rota, so you are free this weekend.", None),
    ("Re: case study", "For the case study we picked another candidate's scenario as an example;"
     " yours goes next week.", None),
    ("Re: our hire", "Thanks for your help with the hiring. We chose another candidate, not "
     "the one from your agency, and she starts Monday.", None),
    # --- the company confirms the reader's own withdrawal, decline, counter-offer or unavailability
    ("Re: withdrawal", "As you have withdrawn, we will proceed with another candidate. Thanks "
     "for letting us know.", None),
    ("Re: your withdrawal", "We have received your withdrawal and will move forward with the other "
     "applicants. Good luck in your new role.", None),
    ("Re: application", "Following your email withdrawing from the process, we've offered the "
     "role to another candidate.", None),
    ("Re: offer", "Following your decision to decline our offer, we've offered the role to "
     "another candidate. Best wishes.", None),
    ("Re: offer", "We're sorry you turned us down, but we understand. We'll go with another candidate.", None),
    ("Re: interview", "Thanks for letting me know you're no longer available. We'll move ahead "
     "with other candidates.", None),
    ("Invitation", "Although we went with other candidates for the first interview slots, "
     "we'd like to invite you for interview on 3 May.", None),
    ("Interview", "Some candidates were selected for phone screens and you were selected "
     "for a direct final interview. Other candidates were chosen for the "
     "assessment day.", None),
    ("Re: counter offer", "Since you've accepted your employer's counter-offer, we'll proceed with "
     "another finalist.", None),
    # --- a choice still to come in an acknowledgement or an invitation
    ("Application received", "Thank you for applying. We will notify all applicants once we have "
     "selected a candidate.", None),
    ("Application received", "Thanks for your application. We'll be in touch after we have chosen a "
     "candidate for interview.", None),
    ("Application received", "We aim to get back to everyone within two weeks; when we've appointed a "
     "candidate we will close the advert.", None),
    ("Application received", "Your application is with the hiring team. Until we have selected a "
     "person for the role, the advert stays live.", None),
    ("Application received", "The hiring manager will review applications and select a candidate for "
     "the next stage by Friday.", None),
    ("Application received", "We received your CV. The process: we shortlist, interview, and then "
     "choose one candidate. You'll hear from us at each step.", None),
    ("Interview invite", "We'd like to invite you to interview. We're meeting four candidates and "
     "will pick a person by the end of the month.", None),
    ("Thanks for applying", "We have received a lot of applications. Once the panel picks another "
     "round of candidates, we'll update you.", None),
    ("Next steps", "The client is interviewing two other candidates this week and will then "
     "choose who to take forward, hopefully you!", None),
    ("Your interview", "Thank you for coming in. We're still seeing other candidates and expect "
     "to make a decision by Friday.", None),
    # --- the reader is the agency: the client thanks it for a candidate and went with another
    ("Re: profiles", "Thanks for sourcing these profiles. We've picked another candidate from "
     "our referral pool, so you can stand down the search.", None),
    ("Re: your shortlist", "Appreciate the quick turnaround. The hiring manager preferred another "
     "applicant from a job board, so we won't need your candidates.", None),
    ("Re: the search", "Please pause the search: we've hired another person internally and the "
     "role is closed. Your invoice for the retainer is approved.", None),
    # --- old news retold, another role's choice while the reader is on the shortlist
    ("Re: coffee", "Lovely to hear from you. Yes, we went with another candidate for the "
     "March role, but that was months ago! Coffee on Thursday sounds good.", None),
    ("Re: job", "Re your question: we picked another candidate for the Leeds role back in"
     " January, which is why the listing is gone. The Manchester one you "
     "applied to is still open and you're on the shortlist.", None),
    # --- fresh voices: minutes, a mock interview, a team intro, a job share, a panel invitation, a removal firm
    ("Quick favour", "Our new hire for the design role fell through, so we've picked another "
     "candidate from the final three. Could you help her with the laptop setup"
     " on Monday?", None),
    ("Re: hiring committee minutes", "Minutes attached. Item 3: the committee selected another applicant for "
     "the lab manager post. Item 4: budget.", None),
    ("Thanks!", "Thank you so much for the reference you wrote for me. They went with "
     "another candidate in the end, but I got great feedback. Coffee soon?", None),
    ("Re: Ollie", "Ollie's school chose another boy for the football trip, he's "
     "disappointed but okay. Pick-up at 4?", None),
    ("Team update", "Heads up, leadership went with an external candidate for the VP role "
     "rather than promoting from our team. Happy to chat about what it means "
     "for us.", None),
    ("Re: interview help", "Thanks for the mock interview practice! The real one is Friday. Last "
     "time they chose another candidate because I rambled, so your tips help.", None),
    ("Intro", "Meet Dev, our newest hire! We looked at many people for this role and "
     "chose Dev for his API chops. Say hi in #general.", None),
    ("Re: volunteers", "We have enough helpers for the fun run, we've picked other people for "
     "the water stations, but we'd love you at the finish line.", None),
    ("Panel invite", "We'd love you on the interview panel for the Graduate scheme next week. "
     "Last year the panel chose other candidates over internal ones, so we "
     "want a fresh view.", None),
    ("Re: cover letter", "Looks good! One thought: avoid saying 'if you choose another candidate'."
     " End on a confident note instead.", None),
    ("Re: our process", "Some candidates ask why we sometimes choose another person after a great"
     " interview. This post explains our scoring. Your interview is on 12 May.", None),
    ("Re: moving house", "We went with another removal firm, cheaper quote. See you at the new place!", None),
    ("Re: job share", "HR decided to hire another person for the other half of the job share, "
     "so your three days stay as they are.", None),
    ("Re: client pitch", "The client selected another agency's creative lead for the campaign. Our"
     " team did great work regardless.", None),
    ("Re: secondee", "The partner firm chose another secondee from our office, so you're "
     "staying on the Jones matter.", None),
    # --- more fresh voices: a café job, an election, a fellowship panel, a locum, a tender, a headcount plan
    ("Re: Saturday", "So the café hired another girl for the weekend shifts, which is fine "
     "because I've got the library job now. Still on for Saturday?", None),
    ("Re: the election", "Turnout was good. Members chose another candidate for secretary, and you"
     " were re-elected as treasurer. Congratulations!", None),
    ("Re: fellowship panel", "Thank you for reviewing the fellowship applications. The panel preferred"
     " other candidates to your top pick; the final list is attached for your "
     "records.", None),
    ("Re: supplier day", "We've chosen another caterer for the supplier day but your team is still"
     " presenting at 2pm.", None),
    ("Re: apprentice", "We took on another apprentice this year, so you'll have two to mentor. "
     "Thanks for agreeing to it.", None),
    ("Re: locum", "The practice hired another locum for August, so you can take your leave as planned.", None),
    ("Re: new starter", "Quick one: the person we hired instead of the other candidate starts "
     "Monday; could you book her induction?", None),
    ("Re: referral bonus", "Your referral bonus is on hold: the team hired another candidate for "
     "that role rather than your friend.", None),
    ("Re: the tender", "Thanks for helping evaluate the bids. We chose another bidder than the "
     "one you scored highest; the contract is attached for your signature.", None),
    ("Re: interview schedule", "The hiring manager selected other candidates for the morning, so your "
     "interview is at 2pm on the 14th.", None),
    ("Re: internship", "My daughter's internship application: they picked another student. She's"
     " fine, she'll apply again next year.", None),
    ("Re: new role", "Congrats on the new job! I heard they chose you over three other "
     "finalists. Drinks on you!", None),
    ("Re: headcount plan", "For next year we'll hire another analyst for your team and another "
     "engineer for Priya's.", None),
    ("Re: mentoring", "The scheme chose other mentors for the spring cohort, so you're off duty until autumn.", None),
    # --- formal staff notices: an internal appointment told to managers, a board approval, a grievance outcome
    ("Internal vacancy outcome", "Dear colleague, thank you for supporting the internal recruitment for "
     "the Operations Lead vacancy. The panel has appointed another candidate, "
     "Ms Laura Finch, who takes up the post on 1 July. Please update your "
     "team.", None),
    ("Recruitment approval", "The Executive Board has approved the appointment of another candidate "
     "for the Finance Director role following the withdrawal of the preferred "
     "candidate. As budget holder, please confirm the cost centre.", None),
    ("Notification of appointment", "This is to notify department heads that the university has appointed "
     "another candidate to the Chair of Chemistry. An announcement will "
     "follow.", None),
    ("Re: reference request", "We are considering several other candidates for the role alongside your "
     "former employee and would welcome a reference by Friday.", None),
    ("Feedback on the panel", "As an observer on the panel, you may be interested to know that the "
     "board chose another candidate after a split vote.", None),
    ("Outcome of grievance", "Following the appeal hearing, the panel upheld the decision to appoint "
     "another candidate to the team leader post. Your appeal about the process"
     " is therefore not upheld, and your current role is unaffected.", None),
    ("Re: offer letter template", "Please use the attached template when we appoint another candidate from "
     "the reserve list.", None),
    ("Your new team", "I'm delighted to confirm that, after interviewing several candidates, we"
     " chose another engineer to join you and Priya: Tom starts on the 3rd.", None),
    # --- someone picked to do something with the reader (run the interview, be the buddy, observe), a process
    # that goes on
    ("Next steps", "Our recruiter is off sick, so we have identified another colleague to "
     "take you through the next steps on Monday.", None),
    ("Interview update", "Because of a clash, we've picked another colleague to conduct your "
     "interview on Thursday.", None),
    ("Interview update", "We have recruited other people to sit in as observers at your assessment"
     " centre; nothing changes for you.", None),
    ("Re: call", "I've engaged another recruiter on our side to speak with you about the offer details.", None),
    ("Interview prep", "We'd prefer other people from the team to meet you too, so we've added "
     "two 20-minute chats.", None),
    ("Newsletter", "This month: why hiring teams picked other candidates in 2025, plus tips "
     "for your next interview.", None),
    ("Re: reference", "We've taken other candidates' references already; yours are the last we "
     "need before the offer.", None),
    ("Re: assessment", "We've recommended other finalists and you for the final presentation round on 10 June.", None),
    ("Re: relocation", "We picked another colleague who moved from Leeds to give you tips about the relocation.", None),
    ("Re: buddy", "We have selected another new hire, Sara, to be your buddy when you start.", None),
    ("Re: process", "It took other finalists about two weeks to hear back, so don't worry about the wait.", None),
    # --- the grammar's own verbs and people words (settled on, took along, landed, favoured, employed,
    # recruited) in staff news
    ("Offsite", "We settled on other people to organise the offsite, so you can focus on the launch.", None),
    ("Re: hiring fair", "At the hiring fair we took other colleagues along to staff the stand, so"
     " no need to come in on Saturday.", None),
    ("Re: offer", "Great news: you were our top choice! We also landed another hire for the"
     " data team, so you'll have a peer from day one.", None),
    ("Re: team", "The team favoured another finalist's portfolio format, so please use "
     "that template for your onboarding presentation.", None),
    ("Re: onboarding", "We employed other folk on short contracts over the summer; your "
     "permanent contract is attached.", None),
    ("Welcome pack", "As a new starter you'll meet other new hires at induction. We picked "
     "other people from your intake to share your desk area.", None),
    ("Re: probation", "Your probation review went well. We recruited another colleague for the "
     "support desk, so your workload will ease.", None),
    ("Re: interview", "You're through! We've taken other finalists through the same stage, and "
     "you're meeting the CEO next week.", None),
]

# Other look-alikes: process mail, the reader declining, refusals of things that are no job: no rejections.
NON_REJECTIONS = [
    # --- received, invitations, next steps, offers
    ("Application received", "Kindly note that your application for the post of Accounts Executive has been "
     "received and is under review. Shortlisted candidates will be contacted.", HR),
    ("Interview call letter", "You have been shortlisted for the interview for the post of Sales Officer on 14th "
     "at 10 AM. Kindly bring your original certificates.", HR),
    ("Trial shift", "Thanks heaps for applying! Can you come in for a trial shift Saturday arvo?", None),
    ("Assessment invitation", "Congratulations, you have passed the sift for the Policy Adviser vacancy and are "
     "invited to an interview.", "Recruitment Team <recruit@civilservice.example>"),
    ("Notice of referral", "Your application was referred to the hiring manager for the Program Analyst "
     "position. You may be contacted for an interview.", "USAHire <noreply@usahire.example>"),
    ("Search committee", "The search committee would like to invite you for a campus visit for the Assistant "
     "Professor position.", "Chair, Search Committee <search@univ.example>"),
    ("Offer of employment", "We are delighted to offer you the position of Staff Nurse on Ward 7. Please find "
     "the conditional offer attached.", "NHS Jobs <noreply@nhsjobs.example>"),
    ("Next steps", "The client loved you and wants to move you to the final round. They didn't go with the "
     "other shortlist, they want to meet you first.", AGENCY),
    ("Your application to Lumen", "Your application for Operations Lead was sent to Lumen. You'll hear from "
     "them if they want to move forward.", BOARD),
    ("Application status changed", "The status of your application for QA Tester at Orbit Labs has changed to: "
     "In review.", BOARD),
    ("Re: your interview", "We haven't made a decision yet, other candidates are still interviewing. Expect "
     "news by Friday.", None),
    ("Delay", "Sorry for the delay, the panel hasn't been able to meet yet. We won't leave you hanging.", HR),
    ("Offer", "It's a yes! We'd like to offer you the barista job, starting Monday.", None),
    ("Reference check", "You're our preferred candidate and we'd like to take up your references.", HR),
    # --- the reader withdrawing or declining, the company confirming
    ("Re: withdrawing my application", "Thanks for letting us know you'd like to withdraw. We've closed your "
     "application as requested and wish you the best with the new role.", HR),
    ("Re: offer", "Sorry to hear you won't be accepting our offer. We understand and we'll keep in touch.", None),
    ("Re: interview", "No problem at all that you've decided not to proceed with the interview. Good luck!",
     None),
    ("Withdrawal confirmed", "Your application for Store Associate has been withdrawn at your request.",
     "Hiring <hiring@shopmart.example>"),
    ("Re: not for me", "Totally understand the role isn't the right fit for you. Thanks for being upfront.",
     AGENCY),
    # --- supplier, quote, freelance, tender refusals
    ("Your proposal", "Thank you for your proposal for the website redesign. We have decided not to proceed "
     "with it at this time.", None),
    ("Quote", "We won't be going ahead with the quote for the fence, the neighbour is sorting it.", None),
    ("Tender response", "Your tender was unsuccessful on this occasion. Scores are attached.",
     "Procurement <procurement@council.example>"),
    ("Partnership", "We're not able to move forward with the partnership proposal this quarter.", None),
    ("Sponsorship", "Unfortunately we cannot sponsor the event this year.", None),
    # --- course, school, flat, loan, grant, volunteer refusals
    ("Course application", "We regret that your application to the MSc Data Science course has been "
     "unsuccessful.", "Admissions <admissions@univ.example>"),
    ("School place", "We are sorry to tell you that your application for a place at Hill Primary has not been "
     "successful.", "School Admissions <admissions@council.example>"),
    ("Rental application", "Unfortunately your application for the flat on King Street was not successful.",
     "Lettings <lettings@homes.example>"),
    ("Loan decision", "We are unable to approve your loan application at this time.", "Bank <no-reply@bank.example>"),
    ("Grant outcome", "Your grant application was not successful in this funding round.",
     "Grants Office <grants@foundation.example>"),
    ("Volunteering", "Thanks for offering to volunteer; the rota is full so we won't need you this month.",
     "Food Bank <hello@foodbank.example>"),
    ("Membership", "Your application for membership has not been approved by the committee.", None),
    ("Visa", "Your visa application has been refused. Reasons are set out below.", None),
    ("Credit card", "We're sorry, we can't offer you a credit card right now.", "Bank <no-reply@bank.example>"),
    ("Conference talk", "Thank you for your talk proposal. We were unable to include it in this year's "
     "programme.", "Conference <events@devconf.example>"),
    ("Manuscript", "Thank you for submitting your manuscript. It is not a fit for our list.", None),
    ("Journal", "After review, the editors decided not to accept your paper for publication.", None),
    # --- job alerts, outreach, newsletters
    ("Jobs for you", "New jobs match your profile: Analyst at Orbit, Designer at Kestrel. Apply now.", BOARD),
    ("Opportunity", "I came across your profile and think you'd be a great fit for a role I'm working on. Free "
     "for a call?", AGENCY),
    ("Career tips", "How to handle rejection: 7 ways to bounce back when you don't get the job.",
     "Careers Digest <news@careersdigest.example>"),
    ("Webinar", "Join our webinar: what recruiters mean when they say 'not the right fit'.",
     "Careers Digest <news@careersdigest.example>"),
    ("Profile views", "3 recruiters viewed your profile this week.", BOARD),
    # --- process continues
    ("Still in the running", "Just to say you are still very much in consideration. We've had to push the final "
     "interviews back a week.", None),
    ("Role on hold", "The role is on hold for two weeks while budgets are signed off; your application stays "
     "active and we'll pick it up then.", AGENCY),
    ("Re: feedback", "They were really positive. No decision until all interviews are done next week.", AGENCY),
    ("Reschedule", "We can't do Tuesday anymore, can we move your interview to Thursday?", None),
    ("Documents", "We can't progress your application until we receive your right to work documents.", HR),
    # --- a decision about someone else (not choice grammar)
    ("Re: candidate", "We won't be moving forward with Daniel, please let him know. You interviewed him.", None),
    ("Re: your friend", "I'm afraid we're not progressing Mo's application, sorry. Thanks for the referral.",
     None),
    ("Interview panel", "We've decided not to proceed with the candidate from Tuesday. Can you update the "
     "tracker?", None),
    # --- ordinary business mail with decision words
    ("Re: the project", "We decided not to proceed with the Q3 project; budget moved to Q4.", None),
    ("Re: meeting", "Let's not move forward with the vendor meeting, nothing to discuss yet.", None),
    ("Re: holiday request", "Your holiday request for August has been approved.", HR),
    ("Re: laptop", "IT won't be able to replace the laptop until next month.", None),
    ("Re: desk move", "We've filled the last desk on the 3rd floor, so you'll stay on 2.", None),
    ("Re: parking", "The parking space has been given to another colleague, sorry. Try the bike shed.", None),
    ("Re: course place", "The last place on the Excel course has been given to someone else; you're first on the "
     "waitlist.", HR),
    ("Re: meeting room", "Room 4 was taken by another team, let's use the café.", None),
    ("Re: pitch", "The client didn't go for our pitch. Onwards!", None),
    ("Re: expense claim", "Your expense claim was rejected, the receipt is missing.", None),
    ("Re: leave", "Your request for unpaid leave has not been approved this time.", HR),
    ("Re: transfer", "Your transfer request to the Leeds office has been declined for now.", HR),
    ("Re: pay rise", "We aren't able to offer a pay rise this year.", HR),
    ("Re: training budget", "We can't fund the conference this year, sorry.", None),
    ("Re: event", "We won't be able to host the event in our office.", None),
    ("Re: the car", "We've decided to go with another car, the blue one.", None),
    ("Re: sofa", "We chose another sofa in the end, thanks for holding it.", None),
    ("Re: hotel", "We went with a different hotel for the offsite.", None),
    ("Re: software", "We selected another tool for project tracking.", None),
    ("Re: logo", "We went with another design for the logo.", None),
    ("Re: name", "The team chose another name for the product.", None),
    ("Re: date", "We picked another date for the party.", None),
    ("Re: option", "We went with option B in the end.", None),
    ("Re: flight", "I booked another flight, the earlier one.", None),
    ("Re: restaurant", "We chose another restaurant for Friday.", None),
    ("Re: school", "We've chosen another school for Ella.", None),
    ("Re: bank", "We picked another bank for the mortgage.", None),
    ("Re: plan", "We've settled on another plan for the garden.", None),
    ("Re: insurer", "We went with another insurer this year.", None),
    ("Re: gym", "I signed up with another gym.", None),
    ("Re: route", "We'll go with another route for the run.", None),
    ("Re: paint", "Went with a different colour for the kitchen.", None),
]


# Known misses (strict: remove an entry when it starts passing). Most need shared code: the job context of
# phrases.JOB or the classifier's "a state of the role" penalty on a 3.5 family.
KNOWN_MISSES = {
    ("REJECTIONS", 22): "'front of house positions' and 'joining the team' are no job context (shared phrases.JOB)",
    ("REJECTIONS", 33): "curt 'Position's been filled. Thanks.': the classifier reads a state of the role (-2.0)",
    ("REJECTIONS", 34): "'Not for us this time' (3.5) under 'Re: CV': a state of the role (-2.0)",
    ("REJECTIONS", 54): "no job word at all ('a yes from us', 'apply again'): no job context (shared)",
    ("REJECTIONS", 69): "'overqualified' is no job word; 'Re: application' alone may be a flat's (shared)",
    ("REJECTIONS", 70): "'reference checks' and 'an offer' are no job context (shared phrases.JOB)",
    ("REJECTIONS", 86): "hurried two-liner under 're: application' only: no clear job context (shared phrases.JOB)",
    ("OTHER_CHOSEN_REJECTIONS", 41): "'taken on another driver for the route': a job title, no role word",
    ("OTHER_CHOSEN_REJECTIONS", 53): "subject 'Thank you for interviewing' is read as the reader being the interviewer "
                                     "(shared phrases.LOOKALIKES)",
}


def cases(name: str, table: list[tuple]) -> list:
    """The table's rows as parameters, the known misses marked as strict expected failures."""
    return [pytest.param(*row, id=f"{i}:{row[0]}",
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(name, i)])]
                         if (name, i) in KNOWN_MISSES else [])
            for i, row in enumerate(table)]


@pytest.mark.parametrize(("subject", "body", "sender"), cases("REJECTIONS", REJECTIONS))
def test_sweep2_en_rejection_found(subject: str, body: str, sender: str | None) -> None:
    assert found(letter(subject, body, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), cases("OTHER_CHOSEN_REJECTIONS", OTHER_CHOSEN_REJECTIONS))
def test_sweep2_en_other_chosen_rejection_found(subject: str, body: str, sender: str | None) -> None:
    assert found(letter(subject, body, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), OTHER_CHOSEN_LOOK_ALIKES, ids=ids(OTHER_CHOSEN_LOOK_ALIKES))
def test_sweep2_en_other_chosen_look_alike_is_no_rejection(subject: str, body: str, sender: str | None) -> None:
    assert not found(letter(subject, body, sender, sign="Cheers,\nAlex"))


@pytest.mark.parametrize(("subject", "body", "sender"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep2_en_look_alike_is_no_rejection(subject: str, body: str, sender: str | None) -> None:
    assert not found(letter(subject, body, sender, sign="Cheers,\nAlex"))
