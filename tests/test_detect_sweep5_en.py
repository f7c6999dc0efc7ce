"""Fifth English sweep: mail that tells of someone else chosen, selected, preferred, appointed, hired or offered
something while no application of the reader's ends: a shortlist the reader is still on, an offer to the reader that
names the runner-up, a friend's rejection sent for advice, a flat, a sublet, a pet, a plot or a club place, a staff
announcement, an alumni or union newsletter, a tribunal case note, a novel or a podcast, a training exercise, a
support ticket, a marketplace sale, a volunteer rota, a casting call, a reference request, a coach's team sheet, a
recruiter with a second role the reader is still in, a decision not made yet, and a reply to the reader's own mail.
Next to them, rejections in which the other person is named by a role noun or a familiar word ("another chef",
"another lad", "a different driver") with the reader's application in view. All texts are written for this file.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

KIM = "Kim Okafor <kim.okafor@northwind.example>"
HR = "People Team <people@northwind.example>"
AGENCY = "Priya Nair <priya@brightpath-recruit.example>"
FRIEND = "Jess Morgan <jess.morgan@mailbox.example>"


# Mail that rejects no application of the reader's: each must stay a non-rejection.
LOOK_ALIKES = [
    # --- a shortlist update: the reader is still in
    ('Final round - Data Engineer',
     'Hi Sam,\n\nGood news: you are through to the final round for the Data Engineer role. We interviewed six '
     'people and two others were not taken forward. You and two other candidates will meet the CTO on 12 March.'
     '\n\nKim',
     KIM),
    ('Shortlist update',
     'Dear Sam,\n\nThank you for your patience. We have now shortlisted three applicants for the Librarian post '
     'and I am pleased to say you are one of them. The other applicants have been told they were unsuccessful.'
     '\n\nPeople Team',
     HR),
    ('Next steps - Account Manager',
     'Hi Sam,\n\nThe hiring manager has picked two other candidates alongside you for the last stage, so there '
     'will be three of you on Thursday. Please bring the case study printed.\n\nKim',
     KIM),
    ('Your application - Operations Analyst',
     'Hi Sam,\n\nWe filled the maternity cover with another applicant last week, but your application for the '
     'permanent Operations Analyst role is very much alive and we would like to see you on Tuesday.\n\nKim',
     KIM),
    ('Interview stage',
     'Dear Sam,\n\nWe had over sixty applications for the Events Coordinator role and have let most people know '
     'that we went with other applicants for the interview stage. You are not one of them: we would like to '
     'interview you on 4 April.\n\nPeople Team',
     HR),
    ('Re: assessment centre',
     'Hi Sam,\n\nA quick note before Friday: of the eight people at the assessment centre the panel selected '
     'three to go through, and you are one of the three. Well done. The others were thanked and let go.\n\nKim',
     KIM),
    ('Shortlist - Operations Lead',
     'Hi Sam,\n\nUpdate on the Operations Lead role: the panel met yesterday and two others were not taken forward. '
     'You are on the shortlist with one other candidate, and we will pick the final date next week.\n\nKim',
     KIM),
    # --- an offer to the reader that names the runner-up
    ('Offer of employment - Logistics Coordinator',
     'Dear Sam,\n\nWe are delighted to offer you the Logistics Coordinator position. It was a close decision: '
     'the panel also liked another candidate very much, and we have let her know she was unsuccessful.\n\n'
     'Kim Okafor',
     KIM),
    ('Good news!',
     'Hi Sam,\n\nI am happy to tell you that you got the job. We went back and forth between you and another '
     'applicant with more years in retail, and in the end we chose you. Contract to follow.\n\nKim',
     KIM),
    ('Your offer - please reply by Friday',
     'Hi Sam,\n\nJust a nudge on the offer we sent on Monday. Our second choice is another finalist who is '
     'waiting to hear, so if you could let us know by Friday either way it would help.\n\nKim',
     KIM),
    ('Leeds or Manchester?',
     'Hi Sam,\n\nThe other candidate was chosen for the Leeds office, so we would like to offer you the same role '
     'in Manchester. Could we talk tomorrow about a start date?\n\nKim',
     KIM),
    ('Welcome aboard',
     'Hi Sam,\n\nWelcome to the team! For context, we turned down another applicant who had agency experience, '
     'because your portfolio was the stronger one. Your laptop will be ready on Monday.\n\nKim',
     KIM),
    # --- a friend's rejection forwarded for advice
    ('Fwd: Your application',
     'Hey Sam, can you look at this and tell me if I should reply? Not sure what to say.\n\n'
     '---------- Forwarded message ---------\nFrom: Lena Hart <lena@halden.example>\nTo: Jess Morgan '
     '<jess.morgan@mailbox.example>\nSubject: Your application\n\nDear Jess,\n\nThank you for interviewing for the '
     'Planner role. We have decided to hire another applicant.\n\nLena',
     FRIEND),
    ('what do I say back??',
     'Sam! My brother got turned down by the garage, they said they hired another mechanic with more MOT '
     'experience. He wants to ask for feedback without sounding bitter. Any tips? You are good at this stuff.\n'
     'Jess',
     FRIEND),
    ('Fwd: Your application - Planner',
     'Jess, this is what Tom got from Halden. What do you think he should say back? I think he should ask for '
     'feedback.\n\n---------- Forwarded message ---------\nFrom: Lena Hart <lena@halden.example>\nDate: Mon, 3 Mar\n'
     'Subject: Your application - Planner\nTo: Tom Baker <tom@mailbox.example>\n\nDear Tom,\n\nThank you for '
     'interviewing for the Planner role. After careful thought we have selected another candidate whose experience '
     'more closely matches. We wish you well.\n\nLena Hart',
     'Sam Rivera <sam@example.net>'),
    ("my cousin's rejection",
     'Hi Sam,\n\nMy cousin just got this and asked me to run it past you as you work in HR:\n\n"Dear Ana, thank you '
     'for your interest in the Nursery Assistant post. We have decided to appoint another candidate who has more '
     'experience with under-twos."\n\nIs that a standard letter? Should she ask for feedback?\n\nJess',
     FRIEND),
    ('advice please',
     'Hi Sam,\n\nMy flatmate Tom had his final interview at Corvane last week and they have just told him they '
     'went with a different candidate. He is gutted. Would you mind having a coffee with him about his CV?\n\n'
     'Jess',
     FRIEND),
    ('Re: my interview',
     'Thanks for your advice yesterday Sam! Update: they picked another person for the junior designer job but '
     'asked me to apply again in spring. Drinks Friday?\nJess',
     FRIEND),
    # --- a flat, a sublet, a pet, a plot, a club or a class place
    ('Flat viewing - 22 Harbour Street',
     'Dear Sam,\n\nThank you for viewing the flat on Saturday and for sending your references. The landlord has '
     'chosen another applicant whose move-in date suited him better. We have other flats coming up next month.'
     '\n\nKim, Harbour Lettings',
     'Kim Okafor <kim@harbourlettings.example>'),
    ('sublet',
     'hey Sam, sorry, the room went to another person who can take it from the 1st. if the other room frees '
     'up I will let you know first!\nJess',
     FRIEND),
    ('Your adoption application - Pepper',
     'Dear Sam,\n\nThank you for applying to adopt Pepper. After the home visits we have matched her with another '
     'applicant who has a garden and no other cats. Please keep an eye on our website for other dogs.\n\n'
     'Hollybank Rescue',
     'Hollybank Rescue <adopt@hollybank.example>'),
    ('Allotment waiting list',
     'Dear Sam,\n\nPlot 14 has been offered to another applicant who was higher on the waiting list. You are now '
     'number three, and we expect two plots to free up in the autumn.\n\nAllotment Committee',
     'Allotment Committee <plots@greenlane.example>'),
    ('U12 trials',
     'Hi Sam,\n\nThanks for bringing Leo to the trials. The coaches have selected other players for the U12 '
     'squad this season, but Leo is very welcome at the Tuesday development sessions.\n\nCoach Kim',
     KIM),
    ('Pottery course place',
     'Hi Sam,\n\nThe Thursday evening course was full, so the place went to another person on the waiting list. '
     'I have put you down for the Monday class instead, which starts on the 9th.\n\nKim',
     KIM),
    ('Choir auditions',
     'Dear Sam,\n\nThank you for singing for us. The director has chosen other singers for the two alto places '
     'this term. There is another audition evening in January.\n\nKim',
     KIM),
    # --- an appointment announced to all staff
    ('Announcement: Head of Operations',
     'Dear all,\n\nI am pleased to announce that Maya Roe will be our new Head of Operations from 1 May. The panel '
     'chose her from a strong field of internal and external candidates. Please join me in congratulating her.'
     '\n\nKim Okafor\nCEO',
     KIM),
    ('New Finance Director',
     'Hi everyone,\n\nAfter a long search the board has selected an external candidate, Tom Reyes, as our '
     'Finance Director. He starts on 3 June. Thanks to everyone who met the candidates.\n\nPeople Team',
     HR),
    ('Practice manager update',
     'Hi team,\n\nAs you know Julie retires next month. The partners preferred an internal candidate for the '
     'practice manager role, and I am delighted to say Ben has accepted. Cake on Friday!\n\nKim',
     KIM),
    ('Staff bulletin - week 12',
     'Staff bulletin\n\nAppointments: the Facilities Supervisor vacancy went to another long-serving colleague, '
     'Ray Patel. The Receptionist vacancy is still open; internal applications close on Friday.\n\nPeople Team',
     HR),
    ('Org change',
     'Hi all,\n\nWe have hired another engineer to lead the Payments squad, Ana Silva, who joins next week. '
     'Sam, she will sit next to you, so please show her around.\n\nKim',
     KIM),
    # --- an alumni or union newsletter
    ('Alumni news - autumn',
     'Alumni news\n\nClass of 2015: after three rounds, a shipping firm chose another graduate for the role Tom '
     'wanted, so he started his own consultancy instead. It now employs twelve people!\n\nAlumni Office',
     'Alumni Office <alumni@university.example>'),
    ('Union members update',
     'Members update\n\nCase win: a member applied for a team leader post and the employer appointed another '
     'candidate with far less experience. With the union behind her, she won her age discrimination claim.'
     '\n\nBranch Secretary',
     'Branch Secretary <branch@union.example>'),
    ('Your monthly alumni digest',
     'In this issue: a graduate tells how she was turned down when a bank hired another applicant, and how it '
     'led her to teaching. Plus: the careers fair dates and a new mentoring scheme.\n\nAlumni Office',
     'Alumni Office <alumni@university.example>'),
    # --- a tribunal or court case note
    ('Case note: Hale v Brindley Logistics',
     'Case note\n\nThe claimant applied for a warehouse supervisor post. The employer appointed another candidate '
     'with shorter service. The tribunal found the scoring had been applied fairly and dismissed the claim.\n\n'
     'Employment Law Team',
     'Employment Law Team <updates@lawfirm.example>'),
    ('Employment law briefing',
     'This month: when an employer selects a different applicant, can an unsuccessful candidate see the scoring '
     'notes? A recent appeal says yes, in part. We set out what HR teams should keep.\n\nLegal Briefings',
     'Legal Briefings <briefings@lawfirm.example>'),
    ('Tribunal summary for the board',
     'Hi Sam,\n\nAs requested, a summary for the board: the former applicant says we chose another candidate '
     'because of her age. Our defence is the interview scores. The hearing is on 14 May.\n\nKim',
     KIM),
    # --- a novel, a short story, a podcast
    ('Chapter 7 draft',
     'Hi Sam,\n\nHere is chapter 7 for the writing group:\n\nMarion folded the letter. "They went with another '
     'candidate," she said, to nobody. Outside, the rain kept on.\n\nLet me know what you think of the ending.\n'
     'Jess',
     FRIEND),
    ('Episode 41 transcript',
     'Transcript, episode 41\n\nHOST: So what happened after the final interview?\nGUEST: They hired another '
     'applicant who had done the exact job before. I was crushed for a week.\nHOST: And then?\n\nCareer Stories '
     'Podcast',
     'Career Stories <hello@careerstories.example>'),
    ('New episode: rejection',
     'This week on the show: Dana tells us about the day the bakery chose another baker over her, and how that '
     'became the start of her own shop. Listen wherever you get your podcasts.',
     'Career Stories <hello@careerstories.example>'),
    # --- an HR course exercise
    ('Module 4 exercise',
     'Dear learners,\n\nExercise for module 4: the panel has selected another candidate for a Sales Executive '
     'role. Draft a short, kind letter to the unsuccessful finalist and post it in the forum by Sunday.\n\n'
     'Course Team',
     'Course Team <learn@hracademy.example>'),
    ('Role-play for Thursday',
     'Hi Sam,\n\nFor the workshop role-play you are the hiring manager. Your brief: you decided to hire another '
     'applicant and must call the runner-up to explain why. I will play the candidate.\n\nKim',
     KIM),
    ('Quiz answers',
     'Question 3: a manager appointed a different candidate and did not keep interview notes. What is the '
     'risk? Answer: she cannot show the decision was fair.\n\nCourse Team',
     'Course Team <learn@hracademy.example>'),
    # --- a support ticket
    ('Ticket #48213 update',
     'Hello Sam,\n\nYour ticket has been reassigned: another agent was assigned to your case while Mark is on '
     'leave. You do not need to do anything.\n\nSupport Team',
     'Support <support@helpdesk.example>'),
    ('Your repair visit',
     'Hi Sam,\n\nWe have assigned a different engineer to your boiler repair on Friday, as the original '
     'technician is off sick. He will call you an hour before.\n\nService Desk',
     'Service Desk <service@heatco.example>'),
    ('Case 7731',
     'Dear Sam,\n\nThank you for your patience. A different specialist has been selected to handle your claim, '
     'since it involves water damage. Your case number stays the same.\n\nClaims Team',
     'Claims <claims@insure.example>'),
    # --- a marketplace
    ('Your offer on the road bike',
     'Hi Sam,\n\nSorry, the seller accepted another offer on the road bike you bid on. Here are three similar '
     'listings near you.\n\nMarketplace',
     'Marketplace <noreply@market.example>'),
    ('re: sofa',
     'hi, sorry I went with another buyer who could collect today. good luck with the search!',
     'Jo <jo@mailbox.example>'),
    ('Your offer on 14 Elm Road',
     'Dear Sam,\n\nThe vendor has chosen another buyer for 14 Elm Road, whose offer was chain-free. We have two '
     'similar houses coming to market next week.\n\nKim, Elm Estates',
     'Kim Okafor <kim@elmestates.example>'),
    ('Auction ended',
     'The item you were watching, a vintage camera, was sold to another bidder. Set up a saved search so you do '
     'not miss the next one.',
     'Auctions <noreply@auctions.example>'),
    # --- a volunteer rota
    ('Food bank rota',
     'Hi Sam,\n\nWe have put another volunteer on the Saturday shift, so you are free this week. You are back on '
     'the rota on the 21st.\n\nKim',
     KIM),
    ('parkrun marshals',
     'Hi Sam, we have picked other volunteers for marshal duty this week, as you did the last three. Enjoy the '
     'run! Kim',
     KIM),
    ('Charity shop volunteers',
     'Hi Sam,\n\nThanks for offering to run the till. We chose another volunteer for the Tuesday slot, but the '
     'Wednesday one is yours if you want it.\n\nKim',
     KIM),
    # --- a casting call
    ('Casting call: Harbour Lights',
     'Open casting call\n\nThe producers have recast the part of Ella with a different actor, so we are now '
     'casting for two understudies. Send a self-tape by 10 May.\n\nHarbour Lights Productions',
     'Casting <casting@harbourlights.example>'),
    ('Extras wanted',
     'We chose other extras for the market scene on Tuesday, but we still need twenty people for the wedding '
     'scene on Friday. Reply with your sizes if you can make it.\n\nCrowd Casting',
     'Crowd Casting <crowd@casting.example>'),
    # --- a reference request
    ('Reference request: Sarah Lee',
     'Dear Sam,\n\nSarah Lee has named you as a referee for the Senior Nurse post. We have selected two '
     'finalists, Sarah and another candidate, and need references for both by Friday. The form is attached.\n\n'
     'People Team',
     HR),
    ('Reference for Jo Park',
     'Dear Sam,\n\nWe are asking for references for our preferred candidate, Jo Park, who has listed you as her '
     'last manager. The other applicants have been told we went with another person.\n\nPeople Team',
     HR),
    # --- a coach's note about team selection
    ('Team for Saturday',
     'Hi all,\n\nTeam for Saturday: I have picked Ollie ahead of Jack at full back, and Sam, you are captain. '
     'Jack, you will start on the bench. Meet at 9.\n\nCoach Kim',
     KIM),
    ('County selection',
     'Hi Sam,\n\nThe county selectors chose other players from our club this year, but Amir made the reserve '
     'list. Well done to him. Training as normal on Wednesday.\n\nCoach Kim',
     KIM),
    # --- a recruiter: one role gone to someone else, another still open with the reader in it
    ('Re: the two roles',
     'Hi Sam,\n\nThey went with another candidate for the first role, but the second one is still open and you '
     'are in it: they want to meet you on Tuesday at 10.\n\nPriya',
     AGENCY),
    ('Leeds and Bristol',
     'Hi Sam,\n\nThe client chose someone else for the Leeds opening, but you are still in the running for the '
     'Bristol role and they want to meet you on Monday. Can we talk at 3?\n\nPriya',
     AGENCY),
    ('Contract vs permanent',
     'Hi Sam,\n\nHeads up: for the contract role they hired another contractor, but the permanent role is '
     'yours if you want it. The offer letter is on its way.\n\nPriya',
     AGENCY),
    ('Update',
     'Hi Sam,\n\nThe junior post went to another applicant, but you are still on the shortlist for the senior post, '
     'which was always the better fit. I will send the interview details tonight.\n\nPriya',
     AGENCY),
    # --- a decision not made yet
    ('Update on your application',
     'Hi Sam,\n\nJust so you are not left waiting: we have not chosen anyone yet. The panel meets again on Friday '
     'and I will call you afterwards.\n\nKim',
     KIM),
    ('Re: any news?',
     'Hi Sam,\n\nNo decision yet, sorry. We are still deciding between you and another candidate, and the '
     'director is away until Monday.\n\nKim',
     KIM),
    ('Delay',
     'Hi Sam,\n\nWe have not offered the role to another candidate, it is only that the budget sign-off is late. '
     'You are still our first choice and we hope to confirm next week.\n\nKim',
     KIM),
    ('Re: Project Manager',
     'Hi Sam,\n\nThe hiring manager has not picked anyone else, she has been on leave. Expect a decision by the '
     'end of next week.\n\nPriya',
     AGENCY),
    # --- a reply to the reader's own mail (the reader turned someone down)
    ('Re: Junior Designer',
     'Hi Sam,\n\nThanks for letting me know, and for the kind words about my portfolio.\n\nTom\n\n'
     'On Tue, Sam Rivera wrote:\n> Hi Tom, sorry to say we went with another candidate for the junior designer '
     'role.',
     'Tom Baker <tom.baker@mailbox.example>'),
    ('Re: Barista',
     'no worries Sam, thanks for the trial anyway! Ella\n\n> we decided to take on another barista who can do '
     'weekends, sorry Ella',
     'Ella Moss <ella@mailbox.example>'),
    ('Your sent message',
     'Copy of the message you sent to Dan Ruiz:\n\nHi Dan, we have selected another applicant for the driver '
     'job. Thanks for coming in.\n\nSam',
     'Jobs Board <noreply@jobsboard.example>'),
    # --- more: other people chosen for things that are no job of the reader's
    ('Your tenancy application',
     'Dear Sam,\n\nThank you for applying for the one-bed flat at Mill Lane. The landlord has gone with another '
     'tenant who could move in sooner. Your holding deposit will be refunded in full.\n\nLettings Team',
     'Lettings <lettings@agent.example>'),
    ('Puppy waiting list',
     'Hi Sam,\n\nThe last pup from the spring litter has gone to another family who applied in January. You are '
     'first on the list for the autumn litter.\n\nKim',
     KIM),
    ('Committee election',
     'Dear members,\n\nAt the AGM the members chose another candidate as treasurer, Jo Park. Thanks to all who '
     'stood. The minutes will follow.\n\nClub Secretary',
     'Club Secretary <secretary@club.example>'),
    ('Speaker slot',
     'Hi Sam,\n\nThanks for your talk proposal. The programme committee selected a different speaker for the '
     'closing keynote, but we would love you on the Friday panel.\n\nKim',
     KIM),
    ('Wedding photographer',
     'Hi Sam,\n\nThank you for the quote. We have decided to book another photographer, one who lives near the '
     'venue. Best of luck with the season.\n\nKim',
     KIM),
    ('School governor vacancy',
     'Dear Sam,\n\nThank you for your interest in becoming a parent governor. The governing body appointed '
     'another parent at Tuesday\'s meeting. There will be another vacancy in the summer term.\n\nClerk to the '
     'Governors',
     'Clerk <clerk@school.example>'),
    ('Jury duty',
     'Dear Sam,\n\nThank you for attending. You were not needed this week: another juror was selected for the '
     'trial. You are released from service.\n\nCourt Office',
     'Court Office <juries@court.example>'),
    ('Your mentor match',
     'Hi Sam,\n\nYour first choice of mentor has chosen another mentee this round, so we have matched you with '
     'Kim Okafor instead. She will email you this week.\n\nMentoring Scheme',
     'Mentoring <mentoring@scheme.example>'),
    # --- the reader is on the hiring side, told in new words
    ('Candidate pack - Warehouse Supervisor',
     'Hi Sam,\n\nFor your records: the shift managers preferred a different applicant for the supervisor role, '
     'so please send the others the standard letter from your account.\n\nKim',
     KIM),
    ('Your vacancy at the cafe',
     'Hi Sam,\n\nThanks for listing your cafe job with us. Of the three I sent, you told me you hired another '
     'barista through a friend, so I will close the advert today.\n\nPriya',
     AGENCY),
    ('Decline letters',
     'Hi Sam,\n\nThe board appointed another candidate for the Treasurer post on Monday. Could you draft the '
     'letters to the other two applicants and send them to me to check?\n\nKim',
     KIM),
    # --- history, not news: the reader was hired later
    ('Five years!',
     'Happy five-year work anniversary, Sam! Funny to think we first chose another candidate for your job and '
     'only called you when he dropped out. Best decision we made.\n\nKim',
     KIM),
    ('Re: your promotion',
     'Hi Sam,\n\nCongratulations on the team lead promotion. Last year we appointed another person to that post, '
     'and you were right to apply again.\n\nKim',
     KIM),
    # --- the reader helps someone else's search
    ('Re: nanny',
     'Hi Sam,\n\nThanks for recommending Maria. In the end we hired another nanny who lives round the corner, '
     'but please thank Maria for coming to meet us.\n\nJess',
     FRIEND),
    ('Your cleaner referral',
     'Hi Sam,\n\nJust to say we chose a different cleaner in the end, one who can do Mondays. Thanks for the '
     'number though!\n\nJess',
     FRIEND),
    ('Babysitter',
     'Hi Sam, thanks for putting your niece forward for the babysitting. We went with another girl from the '
     'village who can also do Saturdays. Jess',
     FRIEND),
    # --- a trade or a familiar word for the person chosen, with the reader a customer, a parent, a patient or a seller
    ('Your appointment on Friday',
     'Hi Sam,\n\nThanks for coming in last week. Your usual stylist has left us, so we have picked a different '
     'stylist for your appointment on Friday. Zoe trained with her and has your notes.\n\nThe Salon',
     'The Salon <hello@salon.example>'),
    ("Leo's maths",
     'Hi Sam,\n\nThanks for coming in to talk about Leo. We have picked a different tutor for him, one who '
     'specialises in GCSE, and she can start on Monday after school.\n\nKim',
     KIM),
    ('Food festival stalls',
     'Dear Sam,\n\nThank you for your application to trade at the summer food festival. The committee has selected '
     'another baker for the bread stall, one from the village. We hope to see you at the Christmas market.\n\n'
     'Festival Committee',
     'Festival Committee <stalls@festival.example>'),
    ('Wedding cake',
     'Hi Sam,\n\nThanks for coming in for the tasting, the lemon sponge was lovely. We have gone with another baker '
     'for the wedding cake in the end, one nearer the venue. Thanks again!\n\nKim',
     KIM),
    ('Your clinic appointment',
     'Dear Sam,\n\nThank you for attending the clinic. As Dr Hale has retired we have appointed a different '
     'doctor to your care, Dr Ruiz, who will see you in June.\n\nOutpatients',
     'Outpatients <outpatients@hospital.example>'),
    ('Your driving lessons',
     'Hi Sam,\n\nThanks for your interest in lessons. Mark is fully booked, so we have picked another instructor '
     'for you, who has slots on Tuesday evenings.\n\nDrive School',
     'Drive School <hello@driveschool.example>'),
    ('Your house move',
     'Hi Sam,\n\nThanks for choosing us for your move on Saturday. We have hired another driver for the day, as '
     'the job needs two vans. Nothing changes for you.\n\nRemovals Team',
     'Removals <moves@removals.example>'),
    # --- the reader's application goes on: others are asked, an earlier hire is history
    ('Re: Your application',
     'Hi Sam,\n\nThanks for your application. I am going to ask other people in the team for a second opinion on '
     'your portfolio and will come back to you on Friday.\n\nKim',
     KIM),
    ('Re: Graduate role',
     'Hi Sam,\n\nThanks for your application. We took on another graduate from your course last year, and she '
     'recommended you. Can we chat on Tuesday?\n\nKim',
     KIM),
    ('Your application - Office Manager',
     'Dear Sam,\n\nThank you for applying. We selected another candidate for the role in 2022, who has since left, '
     'so we are recruiting again and would like to interview you on 3 June.\n\nPeople Team',
     HR),
    ('Your start date',
     'Hi Sam,\n\nThank you for your application and for accepting our offer. We have hired another developer '
     'who will be your mentor for the first three months.\n\nKim',
     KIM),
    # --- other people named beside the reader's own process: thanked, met, asked, given their own slot
    ('Thank you for Thursday',
     'Hi Sam,\n\nThanks for your interview on Thursday. We have decided to thank other people who helped run the '
     'assessment day too, so look out for a small gift in the post.\n\nKim',
     KIM),
    ('Re: Your application - Support Analyst',
     'Hi Sam,\n\nThanks for applying. We recruited other people from your team before and they were great, so we are '
     'excited to meet you on Monday.\n\nKim',
     KIM),
    ('About the role',
     'Hi Sam,\n\nThanks for your application. We identified other people in the team who can tell you about the '
     'role; Jo will call you on Tuesday.\n\nKim',
     KIM),
    ('After your interview',
     'Hi Sam,\n\nThanks for your interview on Monday. We went on to meet other finalists on Tuesday and Wednesday '
     'and will decide by Friday.\n\nKim',
     KIM),
    ('Interview date',
     'Hi Sam,\n\nThanks for your application. We settled the interview date with other colleagues: you are on '
     'Thursday at 10 in the main building.\n\nKim',
     KIM),
    ('Interview slots',
     'Hi Sam,\n\nThank you for your application. We have offered other people interview slots in the morning; yours '
     'is at 2pm on Thursday.\n\nKim',
     KIM),
    ('How long it takes',
     'Hi Sam,\n\nThanks for applying. We took on other people at this time last year and the process took about '
     'three weeks, so expect to hear from us by the 20th.\n\nKim',
     KIM),
    ('Your interview on Friday',
     'Hi Sam,\n\nThanks for your application. We have hired a lot of other people through this programme, and most '
     'stayed with us for years. Your interview is on Friday at 11.\n\nKim',
     KIM),
    ('Final presentations',
     'Dear Sam,\n\nThank you for your application. We have shortlisted you and selected one other finalist; you will '
     'both present to the board on Friday.\n\nPeople Team',
     HR),
    ('Hiring update',
     'Hi Sam,\n\nQuick hiring update for your interview panel: for the Analyst role we went with an internal hire, '
     'and for the Engineer role we are still interviewing. Thanks for your help on both.\n\nKim',
     KIM),
    ('Your job application - update',
     'Dear Sam,\n\nThank you for your application for the Warehouse Operative role. Due to high demand, we have '
     'selected other applicants for the first assessment day on 3 May. You have been placed on the second assessment '
     'day, 10 May.\n\nRecruitment',
     'Recruitment <jobs@depot.example>'),
    ('Referred by a colleague',
     'Dear Sam,\n\nThank you for applying. You were referred by a colleague who we hired last spring; we picked '
     'other people from that referral round too, and they all did well. Let us talk on Monday.\n\nKim',
     KIM),
    ('Interview panel change',
     'Hi Sam,\n\nThanks for your application. We opted to run the interviews with other people from the team, since '
     'Jo is away; nothing changes for you.\n\nKim',
     KIM),
    ('Moving quickly',
     'Hi Sam,\n\nThanks for your application. We are keen to move quickly, so we are also talking to other '
     'candidates this week, but you are at the top of our list.\n\nKim',
     KIM),
    ('Top of the pile',
     'Hi Sam,\n\nThanks for applying. I moved your CV to the top of the pile: we picked it out of many other profiles '
     'because of your Python work. Free for a call on Monday?\n\nKim',
     KIM),
    # --- a decision on a thing beside the reader's candidacy
    ('Your interview panel',
     'Hi Sam,\n\nSmall change for your interview on Wednesday: we have chosen another interviewer from the '
     'finance team to join the panel, as Tom is away. Same time, same room.\n\nKim',
     KIM),
    ('Your buddy for week one',
     'Hi Sam,\n\nAhead of your first day: we have picked another new starter, Ravi, to be your buddy, as Ana '
     'is on holiday. He will meet you at reception.\n\nPeople Team',
     HR),
    ('Your onboarding',
     'Hi Sam,\n\nWe have hired another trainer to run your induction week, since our usual trainer is away. '
     'The schedule is attached.\n\nPeople Team',
     HR),
]


# Rejections of the reader's application (the other person named by a role noun or a familiar word, or in new words).
REJECTIONS = [
    ('Sous Chef trial',
     'Hi Sam,\n\nThanks for the trial on Saturday, the team liked your food. We have decided to offer the sous '
     'chef position to another chef who has run a busy pass before. Good luck.\n\nKim',
     'Kim Okafor <kim@bistro.example>'),
    ('Re: Barista job',
     'hi Sam, thanks for coming in for the trial. we have gone with a different barista who has latte art '
     'experience, sorry! all the best\nKim',
     'Kim Okafor <kim@beanhouse.example>'),
    ('Re: Delivery Driver',
     'Hi Sam,\n\nThanks for coming in. We have given the driver job to another driver who knows the area. '
     'Cheers for your time.\n\nKim',
     'Kim Okafor <kim@vans.example>'),
    ('Staff Nurse application',
     'Dear Sam,\n\nThank you for interviewing for the Staff Nurse post on Ward 5. We have appointed another nurse '
     'with more intensive care experience. We wish you well.\n\nWard Manager',
     'Ward Manager <ward5@hospital.example>'),
    ('Re: Apprenticeship',
     'Hi Sam,\n\nThanks for your application for the electrical apprenticeship. We have taken on another '
     'apprentice who is further along at college. Best of luck.\n\nKim',
     'Kim Okafor <kim@sparks.example>'),
    ('Your application - Class Teacher',
     'Dear Sam,\n\nThank you for your application and for teaching the sample lesson. The governors have '
     'appointed a different teacher to the post. We wish you well in your search.\n\nHeadteacher',
     'Headteacher <head@school.example>'),
    ('Re: labourer job',
     'alright Sam, cheers for coming down to site. we have taken on another bloke for the labouring job, one '
     'who has his own van. good luck mate\nKim',
     'Kim Okafor <kim@builds.example>'),
    ('Re: Saturday job',
     'Hi Sam, thanks for dropping your CV in. We have hired another girl for the Saturday job already, sorry! '
     'Kim',
     'Kim Okafor <kim@shop.example>'),
    ('Re: Plumber\'s mate',
     'Sam, thanks for your interest in the job. We have taken on another lad who lives closer to the yard. '
     'Cheers\nKim',
     'Kim Okafor <kim@plumbing.example>'),
    ('Carer position',
     'Dear Sam,\n\nThank you for your application for the Care Assistant role. We have recruited another carer '
     'whose hours fit the rota better. We will keep your details on file.\n\nKim',
     'Kim Okafor <kim@care.example>'),
    ('Re: Kitchen Porter',
     'Hi Sam,\n\nThanks for coming in for the trial shift. We decided to hire another applicant who can do the '
     'early shifts. All the best.\n\nKim',
     'Kim Okafor <kim@bistro.example>'),
    ('Mechanic vacancy',
     'Hi Sam,\n\nThanks for your interview on Tuesday. The job has gone to another mechanic with more diesel '
     'experience. Best of luck.\n\nKim',
     'Kim Okafor <kim@garage.example>'),
    ('Re: Receptionist',
     'Dear Sam,\n\nThank you for meeting us. We have offered the receptionist role to another lady who has '
     'worked at a dental practice. Kind regards,\nKim',
     'Kim Okafor <kim@dental.example>'),
    ('Your application to Willow Nursery',
     'Dear Sam,\n\nThank you for your application for the Nursery Practitioner post. We have offered the post to '
     'a different practitioner who holds a level 3 qualification. Kind regards,\nKim',
     'Kim Okafor <kim@willow.example>'),
    ('Re: Bar staff',
     'hey Sam, thanks for the trial last night. we took on another guy who can do the late shifts. sorry '
     'mate\nKim',
     'Kim Okafor <kim@thecrown.example>'),
    ('Cleaner role',
     'Hi Sam,\n\nThank you for applying for the office cleaner role. We chose another cleaner who lives nearer '
     'the site. Best wishes.\n\nKim',
     'Kim Okafor <kim@cleanco.example>'),
    ('Re: Gardener',
     'Hi Sam,\n\nThanks for coming to see the grounds. We have decided to take on another gardener for the '
     'position, someone with tree surgery tickets. Best of luck.\n\nKim',
     'Kim Okafor <kim@estate.example>'),
    ('Re: Van driver',
     'Hi Sam, thanks for applying. We have taken on another fella who had his own van. Sorry mate. Kim',
     'Kim Okafor <kim@removals.example>'),
    ('Your application - Hairstylist',
     'Hi Sam,\n\nThanks for coming in for the model day. We have hired another stylist who has a client list of '
     'her own. Good luck with your search.\n\nKim',
     'Kim Okafor <kim@salon.example>'),
    ('Re: Chef de Partie',
     'Hi Sam,\n\nThank you for your trial. In the end we gave the job to a different cook, one with pastry '
     'experience. All the best.\n\nKim',
     'Kim Okafor <kim@brasserie.example>'),
    ('Teaching Assistant application',
     'Dear Sam,\n\nThank you for your interview for the Teaching Assistant post. We have appointed another '
     'assistant with SEN experience. We wish you every success.\n\nSchool Office',
     'School Office <office@school.example>'),
    ('Re: Warehouse job',
     'Sam, thanks for coming in for the forklift test. We have taken on another chap for the warehouse job, '
     'he starts Monday. Cheers\nKim',
     'Kim Okafor <kim@depot.example>'),
    ('Junior Accountant',
     'Dear Sam,\n\nThank you for your interview. We have decided to offer the position to another accountant '
     'who is already part qualified. We wish you the best.\n\nKim',
     KIM),
    ('Re: Security Officer',
     'Hi Sam,\n\nThanks for interviewing for the Security Officer role. The site manager went with a different '
     'officer who holds a door supervisor licence. Best of luck.\n\nKim',
     KIM),
    ('Re: Shop Assistant',
     'Hi Sam,\n\nThanks for coming in on Saturday. We have given the job to someone else who can work '
     'Sundays. Good luck!\n\nKim',
     'Kim Okafor <kim@shop.example>'),
    ('Re: Electrician vacancy',
     'Hi Sam,\n\nThank you for applying. We have offered the vacancy to another electrician with commercial '
     'experience. All the best.\n\nKim',
     'Kim Okafor <kim@sparks.example>'),
    ('Dental Nurse post',
     'Dear Sam,\n\nThank you for attending the interview. We have decided to employ another dental nurse who '
     'can start in May. Kind regards.\n\nPractice Manager',
     'Practice Manager <pm@dental.example>'),
    ('Re: Waiter job',
     'Hi Sam, thanks for the trial shift. We have picked another waiter who has silver service experience. '
     'Sorry! Kim',
     'Kim Okafor <kim@hotel.example>'),
    ('Re: Groundworker',
     'Sam, thanks for coming out. The gaffer has taken on another lad for the groundworks job. Good luck.\nKim',
     'Kim Okafor <kim@groundworks.example>'),
    ('Your application - Lab Technician',
     'Dear Sam,\n\nThank you for your application for the Lab Technician role. We have appointed another '
     'technician who already works on our site. We wish you well.\n\nHR',
     'HR <hr@lab.example>'),
    ('Re: Retail Assistant',
     'Hi Sam,\n\nThank you for your interview. We decided to hire another applicant who has more weekend '
     'availability. Best wishes,\nKim',
     'Kim Okafor <kim@shop.example>'),
    ('Re: Porter position',
     'Dear Sam,\n\nThank you for applying for the Porter position. We have decided to take on a different '
     'candidate with hospital experience. Kind regards,\nKim',
     'Kim Okafor <kim@hospital.example>'),
    ('Your interview with us',
     'Dear Sam,\n\nThank you for your time on Monday. We have now offered the role to another designer, whose '
     'packaging work matched the brief closely. We wish you well.\n\nKim',
     KIM),
    ('Re: Tutor application',
     'Hi Sam,\n\nThanks for applying to tutor with us. We took on another tutor for the maths post, one who '
     'can do evenings. Best of luck.\n\nKim',
     'Kim Okafor <kim@tutors.example>'),
    ('Re: Painter and decorator',
     'Sam, thanks for coming in about the job. We have taken someone else on for the decorating work. Cheers\n'
     'Kim',
     'Kim Okafor <kim@decor.example>'),
]


# ("Re: Bar staff" was one until round 20: a reply subject naming casual work is a title's job context now)
KNOWN_MISSES: dict[tuple[str, int], str] = {}


def cases(name: str, table: list[tuple]) -> list:
    """The table's rows as parameters, the known misses marked as strict expected failures."""
    return [pytest.param(*row, id=f"{i}:{row[0]}",
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(name, i)])]
                         if (name, i) in KNOWN_MISSES else [])
            for i, row in enumerate(table)]


@pytest.mark.parametrize(("subject", "body", "sender"), cases("LOOK_ALIKES", LOOK_ALIKES))
def test_sweep5_en_look_alike_is_no_rejection(subject: str, body: str, sender: str) -> None:
    assert not found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body", "sender"), cases("REJECTIONS", REJECTIONS))
def test_sweep5_en_rejection_found(subject: str, body: str, sender: str) -> None:
    assert found(mail(body, subject, sender))
