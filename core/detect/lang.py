"""Which of the six supported languages a (folded) text is in, by counting function words."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

# Short, frequent words that are distinctive for each language (folded: lower case, no accents).
_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "and", "you", "your", "we", "with", "for", "have", "has", "this", "that", "been", "not", "our", "will", "would", "thank", "thanks", "unfortunately", "application", "position", "role", "from", "are", "be"]),
    "de": frozenset(["der", "die", "das", "und", "sie", "ihre", "ihr", "ihnen", "wir", "uns", "nicht", "mit", "fur", "ist", "eine", "einen", "einer", "den", "dem", "vielen", "dank", "leider", "bewerbung", "stelle", "haben", "wurde", "auf"]),
    "fr": frozenset(["le", "la", "les", "et", "vous", "votre", "vos", "nous", "pour", "avec", "pas", "une", "des", "est", "du", "au", "aux", "que", "qui", "merci", "candidature", "poste", "avons", "malheureusement", "sommes",
                       "bonjour", "bonsoir", "cordialement", "desole", "desolee"]),
    "es": frozenset(["el", "la", "los", "las", "y", "tu", "su", "que", "con", "para", "por", "una", "del", "al", "hemos", "gracias", "candidatura", "puesto", "lamentablemente", "nuestro", "nuestra", "tus", "muy",
                       "hola", "saludos", "estimado", "estimada", "atentamente", "usted", "ustedes", "muchas",
                       "buenas", "saludo", "siento", "nadie"]),
    "nl": frozenset(["de", "het", "een", "en", "je", "jouw", "uw", "we", "wij", "niet", "met", "voor", "van", "is", "zijn", "op", "dat", "bij", "helaas", "sollicitatie", "functie", "vacature", "hebben", "ons", "bedankt",
                       # Flemish and informal notes ("Ge zijt nie weerhouden, spijtig. Groetjes") have none of the above
                       "ge", "gij", "zijt", "ik", "nie", "spijtig", "groetjes", "groeten", "jammer", "kandidatuur",
                       "weerhouden", "maar", "ook", "nog", "heeft", "onze", "deze", "wel"]),
    "pt": frozenset(["o", "a", "os", "as", "e", "voce", "sua", "seu", "que", "com", "para", "por", "uma", "nao", "do", "da", "dos", "das", "ao", "agradecemos", "candidatura", "vaga", "infelizmente", "nosso", "nossa", "obrigado", "te", "foi", "sao", "esta", "mas", "pela", "pelo", "ja",
                       "muito", "seus", "suas", "processo", "prezada", "prezado", "abracos", "atenciosamente", "cumprimentos",
                       "foram", "sera", "tambem", "ola", "oi", "posicao", "obrigada", "voces", "vamos", "nao", "sim"]),
}
_WORD = re.compile(r"[a-z']+")
# Folded text is ASCII: every character but a-z and the apostrophe read as a space splits it into the very words
# ``_WORD`` finds, in a third less time (translate has a fast path for ASCII). The table is a string, not a dict: a
# dict raises and catches a LookupError for each letter it keeps (a third fewer instructions to translate).
_NOT_WORD = "".join(chr(i) if "a" <= chr(i) <= "z" or chr(i) == "'" else " " for i in range(128))
assert next(iter(_WORDS)) == "en"  # ``ranked`` breaks a tie in the order of _WORDS: English first
_LANGS_OF: dict[str, tuple[str, ...]] = {}  # word -> the languages it counts for: one lookup per word
for _lang, _words in _WORDS.items():
    for _w in _words:
        _LANGS_OF[_w] = (*_LANGS_OF.get(_w, ()), _lang)


def ranked(folded: str) -> list[str]:
    """The likely languages, best first: the winner and any close runner-up (short mail shares many words)."""
    counts = Counter(dict.fromkeys(_WORDS, 0))  # every language present, in _WORDS's order, for the tie rule below
    head = folded[:4000]
    words = head.translate(_NOT_WORD).split() if head.isascii() else _WORD.findall(head)
    # each function word's languages counted, all in C (a Python loop over the words cost a third of the ranking)
    counts.update(chain.from_iterable(filter(None, map(_LANGS_OF.get, words))))
    # most words first; a tie keeps the order of _WORDS, English first (a stable sort: no key built in Python)
    order = sorted(counts, key=counts.__getitem__, reverse=True)
    best = counts[order[0]]
    if not best:
        return ["en"]
    # English also when it is a fair share: ATS templates mix an English frame into other languages
    also = [k for k in order[1:3] if counts[k] >= 0.6 * best and k != "en"]
    if order[0] != "en" and counts["en"] >= 0.25 * best:
        also.append("en")
    return [order[0], *also]


def detect(folded: str) -> str:
    """The most likely language code; English when nothing stands out."""
    return ranked(folded)[0]
