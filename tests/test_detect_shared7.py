"""Shared rules of round 7 (``phrases.py``, ``classifier.py``), each with reworded positives and the look-alikes next
to them (none of these letters is in a corpus):

1. a job title in the subject is job context for a decision said to the reader ("Technicus" / "we nemen je niet");
2. a status set on the reader's application in quotation marks is no citation, nor is a letter relayed whole;
3. a line break before a greeting, a sign-off, a blank line or a capitalised short line ends the decision's sentence,
   so the next line's question does not turn the decision into one;
4. the shared not-a-job veto does not fire on a word of the employer's name, on a requirement said of the other
   candidates, on the Spanish "bolsa" (a job pool) nor on a bare "não foi admitido" that names no course.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

from nextround.detect.phrases import subject_title

SENDER = "Noor Vermeulen <noor@werkplaats-oost.example>"


# --- 1. a job title in the subject -------------------------------------------------------------------------------

@pytest.mark.parametrize("subject", [
    "Magazijnmedewerker", "re: Kok", "Verpleegkundige nachtdienst", "Webredacteur", "Lasser/monteur",
    "Projektleiterin Hochbau", "Fahrer (m/w/d)", "Serveuse", "Responsable de rayon", "Fontanero/a", "Re: cocinera",
    "Eletricista", "Cozinheira", "Backend Developer", "Fwd: Store Supervisor", "Tweede ronde: zorgcoördinator",
])
def test_subjects_that_name_a_job_title(subject: str) -> None:
    assert subject_title(subject)


@pytest.mark.parametrize("subject", [
    "Newsletter", "Password Manager update", "Your order has shipped", "A note for the teacher", "Ihr Trainer",
    "Reminder: dinner on Friday", "Weekly digest", "Trainer", "Parents' evening", "Fotos van zaterdag",
])
def test_subjects_that_name_no_job_title(subject: str) -> None:
    assert not subject_title(subject)


TITLED_REJECTIONS = [
    ("Magazijnmedewerker", "Hoi Sam,\n\nWe hebben helaas voor iemand anders gekozen dan jou.\n\nGroet,\nNoor"),
    ("re: kok", "Hé Sam, we nemen je helaas niet aan, iemand met meer ervaring in de keuken ging voor.\n\nNoor"),
    ("Projektleiterin Hochbau", "Hallo Sam,\n\nwir haben uns leider gegen dich entschieden.\n\nViele Grüße\nNoor"),
    ("Serveuse", "Bonjour Sam,\n\nnous ne pouvons malheureusement pas retenir ta candidature cette fois.\n\nNoor"),
    ("Re: cocinera", "Hola Sam, al final no has sido la persona elegida, lo siento mucho.\n\nUn abrazo,\nNoor"),
    ("Cozinheira", "Olá Sam,\n\ninfelizmente decidimos não avançar com você.\n\nAbraço,\nNoor"),
    ("Backend Developer", "Hi Sam,\n\nthanks for the chat. Sadly we won't be moving you forward.\n\nBest,\nNoor"),
]


# the decision names the post of the subject instead of the reader ("contratar a otra ceramista")
TITLED_REJECTIONS += [
    ("Soldador/a", "Hola Sam:\n\ntras la prueba hemos decidido contratar a otro soldador para el taller.\n\nNoor"),
    ("Re: barman", "Hoi Sam,\n\nWe hebben helaas al een andere barman aangenomen voor het terras.\n\nNoor"),
    # a step of the selection as the subject
    ("Proefopdracht", "Hoi Sam,\n\nJe proefopdracht was helaas niet sterk genoeg, dus we nemen je niet aan.\n\nNoor"),
    ("Reference check", "Hi Sam,\n\nafter the reference check we have decided not to offer you the position.\n\nNoor"),
    # a short Spanish note that the language guess reads as Portuguese
    ("Repartidor/a", "Hola Sam: te agradecemos la prueba. No te vamos a poder contratar para la campaña de "
                     "Navidad.\n\nNoor"),
]


@pytest.mark.parametrize(("subject", "body"), TITLED_REJECTIONS)
def test_a_decision_to_the_reader_under_a_title_subject_is_a_rejection(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


TITLED_NOT_REJECTIONS = [
    # a title subject without a decision; a decision said of a hall, a manuscript, no one in particular
    ("Magazijnmedewerker", "Hoi Sam,\n\nKun je morgen om negen uur langskomen voor een kennismaking?\n\nGroet,\nNoor"),
    ("Lehrer", "Hallo Sam,\n\ndie Turnhalle ist am Sonntag leider anderweitig vergeben.\n\nViele Grüße\nNoor"),
    ("Fahrer", "Guten Tag,\n\nleider passt es nicht in unser Programm, das Manuskript geht zurück.\n\nGrüße\nNoor"),
    # unpaid or amateur places: volunteering, a choir, a club, a part in a play
    ("Begeleider", "Hoi Sam,\n\nWe kunnen je deze maand geen vrijwilligersplek aanbieden, we hebben genoeg "
                   "mensen.\n\nNoor"),
    ("Trainer Jugend", "Hallo Sam,\n\nleider können wir dir im Verein diesmal keine Mannschaft geben.\n\nNoor"),
    ("Professor", "Olá Sam,\n\nnão foi selecionado para o coro da associação este ano.\n\nNoor"),
    ("Koch", "Sehr geehrter Herr Rivera,\n\ndanke für Ihr Vorsprechen; leider können wir Ihnen die Rolle nicht "
             "geben.\n\nNoor"),
    # a newsletter with a title subject
    ("Manager newsletter", "In this issue: how to tell a candidate you went with someone else.\n\nUnsubscribe"),
    # a flat viewing with a consultant, a school notice
    ("Consultant visit", "Unfortunately the landlord decided to go with another tenant for the flat.\n\nNoor"),
    ("Teacher", "Dear parents,\n\nunfortunately your child was not selected for the school trip.\n\nNoor"),
]


TITLED_NOT_REJECTIONS += [
    # a process word or a title subject in mail that is no job mail: a dating note, a case study newsletter
    ("Kennismaking", "Hoi Sam,\n\nLeuk je ontmoet te hebben, maar ik laat het bij deze kennismaking.\n\nNoor"),
    ("Case study", "This month's case study: how a bakery chain told applicants they were not selected.\n\n"
                   "Unsubscribe from this newsletter"),
]


@pytest.mark.parametrize(("subject", "body"), TITLED_NOT_REJECTIONS)
def test_a_title_subject_alone_makes_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER))


# --- 2. quoted statuses and relayed letters --------------------------------------------------------------------

QUOTED_STATUSES = [
    ("Ihre Bewerbung", "Guten Tag,\n\nIhre Unterlagen haben wir geprüft. Der Status Ihrer Bewerbung wurde auf "
                       "„Abgelehnt“ gesetzt.\n\nMit freundlichen Grüßen\nHR"),
    ("Your application", "Hello Sam,\n\nyour application was marked as \"Not selected\" by the hiring team.\n\nHR"),
    ("Je sollicitatie", "Hoi Sam,\n\nJe sollicitatie staat sinds vandaag op \"Afgewezen\".\n\nGroet,\nHR"),
    ("A sua candidatura", "Olá Sam,\n\nO estado da sua candidatura foi alterado para \"Não selecionado\".\n\nRH"),
    # a job board relays the employer's letter in quotation marks, greeting and all
    ("Nieuw bericht over je sollicitatie", "Hallo Sam,\n\nJe hebt een bericht ontvangen over je sollicitatie. "
     "\"Beste Sam, helaas hebben we voor een andere kandidaat gekozen. Succes!\"\n\nJe Vacaturesite"),
]


@pytest.mark.parametrize(("subject", "body"), QUOTED_STATUSES)
def test_a_quoted_status_or_relayed_letter_is_read(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


QUOTED_CITATIONS = [
    ("Tips for your application", "Never answer a recruiter's \"we went with another candidate\" in anger. "
                                  "Ask for feedback instead.\n\nThe careers desk"),
    ("Your application", "Hello Sam,\n\nwe hear \"not selected\" a lot from applicants who skip the cover "
                         "letter, so please add one before Friday.\n\nHR"),
    ("Bewerbungstipps", "Viele Bewerber lesen „abgelehnt“ und geben auf. Bleiben Sie dran!\n\nIhr Karriere-Team"),
    # a status set by the reader on someone else's application, a friend asking about one
    ("ATS training", "Dear team,\n\nTo close a requisition, move the remaining applications to \"Declined\" before "
                     "Friday.\n\nTalent Ops"),
    ("Re: my application", "Hi Sam, did they mark your application as \"Not selected\" too? Mine was.\n\nJo"),
]


@pytest.mark.parametrize(("subject", "body"), QUOTED_CITATIONS)
def test_a_cited_status_is_still_a_citation(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER))


# --- 3. a line with no full stop -----------------------------------------------------------------------------

LINE_ENDS = [
    "hey Sam!\n\nthanks for coming in on monday. sorry but we went with someone else for the job\n\n"
    "stay in touch ok?\n\nNoor",
    "Hi Sam,\nunfortunately we won't be offering you the position\nThanks again for your time - any questions?\nNoor",
    "hi Sam\n\nsadly you didn't get the job this time round\n\ncheers\nNoor\nps fancy a coffee sometime?",
]


@pytest.mark.parametrize("body", LINE_ENDS)
def test_a_decision_line_is_not_the_next_lines_question(body: str) -> None:
    assert found(mail(body, subject="quick update", sender=SENDER))


LINE_QUESTIONS = [
    # one question wrapped over lines (lower case, or after a long line) still asks
    "Hi Sam,\n\nhas the role already been filled by\nsomeone else, do you know?\n\nNoor",
    "Hi Sam,\n\nquick one from the recruiting side: did they tell you whether they went with someone else for\n"
    "Product Lead, or is it still open?\n\nNoor",
]


@pytest.mark.parametrize("body", LINE_QUESTIONS)
def test_a_question_wrapped_over_lines_still_asks(body: str) -> None:
    assert not found(mail(body, subject="quick update", sender=SENDER))


# --- 4. the not-a-job veto, narrowed by construction -----------------------------------------------------------

NOT_A_JOB_WORDS_THAT_ARE_JOBS = [
    # the employer's name in the signature of a letter about the reader's application
    ("Ihre Bewerbung als Erzieherin", "Liebe Frau Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir haben uns für eine "
     "Kollegin mit mehr Erfahrung entschieden.\n\nHerzliche Grüße\nAnke Wolf\nLeitung Kita Regenbogen"),
    ("Tu candidatura", "Hola Sam:\n\nGracias por tu candidatura. Hemos elegido a otra persona para el puesto de "
     "administrativo.\n\nMarta Gil\nInmobiliaria Costa Azul"),
    # what the other candidates have: a degree, experience with school systems
    ("A sua candidatura", "Olá Sam,\n\na sua candidatura foi preterida a favor de candidatos com mestrado em "
     "logística.\n\nRH"),
    ("Your application", "Dear Sam,\n\nthank you for your application. We have appointed another candidate whose "
     "experience with school IT systems was broader.\n\nHR"),
    # a Spanish "bolsa" is a pool of candidates for a post; a care flat is a workplace
    ("Tu candidatura", "Hola Sam:\n\nno has superado la preselección para la bolsa de Conserje del Ayuntamiento.\n\n"
     "Personal"),
    ("Tu candidatura", "Hola Sam,\n\nte agradecemos tu participación en el proceso de integrador/a social del piso "
     "supervisado de Alcorcón. Hemos elegido a otra candidata con más experiencia.\n\nFundación"),
    # a public competition that admits no one to it, naming no course
    ("Concurso", "Exmo. Senhor, a candidatura de V. Exa. ao concurso para Assistente Técnico não foi admitida por "
     "falta de documentos."),
]


@pytest.mark.parametrize(("subject", "body"), NOT_A_JOB_WORDS_THAT_ARE_JOBS)
def test_a_not_a_job_word_that_names_no_other_thing_is_no_veto(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


STILL_NOT_JOBS = [
    # a child's place at a nursery: the nursery signs, the child is named
    ("Ihre Bewerbung um einen Platz", "Liebe Frau Rivera,\n\nleider können wir Ihrem Kind zum Sommer keinen Platz "
     "anbieten, Ihre Bewerbung wurde nicht berücksichtigt.\n\nHerzliche Grüße\nKita Regenbogen"),
    ("Candidatura à vaga no berçário", "Cara Encarregada de Educação, a candidatura do seu filho à vaga no berçário "
     "não foi admitida por falta de lugares.\n\nA Direção"),
    # a flat whose decision sentence names the flat; a master's programme the reader applied to
    ("Your application", "Dear Sam,\n\nunfortunately your application for the apartment was unsuccessful, the "
     "landlord chose another tenant.\n\nCity Lettings"),
    ("Your application", "Dear Sam,\n\nthank you for your application. We went with someone with a move-in date "
                         "closer to the apartment handover.\n\nCity Lettings"),
    ("Tu candidatura", "Hola Sam:\n\ntu candidatura no ha sido admitida en el máster en Finanzas este año.\n\n"
     "Secretaría"),
    ("A sua candidatura", "Cara Sam, a sua candidatura ao mestrado em Economia não foi aceite nesta fase."),
]


@pytest.mark.parametrize(("subject", "body"), STILL_NOT_JOBS)
def test_the_veto_still_holds_where_it_is_meant(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER))
