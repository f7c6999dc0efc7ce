from common import L, O, R

LANG = "en"
OWNERS = [("Priya Nandakumar", "priya.nandakumar@mailbox.example"),
          ("Tom Okafor", "tom.okafor@fastpost.test"),
          ("Mara Lindqvist", "mara@lindqvist.example"),
          ("Deshawn Ellery", "d.ellery@inboxly.test")]
COMPANIES = [("Harrowgate Logistics", "harrowgate.example"), ("Quillfeather Labs", "quillfeather.test"),
             ("Bramblecote Health", "bramblecote.example"), ("Northwind Tidal Energy", "northwindtidal.example"),
             ("Pelican Ridge Software", "pelicanridge.test"), ("Oakhurst Mutual", "oakhurstmutual.example"),
             ("Cinderline Games", "cinderline.test"), ("Marrow & Finch", "marrowfinch.example"),
             ("Tessellate AI", "tessellate-ai.test"), ("Sundial Freight Co.", "sundialfreight.example"),
             ("Larkspur Biosciences", "larkspurbio.example"), ("Greyfield Analytics", "greyfield.test")]
ROLES = ["Senior Data Engineer", "Product Designer", "Backend Engineer (Go)", "Customer Success Manager",
         "Staff Site Reliability Engineer", "Marketing Analyst", "Technical Writer", "Engineering Manager, Payments",
         "Junior Frontend Developer", "Operations Coordinator", "Machine Learning Engineer", "Account Executive"]
SIGNERS = [("Rachel Tamworth", "Senior Technical Recruiter"), ("Gareth Mbeki", "Talent Partner"),
           ("Jenna Holloway", "Head of People"), ("Luis Carrasco", "Recruiting Coordinator"),
           ("Naomi Whitcombe", "Engineering Manager"), ("Ollie Pendleton", "Talent Acquisition Lead")]
AGENCIES = [("Imogen Baxter", "Principal Consultant", "Kestrel Search Partners", "kestrelsearch.example"),
            ("Dev Sharma", "Senior Recruitment Consultant", "Lighthouse Talent", "lighthousetalent.test")]
VENDOR_PREF = ["Greenhouse", "Lever", "Workday", "SmartRecruiters", "Ashby", "Workable", "iCIMS", "Jobvite",
               "BambooHR", "Teamtailor"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TZ_OFFSETS = [0, 60, -300, -240, -420, -480]
RE = "Re: "
WROTE = "On {date}, {owner} <{owner_email}> wrote:"
OUTLOOK = ("From:", "Sent:", "To:", "Subject:")
QUOTE = ("Hi {signer_first},\n\nThanks again for taking the time to speak with me last week. I really enjoyed\n"
         "learning more about the team, and I'm happy to provide anything else you need.\n\nBest,\n{first}")
LABELS = dict(phone="M:", careers="Careers", open_roles="Browse our open roles:",
              sent_by="This message was sent on behalf of {company} by {vendor}.", privacy="Privacy",
              unsubscribe="Unsubscribe", preferences="Email preferences",
              platform_jobs="See more jobs at {company}:")
ATS_DISPLAY = ["{company}", "{company} Recruiting", "{company} Talent Acquisition", "{company} Careers",
               "{company} Hiring Team"]


def phone(rng):
    return rng.choice(["+44 7700 9", "+1 (415) 555-0", "+1 312 555 0"]) + f"{rng.randrange(100, 999)}"


def fmt_date(d):
    return d.strftime("%a, %b %d, %Y")


REJ = [
    R("person", "Your application for {role}",
      "Hi {first},\n\nThank you for applying for the {role} position at {company}. We've now reviewed all "
      "applications and, unfortunately, we will not be moving forward with yours at this time.\n\n"
      "We appreciate the time you put into your application and wish you all the best in your search.\n\nKind regards,"),
    R("person", "{company} - update",
      "Hey {first},\n\nI'll keep this short because I know waiting is the worst part. The team met yesterday and "
      "we're going to go in a different direction for this one. It was close, and I wanted you to hear it from me "
      "rather than through a form letter.\n\nHonestly, your portfolio review was one of the better ones we saw. "
      "If you're open to it, I'd love to stay in touch.\n\nCheers,"),
    R("person", "Following up on your interviews",
      "Dear {first},\n\nThank you for meeting with the panel for the {role} role. After much deliberation, the "
      "team has chosen someone whose experience is closer to what we need right now, particularly around "
      "regulated environments.\n\nI know this isn't the news you were hoping for. Please don't hesitate to "
      "apply again in future - you made a strong impression.\n\nWarm regards,"),
    R("person", "{role} take-home",
      "Hi {first},\n\nThanks so much for completing the take-home exercise - we know it takes a real chunk of "
      "an evening. The reviewers appreciated the clear README and the tests.\n\nThat said, we've decided not "
      "to progress your candidacy to the onsite stage. The main gap was around the data modelling part of the "
      "task, which is central to this role.\n\nThanks again, and best of luck,"),
    R("person", "Quick note about the {role} opening",
      "Hi {first},\n\nI wanted to let you know that the {role} position has been put on hold due to a budget "
      "freeze, and as a result your application is closed. I'm sorry, I realise this is frustrating after "
      "two rounds.\n\nIf the role reopens I'll reach out personally, but I can't promise a timeline.\n\nBest,"),
    R("person", "Thank you from {company}",
      "Hello {first},\n\nFirst, thank you for your patience over the last few weeks - our hiring process took "
      "longer than usual because we were also reorganising the product group.\n\nWe also wanted to say how "
      "much we enjoyed the conversation about your work on warehouse routing; several people on the team "
      "are still talking about it.\n\nHaving said all that, we won't be taking things further with your "
      "application for the {role} role. We had a very strong pool and the final decision came down to "
      "very specific domain experience.\n\nAll the best,"),
    R("person", "Re: Application",
      "{first} -\n\nAppreciate you reaching out. We're not able to offer you a position on the team; we've "
      "filled the role internally.\n\nThanks,"),
    R("person", "{company} interview outcome",
      "Dear {first},\n\nI'm sorry to say that you haven't been successful on this occasion. The interviewers "
      "felt your answers in the system design session didn't go into the depth we need for a {role}.\n\n"
      "Feedback: strong communication, good instincts on trade-offs, less hands-on experience with "
      "large-scale streaming.\n\nMany thanks for your time,"),
    R("person", "Your candidacy",
      "Hi {first},\n\nWe really appreciated getting to know you. Unfortunately we have decided to pursue other "
      "applicants for this opening whose backgrounds more closely match the brief. This was not an easy "
      "call.\n\nWe'd be glad to keep your CV on file for 12 months, if that's alright with you.\n\nBest wishes,"),
    R("person", "{role} - decision",
      "Hi {first},\n\nThanks for interviewing with us for the {role} role. I'm afraid we're not in a position "
      "to make you an offer. We'd like to keep in touch though - if you'd be interested in a more junior "
      "opening on the platform team, let me know and I'll introduce you. Either way, the current application "
      "is closed.\n\nRegards,"),
    R("reply", "Thank you - {role} interview",
      "Hi {first},\n\nThank you for your kind note. I'm sorry to be writing with disappointing news: the hiring "
      "manager has decided to offer the role to another candidate.\n\nI genuinely hope our paths cross again.\n\n"
      "Best,"),
    R("reply", "Following up",
      "Hi {first},\n\nApologies for the slow reply. We've concluded the process and unfortunately we won't be "
      "progressing with your application. It really came down to the wire.\n\nAll the best,"),
    R("reply", "Checking in on next steps",
      "{first},\n\nThanks for checking in, and sorry for the silence. I've been chasing the team for a "
      "decision. The answer is a no this time, I'm afraid - they've gone with someone with more agency-side "
      "experience.\n\nHappy to give more detailed feedback on a call if useful.\n\nCheers,"),
    R("reply", "Next steps for {role}?",
      "Dear {first},\n\nThank you for following up. Regrettably, we will not be proceeding to the final stage "
      "with you for the {role} position. We were impressed with much of what we saw, but another candidate's "
      "profile was a better fit for the team's current priorities.\n\nKind regards,"),
    R("agency", "{company} feedback",
      "Hi {first},\n\nJust had a call with {company}. Sadly they've decided not to take you forward for the "
      "{role} role - they liked you a lot personally but want someone who has managed a larger team.\n\n"
      "Don't be disheartened, I've got two other clients I think you'd be great for. Free for a chat "
      "Thursday?\n\nSpeak soon,"),
    R("agency", "FW: Candidate update - {role}",
      "Hi {first},\n\nForwarding the feedback below from the client. Sorry it's not better news - give me a "
      "ring when you've had a chance to read it.\n\n---------- Forwarded message ---------\n"
      "From: {signer} <{signer_email}>\nDate: {date_prev}\nSubject: Candidate update - {role}\n\n"
      "Hi {agent_first},\n\nThanks for introducing {first}. After the second interview the team agreed that "
      "we won't be moving ahead. Strong fundamentals, but we need deeper experience with Kubernetes "
      "operators.\n\nThanks,\n{signer}\n{company}\n\nBest,"),
    R("agency", "Update from {company}",
      "Morning {first},\n\nI've heard back from the hiring manager at {company}. Unfortunately it's a no - "
      "the client has put the hire on hold for this quarter and they're not progressing any candidates, "
      "including you. I'll let you know if it reopens.\n\nThanks,"),
    R("agency", "Quick update",
      "{first}, hi - {company} came back to me this morning. They went with an internal candidate so "
      "they won't be progressing your application. Sorry mate. Let's catch up next week about the other roles.\n\nCheers,"),
    R("ats", "Your application to {company}",
      "Dear {first},\n\nThank you for your interest in {company} and for applying to the {role} role.\n\n"
      "After careful review, we have decided to move forward with other candidates whose qualifications "
      "more closely align with the requirements of the position.\n\nWe encourage you to apply for future "
      "openings that match your skills.\n\nSincerely,\nThe {company} Recruiting Team"),
    R("ats", "Update on your {company} application",
      "Hi {first},\n\nThanks again for applying for {role}. We've had an overwhelming number of applications "
      "and we've now closed this role. Unfortunately we aren't able to offer you an interview.\n\n"
      "Team {company}"),
    R("ats", "Regarding the {role} position",
      "Hello {first},\n\nWe wanted to let you know that the position you applied for has been filled. "
      "We're grateful for your interest and your application will not be considered further.\n\n"
      "Best regards,\n{company} Talent Acquisition"),
    R("ats", "{company} | {role}",
      "{first},\n\nThank you for the time you invested in our interview process. We regret to inform you "
      "that we will not be extending an offer.\n\nWe wish you every success.\n\n{company} People Team",
      html="only"),
    R("ats", "An update on your application",
      "Hi {first},\n\nWe appreciate your interest in joining {company}. After reviewing your experience, "
      "we've determined that it isn't the right match for the {role} opening at this time, so we'll be "
      "closing your application.\n\nThis isn't a reflection of your abilities - we receive many applications "
      "for every role.\n\nWarmly,\nThe Talent Team at {company}"),
    R("ats", "Thanks for applying to {company}!",
      "Hey {first}!\n\nThank you so much for wanting to join us. We read every application by hand, and we "
      "wish we could say yes more often. This time it's a no for the {role} position, but please don't "
      "let that stop you from applying again.\n\nWith gratitude,\nthe {company} crew", html=True),
    R("ats", "Your {company} assessment results",
      "Dear {first},\n\nThank you for completing the online assessment for the {role} role. Based on your "
      "results, we will not be progressing your application to the interview stage.\n\n"
      "Please note that you may reapply after six months.\n\nRegards,\n{company} Graduate Recruitment"),
    R("ats", "{role}: application status",
      "Application status: Not selected\n\nDear {first},\n\nYour application for {role} (Req #{ref}) at "
      "{company} has been reviewed. We are unable to consider you further for this requisition.\n\n"
      "You can view the status of all your applications in your candidate profile.\n\n{company} Careers",
      vendor="Workday"),
    R("ats_signed", "Your application at {company}",
      "Hi {first},\n\nThank you for applying and for speaking with our team. We carefully weighed your "
      "background against what the {role} role needs over the next year, and we've decided to pursue "
      "another candidate.\n\nWe're grateful for your time and wish you success.\n\nBest,"),
    R("ats_signed", "{company}: next steps",
      "Hello {first},\n\nThank you for interviewing with us. I'm sorry to let you know that we've chosen "
      "not to move your application forward. I wanted to write personally because you were a finalist.\n\n"
      "Best of luck with the search,"),
    R("ats_signed", "Application update",
      "Hi {first},\n\nThanks for your application to {company}. Unfortunately we've had to make some tough "
      "choices, and we won't be inviting you to interview for the {role} role.\n\nAll the best,"),
    R("ats_replyto", "Your interview with {company}",
      "Dear {first},\n\nThank you for interviewing for the {role} role. The hiring team has completed its "
      "evaluation and, regretfully, we will not be offering you the position.\n\nIf you would like feedback, "
      "simply reply to this email.\n\nKind regards,\n{company} Recruitment"),
    R("ats_replyto", "{company} application",
      "Hi {first},\n\nWe're writing to let you know that we've reached a decision on your application. "
      "Although your profile is impressive, we have concluded that we'll be proceeding with other "
      "candidates.\n\nThanks again,\nRecruiting at {company}"),
    R("platform", "Your application to {role} at {company}",
      "Your update from {company}\n\n{role}\n{company}\n\nHi {first},\n\nThank you for your interest in the "
      "{role} position at {company}. Unfortunately, {company} has decided not to move forward with your "
      "application.\n\nKeep applying - the right job is out there.", platform="LinkedIn"),
    R("platform", "An update on your Indeed application",
      "Hi {first},\n\n{company} reviewed your application for {role} and has decided to pursue other "
      "candidates.\n\nDon't give up! Here are some similar jobs you may be interested in.",
      platform="Indeed"),
    R("platform", "{company} has reviewed your application",
      "Application status: No longer under consideration\n\n{first}, {company} has moved on in its hiring "
      "process for {role}. Your application is no longer being considered.", platform="LinkedIn"),
    R("person", "Your application - {company}",
      "Dear {first},\n\nThanks for your interest. We've looked at your application carefully and I'm sorry to "
      "tell you it hasn't been shortlisted. We had more than 300 applicants for this post.\n\n"
      "Keep an eye on {careers} - new roles are posted weekly.\n\nRegards,"),
    R("person", "Interview feedback",
      "Hi {first},\n\nIt was a pleasure meeting you on {weekday}. I'm really sorry, but we've decided the "
      "{role} role isn't the right fit at this stage. Part of it is timing - we need someone who can lead "
      "the migration from day one.\n\nI'd be happy to share more detailed notes if helpful.\n\nThanks again,"),
    R("ats", "Your application",
      "Dear {first},\n\nThank you for applying to {company}.\n\nUnfortunately your application was not "
      "successful on this occasion.\n\n{company} Recruitment Team"),
]

LOOK = [
    L("received", "ats", "We received your application for {role}",
      "Hi {first},\n\nThanks for applying to {company}! This email confirms that we received your application "
      "for the {role} position. Our team reviews every application, and unfortunately we can't always "
      "respond individually within a week. If your profile matches, someone will be in touch.\n\n"
      "The {company} Recruiting Team"),
    L("interview", "person", "Interview invitation - {role}",
      "Hi {first},\n\nGreat news - the team would like to invite you to a first interview for the {role} "
      "position. Unfortunately {weekday} afternoon no longer works on our side, so could you pick a slot "
      "from the link below?\n\nhttps://cal.{domain}/book/{ref}\n\nThanks,"),
    L("assessment", "ats", "Next step: online assessment",
      "Dear {first},\n\nWe're pleased to let you know that your application for {role} has progressed. The "
      "next step is a 45-minute online assessment. Candidates who don't complete it within 5 days will "
      "unfortunately be withdrawn automatically, so please schedule it soon.\n\n{company} Talent Acquisition"),
    L("offer", "person", "Offer - {role}",
      "Hi {first},\n\nI'm delighted to tell you that we've decided to offer you the {role} position at "
      "{company}! The formal letter is attached separately. We decided against the other finalists because "
      "your take-home was outstanding.\n\nCongratulations,"),
    L("next_steps", "reply", "Next steps",
      "Hi {first},\n\nThanks for your patience. The panel has decided to move you forward to the final round. "
      "Unfortunately the CTO is travelling so it'll be the week after next.\n\nBest,"),
    L("job_alert", "platform", "New jobs matching 'data engineer'",
      "{first}, 12 new jobs match your alert\n\n{role} - {company} - Remote\nSenior Data Platform "
      "Engineer - Harrowgate Logistics - Leeds\nAnalytics Engineer - Greyfield Analytics - Hybrid\n\n"
      "Application deadlines may apply. Unfortunately some listings close early.", platform="LinkedIn"),
    L("outreach", "person", "{role} opportunity at {company}",
      "Hi {first},\n\nI came across your profile and thought you might be a good fit for a {role} position "
      "we're hiring for. I know you may not be actively looking; if the timing is wrong, no worries at all.\n\n"
      "Would you be up for a 20-minute call?\n\nBest,"),
    L("paper", "raw", "[ICSE-SEIP] Decision on submission #{ref}",
      "Dear {owner},\n\nWe regret to inform you that your paper \"Incremental Lineage Tracking for "
      "Streaming Pipelines\" was not accepted to the ICSE-SEIP track this year. We received 212 submissions "
      "and could accept only 41.\n\nThe reviews are included below.\n\nBest regards,\nThe Program Committee Chairs",
      sender="ICSE-SEIP Chairs <chairs@conf-submissions.example>"),
    L("grant", "raw", "Outcome of your funding application",
      "Dear {first},\n\nThank you for applying to the Community Innovation Fund. Unfortunately your proposal "
      "has not been selected for funding in this round. The panel decided to prioritise projects with a "
      "stronger local partnership element.\n\nYou are welcome to reapply in the spring round.\n\nThe Fund Team",
      sender="Community Innovation Fund <grants@civicfund.example>"),
    L("loan", "raw", "Your loan application",
      "Dear {owner},\n\nWe have reviewed your personal loan application (ref {ref}). Unfortunately, we are "
      "unable to approve your application at this time based on the information provided.\n\nYou have the "
      "right to request the credit reference agency used.\n\nOakhurst Mutual Lending",
      sender="Oakhurst Mutual <lending-noreply@oakhurstmutual.example>"),
    L("flat", "raw", "Re: viewing at 14 Carrow Street",
      "Hi {first},\n\nThanks for coming to the viewing. Unfortunately the landlord has decided to go with "
      "another applicant for the flat. Let me know if you'd like to see the one on Dunmore Road.\n\n"
      "Ellie\nParkside Lettings", sender="Ellie Marsh <ellie@parksidelettings.example>"),
    L("order", "raw", "Your order #{ref} could not be processed",
      "Hello {first},\n\nUnfortunately your order could not be completed because the payment was declined. "
      "No money has been taken. You can update your payment details and try again.\n\nCinderline Store",
      sender="Cinderline Store <orders@store.cinderline.test>"),
    L("visa", "raw", "Visa application decision",
      "Dear Applicant,\n\nWe regret to inform you that your application for a visitor visa has been refused. "
      "The reasons for this decision are set out in the attached letter. You may submit a new "
      "application.\n\nVisa Processing Centre",
      sender="Visa Processing Centre <no-reply@visa-centre.test>"),
    L("tickets", "raw", "Ballot result: Summer Sounds Festival",
      "Hi {first},\n\nThank you for entering the ticket ballot. Unfortunately your application was not "
      "successful this time - demand was more than ten times capacity.\n\nResale opens in May.\n\nSummer Sounds",
      sender="Summer Sounds <ballot@summersounds.example>", footer=True),
    L("friend", "raw", "ugh, poor Kit",
      "Hey {first},\n\nKit heard back from that design agency - they rejected her after the final round. "
      "She's pretty gutted. They said they'd decided to go with someone more senior. Maybe we take her out "
      "Friday?\n\nx Jo", sender="Jo Abernathy <jo.abernathy@fastpost.test>"),
    L("withdrawal", "raw", "Withdrawing my application - {role}",
      "Hi {signer_first},\n\nThank you so much for the time you and the team have invested in me. I've "
      "decided to withdraw my application for the {role} role, as I've accepted another offer. "
      "Unfortunately the timing just didn't work out.\n\nAll the best,\n{first}",
      sender="x <x@x.example>", from_owner=True),
    L("manager", "raw", "Re: SRE loop - Jordan Blake",
      "Hi {first},\n\nThanks for your interview notes on Jordan Blake. We've decided not to proceed with him - "
      "the consensus was that he isn't ready for on-call leadership. I've asked Luis to send the rejection "
      "email today. Good call flagging the incident-review answers.\n\nNaomi",
      sender="Naomi Whitcombe <naomi.whitcombe@pelicanridge.test>"),
    L("received", "ats_signed", "Thanks for applying, {first}",
      "Hi {first},\n\nThanks for applying to the {role} role at {company}. We review applications on a "
      "rolling basis and aim to get back to every candidate within two weeks, whatever the decision.\n\n"
      "Best,"),
    L("interview", "ats_replyto", "Please schedule your interview",
      "Hi {first},\n\nThe {company} team would like to invite you to a technical interview for {role}. "
      "Please choose a time using the scheduling link. If none of the times work, reply to this email.\n\n"
      "Recruiting at {company}"),
    L("friend", "raw", "Re: referral",
      "Hi {first},\n\nI passed your friend Amal's CV to our hiring team as promised, but unfortunately they "
      "told me they aren't moving forward with her application - they want someone with more Rust. "
      "Sorry! Can you let her know gently?\n\nCheers,\nBen",
      sender="Ben Chu <ben.chu@tessellate-ai.test>"),
    L("reference", "raw", "Reference request for Sam Oyelaran",
      "Dear {first},\n\nSam Oyelaran has applied for the position of Operations Lead at Sundial Freight Co. "
      "and named you as a referee. Could you complete the short form below by Friday?\n\nThank you,\n"
      "HR Team", sender="Sundial HR <hr@sundialfreight.example>"),
    L("status", "ats", "Your application is under review",
      "Hi {first},\n\nJust a quick update: your application for {role} is still under review. We haven't "
      "made a decision yet and we appreciate your patience - we know waiting is hard.\n\n{company} Careers"),
    L("talent_pool", "ats", "Join the {company} talent community",
      "Hi {first},\n\nThanks for signing up to our talent community. We'll send you roles that match your "
      "interests. You can update your preferences or leave the community at any time.\n\n{company} Talent Team"),
    L("unsolicited", "raw", "Tender 2024/17 - outcome",
      "Dear {first},\n\nThank you for your organisation's bid for Tender 2024/17 (website redesign). We regret "
      "that your bid was unsuccessful. The contract has been awarded to another supplier.\n\n"
      "Procurement Office", sender="Procurement <procurement@council.example>"),
    L("scholarship", "raw", "Scholarship application",
      "Dear {first},\n\nThe committee has reviewed all applications for the Harlow Scholarship. We are sorry "
      "to say that your application was not selected this year.\n\nWith best wishes,\nScholarships Office",
      sender="Scholarships Office <awards@university.example>"),
    L("offer", "ats_signed", "Your offer from {company}",
      "Hi {first},\n\nCongratulations! We're thrilled to offer you the {role} role. Please review the offer "
      "letter in your candidate portal; it expires in 5 business days.\n\nWelcome aboard,"),
    L("volunteer", "raw", "Volunteer application - Riverside Food Bank",
      "Hi {first},\n\nThanks for applying to volunteer! Unfortunately our Saturday shifts are full, but we'd "
      "love to have you on Wednesday evenings. Let us know!\n\nDana, Volunteer Coordinator",
      sender="Riverside Food Bank <volunteer@riversidefood.example>"),
]

ORD = [
    O("newsletter", "raw", "The Friday Digest: hiring slows, remote stays",
      "This week: why companies are taking longer to fill each position, a candidate's guide to salary "
      "bands, and a look at who decided to go back to the office.\n\nUnfortunately, our podcast is on "
      "break until March.\n\nRead online: https://digest.workweekly.example/issues/212",
      sender="Work Weekly <digest@workweekly.example>", footer=True),
    O("mailing_list", "raw", "Re: [pydata-london] position of the meetup slides?",
      "> Does anyone know where the slides went?\n\nUnfortunately the organisers decided to move them to the "
      "wiki. The application form for speakers is there too.\n\n-- \nFelix",
      sender="Felix Adeyemi <felix@listmail.example>"),
    O("receipt", "raw", "Your receipt from Brewhouse Coffee",
      "Thanks for your order!\n\nFlat white x2   £6.40\nAlmond croissant   £3.10\nTotal   £9.50\n\n"
      "Unfortunately we couldn't apply your loyalty stamp today - the app was down.",
      sender="Brewhouse Coffee <receipts@brewhouse.example>"),
    O("shipping", "raw", "Your parcel is on its way",
      "Hi {first},\n\nGood news: your parcel has left our depot. Unfortunately delivery may be delayed by a "
      "day due to weather.\n\nTrack it: https://track.parcelfox.example/PF{ref}",
      sender="ParcelFox <noreply@parcelfox.example>", footer=True),
    O("personal", "raw", "dinner sunday?",
      "Hi love,\n\nMum's decided she wants to do Sunday dinner at hers. Unfortunately Dad's knee is playing up "
      "so we'll have to pick them up. Can you bring the apple crumble?\n\nxx", sender="Hannah <hannah.o@fastpost.test>"),
    O("calendar", "raw", "Invitation: Q3 planning @ Thu 14:00",
      "You have been invited to: Q3 planning\nWhen: Thursday 14:00-15:00\nWhere: Room 4B\n\nAgenda: "
      "headcount for the open positions, candidate pipeline review, decide on offsite.\n\nAccept | Decline | Maybe",
      sender="Calendar <calendar-notification@workspace.example>"),
    O("spam", "raw", "Congratulations!! You have been selected",
      "Dear candidate,\n\nYou have been SELECTED for a work-from-home position earning $5000 a week! No "
      "experience needed. Reply with your bank details to confirm your application.\n\nHR Department",
      sender="HR Dept <hr-dept@quickcash.test>"),
    O("password", "raw", "Reset your password",
      "Hi {first},\n\nWe received a request to reset your password. If this wasn't you, you can ignore this "
      "email. Unfortunately we can't reset passwords over the phone.\n\nhttps://account.notedeck.example/reset/{ref}",
      sender="Notedeck <security@notedeck.example>"),
    O("github", "raw", "Re: [nextsteps/parser] Position of error markers is off by one (#{ref})",
      "@mlindqvist unfortunately this is still reproducible on main. I've decided to rewrite the offset "
      "calculation rather than patch it.\n\n-- \nReply to this email directly or view it on GitHub:\n"
      "https://github.com/nextsteps/parser/issues/{ref}",
      sender="kpatel <notifications@github.com>"),
    O("school", "raw", "Year 5 trip - payment reminder",
      "Dear Parents,\n\nUnfortunately we still have not received payment for the Year 5 trip. Please pay "
      "via the parent portal by Friday so your child's position on the coach is confirmed.\n\nMrs Patel",
      sender="Greenway Primary <office@greenwayprimary.example>"),
    O("club", "raw", "Team selection for Saturday",
      "Hi all,\n\nThe coaches have decided the team for Saturday. Unfortunately we're short of a goalkeeper, "
      "so if anyone can fill that position please shout.\n\nRob", sender="Rob <rob@hartfordfc.example>"),
    O("newsletter", "raw", "Your weekly reading list",
      "Five essays on work and luck: why the best candidate doesn't always win, the psychology of "
      "rejection letters, and what we decided to read next.\n\nhttps://longreads.example/list/44",
      sender="Longreads <hello@longreads.example>", footer=True, html=True),
    O("bank", "raw", "Your statement is ready",
      "Hi {first}, your May statement is ready to view. Unfortunately paper statements are no longer "
      "available for this account type.", sender="Oakhurst Mutual <statements@oakhurstmutual.example>"),
    O("it", "raw", "Scheduled maintenance tonight",
      "Hi team,\n\nThe expense application will be unavailable tonight from 22:00. Unfortunately this "
      "couldn't be moved. We've decided to also patch the VPN.\n\nIT Service Desk",
      sender="IT Service Desk <servicedesk@quillfeather.test>"),
    O("personal", "raw", "photos from the wedding",
      "Here they are! Unfortunately the ones from the church came out blurry. Gran has decided she "
      "loves the one where she's blinking.\n\nLove, Aunt Sue", sender="Sue Whitlow <sue.whitlow@oldmail.example>"),
    O("mailing_list", "raw", "[neighbourhood] planning application for 22 Elm Road",
      "Hi neighbours,\n\nThe council has decided to consider the planning application for the extension at "
      "22 Elm Road next month. Unfortunately comments close on the 12th.\n\nPat",
      sender="Pat Lowry <pat@elmroad-residents.example>"),
    O("receipt", "raw", "Payment confirmation - gym membership",
      "Thank you, {first}. We received your payment of £34.00. Unfortunately the sauna will be closed for "
      "repairs next week.", sender="FitHub <billing@fithub.example>"),
    O("github", "raw", "[pelican-ridge/api] PR #{ref}: reject invalid candidate tokens",
      "kchen requested your review on this pull request.\n\nThis change makes the auth application reject "
      "candidate tokens whose position in the chain is invalid. Unfortunately it touches the session code.\n\n"
      "https://github.com/pelican-ridge/api/pull/{ref}", sender="Kai Chen <notifications@github.com>"),
    O("calendar", "raw", "Updated invitation: 1:1 {first} / Naomi",
      "This event has been changed.\n\nWhen: {weekday} 10:30-11:00\nNote: unfortunately I have a clash, moved "
      "30 min later. Agenda: your promotion application.",
      sender="Naomi Whitcombe <calendar@workspace.example>"),
    O("shipping", "raw", "Delivery attempted",
      "We tried to deliver your parcel today but unfortunately nobody was home. We've left it with a "
      "neighbour at number 16.", sender="Swift Couriers <no-reply@swiftcouriers.example>"),
    O("spam", "raw", "Final notice: your position in the prize draw",
      "Your position in our prize draw expires today. Unfortunately unclaimed prizes are forfeited. Click "
      "here to claim.", sender="Prize Centre <winner@prizecentre.test>"),
    O("school", "raw", "Parents' evening",
      "Dear {first},\n\nParents' evening is on Tuesday. Unfortunately Mr Evans is unwell, so maths "
      "appointments will be rescheduled. We have decided to offer video calls too.",
      sender="St Anne's School <admin@stannes.example>"),
    O("personal", "raw", "Re: moving help",
      "Unfortunately I can't do Saturday morning, but I can come after 2. I've decided the sofa is not "
      "coming with me, so you can have it if you want.\n\nRaj", sender="Raj Iyer <raj.iyer@inboxly.test>"),
    O("newsletter", "raw", "Board game club: March schedule",
      "We decided to move to the library basement. Unfortunately the café closed. Candidate games for the "
      "month: Brass, Cascadia, Spirit Island. Vote on the position of Azul in the rotation!",
      sender="Meeple Night <club@meeplenight.example>", footer=True),
    O("password", "raw", "New sign-in to your account",
      "We noticed a new sign-in from Chrome on Windows. If this was you, no action is needed. If not, "
      "unfortunately your password may be compromised - please change it.",
      sender="Inboxly Security <no-reply@inboxly.test>"),
    O("receipt", "raw", "Refund processed",
      "Your refund of £22.99 for order {ref} has been processed. Unfortunately shipping costs are not "
      "refundable.", sender="Marrow & Finch Shop <shop@marrowfinch.example>"),
    O("club", "raw", "Choir: soprano position",
      "Hello singers,\n\nWe've decided to audition for a new soprano position at the front. Unfortunately "
      "rehearsal on the 3rd is cancelled. Application forms at the door.\n\nMargaret",
      sender="Margaret <choir@stmarysingers.example>"),
]
