"""Which form of address the rejection used (Sie or du, vous or tu, usted or tú, u or je...).

A reply in the register the company chose reads naturally; when the mail gives no clear sign
(or the language has no such distinction, like English), the formal register is the safe one.
Only the sender's own words count: quoted earlier mail (lines starting with ">" and everything
after an "On ... wrote:" line) is left out, since it may be the user's own writing.
"""

from __future__ import annotations

import re

FORMAL, INFORMAL = "formal", "informal"

# Pronouns and possessives that mark each register. German formal forms are capitalised, which
# tells them apart from "sie" (they) and "ihr" (you, plural informal); the rest match any case.
_MARKERS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "de": (re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres)\b"),
           re.compile(r"\b(?:du|dich|dir|dein|deine|deiner|deinen|deinem|deines)\b", re.I)),
    "fr": (re.compile(r"\b(?:vous|votre|vos)\b", re.I),
           re.compile(r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt['’](?=\w)", re.I)),
    "es": (re.compile(r"\b(?:usted|le\s+(?:agradecemos|comunicamos|informamos|deseamos|escribimos)|su\s+"
                      r"(?:candidatura|interés|interes|perfil|solicitud|tiempo|currículum|curriculum))\b", re.I),
           re.compile(r"\b(?:tú|tu|tus|te|ti|contigo)\b", re.I)),
    "nl": (re.compile(r"\b(?:u|uw)\b", re.I),
           re.compile(r"\b(?:je|jij|jou|jouw|jullie)\b", re.I)),
    # Brazilian and European Portuguese: você (and tu/teu) is the familiar register here,
    # o senhor / a senhora / V. Exa. the formal one.
    "pt": (re.compile(r"\b(?:senhor|senhora|V\.\s?Exa|Vossa)\b", re.I),
           re.compile(r"\b(?:você|voce|tu|teu|tua|teus|tuas|contigo)\b", re.I)),
}

_QUOTE_HEADER = re.compile(
    r"^(?:On .{4,200} wrote:|Am .{4,200} schrieb .{0,200}:|Le .{4,200} a écrit\s?:|El .{4,200} escribió:|"
    r"Op .{4,200} schreef .{0,200}:|Em .{4,200} escreveu:|-{2,} ?(?:Original Message|Ursprüngliche Nachricht|"
    r"Message d'origine|Mensaje original|Oorspronkelijk bericht|Mensagem original) ?-{2,})", re.I | re.M)


def own_words(text: str) -> str:
    """The part of a message its sender wrote: no quoted lines, nothing after a quote header."""
    match = _QUOTE_HEADER.search(text or "")
    if match:
        text = text[: match.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def detect(lang: str, text: str) -> str:
    """FORMAL or INFORMAL: the register the text mostly uses; FORMAL when unclear."""
    markers = _MARKERS.get(lang)
    if markers is None:
        return FORMAL
    words = own_words(text)
    formal = len(markers[0].findall(words))
    informal = len(markers[1].findall(words))
    return INFORMAL if informal > formal else FORMAL
