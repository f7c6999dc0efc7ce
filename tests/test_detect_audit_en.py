"""Precision audit, English: mail that carries the words of an English decision family but rejects no application
of the reader: the phrase said of someone else (a colleague, a candidate the reader interviewed, a supplier), of a
thing that is no job (a flat, a loan, a grant, a paper, a tender, a course place, a nursery place, an event, an order,
a policy, a visa), quoted in a newsletter or an advice column, in a job alert or a recruiter's mail, negated,
conditional or still to come, the reader's own withdrawal, an offer, an invitation after another role was turned
down, mail to the hiring side, and selections for a school or a team. Each must not be called a rejection.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

SENDER = "Dana Whitfield <dana@acme.example>"


def letter(subject: str, body: str) -> bytes:
    return mail(f"Hi Sam,\n\n{body}\n\nBest wishes,\nDana Whitfield", subject, SENDER)


NON_REJECTIONS = [
    # --- the decision is about someone else ---------------------------------------------------------------------------
    ("Candidate update", "After the panel we decided not to move forward with Priya. Could you let her know today? "
                         "I'd rather it came from you as her recruiter."),
    ("Re: interview feedback", "Thanks for sitting in on the interviews. We're going with Tom; the other two "
                               "candidates will hear from me tomorrow."),
    ("Team news", "The team lead vacancy on your team has now been filled. Your new colleague starts on 3 March "
                  "and I'll send over an onboarding plan."),
    ("Supplier review", "We have chosen another supplier for the office cleaning contract. The agreement with "
                        "BrightClean ends on 1 June."),
    ("Your quote", "Unfortunately your quote did not fit our budget, so we went with another printer. Thanks for "
                   "your time."),
    ("Tender outcome", "The grounds maintenance tender has been awarded to another bidder. Your submission scored "
                       "lower on price; a debrief letter will follow."),
    ("Your referral", "The candidate you referred for the analyst role was not selected this time. Thank you for "
                      "thinking of us, we will keep him in mind."),
    ("James", "James heard yesterday that he didn't get the job at the council. He's pretty down, maybe give him a "
              "call?"),
    ("Your mentee", "Sadly Aisha was unsuccessful in her application for the graduate scheme. As her mentor you "
                    "may want to talk it through with her."),
    ("Hiring for your team", "For the opening in your team we've made a choice: we are moving forward with the "
                             "candidate who has the most experience."),
    ("Our colleague", "Our colleague Ben was not shortlisted for the internal role, but he stays with us in "
                      "the support team."),
    ("Feedback on Alex", "I don't think Alex is the right fit for the account manager role; his background is too "
                         "technical. Can you tell the agency?"),
    ("Applicants", "Of the twelve applicants we have invited three. Please decline the rest with the standard "
                   "template."),
    # --- not a job ----------------------------------------------------------------------------------------------------
    ("Flat on Mill Road", "Unfortunately the flat on Mill Road has now been let. The landlord went with another "
                          "applicant."),
    ("Your loan application", "Your application for a personal loan has been declined. Your income does not meet "
                              "our lending criteria."),
    ("Mortgage", "We are unable to proceed with your mortgage application after the valuation."),
    ("Grant decision", "We regret that your grant application was unsuccessful this round. The panel received far "
                       "more proposals than it could fund."),
    ("Your manuscript", "After peer review, the editors have decided not to accept your manuscript for publication "
                        "in the journal."),
    ("Conference talk", "Your talk proposal was not selected for the conference programme. We hope to see you "
                        "there as an attendee."),
    ("Admission decision", "We regret that we are unable to offer you a place on the MSc programme. Competition "
                           "was strong this year."),
    ("Nursery place", "We are sorry that we cannot offer your son a place at the nursery from September. He is on "
                      "the waiting list."),
    ("School allocation", "Your child has not been allocated a place at your first-choice school."),
    ("Marathon ballot", "Unfortunately you were not successful in the ballot for this year's marathon. Your entry "
                        "fee will be refunded."),
    ("Your order", "We're sorry, we cannot fulfil your order as the item is out of stock. A refund is on its way."),
    ("Subscription", "Your request to renew the subscription could not be processed. Your membership ends on 31 "
                     "December."),
    ("Insurance claim", "Your claim has been declined as the damage is not covered by your policy."),
    ("Visa", "Your visa application has been refused. You may request an administrative review within 14 days."),
    ("Allotment", "There is no plot available for you at the allotment site at the moment. You are number 14 on "
                  "the list."),
    ("Craft fair", "The selection panel has not chosen your stall for this year's craft fair."),
    ("Community fund", "Your project was not selected for funding from the community fund. We had many strong "
                       "bids."),
    ("Scholarship", "Your scholarship application was unsuccessful; the committee chose students with higher "
                    "grades."),
    ("Parking", "Your application for a residents' parking permit has been declined."),
    ("Art prize", "The jury has not shortlisted your entry for the art prize this year."),
    ("User research panel", "You have not been selected for this month's user research panel. We will be in "
                            "touch about future studies."),
    ("Club membership", "Your membership application to the golf club was not approved by the committee."),
    ("Your leave request", "Your request for additional leave in August has been declined due to team cover."),
    ("Course funding", "Your request for funding for the leadership course was not approved this quarter."),
    ("Transfer request", "Your request to transfer to the Leeds office has not been approved; you stay in your "
                         "current role in York."),
    # --- newsletter, blog, advice ---------------------------------------------------------------------------------
    ("Careers weekly", "In this issue: what to do when an email says 'we have decided to move forward with other "
                       "candidates'. Our coach shares five tips."),
    ("Blog: reading a rejection", "When an employer writes that your profile is not the right fit, it often means "
                                  "something else. Here is how to read it."),
    ("Webinar", "Have you been told you didn't make the shortlist once too often? Join our free webinar on "
                "Thursday."),
    ("Survey results", "Our survey found that 60 percent of employers reject candidates who are not a culture fit."),
    ("HR tips", "How to write a kind rejection letter: don't open with 'unfortunately you were unsuccessful', thank "
                "the candidate first."),
    ("Podcast", "This week a recruiter explains why she declines applicants and how to turn a rejection into a "
                "lesson."),
    # --- job alerts, outreach --------------------------------------------------------------------------------------
    ("New jobs for you", "12 new jobs match your search. The Planner role at Transco has been filled, but take a "
                         "look at the others."),
    ("Saved job closed", "A job you saved, Customer Service Advisor, is no longer accepting applications. See "
                         "similar jobs near you."),
    ("Quick chat?", "I came across your profile on LinkedIn. The role I mentioned last month has been filled, but "
                    "I have a new opening that fits you well. Free for a call?"),
    ("Opportunity", "I'm a recruiter at Talentwork. A client needs a project lead and I think your experience is "
                    "a strong match. Would you be open to a chat?"),
    # --- negated, conditional, future ------------------------------------------------------------------------------
    ("Your application", "We have not decided to go with another candidate; your application is still under "
                         "review."),
    ("Your application", "No decision has been made yet. We are meeting two more candidates and will let you know "
                         "next week."),
    ("Your application", "You have definitely not been rejected! The process is just taking longer because of the "
                         "holidays."),
    ("Documents needed", "Unless you send your references by Friday, we won't be able to progress your "
                         "application."),
    ("Right to work", "Without proof of your right to work we cannot move your application forward. Could you "
                      "upload it?"),
    ("Your application", "If you don't hold a driving licence, unfortunately we won't be able to offer you the "
                         "role. Could you confirm?"),
    ("Process", "Candidates who are not selected for interview will be notified by 15 May."),
    ("Your application", "If you have not heard from us by 1 June, please assume you have not been successful."),
    ("Your application", "The position has not been filled yet. We expect to make a decision by the end of the "
                         "month."),
    ("Your application", "It is possible we will choose another candidate, but nothing has been decided yet."),
    ("Not a rejection", "This isn't a rejection: we would just like to meet you once more with the director."),
    ("Your application", "Just because we haven't invited you yet doesn't mean we won't. Interviews are being "
                         "scheduled next week."),
    # --- the reader withdraws -------------------------------------------------------------------------------------
    ("Withdrawal", "Thank you for letting us know you wish to withdraw your application. We understand you have "
                   "accepted another offer."),
    ("Your decision", "Sorry to hear you have decided not to continue with the process. Best of luck in your new "
                      "job!"),
    ("Re: my application", "As you requested, we have withdrawn your application and deleted your details."),
    ("Offer declined", "We're sorry you have declined our offer, but we respect your decision."),
    # --- offer, invitation ----------------------------------------------------------------------------------------
    ("Good news", "We've decided to stop searching: we'd like to offer you the planner role! The contract follows "
                  "this week."),
    ("Another role", "You weren't selected for the junior consultant role, but we would like to invite you to "
                     "interview for the senior consultant position."),
    ("Next round", "Good news, you're through to the next round! Other candidates did not make it, but you did."),
    ("Assessment result", "Your assessment went well. We'd like to move forward and invite you to discuss terms."),
    ("Rescheduled", "Tuesday's interview can't go ahead, but we would love to find a new date with you."),
    # --- the reader is the employer / hiring manager ------------------------------------------------------------
    ("Candidate declined", "You rejected the candidate M. Baker for your job posting Warehouse Operative. The "
                           "candidate will receive an automatic email."),
    ("ATS notification", "You are receiving this because you are the hiring manager for Controller. Candidate "
                         "Davies did not progress to the second round."),
    ("Applications for your job", "Your job posting Cook has five new applications. Two candidates don't match "
                                  "the requirements; shall I decline them?"),
    ("Panel recommendation", "The panel recommends not appointing the candidate, as his references were weak. "
                             "Please approve as the hiring manager."),
    ("Draft rejection", "Here is the draft letter for unsuccessful candidates: 'Unfortunately we have decided to "
                        "proceed with another candidate.' Could you review it by Friday?"),
    ("Panel pack", "As a member of the interview panel you are receiving the outcome: the panel has decided not "
                   "to invite candidate 3."),
    # --- school, sports, choir ------------------------------------------------------------------------------------
    ("Team selection", "After the trials, Daniel has not been selected for the first team. He will play for the "
                       "U15 B side next season."),
    ("Squad", "Your daughter has not been picked for the county squad this year. She is welcome at the "
              "development sessions."),
    ("Choir audition", "After your audition we have decided not to offer you a place in the chamber choir."),
    ("School council", "The pupils chose another candidate as class representative. Thank you for standing."),
    ("School play", "Unfortunately you have not been cast in the lead role, but there is a part for you in the "
                    "ensemble."),
    ("Honours programme", "You have not been admitted to the honours programme; your grade average was below the "
                          "threshold."),
    # --- round two ------------------------------------------------------------------------------------------------
    ("Onboarding", "The receptionist role has been filled by Yara. Could you give her a tour on Monday?"),
    ("Reference", "Thanks for your reference for Joe. Sadly he was not chosen for the role; they went with someone "
                  "more senior."),
    ("Sanne's assessment", "Sanne did not pass the assessment and is out of the running for the role. I'll call "
                           "her tomorrow; can you inform the agency?"),
    ("Pitch", "Our pitch for the campaign was not successful. The client chose another agency with a lower "
              "price."),
    ("Council housing", "You have not been selected for this property; other applicants had been on the register "
                        "longer."),
    ("Student loan", "Your application for an additional student loan has been declined. You may appeal."),
    ("Research proposal", "Your research proposal was not funded by the council. The panel rated it 'excellent' "
                          "but the budget was exhausted."),
    ("Travel fund", "Unfortunately your travel fund application was not successful; we had far more requests than "
                    "funds."),
    ("Course place", "You have not been offered a place on the part-time nursing course. All places have been "
                     "filled."),
    ("Concert tickets", "You were not successful in the ticket ballot. Ticket sales are now closed."),
    ("Event permit", "Your event licence for the street party has not been granted due to noise limits."),
    ("Returns", "Your return request has been declined: the 30-day window has passed."),
    ("Volunteering", "Thank you for offering to help at the food bank. All the Saturday shifts are covered for now."),
    ("Beta programme", "You have not been selected as a beta tester for the new app. There were many sign-ups."),
    ("Election", "The members elected another candidate as treasurer. Thank you for standing for election."),
    ("Your application", "We haven't chosen anyone yet and you are still very much in the running."),
    ("Withdrawing", "You wrote that you wish to withdraw your candidacy because you found another job. We have "
                    "processed that."),
    ("Welcome", "Welcome to the team! We've decided not to look any further: the role is yours."),
    ("Different location", "We won't be hiring you as a cook at the harbour site, but we'd like to offer you the "
                           "sous chef role at our city branch."),
    ("Your job ad", "Your vacancy Mechanic has a new applicant. The applicant was not selected by the screening "
                    "questions and will be notified."),
    # --- round three: the broad families' own words about everyday things ----------------------------------------
    ("Payment", "Status: declined. Your card payment for the annual plan did not go through."),
    ("Expense claim", "Your expense claim has been rejected: the receipt for the taxi is missing."),
    ("Dating", "Unfortunately it's not a match this time. There are plenty more profiles to explore!"),
    ("Sofa", "The sofa is not a good fit for your living room dimensions, so we'll collect it for free."),
    ("Club committee", "The treasurer position on the committee has been filled. Thanks to everyone who put their "
                       "name forward."),
    ("Local news", "The hospital has announced a hiring freeze for support roles, the paper reports."),
    ("Removals", "The removal team won't be able to take your piano; they will send a specialist."),
    ("Course cancelled", "The Excel course will not go ahead as too few people signed up. You will get a refund."),
    ("Donor result", "Your blood test shows you are not a match for the stem cell donation."),
    ("Your search", "There are no jobs matching your search. Try different keywords."),
    ("Your son's placement", "Your son Tim has not been selected for the work experience placement at the "
                             "council. He can try again next term."),
    ("Solar grant", "Your application for the solar panel grant has been declined; the budget has been reached."),
    ("Planning permission", "Your planning application has been refused. The extension does not fit the local "
                            "plan."),
    ("Library", "Your reservation has expired because the book was not collected within a week."),
    ("Discount", "Unfortunately you are not eligible for the student discount as your enrolment has lapsed."),
    ("Proposal", "Your proposal does not match our requirements for the new till system, so we won't be "
                 "proceeding with the quote."),
    ("Pull request", "Status: rejected. The maintainers decided not to merge this change into the main branch."),
    ("Order", "We have decided not to proceed with your order, as we cannot ship to your country."),
    ("Hotel", "Unfortunately we are unable to offer you a room on those dates. We are fully booked."),
    ("Tenancy", "The landlord has decided not to proceed with your tenancy application."),
    ("Regrading appeal", "Your appeal against the regrading of your post has not been upheld; you remain on band 5."),
    ("League", "Your team has not been placed in the Saturday league. The division is already full."),
    ("Supplier", "We have decided to go with another vendor for the payroll software. Thanks for the demo."),
    ("Speaker slot", "We went with another speaker for the keynote slot, but would love you to run a workshop."),
    ("Friend's news", "Mark said they went with another candidate for the planner job. He's fine about it though."),
    # --- round four: job mail that goes on (an invitation, an offer, a process step) with a side negation ----------
    ("Interview invitation", "We'd like to invite you to interview on Tuesday. Unfortunately you are not eligible for "
                             "travel expenses as you live locally."),
    ("Interview invitation", "I'm afraid the car park will be closed during your interview, so please take the bus "
                             "or park at the station."),
    ("Screening result", "Your drug test came back negative, so you are all set to start on Monday. Welcome aboard!"),
    ("Contract", "We can't offer you a permanent contract yet, but we can offer a 12-month contract with a view to "
                 "making it permanent. HR will confirm your start date."),
    ("Offer", "We can't offer a company car, but the job is yours if you want it! The contract follows today."),
    ("Second interview", "We don't need to invite you again: you are already booked in for Thursday at 10."),
    ("Assessment", "The process doesn't end here: after the interview there is an assessment. You'll receive the "
                   "link by email."),
    ("Budget", "Because of the hiring freeze we cannot grow your team this year, even though the workload is "
               "high. Let's talk next week about how to manage it."),
    ("Rota", "The rota doesn't fit with your Wednesday lectures; shall we move your shift to Thursday?"),
    ("Start date", "We are not hiring anyone in December, so your start date will be 6 January. Welcome to the team!"),
    ("Salary", "The salary you asked for doesn't fit our bands, but we're offering you the role at band 9 with an "
               "allowance."),
    ("Probation", "Good news: your probation is over and we are not looking for a replacement. Your contract is "
                  "now permanent."),
    ("References", "Your references were excellent; there is no reason not to move forward with you. The contract "
                   "follows."),
    ("Internal move", "The role you looked at has been filled internally, but we have sent your CV to the "
                      "procurement team, who would love to talk."),
    ("Open day", "The open day is full and we can't register you any more, but do look at our vacancies online."),
    ("Your CV", "Your CV did not upload properly. Could you upload it again as a PDF? Then we'll carry on with your "
                "application."),
    ("Next step", "You're not the only candidate we're inviting, but you're the first. See you Monday!"),
    ("Closing date", "The vacancy closes on 1 May; until then we will not make a decision on any candidates."),
    ("Your application", "We won't be proceeding with the online assessment; instead we'd like to invite you straight "
                         "to interview."),
    ("Your application", "This isn't a no, but we'd like to see your portfolio before we book an interview."),
    ("Timesheet", "Status: rejected. Your timesheet for week 14 is missing the Friday hours; please resubmit it."),
    ("Leave", "Your holiday request has been declined as two others on your team are off that week."),
    ("Relocation", "We're unable to offer you relocation support, but we'd love to offer you the position starting "
                   "in March."),
    ("Training", "You have not been selected for the management course this year, as places go to managers first."),
    ("Hackathon", "Your team was not selected for the final of the internal hackathon. Thanks for taking part!"),
    # --- round five: other writers' process mail, fellow candidates ---------------------------------------------
    ("Interview slot", "Unfortunately we're unable to offer you an interview slot on Friday; could you do Monday "
                       "instead?"),
    ("Interview cancelled", "We regret to tell you that Friday's interview has been cancelled due to illness. We will "
                            "rearrange it as soon as we can."),
    ("Internal applicants", "We are no longer considering external candidates, but as an internal applicant you "
                            "remain in the process."),
    ("Filled!", "The position has been filled by you! Congratulations, the contract is on its way."),
    ("Visa sponsorship", "Thanks for applying! Please note we are not able to sponsor visas. If you already have the "
                         "right to work here, we will happily consider you."),
    ("Travel costs", "Great that you can make it! Unfortunately we cannot reimburse travel costs for interviews."),
    ("Technical error", "Due to a technical error your application was not received. Could you apply again through "
                        "the website?"),
    ("Me too", "Hey Sam, I wasn't selected for that council role either. Fancy a coffee to swap notes?"),
    ("Language test", "You did not pass the language test, but you can retake it next week. Your application stays "
                      "open."),
    ("Second choice", "You're not our first choice of date: could you do Wednesday instead of Tuesday?"),
    ("Staff news", "Staff news: the Head of IT post has been filled by Karen Boyd from 1 June. She joins from our "
                   "York office."),
    ("Candidate feedback", "The candidate was not successful after the second interview. I'll let him know today."),
    ("Cancelled by you", "We have received your cancellation of the interview. Sorry you don't want to continue, and "
                         "good luck in your new job."),
    ("Reserve list", "You are on our reserve list for the graduate scheme and still in the process; we will "
                     "contact you if a place opens."),
    ("Mentoring", "Could you mentor Tom? He didn't get the bakery job and starts with us next week."),
    # --- round six: the candidate writes to the reader (a recruiter, an employer), the reader asks for feedback ------
    ("Re: offer", "After a lot of thought I have decided not to proceed with my application. I've accepted another "
                  "role. Thank you for your trust!"),
    ("Re: contract", "I'm afraid I have to decline your offer; the salary doesn't fit my current situation."),
    ("Re: rejection", "Thank you for letting me know you won't be moving forward with my application. Could you tell "
                      "me why my profile wasn't a fit?"),
    ("Re: interview", "I've thought it over and I don't think the role is the right fit for me. I'm withdrawing from "
                      "the process."),
    ("Candidate withdrew", "The candidate has withdrawn: she decided not to continue. We need to reopen the vacancy."),
    ("Feedback please", "I got a rejection from your colleagues yesterday. Could you tell me what I could improve?"),
    # --- round seven: applicant-tracking templates, process notes, references ----------------------------------------
    ("What happens next", "Here's what happens next: we review every application, and if you're not selected you'll "
                          "receive an email from us."),
    ("Application received", "Due to the volume of applications we cannot reply to everyone. If you don't hear from us "
                             "within 30 days, please assume your application was unsuccessful."),
    ("Reschedule request", "Unfortunately we're unable to move forward with your request to reschedule; the panel is "
                           "fixed for Tuesday."),
    ("Careers fair", "We regret to inform you that the careers fair on 12 May has been cancelled."),
    ("Job no longer available", "Sorry, the job you tried to apply for is no longer available. Here are some similar "
                                "jobs."),
    ("Your referral", "Your friend Ana applied to Acme through your referral link. She was not selected for the "
                      "designer role."),
    ("Finish your application", "Reminder: you have not completed your application for the Store Assistant role. "
                                "Complete it before Friday."),
    ("Shortlisting", "You have not yet been shortlisted, but we will let you know after the closing date."),
    ("Interview tomorrow", "Unfortunately the interviewer is unwell, so we won't be able to interview you tomorrow. "
                           "We'll send new times."),
    ("Process change", "We won't be moving forward with the video interview platform; from now on all interviews will "
                       "be in person."),
    ("Budget", "We have decided not to fill the role until the new budget is approved in April; your application "
               "stays active."),
    ("Deadline", "This position is no longer accepting applications, but yours arrived before the deadline and is "
                 "being reviewed."),
    ("Final interview", "We are not able to offer feedback at this stage, but you're through to the final interview."),
    ("Start date", "Your background check came back clear. Unfortunately the office is closed on your start date, so "
                   "please start on Tuesday instead."),
    ("Hiring manager guide", "As a hiring manager, you'll receive an email whenever a candidate is rejected or "
                             "withdraws."),
    ("Reference request", "I'm afraid I'm unable to offer you a reference, as company policy only allows HR to confirm "
                          "dates of employment."),
    ("Second round", "We didn't receive your application in time for the first round, but we've added you to the "
                     "second round."),
    ("Talent pool", "You are not being considered for a specific role right now, as you joined our talent pool. We "
                    "will contact you when something suitable opens."),
    # --- round eight: a vacancy's own rules, acknowledgements, headlines ------------------------------------------
    ("New job for you", "Warehouse Operative in Leeds. Please note: candidates without the right to work in the UK "
                        "will not be considered. Apply by 1 June."),
    ("Application received", "Thanks for applying! Because of the number of applications we can't invite everyone; "
                             "you will hear within two weeks whether you are through."),
    ("Blog", "Rejected after an interview? Here's how to get something out of it. Five tips from our coach."),
    ("Hiring freeze?", "Despite the hiring freeze at many firms, our client is hiring three engineers. Would you be "
                       "open to a chat?"),
    ("Graduate scheme", "Our graduate positions are filled on a rolling basis, so please book your interview slot "
                        "soon."),
    ("Honest answer", "We don't want to disappoint you, so to be honest: the process will take two weeks longer than "
                      "planned. You are still in the running."),
    ("Market update", "Many companies are not hiring right now, according to the latest survey. Healthcare is the "
                      "exception."),
    ("Quick question", "If the role isn't a match for what you're looking for, just tell us and we'll keep you in mind "
                       "for others."),
    # --- round nine: scheduling details, pauses with a restart, requests that are no application, agencies ---------
    ("Your application", "Due to the high volume of applications, we are unable to respond to unsuccessful applicants "
                         "individually. We will contact shortlisted candidates by 3 June."),
    ("Your application", "Thanks for sending over the CV. We don't work with agencies, so we won't be taking this "
                         "candidate forward."),
    ("Your application", "Your application for the Barista position at Cafe Nero was viewed by the employer today."),
    ("Your application", "The panel has decided to shortlist you. Unfortunately we cannot offer interviews on Fridays, "
                         "so please pick another day."),
    ("Your application", "We're sorry, but we have decided not to move forward with your refund request for the "
                         "interview travel."),
    ("Your application", "Your application is incomplete and cannot be considered until we receive your transcript."),
    ("Your application", "We have paused hiring for the Sales role until January. We will contact you then to restart "
                         "the process."),
    ("Your application", "Congratulations! You were not the only strong candidate, but you were the one we chose."),
    ("Your application", "Unfortunately, Mark has decided to leave the company, so your interview on Tuesday will be "
                         "with Jane instead."),
    ("Your application", "We regret that the recording of your interview failed. Could you record your answers again?"),
    ("Your application", "We decided against the group interview format, so you'll have a one-to-one interview "
                         "instead."),
    ("Your application", "Please don't take it as a rejection that we haven't replied yet; the hiring manager is on "
                         "leave."),
    ("Your application", "The role you applied for has been put on hold for two weeks while we finalise the budget; we "
                         "will be in touch."),
    ("Your application", "Unfortunately we cannot offer you the 10am slot; would 2pm work for your interview?"),
    # --- round ten: out-of-office notes, portals, timesheets, terms and requests around a job that goes on -------
    ("Your application", "I'm out of the office until 5 May. Applications received during this time will not be "
                         "reviewed until I return."),
    ("Your application", "Your account application on our job portal was rejected because the email address is already "
                         "in use."),
    ("Your application", "Your timesheet for the barista role was declined; please add your break times."),
    ("Your application", "We're unable to meet your salary request, but the offer of 30,000 stands and we hope you'll "
                         "accept."),
    ("Your application", "The hiring manager rejected the time you proposed; please choose another slot for your "
                         "interview."),
    ("Your application", "Your expense claim for interview travel was rejected because the receipt is missing."),
    ("Your application", "I'm afraid the client won't budge on the salary, but they still want you for the role."),
    ("Your application", "Unfortunately the role isn't remote, as the advert said; are you still interested in going "
                         "ahead?"),
    ("Your application", "We've decided not to use the personality test anymore, so your application moves straight to "
                         "interview."),
    ("Your application", "We unfortunately had to decline your request for a later start date; the role starts on 1 "
                         "June as offered."),
    ("Your application", "Sorry, we can't accept CVs by post. Please apply online so we can consider your "
                         "application."),
    ("Your application", "We rejected the first draft of the job advert; can you rewrite the role description?"),
    # --- round eleven: the reader as an employee (a post cut, a contract not renewed, a promotion) ----------------
    ("Update", "As part of the restructure, your position has been eliminated. HR will contact you about your notice "
               "period and severance."),
    ("Update", "We're sorry to tell you that your fixed-term contract will not be renewed when it ends on 30 June."),
    ("Update", "Following the consultation, your role is at risk of redundancy. A meeting is booked for Monday."),
    ("Update", "Your internal transfer request was approved, but the role in Leeds has been cancelled, so you stay in "
               "your current team."),
    ("Update", "Unfortunately your probation will be extended by three months, as we discussed in your review."),
    ("Update", "The promotion panel has decided not to promote you this round; we'll set goals together for next "
               "year."),
    ("Update", "We've decided not to renew the agency contract, so your assignment with us ends on Friday."),
    ("Update", "Your bonus application was declined as the targets were not met this year."),
]


@pytest.mark.parametrize(("subject", "body"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_audit_en_look_alike_is_no_rejection(subject: str, body: str) -> None:
    assert not found(letter(subject, body))


# Real rejections next to each fix: they must still be found.
REJECTIONS = [
    ("Your application", "Unfortunately we have decided not to move forward with your application. Could you let us "
                         "know if you would like feedback?"),
    ("Your application", "Unfortunately the position has been filled by an internal candidate."),
    ("Your application", "We liked hearing about your role in your team's migration, but we have decided to move "
                         "forward with other candidates."),
    ("Your application", "As the hiring manager for this role, I wanted to tell you myself that we have decided to go "
                         "with another candidate."),
    ("Your application", "Thank you for sending proof of your right to work. Unfortunately we have decided not to "
                         "progress your application."),
    ("Your application", "You weren't selected for the role, but we would like to invite you to join our talent "
                         "community."),
    ("Update", "The role I put you forward for has been filled, sorry. I'll keep looking for you."),
    ("Your application", "Your application was unsuccessful. My colleague will send you feedback next week."),
    ("Property Manager", "Thanks for applying for the property manager role. Unfortunately we have decided to "
                         "proceed with other candidates."),
    ("Fund Accountant", "Thank you for your application for the Fund Accountant position. Unfortunately you have not "
                        "been shortlisted."),
    ("Your application", "Thank you for interviewing with us. We have decided to offer the role to another "
                         "candidate; please give our regards to your team."),
    ("Your application", "We don't need to invite you again, as we have decided to go with another candidate."),
    ("Your application", "I'm sorry, but the job is not yours this time: we have offered it to another candidate."),
    ("Your application", "I've decided not to proceed with your application, as I need someone with more experience."),
    ("Your application", "After the interview, she decided not to proceed with your application. I'm sorry."),
    ("Your application", "The role you applied for is no longer available and we have closed your application. You can "
                         "browse other vacancies on our site."),
    ("Your application", "We have decided not to fill the role after all, so your application will not go any "
                         "further."),
    ("Your application", "The role has now been filled. If you have any questions about this decision, just reply."),
    ("Your application", "Applications without a cover letter are not considered, so unfortunately we cannot take "
                         "yours forward."),
    ("Your application", "The employer reviewed your application and has decided to move forward with other "
                         "candidates. See similar jobs near you."),
    ("Your application", "We have decided not to move forward with your profile for this role."),
    ("Your application", "Unfortunately we cannot offer you an interview on this occasion."),
    ("Your application", "The role has been put on hold indefinitely, so we are closing your application."),
    ("Sous-chef position", "I'm sorry to say we've decided not to offer you the position: your notice period makes an "
                           "early start difficult."),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS, ids=ids(REJECTIONS))
def test_audit_en_real_rejection_still_found(subject: str, body: str) -> None:
    assert found(letter(subject, body))
