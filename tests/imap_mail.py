"""Small mail factory and checks shared by the IMAP tests (not a test module)."""

from __future__ import annotations

import email
import email.policy
import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

_n = itertools.count(1)
PEOPLE = [("Dana", "Whitfield", "Acme Robotics"), ("Owen", "Prescott", "Halvorsen Marine Systems"),
          ("Marta", "Kowalski", "Corvid Labs"), ("Jonas", "Berg", "Lumen Health"),
          ("Aisha", "Okafor", "Quarry Software")]
# Roles turn with a period prime to the people's: rejection(i) and rejection(j) name the same employer and role (one
# application, one reaction: core/application.py) only 40 numbers apart.
ROLES = ["Backend Developer", "Data Engineer", "Platform Engineer", "QA Engineer", "Mobile Developer",
         "Site Reliability Engineer", "Frontend Developer", "Security Engineer"]


def _wire(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=email.policy.SMTP)


def rejection(i: int | None = None) -> bytes:
    i = next(_n) if i is None else i
    first, last, company = PEOPLE[i % len(PEOPLE)]
    role = ROLES[i % len(ROLES)]
    domain = company.lower().replace(" ", "") + ".example"
    msg = EmailMessage()
    msg["From"] = f"{first} {last} <{first.lower()}.{last.lower()}@{domain}>"
    msg["To"] = "Sam Rivera <sam@example.net>"
    msg["Subject"] = f"Your application for {role} ({i}) at {company}"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(idstring=f"rej{i}", domain=domain)
    msg.set_content(
        f"Dear Sam,\n\nThank you for your interest in the {role} position at {company} and for the"
        " time you spent\ninterviewing with our team. After careful consideration, we have decided to move"
        " forward\nwith other candidates whose experience more closely matches our needs.\n\nWe wish you every"
        f" success in your job search.\n\nBest regards,\n{first} {last}\nTalent Acquisition\n{company}\n")
    return _wire(msg)


def ordinary(i: int | None = None, *, padding: int = 0) -> bytes:
    i = next(_n) if i is None else i
    msg = EmailMessage()
    msg["From"] = "Lena Hoffmann <lena@friends.example>"
    msg["To"] = "Sam Rivera <sam@example.net>"
    msg["Subject"] = f"Dinner on Saturday? ({i})"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(idstring=f"ord{i}", domain="friends.example")
    msg.set_content("Hi Sam,\n\nare you free for dinner on Saturday? We could try the new place.\n\n"
                    + ("More news soon. " * (padding // 16)) + "\nLena\n")
    return _wire(msg)


def message_id(raw: bytes) -> str:
    return "".join(str(email.message_from_bytes(raw)["Message-ID"]).split())


def drafts_replying_to(drafts: list[bytes]) -> dict[str, int]:
    """In-Reply-To Message-ID -> how many drafts answer it."""
    counts: dict[str, int] = {}
    for raw in drafts:
        key = "".join(str(email.message_from_bytes(raw).get("In-Reply-To", "")).split())
        counts[key] = counts.get(key, 0) + 1
    return counts


FORBIDDEN = {"STORE", "EXPUNGE", "COPY", "MOVE", "SELECT", "DELETE", "RENAME", "CLOSE"}
