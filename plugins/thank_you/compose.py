"""Render a draft from a Jinja2 template into an RFC 5322 message, threaded as a reply.

Everything that came from the email (names, company, role, subject) is passed to the template
as data and rendered in a sandbox; it is never template code. Header values are reduced to one
line so a hostile display name cannot inject headers.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from nextround.config import resolve_path
from nextround.records import Address, Rejection

LANGS = ("en", "de", "fr", "es", "nl", "pt")
_ONE_LINE = re.compile(r"[\r\n\t\x00-\x1f\x7f]+")


def one_line(value: str | None) -> str:
    return " ".join(_ONE_LINE.sub(" ", value or "").split())


def builtin_templates() -> Path:
    from importlib import resources

    return Path(str(resources.files("nextround.defaults").joinpath("templates")))


@dataclass
class Draft:
    kind: str  # "thank_you" | "feedback"
    to: Address
    message: EmailMessage

    @property
    def message_id(self) -> str:
        return self.message["Message-ID"]


def first_name(name: str) -> str:
    parts = one_line(name).split()
    return parts[0] if parts else ""


class Composer:
    def __init__(self, user_dir: str = "", config_file: str = "") -> None:
        dirs = []
        if user_dir:
            dirs.append(str(resolve_path(user_dir, config_file)))
        dirs.append(str(builtin_templates()))
        self.env = SandboxedEnvironment(loader=jinja2.FileSystemLoader(dirs), autoescape=False,
                                        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                        trim_blocks=True, lstrip_blocks=True)

    def template_for(self, kind: str, lang: str, company: str | None) -> jinja2.Template:
        """Per-company override first, then the language, then English."""
        names = []
        if company:
            slug = re.sub(r"[^a-z0-9]+", "-", company.lower()).strip("-")
            names += [f"companies/{slug}/{kind}.txt.j2"]
        names += [f"{lang}/{kind}.txt.j2", f"en/{kind}.txt.j2"]
        return self.env.select_template(names)

    def render(self, kind: str, rejection: Rejection, to: Address, sender: Address,
               signature_name: str, extra_names: list[str] | None = None) -> Draft:
        lang = rejection.lang if rejection.lang in LANGS else "en"
        template = self.template_for(kind, lang, rejection.company)
        body = template.render(
            recipient_name=one_line(to.name), recipient_first_name=first_name(to.name),
            company=one_line(rejection.company), role=one_line(rejection.role),
            interviewers=[one_line(n) for n in (extra_names or [])], user_name=one_line(signature_name),
            original_subject=one_line(rejection.subject))
        subject, body = _split_subject(body)
        msg = EmailMessage()
        msg["From"] = formataddr((one_line(sender.name), sender.email)) if sender.email else one_line(sender.name)
        msg["To"] = formataddr((one_line(to.name), one_line(to.email)))
        msg["Subject"] = subject or reply_subject(rejection.subject)
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg["Message-ID"] = draft_message_id(rejection, kind, to.email, sender.email)
        if rejection.message_id:
            msg["In-Reply-To"] = rejection.message_id
            msg["References"] = rejection.message_id
        msg["X-Nextround"] = f"{kind}; rejection={rejection.id}"
        msg.set_content(body.strip() + "\n")
        return Draft(kind, to, msg)


def _split_subject(body: str) -> tuple[str, str]:
    first, _, rest = body.lstrip().partition("\n")
    if first.lower().startswith("subject:"):
        return one_line(first[8:]), rest.lstrip("\n")
    return "", body


def reply_subject(subject: str) -> str:
    subject = one_line(subject)
    return subject if re.match(r"(?i)^(re|aw|sv|antw|r|ref|res)\s*:", subject) else f"Re: {subject}".strip()


def draft_message_id(rejection: Rejection, kind: str, to: str, sender: str) -> str:
    """Deterministic, so a crashed attempt's draft can be recognised in the Drafts folder."""
    digest = hashlib.sha256(f"{rejection.message_key}|{kind}|{to.lower()}".encode()).hexdigest()[:24]
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "nextround.local"
    return f"<nextround.{kind}.{digest}@{one_line(domain)}>"
