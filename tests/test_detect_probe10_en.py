"""Probe 10, English: a fresh probe set's holes, fixed by construction in core/detect/languages/en.py.

Missed at first sight: an agency's "they won't be moving you to the final", the one chosen named instead of "another
candidate" (a staff member "who's been on nights with us", "Leanne, who has been doing agency admin for us"; the post
"offered to her and she has accepted"; after the reader's interview "the panel has decided to appoint Kirsty Lam to
the role", "I have decided to promote our current supervisor, Jamie, into the post"), "the appointment has been made to
an applicant whose...", "the other shortlisted applicant was a closer match", a hiring process closed "including your
application", "yours isn't one we'll be taking into the onsite"; and noes vetoed by a look-alike's word: an estate
agency that signs the letter, a hotel's "join us as our guest", and "mention this email so we can fast-track your
application" for another vacancy (an interview's role-play exercise is still read as a coaching one: see dev10 en
0117). Not fooled by a supplier or a shift given to a member of staff, a hire told to a colleague as good news, or a
named appointment announced or told to an interviewer.
Each construction is written here in several wordings, with look-alikes that share its words. All texts are written for
this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import mails_test

HR = "People Team <people@acme.example>"
DANA = "Dana Whitfield <dana@acme.example>"
AG = "Harriet Cole <harriet@brightpath-recruit.example>"
MICK = "Mick Carrow <office@carrowhaulage.example>"
SCHOOL = "Oakfield Primary School <office@oakfield.sch.example>"
LET = "Kerry Moss <kerry@coastlet.example>"
BEN = "Ben Adeyemi <ben.adeyemi@acme.example>"

REJECTIONS = [
    # the next step named alone
    (AG, "Acme - feedback",
     "Hi Sam,\n\nFeedback from Acme after your second interview: they won't be moving you to the final. They felt "
     "the gap was sector experience.\n\nHarriet"),
    (DANA, "Your interview",
     "Hi Sam,\n\nThanks for the call. We will not be taking you through to the onsite, I'm afraid.\n\nDana"),
    # someone already on the staff chosen instead
    (MICK, "Driver job",
     "Sam\n\nThanks for applying for the driver job. We're going with a lad who's been on nights with us. Sorry it's "
     "not better news.\n\nMick"),
    (DANA, "Office Administrator",
     "Hi Sam,\n\nI spoke to the director about the Office Administrator job. She has decided to go with Priya, who "
     "has been covering the role since March.\n\nDana"),
    (HR, "Warehouse Supervisor",
     "Dear Sam,\n\nThank you for interviewing for the Warehouse Supervisor post. We have gone with someone who has "
     "been working in our Bristol depot for two years.\n\nPeople Team"),
    # the post offered to someone who took it
    (DANA, "Office Manager - our decision",
     "Dear Sam,\n\nThank you for coming to Bath. Our maternity cover has asked to stay on, so we have offered the "
     "position to her and she has accepted.\n\nDana"),
    (DANA, "Your interview",
     "Hi Sam,\n\nThanks for your time on Friday. We offered the role to Carla, and she's accepted.\n\nDana"),
    # after the reader's interview, a named person appointed or promoted
    (HR, "Internal vacancy - outcome",
     "Hi Sam,\n\nThank you for your interview last week. After careful consideration the panel has decided to "
     "appoint Jo Price to the role. Your manager will go through feedback with you.\n\nPeople Team"),
    (SCHOOL, "Business Manager appointment",
     "Dear Ms Reed,\n\nThank you for your interest in the post and for attending interview day. Governors have "
     "appointed Mr Tom Hale, who will take up the post in September.\n\nHeadteacher"),
    (DANA, "Front Office Manager",
     "Dear Sam,\n\nWe have now concluded our interviews. I have decided to promote our current supervisor, Jamie, "
     "into the Front Office Manager post. I would be delighted if you would join us for dinner as our guest.\n\nDana"),
    # the appointment made to someone
    (HR, "Project Manager",
     "Dear Dr Reed,\n\nMany thanks for interviewing with us. The appointment has been made to an applicant whose "
     "background in grant administration was directly relevant.\n\nPeople Team"),
    (HR, "Research Officer (ref 2231)",
     "Dear Dr Reed,\n\nThank you for your application. An appointment has now been made to the post.\n\nPeople Team"),
    # another candidate, with a word between, was the closer match
    (HR, "Patient Services Administrator",
     "Dear Sam,\n\nThe panel felt that the other shortlisted applicant was a closer match to the requirements of the "
     "post.\n\nRecruitment Services"),
    (HR, "Your application",
     "Dear Sam,\n\nThe other interviewed candidates were more closely aligned with what we need.\n\nPeople Team"),
    # the hiring process closed, the reader's application with it
    (DANA, "Ops Lead - change of plan",
     "Hi Sam,\n\nWe've rethought the team structure, so we're closing the Ops Lead hiring process, including your "
     "application. I'm really sorry.\n\nDana"),
    (HR, "Your application",
     "Dear Sam,\n\nFollowing a restructure we have closed the whole recruitment process, including your "
     "application.\n\nPeople Team"),
    # "not one we'll be taking" on to a named step
    (DANA, "Operations Analyst",
     "Hey Sam,\n\nThanks for the SQL exercise. To be straightforward, yours isn't one we'll be taking into the "
     "onsite.\n\nDana"),
    (DANA, "Take-home task",
     "Hi Sam,\n\nThanks for applying for the Analyst role. Your take-home submission wasn't one we're moving "
     "forward, sorry.\n\nDana"),
    # an estate agency that signs the letter
    (HR, "Lettings Negotiator",
     "Dear Sam,\n\nThank you for applying for our Lettings Negotiator vacancy. We are not taking your application "
     "further at this stage.\n\nSophie Linton\nBranch Manager\nHartley Estate Agents"),
    (DANA, "Your interview",
     "Hi Sam,\n\nNot the good news you hoped for, I'm afraid: we offered the Analyst role to Carla, and she has "
     "accepted.\n\nDana"),
    # another vacancy suggested after the no
    (HR, "Your application - and another vacancy",
     "Dear Sam,\n\nI am sorry to let you know that your application was not successful for this post. If you are "
     "interested in our Advisor vacancy, please apply and mention this email so we can fast-track your "
     "application.\n\nPeople Team"),
]

LOOK_ALIKES = [
    # a supplier kept over a pitch; a rota
    (BEN, "Your quote",
     "Hi Sam,\n\nThanks for the quote for the new website. We've decided to go with Dave, who has been doing our IT "
     "for years.\n\nBen"),
    (BEN, "Saturday shift",
     "Hi Sam,\n\nFor Saturday's shift we're going with Priya, who has been on nights this week, so you can have the "
     "day off.\n\nBen"),
    (DANA, "Office Administrator",
     "Hi Sam,\n\nAbout the Office Administrator job: we're thinking of going with Leanne, who has been temping with "
     "us, but nothing is decided yet.\n\nDana"),
    # the post offered to someone, told to the hiring manager or to a referee, or told as good news
    (HR, "Data Analyst hire",
     "Hi Sam,\n\nGood news: we offered the role to Carla and she has accepted. Could you order her laptop?\n\nPeople "
     "Team"),
    (HR, "Reference for Carla Diaz",
     "Dear Sam,\n\nThank you for the reference you provided. We offered the position to her and she has accepted."
     "\n\nPeople Team"),
    (HR, "Team news",
     "Hi Sam,\n\nGreat news - we offered the Data Analyst role to Carla and she has accepted. She starts on 3 May."
     "\n\nPeople Team"),
    (HR, "Team news",
     "Hi Sam,\n\nGood news! We've offered the role to Priya and she's accepted.\n\nPeople Team"),
    # a named appointment announced to staff or parents, or told to a panel member or an interviewer
    (HR, "Operations Manager appointment",
     "Hi Sam,\n\nAfter a strong field we have appointed Sarah, who has been working in our Leeds branch for six "
     "years, as Operations Manager.\n\nPeople Team"),
    (DANA, "Friday",
     "Hi Sam,\n\nThanks for your interview yesterday. Since then we have promoted Jamie into the supervisor role, so "
     "your second interview on Friday will be with her.\n\nDana"),
    (HR, "Interview feedback",
     "Hi Sam,\n\nThanks for your interview feedback. The panel has decided to appoint Jo Price to the role.\n\n"
     "People Team"),
    (HR, "New Head of Finance",
     "Hi all,\n\nThank you all for your help. We have now completed our interviews and I am delighted to announce "
     "that we have appointed Jo Price to the role of Head of Finance.\n\nPeople Team"),
    (SCHOOL, "New headteacher",
     "Dear parents,\n\nThank you for your patience during the interview process. Governors have appointed Mrs Helen "
     "Carver, who will take up the post after Easter.\n\nChair of Governors"),
    (DANA, "Interview panel",
     "Hi Sam,\n\nThanks for sitting on the interview panel. The panel has decided to appoint Jo Price to the role."
     "\n\nDana"),
    # an estate agent lets a home
    (LET, "The flat",
     "Hi Sam,\n\nThe estate agent said the owners chose another applicant for the flat.\n\nKerry"),
    # a coaching role-play
    (DANA, "Role-play for Thursday",
     "Hi Sam,\n\nFor the workshop role-play you are the hiring manager. Your brief: you decided to hire another "
     "candidate and must tell them kindly.\n\nDana"),
]

test_rejection_is_found = mails_test(REJECTIONS, rejection=True)
test_look_alike_is_no_rejection = mails_test(LOOK_ALIKES, rejection=False)
