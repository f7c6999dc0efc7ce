"""Build the dev7/en corpus: English rejection mail as real senders write it (round 7).

Written by an independent author before reading the detector or any other corpus.
120 rejections (about 80 in the most common template phrasings with their usual variants,
about 40 rarer ones), 60 hard look-alikes, 20 ordinary mails. All people, companies and
domains are invented (.example / .test); ATS vendor names are real products.

    python build.py           # writes messages/NNNN.eml and labels.jsonl
    python build.py --check   # parses everything back and checks labels 1:1
"""
from __future__ import annotations

import json
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGS = HERE / "messages"
OWNER = "Sam Okafor <sam.okafor@mailbox.example>"

ITEMS: list[dict] = []

EEO = ("{co} is an equal opportunity employer. We celebrate diversity and are committed to "
       "creating an inclusive environment for all employees.")
PRIV = ("In line with our candidate privacy notice, we will keep your details on file for "
        "12 months, after which they will be deleted. You can ask us to delete them sooner at any time.")
UNSUB = "This is an automated message. Please do not reply to this email."


def add(kind, subject, frm, body, *, company=None, role=None, contact=None, url=None,
        html=False, cte=None, charset="utf-8", to=OWNER, headers=None, note=""):
    ITEMS.append(dict(kind=kind, subject=subject, frm=frm, body=body, company=company, role=role,
                      contact=contact, url=url, html=html, cte=cte, charset=charset, to=to,
                      headers=headers or {}, note=note))


def R(*a, **k):
    add("rejection", *a, **k)


def L(*a, **k):
    add("lookalike", *a, **k)


def O(*a, **k):
    add("ordinary", *a, **k)


def to_html(text: str, wrap_at: int = 0) -> str:
    """Paragraphs to a template-like HTML body; wrap_at>0 breaks long lines inside tags."""
    paras = [p.strip() for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        p = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        p = p.replace("\n", "<br>\n")
        if wrap_at:
            words, line, lines = p.split(" "), "", []
            for w in words:
                if len(line) + len(w) > wrap_at:
                    lines.append(line)
                    line = ""
                line += w + " "
            lines.append(line)
            p = "\n".join(lines)
        out.append(f'<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:14px">{p}</td></tr>')
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{color:#333}</style></head>"
            "<body><table role=\"presentation\" width=\"100%\" cellpadding=\"0\">\n"
            + "\n".join(out) + "\n</table></body></html>")


def build_message(i: int, it: dict) -> EmailMessage:
    m = EmailMessage()
    m["From"] = it["frm"]
    m["To"] = it["to"]
    m["Subject"] = it["subject"]
    m["Date"] = format_datetime(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc) + timedelta(hours=7 * i))
    m["Message-ID"] = f"<dev7-en-{i:04d}@corpus.test>"
    for k, v in it["headers"].items():
        m[k] = v
    body = it["body"].strip("\n") + "\n"
    cte = it["cte"]
    cs = it["charset"]
    if it["html"]:
        html = it["html"] if isinstance(it["html"], str) else to_html(body, 70 if i % 3 == 0 else 0)
        if i % 2 == 0:
            m.set_content(body, charset=cs, cte=cte or "quoted-printable")
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable" if i % 4 else "base64")
        else:
            m.set_content(html, subtype="html", charset="utf-8", cte=cte or "quoted-printable")
    else:
        if cte is None:
            cte = ["quoted-printable", "8bit", "base64", "7bit"][i % 4]
        if cte == "7bit" and not body.isascii():
            cte = "quoted-printable"
        if cte == "8bit" and cs != "utf-8":
            cte = "quoted-printable"
        m.set_content(body, charset=cs, cte=cte)
    return m


# ---------------------------------------------------------------------------
# REJECTIONS, common template phrasings (about 80)
# ---------------------------------------------------------------------------

# -- "not progress / take forward your application" (UK, IE) --
R("Your application for Warehouse Shift Manager", "Harbour Logistics Recruitment <recruitment@harbourlogistics.example>", """
Dear Sam,

Thank you for your recent application for the role of Warehouse Shift Manager at Harbour Logistics.

After careful consideration, we have decided not to progress your application any further on this occasion.

We appreciate the time you took to apply and wish you every success in your job search.

Kind regards,

Harbour Logistics Recruitment Team
""", company="Harbour Logistics", role="Warehouse Shift Manager",
  contact=None, url=None)

R("Re: Payroll Administrator - application", "Gemma Thornbury <gemma.thornbury@brightwaterfoods.example>", """
Hi Sam,

Thanks for applying for the Payroll Administrator vacancy and for your patience while we worked through applications.

Unfortunately we won't be progressing your application at this stage. We had a very strong field and have shortlisted candidates with more direct experience of multi-site payroll.

Best of luck with your search.

Gemma Thornbury
HR Advisor | Brightwater Foods
""", company="Brightwater Foods", role="Payroll Administrator",
  contact=("Gemma Thornbury", "gemma.thornbury@brightwaterfoods.example"))

R("Update on your application", "Kestrel Analytics <careers@kestrelanalytics.example>", """
Dear Sam Okafor,

Thank you for your interest in the Junior Data Analyst role with Kestrel Analytics.

We have now reviewed all applications and I'm sorry to tell you that we've decided not to take your application forward.

Thank you again for considering Kestrel Analytics as your next employer.

Yours sincerely,
Aoife Brennan
Talent Partner
""", company="Kestrel Analytics", role="Junior Data Analyst",
  contact=("Aoife Brennan", None), html=True)

R("Application for Customer Service Advisor (Ref: CS-4471)", "Corrib Insurance Careers <no-reply@corribinsurance.example>", """
Dear Sam,

Thank you for applying for the position of Customer Service Advisor with Corrib Insurance.

We have reviewed your application carefully and regret that we will not be taking it any further at this time.

We will keep your CV on file and may contact you should a suitable vacancy arise.

Kind regards,
Corrib Insurance Talent Acquisition
https://careers.corribinsurance.example
""", company="Corrib Insurance", role="Customer Service Advisor", url="https://careers.corribinsurance.example")

# -- "move forward with other candidates" (US default) --
R("Your application to Pinecrest Software", "Pinecrest Software <no-reply@pinecrest.greenhouse.test>", """
Hi Sam,

Thank you for your interest in the Senior Frontend Engineer position at Pinecrest Software. We really appreciate the time you invested in the application process.

After careful review, we have decided to move forward with other candidates whose experience more closely matches the needs of the role.

We will keep your information on file and encourage you to apply for future openings that match your skills at https://pinecrest.example/careers.

Best,
The Pinecrest Recruiting Team
""" + "\n" + EEO.format(co="Pinecrest Software"), company="Pinecrest Software", role="Senior Frontend Engineer",
  url="https://pinecrest.example/careers", html=True)

R("Thank you from Lumen Health", "Lumen Health Talent <talent@lumenhealth.example>", """
Dear Sam,

Thank you for applying to the Clinical Operations Coordinator role at Lumen Health.

We received a large number of applications, and after careful consideration we've decided to move forward with candidates whose qualifications better align with our current needs.

We wish you the best of luck in your search.

Warm regards,
Jasmine Ortega
Recruiting Coordinator, Lumen Health
""", company="Lumen Health", role="Clinical Operations Coordinator",
  contact=("Jasmine Ortega", "talent@lumenhealth.example"))

R("Copperline Energy | Update regarding your application", "Copperline Energy <donotreply@myworkday.test>", """
Dear Sam,

Thank you for your interest in Copperline Energy and the Field Service Technician II position (Req ID R-20817).

We have reviewed your background and qualifications and, while they are impressive, we will be moving forward with other applicants at this time.

We encourage you to review our career site for other opportunities.

Sincerely,
Copperline Energy Talent Acquisition
""" + "\n" + UNSUB, company="Copperline Energy", role="Field Service Technician II", html=True)

R("Quayside Marine - Marine Electrician", "Ben Roarty <ben@quaysidemarine.example>", """
Sam,

Thanks for coming in to meet the team last week. We enjoyed talking to you.

We've decided to move forward with another candidate for the Marine Electrician role. It was a close call and we'd be happy to hear from you again in future.

All the best,
Ben Roarty
Operations Manager
Quayside Marine
""", company="Quayside Marine", role="Marine Electrician", contact=("Ben Roarty", "ben@quaysidemarine.example"))

# -- "not been selected / shortlisted / successful" --
R("Your application - Ward Clerk", "St Aldhelm's Hospital NHS Trust <noreply@jobs.staldhelms.example>", """
Dear Sam Okafor,

Thank you for applying for the post of Ward Clerk (Job Reference 291-WC-0412) at St Aldhelm's Hospital NHS Trust.

Unfortunately, on this occasion, you have not been shortlisted for interview.

The shortlisting panel received a high number of applications, and the decision was a difficult one. We would like to thank you for your interest in working for the Trust and wish you every success in the future.

Yours sincerely,

Recruitment Services
St Aldhelm's Hospital NHS Trust
""", company="St Aldhelm's Hospital NHS Trust", role="Ward Clerk")

R("Lecturer in Economics (REF 04512)", "University of Westmoor <hr-recruitment@westmoor.ac.example>", """
Dear Dr Okafor,

Lecturer in Economics (Ref: 04512)

Thank you for your application for the above post. The selection panel has now met to consider all applications, and I regret to inform you that you have not been shortlisted for interview.

I would like to take this opportunity to thank you for your interest in the University of Westmoor.

Yours sincerely

Helen Marchbank
HR Officer (Recruitment)
""", company="University of Westmoor", role="Lecturer in Economics",
  contact=("Helen Marchbank", "hr-recruitment@westmoor.ac.example"))

R("Outcome of your application", "Glenmore County Council <recruitment@glenmore.gov.example>", """
Dear Mr Okafor,

Post: Planning Officer, Reference GCC/PL/118

Thank you for your interest in the above post. I am writing to let you know that, on this occasion, you have not been selected for interview.

The shortlisting panel assessed each application against the essential criteria in the person specification.

Thank you for the time you spent on your application.

Yours sincerely,
Recruitment Team
Glenmore County Council
""", company="Glenmore County Council", role="Planning Officer", cte="base64")

R("Your recent application", "Wattle Bank Careers <careers@wattlebank.example>", """
Hi Sam,

Thank you for taking the time to apply for the Graduate Risk Analyst role at Wattle Bank.

We've now carefully reviewed your application and unfortunately you haven't been selected to progress to the next stage of the process.

We know this isn't the news you were hoping for. We appreciate your interest in Wattle Bank and encourage you to keep an eye on our careers page at https://wattlebank.example/careers for future roles.

Cheers,
Wattle Bank Talent Team
""", company="Wattle Bank", role="Graduate Risk Analyst", url="https://wattlebank.example/careers", html=True)

R("Update: Store Supervisor application", "Hollis & Brand <jobs@hollisbrand.example>", """
Dear Sam,

Thanks for your interest in the Store Supervisor role at our Cheltenham store.

We're sorry to say your application hasn't been successful this time. We had lots of great applicants and it was a tough decision.

Why not have a look at our other vacancies? There's always something new at hollisbrand.example/jobs.

The Hollis & Brand Recruitment Team
""", company="Hollis & Brand", role="Store Supervisor")

R("Regarding your application for Assistant Accountant", "Fenwick & Hale <recruitment@fenwickhale.example>", """
Dear Sam

Re: Assistant Accountant

Thank you for attending the interview on Thursday. I am afraid that on this occasion you have been unsuccessful.

The panel was impressed by your knowledge of management accounts, but the successful candidate had more experience with month-end close.

I wish you every success in your future career.

Yours sincerely

Margaret Dunleavy
Practice Manager
Fenwick & Hale LLP
""", company="Fenwick & Hale", role="Assistant Accountant",
  contact=("Margaret Dunleavy", "recruitment@fenwickhale.example"), charset="iso-8859-1")

R("Your application to Stonebridge Pharma", "Stonebridge Pharma <no-reply@stonebridge.smartrecruiters.test>", """
Dear Sam,

Thank you for your application for the position of QC Laboratory Analyst.

We regret to inform you that your application was not successful. The decision was not easy given the high calibre of applicants.

We wish you all the best in your career.

Best regards,
Stonebridge Pharma HR
""", company="Stonebridge Pharma", role="QC Laboratory Analyst", html=True)

R("Senior Software Engineer - Tamarind Systems", "Tamarind Systems HR <hr@tamarindsystems.example>", """
Dear Sam,

Greetings from Tamarind Systems!

Thank you for your interest in the Senior Software Engineer position and for taking the time to attend the technical interview.

We regret to inform you that you have not cleared the technical round, and hence we will not be able to proceed further with your candidature.

We wish you all the best for your future endeavours.

Regards,
Ananya Iyer
Talent Acquisition | Tamarind Systems Pvt Ltd
""", company="Tamarind Systems", role="Senior Software Engineer",
  contact=("Ananya Iyer", "hr@tamarindsystems.example"))

R("Application status - Saffron Tech Services", "Saffron Tech Careers <careers@saffrontech.example>", """
Dear Candidate,

Thank you for applying for the role of Java Developer with Saffron Tech Services.

We have carefully reviewed your profile; however, your profile does not match our current requirements, and we will not be proceeding with your application.

We will retain your resume in our database and get in touch if a suitable opening comes up.

Thanks & Regards,
Team HR
Saffron Tech Services
""", company="Saffron Tech Services", role="Java Developer")

R("Your profile for Business Analyst", "Vikram Rao <vikram.rao@indigopeak.example>", """
Hi Sam,

Thank you for sharing your profile for the Business Analyst opening at Indigo Peak Consulting.

After review by the hiring manager, your profile has not been shortlisted for the next round of discussions.

We appreciate your interest and wish you luck.

Best Regards,
Vikram Rao
Recruitment Lead
Indigo Peak Consulting
""", company="Indigo Peak Consulting", role="Business Analyst",
  contact=("Vikram Rao", "vikram.rao@indigopeak.example"))

# -- "will not be moving forward with your application" --
R("Important information about your application", "Bellbird Media <no-reply@bellbirdmedia.lever.test>", """
Hi Sam,

Thanks so much for your interest in the Social Media Producer role at Bellbird Media.

Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Bellbird.

Regards,
Bellbird Media
""", company="Bellbird Media", role="Social Media Producer", html=True)

R("Following up on your application", "Orla Keating <orla@tidewaterlabs.example>", """
Hi Sam,

I wanted to reach out personally. The team really enjoyed your portfolio, but we won't be moving forward with your candidacy for the Product Designer role.

We're looking for someone with deeper experience in design systems right now. I'd love to keep in touch for future openings.

Thanks again,
Orla Keating
Head of Design, Tidewater Labs
""", company="Tidewater Labs", role="Product Designer", contact=("Orla Keating", "orla@tidewaterlabs.example"))

R("Thank you for applying to Clearwater Credit Union", "Clearwater Credit Union <hr@clearwatercu.example>", """
Dear Sam,

Thank you for your interest in the Member Services Representative position.

We regret that we are not able to move forward with your application at this time. We received many applications from highly qualified candidates.

We appreciate your interest in Clearwater Credit Union and wish you success in your search.

Sincerely,
Human Resources
Clearwater Credit Union
""", company="Clearwater Credit Union", role="Member Services Representative")

# -- position filled / offered to another candidate --
R("Bakery Assistant", "Nell Prosser <nell@orchardstreetbakery.example>", """
Hi Sam,

Thanks so much for popping in for a trial shift on Saturday.

I'm sorry to say we've filled the position with someone who has a bit more early-morning baking experience. You were lovely with the customers though!

All the best,
Nell
Orchard Street Bakery
""", company="Orchard Street Bakery", role="Bakery Assistant", contact=("Nell Prosser", "nell@orchardstreetbakery.example"))

R("Receptionist vacancy", "Blue Heron Hotels <jobs@blueheronhotels.example>", """
Dear Sam,

Thank you for your application for the Receptionist vacancy at the Blue Heron Hotel, Galway.

We wish to advise that this position has now been filled. We will retain your details on file should another vacancy arise.

Kind regards,
Siobhan Kerrigan
HR Manager
""", company="Blue Heron Hotels", role="Receptionist",
  contact=("Siobhan Kerrigan", "jobs@blueheronhotels.example"))

R("Project Coordinator - outcome", "Northgate Housing <recruitment@northgatehousing.example>", """
Dear Sam,

Thank you for attending the interview for the Project Coordinator post on 14 March.

I am writing to let you know that the panel has offered the position to another candidate, who has accepted.

We were very grateful for the time and effort you put into your application and interview. If you would like feedback, please reply to this email and I will arrange a call.

Best wishes,
Tom Askew
People Team, Northgate Housing Association
""", company="Northgate Housing Association", role="Project Coordinator",
  contact=("Tom Askew", "recruitment@northgatehousing.example"))

R("Your application: Marketing Executive", "Larkspur Studio <hello@larkspurstudio.example>", """
Hi Sam,

Thank you for applying for our Marketing Executive role. We've now appointed someone to the position, so we won't be taking any further applications forward.

We really appreciate you thinking of Larkspur.

Rosie
Founder, Larkspur Studio
""", company="Larkspur Studio", role="Marketing Executive",
  contact=("Rosie", "hello@larkspurstudio.example"))

# -- unable to offer --
R("Interview outcome - Ridgeway Academy Trust", "Ridgeway Academy Trust <hr@ridgewayacademies.example>", """
Dear Sam,

Thank you for attending interview for the post of Teacher of Geography at Ridgeway Park School yesterday.

I am sorry to inform you that we are unable to offer you the post on this occasion. The panel felt that another candidate's experience at Key Stage 5 was a closer match for the school's needs.

Feedback is available from the Headteacher on request.

Yours sincerely,
Deborah Ainsworth
HR Business Partner
""", company="Ridgeway Academy Trust", role="Teacher of Geography",
  contact=("Deborah Ainsworth", "hr@ridgewayacademies.example"))

R("Thank you for your application", "Mapleleaf Retail Careers <careers@mapleleafretail.example>", """
Hello Sam,

Thank you for applying for the Visual Merchandiser position at Mapleleaf Retail.

Unfortunately we are not in a position to offer you an interview at this time. Please don't let this discourage you from applying for future roles with us.

Best wishes,
Mapleleaf Careers
""", company="Mapleleaf Retail", role="Visual Merchandiser", html=True)

R("Re: Sous Chef", "Marco Bellini <marco@ilcortile.example>", """
Hi Sam,

Thanks for the trial on Tuesday, you clearly know your way around a kitchen. Unfortunately I can't offer you the sous chef job, we need someone who has run a pass before.

Good luck mate,
Marco
Il Cortile
""", company="Il Cortile", role="Sous Chef", contact=("Marco Bellini", "marco@ilcortile.example"))

# -- pursue other candidates / chosen another candidate --
R("Your application with Redfern Logistics", "Redfern Logistics <no-reply@redfern.icims.test>", """
Dear Sam,

Thank you for your interest in the Transport Planner position with Redfern Logistics.

After reviewing your application, we have chosen to pursue other candidates whose qualifications more closely meet the requirements of the position.

We appreciate the time you invested and wish you the best in your career search.

Redfern Logistics Talent Acquisition
""", company="Redfern Logistics", role="Transport Planner", html=True)

R("Account Manager role", "Priya Natarajan <priya.n@cobaltreach.example>", """
Hi Sam,

Thank you for meeting with me and the sales leadership team. After a lot of discussion, we've decided to go with another candidate for the Account Manager role.

I know that's disappointing, and I want to say it was genuinely close.

Kind regards,
Priya Natarajan
Talent Acquisition Manager | Cobalt Reach
""", company="Cobalt Reach", role="Account Manager", contact=("Priya Natarajan", "priya.n@cobaltreach.example"))

R("Update on the Data Engineer position", "Harlow Ventures <jobs@harlowventures.example>", """
Dear Sam,

We appreciate you taking the time to speak with us about the Data Engineer position.

We have selected another candidate whose background is a closer fit for the role, and we will not be proceeding with your application.

Best regards,
Nadia Fitzgerald
People Operations, Harlow Ventures
""", company="Harlow Ventures", role="Data Engineer", contact=("Nadia Fitzgerald", "jobs@harlowventures.example"))

# -- different direction --
R("Our decision - Office Manager", "Felix Amberley <felix@amberleyandco.example>", """
Hi Sam,

Thanks for your time last week. We've thought about it a lot and have decided to go in a different direction with the Office Manager role.

Wishing you the best,
Felix
Amberley & Co
""", company="Amberley & Co", role="Office Manager", contact=("Felix Amberley", "felix@amberleyandco.example"))

R("Your Greenfield Energy application", "Greenfield Energy <no-reply@greenfield.ashbyhq.test>", """
Hi Sam,

Thank you for applying to the Solutions Engineer role at Greenfield Energy. We've decided to proceed with other applicants whose experience is more aligned with what we need right now.

We hope you'll consider applying again in the future.

The Greenfield Energy team
""", company="Greenfield Energy", role="Solutions Engineer", html=True)

# -- unable to take/progress further --
R("Your application for Trainee Solicitor 2027", "Halden Whitmore LLP <graduaterecruitment@haldenwhitmore.example>", """
Dear Sam,

Thank you for your application for a Training Contract commencing in 2027.

We received a very high number of applications this year. Having carefully reviewed yours, we are sorry to let you know that we are unable to take your application further.

We wish you every success with your career.

Graduate Recruitment Team
Halden Whitmore LLP
""", company="Halden Whitmore", role="Trainee Solicitor", html=True)

R("Application for Administrative Assistant", "Carrow Dental Group <admin@carrowdental.example>", """
Dear Sam,

Thank you for your application for the Administrative Assistant position.

Unfortunately, we are unable to proceed with your application as we require candidates with at least one year of experience in a dental practice.

Kind regards,
Carrow Dental Group
""", company="Carrow Dental Group", role="Administrative Assistant")

R("We're unable to progress your application", "Vantage Civil <recruitment@vantagecivil.example>", """
Hi Sam,

Thank you for your interest in the Site Engineer role with Vantage Civil.

Unfortunately we are unable to progress your application, as this role requires full right to work in Australia and sponsorship is not available.

Regards,
Liam Carver
Recruitment Advisor, Vantage Civil
""", company="Vantage Civil", role="Site Engineer", contact=("Liam Carver", "recruitment@vantagecivil.example"))

# -- hiring team decided --
R("Regarding your application to Juniper Health", "Juniper Health Careers <no-reply@juniperhealth.workable.test>", """
Hi Sam,

Thank you for your interest in the Medical Secretary role at Juniper Health.

The hiring team has reviewed your application and decided not to move forward at this time.

We appreciate you applying and wish you well.

Juniper Health
""", company="Juniper Health", role="Medical Secretary")

R("Update from Falcon Ridge", "Cara Whelan <cara.whelan@falconridge.example>", """
Hi Sam,

I hope you're well. I've had feedback from the hiring manager and unfortunately she's decided to proceed with other candidates for the Finance Business Partner role.

I'd be glad to pass on more detailed feedback if that would help.

Kind regards,
Cara Whelan
Internal Recruiter, Falcon Ridge Group
""", company="Falcon Ridge Group", role="Finance Business Partner", contact=("Cara Whelan", "cara.whelan@falconridge.example"))

# -- essential criteria (public sector) --
R("Campaign 4417: Administrative Officer - sift outcome", "Civil Service Jobs <noreply@csjobs.example>", """
Dear Sam Okafor,

Thank you for applying for the role of Administrative Officer with the Office of Regional Transport.

Your application has been assessed against the behaviours and experience required for the role. Unfortunately, your application did not meet the required standard at the sift stage and you will not be progressing further in this campaign.

If you would like feedback, it will be available on your Civil Service Jobs account.

Office of Regional Transport Recruitment Team
""", company="Office of Regional Transport", role="Administrative Officer", html=True)

R("Application outcome: Community Support Worker", "Eastvale Borough Council <jobs@eastvale.gov.example>", """
Dear Sam,

Thank you for applying for the post of Community Support Worker (Ref EBC-2291).

The shortlisting panel assessed your application against the essential criteria. I am sorry to inform you that your application did not demonstrate sufficiently how you meet the criteria, and therefore you have not been shortlisted.

Yours sincerely,
HR Recruitment
Eastvale Borough Council
""", company="Eastvale Borough Council", role="Community Support Worker")

# -- not considered further / no longer considering --
R("Your candidacy at Meridian Payments", "Meridian Payments <recruiting@meridianpayments.example>", """
Hi Sam,

Thanks for your interest in the Compliance Analyst role. After an initial review, we have decided that we will not be considering your application further.

Best,
Meridian Payments Recruiting
""", company="Meridian Payments", role="Compliance Analyst")

R("Status of your application", "Atlas Freight <talent@atlasfreight.example>", """
Dear Sam,

Thank you for applying for the Fleet Coordinator position. We wanted to let you know that you are no longer under consideration for this role.

We appreciate your interest in Atlas Freight.

Sincerely,
Atlas Freight Talent Team
""", company="Atlas Freight", role="Fleet Coordinator")

# -- declined / rejected / not selected status --
R("Application update: Not selected", "Northwind Tutors <noreply@northwindtutors.example>", """
Hello Sam,

Your application for the position of Online Maths Tutor has been declined.

Thank you for your interest in Northwind Tutors.

Northwind Tutors
""", company="Northwind Tutors", role="Online Maths Tutor")

R("Your application status has changed", "Breckland Foods <no-reply@breckland.taleo.test>", """
Dear Sam Okafor,

The status of your application for Production Operative (Req 77120) has been updated.

Status: Not selected for further consideration

Thank you for your interest in employment with Breckland Foods.

Please do not reply to this message.
""", company="Breckland Foods", role="Production Operative", html=True)

# -- offer decision after interview --
R("Thank you for interviewing with Ostrander", "Jade Mensah <jade.mensah@ostrander.example>", """
Hi Sam,

Thank you again for taking the time to interview with us for the Customer Success Manager role. We enjoyed getting to know you.

After much deliberation, we have decided not to extend an offer at this time. This was a difficult decision given the strength of the candidate pool.

We'd welcome an application from you for future roles.

Best,
Jade Mensah
Senior Recruiter, Ostrander
""", company="Ostrander", role="Customer Success Manager", contact=("Jade Mensah", "jade.mensah@ostrander.example"))

R("Final round update", "Kieran Doyle <kieran@saltmarshgames.example>", """
Hey Sam,

Thanks for sticking with us through four rounds. The team met yesterday and we're not going to be making you an offer for the Gameplay Programmer position.

You did a great job on the take-home and I'd happily chat if you'd like feedback.

Kieran
Saltmarsh Games
""", company="Saltmarsh Games", role="Gameplay Programmer", contact=("Kieran Doyle", "kieran@saltmarshgames.example"))

# -- not invited to interview / next stage --
R("Graduate Scheme 2026 - application update", "Ashcombe Group <graduates@ashcombe.example>", """
Dear Sam,

Thank you for completing the online assessment for the Ashcombe Graduate Scheme.

We're sorry to let you know that you haven't made it through to the next stage this time. Competition for places was particularly strong.

Best wishes,
Ashcombe Early Careers Team
""", company="Ashcombe Group", role="Graduate Scheme")

R("Your application for Policy Advisor", "Tern Foundation <jobs@ternfoundation.example>", """
Dear Sam,

Thank you for applying for the Policy Advisor role at the Tern Foundation.

We will not be inviting you to interview on this occasion. We received over 200 applications and had to make some very difficult choices.

Yours,
Imogen Faulkner
Operations Director
""", company="Tern Foundation", role="Policy Advisor", contact=("Imogen Faulkner", "jobs@ternfoundation.example"))

# -- agency relays --
R("Re: Senior Buyer at the client", "Callum Rees <callum.rees@talbotrecruitment.example>", """
Hi Sam,

I've just heard back from the client. Unfortunately they've decided not to progress with your application for the Senior Buyer role; they've gone with someone with more FMCG experience.

I know that's frustrating after two interviews. I'll keep you in mind for anything similar that comes up.

Cheers,
Callum Rees
Senior Consultant | Talbot Recruitment
""", company=None, role="Senior Buyer", contact=("Callum Rees", "callum.rees@talbotrecruitment.example"))

R("Feedback from Everly Homes", "Zara Quinlan <zara@meridiansearch.example>", """
Hi Sam,

Thanks for your patience. Everly Homes have come back to me and, unfortunately, they won't be taking you forward to second interview for the Quantity Surveyor role.

Their feedback was positive about your technical knowledge, but they wanted someone with more residential new-build experience.

Speak soon,
Zara Quinlan
Meridian Search
""", company="Everly Homes", role="Quantity Surveyor", contact=("Zara Quinlan", "zara@meridiansearch.example"))

R("Update - Electrical Design Engineer", "Dev Malhotra <dev.malhotra@keystonetalent.example>", """
Hi Sam,

Quick update: the client has reviewed your CV for the Electrical Design Engineer position and has decided not to move forward at this stage. They are looking for someone with more high-voltage experience.

I'll be in touch if something better suited comes up.

Regards,
Dev Malhotra
Keystone Talent
""", company=None, role="Electrical Design Engineer", contact=("Dev Malhotra", "dev.malhotra@keystonetalent.example"))

# -- hire someone else --
R("Barista position", "Hattie Lowe <hattie@thecopperkettle.example>", """
Hi Sam,

Thanks for coming in on Friday! We've made the decision to hire someone else for the barista job, as we needed someone who could do weekday mornings.

Thanks again and good luck,
Hattie
The Copper Kettle
""", company="The Copper Kettle", role="Barista", contact=("Hattie Lowe", "hattie@thecopperkettle.example"))

R("Re: Content Writer role", "Dominic Ashe <dom@wordsmithco.example>", """
Hi Sam,

Thanks for sending your samples. We've decided to offer the role to someone else, but I really liked your piece on urban gardening.

Best,
Dom
""", company=None, role="Content Writer", contact=("Dominic Ashe", "dom@wordsmithco.example"))

# -- better fit / more closely aligned --
R("Your application to Sable Robotics", "Sable Robotics <no-reply@sablerobotics.recruitee.test>", """
Hi Sam,

Thank you for applying for the Embedded Software Engineer role at Sable Robotics.

We've identified candidates whose experience more closely aligns with the requirements of this role, so we won't be progressing your application.

The Sable Robotics Team
https://sablerobotics.example/jobs
""", company="Sable Robotics", role="Embedded Software Engineer", url="https://sablerobotics.example/jobs", html=True)

R("Thank you for your interest", "Fernhill Care <recruitment@fernhillcare.example>", """
Dear Sam,

Thank you for applying for the Senior Care Assistant position at Fernhill Care.

After careful consideration, we feel that other candidates are better suited to the position at this time.

Thank you for your interest, and best wishes for the future.

Fernhill Care Recruitment
""", company="Fernhill Care", role="Senior Care Assistant")

# -- "unsuccessful" variants --
R("Application Unsuccessful - Graduate Engineer", "Brennan Structures <careers@brennanstructures.example>", """
Dear Sam,

Thank you for your recent application for the Graduate Engineer position.

Unfortunately your application has been unsuccessful at this time. We had a large number of applications, many of whom had the required Chartership pathway experience.

Regards,
Brennan Structures HR
""", company="Brennan Structures", role="Graduate Engineer")

R("Re: Assistant Store Manager - Dunmore Road", "Kavanagh's SuperValu <hr@kavanaghs.example>", """
Hi Sam,

Thank you for interviewing with us for the Assistant Store Manager job. I'm sorry to let you know you were unsuccessful this time.

We appreciate your interest and hope you'll consider us again.

Regards,
Eileen Kavanagh
""", company="Kavanagh's SuperValu", role="Assistant Store Manager", contact=("Eileen Kavanagh", "hr@kavanaghs.example"))

R("Your application for IT Support Analyst", "Wexbury College <hr@wexbury.ac.example>", """
Dear Sam,

Thank you for your application for the IT Support Analyst position.

I regret to advise that you were not the successful candidate for this role.

Yours sincerely,
Human Resources
Wexbury College
""", company="Wexbury College", role="IT Support Analyst")

# -- closed / archived --
R("Your application with Drumlin Outdoor", "Drumlin Outdoor <no-reply@drumlin.teamtailor.test>", """
Hi Sam,

Thanks for applying for the Retail Assistant position with Drumlin Outdoor.

We have now closed your application for this role, as we have decided to proceed with candidates who better match our requirements.

All the best,
Drumlin Outdoor
""", company="Drumlin Outdoor", role="Retail Assistant", html=True)

# -- will not be offering / not offered the role --
R("Finance Manager - decision", "Isobel Grant <isobel.grant@crestfieldtrust.example>", """
Dear Sam,

Thank you for meeting the panel on Wednesday for the Finance Manager post.

We have now completed the selection process and I'm sorry to say that we will not be offering you the role.

Kind regards,
Isobel Grant
Chief Executive, Crestfield Trust
""", company="Crestfield Trust", role="Finance Manager", contact=("Isobel Grant", "isobel.grant@crestfieldtrust.example"))

R("Research Assistant application", "Dr Yusuf Hale <y.hale@westmoor.ac.example>", """
Dear Sam,

Thank you for your interest in the Research Assistant position in my lab and for the conversation last week.

I have decided to offer the position to another applicant whose experience with single-cell methods is a closer fit for the project.

With best wishes,
Yusuf Hale
Department of Biology, University of Westmoor
""", company="University of Westmoor", role="Research Assistant", contact=("Yusuf Hale", "y.hale@westmoor.ac.example"))

# -- quoted-reply threads where the new text decides --
R("Re: Checking in - Logistics Coordinator", "Hannah Birch <hannah.birch@portlandfreight.example>", """
Hi Sam,

Thanks for checking in, and sorry for the slow reply. I'm afraid we've decided not to move forward with your application for the Logistics Coordinator role; the team has offered it to an internal candidate.

Best of luck,
Hannah

On Mon, 9 Mar 2026 at 10:14, Sam Okafor <sam.okafor@mailbox.example> wrote:
> Hi Hannah,
>
> I hope you're well. I just wanted to check in on the status of my application
> for the Logistics Coordinator role. I'm still very interested.
>
> Best,
> Sam
""", company="Portland Freight", role="Logistics Coordinator", contact=("Hannah Birch", "hannah.birch@portlandfreight.example"))

R("RE: Interview follow-up", "Gareth Pryce <gareth.pryce@dyfedwater.example>", """
Hi Sam,

Thank you for your email. The panel has now made its decision and I'm sorry to say that on this occasion you were not successful.

Regards,
Gareth Pryce
Network Operations Manager, Dyfed Water

-----Original Message-----
From: Sam Okafor <sam.okafor@mailbox.example>
Sent: 12 March 2026 16:02
To: Gareth Pryce <gareth.pryce@dyfedwater.example>
Subject: Interview follow-up

Dear Gareth,

Thank you for the interview for the Network Technician post today. I look forward to hearing from you.

Kind regards,
Sam
""", company="Dyfed Water", role="Network Technician", contact=("Gareth Pryce", "gareth.pryce@dyfedwater.example"))

R("Re: UX Researcher - next steps?", "Mina Park <mina@foldlinestudio.example>", """
Hey Sam, appreciate the nudge. Honestly we've gone back and forth, but we're going to pass on moving forward for UX Researcher. Your research plan was great, we just need someone more senior right now.

Mina

On Thu, Mar 19, 2026 at 8:41 AM Sam Okafor <sam.okafor@mailbox.example> wrote:
> Hi Mina - any news on next steps? Happy to do another round if useful.
""", company="Foldline Studio", role="UX Researcher", contact=("Mina Park", "mina@foldlinestudio.example"))

R("Re: Application - Dispensing Assistant", "Raj Chauhan <raj@parksidepharmacy.example>", """
Dear Sam,

Thanks for your patience. We have decided to appoint another applicant to the Dispensing Assistant post.

Many thanks,
Raj Chauhan
Parkside Pharmacy

> On 3 Mar 2026, at 09:30, Sam Okafor wrote:
> Dear Mr Chauhan, please find attached my CV for the Dispensing Assistant post. I am available to start immediately.
""", company="Parkside Pharmacy", role="Dispensing Assistant", contact=("Raj Chauhan", "raj@parksidepharmacy.example"))

# -- forwards of rejections --
R("Fwd: Your application to Lowther Bank", "Sam Okafor <sam.okafor@mailbox.example>", """
ugh, another one. saving for the tracker.

---------- Forwarded message ---------
From: Lowther Bank Careers <no-reply@lowtherbank.myworkdayjobs.test>
Date: Tue, 17 Mar 2026 at 11:02
Subject: Your application to Lowther Bank
To: <sam.okafor@mailbox.example>

Dear Sam,

Thank you for your interest in the Credit Risk Analyst role at Lowther Bank.

After careful consideration, we regret to inform you that we will not be progressing your application further.

Kind regards,
Lowther Bank Talent Acquisition
""", company="Lowther Bank", role="Credit Risk Analyst", to="Sam Okafor <sam.archive@mailbox.example>")

# (first written as a rejection; relabelled after scoring: it is sent to the coach's mailbox, and the coach was not
# rejected: the sender forwards a decision they received)
L("Fwd: Regarding your application", "Sam Okafor <sam.okafor@mailbox.example>", """
FYI - Harbourside didn't work out. Can we talk about the Crane one on Thursday?

Begin forwarded message:

From: Leona Fairweather <leona.fairweather@harboursidegroup.example>
Subject: Regarding your application
Date: 18 March 2026 at 14:20:00 GMT
To: Sam Okafor <sam.okafor@mailbox.example>

Dear Sam,

Thank you for interviewing for the Events Manager role. I'm sorry to let you know we have decided to offer the job to another candidate.

Best wishes,
Leona Fairweather
Head of Events, Harbourside Group
""", company="Harbourside Group", role="Events Manager", contact=("Leona Fairweather", "leona.fairweather@harboursidegroup.example"),
  to="Jo Mensah <jo.mensah@careerscoach.example>")

# -- more common variants, assorted senders --
R("Thank you for your application - Kestrel Homes", "Kestrel Homes <careers@kestrelhomes.example>", """
Dear Sam,

Thank you for applying for the Sales Negotiator role.

We have now reviewed your application and, unfortunately, we will not be taking your application any further on this occasion.

Regards,
Kestrel Homes Recruitment
""", company="Kestrel Homes", role="Sales Negotiator", cte="quoted-printable")

R("Your application: HR Assistant", "Oakmere Hospice <hr@oakmerehospice.example>", """
Dear Sam,

Thank you for your interest in the HR Assistant role at Oakmere Hospice. I am sorry to inform you that your application has not been successful on this occasion.

Please accept our thanks for your interest in supporting the hospice.

Yours sincerely,
Linda Carew
HR Manager
""", company="Oakmere Hospice", role="HR Assistant", contact=("Linda Carew", "hr@oakmerehospice.example"), charset="windows-1252")

R("Your application at Torrent Digital", "Torrent Digital <careers@torrentdigital.example>", """
Hi Sam,

Thanks for your interest in the SEO Specialist role. We've now reviewed your application and, unfortunately, we've decided not to proceed at this time.

Cheers,
The Torrent Digital Team
""", company="Torrent Digital", role="SEO Specialist")

R("Software Developer - update", "Amelia Stroud <amelia@brackenwoodtech.example>", """
Hi Sam,

I wanted to let you know that we have decided not to move forward with you for the Software Developer position. We've decided to proceed with a candidate whose Go experience is stronger.

Thanks for your time throughout the process.

Amelia Stroud
CTO, Brackenwood Technologies
""", company="Brackenwood Technologies", role="Software Developer", contact=("Amelia Stroud", "amelia@brackenwoodtech.example"))

R("Your application to Anchor Line Ferries", "Anchor Line Ferries <recruitment@anchorline.example>", """
Dear Sam,

Thank you for applying for the role of Deck Officer.

We regret to inform you that you have not been successful in your application. Due to the volume of applications we are unable to provide individual feedback.

Kind regards,
Anchor Line Ferries Recruitment
""", company="Anchor Line Ferries", role="Deck Officer", html=True)

R("Application for Registered Nurse - Emergency Department", "Coastal District Health <careers@coastaldistricthealth.example>", """
Dear Sam,

Thank you for your application for the position of Registered Nurse - Emergency Department.

Following careful review of all applications, we regret to advise that your application has not been progressed to interview.

We encourage you to apply for other positions with Coastal District Health.

Kind regards,
Recruitment Services
""", company="Coastal District Health", role="Registered Nurse", html=True)

R("Warehouse Operative - application", "Pallet Pro Staffing <jobs@palletpro.example>", """
Hi Sam,

Thanks for applying for the Warehouse Operative role. The client has now filled all positions, so we won't be able to put you forward this time.

Thanks,
Pallet Pro Staffing
""", company=None, role="Warehouse Operative")

R("Your application for Paralegal", "Whitcombe Legal <hr@whitcombelegal.example>", """
Dear Sam,

Thank you for applying for the Paralegal role at Whitcombe Legal. We regret that we will be unable to offer you an interview on this occasion.

We wish you the best of luck in your job search.

Yours sincerely,
Whitcombe Legal
""", company="Whitcombe Legal", role="Paralegal")

R("Update regarding your application", "Ironbark Mining <no-reply@ironbark.pageuppeople.test>", """
Dear Sam,

Thank you for your interest in the Graduate Geologist position with Ironbark Mining.

We have now finalised shortlisting and regret to advise that your application was unsuccessful on this occasion.

We thank you for your interest in Ironbark Mining.

Regards,
Ironbark Mining Talent Team
""", company="Ironbark Mining", role="Graduate Geologist", html=True)

R("Your candidature for Assistant Manager - Operations", "Neelgiri Hotels <careers@neelgiri.example>", """
Dear Sam,

Thank you for your interest in the position of Assistant Manager - Operations with Neelgiri Hotels.

We regret to inform you that we shall not be taking your candidature forward at this point of time. We shall keep your resume in our records for future opportunities.

Warm Regards,
HR Department
Neelgiri Hotels
""", company="Neelgiri Hotels", role="Assistant Manager - Operations")

R("Your application", "Rowan Clarke <rowan@driftwoodcreative.example>", """
Hi Sam,

Just letting you know we won't be moving ahead with your application for the Junior Copywriter job. Thanks for applying and all the best with the search.

Rowan
Driftwood Creative
""", company="Driftwood Creative", role="Junior Copywriter", contact=("Rowan Clarke", "rowan@driftwoodcreative.example"))

R("Thank you for your interest in Alder & Finch", "Alder & Finch <careers@alderfinch.example>", """
Dear Sam,

We appreciate your interest in the Brand Manager position at Alder & Finch.

After reviewing your experience, we have determined that it does not match the requirements of the role closely enough, and we will not be pursuing your application further.

Sincerely,
Talent Acquisition, Alder & Finch
""", company="Alder & Finch", role="Brand Manager")

R("Teaching Assistant application", "St Brigid's Primary School <office@stbrigids.sch.example>", """
Dear Sam,

Thank you for your application for the Teaching Assistant post. The governors have now shortlisted for interview and regret that you have not been included on this occasion.

Yours faithfully,
Mrs P. Donnelly
School Business Manager
""", company="St Brigid's Primary School", role="Teaching Assistant", contact=("P. Donnelly", "office@stbrigids.sch.example"))

R("Your application to Cinder Labs", "Cinder Labs <no-reply@cinderlabs.breezy.test>", """
Hi Sam,

Thanks for applying to Cinder Labs for the DevOps Engineer role.

We've carefully reviewed your application and have decided to move ahead with other candidates. We really appreciate the effort you put in.

Cinder Labs Hiring Team
""", company="Cinder Labs", role="DevOps Engineer", html=True)

# ---------------------------------------------------------------------------
# REJECTIONS, rarer phrasings (about 40)
# ---------------------------------------------------------------------------

# curt
R("Re: Application", "Tony Vella <tony@vellaelectrical.example>", """
Sam - thanks but we've gone with someone else. Cheers, Tony
""", company="Vella Electrical", role=None, contact=("Tony Vella", "tony@vellaelectrical.example"))

R("Delivery Driver", "Kwik Kouriers <ops@kwikkouriers.example>", """
Hi, position filled, thanks for applying.
""", company="Kwik Kouriers", role="Delivery Driver")

R("Re: Ref HR-5521", "Recruitment <recruitment@marshallfoundry.example>", """
Dear Sam,

Unsuccessful on this occasion. Thank you for applying.

Recruitment
Marshall Foundry
""", company="Marshall Foundry", role=None)

# texting register
R("re: the bar job", "Kez <kez.maloney@mailbox2.example>", """
hey sam sorry for the late reply!! we ended up giving the bar job to my cousins mate so its a no this time, sorry x
""", company=None, role="Bar Staff", contact=("Kez", "kez.maloney@mailbox2.example"))

R("quick one", "Josh Tran <josh@pixelpushers.example>", """
hey sam, gonna be straight with you - we're not gonna move forward w/ you for the dev role. nothing personal, just need someone w more backend. good luck!!
""", company="Pixel Pushers", role=None, contact=("Josh Tran", "josh@pixelpushers.example"))

R("Re: Junior Designer", "Abi Nkemelu <abi@inkwellagency.example>", """
no luck I'm afraid Sam, the client went with another candidate. will keep an eye out for you x

Abi
""", company=None, role="Junior Designer", contact=("Abi Nkemelu", "abi@inkwellagency.example"))

# impersonal / passive
R("Notification regarding your application", "Halberd Defence Systems <no-reply@halberd.successfactors.test>", """
Dear Applicant,

Requisition 100482 - Systems Integration Engineer

This is to notify you that a decision has been made not to proceed with your application for the above requisition.

This notification is system-generated.
""", company="Halberd Defence Systems", role="Systems Integration Engineer", html=True)

R("Application outcome", "Merrow Water Authority <recruitment@merrowwater.example>", """
Dear Sam Okafor,

It has been decided that your application for the role of Water Quality Scientist will not be progressed.

Yours faithfully,
Recruitment Section
""", company="Merrow Water Authority", role="Water Quality Scientist")

R("Your application - decision", "Cascade Analytics <recruiting@cascadeanalytics.example>", """
Hello Sam,

The decision has been made to proceed with other applicants for the Machine Learning Engineer role.

Thank you for your interest,
Cascade Analytics Recruiting
""", company="Cascade Analytics", role="Machine Learning Engineer")

# subject-only decisions
R("Application unsuccessful - Ref 88213", "Pennant Insurance <noreply@pennant.example>", """
Dear Sam,

Thank you for your interest in working with Pennant Insurance. Please find further information regarding your application in your candidate portal.

Kind regards,
Pennant Insurance Recruitment
""", company="Pennant Insurance", role=None)

R("Not progressing: Sales Executive (Ref SE-0219)", "Rook & Castle <talent@rookcastle.example>", """
Hi Sam,

Thank you for your time and effort during the application process. We wish you every success.

Rook & Castle Talent
""", company="Rook & Castle", role="Sales Executive")

R("Regret - Applications Engineer", "Vireo Instruments <hr@vireo.example>", """
Dear Sam,

Thank you for your interest in Vireo Instruments. We have decided to go with other candidates. We wish you well.

HR, Vireo Instruments
""", company="Vireo Instruments", role="Applications Engineer")

# job context only in subject (title / ref); body avoids job words
R("Clinical Coder (Ref 340-CC-77)", "Fairhaven Hospital <recruitment@fairhaven.example>", """
Dear Sam,

Thank you for your application. We have reviewed it carefully and have decided not to shortlist you on this occasion.

Kind regards,
Recruitment, Fairhaven Hospital
""", company="Fairhaven Hospital", role="Clinical Coder")

R("Ref: 2026/ENG/041 Structural Engineer", "Mosely Partners <admin@moselypartners.example>", """
Dear Sam,

Many thanks for your application, which we have now considered. We are sorry to tell you that we have decided not to take it further.

Yours sincerely,
Mosely Partners
""", company="Mosely Partners", role="Structural Engineer")

R("Senior Paralegal - your application", "Farrant Bell <recruitment@farrantbell.example>", """
Dear Sam,

We have now completed our review and I am sorry to let you know that we have decided not to invite you to the next stage.

Kind regards,
Nicola Hurst
HR Manager, Farrant Bell
""", company="Farrant Bell", role="Senior Paralegal", contact=("Nicola Hurst", "recruitment@farrantbell.example"))

R("REQ-5540 Inventory Controller", "Thornfield Distribution <no-reply@thornfield.jobvite.test>", """
Hi Sam,

Thank you for applying. After reviewing your application, we have decided not to move forward.

Thornfield Distribution
""", company="Thornfield Distribution", role="Inventory Controller")

# legalistic public sector
R("Recruitment Competition HSE-AO-2026-14: Outcome", "Public Appointments Unit <competitions@publicappointments.gov.example>", """
Dear Candidate,

Competition Reference: HSE-AO-2026-14
Grade: Assistant Officer

The Board has completed the shortlisting process. Having assessed your application form against the pre-determined shortlisting criteria, the Board has determined that you will not be called forward to the interview stage of this competition.

Under the Code of Practice you may request a review of this decision within 5 working days.

Public Appointments Unit
""", company="Public Appointments Unit", role="Assistant Officer", html=True)

R("Notice of outcome - Vacancy Number 77/2026", "Department of Lands and Heritage <recruitment@lands.gov.example>", """
Dear Mr Okafor,

Vacancy Number 77/2026 - Senior Project Officer, Level 5

I refer to your application for the above vacancy. The selection panel has assessed all applications against the selection criteria and you have been assessed as not suitable for the position on this occasion.

You may seek feedback from the panel convenor, Ms Rhonda Kellett, on (08) 5550 1234.

Yours sincerely,
Human Resources Branch
Department of Lands and Heritage
""", company="Department of Lands and Heritage", role="Senior Project Officer")

R("Your application: Police Staff Investigator", "Westshire Police Recruitment <recruitment@westshire.police.example>", """
Dear Sam,

Thank you for applying for the position of Police Staff Investigator.

Your application has been assessed and scored against the essential criteria. Unfortunately, your score fell below the required pass mark and you will not progress to the next stage of the selection process.

Yours sincerely,
Westshire Police Recruitment
""", company="Westshire Police", role="Police Staff Investigator")

R("Panel outcome - Merit list", "State Services Commission <careers@ssc.gov.example>", """
Dear Applicant,

Position No. 4471 - Policy Officer (Grade 6)

The selection process for the above position has been finalised. I wish to advise that your name has not been placed on the merit list for this position.

Regards,
Recruitment Officer
""", company="State Services Commission", role="Policy Officer")

# decision buried after news
R("Update from Birchwood Studio", "Ellie Marsh <ellie@birchwoodstudio.example>", """
Hi Sam,

Hope you had a good weekend! Quick update from us: we've finally moved into the new studio on Canal Street, and we've just wrapped the Harrow campaign, so it's been a mad few weeks.

On the Motion Designer role, I'm sorry to say we've decided to hire someone with more 3D experience, so we won't be taking your application further. I really liked your reel though.

Come and say hi at the open studio night on the 28th if you fancy it.

Ellie
Birchwood Studio
""", company="Birchwood Studio", role="Motion Designer", contact=("Ellie Marsh", "ellie@birchwoodstudio.example"))

R("Brambleton Council newsletter + your application", "Brambleton Council HR <hr@brambleton.gov.example>", """
Dear Sam,

Thank you for your patience. As you may have seen in the news, the council has been going through a restructure, which delayed a number of recruitment campaigns, including the one for Customer Contact Advisor.

We have now completed shortlisting. Regrettably, your application was not among those selected for interview.

Kind regards,
HR Services, Brambleton Council
""", company="Brambleton Council", role="Customer Contact Advisor")

# vacancy withdrawn / cancelled
R("Vacancy withdrawn - Facilities Coordinator", "Tamsin Hook <tamsin.hook@hollowayestates.example>", """
Dear Sam,

Thank you for applying for the Facilities Coordinator post. Due to a change in business priorities, the vacancy has been withdrawn and we will not be progressing any applications, including yours.

I'm sorry for the disappointment.

Tamsin Hook
HR, Holloway Estates
""", company="Holloway Estates", role="Facilities Coordinator", contact=("Tamsin Hook", "tamsin.hook@hollowayestates.example"))

R("Update on the role you applied for", "Nimbus Cloudworks <recruiting@nimbuscloud.example>", """
Hi Sam,

We wanted to let you know that we've decided not to fill the Site Reliability Engineer position after all, due to a hiring freeze. As a result, your application won't go any further.

We're sorry about this and appreciate your interest.

Nimbus Cloudworks Recruiting
""", company="Nimbus Cloudworks", role="Site Reliability Engineer")

# other less common constructions
R("Thank you", "Lorcan Byrne <lorcan@byrneandsons.example>", """
Dear Sam,

Thank you for meeting me about the apprenticeship. I won't be able to take you on this year, as I've only room for one apprentice and I've offered it to a lad with a bit more site experience.

Best of luck,
Lorcan Byrne
Byrne & Sons Joinery
""", company="Byrne & Sons Joinery", role="Apprentice", contact=("Lorcan Byrne", "lorcan@byrneandsons.example"))

R("Your interview with Yarrow Foods", "Yarrow Foods <people@yarrowfoods.example>", """
Hi Sam,

Thank you for taking part in the video interview for the Food Technologist role.

Sadly it's not good news this time. The hiring panel felt that your experience didn't quite match what they need for this role, so we won't be inviting you to the assessment centre.

The Yarrow Foods People Team
""", company="Yarrow Foods", role="Food Technologist")

R("About your application", "Sapphire Telecom <careers@sapphiretelecom.example>", """
Dear Sam,

Thank you for your interest in the Network Engineer role. We appreciate the effort that went into your application. However, we don't feel that your skills and experience are the right match for this role at present.

We wish you well.

Sapphire Telecom Careers
""", company="Sapphire Telecom", role="Network Engineer")

R("Candidate notification", "Ventura Talent Partners <no-reply@venturatalent.bullhorn.test>", """
Dear Sam,

Regarding: Operations Manager, Dublin

Please note that your application has been rejected by the hiring company. We appreciate your interest and encourage you to apply for other roles on our job board.

Ventura Talent Partners
""", company=None, role="Operations Manager")

R("Re: Trial shift", "Cat O'Neill <cat@thedrovers.example>", """
Hi Sam,

Thanks for the trial last night. Gonna be honest, I don't think it's going to work out for the floor job, we need someone with more cocktail experience for the weekends.

Cheers,
Cat
The Drovers Inn
""", company="The Drovers Inn", role=None, contact=("Cat O'Neill", "cat@thedrovers.example"))

R("An update on your Indeed application", "Indeed <noreply@indeed.test>", """
Sam,

An update on your application for Night Care Worker at Rosemont Care Homes.

The employer has reviewed your application and decided not to move forward with it. We know this isn't the news you hoped for, but there are plenty of other jobs waiting for you.

Keep looking - your next job could be one click away.

- Indeed
""", company="Rosemont Care Homes", role="Night Care Worker", html=True)

R("Your application was viewed", "LinkedIn <jobs-noreply@linkedin.test>", """
Your update from Brightline Analytics

Data Visualisation Specialist - Brightline Analytics - Leeds

Thank you for your interest in the Data Visualisation Specialist position at Brightline Analytics in Leeds. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Brightline Analytics.

Regards,
Brightline Analytics
""", company="Brightline Analytics", role="Data Visualisation Specialist", html=True)

R("Your application: PhD Studentship in Marine Ecology", "Prof. Alison Reid <a.reid@westmoor.ac.example>", """
Dear Sam,

Thank you for your application for the funded studentship in my group. The panel has now met, and I regret that we are not able to offer you the studentship this year.

With best wishes,
Alison Reid
""", company="University of Westmoor", role="PhD Studentship in Marine Ecology", contact=("Alison Reid", "a.reid@westmoor.ac.example"))

R("Internship Programme 2026", "Ardent Capital <earlycareers@ardentcapital.example>", """
Dear Sam,

Thank you for your interest in Ardent Capital's Summer Internship Programme.

We received an unprecedented number of applications. After careful consideration, we are sorry to inform you that we are unable to offer you a place on this year's programme.

Ardent Capital Early Careers
""", company="Ardent Capital", role="Summer Internship Programme", html=True)

R("Your application", "Owain Griffiths <owain@griffithsjoinery.example>", """
Sam,

Had a look at your CV - unfortunately you're not what we're after at the moment, we need someone with a CSCS card and two years on site.

Owain
Griffiths Joinery
""", company="Griffiths Joinery", role=None, contact=("Owain Griffiths", "owain@griffithsjoinery.example"))

R("Regarding the Lab Technician post", "Dr Fiona Lacey <f.lacey@kelvinbio.example>", """
Dear Sam,

I regret to say that we shall not be proceeding with your application for the Lab Technician post.

Yours sincerely,
Fiona Lacey
Kelvin Biosciences
""", company="Kelvin Biosciences", role="Lab Technician", contact=("Fiona Lacey", "f.lacey@kelvinbio.example"))

R("Your application - Customer Experience Lead", "Sorrel Health <careers@sorrelhealth.example>", """
Hi Sam,

Thank you for your interest in Sorrel Health.

We are writing to let you know that the Customer Experience Lead role has been filled internally, and we are therefore not able to consider your application further.

Kind regards,
Sorrel Health Talent
""", company="Sorrel Health", role="Customer Experience Lead")

R("Re: Phone screen follow up", "Ivy Duarte <ivy.duarte@northloop.example>", """
Hi Sam,

Thanks for the chat on Monday. We've had a number of strong applicants and have decided to continue with candidates who have more enterprise SaaS experience, so we won't be scheduling a second call.

All the best,
Ivy Duarte
Recruiter, Northloop
""", company="Northloop", role=None, contact=("Ivy Duarte", "ivy.duarte@northloop.example"))

R("Not this role - but another one?", "Maeve Cullen <maeve.cullen@lanternhealth.example>", """
Hi Sam,

Thank you for applying for the Senior Pharmacist role. We won't be progressing your application for that position, as we've appointed someone with more oncology experience.

However, we have a Clinical Pharmacist vacancy opening next month that I think would suit you. Would you like me to put you forward for it?

Maeve Cullen
Recruitment Partner, Lantern Health
""", company="Lantern Health", role="Senior Pharmacist", contact=("Maeve Cullen", "maeve.cullen@lanternhealth.example"))

R("Your application for Support Engineer", "Quill Software <no-reply@quill.greenhouse.test>", """
Hi Sam,

Thanks for applying to Quill. While your background is impressive, we've decided to focus on candidates whose experience is more closely aligned with the Support Engineer role, and we'll be closing out your application.

We'd love for you to check back on our careers page in future.

Quill Talent Team
""", company="Quill Software", role="Support Engineer", html=True)

R("Thank you for applying - Electrician (Ref ELC-30)", "Granite Building Services <hr@granitebs.example>", """
Good morning Sam,

Thank you for your application. Sadly we will not be shortlisting you for the role on this occasion.

Regards,
Granite Building Services
""", company="Granite Building Services", role="Electrician")

R("Re: Associate Consultant", "Harriet Vance <harriet.vance@corviniapartners.example>", """
Hi Sam,

Thank you for your time at the assessment day. Unfortunately we've decided that we won't be offering you a position in this intake. The feedback from the case study was positive, but the partners felt other candidates were stronger in the group exercise.

Best regards,
Harriet Vance
Graduate Recruitment, Corvinia Partners
""", company="Corvinia Partners", role="Associate Consultant", contact=("Harriet Vance", "harriet.vance@corviniapartners.example"))

R("Application - Kitchen Porter", "Beacon Hotels <jobs@beaconhotels.example>", """
Hi Sam,

Thanks for applying for Kitchen Porter with Beacon Hotels. Sadly, on this occasion, you haven't been successful.

Beacon Hotels Recruitment
""", company="Beacon Hotels", role="Kitchen Porter")

# ---------------------------------------------------------------------------
# HARD LOOK-ALIKES (60)
# ---------------------------------------------------------------------------

# delays / not yet
L("Re: Application status", "Hannah Birch <hannah.birch@portlandfreight.example>", """
Hi Sam,

Apologies for the silence. We have not yet made progress with your application because the hiring manager has been on leave. I expect to have an update for you next week.

Best,
Hannah
""")

L("Update on your application", "Kestrel Analytics <careers@kestrelanalytics.example>", """
Dear Sam,

Thank you for your patience. No decision has been made on your application yet; the panel is still reviewing candidates for the Junior Data Analyst role and we expect to be in touch by the end of the month.

Kind regards,
Aoife Brennan
""")

L("Re: Any news?", "Priya Natarajan <priya.n@cobaltreach.example>", """
Hi Sam,

We haven't decided yet! The team wants to meet two more candidates before making a final decision on the Account Manager role. I'll be in touch as soon as I can.

Priya
""")

L("Delay in the recruitment process", "Glenmore County Council <recruitment@glenmore.gov.example>", """
Dear Applicant,

Post: Planning Officer, Reference GCC/PL/118

We are writing to let you know that shortlisting for the above post has been delayed. We will not be able to contact applicants about the outcome until 20 April. We apologise for any inconvenience.

Recruitment Team
""")

L("Your application is still under review", "Wattle Bank Careers <careers@wattlebank.example>", """
Hi Sam,

Just a quick note to let you know your application for the Graduate Risk Analyst role is still being reviewed. We haven't made any decisions yet, and we won't be moving anyone forward until all applications have been assessed.

Cheers,
Wattle Bank Talent Team
""", html=True)

L("Re: Checking in", "Jade Mensah <jade.mensah@ostrander.example>", """
Hi Sam,

Thanks for following up. We're not able to give you an answer yet on the Customer Success Manager role; the process is taking longer than we planned. You're still very much in the running.

Jade
""")

# conditionals
L("Thank you for applying to Harbour Logistics", "Harbour Logistics Recruitment <recruitment@harbourlogistics.example>", """
Dear Sam,

Thank you for applying for the Warehouse Shift Manager role. We have received your application and it will be reviewed by the hiring team.

Due to the high volume of applications, we are unable to respond to every applicant individually. If you have not heard from us within four weeks, please assume that your application has been unsuccessful on this occasion.

Kind regards,
Harbour Logistics Recruitment Team
""")

L("Action required: complete your assessment", "Ashcombe Group <graduates@ashcombe.example>", """
Dear Sam,

Thank you for applying to the Ashcombe Graduate Scheme. Your next step is to complete the online assessment.

Please note that if you do not complete the assessment by 23:59 on Friday 20 March, we will not be able to progress your application.

Best wishes,
Ashcombe Early Careers Team
""", html=True)

L("Right to work documents needed", "Vantage Civil <recruitment@vantagecivil.example>", """
Hi Sam,

Thanks for your application for the Site Engineer role. Unless we receive a copy of your right-to-work documents by Monday, your application will not proceed to the interview stage. Please upload them in the portal.

Regards,
Liam Carver
""")

L("Are you still interested?", "Atlas Freight <talent@atlasfreight.example>", """
Dear Sam,

We'd like to arrange a phone screen for the Fleet Coordinator position. If we don't hear back from you by 25 March, we'll assume you are no longer interested and will close your application.

Sincerely,
Atlas Freight Talent Team
""")

L("Application received - Ward Clerk", "St Aldhelm's Hospital NHS Trust <noreply@jobs.staldhelms.example>", """
Dear Sam Okafor,

Thank you for your application for the post of Ward Clerk (Job Reference 291-WC-0412).

Shortlisting will take place after the closing date. Should you not be shortlisted, you will be notified by email; if you are successful, we will contact you to arrange an interview.

Recruitment Services
""")

# decisions about other people
L("Candidate 14 - please send regret", "Martin Hale <martin.hale@pinecrest.example>", """
Hi Sam,

We've decided not to move forward with candidate 14 (Jordan Blake) for the Senior Frontend Engineer role. Could you send the standard regret email from Greenhouse today? Candidate 9 goes through to the onsite.

Thanks,
Martin
""")

L("Reference request outcome", "Carrow Dental Group <admin@carrowdental.example>", """
Dear Sam,

Thank you for providing a reference for Ellie Moss. I wanted to let you know, out of courtesy, that Ellie was not successful in her application for the Dental Nurse role on this occasion.

Kind regards,
Carrow Dental Group
""")

L("Your referral", "Meridian Payments <recruiting@meridianpayments.example>", """
Hi Sam,

Thanks for referring Chris Adeyemi for the Compliance Analyst role. Unfortunately we've decided not to progress Chris's application, as we're looking for someone with more AML experience. Keep the referrals coming!

Meridian Payments Recruiting
""")

L("Offer - Marine Electrician", "Ben Roarty <ben@quaysidemarine.example>", """
Sam,

Great news: we'd like to offer you the Marine Electrician role! I've let the other candidates know that they weren't successful this time, so the job is yours if you want it.

Contract attached. Ben
""")

L("Interview panel: shortlisting notes", "Helen Marchbank <hr-recruitment@westmoor.ac.example>", """
Dear panel members,

Lecturer in Economics (Ref 04512): of the 38 applicants, 31 were not shortlisted. The six shortlisted candidates are listed in the attached pack. Sam, as chair, could you please confirm the interview timetable?

Regards,
Helen
""")

L("Re: my application", "Dee Campbell <dee.campbell@mailbox3.example>", """
Sam!! they rejected me. "We have decided to move forward with other candidates." after THREE rounds. can we get a drink tonight

Dee
""")

# quotes of rejections in advice columns / newsletters
L("This week: decoding recruiter-speak", "The Job Hunt Weekly <newsletter@jobhuntweekly.example>", """
Hi Sam,

In this week's issue: what does it really mean when a recruiter writes "we have decided to move forward with other candidates whose experience more closely matches our needs"? Our columnist explains why this template exists, and how to ask for feedback without burning a bridge.

Also: 5 ways to follow up after an interview, and our salary survey.

Read more at jobhuntweekly.example

Unsubscribe | Manage preferences
""", html=True)

L("Ask Maggie: 'Unfortunately your application was unsuccessful'", "Careers Clinic <hello@careersclinic.example>", """
Dear Sam,

A reader writes: "I keep getting emails saying 'Unfortunately you have not been shortlisted on this occasion'. What am I doing wrong?" Maggie answers in this week's column, with tips on tailoring your CV to the person specification.

The Careers Clinic team
You are receiving this because you subscribed at careersclinic.example
""", html=True)

L("Your mock interview feedback", "Jo Mensah <jo.mensah@careerscoach.example>", """
Hi Sam,

Great session today. Remember, when you hear "we won't be taking your application further", it's worth replying to ask for feedback; a short, gracious note keeps the door open. I've attached the template we discussed.

Jo
Career Coach
""", )

# rejections of non-job things
L("Your rental application - 14 Marlow Court", "Keyhaven Lettings <lettings@keyhaven.example>", """
Dear Sam,

Thank you for your application for 14 Marlow Court. Unfortunately, the landlord has decided to proceed with another applicant, and your application has been unsuccessful.

Kind regards,
Keyhaven Lettings
""")

L("Decision on manuscript JEC-2026-0412", "Journal of Economic Cartography <editorial@jec.example>", """
Dear Dr Okafor,

Thank you for submitting your manuscript "Regional wage maps after the pandemic". After careful consideration of the reviewers' reports, I regret to inform you that we are unable to accept it for publication in the journal.

Yours sincerely,
Editor-in-Chief
""")

L("Grant application outcome", "Harwood Arts Fund <grants@harwoodarts.example>", """
Dear Sam,

Thank you for your application to the Harwood Arts Fund spring round. We received 412 applications and, unfortunately, your application was not successful on this occasion.

The Harwood Arts Fund team
""")

L("Your loan application", "Clearwater Credit Union <loans@clearwatercu.example>", """
Dear Sam,

Thank you for your loan application. After reviewing it, we regret that we are unable to approve your application at this time. You can request the main reasons for this decision in writing.

Clearwater Credit Union Lending Team
""")

L("Speaker proposal: DataConf 2026", "DataConf Programme Committee <cfp@dataconf.example>", """
Hi Sam,

Thank you for submitting "Dashboards nobody reads" to DataConf 2026. We received over 600 proposals and unfortunately we have not selected your talk for this year's programme.

We hope to see you there as an attendee!

The DataConf Programme Committee
""")

L("Your job advert was not approved", "JobBoardly <support@jobboardly.example>", """
Hello Sam,

Your job advert "Part-time Bookkeeper" for Okafor Consulting was rejected by our moderation team because it did not include a salary range. Please edit the advert and resubmit it for review.

JobBoardly Support
""")

L("Annual leave request declined", "HR Portal <hrportal@brackenwoodtech.example>", """
Hi Sam,

Your annual leave request for 6-10 April has been declined by your manager. Comment: "Sorry, release week. Can we look at the following week?"

HR Portal
""")

L("Membership application", "Kingsmead Rowing Club <secretary@kingsmeadrc.example>", """
Dear Sam,

Thank you for applying to join Kingsmead Rowing Club. Regrettably the committee is unable to offer you a place this season as the club is at capacity. You have been added to the waiting list.

Club Secretary
""")

L("Visa application update", "Immigration Services <noreply@immigration.gov.example>", """
Dear Applicant,

Your application for a Working Holiday visa has been refused. The reasons for the decision are set out in the attached letter.
""")

L("Your Master's programme application", "University of Westmoor Admissions <admissions@westmoor.ac.example>", """
Dear Sam,

Thank you for your application to the MSc Data Science programme. We regret to inform you that we are unable to offer you a place on the programme for the 2026 intake.

Postgraduate Admissions
""")

# the owner's own withdrawal / owner declines offer
L("Application withdrawn", "Copperline Energy <donotreply@myworkday.test>", """
Dear Sam,

This is to confirm that your application for the Field Service Technician II position (Req ID R-20817) has been withdrawn at your request. We will no longer consider you for this position.

Copperline Energy Talent Acquisition
""", html=True)

L("Re: Withdrawing my application", "Nadia Fitzgerald <jobs@harlowventures.example>", """
Hi Sam,

Sorry to hear you've decided not to proceed with your application for the Data Engineer role, but congratulations on the new job! We'll close your application on our side.

Best,
Nadia

On Tue, 10 Mar 2026, Sam Okafor wrote:
> Hi Nadia, I've accepted another offer, so I'd like to withdraw my application. Thank you for your time.
""")

L("Re: Offer", "Jade Mensah <jade.mensah@ostrander.example>", """
Hi Sam,

Thanks for letting us know you've decided to decline our offer. We're sorry it won't work out this time, and we wish you every success in your new role.

Jade
""")

# status pages / job alerts
L("12 new jobs for 'data analyst'", "Reedly Jobs <alerts@reedly.example>", """
Hi Sam, here are today's jobs that match your search:

Junior Data Analyst - Kestrel Analytics - Leeds
Data Analyst (Fixed Term) - Eastvale Borough Council - No longer accepting applications
Marketing Data Analyst - Torrent Digital - Position filled
BI Analyst - Lowther Bank - New

Manage your alerts | Unsubscribe
""", html=True)

L("A job you saved has closed", "Reedly Jobs <alerts@reedly.example>", """
Hi Sam,

The job you saved, "Event Coordinator" at Harbourside Group, is no longer accepting applications. Don't worry, there are 38 similar jobs near you.

Reedly
""")

L("Your application dashboard", "Civil Service Jobs <noreply@csjobs.example>", """
Dear Sam Okafor,

Here is a summary of your applications:

Administrative Officer - Office of Regional Transport - Status: Under review
Executive Officer - Marine Agency - Status: Sift in progress
Higher Executive Officer - Department of Lands - Status: Awaiting outcome

Sign in to view details.
""")

# received / under review
L("We've received your application", "Pinecrest Software <no-reply@pinecrest.greenhouse.test>", """
Hi Sam,

Thanks for applying to the Senior Frontend Engineer position at Pinecrest Software! Our team will review your application, and if your experience is a match we will reach out to discuss next steps.

Due to the number of applications, we may not be able to respond to everyone.

The Pinecrest Recruiting Team
""", html=True)

L("Application received: Java Developer", "Saffron Tech Careers <careers@saffrontech.example>", """
Dear Candidate,

Thank you for applying for the role of Java Developer. Your profile is under review. Only shortlisted candidates will be contacted.

Team HR
""")

# interview / assessment invitations and reschedules
L("Interview invitation - Lecturer in Economics", "Helen Marchbank <hr-recruitment@westmoor.ac.example>", """
Dear Dr Okafor,

I am pleased to inform you that you have been shortlisted for interview for the post of Lecturer in Economics. Interviews will be held on 2 April.

Yours sincerely
Helen Marchbank
""")

L("Need to reschedule your interview", "Isobel Grant <isobel.grant@crestfieldtrust.example>", """
Dear Sam,

Unfortunately we are unable to go ahead with your interview on Wednesday, as one of the panel members is unwell. I'm sorry for the short notice. Could you do Friday at 10am instead?

Kind regards,
Isobel
""")

L("Interview slot", "Cara Whelan <cara.whelan@falconridge.example>", """
Hi Sam,

Unfortunately we are not able to offer you the 2pm slot on Tuesday, as it has been taken. Would 4pm work instead for the Finance Business Partner interview?

Cara
""")

L("Assessment centre invitation", "Corvinia Partners <graduates@corviniapartners.example>", """
Dear Sam,

Congratulations! Following your video interview, we would like to invite you to our assessment centre on 14 April for the Associate Consultant role.

Graduate Recruitment, Corvinia Partners
""", html=True)

# offers and next steps
L("Offer of employment", "Siobhan Kerrigan <jobs@blueheronhotels.example>", """
Dear Sam,

Further to your interview, I am delighted to offer you the position of Receptionist at the Blue Heron Hotel, Galway. Please find your contract attached.

Kind regards,
Siobhan Kerrigan
""")

L("Next steps", "Kieran Doyle <kieran@saltmarshgames.example>", """
Hey Sam,

Good news, you're through to the final round for the Gameplay Programmer position! We won't be asking you to do another take-home; the last stage is a chat with the studio head.

Kieran
""")

L("Re: Decision?", "Mina Park <mina@foldlinestudio.example>", """
Hi Sam, we have not decided against you, far from it. We'd love to move you to the final round for UX Researcher.

Mina

On Thu, Mar 19, 2026 at 8:41 AM Sam Okafor <sam.okafor@mailbox.example> wrote:
> Hi Mina, have you decided not to move forward with me? Totally fine if so, just want to know.
""")

L("Re: Data Engineer - reopened", "Nadia Fitzgerald <jobs@harlowventures.example>", """
Hi Sam,

I know we told you last month that we'd be going with another candidate, but the role has reopened and we'd love to invite you back for a final interview. Are you free next week?

Nadia

> On 2 Feb 2026, Harlow Ventures wrote:
> We have selected another candidate whose background is a closer fit for the role, and we will not be proceeding with your application.
""")

# "not this role but another one" (not a rejection when the application stays alive)
L("Your application - a suggestion", "Maeve Cullen <maeve.cullen@lanternhealth.example>", """
Hi Sam,

Thank you for applying for the Clinical Pharmacist role. Having read your CV, I think you may be an even better fit for our Senior Pharmacist vacancy. With your permission I'll put you forward for both, so you stay in the running for the Clinical Pharmacist role as well.

Maeve
""")

# recruiter outreach
L("Opportunity: Head of Data at a fintech", "Dev Malhotra <dev.malhotra@keystonetalent.example>", """
Hi Sam,

I saw your profile and wanted to reach out. I know the timing didn't work out with the client last year, but I'm now working on a Head of Data role that I think fits you perfectly. Open to a chat?

Dev
Keystone Talent
""")

L("The role I mentioned", "Callum Rees <callum.rees@talbotrecruitment.example>", """
Hi Sam,

Unfortunately the Procurement Manager role I mentioned on the phone has been filled before I could send your CV over, sorry! I've got two similar ones though; shall I send details?

Callum
""")

# newsletters / company news
L("Pinecrest Engineering Blog: how we hire", "Pinecrest Software <news@pinecrest.example>", """
How we hire at Pinecrest

We know how frustrating a template email can be. That's why, when we decide not to move forward with a candidate after an onsite, the hiring manager calls them personally. Read more about our hiring principles on the blog.

Unsubscribe
""", html=True)

L("Hiring update from Larkspur", "Rosie <hello@larkspurstudio.example>", """
Hi friends of Larkspur,

Big news: we've hired our first Marketing Executive! Thank you to everyone who applied; we couldn't take everyone forward, and we were touched by how many of you wanted to join us.

Rosie
""")

# misc hard ones
L("Your application for the Christmas temp role", "Hollis & Brand <jobs@hollisbrand.example>", """
Dear Sam,

Thanks for your interest in a seasonal role. We are not able to process applications sent by email; please apply through our careers site instead so we can consider you.

The Hollis & Brand Recruitment Team
""")

L("Upload failed", "Drumlin Outdoor <no-reply@drumlin.teamtailor.test>", """
Hi Sam,

We couldn't open the CV you attached to your application for the Retail Assistant position. Please upload it again as a PDF and we'll review your application as normal.

Drumlin Outdoor
""")

L("Re: Feedback request", "Tom Askew <recruitment@northgatehousing.example>", """
Dear Sam,

Thanks for asking for feedback on your interview for the Project Coordinator post. The panel felt your answers on stakeholder management were strong; the area to develop was budget monitoring. I hope this helps with future applications.

Best wishes,
Tom

> Dear Tom, thank you for letting me know I was unsuccessful. Could you share any feedback?
""")

L("Probation review", "Deborah Ainsworth <hr@ridgewayacademies.example>", """
Dear Sam,

I'm pleased to confirm that you have successfully completed your probation period in the post of Teacher of Geography. There is no need to take any further action.

Deborah Ainsworth
HR Business Partner
""")

L("Internal vacancy: Team Lead", "People Team <people@brackenwoodtech.example>", """
Hi all,

We're recruiting a Team Lead for Platform. Applications close Friday. Please note we won't be considering applications received after the deadline.

People Team
""")

L("Shortlisted!", "Vikram Rao <vikram.rao@indigopeak.example>", """
Hi Sam,

Good news, your profile has been shortlisted for the Business Analyst opening at Indigo Peak Consulting. We won't need a written test; please share your availability for a video call.

Vikram
""")

L("Sorry - interview cancelled", "Amelia Stroud <amelia@brackenwoodtech.example>", """
Hi Sam,

I'm sorry to say I have to cancel our call tomorrow about the Software Developer position, as I'm off sick. It is not a decision about your application; I'll send new times on Monday.

Amelia
""")

L("Your contract renewal", "HR <hr@coastaldistricthealth.example>", """
Dear Sam,

We are sorry to inform you that your fixed-term contract in the Registered Nurse bank will not be renewed beyond 31 May, due to funding. Please contact HR about redeployment opportunities.

HR, Coastal District Health
""", note="end of an employment contract, not an application")

L("Reminder: application deadline", "Tern Foundation <jobs@ternfoundation.example>", """
Dear Sam,

You started an application for the Policy Advisor role but haven't submitted it yet. Applications close on Sunday; we won't be able to accept late applications.

Tern Foundation
""")

# ---------------------------------------------------------------------------
# ORDINARY (20)
# ---------------------------------------------------------------------------
O("Payslip for March", "Payroll <payroll@brackenwoodtech.example>", """
Hi Sam,

Your payslip for March is now available in the HR portal. Please note the tax code change that applies from this pay period.

Payroll Team
""")
O("Team lunch Friday", "Amelia Stroud <amelia@brackenwoodtech.example>", """
Hi team,

To celebrate the release we're doing lunch on Friday at the Italian place on King Street. Let me know about dietary requirements by Wednesday.

Amelia
""")
O("New starter: welcome Priyanka", "People Team <people@brackenwoodtech.example>", """
Hi all,

Please welcome Priyanka, who joins us as a Backend Engineer on Monday. She'll be sitting with the Platform team. Say hello!

People Team
""")
O("Position of the fridge", "Facilities <facilities@brackenwoodtech.example>", """
Hi everyone,

We're changing the position of the fridge in the kitchen on Thursday, so please take your lunch out by 5pm Wednesday.

Facilities
""")
O("Pension scheme update", "HR <hr@brackenwoodtech.example>", """
Dear colleague,

From April the employer pension contribution rises to 5%. No action is needed unless you'd like to change your own contribution.

HR
""")
O("Re: code review", "Leo Park <leo.park@brackenwoodtech.example>", """
Sam, I left a few comments on the PR. Mostly naming; the retry logic looks right. Happy to approve once the tests pass.

Leo
""")
O("Your app update is ready", "App Store <no-reply@appstore.test>", """
Hi Sam,

The application "Fieldnotes" you submitted has been approved and is ready for sale. Version 2.3 will go live within 24 hours.
""")
O("Quarterly all-hands", "CEO Office <ceo@brackenwoodtech.example>", """
Hi all,

Our quarterly all-hands is on 3 April. We'll cover hiring plans, the new office and Q1 results. Questions in advance are welcome.
""")
O("Expenses reminder", "Finance <finance@brackenwoodtech.example>", """
Hi Sam,

A reminder to submit March expenses by Friday so they are included in this month's payroll run.

Finance
""")
O("Interviewing training", "Learning & Development <ld@brackenwoodtech.example>", """
Hi Sam,

You're booked on the structured interviewing course on 9 April. It covers scoring rubrics, writing fair feedback and candidate experience.

L&D
""")
O("Dentist appointment reminder", "Parkside Dental <reminders@parksidedental.example>", """
Hi Sam, this is a reminder of your check-up on Tuesday 14 April at 9:30. Reply C to cancel.
""")
O("Book club: April pick", "Lena <lena@mailbox4.example>", """
Hi all, April's pick is a novel about a job interview that goes very wrong. See you on the 20th!
""")
O("Flat viewing confirmed", "Keyhaven Lettings <lettings@keyhaven.example>", """
Dear Sam, your viewing at 14 Marlow Court is confirmed for Saturday at 11am.
""")
O("Hiring plan spreadsheet", "Martin Hale <martin.hale@pinecrest.example>", """
Hi Sam,

Attached is the Q2 hiring plan: two engineers, one designer, one data analyst. Can you sanity-check the salary bands before Thursday's meeting?

Martin
""")
O("Re: weekend", "Dee Campbell <dee.campbell@mailbox3.example>", """
yes!! saturday works, bring the dog. also my new job starts monday, wish me luck
""")
O("Sick leave policy", "HR <hr@brackenwoodtech.example>", """
Dear all,

We've updated the sick leave policy. Please read the new version on the intranet; the main change is that self-certification now covers up to seven days.
""")
O("Mentoring programme", "Women in Data <hello@womenindata.example>", """
Hi Sam, applications for mentors in our spring programme are open. Mentors meet their mentee monthly to talk about careers and job searching.
""")
O("Office move", "Facilities <facilities@brackenwoodtech.example>", """
Hi all, the Finance and HR teams move to the third floor next week. Desks will be labelled by Monday.
""")
O("Your parcel is on its way", "ParcelPoint <tracking@parcelpoint.test>", """
Hi Sam, your parcel from Officeworks is out for delivery today between 10:00 and 14:00.
""")
O("Volunteer rota", "Food Bank Coordinator <rota@foodbank.example>", """
Hi volunteers, the April rota is attached. Sam, could you cover the Tuesday evening position at the warehouse?
""")


# ---------------------------------------------------------------------------
def label(i: int, it: dict) -> dict:
    rej = it["kind"] == "rejection"
    c = it["contact"] if rej else None
    return {
        "file": f"{i:04d}.eml",
        "is_rejection": rej,
        "company": it["company"] if rej else None,
        "role": it["role"] if rej else None,
        "contact_name": c[0] if c else None,
        "contact_email": c[1] if c else None,
        "careers_url": it["url"] if rej else None,
        "lang": "en",
        "kind": it["kind"],
    }


def main() -> None:
    MSGS.mkdir(exist_ok=True)
    for old in MSGS.glob("*.eml"):
        old.unlink()
    labels = []
    for i, it in enumerate(ITEMS, 1):
        (MSGS / f"{i:04d}.eml").write_bytes(bytes(build_message(i, it)))
        labels.append(label(i, it))
    (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels))
    kinds = {k: sum(1 for x in labels if x["kind"] == k) for k in ("rejection", "lookalike", "ordinary")}
    print(f"wrote {len(labels)} messages: {kinds}")


def check() -> None:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text().splitlines() if x.strip()]
    files = sorted(p.name for p in MSGS.glob("*.eml"))
    assert files == [x["file"] for x in labels], "messages and labels differ"
    assert len(labels) == len(ITEMS)
    for x, it in zip(labels, ITEMS):
        m = BytesParser(policy=policy.default).parsebytes((MSGS / x["file"]).read_bytes())
        assert m["Subject"] == it["subject"], x["file"]
        part = m.get_body(preferencelist=("plain", "html"))
        text = part.get_content()
        assert text.strip(), x["file"]
        assert x["is_rejection"] == (x["kind"] == "rejection")
        for k in ("company", "role", "contact_name", "contact_email", "careers_url"):
            assert x[k] is None or isinstance(x[k], str)
    print(f"check ok: {len(labels)} messages")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
        check()
