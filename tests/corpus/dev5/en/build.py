"""Build the dev5/en labelled corpus (round 5, fifth independent English author).

Writes deterministic ``messages/NNNN.eml`` and ``labels.jsonl`` next to this file.
Every person, company and domain is invented (``.example`` / ``.test``).

    python build.py           # (re)write messages + labels
    python build.py --check   # parse everything back, check labels 1:1
"""

from __future__ import annotations

import html as htmlmod
import json
import re
import sys
from datetime import UTC, datetime, timedelta
from email import charset as cs
from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWNER = "Jordan Ellis <jordan.ellis@inbox.example>"
BASE_DATE = datetime(2026, 9, 1, 8, 30, tzinfo=UTC)

URL_RE = re.compile(r"https?://[^\s<>()\"]+[^\s<>()\".,;:!?]")


def _charset(name: str, enc: str | None) -> cs.Charset:
    c = cs.Charset(name)
    c.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None}[enc or "8bit"]
    return c


def _to_html(body: str, preheader: str | None, footer: str | None) -> str:
    parts = []
    if preheader:
        parts.append(
            '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
            f"{htmlmod.escape(preheader)}&nbsp;&zwnj;&nbsp;&zwnj;</div>"
        )
    parts.append('<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
                 '<tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#222">')
    for para in body.strip().split("\n\n"):
        if para.startswith("|"):
            rows = [r.strip().strip("|").split("|") for r in para.splitlines()]
            cells = "".join(
                "<tr>" + "".join(f'<td style="padding:4px 8px;border:1px solid #ddd">'
                                 f"{htmlmod.escape(c.strip())}</td>" for c in row) + "</tr>"
                for row in rows)
            parts.append(f'<table style="border-collapse:collapse">{cells}</table>')
            continue
        text = htmlmod.escape(para)
        text = URL_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', text)
        parts.append("<p>" + text.replace("\n", "<br>\n") + "</p>")
    parts.append("</td></tr></table>")
    if footer:
        foot = htmlmod.escape(footer)
        foot = URL_RE.sub(lambda m: f'<a href="{m.group(0)}" style="color:#888">{m.group(0)}</a>', foot)
        parts.append(f'<div style="font-size:11px;color:#888">{foot.replace(chr(10), "<br>")}</div>')
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head><body>\n"
            + "\n".join(parts) + "\n</body></html>\n")


def build_message(i: int, m: dict) -> bytes:
    enc = m.get("enc", "plain")
    body = m["body"].strip("\n") + "\n"
    if m.get("footer") and enc not in ("html", "html_b64", "alt"):
        body += "\n" + m["footer"].strip("\n") + "\n"
    if enc == "plain":
        msg = MIMEText(body, "plain", _charset("utf-8", "8bit"))
    elif enc == "qp":
        msg = MIMEText(body, "plain", _charset("utf-8", "qp"))
    elif enc == "b64":
        msg = MIMEText(body, "plain", _charset("utf-8", "b64"))
    elif enc == "latin1":
        msg = MIMEText(body, "plain", _charset("iso-8859-1", "qp"))
    elif enc == "cp1252":
        msg = MIMEText(body, "plain", _charset("windows-1252", "8bit"))
    elif enc in ("html", "html_b64"):
        page = _to_html(m["body"], m.get("preheader"), m.get("footer"))
        msg = MIMEText(page, "html", _charset("utf-8", "qp" if enc == "html" else "b64"))
    elif enc == "alt":
        msg = MIMEMultipart("alternative", boundary=f"==dev5en-{i:04d}==")
        text = body + ("\n" + m["footer"].strip("\n") + "\n" if m.get("footer") else "")
        msg.attach(MIMEText(text, "plain", _charset("utf-8", "qp")))
        page = _to_html(m["body"], m.get("preheader"), m.get("footer"))
        msg.attach(MIMEText(page, "html", _charset("utf-8", "qp")))
    else:  # pragma: no cover
        raise ValueError(enc)
    msg["From"] = m["from"]
    msg["To"] = m.get("to", OWNER)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(BASE_DATE + timedelta(hours=7 * i, minutes=13 * (i % 5)))
    dom = re.search(r"@([\w.-]+)", m["from"]).group(1)
    msg["Message-ID"] = f"<dev5en.{i:04d}@{dom}>"
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    return msg.as_bytes(policy=policy.SMTP.clone(max_line_length=998))


def label(i: int, m: dict) -> dict:
    rej = m["kind"] == "rejection"
    return {
        "file": f"{i:04d}.eml",
        "is_rejection": rej,
        "company": m.get("company") if rej else None,
        "role": m.get("role") if rej else None,
        "contact_name": m.get("contact_name") if rej else None,
        "contact_email": m.get("contact_email") if rej else None,
        "careers_url": m.get("careers_url") if rej else None,
        "lang": "en",
        "kind": m["kind"],
        "note": m.get("note", ""),
    }


def build() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    lines = []
    for i, m in enumerate(MESSAGES, 1):
        (out / f"{i:04d}.eml").write_bytes(build_message(i, m))
        lines.append(json.dumps(label(i, m), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = {}
    for m in MESSAGES:
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    print(f"wrote {len(MESSAGES)} messages: {kinds}")


def check() -> int:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text("utf-8").splitlines() if x]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    errors = []
    if [x["file"] for x in labels] != files:
        errors.append("labels and messages are not 1:1")
    for lab, m in zip(labels, MESSAGES, strict=False):
        raw = (HERE / "messages" / lab["file"]).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        part = msg.get_body(("plain", "html"))
        text = part.get_content() if part else ""
        if not text.strip():
            errors.append(f"{lab['file']}: empty body")
        if lab["is_rejection"] != (m["kind"] == "rejection"):
            errors.append(f"{lab['file']}: label mismatch")
        if lab["kind"] not in ("rejection", "lookalike", "ordinary"):
            errors.append(f"{lab['file']}: bad kind")
        if lab["is_rejection"] and not lab["company"]:
            errors.append(f"{lab['file']}: rejection without company")
        url = lab.get("careers_url")
        flat = re.sub(r"=\r?\n", "", text)
        if url and url not in flat:
            errors.append(f"{lab['file']}: careers_url not in body")
        if lab.get("contact_email") and lab["contact_email"] not in raw.decode("latin-1"):
            errors.append(f"{lab['file']}: contact_email not in message")
        for dom in re.findall(r"@([a-z0-9.-]+\.[a-z]+)", raw.decode("latin-1").lower()):
            if not dom.endswith((".example", ".test")):
                errors.append(f"{lab['file']}: real-looking domain {dom}")
    for e in errors:
        print(e)
    print(f"checked {len(labels)} messages, {len(errors)} problems")
    return 1 if errors else 0


# --------------------------------------------------------------------------------------
# Message texts. R = true rejection, L = hard look-alike, Q = ordinary mail with job words.
# --------------------------------------------------------------------------------------
MESSAGES: list[dict] = []


def R(frm, subject, body, company, role=None, contact_name=None, contact_email=None,
      careers_url=None, **kw):
    MESSAGES.append(dict(kind="rejection", subject=subject, body=body, company=company, role=role,
                         contact_name=contact_name, contact_email=contact_email,
                         careers_url=careers_url, **{"from": frm}, **kw))


def L(frm, subject, body, **kw):
    MESSAGES.append(dict(kind="lookalike", subject=subject, body=body, **{"from": frm}, **kw))


def Q(frm, subject, body, **kw):
    MESSAGES.append(dict(kind="ordinary", subject=subject, body=body, **{"from": frm}, **kw))


# ---- rejections: public sector, formal, numbered procedures ---------------------------
R("Recruitment Team <recruitment@thornbury-council.example>",
  "Ref HR/2026/0413 - Senior Planning Officer (Development Management)",
  """Dear Mr Ellis,

Post: Senior Planning Officer (Development Management)
Reference: HR/2026/0413
Grade: PO7

Following the shortlisting exercise undertaken by the appointing panel against the essential
criteria set out in the person specification, I write to advise that your application has not
been progressed to the interview stage on this occasion.

The Council received a high number of applications for this post. Owing to the volume, the
panel is unable to provide individual feedback at shortlisting stage.

Current vacancies are published at https://www.thornbury-council.example/jobs and we would
encourage you to consider applying for future posts.

Yours sincerely,

Margaret Ashdown
HR Officer, People Services
Thornbury Borough Council
""", "Thornbury Borough Council", "Senior Planning Officer (Development Management)",
  "Margaret Ashdown", None, "https://www.thornbury-council.example/jobs", enc="latin1")

R("Kit <kit@pixelmoth.example>", "re: frontend eng spot",
  """hey jordan - we ended up going w/ someone who'd shipped a lot more react native stuff.
really enjoyed chatting tho 🙏 good luck!!

kit @ pixelmoth
""", "Pixelmoth", "Frontend Engineer", "Kit", "kit@pixelmoth.example", enc="plain")

R("Brindle Logistics Careers <no-reply@brindle.myworkdayjobs.example>",
  "Your application status has changed",
  """Brindle Logistics

Candidate Home: Application Status Update

Job Requisition: R-44871 Warehouse Shift Team Leader (Nights) - Daventry DC
Status: Not Selected
Date updated: 14 September 2026

Hello Jordan,

The status of an application you submitted has changed. No further action is required from you
for this requisition.

You can view all your applications and search for other roles in Candidate Home:
https://brindle.myworkdayjobs.example/en-GB/BrindleCareers

This is an automated message. Please do not reply.
""", "Brindle Logistics", "Warehouse Shift Team Leader (Nights)", None, None,
  "https://brindle.myworkdayjobs.example/en-GB/BrindleCareers", enc="qp",
  note="status block only")

R("Tom Pennick <t.pennick@harrowgatefoods.example>", "Head of Finance",
  """Hi Jordan,

I wanted to get back to you personally before the news goes round the wider team. After a
lot of discussion, the Head of Finance role has gone to a colleague from our group finance
function, who has been covering the post on an interim basis since the spring.

That is no reflection on the conversation we had, which I enjoyed. If something comes up
on the commercial finance side next year I will happily reach out.

All the best,
Tom

Tom Pennick
Chief Financial Officer | Harrowgate Foods
""", "Harrowgate Foods", "Head of Finance", "Tom Pennick", "t.pennick@harrowgatefoods.example",
  note="decision only implied by the company's choice")

R("Ines Carvalho <ines@quillpay.example>", "Compliance Analyst - update",
  """Hi Jordan,

Thanks again for your time with Abi and me last Thursday.

We made an offer for the Compliance Analyst position to a candidate with more direct
experience of regulated payments, and she has accepted it. I know that isn't the update you
were hoping for.

You came across really well, and I'd be glad to keep in touch.

Ines Carvalho
Talent Partner, Quillpay
""", "Quillpay", "Compliance Analyst", "Ines Carvalho", "ines@quillpay.example")

R("St Brannock's Hospital NHS Trust <recruitment.sbh@nhsjobs.example>",
  "Outcome of interview - Vacancy 392-NUR-1184",
  """Dear Jordan Ellis

Vacancy reference: 392-NUR-1184
Job title: Staff Nurse, Critical Care (Band 6)

Thank you for attending interview with us on 9 September.

The panel has now concluded its deliberations and I regret to advise that you have not been
recommended for appointment to this post. Should you wish to receive feedback on your
performance at interview, please contact the recruiting manager, Sister Hannah Orme, on
ext. 4471.

We wish you well for the future.

Recruitment Services
St Brannock's Hospital NHS Trust

This email was sent from an unmonitored mailbox.
""", "St Brannock's Hospital NHS Trust", "Staff Nurse, Critical Care (Band 6)", None, None, None,
  enc="qp")

R("Academic Recruitment <acrec@univ-holmbridge.ac.example>",
  "Lecturer in Marine Biology (Ref. AC2291)",
  """Dear Dr Ellis,

Lecturer in Marine Biology (Ref. AC2291)

The selection committee has now met to consider applications for the above post. I am
writing to let you know that, after careful consideration, you were not among the candidates
shortlisted for interview.

The committee were impressed by the overall standard of the field, and I would like to thank
you for the time and care you took over your application.

Yours sincerely,

Professor Alan Greaves
Head of School, School of Ocean Sciences
University of Holmbridge
""", "University of Holmbridge", "Lecturer in Marine Biology", "Alan Greaves", None, None)

R("Talent Acquisition <careers@vantara-analytics.example>",
  "Regarding your application - Associate, Business Analytics",
  """Dear Jordan,

Greetings from Vantara Analytics!

We appreciate your interest in the position of Associate - Business Analytics and the time
invested by you in the selection process.

After thorough evaluation, we wish to inform you that your profile does not match our current
requirement, hence we will not be able to proceed further with your candidature at this point.

We shall retain your details in our database and reach out to you should a suitable opening
arise. Kindly keep visiting https://vantara-analytics.example/careers for latest openings.

Warm regards,
Talent Acquisition Team
Vantara Analytics Pvt. Ltd., Bengaluru
""", "Vantara Analytics", "Associate - Business Analytics", None, None,
  "https://vantara-analytics.example/careers", enc="b64")

R("Mel Haddad <mel@gullyroadcoffee.example>", "Saturday trial",
  """Hi Jordan,

Thanks heaps for coming in for the trial shift on Saturday, the regulars loved you.

We've had a yarn about it as a team and unfortunately we've decided not to go ahead with you
for the barista spot - we need someone with a bit more time on the machine during a rush.

Hope to see you in for a flat white anyway!

Cheers,
Mel
Gully Road Coffee, Fitzroy
""", "Gully Road Coffee", "Barista", "Mel Haddad", "mel@gullyroadcoffee.example",
  note="trial day, Australian register")

R("Aoife Brennan <aoife.brennan@lissadell-analytics.example>", "Your application - Data Analyst",
  """Hi Jordan,

Thanks a million for your interest in the Data Analyst role and for taking the time to put
your application together.

Unfortunately we won't be bringing your application forward to the next stage this time
round. We had a very strong response and went with people whose experience is closer to the
insurance side of things.

Best of luck with the search,
Aoife

Aoife Brennan | People & Culture | Lissadell Analytics, Galway
""", "Lissadell Analytics", "Data Analyst", "Aoife Brennan", "aoife.brennan@lissadell-analytics.example",
  enc="qp")

R("Carrow Insurance Graduate Recruitment <graduates@carrow-insurance.example>",
  "Carrow Insurance Actuarial Graduate Programme - online assessment result",
  """Dear Jordan,

Thank you for completing the online assessments for the Carrow Insurance Actuarial Graduate
Programme 2027.

Each stage of our process has a benchmark that candidates must meet before moving on. On this
occasion your result in the numerical reasoning test did not reach the required score, and we
are therefore unable to progress your application.

Your personal feedback report from the assessment provider is attached to your candidate
account.

Kind regards,
Graduate Recruitment Team
Carrow Insurance
""", "Carrow Insurance", "Actuarial Graduate Programme", None, None, None, enc="alt",
  preheader="Your assessment result")

R("Priyanka Desai <priyanka.desai@hollins-meyer.example>",
  "Hollins Meyer Trainee Solicitor assessment centre",
  """Dear Jordan,

Thank you for attending our assessment centre on 12 November and for the effort you put into
the group exercise and the written task.

The assessors have now moderated the scores from the day. I am sorry to tell you that your
overall score fell below the threshold we need in order to make a training contract offer, so
we will not be offering you a place in our 2029 trainee intake.

I know how much work goes into these days. If you would like a short feedback call, just reply
to this email and I will set one up.

Best wishes,

Priyanka Desai
Graduate Recruitment Manager
Hollins Meyer LLP
""", "Hollins Meyer", "Trainee Solicitor", "Priyanka Desai", "priyanka.desai@hollins-meyer.example")

R("Will Okoro <will@sparrowgrid.example>", "Case study follow-up",
  """Hi Jordan,

Thanks for presenting your case study to the team on Tuesday - the pricing section in
particular sparked a good debate.

Having talked it through, we don't think it's the right match for the Product Lead role right
now, so we're going to close things out on our side. I'm sorry it's not better news.

Happy to share the team's notes if useful.

Will
Will Okoro, CEO, SparrowGrid
""", "SparrowGrid", "Product Lead", "Will Okoro", "will@sparrowgrid.example")

R("HR Shared Services <hr.recruitment@delmont-engineering.example>",
  "Conditional offer - Project Engineer",
  """Dear Jordan,

Re: Conditional offer of employment - Project Engineer, Ref PE-0925

We refer to our conditional offer letter dated 2 October, which was subject to the receipt of
satisfactory references and pre-employment checks.

Having now received and reviewed the references provided, we regret that the conditions of the
offer have not been met. The conditional offer is therefore withdrawn and we will not be
proceeding with your appointment.

Yours sincerely,

Gareth Llewellyn
HR Business Partner
Delmont Engineering Ltd
""", "Delmont Engineering", "Project Engineer", "Gareth Llewellyn", None, None, enc="latin1",
  note="offer withdrawn after reference check")

R("Early Careers at Northway Bank <earlycareers@northwaybank.example>",
  "Northway Summer Internship 2027",
  """Hi Jordan,

We received more than 2,400 applications for our 2027 Summer Internship Programme, and every
one of them was read by a member of our team.

We're sorry to let you know that we're unable to offer you a place this year.

Please don't let this put you off - lots of our current graduates applied more than once.
Our 2028 programmes open in September: https://careers.northwaybank.example/early-careers

The Early Careers Team
Northway Bank
""", "Northway Bank", "Summer Internship Programme", None, None,
  "https://careers.northwaybank.example/early-careers", enc="html",
  preheader="An update on your internship application",
  footer="Northway Bank plc, 1 Dock Street, Leeds. Registered in England.\n"
         "Privacy notice: https://northwaybank.example/privacy\n"
         "Unsubscribe from Early Careers emails: https://email.northwaybank.example/unsub?u=88121")

R("Apprenticeships <apprenticeships@keltonrail.example>",
  "Level 3 Engineering Technician Apprenticeship",
  """Dear Jordan,

Thank you for applying for our Level 3 Engineering Technician Apprenticeship (Rolling Stock).

Sadly, on this occasion your application has been unsuccessful. We had over 600 applicants for
24 places, so competition was very strong.

Good luck with your future applications.

Kelton Rail Apprenticeship Team
""", "Kelton Rail", "Level 3 Engineering Technician Apprenticeship", None, None, None)

R("Library Staffing <libstaff@univ-holmbridge.ac.example>",
  "Re: Library assistant (student staff)",
  """Hi Jordan,

Thanks for your application for the term-time Library Assistant (student staff) role.

All of our shifts for this year have now been filled, so we won't be taking your application
any further. We'll advertise again in the summer term if you'd like to reapply.

Thanks,
Rhiannon
Library Staffing Coordinator, University of Holmbridge
""", "University of Holmbridge", "Library Assistant (student staff)", "Rhiannon", "libstaff@univ-holmbridge.ac.example")

R("Volunteering <volunteering@harbourline.example>",
  "Your application to volunteer as a Listener",
  """Dear Jordan,

Thank you so much for applying to volunteer as a Listener on the Harbourline support line.

Our volunteer selection panel has now looked at all the applications for the January training
cohort. We're sorry to say that we are unable to offer you a place on this cohort.

We'd really value your support in other ways, for example at our fundraising events.

With warm wishes,
Chloe Randall
Volunteer Recruitment Coordinator, Harbourline
""", "Harbourline", "Listener (volunteer)", "Chloe Randall", "volunteering@harbourline.example")

R("Hattie Lim <hattie@bluefernstudio.example>", "Re: Speculative application",
  """Hi Jordan,

Thanks for getting in touch and sending your CV over.

We don't have any openings at the moment that would suit your background, and as a small
studio we don't keep CVs on file, so I'm afraid we won't be taking this any further.

Do keep an eye on our jobs page (https://bluefernstudio.example/jobs) - we post everything
there first.

Hattie
Studio Manager, Bluefern Studio
""", "Bluefern Studio", None, "Hattie Lim", "hattie@bluefernstudio.example",
  "https://bluefernstudio.example/jobs", note="speculative application")

R("Fernhill Studio <jobs@fernhillstudio.example>",
  "Application outcome: Junior Designer - unsuccessful",
  """Dear Jordan,

Thank you for your interest in joining Fernhill Studio.

Kind regards,
The Fernhill Team
""", "Fernhill Studio", "Junior Designer", None, None, None,
  note="decision only in the subject, bare body")

R("Oakline Health via Greenhouse <no-reply@us.greenhouse-mail.example>",
  "Thank you for your interest in Oakline Health",
  """Hi Jordan,

Thank you for applying for the Senior Backend Engineer, Claims Platform role at Oakline Health
and for the time you spent with our team.

Our hiring team has chosen to move ahead with applicants whose backgrounds more closely fit
what we need for this role at this time.

We encourage you to keep an eye on our open roles at https://oaklinehealth.example/careers.

Best,
The Oakline Health Recruiting Team
""", "Oakline Health", "Senior Backend Engineer, Claims Platform", None, None,
  "https://oaklinehealth.example/careers", enc="html",
  preheader="An update from Oakline Health",
  footer="Powered by Greenhouse. Oakline Health, 400 Market St, Denver CO.\n"
         "Privacy policy: https://oaklinehealth.example/legal/privacy\n"
         "You received this email because you applied for a role at Oakline Health.")

R("Sunil Varma <sunil@marrowbyte.example>", "Re: Following up - Platform Engineer",
  """Hi Jordan,

Thanks for the follow-up, and sorry for the slow reply - it's been a hectic couple of weeks.

We've closed the search for the Platform Engineer position and the offer has been accepted by
another candidate. Best of luck with everything, and thanks for your patience.

Sunil

On Mon, 6 Oct 2026 at 09:12, Jordan Ellis <jordan.ellis@inbox.example> wrote:
> Hi Sunil,
>
> I just wanted to follow up on my interview last week - I'm really excited about this
> opportunity and would love to hear about next steps! I'm available for a second interview
> any time next week, and I'd be thrilled to move forward.
>
> Thanks so much,
> Jordan
""", "Marrowbyte", "Platform Engineer", "Sunil", "sunil@marrowbyte.example",
  note="reply quoting the owner's enthusiastic mail")

R("Raj Mehta <raj.mehta@talentbridge-search.example>", "Fwd: Jordan Ellis - final round feedback",
  """Hi Jordan,

I've just had the feedback from Ardent Health Systems, see below. I'm afraid they've decided
not to take you through to the final round for the Delivery Manager role. Happy to talk it
over on the phone - I've got two other briefs I think you'd suit.

Raj

Raj Mehta | Senior Consultant | TalentBridge Search
07700 900412

---------- Forwarded message ---------
From: Claire Dunmore <claire.dunmore@ardenthealth.example>
Date: Wed, 15 Oct 2026 at 16:40
Subject: Jordan Ellis - final round feedback
To: Raj Mehta <raj.mehta@talentbridge-search.example>

Hi Raj,

Thanks for putting Jordan forward. We'll pass this time - strong on delivery, but lighter on
stakeholder management than we need at this level.

Claire
""", "Ardent Health Systems", "Delivery Manager", "Raj Mehta", "raj.mehta@talentbridge-search.example",
  note="agency forward of client feedback")

R("Kestrel Mobility Recruiting <jobs@kestrelmobility.example>",
  "Update on your application - Senior Product Manager",
  """Hi Jordan,

It's been a busy quarter at Kestrel! We opened our new Leeds office in August, launched the
e-bike fleet in three more cities, and welcomed 40 new people to the team. Thank you for being
part of such a big wave of interest in joining us.

We also moved to a new hiring platform this month, so some of you will have received a
couple of duplicate emails - sorry about that.

On your application for Senior Product Manager: we have now completed interviews for this
position and we won't be progressing with your candidacy. We know this is disappointing after
the time you gave us.

Thank you again, and we hope to cross paths in the future.

Kestrel Mobility Talent Team
https://kestrelmobility.example/careers
""", "Kestrel Mobility", "Senior Product Manager", None, None,
  "https://kestrelmobility.example/careers", enc="alt", preheader="News from Kestrel",
  note="decision after company news")

R("Hiring at Tamsin & Gale <hiring@tamsingale.example>", "Data Engineer - interview outcome",
  """Dear Jordan,

Thank you for interviewing with Tamsin & Gale. Please find a summary of your application below.

| Position | Data Engineer (Pricing) |
| Stage reached | Technical interview |
| Outcome | Unsuccessful |
| Feedback available | Yes - on request |

We appreciate the time you invested and wish you every success.

Tamsin & Gale Recruitment
""", "Tamsin & Gale", "Data Engineer (Pricing)", None, None, None, enc="html",
  preheader="Your interview outcome", note="table")

R("Dana Whitcombe <dana@orchardlane.example>", "quick one",
  """Jordan - it's not a yes this time for the ops coordinator job, sorry. We'd genuinely love to
see you apply again when we open the next round in spring though.

Dana
Orchard Lane Events
""", "Orchard Lane Events", "Ops Coordinator", "Dana Whitcombe", "dana@orchardlane.example")

R("Priya Raman <priya.raman@corvusbio.example>", "Feedback from your panel interview",
  """Hi Jordan,

As promised, here is a summary of the panel's feedback from Monday:

- Strong technical depth on assay development
- Good, clear communication
- Less evidence of having led a team through a regulatory submission
- Limited exposure to GMP documentation at scale

Based on this, the panel decided not to make you an offer for the Senior Scientist post. I
know that's disappointing, and I hope the points above are useful.

Kind regards,
Priya Raman
Talent Acquisition, Corvus Bio
""", "Corvus Bio", "Senior Scientist", "Priya Raman", "priya.raman@corvusbio.example",
  note="decision after feedback bullets")

R("Jules <jules@hatchwork.example>", "marketing role",
  """Hi Jordan, I'm going to be straight with you - we're going to pass this time around on the
marketing lead role. It just wasn't quite the fit we were hunting for. Really appreciate you
giving it a go.

Jules, Hatchwork
""", "Hatchwork", "Marketing Lead", "Jules", "jules@hatchwork.example", note="idiom")

R("Careers <careers@stonebridge-housing.example>", "Your application - Housing Officer",
  """Dear Jordan,

Thank you for your application for the role of Housing Officer.

A decision has been made not to progress your application further. Applications were assessed
against the shortlisting criteria in the role profile.

Stonebridge Housing Association
""", "Stonebridge Housing Association", "Housing Officer", None, None, None,
  note="agentless passive")

R("Recrutement / Recruitment <talent@maisonverlaine.example>", "Your application - Retail Buyer",
  """Dear Jordan,

We thank you for your application for the Retail Buyer position in our London office.

After review, your profile was not retained for the next steps of our recruitment process.
We will nevertheless keep your details so we can contact you for opportunities that may
better match your experience.

Best regards,

Maison Verlaine - Talent Acquisition
""", "Maison Verlaine", "Retail Buyer", None, None, None, enc="latin1")

R("Sam Whitlock <sam@tidewaterlabs.example>", "ops role",
  """sorry jordan 😕 we went another direction on the ops role. good luck out there!""",
  "Tidewater Labs", "Ops", "Sam Whitlock", "sam@tidewaterlabs.example",
  note="texting register; company from domain")

R("Megan Yates <megan.yates@fallowfield.example>", "Phone screen follow-up",
  """Hi Jordan,

Thank you for taking my call yesterday about the Account Executive opening.

After comparing notes with the hiring manager, we won't be moving you to the next round. We're
prioritising candidates with enterprise SaaS sales experience for this one.

Thanks again,
Megan Yates
Recruiter, Fallowfield
""", "Fallowfield", "Account Executive", "Megan Yates", "megan.yates@fallowfield.example")

R("Civil Service Jobs <noreply@civilservicejobs.example>",
  "Application 2345678 - Policy Adviser - Department for Coastal Communities",
  """Dear Jordan Ellis,

Vacancy: 2345678 - Policy Adviser, Higher Executive Officer
Department: Department for Coastal Communities

Thank you for your application.

Your application has been unsuccessful at the sift stage. The minimum score required to
progress was 4 for each behaviour; your scores are shown below.

Behaviour - Seeing the Big Picture: 3
Behaviour - Communicating and Influencing: 4

You can view the feedback in your account.

Civil Service Jobs
""", "Department for Coastal Communities", "Policy Adviser", None, None, None, enc="qp")

R("Ridgeback County HR <hr-notices@ridgebackcounty.example>",
  "Notice of Results - Announcement RC-26-1187",
  """NOTICE OF RESULTS

Announcement Number: RC-26-1187
Position: Civil Engineer II, Department of Public Works
Applicant: Jordan Ellis

You were rated as qualified for this position. However, you were not among the highest-ranking
candidates referred to the selecting official, and your application will receive no further
consideration for this announcement.

Ridgeback County Human Resources
""", "Ridgeback County", "Civil Engineer II", None, None, None, note="US public-sector notice")

R("Lou <lou@thecopperpot.example>", "trial day",
  """Hi Jordan, thanks for coming in for the trial day yesterday, the team said you worked really hard.
We've had a think and we won't be offering you the kitchen porter job, we've given it to
someone who can do weekday mornings as well. Best of luck!
Lou
The Copper Pot
""", "The Copper Pot", "Kitchen Porter", "Lou", "lou@thecopperpot.example")

R("Harriet Cole <harriet.cole@meridian-people.example>", "Finance Business Partner - update",
  """Hi Jordan,

Just a quick note to update you on the Finance Business Partner role with Brackenwood Group.
The client has decided to proceed with another candidate who was able to start sooner, so
they won't be moving forward with your application.

I'll be in touch as soon as I have something else that fits.

Harriet Cole
Principal Consultant, Meridian People
""", "Brackenwood Group", "Finance Business Partner", "Harriet Cole",
  "harriet.cole@meridian-people.example", enc="qp")

R("Recruitment <recruitment@cobaltworks.example>", "Operations Analyst vacancy",
  """Dear Jordan,

Thank you for applying for the Operations Analyst vacancy.

Following a review of our structure, we have decided not to fill this position at this time.
The vacancy has therefore been withdrawn and all applications, including yours, have been
closed.

We apologise for any disappointment this may cause.

Cobalt Works HR
""", "Cobalt Works", "Operations Analyst", None, None, None, note="vacancy withdrawn")

R("Campus Hiring <campus@infosphere-tech.example>", "Technical Round Result - Infosphere Campus Drive 2026",
  """Dear Candidate,

Thank you for participating in the Infosphere Campus Drive 2026 for the role of Graduate
Engineer Trainee.

We regret to inform that you have not cleared the technical interview round. Hence you will
not be considered for the HR round.

We wish you all the best for your future endeavours.

Regards,
Campus Hiring Team
Infosphere Technologies
""", "Infosphere Technologies", "Graduate Engineer Trainee", None, None, None, enc="b64")

R("Harper Quinn Talent <talent@harperquinn.example>", "Video interview - next steps",
  """Hi Jordan,

Thanks for recording your video interview for the Client Service Associate role.

Unfortunately you have not progressed past the video interview stage. Our reviewers look at
a lot of responses and the bar was high this time.

All the best,
Harper Quinn Talent Team
""", "Harper Quinn", "Client Service Associate", None, None, None, enc="alt")

R("Nadia Petrov <nadia@loomstack.example>", "Head of Design",
  """Hi Jordan,

Thanks again for the time you've put into this over the last few weeks - the portfolio review
and the onsite were genuinely enjoyable.

We've decided to keep looking for the Head of Design role. We want someone who has built a
design team from scratch inside a B2B company, and we don't think we've found that yet.

I'd love to stay in touch.

Nadia
Nadia Petrov - COO, Loomstack
""", "Loomstack", "Head of Design", "Nadia Petrov", "nadia@loomstack.example",
  note="decision implied: they keep looking")

R("Recruitment <recruitment@fenwicklibraries.example>", "Library Services Manager",
  """Dear Jordan,

Thank you for applying for the post of Library Services Manager.

I wanted to let you know that the hiring manager has selected an internal applicant for the
post. We are grateful for your interest in Fenwick Libraries.

Regards,
Sophie Turnbull
Recruitment Adviser
""", "Fenwick Libraries", "Library Services Manager", "Sophie Turnbull",
  "recruitment@fenwicklibraries.example")

R("Beacon Street Legal <careers@beaconstreetlegal.example>", "Paralegal position",
  """Dear Jordan,

Thank you for your interest in the Paralegal position at Beacon Street Legal.

We wanted to let you know that the position has been offered to, and accepted by, another
applicant. We appreciate the time you took to interview with us.

Sincerely,
Beacon Street Legal
""", "Beacon Street Legal", "Paralegal", None, None, None, enc="cp1252")

R("Jobs at Aldermoor <jobs@aldermoor.example>", "Your application: Logistics Coordinator",
  """Dear Jordan,

Thank you for applying for the Logistics Coordinator role.

You told us in your application that you do not currently hold the right to work in the UK.
As we are unable to offer visa sponsorship for this role, we cannot consider your application
further.

Aldermoor Distribution Recruitment
""", "Aldermoor Distribution", "Logistics Coordinator", None, None, None,
  note="eligibility")

R("Rowan Blake <rowan.blake@silverbirch.example>", "Customer Success Manager",
  """Hi Jordan,

I'm sorry to let you know that you haven't been selected to go through to the next stage for
the Customer Success Manager role.

Thanks for your interest in Silverbirch.

Rowan Blake
Talent Lead | Silverbirch
""", "Silverbirch", "Customer Success Manager", "Rowan Blake", "rowan.blake@silverbirch.example")

R("People Team <people@greystoke-media.example>", "Your application - Content Strategist",
  """Hi Jordan,

We're writing about your application for the Content Strategist role.

Following a restructure of our editorial team, the position you applied for no longer exists
and your application has been closed. We're sorry for the disruption and thank you for your
interest in Greystoke Media.

People Team
""", "Greystoke Media", "Content Strategist", None, None, None, note="role disestablished")

R("Recruitment Services <recruit@dept-transport.vic.example>",
  "Outcome - Senior Project Officer VG5 (Job ID 77120)",
  """Dear Jordan

Job ID 77120 - Senior Project Officer (VPS Grade 5), Road Safety Branch

I write to advise that you were not recommended for the position of Senior Project Officer.
The selection report has been endorsed by the delegate and the selection process is now
complete.

Thank you for your interest in working with the Department of Transport and Planning.

Regards
Recruitment Services
""", "Department of Transport and Planning", "Senior Project Officer", None, None, None,
  note="Australian public sector")

R("Harbour & Finch Careers <careers@harbourfinch.example>", "Your application",
  """Hi Jordan,

We've reviewed your application for the Junior Copywriter role and, on this occasion, it won't
be progressing. Thank you for your interest in Harbour & Finch.

https://harbourfinch.example/jobs
""", "Harbour & Finch", "Junior Copywriter", None, None, "https://harbourfinch.example/jobs")

R("Schools HR <schoolshr@westmarch.sch.example>", "Teacher of Mathematics - shortlisting",
  """Dear Jordan,

Re: Teacher of Mathematics (MPS/UPS), Westmarch Academy

Thank you for applying for the above post. The panel felt that other candidates demonstrated a
stronger match against the essential criteria of the person specification, so we will not be
inviting you to interview.

We wish you every success in your career.

Yours sincerely,
Mrs K. Adeyemi
Business Manager, Westmarch Academy
""", "Westmarch Academy", "Teacher of Mathematics", "K. Adeyemi", None, None)

R("Ellery Brooks <ellery.brooks@pinecrestcap.example>", "Associate, Investments",
  """Jordan,

Thank you for the time you invested in our process over the past month, including the model
test and the partner meetings.

After much deliberation we have concluded that we will not be extending an offer for the
Associate, Investments position. It was a close call.

Regards,
Ellery Brooks
Partner, Pinecrest Capital
""", "Pinecrest Capital", "Associate, Investments", "Ellery Brooks", "ellery.brooks@pinecrestcap.example")

R("Recruitment Cell <recruitment@suryabank.example>",
  "Result of Recruitment of Probationary Officers 2026-27",
  """Dear Applicant,

Registration No: PO2026/118734

We thank you for participating in the selection process for the post of Probationary Officer.
We regret that your name does not appear in the final merit list, and you have therefore not
been selected for appointment.

General Manager (HR)
Surya Bank Ltd.
""", "Surya Bank", "Probationary Officer", None, None, None, enc="b64")

R("Ollie <ollie@crumbandco.example>", "re: saturday job",
  """Hey Jordan, sadly it's a no from us for the saturday job - we've gone with someone who's
done retail before. thanks for popping in with your CV though!

Ollie, Crumb & Co bakery
""", "Crumb & Co", "Saturday job", "Ollie", "ollie@crumbandco.example")

R("Grace Ndlovu <grace.ndlovu@pennant-consulting.example>", "Your Pennant application",
  """Hi Jordan,

It's not good news I'm afraid - you've not been successful this time for the Business Analyst
role. We had some very strong second-round interviews and it came down to fine margins.

Please do stay in touch.

Grace Ndlovu
Recruitment Partner, Pennant Consulting
""", "Pennant Consulting", "Business Analyst", "Grace Ndlovu", "grace.ndlovu@pennant-consulting.example",
  enc="qp")

R("Hollow Pine Graduate Scheme <no-reply@hollowpine.smartrecruiters.example>",
  "Application status update",
  """Hollow Pine Group

Hi Jordan,

Job: Graduate Scheme - Supply Chain (2027 intake)
Your application status: No longer under consideration

Thank you for the interest you have shown in Hollow Pine Group.

Search other opportunities: https://careers.hollowpine.example/graduates
""", "Hollow Pine Group", "Graduate Scheme - Supply Chain", None, None,
  "https://careers.hollowpine.example/graduates", enc="html",
  footer="Sent via SmartRecruiters on behalf of Hollow Pine Group.\n"
         "Manage your privacy preferences: https://hollowpine.smartrecruiters.example/privacy")

R("Leah Summers <leah.summers@brightwater-energy.example>", "Grid Analyst role and another idea",
  """Hi Jordan,

Thanks for interviewing for the Grid Analyst role. We've decided not to move forward with you
for that position - we went with someone with more power-systems modelling.

That said, the team really liked your data background, and we'd like to invite you to
interview for our Energy Data Analyst opening instead. If you're interested, reply with a few
times that suit and I'll set it up.

Best,
Leah Summers
Talent Partner, Brightwater Energy
""", "Brightwater Energy", "Grid Analyst", "Leah Summers", "leah.summers@brightwater-energy.example",
  note="rejected for this role, invited for another: that application does not go ahead")

R("Recruiting <recruiting@northstarlogix.example>", "We've filled the role",
  """Hi Jordan,

The recruitment process for the Fleet Planner vacancy has now concluded and the position has
been filled.

We thank you for your interest in Northstar Logix.

Recruiting Team
""", "Northstar Logix", "Fleet Planner", None, None, None, note="process framed")

R("Selection Panel <selection@eastbourne-museums.example>", "Collections Officer selection",
  """Dear Jordan,

We have now completed the selection for the Collections Officer post and regret that you were
not among the successful candidates.

Thank you for your interest in Eastbourne Museums Trust.

Selection Panel
""", "Eastbourne Museums Trust", "Collections Officer", None, None, None)

R("Anil Kapoor <anil.kapoor@zenithsoft.example>", "Java Developer - Interview feedback",
  """Dear Jordan,

Greetings of the day.

This is regarding your interview for Java Developer held on 18th October. We regret to inform
you that you have not been shortlisted for the next round as your technical skills did not
meet the expectations of the panel.

Thanks & Regards,
Anil Kapoor
HR Executive | Zenithsoft Solutions
""", "Zenithsoft Solutions", "Java Developer", "Anil Kapoor", "anil.kapoor@zenithsoft.example")

R("Ava Thompson <ava@canopylearning.example>", "Learning Designer - thank you",
  """Hi Jordan,

Thank you for completing the take-home task for the Learning Designer role. The team has
reviewed all submissions, and yours unfortunately did not score highly enough for us to
progress you to the final interview.

Wishing you every success,
Ava Thompson
Head of Learning, Canopy Learning
""", "Canopy Learning", "Learning Designer", "Ava Thompson", "ava@canopylearning.example",
  enc="alt")

R("Recruitment Team <jobs@riverside-care.example>", "Care Assistant application",
  """Hi Jordan,

Thank you for applying for the Care Assistant role at Riverside Care Home.

Unfortunately we have decided not to take your application forward at this time. We've kept
your details and may contact you if a suitable role comes up.

Kind regards,
Riverside Care Recruitment Team
""", "Riverside Care", "Care Assistant", None, None, None, enc="cp1252")

R("Finn Maguire <finn@oystercatcher.example>", "Sous chef position",
  """Hi Jordan,

Hope you're well. Just to let you know we've appointed someone to the sous chef position, so
we won't need you to come in for the second trial. Thanks a lot for your time and good luck.

Finn Maguire
Head Chef, The Oystercatcher, Kinsale
""", "The Oystercatcher", "Sous Chef", "Finn Maguire", "finn@oystercatcher.example",
  note="implied: someone else appointed, second trial cancelled")

R("Lena Fischer <lena.fischer@quaysidesystems.example>", "Re: Solutions Architect",
  """Hi Jordan,

Sorry to be the bearer of bad news, but the hiring panel has decided to go with another
candidate for the Solutions Architect role.

Thanks for all your effort throughout the process.

Lena

-----Original Message-----
From: Jordan Ellis <jordan.ellis@inbox.example>
Sent: 20 October 2026 10:03
To: Lena Fischer <lena.fischer@quaysidesystems.example>
Subject: Solutions Architect

Hi Lena, I loved meeting the team and I'm very keen on the role. Really hope to hear good news
soon and can't wait to get started if it works out!
Jordan
""", "Quayside Systems", "Solutions Architect", "Lena Fischer", "lena.fischer@quaysidesystems.example",
  enc="qp", note="Outlook-style quote of the owner's mail")

R("Personio <noreply@personio.example>", "Update zu Ihrer Bewerbung / Update on your application",
  """Hallo Jordan,

anbei eine kurze Nachricht von unserem Team in London.

---

Hi Jordan,

Thank you for your application for the Growth Marketing Manager role at Wolkenfeld. We have
reviewed your profile carefully, but we have decided to continue with other applicants whose
experience more closely matches the role.

Best regards,
Marta Sommer
Wolkenfeld GmbH
""", "Wolkenfeld", "Growth Marketing Manager", "Marta Sommer", None, None, enc="qp",
  note="mixed-language frame; decision in English")

R("Talent Team <talent@cinderbox.example>", "Customer Support Specialist",
  """Hey Jordan 👋

Quick update on the Customer Support Specialist role: this one isn't going to work out. We're
grateful you took the time to apply and hope our paths cross again.

The Cinderbox team ✨
""", "Cinderbox", "Customer Support Specialist", None, None, None, enc="html",
  preheader="Quick update", footer="Cinderbox Ltd, 10 Mill Lane, Bristol. Unsubscribe: https://cinderbox.example/u/7731")

R("Hannah Orme <hannah.orme@coastal-ambulance.example>", "Emergency Care Assistant - selection day",
  """Dear Jordan,

Thank you for attending our selection day for Emergency Care Assistant.

Unfortunately you did not meet the required standard in the driving assessment, which is an
essential element of the role, and we are therefore unable to progress your application on
this occasion. You are welcome to reapply after six months.

Kind regards,
Hannah Orme
Recruitment Lead, Coastal Ambulance Service
""", "Coastal Ambulance Service", "Emergency Care Assistant", "Hannah Orme",
  "hannah.orme@coastal-ambulance.example")

R("Recruiting <recruiting@meadowlarkai.example>", "Machine Learning Engineer",
  """Hi Jordan,

Thank you for your interest in Meadowlark AI. We've carefully reviewed your background against
the Machine Learning Engineer role and we will not be proceeding with your application.

Best,
Meadowlark Recruiting
""", "Meadowlark AI", "Machine Learning Engineer", None, None, None)

R("Owen Price <owen.price@gwyneddwater.example>", "Hydrologist post",
  """Dear Jordan,

Thank you for coming to see us for the Hydrologist post. I'm writing to let you know that we
have offered the job to another candidate. It was a difficult decision and I appreciated the
thought you put into your presentation.

Kind regards,
Owen Price
Catchment Science Manager, Gwynedd Water
""", "Gwynedd Water", "Hydrologist", "Owen Price", "owen.price@gwyneddwater.example", enc="latin1")


# ---- hard look-alikes ------------------------------------------------------------------
L("Ruth Abernethy <ruth.abernethy@calderwood.example>", "Apologies for the delay - Senior Analyst",
  """Hi Jordan,

Unfortunately our decision on the Senior Analyst role has been delayed - two of the panel were
off sick last week. We regret the delay, and I want to reassure you that you are still very
much in the process. We hope to confirm final interview dates by Friday.

Thanks for bearing with us,
Ruth
""")

L("Scheduling <scheduling@marlowpartners.example>", "Your interview must be moved",
  """Dear Jordan,

Unfortunately the interview for the Tax Manager position on Thursday must be moved, as the
hiring partner has been called to a client meeting. We are sorry for the inconvenience.

Could you let us know whether Monday 3 November at 2pm or Tuesday 4 November at 10am would
work instead?

Kind regards,
Marlow Partners Scheduling Team
""")

L("Chris Ambler <chris.ambler@fellsidegroup.example>", "Analyst roles - update",
  """Hi Jordan,

A quick update: the Analyst position we advertised in August was filled internally. However,
your application for the Senior Analyst role is separate and continues - the hiring manager
has asked to see you for a first interview next week.

I'll send over some times shortly.

Chris Ambler, Talent Partner, Fellside Group
""")

L("Jasmine Lowe <jasmine.lowe@kiteharbour.example>", "Offer of employment - Operations Manager",
  """Dear Jordan,

Following your recent interviews, I am delighted to offer you the position of Operations
Manager at Kite Harbour. Unfortunately we were not able to meet the full salary you asked for,
but we have increased the holiday allowance to 30 days as discussed.

Your formal offer letter is attached. Please confirm your acceptance by 14 November.

Warm regards,
Jasmine Lowe
People Director
""")

L("JobFinder Alerts <alerts@jobfinder.example>", "7 new jobs for 'data engineer' near Manchester",
  """New jobs matching your alert

Data Engineer - Pellow Retail - Manchester - £55k
Senior Data Engineer - Brightfold - Remote - £70k
Analytics Engineer - Nimbus Loans - Salford - £60k

The job 'Data Platform Engineer - Quarrytech' that you saved is no longer accepting
applications.

Unfortunately, some jobs in your alert have expired. Update your alert preferences:
https://jobfinder.example/alerts/manage
""", enc="html", footer="You are receiving this because you created a job alert. Unsubscribe: https://jobfinder.example/unsub")

L("Ben Sutherland <ben@corrievale-search.example>", "Head of Data opportunity",
  """Hi Jordan,

I came across your profile and think you could be a great fit for a Head of Data role I'm
working on with a Series B fintech in London.

I know the last role I sent over wasn't quite right for you, so this time I've been more
careful - it's hands-on, hybrid, and the team is small. Would you be open to a quick chat
this week?

Ben Sutherland
Corrievale Search
""")

L("The Career Shift Newsletter <hello@careershift.example>", "What 'we regret to inform you' really means",
  """This week: decoding the rejection email

We've all had one. "After careful consideration, we regret to inform you that you have not
been selected to move forward." "The position has been filled." "We have decided to pursue
other candidates." But what do they actually mean - and should you reply?

In this issue:
1. Why most rejection emails are templates (and why that's okay)
2. How to ask for feedback without sounding bitter
3. Three readers share how a "no" led to a better job

Read the full issue: https://careershift.example/issues/41

You're receiving this because you subscribed to The Career Shift.
""", enc="alt")

L("Lettings <lettings@marchbankhomes.example>", "14 Elm Row - application update",
  """Dear Jordan,

Thank you for applying to rent 14 Elm Row. Unfortunately the landlord has decided to go with
another applicant who was able to move in sooner. We have several other two-bedroom flats
coming up and would be happy to arrange viewings.

Kind regards,
Marchbank Homes Lettings Team
""")

L("Personal Lending <lending@clearwaterbank.example>", "Your loan application",
  """Dear Jordan Ellis,

Thank you for your recent application for a personal loan of £8,000.

We have carefully reviewed your application, and we regret that we are unable to approve it at
this time. This decision was based on information from a credit reference agency.

Clearwater Bank Personal Lending
""", enc="qp")

L("School Admissions <admissions@westmarch-council.example>", "Secondary school offer day - Alfie Ellis",
  """Dear Parent/Carer,

We regret to inform you that your child has not been offered a place at any of the schools
you named on your application. Your child has instead been offered a place at Longmeadow
Academy, the nearest school with places available.

You have the right to appeal. Details of how to appeal are on our website.

School Admissions Team
""")

L("ECML 2027 Programme Chairs <chairs@ecml2027.example>", "ECML 2027 notification for submission #412",
  """Dear Jordan Ellis,

We regret to inform you that your submission #412, "Sparse priors for tabular transfer", was
not accepted for presentation at ECML 2027. This year we received 1,870 submissions and
accepted 402.

The reviews are available in the submission system.

Best regards,
The ECML 2027 Programme Chairs
""")

L("Research Office <research.office@univ-holmbridge.ac.example>", "Early Career Research Fund - outcome",
  """Dear Dr Ellis,

Thank you for applying to the Early Career Research Fund 2026/27.

The panel met on 3 November. I am sorry to tell you that your application was not successful
in this round. The fund was heavily oversubscribed.

Research Office
""")

L("Hackathon Team <team@buildweekend.example>", "Build Weekend 2026 - participant selection",
  """Hi Jordan,

Thanks for applying to take part in Build Weekend 2026! We had more than 900 applications for
120 spots, and unfortunately we weren't able to select you as a participant this year.

We'd still love to see you at the public demo evening on Sunday.

The Build Weekend Team
""")

L("Underwriting <underwriting@havenlife.example>", "Your application for cover",
  """Dear Mr Ellis,

Thank you for your application for income protection cover. Having assessed the medical
information you provided, we are unable to offer you cover on this occasion.

Haven Life Underwriting
""", enc="latin1")

L("Membership Secretary <membership@riversiderowing.example>", "Membership application",
  """Dear Jordan,

The committee has considered your application for full membership of Riverside Rowing Club.
Unfortunately we are unable to accept new senior members this season as the squad is at
capacity; you have been placed on the waiting list.

Membership Secretary
""")

L("Careers <no-reply@halcyongroup.example>", "Application withdrawn - Project Coordinator",
  """Hi Jordan,

We've received your request to withdraw your application for the Project Coordinator role.
Your application has now been withdrawn and will not be considered further.

If this was a mistake, you can apply again from our careers site.

Halcyon Group Careers
""", note="owner's own withdrawal")

L("Mara Quinlan <mara.quinlan@steelbirdmedia.example>", "Re: Offer - Video Producer",
  """Hi Jordan,

Thanks for letting us know that you've decided to decline our offer for the Video Producer
role. We're sorry you won't be joining us, but we completely understand and wish you the best
in your new position.

Mara

> Hi Mara, thank you so much for the offer. After a lot of thought I've decided to accept
> another role closer to home, so I won't be taking up the position.
""", note="owner's own rejection of an offer")

L("Recruiting Ops <recruiting-ops@larchmont.example>", "Scorecard due: Alex Moore - Backend Engineer",
  """Hi Jordan,

Thanks for interviewing Alex Moore yesterday for the Backend Engineer role. Please submit your
scorecard by end of day.

For the panel's information: we'll be declining Chris Patel after the onsite, and the
rejection email will go out tomorrow - please don't contact the candidate directly.

Thanks,
Recruiting Ops
""", note="owner as interviewer")

L("Talent Team <talent@oldforgebrewing.example>", "Thanks for applying to Old Forge Brewing",
  """Hi Jordan,

Thanks for applying for the Brewery Operations Lead role! We've received your application.

We get a lot of applications, so we can't reply to everyone individually. If you haven't heard
from us within three weeks, please assume that your application has been unsuccessful on this
occasion.

Cheers,
Old Forge Brewing
""", note="acknowledgement with a conditional rejection")

L("Rachel Dunn <rachel.dunn@sandgatecouncil.example>", "Invitation to interview - Finance Officer",
  """Dear Jordan,

I am pleased to let you know that you have been shortlisted for interview for the Finance
Officer post. Interviews will be held on 19 November at the Civic Centre.

Unfortunately we are unable to reimburse travel expenses for interviews.

Please confirm your attendance by replying to this email.

Rachel Dunn, HR Assistant
""")

L("Assessments <assessments@northwaybank.example>", "Your assessment link",
  """Hi Jordan,

Unfortunately the link we sent for your online assessment has expired, sorry about that. Here
is a new link, valid for 7 days:

https://assess.northwaybank.example/start?id=K3J9

Good luck!
Northway Bank Early Careers
""")

L("Careers <careers@meltonbridge.example>", "Problem with your application",
  """Dear Jordan,

We're sorry, but we couldn't process your application for the Quality Engineer role because
the CV file you uploaded appears to be damaged. Unless you upload a new copy within 5 days,
your application will not be considered.

Upload here: https://meltonbridge.example/apply/upload
""", note="conditional")

L("Tara Singh <tara.singh@brightlinehealth.example>", "Please disregard our previous email",
  """Hi Jordan,

Please disregard the email you received from us this morning saying that we would not be
progressing your application. It was sent in error because of a problem with our applicant
tracking system. I'm so sorry for the confusion.

Your application for the Clinical Data Manager role is still under active consideration, and
the hiring manager would like to speak to you next week.

Tara Singh
Talent Acquisition, Brightline Health
""", note="correction of an erroneous rejection")

L("Gavin Roe <gavin.roe@quarrytech.example>", "Data Platform Engineer - on hold",
  """Hi Jordan,

I wanted to let you know that the Data Platform Engineer role has been put on hold until the
new year while we finalise budgets. Unfortunately this means we can't move to the final
interview yet, but we'll keep your application open and I'll be back in touch in January.

Gavin
""")

L("Careers <noreply@stanwaytech.example>", "Reminder: complete your assessment",
  """Hi Jordan,

We noticed you haven't completed your coding assessment for the Software Engineer role.
Unfortunately, if it isn't completed by Friday 7 November, your application will be withdrawn
automatically.

Start here: https://stanwaytech.example/assess/99812
""")

L("Helena <helena.marsh@inbox.example>", "Fwd: lol",
  """look what I got from Acme today, thought you'd enjoy the irony given we both applied 🙃

---------- Forwarded message ---------
From: Acme Components Careers <careers@acmecomponents.example>
To: Helena Marsh <helena.marsh@inbox.example>
Subject: Your application

Dear Helena,

Thank you for applying for the Design Engineer role. Unfortunately we will not be progressing
your application further.

Acme Components
""", note="a friend's rejection, not the owner's")

L("Jobcentre Services <notifications@jobseekers.gov.example>", "Decision on your claim",
  """Dear Jordan Ellis,

We have made a decision about your claim for Jobseeker's Allowance.

Unfortunately your claim has been refused because you have not provided evidence of the job
applications you made during the last four weeks. You can ask us to look at the decision
again within one month.

Jobcentre Services
""", note="benefits claim, not a job application")

L("MSc Admissions <pgadmissions@univ-holmbridge.ac.example>", "Your application to MSc Data Science",
  """Dear Jordan,

Thank you for your application to the MSc Data Science programme for September 2027 entry.

After careful consideration we are unable to offer you a place on the programme. Competition
for places was very strong this year.

Postgraduate Admissions
University of Holmbridge
""", note="university admission, not a job")

L("Hiring Team <hiring@saltmarshcreative.example>", "Job posting closed: Account Manager",
  """Hi Jordan,

Your job posting "Account Manager" has been closed. 43 applicants who were not moved to
interview will receive the message "Thank you for applying. The position has now been filled."

View the candidates you shortlisted: https://saltmarshcreative.hirehub.example/jobs/118
""", note="owner as employer")

L("Lucy Harper <lucy.harper@kinnairdlaw.example>", "Reference request - Sam Fenwick",
  """Dear Jordan,

Sam Fenwick has applied for the role of Legal Secretary with us and has given your name as a
referee. Unfortunately we have not been able to reach you by phone. Could you complete the
short reference form at the link below?

https://kinnairdlaw.example/reference/5512

Lucy Harper, HR Manager, Kinnaird Law
""")

L("Scholarships Office <scholarships@harcourt-trust.example>", "Harcourt Scholarship 2027",
  """Dear Jordan,

Thank you for applying for a Harcourt Scholarship. We regret to tell you that your application
has not been successful this year. We received 640 applications for 12 awards.

Scholarships Office, The Harcourt Trust
""")

L("Talent Community <talent@orrin-health.example>", "Welcome to the Orrin Health talent community",
  """Hi Jordan,

Thanks for joining our talent community! We don't have a role for you right now, but we'll send
you jobs that match your interests as soon as they open.

Update your preferences: https://orrin-health.example/talent/preferences
""", note="talent community signup, no application rejected")


# ---- ordinary mail with job-ish words --------------------------------------------------
Q("ProLink <notifications@prolink.example>", "You appeared in 14 searches this week",
  """Hi Jordan,

You appeared in 14 searches this week. Recruiters from Pellow Retail and Brightfold viewed
your profile. Add your recent job title and skills to get found by more hiring managers.

https://prolink.example/me/searches
""", enc="html", footer="Unsubscribe: https://prolink.example/unsub")

Q("Payroll <payroll@kiteharbour.example>", "Your October payslip is ready",
  """Hi Jordan,

Your payslip for October 2026 is now available in the employee portal. If you have any
questions about your pay, please raise a ticket with the People team.

Payroll, Kite Harbour
""")

Q("Learning & Development <ld@kiteharbour.example>", "Interview panel training - Tuesday",
  """Hi all,

A reminder that interview panel training for new hiring managers runs on Tuesday from 10:00 to
12:00 in Room 3. We'll cover structured interviews, scorecards and how to give candidates
useful feedback.

L&D Team
""")

Q("Meridian People <insights@meridian-people.example>", "Salary Guide 2027 is here",
  """Our 2027 Salary Guide is out. Inside: pay trends across finance, tech and operations,
what candidates want from employers, and why counter-offers are on the rise.

Download the guide: https://meridian-people.example/salary-guide-2027
""", enc="alt")

Q("Kwame Mensah <kwame.mensah@kiteharbour.example>", "JD for the new Data Analyst role",
  """Hey Jordan,

Could you have a look at the job description for the new Data Analyst role before I post it on
Friday? Mainly want a sanity check on the requirements - I don't want to put off good
applicants by asking for too much.

Thanks!
Kwame
""")

Q("Careers Service <careers@univ-holmbridge.ac.example>", "Autumn Careers Fair - 12 November",
  """Over 80 employers are coming to the Autumn Careers Fair on 12 November, with graduate jobs,
internships and placements across engineering, law, finance and the charity sector.

Book your place: https://careers.univ-holmbridge.ac.example/fair
""")

Q("Benefits <benefits@kiteharbour.example>", "Pension enrolment confirmation",
  """Dear Jordan,

We have enrolled you in the Kite Harbour workplace pension scheme from 1 November, as part of
your employment with us. You can change your contribution rate at any time.

People Team
""")

Q("Careers Adviser Bookings <bookings@careers-advice.example>", "Appointment confirmed",
  """Hi Jordan,

Your appointment with a careers adviser is confirmed for Wednesday 5 November at 14:30
(video call). Please have your CV and a couple of job adverts you're interested in ready.
""")

Q("Timesheets <timesheets@staffline-temps.example>", "Timesheet reminder - week ending 31 Oct",
  """Hi Jordan,

Please submit your timesheet for your assignment at Pellow Retail for the week ending 31
October by 12:00 Monday, so we can pay you on time.

Staffline Temps
""")

Q("Becca <becca.ng@inbox.example>", "congrats!!",
  """JORDAN! just saw the news about the new job, congratulations!! 🎉 drinks on friday to
celebrate? the team at Kite Harbour have no idea how lucky they are x
""")

Q("JobFinder <no-reply@jobfinder.example>", "Reset your password",
  """Hi Jordan,

We received a request to reset the password for your JobFinder account. If it was you, use the
link below. If not, you can ignore this email.

https://jobfinder.example/reset?token=abc123
""")

Q("Olivia Grant <olivia.grant@kiteharbour.example>", "Welcome to Kite Harbour - your first day",
  """Hi Jordan,

We're so excited to have you join the team on Monday! Please arrive at 9:00 at reception and
bring your passport for your right-to-work check. Your manager, Jasmine, will meet you there.

See you soon,
Olivia, People Team
""")

Q("Courses <courses@skillsbridge.example>", "Enrolment confirmed: Excel for Analysts",
  """Hi Jordan,

You're enrolled on Excel for Analysts, starting 10 November. This course is popular with job
seekers and career changers - the certificate is recognised by many employers.
""")

Q("Slack <feedback@slack-digest.example>", "Your weekly digest from #hiring",
  """Top messages in #hiring this week:
- Kwame: posted the Data Analyst job ad
- Jasmine: we have 3 candidates for onsite next week
- Olivia: reminder to fill in interview scorecards within 24h
""")

Q("Skillsbridge <certificates@skillsbridge.example>", "Your certificate is ready",
  """Congratulations, Jordan! You've completed Project Management Essentials. Download your
certificate and add it to your CV and job applications.

https://skillsbridge.example/certificates/77120
""", enc="html")

Q("Polished CV <billing@polishedcv.example>", "Invoice #PCV-2231",
  """Invoice #PCV-2231

CV rewrite and cover letter template - £95.00
Paid by card ending 4417. Thank you for your business, and good luck with your job search!
""")

Q("Foodbank Rota <rota@northgate-foodbank.example>", "Volunteer rota for November",
  """Hi everyone,

The volunteer rota for November is attached. Jordan, you're down for the Saturday morning
warehouse shift on the 8th and 22nd. Let me know if you can't make it.

Pat
""")

Q("Institute of Data Professionals <membership@idp.example>", "Your membership renewal",
  """Dear Jordan,

Your membership of the Institute of Data Professionals renews on 1 December. Members get
access to our job board, CPD events and the annual salary survey.
""", enc="latin1")

Q("Product People Meetup <events@productpeople.example>", "You're going: Breaking into product management",
  """You're on the list for "Breaking into product management" on Thursday at 6:30pm. Panelists
include two hiring managers who'll talk about what they look for in junior PM applications.
""")

Q("All Staff <allstaff@kiteharbour.example>", "We're hiring - referral bonus doubled",
  """Hi all,

We have 12 open roles this quarter, and we've doubled the referral bonus to £2,000 for any
hire who passes probation. See the open vacancies on the intranet and send referrals to the
talent team.

Olivia
""")

Q("Marcus Holt <marcus.holt@inbox.example>", "some thoughts on your applications",
  """Hi Jordan,

Good to catch up yesterday. A few thoughts on your applications: tailor the first three lines
of your CV to each job, cut the cover letter to half a page, and don't be discouraged by the
silence - hiring is slow everywhere right now.

Marcus
""")

Q("People Team <people@kiteharbour.example>", "Your probation review",
  """Hi Jordan,

Your three-month probation review with Jasmine is booked for 2 February. Please fill in the
short self-assessment form beforehand.

People Team
""")
if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
