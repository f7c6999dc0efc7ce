"""Shared rules of round 8 (``classifier.py``), each with reworded positives and the look-alikes next to them (none of
these letters is in a corpus):

1. dots that end no sentence (titles, abbreviations, reference numbers, ordinal and dotted dates) no longer cut a
   decision in two;
2. a clause that opens with a condition or a counterfactual before the decision ("Sollten Sie ..., müssten wir ...",
   "Should you not ...", "Mocht u ...", "Si vous ne ... pas", "En caso de que ...", "Caso não ...") decides nothing;
3. a rejection sentence cited in single quotes (advice columns, templates) is a citation, not a decision;
4. a relay (agency, HR colleague) that names the reader in the third person is read as said to the reader;
5. a verdict in the subject beside a job title ("Not progressing: Sales Executive") is about the reader;
6. a reply's subject ("Re: Uitnodiging tweede gesprek") names the earlier mail's event, not a new invitation;
7. a reply that quotes the reader's own question about their application answers it.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

from nextround.detect import classify
from nextround.detect.classifier import own_raw
from nextround.message import parse

SENDER = "Dana Whitfield <dana@acme.example>"


def _raw(subject: str, to: str, sender: str, body: str) -> bytes:
    return (f"From: {sender}\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n").encode()


# --- 1. dots that end no sentence ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "read"), [
    ("Frau Dr. Klein hat", "Frau Dr Klein hat"), ("bis zum 15. März", "bis zum 15 März"),
    ("Ref. 2026-114: no", "Ref 2026-114: no"), ("z.B. Gehalt", "zB Gehalt"), ("vom 03.11.2026 an", "vom 03112026 an"),
    ("The answer is no. We", "The answer is no. We"), ("etc. We", "etc. We"), ("We had 12. Then", "We had 12. Then"),
    ("fica V. Exa. notificada", "fica V. Exa notificada"), ("am 2. tag", "am 2 tag"),
])
def test_dots_that_end_no_sentence(written: str, read: str) -> None:
    message = parse(mail(written))
    assert own_raw(message, written).endswith(read)


ABBREVIATED = [
    ("Ihre Bewerbung", "Sehr geehrter Herr Rivera,\n\nnach Abstimmung mit Prof. Dr. Brandt haben wir uns leider gegen "
                       "Ihre Bewerbung entschieden.\n\nMit freundlichen Grüßen\nDana"),
    ("Ihre Bewerbung", "Guten Tag Herr Rivera,\n\nIhre Bewerbung vom 14.10.2026 können wir leider nicht weiter "
                       "berücksichtigen.\n\nFreundliche Grüße\nDana"),
    ("Su solicitud", "Estimado Sr. Rivera:\n\nsu solicitud con n. 5521 para el puesto de técnico ha sido denegada.\n\n"
                     "Atentamente,\nDana"),
    ("Uw sollicitatie", "Beste Sam,\n\nNa overleg met o.a. mevr. Jansen hebben we besloten niet verder te gaan met je "
                        "sollicitatie.\n\nGroet,\nDana"),
]


@pytest.mark.parametrize(("subject", "body"), ABBREVIATED)
def test_abbreviations_keep_the_decision_whole(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


# --- 2. conditions before the decision ----------------------------------------------------------------------------

CONDITIONS = [
    ("Ihre Bewerbung", "Sehr geehrter Herr Rivera,\n\nSollten Sie die Zeugnisse nicht bis Montag nachreichen, müssten "
                       "wir Ihre Bewerbung leider ablehnen.\n\nGrüße\nDana"),
    ("Ihre Bewerbung", "Hallo Sam,\n\nfalls du die Arbeitserlaubnis nicht vorlegst, können wir deine Bewerbung leider "
                       "nicht berücksichtigen.\n\nGrüße\nDana"),
    ("Ihre Bewerbung", "Sehr geehrter Herr Rivera,\n\nHätten wir eine zweite Stelle, hätten wir uns nicht gegen Ihre "
                       "Bewerbung entschieden. Wir laden Sie daher zum zweiten Gespräch ein.\n\nGrüße\nDana"),
    ("Your application", "Dear Sam,\n\nShould you not send the certificate by Friday, we will be unable to progress "
                         "your application.\n\nRegards,\nDana"),
    ("Your application", "Dear Sam,\n\nWe cannot move your application forward unless we receive two references by "
                         "Monday.\n\nRegards,\nDana"),
    ("Votre candidature", "Bonjour Sam,\n\nSi vous ne nous envoyez pas votre diplôme avant vendredi, nous ne pourrons "
                          "pas retenir votre candidature.\n\nCordialement,\nDana"),
    ("Su candidatura", "Hola Sam:\n\nEn caso de que no recibamos tu titulación, no podremos seguir adelante con tu "
                       "candidatura.\n\nSaludos,\nDana"),
    ("Sua candidatura", "Olá Sam,\n\nCaso não envie o certificado até sexta, não poderemos dar seguimento à sua "
                        "candidatura.\n\nCumprimentos,\nDana"),
]


@pytest.mark.parametrize(("subject", "body"), CONDITIONS)
def test_a_condition_before_the_decision_decides_nothing(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER))


DECISION_THEN_CONDITION = [
    ("Ihre Bewerbung", "Sehr geehrter Herr Rivera,\n\nleider haben wir uns gegen Ihre Bewerbung entschieden, sollten "
                       "sich aber neue Stellen ergeben, melden wir uns.\n\nGrüße\nDana"),
    ("Uw sollicitatie", "Beste Sam,\n\nHelaas hebben we besloten niet verder te gaan met je sollicitatie, mocht er "
                        "iets anders vrijkomen dan bellen we je.\n\nGroet,\nDana"),
    ("Ihre Bewerbung", "Sehr geehrter Herr Rivera,\n\nwenn auch schweren Herzens haben wir uns gegen Ihre Bewerbung "
                       "entschieden.\n\nGrüße\nDana"),
    ("Your application", "Hi Sam,\n\nin case you haven't heard yet, we have decided not to progress your application."
                         "\n\nBest,\nDana"),
]


@pytest.mark.parametrize(("subject", "body"), DECISION_THEN_CONDITION)
def test_a_decision_before_a_condition_still_decides(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


# --- 3. citations in single quotes --------------------------------------------------------------------------------

COLUMN = "Karriere Kompass <briefe@kompass.example>"
CITED = [
    ("Conseils candidature", "Bonjour Sam,\n\nCette semaine, on décrypte la phrase type 'nous ne pouvons pas retenir "
                             "votre candidature' que reçoivent tant de candidats.\n\nL'équipe"),
    ("Bewerbungstipps", "Hallo Sam,\n\nein Satz wie 'wir haben uns leider gegen Ihre Bewerbung entschieden' sagt wenig "
                        "über Ihre Qualifikation für den Job.\n\nIhr Team"),
    ("Ask the recruiter", "Hi Sam,\n\nA reader asks: my letter said 'we will not be progressing your application' - "
                          "what does a job seeker do next?\n\nThe column"),
]


@pytest.mark.parametrize(("subject", "body"), CITED)
def test_a_decision_in_single_quotes_is_cited(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=COLUMN))


APOSTROPHES = [
    ("Your application", "Hi Sam,\n\nthanks for your time. Sadly we've decided we won't be moving forward with your "
                         "application, as the candidates' portfolios were very strong.\n\nBest,\nDana"),
    ("Votre candidature", "Bonjour Sam,\n\nnous sommes au regret de vous informer que l'entreprise n'a pas retenu "
                          "votre candidature.\n\nCordialement,\nDana"),
    ("Your application", "Hi Sam,\n\nyour application status: 'Not selected'. Thank you for applying for the analyst "
                         "role.\n\nDana"),
]


@pytest.mark.parametrize(("subject", "body"), APOSTROPHES)
def test_apostrophes_and_status_labels_are_no_citation(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


# --- 4. a relay that names the reader in the third person ---------------------------------------------------------

RELAYS = [
    ("Fwd: kandidaat magazijnmedewerker", "Ilse de Boer <ilse@uitzendhuis.example>", "Joris Smit <joris@post.example>",
     "Hoi Joris,\n\nhelaas, zie hieronder de reactie van de klant.\n\nGroet,\nIlse\n\n"
     "---------- Doorgestuurd bericht ---------\nVan: Kees Bos <kees@logistiek-west.example>\nAan: Ilse de Boer "
     "<ilse@uitzendhuis.example>\nOnderwerp: kandidaat magazijnmedewerker\n\nHoi Ilse,\n\nwe hebben besloten niet "
     "verder te gaan met Joris Smit voor de functie van magazijnmedewerker.\n\nKees"),
    ("Fwd: candidate for data analyst", "Priya Nair <priya@talentbridge.example>", "Owen Hale <owen@mailbox.example>",
     "Hi Owen,\n\nunfortunately the client came back - see below.\n\nPriya\n\n---------- Forwarded message ---------\n"
     "From: Lena Marsh <lena@northfield.example>\nTo: Priya Nair <priya@talentbridge.example>\nSubject: candidate for "
     "data analyst\n\nHi Priya,\n\nthanks for the profile. We won't be taking Owen forward for the analyst "
     "role.\n\nLena"),
    ("Fwd: Kandidat Lagerist", "Tanja Roth <tanja@personal-plus.example>", "Jonas Weber <jonas@post.example>",
     "Hallo Jonas,\n\nleider siehe unten die Antwort des Kunden.\n\nGruß\nTanja\n\n"
     "---------- Weitergeleitete Nachricht ---------\nVon: Uwe Kranz <uwe@lager-sued.example>\nAn: Tanja Roth "
     "<tanja@personal-plus.example>\nBetreff: Kandidat Lagerist\n\nHallo Tanja,\n\nwir haben uns gegen Herrn Weber "
     "als Lagerist entschieden.\n\nUwe"),
]


@pytest.mark.parametrize(("subject", "sender", "to", "body"), RELAYS)
def test_a_relay_naming_the_reader_in_the_third_person(subject: str, sender: str, to: str,
                                                       body: str) -> None:
    verdict = classify(parse(_raw(subject, to, sender, body)))
    assert verdict.is_rejection and verdict.confidence >= 0.7, verdict.reasons


RELAYED_ABOUT_OTHERS = [
    # the decision names someone else than the reader
    ("Fwd: candidate for data analyst", "Priya Nair <priya@talentbridge.example>", "Owen Hale <owen@mailbox.example>",
     "Hi Owen,\n\nunfortunately see below, the client passed on Mira.\n\nPriya\n\n---------- Forwarded message "
     "---------\nFrom: Lena Marsh <lena@northfield.example>\nTo: Priya Nair <priya@talentbridge.example>\nSubject: "
     "candidate for data analyst\n\nHi Priya,\n\nWe won't be taking Mira Patel forward for the analyst role.\n\nLena"),
    # the reader interviewed the candidate: the reader is on the hiring side
    ("Fwd: kandidaat planner", "Ilse de Boer <ilse@bedrijf.example>", "Joris Smit <joris@bedrijf.example>",
     "Hoi Joris,\n\nhelaas, zie hieronder.\n\nIlse\n\n---------- Doorgestuurd bericht ---------\nVan: Kees Bos "
     "<kees@bedrijf.example>\nAan: Ilse de Boer <ilse@bedrijf.example>\nOnderwerp: kandidaat planner\n\nHoi Ilse,\n\n"
     "Joris heeft met haar gesproken en we gaan niet verder met haar voor de functie van planner.\n\nKees"),
    # the forwarded mail was written to the reader (a hiring manager): the candidate is someone else
    ("Fwd: support candidates", "Sofia Pena <sofia@firm.example>", "Marta Gill <marta.gill@firm.example>",
     "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Paul Reyes <paul@firm.example>\nTo: Marta "
     "Gill <marta.gill@firm.example>\nSubject: support candidates\n\nHi Marta,\n\nwe won't be taking her forward "
     "for the support role, Marta.\n\nPaul"),
    # no greeting that names the reader, no To: name: "Ter info" names nobody
    ("Fw: pipeline", "Greenhouse <no-reply@greenhouse.example>", "andres@vidal.example",
     "Ter info, zie hieronder.\n\n---------- Doorgestuurd bericht ---------\nVan: Noor Smit <noor@groep.example>"
     "\nAan: Greenhouse <no-reply@greenhouse.example>\nOnderwerp: kandidaat planner\n\nHoi team,\n\nwe gaan niet "
     "verder met haar voor de functie, zeg het info even.\n\nNoor"),
    # no relay note above the forward
    ("Fwd: Kandidat Lagerist", "Tanja Roth <tanja@personal-plus.example>", "Jonas Weber <jonas@post.example>",
     "Hallo Jonas,\n\nzur Info für deine Ablage.\n\nTanja\n\n---------- Weitergeleitete Nachricht ---------\nVon: Uwe "
     "Kranz <uwe@lager-sued.example>\nAn: Tanja Roth <tanja@personal-plus.example>\nBetreff: Kandidat Lagerist\n\n"
     "Hallo Tanja,\n\nwir haben uns gegen Herrn Weber als Lagerist entschieden.\n\nUwe"),
]


@pytest.mark.parametrize(("subject", "sender", "to", "body"), RELAYED_ABOUT_OTHERS)
def test_a_relay_about_someone_else_is_no_rejection_of_the_reader(subject: str, sender: str, to: str,
                                                                  body: str) -> None:
    verdict = classify(parse(_raw(subject, to, sender, body)))
    assert not (verdict.is_rejection and verdict.confidence >= 0.7), verdict.reasons


# --- 5. a verdict in the subject beside a job title ---------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Not progressing: Sales Executive", "Unsuccessful: Junior Accountant",
                                     "Not selected: Senior Designer"])
def test_a_subject_verdict_beside_a_job_title(subject: str) -> None:
    assert found(mail("Hi Sam,\n\nthanks again for your time.\n\nBest,\nDana", subject=subject, sender=SENDER))


@pytest.mark.parametrize("subject", ["Hiring freeze: all vacancies", "Hiring freeze",
                                     "Position filled: Sales Executive"])
def test_a_state_of_the_role_in_the_subject_stays_weak(subject: str) -> None:
    assert not found(mail("Hi Sam,\n\nthanks again for your time.\n\nBest,\nDana", subject=subject, sender=SENDER))


# --- 6. a reply's subject names the earlier mail's event ---------------------------------------------------------

REPLIES = [
    ("Re: Uitnodiging tweede gesprek Inkoper", "Beste Sam,\n\nBedankt voor je vraag. Na het gesprek hebben we helaas "
                                                "voor een andere kandidaat gekozen.\n\nGroet,\nDana"),
    ("AW: Einladung zum Vorstellungsgespräch", "Hallo Sam,\n\ndanke für die Nachfrage. Wir haben uns leider für eine "
                                               "andere Bewerberin entschieden.\n\nGrüße\nDana"),
    ("Re: Interview invitation - Analyst", "Hi Sam,\n\nthanks for checking in. Unfortunately we have decided to go "
                                           "with another candidate for the analyst role.\n\nBest,\nDana"),
]


@pytest.mark.parametrize(("subject", "body"), REPLIES)
def test_an_invitation_in_a_reply_subject_is_the_earlier_mail(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


@pytest.mark.parametrize(("subject", "counted"), [
    ("Re: Uitnodiging tweede gesprek", False), ("Uitnodiging tweede gesprek", True),
    ("Fwd: Uitnodiging tweede gesprek", True), ("Antw: Uitnodiging tweede gesprek", False),
])
def test_only_a_reply_subject_leaves_the_invitation_out(subject: str, counted: bool) -> None:
    body = "Beste Sam,\n\nNa het gesprek hebben we helaas voor een andere kandidaat gekozen.\n\nGroet,\nDana"
    reasons = classify(parse(mail(body, subject=subject, sender=SENDER))).reasons
    assert any(r.startswith("look-alike: interview or assessment invitation") for r in reasons) == counted, reasons


# --- 7. a reply to the reader's question about their application --------------------------------------------------

READER = "Sam Rivera <sam@example.net>"


def _reply(subject: str, new: str, question: str, author: str = "Sam Rivera <sam@example.net>") -> bytes:
    quoted = "\n".join("> " + line for line in question.split("\n"))
    return _raw(subject, READER, SENDER, f"{new}\n\nOn Mon, 7 Sep 2026 at 09:12, {author} wrote:\n\n{quoted}")


ANSWERS = [  # none names the reader's application in the new text: the question quoted below it does
    ("Re: Lagerhelfer", "Hallo Sam,\n\nwir haben intern beraten und uns entschieden, die Rolle anders zu besetzen."
                        "\n\nGruß\nDana", "Hallo,\nich wollte kurz nach dem Stand meiner Bewerbung fragen.\nGruß Sam"),
    ("Re: Barista", "Hi Sam,\n\nthe team went with someone else in the end, sorry.\n\nDana",
     "Hi Dana,\nany news on my application?\nSam"),
]


@pytest.mark.parametrize(("subject", "new", "question"), ANSWERS)
def test_a_reply_to_the_readers_question_about_their_application(subject: str, new: str, question: str) -> None:
    verdict = classify(parse(_reply(subject, new, question)))
    assert verdict.is_rejection and verdict.confidence >= 0.7, verdict.reasons


@pytest.mark.parametrize(("subject", "new", "question", "author"), [
    # the quoted mail is someone else's (a colleague asking about their own application)
    (*ANSWERS[0][:3], "Kim Berger <kim@example.org>"),
    # the reader's question is about a flat, not a job
    ("Re: Wohnung", "Hallo Sam,\n\nwir haben uns leider entschieden, die Stelle anders zu besetzen.\n\nGruß\nDana",
     "Hallo,\nwie steht es um meine Bewerbung für die Wohnung?\nSam", READER),
])
def test_a_quoted_question_that_is_not_the_readers_job_application(subject: str, new: str, question: str,
                                                                    author: str) -> None:
    verdict = classify(parse(_reply(subject, new, question, author)))
    assert not any(r.startswith("a reply to the reader's question") for r in verdict.reasons), verdict.reasons
