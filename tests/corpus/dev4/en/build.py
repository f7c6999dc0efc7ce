"""Build the dev4/en labelled corpus: 150 English messages written for this set by one author.

Run:  .venv/bin/python tests/corpus/dev4/en/build.py          # writes messages/NNNN.eml + labels.jsonl
      .venv/bin/python tests/corpus/dev4/en/build.py --check  # parses every file back, checks labels 1:1

Deterministic (fixed dates, ids, ordering). All people, companies and domains are invented
(.example / .test); ATS vendor names are real products. Kinds: "rejection", "lookalike", "ordinary".
"""

from __future__ import annotations

import json
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWNER = "Alex Morgan <alex.morgan@inbox.example>"
BASE = datetime(2026, 9, 1, 8, 15, tzinfo=UTC)
FIELDS = ("company", "role", "contact_name", "contact_email", "careers_url")

SPECS: list[dict] = []


def _add(kind: str, subject: str, sender: str, body: str | None = None, *, html: str | None = None,
         label: tuple | None = None, charset: str = "utf-8", cte: str | None = None, wrap: int = 0,
         to: str = OWNER, extra: dict | None = None, attach_fwd: dict | None = None) -> None:
    SPECS.append(dict(kind=kind, subject=subject, sender=sender, body=body, html=html, label=label,
                      charset=charset, cte=cte, wrap=wrap, to=to, extra=extra or {}, attach_fwd=attach_fwd))


def R(subject, sender, body=None, label=(None,) * 5, **kw):
    """A true rejection; label = (company, role, contact_name, contact_email, careers_url)."""
    _add("rejection", subject, sender, body, label=label, **kw)


def L(subject, sender, body=None, **kw):
    """A hard look-alike (not a rejection of the owner's job application)."""
    _add("lookalike", subject, sender, body, **kw)


def ORD(subject, sender, body=None, **kw):
    """Ordinary mail with job-ish words."""
    _add("ordinary", subject, sender, body, **kw)


def ats_html(brand: str, paras: list[str], footer: str = "", colour: str = "#1f4e79") -> str:
    """A table-based HTML template in the style of ATS notification mails."""
    cells = "\n".join(f'<p style="margin:0 0 14px 0;font-size:14px;line-height:20px">{p}</p>' for p in paras)
    foot = f'<tr><td style="font-size:11px;color:#888888;padding:18px 24px">{footer}</td></tr>' if footer else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{brand}</title>
<style>td {{ font-family: Arial, Helvetica, sans-serif; }} .hide {{ display:none; }}</style></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{colour};color:#ffffff;padding:16px 24px;font-size:18px"><b>{brand}</b></td></tr>
<tr><td style="padding:24px">
{cells}
</td></tr>
{foot}
</table></td></tr></table></body></html>
"""


def _wrap(text: str, width: int) -> str:
    out = []
    for para in text.split("\n\n"):
        if para.startswith(">") or "\n>" in para or para.lstrip().startswith("-"):
            out.append(para)
        else:
            out.append(textwrap.fill(" ".join(para.split("\n")), width))
    return "\n\n".join(out)


def _set_text(msg: EmailMessage, body: str, subtype: str, charset: str, cte: str | None) -> None:
    kw = {"subtype": subtype, "charset": charset}
    if cte:
        kw["cte"] = cte
    msg.set_content(body, **kw)


def render(i: int, spec: dict) -> bytes:
    msg = EmailMessage()
    msg["From"] = spec["sender"]
    msg["To"] = spec["to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(BASE + timedelta(hours=7 * i, minutes=(i * 13) % 60))
    msg["Message-ID"] = f"<dev4-en-{i:04d}@corpus.test>"
    for key, value in spec["extra"].items():
        msg[key] = value
    body, html = spec["body"], spec["html"]
    if body is not None and spec["wrap"]:
        body = _wrap(body, spec["wrap"])
    if body is not None and html is None:
        _set_text(msg, body, "plain", spec["charset"], spec["cte"])
    elif body is None:
        _set_text(msg, html, "html", spec["charset"], spec["cte"])
    else:
        _set_text(msg, body, "plain", spec["charset"], spec["cte"])
        msg.add_alternative(html, subtype="html", charset=spec["charset"])
    if spec["attach_fwd"]:
        inner = EmailMessage()
        fwd = spec["attach_fwd"]
        inner["From"], inner["To"], inner["Subject"] = fwd["sender"], fwd.get("to", OWNER), fwd["subject"]
        inner["Date"] = format_datetime(BASE + timedelta(days=i % 20))
        inner.set_content(fwd["body"])
        if msg.get_content_type() == "text/plain":
            msg.make_mixed()
        msg.add_attachment(inner)
    for k, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"==dev4-en-{i:04d}-{k}==")  # fixed boundaries keep the build deterministic
    return msg.as_bytes(policy=policy.SMTP)


def label_of(i: int, spec: dict) -> dict:
    values = spec["label"] if spec["kind"] == "rejection" else (None,) * 5
    row = {"file": f"{i:04d}.eml", "is_rejection": spec["kind"] == "rejection"}
    row.update(dict(zip(FIELDS, values, strict=True)))
    row.update({"lang": "en", "kind": spec["kind"]})
    return row


# --------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------

LEGAL_HALVORSEN = (
    "This message and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. Halvorsen Logistics Ltd is registered in "
    "England and Wales (No. 04417762), registered office 2 Quayside Park, Harwich. We process candidate data "
    "in line with our Applicant Privacy Notice: https://www.halvorsen-logistics.example/legal/applicant-privacy. "
    "To stop receiving recruiting emails, visit https://halvorsen.myworkdayjobs.example/unsubscribe?id=88213."
)

# --------------------------------------------------------------------------------------------
# True rejections
# --------------------------------------------------------------------------------------------

R("Your application for Supply Chain Analyst (R-20931)",
  "Halvorsen Logistics Careers <halvorsen@myworkday.example>",
  html=ats_html("Halvorsen Logistics", [
      "Dear Alex,",
      "Thank you for your interest in the Supply Chain Analyst position (R-20931) at Halvorsen Logistics and for "
      "the time you invested in your application.",
      "After careful review of your background against the requirements of the role, we have decided not to move "
      "forward with your candidacy for this position.",
      "We encourage you to keep an eye on <a href=\"https://careers.halvorsen-logistics.example/jobs\">our "
      "current openings</a> and to apply again in future.",
      "Kind regards,<br>Talent Acquisition<br>Halvorsen Logistics",
  ], LEGAL_HALVORSEN),
  label=("Halvorsen Logistics", "Supply Chain Analyst", None, None,
         "https://careers.halvorsen-logistics.example/jobs"))

R("Brightwater Analytics - Senior Data Engineer",
  "Priya Natarajan <no-reply@greenhouse.example>",
  "Hi Alex,\n\nThanks so much for taking the time to speak with us about the Senior Data Engineer role at "
  "Brightwater Analytics. We really enjoyed learning about your work on streaming pipelines.\n\n"
  "The team has chosen to pursue other candidates whose experience aligns more closely with what we need "
  "right now, so we won't be continuing with your application.\n\n"
  "We'll keep your details in Greenhouse, and you can always find our open roles at "
  "https://brightwater-analytics.example/careers.\n\nAll the best,\nPriya Natarajan\nTalent Partner, "
  "Brightwater Analytics\npriya.natarajan@brightwater-analytics.example",
  html=ats_html("Brightwater Analytics", [
      "Hi Alex,",
      "Thanks so much for taking the time to speak with us about the Senior Data Engineer role at Brightwater "
      "Analytics. We really enjoyed learning about your work on streaming pipelines.",
      "The team has chosen to pursue other candidates whose experience aligns more closely with what we need "
      "right now, so we won't be continuing with your application.",
      "We'll keep your details in Greenhouse, and you can always find our open roles at "
      "<a href=\"https://brightwater-analytics.example/careers\">brightwater-analytics.example/careers</a>.",
      "All the best,<br>Priya Natarajan<br>Talent Partner, Brightwater Analytics<br>"
      "priya.natarajan@brightwater-analytics.example",
  ], colour="#0b6e4f"),
  label=("Brightwater Analytics", "Senior Data Engineer", "Priya Natarajan",
         "priya.natarajan@brightwater-analytics.example", "https://brightwater-analytics.example/careers"))

R("Re: Junior Architect - thanks for coming in",
  "Owen Marlow <owen@marlowfinch.example>",
  "Hi Alex,\n\nThanks again for coming in on Tuesday and for walking us through the library scheme, it was a "
  "genuinely strong portfolio.\n\nI'm sorry to say we've offered the junior architect post to someone else. "
  "It was a close call between the last two and it came down to site experience.\n\n"
  "Do stay in touch - we take on one or two people most years.\n\nBest,\nOwen\n\n"
  "Owen Marlow RIBA\nMarlow & Finch Architects\n14 Tanner Street, Bristol",
  label=("Marlow & Finch Architects", "Junior Architect", "Owen Marlow", "owen@marlowfinch.example", None))

R("Update on the Operations Coordinator role (Norbury Foods)",
  "Hannah Piercy <hannah.piercy@keystone-recruitment.example>",
  "Hi Alex,\n\nI hope your week's going well.\n\nI've just heard back from Norbury Foods about the Operations "
  "Coordinator vacancy. Unfortunately they won't be taking your application any further - they felt a couple "
  "of the other applicants had more hands-on experience with food safety audits.\n\n"
  "I know that's disappointing. I've got a few other coordinator roles coming in over the next fortnight and "
  "I'd like to put you forward for those, if you're happy for me to.\n\n"
  "Speak soon,\nHannah\n\nHannah Piercy | Senior Consultant | Keystone Recruitment\nT: 0117 496 0331",
  label=("Norbury Foods", "Operations Coordinator", "Hannah Piercy",
         "hannah.piercy@keystone-recruitment.example", None))

R("Environmental Health Officer - ref AC/2291",
  "Ashdown County Council Recruitment <recruitment@ashdown-cc.example>",
  "Dear Alex Morgan\n\nPost: Environmental Health Officer (ref AC/2291)\n\n"
  "Thank you for applying for the above post. The shortlisting panel has now met and I regret to inform you "
  "that you have not been shortlisted for interview on this occasion.\n\n"
  "Due to the number of applications received we are unable to provide individual feedback at this stage.\n\n"
  "Thank you for your interest in working for Ashdown County Council. Current vacancies are published at "
  "https://www.ashdown-cc.example/jobs\n\nYours sincerely\n\nHR Recruitment Team\nAshdown County Council",
  label=("Ashdown County Council", "Environmental Health Officer", None, None,
         "https://www.ashdown-cc.example/jobs"))

R("Research Associate in Computational Biology (Vacancy 4471)",
  "University of Eastmere HR <hr-recruitment@eastmere.ac.example>",
  "Dear Dr Morgan,\n\nRe: Research Associate in Computational Biology, School of Life Sciences (Vacancy 4471)\n\n"
  "Thank you for your application for the above position. Following shortlisting, the selection panel did not "
  "select your application for interview.\n\nWe received a large field of well-qualified applicants and the "
  "panel's task was a difficult one. We thank you for the interest you have shown in the University.\n\n"
  "Yours sincerely,\n\nDr Fiona Ashcombe\nChair of the Selection Panel\nUniversity of Eastmere",
  wrap=70,
  label=("University of Eastmere", "Research Associate in Computational Biology", "Fiona Ashcombe", None, None))

R("Your Summer Internship Programme application",
  "Corbel Capital Early Careers <earlycareers@corbelcapital.example>",
  "Dear Alex,\n\nThank you for applying to the Corbel Capital Summer Internship Programme 2027 (Markets "
  "division).\n\nWe received more applications this year than ever before and the standard was exceptionally "
  "high. Regrettably, we are unable to offer you a place on this year's programme.\n\n"
  "Please don't let this discourage you: many of our analysts applied more than once. Our insight days for "
  "first- and second-year students open in January at https://corbelcapital.example/early-careers\n\n"
  "Best wishes,\nThe Early Careers Team\nCorbel Capital",
  label=("Corbel Capital", "Summer Internship Programme", None, None,
         "https://corbelcapital.example/early-careers"))

R("Engineering Apprenticeship 2027 - application outcome",
  "Trelawny Aerospace Apprenticeships <apprenticeships@trelawny-aero.example>",
  "Hello Alex,\n\nThanks for applying for our Level 3 Engineering Apprenticeship starting September 2027 and "
  "for completing the online tests.\n\nWe're sorry, but your application hasn't been successful this time. "
  "Your test scores were close to the threshold and we'd encourage you to reapply next year.\n\n"
  "Good luck with your studies,\nGemma Pryor\nApprenticeship Programme Lead\nTrelawny Aerospace",
  label=("Trelawny Aerospace", "Engineering Apprenticeship", "Gemma Pryor", None, None))

R("weekend barista job",
  "Copper Kettle Cafe <hello@copperkettle.example>",
  "Hi Alex!\n\nThanks for dropping your CV in and for the message on Saturday. Just to let you know that the "
  "weekend barista job has been filled now, sorry!\n\nWe'll keep your details on file and give you a shout if "
  "anything else comes up over the summer.\n\nCheers,\nMo\nCopper Kettle",
  label=("Copper Kettle", "Barista", "Mo", "hello@copperkettle.example", None))

R("Product Designer at Lumen Health",
  "Lumen Health <jobs@lumenhealth.teamtailor-mail.example>",
  "Hi Alex,\n\nThank you for applying for the Product Designer position at Lumen Health.\n\n"
  "We've had a careful look at your portfolio and, while we won't be progressing your application for this "
  "role, we'd love to keep you in our talent pool for future design openings. You can update your preferences "
  "at any time in your candidate profile.\n\nWarm regards,\nIlse van Rooij\nPeople Team, Lumen Health\n\n"
  "See all our jobs: https://careers.lumenhealth.example",
  label=("Lumen Health", "Product Designer", "Ilse van Rooij", None, "https://careers.lumenhealth.example"))

R("Backend Developer position - on hold",
  "Ravi Menon <ravi.menon@quillstack.example>",
  "Hello Alex,\n\nI wanted to give you an honest update rather than leave you waiting. Due to a company-wide "
  "hiring freeze announced this morning, the Backend Developer position has been put on hold indefinitely and "
  "we are closing all open applications for it, including yours.\n\n"
  "This has nothing to do with your interviews, which went well. If the role reopens I will reach out to you "
  "first.\n\nRegards,\nRavi Menon\nEngineering Manager, Quillstack",
  label=("Quillstack", "Backend Developer", "Ravi Menon", "ravi.menon@quillstack.example", None))

R("Financial Controller vacancy",
  "Deborah Olalekan <d.olalekan@pennine-building.example>",
  "Dear Alex,\n\nThank you for your application for the Financial Controller role.\n\n"
  "I must let you know that, following a restructure of the finance function, the requisition has been "
  "cancelled. As a result we will not be able to proceed with your application, and the vacancy will not be "
  "re-advertised.\n\nPlease accept my apologies for any inconvenience.\n\nKind regards\n\nDeborah Olalekan\n"
  "HR Business Partner\nPennine Building Society",
  label=("Pennine Building Society", "Financial Controller", "Deborah Olalekan",
         "d.olalekan@pennine-building.example", None))

R("Customer Success Manager - your profile",
  "Tessa Grünewald <tessa@orbitdesk.example>",
  "Hi Alex,\n\nThanks for your patience while we reviewed applications for the Customer Success Manager role "
  "at OrbitDesk.\n\nHaving gone through your profile in detail, we don't feel there's a match at this time, "
  "mainly because the role needs someone who has owned renewals for enterprise accounts.\n\n"
  "Wishing you every success with your search.\n\nTessa",
  label=("OrbitDesk", "Customer Success Manager", "Tessa Grünewald", "tessa@orbitdesk.example", None))

R("Following up on the compliance analyst interviews",
  "Malcolm Reyes <malcolm.reyes@harbourtrust.example>",
  "Alex,\n\nThanks for your time on the panel interview last week and for the thoughtful questions.\n\n"
  "In the end we went with someone whose experience in regulated lending was a closer fit for the compliance "
  "analyst job. I appreciate this isn't the news you were hoping for.\n\nBest of luck,\nMalcolm\n\n"
  "Malcolm Reyes | Head of Compliance | Harbour Trust Bank",
  label=("Harbour Trust Bank", "Compliance Analyst", "Malcolm Reyes", "malcolm.reyes@harbourtrust.example", None))

R("Travel expenses + next steps",
  "Siobhan Keane <siobhan.keane@greylag-media.example>",
  "Hi Alex,\n\nThanks for sending over the train receipts from your visit - I've passed them to finance and "
  "you should see the £48.60 back in your account within ten working days. I also found the umbrella you left "
  "in the meeting room, shall I post it?\n\n"
  "On the Content Strategist role itself, I'm afraid the decision didn't go your way this time. The panel "
  "preferred a candidate with more B2B publishing behind them.\n\n"
  "It was a pleasure meeting you.\n\nSiobhan\nHead of Content, Greylag Media",
  label=("Greylag Media", "Content Strategist", "Siobhan Keane", "siobhan.keane@greylag-media.example", None))

R("Re: Status of my application - Logistics Planner",
  "Carl Whitby <carl.whitby@fenwickfreight.example>",
  "Hi Alex,\n\nApologies for the slow reply - it's been a hectic few weeks here.\n\n"
  "We've now finished interviewing for the Logistics Planner role and we won't be offering you the position. "
  "Thank you for your patience and for your interest in Fenwick Freight.\n\nCarl\n\n"
  "On Mon, 12 Oct 2026 at 09:14, Alex Morgan <alex.morgan@inbox.example> wrote:\n"
  "> Hi Carl,\n>\n> I hope you're well. I interviewed for the Logistics Planner role on 28 September\n"
  "> and wondered whether there was any update on the decision?\n>\n> Many thanks,\n> Alex\n",
  label=("Fenwick Freight", "Logistics Planner", "Carl Whitby", "carl.whitby@fenwickfreight.example", None))

R("Fwd: Your application to Sandmoor Energy",
  "Alex Morgan <alex.m.private@postbox.example>",
  "Forwarding this to my main inbox so I don't lose it.\n\n"
  "---------- Forwarded message ---------\nFrom: Sandmoor Energy Recruitment <careers@sandmoor-energy.example>\n"
  "Date: Wed, 14 Oct 2026 at 16:02\nSubject: Your application to Sandmoor Energy\n"
  "To: <alex.m.private@postbox.example>\n\n"
  "Dear Alex,\n\nThank you for applying for the position of Grid Modelling Engineer.\n\n"
  "We have carefully considered your application; however, you have not been selected to proceed to the next "
  "stage of our recruitment process.\n\nWe wish you the best in your career.\n\nSandmoor Energy Recruitment\n"
  "https://www.sandmoor-energy.example/careers\n",
  label=("Sandmoor Energy", "Grid Modelling Engineer", None, None, "https://www.sandmoor-energy.example/careers"))

R("Warehouse Team Leader application",
  "Jo Baptiste <jo.baptiste@kestrelretail.example>",
  "Dear Alex,\n\nThank you for attending the assessment day for the Warehouse Team Leader position at our "
  "Daventry site. I am writing to let you know that on this occasion your application has not been "
  "successful. Competition was strong and the final decision was a difficult one for the panel.\n\n"
  "If you would like feedback on your assessment, please reply to this email and I will arrange a short call "
  "with one of the assessors.\n\nKind regards,\nJo Baptiste\nResourcing Advisor, Kestrel Retail Group",
  wrap=64,
  label=("Kestrel Retail Group", "Warehouse Team Leader", "Jo Baptiste", "jo.baptiste@kestrelretail.example", None))

R("Your application \u2013 Marketing Executive",
  "Niamh O\u2019Sullivan <niamh@tidewaterbrewing.example>",
  "Hi Alex,\n\nThanks a million for applying for the Marketing Executive role at Tidewater Brewing Co. "
  "We\u2019ve read every application ourselves, which is why this took a while.\n\n"
  "We\u2019ve decided not to take your application forward \u2013 honestly, the shortlist was tiny and we "
  "went for people who\u2019ve run events on a shoestring before.\n\n"
  "Hope to see you at the taproom some time!\n\nNiamh O\u2019Sullivan\nCo-founder, Tidewater Brewing Co.",
  label=("Tidewater Brewing Co.", "Marketing Executive", "Niamh O\u2019Sullivan",
         "niamh@tidewaterbrewing.example", None))

R("Application for Trainee Accountant",
  "Redfern & Dunmore Chartered Accountants <careers@redfern-dunmore.example>",
  "Dear Alex,\n\nRE: Trainee Accountant (ACA) - Leeds office\n\nMany thanks for applying to Redfern & Dunmore. "
  "We regret that your application was unsuccessful; we will not be inviting you to the next stage. "
  "Starting salary for this scheme was £26,500 and we received over 400 applications for twelve places.\n\n"
  "We retain applications for six months in accordance with our privacy policy.\n\nYours sincerely,\n\n"
  "Graduate Recruitment\nRedfern & Dunmore",
  charset="iso-8859-1", cte="quoted-printable",
  label=("Redfern & Dunmore", "Trainee Accountant", None, None, None))

R("Your application - Laboratory Technician",
  "Margit Sørensen <m.sorensen@calderbio.example>",
  "Dear Alex,\n\nThank you for your interest in the Laboratory Technician vacancy at Calder Biosciences and "
  "for attending the interview on Thursday.\n\nAfter discussion, it has been decided not to progress your "
  "application further. Please do not hesitate to contact me if you would like some feedback.\n\n"
  "Best regards,\nMargit Sørensen\nLab Manager\nCalder Biosciences Ltd",
  cte="base64",
  label=("Calder Biosciences", "Laboratory Technician", "Margit Sørensen", "m.sorensen@calderbio.example", None))

R("Regarding your application \u2013 IT Support Technician",
  "Gareth Pugh <gareth.pugh@valleyschools.example>",
  "Dear Alex,\n\nThank you for coming to see us about the IT Support Technician post at Valley Schools "
  "Trust. We were impressed by your practical task, but I\u2019m sorry to tell you that we\u2019ve "
  "appointed another candidate whose experience with school networks was more extensive.\n\n"
  "I\u2019d be happy to give you feedback over the phone.\n\nWith best wishes,\nGareth Pugh\n"
  "Network Manager, Valley Schools Trust",
  charset="windows-1252", cte="quoted-printable",
  label=("Valley Schools Trust", "IT Support Technician", "Gareth Pugh", "gareth.pugh@valleyschools.example", None))

R("Application status update",
  "Orrin Pharma Careers <no-reply@orrinpharma.smartrecruiters.example>",
  html=ats_html("Orrin Pharma", [
      "Hello Alex,",
      "There is an update on your application.",
      "<b>Position:</b> Clinical Data Coordinator<br><b>Reference:</b> ORR-7781<br>"
      "<b>Status:</b> Not selected",
      "We appreciate the time you took to apply. We have decided to pursue other applicants whose "
      "qualifications more closely match our current needs.",
      "Explore more opportunities: <a href=\"https://jobs.orrinpharma.example\">jobs.orrinpharma.example</a>",
      "<span style=\"color:#999\">Powered by SmartRecruiters</span>",
  ], "You received this email because you applied for a role at Orrin Pharma. "
     "<a href=\"https://orrinpharma.smartrecruiters.example/privacy\">Privacy</a> | "
     "<a href=\"https://orrinpharma.smartrecruiters.example/u/29a8\">Unsubscribe</a>"),
  label=("Orrin Pharma", "Clinical Data Coordinator", None, None, "https://jobs.orrinpharma.example"))

R("Thank you for your application",
  "Wexford Insurance Group <talent@wexfordinsurance.example>",
  "Dear Alex Morgan,\n\nThank you for your recent application for the role of Claims Handler.\n\n"
  "Please accept this email as notification that your application for this vacancy has been unsuccessful. "
  "We appreciate the effort you put into applying and we hope you will consider us again for future roles.\n\n"
  "Yours sincerely,\nRecruitment Team\nWexford Insurance Group\n\n"
  "Wexford Insurance Group plc is authorised and regulated by the Financial Conduct Authority.",
  label=("Wexford Insurance Group", "Claims Handler", None, None, None))

R("Frontend Engineer - decision",
  "Lukas Brennan <lukas@pixelharbor.example>",
  "hey Alex,\n\nthanks for doing the take-home, your solution was clean and I liked the tests. we talked it "
  "through as a team yesterday and we're going to pass on your application for now - we're really after "
  "someone with more react native than we saw.\n\nwould be happy to chat again in 6 months or so if you're "
  "still looking.\n\nlukas\nCTO, Pixel Harbor",
  label=("Pixel Harbor", "Frontend Engineer", "Lukas Brennan", "lukas@pixelharbor.example", None))

R("Your application for HR Generalist at Fernleigh Hotels",
  "Fernleigh Hotels <noreply@fernleigh.personio.example>",
  "Dear Alex,\n\nThank you for your application as HR Generalist and for your interest in Fernleigh Hotels.\n\n"
  "After careful consideration we have to inform you that we have decided in favour of another applicant. "
  "This decision is no reflection on your qualifications.\n\nWe will delete your data in accordance with data "
  "protection regulations six months after the end of the recruitment process.\n\nKind regards\n"
  "Your Fernleigh Hotels recruiting team",
  label=("Fernleigh Hotels", "HR Generalist", None, None, None))

R("Update regarding your application",
  "Vantage Retail Careers <careers@vantage-retail.example>",
  "Hi Alex,\n\nThank you for applying for the Store Manager (Cardiff) position at Vantage Retail.\n\n"
  "We wanted to let you know that the position has been offered to, and accepted by, another candidate.\n\n"
  "We were pleased to receive so many applications and encourage you to apply for other roles that match "
  "your skills at https://careers.vantage-retail.example/search.\n\nRegards,\nVantage Retail Talent Team",
  label=("Vantage Retail", "Store Manager", None, None, "https://careers.vantage-retail.example/search"))

R("Thanks from Northlight Games",
  "Amara Chukwu <amara.chukwu@northlightgames.example>",
  "Hi Alex,\n\nThanks for your time on the call with me and Sven last week about the QA Lead opening.\n\n"
  "We've concluded that another candidate is a better fit for where the team is right now, particularly "
  "around console certification. So we'll be closing out your application on our side.\n\n"
  "I hope our paths cross again.\n\nAmara Chukwu\nRecruiter | Northlight Games",
  label=("Northlight Games", "QA Lead", "Amara Chukwu", "amara.chukwu@northlightgames.example", None))

R("Your candidacy - Paralegal",
  "Ellery Vance LLP <recruitment@elleryvance.example>",
  "Dear Alex\n\nParalegal - Commercial Property Team\n\nWe write further to your recent application. Having "
  "reviewed it against the selection criteria, we are not able to take your candidacy further at this time.\n\n"
  "We would like to thank you for considering a career with Ellery Vance LLP.\n\nYours sincerely\n\n"
  "Ruth Castellanos\nLegal Recruitment Manager",
  label=("Ellery Vance", "Paralegal", "Ruth Castellanos", None, None))

R("QA Engineer interview loop - outcome",
  "Dmitri Havel <dmitri.havel@cobaltforge.example>",
  "Hi Alex,\n\nI wanted to personally let you know that you haven't made it through to the final round for the "
  "QA Engineer role. The on-site panel felt your test automation depth wasn't quite where we need it yet.\n\n"
  "You were clearly strong on exploratory testing, and I'd keep leaning on that.\n\nBest,\nDmitri\n"
  "Engineering Manager, Cobalt Forge",
  label=("Cobalt Forge", "QA Engineer", "Dmitri Havel", "dmitri.havel@cobaltforge.example", None))

R("bookkeeper role",
  "Fran Holloway <fran@hollowaysgarden.example>",
  "Hi Alex\n\nThanks for coming to see me yesterday about the part-time bookkeeper role. sadly it's a no from "
  "us this time - I've decided to stick with someone who already knows our till system.\n\n"
  "Really appreciated you coming over, good luck!\n\nFran\nHolloway's Garden Centre",
  label=("Holloway's Garden Centre", "Bookkeeper", "Fran Holloway", "fran@hollowaysgarden.example", None))

R("Your application for Project Manager (Ref PM-0442)",
  "Sterling Civils Recruitment <jobs@sterlingcivils.example>",
  "Dear Alex,\n\nThank you for your application for Project Manager (Ref PM-0442).\n\n"
  "Unfortunately we will not be inviting you to interview for this position. We had a very high response and "
  "have shortlisted candidates with chartered status.\n\nWe will hold your CV on our database for twelve months "
  "and may contact you about suitable vacancies.\n\nSterling Civils Ltd\nhttps://www.sterlingcivils.example/vacancies",
  label=("Sterling Civils", "Project Manager", None, None, "https://www.sterlingcivils.example/vacancies"))

R("Regarding the Data Scientist role",
  "Yusuf Adeyemi <yusuf@talentbridge-partners.example>",
  "Hi Alex,\n\nI've had feedback from Meridian Bank on your second interview for the Data Scientist role.\n\n"
  "Afraid it's not good news: they've decided against progressing your application. Their view was that your "
  "modelling work is strong but they need someone who has deployed credit-risk models into production.\n\n"
  "Happy to talk it through on the phone. I'll keep you in mind for the fintech roles I'm working on.\n\n"
  "Yusuf Adeyemi\nPrincipal Consultant, TalentBridge Partners\n07700 900 412",
  label=("Meridian Bank", "Data Scientist", "Yusuf Adeyemi", "yusuf@talentbridge-partners.example", None))

R("Site Reliability Engineer",
  "Ingrid Solberg <ingrid.solberg@fjordcloud.example>",
  "Dear Alex,\n\nThank you for your interest in FjordCloud and the SRE position.\n\n"
  "We've made the difficult decision to offer the role to an internal candidate who has been covering the "
  "on-call rotation for the past year. I realise this is frustrating after three interviews, and I'm sorry we "
  "couldn't tell you sooner.\n\nKind regards,\nIngrid Solberg\nHead of Platform",
  label=("FjordCloud", "Site Reliability Engineer", "Ingrid Solberg", "ingrid.solberg@fjordcloud.example", None))

R("Your application with Ardent Robotics",
  "Ardent Robotics <no-reply@ardentrobotics.lever.example>",
  "Hi Alex,\n\nThanks for your interest in Ardent Robotics and in the Embedded Software Engineer role. We "
  "know it takes time to put an application together and we appreciate it.\n\n"
  "We've decided to move forward with other candidates at this time. We'll hang on to your information and "
  "may reach out if a role opens up that fits your background.\n\nBest,\nArdent Robotics Talent\n\n"
  "Careers: https://jobs.lever.example/ardentrobotics",
  label=("Ardent Robotics", "Embedded Software Engineer", None, None, "https://jobs.lever.example/ardentrobotics"))

R("Your application at Kittering Group",
  "Kittering Group <kittering@recruitee-mail.example>",
  "Dear Alex,\n\nThank you for your application for the position of Procurement Specialist.\n\n"
  "After reviewing all applications, the decision has been made not to continue with your application. We "
  "understand this may be disappointing.\n\nBest regards,\nLieke Brandt\nRecruiter, Kittering Group\n"
  "lieke.brandt@kittering.example",
  label=("Kittering Group", "Procurement Specialist", "Lieke Brandt", "lieke.brandt@kittering.example", None))

R("Your application: Technical Writer",
  "Solace Software <solace-software@softgarden-mail.example>",
  "Dear Alex Morgan,\n\nmany thanks for your application as Technical Writer and the trust you placed in us.\n\n"
  "Having reviewed your documents carefully, we are sorry to tell you that we are unable to consider you "
  "further in the selection process.\n\nWe wish you all the best for your professional future.\n\n"
  "Kind regards,\nSolace Software HR\n\nThis email was sent via softgarden. Data protection: "
  "https://softgarden-mail.example/privacy",
  label=("Solace Software", "Technical Writer", None, None, None))

R("Update on your JOIN application",
  "JOIN <notifications@join-mail.example>",
  "Hi Alex,\n\nthere's an update on your application for Sales Development Representative at Parcelwise.\n\n"
  "Parcelwise has reviewed your application and decided not to proceed. Don't be discouraged - there are "
  "thousands of other jobs on JOIN waiting for you.\n\nYour JOIN team",
  label=("Parcelwise", "Sales Development Representative", None, None, None))

R("Application outcome - Care Assistant (Night Shifts)",
  "CareerHub Midlands <alerts@careerhub-midlands.example>",
  "Hello Alex,\n\nThe employer Oakbrook Care Homes has updated the status of your application for Care "
  "Assistant (Night Shifts), Walsall.\n\nNew status: Unsuccessful\n\nThe employer has marked your application "
  "as unsuccessful. You can search for similar vacancies on CareerHub Midlands.\n\n"
  "Manage email settings: https://careerhub-midlands.example/settings",
  label=("Oakbrook Care Homes", "Care Assistant", None, None, None))

R("Thanks for the trial shift",
  "Rosa Delgado <rosa@casadelgado.example>",
  "Hi Alex,\n\nThank you for doing the trial shift on Friday night, I know it was chaos with the big booking. "
  "I'm afraid we won't be able to offer you the commis chef job - we need someone who's done a full service "
  "on the grill before.\n\nPlease come and eat with us sometime, on the house.\n\nRosa\nCasa Delgado",
  label=("Casa Delgado", "Commis Chef", "Rosa Delgado", "rosa@casadelgado.example", None))

R("UX Researcher",
  "Helena Marsh <helena.marsh@verdantlabs.example>",
  "Hi Alex,\n\nI hope you had a good weekend. I wanted to close the loop with you on the UX Researcher role.\n\n"
  "Honestly, we don't think this is the right fit right now - the team is leaning much more towards "
  "quantitative research than we first expected when we wrote the job description. That's on us, not you.\n\n"
  "Thanks again for your time,\nHelena\nHead of Research, Verdant Labs",
  label=("Verdant Labs", "UX Researcher", "Helena Marsh", "helena.marsh@verdantlabs.example", None))

R("Account Executive - Hollin Media",
  "Hollin Media Talent <talent@hollinmedia.example>",
  html="<html><body><p>Hi Alex,</p><p>Thank you for interviewing with us for the Account Executive role. "
       "Following your final interview, we will not be extending an offer. We enjoyed meeting you and "
       "appreciate the energy you brought to the process.</p><p>Regards,<br>Connor Blake<br>Sales Director, "
       "Hollin Media<br><a href=\"mailto:connor.blake@hollinmedia.example\">connor.blake@hollinmedia.example"
       "</a></p></body></html>",
  label=("Hollin Media", "Account Executive", "Connor Blake", "connor.blake@hollinmedia.example", None))

R("Graduate Software Engineer - Ostrander",
  "Ostrander Systems <graduates@ostrandersystems.example>",
  "Dear Alex,\n\nThank you for taking part in our Graduate Software Engineer assessment centre.\n\n"
  "Unfortunately, on this occasion you have not been successful in securing a place on our graduate "
  "scheme. We will send your assessment feedback within the next two weeks.\n\nKind regards,\n"
  "Graduate Recruitment Team\nOstrander Systems\nhttps://ostrandersystems.example/graduates",
  label=("Ostrander Systems", "Graduate Software Engineer", None, None, "https://ostrandersystems.example/graduates"))

R("Re: Payroll Officer - Pelham Estates",
  "Imogen Tate <imogen.tate@pelham-estates.example>",
  "Dear Alex,\n\nFurther to our telephone conversation earlier today, I am writing to confirm that we will not "
  "be proceeding with your application for the Payroll Officer position.\n\nThank you again for your interest "
  "in Pelham Estates.\n\nYours sincerely,\n\nImogen Tate\nFinance Manager",
  label=("Pelham Estates", "Payroll Officer", "Imogen Tate", "imogen.tate@pelham-estates.example", None))

R("Your application to Juniper Street Bank",
  "Juniper Street Bank <donotreply@juniperstreet.myworkday.example>",
  html=ats_html("Juniper Street Bank", [
      "Dear Alex Morgan,",
      "Thank you for applying for Risk Analyst - Treasury (JR-118204).",
      "We have reviewed your application. Regrettably, we will be moving ahead with other applicants for this "
      "role.",
      "Please do consider other opportunities with us.",
      "Juniper Street Bank Talent Acquisition",
  ], "Juniper Street Bank N.A. Member FDIC. Equal Opportunity Employer. This mailbox is not monitored. "
     "Privacy: https://www.juniperstreet.example/privacy", colour="#3b1f5e"),
  label=("Juniper Street Bank", "Risk Analyst - Treasury", None, None, None))

R("A note about your application",
  "Beatrix Llewellyn <beatrix@llewellynstudio.example>",
  "Dear Alex,\n\nWe would very much have liked to offer you the studio assistant position, and I want you to "
  "know it was close. In the end, another applicant's background in textile printing suited our spring "
  "collection better, and she has accepted the job.\n\nWith warm wishes,\nBeatrix Llewellyn\nLlewellyn Studio",
  label=("Llewellyn Studio", "Studio Assistant", "Beatrix Llewellyn", "beatrix@llewellynstudio.example", None))

R("Translator (Japanese-English) - Kestrel Language Services",
  "Akiko Lindqvist <akiko@kestrel-language.example>",
  "Dear Alex,\n\nThank you for your application for our in-house Japanese-English translator vacancy.\n\n"
  "Because the role requires JLPT N1 or equivalent, which we could not see in your CV, we are unable to "
  "consider your application further. If you obtain the certificate we would be glad to hear from you "
  "again.\n\nKind regards,\nAkiko Lindqvist\nHead of Translation",
  label=("Kestrel Language Services", "Translator", "Akiko Lindqvist", "akiko@kestrel-language.example", None))

R("Vacancy filled - Receptionist",
  "Dr Mehta's Dental Practice <practice@mehtadental.example>",
  "Dear Alex,\n\nThank you for sending your CV for the receptionist vacancy at our practice. We have now filled "
  "this vacancy and will therefore not be taking applications further.\n\nKind regards,\nJulie Fenton\n"
  "Practice Manager",
  label=("Dr Mehta's Dental Practice", "Receptionist", "Julie Fenton", None, None))

R("Your application to Harlow & Quince",
  "Harlow & Quince People Team <people@harlowquince.example>",
  "Hi Alex,\n\nWe really appreciate you applying to be our Office Manager.\n\n"
  "After looking closely at every application, our decision is to decline yours at this stage. We know "
  "that's a tough email to receive, and we're grateful you thought of us.\n\n"
  "The Harlow & Quince People Team",
  label=("Harlow & Quince", "Office Manager", None, None, None))

R("Research Software Engineer post",
  "Prof. Daniel Okafor <d.okafor@kingsbridge.ac.example>",
  "Dear Alex,\n\nMany thanks for your interest in the Research Software Engineer post in my group, and for "
  "your detailed cover letter.\n\nI must decline your application, as the grant that funds the post now "
  "requires a candidate who can start before January, which I understand would not be possible for you.\n\n"
  "Best wishes,\nDaniel Okafor\nProfessor of Climate Modelling\nKingsbridge University",
  label=("Kingsbridge University", "Research Software Engineer", "Daniel Okafor", "d.okafor@kingsbridge.ac.example",
         None))

R("Your application for Digital Marketing Manager",
  "Thornfield Outdoor <talent@thornfield-outdoor.example>",
  "Hello Alex,\n\nThank you for applying for the Digital Marketing Manager role with Thornfield Outdoor.\n\n"
  "We've reviewed your application carefully and, unfortunately, you will not be moving forward in our "
  "hiring process for this role. We encourage you to keep an eye on future openings.\n\n"
  "Thornfield Outdoor Recruiting\nhttps://thornfield-outdoor.example/careers",
  label=("Thornfield Outdoor", "Digital Marketing Manager", None, None, "https://thornfield-outdoor.example/careers"))

R("Machine Learning Engineer - Quarry Analytics",
  "Benedikt Roth <ben@quarryanalytics.example>",
  "Hi Alex,\n\nJust wanted to let you know where we've landed. The role was for someone to own the ranking "
  "models end to end, and we've selected another candidate for it.\n\nI know you put a lot into the "
  "system design round - thank you.\n\nBen",
  label=("Quarry Analytics", "Machine Learning Engineer", "Benedikt Roth", "ben@quarryanalytics.example", None))

R("Porter - St Aldhelm's Hospital",
  "NHS Jobs <noreply@jobs.nhs-mail.example>",
  "Dear Alex Morgan\n\nApplication reference: C9194-26-0812\nJob: Porter\nEmployer: St Aldhelm's Hospital "
  "NHS Foundation Trust\n\nThank you for your application. We are sorry to inform you that you have not been "
  "shortlisted for this job.\n\nFeedback can be requested from the recruiting manager within 28 days.\n\n"
  "This is an automated message. Please do not reply.",
  label=("St Aldhelm's Hospital NHS Foundation Trust", "Porter", None, None, None))

R("Chemistry Teacher application",
  "Mrs Aileen McBride <headteacher@glenhollow-academy.example>",
  "Dear Alex,\n\nThank you for your interest in the post of Teacher of Chemistry at Glenhollow Academy and for "
  "the lesson you taught on Wednesday.\n\nThe governors and I have reached our decision and I am sorry to say "
  "that we will not be offering you the post. The successful candidate has experience of teaching A level, "
  "which was a priority for us.\n\nI wish you well in your career.\n\nYours sincerely\nAileen McBride\n"
  "Headteacher",
  label=("Glenhollow Academy", "Teacher of Chemistry", "Aileen McBride", "headteacher@glenhollow-academy.example",
         None))

R("Delivery Driver role",
  "Swiftpost Logistics <hr@swiftpost.example>",
  "Hi Alex, thanks for your application for Delivery Driver (Van) at our Crawley depot. Unfortunately your "
  "application has been rejected as you do not meet the minimum licence requirement (2 years full UK "
  "licence). You are welcome to apply again once you do.\n\nSwiftpost HR",
  label=("Swiftpost Logistics", "Delivery Driver", None, None, None))

R("Your application for Policy Adviser (Grade 7)",
  "Civil Service Jobs <noreply@civilservicejobs.example>",
  "Dear Alex Morgan\n\nVacancy: Policy Adviser - Grade 7, Department for Coastal Affairs (ref 311482)\n\n"
  "We have now completed the sift for this vacancy. Your application did not meet the required standard "
  "and so you will not be invited to interview.\n\nYour behaviour scores were: Seeing the Big Picture 3, "
  "Communicating and Influencing 4. The pass mark was 4 in each.\n\nThank you for your interest.\n\n"
  "Civil Service Jobs",
  label=("Department for Coastal Affairs", "Policy Adviser", None, None, None))

R("Following your interview",
  "Patrick Dunne <p.dunne@dunneandsons.example>",
  "Alex,\n\nGood to meet you Thursday. I've thought about it over the weekend and I'm going to go a different "
  "way on the estimator job. No reflection on you, I just need someone who can hit the ground running on "
  "groundworks pricing.\n\nAll the best\nPat Dunne\nDunne & Sons Construction",
  label=("Dunne & Sons Construction", "Estimator", "Patrick Dunne", "p.dunne@dunneandsons.example", None))

R("Social Media Intern",
  "Lark & Loom <hello@larkandloom.example>",
  "Hiya Alex,\n\nThank you sooo much for applying to be our social media intern, we loved your reels! We've "
  "had to make a really hard call and we've given the internship to another applicant this time round.\n\n"
  "We'd love to keep you on our list for the winter internship if that's ok?\n\nLots of love,\nPip @ Lark & Loom",
  label=("Lark & Loom", "Social Media Intern", "Pip", "hello@larkandloom.example", None))

R("Regional Sales Manager - feedback",
  "Victoria Ashdown <victoria.ashdown@apexsearch.example>",
  "Dear Alex,\n\nThank you for meeting Caldwell Instruments last Tuesday regarding the Regional Sales Manager "
  "(South West) position. I have now spoken with their Commercial Director.\n\nThe client has decided not to "
  "take your candidacy to the final stage. They were positive about your relationship-building but felt the "
  "territory needs someone with existing NHS procurement contacts.\n\nI'll call you this afternoon to go "
  "through the detail.\n\nBest regards\nVictoria Ashdown\nDirector, Apex Executive Search",
  label=("Caldwell Instruments", "Regional Sales Manager", "Victoria Ashdown",
         "victoria.ashdown@apexsearch.example", None))

R("Your application",
  "Mosswood Veterinary Group <jobs@mosswoodvets.example>",
  "Dear Alex\n\nThank you for applying for the position of Veterinary Nurse at Mosswood Veterinary Group. "
  "We have reviewed all the applications, and we regret to say that yours has not been shortlisted.\n\n"
  "Regards\nMosswood Veterinary Group",
  wrap=60,
  label=("Mosswood Veterinary Group", "Veterinary Nurse", None, None, None))

R("Application closed: DevOps Engineer",
  "Aldermoor Tech <no-reply@aldermoor.workable.example>",
  html=ats_html("Aldermoor Tech", [
      "Hi Alex,",
      "Thanks for your interest in the DevOps Engineer role at Aldermoor Tech.",
      "Unfortunately the role is no longer available - the team has been reorganised and the position will not "
      "be filled. We have therefore closed your application.",
      "We hope to see you apply again. Our careers page: "
      "<a href=\"https://aldermoor.example/careers\">aldermoor.example/careers</a>",
  ]),
  label=("Aldermoor Tech", "DevOps Engineer", None, None, "https://aldermoor.example/careers"))

R("Thanks, Alex",
  "Cerys Hughes <cerys.hughes@westgate-housing.example>",
  "Hi Alex,\n\nThank you for the time you spent with the panel on Monday for the Tenancy Officer vacancy. "
  "Unfortunately we were unable to move you forward to the second interview; the panel was unanimous in "
  "choosing applicants with more arrears-management experience.\n\nKind regards\nCerys Hughes\n"
  "Housing Services Manager, Westgate Housing Association",
  label=("Westgate Housing Association", "Tenancy Officer", "Cerys Hughes",
         "cerys.hughes@westgate-housing.example", None))

R("Solutions Architect - Ember Cloud",
  "Noor Haddad <noor.haddad@embercloud.example>",
  "Alex,\n\nWanted to follow up after the architecture review session. Thanks for the depth you brought.\n\n"
  "Unfortunately, after comparing notes the panel agreed that your profile doesn't match what we need for "
  "this particular Solutions Architect opening, so we'll be stopping the process here.\n\n"
  "If you'd like written feedback I'm happy to send it.\n\nNoor Haddad\nRecruiting Lead, Ember Cloud",
  label=("Ember Cloud", "Solutions Architect", "Noor Haddad", "noor.haddad@embercloud.example", None))

R("Volunteer Coordinator (paid, 0.6 FTE)",
  "Hollybank Hospice <recruitment@hollybank-hospice.example>",
  "Dear Alex,\n\nThank you for applying for the role of Volunteer Coordinator. We received an extraordinary "
  "response to this post.\n\nI'm writing to let you know that your application will not be considered "
  "further on this occasion.\n\nWith thanks and best wishes,\nMarian Coles\nPeople & Culture Lead\n"
  "Hollybank Hospice\n\nRegistered charity no. 1098765",
  label=("Hollybank Hospice", "Volunteer Coordinator", "Marian Coles", None, None))

R("Automated message: Application update",
  "Pinecrest Insurance <careers-noreply@pinecrest.taleo.example>",
  "Dear Alex,\n\nThank you for your interest in Pinecrest Insurance. This message is regarding your "
  "application for Underwriting Assistant (Requisition 26-0419).\n\nWe regret to inform you that we have "
  "filled this position and are no longer considering applications for it.\n\n"
  "Sincerely,\nPinecrest Insurance Talent Acquisition\n\n***This is an automated message; please do not "
  "reply.***",
  label=("Pinecrest Insurance", "Underwriting Assistant", None, None, None))

R("Re: Re: Sous chef",
  "Tomás Ferreira <tomas@thegreyheron.example>",
  "Hi Alex,\n\nSorry for the delay getting back. We haven't been able to shortlist you for the sous chef "
  "position, we've gone with someone from inside the kitchen in the end.\n\nCheers\nTomás\n"
  "Head Chef, The Grey Heron\n\n"
  "On 02/10/2026 18:40, Alex Morgan wrote:\n> Hi Tomás, just following up on my application for the sous chef\n"
  "> position - is there anything else you need from me?\n>\n> Thanks, Alex\n>\n"
  ">> On 25/09/2026 11:02, Tomás Ferreira wrote:\n>> Thanks Alex, got your CV, will be in touch next week.\n",
  charset="iso-8859-1",
  label=("The Grey Heron", "Sous Chef", "Tomás Ferreira", "tomas@thegreyheron.example", None))

R("Fwd: Outcome of your application",
  "Alex Morgan <alex.m.private@postbox.example>",
  "fyi - the Redwing one came back\n",
  attach_fwd={"sender": "Redwing Consulting <hr@redwing-consulting.example>",
              "subject": "Outcome of your application",
              "to": "alex.m.private@postbox.example",
              "body": "Dear Alex,\n\nThank you for interviewing for the Business Analyst position at Redwing "
                      "Consulting.\n\nWe regret that we are unable to offer you this position. We had many strong "
                      "candidates, and the decision was difficult.\n\nYours sincerely,\nElaine Prothero\n"
                      "HR Manager, Redwing Consulting\n"},
  label=("Redwing Consulting", "Business Analyst", "Elaine Prothero", None, None))

# --------------------------------------------------------------------------------------------
# Hard look-alikes
# --------------------------------------------------------------------------------------------

L("We've received your application - Supply Chain Planner",
  "Halvorsen Logistics Careers <halvorsen@myworkday.example>",
  html=ats_html("Halvorsen Logistics", [
      "Dear Alex,",
      "Thank you for applying for Supply Chain Planner (R-21077). We have received your application and our "
      "recruiting team will review it shortly.",
      "Unfortunately, due to the high volume of applications we receive, we are not able to respond to every "
      "applicant individually. If you are shortlisted, a member of the team will contact you.",
      "You can check the status of your application at any time in your candidate home.",
  ], LEGAL_HALVORSEN))

L("Application received",
  "Stanmore Borough Council <jobs@stanmore.gov.example>",
  "Dear Alex Morgan\n\nThank you for your application for the post of Parking Services Officer (ref SB0931).\n\n"
  "Shortlisting will take place in the week commencing 9 November. If you have not heard from us within four "
  "weeks of the closing date, please assume that your application has been unsuccessful on this occasion.\n\n"
  "Stanmore Borough Council HR")

L("Action required: your application is incomplete",
  "Grantley University Recruitment <recruitment@grantley.ac.example>",
  "Dear Alex,\n\nThank you for starting an application for Lecturer in Economics (GU-1184).\n\n"
  "Your application is incomplete and cannot be considered until you upload a copy of your doctoral "
  "certificate and the names of two referees. Applications that are not complete by the closing date of "
  "20 November will not be progressed.\n\nPlease log in to complete it.\n\nHR Recruitment, Grantley University")

L("Interview invitation - Data Analyst",
  "Felicity Crane <felicity.crane@marlowbay.example>",
  "Hi Alex,\n\nThank you for your application for the Data Analyst role at Marlow Bay Water. We're pleased to "
  "invite you to a first interview with me and our Head of Insight.\n\nCould you let me know which of these "
  "slots works: Tuesday 10:00, Wednesday 14:30 or Thursday 11:00? The interview will last about 45 minutes "
  "over Teams.\n\nUnfortunately we can't offer evening slots this week.\n\nBest,\nFelicity")

L("Next step: online assessment",
  "Corbel Capital Early Careers <earlycareers@corbelcapital.example>",
  "Dear Alex,\n\nCongratulations - your application to the Corbel Capital Summer Internship Programme has "
  "progressed to the next stage. Please complete the online numerical and situational judgement assessment "
  "within 5 days using the link below.\n\nCandidates who do not complete the assessment by the deadline will "
  "not be considered further.\n\nGood luck!\nEarly Careers Team")

L("Change of plan for Thursday's interview",
  "Amara Chukwu <amara.chukwu@northlightgames.example>",
  "Hi Alex,\n\nUnfortunately our hiring manager is off sick this week, so I need to cancel Thursday's "
  "interview for the Producer role. I'm really sorry for the short notice.\n\nWe definitely still want to "
  "meet you - could you do Monday or Tuesday next week at the same time?\n\nAmara")

L("Offer of employment - Senior Analyst",
  "Jasmine Patel <jasmine.patel@cresthaven.example>",
  "Dear Alex,\n\nI am delighted to offer you the position of Senior Analyst at Cresthaven Partners, starting "
  "on 4 January 2027, with a salary of £58,000 per annum. Your formal contract is attached.\n\n"
  "Unfortunately we were unable to match the 30 days of holiday you asked about, but we have added two "
  "wellbeing days.\n\nPlease confirm your acceptance by Friday.\n\nWarm regards\nJasmine Patel\nHead of People")

L("Great news - final round!",
  "Yusuf Adeyemi <yusuf@talentbridge-partners.example>",
  "Hi Alex,\n\nGreat news! Meridian Bank have come back after your first interview and they'd like you to "
  "attend the final round with the Chief Risk Officer.\n\nThey've decided not to proceed with two of the other "
  "candidates, so it's between you and one other person now.\n\nCan you do next Wednesday afternoon?\n\nYusuf")

L("New jobs for 'data analyst' in Bristol",
  "JobNest Alerts <alerts@jobnest.example>",
  "Hi Alex,\n\n12 new jobs match your alert 'data analyst' near Bristol.\n\n"
  "- Junior Data Analyst - Avonside Energy - £30k-£34k\n- Data Analyst (Marketing) - Pebblebrook - Hybrid\n"
  "- Reporting Analyst - Cliffton NHS Trust - Band 5\n\nSee all jobs: https://jobnest.example/alerts/8812\n\n"
  "You're receiving this because you created a job alert. Unsubscribe: https://jobnest.example/u/8812")

L("Jobs you might be interested in",
  "WorkLink <recommendations@worklink.example>",
  "Alex, based on your profile, these roles could be a good fit:\n\n"
  "Product Analyst at Brightwater Analytics - 3 connections work here\nBusiness Intelligence Developer at "
  "Harbour Trust Bank - Be an early applicant\n\nNot interested? Tell us so we can improve your "
  "recommendations.\n\nWorkLink Jobs")

L("Exciting Head of Data opportunity",
  "Raj Kohli <raj.kohli@hirepath.example>",
  "Hi Alex,\n\nI came across your profile and was impressed by your background in analytics. I'm working "
  "with a fast-growing fintech in London that is looking for a Head of Data to build out a team of eight.\n\n"
  "The salary is up to £110k plus equity. Would you be open to a quick call this week?\n\nBest,\nRaj Kohli\n"
  "HirePath Recruitment")

L("The Career Clinic: reading between the lines of recruiter emails",
  "The Career Clinic <newsletter@careerclinic.example>",
  "This week in The Career Clinic\n\nWe've all had the email: 'After careful consideration, we have decided to "
  "move forward with other candidates whose experience more closely matches our needs.' What does it really "
  "mean, and should you reply?\n\nOur advice: always send a short thank-you, ask for feedback, and ask to be "
  "considered for future roles. 'Unfortunately your application was not successful' is not the end of the "
  "relationship.\n\nPlus: five ways to prepare for a panel interview.\n\nUnsubscribe | Manage preferences")

L("Your application for 14 Elm Road",
  "Kingsway Lettings <lettings@kingsway-lettings.example>",
  "Dear Alex,\n\nThank you for your application to rent 14 Elm Road, Flat 2.\n\nUnfortunately your "
  "application has been unsuccessful; the landlord has decided to proceed with another applicant. We have "
  "other two-bedroom properties available in the area and would be happy to arrange viewings.\n\n"
  "Kind regards,\nLaura\nKingsway Lettings")

L("Your personal loan application",
  "Northgate Bank <no-reply@northgatebank.example>",
  "Dear Alex Morgan,\n\nThank you for applying for a personal loan of £8,000.\n\nAfter reviewing your "
  "application, we are unable to approve your loan at this time. This decision was based on information "
  "from a credit reference agency. You can request a copy of your credit file free of charge.\n\n"
  "Northgate Bank Lending Team")

L("Decision on your manuscript JCS-2026-0412",
  "Journal of Coastal Studies <editorial@jcs-journal.example>",
  "Dear Dr Morgan,\n\nManuscript ID: JCS-2026-0412, 'Sediment transport under mixed wave regimes'\n\n"
  "Thank you for submitting your manuscript. I regret to inform you that, on the basis of the reviewers' "
  "reports, we have decided not to accept it for publication in the Journal.\n\nThe reviewers' comments are "
  "included below in the hope that they will be useful.\n\nYours sincerely,\nProf. Hilary Banks\nEditor")

L("Research grant application outcome",
  "Foundation for Marine Science <grants@fms-funding.example>",
  "Dear Alex,\n\nThank you for submitting your proposal to the Early Career Researcher Fund. The panel met "
  "on 3 November and, regrettably, your proposal was not selected for funding in this round.\n\n"
  "Competition was very strong: 14 of 162 proposals were funded. Panel feedback is attached.\n\n"
  "Grants Office")

L("School place offer - Reception 2027",
  "Ravensbury Admissions <admissions@ravensbury.gov.example>",
  "Dear Parent/Carer,\n\nWe are writing about your application for a Reception place for your child.\n\n"
  "Unfortunately we are unable to offer a place at your first preference school, St Bride's Primary, as it "
  "was oversubscribed. Your child has been offered a place at Hollins Lane Primary, your second preference.\n\n"
  "You have the right to appeal.\n\nSchool Admissions Team")

L("Your order #558120 has been cancelled",
  "Woodgrain Furniture <orders@woodgrain.example>",
  "Hi Alex,\n\nWe're sorry, but we're unable to fulfil your order #558120 (Oak desk, 140cm) as the item is "
  "no longer available from our supplier. A full refund has been issued to your card.\n\nWoodgrain Furniture")

L("Your talk proposal for DataConf 2027",
  "DataConf Programme Committee <cfp@dataconf.example>",
  "Hi Alex,\n\nThank you for submitting 'Lessons from five years of streaming pipelines' to DataConf 2027.\n\n"
  "We received 640 proposals for 48 slots, and unfortunately we were not able to include your talk in this "
  "year's programme. We hope you'll still join us as an attendee - use code SPEAKER20 for 20% off.\n\n"
  "DataConf Programme Committee")

L("Claim reference HX-448120",
  "Hearthside Insurance <claims@hearthside.example>",
  "Dear Mr Morgan,\n\nWe have now reviewed your claim for water damage to your kitchen. Unfortunately we are "
  "unable to accept your claim, as the damage was caused by a gradual leak, which is excluded under section 4 "
  "of your policy.\n\nIf you disagree with our decision, you can complain to us.\n\nClaims Department")

L("Re: Withdrawing my application",
  "Carl Whitby <carl.whitby@fenwickfreight.example>",
  "Hi Alex,\n\nThanks for letting me know, and congratulations on the new job! I've withdrawn your "
  "application for the Transport Planner role as requested, so you won't receive any further emails about "
  "it.\n\nAll the best,\nCarl\n\nOn Fri, 16 Oct 2026, Alex Morgan wrote:\n> Hi Carl, I've accepted another "
  "offer, so I'd like to withdraw my application\n> for the Transport Planner role. Thank you for your time.\n")

L("Application withdrawn",
  "Thornfield Outdoor <talent@thornfield-outdoor.example>",
  "Hello Alex,\n\nThis is to confirm that your application for Content Designer has been withdrawn at your "
  "request. You can still apply for other positions at any time.\n\nThornfield Outdoor Recruiting")

L("Interview feedback needed: Jordan Lee (Backend Engineer)",
  "Greenhouse <no-reply@greenhouse.example>",
  "Hi Alex,\n\nThanks for interviewing Jordan Lee for Backend Engineer. Please submit your scorecard by end "
  "of day.\n\nUpdate: the hiring team has decided not to move forward with Jordan after the onsite, so no "
  "further interviews will be scheduled with this candidate.\n\nView the candidate in Greenhouse")

L("Debrief: Customer Support Lead candidates",
  "Sinead Farrell <sinead.farrell@quillstack.example>",
  "Hi Alex,\n\nThanks for sitting on the panel yesterday. Summary of where we landed:\n\n"
  "- Priya: offer going out today\n- Tom: we will not be progressing his application, please don't mention "
  "it to him if he contacts you on LinkedIn until HR has sent the email\n- Marcus: keep warm for the Tier 2 "
  "role\n\nThanks,\nSinead\nPeople Partner")

L("Team news",
  "Ben Osei <ben.osei@quillstack.example>",
  "Hi all,\n\nQuick update from the leadership meeting: unfortunately Mia was not selected for the Team Lead "
  "position she applied for internally, but she'll be leading the migration project next quarter, which is "
  "great news for us.\n\nAlso a reminder that the offsite is on the 12th.\n\nBen")

L("Your application - next steps",
  "Ruth Castellanos <recruitment@elleryvance.example>",
  "Dear Alex\n\nParalegal - Private Client Team\n\nWe are pleased to let you know that your application has been "
  "reviewed positively and we would like to keep you in the process for the next stage, a written exercise. "
  "Unfortunately the partner is on leave until 23 November, so the exercise will be scheduled after that.\n\n"
  "Yours sincerely\nRuth Castellanos")

L("Update on timing - Lecturer in Economics",
  "Grantley University Recruitment <recruitment@grantley.ac.example>",
  "Dear Alex,\n\nWe wanted to let you know that the shortlisting for Lecturer in Economics has been delayed and "
  "a decision will now be made in early December. Unfortunately this is later than we had hoped. Your "
  "application remains under consideration.\n\nHR Recruitment")

L("Scholarship application 2027",
  "Hartwell Trust <awards@hartwelltrust.example>",
  "Dear Alex,\n\nThank you for applying for a Hartwell Postgraduate Scholarship. We are sorry to tell you that "
  "your application has not been successful this year. We received over 900 applications for 25 awards.\n\n"
  "The Hartwell Trust")

L("Membership application",
  "Riverside Rowing Club <secretary@riversiderowing.example>",
  "Dear Alex,\n\nThe committee considered your application for full membership at Tuesday's meeting. "
  "Regrettably we cannot offer you a place this season as our squad numbers are full, but we have added you to "
  "the waiting list.\n\nRiverside Rowing Club Secretary")

L("Candidate rejected: Samir Khan - Senior Engineer",
  "Workday <notifications@acme-robotics.myworkday.example>",
  "Hi Alex,\n\nThis is an automated notification for recruiters on Req R-4471 Senior Engineer.\n\n"
  "Candidate Samir Khan has been moved to status Rejected by hiring manager Dana Whitfield. The candidate "
  "will be notified automatically within 48 hours.\n\nYou are receiving this because you are the recruiter on "
  "this requisition.")

L("Reference request for Jamie Fletcher",
  "Tessa Grünewald <tessa@orbitdesk.example>",
  "Dear Alex,\n\nJamie Fletcher has applied for a Support Engineer position at OrbitDesk and has given your "
  "name as a referee. We'd be grateful if you could complete the short reference form below.\n\n"
  "Please note that a reference will not affect whether the candidate is unsuccessful or successful on its "
  "own.\n\nMany thanks,\nTessa")

L("Welcome to the Lumen Health talent community",
  "Lumen Health <jobs@lumenhealth.teamtailor-mail.example>",
  "Hi Alex,\n\nThanks for joining our talent community! We'll send you an email whenever a job that matches "
  "your interests is published. No open role right now? No problem - we'll let you know.\n\n"
  "People Team, Lumen Health\nhttps://careers.lumenhealth.example")

L("Draft rejection template for the unsuccessful candidates",
  "Owen Marlow <owen@marlowfinch.example>",
  "Alex,\n\nCould you send this to the four applicants we're not interviewing for the Part 1 assistant post? "
  "Feel free to tweak.\n\n---\nDear [name],\n\nThank you for applying to Marlow & Finch. We're sorry to say "
  "that your application has not been successful on this occasion.\n---\n\nThanks,\nOwen")

L("How did we do? Your candidate experience",
  "Brightwater Analytics <no-reply@greenhouse.example>",
  "Hi Alex,\n\nYou recently interviewed with Brightwater Analytics. Whatever the outcome, we'd love to hear "
  "about your experience - the survey takes two minutes and is anonymous.\n\nThank you!")

L("The job you saved is closing soon",
  "JobNest <alerts@jobnest.example>",
  "Hi Alex,\n\nThe job you saved, UX Designer at Qubit Interactive, is no longer accepting applications after "
  "today. Apply now before it closes!\n\nOther jobs you may like: UI Designer at Northlight Games.\n\nJobNest")

L("Client would like to meet you",
  "Hannah Piercy <hannah.piercy@keystone-recruitment.example>",
  "Hi Alex,\n\nGood news - Norbury Foods didn't go with the original shortlist for the Planning Coordinator "
  "role and they'd now like to meet you! Are you free Thursday at 2?\n\nHannah")

L("Can we move our call?",
  "Raj Kohli <raj.kohli@hirepath.example>",
  "Hi Alex, unfortunately I can't make our call on Friday about the Head of Data role - something came up with "
  "a client. Could we do Monday at 9:30 instead? Sorry about that.\n\nRaj")

L("MSc Data Science admission decision",
  "Admissions Office, Pembury University <admissions@pembury.ac.example>",
  "Dear Alex Morgan,\n\nThank you for your application to the MSc Data Science programme for September 2027.\n\n"
  "After careful consideration by the admissions tutor, we regret that we are unable to offer you a place on "
  "this programme.\n\nPostgraduate Admissions")

L("Your tenancy application",
  "Cityhomes Property Management <applications@cityhomes.example>",
  "Hello Alex,\n\nYour tenancy application for 3B Mercer Court has been declined following referencing, as "
  "the required income-to-rent ratio was not met. You may reapply with a guarantor.\n\nCityhomes")

L("Hackathon application",
  "BuildWeekend <team@buildweekend.example>",
  "Hey Alex,\n\nThanks for applying to BuildWeekend London! We had 3x more applicants than spaces, and "
  "unfortunately we couldn't offer you a spot this time. We'll open applications for Manchester in March.\n\n"
  "The BuildWeekend crew")

L("Beta programme",
  "Fieldnote App <hello@fieldnote.example>",
  "Hi Alex, thanks for applying to the Fieldnote beta. We couldn't accept everyone, and you're on the "
  "waitlist for now. We'll email you when more places open up.\n\nFieldnote team")

L("Your credit card application",
  "Silverline Card Services <noreply@silverlinecards.example>",
  "Dear Alex Morgan,\n\nWe're sorry, but we can't approve your application for the Silverline Rewards card. "
  "We have not carried out a full credit search.\n\nSilverline Card Services")

L("Your job posting has expired",
  "JobNest for Employers <employers@jobnest.example>",
  "Hi Alex,\n\nYour job posting 'Junior Developer' for Morgan Web Studio expired on 30 October and is no "
  "longer visible to candidates. You received 37 applications; 12 have been marked as unsuccessful.\n\n"
  "Repost your job for £99.\n\nJobNest for Employers")

L("Welcome aboard, Alex!",
  "Cresthaven Partners People Team <people@cresthaven.example>",
  "Hi Alex,\n\nWe're thrilled you've accepted our offer and will be joining as Senior Analyst on 4 January. "
  "Your onboarding checklist is attached: right-to-work documents, bank details for payroll, and your "
  "equipment preferences.\n\nSee you soon!\nPeople Team")

L("Your application is on hold",
  "Kittering Group <kittering@recruitee-mail.example>",
  "Dear Alex,\n\nThank you for your application for Category Manager. We'd like to let you know that your "
  "application is currently on hold while the hiring manager is on leave. We have not rejected your "
  "application and will contact you again in two weeks.\n\nBest regards,\nLieke Brandt")

L("Still in the running",
  "Victoria Ashdown <victoria.ashdown@apexsearch.example>",
  "Dear Alex,\n\nCaldwell Instruments have decided not to go ahead with the other shortlisted candidate for "
  "the Area Sales Manager role, which leaves you as their preferred candidate. They would like references "
  "before a final conversation.\n\nBest regards\nVictoria")

L("Sandmoor Energy - assessment centre booking",
  "Sandmoor Energy Recruitment <careers@sandmoor-energy.example>",
  "Dear Alex,\n\nWe are pleased to confirm that you have been selected to attend our assessment centre for the "
  "Graduate Engineer scheme on 18 November. Candidates who are not selected after the morning exercises will "
  "be told at lunchtime and are free to leave.\n\nSandmoor Energy Recruitment")

L("Your visa application",
  "Visa Application Centre <no-reply@vac-services.example>",
  "Dear Applicant,\n\nA decision has been made on your application for a visitor visa. Unfortunately your "
  "application has been refused. The reasons are set out in the enclosed letter.\n\nVisa Application Centre")

L("Re: Application for Senior Product Manager",
  "Helena Marsh <helena.marsh@verdantlabs.example>",
  "Hi Alex,\n\nThanks for the nudge! No decision yet on the Senior PM role - we've had to pause interviews "
  "for a week while the founders are travelling, but you're definitely still in the mix and not rejected.\n\n"
  "Helena\n\n> Hi Helena, just wondered if there was an update on the Senior PM role?\n> Alex")

L("Your shortlist for Friday",
  "Gemma Pryor <gemma.pryor@trelawny-aero.example>",
  "Hi Alex,\n\nAs you're on the interview panel for the apprentice intake on Friday, here are the eight "
  "candidates. We've already declined the applications of the six who didn't pass the tests, so you only need "
  "to read these.\n\nThanks,\nGemma")

L("Grant application - Community Arts Fund",
  "Arts Council of Wessex <funding@artswessex.example>",
  "Dear Alex,\n\nUnfortunately, your application to the Community Arts Fund for the 'Harbour Lights' mural has "
  "not been successful. We had many more applications than we could support.\n\nFunding Team")

L("Market stall application",
  "Southbank Makers Market <stalls@southbankmakers.example>",
  "Hi Alex,\n\nThanks for applying for a stall at the December makers market. We're sorry to say your "
  "application wasn't successful this time - we already have three ceramic sellers.\n\nSouthbank Makers Market")

L("Your interview is confirmed",
  "Ostrander Systems <graduates@ostrandersystems.example>",
  "Dear Alex,\n\nYour video interview for the Graduate Software Engineer scheme is confirmed for 12 November "
  "at 10:00. If you cannot attend, unfortunately we may not be able to offer an alternative date, so please "
  "let us know as soon as possible.\n\nGraduate Recruitment Team")

# --------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words
# --------------------------------------------------------------------------------------------

ORD("Your payslip for October is ready",
  "Cresthaven Payroll <payroll@cresthaven.example>",
  "Hi Alex,\n\nYour payslip for October 2026 is now available in the employee portal. Pay day is Friday "
  "30 October.\n\nPayroll Team")

ORD("Hiring plan for Q1 - comments by Friday",
  "Sinead Farrell <sinead.farrell@quillstack.example>",
  "Hi Alex,\n\nAttached is the draft hiring plan for Q1: two backend engineers, one designer and a support "
  "lead. Can you add your comments on the job descriptions by Friday? Budget sign-off is next week.\n\nSinead")

ORD("Alex, you appeared in 9 searches this week",
  "WorkLink <notifications@worklink.example>",
  "Hi Alex,\n\nYou appeared in 9 searches this week. Recruiters from Harbour Trust Bank and Ember Cloud viewed "
  "your profile.\n\nUpdate your profile to stand out to employers.\n\nWorkLink")

ORD("Performance review cycle opens Monday",
  "People Team <people@quillstack.example>",
  "Hi everyone,\n\nThe autumn performance review cycle opens on Monday. Please complete your self-assessment "
  "by 20 November and book a conversation with your manager. Promotion applications should be submitted "
  "through the same form.\n\nPeople Team")

ORD("Careers fair next Wednesday",
  "Pembury University Careers Service <careers@pembury.ac.example>",
  "Dear graduates,\n\nOur Autumn Careers Fair takes place next Wednesday in the Great Hall, 11:00-16:00. "
  "Over 60 employers will be recruiting for graduate jobs, internships and placements. Bring copies of your "
  "CV!\n\nCareers Service")

ORD("Reimbursement of your interview travel",
  "Calder Biosciences Finance <finance@calderbio.example>",
  "Dear Alex,\n\nYour claim for interview travel expenses (£36.40) has been approved and will be paid by BACS "
  "within five working days.\n\nFinance Team, Calder Biosciences")

ORD("Reset your password",
  "Juniper Street Bank Careers <donotreply@juniperstreet.myworkday.example>",
  "Hi Alex,\n\nWe received a request to reset the password for your candidate account. Click the link below to "
  "choose a new password. If you did not request this, you can ignore this email.\n\nJuniper Street Bank "
  "Careers")

ORD("Your candidate account has been created",
  "Pinecrest Insurance <careers-noreply@pinecrest.taleo.example>",
  "Dear Alex,\n\nYour candidate account has been created. You can now apply for jobs, save searches and track "
  "your applications.\n\nPinecrest Insurance Talent Acquisition")

ORD("Timesheet reminder",
  "Swiftpost Logistics <hr@swiftpost.example>",
  "Hi Alex, this is a reminder to submit your timesheet for the week ending 6 November before midday Monday so "
  "that your overtime is included in this month's payroll.\n\nSwiftpost HR")

ORD("Pension enrolment",
  "Cresthaven Pensions <pensions@cresthaven.example>",
  "Dear Alex,\n\nAs a new employee you have been automatically enrolled into the company pension scheme. "
  "Your employer contribution is 6% of salary. If you wish to opt out you must do so within one month.\n\n"
  "Pensions Administration")

ORD("Benefits window closes Friday",
  "Cresthaven People Team <people@cresthaven.example>",
  "Hi Alex,\n\nJust a reminder that the benefits enrolment window closes on Friday. You can choose dental "
  "cover, the cycle-to-work scheme and extra holiday purchase in the portal.\n\nPeople Team")

ORD("Course booking confirmed: Interviewing Skills for Managers",
  "Learning & Development <learning@quillstack.example>",
  "Hi Alex,\n\nYou're booked on 'Interviewing Skills for Managers' on 19 November, 09:30-12:30, room 4B. The "
  "course covers structured interviews, scorecards and giving feedback to unsuccessful candidates.\n\nL&D")

ORD("The position of the antenna mast",
  "Dave Kirkby <dave.kirkby@skyline-masts.example>",
  "Hi Alex,\n\nI've had a look at the position of the antenna mast on your roof and it needs moving about a "
  "metre to the left to get clear of the chimney. I can do the job on Thursday morning.\n\nDave")

ORD("Monthly newsletter: Quillstack is growing",
  "Quillstack <news@quillstack.example>",
  "Hi Alex,\n\nThis month we welcomed 14 new starters, opened our Leeds office and launched the mentoring "
  "programme. We're hiring for 9 roles - share them with your network! Referral bonuses are £2,000.\n\n"
  "Quillstack Internal Comms")

ORD("Referral bonus paid",
  "Quillstack Payroll <payroll@quillstack.example>",
  "Hi Alex,\n\nGood news - your referral bonus for Priya Shah (Data Engineer) has been added to your November "
  "salary. Thank you for helping us hire great people!\n\nPayroll")

ORD("Thank you for your interview feedback",
  "Greenhouse <no-reply@greenhouse.example>",
  "Hi Alex,\n\nThanks for submitting your scorecard for candidate Lin Zhou (Product Manager). The hiring team "
  "will review all feedback at Thursday's debrief.\n\nGreenhouse")

ORD("Job description review - Senior Data Engineer",
  "Priya Natarajan <priya.natarajan@brightwater-analytics.example>",
  "Hi Alex,\n\nAs one of our alumni, would you mind looking over the job description for our Senior Data "
  "Engineer opening and telling me if the requirements sound realistic? Happy to buy you a coffee for it.\n\n"
  "Priya")

ORD("Volunteering day sign-up",
  "CSR Team <csr@cresthaven.example>",
  "Hi all,\n\nOur volunteering day at the city food bank is on 3 December. Every employee has two paid "
  "volunteering days a year - sign up on the intranet.\n\nCSR Team")

ORD("Your CV review is ready",
  "CVPolish <hello@cvpolish.example>",
  "Hi Alex,\n\nYour free CV review is ready! Our expert found 7 issues that could stop employers from "
  "shortlisting you, including missing keywords for 'data analyst' roles. Upgrade to Premium to fix them.\n\n"
  "CVPolish")

ORD("Contract renewal",
  "Helix Contracting <contracts@helixcontracting.example>",
  "Hi Alex,\n\nYour current contract with Helix Contracting ends on 31 December. The client has asked to extend "
  "the engagement for a further six months at the same day rate. Please sign the attached extension.\n\n"
  "Contracts Team")

ORD("Re: Lunch next week?",
  "Marcus Hale <marcus.hale@postbox.example>",
  "Sounds good! I'm free Tuesday. How's the job hunt going? I heard Brightwater are hiring again - might be "
  "worth a look.\n\nMarcus\n\n> Fancy lunch next week? Alex")

ORD("Office move - new desks",
  "Facilities <facilities@quillstack.example>",
  "Hi all,\n\nThe data team moves to the third floor on Monday. Please pack your desks by Friday afternoon. "
  "New joiners starting next week will be seated with their teams.\n\nFacilities")

ORD("Salary benchmarking survey 2026",
  "Analytics Professionals Network <survey@apn.example>",
  "Dear member,\n\nOur annual salary survey is open. Tell us about your job title, salary and benefits "
  "anonymously, and receive the full report on pay for analytics roles in January.\n\nAPN")

ORD("Your subscription to Recruiter Weekly",
  "Recruiter Weekly <subscriptions@recruiterweekly.example>",
  "Hi Alex,\n\nYour annual subscription to Recruiter Weekly renews on 1 December for £89. This year we covered "
  "hiring trends, employer branding and candidate experience.\n\nRecruiter Weekly")

ORD("Jury service and your employment",
  "Cresthaven People Team <people@cresthaven.example>",
  "Hi Alex,\n\nWe've received your jury summons letter. Your job is protected while you serve and we'll keep "
  "paying your salary; please claim loss of earnings from the court only for the difference.\n\nPeople Team")

ORD("Mentoring programme - you've been matched",
  "Analytics Professionals Network <mentoring@apn.example>",
  "Hi Alex,\n\nYou've been matched with mentor Oluwaseun Bakare, Head of Analytics at a retail company. Your "
  "first session covers career goals and job applications.\n\nAPN Mentoring")

ORD("Invoice 2026-117",
  "Alex Morgan Consulting <accounts@alexmorganconsulting.example>",
  "Invoice 2026-117 for data pipeline consulting work (October), 8 days at £550. Payment terms 30 days.\n\n"
  "Thank you for your business.")

ORD("Parents' evening",
  "St Bride's Primary <office@stbrides.sch.example>",
  "Dear Parents,\n\nParents' evening will be held on 17 November. Our new teaching assistant, appointed last "
  "month, will also be available to meet families.\n\nSchool Office")

ORD("Interview with our CEO in the staff magazine",
  "Internal Comms <comms@cresthaven.example>",
  "Hi all,\n\nThis month's staff magazine includes an interview with our CEO on the firm's growth, the graduate "
  "recruitment drive and our new apprenticeship scheme.\n\nInternal Comms")

ORD("Your application for a parking permit",
  "Facilities <facilities@cresthaven.example>",
  "Hi Alex, your application for a staff parking permit has been approved. Your permit number is P-2231 and is "
  "valid from Monday.\n\nFacilities")


# --------------------------------------------------------------------------------------------
# Build / check
# --------------------------------------------------------------------------------------------

def ordered() -> list[dict]:
    """Interleave the kinds deterministically (a fixed permutation, no randomness at run time)."""
    n = len(SPECS)
    step = 37  # coprime with 150
    return [SPECS[(k * step) % n] for k in range(n)]


def text_of(raw: bytes) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    parts = [str(msg["From"]), str(msg["Subject"])]
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            parts.append(part.get_content())
    return "\n".join(parts)


def build() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    rows = []
    for i, spec in enumerate(ordered(), start=1):
        (out / f"{i:04d}.eml").write_bytes(render(i, spec))
        rows.append(label_of(i, spec))
    (HERE / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                       encoding="utf-8")
    print(f"wrote {len(rows)} messages to {out}")


def check() -> int:
    problems = []
    rows = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    if [r["file"] for r in rows] != files:
        problems.append("labels.jsonl and messages/ do not match 1:1")
    if len({r["file"] for r in rows}) != len(rows):
        problems.append("duplicate file names in labels.jsonl")
    for row, spec in zip(rows, ordered(), strict=False):
        raw = (HERE / "messages" / row["file"]).read_bytes()
        try:
            text = text_of(raw)
        except Exception as exc:  # noqa: BLE001 - report any parse problem
            problems.append(f"{row['file']}: does not parse back: {exc}")
            continue
        if row["kind"] != spec["kind"] or row["is_rejection"] != (spec["kind"] == "rejection"):
            problems.append(f"{row['file']}: label kind differs from its spec")
        if set(row) != {"file", "is_rejection", *FIELDS, "lang", "kind"}:
            problems.append(f"{row['file']}: unexpected label fields {sorted(row)}")
        if not row["is_rejection"] and any(row[f] is not None for f in FIELDS):
            problems.append(f"{row['file']}: non-rejection with extraction fields")
        folded = " ".join(text.lower().split())
        for field in ("company", "contact_email", "careers_url"):
            value = row[field]
            if value and " ".join(value.lower().split()) not in folded:
                problems.append(f"{row['file']}: {field} {value!r} not found in the message")
        if row["is_rejection"] and not row["company"]:
            problems.append(f"{row['file']}: rejection without a company")
    kinds = {k: sum(r["kind"] == k for r in rows) for k in ("rejection", "lookalike", "ordinary")}
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(rows)} labels, {len(files)} files, kinds {kinds}: {'OK' if not problems else 'FAILED'}")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
