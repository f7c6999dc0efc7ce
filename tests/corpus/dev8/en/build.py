"""Build the dev8/en corpus: English rejection mail from an eighth independent author.

Written before reading the detector or any other corpus (only dev7/en's README and build.py were
read, for the file format). Aimed at phrasing the earlier sets may lack: unusual verbs and nouns for
the decision, indirect decisions ("the post has been filled"), decisions buried after news, nominal and
passive styles, very short and very long letters, HTML-only table templates, threads and forwards,
regional Englishes (IN, AU, NZ, SG, ZA, NG, IE, Scots), English bodies with German / French / Dutch /
Spanish signatures, typos, chat register, verdicts only in the subject. Then hard look-alikes and
ordinary mail. All people, companies and domains are invented (.example / .test).

    python build.py           # writes messages/NNNN.eml and labels.jsonl
    python build.py --check   # parses everything back and checks labels 1:1
"""
from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGS = HERE / "messages"
OWNER = "Priya Nandakumar <priya.nandakumar@postbox.example>"

ITEMS: list[dict] = []

NOREPLY = "Replies to this address are not monitored."
RETAIN = ("We hold applicant data for six months in line with our retention schedule; "
          "after that it is securely destroyed.")


def add(kind, subject, frm, body, *, company=None, role=None, contact=None, url=None,
        html=False, cte=None, charset="utf-8", headers=None):
    ITEMS.append(dict(kind=kind, subject=subject, frm=frm, body=body, company=company, role=role,
                      contact=contact, url=url, html=html, cte=cte, charset=charset,
                      headers=headers or {}))


def R(*a, **k):
    add("rejection", *a, **k)


def L(*a, **k):
    add("lookalike", *a, **k)


def O(*a, **k):
    add("ordinary", *a, **k)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text: str, style: int) -> str:
    """Paragraphs to one of three e-mail template shapes (nested tables, divs, a bare <p> list)."""
    paras = [esc(p.strip()).replace("\n", "<br>") for p in text.strip().split("\n\n")]
    if style == 0:
        rows = "\n".join(f'<tr><td class="c" style="padding:6px 30px">{p}</td></tr>' for p in paras)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                "<style>.c{font:14px Helvetica}</style></head><body bgcolor=\"#f4f4f4\">"
                '<table width="600" align="center"><tr><td><table width="100%">\n'
                + rows + "\n</table></td></tr></table></body></html>")
    if style == 1:
        return "<div dir=\"ltr\">" + "".join(f"<div>{p}</div><div><br></div>" for p in paras) + "</div>"
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"


def build_message(i: int, it: dict) -> EmailMessage:
    m = EmailMessage()
    m["From"] = it["frm"]
    m["To"] = OWNER
    m["Subject"] = it["subject"]
    m["Date"] = format_datetime(datetime(2026, 5, 4, 8, 30, tzinfo=timezone.utc) + timedelta(hours=5 * i))
    m["Message-ID"] = f"<dev8-en-{i:04d}@corpus.test>"
    for k, v in it["headers"].items():
        m[k] = v
    body = it["body"].strip("\n") + "\n"
    cs = it["charset"]
    cte = it["cte"]
    if it["html"]:
        html = it["html"] if isinstance(it["html"], str) else to_html(body, i % 3)
        if it["html"] == "alt" or (it["html"] is True and i % 2 == 0):
            html = to_html(body, i % 3)
            m.set_content(body, charset=cs, cte=cte or "quoted-printable")
            m.add_alternative(html, subtype="html", charset="utf-8", cte="base64" if i % 4 == 0 else "quoted-printable")
            m.set_boundary(f"==dev8-en-{i:04d}==")  # fixed boundary keeps the build deterministic
        else:
            m.set_content(html, subtype="html", charset="utf-8", cte=cte or ("base64" if i % 5 == 0 else "quoted-printable"))
    else:
        if cte is None:
            cte = ["8bit", "quoted-printable", "7bit", "base64", "quoted-printable"][i % 5]
        if cte == "7bit" and not body.isascii():
            cte = "quoted-printable"
        if cte == "8bit" and cs not in ("utf-8",):
            cte = "quoted-printable"
        m.set_content(body, charset=cs, cte=cte)
    return m


# ---------------------------------------------------------------------------
# REJECTIONS (about 100)
# ---------------------------------------------------------------------------

# -- unusual verbs and nouns for the decision --
R("Your application: Logistics Planner", "Tamarind Freight <people@tamarindfreight.example>", """
Dear Priya,

Many thanks for putting yourself forward for the Logistics Planner role.

We have weighed every application against the brief and, with regret, we will not be extending an offer to you. The decision was finely balanced.

With best wishes for what comes next,
Owen Pritchard
People Partner, Tamarind Freight
""", company="Tamarind Freight", role="Logistics Planner", contact=("Owen Pritchard", None))

R("Candidacy closed - Senior Backend Developer", "Orrery Labs via Ashby <no-reply@ashbyhq.test>", """
Hi Priya,

This note is to let you know that your candidacy for Senior Backend Developer at Orrery Labs has been closed.

The team read your materials with interest, but they have chosen to pursue profiles with deeper experience running event-driven systems at scale.

Thanks again,
Orrery Labs Talent
""", company="Orrery Labs", role="Senior Backend Developer", html=True)

R("Re: Sous Chef", "Marco Bellweather <marco@thecopperpot.example>", """
Priya,

Thanks for doing the trial shift on Saturday. You were quick and tidy, but I've decided to give the sous chef job to someone who's run a pass before. Sorry it's not better news.

Marco
The Copper Pot
""", company="The Copper Pot", role="Sous Chef", contact=("Marco Bellweather", "marco@thecopperpot.example"))

R("Regarding the Grants Officer vacancy", "Fenwick Trust HR <hr@fenwicktrust.example>", """
Dear Ms Nandakumar,

Grants Officer (ref FT/0427)

I write further to your application for the above post. The shortlisting panel has now met, and I regret to advise that your application has not been shortlisted for interview.

The standard of applications was exceptionally high and the panel's task was not an easy one.

Yours sincerely,

Harriet Lowe
HR Manager
The Fenwick Trust
""", company="The Fenwick Trust", role="Grants Officer", contact=("Harriet Lowe", "hr@fenwicktrust.example"))

R("An update from Stellwind", "Stellwind Careers <careers@stellwind.example>", """
Hello Priya,

We appreciate your patience over the past few weeks.

Having now concluded our review of candidates for the Energy Trading Analyst role, we have decided to pass on your application at this point. We know that is disappointing to hear.

New roles are posted every week at https://stellwind.example/jobs and we would be glad to see your name again.

Stellwind Recruiting
""", company="Stellwind", role="Energy Trading Analyst", url="https://stellwind.example/jobs", html=True)

R("Outcome: Research Software Engineer", "University of Carrick Recruitment <recruitment@carrick.ac.example>", """
Dear Dr Nandakumar,

Post: Research Software Engineer, School of Geosciences (Vacancy 11923)

Thank you for your interest in the above post. The selection committee has concluded its deliberations and has resolved to offer the appointment to another candidate.

On behalf of the University, may I thank you for the time and care you put into your application.

Yours sincerely,
Recruitment Team
University of Carrick
""", company="University of Carrick", role="Research Software Engineer")

R("Application declined", "Quayside Bank Careers <no-reply@quaysidebank.example>", """
Dear Priya Nandakumar,

Requisition: 55120 - Fraud Operations Analyst

We have reviewed your application and have declined it at this stage of the process. This message is automatically generated; please do not reply.

Quayside Bank Talent Acquisition
""" + "\n" + NOREPLY, company="Quayside Bank", role="Fraud Operations Analyst")

R("Your application to Brindle & Co", "Freya Achterberg <freya@brindleco.example>", """
Hi Priya,

Thanks for your patience while we got through the interviews for the Brand Designer role. It was really close, but the team has gone with another designer whose portfolio leaned more heavily into packaging.

I'd genuinely like to stay in touch. Mind if I reach out when we hire again?

Freya
Design Lead, Brindle & Co
""", company="Brindle & Co", role="Brand Designer", contact=("Freya Achterberg", "freya@brindleco.example"))

R("Your job application", "Hollins Retail Group <jobs@hollinsretail.example>", """
Dear Priya,

Store Supervisor - Leeds White Rose

Thank you for applying. We have received a great many applications for this role and, sadly, yours has not been successful on this occasion.

Please don't let this stop you from looking at our other opportunities.

Kind regards
Hollins Retail Recruitment
""", company="Hollins Retail Group", role="Store Supervisor")

R("Product Manager, Payments", "Cadence Pay <notifications@cadencepay.lever.test>", """
Priya,

We wanted to reach out and let you know that we won't be moving forward with your candidacy for Product Manager, Payments. We received a lot of strong applications and this was a tough call.

We hope you'll keep an eye on our openings at https://jobs.lever.test/cadencepay.

Cheers,
Cadence Pay
""", company="Cadence Pay", role="Product Manager, Payments", url="https://jobs.lever.test/cadencepay")

# -- indirect: filled / closed / completed / appointed --
R("Technical Writer - recruitment completed", "Alder Instruments <recruitment@alderinstruments.example>", """
Dear Priya,

We are writing to all applicants for the Technical Writer position to let you know that we have now completed the recruitment process and the post has been filled.

Thank you for your interest in Alder Instruments.

Alder Instruments HR
""", company="Alder Instruments", role="Technical Writer")

R("Practice Nurse vacancy", "Meadowbank Surgery <practice.manager@meadowbanksurgery.example>", """
Dear Priya,

Thank you for applying for the Practice Nurse vacancy at Meadowbank Surgery.

I'm writing to let you know that we have now made an appointment to this post.

We will keep your details for six months in case a similar vacancy comes up.

Best wishes,
Gillian Sharpe
Practice Manager
""", company="Meadowbank Surgery", role="Practice Nurse", contact=("Gillian Sharpe", "practice.manager@meadowbanksurgery.example"))

R("UX Researcher role", "Nadia Kowalczyk <nadia.k@pebblegrid.example>", """
Hi Priya,

Quick one: we've filled the UX Researcher role, so I'm closing out the remaining applications, including yours. Thank you for taking the time, and I hope something great comes along soon.

Nadia
Pebblegrid
""", company="Pebblegrid", role="UX Researcher", contact=("Nadia Kowalczyk", "nadia.k@pebblegrid.example"))

R("Warehouse Operative vacancies", "Corran Distribution <hr@corrandistribution.example>", """
Hello,

The recruitment campaign for Warehouse Operatives at our Motherwell site has now closed and all positions have been filled. We are therefore unable to take your application any further.

Thanks for your interest,
Corran Distribution
""", company="Corran Distribution", role="Warehouse Operative")

R("Data Engineer at Veldt", "Veldt Talent <talent@veldt.example>", """
Hi Priya,

We've now wrapped up hiring for the Data Engineer role, and we're sorry to say that we won't be offering you a position this time.

Thanks for everything you put into the process.

Veldt Talent Team
""", company="Veldt", role="Data Engineer")

R("Policy Adviser: campaign closed", "Recruitment Team <recruitment@northfieldcouncil.gov.example>", """
Dear Applicant,

Re: Policy Adviser (Housing), Ref NC-2231

Thank you for applying. I am writing to let you know that this recruitment exercise has concluded with the appointment of a preferred candidate. Your application was not taken forward.

Northfield Borough Council
""", company="Northfield Borough Council", role="Policy Adviser")

R("Marketing Coordinator update", "Saltmarsh Events <hello@saltmarshevents.example>", """
Hi Priya,

We're sorry to have to tell you that the Marketing Coordinator position is no longer available. After a review of our budget for the year, the business has decided not to fill the role, and we have closed all applications.

Thank you for your interest, and we're sorry for the disappointment.

Saltmarsh Events
""", company="Saltmarsh Events", role="Marketing Coordinator")

R("Re: Application - Junior Accountant", "Dev Raghunathan <dev@raghunathanpartners.example>", """
Hi Priya,

Sorry for the silence. We ended up hiring internally for the junior accountant spot, so we won't be progressing any external applicants.

Regards,
Dev
Raghunathan & Partners
""", company="Raghunathan & Partners", role="Junior Accountant", contact=("Dev Raghunathan", "dev@raghunathanpartners.example"))

# -- decision buried after news / long pleasantries --
R("Greetings from Halden Robotics", "Halden Robotics People Team <people@haldenrobotics.example>", """
Dear Priya,

What a month it has been here! We moved into our new workshop in Sheffield, shipped the first batch of orchard-picking arms to growers in Kent, and welcomed nine new colleagues to the team. We also passed our ISO 9001 audit with no major findings, which the quality team has been celebrating with far too much cake.

We wanted to share a little of that with everyone who has been in touch with us lately, because the interest in working here has been humbling. More than 400 people applied for roles this spring.

As for your application for Controls Engineer, we have reached a decision and, I'm afraid, it is not the one you were hoping for: we have offered the role to a candidate with more PLC commissioning experience.

We'll be hiring again in the autumn and would be happy to hear from you then.

Warm wishes,
Halden Robotics People Team
""", company="Halden Robotics", role="Controls Engineer", html=True)

R("Thank you, and an update", "Ines Carvalho <ines.carvalho@lumenarchitects.example>", """
Dear Priya,

I hope this finds you well, and that spring has arrived wherever you are. It was lovely meeting you at the studio two weeks ago; the whole team commented on how thoughtful your questions about our timber projects were, and Jonas still talks about your sketchbook.

I also want to thank you for your patience. The last fortnight has been busier than any of us expected, with two competition deadlines arriving at the same time, and I know we took longer than promised to come back to you.

Having reflected carefully, we have decided to appoint another candidate to the Part II Architectural Assistant position. This was in no way a reflection of your talent, and I would be glad to offer feedback if that would help.

With very best wishes,
Ines Carvalho
Associate Director
Lumen Architects
""", company="Lumen Architects", role="Part II Architectural Assistant", contact=("Ines Carvalho", "ines.carvalho@lumenarchitects.example"))

R("Spring newsletter and your application", "Brightfold Charity <jobs@brightfold.org.example>", """
Hello Priya,

Thanks to supporters like you, our spring appeal raised enough to keep three youth centres open through the summer. Our volunteers ran forty-two workshops and our new mentoring scheme matched over a hundred young people with mentors.

Thank you also for applying for the Fundraising Officer role. We have considered all applications carefully and regret that on this occasion we are not able to offer you an interview.

We hope you'll continue to follow our work.

Brightfold
""", company="Brightfold", role="Fundraising Officer")

# -- passive and nominal styles --
R("Application status", "Ferrous Engineering Ltd <careers@ferrous.example>", """
Dear Candidate,

Application reference: FE-88213
Position: Quality Inspector
Outcome: Unsuccessful

Feedback is not available for applications which were not shortlisted.

Ferrous Engineering Ltd
""", company="Ferrous Engineering", role="Quality Inspector")

R("Your application for Graduate Analyst", "Morrow Capital Early Careers <earlycareers@morrowcapital.example>", """
Dear Priya,

Your application for the Graduate Analyst Programme was reviewed by our assessment team and was not advanced to the video interview stage.

Competition for places was intense this year. We encourage you to apply again next cycle.

Morrow Capital Early Careers
""", company="Morrow Capital", role="Graduate Analyst")

R("Notification of outcome", "HM Revenue Office Recruitment <noreply@civilservicejobs.test>", """
Dear Priya Nandakumar,

Vacancy: 341187 - Executive Officer, Compliance

Following the sift, we regret to inform you that your application did not meet the required standard to progress to interview. Your sift score was 3 out of a possible 7 against the behaviour Making Effective Decisions; the pass mark was 4.

Non-progression at this stage does not prevent you applying for other posts.

Civil Service Resourcing
""", company="HM Revenue Office", role="Executive Officer, Compliance")

R("Decision regarding your candidacy", "Vantage Claims <talent@vantageclaims.example>", """
Dear Priya,

Non-selection: Claims Handler

This letter confirms the non-selection of your candidacy for the position referenced above. The decision follows a review of all candidates against the published criteria.

Vantage Claims Talent
""", company="Vantage Claims", role="Claims Handler")

R("Your application has been updated", "Kinnear Hotels <noreply@kinnearhotels.example>", html="""<html><body style="margin:0">
<table width="100%" bgcolor="#1d2b3a"><tr><td style="color:#fff;padding:20px;font-size:22px">Kinnear Hotels</td></tr></table>
<table width="100%" cellpadding="10" style="font-family:Georgia">
<tr><td colspan="2">Dear Priya,</td></tr>
<tr><td colspan="2">The status of your application has changed.</td></tr>
<tr><td style="color:#777">Position</td><td><b>Front Office Manager</b></td></tr>
<tr><td style="color:#777">Location</td><td>Edinburgh Waverley</td></tr>
<tr><td style="color:#777">Status</td><td><b>Not selected</b></td></tr>
<tr><td colspan="2">Thank you for considering Kinnear Hotels. Explore other roles at <a href="https://careers.kinnearhotels.example">careers.kinnearhotels.example</a>.</td></tr>
</table></body></html>""", body="status changed", company="Kinnear Hotels", role="Front Office Manager",
  url="https://careers.kinnearhotels.example")

R("Interview outcome", "Brackley Water <resourcing@brackleywater.example>", """
Dear Priya,

Thank you for attending interview for the position of Hydraulic Modeller.

Unfortunately, on this occasion, you were not the successful candidate. The panel would be happy to provide feedback on request.

Resourcing Team, Brackley Water
""", company="Brackley Water", role="Hydraulic Modeller")

# -- very short letters --
R("Re: Junior Copywriter", "Tom Aske <tom@askecreative.example>", """
Thanks Priya, we won't be taking this further. All the best.

Tom
""", company="Aske Creative", role="Junior Copywriter", contact=("Tom Aske", "tom@askecreative.example"))

R("Barista application", "Grindstone Coffee <jobs@grindstonecoffee.example>", """
Hi Priya, we've gone with someone else for the barista job, sorry! Thanks for dropping your CV in.
""", company="Grindstone Coffee", role="Barista")

R("Application - Lab Technician", "Petrie Diagnostics <hr@petriediagnostics.example>", """
Not successful on this occasion. Thank you for applying.

Petrie Diagnostics HR
""", company="Petrie Diagnostics", role="Lab Technician")

# -- subject-only or nearly subject-only verdicts --
R("Unsuccessful application - Graduate Surveyor (GS-2026-14)", "Whitlock Property Careers <noreply@whitlockproperty.example>", """
Dear Priya,

Please log in to your candidate account to see further information about your application.

Whitlock Property
""", company="Whitlock Property", role="Graduate Surveyor")

R("Regret letter - Associate Consultant", "Tattva Consulting HR <hr@tattvaconsulting.example>", """
Dear Priya,

Please find attached our letter regarding your application. We thank you for your interest in Tattva Consulting and wish you all the best.

Regards,
HR Team
Tattva Consulting
""", company="Tattva Consulting", role="Associate Consultant")

# -- regional Englishes --
R("Status of your candidature - Software Engineer II", "Talent Acquisition - Nirvaan Systems <ta@nirvaansystems.example>", """
Dear Priya Nandakumar,

Greetings from Nirvaan Systems!

Thank you for showing interest in the Software Engineer II opening and for appearing for the technical rounds.

We regret to inform you that your candidature has not been shortlisted for further rounds of the selection process. Your profile will be retained in our database and you may be contacted for suitable future openings.

We wish you all the very best in your future endeavours.

Thanks & Regards,
Talent Acquisition Team
Nirvaan Systems Pvt. Ltd., Bengaluru
""", company="Nirvaan Systems", role="Software Engineer II")

R("Your application with Coastline Council", "Coastline Regional Council <careers@coastline.nsw.gov.example>", """
G'day Priya,

Thanks heaps for your application for the Parks Team Leader position.

Unfortunately you haven't been successful this time round. We had a terrific response and the panel has progressed applicants whose experience more closely matched the selection criteria.

Keep an eye on our jobs page, as new roles pop up all the time: https://coastline.nsw.gov.example/careers

Cheers,
People & Culture
Coastline Regional Council
""", company="Coastline Regional Council", role="Parks Team Leader", url="https://coastline.nsw.gov.example/careers")

R("Kia ora Priya - your application", "Whenua Forestry <mahi@whenuaforestry.example>", """
Kia ora Priya,

Thanks for applying for the GIS Analyst role with Whenua Forestry.

We've had a read through everything and we've decided not to shortlist you for interview this time. It was a strong field.

Ngā mihi,
Aroha Tane
Recruitment Advisor
""", company="Whenua Forestry", role="GIS Analyst", contact=("Aroha Tane", "mahi@whenuaforestry.example"))

R("Application Outcome - Executive, Corporate Communications", "Merlion Holdings HR <hr@merlionholdings.example>", """
Dear Ms Nandakumar,

Thank you for your application for the position of Executive, Corporate Communications.

We regret to inform that your application was unsuccessful. We appreciate your interest in Merlion Holdings and will keep your resume in our records for future vacancies.

Yours faithfully,
Human Resource Department
Merlion Holdings Pte Ltd
""", company="Merlion Holdings", role="Executive, Corporate Communications")

R("Application: Mine Planning Engineer", "Umhlanga Minerals <recruitment@umhlangaminerals.example>", """
Good day Priya

Thank you for your application for the Mine Planning Engineer position.

Please note that your application was not successful. Should you not hear from us within thirty days of any future application, please regard that application as unsuccessful too.

Kind regards
Umhlanga Minerals Recruitment
""", company="Umhlanga Minerals", role="Mine Planning Engineer")

R("RE: APPLICATION FOR THE POST OF ADMIN OFFICER", "Eko Bridge Microfinance <hr@ekobridgemfb.example>", """
Dear Priya,

We acknowledge receipt of your application for the post of Admin Officer.

Kindly be informed that after a thorough review, you were not considered for the next stage of the recruitment exercise. We appreciate your interest in our organisation.

Thank you.

Human Resources Unit
Eko Bridge Microfinance Bank
""", company="Eko Bridge Microfinance Bank", role="Admin Officer")

R("Re: Cover Teacher", "Fiona MacRae <f.macrae@glenbrae.sch.example>", """
Hiya Priya,

Thanks for coming along to the school on Thursday. Ah'm sorry tae say we've offered the cover post to a teacher who's already on the supply list here. Dinnae be a stranger though, we're aye looking for folk.

Fiona MacRae
Depute Head, Glenbrae Primary
""", company="Glenbrae Primary", role="Cover Teacher", contact=("Fiona MacRae", "f.macrae@glenbrae.sch.example"))

R("Customer Experience Lead - Dublin", "Sionnach Telecom Careers <careers@sionnach.example>", """
Hi Priya,

Thanks a million for applying for the Customer Experience Lead role in Dublin.

We've given your application careful thought but won't be bringing you forward to interview on this occasion. Best of luck with the search.

Sionnach Telecom Talent Team
""", company="Sionnach Telecom", role="Customer Experience Lead")

# -- mixed language: English body, foreign signature or footer --
R("Your application - Junior Controller", "Sabine Gruber <sabine.gruber@alpenkraft.example>", """
Dear Ms Nandakumar,

thank you very much for your application as Junior Controller and your interest in Alpenkraft.

After careful examination we must unfortunately inform you that we cannot consider your application further. We wish you all the best for your future career.

Mit freundlichen Grüßen / Kind regards

Sabine Gruber
Human Resources

Alpenkraft Energie GmbH
Salzachstraße 12, 5020 Salzburg, Österreich
Firmenbuch FN 123456x, Landesgericht Salzburg
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.
""", company="Alpenkraft", role="Junior Controller", contact=("Sabine Gruber", "sabine.gruber@alpenkraft.example"),
  charset="iso-8859-1")

R("Application Data Scientist (m/w/d)", "Lukas Meier <lukas.meier@zuerimetrics.example>", """
Dear Ms Nandakumar

Thank you for your application for the position of Data Scientist and for the interesting conversation last week.

We have now made our decision and unfortunately we have to tell you that we have decided in favour of another candidate whose profile matches our requirements somewhat better.

We thank you for your interest in Zueri Metrics and wish you every success.

Freundliche Grüsse

Lukas Meier
Head of People
Zueri Metrics AG | Badenerstrasse 44 | 8004 Zuerich
""", company="Zueri Metrics", role="Data Scientist", contact=("Lukas Meier", "lukas.meier@zuerimetrics.example"))

R("Candidature - Chargée de projet digital", "Camille Fontaine <camille.fontaine@atelier-rive.example>", """
Dear Priya,

Thank you for your application for the Digital Project Manager role at Atelier Rive.

We received many strong profiles and unfortunately we have not retained your application for the next steps. We keep your CV in our database for future openings.

Cordialement,

Camille Fontaine
Responsable Recrutement
Atelier Rive SAS - 18 rue des Tanneurs, 69001 Lyon
Ce message et ses pièces jointes sont confidentiels.
""", company="Atelier Rive", role="Digital Project Manager", contact=("Camille Fontaine", "camille.fontaine@atelier-rive.example"),
  charset="windows-1252")

R("Your application Frontend Developer", "Sanne de Wit <sanne@grachtsoftware.example>", """
Hi Priya,

Thank you for applying for the Frontend Developer position and for the effort you put into the assignment.

The team has reviewed it and unfortunately we have decided not to continue with your application. We think another candidate fits the current team better.

Met vriendelijke groet,

Sanne de Wit
Recruiter | Gracht Software B.V.
Keizersgracht 210, Amsterdam | KvK 87654321
""", company="Gracht Software", role="Frontend Developer", contact=("Sanne de Wit", "sanne@grachtsoftware.example"))

R("Application for Business Analyst", "Talento Iberia <seleccion@talentoiberia.example>", """
Dear Priya,

Thank you for your interest in the Business Analyst position with our client in Madrid.

After reviewing your profile, we regret to tell you that you have not been selected to continue in the process.

Un saludo cordial,
Equipo de Selección
Talento Iberia S.L.
Aviso legal: este mensaje es confidencial y va dirigido exclusivamente a su destinatario.
""", company=None, role="Business Analyst", charset="iso-8859-1")

# -- typos, missing accents, informal --
R("application", "Kyle Dorsey <kyle@dorseyroofing.example>", """
hi priya

thanks for aplying for the office admin job. unfortunatly we have decided to go a diffrent direction and wont be procceding with you're application. good luck

kyle
Dorsey Roofing
""", company="Dorsey Roofing", role="Office Admin", contact=("Kyle Dorsey", "kyle@dorseyroofing.example"))

R("design role", "Jules at Fernhouse <jules@fernhouse.example>", """
hey priya!! ok so bad news first, we went with someone else for the junior designer thing :( honestly loved your stuff tho. lets grab a coffee sometime x

jules
""", company="Fernhouse", role="Junior Designer", contact=("Jules", "jules@fernhouse.example"))

R("Your aplication - Accounts Asistant", "Recruitment <recruitment@haddowgroup.example>", """
Dear Priya,

Thank you for your aplication for the Accounts Asistant role.

Regretably we are not able to progess your aplication on this ocassion.

Haddow Group
""", company="Haddow Group", role="Accounts Assistant")

R("re: the ops job", "Sunny Park <sunny@mintleafdelivery.example>", """
ya so we talked it over and it's gonna be a no from us on the ops manager role, sorry! you were great in the call just need someone whos done last mile before. good luck out there

sunny
cofounder, mintleaf
""", company="Mintleaf", role="Ops Manager", contact=("Sunny Park", "sunny@mintleafdelivery.example"))

# -- quoted-reply threads and forwards --
R("Re: Following up - Customer Success Manager", "Rhea Lindqvist <rhea@orbitdesk.example>", """
Hi Priya,

Apologies for the slow reply. The panel met on Friday and decided to offer the role to an internal candidate who has been covering the accounts already. I know that's frustrating after three rounds, and I'm sorry.

Best,
Rhea

On Mon, 11 May 2026 at 09:14, Priya Nandakumar <priya.nandakumar@postbox.example> wrote:
> Hi Rhea,
>
> I hope you had a good week. I just wanted to follow up on the Customer Success Manager
> role after my final interview on the 4th. I'm still very keen and happy to provide anything else you need.
>
> Best wishes,
> Priya
""", company="OrbitDesk", role="Customer Success Manager", contact=("Rhea Lindqvist", "rhea@orbitdesk.example"))

R("Fwd: Feedback - Product Owner (Halcyon Insurance)", "Matt Oduya <matt.oduya@keystonetalent.example>", """
Hi Priya,

See below from Halcyon, I'm afraid it's not the outcome we wanted. Happy to talk it through on the phone.

Matt Oduya
Senior Consultant, Keystone Talent

---------- Forwarded message ---------
From: Laura Benning <l.benning@halcyoninsurance.example>
Date: Tue, 12 May 2026 at 16:02
Subject: Feedback - Product Owner
To: Matt Oduya <matt.oduya@keystonetalent.example>

Hi Matt,

Thanks for sending Priya over. We're going to pass on her for the Product Owner role; the panel felt she was a bit light on stakeholder management at board level. Please pass on our thanks.

Laura
""", company="Halcyon Insurance", role="Product Owner", contact=("Matt Oduya", "matt.oduya@keystonetalent.example"))

R("RE: Availability for a second interview?", "Gareth Ellis <gareth.ellis@tidewaymedia.example>", """
Hi Priya,

Sorry, I should have been clearer in my last email. We won't be going to a second interview with you for the Video Producer role - we've decided to progress two other candidates. Thanks so much for your time.

Gareth

-----Original Message-----
From: Priya Nandakumar <priya.nandakumar@postbox.example>
Sent: 13 May 2026 10:21
To: Gareth Ellis <gareth.ellis@tidewaymedia.example>
Subject: Availability for a second interview?

Hi Gareth, thanks for the call. I'm free Tuesday or Wednesday for a second interview if that suits. Priya
""", company="Tideway Media", role="Video Producer", contact=("Gareth Ellis", "gareth.ellis@tidewaymedia.example"))

R("Fw: Your application - Operations Analyst", "Careers Inbox <careers@rookwoodbank.example>", """
Dear Priya,

Resending the message below as our system reported it may not have been delivered.

----- Forwarded Message -----
From: Rookwood Bank Careers
Subject: Your application - Operations Analyst

Dear Priya,

Thank you for your interest in the Operations Analyst opportunity. After thorough consideration, we have elected to proceed with other applicants at this time.

Rookwood Bank
""", company="Rookwood Bank", role="Operations Analyst")

# -- agencies --
R("Update on the Finance Business Partner role", "Aisha Rahman <aisha.rahman@ledgerpeople.example>", """
Hi Priya,

I've had feedback from my client on the Finance Business Partner role. Unfortunately they've decided not to proceed with your profile, as they're looking for someone with more FP&A experience in manufacturing.

I'll keep you front of mind for anything else suitable that comes in.

Aisha Rahman
Principal Consultant
Ledger People Recruitment
""", company=None, role="Finance Business Partner", contact=("Aisha Rahman", "aisha.rahman@ledgerpeople.example"))

R("Graphite Digital - feedback", "Ben Whitcombe <ben@northstarsearch.example>", """
Priya,

Graphite Digital have come back: it's a no for the Head of Content role. They liked you but went for someone with agency-side experience. Chat soon?

Ben
Northstar Search
""", company="Graphite Digital", role="Head of Content", contact=("Ben Whitcombe", "ben@northstarsearch.example"))

# -- universities, public bodies, schools --
R("Lecturer in Economics - application outcome", "Hartfield University HR <jobs@hartfield.ac.example>", """
Dear Dr Nandakumar,

Lecturer in Economics (Ref: HU-06112)

I am writing to inform you that, following the interviews held on 7 May, the panel did not recommend you for appointment to this post.

The University is grateful for your interest and for your participation in the process, including the research presentation.

Yours sincerely,

Academic Recruitment, Human Resources
Hartfield University
""", company="Hartfield University", role="Lecturer in Economics")

R("PhD studentship and Research Assistant post", "Prof. Alan Whitby <a.whitby@kelso.ac.example>", """
Dear Priya,

Thank you for applying for the Research Assistant post in my group. I was impressed by your application, but after a great deal of thought I have offered the position to an applicant whose background in soil microbiology is a closer fit for the project.

I do hope you find a good position soon.

Best wishes,
Alan Whitby
Professor of Environmental Science
University of Kelso
""", company="University of Kelso", role="Research Assistant", contact=("Alan Whitby", "a.whitby@kelso.ac.example"))

R("Application 7731 - Environmental Health Officer", "Ashcombe District Council <jobs@ashcombe.gov.example>", """
Dear Ms Nandakumar,

Thank you for applying for the post of Environmental Health Officer.

I regret to inform you that you have not been shortlisted. Shortlisting was carried out against the essential criteria in the person specification, and on this occasion your application did not sufficiently demonstrate criteria E3 and E5.

If you would like feedback, please reply to this email within 28 days.

Yours sincerely
Human Resources
Ashcombe District Council
""", company="Ashcombe District Council", role="Environmental Health Officer")

R("Band 6 Physiotherapist - Outcome", "NHS Jobs <noreply@jobs.nhs.test>", """
Dear Priya Nandakumar,

Vacancy reference: 290-PHY-1187
Employer: Riverside Community Health NHS Trust
Job title: Band 6 Physiotherapist (MSK)

We are sorry to tell you that you have not been shortlisted for interview for this job.

This is a system generated message. Do not reply.
""", company="Riverside Community Health NHS Trust", role="Band 6 Physiotherapist")

R("Police Staff Investigator - Assessment Result", "Wessex Constabulary Recruitment <recruitment@wessex.police.example>", """
Dear Priya,

Thank you for taking part in the online assessment for the Police Staff Investigator role.

Your overall score was below the threshold required to proceed, so your application will not continue beyond this stage. You may reapply after six months.

Wessex Constabulary Recruitment
""", company="Wessex Constabulary", role="Police Staff Investigator")

R("Year 4 Class Teacher", "St Brendan's Primary School <office@stbrendans.sch.example>", """
Dear Priya,

Thank you for attending for interview on Wednesday for the Year 4 Class Teacher post. The governors have now made their appointment, and I'm sorry to tell you that on this occasion it was not you.

Yours sincerely,
Mrs K. Doherty
Headteacher
""", company="St Brendan's Primary School", role="Year 4 Class Teacher", contact=("K. Doherty", "office@stbrendans.sch.example"))

# -- founders, small firms --
R("Thank you", "Orla Finnegan <orla@tinybakes.example>", """
Hi Priya,

I wanted to write personally rather than let this go quiet. You were one of our last two for the bakery manager job and it honestly came down to the wire. In the end I've asked the other candidate to join, mainly because she has run a wholesale kitchen before.

I'm really sorry. I think you'd be brilliant somewhere and I'd happily be a reference for your people skills.

Orla
Founder, Tiny Bakes
""", company="Tiny Bakes", role="Bakery Manager", contact=("Orla Finnegan", "orla@tinybakes.example"))

R("Re: Engineer #3", "Kofi Mensah <kofi@ledgerline.example>", """
Priya - I'll be straight with you: we're not going to make you an offer. The take-home was solid but we need someone who's shipped Rust in production and that's not where you are yet. Sorry, and thanks for the effort.

Kofi
CTO, Ledgerline
""", company="Ledgerline", role="Engineer", contact=("Kofi Mensah", "kofi@ledgerline.example"))

R("your application (community manager)", "Hana Sato <hana@quietforest.example>", """
Hi Priya,

thanks so much for applying to be our community manager! we're a tiny team so I read every application myself. I've decided to go with someone who's been part of our discord since the beginning, so I won't be moving forward with yours. it was a hard one.

wishing you the best,
hana
""", company="Quiet Forest", role="Community Manager", contact=("Hana Sato", "hana@quietforest.example"))

# -- ATS defaults with less common verbs --
R("Regarding your application to Ferntree Health", "Ferntree Health <no-reply@ferntree.smartrecruiters.test>", """
Dear Priya,

Thank you for applying for the Medical Coder position at Ferntree Health.

Upon review of your qualifications we have determined that other candidates are better aligned with the requirements of this role, and we have therefore decided to discontinue your application.

We encourage you to visit https://careers.ferntree.example for future openings.

Ferntree Health Talent Acquisition
""", company="Ferntree Health", role="Medical Coder", url="https://careers.ferntree.example", html=True)

R("Your application for IT Support Technician", "Pellow Group <pellowgroup@myworkday.test>", """
Dear Priya,

Thank you for your interest in the IT Support Technician position. This is to inform you that we are no longer considering your application for this position.

Sincerely,
Pellow Group Talent Acquisition
""", company="Pellow Group", role="IT Support Technician")

R("Thank you for applying - Solutions Architect", "Arcwell Cloud <talent@arcwell.example>", """
Hello Priya,

Thanks for applying for the Solutions Architect role. We've reviewed your application and, while your background is impressive, we're not able to offer you a place in the next stage of our process.

Team Arcwell
""", company="Arcwell Cloud", role="Solutions Architect", html=True)

R("About the Site Reliability Engineer opening", "Quenby Systems <jobs@quenby.example>", """
Hi Priya,

We wanted to let you know where things stand with the Site Reliability Engineer opening. The hiring team has made its selection, and we won't be inviting you to the onsite round.

Thank you for your interest in Quenby.

Quenby Recruiting
""", company="Quenby Systems", role="Site Reliability Engineer")

R("Your Tessera application", "Tessera <careers@tessera.example>", """
Hi Priya,

Thanks for taking the time to complete our coding challenge for the Mobile Engineer (iOS) role.

Our engineers reviewed your submission, and we've concluded that we won't proceed to the next stage with your application. Below are a few notes from the reviewers, which we hope are useful:

- the networking layer lacked tests
- state handling in the feed view could be simplified

Tessera Engineering Hiring
""", company="Tessera", role="Mobile Engineer (iOS)")

R("Application update - Content Moderator", "Vireo Social <no-reply@vireo.example>", """
Hi Priya,

We appreciate your application for Content Moderator (Night shift). Regrettably, your application will not be moving forward.

Vireo Social
""", company="Vireo Social", role="Content Moderator")

R("Regarding your interest in Osprey Aerospace", "Osprey Aerospace Careers <careers@ospreyaero.example>", """
Dear Priya,

Thank you for your interest in the Stress Engineer opportunity. We regret to advise that we have selected a candidate who more closely meets the requirements for this position.

Osprey Aerospace
""", company="Osprey Aerospace", role="Stress Engineer")

R("Your application has been reviewed", "Brockhurst Legal <recruitment@brockhurstlegal.example>", """
Dear Priya,

Trainee Solicitor 2028 intake

Thank you for submitting an application to Brockhurst Legal. After careful review we are sorry to tell you that we are unable to offer you a place on our training contract scheme.

Brockhurst Legal Graduate Recruitment
""", company="Brockhurst Legal", role="Trainee Solicitor", html=True)

R("Update: Summer Internship 2026", "Finch & Row <internships@finchrow.example>", """
Hi Priya,

We're writing about your application to the Finch & Row Summer Internship. We received over 2,000 applications for 30 places, and unfortunately your application has not progressed.

Finch & Row Early Talent
""", company="Finch & Row", role="Summer Internship")

R("Application status changed", "Kelpie Games Hiring <hiring@kelpiegames.example>", html="""<!DOCTYPE html><html><body>
<table cellpadding="0" cellspacing="0" width="100%"><tr><td align="center">
<table width="560" style="border:1px solid #ddd">
<tr><td style="padding:18px;font-family:Verdana;font-size:13px">Hi Priya,</td></tr>
<tr><td style="padding:0 18px 18px;font-family:Verdana;font-size:13px">Your application for <strong>Technical Artist</strong> has moved to
<span style="color:#b00">Rejected</span>.</td></tr>
<tr><td style="padding:0 18px 18px;font-family:Verdana;font-size:12px;color:#888">Kelpie Games &middot; Dundee</td></tr>
</table></td></tr></table></body></html>""", body="x", company="Kelpie Games", role="Technical Artist")

R("Update from the Lantern Foundation", "Lantern Foundation <people@lanternfoundation.example>", """
Dear Priya,

Thank you for your application for the Programme Officer role.

We received 187 applications. After careful consideration we have regrettably not been able to include you on the shortlist.

Because of the number of applications we cannot give individual feedback. We hope you understand.

Lantern Foundation
""", company="Lantern Foundation", role="Programme Officer")

R("Application for Store Assistant - Outcome", "Greengage Supermarkets <noreply@greengage.example>", """
Hi Priya,

Thanks for your interest in joining Greengage as a Store Assistant.

We're sorry, but we won't be inviting you to an assessment day this time. Don't worry - you can apply again in three months.

Greengage Recruitment
""", company="Greengage Supermarkets", role="Store Assistant", html=True)

R("Following your interview", "Claremont Insurance <talent@claremontins.example>", """
Dear Priya,

Thank you for meeting with us on Monday about the Underwriting Assistant role.

While we enjoyed speaking with you, the hiring manager has decided to proceed with a different candidate. We wish you well in your search.

Claremont Insurance Talent Team
""", company="Claremont Insurance", role="Underwriting Assistant")

R("Your application", "Moorgate Partners <recruiting@moorgatepartners.example>", """
Dear Priya,

Thank you for your application for the Investment Associate position.

We have now had the opportunity to consider it carefully. I am sorry to say that we are unable to take your candidacy further.

Yours sincerely,
Recruiting Team
Moorgate Partners
""", company="Moorgate Partners", role="Investment Associate", cte="base64")

R("Your profile for Talent Partner", "Juniper Ridge <no-reply@juniperridge.teamtailor.test>", """
Hi Priya!

Thanks for showing interest in Juniper Ridge and the Talent Partner position.

We have now looked through all applications and have chosen to continue with other candidates whose profiles better match what we are looking for right now.

We'd love to keep in touch. Join our Talent Community at https://juniperridge.teamtailor.test/connect

All the best,
Juniper Ridge
""", company="Juniper Ridge", role="Talent Partner", url="https://juniperridge.teamtailor.test/connect")

R("Thanks for your interest in Sorrel", "Sorrel <jobs@sorrel.example>", """
Priya,

We've decided not to move you to the interview stage for the Growth Marketer role. We know this isn't the news you were hoping for.

Sorrel People Team
""", company="Sorrel", role="Growth Marketer")

R("Application reference 4421 - Librarian", "Kingsmere Libraries <recruit@kingsmerelibraries.example>", """
Dear Priya,

I am sorry to inform you that your application for the post of Assistant Librarian was not successful. Thank you for your interest in working with Kingsmere Libraries.

Yours sincerely,
Recruitment Officer
""", company="Kingsmere Libraries", role="Assistant Librarian", charset="iso-8859-1")

R("Re: Freelance translator application", "Ottilie Marsh <ottilie@wordbridge.example>", """
Dear Priya,

Thank you for completing the test translation. I'm afraid our reviewers judged it below the standard we need for legal texts, so we are unable to add you to our translator panel at present.

Kind regards,
Ottilie Marsh
Vendor Manager, Wordbridge
""", company="Wordbridge", role="Freelance Translator", contact=("Ottilie Marsh", "ottilie@wordbridge.example"))

R("Apprenticeship application", "Dunmore Engineering <apprenticeships@dunmore.example>", """
Dear Priya,

Thank you for applying for the Level 3 Maintenance Apprenticeship.

We have considered your application and are sorry to say that we are unable to offer you an apprenticeship this year.

Dunmore Engineering Apprenticeships Team
""", company="Dunmore Engineering", role="Maintenance Apprenticeship")

R("Your recent interview with Carraway", "Carraway Foods HR <hr@carrawayfoods.example>", """
Dear Priya,

We were pleased to meet you for the role of Food Technologist. Following a competitive process, we have decided that we will not be offering you the position.

Thank you for your time.

Carraway Foods
""", company="Carraway Foods", role="Food Technologist", cte="8bit")

R("Your candidacy - Staff Accountant", "Whitebeam Group <talent@whitebeam.example>", """
Dear Priya,

Thank you for your continued interest in Whitebeam Group. After evaluating your background against the needs of the Staff Accountant position, we have determined that we will not pursue your candidacy further.

Whitebeam Group
""", company="Whitebeam Group", role="Staff Accountant")

R("Hospitality role at Larchfield", "Larchfield Estate <events@larchfieldestate.example>", """
Hi Priya,

Thank you for your interest in the Events Assistant position. We have had a large number of applicants and on this occasion we will not be offering you an interview.

Larchfield Estate
""", company="Larchfield Estate", role="Events Assistant")

R("Your application to Penhallow", "Ruth Penhallow <ruth@penhallowdesign.example>", """
Dear Priya,

I'm sorry to say that we've decided to offer the Interior Designer role to another applicant.

Best regards,
Ruth Penhallow
Penhallow Design
""", company="Penhallow Design", role="Interior Designer", contact=("Ruth Penhallow", "ruth@penhallowdesign.example"))

R("Audit Senior - update", "Calloway Hart LLP <graduates@callowayhart.example>", """
Dear Priya,

Thank you for attending the assessment centre. We are sorry to inform you that you have not been successful in securing the Audit Senior position. We appreciate the effort you made to attend.

Calloway Hart LLP
""", company="Calloway Hart", role="Audit Senior")

R("Following up on your application", "Brightling <recruiting@brightling.example>", """
Hi Priya,

We're reaching out to let you know that the Customer Support Specialist role has been put on hold indefinitely. As a result, we are closing all active applications, including yours.

Thank you for your interest in Brightling.
""", company="Brightling", role="Customer Support Specialist")

R("Application for the role of Chemist", "Solway Chemicals <hr@solwaychem.example>", """
Dear Priya,

We acknowledge your application for the role of Chemist. Having reviewed it, we find that you do not meet the minimum requirement of three years' GMP laboratory experience, and so we cannot take it forward.

Solway Chemicals HR
""", company="Solway Chemicals", role="Chemist")

R("Your CV", "Jonas Hallberg <jonas@nordlysstudio.example>", """
Hi Priya,

Thanks for sending your CV over for the motion designer position. Truth be told, we're after someone more senior, so we'll have to say no this time. Good luck!

Jonas
Nordlys Studio
""", company="Nordlys Studio", role="Motion Designer", contact=("Jonas Hallberg", "jonas@nordlysstudio.example"))

R("Your application to the Clerk to the Council post", "Little Hadham Parish Council <clerk@littlehadhampc.example>", """
Dear Ms Nandakumar,

The Council considered applications for the Clerk to the Council post at its meeting on 14 May. I am instructed to inform you that the Council resolved to appoint another applicant.

Yours sincerely,
D. Fairweather
Chair, Little Hadham Parish Council
""", company="Little Hadham Parish Council", role="Clerk to the Council", contact=("D. Fairweather", "clerk@littlehadhampc.example"))

R("Application Update: Nursing Assistant", "Elmwood Care Homes <careers@elmwoodcare.example>", """
Hi Priya,

Thank you for your interest in working with Elmwood Care Homes.

We've taken a careful look at your application for Nursing Assistant and we're sorry to say we've chosen other applicants for this role.

Elmwood Care Homes Recruitment
""", company="Elmwood Care Homes", role="Nursing Assistant", html=True)

R("Senior Auditor - recruitment closure", "Graubner Treuhand AG <jobs@graubner-treuhand.example>", """
Dear Ms Nandakumar

We refer to your application for the position of Senior Auditor in our Zurich office.

The selection procedure has now been concluded. We regret to inform you that we have given preference to another candidate.

We thank you for the trust you have placed in us and wish you continued success.

Freundliche Gruesse / Meilleures salutations
Graubner Treuhand AG
Personaldienst
Bahnhofstrasse 90, 8001 Zurich
""", company="Graubner Treuhand", role="Senior Auditor")

R("Our decision - Warehouse Team Leader", "Pryor Logistics <careers@pryorlogistics.example>", """
Dear Priya,

Thank you for giving us the chance to consider you for the Warehouse Team Leader role at our Daventry hub, and for the time you spent with us during the two interviews and the site walk. We know that applying for a job takes real effort, from tailoring a CV to preparing for a panel, and we do not take that for granted.

Over the past month we have spoken with a number of excellent people. Each of them brought something different, and the hiring team spent a long time discussing the strengths that each candidate would bring to the shift pattern, the team culture and the performance improvements we are planning for next year. We also asked ourselves which candidate would be best placed to start before our peak season in October.

That conversation was not straightforward. Your experience with WMS upgrades stood out, and the team particularly enjoyed your answer about handling a missed trailer. However, after weighing everything, the decision has been made in favour of a candidate who has led a night shift of over forty colleagues.

We know this is not the answer you hoped for. If you would find it useful, your interviewer, Darren, would be glad to spend fifteen minutes on the phone sharing more detailed feedback.

We would also be happy to keep your details on record. Our vacancies are listed at https://pryorlogistics.example/careers and many of our team leaders joined us on their second application.

Once again, thank you for your interest in Pryor Logistics.

Kind regards,
Pryor Logistics Talent Team

""" + RETAIN, company="Pryor Logistics", role="Warehouse Team Leader", url="https://pryorlogistics.example/careers")

R("Re: Your application - outcome", "Selby Housing Association <recruitment@selbyhousing.example>", """
Dear Priya,

Tenancy Sustainment Officer

Regrettably, the decision of the panel was that you should not proceed to the next stage of the recruitment process.

Yours sincerely

Selby Housing Association
""", company="Selby Housing Association", role="Tenancy Sustainment Officer")

R("Quick update", "Ravi Menon <ravi@ironbarkventures.example>", """
Hey Priya,

Hope the week's going OK. Just closing the loop: we've offered the Venture Analyst role elsewhere. Appreciate you taking the time and really enjoyed the case discussion.

Ravi
Ironbark Ventures
""", company="Ironbark Ventures", role="Venture Analyst", contact=("Ravi Menon", "ravi@ironbarkventures.example"))

R("Application for Office Manager", "Hartwell Dental Group <hr@hartwelldental.example>", """
Dear Priya,

Thank you for your application. We have reviewed it together with a large number of others and regret that we are unable to invite you to the next stage for the Office Manager role.

Hartwell Dental Group
""", company="Hartwell Dental Group", role="Office Manager", charset="windows-1252", cte="quoted-printable")

R("Not selected: Field Service Engineer", "Maritech Careers <careers@maritech.example>", """
Hello Priya,

Thank you for applying to Maritech. Please note that we have filled this position.

Maritech Careers
""", company="Maritech", role="Field Service Engineer")

R("Recruitment for Procurement Officer", "Tollgate Water Authority <hr@tollgatewater.example>", """
Dear Candidate,

We wish to thank you for the interest you have shown in the position of Procurement Officer. We regret to advise that, after consideration of all applications received, your application has not been favourable.

Tollgate Water Authority, Human Resources
""", company="Tollgate Water Authority", role="Procurement Officer")

R("Your interview for Paralegal", "Wren & Alder Solicitors <hr@wrenalder.example>", """
Dear Priya,

Thank you for interviewing for the Paralegal role. I'm afraid we have decided not to offer you the job. We felt that another candidate's litigation experience gave them the edge.

Kind regards
Emma Wren
Office Manager
Wren & Alder Solicitors
""", company="Wren & Alder Solicitors", role="Paralegal", contact=("Emma Wren", "hr@wrenalder.example"), html="alt")

R("Engineering Manager role", "Castellan Robotics Talent <talent@castellan.example>", """
Hi Priya,

We really appreciated the conversations with you about the Engineering Manager role.

We've now made our hire for this position and so won't be moving you forward. We'd be delighted to stay in touch for future leadership roles.

Castellan Robotics
""", company="Castellan Robotics", role="Engineering Manager")


# ---------------------------------------------------------------------------
# HARD LOOK-ALIKES (about 42)
# ---------------------------------------------------------------------------

# -- received / under review / delays / conditionals --
L("We've received your application", "Quayside Bank Careers <no-reply@quaysidebank.example>", """
Dear Priya Nandakumar,

Thank you for applying for Treasury Analyst. We have received your application and our team will review it against the requirements of the role.

Unfortunately, due to the volume of applications, we are not able to respond to every applicant individually about timing. You can track your status in the candidate portal.

Quayside Bank Talent Acquisition
""")

L("Update on timings - Data Engineer", "Veldt Talent <talent@veldt.example>", """
Hi Priya,

A quick note to say that we have not yet reached a decision on the Data Engineer role. Unfortunately one of the panel members has been off sick, so the final review has slipped by a week. We're sorry for the wait and will be in touch by Friday the 22nd.

Veldt Talent Team
""")

L("Your application for Archivist", "Kingsmere Libraries <recruit@kingsmerelibraries.example>", """
Dear Priya,

Thank you for your application for the post of Archivist. Shortlisting will take place on 2 June.

If you have not heard from us within three weeks of the closing date, please assume that on this occasion your application has not been successful.

Recruitment Officer
""")

L("Application acknowledgement", "Tattva Consulting HR <hr@tattvaconsulting.example>", """
Dear Priya,

We acknowledge receipt of your application for Senior Consultant. Your profile is under review. Please note that only shortlisted candidates will be contacted; we regret that we are unable to reply to each applicant.

HR Team, Tattva Consulting
""")

L("Still reviewing - Content Designer", "Sorrel <jobs@sorrel.example>", """
Priya,

We haven't made any decisions yet on the Content Designer role and we haven't ruled anyone out. We'll be back to you once the hiring manager returns from leave.

Sorrel People Team
""")

# -- invitations, next steps, offers --
L("Interview invitation - Logistics Planner", "Tamarind Freight <people@tamarindfreight.example>", """
Dear Priya,

We are pleased to invite you to interview for the Logistics Planner role. Unfortunately the Tuesday slot you chose is no longer available, so please pick another time using the link below.

Owen Pritchard
People Partner
""")

L("Next steps - Brand Designer", "Freya Achterberg <freya@brindleco.example>", """
Hi Priya,

Good news: the team would love to move forward with you to the portfolio review stage. We decided not to do a take-home this time, so it's just a one-hour chat.

Freya
""")

L("Offer of employment", "Carraway Foods HR <hr@carrawayfoods.example>", """
Dear Priya,

We are delighted to offer you the position of Quality Technician. Regrettably we could not meet the salary you asked for, but we have added five extra days of annual leave. Please let us know your decision by Friday.

Carraway Foods
""")

L("Re: Your application - second round", "Rhea Lindqvist <rhea@orbitdesk.example>", """
Hi Priya,

I'm sorry to say we've had to cancel Thursday's interview as the hiring manager is ill. This isn't a reflection on your application at all - we still very much want to see you. Could you do Monday instead?

Rhea
""")

L("Not a rejection!", "Ben Whitcombe <ben@northstarsearch.example>", """
Priya, just so you don't panic when you see the portal: the client has paused the Head of Content hire until July. This is not a rejection, your application stays live and they'll pick it back up in the summer.

Ben
""")

L("Role reopened - Site Reliability Engineer", "Quenby Systems <jobs@quenby.example>", """
Hi Priya,

Earlier this spring you applied for our Site Reliability Engineer role. We've reopened the position and would like to reconsider your application. Are you still interested?

Quenby Recruiting
""")

L("Talent pool", "Juniper Ridge <no-reply@juniperridge.teamtailor.test>", """
Hi Priya!

Thank you for joining our talent community. We'll let you know when roles that match your profile open up. You can update your preferences at any time.

Juniper Ridge
""")

# -- job alerts, outreach, newsletters, advice --
L("12 new jobs for 'product manager'", "JobHarbor Alerts <alerts@jobharbor.test>", """
Hi Priya,

Here are the latest roles matching your search:

- Product Manager, Payments - Cadence Pay - London
- Senior Product Manager - Vireo Social - Remote
- Associate Product Manager - Finch & Row - Manchester

Didn't hear back from your last application? You're not alone - most applicants never get a reply. Keep going!

Unsubscribe | Manage alerts
""")

L("Opportunity at a Series B fintech", "Callum Reid <callum@talentforge.example>", """
Hi Priya,

I came across your profile and think you could be a great fit for a Senior Analyst role with a fintech client. If now isn't the right time, no problem at all - just let me know and I won't chase.

Callum Reid
Talent Forge
""")

L("This week: decoding rejection emails", "The Job Hunt Weekly <newsletter@jobhuntweekly.example>", """
Hi Priya,

This week's issue: what do rejection emails really mean? When a company writes "we have decided to move forward with other candidates" or "your application has not been successful on this occasion", it is usually a template. We look at when it's worth asking for feedback.

Also inside: five questions to ask at the end of an interview.

The Job Hunt Weekly
Unsubscribe
""")

L("Career Clinic: 'we regret to inform you'", "Careers Service <careers@hartfield.ac.example>", """
Dear students and alumni,

Our next Career Clinic looks at coping with knock-backs. Bring any letter that says "we regret to inform you that you have not been shortlisted" and we'll talk about how to respond and when to reapply.

Wednesday 3 June, 1pm, Library Room 2.

Hartfield University Careers Service
""")

# -- the owner's own withdrawal or declined offer --
L("Application withdrawn", "Pellow Group <pellowgroup@myworkday.test>", """
Dear Priya,

This confirms that you have withdrawn your application for Service Desk Analyst. We're sorry to see you go. If you change your mind, you are welcome to apply for future roles.

Pellow Group Talent Acquisition
""")

L("Re: Offer - Marketing Executive", "Lydia Coates <lydia@harbourlightpr.example>", """
Hi Priya,

Thanks for letting me know that you've decided to decline our offer. Of course we're disappointed, but I completely understand and wish you every success in the new role.

Lydia
""")

L("Re: Withdrawing my application", "Owen Pritchard <owen.pritchard@tamarindfreight.example>", """
Hi Priya,

No problem at all, I've removed you from the Warehouse Analyst process as you asked. Good luck with the other offer!

Owen

> Hi Owen, I've accepted another role so I'd like to withdraw from the Warehouse Analyst process. Thanks for everything. Priya
""")

# -- non-job rejections --
L("Your application for 22 Elm Road", "Keyhaven Lettings <lettings@keyhaven.example>", """
Dear Priya,

Thank you for your application to rent 22 Elm Road. Unfortunately the landlord has decided to proceed with another applicant, and your application has been unsuccessful on this occasion.

Your holding deposit will be returned within seven days.

Keyhaven Lettings
""")

L("Your loan application", "Meridian Building Society <lending@meridianbs.example>", """
Dear Ms Nandakumar,

Thank you for applying for a personal loan. After careful consideration we regret that we are unable to approve your application at this time. This decision was based on information from a credit reference agency.

Meridian Building Society
""")

L("Arts Council project grant - decision", "Northern Arts Fund <grants@northernartsfund.example>", """
Dear Priya,

Thank you for your application to the Project Grants programme. We received 640 applications and, regrettably, your application was not successful in this round. The panel's feedback is attached.

Northern Arts Fund
""")

L("Decision on your submission #412", "WorkshopCMS <noreply@workshopcms.test>", """
Dear Priya Nandakumar,

We regret to inform you that your paper "Label noise in weak supervision for email triage" was not accepted to the workshop. We received 210 submissions and could accept only 38.

The reviews are included below.

Programme Chairs
""")

L("Your application to MSc Data Science", "Admissions Office <admissions@kelso.ac.example>", """
Dear Priya,

Thank you for your application to the MSc Data Science programme. We are sorry to let you know that we are unable to offer you a place for the 2026 entry.

Postgraduate Admissions, University of Kelso
""")

L("Tender outcome: cleaning services contract", "Ashcombe District Council Procurement <procurement@ashcombe.gov.example>", """
Dear Ms Nandakumar,

Thank you for submitting a tender for the Cleaning Services Framework. I regret to inform you that your bid was unsuccessful; the contract has been awarded to another supplier. Scores are set out in the attached letter.

Procurement Team
""")

L("Speaker application - DataConf 2026", "DataConf Programme <speakers@dataconf.example>", """
Hi Priya,

Thank you for proposing a talk for DataConf 2026. We had an incredibly strong set of proposals, and unfortunately we weren't able to include yours in this year's programme.

DataConf Programme Committee
""")

L("Your order #88213 has been cancelled", "Shopwell <orders@shopwell.test>", """
Hi Priya,

Unfortunately we weren't able to process your order #88213 and it has been cancelled. Your payment has been refunded.

Shopwell Customer Care
""")

L("Visa application decision", "Visa Application Centre <noreply@visacentre.test>", """
Dear Applicant,

Your visa application has been refused. The reasons for the refusal are set out in the attached notice.
""")

L("Membership application", "Ashby Tennis Club <secretary@ashbytennis.example>", """
Dear Priya,

Thank you for applying to join Ashby Tennis Club. Regrettably, our adult membership is full and we are unable to accept your application at present. We have placed you on the waiting list.

Club Secretary
""")

L("Scholarship outcome", "Whitby Foundation <scholarships@whitbyfoundation.example>", """
Dear Priya,

We regret to inform you that you have not been selected for the Whitby Travelling Scholarship this year. There were many outstanding applicants.

The Whitby Foundation
""")

L("Your job ad was not approved", "JobHarbor Employers <employers@jobharbor.test>", """
Hi Priya,

Your job posting "Weekend Barista - Tiny Bakes" was not approved because it is missing a salary range. Please edit and resubmit.

JobHarbor
""")

L("Undeliverable: Application - Data Analyst", "Mail Delivery Subsystem <mailer-daemon@postbox.example>", """
Delivery has failed to these recipients or groups:

jobs@oldcompany.example
Your message was rejected by the recipient's email server. The address may be misspelled or may not exist.

Subject: Application - Data Analyst
""")

L("Parking permit application", "Northfield Borough Council <parking@northfieldcouncil.gov.example>", """
Dear Priya Nandakumar,

Your application for a residents' parking permit has been declined because the address is outside the controlled zone.

Parking Services
""")

L("Expense claim returned", "Concur <noreply@concur.test>", """
Your expense claim "Interview travel May" has been rejected by your approver. Reason: receipts missing.
""")

# -- decisions about other people (owner is hiring, a referee or a friend) --
L("Candidates to decline - Paralegal", "Emma Wren <hr@wrenalder.example>", """
Hi Priya,

Could you send the standard unsuccessful letter to the three candidates below? We've decided not to progress them for the Paralegal role.

- J. Thorne
- M. Akhtar
- S. Gill

Thanks,
Emma
""")

L("Re: Reference for Daniel Osei", "Gillian Sharpe <practice.manager@meadowbanksurgery.example>", """
Dear Priya,

Thank you for providing a reference for Daniel. I'm sorry to say that on this occasion he was not successful, but your reference was very helpful.

Gillian Sharpe
Practice Manager
""")

L("ugh", "Meera <meera.k@mailbox.example>", """
got the "we've decided to go with other candidates" email from Ledgerline today. 4 rounds!! drinks on friday? need to vent

m
""")

L("[Greenhouse] Priya, candidate rejected: Tom Ellery", "Greenhouse <no-reply@greenhouse.test>", """
Tom Ellery was rejected from Backend Engineer (Platform) by Sam Hurst.
Rejection reason: Lacking skill(s)/qualification(s)
Rejection email: sent

You're receiving this because you are on the hiring team.
""")

L("Feedback survey", "Claremont Insurance Talent <talent@claremontins.example>", """
Hi Priya,

Whether or not you were successful, we'd like to hear about your experience as a candidate with Claremont Insurance. The survey takes three minutes.

Claremont Insurance Talent Team
""")

L("Declined: Interview - Priya Nandakumar / Video Producer", "Gareth Ellis <gareth.ellis@tidewaymedia.example>", """
Gareth Ellis has declined this invitation.

Interview - Priya Nandakumar / Video Producer
Thursday 21 May 2026 14:00 - 15:00 (BST)

Note from Gareth: clash with a shoot, Ines will interview instead.
""")

L("Re: internal transfer", "HR Business Partner <hrbp@brackenfold.example>", """
Hi Priya,

Your manager's request to move Alex to the Analytics team has been declined for now because of headcount. This doesn't affect your own role.

HR
""")


# ---------------------------------------------------------------------------
# ORDINARY MAIL with job-ish words (about 10)
# ---------------------------------------------------------------------------

O("Interview panel rota", "Recruiting Ops <recruiting-ops@brackenfold.example>", """
Hi Priya,

You're on the interview panel for the Data Analyst loop next Tuesday and Thursday. Scorecards are due within 24 hours of each interview.
""")
O("Your payslip for May", "Payroll <payroll@brackenfold.example>", """
Your payslip for May 2026 is available in the employee portal. Net pay will reach your account on the 28th.
""")
O("Careers fair volunteers", "Alumni Office <alumni@hartfield.ac.example>", """
Dear Priya, we're looking for alumni to staff the employer stands at the careers fair on 10 June. Tea and biscuits provided!
""")
O("Congrats on the work anniversary!", "LinkedUp <notifications@linkedup.test>", """
Meera and 14 others congratulated you on 3 years at Brackenfold.
""")
O("Re: the job chart", "Dad <r.nandakumar@mailbox.example>", """
The chore chart on the fridge says it's your job to take the bins out this week, not mine :)
""", charset="iso-8859-1")
O("Hiring freeze FAQ", "Leadership Team <leaders@brackenfold.example>", """
Hi all, following Monday's town hall, here are answers to your questions about the hiring freeze, backfills and contractor renewals.
""")
O("Position of the sofa", "Flatmates <flat12@mailbox.example>", """
Can we agree on the position of the sofa before the new rug arrives? I vote by the window.
""")
O("Application form for the summer fete", "Village Hall Committee <hall@littlehadham.example>", """
Stallholders: please return the application form for the summer fete by 30 June. Pitches are allocated first come, first served.
""")
O("Your referral bonus", "People Team <people@brackenfold.example>", """
Hi Priya, your referral for the Platform Engineer role joined last month, so your referral bonus will be paid in June's salary.
""")
O("Candidate pack proofread?", "Meera <meera.k@mailbox.example>", """
Can you proofread the candidate pack I'm sending to applicants for the nursery job? It's only two pages.
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
