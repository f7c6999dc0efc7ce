"""Company extraction by error class (written for the classes the development corpora showed, in words of no corpus):
a heading or a unit's word in front of the name, a business word or a hyphenated part cut off its end, a particle
cut off its start, a status block's field or the mailbox's unit taken for the employer, a vendor's mail domain read
as a name. Each positive stands beside a look-alike that must keep today's answer.
"""

from __future__ import annotations

import pytest
from test_extract_company import NO, company, same  # the same letter builder and comparison


# a careers-site heading, a department or a programme in front of the name in the display is no part of it
@pytest.mark.parametrize(("sender", "lang", "want"), [
    ("Werken bij Zeehaven Oostmond <no-reply@werkenbijoostmond.example>", "nl", "Zeehaven Oostmond"),
    ("Personalmarketing Lindauer Versicherung <azubis@lindauer.example>", "de", "Lindauer Versicherung"),
    ("Recrutement alternance Ferronor <alternance@ferronor.example>", "fr", "Ferronor"),
    ("Capital Humano Ferretería El Roble <capitalhumano@elroble.example>", "es", "Ferretería El Roble"),
    ("Praktikumsbüro Nordlicht Verlag <praktikum@nordlicht-verlag.example>", "de", "Nordlicht Verlag"),
    # look-alikes: a business named after its trade office, an agency's trade, a capital firm
    ("Ingenieurbüro Hasenkamp <info@hasenkamp-ing.example>", "de", "Ingenieurbüro Hasenkamp"),
    ("Talentbureau Zonnebloem <info@zonnebloem-talent.example>", "nl", "Talentbureau Zonnebloem"),
    ("Ridgeway Capital <careers@ridgewaycapital.example>", "en", "Ridgeway Capital"),
])
def test_a_heading_before_the_name_is_no_part_of_it(sender: str, lang: str, want: str) -> None:
    assert same(company(f"Hallo Kim,\n\n{NO[lang]}\n", sender), want)


# a capitalised particle after a department word begins a Dutch or German name ("HR Van Dijk Logistiek")
@pytest.mark.parametrize(("sender", "want"), [
    ("HR Van Dijk Logistiek <vacatures@vandijklogistiek.example>", "Van Dijk Logistiek"),
    ("Werving De Zwaluw Bouw <werving@dezwaluwbouw.example>", "De Zwaluw Bouw"),
    ("Werving van Brugwater <werving@brugwater.example>", "Brugwater"),  # a lower-case "van" joins the unit
])
def test_a_particle_after_a_department_begins_the_name(sender: str, want: str) -> None:
    assert same(company(f"Beste Kim,\n\n{NO['nl']}\n", sender), want)


def test_de_chez_is_one_preposition() -> None:
    body = f"Bonjour Kim,\n\n{NO['fr']}\n\nLéa\n"
    assert same(company(body, "Léa de chez Papillon Rouge <lea@papillonrouge.example>"), "Papillon Rouge")


# a hyphen inside a word joins the name ("Vale-Verde"); one between spaces still ends it
@pytest.mark.parametrize(("subject", "sig", "want"), [
    ("Sua candidatura na Carpintaria Vale-Verde", "Carpintaria Vale-Verde", "Carpintaria Vale-Verde"),
    ("Sua candidatura na Carpintaria Lenho - atualização", "Carpintaria Lenho", "Carpintaria Lenho"),
])
def test_a_hyphenated_name_is_one_name(subject: str, sig: str, want: str) -> None:
    body = f"Olá Kim,\n\n{NO['pt']}\n\nAtenciosamente,\nRita Moura\n{sig}\n"
    assert same(company(body, "Rita Moura <rita.moura@rmoura.example>", subject), want)


# the name as the letter writes it in full: a sector noun after it joins it, a department after that does not
@pytest.mark.parametrize(("sender", "body", "want"), [
    ("Mrs P. Dunmore <office@larkspur-academy.example>",
     "Thank you for attending interview at Larkspur Academy last week. {no}\n\nThank you for your interest in "
     "Larkspur.\n\nMrs P. Dunmore\nHeadteacher\n", "Larkspur Academy"),
    ("Jobs at Penhallow <jobs@penhallow.example>", "{no}\n\nPenhallow Distribution Recruitment\n",
     "Penhallow Distribution"),
    ("Jobs at Penhallow <jobs@penhallow.example>", "{no}\n\nPenhallow Talent Team\n", "Penhallow"),  # a team only
])
def test_the_full_name_keeps_its_sector_noun(sender: str, body: str, want: str) -> None:
    assert same(company("Dear Kim,\n\n" + body.format(no=NO["en"]), sender), want)


def test_a_weak_clue_yields_to_the_domain_name_written_in_full() -> None:
    body = ("Candidate: Kim Ostrova\nStatus: Closed - not selected\n\n" + NO["en"] +
            "\n\nThis is an automated message from Brantley Systems.\n")
    assert same(company(body, "<noreply@apply.brantley.example>", "Req 5512 status change"), "Brantley Systems")


# a status block's field ("Estado: Descartada") is no signature line, and a job board's own mail domain ("join-mail",
# "computrabajo-mail") names the vendor, never the employer: the name the board relays wins
@pytest.mark.parametrize(("sender", "field"), [
    ("JOIN <no-reply@join-mail.example>", "Estado: Descartada"),
    ("Computrabajo <avisos@computrabajo-mail.example>", "Situación: Cerrada"),
])
def test_a_status_field_or_a_board_domain_is_not_the_employer(sender: str, field: str) -> None:
    body = (f"Hola Kim,\n\nTu candidatura para Camarero ha cambiado de estado.\n\n{field}\n\n{NO['es']}\n\n"
            "Aviso enviado por la plataforma en nombre de Mesón El Cántaro.\n")
    assert same(company(body, sender, "Novedades de tu candidatura: Camarero"), "Mesón El Cántaro")


def test_an_employer_field_still_names_the_employer() -> None:
    body = f"Hola Kim,\n\n{NO['es']}\n\n--\nEmpresa: Mesón El Cántaro\nEstado: Descartada\n"
    assert same(company(body, "JOIN <no-reply@join-mail.example>"), "Mesón El Cántaro")


# a display name of two parts, one the mailbox's unit: the other part is the organisation, however person-shaped
@pytest.mark.parametrize(("sender", "sig", "want"), [
    ("Bénévolat - Amis Sans Frontières <benevolat@asf-ong.example>", "", "Amis Sans Frontières"),
    ("Jobstudenten - Speeltuin Kabouterbos <jobstudent@kabouterbos.example>", "", "Speeltuin Kabouterbos"),
    # look-alike: the mailbox is the person's, who signs for the employer
    ("Recrutement - Claire Dubois <claire.dubois@lumen-brasserie.example>", "Claire Dubois\nBrasserie Lumen\n",
     "Brasserie Lumen"),
])
def test_the_mailbox_unit_in_the_display_is_not_the_employer(sender: str, sig: str, want: str) -> None:
    assert same(company(f"Bonjour Kim,\n\n{NO['fr']}\n\nCordialement,\n{sig}", sender), want)


# "the Client Services Executive role": a capitalised "Client" inside a title names no client
@pytest.mark.parametrize(("body", "want"), [
    ("Thanks for your time on the Client Success Coordinator role. {no}", "Marlowe Hart"),
    ("I've heard back from my client, Oakhurst Foods. {no}", "Oakhurst Foods"),  # look-alike: a client named
])
def test_a_capitalised_client_in_a_title_is_no_client(body: str, want: str) -> None:
    text = "Hi Kim,\n\n" + body.format(no=NO["en"]) + "\n\nBest,\nRuth Ellery\nMarlowe Hart Talent\n"
    assert same(company(text, "Marlowe Hart Talent <talent@marlowehart.example>"), want)


# a board's sentence names the employer before up to five words and "your application"
@pytest.mark.parametrize(("body", "lang", "want"), [
    ("Panadería Soledad ha actualizado el estado de tu candidatura. {no}", "es", "Panadería Soledad"),
    ("Brookvale Dairies has updated the status of your application. {no}", "en", "Brookvale Dairies"),
])
def test_a_board_names_the_employer_that_updated_the_status(body: str, lang: str, want: str) -> None:
    text = "Hi Kim,\n\n" + body.format(no=NO[lang]) + "\n"
    assert same(company(text, "Indeed <noreply@indeed-mail.example>"), want)


# a board's job card near the top: "<title> - <employer> - <place>"
@pytest.mark.parametrize(("card", "want"), [
    ("Repartidor/a - Farmacias Del Parque - Rosario", "Farmacias Del Parque"),
    ("Barista - Café Almendro - Mendoza", "Café Almendro"),
])
def test_a_job_card_names_the_employer(card: str, want: str) -> None:
    body = f"Novedades de tu postulación\n\n{card}\n\n{NO['es']}\n\nConsejo de Indeed: seguí postulándote.\n"
    assert same(company(body, "Indeed <alertas@indeed.example>"), want)


# a bar or a tavern is a business, not a person, on the display of a free-mail address
@pytest.mark.parametrize(("sender", "want"), [
    ("Bar La Esquina <laesquina.bar@correo.example>", "Bar La Esquina"),
    ("Taberna Los Arcos <losarcos@correo.example>", "Taberna Los Arcos"),
])
def test_a_bar_on_the_display_is_the_employer(sender: str, want: str) -> None:
    assert same(company(f"hola Kim! {NO['es']}\n", sender), want)


# a university named after "at" in the letter, over the school or chair that signs
@pytest.mark.parametrize(("line", "want"), [
    ("for the Lecturer in Geology post at Northmoor Coastal University.", "Northmoor Coastal University"),
    ("for the Lecturer in Geology post at the University of Eastmarch.", "University of Eastmarch"),
])
def test_a_university_named_in_the_letter_is_the_employer(line: str, want: str) -> None:
    body = (f"Dear Kim,\n\nThank you for applying {line} {NO['en']}\n\n"
            "Dr Ruth Gale\nChair of Panel\nSchool of Earth Sciences\n")
    assert same(company(body, "Dr Ruth Gale <r.gale@nmcu.example>"), want)


# an abbreviation on the display, written in full in the letter: the full name
@pytest.mark.parametrize(("sig", "want"), [
    ("Eastvale Department of Health", "Eastvale Department of Health"),
    ("Records Unit", "Eastvale DOH"),  # never written in full: the abbreviation stays
])
def test_an_abbreviation_is_spelled_out_where_the_mail_does(sig: str, want: str) -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\nHuman Resources Division\n{sig}\n"
    assert same(company(body, "Eastvale DOH Careers <careers@doh.eastvale-state.example>"), want)


# a hard-wrapped letter carries the name's business word to the next line
@pytest.mark.parametrize(("sig", "want"), [
    ("Kind regards, Tom Ashby, Talent Advisor, Thornfield Retail\nGroup", "Thornfield Retail Group"),
    ("Kind regards, Tom Ashby, Talent Advisor, Thornfield Retail\nLeeds", "Thornfield Retail"),  # a place, no part
])
def test_a_wrapped_name_goes_on_with_its_business_word(sig: str, want: str) -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\n{sig}\n"
    assert same(company(body, "Tom Ashby <tom.ashby@thornfieldretail.example>"), want)


# a recruitment firm's trade words are part of its name when its domain spells them ("talentonorte")
@pytest.mark.parametrize(("sender", "sig", "want"), [
    ("Irene Sáez <irene@talentonorte.example>", "Talento Norte", "Talento Norte"),
    ("Joost Bakker <joost@wervingzuid.example>", "Werving Zuid", "Werving Zuid"),
    ("Irene Sáez <irene@norte-logistica.example>", "Recursos Humanos Norte Logística", "Norte Logística"),  # a unit
])
def test_the_domain_keeps_a_firms_trade_words(sender: str, sig: str, want: str) -> None:
    lang = "nl" if "Joost" in sender else "es"
    name = sender.split(" <")[0]
    assert same(company(f"Hola Kim,\n\n{NO[lang]}\n\nSaludos,\n{name}\n{sig}\n", sender), want)


# a title, a panel or a degree signed alone is no employer: the organisation signed with it is
@pytest.mark.parametrize(("sig", "want"), [
    ("Met vriendelijke groet,\nSanne Vos\nHR & Stagecoördinator\nZonnekracht Energie", "Zonnekracht Energie"),
    ("Mit besten Grüßen\nDipl.-Ing. Jonas Brandt\nIngenieurbüro Brandt", "Ingenieurbüro Brandt"),
    ("Com os melhores cumprimentos,\nA Secretária do Júri,\nRui Matos\nEscola Superior de Vale Largo",
     "Escola Superior de Vale Largo"),
    ("Liebe Grüße\nAnna Roth\nTeamlead\nGemeinde Obertal", "Gemeinde Obertal"),
])
def test_a_signed_title_is_not_the_employer(sig: str, want: str) -> None:
    lang = {"Met": "nl", "Mit": "de", "Com": "pt", "Lie": "de"}[sig[:3]]
    assert same(company(f"Hallo Kim,\n\n{NO[lang]}\n\n{sig}\n", "Anna Roth <a.roth@mailbox.example>"), want)


# a recruiter names the client the reader met or spoke to ("Thanks for meeting X", "off the phone with X")
@pytest.mark.parametrize(("line", "want"), [
    ("Thanks for meeting Harrowgate Foods on Monday.", "Harrowgate Foods"),
    ("I've just come off the phone with Harrowgate Foods.", "Harrowgate Foods"),
    ("Thanks for meeting me on Monday.", "Brightpath Talent"),  # no client named: the firm that writes
])
def test_a_recruiter_names_the_client_met(line: str, want: str) -> None:
    body = (f"Hi Kim,\n\n{line} The client has decided not to take your application further.\n\n"
            "Best,\nTom Reed\nSenior Consultant | Brightpath Talent\n")
    assert same(company(body, "Tom Reed <tom.reed@brightpath-talent.example>"), want)


# a subject's status word beside the role ("Outcome - Deckhand") is no name
def test_a_subject_status_word_is_no_name() -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\nRegards,\nJo Marsh\n"
    assert same(company(body, "Jo Marsh <jo.marsh@harbourline.example>", "Outcome - Deckhand"), "Harbourline")


# "Unit" ends a public body's own name ("Crown Appointments Unit"), as the mail writes it
def test_a_unit_ends_a_public_bodys_name() -> None:
    body = f"Dear Kim,\n\n{NO['en']}\n\nCrown Appointments Unit\n"
    sender = "Crown Appointments Unit <competitions@crownappointments.gov.example>"
    assert same(company(body, sender, "Competition CA-2027-03: Outcome"), "Crown Appointments Unit")


# an administration's one-word head before "de" is no first name ("Direção-Geral de X" is one name; "Rui de X" is not)
@pytest.mark.parametrize(("sender", "want"), [
    ("Direção-Geral de Portos e Faróis <concursos@dgpf.example>", "Direção-Geral de Portos e Faróis"),
    ("Rui de Casa Lusa <rui@casalusa.example>", "Casa Lusa"),
])
def test_an_administrations_head_is_no_first_name(sender: str, want: str) -> None:
    assert same(company(f"Exmo. Senhor,\n\n{NO['pt']}\n", sender), want)
