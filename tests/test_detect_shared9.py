"""Shared reading rules of round 9 (all languages).

- A letter that offers "our newsletter" as a way to stay in touch is not a newsletter: the look-alike (-6) is for
  mail that is one ("in this issue", "you are receiving this because you subscribed").
"""

from __future__ import annotations

import pytest
from labelled import found, mail

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
