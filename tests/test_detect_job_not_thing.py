"""A word that usually means "not a job" (a grant, a school, a membership, a letting, a talk) can be the job itself: the
title applied for ("the Grants Officer position", "our Membership Manager role") or the employer of a teacher ("a post
at St. Jude's Primary School", "Lehrkraft an unserer Schule"). Such rejections must be found; the grant, the school
place, the mortgage or the membership they resemble must still not be."""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

# (subject, body): each is a job rejection and must be found.
JOBS = [
    # --- the word is part of the title applied for, wherever the title stands (the subject too)
    ("Your application: Grants Officer", "Dear Sam,\n\nThank you for applying for the Grants Officer position. After "
     "careful consideration we have decided not to take your application further.\n\nKind regards,\nDana Cole"),
    ("Membership Manager", "Dear Sam,\n\nThank you for applying for our Membership Manager role. Unfortunately we will "
     "not be progressing your application on this occasion.\n\nRegards,\nDana"),
    ("Lettings Negotiator", "Dear Sam,\n\nThanks for your interest in the Lettings Negotiator position. We have "
     "decided not to move forward with your application.\n\nDana"),
    # --- a teacher's or a school worker's post, the school named after it
    ("Year 4 teacher post", "Dear Sam,\n\nThank you for coming in for interview for the Year 4 class teacher post at "
     "St. Jude's Primary School. I'm afraid we have appointed another candidate.\n\nBest wishes,\nDana Cole"),
    ("Sollicitatie", "Beste Sam,\n\nBedankt voor je sollicitatie als juf in basisschool De Regenboog. Helaas hebben we "
     "voor iemand anders gekozen.\n\nGroetjes,\nDana"),
    ("Candidature enseignant", "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de professeur des "
     "écoles à l'école Jean Moulin. Malheureusement, nous avons retenu une autre candidature.\n\nCordialement,\nDana"),
    ("Ihre Bewerbung", "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Lehrkraft an unserer Schule. Leider haben wir "
     "uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nDana Cole\nSchulleitung"),
    ("Su candidatura", "Hola Sam,\n\nGracias por su candidatura al puesto de profesor en el Colegio San José. "
     "Lamentablemente hemos seleccionado a otro candidato.\n\nUn saludo,\nDana"),
    ("Candidatura", "Olá Sam,\n\nObrigado pela sua candidatura à vaga de professor na Escola Básica de Alvalade. "
     "Infelizmente optámos por outro candidato.\n\nCumprimentos,\nDana"),
    # --- a chat after an interview ("charla") is no talk proposed at a conference
    ("Proceso de selección", "Hola Sam,\n\nGracias de nuevo por la charla del jueves. Lo hemos pensado bien y no vamos "
     "a seguir contigo en el proceso para el puesto de diseñador.\n\nUn saludo,\nDana"),
    # --- the thing is what the chosen candidate has, after a comma as often as not
    ("Candidatura - Técnica de Projetos", "Cara Sam,\n\nAgradecemos a sua participação no processo. A decisão "
     "final foi favorável a outra candidata, cuja experiência em financiamento europeu se ajusta melhor ao projeto.\n\n"
     "Com os melhores cumprimentos,\nRita Faria"),
    ("Your application - Project Officer", "Dear Sam,\n\nThank you for interviewing with us. We have offered the "
     "post to another candidate, whose experience with research funding bids matched the brief more closely.\n\n"
     "Best wishes,\nDana Cole"),
]

# (subject, body): the grant, the school place, the course, the mortgage: none is a job rejection.
NOT_JOBS = [
    ("Your grant application", "Dear Sam,\n\nThank you for your grant application. The panel has decided not to fund "
     "your proposal this round.\n\nDana Cole\nGrants Officer"),
    ("Nursery place", "Dear Sam,\n\nThank you for your application for a nursery place for Lily. Unfortunately we are "
     "unable to offer a place this year.\n\nDana Cole\nBluebell Nursery School"),
    ("School place", "Dear Sam,\n\nThank you for your application for a place at Oakfield Primary School for your "
     "daughter. I'm afraid we have offered all places to other applicants.\n\nDana Cole"),
    ("Your mortgage application", "Dear Sam,\n\nThank you for your application. Unfortunately we are unable to proceed "
     "with your mortgage application. Your mortgage adviser will be in touch.\n\nDana"),
    ("Admission", "Bonjour Sam,\n\nVotre candidature à l'école de commerce de Rennes n'a malheureusement pas été "
     "retenue pour la rentrée.\n\nLe service des admissions"),
    ("Teacher training", "Dear Sam,\n\nThank you for your application to the teacher training programme at Oakfield "
     "School. Unfortunately you have not been offered a place this year.\n\nDana"),
    ("Platz", "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung um einen Platz an unserer Schule für Ihre Tochter. Leider "
     "können wir ihr keinen Platz anbieten.\n\nDana"),
    ("Tu propuesta", "Hola Sam,\n\nGracias por enviarnos tu charla para el congreso. Lamentablemente tu charla no ha "
     "sido seleccionada para el programa de este año.\n\nEl comité"),
    ("Meetup", "Hola Sam,\n\nGracias por proponer una charla en el meetup de marzo. Lamentablemente no podemos "
     "incluirla; hemos elegido otras propuestas.\n\nDana"),
    ("Committee role", "Dear Sam,\n\nThank you for putting yourself forward for the committee position. We have chosen "
     "another candidate to join the board of trustees.\n\nDana"),
]


@pytest.mark.parametrize(("subject", "body"), JOBS, ids=ids(JOBS))
def test_a_job_named_after_a_thing_is_found(subject: str, body: str) -> None:
    assert found(mail(body, subject))


@pytest.mark.parametrize(("subject", "body"), NOT_JOBS, ids=ids(NOT_JOBS))
def test_the_thing_itself_is_no_job_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject))
