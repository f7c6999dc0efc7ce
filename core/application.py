"""One application, one set of reactions: a later letter about an application already answered adds nothing.

After the no, the hiring side often writes again about the same application: a candidate-experience survey ("even
though it didn't work out this time, tell us how we did"), the documents sent back, a personal note from the
recruiter after the ATS's letter. Each is a letter of its own (core/fingerprint.py tells copies of one letter apart
from those), and each can read as a rejection, but a second thank-you to the same people about the same role within
days is exactly what the user must not be embarrassed by. So a rejection from the same employer for the same role
(or with the role unnamed on either side) within ``APPLICATION_WINDOW_DAYS`` is taken as the same application.

Two letters naming two different roles stay two applications, as do letters months apart (a new application with
the same employer), and an earlier rejection the user dismissed does not count (the user said it was no rejection).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Any

from nextround.detect.extract import drop_gender_marker

# Follow-ups about one application come within days or a few weeks of its no; two applications to one employer
# answered this close together, one of them without its role, are taken as one (one thank-you to one employer).
APPLICATION_WINDOW_DAYS = 30

# Legal forms in the six languages (and a few neighbours'): "Acme GmbH & Co. KG" and "Acme" name one employer.
LEGAL_SUFFIX = re.compile(
    r"[,\s]+(inc|llc|ltd|limited|gmbh|ggmbh|mbh|ag|kg|kgaa|eg|e\.g|ev|e\.v|ug|gbr|ohg|se|sa|s\.a|sas|s\.a\.s|sasu|sarl|"
    r"scop|bv|b\.v|nv|n\.v|vof|v\.o\.f|cv|c\.v|bvba|plc|corp|corporation|co|&\s*co|srl|s\.r\.l|sl|s\.l|slu|s\.l\.u|"
    r"lda|ltda|oy|ab|as)\.?$")
_LEADING_THE = re.compile(r"^the\s+")


def company_key(name: str | None) -> str | None:
    """The employer as a comparable key: "The Aérolis Group GmbH" and "Aerolis Group" are one (accents, case, a
    leading "the" and legal forms do not count)."""
    text = " ".join((name or "").casefold().split())
    if not text:
        return None
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii") or text
    text = _LEADING_THE.sub("", text)
    previous = None
    while previous != text:
        previous, text = text, LEGAL_SUFFIX.sub("", text).strip(" ,")
    return text or None


def role_key(role: str | None) -> str | None:
    """The role as a comparable key: case, the typographic apostrophe and a gender marker ("(m/w/d)") do not count."""
    text = " ".join((role or "").casefold().replace("’", "'").split())
    return drop_gender_marker(text) or None


def same_application(company: str | None, role: str | None, earlier: Any) -> bool:
    """Whether a rejection (company, role) answers the application an earlier rejection row already answered: the
    same employer, and the same role or a role unnamed on either side. Without a company nothing can be told."""
    mine = company_key(company)
    if mine is None or mine != company_key(earlier["company"]):
        return False
    role_now, role_then = role_key(role), role_key(earlier["role"])
    return role_now is None or role_then is None or role_now == role_then


def within_window(received: datetime | None, earlier_received: float | None) -> bool:
    """Whether two letters are close enough in time to be about one application (both dates known)."""
    if received is None or earlier_received is None:
        return False
    return abs(received.timestamp() - earlier_received) <= APPLICATION_WINDOW_DAYS * 86400
