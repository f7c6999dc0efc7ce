"""Company extraction on letters shaped the way employers really write (sweep 13), in six languages and many shapes:
a multi-word name that must not be cut short (joiners, articles, "& Partners", a place, digits or a dot, a lower-case
brand); another organisation that must not be taken for the employer (the applicant-tracking software or job board,
the recruiting agency when it names its client, the parent group, a department, a city, a school, the reader's own
firm, a newsletter footer, a quoted earlier mail); and each source in its turn (signature, "at X" after the
application words, the subject, the sender's display name, the domain). All texts are written for this file.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from test_extract_company import NO, same  # one rejection sentence per language; the scorer's comparison

from nextround.detect import classify
from nextround.detect.classifier import own_text
from nextround.detect.extract import extract
from nextround.message import parse


def company(body: str, sender: str, subject: str) -> str | None:
    """The company read from a letter, as eval reads it; a letter the rules miss is read all the same (this file
    tests the reading, not the verdict)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Rivera <sam@example.net>", subject
    msg.set_content(body)
    message = parse(bytes(msg))
    verdict = classify(message)
    if not verdict.is_rejection:
        extract(message, own_text(message)[0], verdict)
    return verdict.company

# (subject, sender, body, the company a person would write)
CASES = [
    # --- multi-word names kept whole ------------------------------------------------------------------------------
    ("Your application",
     "Martin Cole <m.cole@smithjones.example>",
     "Dear Sam,\n\nThank you for applying for the paralegal role at Smith & Jones Partners. Unfortunately, we have "
     "decided not to proceed with your application.\n\nKind regards,\nMartin Cole\nSmith & Jones Partners\n",
     "Smith & Jones Partners"),
    ("Sollicitatie planner",
     "Ingrid de Wit <ingrid@vandenberglogistiek.example>",
     f"Beste Sam,\n\nBedankt voor je sollicitatie bij Van den Berg Logistiek. {NO['nl']}\n\nMet vriendelijke groet,\n"
     "Ingrid de Wit\nVan den Berg Logistiek\n",
     "Van den Berg Logistiek"),
    ("Candidatura - Analista de Crédito",
     "Recrutamento <recrutamento@bancodonorte.example>",
     f"Olá Sam,\n\nAgradecemos o seu interesse no Banco do Norte Capital. {NO['pt']}\n\nAtenciosamente,\n"
     "Equipe de Recrutamento\nBanco do Norte Capital\n",
     "Banco do Norte Capital"),
    ("Votre candidature",
     "Claire Morel <c.morel@lumiere-fils.example>",
     f"Bonjour Sam,\n\nMerci pour votre candidature chez Atelier Lumière et Fils. {NO['fr']}\n\nBien cordialement,\n"
     "Claire Morel\nAtelier Lumière et Fils\n",
     "Atelier Lumière et Fils"),
    ("Tu candidatura",
     "RRHH <rrhh@solymar.example>",
     f"Hola Sam,\n\nGracias por tu interés en Grupo Hostelero Sol y Mar. {NO['es']}\n\nUn saludo,\n"
     "Departamento de Recursos Humanos\nGrupo Hostelero Sol y Mar\n",
     "Grupo Hostelero Sol y Mar"),
    ("Your application to The Hartley Group",
     "The Hartley Group <careers@hartleygroup.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nBest wishes,\nTalent Team\nThe Hartley Group\n",
     "The Hartley Group"),
    ("Ihre Bewerbung",
     "Jana Roth <jana.roth@nordwind-energie.example>",
     f"Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Nordwind Windenergie GmbH. {NO['de']}\n\n"
     "Mit freundlichen Grüßen\nJana Roth\nPersonalabteilung\nNordwind Windenergie GmbH\nHafenstraße 12, 20457 "
     "Hamburg\n",
     "Nordwind Windenergie"),
    ("Your application at 3M",
     "3M Careers <noreply@3m-careers.example>",
     f"Dear Sam,\n\nThank you for your interest in a career at 3M. {NO['en']}\n\nSincerely,\n3M Talent Acquisition\n",
     "3M"),
    ("Your application to Booking.com",
     "Booking.com Careers <careers@booking.example>",
     "Hi Sam,\n\nThanks for applying to Booking.com. After careful review we have decided to move forward with other "
     "candidates.\n\nAll the best,\nBooking.com Talent Acquisition\n",
     "Booking.com"),
    ("your application",
     "hello@oatfield.example",
     "hi sam!\n\nthanks so much for wanting to join us at oatfield. we loved reading your note, but we've gone with "
     "someone else for the barista role this time.\n\nlots of love,\nthe oatfield crew\n",
     "oatfield"),
    ("Re: Bewerbung als Tischler",
     "Holger Brandt <info@brandt-soehne.example>",
     f"Hallo Sam,\n\n{NO['de']}\n\nViele Grüße\nHolger Brandt\nSchreinerei Brandt & Söhne\n",
     "Schreinerei Brandt & Söhne"),
    ("Sollicitatie",
     "HR <hr@dekleinebrouwerij.example>",
     f"Beste Sam,\n\n{NO['nl']}\n\nHartelijke groet,\nAfdeling HR\nDe Kleine Brouwerij\n",
     "De Kleine Brouwerij"),
    ("Candidature spontanée",
     "Recrutement <recrutement@caisse-epargne-loire.example>",
     f"Madame,\n\n{NO['fr']}\n\nService Recrutement\nCaisse d'Épargne Loire-Centre\n",
     "Caisse d'Épargne Loire-Centre"),
    ("Candidatura",
     "Talento <talento@losalamos-hoteles.example>",
     f"Estimada Sam:\n\nTe agradecemos que hayas pensado en Hoteles Los Álamos del Sur. {NO['es']}\n\n"
     "Atentamente,\nEquipo de Talento\nHoteles Los Álamos del Sur\n",
     "Hoteles Los Álamos del Sur"),
    ("Candidatura à vaga",
     "Pessoas <pessoas@casadopao.example>",
     f"Olá Sam,\n\n{NO['pt']}\n\nObrigado,\nTime de Pessoas\nCasa do Pão de Queijo\n",
     "Casa do Pão de Queijo"),
    ("Your application",
     "Priya Shah <priya@ob-architects.example>",
     "Hi Sam,\n\nThank you for your interest in joining O'Brien & Shah Architects. We have now filled the position "
     "and won't be taking your application further.\n\nBest,\nPriya Shah\nO'Brien & Shah Architects\n",
     "O'Brien & Shah Architects"),
    ("Your application",
     "Recruitment <recruitment@stjohnsschool.example>",
     f"Dear Sam,\n\nThank you for applying for the post of Teaching Assistant at St. John's Primary School. {NO['en']}"
     "\n\nYours sincerely,\nRecruitment Office\nSt. John's Primary School\n",
     "St. John's Primary School"),
    ("Uw sollicitatie",
     "Personeelszaken <pz@ziekenhuis-rivierenland.example>",
     f"Geachte mevrouw Rivera,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nAfdeling Personeelszaken\n"
     "Ziekenhuis Rivierenland Tiel\n",
     "Ziekenhuis Rivierenland Tiel"),
    # --- another organisation is not the employer ------------------------------------------------------------------
    ("Your application was received",
     "Workday <noreply@myworkday.com>",
     f"Dear Sam,\n\nThank you for your application to Fernbrook Foods. {NO['en']}\n\nRegards,\n"
     "Fernbrook Foods Talent Acquisition\n",
     "Fernbrook Foods"),
    ("Ihre Bewerbung bei Kranich Logistik",
     "Kranich Logistik via Personio <noreply@personio.de>",
     f"Guten Tag Sam Rivera,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\nPowered by Personio\n",
     "Kranich Logistik"),
    ("Sollicitatie bij Tulp Media",
     "Tulp Media <no-reply@recruitee.com>",
     f"Hoi Sam,\n\n{NO['nl']}\n\nGroeten,\nTeam Tulp Media\n\nVerzonden via Recruitee\n",
     "Tulp Media"),
    ("Your application via StepStone",
     "StepStone <noreply@stepstone.de>",
     f"Guten Tag Sam Rivera,\n\ndie Firma Alpenblick Hotels hat Ihre Bewerbung geprüft. {NO['de']}\n\n"
     "Ihr StepStone-Team\n",
     "Alpenblick Hotels"),
    ("An update on your application",
     "Indeed <no-reply@indeed.com>",
     "Hi Sam,\n\nAn update from Greyfield Dental on your application for Dental Receptionist: the employer has "
     "decided not to move forward with your application.\n\nIndeed\n",
     "Greyfield Dental"),
    ("Bewerbung über join.com",
     "JOIN <noreply@join.com>",
     "Hallo Sam,\n\nleider hat sich die Firma Sonnenhof Bäckerei gegen Ihre Bewerbung entschieden.\n\n"
     "Ihr JOIN Team\n",
     "Sonnenhof Bäckerei"),
    ("Software Engineer role",
     "Ben Ellis <ben.ellis@brightwater-recruitment.example>",
     "Hi Sam,\n\nI've had feedback from my client, Halcyon Robotics, on your application. Sadly they have decided not "
     "to progress with your application.\n\nBest,\nBen Ellis\nBrightwater Recruitment\n",
     "Halcyon Robotics"),
    ("Candidature - Comptable",
     "Sophie Laurent <s.laurent@talentis-rh.example>",
     "Bonjour Sam,\n\nJe reviens vers vous concernant le poste de comptable chez notre client Boulangeries Dorel. "
     "Malheureusement, votre candidature n'a pas été retenue.\n\nCordialement,\nSophie Laurent\nTalentis RH\n",
     "Boulangeries Dorel"),
    ("Your application",
     "Careers <careers@pinecrest-hotels.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nKind regards,\nPinecrest Hotels\nPinecrest Hotels is part of the Meridian Leisure "
     "Group.\n",
     "Pinecrest Hotels"),
    ("Ihre Bewerbung",
     "Karriere <karriere@weserstahl.example>",
     f"Sehr geehrte Frau Rivera,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nPersonalabteilung\nWeser Stahl GmbH\n"
     "Ein Unternehmen der Hanse Industrie Gruppe\n",
     "Weser Stahl"),
    ("Your application",
     "Human Resources <hr@corbelmanufacturing.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nSincerely,\nHuman Resources\nCorbel Manufacturing\n",
     "Corbel Manufacturing"),
    ("Votre candidature",
     "Recrutement <recrutement@transports-vidal.example>",
     f"Bonjour,\n\n{NO['fr']}\n\nService Recrutement\nTransports Vidal\nLyon\n",
     "Transports Vidal"),
    ("Your application",
     "Talent Acquisition <ta@quillbank.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nThanks,\nTalent Acquisition\nQuill Bank\n",
     "Quill Bank"),
    ("Re: Application - Data Analyst",
     "Olivia Grant <olivia.grant@marlowinsights.example>",
     f"Hi Sam,\n\nThanks for following up. {NO['en']}\n\nOlivia\nMarlow Insights\n\n"
     "On Mon, 3 Mar, Sam Rivera <sam@example.net> wrote:\n> Hi Olivia, I'm a data analyst at Tessaly Retail and "
     "wanted to check on my application.\n> Best, Sam\n",
     "Marlow Insights"),
    ("Your application",
     "Careers <jobs@arden-analytics.example>",
     "Dear Sam,\n\nThank you for applying to Arden Analytics. We were impressed by your studies at the University of "
     "Leeds, but unfortunately we will not be progressing your application.\n\nBest regards,\nArden Analytics\n",
     "Arden Analytics"),
    ("Your application",
     "Careers <careers@lumenpay.example>",
     "Dear Sam,\n\nThank you for your interest in LumenPay. Unfortunately we have decided not to proceed with your "
     "application for Product Manager, LumenPay Wallet.\n\nThe LumenPay Team\n",
     "LumenPay"),
    ("Re: Bewerbung",
     "Lena Vogt <lena.vogt@kaffeehaus-vogt.example>",
     f"Hallo Sam,\n\n{NO['de']}\n\nLiebe Grüße\nLena Vogt\nKaffeehaus Vogt\n\n"
     "----- Ursprüngliche Nachricht -----\nVon: Sam Rivera\nGesendet: Montag\nAn: Lena Vogt\n"
     "Betreff: Bewerbung\n\nHallo, ich arbeite derzeit bei Bäckerei Lindner und bewerbe mich als Barista.\n",
     "Kaffeehaus Vogt"),
    ("Your application",
     "Careers <careers@harbourlight.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nKind regards,\nHarbourlight Studios\n\n"
     "You are receiving this email because you applied for a job at Harbourlight Studios.\n"
     "Harbourlight Studios Ltd, 4 Quay Street, Bristol\n",
     "Harbourlight Studios"),
    ("Candidatura",
     "Recursos Humanos <rh@viveirosdomondego.example>",
     f"Cara Sam,\n\n{NO['pt']}\n\nCom os melhores cumprimentos,\nDepartamento de Recursos Humanos\n"
     "Viveiros do Mondego\nCoimbra\n",
     "Viveiros do Mondego"),
    ("Tu candidatura en Ferreterías Ortega",
     "Ferreterías Ortega <empleo@ferreterias-ortega.example>",
     f"Hola Sam,\n\n{NO['es']}\n\nRecursos Humanos\nFerreterías Ortega\nZaragoza\n",
     "Ferreterías Ortega"),
    # --- each source in its turn ------------------------------------------------------------------------------------
    ("Your application at Copperleaf Bakery",
     "no-reply@ats-mailer.example",
     f"Hi Sam,\n\n{NO['en']}\n\nThe hiring team\n",
     "Copperleaf Bakery"),
    ("Ihre Bewerbung bei Bergmann Elektrotechnik",
     "no-reply@bewerbungsportal.example",
     f"Guten Tag,\n\n{NO['de']}\n\nIhr Bewerbungsteam\n",
     "Bergmann Elektrotechnik"),
    ("Candidature chez Maison Ferrand",
     "ne-pas-repondre@plateforme-emploi.example",
     f"Bonjour,\n\n{NO['fr']}\n\nL'équipe recrutement\n",
     "Maison Ferrand"),
    ("Sollicitatie bij Bakkerij Hoogstraten",
     "noreply@vacaturesysteem.example",
     f"Beste Sam,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nTeam Recruitment\n",
     "Bakkerij Hoogstraten"),
    ("Candidatura en Panadería La Espiga",
     "no-responder@portal-empleo.example",
     f"Hola,\n\n{NO['es']}\n\nEl equipo de selección\n",
     "Panadería La Espiga"),
    ("Candidatura na Livraria Bertrand Sul",
     "nao-responda@portal-vagas.example",
     f"Olá,\n\n{NO['pt']}\n\nEquipe de Recrutamento\n",
     "Livraria Bertrand Sul"),
    ("Your application",
     "Fairhaven Marine Careers <no-reply@ats-mailer.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nThe hiring team\n",
     "Fairhaven Marine"),
    ("Your application",
     "Recruiting Team Silberwald <no-reply@ats-mailer.example>",
     f"Hallo Sam,\n\n{NO['de']}\n\nDein Recruiting Team\n",
     "Silberwald"),
    ("Your application",
     "Thistle Insurance via Workday <noreply@myworkday.com>",
     f"Dear Sam,\n\n{NO['en']}\n\nTalent Acquisition Team\n",
     "Thistle Insurance"),
    ("Your application",
     "Careers <careers@kettlewellfoods.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nKind regards,\nThe Recruitment Team\n",
     "Kettlewell Foods"),
    ("Candidature",
     "Emma Petit <emma.petit@boulangerie-petit.example>",
     f"Bonjour Sam,\n\n{NO['fr']}\n\nBelle journée,\nEmma Petit\nGérante, Boulangerie Petit\n",
     "Boulangerie Petit"),
    ("Candidatura",
     "Marta Ruiz <marta.ruiz@clinicadentalruiz.example>",
     f"Hola Sam:\n\n{NO['es']}\n\nUn saludo,\nMarta Ruiz\nResponsable de RR. HH. | Clínica Dental Ruiz\n",
     "Clínica Dental Ruiz"),
    ("Sollicitatie",
     "Pieter Jansen <pieter@jansenbouw.example>",
     f"Hoi Sam,\n\n{NO['nl']}\n\nGroet,\nPieter Jansen\nJansen Bouw & Onderhoud\n",
     "Jansen Bouw & Onderhoud"),
    ("Candidatura",
     "Rita Lopes <rita.lopes@farmacias-lopes.example>",
     f"Olá Sam,\n\n{NO['pt']}\n\nBeijinhos,\nRita Lopes\nFarmácias Lopes & Filhos\n",
     "Farmácias Lopes & Filhos"),
    ("Bewerbung",
     "Mara Klein <mara.klein@kleinundpartner.example>",
     f"Liebe Sam,\n\n{NO['de']}\n\nBeste Grüße\nMara Klein\nKlein & Partner Steuerberatung\n",
     "Klein & Partner Steuerberatung"),
    # --- body "at/bei/chez/bij/en/na X" after the application words ---------------------------------------------------
    ("Application update",
     "Rachel <rachel@mailhost.example>",
     "Hi Sam,\n\nThank you for interviewing for the sous chef position at The Copper Kettle. We have decided to offer "
     "the role to another candidate.\n\nRachel\n",
     "The Copper Kettle"),
    ("Bewerbung",
     "Thomas <thomas@gmail.com>",
     "Hallo Sam,\n\ndanke für Ihre Bewerbung bei Autohaus Meier & Söhne. Leider haben wir die Stelle bereits "
     "vergeben.\n\nGruß Thomas\n",
     "Autohaus Meier & Söhne"),
    ("candidature",
     "Julien <julien@orange.fr>",
     "Bonjour Sam,\n\nmerci pour ta candidature chez Les Jardins de Provence. Malheureusement nous avons "
     "choisi un autre "
     "candidat.\n\nJulien\n",
     "Les Jardins de Provence"),
    ("sollicitatie",
     "Kees <kees@hotmail.com>",
     "Hoi Sam,\n\nbedankt voor je sollicitatie bij Fietsenmakerij De Ketting. Helaas hebben we voor iemand anders "
     "gekozen.\n\nGroet, Kees\n",
     "Fietsenmakerij De Ketting"),
    ("candidatura",
     "Pablo <pablo@gmail.com>",
     "Hola Sam,\n\ngracias por tu candidatura en Bodegas Viña del Mar. Lamentablemente hemos elegido a otra "
     "persona.\n\n"
     "Pablo\n",
     "Bodegas Viña del Mar"),
    ("candidatura",
     "Joana <joana@gmail.com>",
     "Olá Sam,\n\nobrigada pela sua candidatura na Pastelaria Doce Lar. Infelizmente escolhemos outro candidato.\n\n"
     "Joana\n",
     "Pastelaria Doce Lar"),
    # --- a second round: agencies, groups, units and footers in every language -------------------------------------
    ("Ihre Bewerbung als Buchhalter",
     "Tobias Keller <t.keller@alpha-personal.example>",
     "Sehr geehrte Frau Rivera,\n\nunser Mandant, die Rheinland Feinkost GmbH, hat sich nach sorgfältiger Prüfung für "
     "einen anderen Kandidaten entschieden.\n\nMit freundlichen Grüßen\nTobias Keller\nAlpha Personalberatung\n",
     "Rheinland Feinkost"),
    ("Sollicitatie Controller",
     "Eva Smit <eva@topwerving.example>",
     "Beste Sam,\n\nIk heb terugkoppeling gekregen van mijn opdrachtgever Groenveld Installatietechniek. "
     "Helaas gaan zij "
     "niet verder met je sollicitatie.\n\nGroet,\nEva Smit\nTop Werving & Selectie\n",
     "Groenveld Installatietechniek"),
    ("Proceso de selección",
     "Lucía Gómez <lucia.gomez@seleccionplus.example>",
     "Hola Sam,\n\nTe escribo en relación con la vacante de nuestro cliente Conservas Marinas del Cantábrico. "
     "Lamentablemente han decidido continuar con otros candidatos.\n\nUn saludo,\nLucía Gómez\nSelección Plus\n",
     "Conservas Marinas del Cantábrico"),
    ("Processo seletivo",
     "Bruno Alves <bruno@headhunt-br.example>",
     "Olá Sam,\n\nO nosso cliente, Construtora Vale Verde, analisou o seu perfil e optou por seguir com outros "
     "candidatos.\n\nAbraço,\nBruno Alves\nHeadhunt Consultoria\n",
     "Construtora Vale Verde"),
    ("Your application",
     "Aldermoor Hotels <careers@aldermoor.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nKind regards,\nPeople Team\nAldermoor Hotels\nA member of the Castlegate Hospitality "
     "Group\n",
     "Aldermoor Hotels"),
    ("Sollicitatie",
     "Werken bij Duinhoek <werkenbij@duinhoek-zorg.example>",
     f"Beste Sam,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nDuinhoek Zorg\nonderdeel van Zorggroep Kustland\n",
     "Duinhoek Zorg"),
    ("Candidature",
     "Recrutement <recrutement@fromageries-aubrac.example>",
     f"Bonjour Sam,\n\n{NO['fr']}\n\nCordialement,\nDirection des Ressources Humaines\nFromageries de l'Aubrac\n",
     "Fromageries de l'Aubrac"),
    ("Ihre Bewerbung",
     "Bewerbermanagement <bewerbung@stadtwerke-lindau.example>",
     f"Sehr geehrte Frau Rivera,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nAbteilung Personal\nStadtwerke Lindau\n",
     "Stadtwerke Lindau"),
    ("Uw sollicitatie",
     "Gemeente Zeewolde <vacatures@zeewolde.example>",
     f"Geachte mevrouw Rivera,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nTeam HRM\nGemeente Zeewolde\n",
     "Gemeente Zeewolde"),
    ("Candidatura",
     "Recursos Humanos <rrhh@ayto-almeria.example>",
     f"Estimada Sam:\n\n{NO['es']}\n\nAtentamente,\nServicio de Personal\nAyuntamiento de Almería\n",
     "Ayuntamiento de Almería"),
    ("Your application",
     "Careers <careers@tidewell.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nBest,\nTidewell\n\nTidewell Newsletter | Powered by Mailgrove | Unsubscribe\n",
     "Tidewell"),
    ("Your application",
     "Jess <jess@mossandpine.example>",
     "Hey Sam,\n\nThanks so much for applying to work with us at Moss & Pine! We've found someone for the "
     "florist role, "
     "so we won't be moving forward.\n\nJess x\nMoss & Pine Flowers\n",
     "Moss & Pine Flowers"),
    ("Re: Bewerbung",
     "Jörg Albers <albers@tischlerei-albers.example>",
     "Moin Sam,\n\nleider wird das nichts bei uns. Wir haben uns für einen Gesellen aus der Gegend entschieden.\n\n"
     "Gruß\nJörg Albers\nTischlerei Albers\n",
     "Tischlerei Albers"),
    ("Votre candidature au poste de serveur",
     "Le Petit Zinc <contact@lepetitzinc.example>",
     f"Bonjour Sam,\n\n{NO['fr']}\n\nL'équipe du Petit Zinc\n",
     "Le Petit Zinc"),
    ("Candidatura a camarero",
     "La Taberna del Puerto <info@tabernadelpuerto.example>",
     f"Hola Sam,\n\n{NO['es']}\n\nUn abrazo,\nEl equipo de La Taberna del Puerto\n",
     "La Taberna del Puerto"),
    ("Sua candidatura",
     "O Cantinho do Avillez <rh@cantinho.example>",
     f"Olá Sam,\n\n{NO['pt']}\n\nObrigado,\nEquipa de RH\nO Cantinho do Avillez\n",
     "O Cantinho do Avillez"),
    ("Your application",
     "Careers <careers@northbridge-uni.example>",
     f"Dear Sam,\n\nThank you for applying for the Research Assistant post. {NO['en']}\n\nKind regards,\n"
     "HR Services\nNorthbridge University\n",
     "Northbridge University"),
    ("Your application",
     "Ashcombe Legal <recruitment@ashcombe.example>",
     "Dear Sam,\n\nThank you for applying for the trainee solicitor programme. Although your time at King's College "
     "London is impressive, we are unable to offer you a place.\n\nYours sincerely,\nGraduate Recruitment\n"
     "Ashcombe Legal LLP\n",
     "Ashcombe Legal"),
    ("Application for Barista",
     "Ava Reid <ava@nookcoffee.example>",
     "Hi Sam,\n\nThanks for popping in with your CV. I can see you've been working at Costa in Leeds; unfortunately "
     "we've filled the position.\n\nAva\nNook Coffee Co.\n",
     "Nook Coffee"),
    ("Bewerbung Kellnerin",
     "Gasthaus Zum Hirschen <info@zumhirschen.example>",
     f"Hallo Sam,\n\n{NO['de']}\n\nHerzliche Grüße aus dem Schwarzwald\nFamilie Huber\nGasthaus Zum Hirschen\n",
     "Gasthaus Zum Hirschen"),
    ("Your application",
     "Noah Park <noah@gmail.com>",
     "Hi Sam,\n\nThanks for replying to our ad for a nanny for our two boys. We've decided to go with someone who "
     "lives closer, so we won't take your application further.\n\nBest,\nNoah\n",
     None),
    ("Candidature",
     "Hélène <helene.dumas@gmail.com>",
     "Bonjour Sam,\n\nmerci d'avoir répondu à notre annonce pour garder mes parents le week-end. Nous avons choisi "
     "une autre personne, votre candidature n'a donc pas été retenue.\n\nHélène\n",
     None),
    ("Your application at Kiln & Co",
     "Kiln & Co <hello@kilnandco.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nThe Kiln & Co team\n",
     "Kiln & Co"),
    ("Your application",
     "Careers at Orbis Health <careers@orbis-health.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nOrbis Health Talent Acquisition\n",
     "Orbis Health"),
    ("Ihre Bewerbung",
     "Jobs bei Hafenkontor <jobs@hafenkontor.example>",
     f"Liebe Sam,\n\n{NO['de']}\n\nDein Team vom Hafenkontor\n",
     "Hafenkontor"),
    ("Sollicitatie",
     "Werken bij Hema Bakkers <noreply@werkenbij.example>",
     f"Hoi Sam,\n\n{NO['nl']}\n\nGroetjes,\nRecruitment\n",
     "Hema Bakkers"),
    ("Candidatura",
     "Trabaja en Calzados Ibarra <empleo@calzadosibarra.example>",
     f"Hola Sam,\n\n{NO['es']}\n\nUn saludo\n",
     "Calzados Ibarra"),
    ("Candidature",
     "Carrières Vitréa <carrieres@vitrea.example>",
     f"Bonjour Sam,\n\n{NO['fr']}\n\nL'équipe RH\n",
     "Vitréa"),
    # --- a third round: places, subsidiaries, products, the reader's own firm, display shapes ----------------------
    ("Ihre Bewerbung",
     "Personal <personal@hansa-klinik-kiel.example>",
     f"Sehr geehrte Frau Rivera,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nPersonalabteilung\nHansa-Klinik Kiel\n",
     "Hansa-Klinik Kiel"),
    ("Your application",
     "Careers <careers@aster-labs.example>",
     "Dear Sam,\n\nThank you for your interest in Aster Labs, a subsidiary of Vantor Holdings. Unfortunately, we have "
     "decided not to proceed with your application.\n\nKind regards,\nAster Labs Recruiting\n",
     "Aster Labs"),
    ("Ihre Bewerbung",
     "Recruiting <jobs@moosgruen.example>",
     "Hallo Sam,\n\nvielen Dank für Deine Bewerbung bei Moosgrün, einer Tochter der Baywald Gruppe. Leider müssen wir "
     "Dir mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nDein Moosgrün Team\n",
     "Moosgrün"),
    ("Your application - Backend Engineer, Payments",
     "Hiring at Fennel <no-reply@fennel.example>",
     "Hi Sam,\n\nThanks for applying to the Backend Engineer role on the Fennel Pay team. We've decided not to move "
     "forward with your application.\n\nCheers,\nFennel Recruiting\n",
     "Fennel"),
    ("Application update",
     "Recruiting <recruiting@brindle-co.example>",
     "Hi Sam,\n\nThanks for your interest in Brindle & Co. While your experience at Northwind Traders is great, we "
     "have decided to pursue other candidates.\n\nBest,\nBrindle & Co. Recruiting\n",
     "Brindle & Co"),
    ("Sollicitatie",
     "Recruitment <recruitment@dekroonhotels.example>",
     "Beste Sam,\n\nBedankt voor je sollicitatie bij De Kroon Hotels in Utrecht. Helaas hebben we gekozen "
     "voor een andere "
     "kandidaat.\n\nMet vriendelijke groet,\nDe Kroon Hotels\n",
     "De Kroon Hotels"),
    ("Candidatura",
     "RH <rh@ribeira-seguros.example>",
     "Caro Sam,\n\nAgradecemos o interesse na Ribeira Seguros, em Lisboa. Infelizmente, a sua candidatura não foi "
     "selecionada.\n\nCumprimentos,\nRecursos Humanos\nRibeira Seguros\n",
     "Ribeira Seguros"),
    ("Candidatura",
     "Selección <seleccion@lacasadelasflores.example>",
     "Hola Sam,\n\nGracias por tu interés en trabajar en La Casa de las Flores. Lamentablemente, tu candidatura no ha "
     "sido seleccionada.\n\nSaludos,\nLa Casa de las Flores\n",
     "La Casa de las Flores"),
    ("Votre candidature",
     "RH <rh@cafe-des-arts.example>",
     "Bonjour Sam,\n\nNous vous remercions de l'intérêt que vous portez au Café des Arts. Malheureusement, votre "
     "candidature n'a pas été retenue.\n\nCordialement,\nL'équipe du Café des Arts\n",
     "Café des Arts"),
    ("Your application",
     "Hana Ito <hana@byteforge.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nHana Ito\nRecruiter | ByteForge\nbyteforge.example\n",
     "ByteForge"),
    ("Re: application",
     "Tom Hardy <tom@hardy-plumbing.example>",
     "Sam,\n\nCheers for sending your CV over. We've taken someone on already so nothing doing at the moment.\n\n"
     "Tom\nHardy Plumbing & Heating\n07700 900123\n",
     "Hardy Plumbing & Heating"),
    ("Bewerbung",
     "Personalabteilung Stadtbäckerei Kühn <bewerbung@kuehn-baeckerei.example>",
     f"Hallo Sam,\n\n{NO['de']}\n\nViele Grüße\n",
     "Stadtbäckerei Kühn"),
    ("Sollicitatie",
     "HR | Groenhart Installatie <hr@groenhart.example>",
     f"Beste Sam,\n\n{NO['nl']}\n\nGroet\n",
     "Groenhart Installatie"),
    ("Candidature",
     "Recrutement Ateliers Dumas <jobs@ateliers-dumas.example>",
     f"Bonjour,\n\n{NO['fr']}\n\nCordialement\n",
     "Ateliers Dumas"),
    ("Candidatura",
     "Recursos Humanos - Supermercados Olivar <rrhh@olivar.example>",
     f"Hola,\n\n{NO['es']}\n\nSaludos\n",
     "Supermercados Olivar"),
    ("Candidatura",
     "Gente & Cultura | Pão Dourado <vagas@paodourado.example>",
     f"Olá,\n\n{NO['pt']}\n\nAbraços\n",
     "Pão Dourado"),
    ("Your application",
     "noreply@northgate-recruit.example",
     "Dear Sam,\n\nWe are recruiting on behalf of our client, Whitlow Engineering Services. Unfortunately, we will not "
     "be taking your application forward.\n\nNorthgate Recruit\n",
     "Whitlow Engineering Services"),
    ("Uw sollicitatie",
     "Jeroen Bakker <jeroen@flexwerk.example>",
     "Beste Sam,\n\nNamens onze opdrachtgever, Zuidkust Vastgoed, laat ik je weten dat ze niet verder gaan met je "
     "sollicitatie.\n\nGroet,\nJeroen Bakker\nFlexwerk Uitzendbureau\n",
     "Zuidkust Vastgoed"),
    ("Candidature",
     "Nadia Benali <n.benali@cabinet-rh.example>",
     "Bonjour Sam,\n\nJe fais suite à votre entretien pour le compte de notre client, la Mutuelle des Cévennes. Le "
     "client a choisi un autre profil.\n\nBien à vous,\nNadia Benali\nCabinet RH Conseil\n",
     "Mutuelle des Cévennes"),
    ("Your application",
     "Careers <careers@saltmarsh.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nSaltmarsh Brewing Co.\n",
     "Saltmarsh Brewing"),
    ("Your application",
     "Careers <careers@kwik-fit-ish.example>",
     f"Dear Sam,\n\nThank you for applying to kwikparts. {NO['en']}\n\nThe kwikparts team\n",
     "kwikparts"),
    ("Bewerbung",
     "Anke Schulz <anke.schulz@web.de>",
     "Hallo Sam,\n\ndanke für deine Bewerbung als Babysitter für unsere Kinder. Wir haben uns leider für jemand "
     "anderen entschieden.\n\nLiebe Grüße\nAnke\n",
     None),
    ("Sollicitatie",
     "Bas <bas.verhoef@gmail.com>",
     "Hoi Sam,\n\nBedankt voor je reactie op mijn advertentie voor hulp in de tuin. Ik heb al iemand gevonden, dus "
     "het gaat helaas niet door.\n\nGroet,\nBas\n",
     None),
    ("Candidatura",
     "María <maria.lopez@hotmail.com>",
     "Hola Sam,\n\ngracias por escribir por el anuncio de cuidadora para mi madre. Ya hemos encontrado a alguien, así "
     "que no seguiremos con tu candidatura.\n\nUn saludo,\nMaría\n",
     None),
    ("Your application at Hollowtree Games",
     "Workable <noreply@workablemail.com>",
     "Hi Sam,\n\nThank you for your interest in Hollowtree Games. We have decided to move forward with other "
     "candidates.\n\nHollowtree Games Hiring Team\n\nPowered by Workable\n",
     "Hollowtree Games"),
    ("Tu candidatura en Aceites del Sur",
     "InfoJobs <noreply@infojobs.net>",
     "Hola Sam,\n\nLa empresa Aceites del Sur ha descartado tu candidatura para la oferta de Mozo de almacén.\n\n"
     "El equipo de InfoJobs\n",
     "Aceites del Sur"),
    ("Candidature - Vendeur",
     "Welcome to the Jungle <noreply@welcometothejungle.com>",
     "Bonjour Sam,\n\nL'entreprise Maison Garnier & Fils a étudié votre candidature et ne souhaite pas poursuivre.\n\n"
     "L'équipe Welcome to the Jungle\n",
     "Maison Garnier & Fils"),
    # --- a fourth round: Dutch and Portuguese shapes (boards, ATS, foundations, Brazilian people teams) ---------------
    ("Processo seletivo - Analista de Dados",
     "Gupy <noreply@gupy.io>",
     "Olá Sam,\n\nObrigado por participar do processo seletivo da Lumina Energia Solar. Infelizmente, seu perfil não "
     "seguirá para as próximas etapas.\n\nAtenciosamente,\nTime de Talentos Lumina Energia Solar\n",
     "Lumina Energia Solar"),
    ("Atualização da sua candidatura",
     "Vagas.com <nao-responda@vagas.com.br>",
     "Olá Sam,\n\nA empresa Drogarias Bem Estar encerrou o processo para a vaga de Atendente e o seu currículo não foi "
     "selecionado.\n\nEquipe Vagas.com\n",
     "Drogarias Bem Estar"),
    ("Retorno processo seletivo",
     "Carla Mendes <carla.mendes@grupoaurora.example>",
     "Oi Sam, tudo bem?\n\nAgradecemos muito sua participação no nosso processo. Neste momento optamos por seguir com "
     "outro candidato.\n\nUm abraço,\nCarla Mendes\nGente e Gestão | Grupo Aurora Alimentos\n",
     "Grupo Aurora Alimentos"),
    ("A sua candidatura",
     "Recrutamento <recrutamento@tintasdotejo.example>",
     "Caro Sam,\n\nA Tintas do Tejo agradece o seu interesse. Lamentamos informar que a sua candidatura não foi "
     "selecionada.\n\nCom os melhores cumprimentos,\nTintas do Tejo, S.A.\n",
     "Tintas do Tejo"),
    ("Candidatura - Enfermeiro",
     "RH <rh@hospital-santa-luzia.example>",
     f"Exmo. Sr. Sam Rivera,\n\n{NO['pt']}\n\nCom os melhores cumprimentos,\nServiço de Recursos Humanos\n"
     "Hospital de Santa Luzia\nViana do Castelo\n",
     "Hospital de Santa Luzia"),
    ("Vaga de vendedor",
     "Loja Bom Preço <contato@lojabompreco.example>",
     "Olá Sam!\n\nMuito obrigado pelo interesse na vaga. Já preenchemos a posição, então não vamos seguir com seu "
     "currículo.\n\nAbs,\nEquipe Loja Bom Preço\n",
     "Loja Bom Preço"),
    ("Sua candidatura na Construtora Horizonte",
     "Kenoby <noreply@kenoby.com>",
     f"Olá Sam,\n\n{NO['pt']}\n\nEquipe de Recrutamento\n",
     "Construtora Horizonte"),
    ("Sollicitatie via Indeed",
     "Indeed <noreply@indeed.com>",
     "Hallo Sam,\n\nHet bedrijf Kaasboerderij De Weide heeft gereageerd op je sollicitatie: helaas ben je niet "
     "geselecteerd.\n\nIndeed\n",
     "Kaasboerderij De Weide"),
    ("Je sollicitatie",
     "Stichting Welzijn Oost <vacatures@welzijnoost.example>",
     f"Beste Sam,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nP&O-adviseur\nStichting Welzijn Oost\n",
     "Stichting Welzijn Oost"),
    ("Sollicitatie magazijnmedewerker",
     "Randstad <noreply@randstad.nl>",
     "Beste Sam,\n\nBedankt voor je interesse in de functie van magazijnmedewerker bij onze opdrachtgever Koel & Vries "
     "Transport. Helaas hebben zij gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nRandstad\n",
     "Koel & Vries Transport"),
    ("Terugkoppeling sollicitatie",
     "Mark de Boer <mark.deboer@hoekstra-techniek.example>",
     "Hoi Sam,\n\nNa het gesprek van vorige week hebben we besloten om niet met je verder te gaan.\n\n"
     "Met vriendelijke groet,\n\nMark de Boer\nTeamleider Service\nHoekstra Techniek B.V.\nIndustrieweg 4, Drachten\n",
     "Hoekstra Techniek"),
    ("Sollicitatie",
     "Werving & Selectie <ws@zorggroep-het-baken.example>",
     f"Geachte mevrouw Rivera,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nWerving & Selectie\nZorggroep Het Baken\n",
     "Zorggroep Het Baken"),
    ("Je sollicitatie bij Tegelhuys",
     "Tegelhuys <jobs@tegelhuys.example>",
     f"Hi Sam,\n\n{NO['nl']}\n\nTeam Tegelhuys\n",
     "Tegelhuys"),
    ("Sollicitatie",
     "Anouk <anouk@studio-noord.example>",
     "Hi Sam,\n\nSuper bedankt voor je portfolio! We hebben uiteindelijk iemand gevonden die al in de buurt woont. "
     "Heel veel succes!\n\nLiefs, Anouk\nStudio Noord Ontwerp\n",
     "Studio Noord Ontwerp"),
    # --- a fifth round: a title heading the signature's name line; a branch's town after the trade --------------------
    ("Sollicitatie",
     "Dries Maes <dries@keukensmaes.example>",
     f"Dag Sam,\n\n{NO['nl']}\n\nGroeten,\nDries Maes\nZaakvoerder Keukens Maes\n",
     "Keukens Maes"),
    ("Bewerbung",
     "Sabine Lind <info@blumenhaus-lind.example>",
     f"Hallo Sam,\n\n{NO['de']}\n\nHerzliche Grüße\nSabine Lind\nInhaberin Blumenhaus Lind\n",
     "Blumenhaus Lind"),
    ("Your application",
     "Gary Moss <gary@mossmotors.example>",
     f"Hi Sam,\n\n{NO['en']}\n\nCheers,\nGary Moss\nOwner, Moss Motors\n",
     "Moss Motors"),
    ("Candidatura",
     "Paulo Reis <paulo@oficinareis.example>",
     f"Olá Sam,\n\n{NO['pt']}\n\nAbraço,\nPaulo Reis\nProprietário Oficina Reis\n",
     "Oficina Reis"),
    ("Sollicitatie",
     "Noor <noor@brightwaystaffing.example>",
     f"Hoi Sam,\n\n{NO['nl']}\n\nGroet,\nNoor\nBrightway Staffing Utrecht\n",
     "Brightway Staffing"),
    ("Bewerbung",
     "Bewerbung <bewerbung@hofmann-logistik.example>",
     f"Guten Tag,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nIhr Personalteam\nHofmann Logistik München\n",
     "Hofmann Logistik"),
    ("Sollicitatie",
     "Lies <lies@tempowerk.example>",
     f"Dag Sam,\n\n{NO['nl']}\n\nGroetjes\nLies\nTempoWerk Interim Hasselt\n",
     "TempoWerk Interim"),
    # --- a sixth round: other entities in German, Portuguese, Spanish and French letters ------------------------------
    ("Ihre Bewerbung als Lagerist",
     "softgarden <noreply@softgarden.io>",
     "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihr Interesse an der Spedition Kronberg. Leider können wir Ihnen "
     "keine Zusage geben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Spedition Kronberg\n\n"
     "Diese E-Mail wurde über softgarden versendet.\n",
     "Spedition Kronberg"),
    ("Ihre Bewerbung",
     "Katrin Wolf <k.wolf@personalwerk-nord.example>",
     "Hallo Frau Rivera,\n\nim Auftrag unseres Kunden, der Elbufer Kliniken, muss ich Ihnen leider mitteilen, dass "
     "Ihre Bewerbung nicht berücksichtigt werden kann.\n\nViele Grüße\nKatrin Wolf\nPersonalwerk Nord GmbH\n",
     "Elbufer Kliniken"),
    ("Ihre Bewerbung bei Lindenhof Pflege",
     "Lindenhof Pflege <karriere@lindenhof-pflege.example>",
     f"Guten Tag Frau Rivera,\n\n{NO['de']}\n\nFreundliche Grüße\nLindenhof Pflege\n"
     "Ein Unternehmen der Vitalis Gruppe\n",
     "Lindenhof Pflege"),
    ("Candidatura - Auxiliar Administrativo",
     "Solides <naoresponda@solides.com.br>",
     "Olá Sam,\n\nEm nome da Transportadora Rio Claro, agradecemos sua participação. Infelizmente você não foi "
     "selecionado para a próxima etapa.\n\nEquipe Solides\n",
     "Transportadora Rio Claro"),
    ("Processo seletivo",
     "Fernanda Costa <fernanda@talentos-rh.example>",
     "Olá Sam,\n\nRecebi o retorno do nosso cliente, Laticínios Serra Azul, e infelizmente eles decidiram seguir com "
     "outro perfil.\n\nAtt,\nFernanda Costa\nTalentos RH Consultoria\n",
     "Laticínios Serra Azul"),
    ("Candidatura",
     "Equipe de Pessoas <pessoas@mercadinho-bom.example>",
     "Oi Sam,\n\nA Mercadinho Bom, empresa do Grupo Vilela, agradece o seu interesse. Infelizmente não "
     "seguiremos com a "
     "sua candidatura.\n\nEquipe de Pessoas\n",
     "Mercadinho Bom"),
    ("Tu candidatura",
     "Andrea Ruiz <andrea.ruiz@selecta-rrhh.example>",
     "Hola Sam:\n\nEn nombre de nuestro cliente, Grupo Farmacéutico Almar, te informamos de que tu candidatura no ha "
     "sido seleccionada.\n\nUn saludo,\nAndrea Ruiz\nSelecta RRHH\n",
     "Grupo Farmacéutico Almar"),
    ("Candidature - Assistant comptable",
     "Indeed <noreply@indeed.com>",
     "Bonjour Sam,\n\nFiduciaire Moreau a consulté votre candidature et a décidé de ne pas donner suite.\n\n"
     "L'équipe Indeed\n",
     "Fiduciaire Moreau"),
    ("Votre candidature",
     "Recrutement <recrutement@hotel-beaurivage.example>",
     "Bonjour Sam,\n\nMerci de l'intérêt que vous portez à l'Hôtel Beau Rivage. Malheureusement, votre "
     "candidature n'a pas "
     "été retenue.\n\nLe service des ressources humaines\nHôtel Beau Rivage\n",
     "Hôtel Beau Rivage"),
    ("Your application",
     "LinkedIn <jobs-noreply@linkedin.com>",
     "Your application to Junior Designer at Sable & Finch\n\nUnfortunately, Sable & Finch has decided not to move "
     "forward with your application.\n\nLinkedIn Corporation\n",
     "Sable & Finch"),
    ("Your application",
     "Careers <careers@harrowgate.example>",
     "Dear Sam,\n\nThank you for your application to Harrowgate Housing Association. Unfortunately, you have not been "
     "shortlisted for interview.\n\nPeople Services\nHarrowgate Housing Association\nRegistered in England "
     "No. 04123456\n",
     "Harrowgate Housing Association"),
    # --- a seventh round: names with "for", "of", "on" inside; a board that is no employer ----------------------------
    ("Your application",
     "Recruitment <recruitment@ncse.example>",
     "Dear Sam,\n\nThank you for your interest in working at the National Centre for Coastal Ecology. Unfortunately, "
     "we have decided not to proceed with your application.\n\nHR Team\n",
     "National Centre for Coastal Ecology"),
    ("Your application",
     "Jobs <jobs@ifs-research.example>",
     "Dear Sam,\n\nThank you for applying to the Institute for Household Finance. Unfortunately you have not been "
     "shortlisted.\n\nBest wishes,\nRecruitment\n",
     "Institute for Household Finance"),
    ("Your application",
     "HR <hr@bankofnorthumbria.example>",
     "Dear Sam,\n\nThank you for your application to Bank of Northumbria. Unfortunately, we will not be taking it "
     "further.\n\nKind regards,\nResourcing Team\nBank of Northumbria\n",
     "Bank of Northumbria"),
    ("Your application",
     "Careers <careers@friendsofthepark.example>",
     "Hi Sam,\n\nThanks for your interest in joining Friends of Larkhill Park. We've offered the role to another "
     "applicant.\n\nWarmly,\nFriends of Larkhill Park\n",
     "Friends of Larkhill Park"),
    ("Your application for Support Worker",
     "Hayley <hayley@homesforgood.example>",
     "Hi Sam,\n\nThank you for applying to Homes for Good. I'm sorry to say we won't be moving forward with your "
     "application.\n\nHayley\nHomes for Good\n",
     "Homes for Good"),
    ("Candidatura",
     "Secretaria <secretaria@colegio-santo-antonio.example>",
     "Prezada Sam,\n\nEm nome da Diretoria, agradecemos o seu interesse. Infelizmente a sua candidatura não foi "
     "selecionada.\n\nAtenciosamente,\nColégio Santo Antônio\n",
     "Colégio Santo Antônio"),
    # --- an eighth round: elided articles, legal forms, hyphens, capitals, reference lines ---------------------------
    ("Votre candidature",
     "Recrutement <recrutement@latelierbleu.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature chez L'Atelier Bleu. Malheureusement, nous ne pouvons pas y donner "
     "suite.\n\nCordialement,\nL'Atelier Bleu\n",
     "L'Atelier Bleu"),
    ("Ihre Bewerbung",
     "Karriere <karriere@mueller-luedenbach.example>",
     "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung bei der Müller-Lüdenbach GmbH & Co. KG. Leider "
     "müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nMüller-Lüdenbach GmbH & Co. KG\n",
     "Müller-Lüdenbach"),
    ("Your application",
     "Recruiting <recruiting@ironvale.example>",
     f"Dear Sam,\n\n{NO['en']}\n\nRegards,\nRecruiting Team\nIRONVALE MINING\n",
     "IRONVALE MINING"),
    ("Candidatura",
     "Recursos Humanos <rrhh@hnosgarcia.example>",
     f"Hola Sam,\n\n{NO['es']}\n\nUn saludo,\nHermanos García e Hijos, S.L.\n",
     "Hermanos García e Hijos"),
    ("Candidatura",
     "Vagas <vagas@irmaos-peixoto.example>",
     f"Olá Sam,\n\n{NO['pt']}\n\nAtenciosamente,\nIrmãos Peixoto & Cia. Ltda.\n",
     "Irmãos Peixoto & Cia"),
    ("Sollicitatie",
     "HR <hr@vdlinden.example>",
     f"Geachte mevrouw Rivera,\n\n{NO['nl']}\n\nMet vriendelijke groet,\nVan der Linden & Zonen B.V.\n",
     "Van der Linden & Zonen"),
    ("Your application - Ref 4471",
     "Careers <careers@blue-heron.example>",
     "Dear Sam,\n\nRe: Warehouse Operative (Ref 4471)\n\nThank you for applying to Blue Heron Distribution. "
     "Unfortunately we will not be progressing your application.\n\n"
     "Blue Heron Distribution Ltd | Registered office: 1 Dock Road, Hull\n",
     "Blue Heron Distribution"),
    # --- a ninth round: how Brazilian, Spanish and German writers name their firm in passing ------------------------
    ("Retorno da sua candidatura",
     "Talentos <talentos@agrovale.example>",
     "Olá Sam,\n\nA equipe da Agrovale Sementes agradece o seu interesse pela vaga. Infelizmente, neste momento, "
     "optamos por outro candidato.\n\nAbraços,\nTime de Talentos\n",
     "Agrovale Sementes"),
    ("Obrigado por se candidatar",
     "Recrutamento <recrutamento@padariaestrela.example>",
     "Oi Sam,\n\nObrigado por se candidatar à vaga de confeiteiro na Padaria Estrela do Sul. Infelizmente a vaga já "
     "foi preenchida.\n\nEquipe Padaria Estrela do Sul\n",
     "Padaria Estrela do Sul"),
    ("Gracias por postularte",
     "Talento <talento@cafeteros-andinos.example>",
     "Hola Sam,\n\nGracias por postularte a Cafeteros Andinos. Después de revisar tu perfil, hemos decidido continuar "
     "con otros candidatos.\n\nEquipo de Talento Humano\n",
     "Cafeteros Andinos"),
    ("Tu postulación",
     "Selección <seleccion@mueblesrivera.example>",
     "Hola Sam,\n\nGracias por tu interés en la posición de Vendedor en Muebles Rivera. Lamentablemente no has sido "
     "seleccionado.\n\nSaludos,\nRecursos Humanos\n",
     "Muebles Rivera"),
    ("Absage",
     "Bewerbermanagement <bewerbung@alpenland-versicherung.example>",
     "Sehr geehrte Frau Rivera,\n\nwir bedanken uns für Ihr Interesse an einer Tätigkeit bei der Alpenland "
     "Versicherung. Leider können wir Sie nicht berücksichtigen.\n\nMit freundlichen Grüßen\nIhre Personalabteilung\n",
     "Alpenland Versicherung"),
    ("Rückmeldung zu Ihrer Bewerbung",
     "Tanja Berger <t.berger@berger-dach.example>",
     "Hallo Sam,\n\ndanke für deine Bewerbung als Dachdecker. Wir haben uns für jemand anderen entschieden.\n\n"
     "Gruß\nTanja Berger\nBerger Bedachungen GmbH\nMeisterbetrieb seit 1968\n",
     "Berger Bedachungen"),
    # --- a tenth round: the reader's own signature quoted under the answer ----------------------------------------
    ("Re: Application for Account Manager",
     "Greta Holm <greta.holm@fjordline-media.example>",
     "Hi Sam,\n\nThanks for your patience. I'm sorry to say we have decided not to proceed with your application.\n\n"
     "Best,\nGreta\n\n"
     "On Tue, 4 Mar 2026, Sam Rivera <sam@example.net> wrote:\n> Hi Greta,\n> Any news on the Account Manager role?\n"
     "> Thanks,\n> Sam Rivera\n> Account Executive | Tessaly Retail\n",
     "Fjordline Media"),
    ("AW: Bewerbung als Projektleiterin",
     "Uwe Brandt <u.brandt@brandt-anlagenbau.example>",
     f"Hallo Frau Rivera,\n\n{NO['de']}\n\nGruß\nUwe Brandt\n\n"
     "-----Ursprüngliche Nachricht-----\nVon: Sam Rivera <sam@example.net>\nBetreff: Bewerbung als Projektleiterin\n\n"
     "Sehr geehrter Herr Brandt,\nanbei meine Unterlagen.\n\nMit freundlichen Grüßen\nSam Rivera\n"
     "Projektingenieurin, Kessler Maschinenbau GmbH\n",
     "Brandt Anlagenbau"),
    # --- an eleventh round: a recruiter names the employer as the one who decided; a boss named so is no employer ---
    ("Your application",
     "Sarah Kent <sarah.kent@harveyrecruit.example>",
     "Hi Sam,\n\nI wanted to let you know that Fernleigh Bank have decided to go with another candidate for the "
     "Analyst role.\n\nSarah Kent\nSenior Consultant\nHarvey Recruit\n",
     "Fernleigh Bank"),
    ("Re: Saturday job",
     "Ellie Shaw <ellie@shawsflorist.example>",
     "Hi Sam,\n\nI'm sorry to tell you that Martha has decided to take on her niece for the Saturday job.\n\n"
     "Ellie\nShaw's Florist\n",
     "Shaw's Florist"),
    ("Your application",
     "Careers <careers@homesforgood.example>",
     f"Hi Sam,\n\nThank you for applying to Homes for Good. {NO['en']}\n\nThe Recruitment Team\n",
     "Homes for Good"),
    ("Your application",
     "Jo Lin <jo@harlowzoo.example>",
     f"Hi Sam,\n\nThanks for applying to work at Harlow City Zoo and Aquarium. {NO['en']}\n\nJo\n",
     "Harlow City Zoo and Aquarium"),
    ("Your application",
     "Recruitment <recruitment@grayhollisandwebb.example>",
     f"Dear Sam,\n\nThank you for applying to Gray, Hollis and Webb LLP. {NO['en']}\n\nGraduate Recruitment\n",
     "Gray, Hollis and Webb"),
]


@pytest.mark.parametrize(("subject", "sender", "body", "want"), CASES, ids=[f"{i}:{c[3]}" for i, c in enumerate(CASES)])
def test_the_employer_as_a_person_would_write_it(subject: str, sender: str, body: str, want: str) -> None:
    assert same(company(body, sender, subject), want)
