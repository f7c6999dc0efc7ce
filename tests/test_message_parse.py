"""Parsing shortcuts give the stdlib's answers: the Date header and one-line address headers."""

from __future__ import annotations

from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime

import pytest

from nextround.message import _MISSING, _content_type, _date, _joined, _type_fields, clean_header, parse

DATES = [
    "Tue, 3 Nov 2026 10:00:00 +0100",
    "3 Nov 2026 10:00 -0530",
    "Wed, 25 Nov 2026 23:59:59 +0000",
    "Tue, 03 Nov 2026 10:00:00 -0000",  # unknown zone: a naive time, as email.utils says
    "Tue, 3 Nov 26 10:00:00 +0100",  # two-digit year
    "Tue, 3 Nov 2026 10:00:00 GMT",
    "Tue, 3 Nov 2026 10:00:00 +0100 (CET)",
]


@pytest.mark.parametrize("value", DATES)
def test_date_header_reads_as_email_utils_reads_it(value: str) -> None:
    assert _date(value) == parsedate_to_datetime(value)
    assert str(_date(value)) == str(parsedate_to_datetime(value))  # same offset, or both without one


@pytest.mark.parametrize("value", ["Tue, 31 Feb 2026 10:00:00 +0100", "Tue, 3 Dez 2026 10:00:00 +0100"])
def test_unreadable_dates_fail_as_email_utils_fails(value: str) -> None:
    with pytest.raises(ValueError):
        parsedate_to_datetime(value)
    with pytest.raises(ValueError):
        _date(value)


def test_an_impossible_date_is_a_defect_and_parsing_goes_on() -> None:
    message = parse(b"From: a@b.example\r\nDate: Tue, 31 Feb 2026 10:00:00 +0100\r\nSubject: x\r\n\r\nbody\r\n")
    assert message.date is None and "unreadable Date header" in message.defects


def test_folded_and_plain_address_headers_read_the_same() -> None:
    plain = parse(b"From: Dana Whitfield <dana@acme.example>\r\nTo: Sam <sam@example.net>\r\n\r\nhi\r\n")
    folded = parse(b"From: Dana\r\n  Whitfield\t<dana@acme.example>\r\nTo: Sam\r\n <sam@example.net>\r\n\r\nhi\r\n")
    assert plain.sender == folded.sender
    assert plain.sender.name == "Dana Whitfield" and plain.sender.email == "dana@acme.example"
    assert plain.to == folded.to


def test_links_in_plain_text_are_read_with_or_without_one_in_the_text() -> None:
    raw = (b"From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\n"
           b"See HTTPS://Careers.Example.org/jobs/42. and https://example.org/a; thanks\n")
    assert [link.url for link in parse(raw).links] == ["HTTPS://Careers.Example.org/jobs/42", "https://example.org/a"]
    plain = b"From: a@b.example\nSubject: x\n\nNo link here, only www.example.org and mailto:x@y.example\n"
    assert parse(plain).links == []


ENCODED = [
    "=?utf-8?q?Ihre_Bewerbung_als_Gie=C3=9Fer?=",
    "Marta =?utf-8?q?Gonz=C3=A1lez?= Ruiz",  # plain words around an encoded one
    "=?utf-8?q?Fundaci=C3=B3n?=Horizonte",  # no blank after it: a space is put in
    "=?UTF-8?B?w4lxdWlwZSBSSA==?=",
    "=?utf-8?b?w4lxdWlwZSBSSA?=",  # padding left off
    "=?utf-8?q?Candidatura_para_t=C3=A9c?=\n =?utf-8?q?nico?= de obra",  # folded: the words joined
    "=?iso-8859-1?q?R=E9ponse_=E0_votre_candidature?= (poste 12)",
    "=?utf-8?q?a?= =?iso-8859-1?q?=E9?= b",  # two charsets
    "(=?utf-8?q?Beh=C3=B6rde?=)",
    "Re: =?koi8-r?b?8tXT09vJyg==?=",  # another charset: the stdlib's own path
    "=?utf-8?q?not_closed",
]


@pytest.mark.parametrize("value", ENCODED)
def test_encoded_words_read_as_the_stdlib_reads_them(value: str) -> None:
    pairs = decode_header(value)
    joined = _joined(pairs)
    assert joined is None or joined == str(make_header(pairs))
    assert clean_header(value) == " ".join(str(make_header(pairs)).split())


def test_an_undecodable_encoded_word_stays_as_written() -> None:
    assert clean_header("=?utf-8?q?caf=E9?= menu") == "=?utf-8?q?caf=E9?= menu"  # not UTF-8, as the stdlib finds


PARTS = [
    b"Content-Type: text/plain; charset=utf-8\n\nx",
    b"content-type: TEXT/HTML\nContent-Disposition: attachment; filename=a.html\n\nx",
    b"Content-Type: texthtml\n\nx",  # no slash: text/plain, as the stdlib says
    b"Subject: none\n\nx",  # no Content-Type: the default
    b"Content-Type: text/html\nContent-Type: text/plain\nCONTENT-DISPOSITION: inline\n\nx",  # the first one counts
]


@pytest.mark.parametrize("raw", PARTS)
def test_a_parts_type_and_disposition_read_as_the_stdlib_reads_them(raw: bytes) -> None:
    import email

    part = email.message_from_bytes(raw)
    value, disposition = _type_fields(part)
    assert _content_type(part, value) == part.get_content_type()
    assert disposition == part.get("Content-Disposition")
    assert (None if value is _MISSING else value) == part.get("content-type")
