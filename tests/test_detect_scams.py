"""A scam dressed as a rejection asks for what no employer's rejection does: money, bank details, a verified account,
a chat number ("your application has been declined due to incomplete verification: confirm your bank details").
Four of five such mails, in English, German and French, were called rejections (0.95 to 0.99): thousands of ordinary
mails include spam. A real rejection that warns against recruitment fraud ("we will never ask you to pay a fee")
stays one. Written for this file."""

from __future__ import annotations

from labelled import letters_test

SCAMS = [
    ("Your application status",
     "Dear Applicant,\n\nYour job application has been declined due to incomplete verification. To reactivate your "
     "profile, confirm your identity and bank details here: http://verify-jobs.example/login\n\nHR Department"),
    ("Re: job",
     "Hello dear,\n\nsorry your application for remote data entry was not successful, but we have a better offer: earn "
     "$500 weekly from home. Reply with your WhatsApp number.\n\nMrs. Linda"),
    ("Application declined",
     "Dear user,\n\nyour application for the Work From Home program has been declined. Pay a $49 processing fee to "
     "appeal: http://appeal.example\n\nSupport"),
    ("Bewerbung abgelehnt",
     "Sehr geehrte/r Bewerber/in,\n\nIhre Bewerbung wurde abgelehnt, da Ihr Konto nicht verifiziert ist. Bitte "
     "bestätigen Sie Ihre Bankdaten unter http://verify.example\n\nPersonalabteilung"),
    ("Candidature refusée",
     "Cher candidat,\n\nvotre candidature a été refusée car votre compte n'est pas vérifié. Confirmez vos coordonnées "
     "bancaires ici : http://verif.example\n\nService RH"),
]

WITH_A_FRAUD_WARNING = [
    ("Your application",
     "Dear Sam,\n\nUnfortunately we will not be progressing your application for the Analyst role.\n\nBeware of "
     "recruitment fraud: we will never ask you to pay a fee, to verify your account or for your bank details.\n\n"
     "Acme Talent"),
    ("Votre candidature",
     "Bonjour,\n\nnous ne donnerons pas suite à votre candidature.\n\nAttention aux arnaques : nous ne vous "
     "demanderons "
     "jamais de confirmer vos coordonnées bancaires.\n\nRH"),
    ("Su candidatura",
     "Hola,\n\nhemos decidido no seguir adelante con tu candidatura.\n\nNunca te pediremos que nos envíes tus datos "
     "bancarios por WhatsApp.\n\nRRHH"),
]

test_a_scam_dressed_as_a_rejection_is_no_rejection = letters_test(
    SCAMS, "HR Department <hr-notice@secure-mailer.example>", rejection=False)
test_a_rejection_with_a_fraud_warning_stays_one = letters_test(
    WITH_A_FRAUD_WARNING, "Acme Talent <talent@acme.example>", rejection=True)
