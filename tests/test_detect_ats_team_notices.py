"""An applicant-tracking system tells the hiring team (the reader) that a named candidate was turned down: "der
Kandidat Max Weber wurde abgelehnt", "la candidate Léa Martin a été refusée", "el candidato Luis Pérez ha sido
descartado". Three of four were called rejections (0.73 to 0.97). The reader's own status notice stays one. Written for
this file."""

from __future__ import annotations

from labelled import letters_test

TEAM_NOTICES = [
    ("Kandidat abgelehnt: Max Weber",
     "Hallo Sam,\n\nder Kandidat Max Weber wurde für die Stelle Senior Developer abgelehnt. Status: Abgesagt.\n\n"
     "Dein Personio"),
    ("Bewerbung archiviert",
     "Hallo Sam,\n\ndie Bewerberin Jana Krüger ist von Tom am 3. Mai abgelehnt worden und wurde "
     "archiviert.\n\nRecruitee"),
    ("Candidat refusé : Léa Martin",
     "Bonjour Sam,\n\nla candidate Léa Martin a été refusée pour le poste de Comptable. Statut : Refusé.\n\n"
     "Welcome to the Jungle"),
    ("Candidato descartado",
     "Hola Sam,\n\nel candidato Luis Pérez ha sido descartado para el puesto de Contable. Estado: Descartado.\n\nTu "
     "ATS"),
    ("Candidato rejeitado",
     "Olá Sam,\n\no candidato João Silva foi rejeitado para a vaga de Contabilista. Estado: Rejeitado.\n\nO seu ATS"),
]

OWN_STATUS = [
    ("Statusänderung Ihrer Bewerbung",
     "Hallo Sam,\n\nder Status Ihrer Bewerbung als Senior Developer hat sich geändert: Abgelehnt. Wir danken Ihnen für "
     "Ihr Interesse.\n\nPersonio im Auftrag der Firma Nord"),
    ("Mise à jour de votre candidature",
     "Bonjour Sam,\n\nvotre candidature au poste de Comptable a été refusée. Nous vous remercions de votre intérêt.\n\n"
     "Welcome to the Jungle"),
]

test_an_ats_notice_to_the_hiring_team_is_no_rejection = letters_test(
    TEAM_NOTICES, "ATS <no-reply@ats.example>", rejection=False)
test_the_readers_own_status_notice_stays_a_rejection = letters_test(
    OWN_STATUS, "ATS <no-reply@ats.example>", rejection=True)
