"""The post the reader applied for, filled, with a long name or a relative clause between the post and "filled" ("The
position of Senior Accounts Payable and Vendor Management Specialist, for which you applied, has been filled", "de
vacature voor ... waarop je hebt gesolliciteerd is inmiddels vervuld"), or filled by the employer in the active voice
("We have filled the ... role you applied for", "nous avons pourvu le poste ... auquel vous aviez postulé"). Next to
them the same words where nothing is decided yet: the post still open, a promise about later, a condition. All texts
are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Clara Morel <clara.morel@morel-partners.example>"
POST = "Senior Accounts Payable and Vendor Management Specialist"

REJECTIONS = [
    ("Your application",
     f"Hi Sam,\n\nThe {POST} position you applied for has been filled.\n\nClara Morel\nMorel Partners"),
    ("Your application",
     f"Hi Sam,\n\nWe have filled the {POST} role you applied for. Thank you for your time.\n\nClara"),
    ("Your application", f"Hi Sam,\n\nThe position of {POST}, for which you applied, has been filled.\n\nClara"),
    ("Re: Accounts Payable",
     "Hi Sam,\n\nthanks for your patience. We've now filled the accounts payable job that you applied "
     "for, sorry it wasn't better news.\n\nClara"),
    ("Ihre Bewerbung",
     "Hallo Sam,\n\ndie Stelle als Sachbearbeiter Kreditorenbuchhaltung und Lieferantenmanagement, auf die "
     "Sie sich beworben haben, ist bereits besetzt.\n\nClara Morel"),
    ("Tu candidatura",
     "Hola Sam,\n\nel puesto de Técnico Senior de Cuentas a Pagar y Gestión de Proveedores al que te "
     "postulaste ya ha sido cubierto.\n\nClara"),
    ("Tu postulación",
     "Hola Sam,\n\nte escribo para contarte que la vacante de analista contable para la que te "
     "postulaste ya fue cubierta. Mucho éxito.\n\nClara"),
    ("Je sollicitatie",
     "Hoi Sam,\n\nde vacature voor Senior Medewerker Crediteurenadministratie en Leveranciersbeheer waarop "
     "je hebt gesolliciteerd is inmiddels vervuld.\n\nClara"),
    ("Re: crediteuren",
     "Hoi Sam,\n\nde functie van medewerker crediteurenadministratie waar je op hebt gereageerd is al "
     "ingevuld.\n\nGroet,\nClara"),
    ("A sua candidatura",
     "Olá Sam,\n\na vaga de Técnico Sénior de Contas a Pagar e Gestão de Fornecedores à qual se "
     "candidatou já foi preenchida.\n\nClara"),
    ("Votre candidature",
     "Bonjour Sam,\n\nle poste de Responsable Senior Comptabilité Fournisseurs et Gestion des Tiers "
     "auquel vous avez postulé a été pourvu.\n\nClaire"),
    ("Votre candidature",
     "Bonjour Sam,\n\nnous avons pourvu le poste de comptable fournisseurs auquel vous aviez postulé. "
     "Nous vous souhaitons bonne continuation.\n\nClaire"),
]

LOOKALIKES = [
    ("Your application",
     f"Hi Sam,\n\nThe {POST} position you applied for has not been filled yet; interviews run until "
     "Friday.\n\nClara"),
    ("Application received",
     "Hi Sam,\n\nthanks for applying. Once the role for which you applied has been filled, we will "
     "delete your data within six months.\n\nClara"),
    ("Tu candidatura",
     "Hola Sam,\n\nel puesto al que te postulaste aún no ha sido cubierto: seguimos entrevistando esta "
     "semana.\n\nClara"),
    ("Je sollicitatie",
     "Hoi Sam,\n\nde vacature waarop je hebt gesolliciteerd is nog niet vervuld. We bellen je volgende "
     "week voor een gesprek.\n\nClara"),
    ("A sua candidatura",
     "Olá Sam,\n\na vaga à qual se candidatou ainda não foi preenchida e a sua candidatura está em "
     "análise.\n\nClara"),
    ("Votre candidature",
     "Bonjour Sam,\n\nle poste auquel vous avez postulé n'a pas encore été pourvu ; nous revenons vers "
     "vous la semaine prochaine.\n\nClaire"),
]

# Called a rejection by older rules ("position filled", "the role went to someone else"), which read no condition before
# the choice; the new family here does not fire on it.
KNOWN_GAPS = [
    ("Your application",
     "Hi Sam,\n\nIf we have filled the analyst role you applied for, you will hear from us by Friday."
     "\n\nClara"),
]


test_the_post_applied_for_filled_is_a_rejection = letters_test(REJECTIONS, SENDER, rejection=True)
test_the_post_applied_for_still_open_is_none = letters_test(LOOKALIKES, SENDER, rejection=False)
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=False,
                              known_gap="known gap: a condition before 'we have filled' (see KNOWN_GAPS)")
