"""Render a draft from a Jinja2 template into an RFC 5322 message, threaded as a reply.

Everything that came from the email (names, company, role, subject) is passed to the template
as data and rendered in a sandbox; it is never template code. Header values are reduced to one
line so a hostile display name cannot inject headers.

Templates are looked up, first match wins, in the user's ``templates_dir`` and then the built-in
ones: ``companies/<slug>/<lang>/<kind>.txt.j2``, ``companies/<slug>/<kind>.txt.j2``,
``<lang>/<kind>.txt.j2``, ``en/<kind>.txt.j2``. A first line ``Subject: ...`` sets the subject;
without one the draft is titled ``Re: <the rejection's subject>``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from nextround.config import resolve_path
from nextround.plugins.thank_you.recipients import Recipient
from nextround.records import Address, Rejection

LANGS = ("en", "de", "fr", "es", "nl", "pt")
KINDS = ("thank_you", "feedback")
_ONE_LINE = re.compile(r"[\r\n\t\x00-\x1f\x7f\u2028\u2029\x85]+")
MSGID = re.compile(r"<[^<>\s]+>")
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "nl": "en", "pt": "e"}


def one_line(value: str | None) -> str:
    return " ".join(_ONE_LINE.sub(" ", value or "").split())


def first_name(name: str) -> str:
    parts = one_line(name).split()
    return parts[0] if parts else ""


def slug(company: str) -> str:
    """"Céleste Data" -> "celeste-data": the folder name of a per-company template override."""
    plain = unicodedata.normalize("NFKD", company).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def builtin_templates() -> Path:
    from importlib import resources

    return Path(str(resources.files("nextround.defaults").joinpath("templates")))


def join_names(names: list[str], lang: str) -> str:
    """["Tomás", "Helen", "Inés"] -> "Tomás, Helen and Inés" in the given language."""
    names = [one_line(n) for n in names if one_line(n)]
    if len(names) < 2:
        return "".join(names)
    word = _AND.get(lang, "and")
    last = names[-1]
    if lang == "es" and re.match(r"(?i)(?:[ií]|h[ií])(?![aeoóu])", last):
        word = "e"  # "Tomás e Inés", as Spanish spelling wants before an /i/ sound
    return f"{', '.join(names[:-1])} {word} {last}"


def fr_de(word: str) -> str:
    """French "de" before a word: "d'Ingénieur Data", "de Data Engineer"."""
    word = one_line(word)
    return f"d'{word}" if re.match(r"(?i)[aeiouyàâäéèêëîïôöùûü]", word) else f"de {word}"


def para(text: str) -> str:
    """The ``para`` filter: a paragraph written over several template lines, as one line of text."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip() + "\n"


@jinja2.pass_context
def _names_filter(context: Any, names: list[str]) -> str:
    return join_names(list(names), context.get("lang", "en"))


@dataclass
class Draft:
    kind: str  # "thank_you" | "feedback"
    to: Address
    message: EmailMessage
    lang: str = "en"

    @property
    def message_id(self) -> str:
        return self.message["Message-ID"]


class Composer:
    def __init__(self, user_dir: str = "", config_file: str = "") -> None:
        dirs = []
        self.missing_user_dir = ""
        if user_dir:
            folder = Path(resolve_path(user_dir, config_file))
            dirs.append(str(folder))
            self.missing_user_dir = "" if folder.is_dir() else str(folder)
        dirs.append(str(builtin_templates()))
        self.env = SandboxedEnvironment(loader=jinja2.FileSystemLoader(dirs), autoescape=False,
                                        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                        trim_blocks=True, lstrip_blocks=True)
        self.env.filters["names"] = _names_filter
        self.env.filters["fr_de"] = fr_de
        self.env.filters["para"] = para

    def template_for(self, kind: str, lang: str, company: str | None) -> jinja2.Template:
        """Per-company override first (in the language, then any), then the language, then English."""
        names = []
        if company and slug(company):
            names += [f"companies/{slug(company)}/{lang}/{kind}.txt.j2", f"companies/{slug(company)}/{kind}.txt.j2"]
        names += [f"{lang}/{kind}.txt.j2", f"en/{kind}.txt.j2"]
        return self.env.select_template(names)

    def render(self, kind: str, rejection: Rejection, to: Recipient, sender: Address, *, signature: str,
               met_names: list[str] | None = None, formal: bool = True, references: list[str] | None = None) -> Draft:
        lang = rejection.lang if rejection.lang in LANGS else "en"
        template = self.template_for(kind, lang, rejection.company)
        in_thread = to.on_rejection and bool(one_line(rejection.subject))
        others = [one_line(n) for n in (met_names or []) if one_line(n) and one_line(n) != one_line(to.name)]
        body = template.render(
            lang=lang, formal=formal, recipient_name=one_line(to.name), recipient_first_name=first_name(to.name),
            recipient_role=to.role, wrote_rejection=to.wrote_rejection, in_thread=in_thread,
            company=one_line(rejection.company), role=one_line(rejection.role), interviewers=others,
            user_name=one_line(sender.name), signature=signature.strip() or one_line(sender.name),
            original_subject=one_line(rejection.subject))
        subject, body = split_subject(body)
        msg = EmailMessage()
        msg["From"] = header_address(sender.name, sender.email)
        msg["To"] = header_address(to.name, to.email)
        msg["Subject"] = subject or reply_subject(rejection.subject)
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg["Message-ID"] = draft_message_id(rejection, kind, to.email, sender.email)
        if rejection.message_id:
            # The thread so far, then the rejection itself (RFC 5322 3.6.4), so mail clients thread it.
            parent = one_line(rejection.message_id)
            chain = [r for r in (one_line(x) for x in references or []) if MSGID.fullmatch(r) and r != parent]
            msg["In-Reply-To"] = parent
            msg["References"] = " ".join([*chain[-10:], parent])
        if lang != "en":
            msg["Content-Language"] = lang
        msg.set_content(tidy(body))
        return Draft(kind, Address(one_line(to.name), to.email), msg, lang)


def header_address(name: str, email: str) -> HeaderAddress | str:
    """An address header value that cannot carry a second header, whatever the name contains."""
    name = one_line(name).replace('"', "'")
    if not email:
        return name
    local, _, domain = one_line(email).partition("@")
    return HeaderAddress(display_name=name, username=local, domain=domain)


def tidy(body: str) -> str:
    lines = [line.rstrip() for line in body.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def split_subject(body: str) -> tuple[str, str]:
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
    domain = re.sub(r"[^A-Za-z0-9.-]", "", sender.rsplit("@", 1)[-1]) if "@" in sender else ""
    return f"<nextround.{kind}.{digest}@{domain or 'nextround.local'}>"
