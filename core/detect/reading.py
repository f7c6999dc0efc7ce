"""How the classifier reads a message: the text the sender wrote (no quoted reply; a forwarded decision the sender
received set apart), as the phrase families read it. Folded (see ``text.fold``), with the dots that end no sentence
dropped (titles, abbreviations, ordinal dates), citations emptied (a status set on the application kept), line breaks
that end a sentence without a full stop marked, and a relay's third person ("we will not proceed with her") read as
the reader when the reader is the one named.
"""

from __future__ import annotations

import re

from nextround.detect import phrases as P
from nextround.detect.text import fold, new_text, outlook_forward, split_forward
from nextround.message import Message

# A quotation that follows a colon is a relay of the employer's words ("X replied to your application: "...""), not a citation.
_QUOTED = re.compile(r'(?<!:)(?<!: )"[^"]{0,300}"')


# Quotations that are no citation: a status set on the reader's application ("auf „Abgelehnt“ gesetzt", "status:
# 'Rejected'", "marked as "Not selected""), and a letter relayed whole, which greets the reader ("Beste Sanne, ...").
_STATUS_BEFORE = re.compile(r"(?:status\w*|statut|estado|estatus|situacao|etapa|fase|phase|stage|(?:set|marked|moved|changed|"
                            r"updated) (?:to|as)|marque\w* comme|passee? (?:a|en)|marcad[oa] como|cambiad[oa] a|alterad[oa] para|"
                            r"gemarkeerd als|markiert als|gezet op|op|auf|als|to|as|en|a|para|como|comme)\W{0,3}$")


_STATUS_AFTER = re.compile(r"\W{0,3}(?:gesetzt|geandert|markiert|gezet|gewijzigd|gemarkeerd|zuruckgestuft)\b")


_STATUS_WORDS = re.compile(r"\b(?:status\w*|staat|steht|stand|statut|estado|estatus|situacao|set|marked|moved|changed|updated|gesetzt|"
                           r"geandert|markiert|gezet|gewijzigd|gemarkeerd|marque\w*|passee?|marcad[oa]|cambiad[oa]|alterad[oa])\b")


_RELAYED = re.compile(r'["\'](?:dear|hi|hello|beste|hallo|hoi|liebe[r]?|sehr geehrte[r]?|guten tag|hola|estimad[oa]|querid[oa]|'
                      r'ola|prezad[oa]|car[oa]|bonjour|cher|chere|madame|monsieur) ')


def _cited(quote: re.Match[str]) -> str:
    """A quotation as the phrase families read it: emptied when it is cited (an article's example, advice), kept when
    it is the status set on the reader's application or a letter relayed to the reader."""
    text, start, end = quote.string, quote.start(), quote.end()
    inner = quote.group()
    if _RELAYED.match(inner):
        return inner  # a job board relays the employer's letter, greeting and all
    if inner.count(" ") < 4 and len(inner) < 40:  # a label, not a sentence
        before = text[max(0, start - 60):start]
        if (_STATUS_BEFORE.search(before) and _STATUS_WORDS.search(before + text[end:end + 20])) or \
                _STATUS_AFTER.match(text, end):
            return inner[1:-1]  # read as the status it is: "auf abgelehnt gesetzt"
    return '""'


# A citation in single quotes (advice columns and templates: "a line like 'we have decided to move on with other
# candidates' says ..."). Folded text keeps ' for apostrophes too ("don't", "l'entreprise", "the candidates' files"), so
# only a quote that opens after a space, a colon or a bracket, closes before a space or punctuation and holds three
# words or more; a short label ("status: 'Rejected'") is read as before.
_SQUOTED = re.compile(r"'(?<![^\s:(]')(?=[a-z])(?:[^'\"]|(?<=\w)'(?=\w)){8,300}?(?<=[\w.!?,])'(?=[\s.,;:!?)]|$)")


def _cited_single(quote: re.Match[str]) -> str:
    return _cited(quote) if quote.group().count(" ") >= 2 else quote.group()


def _unquote(text: str) -> str:
    """``text`` with its citations emptied (see ``_cited``)."""
    text = _QUOTED.sub(_cited, text) if '"' in text else text
    return _SQUOTED.sub(_cited_single, text) if "'" in text else text


_FWD_TO = re.compile(r"^(?:to|an|a|à|para|aan|para): .*$", re.I | re.M)


_FORMAL = re.compile(r"^(?:dear |hello |hi |bonjour |chere? |liebe[r]? |sehr geehrte[r]? |hola |estimad[oa] |beste |geachte |ol[aá] |car[oa] )?"
                     r"(?:mr\.?|mrs\.?|ms\.?|madame|monsieur|mme|m\.|frau|herr|senora?|sra\.?|sr\.?|mevrouw|meneer|dhr\.?|mevr\.?|"
                     r"senhora?) ([^\s,:!]+)")


_GREETING = re.compile(r"^(?:dear|hi|hello|hey|bonjour|coucou|hallo|liebe[r]?|hola|querida?|beste|hoi|ola|oi|caro|cara|prezad[oa])?\s*([^\s,:!]+)")


# A recruiter passing on their client's answer ("te reenvío la respuesta que me ha llegado del cliente") relays a
# decision about the reader, even when the forwarded mail greets the recruiter.
_CLIENT = re.compile(r"\b(?:(?:my|our|the|mi|nuestro|el|del|mon|notre|le|du|meu|nosso|o|do|mijn|onze|de) (?:client|cliente|klant|"
                     r"opdrachtgever)|(?:mein|unser|der|dem|des) (?:kunde|mandant|auftraggeber)\w*)\b")


_HEADER_LINE = re.compile(r"^\s*[\w-]{2,12}\s?:")  # "From: ...", "Betreff: ..." in a forwarded block


def _letter(forwarded: str) -> str:
    """A forwarded mail without its header lines and blank lines: where its greeting is."""
    return "\n".join(ln for ln in forwarded.split("\n") if ln.strip() and not _HEADER_LINE.match(ln))


def _owner_forward(message: Message, head: str, forwarded: str) -> bool:
    """Is the sender passing on a rejection *they* received (so nothing happened to the reader)?"""
    first = fold(message.sender.name).split(" ")[0] if message.sender.name else ""
    to_sender = False
    if message.sender.email:
        to_sender = any(message.sender.email in line.lower() for line in _FWD_TO.findall(forwarded[:2000]))
    opening = fold(_letter(forwarded)[:200])  # the forwarded letter's greeting
    if first and not to_sender:
        m = _GREETING.match(opening)
        to_sender = bool(m and m.group(1).strip(",") == first)
    if not to_sender and (message.sender.name or message.sender.email):
        # "Madame Roux, ..." in the forwarded mail, sent on by amandine.roux@...: the surname is the sender's
        m = _FORMAL.match(opening)
        names = set(re.split(r"[\s._-]+", fold(message.sender.name or "") + " " + (message.sender.email or "").split("@")[0].lower()))
        to_sender = bool(m and len(m.group(1)) > 2 and m.group(1) in names)
    folded_head = fold(head)
    if not (to_sender and P.OWNER_FORWARD.search(folded_head)) or _CLIENT.search(folded_head):
        return False
    # ...and a forwarded letter that names the reader ("gracias por presentarnos a Lucía") is about the reader
    reader = fold(message.to[0].name).split(" ")[0] if message.to and message.to[0].name else ""
    return not (len(reader) > 2 and re.search(rf"\b{re.escape(reader)}\b", fold(forwarded)))


# A line that opens a new sentence even after a line with no full stop: a greeting, thanks or a sign-off.
_OPENER = re.compile(r"(?:cheers|thanks|thank you|best|regards|kind regards|talk soon|take care|keep in touch|groet\w*|"
                     r"gru(?:ss|ß)\w*|lg|vg|saludos|un saludo|abrazos?|besos|bises|cordialement|cumprimentos|beijos|"
                     r"abracos?|obrigad[oa]|gracias|merci|danke|bedankt|dank je|hoi|hey|hi|hello|hola|ola|hallo|bonjour|"
                     r"salut|ciao|p\.?s\.?)\b")


_WRAPPED = 50  # a line this long or longer may be prose wrapped at the margin: a capital after it may go on the sentence


def line_ends(text: str, folded: str) -> str:
    """``folded`` with a line break wherever a line of ``text`` ends its sentence without a full stop: before a
    blank line, before a greeting or sign-off, or a short line before a capitalised one ("...you didn't get the
    job" / "keep in touch yeah?"). The same length as ``folded`` (or "" when the line-wise folding differs)."""
    pieces: list[str] = []
    previous, blank = "", False
    for line in text.split("\n"):
        stripped = line.strip()
        folded_line = fold(stripped) if stripped else ""
        if not folded_line:
            blank = blank or bool(pieces)
            continue
        if pieces:
            ends = blank or _OPENER.match(folded_line) or (len(previous) < _WRAPPED and stripped[:1].isupper())
            pieces.append("\n" if ends else " ")
        pieces.append(folded_line)
        previous, blank = stripped, False
    lines = "".join(pieces)
    lines = _unquote(lines)
    return lines if lines.replace("\n", " ") == folded else ""


def own_text(message: Message) -> tuple[str, bool]:
    """The text the sender wrote (no quoted reply; only the note above a decision the sender forwards), and whether
    the sender forwards a decision they received."""
    own, _quoted = new_text(outlook_forward(message.text or "", message.subject or ""))
    head, forwarded = split_forward(own)
    if forwarded and _owner_forward(message, head, forwarded):
        return head, True
    return own, False


# Dots that end no sentence (the phrase families' gaps and ``_sentence`` stop at every "."): a title before a name
# ("Frau Dr. Klein hat sich ... entschieden", "Sr. García"), an abbreviation inside a sentence ("z.B.", "bzw.",
# "i.A.", "bijv."), a reference number ("Ref. 2026-114: no hemos ..."), an ordinal date ("bis zum 15. März") and a
# date or time written with dots ("Ihre Bewerbung vom 03.11.2026 können wir ..."). Read in the text before folding,
# where a capital still tells a new sentence from an ordinal ("am 2. tag" / "12. Then").
_ALWAYS = ("dr", "dra", "prof", "profa", "mr", "mrs", "ms", "mme", "mlle", "dhr", "mevr", "mw", "sr", "sra", "srta", "exmo",
           "exma", "exa", "sto", "sta", "st", "dipl", "ing", "ir", "drs", "bzw", "bzgl", "evtl", "ggf", "inkl", "vgl", "sog",
           "bijv", "evt", "resp", "vs", "approx", "cf", "vd", "ud", "uds", "vds", "avda", "pag", "z.b", "u.a", "d.h", "i.a",
           "i.v", "o.g", "u.u", "e.g", "i.e", "o.a", "p.ex", "m.b.t", "i.v.m", "d.w.z", "t.a.v", "z.s.m")


# only before a number: "the answer is no. We ..." ends a sentence, "Nr. 5", "No. 4471", "n. 5521" do not
_NUMBERED = ("nr", "no", "n.o", "n", "ref", "ca", "art", "abs", "num", "tel", "pos")


_MONTHS = ("jan|feb|mar|mär|maa|apr|mai|may|mei|jun|jul|aug|sep|okt|oct|nov|dez|dec|fev|fév|avr|juil|aout|août|"
           "ene|dic|abr|ago|set|out")


def _behind(words: tuple[str, ...]) -> str:
    """Fixed-width look-behinds for the words before a dot, as written with and without a space after inner dots:
    one per length (the words of a length share it), not one per word, which the engine would try in turn at every
    dot."""
    forms = {form for w in words for form in (w, w.replace(".", ". "))}
    lengths = sorted({len(f) for f in forms}, reverse=True)
    return "|".join(rf"(?<=(?<![\w.])(?:{'|'.join(re.escape(f) for f in sorted(forms) if len(f) == n)})\.)"
                    for n in lengths)


# Each rule starts at the dot itself, so the scan only stops at dots (a tenth of the time of a scan for the words).
_UNDOT = re.compile(r"\.(?:(?<=\d\.)(?=\d)|(?<![a-z]{6}\.)(?:"  # a dot after a long word is tried no further
                    rf"(?:{_behind(_ALWAYS)})(?=[ \t]*\n?[ \t]*\w)"
                    rf"|(?:{_behind(_NUMBERED)})(?=[ \t]?(?:[\d#(]|(?:nr|no)\b))"
                    r"|(?<=(?<![\w.])\w\.)(?= ?\w\.)"  # the inner dots of "z.B.", "i.v.m.", "U.S."
                    rf"|(?:(?<=(?<![\w.])\d\.)|(?<=(?<![\w.])\d\d\.))(?=[ \t]+(?:{_MONTHS}))"
                    r"))", re.I)


# an ordinal after a preposition or an article, before a lower-case word ("am 2. tag", "op 3. plek"): case-sensitive
_ORDINAL_AFTER = ("am", "zum", "vom", "bis", "ab", "dem", "den", "der", "im", "zur", "seit", "op", "tot", "per")


_ORDINAL = re.compile(r"\.(?:" + "|".join(  # one look-behind per word length, as in ``_behind``
    rf"(?<=(?<!\w)(?:{'|'.join(w for w in _ORDINAL_AFTER if len(w) == n)}) \d{digits}\.)"
    for n in sorted({len(w) for w in _ORDINAL_AFTER}) for digits in ("", "\\d")) + ")(?= [a-zäöüß])")


def own_raw(message: Message, own: str) -> str:
    """The subject and the sender's own text as the phrase families read them before folding: the dots that end no
    sentence dropped."""
    raw = _UNDOT.sub("", (message.subject or "") + " .\n" + own)
    return _ORDINAL.sub("", raw)


def fold_own(message: Message, own: str, raw: str | None = None) -> str:
    """The subject and the sender's own text, folded, as the phrase families read them (``raw``: its ``own_raw``)."""
    folded = fold(own_raw(message, own) if raw is None else raw)
    return _unquote(folded)


# A relay: an agency or an HR colleague passes on, with a word of regret or a "see below", a decision that speaks of
# the reader in the third person ("we gaan niet verder met haar", "we nemen Mohamed Amrani niet aan", "won't be taking
# Rohan forward"). The reader's name (the To: display name or the note's greeting) read as "you" in the forwarded part.
_RELAY_NOTE = re.compile(r"\b(?:see (?:below|their|the (?:reply|answer|feedback|response))|below|bad news|unfortunately|sadly|sorry|"
                         r"zie (?:hieronder|onder)|onderstaande|hieronder|helaas|jammer|spijt|siehe unten|unten|leider|"
                         r"ci-dessous|malheureusement|desole|te paso|abajo|lo siento|lamentablemente|desafortunadamente|"
                         r"abaixo|infelizmente|lamento|sinto muito)\b")


# a greeting that names someone: "Hoi Noor,", "Hi Owen", "Buenas Marta:" (a greeting word first)
_GREETED = re.compile(r"(?:dear|hi|hello|hey|bonjour|coucou|hallo|liebe[r]?|hola|buenas|querid[oa]|beste|hoi|ola|oi|caro|cara|"
                      r"prezad[oa]|sehr geehrte[r]? (?:frau|herr)|geachte (?:heer|mevrouw)) ([a-z][\w'-]{2,})\b")


_YOU = {"en": "you", "nl": "je", "de": "sie", "fr": "vous", "es": "usted", "pt": "voce"}


_THIRD = {"en": re.compile(r"\b(?:him|her)\b"), "nl": re.compile(r"\b(?:haar|hem)\b"), "de": re.compile(r"\bihn\b"),
          "pt": re.compile(r"\b(?:ele|ela)\b")}


_TITLE = r"(?:(?:mr|mrs|ms|miss|frau|herrn?|mevrouw|meneer|de heer|dhr|mevr|madame|monsieur|mme|senora?|sra?|senhora?|sr)\.? )?"


_HIRING_SIDE = re.compile(r"(?:interview\w*|met (?:her|him|them)|spoke (?:to|with)|heeft (?:met \w+ )?gesproken|sprak|gesprochen|"
                          r"interviewt|entrevist\w*|a rencontre|a vu|recommended|aanbevolen|empfohlen|referred)\b")


_CLIENT_WORDS = ("client", "klant", "kunde", "opdrachtgever", "auftraggeber", "mandant")


def names_client(folded: str) -> bool:
    """Does the text speak of an agency's client (a cheap test before ``relay_as_reader`` reads a note)?"""
    return any(w in folded for w in _CLIENT_WORDS) and bool(_CLIENT.search(folded))


# the hiring side thanks the forwarder for referring the reader ("obrigado por indicar Fernanda", "thanks for
# introducing Sam", "danke, dass Sie Frau Rivera empfohlen haben" is not caught: the verb comes last)
_REFERRED = (r"\b(referring|recommending|introducing|putting forward|suggesting|indicar|indicou|indicado|recomendar|"
             r"recomendaste|referiste|presentaste|voorgedragen|aangedragen|aanbevolen|doorverwezen|vorgeschlagen|empfohlen|"
             r"recommande|presente) (?:(?:de|o|a|el|la|le|herrn|frau|mevrouw|meneer|mr|ms|mrs) )?")


def relay_as_reader(message: Message, own: str, lang: str) -> str | None:
    """The sender's text with the reader named as "you" in the decision it relays, or None when it is no relay to
    the reader (no forward, no word of regret or "see below" above it, the reader's name not in it). A recruiter's
    own note that passes on their client's answer in the client's terms ("the client won't move forward with Maria",
    "de klant gaat niet verder met Sam") is read the same way, below its greeting."""
    head, forwarded = split_forward(own)
    folded_head = fold(head)
    if not forwarded:
        return _note_as_reader(message, folded_head, lang)
    if not _RELAY_NOTE.search(folded_head):
        return None
    names = []
    if message.to and message.to[0].name:
        names.append(fold(message.to[0].name))
    greeting = _GREETED.match(folded_head.lstrip())
    if greeting:
        names.append(greeting.group(1))
    folded_fwd = fold(forwarded)
    addressed = fold(" ".join(_FWD_TO.findall(forwarded[:2000])))
    body = _letter(forwarded)
    opening = _GREETED.match(fold(body[:200]))
    sender = fold(message.sender.name or "")
    for name in names:
        parts = name.split(" ")
        if len(parts[0]) < 3 or parts[0] in sender.split(" "):
            continue
        forms = [name] if len(parts) > 1 else []
        forms += [parts[0]] + ([_TITLE[:-1] + re.escape(parts[-1])] if len(parts) > 1 and len(parts[-1]) > 3 else [])
        rx = re.compile(r"\b(?:" + "|".join(f if f.startswith("(?:") else re.escape(f) for f in forms) + r")\b")
        if not rx.search(folded_fwd) or rx.search(addressed) or (opening and rx.match(opening.group(1))):
            continue  # not named, or the forwarded mail was written to the reader: no third person
        if _HIRING_SIDE.search(folded_fwd, 0, 4000) and re.search(rx.pattern + r" (?:\w+ ){0,3}?" + _HIRING_SIDE.pattern, folded_fwd):
            return None  # "Sam interviewed her", "Sam heeft met haar gesproken": the reader is on the hiring side
        you = _YOU.get(lang, "you")
        referred = re.compile(_REFERRED + rx.pattern)
        body = rx.sub(you, referred.sub(r"\1 " + you, folded_fwd))  # "indicar o Sam": "indicar voce"
        third = _THIRD.get(lang)
        body = third.sub(_YOU[lang], body) if third else body
        # the forwarded letter thanks for referring the reader: the note's "your referral" is of the reader, not by them
        return body if referred.search(folded_fwd) else folded_head + "\n" + body
    return None


def _note_as_reader(message: Message, folded: str, lang: str) -> str | None:
    """A recruiter's note that names the reader in the third person beside their client ("leider hat sich der Kunde
    gegen Herrn Rivera entschieden"): the note with the reader's name read as "you" after its greeting."""
    if not message.to or not message.to[0].name or not names_client(folded):
        return None
    name = fold(message.to[0].name)
    parts = name.split(" ")
    if len(parts[0]) < 3 or parts[0] in fold(message.sender.name or "").split(" "):
        return None
    greeting = _GREETED.match(folded.lstrip())
    start = len(folded) - len(folded.lstrip()) + (greeting.end() if greeting else 0)
    forms = [re.escape(name)] * (len(parts) > 1) + [re.escape(parts[0])]
    if len(parts) > 1 and len(parts[-1]) > 3:
        forms.append(_TITLE[:-1] + re.escape(parts[-1]))
    rx = re.compile(r"\b(?:" + "|".join(forms) + r")(?:'s)?\b")
    if not rx.search(folded, start):
        return None
    return folded[:start] + rx.sub(_YOU.get(lang, "you"), folded[start:])


# The reader's own words about their application, in the mail they wrote and the sender quotes ("ich wollte mich nach
# dem Stand meiner Bewerbung erkundigen", "any news on my application?"): the reply's decision answers that question.
_MY_APPLICATION = re.compile(r"\b(?:(?:my|meine[rmns]?|mijn|ma|mon|mi|minha|meu) (?:job )?(?:application|bewerbung|sollicitatie|"
                             r"candidature|candidatura|solicitud|postulacion|inscricao)|i (?:have )?applied|"
                             r"ich (?:habe )?mich (?:\w+ ){0,4}beworben|ik heb (?:\w+ ){0,4}gesolliciteerd|j'ai postule|"
                             r"me postule|postulei|me candidatei)\b")


def reader_asked(message: Message) -> bool:
    """Does the sender quote the reader's mail (attributed to the reader's address) asking about their application?"""
    reader = message.to[0].email.lower() if message.to and message.to[0].email else ""
    if not reader or ">" not in (message.text or ""):
        return False
    quoted = new_text(message.text or "")[1]
    if reader not in quoted[:3000].lower():
        return False
    folded = fold(quoted[:3000])
    return bool(_MY_APPLICATION.search(folded)) and not P.NOT_A_JOB.search(folded)
