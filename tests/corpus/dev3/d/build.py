#!/usr/bin/env python3
"""Build the dev3/d labelled corpus: 100 English messages (55 job rejections,
45 hard look-alikes).  Deterministic: run `python build.py` from anywhere and the
same bytes come out.  Writes messages/NNNN.eml and labels.jsonl next to this file,
then parses every file back and checks the labels match the messages 1:1.

Every person, company and domain below is invented; domains end in .example.
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
import shutil
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"

OWNERS = [
    ("Priya Natarajan", "priya.natarajan@postbox.example"),
    ("Tom Okafor", "tom.okafor@inbox.example"),
    ("Hannah Brightwell", "hbrightwell@mailhaven.example"),
    ("Diego Ferreira", "diego.f@letterbox.example"),
    ("Aisling Doyle", "aisling.doyle@postbox.example"),
    ("Kwame Mensah", "kmensah@mailhaven.example"),
    ("Sophie Tremblay", "sophie.tremblay@courrier.example"),
    ("Rahul Venkatesh", "rahul.v@inbox.example"),
    ("Jess Whitaker", "jess.whitaker@letterbox.example"),
    ("Liam O'Connell", "liam.oconnell@mailhaven.example"),
    ("Mei Lin Tan", "meilin.tan@postbox.example"),
    ("Callum Fraser", "callum.fraser@inbox.example"),
]

MSGS: list[dict] = []


def R(kind, frm, subject, body, company, role, cname=None, cemail=None,
      curl=None, fmt="plain", **extra):
    """A true job rejection addressed to the mailbox owner."""
    MSGS.append(dict(rej=True, kind="rejection/" + kind, frm=frm, subject=subject,
                     body=body, company=company, role=role, cname=cname,
                     cemail=cemail, curl=curl, fmt=fmt, **extra))


def L(kind, frm, subject, body, company=None, role=None, cname=None,
      cemail=None, curl=None, fmt="plain", **extra):
    """A look-alike that is NOT a rejection of the owner's job candidacy."""
    MSGS.append(dict(rej=False, kind="lookalike/" + kind, frm=frm, subject=subject,
                     body=body, company=company, role=role, cname=cname,
                     cemail=cemail, curl=curl, fmt=fmt, **extra))


# ---------------------------------------------------------------------------
# 55 rejections
# ---------------------------------------------------------------------------

R("startup_founder_after_onsite",
  "Maya Lindqvist <maya@brightloop.example>",
  "Re: Founding Engineer role",
  """Hi {first},

Thanks so much for spending Thursday afternoon with Arun and me. I'll be direct, because I know you're juggling other processes: we're not going to make you an offer for the Founding Engineer role.

It honestly came down to one thing. We need someone who has taken a mobile app from nothing to the store on their own, and that isn't where your experience sits right now. Everything else was strong.

Your questions about our pricing model were sharper than most of our investors' questions, for what it's worth.

Maya
Co-founder, Brightloop
""", "Brightloop", "Founding Engineer", "Maya Lindqvist", "maya@brightloop.example")

R("uk_bank_graduate_noreply",
  "Harbourgate Bank Careers <no-reply@careers.harbourgate-bank.example>",
  "Your application - Graduate Analyst Programme (Ref HGB-20417)",
  """Dear {first},

Thank you for your interest in the Harbourgate Bank Graduate Analyst Programme and for the time you spent completing our online assessments.

We have now reviewed your results together with your application form, and we regret to inform you that you have not been successful on this occasion. Because of the very high number of applications we receive, we are unable to offer individual feedback at this stage.

We would encourage you to keep an eye on future openings at https://careers.harbourgate-bank.example/graduates

Kind regards,

Graduate Recruitment Team
Harbourgate Bank plc
""", "Harbourgate Bank", "Graduate Analyst Programme", curl="https://careers.harbourgate-bank.example/graduates", fmt="alt")

R("nhs_not_shortlisted",
  "Ashworth Valley NHS FT Recruitment <recruitment.noreply@ashworthvalley-nhs.example>",
  "Shortlisting outcome: Staff Nurse (Band 5) - Acute Medical Unit",
  """Dear {full},

Job reference: 318-AMU-0922
Post: Staff Nurse (Band 5), Acute Medical Unit

Thank you for applying for the above post. The shortlisting panel met on Tuesday and I am sorry to tell you that you were not shortlisted for interview on this occasion.

Should you wish to receive feedback on your application, please contact the recruiting manager, Sister Ruth Adebayo, quoting the job reference above.

Thank you for your interest in working for the Trust.

Yours sincerely

Recruitment Services
Ashworth Valley NHS Foundation Trust
""", "Ashworth Valley NHS Foundation Trust", "Staff Nurse (Band 5)")

R("us_federal_not_selected",
  "GovHire Notifications <notifications@govhire.example>",
  "Application status update: Physical Scientist, GS-1301-12",
  """Hello {full},

The status of an application you submitted through GovHire has changed.

Agency: Bureau of Coastal Survey
Position: Physical Scientist, GS-1301-12
Announcement number: BCS-24-118-MP

New status: Not Selected

The selecting official has made a selection from the certificate of eligible candidates on which you appeared. You were not selected for this position. No action is required on your part.

To review the details, sign in to your GovHire account. Please do not reply to this message; this mailbox is not monitored.
""", "Bureau of Coastal Survey", "Physical Scientist", fmt="alt")

R("us_state_agency_filled",
  "Westmarch DOT Human Resources <hr-recruiting@dot.westmarch-state.example>",
  "Highway Maintenance Worker II - Recruitment #HMW-4471",
  """Dear Applicant,

Thank you for participating in the interview process for Highway Maintenance Worker II with the State of Westmarch Department of Transportation, District 3.

This letter is to notify you that the vacancy has now been filled. We appreciate your interest in public service and the time you invested in the selection process. Your eligibility on the current list remains active until its expiration date, and you may be contacted should another vacancy arise in your region.

Sincerely,

Human Resources Division
Westmarch Department of Transportation
""", "Westmarch Department of Transportation", "Highway Maintenance Worker II")

R("uk_university_panel_recommended_other",
  "Gillian Marsh <g.marsh@eastbridge-uni.example>",
  "Lecturer in Statistics (REF 2291) - outcome",
  """Dear Dr {last},

Thank you for attending the interview and presentation for the post of Lecturer in Statistics on 14 March.

The panel was impressed by the range of candidates it met, and I know the decision was a close one. Having considered all of the evidence, the panel has recommended another candidate for appointment, and that candidate has now accepted.

Professor Okonjo has asked me to pass on her thanks and to say she would be happy to talk through the panel's feedback if that would be useful to you.

With best wishes,

Gillian Marsh
HR Officer, Faculty of Science
University of Eastbridge
""", "University of Eastbridge", "Lecturer in Statistics", "Gillian Marsh", "g.marsh@eastbridge-uni.example")

R("uk_law_firm_no_assessment_centre",
  "Pemberton Hale Graduate Recruitment <graduates@pembertonhale.example>",
  "Pemberton Hale Training Contract 2027",
  """Dear {first},

Many thanks for applying for a training contract with Pemberton Hale LLP, and for completing the video interview.

We have now had an opportunity to consider your application carefully. I am afraid we will not be progressing it to our assessment centre stage. Competition this year has been particularly fierce, and we have had to make some very finely balanced decisions.

We wish you every success in your legal career.

Yours sincerely,

The Graduate Recruitment Team
Pemberton Hale LLP
""", "Pemberton Hale", "Training Contract", fmt="alt")

R("uk_retail_after_trial_shift",
  "Dean Holloway <dean.holloway@fernwaygrocers.example>",
  "Saturday trial shift",
  """Hi {first},

Thanks again for coming in for the trial shift on Saturday - the team said you were great on the tills and really easy to work with.

The honest truth is that we've ended up offering the weekend position to someone who can also cover the early Sunday deliveries, which I know you said you couldn't do. So it's not going to work out with us this time, sorry.

If your availability changes, drop me a line.

Cheers,
Dean Holloway
Store Manager, Fernway Grocers - Kettering Road
""", "Fernway Grocers", "Weekend Customer Assistant", "Dean Holloway", "dean.holloway@fernwaygrocers.example")

R("bigtech_ats_template",
  "Orbitly Recruiting <no-reply@hirestream-mail.example>",
  "Your application to Orbitly",
  """Hi {first},

Thank you for your interest in Orbitly and for taking the time to apply for the Senior Site Reliability Engineer (Infrastructure) position.

After careful review, we have decided not to move forward with your candidacy for this role at this time.

We encourage you to continue exploring opportunities with us at https://www.orbitly.example/careers - new roles are posted regularly, and you're welcome to apply to any that match your interests.

Best,
Orbitly Talent Acquisition

Powered by Hirestream | Manage your data: https://app.hirestream.example/privacy?c=9f22a1
""", "Orbitly", "Senior Site Reliability Engineer (Infrastructure)", curl="https://www.orbitly.example/careers", fmt="html")

R("agency_recruiter_relays_client",
  "Jess Farrow <jess.farrow@talentbridge-rec.example>",
  "Calderwood update",
  """Hi {first},

Just got off the phone with Calderwood Insurance. I'm sorry to say they've decided to appoint an internal candidate to the Claims Data Lead role, so that one won't be going any further for you.

For what it's worth, the hiring manager said your SQL exercise was the best they saw, and it was genuinely the internal move that swung it - nothing you did wrong. I've got two other insurance clients looking for similar profiles, so let's speak this week.

Jess

Jess Farrow | Senior Consultant, Data & Analytics
Talentbridge Recruitment | 0161 555 0183
""", "Calderwood Insurance", "Claims Data Lead", "Jess Farrow", "jess.farrow@talentbridge-rec.example")

R("job_board_platform_relay",
  "WorkNest <applications@worknest.example>",
  "Your application status: Marketing Coordinator at Pinecrest Outdoor Co.",
  """Your application status has changed

Marketing Coordinator
Pinecrest Outdoor Co. - Boulder, CO

Status: Not selected by employer

Pinecrest Outdoor Co. reviewed your application and has decided to move forward with other candidates. Don't be discouraged - there are 48 new marketing roles near you this week.

See similar jobs: https://www.worknest.example/jobs?q=marketing+coordinator&src=email_status
Manage email preferences: https://www.worknest.example/settings/email?u=77ab12
""", "Pinecrest Outdoor Co.", "Marketing Coordinator", fmt="html")

R("two_line_cafe",
  "Jo Pettigrew <jo@copperkettle.example>",
  "Re: barista job",
  """Hi {first}, thanks for applying - we've gone with someone else for the barista role. Best of luck with the search!
Jo, Copper Kettle Cafe
""", "Copper Kettle Cafe", "Barista", "Jo Pettigrew", "jo@copperkettle.example")

R("long_decision_in_paragraph_three",
  "Renata Kowalczyk <renata.k@lumenforge.example>",
  "Following up on your onsite with Lumenforge",
  """Hi {first},

I wanted to start by thanking you for the time you gave us last week. Five interviews in a single day is a lot to ask of anyone, and every one of the interviewers mentioned how thoughtfully you engaged with their questions, particularly during the system design session with Kenji.

We also appreciated your flexibility when we had to move the schedule around at short notice. I know the original plan didn't account for the time difference, and you handled the change with a lot of grace.

Having now completed the debrief, the panel has concluded that we won't be extending an offer for the Staff Backend Engineer role. The team felt that, for this particular position, they need someone with deeper hands-on experience running event-streaming systems at large scale, and that gap was the deciding factor.

I realise this isn't the news you were hoping for. If a conversation about the feedback would help, I'm happy to set up twenty minutes next week.

Warm regards,
Renata Kowalczyk
Technical Recruiter, Lumenforge
""", "Lumenforge", "Staff Backend Engineer", "Renata Kowalczyk", "renata.k@lumenforge.example", fmt="alt")

R("after_phone_screen_next_stage",
  "Owen Baptiste <owen@parcelwise.example>",
  "Parcelwise - Customer Success Manager",
  """Hi {first},

Thanks for the call on Monday - it was good to hear about your time at the logistics co-op.

I've talked it over with the team, and we won't be moving to the next stage with you. We're prioritising people who have managed enterprise accounts of 500+ seats, and we felt that was a bit beyond what you've done so far.

I hope the search goes well.

Owen Baptiste
Head of Customer Success | Parcelwise
""", "Parcelwise", "Customer Success Manager", "Owen Baptiste", "owen@parcelwise.example")

R("after_take_home",
  "Talent Team at Ferrocode <talent@ferrocode.example>",
  "Your take-home submission",
  """Hi {first},

Thanks for completing the take-home exercise for the Data Engineer position - we know it's a real investment of your evening.

Two of our engineers reviewed your submission independently. They liked the clear README and the test coverage, but felt the pipeline design wouldn't hold up under the late-arriving data scenario described in part 3. On that basis we've decided not to proceed further with your application.

We've attached their written notes below in case they're useful.

- Idempotency of the load step was handled well.
- Backfill strategy was not addressed.
- Partitioning choice would make the daily rollup expensive.

Thanks again,
Ines Carvalho
on behalf of the Ferrocode hiring team
""", "Ferrocode", "Data Engineer", "Ines Carvalho", "talent@ferrocode.example")

R("after_references",
  "Graham Pike <graham.pike@sedgemoorhousing.example>",
  "Operations Coordinator - update",
  """Dear {first},

Thank you for your patience while we completed the pre-employment checks for the Operations Coordinator post.

Having now received and considered your references, I'm sorry to let you know that we are unable to confirm the conditional offer we made on 2 May, and it is therefore withdrawn. I appreciate this will be disappointing, particularly at this late stage.

If you would like to discuss this, please call me directly on 01823 555 0142.

Yours sincerely,
Graham Pike
People Services Manager
Sedgemoor Housing Association
""", "Sedgemoor Housing Association", "Operations Coordinator", "Graham Pike", "graham.pike@sedgemoorhousing.example")

R("indian_it_not_shortlisted",
  "Vayu Infotech Talent Acquisition <careers@vayuinfotech.example>",
  "Status of your application - Java Developer (Req ID VI-JD-3318)",
  """Dear {first},

Greetings from Vayu Infotech!

Thank you for showing interest in the Java Developer opening at our Pune location and for attending the technical round held on 12th instant.

We regret to inform you that your profile has not been shortlisted for the next round of the selection process. Kindly note that your details will remain in our talent pool, and our team will reach out in case a suitable opening comes up in future.

Wishing you all the very best for your career.

Thanks & Regards,
Talent Acquisition Team
Vayu Infotech Pvt. Ltd.
""", "Vayu Infotech", "Java Developer", fmt="qp")

R("australian_not_successful_this_time",
  "Bec Harlow <bec.harlow@bellbirdfreight.example>",
  "Warehouse Team Leader - Dandenong",
  """G'day {first},

Thanks heaps for coming out to the Dandenong site for a chat last Wednesday.

Unfortunately you haven't been successful this time round - we've gone with someone who's already done a few years on forklift ops at a similar size DC. It was a tight call though.

We'd be happy to keep your details on file for the next Team Leader role, which should come up around the end of financial year.

Cheers,
Bec Harlow
Talent & Culture, Bellbird Freight
""", "Bellbird Freight", "Warehouse Team Leader", "Bec Harlow", "bec.harlow@bellbirdfreight.example")

R("canadian_pursue_other_applicants",
  "Maplecrest Credit Union <careers-noreply@maplecrest-cu.example>",
  "Member Service Representative - application update",
  """Dear {first},

Thank you for applying for the Member Service Representative position at our Kelowna branch, and for your interest in Maplecrest Credit Union.

We received a great many applications from highly qualified people. After much deliberation, we've made the difficult decision to pursue other applicants whose experience more closely aligns with the requirements of this role.

We appreciate the time and effort you put into your application and encourage you to visit https://maplecrest-cu.example/about/careers for future opportunities.

Sincerely,
People & Culture
Maplecrest Credit Union
""", "Maplecrest Credit Union", "Member Service Representative", curl="https://maplecrest-cu.example/about/careers", fmt="alt")

R("requisition_closed",
  "Kestrel Analytics Recruiting <jobs@kestrel-analytics.example>",
  "Product Analyst (R-2207) - requisition update",
  """Hello {first},

We're writing to everyone who applied for the Product Analyst role (R-2207).

Following a change in business priorities for the second half of the year, we have decided to close the requisition. This means we won't be progressing any applications for this role, including yours, and the interviews that had been pencilled in will not take place.

We're sorry to bring the process to an end this way. If a similar role opens in the future we'll post it on our careers site.

Kind regards,
Kestrel Analytics Recruiting
""", "Kestrel Analytics", "Product Analyst")

R("offered_and_accepted_other",
  "Annelise Varga <avarga@thornbury-estates.example>",
  "Property Manager vacancy",
  """Dear {first},

Thank you for your interest in the Property Manager vacancy and for the time you spent with us at interview.

I am writing to let you know that the position has been offered to and accepted by another candidate.

We will retain your application on file for six months, with your permission, in case a similar opening arises.

Kind regards,
Annelise Varga
Office Manager, Thornbury Estates
""", "Thornbury Estates", "Property Manager", "Annelise Varga", "avarga@thornbury-estates.example", fmt="qp")

R("aus_gov_unsuccessful_occasion",
  "Recruitment - Regional Waterways <recruitment@regionalwaterways.gov.example>",
  "Outcome of your application - APS 5 Policy Officer (RW-24/0113)",
  """Dear {first}

Thank you for your application for the position of APS 5 Policy Officer, Water Allocation Branch (vacancy RW-24/0113).

The selection panel has completed its assessment. I regret to advise that you have been unsuccessful on this occasion. The panel has established a merit list that may be used to fill similar vacancies over the next 18 months; you have not been placed on that list.

If you would like feedback, please contact the panel chair, Mr Adrian Cole, on (02) 5550 7781.

Yours sincerely

Recruitment Team
Department of Regional Waterways
""", "Department of Regional Waterways", "APS 5 Policy Officer")

R("bigtech_html_focus_other_candidates",
  "Quillon Careers <careers-noreply@quillon.example>",
  "An update on your Quillon application",
  """Hi {first},

Thank you for applying to the Machine Learning Engineer, Ads Ranking role at Quillon. We truly appreciate the interest you've shown in joining us.

We've completed our review, and we've decided to focus on other candidates whose experience more closely matches the current needs of the team.

This decision is specific to this role. Many people who apply to Quillon go on to join us in a different position later, so please consider applying again: https://careers.quillon.example/jobs

Best wishes,
The Quillon Recruiting Team

You are receiving this email because you applied for a position at Quillon. Unsubscribe from job updates: https://careers.quillon.example/unsubscribe?t=eyJ1IjoiOTkifQ
""", "Quillon", "Machine Learning Engineer, Ads Ranking", curl="https://careers.quillon.example/jobs", fmt="html")

R("uk_council_qp",
  "Fairhaven City Council HR <hr.recruitment@fairhaven-council.example>",
  "Your application for Environmental Health Officer (FCC/EH/057)",
  """Dear {full},

Re: Environmental Health Officer - FCC/EH/057

Thank you for your recent application for the above post with Fairhaven City Council. We received a large number of applications, and the recruiting panel has had to make some difficult choices when assessing them against the person specification.

I am writing to let you know that we will not be taking your application further. We are grateful for the interest you have shown in working for the Council and hope this will not deter you from applying for future vacancies, which are advertised at https://www.fairhaven-council.example/jobs

Yours sincerely,

Human Resources
Fairhaven City Council
""", "Fairhaven City Council", "Environmental Health Officer", curl="https://www.fairhaven-council.example/jobs", fmt="qp")

R("ats_status_no_longer_under_consideration",
  "Dunmore Foods <dunmorefoods@talentdock-notify.example>",
  "Candidate Home: an update on R-10492",
  """Hello {full},

There has been an update to your application.

Job requisition: R-10492 Supply Chain Planner
Location: Columbus, OH

Your application for this position has been reviewed and its status is now: No longer under consideration.

You can view all of your applications and apply to other openings in Candidate Home: https://dunmorefoods.talentdock.example/candidate/home

Thank you for your interest in Dunmore Foods.

This is an automated message; replies are not monitored.
""", "Dunmore Foods", "Supply Chain Planner", fmt="alt")

R("us_school_district_filled",
  "Riverbend USD Human Resources <hr@riverbend-usd.example>",
  "4th Grade Teacher - Hawthorne Elementary",
  """Dear {first} {last},

Thank you for interviewing for the 4th Grade Teacher position at Hawthorne Elementary School.

We want to let you know that the principal has completed the selection process and has filled this position with another applicant. Your application will remain active in our system for the remainder of the school year, and you are welcome to apply for other posted vacancies within the district.

We appreciate your interest in Riverbend Unified School District and wish you well.

Respectfully,

Certificated Human Resources
Riverbend Unified School District
""", "Riverbend Unified School District", "4th Grade Teacher")

R("us_hospital_candidate_elsewhere",
  "Tamika Rhodes <trhodes@stbrigid-med.example>",
  "Respiratory Therapist - night shift",
  """Hi {first},

I appreciate you coming in to meet with the respiratory care team on Friday.

After talking it through with Dr. Sandoval, we are going to move ahead with a different candidate for the night shift Respiratory Therapist opening. Your critical care background was impressive; the deciding factor was NICU experience, which this unit needs right away.

I'd encourage you to look at our day-shift postings, which open next month.

Thank you,
Tamika Rhodes, MBA
Talent Acquisition Partner
St. Brigid Medical Center
""", "St. Brigid Medical Center", "Respiratory Therapist", "Tamika Rhodes", "trhodes@stbrigid-med.example")

R("consulting_final_round",
  "Clarion Ridge Partners <recruiting@clarionridge.example>",
  "Clarion Ridge - final round outcome",
  """Dear {first},

Thank you for joining us in London for the final round of interviews for the Associate position.

The partners met yesterday to review every candidate from this round. While they enjoyed your discussion on the retail pricing case, they did not feel there was sufficient evidence of structured problem solving in the second case to recommend an offer, and so we will not be extending one to you in this cycle.

Candidates who reach our final round are welcome to reapply after twelve months, and we would be glad to see your name again.

Best regards,

Laura Whitcombe
Recruiting Manager, Clarion Ridge Partners
""", "Clarion Ridge Partners", "Associate", "Laura Whitcombe", "recruiting@clarionridge.example", fmt="alt")

R("internship_no_place",
  "Early Careers - Novalith <earlycareers@novalith.example>",
  "Novalith Summer Internship 2025",
  """Hi {first},

Thank you for applying to the Novalith Summer Internship 2025 (Software Engineering track).

This year we received more than 9,000 applications for 60 places. We've reviewed yours carefully and, unfortunately, we are unable to offer you a place on the programme.

Please don't let this put you off - many of our current interns applied more than once. Applications for next summer open in September at https://novalith.example/early-careers

All the best,
Novalith Early Careers
""", "Novalith", "Summer Internship (Software Engineering)", curl="https://novalith.example/early-careers")

R("nonprofit_not_inviting_interview",
  "Open Harbor Foundation <jobs@openharbor.example>",
  "Development Associate search",
  """Dear {first},

Thank you for applying for the Development Associate position at Open Harbor Foundation. We were humbled to receive over 400 applications for this role.

Because of that volume, we can only move a small number of applicants forward, and we won't be inviting you to interview. Please know this reflects the size of the pool rather than any lack of merit in your application.

With gratitude for your commitment to our mission,

Carmen Ibarra
Director of Operations
Open Harbor Foundation
""", "Open Harbor Foundation", "Development Associate", "Carmen Ibarra", "jobs@openharbor.example")

R("game_studio_portfolio",
  "Ruth Anand <ruth.anand@pixelmoor.example>",
  "Pixelmoor - Environment Artist",
  """Hey {first},

Thanks for your patience while we worked through the Environment Artist applicants - it took longer than we'd hoped.

The art leads have chosen to move ahead with a candidate whose portfolio lines up more closely with the painterly style of our next project, so we'll be closing out your application here. Your modular kit work was really clean, and a couple of the leads asked me to say so.

Keep making cool stuff,
Ruth
Studio Recruiter, Pixelmoor Games
""", "Pixelmoor Games", "Environment Artist", "Ruth Anand", "ruth.anand@pixelmoor.example")


def _quoted_owner_followup():
    return """Hi {first},

Sorry for the slow reply - it's been a hectic fortnight. I'm afraid the team decided to go in a different direction for the Content Designer role, so we won't be taking things further with you. Thank you for being so patient with us.

Best,
Nadia

On Tue, 3 Sep 2024 at 09:12, {full} <{email}> wrote:
> Hi Nadia,
>
> I hope you're well. I just wanted to check in on the Content Designer
> role - is there any update following my interview on the 20th? I'm
> still very keen.
>
> Thanks,
> {first}
"""


R("reply_to_owner_chaser",
  "Nadia Oyelaran <nadia@wrenandsparrow.example>",
  "Re: Content Designer - any update?",
  _quoted_owner_followup(),
  "Wren & Sparrow", "Content Designer", "Nadia Oyelaran", "nadia@wrenandsparrow.example")

R("uk_agency_after_second_interview",
  "Marcus Blythe <marcus.blythe@keystonesearch.example>",
  "Feedback from Hollins & Reade",
  """Morning {first},

I've had feedback from Hollins & Reade following Tuesday's second interview. I'm sorry to say they've decided not to take things further. They were torn between you and one other candidate and went with the person who had led a Sage to cloud migration before.

They did say your presentation was the strongest they saw. I'll call you later today to talk through the detail and a couple of other practices I think would suit you.

Kind regards,
Marcus

Marcus Blythe
Associate Director - Finance Recruitment
Keystone Search
""", "Hollins & Reade", "Finance Manager", "Marcus Blythe", "marcus.blythe@keystonesearch.example", fmt="alt")

R("difficult_decision_pursue_others",
  "Sunfield Energy Talent <talent@sunfield-energy.example>",
  "Your Sunfield Energy application",
  """Dear {first},

Thank you for your interest in the Grid Integration Engineer opportunity and for the conversations you have had with our team over the past few weeks.

After thoughtful consideration, we've made the difficult decision to pursue other applicants for this role. We know that this is disappointing to hear, and we are grateful for the effort you put into the process.

We hope our paths cross again.

Sincerely,
Talent Acquisition
Sunfield Energy
""", "Sunfield Energy", "Grid Integration Engineer", fmt="html")

R("uk_civil_service_sift",
  "Civil Service Jobs Portal <noreply@csjobs.example>",
  "Application 77310 - Higher Executive Officer, Office for Rural Connectivity",
  """Dear {first} {last},

Vacancy: Higher Executive Officer - Programme Assurance
Department: Office for Rural Connectivity
Application reference: 77310

Thank you for applying for this vacancy.

Your application has been assessed against the behaviours and experience required for the role. Unfortunately, it did not meet the standard required to progress at sift, and your application will not be taken any further.

Feedback on your application is available in your account.

Civil Service Jobs Portal on behalf of the Office for Rural Connectivity
""", "Office for Rural Connectivity", "Higher Executive Officer - Programme Assurance")

R("hotel_trial_shift",
  "Stefan Moreau <s.moreau@thelanternhotel.example>",
  "Your trial in the kitchen",
  """Hello {first},

Thank you for the trial shift in the kitchen on Thursday evening. Chef appreciated the prep work and your calm during service.

We have thought about it carefully and we will not be offering you the Commis Chef position. We are looking for someone with a little more experience on the pastry section for this particular vacancy.

Best wishes for the future,

Stefan Moreau
Head Chef, The Lantern Hotel
""", "The Lantern Hotel", "Commis Chef", "Stefan Moreau", "s.moreau@thelanternhotel.example")

R("canadian_university_committee",
  "Faculty of Arts Staffing <arts.staffing@northlake-u.example>",
  "Academic Advisor posting #A-2231",
  """Dear {first},

Thank you for attending the panel interview for the Academic Advisor position (posting #A-2231) in the Faculty of Arts.

The hiring committee has now completed its deliberations and has selected another candidate for the role. We want to thank you for the care you put into preparing for the interview; the committee noted your experience with first-generation students in particular.

Regards,

Colleen Murdoch
Faculty Staffing Coordinator
Northlake University
""", "Northlake University", "Academic Advisor", "Colleen Murdoch", "arts.staffing@northlake-u.example")

R("indian_startup_coding_assignment",
  "Sneha Kulkarni <sneha@kiranacloud.example>",
  "Regarding coding assignment - Backend Engineer (SDE-2)",
  """Hi {first},

Thank you for taking the time to complete the coding assignment for the SDE-2 Backend Engineer role.

Our team has evaluated your submission and feels that you may not be the right fit for this role currently, so we will not be proceeding with your candidature. We will keep your profile in our database and reach out for future openings that match your skills.

Wishing you the best,
Sneha Kulkarni
HR Executive, Kirana Cloud
""", "Kirana Cloud", "Backend Engineer (SDE-2)", "Sneha Kulkarni", "sneha@kiranacloud.example", fmt="qp")

R("multiple_roles_none",
  "Tessellate Recruiting <no-reply@tessellate.example>",
  "Update on your applications to Tessellate",
  """Hi {first},

Thank you for applying to Tessellate. We've now reviewed all three of your applications:

  * Frontend Engineer, Editor
  * Frontend Engineer, Growth
  * Design Engineer

We won't be moving forward with any of them at this time. Each team has its own requirements, and in this case we've found candidates whose backgrounds more closely match what they're looking for.

We're grateful you considered us.

- The Tessellate Recruiting team
""", "Tessellate", None, fmt="alt")

R("uk_fire_service_fitness",
  "Northmoor Fire and Rescue Service <recruitment@northmoor-fire.example>",
  "Wholetime Firefighter recruitment - stage 3 result",
  """Dear {first},

Thank you for attending the physical assessment day at our training centre as part of the Wholetime Firefighter recruitment campaign.

I am sorry to inform you that you did not achieve the required standard in the ladder climb and equipment carry tests. As a result, we are not in a position to offer you employment from this campaign, and your application has now closed.

We encourage you to prepare for future campaigns; guidance on the fitness standards is available on our website.

Yours faithfully,

Recruitment Team
Northmoor Fire and Rescue Service
""", "Northmoor Fire and Rescue Service", "Wholetime Firefighter")

R("pharma_candidacy_not_advanced",
  "Veridane Therapeutics Talent <talent@veridane.example>",
  "Clinical Research Associate II - candidacy update",
  """Dear {full},

The hiring team for Clinical Research Associate II (Job ID 58831) has concluded its review, and your candidacy will not be advanced in the process.

We value the time you have invested in applying to Veridane Therapeutics. Your profile will remain in our talent community so that our recruiters can consider you for future opportunities that fit your background.

Veridane Therapeutics Talent Acquisition
""", "Veridane Therapeutics", "Clinical Research Associate II", fmt="html")

R("speculative_no_suitable_role",
  "Piers Dunmore <piers@hollowayarchitects.example>",
  "Re: Speculative application - Part II Architectural Assistant",
  """Dear {first},

Thank you for sending your portfolio - some lovely work in there, especially the timber pavilion.

I'm afraid we're not in a position to take on a Part II assistant this year, so we won't be able to offer you a place with us. I'd be happy to pass your details to a couple of practices I know who might be hiring.

With best wishes,
Piers Dunmore
Director, Holloway Dunmore Architects
""", "Holloway Dunmore Architects", "Part II Architectural Assistant", "Piers Dunmore", "piers@hollowayarchitects.example")

R("two_line_mobile_hiring_manager",
  "Rob Kessler <rob.kessler@gaitlabs.example>",
  "PM role",
  """Hey {first} - quick note, we're going with another candidate for the PM spot. Happy to share feedback if it's useful.
Rob

Sent from my iPhone
""", "Gaitlabs", "Product Manager", "Rob Kessler", "rob.kessler@gaitlabs.example")

R("offered_role_to_payments_candidate",
  "Ana Duarte <ana.duarte@coinrail.example>",
  "Senior Product Designer at Coinrail",
  """Hi {first},

I wanted to get back to you personally after your portfolio review with the design team.

Everyone enjoyed the session, and your work on the onboarding flow sparked a long conversation afterwards. In the end, though, we've offered the role to a designer with several years of payments and compliance experience, which the team feels it needs right now.

Thank you for the care you put into the presentation.

Ana Duarte
Design Director, Coinrail
""", "Coinrail", "Senior Product Designer", "Ana Duarte", "ana.duarte@coinrail.example", fmt="alt")

R("reserve_list_closed",
  "Westbury Police Recruitment <police.recruitment@westbury-police.example>",
  "Police Staff - Contact Centre Operator reserve list",
  """Dear {first},

Following your interview in February you were placed on our reserve list for the role of Contact Centre Operator.

The reserve list for this campaign has now closed. I am sorry to let you know that no further vacancies arose during its lifetime and we will therefore not be able to make you an offer. You are welcome to apply for future campaigns.

Regards,
Police Staff Recruitment
Westbury Police
""", "Westbury Police", "Contact Centre Operator", fmt="qp")

R("contract_agency_client_extends",
  "Hamid Qureshi <hamid@ironbarkcontracting.example>",
  "Re: DevOps contract - Lindenholt",
  """Hi {first},

Bad news on the Lindenholt contract I'm afraid. The client has opted to extend their current contractor for another six months, so the role won't be going ahead for you.

Annoying after three rounds, I know. I'm keeping an eye out for anything else at your day rate.

Hamid Qureshi
Ironbark Contracting
""", "Lindenholt", "DevOps Engineer (contract)", "Hamid Qureshi", "hamid@ironbarkcontracting.example")

R("us_state_ineligible",
  "Westmarch State Careers <donotreply@careers.westmarch-state.example>",
  "Notice of Results - Epidemiologist 2 (Exam #EP2-0931)",
  """NOTICE OF RESULTS

Applicant: {full}
Classification: Epidemiologist 2
Department: Westmarch Department of Health
Examination: EP2-0931

Result: INELIGIBLE

Your application has been reviewed and you do not meet the minimum qualifications for this classification. Specifically, the experience you listed does not include the required two years of professional epidemiological work. You will not be placed on the eligible list for this examination.

If you believe this determination is in error, you may request a review within 10 calendar days.
""", "Westmarch Department of Health", "Epidemiologist 2")

R("aus_university_unsuccessful",
  "Dr Fiona McLeish <f.mcleish@southerncross-uni.example>",
  "Research Fellow in Marine Ecology - REQ 40712",
  """Dear {first},

Thank you for your application for the position of Research Fellow in Marine Ecology at Southern Cross Coastal University.

I regret to advise that your application was unsuccessful. The selection committee received a very strong field and has offered the position to an applicant with extensive experience in acoustic telemetry.

I wish you every success in your research career.

Kind regards,
Dr Fiona McLeish
Chair, Selection Committee
School of Marine Sciences
""", "Southern Cross Coastal University", "Research Fellow in Marine Ecology", "Fiona McLeish", "f.mcleish@southerncross-uni.example")

R("startup_going_to_pass",
  "Theo Brandt via Hirestream <no-reply@hirestream-mail.example>",
  "Following up - Growth Marketer at Loophaus",
  """Hi {first},

Thanks for the conversation last week - I enjoyed hearing how you grew the newsletter from zero.

After comparing notes, we're going to pass on moving forward. We're looking for someone who has owned a paid acquisition budget of our size, and we didn't think the timing was right for you to take that on.

Best of luck, and thanks again for your interest in Loophaus.

Theo Brandt
Head of Growth, Loophaus

Reply to this email to reach Theo directly.
""", "Loophaus", "Growth Marketer", "Theo Brandt", "theo@loophaus.example", fmt="alt", reply_to="theo@loophaus.example")

R("html_newsletter_style_ats",
  "Halcyon Retail Group Careers <careers@mail.halcyonretail.example>",
  "Thanks for applying to Halcyon Retail Group",
  """Hi {first},

Thank you for applying to the Visual Merchandiser role at our Westfield flagship store.

We've now reviewed your application and we will not be proceeding with it on this occasion.

Stay connected with life at Halcyon: https://careers.halcyonretail.example/life-at-halcyon

Track this email: https://click.mail.halcyonretail.example/ls/click?upn=aGVsbG8td29ybGQ
Unsubscribe: https://click.mail.halcyonretail.example/unsub?e=8812ab
Halcyon Retail Group, 14 Market Row, Leeds
""", "Halcyon Retail Group", "Visual Merchandiser", curl="https://careers.halcyonretail.example/life-at-halcyon", fmt="html")

R("indian_bank_online_test",
  "Recruitment Cell, Deccan Cooperative Bank <recruitment@deccancoopbank.example>",
  "Result of Online Examination - Probationary Officer 2024-25",
  """Dear Candidate,

Registration No.: DCB/PO/24/118203
Name: {full}

This is to inform you that, based on the marks secured in the Online Preliminary Examination for the post of Probationary Officer (2024-25), you have not qualified for the Main Examination. Accordingly, your candidature for the current recruitment process stands closed.

The category-wise cut-off marks are available on the Bank's recruitment page.

Recruitment Cell
Deccan Cooperative Bank Ltd.
""", "Deccan Cooperative Bank", "Probationary Officer", fmt="alt")

R("qp_nonascii_cafe",
  "Ren\u00e9e Castellane <renee@cafelumiere.example>",
  "Sous-chef position \u2014 Caf\u00e9 Lumi\u00e8re",
  """Dear {first},

Thank you for coming by on Tuesday and for the lovely tasting plates \u2014 the beurre blanc was a highlight for the whole team.

We\u2019ve thought hard about it, and I\u2019m sorry to say we\u2019ve decided not to offer you the sous-chef position. We need someone who can start before the summer terrace opens, and your notice period makes that difficult.

Do stay in touch; we\u2019d be glad to hear from you again in the autumn.

Ren\u00e9e Castellane
Owner, Caf\u00e9 Lumi\u00e8re
""", "Caf\u00e9 Lumi\u00e8re", "Sous-chef", "Ren\u00e9e Castellane", "renee@cafelumiere.example", fmt="qp")

R("reg_agency_temp_no_longer",
  "Brookfield Staffing <bookings@brookfieldstaffing.example>",
  "Admin temp assignment - Tollgate Logistics",
  """Hi {first},

Quick update on the admin temp assignment at Tollgate Logistics we put you forward for. They've confirmed they have filled the vacancy with another of the shortlisted temps, so you won't be needed for that one.

We'll be in touch as soon as we have other bookings matching your availability.

Thanks,
Chloe at Brookfield Staffing
""", "Tollgate Logistics", "Administrative Assistant (temp)", "Chloe", "bookings@brookfieldstaffing.example")

R("ats_plain_no_greeting_decision_first",
  "careers@arclight-robotics.example",
  "Arclight Robotics - Embedded Software Engineer",
  """We will not be moving forward with your application for Embedded Software Engineer at Arclight Robotics.

Thank you for your interest. We appreciate the time you took to apply, and we wish you success in your search.

Arclight Robotics Recruiting
""", "Arclight Robotics", "Embedded Software Engineer")

R("law_firm_us_associate",
  "Priscilla Vaughan <pvaughan@marlowekeyes.example>",
  "Lateral Associate - Litigation",
  """Dear Mr. {last},

On behalf of Marlowe Keyes LLP, thank you for meeting with members of our Litigation group last month.

We have given your candidacy careful consideration. Although your credentials are impressive, we have concluded that we are unable to extend an offer of employment at this time. We will keep your materials in confidence.

We appreciate your interest in the firm and wish you every success.

Very truly yours,

Priscilla Vaughan
Director of Legal Recruiting
Marlowe Keyes LLP
""", "Marlowe Keyes", "Litigation Associate", "Priscilla Vaughan", "pvaughan@marlowekeyes.example", fmt="alt")



# ---------------------------------------------------------------------------
# 45 hard look-alikes
# ---------------------------------------------------------------------------

L("application_received_cannot_reply_all",
  "Greywater Systems Careers <no-reply@greywater.example>",
  "We've received your application - QA Engineer",
  """Hi {first},

Thanks for applying for the QA Engineer role at Greywater Systems. This is a quick note to confirm that your application arrived safely.

Our team reads every application. Unfortunately, we can't always reply to each applicant personally, but if your experience matches what we need, someone from the team will contact you within two weeks to arrange a first conversation.

Greywater Systems Talent Team
""", "Greywater Systems", "QA Engineer", fmt="alt")

L("interview_invite_with_unfortunately",
  "Leah Sorensen <leah.sorensen@ambergate.example>",
  "Interview invitation - Business Analyst",
  """Hi {first},

Good news - the team would like to invite you to a first interview for the Business Analyst role.

Unfortunately the hiring manager is away all of next week, so we're looking at the week after. Could you let me know which of these suit you?

- Tuesday 18th, 10:00 or 14:30
- Wednesday 19th, 11:00

The interview will last about 45 minutes on video.

Thanks,
Leah Sorensen
Recruitment Partner, Ambergate Insurance
""", "Ambergate Insurance", "Business Analyst", "Leah Sorensen", "leah.sorensen@ambergate.example")

L("assessment_link",
  "CodeTrial for Quayside Software <invites@codetrial.example>",
  "Quayside Software has invited you to an online assessment",
  """Hello {first},

Quayside Software has invited you to complete a coding assessment as the next step in your application for Graduate Developer.

Duration: 90 minutes
Deadline: 7 days from this email

Start the assessment: https://www.codetrial.example/a/qs-grad-88213

If you do not complete the assessment before the deadline, the link will expire. Good luck!

The CodeTrial team
""", "Quayside Software", "Graduate Developer", fmt="html")

L("offer_with_unfortunately_start_date",
  "Hollie Grant <hollie.grant@marrowfield.example>",
  "Offer of employment - Senior Accountant",
  """Dear {first},

I'm delighted to confirm that Marrowfield Group would like to offer you the position of Senior Accountant, on a salary of GBP 58,000 per annum. Your formal contract is attached.

Unfortunately we can't accommodate a start date before 1 October because of the year-end audit, so we've put that date in the contract. If this causes a problem with your notice period, do let me know.

Please sign and return the contract by Friday. We're all really looking forward to working with you.

Best wishes,
Hollie Grant
Finance Director, Marrowfield Group
""", "Marrowfield Group", "Senior Accountant", "Hollie Grant", "hollie.grant@marrowfield.example", fmt="alt")

L("document_request_right_to_work",
  "Onboarding - Tidewell Care <onboarding@tidewellcare.example>",
  "Action needed: right to work documents",
  """Dear {first},

Congratulations again on your offer for the Care Assistant role.

Before we can confirm your start date we need copies of the following documents:

1. Passport or share code for right to work
2. Proof of address dated within the last three months
3. National Insurance number

Please upload them at https://tidewellcare.example/onboarding. We cannot progress your DBS check until we receive them.

Kind regards,
Onboarding Team, Tidewell Care
""", "Tidewell Care", "Care Assistant")

L("reschedule_interviewer_ill",
  "Farah Aziz <farah.aziz@sollance.example>",
  "Need to reschedule tomorrow's interview",
  """Hi {first},

I'm really sorry for the short notice. Unfortunately, Michael has come down with something and won't be able to do tomorrow's technical interview.

We definitely still want to speak with you, so we won't be going ahead with tomorrow's slot, but I'd like to rebook for early next week. Are Monday or Tuesday afternoon any good?

Apologies again,
Farah
Talent Coordinator, Sollance
""", "Sollance", "Software Engineer", "Farah Aziz", "farah.aziz@sollance.example")

L("could_not_reach_you",
  "Darnell Price <darnell.price@keelstone-staffing.example>",
  "Tried to reach you - Warehouse Supervisor",
  """Hi {first},

I've tried calling you twice today about the Warehouse Supervisor opening at Brackenridge Distribution but couldn't get through and your voicemail is full.

The client would like to set up an interview this week. Could you reply with a good time to call, or book a slot here: https://calendar.keelstone-staffing.example/darnell

Thanks,
Darnell Price
Keelstone Staffing
""", "Brackenridge Distribution", "Warehouse Supervisor", "Darnell Price", "darnell.price@keelstone-staffing.example")

L("hiring_manager_told_candidate_declined",
  "Ellie Marchetti <ellie.marchetti@corvane.example>",
  "Candidate update: Marcus Webb (Data Analyst)",
  """Hi {first},

Following your feedback from Wednesday's panel, I've let Marcus Webb know that we won't be taking his application for the Data Analyst role any further. He took it well and asked for written feedback - could you send me two or three lines I can pass on?

That leaves us with Chiara and Daniel for final round. I'll send you calendar holds for both.

Thanks,
Ellie
People Team, Corvane
""", "Corvane", "Data Analyst", "Ellie Marchetti", "ellie.marchetti@corvane.example")

L("friend_forwards_own_rejection",
  "Sanjay Iyer <sanjay.iyer@postbox.example>",
  "Fwd: Your application to Brightmere",
  """Hey {first},

Ugh, see below. Any idea what I should say if I want to ask for feedback? You went through their process last year, right?

S

---------- Forwarded message ---------
From: Brightmere Recruiting <no-reply@brightmere.example>
Date: Mon, 9 Sep 2024
Subject: Your application to Brightmere
To: Sanjay Iyer <sanjay.iyer@postbox.example>

Hi Sanjay,

Thank you for interviewing for the Solutions Architect position. After careful consideration, we have decided to move forward with other candidates.

Brightmere Recruiting
""")

L("referral_not_selected",
  "Haverline Referrals <referrals-noreply@haverline.example>",
  "Update on your referral: Joanna Pike",
  """Hi {first},

Thanks for referring Joanna Pike for the Senior Copywriter role.

We wanted to let you know that the hiring team has reviewed Joanna's application and decided not to move forward with her at this time. Joanna has been notified directly. Referral bonuses are only paid on hires, so no bonus is due for this referral.

Keep the referrals coming - great people know great people.

Haverline Talent Team
""", "Haverline", "Senior Copywriter", fmt="alt")

L("journal_paper_rejected",
  "Journal of Applied Hydrology <editorial@jah-journal.example>",
  "Decision on manuscript JAH-2024-0417",
  """Dear Dr {last},

Thank you for submitting your manuscript "Seasonal recharge estimates in fractured chalk aquifers" to the Journal of Applied Hydrology.

I regret to inform you that, following peer review, we are unable to accept your manuscript for publication. The reviewers' comments are included below, and I hope you will find them helpful in revising the work for submission elsewhere.

Reviewer 1: The methodology is sound but the contribution relative to prior work is limited...

Yours sincerely,
Prof. Elena Markov
Associate Editor
""")

L("grant_not_funded",
  "Foundation for Civic Arts <grants@civicarts-fdn.example>",
  "Your Community Arts Grant application (CAG-24-391)",
  """Dear {first},

Thank you for your application to the Community Arts Grant scheme for the "Riverside Murals" project.

The panel considered 212 applications in this round, and we are sorry to let you know that your application was not successful. Demand far exceeded the funds available.

You are welcome to apply again in the spring round, which opens on 1 March.

With best wishes,
Grants Team
Foundation for Civic Arts
""", fmt="qp")

L("loan_declined",
  "Everbrook Finance <notifications@everbrookfinance.example>",
  "About your personal loan application",
  """Dear {full},

Thank you for applying for an Everbrook personal loan of GBP 7,500.

We have carefully considered your application and we are sorry to tell you that we are unable to offer you a loan at this time. Our decision was based on information from a credit reference agency as well as our own lending criteria.

You have the right to request details of the credit reference agency we used.

Everbrook Finance
""", fmt="alt")

L("apartment_application_declined",
  "Cora Whitlock <cora@harborviewlettings.example>",
  "Flat 4, 22 Quarry Lane - application",
  """Hi {first},

Thanks for your interest in Flat 4, 22 Quarry Lane and for getting your paperwork in so quickly.

I'm sorry to say the landlord has decided to go with another applicant who can move in on the 1st, so we won't be proceeding with your application for this property. Your holding deposit will be refunded in full within 7 days.

We have a similar two-bed coming up on Alder Street next month if you'd like a viewing.

Cora Whitlock
Lettings Negotiator, Harborview Lettings
""")

L("visa_refused",
  "Visa Processing Centre <no-reply@visa-centre.gov.example>",
  "Decision on your visitor visa application",
  """Dear Applicant,

Application number: VPC-2024-5583021

A decision has been made on your application for a Standard Visitor visa. Unfortunately, your application has been refused. The reasons for this decision are set out in the attached refusal notice.

Your passport is ready for collection from the visa application centre where you gave your biometrics.

Visa Processing Centre
""", fmt="html")

L("school_admission_not_offered",
  "School Admissions - Harlowe Borough Council <admissions@harlowe-council.example>",
  "Primary school place offer for Ava",
  """Dear Parent/Carer,

We are writing to tell you the outcome of your application for a Reception place for Ava starting in September.

Unfortunately we were unable to offer a place at your first or second preference schools, St Anselm's C of E Primary and Greenbank Primary, as they were oversubscribed. Ava has been offered a place at Millfield Primary School.

You have the right to appeal against the decision not to offer a place at your preferred schools.

School Admissions Team
Harlowe Borough Council
""")

L("credit_card_declined",
  "Novara Card Services <cards@novarabank.example>",
  "Your Novara Rewards Card application",
  """Hi {first},

Thanks for applying for the Novara Rewards Credit Card.

After reviewing your application, we're not able to approve it right now. This doesn't affect any other products you hold with Novara.

A letter explaining the main reasons for our decision will be sent to your registered address within 10 days.

Novara Card Services
""", fmt="html")

L("event_ticket_ballot",
  "Thornfield Festival <tickets@thornfieldfest.example>",
  "Ballot result: Thornfield Festival 2025",
  """Hi {first},

Thanks for entering the Thornfield Festival 2025 ticket ballot.

We're sorry - your entry wasn't successful this time. Over 240,000 people entered for 60,000 tickets. Your card has not been charged.

Keep an eye on our resale page in the spring: https://thornfieldfest.example/resale

The Thornfield crew
""", fmt="alt")

L("newsletter_about_rejection",
  "The Career Compass <newsletter@careercompass.example>",
  "Issue #112: What to do after \"we've decided to move forward with other candidates\"",
  """THE CAREER COMPASS - Issue #112

This week: bouncing back from a job rejection

We've all read it: "After careful consideration, we have decided to move forward with other candidates." This week we look at three things to do in the 48 hours after a rejection email lands:

1. Reply graciously and ask for one specific piece of feedback.
2. Log what stage you reached so you can spot patterns.
3. Set a calendar reminder to check the company's careers page in three months.

Plus: a reader asks whether to reapply after being turned down at the final round.

Read online: https://careercompass.example/issues/112
Unsubscribe: https://careercompass.example/unsubscribe?id=44aa
""", fmt="html")

L("job_alert",
  "WorkNest Job Alerts <alerts@worknest.example>",
  "12 new Data Analyst jobs near Bristol",
  """Hi {first},

Here are today's jobs matching your alert "data analyst - Bristol":

Data Analyst - Severnside Water - Bristol - GBP 38k
Junior Data Analyst - Ashcombe Retail - Remote
Insight Analyst - Cliftonwood Housing - Bristol
...and 9 more

View all: https://www.worknest.example/alerts/5521?src=email

Not interested any more? Unsubscribe from this alert: https://www.worknest.example/alerts/5521/off
""", fmt="alt")

L("recruiter_outreach",
  "Imogen Lacey <imogen@northstarsearch.example>",
  "Platform Engineering Lead - fintech, London",
  """Hi {first},

I came across your profile and thought you might be interested in a Platform Engineering Lead role I'm working on with a Series C fintech in London. They're building out a new team of six and need someone who has run Kubernetes in production.

Package is GBP 120-135k plus equity. Would you be open to a quick call this week?

Best,
Imogen Lacey
Principal Consultant, Northstar Search
""", None, "Platform Engineering Lead", "Imogen Lacey", "imogen@northstarsearch.example")

L("owner_withdrawal_confirmed",
  "Cobaltline Recruiting <recruiting@cobaltline.example>",
  "Withdrawal confirmed - Solutions Engineer",
  """Hi {first},

We've received your request to withdraw your application for the Solutions Engineer role, and we've updated our records accordingly. Congratulations on your new position!

If you'd like to be considered for future roles, you're always welcome to apply again.

All the best,
Cobaltline Recruiting
""", "Cobaltline", "Solutions Engineer")

L("role_on_hold",
  "Pia Lehtonen <pia.lehtonen@frostgate.example>",
  "Frontend Developer role - on hold for now",
  """Hi {first},

A quick update: the Frontend Developer role has been put on hold while leadership finalises next year's budget. Nothing has been decided against you - your application is still active and you remain one of our preferred candidates.

I expect to have news within three weeks and will contact you as soon as I do.

Thanks for bearing with us,
Pia Lehtonen
Recruiter, Frostgate
""", "Frostgate", "Frontend Developer", "Pia Lehtonen", "pia.lehtonen@frostgate.example")

L("conference_talk_rejected",
  "PyHarbour 2025 Programme Committee <cfp@pyharbour.example>",
  "Your PyHarbour 2025 proposal: \"Typing the untypable\"",
  """Hi {first},

Thank you for submitting "Typing the untypable" to the PyHarbour 2025 call for proposals.

We received 640 proposals for 48 talk slots, and unfortunately we weren't able to include yours in this year's programme. This was an exceptionally strong year and many excellent talks had to be turned down.

We'd love to see you at the conference anyway - speakers who submitted get a 20% discount code: CFP25.

The PyHarbour Programme Committee
""", fmt="qp")

L("expense_claim_rejected",
  "Expenses <expenses-noreply@halvorsen-group.example>",
  "Expense claim EXP-22817 rejected",
  """Hello {first},

Your expense claim EXP-22817 (Client dinner, GBP 184.50) has been rejected by your approver, Martin Kelly.

Reason: Receipt missing itemised breakdown.

Please edit the claim and resubmit it with an itemised receipt.

This is an automated message from the Halvorsen Group expenses system.
""")

L("progressed_to_final_round",
  "Yusuf Demir <yusuf.demir@aldervane.example>",
  "Final round - Aldervane",
  """Hi {first},

Great news - you've progressed to the final round for the Head of Operations role. The panel were really positive about your second interview.

Unfortunately we can't offer travel reimbursement for the final round, but we can do it by video if travelling to Leeds is difficult. Let me know which you'd prefer.

Best,
Yusuf Demir
Talent Lead, Aldervane
""", "Aldervane", "Head of Operations", "Yusuf Demir", "yusuf.demir@aldervane.example", fmt="alt")

L("candidate_experience_survey",
  "Cresthaven Talent <talent@cresthaven.example>",
  "Tell us about your interview experience",
  """Hi {first},

You recently interviewed with Cresthaven for the Account Executive role. Whatever the outcome turns out to be, we'd value your honest opinion of the process.

The survey takes three minutes and is anonymous: https://survey.cresthaven.example/cx?r=771

Thank you!
Cresthaven Talent Team
""", "Cresthaven", "Account Executive")

L("hr_colleague_rejection_template_draft",
  "Tara Quinlan <tara.quinlan@orchardline.example>",
  "Draft rejection template for your review",
  """Hi {first},

As discussed, here's my draft of the new post-interview rejection email. Could you check the tone before we load it into the ATS?

---
Dear [Candidate name],

Thank you for interviewing for the [Role] position. After careful consideration, we've decided not to progress your application further. We appreciate the time you invested and wish you every success.

Orchardline Recruitment
---

I've tried to keep it warm but brief. Comments by Thursday would be great.

Thanks,
Tara
""", "Orchardline", None, "Tara Quinlan", "tara.quinlan@orchardline.example")

L("insurance_claim_denied",
  "Claims - Sentinel Mutual <claims@sentinelmutual.example>",
  "Claim SM-4471920: decision",
  """Dear {full},

We have completed our assessment of your claim for water damage at your property.

We are sorry to inform you that we are unable to accept your claim, as the damage resulted from gradual leakage over a period of time, which is excluded under section 4.2 of your policy wording.

If you disagree with our decision, you may ask us to review it within 8 weeks.

Sentinel Mutual Claims Team
""", fmt="alt")

L("university_admission_rejected",
  "Graduate Admissions, Kingsmere University <pg-admissions@kingsmere.example>",
  "Your application to MSc Data Science",
  """Dear {first},

Thank you for applying to the MSc Data Science programme at Kingsmere University for entry in September 2025.

The admissions tutors have now considered your application. I am sorry to tell you that we are unable to offer you a place on the programme. We received many more well-qualified applications than we have places available.

We wish you success with your studies.

Graduate Admissions Office
Kingsmere University
""")

L("seller_account_not_approved",
  "Marketbay Seller Support <seller-support@marketbay.example>",
  "Your Marketbay seller application",
  """Hello {first},

Thanks for applying to sell on Marketbay.

We've reviewed the information you provided and, at this time, we're unable to approve your seller account. This is usually because we could not verify the business documents supplied.

You can reapply after 30 days with updated documents.

Marketbay Seller Support
""", fmt="html")

L("booking_request_declined",
  "Staylet <automated@staylet.example>",
  "Your booking request was declined",
  """Hi {first},

Unfortunately, your host Gwen declined your request to stay at "Cosy cottage near the harbour" for 12-15 June.

Don't worry - no payment was taken. Here are some similar places still available for your dates: https://staylet.example/s/harbour?d=0612

The Staylet team
""", fmt="alt")

L("welcome_onboarding_after_accept",
  "Juniper Harlow <juniper@veltria.example>",
  "Welcome to Veltria!",
  """Hi {first},

We're so pleased you've accepted our offer for the Product Marketing Manager role! Your first day is Monday 3 February.

Unfortunately the office car park is being resurfaced that week, so please use the public car park on Kiln Street - we'll reimburse you.

Your laptop will be ready at reception at 9:00. See you then!

Juniper Harlow
People Operations, Veltria
""", "Veltria", "Product Marketing Manager", "Juniper Harlow", "juniper@veltria.example")

L("hiring_manager_req_closed_notice",
  "Bramblecote ATS <ats-notify@bramblecote.example>",
  "Requisition REQ-3390 Senior Designer is now closed",
  """Hello {first},

This is a notification for hiring managers.

Requisition REQ-3390 (Senior Designer) has been closed because an offer was accepted by candidate Lucia Fernandez. All remaining candidates in the pipeline have been sent the standard decline message automatically.

You do not need to take any action.

Bramblecote Applicant Tracking
""", "Bramblecote", "Senior Designer", fmt="alt")

L("friend_personal_didnt_get_job",
  "Grace Adeyemi <grace.adeyemi@inbox.example>",
  "gutted",
  """hey {first},

so I didn't get the Fenwick job. they said they'd gone with someone with more agency experience. honestly I'm gutted, I thought the final round went really well.

fancy a drink on friday to cheer me up? my treat, or yours, depending on how sorry you feel for me :)

G x
""")

L("background_check_in_progress",
  "Verity Checks on behalf of Stonebridge Bank <noreply@veritychecks.example>",
  "Your background screening is under way",
  """Hi {first},

Stonebridge Bank has asked Verity Checks to complete pre-employment screening as part of your offer for the Risk Analyst position.

Current status: In progress (employment history verification)

We'll email you if we need anything further. Unfortunately, we're unable to share results directly with candidates; Stonebridge Bank will contact you once screening is complete.

Verity Checks
""", "Stonebridge Bank", "Risk Analyst", fmt="html")

L("incomplete_application",
  "Elmstead College HR <hr@elmstead-college.example>",
  "Your application is incomplete - Library Assistant",
  """Dear {first},

Thank you for starting an application for the Library Assistant post.

Your application has not yet been submitted, because the CV and supporting statement sections are empty. Applications that are incomplete on the closing date (Friday 14 June, midnight) cannot be considered, so please log in and finish it before then.

Elmstead College Human Resources
""", "Elmstead College", "Library Assistant")

L("not_moving_forward_with_slot",
  "Hugo Lindgren <hugo@tallowmere.example>",
  "Re: Interview on Tuesday",
  """Hi {first},

Small change of plan: we're not moving forward with the Tuesday 10am slot as the meeting room is double booked. Could we do Thursday at 10am instead, same format?

You're still very much in the running - the team is looking forward to meeting you.

Hugo
Engineering Manager, Tallowmere
""", "Tallowmere", "Software Engineer", "Hugo Lindgren", "hugo@tallowmere.example")

L("club_membership_not_approved",
  "Riverside Rowing Club <membership@riversiderowing.example>",
  "Membership application",
  """Dear {first},

Thank you for applying to join Riverside Rowing Club.

The committee met on Monday. I'm afraid we are unable to offer you full membership this season as our adult squads are at capacity. We have added you to the waiting list and you are very welcome to join our Saturday learn-to-row sessions in the meantime.

Regards,
Membership Secretary
Riverside Rowing Club
""", fmt="qp")

L("application_viewed",
  "WorkNest <applications@worknest.example>",
  "An employer viewed your application",
  """Good news, {first}!

Sablewood Interiors viewed your application for Showroom Sales Advisor.

Employers typically respond within 5 to 10 days. We'll let you know when your application status changes.

Track your applications: https://www.worknest.example/applications
Unsubscribe: https://www.worknest.example/settings/email?u=90cd11
""", "Sablewood Interiors", "Showroom Sales Advisor", fmt="alt")

L("planning_application_refused",
  "Planning Services - Ashbury District Council <planning@ashbury-dc.example>",
  "Decision notice: 24/01873/HOUSE",
  """Dear {full},

Application reference: 24/01873/HOUSE
Proposal: Single-storey rear extension and loft conversion with rear dormer

The Council has refused planning permission for the above development. The reasons for refusal are set out in the attached decision notice; in summary, the rear dormer would be overbearing on the neighbouring property.

You have the right to appeal within 12 weeks of the decision date.

Planning Services
Ashbury District Council
""")

L("recruiter_put_forward_other_role",
  "Bilal Chaudhry <bilal@meridianpeople.example>",
  "Re: Larchmont - great feedback",
  """Hi {first},

Really positive feedback from Larchmont after yesterday's interview - they're putting you through to the final stage next week.

And even better, they've asked whether you'd also be open to being considered for the Lead Engineer role in the same team. No pressure, and it won't affect your current application either way.

Let's chat tonight?
Bilal
Meridian People
""", "Larchmont", "Senior Engineer", "Bilal Chaudhry", "bilal@meridianpeople.example", fmt="alt")

L("meetup_rejection_therapy",
  "Hearthside Meetups <events@hearthside.example>",
  "This Thursday: Rejection Therapy for job seekers",
  """Hi {first},

Job hunting is tough, and rejection emails are part of it. This Thursday our Careers Circle meets for "Rejection Therapy": a relaxed evening of sharing stories, swapping feedback templates, and practising how to respond when you hear "you were not shortlisted".

When: Thursday, 7pm
Where: The Old Library, Bridge Street

RSVP: https://hearthside.example/events/rejection-therapy

See you there!
""", fmt="html")

L("trial_shift_invite",
  "Kiran Bose <kiran@spicewharf.example>",
  "Trial shift this Saturday?",
  """Hi {first},

Thanks for dropping your CV in. Unfortunately we're short-staffed this week so I haven't had a chance to ring you, but we'd love you to do a trial shift on Saturday from 5pm.

Wear black trousers and comfortable shoes. Shift is paid.

Kiran
Spice Wharf
""", "Spice Wharf", "Waiting Staff", "Kiran Bose", "kiran@spicewharf.example")

L("reference_request_for_someone_else",
  "Ottilie Brandon <o.brandon@kestrelworth.example>",
  "Reference request: Ben Carter",
  """Dear {first},

Ben Carter has applied for the role of Operations Analyst at Kestrelworth and has given your name as a referee.

I'm sorry to trouble you, but could you complete the short reference form at the link below by Wednesday? Unfortunately we cannot progress Ben's application without it.

https://kestrelworth.example/references/ref-5510

Many thanks,
Ottilie Brandon
HR Advisor, Kestrelworth
""", "Kestrelworth", "Operations Analyst", "Ottilie Brandon", "o.brandon@kestrelworth.example")


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"]+")


def _to_html(text: str) -> str:
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        lines = []
        for line in p.split("\n"):
            esc = html.escape(line, quote=False)
            esc = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', esc)
            lines.append(esc)
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def _fill(text: str, owner) -> str:
    full, email = owner
    first, last = full.split(" ", 1)[0], full.rsplit(" ", 1)[-1]
    return (text.replace("{first}", first).replace("{last}", last)
                .replace("{full}", full).replace("{email}", email))


def build_message(i: int, m: dict) -> EmailMessage:
    owner = OWNERS[(i * 7) % len(OWNERS)]
    body = _fill(m["body"], owner)
    subject = _fill(m["subject"], owner)
    msg = EmailMessage(policy=policy.default)
    msg["From"] = m["frm"]
    msg["To"] = f"{owner[0]} <{owner[1]}>"
    msg["Subject"] = subject
    date = _dt.datetime(2024, 9, 2, 8, 15, tzinfo=_dt.timezone.utc) + _dt.timedelta(
        hours=11 * i, minutes=(i * 37) % 60)
    msg["Date"] = format_datetime(date)
    dom = m["frm"].rsplit("@", 1)[-1].rstrip(">")
    msg["Message-ID"] = f"<dev3d.{i:04d}.{date:%Y%m%d%H%M}@{dom}>"
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    if subject.lower().startswith("re:"):
        msg["In-Reply-To"] = f"<owner.{i:04d}@{owner[1].split('@')[1]}>"
    msg["MIME-Version"] = "1.0"
    fmt = m["fmt"]
    if fmt == "plain":
        msg.set_content(body, charset="utf-8", cte="8bit" if not body.isascii() else "7bit")
    elif fmt == "qp":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
    elif fmt == "html":
        msg.set_content(_to_html(body), subtype="html", charset="utf-8",
                        cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(body, charset="utf-8",
                        cte="7bit" if body.isascii() else "quoted-printable")
        msg.add_alternative(_to_html(body), subtype="html", charset="utf-8",
                            cte="quoted-printable")
        msg.set_boundary(f"==dev3d-{i:04d}-alt==")
    else:
        raise ValueError(fmt)
    return msg


def _text_of(msg) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    return part.get_content()


def main() -> int:
    n_rej = sum(m["rej"] for m in MSGS)
    assert len(MSGS) == 100 and n_rej == 55, (len(MSGS), n_rej)
    kinds = [m["kind"] for m in MSGS]
    assert len(set(kinds)) == len(kinds), "duplicate kind"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    # interleave rejections and look-alikes deterministically
    rej = [m for m in MSGS if m["rej"]]
    non = [m for m in MSGS if not m["rej"]]
    order = []
    while rej or non:
        if rej:
            order.append(rej.pop(0))
        if non and (len(order) % 2 == 1 or not rej):
            order.append(non.pop(0))
    labels = []
    for i, m in enumerate(order, 1):
        name = f"{i:04d}.eml"
        msg = build_message(i, m)
        (OUT / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
        labels.append({
            "file": name, "is_rejection": m["rej"], "company": m["company"],
            "role": m["role"], "contact_name": m["cname"],
            "contact_email": m["cemail"], "careers_url": m["curl"], "lang": "en",
            "kind": m["kind"], "format": m["fmt"],
        })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ---- verify parse-back and 1:1 labels ----
    files = sorted(p.name for p in OUT.glob("*.eml"))
    rows = [json.loads(x) for x in (HERE / "labels.jsonl").read_text("utf-8").splitlines()]
    assert files == [r["file"] for r in rows], "labels and files differ"
    for r, m in zip(rows, order):
        with open(OUT / r["file"], "rb") as fh:
            parsed = BytesParser(policy=policy.default).parse(fh)
        assert parsed["Subject"] and parsed["From"] and parsed["Date"], r["file"]
        text = _text_of(parsed)
        assert len(text.strip()) > 40, r["file"]
        if r["careers_url"]:
            assert r["careers_url"] in text, (r["file"], "careers_url not in body")
        if r["contact_email"]:
            raw = text + str(parsed["From"]) + str(parsed.get("Reply-To", ""))
            assert r["contact_email"] in raw, (r["file"], "contact_email not found")
        if r["contact_name"]:
            assert r["contact_name"].split()[0] in text + str(parsed["From"]), r["file"]
        for tok in ("{first}", "{last}", "{full}", "{email}"):
            assert tok not in text, (r["file"], tok)
    fmts = {}
    for r in rows:
        fmts[r["format"]] = fmts.get(r["format"], 0) + 1
    print(f"wrote {len(rows)} messages ({sum(r['is_rejection'] for r in rows)} rejections,"
          f" {sum(not r['is_rejection'] for r in rows)} look-alikes); formats {fmts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
