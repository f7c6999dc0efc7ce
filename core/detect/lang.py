"""Which of the six supported languages a (folded) text is in, by counting function words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

try:  # Counter.update's own counting loop, in C on CPython (collections exports it for Counter)
    from collections import _count_elements  # type: ignore[attr-defined]
except ImportError:  # (another Python: the same count, in Python)
    def _count_elements(mapping: dict[str, int], iterable: Iterable[str]) -> None:
        for element in iterable:
            mapping[element] = mapping.get(element, 0) + 1

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
# Words that tell a language for sure: in no other list, three letters or more, and (but for English's) no English
# word, name or address piece ("met", "van", "die", "des", "est", "pas", "con", "los" of Los Angeles, "mit", "com" of
# ".com"). Each also counts under a "*"-key ("de*"), in the same pass: a letter in German under a long English legal
# footer or privacy notice, or a French one, has few words beside the footer's, but words the footer's language has not.
_NOT_TELLING = frozenset(("met", "van", "die", "den", "dem", "der", "das", "des", "est", "pas", "con", "com", "mas", "sim",
                          "esta", "ons", "wel", "ook", "nog", "bij", "auf", "ist", "uns", "sie", "dank", "une", "que",
                          "qui", "muy", "tus", "por", "para", "pela", "pelo", "sao", "foi", "dos", "ola", "les", "mit", "los",
                          "las", "del", "una", "uma",
                          # English words that other languages' mail borrows: a header, a job title, a product
                          "from", "application", "position", "role", "not", "for", "are", "our", "has"))
for _w, _langs in list(_LANGS_OF.items()):
    if len(_langs) == 1 and len(_w) > 2 and _w not in _NOT_TELLING:
        _LANGS_OF[_w] = (_langs[0], _langs[0] + "*")
# words that tell a language: enough to read the mail in it too ("Hola Sam: ... Un saludo" under an English footer; an
# English mail seldom has even one). English needs more: other languages' mail quotes and borrows it.
_TELLING = {lang: 2 for lang in _WORDS} | {"en": 5}
_NONE = dict.fromkeys((*_WORDS, *(k + "*" for k in _WORDS)), 0)  # every count, at zero
# the languages that may be read beside the winner: not itself, and not Spanish beside Portuguese or the other way
# round (their shared words are many: the classifier's sibling rule reads them)
_RIVALS = {lang: tuple(k + "*" for k in _WORDS if k != lang and {k, lang} != {"es", "pt"}) for lang in _WORDS}


def ranked(folded: str) -> list[str]:
    """The likely languages, best first: the winner and any close runner-up (short mail shares many words)."""
    counts = _NONE.copy()  # every key present, at zero (a dict: Counter's set-up and update ran in Python)
    head = folded[:4000]
    words = head.translate(_NOT_WORD).split() if head.isascii() else _WORD.findall(head)
    # each function word's languages counted, all in C (a Python loop over the words cost a third of the ranking)
    _count_elements(counts, chain.from_iterable(  # (Counter.update's own loop, in C)
        filter(None, map(_LANGS_OF.get, words))))
    # most words first; a tie keeps the order of _WORDS, English first (a stable sort: no key built in Python)
    order = sorted(_WORDS, key=counts.__getitem__, reverse=True)
    best = counts[order[0]]
    if not best:
        return ["en"]
    # English also when it is a fair share: ATS templates mix an English frame into other languages
    also = [k for k in order[1:3] if counts[k] >= 0.6 * best and k != "en"]
    if order[0] != "en" and counts["en"] >= 0.25 * best:
        also.append("en")
    told = _outnumbered(counts, order[0])
    if told and told not in also:
        also.append(told)
    return [order[0], *also]


def _outnumbered(counts: dict[str, int], winner: str) -> str | None:
    """The language of a letter that another language outnumbers (an ATS's English frame and legal footer around a
    short letter, a German letter under a French disclaimer): the one with the most words the winner's text has not."""
    told = max(_RIVALS[winner], key=counts.__getitem__)
    return told[:-1] if counts[told] >= _TELLING[told[:-1]] else None


def detect(folded: str) -> str:
    """The most likely language code; English when nothing stands out."""
    return ranked(folded)[0]
