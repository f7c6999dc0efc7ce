"""The decision families of each supported language, one module per language.

A module holds every sentence and construction that, in its language, says the reader's application will not go
ahead (``DECISIONS``). It may also add, as regex alternatives over folded text, words that make a mail job mail
(``JOB_WORDS``), those of them that name a post unmistakably (``STRONG_WORDS``: an internship, an apprenticeship, not a
loan's "application"), ways of naming the reader's own application (``YOURS_WORDS``), and its own look-alike
families (``LOOKALIKES``, tried only on mail in that language; one named like a shared event, e.g. "look-alike:
offer", is ignored inside the decision's own sentence, as the shared one is).
To add a language, add a module here and its function words to ``nextround.detect.lang``.
"""

from __future__ import annotations

from nextround.detect.languages import de, en, es, fr, nl, pt
from nextround.detect.patterns import Family

MODULES = {"en": en, "de": de, "fr": fr, "es": es, "nl": nl, "pt": pt}

DECISIONS: dict[str, list[Family]] = {code: module.DECISIONS for code, module in MODULES.items()}
JOB_WORDS = "".join("|" + module.JOB_WORDS for module in MODULES.values() if getattr(module, "JOB_WORDS", ""))
STRONG_WORDS = "".join("|" + module.STRONG_WORDS for module in MODULES.values() if getattr(module, "STRONG_WORDS", ""))
YOURS_WORDS = "".join("|" + module.YOURS_WORDS for module in MODULES.values() if getattr(module, "YOURS_WORDS", ""))
# A language's own look-alikes are only tried on mail in (or partly in) that language.
LOOKALIKES: dict[str, list[Family]] = {code: getattr(module, "LOOKALIKES", []) for code, module in MODULES.items()}
