"""Hand-written material for generate.py: names, greetings and, per language and category, senders, subjects
and body sentences. Every person, company and domain is invented. Slots in braces are filled per message
({first}, {surname}, {company}, {proj}, {num}, {ver}, {day}, {city}, {street}, {amount}, {to_first}...).

None of these sentences tells the reader that a job application of theirs will not go ahead; many of them are
near misses on purpose (other people's rejections, rejected patches, loans, tickets, candidates the reader
turned down as a hiring manager, advice that quotes a rejection letter).
"""

from __future__ import annotations


def _l(block: str) -> list[str]:
    return [ln.strip().replace("\\n", "\n") for ln in block.strip().splitlines() if ln.strip()]


def cat(register: str, senders: str, subjects: str, lines: str, signature: str, *, list_id: str | None = None,
        list_share: float = 0.75, weight: float = 1.0, mix: tuple[str, ...] = (), shapes: list[int] | None = None) -> dict:
    d = {"register": register, "senders": _l(senders), "subjects": _l(subjects), "lines": _l(lines),
         "signature": _l(signature), "weight": weight, "mix": mix}
    if list_id:
        d["list_id"], d["list_share"] = list_id, list_share
    if shapes:
        d["shapes"] = shapes
    return d


COMMON = {
    "project": """
        libfrob
        quokka
        tidepool
        marlinspike
        gravelkit
        owlery
        pixelmoss
        ferrule
        kestrel-db
        saltmarsh
        brambleweb
        lanternfish
    """,
    "team": """
        platform
        data
        payments
        mobile
        growth
        infra
        design
        support
    """,
}

# Shapes: plain, alternative, html-only, attachment, reply, forward
_LISTY = [45, 5, 0, 12, 35, 3]
_BULKY = [5, 55, 35, 3, 0, 2]
_CHATTY = [45, 10, 2, 10, 22, 11]
_FORMAL = [30, 30, 15, 20, 3, 2]
_AUTO = [20, 45, 30, 5, 0, 0]

# ============================================================ English
EN = {
    "names": {
        "first": """
            Dana
            Lee
            Priya
            Tom
            Marcus
            Aisha
            Oliver
            Grace
            Kenji
            Rosa
            Ethan
            Hannah
            Sipho
            Maya
            Callum
            Ines
            Jordan
            Theo
            Nadia
            Owen
        """,
        "surname": """
            Whitfield
            Okafor
            Brennan
            Lindqvist
            Nakamura
            Patel
            Moreau
            Castellano
            Hughes
            Abernathy
            Fairweather
            Kowalczyk
            Dlamini
            Prescott
        """,
        "city": """
            Leeds
            Portland
            Bristol
            Dunedin
            Halifax
            Cork
            Adelaide
            Norwich
        """,
        "street": """
            Mill Lane
            Harbour Road
            Elm Grove
            Kingsway
            Orchard Street
            Queens Parade
        """,
        "company": """
            Brightwater Analytics
            Halvorsen Marine
            Copperleaf Labs
            Northgate Logistics
            Bluefin Health
            Ashgrove Software
            Tallowmere Foods
            Redkite Media
            Plover & Finch
            Stonebridge Insurance
        """,
        "day": """
            Monday
            Tuesday
            Wednesday
            Thursday
            Friday
            Saturday
            Sunday
        """,
        "maildomain": """
            mail.example
            postbox.test
            fastmail.example
            inbox.example
            home.test
        """,
        "owner": """
            Sam Rivera <sam@example.net>
            Alex Morgan <alex.morgan@mail.example>
            Chris Doyle <chris@doyle.example>
            Robin Ashby <robin.ashby@inbox.example>
        """,
    },
    "greeting": {
        "list": """
            Hi all,
            Hello everyone,
            Hi {p_first},
            {p_first},
            Folks,
        """,
        "bulk": """
            Hi {to_first},
            Hello {to_first},
            Hi there,
            Dear subscriber,
        """,
        "personal": """
            Hi {to_first}!
            Hey {to_first},
            {to_first},
            Hiya,
            Hi love,
        """,
        "formal": """
            Dear {to_name},
            Dear Sir or Madam,
            Dear {to_first},
            Hello {to_first},
        """,
        "work": """
            Hi {to_first},
            {to_first} -
            Hey,
            Hi team,
            Morning {to_first},
        """,
        "auto": "",
    },
    "signoff": {
        "list": """
            Thanks,
            Cheers,
            Regards,
            --
        """,
        "bulk": """
            See you next week,
            Happy reading,
            The team at
            Best,
        """,
        "personal": """
            Love,
            xx
            Talk soon,
            Cheers,
            Speak later,
        """,
        "formal": """
            Kind regards,
            Yours sincerely,
            Best wishes,
            Regards,
        """,
        "work": """
            Thanks,
            Cheers,
            Best,
            Thx,
        """,
        "auto": "",
    },
    "footer": {
        "bulk": """
            You are receiving this email because you signed up at {cdom}.
            Unsubscribe | Update your preferences | View in browser
            {company}, {num} {street}, {city}
            Don't want these emails? Manage your subscription.
            Forwarded this email? Subscribe here.
        """,
        "list": """
            ___
            {proj}-dev mailing list -- {proj}-dev@lists.{proj_l}.example
            To unsubscribe send an email to {proj}-dev-leave@lists.{proj_l}.example
        """,
        "auto": """
            This is an automated message, please do not reply.
            You received this notification because of your account settings.
            Manage notifications: https://{cdom}/settings
        """,
    },
    "quote_intro": """
        On {qdate}, {qname} <{qaddr}> wrote:
        On {qdate} {qname} wrote:
        -----Original Message-----\\nFrom: {qname} <{qaddr}>\\nSent: {qdate}
    """,
    "forward_note": """
        FYI, see below.
        Forwarding this in case it's useful.
        Thought you'd want to see this.
        See below - can you deal with this one?
        Sending this on, no action needed.
        Ha, look at this.
    """,
    "forward_header": """
        ---------- Forwarded message ---------\\nFrom: {fsender}\\nDate: {fdate}\\nSubject: {fsubject}\\nTo: {fto}
        Begin forwarded message:\\n\\nFrom: {fsender}\\nSubject: {fsubject}\\nDate: {fdate}\\nTo: {fto}
    """,
}

EN["categories"] = {
    "devlist": cat(
        "list",
        """
        {p_first} {p_surname} <{p_first_l}.{p_surname_l}@{pdom}>
        {p_first} {p_surname} via {proj}-dev <{proj}-dev@lists.{proj_l}.example>
        {p_first_l} <{p_first_l}@{proj_l}.example>
        """,
        """
        Re: [PATCH v{num2}] scheduler: retry failed jobs once
        [{proj}-dev] CI job "build-arm64" failing since Tuesday
        Re: [{proj}-dev] Release candidate {ver}rc1 rejected
        [RFC] Drop the legacy application server
        Re: PEP {num}: rejected
        Re: cursor position off by one after resize
        [{proj}-dev] Proposal: move the job queue to Redis
        Re: [{proj}-users] Application crashes on startup
        [ANN] {proj} {ver} released
        Re: Call for candidates: technical steering committee
        Re: [{proj}-dev] Why was my patch rejected?
        [{proj}-dev] Minutes of the {day} meeting
        """,
        """
        I'm afraid we will not proceed with this PR in its current form, since it changes the public API.
        The nightly CI job failed again on the arm64 runner; the logs are attached.
        Patch v{num2} was rejected by the maintainers because it lacked a Signed-off-by line.
        Release candidate {ver}rc1 has been rejected; rc2 will follow once the regression in the parser is fixed.
        PEP {num} has been rejected by the steering council. The rationale is now in the PEP itself.
        The working group decided not to move forward with the draft, so the RFC stays expired.
        After the upgrade the application server refuses connections on port 8443.
        The cursor position is reset to zero whenever the buffer is resized.
        We decided not to merge this; candidate fixes should go to the stable branch first.
        Your patch has not been selected for the {ver} merge window, please rebase and resend after the release.
        Sorry, we can't take this forward without tests for the edge cases.
        The job scheduler silently drops jobs when the queue is full, which is what you are seeing.
        Applications built against the old ABI will not be able to load the plugin.
        The candidate list for the technical board election is below; voting closes on {day}.
        We are closing the issue, as the other reviewers do not share your position on the default.
        The webserver role is no longer maintained; please use the nginx role instead.
        Applying the patch fails on hunk 3 for me; could you rebase on main?
        The position of the status bar can now be configured in settings.toml.
        The vacancy on the security team has been filled by {first}, welcome aboard!
        Thanks for applying the fix so quickly, {first}.
        After some discussion we are not moving forward with the proposal to drop Python 3.8 this cycle.
        Jobs that exceed the time limit are killed and marked as failed, there is no retry.
        The candidate build for {ver} is available for testing; please report regressions here.
        The board decided not to proceed with the trademark application this year because of the cost.
        Unfortunately the interview with the upstream maintainer did not change anything: they will not accept the change.
        Your application of the config role fails because the inventory has no such host.
        I don't think this is the right fit for core; it would work better as a separate plugin.
        We rejected this approach back in 2019, see the old thread about the interview format for the docs.
        Hiring note: the foundation is looking for a release manager; details are on the jobs page, not this list.
        The cron job stopped running after the container was rebuilt, so no backups since {day}.
        Unfortunately your position is unsuccessful when the window is minimised, the code reads the wrong monitor.
        Not selected: the 'legacy' profile is no longer built by default.
        Rejected candidates for the logo contest are kept in the wiki for reference.
        I reviewed the candidate patches and none of them apply cleanly to {ver}.
        Please don't top-post; the archive at listinfo becomes unreadable.
        Can someone with commit access re-run the failed job? I can't restart it.
        """,
        """
        {p_first}
        {p_first} {p_surname}
        -- {p_first}
        """,
        list_id="{proj}-dev.lists.{proj_l}.example", list_share=0.8, weight=2.0, shapes=_LISTY,
    ),
    "newsletter_career": cat(
        "bulk",
        """
        The Career Compass <hello@careercompass.example>
        {p_first} from Offer Ready <{p_first_l}@offerready.example>
        Job Hunt Weekly <digest@jobhuntweekly.test>
        {company} Careers Blog <blog@{cdom}>
        """,
        """
        How to read a rejection email (and what to do next)
        5 things recruiters wish you knew
        "We went with another candidate" - now what?
        Your weekly job search reset
        The follow-up email that gets answers
        Why the silence after the final round?
        Salary talks without the sweaty palms
        Rejected? Here's your 48-hour plan
        """,
        """
        Few emails sting like "we have decided to move forward with other candidates", but they rarely mean what you fear.
        When a recruiter writes that your application was unsuccessful, reply within a day and ask for one piece of feedback.
        Reader question: I was told the position has been filled before I even had an interview. Should I apply again?
        Treat rejection as data: log every "not the right fit" in a spreadsheet and look for patterns each month.
        A reader asked what it means when a company says they will not be moving forward with your application after the final round.
        If you hear "unfortunately we have decided not to proceed", it is fine to ask whether you can be considered for future roles.
        Most candidates never hear back at all, so a clear no is, strangely, a form of respect.
        This week: three hiring managers explain how they shortlist candidates from hundreds of CVs.
        Template: a two-line thank-you reply you can send after any rejection.
        Our survey found that 62% of job seekers were ghosted after an interview last year.
        Tip of the week: tailor the first three lines of your CV to the job description.
        Don't take it personally when the role goes to an internal candidate; it happens more often than you think.
        Upcoming webinar on {day}: bouncing back after a tough job search.
        One subscriber landed an offer after eleven rejections; her story is below.
        Recruiters say the most common reason an application is rejected is a missing cover letter.
        Read more: how to prepare for a panel interview.
        You deserve a process that tells you where you stand, and so do the people you will one day hire.
        Ask us anything: reply to this email with your job search question.
        In this issue: portfolio reviews, negotiation scripts and a reader's story.
        """,
        """
        The Career Compass team
        {p_first}
        {p_first} {p_surname}, editor
        """,
        list_id="career-tips.{cdom}", list_share=0.5, weight=1.5, shapes=_BULKY,
    ),
    "newsletter_hr": cat(
        "bulk",
        """
        HR Pulse <newsletter@hrpulse.example>
        Talent Acquisition Today <editors@ta-today.test>
        People Ops Digest <digest@peopleops.example>
        Recruiting Brainfood Club <club@rbclub.example>
        """,
        """
        Candidate experience: the rejection email matters
        ATS roundup: Greenhouse, Workday and SmartRecruiters updates
        Are your rejection templates hurting your brand?
        The state of hiring in {city}
        Interview scorecards that actually work
        Structured hiring, one year on
        """,
        """
        A good rejection email tells the candidate clearly that you will not be moving forward, and thanks them for their time.
        Workday's new release lets recruiters bulk-reject applicants with a custom message per requisition.
        Our panel debated whether to tell candidates why their application was unsuccessful.
        Personio added a talent pool feature so rejected candidates can be contacted for future vacancies.
        Case study: how {company} cut time-to-hire by 30% with structured interviews.
        Survey: 41% of recruiters still send no message at all when a candidate is not selected.
        Greenhouse users can now schedule interviews directly from Slack.
        Opinion: stop writing "we have decided to pursue other candidates" and start writing like a human.
        Compliance corner: how long can you keep a rejected candidate's CV under GDPR?
        Five scorecard questions that reduce bias in the final round.
        Hiring freeze tracker: which sectors paused recruitment this quarter.
        SmartRecruiters' report shows application volumes up 18% year on year.
        Job ads with a salary range receive more applications from women.
        Read the full issue online.
        """,
        """
        The HR Pulse editors
        {p_first} {p_surname}
        """,
        list_id="hr-news.{cdom}", list_share=0.5, shapes=_BULKY,
    ),
    "jobboard": cat(
        "bulk",
        """
        JobNest <alerts@jobnest.example>
        CareerHarbour <no-reply@careerharbour.test>
        {company} Talent <talent@{cdom}>
        WorkWave Jobs <jobs@workwave.example>
        """,
        """
        12 new jobs match your search
        We're hiring: join the {team} team at {company}
        Upgrade to Premium and stand out to recruiters
        Your weekly job market report
        Recruiters viewed your profile {num2} times this week
        Complete your profile to get better matches
        """,
        """
        We're hiring! {company} is looking for engineers, designers and a product manager in {city}.
        Premium members are 3x more likely to be invited to an interview.
        {num2} recruiters viewed your profile this week.
        Jobs you may be interested in: Senior Analyst at {company}, Data Engineer at Copperleaf Labs.
        Applications for the graduate scheme open on {day}; set a reminder so you don't miss it.
        Complete your profile so employers can find you.
        This role is no longer accepting applications, but here are similar jobs near {city}.
        Tip: candidates who add a photo get more profile views.
        Your saved search "product designer remote" has 8 new results.
        Refer a friend to {company} and earn a bonus when they are hired.
        Apply with one click using your saved CV.
        See who else applied and how you compare with Premium Insights.
        """,
        """
        The JobNest team
        {company} Talent Acquisition
        """,
        list_id="jobs.{cdom}", list_share=0.3, weight=1.5, shapes=_BULKY,
    ),
    "personal": cat(
        "personal",
        """
        {p_first} {p_surname} <{p_first_l}@{pdom}>
        Mum <mum.{p_surname_l}@{pdom}>
        {p_first} <{p_first_l}.{p_surname_l}@{pdom}>
        Dad <dad@{p_surname_l}.example>
        """,
        """
        Sunday?
        news
        Re: the interview
        guess what
        ugh
        weekend plans
        Re: flat on {street}
        school places
        birthday drinks
        quick one
        """,
        """
        I didn't get the job at the bakery, they went with someone who had more experience.
        {first} didn't get a place at Oakfield Primary, so we're on the waiting list again.
        The landlord turned down our application for the flat on {street}, so the hunt continues.
        They said my application wasn't successful this time, so I'm back to job hunting.
        Guess what, {first} got the job! He starts in March.
        Are you still doing the interview on {day}? Good luck, you'll be brilliant.
        Unfortunately I can't make it to your birthday, work has me on call that weekend.
        Dad didn't get the allotment in the end, they gave it to another family on the waiting list.
        {first} had a second interview at {company} and they rejected her the next morning, she's gutted.
        I've decided not to move forward with the kitchen, the quote was ridiculous.
        We're not going ahead with the holiday in {city}, flights doubled in price.
        Can you look at my CV before I send it off? I've attached the latest version.
        I applied for the team lead position but I got turned down, so I'll stay where I am for now.
        The estate agent said the owners chose another applicant for the house, which is a shame.
        {first}'s university application came back and she's been offered a place, we're so proud!
        The choir didn't pick me for the solo, {first2} got it instead.
        Honestly I'm glad they went with another candidate, the commute would have killed me.
        Don't worry about the money, pay me back whenever.
        Lunch at ours on {day}? Bring {first2} if she's free.
        Can you feed the cat while we're away? Keys are under the pot.
        The position of the new sofa is driving me mad, come and help me move it.
        {first} was not selected for the county squad, he's taking it hard.
        I got an email saying I wasn't shortlisted for the council job, but honestly fine.
        Did you ever hear back from that recruiter? No pressure, just curious.
        """,
        """
        {p_first}
        Mum x
        {p_first} x
        D
        """,
        weight=2.5, shapes=_CHATTY,
    ),
    "admin": cat(
        "formal",
        """
        Stonebridge Insurance <claims@stonebridge.example>
        {city} City Council <noreply@{city}-council.example>
        Harbour Bank <notifications@harbourbank.example>
        UK Visas Office <visas@immigration.test>
        {company} Customer Service <help@{cdom}>
        Riverside Tennis Club <secretary@riversidetc.example>
        """,
        """
        Your loan application
        Decision on your visa application
        Your planning application {num}
        Your claim reference {num}
        Membership application
        Your order has been cancelled
        Refund request {num}
        Update on your residence permit application
        Your marathon ballot result
        Your mobile contract application
        Housing register application
        """,
        """
        Unfortunately your application for a personal loan has been declined following our credit check.
        Your visa application has been refused; the reasons are set out in the attached letter.
        We regret to inform you that your planning application has been refused under policy H4.
        Your claim has been rejected because the damage is not covered by your policy.
        Your application to join the club could not be accepted this season as the membership is full.
        We are unable to process your refund because the return window has closed.
        Your order has been cancelled because the item is out of stock; you have not been charged.
        Your application for a residence permit has not been successful.
        Sorry, you have been unsuccessful in this year's marathon ballot. Your ballot application is kept on file for next year.
        Your application for a mobile contract was declined after an identity check.
        Your housing register application was unsuccessful because you do not meet the local connection criteria.
        Your application for a business account has been reviewed and we are unable to open the account.
        We have decided not to proceed with your application for an allotment plot at this time.
        Your parking space application was unsuccessful; there were more applicants than spaces.
        Your application for the council tax reduction has not been approved.
        You may appeal this decision within 28 days by writing to the address above.
        Your application reference is {num}; please quote it in any correspondence.
        We have not been able to verify your identity, so your application cannot continue.
        The position of your meter could not be read, so this bill is an estimate.
        Your application to renew your fishing licence has been declined as the fee was not paid.
        Unfortunately we cannot offer you a plot in {city} this year, as demand was high.
        Your passport application is being processed.
        """,
        """
        Customer Services
        Applications Team
        The Membership Secretary
        Licensing Department
        """,
        weight=2.5, shapes=_FORMAL,
    ),
    "hiring": cat(
        "work",
        """
        {p_first} {p_surname} <{p_first_l}.{p_surname_l}@{cdom}>
        Greenhouse <no-reply@greenhouse.example>
        {p_first} (Talent) <{p_first_l}@{cdom}>
        Workday <workday@{cdom}>
        """,
        """
        Re: {team} engineer candidates
        Scorecards for {first} {surname}
        Debrief: Senior Analyst final round
        Candidate pipeline, week {num2}
        Re: backend hire
        Interview panel for {day}
        Offer approval needed
        Req {num} status
        """,
        """
        We rejected candidate {first} {surname} after the system design round; scorecards are attached.
        Can you send the decline to the backend applicant from {day}? We're not moving forward with him.
        {first} {surname} was moved to Rejected by {p_first} in Greenhouse.
        I don't think she's the right fit for the platform role, her experience doesn't match what we need.
        Let's not proceed with the second candidate; the first one accepted our offer this morning.
        Please leave your interview feedback in Workday before {day}.
        The position has been filled, so please archive the remaining applications.
        We decided to go with another candidate for the data role; I'll let the agency know.
        Can you do a 45-minute interview with {first} on {day} at {hour}?
        Pipeline: {num2} applicants, 6 phone screens, 2 onsites, 1 offer out.
        Thanks for interviewing {first} yesterday; we've decided not to move forward with her application.
        The hiring manager for the requisition wants to pause the search until Q3.
        Scorecard summary: strong on coding, weak on communication, overall no hire.
        I told the candidate we wouldn't be progressing him to the final stage.
        Reminder: candidates who are not selected get an email from the ATS within 48 hours.
        Your requisition {num} for a {team} engineer is now approved.
        The agency sent three more CVs, none of them look like a fit to me.
        Please don't contact {first} directly, the recruiter is handling the rejection.
        I've declined the other finalist and sent her a personal note.
        The offer was accepted by the candidate {first}, so we can close the role.
        Unfortunately the candidate withdrew after the second interview.
        Could you review the rejection template before we roll it out to all requisitions?
        """,
        """
        {p_first}
        {p_first} {p_surname}\\n{team} lead, {company}
        {p_first} | Talent Acquisition
        """,
        weight=2.0, shapes=_CHATTY,
    ),
    "notification": cat(
        "auto",
        """
        GitHub <notifications@github.com>
        Jira <jira@{cdom}>
        Google Calendar <calendar-notification@google.example>
        Parcelly <tracking@parcelly.example>
        Harbour Bank <alerts@harbourbank.example>
        {company} <no-reply@{cdom}>
        """,
        """
        [{proj}/{proj}] Run failed: CI - main ({num})
        [JIRA] ({team}-{num}) Rejected: migrate the cron job
        Invitation: Interview debrief @ {day} {hour}
        Your parcel is on its way
        Card payment declined
        Updated invitation: Candidate sync
        Your statement is ready
        Delivery attempt failed
        [{proj}/{proj}] Pull request #{num} closed
        """,
        """
        Run failed: the job "test (ubuntu-latest, 3.11)" failed after 4m 12s.
        {first} changed the status of {team}-{num} to Rejected. Comment: we will not proceed with this change.
        You have been invited to "Interview debrief: {team} candidate" on {day} at {hour}.
        Your parcel will arrive on {day} between 10:00 and 14:00.
        A payment of {amount}.00 at {company} was declined. If this wasn't you, call us.
        {first} declined the invitation "Weekly candidate sync".
        Your monthly statement is ready to view in online banking.
        We tried to deliver your parcel but nobody was home.
        Pull request #{num} was closed without merging by {first}.
        Your application {proj} was deployed to production successfully.
        Job "nightly-backup" failed: exit code 137 (out of memory).
        Reminder: position review with {first} tomorrow at {hour}.
        Your request to join the workspace was declined by an administrator.
        Your login from a new device in {city} was blocked.
        """,
        """
        The {company} team
        GitHub
        """,
        weight=3.0, shapes=_AUTO,
    ),
    "spam": cat(
        "bulk",
        """
        HR Department <hr-dept@quickhire-global.test>
        Remote Jobs <offers@wfh-income.example>
        Loan Centre <approvals@fastcash-loans.test>
        Recruitment Agent {p_first} <{p_first_l}.recruit@{pdom}>
        Security Team <security@account-verify.test>
        """,
        """
        Work from home - earn $500 a day
        Your application for the loan was declined
        URGENT: position available, reply today
        We found your resume on a job board
        Final notice: your account will be closed
        Congratulations, you have been selected
        """,
        """
        Work from home job: earn $500 a day, no interview needed, start today!
        Your application for a loan was declined, but you are pre-approved for our Gold credit line.
        We found your resume online and have a remote position for you as a payment processing agent.
        To start the job, send us your bank details and a copy of your ID.
        Congratulations! You have been selected for a mystery shopper position.
        Your previous application was unsuccessful, click here to re-apply with no credit check.
        This is not spam: you are receiving this because you applied on one of our partner sites.
        No experience needed. Flexible hours. Weekly pay.
        Act now, this offer expires in 24 hours.
        Our HR department reviewed your profile and would like to offer you a job as a data entry clerk.
        Unfortunately we could not verify your account, click the link below to avoid suspension.
        Reply with your WhatsApp number to receive the job details.
        """,
        """
        HR Department
        {p_first}, Recruitment Manager
        """,
        weight=1.5, shapes=[10, 40, 45, 5, 0, 0],
    ),
    "events": cat(
        "formal",
        """
        TicketTide <orders@tickettide.example>
        {city} Folk Festival <hello@{city}folk.example>
        Meetup <info@meetup.example>
        """,
        """
        You're on the waitlist
        Your ticket application
        Event update: sold out
        Your talk proposal
        Registration closed
        """,
        """
        The event is sold out and you've been added to the waitlist; we'll email you if a place opens up.
        Unfortunately your application for tickets in the ballot was unsuccessful this year.
        Thanks for submitting your talk! Unfortunately the committee did not select it for the {day} meetup on hiring and careers.
        Registration has closed because we have reached capacity.
        Your position on the waiting list is {num2}.
        We're sorry, but the workshop has been cancelled due to low numbers.
        Your refund for the cancelled show will arrive within 10 working days.
        You were not selected in the draw for the pre-sale, but general sale opens on {day}.
        Doors open at {hour}; please bring photo ID.
        """,
        """
        The TicketTide team
        The organisers
        """,
        mix=("volunteering",), shapes=_FORMAL,
    ),
    "volunteering": cat(
        "formal",
        """
        {city} Food Bank <volunteers@{city}foodbank.example>
        {p_first} at Green Trails <{p_first_l}@greentrails.example>
        Parkrun {city} <{city}@parkrun.example>
        """,
        """
        Volunteer shifts this month
        Your volunteer application
        Thank you for volunteering
        Rota for {day}
        """,
        """
        Thank you for applying to volunteer at the food bank; all the Saturday volunteer positions have been filled for now.
        We can't offer you a volunteer role at the festival this year, but we'd love to see you as a visitor.
        The trail clearance on {day} is cancelled because of the storm warning.
        We have more volunteers than tasks this month, so we won't need you on the rota until {day}.
        Our volunteer coordinator position is unpaid and takes about four hours a week.
        Please bring gloves and a water bottle; tools are provided.
        Your DBS check has been received and is being processed.
        Thanks to everyone who helped at the jumble sale, we raised {amount} pounds!
        """,
        """
        {p_first}, Volunteer Coordinator
        The Green Trails crew
        """,
        shapes=_FORMAL,
    ),
    "sports": cat(
        "personal",
        """
        Coach {p_first} <{p_first_l}.coach@{pdom}>
        {city} Rovers U14 <team@{city}rovers.example>
        {p_first} {p_surname} <{p_first_l}@{pdom}>
        """,
        """
        Team selection for {day}
        Squad for the cup game
        Trials result
        Training moved
        """,
        """
        The squad for {day} is below; if your child's name is not on it they are a reserve this week.
        {first} was not selected for the regional squad after the trials, but he should try again next year.
        Training is moved to {hour} on {day} because the pitch is booked.
        We have decided not to enter a second team this season, there aren't enough players.
        Please pay the subs of {amount} pounds by the end of the month.
        The coach picked the starting eleven; positions will rotate every half.
        Unfortunately we can't offer {first} a place in the academy squad this year.
        """,
        """
        Coach {p_first}
        {p_first}
        """,
        shapes=_CHATTY,
    ),
    "audition": cat(
        "formal",
        """
        {city} Amateur Dramatics <casting@{city}ad.example>
        {city} Community Choir <choir@{city}choir.example>
        """,
        """
        Casting for {day}
        Audition results
        Choir places for the new season
        """,
        """
        Thank you for auditioning for the role of Puck; unfortunately we are unable to offer you the part this time.
        We received far more applications to the choir than we have places, so we cannot offer you a place this season.
        Everyone who auditioned is welcome to join the backstage crew.
        The cast list will be posted on the noticeboard on {day}.
        Rehearsals start on {day} at {hour} in the church hall.
        We'd love you to audition again for the spring show.
        """,
        """
        The casting panel
        {p_first}, Musical Director
        """,
        shapes=_FORMAL,
    ),
    "scholarship": cat(
        "formal",
        """
        {company} Foundation <awards@{cdom}>
        Graduate School Office <gradschool@univ-{city}.example>
        """,
        """
        Scholarship decision
        Your fellowship application
        Travel grant outcome
        """,
        """
        We regret that your scholarship application was not successful this year.
        The panel received {num} applications for twelve places, and your application was not selected.
        Your travel grant application has been declined because the conference falls outside the funding period.
        We encourage you to apply again in the next funding round.
        Your fellowship application is complete and will be reviewed by the committee in {day}'s meeting.
        """,
        """
        The Awards Committee
        Graduate School Office
        """,
        shapes=_FORMAL,
    ),
    "publishing": cat(
        "formal",
        """
        {p_first} {p_surname} Literary Agency <submissions@{p_surname_l}agency.example>
        Editorial Office <editor@journal-{proj_l}.example>
        """,
        """
        Your submission
        Manuscript {num}: decision
        Re: query - {first}'s novel
        """,
        """
        Thank you for sending us your manuscript; unfortunately it is not right for our list at this time.
        After careful consideration the editors have decided not to accept your paper for publication.
        Agents receive hundreds of queries a week, so we cannot give individual feedback.
        The reviewers' comments are attached; you may submit a revised version as a new manuscript.
        We wish you every success in placing your novel elsewhere.
        I'm afraid the opening chapters didn't grab me enough to ask for the full manuscript.
        """,
        """
        {p_first} {p_surname}
        The Editorial Office
        """,
        shapes=_FORMAL,
    ),
}

# ============================================================ German
DE = {
    "names": {
        "first": "Jonas\nLea\nMaximilian\nSophie\nFelix\nHannah\nLukas\nMia\nTobias\nJule\nNiklas\nGreta\nAnton\nFrieda",
        "surname": "Albers\nBrandt\nKrüger\nHofmann\nSchäfer\nWeißenborn\nLindner\nOhlendorf\nPetersen\nZiegler",
        "city": "Bremen\nKassel\nFreiburg\nLeipzig\nMünster\nRegensburg",
        "street": "Lindenstraße\nAm Mühlbach\nHauptstraße\nKastanienallee\nGoethestraße",
        "company": "Nordlicht Logistik\nBergmann Software\nHanse Versicherung\nKöhler & Partner\nGrünfeld Bau\nMöwe Medien",
        "day": "Montag\nDienstag\nMittwoch\nDonnerstag\nFreitag\nSamstag\nSonntag",
        "maildomain": "post.example\nmail.example\nnetzpost.test\nheimat.example",
        "owner": "Jana Albers <jana.albers@mail.example>\nMoritz Keller <moritz@keller.example>\nSvenja Roth <svenja.roth@post.example>",
    },
    "greeting": {
        "list": "Hallo zusammen,\nHallo {p_first},\nMoin,\nHi,",
        "bulk": "Hallo {to_first},\nLiebe Leserinnen und Leser,\nGuten Tag,",
        "personal": "Hallo {to_first}!\nHi {to_first},\nLiebe {to_first},\nHey,",
        "formal": "Sehr geehrte Damen und Herren,\nSehr geehrte/r {to_name},\nGuten Tag {to_name},\nHallo {to_first},",
        "work": "Hi {to_first},\nHallo {to_first},\nMoin {to_first},\nHallo Team,",
        "auto": "",
    },
    "signoff": {
        "list": "Gruß\nViele Grüße\nBeste Grüße\n--",
        "bulk": "Bis nächste Woche\nIhr Redaktionsteam\nHerzliche Grüße",
        "personal": "Liebe Grüße\nLG\nBis bald\nDrück dich",
        "formal": "Mit freundlichen Grüßen\nFreundliche Grüße\nBeste Grüße",
        "work": "Danke dir\nVG\nBeste Grüße\nGruß",
        "auto": "",
    },
    "footer": {
        "bulk": "Sie erhalten diese E-Mail, weil Sie sich auf {cdom} angemeldet haben.\nAbmelden | Einstellungen ändern | Im Browser ansehen\n{company} GmbH, {street} {num2}, {city}\nImpressum | Datenschutz",
        "list": "___\n{proj}-de Mailingliste -- {proj}-de@lists.{proj_l}.example\nAbmelden: {proj}-de-leave@lists.{proj_l}.example",
        "auto": "Dies ist eine automatisch erstellte Nachricht, bitte nicht antworten.\nBenachrichtigungen verwalten: https://{cdom}/einstellungen",
    },
    "quote_intro": "Am {qdate} schrieb {qname} <{qaddr}>:\nAm {qdate} schrieb {qname}:\n-----Ursprüngliche Nachricht-----\\nVon: {qname} <{qaddr}>\\nGesendet: {qdate}",
    "forward_note": "Zur Info, siehe unten.\nLeite ich dir mal weiter.\nKannst du dich darum kümmern?\nNur zur Kenntnis, kein Handlungsbedarf.\nSchau mal, was heute kam.",
    "forward_header": "---------- Weitergeleitete Nachricht ---------\\nVon: {fsender}\\nDatum: {fdate}\\nBetreff: {fsubject}\\nAn: {fto}\n-------- Weitergeleitete Nachricht --------\\nBetreff: {fsubject}\\nDatum: {fdate}\\nVon: {fsender}\\nAn: {fto}",
}
DE["categories"] = {
    "devlist": cat("list",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{pdom}>\n{p_first} {p_surname} über {proj}-de <{proj}-de@lists.{proj_l}.example>",
        "Re: [PATCH] Cronjob startet nicht nach Reboot\nRe: [{proj}-de] Release-Kandidat {ver} abgelehnt\n[{proj}-de] Job-Runner hängt\nRe: Position des Cursors springt\nRe: [{proj}-de] Protokoll vom {day}",
        """
        Der Patch wurde von den Maintainern abgelehnt, weil die Tests fehlen.
        Wir werden diese Änderung am Job-Runner nicht weiterverfolgen, die Architektur passt nicht.
        Der Release-Kandidat {ver} wurde abgelehnt, der nächste folgt nach dem Fix im Parser.
        Leider kann ich das Problem nicht nachvollziehen; der Job läuft bei mir ohne Fehler.
        Die Position des Cursors springt nach dem Umschalten der Ansicht an den Anfang.
        Der Application-Server startet nach dem Update nicht mehr, im Log steht nur ein Timeout.
        Die Stelle im Code, an der das passiert, ist in scheduler.c Zeile {num}.
        Der Vorschlag, Python 3.8 fallen zu lassen, wurde im Treffen am {day} abgelehnt.
        Die Bewerbung der Stadt als Gastgeber für die Konferenz wurde leider nicht berücksichtigt.
        Der nächtliche CI-Job ist wieder fehlgeschlagen, Logs hängen an.
        Wir haben uns entschieden, den Merge Request nicht weiterzuverfolgen.
        Kandidaten für den Vorstand bitte bis {day} auf der Liste melden.
        """,
        "{p_first}\n{p_first} {p_surname}",
        list_id="{proj}-de.lists.{proj_l}.example", list_share=0.8, weight=2.0, shapes=_LISTY),
    "newsletter_career": cat("bulk",
        "Karriere-Kompass <redaktion@karrierekompass.example>\nJobtipps Weekly <news@jobtipps.test>",
        "Absagen richtig lesen\nWas tun nach der dritten Absage?\nSo klappt das Vorstellungsgespräch\nGehalt verhandeln ohne Angst",
        """
        Was bedeutet eigentlich "wir haben uns für einen anderen Bewerber entschieden"? Wir haben nachgefragt.
        Wenn ein Unternehmen schreibt, dass Ihre Bewerbung leider nicht berücksichtigt werden konnte, dürfen Sie nach Feedback fragen.
        Leserfrage: Mir wurde mitgeteilt, die Stelle sei bereits besetzt, bevor ich überhaupt ein Gespräch hatte. Soll ich mich erneut bewerben?
        Eine Absage ist kein Urteil über Sie als Person, sondern oft eine Frage des Timings.
        Tipp der Woche: Passen Sie die ersten drei Zeilen Ihres Lebenslaufs an jede Stelle an.
        Unser Webinar am {day}: Motiviert bleiben bei der Jobsuche.
        Viele Personaler lesen ein Anschreiben in weniger als einer Minute.
        """,
        "Ihr Redaktionsteam\n{p_first} {p_surname}, Redaktion",
        list_id="karriere.{cdom}", list_share=0.5, weight=1.2, shapes=_BULKY),
    "newsletter_hr": cat("bulk",
        "Personal Aktuell <newsletter@personal-aktuell.example>\nHR Briefing <briefing@hrbriefing.test>",
        "Candidate Experience: Die Absage zählt\nNeues von Personio und Workday\nRecruiting-Trends {city}",
        """
        Eine gute Absage teilt dem Bewerber klar mit, dass man sich gegen ihn entschieden hat, und bedankt sich für die Zeit.
        Personio bietet jetzt Vorlagen für Absagen, die automatisch nach dem Interview verschickt werden.
        Umfrage: Jeder dritte Bewerber erhält nach dem Vorstellungsgespräch gar keine Rückmeldung.
        Wie lange dürfen Unterlagen abgelehnter Bewerber gespeichert werden? Unser Datenschutz-Update.
        Fallstudie: Wie {company} die Zeit bis zur Einstellung halbiert hat.
        """,
        "Die Redaktion\n{p_first} {p_surname}",
        list_id="hr.{cdom}", list_share=0.5, shapes=_BULKY),
    "jobboard": cat("bulk",
        "JobHafen <alerts@jobhafen.example>\n{company} Karriere <karriere@{cdom}>",
        "{num2} neue Jobs für Sie\nWir stellen ein: {team}-Team bei {company}\nIhr Profil wurde {num2}-mal angesehen",
        """
        Wir stellen ein! {company} sucht Entwicklerinnen und Entwickler in {city}.
        Neue Stellen, die zu Ihrem Suchauftrag passen: Projektleitung bei {company}.
        Diese Stelle ist leider nicht mehr verfügbar, aber hier sind ähnliche Angebote.
        Vervollständigen Sie Ihr Profil, damit Arbeitgeber Sie finden.
        Mit Premium werden Sie dreimal häufiger zum Vorstellungsgespräch eingeladen.
        Empfehlen Sie Freunde und erhalten Sie eine Prämie, wenn sie eingestellt werden.
        """,
        "Ihr JobHafen-Team\n{company} Recruiting",
        list_id="jobs.{cdom}", list_share=0.3, weight=1.2, shapes=_BULKY),
    "personal": cat("personal",
        "{p_first} {p_surname} <{p_first_l}@{pdom}>\nMama <mama.{p_surname_l}@{pdom}>\nOma <oma@{p_surname_l}.example>",
        "Wochenende\nRe: Grillen am {day}\nNeuigkeiten\nKita-Platz\nRe: Wohnung in der {street}",
        """
        Ich habe die Stelle als Platzwart leider nicht bekommen, egal.
        {first} hat keinen Kita-Platz bekommen, wir stehen wieder auf der Warteliste.
        Der Vermieter hat uns für die Wohnung in der {street} abgesagt, die Suche geht weiter.
        Opa hat eine Absage von der Kur bekommen, jetzt legen wir Widerspruch ein.
        Stell dir vor, {first} hat die Stelle bekommen! Er fängt im März an.
        Drück dir die Daumen für dein Vorstellungsgespräch am {day}!
        Kommst du {day} zum Grillen? Bring gern {first2} mit.
        Meine Bewerbung bei {company} wurde abgelehnt, aber ehrlich gesagt bin ich erleichtert.
        Wir haben uns gegen die neue Küche entschieden, das Angebot war viel zu teuer.
        Kannst du dir meinen Lebenslauf anschauen, bevor ich ihn abschicke?
        {first} wurde nicht für die Kreisauswahl nominiert, er ist ziemlich geknickt.
        """,
        "{p_first}\nMama\nDeine Oma",
        weight=2.5, shapes=_CHATTY),
    "admin": cat("formal",
        "Stadt {city} - Bürgerservice <buergerservice@stadt-{city}.example>\nHanse Versicherung <schaden@hanse-vers.example>\nSparkasse {city} <service@sparkasse-{city}.example>\n{company} Kundenservice <service@{cdom}>",
        "Ihr Antrag vom {day}\nIhr Kreditantrag\nIhre Bestellung {num}\nBescheid über Ihren Antrag auf Wohngeld\nIhre Schadensmeldung {num}\nIhr Antrag auf einen Anwohnerparkausweis",
        """
        Leider können wir Ihrem Antrag auf Ratenzahlung nicht entsprechen.
        Ihr Antrag auf Wohngeld wurde abgelehnt, da die Einkommensgrenze überschritten ist.
        Leider können wir Ihre Bestellung {num} nicht ausliefern, der Betrag wird erstattet.
        Ihre Schadensmeldung wurde geprüft; der Schaden ist leider nicht versichert.
        Ihr Antrag auf Mitgliedschaft im Tennisverein konnte in dieser Saison nicht berücksichtigt werden.
        Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.
        Ihr Antrag auf einen Kleingarten wurde leider abgelehnt, die Warteliste ist lang.
        Wir haben uns entschieden, Ihren Antrag auf Verlängerung nicht weiter zu bearbeiten, da Unterlagen fehlen.
        Ihre Bewerbung um einen Stellplatz in der Tiefgarage war leider nicht erfolgreich.
        Ihr Aktenzeichen lautet {num}; bitte geben Sie es bei Rückfragen an.
        """,
        "Ihr Bürgerservice\nKundenservice\nSachbearbeitung",
        weight=2.5, shapes=_FORMAL),
    "hiring": cat("work",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{cdom}>\nPersonio <noreply@personio.example>",
        "Re: Kandidaten {team}\nFeedback zum Gespräch mit {first} {surname}\nBewerberpipeline KW {num2}\nRe: Backend-Stelle",
        """
        Wir haben uns gegen {first} {surname} entschieden, die Bewertungen hängen an.
        Kannst du der Kandidatin von {day} absagen? Wir gehen mit ihr nicht weiter.
        Ich glaube nicht, dass er ins Team passt, seine Erfahrung deckt sich nicht mit unseren Anforderungen.
        Die Stelle ist besetzt, bitte die übrigen Bewerbungen archivieren.
        Wir haben uns für eine andere Kandidatin entschieden, ich sage der Agentur Bescheid.
        Bitte trag dein Feedback bis {day} in Personio ein.
        Hast du am {day} um {hour} Zeit für ein Gespräch mit {first}?
        Danke, dass du das Interview mit {first} geführt hast; wir werden ihr eine Absage schicken.
        """,
        "{p_first}\n{p_first} {p_surname}\\nTeamleitung {team}, {company}",
        weight=2.0, shapes=_CHATTY),
    "notification": cat("auto",
        "GitLab <gitlab@{cdom}>\nDHL Paket <noreply@paket.example>\n{company} <noreply@{cdom}>\nSparkasse <alerts@sparkasse.example>",
        "Merge Request !{num} abgelehnt\nPipeline fehlgeschlagen: {proj}\nIhre Sendung kommt am {day}\nKartenzahlung abgelehnt\nEinladung: Bewerbergespräch {day}",
        """
        {first} hat den Merge Request !{num} abgelehnt: Wir werden diese Änderung nicht weiterverfolgen.
        Pipeline #{num} für {proj} ist fehlgeschlagen: der Job "test" endete mit Code 1.
        Ihre Sendung wird am {day} zwischen 10 und 14 Uhr zugestellt.
        Eine Kartenzahlung über {amount} EUR bei {company} wurde abgelehnt.
        Einladung: Bewerbergespräch mit {first} am {day} um {hour}.
        Ihr Kontoauszug steht im Online-Banking bereit.
        """,
        "GitLab\nIhr {company}-Team",
        weight=2.5, shapes=_AUTO),
    "spam": cat("bulk",
        "Personalabteilung <hr@schnell-job.test>\nKredit Express <info@kredit-express.test>",
        "Heimarbeit: 500 EUR am Tag\nIhr Kreditantrag wurde abgelehnt\nStelle frei - sofort antworten",
        """
        Heimarbeit: Verdienen Sie 500 EUR am Tag, ohne Vorstellungsgespräch!
        Ihr Kreditantrag wurde abgelehnt, aber Sie sind für unseren Gold-Kredit vorgemerkt.
        Wir haben Ihren Lebenslauf gefunden und haben eine Stelle als Zahlungsagent für Sie.
        Senden Sie uns Ihre Bankdaten und eine Kopie Ihres Ausweises.
        Ihre vorherige Bewerbung war leider erfolglos, klicken Sie hier für einen neuen Versuch.
        """,
        "Personalabteilung\nIhr Team",
        weight=1.2, shapes=[10, 40, 45, 5, 0, 0]),
    "events": cat("formal",
        "Ticketwelt <bestellung@ticketwelt.example>\n{city} Open Air <info@{city}openair.example>",
        "Sie stehen auf der Warteliste\nIhre Ticketbewerbung\nVeranstaltung ausgebucht",
        """
        Die Veranstaltung ist ausgebucht, Sie stehen auf der Warteliste auf Platz {num2}.
        Leider waren Sie bei der Verlosung der Tickets nicht erfolgreich.
        Ihr Vortrag wurde vom Programmkomitee leider nicht ausgewählt.
        Der Workshop am {day} fällt leider aus, der Betrag wird erstattet.
        """,
        "Ihr Ticketwelt-Team\nDas Orga-Team",
        shapes=_FORMAL),
    "volunteering": cat("formal",
        "Tafel {city} <ehrenamt@tafel-{city}.example>\n{p_first} vom Naturschutzbund <{p_first_l}@nabu-{city}.example>",
        "Ehrenamt: Schichten im {day}\nIhre Anfrage als Ehrenamtliche\nDanke fürs Helfen",
        """
        Vielen Dank für Ihr Interesse am Ehrenamt; alle Schichten am Samstag sind derzeit besetzt.
        Wir können Ihnen leider keine Stelle als ehrenamtliche Helferin anbieten, da wir genug Leute haben.
        Der Arbeitseinsatz am {day} fällt wegen Sturmwarnung aus.
        Bitte bringt Handschuhe und etwas zu trinken mit.
        """,
        "{p_first}, Ehrenamtskoordination\nDas Team der Tafel",
        shapes=_FORMAL),
    "sports": cat("personal",
        "Trainer {p_first} <{p_first_l}.trainer@{pdom}>\nSV {city} Jugend <jugend@sv-{city}.example>",
        "Kader für {day}\nTrainingsplan\nSichtungstraining",
        """
        Das Training am {day} fällt leider aus, die Halle ist anderweitig vergeben.
        {first} wurde nach dem Sichtungstraining nicht in den Landeskader aufgenommen.
        Der Kader für {day} steht unten; wer nicht draufsteht, ist diese Woche Ersatz.
        Wir melden in dieser Saison keine zweite Mannschaft, es fehlen Spieler.
        """,
        "Trainer {p_first}\n{p_first}",
        shapes=_CHATTY),
    "audition": cat("formal",
        "Theater {city} e.V. <besetzung@theater-{city}.example>\nChor {city} <chor@chor-{city}.example>",
        "Ergebnis des Vorsingens\nBesetzung für die Frühjahrsproduktion",
        """
        Vielen Dank für Ihr Vorsprechen für die Rolle des Mephisto; leider können wir Ihnen die Rolle diesmal nicht geben.
        Wir hatten mehr Anmeldungen als Plätze im Chor und können Sie in dieser Saison leider nicht aufnehmen.
        Die Besetzungsliste hängt ab {day} im Foyer aus.
        """,
        "Die Besetzungskommission\n{p_first}, Chorleitung",
        shapes=_FORMAL),
    "scholarship": cat("formal",
        "{company} Stiftung <stipendien@{cdom}>\nDAAD-Büro {city} <info@austausch-{city}.example>",
        "Ihr Stipendienantrag\nEntscheidung über Ihre Förderung",
        """
        Leider können wir Ihren Antrag auf ein Stipendium in diesem Jahr nicht berücksichtigen.
        Die Auswahlkommission hat sich für andere Bewerberinnen und Bewerber entschieden.
        Eine erneute Bewerbung in der nächsten Förderrunde ist möglich.
        """,
        "Die Stipendienstelle\nDas Auswahlgremium",
        shapes=_FORMAL),
    "publishing": cat("formal",
        "Verlag {p_surname} <lektorat@verlag-{p_surname_l}.example>\nRedaktion Zeitschrift {proj} <redaktion@{proj_l}-zeitschrift.example>",
        "Ihr Manuskript\nEntscheidung zu Ihrem Beitrag",
        """
        Vielen Dank für die Zusendung Ihres Manuskripts; leider passt es nicht in unser Verlagsprogramm.
        Die Gutachten liegen vor, Ihr Beitrag wird in dieser Form nicht zur Veröffentlichung angenommen.
        Wir wünschen Ihnen viel Erfolg bei der Suche nach einem anderen Verlag.
        """,
        "Lektorat\nDie Redaktion",
        shapes=_FORMAL),
}
# ============================================================ French
FR = {
    "names": {
        "first": "Camille\nLucas\nChloé\nHugo\nManon\nThéo\nInès\nJules\nLéa\nArthur\nZoé\nMathis\nClémence\nNoé",
        "surname": "Roux\nLefèvre\nMercier\nGauthier\nBoucher\nFaure\nLemaire\nCharpentier\nDuval\nPerrin",
        "city": "Nantes\nLyon\nRennes\nGrenoble\nLille\nBordeaux",
        "street": "rue des Lilas\navenue Jean-Jaurès\nrue du Moulin\nplace de la Gare\nboulevard Voltaire",
        "company": "Atelier Boréal\nLogis Conseil\nMarée Haute Transports\nSolvane\nÉditions Pervenche\nBanque Hirondelle",
        "day": "lundi\nmardi\nmercredi\njeudi\nvendredi\nsamedi\ndimanche",
        "maildomain": "courriel.example\nmel.test\nboite.example\nposte.example",
        "owner": "Amandine Roux <amandine.roux@courriel.example>\nNicolas Perrin <nico.perrin@mel.test>\nÉlise Garnier <elise@garnier.example>",
    },
    "greeting": {
        "list": "Bonjour à tous,\nSalut {p_first},\nBonjour,\nHello la liste,",
        "bulk": "Bonjour {to_first},\nChère lectrice, cher lecteur,\nBonjour,",
        "personal": "Coucou {to_first} !\nSalut {to_first},\nMa chérie,\nHello,",
        "formal": "Madame, Monsieur,\nBonjour {to_name},\nChère Madame, cher Monsieur,",
        "work": "Salut {to_first},\nBonjour {to_first},\nHello l'équipe,",
        "auto": "",
    },
    "signoff": {
        "list": "Cordialement,\nA+\nMerci,\n--",
        "bulk": "Bonne lecture,\nÀ la semaine prochaine,\nL'équipe",
        "personal": "Bisous,\nGros bisous\nA bientôt !\nBises",
        "formal": "Veuillez agréer nos salutations distinguées.\nCordialement,\nBien à vous,",
        "work": "Merci,\nA+\nBonne journée,",
        "auto": "",
    },
    "footer": {
        "bulk": "Vous recevez cet e-mail car vous êtes inscrit(e) sur {cdom}.\nSe désinscrire | Gérer mes préférences | Voir en ligne\n{company}, {num2} {street}, {city}",
        "list": "___\nListe {proj}-fr -- {proj}-fr@listes.{proj_l}.example\nDésinscription : {proj}-fr-leave@listes.{proj_l}.example",
        "auto": "Ceci est un message automatique, merci de ne pas y répondre.\nGérer les notifications : https://{cdom}/parametres",
    },
    "quote_intro": "Le {qdate}, {qname} <{qaddr}> a écrit :\nLe {qdate}, {qname} a écrit :\n-----Message d'origine-----\\nDe : {qname} <{qaddr}>\\nEnvoyé : {qdate}",
    "forward_note": "Pour info, voir ci-dessous.\nJe te transfère ça.\nTu peux t'en occuper ?\nPour information, rien à faire.",
    "forward_header": "---------- Message transféré ---------\\nDe : {fsender}\\nDate : {fdate}\\nObjet : {fsubject}\\nÀ : {fto}\n-------- Message transféré --------\\nSujet : {fsubject}\\nDate : {fdate}\\nDe : {fsender}\\nPour : {fto}",
}
FR["categories"] = {
    "devlist": cat("list",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{pdom}>\n{p_first} {p_surname} via {proj}-fr <{proj}-fr@listes.{proj_l}.example>",
        "Re: [PATCH] tâche cron bloquée\nRe: [{proj}-fr] candidate {ver} refusée\n[{proj}-fr] Position du curseur\nRe: compte rendu du {day}",
        """
        Le patch a été refusé par les mainteneurs, ils préfèrent une autre approche.
        Nous ne donnerons pas suite à cette demande de fonctionnalité, le poste de travail n'est pas supporté.
        La version candidate {ver} a été rejetée à cause d'une régression dans l'analyseur.
        Le job d'intégration continue échoue encore sur le runner arm64.
        La position du curseur est remise à zéro quand on redimensionne la fenêtre.
        La proposition de supprimer Python 3.8 n'a pas été retenue lors de la réunion de {day}.
        Le serveur d'application refuse les connexions depuis la mise à jour.
        Les candidatures pour le comité technique sont ouvertes jusqu'à {day}.
        """,
        "{p_first}\n{p_first} {p_surname}",
        list_id="{proj}-fr.listes.{proj_l}.example", list_share=0.8, weight=2.0, shapes=_LISTY),
    "newsletter_career": cat("bulk",
        "La lettre de l'emploi <lettre@emploi-malin.example>\nCarrière & Vous <redaction@carriere-vous.test>",
        "Rebondir après un refus\nDécrypter une réponse négative\nPréparer son entretien\nNégocier son salaire",
        """
        Que faire quand votre candidature n'a pas été retenue ? Nos conseils pour rebondir.
        Une lectrice nous écrit : le recruteur m'a dit que le poste était déjà pourvu avant même l'entretien. Dois-je postuler à nouveau ?
        « Nous avons le regret de ne pas donner suite à votre candidature » : derrière cette formule, ce que pensent vraiment les recruteurs.
        Un refus n'est pas un jugement sur votre valeur, c'est souvent une question de calendrier.
        Conseil de la semaine : adaptez l'accroche de votre CV à chaque offre.
        Webinaire {day} : garder le moral pendant la recherche d'emploi.
        """,
        "La rédaction\n{p_first} {p_surname}, rédactrice en chef",
        list_id="lettre.{cdom}", list_share=0.5, weight=1.2, shapes=_BULKY),
    "newsletter_hr": cat("bulk",
        "RH Hebdo <newsletter@rh-hebdo.example>\nFocus Recrutement <info@focus-recrutement.test>",
        "Expérience candidat : soigner le refus\nNouveautés des ATS\nLe recrutement à {city}",
        """
        Un bon courrier de refus indique clairement au candidat que sa candidature n'est pas retenue et le remercie de son temps.
        Les recruteurs peuvent désormais envoyer des réponses négatives groupées depuis SmartRecruiters.
        Étude : un candidat sur trois ne reçoit aucune réponse après un entretien.
        Combien de temps conserver le CV d'un candidat non retenu ? Le point RGPD.
        """,
        "La rédaction RH Hebdo\n{p_first} {p_surname}",
        list_id="rh.{cdom}", list_share=0.5, shapes=_BULKY),
    "jobboard": cat("bulk",
        "EmploiPlus <alertes@emploiplus.example>\n{company} Recrutement <recrutement@{cdom}>",
        "{num2} nouvelles offres pour vous\nOn recrute : rejoignez {company}\nVotre profil a été consulté {num2} fois",
        """
        On recrute ! {company} cherche des développeurs et une cheffe de projet à {city}.
        Cette offre n'est plus disponible, mais voici des offres similaires près de {city}.
        Complétez votre profil pour être repéré par les recruteurs.
        Parrainez un ami et recevez une prime s'il est embauché.
        Postulez en un clic avec votre CV enregistré.
        """,
        "L'équipe EmploiPlus\n{company} Recrutement",
        list_id="offres.{cdom}", list_share=0.3, weight=1.2, shapes=_BULKY),
    "personal": cat("personal",
        "{p_first} {p_surname} <{p_first_l}@{pdom}>\nMaman <maman.{p_surname_l}@{pdom}>\nPapi <papi@{p_surname_l}.example>",
        "Dimanche\nnouvelles\nRe: l'appart {street}\nce soir\nla crèche",
        """
        Ton frère n'a pas été retenu pour le match de samedi, il est déçu.
        Je n'ai pas eu le poste à la boulangerie, ils ont pris quelqu'un de plus expérimenté.
        Le propriétaire a refusé notre dossier pour l'appartement {street}, on continue à chercher.
        {first} n'a pas eu de place à la crèche, on est sur liste d'attente.
        Désolée, je ne peux pas venir ce soir, j'ai un entretien demain matin !
        Devine quoi, {first} a eu le poste ! Il commence en mars.
        Bonne chance pour ton entretien {day}, tu vas assurer.
        On a décidé de ne pas donner suite pour la cuisine, le devis était beaucoup trop cher.
        Tu peux relire mon CV avant que je l'envoie ?
        On déjeune ensemble {day} ? Amène {first2} si elle est libre.
        """,
        "{p_first}\nMaman\nPapi",
        weight=2.5, shapes=_CHATTY),
    "admin": cat("formal",
        "Banque Hirondelle <contact@banque-hirondelle.example>\nMairie de {city} <etat-civil@mairie-{city}.example>\nCAF <ne-pas-repondre@caf.test>\n{company} Service client <service@{cdom}>",
        "Votre demande de prêt\nVotre dossier {num}\nVotre commande {num}\nDécision concernant votre demande d'aide au logement\nVotre demande d'inscription",
        """
        Nous ne pouvons malheureusement pas donner une suite favorable à votre demande de prêt personnel.
        Votre demande d'aide au logement a été rejetée car vos revenus dépassent le plafond.
        Votre dossier d'inscription à la cantine est incomplet ; merci de le compléter.
        Votre commande a été annulée, l'article n'est plus disponible ; vous serez remboursé.
        Votre demande d'adhésion au club de tennis n'a pas pu être retenue cette saison.
        Votre candidature pour une parcelle au jardin partagé n'a pas été retenue, faute de place.
        Vous pouvez contester cette décision dans un délai de deux mois.
        Votre demande de place de stationnement résidentiel n'a malheureusement pas abouti.
        """,
        "Le service client\nLe service des affaires générales",
        weight=2.5, shapes=_FORMAL),
    "hiring": cat("work",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{cdom}>\nSmartRecruiters <noreply@smartrecruiters.example>",
        "Re: candidats {team}\nDébrief entretien {first} {surname}\nPipeline recrutement semaine {num2}",
        """
        On a écarté {first} {surname} après l'entretien technique, les grilles sont en pièce jointe.
        Tu peux envoyer le refus à la candidate de {day} ? On ne continue pas avec elle.
        Je ne pense pas qu'il corresponde au poste, son expérience ne colle pas à nos besoins.
        Le poste est pourvu, merci d'archiver les candidatures restantes.
        Nous avons retenu une autre candidate, je préviens le cabinet.
        Merci de saisir ton retour dans l'outil avant {day}.
        Tu es dispo {day} à {hour} pour un entretien avec {first} ?
        """,
        "{p_first}\n{p_first} {p_surname}\\nResponsable {team}, {company}",
        weight=2.0, shapes=_CHATTY),
    "notification": cat("auto",
        "GitHub <notifications@github.com>\nColissimo <suivi@colis.example>\nBanque Hirondelle <alertes@banque-hirondelle.example>\n{company} <noreply@{cdom}>",
        "[projet/site] Issue #{num} fermée\nVotre colis arrive {day}\nPaiement refusé\nInvitation : entretien {first} {day}",
        """
        Issue #{num} fermée par {first} : nous ne donnerons pas suite à cette demande.
        Votre colis sera livré {day} entre 9h et 13h.
        Un paiement de {amount} EUR chez {company} a été refusé.
        Invitation : entretien avec {first} {surname} {day} à {hour}.
        Le job de déploiement a échoué : code de sortie 1.
        """,
        "L'équipe {company}\nGitHub",
        weight=2.5, shapes=_AUTO),
    "spam": cat("bulk",
        "Service RH <rh@emploi-rapide.test>\nCrédit Express <info@credit-express.test>",
        "Travail à domicile : 500 EUR par jour\nVotre demande de crédit a été refusée\nPoste disponible, répondez vite",
        """
        Travail à domicile : gagnez 500 EUR par jour sans entretien !
        Votre demande de crédit a été refusée, mais vous êtes pré-approuvé pour notre offre Or.
        Nous avons trouvé votre CV en ligne et avons un poste d'agent de paiement pour vous.
        Envoyez-nous vos coordonnées bancaires et une copie de votre pièce d'identité.
        """,
        "Service RH\nL'équipe",
        weight=1.2, shapes=[10, 40, 45, 5, 0, 0]),
    "events": cat("formal",
        "Billetterie {city} <billets@billetterie-{city}.example>\nFestival {city} <contact@festival-{city}.example>",
        "Vous êtes sur liste d'attente\nRésultat du tirage au sort\nÉvénement complet",
        """
        L'événement est complet ; vous êtes en position {num2} sur la liste d'attente.
        Vous n'avez malheureusement pas été tiré au sort pour les billets cette année.
        Votre proposition d'intervention n'a pas été retenue par le comité de programme.
        L'atelier de {day} est annulé, vous serez remboursé.
        """,
        "La billetterie\nL'équipe du festival",
        shapes=_FORMAL),
    "volunteering": cat("formal",
        "Restos {city} <benevoles@restos-{city}.example>\n{p_first} de l'association Vert Demain <{p_first_l}@vertdemain.example>",
        "Votre candidature de bénévole\nPlanning des bénévoles\nMerci pour votre aide",
        """
        Merci pour votre candidature comme bénévole ; tous les créneaux du samedi sont déjà pourvus.
        Nous ne pouvons pas vous proposer de mission bénévole ce mois-ci, nous avons assez de monde.
        Le chantier nature de {day} est annulé à cause de la tempête.
        Pensez à apporter des gants et une gourde.
        """,
        "{p_first}, coordinatrice des bénévoles\nL'équipe Vert Demain",
        shapes=_FORMAL),
    "sports": cat("personal",
        "Coach {p_first} <{p_first_l}.coach@{pdom}>\nUS {city} Foot <jeunes@us-{city}.example>",
        "Convocation match {day}\nSélection régionale\nEntraînement déplacé",
        """
        {first} n'a pas été retenu pour la sélection régionale après les détections.
        Les convoqués pour {day} sont ci-dessous ; les autres sont remplaçants cette semaine.
        L'entraînement de {day} est déplacé à {hour}, le terrain est pris.
        """,
        "Coach {p_first}\n{p_first}",
        shapes=_CHATTY),
    "audition": cat("formal",
        "Troupe du {city} Théâtre <casting@theatre-{city}.example>\nChorale de {city} <chorale@chorale-{city}.example>",
        "Résultats des auditions\nDistribution du spectacle",
        """
        Merci d'avoir auditionné pour le rôle de Cyrano ; nous ne pouvons malheureusement pas vous confier le rôle cette fois.
        Nous avons reçu plus de demandes que de places dans la chorale et ne pouvons pas vous accueillir cette saison.
        La distribution sera affichée {day} dans le hall.
        """,
        "Le comité de distribution\n{p_first}, chef de chœur",
        shapes=_FORMAL),
    "scholarship": cat("formal",
        "Fondation {company} <bourses@{cdom}>\nService des bourses <bourses@univ-{city}.example>",
        "Votre demande de bourse\nRésultat de la commission",
        """
        Nous regrettons de vous informer que votre demande de bourse n'a pas été retenue cette année.
        La commission a reçu {num} dossiers pour douze bourses.
        Vous pourrez déposer une nouvelle demande lors de la prochaine campagne.
        """,
        "La commission des bourses\nLe service des bourses",
        shapes=_FORMAL),
    "publishing": cat("formal",
        "Éditions {p_surname} <manuscrits@editions-{p_surname_l}.example>\nRevue {proj} <redaction@revue-{proj_l}.example>",
        "Votre manuscrit\nDécision concernant votre article",
        """
        Nous avons lu votre manuscrit avec attention ; il ne correspond malheureusement pas à notre ligne éditoriale.
        Le comité de rédaction a décidé de ne pas publier votre article dans la revue.
        Nous vous souhaitons de trouver un éditeur pour ce texte.
        """,
        "Le comité de lecture\nLa rédaction",
        shapes=_FORMAL),
}
# ============================================================ Spanish
ES = {
    "names": {
        "first": "Lucía\nMateo\nSofía\nHugo\nMartina\nDiego\nValeria\nPablo\nCarmen\nÁlvaro\nNoelia\nIker\nPaula\nJavier",
        "surname": "García\nMartín\nRuiz\nNavarro\nIbáñez\nCastro\nMoreno\nSerrano\nPeña\nDomínguez",
        "city": "Valencia\nSevilla\nZaragoza\nBilbao\nGranada\nMálaga",
        "street": "calle Mayor\navenida del Puerto\ncalle de la Luna\nplaza de España\npaseo del Prado",
        "company": "Brisa Logística\nGrupo Almendro\nSoluciones Faro\nSeguros Delta Sur\nEditorial Cigüeña\nBanco Alameda",
        "day": "lunes\nmartes\nmiércoles\njueves\nviernes\nsábado\ndomingo",
        "maildomain": "correo.example\nbuzon.test\nmimail.example\ncasa.example",
        "owner": "Lucía Romero <lucia.romero@correo.example>\nAndrés Vidal <andres@vidal.example>\nMarta Gil <marta.gil@buzon.test>",
    },
    "greeting": {
        "list": "Hola a todos:\nHola, {p_first}:\nBuenas,\nHola lista,",
        "bulk": "Hola, {to_first}:\nHola,\nQuerido lector:",
        "personal": "¡Hola, {to_first}!\nHola guapa,\n{to_first}:\nEy,",
        "formal": "Estimado/a {to_name}:\nMuy señor/a mío/a:\nBuenos días:",
        "work": "Hola {to_first},\nBuenas {to_first},\nHola equipo,",
        "auto": "",
    },
    "signoff": {
        "list": "Saludos,\nUn saludo,\nGracias,\n--",
        "bulk": "¡Hasta la semana que viene!\nEl equipo\nUn abrazo,",
        "personal": "Besos,\nUn abrazo\n¡Hasta pronto!\nBesitos",
        "formal": "Atentamente,\nUn cordial saludo,\nSaludos cordiales,",
        "work": "Gracias,\nUn saludo,\nAbrazo,",
        "auto": "",
    },
    "footer": {
        "bulk": "Recibes este correo porque te suscribiste en {cdom}.\nDarse de baja | Preferencias | Ver en el navegador\n{company} S.L., {street} {num2}, {city}",
        "list": "___\nLista {proj}-es -- {proj}-es@listas.{proj_l}.example\nBaja: {proj}-es-leave@listas.{proj_l}.example",
        "auto": "Este es un mensaje automático, por favor no respondas.\nGestionar notificaciones: https://{cdom}/ajustes",
    },
    "quote_intro": "El {qdate}, {qname} <{qaddr}> escribió:\nEl {qdate}, {qname} escribió:\n-----Mensaje original-----\\nDe: {qname} <{qaddr}>\\nEnviado: {qdate}",
    "forward_note": "Para que lo sepas, mira abajo.\nTe reenvío esto.\n¿Te puedes encargar?\nSolo para tu información.",
    "forward_header": "---------- Mensaje reenviado ---------\\nDe: {fsender}\\nFecha: {fdate}\\nAsunto: {fsubject}\\nPara: {fto}",
}
ES["categories"] = {
    "devlist": cat("list",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{pdom}>\n{p_first} {p_surname} vía {proj}-es <{proj}-es@listas.{proj_l}.example>",
        "Re: [PATCH] el job de CI falla\nRe: [{proj}-es] versión candidata {ver} rechazada\nRe: propuesta\n[{proj}-es] Posición del cursor",
        """
        La propuesta no ha sido aceptada por el comité, seguimos con la otra opción.
        Hemos decidido no seguir adelante con este cambio en el job de CI.
        La versión candidata {ver} fue rechazada por una regresión en el analizador.
        El parche fue rechazado porque no tenía pruebas.
        La posición del cursor se pierde al cambiar de pestaña.
        El servidor de aplicaciones no arranca después de la actualización.
        Las candidaturas para el comité técnico se cierran el {day}.
        """,
        "{p_first}\n{p_first} {p_surname}",
        list_id="{proj}-es.listas.{proj_l}.example", list_share=0.8, weight=2.0, shapes=_LISTY),
    "newsletter_career": cat("bulk",
        "Boletín Empleo <boletin@empleo-claro.example>\nCarrera y Más <redaccion@carreraymas.test>",
        "Cómo superar un rechazo\nQué significa realmente una respuesta negativa\nPrepara tu entrevista\nNegocia tu salario",
        """
        Qué hacer cuando te dicen que tu candidatura no ha sido seleccionada: nuestros consejos.
        Pregunta de una lectora: me dijeron que el puesto ya estaba cubierto antes de la entrevista. ¿Vuelvo a presentarme?
        "Hemos decidido continuar con otros candidatos": lo que de verdad piensan los reclutadores cuando escriben esto.
        Un rechazo no es un juicio sobre ti, muchas veces es cuestión de tiempos.
        Consejo de la semana: adapta las tres primeras líneas de tu CV a cada oferta.
        Webinario el {day}: mantener la motivación durante la búsqueda de empleo.
        """,
        "El equipo de redacción\n{p_first} {p_surname}, editora",
        list_id="boletin.{cdom}", list_share=0.5, weight=1.2, shapes=_BULKY),
    "newsletter_hr": cat("bulk",
        "RRHH Digital <newsletter@rrhh-digital.example>\nTalento Hoy <info@talentohoy.test>",
        "La experiencia del candidato empieza en el rechazo\nNovedades de Workday\nEl mercado laboral en {city}",
        """
        Un buen correo de rechazo dice con claridad al candidato que no seguirá en el proceso y le agradece su tiempo.
        Workday permite ahora enviar respuestas negativas en bloque por cada vacante.
        Encuesta: uno de cada tres candidatos no recibe respuesta tras la entrevista.
        ¿Cuánto tiempo se puede guardar el CV de un candidato descartado? Lo que dice el RGPD.
        """,
        "La redacción\n{p_first} {p_surname}",
        list_id="rrhh.{cdom}", list_share=0.5, shapes=_BULKY),
    "jobboard": cat("bulk",
        "EmpleoYa <alertas@empleoya.example>\n{company} Talento <talento@{cdom}>",
        "{num2} nuevas ofertas para ti\n¡Estamos contratando en {company}!\nTu perfil ha sido visto {num2} veces",
        """
        ¡Estamos contratando! {company} busca desarrolladores y una jefa de proyecto en {city}.
        Esta oferta ya no está disponible, pero aquí tienes ofertas similares cerca de {city}.
        Completa tu perfil para que las empresas te encuentren.
        Recomienda a un amigo y gana un premio si lo contratan.
        """,
        "El equipo de EmpleoYa\n{company} Talento",
        list_id="ofertas.{cdom}", list_share=0.3, weight=1.2, shapes=_BULKY),
    "personal": cat("personal",
        "{p_first} {p_surname} <{p_first_l}@{pdom}>\nMamá <mama.{p_surname_l}@{pdom}>\nAbuela <abuela@{p_surname_l}.example>",
        "Domingo\nnovedades\nRe: el piso de {street}\nla cena\nguardería",
        """
        A tu primo no lo cogieron en el equipo, eligieron a otro chico.
        No me cogieron en la panadería, se quedaron con alguien con más experiencia.
        El propietario rechazó nuestra solicitud para el piso de {street}, seguimos buscando.
        {first} no consiguió plaza en la guardería, estamos en lista de espera.
        No puedo ir a la cena, tengo una entrevista de trabajo el lunes y quiero preparar.
        ¡Adivina! A {first} le han dado el puesto, empieza en marzo.
        Mucha suerte en tu entrevista del {day}, lo vas a hacer genial.
        Al final decidimos no seguir adelante con la reforma de la cocina, era carísima.
        ¿Puedes echar un vistazo a mi currículum antes de mandarlo?
        """,
        "{p_first}\nMamá\nTu abuela",
        weight=2.5, shapes=_CHATTY),
    "admin": cat("formal",
        "Banco Alameda <info@bancoalameda.example>\nAyuntamiento de {city} <info@ayto-{city}.example>\nSeguros Delta Sur <siniestros@deltasur.example>\n{company} Atención al cliente <ayuda@{cdom}>",
        "Tu solicitud\nResolución de su solicitud de ayuda\nPedido {num} cancelado\nSu siniestro {num}\nSolicitud de plaza de aparcamiento",
        """
        Tu solicitud de tarjeta de crédito no ha sido aprobada.
        Lamentablemente la plaza de garaje ya ha sido adjudicada a otro vecino.
        Su solicitud de ayuda al alquiler ha sido denegada por superar el límite de ingresos.
        Tu pedido ha sido cancelado porque el artículo está agotado; no se te ha cobrado nada.
        Su siniestro ha sido rechazado porque los daños no están cubiertos por la póliza.
        Su solicitud de plaza en el huerto urbano no ha sido admitida por falta de espacio.
        Puede presentar un recurso en el plazo de un mes.
        """,
        "Atención al cliente\nEl servicio de tramitación",
        weight=2.5, shapes=_FORMAL),
    "hiring": cat("work",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{cdom}>\nGreenhouse <no-reply@greenhouse.example>",
        "Re: candidatos {team}\nFeedback entrevista {first} {surname}\nPipeline semana {num2}",
        """
        Hemos descartado a {first} {surname} tras la prueba técnica, te adjunto las valoraciones.
        ¿Puedes mandarle el rechazo a la candidata del {day}? No seguimos con ella.
        No creo que encaje en el puesto, su experiencia no es lo que buscamos.
        El puesto ya está cubierto, archiva las candidaturas que quedan, por favor.
        Nos quedamos con otra candidata, aviso a la agencia.
        ¿Tienes un hueco el {day} a las {hour} para entrevistar a {first}?
        """,
        "{p_first}\n{p_first} {p_surname}\\nResponsable de {team}, {company}",
        weight=2.0, shapes=_CHATTY),
    "notification": cat("auto",
        "GitHub <notifications@github.com>\nCorreos <avisos@correos.example>\nBanco Alameda <alertas@bancoalameda.example>\n{company} <noreply@{cdom}>",
        "[org/app] PR #{num} cerrado\nTu envío llega el {day}\nPago rechazado\nInvitación: entrevista con {first}",
        """
        Lamentablemente no hemos podido entregar tu paquete.
        PR #{num} cerrado sin fusionar por {first}.
        Se ha rechazado un pago de {amount} EUR en {company}.
        Invitación: entrevista con {first} {surname} el {day} a las {hour}.
        El job de despliegue ha fallado con el código 1.
        """,
        "El equipo de {company}\nGitHub",
        weight=2.5, shapes=_AUTO),
    "spam": cat("bulk",
        "Recursos Humanos <rrhh@trabajo-facil.test>\nCrédito Rápido <info@credito-rapido.test>",
        "Trabaja desde casa: 500 EUR al día\nSu solicitud de préstamo fue rechazada\nPuesto disponible, responde hoy",
        """
        Trabaja desde casa y gana 500 EUR al día, ¡sin entrevista!
        Su solicitud de préstamo fue rechazada, pero está preaprobado para nuestro crédito Oro.
        Encontramos su currículum en internet y tenemos un puesto de agente de pagos para usted.
        Envíenos sus datos bancarios y una copia de su DNI.
        """,
        "Recursos Humanos\nEl equipo",
        weight=1.2, shapes=[10, 40, 45, 5, 0, 0]),
    "events": cat("formal",
        "Entradas {city} <entradas@entradas-{city}.example>\nFestival de {city} <hola@festival-{city}.example>",
        "Estás en lista de espera\nResultado del sorteo\nEntradas agotadas",
        """
        Las entradas están agotadas; estás en la posición {num2} de la lista de espera.
        Lamentablemente no has resultado premiado en el sorteo de entradas.
        Tu propuesta de charla no ha sido seleccionada por el comité.
        La clase de yoga del {day} se cancela, te devolvemos el importe.
        """,
        "El equipo de entradas\nLa organización",
        shapes=_FORMAL),
    "volunteering": cat("formal",
        "Banco de Alimentos {city} <voluntariado@bancoalimentos-{city}.example>\n{p_first} de Verde Vivo <{p_first_l}@verdevivo.example>",
        "Tu solicitud de voluntariado\nTurnos de voluntarios\nGracias por ayudar",
        """
        Gracias por ofrecerte como voluntaria; todos los turnos del sábado ya están cubiertos.
        Este mes no podemos ofrecerte una plaza de voluntariado, tenemos gente suficiente.
        La limpieza del río del {day} se suspende por la alerta de tormenta.
        """,
        "{p_first}, coordinación de voluntariado\nEl equipo de Verde Vivo",
        shapes=_FORMAL),
    "sports": cat("personal",
        "Entrenador {p_first} <{p_first_l}.entrenador@{pdom}>\nCD {city} Cantera <cantera@cd-{city}.example>",
        "Convocatoria para el {day}\nSelección provincial\nEntrenamiento cambiado",
        """
        {first} no ha sido seleccionado para la provincial después de las pruebas.
        La convocatoria para el {day} está abajo; quien no aparezca es suplente esta semana.
        El entrenamiento del {day} pasa a las {hour}, el campo está ocupado.
        """,
        "Entrenador {p_first}\n{p_first}",
        shapes=_CHATTY),
    "audition": cat("formal",
        "Grupo de Teatro {city} <casting@teatro-{city}.example>\nCoro de {city} <coro@coro-{city}.example>",
        "Resultado de las audiciones\nReparto de la obra",
        """
        Gracias por presentarte a la audición para el papel de Bernarda; esta vez no podemos darte el papel.
        Hemos recibido más solicitudes que plazas en el coro y no podemos admitirte esta temporada.
        El reparto se publicará el {day} en el tablón.
        """,
        "El equipo de reparto\n{p_first}, directora del coro",
        shapes=_FORMAL),
    "scholarship": cat("formal",
        "Fundación {company} <becas@{cdom}>\nOficina de Becas <becas@univ-{city}.example>",
        "Tu solicitud de beca\nResolución de la convocatoria",
        """
        Lamentamos informarte de que tu solicitud de beca no ha sido concedida este año.
        La comisión recibió {num} solicitudes para doce becas.
        Podrás presentarte de nuevo en la próxima convocatoria.
        """,
        "La comisión de becas\nOficina de Becas",
        shapes=_FORMAL),
    "publishing": cat("formal",
        "Editorial {p_surname} <manuscritos@editorial-{p_surname_l}.example>\nRevista {proj} <redaccion@revista-{proj_l}.example>",
        "Tu manuscrito\nDecisión sobre tu artículo",
        """
        Hemos leído tu manuscrito con atención, pero no encaja en nuestra línea editorial.
        El comité editorial ha decidido no publicar tu artículo.
        Te deseamos suerte encontrando editorial para tu novela.
        """,
        "El comité de lectura\nLa redacción",
        shapes=_FORMAL),
}
# ============================================================ Dutch
NL = {
    "names": {
        "first": "Sanne\nDaan\nLotte\nBram\nFleur\nJesse\nNoor\nThijs\nEmma\nRuben\nIris\nSem\nMaud\nJoris",
        "surname": "de Vries\nJanssen\nBakker\nVisser\nSmit\nvan Dijk\nMulder\nde Boer\nHendriks\nKuipers",
        "city": "Utrecht\nGroningen\nZwolle\nHaarlem\nEindhoven\nDelft",
        "street": "Kerkstraat\nLindenlaan\nMolenweg\nStationsplein\nDorpsstraat",
        "company": "Polderlicht Software\nDe Zeemeeuw Logistiek\nHollandse Hypotheken\nTulp & Co\nVerzekeringen Noordkaap\nUitgeverij Reiger",
        "day": "maandag\ndinsdag\nwoensdag\ndonderdag\nvrijdag\nzaterdag\nzondag",
        "maildomain": "post.example\nmailbox.test\nthuis.example\nnetmail.example",
        "owner": "Femke Jansen <femke.jansen@post.example>\nPieter Smeets <pieter@smeets.example>\nAnouk Bos <anouk.bos@mailbox.test>",
    },
    "greeting": {
        "list": "Hoi allemaal,\nHallo {p_first},\nBeste lijst,\nHoi,",
        "bulk": "Hoi {to_first},\nBeste lezer,\nHallo,",
        "personal": "Hoi {to_first}!\nHee {to_first},\nLieve {to_first},\nHallo,",
        "formal": "Geachte heer/mevrouw,\nBeste {to_name},\nGeachte {to_name},",
        "work": "Hoi {to_first},\nHé {to_first},\nHallo team,",
        "auto": "",
    },
    "signoff": {
        "list": "Groet,\nGroeten,\nBedankt,\n--",
        "bulk": "Tot volgende week!\nHet team\nVeel leesplezier,",
        "personal": "Liefs,\nDikke kus\nGroetjes\nTot snel!",
        "formal": "Met vriendelijke groet,\nHoogachtend,\nVriendelijke groeten,",
        "work": "Thanks,\nGroet,\nDank je,",
        "auto": "",
    },
    "footer": {
        "bulk": "Je ontvangt deze e-mail omdat je je hebt aangemeld op {cdom}.\nAfmelden | Voorkeuren | Bekijk online\n{company} B.V., {street} {num2}, {city}",
        "list": "___\n{proj}-nl lijst -- {proj}-nl@lijsten.{proj_l}.example\nAfmelden: {proj}-nl-leave@lijsten.{proj_l}.example",
        "auto": "Dit is een automatisch bericht, je kunt hier niet op antwoorden.\nMeldingen beheren: https://{cdom}/instellingen",
    },
    "quote_intro": "Op {qdate} schreef {qname} <{qaddr}>:\nOp {qdate} schreef {qname}:\n-----Oorspronkelijk bericht-----\\nVan: {qname} <{qaddr}>\\nVerzonden: {qdate}",
    "forward_note": "Ter info, zie hieronder.\nStuur ik even door.\nKun jij dit oppakken?\nAlleen ter kennisgeving.",
    "forward_header": "---------- Doorgestuurd bericht ---------\\nVan: {fsender}\\nDatum: {fdate}\\nOnderwerp: {fsubject}\\nAan: {fto}",
}
NL["categories"] = {
    "devlist": cat("list",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{pdom}>\n{p_first} {p_surname} via {proj}-nl <{proj}-nl@lijsten.{proj_l}.example>",
        "Re: voorstel\nRe: [PATCH] build-job faalt\n[{proj}-nl] release candidate {ver} afgekeurd\nRe: positie van de cursor",
        """
        Het voorstel is afgewezen, we gaan verder met de andere optie.
        We gaan niet verder met deze wijziging aan de build-job.
        Release candidate {ver} is afgekeurd vanwege een regressie in de parser.
        De patch is afgewezen omdat er geen tests bij zitten.
        De positie van de cursor springt terug na het wisselen van tabblad.
        De applicatieserver start niet meer sinds de update.
        Kandidaten voor het bestuur kunnen zich tot {day} melden op de lijst.
        """,
        "{p_first}\n{p_first} {p_surname}",
        list_id="{proj}-nl.lijsten.{proj_l}.example", list_share=0.8, weight=2.0, shapes=_LISTY),
    "newsletter_career": cat("bulk",
        "Nieuwsbrief Loopbaan <nieuws@loopbaanwijs.example>\nCarrièreCoach <redactie@carrierecoach.test>",
        "Omgaan met afwijzing\nWat een afwijzing echt betekent\nBereid je sollicitatiegesprek voor\nOnderhandelen over salaris",
        """
        Wat te doen als je sollicitatie is afgewezen? Onze tips om door te gaan.
        Een lezer vraagt: ik hoorde dat de vacature al vervuld was voordat ik op gesprek kwam. Moet ik opnieuw solliciteren?
        "We hebben besloten verder te gaan met andere kandidaten": wat recruiters daar echt mee bedoelen.
        Een afwijzing zegt niets over jou als persoon, vaak gaat het om timing.
        Tip van de week: pas de eerste drie regels van je cv aan op elke vacature.
        Webinar op {day}: gemotiveerd blijven tijdens het zoeken naar werk.
        """,
        "De redactie\n{p_first} {p_surname}, hoofdredacteur",
        list_id="loopbaan.{cdom}", list_share=0.5, weight=1.2, shapes=_BULKY),
    "newsletter_hr": cat("bulk",
        "HR Praktijk <nieuwsbrief@hrpraktijk.example>\nWerving Vandaag <info@wervingvandaag.test>",
        "Kandidaatervaring: de afwijzing telt\nNieuw in Personio\nDe arbeidsmarkt in {city}",
        """
        Een goede afwijzingsmail laat de kandidaat duidelijk weten dat hij niet verder gaat en bedankt hem voor zijn tijd.
        Personio heeft nu sjablonen voor afwijzingen die automatisch na het gesprek worden verstuurd.
        Onderzoek: een op de drie sollicitanten hoort na het gesprek helemaal niets.
        Hoe lang mag je het cv van een afgewezen sollicitant bewaren? De AVG op een rij.
        """,
        "De redactie\n{p_first} {p_surname}",
        list_id="hr.{cdom}", list_share=0.5, shapes=_BULKY),
    "jobboard": cat("bulk",
        "BaanBaken <alerts@baanbaken.example>\n{company} Werken bij <werkenbij@{cdom}>",
        "{num2} nieuwe vacatures voor jou\nWe zoeken collega's bij {company}\nJe profiel is {num2} keer bekeken",
        """
        We zoeken nieuwe collega's! {company} zoekt ontwikkelaars en een projectleider in {city}.
        Deze vacature is niet meer beschikbaar, maar hier zijn vergelijkbare banen in {city}.
        Maak je profiel compleet zodat werkgevers je vinden.
        Breng een vriend aan en ontvang een bonus als hij wordt aangenomen.
        """,
        "Het BaanBaken-team\nWerken bij {company}",
        list_id="vacatures.{cdom}", list_share=0.3, weight=1.2, shapes=_BULKY),
    "personal": cat("personal",
        "{p_first} {p_surname} <{p_first_l}@{pdom}>\nMama <mama.{p_first_l}@{pdom}>\nOma <oma@{p_first_l}.example>",
        "Zondag\nnieuws\nRe: het huis aan de {street}\nvrijdag\nkinderopvang",
        """
        Je broer is niet gekozen voor het elftal, ze kozen een andere jongen.
        Ik heb de baan bij de bakker niet gekregen, ze kozen iemand met meer ervaring.
        De verhuurder heeft ons afgewezen voor het huis aan de {street}, we blijven zoeken.
        {first} heeft geen plek op de kinderopvang gekregen, we staan op de wachtlijst.
        Ik kan vrijdag niet, ik heb een sollicitatiegesprek. Zaterdag?
        Raad eens, {first} heeft de baan! Hij begint in maart.
        Succes met je gesprek op {day}, je kunt het!
        We hebben besloten niet verder te gaan met de nieuwe keuken, de offerte was veel te hoog.
        Wil je even naar mijn cv kijken voordat ik het verstuur?
        """,
        "{p_first}\nMama\nOma",
        weight=2.5, shapes=_CHATTY),
    "admin": cat("formal",
        "Gemeente {city} <info@gemeente-{city}.example>\nHollandse Hypotheken <klantenservice@hollandsehypotheken.example>\nVerzekeringen Noordkaap <schade@noordkaap.example>\n{company} Klantenservice <service@{cdom}>",
        "Uw aanvraag parkeervergunning\nUw aanvraag\nBesluit op uw aanvraag huurtoeslag\nUw schademelding {num}\nJe bestelling {num}",
        """
        Uw aanvraag voor een parkeervergunning is helaas afgewezen.
        Uw aanvraag voor een creditcard is helaas niet goedgekeurd.
        Uw aanvraag voor huurtoeslag is afgewezen omdat uw inkomen te hoog is.
        Je bestelling is geannuleerd omdat het artikel niet meer op voorraad is.
        Uw schademelding is afgewezen, de schade valt niet onder de dekking.
        Uw aanvraag voor een volkstuin is niet toegekend vanwege de lange wachtlijst.
        U kunt binnen zes weken bezwaar maken tegen dit besluit.
        """,
        "Klantenservice\nTeam Vergunningen",
        weight=2.5, shapes=_FORMAL),
    "hiring": cat("work",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{cdom}>\nRecruitee <noreply@recruitee.example>",
        "Re: kandidaten {team}\nTerugkoppeling gesprek {first} {surname}\nPipeline week {num2}",
        """
        We hebben {first} {surname} afgewezen na de technische opdracht, de beoordelingen zitten in de bijlage.
        Kun jij de kandidaat van {day} afwijzen? We gaan niet verder met haar.
        Ik denk niet dat hij past bij de functie, zijn ervaring sluit niet aan.
        De vacature is vervuld, wil je de overige sollicitaties archiveren?
        We hebben voor een andere kandidaat gekozen, ik laat het bureau het weten.
        Heb je {day} om {hour} tijd voor een gesprek met {first}?
        """,
        "{p_first}\n{p_first} {p_surname}\\nTeamlead {team}, {company}",
        weight=2.0, shapes=_CHATTY),
    "notification": cat("auto",
        "GitHub <notifications@github.com>\nPostNL <noreply@postnl.example>\nHollandse Bank <alerts@hollandsebank.example>\n{company} <noreply@{cdom}>",
        "[team/app] PR #{num} gesloten\nJe pakket komt {day}\nBetaling geweigerd\nUitnodiging: gesprek met {first}",
        """
        Helaas konden we je pakket niet bezorgen.
        PR #{num} is gesloten zonder merge door {first}.
        Een betaling van {amount} EUR bij {company} is geweigerd.
        Uitnodiging: gesprek met {first} {surname} op {day} om {hour}.
        De deploy-job is mislukt met exitcode 1.
        """,
        "Het {company}-team\nGitHub",
        weight=2.5, shapes=_AUTO),
    "spam": cat("bulk",
        "HR Afdeling <hr@snelwerk.test>\nSnelKrediet <info@snelkrediet.test>",
        "Thuiswerken: 500 euro per dag\nUw leningaanvraag is afgewezen\nVacature vrij, reageer vandaag",
        """
        Werk thuis en verdien 500 euro per dag, zonder sollicitatiegesprek!
        Uw aanvraag voor een lening is afgewezen, maar u komt in aanmerking voor ons Goud-krediet.
        We vonden uw cv online en hebben een functie als betalingsagent voor u.
        Stuur ons uw bankgegevens en een kopie van uw paspoort.
        """,
        "HR Afdeling\nHet team",
        weight=1.2, shapes=[10, 40, 45, 5, 0, 0]),
    "events": cat("formal",
        "Tickets {city} <tickets@tickets-{city}.example>\nFestival {city} <info@festival-{city}.example>",
        "Je staat op de wachtlijst\nUitslag van de loting\nUitverkocht",
        """
        Het evenement is uitverkocht; je staat op plek {num2} van de wachtlijst.
        Je bent helaas niet ingeloot voor kaarten dit jaar.
        Je talkvoorstel is niet geselecteerd door de programmacommissie.
        De workshop van {day} gaat niet door, je krijgt je geld terug.
        """,
        "Het ticketteam\nDe organisatie",
        shapes=_FORMAL),
    "volunteering": cat("formal",
        "Voedselbank {city} <vrijwilligers@voedselbank-{city}.example>\n{p_first} van Groen Doen <{p_first_l}@groendoen.example>",
        "Je aanmelding als vrijwilliger\nRooster vrijwilligers\nBedankt voor je hulp",
        """
        Bedankt voor je aanmelding als vrijwilliger; alle diensten op zaterdag zijn al bezet.
        We kunnen je deze maand geen vrijwilligersplek aanbieden, we hebben genoeg mensen.
        De natuurwerkdag van {day} gaat niet door vanwege de stormwaarschuwing.
        """,
        "{p_first}, vrijwilligerscoördinator\nHet team van Groen Doen",
        shapes=_FORMAL),
    "sports": cat("personal",
        "Trainer {p_first} <{p_first_l}.trainer@{pdom}>\nVV {city} Jeugd <jeugd@vv-{city}.example>",
        "Opstelling {day}\nSelectie regioteam\nTraining verplaatst",
        """
        {first} is na de selectietraining niet gekozen voor het regioteam.
        De opstelling voor {day} staat hieronder; wie er niet op staat is deze week reserve.
        Helaas gaat de training vanavond niet door.
        """,
        "Trainer {p_first}\n{p_first}",
        shapes=_CHATTY),
    "audition": cat("formal",
        "Toneelvereniging {city} <casting@toneel-{city}.example>\nKoor {city} <koor@koor-{city}.example>",
        "Uitslag audities\nRolverdeling voorjaarsvoorstelling",
        """
        Bedankt voor je auditie voor de rol van Gijsbrecht; helaas kunnen we je de rol deze keer niet geven.
        We kregen meer aanmeldingen dan plekken in het koor en kunnen je dit seizoen niet plaatsen.
        De rolverdeling hangt vanaf {day} in de foyer.
        """,
        "De castingcommissie\n{p_first}, dirigent",
        shapes=_FORMAL),
    "scholarship": cat("formal",
        "{company} Fonds <beurzen@{cdom}>\nBeurzenloket <beurzen@uni-{city}.example>",
        "Je beursaanvraag\nBesluit van de commissie",
        """
        Helaas is je aanvraag voor een beurs dit jaar niet toegekend.
        De commissie ontving {num} aanvragen voor twaalf beurzen.
        Je kunt in de volgende ronde opnieuw een aanvraag indienen.
        """,
        "De beurscommissie\nHet Beurzenloket",
        shapes=_FORMAL),
    "publishing": cat("formal",
        "Uitgeverij {p_surname} <manuscripten@uitgeverij-{p_first_l}.example>\nTijdschrift {proj} <redactie@tijdschrift-{proj_l}.example>",
        "Je manuscript\nBesluit over je artikel",
        """
        We hebben je manuscript met aandacht gelezen, maar het past helaas niet in ons fonds.
        De redactie heeft besloten je artikel niet te plaatsen.
        We wensen je veel succes met het vinden van een andere uitgever.
        """,
        "De redactie\nUitgeverij {p_surname}",
        shapes=_FORMAL),
}

# ============================================================ Portuguese
PT = {
    "names": {
        "first": "Beatriz\nRafael\nMariana\nTiago\nInês\nGonçalo\nLarissa\nThiago\nCamila\nJoão\nLeonor\nDiogo\nJúlia\nRodrigo",
        "surname": "Silva\nSantos\nFerreira\nPereira\nAlmeida\nCosta\nRibeiro\nCarvalho\nMoura\nAraújo",
        "city": "Porto\nLisboa\nCoimbra\nBraga\nCuritiba\nRecife",
        "street": "Rua das Flores\nAvenida da Liberdade\nRua do Sol\nPraça da República\nTravessa do Carmo",
        "company": "Maré Alta Logística\nGrupo Sobreiro\nSoluções Farol\nSeguros Atlântico Sul\nEditora Andorinha\nBanco Oliveira",
        "day": "segunda-feira\nterça-feira\nquarta-feira\nquinta-feira\nsexta-feira\nsábado\ndomingo",
        "maildomain": "correio.example\ncaixa.test\nmeumail.example\ncasa.example",
        "owner": "Ana Sousa <ana.sousa@correio.example>\nPedro Lima <pedro@lima.example>\nCarla Nunes <carla.nunes@caixa.test>",
    },
    "greeting": {
        "list": "Olá a todos,\nOlá {p_first},\nBoas,\nOi pessoal,",
        "bulk": "Olá {to_first},\nOlá,\nCaro leitor,",
        "personal": "Oi {to_first}!\nOlá {to_first},\nQuerida,\nEi,",
        "formal": "Prezado(a) {to_name},\nExmo.(a) Sr.(a),\nCaro(a) {to_name},",
        "work": "Oi {to_first},\nOlá {to_first},\nOlá equipa,",
        "auto": "",
    },
    "signoff": {
        "list": "Abraços,\nCumprimentos,\nObrigado,\n--",
        "bulk": "Até a próxima semana!\nA equipa\nBoa leitura,",
        "personal": "Beijos,\nBeijinhos\nAbraço\nAté logo!",
        "formal": "Atenciosamente,\nCom os melhores cumprimentos,\nCordialmente,",
        "work": "Valeu,\nObrigado,\nAbraço,",
        "auto": "",
    },
    "footer": {
        "bulk": "Você recebe este e-mail porque se inscreveu em {cdom}.\nCancelar inscrição | Preferências | Ver no navegador\n{company} Lda., {street} {num2}, {city}",
        "list": "___\nLista {proj}-pt -- {proj}-pt@listas.{proj_l}.example\nSair: {proj}-pt-leave@listas.{proj_l}.example",
        "auto": "Esta é uma mensagem automática, por favor não responda.\nGerir notificações: https://{cdom}/definicoes",
    },
    "quote_intro": "Em {qdate}, {qname} <{qaddr}> escreveu:\nEm {qdate}, {qname} escreveu:\n-----Mensagem original-----\\nDe: {qname} <{qaddr}>\\nEnviada: {qdate}",
    "forward_note": "Para sua informação, veja abaixo.\nEstou te encaminhando isto.\nPode tratar disto?\nSó para conhecimento.",
    "forward_header": "---------- Mensagem encaminhada ---------\\nDe: {fsender}\\nData: {fdate}\\nAssunto: {fsubject}\\nPara: {fto}",
}
PT["categories"] = {
    "devlist": cat("list",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{pdom}>\n{p_first} {p_surname} via {proj}-pt <{proj}-pt@listas.{proj_l}.example>",
        "Re: proposta\nRe: [PATCH] job de deploy falha\n[{proj}-pt] versão candidata {ver} rejeitada\nRe: posição do cursor",
        """
        Decidimos não prosseguir com esta mudança no job de deploy.
        A proposta foi rejeitada pelo comité, vamos seguir com a outra opção.
        A versão candidata {ver} foi rejeitada por causa de uma regressão no parser.
        O patch foi recusado porque não tinha testes.
        A posição do cursor volta ao início quando se muda de aba.
        O servidor de aplicação não arranca desde a atualização.
        As candidaturas ao conselho técnico fecham na {day}.
        """,
        "{p_first}\n{p_first} {p_surname}",
        list_id="{proj}-pt.listas.{proj_l}.example", list_share=0.8, weight=2.0, shapes=_LISTY),
    "newsletter_career": cat("bulk",
        "Boletim Carreira <boletim@carreira-certa.example>\nEmprego & Você <redacao@empregoevoce.test>",
        "Como lidar com a rejeição\nO que significa uma resposta negativa\nPrepare a sua entrevista\nNegociar o salário",
        """
        O que fazer quando a sua candidatura não foi selecionada? Veja as nossas dicas.
        Pergunta de uma leitora: disseram-me que a vaga já estava preenchida antes da entrevista. Devo candidatar-me de novo?
        "Decidimos seguir com outros candidatos": o que os recrutadores realmente querem dizer com isto.
        Uma rejeição não é um julgamento sobre você, muitas vezes é uma questão de timing.
        Dica da semana: adapte as três primeiras linhas do seu currículo a cada vaga.
        Webinar na {day}: manter a motivação durante a procura de emprego.
        """,
        "A redação\n{p_first} {p_surname}, editora",
        list_id="boletim.{cdom}", list_share=0.5, weight=1.2, shapes=_BULKY),
    "newsletter_hr": cat("bulk",
        "RH em Foco <newsletter@rhemfoco.example>\nTalentos Hoje <info@talentoshoje.test>",
        "Experiência do candidato: a recusa importa\nNovidades do Workday\nO mercado de trabalho em {city}",
        """
        Um bom e-mail de recusa diz claramente ao candidato que ele não vai seguir no processo e agradece o seu tempo.
        O Workday agora permite enviar recusas em massa por vaga.
        Pesquisa: um em cada três candidatos não recebe resposta depois da entrevista.
        Por quanto tempo se pode guardar o currículo de um candidato recusado? O que diz a LGPD.
        """,
        "A redação\n{p_first} {p_surname}",
        list_id="rh.{cdom}", list_share=0.5, shapes=_BULKY),
    "jobboard": cat("bulk",
        "VagasJá <alertas@vagasja.example>\n{company} Carreiras <carreiras@{cdom}>",
        "{num2} novas vagas para você\nEstamos contratando na {company}\nSeu perfil foi visto {num2} vezes",
        """
        Estamos contratando! A {company} procura desenvolvedores e uma gerente de projeto em {city}.
        Esta vaga já não está disponível, mas veja vagas parecidas perto de {city}.
        Complete o seu perfil para ser encontrado pelas empresas.
        Indique um amigo e ganhe um bônus se ele for contratado.
        """,
        "A equipe VagasJá\n{company} Carreiras",
        list_id="vagas.{cdom}", list_share=0.3, weight=1.2, shapes=_BULKY),
    "personal": cat("personal",
        "{p_first} {p_surname} <{p_first_l}@{pdom}>\nMãe <mae.{p_first_l}@{pdom}>\nAvó <avo@{p_first_l}.example>",
        "Domingo\nnovidades\nRe: o apartamento na {street}\nsexta\ncreche",
        """
        O seu primo não passou no teste do time, escolheram outro menino.
        Não fiquei com a vaga na padaria, escolheram alguém com mais experiência.
        O senhorio recusou a nossa proposta para o apartamento na {street}, continuamos à procura.
        A {first} não conseguiu vaga na creche, estamos na lista de espera.
        Não posso ir na sexta, tenho uma entrevista de emprego. Sábado?
        Adivinha, o {first} conseguiu o emprego! Começa em março.
        Boa sorte na entrevista de {day}, você vai arrasar.
        Decidimos não avançar com a obra da cozinha, o orçamento era caríssimo.
        Pode dar uma olhada no meu currículo antes de eu enviar?
        """,
        "{p_first}\nMãe\nA avó",
        weight=2.5, shapes=_CHATTY),
    "admin": cat("formal",
        "Banco Oliveira <atendimento@bancooliveira.example>\nCâmara Municipal de {city} <geral@cm-{city}.example>\nSeguros Atlântico Sul <sinistros@atlanticosul.example>\n{company} Apoio ao cliente <apoio@{cdom}>",
        "O seu pedido de crédito\nDecisão sobre o seu pedido\nEncomenda {num} cancelada\nSinistro {num}\nPedido de lugar de estacionamento",
        """
        Infelizmente o seu pedido de crédito pessoal não foi aprovado.
        O seu pedido de apoio à renda foi indeferido por ultrapassar o limite de rendimentos.
        A sua encomenda foi cancelada porque o artigo esgotou; não foi cobrado nada.
        O seu sinistro foi recusado porque os danos não estão cobertos pela apólice.
        O seu pedido de talhão na horta comunitária não foi aceite por falta de espaço.
        Pode apresentar reclamação no prazo de 30 dias.
        """,
        "Apoio ao cliente\nOs serviços municipais",
        weight=2.5, shapes=_FORMAL),
    "hiring": cat("work",
        "{p_first} {p_surname} <{p_first_l}.{p_surname_l}@{cdom}>\nGupy <noreply@gupy.example>",
        "Re: candidatos {team}\nFeedback da entrevista com {first} {surname}\nPipeline semana {num2}",
        """
        Reprovamos {first} {surname} depois do teste técnico, as avaliações estão em anexo.
        Pode mandar a recusa para a candidata de {day}? Não vamos seguir com ela.
        Não acho que ele se encaixe na vaga, a experiência dele não é o que precisamos.
        A vaga já foi preenchida, arquive as candidaturas restantes, por favor.
        Escolhemos outra candidata, eu aviso a agência.
        Você tem um horário na {day} às {hour} para entrevistar o {first}?
        """,
        "{p_first}\n{p_first} {p_surname}\\nGestor de {team}, {company}",
        weight=2.0, shapes=_CHATTY),
    "notification": cat("auto",
        "GitHub <notifications@github.com>\nCorreios <avisos@correios.example>\nBanco Oliveira <alertas@bancooliveira.example>\n{company} <noreply@{cdom}>",
        "[org/app] PR #{num} fechado\nSua encomenda chega {day}\nPagamento recusado\nConvite: entrevista com {first}",
        """
        Infelizmente não conseguimos entregar a sua encomenda.
        PR #{num} fechado sem merge por {first}.
        Um pagamento de {amount} EUR em {company} foi recusado.
        Convite: entrevista com {first} {surname} na {day} às {hour}.
        O job de deploy falhou com código 1.
        """,
        "A equipe {company}\nGitHub",
        weight=2.5, shapes=_AUTO),
    "spam": cat("bulk",
        "Departamento de RH <rh@trabalho-facil.test>\nCrédito Rápido <info@creditorapido.test>",
        "Trabalhe em casa: 500 EUR por dia\nO seu pedido de empréstimo foi recusado\nVaga disponível, responda hoje",
        """
        Trabalhe em casa e ganhe 500 EUR por dia, sem entrevista!
        O seu pedido de empréstimo foi recusado, mas está pré-aprovado para o nosso crédito Ouro.
        Encontramos o seu currículo na internet e temos uma vaga de agente de pagamentos para você.
        Envie-nos os seus dados bancários e uma cópia do seu documento de identidade.
        """,
        "Departamento de RH\nA equipe",
        weight=1.2, shapes=[10, 40, 45, 5, 0, 0]),
    "events": cat("formal",
        "Bilheteira {city} <bilhetes@bilheteira-{city}.example>\nFestival de {city} <ola@festival-{city}.example>",
        "Está na lista de espera\nResultado do sorteio\nBilhetes esgotados",
        """
        Os bilhetes esgotaram; está na posição {num2} da lista de espera.
        Infelizmente não foi sorteado para os bilhetes este ano.
        A sua proposta de palestra não foi selecionada pela comissão.
        A aula de yoga de {day} foi cancelada, devolvemos o valor.
        """,
        "A bilheteira\nA organização",
        shapes=_FORMAL),
    "volunteering": cat("formal",
        "Banco Alimentar {city} <voluntariado@bancoalimentar-{city}.example>\n{p_first} da Verde Vivo <{p_first_l}@verdevivo.example>",
        "A sua inscrição como voluntária\nTurnos de voluntários\nObrigado pela ajuda",
        """
        Obrigado pela sua inscrição como voluntária; todos os turnos de sábado já estão preenchidos.
        Este mês não podemos oferecer-lhe um lugar de voluntariado, temos gente suficiente.
        A limpeza da praia de {day} foi cancelada por causa do alerta de tempestade.
        """,
        "{p_first}, coordenação de voluntariado\nA equipa Verde Vivo",
        shapes=_FORMAL),
    "sports": cat("personal",
        "Treinador {p_first} <{p_first_l}.treinador@{pdom}>\nClube {city} Formação <formacao@clube-{city}.example>",
        "Convocatória para {day}\nSeleção distrital\nTreino alterado",
        """
        O {first} não foi escolhido para a seleção distrital depois dos treinos de captação.
        A convocatória para {day} está abaixo; quem não estiver é suplente esta semana.
        O treino de {day} passa para as {hour}, o campo está ocupado.
        """,
        "Treinador {p_first}\n{p_first}",
        shapes=_CHATTY),
    "audition": cat("formal",
        "Grupo de Teatro de {city} <elenco@teatro-{city}.example>\nCoro de {city} <coro@coro-{city}.example>",
        "Resultado das audições\nElenco da peça",
        """
        Obrigado por fazer a audição para o papel de Inês de Castro; desta vez não podemos dar-lhe o papel.
        Recebemos mais inscrições do que lugares no coro e não podemos aceitá-lo nesta temporada.
        O elenco será afixado na {day} no átrio.
        """,
        "A equipa de elenco\n{p_first}, maestrina",
        shapes=_FORMAL),
    "scholarship": cat("formal",
        "Fundação {company} <bolsas@{cdom}>\nGabinete de Bolsas <bolsas@univ-{city}.example>",
        "O seu pedido de bolsa\nResultado do concurso de bolsas",
        """
        Lamentamos informar que o seu pedido de bolsa não foi aprovado este ano.
        A comissão recebeu {num} candidaturas para doze bolsas.
        Poderá candidatar-se novamente no próximo concurso.
        """,
        "A comissão de bolsas\nGabinete de Bolsas",
        shapes=_FORMAL),
    "publishing": cat("formal",
        "Editora {p_surname} <manuscritos@editora-{p_first_l}.example>\nRevista {proj} <redacao@revista-{proj_l}.example>",
        "O seu manuscrito\nDecisão sobre o seu artigo",
        """
        Lemos o seu manuscrito com atenção, mas não se enquadra na nossa linha editorial.
        O conselho editorial decidiu não publicar o seu artigo.
        Desejamos-lhe sucesso na procura de outra editora.
        """,
        "O conselho editorial\nA redação",
        shapes=_FORMAL),
}

LANGS = {"en": EN, "de": DE, "fr": FR, "es": ES, "nl": NL, "pt": PT}

# ============================================================ more sentences per language and category
# (added after a first pass; merged into the categories above)
EXTRA = {
    "en": {
        "devlist": """
            The job is marked as flaky, so a failure there won't block the merge.
            We turned down the proposal to rename the package; the churn is not worth it.
            Could the candidate fix be backported to the {ver} branch as well?
            I'm withdrawing this series; v{num2} will take a different approach.
            The interview recording from the contributor summit is now on the wiki.
            Application logs rotate daily; older ones are compressed and kept for a week.
        """,
        "personal": """
            Mia's nursery application was turned down, apparently they only take siblings this year.
            Nan's care home place fell through, the home gave the room to someone on their list.
            I interviewed a nanny today, she was lovely but we went with the one who can drive.
            Your brother's offer on the house was rejected, he's gutted but there'll be others.
            The band chose another drummer, so I'm free on Saturdays again, ha.
            Hope the new job is going well! Tell me everything on Sunday.
        """,
        "admin": """
            Your request to change your tariff has been declined because you are within a fixed term.
            Your application for a blue badge has been assessed and you do not meet the criteria.
            Your appeal has not been successful and the original decision stands.
            Unfortunately your holiday leave request for {day} has been declined by your manager.
            The bank has reviewed your dispute and will not be refunding the payment.
            Your application to the primary school of your choice was unsuccessful; you have been offered your second preference.
        """,
        "hiring": """
            Candidate 3 was rejected at the CV screen: no right to work in the UK.
            Bulk action complete: {num2} applications moved to Rejected on requisition {num}.
            The panel agreed: no hire for the second finalist, hire for {first}.
            Please send the regret letters to everyone who did not make the shortlist.
            I'm not convinced we should progress him; his references were lukewarm.
        """,
        "newsletter_career": """
            Your rejection inbox is a map of where your CV is not landing; read it that way.
            We asked 200 recruiters what "we'll keep your details on file" really means.
            From the archive: why "not the right fit" is often about budget, not you.
        """,
        "spam": """
            Dear candidate, your profile has been shortlisted for a remote role, pay the registration fee to continue.
            Your application to our affiliate program was not approved, but you can upgrade to Pro today.
        """,
        "events": """
            The hackathon received more applications than seats, so your team was not selected this time.
            Your stall application for the Christmas market was unsuccessful this year.
        """,
    },
    "de": {
        "devlist": """
            Der Patch wird so nicht übernommen, bitte die Kommentare einarbeiten und neu schicken.
            Die Stelle im Makefile, die das kaputt macht, ist Zeile {num2}.
            Wir haben den Vorschlag abgelehnt, das Paket umzubenennen.
        """,
        "personal": """
            Unser Angebot für das Haus wurde abgelehnt, jemand hat mehr geboten.
            Papa hat sich auf die Stelle als Hausmeister beworben und eine Absage bekommen.
            Die Band hat sich für einen anderen Schlagzeuger entschieden, also habe ich samstags wieder Zeit.
            Wie läuft der neue Job? Erzähl mir alles am {day}!
        """,
        "admin": """
            Ihr Antrag auf Urlaub vom {day} wurde von Ihrer Führungskraft abgelehnt.
            Ihr Widerspruch wurde zurückgewiesen, der ursprüngliche Bescheid bleibt bestehen.
            Ihre Anmeldung an der Wunschschule war leider nicht erfolgreich, Ihr Kind erhält einen Platz an der Zweitwunschschule.
        """,
        "hiring": """
            Kandidat 3 ist im CV-Screening rausgefallen, keine Arbeitserlaubnis.
            Bitte schickt allen, die es nicht auf die Shortlist geschafft haben, die Absage raus.
            Das Panel war sich einig: keine Einstellung für den zweiten Finalisten.
        """,
        "newsletter_career": """
            Wir haben 200 Recruiter gefragt, was "wir nehmen Ihre Unterlagen in unseren Talentpool auf" wirklich bedeutet.
            Aus dem Archiv: Warum "passt nicht ins Team" oft am Budget liegt und nicht an Ihnen.
        """,
    },
    "fr": {
        "devlist": """
            Le correctif ne sera pas intégré en l'état, merci de tenir compte des remarques.
            Nous avons refusé la proposition de renommer le paquet.
            Le job nocturne tourne de nouveau depuis la correction du runner.
        """,
        "personal": """
            Notre offre pour la maison a été refusée, quelqu'un a proposé plus.
            Papa a postulé comme gardien au gymnase et il a reçu une réponse négative.
            Le groupe a choisi un autre batteur, donc je suis libre le samedi.
            Alors, ce nouveau boulot ? Raconte-moi tout {day} !
        """,
        "admin": """
            Votre demande de congés du {day} a été refusée par votre responsable.
            Votre recours a été rejeté, la décision initiale est maintenue.
            Votre demande de dérogation scolaire n'a pas été acceptée.
        """,
        "hiring": """
            Le candidat 3 a été écarté au tri des CV, pas d'autorisation de travail.
            Merci d'envoyer les refus à tous ceux qui ne sont pas dans la short-list.
            Le jury est d'accord : pas d'embauche pour le deuxième finaliste.
        """,
    },
    "es": {
        "devlist": """
            El parche no se va a integrar tal como está, revisa los comentarios.
            Rechazamos la propuesta de renombrar el paquete.
            El job nocturno vuelve a funcionar desde que arreglamos el runner.
        """,
        "personal": """
            Rechazaron nuestra oferta por la casa, alguien ofreció más.
            Papá se presentó al puesto de conserje del polideportivo y le dijeron que no.
            El grupo eligió a otro batería, así que los sábados estoy libre.
            ¿Qué tal el trabajo nuevo? ¡Cuéntamelo todo el {day}!
        """,
        "admin": """
            Su solicitud de vacaciones del {day} ha sido denegada por su responsable.
            Su recurso ha sido desestimado y se mantiene la resolución inicial.
            La solicitud de plaza escolar en el centro elegido no ha sido admitida; se le asigna la segunda opción.
        """,
        "hiring": """
            El candidato 3 quedó fuera en el cribado de CV, no tiene permiso de trabajo.
            Manda el correo de rechazo a todos los que no han entrado en la terna, por favor.
            El comité está de acuerdo: no contratamos al segundo finalista.
        """,
    },
    "nl": {
        "devlist": """
            De patch wordt in deze vorm niet opgenomen, verwerk eerst de opmerkingen.
            We hebben het voorstel om het pakket te hernoemen afgewezen.
            De nachtelijke job draait weer sinds de runner is gerepareerd.
        """,
        "personal": """
            Ons bod op het huis is afgewezen, iemand bood meer.
            Papa heeft gesolliciteerd als conciërge bij de sporthal en kreeg een afwijzing.
            De band heeft voor een andere drummer gekozen, dus ik ben zaterdags weer vrij.
            Hoe gaat het met je nieuwe baan? Vertel me alles op {day}!
        """,
        "admin": """
            Uw verlofaanvraag voor {day} is afgewezen door uw leidinggevende.
            Uw bezwaar is ongegrond verklaard, het oorspronkelijke besluit blijft staan.
            De aanmelding bij de school van uw eerste keuze is niet gelukt; uw kind is geplaatst op de tweede keuze.
        """,
        "hiring": """
            Kandidaat 3 viel af bij de cv-selectie, geen werkvergunning.
            Wil je iedereen die de shortlist niet heeft gehaald een afwijzing sturen?
            Het panel is het eens: geen aanname voor de tweede finalist.
        """,
    },
    "pt": {
        "devlist": """
            O patch não vai ser integrado assim, veja os comentários.
            Recusámos a proposta de mudar o nome do pacote.
            O job noturno voltou a funcionar desde que corrigimos o runner.
        """,
        "personal": """
            A nossa proposta pela casa foi recusada, alguém ofereceu mais.
            O pai candidatou-se a porteiro do pavilhão e recebeu uma resposta negativa.
            A banda escolheu outro baterista, por isso estou livre aos sábados.
            E o emprego novo, como está? Conta-me tudo no {day}!
        """,
        "admin": """
            O seu pedido de férias para {day} foi recusado pela sua chefia.
            A sua reclamação foi indeferida e a decisão inicial mantém-se.
            A matrícula na escola da primeira opção não foi possível; o seu filho ficou colocado na segunda opção.
        """,
        "hiring": """
            O candidato 3 ficou de fora na triagem de currículos, não tem autorização de trabalho.
            Mande a recusa para todos que não entraram na lista final, por favor.
            O painel concorda: não contratamos o segundo finalista.
        """,
    },
}
EXTRA["en"]["admin"] += """
    Thank you for applying for the Platinum account. We are unable to proceed with your application at this time.
    Your rental application for {num2} {street} was not successful; the landlord has accepted another applicant.
    Your application to adopt Biscuit has not been successful, as he needs a home without other dogs.
"""
EXTRA["en"]["scholarship"] = """
    We regret that we are unable to offer you a place on the MSc Data Science for the coming year.
    The admissions tutor has decided not to progress your application to the interview day for the MA Fine Art.
"""
EXTRA["de"]["admin"] += """
    Leider hat sich die Vermieterin für andere Bewerber entschieden, wir wünschen Ihnen viel Erfolg bei der weiteren Suche.
    Ihre Bewerbung um einen Platz im Wohnheim konnte leider nicht berücksichtigt werden.
"""
EXTRA["fr"]["admin"] += """
    Après étude, votre candidature pour le logement social n'a pas été retenue par la commission d'attribution.
    Votre candidature à l'adoption de Filou n'a pas été retenue, il a besoin d'un jardin.
"""
EXTRA["es"]["admin"] += """
    Tras estudiar su solicitud, la propietaria ha decidido seguir adelante con otro candidato para el alquiler.
    Tu solicitud de adopción de Canela no ha sido aceptada, necesita una casa con jardín.
"""
EXTRA["nl"]["admin"] += """
    Helaas heeft de verhuurder voor een andere kandidaat gekozen, we wensen je succes met zoeken.
    Je aanvraag om Bobbie te adopteren is helaas niet goedgekeurd, hij heeft een tuin nodig.
"""
EXTRA["pt"]["admin"] += """
    Infelizmente o senhorio escolheu outro candidato para o arrendamento.
    O seu pedido de adoção do Tobias não foi aprovado, ele precisa de uma casa com quintal.
"""
EXTRA["en"]["notification"] = """
    {first} {surname} has declined this invitation: Phone screen with {first2} ({team} engineer).
    Slack digest: #hiring - {first}: we passed on the last two candidates, pipeline is empty again.
    [JIRA] {team}-{num}: status changed from Open to Won't Do by {first}. Resolution: not proceeding with the job migration.
    Your Workday inbox has 3 items: approve the job requisition, review a timesheet, confirm a position change.
    Your ride receipt: {amount} for the trip to the interview centre on {day}.
"""
EXTRA["de"]["notification"] = """
    {first} {surname} hat die Einladung abgelehnt: Telefoninterview mit {first2}.
    [JIRA] {team}-{num}: Status von Offen auf Abgelehnt geändert. Die Job-Migration wird nicht weiterverfolgt.
    Ihre Quittung: {amount} EUR für die Fahrt zum Vorstellungsgespräch am {day}.
"""
EXTRA["fr"]["notification"] = """
    {first} {surname} a refusé l'invitation : entretien téléphonique avec {first2}.
    [JIRA] {team}-{num} : statut passé de Ouvert à Refusé. La migration du job n'est pas retenue.
"""
EXTRA["es"]["notification"] = """
    {first} {surname} ha rechazado la invitación: entrevista telefónica con {first2}.
    [JIRA] {team}-{num}: estado cambiado de Abierto a Rechazado. No se seguirá adelante con la migración del job.
"""
EXTRA["nl"]["notification"] = """
    {first} {surname} heeft de uitnodiging afgewezen: telefonisch gesprek met {first2}.
    [JIRA] {team}-{num}: status gewijzigd van Open naar Afgewezen. We gaan niet verder met de migratie van de job.
"""
EXTRA["pt"]["notification"] = """
    {first} {surname} recusou o convite: entrevista por telefone com {first2}.
    [JIRA] {team}-{num}: estado alterado de Aberto para Recusado. Não vamos avançar com a migração do job.
"""
for _lang, _cats in EXTRA.items():
    for _name, _block in _cats.items():
        LANGS[_lang]["categories"][_name]["lines"] += _l(_block)
