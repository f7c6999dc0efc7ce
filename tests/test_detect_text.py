"""Folding is what every phrase pattern reads: its faster form must give exactly what the plain table gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from nextround.detect.text import _FOLD, _typed, fold, typography

# the folded characters, letters with accents, line breaks and plain ASCII, mixed
MAIL_TEXT = st.text(alphabet=st.sampled_from([*map(chr, _FOLD), *"aeiouAÉüßçñ '`\"-\n\t.,", "\u00a0", "x"]))


@given(MAIL_TEXT)
def test_typography_is_the_translation_table(text: str) -> None:
    assert typography(text) == text.translate(_FOLD)


@given(MAIL_TEXT)
def test_fold_is_the_documented_form(text: str) -> None:
    expected = text.translate(_FOLD)
    expected = unicodedata.normalize("NFKD", expected).encode("ascii", "ignore").decode("ascii")
    expected = " ".join(expected.lower().split())
    # ...with the apostrophes a hurried writer typed as a space put back ("l a" -> "l'a"), as the patterns expect
    assert fold(text) == (_typed(expected) if " " in expected else expected)


def test_fold_reads_curly_apostrophes_and_wrapped_lines_as_plain_text() -> None:
    assert fold("Nous n’avons pas\n retenu   votre candidature — désolés") == \
        "nous n'avons pas retenu votre candidature - desoles"
