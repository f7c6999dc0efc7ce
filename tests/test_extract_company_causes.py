"""Company extraction by cause of error: each test rewords one cause class (in words of no corpus) beside a look-alike
the rule must not take.

Causes: an organisation's line taken for the signer; a long Romance name with lower-case words; a staffing agency's
client; a department, programme or team word; a person's salutation or title; the sending software's own name.
"""

from __future__ import annotations

import pytest
from test_extract_company import NO, company, same  # the same letter builder and comparison


# an organisation whose name is shaped like a person's ("Birkenau Wasser") and signs the letter or the display is the
# employer when the domain spells it or a business word holds it; a person at an own-name firm stays a person
@pytest.mark.parametrize(("sender", "sig", "want"), [
    ("Birkenau Wasser <bewerbung@birkenauwasser.example>", "Birkenau Wasser", "Birkenau Wasser"),
    ("Karriere <karriere@felsbach.example>", "Mit freundlichen Grüßen\nFelsbach Gruppe", "Felsbach Gruppe"),
    ("Gasthof Zur Linde <linde@gasthof-linde.example>", "Gasthof Zur Linde", "Gasthof Zur Linde"),
    ("Marlene Kurz <m.kurz@kurz-moebel.example>", "Viele Grüße\nMarlene Kurz\nKurz Möbelhaus", "Kurz Möbelhaus"),
])
def test_an_organisation_shaped_like_a_person_signs(sender: str, sig: str, want: str) -> None:
    assert same(company(f"Hallo Kim,\n\n{NO['de']}\n\n{sig}\n", sender), want)


@pytest.mark.parametrize(("sender", "sig", "want"), [
    ("Kestrel Aerospace <careers@kestrelaero.example>", "Kestrel Aerospace", "Kestrel Aerospace"),  # shortened domain
    ("Hollins Engineering <apply@hollins.example>", "Hollins Engineering", "Hollins Engineering"),  # business word
])
def test_an_english_organisation_shaped_like_a_person(sender: str, sig: str, want: str) -> None:
    assert same(company(f"Dear Kim,\n\n{NO['en']}\n\n{sig}\n", sender), want)


def test_a_person_whose_mailbox_begins_with_the_first_name_stays_a_person() -> None:
    # "Jonas Birkenau" writes from jonas.birkenau@birkenau-holz: his own name, beside the firm's
    body = f"Hallo Kim,\n\n{NO['de']}\n\nViele Grüße\nJonas Birkenau\nBirkenau Holz\n"
    assert same(company(body, "Jonas Birkenau <jonas.birkenau@birkenau-holz.example>"), "Birkenau Holz")


# a French organisation's long name keeps its lower-case words and its elided article; a sentence does not pass so
@pytest.mark.parametrize(("sig", "want"), [
    ("Hôpital régional de Valcourt", "Hôpital régional de Valcourt"),
    ("Régie de gestion des Eaux du Lautaret", "Régie de gestion des Eaux du Lautaret"),
    ("Association Pont d'Avenir", "Association Pont d'Avenir"),
    ("Maison d'Édition Clairval", "Maison d'Édition Clairval"),
])
def test_a_long_french_name_under_the_letter(sig: str, want: str) -> None:
    body = f"Madame,\n\n{NO['fr']}\n\nCordialement,\nPauline Girard\n{sig}\n"
    assert same(company(body, "Pauline Girard <pauline.girard@recrutement-ouest.example>"), want)


def test_a_sentence_after_a_name_is_not_a_long_name() -> None:
    body = (f"Madame,\n\n{NO['fr']}\n\nCordialement,\nPauline Girard\nValmont Énergie\n"
            "Valmont Énergie fait partie du Groupe Ardan\n")
    got = company(body, "Pauline Girard <pauline.girard@valmont-energie.example>")
    assert same(got, "Valmont Énergie")


# a recruiter relays the client's answer: "unserem Auftraggeber, der X AG", "X have come back: ..."
@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Paula Rehm <rehm@rehm-personal.example>",
     "Guten Tag Frau Ostrova,\n\nnach Rücksprache mit unserem Auftraggeber, der Lindner Maschinenbau AG, müssen wir "
     "Ihnen leider absagen.\n\nBeste Grüße\nPaula Rehm\nRehm Personalberatung", "Lindner Maschinenbau"),
    ("Owen Tate <owen@tatesearch.example>",
     "Kim,\n\nBlackthorn Analytics have come back: it's a no for the analyst role, they went with someone "
     "else.\n\n"
     "Owen\nTate Search", "Blackthorn Analytics"),
])
def test_the_client_a_recruiter_names(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_lower_case_phrase_after_customers_is_no_client() -> None:
    body = ("Sehr geehrte Frau Ostrova,\n\nwir haben uns für eine Kandidatin entschieden, die Erfahrung in einem "
            "Umfeld hat, das für unsere Kunden besonders wichtig ist. Ihre Bewerbung können wir leider nicht "
            "berücksichtigen.\n\nMit freundlichen Grüßen\nHelga Brandt\nSteinmetz Automation GmbH\n")
    got = company(body, "Helga Brandt <helga.brandt@steinmetz-automation.example>")
    assert same(got, "Steinmetz Automation")


# a practice named after its doctor keeps the title; a doctor's own name or a salutation is no company
@pytest.mark.parametrize(("sender", "sig", "bad", "want"), [
    ("Hanna Weiland <hanna.weiland@praxis-weiland.example>", "Mit freundlichen Grüßen\nHanna Weiland\n"
     "Tierarztpraxis Dr. Weiland", None, "Tierarztpraxis Dr. Weiland"),
    ("Sekretariat <sekretariat@realschule-am-hang.example>", "Mit freundlichen Grüßen\nDr. Hanna Weiland\n"
     "Schulleiterin", "Dr. Hanna Weiland", None),
])
def test_a_doctors_title(sender: str, sig: str, bad: str | None, want: str | None) -> None:
    got = company(f"Sehr geehrte Frau Ostrova,\n\n{NO['de']}\n\n{sig}\n", sender)
    assert not same(got, bad) and not same(got, "Dr") if bad else same(got, want)


def test_a_greeting_with_a_salutation_is_no_company() -> None:
    body = ("Grüß Gott Frau Ostrova,\n\nich muss Ihnen leider absagen, die Stelle ist schon vergeben.\n\n"
            "Toni Huber\nMalerei Huber\n")
    got = company(body, "Toni Huber <toni@malerei-huber.example>")
    assert same(got, "Malerei Huber")


def test_a_one_word_answer_is_no_company() -> None:
    got = company("Nein, leider nicht. Die Stelle ist schon vergeben.\n\nOlaf\n",
                  "Olaf Brandt <olaf@brandt-garten.example>", subject="Re: Bewerbung")
    assert not same(got, "Nein")


# a team, a programme, a unit or its head beside the name is no part of it
@pytest.mark.parametrize(("sender", "sig", "want"), [
    ("Auswahl <auswahl@suedbahn-karriere.example>", "Team Ausbildung\nSüdbahn", "Südbahn"),
    ("People & Culture <people@wanderlust-reisen.example>", "Dein People & Culture Team\nWanderlust Reisen",
     "Wanderlust Reisen"),
    ("Ines Vogt <vogt@kaiserhof-pflege.example>", "Ines Vogt\nHeimleitung Kaiserhof", "Kaiserhof"),
    ("Redaktion <jobs@elbkurier.example>", "Lokalredaktion Elbkurier", "Elbkurier"),
])
def test_a_unit_beside_the_name(sender: str, sig: str, want: str) -> None:
    assert same(company(f"Hallo Kim,\n\n{NO['de']}\n\nViele Grüße\n{sig}\n", sender), want)


def test_a_firm_of_partners_is_not_a_title() -> None:
    body = (f"Sehr geehrte Frau Ostrova,\n\n{NO['de']}\n\nMit freundlichen Grüßen\n"
            "Jana Roth\nRoth & Partner Architekten\n")
    assert same(company(body, "Jana Roth <roth@roth-partner.example>"), "Roth & Partner Architekten")


# the software that sent the mail signs under it: its name is not the employer's
def test_the_sending_software_is_not_the_employer() -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\nKind regards,\nHalvorsen Foods\nPowered by HireLoop\n"
    assert same(company(body, "HireLoop <notifications@hireloop-ats.example>"), "Halvorsen Foods")


def test_a_wrapped_sentence_is_no_signature_line() -> None:
    body = ("Madame,\n\nNous avons reçu de nombreux profils. Après\nexamen, le jury n'a pas souhaité donner une suite\n"
            "favorable à votre candidature.\n\nSincères salutations,\nLéa Martin\nCentre Aquatique de Brévent\n")
    got = company(body, "Léa Martin <lea.martin@aquabrevent.example>")
    assert not same(got, "examen")


# a recruiter forwards the employer's own answer: the organisation the forwarded writer's domain spells
def test_the_forwarded_writers_organisation_is_the_client() -> None:
    body = ("Hi Kim,\n\nSee below from Marchbank, sorry it's not better news.\n\n"
            "Tess Aldine\nConsultant, Aldine Talent\n\n"
            "---------- Forwarded message ---------\nFrom: Rob Hale <rob.hale@marchbankfoods.example>\n"
            "Subject: Feedback - Buyer\nTo: Tess Aldine <tess@aldinetalent.example>\n\nHi Tess,\n\n"
            "We will not take Kim further for the buyer role. Thanks for the introduction.\n\nRob Hale\n"
            "Head of Buying, Marchbank Foods\n")
    got = company(body, "Tess Aldine <tess@aldinetalent.example>", subject="Fwd: Feedback - Buyer")
    assert same(got, "Marchbank Foods")


def test_a_colleague_forwarding_from_the_same_domain_names_no_client() -> None:
    body = ("Hi Kim,\n\nForwarding the note from our hiring manager below.\n\nTess Aldine\nMarchbank Foods\n\n"
            "---------- Forwarded message ---------\nFrom: Rob Hale <rob.hale@marchbankfoods.example>\n"
            "Subject: Buyer\nTo: Tess Aldine <tess@marchbankfoods.example>\n\nHi Tess,\n\n"
            f"{NO['en']}\n\nRob\n")
    got = company(body, "Tess Aldine <tess@marchbankfoods.example>", subject="Fwd: Buyer")
    assert same(got, "Marchbank Foods")


# a subject about a named third party: the recruiter's client; a subject about the position names none
@pytest.mark.parametrize(("subject", "want"), [
    ("Feedback Brandauer Logistik", "Brandauer Logistik"),
    ("Vertriebsleiter (Kunde: Brandauer Logistik)", "Brandauer Logistik"),
    ("Rückmeldung Filialleitung Kassel", "Hanse Personal Consult"),
])
def test_a_subject_names_the_client(subject: str, want: str) -> None:
    body = ("Hallo Kim,\n\nleider gibt es eine Absage, man hat sich für eine andere Kandidatin entschieden.\n\n"
            "Beste Grüße\nMia Lorenz\nHanse Personal Consult\n")
    assert same(company(body, "Mia Lorenz <lorenz@hanse-personal-consult.example>", subject=subject), want)


# a recruiter writes of a client it does not name: the recruiter's firm, with its trade in its name, is all there
# is; a place after the trade is no part of it
@pytest.mark.parametrize(("sig", "want"), [
    ("Rui Matos\nCorvo Recrutamento", "Corvo Recrutamento"),
    ("Rui Matos\nCorvo Executive Search", "Corvo Executive Search"),
])
def test_an_agency_keeps_its_trade_in_its_name(sig: str, want: str) -> None:
    body = ("Hi Kim,\n\nI heard back from my client today: unfortunately they have decided not to take your "
            f"application further.\n\nBest,\n{sig}\n")
    assert same(company(body, "Rui Matos <rui.matos@corvo.example>"), want)


def test_a_place_after_the_agencys_trade_is_no_part_of_it() -> None:
    body = ("Hi Kim,\n\nI heard back from my client today: unfortunately they have decided not to take your "
            "application further.\n\nBest,\nRui Matos\nCorvo Recrutamento Lisboa\n")
    assert not same(company(body, "Rui Matos <rui.matos@corvo.example>"), "Corvo Recrutamento Lisboa")


def test_an_employers_team_after_its_name_stays_off() -> None:
    body = f"Hi Kim,\n\n{NO['en']}\n\nBest,\nRui Matos\nCorvo Recruitment Team\n"
    assert same(company(body, "Rui Matos <rui.matos@corvo.example>"), "Corvo")


# the name of a domain under a second level ("greyfield.org.example", "oakhill.sch.example") is the label before it
def test_a_second_level_domain_names_the_label_before_it() -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\nKind regards,\nRecruitment Office\nOakhill Academy\n"
    assert same(company(body, "Schools HR <schoolshr@oakhill.sch.example>"), "Oakhill Academy")


# a compound that ends with an organisation noun names an organisation, not a person
def test_a_compound_organisation_noun_is_no_person() -> None:
    body = "Hallo Kim,\n\nhelaas hebben wij besloten niet verder te gaan met je sollicitatie.\n\nTeam Rondleidingen\n"
    got = company(body, "Stadsmuseum Kieldrecht <rondleidingen@smkieldrecht.example>",
                  subject="Je sollicitatie bij Stadsmuseum Kieldrecht")
    assert same(got, "Stadsmuseum Kieldrecht")


# "Management have decided": a body of people, not an employer's name
def test_a_deciding_body_is_no_employer() -> None:
    body = ("Hi Kim,\n\nThanks for your patience. Unfortunately Management have decided not to take your application "
            "further.\n\nBest,\nJo Pike\nPike Orchards\n")
    got = company(body, "Jo Pike <jo.pike@pikeorchards.example>")
    assert same(got, "Pike Orchards")


# the name as the mail writes it in full, with a business word after it
def test_the_business_word_after_a_display_name() -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\nHuman Resources Unit\nOrla Savings Bank\n"
    assert same(company(body, "Orla Savings <hr@orlasavings.example>"), "Orla Savings Bank")


# the domain spells the name with its trade word ("Vireo RH" from vireo-rh.example): the written form keeps it;
# a team after a name the domain spells without it stays off
@pytest.mark.parametrize(("sender", "want"), [
    ("Vireo RH Recrutement <noreply@vireo-rh.example>", "Vireo RH"),
    ("Vireo RH Recrutement <noreply@vireo.example>", "Vireo"),
])
def test_the_domain_confirms_a_trade_word(sender: str, want: str) -> None:
    assert same(company(f"Madame,\n\n{NO['fr']}\n\nL'équipe Vireo\n", sender), want)
