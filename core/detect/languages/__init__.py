"""The decision families of each supported language, one module per language.

A module holds every sentence and construction that, in its language, says the reader's application will not go
ahead; its ``DECISIONS`` list is all the classifier reads. To add a language, add a module here and its function
words to ``nextround.detect.lang``.
"""

from __future__ import annotations

from nextround.detect.languages import de, en, es, fr, nl, pt
from nextround.detect.patterns import Family

DECISIONS: dict[str, list[Family]] = {
    "en": en.DECISIONS, "de": de.DECISIONS, "fr": fr.DECISIONS, "es": es.DECISIONS, "nl": nl.DECISIONS, "pt": pt.DECISIONS,
}
