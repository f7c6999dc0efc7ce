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
from functools import lru_cache
from urllib.parse import urlsplit

from nextround.detect.patterns import speed
from nextround.detect.text import fold, split_forward, tidy
from nextround.message import Message
from nextround.records import Verdict

ATS_DOMAINS = ("greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com", "smartrecruiters.com",
               "ashbyhq.com", "workable.com", "recruitee.com", "personio.de", "personio.com", "teamtailor.com",
               "teamtailor-mail.com", "icims.com", "jobvite.com", "bamboohr.com", "successfactors.com", "successfactors.eu",
               "taleo.net", "linkedin.com", "indeed.com", "stepstone.de", "stepstone.com", "join.com", "xing.com",
               "welcometothejungle.com", "hellowork.com", "infojobs.net", "nationalevacaturebank.nl", "glassdoor.com",
               "monster.com", "softgarden.io", "softgarden.de", "jobteaser.com", "gupy.io", "catho.com.br", "recruitcrm.io",
               "breezy.hr", "jazzhr.com", "pinpointhq.com", "dover.com", "rippling.com", "homerun.co", "werkzoeken.nl",
               "indeed.fr", "indeed.es", "indeed.nl", "indeed.de", "computrabajo.com", "apec.fr", "vagas.com.br")
VENDORS = frozenset(
    ["greenhouse", "lever", "workday", "smartrecruiters", "ashby", "workable", "recruitee", "personio", "teamtailor", "icims", "jobvite", "bamboohr", "successfactors", "taleo", "linkedin", "indeed", "stepstone", "xing", "join", "softgarden", "jobteaser", "gupy", "catho", "infojobs", "glassdoor", "monster", "hellowork", "breezy", "jazzhr", "pinpoint", "dover", "rippling", "homerun", "apec", "computrabajo"]) | {
    "welcome to the jungle", "nationale vacaturebank", "sap successfactors"}
FREEMAIL = ("gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "gmx.de", "gmx.net",
            "web.de", "t-online.de", "orange.fr", "free.fr", "laposte.net", "proton.me", "protonmail.com")
NO_REPLY = re.compile(
    r"^(?:no-?reply|noreply|do-?not-?reply|donotreply|ne-?pas-?repondre|nao-?responder|no-?responder|niet-?beantwoorden|"
    r"notifications?|notify|jobs?|careers?|carrieres?|karriere|recruiting|recruitment|recrutement|recrutamento|talent|"
    r"hr|rh|rrhh|people|mailer|mailrobot|system|alerts?|jobalerts?|jobagent|info|hello|team|empleo|vagas|vacatures|"
    r"werkenbij|bewerbung|bewerbungen|hiring|contact|seleccion|selecao|applications?|candidates?)(?:[-_.+][\w.+-]*)?@",
    re.I)
ORG_WORDS = frozenset(
    ["team", "recruiting", "recruitment", "recruiter", "careers", "career", "jobs", "job", "talent", "hr", "people", "hiring", "acquisition", "personalabteilung", "equipe", "equipo", "equipa", "time", "recrutement", "recrutamento", "seleccion", "selecao", "rrhh", "rh", "talento", "talentos", "carrieres", "karriere", "werving", "selectie", "the", "notifications", "no-reply", "noreply", "via", "inc", "ltd", "gmbh", "llc"])
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŞİ"
CAPSEQ = (rf"[{_UP}][\w&'.\-]*(?:[ ](?:&|and|und|et|y|e|en|de|du|des|der|van|von|da|do|dos|del|la|le|het|De|Het|"
          rf"[{_UP}][\w&'.\-]*)){{0,5}}")
_COMPANY_BODY = re.compile(
    rf"\b(?:at|with us at|interest in|interested in|applying to|apply to|applied to|application to|career at|careers at|"
    rf"join|joining|on behalf of|for|from|bei|bei der|an der|der|chez|à|au sein de|de|en|con|bij|van|na|no|da|em|in|"
    rf"für|voor|por|pela|pelo|par)\s+({CAPSEQ})")
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
_PERSON_WORD = re.compile(rf"^(?:[{_UP}][^\W\d_]*(?:[-'][{_UP}]?[^\W\d_]+)*\.?|de|van|von|der|den|da|do|dos|das|del|la|le|ter|ten)$")
_TITLE_WORDS = re.compile(
    r"\b(?:recruiter|recruiting|recruitment|talent|acquisition|manager|head|director|partner|generalist|coordinator|"
    r"engineer|lead|officer|specialist|consultant|founder|ceo|cto|hr|people|personal\w*|referent\w*|recruiterin|"
    r"responsable|charg[ée]e?|drh|rh|directeur|directrice|adjoint|t[ée]cnic[oa]|responsable|directora?|reclutador\w*|"
    r"selecci[óo]n|adviseur|recruitment|medewerker|recrutador\w*|analista|recrutamento|business|senior|principal|"
    r"executive|assistant|office|team|vp|cpo|chro)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_BAD = re.compile(
    r"(?:unsubscribe|abmelden|desabonner|desinscri|afmelden|cancelar|privacy|privacidad|privacidade|datenschutz|"
    r"confidential|/legal|/terms|/cookie|tracking|/track|click\.|/t/|/c/|/ls/|/u/|utm_|trk=|optout|opt-out|preferences|"
    r"notifications|mailto:|linkedin\.com/in/|/help/|/exercise/|assess|calendly|/cal|zoom\.us|meet\.google|"
    r"/recommended|empfehlungen|jobagent|/alert|alertas|treffer|/search|zoekopdracht|\?ref=|listinfo|/e/v2|"
    r"docusign|/account)", re.I)
_URL_GOOD = re.compile(
    r"(?:career|carreira|carriere|karriere|jobs?\b|jobs\.|/jobs|stellen|emploi|empleo|trabaja|unete|vacature|vacatures|"
    r"werkenbij|werken-bij|vagas|join-us|joinus|work-with-us|openings|positions|boards\.greenhouse|jobs\.lever|"
    r"jobs\.ashbyhq|apply\.workable|recruitee\.com|teamtailor\.com|jobs\.personio|/companies/)", re.I)
_ANCHOR_GOOD = re.compile(
    r"(?:career|open (?:roles|positions)|openings|jobs|vacanc|karriere|stellen|offres|carri[eè]res|empleo|vacantes|"
    r"vacatures|vagas|oportunidades|posiciones|see open)", re.I)
_PLATFORM_HOSTS = ("linkedin.com", "indeed.", "stepstone.", "xing.com", "welcometothejungle.com", "hellowork.com",
                   "infojobs.net", "nationalevacaturebank.nl", "glassdoor.", "monster.")
_LEGAL = re.compile(r",?\s+(?:inc|llc|ltd|gmbh|ag|sa|bv|b\.v|plc|corp|co)\.?$", re.I)
_STOP_COMPANY = frozenset(
    ["thank", "thanks", "dear", "hi", "hello", "we", "our", "your", "you", "the", "unfortunately", "i", "this", "it", "after", "as", "if", "please", "team", "hr", "data", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "linkedin", "python", "java", "senior", "junior", "application", "position", "role", "job", "vacancy", "interview", "bewerbung", "stelle", "candidature", "poste", "candidatura", "puesto", "sollicitatie", "functie", "vacature", "vaga", "cargo", "status", "update", "re", "fwd", "aw", "tr", "rv", "fw", "sehr", "liebe", "bonjour", "hola", "beste", "caro", "ola"])


def _letters(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
    return "".join(c for c in text if c.isalpha() and c.isascii())


def _plain_letters(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalpha())


def _domain(addr_or_host: str) -> str:
    return addr_or_host.rsplit("@", 1)[-1].lower().strip(".")


_ATS_SET = frozenset(ATS_DOMAINS)


def is_platform_domain(domain: str) -> bool:
    """The domain or one of its parents is an ATS or job platform (checked label by label, not by scanning the list)."""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in _ATS_SET for i in range(len(labels) - 1))


def is_no_reply(addr: str) -> bool:
    return bool(NO_REPLY.match(addr)) or is_platform_domain(_domain(addr))


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
"""
ORG_NAME_WORDS = frozenset(fold(w) for w in _ORG_NAME_TEXT.split())
_GREETINGS = frozenset(["dear", "hi", "hello", "hey", "hallo", "liebe", "lieber", "sehr", "guten", "bonjour", "cher", "chere",
                        "hola", "estimado", "estimada", "querido", "querida", "beste", "hoi", "goedemiddag", "ola", "oi",
                        "prezado", "prezada", "caro", "cara", "thanks", "thank", "merci", "danke", "gracias", "bedankt",
                        "obrigado", "obrigada"])


def looks_like_person(name: str, orgs: frozenset[str] = frozenset()) -> bool:
    """Name-shaped (two to five capitalised words) and not a team, organisation or known company name."""
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name) or "@" in name:
        return False
    if any(w.lower().strip(".") in ORG_WORDS for w in words) or _TITLE_WORDS.search(name):
        return False
    folded = [fold(w).strip(".") for w in words]
    if folded[0] in _GREETINGS:  # "Dear Sam" is the salutation of an unsigned mail, not its author
        return False
    if _is_vendor(name) or any(w in ORG_NAME_WORDS for w in folded):
        return False
    if orgs and any(w in orgs for w in folded if len(w) >= 4):
        return False
    caps = [w for w in words if w[0].isupper()]
    return len(caps) >= 2 and all(_PERSON_WORD.match(w) for w in words)


_CONNECT = frozenset(("&", "de", "du", "des", "van", "von", "da", "do", "del", "e", "y", "et", "and", "und", "het"))
_LINK_WORDS = re.compile(r"(?i)privacy|unsubscribe|abmelden|datenschutz|d[ée]sabonner|confidentialit|privacidad|baja|"
                         r"afmelden|privacyverklaring|cancelar|privacidade|vacatures|empleo|vagas|offres|browser|navigateur")


def _clean_company(text: str) -> str | None:
    text = re.split(r"[.!?] ", text)[0]
    text = text.strip(" .,;:!?-–—|·\"'()")
    text = re.sub(r"\s+\((?:recruiting|on behalf).*$", "", text)
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


def _display_company(display: str) -> tuple[str | None, bool]:
    """The company in a sender display name, and whether the name said so explicitly ("X via Greenhouse")."""
    if not display:
        return None, False
    m = re.match(r"^(.+?)\s+(?:via|through|über|par|por|via:)\s+(.+)$", display, re.I)
    if m and _is_vendor(m.group(2)):
        return _clean_company(m.group(1)), True
    m = re.match(r"^(.+?)\s*[(\[](.+)[)\]]$", display)
    if m and _is_vendor(m.group(2)):
        return _clean_company(m.group(1)), True
    name = display
    while True:
        stripped = _DISPLAY_SUFFIX.sub("", name)
        if stripped == name:
            break
        name = stripped
    return _clean_company(name), name != display


# Team sign-offs: the keywords in any case ("Time de Atração de Talentos"), the company name capitalised.
_TEAM_LINES = [re.compile(p.replace(CAPSEQ, f"(?-i:{CAPSEQ})"), re.I) for p in (
    rf"^(?:the )?(?:hiring|recruiting|recruitment|talent|people) team (?:at|of) ({CAPSEQ})",
    rf"^(?:the )?({CAPSEQ}) (?:recruiting|recruitment|talent|people|hiring|careers|hr)(?: team| acquisition)?$",
    rf"^(?:l'[ée]quipe|[ée]quipe) (?:recrutement|rh|talents?|carri[èe]res)(?: de| d'| chez)? ?({CAPSEQ})$",
    rf"^l'[ée]quipe ({CAPSEQ})$",
    rf"^(?:personalabteilung|ihr team von|ihr recruiting-team der|ihr recruiting-team von|das recruiting-team der) ({CAPSEQ})$",
    rf"^das ({CAPSEQ}) (?:talent-team|recruiting-team|team)$",
    rf"^(?:el )?equipo de (?:talento|selecci[óo]n|rrhh|recursos humanos|personas) de ({CAPSEQ})$",
    rf"^(?:el )?equipo de ({CAPSEQ})$",
    rf"^team (?:recruitment|talent|werving|hr|recruiting) ({CAPSEQ})$",
    rf"^(?:team|het team van) ({CAPSEQ})$",
    rf"^(?:equipa|equipe|time) de (?:recrutamento|talentos?|rh|pessoas|sele[çc][ãa]o) (?:d[aoe] )?({CAPSEQ})$",
    rf"^({CAPSEQ}) (?:lending team|customer service)$",
    rf"^(?:time|equipa|equipe) de [\w ]{{0,25}}?(?:talentos?|recrutamento|sele[çc][ãa]o|pessoas) (?:d[aoe] )?({CAPSEQ})$",
)]


@lru_cache(maxsize=32)  # company, contact and e-mail extraction all read the same message's signature
def _signature_block(own: str) -> tuple[tuple[str, ...], int]:
    lines = [ln.strip() for ln in own.strip().split("\n")]
    start = -1
    for i in range(len(lines) - 1, max(-1, len(lines) - 16), -1):
        if _SIGNOFF.match(lines[i]) and len(lines[i]) < 70:
            start = i
            break
    return tuple(lines), start


def _signature_name(own: str, orgs: frozenset[str] = frozenset()) -> str | None:
    lines, start = _signature_block(own)
    if start >= 0:
        inline = re.sub(_SIGNOFF.pattern.split(r"\b[^\n]")[0] + r"\b", "", lines[start], flags=re.I).strip(" ,.-–")
        candidates = [inline] + [ln for ln in lines[start + 1: start + 5] if ln]
    else:
        candidates = [ln for ln in lines[-6:] if ln]
    for cand in candidates:
        part = re.split(r"\s*[,|·–—]\s*|\s+-\s+", cand)[0].strip()
        if looks_like_person(part, orgs):
            return part
    return None


def _company_candidates(message: Message, own: str, scores: dict[str, float], names: dict[str, str]) -> None:
    def add(raw: str | None, weight: float) -> None:
        name = _clean_company(raw) if raw else None
        if not name or fold(name) in people:
            return
        key = _plain_letters(_LEGAL.sub("", name))
        if not key:
            return
        scores[key] += weight
        if key not in names or len(name) > len(names[key]) and names[key] in name:
            names[key] = name

    sender = message.sender
    person_sender = sender.name if sender.email and not is_no_reply(sender.email) else None
    people = {fold(n) for n in (person_sender, _signature_name(own)) if n and looks_like_person(n)}
    company, explicit = _display_company(sender.name)
    if company and (explicit or is_no_reply(sender.email) or not looks_like_person(sender.name)):
        add(company, 3.0 if explicit else 2.5)
    lines, start = _signature_block(own)
    tail = [ln for ln in lines[max(0, len(lines) - 12):] if ln]
    for ln in tail:
        for rx in _TEAM_LINES:
            m = rx.match(ln)
            if m:
                add(m.group(1), 3.0)
                break
    sig = [ln for ln in lines[start + 1:] if ln] if start >= 0 else tail[-5:]
    for ln in sig[:7]:
        parts = [p.strip() for p in re.split(r"\s*[,|·–—]\s*|\s+-\s+", ln) if p.strip()]
        if len(parts) > 1 and any(re.search(r"\d", p) for p in parts[1:]):
            # "Quillstone Media, 55 Mercer Street, New York": the organisation, then its postal address
            if not _TITLE_WORDS.search(parts[0]) and not re.search(r"\d|@", parts[0]):
                add(parts[0], 2.0)
        elif len(parts) > 1:
            for p in parts[1:]:
                if (not _TITLE_WORDS.search(p) and not re.search(r"\d|@|https?:", p) and not _LINK_WORDS.search(p)
                        and all(w[0].isupper() or w in _CONNECT for w in p.split())):
                    add(p, 2.0)
        elif (parts and not _TITLE_WORDS.search(ln) and not re.search(r"\d|@|https?:|:", ln) and not _SIGNOFF.match(ln)
              and all(w[0].isupper() or w in ("&", "de", "du", "des", "van", "von", "da", "do", "del") for w in ln.split())):
            add(ln, 1.5)
    text = tidy(own)
    for m in _COMPANY_BODY.finditer(text):
        add(m.group(1), 1.0)
    subject = tidy(message.subject)
    for m in _COMPANY_BODY.finditer(subject):
        add(m.group(1), 1.5)
    m = re.match(rf"^(?:re: |aw: |fwd?: )?({CAPSEQ})\s*(?::| - | – | \| )", subject, re.I)
    if m:
        add(m.group(1), 1.5)
    m = re.search(rf"\b(?:your|tu|je|uw|ihre|votre) ({CAPSEQ}) (?:application|candidatura|sollicitatie|bewerbung|candidature)", subject)
    if m:
        add(m.group(1), 1.5)


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
        if domain in FREEMAIL:
            continue
        parts = [p for p in domain.split(".") if p not in ("mail", "email", "jobs", "careers", "hr", "talent", "www", "e")]
        if len(parts) >= 2:
            labels.append(_letters(parts[-2]))
    return [lb for lb in labels if len(lb) >= 3]


def _matches_domain(key: str, words: list[str], labels: list[str]) -> bool:
    for lb in labels:
        if lb in key or key.startswith(lb) or (len(key) >= 5 and key in lb):
            return True
        if any(len(w) >= 4 and w in lb for w in words) and lb[:2] == key[:2]:
            return True
    return False


def extract_company(message: Message, own: str, forwarded: str) -> str | None:
    scores: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    _company_candidates(message, own, scores, names)
    labels = _domain_labels(message, forwarded)
    folded_own = fold(own)
    agency = bool(re.search(r"\b(?:client|on behalf of|cliente|klant|kunde|kunden|terugkoppeling van|respuesta que nos ha dado)\b",
                            folded_own))
    if agency:
        labels = labels[1:] or labels  # the sender's own domain is the agency's
    best, best_score = None, 0.0
    for key, score in scores.items():
        words = [_letters(w) for w in names[key].split()]
        if _matches_domain(key, words, labels):
            score += 2.5
        if agency and _matches_domain(key, words, _domain_labels(message, "")[:1]):
            score -= 3.0
        if score > best_score:
            best, best_score = names[key], score
    if best is None:
        for addr in [message.sender.email] + [a.email for a in message.reply_to]:
            domain = _domain(addr or "")
            if addr and not is_platform_domain(domain) and domain not in FREEMAIL and "." in domain:
                base = [p for p in domain.split(".") if p not in ("mail", "email", "jobs", "careers", "hr")][-2:-1]
                if base:
                    return " ".join(w.capitalize() for w in re.split(r"[-_]", base[0]))
    return best


# --- role -------------------------------------------------------------------------------------------------

_ROLE_TRIGGERS = [
    (re.compile(r"\b(?:for|about|to|in|on) (?:the|our|this|your) ([^.;:!?\n]{2,70}?) (?:position|role|vacancy|opening|job|post|requisition)\b"), 2.0),
    (re.compile(r"\b(?:the|our) ([^.;:!?\n]{2,70}?) (?:position|role|vacancy|opening|post|requisition)\b"), 1.0),
    (re.compile(r"\b(?:interview\w*|appl\w+|candidacy|consideration)(?: with us)? for (?:the )?([A-Z][^.;:!?\n]{2,60})"), 1.0),
    (re.compile(r"\b(?:procedure|selectieprocedure|sollicitatieprocedure|ronde|gesprekken?) (?:voor|van) (?:de functie |de vacature )?"
                r"([A-Z][^.;:!?\n]{2,60})"), 1.0),
    (re.compile(r"\b(?:position|role|post) (?:of|as) (?:an? |the )?([^.;:!?\n]{2,70})"), 1.5),
    (re.compile(r"\b(?:application|applying|apply|applied|candidacy|interest) (?:for|to) (?:the |our |a |an )?([^.;:!?\n]{2,70})"), 1.0),
    (re.compile(r"\b[Rr]equisition [\w-]+, ([^.;:!?\n]{2,70})"), 2.0),
    # a bare capitalised title after "for/as" ("applying for Customs Analyst"): weak, the subject usually agrees
    (re.compile(r"\b(?:for|as) (?:the )?([A-Z][\w/&+-]*(?: [A-Z][\w/&+-]*){0,4})\b"), 0.5),
    (re.compile(r"\b(?:for|voor|f[üu]r|pour|para|als|de|van|op|as|du|da|do|del) [\"“«„]([^\"”»“\n]{2,60})[\"”»“]"), 2.0),
    (re.compile(r"\b(?:Bewerbung|Interesse) (?:als|für die Stelle|für die Position|auf die Stelle) ([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:Stelle|Position)(?: als)? ([^.;:!?\n]{2,70})"), 1.5),
    (re.compile(r"\b(?:poste|fonction|l'offre) (?:de |d'|d’)([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:puesto|cargo|posici[óo]n|vacante|plaza) (?:de |como )?([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:postularte|postularse|candidatura|proceso) (?:a|para|de selecci[óo]n para el puesto de) ([^.;:!?\n]{2,70})"), 1.5),
    (re.compile(r"\b(?:functie|rol|vacature)(?: van| als| voor)? ([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:sollicitatie|kandidatuur|aanvraag|reactie) (?:als|voor|op) (?:de functie |de vacature |de rol van )?([^.;:!?\n]{2,70})"), 1.5),
    (re.compile(r"\b(?:vaga|posi[çc][ãa]o|fun[çc][ãa]o|cargo) (?:de |como )?([^.;:!?\n]{2,70})"), 2.0),
    (re.compile(r"\b(?:processo|recrutamento) (?:para|de) (?:a fun[çc][ãa]o de )?([^.;:!?\n]{2,70})"), 1.0),
]
# same matches, found faster: a leading word boundary becomes a first-letter set the engine can skip by
_ROLE_TRIGGERS = [(re.compile(speed(rx.pattern), rx.flags), weight) for rx, weight in _ROLE_TRIGGERS]
_SUBJECT_ROLE = [
    re.compile(r"(?:application|candidacy|candidature|candidatura|bewerbung|sollicitatie|kandidatuur|postulaci[óo]n)"
               r"(?: au poste de| pour le poste de| for| to| als| voor| à| a| para| pour| de| bei| op)? ?[:\-–]?\s*"
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
    r"(?:\s(?:at|with|in|for|and|last|you|we|that|which|who|has|have|was|is|are|on|here|there|bei|und|im|in|zum|zur|"
    r"sorgf\w+|haben|chez|et|au|aux|à|qui|que|dans|pour|avec|nous|vous|est|sont|a|en|con|y|para|por|del|bij|wordt|is|"
    r"bekeken|hebben|na|no|e|foi|ao|com|junto|within|queda|quedan|será|vient|n'a|n'est|ne|ya|hemos|se|não|nao|já|ja|ha|"
    r"fue|ist|wurde|hat|konnte|kann|werd|heeft|was|has|had|did|didn't|won't|will|after|following|niet|verder|helaas|"
    r"requires|needs|role|requisition|post|"
    r"ha sido|été|sido|dont|cuyo|cuya|waarvoor|die|dat)\s|,\s(?=[a-zà-ÿ])|\s[-–|]\s|\s\(R[\w-]*\d+\)|[\"“”«»]).*$")
_ROLE_BAD = re.compile(r"^(?:the|a|an|our|this|your|job|position|role|candidacy|application|it|us|you|them|interest|"
                       r"[a-z][\w\-]* [a-z][\w\-]* [a-z].*)$")


def _trim_role(raw: str, lang: str | None) -> str | None:
    role = _ROLE_STOP.sub("", " " + raw.strip() + " ").strip(" ,'\"“”«»")
    role = re.sub(r"\s+(?:position|role|vacancy|opening|job)$", "", role)
    role = re.sub(r"\s*\(R-?\d+\)$", "", role).strip(" ,.")
    if lang == "de":  # German nouns are capitalised: the role ends at the first lower-case word
        kept = []
        for w in role.split():
            if w[0].islower() and not w.startswith("("):
                break
            kept.append(w)
        role = " ".join(kept)
    if not role or len(role) < 2 or len(role) > 60 or not (role[0].isupper() or role[0].isdigit()):
        return None
    if _ROLE_BAD.match(role) or role.split()[0].lower() in _STOP_COMPANY - {"senior", "junior", "data", "python", "java"}:
        return None
    return role


def extract_role(subject: str, own: str, lang: str | None, company: str | None) -> str | None:
    scores: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    text = " ".join(tidy(own).split())
    subj = tidy(subject)
    subject_keys: set[str] = set()
    body_keys: set[str] = set()
    for rx, weight in _ROLE_TRIGGERS:
        for m in rx.finditer(text):
            role = _trim_role(m.group(1), lang)
            if role and (not company or fold(role) != fold(company)):
                key = fold(role)
                body_keys.add(key)
                scores[key] += weight
                names.setdefault(key, role)
    for rx in _SUBJECT_ROLE:
        m = rx.search(subj)
        if m:
            role = _trim_role(m.group(1), lang)
            if role and (not company or fold(company) not in fold(role)):
                key = fold(role)
                subject_keys.add(key)
                scores[key] += 1.0
                names.setdefault(key, role)
    if not scores:
        return None
    # a body phrase that runs on past a role the subject names ("Analista de datos ya ha sido...") is that role
    for key in [k for k in scores if k not in subject_keys]:
        for sk in subject_keys:
            if key != sk and key.startswith(sk + " "):
                scores[sk] += scores.pop(key)
                break
    fsubj = fold(subj)
    ftext = fold(text)
    # the body naming what the subject names is agreement; a subject phrase scoring on itself is not
    best = max(scores, key=lambda k: (scores[k] + (1.5 if k in fsubj and k in body_keys else 0) + 0.2 * ftext.count(k),
                                      -len(k)))
    return names[best]


# --- contact and careers URL ------------------------------------------------------------------------------

def _org_words(message: Message, company: str | None) -> frozenset[str]:
    """Folded words of the company and the sender's organisation: a "name" made of them is not a person."""
    words = set(fold(company or "").split())
    display, _explicit = _display_company(message.sender.name)
    if display and (is_no_reply(message.sender.email) or _explicit):
        words |= set(fold(display).split())
    domain = _domain(message.sender.email or "")
    if domain and not is_platform_domain(domain) and domain not in FREEMAIL:
        words |= {p for p in re.split(r"[.-]", domain)[:-1] if len(p) >= 4}
    return frozenset(w for w in words if len(w) >= 4)


def extract_contact(message: Message, own: str, company: str | None = None) -> tuple[str | None, str | None]:
    sender = message.sender
    orgs = _org_words(message, company)
    signed = _signature_name(own, orgs)
    if sender.email and not is_no_reply(sender.email):
        display = sender.name or ""
        via = re.match(r"^(.+?)\s+(?:via|über|through)\s+", display, re.I)
        display = via.group(1) if via else display
        if looks_like_person(display, orgs - set(fold(display).split())):
            return display, sender.email
        if signed:
            return signed, sender.email
        return None, None
    email = None
    for addr in message.reply_to:
        if addr.email and not is_no_reply(addr.email):
            email = addr.email
            if not signed and looks_like_person(addr.name, orgs):
                signed = addr.name
    if signed and not email:
        lines, start = _signature_block(own)
        for ln in lines[max(start, 0):]:
            for found in _EMAIL.findall(ln):
                local = _letters(found.split("@")[0])
                if any(len(w) >= 3 and _letters(w) in local for w in signed.split()) and not is_no_reply(found):
                    email = found.lower()
    return signed, email


def extract_careers_url(message: Message, own: str, quoted_text: str) -> str | None:
    best, best_score = None, 0
    for link in message.links:
        url = link.url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or _URL_BAD.search(url):
            continue
        in_own = url in own or (link.text and link.text in own)
        if not in_own and url in quoted_text:
            continue
        host = parts.netloc.lower()
        on_platform = any(p in host for p in _PLATFORM_HOSTS)
        if on_platform and "/companies/" not in parts.path and "/company/" not in parts.path:
            continue
        score = 0
        if _URL_GOOD.search(host + parts.path):
            score += 2
        if link.text and _ANCHOR_GOOD.search(link.text):
            score += 2
        if parts.query:
            score -= 1
        if score > best_score:
            best, best_score = url, score
    return best


def extract(message: Message, own: str, verdict: Verdict) -> None:
    head, forwarded = split_forward(own)
    verdict.company = extract_company(message, own, forwarded)
    verdict.role = extract_role(message.subject or "", own, verdict.lang, verdict.company)
    verdict.contact_name, verdict.contact_email = extract_contact(message, head or own, verdict.company)
    quoted = message.text.replace(own, "") if message.text else ""
    verdict.careers_url = extract_careers_url(message, own, quoted)
