"""Eighth English sweep: mail that says someone else was chosen but ends no job application of the reader's, from
writers the earlier sweeps did not have. The reader interviewed, sat on the panel, referred a friend or gave a
reference; hired through an agency; was told of another post filled while their own goes on; saved or viewed a job on a
job board; subscribes to a talent pool; reads a company newsletter or a staff announcement; stood for a committee, a
union post or a trustee board; asked for a grant, a bursary, an allotment, a flat, a spare room or a dog; pitched as a
supplier, an agency or a tradesperson; got the notes of a panel or an ATS's hiring-manager notice; answered a
rejection that is only quoted below; hears of a friend's own rejection; sent the mail themselves; got an offer or an
invitation that names the other candidates. Next to them, rejections of the reader from new writers in varied shapes:
HTML-only ATS mail, long templates, replies, agency relays and terse notes. All texts are written for this file.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

HM = "Rosa Delgado <rosa.delgado@fernhill.example>"
TA = "Talent Acquisition <talent@fernhill.example>"
ATS = "Fernhill Hiring <no-reply@fernhill.hiringhub.example>"
AGENCY = "Callum Reid <callum@peakstaff.example>"
BOARD = "JobNest Alerts <alerts@jobnest.example>"
POOL = "Oakridge Talent Community <community@oakridge.example>"
NEWS = "Oakridge News <news@oakridge.example>"
FRIEND = "Jess Moreno <jess.moreno@mailbox.example>"
SELF = "Sam Rivera <sam@example.net>"
UNION = "Branch Secretary <secretary@unite-branch.example>"
COUNCIL = "Allotments Officer <allotments@westbury-council.example>"
LANDLORD = "Neil Porter <neil.porter@mailbox.example>"
CLIENT = "Martin Oduya <martin@oduya-builds.example>"
SHELTER = "Paws & Whiskers <rehoming@pawswhiskers.example>"
FOUNDER = "Lena Kraus <lena@brightloop.example>"
CANDIDATE = "Omar Haddad <omar.haddad@mailbox.example>"

_HEAD = ('<html><body style="font-family:Arial"><table width="600"><tr><td><img src="https://example/logo.png" '
         'alt="Logo"></td></tr><tr><td>')
_FOOT = ('</td></tr><tr><td style="font-size:11px;color:#888">You received this email because of your account with '
         'us. <a href="https://example/prefs">Manage preferences</a> | <a href="https://example/privacy">Privacy</a>'
         '</td></tr></table></body></html>')

# Mail that rejects no job application of the reader's: each must stay a non-rejection.
LOOK_ALIKES = [
    # (moved from the known gaps in session 20: an invitation to interview booked now, beside another post filled, is no
    # rejection, whichever post is the reader's)
    ('Leeds and Manchester roles',
     'Hi Sam,\n\nAn update on the Manchester vacancy you applied for. You may have seen that we also advertised in '
     'Leeds: that role went to an internal candidate last week. The Manchester one is going ahead and we would like to '
     'invite you to interview. Are you free on Thursday at 11?\n\nTalent Acquisition',
     TA),
    # --- the reader is on the hiring side: panel member, interviewer, hiring manager, agency client
    ('Payroll Officer - outcome',
     'Hi Sam,\n\nThanks for giving up your Tuesday for the panel. We have gone with another candidate for the Payroll '
     'Officer post: Priyanka accepted this morning and starts on the 3rd. I will send the other two finalists the '
     'usual note today.\n\nRosa',
     HM),
    ('Warehouse Supervisor hire',
     'Sam,\n\nBased on your interview notes and Dev\'s, we decided to move forward with another candidate, Marco '
     'Bellini, rather than the internal applicant. Can you book Marco\'s induction for Monday week and order his '
     'PPE?\n\nThanks,\nRosa',
     HM),
    ('Re: interview feedback for the Sales Exec role',
     'Hi Sam,\n\nAgreed with everything in your scorecard. We chose the other candidate in the end, mostly on the '
     'strength of her pipeline plan. Please don\'t contact Aaron yourself; Talent will send his decline.\n\nRosa',
     HM),
    ('Your candidates for Finance Controller',
     'Hi Sam,\n\nA quick note from our side: our other candidate, Beatriz, has accepted an offer from Halden for a '
     'controller role, so she is off the market. Could you give me your feedback on the two CVs I sent you last week '
     'so we can line up interviews?\n\nBest,\nCallum',
     AGENCY),
    ('Feedback please - Ops Manager shortlist',
     'Hi Sam,\n\nI hear your team selected a different candidate from another agency for the Ops Manager vacancy. '
     'Congratulations on filling it. Would you have five minutes to tell me why my two candidates fell short? It '
     'helps me brief better next time.\n\nCallum',
     AGENCY),
    ('Candidate status changed: Jordan Bell',
     'Hello Sam,\n\nThe candidate Jordan Bell (Requisition 2231, Customer Service Lead) was moved to the stage '
     '"Not selected" by Rosa Delgado. Reason: another candidate was hired.\n\nYou are receiving this notification as '
     'a member of the hiring team.\n\nFernhill Hiring',
     ATS),
    ('Weekly requisition digest',
     'Hi Sam,\n\nRequisition 2231 Customer Service Lead: filled (offer accepted by Anna Kowalski).\n3 candidates '
     'closed as "Another candidate selected".\nRequisition 2240 Data Engineer: 14 new applicants to review.\n\nYou '
     'can change your digest settings in your profile.',
     ATS),
    ('Thank you for the reference',
     'Dear Sam,\n\nThank you for the reference you gave for Emma Clarke. In the end the panel selected another '
     'applicant for the Lab Technician post, but your comments were thoughtful and we appreciated your time.\n\nKind '
     'regards,\nRosa Delgado',
     HM),
    ('Your referral for the QA Engineer role',
     'Hi Sam,\n\nThanks for referring Olu to us. The hiring team went with another candidate who had more test '
     'automation experience. Olu has already heard from us. Keep the referrals coming, the bonus scheme runs all '
     'year.\n\nTalent Acquisition',
     TA),
    ('Re: Declining Jordan',
     'Dear Sam,\n\nThank you for letting me know personally that you went with another candidate. I enjoyed meeting '
     'the team and I would be glad to be considered if something similar comes up.\n\nBest wishes,\nOmar',
     CANDIDATE),
    ('Re: Your application for Junior Designer',
     'Hi Sam,\n\nNo worries at all, I understand you chose someone with more print experience. Thanks for getting '
     'back to me so quickly, and good luck with the launch.\n\nOmar',
     CANDIDATE),
    ('Secondment panel - your team member',
     'Hi Sam,\n\nAs Jo\'s line manager I wanted you to hear it from me first: the secondment panel selected another '
     'applicant for the Transformation Lead post. Jo took it well. Could you find time this week to talk through '
     'what she wants to try next?\n\nRosa',
     HM),
    # --- the reader's own application goes on while another post was filled
    ('Update on the two openings',
     'Hi Sam,\n\nYou mentioned you might also like the evening shift lead position: that has been filled by an '
     'internal colleague. Your application for the day shift lead is still very much active and the hiring manager '
     'will call you on Monday to arrange a trial.\n\nTalent Acquisition',
     TA),
    ('Interview slot change',
     'Hi Sam,\n\nThe 10am slot on Friday went to another candidate who could only do mornings, so could you make '
     '2pm instead? Everything else stays the same.\n\nRosa',
     HM),
    # --- job boards and talent pools: a job only saved, viewed or followed
    ('A job you saved is no longer available',
     'Hi Sam,\n\nThe job you saved, Junior Account Manager at Pemberton & Co, is no longer available: the employer '
     'has filled it with another candidate. Here are 8 similar jobs near you.\n\nJobNest',
     BOARD),
    ('Jobs you viewed this week',
     'Hi Sam,\n\nSome of the jobs you viewed are closed. Warehouse Operative (Dunmore Logistics): position filled. '
     'Delivery Driver (QuickRoute): the employer selected other applicants.\n\nNew matches for you: 12 jobs in '
     'Bristol.\n\nJobNest',
     BOARD),
    ('Talent Community update',
     'Hi Sam,\n\nYou are subscribed to updates from the Oakridge Talent Community. The Senior Planner vacancy we '
     'shared last month has now been filled by another applicant. New opportunities this week: Planning Analyst, '
     'Site Coordinator.\n\nOakridge Talent Community',
     POOL),
    ('Company you follow: Halden is hiring',
     'Hi Sam,\n\nHalden, a company you follow, has filled its Product Owner role and is now hiring for three more '
     'positions. Apply early to stand out.\n\nJobNest',
     BOARD),
    # --- newsletters and announcements of a new hire
    ('Welcome our new Head of People',
     'Hi everyone,\n\nAfter a long search and a strong field of candidates, we chose Aisha Rahman as our new Head of '
     'People. Aisha joins from Corvel, where she led the HR team for six years. Please make her welcome.\n\nOakridge '
     'News',
     NEWS),
    ('Staff update: new Operations Director',
     'Dear colleagues,\n\nFollowing an open recruitment process that attracted over 60 applicants, the board has '
     'appointed Daniel Osei as Operations Director. Thank you to everyone who took part in the stakeholder '
     'panels.\n\nOakridge News',
     NEWS),
    ('Meet our newest barista',
     'Hello coffee friends,\n\nWe had over 200 applications for our barista job (thank you all!) and in the end we '
     'hired Tom, who you may know from the Saturday market. Come and say hi.\n\nThe Bean Room',
     NEWS),
    ('Careers blog: when they pick someone else',
     'This week on the blog: "We went with another candidate" - five things to do after a final-round rejection, '
     'from a recruiter who has sent hundreds of those emails. Read it here.\n\nOakridge Careers',
     NEWS),
    # --- committees, elections, unions, trustees, awards, grants, bursaries
    ('Branch election result',
     'Dear Sam,\n\nThank you for standing for branch treasurer. The members chose another candidate, Lucy Grant, by '
     '41 votes to 29. We hope you will stay on the committee as a member.\n\nBranch Secretary',
     UNION),
    ('Trustee appointment',
     'Dear Sam,\n\nThank you for your interest in joining our board of trustees. The nominations committee has '
     'appointed another candidate whose legal background fills a gap on the board. We would love you to keep '
     'volunteering at the food bank.\n\nChair of Trustees',
     "Chair of Trustees <chair@westbury-foodbank.example>"),
    ('Your bursary application',
     'Dear Sam,\n\nThank you for applying for the Harper Travel Bursary. This year the committee chose other '
     'applicants whose projects focused on coastal communities. You may apply again next spring.\n\nHarper Fund',
     "Harper Fund <bursary@harperfund.example>"),
    ('Allotment waiting list',
     'Dear Sam,\n\nPlot 14 at Mill Road has been offered to another applicant who was higher on the waiting list. '
     'You remain in position 6 for the site.\n\nAllotments Officer',
     COUNCIL),
    ('Young Engineer of the Year',
     'Dear Sam,\n\nCongratulations on reaching the final three. The judges selected another finalist, Aroha Walker, '
     'for this year\'s award. You will receive a certificate and a runner-up prize at the ceremony.\n\nAwards '
     'Committee',
     "Awards Committee <awards@engsociety.example>"),
    ('Marathon volunteers',
     'Hi Sam,\n\nWe had so many offers of help that we have chosen other people for the Saturday water station. We '
     'would love you on the finish line on Sunday instead, if you can.\n\nVolunteer Team',
     "Volunteer Team <volunteers@citymarathon.example>"),
    ('Photo competition results',
     'Hi Sam,\n\nThank you for entering the autumn photo competition. The judges picked another entrant\'s picture '
     'of the harbour as the winner. Your photo will still be shown in the online gallery.\n\nCamera Club',
     "Camera Club <club@harbourcamera.example>"),
    # --- a flat, a spare room, a dog
    ('The flat on Mill Lane',
     'Hi Sam,\n\nThanks for viewing the flat on Saturday. The landlord has decided to go with another applicant who '
     'can move in sooner. I will let you know if anything similar comes up.\n\nNeil',
     LANDLORD),
    ('Spare room',
     'Hi Sam,\n\nThanks so much for coming round. We have chosen another person for the room, someone who works '
     'nights like Kit. Good luck with the search!\n\nNeil',
     LANDLORD),
    ('Biscuit',
     'Dear Sam,\n\nThank you for your application to adopt Biscuit. After the home visits we decided to rehome him '
     'with another applicant who has a bigger garden. There are two other terriers looking for homes this '
     'month.\n\nPaws & Whiskers',
     SHELTER),
    # --- the reader as supplier, agency or tradesperson
    ('Kitchen quote',
     'Hi Sam,\n\nThanks for the detailed quote. We have gone with another contractor who could start in March. I '
     'will keep your details for the bathroom next year.\n\nMartin',
     CLIENT),
    ('Rebrand pitch',
     'Hi Sam,\n\nThank you and the team for the pitch. After a long discussion we chose another agency for the '
     'rebrand, mainly on price. We would like to keep you in mind for the website work.\n\nLena',
     FOUNDER),
    ('Wedding photos',
     'Hi Sam,\n\nThank you for sending your portfolio. We have decided to go with another photographer who is local '
     'to the venue. Your black and white work is lovely though!\n\nLena',
     FOUNDER),
    ('Audit tender outcome',
     'Dear Sam,\n\nFollowing evaluation of the tenders, the committee has selected another firm for the audit '
     'contract. Feedback scores against each criterion are attached.\n\nProcurement Team',
     "Procurement Team <procurement@westbury-council.example>"),
    # --- forwarded or quoted old rejections under a reply that is about something else
    ('Re: Your application - Data Analyst',
     'Thanks, I\'m fine about it, honestly. See you Friday at the climbing wall!\n\nSam\n\nOn Tue 4 Mar, Rosa Delgado '
     'wrote:\n> Dear Sam,\n> Thank you for interviewing with us. We have decided to proceed with another candidate '
     'for the Data Analyst role.\n> Rosa',
     FRIEND),
    ('Fwd: Your application',
     'Ha, I got exactly the same one from them last year, word for word. Don\'t let it get to you. Pub later?\n\n'
     'Jess\n\n---------- Forwarded message ----------\nFrom: Fernhill Talent\nSubject: Your application\n\nDear Jess,'
     '\nWe regret to inform you that we have selected another candidate for the position.\n',
     FRIEND),
    # --- a friend's own rejection
    ('bad news from Finch',
     'Hey Sam,\n\nSo Finch & Co went with another candidate for the job I told you about. I\'m gutted but I\'ll '
     'live. Drinks on Friday to cheer me up?\n\nJess',
     FRIEND),
    ('they picked someone else',
     'Hi love,\n\nThe hospital picked someone else for the ward sister post I went for. I\'m disappointed but the '
     'interview went well and they said to apply again. Call me later?\n\nMum',
     "Mum <mum@mailbox.example>"),
    # --- an offer or an invitation that names the other candidates
    ('Offer of employment',
     'Dear Sam,\n\nWe interviewed a number of very strong candidates and we are delighted to tell you that the panel '
     'chose you. Please find your offer letter attached; we would like you to start on 2 June.\n\nTalent '
     'Acquisition',
     TA),
    ('Final assessment day',
     'Dear Sam,\n\nFrom a field of 140 applicants we have selected five other candidates and yourself for the final '
     'assessment day on 12 May. Details of the day are attached.\n\nTalent Acquisition',
     TA),
    ('Next stage',
     'Hi Sam,\n\nGood news: the panel has picked you and three other applicants for the second interview. Please '
     'choose a slot using the link below.\n\nRosa',
     HM),
    # --- the reader withdrew first
    ('Re: Withdrawing my application',
     'Hi Sam,\n\nThanks for letting us know you have accepted another offer, and congratulations! We will move '
     'forward with other candidates for the Account Manager role. All the best in the new job.\n\nRosa',
     HM),
    # --- the reader is the agency, the referee or HR answering a candidate
    ('Re: CVs for the Buyer role',
     'Hi Sam,\n\nThanks for the two CVs you sent over. We have decided to go with an internal candidate in the '
     'end, so we '
     'will not need to meet them. I will be in touch when the next buying role opens.\n\nMartin',
     CLIENT),
    ('Re: Finance Assistant',
     'Hi Sam,\n\nJust to close the loop: the client has chosen a different candidate, from another agency I '
     'believe. No '
     'fee due on this one. Thanks for moving so fast on the shortlist.\n\nMartin',
     CLIENT),
    ('Feedback request',
     'Dear Sam,\n\nI was told last week that you chose another candidate for the Payroll Officer post. As the HR '
     'contact, could you tell me what I could have done better in the interview? I would really value it.\n\nRegards,\n'
     'Omar Haddad',
     CANDIDATE),
    ('Reference for Emma Clarke',
     'Dear Sam,\n\nThank you for agreeing to be a referee for Emma. I wanted to let you know that the panel appointed '
     'another candidate, so we will not need the written reference after all.\n\nBest wishes,\nRosa Delgado',
     HM),
    # --- the reader's colleague moves or leaves; the reader's own job goes on
    ('Maria\'s replacement',
     'Hi team,\n\nAs you know Maria leaves on Friday. We have appointed another colleague, Ben Adeyemi, as '
     'interim team '
     'lead from Monday, and he will take over Maria\'s one-to-ones. Nothing else changes for any of you.\n\nRosa',
     HM),
    ('Internal move - Customer Ops',
     'Hi Sam,\n\nQuick heads-up before the all-hands: we selected another internal candidate, Ife, for the Ops '
     'Lead post. '
     'Your role and reporting line stay exactly as they are.\n\nRosa',
     HM),
    # --- a study, a focus group, a show: other people picked
    ('Focus group - thank you for signing up',
     'Hi Sam,\n\nThank you for registering your interest in our focus group on home energy. We had a huge response and '
     'have selected other people for this group to get a mix of ages. We will invite you to the next one.\n\nResearch '
     'Team',
     "Research Team <research@brightvoice-surveys.example>"),
    ('Your application to be a contestant',
     'Dear Sam,\n\nThank you for applying to appear on Quiz Night Live. The producers have picked other '
     'contestants for '
     'this series. We keep applications on file for the next series.\n\nCasting Team',
     "Casting <casting@quiznight-tv.example>"),
    ('Research study participants',
     'Hi Sam,\n\nThank you for volunteering for our sleep study. We have selected other participants who match the age '
     'range of this arm. You are welcome to sign up for our other studies.\n\nSleep Lab',
     "Sleep Lab <sleeplab@northfield-uni.example>"),
    ('Choir auditions',
     'Dear Sam,\n\nThank you for auditioning for the chamber choir. This term the music director has gone with another '
     'tenor, but you are very welcome in the main choir, which rehearses on Tuesdays.\n\nChoir Secretary',
     "Choir Secretary <choir@stjudes-music.example>"),
    ('Head pupil elections',
     'Dear parents,\n\nThank you to all the Year 6 children who stood for head pupil. The children voted and chose '
     'another candidate, Mia, with Leo as deputy. Well done to everyone who took part.\n\nMrs Patel',
     "Mrs Patel <office@oakfield-primary.example>"),
    ('Host family match',
     'Dear Sam,\n\nThank you for offering to host an exchange student this summer. Lucas has been matched with another '
     'family closer to his school. We will be in touch in the spring.\n\nExchange Coordinator',
     "Exchange Coordinator <hosts@globalstudy.example>"),
    # --- marketing and mail about rejection in general
    ('Tired of hearing "we went with another candidate"?',
     'Hi Sam,\n\nIf employers keep telling you they have gone with another candidate, our CV review service can help. '
     'Book a free 15-minute call this week.\n\nCareerLift',
     "CareerLift <hello@careerlift.example>"),
    ('Your interview prep course',
     'Hi Sam,\n\nModule 6 is now open: "What to do when they choose someone else". Learn how to ask for feedback and '
     'keep the door open.\n\nInterviewPro',
     "InterviewPro <learn@interviewpro.example>"),
    # --- the reader's own process goes on beside another hire
    ('Trial shifts',
     'Hi Sam,\n\nWe have hired another barista for the weekends, so we now have two people starting. Could you do your '
     'trial shift next Wednesday instead of Saturday?\n\nThe Bean Room',
     "The Bean Room <hello@beanroom.example>"),
    ('Two vacancies - an update',
     'Hi Sam,\n\nWe have now offered the first of our two Support Engineer vacancies to another candidate. You '
     'are still '
     'in the running for the second one and we will decide by Friday.\n\nTalent Acquisition',
     TA),
    ('Your second interview',
     'Hi Sam,\n\nWe went ahead with the other candidates\' second interviews on Monday. Yours is now on '
     'Thursday at 3pm '
     'because of the train strike.\n\nRosa',
     HM),
    ('Your tenancy application',
     'Hi Sam,\n\nThe landlord has gone with another applicant for the two-bed at 9 Elm Road, but the one-bed at number '
     '14 is still available and he would be happy for you to view it.\n\nNeil',
     LANDLORD),
    # --- the reader subscribed to a company's updates (no application)
    ('Vacancy update from Westbury Council',
     'Dear Sam,\n\nYou asked to be told about vacancies in Parks and Gardens. The Gardener post advertised in May has '
     'now been filled. Three new posts have been advertised this week.\n\nWestbury Council Jobs',
     "Westbury Council Jobs <jobs@westbury-council.example>"),
    # --- more of the hiring side: the tracker, the new starter's manager, the agency's placed candidate
    ('Fwd: candidate update',
     'Sam - FYI below. We selected another candidate for the Designer role; can you update the tracker and archive '
     'the other two?\n\nRosa',
     HM),
    ('Summer interns',
     'Hi Sam,\n\nAs you are our intern\'s line manager, I thought you would like to know that we have chosen another '
     'intern for the summer too. She will sit with your team from July.\n\nRosa',
     HM),
    ('Your new starter',
     'Hi Sam,\n\nYour new starter, Priya, has signed. We went with another candidate than the one you first '
     'shortlisted because of notice periods. She starts on Monday.\n\nPeople Team',
     TA),
    ('Great news on Jo',
     'Hi Sam,\n\nThrilled that you offered the Account Manager role to my candidate Jo! As you went with her over the '
     'other two people I sent, could you give me a line of feedback on them for my records?\n\nCallum',
     AGENCY),
    ('Re: Jo\'s interview',
     'Sam,\n\nJo did not get it in the end: they went with another candidate with more sector experience. She is fine '
     'about it. Thanks for helping her prepare.\n\nRosa',
     HM),
    ('Board update',
     'Dear Sam,\n\nAs a fellow director you will want to know that the nominations panel preferred another candidate '
     'for the chair, Lydia Burns. The members will confirm it at the AGM.\n\nCompany Secretary',
     "Company Secretary <cosec@westbury-housing.example>"),
    ('Treasurer',
     'Hi Sam,\n\nThe charity took another person on as treasurer, so you do not need to prepare the handover after '
     'all. Thanks for offering to help.\n\nRosa',
     HM),
    ('Accelerator demo day',
     'Hi Sam,\n\nThe programme selected other startups for this cohort\'s demo day. You are welcome to reapply in the '
     'spring intake.\n\nAccelerator Team',
     "Accelerator Team <team@launchpad-accel.example>"),
    ('Hiring survey results',
     'Hi Sam,\n\nOur annual hiring survey is out: 62% of employers who favoured other candidates said they gave no '
     'feedback at all. Read the full report on our site.\n\nJobNest Research',
     BOARD),
    # --- interviews in batches, a volunteer post, a withdrawal a job board confirms, a referral's news
    ('Your application',
     'Dear Sam,\n\nThank you for your application. We have shortlisted other candidates for the first interviews this '
     'week and will contact you about a second batch next week.\n\nRosa',
     HM),
    ('Volunteer coordinator',
     'Dear Sam,\n\nThank you for volunteering with us this year. We have appointed another volunteer as coordinator, '
     'but we would love you to carry on running the Saturday shop.\n\nRosa',
     "Rosa Delgado <rosa@westbury-foodbank.example>"),
    ('Application withdrawn',
     'Hi Sam,\n\nYou withdrew your application for Data Analyst at Fernhill. The employer will now proceed with other '
     'candidates. We hope you found what you were looking for.\n\nJobNest',
     BOARD),
    ('Referral update',
     'Hi Sam,\n\nAn update on your referral Jo Park for Product Designer: the hiring team moved forward with other '
     'candidates. Thanks for referring, and keep them coming!\n\nReferrals Team',
     TA),
    # --- staff matters beside the reader's own job: a pilot, redundancy, a secondment, shift cover
    ('Hybrid working pilot',
     'Hi Sam,\n\nThanks for your interest in the hybrid working trial. We have picked other people for the pilot, '
     'which starts in March with the finance team. We will review it in the summer.\n\nRosa',
     HM),
    ('Redundancy consultation outcome',
     'Dear Sam,\n\nFollowing the consultation, we have selected other colleagues for redundancy. Your role is not '
     'affected and your position continues as before.\n\nHR',
     TA),
    ('Secondment to Head Office',
     'Hi Sam,\n\nWe have recommended another colleague for the secondment to Head Office, as we cannot spare you from '
     'the project right now. Your promotion case is still with the panel.\n\nRosa',
     HM),
    ('Shift cover',
     'Hi Sam,\n\nI have picked other people to cover your shifts while you are at your job interview on Thursday. Good '
     'luck!\n\nRosa',
     HM),
    ('Assessment day timings',
     'Hi Sam,\n\nWe have invited two other finalists for the morning and picked you for the 2pm slot. See you '
     'then.\n\nRosa',
     HM),
    ('Staff news: Head of Finance',
     'Hi everyone,\n\nWe have appointed another internal colleague, Jess, as Head of Finance following Tom\'s '
     'retirement. Please congratulate her when you see her.\n\nRosa',
     NEWS),
    # --- the reader is asked to choose someone (a referee, a contact), or someone joins the reader's own step
    ('Your references',
     'Dear Sam,\n\nWe were unable to reach your second referee. Please choose another individual to act as your '
     'referee for the Staff Nurse position so that we can complete your pre-employment checks.\n\nHR Team',
     TA),
    ('Onboarding: emergency contact',
     'Hi Sam,\n\nFor your new job onboarding: you listed your manager as your emergency contact. Please select a '
     'different person, for example a relative or a friend.\n\nHR Team',
     TA),
    ('Reference check',
     'Dear Sam,\n\nThank you for your application. Your referee has not replied. Could you pick another colleague from '
     'your current employer? We need two references before we can confirm your start date.\n\nHR Team',
     TA),
    ('Interview panel change',
     'Hi Sam,\n\nAhead of your interview for the Analyst role: Dev cannot make it, so we have chosen another '
     'colleague, Priya, to sit on the panel with Rosa. Nothing else changes.\n\nTalent Acquisition',
     TA),
    ('Your interview on Friday',
     'Hi Sam,\n\nFor your interview for the Designer role we have decided to have another person join, our CTO, as she '
     'will be your manager if you join us.\n\nTalent Acquisition',
     TA),
    ('Your interview: support',
     'Hi Sam,\n\nYour interview for the Analyst role is on Monday at 10. If you would prefer a different person as '
     'your interpreter, please tell us by Friday.\n\nTalent Acquisition',
     TA),
    ('Second referee',
     'Dear Sam,\n\nKindly nominate another person as your second referee for the Support Worker post, as the first '
     'one is a relative.\n\nHR Team',
     TA),
    # --- others seen or scheduled first, the reader still in; another hire beside the reader
    ('Analyst role - timing',
     'Hi Sam,\n\nThanks for your patience. We have decided to interview other candidates before we make a final '
     'decision on the Analyst role, and we will be in touch next week.\n\nRosa',
     HM),
    ('Analyst role - this week',
     'Hi Sam,\n\nWe are going to see other people for the Analyst role this week and will get back to you by '
     'Friday.\n\nRosa',
     HM),
    ('Interview rounds',
     'Hi Sam,\n\nWe have selected other candidates for the first round of interviews, and your interview for the '
     'Analyst role will be in the second round on the 14th.\n\nRosa',
     HM),
    ('Re: Analyst start date',
     'Hi Sam,\n\nGreat news: besides hiring you, we chose another candidate for the second analyst seat, so there will '
     'be two of you starting on the 1st.\n\nRosa',
     HM),
    # --- steps offered to the others, the reader's own step set; an out-of-office reply
    ('Interview dates',
     'Hi Sam,\n\nWe have offered other candidates interviews next week for the Analyst role; yours is on the 3rd at '
     '10am.\n\nRosa',
     HM),
    ('Straight to the final',
     'Hi Sam,\n\nWe offered other applicants a phone screen first, but given your experience we would like to skip '
     'that and invite you straight to the final interview for the role.\n\nRosa',
     HM),
    ('Automatic reply: Your application',
     'I am out of the office until Monday with limited access to email. For anything about job applications, we have '
     'appointed another colleague, Jo Park (jo@fernhill.example), to cover my inbox.\n\nRosa',
     HM),
    ('Re: Analyst - congratulations',
     'Hi Sam,\n\nThanks for telling me you have accepted the job at Corvel! For our role we will now move forward with '
     'another candidate. Congratulations, and stay in touch.\n\nRosa',
     HM),
    ('Application received',
     'Dear Sam,\n\nThank you for your application for the Analyst role. Please note that if we have not contacted you '
     'within four weeks, we will have selected other applicants.\n\nHR Team',
     TA),
    # --- a mentor's advice (hypothetical) and a survey
    ('Before Thursday',
     'Sam,\n\nGood luck on Thursday. Remember that if they go with another candidate it says nothing about your '
     'worth; it is usually about fit with the current team.\n\nRosa',
     HM),
    ('Tell us about your job search',
     'Hi Sam,\n\nHave you ever been told an employer went with another candidate without any feedback? Take our '
     'two-minute survey about how employers tell applicants.\n\nJobNest Research',
     BOARD),
]

# Rejections of the reader's own application: each must be found.
REJECTIONS = [
    # --- plain letters from employers, in-house recruiters and small businesses
    ('Your application - Lab Technician',
     'Dear Sam,\n\nThank you for attending the interview for the Lab Technician post. The panel has selected another '
     'applicant for the role. We appreciate the time you gave us and wish you well in your search.\n\nKind '
     'regards,\nRosa Delgado',
     HM),
    ('Barista job',
     'Hi Sam,\n\nThanks for doing the trial shift. We have gone with another person for the barista job this time, '
     'but it was really close.\n\nThe Bean Room',
     "The Bean Room <hello@beanroom.example>"),
    ('Re: Warehouse Supervisor',
     'Hi Sam,\n\nSorry for the slow reply. We decided to go with a candidate who has more forklift supervision '
     'experience.\n\nRosa',
     HM),
    ('Your interview with Fernhill',
     'Dear Sam,\n\nThank you for meeting the team last week. It was a difficult decision, but we have offered the '
     'position to another candidate who has accepted.\n\nBest wishes,\nTalent Acquisition',
     TA),
    ('Operations Coordinator',
     'Hi Sam,\n\nI wanted to let you know that we have decided to pursue other candidates for the Operations '
     'Coordinator position. Thank you for your interest in Brightloop.\n\nLena',
     FOUNDER),
    ('Re: quick question about the role',
     'Hi Sam,\n\nThanks for checking in. We have already hired someone for that role, I\'m afraid. Good luck!\n\n'
     'Lena',
     FOUNDER),
    ('Application update',
     'Dear Sam,\n\nWe received a high number of applications for the Office Manager position. After careful review, '
     'we have chosen to move forward with applicants whose experience more closely matches our needs.\n\nFernhill '
     'Talent Acquisition',
     TA),
    ('Outcome of your interview',
     'Dear Sam,\n\nFollowing your second interview for the Site Manager role, I am sorry to say that we have '
     'appointed an internal candidate. Thank you for your patience throughout the process.\n\nYours sincerely,\n'
     'Rosa Delgado',
     HM),
    ('Retail Assistant',
     'Hi Sam, thanks for applying. We have filled the Retail Assistant job with someone else now. All the best, '
     'Lena',
     FOUNDER),
    ('Your application',
     'Hello Sam,\n\nUnfortunately you were not selected for the Customer Service Advisor role on this occasion. '
     'We will keep your CV on file for six months.\n\nFernhill',
     TA),
    ('Graduate Scheme 2025',
     'Dear Sam,\n\nThank you for completing the video interview for our Graduate Scheme. Having reviewed all '
     'submissions, we regret that we will not be inviting you to the assessment centre.\n\nEarly Careers Team',
     "Early Careers Team <earlycareers@fernhill.example>"),
    ('Teaching Assistant vacancy',
     'Dear Sam,\n\nThank you for your application for the Teaching Assistant vacancy. The governors\' panel '
     'selected another candidate after the interviews on Tuesday. We wish you every success.\n\nSchool Business '
     'Manager',
     "School Office <office@stanns-primary.example>"),
    ('Re: Junior Developer - next steps?',
     'Hey Sam,\n\nSorry, should have written sooner. We ended up going with another candidate who had more React '
     'experience. Happy to give feedback on the take-home if useful.\n\nLena',
     FOUNDER),
    ('Regarding your application',
     'Dear Sam,\n\nThank you for applying for the role of Paralegal. We have now completed our selection process and '
     'regret to inform you that your application has been unsuccessful.\n\nHR Department\nHale & Barrow LLP',
     "HR Department <hr@haleandbarrow.example>"),
    ('Project Manager role',
     'Sam,\n\nThanks for your time on the calls. We\'ve made a decision and it isn\'t good news for you: the hiring '
     'manager preferred another finalist.\n\nCheers,\nRosa',
     HM),
    ('Your application to Northgate Council',
     'Dear Sam,\n\nRef: NC-2024-118 Housing Officer\n\nThe shortlisting panel has now met. I am sorry to tell you that '
     'you have not been shortlisted for interview on this occasion.\n\nRecruitment Team\nNorthgate Council',
     "Recruitment <recruitment@northgate.example>"),
    ('Nursery Practitioner',
     'Dear Sam,\n\nThank you for visiting the nursery for your trial morning. We have chosen to offer the post to '
     'another practitioner. We wish you well.\n\nNursery Manager',
     "Little Acorns <manager@littleacorns.example>"),
    ('Re: Junior Copywriter',
     'Hi Sam - we picked another applicant for the copywriter role. Thanks for the great samples though.\n\nLena',
     FOUNDER),
    # --- agency relays
    ('Feedback from Halden',
     'Hi Sam,\n\nI have heard back from Halden. They have decided to proceed with another candidate for the Finance '
     'Controller role. They liked your technical answers but felt the other finalist had more team leadership. '
     'Let\'s catch up on other roles this week.\n\nCallum',
     AGENCY),
    ('Halden - update',
     'Hi Sam,\n\nSorry to be the bearer of bad news: my client went with another candidate for the Buyer position. '
     'I have two similar roles I would like to talk to you about.\n\nCallum',
     AGENCY),
    ('Re: Ops Manager at Corvel',
     'Sam,\n\nCorvel came back to me this morning and they are not taking your application further, they found '
     'someone with more shift management experience.\n\nCallum',
     AGENCY),
    # --- long templates and ATS mail (plain text)
    ('Your application for Customer Success Manager at Oakridge',
     'Dear Sam,\n\nThank you for your interest in Oakridge and for taking the time to apply for the Customer Success '
     'Manager position.\n\nWe have carefully reviewed your application along with the many others we received. '
     'After careful consideration, we have decided to move forward with other candidates whose qualifications more '
     'closely align with the requirements of this role.\n\nWe encourage you to visit our careers page and apply for '
     'future openings that match your skills.\n\nBest regards,\nThe Oakridge Talent Team\n\nThis is an automated '
     'message. Please do not reply.',
     "Oakridge Careers <no-reply@oakridge.hiringhub.example>"),
    ('Fernhill: Update on your application',
     'Hi Sam,\n\nThanks for applying to the Data Engineer role at Fernhill. We really appreciate your interest.\n\n'
     'Our team has reviewed your application and, unfortunately, we will not be moving forward with it at this '
     'time.\n\nWe know this is disappointing. We receive many applications and have to make hard choices.\n\nThe '
     'Fernhill Recruiting Team\n\nPowered by HiringHub',
     ATS),
    ('Thank you for applying to Brightloop',
     'Hi Sam,\n\nThank you for applying for the Marketing Executive position at Brightloop.\n\nAfter reviewing '
     'your application, we have decided to pursue candidates whose background is a closer match for this role. '
     'Your details will stay in our talent pool and we may be in touch about future positions.\n\nBrightloop People',
     "Brightloop People <jobs@brightloop.example>"),
    ('Application status: Store Manager',
     'Dear Sam,\n\nYour application status for the Store Manager vacancy (ref SM-2291) has changed.\n\nStatus: '
     'Unsuccessful\n\nThank you for your interest in working with us.\n\nRecruitment Team',
     "Recruitment <recruitment@dunmore.example>"),
    ('Re: Our call on Monday',
     'Hi Sam,\n\nThank you again for speaking with me on Monday. I wanted to let you know that the team has '
     'decided to go in a different direction for the Product Designer position.\n\nAll the best,\nLena Kraus\n\n'
     'On Mon, Sam Rivera wrote:\n> Thanks for the call today, I enjoyed hearing about the roadmap.',
     FOUNDER),
    ('Medical Receptionist',
     'Dear Sam,\n\nThank you for attending the interview on Wednesday. We have now offered the position to the '
     'candidate who best met the criteria for the post, and I am afraid it was not you on this occasion.\n\nPractice '
     'Manager',
     "Practice Manager <manager@elmtree-surgery.example>"),
    ('Sous Chef role',
     'Hi Sam,\n\nThank you for cooking for us on Thursday. We have decided to give the sous chef job to another chef '
     'who has worked a similar pass before. Thank you again for your time.\n\nHead Chef',
     "Head Chef <kitchen@thecopperpot.example>"),
    ('Re: Trial week',
     'Hi Sam,\n\nThanks for the trial week. We won\'t be offering you the position; we\'ve chosen another '
     'applicant who has more experience with our till system.\n\nRosa',
     HM),
    # (were known gaps: "school pick-ups" read as a school place; a refused CV kept in the talent pool read as a
    # candidacy going on)
    ('Nanny position',
     'Hi Sam,\n\nThank you for meeting the children on Saturday. We have decided to go with another nanny who can also '
     'do school pick-ups on Fridays. We wish you all the best.\n\nLena',
     FOUNDER),
    ('Your application to Oakridge',
     'Dear Sam,\n\nWe have chosen another candidate for the Planning Analyst role. Your application remains active in '
     'our talent pool for 12 months.\n\nOakridge Talent Team',
     "Oakridge Talent Team <talent@oakridge.example>"),
]

REJECTIONS += [
    # --- terse notes, replies over the reader's question, internal applicants, relays through a job board
    ('Team Leader (internal)',
     'Hi Sam,\n\nThank you for applying for the Team Leader post. The panel has appointed another colleague from the '
     'Bristol office. I know this is disappointing and I am happy to talk through the feedback.\n\nRosa',
     HM),
    ('A message from Fernhill about your application',
     'Hi Sam,\n\nFernhill has sent you a message about your application for Warehouse Operative:\n\n"Thank you for '
     'applying. We have decided to go with other applicants for this position."\n\nGood luck with your search,\n'
     'JobNest',
     BOARD),
    ('Nanny position',
     'Hi Sam,\n\nThank you for meeting the children on Saturday. We have decided to go with another nanny who can also '
     'work Friday evenings. We wish you all the best.\n\nLena',
     FOUNDER),
    ('Re: Graphic Designer (freelance to perm)',
     'Hi Sam,\n\nThanks for the chat yesterday. We\'ve had a think and we\'re going to go with another designer '
     'for the '
     'permanent role.\n\nCheers,\nLena',
     FOUNDER),
    ('Your application: Logistics Coordinator',
     'Dear Sam,\n\nThank you for your application. We had a very strong field and the panel has selected candidates '
     'with more experience in freight forwarding to go through to interview. We will not be taking your application '
     'further.\n\nRecruitment Team',
     TA),
    ('Interview outcome - Senior Nurse',
     'Dear Sam,\n\nThank you for attending the interview for the Band 6 Senior Nurse post. The panel felt that another '
     'candidate better met the person specification and has offered them the post.\n\nWorkforce Team',
     "Workforce Team <workforce@elmtree-health.example>"),
    ('Outcome: Store Assistant',
     'Sam, thanks for coming in on Saturday. We picked someone else for the weekend job. Good luck. Neil',
     "Neil Porter <neil@porters-hardware.example>"),
    ('Your application with Oakridge (ref 4471)',
     'Dear Sam,\n\nThank you for applying. Having reviewed all applications against the essential criteria, we have '
     'identified other applicants whose experience is a closer fit, and we will not be inviting you to interview. We '
     'keep applications for 6 months in line with our privacy notice.\n\nOakridge Recruitment',
     "Oakridge Recruitment <recruitment@oakridge.example>"),
    # --- rejections that share words with this sweep's look-alikes: a panel interview, a talent pool, the team met,
    # the role as advertised, a batch of interviews, a volunteer coordinator's paid post
    ('Panel interview outcome',
     'Dear Sam,\n\nThank you for giving up your morning for the panel interview. We have decided to offer the role to '
     'another candidate whose experience is closer to our needs.\n\nRosa Delgado',
     HM),
    ('Junior Developer',
     'Hi Sam,\n\nThanks for meeting the team on Friday. Unfortunately we have gone with another applicant this '
     'time.\n\nLena',
     FOUNDER),
    ('The role we advertised in March',
     'Dear Sam,\n\nThank you for applying for the Events Assistant role we advertised in March. It has now been '
     'filled, and we will not be taking your application further.\n\nWestbury Arts',
     "Westbury Arts <jobs@westbury-arts.example>"),
    ('Volunteer Coordinator vacancy',
     'Dear Sam,\n\nThank you for your application for the paid Volunteer Coordinator post. The panel has appointed '
     'another candidate. We are grateful for your interest.\n\nWestbury Foodbank',
     "Rosa Delgado <rosa@westbury-foodbank.example>"),
    ('Re: Designer role',
     'Hi Sam,\n\nThank you for your patience. We have chosen another candidate, Jo Park, to join the team as our '
     'designer. Please note that we keep your details for six months.\n\nLena',
     FOUNDER),
    ('Your application - Support Worker',
     'Dear Sam,\n\nThank you for attending the interview. We have offered the post to another applicant. If you would '
     'like feedback, please contact me.\n\nHR Team',
     TA),
    ('Analyst role - outcome',
     'Hi Sam,\n\nWe interviewed several other candidates before we made a final decision, and we have offered the '
     'Analyst role to one of them. Thank you for your time.\n\nRosa',
     HM),
    ('Your application - Analyst',
     'Dear Sam,\n\nThank you for applying. We have decided to interview other candidates whose experience more closely '
     'matches the role.\n\nRosa',
     HM),
    ('Shortlisting outcome',
     'Dear Sam,\n\nThank you for your application for the Analyst role. We have selected other candidates for '
     'the first round of interviews.\n\nRecruitment Team',
     TA),
    ('Branch Manager',
     'Dear Sam,\n\nThank you for your interest in the Branch Manager position. We have appointed another candidate, Jo '
     'Park, to run the Leeds branch. We wish you well in your search.\n\nRosa',
     HM),
    ('Assessment centre outcome',
     'Dear Sam,\n\nThank you for attending the assessment centre. Unfortunately you have not been successful on this '
     'occasion. Your assessment results will be on file for 12 months.\n\nEarly Careers Team',
     "Early Careers Team <earlycareers@fernhill.example>"),
    ('Your application - Office Manager',
     'Dear Sam,\n\nWe have decided to go with other candidates for this role, but yours will be kept on file for '
     'future openings.\n\nRosa',
     HM),
]


# Gaps still open (strict xfails: when one starts passing, move it to its table above).
KNOWN_GAPS_LOOK_ALIKES = [
    # the reader's own mail to a candidate, sent from the reader's address: the classifier is not told the reader's
    # address, and the text alone reads like a rejection the reader received
    ('Your application for Junior Designer',
     'Hi Omar,\n\nThank you for coming in to meet us. We have decided to go with another candidate whose experience '
     'is closer to what we need right now. I wish you the best of luck.\n\nSam',
     SELF),
]

KNOWN_GAPS_REJECTIONS = [
    # a one-line reply whose job is named only in the reader's quoted question: no job context in the sender's own words
    ('Re: Any news?',
     'Hi Sam,\n\nSorry, we went with someone else. Thanks for your patience.\n\nRosa\n\nOn Mon, Sam Rivera '
     'wrote:\n> Hi '
     'Rosa, just wondering if there was any news on the Office Manager role?',
     HM),
]

# HTML-only mail, as sent by ATS platforms: a rejection each.
HTML_REJECTIONS = [
    ('Your application at Oakridge',
     _HEAD + '<p>Dear Sam,</p><p>Thank you for applying for the <b>Planning Analyst</b> position at Oakridge.</p><p>We '
     'have reviewed your application carefully and have decided to proceed with other candidates for this role.</p>'
     '<p>We wish you every success in your job search.</p><p>Oakridge Talent Team</p>' + _FOOT),
    ('Update regarding your application',
     _HEAD + '<table><tr><td><h2>Application update</h2></td></tr><tr><td>Hi Sam,</td></tr><tr><td>Thank you for your '
     'interest in the Site Coordinator role. The hiring team has selected another applicant whose experience more '
     'closely matches the role.</td></tr><tr><td>Best regards,<br>Fernhill Recruiting</td></tr></table>' + _FOOT),
    ('Fernhill - Data Engineer',
     _HEAD + '<div><p>Hi Sam,</p><p>We appreciate the time you spent interviewing with us. After much deliberation, '
     'we have extended an offer to another candidate.</p><p>Thank you again,<br>The Fernhill Team</p></div>' + _FOOT),
    ('Your candidacy',
     _HEAD + '<p>Dear Sam,</p><p>Following the final interviews for <strong>Head of Finance</strong>, the panel has '
     'appointed a candidate whose experience is a closer fit with our current priorities. We are sorry not to have '
     'better news.</p><p>Talent Acquisition</p>' + _FOOT),
    ('Your application for Junior Buyer',
     _HEAD + '<p>Hi Sam,</p><p>Thanks for applying! This time the team went with someone else, but we\'d love you to '
     'apply again.</p><p>Brightloop</p>' + _FOOT),
]

HTML_LOOK_ALIKES = [
    ('This job is no longer available',
     _HEAD + '<h2>A job you saved has closed</h2><p>Hi Sam,</p><p><b>Events Coordinator</b> at Westbury Arts is no '
     'longer accepting applications. The employer selected another candidate.</p><p><a href="https://example/jobs">'
     'See similar jobs</a></p>' + _FOOT),
    ('You have been shortlisted',
     _HEAD + '<p>Hi Sam,</p><p>We have selected a shortlist of six candidates, and you are one of them. Please book '
     'your interview slot below.</p><p>Oakridge Talent Team</p>' + _FOOT),
    ('Oakridge newsletter - March',
     _HEAD + '<h2>People news</h2><p>We are delighted to announce that, after interviewing several excellent '
     'candidates, we have appointed Grace Obi as our new Finance Director.</p><h2>Events</h2><p>Spring social on '
     'the 21st.</p>' + _FOOT),
    ('Hiring team notification',
     _HEAD + '<p>Hi Sam,</p><p>You are on the hiring team for <b>Backend Engineer (REQ-318)</b>.</p><p>Rosa Delgado '
     'has marked <b>Priya Shah</b> as hired. The remaining 4 candidates will be sent the "other candidate selected" '
     'email template tomorrow.</p>' + _FOOT),
]


def _params(table: list[tuple]) -> list:
    return [pytest.param(*row, id=f"{i}:{row[0]}") for i, row in enumerate(table)]


@pytest.mark.parametrize(("subject", "body", "sender"), _params(LOOK_ALIKES))
def test_sweep8_en_look_alike_is_no_rejection(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), _params(REJECTIONS))
def test_sweep8_en_rejection_found(subject: str, body: str, sender: str) -> None:
    assert found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body"), _params(HTML_REJECTIONS))
def test_sweep8_en_html_rejection_found(subject: str, body: str) -> None:
    assert found(mail(body, subject, ATS, subtype="html"))


@pytest.mark.parametrize(("subject", "body"), _params(HTML_LOOK_ALIKES))
def test_sweep8_en_html_look_alike_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject, ATS, subtype="html"))


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS_LOOK_ALIKES")
@pytest.mark.parametrize(("subject", "body", "sender"), _params(KNOWN_GAPS_LOOK_ALIKES))
def test_sweep8_en_known_gap_look_alike(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender))


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS_REJECTIONS")
@pytest.mark.parametrize(("subject", "body", "sender"), _params(KNOWN_GAPS_REJECTIONS))
def test_sweep8_en_known_gap_rejection(subject: str, body: str, sender: str) -> None:
    assert found(mail(body, subject, sender))
