"""The contact of a rejection: the person who wrote or signed it, and the address to answer them at.

A thank-you note greets the contact by name, so an organisation, a unit, a programme or a greeting taken for a person
("Dear Servicio,", "Dear Sonnige Grüße,") is the worst answer; no name is better. Next to those, people who did sign
and are easy to miss: a first name alone under a sign-off or before the shop's name, initials before a surname, an
apostrophe or a particle in the name, an official's title before the name, a person signing a no-reply ATS mail, an
HTML-only signature. The address: the signer's own when the mail shows it, else the sender's when it is a
person's own mailbox; none from a team's mailbox (jobs@, hello@, talent@) or a no-reply one, and none when no person
signs.
Every letter, name and domain is written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import mail

from nextround.detect import classify
from nextround.message import parse

NO = {
    "en": "Unfortunately we have decided not to take your application any further.",
    "de": "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
    "du": "Leider können wir dir diesmal keine Zusage geben.",
    "fr": "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    "es": "Lamentamos comunicarle que su candidatura no ha sido seleccionada.",
    "tu": "Lamentablemente no vamos a poder seguir adelante con tu candidatura.",
    "nl": "Helaas moeten wij u meedelen dat wij uw sollicitatie niet verder in behandeling nemen.",
    "je": "Helaas hebben we besloten niet verder te gaan met je sollicitatie.",
    "pt": "Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte.",
    "br": "Infelizmente você não foi selecionado para seguir no processo.",
}


def ids(cases: list) -> list[str]:
    """The row number and the case's description (also of a pytest.param row)."""
    return [f"{i}:{(c.values if hasattr(c, 'values') else c)[0]}" for i, c in enumerate(cases)]


def contact(body: str, sender: str, reply_to: str | None = None, html: bool = False) -> tuple:
    verdict = classify(parse(mail(body, sender=sender, reply_to=reply_to, subtype="html" if html else "plain")))
    assert verdict.is_rejection and verdict.confidence >= 0.7, verdict.reasons
    return verdict.contact_name, verdict.contact_email


# --- no person signs: an organisation, a unit, a team, a programme or a portal is no contact -----------------------
NO_PERSON = [
    ("es: a university's staff office", "Universidad de Pinarejo - Personal <pdi@upinarejo.example>",
     f"Estimado/a concursante:\n\n{NO['es']}\n\n"
     "Servicio de Personal Docente e Investigador\nUniversidad de Pinarejo\n"),
    ("es: a consortium alone", "Consorcio de Residuos del Alto Tajo <empleo@consorcio-altotajo.example>",
     f"Estimado/a aspirante:\n\n{NO['es']}\n\nConsorcio de Residuos del Alto Tajo\n"),
    ("es: a town hall", "Ayuntamiento de Valdeolmos <personal@valdeolmos.example>",
     f"Sra. Ortega:\n\n{NO['es']}\n\nAyuntamiento de Valdeolmos\n"),
    ("es: a records office under the town hall", "Ayuntamiento de Robledal – Personal <personal@robledal.example>",
     f"Sr. Navas:\n\n{NO['es']}\n\nNegociado de Personal\nAyuntamiento de Robledal\n"),
    ("es: an institute after a sign-off", "Instituto de Genómica del Duero <rrhh@igduero.example>",
     f"Estimada Dra. Salas:\n\n{NO['es']}\n\n"
     "Atentamente,\nOficina de Recursos Humanos\nInstituto de Genómica del Duero\n"),
    ("es: a municipal library", "Biblioteca Municipal <biblioteca@villarroble.example>",
     f"Buenas tardes:\n\n{NO['es']}\n\nUn saludo,\nAyuntamiento de Villarroble\n"),
    ("es: a graduate programme", "Programa Graduados <graduados@bancoandino.example>",
     f"Hola Inés,\n\n{NO['tu']}\n\n¡Mucha suerte!\nEquipo Programa Graduados, Banco Andino\n"),
    ("es: a firm whose name the domain spells", "Cerámicas Llanura <talento@ceramicas-llanura.example>",
     f"Estimado/a Inés:\n\n{NO['es']}\n\nCerámicas Llanura\n"),
    ("es: a clinic network spelled as one word", "Red Vital <seleccion@redvital.example>",
     f"Estimado/a Inés:\n\n{NO['es']}\n\nGracias por su interés.\nRed Vital\n"),
    ("es: the group's own name signs", "Conservas Bahía Norte <reclutamiento@bahianorte.example>",
     f"Hola Inés:\n\nGracias por tu interés en Grupo Conservas Bahía Norte.\n{NO['tu']}\n\nTe deseamos éxito,\n"
     "Reclutamiento y Selección\nGrupo Conservas Bahía Norte\n"),
    ("pt: a division", "Divisão de Pessoal – Município de Vale Fundo <pessoal@valefundo.example>",
     f"Exma. Senhora,\n\n{NO['pt']}\n\nDivisão de Recursos Humanos\nMunicípio de Vale Fundo\n"),
    ("pt: a committee", "Comissão de Seleção <concursos@inst-maresia.example>",
     f"Cara candidata,\n\n{NO['pt']}\n\nComissão de Seleção\nInstituto Maresia\n"),
    ("pt: a trainee programme", "Programa de Trainees – Cooperativa Serra Azul <trainee@serraazul.example>",
     f"Olá Beatriz,\n\n{NO['br']}\n\nEquipe do Programa de Trainees\nCooperativa Serra Azul\n"),
    ("pt: a people team", "Farmácias Rede Sol <talentos@redesol.example>",
     f"Oi, Marcos!\n\n{NO['br']}\n\nCom carinho,\nTime de Talentos Rede Sol\n"),
    ("de: a training team with a possessive", "Bahnwerk Mittelland Ausbildung <noreply@bahnwerk-mittelland.example>",
     f"Sehr geehrte Frau Haas,\n\n{NO['de']}\n\n"
     "Mit freundlichen Grüßen\nIhr Ausbildungsteam\nBahnwerk Mittelland GmbH\n"),
    ("de: a sign-off the list does not know", "Kornblume Naturkost <noreply@personio.example>",
     f"Hallo Mia,\n\n{NO['du']}\n\nSonnige Grüße\nDein People-Team von Kornblume\n"),
    ("de: a crew office", "Team Sommerklang Festival <crew@sommerklang.example>",
     f"Hey Lena,\n\n{NO['du']}\n\nBis bald!\nDein Sommerklang-Crewbüro\n"),
    ("de: a federal office", "Bundesamt für Deichbau <auswahl@bfdb.example>",
     f"Sehr geehrter Herr Roth,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nBundesamt für Deichbau\nReferat Personal\n"),
    ("en: an apprenticeship mailbox", "Apprenticeships <apprenticeships@marlowrail.example>",
     f"Dear Jordan,\n\n{NO['en']}\n\nGood luck with your future applications.\nMarlow Rail Apprenticeship Team\n"),
    ("en: an ATS portal line", "Vantor Pharma <vantorpharma@myworkday.example>",
     f"Dear Priya Nair,\n\n{NO['en']}\n\nVantor Pharma Global Talent Acquisition\nCandidate Home\n"),
    ("en: a public appointments unit", "Public Appointments Office <competitions@publicappts.gov.example>",
     f"Dear Candidate,\n\n{NO['en']}\n\nPublic Appointments Office\n"),
    ("en: a courier firm's one-liner", "Swift Parcels <ops@swiftparcels.example>",
     "Hi, the driver job is filled, we won't be taking your application further. Thanks for applying.\n"),
    ("fr: a volunteering unit", "Volontariat - Terres Solidaires <volontariat@terres-solidaires.test>",
     f"Bonjour Camille,\n\n{NO['fr']}\n\nLe pôle volontariat\n"),
    ("fr: a federal service", "SPF Finances - Sélections <selections@finances-fed.test>",
     f"Madame,\n\n{NO['fr']}\n\nService sélection\n"),
    ("fr: a region's HR", "Région Val-d'Oise Nord - DRH <concours@valnord-region.test>",
     f"Madame,\n\n{NO['fr']}\n\nLa Direction des ressources humaines\n"),
    ("nl: a university of applied sciences", "Hogeschool Westkaap <cvb@hs-westkaap.example>",
     f"Geachte mevrouw Visser,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nCollege van Bestuur Hogeschool Westkaap\n"),
    ("nl: a wind farm", "Windpark Kustlijn <vacatures@windpark-kustlijn.example>",
     f"Beste Noor,\n\n{NO['je']}\n\nMet vriendelijke groet,\nWindpark Kustlijn\n"),
    ("nl: a museum", "Kunstmuseum Veldhaven <personeel@kunstmuseum-veldhaven.example>",
     f"Beste mevrouw Visser,\n\n{NO['nl']}\n\nMet vriendelijke groeten,\nKunstmuseum Veldhaven\n"),
    ("nl: an OCMW selection office", "OCMW Berkelaar <selectie@ocmw-berkelaar.example>",
     f"Beste mevrouw Visser,\n\n{NO['nl']}\n\nMet vriendelijke groeten,\nSelectiedienst OCMW Berkelaar\n"),
    ("nl: a formal sign-off the list does not know", "Zorggroep Eikenhof <noreply@eikenhof.example>",
     f"Geachte heer Claes,\n\n{NO['nl']}\n\nHoogachtend,\n\nTeam Recruitment\n"),
    ("nl: a manager's title and the shop", "Supermarkt Vlietstra via Indeed <noreply@indeedemail.example>",
     f"Hoi Mohamed,\n\n{NO['je']}\n\nGroet,\nBedrijfsleider Supermarkt Vlietstra Leiden\n"),
    ("br: an abbreviated sign-off", "Sítio Boa Safra <nao-responder@boasafra.example>",
     f"Bom dia, Gonçalo.\n\n{NO['br']}\n\nAtt,\nTime de Recrutamento Sítio Boa Safra\n"),
    ("en: the brand under a team's line, and a phone's footer", "Lumenor <no-reply@greenhouse.io>",
     f"Hi Sam,\n\n{NO['en']}\n\nBest regards,\nThe Talent Acquisition Team\nLumenor\n\nSent from my iPhone\n"),
    ("en: a brand the letter also names", "Kestrel Talent <no-reply@greenhouse.io>",
     f"Hi Sam,\n\nThank you for applying to Kestrel. {NO['en']}\n\nBest,\nKestrel\n"),
    ("en: a search committee", "Brookvale University <jobs@brookvale.ac.example>",
     f"Dear Dr Rivera,\n\n{NO['en']}\n\nSincerely,\nSearch Committee\nBrookvale University\n"),
    ("en: student programmes", "Lumenor <careers@lumenor.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nBest,\nStudent Programs\n"),
    ("de: a printing house's HR", "Druckerei Sandmann – Personal <personal@druckhaus-sandmann.example>",
     f"Guten Tag Herr Keller,\n\n{NO['de']}\n\nFreundliche Grüße\nPersonalabteilung\nDruckhaus Sandmann GmbH\n"),
    ("fr: the HR service", "Groupe Bâtisseurs du Lot <emploi@batisseurs-lot.example>",
     f"Bonjour,\n\n{NO['fr']}\n\nMerci de votre intérêt pour notre groupe.\nLe service RH\n"),
    ("nl: the student-jobs team of a park", "Pretpark De Reiger - Jobstudenten <jobstudent@dereiger.example>",
     f"Dag Sanne,\n\n{NO['je']}\n\nGroetjes,\nHet jobstudententeam van De Reiger\n"),
    ("es: a directorate under the region", "Comunidad de Vegas Altas <oposiciones@vegasaltas.example>",
     f"Estimado/a aspirante:\n\n{NO['es']}\n\nDirección General de Función Pública\nComunidad de Vegas Altas\n"),
]


@pytest.mark.parametrize("case,sender,body", NO_PERSON, ids=ids(NO_PERSON))
def test_no_person_signs(case: str, sender: str, body: str) -> None:
    assert contact(body, sender) == (None, None)


# --- a first name signed alone -------------------------------------------------------------------------------------
FIRST_NAMES = [
    ("en: under a sign-off, before the cafe", "Tin Whistle Cafe <hello@tinwhistle.example>",
     f"Hi Alex!\n\n{NO['en']}\n\nCheers,\nMo\nTin Whistle\n", "Mo", None),
    ("en: name @ shop", "Fern & Feather <hello@fernandfeather.example>",
     f"Hiya Alex,\n\n{NO['en']}\n\nLots of love,\nPip @ Fern & Feather\n", "Pip", None),
    ("en: no sign-off, a title line under the name", "Marigold Studio <hello@marigoldstudio.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nRosie\nFounder, Marigold Studio\n", "Rosie", None),
    ("en: the sender's first name, its own mailbox", "Kez <kez.brannigan@mailbox.example>",
     "hey sam sorry!! we gave the bar shifts to someone who can do weekends so it's a no this time, sorry x\n",
     "Kez", "kez.brannigan@mailbox.example"),
    ("en: thanks then a name and a coordinator line", "Reading Room Staffing <rrstaff@univ-eastholm.ac.example>",
     f"Hi Jordan,\n\n{NO['en']}\n\nThanks,\nRhiannon\nStaffing Coordinator, University of Eastholm\n",
     "Rhiannon", "rrstaff@univ-eastholm.ac.example"),
    ("de: name vom Café", "Café Wellenbrecher <hallo@wellenbrecher-cafe.example>",
     "Moin Sarah!\n\nDanke fürs Bewerben. Für den Job an der Theke haben wir leider schon jemanden gefunden.\n\n"
     "Ole vom Wellenbrecher\n", "Ole", "hallo@wellenbrecher-cafe.example"),
    ("de: liebe Grüße then the name", "Bäckerei Kornfeld <info@baeckerei-kornfeld.example>",
     f"Hallo Mia,\n\n{NO['du']}\n\nLiebe Grüße\nJule\nBäckerei Kornfeld\n", "Jule", None),
    ("fr: name — firm", "Lumio Recrutement <lumio@recruitee-mail.example>",
     f"Bonjour Camille,\n\n{NO['fr']}\n\nBonne journée,\nJustine — Lumio\n", "Justine", None),
    ("fr: a baker's first name alone", "Boulangerie Lemaire <boulangerie.lemaire@mail.test>",
     f"Bonjour Camille,\n\n{NO['fr']}\n\nBonne chance pour la suite,\nFabrice\n",
     "Fabrice", "boulangerie.lemaire@mail.test"),
    ("es: name (shop)", "Tienda Olivo <hola@tiendaolivo.example>",
     f"Hola Candela,\n\n{NO['tu']}\n\nUn besito,\nNuria (Tienda Olivo)\n", "Nuria", "hola@tiendaolivo.example"),
    ("es: a first name as the last line, no sign-off", "Heladería El Polo <elpolo.heladeria@correo.example>",
     f"Hola Martina! {NO['tu']} Suerte con la facu!!\nRomina\n", "Romina", "elpolo.heladeria@correo.example"),
    ("nl: name namens the agency", "Team Pixelhaven <team@pixelhaven.example>",
     f"Hey Sanne,\n\n{NO['je']}\n\nGroetjes,\nLieke namens Pixelhaven\n", "Lieke", None),
    ("nl: name on the sign-off's line", "Brasserie 't Vlot <info@vlot.example>",
     f"Hoi Sanne,\n\n{NO['je']}\n\nGroeten, Wouter\nBrasserie 't Vlot\n", "Wouter", None),
    pytest.param("nl: name under the firm's line", "Thuiszorg Klaproos <info@klaproos-zorg.example>",
                 f"Beste mevrouw Visser,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nThuiszorg Klaproos\nMarjan\n",
                 "Marjan", "info@klaproos-zorg.example",
                 marks=pytest.mark.xfail(strict=True, reason="the company reader takes 'Marjan' for the company, whose "
                                                             "words then rule her out as the contact")),
    ("nl: the sender's first name, its own mailbox", "Demi <demi.zonnebloem@mailbox.example>",
     "hoi! helaas gaan we het niet doen, we kiezen voor iemand anders. succes!!\ngroetjes Demi\n",
     "Demi", "demi.zonnebloem@mailbox.example"),
    ("pt: beijinhos then the name", "Livraria Pena <loja@pena-livros.example>",
     f"Olá Rita!\n\n{NO['pt']}\n\nBeijinhos e boa sorte,\nFilipa\nLivraria Pena\n",
     "Filipa", "loja@pena-livros.example"),
    ("pt: name – shop, no known sign-off", "Loja Onda Clara <contato@ondaclara.example>",
     f"Oi Beatriz, tudo bem?\n\n{NO['br']}\n\nBeijo,\nPaula – Onda Clara\n", "Paula", "contato@ondaclara.example"),
    ("nl: the florist's name above her shop's name", "Iris <iris@iris-bloemen.example>",
     f"Beste Sanne,\n\n{NO['je']}\n\nGroetjes,\n\nIris\nBloemenhuis Iris\n", "Iris", "iris@iris-bloemen.example"),
    ("en: name from the agency", "Brookfield Staffing <hello@brookfieldstaffing.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nBest,\nChloe from Brookfield Staffing\n", "Chloe", None),
    ("nl: a one-line note signed on its line", "Mo <mo@devwerk.example>",
     "Hoi Noor, het wordt helaas een nee, we gaan verder met iemand anders. Groetjes, Mo\n",
     "Mo", "mo@devwerk.example"),
    ("fr: name, the agency in lower case", "Agence Intérim Plus <agence.lens@interim-plus.test>",
     "Bonjour Camille,\n\nLa mission chez notre client a été attribuée à un autre intérimaire, ta candidature "
     "n'a pas été retenue.\nOn garde ton dossier.\n\nKevin, agence Intérim Lens\n",
     "Kevin", "agence.lens@interim-plus.test"),
]


@pytest.mark.parametrize("case,sender,body,name,email", FIRST_NAMES, ids=ids(FIRST_NAMES))
def test_a_first_name_signed_alone(case: str, sender: str, body: str, name: str, email: str) -> None:
    assert contact(body, sender) == (name, email)


# ... and what only looks like one: a unit, an activity, a word of the letter, the shop itself
NOT_FIRST_NAMES = [
    ("es: Servicio de ... (a unit, not 'Servicio' from ...)", "Universidad de Alcorce <pas@ualcorce.example>",
     f"Estimada Sra. Ríos:\n\n{NO['es']}\n\nAtentamente,\nServicio de Personal\n"),
    ("en: an activity mailbox", "Volunteering <volunteering@harbourmind.example>",
     f"Dear Jordan,\n\n{NO['en']}\n\nThank you again for thinking of us.\nVolunteering Team\n"),
    ("pt: an adverb opening the last line", "Vinícola Serra Alta <talentos@serraalta-vinhos.example>",
     "Olá João,\n\nAgradecemos a sua candidatura.\nInfelizmente, a sua candidatura não foi selecionada.\n"),
    ("en: the unsubscribe line of a job board", "Jobboard <alert@jobboard-mail.example>",
     f"Jordan,\n\n{NO['en']}\n\nFind jobs like this\n\nUnsubscribe\n"),
    ("nl: the shop's name, one word, in its domain", "Kwispel <info@kwispel.example>",
     f"Hoi Sanne,\n\n{NO['je']}\n\nGroetjes,\nKwispel\n"),
    ("es: a status word", "Supermercados Vecindad <empleo@vecindad.example>",
     f"Hola Ana,\n\n{NO['tu']}\n\nEstado de tu candidatura\nFinalizado – no seleccionado/a\n"),
]


@pytest.mark.parametrize("case,sender,body", NOT_FIRST_NAMES, ids=ids(NOT_FIRST_NAMES))
def test_what_only_looks_like_a_first_name_is_no_contact(case: str, sender: str, body: str) -> None:
    assert contact(body, sender)[0] is None


# --- full names: initials, particles, apostrophes, titles, family firms ---------------------------------------------
FULL_NAMES = [
    ("de: an initial and a surname", "Autohaus Brenner <info@autohaus-brenner.example>",
     f"Hallo Herr Weber,\n\n{NO['de']}\n\nGruß\nR. Brenner\n", "R. Brenner", None),
    ("nl: two initials and a particle", "Notariskantoor Van Drunen <secretariaat@vandrunen-notarissen.example>",
     f"Geachte mevrouw Verbeek,\n\n{NO['nl']}\n\nHoogachtend,\nmr. W.F. van Drunen\nnotaris\n",
     "W.F. van Drunen", "secretariaat@vandrunen-notarissen.example"),
    ("nl: initials and a double surname", "Stichting Museum Zuidkaap <p&o@museumzuidkaap.example>",
     f"Geachte mevrouw Verbeek,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nDrs. A.M. Kroes-Veldman\nDirecteur\n",
     "A.M. Kroes-Veldman", "p&o@museumzuidkaap.example"),
    ("nl: initials, then the first name in brackets", "Vervoersbedrijf Delta <pz@vbdelta.example>",
     f"Geachte mevrouw Verbeek,\n\n{NO['nl']}\n\n"
     "Met vriendelijke groet,\nmr. T. (Tom) Verbruggen\nHoofd Personeelszaken\n",
     "Tom Verbruggen", "pz@vbdelta.example"),
    ("nl: the bracketed first name beats the sender's initials", "P.J. Maaswijk <p.maaswijk@waterschapzuid.example>",
     f"Geachte heer,\n\n{NO['nl']}\n\n"
     "Met vriendelijke groet,\nDrs. P.J. (Pieter) Maaswijk\nManager Informatievoorziening\n",
     "Pieter Maaswijk", "p.maaswijk@waterschapzuid.example"),
    ("en: a curly apostrophe", "Aoife O’Callaghan <aoife@harbourbrewing.example>",
     f"Hi Alex,\n\n{NO['en']}\n\nAoife O’Callaghan\nCo-founder, Harbour Brewing Co.\n",
     "Aoife O’Callaghan", "aoife@harbourbrewing.example"),
    ("nl: a particle, the bakery's own family name", "Bakkerij Van Dongen <jobs@bakkerijvandongen.example>",
     f"Hallo Sanne,\n\n{NO['je']}\n\nHartelijke groet,\nMarieke van Dongen\nBakkerij Van Dongen\n",
     "Marieke van Dongen", None),
    ("es: the owner whose surname names the firm", "Talleres Arrieta <administracion@arrieta.example>",
     f"Buenos días Lucía:\n\n{NO['tu']}\n\nUn saludo,\nKoldo Arrieta\nGerente\nTalleres Arrieta, S.L.\n",
     "Koldo Arrieta", "administracion@arrieta.example"),
    ("de: the owner's surname in the firm's name", "Autohaus Reiter <ausbildung@autohaus-reiter.example>",
     f"Hallo Tobias,\n\n{NO['du']}\n\nViele Grüße\nJürgen Reiter\nAutohaus Reiter e.K.\n",
     "Jürgen Reiter", "ausbildung@autohaus-reiter.example"),
    ("pt: the family firm's son", "Transportes Lobo <rh@translobo.example>",
     f"Bom dia,\n\n{NO['pt']}\n\nCumprimentos,\nRui Lobo\nTransportes Lobo, Lda.\n",
     "Rui Lobo", None),
    ("fr: a title, a comma, the name", "Commune de Beaurivage <personnel@beaurivage.test>",
     f"Madame,\n\n{NO['fr']}\n\nVeuillez agréer, Madame, nos salutations distinguées.\n"
     "Le Directeur général, Pierre-Louis Hanssens\n", "Pierre-Louis Hanssens", "personnel@beaurivage.test"),
    ("fr: a woman's title, an initial", "CPAS de Montrive <grh@cpas-montrive.test>",
     f"Madame,\n\n{NO['fr']}\n\nPour le Conseil de l'action sociale,\nLa Directrice générale, F. Vandermeulen\n",
     "F. Vandermeulen", "grh@cpas-montrive.test"),
    ("es: firmado", "Ayuntamiento de Villahonda - Recursos Humanos <rrhh@villahonda.example>",
     f"{NO['es']}\n\nVillahonda, a 3 de marzo de 2027.\nEL SECRETARIO GENERAL\nFdo.: Ramiro Cuesta Aldana\n",
     "Ramiro Cuesta Aldana", None),
    ("en: a first name that also greets in Portuguese", "Cara Whelan <cara.whelan@kestrelgroup.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nKind regards,\nCara Whelan\nInternal Recruiter, Kestrel Group\n",
     "Cara Whelan", "cara.whelan@kestrelgroup.example"),
    ("fr: for the association, then the director", "ASBL Les Petits Loups <direction@petitsloups.example>",
     f"Madame,\n\n{NO['fr']}\n\nPour l'ASBL,\nDamien Lefèbvre, directeur\n",
     "Damien Lefèbvre", "direction@petitsloups.example"),
    ("de: an engineer's degree before the name", "Dipl.-Ing. Oskar Kranich <oskar.kranich@kranich-ing.example>",
     f"Sehr geehrte Frau Krüger,\n\n{NO['de']}\n\nMit besten Grüßen\nDipl.-Ing. Oskar Kranich\nIngenieurbüro Kranich\n",
     "Oskar Kranich", "oskar.kranich@kranich-ing.example"),
    ("pt: a professor's titles in the display name", "Prof. Doutor Nuno Antas <nantas@univ-mar.example>",
     f"Cara Inês,\n\n{NO['pt']}\n\nNuno Antas\nUniversidade do Mar\n", "Nuno Antas", "nantas@univ-mar.example"),
    ("de: a partner's title under her name", "Kanzlei Brandl Frey <bewerbung@brandl-frey.example>",
     f"Sehr geehrter Herr Meier\n\n{NO['de']}\n\nFreundliche Grüsse\nBeatrix Frey\nPartnerin\n",
     "Beatrix Frey", None),
]


@pytest.mark.parametrize("case,sender,body,name,email", FULL_NAMES, ids=ids(FULL_NAMES))
def test_a_full_name_signed(case: str, sender: str, body: str, name: str, email: str) -> None:
    assert contact(body, sender) == (name, email)


# --- a person signs a mail an ATS sends -----------------------------------------------------------------------------
ATS = [
    ("de: the recruiter's own address in the signature", "Greta Lindholm <notifications@rekrutio.example>",
     f"Sehr geehrte Frau Haas,\n\n{NO['de']}\n\nViele Grüße\nGreta Lindholm\nTalent Acquisition | Ostwind Robotics\n"
     "greta.lindholm@ostwind.example\n", None, "Greta Lindholm", "greta.lindholm@ostwind.example"),
    ("en: a reply-to the person", "Marisol Ortiz <no-reply@us.greenhouse-mail.example>",
     f"Hi Mia,\n\n{NO['en']}\n\nWarmly,\nMarisol Ortiz\nRecruiting Lead, Lumenway\n",
     "Marisol Ortiz <marisol.ortiz@lumenway.example>", "Marisol Ortiz", "marisol.ortiz@lumenway.example"),
    ("de: no address to answer", "Jana Wiegmann <no-reply@hire.lever.example>",
     f"Hallo Lena,\n\n{NO['du']}\n\nViele Grüße\nJana Wiegmann\nPeople & Culture, Parcelwerk\n",
     None, "Jana Wiegmann", None),
    ("nl: a teamtailor mail signed by the recruiter", "Noor Hendrikx <noreply@teamtailor-mail.example>",
     f"Hoi Sanne,\n\n{NO['je']}\n\nFietsgroet,\nNoor Hendrikx\nPeople & Culture, Trapwerk\n"
     "Verzonden met Teamtailor · Afmelden · Privacybeleid\n", None, "Noor Hendrikx", None),
    ("pt: the address under the title", "Miguel Sardinha <notifications@greenhouse.example>",
     f"Cara Duarte,\n\n{NO['pt']}\n\nAtenciosamente,\nMiguel Sardinha\nDiretor de Pessoas | Telhados Ribeira\n"
     "miguel.sardinha@telhadosribeira.example\n", None, "Miguel Sardinha", "miguel.sardinha@telhadosribeira.example"),
    ("nl: X via Greenhouse", "Jesse van Rijn via Greenhouse <no-reply@greenhouse.tulpveld.example>",
     f"Hi Fatima,\n\n{NO['je']}\n\nGroetjes,\nJesse van Rijn\nTalent Acquisition, Tulpveld Software\n",
     None, "Jesse van Rijn", None),
    ("en: a team signs the no-reply mail", "Recruiting <no-reply@us.greenhouse-mail.example>",
     f"Hi Kim,\n\n{NO['en']}\n\nBest,\nThe Recruiting Team at Orrin Health\n", None, None, None),
    ("es: a person signs; the sender answers", "Lumbre Salud Talento <talento@lumbresalud.example>",
     f"Hola Alex,\n\n{NO['tu']}\n\nUn saludo,\nJazmín Ortega\nCoordinadora de Selección, Lumbre Salud\n",
     None, "Jazmín Ortega", "talento@lumbresalud.example"),
    ("en: her own address beats the team's mailbox", "Lumenor Jobs <jobs@lumenor.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nKind regards,\nPriya Raman\nTalent Partner\npriya.raman@lumenor.example\n",
     None, "Priya Raman", "priya.raman@lumenor.example"),
    ("en: the reader forwards the letter to herself", "Sam Rivera <sam@example.net>",
     "---------- Forwarded message ---------\nFrom: Lotte Jansen <lotte.jansen@zeilmakerij.example>\n"
     f"Date: Mon, 3 Mar 2027\nSubject: Your application\nTo: Sam Rivera <sam@example.net>\n\nHi Sam,\n\n{NO['en']}"
     "\n\nBest,\nLotte Jansen\nZeilmakerij Noord\n", None, "Lotte Jansen", "lotte.jansen@zeilmakerij.example"),
]


@pytest.mark.parametrize("case,sender,body,reply_to,name,email", ATS, ids=ids(ATS))
def test_a_person_signing_an_ats_mail(case: str, sender: str, body: str, reply_to: str | None, name: str | None,
                                      email: str | None) -> None:
    assert contact(body, sender, reply_to) == (name, email)


# --- HTML-only mail ------------------------------------------------------------------------------------------------
HTML = [
    ("en: a signature table", "Halden Works Careers <careers@haldenworks.example>",
     f"<html><body><p>Dear Sam,</p><p>{NO['en']}</p><p>Kind regards,</p>"
     "<table><tr><td><b>Megan Holloway</b><br>Talent Partner<br>Halden Works</td></tr></table></body></html>",
     "Megan Holloway", None),
    ("de: a team-signed HTML mail", "Lindwurm Logistik <noreply@lindwurm-logistik.example>",
     f"<html><body><p>Sehr geehrte Frau Haas,</p><p>{NO['de']}</p><p>Mit freundlichen Grüßen<br>"
     "Ihr Recruiting-Team<br>Lindwurm Logistik GmbH</p></body></html>", None, None),
    ("es: a first name in an HTML signature", "Librería Alcor <hola@libreriaalcor.example>",
     f"<div>Hola Candela,</div><div><br></div><div>{NO['tu']}</div><div><br></div><div>Un abrazo,</div>"
     "<div>Lucía</div><div>Librería Alcor</div>", "Lucía", "hola@libreriaalcor.example"),
]


@pytest.mark.parametrize("case,sender,body,name,email", HTML, ids=ids(HTML))
def test_html_only_signatures(case: str, sender: str, body: str, name: str | None, email: str | None) -> None:
    assert contact(body, sender, html=True) == (name, email)
