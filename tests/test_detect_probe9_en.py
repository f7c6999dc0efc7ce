"""Probe 9, English: a fresh probe set's holes, fixed by construction in core/detect/languages/en.py.

Called rejections at first sight, and no rejection: a news digest on hiring freezes being lifted, a master's programme
that offers no place, HR's note to a manager about a report's internal application (forwarded to the reader), an
invitation to interview for a new role that recalls the earlier no, a rental application that was not successful,
and an ATS status update ("Under review") under a key that explains every status, "Not selected" among them.
Missed at first sight: the role offered to another candidate under a title with a comma ("the Manager, Population
Health Analytics role"), a vacancy the employer decided to withdraw (read as the reader's own withdrawal), every
candidate closed out "including you" (after a freeze, or an internal hire told by an agency), and "we're not going to
move you forward to the next round" (read as the reader's process going on).
Each construction is written here in several wordings, with rejections that share the look-alikes' words (the
look-alikes must not veto them). All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import mails_test

HR = "People Team <people@acme.example>"
DANA = "Dana Whitfield <dana@acme.example>"
AG = "Harriet Cole <harriet@brightpath-recruit.example>"
ATS = "Acme Careers <no-reply@acme.myworkday.example>"
NEWS = "The Hiring Brief <hello@hiringbrief.example>"
UNI = "Postgraduate Admissions <pgadmissions@northfield.ac.example>"
LET = "Kerry Moss <kerry@coastlet.example>"
BEN = "Ben Adeyemi <ben.adeyemi@acme.example>"

REJECTIONS = [
    # a social network relays the recruiter's message in quotes, greeting the reader with a dash after the name
    ("Rebecca Sandoval via LinkedIn <messages-noreply@linkedin.com>", "Rebecca just messaged you",
     "Rebecca Sandoval\nTalent Acquisition at Tidewell Insurance\n\n\"Hi Sam – thanks again for your patience. I heard "
     "back from the hiring team on the Pricing Analyst role and they've decided to move ahead with other applicants "
     "who have more actuarial exposure. I'm sorry it isn't better news.\"\n\nView message"),
    # an ATS's no that invites the reader to keep browsing and to set up alerts (no interview, no job alert)
    (ATS, "Your application",
     "Dear Jordan,\n\nThank you for applying. We have decided to move forward with other candidates for this role. We "
     "invite you to continue exploring opportunities on our careers site and to set up job alerts for new roles.\n\n"
     "Acme Talent Acquisition"),
    (ATS, "Your application",
     "Dear Jordan,\n\nAfter careful review we will not be moving forward with your application. We'd love to "
     "invite you to join our talent community and sign up for job alerts.\n\nAcme Talent Acquisition"),
    # the role offered to another under a long title
    (DANA, "Your interview",
     "Hi Sam,\n\nThank you for the final round. We have made the decision to offer the Manager, Data & Insight role "
     "to another candidate.\n\nDana"),
    (HR, "Head of Finance, EMEA",
     "Dear Sam,\n\nAfter careful thought we have offered the Head of Finance, EMEA position to an internal "
     "candidate.\n\nPeople Team"),
    (DANA, "Senior Analyst",
     "Hi Sam,\n\nWe've decided to give the Senior Analyst, Pricing & Risk role to someone with more insurance "
     "experience.\n\nDana"),
    # the employer withdraws the post
    (HR, "Data Analyst (ref 2291) - vacancy withdrawn",
     "Dear Sam,\n\nFollowing a restructure we have taken the decision to withdraw this vacancy. As a result we will "
     "not be progressing any applications for this role, including yours.\n\nPeople Team"),
    (HR, "Your application",
     "Dear Sam,\n\nThe business has made the decision to withdraw the Operations Lead role, so we will not be "
     "progressing any applications for it, including yours.\n\nPeople Team"),
    # every candidate closed, the reader among them
    (DANA, "Update on the search",
     "Hi Sam,\n\nLeadership has placed a hiring freeze on several open positions, including the Insights Lead role "
     "you interviewed for. We are closing out all active candidates, including you.\n\nDana"),
    (AG, "Prairie Rail - Data Engineer",
     "Hey Sam,\n\nThe hiring manager has gone with an internal candidate, so they've closed out all external "
     "candidates including you. Sorry!\n\nHarriet"),
    (HR, "Your application",
     "Dear Sam,\n\nThe Finance Assistant post has been paused and we are closing all remaining applications, yours "
     "included.\n\nPeople Team"),
    # a negated next round
    (DANA, "Thanks for the chat",
     "Hi Sam,\n\nThanks for the call on Monday. We're not going to move you forward to the next round for the "
     "Consultant role - we need more client-facing experience.\n\nDana"),
    (DANA, "Thanks for the chat",
     "Hi Sam,\n\nAfter comparing notes, we don't want to take you to the final stage for the Consultant role.\n\n"
     "Dana"),
    # rejections that share the look-alikes' words
    (DANA, "Your interview",
     "Hi Sam,\n\nAlthough we would like to invite you to an interview, the Analyst role has now been filled.\n\n"
     "Dana"),
    (DANA, "Your application",
     "Hi Sam,\n\nMuch as we'd like to invite you to interview, we have decided to move forward with a candidate "
     "whose experience is closer to the role.\n\nDana"),
    (ATS, "Your application status has changed",
     "Dear Sam,\n\nNew status: Not selected. We will not be progressing your application for the Analyst role.\n\n"
     "What the statuses mean: Under review - the team is assessing your application. Not selected - we will not be "
     "progressing your application.\n\nAcme Careers"),
    (HR, "Admissions Officer",
     "Dear Sam,\n\nThank you for applying for the Admissions Officer role. Unfortunately your application has not "
     "been successful on this occasion.\n\nPeople Team"),
    (HR, "Leasing Consultant",
     "Dear Sam,\n\nThank you for your application for the Leasing Consultant position. We have decided to proceed "
     "with other candidates whose experience more closely matches the role.\n\nPeople Team"),
    (DANA, "Bar staff",
     "Hi Sam,\n\nThanks for the trial shift on Saturday. The landlord has decided to go with another candidate for "
     "the bar job.\n\nDana"),
    (HR, "Front Desk Agent",
     "Dear Sam,\n\nThank you for applying for the Front Desk Agent role at our Park Street hotel. We have selected "
     "another candidate, but we encourage you to apply for roles at our other properties.\n\nPeople Team"),
    (NEWS, "Your application",
     "Dear Sam,\n\nDue to a hiring freeze, we are unable to continue with your application for the Reporter role."
     "\n\nThe Hiring Brief"),
]

LOOK_ALIKES = [
    # an invitation is still one when it also points at the careers site
    (DANA, "Next steps",
     "Hi Jordan,\n\nUnfortunately Tuesday no longer works, but we'd like to invite you to a second interview on "
     "Thursday instead. Meanwhile feel free to keep exploring our careers site.\n\nDana"),
    # a freeze lifted, in the news
    (NEWS, "The Hiring Brief: freezes thaw",
     "Good morning.\n\nSeveral large companies have quietly lifted hiring freezes on data roles, though "
     "unfortunately applicants per role have doubled.\n\nThat's it for today."),
    (NEWS, "This week in hiring",
     "Hiring freezes are easing across tech. Two banks ended hiring freezes in March, and unfortunately the "
     "layoffs tracker still grew.\n\nSee you next week."),
    # a study place, not a job
    (UNI, "Your application to MSc Data Science (2025 entry)",
     "Dear Sam,\n\nThe admissions selectors have considered your application. We are unable to offer you a place "
     "on this programme.\n\nPostgraduate Admissions"),
    (UNI, "Your application",
     "Dear Sam,\n\nThank you for your application to MPhil History. The admissions tutor has decided not to "
     "proceed with your application.\n\nPostgraduate Admissions"),
    # a manager told about their report's internal application (HR's note, forwarded or sent to the manager)
    (BEN, "Fw: internal mobility update",
     "Sam - fyi since Aisha reports to you. Maybe worth a 1:1?\n\nBen\n\n---------- Forwarded message ----------\n"
     "From: HR Business Partners <hrbp@acme.example>\nTo: Ben Adeyemi <ben.adeyemi@acme.example>\nSubject: internal "
     "mobility update\n\nHi Ben,\n\njust to let you know that Aisha Rahman's internal application for the Platform "
     "Engineer role was not successful; the hiring manager has selected another internal candidate. Aisha has been "
     "informed.\n\nThanks,\nHR Business Partners"),
    (BEN, "Internal vacancy outcome",
     "Hi Sam,\n\nJust to let you know that Leo Grant's application for the Team Lead role was not successful; the "
     "panel selected another candidate. Leo has been informed, so please support him.\n\nPeople Team"),
    (BEN, "Internal vacancy outcome",
     "Hi Sam,\n\nAs Priya reports to you, a heads-up: the panel has selected another candidate for the Team Lead "
     "role. She has been told.\n\nPeople Team"),
    (BEN, "Internal vacancy outcome",
     "Hi Sam,\n\nA note about your direct report: the hiring manager has selected another candidate for the Data "
     "Lead role over Tom. Tom has been notified.\n\nPeople Team"),
    # an invitation to interview for another role, recalling the earlier no
    (DANA, "Senior Analyst - would you like to interview?",
     "Hi Sam,\n\nYou applied for our Analyst role in April and, although you weren't shortlisted for that one, "
     "I'd love to invite you to a first-stage video interview for the Senior Analyst role. Would Thursday "
     "work?\n\nDana"),
    (HR, "A new opening",
     "Dear Sam,\n\nWe did not progress your application for the Junior Buyer post, but we would like to invite "
     "you for an interview for our Buyer vacancy next week.\n\nPeople Team"),
    # a home applied for
    (LET, "Application for 4/22 Pacific Street",
     "Hi Sam,\n\nThank you for your application for 4/22 Pacific Street. Unfortunately on this occasion your "
     "application has not been successful; the owner has selected another applicant.\n\nKerry"),
    (LET, "Your application",
     "Hi Sam,\n\nThanks for applying for Flat 3, 18 Mill Road. The landlord has decided to go with another "
     "applicant whose move-in date suited better. We have similar properties coming up.\n\nKerry"),
    # a status update that is still open, under a key to the statuses
    (ATS, "Your application status has changed",
     "Dear Sam,\n\nNew status: Under review by hiring manager\n\nWhat the statuses mean: Received - we have your "
     "application. Not selected - we will not be progressing your application for this role.\n\nAcme Careers"),
    (ATS, "Application update",
     "Dear Sam,\n\nA key to the statuses: Interview - we will contact you. Not selected - we have decided not to "
     "proceed with your application.\n\nYour current status: In progress\n\nAcme Careers"),
]

test_rejection_is_found = mails_test(REJECTIONS, rejection=True)
test_look_alike_is_no_rejection = mails_test(LOOK_ALIKES, rejection=False)
