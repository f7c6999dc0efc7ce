"""Job context that short notes from new authors carry outside the usual job words.

- A staffing agency or a recruiting mailbox (the sender's name or address: "Zeitarbeit", "staffing", "uitzendbureau",
  "recruiting@") is itself the job context of a decision said in a short note ("ze hebben iemand anders gekozen").
  Its newsletter, its timesheet reminder or its outreach decides nothing and stays what it is.
- A subject that is only a job title the title reader did not know ("Working Student Marketing", "Full-stack",
  "Warehouse Operative", "Bürokraft") is the job context of a short decision in the first person plural ("we gaan het
  niet samen doen", "wir gehen mit jemand anderem weiter"), not of a hall, a van, a flat or a course given away.
- Colloquial words for a job ("lo del curro", "der Nebenjob") and hiring said with a verb ("können wir Sie nicht
  einstellen") are job words.
"""

from __future__ import annotations

import pytest
from labelled import found, mail


# --- a staffing agency or a recruiting mailbox as the sender ------------------------------------------------------
@pytest.mark.parametrize(("sender", "body"), [
    ("Noor <noor@flexwerk-uitzendbureau.example>", "Hoi Sam, kort bericht: de klant heeft voor iemand anders gekozen. "
                                                   "Ik zoek verder voor je!\nNoor"),
    ("Jens Adler <jens@nordpersonal-zeitarbeit.example>", "Hallo Sam,\n\nkurze Info: die Firma Kessler hat sich für "
                                                          "jemand anderen entschieden. Ich melde mich wieder.\n\nJens"),
    ("Priya | Brightline Staffing <priya@brightline.example>", "Hi Sam,\n\nquick one: they went with someone else in "
                                                               "the end, sorry! I'll keep looking.\n\nPriya"),
    ("Talent Team <recruiting@velora.example>", "Hi Sam,\n\nwe have decided to go with another candidate. "
                                                "Thanks for your time.\n\nVelora"),
])
def test_a_staffing_agency_or_recruiting_sender_gives_a_short_decision_its_job_context(sender: str, body: str) -> None:
    assert found(mail(body, subject="update", sender=sender))


@pytest.mark.parametrize(("sender", "subject", "body"), [
    # the agency's newsletter and its admin mail decide nothing about the reader
    ("Flexwerk Uitzendbureau <nieuws@flexwerk-uitzendbureau.example>", "Nieuws van Flexwerk",
     "Hoi Sam, deze maand openen we een nieuw kantoor in Utrecht. Kom gerust langs!"),
    ("Jens Adler <jens@nordpersonal-zeitarbeit.example>", "Stundenzettel",
     "Hallo Sam, bitte denk an deinen Stundenzettel für die Woche bis Freitag. Danke!"),
    ("Priya | Brightline Staffing <priya@brightline.example>", "coffee?",
     "Hi Sam, fancy a coffee next week to catch up? I'm around Tuesday."),
    # a recruiter's cold mail: what it proposes is a chat, it decides nothing
    ("Priya | Brightline Staffing <priya@brightline.example>", "quick intro",
     "Hi Sam, I came across your profile and I'm reaching out because a client of ours is growing fast. Free for a "
     "call on Thursday?"),
    # a decision about something other than a job, from an agency's address, stays no rejection
    ("Jens Adler <jens@nordpersonal-zeitarbeit.example>", "Parkplatz",
     "Hallo Sam, den Parkplatz in der Tiefgarage haben wir leider jemand anderem gegeben."),
])
def test_an_agency_mail_without_a_decision_on_the_reader_is_no_rejection(sender: str, subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=sender))


def test_an_ordinary_sender_gives_no_job_context_to_a_bare_decision() -> None:
    body = "Hi Sam,\n\nquick one: they went with someone else in the end, sorry!\n\nPriya"
    assert not found(mail(body, subject="update", sender="Priya <priya@gmail.example>"))


# --- a subject that is only a job title ----------------------------------------------------------------------------
@pytest.mark.parametrize(("subject", "body"), [
    ("Working Student Sales", "Hallo Sam,\n\nleider hat es nicht gepasst, wir gehen mit jemand anderem weiter.\n\nLea"),
    ("Full-stack", "Hoi Sam,\n\nna overleg: we gaan het niet samen doen.\n\nGroet, Bram"),
    ("Warehouse Operative", "Hi Sam,\n\nwe've gone with someone else this time, sorry.\n\nMel"),
    ("Bürokraft", "Hallo Sam,\n\nwir haben uns für eine andere Person entschieden.\n\nGruß\nUte"),
    ("Backend", "Hi Sam, we decided to go with another candidate. Good luck!\nTom"),
])
def test_a_title_only_subject_is_the_job_context_of_a_short_decision(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject))


@pytest.mark.parametrize(("subject", "body"), [
    # a course, a flat or a product under a subject named like a title
    ("Masterstudiengang", "Hallo Sam,\n\nleider hat es nicht gepasst, wir gehen mit jemand anderem weiter.\n\nLea"),
    ("Wohnung Kantstraße", "Hallo Sam,\n\nwir haben uns für eine andere Person entschieden.\n\nGruß\nUte"),
    ("Password Manager", "Hi Sam, we decided to go with another vendor. Good luck!\nTom"),
    # a friend's report about someone else, not a decision said by the hiring side
    ("Warehouse Operative", "Hi Sam,\n\nmy brother says they've gone with someone else, sorry.\n\nMel"),
    # the hiring side gives away a thing, not the job: a hall, a van
    ("Lehrer", "Hallo Sam,\n\nwir haben die Turnhalle am Sonntag leider anderweitig vergeben.\n\nNoor"),
    ("Fahrer", "Hallo Sam,\n\nwir haben den Transporter leider schon vermietet.\n\nUte"),
    # a title subject whose text decides nothing
    ("Full-stack", "Hoi Sam,\n\nzullen we dinsdag even bellen over de planning?\n\nGroet, Bram"),
])
def test_a_title_like_subject_without_a_hiring_decision_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject))


# --- colloquial job words and hiring as a verb ---------------------------------------------------------------------
@pytest.mark.parametrize(("subject", "body"), [
    ("lo del curro", "ey Sam, al final cogimos a otra persona, lo siento!! si sale algo te aviso\nPablo"),
    ("Nebenjob", "Hallo Sam, leider haben wir uns für eine andere Person entschieden. Viel Glück!\nUte"),
    ("Absage", "Sehr geehrter Herr Rivera,\n\nleider können wir Sie nicht einstellen, da wir derzeit niemanden "
               "suchen.\n\nMit freundlichen Grüßen\nHolzbau Mertens"),
])
def test_colloquial_job_words_and_hiring_verbs_are_job_context(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject))


@pytest.mark.parametrize(("subject", "body"), [
    ("Einstellungen", "Hallo Sam, die Helligkeit können Sie nicht einstellen, das Gerät ist leider defekt.\nUte"),
    ("Curro", "Hola Sam, Curro dice que al final no puede venir el sábado, lo siento.\nPablo"),
])
def test_look_alikes_of_colloquial_job_words_are_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject))


# --- a title known by its level, its gender marker or a head noun new authors use ---------------------------------
@pytest.mark.parametrize(("subject", "body"), [
    ("Marketing (m/w/d)", "Hallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Person "
                          "entschieden haben.\n\nGruß\nUte"),
    ("Junior Growth", "Hi Sam,\n\nsadly we won't be moving you forward.\n\nBest\nTom"),
    ("Hausmeister", "Hallo Sam,\n\nwir haben uns leider gegen dich entschieden.\n\nGruß\nUte"),
    ("Saisonnier vendanges", "Bonjour Sam,\n\nnous ne pouvons malheureusement pas te retenir cette année.\n\nDenis"),
    ("Ajudante de cozinha", "Olá Sam,\n\ninfelizmente decidimos não avançar contigo.\n\nAbraço,\nRui"),
])
def test_a_title_named_by_its_level_marker_or_a_new_head_is_job_context(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject))


@pytest.mark.parametrize(("subject", "body"), [
    # a product or a newsletter named like a title: nothing is decided about the reader
    ("Meister Proper", "Hallo Sam,\n\nleider ist der Artikel nicht mehr lieferbar, wir erstatten den Betrag.\n\nShop"),
    ("Junior Tennis", "Hi Sam,\n\nthe junior tennis group is full this term, we'll keep your name for spring.\n\nClub"),
    ("Trainer", "Hi Sam,\n\nthe team decided to go with someone else as goalkeeper this season.\n\nTom"),
])
def test_a_title_like_product_or_club_subject_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject))
