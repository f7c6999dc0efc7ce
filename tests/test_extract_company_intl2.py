"""Company extraction in German, French, Spanish, Portuguese and Dutch mail: long and multi-word names, and where they
sit. Each class is reworded here (invented names, .example domains, in words of no corpus) beside a look-alike whose
answer must not change.

Classes: (a) a recruiter's client named in a long clause ("notre client X a examiné..."), with a joiner or a
capitalised article inside the name; (b) a name with an elided particle ("Caisse d'Entraide", "Agence d'Urbanisme");
(c) a name that begins with a team word ("People Solutions X") or a team line with a particle or an abbreviation
("HR-afdeling Van den Bosch", "Dpto. de Selección | X"); (d) an organisation noun that keeps a display name from
passing for a person's; (e) a domain that is the long name's initials ("edt-jobs" for "Evangelisches Diakoniewerk
Talheim"); (f) a subject that names the employer beside the selection ("X - Proceso de selección") or with a Dutch
"en" inside the name; (g) "Nuestra Señora" and "Gebr." inside a name.
"""

from __future__ import annotations

import pytest
from test_extract_company import NO, company, same  # the same letter builder and comparison

# --- (a) a recruiter's client, named in a long clause ---------------------------------------------------------------


@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Inès Carpentier <ines.carpentier@cap-recrutement.example>",
     "Bonjour Kim,\n\nnotre client Verrerie du Lac Bleu a étudié votre parcours avec beaucoup d'intérêt, mais a choisi "
     "une autre personne pour ce poste.\n\nBien à vous,\nInès Carpentier\nCap Recrutement\n", "Verrerie du Lac Bleu"),
    ("Marta Sousa <marta.sousa@talentoporto.example>",
     "Olá Kim,\n\no nosso cliente Serralharia Bom Ferro optou por avançar com outro perfil para esta função depois de "
     "uma análise demorada.\n\nCumprimentos,\nMarta Sousa\nTalento Porto\n", "Serralharia Bom Ferro"),
    ("Joost Brink <joost.brink@brinkwerving.example>",
     "Hoi Kim,\n\nonze opdrachtgever Drukwerk Noordkaap heeft na lang wikken en wegen gekozen voor iemand met meer "
     "ervaring in de grafische sector.\n\nGroet,\nJoost Brink\nBrink Werving\n", "Drukwerk Noordkaap"),
    ("Iker Zubiri <iker.zubiri@zubiriselecion.example>",  # "y" inside the name, not its end
     "Hola Kim:\n\nnuestro cliente Aceros y Forjas del Cantábrico ha decidido seguir con otras personas que encajan "
     "mejor en el puesto.\n\nUn saludo,\nIker Zubiri\nZubiri Selección\n", "Aceros y Forjas del Cantábrico"),
    ("Hélène Brun <helene.brun@brun-conseil.example>",  # a capitalised article mid-sentence is the name's own
     "Bonjour Kim,\n\nnotre client La Fourmi Verte a étudié votre candidature mais souhaite poursuivre avec un autre "
     "profil.\n\nCordialement,\nHélène Brun\nBrun Conseil\n", "La Fourmi Verte"),
])
def test_a_recruiters_client_named_in_a_long_clause(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_client_left_unnamed_keeps_the_firms_own_name() -> None:
    body = ("Hola Kim:\n\nnuestro cliente ha decidido seguir con otras personas que encajan mejor en el puesto.\n\n"
            "Un saludo,\nIker Zubiri\nZubiri Selección\n")
    assert same(company(body, "Iker Zubiri <iker.zubiri@zubiriseleccion.example>"), "Zubiri Selección")


@pytest.mark.parametrize(("sender", "body"), [
    ("Katja Brenner <katja.brenner@brenner-personal.example>",
     "Sehr geehrte Frau Ostrova,\n\nunser Mandant hat sich nach Prüfung Ihrer Unterlagen für eine andere Bewerberin "
     "entschieden.\n\nMit freundlichen Grüßen\nKatja Brenner\nBrenner Personalberatung\n"),
    ("Wouter Smit <wouter.smit@smitwerving.example>",
     "Geachte heer Van Dalen,\n\nonze opdrachtgever heeft besloten niet verder te gaan met je sollicitatie.\n\n"
     "Met vriendelijke groet,\nWouter Smit\nSmit Werving\n"),
])
def test_the_one_addressed_before_the_client_noun_is_no_client(sender: str, body: str) -> None:
    got = company(body, sender)
    assert not same(got, "Ostrova") and not same(got, "Frau Ostrova") and not same(got, "Dalen"), got
    assert not same(got, "Van Dalen"), got


# --- (b) an elided particle inside the name --------------------------------------------------------------------------


@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Welcome to the Jungle <noreply@welcometothejungle.com>",
     "Bonjour Kim,\n\nl'entreprise Maison d'Hôtes du Belvédère a consulté votre candidature et a décidé de ne pas y "
     "donner suite.\n\nBelle journée,\nWelcome to the Jungle\n", "Maison d'Hôtes du Belvédère"),
    ("Caisse d'Entraide du Var <emploi@ced-var.example>",
     f"Bonjour Kim,\n\nmerci pour l'intérêt porté à notre maison. {NO['fr']}\n\nCordialement,\nSandrine Olivier\n",
     "Caisse d'Entraide du Var"),
])
def test_a_name_with_an_elided_particle_is_read_whole(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


# --- (c) a team word that begins the name; a team line with a particle or an abbreviation -----------------------------


@pytest.mark.parametrize(("sender", "sig", "lang", "want"), [
    ("People Solutions Atlântico <rh@psatlantico.example>", "Cumprimentos,\nRita Lobo", "pt",
     "People Solutions Atlântico"),
    ("Recruiting <jobs@talentlabs-koeln.example>", "Viele Grüße\nIhr Team der Talent Labs Köln", "de",
     "Talent Labs Köln"),
    ("Recruiting <vacatures@vdbosch.example>", "Met vriendelijke groet,\nHR-afdeling Van den Bosch Hoveniers", "nl",
     "Van den Bosch Hoveniers"),
    ("Recruiting <seleccion@csaa.example>", "Atentamente,\nDpto. de Selección | Colegio Santa Ana de Alcalá", "es",
     "Colegio Santa Ana de Alcalá"),
])
def test_a_team_word_or_team_line_around_the_name(sender: str, sig: str, lang: str, want: str) -> None:
    assert same(company(f"Hola Kim,\n\n{NO[lang]}\n\n{sig}\n", sender), want)


@pytest.mark.parametrize(("sender", "sig", "lang", "want"), [
    ("People & Culture Vinhal <rh@vinhal.example>", "Cumprimentos,\nRita Lobo", "pt", "Vinhal"),
    ("Talent Acquisition Brightfold <jobs@brightfold.example>", "Best,\nRita Lobo", "en", "Brightfold"),
    ("Selección Grupo Olmedal <seleccion@grupoolmedal.example>", "Un saludo,\nEquipo de Selección", "es",
     "Grupo Olmedal"),
    ("Recruiting <vacatures@dalenbouw.example>", "Met vriendelijke groet,\nHR-afdeling Dalen Bouw", "nl", "Dalen Bouw"),
])
def test_a_team_word_before_an_ordinary_name_still_goes(sender: str, sig: str, lang: str, want: str) -> None:
    assert same(company(f"Hello Kim,\n\n{NO[lang]}\n\n{sig}\n", sender), want)


# --- (d) an organisation noun keeps a display name from passing for a person's --------------------------------------


@pytest.mark.parametrize(("sender", "lang", "want"), [
    ("Caisse Solidaire Bretagne <emploi@csb.example>", "fr", "Caisse Solidaire Bretagne"),
    ("Landratsamt Hohenwiese <bewerbung@lra-hw.example>", "de", "Landratsamt Hohenwiese"),
])
def test_an_organisation_display_shaped_like_a_name(sender: str, lang: str, want: str) -> None:
    assert same(company(f"Hallo Kim,\n\n{NO[lang]}\n\nGrüße,\nAnke Steffens\n", sender), want)


def test_a_persons_display_stays_a_person() -> None:
    body = f"Bonjour Kim,\n\n{NO['fr']}\n\nCordialement,\nCamille Roussel\nAtelier Brisemer\n"
    assert same(company(body, "Camille Roussel <camille@brisemer.example>"), "Atelier Brisemer")


# --- (e) a domain spelled with the long name's initials --------------------------------------------------------------


@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Carola Specht <carola@ksw-jobs.example>",
     "Guten Tag Kim,\n\nherzlichen Dank für Ihr Interesse an einer Stelle bei Kreiskliniken Schwarzwald West. "
     f"{NO['de']}\n\nViele Grüße\nCarola Specht\n", "Kreiskliniken Schwarzwald West"),
    ("Paula Nieto <paula@ddc.example>",
     "Hola Kim:\n\nqueremos agradecerte tu interés en formar parte de Diputación de Cáceres. "
     f"{NO['es']}\n\nAtentamente,\nPaula Nieto\n", "Diputación de Cáceres"),
])
def test_a_domain_of_initials_agrees_with_the_written_name(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_domain_that_spells_no_initials_keeps_todays_answer() -> None:
    body = ("Guten Tag Kim,\n\nherzlichen Dank für Ihr Interesse an einer Stelle bei Kreiskliniken Schwarzwald West. "
            f"{NO['de']}\n\nViele Grüße\nCarola Specht\n")
    assert same(company(body, "Carola Specht <carola@mittelgrund.example>"), "Mittelgrund")


# --- (f) the subject names the employer ------------------------------------------------------------------------------


@pytest.mark.parametrize(("subject", "lang", "want"), [
    ("Cooperativa Sol de Mayo - Proceso de selección", "es", "Cooperativa Sol de Mayo"),
    ("Grupo Serra Verde | Processo seletivo", "pt", "Grupo Serra Verde"),
    ("Sollicitatie Magazijnmedewerker – Stichting Wonen en Zorg Lekstroom", "nl", "Stichting Wonen en Zorg Lekstroom"),
    ("Sollicitatie Planner – Talent Solutions Noord", "nl", "Talent Solutions Noord"),
])
def test_the_subject_names_the_employer(subject: str, lang: str, want: str) -> None:
    body = f"Beste Kim,\n\n{NO[lang]}\n\nGroet,\nNina Vos\n"
    assert same(company(body, "Recruitee <no-reply@candidates.recruitee.com>", subject), want)


@pytest.mark.parametrize(("subject", "lang"), [
    ("Processo seletivo - Atendente de Loja", "pt"),  # the post after the selection, not an employer
    ("Sollicitatie – People Operations Lead", "nl"),  # a title with a team word
])
def test_a_subject_that_names_the_post_gives_no_employer(subject: str, lang: str) -> None:
    body = f"Beste Kim,\n\n{NO[lang]}\n\nGroet,\nNina Vos\n"
    assert company(body, "Recruitee <no-reply@candidates.recruitee.com>", subject) is None


# --- (g) words of a name that look like a salutation or a sentence's end -------------------------------------------


@pytest.mark.parametrize(("sig", "lang", "want"), [
    ("Atentamente,\nLorena Gil\nColegio Nuestra Señora de la Vega", "es", "Colegio Nuestra Señora de la Vega"),
    ("Met vriendelijke groet,\nJan Dekker\nTransportbedrijf Gebr. Hoekstra", "nl", "Transportbedrijf Gebr. Hoekstra"),
])
def test_a_name_with_a_title_word_or_an_abbreviation(sig: str, lang: str, want: str) -> None:
    sender = "Recruiting <noreply@holding-centraal.example>"
    assert same(company(f"Hola Kim,\n\n{NO[lang]}\n\n{sig}\n", sender), want)


# --- (h) a subsidiary named beside its group; a name with a hotel's stars; a display that shortens the name ----------


@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Aurélie Masson <aurelie.masson@groupe-castelnau.example>",
     "Bonjour Kim,\n\nvotre candidature chez Brasseries Ardennaises, filiale du groupe Castelnau, n'a pas été retenue "
     "pour ce poste.\n\nBien cordialement,\nAurélie Masson\nBrasseries Ardennaises | Groupe Castelnau\n",
     "Brasseries Ardennaises"),
    ("RRHH <rrhh@hotelcalablanca.example>",
     f"Estimada Kim:\n\n{NO['es']}\n\nUn cordial saludo,\nHotel Cala Blanca ****\nPaseo Marítimo 4, Nerja\n",
     "Hotel Cala Blanca"),
    ("Recruitment Koopmans <werkenbij@koopmans-notarissen.example>",
     f"Beste Kim,\n\nDank je voor je interesse in Koopmans Notarissen. {NO['nl']}\n\nGroet,\nIris Bos\n",
     "Koopmans Notarissen"),
    ("Werkzoeken <noreply@werkzoeken.nl>",
     "Beste Kim,\n\nhet bedrijf Installatiebedrijf Kuipers heeft je sollicitatie bekeken en heeft besloten je niet "
     "uit te nodigen.\n\nMet vriendelijke groet,\nWerkzoeken\n", "Installatiebedrijf Kuipers"),
])
def test_the_employer_beside_its_group_board_or_short_form(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_group_that_writes_as_itself_stays_the_group() -> None:
    body = (f"Bonjour Kim,\n\n{NO['fr']}\n\nBien cordialement,\nAurélie Masson\nGroupe Castelnau\n")
    assert same(company(body, "Aurélie Masson <aurelie.masson@groupe-castelnau.example>"), "Groupe Castelnau")


# --- (i) an organisation noun with its subject after "für"; recruiting software; a business word; a short first name -


@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Dr. Jana Wirth <jana.wirth@ifk-halle.example>",
     "Guten Tag Kim,\n\nvielen Dank für Ihr Interesse an Institut für Klimafolgenforschung. "
     f"{NO['de']}\n\nMit besten Grüßen\nDr. Jana Wirth\n", "Institut für Klimafolgenforschung"),
    ("Ole Brandt <ole.brandt@brandt-personal.example>",
     "Sehr geehrte Kim,\n\nunser Mandant, das Zentrum für Seniorenpflege, hat sich für eine andere Bewerberin "
     "entschieden.\n\nMit freundlichen Grüßen\nOle Brandt\nBrandt Personalberatung\n", "Zentrum für Seniorenpflege"),
    ("Talentsoft - Maison Vernet <ne-pas-repondre@vernet.talentsoft.example>",
     f"Bonjour Kim,\n\n{NO['fr']}\n\nMaison Vernet\n", "Maison Vernet"),
    ("Elbufer Logistik via JOIN <noreply@join.com>",
     f"Hallo Kim,\n\n{NO['de']}\n\nViel Erfolg bei der Suche!\nElbufer Logistik\n", "Elbufer Logistik"),
])
def test_an_organisation_read_whole_or_beside_its_software(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_short_first_name_under_the_letter_is_no_company() -> None:
    body = f"Hola Kim:\n\n{NO['es']}\n\nAbrazo!\n\nValen\n"
    assert not same(company(body, "Valentina Ruiz <valentina.ruiz@cumbre.example>"), "Valen")


def test_an_organisation_noun_before_a_lower_case_for_is_cut_as_before() -> None:
    # "für die Stelle": the post, not the name's subject
    body = ("Guten Tag Kim,\n\nvielen Dank für Ihre Bewerbung bei Sternwerk für die Stelle als Monteur. "
            f"{NO['de']}\n\nViele Grüße\nTeam Sternwerk\n")
    assert same(company(body, "Jobs <jobs@sternwerk.example>"), "Sternwerk")


# --- (j) a recruiter names its client in a slot of its own language; the firm's own name beside it --------------


@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Joana Reis <joana.reis@vertice-recrutamento.example>",
     "Olá Kim,\n\nrecebi retorno sobre a vaga de Analista Fiscal na Cerâmica Aurora. Infelizmente o cliente optou "
     "por outro candidato.\n\nAbraço,\nJoana Reis\nVértice Recrutamento\n", "Cerâmica Aurora"),
    ("Luc Perrin <luc.perrin@sommet-rh.example>",
     "Bonjour Kim,\n\nje reviens vers vous au sujet du poste de technicien méthodes chez Forges du Jura. Le client "
     "a retenu un autre candidat.\n\nBien à vous,\nLuc Perrin\nSommet RH\n", "Forges du Jura"),
    ("Nadine Roux | Cabinet Sommet RH <nadine.roux@sommet-rh.example>",
     "Bonjour Kim,\n\nconcernant le poste d'acheteur chez notre client, les Tuileries Vauban. Le comité a choisi un "
     "autre profil.\n\nBien à vous,\nNadine Roux\nConsultante – Cabinet Sommet RH\n", "Tuileries Vauban"),
])
def test_a_recruiter_names_its_client_in_its_own_language(sender: str, body: str, want: str) -> None:
    assert same(company(body, sender), want)


def test_a_recruiter_without_a_client_name_keeps_its_own() -> None:
    body = ("Olá Kim,\n\nInfelizmente o cliente optou por outro candidato para esta vaga.\n\nAbraço,\nJoana Reis\n"
            "Vértice Recrutamento\n")
    assert same(company(body, "Joana Reis <joana.reis@vertice-recrutamento.example>"), "Vértice Recrutamento")


def test_a_name_signed_under_the_team_display_is_the_organisation() -> None:
    body = f"Hola Kim:\n\n{NO['es']}\n\nAerovías Tramontana – Talent Acquisition\n"
    sender = "Aerovías Tramontana Careers <careers@tramontana.smartrecruiters-mail.example>"
    assert same(company(body, sender, "Auxiliar de Vuelo – estado de tu solicitud"), "Aerovías Tramontana")


# --- (k) a board's subject names the employer who acted; the writer's own name under a team line ------------------


def test_a_boards_subject_names_the_employer_who_acted() -> None:
    body = ("Ihre Bewerbung: Lagerhelfer (m/w/d)\n\nSpedition Falkenhorst – Bremen\n\nDer Arbeitgeber hat Ihre "
            f"Bewerbung geprüft. {NO['de']}\n")
    got = company(body, "Indeed <bewerbungen@indeed.com>", "Spedition Falkenhorst hat Ihre Bewerbung geprüft")
    assert same(got, "Spedition Falkenhorst")


def test_a_boards_subject_led_by_its_own_noun_names_no_employer() -> None:
    body = f"Hola Kim:\n\n{NO['es']}\n\nEstado: Descartada\n"
    got = company(body, "Computrabajo <avisos@computrabajo.com>", "Novedades de tu candidatura")
    assert not same(got, "Novedades")


def test_the_writer_signed_under_a_team_line_is_no_organisation() -> None:
    body = (f"Geachte heer Smit,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nZorgverzekeraar Duinrand\nAfdeling HR\n"
            "Wim Hoekstra\n")
    assert same(company(body, "Wim Hoekstra <w.hoekstra@zvduinrand.example>"), "Zorgverzekeraar Duinrand")
