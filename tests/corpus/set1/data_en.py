"""Hand-written English material for corpus set 1.  DEV and HELDOUT share nothing."""

OWNERS = {
    "dev": [("Sam Rivera", "sam@example.net"), ("Priya Natarajan", "priya.natarajan@mailbox.example"),
            ("Jordan Okafor", "jokafor@inbox.test"), ("Tomás Herrera", "tomas.herrera@example.net")],
    "heldout": [("Megan Lindqvist", "megan.l@example.org"), ("Aisha Bello", "aisha.bello@post.example"),
                ("Dmitri Volkov", "dvolkov@homemail.test"), ("Chloé Martin-Reyes", "chloe.mr@example.com")],
}

_FOOT_DEV = {"powered": "Powered by $vendor", "privacy": "Privacy Policy", "unsub": "Unsubscribe",
             "view": "View this email in your browser"}
_FOOT_HO = {"powered": "Sent with $vendor", "privacy": "How we handle your data",
            "unsub": "Manage email preferences", "view": "Trouble reading? Open online"}

# =========================================================================== DEV
DEV = {
    "companies": [
        ("Brightwater Analytics", "brightwater.example"),
        ("Halvorsen Marine Systems", "halvorsen-marine.example", "https://jobs.halvorsen-marine.example/"),
        ("Quillfeather Publishing", "quillfeather.example", "https://quillfeather.example/join-us"),
        ("Corvid Labs", "corvidlabs.example", "https://boards.greenhouse.io/corvidlabs"),
        ("Tamarind Health", "tamarindhealth.example", "https://jobs.lever.co/tamarindhealth"),
        ("Saltmarsh Energy Ltd", "saltmarsh-energy.example"),
        ("Pell & Harrow", "pellharrow.example", "https://pellharrow.example/careers/open-roles"),
        ("Kestrel Freight", "kestrelfreight.example"),
        ("Ironleaf Games", "ironleaf.example", "https://ironleaf.example/jobs"),
        ("Meadowlark Insurance", "meadowlark-ins.example"),
        ("Vantablue Software Inc.", "vantablue.example", "https://careers.vantablue.example/"),
        ("Orchard Street Bank", "orchardstreet.example"),
        ("Lumenforge", "lumenforge.example", "https://lumenforge.example/company/careers"),
        ("Copperline Robotics", "copperline.example"),
        ("Bramble & Finch", "brambleandfinch.example", "https://brambleandfinch.example/work-with-us"),
        ("Redfern Biosciences", "redfernbio.example"),
    ],
    "roles": ["Senior Data Engineer", "Product Designer", "Backend Developer (Python)", "Customer Success Manager",
              "Marketing Coordinator", "Site Reliability Engineer", "Financial Analyst", "UX Researcher",
              "Technical Writer", "Operations Manager", "QA Automation Engineer", "Junior Account Executive"],
    "people": [("Dana", "Whitfield"), ("Marcus", "Oyelaran"), ("Helen", "Cartwright"), ("Ravi", "Desai"),
               ("Sofia", "Lindgren"), ("Owen", "Prescott"), ("Keiko", "Tanabe"), ("Bethany", "Moore"),
               ("Luis", "Carvalho"), ("Niamh", "Gallagher"), ("Grant", "Ellison"), ("Fatima", "Rahman")],
    "titles": ["Talent Acquisition Partner", "Senior Recruiter", "Technical Recruiter", "Head of People",
               "Recruiting Coordinator", "Hiring Manager, Engineering", "HR Generalist"],
    "phones": ["+1 (415) 555-{n}", "+44 20 7946 {n}", "(312) 555-{n}", "+1 646 555 {n}"],
    "phone_line": ["Tel: $phone", "M: $phone", "$phone", "Direct: $phone"],
    "careers_line": ["Careers: $careers", "We're hiring: $careers", "See our open roles: $careers", "$careers"],
    "team_sign": ["The $co Talent Team", "$co Recruiting", "The Hiring Team at $co", "$co People Team"],
    "noreply_names": ["$co Careers", "$co Recruitment", "$co Jobs"],
    "ats": ["greenhouse", "lever", "workday", "teamtailor"],
    "footer": _FOOT_DEV,
    "days": ["Monday", "Tuesday", "Wednesday", "Thursday"],
    "parts": {
        "subj": ["Your application to $co", "$role - application update", "Update on your application for $role",
                 "$co: $role", "Regarding your application", "Your $co application"],
        "greet": ["Dear $o,", "Hi $o,", "Hello $o,", "Dear $O,", "$o,"],
        "open": [
            "Thank you for your interest in the $role position at $co.",
            "Thanks for applying for the $role role with us at $co and for the time you put into your application.",
            "We appreciate you taking the time to apply for our $role opening.",
            ("Thank you for taking the time to interview with our team for the $role position last week.",
             "post-interview-rejection"),
            ("It was a pleasure speaking with you about the $role role at $co, and thank you for meeting the panel.",
             "post-interview-rejection"),
            "We have now reviewed all applications for the $role vacancy.",
        ],
        "decide": [
            ("After careful consideration, we have decided to move forward with other candidates whose experience "
             "more closely matches our needs.", "soft-rejection"),
            ("Unfortunately, we will not be progressing your application any further.", "blunt-rejection"),
            ("We regret to inform you that the position has been filled.", "position-filled"),
            ("While your background is impressive, we have decided not to proceed with your application at this time.",
             "soft-rejection"),
            ("Your application was not successful on this occasion.", "blunt-rejection"),
            ("We've decided to pursue other applicants whose experience more closely matches the requirements of "
             "the role.", "soft-rejection"),
            ("Due to a company-wide hiring freeze, this role has been closed and we are unable to continue with your "
             "application.", "hiring-freeze"),
            ("After reviewing your profile, we don't feel it is a match at this time.", "soft-rejection"),
        ],
        "soft": [
            "We will keep your CV on file and may reach out if a suitable opening comes up.",
            "This was a difficult decision given the number of strong applicants.",
            "We encourage you to keep an eye on future openings that match your skills.",
            "Please don't take this as a reflection of your abilities; we received a very high number of applications.",
            "We know this isn't the news you were hoping for.",
        ],
        "close": ["We wish you every success in your job search.\n\nBest regards,",
                  "Thanks again for your interest in $co.\n\nKind regards,", "All the best for the future,",
                  "Sincerely,"],
    },
    "rej": [
        {"kind": "buried-long", "mode": "person", "subj": "Following up - $role", "body": """Hi $o,

Thanks so much for coming in on $day. I hope the trip back was painless - I know the trains were a mess that afternoon
because of the works near the station, and a couple of other visitors got stuck as well.

A few housekeeping points first. Your travel expenses have been approved; finance will transfer the amount within ten
working days to the account you gave us. If you kept a receipt for the taxi, please send it over and I'll add it to the
claim. The team also asked me to pass on their thanks for the thoughtful questions you asked during the system design
session - Keiko in particular said it was one of the better discussions she'd had all quarter.

I also promised to send you the link to the engineering blog post we talked about over lunch; it's the one about how
we moved our batch jobs onto the new scheduler. You'll find it on our website under "Engineering".

Now to the decision itself. We met as a panel yesterday and compared all of the finalists for the $role role. It was
close, but we have decided to offer the position to another candidate whose background in our specific domain was a
little stronger. I'm sorry this isn't better news.

I'd genuinely like to stay in touch, and if you're open to it I'd be happy to give you some feedback over a short call.

Best,
$sig
"""},
        {"kind": "thread-reply-rejection", "mode": "person", "thread": True, "subj": "Re: Checking in on my application",
         "nowrap": True, "body": """Hi $o,

Thanks for your patience and for following up. I'm sorry for the slow reply. The hiring manager has finished
reviewing the shortlist, and unfortunately we won't be moving ahead with your application for the $role role.
We'll keep your details on file.

Best wishes,
$sig

On $qdate, $O <$oe> wrote:
> Hi $cf,
>
> I hope you're well. I applied for the $role position three weeks ago and
> wanted to check whether there is any update on the timeline.
>
> Many thanks,
> $o
"""},
        {"kind": "ats-html-only", "mode": "ats", "vendor": "greenhouse", "fmt": "html", "careers": False,
         "subj": "Your application to $co", "body": "",
         "html": """<p>Hi $o,</p>
<p>Thank you for applying to the <b>$role</b> role at $co. Our team reviewed your application carefully.</p>
<p>Unfortunately, we have decided to move&nbsp;forward with other candidates at this time.</p>
<p>We'd love for you to stay connected &ndash; <a href="$careers">browse our open positions</a> and apply again whenever something fits.</p>
<p>Best,<br>The $co Recruiting Team</p>"""},
        {"kind": "platform-relay", "mode": "platform", "fmt": "alt", "careers": False,
         "from": ("LinkedIn", "jobs-noreply@linkedin.com"),
         "subj": "Your application to $role at $co", "body": """Your update from $co

$o, thank you for your interest in the $role position at $co.

Unfortunately, $co has decided not to move forward with your application. This update was shared with you by the
employer through LinkedIn.

Keep going - here are more jobs that match your preferences:
https://www.linkedin.com/jobs/collections/recommended/?trk=eml-jymbii

This email was intended for $O. Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub&t=jobs_applicant
"""},
        {"kind": "ats-signed", "mode": "ats-signed", "vendor": "workday", "subj": "$co - Application Status Update",
         "body": """Dear $O,

Thank you for your application for Job Requisition R-$ref, $role.

We have completed our review and regret to advise that you have not been selected to continue in the recruitment
process for this role.

Please note this mailbox is not monitored. You are welcome to create job alerts in our candidate home.

Regards,
$sig
"""},
        {"kind": "forward", "mode": "person", "subj": "Fwd: Your application for $role", "nowrap": True, "careers": False,
         "body": """Hi $o, resending the note below in case it went to spam - I noticed it bounced from our old
system. Sorry for the duplicate if you already had it.

$cf

---------- Forwarded message ---------
From: $cn <$ce>
Date: $qdate
Subject: Your application for $role
To: <$oe>

Dear $o,

Thank you for your application for the $role position. We have now completed our
shortlisting and I'm sorry to let you know that we won't be inviting you to interview.

Kind regards,
$cn
$ct
$co
"""},
        {"kind": "agency-relay", "mode": "agency", "careers": False, "subj": "Feedback from $co",
         "ctx": {"ce": "$cfs.recruits@talentbridge-partners.example"}, "body": """Hi $o,

I've just heard back from the client on the $role role at $co. I'm afraid they've decided not to take your
application forward - they went with someone who has more direct experience with their accounting stack.

They did say your CV was very well presented. I have two other briefs that could suit you, so let's catch up
later this week.

Cheers,
$cn
Senior Consultant, TalentBridge Partners (recruiting on behalf of $co)
"""},
        {"kind": "blunt-short", "mode": "person", "careers": False, "subj": "$role", "body": """$o - we've filled the $role role with an internal candidate. Thanks for applying. $cf, $co
"""},
        {"kind": "ats-noreply", "mode": "ats", "vendor": "lever", "fmt": "plain", "subj": "Thank you from $co",
         "body": """Hi $o,

Thank you for your interest in $co and for applying to the $role position.

After reviewing your application, we've decided not to move forward at this time. We genuinely
appreciate the time you spent, and we'll keep your application on file in case a future role looks
like a better fit.

$sig

--
Sent via Lever - https://lever.co
Unsubscribe from these emails: https://hire.lever.co/email/unsubscribe/$ref
"""},
        {"kind": "soft-rejection", "mode": "person", "subj": "Thank you for your application", "careers": True,
         "body": """Dear $o,

Many thanks for getting in touch with $co and for sending us your CV.

We've now had the chance to look at it in detail. Although your experience is impressive, we don't
think there's a suitable opening for you with us at the moment, so we won't be taking things further.

We wish you the very best of luck.

Yours sincerely,
$sig
"""},
        {"kind": "hiring-freeze", "mode": "person", "subj": "Update regarding the $role vacancy", "body": """Dear $o,

I am writing to let you know about a change affecting the $role vacancy you applied for.

Following our latest quarterly planning, $co has paused all external hiring for the remainder of the financial year. As a result, this vacancy has been withdrawn, and we will not be continuing with your application or any of the other candidacies in process.

I'm sorry to bring this news after you had already completed the first interview. If the role is reopened in the new year you would be very welcome to apply again.

With kind regards,
$sig
"""},
        {"kind": "ats-noreply", "mode": "ats", "vendor": "teamtailor", "fmt": "alt", "subj": "Re: $role at $co",
         "body": """Hello $o!

Thanks for your application to $co.

We've read through it and it's not a match at this time. We had many qualified applicants and had to make tough choices.

We hope you'll apply for other positions that suit you later on.

$sig
"""},
    ],
    "non": [
        {"kind": "application-received", "mode": "ats", "vendor": "greenhouse", "company_label": True,
         "subj": "Thank you for applying to $co", "body": """Hi $o,

Thanks for your interest in $co! We have received your application for the $role position.

Our hiring team will review your application, and if your qualifications match our needs we will contact you
to discuss next steps. Unfortunately, due to the high volume of applications, we aren't able to respond to every
applicant individually about the status of their application.

$sig
"""},
        {"kind": "interview-invite", "mode": "person", "company_label": True, "subj": "Interview invitation - $role",
         "attach": [("interview.ics", "text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//nextround corpus//EN\r\nBEGIN:VEVENT\r\nUID:$ref@corpus.test\r\nDTSTAMP:20260301T090000Z\r\nDTSTART:20260310T140000Z\r\nDTEND:20260310T150000Z\r\nSUMMARY:Interview: $role\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")],
         "body": """Hi $o,

Thank you for applying for the $role position. We were impressed with your background and would like to invite you
to a 60-minute video interview with the team on $day at $time.

I've attached a calendar invitation. If that time doesn't work, let me know and we'll find another slot.

Looking forward to speaking with you,
$sig
"""},
        {"kind": "assessment-invite", "mode": "ats", "vendor": "lever", "company_label": True,
         "subj": "Next step: take-home exercise for $role", "body": """Hi $o,

Good news - the team would like you to complete a short take-home exercise as the next step in the process
for $role.

You'll find the brief here: https://assess.$cod/exercise/$ref

Unfortunately we can't extend the deadline beyond 7 days, so please plan accordingly. Reply if you have any
questions.

$sig
"""},
        {"kind": "offer", "mode": "person", "company_label": True, "subj": "Offer of employment - $role",
         "attach": [("offer-letter.pdf", "application/pdf", "%PDF-1.4\n% placeholder offer letter for corpus\n%%EOF\n")],
         "body": """Dear $o,

I'm delighted to offer you the position of $role at $co! Please find the formal offer letter attached.

The offer includes the salary we discussed, 25 days of holiday and a start date of the first Monday of next month.
Please let me know your decision by Friday. We really hope you'll join us.

Warm regards,
$sig
"""},
        {"kind": "next-steps", "mode": "person", "company_label": True, "subj": "Re: $role - next steps",
         "body": """Hi $o,

Thanks for the great conversation yesterday. We'd like to move forward with your application and set up the
final round with our VP of Engineering. Could you share your availability for next week?

We are still speaking with other candidates, so I'll aim to keep things moving quickly.

Best,
$sig
"""},
        {"kind": "job-alert", "mode": "platform", "fmt": "alt", "from": ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
         "subj": "\"$role\": 6 new jobs in your area", "body": """Your job alert for $role

$role - $co - Remote - Apply now
Senior $role - Glenmoor Systems - Hybrid - Easy Apply
$role II - Ashcombe Partners - On-site - Apply now
Lead $role - Wrenfield Digital - Remote - Actively recruiting

See all jobs: https://www.linkedin.com/jobs/search/?keywords=alert
You're receiving job alert emails. Unsubscribe: https://www.linkedin.com/e/v2?e=unsub&a=jobalert
"""},
        {"kind": "recruiter-outreach", "mode": "person", "company_label": True, "subj": "Quick question, $o",
         "body": """Hi $o,

I came across your profile and was impressed by your experience. We're growing the team at $co and I think you could
be a great fit for our $role opening. Are you open to new opportunities at the moment?

If so, I'd love to set up a 15 minute chat.

$sig
"""},
        {"kind": "newsletter", "mode": "noreply", "company_label": True, "fmt": "alt", "subj": "Inside $co - November edition",
         "body": """Hello $o,

Welcome to this month's edition of Inside $co.

In this issue: our new office opening, a look back at the summer hackathon, and the winners of the community grant.
We're hiring across engineering and operations - check out the open positions on our careers site.

Unfortunately the December meetup has been moved online; registration details will follow.

You are receiving this email because you signed up for updates from $co.
"""},
        {"kind": "paper-rejection", "mode": "other", "from": ("Journal of Applied Tessellation", "editorial@jat-journal.example"),
         "subj": "Decision on manuscript JAT-2026-0$ref", "body": """Dear Dr. $O,

Thank you for submitting your manuscript "Adaptive tiling heuristics for irregular meshes" to the Journal of
Applied Tessellation.

We regret to inform you that after careful consideration by the reviewers, your manuscript has not been accepted
for publication. The reviewers' comments are included below, and we hope you will find them useful.

Reviewer 1: The contribution is interesting but the evaluation is limited to a single data set.
Reviewer 2: The related-work section misses several recent results.

We appreciate your interest in the journal and wish you success in publishing this work elsewhere.

Sincerely,
Prof. Adaeze Mbeki
Handling Editor
"""},
        {"kind": "talk-rejection", "mode": "other", "from": ("PyHarbour 2026 Program Committee", "cfp@pyharbour.test"),
         "subj": "PyHarbour 2026: your proposal", "body": """Hi $o,

Thank you for submitting "Testing the untestable: property-based tests for data pipelines" to PyHarbour 2026.

We received over 600 proposals for 70 slots. Unfortunately, we were unable to accept your talk this year. This was a
very difficult decision and is not a judgement on the quality of your proposal.

We would love to see you at the conference anyway - speakers who submitted get a 20% discount code: CFP26.

The PyHarbour Program Committee
"""},
        {"kind": "loan-rejection", "mode": "other", "from": ("Thistle Bank", "no-reply@thistlebank.example"),
         "subj": "Your personal loan application", "body": """Dear $O,

Thank you for applying for a personal loan with Thistle Bank.

We're sorry to tell you that on this occasion we are unable to approve your application. Our decision is based on
the information you provided and on data from credit reference agencies.

You have the right to ask which agency we used. Application reference: PL-$ref.

Thistle Bank Lending Team
"""},
        {"kind": "flat-rejection", "mode": "other", "from": ("Harbourside Lettings", "lettings@harbourside-lettings.example"),
         "subj": "Flat 4, 12 Elm Row - your application", "body": """Hi $o,

Thanks for viewing Flat 4 at 12 Elm Row and for submitting the application form.

Unfortunately the landlord has decided to go ahead with another applicant for this property. We will keep your
details and let you know about similar flats in the area.

Regards,
Harbourside Lettings
"""},
        {"kind": "order-cancelled", "mode": "other", "from": ("Pinecrest Outdoor", "orders@pinecrest-outdoor.example"),
         "subj": "Your order #$ref has been cancelled", "body": """Hi $o,

We're sorry - unfortunately your order #$ref (1 x Trailhead 40L backpack) could not be fulfilled because the item
is out of stock. Your payment has been refunded in full.

Pinecrest Outdoor customer service
"""},
        {"kind": "withdrawal", "mode": "owner", "company_label": True, "subj": "Withdrawing my application - $role",
         "body": """Dear $cf,

Thank you very much for the time you and the team have spent on my application for the $role position.

I have recently accepted another offer, so I would like to withdraw my application from your process. I really
enjoyed learning about $co and hope our paths cross again.

Best regards,
$O
"""},
        {"kind": "withdrawal-ack", "mode": "person", "company_label": True, "subj": "Re: Withdrawing my application - $role",
         "thread": True, "nowrap": True, "body": """Hi $o,

Thanks for letting us know, and congratulations on the new role! I've withdrawn your application for $role
as requested, so you won't receive any further emails about it.

All the best,
$sig

On $qdate, $O <$oe> wrote:
> I have recently accepted another offer, so I would like to withdraw my
> application from your process.
"""},
        {"kind": "personal", "mode": "other", "from": ("Ellie Vance", "ellie.vance@homemail.test"),
         "subj": "sofa + saturday", "body": """hey $o!

unfortunately I can't make saturday after all, the sofa delivery got moved to the weekend. the guy said they'd
reject it if nobody's home to sign, so I'm stuck waiting. the position of the living room door is going to be a
nightmare anyway lol

drinks next week instead? x
Ellie
"""},
        {"kind": "mailing-list", "mode": "other", "from": ("Rohan Iyer", "rohan@iyer-home.test"),
         "headers": [("List-Id", "<dataframes-users.lists.example.org>"), ("Precedence", "list")],
         "subj": "Re: [dataframes-users] reject rows by position in application", "nowrap": True, "body": """> Is there a way to reject rows based on their position when the filter is applied?

Unfortunately not directly. In our application we compute the position first and then
drop rows where it's out of range:

    df = df[df.pos.between(lo, hi)]

Hope that helps,
Rohan

_______________________________________________
dataframes-users mailing list
"""},
        {"kind": "interview-reschedule", "mode": "person", "company_label": True,
         "subj": "Need to reschedule your interview", "body": """Hi $o,

Unfortunately $day's interview for the $role role can't go ahead as planned - the hiring manager is off sick.
We're still very keen to meet you, so could we move it to the same time next week?

Apologies for the short notice,
$sig
"""},
        {"kind": "owner-forward", "mode": "owner", "to": ("Ellie Vance", "ellie.vance@homemail.test"), "nowrap": True,
         "careers": False, "subj": "Fwd: Your application to $co", "body": """Ellie - got this today :( any advice on whether to ask them for feedback? I thought the interview went well.

$o

---------- Forwarded message ---------
From: $cn <$ce>
Subject: Your application to $co

Dear $o, thank you for interviewing for the $role role. After careful consideration we have decided to
move forward with other candidates. Best regards, $cn
"""},
    ],
}

# =========================================================================== HELDOUT
HELDOUT = {
    "companies": [
        ("Ostrava Dynamics", "ostrava-dyn.test", "https://ostrava-dyn.test/en/jobs"),
        ("Silvergate Pharmacy Group", "silvergate-rx.test"),
        ("Wickham & Moss LLP", "wickhammoss.test", "https://wickhammoss.test/join"),
        ("Tidepool Interactive", "tidepool.test", "https://jobs.ashbyhq.com/tidepool"),
        ("Granite Peak Logistics", "granitepeak.test"),
        ("Nimbus Hollow", "nimbushollow.test", "https://nimbushollow.test/careers/"),
        ("Cobaltline Semiconductors", "cobaltline.test", "https://careers.cobaltline.test/search"),
        ("Featherstone Academy Trust", "featherstone-trust.test"),
        ("Marigold Foods plc", "marigoldfoods.test", "https://marigoldfoods.test/people/vacancies"),
        ("Yarrow Mobility", "yarrow.test"),
        ("Bluefin Ledger", "bluefinledger.test", "https://apply.workable.com/bluefin-ledger/"),
        ("Antler Street Studio", "antlerstreet.test"),
        ("Harrowgate Civil Engineering", "harrowgate-ce.test", "https://harrowgate-ce.test/vacancies"),
        ("Kiwano Payments", "kiwano.test"),
    ],
    "roles": ["Machine Learning Engineer", "Supply Chain Planner", "Frontend Engineer, Payments", "HR Business Partner",
              "Staff Software Engineer", "Clinical Data Manager", "Content Strategist", "Solutions Architect",
              "Paralegal", "Embedded Firmware Engineer", "Data Analyst II", "Brand Manager"],
    "people": [("Imogen", "Thackeray"), ("Tobias", "Renner"), ("Adwoa", "Mensah"), ("Callum", "Fraser"),
               ("Yuki", "Morimoto"), ("Patricia", "Okonkwo"), ("Declan", "Shaw"), ("Mei", "Lin"),
               ("Harriet", "Ashworth"), ("Santiago", "Paredes")],
    "titles": ["People Partner", "Lead Talent Scout", "Recruitment Manager", "Engineering Manager",
               "Director of Talent", "Campus & Early Careers Lead"],
    "phones": ["+44 7700 90{n}", "+1 206 555 {n}", "+61 2 5550 {n}"],
    "phone_line": ["Phone $phone", "mob. $phone", "Call/text: $phone"],
    "careers_line": ["Open roles -> $careers", "Join us: $careers", "Jobs at $co: $careers"],
    "team_sign": ["Warmly, the $co hiring crew", "- $co Talent Acquisition", "Recruitment, $co"],
    "noreply_names": ["$co Hiring", "Careers at $co", "$co (do not reply)"],
    "ats": ["smartrecruiters", "ashby", "workable", "recruitee"],
    "footer": _FOOT_HO,
    "days": ["Friday", "Monday morning", "Thursday afternoon"],
    "parts": {
        "subj": ["$role @ $co", "About your $co application", "Thank you from $co", "Your candidacy: $role",
                 "$co recruiting - $role", "Application status"],
        "greet": ["Good afternoon $o,", "Hey $o,", "Hi there $o,", "Dear $O,", "$o -"],
        "open": [
            "I hope this note finds you well.",
            "Thank you for sending us your application for $role.",
            ("First, a sincere thank-you for the conversations you had with us over the past few weeks about $role.",
             "post-interview-rejection"),
            ("We really enjoyed getting to know you during the on-site for the $role opening.",
             "post-interview-rejection"),
            "I'm writing about the $role opening you applied for on our website.",
        ],
        "decide": [
            ("I'm sorry to say that we won't be offering you the role.", "blunt-rejection"),
            ("The hiring team has chosen another candidate for this position.", "soft-rejection"),
            ("We are not able to offer you a place in the next stage of our process.", "soft-rejection"),
            ("Regrettably, your candidacy has not been selected to move on.", "blunt-rejection"),
            ("Following a budget review, the search has been cancelled and we are closing all open applications, "
             "including yours.", "hiring-freeze"),
            ("We've concluded that your profile isn't the right fit for this particular opening, so we won't be taking "
             "your application further.", "soft-rejection"),
            ("The team has decided to go in a different direction with this hire, and your application will not "
             "progress.", "soft-rejection"),
            ("We are unable to move your application to the interview stage.", "blunt-rejection"),
        ],
        "soft": [
            "Your details will stay in our talent pool for twelve months, and we may contact you about other vacancies.",
            "If you'd like short feedback, just reply to this email and I'll see what I can share.",
            "We had more than 400 applicants for this role, which made the choice very hard.",
            "Feel free to apply again for roles that match your profile in the future.",
        ],
        "close": ["Warm wishes,", "Take care and good luck,", "Respectfully,", "Cheers,", "With thanks,"],
    },
    "rej": [
        {"kind": "buried-long", "mode": "person", "fmt": "alt", "subj": "Thanks + a few things from our side",
         "body": """Hi $o,

Hope your week has been kind to you. I wanted to write properly rather than send a two-line note, so bear with me.

First, the logistics. The reimbursement form for your flight to our $day session has gone through, and our office manager tells me the payment should land in your account shortly. We also still have the umbrella you left in the meeting room - I'm happy to post it, just send me an address.

Second, a genuine compliment. The case study you walked us through on day two was the clearest we have seen in this whole hiring round, and two of the interviewers have asked whether they can borrow your framing for an internal workshop. I said I'd ask - no pressure at all.

Third, and I'm afraid this is the part that matters most: the panel met on Tuesday and, after a lot of back and forth, we've chosen to make the offer for $role to another finalist. It came down to very specific hands-on experience with the regulatory side of the product, which we need on day one. I know that's disappointing after the effort you invested, and I'm sorry to be the bearer of this news.

If it helps, I'm happy to jump on a call and walk through the panel's notes. And I'd honestly be glad to hear from you if you see something else with us in a year or so.

Thanks again,
$sig
"""},
        {"kind": "thread-reply-rejection", "mode": "person", "thread": True, "nowrap": True, "fmt": "plain",
         "subj": "RE: $role - second interview follow-up", "body": """$o,

apologies, this reply has taken me far too long. We've wrapped up the process and I'm afraid we
are not going to proceed with your candidacy. It was a close call between you and one other person.

Thank you for your patience with us.

$sig

-----Original Message-----
From: $O <$oe>
Sent: $qdate
To: $cn <$ce>
Subject: $role - second interview follow-up

Hi $cf, thanks again for the second interview. Just checking whether a decision has been
made yet? Happy to provide references if useful.
$o
"""},
        {"kind": "ats-html-only", "mode": "ats", "vendor": "smartrecruiters", "fmt": "html", "careers": False,
         "subj": "Regarding your application for $role", "body": "",
         "html": """<table width="100%" style="font-family:Arial"><tr><td>
<h2 style="color:#333">$co</h2>
<p>Dear $O,</p>
<p>We appreciate the interest you&#8217;ve shown in joining $co as <strong>$role</strong>.</p>
<p>Having reviewed your profile against the requirements, we will not be taking your application forward.
This decision is final for this vacancy, but it doesn&rsquo;t stop you from applying to other positions with us.</p>
<p style="margin:24px 0"><a class="btn" href="$careers">See current vacancies</a></p>
<p>Kind regards,<br>Talent Acquisition &mdash; $co</p>
</td></tr></table>"""},
        {"kind": "platform-relay", "mode": "platform", "fmt": "html", "careers": False,
         "from": ("Indeed", "donotreply@indeed.com"), "subj": "An update on your application to $co",
         "body": "", "html": """<div style="font-family:Helvetica">
<p><img src="https://static.indeed.com/logo.png" alt="Indeed"></p>
<p><b>$role</b><br>$co</p>
<p>Hi $o, $co has reviewed your application and decided not to move ahead with it. This happens to most job seekers &mdash; keep applying!</p>
<p><a href="https://www.indeed.com/jobs?q=similar&amp;from=appstatus">Find similar jobs</a></p>
<p style="font-size:10px">&copy; 2026 Indeed &middot; <a href="https://www.indeed.com/legal/privacy">Privacy</a> &middot; <a href="https://subscriptions.indeed.com/unsub?t=app">Unsubscribe</a></p>
</div>"""},
        {"kind": "ats-signed", "mode": "ats-signed", "vendor": "ashby", "fmt": "plain",
         "subj": "$co | $role", "body": """Hi $o,

I'm one of the people who looked at your application for $role - thanks for putting it together.

We've decided to pass for now. We're looking for someone with more years leading teams in a
regulated environment, and that gap was the deciding factor.

$sig
"""},
        {"kind": "forward", "mode": "person", "nowrap": True, "careers": False, "subj": "FW: $role - outcome",
         "body": """Hello $o,

my colleague sent the message below to an old address of yours, so I'm passing it on.
Sorry about that.

$cf

Begin forwarded message:

> From: $co Talent <talent@$cod>
> Date: $qdate
> Subject: $role - outcome
>
> Dear $o,
> thank you for completing the assessment centre. We have reviewed all
> results and unfortunately you have not been successful in reaching the
> final stage for $role.
"""},
        {"kind": "agency-relay", "mode": "agency", "careers": False, "subj": "$co update",
         "ctx": {"ce": "$cfs@northstar-search.test"}, "body": """Hi $o,

Quick one: $co came back to me this morning. They really liked you but have offered the $role job to their second-round candidate, who accepted yesterday. So it's a no from them this time, sorry.

Call me when you get a sec - I've got a new brief from a fintech that I think suits you better anyway.

$cn | Northstar Search (on behalf of $co)
"""},
        {"kind": "blunt-short", "mode": "person", "careers": False, "subj": "re $role", "body": """Hi $o, thanks for applying but we won't be taking you forward for $role. Best, $cn ($co)
"""},
        {"kind": "ats-noreply", "mode": "ats", "vendor": "workable", "subj": "$co: your application",
         "body": """Hello $O,

this is an automated message regarding the $role vacancy at $co.

We've reviewed your submission and it will not be moving forward. Because of the volume of
applications we can't give individual feedback.

$sig

Powered by Workable
"""},
        {"kind": "hiring-freeze", "mode": "noreply", "fmt": "alt", "subj": "Important: $role requisition closed",
         "body": """Dear $o,

We are contacting everyone who applied for the $role opening.

Because of a freeze on new headcount announced this week, the requisition has been closed with immediate effect. Your application is therefore closed and will not be reviewed further. We apologise for the inconvenience.

$sig
"""},
        {"kind": "ats-noreply", "mode": "ats", "vendor": "recruitee", "fmt": "alt", "subj": "Thank you for applying, $o",
         "body": """Hi $o,

We appreciate your interest in the $role role.

We've had an overwhelming response and have decided to progress with applicants whose experience is closer to what we need right now. Your application for this role is closed.

$sig
"""},
        {"kind": "post-interview-rejection", "mode": "person", "careers": False, "fmt": "plain", "thread": True, "nowrap": True,
         "subj": "Re: Thank you!", "body": """Hi $o,

It was great to meet you too, and thank you for the lovely note. I'm sorry to
tell you that we've decided not to move forward to the final round with you for $role.

Kind regards,
$sig

> On $qdate, $O wrote:
> Hi $cf, thank you so much for your time today - I really enjoyed the
> conversation and I'm excited about the role!
"""},
    ],
    "non": [
        {"kind": "application-received", "mode": "ats", "vendor": "smartrecruiters", "company_label": True, "fmt": "alt",
         "subj": "We've got your application!", "body": """Hi $o,

Your application for $role has landed safely with us at $co.

What happens next? Our recruiters read every application. If there's a match, you'll hear from us within two
weeks. If not, we'll let you know as well - we never leave candidates hanging.

$sig
"""},
        {"kind": "interview-invite", "mode": "person", "company_label": True, "fmt": "plain",
         "subj": "Let's talk - $role", "body": """Hi $o,

Loved your application! Would you be free for a 45-minute chat on $day about the $role role? The conversation will
be with me and one of the engineers on the team.

Here's my booking link so you can pick a slot: https://cal.$cod/$cf/45min

Talk soon,
$sig
"""},
        {"kind": "assessment-invite", "mode": "other", "from": ("CodeSignal", "noreply@codesignal.example"),
         "company_label": True, "subj": "$co has invited you to a coding assessment", "body": """Hi $o,

$co has invited you to complete a General Coding Assessment as part of your application for $role.

Time limit: 70 minutes. Please complete it within 5 days: https://app.codesignal.example/invite/$ref

Good luck!
"""},
        {"kind": "offer", "mode": "person", "company_label": True, "fmt": "alt", "subj": "Great news!",
         "body": """$o,

I'm thrilled to let you know the team unanimously wants you to join as $role. A formal contract is on its way,
but I wanted to call first - I'll try you again this afternoon.

Congratulations!
$sig
"""},
        {"kind": "next-steps", "mode": "ats-signed", "vendor": "ashby", "company_label": True, "subj": "$role: moving to the final stage",
         "body": """Hi $o,

The hiring team has reviewed your interview feedback and you're through to the final stage! Next up is a
90-minute onsite with the leadership group. Please use the link below to pick a time.

https://jobs.ashbyhq.com/schedule/$ref

$sig
"""},
        {"kind": "job-recommendation", "mode": "platform", "fmt": "html",
         "from": ("Glassdoor Jobs", "noreply@glassdoor.example"),
         "subj": "$o, companies are hiring for $role", "body": "", "html": """<p>Jobs picked for you</p>
<ul>
<li><b>$role</b> &middot; $co &middot; 4.1&#9733; &middot; <a href="https://www.glassdoor.example/job/$ref">Apply now</a></li>
<li><b>Senior $role</b> &middot; Pallister Group &middot; 3.8&#9733; &middot; <a href="https://www.glassdoor.example/job/1$ref">Apply now</a></li>
<li><b>$role (contract)</b> &middot; Vesper Labs &middot; <a href="https://www.glassdoor.example/job/2$ref">Apply now</a></li>
</ul>
<p style="font-size:10px">Unfortunately we can't show salaries for every listing. <a href="https://www.glassdoor.example/unsubscribe">Unsubscribe</a></p>"""},
        {"kind": "recruiter-outreach", "mode": "agency", "ctx": {"ce": "$cfs@northstar-search.test"},
         "subj": "Confidential opportunity", "body": """Hello $o,

I'm working on a confidential search for a $role with a well-funded scale-up. Based on your background I think you'd
be a strong candidate. Would you be interested in hearing more? No pressure if the timing isn't right.

$cn
Northstar Search
"""},
        {"kind": "newsletter", "mode": "other", "from": ("The Hiring Desk", "digest@thehiringdesk.test"), "fmt": "alt",
         "subj": "Why most applications get rejected (and what to do about it)", "body": """THE HIRING DESK - weekly

This week: recruiters tell us the top five reasons applications are rejected before a human reads them. Plus: how to
follow up after an interview without being pushy, and a salary negotiation script.

Read online: https://thehiringdesk.test/issues/112
Unsubscribe: https://thehiringdesk.test/unsub
"""},
        {"kind": "grant-rejection", "mode": "other", "from": ("Northern Arts Fund", "grants@northernartsfund.test"),
         "subj": "Outcome of your grant application NAF-$ref", "body": """Dear $O,

Thank you for applying to the Northern Arts Fund project grant round. We received 312 applications and were able to
fund 41.

We are sorry to let you know that your application has not been successful this time. Panel comments are
available in your applicant portal.

Northern Arts Fund
"""},
        {"kind": "visa-refusal", "mode": "other", "from": ("Visa Application Centre", "updates@vac-services.test"),
         "subj": "Update on your visa application", "body": """Dear Applicant,

Your visa application (reference VAC-$ref) has been decided. Unfortunately, the application has been refused.
Your passport is ready for collection. The decision letter explains the reasons and whether you can appeal.

Visa Application Centre
"""},
        {"kind": "ticket-ballot", "mode": "other", "from": ("Eastfield Marathon", "entries@eastfieldmarathon.test"),
         "subj": "Ballot result: Eastfield Marathon 2026", "body": """Hi $o,

Thanks for entering the ballot. Sadly, you have not been successful in securing a place this year - we had
nine applicants for every place.

Eastfield Marathon Entries
"""},
        {"kind": "hiring-manager-notification", "mode": "ats", "vendor": "workable", "company_label": True,
         "subj": "Candidate rejected: Jordan Blake for $role", "body": """Hi $o,

Jordan Blake was moved to Disqualified for the $role job by a member of your hiring team.
A rejection email will be sent to the candidate in 24 hours. You can undo this from the candidate profile.

$sig
"""},
        {"kind": "withdrawal", "mode": "owner", "company_label": True, "subj": "$role application",
         "body": """Hi $cf,

I hope you're well. After a lot of thought I've decided to stay in my current role, so please withdraw me from
consideration for the $role position. Thank you for being so generous with your time.

Kind regards,
$o
"""},
        {"kind": "withdrawal-ack", "mode": "ats", "vendor": "recruitee", "company_label": True,
         "subj": "Your application has been withdrawn", "body": """Hi $o,

This confirms that you withdrew your application for $role at $co. We're sorry to see you go, and
you're welcome to apply again at any time.

$sig
"""},
        {"kind": "personal", "mode": "other", "from": ("Dad", "r.lindqvist@oldmail.test"),
         "subj": "quick one", "body": """Hi love,

The garage rejected the car again at its inspection, unfortunately - something about the brake lines. Your mum
says you had a job interview this week? Let us know how it went.

Dad
"""},
        {"kind": "mailing-list", "mode": "other", "from": ("Grace Whitaker", "grace@whitaker.test"),
         "headers": [("List-Id", "Volunteer coordinators <volunteers.riverside-hub.test>")],
         "subj": "[riverside-volunteers] Positions for the spring fair", "body": """Hi all,

We still have three positions to fill for the spring fair (tea tent, raffle, parking). Unfortunately the application
form on the website is broken, so just reply to me directly. If you previously applied and heard nothing, please
re-send - some messages were rejected by the spam filter.

Grace
"""},
        {"kind": "owner-forward", "mode": "owner", "to": ("Kwame Asante", "kwame.asante@mentorship.test"), "nowrap": True,
         "careers": False, "subj": "FW: $role - outcome", "body": """Hi Kwame,

Could I borrow ten minutes of your time this week? $co turned me down for the $role job (their note is
below). I'd like to ask them what I could have done better, but I don't want to come across as pushy.
How would you phrase it?

Thanks so much,
$o

________________________________
From: $cn <$ce>
Sent: $qdate
To: $O
Subject: $role - outcome

Hi $o, thanks for your time over the last few weeks. We have decided to offer the role to someone else.
Regards, $cn
"""},
        {"kind": "application-incomplete", "mode": "noreply", "company_label": True, "subj": "Action required: complete your application",
         "body": """Hi $o,

You started an application for $role but it is not complete yet. Unfortunately incomplete applications can't be
reviewed, so please upload your CV and answer the screening questions by the end of the week.

$sig
"""},
    ],
}
