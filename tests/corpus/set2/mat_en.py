"""English ordinary-mail hard negatives (none is a job rejection of the mailbox owner)."""
from common import T

LANG = "en"

DEV_OWNERS = [
    dict(name="Priya Natarajan", email="priya.n@inbox.example"),
    dict(name="Tom Hollis", email="tom.hollis@fastpost.test"),
    dict(name="Aoife Byrne", email="aoife.byrne@inbox.example"),
]

R = dict(sender="raw", nocast=True)

DEV = [
    T("mailing-list", False, "Re: [numlib-dev] Proposal: drop Python 3.8 support",
      """
      On the call yesterday we went through the feedback. Unfortunately the proposal as written is rejected: we have decided not to move forward with dropping 3.8 until the next minor release, since two downstream candidates for packaging still depend on it.

      Thanks to everyone who weighed in.

      -- Karel

      > I'd like to propose we drop 3.8 in 2.4.
      > Any objections?

      _______________________________________________
      numlib-dev mailing list
      https://mail.numlib.example/mailman/listinfo/numlib-dev
      """, from_=("Karel Novak", "karel@novak.test"), to="numlib-dev <numlib-dev@mail.numlib.example>", **R),
    T("newsletter", False, "The Friday Byte: why we rejected microservices",
      """
      Hi {owner},

      This week: our platform team explains why, after a six-month trial, they decided not to move forward with a microservices architecture and went back to a modular monolith.

      Also inside: a look at three candidates for our new build system, and unfortunately a correction to last week's benchmark numbers.

      Read the full issue: https://fridaybyte.example/issues/118

      You are receiving this because you subscribed at fridaybyte.example. Unsubscribe: https://fridaybyte.example/u/3k2j
      """, from_=("The Friday Byte", "newsletter@fridaybyte.example"), mime="html", **R),
    T("personal", False, "dinner thursday?",
      """
      hey {owner},

      unfortunately I can't do Thursday after all, the plumber can only come that evening. friday instead?

      also - did you ever hear back about that job? fingers crossed for you!!

      x Jess
      """, from_=("Jess Whitaker", "jess.w@fastpost.test"), mime="plain", **R),
    T("spam", False, "Congratulations {owner}, your application has been APPROVED",
      """
      Dear Applicant,

      Your application for our Work-From-Home Data Entry position has been APPROVED. Earn $450/day with no experience!

      To secure your place, pay the $49 onboarding fee within 24 hours: http://quick-remote-jobs.test/pay

      This offer will not be repeated. Reply STOP to opt out.
      """, from_=("HR Department", "hiring@quick-remote-jobs.test"), **R),
    T("order-shipped", False, "Your order #113-4829 has shipped",
      """
      Hi {owner},

      Good news: your order #113-4829 (Ergonomic keyboard, 1 item) is on its way. Estimated delivery: Thursday.

      Track your package: https://track.parcelfleet.example/PF8832910

      Thanks for shopping with Gadgetry.
      """, from_=("Gadgetry", "orders@gadgetry.example"), mime="alt", **R),
    T("order-delayed", False, "Update on your order: delayed",
      """
      Hi {owner},

      We're sorry — unfortunately your order of "The Long Walk Home" (hardback) has been delayed because the publisher has not yet restocked. We now expect to dispatch it within 2-3 weeks.

      If you'd rather not wait, you can cancel for a full refund from your account page.

      Riverside Books
      """, from_=("Riverside Books", "help@riversidebooks.example"), typo=True, **R),
    T("paper-rejection", False, "ICDM 2025 notification for paper #412",
      """
      Dear {owner_full},

      We regret to inform you that your submission #412, "Sparse Attention for Tabular Forecasting", was not accepted to ICDM 2025. The program committee received 1,206 submissions and could accept only 19%.

      The reviews are appended below. We hope you will find them useful and that you will consider submitting to the workshops.

      Best regards,
      ICDM 2025 Program Chairs
      """, from_=("ICDM 2025 Program Chairs", "pc-chairs@icdm2025.example"), **R),
    T("grant-rejection", False, "Outcome of your Small Projects Fund application",
      """
      Dear {owner},

      Thank you for applying to the Small Projects Fund. We received many strong proposals this round, and I am sorry to tell you that your application has not been successful.

      You are welcome to apply again in the spring round. Feedback is available on request.

      Kind regards,
      Helen Marsh
      Grants Officer, Northfield Community Trust
      """, from_=("Helen Marsh", "grants@northfieldtrust.example"), **R),
    T("loan-rejection", False, "Your mortgage application - decision",
      """
      Dear {owner_full},

      Thank you for your mortgage application (reference MA-77310). After careful review we are unable to offer you a mortgage at this time, based on the affordability assessment.

      This does not affect your credit score beyond the search already recorded. You may request a summary of the reasons within 30 days.

      Lending Team, Harbour Building Society
      """, from_=("Harbour Building Society", "lending@harbourbs.example"), **R),
    T("rental-rejection", False, "Re: 14 Linden Court application",
      """
      Hi {owner},

      Thanks for submitting the application and references so quickly. The landlord has decided to go with another applicant who can move in on the 1st, so unfortunately we won't be progressing yours.

      I'll let you know if anything similar comes up in the area.

      Cheers,
      Mike
      Linden Lettings
      """, from_=("Mike Dunne", "mike@lindenlettings.example"), **R),
    T("event-waitlist", False, "You're on the waitlist for Data Viz Workshop",
      """
      Hi {owner},

      Thanks for registering for the Data Viz Workshop on 12 March. Unfortunately the session is fully booked, so you have been placed on the waitlist (position 7). We will email you if a place opens up.

      Eventbrite on behalf of Leeds Data Meetup
      """, from_=("Leeds Data Meetup", "noreply@events.example"), mime="alt", **R),
    T("admission-rejection", False, "Your application to the MSc Urban Planning",
      """
      Dear {owner_full},

      Thank you for your application to the MSc Urban Planning for entry in September. We have now completed our review and regret that we are unable to offer you a place on the programme.

      Competition for places was exceptionally strong this year.

      Admissions Office
      University of Westmere
      """, from_=("Westmere Admissions", "admissions@westmere-uni.example"), **R),
    T("refund-denied", False, "About your refund request",
      """
      Hello {owner},

      We've looked into your refund request for booking HX-22819. Unfortunately, as the booking was non-refundable and cancelled less than 48 hours before check-in, we're unable to issue a refund.

      We have added a £20 voucher to your account as a goodwill gesture.

      StayWell Support
      """, from_=("StayWell", "support@staywell.example"), charset="windows-1252", **R),
    T("insurance-claim", False, "Claim CL-55201: decision",
      """
      Dear {owner_full},

      We have reviewed your claim CL-55201 for water damage. After assessing the loss adjuster's report, we are unable to accept the claim, as the damage results from gradual leakage, which is excluded under section 4.2 of your policy.

      If you disagree, you can ask for a review within 8 weeks.

      Claims Team, Meridian Home Insurance
      """, from_=("Meridian Home Insurance", "claims@meridianhome.example"), **R),
    T("pr-closed", False, "Re: [acme-org/widgetkit] Add dark mode toggle (PR #2291)",
      """
      Thanks for the contribution! Unfortunately we've decided not to move forward with this: the design team is reworking theming next quarter and this would conflict.

      Closing for now — feel free to reopen once the new theming API lands.

      --
      Reply to this email directly or view it on the tracker.
      """, from_=("Lena Koch", "notifications@code-forge.example"), **R),
    T("app-review", False, "App submission rejected: Budget Buddy 2.1",
      """
      Hello,

      We reviewed Budget Buddy version 2.1 and found that it does not comply with guideline 5.1.1 (data collection). Your submission has been rejected.

      Please address the issue and resubmit. You can reply in the review centre if you have questions.

      App Review
      """, from_=("App Review", "no-reply@appstore-review.example"), **R),
    T("credit-limit", False, "Your credit limit increase request",
      """
      Hi {owner},

      Thanks for asking for a higher credit limit. We can't approve an increase right now. You can ask again in 6 months.

      Nova Card
      """, from_=("Nova Card", "hello@novacard.example"), charset="us-ascii", **R),
    T("career-advice", False, "5 ways to bounce back after a job rejection",
      """
      Hi {owner},

      Rejections are part of every job search. "Unfortunately, we have decided to move forward with other candidates" stings - but it is not the end of the story.

      In this week's guide:
      1. Ask for feedback (politely)
      2. Keep a list of companies that liked you
      3. Update your job alerts

      Read more: https://careerhub.example/blog/bounce-back

      You're getting this because you have a CareerHub account. Manage emails: https://careerhub.example/settings/email
      """, from_=("CareerHub", "tips@careerhub.example"), mime="html", **R),
    T("school-place", False, "Secondary school place offer",
      """
      Dear Parent/Carer,

      We are writing about your application for a Year 7 place. Unfortunately we were not able to offer a place at your first preference school, Oakfield Academy. Your child has been offered a place at your second preference, Riverside High.

      Please accept or decline the offer by 15 March.

      School Admissions, Westmere Council
      """, from_=("School Admissions", "admissions@westmere-council.example"), **R),
    T("domain-transfer", False, "Domain transfer for hollis-photo.example was declined",
      """
      Hello,

      The transfer of hollis-photo.example to your account was declined by the current registrar because the domain is locked. Unlock the domain and request a new authorisation code to try again.

      RegistrarOne Support
      """, from_=("RegistrarOne", "support@registrarone.example"), **R),
    T("forum-post", False, "Re: Feedback on my portfolio site?",
      """
      Honestly I think the case studies are great but the landing page is too long. When I was hiring last year I rejected a lot of portfolios just because I couldn't find the work quickly.

      Not trying to be harsh! Happy to look again.

      — posted by mkeller in Design Critique
      """, from_=("Design Forum", "notify@designforum.example"), **R),
    T("gym", False, "Your membership freeze request",
      """
      Hi {owner},

      Unfortunately we can't approve your membership freeze for December as freezes must be requested 14 days in advance. Your membership will continue as normal.

      PulseGym Front Desk
      """, from_=("PulseGym", "frontdesk@pulsegym.example"), **R),
    T("library", False, "Your reservation could not be fulfilled",
      """
      Dear {owner},

      We're sorry, but your reservation for "Deep Work" could not be fulfilled because the item has been withdrawn from stock. You have not been charged.

      Central Library
      """, from_=("Central Library", "library@westmere-council.example"), charset="us-ascii", **R),
    T("volunteer-thanks", False, "Thank you for helping at the food bank",
      """
      Hi {owner},

      Thank you so much for volunteering on Saturday. Unfortunately we had to turn away a few families when we ran out of fresh produce - we're working on more donations for next week.

      Next shift sign-up: https://foodbank-volunteers.example/shifts

      Sarah, Volunteer Coordinator
      """, from_=("Sarah Price", "sarah@foodbank-volunteers.example"), **R),
]

HELD_OWNERS = [
    dict(name="Grace Okafor", email="grace.okafor@mailhub.example"),
    dict(name="Liam Brennan", email="liam.brennan@quickmail.test"),
]

HELD = [
    T("friend-own-rejection", False, "ugh, didn't get it",
      """
      {owner}!

      So Brightwater finally got back to me. They went with someone else. "Not a match at this time" after FOUR rounds, can you believe it.

      Anyway I'm fine, mostly. Drinks Friday so I can complain properly?

      Ravi
      """, from_=("Ravi Mehta", "ravi.mehta@quickmail.test"), mime="plain", **R),
    T("marathon-ballot", False, "City Marathon 2026 ballot result",
      """
      Dear {owner},

      Thank you for entering the ballot for the 2026 City Marathon. We received over 500,000 applications and, unfortunately, you have not been successful this time.

      You can still run for one of our charity partners. Find out more on our website.

      The City Marathon Team
      """, from_=("City Marathon", "ballot@citymarathon.example"), mime="html", **R),
    T("dog-adoption", False, "About Biscuit",
      """
      Hi {owner},

      Thank you so much for your interest in adopting Biscuit and for the lovely home visit. After a lot of thought, we have decided to go with another family who have a garden and no cats, which suits him better.

      There are several other dogs looking for homes who we think would love you.

      Warm wishes,
      Nadia, Second Chance Rescue
      """, from_=("Nadia Rowe", "nadia@secondchancerescue.example"), **R),
    T("flight-cancelled", False, "Your flight SK-418 has been cancelled",
      """
      Dear passenger,

      We regret to inform you that flight SK-418 from Dublin to Oslo on 4 November has been cancelled due to operational reasons. You have been rebooked on SK-420 departing at 18:35.

      Manage your booking: https://skyline-air.example/manage
      """, from_=("Skyline Air", "noreply@skyline-air.example"), **R),
    T("reservation", False, "We couldn't confirm your table",
      """
      Hi {owner}, thanks for your booking request for 8 people on Saturday at 20:00. Sadly we can't accommodate a group that size that evening. Could 18:00 work instead?

      The Copper Pot
      """, from_=("The Copper Pot", "bookings@copperpot.example"), **R),
    T("permit-denied", False, "Planning application 25/0412/FUL - decision notice",
      """
      Dear {owner_full},

      Your application for a rear single-storey extension (ref. 25/0412/FUL) has been refused. The reasons for refusal are set out in the attached decision notice.

      You may appeal within 12 weeks.

      Planning Services
      """, from_=("Planning Services", "planning@eastvale-council.example"), attach=["pdf"], **R),
    T("journal-rejection", False, "Manuscript JUE-D-25-00913 decision",
      """
      Dear Dr {owner_full},

      Thank you for submitting to the Journal of Urban Economics. I have now received two referee reports. Based on these, I'm afraid I must decline your manuscript: both referees felt the identification strategy is not yet convincing.

      I hope the comments help you revise the paper for another outlet.

      Sincerely,
      Prof. A. Lindqvist, Co-Editor
      """, from_=("Journal of Urban Economics", "em@jue-journal.example"), **R),
    T("mailing-digest", False, "rust-users Digest, Vol 88, Issue 4",
      """
      Today's Topics:

         1. Re: Borrow checker rejects my iterator chain (Ana)
         2. Job: Rust engineer wanted at a fintech, remote (Will)

      ----------------------------------------------------------------------

      Message: 1
      From: Ana
      The compiler rejected your code because the closure captures by reference. Unfortunately you need to clone first.

      Message: 2
      From: Will
      We're hiring. Applications close Friday; we'll let every candidate know either way.
      """, from_=("rust-users", "rust-users-request@lists.rust-users.example"), **R),
    T("industry-news", False, "Weekly briefing: hiring freezes spread across fintech",
      """
      Good morning,

      Three more payment firms announced hiring freezes this week, leaving hundreds of applicants in limbo. We spoke to candidates whose offers were rescinded and recruiters who say "the pipeline has just stopped".

      Also: why interview loops keep getting longer.

      Read the briefing: https://fintechweekly.example/briefing/2025-44
      Unsubscribe: https://fintechweekly.example/unsubscribe
      """, from_=("Fintech Weekly", "briefing@fintechweekly.example"), mime="alt", **R),
    T("phishing", False, "Action needed: application fee for your job offer",
      """
      Dear candidate,

      To continue with your employment processing we need a refundable equipment deposit of $300. Without it, we regret your candidacy cannot proceed.

      Pay here: http://onboarding-portal.test/deposit

      Regards,
      Onboarding Team
      """, from_=("Onboarding Team", "onboarding@onboarding-portal.test"), **R),
    T("warranty", False, "Warranty claim WR-9912",
      """
      Hello {owner},

      We've inspected your returned coffee grinder. Unfortunately the damage was caused by a drop and is not covered by the manufacturer's warranty, so we can't replace it free of charge. We can repair it for £35, or return it to you.

      Brewline Service Centre
      """, from_=("Brewline Service", "service@brewline.example"), typo=True, charset="windows-1252", **R),
    T("dispute", False, "Update on your card dispute",
      """
      Hi {owner},

      We've finished looking into the £64.99 transaction you disputed. The merchant showed the item was delivered and signed for, so we've closed the dispute in their favour.

      Moneta Bank
      """, from_=("Moneta Bank", "disputes@monetabank.example"), **R),
    T("sponsorship-declined", False, "Re: Sponsorship request for Harbour Hack",
      """
      Hi {owner},

      Thanks for thinking of us for Harbour Hack. Our community budget for this year is already committed, so unfortunately we can't sponsor this time. Good luck with the event!

      Maria
      Developer Relations, Tidewater Cloud

      On Tue, 7 Oct 2025 at 09:12, {owner_full} <{owner_email}> wrote:
      > Hi Maria, would Tidewater be interested in sponsoring our student hackathon?
      """, from_=("Maria Chen", "maria.chen@tidewater-cloud.example"), **R),
    T("kids-club", False, "Holiday club booking - waiting list",
      """
      Dear {owner},

      Thank you for booking holiday club for Ella. The Monday and Tuesday sessions are full, so she is on the waiting list for those days. Wednesday to Friday are confirmed.

      Sunnyside Club
      """, from_=("Sunnyside Club", "bookings@sunnysideclub.example"), charset="us-ascii", **R),
    T("scholarship-child", False, "Bursary application outcome",
      """
      Dear {owner_full},

      The bursary panel has considered your application on behalf of your son. I am sorry to say that on this occasion we are not able to award a bursary, as the fund is fully allocated for the coming year.

      Bursar's Office, St Aidan's School
      """, from_=("Bursar", "bursar@staidans.example"), **R),
    T("subscription-cancelled", False, "Your subscription has been cancelled",
      """
      Hi {owner},

      We couldn't take payment for your Streamly subscription after three attempts, so it has now been cancelled. Update your payment details to reactivate: https://streamly.example/account

      The Streamly Team
      """, from_=("Streamly", "billing@streamly.example"), mime="html", **R),
]

SPLITS = {
    "dev": dict(casts=[], owners=DEV_OWNERS, templates=DEV, quotes=[], sig="", attrib=""),
    "heldout": dict(casts=[], owners=HELD_OWNERS, templates=HELD, quotes=[], sig="", attrib=""),
}
