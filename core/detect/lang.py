"""Which of the six supported languages a (folded) text is in, by counting function words."""

from __future__ import annotations

import re

# Short, frequent words that are distinctive for each language (folded: lower case, no accents).
_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "and", "you", "your", "we", "with", "for", "have", "has", "this", "that", "been", "not", "our", "will", "would", "thank", "thanks", "unfortunately", "application", "position", "role", "from", "are", "be"]),
    "de": frozenset(["der", "die", "das", "und", "sie", "ihre", "ihr", "ihnen", "wir", "uns", "nicht", "mit", "fur", "ist", "eine", "einen", "einer", "den", "dem", "vielen", "dank", "leider", "bewerbung", "stelle", "haben", "wurde", "auf"]),
    "fr": frozenset(["le", "la", "les", "et", "vous", "votre", "vos", "nous", "pour", "avec", "pas", "une", "des", "est", "du", "au", "aux", "que", "qui", "merci", "candidature", "poste", "avons", "malheureusement", "sommes"]),
    "es": frozenset(["el", "la", "los", "las", "y", "tu", "su", "que", "con", "para", "por", "una", "del", "al", "hemos", "gracias", "candidatura", "puesto", "lamentablemente", "nuestro", "nuestra", "tus", "muy"]),
    "nl": frozenset(["de", "het", "een", "en", "je", "jouw", "uw", "we", "wij", "niet", "met", "voor", "van", "is", "zijn", "op", "dat", "bij", "helaas", "sollicitatie", "functie", "vacature", "hebben", "ons", "bedankt"]),
    "pt": frozenset(["o", "a", "os", "as", "e", "voce", "sua", "seu", "que", "com", "para", "por", "uma", "nao", "do", "da", "dos", "das", "ao", "agradecemos", "candidatura", "vaga", "infelizmente", "nosso", "nossa", "obrigado", "te"]),
}
_WORD = re.compile(r"[a-z']+")


def detect(folded: str) -> str:
    """The most likely language code; English when nothing stands out."""
    counts = dict.fromkeys(_WORDS, 0)
    for word in _WORD.findall(folded[:4000]):
        for lang, words in _WORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda k: (counts[k], k == "en"))
    return best if counts[best] else "en"
