"""The shortcuts extraction takes for speed give what the long way gives.

Each shortcut here skips work when a cheap test shows the work cannot change the answer: a link split without the
general URL parser, a legal form looked for only where there is a space before it, the contact's signer read from
the signer found before the organisation's words were known, a role pattern tried only when the words it needs are
there. Every mail and name below is written for this file.
"""

from __future__ import annotations

from email.message import EmailMessage
from urllib.parse import urlsplit

import pytest

from nextround.detect import classify
from nextround.detect.extract import _has_legal, _url_parts
from nextround.message import parse

NO = "Unfortunately, we have decided not to proceed with your application."


def letter(body: str, *, sender: str, subject: str = "Your application", html: str | None = None):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Kim Ostrova <kim.ostrova@inbox.example>", subject
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    verdict = classify(parse(bytes(msg)))
    assert verdict.is_rejection, verdict.reasons
    return verdict


@pytest.mark.parametrize("url", [
    "https://careers.quillferry.example/jobs", "http://quillferry.example", "https://quillferry.example?ref=mail",
    "https://quillferry.example/jobs?utm_source=mail#open-roles", "https://quillferry.example/a#part?not-a-query",
    "https://quillferry.example/jobs/?", "https://quillferry.example/jobs#", "HTTPS://QuillFerry.example/Jobs",
    "https://user@quillferry.example:8443/jobs?x=1&y=2", "http:///jobs", "https://", "https:/jobs", "https:jobs",
    "ftp://quillferry.example/jobs", "mailto:jobs@quillferry.example", "https://quillferry.example/jo\tbs",
    "https://quillférry.example/jobs", "https://quillferry.example/vagas/ação", "https://[::1]/jobs",
    "https://[::1]:8080/jobs?x", "https://quillferry.example]/jobs", "https://quill[ferry.example/jobs",
    "https://quillferry.example/jobs[1]?a[b]=c", "\x01https://quillferry.example/jobs", "https://quill\u2100ferry.example/x",
])
def test_link_split_as_urlsplit_splits_it(url):
    try:
        parts = urlsplit(url)
    except ValueError:
        with pytest.raises(ValueError):
            _url_parts(url)
        return
    assert _url_parts(url) == (parts.scheme, parts.netloc, parts.path, parts.query)


def test_a_question_mark_after_the_fragment_is_no_query():
    # the careers page with a fragment that holds "?" is not marked down as a page with campaign parameters
    html = ('<p>Unfortunately, we have decided not to proceed with your application.</p>'
            '<p><a href="https://quillferry.example/openings#teams?all">Open roles</a> '
            '<a href="https://quillferry.example/careers?utm_source=mail">Careers</a></p>')
    verdict = letter(NO + "\n\nOpen roles: https://quillferry.example/openings#teams?all\n"
                     "Careers: https://quillferry.example/careers?utm_source=mail\n\nQuill & Ferry",
                     sender="Quill & Ferry <jobs@quillferry.example>", html=html)
    assert verdict.careers_url == "https://quillferry.example/openings#teams?all"


@pytest.mark.parametrize("name, legal", [
    ("Nordlicht GmbH", True), ("Nordlicht\u00a0GmbH", True), ("Nordlicht\tGmbH", True), ("Harrow & Finch Ltd.", True),
    ("Nordlicht", False), ("NordlichtGmbH", False), ("Gmbh", False), ("", False), ("Nordlicht Werke", False),
])
def test_a_legal_form_needs_a_space_before_it(name, legal):
    assert _has_legal(name) is legal


def test_the_contact_skips_a_signed_line_that_is_the_organisation():
    # the first name-shaped line under the letter is the organisation (its words are the company's): the person
    # signing after it is the contact, as when the signer was read knowing the company from the start
    verdict = letter(f"Dear Kim,\n\n{NO}\n\nBest regards,\nBrightwater Lane\nMaya Okafor\nTalent Partner\n",
                     sender="Brightwater Lane <office@brightwaterlane.example>")
    assert (verdict.company, verdict.contact_name) == ("Brightwater Lane", "Maya Okafor")


def test_the_contact_is_the_person_signed():
    verdict = letter(f"Dear Kim,\n\n{NO}\n\nKind regards,\nTomasz Wierzbicki\nPeople Team, Brightwater Lane\n",
                     sender="Brightwater Lane Careers <careers@brightwaterlane.example>")
    assert verdict.contact_name == "Tomasz Wierzbicki"


@pytest.mark.parametrize("sentence, role", [
    ("We have now filled the position of Harbour Pilot Trainee.", "Harbour Pilot Trainee"),
    ("You applied for the role as Night Auditor with us.", "Night Auditor"),
])
def test_a_post_named_after_of_or_as(sentence, role):
    verdict = letter(f"Dear Kim,\n\nThank you for your interest. {sentence} {NO}\n\nBest,\nLinnea\n",
                     sender="Linnea Berg <linnea@harbourlane.example>", subject="Update")
    assert verdict.role == role


def test_a_post_word_without_of_or_as_names_no_role_by_itself():
    # "position" and "role" alone (no "of"/"as" after them): the pattern that reads "position of X" is not tried
    verdict = letter(f"Dear Kim,\n\nThank you for your interest in our company. Our position on this is final. {NO}\n\n"
                     "Best,\nLinnea\n", sender="Linnea Berg <linnea@harbourlane.example>", subject="Update")
    assert verdict.role is None
