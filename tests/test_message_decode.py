"""The fast encoded-word reader (message._decode_header) gives what the stdlib's decode_header gives, for any header
text: a wrong subject or sender name would show in every draft and report."""

from __future__ import annotations

from email.header import decode_header

from hypothesis import given, settings
from hypothesis import strategies as st

from nextround.message import _decode_header

_PIECES = st.sampled_from([
    "=?utf-8?q?N=C3=A4chste_Schritte?=", "=?UTF-8?Q?=E2=80=93?=", "=?iso-8859-1?q?J=F6rg?=", "=?utf-8?b?w6Q=?=",
    "=?utf-8?b?w6Q?=", "=?utf-8?b?w6?=", "=?utf-8?q?a=?=", "=?utf-8?q?a=3?=", "=?koi8-r?q?x?=", "=?x?q?a\nb?=",
    "=?utf\n-8?q?a?=", " ", "  ", "\n ", "\r\n\t", "\t", "Ihre", "(x)", "<a@b.example>", "=?", "?=", "é", "\r", "_"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8).map("".join))
def test_encoded_words_read_as_the_stdlib_reads_them(text: str) -> None:
    def answer(read):
        try:
            return read(text)
        except Exception as exc:  # the same error, where the stdlib raises one
            return type(exc)
    assert answer(_decode_header) == answer(decode_header)
