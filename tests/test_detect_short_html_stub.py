"""A short HTML letter beside a plain-text part that is only a stub ("This message is best viewed in an HTML-capable
client."): the letter is read from the HTML even when it is short. Before, only an HTML part of more than about 400
characters of text was read over a stub, so a three-line rejection sent this way was called no job mail at all. A
plain part that is the letter itself (the same words as the HTML) is still the text that is read."""

from __future__ import annotations

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest
from labelled import found

from nextround.message import parse


def alternative(sender: str, subject: str, plain: str, html: str) -> bytes:
    msg = MIMEMultipart("alternative")
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Rivera <sam@example.net>", subject
    msg.attach(MIMEText(plain, "plain", "utf-8"))
    msg.attach(MIMEText(html, "html", "utf-8"))
    return msg.as_bytes()


SHORT_REJECTIONS = [
    ("Talent <no-reply@northwind.example>", "Your application for Data Analyst",
     "This message is best viewed in an HTML-capable client.",
     "<p>Dear Sam,</p><p>Thank you for applying for the Data Analyst role. Unfortunately, we have decided not to "
     "progress your application.</p><p>Kind regards,<br>Northwind Talent</p>"),
    ("Karriere <karriere@nordlicht.example>", "Ihre Bewerbung",
     "Ihr E-Mail-Programm kann diese Nachricht nicht anzeigen.",
     "<p>Hallo Herr Rivera,</p><p>leider haben wir uns für eine andere Bewerberin entschieden.</p>"
     "<p>Viele Grüße<br>Nordlicht GmbH</p>"),
    ("Werving <vacatures@dijkstra.example>", "Je sollicitatie",
     "Open deze e-mail in een programma dat HTML toont.",
     "<p>Beste Sam,</p><p>Helaas hebben we gekozen voor een andere kandidaat voor de functie van planner.</p>"
     "<p>Groet,<br>Dijkstra Transport</p>"),
    ("Recrutement <recrutement@lumiere.example>", "Votre candidature",
     "Version texte indisponible : ouvrez ce message en HTML.",
     "<p>Bonjour Sam,</p><p>Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.</p>"
     "<p>Cordialement,<br>Lumière SA</p>"),
]

SHORT_LOOK_ALIKES = [  # the same frame around mail that is no rejection: read from the HTML, still no rejection
    ("Talent <no-reply@northwind.example>", "Interview invitation",
     "This message is best viewed in an HTML-capable client.",
     "<p>Dear Sam,</p><p>Thank you for applying for the Data Analyst role. We would like to invite you to an "
     "interview next Tuesday.</p><p>Kind regards,<br>Northwind Talent</p>"),
    ("Karriere <karriere@nordlicht.example>", "Eingangsbestätigung",
     "Ihr E-Mail-Programm kann diese Nachricht nicht anzeigen.",
     "<p>Hallo Herr Rivera,</p><p>vielen Dank, Ihre Bewerbung ist bei uns eingegangen. Wir melden uns in zwei "
     "Wochen.</p><p>Viele Grüße<br>Nordlicht GmbH</p>"),
]


@pytest.mark.parametrize(("sender", "subject", "plain", "html"), SHORT_REJECTIONS)
def test_a_short_html_rejection_beside_a_stub_is_read(sender: str, subject: str, plain: str, html: str) -> None:
    raw = alternative(sender, subject, plain, html)
    assert plain not in parse(raw).text
    assert found(raw)


@pytest.mark.parametrize(("sender", "subject", "plain", "html"), SHORT_LOOK_ALIKES)
def test_a_short_html_look_alike_beside_a_stub_stays_no_rejection(sender: str, subject: str, plain: str,
                                                                   html: str) -> None:
    raw = alternative(sender, subject, plain, html)
    assert plain not in parse(raw).text
    assert not found(raw)


def test_a_plain_part_that_is_the_letter_is_the_text() -> None:
    """The plain alternative of a short letter says what its HTML says: the plain part is read, not the markup's
    text (which may add a footer the plain part leaves out)."""
    plain = "Hi Sam, unfortunately we will not be moving forward with your application. Best, Jo"
    html = ("<p>Hi Sam,</p><p>Unfortunately we will not be moving forward with your application.</p><p>Best, Jo</p>"
            "<p style='color:#999'>Northwind Ltd, 12 Harbour Road, Leeds. You received this because you applied.</p>")
    raw = alternative("Jo Park <jo@northwind.example>", "Your application", plain, html)
    assert parse(raw).text.strip() == plain
    assert found(raw)
