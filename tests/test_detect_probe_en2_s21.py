"""Probing by template (session 21, second round), English: the decision families other than "another person was
chosen" ("the position has been filled", "not moving forward", "unsuccessful", "regret to inform", "requirements not
met", "not the right fit", "no offer", "pass on", "decided against", a status line "declined", "closed / archived",
"on this occasion"). One mail that is no rejection of the reader's job application, with a slot for a sentence in
those words; each mail sent plain, HTML-only (an ATS's table) and as a reply above a quoted question.

The writers: a SaaS vendor's renewal or quote, a letting agent, a university's admissions office, a grant funder, a
choir, an airline's upgrade desk, a bank, a job board's alert about a SAVED posting, a recruiter's market update, HR
to an employee (leave, expenses, a transfer, a promotion round), an employer acknowledging the reader's own
withdrawal, a recruiter writing to the reader as hiring manager, a volunteer group, a careers newsletter, a friendly
note above an old quoted rejection, and an ATS's mail to an interviewer.

First sight (main at 331a0fd, before the fixes), sentences called a rejection: the recruiter's news of roles 6 of 13,
the recruiter's market update 2 of 11, HR's promotion round 4 of 9, a careers site's "job you were following" 1 of 6,
a certification exam's result 4 of 7, a hiring platform's digest of the reader's own job 1 of 9, a CV-writing
service's review 4 of 7, an acknowledgement's small print 3 of 11, a "still under review" note 1 of 11 (each the same
plain, HTML and as a reply), and a friend's forwarded no 10 of 10 only as a reply above the reader's quoted question;
the other 31 templates none (41 templates, 422 sentences, each in three shapes). The vendor, landlord, admissions,
grant, choir, airline, bank, job-board, HR, withdrawal, hiring-manager, volunteer, newsletter, quoted-thread and
interviewer templates the brief named were all clean at first sight.
Fixed by family in core/detect/languages/en.py: a promotion round, a job the reader follows, roles (plural) only
mentioned to the reader, a certification body's score report or exam voucher, a platform's summary for the reader's
own job, a CV-writing service's free review, a rule for "candidates who are not the right fit", a closure only "if the
vacancy is withdrawn", and "no offer will be made until ...". What is left is in GAPS (strict xfails), with reasons.

Next to them, 32 rejections from new writers in the same families' territory (all found before and after), so the
fixes cost no recall; one more ("the role ... that I put you forward for: it's been filled") is a known miss. All
texts are written for this file.
"""

from __future__ import annotations

import pytest
from labelled import ATS_HTML_HEAD, found, mail, shaped_mail

HTML_FOOT = "</td></tr></table></body></html>"
QUOTE = "\n\nOn Tue, 4 Mar 2025 at 10:02, Sam Rivera <sam@example.net> wrote:\n> Hello, any update on this?\n> Sam\n"

# Each template: (sender, subject, body with "{}" where the sentence goes), then its sentences.

VENDOR = ('Priya Nair <priya.nair@cloudledger.example>', 'Your CloudLedger subscription - renewal',
          "Hi Sam,\n\nThanks for getting back to me about the CloudLedger renewal for Acme. {}\n\nYour current plan "
          "stays active until 31 March, and you can export all invoices and reports from Settings > Data before "
          "then. If anything changes on your side, just reply here and I'll send a fresh quote.\n\nBest,\nPriya "
          "Nair\nAccount Manager, CloudLedger")
VENDOR_SENTENCES = [
    "I understand you will not be moving forward with the renewal this year.",
    "Sorry to hear that our quote was unsuccessful.",
    "I'm sorry our proposal was not successful on this occasion.",
    "I note that your finance team decided against the upgrade to the Business tier.",
    "Your procurement team told us the quote did not meet the requirements of the tender.",
    "We understand that CloudLedger is not the right fit for your team at the moment.",
    "I see you've decided to pass on the annual plan for now.",
    "Our bid was not selected, but we'd love to stay in touch.",
    "I regret to inform you that the 20% discount is no longer available after this month.",
    "The promotional pricing is no longer open to new contracts.",
    "Your renewal request has been declined in our billing system because the card expired.",
    "We will not proceed with the auto-renewal unless you confirm.",
    "The support ticket about the renewal has been closed.",
    "I appreciate you letting us know you won't be progressing with the migration.",
    "Unfortunately we are not able to offer a discount on this occasion.",
    "We're sorry it wasn't a match for your workflow.",
    "Your trial account has been archived.",
]

LANDLORD = ('Oakfield Lettings <lettings@oakfield-homes.example>', 'Flat 3, 18 Larch Road - your viewing',
            "Dear Sam,\n\nThank you for viewing Flat 3, 18 Larch Road on Saturday. {}\n\nWe have two similar flats "
            "coming up in the same area next month, and I have added you to our mailing list so you hear about them "
            "first. Please call the office if you would like to book a viewing.\n\nKind regards,\nTom Baker\nOakfield "
            "Lettings")
LANDLORD_SENTENCES = [
    "I'm sorry to say the landlord has decided not to proceed with your tenancy application.",
    "Unfortunately your application for the flat was unsuccessful.",
    "Your rental application was not successful on this occasion.",
    "We regret to inform you that the property has now been let.",
    "The flat is no longer available, as a holding deposit has been taken.",
    "The landlord has decided to go with another tenant.",
    "Sadly the referencing requirements were not met, so the landlord will not offer the tenancy.",
    "The landlord felt the flat was not the right fit for a household with a dog.",
    "The landlord has passed on your offer of rent.",
    "Your application has been declined by the landlord.",
    "We will not be moving forward with your tenancy.",
    "The listing has been closed and archived.",
    "The landlord decided against letting to sharers.",
    "The property is no longer on the market.",
    "Your offer was not accepted.",
    "The vacancy at this property has been filled.",
]

ADMISSIONS = ('Admissions Office <admissions@northbridge-uni.example>', 'Your application to MSc Data Science',
              "Dear Sam,\n\nThank you for your application to the MSc Data Science programme for entry in September "
              "2025. {}\n\nYou may still apply for our MSc Applied Statistics, which has places left, and your "
              "documents can be carried over. Our admissions team is happy to advise.\n\nYours sincerely,\nAdmissions "
              "Office\nNorthbridge University")
ADMISSIONS_SENTENCES = [
    "We regret to inform you that your application has been unsuccessful.",
    "I'm sorry to tell you that you have not been offered a place on the programme.",
    "Unfortunately you do not meet the entry requirements for this course.",
    "Your application was not successful on this occasion.",
    "The programme is now full and is no longer open for applications.",
    "After careful consideration, we will not be making you an offer.",
    "We are unable to proceed with your application as the minimum requirements are not met.",
    "Your application status is now: Rejected.",
    "The admissions panel decided against offering you a place.",
    "Your application has been declined.",
    "All places on the course have been filled.",
    "You have not been selected for a place this year.",
    "We will not be progressing your application to the interview stage for this programme.",
    "Your application has been closed.",
]

GRANT = ('Arts Fund <grants@lanternfund.example>', 'Your Lantern Fund application (ref LF-2219)',
         "Dear Sam,\n\nThank you for applying to the Lantern Fund's spring round for your community theatre project. "
         "{}\n\nThe autumn round opens on 1 September, and our grants officers run free advice sessions before "
         "then; you can book one on our website.\n\nWith best wishes,\nThe Lantern Fund")
GRANT_SENTENCES = [
    "We regret to inform you that your application was unsuccessful.",
    "Unfortunately your bid was not successful on this occasion.",
    "The panel decided not to proceed with your application.",
    "Your project did not meet the fund's eligibility requirements.",
    "The panel felt the project was not the right fit for this round.",
    "Your application has not been selected for funding.",
    "We will not be able to offer you a grant this time.",
    "The spring round is now closed and no longer open to applications.",
    "Your application status: Declined.",
    "The panel decided against funding the project.",
    "Your application will not progress to the second stage.",
    "All funding for the spring round has been allocated.",
]

CHOIR = ('Maggie Lowe <maggie@riverside-singers.example>', 'Riverside Singers - auditions',
         "Hi Sam,\n\nThank you so much for coming along to the auditions on Tuesday, it was lovely to hear you. "
         "{}\n\nWe'd love you to join us at our open rehearsals, every Thursday at 7.30 in St Mary's hall, and our "
         "summer concert is on 21 June.\n\nWarm wishes,\nMaggie\nMembership Secretary, Riverside Singers")
CHOIR_SENTENCES = [
    "I'm sorry to say you weren't successful in getting a place in the chamber choir this time.",
    "Unfortunately the soprano section is full and no longer open this season.",
    "The director has decided not to move forward with new altos until next year.",
    "Sadly you were not selected for the solo part.",
    "We regret to inform you that the chamber choir places have been filled.",
    "On this occasion we were unable to offer you a place in the chamber group.",
    "The director felt the part was not the right fit for your range.",
    "We've decided against adding a fourth tenor this season.",
    "We will not be offering any further places this term.",
    "Your audition was unsuccessful, but please don't be discouraged.",
    "You didn't quite meet the sight-reading requirement for the chamber choir.",
]

AIRLINE = ('SkyAtlantic <noreply@skyatlantic.example>', 'Your upgrade request - SA 117 London to Boston',
           "Dear Sam Rivera,\n\nBooking reference QX7L2P, flight SA 117 on 14 March.\n\n{}\n\nYour original seat "
           "12C in Premium Economy is confirmed and your Avios have been returned to your account. You can "
           "check in online from 24 hours before departure.\n\nSkyAtlantic Customer Service")
AIRLINE_SENTENCES = [
    "Unfortunately your upgrade request was unsuccessful.",
    "We regret to inform you that your upgrade bid was not successful on this occasion.",
    "Your request to upgrade has been declined as the cabin is full.",
    "Your position on the waiting list for Business is no longer open.",
    "Upgrade status: Rejected.",
    "We will not be able to proceed with your upgrade.",
    "Your upgrade request did not meet the requirements of the fare rules.",
    "Your upgrade was not selected in the final allocation.",
    "The upgrade waitlist has been closed.",
    "We're sorry we couldn't offer an upgrade on this flight.",
    "Your bid has been archived.",
]

BANK = ('Harbour Bank <notifications@harbourbank.example>', 'Your credit card application',
        "Dear Sam Rivera,\n\nThank you for applying for a Harbour Platinum credit card.\n\n{}\n\nThis does not "
        "affect your current account or savings. You can read about the factors we consider at harbourbank.example/"
        "credit, and you can ask for a copy of your credit file free of charge.\n\nHarbour Bank")
BANK_SENTENCES = [
    "We regret to inform you that your application has been unsuccessful.",
    "Unfortunately we are unable to proceed with your application at this time.",
    "Your application did not meet our lending requirements.",
    "Your application has been declined.",
    "Application status: Rejected.",
    "We have decided not to move forward with your application.",
    "On this occasion we are unable to offer you a credit card.",
    "We will not be able to progress your application further.",
    "Your application was not successful.",
    "We've decided against offering you this card.",
    "Your application has been closed.",
]

JOB_ALERT = ('JobFinder Alerts <alerts@jobfinder.example>', 'Update on a job you saved',
             "Hi Sam,\n\nYou saved the job Senior Data Analyst at Pinegrove Retail on 2 March.\n\n{}\n\nHere are 6 "
             "similar jobs near London that match your search. Update your alert preferences any time from your "
             "JobFinder dashboard.\n\nThe JobFinder team")
JOB_ALERT_SENTENCES = [
    "This position has been filled.",
    "This job is no longer open.",
    "The employer has closed this posting and it is no longer accepting applications.",
    "This posting has been archived.",
    "The position is no longer available.",
    "The vacancy has been filled and the listing was removed.",
    "Status: Closed.",
    "Pinegrove Retail is no longer hiring for this role.",
    "This job has expired and is no longer open to applicants.",
    "The employer will not be hiring for this position after all.",
    "Unfortunately this role has been filled.",
]

MARKET = ('Harriet Cole <harriet@brightpath-recruit.example>', 'Q1 hiring market update',
          "Hi Sam,\n\nAs promised, here's my quick read of the data hiring market this quarter. {}\n\nOn the bright "
          "side, contract roles are up 12% and salaries for senior analysts held steady. Happy to have a call if "
          "you'd like to talk through your next move.\n\nBest,\nHarriet\nBrightpath Recruitment")
MARKET_SENTENCES = [
    "A lot of clients are not moving forward with new headcount until April.",
    "Several roles I mentioned last month have been filled or are no longer open.",
    "Many candidates tell me their applications were unsuccessful because of sheer volume.",
    "Some banks have decided against hiring permanent staff this year.",
    "Employers are passing on candidates who don't meet every requirement.",
    "A few firms told me they will not be hiring until the budget is signed off.",
    "Recruiters often say 'not the right fit' when a client simply froze a role.",
    "Plenty of postings get closed or archived without any hire.",
    "Clients regret to inform a lot of applicants that roles are on hold.",
    "Many of my clients will not proceed with external hires this quarter.",
    "The Head of Data role at Kite Bank has been filled, by the way.",
]

HR_EMPLOYEE = ('HR Services <hr-services@acme.example>', 'Your request in PeoplePortal',
               "Hi Sam,\n\nThis is an update on the request you submitted in PeoplePortal on 3 March. {}\n\nIf you "
               "have any questions, please speak to your line manager or raise a ticket with HR Services. You can "
               "see the full history of your request under My Requests.\n\nHR Services\nAcme")
HR_EMPLOYEE_SENTENCES = [
    "Your annual leave request for 14-18 April has been declined by your manager.",
    "Your expense claim EX-2231 has been rejected because the receipt is missing.",
    "Your internal transfer request to the Leeds office was not approved.",
    "Unfortunately your request to work compressed hours was unsuccessful.",
    "Your training request did not meet the requirements of the learning budget.",
    "Your request has been closed.",
    "Status: Rejected by approver.",
    "We will not be able to proceed with your equipment order this quarter.",
    "We regret to inform you that your flexible working request was not successful.",
    "Your manager decided against the change to your working pattern.",
    "Your secondment request was not selected in this round.",
    "The promotion round for this year has closed and is no longer open to nominations.",
    "Your request for a parking permit has been declined.",
]

WITHDRAWN = ('Talent Team <talent@acme.example>', 'Your withdrawal - Data Analyst',
             "Hi Sam,\n\nThanks for letting us know that you have accepted another offer and would like to withdraw "
             "from the Data Analyst process. {}\n\nWe enjoyed meeting you and wish you every success in the new role. "
             "Do stay in touch; our door is always open.\n\nBest,\nDana\nTalent Team, Acme")
WITHDRAWN_SENTENCES = [
    "As requested, we will not be moving forward with your application.",
    "We have withdrawn your application and closed it in our system.",
    "Your application status now shows as withdrawn and archived.",
    "We won't proceed with the final interview, as you asked.",
    "We have cancelled the final interview and will not progress your application further.",
    "Your candidate profile has been closed at your request.",
    "We're sorry we won't be working together on this occasion.",
    "We respect your decision to pass on the role.",
    "We understand the role wasn't the right fit for your plans right now.",
    "We have marked your application as declined by candidate.",
    "We will not be sending an offer now, of course.",
]

HIRING_MANAGER = ('Harriet Cole <harriet@brightpath-recruit.example>', 'Candidate update - Analyst shortlist',
                  "Hi Sam,\n\nThanks for interviewing the three Analyst candidates I sent over last week. {}\n\nI'll "
                  "send two fresh CVs by Thursday so you have a full slate for the final round. Let me know if your "
                  "availability changes.\n\nBest,\nHarriet\nBrightpath Recruitment")
HIRING_MANAGER_SENTENCES = [
    "As you asked, I've told Jordan that the candidate was unsuccessful; please inform the panel.",
    "The candidate you interviewed on Monday was unsuccessful, so please let him know or I can do it.",
    "I'll let Alex know he won't be progressing to the final round.",
    "Understood that you've decided not to move forward with Priya.",
    "I've let Chris know that her application was not successful on this occasion.",
    "I agree that Marcus didn't meet the requirements for SQL.",
    "Noted that Jordan isn't the right fit for your team.",
    "Thanks for letting me know you'd like to pass on Alex.",
    "I've updated Jordan's status to Rejected in the system.",
    "I've closed Alex's application and archived his file.",
    "You decided against offering Priya the role; I'll tell her today.",
    "Totally fine that you won't be making an offer to any of the three.",
]

VOLUNTEER = ('Food Share Volunteers <volunteers@foodshare.example>', 'Saturday volunteer shifts',
             "Hi Sam,\n\nThank you for signing up to help at the Food Share warehouse. {}\n\nWe still need drivers on "
             "Sunday mornings and packers on Wednesday evenings; you can pick a shift on the rota link below. Thank "
             "you for giving your time.\n\nCheers,\nAnna\nVolunteer Coordinator")
VOLUNTEER_SENTENCES = [
    "Unfortunately the Saturday shift is full and no longer open.",
    "I'm sorry to say your request for the Saturday slot was unsuccessful.",
    "The team leader position has been filled for this season.",
    "We will not be moving forward with the Saturday delivery round for now.",
    "We regret to inform you that the Saturday morning sessions are cancelled.",
    "On this occasion we couldn't place you on the Saturday team.",
    "You weren't selected for the Saturday shift, as we had more volunteers than places.",
    "Your DBS check did not meet the requirements yet, so we can't put you on the youth team.",
    "We decided against running the Saturday pop-up this month.",
    "Your shift swap request has been declined.",
]

NEWSLETTER = ('Career Compass <newsletter@careercompass.example>', 'This week: reading between the lines',
              "Hi Sam,\n\nIn this week's issue we look at the emails nobody likes to get. {}\n\nNext week: how to "
              "ask for feedback without sounding bitter. Reply to this email with your own stories, and we may "
              "feature them (anonymously).\n\nThe Career Compass team")
NEWSLETTER_SENTENCES = [
    "When a recruiter writes 'we will not be moving forward with your application', it rarely means the door is "
    "closed forever.",
    "'Unfortunately your application was unsuccessful' is still the most common first line we see.",
    "If you read 'we regret to inform you', skim to the end for any offer of feedback.",
    "'The position has been filled' often arrives weeks after the real decision.",
    "'You did not meet the requirements' is usually a filter, not a judgement.",
    "'Not the right fit' can mean anything from salary to timing.",
    "A status that flips to 'Rejected' overnight is usually an automated rule.",
    "When the hiring manager 'decided to pass', ask whether they would consider you for other roles.",
    "'On this occasion' is a phrase that often means they would consider you again.",
    "An application marked 'closed' or 'archived' has usually just timed out.",
    "'We will not be offering you the position' is blunt, but at least it is clear.",
    "Readers told us they were 'not selected' for three roles in a week and got a job on the fourth.",
]

QUOTED = ('Jordan Lee <jordan@acme.example>', 'Re: Data Analyst - application update',
          "Hi Sam,\n\nHope you're well! I'm the new Head of Data at Acme and I came across your profile again. "
          "We've just opened a Senior Analyst role that looks like a great match, and I'd love to have a chat "
          "next week if you're interested.\n\nBest,\nJordan\n\nOn 12 Jan 2024, Acme Talent <talent@acme.example> "
          "wrote:\n> Dear Sam,\n> {}\n> Kind regards,\n> Talent Team")
QUOTED_SENTENCES = [
    "We regret to inform you that your application was unsuccessful.",
    "Unfortunately we will not be moving forward with your application.",
    "The position has now been filled.",
    "Your application was not successful on this occasion.",
    "You did not meet the requirements for this role.",
    "We don't feel you are the right fit for this role.",
    "We have decided to pass on your application.",
    "We will not be offering you the position.",
    "Your application has been closed.",
    "After careful thought, we decided against progressing your application.",
]

INTERVIEWER = ('Greenhouse <no-reply@greenhouse.example>', 'Interview cancelled: Jordan Lee - Data Analyst',
               "Hi Sam,\n\nYour interview with Jordan Lee for Data Analyst on Thu 6 March at 14:00 has been "
               "cancelled.\n\n{}\n\nYou do not need to submit a scorecard. The event has been removed from your "
               "calendar.\n\nSent by Greenhouse on behalf of Acme")
INTERVIEWER_SENTENCES = [
    "Reason: the candidate was unsuccessful at the previous stage.",
    "The hiring team decided not to move forward with this candidate.",
    "The candidate's application has been rejected.",
    "The requisition is no longer open: the position has been filled.",
    "The candidate did not meet the requirements of the technical screen.",
    "The candidate has withdrawn and their application is closed.",
    "Status: Rejected - not the right fit.",
    "The hiring manager decided to pass on this candidate.",
    "Candidate will not progress to the onsite.",
    "This application has been archived.",
    "Jordan was not selected for the final round.",
]

SLOT = ('Talent Team <talent@acme.example>', 'Your final interview - Data Analyst',
        "Hi Sam,\n\nGreat news: the panel enjoyed your case study and we'd like to invite you to the final interview "
        "for the Data Analyst role. {}\n\nPlease pick a time in the booking link below; the interview is 60 minutes "
        "with Jordan Lee and our CFO. Let me know if you need any adjustments.\n\nBest,\nDana\nTalent Team, Acme")
SLOT_SENTENCES = [
    "The Tuesday 10am slot has been filled, so please choose one of the others.",
    "The Monday slots are no longer available, sorry.",
    "We will not be moving forward with the written test, so this is the last step.",
    "We decided against a second technical round, since your case study covered it.",
    "Unfortunately the in-person option is not possible on this occasion, so it will be on Zoom.",
    "We won't proceed with the other two finalists, so it's down to you and one other.",
    "Your earlier booking was unsuccessful because the calendar link expired.",
    "The previous invitation was declined by our system by mistake, so here is a fresh one.",
    "The old booking link is closed and no longer open.",
    "Thursday isn't the right fit for Jordan's diary, so we've left it out.",
    "We regret to inform you that the Friday option has gone, but Wednesday is free.",
    "I'm afraid we won't be able to offer a weekend slot.",
    "The other candidates have been told they will not progress, so you're our last finalist.",
    "Our CFO decided to pass on the group exercise, so it's a conversation only.",
]

REFERRAL = ('People Team <people@acme.example>', 'Your referral: Jordan Lee - Data Analyst',
            "Hi Sam,\n\nThank you for referring Jordan Lee for the Data Analyst role through the referral portal. "
            "{}\n\nReferrals are still our best source of hires, so please keep them coming: the bonus for any "
            "referral hired this quarter is now 2,000 GBP.\n\nThanks,\nPeople Team, Acme")
REFERRAL_SENTENCES = [
    "Unfortunately Jordan's application was unsuccessful.",
    "We regret to inform you that your referral was not successful on this occasion.",
    "The hiring team decided not to move forward with Jordan.",
    "The position has now been filled, so the referral is closed.",
    "Jordan did not meet the requirements for the role.",
    "The team felt Jordan was not the right fit for this role.",
    "The hiring manager decided to pass on Jordan's profile.",
    "Referral status: Rejected.",
    "We will not be making Jordan an offer.",
    "Jordan was not selected for interview.",
    "Your referral has been archived.",
    "We decided against progressing Jordan to the final stage.",
]

POSTING = ('JobFinder for Employers <employers@jobfinder.example>', 'Your job posting has ended',
           "Hi Sam,\n\nYour job posting 'Data Analyst (London)' for Acme received 84 applications. {}\n\nYou can "
           "repost the job in one click, or download the applicants' CVs from your employer dashboard for 30 days. "
           "Thanks for hiring with JobFinder.\n\nThe JobFinder team")
POSTING_SENTENCES = [
    "Your posting is now closed and no longer open to applicants.",
    "You marked the position as filled on 3 March.",
    "The job has been archived.",
    "You rejected 61 applicants and 12 were not yet reviewed.",
    "Candidates you marked as not the right fit were sent your decline message.",
    "Applicants who did not meet your screening requirements were declined automatically.",
    "We told the unsuccessful applicants that the role has been filled.",
    "All applicants who were not selected have been notified.",
    "You decided not to move forward with 40 candidates.",
    "Your posting will not be renewed.",
]

RECRUITER_ROLE = ('Harriet Cole <harriet@brightpath-recruit.example>', 'A couple of roles for you',
                  "Hi Sam,\n\nHope the week is going well. {}\n\nBut I do have two new Senior Analyst roles that "
                  "look like a strong match for your background, one at a fintech and one at a retailer. Are you "
                  "free for a quick call on Thursday?\n\nBest,\nHarriet\nBrightpath Recruitment")
RECRUITER_ROLE_SENTENCES = [
    "The Kite Bank role I mentioned last week has been filled before I could put you forward.",
    "The contract role I told you about is no longer open, the client froze it.",
    "My client has decided not to move forward with the Platform Lead role at all.",
    "The client decided against hiring for the Lead Analyst post this year.",
    "That role is now closed.",
    "Sadly the client will not be hiring for the Analytics Manager role after all.",
    "The client passed on the whole shortlist for the Data Lead role, so they've paused it.",
    "The Insights Manager vacancy has been filled internally, so I won't be sending your CV there.",
    "Unfortunately the hiring freeze at Pinegrove means that role will not proceed.",
    "The Head of BI opening I flagged is no longer available.",
    "I regret to say the client pulled the role I mentioned, so nothing was sent.",
    "The Northwind role wasn't the right fit for you anyway, given the travel.",
    "The position I mentioned has been filled.",
]

FRIEND = ('Jo Park <jo.park@mailbox.example>', 'Quick update',
          "Hey Sam,\n\nThanks for the interview tips last week! {}\n\nAnyway, I've got two more interviews lined up "
          "next week, so fingers crossed. Fancy a drink on Friday to catch up?\n\nJo")
FRIEND_SENTENCES = [
    "I got the 'we regret to inform you' email from Pinegrove this morning.",
    "The Pinegrove role was filled, so that's that.",
    "My application to Pinegrove was unsuccessful, sadly.",
    "Pinegrove decided not to move forward with me.",
    "Apparently I didn't meet the requirements for the senior grade.",
    "They said I wasn't the right fit, whatever that means.",
    "They passed on me after the final round.",
    "The portal now says 'Rejected' next to my application.",
    "Pinegrove won't be making me an offer.",
    "I wasn't selected for the final round at Pinegrove.",
    "They decided against progressing me.",
    "My application was not successful on this occasion, as they put it.",
]

PROMOTION = ('HR Services <hr-services@acme.example>', 'Promotion round 2025 - outcome',
             "Hi Sam,\n\nThank you for taking part in the 2025 promotion round as a Senior Analyst. {}\n\nYour "
             "manager will set up a development conversation with you in the next two weeks, and the next round "
             "opens in October. Your current role, salary and benefits are unchanged.\n\nHR Services, Acme")
PROMOTION_SENTENCES = [
    "Unfortunately your promotion case was unsuccessful this time.",
    "We regret to inform you that you were not selected for promotion in this round.",
    "The panel decided not to move forward with your promotion case.",
    "Your case did not meet the requirements for the Lead level yet.",
    "The panel decided against promoting you this cycle.",
    "You will not progress to Lead Analyst in this round.",
    "Your promotion case was not successful on this occasion.",
    "The Lead Analyst position has been filled from this round.",
    "Your internal application for the Lead Analyst vacancy has been declined.",
]

BALLOT = ('City Marathon <entries@citymarathon.example>', 'Your ballot result - City Marathon 2025',
          "Dear Sam,\n\nThank you for entering the ballot for the City Marathon on 27 April 2025. {}\n\nYou can still "
          "run with one of our 600 charity partners, and everyone in the ballot gets 20% off our official kit. Keep "
          "training!\n\nThe City Marathon team")
BALLOT_SENTENCES = [
    "We're sorry to tell you that your ballot entry was unsuccessful.",
    "Unfortunately you have not been selected for a place this year.",
    "We regret to inform you that you did not get a place on this occasion.",
    "All places in the ballot have now been filled.",
    "Entry status: Declined.",
    "Your entry will not progress to the reserve draw.",
    "The ballot is now closed.",
    "We will not be able to offer you a place in 2025.",
    "Your entry did not meet the age requirements for the full distance.",
]

COMMUNITY = ('Data Analysts London <noreply@meetspace.example>', 'Your request to join Data Analysts London',
             "Hi Sam,\n\n{}\n\nYou can browse other data and analytics groups near you, or start your own group in a "
             "few minutes. Questions? Visit our help centre.\n\nThe Meetspace team")
COMMUNITY_SENTENCES = [
    "The organisers of Data Analysts London have declined your request to join.",
    "Your membership application was not approved by the group's organisers.",
    "Unfortunately your request to join was unsuccessful, as the group is for working analysts only.",
    "The group is no longer open to new members.",
    "The organisers decided not to move forward with new members this month.",
    "Your answers did not meet the group's requirements for joining.",
    "Your request has been closed.",
    "Request status: Rejected.",
]

PULL_REQUEST = ('Priya Nair <notifications@codehost.example>', 'Re: [tidydata/loader] Add CSV streaming (PR #812)',
                "{}\n\nThanks a lot for the work here, Sam, and for the tests. If you'd like to help, issue #790 (the "
                "Parquet reader) is open and nobody has picked it up yet.\n\n-- \nReply to this email directly or view "
                "it on CodeHost.")
PULL_REQUEST_SENTENCES = [
    "We've decided not to move forward with this PR, as streaming will land in the 3.0 rewrite.",
    "Closing this one: the maintainers decided against adding a new dependency.",
    "I'm going to pass on this change for now.",
    "This PR doesn't meet the requirements in CONTRIBUTING.md yet (no changelog entry), so I'm closing it.",
    "Unfortunately this isn't the right fit for the core library; it might work better as a plugin.",
    "We will not be merging this pull request.",
    "Closed. This was not selected for the 2.4 milestone.",
    "Marking as rejected and archiving the branch.",
]

PITCH = ('Leo Grant <leo@thefieldjournal.example>', 'Re: Pitch - the hidden cost of dashboards',
         "Hi Sam,\n\nThanks for sending this pitch over, and for your patience. {}\n\nI'd be very happy to see more "
         "ideas from you, especially anything on data in local government. Our rate is 400 GBP per 1,500 words.\n\n"
         "Best,\nLeo\nCommissioning Editor, The Field Journal")
PITCH_SENTENCES = [
    "I'm going to pass on this one, as we ran something similar in January.",
    "We've decided not to move forward with the piece.",
    "Unfortunately it's not the right fit for the magazine right now.",
    "I'm afraid the pitch wasn't successful at our commissioning meeting.",
    "We regret that we can't commission it on this occasion.",
    "The March issue is full and no longer open for pitches.",
    "We decided against running a dashboard piece this quarter.",
    "We won't be commissioning this piece.",
]

STAFF_NEWS = ('Dana Whitfield <dana@acme.example>', 'Hiring update for all staff',
              "Hi all,\n\nA quick update on hiring after last week's board meeting. {}\n\nNone of this affects "
              "anyone's current role, and the referral scheme stays open for the roles we are still hiring for. "
              "Questions are welcome at Friday's all-hands.\n\nDana\nChief Executive")
STAFF_NEWS_SENTENCES = [
    "We will not be hiring a second Data Analyst this year.",
    "The Head of Marketing vacancy has been filled and is no longer open.",
    "We've decided against opening the Berlin office, so those roles are closed.",
    "We are not moving forward with the graduate scheme this year.",
    "Regrettably, the Finance Manager post will not proceed for now.",
    "The Lisbon roles have been archived until further notice.",
    "Our bid for the Hartley contract was unsuccessful, so the related roles are paused.",
]

CAREERS_ALERT = ('Acme Careers <careers@acme.example>', 'Jobs you follow at Acme',
                 "Hi Sam,\n\nYou're following Data jobs at Acme. {}\n\nWe've posted 4 new jobs that match your "
                 "interests this week. Sign in to your candidate home to see them and apply.\n\nAcme Careers")
CAREERS_ALERT_SENTENCES = [
    "The Data Analyst job you were following has been filled.",
    "One of the jobs you follow, Senior Data Engineer, is no longer open.",
    "A job you saved is now closed: Analytics Manager.",
    "Machine Learning Engineer (R-4410), which you bookmarked, has been archived.",
    "We will not be hiring for Data Architect after all, so we've removed it from your list.",
    "Update on a job you viewed: the position has been filled.",
]

OTHER_POST = ('Dana Whitfield <dana@acme.example>', 'Your application to Acme',
              "Hi Sam,\n\nThank you for applying for the Senior Designer role. {} However, we were really impressed by "
              "your portfolio and would love to invite you to interview for our Mid-level Designer role instead. "
              "Could you do Wednesday at 11am or Thursday at 3pm?\n\nBest,\nDana\nTalent Team, Acme")
OTHER_POST_SENTENCES = [
    "The Senior Designer position has now been filled.",
    "We won't be moving forward with your application for the senior role.",
    "Your application for the senior role was unsuccessful.",
    "We regret to inform you that the senior role is no longer open.",
    "You don't quite meet the requirements for the senior level yet.",
    "We don't think the senior role is the right fit for you at this stage.",
    "We've decided to pass on your application for the senior role.",
    "We decided against progressing you for the senior role.",
    "We will not be offering you the senior position.",
    "On this occasion you have not been selected for the senior role.",
    "We have closed your application for the senior role.",
]

OFFER_ACCEPTED = ('Talent Team <talent@acme.example>', 'Welcome to Acme!',
                  "Hi Sam,\n\nWe're so pleased you've accepted our offer for the Data Analyst role, starting on 7 "
                  "April. {}\n\nYour laptop will be sent to your home address next week, and Jordan will be in touch "
                  "about your first day.\n\nWelcome aboard!\nDana\nTalent Team, Acme")
OFFER_ACCEPTED_SENTENCES = [
    "Your other application, for Analyst II, has been closed, as you asked.",
    "We have withdrawn your application for the Reporting Analyst role, since you've accepted this one.",
    "The Data Analyst posting is now closed and no longer open to applicants.",
    "We will not be moving forward with the other finalists, and they have been told.",
    "The position has been filled - by you!",
    "Your background check did not flag anything, so nothing else is required.",
    "Your candidate profile has been archived now that you are an employee.",
    "The other candidates were unsuccessful, but please keep that between us.",
]

CLIENT_FEEDBACK = ('Jordan Lee <jordan@acme.example>', 'Re: Candidates for the Analyst role',
                   "Hi Sam,\n\nThanks for sending over the three profiles for our Analyst role. {}\n\nThe other two "
                   "look promising and we'd like to see them on Tuesday. Please keep the CVs coming; we still have "
                   "two roles open.\n\nJordan\nHead of Data, Acme")
CLIENT_FEEDBACK_SENTENCES = [
    "We're going to pass on Chris, as her SQL is not quite strong enough.",
    "We've decided not to move forward with Alex.",
    "Unfortunately Priya's application was unsuccessful at screening.",
    "Marcus doesn't meet the requirements for the senior grade.",
    "Chris isn't the right fit for the team, I'm afraid.",
    "We regret that we will not be progressing Alex.",
    "We decided against interviewing Priya.",
    "We won't be offering Marcus an interview on this occasion.",
    "I've marked Alex as rejected in your portal.",
]

FORWARDED = ('Jo Park <jo.park@mailbox.example>', 'Fwd: Your application to Pinegrove',
             "Hi Sam,\n\nCan you believe this? After three rounds! Do you think it's worth asking for feedback?\n\nJo"
             "\n\n---------- Forwarded message ---------\nFrom: Pinegrove Careers <careers@pinegrove.example>\nDate: "
             "Mon, 3 Mar 2025\nSubject: Your application to Pinegrove\nTo: Jo Park <jo.park@mailbox.example>\n\n"
             "Dear Jo,\n\n{}\n\nKind regards,\nPinegrove Talent Team")
FORWARDED_SENTENCES = [
    "We regret to inform you that your application was unsuccessful.",
    "We will not be moving forward with your application.",
    "The position has now been filled.",
    "Your application was not successful on this occasion.",
    "You did not meet all the requirements for this role.",
    "We don't feel you are the right fit for the team.",
    "We've decided to pass on your application.",
    "We will not be offering you the position.",
    "We decided against progressing your application.",
    "Your application status has been changed to Declined.",
]

PENDING = ('Dana Whitfield <dana@acme.example>', 'Re: Data Analyst - any news?',
           "Hi Sam,\n\nThanks for checking in, and sorry for the silence. {}\n\nThe panel meets on Friday and I "
           "expect to have an answer for you early next week. Thanks for your patience.\n\nBest,\nDana\nTalent Team, "
           "Acme")
PENDING_SENTENCES = [
    "To be clear, your application has not been rejected; it's still under review.",
    "The position has not been filled yet and you are still very much in the running.",
    "No, we haven't decided against you - we simply haven't decided.",
    "We have not moved forward with anyone else yet.",
    "Nobody has been told they were unsuccessful so far.",
    "The role is still open, and it hasn't been closed or archived as the portal suggests.",
    "The 'Declined' status you saw in the portal was a glitch; your application is still active.",
    "We haven't passed on your application, I promise.",
    "It's not that you didn't meet the requirements; we're just slow this month.",
    "We regret the delay, which is on our side.",
    "Please ignore the automated email saying you were not selected; it was sent in error and your application is "
    "still live.",
]

OFFER_TERMS = ('Dana Whitfield <dana@acme.example>', 'Your offer - Data Analyst',
               "Hi Sam,\n\nThanks for your thoughtful reply about the offer for the Data Analyst role. {}\n\nThe rest "
               "of the offer stands as written, and we'd still love you to join us on 7 April. Let me know by "
               "Friday if you're happy to accept.\n\nBest,\nDana\nTalent Team, Acme")
OFFER_TERMS_SENTENCES = [
    "I'm afraid we can't move forward with the salary of 60k you asked for, but we can meet you at 57k.",
    "Your request for a four-day week was not approved, but we can offer two days from home.",
    "Unfortunately the relocation package request was unsuccessful with finance.",
    "We've decided against a sign-on bonus, but we have raised the base salary.",
    "Your request for an earlier start date has been declined, as the team is away in March.",
    "The extra week of holiday doesn't meet our policy requirements, sadly.",
    "The hybrid arrangement in London isn't possible on this occasion.",
    "We regret to say the car allowance is no longer available for this grade.",
]

EXAM = ('Certification Team <certs@cloudskills.example>', 'Your exam result - Cloud Data Engineer Associate',
        "Hi Sam,\n\nThank you for sitting the Cloud Data Engineer Associate exam on 3 March. {}\n\nYour score report "
        "shows each section so you can see where to focus. You can book a retake after 14 days, and your voucher "
        "gives you 50% off.\n\nCloudSkills Certification")
EXAM_SENTENCES = [
    "Unfortunately you were not successful on this occasion.",
    "We regret to inform you that your attempt was unsuccessful.",
    "Your score did not meet the passing requirement of 720.",
    "Result: Fail.",
    "You have not been awarded the certification this time.",
    "We will not be able to issue a certificate for this attempt.",
    "Your result status: Declined (below pass mark).",
]

HIRING_ATS = ('Workable <notifications@workable.example>', 'Data Analyst (London): weekly summary',
              "Hi Sam,\n\nHere is this week's summary for your job Data Analyst (London).\n\n{}\n\n12 new candidates "
              "applied and 3 interviews are scheduled. Open the pipeline to review them; candidates waiting more than "
              "7 days are highlighted.\n\nWorkable, on behalf of Acme")
HIRING_ATS_SENTENCES = [
    "5 candidates were moved to Rejected by your team.",
    "Jordan Lee was marked as unsuccessful by Dana Whitfield.",
    "The disqualification email 'Not moving forward' was sent to 4 candidates.",
    "Two candidates did not meet your knockout requirements and were declined automatically.",
    "Your hiring team decided against 3 candidates after the phone screen.",
    "The Senior Data Analyst job has been filled and archived.",
    "Candidates marked 'not the right fit' will get your template in 2 days.",
    "Alex Kim will not progress: the hiring manager passed.",
    "Priya Nair's status changed to Declined (candidate withdrew).",
]

CONTRACTOR = ('Northlane Contractor Care <contractors@northlane-talent.example>', 'Timesheet week 10 - action needed',
              "Hi Sam,\n\nThis is about your assignment as Data Engineer at Larkspur (contract ref NL-5521). {}\n\n"
              "Please correct it in the portal by Tuesday so you are paid on Friday's run. Your contract and rate are "
              "unchanged.\n\nContractor Care, Northlane Talent")
CONTRACTOR_SENTENCES = [
    "Your timesheet for week 10 has been rejected by the client.",
    "Your expenses claim was declined, as the receipt was missing.",
    "Your timesheet was not approved because the hours did not meet the requirements of the PO.",
    "Unfortunately the overtime request was unsuccessful.",
    "The client decided against paying the weekend hours at the higher rate.",
    "Your timesheet status: Rejected - please resubmit.",
    "We will not be able to process your invoice until it's corrected.",
    "The client will not proceed with the weekend hours you logged.",
]

CV_REVIEW = ('ResumeCraft <hello@resumecraft.example>', 'Your free CV review is ready',
             "Hi Sam,\n\nThanks for uploading your CV for a free review. Here is what our reviewer found. {}\n\nOur "
             "writers can rework it for you in 3 days, and every rewrite comes with a cover letter. Reply to this "
             "email to get started.\n\nThe ResumeCraft team")
CV_REVIEW_SENTENCES = [
    "Your CV did not meet the requirements of most applicant tracking systems, so many employers may never see it.",
    "As written, your CV would likely be rejected by an ATS filter.",
    "Recruiters may decide it's not the right fit for senior roles, as it undersells your leadership.",
    "Many hiring managers would pass on a CV with no measurable results.",
    "Your CV is unsuccessful at the first screen in 7 of 10 of our tests.",
    "We regret to tell you the formatting breaks in older systems.",
    "Your CV was not selected by our sample ATS for the Data Analyst posting we tested.",
]

NETWORK = ('LinkedUp <notifications@linkedup.example>', 'Update on your message to Jordan Lee',
           "Hi Sam,\n\n{}\n\nTip: a short note that says why you want to connect gets more replies. You have 4 "
           "message credits left this month.\n\nLinkedUp")
NETWORK_SENTENCES = [
    "Jordan Lee (Head of Data at Acme) declined your message.",
    "Your connection request to Jordan Lee, Talent Partner at Acme, was not accepted.",
    "Jordan Lee has decided not to move forward with the conversation.",
    "Your message to the recruiter was unsuccessful: Jordan Lee is no longer open to messages.",
    "Jordan Lee passed on your introduction request.",
    "Message status: Declined.",
]

ACK = ('Rivermouth Council Jobs <recruitment@rivermouth.gov.example>',
       'Application received - Planning Officer RM/1190',
       "Dear Sam Rivera,\n\nThank you for applying for the post of Planning Officer (RM/1190). We confirm that your "
       "application has been received. {}\n\nShortlisting will take place on 14 March and interviews are planned for "
       "the week of 24 March.\n\nHR Recruitment, Rivermouth Council")
ACK_SENTENCES = [
    "If your application is unsuccessful, we will let you know by email.",
    "Applications that do not meet the essential requirements will not be progressed.",
    "Should the post be filled before the closing date, the advert may close early.",
    "We regret that we can only contact shortlisted candidates.",
    "If you have not heard from us by 21 March, please assume that you have not been selected on this occasion.",
    "Where we decide not to move forward with an application, we will say so within four weeks.",
    "Candidates who are not the right fit for this post may be considered for similar vacancies.",
    "If we decide against shortlisting you, your details will be held for six months.",
    "Your application will be closed automatically if the vacancy is withdrawn.",
    "Please note that no offer will be made until references have been received.",
    "The status of your application will show as 'Declined' only after shortlisting is complete.",
]

INVITE = ('Dana Whitfield <dana@acme.example>', 'Interview invitation - Data Analyst',
          "Hi Sam,\n\nThank you for applying for the Data Analyst role. We'd love to invite you to a first interview "
          "on Tuesday 11 March at 10:00 over Zoom. {}\n\nPlease confirm that the time works, and let me know of any "
          "adjustments you need.\n\nBest,\nDana\nTalent Team, Acme")
INVITE_SENTENCES = [
    "Candidates who do not meet the requirements of the SQL test will not progress to the final round.",
    "Your reimbursement request for the last trip was declined by finance, so this one will be online.",
    "The in-person slots have been filled, which is why we're on Zoom.",
    "We decided against a panel format, so it's just me and Jordan.",
    "The other applicants were unsuccessful at screening, so it is a short list.",
    "We will not be moving forward with the take-home task this year.",
    "Last time we passed on a few candidates who didn't ask any questions, so do bring some!",
    "The original job posting is now closed, but your application is very much open.",
]

TEMPLATES = {
    'vendor': (VENDOR, VENDOR_SENTENCES),
    'landlord': (LANDLORD, LANDLORD_SENTENCES),
    'admissions': (ADMISSIONS, ADMISSIONS_SENTENCES),
    'grant': (GRANT, GRANT_SENTENCES),
    'choir': (CHOIR, CHOIR_SENTENCES),
    'airline': (AIRLINE, AIRLINE_SENTENCES),
    'bank': (BANK, BANK_SENTENCES),
    'job_alert': (JOB_ALERT, JOB_ALERT_SENTENCES),
    'market': (MARKET, MARKET_SENTENCES),
    'hr_employee': (HR_EMPLOYEE, HR_EMPLOYEE_SENTENCES),
    'withdrawn': (WITHDRAWN, WITHDRAWN_SENTENCES),
    'hiring_manager': (HIRING_MANAGER, HIRING_MANAGER_SENTENCES),
    'volunteer': (VOLUNTEER, VOLUNTEER_SENTENCES),
    'newsletter': (NEWSLETTER, NEWSLETTER_SENTENCES),
    'quoted': (QUOTED, QUOTED_SENTENCES),
    'interviewer': (INTERVIEWER, INTERVIEWER_SENTENCES),
    'slot': (SLOT, SLOT_SENTENCES),
    'referral': (REFERRAL, REFERRAL_SENTENCES),
    'posting': (POSTING, POSTING_SENTENCES),
    'recruiter_role': (RECRUITER_ROLE, RECRUITER_ROLE_SENTENCES),
    'friend': (FRIEND, FRIEND_SENTENCES),
    'promotion': (PROMOTION, PROMOTION_SENTENCES),
    'ballot': (BALLOT, BALLOT_SENTENCES),
    'community': (COMMUNITY, COMMUNITY_SENTENCES),
    'pull_request': (PULL_REQUEST, PULL_REQUEST_SENTENCES),
    'pitch': (PITCH, PITCH_SENTENCES),
    'staff_news': (STAFF_NEWS, STAFF_NEWS_SENTENCES),
    'careers_alert': (CAREERS_ALERT, CAREERS_ALERT_SENTENCES),
    'other_post': (OTHER_POST, OTHER_POST_SENTENCES),
    'offer_accepted': (OFFER_ACCEPTED, OFFER_ACCEPTED_SENTENCES),
    'client_feedback': (CLIENT_FEEDBACK, CLIENT_FEEDBACK_SENTENCES),
    'forwarded': (FORWARDED, FORWARDED_SENTENCES),
    'pending': (PENDING, PENDING_SENTENCES),
    'offer_terms': (OFFER_TERMS, OFFER_TERMS_SENTENCES),
    'exam': (EXAM, EXAM_SENTENCES),
    'hiring_ats': (HIRING_ATS, HIRING_ATS_SENTENCES),
    'contractor': (CONTRACTOR, CONTRACTOR_SENTENCES),
    'cv_review': (CV_REVIEW, CV_REVIEW_SENTENCES),
    'network': (NETWORK, NETWORK_SENTENCES),
    'ack': (ACK, ACK_SENTENCES),
    'invite': (INVITE, INVITE_SENTENCES),
}

# Still called a rejection, one reason per template: (why, the shapes it fails in, its sentences) (strict xfails: a
# case that starts passing is progress).
ALL_SHAPES = ("plain", "html", "reply")
GAPS: dict[str, tuple[str, tuple[str, ...], list[str]]] = {
    'recruiter_role': ("a role named and said to be filled, closed or dropped, no sign the reader never applied: reads "
                       "as an agency's relay of a cancelled or filled post", ALL_SHAPES,
        [
            "My client has decided not to move forward with the Platform Lead role at all.",
            "The client decided against hiring for the Lead Analyst post this year.",
            "That role is now closed.",
            "The Insights Manager vacancy has been filled internally, so I won't be sending your CV there.",
            "Unfortunately the hiring freeze at Pinegrove means that role will not proceed.",
            "The Northwind role wasn't the right fit for you anyway, given the travel.",
        ]),
    'market': ("a named employer's role filled, told in passing ('by the way'): the same words as an agency's relay",
               ALL_SHAPES, ["The Head of Data role at Kite Bank has been filled, by the way."]),
    'pending': ("'it's not that ...' denies the clause after it; the clause alone is a decision", ALL_SHAPES,
                ["It's not that you didn't meet the requirements; we're just slow this month."]),
    'forwarded': ("a friend's forwarded no above the reader's quoted question: the quote's 'On ..., Sam Rivera wrote:' "
                  "line stays in the text read, and the reader's name there makes the forward read as about the reader "
                  "(reading.py's owner-forward check)", ("reply",), list(FORWARDED_SENTENCES)),
}


def _template_cases() -> list:
    cases = []
    for name, (template, sentences) in TEMPLATES.items():
        why, shapes, gaps = GAPS.get(name, ("", (), []))
        for i, sentence in enumerate(sentences):
            for shape in ALL_SHAPES:
                gap = sentence in gaps and shape in shapes
                marks = [pytest.mark.xfail(strict=True, reason=why)] if gap else []
                cases.append(pytest.param(template, sentence, shape, id=f"{name}-{i}-{shape}", marks=marks))
    return cases


def _shaped(template: tuple[str, str, str], sentence: str, shape: str) -> bytes:
    sender, subject, body = template
    if shape == "reply" and not subject.startswith("Re:"):
        subject = "Re: " + subject
    return shaped_mail(body.replace("{}", sentence), subject, sender, shape=shape,
                       html_frame=(ATS_HTML_HEAD, HTML_FOOT), quote=QUOTE)


@pytest.mark.parametrize(("template", "sentence", "shape"), _template_cases())
def test_template_look_alike_is_no_rejection(template: tuple[str, str, str], sentence: str, shape: str) -> None:
    assert not found(_shaped(template, sentence, shape))


def test_every_gap_is_a_sentence_of_its_template() -> None:
    for name, (_why, _shapes, gaps) in GAPS.items():
        assert set(gaps) <= set(TEMPLATES[name][1]), name


# Rejections of the reader's job application from new writers, in the same families' words: (sender, subject, body).
CLINIC = 'Recruitment <jobs@elmstead-clinic.example>'
SHOP = 'Marta Silva <marta@bluefinch-studio.example>'
AGENCY = 'Owen Hart <owen@northlane-talent.example>'
ATS = 'Corvel Careers <no-reply@corvel.workday.example>'
LAB = 'Dr Ruth Adams <r.adams@kestrel-labs.example>'
COUNCIL = 'HR Recruitment <recruitment@rivermouth.gov.example>'
REJECTIONS = [
    # the position has been filled / is no longer open
    (CLINIC, 'Practice Nurse vacancy',
     "Dear Sam,\n\nThank you for applying for the Practice Nurse vacancy at Elmstead Clinic. I'm writing to let you "
     "know that the position has now been filled.\n\nWe wish you well in your search.\n\nRecruitment"),
    (ATS, 'Your application: Finance Analyst (R-7712)',
     "Hi Sam,\n\nThank you for applying for Finance Analyst (R-7712). This position is no longer open, and your "
     "application will not be considered further.\n\nCorvel Talent Acquisition"),
    # not moving forward / will not progress / not proceed
    (SHOP, 'Junior Designer',
     "Hi Sam,\n\nThanks so much for the portfolio and for coming in on Friday. We've thought hard about it and "
     "we're not going to move forward with your application for the Junior Designer role.\n\nAll the best,\nMarta"),
    (LAB, 'Research Technician application',
     "Dear Sam,\n\nThank you for interviewing for the Research Technician post. I am sorry to say that we will not "
     "be progressing your application any further.\n\nBest wishes,\nRuth Adams"),
    (COUNCIL, 'Ref RM/1184 Planning Officer',
     "Dear Sam Rivera,\n\nRe: Planning Officer (RM/1184)\n\nFollowing the shortlisting meeting, the panel has decided "
     "not to proceed with your application at this stage.\n\nYours sincerely,\nHR Recruitment"),
    # unsuccessful / not successful / not selected
    (COUNCIL, 'Outcome of your application - Parks Officer',
     "Dear Sam Rivera,\n\nThank you for your application for the post of Parks Officer. I regret that on this "
     "occasion you have been unsuccessful.\n\nHR Recruitment, Rivermouth Council"),
    (ATS, 'Update on your Corvel application',
     "Dear Sam,\n\nThank you for your interest in the Operations Coordinator role. Unfortunately you were not "
     "selected to move on to the next stage of the process.\n\nCorvel Recruiting"),
    (LAB, 'Lab Assistant role',
     "Dear Sam,\n\nMany thanks for your time last week. I am afraid your application for the Lab Assistant role has "
     "not been successful.\n\nRuth"),
    # regret to inform
    (CLINIC, 'Receptionist post',
     "Dear Sam,\n\nWe regret to inform you that, following interview, we are unable to offer you the Receptionist "
     "post.\n\nThank you for your interest in Elmstead Clinic.\n\nRecruitment"),
    (COUNCIL, 'Your application (ref RM/1202)',
     "Dear Sam Rivera,\n\nI regret to inform you that your application for the post of Housing Assistant was not "
     "shortlisted.\n\nHR Recruitment"),
    # the requirements are not met
    (ATS, 'Your application - Payroll Specialist',
     "Hi Sam,\n\nThank you for applying for Payroll Specialist. After review, your application does not meet the "
     "minimum requirements for this role, and we will not be taking it further.\n\nCorvel Recruiting"),
    (CLINIC, 'Healthcare Assistant application',
     "Dear Sam,\n\nThank you for applying. Unfortunately you do not meet the essential criteria in the person "
     "specification for the Healthcare Assistant role, so we cannot take your application further.\n\nRecruitment"),
    # not the right fit / match
    (SHOP, 'Studio Manager role',
     "Hi Sam,\n\nThank you for talking with us about the Studio Manager role. After a lot of thought, we don't think "
     "it's the right fit at this time, and we've decided not to offer you the position.\n\nWarmly,\nMarta"),
    (AGENCY, 'Data Engineer - feedback',
     "Hi Sam,\n\nI've had feedback from Larkspur on the Data Engineer role. They felt your profile wasn't quite the "
     "right match for what they need, so they won't be taking it further.\n\nSorry it's not better news,\nOwen"),
    # we will not be hiring / no offer
    (LAB, 'Postdoctoral position',
     "Dear Sam,\n\nThank you for interviewing for the postdoctoral position. I'm sorry to tell you that we will not "
     "be offering you the position.\n\nWith best wishes,\nRuth Adams"),
    (SHOP, 'Illustrator role',
     "Hi Sam,\n\nThanks for your patience. We won't be able to offer you the Illustrator role, but I really enjoyed "
     "seeing your work.\n\nMarta"),
    # pass on
    (AGENCY, 'Larkspur - Analytics Lead',
     "Hi Sam,\n\nLarkspur came back on your application for the Analytics Lead role. They've decided to pass on "
     "your profile this time.\n\nOwen"),
    (SHOP, 'Your application',
     "Hi Sam,\n\nThank you for applying for the Motion Designer role. We're going to pass on your application, as "
     "we need someone with more 3D experience.\n\nMarta"),
    # decided against
    (LAB, 'Your application for Data Manager',
     "Dear Sam,\n\nThank you for applying for the Data Manager role. After discussing it with the team, we have "
     "decided against taking your application further.\n\nRuth Adams"),
    (AGENCY, 'Kite Bank - update',
     "Hi Sam,\n\nKite Bank have decided against inviting you to the final interview for the Risk Analyst role. I'm "
     "sorry, I thought you'd be a strong match.\n\nOwen"),
    # a status line
    (ATS, 'Application status update',
     "Hi Sam,\n\nThe status of your application for Customer Success Manager has changed.\n\nStatus: Declined\n\n"
     "Thank you for your interest in Corvel.\n\nCorvel Recruiting"),
    (ATS, 'Your application status has changed',
     "Hello Sam,\n\nYour application for Warehouse Supervisor (R-8810) has been updated to: Rejected.\n\nThank you for "
     "your interest in joining us.\n\nCorvel Careers"),
    # closed / archived
    (ATS, 'Your application for Product Analyst',
     "Hi Sam,\n\nThank you for applying for Product Analyst. We have reviewed your application and have decided to "
     "close it, as we are moving forward with candidates whose experience is closer to the role.\n\nCorvel"),
    (CLINIC, 'Pharmacy Technician application',
     "Dear Sam,\n\nThank you for your application for the Pharmacy Technician vacancy. Your application has been "
     "unsuccessful and has now been archived.\n\nRecruitment"),
    # on this occasion
    (COUNCIL, 'Library Assistant - outcome',
     "Dear Sam Rivera,\n\nThank you for attending the interview for the Library Assistant post. On this occasion "
     "we will not be offering you the post.\n\nHR Recruitment"),
    (LAB, 'Summer Research Assistant',
     "Dear Sam,\n\nThank you for applying for the Summer Research Assistant role. I'm afraid you have not been "
     "successful on this occasion.\n\nRuth"),
    # the same words in a reply thread and from an agency's client
    (AGENCY, 'Re: Platform Engineer - Larkspur',
     "Hi Sam,\n\nThanks for chasing. Larkspur have come back and said they will not be moving forward with your "
     "application; they want someone with more Go experience.\n\nOwen\n\nOn Mon, Sam Rivera wrote:\n> Any news from "
     "Larkspur?"),
    (SHOP, 'Re: Junior Designer - next steps?',
     "Hi Sam,\n\nSorry for the slow reply. I'm afraid the role has now been filled, so we won't be going ahead with "
     "your application.\n\nMarta\n\nOn Tue, Sam Rivera wrote:\n> Hi Marta, just checking in on next steps."),
    # next to the look-alikes' fixes: a vacancy withdrawn, no offer, not the right fit said of the reader
    (COUNCIL, 'Ref RM/1207 Events Officer',
     "Dear Sam Rivera,\n\nThank you for your application for the post of Events Officer. The vacancy has been "
     "withdrawn following a review of the service, and we will not be taking any applications further.\n\nHR "
     "Recruitment"),
    (LAB, 'Your interview on Thursday',
     "Dear Sam,\n\nThank you for coming in on Thursday. Having discussed it with the panel, I'm afraid no offer will "
     "be made following your interview.\n\nBest wishes,\nRuth"),
    (SHOP, 'Production Assistant',
     "Hi Sam,\n\nThanks for meeting the team. We felt you were not the right fit for the Production Assistant role at "
     "this time, and we won't be taking your application forward.\n\nMarta"),
    (CLINIC, 'Medical Secretary role',
     "Dear Sam,\n\nThank you for your interest in the Medical Secretary role. Having reviewed all applications, we "
     "regret that we are unable to progress yours to interview on this occasion.\n\nRecruitment"),
]


@pytest.mark.parametrize(("sender", "subject", "body"), REJECTIONS,
                         ids=[f"{i}:{case[1]}" for i, case in enumerate(REJECTIONS)])
def test_rejection_from_a_new_writer_is_found(sender: str, subject: str, body: str) -> None:
    assert found(mail(body, subject, sender))


@pytest.mark.parametrize("shape", ["html", "reply"])
@pytest.mark.parametrize(("sender", "subject", "body"), REJECTIONS,
                         ids=[f"{i}:{case[1]}" for i, case in enumerate(REJECTIONS)])
def test_rejection_from_a_new_writer_is_found_in_other_shapes(sender: str, subject: str, body: str, shape: str) -> None:
    assert found(shaped_mail(body, subject, sender, shape=shape, html_frame=(ATS_HTML_HEAD, HTML_FOOT), quote=QUOTE))


# Still missed (strict xfails): (sender, subject, body, why).
REJECTION_GAPS = [
    ('Owen Hart <owen@northlane-talent.example>', 'Platform Engineer - Larkspur',
     "Hi Sam,\n\nQuick one on the Platform Engineer role at Larkspur that I put you forward for: it's been filled, "
     "I'm afraid, so we won't be hearing back on your CV. I'll keep an eye out for similar roles.\n\nOwen",
     "'it's been filled' with the role named more than 40 characters before it: the filled family reads no role"),
]


@pytest.mark.parametrize(("sender", "subject", "body"),
                         [pytest.param(*case[:3], marks=pytest.mark.xfail(strict=True, reason=case[3]))
                          for case in REJECTION_GAPS], ids=[case[1] for case in REJECTION_GAPS])
def test_rejection_still_missed(sender: str, subject: str, body: str) -> None:
    assert found(mail(body, subject, sender))
