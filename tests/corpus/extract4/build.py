"""Generate the extract4 corpus: 180 true rejection mails written by a fresh author (round 4).

Deterministic: ``python build.py`` writes ``messages/*.eml`` and ``labels.jsonl``;
``python build.py --check`` parses every message back and verifies that each non-null label value
occurs in the decoded mail (headers + body parts).

Every message is assembled from independent choices (sender style, subject shape, how the role
and the company are named, the decision sentence, the sign-off, the link block, the MIME shape
and charset).  The ``construction`` field of each label records those choices.
"""

from __future__ import annotations

import json
import random
import re
import sys
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).parent
COUNTS = {"en": 50, "de": 30, "fr": 25, "es": 25, "nl": 25, "pt": 25}

# --------------------------------------------------------------------------- companies
# (name as a person writes it, domain stem, kind)  kind: plain | word | digits | caps | inst | group
COMPANIES = {
    "en": [
        ("Larkspur Analytics", "larkspur", "plain"), ("Harbor", "harborhq", "word"),
        ("42 Fathoms", "42fathoms", "digits"), ("QUILLON", "quillon", "caps"),
        ("University of Westmarch", "westmarch", "inst"), ("Brightwell Health Trust", "brightwell-nhs", "inst"),
        ("Copperleaf", "copperleaf", "plain"), ("Juniper & Rowe", "juniperrowe", "plain"),
        ("Orbitron Labs", "orbitron", "plain"), ("Ferro Group", "ferrogroup", "group"),
        ("Mosaic", "mosaic-app", "word"), ("Tidewater Bank", "tidewaterbank", "plain"),
        ("Studio 9", "studio9", "digits"), ("Kestrel Robotics", "kestrelbots", "plain"),
        ("Northgate County Council", "northgate-gov", "inst"), ("Plumline", "plumline", "word"),
    ],
    "de": [
        ("Nordwerk", "nordwerk", "word"), ("Stadtwerke Lindenau", "sw-lindenau", "inst"),
        ("Brückner Logistik", "brueckner-logistik", "plain"), ("Helix Medizintechnik", "helixmed", "plain"),
        ("Universität Falkenberg", "uni-falkenberg", "inst"), ("Kranich & Söhne", "kranich-soehne", "plain"),
        ("Feldmark", "feldmark", "word"), ("Alpenblick Versicherung", "alpenblick", "plain"),
        ("24grad", "24grad", "digits"), ("ZEPHYR Software", "zephyr-sw", "caps"),
    ],
    "fr": [
        ("Maison Verlaine", "maisonverlaine", "plain"), ("Atelier Boréal", "atelierboreal", "plain"),
        ("Lumen", "lumen-rh", "word"), ("Groupe Castellane", "castellane", "group"),
        ("Université de Valrose-Sud", "univ-valrose", "inst"), ("Cirrus Conseil", "cirrusconseil", "plain"),
        ("Octave 7", "octave7", "digits"), ("Pâtisseries Delorme", "delorme", "plain"),
    ],
    "es": [
        ("Grupo Alcaraz", "alcaraz", "group"), ("Mirador", "mirador-tech", "word"),
        ("Logística Tajo", "logisticatajo", "plain"), ("Universidad de Cantabria Oriental", "ucor", "inst"),
        ("Brisa Energía", "brisaenergia", "plain"), ("Nube 3", "nube3", "digits"),
        ("Farmacias Olmedo", "olmedo", "plain"), ("Tesela", "tesela", "word"),
    ],
    "nl": [
        ("Dijkstra Bouw", "dijkstrabouw", "plain"), ("Gemeente Veenhoven", "veenhoven", "inst"),
        ("Klaproos", "klaproos", "word"), ("Vliet & Zonen", "vlietzonen", "plain"),
        ("Polder Data", "polderdata", "plain"), ("Hogeschool Oostmaas", "hs-oostmaas", "inst"),
        ("Stroom 8", "stroom8", "digits"), ("MEERVAART", "meervaart", "caps"),
    ],
    "pt": [
        ("Grupo Sereia", "sereia", "group"), ("Cajueiro", "cajueiro", "word"),
        ("Banco Atlântida", "bancoatlantida", "plain"), ("Universidade do Vale Alto", "uvalto", "inst"),
        ("Ponte Digital", "pontedigital", "plain"), ("Farol 5", "farol5", "digits"),
        ("Construtora Ipê", "construtoraipe", "plain"), ("Maré Alimentos", "marealimentos", "plain"),
    ],
}

AGENCIES = {
    "en": ("Peakline Talent", "peakline-talent"), "de": ("Brückenkopf Personal", "bk-personal"),
    "fr": ("Sélection Azur", "selection-azur"), "es": ("Talento Puente", "talentopuente"),
    "nl": ("Werfkracht", "werfkracht"), "pt": ("Ponto Recrutamento", "pontorecruta"),
}

# --------------------------------------------------------------------------- roles
ROLES = {
    "en": [
        "Senior Data Engineer", "Product Designer", "Customer Success Manager, EMEA",
        "Backend Engineer (Go)", "Marketing Coordinator", "Staff Software Engineer, Payments",
        "Research Assistant in Computational Biology", "Graduate Civil Engineer",
        "Head of Finance", "Junior Copywriter", "Site Reliability Engineer - Platform",
        "Clinical Nurse Specialist", "Operations Analyst", "Lecturer in Economics",
        "Frontend Developer / React", "Sales Development Representative",
    ],
    "de": [
        "Sachbearbeiter Buchhaltung (m/w/d)", "Softwareentwickler*in Backend", "Werkstudent Marketing (w/m/d)",
        "Projektleiterin Tiefbau", "Vertriebsmitarbeiter Innendienst (m/w/d)", "Teamleitung Kundenservice",
        "Wissenschaftliche*r Mitarbeiter*in", "Elektroniker für Betriebstechnik (m/w/d)",
        "Data Scientist (f/m/d)", "Personalreferentin", "Lagerlogistiker (m/w/d)", "UX Designer (all genders)",
    ],
    "fr": [
        "Chargé de communication (H/F)", "Développeur Full Stack", "Comptable fournisseurs",
        "Responsable logistique F/H", "Ingénieure qualité", "Assistant(e) de direction",
        "Chef de projet digital", "Data analyst junior (H/F)", "Technicien de maintenance",
    ],
    "es": [
        "Desarrollador/a Backend", "Técnico de Recursos Humanos", "Analista de Datos Senior",
        "Responsable de Compras", "Ingeniera de Procesos", "Diseñador Gráfico", "Auxiliar Administrativo",
        "Product Manager", "Ejecutivo/a de Ventas",
    ],
    "nl": [
        "Beleidsmedewerker Ruimtelijke Ordening", "Medior Java Developer", "Accountmanager Binnendienst",
        "Verpleegkundige", "Junior Projectleider", "Financieel Administratief Medewerker",
        "Docent Wiskunde", "Data Engineer", "Teamleider Klantenservice",
    ],
    "pt": [
        "Analista de Marketing Pleno", "Desenvolvedor(a) Front-end", "Assistente Administrativo",
        "Engenheiro de Software Sênior", "Coordenadora de Logística", "Estágio em Finanças",
        "Técnico de Manutenção", "Designer de Produto", "Gerente de Contas",
    ],
}

PEOPLE = {
    "en": [("Dana", "Whitcombe"), ("Priya", "Nandakumar"), ("Tom", "Ellery"), ("Grace", "Obi"),
           ("Marcus", "Hale"), ("Lena", "Fairbrother"), ("Owen", "Tasker"), ("Ruth", "Calloway")],
    "de": [("Katrin", "Vogelsang"), ("Jonas", "Breitner"), ("Miriam", "Schäfer"), ("Lukas", "Heidemann"),
           ("Anja", "Köhler"), ("Florian", "Weidinger")],
    "fr": [("Camille", "Roussel"), ("Hugo", "Lemaître"), ("Inès", "Barbier"), ("Mathieu", "Fournel"),
           ("Élodie", "Chassagne")],
    "es": [("Lucía", "Beltrán"), ("Javier", "Ocaña"), ("Marta", "Quesada"), ("Andrés", "Villalba"),
           ("Nuria", "Escrivá")],
    "nl": [("Sanne", "de Wit"), ("Joost", "van Dalen"), ("Femke", "Brouwer"), ("Thijs", "Verhoef"),
           ("Lotte", "Kuipers")],
    "pt": [("Beatriz", "Falcão"), ("Rafael", "Moreira"), ("Joana", "Teixeira"), ("Thiago", "Brandão"),
           ("Larissa", "Monteiro")],
}

CANDIDATES = ["Alex", "Sam", "Robin", "Noa", "Kim", "Jules", "Charlie", "Maxime"]

ASCII = str.maketrans("äöüßéèêëáàâãíóôõúçñÉÁÖÜÄ", "aouseeeeaaaaioooucnEAOUA")


def slug_email(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().translate(ASCII).replace(" ", ""))


# --------------------------------------------------------------------------- language texts
# Placeholders: {role} {company} {ref} {cand} {agency} {name} {first} {title} {url}
T = {
    "en": {
        "greet": ["Hi {cand},", "Dear {cand},", "Hello {cand},", "{cand},", "Dear Applicant,"],
        "role_body": [
            "Thank you for applying for the {role} position at {company}.",
            "Thanks so much for your interest in the {role} role with {company}.",
            "We appreciate you taking the time to apply to {company} for {role}.",
            "Thank you for your application for the post of {role} (reference {ref}).",
            "I'm writing to follow up on the {role} opening you applied for here at {company}.",
            "Thank you for applying to the {role} vacancy with {company}, and for the time you gave us.",
            "Many thanks for your recent application to become our next {role}.",
            "We have now completed our review for the {role} opportunity at {company}.",
        ],
        "norole_body": [
            "Thank you for your interest in joining {company}.",
            "Thanks for taking the time to apply to {company} and to talk with our team.",
            "We're grateful for the interest you've shown in {company}.",
        ],
        "role_only_subject_body": [
            "Thank you for applying, and for your patience while we reviewed applications.",
            "Thanks again for the conversation last week.",
        ],
        "decision": [
            "After careful consideration, we have decided not to move forward with your application.",
            "Unfortunately, we will not be progressing your application to the next stage.",
            "We've chosen to pursue other candidates whose experience more closely matches what we need right now.",
            "I'm sorry to let you know that you have not been shortlisted for interview on this occasion.",
            "Regrettably, we are unable to offer you the position.",
            "We have decided to proceed with another applicant for this role.",
        ],
        "buried": [
            "We received an unusually high number of applications this cycle, and the panel met twice to compare them.",
            "Our process involved a written exercise and a short call, and every application was read by two people.",
        ],
        "close": [
            "We wish you every success in your search.",
            "Please don't let this discourage you from applying again in future.",
            "Thank you again for your time and interest.",
        ],
        "sign_person": [
            "Best regards,\n{name}\n{title}, {company}",
            "Cheers,\n{first}",
            "Kind regards,\n{name}\n{title}\n{company}",
            "Thanks,\n{name} | {title} | {company}",
            "All the best,\n{name}",
        ],
        "sign_team": [
            "Kind regards,\nThe {company} Talent Team",
            "Best,\n{company} Recruiting",
            "Warm regards,\nPeople Team at {company}",
            "Sincerely,\nHuman Resources\n{company}",
        ],
        "titles": ["Talent Partner", "Recruiter", "Hiring Manager", "Founder & CEO", "HR Advisor"],
        "subj_role": [
            "Update on your application: {role}", "{role} - {company}", "Re: {role}",
            "Your application for {role} at {company}", "{company} | {role} ({ref})",
            "Regarding the {role} role", "Application status – {role}",
        ],
        "subj_norole": [
            "Your application to {company}", "Thank you for applying to {company}", "An update from {company}",
            "Regarding your candidacy", "Application update",
        ],
        "agency": [
            "I've now heard back from my client, {company}, about the {role} position.",
            "{company} have come back to me regarding your application for the {role} role.",
            "I spoke with the hiring team at {company} this morning about {role}.",
        ],
        "agency_dec": [
            "They have decided not to take your application further.",
            "Unfortunately they've chosen to move ahead with a candidate with more sector experience.",
        ],
        "careers": [
            "You can find our other openings at {url}",
            "Keep an eye on {url} for future roles.",
            "Current vacancies: {url}",
        ],
        "several": "We also have {other} openings that may suit you later.",
        "team_display": ["{company} Careers", "Talent at {company}", "{company} Recruiting", "Team {company}",
                         "{company} Hiring Team"],
    },
    "de": {
        "greet": ["Sehr geehrte/r {cand},", "Hallo {cand},", "Liebe/r {cand},", "Guten Tag {cand},"],
        "role_body": [
            "vielen Dank für Ihre Bewerbung als {role} bei {company}.",
            "vielen Dank für Ihr Interesse an der Position {role} und die Zeit, die Sie investiert haben.",
            "danke für deine Bewerbung auf die Stelle als {role} bei uns.",
            "wir bedanken uns für Ihre Bewerbung für die ausgeschriebene Stelle „{role}“ (Kennziffer {ref}).",
            "herzlichen Dank für Ihre Bewerbung um die Stelle {role} in unserem Haus.",
            "vielen Dank, dass du dich bei {company} als {role} beworben hast.",
        ],
        "norole_body": [
            "vielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.",
            "danke, dass du dich bei {company} beworben hast.",
        ],
        "role_only_subject_body": [
            "vielen Dank für Ihre Bewerbung und Ihre Geduld.",
            "danke nochmals für das nette Gespräch.",
        ],
        "decision": [
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.",
            "Nach sorgfältiger Prüfung haben wir uns für eine andere Kandidatin entschieden.",
            "Leider können wir Ihnen keine positive Rückmeldung geben.",
            "Wir haben uns leider gegen deine Bewerbung entschieden.",
            "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie im weiteren Verfahren nicht berücksichtigen.",
        ],
        "buried": [
            "Wir haben sehr viele Bewerbungen erhalten und alle Unterlagen sorgfältig gesichtet.",
            "Das Auswahlverfahren bestand aus mehreren Runden, an denen Fachabteilung und Personalrat beteiligt waren.",
        ],
        "close": [
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
            "Für deinen weiteren Weg wünschen wir dir viel Erfolg.",
            "Ihre Unterlagen werden gemäß Datenschutz nach sechs Monaten gelöscht.",
        ],
        "sign_person": [
            "Mit freundlichen Grüßen\n{name}\n{title}\n{company}",
            "Viele Grüße\n{first}",
            "Freundliche Grüße\ni. A. {name}\n{title} | {company}",
            "Beste Grüße\n{name}",
        ],
        "sign_team": [
            "Mit freundlichen Grüßen\nIhre Personalabteilung\n{company}",
            "Viele Grüße\nDein {company} Recruiting-Team",
            "Freundliche Grüße\nTeam Human Resources, {company}",
        ],
        "titles": ["Personalreferentin", "Recruiterin", "Geschäftsführer", "Talent Acquisition", "HR Business Partner"],
        "subj_role": [
            "Ihre Bewerbung als {role}", "Absage: {role}", "Bewerbung bei {company} – {role}",
            "Ihre Bewerbung: {role} (Kennziffer {ref})", "Rückmeldung zu deiner Bewerbung als {role}",
            "AW: Bewerbung {role}",
        ],
        "subj_norole": ["Ihre Bewerbung bei {company}", "Rückmeldung zu Ihrer Bewerbung", "Deine Bewerbung"],
        "agency": [
            "ich habe heute eine Rückmeldung von unserem Kunden {company} zur Position {role} erhalten.",
            "mein Mandant {company} hat sich zu Ihrer Bewerbung als {role} gemeldet.",
        ],
        "agency_dec": [
            "Leider hat sich das Unternehmen für einen anderen Kandidaten entschieden.",
            "Man hat sich leider gegen Ihre Bewerbung entschieden.",
        ],
        "careers": [
            "Weitere offene Stellen finden Sie unter {url}",
            "Schau gerne wieder auf {url} vorbei.",
            "Aktuelle Jobs: {url}",
        ],
        "several": "Gern können Sie sich auch auf unsere Stellen als {other} bewerben.",
        "team_display": ["{company} Karriere", "{company} Recruiting", "Team {company}", "Personalabteilung {company}"],
    },
    "fr": {
        "greet": ["Bonjour {cand},", "Madame, Monsieur,", "Cher/Chère {cand},", "Bonjour,"],
        "role_body": [
            "Nous vous remercions pour votre candidature au poste de {role} chez {company}.",
            "Suite à votre candidature pour l'offre {role} (réf. {ref}), nous revenons vers vous.",
            "Merci pour l'intérêt que vous portez à {company} et pour votre candidature en tant que {role}.",
            "Vous avez postulé au poste de {role} et nous vous en remercions.",
            "Nous avons bien étudié votre candidature pour le poste « {role} ».",
        ],
        "norole_body": [
            "Nous vous remercions pour l'intérêt que vous portez à {company}.",
            "Merci d'avoir postulé chez {company}.",
        ],
        "role_only_subject_body": ["Nous vous remercions de votre candidature et de votre patience."],
        "decision": [
            "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
            "Après examen attentif, nous avons décidé de ne pas donner suite à votre candidature.",
            "Malheureusement, nous ne pouvons pas donner une suite favorable à votre demande.",
            "Nous avons choisi de poursuivre avec un autre profil.",
        ],
        "buried": ["Nous avons reçu de très nombreuses candidatures, toutes étudiées avec soin par l'équipe."],
        "close": [
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "Nous conservons votre CV dans notre vivier, sauf avis contraire de votre part.",
        ],
        "sign_person": [
            "Cordialement,\n{name}\n{title}\n{company}",
            "Bien à vous,\n{name} – {title}, {company}",
            "Belle journée,\n{first}",
        ],
        "sign_team": [
            "Bien cordialement,\nL'équipe Recrutement {company}",
            "Cordialement,\nLe service des Ressources Humaines\n{company}",
        ],
        "titles": ["Chargée de recrutement", "Responsable RH", "Talent Acquisition Manager", "Fondateur"],
        "subj_role": [
            "Votre candidature au poste de {role}", "Candidature : {role}", "Réponse à votre candidature – {role}",
            "{company} - {role}", "RE: {role}",
        ],
        "subj_norole": ["Votre candidature chez {company}", "Réponse à votre candidature",
                        "Suite de votre candidature"],
        "agency": [
            "Je reviens vers vous concernant le poste de {role} chez notre client {company}.",
            "Notre client, {company}, m'a fait un retour sur votre candidature au poste de {role}.",
        ],
        "agency_dec": ["Malheureusement, ils ont retenu un autre candidat.",
                       "Ils ont décidé de ne pas donner suite à votre candidature."],
        "careers": ["Retrouvez nos offres sur {url}", "Nos autres postes : {url}"],
        "several": "N'hésitez pas à consulter nos postes de {other}.",
        "team_display": ["{company} Recrutement", "Carrières {company}", "L'équipe {company}"],
    },
    "es": {
        "greet": ["Hola {cand},", "Estimado/a {cand}:", "Buenos días, {cand}:", "Hola,"],
        "role_body": [
            "Gracias por tu interés en la vacante de {role} en {company}.",
            "Te agradecemos que hayas participado en el proceso de selección para el puesto de {role}.",
            "Queremos agradecerle su postulación a la posición de {role} (ref. {ref}).",
            "Gracias por inscribirte en la oferta de {role} de {company}.",
            "Hemos revisado con atención tu candidatura como {role}.",
        ],
        "norole_body": ["Gracias por tu interés en formar parte de {company}.",
                        "Le agradecemos el interés mostrado en {company}."],
        "role_only_subject_body": ["Gracias por tu candidatura y por tu paciencia."],
        "decision": [
            "Lamentamos informarte de que no continuarás en el proceso.",
            "Hemos decidido seguir adelante con otros candidatos cuyo perfil se ajusta más a la posición.",
            "Sentimos comunicarle que su candidatura no ha sido seleccionada.",
            "En esta ocasión hemos optado por otros perfiles.",
        ],
        "buried": ["Hemos recibido un gran número de candidaturas y todas han sido valoradas por el equipo."],
        "close": ["Te deseamos mucho éxito en tu búsqueda.", "Guardaremos tu CV para futuras oportunidades."],
        "sign_person": [
            "Un saludo,\n{name}\n{title} | {company}",
            "Atentamente,\n{name}\n{title}",
            "Saludos,\n{first}",
        ],
        "sign_team": ["Atentamente,\nEquipo de Selección de {company}",
                      "Un abrazo,\nEl equipo de Talento de {company}"],
        "titles": ["Talent Acquisition", "Técnica de Selección", "Responsable de RR. HH.", "Fundador"],
        "subj_role": [
            "Tu candidatura para {role}", "Proceso de selección: {role}", "{role} – {company}",
            "Actualización sobre tu candidatura ({role})", "RE: Oferta {role}",
        ],
        "subj_norole": ["Actualización de tu candidatura en {company}", "Tu proceso de selección", "Tu candidatura"],
        "agency": ["Te escribo en relación con el puesto de {role} de nuestro cliente {company}.",
                   "Nuestro cliente {company} nos ha dado respuesta sobre tu candidatura para {role}."],
        "agency_dec": ["Lamentablemente han decidido continuar con otro perfil.",
                       "Finalmente han optado por otra persona."],
        "careers": ["Puedes ver nuestras ofertas en {url}", "Más vacantes: {url}"],
        "several": "También tenemos vacantes de {other} que podrían interesarte.",
        "team_display": ["Empleo {company}", "{company} Talento", "Equipo {company}"],
    },
    "nl": {
        "greet": ["Beste {cand},", "Geachte heer/mevrouw,", "Hoi {cand},", "Beste kandidaat,"],
        "role_body": [
            "Bedankt voor je sollicitatie op de functie van {role} bij {company}.",
            "Hartelijk dank voor uw interesse in de vacature {role}.",
            "Dank je wel voor je reactie op de vacature {role} (vacaturenummer {ref}).",
            "Wij hebben uw sollicitatie voor de functie {role} met belangstelling gelezen.",
            "Bedankt dat je hebt gesolliciteerd als {role} bij {company}.",
        ],
        "norole_body": ["Bedankt voor je interesse in {company}.",
                        "Hartelijk dank voor uw sollicitatie bij {company}."],
        "role_only_subject_body": ["Bedankt voor je sollicitatie en je geduld."],
        "decision": [
            "Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.",
            "Na zorgvuldige afweging hebben we besloten andere kandidaten uit te nodigen.",
            "Wij hebben gekozen voor een kandidaat die beter aansluit bij het profiel.",
            "Helaas ben je niet door naar de volgende ronde.",
        ],
        "buried": ["We hebben veel reacties ontvangen en alle brieven zorgvuldig gelezen."],
        "close": ["We wensen je veel succes met je zoektocht.", "Wij wensen u veel succes in uw verdere loopbaan."],
        "sign_person": [
            "Met vriendelijke groet,\n{name}\n{title} | {company}",
            "Groetjes,\n{first}",
            "Hartelijke groet,\n{name}\n{title}",
        ],
        "sign_team": ["Met vriendelijke groet,\nTeam Werving & Selectie {company}",
                      "Hartelijke groet,\nAfdeling HR, {company}"],
        "titles": ["Recruiter", "HR-adviseur", "Corporate Recruiter", "Eigenaar"],
        "subj_role": [
            "Je sollicitatie als {role}", "Terugkoppeling sollicitatie {role}", "{role} bij {company}",
            "Uw sollicitatie: {role} ({ref})", "RE: Vacature {role}",
        ],
        "subj_norole": ["Uw sollicitatie bij {company}", "Reactie op je sollicitatie", "Je sollicitatie"],
        "agency": ["Ik heb terugkoppeling gekregen van onze opdrachtgever {company} over de functie {role}.",
                   "{company}, onze klant, heeft gereageerd op je sollicitatie als {role}."],
        "agency_dec": ["Helaas hebben zij gekozen voor een andere kandidaat.",
                       "Zij hebben besloten niet verder te gaan met je sollicitatie."],
        "careers": ["Bekijk onze andere vacatures op {url}", "Alle vacatures: {url}"],
        "several": "Misschien zijn onze vacatures voor {other} iets voor je.",
        "team_display": ["Werken bij {company}", "{company} Recruitment", "Team {company}"],
    },
    "pt": {
        "greet": ["Olá {cand},", "Prezado(a) {cand},", "Caro(a) {cand},", "Olá,"],
        "role_body": [
            "Agradecemos o seu interesse na vaga de {role} na {company}.",
            "Obrigado pela sua candidatura à posição de {role}.",
            "Agradecemos por participar do processo seletivo para {role} (código {ref}).",
            "Recebemos com atenção a sua candidatura para a posição de {role} na {company}.",
            "Obrigada por se candidatar como {role} aqui na {company}.",
        ],
        "norole_body": ["Agradecemos o seu interesse em fazer parte da {company}.",
                        "Obrigado por se candidatar na {company}."],
        "role_only_subject_body": ["Obrigado pela sua candidatura e pela paciência."],
        "decision": [
            "Infelizmente, optamos por seguir com outros candidatos.",
            "Decidimos não avançar com a sua candidatura nesta etapa.",
            "Informamos que o seu perfil não foi selecionado para as próximas etapas.",
            "Lamentamos informar que não seguiremos com o seu processo.",
        ],
        "buried": ["Recebemos muitas candidaturas e todas foram analisadas com cuidado pela equipe."],
        "close": ["Desejamos sucesso na sua trajetória.", "Seu currículo ficará em nosso banco de talentos."],
        "sign_person": [
            "Atenciosamente,\n{name}\n{title} | {company}",
            "Abraços,\n{first}",
            "Com os melhores cumprimentos,\n{name}\n{title}",
        ],
        "sign_team": ["Atenciosamente,\nEquipe de Talentos {company}", "Um abraço,\nTime de Recrutamento da {company}"],
        "titles": ["Recrutadora", "Analista de RH", "Talent Acquisition", "Sócio-fundador"],
        "subj_role": [
            "Sua candidatura para {role}", "Processo seletivo - {role}", "{role} | {company}",
            "Atualização: vaga de {role}", "RE: {role}",
        ],
        "subj_norole": ["Atualização sobre a sua candidatura", "Sua candidatura na {company}",
                        "Retorno do processo seletivo"],
        "agency": ["Escrevo a respeito da vaga de {role} do nosso cliente {company}.",
                   "Nosso cliente, {company}, deu um retorno sobre a sua candidatura para {role}."],
        "agency_dec": ["Infelizmente eles decidiram seguir com outro candidato.",
                       "Eles optaram por não avançar com a sua candidatura."],
        "careers": ["Confira nossas vagas em {url}", "Outras oportunidades: {url}"],
        "several": "Temos também vagas de {other} que podem interessar.",
        "team_display": ["Carreiras {company}", "{company} Talentos", "Time {company}"],
    },
}

ATS = [
    ("Greenhouse", "no-reply@us.greenhouse-mail.example", "https://boards.greenhouse.example/{slug}"),
    ("Lever", "no-reply@hire.lever.example", "https://jobs.lever.example/{slug}"),
    ("Workday", "{slug}@myworkday.example", "https://{slug}.wd3.myworkdayjobs.example/careers"),
    ("Personio", "noreply@personio.example", "https://{slug}.jobs.personio.example"),
    ("Teamtailor", "no-reply@teamtailor-mail.example", "https://{slug}.teamtailor.example/jobs"),
    ("SmartRecruiters", "noreply@smartrecruiters.example", "https://jobs.smartrecruiters.example/{slug}"),
    ("Recruitee", "notifications@recruitee-mail.example", "https://{slug}.recruitee.example"),
    ("Join", "noreply@join.example", "https://join.example/companies/{slug}"),
]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def build_one(lang: str, i: int) -> tuple[EmailMessage, dict]:
    rng = random.Random(f"extract4-{lang}-{i}")
    t = T[lang]
    cname, stem, ckind = pick(rng, COMPANIES[lang])
    tld = pick(rng, ["example", "test"])
    domain = f"{stem}.{tld}"
    role = pick(rng, ROLES[lang])
    ref = f"{pick(rng, ['R-', 'JR', 'REQ-', '#', ''])}{rng.randrange(1000, 99999)}"
    first, last = pick(rng, PEOPLE[lang])
    name = f"{first} {last}"
    title = pick(rng, t["titles"])
    cand = pick(rng, CANDIDATES)
    con = {}

    # sender style
    style = pick(rng, ["person", "person", "team", "ats", "ats", "agency", "founder", "domain_only"])
    if style == "domain_only" and (ckind == "inst" or "-" in stem):  # a hyphenated domain has no one spelling
        style = "team"
    ats = pick(rng, ATS)
    aslug = stem.replace("-", "")
    contact_name = contact_email = None
    company_label = cname
    agency = None
    pemail = f"{slug_email(first, last)}@{domain}"
    if style in ("person", "founder"):
        if style == "founder":
            title = pick(rng, ["Founder", "Co-founder & CEO", "Geschäftsführer", "Fondateur", "Fundador", "Eigenaar"])
        sender = formataddr((name, pemail))
        contact_name, contact_email = name, pemail
        con["sender"] = "person display name + company domain"
    elif style == "team":
        disp = pick(rng, t["team_display"]).format(company=cname)
        local = pick(rng, ["careers", "jobs", "recruiting", "hr", "bewerbung", "rh", "empleo", "vacatures", "vagas"])
        addr = f"{local}@{domain}"
        sender = formataddr((disp, addr))
        con["sender"] = f"team display '{disp}' + company domain"
    elif style == "ats":
        disp = pick(rng, [f"{cname} via {ats[0]}", f"{cname} Hiring Team", f"Talent at {cname}", cname,
                          f"{cname} Careers"])
        sender = formataddr((disp, ats[1].format(slug=aslug)))
        con["sender"] = f"ATS {ats[0]} no-reply, display '{disp}'"
    elif style == "agency":
        agency, astem = AGENCIES[lang]
        afirst, alast = pick(rng, PEOPLE[lang][::-1])
        name = f"{afirst} {alast}"
        first = afirst
        pemail = f"{slug_email(afirst, alast)}@{astem}.example"
        sender = formataddr((name, pemail))
        contact_name, contact_email = name, pemail
        title = {"en": "Senior Consultant", "de": "Personalberaterin", "fr": "Consultante",
                 "es": "Consultora", "nl": "Intercedent", "pt": "Consultora"}[lang]
        con["sender"] = f"agency recruiter at {agency}; client is the employer"
    else:  # domain only: no name, company only from the domain
        sender = f"info@{domain}"
        company_label = stem.split("-")[0]
        con["sender"] = "bare address on company domain; company from domain only"

    # does the mail name the role?
    role_mode = pick(rng, ["body", "body", "body", "subject_only", "both", "none", "ref_title"])
    if style == "agency":
        role_mode = "agency"
    elif style == "domain_only" and role_mode == "none":
        role_mode = "body"
    role_label = role
    ref_in = role_mode == "ref_title"

    def fmt(s: str) -> str:
        return s.format(role=role, company=cname if style != "domain_only" else "us", ref=ref, cand=cand,
                        name=name, first=first, title=title, agency=agency or "", url="{url}")

    # subject
    if role_mode in ("subject_only", "both") or (role_mode == "ref_title"):
        subj_t = pick(rng, t["subj_role"])
        if style == "domain_only" and "{company}" in subj_t:
            subj_t = t["subj_role"][0]
        subject = fmt(subj_t)
        if ref_in and "{ref}" not in subj_t:
            subject = f"{subject} [{ref}]"
        con["subject"] = f"role in subject: '{subj_t}'"
    elif role_mode == "agency":
        subject = pick(rng, [f"{role} – {cname}", f"Re: {role}", f"{cname} update"])
        con["subject"] = "agency subject"
    else:
        subj_t = pick(rng, t["subj_norole"])
        if style == "domain_only":
            subj_t = t["subj_norole"][-1]
        subject = fmt(subj_t)
        con["subject"] = f"no role in subject: '{subj_t}'"

    paras = [fmt(pick(rng, t["greet"]))]
    if role_mode in ("body", "both", "ref_title"):
        rb = pick(rng, t["role_body"])
        if style == "domain_only":
            rb = pick(rng, [r for r in t["role_body"] if "{company}" not in r])
        paras.append(fmt(rb))
        con["role"] = f"role in body: '{rb}'"
    elif role_mode == "subject_only":
        paras.append(fmt(pick(rng, t["role_only_subject_body"])))
        con["role"] = "role in subject only"
    elif role_mode == "agency":
        paras.append(fmt(pick(rng, t["agency"])))
        con["role"] = "role in agency relay sentence"
    else:
        nb = pick(rng, t["norole_body"])
        paras.append(fmt(nb))
        role_label = None
        con["role"] = "no role named"
    if role_mode == "subject_only" and style == "domain_only":
        pass
    if rng.random() < 0.35:
        paras.append(pick(rng, t["buried"]))
        con["decision"] = "buried after a filler paragraph"
    if role_mode == "agency":
        paras.append(pick(rng, t["agency_dec"]))
    else:
        paras.append(pick(rng, t["decision"]))
    if role_label and rng.random() < 0.2:
        other = pick(rng, [r for r in ROLES[lang] if r != role])
        paras.append(t["several"].format(other=other))
        con["several"] = "a second title mentioned as other openings"

    # careers link
    url = None
    link_kind = pick(rng, ["company", "company", "ats", "none", "none"])
    if style == "agency":
        link_kind = pick(rng, ["none", "agency_none"])
    if link_kind == "company" and style != "domain_only":
        url = pick(rng, [f"https://{domain}/careers", f"https://careers.{domain}/jobs", f"https://www.{domain}/jobs",
                         f"https://{domain}/en/karriere" if lang == "de" else f"https://{domain}/vacatures"
                         if lang == "nl" else f"https://{domain}/carreiras" if lang == "pt" else f"https://{domain}/empleo"
                         if lang == "es" else f"https://{domain}/recrutement" if lang == "fr" else f"https://jobs.{domain}"])
    elif link_kind == "ats":
        url = ats[2].format(slug=aslug)
    if url:
        paras.append(pick(rng, t["careers"]).format(url=url))
        con["careers"] = f"{link_kind} careers link"
    paras.append(pick(rng, t["close"]))

    # sign-off
    if contact_name:
        sign = pick(rng, t["sign_person"])
        if style == "agency":
            sign = "{name}\n{title}\n" + agency
            sign = {"en": "Best regards,", "de": "Viele Grüße", "fr": "Cordialement,", "es": "Un saludo,",
                    "nl": "Groet,", "pt": "Abraços,"}[lang] + "\n" + sign
        paras.append(fmt(sign))
        con["sign"] = "person signature"
    elif style == "ats" and rng.random() < 0.3:
        # a named recruiter signs through the ATS and gives an address
        sign = fmt(pick(rng, [x for x in t["sign_person"] if "{name}" in x]))
        paras.append(sign + f"\n{pemail}")
        contact_name, contact_email = name, pemail
        con["sign"] = "person signs via ATS no-reply, address in signature"
    elif style == "domain_only":
        paras.append("--\n" + pick(rng, ["Recruiting", "HR", "Personal", "RH", "RR. HH.", "P&O", "RH"]))
        con["sign"] = "department-only sign-off"
    else:
        paras.append(fmt(pick(rng, t["sign_team"])))
        con["sign"] = "team sign-off"

    # footer noise
    footer = []
    if style == "ats":
        footer.append(f"Powered by {ats[0]}")
        footer.append(f"Privacy: https://{domain}/privacy")
        footer.append(f"Unsubscribe: https://{ats[1].split('@')[1]}/unsubscribe?u={rng.randrange(10**8)}")
    if rng.random() < 0.3 and style != "domain_only":
        footer.append(f"LinkedIn: https://www.linkedin.example/company/{aslug}")
    if ckind == "group" and style != "domain_only":
        footer.append({"en": f"{cname} is a trading name of {cname} Holdings Ltd.",
                       "fr": f"{cname} SAS – RCS Valrose 812 333 001",
                       "es": f"{cname} S.L. · CIF B12345678",
                       "pt": f"{cname} S.A. · CNPJ 12.345.678/0001-90"}.get(lang, f"{cname} GmbH"))
        con["footer"] = "legal-entity footer of a group"

    body = "\n\n".join(paras)
    if style != "domain_only" and norm(cname) not in norm(body + subject + sender.split("<")[0]):
        body += f"\n{cname}"
        con["company"] = "company only as a last signature line"
    if footer:
        body += "\n\n" + "\n".join(footer)

    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = f"{cand} <{cand.lower()}@mailbox.example>"
    msg["Subject"] = subject
    msg["Date"] = f"Thu, {1 + i % 27:02d} Oct 2026 {9 + i % 8:02d}:{(i * 7) % 60:02d}:00 +0000"
    msg["Message-ID"] = f"<x4-{lang}-{i}@{domain}>"
    shape = pick(rng, ["plain", "plain", "html_only", "alternative"])
    charset = pick(rng, ["utf-8", "utf-8", "iso-8859-1"])
    cte = pick(rng, ["quoted-printable", "base64", "8bit"])
    try:
        body.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    html = "<html><body style=\"font-family:Arial\">" + "".join(
        "<p>" + re.sub(r"(https://\S+)", r'<a href="\1">\1</a>', p).replace("\n", "<br>") + "</p>"
        for p in body.split("\n\n")) + "</body></html>"
    if shape == "plain":
        msg.set_content(body, charset=charset, cte=cte)
    elif shape == "html_only":
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    con["mime"] = f"{shape}/{charset}/{cte}"

    label = {"file": "", "is_rejection": True, "company": company_label, "role": role_label,
             "contact_name": contact_name, "contact_email": contact_email, "careers_url": url, "lang": lang,
             "construction": con}
    return msg, label


def build() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    n = 0
    for lang, count in COUNTS.items():
        for i in range(count):
            n += 1
            msg, label = build_one(lang, i)
            label["file"] = f"{n:04d}.eml"
            (out / label["file"]).write_bytes(bytes(msg))
            labels.append(label)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def check() -> int:
    bad = 0
    for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        msg = message_from_bytes((HERE / "messages" / label["file"]).read_bytes(), policy=policy.default)
        parts = [str(msg["From"]), str(msg["Subject"])]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        text = norm(" ".join(parts))
        for key in ("company", "role", "contact_name", "contact_email", "careers_url"):
            value = label[key]
            if value is not None and norm(value) not in text:
                bad += 1
                print(f"{label['file']}: {key} {value!r} not found")
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(check() if "--check" in sys.argv else build())
