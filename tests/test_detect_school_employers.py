"""A school as the employer: a teacher's or a school staff member's rejection that names the school in its decision is
still a rejection when nothing in it speaks of a pupil, while a school place refused to the reader's child is not one.
"Kind regards" (German and Dutch "Kind" is a child) and French "son" ("his"), Spanish "son" ("are") once read as a
child and sank the teacher's rejection. All letters written for this file."""

from __future__ import annotations

from labelled import letters_test

TEACHER_REJECTIONS = [
    ("Your application - Year 4 Class Teacher",
     "Dear Sam,\n\nThank you for applying for the Year 4 Class Teacher vacancy at Oakfield Primary School. "
     "Unfortunately the school has decided to appoint another candidate.\n\nKind regards,\nMrs J. Hale\n"
     "School Business Manager"),
    ("Application: Science Technician",
     "Dear Sam,\n\nThank you for your interest in the Science Technician post. After interviews the school has "
     "offered the position to another applicant.\n\nKind regards,\nHR Officer\nBrookfield Academy"),
    ("Teacher of Geography - outcome",
     "Dear Mr Rivera,\n\nThank you for attending the interview for Teacher of Geography. I am sorry to tell you that "
     "the school will not be taking your application further.\n\nKind regards,\nHeadteacher"),
    ("Candidature - professeur de mathématiques",
     "Bonjour Monsieur Rivera,\n\nNous vous remercions pour votre candidature au poste de professeur de "
     "mathématiques. Après l'entretien avec son équipe, le directeur de l'école a choisi un autre candidat.\n\n"
     "Cordialement,\nLe secrétariat"),
    ("Candidatura - profesora de música",
     "Hola Sam:\n\nGracias por tu candidatura para el puesto de profesora de música. Las plazas son pocas y el "
     "colegio ha seleccionado a otra candidata.\n\nUn saludo,\nDirección"),
]

SCHOOL_PLACES = [
    ("Reception place - outcome",
     "Dear Mr Rivera,\n\nWe regret that your application for a Reception place for your son at Oakfield Primary "
     "School has been unsuccessful. He has been placed on the waiting list.\n\nKind regards,\nAdmissions Team"),
    ("Anmeldung an unserer Schule",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihr Kind an unserer Schule nicht "
     "aufnehmen können, da die Schule sich für andere Bewerber entschieden hat.\n\nMit freundlichen Grüßen\n"
     "Sekretariat"),
    ("Aanmelding basisschool",
     "Beste heer Rivera,\n\nHelaas kunnen we uw kind dit schooljaar geen plaats aanbieden op onze school; de school "
     "heeft voor andere aanmeldingen gekozen.\n\nMet vriendelijke groet,\nDe directie"),
]

test_a_schools_rejection_of_its_would_be_teacher_is_one = letters_test(
    TEACHER_REJECTIONS, "School Office <office@oakfield-school.example>", rejection=True)
test_a_school_place_refused_to_the_readers_child_is_no_rejection = letters_test(
    SCHOOL_PLACES, "Admissions <admissions@oakfield-school.example>", rejection=False)
