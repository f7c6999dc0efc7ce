"""Tenth English sweep. First, one rule for mixed mail: a no for the post applied for and, in the same mail, a
concrete next step for another post now (an interview, an assessment, a call, a trial day: "we'd like to invite you to
interview for our Account Executive vacancy instead", "the client would like to meet you for another role") is no
rejection, as German, French, Spanish, Dutch and Portuguese read it: the candidacy goes on with the same employer.
Still a rejection: the CV passed on, "you're welcome to apply for our X role", the careers page, a CV on file, future or
similar roles, a feedback call, or a step offered only on a condition ("if a similar role comes up").

Then mail from writers other than the earlier sweeps' that tells of another person chosen without ending a job
application of the reader's: staff announcements, awards, grants, competitions and prize draws, volunteer places (no
job, as the en volunteering look-alike reads them), landlords, flatshares, dates and adoptions, freelance gigs, pitches
and bids (no job application; a freelance or contract *role* still is one), a job board's support answer, a recruiter's
news of a role the reader did not apply for, the reader on the hiring side, a friend's own job hunt, jury service, a
ballot, a beta, a talk, a scholarship, a team, a TV show (paid extras and contestants read as auditions: no job), a
board, a panel, a study, news digests, outreach that recalls an old choice to offer a new post, an acknowledgement's
rule for when someone is chosen, a job board's news of a followed employer, and a correction, an offer or an invitation
that names another candidate beside the reader. Next to them, rejections of the reader from new writers in varied shapes
(notes, long templates, replies, agency relays, terse lines, HTML-only ATS mail), an unpaid placement among them (an
internship-like post is a job). All texts are written for this file.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

AG = "Harriet Cole <harriet@brightpath-recruit.example>"
HR = "People Team <people@acme.example>"
TA = "Talent Team <talent@acme.example>"
ATS = "Hiring at Corvel <no-reply@corvel.recruitee.example>"

MIXED_NOT_REJECTIONS = [
    # a no for the post applied for and, in the same mail, an interview, a call, an assessment or a trial day for
    # another post now
    ('Your application',
     "Hi Sam,\n\nWe've offered the Account Manager position to another candidate. We would, however, like to "
     'invite you to an interview for our Account Executive vacancy instead. Could you do Wednesday at 10?\n\nPriya',
     TA),
    ('Operations roles',
     "Dear Sam,\n\nThe Operations Lead role has gone to an internal candidate. Alternatively, we'd love to have "
     'you in for an assessment day for the Operations Coordinator position on 14 March. Please confirm you can '
     'make it.\n\nPeople Team',
     HR),
    ('Data Engineer application',
     "Hi Sam,\n\nWe won't be progressing your application for the Data Engineer post. That said, the analytics "
     'team would like to interview you for a different opening on their side - are you available on Friday?\n\nTom',
     TA),
    ('Finance Manager - update',
     "Hi Sam,\n\nThe client went with another candidate for the Finance Manager role, but they'd like to meet you "
     'for another role in the treasury team. Are you free Tuesday afternoon?\n\nHarriet',
     AG),
    ('Team Leader outcome',
     "Dear Sam,\n\nUnfortunately you were not successful for the Team Leader position. However, we'd like to move "
     'you forward for the Senior Advisor position instead, and the next step is a video interview.\n\nRecruitment',
     HR),
    ('Product roles',
     "Hi Sam,\n\nWe've decided to go with another candidate for the Product Manager role. Are you available for a "
     "call about our Product Analyst role this week? I think you'd be a great fit.\n\nLena",
     TA),
    ('Re: supervisor job',
     "Hi Sam,\n\nWe have chosen another candidate for the warehouse supervisor job. We'd like to offer you a trial "
     'day for the forklift driver job instead. Does Monday work?\n\nMick',
     'Mick <mick@depot.example>'),
    ('Paris role',
     'Hi Sam,\n\nThe hiring manager for the Paris role selected someone else, but another team, Platform, would '
     'like to invite you to a technical interview for their Backend Engineer opening.\n\nRecruiting',
     TA),
    ('Store Manager application',
     'Dear Sam,\n\nSadly we will not be offering you the Store Manager role. We were impressed though, and the '
     'area manager would like to interview you for the Assistant Manager position at our Leeds store. Please pick '
     'a slot using the link below.\n\nPeople Team',
     HR),
    ('Lead role',
     'Sam - not the lead role, sorry, they picked someone else. But they want to see you for the senior role '
     'instead, Thursday 2pm ok?',
     AG),
    ('Head of Sales',
     "Hi Sam,\n\nWe've appointed another applicant to the Head of Sales post. We'd like you to come in for an "
     'interview for the Regional Sales Manager vacancy instead - would next Tuesday suit?\n\nMaria',
     HR),
    ('Controller role',
     'Hi Sam, the client has decided to proceed with another candidate for the Controller role. Alternatively, '
     'they would love to speak with you about a different opening in their FP&A team - could you do a call '
     'tomorrow at 4?',
     AG),
    ('Team Lead post',
     'Dear Sam,\n\nWe have decided to go with another candidate for the Team Lead post. We would like to invite '
     'you to interview for the role of Senior Developer instead on 3 June.\n\nHR',
     HR),
    ('Senior role',
     "Hi Sam, we've selected another candidate for the Senior role. We'd love to discuss the Associate role with "
     'you - when are you free this week?',
     TA),
    ('Senior role',
     "Hi Sam, we've selected another candidate for the Senior role, but we think you'd be a strong fit for the "
     'Associate role and would like to arrange an interview. Can you do Monday?',
     TA),
    ('Senior role',
     "Hi Sam, we've selected another candidate for the Senior role. The good news: the Associate team wants to "
     "interview you next week. I'll send times.",
     TA),
    ('Senior role',
     "Hi Sam, we've selected another candidate for the Senior role. However, we'd like to fast-track you to the "
     'final interview for the Associate role, on 4 June.',
     TA),
    ('Re: Senior role',
     "Hi Sam, the client chose another candidate for the Senior role, but they've asked to interview you for the "
     'Associate position on Thursday.',
     AG),
    ('Senior role',
     "Hi Sam, we've selected another candidate for the Senior role; however, we'd like to invite you to our "
     'assessment centre on 12 May for the graduate programme.',
     TA),
    ('Senior role',
     "Hi Sam, we've decided to go with another candidate for the Senior role. I'd still like to schedule a call "
     'with you about a different position on our team - what does your week look like?',
     TA),
    ('Senior role',
     "Dear Sam, we've selected another candidate for the Senior role. We would like to offer you an interview for "
     'the Associate role instead. Please reply to book.',
     HR),
    ('Senior role',
     "Hi Sam, we've selected another candidate for the Senior role. Instead, would you be interested in "
     'interviewing for our Associate role? We could do Wednesday.',
     TA),
    ('Your application: next steps',
     'Dear Sam,\n\nThank you for applying for the Customer Service Advisor role. We have selected other applicants '
     'for the morning shift, but we would like to invite you to a telephone interview for the evening shift on '
     'Friday at 2pm.\n\nRecruitment',
     'Recruitment <jobs@callcentre.example>'),
    ('Re: Teaching post',
     'Dear Sam, the governors appointed another candidate to the Year 4 post; however, the head would like to see '
     'you about the Year 2 maternity cover next Tuesday.',
     'School <office@school.example>'),
    ('Your application to Acme Bank',
     "Dear Sam, we've decided not to move forward with your application for the Graduate Analyst programme. "
     'However, our Operations team has reviewed your profile and would like to invite you to a video interview for '
     'their Graduate Operations programme. Please book a slot using the link below.',
     'Acme Bank Careers <careers@acmebank.example>'),
    ('Good news / bad news',
     'Hi Sam! Bad news first: the client went with another candidate for the permanent role. Good news: they loved '
     'you and want you for a 6-month contract starting next month - can we talk terms today?',
     AG),
    ('Update from Orbit',
     'Hi Sam, thank you for your patience. We have hired another candidate for the Marketing Lead role. We were so '
     "impressed that we've created a Content Manager role we'd like to offer you - shall we set up a call?",
     'Orbit <talent@orbit.example>'),
    ('Re: Sous chef',
     'Sam - we went with someone else for sous chef but Chef wants you in for a trial shift as CDP on Saturday. '
     '10am?',
     'Anna <anna@bistro.example>'),
]

MIXED_NOT_REJECTIONS_HTML = [
    ('Your application for Customer Success Manager',
     '<p>Dear Sam,</p><p>Your application for Customer Success Manager was not successful. However, the team would '
     'like to invite you to interview for the Customer Success Associate role.</p><p>Please use the link below to '
     'choose a time.</p>',
     ATS),
]

MIXED_REJECTIONS = [
    # a no with only a CV passed on, a suggestion to apply, the careers page, a CV on file, future roles, a feedback
    # call, or a step offered on a condition
    ('Account Manager role',
     'Dear Sam,\n\nThank you for interviewing for the Account Manager role. We have decided to go with another '
     "candidate. We'd be happy to pass your CV on to our sister company.\n\nHR",
     HR),
    ('Account Manager role',
     "Dear Sam,\n\nWe have selected another applicant for the Account Manager role. You're welcome to apply for "
     'our Junior Analyst role, which is still open.\n\nHR',
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for applying for the Account Manager role. We have appointed another candidate. '
     'Please keep an eye on our careers page for other openings.\n\nHR',
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for applying for the Account Manager role. We have decided to go with another '
     "candidate. We'll keep your CV on file and may reach out if something suitable opens up.\n\nHR",
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for applying for the Account Manager role. We have gone with another candidate. We '
     'would love to invite you to apply for future roles.\n\nHR',
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for applying for the Account Manager role. We have gone with another candidate. If a '
     "similar role comes up we'd love to invite you to interview for it.\n\nHR",
     HR),
    ('Account Manager role',
     "Dear Sam,\n\nThank you for applying for the Account Manager role. We have selected another candidate. We'd "
     "be happy to put you forward for the Leeds role if you're interested.\n\nHR",
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for applying for the Account Manager role. We have selected another candidate. We '
     'encourage you to apply for the Marketing Assistant vacancy instead.\n\nHR',
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for interviewing for the Account Manager role. We have selected another candidate. '
     "We'd like to invite you to a call to share feedback on your interview for the Account Manager role.\n\nHR",
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for interviewing for the Account Manager role. We have selected another candidate. We '
     'may invite you to interview for other positions in the future.\n\nHR',
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for interviewing for the Account Manager role. We have selected another candidate. '
     "We'd love to talk to you about other roles as they come up.\n\nHR",
     HR),
    ('Account Manager role',
     'Dear Sam,\n\nThank you for interviewing for the Account Manager role. We have selected another candidate. '
     "Should a suitable role open, we'd like to invite you to interview for it.\n\nHR",
     HR),
    ('Data Engineer application',
     'Dear Sam,\n\nThank you for your application. We were pleased to invite you to interview for the Data '
     'Engineer role. However, after careful thought we have decided to go with another candidate.\n\nHR',
     HR),
    ('Your job application',
     'Dear Sam,\n\nWe are unable to offer you an interview for the Electrician position, and the Supervisor post '
     'has gone to another applicant.\n\nHR',
     HR),
    ('Re: Junior Developer',
     'Hi Sam,\n\nWe went with another candidate for the junior role. Alternatively, you might like to look at our '
     'apprenticeship scheme, which opens in March - details are on our careers page.\n\nTom',
     'Tom <tom@devshop.example>'),
    ('Analyst role',
     "Dear Sam, thank you for interviewing for the Analyst role. We have selected another candidate. We'd like to "
     'arrange a short call to talk you through the decision.',
     HR),
    ('Analyst role',
     "Dear Sam, thank you for interviewing for the Analyst role. We have selected another candidate. We'd love to "
     'meet you again in the future.',
     HR),
    ('Analyst role',
     "Dear Sam, thank you for interviewing for the Analyst role. We have selected another candidate, but we'd love "
     'to consider you for a junior opening later in the year.',
     HR),
    ('Analyst role',
     "Dear Sam, thank you for interviewing for the Analyst role. We have selected another candidate. If you'd "
     "like, we'd be happy to arrange a call with the hiring manager.",
     HR),
    ('Analyst role',
     "Dear Sam, thank you for interviewing for the Analyst role. We have selected another candidate. We'd like to "
     'set up a call next month to talk about future opportunities.',
     HR),
    ('Analyst role',
     'Dear Sam, thank you for interviewing for the Analyst role. We have selected another candidate. We would like '
     'to book a call to gather your feedback on our process.',
     HR),
    ('Senior role',
     "Hi Sam, we've selected another candidate for the Senior role. I've passed your details on to our sister "
     'company in case they have something suitable.',
     TA),
    ('Analyst role',
     "Dear Sam, thank you for interviewing for the Analyst role. We have selected another candidate. We'd like to "
     'tell you about our graduate programme, which opens for applications in March.',
     HR),
    ('Your application',
     'Dear Sam, thank you for your application and for attending. We were pleased to invite you to an interview on '
     '3 May; however, we have now chosen another candidate for the Analyst role.',
     HR),
    ('Analyst role',
     'Dear Sam, thank you for your application. We were going to interview you next week, but we have now '
     'appointed another candidate to the Analyst role.',
     HR),
    ('Analyst role',
     "Dear Sam, thank you for your application. We have appointed another candidate to the Analyst role. We'd like "
     'to arrange a call to walk you through our reasons.',
     HR),
]

LOOK_ALIKES = [
    # a staff announcement of the one chosen, or a note to all staff
    ('Welcome our new Head of Data',
     'Hi all,\n\nPlease welcome Sam Okafor, who was selected as our new Head of Data after a competitive process '
     'with several strong internal candidates. Sam starts on Monday.\n\nBest,\nPeople Team',
     HR),
    ('Announcement: new Head of Operations',
     'Team,\n\nThe board has appointed another candidate, Lena Fox, as Head of Operations after a long search. '
     'Please join me in welcoming her.\n\nCEO',
     'CEO <ceo@acme.example>'),
    ('Vacancy filled',
     'Dear staff,\n\nThe Deputy Manager vacancy advertised last month has now been filled; we appointed another '
     'candidate from outside the company. Thanks to those who applied.\n\nHR',
     HR),
    ('Org announcement',
     "Hi all,\n\nI'm delighted to share that after a rigorous process, we have chosen Amira Khan as our new VP of "
     'Engineering. We interviewed several excellent internal and external candidates. Amira starts on 1 March.\n\n'
     'CEO',
     'CEO <ceo@acme.example>'),
    ('Leadership update',
     'Dear colleagues,\n\nAs many of you know, we recruited for a new Finance Director this autumn. The panel '
     'selected an external candidate, Tom Reed, who will join us in January. Thank you to everyone involved in the '
     'process.\n\nChief Executive',
     'CEO <ceo@trust.example>'),
    ('Team news',
     'Hi all, we hired someone from within the company for the new Ops Lead role: please welcome Dev!',
     'Ops <ops@acme.example>'),
    # an award, a grant, a competition, a prize draw or a hackathon the reader entered
    ('Photography award 2026 - results',
     'Dear Sam,\n\nThank you for entering the Coastlines photography award. The judges have chosen another entry '
     "as this year's winner, but your photograph was highly commended.\n\nAwards Team",
     'Awards <awards@coastlines.example>'),
    ('Community grant decision',
     'Dear Sam,\n\nThank you for your application to the Small Grants scheme. The panel has selected other '
     'applicants for funding in this round. You are welcome to apply again in spring.\n\nGrants Team',
     'Grants <grants@fund.example>'),
    ('Your competition entry',
     'Dear Sam,\n\nThank you for entering our Young Architect competition. After careful review, the jury selected '
     "another candidate's design as the winner. Your entry will be shown in the exhibition.\n\nCompetitions",
     'Competitions <comps@arch.example>'),
    ('Grant outcome',
     'Dear Sam,\n\nThe selection panel reviewed 80 proposals and decided to go with other applicants for this '
     'funding round. We encourage you to reapply.\n\nArts Fund',
     'Arts Fund <grants@artsfund.example>'),
    ('Hackathon results',
     'Hi Sam,\n\nThanks for taking part in HackTheCity. The judges chose another team as the winner, but your '
     'project got an honourable mention.\n\nHackTheCity',
     'HackTheCity <team@hackthecity.example>'),
    ('Award shortlist',
     'Dear Sam, thank you for your nomination for Young Engineer of the Year. The judges selected another nominee '
     'as the winner; you were highly commended.',
     'Awards <awards@eng.example>'),
    ('Your raffle ticket',
     'Hi Sam, the prize draw has taken place and another ticket was picked. Thanks for supporting the school.',
     'PTA <pta@school.example>'),
    ('Writing prize',
     'Dear Sam, thank you for entering the short story prize. The judges selected another story for first place.',
     'Prize <prize@lit.example>'),
    ('Pitch competition',
     'Hi Sam, the investors chose another startup for the final. Thanks for pitching.',
     'Demo Day <demo@vc.example>'),
    # volunteer places (the project reads volunteering as no job, as tests/test_detect_dev5_en.py's 0018 and the en
    # volunteering look-alike do)
    ('Volunteer coordinator role',
     "Hi Sam,\n\nThank you for applying to be a volunteer coordinator at the food bank. We've chosen another "
     "volunteer for this role, as she can do Saturday mornings. We'd still love your help on the Thursday shift.\n"
     '\nMaggie',
     'Maggie <maggie@foodbank.example>'),
    ('Volunteer application',
     "Dear Sam,\n\nThank you for applying for the volunteer Events Assistant position. We've selected another "
     "applicant for this position, but we'd love to keep you on our volunteer list.\n\nVolunteer Team",
     'Volunteers <volunteers@hospice.example>'),
    ('Volunteer role: trustee',
     'Dear Sam,\n\nThank you for applying for the volunteer Treasurer role on our board. After interviews the '
     'trustees chose another candidate with charity finance experience.\n\nChair',
     'Chair <chair@charity.example>'),
    # a landlord, a flatshare, a date, an adoption or a puppy
    ('The flat on Elm Street',
     'Hi Sam,\n\nThanks for viewing the flat on Saturday. The landlord has decided to go with another applicant '
     'who can move in sooner. Good luck with your search.\n\nKate, Lettings',
     'Kate <kate@homesletting.example>'),
    ('Room in our house',
     "Hey Sam, thanks for coming round to see the room. We've decided to go with another person who's moving from "
     'Leeds. Sorry! Hope you find somewhere soon.',
     'Jess <jess@mailbox.example>'),
    ('Your adoption application',
     'Dear Sam,\n\nThank you for your application to adopt Biscuit. After the home visits, we have chosen another '
     "applicant whose home has a garden. We hope you'll consider one of our other dogs.\n\nRehoming Team",
     'Rehoming <rehome@dogsrescue.example>'),
    ('Landlord decision',
     'Hi Sam,\n\nThe landlord reviewed the references and chose another applicant for the property at 4 Mill Lane. '
     'Your holding deposit will be refunded.\n\nLettings',
     'Lettings <lettings@agent.example>'),
    ('Dating',
     "Hi Sam, you're lovely but I've decided to go with someone else - I met another person at work.",
     'Chris <chris@mailbox.example>'),
    ('Re: spare room',
     "Hi Sam, we've picked another lodger - sorry! Good luck with the hunt.",
     'Liz <liz@mailbox.example>'),
    ('Adoption update',
     'Dear Sam, thank you for your interest in adopting. The panel has approved another applicant family for the '
     'match.',
     'Adoption <adopt@council.example>'),
    # a freelance gig, a pitch or a bid (no job application; a freelance or contract role still is one)
    ('Your proposal: website redesign',
     'Hi Sam,\n\nThanks for your bid for the website redesign. The client has chosen another freelancer for this '
     'project. Keep bidding!\n\nFreelanceHub',
     'FreelanceHub <noreply@freelancehub.example>'),
    ('Re: your pitch',
     "Hi Sam, thanks for the pitch for the copywriting project. We've decided to go with another candidate whose "
     'rates suited our budget.',
     'Marketing <marketing@startup.example>'),
    ('Freelance translation job',
     'Hi Sam,\n\nThank you for your application for the freelance translation project. The client selected another '
     'translator for this job.\n\nTransPool',
     'TransPool <jobs@transpool.example>'),
    ('Client decision',
     'Hi Sam,\n\nThe client reviewed the three agency pitches and has chosen another agency for the rebrand. '
     'Thanks for all the work on the deck.\n\nAccount Director',
     'AD <ad@agency.example>'),
    ('Your story pitch',
     "Hi Sam, thanks for pitching the piece on remote work. The editor decided to go with another writer's take on "
     'it this month.',
     'Editor <editor@mag.example>'),
    ('Your bid for the cleaning contract',
     'Dear Sam,\n\nThank you for submitting a tender for the office cleaning contract. After evaluation, we have '
     'selected another bidder. Your scores are attached.\n\nProcurement',
     'Procurement <procurement@council.example>'),
    # a job board's support answer, a recruiter's news of a role the reader did not apply for, a referral asked of the
    # reader
    ('Account help',
     'Hi Sam,\n\nThanks for contacting JobBoard support. You asked why a role disappeared from your saved jobs: '
     'the employer selected another candidate and closed the listing. Your account is fine.\n\nSupport',
     'JobBoard Support <support@jobboard.example>'),
    ('Update on the Sales Director search',
     'Hi Sam,\n\nFYI, the client has gone with another candidate for the Sales Director search I mentioned - not '
     "the one you applied for, that one's still live and I'll have feedback on Friday.\n\nCallum",
     AG),
    ('Know anyone?',
     "Hi Sam, the client hired another candidate for the Ops role, but they've got a new Analyst opening. Do you "
     'know anyone who might fit? Referral fee applies.',
     AG),
    ('Candidate update',
     'Hi Sam,\n\nQuick update on the Head of Finance role at Orbit: the client has picked another candidate - it '
     "wasn't one of ours. I know you didn't apply for that one, but thought you'd like to know the market is "
     'moving. Your interview with Kestrel is still on for Monday.\n\nCallum',
     AG),
    ('Market update',
     "Hi Sam, the client I told you about went with another candidate for their Head of Sales role (you weren't "
     'submitted). Your application with Northwind is progressing - interview Tuesday.',
     AG),
    # the reader on the hiring side
    ('Re: Sales Manager role',
     "Hi Sam,\n\nAs the hiring manager, you'll want to know the panel went with another candidate over your "
     "preferred one. Let's debrief tomorrow.\n\nHR",
     HR),
    ('Hiring manager notice',
     'Candidate Jordan Lee was not selected for requisition 4411 (Sales Associate). The hiring manager selected '
     'another applicant. No action needed.',
     'Workday <noreply@acme.myworkday.example>'),
    ('Internal transfer',
     "Hi Sam, re your team's open headcount: we've selected another candidate from the transfer pool for your "
     'team. They start Monday.',
     HR),
    ('Re: hiring plan',
     'Hi Sam, for the Analyst role you opened, we went with someone internal, Priya, so please close the '
     'requisition.',
     HR),
    ("Cover while you're away",
     "Hi Sam, for your parental leave we've chosen someone internal to cover - Jo from Finance. Your role is "
     'unaffected.',
     HR),
    # a friend's own job hunt, and a choice to come, a habit or one nearly made
    ('Re: coffee',
     "Sam! So, the job - they went with another person. Honestly it's fine, I've got two more interviews lined up. "
     'Drinks Friday?',
     'Maya <maya@mailbox.example>'),
    ('Re: Office Manager',
     "Hi Sam, if they go with someone internal, I'll let you know straight away. Your interview is Tuesday.",
     AG),
    ('Re: Office Manager',
     "Hi Sam, they usually go with someone internal for these, so don't get your hopes up, but I've sent your CV.",
     AG),
    ('Re: Office Manager',
     'Hi Sam, they nearly went with someone internal but chose you! Offer to follow.',
     AG),
    # jury service, a ballot, a beta, a talk, a scholarship, a team, a show, a board, a panel, a study
    ('Jury summons update',
     'Dear Sam,\n\nYou were not selected for jury service this time. Other jurors were chosen from the panel. No '
     'further action is needed.\n\nJury Central Summoning Bureau',
     'Jury Bureau <jury@courts.example>'),
    ('London Marathon ballot result',
     "Dear Sam,\n\nSorry, you were not selected in the ballot for this year's London Marathon. Other runners were "
     'chosen at random. You can still run for charity.\n\nMarathon Team',
     'Marathon <info@marathon.example>'),
    ('Beta access',
     'Hi Sam,\n\nThanks for joining the waitlist. You were not selected for this round of the beta; we picked '
     "other testers with Android devices. We'll let you know about the next round.\n\nThe Lumen Team",
     'Lumen <hello@lumen.example>'),
    ('Your talk proposal',
     'Dear Sam,\n\nThank you for submitting a talk to PyData Leeds. The programme committee selected other talks '
     'this year, and we were unable to accept yours. We hope to see you there.\n\nPyData Leeds',
     'PyData Leeds <cfp@pydata.example>'),
    ('Conference: talk decision',
     'Dear Sam,\n\nThe programme committee has reviewed over 300 submissions. Your talk was not selected; the '
     'committee chose other speakers on similar topics.\n\nDevConf',
     'DevConf <cfp@devconf.example>'),
    ('Scholarship outcome',
     'Dear Sam,\n\nThank you for applying for the Hartley Scholarship. The committee has awarded it to another '
     'candidate this year. We wish you every success with your studies.\n\nScholarships Office',
     'Scholarships <scholarships@univ.example>'),
    ('Squad selection',
     'Hi Sam,\n\nThanks for coming to trials. The coach has selected other players for the first team squad this '
     "season, but we'd love you to play for the seconds.\n\nClub Secretary",
     'Riverside FC <secretary@riversidefc.example>'),
    ('Casting call: extras',
     "Hi Sam,\n\nThank you for applying to be an extra on 'The Long Road'. The casting director chose other people "
     "for the market scene. We'll keep your profile for future productions.\n\nCasting",
     'Casting <casting@extrascast.example>'),
    ('TV',
     'Dear Sam, thank you for applying to appear on Bake Off. The producers selected other applicants for this '
     'series.',
     'Casting <casting@tv.example>'),
    ('Quiz show application',
     'Dear Sam,\n\nThank you for applying to be a contestant on Brainbox. The producers have selected other '
     'contestants for this series.\n\nBrainbox Productions',
     'Brainbox <contestants@brainbox.example>'),
    ('Board election results',
     'Dear Sam,\n\nThank you for standing in the board election. The members elected another candidate to the '
     'vacant trustee seat. Thank you for your commitment.\n\nCompany Secretary',
     'Secretary <secretary@charity.example>'),
    ('School governors',
     'Dear Sam, thank you for applying to be a parent governor. The parents elected another candidate.',
     'School <office@school.example>'),
    ('Panel of judges',
     'Dear Sam, thank you for offering to judge the science fair. We have chosen other judges this year.',
     'Fair <fair@school.example>'),
    ("Citizens' panel",
     "Dear Sam,\n\nThank you for volunteering for the citizens' panel. We selected other people to reflect the "
     'makeup of the city. We may contact you for future panels.\n\nCity Council',
     'Council <panel@city.example>'),
    ('Research study',
     'Hi Sam, thanks for signing up for our study on sleep. We selected other participants matching the age range.',
     'Lab <lab@uni.example>'),
    ('Your cohort application',
     'Hi Sam, thanks for applying to the Founders cohort. We selected other founders this time.',
     'Accelerator <team@accel.example>'),
    # news, digests and tips
    ('Election night recap',
     'Voters in the ward chose another candidate over the sitting councillor, who had held the seat since 2010. '
     'Turnout was 34%.',
     'Local News <news@localpaper.example>'),
    ('Your weekly careers tips',
     'Tip of the week: when an employer says they went with another candidate, ask for feedback. Three readers '
     'share how they turned a no into a job offer.',
     'CareerCoach <tips@careercoach.example>'),
    ('r/jobs top posts',
     "Top post today: 'Final round, and they picked another candidate with less experience. AMA.' 1.2k comments.",
     'Reddit <noreply@reddit.example>'),
    # outreach that recalls an old choice, an acknowledgement's rule, a job board's news of a followed employer, team
    # figures
    ('Remember us?',
     'Hi Sam,\n\nLast year you interviewed for our Designer role and we hired another candidate. We now have a new '
     'Senior Designer opening and thought of you straight away. Fancy a chat this week?\n\nDana',
     'Dana <dana@acme.example>'),
    ('Exciting role',
     'Hi Sam, my client recently hired another candidate through us for their Sales team and was so impressed they '
     'want two more. Would you be open to a conversation?',
     'Recruiter <rec@agency.example>'),
    ('Application received',
     'Dear Sam,\n\nWe have received your application for the Porter role. Due to volume, we can only contact '
     'shortlisted applicants. Where another applicant has been selected, we will close your application '
     'automatically after 6 weeks.\n\nHR',
     'HR <hr@hosp.example>'),
    ('Your job alert',
     'New jobs for you: Analyst at Orbit. Also: an employer you follow, Kestrel, hired another candidate for the '
     'Buyer role.',
     'JobBoard <alerts@jobboard.example>'),
    ('Quarterly review',
     'Hi Sam, Q3 recap: we filled 12 roles; for the Analyst req we selected another candidate after your '
     "recommendation fell through. Next quarter's hiring plan attached.",
     'TA <ta@acme.example>'),
    # corrections, offers, invitations and other mail that names another candidate beside the reader
    ('Correction: your application',
     'Dear Sam,\n\nPlease disregard our email of yesterday, which said we had selected another candidate for the '
     'Analyst role. It was sent to you in error. Your application is still under review and we will be in touch '
     'next week.\n\nApologies,\nTalent Team',
     TA),
    ('Apologies - sent in error',
     "Hi Sam, apologies - the message you received this morning saying we'd gone with another applicant was meant "
     "for a different candidate. You're still very much in the running for the Designer role!",
     TA),
    ('Offer of employment',
     'Dear Sam,\n\nWe interviewed a number of strong candidates for the Operations Analyst role, and the panel '
     'chose you. We are delighted to offer you the position.\n\nHR',
     HR),
    ('Next stage',
     "Hi Sam, we've decided to move forward with three other candidates and you to the final round. Details to "
     'follow.',
     TA),
    ('Re: my application',
     "Hi Sam, to answer your question: no, we haven't chosen another candidate yet. Interviews finish Friday.",
     TA),
    ('Your interview slot',
     'Hi Sam, we chose another candidate for the first interview slot, so yours is on Thursday at 3pm instead.',
     TA),
    ('Re: Junior Analyst',
     "Hi Sam, we'd originally picked another candidate but they withdrew, and we'd love to offer you the role. Can "
     'we talk today?',
     TA),
    ('Promotion round',
     'Hi Sam, this year the committee chose other people for promotion; your manager will discuss your development '
     'plan with you.',
     HR),
    ('Re: internal move',
     'Hi Sam, the secondment went to another colleague, but your current role is unaffected.',
     HR),
    ('Congrats!',
     'Sam!! You got it - they picked you over the other candidate. Offer letter coming tomorrow.',
     AG),
    ('Re: Nanny',
     'Hi Sam! Thanks for recommending your sister. We went with another nanny in the end, but she was lovely.',
     'Claire <claire@mailbox.example>'),
    ('Internal vacancy: outcome',
     'Dear Sam,\n\nThank you for sitting on the interview panel for the Team Lead vacancy. We have appointed '
     'another colleague, Priya, and she starts on Monday.\n\nHR',
     HR),
    ('Re: Contract extension',
     "Hi Sam, good news, your contract is extended to June. We've hired another contractor to help with the "
     'backlog.',
     'Manager <manager@acme.example>'),
    ('Your survey invite',
     'You recently applied to Kestrel. Regardless of whether you were selected or another candidate was chosen, '
     'tell us how we did.',
     'Kestrel <survey@kestrel.example>'),
    ('Candidate pipeline',
     "Hi Sam, for your Designer req we've chosen another candidate to go to final; the other two are on hold. "
     'Please book your interview slots.',
     'Acme TA <ta@acme.example>'),
    ('Congratulate Priya on her new role',
     'Priya Shah started a new position as Head of Design at Orbit. Orbit chose Priya over 200 other applicants. '
     'Say congrats!',
     'LinkedIn <notifications@linkedin.example>'),
    ('Hiring insights',
     "This month's hiring report: 62% of employers said they chose another candidate because of salary "
     'expectations. Download the full report.',
     'HR Insights <report@insights.example>'),
    ('Re: interview tips',
     'Hi Sam, good luck tomorrow! Last time I interviewed there they went with an internal candidate, so push your '
     'leadership stuff.',
     'Jo <jo@mailbox.example>'),
    ('Interview reminder',
     "Reminder: your interview for Product Manager is tomorrow at 10am. Note: we've selected another interviewer "
     'to replace Dana, who is on leave.',
     TA),
    ('Offer accepted',
     "Hi Sam, thanks for accepting the Analyst role! FYI we've selected another candidate for the sister role in "
     "Leeds, so you'll have a buddy.",
     TA),
]

HTML_LOOK_ALIKES = [
    ('Welcome to the team, Amira',
     '<p>Hi everyone,</p><p>After a long search for our new Head of Marketing, the panel selected another external '
     'candidate, Amira Khan, over the internal shortlist.</p><p>Please join me in welcoming her on Monday.</p>',
     'Internal Comms <comms@acme.example>'),
    ('Your entry to the Open Design Prize',
     '<p>Dear Sam,</p><p>Thank you for entering the Open Design Prize. The judges chose another entry for the top '
     'award.</p><p>Your design will appear in our online gallery.</p>',
     'Open Design Prize <prize@opendesign.example>'),
]

REJECTIONS = [
    # rejections of the reader from new writers: notes, long templates, replies, agency relays, terse lines
    ('Re: Barista position',
     "Hi Sam,\n\nThanks for the trial shift on Saturday. We've offered the job to someone who can do weekday "
     "mornings, so it's a no from us this time. Good luck!\n\nJo, Bean There",
     'Jo <jo@beanthere.example>'),
    ('Application update - Junior Accountant (Ref 2231)',
     'Dear Sam Rivera,\n\nThank you for your interest in the Junior Accountant position (Ref 2231) with Harlow & '
     'Finch LLP. We received a very large number of applications, and after careful review the hiring team has '
     'selected candidates whose qualifications more closely align with the requirements of the role. We will '
     'therefore not be taking your application further.\n\nWe appreciate the time you invested and encourage you '
     'to review our careers site for future opportunities.\n\nYours sincerely,\nRecruitment Team\nHarlow & Finch '
     'LLP',
     'Harlow & Finch Careers <careers@harlowfinch.example>'),
    ('Sales Executive',
     'Sam, appreciate you coming in. Decided to go another way on this one - the guy we picked has done enterprise '
     'SaaS for years. All the best. Rick',
     'Rick <rick@saasco.example>'),
    ('Your candidacy',
     'Dear Sam,\n\nFollowing your interview for the role of Logistics Coordinator, I regret to inform you that the '
     'selection panel has chosen to appoint a different applicant.\n\nYours sincerely,\nHR Manager',
     'HR <hr@logistics.example>'),
    ('RE: Office Manager interview',
     'Hi Sam - sorry for the slow reply. They went for someone internal in the end. Really sorry, you were close. '
     'Callum',
     AG),
    ('Outcome: Graduate Engineer Programme',
     'Dear Sam,\n\nThank you for attending our assessment centre. The competition for places was exceptionally '
     'strong, and on this occasion we have offered our remaining places to other applicants.\n\nKind regards,\n'
     'Early Careers Team',
     'Early Careers <earlycareers@buildco.example>'),
    ('Teaching Assistant post',
     'Dear Sam,\n\nThank you for attending interview on Tuesday. The panel have now made their decision and I am '
     'sorry to tell you that the post has been offered to another candidate who has accepted.\n\nYours sincerely,\n'
     'School Business Manager',
     'Office <office@oakfield.sch.example>'),
    ('Nurse - Ward 7',
     'Dear Sam, thank you for your application. Following shortlisting you have not been selected for interview on '
     'this occasion. NHS Jobs',
     'NHS Jobs <noreply@jobs.nhs.example>'),
    ('Re: Data Scientist',
     'hey sam, honestly loved chatting but the team picked another finalist - their ML research background won it. '
     'keep in touch? - Priya',
     'Priya <priya@startup.example>'),
    ('Update on your application',
     "Hello Sam,\n\nWe've reached a decision on the Content Writer role. We chose someone else whose portfolio was "
     'a closer match for our tone of voice. Thanks so much for your time and the writing sample.\n\nMeg',
     'Meg <meg@brandco.example>'),
    ('Your application to Acme',
     "Hi Sam, thanks again for interviewing with us. We have now hired for the Product Designer role, and we won't "
     "be moving forward with your application. We'll keep your details on file.",
     TA),
    ('Re: Chef de partie',
     "Hi Sam, thanks for the trial. Chef has gone with another cook who's done more fine dining. Best of luck, Anna",
     'Anna <anna@bistro.example>'),
    ('Application for Receptionist',
     'Dear Sam,\n\nWe would like to thank you for taking the time to apply for the Receptionist role at Lakeside '
     'Dental. We have now filled the position with another applicant.\n\nBest wishes,\nPractice Manager',
     'Lakeside <pm@lakesidedental.example>'),
    ('Re: [Ref 88] IT Support Technician',
     'Dear Sam,\n\nThank you for your application. After much consideration, we regret to advise that another '
     'candidate was preferred for this position.\n\nRegards,\nPeople Services',
     'People <people@council.example>'),
    ('Feedback',
     "Hi Sam - just heard from the client. They've made an offer to another candidate for the Finance BP role; it "
     'came down to sector experience. Gutted for you. Talk tomorrow? Harriet',
     AG),
    ('Your application for Software Engineer II',
     'Hi Sam,\n\nThank you for your time throughout our interview process for the Software Engineer II role. While '
     'we were impressed, we have decided to extend an offer to another candidate whose experience is more closely '
     "aligned with our current needs.\n\nWe'd be happy to stay in touch and would encourage you to apply for our "
     'Senior Software Engineer role if it interests you.\n\nBest,\nRecruiting',
     TA),
    ('Re: your application',
     "Thanks for applying, Sam. We've selected another applicant for the Site Engineer job but we'll pass your CV "
     'to our Bristol office in case they have something.',
     'Ops <ops@firm.example>'),
    ('Policy Officer',
     'Dear Sam,\n\nI am writing to let you know the outcome of the recent selection process for the post of Policy '
     'Officer. The panel has recommended another candidate for appointment, and I am therefore unable to offer you '
     'the post.\n\nYours sincerely,\nResourcing Team',
     'Resourcing <resourcing@gov.example>'),
    ('Account Manager - decision',
     "Hi Sam,\n\nWe've chosen another candidate for the Account Manager role. We think you could be a good fit for "
     'future account roles, and we may reach out if something suitable opens.\n\nBest,\nSophie',
     'Sophie <sophie@media.example>'),
    ('Store Assistant',
     'Sam, thank you for applying for the store assistant role. We have decided to progress with other candidates '
     "at this time. You're welcome to apply for our Christmas temp roles.",
     HR),
    ('Hospital Porter',
     "Dear Sam, thank you for attending interview. I'm afraid that on this occasion we have offered the post to "
     'other applicants who scored higher at interview.',
     'Recruitment <recruitment@nhs.example>'),
    ('Lab Technician',
     'Sam -\nthe PI has picked another applicant for the lab tech post (more mass spec experience). Sorry! Happy '
     'to be a reference for anything else.\n-Lena',
     'Lena <lena@uni.example>'),
    ('Museum placement',
     'Dear Sam,\n\nThanks for applying for the unpaid summer placement at the museum. We have selected another '
     'candidate for the placement.\n\nLearning Team',
     'Museum <learning@museum.example>'),
    # the post went to an insider, said with "someone"
    ('Re: Office Manager role',
     'Hi Sam - sorry for the slow reply on the Office Manager role. They went with someone internal in the end.',
     AG),
    ('Office Manager role',
     "Hi Sam - about the Office Manager role: we've decided to go for somebody in-house.",
     TA),
    ('Office Manager role',
     'Hi Sam - about the Office Manager role: we hired someone from inside the company. Thanks for your patience.',
     TA),
    ('Re: Shift Supervisor',
     "Hi Sam,\n\nThanks for coming in last week. We've ended up going with someone already on the team for the "
     "shift supervisor job, so we won't be taking your application further.\n\nDeb",
     'Deb <deb@cafe.example>'),
    # a late or plain no that names a time, a thought or a scheme (no outreach in it)
    ('Analyst post',
     'Dear Sam, thanks for your patience with the Analyst post. We went with another candidate back in March but '
     'forgot to tell you, sorry!',
     HR),
    ('Analyst post',
     'Dear Sam, thank you for applying in November last year. We have now appointed another candidate to the '
     'Analyst post.',
     HR),
    ('Analyst post',
     'Dear Sam, thank you for applying for the Analyst post. We chose another candidate, who joined us last year '
     'as an intern.',
     HR),
    ('Re: Analyst role',
     'Hi Sam, we thought of you for the Analyst role but went with another candidate.',
     TA),
    ('Analyst post',
     'Dear Sam, thank you for applying for the Analyst post. We hired another candidate through our graduate '
     'scheme.',
     HR),
    ('Requisition 4411',
     'Dear Sam, thank you for your application for requisition 4411 (Sales Associate). We have selected another '
     'candidate.',
     TA),
    ('Analyst role',
     'Dear Sam, thank you for your application. Whether or not you were successful, we promised to write: we have '
     'selected another candidate for the Analyst role.',
     TA),
]

HTML_REJECTIONS = [
    ('Your application: Warehouse Team Leader',
     '<p>Dear Sam,</p><p>Thank you for your interest in the Warehouse Team Leader role. After reviewing all '
     'applications, the hiring manager has chosen to move forward with a different applicant.</p><p>We wish you '
     'every success.</p><p>Talent Acquisition</p>',
     ATS),
    ('An update from Corvel',
     '<p>Hi Sam,</p><p>Thanks for interviewing for the Payroll Specialist position. We went with someone internal '
     "for this one, and we'd be glad to hear from you again when we next advertise.</p>",
     ATS),
]

def _params(table: list[tuple]) -> list:
    return [pytest.param(*row, id=f"{i}:{row[0]}") for i, row in enumerate(table)]


@pytest.mark.parametrize(("subject", "body", "sender"), _params(MIXED_NOT_REJECTIONS + LOOK_ALIKES))
def test_sweep10_en_look_alike_is_no_rejection(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), _params(MIXED_NOT_REJECTIONS_HTML + HTML_LOOK_ALIKES))
def test_sweep10_en_html_look_alike_is_no_rejection(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender, subtype="html"))


@pytest.mark.parametrize(("subject", "body", "sender"), _params(MIXED_REJECTIONS + REJECTIONS))
def test_sweep10_en_rejection_found(subject: str, body: str, sender: str) -> None:
    assert found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), _params(HTML_REJECTIONS))
def test_sweep10_en_html_rejection_found(subject: str, body: str, sender: str) -> None:
    assert found(mail(body, subject, sender, subtype="html"))
