#!/usr/bin/env python3
"""Build the dev2/c labelled corpus (wording-variety set).

Deterministic: run `python build.py` from anywhere; it rewrites ./messages/*.eml and
./labels.jsonl next to this file, then parses every file back and checks it against its label.
Every name, company and domain is invented (*.example).
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import json
import re
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"

OWNERS = {
    "jordan": "Jordan Blake <jordan.blake@inbox.example>",
    "priya": "Priya Nair <priya.nair@mailhub.example>",
    "tom": "Tom Hargreaves <tom.hargreaves@postbox.example>",
    "mia": "Mia Chen <mia.chen@inbox.example>",
    "camille": "Camille Roux <camille.roux@courriel.example>",
    "lea": "Léa Fontaine <lea.fontaine@boite.example>",
    "maxime": "Maxime Tremblay <maxime.tremblay@courriel.example>",
    "julien": "Julien Dubois <julien.dubois@boite.example>",
}

SPECS: list[dict] = []


def m(lang, kind, to, frm, subject, body, *, enc="plain", company=None, role=None,
      cn=None, ce=None, url=None, reply_to=None, headers=None):
    SPECS.append(dict(lang=lang, kind=kind, to=OWNERS[to], frm=frm, subject=subject,
                      body=body.strip("\n") + "\n", enc=enc, company=company, role=role,
                      contact_name=cn, contact_email=ce, careers_url=url,
                      reply_to=reply_to, headers=headers or {}))


LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)|(https?://[^\s<>\"]+[^\s<>\".,;:!?)])")


def to_plain(text: str) -> str:
    def sub(mo):
        if mo.group(1):
            return f"{mo.group(1)} <{mo.group(2)}>"
        return mo.group(3)
    return LINK.sub(sub, text)


def to_html(text: str, title: str) -> str:
    def inline(s: str) -> str:
        out, pos = [], 0
        for mo in LINK.finditer(s):
            out.append(html.escape(s[pos:mo.start()]))
            if mo.group(1):
                out.append(f'<a href="{html.escape(mo.group(2))}">{html.escape(mo.group(1))}</a>')
            else:
                u = html.escape(mo.group(3))
                out.append(f'<a href="{u}">{u}</a>')
            pos = mo.end()
        out.append(html.escape(s[pos:]))
        return "".join(out)

    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join("<p>" + "<br>\n".join(inline(line) for line in p.split("\n")) + "</p>"
                     for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            "<div style=\"max-width:600px;margin:0 auto\">\n"
            f"{body}\n</div>\n</body></html>\n")


def build_message(i: int, s: dict) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = s["frm"]
    msg["To"] = s["to"]
    msg["Subject"] = s["subject"]
    base = dt.datetime(2025, 2, 3, 8, 15, tzinfo=dt.timezone.utc)
    tz = {"en": dt.timezone(dt.timedelta(hours=-5)), "fr": dt.timezone(dt.timedelta(hours=1))}
    when = (base + dt.timedelta(hours=9 * i, minutes=(i * 17) % 60)).astimezone(tz[s["lang"]])
    msg["Date"] = format_datetime(when)
    dom = s["frm"].rsplit("@", 1)[1].rstrip(">").strip()
    msg["Message-ID"] = f"<dev2c.{i:04d}.{when:%Y%m%d%H%M}@{dom}>"
    if s["reply_to"]:
        msg["Reply-To"] = s["reply_to"]
    for k, v in s["headers"].items():
        msg[k] = v
    plain = to_plain(s["body"])
    enc = s["enc"]
    if enc == "plain":
        msg.set_content(plain)
    elif enc == "qp":
        msg.set_content(plain, cte="quoted-printable")
    elif enc == "latin1":
        msg.set_content(plain, charset="iso-8859-1", cte="8bit")
    elif enc == "latin1qp":
        msg.set_content(plain, charset="iso-8859-1", cte="quoted-printable")
    elif enc == "html":
        msg.set_content(to_html(s["body"], s["subject"]), subtype="html")
    elif enc == "htmlqp":
        msg.set_content(to_html(s["body"], s["subject"]), subtype="html", cte="quoted-printable")
    elif enc == "alt":
        msg.set_content(plain)
        msg.add_alternative(to_html(s["body"], s["subject"]), subtype="html")
    elif enc == "altqp":
        msg.set_content(plain, cte="quoted-printable")
        msg.add_alternative(to_html(s["body"], s["subject"]), subtype="html",
                            cte="quoted-printable")
    elif enc == "altlatin1":
        msg.set_content(plain, charset="iso-8859-1", cte="quoted-printable")
        msg.add_alternative(to_html(s["body"], s["subject"]).replace("utf-8", "iso-8859-1"),
                            subtype="html", charset="iso-8859-1", cte="quoted-printable")
    else:
        raise ValueError(enc)
    if msg.is_multipart():
        msg.set_boundary(f"=_dev2c_{i:04d}_alt")
    return msg


# ---------------------------------------------------------------------------------------------
# English: rejections
# ---------------------------------------------------------------------------------------------
E = "en"

m(E, "rejection/after_application/workday", "jordan",
  "Harbor & Pine Outfitters <harborpine@myworkdayjobs.example>",
  "Update on your Harbor & Pine application",
  """
Hello Jordan,

This is an automated update regarding requisition R-20418, Store Operations Analyst.

Your application status has been updated to: Not Selected

No further action is needed from you. New openings are posted every week at https://careers.harborpine.example/jobs and you are welcome to apply again.

Harbor & Pine Outfitters Talent Acquisition

[Manage email preferences](https://harborpine.myworkdayjobs.example/prefs?u=88213&t=unsub)
""", enc="alt", company="Harbor & Pine Outfitters", role="Store Operations Analyst",
  url="https://careers.harborpine.example/jobs")

m(E, "rejection/after_interview/greenhouse", "mia",
  "Marisol Ortega <no-reply@us.greenhouse-mail.example>",
  "Lumenfold - Backend Engineer",
  """
Hi Mia,

Thank you so much for the time you spent with the Lumenfold team over the last couple of weeks. Everyone who met you mentioned how thoughtful your questions were about our ingestion pipeline.

After a lot of discussion we've opted for someone whose background is a closer fit for where the platform team is right now, so we won't be extending an offer for the Backend Engineer position.

I know this isn't the outcome you were hoping for. If you'd like a short call to go through the panel's notes, just reply and I'll set it up.

Warmly,
Marisol Ortega
Recruiting Lead, Lumenfold
""", enc="alt", company="Lumenfold", role="Backend Engineer", cn="Marisol Ortega",
  ce="marisol.ortega@lumenfold.example", reply_to="Marisol Ortega <marisol.ortega@lumenfold.example>")

m(E, "rejection/after_application/nhs_style", "tom",
  "Kingsbrook Hospitals Trust Recruitment <recruitment@kingsbrook-trust.example>",
  "Your application - Band 6 Physiotherapist (ref 331-KB-0921)",
  """
Dear Tom Hargreaves,

Band 6 Physiotherapist - Musculoskeletal Outpatients
Reference: 331-KB-0921

Thank you for applying for the above post. Shortlisting has now taken place and I regret to tell you that you have not been shortlisted for interview on this occasion.

Owing to the number of applications received we are unable to give individual feedback at the shortlisting stage.

We wish you every success in the future.

Yours sincerely,

Recruitment Services
Kingsbrook Hospitals Trust
""", company="Kingsbrook Hospitals Trust", role="Band 6 Physiotherapist")

m(E, "rejection/after_application/indian_corporate", "priya",
  "Ananya Kulkarni <ananya.k@sarvodaya-tech.example>",
  "Regarding your candidature for Senior QA Engineer",
  """
Dear Priya,

Greetings from Sarvodaya Techsystems!

We thank you for your interest in the Senior QA Engineer opening at our Pune development centre and for the time taken to share your profile with us.

Post a detailed evaluation of your profile against the requirements of the role, we regret to inform you that we are unable to proceed further with your candidature at this point of time. Your resume will be retained in our database and we shall reach out should a suitable opportunity arise in future.

Wishing you all the best in your career endeavours.

Thanks & Regards,
Ananya Kulkarni
Talent Acquisition | Sarvodaya Techsystems Pvt. Ltd.
+91 20 5550 1187
""", company="Sarvodaya Techsystems", role="Senior QA Engineer", cn="Ananya Kulkarni",
  ce="ananya.k@sarvodaya-tech.example")

m(E, "rejection/after_assessment/australian_casual", "jordan",
  "Coastline Mutual Careers <careers@coastlinemutual.example>",
  "Your Coastline Mutual assessment results",
  """
G'day Jordan,

Thanks for having a crack at our online assessment for the Graduate Actuarial Program. We know it takes a fair chunk of your evening and we appreciate the effort.

We've been through the results and, unfortunately, you haven't progressed to the next round this time around. It was a really competitive year with more than 2,300 applicants.

Keep an eye on https://coastlinemutual.example/careers - our next intake opens in February.

Cheers,
The Coastline Mutual Early Careers crew
""", company="Coastline Mutual", role="Graduate Actuarial Program",
  url="https://coastlinemutual.example/careers")

m(E, "rejection/after_interview/two_liner", "priya",
  "Ben Okafor <ben@quillstack.example>",
  "re: chat last week",
  """
Hi Priya - thanks for chatting with us last week. We're going to pass for now, but really appreciate your time and hope our paths cross again.

- Ben
""", company="Quillstack", cn="Ben Okafor", ce="ben@quillstack.example")

m(E, "rejection/after_interview/lever_long_news", "mia",
  "Tessaract Studio <no-reply@hire.lever.example>",
  "A note from Tessaract Studio",
  """
Hi Mia,

It's been a big month here: we closed our Series B, moved into the new Fitzroy loft and shipped the collaborative canvas that half of our interview candidates asked us about. Thank you for being part of that busy season with us.

We also wanted to say thank you for walking the panel through your portfolio. The onboarding redesign for the ferry app generated a long debate in our crit afterwards, in the best possible way.

As for the Product Designer role, the panel has decided not to move your application forward. We were looking for someone with more hands-on experience in design systems at scale, and that ended up tipping the balance.

We'll keep your details on file, and you can always see what's open at https://tessaract.example/careers.

Best,
Niamh Gallagher
Design Manager, Tessaract Studio
""", enc="alt", company="Tessaract Studio", role="Product Designer", cn="Niamh Gallagher",
  url="https://tessaract.example/careers")

m(E, "rejection/after_application/university", "tom",
  "Prof. Helen Marsh <h.marsh@eastvale.ac.example>",
  "Lectureship in Marine Ecology",
  """
Dear Dr Hargreaves,

On behalf of the search committee for the Lectureship in Marine Ecology at the University of Eastvale, thank you for your application and for your patience while we worked through an unusually large field.

The committee has now completed its review, and I am writing to let you know that your application was not among those selected for a campus visit.

The standard of applications was very high and this should not be read as a judgement on the quality of your research. I wish you the very best with your future plans.

With kind regards,

Professor Helen Marsh
Chair, Search Committee
School of Ocean Sciences, University of Eastvale
""", company="University of Eastvale", role="Lectureship in Marine Ecology", cn="Helen Marsh",
  ce="h.marsh@eastvale.ac.example")

m(E, "rejection/after_interview/agency", "priya",
  "Callum Reid <callum.reid@brightwatertalent.example>",
  "Fernvale Insurance - BA role update",
  """
Hi Priya,

Quick update from my side on the Business Analyst role at Fernvale Insurance. The client came back to me this morning and they've decided to go with an internal candidate, so they won't be taking things further with you.

Sorry it's not better news - you interviewed really well and their feedback on your stakeholder examples was glowing. I've got a couple of other BA briefs coming in next week and I'd like to put you forward if you're open to it.

Speak soon,
Callum

Callum Reid | Senior Consultant | Brightwater Talent
""", company="Fernvale Insurance", role="Business Analyst", cn="Callum Reid",
  ce="callum.reid@brightwatertalent.example")

m(E, "rejection/after_application/taleo_public", "jordan",
  "City of Ridgemont <donotreply@ridgemont.taleo.example>",
  "Senior Planner (Req 2231) - Application Status",
  """
Dear Jordan Blake,

Your application for the position of Senior Planner (Requisition 2231) with the City of Ridgemont has been reviewed by Human Resources.

You were not among the candidates referred to the hiring department for further consideration. This requisition will remain in your candidate profile with a status of "Not Referred".

Thank you for your interest in public service with the City of Ridgemont. Current vacancies are listed at https://www.ridgemont.example/jobs.

City of Ridgemont
Department of Human Resources
""", company="City of Ridgemont", role="Senior Planner", url="https://www.ridgemont.example/jobs")

m(E, "rejection/after_interview/successfactors", "mia",
  "Brandt Kessler Global Recruiting <noreply@sf.brandtkessler.example>",
  "Your application: Supply Chain Planner (Job ID 74410)",
  """
Dear Mia Chen,

Thank you for taking part in the interview process for the position Supply Chain Planner (Job ID 74410) at Brandt Kessler.

Having compared all interviewed candidates carefully, we must inform you that we will not be offering you the position.

We would be pleased if you continued to follow our vacancies at https://jobs.brandtkessler.example.

Kind regards
Your Brandt Kessler Recruiting Team

This e-mail was generated automatically. Please do not reply.
""", enc="altqp", company="Brandt Kessler", role="Supply Chain Planner",
  url="https://jobs.brandtkessler.example")

m(E, "rejection/after_interview/icims", "jordan",
  "Orchard Valley Health Careers <careers@orchardvalley.icims.example>",
  "Your Interview for Clinical Data Coordinator",
  """
Dear Jordan,

We appreciate the time you spent interviewing with Orchard Valley Health for the Clinical Data Coordinator position.

After reviewing feedback from everyone you met, the hiring team will not be progressing your candidacy to the next step.

Your candidate profile remains active, so you can apply to other positions without filling in your details again.

Sincerely,
Orchard Valley Health Talent Acquisition
""", enc="alt", company="Orchard Valley Health", role="Clinical Data Coordinator")

m(E, "rejection/after_assessment/smartrecruiters", "tom",
  "Fenwick Rail <noreply@smartrecruiters.example>",
  "Fenwick Rail - Trainee Signalling Technician",
  """
Hi Tom,

Thank you for completing the situational judgement test for the Trainee Signalling Technician apprenticeship.

We've now reviewed everyone's scores and I'm afraid we won't be able to offer you a place in the next stage, the assessment day in Doncaster.

We really do encourage you to look at our other apprenticeships, which open in the spring.

All the best,
Early Careers Team, Fenwick Rail

[View our apprenticeships](https://careers.fenwickrail.example/apprenticeships)
[Unsubscribe](https://jobs.smartrecruiters.example/u/9f2c11?e=tom)
""", enc="html", company="Fenwick Rail", role="Trainee Signalling Technician",
  url="https://careers.fenwickrail.example/apprenticeships")

m(E, "rejection/after_trial/restaurant_uk", "tom",
  "Ollie Marlowe <ollie@marlowes-kitchen.example>",
  "Saturday",
  """
Hi Tom,

Thanks for coming in for the trial shift on Saturday, it was a mad service and you kept your head.

I've had a chat with Gemma and we've decided you're not quite the right fit for the pass at the moment - we need someone who's run a section on their own before. Sorry mate, I know you were keen.

Pop in for a drink on us sometime.

Ollie
Head Chef, Marlowe's Kitchen
""", company="Marlowe's Kitchen", cn="Ollie Marlowe", ce="ollie@marlowes-kitchen.example")

m(E, "rejection/after_application/linkedin_relay", "mia",
  "LinkedIn <jobs-noreply@linkedin.example>",
  "Your application to Data Analyst at Orrin Health",
  """
Your update from Orrin Health

Mia, thank you for your interest in the Data Analyst role.

Unfortunately, Orrin Health won't be taking your application further. This is a common part of job searching, and there are more roles like this one waiting for you.

[See similar jobs](https://www.linkedin.example/jobs/similar/3381?trk=eml-jobs_rejection)

You are receiving Jobs notification emails. [Unsubscribe](https://www.linkedin.example/e/unsub?m=jobs&trk=x91)
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA
""", enc="alt", company="Orrin Health", role="Data Analyst")

m(E, "rejection/after_application/indeed_relay", "jordan",
  "Indeed <alert@indeedemail.example>",
  "An update on your application to Tidewater Logistics",
  """
Jordan,

There's an update on your application for Dispatch Coordinator at Tidewater Logistics in Norfolk, VA.

The employer has chosen other applicants for this position.

It's not the news anyone wants, but keep going - employers on Indeed post thousands of new jobs every day.

[Find jobs like this](https://www.indeed.example/q-dispatch-coordinator-jobs.html?from=appstatus)
[Unsubscribe from application updates](https://www.indeed.example/unsubscribe?tk=1hz8)
""", enc="html", company="Tidewater Logistics", role="Dispatch Coordinator")

m(E, "rejection/position_filled/warehouse", "jordan",
  "Kay Driscoll <kdriscoll@northgate-supply.example>",
  "Warehouse Supervisor opening",
  """
Hi Jordan,

Wanted to let you know the Warehouse Supervisor role at our Elmira facility has now been filled, so we'll be closing out the other applications, yours included.

Thanks for your interest in Northgate Supply, and feel free to keep an eye on our page for shift lead roles.

Kay Driscoll
HR Generalist
""", company="Northgate Supply", role="Warehouse Supervisor", cn="Kay Driscoll",
  ce="kdriscoll@northgate-supply.example")

m(E, "rejection/requisition_closed/budget", "mia",
  "Pellucid Software Recruiting <talent@pellucid.example>",
  "Staff Engineer, Observability - requisition closed",
  """
Hi Mia,

I wanted to be straightforward with you. Following our Q3 planning, leadership has frozen headcount in the infrastructure org, and the Staff Engineer, Observability requisition has been closed rather than paused.

That means we're closing all open applications for the role, including yours. I'm sorry this comes after you'd already invested time in the recruiter screen.

If the role reopens I'll reach out directly.

Regards,
Deepa Raman
Technical Recruiter, Pellucid
""", enc="qp", company="Pellucid", role="Staff Engineer, Observability", cn="Deepa Raman",
  ce="talent@pellucid.example")

m(E, "rejection/after_interview/overqualified", "tom",
  "Rachel Voss <rachel.voss@amberline.example>",
  "Customer Success Associate",
  """
Dear Tom,

Thank you for meeting with me on Tuesday. I enjoyed hearing about the renewals programme you built at your last company.

Given the depth of your experience, we genuinely feel the Customer Success Associate role wouldn't stretch you, and we have decided to focus on candidates at an earlier stage of their career.

If a team lead vacancy opens up at Amberline, I would be glad to hear from you.

Best wishes,
Rachel Voss
""", company="Amberline", role="Customer Success Associate", cn="Rachel Voss",
  ce="rachel.voss@amberline.example")

m(E, "rejection/after_application/indian_screening", "priya",
  "HR Team <hr.recruitment@kaveriinfra.example>",
  "Application Status - Site Engineer (Civil)",
  """
Dear Candidate,

Thank you for applying to Kaveri Infraprojects Limited.

We would like to inform you that your profile has been screened by our technical panel and it does not match our current requirement for the post of Site Engineer (Civil).

We wish you success in your job search.

Regards,
HR Department
Kaveri Infraprojects Limited, Chennai
""", company="Kaveri Infraprojects", role="Site Engineer (Civil)")

m(E, "rejection/after_application/uk_public_sift", "tom",
  "Office of Regional Transport Recruitment <noreply@ort-jobs.example>",
  "Application outcome: Policy Adviser (Ref 118-0442)",
  """
Dear Tom Hargreaves,

Vacancy: Policy Adviser, Bus Reform Team
Reference: 118-0442

Thank you for your application. Your application has been assessed against the advertised behaviours and experience.

Your application scored below the required threshold at the sift stage and will not progress further in this campaign. Your scores were: Experience 3, Seeing the Big Picture 3, Communicating and Influencing 4.

You can view your scores and other vacancies at https://jobs.ort.example.

Office of Regional Transport Recruitment Team
""", enc="qp", company="Office of Regional Transport", role="Policy Adviser",
  url="https://jobs.ort.example")

m(E, "rejection/after_interview/au_gov_merit", "jordan",
  "Dept. of Water and Catchments <recruitment@dwc.gov.example>",
  "Selection outcome - APS6 Data Scientist (job 14552)",
  """
Dear Jordan

Re: APS6 Data Scientist, Canberra (Job 14552)

Thank you for your participation in the selection process for the above position.

The selection panel has now finalised its assessment. I regret to advise that you were assessed as not suitable at this time and have not been placed in the merit pool for this role.

You may request feedback by contacting the panel chair, Sanjay Iyer, on sanjay.iyer@dwc.gov.example within 14 days.

Regards
Recruitment Services
Department of Water and Catchments
""", company="Department of Water and Catchments", role="APS6 Data Scientist")

m(E, "rejection/after_final_round/close_call", "mia",
  "Grace Holloway <grace@holloway-partners.example>",
  "Head of Finance - final decision",
  """
Dear Mia,

I wanted to write to you personally rather than have this come through the recruiter.

First, thank you. Four rounds, a case study and a dinner with the board is a lot to ask of anyone, and you gave it real care. The board in particular valued your thinking on the cash conversion cycle.

It came down to two people, and it was an incredibly close call. In the end we extended the offer to the other finalist, whose experience in regulated lending gave them an edge, and they have accepted.

I hope we stay in touch, and I would be glad to act as an informal reference if ever useful.

With warm regards,
Grace Holloway
Managing Partner, Holloway Partners
""", enc="alt", company="Holloway Partners", role="Head of Finance", cn="Grace Holloway",
  ce="grace@holloway-partners.example")

m(E, "rejection/after_interview/bank_formal", "jordan",
  "Granite Crest Bank Careers <careers-noreply@granitecrest.example>",
  "Your candidacy - Credit Risk Analyst II",
  """
Dear Jordan Blake,

We appreciate the interest you have shown in Granite Crest Bank and the time you invested in interviewing for the Credit Risk Analyst II role.

After thoughtful deliberation, we have concluded that other applicants more closely meet the requirements of this position at this time.

We encourage you to continue exploring opportunities with us at https://careers.granitecrest.example.

Sincerely,
Talent Acquisition, Granite Crest Bank
""", enc="html", company="Granite Crest Bank", role="Credit Risk Analyst II",
  url="https://careers.granitecrest.example")

m(E, "rejection/after_interview/hospital_grad_nurse", "mia",
  "St Brigid's Health Nursing Recruitment <nursing.jobs@stbrigids.example>",
  "2025 Graduate Nurse Program - outcome",
  """
Dear Mia,

Thank you for interviewing for the St Brigid's Health Graduate Nurse Program.

We received a record number of applications this year and, after careful consideration, we are unable to offer you a position in the program for the 2025 intake.

You are welcome to apply for our mid-year intake, which opens on 1 April.

Kind regards,
Louise Pham
Nurse Educator - Graduate Programs
""", company="St Brigid's Health", role="Graduate Nurse Program", cn="Louise Pham",
  ce="nursing.jobs@stbrigids.example")

m(E, "rejection/position_filled/retail_seasonal", "jordan",
  "Lakeshore Store Team <store412@brightmart.example>",
  "Holiday team member application",
  """
Hi Jordan,

Thank you for applying for a holiday team member position at the Brightmart Lakeshore store.

All of our seasonal positions for this year are now filled, so we can't move forward with your application. We hope you'll think of us again next season!

Brightmart Lakeshore #412
""", company="Brightmart", role="holiday team member")

m(E, "rejection/after_application/terse_ats", "tom",
  "noreply@apply.corvane.example",
  "Req #48812 status change",
  """
Candidate: Tom Hargreaves
Requisition: #48812 - Field Service Engineer (Leeds)
Status: Closed - Candidate not selected

This is an automated notification from Corvane Systems. Replies to this address are not monitored.
""", company="Corvane Systems", role="Field Service Engineer")

m(E, "rejection/after_interview/internship", "priya",
  "Quorum Analytics University Recruiting <campus@quorum-analytics.example>",
  "Summer 2025 Internship",
  """
Hi Priya,

Thanks again for interviewing with Quorum Analytics for our Summer 2025 Software Engineering Internship.

We've finished our final round of reviews, and we're sorry to say we won't be able to extend you an internship offer this summer. Please don't let this discourage you from applying for our new-grad program next year.

Best of luck with the rest of the semester!

Quorum University Recruiting
""", enc="alt", company="Quorum Analytics", role="Software Engineering Internship")

m(E, "rejection/after_assessment/consulting_case", "mia",
  "Isobel Grant <isobel.grant@ridgeway-consulting.example>",
  "Your first-round case interviews",
  """
Dear Mia,

Thank you for taking part in our first-round case interviews for the Associate role.

Both interviewers appreciated your structured approach to the market-sizing question. However, the feedback from the case round means we are unable to invite you to the final round on this occasion.

If you would like detailed feedback, I would be happy to arrange a 15-minute call.

Kind regards,
Isobel Grant
Recruiting Coordinator | Ridgeway Consulting
""", company="Ridgeway Consulting", role="Associate", cn="Isobel Grant",
  ce="isobel.grant@ridgeway-consulting.example")

m(E, "rejection/after_interview/game_studio", "jordan",
  "Kit Alvarez <kit@pixelhearth.example>",
  "Gameplay Programmer - where we landed",
  """
hey Jordan,

thanks so much for doing the pairing session with Ravi, he said it was a blast.

we talked it through as a team and we're going to stop the process here - we need someone who's shipped on console before and that's just a gap for this role. genuinely rooting for you though.

kit
people ops @ Pixel Hearth
""", company="Pixel Hearth", role="Gameplay Programmer", cn="Kit Alvarez", ce="kit@pixelhearth.example")

m(E, "rejection/after_interview/nonprofit", "tom",
  "Harriet Odum <harriet.odum@riverlight-trust.example>",
  "Community Fundraising Manager",
  """
Dear Tom,

Thank you for the time and energy you put into your interview for the Community Fundraising Manager role at the Riverlight Trust.

We have made the difficult decision to progress with other applicants who have more direct experience of running challenge events. I know this will be disappointing.

Thank you for your interest in our work with young carers.

Yours,
Harriet Odum
Director of Fundraising
""", enc="qp", company="Riverlight Trust", role="Community Fundraising Manager",
  cn="Harriet Odum", ce="harriet.odum@riverlight-trust.example")

m(E, "rejection/after_assessment/law_firm_uk", "tom",
  "Graduate Recruitment <graduates@ashdown-pryce.example>",
  "Ashdown Pryce - Training Contract 2027",
  """
Dear Tom

Thank you for attending the assessment centre for our 2027 Training Contract.

We have considered your performance across the written exercise, group task and partner interview. We regret that we are unable to offer you a training contract with Ashdown Pryce on this occasion.

We wish you every success in your legal career.

Yours sincerely

Graduate Recruitment Team
Ashdown Pryce LLP
""", company="Ashdown Pryce", role="Training Contract")

m(E, "rejection/after_interview/founder_casual", "jordan",
  "Sasha Lindqvist <sasha@brewbench.example>",
  "BrewBench AE role",
  """
Jordan!

Honestly it was a tough call but we're gonna go with someone who's done more B2B SaaS sales. You'd have been fun to work with.

Best of luck out there,
Sasha
(founder, BrewBench)
""", company="BrewBench", role="AE", cn="Sasha Lindqvist", ce="sasha@brewbench.example")

m(E, "rejection/after_application/uk_unsuccessful", "tom",
  "Pennine Water Careers <no-reply@penninewater.example>",
  "Your application for Graduate Hydrologist",
  """
Hi Tom,

Thank you for your application for the Graduate Hydrologist role at Pennine Water.

I'm sorry to let you know that on this occasion your application has been unsuccessful.

We had a great response to this advert and really appreciate the time you put in.

Many thanks,
Pennine Water Resourcing
""", enc="alt", company="Pennine Water", role="Graduate Hydrologist")

m(E, "rejection/after_interview/indian_ca_firm", "priya",
  "Rohit Menon <rohit.menon@iyer-menon.example>",
  "Interview feedback - Audit Associate",
  """
Dear Ms. Nair,

We thank you for attending the interview at our Bengaluru office on 14th March for the position of Audit Associate.

We regret to inform you that you have not been shortlisted for the further rounds of the selection process. We appreciate your interest in Iyer Menon & Associates and wish you the very best.

Kindly note this is a final communication regarding this position.

Warm regards,
Rohit Menon
Partner - HR & Admin
Iyer Menon & Associates, Chartered Accountants
""", company="Iyer Menon & Associates", role="Audit Associate", cn="Rohit Menon",
  ce="rohit.menon@iyer-menon.example")

m(E, "rejection/after_application/talent_community", "mia",
  "Verdant Foods <careers@verdantfoods.example>",
  "Thanks for applying to Verdant Foods",
  """
Hi Mia,

Thanks for applying for the Brand Manager, Plant-Based role.

While we won't be moving ahead with your application for this role, we've added you to our Verdant Talent Community, so you'll be among the first to hear about new brand and marketing openings.

You can update your interests at any time here: https://careers.verdantfoods.example/community

Best,
People Team, Verdant Foods
""", enc="html", company="Verdant Foods", role="Brand Manager, Plant-Based",
  url="https://careers.verdantfoods.example/community")

m(E, "rejection/after_assessment/au_airline", "jordan",
  "Southern Cross Air Careers <careers@southerncrossair.example>",
  "Cadet Pilot Program - application update",
  """
Hi Jordan,

Thanks for completing the aptitude testing for our Cadet Pilot Program.

After reviewing your results against those of the wider cohort, we're not in a position to progress your application to the assessment centre stage for this intake.

You're welcome to reapply after 12 months. We wish you all the best with your flying.

Kind regards,
Southern Cross Air Pilot Recruitment
""", company="Southern Cross Air", role="Cadet Pilot Program")

m(E, "rejection/after_application/workday_html", "priya",
  "Meridian Pharma <meridianpharma@myworkday.example>",
  "Regarding your application to Meridian Pharma",
  """
Dear Priya Nair,

Thank you for your interest in the Regulatory Affairs Specialist position (JR-0098412).

We have reviewed your qualifications and will not be considering you further for this requisition.

Your profile remains in our system, and you may apply to any other position that matches your skills.

Meridian Pharma Global Talent Acquisition

[Candidate Home](https://meridianpharma.myworkday.example/candidate/home?ref=eml8842)
""", enc="htmlqp", company="Meridian Pharma", role="Regulatory Affairs Specialist")

m(E, "rejection/after_assessment/take_home", "mia",
  "Felix Amari <felix@gridmint.example>",
  "Your GridMint take-home",
  """
Hi Mia,

Thank you for the time you put into the take-home exercise. We know a weekend is a lot to give.

We reviewed your submission as a panel. The API design was clean, but the test coverage and error handling didn't meet the bar we set for the senior level, so we'll be closing out your application for the Senior Full-Stack Engineer role.

I've attached no scoring sheet, but I'm happy to share written notes if useful.

Felix Amari
Engineering Manager, GridMint
""", company="GridMint", role="Senior Full-Stack Engineer", cn="Felix Amari", ce="felix@gridmint.example")

m(E, "rejection/after_interview/school_teacher", "tom",
  "Mrs J. Whitcombe <office@hollybrook-academy.example>",
  "Teacher of Geography - interview outcome",
  """
Dear Mr Hargreaves,

Thank you for attending interview at Hollybrook Academy on Thursday for the post of Teacher of Geography.

I write to let you know that, following careful consideration, the Board of Governors has appointed another candidate to the post.

Thank you for your interest in Hollybrook and best wishes for the future.

Yours sincerely,

Janet Whitcombe
Headteacher
""", company="Hollybrook Academy", role="Teacher of Geography", cn="Janet Whitcombe",
  ce="office@hollybrook-academy.example")

m(E, "rejection/after_references/offer_withheld", "jordan",
  "Alicia Boone <aboone@keystone-mfg.example>",
  "Production Planner - reference stage",
  """
Dear Jordan,

Thank you for your patience while we completed the reference checks for the Production Planner position.

Following reference checks, we are unable to proceed with an offer of employment. I appreciate this will be disappointing after a long process.

Sincerely,
Alicia Boone
HR Manager, Keystone Manufacturing
""", enc="qp", company="Keystone Manufacturing", role="Production Planner", cn="Alicia Boone",
  ce="aboone@keystone-mfg.example")

m(E, "rejection/after_application/other_direction", "mia",
  "Noor Haddad <noor@cinderpath.example>",
  "Community Manager application",
  """
Hi Mia,

Thanks for sending over your application and the writing samples. We loved the piece on moderation burnout.

We've decided to take the Community Manager role in a different direction - closer to events than content - and so we won't be moving to interviews with your application. I hope that's useful context.

Noor
Cinderpath
""", company="Cinderpath", role="Community Manager", cn="Noor Haddad", ce="noor@cinderpath.example")

# ---------------------------------------------------------------------------------------------
# English: look-alikes
# ---------------------------------------------------------------------------------------------

m(E, "lookalike/received/greenhouse", "mia",
  "Quillstack Recruiting <no-reply@us.greenhouse-mail.example>",
  "Thanks for applying to Quillstack",
  """
Hi Mia,

Thanks for applying for the Platform Engineer role at Quillstack! Your application has been received and our team will review it over the next two weeks.

Unfortunately, because of the volume of applications, we aren't always able to reply to every candidate individually. If you're moving forward, a recruiter will reach out to schedule a first call.

The Quillstack Team
""", enc="alt", company="Quillstack", role="Platform Engineer")

m(E, "lookalike/interview_invite", "jordan",
  "Rachel Voss <rachel.voss@amberline.example>",
  "Interview invitation - Account Manager",
  """
Hi Jordan,

Thank you for your application for the Account Manager role at Amberline. We were impressed with your background and would like to invite you to a 45-minute video interview with me and our Head of Sales.

Could you let me know which of these slots works: Tuesday 10:00, Wednesday 14:30 or Thursday 11:00 (Eastern)?

Best,
Rachel Voss
""", company="Amberline", role="Account Manager", cn="Rachel Voss", ce="rachel.voss@amberline.example")

m(E, "lookalike/assessment_invite", "priya",
  "SkillProbe on behalf of Lumenfold <invites@skillprobe.example>",
  "Lumenfold invites you to a coding assessment",
  """
Hi Priya,

Lumenfold has invited you to complete an online assessment for the Data Engineer position.

Duration: 90 minutes
Deadline: 7 days from today

Please note that we are not able to extend the deadline, and assessments that are not submitted cannot be reviewed.

[Start assessment](https://app.skillprobe.example/a/7Qx2kd?src=email)
""", enc="html", company="Lumenfold", role="Data Engineer")

m(E, "lookalike/offer", "tom",
  "Deepa Raman <talent@pellucid.example>",
  "Your offer from Pellucid",
  """
Hi Tom,

I'm delighted to let you know that we'd like to offer you the position of Site Reliability Engineer at Pellucid!

Your formal offer letter is attached for you to review. We were sorry not to be able to match your full salary expectation, but we've included a signing bonus that we hope closes the gap.

Please let me know by Friday whether you'd like to accept.

Deepa
""", enc="alt", company="Pellucid", role="Site Reliability Engineer", cn="Deepa Raman",
  ce="talent@pellucid.example")

m(E, "lookalike/documents_needed", "priya",
  "Onboarding Team <onboarding@kaveriinfra.example>",
  "Pending documents - action required",
  """
Dear Priya,

We are unable to proceed further with your joining formalities for the Planning Engineer role until we receive the following documents:

1. Relieving letter from your previous employer
2. Last three months' salary slips
3. Copy of PAN card

Kindly upload them on the portal by 20th of this month.

Regards,
Onboarding Team, Kaveri Infraprojects
""", company="Kaveri Infraprojects", role="Planning Engineer")

m(E, "lookalike/reschedule_unfortunately", "mia",
  "Isobel Grant <isobel.grant@ridgeway-consulting.example>",
  "Change to your final-round interview",
  """
Dear Mia,

Unfortunately, one of your final-round interviewers has been taken ill, so we need to move your interviews from Thursday.

I'm so sorry for the inconvenience. Would Monday morning or Tuesday afternoon next week suit you instead?

Kind regards,
Isobel Grant
Ridgeway Consulting
""", company="Ridgeway Consulting", cn="Isobel Grant", ce="isobel.grant@ridgeway-consulting.example")

m(E, "lookalike/manager_tells_interviewer", "jordan",
  "Helena Ruiz <helena.ruiz@tidewater-logistics.example>",
  "Re: SRE loop for Marco D.",
  """
Jordan,

Thanks for your notes on Marco. FYI we've decided not to move forward with him for the SRE role - the systems design round was too thin. Recruiting will send him the decline today.

Can you take the loop for the next candidate on Friday?

Helena
""", company="Tidewater Logistics", cn="Helena Ruiz", ce="helena.ruiz@tidewater-logistics.example")

m(E, "lookalike/friend_own_rejection", "tom",
  "Sophie Lang <sophie.lang@postbox.example>",
  "well that's that",
  """
Tom,

Heard back from the Kestrel job today. They went with someone else. "We will not be progressing your application" - after FOUR interviews!!

Pub later? I need to moan at someone.

Soph x
""", cn="Sophie Lang", ce="sophie.lang@postbox.example")

m(E, "lookalike/flat_rejected", "mia",
  "Oakhurst Lettings <lettings@oakhurst-homes.example>",
  "14 Alder Street - application outcome",
  """
Hi Mia,

Thank you for your application for 14 Alder Street, Unit 3.

Unfortunately, the landlord has decided to proceed with another applicant for this property. We have other two-bedroom units available and would be happy to arrange viewings.

Oakhurst Lettings
""", company="Oakhurst Lettings")

m(E, "lookalike/loan_declined", "jordan",
  "Granite Crest Bank <notifications@granitecrest.example>",
  "Your personal loan application",
  """
Dear Jordan Blake,

Thank you for applying for a Granite Crest personal loan.

After reviewing your application, we are unable to approve it at this time. This decision was based in part on information from a consumer reporting agency.

You have the right to obtain a free copy of your credit report within 60 days.

Granite Crest Bank Lending Services
""", enc="alt", company="Granite Crest Bank")

m(E, "lookalike/school_place", "tom",
  "Admissions <admissions@westshire.gov.example>",
  "Primary school application - offer day",
  """
Dear Mr Hargreaves,

Re: Ellie Hargreaves - Reception entry September 2025

We are sorry to tell you that we are unable to offer your child a place at Hillcrest Primary School, your first preference. Your child has been offered a place at Brookside Primary School, your second preference.

You have the right to appeal against this decision.

School Admissions Team, Westshire Council
""")

m(E, "lookalike/paper_rejected", "priya",
  "Journal of Applied Signal Processing <editorial@jasp.example>",
  "Decision on manuscript JASP-2025-0412",
  """
Dear Dr. Nair,

Thank you for submitting your manuscript "Sparse Recovery for Low-Power Acoustic Sensing" to the Journal of Applied Signal Processing.

Having considered the reviewers' reports, I regret to inform you that we are unable to accept your manuscript for publication. The reviewers' comments are included below in the hope that they will be useful.

Yours sincerely,
Prof. Martin Ekwueme
Handling Editor
""", cn="Martin Ekwueme", ce="editorial@jasp.example")

m(E, "lookalike/grant_rejected", "mia",
  "Northfield Arts Council <grants@northfieldarts.example>",
  "Your Creative Development Grant application",
  """
Dear Mia,

Thank you for applying to the Creative Development Grant, Round 2.

We received 412 applications and were able to fund 38. We regret that your proposal, "Harbour Voices", was not selected for funding in this round.

We hope you'll consider applying again in Round 3.

Grants Team, Northfield Arts Council
""", enc="html", company="Northfield Arts Council")

m(E, "lookalike/visa_refused", "priya",
  "Visa Application Centre <no-reply@visacentre.example>",
  "Update on your visa application",
  """
Dear Applicant,

Reference: VAC-IND-5512094

The decision on your visitor visa application has been made. Unfortunately, your application has been refused. The refusal letter is available in your online account and will be returned with your passport.

Please do not reply to this email.
""")

m(E, "lookalike/ticket_ballot", "jordan",
  "Harbourfront Arena Tickets <tickets@harbourfront-arena.example>",
  "Your ballot result",
  """
Hi Jordan,

Thanks for entering the ticket ballot for The Lanterns - Live at Harbourfront.

Unfortunately your ballot entry was unsuccessful this time. Demand was extremely high. You're automatically on the waitlist in case tickets are returned.

Harbourfront Arena
[Unsubscribe](https://harbourfront-arena.example/unsub?id=55a)
""", enc="alt")

m(E, "lookalike/newsletter_job_hunting", "mia",
  "The Hiring Desk <newsletter@hiringdesk.example>",
  "This week: how to read a rejection email",
  """
THE HIRING DESK - weekly

1. "We've decided to move forward with other candidates": what it really means
Most rejection emails are templates. If you got one after an interview, it's worth replying to ask for feedback - about a third of recruiters will answer.

2. Five phrases that mean you're still in the running
"We'll be in touch next week" is better news than you think.

3. Reader question: should I reapply to a company that turned me down?

[Read online](https://hiringdesk.example/issues/118)
[Unsubscribe](https://hiringdesk.example/unsubscribe?u=mia)
""", enc="alt", headers={"List-Unsubscribe": "<https://hiringdesk.example/unsubscribe?u=mia>"})

m(E, "lookalike/withdrawal_confirmed", "tom",
  "Fenwick Rail <noreply@smartrecruiters.example>",
  "Your application has been withdrawn",
  """
Hi Tom,

We've received your request to withdraw your application for Project Engineer, Electrification. Your application is no longer being considered.

Thank you for letting us know, and we're sorry it didn't work out this time. You can apply to other roles at any time.

Fenwick Rail Talent Team
""", company="Fenwick Rail", role="Project Engineer, Electrification")

m(E, "lookalike/job_alert", "jordan",
  "Indeed <alert@indeedemail.example>",
  "12 new Dispatch Coordinator jobs near Norfolk, VA",
  """
Jordan, here are today's new jobs for "dispatch coordinator".

Dispatch Coordinator - Bayline Freight - Norfolk, VA - Easily apply
Logistics Coordinator - Tidewater Logistics - Chesapeake, VA
Transportation Planner - Coastal Haul - Virginia Beach, VA

Not interested in these? Your application to a past job may not have been selected, but new ones arrive every day.

[See all jobs](https://www.indeed.example/jobs?q=dispatch+coordinator&from=ja)
[Unsubscribe](https://www.indeed.example/unsubscribe?tk=7ap)
""", enc="html")

m(E, "lookalike/recruiter_outreach", "priya",
  "Leena Shah <leena.shah@talentbridge.example>",
  "Opportunity: Lead QA Engineer, fintech",
  """
Hi Priya,

I came across your profile and think you could be a great fit for a Lead QA Engineer role with a fintech client of mine in Mumbai.

I know you may not be looking, and it's absolutely fine if the timing isn't right. Would you be open to a 15-minute call this week?

Best,
Leena Shah
TalentBridge Search
""", cn="Leena Shah", ce="leena.shah@talentbridge.example")

m(E, "lookalike/interview_confirm_no_reimbursement", "mia",
  "Orchard Valley Health Careers <careers@orchardvalley.icims.example>",
  "Interview confirmed: Clinical Informatics Lead",
  """
Dear Mia,

Your onsite interview for the Clinical Informatics Lead position is confirmed for Monday at 9:30 at our Riverside campus.

Unfortunately, we are not able to reimburse travel or parking costs for interviews. Please bring a photo ID to reception.

We look forward to meeting you.

Orchard Valley Health Talent Acquisition
""", enc="alt", company="Orchard Valley Health", role="Clinical Informatics Lead")

m(E, "lookalike/status_in_review", "jordan",
  "Meridian Pharma <meridianpharma@myworkday.example>",
  "Application status update",
  """
Dear Jordan Blake,

Your application status for Quality Control Chemist (JR-0098530) has been updated to: In Review.

We're not able to provide individual timelines, but you'll be notified when there is a further change.

Meridian Pharma Global Talent Acquisition
""", enc="html", company="Meridian Pharma", role="Quality Control Chemist")

m(E, "lookalike/cfp_rejected", "tom",
  "DevFest North Programme Committee <cfp@devfestnorth.example>",
  "DevFest North: your talk proposal",
  """
Hi Tom,

Thank you for submitting "Chaos Engineering for People Who Hate Pagers" to DevFest North.

We had 380 proposals for 40 slots, and we're sorry to say your talk wasn't selected for this year's programme. We'd love to see you there as an attendee - here's a 20% discount code: CFP20.

The DevFest North Programme Committee
""")

m(E, "lookalike/mba_admission", "priya",
  "Admissions Office <admissions@ashcombe-business.example>",
  "Your application to the Ashcombe MBA",
  """
Dear Priya,

Thank you for your application to the Ashcombe Full-Time MBA programme, Round 2.

After careful review, the Admissions Committee is unable to offer you admission to the Class of 2027. We recognise the effort that goes into an application and thank you for considering Ashcombe.

Sincerely,
Office of MBA Admissions
""", enc="alt")

m(E, "lookalike/credit_card_declined", "mia",
  "Halcyon Card Services <no-reply@halcyoncard.example>",
  "About your Halcyon Rewards card application",
  """
Dear Mia Chen,

We regret that we cannot approve your application for the Halcyon Rewards Visa card at this time. The main reason is the length of your credit history.

A letter with full details will follow by post.
""")

m(E, "lookalike/next_round_invite", "jordan",
  "Kit Alvarez <kit@pixelhearth.example>",
  "Pixel Hearth - next steps!",
  """
hey Jordan,

good news: we couldn't take everyone forward from the first round, but you made it! the team would love to do a pairing session with you next week.

does Wednesday afternoon work?

kit
""", company="Pixel Hearth", cn="Kit Alvarez", ce="kit@pixelhearth.example")

m(E, "lookalike/role_on_hold_still_active", "tom",
  "Harriet Odum <harriet.odum@riverlight-trust.example>",
  "Digital Fundraising Officer - short pause",
  """
Dear Tom,

I wanted to let you know that, unfortunately, we need to pause recruitment for the Digital Fundraising Officer role for a few weeks while our new CEO settles in.

Your application remains active and you are still on our interview shortlist. I will be back in touch by mid-January with new dates.

Yours,
Harriet Odum
""", enc="qp", company="Riverlight Trust", role="Digital Fundraising Officer", cn="Harriet Odum",
  ce="harriet.odum@riverlight-trust.example")

m(E, "lookalike/referral_not_selected", "priya",
  "Referrals at Quorum <referrals@quorum-analytics.example>",
  "Update on your referral: Arjun Das",
  """
Hi Priya,

Thanks for referring Arjun Das for the Analytics Engineer role. We wanted to close the loop: after his interviews, the team decided not to make him an offer.

Thank you for helping us find great people - please keep the referrals coming!

Quorum Talent Team
""", company="Quorum Analytics")

m(E, "lookalike/workshop_full", "mia",
  "CodeBridge Meetups <hello@codebridge.example>",
  "Waitlist: Resume Clinic for Career Changers",
  """
Hi Mia,

Sorry - the Resume Clinic for Career Changers on Saturday is fully booked and we can't confirm a seat for you. You are number 6 on the waitlist and we'll email you if a spot opens up.

CodeBridge
""")

# ---------------------------------------------------------------------------------------------
# French: rejections (France, Belgique, Québec; vous et tu)
# ---------------------------------------------------------------------------------------------
F = "fr"

m(F, "rejection/after_interview/wttj", "camille",
  "Ondine Labs via Welcome to the Jungle <notifications@welcometothejungle.example>",
  "Votre candidature chez Ondine Labs",
  """
Bonjour Camille,

Merci pour les échanges que nous avons eus ces dernières semaines autour du poste de Product Owner.

Après réflexion, nous avons retenu un profil plus en adéquation avec les besoins actuels de l'équipe, notamment sur la partie paiement.

Nous vous souhaitons le meilleur pour la suite de vos recherches.

Clémence Aubry
Talent Acquisition, Ondine Labs

[Voir les offres d'Ondine Labs](https://www.welcometothejungle.example/fr/companies/ondine-labs/jobs)
[Se désinscrire](https://www.welcometothejungle.example/unsubscribe?t=a81f)
""", enc="alt", company="Ondine Labs", role="Product Owner", cn="Clémence Aubry",
  url="https://www.welcometothejungle.example/fr/companies/ondine-labs/jobs")

m(F, "rejection/after_application/corporate_fr", "lea",
  "Recrutement Groupe Valmorel <recrutement@valmorel.example>",
  "Votre candidature - Contrôleur de gestion H/F",
  """
Madame,

Nous avons bien reçu votre candidature au poste de Contrôleur de gestion H/F au sein de notre direction financière à Clermont-Ferrand, et nous vous en remercions.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature.

Nous conservons néanmoins vos coordonnées afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Recrutement
Groupe Valmorel
""", enc="latin1qp", company="Groupe Valmorel", role="Contrôleur de gestion")

m(F, "rejection/after_application/belgique", "julien",
  "Service du Personnel <personnel@mutualite-hainaut.example>",
  "Candidature - Gestionnaire de dossiers (réf. MH-2025-017)",
  """
Monsieur Dubois,

Nous accusons réception de votre candidature pour la fonction de gestionnaire de dossiers (réf. MH-2025-017) et vous remercions de l'intérêt porté à notre institution.

Nous sommes au regret de vous faire savoir que votre candidature n'a pas été retenue pour la suite de la procédure de sélection.

Nous vous prions de croire, Monsieur, en l'assurance de notre considération distinguée.

Pour la Mutualité du Hainaut,
Nathalie Degrelle
Responsable du Service du Personnel
""", enc="latin1", company="Mutualité du Hainaut", role="gestionnaire de dossiers",
  cn="Nathalie Degrelle", ce="personnel@mutualite-hainaut.example")

m(F, "rejection/after_interview/quebec_tu", "maxime",
  "Geneviève Paquette <genevieve@boreal-pixel.example>",
  "Suite à notre entrevue",
  """
Salut Maxime!

Merci encore d'avoir pris le temps de jaser avec nous mardi, l'équipe a vraiment apprécié ta démo.

On a finalement décidé d'aller de l'avant avec une autre personne pour le poste de développeur front-end, quelqu'un qui avait déjà travaillé avec notre stack. C'était serré, sincèrement.

Je te souhaite bonne chance dans tes recherches, et n'hésite pas à repostuler plus tard!

Geneviève
Boréal Pixel
""", company="Boréal Pixel", role="développeur front-end", cn="Geneviève Paquette",
  ce="genevieve@boreal-pixel.example")

m(F, "rejection/after_exam/quebec_municipal", "maxime",
  "Ville de Saint-Aubert - Ressources humaines <dotation@saint-aubert.example>",
  "Concours 2025-044 - Technicien ou technicienne en génie civil",
  """
Bonjour Monsieur Tremblay,

Nous vous remercions de votre participation à l'examen écrit du concours 2025-044, Technicien ou technicienne en génie civil.

Nous vous informons que vous n'avez pas été retenu pour la prochaine étape du processus de dotation. Le résultat obtenu est inférieur au seuil de passage établi.

Nous vous invitons à consulter régulièrement nos offres d'emploi : https://www.saint-aubert.example/emplois

Service des ressources humaines
Ville de Saint-Aubert
""", enc="qp", company="Ville de Saint-Aubert", role="Technicien ou technicienne en génie civil",
  url="https://www.saint-aubert.example/emplois")

m(F, "rejection/after_assessment/psychotechnique", "camille",
  "Équipe Talents Arvenne <talents@arvenne-assurances.example>",
  "Résultats de vos tests - Conseiller clientèle",
  """
Bonjour Camille,

Merci d'avoir réalisé les tests en ligne pour le poste de Conseiller clientèle à Nantes.

Les résultats de l'évaluation ne nous permettent malheureusement pas de poursuivre le processus avec vous. Cette décision ne remet pas en cause vos qualités, les tests portant sur des compétences très spécifiques au poste.

Bien cordialement,
L'équipe Talents
Arvenne Assurances
""", enc="alt", company="Arvenne Assurances", role="Conseiller clientèle")

m(F, "rejection/after_trial/boulangerie_tu", "lea",
  "Boulangerie Maison Perrin <maisonperrin@orange-mail.example>",
  "ta journée d'essai",
  """
Coucou Léa,

Merci pour ta journée d'essai samedi, tu as été super avec les clients.

Par contre on ne va pas pouvoir te garder pour le poste de vendeuse : on cherche quelqu'un qui peut ouvrir à 6h toute la semaine et je sais que ce n'est pas possible pour toi. Désolée !

Passe nous voir quand tu veux.

Sandrine Perrin
""", company="Maison Perrin", role="vendeuse", cn="Sandrine Perrin",
  ce="maisonperrin@orange-mail.example")

m(F, "rejection/after_interview/long_news", "camille",
  "Hugo Lemaire <hugo.lemaire@kelvane.example>",
  "Des nouvelles de Kelvane",
  """
Bonjour Camille,

Quelques nouvelles de notre côté pour commencer : nous venons d'ouvrir notre bureau lyonnais et l'équipe data a doublé depuis septembre. C'est une période chargée mais passionnante.

Je tenais aussi à vous remercier pour l'entretien avec Aurélie et moi. Votre analyse du cas sur la prévision de la demande a suscité pas mal de discussions.

Concernant votre candidature au poste de Data Scientist confirmé, nous avons pris la décision de ne pas la poursuivre. Nous cherchons quelqu'un avec davantage d'expérience en mise en production de modèles, et c'est ce qui a fait la différence.

Je reste disponible si vous souhaitez un retour plus détaillé.

Bien à vous,
Hugo Lemaire
Head of Data, Kelvane
""", enc="altqp", company="Kelvane", role="Data Scientist confirmé", cn="Hugo Lemaire",
  ce="hugo.lemaire@kelvane.example")

m(F, "rejection/after_application/chu", "lea",
  "Direction des Ressources Humaines - CHU de Valbonne <drh.recrutement@chu-valbonne.example>",
  "Votre candidature - Infirmier(e) diplômé(e) d'État - Réanimation",
  """
Madame Fontaine,

Vous avez adressé votre candidature pour un poste d'infirmière diplômée d'État en service de réanimation et nous vous en remercions.

Après examen par l'encadrement du pôle, votre candidature n'a pas été sélectionnée pour ce poste. Nous vous invitons toutefois à consulter nos autres offres sur https://recrutement.chu-valbonne.example.

Veuillez agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines
""", enc="latin1qp", company="CHU de Valbonne", role="infirmière diplômée d'État",
  url="https://recrutement.chu-valbonne.example")

m(F, "rejection/after_application/universite", "julien",
  "Prof. Anne Michotte <anne.michotte@ulouvrange.example>",
  "Poste de chargé de cours en sociologie - décision du comité",
  """
Cher Monsieur Dubois,

Au nom du comité de sélection pour le poste de chargé de cours en sociologie urbaine, je vous remercie pour votre dossier, dont nous avons apprécié la qualité.

Le comité s'est réuni le 12 mars et n'a pas retenu votre dossier pour la phase d'audition. La concurrence était particulièrement forte cette année.

Je vous prie d'agréer, cher Monsieur, l'expression de mes sentiments les meilleurs.

Anne Michotte
Présidente du comité de sélection
Faculté des sciences sociales, Université de Louvrange
""", company="Université de Louvrange", role="chargé de cours en sociologie urbaine",
  cn="Anne Michotte", ce="anne.michotte@ulouvrange.example")

m(F, "rejection/after_interview/cabinet", "camille",
  "Bastien Roche <b.roche@cabinet-altura.example>",
  "Poste de Responsable Achats - retour client",
  """
Bonjour Camille,

Je reviens vers vous concernant le poste de Responsable Achats chez Ferrand Industrie.

Notre client a finalement fait le choix d'un autre candidat, dont l'expérience dans la métallurgie a pesé dans la décision. Je sais que vous y teniez et j'en suis sincèrement désolé.

Je garde votre profil en tête pour les prochaines missions, j'ai justement un poste similaire qui devrait s'ouvrir à Grenoble.

Cordialement,
Bastien Roche
Consultant senior, Cabinet Altura
""", company="Ferrand Industrie", role="Responsable Achats", cn="Bastien Roche",
  ce="b.roche@cabinet-altura.example")

m(F, "rejection/position_filled/fr", "lea",
  "Papeteries du Morvan <emploi@papeteries-morvan.example>",
  "Offre Technicien de maintenance",
  """
Bonjour,

Nous vous remercions pour votre candidature au poste de Technicien de maintenance.

Nous vous informons que le poste a été pourvu. Nous ne manquerons pas de revenir vers vous si un besoin similaire apparaissait.

Cordialement,
Service RH - Papeteries du Morvan
""", enc="latin1", company="Papeteries du Morvan", role="Technicien de maintenance")

m(F, "rejection/after_interview/startup_tu_short", "camille",
  "Yanis <yanis@kokoro-app.example>",
  "Re: Growth chez Kokoro",
  """
Hello Camille, merci pour ton temps hier. On ne va pas continuer ensemble sur ce process, désolé ! Bonne suite à toi.

Yanis
""", company="Kokoro", role="Growth", cn="Yanis", ce="yanis@kokoro-app.example")

m(F, "rejection/after_application/linkedin_fr", "julien",
  "LinkedIn <jobs-noreply@linkedin.example>",
  "Votre candidature au poste de Comptable chez Brasserie Vanderlinden",
  """
Julien, merci de votre intérêt pour le poste de Comptable.

Brasserie Vanderlinden a examiné votre candidature et ne souhaite pas y donner suite pour le moment.

Ne vous découragez pas : d'autres offres correspondent à votre profil.

[Voir des offres similaires](https://www.linkedin.example/jobs/similar/8812?trk=eml-fr-refus)
[Se désabonner](https://www.linkedin.example/e/unsub?m=jobs&trk=fr22)
""", enc="html", company="Brasserie Vanderlinden", role="Comptable")

m(F, "rejection/after_application/indeed_fr", "lea",
  "Indeed <alerte@indeedemail.example>",
  "Mise à jour de votre candidature chez Optique Lumière",
  """
Léa,

Du nouveau concernant votre candidature au poste d'Opticienne conseil chez Optique Lumière (Bordeaux).

L'employeur a décidé de ne pas poursuivre avec votre candidature.

Continuez vos recherches : de nouvelles offres sont publiées chaque jour.

[Trouver des offres similaires](https://fr.indeed.example/emplois?q=opticien&from=statut)
""", enc="alt", company="Optique Lumière", role="Opticienne conseil")

m(F, "rejection/after_application/workday_fr", "camille",
  "Solvène <solvene@myworkdayjobs.example>",
  "Mise à jour du statut de votre candidature",
  """
Bonjour Camille Roux,

Le statut de votre candidature au poste Ingénieur procédés (R-55120) a été mis à jour : Non retenue.

Aucune action n'est requise de votre part. Merci de l'intérêt que vous portez à Solvène.

L'équipe Acquisition de Talents Solvène
""", enc="htmlqp", company="Solvène", role="Ingénieur procédés")

m(F, "rejection/after_application/smartrecruiters_fr", "julien",
  "Lumina Retail Belgium <noreply@smartrecruiters.example>",
  "Votre candidature - Store Manager Liège",
  """
Bonjour Julien,

Merci pour votre candidature au poste de Store Manager pour notre magasin de Liège.

Après analyse de votre profil, nous ne sommes pas en mesure de vous proposer un entretien pour ce poste.

Nous vous souhaitons plein succès dans vos démarches.

L'équipe Recrutement Lumina Retail
""", enc="alt", company="Lumina Retail", role="Store Manager")

m(F, "rejection/after_exam/selection_publique_be", "julien",
  "Bureau de sélection fédéral <noreply@selection-federale.example>",
  "Résultat de la sélection AFG25117 - Attaché juriste",
  """
Monsieur,

Concerne : sélection comparative AFG25117 - Attaché juriste (m/f/x)

Vous avez participé à l'épreuve informatisée de la sélection mentionnée ci-dessus. Vous avez obtenu un résultat de 11/20.

Vous ne figurez pas parmi les lauréats de cette sélection, le seuil de réussite étant fixé à 12/20.

Vous pouvez consulter le détail de vos résultats dans votre compte candidat.

Bureau de sélection fédéral
""", enc="qp", company="Bureau de sélection fédéral", role="Attaché juriste")

m(F, "rejection/after_application/retail_fr", "lea",
  "Recrutement Maison Delorme <recrutement@maison-delorme.example>",
  "Votre candidature",
  """
Bonjour Léa,

Nous avons bien étudié votre candidature pour le poste de Conseillère de vente au sein de notre boutique de Rennes.

Malheureusement, elle ne correspond pas à nos attentes pour ce poste. Nous vous remercions de l'intérêt porté à Maison Delorme.

À bientôt peut-être en boutique !
L'équipe Maison Delorme
""", enc="html", company="Maison Delorme", role="Conseillère de vente")

m(F, "rejection/after_application/alternance", "camille",
  "Marion Tessier <marion.tessier@agence-ruban.example>",
  "Alternance chargée de communication",
  """
Bonjour Camille,

Merci beaucoup pour votre candidature spontanée pour une alternance en communication à partir de septembre.

Nous avons déjà constitué notre équipe d'alternants pour cette rentrée et ne pourrons donc pas vous accueillir cette année. Nous vous souhaitons de trouver rapidement une entreprise d'accueil.

Belle journée,
Marion Tessier
Agence Ruban
""", company="Agence Ruban", role="alternance en communication", cn="Marion Tessier",
  ce="marion.tessier@agence-ruban.example")

m(F, "rejection/after_final_round/serre", "lea",
  "Bérénice Hallé <berenice.halle@atelier-norois.example>",
  "Poste de Directrice artistique",
  """
Chère Léa,

Je voulais vous écrire moi-même plutôt que de vous laisser attendre un courriel automatique.

Le choix a été très serré entre vous et une autre candidate. Nous avons finalement proposé le poste de Directrice artistique à cette personne, qui l'a accepté ce matin.

Votre présentation sur la refonte de l'identité visuelle nous a beaucoup marqués et j'espère sincèrement que nos chemins se recroiseront.

Avec toute ma sympathie,
Bérénice Hallé
Fondatrice, Atelier Norois
""", enc="altqp", company="Atelier Norois", role="Directrice artistique", cn="Bérénice Hallé",
  ce="berenice.halle@atelier-norois.example")

m(F, "rejection/after_application/quebec_entrevue", "maxime",
  "Équipe RH Coopérative Laurentide <rh@coop-laurentide.example>",
  "Ta candidature - Commis d'entrepôt",
  """
Bonjour Maxime,

Merci d'avoir postulé chez Coopérative Laurentide pour l'emploi de commis d'entrepôt de soir.

Malheureusement, ta candidature ne sera pas retenue pour l'entrevue cette fois-ci. On a reçu beaucoup de candidatures avec de l'expérience en conduite de chariot élévateur.

Bonne chance pour la suite!
L'équipe RH
""", company="Coopérative Laurentide", role="commis d'entrepôt")

m(F, "rejection/requisition_closed/gel", "julien",
  "Thomas Verbeke <thomas.verbeke@dataflandre.example>",
  "Recrutement Analyste BI - clôture",
  """
Bonjour Julien,

Je vous écris pour vous informer qu'à la suite d'une réorganisation interne, le recrutement pour le poste d'Analyste BI est suspendu jusqu'à nouvel ordre.

Nous clôturons par conséquent l'ensemble des candidatures en cours, dont la vôtre. Je suis désolé de cette issue après nos deux entretiens.

Bien cordialement,
Thomas Verbeke
Talent Partner, DataFlandre
""", enc="latin1qp", company="DataFlandre", role="Analyste BI", cn="Thomas Verbeke",
  ce="thomas.verbeke@dataflandre.example")

m(F, "rejection/after_interview/latin1_formel", "camille",
  "Cabinet Desforges & Associés <contact@desforges-avocats.example>",
  "Votre entretien du 4 avril",
  """
Madame Roux,

Nous faisons suite à l'entretien que vous avez eu avec Maître Desforges le 4 avril dernier pour le poste d'assistante juridique.

Je suis chargée de vous faire savoir que le cabinet ne donnera pas suite à votre candidature.

Veuillez agréer, Madame, l'expression de nos sentiments distingués.

Hélène Vasseur
Office manager
""", enc="latin1", company="Cabinet Desforges & Associés", role="assistante juridique",
  cn="Hélène Vasseur", ce="contact@desforges-avocats.example")

m(F, "rejection/after_application/pas_tout_a_fait", "maxime",
  "Annie-Claude Fortin <acfortin@groupe-mirabel.example>",
  "Poste d'analyste en cybersécurité",
  """
Bonjour Monsieur Tremblay,

Nous vous remercions d'avoir soumis votre candidature au poste d'analyste en cybersécurité.

Votre profil, bien qu'intéressant, ne correspond pas tout à fait à ce que nous recherchons pour ce mandat, qui exige une certification CISSP. Nous conservons votre curriculum vitae dans notre banque pour une période de six mois.

Veuillez agréer nos salutations distinguées,
Annie-Claude Fortin
Conseillère en acquisition de talents, Groupe Mirabel
""", enc="alt", company="Groupe Mirabel", role="analyste en cybersécurité",
  cn="Annie-Claude Fortin", ce="acfortin@groupe-mirabel.example")

m(F, "rejection/after_interview/regret_proposer", "lea",
  "Ressources Humaines Transalpes <rh@transalpes.example>",
  "Poste de Responsable d'exploitation - Annecy",
  """
Madame,

Nous vous remercions du temps que vous nous avez consacré lors de vos entretiens pour le poste de Responsable d'exploitation à Annecy.

Nous avons le regret de ne pouvoir vous proposer ce poste. Notre choix s'est porté sur une candidature disposant d'une expérience plus longue du transport frigorifique.

Nos offres sont disponibles sur https://www.transalpes.example/carrieres

Cordialement,
Audrey Ganz
Chargée de recrutement, Transalpes
""", company="Transalpes", role="Responsable d'exploitation", cn="Audrey Ganz",
  ce="rh@transalpes.example", url="https://www.transalpes.example/carrieres")

m(F, "rejection/after_application/privilegier", "julien",
  "Sophie Lambotte <sophie.lambotte@energies-meuse.example>",
  "Candidature Ingénieur projet éolien",
  """
Bonjour Monsieur Dubois,

Merci pour l'intérêt que vous portez à Énergies de la Meuse et pour votre candidature au poste d'Ingénieur projet éolien.

Pour ce recrutement, nous avons choisi de privilégier des candidatures ayant une expérience confirmée en raccordement au réseau. Votre parcours ne sera donc pas retenu pour les entretiens.

Je vous souhaite une belle continuation.

Sophie Lambotte
HR Business Partner
""", enc="qp", company="Énergies de la Meuse", role="Ingénieur projet éolien",
  cn="Sophie Lambotte", ce="sophie.lambotte@energies-meuse.example")

# ---------------------------------------------------------------------------------------------
# French: look-alikes
# ---------------------------------------------------------------------------------------------

m(F, "lookalike/received", "camille",
  "Recrutement Groupe Valmorel <recrutement@valmorel.example>",
  "Accusé de réception de votre candidature",
  """
Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée de mission RSE et vous en remercions.

Elle sera étudiée avec attention. Faute de réponse de notre part sous quatre semaines, vous pourrez considérer que nous ne sommes pas en mesure d'y répondre favorablement.

Le Service Recrutement
Groupe Valmorel
""", enc="latin1qp", company="Groupe Valmorel", role="Chargée de mission RSE")

m(F, "lookalike/interview_invite", "julien",
  "Thomas Verbeke <thomas.verbeke@dataflandre.example>",
  "Invitation à un entretien - Data Engineer",
  """
Bonjour Julien,

Votre candidature pour le poste de Data Engineer a retenu toute notre attention et nous souhaiterions vous rencontrer.

Seriez-vous disponible jeudi 14h ou vendredi 10h dans nos bureaux de Gand ?

Bien cordialement,
Thomas Verbeke
DataFlandre
""", company="DataFlandre", role="Data Engineer", cn="Thomas Verbeke",
  ce="thomas.verbeke@dataflandre.example")

m(F, "lookalike/assessment", "lea",
  "Équipe Talents Arvenne <talents@arvenne-assurances.example>",
  "Étape suivante : tests en ligne",
  """
Bonjour Léa,

Suite à l'examen de votre candidature au poste de Gestionnaire sinistres, nous vous invitons à passer nos tests en ligne (raisonnement et personnalité, environ 40 minutes).

Attention : le lien expire dans 5 jours et ne pourra malheureusement pas être réactivé.

[Commencer les tests](https://tests.evalpro.example/s/K8d2?lang=fr)

L'équipe Talents
""", enc="alt", company="Arvenne Assurances", role="Gestionnaire sinistres")

m(F, "lookalike/offer", "maxime",
  "Geneviève Paquette <genevieve@boreal-pixel.example>",
  "Offre d'emploi - Boréal Pixel",
  """
Salut Maxime!

Bonne nouvelle : on aimerait t'offrir le poste de développeur back-end chez Boréal Pixel!

Tu trouveras la lettre d'offre en pièce jointe. On n'a pas pu aller tout à fait jusqu'au salaire demandé, mais on a ajouté une semaine de vacances.

Dis-moi d'ici vendredi si ça te convient.

Geneviève
""", company="Boréal Pixel", role="développeur back-end", cn="Geneviève Paquette",
  ce="genevieve@boreal-pixel.example")

m(F, "lookalike/documents_needed", "camille",
  "Service RH Solvène <rh-admin@solvene.example>",
  "Pièces manquantes à votre dossier",
  """
Bonjour Madame Roux,

Afin de finaliser votre embauche au poste d'Ingénieure qualité, il nous manque encore les pièces suivantes :
- copie de votre diplôme ;
- attestation de sécurité sociale ;
- RIB.

Sans ces documents, nous ne pourrons pas établir votre contrat de travail. Merci de nous les transmettre avant le 15.

Service RH Solvène
""", enc="latin1", company="Solvène", role="Ingénieure qualité")

m(F, "lookalike/reschedule_malheureusement", "lea",
  "Hugo Lemaire <hugo.lemaire@kelvane.example>",
  "Report de notre entretien",
  """
Bonjour Léa,

Malheureusement, je dois décaler notre entretien de mercredi : un imprévu familial m'oblige à m'absenter.

Pourriez-vous me proposer deux créneaux la semaine prochaine ? Toutes mes excuses pour ce contretemps.

Hugo Lemaire
Kelvane
""", company="Kelvane", cn="Hugo Lemaire", ce="hugo.lemaire@kelvane.example")

m(F, "lookalike/manager_tells_interviewer", "camille",
  "Aurélie Marchand <aurelie.marchand@kelvane.example>",
  "Candidat Bastien L.",
  """
Camille,

Merci pour ton compte rendu. On n'a pas retenu Bastien pour le poste de data analyst, ses réponses sur SQL étaient trop justes. Le RH lui envoie le refus cet après-midi.

Tu peux faire passer l'entretien de la candidate suivante lundi ?

Aurélie
""", company="Kelvane", cn="Aurélie Marchand", ce="aurelie.marchand@kelvane.example")

m(F, "lookalike/friend_own_rejection", "julien",
  "Manu <manu.peeters@boite.example>",
  "bof",
  """
Salut Ju,

J'ai eu la réponse de la STIB : pas pris. "Nous ne pouvons réserver une suite favorable à votre candidature", le grand classique.

On se fait une frite ce soir pour me remonter le moral ?

Manu
""", cn="Manu", ce="manu.peeters@boite.example")

m(F, "lookalike/flat_rejected", "lea",
  "Agence Immo Bastide <location@immo-bastide.example>",
  "Dossier de location - 8 rue des Tanneurs",
  """
Bonjour Madame Fontaine,

Nous vous remercions pour votre dossier de location concernant le T2 situé 8 rue des Tanneurs.

Malheureusement, le propriétaire a retenu un autre dossier. Nous restons à votre disposition pour d'autres visites.

Agence Immo Bastide
""", enc="latin1qp")

m(F, "lookalike/loan_declined", "julien",
  "Banque Ardennaise <conseil@banque-ardennaise.example>",
  "Votre demande de crédit hypothécaire",
  """
Monsieur Dubois,

Nous avons analysé votre demande de crédit hypothécaire n° 2025/88341.

Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, le taux d'endettement dépassant nos critères d'octroi.

Votre conseiller reste à votre disposition.

Banque Ardennaise
""", enc="html")

m(F, "lookalike/school_master", "camille",
  "Admissions Master <admissions@univ-garonne.example>",
  "Candidature au Master Économie de l'environnement",
  """
Madame Roux,

Nous vous informons que votre candidature au Master 1 Économie de l'environnement n'a pas été retenue par la commission pédagogique pour la rentrée 2025.

Vous pouvez formuler un recours dans un délai de deux mois.

Service des admissions, Université de Garonne
""", enc="qp")

m(F, "lookalike/paper_rejected", "maxime",
  "Revue québécoise de géographie <redaction@rqg.example>",
  "Décision concernant votre manuscrit RQG-2025-031",
  """
Monsieur Tremblay,

À la suite de l'évaluation par les pairs, le comité de rédaction a décidé de ne pas retenir votre article « Mobilités hivernales en région » pour publication.

Vous trouverez ci-dessous les commentaires des évaluateurs.

Claire Bouchard
Rédactrice en chef
""", cn="Claire Bouchard", ce="redaction@rqg.example")

m(F, "lookalike/grant_rejected", "lea",
  "Fondation Lumen <appels@fondation-lumen.example>",
  "Appel à projets 2025 - résultat",
  """
Madame,

Nous vous remercions d'avoir répondu à l'appel à projets « Culture et territoires ».

Le jury s'est réuni le 3 juin. Nous avons le regret de vous annoncer que votre projet n'a pas été retenu pour un financement cette année.

Fondation Lumen
""", enc="alt")

m(F, "lookalike/visa_refused", "julien",
  "Consulat - Section visas <visas@consulat.example>",
  "Décision relative à votre demande de visa",
  """
Madame, Monsieur,

Une décision a été prise concernant votre demande de visa de court séjour (dossier 55-8821). Votre demande a été refusée. La notification motivée est disponible dans votre espace en ligne.

Ceci est un message automatique.
""")

m(F, "lookalike/ticket_draw", "maxime",
  "Festival d'été Boréal <billets@festival-boreal.example>",
  "Résultat du tirage au sort",
  """
Bonjour Maxime,

Merci d'avoir participé au tirage au sort pour les laissez-passer du Festival d'été Boréal.

Malheureusement, ta demande n'a pas été retenue cette année. Des billets à l'unité seront mis en vente le 1er juin.

L'équipe du Festival
[Se désabonner](https://festival-boreal.example/desabo?id=19)
""", enc="html")

m(F, "lookalike/newsletter", "camille",
  "La Lettre de l'Emploi <newsletter@lettre-emploi.example>",
  "Comment rebondir après un refus ?",
  """
LA LETTRE DE L'EMPLOI - n° 212

Au sommaire cette semaine :

1. « Nous avons retenu un profil plus en adéquation » : décryptage des formules de refus
Ces messages sont souvent des modèles. Demander un retour après un entretien reste une bonne idée.

2. Relancer un recruteur sans être lourd : nos trois modèles d'e-mail

3. Témoignage : « J'ai essuyé quinze refus avant de décrocher mon CDI »

[Lire en ligne](https://lettre-emploi.example/212)
[Se désinscrire](https://lettre-emploi.example/desinscription?u=camille)
""", enc="alt", headers={"List-Unsubscribe": "<https://lettre-emploi.example/desinscription?u=camille>"})

m(F, "lookalike/withdrawal_confirmed", "lea",
  "Maison Delorme <noreply@smartrecruiters.example>",
  "Retrait de votre candidature",
  """
Bonjour Léa,

Nous confirmons le retrait de votre candidature au poste de Responsable de boutique, à votre demande. Elle ne sera donc plus étudiée.

Nous regrettons que cette opportunité n'ait pas abouti et vous remercions de nous avoir prévenus.

L'équipe Maison Delorme
""", company="Maison Delorme", role="Responsable de boutique")

m(F, "lookalike/en_cours", "julien",
  "Lumina Retail Belgium <noreply@smartrecruiters.example>",
  "Où en est votre candidature ?",
  """
Bonjour Julien,

Votre candidature au poste d'Assistant Store Manager est toujours en cours d'examen. Nous ne sommes malheureusement pas encore en mesure de vous donner une réponse définitive, le processus ayant pris du retard.

Nous revenons vers vous d'ici deux semaines.

L'équipe Recrutement Lumina Retail
""", enc="alt", company="Lumina Retail", role="Assistant Store Manager")


# ---------------------------------------------------------------------------------------------
# Build and verify
# ---------------------------------------------------------------------------------------------
FIELDS = ("is_rejection", "company", "role", "contact_name", "contact_email", "careers_url", "lang")


def label_for(i: int, s: dict) -> dict:
    return {"file": f"{i:04d}.eml", "is_rejection": s["kind"].startswith("rejection/"),
            "company": s["company"], "role": s["role"], "contact_name": s["contact_name"],
            "contact_email": s["contact_email"], "careers_url": s["careers_url"],
            "lang": s["lang"], "kind": s["kind"]}


def text_of(msg) -> str:
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def verify(labels: list[dict]) -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == [lab["file"] for lab in labels], "files and labels differ"
    for lab in labels:
        raw = (OUT / lab["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h], (lab["file"], h)
        assert msg["To"].addresses[0].addr_spec.endswith(".example"), lab["file"]
        body = text_of(msg)
        assert body.strip(), lab["file"]
        if lab["careers_url"]:
            assert lab["careers_url"] in body, (lab["file"], "careers_url not in body")
        if lab["contact_email"]:
            assert lab["contact_email"] in raw.decode("ascii", "replace"), (lab["file"], "contact")
        if lab["contact_name"]:
            assert lab["contact_name"].split()[-1] in body + str(msg["From"]), \
                (lab["file"], "contact name")
        if lab["company"] and lab["is_rejection"]:
            hay = (body + " " + str(msg["From"]) + " " + str(msg["Subject"])).casefold()
            assert lab["company"].casefold() in hay, (lab["file"], "company")
        if lab["role"] and lab["is_rejection"]:
            assert lab["role"].casefold() in (body + str(msg["Subject"])).casefold(), \
                (lab["file"], "role")
    # wording variety: no two rejection bodies share a 9-word run
    def grams(t):
        w = re.findall(r"\w+", t.casefold())
        return {" ".join(w[k:k + 9]) for k in range(len(w) - 8)}
    seen: dict[str, str] = {}
    for lab in labels:
        if not lab["is_rejection"]:
            continue
        body = text_of(email.message_from_bytes((OUT / lab["file"]).read_bytes(),
                                                policy=email.policy.default))
        body = re.sub(r"<[^>]+>", " ", body)
        for g in grams(body):
            assert g not in seen, f"{lab['file']} repeats {seen.get(g)}: {g!r}"
            seen[g] = lab["file"]


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = []
    for i, s in enumerate(SPECS, start=1):
        msg = build_message(i, s)
        (OUT / f"{i:04d}.eml").write_bytes(msg.as_bytes())
        labels.append(label_for(i, s))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    verify(labels)
    from collections import Counter
    c = Counter((lab["lang"], lab["is_rejection"]) for lab in labels)
    encs = Counter(s["enc"] for s in SPECS)
    print(f"wrote {len(labels)} messages to {OUT}")
    for (lang, rej), n in sorted(c.items()):
        print(f"  {lang} {'rejection' if rej else 'look-alike'}: {n}")
    print("  encodings:", dict(sorted(encs.items())))


if __name__ == "__main__":
    main()
