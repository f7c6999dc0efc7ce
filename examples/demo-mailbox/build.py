#!/usr/bin/env python3
"""Build the nextround demo mailbox.

Writes ``Maildir/`` (cur/, new/, tmp/) and ``expected.json`` next to this file.
The output is deterministic: running the script twice gives byte-identical files,
so the generated mailbox is committed alongside the script.

The mailbox belongs to Sam Rivera <sam@example.net>, a data engineer looking for
a new job between August and November 2026. Every company, person and address is
invented (domains under ``.example``); only the ATS vendors' sending domains are real.

    python examples/demo-mailbox/build.py
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "Maildir"
EXPECTED = HERE / "expected.json"

SAM = ("Sam Rivera", "sam@example.net")

# People who write to Sam (name, address).
PRIYA = ("Priya Natarajan", "priya.natarajan@acme-robotics.example")
TOMAS = ("Tomás Herrera", "tomas.herrera@acme-robotics.example")
HELEN = ("Helen Okafor", "helen.okafor@acme-robotics.example")
JORDAN = ("Jordan Blake", "jordan.blake@lumenhealth.example")
MARCUS = ("Marcus Feld", "marcus.feld@lumenhealth.example")
GRACE = ("Grace Liu", "grace.liu@lumenhealth.example")
DANA = ("Dana Okoye", "dana.okoye@harborfinch.example")
OMAR = ("Omar Haddad", "omar.haddad@tidewater-mobility.example")
THEO = ("Theo Nakamura", "theo@bramblelabs.example")
KATRIN = ("Katrin Vogel", "katrin.vogel@fichtenwerk.example")
CAMILLE = ("Camille Rousseau", "camille.rousseau@celeste-data.example")
LUCIA = ("Lucía Méndez", "lucia.mendez@ondina.example")
INES = ("Inês Carvalho", "ines.carvalho@solacegames.example")
ROSA = ("Rosa Delgado", "rosa.delgado@kestrel-logistics.example")
NADIA = ("Nadia Brooks", "nadia.brooks@copperline.example")
LENA = ("Lena Park", "lena.park@example.org")
WES = ("Wes Adeyemi", "wes@talentbridge.example")

# UTC offsets in hours, as the senders' mail clients would have stamped them.
PDT, PST, EDT, EST, CDT, CST, CEST, CET = -7, -8, -4, -5, -5, -6, 2, 1


def when(stamp: str, offset: int) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(
        tzinfo=timezone(timedelta(hours=offset))
    )


def person(name: str, email: str, role: str) -> dict:
    return {"name": name, "email": email, "role": role}


class Spec:
    """One message of the mailbox plus its ground-truth label."""

    def __init__(self, key, date, sender, to, subject, *, text=None, html=None,
                 cc=(), reply_to=None, parent=None, folder="cur", flags="S",
                 charset="utf-8", cte=None, attachments=(), headers=(), msgid_domain=None,
                 label=None):
        self.key = key
        self.date = date
        self.sender = sender
        self.to = to
        self.cc = cc
        self.subject = subject
        self.text = text
        self.html = html
        self.reply_to = reply_to
        self.parent = parent
        self.folder = folder
        self.flags = flags
        self.charset = charset
        self.cte = cte
        self.attachments = attachments
        self.headers = headers
        domain = msgid_domain or sender[1].split("@", 1)[1]
        digest = hashlib.sha1(key.encode()).hexdigest()
        self.message_id = "<%s.%s.%s@%s>" % (
            date.strftime("%Y%m%d%H%M"), digest[:8], digest[8:14], domain)
        self.references = (parent.references + [parent.message_id]) if parent else []
        self.label = label or {}


SPECS: list[Spec] = []
BY_KEY: dict[str, Spec] = {}


def add(key, *args, **kwargs) -> Spec:
    if "parent" in kwargs and isinstance(kwargs["parent"], str):
        kwargs["parent"] = BY_KEY[kwargs["parent"]]
    spec = Spec(key, *args, **kwargs)
    assert key not in BY_KEY, key
    SPECS.append(spec)
    BY_KEY[key] = spec
    return spec


def quote(parent_key: str) -> str:
    """The 'On <date>, <name> wrote:' block a mail client adds under a reply."""
    p = BY_KEY[parent_key]
    d = p.date
    stamp = "%s, %s %d, %d at %d:%02d %s" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year,
        (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")
    body = (p.text or "").rstrip("\n")
    quoted = "\n".join(("> " + line) if line else ">" for line in body.splitlines())
    return "\n\nOn %s %s <%s> wrote:\n%s\n" % (stamp, p.sender[0], p.sender[1], quoted)


URL_RE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)])")


def to_html(text: str) -> str:
    """The HTML part a webmail client sends next to the plain text."""
    blocks = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [URL_RE.sub(r'<a href="\1">\1</a>', html.escape(line, quote=False))
                 for line in para.splitlines()]
        plain = [line for line in lines if not line.startswith("&gt;")]
        quoted = [re.sub(r"^&gt; ?", "", line) for line in lines if line.startswith("&gt;")]
        if plain:
            blocks.append("<p>%s</p>" % "<br>\n".join(plain))
        if quoted:
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          'padding-left:1ex">%s</blockquote>' % "<br>\n".join(quoted))
    return ('<html>\n<head><meta charset="utf-8"></head>\n<body>\n<div dir="ltr" '
            'style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n'
            '</div>\n</body>\n</html>\n' % "\n".join(blocks))


def dedent(s: str) -> str:
    return textwrap.dedent(s).lstrip("\n")


# ---------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------

SIG_SAM = "\n-- \nSam Rivera\nData Engineer · Portland, OR\n+1 503 555 0147 · https://www.linkedin.com/in/sam-rivera-data\n"

SIG_PRIYA = dedent("""
    Warm regards,

    Priya Natarajan
    Senior Technical Recruiter | Acme Robotics
    +1 617 555 0132
    https://www.linkedin.com/in/priya-natarajan-recruiting
    Open roles: https://www.acme-robotics.example/careers
    """)

SIG_TOMAS = dedent("""
    Best,
    Tomás

    Tomás Herrera
    Staff Data Engineer, Data Platform
    Acme Robotics · 400 Harbor Loop, Boston, MA
    """)

SIG_HELEN = dedent("""
    Thanks,
    Helen

    --
    Helen Okafor
    Engineering Manager, Data Platform
    Acme Robotics
    """)

# ---------------------------------------------------------------------------
# August 2026
# ---------------------------------------------------------------------------

NORTHWIND_BOARD = "https://boards.greenhouse.io/northwindanalytics"

add("northwind-received", when("2026-08-03 09:14", PDT),
    ("Northwind Analytics via Greenhouse", "no-reply@greenhouse.io"), [SAM],
    "Thank you for applying to Northwind Analytics",
    text=dedent(f"""
        Hi Sam,

        Thank you for your interest in Northwind Analytics! We've received your application
        for the Data Platform Engineer position and our team will review it shortly.

        If your experience is a match for the role, someone from our recruiting team will
        reach out to talk about next steps. Because of the number of applications we receive,
        this can take up to three weeks.

        In the meantime, you can learn more about life at Northwind and browse our other
        openings here: {NORTHWIND_BOARD}

        Regards,
        Northwind Analytics Recruiting

        ---
        This message was sent from an unmonitored address. Please do not reply.
        Powered by Greenhouse
        """),
    html=dedent(f"""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <p>Hi Sam,</p>
        <p>Thank you for your interest in Northwind Analytics! We've received your application
        for the <strong>Data Platform Engineer</strong> position and our team will review it shortly.</p>
        <p>If your experience is a match for the role, someone from our recruiting team will
        reach out to talk about next steps. Because of the number of applications we receive,
        this can take up to three weeks.</p>
        <p>In the meantime, you can learn more about life at Northwind and browse our
        <a href="{NORTHWIND_BOARD}">other openings</a>.</p>
        <p>Regards,<br>Northwind Analytics Recruiting</p>
        <hr><p style="font-size:11px;color:#888">This message was sent from an unmonitored
        address. Please do not reply. Powered by Greenhouse</p>
        </td></tr></table></body></html>
        """),
    label=dict(kind="application_received", company="Northwind Analytics",
               role="Data Platform Engineer", careers_url=NORTHWIND_BOARD))

ACME_GH = "https://boards.greenhouse.io/acmerobotics"

add("acme-received", when("2026-08-04 10:02", EDT),
    ("Acme Robotics", "no-reply@us.greenhouse-mail.io"), [SAM],
    "Acme Robotics - Application received: Senior Data Engineer",
    text=dedent(f"""
        Hello Sam,

        Thanks for applying for the Senior Data Engineer role at Acme Robotics. This note
        confirms that your application has been received.

        Our recruiting team reviews every application by hand. If we'd like to move forward,
        a recruiter will contact you directly by email.

        You can see all of our current openings at {ACME_GH}

        The Acme Robotics Talent Team
        """),
    html=dedent(f"""
        <html><body>
        <p>Hello Sam,</p>
        <p>Thanks for applying for the <b>Senior Data Engineer</b> role at Acme Robotics. This note
        confirms that your application has been received.</p>
        <p>Our recruiting team reviews every application by hand. If we'd like to move forward,
        a recruiter will contact you directly by email.</p>
        <p>You can see all of our current openings on <a href="{ACME_GH}">our job board</a>.</p>
        <p>The Acme Robotics Talent Team</p>
        </body></html>
        """),
    label=dict(kind="application_received", company="Acme Robotics",
               role="Senior Data Engineer", careers_url=ACME_GH))

LUMEN_BOARD = "https://jobs.ashbyhq.com/lumenhealth"

add("lumen-received", when("2026-08-07 16:48", PDT),
    ("Lumen Health Recruiting", "no-reply@ashbyhq.com"), [SAM],
    "We received your application for Data Engineer II",
    reply_to=("Lumen Health Recruiting", "recruiting@lumenhealth.example"),
    text=dedent(f"""
        Hi Sam,

        Thanks for applying to the Data Engineer II role at Lumen Health. We're glad you
        found us.

        What happens next: a member of our recruiting team will look at your application
        within the next two weeks. If there is a fit, we'll reach out to set up a first
        conversation.

        Curious about what else we're hiring for? {LUMEN_BOARD}

        Lumen Health Recruiting
        """),
    html=dedent(f"""
        <div style="font-family:-apple-system,Segoe UI,sans-serif;max-width:560px">
        <p>Hi Sam,</p>
        <p>Thanks for applying to the Data Engineer II role at Lumen Health. We're glad you
        found us.</p>
        <p><b>What happens next:</b> a member of our recruiting team will look at your application
        within the next two weeks. If there is a fit, we'll reach out to set up a first
        conversation.</p>
        <p>Curious about what else we're hiring for? <a href="{LUMEN_BOARD}">See open roles</a></p>
        <p>Lumen Health Recruiting</p>
        <p style="color:#999;font-size:11px">Sent with Ashby</p>
        </div>
        """),
    label=dict(kind="application_received", company="Lumen Health", role="Data Engineer II",
               careers_url=LUMEN_BOARD))

add("acme-screen", when("2026-08-11 15:40", EDT), PRIYA, [SAM],
    "Acme Robotics — recruiter screen for Senior Data Engineer",
    text=dedent("""
        Hi Sam,

        I'm Priya, the recruiter working on our Senior Data Engineer opening. Thanks for
        applying! Your background with streaming pipelines and warehouse migrations caught
        our eye, and I'd love to set up a 30-minute intro call.

        On the call I'll share more about the Data Platform team, the interview process and
        what the team is building this year (mostly telemetry from our warehouse robots, at
        a volume that keeps things interesting), and I'd like to hear what you're looking
        for next.

        Would any of these work for you? All times Eastern:
          - Thu Aug 13, 1:00 pm
          - Fri Aug 14, 11:30 am
          - Mon Aug 17, 2:00 pm

        """) + SIG_PRIYA,
    flags="RS",
    label=dict(kind="interview_invitation", company="Acme Robotics", role="Senior Data Engineer",
               contact=PRIYA, careers_url="https://www.acme-robotics.example/careers"))

add("acme-screen-reply", when("2026-08-11 18:05", PDT), SAM, [PRIYA],
    "Re: Acme Robotics — recruiter screen for Senior Data Engineer",
    parent="acme-screen",
    text=dedent("""
        Hi Priya,

        Thanks for reaching out, I'd be glad to chat. Friday Aug 14 at 11:30 am Eastern works
        well for me. The best number to reach me is +1 503 555 0147.

        Looking forward to it,
        Sam
        """) + SIG_SAM + quote("acme-screen"),
    msgid_domain="example.net",
    label=dict(kind="own_reply", company="Acme Robotics", role="Senior Data Engineer"))

add("newsletter-aug", when("2026-08-13 07:00", EDT),
    ("The Pipeline Digest", "digest@pipelinedigest.example"), [SAM],
    "Pipeline Digest #112: backfills, rejections, idempotency",
    headers=[("List-Unsubscribe", "<https://pipelinedigest.example/unsubscribe?u=7d1c9e>"),
             ("List-Id", "The Pipeline Digest <digest.pipelinedigest.example>"),
             ("Precedence", "bulk")],
    text=dedent("""
        THE PIPELINE DIGEST — issue #112
        A weekly letter for people who move data for a living.

        IN THIS ISSUE

        1. Backfills without tears
        Why your backfill job should be the same code path as your daily run, and how one
        team cut a three-day rebuild to four hours by partitioning on event date instead of
        load date.
        https://pipelinedigest.example/112/backfills

        2. Five things I learned from forty job rejections
        A reader shares what a long job search taught her: keep a spreadsheet, ask for
        feedback every single time, and never take the silence personally. Unfortunately,
        she says, most companies never answer the feedback request — but the few that do
        are worth it.
        https://pipelinedigest.example/112/forty-rejections

        3. Idempotency is a feature
        A short reminder that "run it again" should always be a safe answer.
        https://pipelinedigest.example/112/idempotency

        JOBS BOARD
        Our sponsors are hiring: analytics engineers, platform engineers and one very brave
        "data janitor". See them all at https://pipelinedigest.example/jobs

        You're receiving this because you subscribed at pipelinedigest.example.
        Unsubscribe: https://pipelinedigest.example/unsubscribe?u=7d1c9e
        """),
    label=dict(kind="newsletter", company=None))

HF_BOARD = "https://jobs.lever.co/harborfinch"

add("hf-assessment", when("2026-08-18 10:26", CDT),
    ("Harbor & Finch", "no-reply@hire.lever.co"), [SAM],
    "Next step for Senior Analytics Engineer: take-home exercise",
    reply_to=DANA,
    text=dedent(f"""
        Hi Sam,

        Thanks again for your interest in the Senior Analytics Engineer position at
        Harbor & Finch. We enjoyed reading your application and would like to invite you to
        the next step: a short take-home exercise.

        The exercise uses a small, anonymised sample of our order data. You'll build a couple
        of dbt models and write a one-page note on the choices you made. Most people spend
        about three hours on it; please don't spend more than four.

        Start the exercise here (the link is valid for 7 days):
        https://assessments.harborfinch.example/start/5Qp2-hf-analytics

        If you need more time or have any accessibility needs, just reply to this email.

        Best,
        Dana Okoye
        Talent Acquisition, Harbor & Finch
        """),
    html=dedent("""
        <html><body style="font-family:Georgia,serif">
        <p>Hi Sam,</p>
        <p>Thanks again for your interest in the Senior Analytics Engineer position at
        Harbor &amp; Finch. We enjoyed reading your application and would like to invite you to
        the next step: a short take-home exercise.</p>
        <p>The exercise uses a small, anonymised sample of our order data. You'll build a couple
        of dbt models and write a one-page note on the choices you made. Most people spend
        about three hours on it; please don't spend more than four.</p>
        <p><a href="https://assessments.harborfinch.example/start/5Qp2-hf-analytics">Start the
        exercise</a> (the link is valid for 7 days)</p>
        <p>If you need more time or have any accessibility needs, just reply to this email.</p>
        <p>Best,<br>Dana Okoye<br>Talent Acquisition, Harbor &amp; Finch</p>
        </body></html>
        """),
    label=dict(kind="assessment_invitation", company="Harbor & Finch",
               role="Senior Analytics Engineer", contact=DANA))

add("acme-tech-invite", when("2026-08-20 11:20", EDT), TOMAS, [SAM],
    "Technical interview — Senior Data Engineer",
    cc=[HELEN],
    text=dedent("""
        Hi Sam,

        Priya passed along her notes from your call — great to hear it went well! I'm
        Tomás, a staff engineer on the Data Platform team, and I'll be one of your
        interviewers. I've copied Helen Okafor, our engineering manager and the hiring
        manager for this role.

        The next step is a 60-minute technical interview over video with me and Helen.
        We'll spend most of it on a design conversation (ingesting robot telemetry at a few
        hundred thousand events per second) and leave time for your questions. No live
        coding, nothing to prepare beyond having a think about systems you've built.

        Could you send a few slots that work for you next week, Tue–Thu?

        """) + SIG_TOMAS,
    flags="RS",
    label=dict(kind="interview_invitation", company="Acme Robotics", role="Senior Data Engineer",
               contact=TOMAS))

add("acme-tech-reply", when("2026-08-20 13:02", PDT), SAM, [TOMAS], "Re: Technical interview — Senior Data Engineer",
    cc=[HELEN], parent="acme-tech-invite",
    text=dedent("""
        Hi Tomás, hi Helen,

        Thanks, that sounds like a fun conversation. Any of these work for me (Eastern time):

          - Tue Aug 25, 12:00–3:00 pm
          - Wed Aug 26, 1:00–4:00 pm
          - Thu Aug 27, 11:00 am–2:00 pm

        Best,
        Sam
        """) + SIG_SAM + quote("acme-tech-invite"),
    msgid_domain="example.net",
    label=dict(kind="own_reply", company="Acme Robotics", role="Senior Data Engineer"))

ACME_ICS = dedent("""
    BEGIN:VCALENDAR
    PRODID:-//Acme Robotics//Calendar//EN
    VERSION:2.0
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:acme-tech-interview-sam-rivera@acme-robotics.example
    DTSTAMP:20260821T134500Z
    DTSTART:20260826T180000Z
    DTEND:20260826T190000Z
    SUMMARY:Technical interview: Sam Rivera (Senior Data Engineer)
    LOCATION:https://meet.acme-robotics.example/d/helen-okafor
    ORGANIZER;CN=Helen Okafor:mailto:helen.okafor@acme-robotics.example
    ATTENDEE;CN=Sam Rivera;RSVP=TRUE:mailto:sam@example.net
    ATTENDEE;CN=Tomás Herrera:mailto:tomas.herrera@acme-robotics.example
    END:VEVENT
    END:VCALENDAR
    """).replace("\n", "\r\n")

add("acme-tech-confirm", when("2026-08-21 09:45", EDT), HELEN, [SAM],
    "Re: Technical interview — Senior Data Engineer",
    cc=[TOMAS], parent="acme-tech-reply",
    text=dedent("""
        Hi Sam,

        Nice to e-meet you! Let's do Wednesday Aug 26, 2:00–3:00 pm Eastern. I've attached
        an invite with the video link.

        As the hiring manager I'll mostly be listening during the design part and then tell
        you about how the team works, what's on our roadmap and what the first six months in
        the role would look like.

        Talk soon,
        """) + SIG_HELEN + quote("acme-tech-reply"),
    attachments=[("invite.ics", "text", "calendar", ACME_ICS, {"method": "REQUEST"})],
    label=dict(kind="interview_scheduling", company="Acme Robotics", role="Senior Data Engineer",
               contact=HELEN))

add("talentbridge-outreach", when("2026-08-24 08:31", CDT), WES, [SAM],
    "Senior Data Engineer opportunity — Series B fintech (remote, US)",
    text=dedent("""
        Hi Sam,

        I came across your profile and your work on the real-time fraud pipeline at your
        current company stood out. I'm partnering with a Series B fintech (payments
        infrastructure, ~180 people) that is building out its data platform team.

        A few details:
          - Senior Data Engineer, fully remote within the US
          - Stack: Kafka, Flink, Snowflake, dbt, Terraform
          - Base $175k–$200k plus equity

        Would you be open to a quick 15-minute call this week to hear more? No pressure if the
        timing isn't right — happy to keep in touch for the future.

        Cheers,
        Wes Adeyemi
        Principal Consultant, Data & Analytics
        Talentbridge Partners
        +1 312 555 0188 | https://www.linkedin.com/in/wesadeyemi
        """),
    label=dict(kind="recruiter_outreach", company="Talentbridge Partners",
               role="Senior Data Engineer", contact=WES))

add("lumen-invite", when("2026-08-27 10:12", PDT), MARCUS, [SAM],
    "Lumen Health interview: Data Engineer II",
    cc=[GRACE],
    text=dedent("""
        Hi Sam,

        I'm Marcus, a senior analytics engineer at Lumen Health. I'll be running your
        technical interview for the Data Engineer II role. Grace Liu, our Director of Data
        Engineering and the hiring manager, is on cc and will join for the second half.

        Format: 75 minutes on Zoom. We'll pair on a small SQL and Python problem around
        patient appointment data (synthetic, don't worry), then talk through how you'd run
        it in production.

        Would next Wednesday or Thursday afternoon (Pacific) work? Let me know a couple of
        options and Grace will send the calendar invite.

        Thanks,
        Marcus Feld
        Senior Analytics Engineer | Lumen Health
        """),
    html=None, flags="RS",
    label=dict(kind="interview_invitation", company="Lumen Health", role="Data Engineer II",
               contact=MARCUS))
BY_KEY["lumen-invite"].html = to_html(BY_KEY["lumen-invite"].text)

add("lumen-invite-reply", when("2026-08-27 12:40", PDT), SAM, [MARCUS],
    "Re: Lumen Health interview: Data Engineer II",
    cc=[GRACE], parent="lumen-invite",
    text=dedent("""
        Hi Marcus, hi Grace,

        Thank you both — I'm looking forward to it. Wednesday Sep 2 from 1:00 pm or
        Thursday Sep 3 any time after 2:00 pm Pacific would be ideal.

        Best regards,
        Sam
        """) + SIG_SAM + quote("lumen-invite"),
    msgid_domain="example.net",
    label=dict(kind="own_reply", company="Lumen Health", role="Data Engineer II"))

add("lumen-confirm", when("2026-08-28 09:03", PDT), GRACE, [SAM],
    "Re: Lumen Health interview: Data Engineer II",
    cc=[MARCUS], parent="lumen-invite-reply",
    text=dedent("""
        Hi Sam,

        Thursday Sep 3, 2:30–3:45 pm Pacific it is. You'll get a Zoom invite from me in a
        moment. I'm the hiring manager for this role, so I'm looking forward to hearing about
        your warehouse migration work in particular.

        See you then,
        Grace

        Grace Liu
        Director of Data Engineering
        Lumen Health · Seattle, WA
        """) + quote("lumen-invite-reply"),
    label=dict(kind="interview_scheduling", company="Lumen Health", role="Data Engineer II",
               contact=GRACE))
BY_KEY["lumen-confirm"].html = to_html(BY_KEY["lumen-confirm"].text)

# ---------------------------------------------------------------------------
# September 2026
# ---------------------------------------------------------------------------

TIDEWATER_BOARD = "https://jobs.lever.co/tidewatermobility"

add("tidewater-filled", when("2026-09-02 14:22", EDT), OMAR, [SAM],
    "Your application for Analytics Engineer at Tidewater Mobility",
    text=dedent(f"""
        Hi Sam,

        Thank you for applying for the Analytics Engineer position at Tidewater Mobility and
        for your patience while we reviewed applications.

        I wanted to let you know that the position has been filled, so we won't be moving
        your application forward for this role. I know that's not the news you were hoping
        for, and I'm sorry we didn't get the chance to talk.

        We're growing quickly and open new roles every month, so please do keep an eye on
        {TIDEWATER_BOARD} — I'd be happy to see your name again.

        All the best,
        Omar Haddad
        Recruiter, Tidewater Mobility
        """),
    label=dict(kind="rejection_filled", is_rejection=True, company="Tidewater Mobility",
               role="Analytics Engineer", contact=OMAR, careers_url=TIDEWATER_BOARD,
               people=[person(*OMAR, "recruiter")]))

add("acme-rejection", when("2026-09-04 16:10", EDT), PRIYA, [SAM],
    "Re: Acme Robotics — recruiter screen for Senior Data Engineer",
    parent="acme-screen-reply",
    text=dedent("""
        Hi Sam,

        Thank you for the time you spent with Tomás and Helen last week, and for the
        thoughtful design discussion — they both enjoyed talking with you.

        After a lot of deliberation, the team has decided to move forward with another
        candidate whose experience with embedded telemetry is a closer match for what the
        role needs right now. I'm sorry this isn't better news.

        If it would be useful, I'm happy to share some of the interviewers' feedback on a
        short call. And please don't be a stranger: we expect to open more Data Platform
        roles early next year.

        """) + SIG_PRIYA + quote("acme-screen-reply"),
    label=dict(kind="rejection_post_interview", is_rejection=True, company="Acme Robotics",
               role="Senior Data Engineer", contact=PRIYA,
               careers_url="https://www.acme-robotics.example/careers",
               people=[person(*PRIYA, "recruiter"), person(*TOMAS, "interviewer"),
                       person(*HELEN, "hiring_manager")]))
BY_KEY["acme-rejection"].html = to_html(BY_KEY["acme-rejection"].text)

add("bramble-application", when("2026-09-08 08:55", PDT), SAM, [THEO],
    "Founding Data Engineer — Sam Rivera",
    text=dedent("""
        Hi Theo,

        I saw your post about hiring a founding data engineer at Bramble Labs and wanted to
        reach out directly. I've spent the last five years building data platforms at two
        marketplaces — most recently moving a nightly batch stack to streaming on Kafka and
        Flink — and the idea of setting up the first pipelines and metrics layer for a small
        climate team really appeals to me.

        My CV is attached. I'd be glad to talk whenever suits you.

        Best,
        Sam
        """) + SIG_SAM,
    attachments=[("Sam_Rivera_CV.pdf", "application", "pdf", None, {})],
    msgid_domain="example.net",
    label=dict(kind="own_application", company="Bramble Labs", role="Founding Data Engineer"))

add("hf-rejection", when("2026-09-10 11:05", CDT),
    ("Harbor & Finch", "no-reply@hire.lever.co"), [SAM],
    "Your application to Harbor & Finch",
    reply_to=DANA,
    text=dedent(f"""
        Hi Sam,

        Thank you for completing the take-home exercise for the Senior Analytics Engineer
        role — we know it takes real time and effort, and we appreciate it.

        Our team reviewed your submission carefully. Unfortunately, we've decided not to move
        forward with your candidacy at this time. We had a very strong group of finalists and
        the decision was a close one.

        We'd love to stay in touch. Our open positions are always listed at
        {HF_BOARD}

        Kind regards,
        Dana Okoye
        Talent Acquisition, Harbor & Finch
        """),
    html=dedent(f"""
        <html><body style="font-family:Georgia,serif">
        <p>Hi Sam,</p>
        <p>Thank you for completing the take-home exercise for the Senior Analytics Engineer
        role &mdash; we know it takes real time and effort, and we appreciate it.</p>
        <p>Our team reviewed your submission carefully. Unfortunately, we've decided not to move
        forward with your candidacy at this time. We had a very strong group of finalists and
        the decision was a close one.</p>
        <p>We'd love to stay in touch. Our open positions are always listed on
        <a href="{HF_BOARD}">our careers page</a>.</p>
        <p>Kind regards,<br>Dana Okoye<br>Talent Acquisition, Harbor &amp; Finch</p>
        </body></html>
        """),
    label=dict(kind="rejection_ats_signed", is_rejection=True, company="Harbor & Finch",
               role="Senior Analytics Engineer", contact=DANA, careers_url=HF_BOARD,
               people=[person(*DANA, "recruiter")]))

add("lumen-rejection", when("2026-09-11 17:32", PDT), JORDAN, [SAM],
    "Update on your Lumen Health application",
    text=dedent(f"""
        Hi Sam,

        I'm Jordan, the recruiter supporting Grace's team. Thank you for interviewing with
        Marcus and Grace last week for the Data Engineer II role — they both mentioned how
        much they enjoyed the pairing session.

        I'm sorry to tell you that we won't be moving forward with your application this
        time. We chose a candidate with deeper experience in healthcare data compliance,
        which turned out to be the deciding factor for this particular team.

        This was genuinely close, and with your permission we'll keep your CV on file and
        reach out when a role that fits opens up. You can also see everything we're hiring
        for at {LUMEN_BOARD}

        Wishing you the very best with your search,

        Jordan Blake
        Senior Recruiter | Lumen Health
        jordan.blake@lumenhealth.example | +1 206 555 0119
        """),
    label=dict(kind="rejection_soft", is_rejection=True, company="Lumen Health",
               role="Data Engineer II", contact=JORDAN, careers_url=LUMEN_BOARD,
               people=[person(*JORDAN, "recruiter"), person(*MARCUS, "interviewer"),
                       person(*GRACE, "hiring_manager")]))

add("bramble-rejection", when("2026-09-15 21:47", PDT), THEO, [SAM],
    "Re: Founding Data Engineer — Sam Rivera",
    parent="bramble-application",
    text=dedent("""
        Hey Sam,

        Thanks so much for writing — it's a really nice note and your background is
        impressive. I'm going to be straight with you though: we've decided to go with
        someone who has more hands-on ML experience, since the first hire will also own
        our forecasting models. So we won't be taking your application further.

        Sorry I don't have better news, and good luck out there.

        Theo
        --
        Theo Nakamura · Co-founder & CEO, Bramble Labs
        Sent from my phone
        """) + quote("bramble-application"),
    label=dict(kind="rejection_founder_reply", is_rejection=True, company="Bramble Labs",
               role="Founding Data Engineer", contact=THEO, careers_url=None,
               people=[person(*THEO, "hiring_manager")]))

add("cfp-rejected", when("2026-09-17 12:00", EDT),
    ("PyData Lakeside Program Committee", "program@pydata-lakeside.example"), [SAM],
    "PyData Lakeside 2026: decision on your proposal",
    text=dedent("""
        Dear Sam Rivera,

        Thank you for submitting "Streaming joins without the tears" to PyData Lakeside 2026.

        We received more than 400 proposals for 48 talk slots this year. Unfortunately, we are
        not able to accept your proposal for the main program. The committee's reviews were
        positive about the topic, and we encourage you to submit it as a lightning talk
        (submissions open on October 1).

        We hope to see you in November anyway — as a speaker who submitted, you can use the
        code CFP-THANKS for 30% off a ticket.

        With thanks,
        The PyData Lakeside Program Committee
        """),
    label=dict(kind="conference_talk_rejected", company=None))

KATRIN_TEXT = dedent("""
    Sehr geehrte/r Sam Rivera,

    vielen Dank für Ihre Bewerbung als Senior Data Engineer und das Interesse an der
    Fichtenwerk Software GmbH.

    Wir haben uns Ihre Unterlagen sorgfältig angesehen. Leider müssen wir Ihnen mitteilen,
    dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch etwas
    besser zu den Anforderungen der Stelle passt. Diese Entscheidung ist uns nicht leicht
    gefallen.

    Gerne möchten wir mit Ihnen in Kontakt bleiben. Aktuelle Stellenangebote finden Sie
    jederzeit unter https://www.fichtenwerk.example/karriere

    Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

    Mit freundlichen Grüßen

    Katrin Vogel
    Recruiting & Talent Acquisition
    Fichtenwerk Software GmbH · Lindenstraße 14 · 04109 Leipzig
    Tel. +49 341 5550 2217
    Geschäftsführer: Jörg Falkenhain · Amtsgericht Leipzig HRB 30417
    """)

add("fichtenwerk-rejection", when("2026-09-22 10:37", CEST), KATRIN, [SAM],
    "Ihre Bewerbung bei der Fichtenwerk Software GmbH",
    text=KATRIN_TEXT, cte="quoted-printable",
    label=dict(kind="rejection_de", is_rejection=True, company="Fichtenwerk Software GmbH",
               role="Senior Data Engineer", contact=KATRIN,
               careers_url="https://www.fichtenwerk.example/karriere", lang="de",
               people=[person(*KATRIN, "recruiter")]))

add("flat-declined", when("2026-09-25 13:15", PDT),
    ("Elm Court Lettings", "lettings@elmcourt.example"), [SAM],
    "Your application for 4B, 1180 NW Hoyt St",
    text=dedent("""
        Dear Sam,

        Thank you for your application for apartment 4B at 1180 NW Hoyt St and for coming to
        the viewing on Saturday.

        We regret to inform you that the owner has decided to go ahead with another applicant
        for this unit. Your holding deposit of $250 will be refunded to your card within five
        business days.

        We have two similar one-bedroom units becoming available in the Pearl District next
        month; let us know if you'd like to be notified when viewings open.

        Kind regards,
        Marisol Grant
        Leasing Coordinator, Elm Court Lettings
        (503) 555-0163
        """),
    label=dict(kind="flat_application_declined", company=None,
               contact=("Marisol Grant", "lettings@elmcourt.example")))

KESTREL_SITE = "https://www.kestrel-logistics.example/careers"

add("kestrel-invite", when("2026-09-29 09:20", CDT), ROSA, [SAM],
    "Interview with Kestrel Logistics — Senior Data Engineer",
    flags="RS",
    text=dedent(f"""
        Hi Sam,

        Thank you for applying to Kestrel Logistics! I'm Rosa, a recruiter on our technology
        team. We were impressed by your experience and would like to invite you to interview
        for the Senior Data Engineer position.

        Our process has three steps: a 30-minute call with me, a technical interview with two
        engineers, and a final conversation with our VP of Data. The whole thing usually
        takes about three weeks.

        Please pick a time for our first call here: https://cal.kestrel-logistics.example/rosa-delgado/30min

        Looking forward to speaking with you,
        Rosa Delgado
        Technical Recruiter, Kestrel Logistics
        {KESTREL_SITE}
        """),
    label=dict(kind="interview_invitation", company="Kestrel Logistics",
               role="Senior Data Engineer", contact=ROSA, careers_url=KESTREL_SITE))

add("kestrel-invite-reply", when("2026-09-29 11:02", PDT), SAM, [ROSA],
    "Re: Interview with Kestrel Logistics — Senior Data Engineer",
    parent="kestrel-invite",
    text=dedent("""
        Hi Rosa,

        Thanks for the invitation! I've booked Thursday Oct 1 at 10:00 am Central through
        your calendar link.

        Talk soon,
        Sam
        """) + SIG_SAM + quote("kestrel-invite"),
    msgid_domain="example.net",
    label=dict(kind="own_reply", company="Kestrel Logistics", role="Senior Data Engineer"))

# ---------------------------------------------------------------------------
# October 2026
# ---------------------------------------------------------------------------

add("northwind-rejection", when("2026-10-02 06:30", PDT),
    ("Northwind Analytics via Greenhouse", "no-reply@greenhouse.io"), [SAM],
    "Regarding your application to Northwind Analytics",
    text=dedent(f"""
        Dear Sam,

        Thank you for your interest in the Data Platform Engineer position at Northwind
        Analytics and for the time you invested in your application.

        After careful review, we have decided to pursue other candidates whose qualifications
        more closely match the needs of the role at this time.

        We encourage you to apply for future openings that match your skills and interests:
        {NORTHWIND_BOARD}

        We wish you every success in your job search.

        Northwind Analytics

        ---
        This message was sent from an unmonitored address. Please do not reply.
        Powered by Greenhouse
        """),
    html=dedent(f"""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <p>Dear Sam,</p>
        <p>Thank you for your interest in the Data Platform Engineer position at Northwind
        Analytics and for the time you invested in your application.</p>
        <p>After careful review, we have decided to pursue other candidates whose qualifications
        more closely match the needs of the role at this time.</p>
        <p>We encourage you to apply for <a href="{NORTHWIND_BOARD}">future openings</a> that
        match your skills and interests.</p>
        <p>We wish you every success in your job search.</p>
        <p>Northwind Analytics</p>
        <hr><p style="font-size:11px;color:#888">This message was sent from an unmonitored
        address. Please do not reply. Powered by Greenhouse</p>
        </td></tr></table></body></html>
        """),
    label=dict(kind="rejection_ats_unsigned", is_rejection=True, company="Northwind Analytics",
               role="Data Platform Engineer", contact=None, careers_url=NORTHWIND_BOARD,
               people=[]))

add("copperline-invite", when("2026-10-06 15:55", CDT), NADIA, [SAM],
    "Copperline Insurance — interview for Lead Data Engineer",
    flags="RS",
    text=dedent("""
        Hello Sam,

        Thanks for applying to the Lead Data Engineer role at Copperline Insurance. The
        hiring team would like to invite you to a first-round video interview (45 minutes)
        with the hiring manager, Paul Ngata.

        Could you let me know your availability for the week of October 12? We're flexible
        between 9 am and 5 pm Central.

        Kind regards,
        Nadia Brooks
        Talent Acquisition Partner
        Copperline Insurance | Des Moines, IA
        """),
    label=dict(kind="interview_invitation", company="Copperline Insurance",
               role="Lead Data Engineer", contact=NADIA))

add("copperline-invite-reply", when("2026-10-07 08:14", PDT), SAM, [NADIA],
    "Re: Copperline Insurance — interview for Lead Data Engineer",
    parent="copperline-invite",
    text=dedent("""
        Hello Nadia,

        Thank you! Tuesday Oct 13 or Wednesday Oct 14, any time between 11 am and 4 pm
        Central, would work for me.

        Best,
        Sam
        """) + SIG_SAM + quote("copperline-invite"),
    msgid_domain="example.net",
    label=dict(kind="own_reply", company="Copperline Insurance", role="Lead Data Engineer"))

CAMILLE_TEXT = dedent("""
    Bonjour Sam,

    Nous vous remercions de l'intérêt que vous portez à Céleste Data et du temps que vous
    avez consacré à votre candidature au poste d'Ingénieur Data.

    Après une étude attentive de votre dossier, nous sommes au regret de vous informer que
    nous ne donnerons pas suite à votre candidature. Nous avons reçu de nombreux profils de
    grande qualité et avons retenu un candidat dont l'expérience correspond davantage à nos
    besoins actuels.

    Nous conservons néanmoins vos coordonnées et nous vous invitons à consulter
    régulièrement nos offres : https://www.celeste-data.example/carrieres

    Nous vous souhaitons pleine réussite dans vos recherches.

    Bien cordialement,

    Camille Rousseau
    Chargée de recrutement
    Céleste Data SAS, 12 rue des Tanneurs, 69002 Lyon
    Tél. : +33 4 55 50 21 08
    """)

add("celeste-rejection", when("2026-10-09 09:12", CEST), CAMILLE, [SAM],
    "Votre candidature chez Céleste Data",
    text=CAMILLE_TEXT, charset="iso-8859-1", cte="8bit",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    label=dict(kind="rejection_fr", is_rejection=True, company="Céleste Data",
               role="Ingénieur Data", contact=CAMILLE,
               careers_url="https://www.celeste-data.example/carrieres", lang="fr",
               people=[person(*CAMILLE, "recruiter")]))

QUILL_CAREERS = "https://www.quillstone.example/careers"

add("quillstone-rejection", when("2026-10-14 19:03", EDT),
    ("Quillstone Media Talent Team", "talent@quillstone.example"), [SAM],
    "An update on your application to Quillstone Media",
    headers=[("List-Unsubscribe",
              "<https://email.quillstone.example/u/3f9c0b2e7a>"),
             ("X-Campaign-Id", "cand-update-2026-10-14")],
    html=dedent(f"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Your application</title></head>
        <body style="margin:0;background:#f4f1ec">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#2b2b2b">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #c0392b">
          <a href="https://click.quillstone.example/ls/click?upn=Qm9n-77a1&amp;t=logo"><img src="https://cdn.quillstone.example/email/logo.png" alt="Quillstone Media" width="160"></a>
        </td></tr>
        <tr><td style="padding:24px 32px;font-size:15px;line-height:1.5">
          <p>Hi Sam,</p>
          <p>Thank you for applying for the <strong>Data Engineer, Audience Insights</strong>
          role at Quillstone Media. We truly appreciate the time you took to tell us about
          yourself.</p>
          <p>We've now reviewed all applications, and we regret to let you know that we won't
          be progressing your application any further on this occasion.</p>
          <p>New roles are posted regularly on our careers site, and we'd be delighted to
          hear from you again:</p>
          <p style="text-align:center"><a href="{QUILL_CAREERS}" style="background:#c0392b;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">See open roles</a></p>
          <p>Warm wishes,<br>The Quillstone Talent Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8a8a8a">
          Quillstone Media, 55 Mercer Street, New York, NY 10013<br>
          <a href="https://click.quillstone.example/ls/click?upn=Qm9n-77a1&amp;t=privacy" style="color:#8a8a8a">Privacy notice</a> &middot;
          <a href="https://email.quillstone.example/u/3f9c0b2e7a" style="color:#8a8a8a">Unsubscribe from candidate updates</a>
          <img src="https://t.quillstone.example/open/3f9c0b2e7a.gif" width="1" height="1" alt="">
        </td></tr>
        </table>
        </td></tr></table>
        </body>
        </html>
        """),
    label=dict(kind="rejection_html_only", is_rejection=True, company="Quillstone Media",
               role="Data Engineer, Audience Insights", contact=None,
               careers_url=QUILL_CAREERS, people=[]))

SOLACE_BOARD = "https://jobs.ashbyhq.com/solacegames"

add("solace-freeze", when("2026-10-21 13:48", PDT), INES, [SAM],
    "Senior Data Engineer, Live Services — an update from Solace Games",
    text=dedent(f"""
        Hi Sam,

        I wanted to reach out personally about the Senior Data Engineer, Live Services role
        you applied for.

        Last week our leadership team announced a hiring freeze for the rest of the year
        while we refocus on our two launch titles. As a result, this role has been put on
        hold and we are closing all open applications for it, including yours. I'm really
        sorry — this has nothing to do with your profile, which the team liked.

        If hiring reopens in 2027 the role will be reposted at {SOLACE_BOARD}
        and I'd encourage you to apply again.

        Take care,
        Inês Carvalho
        Recruiting Lead · Solace Games
        """),
    label=dict(kind="rejection_hiring_freeze", is_rejection=True, company="Solace Games",
               role="Senior Data Engineer, Live Services", contact=INES,
               careers_url=SOLACE_BOARD, people=[person(*INES, "recruiter")]))
BY_KEY["solace-freeze"].html = to_html(BY_KEY["solace-freeze"].text)

# ---------------------------------------------------------------------------
# November 2026
# ---------------------------------------------------------------------------

OFFER_PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
    b"4 0 obj << /Length 88 >> stream\n"
    b"BT /F1 14 Tf 72 720 Td (Kestrel Logistics - Offer of Employment - Sam Rivera) Tj ET\n"
    b"endstream endobj\n"
    b"5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
    b"trailer << /Root 1 0 R >>\n"
    b"%%EOF\n"
)

add("kestrel-offer", when("2026-11-13 15:30", CST), ROSA, [SAM],
    "Your offer from Kestrel Logistics",
    flags="RS",
    text=dedent("""
        Hi Sam,

        I'm thrilled to share some great news: on behalf of the whole team, I'm delighted to
        offer you the position of Senior Data Engineer at Kestrel Logistics!

        Everyone you met was impressed — Anita in particular loved your answer on handling
        late-arriving events. The key details are below, and the full offer letter is
        attached:

          - Title: Senior Data Engineer, Data Platform
          - Base salary: $186,000 per year
          - Equity: 4,000 RSUs vesting over four years
          - Start date: Monday, January 11, 2027 (flexible)
          - Remote within the US, with a quarterly team week in Chicago

        Please take the time you need to review it. We'd appreciate an answer by Friday,
        November 20. I'm happy to jump on a call to answer any questions.

        Congratulations!
        Rosa

        Rosa Delgado
        Technical Recruiter, Kestrel Logistics
        +1 312 555 0174
        """),
    attachments=[("Kestrel_Offer_Letter_Sam_Rivera.pdf", "application", "pdf", OFFER_PDF, {})],
    label=dict(kind="offer", company="Kestrel Logistics", role="Senior Data Engineer",
               contact=ROSA))
BY_KEY["kestrel-offer"].html = to_html(BY_KEY["kestrel-offer"].text)

add("kestrel-offer-reply", when("2026-11-16 09:41", PST), SAM, [ROSA],
    "Re: Your offer from Kestrel Logistics",
    parent="kestrel-offer",
    text=dedent("""
        Hi Rosa,

        Thank you so much — I'm delighted to accept! I'll sign the offer letter through
        the DocuSign link today. January 11 works perfectly as a start date.

        Please pass on my thanks to Anita and the team. I'm really looking forward to it.

        All the best,
        Sam
        """) + SIG_SAM + quote("kestrel-offer"),
    msgid_domain="example.net",
    label=dict(kind="own_reply", company="Kestrel Logistics", role="Senior Data Engineer"))

add("copperline-withdrawal", when("2026-11-17 10:05", PST), SAM, [NADIA],
    "Withdrawing my application — Lead Data Engineer",
    text=dedent("""
        Hello Nadia,

        Thank you again for your help throughout the process, and please thank Paul for the
        conversation last month.

        I've accepted an offer elsewhere, so I'd like to withdraw my application for the Lead
        Data Engineer role. Unfortunately the timing didn't work out this round, but I
        enjoyed learning about Copperline and hope our paths cross again.

        Best regards,
        Sam
        """) + SIG_SAM,
    msgid_domain="example.net",
    label=dict(kind="own_withdrawal", company="Copperline Insurance", role="Lead Data Engineer"))

add("order-delayed", when("2026-11-19 06:12", PST),
    ("Northpeak Outfitters", "orders@northpeak.example"), [SAM],
    "Unfortunately, your order #NP-448213 is delayed",
    folder="new",
    text=dedent("""
        Hi Sam,

        Unfortunately, your order #NP-448213 is running late. The Alpine Trail rain shell
        (size M, slate blue) is taking longer than expected to arrive at our warehouse.

        New estimated delivery: November 27 – December 1.

        We're sorry for the wait. If you'd rather not wait, you can cancel the item for a
        full refund from your account page: https://www.northpeak.example/account/orders

        Thanks for shopping with us,
        Northpeak Outfitters Customer Care
        """),
    label=dict(kind="order_delayed", company=None))

LUCIA_TEXT = dedent("""
    Hola Sam:

    Muchas gracias por tu interés en Ondina Tecnología y por el tiempo dedicado al proceso
    de selección para el puesto de Ingeniero de Datos.

    Tras valorar detenidamente todas las candidaturas, lamentamos comunicarte que en esta
    ocasión hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos
    para el equipo.

    Guardaremos tu currículum en nuestra base de datos para futuros procesos. Puedes
    consultar nuestras vacantes en https://www.ondina.example/careers

    Te deseamos mucha suerte en tu búsqueda.

    Un saludo,

    Lucía Méndez
    Técnica de Selección | Ondina Tecnología
    Paseo de la Castellana 91, 28046 Madrid
    +34 910 555 482 · https://www.linkedin.com/in/lucia-mendez-seleccion
    """)

add("ondina-rejection", when("2026-11-20 12:26", CET), LUCIA, [SAM],
    "Tu candidatura en Ondina Tecnología",
    folder="new", text=LUCIA_TEXT,
    label=dict(kind="rejection_es", is_rejection=True, company="Ondina Tecnología",
               role="Ingeniero de Datos", contact=LUCIA,
               careers_url="https://www.ondina.example/careers", lang="es",
               people=[person(*LUCIA, "recruiter")]))
BY_KEY["ondina-rejection"].html = to_html(LUCIA_TEXT)

add("friend-unfortunately", when("2026-11-21 18:19", PST), LENA, [SAM],
    "Saturday :(",
    folder="new",
    text=dedent("""
        Hey Sam!

        Unfortunately I can't make it on Saturday after all — Jun's parents are flying in a
        day early and we're on airport duty. I'm so sorry!! Can we move dinner to next week?
        Thursday or Friday would be great.

        Also: CONGRATS on the Kestrel offer!!! We need to celebrate properly. First round is
        on me.

        L.
        """),
    label=dict(kind="personal", company=None, contact=LENA))

JOBSTREAM = "https://www.jobstream.example"

add("job-alert", when("2026-11-23 07:15", PST),
    ("Jobstream Alerts", "alerts@jobstream.example"), [SAM],
    "5 new jobs for \"data engineer\" in Portland, OR",
    folder="new",
    headers=[("List-Unsubscribe", "<https://www.jobstream.example/alerts/unsubscribe?id=a81f>"),
             ("Precedence", "bulk")],
    text=dedent(f"""
        Your daily job alert: "data engineer" near Portland, OR (or remote)

        Senior Data Engineer — Fernhill Payments (Remote, US)
        $170k–$205k · Posted 1 day ago
        {JOBSTREAM}/jobs/91823

        Data Engineer II — Cascadia Freight (Portland, OR · Hybrid)
        Posted 2 days ago · Easy apply
        {JOBSTREAM}/jobs/91790

        Analytics Engineer — Orchard Learning (Remote)
        Posted 2 days ago
        {JOBSTREAM}/jobs/91774

        Staff Data Engineer — Lumen Health (Seattle, WA · Hybrid)
        Posted 3 days ago · You applied to a job at this company before
        {JOBSTREAM}/jobs/91702

        Data Platform Engineer — Mosswood Energy (Portland, OR)
        Posted 4 days ago
        {JOBSTREAM}/jobs/91655

        See all 27 matching jobs: {JOBSTREAM}/search?q=data+engineer&l=Portland

        You're receiving this alert because you created it on Jobstream.
        Manage or unsubscribe: {JOBSTREAM}/alerts/unsubscribe?id=a81f
        """),
    label=dict(kind="job_alert", company=None))
BY_KEY["job-alert"].html = to_html(BY_KEY["job-alert"].text)


# ---------------------------------------------------------------------------
# Writing the Maildir and the labels
# ---------------------------------------------------------------------------

def addr(pair) -> Address:
    name, email = pair
    user, domain = email.split("@", 1)
    return Address(display_name=name, username=user, domain=domain)


def build_message(spec: Spec) -> EmailMessage:
    msg = EmailMessage()
    if spec.sender != SAM:
        msg["Return-Path"] = "<%s>" % spec.sender[1]
        msg["Delivered-To"] = SAM[1]
    msg["Date"] = format_datetime(spec.date)
    msg["From"] = addr(spec.sender)
    msg["To"] = [addr(p) for p in spec.to]
    if spec.cc:
        msg["Cc"] = [addr(p) for p in spec.cc]
    if spec.reply_to:
        msg["Reply-To"] = addr(spec.reply_to)
    msg["Subject"] = spec.subject
    msg["Message-ID"] = spec.message_id
    if spec.parent is not None:
        msg["In-Reply-To"] = spec.parent.message_id
        msg["References"] = " ".join(spec.references)
    for name, value in spec.headers:
        msg[name] = value
    if spec.sender == SAM:
        msg["User-Agent"] = "Thunderbird/128.3.1"

    if spec.text is not None:
        kwargs = {"charset": spec.charset}
        if spec.cte:
            kwargs["cte"] = spec.cte
        msg.set_content(spec.text, **kwargs)
        if spec.html is not None:
            msg.add_alternative(spec.html, subtype="html")
    else:
        msg.set_content(spec.html, subtype="html", charset=spec.charset)

    for filename, maintype, subtype, data, params in spec.attachments:
        if data is None:  # a stand-in CV: small, but a real PDF
            data = OFFER_PDF.replace(b"Kestrel Logistics - Offer of Employment - Sam Rivera",
                                     b"Sam Rivera - Data Engineer - Curriculum Vitae     ")
        if maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=filename, params=params)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)

    # Fixed MIME boundaries, so the output does not change between runs.
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            digest = hashlib.sha1(("%s/%d" % (spec.key, n)).encode()).hexdigest()[:24]
            part.set_boundary("----=_Part_%d_%s" % (n, digest))
    return msg


def filename(spec: Spec) -> str:
    ts = int(spec.date.timestamp())
    digest = hashlib.sha1(spec.key.encode()).hexdigest()
    usec = int(digest[:6], 16) % 1000000
    pid = 1000 + int(digest[6:10], 16) % 60000
    base = "%d.M%dP%d.demo" % (ts, usec, pid)
    return base if spec.folder == "new" else base + ":2," + spec.flags


def label_of(spec: Spec) -> dict:
    lab = dict(spec.label)
    contact = lab.pop("contact", None)
    is_rej = lab.pop("is_rejection", False)
    out = {
        "message_id": spec.message_id,
        "is_rejection": is_rej,
        "company": lab.pop("company", None),
        "role": lab.pop("role", None),
        "contact_name": contact[0] if contact else None,
        "contact_email": contact[1] if contact else None,
        "careers_url": lab.pop("careers_url", None),
        "lang": lab.pop("lang", "en"),
        "people": lab.pop("people", []),
        "kind": lab.pop("kind"),
        "subject": spec.subject,
        "from_owner": spec.sender == SAM,
        "folder": spec.folder,
        "file": "%s/%s" % (spec.folder, filename(spec)),
    }
    assert not lab, (spec.key, lab)
    if is_rej:
        assert "people" in spec.label, spec.key
    return out


def main() -> None:
    if MAILDIR.exists():
        shutil.rmtree(MAILDIR)
    for sub in ("cur", "new", "tmp"):
        (MAILDIR / sub).mkdir(parents=True)
    (MAILDIR / "tmp" / ".gitkeep").write_bytes(b"")

    labels = []
    for spec in sorted(SPECS, key=lambda s: s.date):
        path = MAILDIR / spec.folder / filename(spec)
        assert not path.exists(), path
        path.write_bytes(build_message(spec).as_bytes())
        ts = spec.date.timestamp()
        os.utime(path, (ts, ts))
        labels.append(label_of(spec))
    for sub in ("cur", "new"):
        if not any((MAILDIR / sub).iterdir()):
            (MAILDIR / sub / ".gitkeep").write_bytes(b"")

    EXPECTED.write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    n_rej = sum(lab["is_rejection"] for lab in labels)
    print("wrote %d messages (%d rejections) to %s" % (len(labels), n_rej, MAILDIR))


if __name__ == "__main__":
    main()
