"""How the classifier reads a message: the text the sender wrote (no quoted reply; a forwarded decision the sender
received set apart), as the phrase families read it. Folded (see ``text.fold``), with the dots that end no sentence
dropped (titles, abbreviations, ordinal dates), citations emptied (a status set on the application kept), line breaks
that end a sentence without a full stop marked, and a relay's third person ("we will not proceed with her") read as
the reader when the reader is the one named.
"""

from __future__ import annotations

import functools
import re

import ahocorasick

from nextround.detect import phrases as P
from nextround.detect.text import FORWARD_MARK, FORWARD_SUBJECT, fold, new_text, outlook_forward, split_forward
from nextround.message import Message

# What stands for words emptied by the reading below: no quotation mark (an odd one would pair with the next quote),
# no full stop (a question would lose its question mark)
_EMPTIED = "(-)"

# A quotation that follows a colon is a relay of the employer's words ("X replied to your application: "...""), not a citation.
# (its look-behinds written after the opening quotation mark, which they then include: the engine skips to the
# quotation marks instead of trying them at every place; the same matches)
_QUOTED = re.compile(r'"(?<!:")(?<!: ")[^"]{0,300}"')


# Quotations that are no citation: a status set on the reader's application ("auf „Abgelehnt“ gesetzt", "status:
# 'Rejected'", "marked as "Not selected""), and a letter relayed whole, which greets the reader ("Beste Sanne, ...").
_STATUS_BEFORE = re.compile(r"(?:status\w*|statut|estado|estatus|situacao|etapa|fase|phase|stage|(?:set|marked|moved|changed|"
                            r"updated) (?:to|as)|marque\w* comme|passee? (?:a|en)|marcad[oa] como|cambiad[oa] a|alterad[oa] para|"
                            r"gemarkeerd als|markiert als|gezet op|op|auf|als|to|as|en|a|para|como|comme)\W{0,3}$")


_STATUS_AFTER = re.compile(r"\W{0,3}(?:gesetzt|geandert|markiert|gezet|gewijzigd|gemarkeerd|zuruckgestuft)\b")


_STATUS_WORDS = re.compile(r"\b(?:status\w*|staat|steht|stand|statut|estado|estatus|situacao|set|marked|moved|changed|updated|gesetzt|"
                           r"etapa|fase|phase|stage|movid[oa]|verplaatst|verschoben|deplacee?|"
                           r"geandert|markiert|gezet|gewijzigd|gemarkeerd|marque\w*|passee?|marcad[oa]|cambiad[oa]|alterad[oa])\b")


_RELAYED = re.compile(r'["\'] ?(?:dear|hi|hello|beste|hallo|hoi|liebe[r]?|sehr geehrte[r]?|guten tag|hola|estimad[oa]|querid[oa]|'
                      r'ola|prezad[oa]|car[oa]|bonjour|cher|chere|madame|monsieur) ')


# the name a quoted letter greets ("'Dear Jordan, ...'"); a placeholder ("Dear {{first_name}}") names no one
_QUOTE_GREETS = re.compile(r'["\'] ?\w+(?: \w+)? (\S+?)[\s,.:!]')  # (French sets a space inside: « Bonjour X »)
_QUOTE_GREETS_ONE = re.compile(r'["\'] ?\w+ (\w+)')
_PLACEHOLDER_OPEN = frozenset("{[<%$")
# greetings that name no one in particular: a relay to the reader may open so
_ANYONE = frozenset(("candidate", "applicant", "applicants", "candidates", "sir", "madam", "sir/madam", "all", "there",
                     "team", "friend", "kandidat", "kandidaat", "sollicitant", "candidat", "candidata", "candidato",
                     "bewerber", "bewerberin", "postulante", "senor", "senora", "senhor", "senhora", "monsieur", "madame"))


def _greets_someone_else(inner: str, names: frozenset[str] | None) -> bool:
    """Does a quoted letter greet someone other than the reader (a draft to a candidate the reader is to send, a
    template, a letter in a story)? Unknown when the reader's names are not known."""
    greeted = _QUOTE_GREETS.match(inner)
    if not greeted or not names:
        return False
    name = greeted.group(1)
    if not name[:1].isalnum() and name[:1] not in _PLACEHOLDER_OPEN and (one := _QUOTE_GREETS_ONE.match(inner)):
        name = one.group(1)  # "Hi Jordan – thanks again": the dash after the name, no second greeting word
    if not name[:1].isalpha():
        return True  # "Dear {{first_name}}", "Hi [Name]": a template
    if name in _ANYONE or len(name) < 3:
        return False
    return not any(n.startswith(name) or name.startswith(n) for n in names if len(n) > 2)


def _cited(quote: re.Match[str], names: frozenset[str] | None = None) -> str:
    """A quotation as the phrase families read it: emptied when it is cited (an article's example, advice), kept when
    it is the status set on the reader's application or a letter relayed to the reader."""
    text, start, end = quote.string, quote.start(), quote.end()
    inner = quote.group()
    if _RELAYED.match(inner):
        # a job board relays the employer's letter, greeting and all; a letter to someone else is cited
        return '""' if _greets_someone_else(inner, names) else inner
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


def _cited_single(quote: re.Match[str], names: frozenset[str] | None = None) -> str:
    return _cited(quote, names) if quote.group().count(" ") >= 2 else quote.group()


# A quotation after a colon is a relay of the employer's words ("X replied to your application: "..."") unless the
# colon ends an example's label ("Sample: "Dear Alex, we have decided..."""), the quotation is a letter to someone
# else, or it is a member's own story ("Rosa wrote: "they told me they chose another candidate"").
_COLON_QUOTED = re.compile(r'(?<=:) ?"[^"]{0,300}"')
_EXAMPLE_LABEL = re.compile(r"\b(?:sample|example|examples|template|e\.?g|for instance|preview|draft|variant \w|version \w+|"
                            r"prompt|output|input|model letter|wrote|posted|writes|posts|shared)\W{0,3}$")
_OWN_STORY = re.compile(r"\b(?:i'm|i got|i was|i had|(?:told|sent|gave|emailed|wrote|rejected|to) me)\b")  # English only


def _colon_cited(quote: re.Match[str], names: frozenset[str] | None) -> str:
    inner = quote.group().lstrip()
    before = quote.string[max(0, quote.start() - 40):quote.start() + 1]
    relayed = _RELAYED.match(inner)  # a letter, greeting and all
    if _EXAMPLE_LABEL.search(before[:-1]) or (relayed and _greets_someone_else(inner, names)) or \
            (not relayed and _OWN_STORY.search(inner)):
        return " " + _EMPTIED
    return quote.group()


# Reported words, not said in this mail: "an email saying another candidate was chosen", "our previous email
# incorrectly stated that...", "if a company tells you they have decided not to...", "I know we said we were going with
# someone else, but..." (up to the sentence's end, or a "but" that turns to the mail's own words).
_REPORTED = re.compile(
    r"\b(?:(?:e-?mails?|letters?|messages?|notes?|notices?|notifications?|texts?|repl(?:y|ies)|responses?|lines?|rejections?)"
    r"(?: (?:from|to|of) \w+| you (?:received|got|had|read)| (?:this morning|yesterday|last week|earlier|on \w+)){0,3},? "
    r"(?:(?:incorrectly|wrongly|mistakenly|erroneously) (?:stated|said)|"
    r"saying|stating|that (?:says|said|stated|reads|read|told you)|which (?:says|said|stated|reads|read)|telling (?:you|me|him|"
    r"her|them|us)|(?:told|informed|notified) you)|(?<!\bas )(?:the|that|their|his|her|an?) (?:e-?mail|letter|message|note) (?:just )?said|"
    r"(?:if|when|whenever|once) (?:a|an|the|your|any) (?:company|employer|recruiter|hiring manager|hiring team|"
    r"firm|business|organi[sz]ation|panel) (?:tells|says|writes|emails|informs)(?: (?:to )?you)?|(?:if|when|whenever|once) "
    r"(?:an?|any) (?:company|employer|recruiter|hiring manager|hiring team|firm|business|organi[sz]ation|panel)\b|"
    r"(?:explain|complain)\w* (?:to (?:them|him|her) )?that|(?:know|remember|recall|"
    r"reali[sz]e) (?:that )?(?:i|we|they) (?:said|told you|wrote|mentioned)|"
    # people who were told, asked what they were told: "listeners who were told they were not selected", "did the
    # employer tell you why they chose another person?", "I told a candidate last year we had gone with someone else"
    r"(?:who|that) (?:were|was|have been|had been|got) told|(?:getting|receiving|hearing|reading|got|received|heard|read) "
    r"(?:the|a|an|that) (?:[\w-]+ )?(?:line|phrase|sentence|e-?mail|message|letter|note) that|tell (?:you|them|him|her) (?:why|whether|if|how)|"
    r"(?:i|we|they|she|he) (?:told|informed|emailed|wrote to) (?:a|an|one|another|each|every) (?:[\w-]+ )?(?:candidate|"
    r"applicant|finalist|person|graduate)(?: [\w-]+){0,3}?|"
    r"(?:told|informed|notified|emailed|written to|called) (?:the|those|these|both)(?: (?!you\b|your\b)[\w'-]+){1,6}? that)"
    r"(?: that)?\b[^.!?;\n]*?(?=, but\b|[.!?;\n]|$)")
# (each a pass over the text when absent: "when an" and "if any" hold "when a" and "if a", so they are not asked)
_REPORTED_CUES = ("saying", "stating", "stated", "said", "says", "told", "tell", "writes", "wrote", "emailed", "informs",
                  "mentioned", "line that", "mail that", "message that", "letter that", "when a", "if a", "explain",
                  "complain")


# The cues in one Aho-Corasick automaton: one pass in C over the text finds whether any occurs (a test per cue was a
# pass each, and the cues that share a piece, "sa" or " that", were looked for from each place the piece occurs).
_CUE_SCAN = ahocorasick.Automaton()
for _cue in _REPORTED_CUES:
    _CUE_SCAN.add_word(_cue, _cue)
_CUE_SCAN.make_automaton()


def _cued(text: str) -> bool:
    """``any(cue in text for cue in _REPORTED_CUES)``, in one pass over the text."""
    return next(_CUE_SCAN.iter(text), None) is not None


def _reported(text: str) -> str:
    if not _cued(text):
        return text
    return _REPORTED.sub(lambda m: m.group().split(" ", 1)[0] + " " + _EMPTIED, text)


# A letter written out inside the mail to someone other than the reader, without quotation marks: a draft the reader is
# asked to check, a story's or a course's sample ("...before I send it to Jordan? Dear Jordan, we have decided...").
# Emptied from its greeting to its sign-off, unless a relay note before it passes on the employer's answer ("see their
# reply below: Hi Priya, ...").
# (written to begin with the greeting's first letter, its look-behind after it: the engine then skips to the "d"s and
# "h"s, where a leading look-behind was tried at every place; the same matches)
_INNER_GREETING = re.compile(r"(?:d(?<=[.!?:] d)ear|h(?<=[.!?:] h)(?:i|ello|ey)) (?:(?:mr|mrs|ms|miss|dr|prof|mx) )?"
                             r"([\w{\[][\w'{}\[\]-]*),")
_SIGN_OFF = re.compile(r"\b(?:(?:kind |best |warm |with )?regards|sincerely|yours (?:sincerely|faithfully|truly)|"
                       r"best wishes|(?:best|cheers|thanks|many thanks|warmly),)")


def _letters_to_others(text: str, names: frozenset[str]) -> str:
    for greeting in _INNER_GREETING.finditer(text):
        if not _greets_someone_else(f'"{greeting.group()}', names) or _RELAY_NOTE.search(text, 0, greeting.start()):
            continue
        sign_off = _SIGN_OFF.search(text, greeting.end())
        end = sign_off.end() if sign_off else len(text)
        return text[:greeting.start()] + _EMPTIED + _letters_to_others(text[end:], names)
    return text


def _unquote(text: str, names: frozenset[str] | None = None) -> str:
    """``text`` with its citations emptied (see ``_cited``); ``names``: the reader's, to tell a letter to someone else."""
    if names and any(map(text.__contains__, (" dear ", " hi ", " hello ", " hey "))):
        text = _letters_to_others(text, names)
    if '"' in text:
        text = _COLON_QUOTED.sub(lambda q: _colon_cited(q, names), text) if ':"' in text or ': "' in text else text
        text = _QUOTED.sub(lambda q: _cited(q, names), text)
    text = _SQUOTED.sub(lambda q: _cited_single(q, names), text) if "'" in text else text
    return _reported(text)


# (French sets a space before the colon: "À : ...", "De : ...")
_FWD_TO = re.compile(r"^(?:to|an|a|à|para|aan) ?: .*$", re.I | re.M)


_FORMAL = re.compile(r"^(?:dear |hello |hi |bonjour |chere? |liebe[r]? |sehr geehrte[r]? |hola |estimad[oa] |beste |geachte |ol[aá] |car[oa] )?"
                     r"(?:mr\.?|mrs\.?|ms\.?|madame|monsieur|mme|m\.|frau|herr|senora?|sra\.?|sr\.?|mevrouw|meneer|dhr\.?|mevr\.?|"
                     r"senhora?) ([^\s,:!]+)")


_GREETING = re.compile(r"^(?:dear|hi|hello|hey|bonjour|coucou|hallo|liebe[r]?|hola|querida?|beste|hoi|ola|oi|caro|cara|prezad[oa])?\s*([^\s,:!]+)")


# A recruiter passing on their client's answer ("te reenvío la respuesta que me ha llegado del cliente") relays a
# decision about the reader, even when the forwarded mail greets the recruiter.
_CLIENT = re.compile(r"\b(?:(?:my|our|the|mi|nuestro|el|del|mon|notre|le|du|meu|nosso|o|do|mijn|onze|de) (?:client|cliente|klant|"
                     r"opdrachtgever)|(?:mein|unser)(?:e[mns]?)? (?:kunde|mandant|auftraggeber)\w*|(?:der|dem|des) "
                     r"(?:kunde|mandant|auftraggeber)\w*)\b")  # "die Antwort meines Kunden", "von unserem Mandanten"


_HEADER_LINE = re.compile(r"^\s*(?:[\w-]{2,12}|à)\s?:", re.I)  # "From: ...", "Betreff: ", "À : " in a forwarded block


def _letter(forwarded: str) -> str:
    """A forwarded mail without its header lines and blank lines: where its greeting is."""
    return "\n".join(ln for ln in forwarded.split("\n") if ln.strip() and not _HEADER_LINE.match(ln))


# The words of an address's local part ("sam.rivera", "j_doe+jobs"), compiled once: ``_addressee`` splits every mail's
# To: addresses (``re.split`` with a pattern's text looks its compiled form up in ``re``'s cache at each call).
_ADDRESS_WORDS = re.compile(r"[._+-]+")


def _person(name: str | None, email: str | None) -> set[str]:
    """The words that name a person: their display name's and their address's local part ("sam.rivera")."""
    words = fold(name or "").split() + _ADDRESS_WORDS.split((email or "").lower().split("@")[0])
    return {w for w in words if len(w) > 2}


def _to_self(message: Message) -> bool:
    """Is the mail sent to the sender's own address, or to another address that names the same person ("Sam Rivera
    <sam@work...>" to "sam.rivera@home...")?"""
    sender = message.sender
    email = (sender.email or "").lower()
    own = _person(sender.name, sender.email)
    for to in message.to:
        address = (to.email or "").lower()
        if email and address == email:
            return True
        theirs = _person(to.name, to.email)
        if len(own) > 1 and len(theirs) > 1 and (own <= theirs or theirs <= own):
            return True
    return False


# the forwarded letter speaks of a candidate in the third person: an employer's answer to an agency, not a letter to
# the one turned down ("wij gaan niet verder met deze kandidaat", "we won't progress your candidate")
_CANDIDATE = re.compile(r"\b(?:(?:the|this|that|your|de|deze|die|der|den|dem|le|ce|cette|votre|el|este|esta|su|o|seu|sua) "
                        r"(?:kandidaat|kandidate|kandidat(?:in|en)?|candidat[eo]?|candidata|applicant|sollicitant|"
                        r"bewerber(?:in)?|candidate)\b(?! (?:pool|pack|portal|profile|experience|journey)\b)|"
                        r"the person you (?:put forward|introduced|sent))")
_FWD_FROM = re.compile(r"^[ \t]*(?:from|von|de|van) ?: [^\n]*?@([\w.-]+)", re.I | re.M)


def _colleague(message: Message, forwarded: str) -> bool:
    """Was the forwarded letter written from the sender's own domain (a colleague's note passed on by the hiring side)?"""
    m = _FWD_FROM.search(forwarded[:2000])
    domain = (message.sender.email or "").lower().rpartition("@")[2]
    return bool(m and domain and m.group(1).lower().rstrip(".>") == domain)


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
    if not to_sender or _CLIENT.search(folded_head):
        return False
    # A letter written to the sender and sent on to someone else (a coach, a partner, a friend) is the sender's news
    # even without a word asking for advice ("FYI - Harbourside didn't work out"); not so the sender's copy sent to
    # their own other address ("for my records"), a colleague's note passed on by the hiring side, or an employer's
    # answer about an agency's candidate.
    if not P.OWNER_FORWARD.search(folded_head) and (_to_self(message) or _colleague(message, forwarded) or
                                                    _CANDIDATE.search(fold(forwarded))):
        return False
    # ...and a forwarded letter that names the reader ("gracias por presentarnos a Lucía", "gegen Herrn Rivera") is
    # about the reader: named in the letter, not its header lines, and by surname only after a title (a parent's is
    # the same)
    names = [n for n in fold(message.to[0].name).split(" ") if len(n) > 2] if message.to and message.to[0].name else []
    if not names:
        return True
    forms = [re.escape(names[0])] + ([_TITLE[:-1] + re.escape(names[-1])] if len(names) > 1 and len(names[-1]) > 3 else [])
    return not re.search(r"\b(?:" + "|".join(forms) + r")\b", fold(_letter(forwarded)))


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


# Apple Mail writes a forward's marker with no dashes ("Begin forwarded message:"), and may quote the forwarded mail
# line by line with ">" (as a reply quotes): without a dashed marker the forwarded header block ("From: ... Date:")
# reads as a reply's quote and the forwarded decision is dropped.
# (in each language Apple Mail speaks: "Anfang der weitergeleiteten Nachricht:", "Début du message réexpédié :")
_APPLE_FORWARD = re.compile(r"^[ \t]*(?:>[ \t]*)?(?:begin forwarded message|anfang der weitergeleiteten (?:nachricht|e-mail)|"
                            r"d[ée]but du message r[ée]exp[ée]di[ée]|inicio del mensaje reenviado|begin doorgestuurd "
                            r"bericht|in[íi]cio da mensagem (?:re)?encaminhada)[ \t]*:?[ \t]*$", re.I | re.M)
_APPLE_WORDS = ("der weitergeleiteten", "message réexpédié", "message reexpedie", "mensaje reenviado",
                "egin doorgestuurd bericht", "mensagem reencaminhada", "mensagem encaminhada")
# the first line of a forwarded mail quoted with ">": its header block ("> From: ...", "> Subject: ...")
_QUOTED_HEADER = re.compile(r"^[ \t]*>[ \t]*(?:from|von|de|van|subject|betreff|onderwerp|objet|asunto|assunto|date|sent)"
                            r"[ \t]?:", re.I | re.M)
_QUOTE_MARK = re.compile(r"^[ \t]*> ?", re.M)


def forward_shapes(text: str, subject: str) -> str:
    """``text`` with the forwards mail clients write without Gmail's dashed marker written with it: Apple Mail's
    "Begin forwarded message:" line, and a forwarded mail quoted with ">" under a forward's subject ("Fwd: ...")."""
    apple = "egin forwarded message" in text or "EGIN FORWARDED MESSAGE" in text or \
        (any(words in text for words in _APPLE_WORDS) and bool(_APPLE_FORWARD.search(text)))
    if apple:
        text = _APPLE_FORWARD.sub(FORWARD_MARK, text, count=1)
    if ">" not in text or not (apple or FORWARD_SUBJECT.match(subject)):
        return text
    m = _QUOTED_HEADER.search(text)
    if not m:
        return text
    start = text.rfind("\n", 0, m.start()) + 1
    head = text[:start]
    before, after = split_forward(head)
    if after.strip(" \t\n>"):
        return text  # quoted lines inside a forwarded mail are its own earlier thread: still a quote
    marker = "" if len(before) < len(head) else FORWARD_MARK + "\n"  # Apple's line, already a marker
    return head + marker + _QUOTE_MARK.sub("", text[start:])


# A letter sent on again under its own subject ("Your application", no "Fwd:"), below Outlook's header block or its
# "Original Message" line: the note says so ("resending the note below", "forwarding this", "see below"), and the
# letter was not written to the sender (a reply quoting the reader's letter to the sender stays a quote).
_RESEND_NOTE = re.compile(r"\b(?:re-?send\w*|(?<!look )(?<!looking )forward(?:ing|ed)?\b(?! to\b)|sending (?:this|it) (?:on|again)|passing (?:this|it) on|"
                          r"see (?:below|the (?:note|e-?mail|mail|message|letter) below)|(?:note|e-?mail|mail|message|letter) below)\b")
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|sv|rif|r)\s*:", re.I)


def _resent(message: Message, text: str) -> str:
    """``text`` with a letter sent on again under its own subject marked as a forward (see ``_RESEND_NOTE``)."""
    subject = message.subject or ""
    if not ("From:" in text or "Original Message" in text) or FORWARD_SUBJECT.match(subject) or \
            _REPLY_SUBJECT.match(subject):
        return text
    marked = outlook_forward(text, "Fwd: " + subject)
    if marked == text:
        return text
    head, forwarded = split_forward(marked)
    email = (message.sender.email or "").lower()
    if not _RESEND_NOTE.search(fold(head)) or (email and any(email in ln.lower() for ln in _FWD_TO.findall(forwarded[:2000]))):
        return text
    return marked


def own_text(message: Message) -> tuple[str, bool]:
    """The text the sender wrote (no quoted reply; only the note above a decision the sender forwards), and whether
    the sender forwards a decision they received."""
    text = forward_shapes(message.text or "", message.subject or "")
    own, _quoted = new_text(outlook_forward(_resent(message, text), message.subject or ""))
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


# An ATS's status table read out of HTML puts its label cell and its value cell in paragraphs of their own ("Estado\n\n
# Descartada", "Status\n\nAfgewezen"): read as the field they are ("Estado: Descartada"), as a plain-text mail writes
# it. (Only a label alone on its line, ending in the status word, before a short value line; only in mail with HTML.)
_STATUS_CELL = re.compile(r"^([^\S\n]*(?:[\w-]+ ){0,3}?\w*(?:status|statut|estado|estatus|situa[cç][aã]o))[^\S\n]*\n"
                          r"(?:[^\S\n]*\n)?(?=[^\S\n]*[^\s:][^\n:]{0,40}(?:\n|\Z))", re.I | re.M)
_STATUS_ENDS = ("tatus\n", "tatut\n", "stado\n", "uação\n", "uacao\n")


def own_raw(message: Message, own: str) -> str:
    """The subject and the sender's own text as the phrase families read them before folding: the dots that end no
    sentence dropped, a status table's label and value read as one field."""
    if message.html is not None and any(map(own.__contains__, _STATUS_ENDS)):
        own = _STATUS_CELL.sub(r"\1: ", own)
    raw = _UNDOT.sub("", (message.subject or "") + " .\n" + own)
    return _ORDINAL.sub("", raw)


def fold_own(message: Message, own: str, raw: str | None = None) -> str:
    """The subject and the sender's own text, folded, as the phrase families read them (``raw``: its ``own_raw``)."""
    raw = own_raw(message, own) if raw is None else raw
    return _read(raw, tuple((a.name or "", a.email or "") for a in message.to[:3]))


# The classifier reads a mail more than once (its verdict, then the fields or the category): the reading is kept for
# the last four texts (a pure function of the text and the To: header): it spares the same mail's second reading,
# and is too small to serve a corpus that repeats its mails.
@functools.lru_cache(maxsize=4)
def _read(raw: str, to: tuple[tuple[str, str], ...]) -> str:
    folded = fold(_shown_not_sent(raw) if ":" in raw else raw)
    if (" dit " in folded or " deze " in folded) and any(map(folded.__contains__, _IN_ERROR)):
        folded = _DISCLAIMER.sub(_EMPTIED, folded)
    return _unquote(folded, _addressee(to, folded))


# A signature's legal disclaimer in Dutch ("Als u dit bericht per vergissing heeft ontvangen, ...", "Indien u niet de
# geadresseerde bent of dit bericht abusievelijk aan u is toegezonden, ...") says nothing of the letter above it: its
# "per vergissing" is no rejection sent by mistake (a Dutch look-alike's words). Emptied to its sentence's end; only
# the conditional "if you received this message in error" form. (The other languages' disclaimers share no words with
# a look-alike: "if you have received this email in error", "diese E-Mail irrtümlich erhalten", "reçu par erreur".)
_DISCLAIMER = re.compile(
    r"\b(?:indien|als|wanneer|mocht) (?:u|je) (?:niet de (?:juiste )?geadresseerde bent,? (?:of|en) )?(?:dit (?:e-?mail)?"
    r"(?:bericht|e-?mail)|deze (?:e-?mail|mail)) (?:[\w-]+ ){0,3}?(?:per abuis|per vergissing|onterecht|ten onrechte|"
    r"abusievelijk|foutief)\b[^.!?\n]*")
_IN_ERROR = ("abu", "vergissing", "onterecht", "onrechte", "foutief")  # the look-alike's words ("abu": abuis, abusievelijk)


# A message shown, not sent, introduced by a colon and without quotation marks: an example in a course or a vendor's
# mail ("Example of a good closing message: Thank you for your time. We have chosen..."), a letter someone else
# received in a story or a coach's anecdote ("Ruth, 58, receives an email: unfortunately, we have decided...", "a
# client of mine got the classic line: ..."). The rest of its paragraph is emptied. (Not the reader's, ours or mine:
# "you received a message:", "I got the reply: they've chosen another candidate" may relay the reader's own news.)
_LABELS = ("example", "sample", "template", "script", "model ", "variant ")
_SHOWN_LABEL = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))[ \t]*(?:example|sample|template|script|model (?:answer|letter|reply)|"
                          r"variant [a-z0-9])\b[^\n:.!?<>@]{0,40}:[ \t]*(?=\S)", re.I)
_SHOWN_NOUNS = ("mail:", "letter:", "message:", "line:", "note:", "text:", "reply:", "rejection:")
_SHOWN_RECEIVED = re.compile(r"(?<![\w'])([a-z]+),?(?: \d+,)? (?:receives|received|gets|got|reads|read|opens|opened) "
                             r"(?:an?|the|this|that|her|his|their)(?: [\w'-]+){0,3}? (?:e-?mail|letter|message|line|note|"
                             r"text|reply|rejection)s?:[ \t]*(?=\S)", re.I)


# ``_SHOWN_LABEL`` after the paragraph's start, read from the line break or the space before the label's place: the
# engine skips to those (the pattern, which begins with its look-behinds, was tried at every place of the paragraph).
_SHOWN_LABEL_AFTER = re.compile(r"(?:\n| (?<=[.!?] ))" + _SHOWN_LABEL.pattern.removeprefix(r"(?:^|(?<=[.!?] )|(?<=\n))"),
                                re.I)
assert _SHOWN_LABEL_AFTER.pattern.count("(?<=") == 1


def _label_end(paragraph: str) -> int | None:
    """Where ``_SHOWN_LABEL.search(paragraph)`` ends, or None (after the paragraph's start the same match, begun one
    character early: at the line break or the space before it)."""
    m = _SHOWN_LABEL.match(paragraph) or _SHOWN_LABEL_AFTER.search(paragraph)
    return m.end() if m else None


def _shown(paragraph: str, labelled: bool, received: bool) -> int | None:
    """Where the label or the story's words that introduce a message shown end in the paragraph, or None."""
    shown = _label_end(paragraph) if labelled else None
    if shown is not None or not received:
        return shown
    m = next((m for m in _SHOWN_RECEIVED.finditer(paragraph) if m.group(1).lower() not in ("you", "i", "we")), None)
    return m.end() if m else None


# A chat transcript in a digest: lines "name: message" where a speaker comes back ("riya: rejected from Kestrel, they
# went with another candidate / tom: offer from Juniper!!! / riya: congrats"). The speakers' own news, not a letter to
# the reader; a status mail's fields ("Role: ...", "Status: ...") name no one twice, and header lines are no speakers.
_SPEAKER = re.compile(r"^[ \t]*([A-Za-z][\w.-]{1,20}):[ \t]+\S.*$", re.M)
_NOT_SPEAKERS = frozenset(("from", "to", "cc", "bcc", "sent", "date", "subject", "re", "fw", "fwd", "von", "an", "betreff",
                           "datum", "gesendet", "de", "para", "asunto", "enviado", "fecha", "objet", "envoye", "onderwerp",
                           "aan", "van", "verzonden", "assunto", "data", "status", "stage", "role", "position", "job"))


def _chat_lines(raw: str) -> str:
    lines = [name for name in _SPEAKER.findall(raw) if name.lower() not in _NOT_SPEAKERS]
    if len(lines) < 3:
        return raw
    counts: dict[str, int] = {}
    for name in lines:
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    if len(counts) < 2 or max(counts.values()) < 2:
        return raw
    return _SPEAKER.sub(lambda m: m.group(1) + ": " + _EMPTIED if m.group(1).lower() in counts else m.group(), raw)


assert all(noun.endswith(":") for noun in _SHOWN_NOUNS)  # (what ``_noun_colon`` reads them by)


def _noun_colon(low: str) -> bool:
    """Does one of ``_SHOWN_NOUNS`` occur in ``low`` (``any(noun in low ...)``)? Each ends with its colon, and a mail
    has few colons: the text before each is asked, not the whole text once for each noun."""
    colon = low.find(":")
    while colon >= 0:
        if low.endswith(_SHOWN_NOUNS, 0, colon + 1):
            return True
        colon = low.find(":", colon + 1)
    return False


_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")  # (kept in the split: the paragraphs are joined back as they were)


def _shown_not_sent(raw: str) -> str:
    if raw.count(":") >= 3:
        raw = _chat_lines(raw)
    low = raw.lower()
    labelled = any(map(low.__contains__, _LABELS))  # map over a C method: no Python loop per literal
    received = _noun_colon(low)
    if not labelled and not received:
        return raw
    paragraphs = _PARAGRAPH_BREAK.split(raw)
    for i in range(0, len(paragraphs), 2):
        shown = _shown(paragraphs[i], labelled, received)
        if shown is not None:
            paragraphs[i] = paragraphs[i][:shown] + _EMPTIED
    return "".join(paragraphs)


def _addressee(to: tuple[tuple[str, str], ...], folded: str) -> frozenset[str] | None:
    """The reader's names as the mail shows them (the To: display names, the address's words, the mail's own
    greeting), or None when no display name or greeting tells them."""
    names = {w for name, _email in to for w in fold(name).split()}
    body = folded.find(" . ", 0, 300)  # the subject ends there
    greeting = _GREETED.match(folded, body + 3 if body >= 0 else 0)  # the mail's own greeting, not a letter's inside
    if greeting:
        names.add(greeting.group(1))
    if not names:
        return None
    for _name, email in to:
        names.update(_ADDRESS_WORDS.split(email.split("@")[0].lower()))
    return frozenset(n for n in names if len(n) > 2)


# A relay: an agency or an HR colleague passes on, with a word of regret or a "see below", a decision that speaks of
# the reader in the third person ("we gaan niet verder met haar", "we nemen Mohamed Amrani niet aan", "won't be taking
# Rohan forward"). The reader's name (the To: display name or the note's greeting) read as "you" in the forwarded part.
_RELAY_NOTE = re.compile(r"\b(?:see (?:below|their|the (?:reply|answer|feedback|response))|below|bad news|unfortunately|sadly|sorry|"
                         r"zie (?:hieronder|onder)|onderstaande|hieronder|helaas|jammer|spijt|siehe unten|unten|leider|"
                         r"tut mir (?:\w+ )?leid|anbei|untenstehend|nachfolgend|ci-dessous|malheureusement|desolee?s?|te paso|abajo|lo siento|lamentablemente|desafortunadamente|"
                         r"abaixo|infelizmente|lamento|sinto muito)\b")


# a greeting that names someone: "Hoi Noor,", "Hi Owen", "Buenas Marta:" (a greeting word first); after a title, the
# surname ("Hallo Herr Rivera": "rivera", not "herr")
_GREETED = re.compile(r"(?:(?:dear|hi|hello|hey|bonjour|coucou|hallo|liebe[r]?|hola|buenas|querid[oa]|beste|hoi|ola|oi|caro|cara|"
                      r"prezad[oa]) (?:(?:mr|mrs|ms|dr|herrn?|frau|monsieur|madame|mme|senora?|sra?|senhora?|meneer|"
                      r"mevrouw)\.? )?|sehr geehrte[r]? (?:frau|herr) |geachte (?:heer|mevrouw) )([a-z][\w'-]{2,})\b")


_YOU = {"en": "you", "nl": "je", "de": "sie", "fr": "vous", "es": "usted", "pt": "voce"}


_THIRD = {"en": re.compile(r"\b(?:him|her)\b"), "nl": re.compile(r"\b(?:haar|hem)\b"), "de": re.compile(r"\bihn\b"),
          "pt": re.compile(r"\b(?:ele|ela)\b")}


# the reader's application in the relayed letter's third person ("we gaan niet verder met zijn sollicitatie", "his
# application"): read as the reader's ("zijn" alone is also the verb "are", so only before the application itself)
_THIRD_OWNED = {
    "en": (re.compile(r"\b(?:his|her) (application|candidacy|candidature|cv|resume|profile)\b"), r"your \1"),
    "nl": (re.compile(r"\b(?:zijn|haar) (sollicitatie|kandidatuur|kandidaatstelling|cv|profiel)\b"), r"je \1"),
    "de": (re.compile(r"\bseine[rnms]? (bewerbung|kandidatur|unterlagen)\b"), r"ihre \1"),
}


_TITLE = r"(?:(?:mr|mrs|ms|miss|frau|herrn?|mevrouw|meneer|de heer|dhr|mevr|madame|monsieur|mme|m|senora?|sra?|senhora?|sr)\.? )?"


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
        # (the titled surname for a name read from "Hallo Herr Rivera" too: "gegen Herrn Rivera" reads "gegen Sie")
        forms += [parts[0]] + ([_TITLE[:-1] + re.escape(parts[-1])] if len(parts[-1]) > 3 else [])
        rx = re.compile(r"\b(?:" + "|".join(f if f.startswith("(?:") else re.escape(f) for f in forms) + r")\b")
        if not rx.search(folded_fwd) or rx.search(addressed) or (opening and rx.match(opening.group(1))):
            continue  # not named, or the forwarded mail was written to the reader: no third person
        if _HIRING_SIDE.search(folded_fwd, 0, 4000) and re.search(rx.pattern + r" (?:\w+ ){0,3}?" + _HIRING_SIDE.pattern, folded_fwd):
            return None  # "Sam interviewed her", "Sam heeft met haar gesproken": the reader is on the hiring side
        you = _YOU.get(lang, "you")
        referred = re.compile(_REFERRED + rx.pattern)
        # "indicar o Sam": "indicar voce"; "la candidature de M. Rivera": "votre candidature"
        body = rx.sub(you, referred.sub(r"\1 " + you, _possessive(rx.pattern[2:-2], folded_fwd, lang)))
        owned = _THIRD_OWNED.get(lang)  # (before "her" is read as "you": "her application" is "your application")
        body = owned[0].sub(owned[1], body) if owned else body
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
    who = "(?:" + "|".join(forms) + ")"
    rx = re.compile(r"\b" + who + r"(?:'s)?\b")
    if not rx.search(folded, start):
        return None
    return folded[:start] + rx.sub(_YOU.get(lang, "you"), _possessive(who, folded[start:], lang))


# The reader's application named by the reader's name ("la candidature de Camille", "Sam's application"): read as
# "votre candidature", "your application", so that no family takes it for someone else's candidacy.
_YOUR = {"en": "your", "nl": "je", "de": "ihre", "fr": "votre", "es": "su", "pt": "sua"}
_APPLICATION = r"(candidature|candidatura|sollicitatie|bewerbung|application|candidacy|profil|perfil|profile|cv)"
_OF = {"fr": r"d(?:e |')", "es": "del? ", "pt": "(?:d[oa] |de )", "nl": "van ", "de": "von "}


def _possessive(who: str, note: str, lang: str) -> str:
    """``note`` with the reader's application, named by ``who``, read as theirs ("votre candidature")."""
    if lang == "en":
        return re.sub(rf"\b{who}'s {_APPLICATION}\b", r"your \1", note)
    if lang not in _OF:
        return note
    return re.sub(rf"\b(?:(?:la|le|el|a|o|die|de|het) |l')?{_APPLICATION} {_OF[lang]}{who}\b", rf"{_YOUR[lang]} \1", note)


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


# A decision whose object is a person NAMED in it who is not the reader ("we decided not to move forward with Priya",
# "Omar wurde leider nicht ausgewählt", "no vamos a seguir con tu amigo Pablo") is news about someone else, sent to
# the interviewer, the referrer, the manager: the reader's names (To: display name, address, greeting) tell. Read in
# the text before folding, where a capital tells a name; the words around it are written lower-case.

# capitalised words that are no one's name: a pronoun, a determiner, an adverb, a German noun or formal "Sie"
_NO_NAME = frozenset((
    "i", "you", "your", "we", "they", "he", "she", "it", "there", "our", "the", "this", "that", "their", "his", "her",
    "ik", "wij", "ze", "zij", "hij", "u", "je", "uw", "jij", "jou", "jouw", "gij", "dit", "deze", "daarom", "jammer", "helaas",
    "sie", "ihre", "ihr", "ihnen", "ihren", "ihrer", "dein", "deine", "deinen", "deiner", "euch", "euer", "das", "dies",
    "diese", "du", "dich", "dir", "wir", "er", "es", "uns", "leider", "daher", "deshalb", "heute", "diesmal", "derzeit",
    "nous", "il", "elle", "ils", "on", "vous", "votre", "nosotros", "ella", "usted", "ustedes", "ele", "ela", "nos",
    "nós", "eles", "voce", "você", "vossa", "monday", "tuesday", "wednesday", "thursday", "friday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "unfortunately", "sadly", "malheureusement", "lamentablemente", "infelizmente",
    "application", "candidate", "applicant", "bewerbung", "stelle", "position", "role", "candidature", "candidatura",
    "sollicitatie", "kandidaat"))
_NAME = r"((?!(?:" + "|".join(sorted(_NO_NAME)) + r")\b)(?-i:[A-ZÀ-Þ][a-zß-ÿ'-]+))"  # a capital tells a name
_RELATION = (r"(?:(?:your|our|my|the) (?:friend|colleague|referral|candidate|report|mentee|nominee),? |"
             r"(?:je|jouw|onze|mijn|de) (?:vriend|vriendin|collega|kandidaat|kandidate),? |"
             r"(?:deinen|deine|ihren|ihre|unseren|unsere|den|die) (?:freund|freundin|kollegen|kollegin|kandidaten|kandidatin|"
             r"bewerber|bewerberin) |(?:ton|ta|votre|notre|le|la) (?:ami|amie|collegue|collègue|candidat|candidate) |"
             r"(?:tu|su|nuestro|nuestra|el|la) (?:amig[oa]|compañer[oa]|candidat[oa]) |"
             r"(?:o |a )?(?:(?:seu|sua|teu|tua|nosso|nossa) )?(?:amig[oa]|colega|candidat[oa]) |o |a )?")
# the first words of _RELATION and _TITLED written lower-case
_RELATION_WORDS = ("your ", "our ", "my ", "the ", "je ", "jouw ", "onze ", "mijn ", "de ", "deine", "ihre", "unsere", "den ",
                   "die ", "ton ", "ta ", "votre ", "notre ", "le ", "la ", "tu ", "su ", "nuestr", "el ", "o ", "a ", "seu ",
                   "sua ", "teu ", "tua ", "noss", "amig", "colega", "candidat", "mevr", "meneer", "dhr", "herr", "frau",
                   "monsieur", "madame", "mme", "señor", "senhor", "sr")
_TITLED = (r"(?:(?:la |el |o |a )?(?:mr|mrs|ms|miss|dr|herrn?|frau|mevrouw|meneer|de heer|dhr|mevr|m|mme|monsieur|"
           r"madame|sr|sra|señor|señora|senhor|senhora)\.? )?")  # ("Sr. Rivera": the title, then the name)
_WHO = _RELATION + _TITLED + _NAME
# A name as the subject of the decision only at the start of its clause ("Unfortunately Omar was not selected", "...
# that Priya wasn't chosen"): after a preposition a capital is a role or a place ("the post of Marketing Coordinator
# was unsuccessful").
_LEAD = (r"(?:^|(?<=[.!?:;\n])\s*|, (?:but |maar |aber |mais |pero |mas )?|\b(?:that|dat|dass|que) |(?:unfortunately|sadly|"
         r"regrettably|helaas|jammer genoeg|leider|malheureusement|lamentablemente|desafortunadamente|infelizmente|"
         r"i'm afraid|sorry to say),? )(?:o |a )?")
# The subject of the decision is read backwards from its verb phrase (rare), in the few words before it: a scan for a
# name at every clause start would cost more than the whole classification.
_SUBJECT = re.compile("(?:" + _LEAD + ")" + _WHO + rf"(?: {_NAME})?\Z", re.M | re.I)
# ...said of a name with nothing in the rest of its clause for the reader: "Acme has not selected you" is the reader's
_NOT_YOU = {"en": r"you\w*", "nl": r"(?:je|jou|jouw|u|uw)", "de": r"(?:sie|ihnen|ihre[nmrs]?|dich|dir|dein\w*)",
            "fr": r"(?:vous|votre|vos|toi|ta|ton|tes)", "es": r"(?:te|tu|tus|usted|ti)", "pt": r"(?:voce|você|te|sua|seu|ti)"}
# A decision said of a name: its object ("not to move forward with Priya") or, in _VERB, the verb phrase after its
# subject ("Priya wasn't chosen", "Omar wurde nicht ausgewählt"). Each object form is the words before the name (read in
# the lower-cased text, where they are found fast) and what must follow the name, if anything.
_OBJECT = {
    "en": [(r"(?:not|n't|against) (?:to )?(?:be )?(?:move|moving|proceed|proceeding|progress|progressing|go|going|continue|"
            r"continuing) (?:forward |ahead |further )?with ", ""),
           (r"(?:not|n't) (?:be |going to |able to )?(?:progress|progressing|advance|advancing|hire|hiring|shortlist|"
            r"shortlisting|select|selecting|offer|offering|take|taking|invite|inviting|move|moving|put|putting|bring|"
            r"bringing) ", ""),
           (r"(?:decided against|rejected|declined|turned down|pass(?:ed|ing)? on|not to hire|turn|turned) ", ""),
           # the reader is asked to pass the decision on: "tell Priya that the role has been filled"
           (r"?(?:let|tell|inform|notify|update|warn) ", rf"(?: know)?,? (?:that |we |the |unfortunately|sadly|she |he )"
            rf"(?![^.!?;\n]{{0,60}}\b{_NOT_YOU['en']}\b)"), (r"?(?:break|broke) the news to |pass (?:it|this|the news) on to ", "")],
    "nl": [(r"niet (?:langer |meer )?(?:verder|door) (?:te )?(?:gaan )?met |sollicitatie van |(?:kiezen|gekozen) (?:helaas )?"
            r"niet voor ", ""),
           (r"(?:hebben|heb) ", r" (?:helaas )?(?:afgewezen|niet)\b"), (r"(?:nemen|neem) ", r" (?:helaas )?niet aan"),
           (r"besloten ", r" niet\b"),
           (r"?(?:laat|laten|vertel|vertellen|informeer|informeren|meld|melden) ", rf"(?: even)?(?: weten)?,? (?:dat|we|helaas|"
            rf"de )(?![^.!?;\n]{{0,60}}\b{_NOT_YOU['nl']}\b)"), (r"?aan ", r" (?:even )?(?:doorgeven|laten weten|melden|vertellen)")],
    "de": [(r"gegen ", rf"(?: {_NAME})? entschieden"), (r"(?:haben|hat) ", r" (?:leider )?(?:eine absage|abgesagt|abgelehnt)"),
           (r"entschieden, ", r" nicht\b"), (r"bewerbung von ", ""), (r"mit ", r" (?:leider )?nicht (?:weiter|fortfahren)"),
           (r"?(?:teile|teilen sie|sag|sage|sagen sie|informiere|informieren sie) ", r"(?: bitte)?(?: mit)?,? (?:dass|leider|wir)"
            r"(?![^.!?;\n]{0,60}\b(?:ihnen|ihre[nmrs]?|dich|dir|dein\w*)\b)")],
    "fr": [(r"ne (?:poursuivrons|continuerons|retiendrons|donnerons) pas (?:suite )?(?:avec |à )?|ne (?:pas|plus) (?:retenir|"
            r"donner suite à|poursuivre avec|continuer avec|aller plus loin avec) |candidature d(?:e |')", ""),
           (r"?(?:prévenir|prévenez|préviens|informer|informez|informe|annoncer à|dire à|dis à|dites à) ",
            rf",? (?:que|qu')(?![^.!?;\n]{{0,60}}\b{_NOT_YOU['fr']}\b)")],
    "es": [(r"no (?:seguir|continuar|avanzar|vamos a (?:seguir|continuar|avanzar)|seguiremos|continuaremos|avanzaremos)"
            r"(?: adelante)? con |(?:descartar|descartado|rechazar|rechazado|no (?:vamos a )?(?:contratar|seleccionar|"
            r"elegir)) a |candidatura de ", ""),
           (r"?(?:avisar|avisa|avise|informar|informa|informe|decirle|dile|comunicar|comunica|comunique)(?:le)? a ",
            rf"(?: de)? que(?![^.!?;\n]{{0,60}}\b{_NOT_YOU['es']}\b)")],
    "pt": [(r"(?:não|nao) (?:vamos )?(?:seguir|avançar|avancar|continuar|prosseguir)(?: em frente)? com |(?:não|nao) "
            r"(?:vamos )?(?:contratar|selecionar|escolher) |candidatura d[oa] ", ""),
           (r"?(?:avisar|avisa|avise|informar|informa|informe|dizer|diz|diga|comunicar|comunica|comunique)(?: à| ao)? ",
            rf"(?: de)? que(?![^.!?;\n]{{0,60}}\b{_NOT_YOU['pt']}\b)")],
}
_VERB = {
    "en": (r" (?:(?:was|is|will|won't|wasn't|isn't)(?: not)?(?: been| be| being)?|(?:has|hasn't)(?: not)? been) (?:selected|"
           r"shortlisted|successful|chosen|picked|progress\w*|offered|invited|moving|hired)\b"
           # an active choice names its object: "Brightleaf has selected other candidates" is the chooser, not the chosen
           r"| (?:has|hasn't)(?: not)? (?:selected|shortlisted|chosen|picked|progress\w*|offered|invited|hired)\b"
           r"(?! (?:other|another|an?|the|someone|somebody|candidates|applicants|people|you|your)\b)"
           r"| (?:was|has been|is) (?:unsuccessful|rejected|turned "
           r"down)| (?:did not|didn't) (?:get|make|progress)\b"),
    "nl": (r" (?:is|wordt) (?:helaas )?(?:afgewezen|niet (?:gekozen|aangenomen|geselecteerd|uitgenodigd|door)\b)| (?:krijgt|gaat) "
           r"(?:\w+ ){0,4}?niet\b"),
    "de": (r" (?:wurde|wird) (?:leider )?nicht (?:[\wäöüß]+ ){0,4}?(?:ausgewählt|berücksichtigt|eingeladen|genommen|"
           r"eingestellt)\b| hat (?:leider )?(?:eine absage|keine zusage|die stelle nicht|den job nicht)"),
    "fr": r" n'a (?:\w+ )?pas été (?:retenue?|sélectionnée?|choisie?)",
    "es": r" no (?:ha sido|fue) (?:seleccionad|elegid|escogid|contratad)| no (?:ha pasado|pasa|pasó|paso|continúa|continua|sigue|avanza)\b",
    "pt": (r" (?:não|nao) (?:foi|passou|ficou|vai|avançou|avancou|seguiu) (?:\w+ )?(?:selecionad|escolhid|aprovad|contratad|para|"
           r"adiante|em frente)"),
}
# (a form that asks the reader to pass a decision on, marked "?", is not read in mail about the reader's application: "tell
# Priya that you would like feedback")
_OBJECT_RX = {lang: re.compile("|".join(f"({before.lstrip('?')})" for before, _after in forms))
              for lang, forms in _OBJECT.items()}
_PASS_ON = {lang: {i for i, (before, _after) in enumerate(forms, 1) if before.startswith("?")} for lang, forms in _OBJECT.items()}
# where an object form can start (its first words): the forms are tried there only, a scan of the whole text costing more
_OBJECT_AT = {"en": ("not ", "n't ", "against ", "reject", "declined ", "turn", "pass", "let ", "tell ", "inform ",
                     "notify ", "update ", "warn ", "break the news", "broke the news"),
              "nl": ("niet ", "sollicitatie van ", "kiezen ", "gekozen ", "hebben ", "heb ", "nemen ", "neem ", "besloten ",
                     "laat ", "laten ", "vertel", "informeer", "meld", "aan "),
              "de": ("gegen ", "haben ", "hat ", "entschieden, ", "bewerbung von ", "mit ", "teile", "sag", "informiere"),
              "fr": ("ne ", "candidature d", "préven", "prévien", "inform", "annoncer à", "dire à", "dis à", "dites à"),
              "es": ("no ", "descart", "rechaz", "candidatura de ", "avis", "inform", "decirle", "dile", "comunic"),
              "pt": ("não ", "nao ", "candidatura d", "avis", "inform", "dizer", "diz ", "diga", "comunic")}
_NAMED = {lang: [re.compile(_WHO + after, re.I) for _before, after in forms] for lang, forms in _OBJECT.items()}
_VERB_RX = {lang: re.compile(rf"(?:{p})(?![^.!?;\n]{{0,40}}\b{_NOT_YOU[lang]}\b)", re.I) for lang, p in _VERB.items()}
_VERB_AT = {"en": (" was ", " has ", " is ", " will ", " won't ", " wasn't ", " hasn't ", " isn't ", " did ", " didn't "),
            "nl": (" is ", " wordt ", " krijgt ", " gaat "), "de": (" wurde ", " wird ", " hat "), "fr": (" n'a ",),
            "es": (" no ",), "pt": (" não ", " nao ")}
_DETERMINER = re.compile(r"(?:^|\W)(?:die|der|das|den|dem|eine|einer|ihre|deine|unsere|your|the|het|la|le|les|el|los|las|"
                         r"os|as|um|uma)\s+$", re.I)


def reader_names(message: Message, folded: str) -> set[str]:
    """The reader's names: the To: display name's words, the address's, and the name the sender greets (and, not to
    be taken for someone else, the sender's names and their organisation's: "Acme has not selected you")."""
    names: set[str] = set(fold(message.sender.name or "").split())
    names.update(re.split(r"[.@_+-]+", (message.sender.email or "").lower()))
    for address in message.to[:3]:
        names.update(fold(address.name or "").split())
        names.update(_ADDRESS_WORDS.split((address.email or "").split("@")[0].lower()))
    greeting = _GREETED.match(folded.lstrip())
    if greeting:
        names.add(greeting.group(1))
    return {n for n in names if len(n) > 1}


def _objects(lower: str, lang: str) -> list[re.Match[str]]:
    """The object forms' words before a name, where they start in the lower-cased text."""
    rx, found = _OBJECT_RX[lang], []
    for word in _OBJECT_AT[lang]:
        at = lower.find(word)
        while at >= 0:
            if at == 0 or not lower[at - 1].isalpha() or word in ("n't ", "not "):  # "cannot offer Priya"
                m = rx.match(lower, at)
                if m:
                    found.append(m)
            at = lower.find(word, at + 1)
    return found


# ...or by a pronoun for a third person ("she wasn't selected", "ze is niet aangenomen", "er hat leider eine Absage
# bekommen": a singular verb, not the formal "Sie"); not in French or Portuguese, where "il/ela" may be the application.
_PRONOUN_SUBJECT = {lang: re.compile("(?:" + _LEAD + rf")({pronoun})\Z", re.M | re.I)
                    for lang, pronoun in (("en", "she|he"), ("nl", "zij|ze|hij"), ("de", "sie|er"), ("es", "ella|él"))}


# ...after its verb ("helaas is ze niet aangenomen", "leider wurde er nicht ausgewählt")
_INVERTED = {"nl": re.compile(r"\b(?:is|wordt) (ze|zij|hij) (?:helaas )?(?:niet (?:gekozen|aangenomen|geselecteerd|"
                              r"uitgenodigd|door)\b|afgewezen)"),
             "de": re.compile(r"\b(?:wurde|wird) (er|sie) (?:leider )?nicht (?:[\wäöüß]+ ){0,4}?(?:ausgewählt|berücksichtigt|"
                              r"eingeladen|genommen|eingestellt)\b|\bhat (er|sie) (?:leider )?(?:eine absage|keine zusage)")}
_INVERTED_WORDS = {"nl": (" ze ", " zij ", " hij "), "de": (" er ", " sie ")}


# a capitalised job title or team, not a person: "not to move forward with Senior Analyst applications"
_ROLE_WORDS = frozenset(("role", "roles", "position", "positions", "job", "jobs", "vacancy", "post", "opening", "team",
                         "department", "application", "applications", "candidates", "programme", "program", "scheme",
                         "analyst", "developer", "engineer", "manager", "designer", "assistant", "consultant", "coordinator",
                         "specialist", "officer", "director", "lead", "intern", "internship", "technician", "functie",
                         "vacature", "rol", "afdeling", "stelle", "abteilung", "poste", "equipe", "puesto", "vacante",
                         "equipo", "vaga", "cargo", "equipa"))


def _a_title(own: str, start: int) -> bool:
    """Do the capitalised words from ``start`` name a job or a team (a title's words, then a role word)?"""
    for word in own[start:start + 80].split()[:5]:
        if word.endswith(("'s", "’s")):
            return False  # "Priya's application": a person's
        if fold(word.strip(".,;:!?()'\"")) in _ROLE_WORDS:
            return True
        if not word[:1].isupper():
            return False
    return False


def _reader_named(message: Message, folded: str) -> bool:
    """Is the reader named in the text past its greeting (a relay speaks of the reader as "she")?"""
    first = fold(message.to[0].name or "").split(" ")[0] if message.to else ""
    return len(first) > 2 and folded.count(first) > 1


def _verbs(lower: str, lang: str) -> list[re.Match[str]]:
    """The verb phrases of a decision said of its subject, found from their first word."""
    rx, found = _VERB_RX[lang], []
    for word in _VERB_AT[lang]:
        at = lower.find(word)
        while at >= 0:
            m = rx.match(lower, at)
            if m:
                found.append(m)
            at = lower.find(word, at + 1)
    return found


def decided_about_other(message: Message, own: str, folded: str, lang: str, yours: bool = False) -> str | None:
    """The name of someone other than the reader whom the sender's decision is about, or None (``yours``: the mail
    speaks of the reader's application)."""
    if lang not in _OBJECT_RX:
        return None
    if "\u00a0" in own:  # the non-breaking spaces of an HTML mail ("de sollicitatie van\u00a0Dennis"): the forms' spaces
        own = own.replace("\u00a0", " ")  # (same length: positions in the text stay the same)
    found = []
    lower = own.lower()
    if len(lower) == len(own):  # (a few letters lower-case into two)
        for m in _objects(lower, lang):
            if yours and m.lastindex in _PASS_ON[lang]:
                continue
            if not own[m.end():m.end() + 1].isupper() and not lower.startswith(_RELATION_WORDS, m.end()):
                continue  # no name next: most "mit ...", "not ..." (cheap before the name's pattern)
            named = _NAMED[lang][m.lastindex - 1].match(own, m.end())  # type: ignore[operator]
            if named:
                group = next(i for i, g in enumerate(named.groups(), 1) if g)
                found.append((named.group(group), named.start(group)))
    for m in _verbs(lower if len(lower) == len(own) else "", lang):
        before = _SUBJECT.search(own, max(0, m.start() - 60), m.start())
        if before:
            group = next(i for i, g in enumerate(before.groups(), 1) if g)
            found.append((before.group(group), before.start(group)))
        elif lang in _PRONOUN_SUBJECT and (said := _PRONOUN_SUBJECT[lang].search(lower, max(0, m.start() - 40), m.start())) \
                and not _reader_named(message, folded):
            return f"'{said.group(1)}'"
    if lang in _INVERTED and any(w in lower for w in _INVERTED_WORDS[lang]) and (said := _INVERTED[lang].search(lower)) \
            and not _reader_named(message, folded):
        return f"'{next(g for g in said.groups() if g)}'"
    names = None
    for name, start in found:
        key = fold(name)
        if key in _NO_NAME or _DETERMINER.search(own[max(0, start - 8):start]) or _a_title(own, start):
            continue  # "Ihre Bewerbung wurde ...", "die Stelle ist ...": a noun, not a name
        names = reader_names(message, folded) if names is None else names
        if key not in names and not any(key.startswith(n) or n.startswith(key) for n in names if min(len(n), len(key)) > 2):
            return name  # "Sam" of "Samuel Rivera" is the reader
    return None


# words a greeting names that are no one's name ("Dear Candidate", "Hi there", "Dear Hiring Team")
_NO_ADDRESSEE = frozenset(("candidate", "applicant", "there", "all", "team", "sir", "madam", "hiring", "recruiter",
                           "kandidaat", "sollicitant", "bewerber", "bewerberin", "candidat", "candidate", "candidato",
                           "candidata", "everyone", "folks", "guys", "colleagues", "collega", "collegas"))


def forwarded_to_other(message: Message, own: str) -> str | None:
    """Someone else's decision passed on to the reader ("Priya got this, what do you make of it?"): the name of the
    person the forwarded letter was written to (its greeting, or its To: line), when that is neither the reader nor
    the sender and the letter never names the reader (a relay speaks of the reader: "won't move forward with Sam")."""
    head, forwarded = split_forward(own)
    if not forwarded:
        return None
    body = _letter(forwarded)
    greeting = _GREETED.match(fold(body[:200]))
    addressee = greeting.group(1) if greeting and greeting.group(1) not in _NO_ADDRESSEE else ""
    if not addressee:
        to_line = _FWD_TO.search(forwarded[:2000])
        words = re.findall(r"[a-z][\w'-]{2,}", fold(to_line.group().split(":", 1)[1])) if to_line else []
        addressee = words[0] if words else ""
    if not addressee:
        return None
    names = reader_names(message, fold(head))
    if any(addressee == n or (min(len(n), len(addressee)) > 2 and (addressee.startswith(n) or n.startswith(addressee)))
           for n in names):
        return None
    folded_fwd = fold(forwarded)
    reader = {n for a in message.to[:3] for n in fold(a.name or "").split() if len(n) > 2}
    if any(re.search(rf"\b{re.escape(n)}\b", folded_fwd) for n in reader):
        return None  # the reader is named in it: a relay about the reader
    return addressee
