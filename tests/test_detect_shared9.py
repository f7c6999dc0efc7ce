"""Shared reading rules of round 9 (all languages).

- A letter that offers "our newsletter" as a way to stay in touch is not a newsletter: the look-alike (-6) is for
  mail that is one ("in this issue", "you are receiving this because you subscribed").
- Outlook writes the same separator ("-----Original Message-----", or the earlier mail's "From:/Sent:" block) for a
  reply and a forward: under a forward's subject ("FW:", "WG:", "TR:") what follows is forwarded, and read as a
  forward is; the reader passing on a letter to themselves names its author as the contact.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

from nextround.detect import classify
from nextround.message import parse

DECISION = {
    "en": "We have decided not to move forward with your application for the Analyst role.",
    "de": "Wir haben uns entschieden, Ihre Bewerbung als Analyst nicht weiter zu berücksichtigen.",
    "fr": "Nous avons décidé de ne pas donner suite à votre candidature au poste d'analyste.",
    "nl": "We hebben besloten je sollicitatie voor de functie van analist niet verder te nemen.",
}
OUR_NEWSLETTER = {
    "en": "If you would like to stay in touch, you can sign up for our newsletter on our website.",
    "de": "Gerne können Sie uns über unseren Newsletter verbunden bleiben.",
    "fr": "Restez en contact avec nous grâce à notre newsletter.",
    "nl": "Blijf op de hoogte via onze newsletter.",
}


@pytest.mark.parametrize("lang", sorted(DECISION))
def test_a_rejection_that_offers_our_newsletter_is_still_one(lang: str) -> None:
    body = f"Hello,\n\n{DECISION[lang]}\n\n{OUR_NEWSLETTER[lang]}\n\nKind regards\nRuth Ember\nPeople Team\n"
    assert found(mail(body, subject="Analyst", sender="Ruth Ember <ruth@lindqvist.example>"))


@pytest.mark.parametrize("body", [
    "Welcome to our newsletter! In this issue: what recruiters mean when they say 'we have decided not to move "
    "forward with your application', and how to answer.\n\nThe Careers Desk\n",
    "Welcome to our newsletter.\n\nThis month a reader asks: my application was rejected and we have decided not to "
    "move forward with your application was all it said. What now?\n\nYou are receiving this because you subscribed "
    "at careersdesk.example.\n",
])
def test_a_newsletter_that_names_itself_ours_is_still_a_newsletter(body: str) -> None:
    assert not found(mail(body, subject="Careers Desk, issue 14", sender="Careers Desk <news@careersdesk.example>"))


@pytest.mark.parametrize("subject", ["Zimmerer", "Lagerlogistiker", "Aushilfe Verkauf"])
def test_a_craft_title_in_the_subject_is_job_context(subject: str) -> None:
    """A short note whose only job context is the title in the subject ("Zimmerer", "Aushilfe Verkauf")."""
    body = "Hallo Jonas,\n\nleider können wir dich nicht nehmen, wir haben jemand anderen gefunden.\n\nGruß\nHolger\n"
    assert found(mail(body, subject=subject, sender="Holger Brandt <holger@brandt-holzbau.example>"))


LETTER = ("Sehr geehrter Herr Obermaier,\n\nwir haben Ihre Bewerbung als Architekt sorgfältig geprüft, können Ihnen "
          "aber leider keine Stelle anbieten.\n\nMit freundlichen Grüßen\nHeiko Lindemann\nMosaik Architekten\n")


@pytest.mark.parametrize("separator", [
    "-----Ursprüngliche Nachricht-----\nVon: Heiko Lindemann <lindemann@mosaik.example>\n"
    "Gesendet: Dienstag, 6. Oktober 2026 11:02\nAn: Lukas Obermaier\nBetreff: Ihre Bewerbung\n",
    "From: Heiko Lindemann <lindemann@mosaik.example>\nSent: Tuesday, October 6, 2026 11:02 AM\nTo: Lukas Obermaier\n"
    "Subject: Ihre Bewerbung\n",
])
def test_the_reader_passes_on_their_own_rejection_in_an_outlook_forward(separator: str) -> None:
    body = f"Hab ich gerade im alten Postfach gefunden.\n\n{separator}\n{LETTER}"
    raw = mail(body, subject="WG: Ihre Bewerbung", sender="Lukas Obermaier <lukas@alte-uni.example>")
    raw = raw.replace(b"To: Sam Rivera <sam@example.net>", b"To: Lukas Obermaier <lukas@postfach.example>")
    verdict = classify(parse(raw))
    assert verdict.is_rejection, verdict.reasons
    assert (verdict.contact_name, verdict.contact_email) == ("Heiko Lindemann", "lindemann@mosaik.example")


def test_an_outlook_reply_still_quotes_and_a_friends_forward_is_still_theirs() -> None:
    separator = "-----Original Message-----\nFrom: Heiko Lindemann <lindemann@mosaik.example>\nSent: Tuesday\n"
    reply = f"Danke, ich melde mich nächste Woche.\n\n{separator}\n{LETTER}"
    assert not found(mail(reply, subject="RE: Ihre Bewerbung", sender="Lukas Obermaier <lukas@alte-uni.example>"))
    advice = f"Hab ich heute bekommen. Was meinst du, soll ich nachfragen?\n\n{separator}\n{LETTER}"
    assert not found(mail(advice, subject="FW: Ihre Bewerbung", sender="Lukas Obermaier <lukas@alte-uni.example>"))
    # a friend's answer to the forward the reader sent: the rejection was read when it came, not again now
    answer = f"Oh nein, das tut mir leid! Frag doch nach.\n\n{separator}\n{LETTER}"
    assert not found(mail(answer, subject="AW: WG: Ihre Bewerbung", sender="Mia Kranz <mia@example.org>"))


@pytest.mark.parametrize(("sentence", "is_rejection"), [
    ("Après une revue attentive de votre profil, nous ne donnerons pas suite à votre candidature au poste de "
     "comptable.", True),
    ("À l'issue des épreuves d'admission du concours, votre candidature au poste de rédacteur n'a pas été retenue.",
     True),
    ("La revue a décidé de ne pas donner suite à votre article.", False),
    ("Votre demande d'admission en master n'a pas été retenue.", False),
])
def test_a_careful_review_and_a_competitions_admission_stage_are_no_journal_nor_school(
        sentence: str, is_rejection: bool) -> None:
    body = f"Madame,\n\n{sentence}\n\nCordialement,\nClaire Vasseur\n"
    verdict = classify(parse(mail(body, subject="Votre candidature", sender="Claire V. <c.vasseur@vasseur.example>")))
    assert (verdict.confidence >= 0.7) is is_rejection
    assert any(r.startswith("about something other than a job") for r in verdict.reasons) is not is_rejection
