"""Extract company, role, contact and careers URL from a rejection.

Each field is chosen among candidates found in several places (sender display name, team
sign-off, signature, subject, body phrases, domains) by a small score: repeated mentions and
agreement with the sender's, Reply-To's or careers link's domain win. ATS vendors and job
platforms are never candidates for the company.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from email.utils import parseaddr
from functools import lru_cache
from html import unescape
from urllib.parse import urlsplit

import ahocorasick

from nextround.detect.patterns import speed
from nextround.detect.regex_parts import group_end, top_level
from nextround.detect.text import fold, new_text, tidy
from nextround.detect.text import split_forward as _split_forward_uncached
from nextround.detect.text import typography as _typography
from nextround.message import Message
from nextround.records import Address, Verdict

# Lower-casing keeps each character's length, word class and case-blind equivalences for ASCII and the Latin-1 and
# Latin Extended-A letters but "İ" and "ı" (checked for all of them): over such text a case-blind pattern finds, at the
# same places, what its lower-cased form finds case-sensitively in the lower-cased text, several times faster.
_CASE_SAFE = re.compile("[\x00-\x7f\u00a0-\u012f\u0132-\u017e]*")


_CASE_SAFE_ALL = _CASE_SAFE.fullmatch


def _case_safe(text: str) -> bool:
    return text.isascii() or _CASE_SAFE.fullmatch(text) is not None


# what the short texts' memos below give for a text not read yet (a miss is the common case on new mail: a get()
# with this default, not a KeyError raised and caught, ~2,000 instructions each)
_UNSEEN = object()


class _Blind:
    """A case-blind pattern whose matches are only tested or read by position (never by their text, which may be
    lower-cased): run lower-cased over the lower-cased text where that is exact, as itself elsewhere. Worth it for a
    pattern that scans a string, not for one anchored at its start."""

    __slots__ = ("rx", "low", "seen")

    def __init__(self, rx: re.Pattern[str]) -> None:
        pattern = rx.pattern[4:] if rx.pattern.startswith("(?i)") else rx.pattern
        if re.search(r"\\[A-Z]|\(\?-i", pattern):  # \W, \S... or a case-sensitive part: lower-casing would change them
            raise ValueError(pattern)
        self.rx = rx
        self.low = re.compile(pattern.lower(), rx.flags & ~re.I)
        # short texts (names, lines, subjects) come back: (text, pos) -> search's match, (text, -1) -> finditer's
        self.seen: dict[tuple[str, int], re.Match[str] | tuple[re.Match[str], ...] | None] = {}

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if len(text) <= _SHORT_TEXT:
            found = self.seen.get((text, pos), _UNSEEN)
            if found is _UNSEEN:
                if len(self.seen) >= 4096:
                    self.seen.clear()  # (bounded: a long run reads many different lines)
                found = self.seen[text, pos] = self._search(text, pos)
            return found  # type: ignore[return-value]
        return self._search(text, pos)

    def _search(self, text: str, pos: int) -> re.Match[str] | None:
        if text.isascii() or _CASE_SAFE_ALL(text) is not None:  # _case_safe(), inlined
            return self.low.search(text.lower(), pos)
        return self.rx.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if len(text) <= _SHORT_TEXT:  # (a subject: its matches kept, as a search's are)
            found = self.seen.get((text, -1), _UNSEEN)
            if found is _UNSEEN:
                if len(self.seen) >= 4096:
                    self.seen.clear()
                found = self.seen[text, -1] = tuple(self._finditer(text))
            return iter(found)  # type: ignore[arg-type]
        return self._finditer(text)

    def _finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isascii() or _CASE_SAFE_ALL(text) is not None:
            return self.low.finditer(text.lower())
        return self.rx.finditer(text)



# a name, a subject or a signature line: the texts whose tests are remembered (they come back from mail to mail)
_SHORT_TEXT = 120


class _Gated:
    """A pattern each match of which holds one of a few characters: a string without any is not scanned."""

    __slots__ = ("rx", "gate", "seen")

    def __init__(self, rx: re.Pattern[str], chars: str) -> None:
        self.rx = rx
        self.gate = re.compile("[" + re.escape(chars) + "]")
        self.seen: dict[tuple[str, int], tuple[str, ...]] = {}  # short texts' splits (a fresh list each call)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        if len(text) <= _SHORT_TEXT:
            seen = self.seen.get((text, maxsplit))
            if seen is not None:
                return list(seen)
            if len(self.seen) >= 4096:
                self.seen.clear()  # (bounded: a long run reads many different lines)
            parts = self.rx.split(text, maxsplit) if self.gate.search(text) else [text]
            self.seen[text, maxsplit] = tuple(parts)
            return parts
        return self.rx.split(text, maxsplit) if self.gate.search(text) else [text]

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(text) if self.gate.search(text) else None


class _Led:
    """A pattern anchored at the string's start (no MULTILINE) whose matches begin with one of a few characters
    (case-blind ones listed in every case form re.I accepts: "i" is also "İ" and "ı", "s" also "ſ"): a string
    beginning otherwise is not tried."""

    __slots__ = ("rx", "first")

    def __init__(self, rx: re.Pattern[str], first: str) -> None:
        self.rx = rx
        self.first = frozenset(first)

    def match(self, text: str) -> re.Match[str] | None:
        return self.rx.match(text) if text[:1] in self.first or not text else None

    def sub(self, repl: str, text: str) -> str:
        return self.rx.sub(repl, text) if text[:1] in self.first or not text else text


def _regroup(pattern: str, opening: str, test: bool = False) -> str:
    """The alternation group that ``opening`` ends (with "(?:") regrouped by first letter: "(?:at|with|a|...)" becomes
    "(?:a(?:t|)|w(?:ith)|...)". The same matches: alternatives with other first letters cannot match where one does,
    and those sharing one keep their order; but the engine tries a few groups at each place, not every word.
    For a pattern only tested (whether it matches at all, never where), ``test`` moves the alternatives that do not
    begin with a letter ("\\w*leiter") to the end: the order of alternatives decides where a match is, not whether."""
    i = pattern.index(opening) + len(opening) - 3
    end = group_end(pattern, i)
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in top_level(pattern[i + 3:end - 1]):
        if not alt[:1].isalpha() or alt[1:2] in ("?", "*", "+", "{"):
            if not test:
                return pattern
            others.append(alt)
            continue
        groups.setdefault(alt[0], []).append(alt[1:])
    inner = "|".join([c + (f"(?:{'|'.join(rest)})" if len(rest) > 1 else rest[0]) for c, rest in groups.items()] + others)
    return pattern[:i] + "(?:" + inner + ")" + pattern[end:]


def _distributed(pattern: str, opening: str) -> str:
    """The alternation group that ``opening`` ends, with each alternative made of a group of words and a tail
    ("(?:opening|job) at", "(?:T[äa]tigkeit|Einstieg) beim") written out ("opening at|job at"): the same matches, tried
    in the same order (the patterns it is used on capture nothing), and every
    alternative then begins with a letter, so that _regroup() can group them."""
    i = pattern.index(opening) + len(opening) - 3
    end = group_end(pattern, i)
    out = []
    for alt in top_level(pattern[i + 3:end - 1]):
        j = group_end(alt, 0) if alt.startswith("(?:") else 0
        words = top_level(alt[3:j - 1]) if 0 < j < len(alt) else []
        if words and all(w[:1].isalpha() and w[1:2] not in ("?", "*", "+", "{") for w in words):
            out += [w + alt[j:] for w in words]
        else:
            out.append(alt)
    return pattern[:i] + "(?:" + "|".join(out) + ")" + pattern[end:]


_LEAD = re.compile(r"([A-Za-z])\(\?<!\\w\1\)")  # speed()'s word start: "a(?<!\wa)"


def _merged_leads(pattern: str) -> str:
    """speed()'s "(?:a(?<!\\wa)pply|a(?<!\\wa)pplied|c(?<!\\wc)...)tail" with the alternatives sharing a first letter
    under one look-behind: "(?:a(?<!\\wa)(?:pply|pplied)|c(?<!\\wc)...)tail". The same matches for a case-sensitive
    pattern (alternatives with other first letters cannot match where one does, and those sharing one keep their
    order), but one look-behind is tried at each such letter, not one per alternative. Other patterns as they are."""
    if not pattern.startswith("(?:"):
        return pattern
    end = group_end(pattern, 0)
    groups: dict[str, list[str]] = {}
    for alt in top_level(pattern[3:end - 1]):
        m = _LEAD.match(alt)
        if m is None:
            return pattern
        groups.setdefault(m.group(0), []).append(alt[m.end():])
    inner = "|".join(lead + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for lead, rests in groups.items())
    return "(?:" + inner + ")" + pattern[end:]


def _letter_led(pattern: str, most: int = 8) -> str | None:
    """``\\b(?:alt|...)tail`` whose alternatives all begin with a plain letter, led as speed() leads a pattern and
    grouped as _merged_leads() groups one: "(?:a(?<!\\wa)(?:lt|...)|...)tail". The same matches: a word start before a
    letter is a place after no word character, which the look-behind asks once the letter is read; but the engine
    skips to the set of first letters instead of testing a word start at every place. None for more than ``most``
    first letters, where the set passes nearly everywhere and costs more than it saves (measured: ~25% fewer
    instructions with 7 or 8 letters, ~35% more with 15)."""
    if not pattern.startswith(r"\b(?:"):
        return None
    end = group_end(pattern, 2)
    alts = top_level(pattern[5:end - 1])
    if not all(a[:1].isascii() and a[:1].isalpha() and a[1:2] not in ("?", "*", "+", "{") for a in alts) or len(
            {a[0] for a in alts}) > most:
        return None
    return _merged_leads("(?:" + "|".join(f"{a[0]}(?<!\\w{a[0]}){a[1:]}" for a in alts) + ")" + pattern[end:])


def _by_first(pattern: str) -> str:
    """An alternation ("a|b|..." or "(?:a|b|...)", maybe after "(?i)") regrouped by each alternative's first literal
    character, as _regroup() does for word starts: the same matches, but the engine tries a few alternatives at each
    place, not all of them. Alternatives that do not begin with a plain literal leave the pattern as it is."""
    flags, body = ("(?i)", pattern[4:]) if pattern.startswith("(?i)") else ("", pattern)
    wrapped = body.startswith("(?:") and group_end(body, 0) == len(body)
    groups: dict[str, list[str]] = {}
    for alt in top_level(body[3:-1] if wrapped else body):
        first = alt[:2] if alt[:1] == "\\" and not alt[1:2].isalnum() else alt[:1]
        if not first or not (first[0] == "\\" or first.isalnum() or first in "/_-:=&@ ',") or (
                alt[len(first):len(first) + 1] in ("?", "*", "+", "{")):
            return pattern
        groups.setdefault(first.lower(), []).append(alt)
    out = []
    for alts in groups.values():
        n = 2 if alts[0][0] == "\\" else 1
        if len(alts) > 1 and all(a[:n] == alts[0][:n] for a in alts):
            out.append(alts[0][:n] + "(?:" + "|".join(a[n:] for a in alts) + ")")
        else:
            out.extend(alts)  # the same letter in both cases: as they were, in their order
    inner = "|".join(out)
    return flags + ("(?:" + inner + ")" if wrapped else inner)


class _Lower:
    """A case-blind test run as a case-sensitive pattern over lower-cased text: several times faster than re.I.
    Only tested (whether it matches), never read: its alternatives may be regrouped in another order."""

    __slots__ = ("rx", "seen")

    def __init__(self, pattern: str) -> None:
        self.rx = re.compile(_regroup(pattern, r"\b(?:", test=True) if r"\b(?:" in pattern else _by_first(pattern))
        self.seen: dict[str, re.Match[str] | None] = {}  # short texts (names, lines) come back

    def search(self, text: str) -> re.Match[str] | None:
        if len(text) > _SHORT_TEXT:
            return self.rx.search(text.lower())
        found = self.seen.get(text, _UNSEEN)
        if found is _UNSEEN:
            if len(self.seen) >= 4096:
                self.seen.clear()  # (bounded: a long run reads many different lines)
            found = self.seen[text] = self.rx.search(text.lower())
        return found  # type: ignore[return-value]


ATS_DOMAINS = ("greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com", "smartrecruiters.com",
               "ashbyhq.com", "workable.com", "recruitee.com", "personio.de", "personio.com", "teamtailor.com",
               "teamtailor-mail.com", "icims.com", "jobvite.com", "bamboohr.com", "successfactors.com", "successfactors.eu",
               "taleo.net", "linkedin.com", "indeed.com", "stepstone.de", "stepstone.com", "join.com", "xing.com",
               "welcometothejungle.com", "hellowork.com", "infojobs.net", "nationalevacaturebank.nl", "glassdoor.com",
               "monster.com", "softgarden.io", "softgarden.de", "jobteaser.com", "gupy.io", "catho.com.br", "recruitcrm.io",
               "breezy.hr", "jazzhr.com", "pinpointhq.com", "dover.com", "rippling.com", "homerun.co", "werkzoeken.nl",
               "indeed.fr", "indeed.es", "indeed.nl", "indeed.de", "computrabajo.com", "apec.fr", "vagas.com.br",
               "solides.com.br", "bizneo.com",
               # the other markets' recruiting software, which sends from its own domain
               "csod.com", "cornerstoneondemand.com", "hr-manager.net", "jobaffinity.fr", "digitalrecruiters.com",
               "carerix.com", "otys.nl", "emply.com", "jobadder.com", "avature.net", "manatal.com", "welcomekit.co",
               "jobylon.com", "flatchr.io", "talentsoft.com", "taleez.com", "beetween.com", "hirehive.com",
               # job boards that relay an employer's answer from their own domain
               "net-empregos.com", "itjobs.pt", "totaljobs.com", "reed.co.uk", "cv-library.co.uk",
               "jobat.be", "intermediair.nl", "tecnoempleo.com", "cadremploi.fr", "francetravail.fr")
VENDORS = frozenset(
    ["greenhouse", "lever", "workday", "smartrecruiters", "ashby", "workable", "recruitee", "personio", "teamtailor", "icims", "jobvite", "bamboohr", "successfactors", "taleo", "linkedin", "indeed", "stepstone", "xing", "join", "softgarden", "jobteaser", "gupy", "catho", "infojobs", "glassdoor", "monster", "hellowork", "breezy", "jazzhr", "pinpoint", "dover", "rippling", "homerun", "apec", "computrabajo",
     "werkzoeken",
     # recruiting software of the other languages' markets
     "talentsoft", "flatchr", "taleez", "beetween", "dvinci", "rexx", "concludis", "onlyfy", "umantis", "pandape",
     "kenoby", "recrutei", "jobylon", "welcomekit", "solides", "bizneo", "csod", "jobaffinity", "digitalrecruiters",
     "carerix", "otys", "emply", "jobadder", "avature", "manatal", "hirehive", "hr-manager", "connexys",
     # job boards
     "net-empregos", "itjobs", "totaljobs", "cv-library", "jobat", "tecnoempleo", "cadremploi"]) | {
    "cornerstone ondemand",
    "welcome to the jungle", "nationale vacaturebank", "sap successfactors"}
FREEMAIL = ("gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "gmx.de", "gmx.net",
            "web.de", "t-online.de", "orange.fr", "free.fr", "laposte.net", "proton.me", "protonmail.com")
NO_REPLY = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|donotreply|ne-?pas-?repondre|nao-?respond(?:er|a)|no-?respond(?:er|a)|no-?contestar|"
    r"nicht-?antworten|keine-?antwort|niet-?(?:be)?antwoorden|"
    r"notifications?|notify|jobs?|careers?|carrieres?|karriere|recruiting|recruitment|recrutement|recrutamento|talent|"
    r"hr|rh|rrhh|people|mailer|mailrobot|system|alerts?|jobalerts?|jobagent|info|hello|team|empleo|vagas|vacatures|"
    r"werkenbij|bewerbung|bewerbungen|hiring|contact|seleccion|selecao|applications?|candidates?|"
    # the other languages' "notifications" and a sending service's bounce box: no one's own mailbox
    r"notificaci(?:on|ones)|notificac(?:ao|oes)|benachrichtigung(?:en)?|notificaties?|meldingen|bounces?|postmaster)"
    r"(?:[-_.+][\w.+-]*)?@",
    re.I)
ORG_WORDS = frozenset(
    ["team", "recruiting", "recruitment", "recruiter", "careers", "career", "jobs", "job", "talent", "hr", "people", "hiring", "acquisition", "personalabteilung", "equipe", "equipo", "equipa", "time", "recrutement", "recrutamento", "seleccion", "selecao", "rrhh", "rh", "talento", "talentos", "carrieres", "karriere", "werving", "selectie", "the", "notifications", "no-reply", "noreply", "via", "inc", "ltd", "gmbh", "llc"])
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŞİ"
# (a joiner is a whole word: "Thornbury Bakery last week" has no "la" in its name)
# (and an elided particle before a capital: "Caisse d'Épargne", "Éditions de l'Aube")
CAPSEQ = (rf"[{_UP}][\w&'.\-]*(?:[ ](?:(?:&|and|und|et|y|e|en|de|du|des|der|van|von|da|do|dos|del|la|le|het|De|Het)(?!\w)|"
          rf"[dl]['’][{_UP}][\w&'.\-]*|[{_UP}][\w&'.\-]*)){{0,5}}")
_COMPANY_BODY = re.compile(
    rf"\b(?:at|with us at|interest in|interested in|applying to|apply to|applied to|application to|career at|careers at|"
    rf"join|joining|on behalf of|for|from|bei|bei der|an der|der|chez|à|à la|au sein de|de|en|con|bij|van|na|no|da|em|in|"
    rf"für|voor|por|pela|pelo|par)\s+({CAPSEQ})")
_COMPANY_BODY = re.compile(_regroup(_COMPANY_BODY.pattern, r"\b(?:"), _COMPANY_BODY.flags)
_SIGNOFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with kind|yours)?\s*(?:regards|wishes)|sincerely|yours sincerely|best|cheers|thanks|"
    r"thank you|many thanks|all the best|take care|talk soon|best of luck|wishing you|warm wishes|"
    r"mit freundlichen gr[üu](?:ß|ss)en|freundliche gr[üu](?:ß|ss)e|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|"
    r"herzliche gr[üu](?:ß|ss)e|liebe gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e?|viel erfolg|alles gute|"
    r"cordialement|bien cordialement|bien [àa] vous|salutations|bonne continuation|belle journ[ée]e|bises|"
    r"nous vous prions.*|un saludo|saludos|saludos cordiales|un cordial saludo|atentamente|cordialmente|un abrazo|"
    r"mucho [áa]nimo|besos|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en|jes)?|"
    r"veel succes|liefs|cumprimentos|atenciosamente|abra[çc]os?|obrigad[oa]|com os melhores cumprimentos|beijos)\b[^\n]{0,60}$",
    re.I | re.M)
# the familiar sign-offs _SIGNOFF leaves out (a set looked up once per signature part, not more alternatives tried at
# every line of every mail)
_FAMILIAR_SIGNOFFS = frozenset(fold(w) for w in ["beijinhos", "beijinho", "beijo", "bisous", "bises", "amitiés",
                                                 "abrazos", "besitos", "hasta pronto", "à bientôt", "a bientôt",
                                                 "até breve", "tot ziens", "tschüss", "liebe grüße", "ciao", "hugs",
                                                 "xoxo", "groetjes", "kusjes", "bjs", "besos"])
_SIGNOFF_WORDS = re.compile(_SIGNOFF.pattern.split(r"\b[^\n]")[0] + r"\b", re.I)
_SIGNOFF_LOW = re.compile(_SIGNOFF.pattern.lower(), re.M).match


@lru_cache(maxsize=4096)  # pure in the line; a mail's last lines are asked by the signature, company and contact readers
def _signoff(line: str) -> bool:
    """_SIGNOFF.match(line) found anything (run lower-cased where that is exact: see _CASE_SAFE)."""
    if line.isascii() or _CASE_SAFE_ALL(line) is not None:
        return _SIGNOFF_LOW(line.lower()) is not None
    return _SIGNOFF.match(line) is not None


@lru_cache(maxsize=256)  # the sign-off line is read by the signer's name, the signature's parts and its first word
def _signoff_rest(line: str) -> str:
    """The line without its sign-off words ("Best regards, Ana" -> ", Ana")."""
    return _SIGNOFF_WORDS.sub("", line)


_PERSON_WORD = re.compile(rf"^(?:[{_UP}]\.(?:-?[{_UP}]\.)+|[dlDL]['’][{_UP}][^\W\d_]+(?:-[{_UP}][^\W\d_]+)*|[{_UP}][^\W\d_]*(?:[-'’][{_UP}]?[^\W\d_]+)*\.?|de|van|von|der|den|da|do|dos|das|del|la|le|ter|ten)$")
_TITLE_WORDS = _Lower(
    r"\b(?:recruiter|recruiting|recruitment|talent|acquisition|manager|head|director|partner|generalist|coordinator|"
    r"engineer|lead|officer|specialist|consultant|founder|ceo|cto|hr|people|personal\w*|referent\w*|recruiterin|"
    r"responsable|charg[ée]e?|drh|rh|directeur|directrice|adjoint|t[ée]cnic[oa]|responsable|directora?|reclutador\w*|"
    r"selecci[óo]n|adviseur|recruitment|medewerker|recrutador\w*|analista|recrutamento|business|senior|principal|"
    r"executive|assistant|office|team|vp|cpo|chro|diretora?|gerente)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_BAD = re.compile(
    r"(?:unsubscribe|abmelden|desabonner|desinscri|afmelden|cancelar|privacy|privacidad|privacidade|datenschutz|"
    r"confidential|/legal|/terms|/cookie|tracking|/track|click\.|/t/|/c/|/ls/|/u/|utm_|trk=|optout|opt-out|preferences|"
    r"notifications|mailto:|linkedin\.com/in/|/help/|/exercise/|assess|calendly|/cal|zoom\.us|meet\.google|"
    r"/recommended|empfehlungen|jobagent|/alert|alertas|treffer|/search|zoekopdracht|\?ref=|listinfo|/e/v2|"
    r"docusign|/account|/konto|benachrichtigung|/ajustes|/avisos|/settings|einstellungen|instellingen|configurac|/baja|/similar|/collections)", re.I)
_QUERY_BAD = re.compile(
    r"(?i)unsubscribe|optout|opt-out|abmelden|desabonner|afmelden|baja|trk=|(?:^|&)origem=|(?:^|&)src=|(?:^|&)ref=")
_URL_GOOD = re.compile(
    r"(?:career|carreira|carriere|karriere|jobs?\b|jobs\.|/jobs|stellen|emploi|empleo|trabaja|unete|vacature|vacatures|"
    r"werkenbij|werken-bij|vagas|carreras|vacanc|concurso|trabalhe|oportunidades|recrutamento|recrutement|reclutamiento|join-us|joinus|work-with-us|openings|positions|boards\.greenhouse|jobs\.lever|"
    r"jobs\.ashbyhq|apply\.workable|\.recruitee\.|\.teamtailor\.|jobs\.personio|/companies/)", re.I)
_ANCHOR_GOOD = re.compile(
    r"(?:career|open (?:roles|positions)|openings|jobs|vacanc|karriere|stellen|offres|carri[eè]res|empleo|vacantes|"
    r"vacatures|vagas|oportunidades|posiciones|see open)", re.I)
_URL_GOOD = re.compile(_by_first(_URL_GOOD.pattern), _URL_GOOD.flags)
_ANCHOR_GOOD = re.compile(_by_first(_ANCHOR_GOOD.pattern), _ANCHOR_GOOD.flags)
_URL_BAD = re.compile(_by_first(_URL_BAD.pattern), _URL_BAD.flags)
_URL_BAD, _QUERY_BAD = _Blind(_URL_BAD), _Blind(_QUERY_BAD)  # tested only
_PLATFORM_HOSTS = ("linkedin.", "indeed.", "catho.", "computrabajo.", "infojobs.", "stepstone.", "xing.com", "welcometothejungle.com", "hellowork.com",
                   "infojobs.net", "nationalevacaturebank.nl", "glassdoor.", "monster.")
_LEGAL = re.compile(r",?\s+(?:inc|llc|ltd|gmbh|ag|sa|bv|b\.v|plc|corp|co)\.?$", re.I)
_STOP_COMPANY = frozenset(
    ["they", "he", "she", "ils", "elles", "ellos", "ellas", "eles", "elas", "zij", "sie", "thank", "thanks", "dear", "hi", "hello", "we", "our", "your", "you", "the", "unfortunately", "i", "this", "it", "after", "as", "if", "please", "team", "hr", "data", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "linkedin", "python", "java", "senior", "junior", "application", "position", "role", "job", "vacancy", "interview", "bewerbung", "stelle", "candidature", "poste", "candidatura", "puesto", "sollicitatie", "functie", "vacature", "vaga", "cargo", "status", "update", "re", "fwd", "aw", "tr", "rv", "fw", "sehr", "liebe", "bonjour", "hola", "beste", "caro", "ola",
     # a job board's own words for itself on its sender line ("Stellenmarkt" <noreply@...>), never an employer's name
     "stellenmarkt", "stellenangebote", "jobbörse", "jobportal", "karriereportal", "jobboard", "vacaturebank",
     "bolsa de empleo", "bolsa de emprego", "offres d'emploi"])


_NOT_ASCII_LETTER = re.compile(r"[^a-zA-Z]+").sub


@lru_cache(maxsize=4096)
def _letters(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                                 .replace("ß", "ss"))  # "Groß" as its domain spells it: gross-steuerberatung
    return _NOT_ASCII_LETTER("", text)  # one pass in C: the ASCII letters left once accents are split off


@lru_cache(maxsize=256)  # (a message's few addresses are asked about some seven times each)
def _domain(addr_or_host: str) -> str:
    return addr_or_host.rsplit("@", 1)[-1].lower().strip(".")


# a mailbox provider's own name ("correo.example", "mailbox.example", "mail.test"): the domain names no employer
_MAIL_PROVIDER_LABELS = frozenset(["mail", "email", "mailbox", "correo", "correio", "webmail", "posteo", "post"])


# the mailbox providers a shop owner writes from under each country's domain ("yahoo.co.uk", "hotmail.fr", "gmx.at"),
# and the national ones ("ziggo.nl", "sapo.pt", "telenet.be"): the domain names the provider, never the shop
_PROVIDER_BRANDS = frozenset(["gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "aol", "gmx",
                              "icloud", "protonmail", "yandex", "wanadoo"])
_PROVIDER_DOMAINS = frozenset(["me.com", "mac.com", "web.de", "t-online.de", "freenet.de", "arcor.de", "orange.fr",
                               "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr", "ziggo.nl", "kpnmail.nl",
                               "planet.nl", "hetnet.nl", "home.nl", "xs4all.nl", "telenet.be", "skynet.be", "sapo.pt",
                               "netcabo.pt", "uol.com.br", "bol.com.br", "terra.com.br", "terra.es", "telefonica.net",
                               "btinternet.com", "sky.com", "virginmedia.com", "talktalk.net", "bluewin.ch", "libero.it",
                               "fastmail.com", "hey.com", "zoho.com", "proton.me"])


def _mail_provider(domain: str) -> bool:
    if domain in FREEMAIL or domain in _PROVIDER_DOMAINS:
        return True
    parts = domain.split(".")
    if len(parts) >= 2 and parts[0] in _PROVIDER_BRANDS and len(parts) <= 3 and all(len(p) <= 3 for p in parts[1:]):
        return True  # "hotmail.fr", "yahoo.co.uk", "gmx.at" (not "outlook-consulting.example": the label whole)
    return len(parts) >= 2 and parts[-2].rstrip("0123456789") in _MAIL_PROVIDER_LABELS  # (numbered too: "mailbox2")


_ATS_SET = frozenset(ATS_DOMAINS)
# the vendors send from many domains (personio.de, teamtailor-mail.com, myworkday.com, a country's own TLD): a domain
# label that is the vendor's name is the vendor's mail
_ATS_LABEL = re.compile(r"(?:my)?(?:greenhouse|workday|myworkdayjobs|smartrecruiters|recruitee|personio|teamtailor|ashbyhq|"
                        r"workable|icims|jobvite|bamboohr|successfactors|taleo|softgarden|gupy|jazzhr|pinpointhq|lever|"
                        r"join|computrabajo|infojobs|stepstone|jobteaser|hellowork|"
                        r"talentsoft|flatchr|taleez|beetween|dvinci|concludis|onlyfy|umantis|pandape|kenoby|recrutei|"
                        r"jobylon|connexys)"
                        r"(?:-?mail|jobs)?")


def _split_forward(text: str) -> tuple[str, str]:
    # every forward marker holds "--": most mail is not scanned
    return _split_forward_uncached(text) if "--" in text else (text, "")


split_forward = lru_cache(maxsize=8)(_split_forward)  # company and contact extraction split the same text


@lru_cache(maxsize=4096)
def is_platform_domain(domain: str) -> bool:
    """The domain or one of its parents is an ATS or job platform (checked label by label, not by scanning the list)."""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in _ATS_SET for i in range(len(labels) - 1)) or any(
        _ATS_LABEL.fullmatch(lb) for lb in labels[:-1])


@lru_cache(maxsize=4)  # asked four times per rejection about its sender; too small to outlive the message
def is_no_reply(addr: str) -> bool:
    return bool(NO_REPLY.match(addr)) or is_platform_domain(_domain(addr))


@lru_cache(maxsize=4096)
def _is_vendor(name: str) -> bool:
    low = fold(name)
    words = low.split()
    return low in VENDORS or (len(words) == 2 and words[0] in VENDORS)


# Words that make a capitalised name an organisation or a team, not a person ("Northwind Analytics",
# "Équipe Talents Atelier Colibri", "Bereitgestellt von Personio Datenschutz").
_ORG_NAME_TEXT = """
analytics media software systems system labs lab solutions technologies technology tech consulting consultancy bank
group health energy energie logistics studio studios partners capital services digital data insurance robotics
holdings ventures industries foundation institute university clinic clinics cosmetics motors foods pharma network
networks games security cloud works werk publishing marine retail mobility telecom finance financial fintech bio
equipe équipe equipo equipa talents talent datenschutz bereitgestellt privacy atelier editora banco grupo clínica
clinica clínicas clinicas maison transportes hotel universidad universidade stichting gemeente fundación fundacion
sistemas tecnologia tecnología seguros agro textil têxteis texteis construcciones bouwgroep bouw verzekeringen
versicherung maschinenbau conseil systèmes cosmétiques express norte sul international global company corporation
recursos humanos personas pessoas mensen support service centre center office admin administration
council district school city county trust ville stadt ciudad cidade municipio municipalite hospital police department ministry agency authority bureau
ministerio ministere ministerie ministerium consejeria conselleria
academy college nhs ziekenhuis klinikum gemeente ayuntamiento prefeitura camara universite universiteit
secretaria secretariat coordenacao coordinacion gestion juri jurado presidente diretoria empleos empleo
selectieteam selectiecommissie sollicitatiecommissie commissie comite comissao
hostal hostel restaurante restaurant pizzeria pizzaria panaderia padaria bakkerij bäckerei cafe cafetería taller tienda
resort motel lodge bazar constructora construtora farmacia farmacias farmácia drogaria libreria livraria boekhandel kita kindergarten
kinderopvang druckerei tischlerei metzgerei autohaus kanzlei ingenieurbüro steuerberatung bouwmarkt meubelfabriek
kaasmakerij notariskantoor woonzorgcentrum tandartspraktijk instituto institut consorcio laboratorios laboratoires
escola escuela colegio lycee ecole gymnasium liceo liceu museum museo museu teatro supermercado supermercados mercado mercados banca caja autoridad
agencia associacao asociacion cooperativa fundacao fondation stiftung verein vereniging consorci viña bodega bodegas
finca granja padaria papelaria drogaria barbearia boulangerie bar taberna tasca cantina bistro brasserie
optica opticas otica oticas optiek opticien
caisse banque mairie librairie editions éditions editorial uitgeverij drukkerij cooperative
coopérative cooperatie coöperatie asociación associação mutualidad diputacion diputación landratsamt
kreisverwaltung sparkasse volksbank stadtwerke waterschap hoogheemraadschap provincie zorggroep apotheke pharmacie
clinique laboratorio laboratório weingut brauerei schreinerei hermanos irmãos frères gebroeders gebrüder
logistik logistiek logística logistique technik techniek immobilien medien beratung versicherungen
interiorismo interiors interiores interieur paisajismo arquitectura arquitectos architects architecten architekten
arquitetura arquitetos atelie
zentrum centrum verband gesellschaft akademie
talleres hoteles hotels restaurantes tiendas muebles viveros
region région región regio região provincia province landkreis comunidad comunidade canton kanton gemeinde commune
communauté métropole préfecture bezirk
sapataria mercearia pastelaria churrasqueira marisqueira lavandaria ourivesaria relojoaria tabacaria florista talho
zapatería pastelería carnicería frutería peluquería lavandería joyería floristería heladería
transport transports transporte distribution distribuciones distribucion distribuidora distribuidor distribuição
montajes construction constructions construcción construções menuiserie menuiseries carpintaria marcenaria
elektrotechnik haustechnik metallbau fotografie fotografia photography photographie contabilidade contabilidad
comptabilité boekhouding buchhaltung mediação mediación bicicletas bicicletaria canalizações canalizaciones
fontanería plomberie loodgietersbedrijf jardinería jardinagem paysage paysagiste centres centers
gasthaus gasthof landgasthof wirtshaus brauhaus kaffeehaus weinstube biergarten kneipe imbiss
"""
ORG_NAME_WORDS = frozenset(fold(w) for w in _ORG_NAME_TEXT.split())
# the endings of sector nouns that head a business's name (Dutch and German compounds, Spanish shop nouns); no
# surname ends so ("Nieuwenhuis" and "Echeverría" do, which is why "-huis" and "-ría" alone are not here)
_SECTOR_ENDS = ("bureau", "fabriek", "bedrijf", "kantoor", "winkel", "makerij", "centrum", "praktijk", "handel", "erij",
                "erei", "deria", "ceria", "teria", "queria",
                # public services: "Omgevingsdienst", "Veiligheidsregio", "Hoogheemraadschap", "Kreisverwaltung"
                "dienst", "regio", "schap", "verwaltung", "bibliothek", "bibliotheek")
_GREETINGS = frozenset(["dear", "hi", "hello", "hey", "hallo", "liebe", "lieber", "sehr", "guten", "bonjour", "cher", "chere",
                        "hola", "estimado", "estimada", "querido", "querida", "beste", "hoi", "goedemiddag", "ola", "oi",
                        "prezado", "prezada", "caro", "cara", "thanks", "thank", "merci", "danke", "gracias", "bedankt",
                        "obrigado", "obrigada", "salut", "servus", "moin", "coucou", "ciao", "hej",
                        # the first word of a thanks: "Dank je", "Vielen Dank", "Muchas gracias", "Muito obrigado"
                        "dank", "vielen", "muchas", "muito", "hartelijk"])


# Words no person's name holds, in the six languages: a greeting or sign-off ("Sonnige Grüße"), a programme
# ("Programa Graduados"), a public body's unit or office ("Servicio de Personal", "Negociado", "Comissão", "OCMW
# Lindeveld"), an address ("Polígono Plaza"), the candidate's portal ("Candidate Home"): the candidates a thank-you
# note must never greet as "Dear Servicio,". (A possessive first word, "Ihr Ausbildungsteam", is _POSSESSIVES.)
_NOT_PERSON_TEXT = """
gruße grüsse grusse gruss groeten groetjes groet saludos saludo abrazo abrazos besos cumprimentos abraços abracos beijos
beijinhos regards wishes salutations amitiés bises cheers
aprendiz aprendices apprentices apprenticeship apprenticeships graduados graduates becarios becas trainee trainees
traineeship estagiarios estágios pasantías prácticas practicas volontariat voluntariado vrijwilligers interns
programa programme program
servicio serviço servico negociado consejo conselho comite comité comision comisión comissão comissao division división
divisão divisao secretariado secretaría direccion dirección direção direcao direction directie oficina unidad unidade
unit seccion sección biblioteca library region région regio provincia comunidad comunidade gobierno
governo ministerio ministère ministerie ministerium bundesamt landesamt behörde rechtbank hogeschool ocmw cpas asbl vzw
ong spf hrm teamleider polígono poligono avenida straße strasse committee panel programs programmes
students candidate candidates applicant applicants selection
"""
_NOT_PERSON = frozenset(fold(w) for w in _NOT_PERSON_TEXT.split())
_NOT_PERSON_ENDS = ("team", "büro", "buro", "dienst", "museum", "park", "schule", "school", "zorg", "bouw", "groep",
                    "opvang", "verhuur", "installatie", "techniek", "pflege", "service")
_POSSESSIVES = frozenset(["ihr", "ihre", "dein", "deine", "euer", "eure", "your", "our", "votre", "notre", "uw", "jouw",
                          "onze", "tus", "sus", "nuestro", "nuestra", "seu", "sua", "nosso", "nossa"])  # (Su, Tu: names)


@lru_cache(maxsize=1024)  # asked of the same signature lines by the signer's and the display name's readers
def _not_person_words(name: str) -> bool:
    """A name-shaped line with a word no person's name holds: "Sonnige Grüße", "Ihr Ausbildungsteam", "Programa
    Graduados", "Teamleider HRM", "Bedrijfsleider Supermarkt X", "Pour l'ASBL"."""
    folded = [fold(w).strip(".,") for w in name.split()]
    return not folded or folded[0] in _POSSESSIVES or folded[0] in _FOR_WORDS_LEAD or folded[0] in _ORG_FIRST or (
        len(folded) > 1 and folded[0].endswith(_ORG_FIRST_ENDS)) or any(
        w in _NOT_PERSON or w in _OWNER_TITLES or (len(w) >= 8 and w.endswith(_NOT_PERSON_ENDS)) for w in folded)


# a name's first word is a given name, which never ends as a business's compound does ("Druckhaus Lenzing",
# "Bloemenhuis Iris", "Flexpunt Tilburg"; surnames do: Neuhaus, Nieuwenhuis), nor is one of these words
_ORG_FIRST_ENDS = ("haus", "huis", "werk", "markt", "fabrik", "punt", "zorg", "bouw")
# a shop's trade before its owner's first name ("Kapsalon Marleen", "Garage Roux"): never a person's name
_SHOP_FIRST = frozenset(["salon", "kapsalon", "cafe", "bar", "kapper", "garage", "patisserie", "friseur", "boutique",
                         "fleuriste", "loja", "oficina", "fotografie", "fotografia", "blumen", "kiosk", "kliniek",
                         "praxis", "consultorio", "tandarts",
                         # ... or a trade that names its owner or its place ("Bufete Ortega", "Trattoria Sole",
                         # "Gasthaus Huber", "Cabinet Perrin", "Despacho Lara")
                         "bufete", "despacho", "trattoria", "osteria", "ristorante", "gasthaus", "gasthof",
                         "notaria", "gestoria", "asesoria", "escritorio", "quinta", "casa", "camping",
                         # ... or a court's ("Rechtbank Zuidwest-Holland", "Tribunal Judicial de Braga")
                         "rechtbank", "gerechtshof", "amtsgericht", "landgericht", "tribunal"])
_ORG_FIRST = frozenset(["rede", "estudio", "agence", "stages", "atelier"]) | _SHOP_FIRST
# the first words of a practice named "<trade noun> de <its trade> <owner>" ("Cabinet de kinésithérapie Dubois")
_PRACTICE_HEADS = frozenset(["cabinet", "escola", "escuela", "ecole", "estudio", "studio", "atelier", "clinica", "clinique",
                             "consultorio", "despacho", "bufete", "praxis", "salon", "salao"])
_FOR_WORDS_LEAD = frozenset(["pour", "for", "namens", "por", "para", "pelo", "pela", "im", "i.a.", "i.v.", "p.o."])


def _person(name: str, orgs: frozenset[str] = frozenset()) -> bool:
    """looks_like_person, for the contact: also no word that names a greeting, a unit, a programme or a title."""
    return looks_like_person(name, orgs) and not _not_person_words(name)


@lru_cache(maxsize=4096)
def looks_like_person(name: str, orgs: frozenset[str] = frozenset()) -> bool:
    """Name-shaped (two to five capitalised words) and not a team, organisation or known company name."""
    folded = _person_shape(name)
    if folded is None:
        return False
    if orgs and (folded[0] in orgs or sum(w in orgs for w in folded if len(w) >= 4) >= 2):  # noqa: SIM103
        return False  # "Brisa Hoteles" when Brisa writes; not "Josu Urdaneta" signing for Talleres Urdaneta
    return True


# (the same name is asked with and without the sender's organisation words, by the signer's, the people's and the
# contact's readers: its shape read once, only the organisation test per ``orgs``)
@lru_cache(maxsize=4096)
def _person_shape(name: str) -> tuple[str, ...] | None:
    """looks_like_person() but for the organisation's words: the name's folded words, or None when it is no name."""
    words = name.replace(",", " ").split()
    # the cheap shape tests first: most lines fail these
    if not 2 <= len(words) <= 5 or "@" in name or not all(map(_PERSON_WORD.match, words)):
        return None
    if any(map(_is_dept, words)) or sum(w.isupper() and len(w) > 2 for w in words) >= 2:
        return None  # "Selectieteam ...", "Gestión Humana ...", "NÃO CLASSIFICADO"
    if ("'" in name or "’" in name) and any(w.endswith(("'s", "’s", "s'", "s’")) for w in words):
        return None  # "Holt's Haberdashery", "Kees' Kaashandel": a shop named by its owner's possessive, no person
    if words and words[0] in ("O", "A", "El", "La", "Le", "Les", "Het", "The", "Die", "Der", "Das", "Los", "Las", "Os", "As"):
        return None
    # (every word matched _PERSON_WORD, which reads no ASCII digit: only another script's digits are left to find)
    if (not name.isascii() and any(ch.isdigit() for ch in name)) or _has_legal(name):
        return None
    if any(w.lower().strip(".") in ORG_WORDS for w in words) or _TITLE_WORDS.search(name):
        return None
    folded = [fold(w).strip(".") for w in words]
    if folded[0] in _GREETINGS:  # "Dear Sam" is the salutation of an unsigned mail, not its author
        return None
    if folded[0] in _SHOP_FIRST or folded[0] == "estudio" or (folded[0].endswith(_ORG_FIRST_ENDS) and "," not in name):
        # "Kapsalon Marleen", "Bufete Ortega", "Estudio Marina Vidal", "Bloemenhuis Anouk": the shop, named after its
        # owner (not "Neuhaus, Thomas": a surname first, set off by its comma)
        return None
    if folded[-1] in _SHOP_LAST:
        return None  # "Saltmarsh Bakery", "Harbour Dental": a business named before its trade, no surname
    if _is_vendor(name) or any(w in ORG_NAME_WORDS or (len(w) >= 8 and w.endswith(_SECTOR_ENDS))
                               or (len(w) >= 9 and w[-1] == "s" and w[:-1].endswith(_SECTOR_ENDS)) for w in folded):
        # "Reclamebureau Zwaluw", "Kaffeerösterei Bohnenglück", "Heladería La Nona": a business (and the chain's
        # plural, "Panaderías Trigal", "Ferreterías Ruiz")
        return None
    caps = [w for w in words if w[0].isupper() or (w[1:2] in ("'", "’") and w[2:3].isupper())]  # "d'Aubigny"
    return tuple(folded) if len(caps) >= 2 else None  # (every word matched _PERSON_WORD above)


# the English trades a business's name ends with (in a job title they come first: "Bakery Assistant", so they are
# no organisation words there)
_SHOP_LAST = frozenset(["bakery", "bakehouse", "brewery", "butchers", "florist", "florists", "garage", "salon",
                        "pharmacy", "dental", "dentistry", "tavern", "deli", "shop", "store", "stores", "farm",
                        "nursery", "surgery", "vets", "dairy", "distillery", "winery", "vineyard", "vineyards",
                        "hospice", "gallery", "theatre", "cinema", "gym", "fitness", "laundry", "catering", "coffee",
                        "roasters", "roastery", "builders", "joinery", "roofing", "plumbing", "opticians", "bookshop",
                        "carpentry", "pub", "kitchens", "cafe", "café", "bistro", "diner"])


_CONNECT = frozenset(("&", "de", "du", "des", "van", "von", "da", "do", "del", "e", "y", "et", "and", "und", "het"))
_LINK_WORDS = _Lower(r"privacy|unsubscribe|abmelden|datenschutz|d[ée]sabonner|confidentialit|privacidad|baja|"
                         r"afmelden|privacyverklaring|cancelar|privacidade|vacatures|empleo|vagas|offres|browser|navigateur")


# (compiled once: _clean_company reads every display name and footer candidate)
# (not after a title's abbreviation inside a name: "Clínica Dental Dra. Calvo", "Hausarztpraxis Dr. Lenz")
_FIRST_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bDra)(?<!\bSr)(?<!\bSra)(?<!\bSt)[.!?] ")
_RECRUITING_NOTE = re.compile(r"\s+\((?:recruiting|on behalf).*$")


def _clean_company(text: str) -> str | None:
    if ". " in text or "! " in text or "? " in text:  # (most names hold no sentence end: not split)
        text = _FIRST_SENTENCE_END.split(text, 1)[0]
    text = text.strip(" .,;:!?-–—|·\"'()")
    if "(" in text:  # the note needs its bracket: most names have none
        text = _RECRUITING_NOTE.sub("", text)
    words = text.split()
    while words and (words[-1].lower() in ("and", "for", "the", "und", "et", "y", "e", "en", "de", "da", "do", "van", "von",
                                           "der", "du", "des", "la", "le", "het") or words[-1].lower().strip(".") in ORG_WORDS):
        words.pop()
    while words and words[0].lower() in ("the", "der", "die", "das", "la", "le", "el", "het", "de", "a", "o", "l'"):
        words.pop(0)
    text = " ".join(words).rstrip(".").strip()
    if not text or len(text) < 2 or len(text) > 60 or text.lower() in _STOP_COMPANY or _is_vendor(text):
        return None
    if text.split()[0].lower() in _STOP_COMPANY:
        return None
    return text


_DISPLAY_SUFFIX = re.compile(
    r"\s+(?:careers?|carri[èe]res|karriere|recruiting|recruitment|recrutement|recrutamento|jobs?|talent(?: team| acquisition)?|"
    r"hr|people(?: team)?|hiring(?: team)?|team|empleo|vagas|vacatures|werken bij|notifications?|rh|rrhh|personal|"
    r"bewerbermanagement|talent-team|selecci[óo]n)$", re.I)


# "X via Greenhouse", "X (Greenhouse)": the company, then the software that relays it (compiled once, not per name)
_DISPLAY_VIA = re.compile(r"^(.+?)\s+(?:via|through|über|par|por|via:)\s+(.+)$", re.I)
_DISPLAY_BRACKETED = re.compile(r"^(.+?)\s*[(\[](.+)[)\]]$")


@lru_cache(maxsize=1024)  # pure in the display name; read for every rejection's contact
def _display_company(display: str) -> tuple[str | None, bool]:
    """The company in a sender display name, and whether the name said so explicitly ("X via Greenhouse")."""
    if not display:
        return None, False
    m = _DISPLAY_VIA.match(display)
    if m and _is_vendor(m.group(2)):
        return _clean_company(m.group(1)), True
    m = _DISPLAY_BRACKETED.match(display)
    if m and _is_vendor(m.group(2)):
        return _clean_company(m.group(1)), True
    name = display
    while True:
        stripped = _DISPLAY_SUFFIX.sub("", name)
        if stripped == name:
            break
        name = stripped
    return _clean_company(name), name != display


@lru_cache(maxsize=32)  # company, contact and e-mail extraction all read the same message's signature
def _signature_block(own: str) -> tuple[tuple[str, ...], int]:
    lines = [ln.strip() for ln in own.strip().split("\n")]
    start = -1
    for i in range(len(lines) - 1, max(-1, len(lines) - 16), -1):
        ln = lines[i]
        if ln and len(ln) < 70 and _signoff(ln):  # (a blank line is no sign-off: not asked)
            start = i
            break
    return tuple(lines), start


@lru_cache(maxsize=32)
def _signature_name(own: str, orgs: frozenset[str] = frozenset(), strict: bool = False) -> str | None:
    """The signer's name; ``strict`` (the contact's reading) also rules out the words of _not_person_words."""
    person = _person if strict else looks_like_person
    if orgs:
        # the organisation's words only ever rule a name out: the name signed without them stands if they leave it
        plain = _signature_name(own, strict=strict)
        if plain is None or person(plain, orgs):
            return plain
    elif strict and _signature_name(own) is None:
        return None  # (no part reads as a person: none passes the contact's stricter test either; read once)
    parts = _signature_parts(own)
    lines, start = _signature_block(own)
    first = parts[0] if parts and start >= 0 and _signoff_rest(lines[start]).strip(" ,.-–") != "" else ""
    # "Bien à vous, Jean-Baptiste" then "Pont-Neuf Assurances": the first name signed; what follows is not a second signer
    only = first if first and " " not in first and first[0].isupper() and not _is_dept(first) else ""
    for i, part in enumerate(parts):
        if person(part, orgs) and (not only or part.startswith(only + " ")) and not (strict and _letters(part) in orgs):
            # (strict: not "Tin Whistle" under a mail from tinwhistle.example, the cafe its domain spells)
            prev = parts[i - 1] if i else ""
            if prev and prev[0].isupper() and _team_only(prev):
                continue  # "Dein People-Team" then "Talbrück Medizintechnik": the organisation, not a signer
            return part
    return None


_NAME_THEN_ORG = re.compile(rf"^[{_UP}][^\W\d_]+ \(([{_UP}][^()]+)\)$")
# a greeting from the employer's team on one line: "Beste Grüße vom Team der Bäckerei Korn", "Un saludo del equipo de
# Frutas Ana", "Abraço da equipa da Padaria Central", "Cheers from the team at Kiln", "from all of us at Bloom"
_TEAM_GREETING = re.compile(rf"^[{_UP}][^.!?]{{0,40}}?\b(?:vom [Tt]eam (?:der|des|von)|von (?:der|dem|deinem|Ihrem|"
                            rf"eurem|unserem) [Tt]eam (?:der|des|von)|from (?:the|all the) team (?:at|of)|"
                            rf"from all of us at|(?:van|namens) het team van|del equipo de|de parte del equipo de|"
                            rf"da equipa d[ao]s?|de l'[ée]quipe d(?:e|u|es)) (?:the |la |el |le |les )?"
                            rf"([{_UP}][^,!?]{{1,50}})$").match
_CAP_ARTICLE_WORDS = frozenset(["De", "Het", "'t", "La", "El", "Le", "Les", "O", "A", "The", "Die", "Der", "Das"])
# "Sanne van De Fietsfabriek", "Olaf vom Hofladen Sonnenwiese", "Tom from Harbour Café": a first name, "of" or
# "from", and the business. After "vom", "from", "de la", "du", "del" the words are the business's; after "van",
# "von", "de", "da", "do" (a surname's particles too: "Sanne van Dijk", "Jan de Boer Transport") only when the
# business's own word heads it ("De Fietsfabriek", "Panadería Sol")
_FIRST_OF_ORG = re.compile(rf"^[{_UP}][a-zà-ÿ]+ (?:(vom|from(?: the)?|de la|de l'|del|du)|van|von|de|da|do) ?"
                           rf"([{_UP}].+)$")
# ... and after the first name's comma, where the preposition can only be "from": "Nadia, de la Crêperie du Port",
# "Bia, da Geladaria Ártico"
_OF_ORG_REST = re.compile(rf"^(?:de la|de l'|del|de|da|do|du|des|van|vom|von|from(?: the)?) ?([{_UP}].+)$")


def _first_then_business(part: str, people: set[str], display: str) -> str | None:
    """The business after a first name and "of" / "from" on a signature line ("Sanne van De Fietsfabriek", "Olaf vom
    Hofladen Sonnenwiese"), or None: not a surname's particle ("Jan de Boer Transport", "Sanne van Dijk") nor a
    business's own "du" ("Garage du Centre", "Horlogerie du Vallon")."""
    m = _FIRST_OF_ORG.match(part)
    first = part.split(" ", 1)[0]
    if m is None or not _given_name(first) or _sector_noun(first) or fold(first) in _SHOP_FIRST:
        return None
    rest = m.group(2)
    if m.group(1):  # "vom", "from", "de la": the business's, after a name the letter knows as its writer's
        return rest if (" " in rest or _sector_noun(rest)) and _signer_word(first, people, display) else None
    # "van", "de", "da": a surname's too, unless the business's own word or a capitalised article heads what follows
    lead = rest.split()[0]
    return rest if any(map(_sector_noun, rest.split())) and (_sector_noun(lead) or lead in _CAP_ARTICLE_WORDS) else None


def _signer_word(word: str, people: set[str], display: str) -> bool:
    """A first name the letter knows as its writer's: signed, or the display name's first word ("Olaf vom Hofladen
    Sonnenwiese" from "Olaf"; not "Horlogerie du Vallon", a trade's word)."""
    low = fold(word)
    return word[:1].isupper() and (low in people or low == fold(display.split(" ", 1)[0]))


def _first_signed(own: str, addr: str) -> str | None:
    """The one word signed on the line under the sign-off ("Un saludo," then "Marta"), when it is not the sender's
    domain ("Regards," then "Quill" from quill.example signs as the company)."""
    lines, start = _signature_block(own)
    if start < 0 or _signoff_rest(lines[start]).strip(" ,.!-–"):
        return None  # no sign-off, or a name on the sign-off's own line
    nxt = next((ln for ln in lines[start + 1:start + 3] if ln), "")
    if " " in nxt or not nxt[:1].isupper() or not nxt.isalpha() or _letters(nxt) in _letters(_domain(addr)):
        return None
    return nxt


def _team_only(line: str) -> bool:
    """A line made of team words only: "The Recruiting Team", "Dein People-Team", "Equipa de Recrutamento"."""
    if not any(c.isalpha() for c in line) or _DIGIT.search(line) or line.endswith(",") or _ON_BEHALF.match(line):
        return False  # "namens de selectiecommissie," introduces the signer
    rest, dept = strip_dept(line)
    return dept and not rest


def _own_mailbox(name: str, addr: str) -> bool:
    """"Gerda Kamphuis" and g.kamphuis@...: the person whose own mailbox sent the mail (her surname in it)."""
    words = fold(name).split()
    last = _letters(words[-1]) if len(words) >= 2 else ""
    return len(last) >= 3 and last in _letters(addr.split("@", 1)[0])


def _short_form(part: str, people: set[str]) -> bool:
    """"Flor" under a letter from Florencia Paz: the short form of a known person's first name, not a company."""
    low = fold(part)
    return " " not in low and len(low) >= 3 and any(
        len(w) > len(low) and w.startswith(low) for w in people if " " not in w)


# an official's title before the comma and the name ("Le Président, Jean-Marc Buisson", "De algemeen directeur,
# E. Van Damme", "El Secretario General, Ana Ruiz"): an article (a word of its own: not "Adam Head, Head of People",
# "Lea Hoofd, HR-adviseur", whose surname is a title word), then a title word
_TITLE_FIRST_LINE = re.compile(
    r"(?i)^(?:(?:le|la|de|het|el|der|die|the|o|a)\s+|l')(?:\w+ )?(?:pr[ée]sident\w*|directeur|directrice|directeu\w*|"
    r"directora?|diretora?|direktor\w*|secr[ée]taire|secretari[oa]|secret[áa]ri[oa]|secretaris|burgemeester|"
    r"bourgmestre|alcalde(?:sa)?|maire|presidente|voorzitter|vorsitzende\w*|leiter\w*|head|chair\w*|"
    r"gerente|g[ée]rante?|responsable|hoofd|manager)\b").match
_SIGNED_MARK = re.compile(r"(?i)^(?:fdo|firmado|gez|w\.g)\.?:?\s+").sub
_SIGNED_MARK_FIRST = "fFgGwW"
_INITIALS_THEN_GIVEN = re.compile(rf"^(?:[{_UP}]\.)+\s*\(([{_UP}][a-zà-ÿ]+)\)\s+").sub


@lru_cache(maxsize=32)  # read twice per message: for the company (no organisation words yet) and for the contact
def _signature_parts(own: str) -> tuple[str, ...]:
    """The first part of each line where a signer's name can stand, in order."""
    lines, start = _signature_block(own)
    if start >= 0:
        inline = _signoff_rest(lines[start]).strip(" ,.-–")
        candidates = [inline] + [ln for ln in lines[start + 1: start + 5] if ln]
    else:  # no sign-off: the last lines, but never the mail's first, its salutation ("Dag Lien," greets the reader)
        first = next((i for i, ln in enumerate(lines) if ln), -1)
        candidates = [ln for i, ln in enumerate(lines[-6:], max(0, len(lines) - 6)) if ln and i != first]
    parts = []
    gate, splitter, honorific, proxy = _NAME_SPLIT.gate.search, _NAME_SPLIT.rx.search, _HONORIFIC.rx.sub, _PROXY.rx.sub
    for cand in candidates:
        cut = splitter(cand) if gate(cand) else None  # _NAME_SPLIT.split(cand, 1)[0], without the list
        part = (cand[:cut.start()] if cut else cand).strip()
        if cut and cut.group().strip() == "," and _TITLE_FIRST_LINE(part):
            part = cand[cut.end():].strip()  # "La Directrice générale, F. Vanderlinden": the name after the title
        if part[:1] in _PROXY.first:  # (the patterns' own first-letter tests, before calling them)
            part = proxy("", part)
        if part[:1] in _SIGNED_MARK_FIRST:
            part = _SIGNED_MARK("", part)  # "Fdo.: Ramiro Cuesta", "gez. Kaiser"
        if part[:1] in _HONORIFIC.first:
            part = honorific("", part)
        if "(" in part:
            part = _INITIALS_THEN_GIVEN(r"\1 ", part)  # "drs. H.J. (Henk) Roelofsen" signs Henk Roelofsen
        # (folded only when it can fold to one of them: an ASCII part keeps its first letter)
        if part and not ((part.lstrip()[:1] in "iInN" or not part.isascii())
                         and fold(part) in ("im auftrag", "in vertretung", "i.a.", "namens")):
            parts.append(part)
    return tuple(parts)


# --- company ------------------------------------------------------------------------------------------------

# Department and team words: "Jobs at X", "X Talent Team", "Recrutamento X", "Direction des Ressources Humaines -
# X" name the employer once these are taken off either end.
_DEPT_TEXT = """
recruiting recruitment talent talents team teams careers career jobs job hr people ops operations
acquisition human resources hiring notifications no-reply noreply young early graduates campus sourcing staffing
personal personalabteilung personalwesen personalgewinnung personalmanagement bewerbermanagement karriere referat
abteilung bewerberportal karriereportal recruitingteam talentteam personalteam
recrutement rh ressources humaines equipe service direction personnel carrieres drh talent-acquisition
seleccion reclutamiento rrhh recursos humanos equipo personas atraccion talento empleo departamento
werving selectie selection p&o recruitmentteam hr-team vacatures sollicitatieportaal afdeling personeelszaken personeelsdienst
recrutamento selecao gente cultura time pessoas talentos gabinete servicos servico atracao vagas equipa departamento
aquisicao adquisicion carreiras carreras personalamt personalstelle personaldienst personalservice
portal sachgebiet servicecentrum gestion humana coordenacao coordinacion pedagogica selectieteam selectiecommissie sollicitatiecommissie direcao direccion leitung geschaftsfuhrung geschaeftsfuehrung services
administration administracion administracao secretariat secretaria sekretariat secretariaat secretariado fachbereich gestao gerencia oficina area humano
rr hh rr.hh culture unidad unidade hrm
candidaturas candidatures sollicitaties bewerbungen
personalmarketing werken humana resourcing geschaftsbereich geschaeftsbereich mensen cultuur kultur
dpto depto
"""
DEPT_WORDS = frozenset(fold(w) for w in _DEPT_TEXT.split())
_JOINERS = frozenset(["&", "and", "und", "et", "y", "e", "en", "de", "du", "des", "der", "die", "das", "den", "dem",
                      "van", "von", "da", "do", "dos", "del", "la", "le", "les", "el", "het", "of", "the", "at", "@",
                      "bei", "chez", "from", "for", "ihr", "ihre", "dein", "your", "our", "votre", "notre", "tu", "su",
                      "je", "uw", "a", "o", "os", "as", "al", "au", "aux", "para", "pour", "voor", "fur", "bij", "na",
                      "no", "-", "|", "@", "via", "d", "l", "los", "las", "am", "im", "an", "auf", "zu", "zum", "zur",
                      "sur",
                      "in", "on", "upon", "sobre", "em", "ter", "ten", "for", "del", "della", "di"])
_ARTICLES = frozenset(["the", "ihr", "ihre", "das", "die", "der", "dein", "l", "le", "la", "el", "het", "de", "o", "a",
                       "your", "our", "votre", "notre", "uw", "je", "tu", "su"])
_LEGAL_END = re.compile(
    r"(?:,?\s+(?:gmbh(?:\s*&\s*co\.?(?:\s*kg)?)?|ag|kg|kgaa|se|e\.\s?v\.?|inc\.?|incorporated|llc|llp|ltd\.?|limited|plc|"
    r"corp\.?|corporation|co\.|pty\.? ltd\.?|pvt\.? ltd\.?|pvt\.?|s\.\s?a\.?\s?s?\.?|sa|sas|sasu|sarl|s\.?\s?l\.?u?|"
    r"s\.\s?r\.\s?l\.?|srl|s\.\s?a\.\s?u\.?|(?<!&\s)(?<!and\s)s\.?p\.?a\.?|b\.\s?v\.?|bv|n\.\s?v\.?|nv|lda\.?|ltda\.?|s/a|oy|ab|as|aps|"
    # a sole trader's and a partnership's forms: "Raumausstattung Lenz e.K.", "Huber OHG", "Unipessoal, Lda."
    r"e\.\s?k\.?|ohg|gbr|ug|unipessoal|eireli|e\.\s?p\.\s?e\.?|s\.\s?l\.\s?p\.?|slp|"
    r"partg(?:\s?mbb)?|mbb|"
    # a non-profit's and a cooperative's forms: "Klinikum Rheinhöhe gGmbH", "Wohnungsbau mbH", "Volksbank Ried eG",
    # "Bakker & Zn V.O.F.", "Verhuizingen Peeters BVBA"
    r"g?gmbh|mbh|gug|e\.?g|v\.\s?o\.\s?f\.?|vof|bvba|"
    # France's one-owner and partnership forms ("Menuiserie Arvel EURL", "Cabinet X SELARL"), a public-law company
    # ("Kommunalunternehmen Erlenau AöR"), a community interest company, a US firm's ("Baker White PLLC", "X, L.P."),
    # cooperatives ("Adega Cooperativa do Vale, CRL", "X, S.Coop.And.", "Zuivelcoöperatie Noord U.A.") and a Spanish
    # partnership of owners ("Talleres Hermanos Gil, C.B.")
    r"eurl|selarl|selas|snc|sci|scp|a[öo]r|kd[öo]r|cic|pllc|p\.c|l\.p|lp|crl|c\.r\.l|"
    r"s\.\s?coop(?:\.\s?and)?|c\.b|u\.a)\.?)+$", re.I)  # ("Berger & Partner mbB": a partnership)
_LEGAL_END_BLIND = _Blind(_LEGAL_END)
# a name's or a subject's separators, r"\s+[-–—|·]\s+|\s*\|\s*|:\s+|\s*/\s+", written led by the set of characters a
# separator begins with (which the engine skips to, rather than trying every alternative at every character): each
# alternative, in the same order, then asks which character it began with. The same splits.
_SEGMENTS = _Gated(re.compile(r"[\s|:/](?:(?<=\s)\s*[-–—|·]\s+|(?<=\s)\s*\|\s*|(?<=\|)\s*|(?<=:)\s+|"
                              r"(?<=\s)\s*/\s+|(?<=/)\s+)"), "-–—|·:/")
_BAD_COMPANY = re.compile(r"https?:|www\.|@\w|\d{3,}|[?!;\"“”«»]|^\W|\b(?:your|you|we|our|unsubscribe|privacy)\b", re.I)
_SENTENCE_START = frozenset(fold(w) for w in ["ihre", "ihr", "ihrer", "ihren", "sie", "wir", "unser", "unsere", "votre", "vos", "nous", "vous", "tu", "su", "sus", "tus", "nuestro", "nuestra", "je", "jouw", "uw", "wij", "we", "a", "o", "os", "as", "sua", "seu", "nossa", "nosso", "this", "that", "these", "it", "its", "thank", "thanks", "dear", "hi", "hello", "unfortunately", "please", "bewerbung", "candidature", "candidatura", "sollicitatie", "application", "interesse", "interest"])


_TRAILING_JOINERS = frozenset(["and", "und", "et", "y", "e", "en", "&", "of", "-", "|"])
_NOT_A_NAME = frozenset(["department", "departement", "departamento", "abteilung", "afdeling", "candidate", "candidates", "graduate", "civil", "applicant", "kandidat", "candidat", "candidato",
                         "kandidaat", "unternehmen", "company", "empresa", "entreprise", "bedrijf", "firma",
                         "bureau",  # (a place word left alone once "du recrutement" is taken off "Bureau du ...")
                         # a panel, a profession or a degree signed alone ("A Secretária do Júri", "notaris")
                         "jury", "juri", "jurado", "notaris", "notaire", "sindico", "sindica", "caviste", "teamlead",
                         "dipl.-ing", "dipl-ing"])
# the endings of one-word titles a signature writes ("Stagecoördinator", "Expert-comptable")
_TITLE_ENDS = ("coordinator", "coordinatrice", "coordinador", "coordinadora", "coordenador", "coordenadora",
               "comptable")
_LOWER_STOP = frozenset(["us", "them", "this", "a", "an", "my", "their", "his", "her", "team", "role", "position", "job",
                         "company", "opportunity", "application", "process", "interest", "time", "uns", "nous", "nos",
                         "nosotros", "ons", "nos", "onze", "ons", "unserem", "unser", "notre", "nuestra", "nossa", "equipe",
                         "team", "equipo", "equipa", "empresa", "entreprise", "bedrijf", "unternehmen", "vaga", "puesto",
                         "poste", "stelle", "functie"])


_GREETING_START = re.compile(r"(?:madame|monsieur|prezad[oa]|estimad[oa]|geachte|sehr geehrte|dear|yours|regards|"
                             r"respectfully|sincerely|cordially|warmly|"
                             r"empresa|company|unternehmen|entreprise|bedrijf|firma)\b")


_ABBREVIATIONS = frozenset(["Zn", "Co", "Cie", "Cia", "Hnos", "Bros", "Jr", "Sr", "Ste", "Gebr", "Gebrs", "Fa"])
_COMMA_SPLIT = re.compile(r", (?!(?:gmbh|ag|inc|llc|ltd|lda|ltda|s\.?a|s\.?l|b\.?v|n\.?v|sas|sarl|plc|pvt|e\.v)\b)", re.I)
# the rest of a partnership's list of names after its first name and comma: "Castro & Associados", "Moura & Reis",
# "Lowe and Partners"
_PARTNERS_REST = re.compile(rf"[{_UP}][\w'-]+ (?:& [{_UP}]|(?:and|e|y|et|und|en) (?:Associados|Associates|Associ[ée]s|"
                            rf"Asociados|Associats|Partners?|Filhos|Fils|Hijos|S[öo]hne|Sons|Zonen|Kollegen|Co)\b)")


def _comma_parts(text: str) -> list[str]:
    """A signature segment split at its commas, but a partnership's list of surnames kept whole: "Mendes, Castro &
    Associados", "Pinto, Moura & Reis" (one capitalised word, its comma, then two names joined by "&")."""
    parts = _COMMA_SPLIT.split(text)
    out: list[str] = []
    for q in parts:
        prev = out[-1].strip() if out else ""
        if prev and " " not in prev and prev[:1].isupper() and not _is_head(prev) and _PARTNERS_REST.match(q):
            out[-1] = out[-1] + ", " + q
        elif prev and len(q) <= 16 and _LEGAL_END.fullmatch(" " + q.strip()):
            out[-1] = out[-1] + ", " + q  # "Talleres Hermanos Gil, C.B.", "Adega do Vale, CRL": the name's legal form
        else:
            out.append(q)
    return out


_NAME_SPLIT = _Gated(re.compile(r"\s*[,|·–—]\s*|\s+-\s+"), ",|·–—-")
# "Rosa", "Diego (Fondita)", "Daan | Fietsflits", "Hugo de chez Pastèque"
_FIRST_NAME_ONLY = re.compile(rf"^([{_UP}][a-zà-ÿ]{{2,}})(?:\s*[(,|–-].*| (?:de chez|chez|from|at|von|bei|de|da) .*)?$")
_FIRST_NAME_AT = re.compile(rf"^([{_UP}][a-zà-ÿ]{{1,}})(?:,| at | from | von | bei | chez | de | da | - )\s*[{_UP}]")
# "Dr. Meier", "Mme. Roux", and without the stop: "Dr Fiona McLeish", "Mrs Aileen McBride", "Maître Hélène Carbonnel"
_HONORIFIC = re.compile(r"^(?:(?:prof|dr|dra|drs|ir|mr|mrs|ms|mme|sr|sra|ing|mag|dipl\.-\w+)\.\s*|"
                        r"(?:dr|mr|mrs|ms|miss|mx|prof|ma[iî]tre|fr[eè]re|s[oœ]eur|doutora?)\s+(?=(?-i:[A-ZÀ-Þ])[^\W\d_]+ ))+", re.I)
_HONORIFIC = _Led(_HONORIFIC, "pPdDiIİımMsSſfF")
_CAPS = re.compile(CAPSEQ)
_CAPS_NUM = re.compile(rf"(?:\d+ )?{CAPSEQ}(?: \d+\b)?")
# tested only: found where the engine can skip to a first character ("+1 555..." holds "1 555...")
# (an "@" between spaces is no address: "Recruiter @ Cook.io", a title and the employer)
_CONTACT_LINE = re.compile(r"[hw@\d](?:(?<=h)ttps?:|(?<=w)ww\.|(?<=@)(?! )|(?<=\d)[\d ()/.-]{6,})")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?]\s+")


# the last sentence end: the greedy run backs off from the text's end to it, one step a character (no match object
# made for every sentence end before it); a sentence end's spaces never hold a [.!?], so it is the one a left-to-right
# scan would find last, with the same spaces
_LAST_SENTENCE_END = re.compile(r"(?s).*[.!?]\s+")


def _last_sentence(text: str) -> str:
    """_SENTENCE_END.split(text)[-1], read from the text's end: a match found in the last 300 characters is the last
    one (none that starts earlier can end after it)."""
    k = max(0, len(text) - 300)
    last = _LAST_SENTENCE_END.match(text, k)
    if last is None:
        return _SENTENCE_END.split(text)[-1] if k else text
    return text[last.end():]


# a sentence ends at a full stop before a capital, not at a title's abbreviation: "Zahnarztpraxis Dr. Franz",
# "Klinikum St. Ansgar", "Kanzlei Prof. Lang"
_SENTENCE_SPLIT = re.compile(  # (and not "Transportbedrijf Gebr. Visser")
    r"(?<!\bGebr)(?<!\bDr)(?<!\bDra)(?<!\bSt)(?<!\bProf)(?<!^Inh)(?<![\s.][A-Z])(?<!^[A-Z])[.!?]\s+(?=[A-ZÀ-Þ])")  # not "A.B. X"
_REPLY_PREFIX = _Led(re.compile(r"^(?:(?:re|res|aw|antw|sv|fwd?|wg|tr|rv|fw|enc|doorst)\s*:\s*)+", re.I), "rRaAfFwWtTeEsSſdD")
# a name in brackets heading a subject ("[Fernbrook] Your application"; no reference number: "[Ref 2291]")
_SUBJECT_TAG = re.compile(rf"^\[([{_UP}][^\]\d]{{1,40}})\]\s").match
# the tags a mail server or a client puts before a subject: no name
_MAIL_TAGS = frozenset(["external", "extern", "externe", "externo", "ext", "spam", "suspected spam", "urgent",
                        "important", "caution", "warning", "notice", "reminder", "auto-reply", "automatic reply",
                        "secure", "encrypted", "confidential", "fyi", "info", "update", "action required"])
# the words an application is called by that are no employer: "Your Recent application", "Your Online application"
_APPLICATION_KINDS = frozenset(["recent", "online", "job", "latest", "previous", "new", "earlier", "spontaneous",
                                "open", "unsolicited", "speculative", "first", "second", "initial", "submitted",
                                "pending", "current", "last", "internship", "graduate", "summer", "student"])
# the employer as the application's adjective: "Your Saltmarsh application", "Your Cobalt Works application"
_YOUR_NAME_APPLICATION = re.compile(rf"^Your ({CAPSEQ}) (?:application|candidacy|job application)\b").match
_BRACKET_REF = _Led(re.compile(r"^\[[^\]]{1,20}\]\s*"), "[")
_ROLE_NOUN_END = re.compile(r"\s+(?:position|role|vacancy|opening|opportunity|job)$")
_R_NUMBER = re.compile(r"\s*\(R-?\d+\)$")
_READ = 4000  # phrases are read in the first 4,000 characters: a letter's substance, not a long HTML footer


def _field_lines(own: str) -> list[str]:
    """The lines of own[:_READ] with a colon in their first 24 characters (where a status block's field names its
    value: "Werkgever: X", "Vacature: Y"), found from the colons rather than by splitting every line."""
    block = own[:_READ]
    out = []
    i = block.find(":")
    while i >= 0:
        start = block.rfind("\n", 0, i) + 1
        end = block.find("\n", i)
        if end < 0:
            end = len(block)
        if i - start < 24:
            out.append(block[start:end])
        i = block.find(":", end)
    return out


@lru_cache(maxsize=4)  # company and role extraction read the same text
def _flat(own: str) -> str:
    """The new text on one line, typography folded, case and accents kept (what tidy() gives, without its lines)."""
    text = _typography(own[:_READ])
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


@lru_cache(maxsize=4)  # company and role extraction both scan it for their gates: lower-cased once per message
def _flat_low(own: str) -> str:
    return _flat(own).lower()


def _key(name: str) -> str:
    key = _letters(name)
    # "3M", "A1": a one-word name of digits and a letter keeps its digits, or it is no key at all (not "Referat Z 1",
    # a unit's number)
    return key if len(key) >= 2 or " " in name else _NOT_ASCII_ALNUM("", fold(name))


_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+").sub


@lru_cache(maxsize=4096)  # pure in the name; asked of every signature part and candidate
def _has_legal(name: str) -> bool:
    if " " not in name and _SPACE(name) is None:
        return False  # a legal form follows the name after a space: one word has none
    if name.rsplit(None, 1)[-1].lower().replace(".", "") not in _LEGAL_LAST:
        return False  # (most lines end in a word no legal form ends with: not asked of the long pattern)
    return _LEGAL_END_BLIND.search(name, max(0, len(name) - 32)) is not None


# the last word of every form _LEGAL_END reads, lower-cased without its full stops (a spaced "S. A." ends in "a", "GmbH
# & Co. KG" in "kg", "S.Coop.And." in "scoopand"): a cheap gate before the long pattern
_LEGAL_LAST_TEXT = """
gmbh kg co ag kgaa se ev v inc incorporated llc llp ltd limited plc corp corporation pvt sa a sas s sasu sarl sl slu l
u srl sau spa bv nv lda ltda s/a oy ab as aps ek k ohg gbr ug unipessoal eireli epe e slp p partg mbb ggmbh mbh gug eg
g vof f bvba eurl selarl selas snc sci scp aör aor kdör kdor cic pllc pc c lp crl scoop coop scoopand coopand and cb b
partgmbb
ua"""
_LEGAL_LAST = frozenset(_LEGAL_LAST_TEXT.split())


_SPACE = re.compile(r"\s").search


@lru_cache(maxsize=4096)
def strip_legal(name: str) -> str:
    """The company without its legal form ("Groupe Atlantis Énergie S.A." -> "Groupe Atlantis Énergie")."""
    m = (_LEGAL_END.search(name, max(0, len(name) - 32))  # the legal form is at the end: read only the tail
         if name.rsplit(None, 1)[-1:] and name.rsplit(None, 1)[-1].lower().replace(".", "") in _LEGAL_LAST else None)
    if not m:
        if name.endswith(_SMALL_FIRM_FORMS) and len(name) > 6:
            # Brazil's micro and small firms, "Padaria Trigo Dourado ME", written in capitals (unlike "me")
            return name.rsplit(" ", 1)[0].rstrip(" ,-")
        return name
    stripped = name[:m.start()].strip(" ,")
    if " " in stripped and stripped.rsplit(" ", 1)[1].lower().endswith(_FIRM_KINDS):
        # "Hanse Treuhand Steuerberatungsgesellschaft mbH": the firm's kind goes with its legal form
        stripped = stripped.rsplit(" ", 1)[0].rstrip(" ,")
    return stripped if len(stripped) >= 2 else name


_SMALL_FIRM_FORMS = (" ME", " EPP", " MEI")


# a German professional firm's kind, written between its name and its legal form (not "Wohnungsbaugesellschaft": a
# housing company's name is its kind)
_FIRM_KINDS = ("steuerberatungsgesellschaft", "wirtschaftsprüfungsgesellschaft", "rechtsanwaltsgesellschaft",
               "patentanwaltsgesellschaft", "wirtschaftsprufungsgesellschaft")


@lru_cache(maxsize=8192)
def _tok(word: str) -> str:
    low = fold(word).strip(",.;:()[]\"'")
    return low[2:] if low[:2] in ("l'", "d'") else low


@lru_cache(maxsize=8192)
def _is_dept(word: str) -> bool:
    low = _tok(word)
    return low in DEPT_WORDS or (("-" in low) and all(p in DEPT_WORDS for p in low.split("-") if p)) or (
        len(low) >= 9 and low.endswith(_DEPT_ENDS)) or (
        len(low) >= 9 and low.endswith(_OFFICE_ENDS) and _unit_office(low))


# an office or centre named after the interns or staff it handles ("Praktikumsbüro", "Stagebureau", "Personalbüro",
# "Selectiecentrum") is a unit, while an office named after its trade is the business itself ("Ingenieurbüro",
# "Reclamebureau", and the agencies "Talentbureau", "Uitzendbureau")
_OFFICE_ENDS = ("buro", "bureau", "centrum", "zentrum")
_OFFICE_UNITS = frozenset(["personal", "bewerber", "bewerbungs"])


def _unit_office(low: str) -> bool:
    centre = low.endswith(("centrum", "zentrum"))  # "Selectiecentrum", "Bewerberzentrum": any unit's centre
    stem = low[:-7] if centre else low[:-6] if low.endswith("bureau") else low[:-4]
    stem = stem[:-1] if stem.endswith("s") and stem[:-1] in _PROGRAMME else stem  # "Praktikums-": the linking s
    if centre:  # (not a training centre, "Ausbildungszentrum": a place of its own)
        return stem in DEPT_WORDS
    return stem in _OFFICE_UNITS or stem in _PROGRAMME


# German compounds that name a unit or its head, not the organisation: "Pflegedienstleitung", "Chefredaktion",
# "Personalabteilung"
_DEPT_ENDS = ("leitung", "abteilung", "redaktion")


# a recruitment firm's trade written with a title's words: "Vermaat Executive Search", "Kessel Interim Management"
_SEARCH_FIRM_ENDS = ("executive search", "executive recruitment", "executive recruiting", "interim management",
                     "search partners")


def _search_firm(name: str) -> bool:
    """"Vermaat Executive Search": a firm (a name before the trade), not a title."""
    return " " in name.strip() and name.lower().endswith(_SEARCH_FIRM_ENDS) and not name.lower().startswith(
        _SEARCH_FIRM_ENDS)


def _partnership(name: str) -> bool:
    """"Adam & Partner Wirtschaftsprüfer", "Reuter und Partner", "Hanseatische Logistik Partner": a firm of partners,
    not the signer's title ("HR Business Partner", "Managing Partner")."""
    low = name.lower()
    if "& partner" in low or "und partner" in low or "& associates" in low or "+partner" in low or "+ partner" in low:
        return True
    words = name.split()
    return len(words) >= 3 and fold(words[-1]) in ("partner", "partners") and all(w[:1].isupper() for w in words) and (
        not any(_is_dept(w) or fold(w) in _PARTNER_TITLES or _TITLE_NOUNS.search(w) or _is_head(w) for w in words[:-1]))


# the words before "Partner" in a title ("HR Business Partner", "Senior Talent Partner", "Managing Partner")
_PARTNER_TITLES = frozenset(["business", "talent", "people", "recruiting", "recruitment", "hiring", "finance", "learning",
                             "sales", "account", "channel", "client", "strategic", "senior", "junior", "lead",
                             "principal", "managing", "equity", "associate", "general", "salaried", "acquisition",
                             "culture", "development", "technology", "commercial", "payroll", "marketing"])


# a unit named after the organisation, never before it ("Willow Creek Farms HR Department", "Northlight Design Studio
# Hiring Committee"), while "Department for Coastal Affairs" is the organisation itself
_UNIT_ENDS = frozenset(["department", "dept", "committee", "panel"])
# ... and the unit's place, after a department word only ("Recruitment Office", "Careers Hub"; not "HM Revenue Office")
_DEPT_PLACES = frozenset(["office", "hub", "desk"])


_NAME_PARTICLES = frozenset(["Van", "Von", "De", "Het", "Den", "Ten", "Ter"])
_NAME_PARTICLES_LOW = frozenset(["van", "von", "de", "der", "den", "ten", "ter", "du", "da", "di", "del", "della"])
# a brand made of a team word and a trade word ("People Solutions", "Talent Labs"), unlike a team word before a name
# that begins with its own sector word ("Selección Energía del Caribe", "Recrutamento Transportes Jacarandá")
_BRAND_TEAMS = frozenset(["people", "talent", "talents", "careers", "career", "recruiting", "jobs", "hiring", "hr"])
_BRAND_TRADES = frozenset(["solutions", "labs", "lab", "systems", "digital", "technologies", "software", "analytics",
                           "ventures", "partners", "studio", "works", "cloud", "networks", "consulting", "factory"])
# "HR-afdeling Van der Berg Installatietechniek": the capitalised particle, a second one, then the name
_PARTICLE_SECOND = frozenset(["der", "den", "de", "het", "la", "le", "dem"])


# an article written capitalised after a unit's words on a line is the name's own: "Time de Gente O Boticário", "El
# equipo de La Taberna", "HR-Team Die Mobiliar" (a lower-case one, "Equipa de Recrutamento da X", is not)
_LINE_ARTICLES = frozenset(["La", "Le", "Les", "El", "Los", "Las", "O", "Os", "A", "As", "Die"])


# a department named after its discipline: "Departamento de Química", "Abteilung für Chemie" name a unit's subject,
# not the organisation (which the next line or the domain names)
_DISCIPLINE_UNITS = frozenset(["departamento", "department", "departement", "afdeling", "abteilung", "fachbereich"])
_DISCIPLINE_OF = frozenset(["de", "do", "da", "of", "fur", "für", "voor", "van", "d"])


def _discipline_unit(words: list[str], seen: int) -> bool:
    """The department words end with a department noun and "of", and one or two words follow that name no
    organisation ("Secretaria do Departamento de Química", not "Departamento de Personas de Grupo Sol")."""
    rest = words[seen + 2:]
    return (seen >= 0 and 1 <= len(rest) <= 2 and _tok(words[seen]) in _DISCIPLINE_UNITS
            and _tok(words[seen + 1]) in _DISCIPLINE_OF and rest[0][:1].isupper()
            and not any(_tok(w) in ORG_NAME_WORDS or _tok(w) in _JOINERS or _LEGAL_END.fullmatch(" " + w) for w in rest))


# the words a firm's team for hiring students is named with after "University" ("University Recruiting", "University
# Relations"; not "Stanford University Recruitment", a university's own team)
_CAMPUS_TEAMS = frozenset(["recruiting", "relations", "programs", "programmes", "hiring"])


@lru_cache(maxsize=2048)
def strip_dept(segment: str) -> tuple[str, bool]:
    """A name with its department words taken off both ends, and whether there were any."""
    words = segment.split()
    start, seen = 0, -1
    for i, w in enumerate(words):
        t = _tok(w)
        if _is_dept(w) or (t == "capital" and _tok(words[i + 1] if i + 1 < len(words) else "") == "humano"):
            seen = i  # ("Capital Humano", the Spanish for human resources)
        elif t not in _JOINERS and t not in _ARTICLES and not (fold(w)[:2] in ("l'", "d'") and _is_dept(w[2:])):
            break
    if _discipline_unit(words, seen):
        return "", True
    nxt = _tok(words[seen + 1]) if 0 <= seen < len(words) - 2 else ""
    lead = bool(nxt) and words[seen + 1][:1].isupper() and nxt in _BRAND_TRADES and _tok(words[seen]) in _BRAND_TEAMS
    if lead and seen == 0:
        seen = -1  # "People Solutions Ibérica", "Talent Labs Lisboa": a firm named with a team word, then its trade
    if lead and seen > 0:
        start = seen  # "Equipa de Talento People Labs Lisboa": the team's words, then such a firm
    elif seen >= 0:
        start = seen + 1
        while start < len(words) and _tok(words[start]) in _JOINERS and not (
                words[start] in _NAME_PARTICLES and start + 1 < len(words) and (words[start + 1][:1].isupper() or (
                    words[start + 1] in _PARTICLE_SECOND and start + 2 < len(words)
                    and words[start + 2][:1].isupper()))) and not (
                words[start] in _LINE_ARTICLES and start + 1 < len(words) and words[start + 1][:1].isupper()):
            start += 1  # not "Van" of "HR Van Oord Transport": a capitalised particle begins a Dutch or German name
            # (nor "La" of "El equipo de La Taberna del Puerto": an article written capitalised mid-line is the name's)
        if start < len(words) and words[start][:2] in ("d'", "d’") and words[start][2:3].isupper():
            words = words[:start] + [words[start][2:]] + words[start + 1:]  # "L'équipe RH d'Olivéa": of Olivéa
    end, cut = len(words), False
    # "Instituto Municipal de Cultura", "Casa de Cultura": an institution named after its field, kept whole
    of = -3 if len(words) - start >= 4 and words[-2] in ("la", "le", "el") else -2  # "Ministère de la Culture"
    named_field = (len(words) - start >= 3 and _tok(words[of]) in _DISCIPLINE_OF and words[-1][:1].isupper()
                   and (fold(words[start]) in ORG_NAME_WORDS or fold(words[start]) in _PLACE_NOUNS)
                   and not _is_dept(words[start]))
    while not named_field and end > start and (_is_dept(words[end - 1]) or _tok(words[end - 1]) in _JOINERS
                           or (end == len(words) and _tok(words[end - 1]) in _UNIT_ENDS)
                           or (end == len(words) and end - start >= 2 and _tok(words[end - 1]) in _DEPT_PLACES
                               and _is_dept(words[end - 2]))):
        if cut and _tok(words[end - 1]) in _NAME_TAILS:
            break  # "Bluefin Marine Services Talent Acquisition": the name's own last word, before the unit
        if _is_dept(words[end - 1]) or _tok(words[end - 1]) in _UNIT_ENDS or _tok(words[end - 1]) in _DEPT_PLACES:
            cut = True
        end -= 1
    if not cut:
        end = len(words)
        while end > start and _tok(words[end - 1]) in ("&", "-", "|", "@", "via"):
            end -= 1
    if cut and end - start >= 2 and end < len(words) and (
            _tok(words[end - 1]) == "campus" or (_tok(words[end - 1]) == "university"
                                                 and _tok(words[end]) in _CAMPUS_TEAMS)):
        end -= 1  # "Quorum Analytics University Recruiting", "Halden Campus Recruitment": the firm's campus hiring team
    kept = words[start:end]
    if cut and kept and _tok(kept[0]) in _ARTICLES and len(kept) > 1:
        kept = kept[1:]  # "The Kestrel Talent Team": the article went with "Team"
    return " ".join(kept).strip(" ,.-–|·:"), seen >= 0 or cut


# heads that begin a title and never an employer's name ("Consultora Andina" and "Gestora X" are companies)
_TITLE_FIRST = frozenset(["analista", "auxiliar", "stagiaire", "tecnico", "tecnica", "responsable", "charge", "chargee",
                          "assistente", "desarrollador", "desarrolladora", "desenvolvedor", "desenvolvedora", "ingeniero",
                          "ingeniera", "engenheiro", "engenheira", "estagiario", "estagiaria", "becario", "becaria",
                          "medewerker", "technicien", "technicienne", "ingenieur", "developpeur", "developpeuse",
                          "comptable", "juriste", "gerente", "coordenador", "coordenadora", "coordinador",
                          "coordinadora", "jefe", "jefa", "sachbearbeiter", "sachbearbeiterin", "referent", "referentin"])


_DOMAIN_ONLY = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+").fullmatch


def _company_ok(name: str | None, people: set[str], *, lower_ok: bool = False, cut_ok: bool = True) -> str | None:
    """The candidate as a company name, or None; a person's name never is one."""
    if not name:
        return None
    if "." in name and _DOMAIN_ONLY(name):
        return None  # "oakridge-log.example" on a signature line: the web address, which the domain clue reads
    name = _company_shape(name, lower_ok, cut_ok)  # type: ignore[assignment]
    if name is None or _addressed_person(name):
        return None
    low = fold(name)
    return None if low in people else name


# how a letter addresses or names a person ("Servus Frau Streit", "Dr. Monika Hegel"), and the one-word answers a
# short reply begins with ("Nein, leider nicht."): never an employer
_ADDRESS_WORDS = frozenset(["frau", "herr", "herrn", "mr", "mrs", "ms", "miss", "mme", "madame", "monsieur", "mevrouw",
                            "meneer", "dhr", "mevr", "señor", "señora", "senhor", "senhora", "dr", "dra", "prof"])
_TITLED = frozenset(["dr", "dra", "prof"])
_OUR_LADY = frozenset(["nuestra", "nossa", "da"])  # "Colegio Nuestra Señora del Pilar", "Hospital da Senhora da Luz":
# the Virgin, no one addressed
_ANSWERS = frozenset(["nein", "ja", "no", "yes", "non", "oui", "nee", "sim", "não", "si", "sí", "ok", "okay"])


# (tested only: run lower-cased, led by the set of its words' first letters, where that is exact; see _Blind, speed())
_ADDRESS_RX = _Blind(re.compile(r"(?i)" + speed(r"\b(?:" + "|".join(sorted(_ADDRESS_WORDS)) + r")\b")))


@lru_cache(maxsize=4096)  # pure in the name; asked of every candidate
def _addressed_person(name: str) -> bool:
    if " " not in name:
        word = name.lower().strip(".,")
        return word in _ANSWERS or word in _ADDRESS_WORDS
    if not _ADDRESS_RX.search(name):
        return False  # most names: no salutation, no title (one search in C)
    words = name.lower().replace(".", " ").replace(",", " ").split()
    if any(w in _ADDRESS_WORDS and w not in _TITLED and words[i] not in _OUR_LADY for i, w in enumerate(words[1:])):
        return True  # "Servus Frau Streit"; not "Zahnarztpraxis Dr. Franz", a practice named after its doctor
    return words[0] in _ADDRESS_WORDS and len(words) > 2 and looks_like_person(name.split(None, 1)[1])


# a sentence adverb, a status word or a job noun never begins an employer's name: "Regrettably", "Finalmente han
# optado", "Atualização", "Position Data Scientist"
_NEVER_FIRST = frozenset(fold(w) for w in [
    "unfortunately", "sadly", "regrettably", "regretfully", "finally", "however", "malheureusement", "finalement", "helas",
    "cependant", "toutefois", "lamentablemente", "desafortunadamente", "finalmente", "tristemente", "infelizmente",
    "leider", "helaas", "jammer", "atualização", "actualización", "mise", "position", "stelle", "poste", "vacature",
    "vaga", "puesto", "functie", "vacante"])
_PROGRAMME = frozenset(["graduate", "graduates", "apprenticeship", "apprenticeships", "internship", "internships", "trainee",
                        "traineeship", "estagio", "stage", "praktikum", "werkstudent", "programme", "program", "programa",
                        "ausbildung", "stagiaire", "becario", "beca", "trainees", "alternance", "apprentissage",
                        "studentship", "studentships", "fellowship", "fellowships", "scholarship", "phd", "doctorate",
                        "postdoc", "promotionsstelle", "promotie", "doctorat", "doctorado", "doutorado", "doutoramento"])
_FIRM_HEADS = frozenset(["consultora", "consultoria", "consultoria", "partner", "associate", "assistance"])  # firms too
_NAME_JOIN = frozenset(["de", "of", "at", "bei", "chez", "bij", "van", "da", "do", "na", "en", "für", "fur", "pour", "para"])


def _title_then_name(words: list[str]) -> int:
    """Where the employer begins in "<title> <joiner> <Name>": 0 if the words are not written so."""
    found = 0
    for i, w in enumerate(words[1:-1], 1):
        t = _tok(w)
        if t in _NAME_JOIN and words[i + 1][:1].isupper() and (found or (_is_head(words[i - 1]) and all(
                x[:1].isupper() for x in words[:i]))):
            found = i + 1  # "Responsable de Compras de Nube 3": the title runs on to the last joiner
            if t not in ("de", "of", "van", "da", "do", "für", "fur"):
                break  # "at", "bei", "chez": the employer's own preposition
    return found if found and not _is_head(words[-1]) else 0


def _elided_capital(word: str) -> bool:
    """"l'Eau", "d'Union", "d’Ixelles-Bois": an elided article before a capitalised name word."""
    return word[1:2] in ("'", "’") and word[:1] in "lLdD" and word[2:3].isupper()


_TEAM_WORDS = frozenset(["team", "teams", "equipe", "equipo", "equipa", "ressources", "recursos", "personnel",
                         "personal"])
_OF_JOINERS = frozenset(["de", "des", "du", "del", "da", "do", "dos", "das", "della", "di", "van", "von", "der", "of"])


def _long_name(words: list[str]) -> bool:
    """An organisation's long name whose few lower-case words come before "de"/"of" and a capitalised end:
    "Hospice général de Vaulruz", "Centre de services scolaire des Érables", "Société de transport de Lévis-Nord"
    (not a sentence: "Pampa ha cambiado de estado" ends lower-case, "Powered by SmartHire" has no "de" after "by",
    "Cierzo Energía forma parte del Grupo Tramonte" has two capitalised words before its verb)."""
    low = [i for i, w in enumerate(words) if w[0].islower() and _tok(w) not in _JOINERS and not _elided_capital(w)]
    if not low or len(low) > 2 or len(words) > 7 or not words[-1][:1].isupper() or _tok(words[0]) in _ARTICLES:
        return False
    if fold(words[0]) in _SENTENCE_START or _ON_BEHALF.match(words[0] + " ") or any(
            _tok(words[i]) in _TEAM_WORDS for i in low):
        return False  # "Namens het team van De Wielewaal", "Service des ressources humaines de X": no name itself
    if any(not (_tok(w) in _OF_JOINERS or w[0].islower()) for w in words[1:low[0]]):
        return False  # "Cierzo Energía forma parte del Grupo Tramonte": a sentence after a capitalised name
    last = low[-1]
    if (low[0] == 2 and last + 1 < len(words) and low == list(range(2, last + 1)) and _tok(words[1]) in _OF_JOINERS
            and _tok(words[0]) in _PRACTICE_HEADS
            and all(w[:1].isupper() for w in words[last + 1:])):
        return True  # "Cabinet de kinésithérapie Dubois", "Escola de música Allegro": a trade's practice, its owner's
    return last + 2 < len(words) and _tok(words[last + 1]) in _OF_JOINERS and all(
        w[:1].isupper() or _tok(w) in _OF_JOINERS or _elided_capital(w) for w in words[last + 2:])


# an owner's or a head's title written before the business's name on one line
_OWNER_TITLES = frozenset(fold(w) for w in [
    "zaakvoerder", "zaakvoerster", "eigenaar", "eigenaresse", "bedrijfsleider", "inhaber", "inhaberin",
    "geschäftsführer", "geschäftsführerin", "owner", "founder", "co-founder", "cofounder", "proprietor", "gérant",
    "gérante", "fondateur", "fondatrice", "propriétaire", "dueño", "dueña", "propietario", "propietaria", "gerente",
    "proprietário", "proprietária", "sócio", "sócia", "socio", "socia", "fundador", "fundadora", "oprichter",
    "inh"])  # ("Inh. Jutta Lenz": the owner, "Inhaber" shortened)
_ROMANCE_ARTICLES = frozenset(["O", "A", "Os", "As"])  # (which also begin sentences: "A sua candidatura")


def _article_name(words: list[str]) -> bool:
    """"O Cantinho do Avillez", "A Padaria Portuguesa": a capitalised article that begins a title-case name."""
    return words[0] in _ROMANCE_ARTICLES and len(words) > 1 and words[1][:1].isupper() and all(
        (w[:1].isupper() or _tok(w) in _JOINERS) and _tok(w) not in _SENTENCE_START for w in words[1:])


@lru_cache(maxsize=4096)
def _company_shape(name: str, lower_ok: bool, cut_ok: bool) -> str | None:
    if name[:3] in ("'t ", "’t ") and name[3:4].isupper():
        # "'t Pannenkoekenhuis": the Dutch article "het", shortened, before the name (kept: it is written so)
        rest = _name_shape(name[3:], lower_ok, cut_ok)
        return name[:3] + rest if rest and name.startswith(rest, 3) else rest
    return _name_shape(name, lower_ok, cut_ok)


def _name_shape(name: str, lower_ok: bool, cut_ok: bool) -> str | None:
    # (most names hold no sentence end: not split)
    raw = _SENTENCE_SPLIT.split(name, 1)[0] if "." in name or "!" in name or "?" in name else name
    name = raw.strip(" ,;:-–|·()[]\"'“”«»*★")  # (a hotel's stars: "Hotel Mirador ****")
    if name.count("(") > name.count(")") and raw.rstrip(" ,;:").endswith(")"):
        name += ")"  # "Rechtbank Midden (fictief)": a remark the name is written with keeps its closing bracket
    if name.endswith(".") and (len(last := name.split()[-1]) > 4 or (
            len(last) > 3 and last[:-1] not in _ABBREVIATIONS and "." not in last[:-1])):
        name = name[:-1]  # a sentence's full stop ("na Construtora Ipê."), not "Zn." or "Co."
    if _LEGAL_END.fullmatch(" " + name):
        return None  # "Lda." alone, split off "Ferragens Beirão, Lda."
    legal = name != (name := strip_legal(name))
    words = name.split()
    if not 1 <= len(words) <= 7 or not 2 <= len(name) <= 60 or _BAD_COMPANY.search(name):
        return None
    if len(words) > 2 and _tok(words[0]) in _OWNER_TITLES and all(w[:1].isupper() or _tok(w) in _JOINERS
                                                                 for w in words[1:]):
        # "Zaakvoerder Keukens Maes", "Inhaberin Blumenhaus Lind": the owner's title, then the business's name
        words = words[1:]
        name = " ".join(words)
    low = fold(name)
    first = _tok(words[0])
    if words[0][0].islower() and (first in _ARTICLES or first in _LOWER_STOP or any(_tok(w) in _LOWER_STOP for w in words)):
        return None
    if _GREETING_START.match(low):
        return None
    if low in _STOP_COMPANY or (first in _SENTENCE_START and not _article_name(words)) or _is_vendor(name) \
            or first in _GREETINGS \
            or first in _NEVER_FIRST:
        return None
    if len(words) > 1 and (_tok(words[0]) in _PROGRAMME or _tok(words[-1]) in _PROGRAMME):
        # "Estágio Ipê Bank", "Kelton Rail Apprenticeship", "Seguros Alcor Graduate Program": the programme beside
        # the employer's name
        while words and (_tok(words[0]) in _PROGRAMME or _tok(words[0]) in _JOINERS):
            if _tok(words[0]) in ("in", "em"):
                return None  # "PhD Studentship in Marine Ecology", "Estágio em Marketing": the programme's field
            words = words[1:]
        while words and (_tok(words[-1]) in _PROGRAMME or _tok(words[-1]) in _JOINERS):
            words = words[:-1]
        if not words:
            return None
        name = strip_legal(" ".join(words))  # "Riverstone Legal LLP Graduate Recruitment"
        words = name.split()
        low = fold(name)
        first = _tok(words[0])
    # (the title's head asked first: few names hold one, most are capitalised and have no legal form)
    if len(words) <= 4 and any(_is_head(w) and not fold(w).endswith("s") for w in words) and all(
            w[:1].isupper() or _tok(w) in _TITLE_JOIN for w in words) and not _has_legal(name) and not _search_firm(
            name) and not any(_tok(w) in ORG_NAME_WORDS or _tok(w) in _FIRM_HEADS for w in words):
        return None  # "Teamleiter Vertrieb Innendienst", "Service Associate": a job title, not an employer
    if (len(words) > 2 and words[0][:1].isupper() and _is_head(words[0]) and _tok(words[0]) not in ORG_NAME_WORDS
            and all(w[:1].isupper() for w in words[1:]) and any(_tok(w) in ORG_NAME_WORDS for w in words[1:])):
        # "Locatiemanager Groenewoud Kinderopvang", "Filialleiterin Bäckerei Korn": a one-word title, then the employer
        words = words[1:]
        name = " ".join(words)
        low = fold(name)
    if len(words) > 2 and (title_end := _title_then_name(words)):
        # "Product Manager de Brisa Energía", "Data Analyst at Orrin": a title, then the employer
        words = words[title_end:]
        name = " ".join(words)
        low = fold(name)
    if all(_is_dept(w) or _tok(w) in _JOINERS for w in words):
        return None
    if len(words) == 1 and not _WEB_NAME(name) and (  # ("Cook.io", "Agent.nl": a site's brand, no job title)
            _TITLE_NOUNS.search(name) or _TITLE_WORDS.search(name) or _ROLE_HINT.search(name)
            or low in _NOT_A_NAME or _is_head(name) or first in _PROGRAMME
            or low.endswith(_TITLE_ENDS)):  # "Team Ausbildung"
        return None  # "Contrôleur", "Directrice", "Candidate": a title or a common noun, not an employer
    if len(words) == 1 and first in _OWNER_TITLES:
        return None  # "Gérant", "Inhaberin", "Eigenaar": the owner's title on its own line
    if len(words) > 1 and _tok(words[0]) in _TITLE_FIRST and not _has_legal(name):
        return None  # "Analista Financeiro", "Stagiaire en logistique": a title, which begins with its head
    if words[0][0].isupper() or words[0][0].isdigit():
        # a capitalised name ends at its first lower-case word that is no joiner ("Pampa ha cambiado de estado")
        for i, w in enumerate(words[1:], 1):
            if w[0].islower() and _tok(w) not in _JOINERS and not _elided_capital(w):
                if _long_name(words):
                    break  # "Hospice général de Vaulruz": the whole name
                if not cut_ok:
                    return None  # a line that goes on as a sentence ("Dit bericht is automatisch verzonden")
                words = words[:i]
                while words and _tok(words[-1]) in _JOINERS:
                    words.pop()
                name = strip_legal(" ".join(words))
                break
        if not words:
            return None
    elif (legal and words[0] in _NAME_PARTICLES_LOW and len(words) <= 3
          and all(w[:1].isupper() or w in _NAME_PARTICLES_LOW for w in words[1:])):
        pass  # "von Bergen AG", "van der Meulen B.V.": a family's name with its particle, a firm by its legal form
    elif not lower_ok or len(words) > 3:
        return None
    if " " in name and _tok(name.rsplit(" ", 1)[1]) in _TRAILING_JOINERS:
        name = name.rsplit(" ", 1)[0].rstrip(" ,")
    if " " in name and _street_address(name.split()):
        return None  # "Holt's Haberdashery, Market St", "Café Brandl – Linzer Gasse 4": the shop's street, not the shop
    return name


# the words a street's name ends with ("Market St", "Linzer Gasse") or begins with ("rue des Tanneurs 12", "Calle
# Mayor 5"), and the endings of the one-word street names a number follows ("Hauptstraße 5", "Kerkstraat 12")
_STREET_LAST = frozenset(["st", "street", "rd", "road", "ave", "avenue", "lane", "gasse", "strasse", "str"])
_STREET_FIRST = frozenset(["rue", "avenue", "av", "avda", "avenida", "boulevard", "bd", "calle", "rua", "travessa",
                           "largo", "praca", "chemin", "paseo", "carrer"])
_STREET_ENDS = ("strasse", "str", "gasse", "weg", "allee", "platz", "straat", "laan", "plein", "gracht", "kade", "street")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?,?").fullmatch


def _street_address(words: list[str]) -> bool:
    """A signature's address segment: a street's name, with or without its house number, never an employer."""
    last, first = _tok(words[-1]), _tok(words[0])
    if _HOUSE_NUMBER(words[-1]):
        # "Linzer Gasse 4", "Hauptstraße 5", "Calle Mayor 5" (not "Studio 9": no street word before the number)
        return len(words) >= 2 and (_tok(words[-2]).endswith(_STREET_ENDS) or first in _STREET_FIRST)
    if _HOUSE_NUMBER(words[0]):
        return _tok(words[1]) in _STREET_FIRST or _tok(words[1]).endswith(_STREET_ENDS) or last in _STREET_LAST
    return last in _STREET_LAST and not words[-1].isupper()  # ("Market St"; not the initials "ST" of a name)


_SITE_WORDS = frozenset(["site", "website", "portal", "page", "homepage", "seite", "webseite", "portail", "sitio", "web",
                         "pagina", "página", "platform", "plataforma", "plateforme"])


def _letterhead(own: str) -> str | None:
    """The name a letter's head writes on its own first line, right above the greeting ("Kestrel Aviation", then
    "Dear Sam,"): an ATS's HTML header or a letterhead (not a headline about the application)."""
    lines = own.lstrip().split("\n", 3)
    if len(lines) < 3:
        return None
    first = lines[0].strip()
    second = lines[1].strip() or lines[2].strip()
    if (not 2 <= len(first) <= 50 or first[-1:] in ".!?:,;" or not first[:1].isupper() or first.count(" ") > 5
            or not second or fold(second.split()[0].strip(",!")) not in _GREETINGS):
        return None
    if (fold(first.split()[0]) in _GREETINGS or _APP_WORDS.search(first) or _ROLE_HINT.search(first)
            or _TITLE_WORDS.search(first) or _TITLE_NOUNS.search(first)):
        return None
    return first  # (a person's name there is the reader's or the writer's: the people rule it out)


def _footer_names(ln: str, people: set[str], mailbox: str, add) -> None:  # noqa: ANN001
    """A footer line's names: each segment with a legal form, or else the name before its address."""
    segs = [seg.strip() for seg in _FOOTER_SEP.split(ln)]
    for seg in segs:
        if _has_legal(seg) and not _CONTACT_LINE.search(seg):
            # ("Gupy Tecnologia em Recrutamento e Seleção Ltda.", "Personio SE & Co. KG": the software's own footer)
            vendor = _is_vendor(seg.split()[0])
            add(_company_ok(seg, people, cut_ok=False), 0.0 if vendor else 2.5, "vendor" if vendor else "signature",
                legal=not vendor)
    if not any(map(_has_legal, segs)) and (owner := _footer_owner(segs, people)):
        # "Van der Linden Advies · Stationsplein 3 · 3511 ED Utrecht", "Jana Wolff | Kaffeehaus Dreiklang | Lange
        # Straße 14": the name before its address
        add(_company_ok(owner, people, cut_ok=False), 2.0, "signature")


def _address_footer(ln: str) -> bool:
    """A footer line of a name and its address ("Gridshift Design · 44 Canal Walk, Manchester M1 3LF"): a segment
    after the first holds a house number or a postcode."""
    segs = _FOOTER_SEP.split(ln)
    return len(segs) >= 2 and any(map(_address_seg, segs[1:]))


def _address_seg(seg: str) -> bool:
    """A footer segment with a house number or a postcode in its first words ("Am Kanal 8", "4 place de la Gare",
    "3511 ED Utrecht", "Manchester M1 3LF"), not a phone number nor a mail address."""
    words = seg.split()
    return "@" not in seg and not _PHONE_LEAD.match(seg.strip()) and sum(c.isalpha() for c in seg) >= 3 and (
        any(_HOUSE_NUMBER(w) or _POSTCODE(w) for w in words[:3])
        or (_tok(words[0]) in _STREET_FIRST and _DIGIT.search(seg) is not None))  # "Av. de la Industria 5"


_POSTCODE = re.compile(r"\d{4,5}|\d{4}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?").fullmatch  # 10115, 4700-329, M1 / YO1 / BS1


def _footer_owner(segs: list[str], people: set[str]) -> str | None:
    """The organisation a footer's address follows: the last name of two or more capitalised words before the first
    address segment (not a person's the people know, a title or a unit)."""
    owner = None
    for seg in segs:
        if _address_seg(seg):
            return owner
        words = seg.split()
        # (a person's name there, "Paul Martin · 3 rue des Lilas", is the signer's, whom the people rule out, or a
        # sole trader's, whose name is the business's)
        if (len(words) >= 2 and words[0][:1].isupper() and not _CONTACT_LINE.search(seg) and fold(seg) not in people
                and not _TITLE_NOUNS.search(seg) and not _TITLE_WORDS.search(seg) and not strip_dept(seg)[1]):
            owner = seg
    return None


_PHONE_LEAD = re.compile(r"(?i)(?:t|tel|tél|fon|phone|telefon|telefone|teléfono|tlf|mob|mobile|fax|m)\b\.?|\+|\(?0\d")


def _spells_domain(name: str, addr: str) -> bool:
    """The name holds the address's domain name ("Vinhos do Douro Alto" for douroalto.example)."""
    letters = _letters(name)
    return any(len(label) >= 5 and _letters(label) in letters for label in addr.rpartition("@")[2].split(".")[:-1])


def _first_name_sender(message: Message, own: str = "") -> str | None:
    """A one-word display name that begins its own mailbox ("Finn" <finn@...>, "Demi" <demi.vos@...>): the writer's
    first name, which is never the company, unless the word spells the domain ("Kiwano" <kiwano@kiwano.example>)."""
    display, addr = message.sender.name or "", message.sender.email or ""
    if not display or " " in display.strip() or "@" not in addr or is_platform_domain(_domain(addr)):
        return None  # "Lumeo" <lumeo@teamtailor-mail.example>: the employer's mailbox at its vendor
    word = fold(display.strip(" \"'"))
    local = fold(addr.split("@", 1)[0])
    if own and _mail_provider(_domain(addr)) and display.strip(" \"'") == _first_signed(own, addr):
        return word  # "Siobhan" <obriens.bar@gmail.example> signing "Siobhan": her name, on a shared mail host
    if len(word) < 2 or not local.startswith(word):
        return None
    if local[len(word):len(word) + 1] not in ("", ".", "_", "-") and not (
            len(word) >= 3 and display[:1].isupper() and _mail_provider(_domain(addr))):
        return None  # (on a shared mail host a person's box runs on: "Jorge" <jorgemc74@gmail.example>)
    labels = [_letters(p) for p in _domain(addr).split(".")[:-1]]
    return None if _letters(word) in labels else word


def _shared_host_org(message: Message, own: str) -> bool:
    """A display name of two or more words on a shared mail host ("Eisdiele Venezia" <eisdiele.venezia@web.example>)
    over a letter signed by a first name that is none of its words ("Giuseppe"): the business, whose box it is (not
    "Dev Patel" signing "Dev", nor "Roberta Lind" signing "Rob": the same name shortened)."""
    display, addr = (message.sender.name or "").strip(), message.sender.email or ""
    if " " not in display or not own or not _mail_provider(_domain(addr)):
        return False
    signed = _first_signed(own, addr)
    if not signed or not signed.isalpha():
        return False
    first = fold(signed)
    return not any(w[:3] == first[:3] for w in fold(display).split())


def _person_names(message: Message, signer: str | None, own: str = "") -> set[str]:
    """Folded person names (whole and word by word) that must not be taken for the company."""
    sender = message.sender
    own_sender = sender.email and not is_no_reply(sender.email) and not _shared_host_org(message, own)
    if (own_sender and signer and sender.name and signer != sender.name and _spells_domain(sender.name, sender.email)
            and fold(signer) != fold(sender.name)):
        own_sender = False  # "Vinhos do Douro Alto" <rsouza@douroalto.example>, signed by Rafael: the organisation
    names = {sender.name if own_sender else None, signer,
             *(a.name for a in message.reply_to), *(a.name for a in message.to)}
    out: set[str] = set()
    for n in names:
        if n and looks_like_person(n):
            f = fold(n)
            out.add(f)
            out.update(w.strip(".") for w in f.split() if len(w) > 2 and w not in _JOINERS)
    return out


_VIA = re.compile(r"^(.+?)\s+\(?(?:via|vía|through|über|par|por|by)\s+([^()]+?)\)?$", re.I)
_RELAY_WORD = frozenset(["via", "vía", "through", "über"])


def _relayed_by(m: re.Match[str] | None) -> bool:
    """"X via Talentsoft", "X (vía Personio)": a relay, known vendor or not (one or two capitalised words after
    via/über/through; "par"/"por"/"by" only with a known vendor)."""
    if m is None:
        return False
    relay = m.group(2).strip(" ()")
    if _is_vendor(relay):
        return True
    word = m.group(0)[len(m.group(1)):].strip(" (").split(" ", 1)[0].lower()
    return word in _RELAY_WORD and relay[:1].isupper() and len(relay.split()) <= 2 and not looks_like_person(m.group(1))
_ANY_AT = re.compile(r"^(.+?)\s+(?:at|@|bei|chez)\s+(.+)$")  # "Data Analyst at Orrin Health"
# ("Hugo de chez Pastèque": the French "de chez" is one preposition; a word's run of letters is followed by a space,
# which it cannot hold: never given back, "++", the same matches)
_PERSON_AT = re.compile(rf"^([{_UP}][^\s@]++(?: [{_UP}][^\s@]++){{0,2}})\s+"
                        rf"(?:(?:de chez|von|from|at|de|da|bei|chez)\b|@|\()\s*(.+?)\)?$")

# company-naming phrases of the body: (pattern, weight). The name runs to the end of the clause.
_NAME = (r"((?:[^\n.,;:!?()\"“”«»]|\.(?=[^\s.]))(?:[^\n.,;:!?()\"“”«»]|[.,](?=[^\s.,])|"
         r"(?<=\bSt)\. |(?<=\bDr)\. |(?<=\bMt)\. |(?<=\bDept)\. ){1,59}?)")
_END = r"(?=\s*(?:[,;:!?()\n]|\.(?!\w)|$| (?:for|about|on|regarding|as|and|to|in|with|zu|f[üu]r|als|und|pour|sur|et|en|para|por|sobre|y|voor|over|als|en|para|sobre|e|com|au sujet|concernant|acerca|betreffend|omtrent|zur|zum|bez[üu]glich)\b))"
# Company-naming phrases of the body, per language: the trigger is found first, then the name is read from where
# it ends (so "interés en formar parte de X" is tried at "formar parte de" too).
_BODY_COMPANY = {lang: re.compile(speed(p), 0 if lang == "en" else re.I) for lang, p in {
    "en": r"\b(?:interest in (?:joining|working (?:at|for|with))|career at|careers at|opportunities at|role at|position at|"
          r"here at|post at|applying (?:to|at|with)|application (?:to|at|with)|interest in|joining|join|team at|everyone at|"
          r"(?:opening|vacancy|job|us|roles|positions|openings) at|work (?:at|for|with)|"
          # "a position with the City of Harlow", "your application for employment with Ostrander Mills"
          r"(?:position|role|job|post|career|employment|opportunity|vacancy) with|"
          # "a training contract with Hale & Whitcombe LLP", "a placement with Northwind Foods"
          r"(?:contract|placement|internship|apprenticeship|traineeship|scheme) with|"
          # "the role of Estates Officer with Greater Westbridge Housing", "the post of Porter at St Mary's"
          r"(?:role|post|position) of [A-Z][^.,;:\n]{2,50}? (?:with|at)|"
          # the employer set off after the noun for it: "your interest in our company, Ridgeline Engineering, and"
          r"our (?:company|organisation|organization|firm|business|group),|"
          r"behalf of) ",
    "de": r"\b(?:(?:dich|sich|euch) bei|T[äa]tigkeit bei|Interesse an(?: einer T[äa]tigkeit bei| einer Mitarbeit bei)?|"
          r"Interesse am|"
          r"Bewerbung bei|beworben bei|bei uns,|Team von|Mitarbeit bei|Einstieg bei|"
          # "beim" (bei dem): "Ihre Bewerbung beim Diakoniewerk Elbtal"
          r"(?:Bewerbung|beworben|T[äa]tigkeit|Mitarbeit|Einstieg) beim|"
          r"(?:unserem|unser) (?:Unternehmen|Haus|Betrieb),) (?:der |dem |den )?",
    "fr": r"\b(?:vous portez (?:[àa]|aux)|portez (?:[àa]|aux)|port[ée]e? (?:[àa]|aux)|toute l'[ée]quipe d(?:e|u|es)|pens[ée] [àa]|candidature chez|au sein de|au sein du|"
          r"rejoindre|chez|au sein des|notre (?:entreprise|soci[ée]t[ée]|groupe|structure),) (?:la |le |l'|les )?",
    # ("Desde Grupo Alba te agradecemos...": the employer a Spanish template writes from)
    "es": r"\b(?:formar parte de|trabajar en|trabajar con|inter[ée]s en|candidatura en|unirte a|unirse a|desde|"
          r"nuestra (?:compa[ñn][íi]a|empresa|organizaci[óo]n),) "
          r"(?:la |el |los |las )?",
    "nl": r"\b(?:interesse in|belangstelling voor(?: een baan bij)?|baan bij|werken bij|sollicitatie bij|solliciteren bij|"
          r"aan de slag bij|vacature bij|iedereen bij|iedereen van|onze organisatie,|ons bedrijf,) ",
    "pt": r"\b(?:fazer parte d[ao]s?|trabalhar n[ao]s?|trabalhar conosco n[ao]|interesse n[ao]|interesse em trabalhar n[ao]|"
          r"candidatura n[ao]|juntar-se [àa]|integrar a equipa d[ao]|"
          # "Obrigado por se candidatar na Ondina Telecom", "por te candidatares à Maré Alta" (not "a Contabilista":
          # after a bare "a" the post is named)
          r"candidatar(?:-se|es)? (?:n[ao]|à|ao)|nossa (?:empresa|organiza[çc][ãa]o),(?: [ao])?) ",
}.items()}
# The case-blind patterns, lower-cased and run case-sensitively over the lower-cased text (several times faster): the
# same matches at the same places when lower-casing keeps every character's length, word class and case-blind
# equivalences, which holds for ASCII and Latin-1/Latin Extended-A letters but "İ" and "ı" (_CASE_SAFE). (The patterns
# have no upper-case escape such as \W or \S that lower-casing would turn into another.)
# a recruiter's words for the employer it passes a candidate to ("the role with X", "heard back from X", "which I
# submitted to X"), read only in mail from a recruitment firm's own domain (lower-cased text)
_AGENCY_SLOT = re.compile(r"\b(?:(?:role|position|vacancy|opportunity|opening) with|heard (?:back )?from|manager at|"
                          r"(?:interview|interviewing|interviewed|call|spoke|spoken|speaking|phone|met) with|meeting|"
                          r"(?:submitted|passed|forwarded|introduced) (?:your (?:cv|application|profile|details) |you |it )?"
                          r"to|"
                          # the same slots in the other languages: "o processo na X", "la vaga de <post> na X",
                          # "le poste de <post> chez X", "el proceso con X", "de vacature bij X", "die Position bei X"
                          r"processo(?: seletivo)? n[ao]|vaga de [^.,;\n]{3,50}? n[ao]|"
                          r"proceso(?: de selecci[óo]n)? (?:en|con)|poste de [^.,;\n]{3,50}? chez|"
                          r"processus (?:de recrutement )?chez|(?:vacature|functie|procedure) bij|"
                          r"(?:stelle|position|prozess) bei|teruggehoord van|"
                          # "I discussed your CV with X": "besproken met", "gesprochen mit", "échangé avec", "hablado con"
                          r"(?:besproken|gesproken|overlegd) met|(?:gesprochen|besprochen) mit|"
                          r"(?:[ée]chang[ée]|discut[ée]|parl[ée]) avec|(?:hablado|conversado) con|"
                          r"(?:conversei|falei|conversamos) com|"
                          # "Quick update on Prairie Rail.", "la búsqueda de Jefa de Producto para Lácteos La Pampita",
                          # "votre entretien chez X"
                          r"(?:update|news|feedback) (?:on|from)|b[úu]squeda de [^.,;\n]{3,50}? para|"
                          r"(?:vacante|posici[óo]n) de [^.,;\n]{3,50}? (?:para|en)|entretien (?:chez|avec)) ")
_AGENCY_SLOT_I = re.compile(_AGENCY_SLOT.pattern, re.I)
_BODY_COMPANY_LOW = {lang: re.compile(rx.pattern.lower()) if rx.flags & re.I else rx for lang, rx in _BODY_COMPANY.items()}


def _body_lead(pattern: str) -> str:
    """A body pattern's faster form: one left with its word start (its first letters too many for speed()) written
    out, then led by its first letters where they are few (de, fr, es, nl), else grouped by first letter after the
    word start (en); one speed() led by its first letters: those sharing one under one look-behind. The same matches."""
    if not pattern.startswith(r"\b(?:"):
        return _merged_leads(pattern)
    pattern = _distributed(pattern, r"\b(?:")
    return _letter_led(pattern) or _regroup(pattern, r"\b(?:")


_BODY_COMPANY_LOW = {lang: re.compile(_body_lead(rx.pattern), rx.flags) for lang, rx in _BODY_COMPANY_LOW.items()}
# which of them read the lower-cased text (asked once here: a flag test costs an enum's arithmetic per mail)
_BODY_COMPANY_BLIND = {lang: bool(rx.flags & re.I) for lang, rx in _BODY_COMPANY.items()}
_NAME_AT = re.compile(_NAME + _END)
# the client's name also ends at the verb of its own clause: "notre client Atelier du Vieux Pont a examiné votre
# dossier", "o nosso cliente Casa Lima analisou", "onze opdrachtgever Jansen Techniek heeft" (a long clause has no
# other end)
_CLIENT_END = _END[:-2] + (r"| (?:a|ha|han|heeft|hebben|hat|haben|est|analisou|avaliou|optou|decidiu|revisou|"
                           r"revis[óo]|decidi[óo])\b))")
_CLIENT = re.compile(
    r"\b(?:my client|our client|the client|client of ours|unse(?:res|rem|re) (?:Mandanten|Kunden|Auftraggebers?)|"
    r"unser(?:em)? (?:Mandant|Kunde|Auftraggeber)|der (?:Kunde|Auftraggeber)|"  # "unserem Auftraggeber, der X AG"
    r"mein(?:em|es)? (?:Mandant(?:en)?|Kunden?|Auftraggebers?)|"
    r"notre client|mon client|nuestro cliente|mi cliente|(?:onze|mijn) (?:opdrachtgever|klant)|o nosso cliente|o meu cliente|nosso cliente|a nossa cliente|"
    r"la empresa cliente|de opdrachtgever|el cliente|le client|o cliente|de klant|"
    r"(?:la )?respuesta que me ha llegado de|(?:la )?respuesta que nos ha dado|heard back from|"
    r"retorno que recebemos d[ao]|(?:a )?resposta d[ao]|terugkoppeling (?:gekregen )?van|retour de)"
    # "heard back from my client, X": the relaying phrase and the client noun together
    r"(?:,?\s+(?:my|our|the|onze|mijn|de|notre|mon|nuestro|mi|el|o nosso|nosso|do nosso|da nossa|do meu|unserem|meinem|vom) "
    r"(?:client|opdrachtgever|klant|cliente|Mandanten|Kunden))?,?\s+\(?"  # "De klant (Bakkerij Koolhoven) heeft"
    r"(?:der |die |das |de |la |el |a |o |les |los |las |os |as |het |the )?"
    # ("notre client, la société Menuiseries Blanchard, a choisi": the employer noun before the name)
    r"(?:(?:soci[ée]t[ée]|entreprise|empresa|firma|company|bedrijf|unternehmen) )?" + _NAME + _CLIENT_END, re.I)
# "Harrow & Finch have come back to me about your application": a recruiter relaying the client's answer
_CLIENT_BLIND = _Blind(_CLIENT)  # its groups read by position
_INDEFINITE = frozenset(["a", "an", "ein", "eine", "einem", "einer", "un", "une", "uno", "una", "um", "uma", "een"])
_INNER_JOINS = (" y ", " e ", " et ", " en ", " and ", " und ")
_CAP_ARTICLES = ("La ", "Le ", "Les ", "El ", "Los ", "Las ", "De ", "Het ", "O ", "A ", "Os ", "As ")
_CLAUSE_MARK = re.compile(r"[,.;:!?()\n]")
_SALUTED = _ADDRESS_WORDS | {"heer", "sr", "sra"}  # (the Dutch "heer" alone: also a word of names elsewhere)


def _addressed_before(text: str, at: int) -> bool:
    """The word before `at` is a salutation's address: "Geachte heer De Vries", "Estimada señora Ruiz"."""
    prev = text[max(0, at - 10):at].split()[-1:]
    return bool(prev) and prev[0].lower().strip(".") in _SALUTED


def _cap_article(text: str, at: int) -> str:
    """The capitalised article the client pattern read before a name, if any: "La " of "notre client La Poste"."""
    head = text[max(0, at - 6):at]
    return next((a for a in _CAP_ARTICLES if head.endswith(a) and head[-len(a) - 1:-len(a)] == " "), "")


# the employer's possessive before its team: "Lindqvist's hiring team", "Cobalt Works' talent team"
_POSSESSIVE_TEAM = re.compile(rf"({CAPSEQ})(?:['’]s|s['’]) (?:hiring|recruiting|talent) team\b")
_CLIENT_GATE = ("client", "mandant", "kunde", "auftraggeber", "opdrachtgever", "klant", "respuesta", "resposta",
                "heard back", "retorno", "terugkoppeling", "retour")
_FEEDBACK_GATE = ("eedback from", "eedback von", "eedback van", "eedback de", "eedback da", "eedback do", "eply from",
                  "esponse from", "ntwort von", "ückmeldung von", "etour de", "n desde ", "r desde ", "o desde ")
# (and the Spanish recruiter's "me confirman desde Conservas Cantábrico que...": told from the employer's side)
_FEEDBACK_FROM = re.compile(rf"\b(?:(?:[Ff]eedback|[Rr]eply|[Rr]esponse|[Aa]ntwort|[Rr]ückmeldung|[Rr]etour) "
                            rf"(?:from|von|van|de|da|do)|(?:confirm|comunic|inform|dij|dic)\w* desde) "
                            # (and the article before the name: "Rückmeldung von der Elbmühle AG", "retour de la Maison")
                            rf"(?:(?:der|dem|la|the) |l')?({CAPSEQ})")
_SUBJECT_CLIENT = re.compile(rf"(?:^(?:[Ff]eedback|[Tt]erugkoppeling|[Rr]ückmeldung|[Rr]etour|[Rr]etorno)"
                             rf"(?: (?:from|von|van|de|da|do))?:? ({CAPSEQ})$|"
                             rf"\((?:[Cc]lient[e]?|[Kk]unde|[Kk]lant|[Mm]andant): ({CAPSEQ})\))")
_BEHALF_OF = re.compile(rf"\b(?:[Oo]n behalf of|[Ee]n nombre de|[Ee]m nome d[aoe]s?|[Aa]u nom de|[Ii]m Auftrag (?:von|der|des)|"
                        rf"[Nn]amens) "
                        rf"(?:the |our client,? |la |el |l'|nuestro cliente,? |notre client,? |unseres Kunden,? )?"
                        rf"({CAPSEQ}(?: (?:for|of)(?: the)? {CAPSEQ})?)")
# an ATS's footer sentence that names the employer it sends for: "This message was sent by Quarrybank via
# Greenhouse", "Este correo te lo ha enviado X a través de SmartRecruiters", "Meridale Travel uses Workable to manage its
# hiring", "X gebruikt Recruitee" (read in a platform's mail only, in its last lines)
_VENDOR_ALT = "|".join(re.escape(v) for v in sorted(VENDORS, key=len, reverse=True))
_VENDOR_FOOTER = re.compile(
    rf"(?:\b(?:by|von|der|des|par|por|door|namens|enviado|envoy[ée]|d[ae])[ ]({CAPSEQ})[ ](?:via|through|using|über|"
    rf"par|avec|a trav[ée]s de|v[íi]a|pel[ao]|atrav[ée]s d[ao]|met)|({CAPSEQ})[ ](?:uses|is using|nutzt|verwendet|"
    rf"utilise|utiliza|usa|gebruikt))[ ](?i:{_VENDOR_ALT})\b")
_VENDOR_WORDS = tuple(v for v in VENDORS if len(v) >= 4 and " " not in v)  # (a domain spells no "Welcome to the")


def _vendor_footer_line(own: str, domain: str) -> str | None:
    """The line of a platform's mail, among its last, that names the platform its sender's domain spells ("This
    message was sent by Quarrybank via Greenhouse" from greenhouse-mail.io): where _VENDOR_FOOTER may name the employer
    (read there only: the pattern is dear to run over a whole mail)."""
    if not is_platform_domain(domain):
        return None
    vendor = next((v for v in _VENDOR_WORDS if v in domain), None)
    if vendor is None:
        return None
    tail = own[-600:]
    at = tail.lower().rfind(vendor)
    if at < 0:
        return None
    end = tail.find("\n", at)
    return tail[tail.rfind("\n", 0, at) + 1:end if end >= 0 else None]


_BOARDS = frozenset(["board", "diretoria", "directoria", "comite", "comissao", "comision", "vorstand", "direktion",
                     "directoire", "direccion", "jury", "jurado", "juri", "panel", "committee", "bestuur", "directie"])
# the gate of _BEHALF_OF: one of its openings, lower-cased
_BEHALF_GATE = ("behalf of", "en nombre de", "em nome d", "au nom de", "im auftrag", "namens")
_PAREN = re.compile(r"\s*\([^()]*\)")
_UNNAMED = "Zzclientunnamedzz"  # a marker candidate: a client decided, unnamed in the sentence
_UNNAMED_KEY = _UNNAMED.lower()
_FOR_WORDS = frozenset(["for ", "für ", "voor", "pour", "para", "por "])
_FIELD_MARK = "Zzemployerfieldzz"  # a marker candidate: the mail names its employer in a field ("Werkgever: X")
_FIELD_MARK_KEY = _FIELD_MARK.lower()
_CLIENT_NOUN = re.compile(r"(?i)\b(?:client|cliente|mandant|kunde|auftraggeber|opdrachtgever|klant)")
_VERBISH = re.compile(r"(?:has|have|had|is|was|will|would|came|come|a|ha|han|hat|heeft|hebben|est|concluiu|informou|"
                      r"decided|decidiu|decidi[óo]|entschied|besloot)\b")
# "Dijkstra Bouw, onze klant, heeft ...", "Maré, our client, has ...": the client named before its apposition
_CLIENT_APPOS = re.compile(
    rf"(?-i:({CAPSEQ}))(?<!\.), (?:(?:my|our|the) client|(?:onze|mijn|de) (?:klant|opdrachtgever)|(?:notre|mon|le) client|"
    rf"(?:nuestro|mi|el) cliente|(?:o )?(?:nosso|meu) cliente|(?:unser|mein) (?:Kunde|Mandant))\b", re.I)
_CLIENT_FIRST = re.compile(
    rf"(?:^|[.!?,:] )([{_UP}](?:[^.,;:!?\n]|\.(?= [a-z])){{1,50}}?) (?:have|has|had) (?:now |just |since )?"
    # (or "have let me know", "have been in touch", "have told me": the client's answer passed on)
    rf"(?:(?:come|got|gotten|gone) back(?: to (?:me|us)\b|:| with\b)|let (?:me|us) know\b|told (?:me|us)\b|"
    rf"(?:been|got|gotten) in touch\b|informed (?:me|us)\b|advised (?:me|us)\b)")
# the client's answer passed on, as _CLIENT_FIRST reads it (a substring of each wording: the gate before the pattern)
_PASSED_ON = ("back to", "back:", "back with", "let me know", "let us know", "told me", "told us", "in touch",
              "informed me", "informed us", "advised me", "advised us")
# "Unfortunately Juniper have decided...", "Leider hat sich Weidenhof für...", "Helaas heeft Brugwater besloten...",
# "Malheureusement, Atelier Sorel a décidé...", "Infelizmente a Sabiá decidiu...": an employer, named as the one who
# decided, in a mail from someone else (a recruiter relaying the client's answer)
_ACTS_VERB = re.compile(  # (the look-ahead names the letters the words after the space begin with: most spaces fail there)
    r" (?=[hadoe])(?:(?:have|has|had|a|ha|han)(?: now| just| unfortunately| malheureusement| finalmente| finally)?"
    r" (?:decided|chosen|opted|gone with|selected|filled|d[ée]cid[ée]|choisi|retenu|pr[ée]f[ée]r[ée]|decidido|optado|elegido)|"
    r"decidiu|optou|escolheu|decidiram|optaram|"
    # German and Dutch with the name first: "Kurze Info: Lindqvist hat sich gegen eine Weiterführung entschieden",
    # "Helaas: Brugwater heeft besloten ...", "Brugwater heeft voor een andere kandidaat gekozen"
    r"(?:hat|heeft)(?: sich)?(?: leider| helaas| nun| inzwischen| inmiddels| uiteindelijk| jammer genoeg)?"
    r" (?:entschieden|besloten|gekozen|ervoor gekozen|(?:f[üu]r|gegen) (?:eine?n?|die|den|das)|voor een)\b)\b")
# verb second: "Leider hat sich Weidenhof für ... entschieden", "Helaas heeft Brugwater gekozen voor ..."
_CLIENT_ACTS_V2 = re.compile(
    rf"\b(?:[Hh]at|[Hh]eeft|[Hh]aben|[Hh]ebben) (?:sich )?(?:leider |helaas |jammer genoeg )?(?:die |der |das |het |de )?"
    rf"(?!(?:mich|uns|ons|je|u|jou|Sie|ihnen|Ihnen|wij|we|wir)\b)({CAPSEQ}) (?:(?:sich )?(?:leider |helaas )?"
    rf"(?:f[üu]r|gegen|entschieden|besloten|gekozen|ervoor|voor een)\b)")
_ACTS_PRONOUNS = frozenset(["we", "wir", "nous", "wij", "nosotros", "nos", "they", "i", "ich", "je", "ik", "yo", "eu",
                            "he", "she", "it", "ils", "elles", "ellos", "eles", "zij", "sie"])


# the words a deciding name may follow: an article, or a conjunction that opens a clause ("to let you know that
# Fernleigh Bank have decided", "je vous informe que Atelier Sorel a décidé")
_CLAUSE_HEADS = frozenset(["a", "o", "the", "la", "el", "that", "que", "afraid", "know"])
# ... of which these begin a clause whose subject may as well be a person ("that Martha has decided", "I'm afraid
# Martha has decided", "to let you know Martha has decided")
_CLAUSE_THAT = frozenset(["that", "que", "afraid", "know"])


# the German and Dutch articles: one capitalised word after one is a noun ("Der Kunde", "Het bestuur", "De Vries" a
# person's), not a firm's name
_NOUN_ARTICLES = frozenset(["der", "die", "das", "het", "de"])


def _firm_decides(run: list[str], subject: str) -> bool:
    """The capitalised words before "hat sich ... entschieden", "heeft besloten" name a firm: German capitalises every
    noun ("Der Kunde", "Die Auswahlkommission") and a person decides as often ("Lisa", "Frau Berger", "De Vries"), so
    a name of one word counts only when the subject writes it as a firm's ("Lindqvist" of the subject
    "Lindqvist Elektro"), and a longer one only when no article, address or person's name begins it."""
    if fold(run[0]) in _NOUN_ARTICLES or fold(run[0]) in _ADDRESS_WORDS:
        return len(run) > 2 and fold(run[0]) in _NOUN_ARTICLES and not looks_like_person(" ".join(run[1:]))
    if len(run) == 1:
        return bool(re.search(re.escape(run[0]) + rf" [{_UP}]", subject))
    return not looks_like_person(" ".join(run))


def _acts_names(text: str, lang: str | None, subject: str = "") -> list[str]:
    """The names written as the one who decided: "Unfortunately Juniper have decided", "Malheureusement, Atelier Sorel
    a décidé", "Infelizmente a Sabiá decidiu" (the capitalised words just before the verb, beginning a clause)."""
    out = []
    for m in _ACTS_VERB.finditer(text):
        words = text[max(0, m.start() - 80):m.start()].split()
        run: list[str] = []
        while words and not words[-1].endswith((",", ".", ":", ";", "!", "?")) and (
                words[-1][:1].isupper() or (run and _tok(words[-1]) in _CONNECT)):
            run.insert(0, words.pop())
        written = list(run)  # (with its article: "De Vries")
        while run and (_tok(run[0]) in _CONNECT or _ADVERB_LEAD.match(run[0] + " ")):
            run.pop(0)
        if not run or fold(run[0]) in _ACTS_PRONOUNS:
            continue
        if text.startswith((" hat ", " heeft "), m.start()) and not _firm_decides(written, subject):
            continue  # "Lisa hat sich ... entschieden", "Der Kunde hat", "De Vries heeft besloten": no firm's name
        before = fold(words[-1]) if words else ""
        if before and not before.endswith((",", ".", ":", ";", "!", "?")) and before not in _CLAUSE_HEADS:
            continue  # inside a clause: "the team at Juniper has decided" names Juniper elsewhere
        if before in _CLAUSE_THAT and (len(run) < 2 or looks_like_person(" ".join(run))):
            continue  # "I'm sorry to say that Martha (Reid) has decided": a person, as like as a firm of one word
        out.append(" ".join(run))
    if lang in ("de", "nl", None) and ("hat sich" in text or "heeft " in text or "haben sich" in text):
        out += [m.group(1) for m in _CLIENT_ACTS_V2.finditer(text)]
    return out


_GENERIC_EMPLOYER = frozenset(["company", "employer", "client", "team", "entreprise", "societe", "employeur", "empresa",
                               "cliente", "equipo", "bedrijf", "werkgever", "klant", "opdrachtgever", "firma",
                               "unternehmen", "kunde", "arbeitgeber", "empregador", "equipa", "organisation",
                               "organization", "hiring", "recruiter", "manager",
                               # a body of people decides, not an employer's name: "Management have decided"
                               "management", "leadership", "board", "panel", "committee", "jury", "directie",
                               "bestuur", "direction", "geschaftsfuhrung", "geschaftsleitung", "vorstand"])
# the nouns a board writes before the employer's name: "L'entreprise Maison Garnier", "Die Firma Sonnenhof"
_EMPLOYER_NOUNS = frozenset(["company", "employer", "entreprise", "societe", "employeur", "empresa", "bedrijf",
                             "werkgever", "firma", "unternehmen", "arbeitgeber", "empregador", "empleador"])
_ADVERB_LEAD = re.compile(r"^(?:Unfortunately|Sadly|Malheureusement|Lamentablemente|Desafortunadamente|Infelizmente|"
                          r"Helaas|Leider|However|Cependant|Sin embargo|Contudo|Toutefois)\s+")
# a recruiter's own words for passing a candidate on to the employer
_RELAY_GATE = ("forward", "submitted your", "introduced you", "your profile to", "your cv to", "weiterge", "vorgestellt",
               "présenté", "transmis votre", "presentado tu", "presenté tu", "presentamos tu", "voorgesteld",
               "doorgestuurd", "apresent", "encaminh")
# ... and the sentences that pass the candidate on ("move forward" is no such sentence)
_RELAY_PHRASES = ("put you forward", "put your name forward", "forwarded your", "submitted your", "introduced you",
                  "your profile to", "your cv to", "weitergegeben", "vorgestellt", "weitergeleitet", "présenté votre",
                  "transmis votre", "presentado tu", "presenté tu", "presentamos tu", "voorgesteld", "doorgestuurd",
                  "apresentei", "apresentamos", "encaminhei", "encaminhamos")
_RELAY_AT = re.compile(rf"\b(?:at|with|to|bei|an|chez|à|a|en|bij|aan|na|no|para|pour|à|ao|à) (?:der |die |dem |the |la |le |l'|"
                       rf"el |de |het |a |o )?({CAPSEQ})")
_EMPLOYER_FIELD = re.compile(r"(?i)[ \t]*(?:werkgever|employer|company|agency|hiring agency|hiring organi[sz]ation|arbeitgeber|unternehmen|empresa|employeur|entreprise|"
                             r"bedrijf|organisation|organization|organisatie)[ \t]*:[ \t]*([^\n]{2,60}?)[ \t]*$")
_THE_COMPANY = re.compile(rf"\b(?:[Aa] empresa|[Ll]a empresa|[Tt]he company|[Tt]he employer|[Dd]as Unternehmen|"
                          rf"[Ll]e recruteur|[Ll]'employeur|"
                          rf"[Dd]ie Firma|[Dd]er Arbeitgeber|[Ll]a soci[ée]t[ée]|[Dd]e firma|"
                          rf"[Ll]'entreprise|[Hh]et bedrijf|[Dd]e werkgever|[Oo] empregador|[Ee]l empleador|"
                          rf"[Aa] entidade|[Ll]a entidad) "
                          rf"({CAPSEQ})(?= [a-zà-ÿ])")
# substrings one of which each pattern needs (a pass of the pattern over a long mail costs more than these tests)
_THE_COMPANY_GATE = ("empresa", "company", "employer", "unternehmen", "entreprise", "bedrijf", "werkgever", "empregador",
                     "empleador", "firma", "arbeitgeber", "sociét", "societe", "recruteur", "employeur", "entidad")
# ("know that Ridgeway Capital has reviewed your profile": a clause after "that" begins as a sentence does; up to five
# words between: "Mercados Olmeda ha actualizado el estado de tu candidatura", "X has updated the status of your ...")
# The sentence start is tested after the name's first capital (which the engine finds by its set, without trying the
# look-behind at every position): "^." and "[.!?:,] ." behind the capital are "^" and "[.!?:,] " before it.
_NAME_ACTS = re.compile(
    rf"([{_UP}](?:(?<=^.)|(?<=[.!?:,] .)|(?<= that .)){CAPSEQ[len(f'[{_UP}]'):]}) (?:[a-zà-ÿ][\w'’-]* ){{1,5}}"
    rf"(?:your|tu|je|jouw|uw|ihre|Ihre|votre|a sua|sua|su|la|de|o seu|seu) "
    rf"(?:application|postulaci[óo]n|candidatura|sollicitatie|Bewerbung|bewerbung|candidature|hoja de vida|cv|CV|"
    rf"curr[íi]culo|profile|perfil|participa[çc][ãa]o)")  # ("X agradece sua participação": a Brazilian board's)
# The same matches, found with less backtracking: a run of word characters is always followed by a space, which the
# run cannot hold, so giving characters back never helps (possessive runs: "*+").
_NAME_ACTS = re.compile(_NAME_ACTS.pattern.replace(r"[\w&'.\-]*", r"[\w&'.\-]*+").replace(r"[\w'’-]* ", r"[\w'’-]*+ "))
# the noun each match ends with, as the text spells it (case kept: the pattern has no re.I), and the longest noun from
# where its spelling here begins: no match ends past the last of them plus that length, so the scan stops there
_NAME_ACTS_NOUNS = ("application", "postulaci", "candidatur", "sollicitatie", "ewerbung", "hoja de vida", "cv", "CV",
                    "culo", "profile", "perfil", "participa")
_NAME_ACTS_REACH = 12
assert _NAME_ACTS.pattern.endswith(  # (the nouns above are read from this group: change both together)
    "(?:application|postulaci[óo]n|candidatura|sollicitatie|Bewerbung|bewerbung|candidature|hoja de vida|cv|CV|"
    "curr[íi]culo|profile|perfil|participa[çc][ãa]o)")
_SUBJECT_AT = re.compile(  # zero-width, so "van je sollicitatie bij X" is also tried at "bij"
    r"(?=\b(?:at|@|with|from|bei|chez|en|bij|na|no|von|van|aupres de|joining|join|(?<=application )to|(?<=applying )to)\s+(?:der |dem |la |le |l'|el |de )?"
    r"([^\n|–:()]{2,60}?)(?=\s*(?:(?<!\w)-|-(?!\w)|[–|:(!]|$)))", re.I)  # (a word's own hyphen joins: "Beira-Rio")
_WEAK_AT = frozenset(["en ", "na ", "no ", "von", "van", "wit", "fro"])
# a job board's subject for an employer's message: "X has sent you a message", "X hat Ihnen eine Nachricht gesendet",
# "X vous a envoyé un message", "X te ha enviado un mensaje", "X heeft je een bericht gestuurd", "X enviou-lhe uma mensagem"
_SENT_YOU_A_MESSAGE = re.compile(
    r"^(.{2,60}?) (?:(?:has )?sent you a (?:new )?message|hat (?:Ihnen|dir) (?:eine )?(?:neue )?Nachricht "
    r"(?:gesendet|geschickt)|vous a (?:envoy[ée]|adress[ée]) un (?:nouveau )?message|(?:te|le) ha enviado un "
    r"(?:nuevo )?mensaje|heeft (?:je|jou|u) een (?:nieuw )?bericht (?:gestuurd|verstuurd|gezonden)|"
    r"(?:te |lhe )?enviou(?:-lhe|-te)? uma (?:nova )?mensagem)\b|"
    # ... and "New message from X", "Vous avez reçu un message de X", "Nuevo mensaje de X", "Nova mensagem da X"
    r"^(?:(?:you have (?:a )?|you've got a )?new message from|(?:vous avez re[çc]u un (?:nouveau )?|nouveau )message "
    r"(?:de|d'|du)|(?:has recibido un |nuevo )mensaje de|(?:neue )?Nachricht von|(?:je hebt een )?nieuw bericht van|"
    r"(?:recebeu uma |nova )mensagem d[aeo])\s*(.{2,60})$", re.I)
_SUBJECT_AT_BLIND = _Blind(_SUBJECT_AT)  # group 1 read by position


def _signature_lines(own: str) -> list[str]:
    lines, start = _signature_block(own)
    if start >= 0:
        return [ln for ln in lines[start + 1:] if ln][:12]
    first = next((i for i, ln in enumerate(lines) if ln), -1)  # never the salutation (see _signature_parts)
    return [ln for i, ln in enumerate(lines[-8:], max(0, len(lines) - 8)) if ln and i != first]


_TITLE_NOUNS = _Lower(
    r"\b(?:recruiter|recruiterin|specialist|partner|manager|managerin|coordinator|lead|head|director|directora?|"
    r"officer|consultant|consultora?|consultante|generalist|advisor|adviser|adviseur|referent|referentin|charg[ée]e?|responsable|t[ée]cnic[oa]|"
    r"recrutadora?|recruteu(?:r|se)|gestora?|analyst|analista|assistant|assistente|medewerker|sachbearbeiter(?:in)?|"
    r"\w*leiterin|\w*leiter|leitung|executive|vp|chro|cpo|ceo|founder|generalista|especialista|coordinador[a]?|"
    r"coordenadora?|reclutador[a]?|selecionadora?|adjoint[e]?|chef)\b")
_ROLE_HINT = _Lower(
    r"\((?:[mwfdhvxa]\s*/\s*)+[mwfdhvxa]\)|\(a\)|\b(?:developer|desenvolvedora?|programador|programmeur|entwickler(?:in)?|"
    r"ontwikkelaar|analist|analyst|designer|dise[ñn]ador|controller|teamleider|medewerker|technicus|t[ée]cnico|assistente|"
    r"werkstudent|stagiaire|praktikant(?:in)?|trainee|intern|internship|verpleegkundige|data|software|backend|frontend|"
    r"front-end|full stack|sales|marketing|all genders|technician|technicienne?|nurse|teacher|driver|chef|cook|clerk|"
    r"accountant|operator|therapist|leader|artist|writer|editor|planner|scientist|associate|representative|agent|"
    r"cashier|barista|mechanic|electrician|buyer|dispatcher|receptionist|lecturer|fellow|enfermer[oa]|profesora?|"
    r"professora?|docent|leraar|lehrer(?:in)?|fahrer(?:in)?|monteur|verk[äa]ufer(?:in)?|vendedora?|cajer[oa]|chofer|"
    r"comercial|asesora?|gerente|jefe|chefe|encargad[oa]|coordinadora?|arquitect[oa]|arquitet[oa]|redator|"
    r"ingenieur(?:in)?|ing[ée]nieur|ingeniero|engenheiro|auxiliar|sommelier)\b")
_APP_WORDS = _Lower(
    r"\b(?:application|applying|candidacy|update|feedback|bewerbung|r[üu]ckmeldung|absage|candidature|"
    r"candidatura|postulaci[óo]n|solicitud|inscri[çc][ãa]o|sollicitatie|terugkoppeling|reactie|vacature|vaga|status|"
    r"decision|entscheidung|"
    r"d[ée]cision|decisi[óo]n|besluit|resultado|r[ée]sultat|your|ihre|votre|tu|su|je|uw|a sua|sua)\b")
_POSTSCRIPT = re.compile(r"P\.[SD]\.|PP?S\s*[:.]|PD\s*:").match  # "P.S.", "PS:", "P.D." (the Spanish posdata)
_PROXY_LINES = frozenset(["im auftrag", "in vertretung", "i. a", "i.a", "i. v", "i.v", "p.p", "pp", "namens", "p.o"])
_PROXY = _Led(re.compile(r"^(?:i\.\s?A\.|i\.\s?V\.|p\.\s?p\.|pp\.?|p\.\s?o\.|por orden|namens)\s+", re.I), "iIİıpPnN")
_ON_BEHALF = re.compile(r"^(?:pour|for|on behalf of|namens|im auftrag (?:der|des|von)|en nombre de|em nome d[aoe]|"
                        r"par d[ée]l[ée]gation)\s+(?:la |le |l'|les |the |de |el |la |a |o )?", re.I)
_ON_BEHALF = _Led(_ON_BEHALF, "pPfFoOnNiIİıeE")


# an ATS mail's footer lines that name the employer: its copyright, and its equal-opportunity statement
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(.+?)[.,]?(?:\s*(?:all rights reserved|"
    r"alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos reservados|alle rechten voorbehouden|"
    r"todos os direitos reservados)\.?)?$", re.I)
_EQUAL_EMPLOYER = re.compile(r"^([A-Z][^.!?]{1,60}?) is (?:an?|proud to be an?) equal[ -]opportunit(?:y|ies) employer")


_HTML_HEAD = 6000  # a logo sits at the top of the HTML
_IMG_ALT = re.compile(r"""<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ALT_NOISE = re.compile(r"(?i)^(?:the )?(?:logo|image|img|banner|header|spacer|icon|pixel|picture|photo)?\s*|"
                        r"\s*(?:logo|log[oó]tipo|logotype|banner|header)$|^(?:logo|log[oó]tipo|logotype)\s+"
                        r"(?:de |van |von |of |d[ao] )?")
_SOCIAL = frozenset(["linkedin", "facebook", "instagram", "twitter", "x", "youtube", "tiktok", "xing", "glassdoor"])
_FOOTER_SEP = re.compile(r"\s+[·•|–-]\s+")
_INSTITUTION = re.compile(
    r"^(?:the )?(?:university|universitat|universite|universidad|universidade|universiteit|hogeschool|hochschule|"
    r"fachhochschule|technische universitat|gemeente|provincie|waterschap|stadt|landkreis|city of|county of|town of|"
    r"ville de|mairie de|commune de|communaute de communes|conseil (?:departemental|regional|municipal)|canton de|"
    r"centre hospitalier|chu de|hopital|hospital de|ayuntamiento|ajuntament|diputacion|prefeitura|municipio|"
    r"camara municipal|junta de freguesia|uniao das freguesias|unidade local de saude|servicos municipalizados|"
    r"ministerie|ministere|ministerio|ministry of|department (?:of|for)|bureau of|office (?:of|for)|state of|"
    # the chambers of commerce and trades: "Chambre de Métiers et de l'Artisanat", "Cámara de Comercio de X"
    r"chambre (?:de|des|d')|camara (?:oficial )?de comercio|kamer van koophandel|(?:\w+ )?handwerkskammer|"
    r"industrie- und handelskammer)\b|"
    r"\b(?:university|universiteit|hogeschool|nhs (?:foundation )?trust)$")


def _institutions(line: str, add, weight: float = 4.0, source: str = "team") -> bool:  # noqa: ANN001
    """Adds the public bodies and universities a line names ("Gemeente Zandhoven", "Centre hospitalier de X")."""
    found = False
    if not line[:1].isupper() or line.count(" ") > 12:
        return False
    if not _institution_hint(line):
        return False
    for seg in (q for p in _SEGMENTS.split(line) for q in _NAME_SPLIT.split(p)):
        whole = seg.strip(" .")
        if whole[:2] in ("Os", "As", "Lo", "La", "Le") and whole.split(" ", 1)[0] in _LEAD_ARTICLES and " " in whole:
            whole = whole.split(" ", 1)[1]  # "Os Serviços Municipalizados de X": the article before the body's name
        seg = strip_dept(whole)[0]
        if (seg and seg != whole and whole.endswith(seg) and _INSTITUTION.match(fold(whole))
                and not _INSTITUTION.search(fold(seg))):
            seg = whole  # "Unidade Local de Saúde do Minho": a unit's word that begins the body's own name
        if seg[:1] in _OFFICE_OF_FIRST and (office := _OFFICE_OF(seg)):
            seg = seg[office.end():]  # "Le Président de la Communauté de communes du X": the body the head signs for
        if _INSTITUTION.search(fold(seg)) and len(seg.split()) <= 8 and not _BAD_COMPANY.search(seg):
            add(seg, weight, source)  # lower-case words belong to it, unlike a company's name
            found = True
    return found

# the head of a public body signing for it, before its name: "Le Maire de la Ville de X", "El Alcalde del
# Ayuntamiento de X", "The Chair of the Y Council"
_OFFICE_OF = re.compile(r"(?i)(?:(?:le|la|el|o|a|the|der|die|de|het) )?(?:pr[ée]sident[ea]?|maire|alcalde(?:sa)?|"
                        r"directeur|directrice|directora?|diretora?|prefeit[oa]|burgemeester|b[üu]rgermeister(?:in)?|"
                        r"mayor|chair(?:man|woman|person)?|rector|rectora|recteur|rectrice|reitora?|"
                        # the Dutch municipality's board signs for it: "Burgemeester en wethouders van de gemeente X"
                        r"burgemeester en wethouders|college van burgemeester en wethouders) "
                        r"(?:de la |de l'|du |de |del |da |do |des |of the |of |van de |van het |van |der |des )").match
_OFFICE_OF_FIRST = frozenset("LlEeOoAaTtDdHhPpMmCcRrBb")
_LEAD_ARTICLES = frozenset(["Os", "As", "Los", "Las", "Les"])
# a town's head signing by office, then the town's name: the town council is the employer
_MAYOR_OF = re.compile(rf"^(?:Le|La|El|De|de|le|la|el) (maire|Maire|alcalde|Alcalde|alcaldesa|Alcaldesa|burgemeester|"
                       rf"Burgemeester) (?:de |d'|del |van )([{_UP}][\w'’-]*(?: [{_UP}][\w'’-]*){{0,3}})[ ,.]*$").match
# substrings one of which every institution's line holds
_INSTITUTION_GATE = ("univers", "hogeschool", "hochschule", "gemeente", "provincie", "waterschap", "stadt", "kreis", "city of",
                     "county of", "town of", "ville de", "mairie", "commun", "conseil", "canton", "pital", "chu ",
                     "ayuntamiento", "diputaci", "prefeitura", "munic", "minist", "department of", "department for", "bureau of",
                     "office of",
                     "office for", "state of", "nhs", "chambre", "camara", "kamer van", "kammer", "ajuntament",
                     "freguesia", "unidade local")
_INSTITUTION_HINT = re.compile(_regroup("(?:" + "|".join(map(re.escape, _INSTITUTION_GATE)) + ")", "(?:"))


@lru_cache(maxsize=4096)  # pure in the line; every signature line and display name is asked
def _institution_hint(line: str) -> bool:
    return _INSTITUTION_HINT.search(line.lower()) is not None


def _logo_alts(html: str) -> list[str]:
    """The organisation a mail's top images name in their alt text ("Northwind Traders", "Logo Bloom")."""
    out: list[str] = []
    start = html.find("<img", 0, _HTML_HEAD)
    for _ in range(3):  # the first images only: a logo sits at the top
        if start < 0:
            break
        m = _IMG_ALT.match(html, start)
        start = html.find("<img", start + 4, _HTML_HEAD)
        if not m:
            continue
        alt = tidy(unescape(m.group(1) or m.group(2) or "")).strip()
        while True:
            bare = _ALT_NOISE.sub("", alt).strip(" -|:")
            if bare == alt:
                break
            alt = bare
        if 2 <= len(alt) <= 40 and fold(alt) not in _SOCIAL and not _is_vendor(alt):
            out.append(alt)
        if len(out) == 2:
            break
    return out


# a brand and its group: "X is part of the Y group", "X ist ein Unternehmen der Y Gruppe", "X est une filiale du groupe Y",
# "X es parte del Grupo Y", "X is onderdeel van Y", "X é uma empresa do Grupo Y"
_PART_OF = re.compile(
    # (the verb or, in apposition, a comma or dash: "Verdane Énergies, filiale du groupe Hélion")
    rf"({CAPSEQ})(?:,? (?:is|ist|est|es|é)|,| [–-]) "
    rf"(?:(?:a |an |one of the |proudly )?(?:part|member|subsidiary|brand|division) of|(?:operated|run|owned) by|"
    rf"(?:ein(?:e)? )?(?:Teil|Unternehmen|Tochter(?:unternehmen|gesellschaft)?|Marke) (?:der|des|von)|"
    rf"(?:une? )?(?:filiale|marque|soci[ée]t[ée]|entit[ée]|[ée]tablissement) d[eu]s?|"
    rf"(?:parte|una filial|una marca|(?:una )?empresa|filial) del?|onderdeel van|"
    # "Residencias Vitae Mayores, del Grupo Vitae": the group's name in apposition
    rf"(?:del|do|du)(?= [Gg]rup[op] | [Gg]roupe )|"
    rf"(?:een )?(?:dochter(?:onderneming|bedrijf)?|merk) van|(?:parte|(?:uma )?empresa|uma marca|uma ins[íi]gnia|uma subsidi[áa]ria|filial) d[oa]s?)"
    rf" (?:the |der |des |la |le |l'|el |de |het |o |a )?(?:(?:Gruppe|groupe|grupo|groep|group|Groupe|Grupo|Groep|Group) )?"
    rf"({CAPSEQ})")
_PART_OF_TAIL = 700
_PART_OF_GATE = ("part of", "member of", "subsidiar", "brand of", "division of", "teil d", "tochter", "marke d",
                 "unternehmen der", "filiale", "marque d", "onderdeel", "parte d", "marca d", "empresa d", "dochter",
                 "merk van", "societe d", "société d", "entite d", "entité d", "filial d", "operated by", "run by",
                 "owned by", "tablissement d", "gnia d", "del grupo", "do grupo", "du groupe")


# a subject's status or follow-up words, beside the role: "Outcome - Senior Project Officer", "Retorno - vaga X"
_SUBJECT_STATUS = frozenset(["outcome", "result", "results", "retorno", "notificacao", "notification", "notificacion",
                             "checking in", "following up", "follow up", "follow-up", "next steps", "uitslag",
                             "ergebnis", "resultat", "suivi"])


# a subject segment naming the selection itself ("Fundación X - Proceso de selección", "Grupo X | Processo seletivo"):
# as much about the application as "your application", so a name that leads it is the employer (one that follows
# it, "Processo seletivo – Atendente de Loja", is mostly the post)
_PROCESS_HEADS = frozenset(["proceso", "processo", "procedure", "procedimiento", "recrutement", "recrutamento",
                            "reclutamiento", "auswahlverfahren", "bewerbungsverfahren", "bewerbungsprozess",
                            "sollicitatieprocedure", "selectieprocedure", "wervingsprocedure", "seleccion", "selecao"])


def _joined_capitals(subj: str, at: int) -> bool:
    """The subject's segment is a capitalised name up to `at` ("– Stichting Zorg en Welzijn"), none of whose words is
    a title's head or the application's word ("Analista en Banco Sol", "Sollicitatie Medewerker en ...")."""
    before = _SUBJECT_SEP.split(subj[:at])[-1].split()
    return len(before) >= 2 and all(w[:1].isupper() and not _is_head(w) and _tok(w) not in _TITLE_FIRST
                                    for w in before) and not _APP_WORDS.search(" ".join(before))


_SUBJECT_SEP = re.compile(r"\s[-–|:]\s|:\s")


def _inner_particle(subj: str, at: int) -> bool:
    """The "van"/"von" at `at` follows a capitalised word that is not its segment's first: "Raad van Toezicht" inside
    "Secretaris Raad van Toezicht" (unlike "Afwijzing van Acme", where the application's word leads)."""
    before = _SUBJECT_SEP.split(subj[:at])[-1].split()
    return len(before) >= 2 and before[-1][:1].isupper() and not _APP_WORDS.search(before[-1])


def _firm_with_team_word(seg: str) -> bool:
    """"People Systems Benelux", "Talent Solutions Brasil": a firm named with a team word, then its trade."""
    words = seg.split()
    return (len(words) > 2 and _tok(words[0]) in _BRAND_TEAMS and words[1][:1].isupper()
            and _tok(words[1]) in _BRAND_TRADES and not _TITLE_WORDS.search(" ".join(words[1:])))


def _named_seg(seg: str) -> bool:
    """No word of the segment heads a job title: "Fundación Mar y Tierra", not "Desenvolvedor Backend"."""
    return not any(_is_head(w) or _tok(w) in _TITLE_FIRST for w in seg.split())


def _process_seg(seg: str) -> bool:
    return _tok(seg.split(None, 1)[0]) in _PROCESS_HEADS if seg.strip() else False


@lru_cache(maxsize=1024)  # pure in the line
def _status_field(line: str) -> bool:
    """A "Label: value" line whose label is one or two words and names no employer ("Status: Closed")."""
    i = line.find(":", 1, 24)
    label = line[:i]
    return (i > 0 and line[i + 1:i + 2] == " " and len(label.split()) <= 2 and label.replace(" ", "").isalpha()
            and not _EMPLOYER_FIELD.match(line))


def _universities_at(text: str) -> list[str]:
    """The universities the letter names after "at" ("at the University of Westmoor", "at Southern Cross Coastal
    University"), read where the text writes " at " (a few places a letter)."""
    out = []
    at = text.find(" at ")
    while at >= 0:
        start = at + 8 if text.startswith("the ", at + 4) else at + 4
        c = _CAPS.match(text, start)
        if c:
            name = c.group(0).split(". ", 1)[0].rstrip(".")  # (a sentence ends at its full stop)
            if name == c.group(0) and text.startswith(" of ", c.end()) and (tail := _CAPS.match(text, c.end() + 4)):
                name += " of " + tail.group(0)  # "University of Westmoor"
            if " " in name and _INSTITUTION.search(fold(name)) and "niversit" in name:
                out.append(name)
        at = text.find(" at ", at + 4)
    return out


def _job_cards(own: str) -> list[str]:
    """The employer of a job board's card line near the top: "<title> - <employer> - <place>" (the title a job's,
    such as "Cajero/a" or "Data Analyst")."""
    out: list[str] = []
    head = own[:1200]
    if " - " not in head and " · " not in head and " | " not in head and " – " not in head:
        return out  # (most boards' mail has no card line: one pass of four substring tests)
    for line in head.split("\n")[:15]:
        for sep in (" - ", " · ", " | ", " – "):
            if line.count(sep) == 2:
                title, employer, _place = (p.strip() for p in line.split(sep))
                if employer[:1].isupper() and ("/" in title or _ROLE_HINT.search(title) or _title_seg(title)):
                    out.append(employer)
                break
    return out


# "Bureau de sélection fédéral", "Centre de gestion de la fonction publique", "Office national des forêts": a public
# body's name is its noun and lower-case words after it, which a name's cut at the first lower-case word leaves bare
_PUBLIC_NAME = re.compile(r"(?:Bureau|Centre|Office|Agence|Service|Servicio|Servi[çc]o|Instituto|Institut|Caisse|"
                          r"Conseil|Consejo|Conselho|Commission|Comisi[óo]n) "
                          r"(?:de |du |des |d'|d’|del |do |da |dos |das |national |nacional |f[ée]d[ée]ral )"
                          r"[\w'’ -]{3,60}")
# ... and the words of a unit's name after such a noun ("Service des ressources humaines"): the team, not the body
_STAFF_WORDS = frozenset(["ressources", "humaines", "humanos", "humanas", "personnel", "personal", "recrutement",
                          "recrutamento", "reclutamiento", "recruitment", "rh", "rrhh", "drh", "talent", "talents",
                          "talento", "emploi", "empleo", "emprego", "carrieres", "carreras", "carreiras"])


def _public_name(seg: str) -> str | None:
    """A display name that is a public body's whole name with its lower-case words ("Bureau de sélection fédéral"),
    as written, when no more than eight words (else a sentence); None for any other segment, and for a unit's
    ("Service des ressources humaines", "Bureau du personnel": the team, not the body)."""
    seg = seg.strip()
    if seg[:1] not in "BCOASIDE" or not _PUBLIC_NAME.fullmatch(seg) or len(seg.split()) > 8:
        return None
    if _BAD_COMPANY.search(seg) or _is_vendor(seg) or any(fold(w) in _STAFF_WORDS for w in seg.split()[1:]):
        return None
    return seg


def _unit_display(display: str, mailbox: str) -> str | None:
    """The organisation in a display name of two parts, one of which names the mailbox's unit ("Volontariat -
    Solidarités Sans Frontières" <volontariat@...>, "Servicio Regional de Salud - Bolsas de Empleo" <bolsas@...>):
    the other part, however much it looks like a person's name (the unit, not a person, writes)."""
    if not _SEGMENTS.gate.search(display):
        return None
    segs = [s.strip() for s in _SEGMENTS.split(display)]
    local = _letters(mailbox.split("@", 1)[0])
    if len(segs) != 2 or len(local) < 5 or not all(segs) or _mail_provider(_domain(mailbox)):
        return None  # (on a shared mail host the mailbox is the business's own: "Camille – Le Petit Bistrot")
    domain = _letters(_domain(mailbox))
    for unit, org in (segs, segs[::-1]):
        word = _letters(unit)
        if len(word) >= 5 and (word.startswith(local) or local.startswith(word)) and word not in domain:
            return org
    return None


# a careers mailbox's display name that invites to work at the employer: the name after the invitation
_JOIN_US = re.compile(r"(?i)(?:trabaja(?:r)? (?:en|con)|trabalh[ae] (?:conosco )?(?:n[ao]s?|em)|rejoi(?:gnez|ndre)|"
                      r"travailler (?:chez|avec)|karriere (?:bei|mit)|arbeiten (?:bei|mit)|werken (?:bij|met)|"
                      r"work (?:at|with|for)|join us at|carreiras? n[ao]|empleo en|jobs? (?:at|bei|bij|en|na|chez)) "
                      r"(?=\S)")
_JOIN_US_FIRST = "TtRrKkAaWwJjCcEe"


# the sign-offs written short, which _SIGNOFF leaves to the contact reader: "vg tom", "Abs,", "Bjs", "Cdlt", "Slds",
# "Grtz": the greeting and the writer's first name under a casual letter, never an employer
_SHORT_SIGNOFFS = frozenset(["vg", "lg", "glg", "mfg", "bg", "hg", "vlg", "abs", "abss", "abç", "abc", "bjs", "bj", "bjss",
                             "att", "atte", "atenc", "cdlt", "cdt", "bsr", "amts", "biz", "slds", "sds", "salu2", "bss",
                             "abz", "gr", "grt", "grtz", "grz", "mvg", "dgrt", "thx", "rgds", "brgds", "kr", "br", "xx",
                             "xo", "xoxo"])


def _short_signoff(part: str, people: set[str]) -> bool:
    """"vg tom", "Abs", "Bjs Carla": a sign-off written short (with the writer's first name after it), not a name
    ("ABS Logistik", "Abs Fitness" are)."""
    words = part.split()
    return (len(words) <= 2 and fold(words[0]).strip(",.!") in _SHORT_SIGNOFFS and not words[0].isupper()
            and all(w.islower() or fold(w) in people for w in words[1:]))


_POSTED_GATE = ("publiée par", "publiee par", "publié par", "posted by", "advertised by", "publicada por",
                "publicado por", "gepubliceerd door", "veröffentlicht von")
_POSTED_BY = re.compile(r"\b(?:[Pp]ubli[ée]e? par|[Pp]osted by|[Aa]dvertised by|[Pp]ublicad[ao] por|"
                        r"[Gg]epubliceerd door|[Vv]eröffentlicht von) "
                        r"(?:la |le |l['’]|les |the |el |a |o |het |de |der |dem )?(?=[A-ZÀ-Þ])")


def _posted_name(text: str, at: int) -> str:
    """The publisher's name from `at`: capitalised words and the lower-case words of an administration's name that a
    joiner and a capital follow ("Communauté de communes du Val d'Oust"), to the clause's end."""
    words = text[at:at + 120].split()
    out: list[str] = []
    for i, w in enumerate(words[:10]):
        bare = w.rstrip(",.;:!?)")
        joiner = _tok(bare) in _JOINERS and _tok(bare) not in ("a", "o", "the", "for")
        if bare[:1].isupper() or (out and (_elided_capital(bare) or joiner)) or (
                out and bare.isalpha() and bare.islower() and i + 2 < len(words) and _tok(words[i + 1]) in _JOINERS
                and words[i + 2][:1].isupper()):
            out.append(bare)
            if bare != w:
                break  # a clause mark ends the name
            continue
        break
    while out and _tok(out[-1]) in _JOINERS:
        out.pop()
    return " ".join(out)


# the line under an English signature that names the employer's group: "A Beacon Group hotel", "One of the Tarn
# Leisure venues"
_GROUP_LINE = re.compile(rf"^(?:An?|One of the) ([{_UP}][^\n]{{1,50}}?) (?:company|companies|hotel|hotels|brand|"
                         r"brands|business|businesses|venue|venues|property|properties|restaurant|restaurants|member)$|"
                         # "Ein Unternehmen der WM Gruppe", "Une société du groupe Aubrac", "Una empresa del Grupo
                         # Alba", "Uma empresa do Grupo Lis", "Een bedrijf van X", "Onderdeel van X", "Part of X"
                         r"^(?:(?:Ein|Eine) (?:Unternehmen|Haus|Marke|Betrieb|Tochter\w*) (?:der|des)|"
                         r"(?:Une?|Membre) (?:(?:soci[ée]t[ée]|marque|filiale|entreprise|h[ôo]tel) )?d(?:u|e|es)|"
                         r"(?:Una|Uma|Um) (?:empresa|marca|filial|hotel) d[eoa]l?|(?:Parte|Miembro|Membro) d[eoa]l?|"
                         r"(?:Een )?(?:bedrijf|merk|dochter\w*|onderdeel|lid) van|Onderdeel van|"
                         r"Part of|Member of|Proud member of)(?: the| la| le| el| het| de| der| des| l')? "
                         rf"(?:groupe |grupo |group |groep |gruppe )?([{_UP}][^\n]{{1,50}}?)$")
# a sender's display name that only says not to answer
_NO_REPLY_DISPLAY = re.compile(r"(?i)(?:(?:no[- ]?reply|do[- ]not[- ]reply|ne pas r[ée]pondre|no responder|n[ãa]o responder|"
                               r"niet beantwoorden|bitte nicht antworten|nicht antworten)\b|"
                               # (and a lone "Notifications": the mailbox's kind, no name)
                               r"(?:notifications?|notificaciones|notifica[çc][õo]es|notificaties|benachrichtigung(?:en)?)$)"
                               ).match
# the word a unit is called by before its field ("Servicio de Selección", "Sección de Personal"): no name by itself
_BARE_UNITS = frozenset(["servicio", "servizio", "seccion", "section", "division", "divisao", "dienst", "unidad",
                         "unidade", "sector", "sektor", "referat", "sachgebiet", "dezernat", "bereich", "pole",
                         "fachdienst", "fachbereich", "fachabteilung", "stabsstelle"])
# a signer's title, then where they hold it: "Recruiter at X", "Recruiterin bei der X", "Recruiter bij X",
# "Reclutadora en X", "Recrutador na X" (French "chez" the body's phrases read)
_TITLE_AT = re.compile(rf"^(.{{2,60}}?) (?:at(?: the)?|@|bei(?: der| dem)?|bij|en|na|no) ([{_UP}].*)$")
_NOT_IN_TITLE = re.compile(r"\d|[,;:!?]|\. ")
# a degree, not a post, takes the Spanish "en": "Técnico en Sistemas", "Licenciada en Derecho"
_DEGREE_EN = frozenset(["tecnico", "tecnica", "licenciado", "licenciada", "graduado", "graduada", "ingeniero", "ingeniera",
                        "especialista", "master", "doctor", "doctora", "experto", "experta", "diplomado", "diplomada",
                        "superior", "grado", "formado", "formada"])


def _titled_at(part: str) -> str | None:
    """The organisation after a signer's title ("Senior Recruiter at Solvay Freight"), or None."""
    m = _TITLE_AT.match(part)
    if m is None or m.group(1).count(" ") > 5 or _NOT_IN_TITLE.search(m.group(1)) or not m.group(1)[0].isupper():
        return None  # "Officer post. Interviews will be held at the Civic Centre": a sentence, not a title
    if not (_TITLE_NOUNS.search(m.group(1)) or any(map(_is_head, m.group(1).split()))):
        return None
    if part[m.end(1) + 1:m.end(1) + 3] == "en" and fold(m.group(1).rsplit(" ", 1)[-1]) in _DEGREE_EN:
        return None
    return m.group(2)


def _after_signer(part: str, people: set[str]) -> str:
    """"Luísa Gouveia Recursos Humanos Seguros Farol": a signature's cells run together on one line, the signer's full
    name first; what follows it (the department, then the organisation)."""
    words = part.split()
    for k in (3, 2):
        if len(words) > k + 1 and fold(" ".join(words[:k])) in people and _is_dept(words[k]):
            # (a department must follow: "Marta Sousa Arquitetos" is a firm named after her)
            return " ".join(words[k:])
    return part


def _after_unit(part: str, display: str, mailbox: str) -> str:
    """The organisation after the unit that signs before it: "Planning Postma Transport" from
    planning@postmatransport.example (the mailbox is the unit's, the rest spells the domain), "Trainee Office Rijksdienst
    Digitale Zaken" under a mail from "Trainee Office"."""
    words = part.split()
    local = fold(mailbox).partition("@")[0]
    if (local and _letters(words[0]) == _letters(local) and fold(words[0]) not in ORG_NAME_WORDS
            and not _sector_noun(words[0]) and words[1][:1].isupper()
            and _letters(" ".join(words[1:])) in _domain_words(mailbox)):
        return " ".join(words[1:])
    if display and part.startswith(display + " ") and part[len(display) + 1:len(display) + 2].isupper() and (
            _tok(display.rsplit(" ", 1)[-1]) in _DEPT_PLACES or strip_dept(display)[1]):
        return part[len(display) + 1:]
    return part


# a social network's mail relaying a member's message: its display is the member, a person, never an employer
_MESSAGING = re.compile(r"@(?:[\w-]+\.)*(?:linkedin\.com|xing\.com)$")
# a member's headline: their title, then where they work ("Talent Acquisition at Tidewell Insurance", "Senior
# Recruiter chez Upward Search", "Tech Recruiter | Nexo Talent")
_HEADLINE_AT = re.compile(rf"^.{{2,60}}? (?:at|@|chez|bei(?: der)?|bij|en|em|na|no|\||[-–·]) ([{_UP}][^|]{{1,60}})$")
_RECRUITS = re.compile(r"(?i)recruit|recrut|reclut|headhunt|sourcing|personalberat|werving")
# the first words of a job board's link to the reader's own pages ("Zu Ihren Bewerbungen", "Naar mijn sollicitaties")
_BUTTON_LEADS = frozenset(["zu", "zur", "zum", "to", "your", "my", "naar", "mijn", "vers", "mes", "vos", "meine", "ihre",
                           "deine", "mis", "tus", "minhas", "meus", "suas", "seus"])
# the words of a job board's button before its verb ("Jobs ansehen", "Offres découvrir")
_LISTING_WORDS = frozenset(["jobs", "job", "stellen", "stellenangebote", "vacatures", "vacature", "offres", "offre",
                            "empleos", "ofertas", "vagas", "careers", "karriere"])


def _company_candidates(message: Message, own: str, signer: str | None, people: set[str],
                        add, lang: str | None = None, fields: list[str] | None = None) -> bool:  # noqa: ANN001
    """Feeds add(name, weight, source) with every company candidate; True when an agency relays a client."""
    sender = message.sender
    mailbox = sender.email or ""
    no_reply = not sender.email or is_no_reply(sender.email)
    display = tidy(sender.name or "").strip()
    shared = False  # (a business's display on a shared mail host: _shared_host_org, asked only when it matters)
    member_recruits = False  # (a social network's member who recruits: their words for the client are read too)
    if _MESSAGING.search(mailbox) and (via := _VIA.match(display)) and looks_like_person(member := via.group(1).strip()):
        # a member's message on a social network: the member is a person (named in the subject too: "Rebecca just
        # messaged you"), and the headline under the name says where they work ("Talent Acquisition at Tidewell
        # Insurance", "Tech Recruiter | Nexo Talent"): the employer, or the agency that relays its client
        people = people | {fold(member), fold(member.split()[0])}
        head = [line.strip() for line in own.split("\n", 6)[:6] if line.strip()]
        if len(head) >= 2 and fold(head[0]) == fold(member):
            at = _HEADLINE_AT.match(head[1])
            add(_company_ok(at.group(1), people, cut_ok=False) if at else None, 3.0, "signature")
            member_recruits = _RECRUITS.search(head[1]) is not None
    if display[:1] in "NnDdBb" and _NO_REPLY_DISPLAY(display):
        display = ""  # "Ne pas répondre", "No responder", "Do not reply": the mailbox's notice, no name
    if display[:1] in _JOIN_US_FIRST and (lead := _JOIN_US.match(display)):
        display = display[lead.end():]  # "Trabaja en Calzados Ibarra", "Karriere bei Lindgrün": the employer after it
    if display and (org := _unit_display(display, mailbox)) and fold(org) not in people:
        add(_public_name(org) or _company_ok(strip_dept(org)[0], people - {fold(org)}, lower_ok=True), 3.0, "display")
    elif display:
        m = _VIA.match(display)
        relayed_by = m is not None and _relayed_by(m)
        if _institutions(m.group(1) if relayed_by else display, add, 4.0, "display"):  # "Mairie de Saint-Aubin – DRH", "Hospital de Santa Clara"
            pass
        elif relayed_by and _MESSAGING.search(mailbox) and looks_like_person(m.group(1).strip()):
            pass  # "Rebecca Sandoval via LinkedIn", "Sabine Ortlepp über XING": a person's message, her employer in it
        elif relayed_by:
            add(_company_ok(strip_dept(m.group(1))[0], people, lower_ok=True), 4.0, "display")
        elif (len(dsegs := _SEGMENTS.split(display, 1)) == 2 and (looks_like_person(dsegs[0].strip()) or (
                _given_name(dsegs[0].strip(), display=True) and " " in dsegs[1].strip()
                and "\n" + dsegs[0].strip() + "\n" in own + "\n")) and not _is_vendor(dsegs[1].strip())):
            # ("Camille – Le Petit Bistrot" signed "Camille": her first name, then the business)
            add(_company_ok(strip_dept(dsegs[1].strip())[0], people, lower_ok=True), 3.0, "display")
        else:
            m = _PERSON_AT.match(display) or _ANY_AT.match(display)
            if m and m.re is _PERSON_AT and _shared_host_org(message, own):
                m = None  # "Cantinho da Avó" <cantinhodaavo@...> signed by Fátima: the business's name, not a "da"
            if m and display.endswith(")") and m.group(2)[:1].islower():
                m = None  # "Rechtbank Midden (fictief)": a remark in brackets, not a person at a company
            if (m and m.re is _PERSON_AT and any(_tok(w) in ORG_NAME_WORDS for w in m.group(1).split())
                    and strip_dept(m.group(2))[0]):
                m = None  # "Instituto de Biomedicina del Ebro", "Banca Popular de los Andes": one name, no person
            if (m and m.re is _PERSON_AT and " " not in m.group(1) and display[m.end(1):m.start(2)].strip() in (
                    "de", "da", "von") and "\n" + display + "\n" in "\n" + own + "\n"):
                m = None  # "Pão de Açúcar & Cia", signed so on a line of its own: one name, not "Pão" of a company
            if m and m.re is _PERSON_AT and " " not in m.group(1) and any(map(_is_dept, m.group(1).split("-"))):
                m = None  # "Direção-Geral de Arquivos e Memória": an administration's name, not a person's
            if (m and m.re is _PERSON_AT and " " not in m.group(1) and (rest := m.group(2).split())[:1]
                    and len(rest) >= 2 and display[m.end(1):m.start(2)].strip() == "de"
                    and _given_name(m.group(1)) and (_sector_noun(rest[-1]) or _tok(rest[-1]) in _NAME_TAILS)
                    and looks_like_person(m.group(1) + " de " + rest[0])):
                # "Jan de Boer Transport": a Dutch surname's particle, the firm named after its owner and its trade
                # (not "Servicio de Orientación Laboral")
                m = None
            if m and (fold(m.group(1)) in people or looks_like_person(m.group(1)) or " " not in m.group(1)
                      or m.re is _ANY_AT):
                add(_company_ok(strip_dept(m.group(2))[0], people, lower_ok=True), 3.0, "display")
            elif (not _person_like(display, mailbox) or (no_reply and fold(display) not in people)
                  or (shared := _shared_host_org(message, own))):
                for seg in _SEGMENTS.split(display):
                    if (_person_like(seg, mailbox) and not no_reply and not shared) or _is_vendor(seg):
                        continue
                    name, dept = strip_dept(seg)
                    weight = 3.5 if dept else (1.5 if _person_like(seg, mailbox) else 2.5) if no_reply else 2.0
                    add(_public_name(seg) or _company_ok(name, people, lower_ok=True), weight, "display")
            elif no_reply and fold(display) == fold(signer or ""):
                # a no-reply mail signed with the sender's display name: a person or the organisation itself
                add(_company_ok(display, people - {fold(display)}), 1.0, "display")
    for addr in message.reply_to:
        if addr.name and not looks_like_person(addr.name):
            name, dept = strip_dept(tidy(addr.name))
            add(_company_ok(name, people, lower_ok=True), 2.0, "display")

    # signature: team lines and organisation lines
    head, forwarded = split_forward(own)
    head = head or own
    tail = _last_sentence(head.strip()).strip()
    extra = [tail] if 3 <= len(tail) <= 70 and "\n" not in tail else []
    sig_lines = _signature_lines(head) + _dashed_lines(head) + extra
    if forwarded:
        sig_lines += _signature_lines(forwarded)
    html = message.html
    if html and html.find("<img", 0, _HTML_HEAD) >= 0:
        for alt in _logo_alts(html):
            add(_company_ok(alt, people, cut_ok=False), 2.5, "logo")
    prev = ""
    signed = {_first_signed(head, message.sender.email or ""), _first_signed(forwarded, message.sender.email or "")}
    if forwarded and (fwd_from := _FWD_FROM.search(forwarded[:2000])):
        # "Van: Frank Meijer <f.meijer@...>" and "Frank" under the forwarded letter: its writer, not the employer
        name, waddr = parseaddr(fwd_from.group(1))
        name = name.strip(" \"'")
        if name and _person_like(name, waddr) and not any(_sector_noun(w) or _tok(w) in ORG_NAME_WORDS
                                                         for w in name.split()):
            # (not "Von: Bäckerei Schulz <info@...>": the organisation itself wrote the forwarded letter)
            writer = fold(name)
            people = people | {writer} | set(writer.split())
    for ln in dict.fromkeys(sig_lines):  # once each: the dashed block often repeats the sign-off's lines
        before, prev = prev, ln
        if len(ln) > 80:
            if len(ln) <= 160 and _FOOTER_SEP.search(ln) and _DIGIT.search(ln) and not _LINK_WORDS.search(ln):
                _footer_names(ln, people, mailbox, add)  # "X GmbH | Am Kanal 8 | 28217 Bremen | HRB 1234": one line
            continue  # (else a sentence)
        if _PROXY.match(ln) or _LINK_WORDS.search(ln):
            continue
        if ln[:1] in "IiPpNn" and fold(ln.rstrip(" ,.")) in _PROXY_LINES:
            continue  # "Im Auftrag" over the unit that signs: for whom, written on a line of its own
        if ln[:1] == "P" and _POSTSCRIPT(ln):
            continue  # "P.S. Come by the shop", "P.D.: Pásate...": a postscript, a sentence after the signature
        if ":" in ln[:24] and _status_field(ln):
            continue  # "Estado: Descartada", "Etapa: Entrevista": a status block's field, not a signature line
        if ln[:1] in _POWERED_FIRST and ln.lower().startswith(_POWERED_STARTS) and (v := _POWERED.match(ln)):
            # "Powered by SmartHire": the software, not the employer
            add(_company_ok(v.group(1), people), 0.0, "vendor")
            continue
        if (ln[:1] in "©(Cc" and (c := _COPYRIGHT.match(ln))) or ("opportunit" in ln and (
                c := _EQUAL_EMPLOYER.match(ln))):
            # "© 2026 Vantage Orbital, Inc. All rights reserved.", "Thistledown Partners is an equal opportunity
            # employer.": an ATS mail's footer names the employer (the vendor's own footer is read as a vendor)
            name = _company_ok(c.group(1), people, cut_ok=False)
            add(None if name and _is_vendor(name.split()[0]) else name, 2.5, "signature", legal=_has_legal(c.group(1)))
            continue
        if _CONTACT_LINE.search(ln) or (_DIGIT.search(ln) and _FOOTER_SEP.search(ln) and _address_footer(ln)):
            # a legal footer line with the address: "Maresia Tecnologia Lda. · Rua das Flores 45, 1200-195 Lisboa"
            if _FOOTER_SEP.search(ln):
                _footer_names(ln, people, mailbox, add)
            continue
        if ("eam " in ln or "quip" in ln or "of us at" in ln) and (greet := _TEAM_GREETING(ln)):
            # "Un saludo del equipo de Frutas Ana", "Groeten van het team van Bloemerij Flora", "Cheers from the team
            # at Kiln": the sign-off and the team's employer on one line (a name a person's could be: the team's)
            name = greet.group(1).rstrip(" .!")
            add(_company_ok(strip_dept(name)[0], people - {fold(name)}, cut_ok=False), 3.0, "team")
            continue
        ln = _ON_BEHALF.sub("", ln)
        if ln[:1] in "LEDlde" and (mayor := _MAYOR_OF(ln)):
            # "Le Maire de Saint-Genis", "El Alcalde de Lorca", "De burgemeester van Delft": the town's council signs
            office, town = fold(mayor.group(1)), mayor.group(2).rstrip(" ,.")
            body = ("Gemeente " + town if office.startswith("burg") else "Ayuntamiento de " + town
                    if office.startswith("alcald") else ("Mairie d'" if town[:1] in "AEIOUÉÈÂÎ" else "Mairie de ") + town)
            add(body, 3.0, "team")
            continue
        if _institutions(ln, add):  # "School of Chemistry, University of Eastbrook": the institution itself
            continue
        if (before and before[0].isupper() and fold(ln) in people and _team_only(before) and not _TITLE_NOUNS.search(ln)
                and not _NAME_SPLIT.search(ln) and not _own_mailbox(ln, mailbox)):
            # "Dein People-Team" then "Talbrück Medizintechnik": the organisation, which looks like a name
            add(_company_ok(ln, people - {fold(ln)}, cut_ok=False), 3.0, "team")
            continue
        parts = [q for p in _SEGMENTS.split(ln) for q in (_comma_parts(p) if ", " in p else (p,)) if q.strip()]
        if ln[-1:] in ".!?" and " " not in parts[0].strip() and any(
                q.lstrip()[:1].islower() and q.count(" ") >= 2 for q in parts[1:]):
            continue  # "Désolé, nous avons trouvé quelqu'un.": a sentence opened by a word of its own, no name
        if len(parts) == 2 and "–" in ln and (whole := _name_and_trade(parts[0].strip(), parts[1].strip(), people)):
            add(_company_ok(whole, people, cut_ok=False), 1.5, "signature")
            continue
        if (len(parts) == 2 and " " not in (first := parts[0].strip()) and _signer_word(first, people, display)
                and (rest := _OF_ORG_REST.match(parts[1].strip()))
                and (" " in rest.group(1) or _sector_noun(rest.group(1)))):
            parts = [first, rest.group(1)]
        for p in parts:
            p = p.strip()
            if (p[:1] in "IiDdEeYyOoVvNnUuJ" and " " in p and (own_word := p.split(" ", 1))[0].lower() in _POSSESSIVES
                    and own_word[1][:1].isupper() and not strip_dept(own_word[1])[1]):
                p = own_word[1]  # "Ihr Brauhaus zum Löwen", "Votre Boulangerie Martin": the employer, addressed to you
            if p.endswith(")") and (m := _NAME_THEN_ORG.match(p)):
                p = m.group(1)  # "Lucía (Panadería Lucía)": the first name signed, then the organisation in brackets
            elif p.endswith(")") and (grp := _BRACKETED_GROUP.match(p)):
                add(_company_ok(grp.group(2), people, cut_ok=False), 0.0, "parent")
                p = grp.group(1)  # "Aguas Claras (Grupo Hidronor)": the employer, then the group it belongs to
            elif " " in p and (business := _first_then_business(p, people, display)):
                p = business  # "Olaf vom Hofladen Sonnenwiese": the signer, then the business
            elif p.count(" ") >= 3:
                p = _after_signer(p, people)
            if p.count(" ") >= 2 and p[:1].isupper():
                p = _after_unit(p, display, mailbox)
            if not p or fold(p) in people or _signoff(p) or _short_form(p, people) or _short_signoff(p, people):
                continue
            if fold(p.rstrip(" ,.!")) in _FAMILIAR_SIGNOFFS:
                continue  # "Beijinhos,", "Bisous", "Abrazos" over a friend's or a shop owner's name: no company
            legal = _has_legal(p)
            if p[0].islower() and not (legal and p.split(" ", 1)[0] in _NAME_PARTICLES_LOW) and (
                    ln.count(" ") >= 5 or (ln[-1:] in ".!?" and not legal)) and not (
                    p[:2] in _TEAM_LEADS_LOW and _TEAM_LINE_LOW(p) and ln[-1:] not in ".!?"):
                # "délibération, le comité n'a pas souhaité...", "Déjà pris, désolé.", "próxima fase. Seus dados
                # continuam no nosso banco de talentos.": a sentence, not a signature line (nor a team's)
                continue
            if " " in p and (at := _titled_at(p)):
                add(_company_ok(strip_dept(at)[0], people, cut_ok=False), 2.5, "signature")
                continue  # "Recruiter at Solvay Freight", "Reclutadora en Naviera Atlántica": the signer's employer
            if ((_TITLE_NOUNS.search(p) or (" " not in p and _is_head(p))) and not legal and not _partnership(p)
                    and not _search_firm(p)):
                continue  # "Talent Acquisition Specialist", "HR Business Partner", "Geschäftsführer": the signer's title
            name, dept = strip_dept(p)
            if dept and name and (fold(name.split()[0]) in _PRESIDING or fold(name) in _FOR_WORDS_LEAD
                                  or fold(name) in _BARE_UNITS or _office_holder(name)):
                # "Le Président du Centre de gestion": who signs (a body's head), not the body's name; "Pela Direção,",
                # "Por la Dirección": for whom one signs, the employer named under it; "Servicio de Selección": a
                # unit's own word, no name
                continue
            if dept and name.startswith(("vom ", "beim ")):
                name = name.split(" ", 1)[1]  # "Ihr Team vom Hotel Alpenblick": "von dem", the team's employer after it
            if dept and p.count(" ") >= 3 and any(w in _CLAUSE_WORDS for w in p.lower().split()):
                continue  # "Leuk dat je wilde komen werken, maar ...": a sentence of the letter, not a team's line
            if dept and fold(name) in _SITE_WORDS:
                continue  # "Careers site", "Karriereportal": the hiring site's page, no team's employer
            if dept and (name.islower() and fold(p.split(" ", 1)[0]) in _LISTING_WORDS
                         or fold(name.split(" ", 1)[0]) in _BUTTON_LEADS):
                continue  # "Jobs ansehen", "Zu Ihren Bewerbungen": a job board's button, no team's employer
            if dept:
                add(_company_ok(name, people, lower_ok=True), 3.0, "team")
                continue
            if (_TITLE_WORDS.search(p) and not legal and not any(_tok(w) in ORG_NAME_WORDS for w in p.split())
                    and not _partnership(p) and not _search_firm(p)):
                continue
            if p in signed:
                continue  # "Un saludo,\nMarta": the first name signed under the letter, not the company
            if p[:1] in "AOEUMP" and (group := _GROUP_LINE.match(p)):
                add(_company_ok(group.group(1) or group.group(2), people, cut_ok=False), 0.0, "parent")
                continue  # "A Beacon Group hotel" under "The Harbour Inn": the group the employer belongs to
            if p.count(" ") == 1 and fold(p.split()[1]) in _SIGNING_OFFICES and fold(p.split()[0]) in _ARTICLES:
                continue  # "Le Proviseur", "Der Vorstand": the office that signs, not the organisation
            if legal and _is_vendor(p.split()[0]):
                add(_company_ok(p, people, cut_ok=False), 0.0, "vendor")  # "Gupy Tecnologia ... Ltda.": the software's
                continue
            weight = 2.5 if legal else 1.0 if _person_like(p, mailbox) else 1.5
            add(_company_ok(p, people, lower_ok=len(p.split()) <= 2, cut_ok=False), weight, "signature", legal=legal)

    if (head_line := _letterhead(own)) is not None:
        add(_company_ok(head_line, people, cut_ok=False), 2.5, "logo")

    subject = tidy(message.subject or "")
    subj = _REPLY_PREFIX.sub("", subject)
    for m in _SUBJECT_AT_BLIND.finditer(subj):
        raw = subj[m.start(1):m.end(1)]
        if raw[:4] in ("the ", "The ") and raw[4:5].isupper():
            raw = raw[4:]  # "Your application to the Met Office": the article before a name (not "at the client")
        if " " in raw and _relayed_by(via := _VIA.match(raw)):
            raw = via.group(1)  # "Your application to Northwind Logistics via Indeed": the board relays, not a name
            # (and "via Otta": the board names itself the relay, under whatever name it signs)
            add(_company_ok(raw, people, lower_ok=True), 2.5, "relay")
            add(_FIELD_MARK, 0.0, "mark")
        name = _company_ok(strip_dept(raw)[0], people, lower_ok=True)
        # "Poste d'analyste en cybersécurité", "Teamleider en een ander idee": after a word that is also "in" or
        # "and", a lower-case phrase is rarely a name ("at northwind labs" is)
        weak = name and name[0].islower() and subj[m.start():m.start() + 3].lower() in _WEAK_AT
        if (name and not weak and lang == "nl" and subj[m.start():m.start() + 3] == "en "
                and _joined_capitals(subj, m.start())):
            weak = True  # "Stichting Zorg en Welzijn Drechtsteden": the Dutch "en" ("and") joins words of one name
        if (name and not weak and subj[m.start():m.start() + 4].lower() in ("van ", "von ")
                and _inner_particle(subj, m.start())):
            weak = True  # "Secretaris Raad van Toezicht", "Leiter Haus von Blumen": a particle inside a name or title
        add(name, 0.5 if weak else 2.0, "subject_at")
    if no_reply and subj[:1].isupper() and (sent := _SENT_YOU_A_MESSAGE.match(subj)) and not looks_like_person(
            sent.group(1) or sent.group(2)):
        # a job board's notice "Rheinfels Immobilien hat Ihnen eine Nachricht gesendet": the employer writing through
        # it (a recruiter's own name there is a person's, not the employer's)
        add(_company_ok(sent.group(1) or sent.group(2), people, cut_ok=False), 2.5, "relay")
    if subj[:1] == "[" and (tag := _SUBJECT_TAG(subj)) and not (
            _APP_WORDS.search(tag.group(1)) or _ROLE_HINT.search(tag.group(1)) or fold(tag.group(1)) in _MAIL_TAGS):
        # "[Fernbrook] Your application": the sender's tag on its own mail, its name (not "[EXTERNAL]", a mail
        # server's warning)
        add(_company_ok(strip_dept(tag.group(1))[0], people, cut_ok=False), 1.5, "subject")
    if subj[:5] == "Your " and (own_app := _YOUR_NAME_APPLICATION(subj)) and fold(
            own_app.group(1).split()[0]) not in _APPLICATION_KINDS:
        add(_company_ok(own_app.group(1), people, cut_ok=False), 1.5, "subject")  # "Your Saltmarsh application"
    segs = [s for s in _SEGMENTS.split(subj) if s.strip()]
    if len(segs) >= 2:
        # "<Company> – your application", "<Company> | Ref. 4411: <role>": the segment beside the one about the application
        for i, seg in ((0, segs[0]), (len(segs) - 1, segs[-1])):
            other = segs[:i] + segs[i + 1:]
            if (_APP_WORDS.search(seg) or (_TITLE_WORDS.search(seg) and not _firm_with_team_word(seg)
                                           and not _team_of_name(seg))
                    or _ROLE_HINT.search(seg) or _DIGIT.search(seg)
                    or (i and _DIGIT.search(segs[i - 1]))  # "Vacature 8812 | <role>"
                    or fold(seg.strip()) in _SUBJECT_STATUS  # "Outcome - <role>": a status word, no name
                    or _process_seg(seg)):  # "Proceso de selección": the selection, no name
                continue
            if not any(_APP_WORDS.search(o) or _DIGIT.search(o) or (_process_seg(o) and not i and _named_seg(seg))
                       for o in other):
                if len(segs) == 2 and _title_seg(other[0]) and not _title_seg(seg):
                    # "Diseñador Gráfico – Universidad de X": the segment beside a title, if it is a name as a whole
                    name, _dept = strip_dept(seg)
                    if not _institutions(name, add, 2.0, "subject"):
                        add(_company_ok(name, people, cut_ok=False), 1.0, "subject")
                continue
            name, _dept = strip_dept(seg)
            add(_company_ok(name, people, lower_ok=True), 1.0, "subject")
        if len(segs) == 3 and (mid := segs[1].strip()) and not (
                _APP_WORDS.search(mid) or _ROLE_HINT.search(mid) or _DIGIT.search(mid) or _title_seg(mid)) and (
                (_title_seg(segs[0]) and _APP_WORDS.search(segs[2])) or (
                    _APP_WORDS.search(segs[0]) and _title_seg(segs[2]))):
            # "Sales Associate – Harvest Market: application update": the employer between the post and the news
            add(_company_ok(strip_dept(mid)[0], people, cut_ok=False), 1.0, "subject")

    text = _flat(own)
    agency = False
    low = _flat_low(own)
    gates = _company_gates(low)
    if "possessive_team" in gates:
        for m in _POSSESSIVE_TEAM.finditer(text):  # "Lindqvist's hiring team has reviewed your application"
            add(_company_ok(m.group(1), people), 2.0, "body")
    client_gate = "client" in gates
    for m in (_CLIENT_BLIND.finditer(text) if client_gate else ()):
        whole = text[m.start():m.end()]
        if whole[:1].islower() and "Client" in whole[:12]:
            continue  # "for the Client Service Associate role": a capitalised "Client" inside a title, no client
        raw = text[m.start(1):m.end(1)]
        if raw[:1].isupper() and (art := _cap_article(text, m.start(1))):
            raw = art + raw  # "notre client La Poste a examiné": a capitalised article mid-sentence is the name's
        if raw[:1].isupper() and (text.startswith(_INNER_JOINS, m.end(1)) or (
                " " not in raw and text.startswith(_FOR_JOINS, m.end(1)) and fold(raw) in ORG_NAME_WORDS)):
            # "nuestro cliente Talento y Futuro Consultores ha revisado", "unser Mandant, das Institut für
            # Umweltfragen, hat": a joiner between capitalised words is inside the name, not its end: the name runs
            # to the clause's first lower-case word
            raw = _CLAUSE_MARK.split(text[m.start(1):m.start(1) + 80], 1)[0]
        name = _company_ok(_cap_prefix(raw), people, lower_ok=True)
        if name and name[0].islower() and _tok(name.split(" ", 1)[0]) in _INDEFINITE:
            name = None  # "unser Auftraggeber, ein mittelständischer Maschinenbauer,": described, not named
        if name and name[0].islower() and (whole[:2].lower() in ("el", "le", "o ", "de", "la", "re")
                                           or (" " in name and text[m.start(1) - 2:m.start(1)] not in (", ", " ("))
                                           or _VERBISH.match(name) or _tok(name.split()[0]) in _JOINERS):
            # "el cliente ha decidido...", "nuestro cliente del sector retail": a verb or a sector; "für unsere Kunden
            # besonders kritisch ist": a lower-case phrase, unless set off ("my client, northwind labs, on...")
            name = None
        if name is None and _CLIENT_NOUN.search(whole):
            add(_UNNAMED, 0.0, "unnamed")  # the client decided, unnamed in this sentence
        if name and name[0].islower() and text[m.start(1) - 2:m.start(1)] not in (", ", " ("):
            # "de klant gekregen", "o cliente optou": a lower-case word after the client noun is mostly a verb or a
            # phrase; a brand written so ("datavive") needs another clue to agree, and makes no agency by itself
            add(_UNNAMED, 0.0, "unnamed")
            add(name, 1.0, "client")
        elif name:
            add(name, 4.5, "client")
            agency = True
    for m in (_CLIENT_APPOS.finditer(text) if client_gate else ()):
        words = m.group(1).split()
        while words and (_tok(words[0]) in _CONNECT or _ADVERB_LEAD.match(words[0] + " ")
                         or fold(words[0]) in _SENTENCE_START):
            words.pop(0)
        if words and (words[0].lower() in _ADDRESS_WORDS or _addressed_before(text, m.start(1))):
            continue  # "Sehr geehrte Frau Albers, unser Mandant ...": the one addressed, then the client noun
        name = _company_ok(" ".join(words), people)
        if name:
            add(name, 4.5, "client")
            agency = True
    langs = (lang,) if lang in _BODY_COMPANY else tuple(_BODY_COMPANY)
    if case_safe := _case_safe(text):
        body = [(_BODY_COMPANY_LOW[c], low if _BODY_COMPANY_BLIND[c] else text) for c in langs]
    else:
        body = [(_BODY_COMPANY[c], text) for c in langs]
    if member_recruits or (not no_reply and _recruiter_writes(mailbox, own)):
        # a person at a recruitment firm: its words for the client too
        body.append((_AGENCY_SLOT, low) if case_safe else (_AGENCY_SLOT_I, text))
    for rx, hay in body:
        for m in rx.finditer(hay):
            name = _their_employer(_body_name(text, m.end(), people))
            if name and name[0].islower() and " " in name and name.split(" ", 1)[1][:1].isupper() and _sector_noun(
                    name[0].upper() + name.split(" ", 1)[0][1:]):
                name = name[0].upper() + name[1:]  # "bij woonzorgcentrum Ter Linde": the sector noun, written small
            add(name, 2.0 if name and not name[0].islower() else 0.5, "body")  # "datavive": only with agreement
    if "team_opens" in gates:
        # a sentence opened by the employer's team: "El equipo de Selección de Aguas Claras te agradece...", "A equipa
        # da Livraria Tavares agradece...", "Het team van X bedankt je" (not a signature's "Equipo de Talento")
        for m in _TEAM_OPENS.finditer(text):
            add(_company_ok(strip_dept(m.group(1))[0], people, cut_ok=False), 2.0, "body")
    if "university" in gates:  # "the Research Fellow post at Southern Cross Coastal University": the university itself
        for name in _universities_at(text):
            add(_company_ok(name, people, cut_ok=False), 3.0, "body")
    # a job board relaying the employer's answer: "Werkgever: X", "A empresa X encerrou...", "X reviewed your application"
    for line in _field_lines(own) if fields is None else fields:
        m = _EMPLOYER_FIELD.match(line) if ":" in line[:20] else None
        if m:
            add(_company_ok(tidy(m.group(1)), people), 3.0, "relay")
            add(_FIELD_MARK, 0.0, "mark")  # a job board's field names the employer outright
        elif "Department for " in line or "Office for " in line or "Ministry of " in line:
            # a public jobs portal's field: "Department: Office for Rural Connectivity", "Vacancy: Policy Adviser,
            # Department for Coastal Affairs (ref 311482)": the public body is the employer, not the portal
            value = _PAREN.sub("", line.split(":", 1)[1]).strip()
            if _institutions(value, add, 3.0, "relay"):
                add(_FIELD_MARK, 0.0, "mark")
    if (display and _is_vendor(display)) or is_platform_domain(_domain(mailbox)):
        for card in _job_cards(own):  # "Cajero/a - Supermercados La Estancia - Córdoba": a board's job card
            add(_company_ok(card, people, cut_ok=False), 2.5, "relay")
        for m in (_NAME_ACTS.finditer(subj) if any(map(subj.__contains__, _NAME_ACTS_NOUNS)) else ()):
            # "Pflegedienst Lebensbaum hat Ihre Bewerbung geprüft": the board's subject names the employer who acted
            # (a name of one word there is mostly the subject's own noun: "Novedades de tu candidatura")
            if " " in m.group(1):
                add(_company_ok(m.group(1), people, cut_ok=False), 2.5, "relay")
    for m in (_THE_COMPANY.finditer(text) if "the_company" in gates else ()):
        add(_company_ok(m.group(1), people, cut_ok=False), 2.5, "relay")
        add(_FIELD_MARK, 0.0, "mark")
    # (the flattened letter's end, lower-cased)
    if "part_of" in gates and any(map(low[-_PART_OF_TAIL:].__contains__, _PART_OF_GATE)):
        tail = own[-_PART_OF_TAIL:] if len(own) <= _READ else own[max(0, _READ - _PART_OF_TAIL):_READ]
        # "Kiteline is part of the Halvard Holdings group" under the sign-off: the brand that writes is the employer,
        # not its parent (read in the letter's last lines, where a footer says so)
        for m in _PART_OF.finditer(tidy(tail)):  # line by line: a signature's name line is no part of it
            part = _company_ok(m.group(1), people, cut_ok=False)
            if part and fold(part.split()[0]) not in _SENTENCE_START:
                add(part, 2.0, "part")
                add(_company_ok(m.group(2), people, cut_ok=False), 0.0, "parent")
    # (where the last noun begins; -1: none, no match)
    last = max(map(text.rfind, _NAME_ACTS_NOUNS)) if "name_acts" in gates else -1
    for m in (_NAME_ACTS.finditer(text, 0, last + _NAME_ACTS_REACH) if last >= 0 else ()):
        words = m.group(1).split()
        while words and words[-1].islower() and _tok(words[-1]) in _JOINERS:
            words.pop()  # "Gostaríamos de agradecer a sua candidatura": a verb and its preposition, no name
        if len(words) > 2 and _tok(words[0]) in _EMPLOYER_NOUNS:
            words = words[1:]  # "L'entreprise Maison Garnier a étudié votre candidature": the name after the noun
        if len(words) > 1 and fold(words[0]) in _WIDEN_STOPS:
            words = words[1:]  # "Namens De Kroon Hotels bedanken wij je voor je sollicitatie": on whose behalf
        if len(words) > 2 and words[0] in ("A", "O"):
            words = words[1:]  # "A Construtora Horizonte Azul agradece sua participação": the Portuguese article
        if len(words) > 1 and words[0] + "\n" in own and words[0] + " " + words[1] not in own:
            continue  # "Estado: Descartada" then "Lamentamos ... tu candidatura": a name never runs over a line's end
        if len(words) > 1 and (_tok(words[0]) not in _ARTICLES or (  # "Textiles Quimbaya revisó la hoja de vida": a one-word opener is usually "We"
                len(words) > 2 and words[0] == "The" and words[1][:1].isupper())):
            # ("L'équipe de Brasserie des Quais vous remercie": the team's words are no part of the name; "The Harbour
            # Kitchen has reviewed your application": an article, then a name of two words or more)
            add(_company_ok(strip_dept(" ".join(words))[0], people, cut_ok=False), 2.5, "relay")
    found = _acts_names(text, lang, subj)  # one literal-led pattern: cheaper than gating it
    relay = not no_reply and "relay" in gates  # a recruiter writes in person
    if found or relay:
        own_labels = _domain_labels(message, "")[:1]
        if relay:  # "I put you forward for the X role at Juniper", "Ik heb je cv voorgesteld bij Brugwater"
            for sentence in _SENTENCE_END.split(text):
                if any(map(sentence.lower().__contains__, _RELAY_PHRASES)):
                    found += [m.group(1) for m in _RELAY_AT.finditer(sentence)]
        for raw in found:
            name = _company_ok(_ADVERB_LEAD.sub("", raw), people)
            if name and _tok(name.split()[0].split("'")[-1]) in _GENERIC_EMPLOYER:
                continue  # "L'entreprise a décidé", "The company has decided": no name
            if name and not _matches_domain(_key(name), [_letters(w) for w in name.split()], own_labels):
                add(name, 4.0, "client")
                agency = True
    if "feedback" in gates and any(map(text.__contains__, _FEEDBACK_GATE)):
        # "Feedback von Caldera Automotive", "see the reply from Kilbride Software below": a recruiter passes on what
        # the employer answered (not the sender's own organisation)
        own_labels = _domain_labels(message, "")[:1]
        for m in _FEEDBACK_FROM.finditer(text):
            name = _company_ok(strip_dept(m.group(1))[0], people)
            if name and not _matches_domain(_key(name), [_letters(w) for w in name.split()], own_labels):
                add(name, 4.0, "client")
                agency = True
    if "posted" in gates:
        # "l'offre « Agent d'accueil » publiée par la Communauté de communes du Val d'Oust", "the vacancy posted by
        # Harrow Council": a job board relays the offer of the employer that published it
        for m in _POSTED_BY.finditer(text):
            name = _posted_name(text, m.end())
            if "'" in name and name.replace("'", "’") in own:
                name = name.replace("'", "’")  # as the letter writes it ("Val d’Oust"), not as the text was tidied
            # (a public body's lower-case words belong to its name, unlike a company's: "Communauté de communes ...")
            if not (_INSTITUTION.search(fold(name)) and not _BAD_COMPANY.search(name)):
                name = _company_ok(name, people)
            if name and not looks_like_person(name):  # (not "the job posted by Laura Benning", a recruiter)
                add(name, 4.0, "relay")
                add(_FIELD_MARK, 0.0, "mark")  # the board names the employer outright, over its own name
    if no_reply and (footer := _vendor_footer_line(own, _domain(mailbox))):
        for m in _VENDOR_FOOTER.finditer(footer):
            add(_company_ok(m.group(1) or m.group(2), people, cut_ok=False), 3.0, "relay")
    if "behalf" in gates:
        # "we are recruiting on behalf of Ashford Borough Council", "sent by HireGrid on behalf of Westerly Freight":
        # the writer says outright whose the position is (when it is not the writer's own domain)
        own_labels = _domain_labels(message, "")[:1]
        for m in _BEHALF_OF.finditer(text):
            name = _company_ok(m.group(1), people, cut_ok=False)
            if name and _tok(name.split()[0]) in _BOARDS:
                continue  # "Em nome da Diretoria", "au nom du Comité de sélection": the writer's own board
            # (a two-word name with its legal form is a firm's, however like a person's: "Lindqvist Elektro GmbH")
            person = name is not None and name.count(" ") == 1 and looks_like_person(name) and not _has_legal(m.group(1))
            if name and not person and not _matches_domain(_key(name), [_letters(w) for w in name.split()], own_labels):
                add(name, 4.0, "client")
                agency = True
    if subj[:1] in "FfTtRr" or ": " in subj:
        # a subject about a named third party: "Feedback Falkenried Logistik", "Terugkoppeling Hoekstra Transport",
        # "Controller (cliente: Grupo Serra)": the recruiter's client, unless the sender's own domain spells it
        for m in _SUBJECT_CLIENT.finditer(subj):
            own_labels = _domain_labels(message, "")[:1]
            raw = m.group(1) or m.group(2)
            if m.group(1) and (" " not in raw or strip_dept(raw)[1] or _title_seg(raw) or _ROLE_HINT.search(raw)
                               or _TITLE_NOUNS.search(raw) or any(_is_head(w) for w in raw.split())):
                continue  # "Rückmeldung Filialleitung Paderborn", "Feedback Product Owner": the position, not a client
            name = _company_ok(raw, people)
            if name and not _matches_domain(_key(name), [_letters(w) for w in name.split()], own_labels):
                add(name, 4.0, "client")
                agency = True
    if any(map(text.__contains__, _PASSED_ON)):  # "X have come back: no", "X have let me know"
        for m in _CLIENT_FIRST.finditer(text):
            # "Just a quick note - Calloway Brewing have come back to me": the capitalised words before the verb
            name = _company_ok(_ADVERB_LEAD.sub("", _cap_suffix(m.group(1))), people)
            if name:
                add(name, 4.0, "client")
                agency = True
    return agency


_NEXT_CLAUSE = re.compile(r" (?:and|und|et|y|e|en) (?:I|I'm|I've|I'd|we|we're|we've|they|it's|ich|wir|je|nous|"
                          r"yo|eu|ik|wij|we)\b")


def _their_employer(name: str | None) -> str | None:
    """"Claire at Hartwell Grocers" ("off the phone with Claire at Hartwell Grocers"): a first name, then where she
    works, which is the name; a name followed by a clause of its own ("Castell Insurance and I'm afraid") without it;
    any other name as it is."""
    if name and " at " in name and (at := _PERSON_AT.match(name)) and " " not in at.group(1) and _given_name(at.group(1)):
        return at.group(2)
    if name and (clause := _NEXT_CLAUSE.search(name)):
        return name[:clause.start()]  # "the phone with Castell Insurance and I'm afraid": a clause of its own follows
    return name


# the heads of a public body or a board who sign for it ("Le Président du Centre de gestion", "El Alcalde"), their
# title's first word
_PRESIDING = frozenset(["president", "presidente", "presidenta", "maire", "alcalde", "alcaldesa", "burgemeester",
                        "burgermeister", "voorzitter", "vorsitzende", "vorsitzender", "prefeito", "prefeita", "chair",
                        "chairman", "chairwoman", "chairperson", "mayor"])
# who heads a school, a firm or a public body and signs for it with an article ("Le Proviseur", "Der Vorstand", "La
# Directrice", "The Headteacher"): the signer's office, not the employer's name (unlike "La Poste", "De Kroon")
_SIGNING_OFFICES = _PRESIDING | _BOARDS | frozenset(fold(w) for w in [
    "proviseur", "proviseure", "principal", "principale", "headteacher", "headmaster", "headmistress", "dean", "doyen",
    "rector", "rectora", "recteur", "rectrice", "reitor", "reitora", "rektor", "rektorin", "decano", "decana",
    "directeur", "directrice", "director", "directora", "diretor", "diretora", "direktor", "direktorin",
    "schulleitung", "schulleiter", "schulleiterin", "geschäftsführung", "geschäftsleitung", "geschäftsführer",
    "geschäftsführerin", "inhaber", "inhaberin", "gérant", "gérante", "gerente", "owner", "management", "direction",
    "dirección", "direção", "leitung", "bürgermeisterin"])


def _trade_word(word: str) -> bool:
    return word in ORG_NAME_WORDS or word in _NAME_TAILS or word in _ORG_FIRST  # (_NAME_TAILS: defined further on)


def _name_and_trade(name: str, trade: str, people: set[str]) -> str | None:
    """"Paulo Rocha – Mediação Imobiliária", "Reis & Filhas – Contabilidade": a sole trader's or a family firm's line,
    its name then the trade it plies, which is part of the name as people write it (not the trade alone: it names
    no one; not "Clinique du Parc – Groupe Santé Ouest", a proper name after the dash)."""
    trade = strip_legal(trade).rstrip(" ,")  # ("Ribeiro & Filhos – Contabilidade, Lda.": the legal form ends the line)
    words = [fold(w) for w in trade.split()]
    if not 1 <= len(words) <= 4 or _TITLE_NOUNS.search(trade) or _is_dept(trade.split()[0]):
        return None
    if not all(_trade_word(w) or w in _JOINERS for w in words):
        return None  # "Julien Lemaire – Atelier Colibri": the workshop's own name, the person's beside it
    # the owner's full name, or a firm of partners ("Reis & Filhas"), before its trade
    return f"{name} – {trade}" if (fold(name) in people and " " in name) or "&" in name else None


# the head of a unit, written small or with an article: "het hoofd Personeelszaken", "Le Directeur général des services"
_UNIT_HEAD_WORDS = frozenset(["hoofd", "head", "chef", "cheffe", "jefe", "jefa", "chefe", "leiter", "leiterin"])


def _office_holder(name: str) -> bool:
    """What strip_dept leaves of a signer's office over a unit ("Directeur", "hoofd"): who signs, not the employer."""
    words = fold(name).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return len(words) <= 2 and (words[0] in _SIGNING_OFFICES or words[0] in _UNIT_HEAD_WORDS)


# the sending software's line under a letter: "Powered by SmartHire", "Gesendet über Recruitee", "Envoyé via X"
_POWERED = re.compile(r"(?i)(?:powered by|sent (?:via|with|using)|gesendet (?:über|mit|via)|bereitgestellt von|"
                      r"envoy[ée] (?:via|avec|par)|enviado (?:por|via|com|desde)|verzonden (?:via|met))"
                      r"\s+(\S.{1,40})$")
_POWERED_FIRST = "PpSsGgBbEeVv"
_POWERED_STARTS = ("powered", "sent ", "gesendet", "bereitgestellt", "envoy", "enviado", "verzonden")


def _team_of_name(seg: str) -> bool:
    """"Team Kranich", "Kroonduif Recruiting": a team's words around a name, no job title ("Team Lead" is one)."""
    name, dept = strip_dept(seg)
    return dept and name[:1].isupper() and not (_TITLE_WORDS.search(name) or _ROLE_HINT.search(name)
                                                or _TITLE_NOUNS.search(name))


@lru_cache(maxsize=1024)  # pure in the segment
def _title_seg(seg: str) -> bool:
    """A subject segment written as a job title: capitalised words (or joiners, markers) one of which is a head noun."""
    words = seg.split()
    return 0 < len(words) <= 7 and any(len(w) >= 4 and _is_head(w) for w in words) and all(
        _capital(w) or _tok(w) in _TITLE_JOIN or w.startswith("(") for w in words)


def _with_digits(best: str, message: Message, own: str) -> str:
    """"Nube" read from "de Nube 3." for mail from nube3.example: the name with the number its domain spells."""
    domain = _domain(message.sender.email or "")
    digits = "".join(c for c in domain.split(".")[0] if c.isdigit()) if domain else ""
    if not digits or _DIGIT.search(best) or _letters(best) not in _letters(domain):
        return best
    m = re.search(r"(?:\b" + digits + " " + re.escape(best) + r"\b|\b" + re.escape(best) + " " + digits + r"\b)", own)
    return m.group(0) if m else best


# the words that end a business's own name ("Rotor Aviation Services", "Falcon Ridge Group", "Quill Software"): a
# department strip or a shorter clue drops them, but the employer as the mail writes it in full keeps them
_NAME_TAILS_TEXT = """
group groep groupe gruppe grupo services service servicos software systems logistics logistik foods pharma labs digital
agency ai association partners insurance assurances versicherung energy energie pagamentos payments industria handling
distribution personalservice staffing personalberatung consultores consultancy automotive holdings studio technologies
solutions spa homes interim bank hotels supermarkets engineering cloud verlag reisen
saude consultoria energia tecnologia logistica alimentos bau pflege transportes transports engenharia ingenieria
advogados abogados arquitetura arquitectura imobiliaria inmobiliaria medien technik immobilien seguros construcoes
construcciones farma distribuidora servicios health healthcare analytics robotics capital ventures security networks
unit elektro bouw techniek advies accountants advocaten
biosciences bioscience therapeutics pharmaceuticals diagnostics medical
asociados associados associes associates sons sohne zonen filhos hijos fils hermanos irmaos freres"""
_NAME_TAILS = frozenset(fold(w) for w in _NAME_TAILS_TEXT.split())
_TAIL_RUN = re.compile(rf"((?: (?:&|and|und|e|y|et))?(?: [{_UP}][\w'-]*){{1,3}})(,? [{_UP}]|[^\S\n]*\n|[^\w&-]|$)")


_NOT_SECTOR = frozenset(["office", "department", "support", "admin", "company", "international", "global", "express",
                         "norte", "sul", "the", "recursos", "humanos"])


def _sector_noun(word: str) -> bool:
    """A capitalised noun that heads a business's name: "Meubelfabriek", "Panadería", "Instituto"."""
    w = fold(word)
    return word[:1].isupper() and w not in _NOT_SECTOR and not _is_dept(word) and (
        w in ORG_NAME_WORDS or (len(w) >= 8 and w.endswith(_SECTOR_ENDS)))


def _full_name(best: str, message: Message, own: str) -> str:
    """The chosen name as the mail writes it in full: "Falcon Ridge" -> "Falcon Ridge Group" when the letter, subject or
    display name goes on with a business word (not with a legal form: the brand is what a person says), and
    "Eikenhout" -> "Meubelfabriek Eikenhout" when a sector noun heads it."""
    hay = "\n".join((message.subject or "", message.sender.name or "", own[:_READ]))
    at = hay.find(" " + best)
    while " " not in best and at >= 0:  # a one-word name: the sector noun before it, if the mail writes one
        before = hay[max(0, at - 30):at].rsplit(None, 1)[-1:] if hay[at - 1:at].strip() else []
        if before and _sector_noun(before[0]) and not hay[at + 1 + len(best):at + 2 + len(best)].isalpha():
            return before[0] + " " + best
        at = hay.find(" " + best, at + 1)
    if best + "\n" in hay:  # a hard-wrapped letter goes on with the name on the next line: "Rosemont Care\nHomes."
        # (in the letter only: the subject's end and the display name's after it wrap nothing)
        at = hay.find(best + "\n", len(message.subject or "") + len(message.sender.name or "") + 2)
        while at >= 0:
            if hay[at - 1] != "\n":  # (not a line of its own: "Rijksdienst X" over "Ministerie Y" names two bodies)
                hay += "\n" + best + " " + hay[at + len(best) + 1:at + len(best) + 41].split("\n", 1)[0]
            at = hay.find(best + "\n", at + 1)
    if best + " " not in hay:
        return best  # the cheap test first: most names are never written with more after them
    at = hay.find(best + " ")
    while at >= 0:  # each place the name is written, read by a compiled pattern (no pattern per name)
        m = _TAIL_RUN.match(hay, at + len(best))
        at = hay.find(best + " ", at + 1)
        if not m:
            continue
        words = m.group(1).split()
        if m.group(2).strip(" ,")[:1].isupper() or _LEGAL_END.fullmatch(m.group(1) + m.group(2).rstrip()):
            continue  # "Falcon Ridge Group Holdings Ltd": a longer run, or the legal form
        if fold(words[-1]) in fold(best).split():
            continue  # "Studio 9" then a line that begins "Studio 9 ·": the name written again, not its tail
        run = m.group(1)
        if len(words) == 2 and words[0] == "&" and not _sector_noun(words[1]) and not _is_dept(words[1]):
            return best + run  # "Ferreira & Costa", "Krüger & Sohn": a firm named after its partners
        if len(words) > 1 and _is_dept(words[-1]) and not _is_dept(words[0]):
            if strip_dept(best + run)[0] == best:
                continue  # "Quorum Analytics University Recruiting": the firm's campus hiring team, not its name
            words = words[:-1]  # "Aldermoor Distribution Recruitment": the business word, not the team after it
            run = " " + " ".join(words)
        if 1 <= len([w for w in words if w not in ("&", "and", "und", "e", "y", "et")]) <= 2 and all(
                fold(w) in _NAME_TAILS or w in ("&", "and", "und", "e", "y", "et") for w in words) and words[-1] != "&":
            return best + run
        if len(words) == 1 and _sector_noun(words[0]):
            return best + run  # "Hollybrook Academy", "Kleeblatt Kindergarten": the organisation noun after the name
    return best


def _cap_prefix(text: str) -> str:
    """A capitalised name up to its first lower-case word that is no joiner: "Boussole au sujet du poste" -> "Boussole"."""
    words = text.split()
    if not words or not words[0][0].isupper():
        return text
    for i, w in enumerate(words[1:], 1):
        if w[0].islower() and _tok(w) not in _JOINERS:
            words = words[:i]
            break
    while len(words) > 1 and _tok(words[-1]) in _JOINERS:
        words.pop()
    return " ".join(words)


_FOR_JOINS = (" für ", " fur ", " for ", " voor ", " pour ")
# the heads of the institutions English writes with "the": "the Institute for ...", "the Royal Borough Council"
_PUBLIC_HEADS = frozenset(["centre", "center", "institute", "council", "trust", "foundation", "society", "association",
                           "university", "college", "school", "academy", "museum", "ministry", "department", "office",
                           "authority", "agency", "commission", "hospital", "library", "federation",
                           "union", "institution", "observatory", "gallery", "theatre",
                           # (and the places so named: "the Bristol Aquarium", "the Larkspur Hotel", "the Hague Zoo")
                           "aquarium", "zoo", "hotel", "inn", "orchestra", "opera", "gardens", "clinic",
                           "city", "county", "borough", "town"])  # ("the City and County of Sutterfield")


# the labels of a status block's fields, which follow a name only when the next paragraph begins with one
_FIELD_LABELS = frozenset(["status", "statut", "stand", "estado", "situacao", "resultat", "resultado", "result", "ergebnis",
                           "uitslag", "stage", "etape", "etapa", "phase", "fase", "ref", "reference", "referenz",
                           "referencia"])


def _body_name(text: str, at: int, people: set[str]) -> str | None:
    """The name a body phrase's trigger ends before, to the end of its clause."""
    n = _NAME_AT.match(text, at)
    if not n:
        # a clause too long to read whole ("Desde Cooperativa Frutícola del Segura lamentamos comunicarte que ..."):
        # the capitalised run it opens with, of two words or more
        c = _CAPS.match(text, at)
        return _company_ok(c.group(0), people) if c and " " in c.group(0) else None
    if n.group(1).startswith("the ") and n.group(1)[4:5].isupper() and (
            n.group(1).count(" ") >= 2 or text.startswith(_FOR_JOINS, n.end(1))
            or text.startswith(_INNER_JOINS, n.end(1))) and any(  # ("the City and County of X")
            fold(w) in _PUBLIC_HEADS for w in n.group(1).split()[1:]):
        # "working at the National Centre for Coastal Ecology": a body's name after an article written small (not "the
        # Graduate Programme", "the Finance team"; nor "joining the Trust", the institution's own word for itself)
        n = _NAME_AT.match(text, at + 4)
    if text.startswith(_FOR_JOINS, n.end(1)) and fold(n.group(1).rsplit(" ", 1)[-1]) in ORG_NAME_WORDS and (
            more := _CAPS.match(text, text.index(" ", n.end(1) + 1) + 1)):
        # "Interesse an Institut für Angewandte Geodäsie", "the National Centre for Coastal Ecology": an organisation
        # noun ends no name; its subject follows ("für", "for", "voor", "pour")
        return _company_ok(text[n.start(1):more.end()], people)
    raw = n.group(1)
    if text.startswith((" zum ", " zur "), n.end(1)) and (_sector_noun(last := raw.rsplit(" ", 1)[-1])
                                                         or _org_compound(fold(last))) and (
            inn := _CAPS.match(text, n.end(1) + 5)) and text.count(whole := text[n.start(1):inn.end()]) >= 2:
        # "am Brauhaus zum Löwen", "der Apotheke zur Post": "zum" inside the name, as the letter writes it again (in
        # its signature: not "beim Autohaus Berger zum Ausbildungsstart", a German noun after "zum")
        raw = whole
    if " " in raw and text.startswith(":", n.end(1) + (text[n.end(1):n.end(1) + 1] == " ")) and \
            fold(raw.rsplit(" ", 1)[1]) in _FIELD_LABELS:
        raw = raw.rsplit(" ", 1)[0]  # "chez Acme" over the next paragraph's "Statut : Non retenue" (read on one line)
    if raw[:1].islower() and (lead := raw.split(" ", 1))[0] in _FAMILY_LEADS and lead[1:] and (
            lead[1][:1].isupper() or (lead[1].split(" ", 1)[0] in _OF_JOINERS and lead[1].split(" ", 1)[1:2]
                                      and lead[1].split(" ", 1)[1][:1].isupper())):
        # "formar parte de la familia Mercasur", "fazer parte do time Flor do Cerrado": the name after the word (and
        # after its "of": "do time do Banco Aurora")
        raw = lead[1] if lead[1][:1].isupper() else lead[1].split(" ", 1)[1]
    if raw[:1].isupper() and text.startswith(_INNER_JOINS, n.end(1)) and _joined_name(text, n.end(1)):
        # "candidature chez Atelier Lumière et Fils", "applying to Smith and Jones Partners": "et", "and" between
        # capitalised words is inside the name, not its end: the name runs to the clause's first lower-case word
        raw = _CLAUSE_MARK.split(text[n.start(1):n.start(1) + 80], 1)[0]
        raw = _cap_prefix(raw)
    if raw[:1].isupper() and (art := _cap_article(text, n.start(1))) and art.strip() in _BODY_ARTICLES:
        raw = art + raw  # "chez Les Jardins de Provence": the trigger read the article; capitalised, it is the name's
    name = _company_ok(raw, people, lower_ok=True)
    if name is None and raw[:1].isupper() and " " in raw:
        # "the hiring team at Kingsley Distribution have reviewed your CV": the name before the clause's verb
        name = _company_ok(_cap_prefix(raw), people)
    if name and text[at - 4:at] == "der " and " " in name and name.split(" ", 1)[0].endswith(_DATIVE_ADJ):
        # "bei der Evangelischen Stiftung Lindenhof": the German adjective declined after "der"; its name is
        # "Evangelische Stiftung Lindenhof" (feminine, as "der" after "bei" says)
        name = name.split(" ", 1)[0][:-1] + " " + name.split(" ", 1)[1]
    return name


# a sentence that the employer's team opens, the name then its verb: "El equipo de X te agradece", "A equipa da X
# agradece", "Het team van X bedankt je", "L'équipe du X vous remercie", "Das Team der X bedankt sich"
_TEAM_OPENS = re.compile(rf"(?:(?:^|(?<=[.!?,] ))(?:El equipo de|A equipa d[ao]s?|A equipe d[ao]s?|Het team van|"
                         rf"L'[ée]quipe d(?:e|u|es)|Das Team (?:von|der|des)|The team at)|"
                         # ... or on whose behalf the sentence thanks: "Namens het team van Museum X bedankt"
                         rf"(?<=[Nn]amens )het team van|(?<=[Aa]u nom de )l'[ée]quipe d(?:e|u|es)|"
                         rf"(?<=[Ee]n nombre del )equipo de|(?<=[Ee]m nome da )equipa d[ao]s?|"
                         rf"(?<=[Oo]n behalf of )the team at) (?:la |el |l')?({CAPSEQ})(?= [a-zà-ÿ])")
_TEAM_OPENS_GATE = ("el equipo de", "a equipa d", "a equipe d", "het team van", "l'équipe d", "l'equipe d", "das team ",
                    "the team at")
# The gates of _company_candidates, in one automaton over the lower-cased letter, each needle leading to the gates it
# opens: one pass tells which are open (instead of one `in` per needle: ~130 a letter). A gate read in the letter with
# its case ("feedback", "name_acts", "back") or in its last lines only ("part_of") is opened here by its needles
# lower-cased, a superset (a needle the letter holds, the lower-cased letter holds lower-cased), then tested as before.
_COMPANY_GATES = {"client": _CLIENT_GATE, "team_opens": _TEAM_OPENS_GATE, "the_company": _THE_COMPANY_GATE,
                  "relay": _RELAY_GATE, "posted": _POSTED_GATE, "behalf": _BEHALF_GATE, "part_of": _PART_OF_GATE,
                  "feedback": _FEEDBACK_GATE, "name_acts": _NAME_ACTS_NOUNS, "university": ("niversit",),
                  "possessive_team": ("s hiring team", "s recruiting team", "s talent team"),
                  "back": ("back to", "back:", "back with")}
assert all(n == n.lower() for gate, needles in _COMPANY_GATES.items() if gate not in ("feedback", "name_acts")
           for n in needles)  # (the exact gates are read in the lower-cased letter: their needles are lower case)
_COMPANY_GATE_SCAN = ahocorasick.Automaton()
for _gate, _needles in _COMPANY_GATES.items():
    for _needle in map(str.lower, _needles):
        _COMPANY_GATE_SCAN.add_word(_needle, (*_COMPANY_GATE_SCAN.get(_needle, ()), _gate))
_COMPANY_GATE_SCAN.make_automaton()


def _company_gates(low: str) -> set[str]:
    """The names of the gates of _company_candidates that the lower-cased letter opens."""
    return set().union(*[gates for _end, gates in _COMPANY_GATE_SCAN.iter(low)])


# the endings of a German adjective declined after "bei der" (not a place's "-en": "Bremen", "Essen")
_DATIVE_ADJ = ("ischen", "lichen", "schen", "igen", "alen", "ellen", "aren", "ären")
# the lower-case word a body phrase reads before the name it belongs to: "la familia Mercasur", "o time Flor do Cerrado"
_FAMILY_LEADS = frozenset(["familia", "família", "famille", "familie", "family", "time", "equipe", "equipa", "equipo",
                           "team", "équipe"])
# the articles the body triggers read before a name ("chez les", "en la"): kept when written capitalised
_BODY_ARTICLES = frozenset(["La", "Le", "Les", "El", "Los", "Las"])
# the words that begin a new clause after "and"/"et" rather than a name's next word: "at Acme and I wanted", "et Je"
_CLAUSE_OPENERS = frozenset(["i", "we", "you", "he", "she", "they", "it", "ich", "wir", "sie", "je", "nous", "vous",
                             "il", "elle", "yo", "ik", "wij", "eu", "nos", "thank", "thanks", "good", "best",
                             "unfortunately", "please"])


def _joined_name(text: str, at: int) -> bool:
    """At " et Fils", " and Jones": a joiner then a capitalised word that goes on the name, not a new clause."""
    nxt = text[at:at + 40].split()[1:2]
    return bool(nxt) and nxt[0][:1].isupper() and fold(nxt[0].strip(",.;:!?")) not in _CLAUSE_OPENERS and fold(
        nxt[0]) not in _SENTENCE_START


def _cap_suffix(text: str) -> str:
    """The capitalised name that ends a phrase: "Just a quick note - Calloway Brewing" -> "Calloway Brewing"."""
    words = text.split()
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or (i < len(words) and _tok(words[i - 1]) in _CONNECT)):
        i -= 1
    while i < len(words) and _tok(words[i]) in _CONNECT:
        i += 1
    return " ".join(words[i:]) or text


def _dashed_lines(own: str) -> list[str]:
    i = own.rfind("\n-- \n")
    if i < 0:
        i = own.rfind("\n--\n")
    return [ln.strip() for ln in own[i + 4:].split("\n") if ln.strip()][:8] if i >= 0 else []


_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "ac", "gov", "sch", "edu", "nhs", "gob", "gouv", "ltd", "plc"])


def _without_second_level(parts: list[str]) -> list[str]:
    """westmarch.sch.example, brightfold.org.example, acme.co.uk: the name is the label before "sch", "org", "co"."""
    return parts[:-2] + parts[-1:] if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL else parts


def _domain_labels(message: Message, forwarded: str) -> list[str]:
    """Letters of the organisation's own domains (sender, Reply-To, forwarded sender, Workday tenant)."""
    labels = []
    addrs = [message.sender.email] + [a.email for a in message.reply_to] + _EMAIL.findall(forwarded[:1500])
    for addr in addrs:
        if not addr:
            continue
        domain = _domain(addr)
        if is_platform_domain(domain):
            local = addr.split("@")[0]
            if domain.endswith("myworkday.com") and not NO_REPLY.match(addr):
                labels.append(_letters(local))
            continue
        if _mail_provider(domain):
            continue
        parts = [p for p in domain.split(".") if p not in ("mail", "email", "jobs", "careers", "hr", "talent", "www", "e")]
        parts = _without_second_level(parts)
        if len(parts) >= 2:
            labels.append(_letters(parts[-2]))
    return [lb for lb in labels if len(lb) >= 3]


_BOARD_HOSTS = ("greenhouse.io", "lever.co", "smartrecruiters.com", "ashbyhq.com", "workable.com", ".personio.",
                ".recruitee.", ".teamtailor.")


def _link_labels(message: Message) -> list[str]:
    """Letters of the employer named by careers links: an ATS board's slug or a careers site's domain."""
    out = []
    for link in message.links[:30]:
        if not any(map(link.url.__contains__, _BOARD_HOSTS)):  # most links name no job board: skip the URL parser
            continue
        parts = urlsplit(link.url)
        host = parts.netloc.lower()
        if host.endswith(("greenhouse.io", "lever.co", "smartrecruiters.com", "ashbyhq.com", "workable.com")):
            seg = parts.path.strip("/").split("/")[0]
            if seg:
                out.append(_letters(seg))
        elif host.endswith((".personio.de", ".personio.com", ".recruitee.com", ".teamtailor.com")):
            out.append(_letters(host.split(".")[0]))
    return [lb for lb in out if len(lb) >= 3]


def _unelided(name: str) -> list[str]:
    """The name's words as a domain spells them, without their elided articles ("L'Atelier d'Émile": atelier, emile)."""
    return [_letters(w[2:] if w[1:2] in ("'", "’") and w[:1] in "lLdD" else w) for w in name.split()]


def _matches_domain(key: str, words: list[str], labels: list[str]) -> bool:
    for lb in labels:
        if lb in key or key.startswith(lb) or (len(key) >= 5 and key in lb):
            return True
        if any(len(w) >= 4 and w in lb for w in words) and lb[:2] == key[:2]:
            return True
        initials = "".join(w[:1] for w in words if w)
        for k in range(2, len(initials) + 1):  # "vdlinden" for Van der Linden, "gae-energie" for Groupe Atlantis Énergie
            if lb.startswith(initials[:k]) and len(lb) - k >= 4 and lb[k:] in key:
                return True
        if len(words) >= 3 and (_initials_label(lb, initials) or _initials_label(
                lb, "".join(w[:1] for w in words if w and w not in _CONNECT))):
            return True
    return False


_LABEL_TRADES = ("jobs", "job", "karriere", "careers", "emploi", "empleo", "empleos", "vagas", "werkenbij",
                 "recruiting")


def _initials_label(label: str, initials: str) -> bool:
    """"ddt" or "ddt-jobs" for Diputación de Teruel, "edt" for Evangelisches Diakoniewerk Talheim: a long name's domain
    is often its initials (each word's, or without its particles'), with or without a jobs word."""
    if label[:1] != initials[:1] or len(label) < 3:
        return False
    if label.endswith(_LABEL_TRADES):
        label = next(label[:-len(t)] for t in _LABEL_TRADES if label.endswith(t))
    return len(label) >= 3 and label == initials


# the prepositions a sentence opens with before the employer's name ("Namens X", "Seitens der X", "Bij X")
_WIDEN_STOPS = frozenset(["namens", "seitens", "bij", "voor", "fur", "bei", "pour", "chez", "para", "por", "em", "at",
                          "with", "from", "for", "von", "vanuit", "desde", "depuis"])


def _widen(words: list[str], i: int, j: int, people: set[str]) -> str:
    """The written name around the part that spells the domain: "Livraria Papiro" around "Papiro"."""
    def org_word(w: str) -> bool:
        f = fold(w).strip(".,")
        return (w[:1].isupper() and f not in people and f not in _SENTENCE_START and f not in _NEVER_FIRST
                and f not in _PROGRAMME and f[:-1] not in _PROGRAMME  # "Trainee Campo Forte", "Stages Biovert"
                and not f.endswith("gesellschaft")  # "Steuerberatungsgesellschaft": the kind of firm, like a legal form
                and f not in _GREETINGS and f not in _STOP_COMPANY and not _is_dept(w) and not _TITLE_WORDS.search(w)
                and f not in _WIDEN_STOPS)  # "Namens De Kroon Hotels bedanken wij je": the sentence's preposition
    while i > 0 and j - i < 4 and org_word(words[i - 1]):
        i -= 1
    while j < len(words) and j - i < 4 and org_word(words[j]) and words[j][-1:] != ".":
        j += 1
    return " ".join(words[i:j])


# the articles a business's domain begins with ("theoldbell", "devork", "lepetitzinc")
_DOMAIN_ARTICLES = ("the", "het", "les", "los", "las", "der", "die", "das", "le", "la", "el", "de")  # (longest first)
# a name as its run-together domain spells it: the joiners of names in the six languages (and Catalan's "i"), beyond
# those of CAPSEQ ("Parque das Águas" for parquedasaguas, "Puig i Associats" for puigiassociats); every span read is
# checked against the domain's letters, so a wider run costs no precision
_DOMAIN_CAPS = re.compile(CAPSEQ.replace("|dos|", "|dos|das|i|op|zum|zur|am|im|di|della|").replace("{0,5}", "{0,6}"))
# the words a domain spells for "&": "crumbandco" for Crumb & Co, "solymar" is no "&" but "sol-y-mar"
# the small words a run-together domain leaves out of a name ("hospital-virgen-mar" for "Hospital Virgen del Mar",
# "bancolevante" for "Banco de Levante")
_DROPPED_JOINERS = frozenset(["de", "del", "da", "do", "dos", "das", "la", "el", "le", "du", "des", "van", "von", "der",
                              "of", "the", "y", "e", "et", "und", "and", "en"])
_AMPERSAND_WORDS = ("and", "und", "et", "y", "e", "i", "en")


def _joiner_spelled(words: list[str], label: str) -> list[str] | None:
    """The letters of each word with "&" spelled as the domain spells it ("Crumb & Co" for crumbandco.example), or
    None when no spelling of it holds the domain's letters."""
    for joiner in _AMPERSAND_WORDS:
        spelled = [_letters(w.replace("&", joiner)) for w in words]
        if label in "".join(spelled):
            return spelled
    return None


def _initials_span(words: list[str], label: str) -> str | None:
    """The run of three words or more whose initials (without its small joiners) are the domain's label."""
    for i in range(len(words) - 2):
        if _letters(words[i][:1]) != label[:1] or fold(words[i]) in _DROPPED_JOINERS:
            continue
        initials, j = "", i
        while j < len(words) and len(initials) < len(label):
            if fold(words[j]) not in _DROPPED_JOINERS:
                initials += _letters(words[j][:1])
            j += 1
        if initials == label and j - i >= 3:
            return " ".join(words[i:j])
    return None


def _domain_name(message: Message, own: str, addr: str | None,
                 people: set[str] | None = None, loose: bool = False) -> tuple[str | None, str | None]:
    """The name the mail writes that spells the address's domain ("Koffiebar De Vlonder" for
    koffiebardevlonder.example), and the domain's own name label (None for a platform or free-mail address);
    ``loose``: also a name whose small words the domain leaves out ("Hospital Virgen del Mar", hospital-virgen-mar)."""
    domain = _domain(addr or "")
    if not addr or is_platform_domain(domain) or _mail_provider(domain) or "." not in domain:
        return None, None
    base = _without_second_level([p for p in domain.split(".")
                                  if p not in ("mail", "email", "jobs", "careers", "hr", "www", "e")])[-2:-1]
    if not base or _is_vendor(base[0]):
        return None, None
    label = _letters(base[0])
    digits = "".join(c for c in base[0] if c.isdigit())  # "Nube 3" for nube3.example, "42 Fathoms"
    # the subject too: "Novedades de Estudio Lumbre" over a letter that never writes the name
    hay = tidy(own[:_READ]) + "\n" + (message.sender.name or "") + "\n" + tidy(message.subject or "")
    for m in (_CAPS_NUM if digits else _DOMAIN_CAPS).finditer(hay):
        words = m.group(0).split()
        spelled = [_letters(w) for w in words]
        if loose and 3 <= len(label) <= 5 and len(words) >= 3 and (found := _initials_span(words, label)):
            return found, base[0]  # "fzn" for Fundación Zaragoza Norte: a long name's domain is often its initials
        if label not in "".join(spelled) and not (
                loose and label in "".join(w for w in spelled if w not in _DROPPED_JOINERS)) and (
                "&" not in m.group(0) or not (spelled := _joiner_spelled(words, label))):
            continue  # no span of this run can spell it (with "&" spelled as the domain does): skip the pairs
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                if words[i] != "&" and words[j - 1] != "&" and (
                        "".join(spelled[i:j]) == label or (
                            loose and spelled[i] not in _DROPPED_JOINERS and spelled[j - 1] not in _DROPPED_JOINERS
                            and "".join(w for w in spelled[i:j] if w not in _DROPPED_JOINERS) == label)) and (
                        not digits or "".join(c for c in " ".join(words[i:j]) if c.isdigit()) == digits):
                    found = " ".join(words[i:j])
                    if found.endswith(".") and (len(words[j - 1]) > 4 or words[j - 1][:-1] not in _ABBREVIATIONS or re.search(
                            re.escape(found[:-1]) + r"(?![.\w])", message.text[:2 * _READ])):
                        return found[:-1], base[0]  # a full stop, or "Zn." also written "Zn B.V."
                    return (found if people is None else _widen(words, i, j, people)), base[0]
    if (not digits and (lead := next((a for a in _DOMAIN_ARTICLES if label.startswith(a)), None))
            and len(rest := label[len(lead):]) >= 4 and rest[:3].capitalize() in hay):
        # "theoldbell" for "the Old Bell", "devork" for "bij de Vork": the article the letter writes small before the
        # name (so outside its run of capitals) heads the domain (and the name's first letters are written: a cheap
        # test before the run of capitals is read again)
        for m in _DOMAIN_CAPS.finditer(hay):
            if hay[max(0, m.start() - len(lead) - 1):m.start()].lower() == lead + " ":
                words = m.group(0).split()
                for j in range(len(words), 0, -1):
                    if _letters(" ".join(words[:j])) == rest:
                        return lead.capitalize() + " " + " ".join(words[:j]), base[0]
    return None, base[0]


# words that make a two-word name an organisation, though each word is capitalised like a person's ("Tannenberg
# Gruppe", "Brightfold Charity", "Dunmore Engineering"), and the endings of German compounds that do so
# ("Versicherungsgruppe", "Bauunternehmung")
_ORG_LIKE_WORDS = frozenset(["gruppe", "groupe", "gruppo", "groep", "charity", "engineering", "unternehmen",
                             "unternehmung", "verlag", "spedition", "gasthaus", "gasthof", "praxis"])
_ORG_LIKE_ENDS = ("gruppe", "unternehmung", "unternehmen", "versicherung", "verlag", "spedition",
                  # (an association, a group of schools: "Naturschutzbund Talaue", "Scholengroep Eemland"; no
                  # surname so long ends so)
                  "bund", "groep")


_ORG_HEAD_ENDS = tuple(w for w in ORG_NAME_WORDS if len(w) >= 5 and w.isalpha())


def _as_written(parts: list[str], message: Message, own: str) -> list[str]:
    """The domain's words capitalised, each as the mail writes it when it does with an accent, an umlaut or a hyphen
    the domain cannot hold: "Kühl Steuerberatung" for kuehl-steuerberatung.example signed "A. Kühl", "García" for
    garcia (the letters of the written word, folded as the domain folds them, are the part's)."""
    out = [w.capitalize() for w in parts]
    hay = "\n".join((message.sender.name or "", message.subject or "", own[:_READ]))
    if hay.isascii() and "-" not in hay:
        return out  # (cheap: nothing the domain could have folded)
    written: dict[str, str] = {}
    for word in re.findall(rf"[{_UP}][\w'’-]+", hay):
        if not word.isascii() or "-" in word:
            written.setdefault(_letters(word), word.strip("-'’"))
    return [written.get(_letters(w), w) for w in out]


def _compound_spelled(message: Message, own: str, base: str) -> str | None:
    """The name a domain spells with its last word cut short, as the letter's sign-off writes it in full: "Lang
    Personalberatung" for lang-personal.example, "Weber Elektrotechnik" for weber-elektro.example (a German
    compound the domain shortens). Two words or more, the domain's letters ending four letters or more into the
    last, which goes on by three or more; read in the letter's last lines, where the firm signs."""
    label = _letters(base)
    tail = tidy(own[-400:])
    if label[:3] not in _letters(tail):  # (cheap: the letters must begin somewhere)
        return None
    for m in _DOMAIN_CAPS.finditer(tail):
        words = m.group(0).split()
        spelled = [_letters(w) for w in words]
        for i in range(len(words) - 1):
            for j in range(i + 2, len(words) + 1):
                head = "".join(spelled[i:j - 1])
                last = spelled[j - 1]
                cut = len(label) - len(head)
                if (label.startswith(head) and cut >= 4 and len(last) - cut >= 3 and last.startswith(label[len(head):])
                        and not looks_like_person(" ".join(words[i:j]))):
                    return " ".join(words[i:j])
    return None


def _short_line_spelled(message: Message, own: str, base: str) -> str | None:
    """The name a run-together domain spells, written apart in lower case on the display name or a short line of the
    sign-off ("hej studio" for hejstudio.example, "le petit zinc"): a brand written so, as the firm writes it (the
    capitalised forms are read elsewhere; a sentence's words are no name)."""
    label = _letters(base)
    if len(label) < 6:
        return None
    lines = [message.sender.name or ""] + own[-300:].split("\n")
    for line in lines:
        words = line.split()
        if not 2 <= len(words) <= 5 or len(line) > 40 or _letters(line.lower()).find(label) < 0:
            continue  # (cheap: the line's letters must hold the domain's)
        spelled = [_letters(w.lower()) for w in words]
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                if "".join(spelled[i:j]) == label and all(map(str.isalpha, words[i:j])):
                    return " ".join(words[i:j])  # (words only: not "@ pixelmoth")
    return None


def _org_compound(word: str) -> bool:
    """"Kunstmuseum", "Stadthotel", "Gemeindeverwaltung": a compound that ends with an organisation noun."""
    return len(word) >= 9 and word.endswith(_ORG_HEAD_ENDS) and word not in ORG_NAME_WORDS


def _domain_words(addr: str) -> list[str]:
    """Letters of each label of the address's domain but its ending: rabenhorst.jobs-ats.example -> rabenhorst,
    jobsats."""
    domain = _domain(addr)
    return [_letters(p) for p in domain.split(".")[:-1]] if "." in domain else []


@lru_cache(maxsize=1024)
def _org_like(name: str, addr: str) -> bool:
    """A person-shaped name that is the organisation: it holds a business word, or it spells the sender's domain
    ("Brackley Water" from brackleywater.example, "Gasthaus Zum Schwan" from gasthaus-schwan.example), unless the
    mailbox begins with its first word (jan.peters@janpeters.example is Jan himself)."""
    words = [fold(w).strip(".,") for w in name.split()]
    if len(words) < 2:
        return False
    if any(w in _ORG_LIKE_WORDS or (len(w) > 9 and w.endswith(_ORG_LIKE_ENDS)) or _org_compound(w) for w in words):
        return True
    if "@" not in addr or fold(addr).startswith(_letters(words[0])):
        return False
    letters, long = _letters(name), [_letters(w) for w in words if len(_letters(w)) >= 4]
    head = len(letters) - len(_letters(words[-1]))  # where the last word begins
    for label in _domain_words(addr):
        # the domain spells the name to its last word, whole or shortened ("ospreyaero"), not the name and a place
        # after it ("Kiezküche Berlin" from kiezkueche.example), or holds each of its long words
        if len(label) >= 5 and ((letters.startswith(label) and len(label) >= min(len(letters), head + 3))
                                or (len(long) >= 2 and all(w in label for w in long))):
            return True
    return False


def _person_like(name: str, addr: str) -> bool:
    return looks_like_person(name) and not _org_like(name, addr)


def _without_orgs(people: set[str], orgs: list[str]) -> set[str]:
    """The person names less the organisations taken for signers, and their words no real person's name holds."""
    drop = {fold(o) for o in orgs}
    kept = people - drop
    persons = [n for n in kept if " " in n]
    words = {w.strip(".") for o in drop for w in o.split()}
    return {n for n in kept if n not in words or any(n in p.split() for p in persons)}


# the words an agency writes for a client it does not name ("Opdrachtgever <hr@opdrachtgever.example>", "Client",
# "Cliente", "Auftraggeber", "Kunde"): a role, never the employer's name
_PLACEHOLDER_ORGS = frozenset(["opdrachtgever", "klant", "werkgever", "client", "clients", "customer", "employer",
                               "company", "cliente", "empresa", "entreprise", "employeur", "auftraggeber", "kunde",
                               "arbeitgeber", "firma", "empregador", "empleador"])


def _forwarded_writer_org(message: Message, own: str, forwarded: str, people: set[str]) -> str | None:
    """A recruiter forwards the employer's answer ("See below from Halcyon", then "From: Laura
    <l.benning@halcyoninsurance.example>"): the organisation the forwarded mail's writer's domain spells, as the mail
    writes it, when that domain is neither the sender's nor the applicant's nor a platform's."""
    sender = _domain(message.sender.email or "")
    skip = {sender} | {_domain(a.email) for a in message.to if a.email}
    for addr in _EMAIL.findall(forwarded[:600]):
        domain = _domain(addr)
        # (a role mailbox, "hr@", "rrhh@", "jobs@", is the employer's own: its domain names the employer; only a
        # true no-reply or a platform's address names none)
        if domain in skip or is_platform_domain(domain) or _mail_provider(domain) or _TRUE_NO_REPLY(addr):
            continue
        if _letters(domain.rsplit(".", 2)[-2]) in _PLACEHOLDER_ORGS:
            return None  # "Opdrachtgever <hr@opdrachtgever.example>": the agency hides its client; no name to read
        stem = _letters(domain.rsplit(".", 2)[-2])[:4]
        if stem not in own.lower().replace(domain, "") and stem not in (message.subject or "").lower():
            return None  # the mail never writes the domain's name: nothing to read it from (a cheap test first)
        found, _base = _domain_name(message, own, addr, people)
        if found and _letters(found) not in _letters(sender):
            return found
        return None  # the first outside address is the forwarded mail's writer
    return None


# a recruitment firm's trade is part of its name ("Elo Recrutamento", "Hirschfeld Executive Search", "Talentum HR"),
# though the same words after an employer's name are its department
_TRADE_WORDS = DEPT_WORDS | {"executive", "search", "interim", "staffing", "headhunting", "personalberatung", "werving",
                             "selectie", "consulting", "consultores", "conseil", "recrutamento", "selección"}


def _words_after(best: str, message: Message, own: str) -> Iterator[list[str]]:
    """The first words after each place the display name or the signature end writes ``best`` followed by more."""
    for hay in (message.sender.name or "", own[-400:]):
        at = hay.find(best + " ")
        while at >= 0:
            yield hay[at + len(best):].split("\n", 1)[0].split()[:4]
            at = hay.find(best + " ", at + 1)


def _trade_name(best: str, message: Message, own: str) -> str:
    """The recruitment firm's name as its display name or signature writes it, with its trade words."""
    for words in _words_after(best, message, own):
        run: list[str] = []
        for w in words:
            if not (fold(w) in _TRADE_WORDS or w in ("&", "e", "y", "en", "und")):
                break
            run.append(w)
        while run and fold(run[-1]) not in _TRADE_WORDS:
            run.pop()
        if run and (len(words) == len(run) or not words[len(run)][:1].isupper()):
            return best + " " + " ".join(run)  # not "Flexpunt Uitzendbureau Tilburg": a place after the trade
    return best


# the trade words a recruitment firm's own name ends with ("Ponte Recrutamento", "Talento Certo RH"), not its team's
_FIRM_TRADES = frozenset(["recrutamento", "recruitment", "recrutement", "reclutamiento", "seleccion", "selecao", "rh",
                          "hr", "rrhh", "consultores", "consultoria", "consulting", "consultants", "conseil",
                          "personalberatung", "personaldienstleistungen", "werving", "selectie", "interim", "staffing",
                          "executive", "search", "headhunting", "talent", "talento"])


def _firm_trade(best: str, message: Message, own: str) -> str:
    """The recruitment firm's name with the trade words its display name or signature writes after it ("Ponte" ->
    "Ponte Recrutamento"), but no team word after them ("Recruitment Team") and no place ("Uitzendbureau Tilburg")."""
    for words in _words_after(best, message, own):
        run: list[str] = []
        for w in words:
            if not (fold(w) in _FIRM_TRADES or (run and w in ("&", "e", "y", "en", "und", "and"))):
                break
            run.append(w)
        while run and fold(run[-1]) not in _FIRM_TRADES:
            run.pop()
        if run and (len(words) == len(run) or not words[len(run)][:1].isalpha()):
            return best + " " + " ".join(run)
    return best


# a shorter name that stops before one of these is the longer name cut ("Black" of "Black and White Media Co."),
# not its brand
_CUT_JOINERS = frozenset(["and", "&", "of", "for", "und", "et", "y", "e", "de", "du", "des", "da", "do", "van", "von"])
# the trades a recruitment firm's domain names ("apexsearch", "meridian-people", "collins-recruit")
_AGENCY_STEMS = ("talent", "staffing", "recruit", "search", "people", "personnel", "resourcing", "consult",
                 "headhunt", "recrut", "rekrut", "personalberat", "werving", "seleccion", "selecao", "select")
# a team's line written small under the letter, then the employer: "das Team der Tierarztpraxis Vier Pfoten", "het team
# van Bakkerij Stam", "el equipo de Casa Lola", "l'équipe du Café des Arts", "a equipa da Loja Azul", "the team at X"
_TEAM_LINE_LOW = re.compile(rf"(?:(?:das|dein|euer|ihr) [Tt]eam (?:der|des|von|vom)|het team van|el equipo de|"
                            rf"l'[ée]quipe d(?:e|u|es)|a equip[ae] d[ao]s?|the team at) [{_UP}]").match
_TEAM_LEADS_LOW = frozenset(["da", "de", "eu", "ih", "he", "el", "l'", "a ", "th"])
# the pronouns and conjunctions that make a line a sentence (a team's or firm's line holds none)
_CLAUSE_WORDS = frozenset(["je", "jij", "wij", "ik", "dir", "ich", "wir", "dich", "tu", "vous", "nous", "yo", "você",
                           "eu", "you", "dat", "dass", "que", "that"])
_WEB_NAME = re.compile(r"\w\.(?:com|net|org|co\.uk|nl|de|fr|es|pt|be|ch|at|io|jobs)$", re.I).search
_HR_LABELS = frozenset(["rh", "hr", "rrhh"])  # "axiome-rh.example": a firm named for its trade, human resources
# where a letter names the employer of a position (not its writer's own signature or display name)
_EMPLOYER_SLOTS = frozenset(["body", "subject_at", "relay", "client"])


_GROUP_WORDS = frozenset(["group", "groupe", "gruppe", "grupo", "groep", "gruppo", "holdings", "holding"])
# a signature's name, then its group in brackets: "Aguas Claras (Grupo Hidronor)", "Harbour Inn (Beacon Group)",
# "Alpenmilch (Teil der Bergland Gruppe)"
_BRACKETED_GROUP = re.compile(r"^([^()]{2,60}?)\s*\(((?:(?:part of|parte d[eo]l?|parte da|onderdeel van|teil der|"
                              r"membre du|une filiale d[eu]|a subsidiary of)\s+)?(?:the\s+)?(?:[^()]*\b(?:[Gg]roup|"
                              r"[Gg]roupe|[Gg]ruppe|[Gg]rupo|[Gg]roep|[Hh]oldings?)\b[^()]*))\)$")


def _group_brand(best: str, names: dict[str, str], sources: dict[str, set[str]], scores: dict[str, float]) -> str:
    """A group signs ("Vantage Group Talent Team") for the brand the letter names as the employer ("your application
    to join Vantage Travel"): the brand, which begins with the group's own name."""
    stem = fold(best).split()
    stem = stem[1:] if stem[0] in _GROUP_WORDS else stem[:-1]  # "Vantage Group", "Groupe Arvel"
    for key, src in sources.items():
        words = fold(names[key]).split()
        if (src & _EMPLOYER_SLOTS and scores[key] >= 1.5 and len(words) > len(stem) and words[:len(stem)] == stem
                and not any(w in _GROUP_WORDS for w in words) and names[key][:1].isupper()):
            return names[key]
    return best


def _spelled_out(best: str, written: Iterable[str]) -> str:
    """The name whose abbreviation the chosen one writes, when the mail writes it in full too: "Westmarch DOT" ->
    "Westmarch Department of Transportation" (the initials with or without the joiners)."""
    words = best.split()
    for i, abbr in enumerate(words):
        if not (2 <= len(abbr) <= 5 and abbr.isupper()):
            continue
        head, tail = words[:i], words[i + 1:]
        for name in written:
            cand = name.split()
            middle = cand[len(head):len(cand) - len(tail)]
            if (len(cand) > len(words) and cand[:len(head)] == head and cand[len(cand) - len(tail):] == tail
                    and abbr in ("".join(w[0] for w in middle).upper(),
                                 "".join(w[0] for w in middle if _tok(w) not in _JOINERS).upper())):
                return name
    return best


def _recruiter_writes(addr: str, own: str) -> bool:
    """A recruitment firm's domain ("apexsearch", "meridian-people"), or a writer who signs as a consultant (a
    recruiter's title: "Senior Consultant", "Principal Consultant"): the writer passes on a client's answer. (The
    caller knows that a person's mailbox writes.)"""
    domain = _domain(addr)
    if any(map(domain.__contains__, _AGENCY_STEMS)) or "onsultant" in own[-300:]:
        return True
    # a firm named for its trade, human resources: "axiome-rh.example" (not a company's "hr." mail host)
    name = domain.rsplit(".", 2)[-2] if domain.count(".") >= 1 else domain
    return "-" in name and any(part in _HR_LABELS for part in name.split("-"))


def _own_word(words: list[str], src: set[str], labels: list[str]) -> bool:
    """"Cabinet Altitude" on the display and team line of mail from altitude-rh.example: the firm's own name (a word
    of it in its domain), beside the client it names."""
    return bool(labels) and src <= {"display", "team"} and any(
        (len(w) >= 4 and w in labels[0]) or (len(w) >= 3 and labels[0].startswith(w)) for w in words)


def _team_display_of(name: str, display: str | None) -> bool:
    """"Aerolíneas Brisa Careers" on the display, "Aerolíneas Brisa" signed: the name a team word follows on the
    display is the organisation's, however much it looks like a person's."""
    if not display or not display.startswith(name) or display == name:
        return False
    rest, dept = strip_dept(display)
    return dept and rest == name


# the trades a business's name ends with, as its run-together domain spells them: the name's last words and
# more of the trades small employers are named after ("vellaelectrical", "olatuevents", "tallermireia" does not end so)
_DOMAIN_TAILS_TEXT = """
electrical plumbing heating freight events catering bakery dental legal media design marketing print printing travel
consulting construction motors garden gardens homes care clinic pharmacy coffee kitchen kitchens roofing cleaning
builders transport furniture fashion outfitters retail studios games records books brewing brewery
druck technik reisen elektro immobilien moebel kanzlei beratung
eventos viajes muebles reformas limpieza talleres
evenementen bouw techniek installatie schoonmaak reizen meubelen
conseil immobilier voyages evenements
viagens moveis clinica
blumen bloemen flores fleurs flowers"""
_DOMAIN_TAILS = frozenset(t for t in _NAME_TAILS | frozenset(_DOMAIN_TAILS_TEXT.split()) if len(t) >= 4 and t.isascii())


def _split_tail(parts: list[str]) -> list[str]:
    """"kettlewellfoods" -> "kettlewell foods": a domain written run together ends with a business's last word, which a
    person writes apart ("Kettlewell Foods", "Quill Bank"); a word of four letters or more, after a stem as long."""
    if len(parts) != 1 or not parts[0].isalpha():
        return parts
    word = parts[0]
    tails = [t for t in _DOMAIN_TAILS if word.endswith(t) and len(word) - len(t) >= 4]
    if not tails:
        return parts
    tail = max(tails, key=len)  # ("healthcare" over a shorter tail it ends with)
    return [word[:-len(tail)], tail]


# the sector nouns a small business's name begins with, which its run-together domain spells before the name
# ("tallermireia", "studiolena", "kanzleibrandt"): five letters or more, so no short word is read into a brand
# ("barcelona", "cafeteria" begin with no such noun)
_DOMAIN_HEAD_MORE = frozenset(["estudio", "estudi", "salon", "salao", "kapsalon", "friseur", "boutique", "garage",
                               "tienda", "fotografie", "fotografia", "praxis"])
_DOMAIN_HEADS = tuple(sorted((w for w in ORG_NAME_WORDS | _DOMAIN_HEAD_MORE
                              if len(w) >= 5 and w.isascii() and w.isalpha()), key=len, reverse=True))


def _split_head(parts: list[str], message: Message, own: str) -> list[str]:
    """"tallermireia" -> "taller mireia": a domain written run together that begins with a sector noun (or a compound
    ending with one) and goes on with a name the mail writes as a word of its own (the owner's: "Mireia" signs), which
    a person writes apart. (Not "clinica ltrials" of clinicaltrials: no such word.)"""
    if len(parts) != 1 or not parts[0].isalpha() or len(parts[0]) < 8:
        return parts
    word = parts[0]
    heads = [cut for cut in range(len(word) - 3, 4, -1)  # the longest head first: "parkhotel", not "park"
             if word[:cut].endswith(_DOMAIN_HEADS) and (word[:cut] in ORG_NAME_WORDS or word[:cut] in _DOMAIN_HEAD_MORE
                                                        or cut >= 8)]
    if not heads:
        return parts
    written = {_letters(w) for w in "\n".join((message.sender.name or "", message.subject or "", own[:_READ])).split()}
    return next(([word[:cut], word[cut:]] for cut in heads if word[cut:] in written), parts)


# a country or region after the trade names a national company, no branch: "Fenwick Retail Deutschland"
_COUNTRY_TEXT = """
deutschland germany austria osterreich schweiz suisse switzerland nederland netherlands belgie belgique belgium
benelux france espana spain iberica iberia portugal brasil brazil italia italy europe europa international
internacional uk ireland scotland wales america usa canada nordic dach emea latam mexico argentina chile
colombia peru luxembourg polska"""
_COUNTRY_WORDS = frozenset(fold(w) for w in _COUNTRY_TEXT.split())


# the nouns a business's name ends with that name its kind of place, never a town ("Meadowvale Care Home")
_PLACE_NOUNS = frozenset(["home", "house", "hall", "court", "lodge", "garden", "gardens", "farm", "park", "village",
                          "manor", "inn", "kitchen", "shop", "store", "practice", "surgery", "nursery", "haus", "huis",
                          "casa", "maison"])


def _without_branch(best: str, label: str) -> str:
    """"Hofmann Logistik München" from hofmann-logistik.example, "TempoWerk Interim Hasselt" from tempowerk.example:
    the branch's town after the trade word, which the firm's own domain leaves out (and a person too)."""
    words = best.split()
    town, trade = fold(words[-1]), fold(words[-2])
    if not (words[-1][:1].isupper() and words[-1].isalpha() and (trade in _NAME_TAILS or trade in _DOMAIN_TAILS)
            and town not in _NAME_TAILS and town not in _DOMAIN_TAILS and not _sector_noun(words[-1])
            and not _is_dept(words[-1]) and town not in label and town not in _COUNTRY_WORDS
            and town not in ORG_NAME_WORDS and town not in _DEPT_PLACES and town not in _UNIT_ENDS
            and town not in _PLACE_NOUNS):
        return best
    if label in (_letters(" ".join(words[:-1])), _letters(" ".join(words[:-2]))):
        return " ".join(words[:-1])
    return best


_CUT_AT = re.compile(r"^,|^ (?:for|and|&|of|und|et|y|e|en|for|für|pour|voor|para)\b")


def _spelled_on(best: str, message: Message, own: str, label: str) -> str | None:
    """The name as written on from where `best` is ("Homes for Good", "Gray, Hollis and Webb") when the words after it
    spell the rest of the sender's domain: a clause's end ("for", ",", "and") cut it short."""
    # (a kind alone, "Gasthaus" on the display of gasthaus-zur-linde.example, goes on into the name the letter writes
    # after it, quoted or not: 'im Gasthaus "Zur Linde"')
    kind = " " not in best and (fold(best) in ORG_NAME_WORDS or _sector_noun(best))
    for hay in (own[:_READ], message.subject or ""):
        at = hay.find(best + " ")
        if at < 0:
            at = hay.find(best + ",")
        while at >= 0:
            end = at + len(best)
            for _ in range(5):  # a word at a time, while what is read still begins the domain's name
                nxt = re.match(r",? [\w&'’-]+" if not kind else r",? [\"„“«]?[\w&'’-]+[\"“”»]?", hay[end:end + 40])
                if not nxt:
                    break
                end += nxt.end()
                letters = _letters(hay[at:end])
                if letters == label and (kind or _CUT_AT.search(hay[at + len(best):end])):
                    # (not "Bloom Labs" for the brand "Bloom": no joiner, so no cut)
                    return re.sub(r"[\"„“”«»]", "", hay[at:end]) if kind else hay[at:end]
                if not label.startswith(letters):
                    break
            at = hay.find(best + " ", at + 1)
    return None


def _signed_in_full(best: str, names: dict[str, str], sources: dict[str, set[str]], legal_keys: set[str]) -> str:
    """A name the letter writes shortened ("at Moss & Pine") and its signature or display in full ("Moss & Pine
    Flowers"): the organisation's own full name (not a legal form's: the brand is what a person says)."""
    for key, name in names.items():
        # (or on past a comma, a partnership's names: "bei Schulte, Rau & Kollegen" cut at its comma)
        listed = name.startswith(best + ", ") and " & " in name
        if ((name.startswith(best + " ") or listed) and sources[key] & {"signature", "team", "display"}
                and key not in legal_keys
                and len(name.split()) - len(best.split()) <= 2 + listed and name.split()[-1][:1].isupper()
                and not _is_dept(name.split()[-1])):
            return name
    return best


# the units a university's letter is signed by: "Department of Chemistry", "Institut für Physik", "Faculté des
# Sciences" (the university employs; the unit is where the post is)
_UNIT_HEADS = frozenset(["department", "dept", "departement", "departamento", "faculty", "faculte", "facultad",
                         "faculdade", "faculteit", "fakultat", "school", "institute", "institut", "instituto", "lehrstuhl",
                         "fachbereich", "afdeling", "abteilung", "laboratory", "laboratoire", "laboratorio", "centre",
                         "center", "centro", "zentrum", "chair", "division", "vakgroep", "escuela", "escola", "ecole"])


_UNIVERSITY_NOUNS = frozenset(["university", "universitat", "universite", "universidad", "universidade", "universiteit",
                               "universita", "hochschule", "fachhochschule", "hogeschool"])


def _university_in(name: str) -> str | None:
    """The university a name holds, from its noun on: "Universität Aldenburg" of "Institut für Physik der Universität
    Aldenburg", "Université de Garonne" of "l'Université de Garonne" (not "Centre Hospitalier Universitaire": an
    adjective)."""
    words = name.split()
    for i, w in enumerate(words):
        if _tok(w) in _UNIVERSITY_NOUNS and (w[:1].isupper() or w[2:3].isupper()):
            return " ".join([w[2:] if w[1:2] in ("'", "’") else w, *words[i + 1:]])
    return None


# the words a hiring site's domain adds to the employer's name ("easyjet-careers", "hm-jobs"), never a trade's
_PORTAL_LABELS = frozenset(["werkenbij", "werkenvoor", "jobs", "job", "careers", "career", "karriere", "emploi", "empleo",
                            "empleos", "vagas", "vacatures", "recrutement", "recruitment", "hiring", "talent"])
# the words of a sending service's domain, none an employer's name: "jobs-mailer", "ats-notify", "mail-recrutement"
_MAILER_WORDS = _PORTAL_LABELS | {"mail", "mailer", "mailing", "notify", "notification", "notifications", "notificaciones",
                                  "ats", "hire", "apply", "portal", "online", "candidates", "candidaturas", "candidatures",
                                  "sollicitatie", "sollicitaties", "bewerbung", "bewerbungen", "recrutamento",
                                  "reclutamiento", "seleccion", "selecao", "noreply", "send", "sender", "system"}
_PORTAL_WORDS = frozenset(["careers", "career", "jobs", "job", "karriere", "carriere", "carrieres", "carreras",
                           "carreiras", "hiring", "vacatures", "empleo", "empleos", "vagas"])


def _whole_employer(best: str, names: dict[str, str], scores: dict[str, float]) -> str:
    """The organisation a chosen unit or bare noun belongs to, when the mail names it: "Institut für Physik der
    Universität Aldenburg" and "Department of Chemistry" beside "University of Hollinsford" are the university's;
    "Hospital" on the display beside "Hospital Universitario Valle Verde" under the letter is that hospital."""
    words = best.split()
    if _tok(words[0]) in _UNIT_HEADS and len(words) > 1:
        found = [(scores[k], uni) for k, n in names.items() if scores[k] >= 1.0 and (uni := _university_in(n))]
        return max(found)[1] if found else best
    if len(words) == 1 and (fold(best) in ORG_NAME_WORDS or fold(best) in _SHOP_FIRST or _sector_noun(best)):
        found = [(scores[k], n) for k, n in names.items() if scores[k] >= 1.0 and n.startswith(best + " ")]
        return max(found)[1] if found else best
    if len(words) > 1 and all(fold(w) in ORG_NAME_WORDS for w in words):
        # "County Council" on the display beside "North Fenland County Council" under the letter: the kind of body,
        # and the body's own name
        found = [(scores[k], n) for k, n in names.items() if scores[k] >= 1.0 and n.endswith(" " + best)]
        return max(found)[1] if found else best
    return best


# The reader's own mail quoted under a short reply ("Sorry, the job's gone. Dev" over "> ... the kitchen porter job at
# The Golden Hind"): where the applicant named the employer, after a job's noun and a preposition or an applying
# verb, or as the team the applicant greeted ("Dear Lyle & Parker team,", "Bonjour l'équipe Atelier Nord,")
_QUOTED_AT = re.compile(r"(?i)\b(?:(?P<noun>position|role|post|vacancy|opening|puesto|plaza|vacante|trabajo|empleo|poste|"
                        r"emploi|stage|ausbildung|vacature|functie|vaga|emprego|est[áa]gio|"
                        r"\w*(?:job|stelle|baan)|"  # (and the compounds: "Minijob", "Aushilfsstelle", "vakantiebaan")
                        # (the employer's own earlier invitation quoted: "ein Gespräch bei der Tischlerei Eichenholz")
                        r"interview|\w*gespr[äa]ch|entretien|entrevista|\w*gesprek)\b"
                        r"[^.\n!?]{0,40}?\s(?:at|with|en|chez|bei(?: der| dem)?|bij|na|no|em)|appl(?:y|ying|ied) (?:to|at|with)|"
                        r"candidature (?:chez|à)|Bewerbung bei(?: der| dem)?|sollicit\w* bij|candidatura (?:en|na|no|à)|"
                        r"postular (?:a|en)) ")
_QUOTED_TEAM = re.compile(rf"(?m)^(?:Dear|Hello|Hi|Hallo|Liebes|Beste|Hoi|Bonjour|Hola|Ol[áa]|Caro|Cara)\s+"
                          rf"(?:(?:l'|the )?(?:[ée]quipe|equipo|equipa|team|Team)\s+(?:de |d'|da |do |van )?"
                          rf"([{_UP}][^,\n!]{{1,50}}?)|([{_UP}][^,\n!]{{1,50}}?)[ -](?:team|Team|equipo|equipa))\s*[,!\n]")
# the reader's own employer, not the one written to: "my current job at X", "mon poste actuel chez X"
_READERS_OWN = re.compile(r"(?:\b(?:my|mon|ma|mi|mein|meine|meiner|mijn|meu|minha)\s+|\b(?:current|present|actuel|actuelle|"
                          r"actual|aktuellen?|derzeitigen?|huidige|atual)\s+)$")


def _quoted_employer(message: Message, people: set[str], labels: list[str]) -> str | None:
    """The employer the reader's quoted application names, when the reply names none: on a shared mail host (no
    domain to read it from) as it is, else only as the written form of the sender's domain ("Lyle & Parker" for
    lyle-parker.example)."""
    quoted = new_text(message.text[:2 * _READ])[1] if message.text else ""
    if not quoted:
        return None
    text = tidy("\n".join(ln.lstrip(" >") for ln in quoted.split("\n")))
    found: list[tuple[str, bool]] = [(m.group(1) or m.group(2), True) for m in _QUOTED_TEAM.finditer(text)]
    for m in _QUOTED_AT.finditer(text):
        if m.group("noun") and _READERS_OWN.search(text[max(0, m.start() - 24):m.start()].lower()):
            continue
        if name := _body_name(text, m.end(), people):
            # (after a job's noun and a bare "at", "en": a town as often as an employer, so one word is not enough)
            found.append((name, " " in name or _tok(name) in ORG_NAME_WORDS or not m.group("noun")))
    for raw, whole in found:
        name = _company_ok(strip_dept(raw.strip())[0], people)
        if not name or not name[:1].isupper():
            continue  # (a person-shaped name is kept: the applicant wrote to a firm, "chez Primeur Bernard")
        if not labels and whole:
            return name
        if labels and _matches_domain(_key(name), [_letters(w) for w in name.split()], labels[:1]):
            return name
    return None






def extract_company(message: Message, own: str, forwarded: str, signer: str | None = None,
                    lang: str | None = None, people: set[str] | None = None,
                    fields: list[str] | None = None) -> str | None:
    scores: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    sources: dict[str, set[str]] = defaultdict(set)
    if people is None:
        people = _person_names(message, signer, own)
    addr = message.sender.email or ""
    orgs = [n for n in {message.sender.name, signer} if n and fold(n) in people and (
        _org_like(n, addr) or _team_display_of(n, message.sender.name))]
    if (signer and fold(signer) in people and " " in signer and (lone := _first_signed(own, addr))
            and not any(w[:3] == fold(lone)[:3] for w in fold(signer).split())):
        orgs.append(signer)  # "Beatriz" signed, "Floricultura Jardim Secreto" under it: her shop, not her name
    if orgs:  # "Bauunternehmung Hecht" signed under the letter and on the display: the employer, not a signer
        people = _without_orgs(people, orgs)
    if first := _first_name_sender(message, own):
        people = people | {first}  # "Finn" <finn@bohnenglueck.example>: his name, on the display and under the letter

    legal_keys: set[str] = set()

    def add(name: str | None, weight: float, source: str, legal: bool = False) -> None:
        if not name:
            return
        key = _key(name)
        if len(key) < 2:
            return
        if legal:
            legal_keys.add(key)
        if source not in sources[key]:
            scores[key] += weight
        else:
            scores[key] += weight * 0.25
        sources[key].add(source)
        if key not in names or (names[key][0].islower() and name[0].isupper()) or (
                len(name) > len(names[key]) and source in ("display", "team", "signature", "client")):
            names[key] = name

    agency = _company_candidates(message, own, signer, people, add, lang, fields)
    if forwarded and (client := _forwarded_writer_org(message, own, forwarded, people)):
        add(client, 4.0, "client")
        agency = True
    if unnamed := scores.pop(_UNNAMED_KEY, None) is not None:
        sources.pop(_UNNAMED_KEY, None)
        names.pop(_UNNAMED_KEY, None)
        # a recruiter's "the client has decided": the employer is the one the letter or subject names ("the X role
        # at Brackenwood"), if any; else the recruiter's own name is all there is
        agency = agency or any(src & {"body", "subject", "subject_at"} and not src & {"display", "team", "signature"}
                               for src in sources.values())
    if not scores or max(scores.values()) < 1.5:  # a capitalised name after a preposition: the weakest sign
        for m in _COMPANY_BODY.finditer(flat := tidy(own[:_READ])):
            # "your application for Night Care Worker at Rosemont Care": after "for" the position is named more often
            # than the employer, so the name after "at" wins
            weight = 0.25 if flat[m.start():m.start() + 4].lower() in _FOR_WORDS else 0.5
            # "el equipo de Talento de Ópticas Visalia": the team's words before the name are no part of it
            add(_company_ok(_their_employer(strip_dept(m.group(1))[0]), people), weight, "body")
    labels = _domain_labels(message, forwarded)
    sender_labels = labels[:1] if message.sender.email and not is_platform_domain(_domain(message.sender.email)) else []
    link_labels = _link_labels(message)
    # a job board's mail: the employer is relayed ("Werkgever: X", "Buyer at X" in the subject) and is not the sender
    # (a weak "at" of the subject relays nothing: "Raad van Toezicht" is a board's name inside the title)
    relayed = any("relay" in src or ("subject_at" in src and scores[k] >= 1.0
                                     and not _matches_domain(k, [_letters(w) for w in names[k].split()], sender_labels))
                  for k, src in sources.items())
    if not agency and sender_labels and not is_no_reply(addr) and _recruiter_writes(addr, own):
        # a person at a recruitment firm ("brightpathtalent", "northstar-staffing") names another organisation where
        # the employer goes ("the role with X", "X has reviewed your profile"): its client, over the firm's own name
        agency = any(src & _EMPLOYER_SLOTS and not src & {"display", "team", "signature"} and scores[k] >= 1.5
                     and names[k][:1].isupper()
                     and not _matches_domain(k, [_letters(w) for w in names[k].split()], sender_labels)
                     for k, src in sources.items())
    named_relay = scores.pop(_FIELD_MARK_KEY, None) is not None
    sources.pop(_FIELD_MARK_KEY, None)
    names.pop(_FIELD_MARK_KEY, None)
    # the brand and its legal name ("Bloom" in the letter, "Bloom Labs, Inc." in the footer) are one employer,
    # which a person calls by the brand
    for long in legal_keys:
        if long not in scores or sources[long] - {"signature", "logo"}:
            continue
        lwords = fold(names[long]).split()
        for short in list(scores):
            swords = fold(names[short]).split()
            if short != long and len(swords) < len(lwords) and lwords[:len(swords)] == swords and (
                    sources[short] - {"signature"}) and lwords[len(swords)] not in _CUT_JOINERS and not (
                    len(swords) == 1 and swords[0] in ORG_NAME_WORDS) and not (  # ("Stadtwerke": a kind, no brand)
                    # (nor a display's short form the letter never writes, when the sender's domain spells the rest:
                    # "Cooperativa Olivarera San Sebastián, S.Coop." from olivarera-sansebastian.example is the name)
                    labels and not sources[short] & {"body", "subject_at", "team", "relay"}
                    and len(rest := _letters(" ".join(lwords[len(swords):]))) >= 4 and rest in labels[0]):
                scores[short] += scores.pop(long)
                sources[short] |= sources[long]
                break
    best, best_score = None, 0.0
    for key, score in scores.items():
        words = [_letters(w) for w in names[key].split()]
        if agency:
            if "client" not in sources[key] and (_matches_domain(key, words, sender_labels)
                                                 or "signature" in sources[key]
                                                 or _own_word(words, sources[key], sender_labels)
                                                 # ("Upward Search Hello Camille": the agency's signed name, run on)
                                                 or any(names[key].startswith(names[k] + " ") and "signature" in src
                                                        for k, src in sources.items())):
                score -= 4.0
            if _matches_domain(key, words, link_labels):
                score += 1.0
        else:
            if _matches_domain(key, words, labels) or (
                    ("'" in names[key] or "’" in names[key]) and _matches_domain(
                        "".join(bare := _unelided(names[key])), bare, labels)):
                # the whole name spells the sender's domain (arvenne-assurances), unless shortened ("Riverbend USD")
                # (which leaves out the elided articles: "L'Atelier d'Émile" from atelieremile.example)
                exact = key in labels[:1] and not relayed and not any(w.isupper() and len(w) > 1 for w in names[key].split())
                score += 3.5 if exact else 2.5
            elif _matches_domain(key, words, link_labels):
                score += 1.5
        if len(sources[key]) > 1:
            score += 0.5 * (len(sources[key]) - 1)
        if "parent" in sources[key] or "vendor" in sources[key]:
            score -= 5.0  # the group the employer belongs to; the recruiting software that sent the mail
        if relayed and sources[key] <= {"display", "signature", "team"} and _matches_domain(key, words, sender_labels):
            # the job board's own name, beside the employer it relays; below a relayed name ("A empresa X encerrou")
            # however often the board signs its own mail
            # (a name written as a web address, "Caterer.com", is a site's, a job board's, as surely)
            score = min(score - 3.0, 2.0) if named_relay or _WEB_NAME(names[key]) else score - 3.0
        if key in _PLACEHOLDER_ORGS:
            continue  # "a resposta do cliente": the noun for the employer, never its name
        if names[key][0].islower() and sources[key] <= {"body", "client"} and score < 2.0:
            continue  # a lower-case phrase of the body ("no seleccionada") is a name only if something else agrees
        if score > best_score or (score == best_score and best is not None and len(names[key]) > len(best)):
            best, best_score = names[key], score
    if best is not None and not agency:
        best = _whole_employer(best, names, scores)
        if sources.get(_key(best), {"?"}) <= {"display"} and (longer := [
                names[k] for k, src in sources.items() if names[k].startswith(best + " ")
                and (len(src & {"body", "signature", "team", "subject_at", "relay"}) >= 2
                     # (or the signature's, whose next word the sender's domain spells too: "Summit" on the display,
                     # "Summit Climbing Centre" under the letter from summit-climbing.example)
                     or ("signature" in src and sender_labels
                         and sender_labels[0].startswith(_letters(" ".join(names[k].split()[:len(best.split()) + 1])))))]):
            # "Greenleaf" on the display, "Greenleaf Garden Centres" in the letter and under it: the name in full
            best = longer[0]
    if best is not None and (bkey := _key(best)) in legal_keys and sources[bkey] <= {"signature", "logo"}:
        # a legal footer name whose first words are the sender's domain and stand alone in the letter is the brand:
        # "Cais Novo" written in the body, "Cais Novo Logística S.A." in the footer, mail from caisnovo.example
        bwords = best.split()
        for k in range(len(bwords) - 1, 0, -1):
            prefix = " ".join(bwords[:k])
            if _letters(prefix) in labels[:1] and re.search(
                    r"\b" + re.escape(prefix) + r"\b(?! " + re.escape(bwords[k]) + ")", own):
                best = prefix
                break
    if best is not None and sources[_key(best)] <= {"body", "subject_at", "subject"}:
        best = _signed_in_full(best, names, sources, legal_keys)
    if best is not None and sender_labels and best.count(" ") >= 2:
        best = _without_branch(best, sender_labels[0])
    if best is not None and " " in best and (_tok(best.rsplit(" ", 1)[-1]) in _GROUP_WORDS
                                             or _tok(best.split(" ", 1)[0]) in _GROUP_WORDS):
        best = _group_brand(best, names, sources, scores)
    if best is not None and " " in best and any(2 <= len(w) <= 5 and w.isupper() for w in best.split()):
        best = _spelled_out(best, names.values())
    if best is not None and best.rsplit(" ", 1)[-1] in _ABBREVIATIONS and (
            best + "." in own or best + "." in message.subject or best + "." in message.sender.name) and not re.search(
            re.escape(best) + r"(?![.\w])", message.text[:2 * _READ]):
        best += "."  # an abbreviation ending the name: "Van der Linden & Zn."
    if best is not None and best.endswith((" Cia.", " Cía.")):
        best = best[:-1]  # "Irmãos Peixoto & Cia. Ltda.": "& Cia" (and Company) is written without its full stop
    if best is not None and best.endswith(".") and re.search(re.escape(best[:-1]) + r"(?![.\w])", message.text[:2 * _READ]):
        best = best[:-1]  # "bij Molenaar & Zn." ends a sentence: the footer writes "Molenaar & Zn B.V."
    if best is not None and best_score >= 1.0:
        bkey = _key(best)
        if (best_score < 3.0 and not agency and not relayed and sender_labels and len(sources[bkey]) == 1
                and not _matches_domain(bkey, [_letters(w) for w in best.split()], labels)
                and not any("parent" in src or "client" in src for src in sources.values())):
            # one weak clue that is not the sender's own name, while the letter writes a name spelling the sender's
            # domain ("Calderwood Insurance" for calderwood.example): the clues that agree win
            found, _base = _domain_name(message, own, message.sender.email, people)
            if found and _key(found) != bkey and _letters(strip_legal(found)) not in bkey:
                # (not "Albrecht KG" of albrecht-kg.example for "Gebrüder Albrecht KG": the clue's own end)
                return _full_name(found, message, own)  # as the letter writes it: "Corvane" -> "Corvane Systems"
        if sender_labels and sender_labels[0] != bkey and bkey in sender_labels[0] and not agency:
            # "Latam" of the team line "Talento Latam" from talentolatam.example: the domain spells the firm's name
            # with the trade words the department strip took off, as the mail writes it (also a recruiter's own firm,
            # writing of an unnamed client: "Talentos Norte")
            found, _base = _domain_name(message, own, message.sender.email)
            extra = found.replace(best, " ").split() if found else []
            if found and best in found and all(fold(w) in _TRADE_WORDS for w in extra) and not all(
                    fold(w) in _PORTAL_WORDS for w in extra):  # (not "H&M Careers" of hm-careers: the hiring site)
                return _full_name(found, message, own)  # (not "Bloom Labs" for "Bloom": a business word, the brand's)
        if unnamed and not agency:  # a recruiter writes of an unnamed client: the firm, with its trade in its name
            return _trade_name(_full_name(best, message, own), message, own)
        if sender_labels and sender_labels[0] != bkey and sender_labels[0].startswith(bkey) and (
                whole := _spelled_on(best, message, own, sender_labels[0])) and not all(
                    _tok(w) in _PORTAL_WORDS for w in whole.split()[len(best.split()):]):
            return whole  # "Homes" read before "for Good" from homesforgood.example: the name the domain spells
        if sender_labels and sender_labels[0] != bkey and sender_labels[0].startswith(bkey):
            # "Mobilis RH" from mobilis-rh.example: the domain spells the name with its trade words, as written
            words = _trade_name(best, message, own).split()
            for k in range(len(best.split()) + 1, len(words) + 1):
                if _letters(" ".join(words[:k])) == sender_labels[0] and not all(
                        _tok(w) in _PORTAL_WORDS for w in words[len(best.split()):k]):
                    return " ".join(words[:k])  # (not "easyJet Careers" from easyjet-careers: the hiring site's word)
            if (sender_labels[0] in names and names[sender_labels[0]].startswith(best + " ")
                    and (sender_labels[0] not in legal_keys or sources[sender_labels[0]] - {"signature", "logo"})):
                # "Recruitment Hofstede" on the display, "Hofstede Accountants" in the letter from
                # hofstede-accountants.example: the name the domain spells whole, as the letter writes it (not a
                # legal footer's "Bloom Labs, Inc." beside the brand "Bloom")
                return names[sender_labels[0]]
        if (not agency and "team" in sources[bkey] and sender_labels and not is_no_reply(addr)
                and any(map(sender_labels[0].__contains__, _AGENCY_STEMS)) and bkey[:4] in sender_labels[0]):
            # "Ponte" of the team line "Ponte Recrutamento" from ponterecruta.example: a recruitment firm's trade is
            # part of its name, which the department strip took off (the firm's own line, its name in its domain:
            # not a forwarded client's "Northwind HR" under an agency's note)
            return _firm_trade(_full_name(best, message, own), message, own)
        return _full_name(_with_digits(best, message, own), message, own)
    if ">" in message.text or "\n-----" in message.text or "wrote:" in message.text:
        # a reply over the reader's own application: where the applicant named the employer
        quoted_labels = [] if message.sender.email and _mail_provider(_domain(message.sender.email)) else labels
        if (quoted_labels or message.sender.email) and (named := _quoted_employer(message, people, quoted_labels)):
            return named
    addrs = [message.sender.email] + [a.email for a in message.reply_to]
    if addrs[0] and any(a.email == addrs[0] for a in message.to):
        # the reader forwarding a letter to themselves: their own domain names no employer; the forwarded letter's
        # writer ("Von: Apotheke am Markt <info@apotheke-am-markt.example>") does
        inner = _FWD_FROM.search(message.text[:3000])
        addrs = [parseaddr(inner.group(1))[1] if inner else None] + addrs[1:]
    for addr in addrs:
        # (the last resort: a name the domain spells without its small words, "Hospital Virgen del Mar" for
        # hospital-virgen-mar, beats the domain's words split)
        found, base = _domain_name(message, own, addr, people, loose=True)
        if found:
            full = _full_name(found, message, own)
            return _trade_name(full, message, own) if unnamed else full
        if base and (compound := _compound_spelled(message, own, base) or _short_line_spelled(message, own, base)):
            return compound
        if base and (_letters(base) in _PORTAL_LABELS or all(w in _MAILER_WORDS for w in re.split(r"[-_]", base))):
            # "werkenbij.example", "karriere.example": a hiring site's word, no employer's name (nor "jobs-mailer",
            # "ats-notify": a sending service's words)
            continue
        if base:
            parts = re.split(r"[-_]", base)
            if len(parts) > 1 and _LEGAL_END.fullmatch(" " + parts[-1]):
                parts = parts[:-1]  # "vonbergen-ag.example": the legal form, no word of the name
            parts = _split_tail(parts)
            return " ".join(_as_written(_split_head(parts, message, own), message, own))
    if best is None and (tenant := _vendor_tenant(message.sender.email or "", message, own)):
        return tenant
    return _full_name(best, message, own) if best and best[0].isupper() else None  # a weak clue, as written in full


_TENANT = re.compile(r"[a-z]{4,24}(?:-[a-z]{2,16}){0,2}").fullmatch


def _vendor_tenant(addr: str, message: Message, own: str) -> str | None:
    """"harbourview@myworkday.com", "kornblume@teamtailor-mail.com": an ATS sends from the employer's own account
    name at its domain; as the letter writes it, or each word capitalised (not its role boxes, "jobs-noreply", nor
    its own name, "indeedapply")."""
    local, _, domain = addr.lower().partition("@")
    if not domain or not _TENANT(local) or NO_REPLY.match(addr) or not is_platform_domain(domain):
        return None
    parts = local.split("-")
    if any(p in _MAILER_WORDS or p in VENDORS or p in ORG_WORDS for p in parts) or any(
            local.startswith(v) for v in VENDORS if len(v) >= 4):
        return None
    hay = "\n".join((message.subject or "", own[:_READ]))
    at = hay.lower().find(" ".join(parts))
    if at >= 0 and hay[at:at + 1].isupper():
        return hay[at:at + len(local)]
    return " ".join(p.capitalize() for p in parts)


_CAPS_JOINERS = frozenset(["&", "and", "und", "et", "y", "e", "i", "en", "de", "del", "du", "des", "da", "do", "dos",
                           "das", "van", "von", "der", "den", "la", "le", "el", "of", "het", "op", "am", "im"])


def _uncapitalised(name: str, message: Message, own: str) -> str:
    """A name signed in capitals ("HARTLEY & SONS BUILDERS") as a person writes it: as the mail writes it otherwise,
    or each long word capitalised, the joiners small and the short words (initials: "GGZ", "ROC") kept."""
    low = name.lower()
    for hay in (message.sender.name or "", message.subject or "", own[:_READ]):
        at = hay.lower().find(low)
        if at >= 0 and not (written := hay[at:at + len(name)]).isupper() and len(written) == len(name):
            return written
    words = name.split()
    if not any(len(w) >= 5 for w in words):
        return name  # "ECML 2027", "KPMG": initials, kept
    out = [(w.lower() if i else w.capitalize()) if w.lower() in _CAPS_JOINERS else
           w if len(w) <= 4 and w.isalpha() and fold(w) not in ORG_NAME_WORDS and fold(w) not in _NAME_TAILS else
           "-".join(p[:1] + p[1:].lower() for p in w.split("-")) for i, w in enumerate(words)]
    return " ".join(out)


# --- role -------------------------------------------------------------------------------------------------

_ROLE_TRIGGERS = [
    (re.compile(r"\b(?:for|about|to|in|on) (?:the|our|this|your) ([^.;:!?\n]{2,70}?) (?:position|role|vacancy|opening|opportunity|job|post|requisition)\b"), 2.0),
    (re.compile(r"\b(?:the|our) ([^.;:!?\n]{2,70}?) (?:position|role|vacancy|opening|opportunity|post|requisition)\b"), 1.0),
    (re.compile(r"\b(?:interview\w*|appl\w+|candidacy|consideration)(?: with us)? for (?:the )?([A-Z][^.;:!?\n]{2,60})"), 1.0),
    (re.compile(r"\b(?:procedure|selectieprocedure|sollicitatieprocedure|ronde|gesprekken?) (?:voor|van) (?:de functie |de vacature )?"
                r"([A-Z][^.;:!?\n]{2,60})"), 1.0),
    (re.compile(r"\b(?:position|role|post) (?:of|as) (?:an? |the )?([^.;:!?\n]{2,70})"), 1.5),
    (re.compile(r"\b(?:application|applying|apply|applied|candidacy|interest) (?:for|to) (?:the |our |a |an )?([^.;:!?\n]{2,70})"), 1.0),
    (re.compile(r"\b[Rr]equisition [\w-]+, ([^.;:!?\n]{2,70})"), 2.0),
    # a bare capitalised title after "for/as" ("applying for Customs Analyst"): weak, the subject usually agrees
    (re.compile(r"\b(?:for|as) (?:the )?([A-Z][\w/&+-]*(?: [A-Z][\w/&+-]*){0,4})\b"), 0.5),
    (re.compile(r"\b(?:for|voor|f[üu]r|pour|para|als|de|van|op|as|du|da|do|del|a|[àa]|au)"
                r" (?:the |die |den |le |la |el |de |a |o |our |unsere |notre |nuestra |nuestro |onze |a nossa |o nosso )?"
                r"(?:(?:poste|position|role|vacante|vacature|functie|vaga|posi[çc][ãa]o|stelle|puesto) )?"
                r"(?:\"([^\"\n]{2,60})\"|'([^'\n]{2,60})'(?=[\s.,;:!?)]))"), 2.5),
    # (also the hiring and the applicant: "eine Einstellung als X", "eine andere Bewerberin als X")
    (re.compile(r"\b(?:Bewerbung|Bewerberin|Bewerber|Interesse|Einstellung|Anstellung) "
                r"(?:als|für die Stelle|für die Position|auf die Stelle) ([^.;:!?\n]{2,70})"), 2.0),
    # "für die Rolle X", "für den Posten einer X"
    (re.compile(r"\b(?:Stelle|Position|Rolle|Posten)(?: als| einer| eines)? ([^.;:!?\n]{2,70})"), 1.5),
    (re.compile(r"\b(?:poste|fonction|l'offre) (?:de |d'|d’)([^.;:!?\n]{2,70})"), 2.0),
    # "la búsqueda de Analista de Siniestros": the search the employer ran names the title too
    (re.compile(r"\b(?:puesto|cargo|posici[óo]n|vacante|plaza|oferta(?: de empleo)?|b[úu]squeda(?= de)|"
                r"oportunidad(?= de [A-ZÀ-Þ])) (?:de |como )?"
                r"([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:postularte|postularse|candidatura|proceso) (?:a|para|de selecci[óo]n para el puesto de|"
                r"(?<=proceso )de) ([^.;:!?\n]{2,70})"), 1.5),
    (re.compile(r"\b(?:functie|rol|vacature|positie|betrekking)(?: van| als| voor)? ([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:sollicitatie|kandidatuur|aanvraag|reactie) (?:als|voor|op) (?:de functie |de vacature |de rol van )?([^.;:!?\n]{2,70})"), 1.5),
    # (Portugal's "o lugar de Jurista": the post; "a oportunidade de Executivo de Contas")
    (re.compile(r"\b(?:vaga|posi[çc][ãa]o|fun[çc][ãa]o|cargo|lugar(?= de [A-ZÀ-Þ])|oportunidade(?= de [A-ZÀ-Þ])) "
                r"(?:de |como )?([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:processo|recrutamento) (?:para|de) (?:a fun[çc][ãa]o de )?([^.;:!?\n]{2,70})"), 1.0),
]
# same matches, found faster: a leading word boundary becomes a first-letter set the engine can skip by
_ROLE_TRIGGERS += [
    # 18: "como Agente de rampa", "en tant que Technicien", "as a Field Engineer" (weak: the subject usually agrees)
    (re.compile(r"\b(?:como|en tant que|comme|enquanto) (?:una? |um |uma )?([A-ZÀ-Þ][^.;:!?\n]{2,60})"), 1.0),
    # 19: "solicitud para Chofer de reparto", "postulación para Técnico en ..."
    (re.compile(r"\b(?:solicitud|postulaci[óo]n|aplicaci[óo]n) (?:para|a|al puesto de|de) (?:el puesto de |la vacante de )?"
                r"([A-ZÀ-Þ][^.;:!?\n]{2,70})"), 1.5),
    # 20: "procedimento concursal para X", "processo de recrutamento para X"
    (re.compile(r"\b(?:procedimento concursal|processo de recrutamento|processo seletivo|processo de sele[çc][ãa]o|"
                r"sele[çc][ãa]o p[úu]blica) "
                r"(?:para|de) (?:a |o )?([A-ZÀ-Þ][^.;:!?\n]{2,70})"), 2.0),
    # 21: "Bewerbung um die Stelle einer Sachbearbeiterin", "auf die Stelle als X"
    (re.compile(r"\b(?:Bewerbung|bewerben) (?:um|auf) die (?:Stelle|Position)(?: als| einer| eines)? ([A-ZÄÖÜ][^.;:!?\n]{2,70})"), 2.0),
    # 22: "für den Barista-Job"
    (re.compile(r"\b([A-ZÄÖÜ][\w/]+(?:-[A-ZÄÖÜ][\w/]*)*)-(?:Job|Stelle|Position)\b"), 1.5),
    # 23: the job ad named by its title: "auf unsere Stellenausschreibung Werkstudent*in Vertrieb", "Stellenanzeige als X"
    # (and the procedure filling it: "das Stellenbesetzungsverfahren für die Sachbearbeitung Wohngeld")
    (re.compile(r"\b(?:Stellenausschreibung|Ausschreibung|Stellenanzeige|Stellenangebot|"
                r"Stellenbesetzungsverfahren(?= f[üu]r)|Besetzungsverfahren(?= f[üu]r))(?: als| f[üu]r| zur?|:)?"
                r" (?:die |den |das |eine?n? )?([A-ZÄÖÜ][^.;:!?\n]{2,70})"), 2.0),
    # 24: "sur le poste Chargée de projet", "notre offre Responsable logistique" (a capitalised title, no "de")
    (re.compile(r"\b(?:poste|offre|fonction)(?: d'emploi)? (?:[«\"“] ?)?([A-ZÀ-Þ][^.;:!?\n]{2,70})"), 1.5),
    # 25: "to become our next Data Engineer", "as our new Office Manager": the reader in the post
    (re.compile(r"\b(?:our|the) (?:next|new) ([A-Z][^.;:!?\n]{2,60})"), 1.0),
    # 26: the choice or the search named with the title after "para": "no has sido seleccionada para Contadora senior",
    # "nuestra segunda opción para Arquitecta técnica", "seu cadastro para Médico Plantonista"
    (re.compile(r"\b(?:elegid[oa]|seleccionad[oa]|selecionad[oa]|opci[óo]n|busc[áa]bamos|pr[áa]ctico|oferta|empleo|"
                r"cadastro|entrevistas?|inscri[çc][ãa]o) para (?:el |la |a |o )?([A-ZÀ-Þ][^.;:!?\n]{2,60})"), 1.0),
    # 27: the apprenticeship names the trade: "Ausbildung zum Justizfachwirt", "den Ausbildungsberuf Eisenbahner im X"
    (re.compile(r"\b(?:Ausbildung(?: zum| zur| als)|Ausbildungs(?:beruf|platz|stelle)(?: zum| zur| als)?) "
                r"([A-ZÄÖÜ][^.;:!?\n]{2,70})"), 1.5),
    # 28: a programme the reader applied to is what they applied for: "no Programa Jovem Aprendiz"
    # (led by its literal word, which the engine searches for fast)
    (re.compile(r"(Programa (?:de )?[A-ZÀ-Þ][^.;:!?\n]{2,60})"), 1.5),
    # 29: "dass du dich intern als Teamleiter Kundenservice beworben hast"
    (re.compile(r"\b(?:dich|sich)(?: intern| extern)? als ([A-ZÄÖÜ][^.;:!?\n]{2,70}?) bewor?ben\b"), 2.0),
]
_ROLE_TRIGGERS = [(re.compile(_merged_leads(speed(rx.pattern)) if not rx.flags & re.I else speed(rx.pattern), rx.flags),
                   weight) for rx, weight in _ROLE_TRIGGERS]
# which triggers a language's mail needs (the quoted-title one is shared; unknown language: all of them)
_TRIGGER_GATES = (
    ("position", "role", "vacanc", "opening", "opportunit", "job", "post", "requisition"),
    ("position", "role", "vacanc", "opening", "opportunit", "post", "requisition"), ("interview", "appl", "candidacy", "consideration"),
    ("procedure", "ronde", "gesprek"), ("position of", "position as", "role of", "role as", "post of", "post as"),
    ("applica", "apply", "applied", "candidacy", "interest"), ("requisition",), ("for ", "as "), (' "', " '"),
    ("bewerbung", "bewerber", "interesse", "einstellung", "anstellung"),
    ("stelle", "position", "rolle", "posten"), ("poste", "fonction", "offre"),
    ("puesto", "cargo", "posici", "vacante", "plaza", "oferta", "squeda de", "oportunidad de"), ("postular", "candidatura", "proceso"),
    ("functie", "rol", "vacature", "positie", "betrekking"),
    ("sollicitatie", "kandidatuur", "aanvraag", "reactie"), ("vaga", "posi", "fun", "cargo", "lugar de", "oportunidade de"), ("processo", "recrutamento"),
    ("como", "en tant que", "comme", "enquanto"), ("solicitud", "postulaci", "aplicaci"), ("procedimento", "processo", "blica para"),
    ("bewerbung um", "bewerbung auf", "bewerben um", "bewerben auf"), ("-job", "-stelle", "-position"),
    ("ausschreibung", "stellenanzeige", "stellenangebot", "verfahren f"), ("poste ", "offre ", "fonction "),
    ("our next ", "our new ", "the next ", "the new "), (" para ",), ("ausbildung",), ("programa ",), ("beworben",))
_TRIGGER_LANGS = {"en": (0, 1, 2, 4, 5, 6, 7, 8, 25), "de": (8, 9, 10, 21, 22, 23, 27, 29), "fr": (8, 11, 18, 24),
                  "es": (8, 12, 13, 18, 19, 26), "nl": (3, 8, 14, 15), "pt": (8, 13, 16, 17, 18, 20, 26, 28)}
# (index, gate, pattern, weight) of the triggers each language's mail tries, in order (None: an unknown language)
_TRIGGER_PLAN = {lang: tuple((i, _TRIGGER_GATES[i], *_ROLE_TRIGGERS[i]) for i in order) for lang, order in
                 [*_TRIGGER_LANGS.items(), (None, range(len(_ROLE_TRIGGERS)))]}
# The nouns (after their space, as the patterns write them) that end every match of triggers 0 and 1 ("for the X
# position", "our X role"): no match ends past the last of them in the text, so their scan stops there (one character
# on, for the "\b"), rather than trying each "the", "our", "for" of the signature and footer; none in the text: no match.
_NOUN_ENDED = {0: (" position", " role", " vacancy", " opening", " opportunity", " job", " post", " requisition"),
               1: (" position", " role", " vacancy", " opening", " opportunity", " post", " requisition")}
assert all(_ROLE_TRIGGERS[i][0].pattern.endswith(" (?:" + "|".join(n[1:] for n in nouns) + ")\\b")
           for i, nouns in _NOUN_ENDED.items())
_SUBJECT_ROLE = [
    re.compile(r"(?:application|candidacy|candidature|candidatura|bewerbung|sollicitatie|kandidatuur|postulaci[óo]n)"
               r"(?: au poste de| pour le poste de| for| to| als| voor| à| a| para| pour| de| bei| op| um die|"
               r" auf die)?"
               r" ?[:\-–]?\s*"
               r"(?:the |de functie |de vacature |de rol |au poste de |le poste de |el puesto de |del puesto de |al puesto de |"
               r"a vaga de |à vaga de |la vacante de |die Stelle (?:als )?|die Position (?:als )?|the position of |the role of )?"
               r"(.{2,70}?)(?: at | bei | chez | en | bij | na | no | - | – | \| |$)", re.I),
    re.compile(r"^(?:re: |aw: |fwd?: )?(.{2,70}?)\s+[-–]\s+(?:application update|r[üu]ckmeldung|next steps|n[äa]chste schritte)", re.I),
    re.compile(r"^(?:re: |aw: |fwd?: )?(?:absage|cierre del proceso|encerramento do processo|vacature|over de vacature|"
               r"sobre a vaga de|interview invitation|feedback candidatura|terugkoppeling(?: gesprek)?|processo|"
               r"proceso de selecci[óo]n|recrutamento)\s*:?\s*(.{2,70}?)(?: suspenso| gesloten| at | bei |$)", re.I),
    re.compile(r"^[^:]{2,60}:\s+(.{2,70})$"),
    re.compile(r"^(?:re: |fwd?: )?your ([A-Z][^:]{1,60}?) (?:application|candidacy)$", re.I),
    re.compile(r"^(?:re: )?(?:regarding|about|following up on|update on|your application for) (?:the |your )?([A-Z].{1,60}?)"
               r"(?: role| position| application| vacancy)?$", re.I),
    re.compile(r"\b(?:interview|screen|screening|assessment|call|conversation|chat|gespr[äa]ch|entretien|entrevista|"
               r"gesprek) (?:for|about|f[üu]r|pour|para|voor) (?:the |die |le |el |de |a )?(?:position |role |poste |puesto |"
               r"functie |vaga )?(?:of |de |als )?(.{2,70})$", re.I),
]
_ROLE_STOP = re.compile(
    r"(?:\s(?:at|with|in|for|and|last|you|we|that|which|who|has|have|was|is|are|on|here|there|bei|und|in|"
    # "im", "zum", "zur" before a capitalised field belong to the title: "Praktikant im Controlling"
    r"im(?! [A-ZÄÖÜ])|zum(?! [A-ZÄÖÜ])|zur(?! [A-ZÄÖÜ])|Leider|Standort|Status|"
    # the next paragraph's greeting, the title having ended a line: "Bewerbung als Sozialpädagogin| Sehr geehrte"
    r"Sehr|Liebe|Lieber|Dear|Hallo|Hello|Hey|Bonjour|Hola|Hoi|Prezad[oa]|Estimad[oa]|Querid[oa]|Guten|Olá|"
    r"sorgf\w+|haben|chez|et|au|aux|à|qui|que|dans|pour|avec|nous|vous|est|sont|a|en(?! alternance| apprentissage)|con|y|para|por|del|bij|wordt|is|"
    r"bekeken|hebben|met|na|no|e|foi|ao|com|junto|within|queda|quedan|será|vient|n'a|n'est|ne|ya|hemos|se|não|nao|já|ja|ha|"
    r"fue|ist|wurde|hat|konnte|kann|werd|heeft|was|has|had|did|didn't|won't|will|after|following|niet|verder|helaas|"
    r"neste|nesta|nesse|nessa|naquele|naquela|deste|desta|naar|acabou|"
    # the Dutch and Spanish sentence going on after the title: "X goed ontvangen", "X delen wij u mee", "X finalmente"
    r"goed|ontvangen|betreft|sluiten|delen|doorlopen|gelezen|opgesteld|geannuleerd|gekozen|beoordeeld|afgewezen|een|"
    r"besproken|vergeven|ingevuld|vervuld|afgerond|gesloten|stopgezet|iemand|uiteindelijk|binnen|op|aan|"
    # (the Dutch verb after the title: "Communicatieadviseur te vervallen", "Duurzaamheidsconsultent gaan we")
    r"te|gaan|gaat|kwam|komt|kunnen|zullen|moeten|worden|"
    r"finalmente|esta|exige|qued[óo]|"
    # the post's state after its title: "el puesto de recepción cubierto", "poste d'accueil pourvu"
    r"cubiert[oa]s?|ocupad[oa]s?|pourvue?s?|preenchid[oa]s?|est[áa]n?|estar[áa]n?|"
    r"requires|needs|role|requisition|post|zorgvuldig|aandachtig|sorgf[äa]ltig|attentivement|cuidadosamente|"
    r"atentamente|carefully|closely|thoroughly|grundlich|gr[üu]ndlich|com aten[çc][ãa]o|con atenci[óo]n|"
    r"ha sido|été|sido|dont|cuyo|cuya|waarvoor|die|dat|bas[ée]e?s?|situ[ée]e?s?|localis[ée]e?s?|ubicad[oa]s?|"
    r"localizad[oa]s?|situad[oa]s?|basead[oa]s?|based|located|gevestigd|standort)\s|,\s(?=[a-zà-ÿ])|\s[-–|]\s|\s\(R[\w-]*\d+\)|[\"“”«»]).*$")
# group 1 read by position; the patterns anchored at the start are faster as they are
_SUBJECT_ROLE_BLIND = [_Blind(rx) if rx.flags & re.I and not rx.pattern.startswith("^") else rx for rx in _SUBJECT_ROLE]


class _Needs:
    """A pattern each match of which holds one of a few literals (as written): a string without any is not scanned."""

    __slots__ = ("rx", "needs")

    def __init__(self, rx: re.Pattern[str], needs: tuple[str, ...]) -> None:
        self.rx, self.needs = rx, needs

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(text) if any(map(text.__contains__, self.needs)) else None


_SUBJECT_ROLE_BLIND[1] = _Needs(_SUBJECT_ROLE[1], ("-", "–"))  # "X - Application update"
_SUBJECT_ROLE_BLIND[3] = _Needs(_SUBJECT_ROLE[3], (":",))  # "Re: X"
_ROLE_STOP = re.compile(_regroup(_ROLE_STOP.pattern, r"(?:\s(?:"), _ROLE_STOP.flags)
# the same matches, led by the set of characters a match begins with (which the engine can skip to) and the
# alternative chosen by the character it consumed
_ROLE_STOP_TAIL = r"\s|,\s(?=[a-zà-ÿ])|\s[-–|]\s|\s\(R[\w-]*\d+\)|[\"“”«»]).*$"
if _ROLE_STOP.pattern.startswith(r"(?:\s(?:") and _ROLE_STOP.pattern.endswith(_ROLE_STOP_TAIL):
    _ROLE_STOP = re.compile("[\\s,\"“”«»](?:(?<=\\s)(?:" + _ROLE_STOP.pattern[len(r"(?:\s(?:"):-len(_ROLE_STOP_TAIL)]
                            + r"\s|(?<=,)\s(?=[a-zà-ÿ])|(?<=\s)[-–|]\s|(?<=\s)\(R[\w-]*\d+\)|(?<=[\"“”«»])).*$",
                            _ROLE_STOP.flags)
_INNER_TRIGGER = re.compile(r" (?:for|about|to|in|on) (?:the|our|this|your) ")
# a title never starts with a preposition: "via Talentbridge", "über Personio", "at Quill & Ferry"
_ROLE_PREPOSITION = frozenset(["via", "through", "uber", "par", "por", "by", "at", "bei", "with", "from", "chez", "bij",
                               "van", "von", "met", "com", "con", "avec", "mit"])
_ROLE_BAD = re.compile(r"^(?:the|a|an|our|this|your|job|position|role|candidacy|application|it|us|you|them|interest|"
                       r"above|said|aforementioned|mentioned|advertised|same|relevant|"  # "for the above vacancy"
                       r"particular|specific|current|open|available|posted|other|previous|exact|"  # "this particular role"
                       # three lower-case words are a sentence, unless a joiner makes them a title: "chef de projet CRM"
                       r"(?![a-zà-ÿ][\w\-]* (?:de|du|des|en|em) )[a-z][\w\-]* [a-z][\w\-]* [a-z].*)$")


# a role written in lower case, named by a phrase that leaves no doubt: "voor de rol van sales lead",
# "au poste de développeur front-end", "for the barista role"
# each as it runs fastest (measured): led by its few first letters, else grouped by first letter after the "\b"
_ROLE_LOWER = [(re.compile(_merged_leads(q) if (q := speed(p)) != p else _regroup(p, r"\b(?:") if p.startswith(r"\b(?:")
                           else p), w)
               for p, w in (
    (r"\b(?:rol (?:van|als)|functie (?:van|als)|vacature voor|positie van|poste d[e']|postes? de|puesto de|plaza de|vaga de|"
     r"cargo de|role of|position of|Stelle als|Position als|Rolle als|"
     # the application or the selection named with the title: "je sollicitatie als winkelmedewerker", "de selectie voor
     # werktuigbouwkundige", "la fonction d'assistant social", "le job de serveur", "el rol de backend"
     r"sollicitatie als |kandidatuur als |voor de (?:functie|vacature) (?:van |als )?|"
     r"op de (?:functie|vacature) (?:van |als )?|bij de (?:functie|vacature) (?:van |als )?|"
     r"in de (?:functie|vacature) (?:van |als )?|selectie voor |"
     r"fonction d[e']|job de |place de |rol de |opdracht als |job van |betrekking (?:van|als) )"
     # (the title a word of its own, not the lead's word going on: "zich een vacature voor|doet")
     r"(?: |(?<=['’ ]))([a-zà-ÿ][^.;:!?\n]{1,50})", 2.0),
    # (also the post the employer will not offer: "we won't be offering you the kitchen porter job")
    (r"\b(?:for|on|about|offer you|offering you) (?:the|our|this|a|an) ([a-zà-ÿ][\w/-]*(?: [a-zà-ÿ][\w/-]*){0,2}) "
     r"(?:role|position|job|vacancy|opening)\b", 2.0),
    # (Portuguese only) an internship is named with its field, "estágio" part of what the reader applied for: "o estágio em
    # jornalismo digital", "no estágio de verão em Engenharia"
    (r"(est[áa]gio(?: de ver[ãa]o| curricular| profissional)? em [^.;:!?\n]{2,50})", 1.5),
)]
# substrings (as written) one of which each match of the pattern above holds
_ROLE_LOWER_GATES = (("rol ", "functie ", "vacature ", "positie van", "poste", "puesto de", "plaza de", "vaga de",
                      "cargo de", "role of", "position of", "Stelle als", "Position als", "Rolle als",
                      "sollicitatie als", "kandidatuur als", "selectie voor", "fonction d",
                      "job de", "place de", "opdracht als", "job van", "betrekking "),
                     (" role", " position", " job", " vacancy", " opening"), ("stágio", "stagio"))
# the nouns that end every match of each pattern above, if any (see _NOUN_ENDED)
_ROLE_LOWER_NOUNS = ((), _ROLE_LOWER_GATES[1], ())
assert _ROLE_LOWER[1][0].pattern.endswith(" (?:" + "|".join(n[1:] for n in _ROLE_LOWER_NOUNS[1]) + ")\\b")
# a status block's field: "Vacature: Kwaliteitsmedewerker QA/RA (ref. MC-2291)", "Position: Supply Chain Planner"
_ROLE_FIELD = re.compile(
    r"(?i)[ \t]*(?:(?:vacature|vacancy|position|role|job|job title|stelle|stellenbezeichnung|poste|puesto|vacante|vaga|"
    r"functie|cargo|posici[óo]n|posi[çc][ãa]o|offre|post|emploi|convocatoria|grade)[ \t]*:[ \t]*([^\n]{2,70}?)|"
    r"(?:candidatura|candidature|bewerbung|sollicitatie|application)[ \t]*:[ \t]*([^\n]{2,70}?))[ \t]*$")
_FIELD_NAMES = frozenset(["referencia", "reference", "ref", "referenz", "referentie", "estado", "status", "situacao",
                          "fecha", "date", "datum", "data", "empresa", "company", "bedrijf", "unternehmen", "location",
                          "ubicacion", "localizacao", "standort", "locatie", "motivo", "reason", "fase", "etapa",
                          "stage", "resultado", "result", "ergebnis", "uitslag", "decisao", "decision", "entscheidung"])
# a status table shown line by line, the field's name on a line of its own and its value on the next (after a blank
# line): "Functie\n\nProcesoperator", "Cargo\n\nAgente Comunitário de Saúde"
_ROLE_FIELD_LINES = re.compile(
    r"\n[ \t]*(?:Functie|Vacature|Cargo|Função|Vaga|Position|Role|Job title|Stelle|Poste|Puesto|Posición|Posição|"
    r"Vacancy)[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n]{2,70}?)[ \t]*\n")
# the gender marker is a legal formality, not part of the title the reader would write: "(m/w/d)", "(H/F)", "M/V"
_GENDER_MARKER = re.compile(
    r"(?i)\s*[(\[]\s*(?:[mwfdhvx](?:\s*[/|,]\s*[mwfdhvx]){1,3}|all genders|alle geschlechter|gn\*?)\s*[)\]]"
    r"|\s+[mwfdhvx](?:/[mwfdhvx]){1,3}$")


def drop_gender_marker(role: str | None) -> str | None:
    """The title without its gender marker: "Laborant (m/w/d)" -> "Laborant", "Ingénieur F/H" -> "Ingénieur"."""
    if not role or ("/" not in role and "(" not in role and "[" not in role):
        return role
    return " ".join(_GENDER_MARKER.sub(" ", role).split()).strip(" -–,") or None


_ROLE_LEAD = re.compile(
    r"^(?:proceso(?: de selecci[óo]n)?(?: para| de)?(?: el puesto de)?|selecci[óo]n(?: para| de)?|processo(?: seletivo)?(?: para| de)?(?: a vaga de)?|"
    r"poste de|poste d'|vaga de|vacante de|vacature|functie|stelle als|position of|role of|CV|rolle|posten|"
    r"posi[çc][ãa]o(?: de)?|lugar de|(?:die )?Besetzung (?:der Stelle|des Postens)(?: einer| eines| als)?|"
    # a search or an interview named before the title: "Entrevista coordinadora de eventos", "Búsqueda Analista X"
    r"entrevista|b[úu]squeda|busca|s[ée]lection|recherche|zoektocht|interview|"
    # the procedure or the talk named before the title: "Uitnodiging tweede gesprek X", "Seleção de X", "Bolsa de
    # Trabajo X", "Stellenbesetzungsverfahren X", "Plaza de X", "Posición X"
    r"(?:uitnodiging(?: \w+)? )?gesprek|sele[çc][ãa]o(?: de| para)?|seletivo(?: simplificado)?|\w*verfahren|"
    r"bolsa de (?:trabajo|empleo)(?: de)?|"
    r"plaza de|posici[óo]n|como|recrutamento|reclutamiento|recrutement|(?:seletivo )?simplificado|"
    # a reply prefix or a reference code left before the title: "Re: X", "REQ-5540 X", "2026/ENG/041 X"
    r"(?:re|aw|fwd?|rv|tr|wg):|[a-z]{1,5}-\d{3,}[\w/-]*|\d{2,4}/[\w/]*\d[\w/]*|contrataci[óo]n|so(?:l|ll)icitatie|mission|"
    r"(?:regarding|about|concerning|update on|following up on)(?: the| your| our)?)\s+(?=[\w(])", re.I)
# (only its end is read: run lower-cased, where a failing alternative is dropped at its first letter; see _Blind)
_ROLE_LEAD_BLIND = _Blind(_ROLE_LEAD)
_REF_TAIL = re.compile(
    # (hours or a share of a week belong to the title: "(32-40 uur)", "(20 Std.)", "(80-100%)")
    r"\s*\((?=[^)]*\d)(?![^)]*(?:uur|uren|hours|hrs|std|stunden|horas|heures|%))[A-Z\d][A-Z\d/ .-]{1,20}\)$|"
    r"\s*[(\[](?:(?:job )?reference|referenz|"
    r"ref|r[ée]f|req|requisition|job id|job|id|no|nr|exam|concurso|convocatoria|n[º°o]|kennziffer|referencia|"
    r"refer[êe]ncia|vacature|"
    r"vacaturenummer|code|c[óo]digo|vaga)\b\.?\s*[#:]?\s*[\w/-]*\d[\w/-]*[)\]]$|"
    r"\s*\[(?=[^\]]*\d)[\w#/ .:-]{1,24}\]$", re.I)
# subject segments that are not the role: a reference number, the application itself, a status
_SUBJECT_NOT_ROLE = re.compile(
    r"(?i)^(?:re|res|aw|fwd?|wg|tr|rv|fw|enc|antw):?$|#\s*\d|\b(?:req|ref|r[ée]f|job id|jr|kennziffer|az|vacature|vaga|vacante|"
    r"referencia|refer[êe]ncia|stellen-?id|id)\b\.?\s*[#:]?\s*[\w-]*\d|^\[?[A-Z]{1,4}-?\d+\]?$|"
    r"\b(?:application|applying|candidacy|update|feedback|bewerbung|r[üu]ckmeldung|absage|candidature|candidatura|"
    r"postulaci[óo]n|sollicitatie|terugkoppeling|status|decision|entscheidung|d[ée]cision|decisi[óo]n|besluit|"
    r"resultado|r[ée]sultat|next steps|n[äa]chste schritte|your|ihre|votre|tu|uw|je|a sua|sua|thank|danke|merci|"
    r"gracias|obrigad[oa]|bedankt|solicitud|following up|atualiza[çc][ãa]o|actualizaci[óo]n|where we landed|result|results|ergebnis|uitslag|outcome|"
    r"stage \d|fase|etapa|news|novedades|neuigkeiten|nieuws|novidades|fin de|lista de|\w*ausschreibung|concurso|"
    r"concours|convocatoria|notifica[çc][ãa]o|requisition closed|closed|d[ée]cision|vaga|night shift|"
    # what the mail is about, the state it reports, the reader's own side: "Outcome of your application", "Candidatura
    # recusada", "Nachfrage zu meiner Bewerbung", "Re: Currículo - X", "Dein Interview"
    r"notification|notice|unsuccessful|nachfrage|mitteilung|interview|gespr[äa]ch|conversa|r[ée]ponse|retour|retorno|"
    r"reactie|afwijzing|candidate|apto|cerrad[oa]|recusad[oa]|espont[âa]ne[oa]|spontan\w*|speculative|"
    r"curr[íi]culo|cv|"
    r"ihr|meiner|deine|dein|jouw|about|regarding|sobre|simplificado|edital|aviso|follow[- ]up|screen|merit|shortlist|"
    r"anfrage|vraag|pergunta|pregunta|question|inquiry|enquiry|"
    r"panel|competition|"
    # the letter's reference line, the notice, the step or the appointment, the state the post is in, the reader's
    # availability: "Betr.: Ihre Bewerbung", "Negativer Bescheid", "Abschluss des Verfahrens", "Stand der Dinge",
    # "Termin für das Zweitgespräch?", "prova online", "Vaga preenchida", "Sollicitatie beëindigd", "Disponibilidade"
    r"betr|betreff|assunto|asunto|objet|onderwerp|bescheid|verfahrens?|abschluss|stand der dinge|termin|"
    r"einstellungstest|prova|teste|preenchid[oa]|encerrad[oa]|cancelad[oa]|suspens[oa]|be[eë]indigd|afgewezen|"
    r"ingetrokken|ingevuld|besetzt|vergeben|disponibilidad|disponibilidade|beschikbaarheid|verf[üu]gbarkeit|"
    r"availability|"
    # the season or the term, not the title: "Sommersaison", "Wintersemester 2026/27", "temporada de verano"
    r"\w*saison|\w*semester|season|temporada)\b")
# a date is no title either: "Ihre Bewerbung – Jänner 2027", "Candidatura - março de 2026" (tested where a digit is)
_MONTH_YEAR = re.compile(
    r"(?i)\b(?:januar|j[äa]nner|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|dezember|january|"
    r"february|march|may|june|july|october|december|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|"
    r"octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|"
    r"maart|mei|augustus)(?: de)? \d{4}\b")


_SUBJECT_NOT_ROLE_BLIND = _Blind(re.compile(_regroup(_regroup(_SUBJECT_NOT_ROLE.pattern, r"\b(?:", test=True),
                                                      r"]?$|\b(?:", test=True),  # (and the words' group)
                                             _SUBJECT_NOT_ROLE.flags))  # tested only


@lru_cache(maxsize=1024)  # pure in the segment
def _not_role(segment: str) -> bool:
    """Whether a subject's segment is a reference, the application's wording, a status or a date, not a title."""
    return _SUBJECT_NOT_ROLE_BLIND.search(segment) is not None or (
        _DIGIT.search(segment) is not None and _MONTH_YEAR.search(segment) is not None)


_SUBJECT_LEAD_ROLE = re.compile(
    r"(?i)^(?:(?:re|aw|fwd?|rv|tr):\s*)*(?:sollicitatie|vacature|vacante|vaga|einsatz|stelle|poste|convocatoria|"
    r"proceso|processo|"
    # the step of the selection named before the title: "Selectie inkoper", "Kandidatuur dossierbeheerder",
    # "Laatste ronde eindredacteur", "Werving suppoost", "Shortlist assetmanager", "Proefdag Verkoper"
    r"kandidatuur|selectie|werving|benoeming|shortlist|functie|opdracht|proefdag|(?:eerste |tweede |laatste )?ronde|"
    r"afwijzing(?: sollicitatie)?|"
    r"(?:afronding )?procedure|sobre la vacante|tu postulaci[óo]n|tu solicitud|su solicitud|your application|application|"
    r"bewerbung|candidature|candidatura|ausbildung)(?: (?:de|para|als|voor|for|f[üu]r|als|pour|au poste de|um die|auf die|"
    r"zum|zur))? "
    r"(.{2,60}?)(?: (?:en|at|bei|chez|bij|na|no) [A-ZÀ-Þ].*| [-–|:] .*)?$")
_SUBJECT_TAIL_ROLE = re.compile(r"(?i)^(?:(?:re|aw|fwd?|rv|tr):\s*)*(.{2,50}?) (?:vacature|application|role|position|vaga|job|vacancy)$")
_TAIL_WORDS = (" vacature", " application", " role", " position", " vaga", " job", " vacancy")


def _subject_tail_role(subj: str) -> re.Match[str] | None:
    """_SUBJECT_TAIL_ROLE.match(subj), tried only when the subject ends with one of its words (compared lower-cased
    where that is exact, see _CASE_SAFE; "$" also matches before a last line break)."""
    if subj.isascii() or _CASE_SAFE_ALL(subj) is not None:
        end = subj[:-1] if subj.endswith("\n") else subj
        if not end.lower().endswith(_TAIL_WORDS):
            return None
    return _SUBJECT_TAIL_ROLE.match(subj)


_SUBJECT_ROLE_AT = re.compile(r"^(.{2,60}?) (?:at|@|bei|chez|bij|en|na|no|em) (.{2,60})$")


_AT_TAIL = re.compile(r"\s+(?:at|@|bei|chez|bij|na|no|en|em|with)\s+([A-Z].*)$")


_SUBJECT_APP_END = re.compile(r"(?i)\s+(?:recruitment|application|sollicitatie|bewerbung|candidature|candidatura|"
                               r"vacature|recruitment campaign|hiring)$").sub


def _subject_role(subj: str, company: str | None, lang: str | None = None) -> str | None:
    """The one subject segment left once reference numbers, the application wording and the company are taken out:
    "Req #4411 – Senior Data Engineer", "Vacature 8812 | Data-analist (m/v/x)", "Ihre Bewerbung – Kennziffer 77 – X"."""
    subj = _BRACKET_REF.sub("", _REPLY_PREFIX.sub("", subj))
    segs = [x.strip() for x in _SEGMENTS.split(subj) if x.strip()]
    if len(segs) < 2:
        return None
    fco = fold(company or "")
    rest = []
    named = False  # a segment of its own names the company: a later " em X"/" in X" is part of the title
    for seg in segs:
        seg = _BRACKET_REF.sub("", seg)
        if seg.endswith((")", "]", ")\n", "]\n")):  # where every match of _REF_TAIL ends
            seg = _REF_TAIL.sub("", seg)
        seg = seg.strip()
        # the company as the subject writes it, often a part of its name: "Gaivota | Ilustrador" from Gaivota Studio
        if fco and seg and (fold(seg) == fco or fold(strip_legal(seg)) == fco or (
                len(seg) >= 4 and set(fold(seg).split()) <= set(fco.split()))):
            named = True
            continue
        if not seg or _not_role(seg):
            # "Ihre Bewerbung als Krankenpfleger - Intensivstation": the application segment names the title (read
            # by the subject patterns), so the other segment is its qualifier, not the title
            if seg and _APP_NAMES_TITLE.search(seg):
                return None
            continue
        first = fold(seg.split(None, 1)[0])
        if first in _PROCESS_WORDS and set(fold(seg).split()) <= _PROCESS_OR_JOIN:
            continue  # the selection itself: "Proceso de selección - Celador/a"
        if first in _UNIT_WORDS and " " in seg:
            continue  # the unit that hires: "Wiss. Mitarbeiter/in – Lehrstuhl für Umweltökonomik"
        rest.append(seg)
    if len(rest) > 1:  # "Warehouse Team Leader - Dandenong": the one that reads as a job title
        titled = [r for r in rest if _ROLE_HINT.search(r) or _TITLE_NOUNS.search(r) or _TITLE_WORDS.search(r)]
        if len(titled) != 1:
            # else the one that is no sentence: "No has sido seleccionado/a - Panadero/a"
            titled = [r for r in rest if fold(r.split()[0]) not in _NOT_TITLE_WORD]
        rest = titled if len(titled) == 1 else rest
    if len(rest) != 1 or len(segs) - len(rest) < 1:
        return None
    role = rest[0]
    at = None if named else _AT_TAIL.search(role)
    if at and (not fco or fco in fold(at.group(1)) or fold(at.group(1)) in fco):  # "X at Acme", not "Estágio em Finanças"
        role = role[:at.start()]
    role = _SUBJECT_APP_END("", role)
    if not 2 <= len(role) <= 70 or len(role.split()) > 9 or not (role[0].isupper() or role[0].isdigit()):
        return None
    if fold(role.rsplit(" ", 1)[-1]) in _ORG_END:  # "Application status - Saffron Tech Services": an organisation
        return None
    return _trim_role(role, lang)


_APP_NAMES_TITLE = re.compile(r"(?i:application|bewerbung|candidatura|candidature|sollicitatie|postulaci[óo]n|"
                             # (or right after it: "Candidatura Key Account Manager - L. Ferrer")
                             r"solicitud) (?:(?i:as|for|als|como|para|pour|voor) )?[A-ZÀ-Þ]")
# the last word of an organisation's name, never of a title
_ORG_END = frozenset(["services", "solutions", "group", "holdings", "ventures", "industries", "labs", "technologies",
                      "consultancy", "partners", "grupo", "gruppe", "gmbh", "ltd", "inc", "llc"])


# a subject or field in a title: "Lecturer in Statistics", "Research Fellow in Marine Ecology", "Head of Data"
_TITLE_IN = re.compile(r"\b(?:Lecturer|Lectureship|Fellow|Fellowship|Professor|Professorship|Chair|Researcher|Tutor|"
                       r"Instructor|Teacher|Head|Director|Postdoc|Studentship|PhD|Assistant|Associate) (?:in|of|for) [A-Z][\w-]+"
                       r"(?: (?:and |& )?[A-Z][\w-]+){0,3}")
_COORD = re.compile(r"\w- (?:und|oder|en|of|e|y|et|ou|o) (?=\w)")
_KEEP = "\u2063"  # an invisible separator (not white space): protects a title's own "in" from the stop words
# German titles go on past a small joiner before a capitalised word: "Elektroniker für Betriebstechnik", "Leitung des
# Bauhofs", "Gesundheits- und Krankenpfleger", "Minijob im Verkauf", "Head of Product"
_DE_JOINERS = frozenset(["für", "fur", "und", "im", "des", "der", "zur", "zum", "of", "and", "for", "&"])


_STOP_ROLE_FIRST = _STOP_COMPANY - {"senior", "junior", "data", "python", "java"}
_NOUN_END_GATE = ("position", "role", "vacancy", "opening", "opportunity", "job", "\n")  # what _ROLE_NOUN_END needs at the end


_PROCESS_JOIN = frozenset(["de", "del", "da", "do", "of", "van", "der", "des", "du"])
# the selection itself, never a title: "Proceso de selección", "processo de seleção"
_PROCESS_WORDS = frozenset(["seleccion", "selecao", "seleccao", "selectie", "selection", "recrutement", "recrutamento", "recruitment",
                            "reclutamiento", "proceso", "processo", "procedure", "werving",
                            # the post named by its own word, never its title: "für die Stelle als", "o lugar de"
                            "stelle", "position", "rolle", "posten", "funktion", "functie", "positie", "vacature",
                            "betrekking", "vaga", "cargo", "funcao", "lugar", "posicao", "poste", "puesto",
                            # the person chosen or applying, never the title: "die Stelle einer Kandidatin angeboten"
                            "kandidat", "kandidatin", "bewerber", "bewerberin", "kandidaat", "candidate", "candidata",
                            "candidato", "candidat"])
_PROCESS_OR_JOIN = _PROCESS_WORDS | _PROCESS_JOIN
# an academic unit named in a subject's segment of its own
_UNIT_WORDS = frozenset(["lehrstuhl", "institut", "fakultat", "faculteit", "facultad", "faculdade", "faculte", "vakgroep",
                         "arbeitsgruppe", "forschungsgruppe"])


# a title quoted after its noun: 'auf die Position „X“ beworben', "l'offre « X »", "la oferta «X»"
_QUOTED_LEAD = re.compile(r"^\s*[\"“„«‹]\s*([^\"“”„«»‹›\n]{2,70}?)\s*[\"”“»›]")
# a reference number after the title: ", Kennziffer 12/2026", " - Ref. 2231", " (vacaturenummer V2026-32)"
_REF_WORDS = (r"(?:reference|ref|r[ée]f|req|requisition|job id|job|id|no|nr|n[º°o]|kennziffer|referenz|referencia|"
              r"refer[êe]ncia|"
              r"vacaturenummer|vacature|code|c[óo]digo|edital|expediente|exp|aviso|concurso|stellen-?id)")
_REF_COMMA = re.compile(r"(?i)\s*(?:,|\s[-–|]\s)\s*" + _REF_WORDS + r"\b\.?\s*(?:n[º°o]\.?\s*)?[#:]?\s*[\w/.-]*\d[\w/.-]*(?:\s.*)?$")
_NUMBER_TAIL = re.compile(r"(?i)\s+n[º°o]\.?\s*\d[\w/.-]*(?:\s.*)?$")  # "maître de conférences n° 0412 (section 27)"
_REF_ONLY = re.compile(r"(?i)^" + _REF_WORDS + r"\b\.?\s*(?:n[º°o]\.?\s*)?[#:]?\s*[\w/.-]*\d[\w/.-]*$")
_CODE_ONLY = re.compile(r"[A-Z]{1,5}[-/]?\d{3,}[\w/-]*").fullmatch  # "AFG26041", "JR-5231": a code
_LETTER_RUN = re.compile(r"[^\W\d_]{2}")
# a title never ends with a conjunction or a preposition: "Técnico/a de Calidad al", "Teaching Assistant To"
_TRAIL_JOIN = frozenset(["y", "e", "et", "and", "und", "en", "o", "ou", "or", "oder", "of", "al", "ao", "to", "To",
                         "de", "da", "do", "del", "van", "für", "for"])
_ACRONYM = re.compile(r"[A-Z]{2,4}\b").match  # "IT", "HR", "QA": written in capitals, not the pronoun "it"
_CODE_WORD = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[-/])[\w./-]+$").match  # "REQ-5540", "2026/ENG/041": a code
_QUOTES = frozenset("\"“„«‹")
_INNER_CAP = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]").match  # "iOS Developer", "eCommerce Manager": a capitalised word
_STOP_FIRST_OK = frozenset(["hr"])  # "HR Business Partner", "HR Manager": a title when a head noun ends it


# German nouns after a title that are not the title's: the people chosen ("Satellitenoperator| Kandidatinnen
# ausgewählt"), the season ("Kellner| Sommersaison"), an idiom's noun after "zur"/"zum" ("Lagerleiter| zur Kenntnis
# genommen"), a named place after "im" ("Erzieher| im Kinderhaus Sonnenberg": two capitalised words, a name)
_DE_PEOPLE = ("kandidat", "bewerber", "personen", "kolleg")
_DE_PEOPLE_START = frozenset(["Kan", "Bew", "Per", "Kol"])
_DE_IDIOM = frozenset(["Kenntnis", "Anlass", "Zeitpunkt", "Schluss", "Abschluss", "Gespräch", "Vorstellungsgespräch"])


def _german_title(words: list[str]) -> str:
    kept: list[str] = []
    depth = 0
    for i, w in enumerate(words):
        if w[0].isupper():
            if i and depth == 0 and (w[:3] in _DE_PEOPLE_START and w.lower().startswith(_DE_PEOPLE)
                                     or w.endswith("saison")):
                break
        elif w[0].islower() and not w.startswith("(") and depth == 0:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w in _DE_JOINERS and nxt[:1].isupper() and nxt not in _DE_IDIOM and not (
                    w == "im" and i + 2 < len(words) and words[i + 2][:1].isupper()):
                kept.append(w)
                continue
            break
        kept.append(w)
        depth = max(0, depth + w.count("(") - w.count(")"))
    return " ".join(kept).rstrip(" /")


# Dutch titles are either capitalised throughout ("Jurist Omgevingsrecht") or lower-case after the head
# ("Medewerker klantenservice"): after two capitalised words, a lower-case word is the sentence going on ("Jurist
# Omgevingsrecht| intern kunnen invullen"), unless a joiner leads to another capitalised word ("Bezwaar en Beroep")
_NL_JOINERS = frozenset(["en", "van", "voor", "of", "in", "&", "der", "de"])


def _dutch_title(words: list[str]) -> str:
    if len(words) < 3 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return " ".join(words)
    depth = 0  # (inside brackets the words are the title's note: "(24-32 uur)")
    for i in range(2, len(words)):
        w = words[i]
        if w[:1].islower() and depth == 0 and not (
                w in _NL_JOINERS and i + 1 < len(words) and words[i + 1][:1].isupper()):
            return " ".join(words[:i])
        depth = max(0, depth + w.count("(") - w.count(")"))
    return " ".join(words)


# (pure in its arguments: several triggers often find the same phrase, and a quarter of the phrases come back from
# other mail, the same subjects and sentences from the same senders)
@lru_cache(maxsize=2048)
def _trim_role(raw: str, lang: str | None, lower_ok: bool = False) -> str | None:
    if (raw[:1] in _QUOTES or raw[1:2] in _QUOTES) and (m := _QUOTED_LEAD.match(raw)):
        raw = m.group(1)
    if " in " in raw or " of " in raw or " for " in raw:
        raw = _TITLE_IN.sub(lambda m: m.group(0).replace(" ", _KEEP), raw)
    if "- " in raw:  # a compound's shared part: "Gesundheits- und Krankenpfleger", "Verkoop- en marketingmedewerker"
        raw = _COORD.sub(lambda m: m.group(0).replace(" ", _KEEP), raw)
    role = _ROLE_STOP.sub("", " " + raw.strip() + " ").strip(" ,'\"“”«»").replace(_KEEP, " ")
    # each pattern only where the characters it needs are there
    if role.endswith(_NOUN_END_GATE):
        role = _ROLE_NOUN_END.sub("", role)
    if ")" in role:
        role = _R_NUMBER.sub("", role)
    role = role.strip(" ,.")
    if role.rpartition(" ")[2] in _TRAIL_JOIN:  # "Ejecutiva de Cuentas Clave y|, aunque": the stop missed "y,"
        role = role.rpartition(" ")[0].rstrip(" ,")
    if ")" in role or "]" in role:
        role = _REF_TAIL.sub("", role)
    digits = _DIGIT.search(role) is not None
    if digits:
        role = _NUMBER_TAIL.sub("", _REF_COMMA.sub("", role))
        if _REF_ONLY.match(role) or not _LETTER_RUN.search(role):
            return None  # "Kennziffer 12/2026", "2345678": a reference number, not the title
    role = role.strip(" ,.")
    while lead := _ROLE_LEAD_BLIND.search(role):  # anchored at the start: "Re: Gesprek X" has two
        role = role[lead.end():]
    if role[:1] == "(" and role.endswith(")") and role.count("(") == 1:  # "proceso 14/2026 (Técnico/a de Farmacia)"
        role = role[1:-1]
    if role[:2] in ("d'", "d’") and role[2:3].isalpha():  # "d'ingénieur(e) électricité": the article, not the title
        role = role[2:]
    role = role.rstrip(" :")  # "Processo de recrutamento Caixa: não selecionado"
    if digits and ((role[:1].isupper() and _CODE_ONLY(role)) or not _LETTER_RUN.search(role) or _REF_ONLY.match(role)):
        return None  # "JR-5231", or a number the lead words named: "Proceso de selección| 14/2026"
    role = drop_gender_marker(role) or ""
    if role.count("(") > role.count(")"):  # "Balconista (Campinas": the sentence went on inside brackets
        role = role[:role.rfind("(")].rstrip(" ,")
    # (a symbol left where the stop words cut the next paragraph's greeting off: "growth 😕| Hey")
    while " " in role and not role[-1].isalnum() and not any(c.isalnum() for c in role.rpartition(" ")[2]):
        role = role.rpartition(" ")[0]
    if lang == "de":  # German nouns are capitalised: the role ends at the first lower-case word
        role = _german_title(role.split())
    elif lang == "nl" and " " in role:
        role = _dutch_title(role.split())
    if not role or len(role) < 2 or len(role) > 60 or not (role[0].isupper() or role[0].isdigit() or lower_ok
                                                             or _INNER_CAP(role)):
        return None
    first = role.split()[0].lower()
    # (three lower-case words led by a known head are a title a sure phrase named: "poste d'agent technique polyvalent")
    if (_ROLE_BAD.match(role) and not (lower_ok and role.count(" ") >= 2 and _is_head(role.split()[0]))) or \
            fold(role) in _PROCESS_WORDS:
        return None
    # an acronym is the title's own first word when a head noun ends it: "IT Support Analyst", "HR Manager"
    if first in _STOP_ROLE_FIRST and not ((first in _STOP_FIRST_OK or _ACRONYM(role)) and " " in role
                                          and _is_head(fold(role.rsplit(" ", 1)[1]))):
        return None
    if first in _ROLE_PREPOSITION or fold(first) in _ROLE_PREPOSITION:
        return None
    return role


# --- a job title recognised by its head noun ------------------------------------------------------------------
# Where no phrase names the role ("Thanks for chatting about the Technical Writer opportunity", "Payroll Specialist
# application update", "na oportunidade de Desenvolvedor Front-end"), a title is still recognisable by the noun that
# heads it, in any of the six languages: the span around that noun (its capitalised modifiers, a level, a gender
# marker, a complement "of X"/"de X"/"für X") is the title. The subject and the body agreeing on a span settles it.
_HEAD_TEXT = """
engineer developer programmer architect analyst scientist designer researcher consultant specialist manager director
officer coordinator administrator assistant associate representative executive partner lead leader head intern trainee
apprentice writer editor accountant controller counsel lawyer paralegal tester technician nurse teacher lecturer
professor fellow tutor clerk receptionist advisor adviser generalist strategist planner buyer marketer copywriter
driver operator mechanic electrician chef cook barista cashier auditor economist therapist pharmacist physician
secretary bookkeeper recruiter owner steward supervisor agent underwriter actuary surveyor inspector
founder cofounder co-founder ceo cto coo cfo oprichter fondateur fondatrice fundador cofundador geschaftsfuhrer inhaber
socio
entwickler ingenieur referent sachbearbeiter mitarbeiter leiter leitung assistenz assistent werkstudent praktikant
berater fachkraft kaufmann kauffrau pfleger erzieher verkaufer monteur elektroniker mechatroniker
developpeur charge responsable stagiaire technicien analyste comptable juriste directeur gestionnaire conseiller
vendeur alternant infirmier redacteur commercial acheteur auditeur
desarrollador ingeniero tecnico analista becario administrativo jefe disenador consultor auxiliar gestor asesor
enfermero abogado contable comercial dependiente camarero programador
medewerker adviseur projectleider teamleider stagiair accountmanager verpleegkundige ontwikkelaar beleidsmedewerker
docent monteur kapper verkoper aspirant
coder porter helfer betreuer fahrer lehrer
eletricista electricista promotor repositor atendente fisioterapeuta ilustrador operador motorista vendedor
desenvolvedor engenheiro estagiario gerente assistente coordenador consultor auxiliar tecnico analista
"""
_HEADS = frozenset(_HEAD_TEXT.split())
# compounds end in a head: Softwareentwickler, Beleidsadviseur, Projektleiter, Personalreferent, Pflegefachkraft
_HEAD_ENDS = ("entwickler", "ingenieur", "referent", "leiter", "mitarbeiter", "adviseur", "medewerker", "manager",
              "berater", "fachkraft", "kaufmann", "kauffrau", "leider", "assistent", "ontwikkelaar", "developer",
              "designer", "engineer", "analyst", "consultant", "specialist", "techniker", "planner", "pfleger")
# what a title word may carry after its stem: Entwickler*in, Mitarbeiter:in, Referent/in, Técnico/a, Engenheiro(a)
_INFLECTION = re.compile(r"(?:\*in|:in|/in|/-in|\(in\)|\(r\)|\*r|/a|\(a\)|/e|\(e\)|/ra|\(ra\)|\*e|\*a)$")
_LEVELS = frozenset(["i", "ii", "iii", "iv", "v", "senior", "junior", "sr", "jr", "pleno", "medior", "lead", "principal",
                     "staff", "trainee", "intern", "sr.", "jr."])
_TITLE_JOIN = frozenset(["of", "for", "in", "to", "and", "&", "de", "du", "des", "d", "en", "et", "y", "e", "da", "do",
                         "dos", "das", "del", "fur", "und", "im", "der", "zur", "zum", "van", "voor", "the", "/",
                         "ao", "a", "al"])  # "Técnico de Apoio ao Cliente", "Analista de Prevenção à Fraude" (folded)
# lower-case words that never continue a title: articles, pronouns, verbs and prepositions of the sentence around it
_NOT_TITLE_TEXT = """
a à au aux avec chez dans par pour sur que qui est sont nous vous votre notre ce cette ces les le la l un une
al con el la las los lo para por que se su sus tu tus nuestro nuestra un una es ha han hemos fue sido en
ao aos com em na no nas nos num numa o os as um uma sua seu nossa nosso foi ser e ou
at with on by from into than that this these those which who whom you your our we they their it is are was were
be been has have had will would not no as an the a here there role position job vacancy opening opportunity post
bei mit von zu im am an auf aus ist sind wird wurde wir sie ihr ihre ihnen uns unser unsere die der das den dem des
bij met naar op uit aan is zijn wordt werd we wij je jij u uw onze ons het een die dat deze
leider helaas unfortunately malheureusement lamentablemente infelizmente jammer
este esta estos estas ese esa esos esas cette cet ces cours effet tant attente essa esse isto esta deze dit
"""
_NOT_TITLE_WORD = frozenset(fold(w) for w in _NOT_TITLE_TEXT.split())
# joiners a lower-case complement follows: "Auxiliar de enfermería", "Stagiaire en communication", "agent van politie"
_LOWER_JOIN = {"fr": frozenset(["de", "en", "et", "du", "des"]), "es": frozenset(["de", "del", "y"]),
               "pt": frozenset(["de", "do", "da", "dos", "das", "e"]), "nl": frozenset(["van"])}
# a verb, which a title never holds: "et sommes", "e agradecemos", "y hemos", "en hebben"
_VERB_END = re.compile(r"(?:amos|emos|imos|ons|ez|ont|ommes|ben|ven|ten|ado|ido)$")
_MARKERS = frozenset(["(all genders)", "(alle geschlechter)", "(d/f/m)", "(f/h/x)", "(h/f/x)", "(a)", "(e)", "(r)"])
# the heads of English titles, which also come into other languages' mail with their English modifiers
_EN_HEAD_TEXT = """engineer developer programmer architect analyst scientist designer researcher consultant
specialist manager director officer coordinator assistant associate representative executive partner lead leader owner
intern trainee writer editor accountant controller tester marketer"""
_EN_HEADS = frozenset(_EN_HEAD_TEXT.split())
# academic heads take a field after "in": "Lecturer in Marine Biology", "Professor in Economics"
_FIELD_HEADS = frozenset(["lecturer", "professor", "fellow", "researcher", "teacher", "tutor", "instructor", "chair",
                          "assistant", "associate"])
_ROMANCE_FIELD_HEADS = frozenset(["tecnico", "tecnica", "especialista", "tecnologo", "tecnologa", "licenciado",
                                  "licenciada", "graduado", "graduada", "diplomado", "diplomada", "experto", "experta"])
_STOP_TITLE_LEFT = _STOP_COMPANY - {"hr", "data", "senior", "junior", "python", "java", "team"}
_PARTICIPLE = re.compile(r"(?:ée?s?|ado|ada|ido|ida|ados|adas|idos|idas|iert|ierte)$")


def _participle(word: str) -> bool:
    """A past participle ending the title's span; not the French field nouns in "-ité" after a joiner ("analyste en
    cybersécurité", "chargé de mobilité"), which look like one."""
    return _PARTICIPLE.search(word) is not None and not word.endswith(("ité", "ités"))


@lru_cache(maxsize=16384)  # words repeat from mail to mail
def _is_head(word: str) -> bool:
    w = fold(_INFLECTION.sub("", word.strip(".,;:!?()\"'"))).strip("-")
    if not w:
        return False
    if w in _HEADS or (w[-1:] == "a" and w[:-1] + "o" in _HEADS):  # ingeniera, tecnica, engenheira
        return True
    # plural-less stems written with a feminine or plural ending: analystin, referentin, ingeniera, engenheira
    for end in ("in", "a", "e", "s", "ne", "se"):
        if w.endswith(end) and w[: -len(end)] in _HEADS and len(w) - len(end) >= 4:
            return True
    return len(w) > 9 and w.endswith(_HEAD_ENDS)


def _capital(word: str) -> bool:
    c = word[:1]
    return (c.isupper() or c.isdigit() or word[:2] == ".N" or (c in "([" and word[1:2].isupper())
            or (c.islower() and not word.islower() and _INNER_CAP(word) is not None))  # "iOS", "eCommerce"


def _left_ok(word: str, head: str, lang: str | None) -> bool:
    """Whether a capitalised word before a head belongs to the title: Romance titles begin with their head (but the
    English ones they borrow), German ones with an adjective ("Kaufmännische Assistenz")."""
    fw = fold(word)
    if fw in _LEVELS or word == "&":
        return True
    if word[:1].isdigit():
        return False
    if lang in ("fr", "es", "pt", "nl"):
        return fold(head) in _EN_HEADS and word.isascii()
    if lang == "de":
        return fold(head) in _EN_HEADS or fw.endswith(("e", "er", "es", "en", "*r", "/r", "(r)"))
    return True


def _title_at(words: list[str], h: int, romance: bool, lang: str | None = None, lower_ok: bool = False) -> str | None:
    """The title around the head word words[h], or None when it is not written as one."""
    start = h
    head = _INFLECTION.sub("", words[h].strip(".,;:!?()\"'"))
    while start > 0:
        w = words[start - 1]
        if w[-1:] in ".,;:!?\"'”»" or not (_capital(w) or w == "&" or fold(w) in _LEVELS) or not _left_ok(w, head, lang):
            break
        stop = fold(w.strip("([)]")) in _STOP_TITLE_LEFT or fold(w) in _NOT_TITLE_WORD
        if (stop and not _ACRONYM(w)) or _CODE_WORD(w):
            break  # a reference code before the title is not its modifier: "REQ-5540 Inventory Controller"
        start -= 1
    end = h + 1
    lower_run = 0
    while end < len(words) and end - start < 8:
        prev = words[end - 1]
        if prev[-1:] in ".,;:!?\"”»" and not prev.endswith(".NET"):
            break
        w = words[end]
        fw = fold(w.strip(",.;:!?"))
        if w.startswith("(") and not _REF_TAIL.match(" " + w) and len(w) <= 16:
            # a marker or a qualifier in brackets: (m/w/d), (H/F), (React), (all genders)
            close = end
            while close < len(words) and ")" not in words[close] and close - end < 3:
                close += 1
            inner = " ".join(words[end:close + 1]) if close < len(words) else ""
            if inner and not _DIGIT.search(inner) and ("/" in inner or inner[1:2].islower() or fold(inner) in _MARKERS):
                end = close + 1
                if words[close][-1:] != ")":
                    break
                continue
            break
        if fw in _LEVELS or (fw in ("ii", "iii", "iv")):
            end += 1
            continue
        # "a"/"ao"/"al" join a title's complement in Spanish and Portuguese ("Analista de Prevenção à Fraude"); in
        # French "à" names the place ("Conseiller clientèle à Nantes")
        if (fw in _TITLE_JOIN and (fw not in ("a", "al", "ao") or (romance and lang != "fr"))) or \
                w.startswith(("d'", "d’")):
            if w.startswith(("d'", "d’")) and len(w) > 3:
                end += 1
                continue
            nxt = words[end + 1] if end + 1 < len(words) else ""
            if fw == "the" or not nxt:
                break
            if fw in ("and", "und", "&", "et", "y", "e", "or", "oder", "ou", "o", "of") and (
                    _is_head(nxt) or (end + 2 < len(words) and _is_head(words[end + 2]))) and fw != "of":
                break  # two titles side by side, not one
            if fw == "to" and nxt.lower() == "the" and end + 2 < len(words) and _capital(words[end + 2]):
                end += 3
                continue
            # (and the Spanish and Portuguese "a la"/"ao"-less article: "Técnico/a de Apoyo a la Investigación")
            if fw == "a" and romance and lang in ("es", "pt") and nxt in ("la", "las", "los", "el", "o", "os", "as") \
                    and end + 2 < len(words) and _capital(words[end + 2]):
                end += 3
                continue
            if _capital(nxt) and fold(nxt.strip(",.;:!?")) not in _STOP_ROLE_FIRST and (
                    fw not in ("in", "en", "em") or (fw == "in" and fold(head) in _FIELD_HEADS)
                    or (fw == "en" and lang == "nl")
                    # a Spanish or Portuguese specialist's field right after the head: "Técnico/a en Farmacia",
                    # "Técnica Superior en Radiodiagnóstico" (after a longer title, "en" names the place)
                    or (fw in ("en", "em") and lang in ("es", "pt") and end - h <= 2
                        and fold(head) in _ROMANCE_FIELD_HEADS)):
                end += 2
                continue
            after = words[end + 2] if end + 2 < len(words) else ""
            if romance and fw in _LOWER_JOIN.get(lang or "", ()) and nxt[:1].islower() and fold(
                    nxt.strip(",.;:!?")) not in _NOT_TITLE_WORD and not _participle(nxt.strip(",.;:!?")) \
                    and len(nxt.strip(",.;:!?")) >= 3 and not _VERB_END.search(nxt.strip(",.;:!?")) and (
                    fw not in ("et", "y", "e") or not after or nxt[-1:] in ",.;:!?" or fold(after) in _NOT_TITLE_WORD):
                end += 2
                lower_run += 1
                continue
            break
        if _capital(w) and not w.startswith("(") and fw not in _STOP_ROLE_FIRST and fw not in _NOT_TITLE_WORD:
            end += 1
            continue
        if romance and w[:1].islower() and lower_run < 2 and fw not in _NOT_TITLE_WORD and len(fw) >= 4 \
                and not _PARTICIPLE.search(w.strip(",.;:!?")) and w.strip(",.;:!?").isalpha() \
                and not _VERB_END.search(w.strip(",.;:!?")):
            end += 1
            lower_run += 1
            continue
        break
    title = " ".join(words[start:end])
    title = title.rstrip(" ,;:!?\"'“”«»") if title.endswith((" Sr.", " Jr.")) else title.strip(" ,.;:!?\"'“”«»")
    while title.count("(") > title.count(")"):
        title = title[:title.rfind("(")].rstrip(" ,")
    if title[:1] == "(" and title.endswith(")") and title.count("(") == 1:  # "14/2026 (Técnico/a de Farmacia)"
        title = title[1:-1]
    if not title or not (lower_ok or _capital(title)) or len(title) > 70:
        return None
    return title


def _title_spans(text: str, lang: str | None) -> list[str]:
    """Every title the text writes, found by its head noun."""
    words = text.split()
    romance = lang in ("fr", "es", "pt", "nl", None)
    out = []
    for h, w in enumerate(words):
        if len(w) >= 4 and _is_head(w):
            t = _title_at(words, h, romance, lang)
            if t and t not in out:
                out.append(t)
    # a head inside a longer title ("Executive Assistant to the CEO") is that title
    return [t for t in out if not any(t != o and t in o for o in out)] if len(out) > 1 else out


# what a phrase's stop words cut off a title: "Stagiaire| en communication", "Responsable administratif| et financier",
# "Medior| .NET Developer"
_CUT_TAIL = (" en ", " et ", " y ", " e ", " de ", " du ", " des ", " d'", " van ", " da ", " do ", " del ", " .",
             " of ", " in ", " ao ", " à ", " a ", " al ")


def _extend_role(role: str, text: str, lang: str | None, subj: str = "") -> str:
    """The role, run on to the whole title when the phrase that found it stopped inside the title (in the letter, else
    in the subject: "Processo seletivo Analista de Prevenção| a Fraudes")."""
    i = text.find(role)
    if i < 0 and subj:
        text, i = subj, subj.find(role)
    if i < 0:
        return role
    after = text[i + len(role):i + len(role) + 60]
    if not after.startswith(_CUT_TAIL):
        return role
    words = (role + after).split()
    n = len(role.split())
    romance = lang in ("fr", "es", "pt", "nl")
    for h in range(min(len(words), n + 2)):
        if len(words[h]) >= 4 and (_is_head(words[h]) or (h == 0 and lang in ("es", "pt") and fold(
                _INFLECTION.sub("", words[0])) in _ROMANCE_FIELD_HEADS)):  # "Especialista| en X"
            t = _title_at(words, h, romance, lang, lower_ok=role[0].islower())
            if t and not t.startswith(role) and (j := role.find(" " + t.split()[0] + " ")) > 0 and \
                    t.startswith(role[j + 1:]):
                t = role[:j + 1] + t  # the head's span began inside the role: "Juridisch |Medewerker Bezwaar en Beroep"
            if t and lang == "nl":  # (the Dutch sentence going on: "Medewerker Planning en Control| ingevuld")
                t = _dutch_title(t.split())
            if t and t.startswith(role) and len(t) > len(role) and (h < n or _capital(words[n])):
                return t
    return role


# A subject that is the title and nothing else ("Hovenier", "Re: panadero", "Personal trainer", "Catador/a"): a noun
# naming who does a job ends like one in all six languages (hoven-ier, bezorg-er, program-meur, cerami-sta,
# repart-idor, camar-ero, cozinh-eira, ler-aar), which the short subjects that are no title ("Uitslag", "Technische
# test", "Unsere Entscheidung", "Bijbaan") do not; the common words with those endings are listed (months, seasons,
# "letter", "dossier", "entrevista", "carrera", "Frist", "Liste")
_AGENT_END = re.compile(r"(?:er|eur|euse|ier|ist|ista|iste|dor|dora|ero|era|eiro|eira|aar|or|rice)$")
_NOT_AGENT_TEXT = """
letter newsletter reminder order number nummer dossier folder poster monster center register paper papier offer answer
matter other another after later never ever over under cover there here whether rather member chapter career transfer
september october november december oktober dezember janvier fevrier juillet janeiro fevereiro enero febrero
summer winter sommer zomer voorjaar najaar jaar klaar premier premiere courrier metier cahier formulier
primero primera tercera tercero numero espera manera carrera primeiro primeira terceira carreira feira cadeira
entrevista lista revista vista conquista liste piste frist list checklist shortlist longlist playlist
bewerber applicant sector error color colour major vendor junior senior interior exterior favor favour
update feedback partner customer user computer water power
"""
_NOT_AGENT = frozenset(fold(w) for w in _NOT_AGENT_TEXT.split())


def _bare_subject_role(subj: str, company: str | None, lang: str | None) -> str | None:
    # (the talk or the procedure named before it is left out: "Gesprek communicatieadviseur", "Plaza de Conservador/a")
    s = _trim_role(_REPLY_PREFIX.sub("", subj).strip(), lang, True) or ""
    words = s.split()
    if not 1 <= len(words) <= 3 or _DIGIT.search(s) or _SUBJECT_NOT_ROLE_BLIND.search(s) or (
            company and fold(company) in fold(s)) or any(fold(w) in _NOT_TITLE_WORD for w in (words[0], words[-1])):
        return None
    # (a German, Dutch or English title ends with its head, or goes on in lower case: "Personal trainer", "Bondscoach
    # jeugd"; before a capitalised word a word ending like one is a name: "Lindqvist Elektro", the client's name)
    germanic = len(words) > 1 and lang in ("de", "nl", "en") and words[-1][:1].isupper()
    for w in (words[0], words[-1]) if not germanic else (words[-1],):
        fw = fold(_INFLECTION.sub("", w.strip("()")))
        if len(fw) >= 5 and fw.isalpha() and fw not in _NOT_AGENT and (_AGENT_END.search(fw) or _is_head(fw)) and \
                not fw.endswith(("qvist", "kvist")):
            return drop_gender_marker(s)
    return None


def _name_line(line: str) -> bool:
    """A signature's or letterhead's line, every longer word capitalised and no sentence's end: "Gerente - Hotel
    Quinta do Sobral" (a signer's own title, not the one applied for)."""
    return line.rstrip()[-1:] not in ".!?:" and all(w[:1].isupper() for w in line.split() if len(w) > 3)


def _headed_role(subj: str, own: str, lang: str | None, company: str | None,
                 people: frozenset[str] = frozenset()) -> str | None:
    """The title the subject and the letter's sentences write, recognised by its head noun: the one the subject
    and the letter agree on, else the only one written (several different ones: none of them is sure)."""
    lines, start = _signature_block(own[:_READ])
    # sentences, not the short lines of a signature or a letterhead ("Clara Ferrán / People Lead")
    body = " ".join(ln for ln in (lines[:start] if start > 0 else lines) if ln.count(" ") >= 5 and not _name_line(ln))
    fco = fold(company or "")
    scores: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    seen_subject: set[str] = set()
    for weight, text in ((1.5, _REPLY_PREFIX.sub("", subj)), (1.0, _typography(body))):
        for title in _title_spans(text, lang):
            key = fold(title)
            words = key.split()
            if (fco and (fco in key or key in fco)) or _APP_WORDS.search(title) or any(w in people for w in words) \
                    or sum(len(w) > 3 and w.isupper() for w in title.split()) >= 2:
                continue
            if weight > 1.0:
                seen_subject.add(key)
            elif key in seen_subject:
                scores[key] += 1.5  # the subject and the letter agree
            scores[key] += weight
            names.setdefault(key, title)
    if not scores:
        return None
    ranked = sorted(scores, key=lambda k: (scores[k], len(k)), reverse=True)
    if len(ranked) > 1 and scores[ranked[1]] >= scores[ranked[0]] - 0.5 and ranked[0] not in seen_subject:
        return None
    role = drop_gender_marker(_REF_TAIL.sub("", names[ranked[0]]).strip(" ,")) or ""
    return role if 2 <= len(role) <= 60 else None


# inside a frame closed on both sides the qualifiers after a dash, a comma, a slash or "in" are the title's own:
# "the Site Reliability Engineer - Platform opening", "Regarding the Lecturer in Economics role"
_QUALIFIER_SEP = re.compile(r" (?:[-–/]|in) (?=[A-Z(])|, (?=[A-Z])")
_KEEP_GATE = re.compile(r" [-–/] |, | in ")


def _keep_spaces(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", _KEEP)


def _protect(raw: str) -> str:
    if not _KEEP_GATE.search(raw):
        return raw
    return _QUALIFIER_SEP.sub(_keep_spaces, raw)


def _agree_longer(scores: dict[str, float], closed: set[str], fsubj: str, ftext: str) -> None:
    """A title and its qualified form ("X" and "X, EMEA"): the longer one is the title when it was read from a closed
    frame, or when the subject and the letter both write it whole; its shorter form's score goes to it."""
    for long in sorted(scores, key=len, reverse=True):
        if long not in scores or not (long in closed or (long in fsubj and long in ftext)) or _DIGIT.search(long):
            continue
        for short in [k for k in scores if k != long and long.startswith(k) and long[len(k):len(k) + 2] in (" -", " /", ", ",
                                                                                                        " i")]:
            scores[long] += scores.pop(short)


_AT_JOIN = frozenset(["de", "at", "bei", "chez", "bij", "na", "da", "do", "en", "em", "with"])  # "X de <Company>"
_NOT_TAIL = _NOT_TITLE_WORD | _ROLE_PREPOSITION | {"to", "cc", "date", "subject", "from", "sent", "re"}


def _drop_company(role: str | None, company: str | None, own: str = "") -> str | None:
    """The role without the employer a phrase ran on to: "Product Manager de Brisa Energía" -> "Product Manager";
    with the apostrophe the letter writes ("chargé d’études", normalised while reading)."""
    if role and "'" in role and "’" in own and role not in own and role.replace("'", "’") in own:
        role = role.replace("'", "’")
    if not role or not company:
        return role
    if role.endswith(")") and (k := role.rfind(" (")) > 0 and fold(strip_legal(role[k + 2:-1])) == fold(
            strip_legal(company)):
        return role[:k]  # the employer in brackets after the title: "Rececionista (Hotel Quinta do Sobral)"
    n = len(company.split())
    words = role.split()
    if len(words) > n + 1 and fold(" ".join(words[-n:])) == fold(company) and _tok(words[-n - 1]) in _AT_JOIN:
        return " ".join(words[:-n - 1])
    # the employer as the letter writes it, after an article or in part: "Técnico/a de calidad de la Cooperativa El
    # Olivar", "Auxiliar administrativo del Ayuntamiento de Valdelagua", "Cientista de Dados da Mercado Jaboticaba"
    fco = fold(strip_legal(company))
    for k in range(1, min(len(words) - 1, n + 3)):
        j = len(words) - k - 1
        if _tok(words[j]) in _EMPLOYER_ARTICLES and j > 1:
            j -= 1
        ft = fold(" ".join(words[-k:]))
        if _tok(words[j]) in _EMPLOYER_JOIN and words[-k][:1].isupper() and (ft == fco or (
                k > 1 and (ft in fco or fco in ft))):
            return " ".join(words[:j])
    return role


_EMPLOYER_ARTICLES = frozenset(["la", "el", "le", "les", "los", "las", "o", "a", "os", "as", "the", "de", "der", "die"])
_EMPLOYER_JOIN = _AT_JOIN | {"del", "du", "des", "dos", "das"}


def _quoted_role(text: str, lang: str | None, company: str | None) -> str | None:
    """The role the quoted mail names when the reply names none: a short "Nein, leider nicht. Stelle ist besetzt."
    above the applicant's own "> ist die Stelle als Gärtner noch frei?" (what a phrase names there; no title guessed
    by its head noun from a quoted letter). The quote is marked by ">" or, from Outlook, by a header block over it
    ("Von: ... Gesendet: ...")."""
    if "\n>" in text:
        quoted = "\n".join(ln.lstrip(" >") for ln in text.split("\n") if ln[:1] == ">" or ln.lstrip()[:1] == ">")
    else:
        quoted = new_text(text)[1] if ":" in text else ""
    return extract_role("", quoted, lang, company, headed=False) if quoted else None


def extract_role(subject: str, own: str, lang: str | None, company: str | None,
                 people: frozenset[str] = frozenset(), fields: list[str] | None = None,
                 headed: bool = True) -> str | None:
    scores: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    text = _flat(own)
    subj = tidy(subject)
    subject_keys: set[str] = set()
    body_keys: set[str] = set()
    closed: set[str] = set()  # read whole from a closed frame ("the X, EMEA role", "Update on your application: X - Y")
    low = _flat_low(own)
    fco = fold(company) if company else None  # (folded once: compared with every candidate)

    def trim(raw: str, lower_ok: bool = False) -> str | None:
        return _trim_role(raw, lang, lower_ok)

    contains = low.__contains__
    noun_ends: dict[str, int] = {}  # where the last of each noun ends (-1: none), for the triggers they end
    for i, gate, rx, weight in _TRIGGER_PLAN.get(lang, _TRIGGER_PLAN[None]):
        end = len(text)
        if (nouns := _NOUN_ENDED.get(i)) is not None:
            if not noun_ends:
                noun_ends = {n: j + len(n) if (j := text.rfind(n)) >= 0 else -1 for n in _NOUN_ENDED[0]}
            end = max([noun_ends[n] for n in nouns]) + 1  # (0: no noun, no match; the gate below is implied)
            if not end:
                continue
        elif not any(map(contains, gate)):  # a cheap substring test before each pattern
            continue
        for m in rx.finditer(text, 0, end):
            raw = m.group(m.lastindex or 1)
            kept = False
            if i < 2:
                if " the " in raw or " our " in raw:  # "for the application you sent for our X opening": the last one
                    raw = _INNER_TRIGGER.split(raw)[-1]
                kept = _KEEP_GATE.search(raw) is not None  # (what _protect() asks first)
            role = trim(_QUALIFIER_SEP.sub(_keep_spaces, raw) if kept else raw)
            if not role:
                continue
            key = fold(role)
            if kept:
                closed.add(key)
            if key != fco:
                body_keys.add(key)
                scores[key] += weight
                names.setdefault(key, role)
    for (rx, weight), gates, nouns in zip(_ROLE_LOWER if lang in ("pt", None) else _ROLE_LOWER[:2],
                                          _ROLE_LOWER_GATES, _ROLE_LOWER_NOUNS, strict=False):
        if not any(map(text.__contains__, gates)):  # the patterns are case-sensitive: so are their gates
            continue
        end = len(text)
        if nouns:  # (as for triggers 0 and 1: the scan stops after the last noun that ends a match)
            end = max([j + len(n) if (j := text.rfind(n)) >= 0 else -1 for n in nouns]) + 1
        for m in rx.finditer(text, 0, end):
            role = trim(m.group(1), True)
            # "sollicitatie voor de functie", "vacature die": an article or a pronoun, not a title
            if role and role[0].islower() and (key := fold(role)) != fco and \
                    key.split()[0] not in _NOT_TITLE_WORD:
                body_keys.add(key)
                scores[key] += weight
                names.setdefault(key, role)
    for line in _field_lines(own) if fields is None else fields:
        m = _ROLE_FIELD.match(line)
        if not m:
            continue
        # the application named by its title: "Candidatura: Operador(a) de Armazém", not "Candidatura: recebida"
        if m.group(1) is None and (not m.group(2)[:1].isupper() or _SUBJECT_NOT_ROLE_BLIND.search(m.group(2))):
            continue
        role = trim(tidy(m.group(2) or m.group(1)), True)
        if role:
            key = fold(role)
            body_keys.add(key)
            scores[key] += 2.5
            names.setdefault(key, role)
    for m in _ROLE_FIELD_LINES.finditer(own, 0, _READ):
        role = trim(tidy(m.group(1)), True)
        # a table's header row shown line by line ("Puesto\nReferencia\nEstado"): the next line names a field too
        if role and fold(role) not in _FIELD_NAMES and not _SUBJECT_NOT_ROLE_BLIND.search(role):
            key = fold(role)
            body_keys.add(key)
            scores[key] += 2.5
            names.setdefault(key, role)
    sub_role = _subject_role(subj, company, lang)
    if not sub_role:  # "Sollicitatie docent wiskunde", "Tu solicitud para Data Analyst en Grupo Lince", "Barista vacature"
        m = _SUBJECT_LEAD_ROLE.match(subj) or _subject_tail_role(subj)
        sub_role = trim(m.group(1), True) if m else None
        if sub_role and fco and fco in fold(sub_role):
            sub_role = None
    if not sub_role and company and (at := _SUBJECT_ROLE_AT.match(_REPLY_PREFIX.sub("", subj))) and (
            fold(strip_legal(at.group(2))) == fco) and not _APP_WORDS.search(at.group(1)):
        sub_role = trim(at.group(1))  # "Senior Product Designer at Coinrail"
    if not sub_role and ("-Job" in subj or "-Stelle" in subj) and (m := _ROLE_TRIGGERS[22][0].search(subj)):
        sub_role = trim(m.group(1))  # "Barista-Job", "Fahrlehrer-Stelle": the compound's first part is the title
    if sub_role and _not_role(sub_role):  # "Outcome of your| application", "Candidatura |recusada"
        sub_role = None
    if sub_role:
        key = fold(sub_role)
        subject_keys.add(key)
        scores[key] += 1.5
        names.setdefault(key, sub_role)
    for n, rx in enumerate(_SUBJECT_ROLE_BLIND):
        m = rx.search(subj)
        if m:
            raw = subj[m.start(1):m.end(1)]
            role = trim(_protect(raw) if n == 5 else raw)
            if role and (not fco or fco not in (key := fold(role))) and not _APP_WORDS.search(role) \
                    and not _not_role(role):
                key = fold(role) if not fco else key
                subject_keys.add(key)
                scores[key] += 1.0
                names.setdefault(key, role)
    if not scores:
        return (_headed_role(subj, own, lang, company, people) or _bare_subject_role(subj, company, lang)) if headed else None
    fsubj = ftext = ""
    if len(scores) > 1:
        fsubj, ftext = fold(subj), fold(text)
        _agree_longer(scores, closed, fsubj, ftext)
    # a body phrase that runs on past a role the subject names ("Analista de datos ya ha sido...") is that role; one
    # the subject writes as the end of its compound ("Teamleitung" in "Bewerbung als Volunteer-Teamleitung") or in its
    # other gender ("die Stelle einer Sachbearbeiterin" under "Sachbearbeiter Geoinformation (m/w/d)") is too
    for key in [k for k in scores if k not in subject_keys]:
        for sk in sorted(subject_keys):  # in a set's order, the result would change from run to run
            if (sk.endswith("-" + key) or (key.endswith("in") and sk.startswith(key[:-2] + " "))) and sk in scores:
                scores[sk] += scores.pop(key)
                break
            if key != sk and key.startswith(sk + " ") and sk in scores:
                tail = names[key].split()[len(sk.split()):]
                # (a bracketed addition is not the title's: "X (contrato temporal)"; the gender marker is dropped)
                if (0 < len(tail) <= 2 and all(
                        (w[:1].isupper() and w.isalpha() and fold(w) not in _NOT_TAIL) or fold(w) in _LEVELS
                        for w in tail)):
                    # the body adds a capitalised qualifier or a level ("Analista de Riesgos
                    # Crediticios", "Analista de Marketing Pleno"): keep it
                    scores[key] += scores.pop(sk)
                else:
                    scores[sk] += scores.pop(key)
                break
    if len(scores) == 1:
        only = _extend_role(names[next(iter(scores))], text, lang, subj)
        return _finish(_drop_company(only, company, own), text, subj, company, people, own)
    fsubj, ftext = fsubj or fold(subj), ftext or fold(text)
    # the body naming what the subject names is agreement; a subject phrase scoring on itself is not
    best = max(scores, key=lambda k: (scores[k] + (1.5 if k in fsubj and k in body_keys else 0) + 0.2 * ftext.count(k),
                                      -len(k)))
    best_role = _extend_role(names[best], text, lang, subj)
    return _finish(_drop_company(best_role, company, own), text, subj, company, people, own)


_ABBR_END = re.compile(r"\b(?:Jr|Sr|Snr|Jnr)$")


# a title's own qualifier after a dash or slash: "Site Reliability Engineer - Platform", "QA Engineer / Test Automation"
_QUALIFIER = r" ([-–/]) ([A-Z][\w&+]*(?:\.\w+)*(?: (?:&|and|[A-Z][\w&+]*(?:\.\w+)*)){0,2})(?=$|\n|[,.;:!?)]| [a-z]| [-–|] )"


_QUALIFIER_AFTER = re.compile(_QUALIFIER)


def _qualified(role: str, text: str) -> tuple[int, re.Match[str]] | None:
    """Where ``re.compile(re.escape(role) + _QUALIFIER).search(text)`` matches, and its qualifier's match (read at
    each place the title is written: no pattern compiled for each new title)."""
    i = text.find(role)
    while i >= 0:
        if (m := _QUALIFIER_AFTER.match(text, i + len(role))) is not None:
            return i, m
        i = text.find(role, i + 1)
    return None


_PAREN_KEEP = re.compile(r"(?i) \(\d+(?:\s?[-–]\s?\d+)?\s?(?:uur|uren|hours|hrs|h|std\.?|stunden|horas|heures|%)\)")


_HEADER_LINE = re.compile(r"[ \t>]*[\w-]{2,12}:\s")


def _finish(role: str | None, text: str, subj: str, company: str | None, people: frozenset[str],
            own: str = "") -> str | None:
    """A title ending in an abbreviated level keeps its full stop ("Analista Financeiro Jr."), which the sentence's
    own full stop had hidden; hours in brackets right after the title are the title's ("(32-40 uur)"); words after a
    dash that the subject and the letter both write after the title are its qualifier ("Site Reliability Engineer -
    Platform"), which splitting the subject into segments had cut off. Never the gender marker ("(m/w/d)")."""
    role = drop_gender_marker(role)
    if not role:
        return role
    if role.endswith("r") and _ABBR_END.search(role) and (role + "." in text or role + "." in subj):
        return role + "."
    opened = role + " ("  # "Medior .NET Developer (32-40 uur)": the hours right after the title
    for src in (subj, text):
        j = src.find(opened)  # (one search for the title: cheaper than one for a digit first)
        if j >= 0 and (m := _PAREN_KEEP.match(src, j + len(role))):
            return role + m.group(0)
    for sep in (" - ", " – ", " / ") if (" - " in subj or " – " in subj or " / " in subj) else ():
        if role + sep in subj and role + sep in own:
            # the subject and the letter agree on the words after the dash: they are the title's own
            found_s, found_b = _qualified(role, subj), _qualified(role, own)
            if not found_s or not found_b or _HEADER_LINE.match(own, own.rfind("\n", 0, found_b[0]) + 1):
                continue  # a forwarded header ("Asunto: ...") copies the subject: no second witness
            ms, mb = found_s[1], found_b[1]
            qs, qb = ms.group(2).split(), mb.group(2).split()
            common = []
            for a, b in zip(qs, qb, strict=False):
                if a != b:
                    break
                common.append(a)
            while common and common[-1] in ("&", "and"):
                common.pop()
            qual = " ".join(common)
            fq = fold(qual)
            if not qual or (company and (fq in fold(company) or fold(company) in fq)) or any(
                    w in people for w in fq.split()) or _APP_WORDS.search(qual):
                continue
            return f"{role} {ms.group(1)} {qual}"
    return role


# --- contact and careers URL ------------------------------------------------------------------------------

_DOMAIN_PARTS = re.compile(r"[.-]").split


def _org_words(message: Message, company: str | None) -> frozenset[str]:
    """Folded words of the company and the sender's organisation: a "name" made of them is not a person."""
    words = set(fold(company or "").split())
    display, _explicit = _display_company(message.sender.name)
    if display and (is_no_reply(message.sender.email) or _explicit):
        m = _PERSON_AT.match(display)
        if m and looks_like_person(m.group(1)):  # "Luis Navarro from Harbor": the person is not the organisation
            display = m.group(2)
        if not (company and _person(display) and not words & set(fold(display).split())):
            words |= set(fold(display).split())  # (not "Greta Lindqvist" <notifications@ats>, who signs for Ostwerk)
    domain = _domain(message.sender.email or "")
    if domain and not is_platform_domain(domain) and domain not in FREEMAIL:
        words |= {p for p in _DOMAIN_PARTS(domain)[:-1] if len(p) >= 4}
    return frozenset(w for w in words if len(w) >= 4)


def _signature_text(own: str) -> str:
    """The folded lines under the sign-off (where an organisation's name stands beside its signer's)."""
    return fold(" | ".join(_signature_lines(own)))


_VIA_DISPLAY = re.compile(r"^(.+?)\s+(?:via|über|through)\s+", re.I)
# a first name signed alone, on its own line or before the organisation: "Mo", "Pip @ Lark & Loom", "Justine — Hublo",
# "Ole vom Grünspan", "Lieke namens Pixelpoort", "Nuria (Tienda Alba)" (not "de"/"da": "Gerencia de Personas")
_LONE_NAME = re.compile(rf"^([{_UP}][a-zà-ÿ]+)(?:\s*[,(@|–—]|\s+-\s|\s+(?:at|from|von|vom|bei|chez|namens)\s+[{_UP}]|$)")
# (the organisation after "at", "vom", "namens" is capitalised: not "Sent from my iPhone", "Gesendet von meinem")
# words standing alone under a sign-off that are no one's first name: units and offices, titles and roles, the
# workplaces and trades a small business signs with ("Kitchen", "Werkstatt", "Cocina", "Praktijk", "Fotograaf")
_NOT_GIVEN_TEXT = """
sekretariat secretariaat secretariat secretaria administracion administración administração administracao gerencia
jefatura verwaltung geschäftsleitung direktion vorstand personalwesen administratie directie bestuur management admin
recepcion recepción receção rezeption receptie redaccion redacción redactie inhaber inhaberin eigenaar gerente owner
founder fondateur fondatrice fundador fondatrice notaris notaire notario abogado avocat advocaat rechtsanwalt
hoogachtend att atte mvg mfg lg vg cdlt rgds beijo beijos bisous besitos unsubscribe abmelden afmelden
volunteer volunteers volunteering marketing staffing training catering nursing sales finance payroll reception
sent gesendet enviado envoyé verzonden powered posted reply responder antworten antwoorden
admissions operations procurement compliance legal design product support helpdesk accounts communications
partnerships facilities estates employment vacancies resourcing onboarding info kontakt contact contacto contato
office buero post mail welcome impressum preferences help hilfe ayuda ajuda aide website
suerte succes success erfolg chance sorte luck animo ánimo courage bonne boa buena viel veel
kitchen bakery brewery practice farm shop store warehouse workshop staff crew front desk küche kueche werkstatt laden
filiale betrieb empfang praxis zentrale rathaus gemeinde pfarramt einkauf lager produktion vertrieb kantoor winkel keuken
praktijk balie magazijn werkplaats cuisine boutique magasin atelier agence cabinet accueil vente ventes rédaction
comptabilité cocina almacén taller tienda obrador loja cozinha armazém escritório oficina padaria secretaria
recruiter recruiterin designer illustrator illustratorin fotograaf photographe fotografa fotógrafa architect architecte
arquitecta arquiteta arquiteto editor redacteur chef cheffe jefe jefa secretary secrétaire secretaris assistent
assistentin assistant assistente asistente coordinator coördinator coordinadora coordenadora koordinatorin consultora
recepcionista receptionist talentpartner
"""
_NOT_GIVEN = frozenset(fold(w) for w in _NOT_GIVEN_TEXT.split())


# the local parts of a mailbox no one reads (unlike jobs@, talent@ or hello@, which a team answers)
_TRUE_NO_REPLY = re.compile(
    r"(?i)^(?:no-?reply|noreply|do-?not-?reply|donotreply|ne-?pas-?repondre|nao-?respond(?:er|a)|no-?respond(?:er|a)|"
    r"no-?contestar|nicht-?antworten|keine-?antwort|niet-?(?:be)?antwoorden|notifications?|notify|notificaties|notificaciones|notificacoes|benachrichtigung\w*|mailer|"
    r"mailrobot|mailrelay|system|alerts?|jobalerts?|jobagent|bounces?)(?:[-_.+][\w.+-]*)?@").match


_INITIALS_FIRST = re.compile(rf"^(?:[{_UP}]\.)+\s").match
_LONE_STRONG = re.compile(rf"^[{_UP}][a-zà-ÿ]+(?:\s*[(@|–—]\s*|\s+(?:vom|von|from|at|namens|bei|chez)\s+)[{_UP}]").match


# the endings of abstract nouns, in the six languages, that no first name has ("Admissions", "Selección", "Direção",
# "Verwaltung", "Gemeinschaft", "Werving"): a unit or a subject line, never the signer
_NOUN_ENDS = ("tions", "sions", "ments", "gement", "ness", "ship", "cion", "sion", "cao", "dade", "dad", "heit", "keit", "schaft",
              "ung", "heid", "schap", "ving", "ities", "ologie", "ology")


# women's names in Spanish and Portuguese that are abstract nouns, so end as _NOUN_ENDS do: "Soledad", "Concepción"
_NAMES_LIKE_NOUNS_TEXT = """
soledad caridad piedad trinidad natividad felicidad concepción asunción encarnación purificación consolación
anunciación visitación conceição assunção anunciação encarnação
"""
_NAMES_LIKE_NOUNS = frozenset(fold(w) for w in _NAMES_LIKE_NOUNS_TEXT.split())


def _given_name(word: str, display: bool = False) -> bool:
    """One word that can be a first name signed alone ("Mo", "Pip", "Rhiannon", "Ole"): capitalised letters only, and
    no organisation, unit, team, programme, title or greeting word (a greeting's word names a sender, ``display``:
    "Caro" <caro@...>)."""
    low = fold(word)
    return (2 <= len(word) <= 14 and word.isalpha() and word[0].isupper() and word[1:].islower()
            and low not in ORG_NAME_WORDS and low not in ORG_WORDS and low not in _NOT_PERSON and low not in _NOT_GIVEN
            and (low not in _GREETINGS or (display and low in ("cara", "caro"))) and low not in _PROGRAMME and low not in _POSSESSIVES and low not in _OWNER_TITLES
            and low not in _NEVER_FIRST and low not in _SENTENCE_START
            and not low.endswith(_NOT_PERSON_ENDS) and not _is_dept(word) and not _TITLE_WORDS.search(word)
            and not (len(low) >= 9 and low.endswith(("ing", "erin", "entin")))
            and not (len(low) >= 7 and low.endswith(_NOUN_ENDS) and low not in _NAMES_LIKE_NOUNS) and low not in VENDORS and low not in _SOCIAL
            and not _LINK_WORDS.search(low))
    # ("Volunteering", "Fundraising": an activity; "Partnerin", "Referentin": a woman's title)


def _under_full_name(line: str, lines: tuple[str, ...]) -> bool:
    """The line comes right under a two- or three-word person's name: "Bram Hendriks" / "Architect"."""
    if " " in line or line not in lines:
        return False
    filled = [ln for ln in lines[:lines.index(line)] if ln]
    above = filled[-1] if filled else ""
    return 2 <= len(above.split()) <= 3 and _person(above)


def _lone_signed(own: str, addr: str, orgs: frozenset[str]) -> str | None:
    """A first name signed alone: in the sign-off's line ("Groeten, Wouter") or on one of the two lines under it
    ("Cheers," / "Mo" / "Copper Kettle"), or with no sign-off on one of the last two lines ("Romina"); never a word
    of the organisation or of the sender's domain ("Regards," / "Quill" from quill.example signs as the company)."""
    lines, start = _signature_block(own)
    if start >= 0:
        candidates = [_signoff_rest(lines[start]).strip(" ,.!-–")] + [ln for ln in lines[start + 1:start + 6] if ln][:2]
    else:
        filled = [i for i, ln in enumerate(lines) if ln]
        candidates = [lines[i] for i in filled[-2:] if i != filled[0] and (
            " " not in lines[i] or _LONE_STRONG(lines[i]) or (len(lines[i]) <= 40 and ", " in lines[i]))]
        # "Romina", "Paula – Maré Alta", "Kevin, agence Tempo Lille"; not "Infelizmente, a sua candidatura ..."
    domain = _letters(_domain(addr)) if addr else ""
    unread = not addr or _TRUE_NO_REPLY(addr) or is_platform_domain(_domain(addr))
    for i, cand in enumerate(candidates):
        m = _LONE_NAME.match(cand) if not _DIGIT.search(cand) else None  # (not "Berlin, 12. März 2027")
        word = m.group(1) if m else ""
        if (i or start < 0) and not (word and _given_name(word)) and (
                _team_only(cand) or any(w[:1].isalpha() and _is_dept(w) for w in cand.split())):
            break  # "The Talent Acquisition Team" / "Lumenor": what follows a team's line is its organisation
        if not word or (unread and word == cand.strip()) or not _given_name(word) or f" {word.lower()} " in own.lower():
            continue  # (a word the letter writes in lower case is a word of the language: "Hoogachtend", "Att"; a
            # word alone under a no-reply mail is as often the brand as its writer's first name)
        if len(re.findall(rf"\b{word}\b", own)) > 1:
            continue  # "Thank you for applying to Kestrel" / "Kestrel": a name the letter also writes is the brand
        low = _letters(word)
        if fold(word) in orgs or (low in domain if len(low) >= 4 else low in _DOMAIN_PARTS(_domain(addr or ""))):
            continue
        if _under_full_name(cand, lines):
            continue  # a word under a full name is that person's title or trade ("Julie Martin" / "Photographe")
        return word
    return None


def _reader(message: Message) -> frozenset[str]:
    """The folded words of the reader's own names: "Sam" closing a quoted line is the reader, never the signer."""
    return frozenset(fold(w) for a in message.to for w in (a.name or "").split())


def _mailbox_spells(display: str, addr: str) -> bool:
    """"Cara Whelan" <cara.whelan@...>, <cwhelan@...>: a two- or three-word display name whose mailbox spells its
    surname and begins with its first name or initial: the person's own address, whatever the words."""
    words = display.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    local = _letters(addr.split("@", 1)[0])
    first, last = _letters(words[0]), _letters(words[-1])
    return len(last) >= 3 and local.startswith(first[:1]) and last in local and (first in local or len(local) <= len(last) + 2)


def _signed_as_person(name: str, own: str, addr: str = "") -> bool:
    """"Viele Grüße" / "Jonas Weber", "Herzliche Grüße" / "Lena": a two- or three-word name signed on the line under
    the sign-off, in full or by its first name alone, is how a person signs, though the domain spells it (a
    freelancer's jonasweber.example); an organisation signing there has its words ruled out ("Windpark", "Museum")."""
    words = name.split()
    if not own or not 2 <= len(words) <= 3 or not _given_name(words[0]):
        return False
    lines, start = _signature_block(own)
    if start < 0:  # a closing the sign-off list does not know, "Beijinhos," / "Joana": a short line ending in a comma
        closing = lines[-2] if len(lines) >= 2 else ""
        if closing.endswith(",") and "," not in closing[:-1] and len(closing.split()) <= 3:
            start = len(lines) - 2
    under = next((ln for ln in lines[start + 1:] if ln), "") if start >= 0 else ""
    if under == words[0]:
        return len(words) == 2  # "Lena" under "Lena Hoffmann" (not "Marco" under the agency "Marco Polo Reizen")
    # the name in full: a person's studio answers at studio@, hola@, info@; a hiring mailbox is an employer's
    return under == name and not (addr and _HIRING_MAILBOX(addr))


# the local part of an employer's hiring mailbox: jobs@, careers@, talento@, seleccion@, vacatures@, bewerbung@
_HIRING_MAILBOX = re.compile(
    r"(?i)^(?:(?:hr|rh|rrhh|p&o)(?:[-_.+][\w.+-]*)?|[\w.+-]*(?:jobs?|career|carrier|karriere|recruit|recrut|reclut|talent|"
    r"empleo|vagas|vacature|werving|bewerb|selec|hiring|personal|personeel|people|stellen|emploi|trabaj)[\w.+-]*)@").match


def _org_display(display: str, addr: str, company: str | None, own: str = "") -> bool:
    """"Cementos Pampa" <talento@cementos-pampa.example>, "Red Salud" <talento@redsalud.example>: a display name whose
    words (two, or all its letters) the domain spells while the mailbox holds none is the organisation; so is a
    display name the company's name holds ("Alimentos Sierra Madre" for Grupo Alimentos Sierra Madre)."""
    words = [_letters(w) for w in display.split()]
    local, domain = _letters(addr.split("@", 1)[0]), _letters(_domain(addr))
    if any(len(w) >= 3 and w in local for w in words) or (
            len(words) >= 2 and local == "".join(w[:1] for w in words if w not in _JOINERS)):
        return False  # "Hidde Brink" <hidde@hiddebrink.example>, though his studio is "Hidde Brink Fotografie"; <jd@>
    spelled = (company and fold(display) in fold(company)) or sum(
        len(w) >= 3 and w not in _JOINERS and w in domain for w in words) >= 2 or _letters(display) in _domain_words(addr)
    # (not "Jonas Weber" <studio@jonasweber.example> signing "Viele Grüße" / "Jonas Weber": a freelancer)
    return bool(spelled) and not _signed_as_person(display, own, addr)


# a directory's display, the surname first and set off by a comma ("Neumann, Claudia", "Van Acker, Hilde")
_SURNAME_FIRST = re.compile(rf"^((?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Tt]er) )*[{_UP}][\w'’-]+), ([{_UP}][\w'’-]+"
                            rf"(?: [{_UP}][\w'’-]+)?)$")


def extract_contact(message: Message, own: str, company: str | None = None) -> tuple[str | None, str | None]:
    sender = message.sender
    if sender.email and _MESSAGING.search(sender.email) and (via := _VIA.match(tidy(sender.name or "").strip())) and (
            looks_like_person(member := via.group(1).strip())):
        return member, None  # "Rebecca Sandoval via LinkedIn": the member who wrote; her address is not in the mail
    orgs = _org_words(message, company)
    signed = _signature_name(own, orgs, strict=True)
    if signed and sender.email and _org_display(signed, sender.email, company, own):
        signed = None  # "Red Vital" signing from seleccion@redvital.example: the organisation
    if sender.email and not is_no_reply(sender.email):
        display = _HONORIFIC.sub("", sender.name or "")
        via = _VIA_DISPLAY.match(display)
        display = via.group(1) if via else display
        if ", " in display and (turned := _SURNAME_FIRST.match(display)) and _mailbox_spells(
                name := f"{turned.group(2)} {turned.group(1)}", sender.email):
            display = name  # "Neumann, Claudia" <claudia.neumann@...>: a directory's surname first, as she is called
        pa = _PERSON_AT.match(display)
        if pa and " " not in pa.group(1) and (
                _letters(pa.group(2)) in [_letters(x) for x in sender.email.rpartition("@")[2].split(".")[:-1]]
                or fold(pa.group(2)) == fold(company or "")):
            # "Felix von Nordwind" from felix@nordwind.example, "Markus at Quelle 3": a first name and the organisation
            local = _letters(sender.email.split("@")[0])
            if signed and fold(signed).split()[0] == fold(pa.group(1)):
                return signed, sender.email  # the sign-off has the full name
            if local.startswith(_letters(pa.group(1))) and not _is_dept(pa.group(1)):
                return pa.group(1), sender.email
        if _mailbox_spells(display, sender.email) and not _org_display(display, sender.email, company, own) and not any(
                fold(w) in ORG_NAME_WORDS or _is_dept(w) for w in display.split()) and not _not_person_words(display):
            return display, sender.email  # "Cara Whelan" <cara.whelan@...>: her own mailbox, though "Cara" greets too
        if _person(display, orgs - set(fold(display).split())) and not _org_display(
                display, sender.email, company, own):
            if signed and _INITIALS_FIRST(display) and fold(signed).endswith(" " + fold(display).split()[-1]) and not (
                    _INITIALS_FIRST(signed)):
                return signed, sender.email  # "P.J. Brouwer" <p.brouwer@...> signs "Drs. P.J. (Pieter) Brouwer"
            if signed and not set(fold(signed).split()) & set(fold(display).split()) and (
                    not looks_like_person(display) or fold(display) in _signature_text(own)):
                # the display name is the organisation ("Talleres Urdaneta") and a person signed: the signer
                return signed, sender.email
            return display, sender.email
        if signed and not (_first_name_sender(message) and _given_name(display.strip())
                           and fold(signed).split()[0] != fold(display)):
            return signed, sender.email  # (not "Bloemenhuis Iris", the shop, under a mail from "Iris" <iris@...>)
        # a first name alone ("Diego (Fondita)", "Rosa") whose address is that first name: jana@, diego.r@
        head = _SEGMENTS.split(display.strip(), 1)[0]
        if head != display.strip() and _person(head, orgs - set(fold(head).split())):
            return head, sender.email  # "Esther Jansen – Noordkaap Recruitment"
        local = _letters(sender.email.split("@")[0])
        m = _FIRST_NAME_ONLY.match(display.strip())
        first = m.group(1) if m else ""
        if not first:  # a first name alone signing the mail, the address being that name: "Daan" for daan@
            first = next((p for p in _signature_parts(own) if " " not in p and _letters(p) == local), "")
        if first and local.startswith(_letters(first)) and len(local) <= len(_letters(first)) + 2 and _given_name(
                first, display=True):
            return first, sender.email
        for part in _signature_parts(own)[:3]:  # "Chloe at Brookfield Staffing", "Jo, Copper Kettle Cafe"
            m = _FIRST_NAME_AT.match(part)
            if m and _given_name(m.group(1)):  # (not "Servicio de Personal", "Instituto de Biomedicina")
                return m.group(1), sender.email
        first = _first_name_sender(message) and display.strip()  # "Kez" <kez.maloney@...>
        if first and _given_name(first, display=True) or (first := _lone_signed(own, sender.email, orgs | _reader(message))):
            return first, sender.email
        return None, None
    email = None
    for addr in message.reply_to:
        if addr.email and not is_no_reply(addr.email):
            email = addr.email
            if not signed and _person(addr.name, orgs):
                signed = addr.name
    if email and (not signed or " " not in signed) and sender.name:
        # a relay's "Luis Navarro from Harbor" / "Maya Okafor at Kiteline" with the person's own reply-to: the
        # display names the writer (in full, where the sign-off has the first name only)
        m = _PERSON_AT.match(sender.name)
        person = _HONORIFIC.sub("", m.group(1) if m else sender.name)
        if _person(person, orgs) and (
                not signed or fold(signed) == fold(person).split()[0]) and any(
                len(w) >= 3 and _letters(w) in _letters(email.split("@")[0]) for w in person.split()):
            signed = person
    if not signed:
        signed = _lone_signed(own, sender.email or "", orgs | _reader(message))  # "Cheers," / "Mo" / "Copper Kettle"
    if signed and not email:
        lines, start = _signature_block(own)
        for ln in lines[max(start, 0):]:
            for found in _EMAIL.findall(ln) if "@" in ln else ():  # (each address holds one; most lines none)
                local = _letters(found.split("@")[0])
                if any(len(w) >= 3 and _letters(w) in local for w in signed.split()) and not is_no_reply(found):
                    email = found.lower()
    return signed, email


# a plain web link, split as urlsplit() splits it: host up to the first "/", "?" or "#", the query between the first
# "?" and the first "#" (what urlsplit() cleans or refuses, such as tabs, brackets or other characters, is left to it)
_PLAIN_URL = re.compile(
    r"(https?)://([^/?#\[\]\t\r\n]*)((?:/[^?#\t\r\n]*)?)(?:\?([^#\t\r\n]*))?(?:#[^\t\r\n]*)?").fullmatch


def _url_parts(url: str) -> tuple[str, str, str, str]:
    """(scheme, host, path, query) of a link, as urlsplit() gives them, without its general machinery for the
    plain "https://host/path?query" most mail holds."""
    m = _PLAIN_URL(url) if url.isascii() else None
    if m is not None:
        return m.group(1), m.group(2), m.group(3), m.group(4) or ""
    parts = urlsplit(url)
    return parts.scheme, parts.netloc, parts.path, parts.query


def extract_careers_url(message: Message, own: str, quoted_text: str) -> str | None:
    best, best_score = None, 0
    for link in message.links:
        url = link.url.strip().rstrip(".,;:!?")
        scheme, netloc, path, query = _url_parts(url)
        # a careers page may carry campaign parameters (?utm_source=...): judge the page by host and path
        if (scheme not in ("http", "https") or _URL_BAD.search(netloc + path)
                or (query and _QUERY_BAD.search(query))):
            continue
        in_own = url in own or (link.text and link.text in own)
        if not in_own and url in quoted_text:
            continue
        host = netloc.lower()
        on_platform = any(map(host.__contains__, _PLATFORM_HOSTS))
        if on_platform and "/companies/" not in path and "/company/" not in path:
            continue
        score = 0
        if _URL_GOOD.search(host + path):
            score += 2
        if link.text and _ANCHOR_GOOD.search(link.text):
            score += 2
        if query:
            score -= 1
        if score > best_score:
            best, best_score = url, score
    return best


_FWD_FROM = re.compile(r"^[ \t]*(?:from|von|de|van|da)\s?:\s*(.+)$", re.I | re.M)


def _self_forward_author(message: Message, forwarded: str) -> Address | None:
    """The author of a letter the reader passes on to themselves (from an old address, or a copy kept): the
    contact is who wrote it, never the reader."""
    to = message.to[0] if message.to else None
    sender = message.sender
    if not forwarded or to is None or not (
            (to.email and to.email == sender.email) or (to.name and fold(to.name) == fold(sender.name or ""))):
        return None
    found = _FWD_FROM.search(forwarded[:2000])
    name, addr = parseaddr(found.group(1)) if found else ("", "")
    return Address(name.strip(), addr.lower()) if "@" in addr else None


_CARD_SEPARATORS = (" - ", " – ", " · ", " | ", ", ")


def _card_role(own: str, company: str, lang: str | None) -> str | None:
    """A job board's card at the head of its mail: the title on the line above "Company - City" ("Business
    Intelligence Analyst" over "Brightside Dental Group - Columbus, OH"), when that line is a title (a head noun)."""
    if company not in own:
        return None
    # (the card heads the mail, under one sentence at most; under a letter and its sign-off, the line above the
    # employer's is a signature's)
    lines = [line.strip() for line in own.split("\n") if line.strip()][:8]
    for i in range(1, len(lines)):
        line = lines[i]
        if not line.startswith(company):
            continue
        rest = line[len(company):]
        if rest[:1] == " " and _has_legal(line[:len(company) + 1 + len(word := rest[1:].split(" ", 1)[0])]):
            rest = rest[1 + len(word):]  # "Rheinhafen Logistik AG · Duisburg": the legal form the name was read without
        if rest.startswith(_CARD_SEPARATORS) and sum(ln[-1:] in ".!?" for ln in lines[:i - 1]) <= 1 and not any(
                map(_signoff, lines[:i - 1])):
            title = lines[i - 1]
            if len(title) <= 60 and title[-1:] not in ".!?:," and any(map(_is_head, title.split())):
                return _trim_role(title, lang)
    return None


def extract(message: Message, own: str, verdict: Verdict) -> None:
    head, forwarded = split_forward(own)
    signer = _signature_name(own)
    if signer and message.sender.name and message.sender.email:
        # "Deniz / Geschäftsführer / Stadtwerke Lindenau" from deniz@sw-lindenau: the last name-like line spells the
        # sender's domain and shares no word with the sender's own name, so it is the organisation, not the signer
        words = frozenset(fold(signer).split())
        domain = _letters(_domain(message.sender.email))
        person = message.sender.name  # "Javier Morales | Pescados Ribeira": the person's part of the display name
        if (seg := _SEGMENTS.split(person, 1)[0]) != person and looks_like_person(seg.strip()):
            person = seg
        if not words & set(fold(person).split()) and any(len(w) >= 4 and _letters(w) in domain for w in words):
            signer = _signature_name(own, words)
    people = _person_names(message, signer, own)
    fields = _field_lines(own)
    verdict.company = extract_company(message, own, forwarded, signer, verdict.lang, people, fields)
    if verdict.company and verdict.company.isupper() and " " in verdict.company:
        verdict.company = _uncapitalised(verdict.company, message, own)
    subject = message.subject or ""
    if message.sender.email and _MESSAGING.search(message.sender.email) and ": " in subject:
        subject = subject.split(": ", 1)[1]  # "Helena Park sent you a message: Re: Project Coordinator application"
    verdict.role = extract_role(subject, own, verdict.lang, verdict.company, frozenset(" ".join(people).split()), fields)
    if verdict.role and (words := verdict.role.split()) and len(words) % 2 == 0 and \
            words[:len(words) // 2] == words[len(words) // 2:]:
        verdict.role = " ".join(words[:len(words) // 2])  # "Office Manager Office Manager": a heading, then a card
    if verdict.role and fold(verdict.role) in {fold(a.name) for a in message.to if a.name}:
        verdict.role = None  # "Candidate feedback - Nadia Whitcombe": the reader's name, never the post
    if verdict.role is None:
        verdict.role = _quoted_role(message.text or "", verdict.lang, verdict.company)
    if verdict.role is None and verdict.company:
        verdict.role = _card_role(own, verdict.company, verdict.lang)
    author = _self_forward_author(message, forwarded) if forwarded else None  # (never without a forward)
    if author is not None:
        verdict.contact_name, verdict.contact_email = extract_contact(replace(message, sender=author), forwarded,
                                                                      verdict.company)
    else:
        verdict.contact_name, verdict.contact_email = extract_contact(message, head or own, verdict.company)
    # a link found in the text but not in the new part is quoted (no copy of the text without the new part needed)
    verdict.careers_url = extract_careers_url(message, own, message.text or "")
