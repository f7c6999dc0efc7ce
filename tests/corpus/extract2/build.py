"""Generate the extract2 corpus: ~150 true rejection mails built for extraction variety.

Written by an author who had not read the extractor nor the other corpora. Every company,
person and domain is invented. Run from the repository root:

    .venv/bin/python tests/corpus/extract2/build.py          # (re)write messages/ + labels.jsonl
    .venv/bin/python tests/corpus/extract2/build.py --check  # parse back, verify labels occur

Each message picks, deterministically, one way to place the company, the role, the contact and
the careers link, and one transfer encoding; the label says what a person would write.
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
import unicodedata
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNTS = {"en": 40, "de": 25, "fr": 25, "es": 20, "nl": 20, "pt": 20}

# (label as a person says it, legal/footer name, domain slug, group it belongs to or "")
COMPANIES = {
    "en": [
        ("Northwind Traders", "Northwind Traders Ltd", "northwind", ""),
        ("Bloom", "Bloom Labs, Inc.", "bloomlabs", ""),
        ("Atlas", "Atlas Freight Systems LLC", "atlasfreight", "Meridian"),
        ("Northstar", "Northstar Analytics Corp.", "northstar", ""),
        ("KORVEX", "KORVEX Ltd", "korvex", ""),
        ("Quill & Ferry", "Quill & Ferry Ltd", "quillferry", ""),
        ("Studio 42", "Studio 42 LLC", "studio42", ""),
        ("Hartwell-Price", "Hartwell-Price plc", "hartwellprice", ""),
        ("Cobalt.io", "Cobalt.io, Inc.", "cobaltio", ""),
        ("Juniper Health", "Juniper Health Partners LLC", "juniperhealth", "Crestline"),
        ("3Sixty Analytics", "3Sixty Analytics Ltd", "3sixty", ""),
        ("Pebble", "Pebble Finance Ltd", "pebblefin", ""),
    ],
    "de": [
        ("Lindgrün", "Lindgrün Energie GmbH", "lindgruen", ""),
        ("Falkenrath Logistik", "Falkenrath Logistik GmbH & Co. KG", "falkenrath", "Brenner"),
        ("Sonnwerk", "Sonnwerk AG", "sonnwerk", ""),
        ("MERKWELL", "MERKWELL Software GmbH", "merkwell", ""),
        ("Kranich & Söhne", "Kranich & Söhne GmbH", "kranich", ""),
        ("Talbrück Medizintechnik", "Talbrück Medizintechnik GmbH", "talbrueck", "Weserhold"),
        ("Nordlicht", "Nordlicht Versicherungen AG", "nordlicht-vers", ""),
        ("Eibenhof Systems", "Eibenhof Systems GmbH", "eibenhof", ""),
    ],
    "fr": [
        ("Ciel & Terre", "Ciel & Terre SAS", "cieletterre", ""),
        ("Marécage", "Marécage Conseil SARL", "marecage", ""),
        ("Boussole", "Boussole Technologies SA", "boussole", "Groupe Rivelle"),
        ("Lavandière Cosmétiques", "Lavandière Cosmétiques SAS", "lavandiere", ""),
        ("HÉLIOR", "HÉLIOR Énergie SA", "helior", ""),
        ("Atelier Vermeil", "Atelier Vermeil SAS", "vermeil", ""),
        ("Pont-Neuf Assurances", "Pont-Neuf Assurances SA", "pontneuf", ""),
        ("Girouette", "Girouette Mobilité SAS", "girouette", ""),
    ],
    "es": [
        ("Alborada", "Alborada Soluciones S.L.", "alborada", ""),
        ("Cierzo Energía", "Cierzo Energía S.A.", "cierzo", "Grupo Tramonte"),
        ("Mirador", "Mirador Viajes S.L.", "miradorviajes", ""),
        ("Faro Digital", "Faro Digital S.L.", "farodigital", ""),
        ("ZAFIRO", "ZAFIRO Logística S.A.", "zafiro", ""),
        ("Olivar & Roca", "Olivar & Roca Abogados S.L.P.", "olivarroca", ""),
        ("Brisa", "Brisa Alimentación S.A.", "brisa", ""),
    ],
    "nl": [
        ("Duinwater", "Duinwater B.V.", "duinwater", ""),
        ("Kompas", "Kompas Software B.V.", "kompassoft", "Horizon"),
        ("Molenaar & Zn", "Molenaar & Zn B.V.", "molenaarzn", ""),
        ("Vlinder", "Vlinder Zorg B.V.", "vlinderzorg", ""),
        ("Polderlicht", "Polderlicht Energie N.V.", "polderlicht", ""),
        ("ROSTRA", "ROSTRA Logistiek B.V.", "rostra", ""),
        ("Heidepoort", "Heidepoort Bouw B.V.", "heidepoort", ""),
    ],
    "pt": [
        ("Maresia", "Maresia Tecnologia Lda.", "maresia", ""),
        ("Caravela Seguros", "Caravela Seguros S.A.", "caravela", "Grupo Atlântida"),
        ("Jacarandá", "Jacarandá Design Ltda.", "jacaranda", ""),
        ("Farol", "Farol Energia S.A.", "farolenergia", ""),
        ("VÉRTICE", "VÉRTICE Engenharia Lda.", "vertice", ""),
        ("Ipê & Cia", "Ipê & Cia Ltda.", "ipecia", ""),
        ("Cais Novo", "Cais Novo Logística S.A.", "caisnovo", ""),
    ],
}

# public bodies / universities: (institution label, department line, slug)
INSTITUTIONS = {
    "en": [("University of Eastbrook", "School of Chemistry", "eastbrook-uni"),
           ("City of Westhaven", "Human Resources Department", "westhaven-gov")],
    "de": [("Universität Kalmstadt", "Institut für Angewandte Physik", "uni-kalmstadt"),
           ("Stadt Lindenau", "Fachbereich Personal", "lindenau-stadt")],
    "fr": [("Université de Valcourt", "Laboratoire de Biologie Marine", "univ-valcourt")],
    "es": [("Universidad de Montevela", "Departamento de Química", "umontevela")],
    "nl": [("Gemeente Zandhoven", "Afdeling HR", "zandhoven-gem")],
    "pt": [("Universidade de Alvorada", "Departamento de Física", "ualvorada")],
}

AGENCIES = {
    "en": ("Talentbridge Recruitment", "talentbridge"),
    "de": ("Brückenkopf Personalberatung", "brueckenkopf"),
    "fr": ("Passerelle RH", "passerellerh"),
    "es": ("Puente Talento", "puentetalento"),
    "nl": ("Brugwerk Werving", "brugwerk"),
    "pt": ("Ponte Talentos", "pontetalentos"),
}

ROLES = {
    "en": ["Senior Data Engineer", "Product Designer", "Backend Engineer, Payments",
           "Project Coordinator (12-month contract)", "Junior Accountant", "Customer Success Manager",
           "Staff Software Engineer - Infrastructure", "Marketing Intern", "QA Analyst II",
           "Research Technician", "Head of Partnerships", "UX Researcher"],
    "de": ["Senior Data Engineer (m/w/d)", "Werkstudent*in Marketing", "Sachbearbeiter Buchhaltung (m/w/d)",
           "Projektleiterin Elektrotechnik", "Softwareentwickler Java (w/m/d)", "Ausbildung Industriekaufmann/-frau",
           "Teamleitung Kundenservice", "Praktikum Personalwesen"],
    "fr": ["Stagiaire Contrôle de gestion H/F", "Chef de projet digital (H/F)", "Développeur Full Stack",
           "Chargée de recrutement", "Ingénieur qualité F/H", "Assistant commercial en alternance",
           "Responsable logistique"],
    "es": ["Analista de Datos", "Técnico de Mantenimiento", "Desarrollador Backend Senior",
           "Becario de Marketing Digital", "Responsable de Compras", "Ingeniera de Procesos"],
    "nl": ["Medior Data Analist", "Servicemonteur", "Beleidsmedewerker Duurzaamheid",
           "Stagiair Communicatie", "Junior Accountmanager", "Teamleider Logistiek"],
    "pt": ["Analista de Sistemas Júnior", "Estagiário de Engenharia Civil", "Gestora de Projetos",
           "Desenvolvedor Front-end Pleno", "Técnico de Manutenção", "Assistente Administrativo"],
}
OTHER_ROLES = {
    "en": "Data Analyst", "de": "Data Analyst (m/w/d)", "fr": "Analyste financier",
    "es": "Analista Financiero", "nl": "Financieel Analist", "pt": "Analista Financeiro",
}

# (first, last, job title)
PEOPLE = {
    "en": [("Dana", "Whitfield", "Talent Acquisition Partner"), ("Marcus", "O'Neill", "Recruiter"),
           ("Priya", "Raman", "Senior Recruiter"), ("Eleanor", "van der Berg", "People Operations Lead"),
           ("Tomasz", "Kowalczyk", "Engineering Manager"), ("Grace", "McAllister", "Hiring Coordinator"),
           ("Samuel", "de la Cruz", "Technical Recruiter"), ("Aisha", "Bello", "HR Business Partner")],
    "de": [("Katrin", "Mühlbauer", "Recruiterin"), ("Jonas", "von Hagen", "Personalreferent"),
           ("Leonie", "Scholz-Wendt", "Talent Acquisition Managerin"), ("Björn", "Fischer", "Teamleiter HR"),
           ("Ayşe", "Demir", "HR Business Partnerin")],
    "fr": [("Amélie", "Roussel", "Chargée de recrutement"), ("Jean-Baptiste", "Le Goff", "Responsable RH"),
           ("Inès", "de La Fontaine", "Talent Acquisition"), ("Théo", "Garnier", "Chargé RH"),
           ("Margaux", "d'Aubigny", "DRH")],
    "es": [("Lucía", "de la Fuente", "Técnica de Selección"), ("Javier", "Muñoz", "Responsable de RR. HH."),
           ("Carmen", "Ibáñez", "Reclutadora"), ("Andrés", "del Río", "Talent Acquisition")],
    "nl": [("Lotte", "van der Meer", "Recruiter"), ("Sanne", "de Wit", "HR-adviseur"),
           ("Bram", "van den Heuvel", "Corporate Recruiter"), ("Fleur", "Jansen", "Teamleider HR")],
    "pt": [("João", "dos Santos", "Recrutador"), ("Mariana", "Conceição", "Analista de RH"),
           ("Beatriz", "da Silva", "Talent Acquisition"), ("Rafael", "Gonçalves", "Gerente de RH")],
}

READER = {"en": "Alex", "de": "Robin", "fr": "Camille", "es": "Sofía", "nl": "Noor", "pt": "Inês"}

T = {
    "en": dict(
        subj=["Your application", "Update on your application", "Regarding your application",
              "Your candidacy"],
        greet=["Hi {r},", "Dear {r},", "Hello {r},"],
        role={"the_role": "the {role} role", "opening": "our {role} opening",
              "position_of": "the position of {role}", "multi": "the {role} position"},
        thanks=["Thank you for applying for {rp}{at}.", "Thanks for your interest in {rp}{at}.",
                "Many thanks for the application you sent us for {rp}{at}."],
        thanks_none=["Thank you for your application{at} and for the time you put into it.",
                     "Thanks for reaching out to us{at} and for sharing your background."],
        at=" at {c}",
        decision=["After careful review, we have decided not to move forward with your application.",
                  "Unfortunately, we will not be progressing your application to the next stage.",
                  "We have reviewed your application carefully and regret to let you know that we have "
                  "chosen to pursue other candidates whose experience more closely matches our needs.",
                  "I'm sorry to tell you that your application was not successful this time."],
        multi="We may still reach out about our upcoming {other} openings later in the year.",
        careers=["New vacancies are posted at {u} if you would like to keep an eye on them.",
                 "You are welcome to browse our other open roles: {u}",
                 "Please feel free to apply again in the future via {u}"],
        anchor="open roles", anchor_sent="Have a look at our {a} from time to time.",
        close=["Best regards,", "Kind regards,", "All the best,", "Warm wishes,"],
        oneline=["Best, {f}", "Thanks, {f}", "Cheers, {f}", "All the best, {f}"],
        team=["The Recruiting Team", "On behalf of the hiring team", "Talent Acquisition"],
        team_c="The {c} Hiring Team",
        agency="I am writing on behalf of our client, {c}, about the vacancy you applied for.",
        agency_subj="Your application via {a}",
        part_of="{c} is part of the {g} Group",
        table=("Position", "Reference", "Status", "Closed - not selected"),
        re_quote="Please find attached my CV and cover letter for the {role} position.",
        re_subj="Re: Application for {role}",
        subj_role="Your application: {role}",
        unsub="Unsubscribe", privacy="Privacy policy", browser="View this email in your browser",
        phone="Phone", website="Web", street="12 Harbour Lane, Bristol BS1 4QT, United Kingdom",
    ),
    "de": dict(
        subj=["Ihre Bewerbung", "Rückmeldung zu Ihrer Bewerbung", "Deine Bewerbung bei uns",
              "Absage Ihrer Bewerbung"],
        greet=["Hallo {r},", "Liebe {r},", "Guten Tag {r},"],
        role={"the_role": "die Stelle als {role}", "opening": "unsere Stellenausschreibung {role}",
              "position_of": "die Position {role}", "multi": "die Position {role}"},
        thanks=["vielen Dank für Ihre Bewerbung auf {rp}{at}.",
                "herzlichen Dank für deine Bewerbung auf {rp}{at}.",
                "wir danken Ihnen für Ihre Bewerbung für {rp}{at}."],
        thanks_none=["vielen Dank für Ihre Bewerbung{at} und die Zeit, die Sie investiert haben.",
                     "danke für dein Interesse{at} und deine Unterlagen."],
        at=" bei {c}",
        decision=["Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
                  "Nach sorgfältiger Prüfung haben wir uns leider für andere Kandidatinnen und Kandidaten entschieden.",
                  "Leider können wir dir keine positive Rückmeldung geben: Wir haben uns entschieden, "
                  "deine Bewerbung nicht weiterzuverfolgen.",
                  "Nach reiflicher Überlegung müssen wir Ihnen leider eine Absage erteilen."],
        multi="Gern melden wir uns, sobald wir wieder Stellen wie {other} ausschreiben.",
        careers=["Aktuelle Stellenangebote finden Sie jederzeit unter {u}",
                 "Schau gern regelmäßig auf {u} vorbei, dort veröffentlichen wir neue Jobs.",
                 "Über {u} können Sie sich gern erneut bewerben."],
        anchor="Stellenangebote", anchor_sent="Werfen Sie gern einen Blick auf unsere {a}.",
        close=["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße"],
        oneline=["Viele Grüße, {f}", "Beste Grüße {f}", "LG {f}"],
        team=["Ihr Recruiting-Team", "Im Namen des Auswahlteams", "Dein People-Team"],
        team_c="Ihr {c} Recruiting-Team",
        agency="ich melde mich im Auftrag unseres Mandanten {c} zu der Stelle, auf die Sie sich beworben haben.",
        agency_subj="Ihre Bewerbung über {a}",
        part_of="{c} ist ein Unternehmen der {g}-Gruppe",
        table=("Stelle", "Kennziffer", "Status", "Abgeschlossen - Absage"),
        re_quote="anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle {role}.",
        re_subj="AW: Bewerbung als {role}",
        subj_role="Ihre Bewerbung: {role}",
        unsub="Abmelden", privacy="Datenschutzerklärung", browser="Im Browser ansehen",
        phone="Tel.", website="Web", street="Hafenstraße 7, 20457 Hamburg",
    ),
    "fr": dict(
        subj=["Votre candidature", "Suite à votre candidature", "Réponse à votre candidature",
              "Votre candidature chez nous"],
        greet=["Bonjour {r},", "Madame, Monsieur,", "Chère {r},"],
        role={"the_role": "le poste de {role}", "opening": "notre offre {role}",
              "position_of": "le poste {role}", "multi": "le poste de {role}"},
        thanks=["Nous vous remercions pour votre candidature concernant {rp}{at}.",
                "Merci pour votre candidature sur {rp}{at}.",
                "Nous avons bien reçu votre candidature pour {rp}{at} et vous en remercions."],
        thanks_none=["Nous vous remercions de l'intérêt que vous avez manifesté{at}.",
                     "Merci pour votre candidature{at} et pour le temps consacré."],
        at=" chez {c}",
        decision=["Après étude attentive, nous sommes au regret de vous informer que votre candidature "
                  "n'a pas été retenue.",
                  "Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
                  "Nous avons le regret de vous annoncer que nous avons retenu d'autres profils pour ce poste.",
                  "Après réflexion, nous avons décidé de ne pas poursuivre le processus avec votre candidature."],
        multi="Nous pourrions revenir vers vous pour nos futurs postes de {other}.",
        careers=["Nos offres sont publiées régulièrement sur {u}",
                 "N'hésitez pas à consulter nos autres offres : {u}",
                 "Vous pouvez postuler à nouveau via {u}"],
        anchor="offres d'emploi", anchor_sent="Consultez régulièrement nos {a}.",
        close=["Cordialement,", "Bien cordialement,", "Belle journée,", "Sincères salutations,"],
        oneline=["Cordialement, {f}", "Bien à vous, {f}", "Belle journée, {f}"],
        team=["L'équipe Recrutement", "Au nom de l'équipe de recrutement", "Le service RH"],
        team_c="L'équipe Talents {c}",
        agency="Je vous contacte au nom de notre client {c} au sujet du poste auquel vous avez postulé.",
        agency_subj="Votre candidature via {a}",
        part_of="{c} est une filiale du {g}",
        table=("Poste", "Référence", "Statut", "Clos - non retenu"),
        re_quote="Veuillez trouver ci-joint ma candidature pour le poste {role}.",
        re_subj="RE: Candidature - {role}",
        subj_role="Votre candidature : {role}",
        unsub="Se désabonner", privacy="Politique de confidentialité", browser="Voir la version en ligne",
        phone="Tél.", website="Site", street="18 rue des Tanneurs, 69002 Lyon",
    ),
    "es": dict(
        subj=["Tu candidatura", "Sobre tu candidatura", "Respuesta a su candidatura",
              "Actualización de tu proceso"],
        greet=["Hola {r},", "Estimada {r}:", "Buenos días, {r}:"],
        role={"the_role": "el puesto de {role}", "opening": "nuestra vacante de {role}",
              "position_of": "la posición de {role}", "multi": "el puesto de {role}"},
        thanks=["Gracias por postularte para {rp}{at}.",
                "Le agradecemos su interés en {rp}{at}.",
                "Muchas gracias por enviarnos tu candidatura para {rp}{at}."],
        thanks_none=["Gracias por tu interés{at} y por el tiempo dedicado.",
                     "Le agradecemos la candidatura que nos ha enviado{at}."],
        at=" en {c}",
        decision=["Lamentamos comunicarte que hemos decidido no continuar con tu candidatura.",
                  "Tras revisar su perfil con atención, hemos decidido seguir adelante con otros candidatos.",
                  "Sentimos informarte de que tu candidatura no ha sido seleccionada en esta ocasión.",
                  "Lamentablemente, no podremos avanzar con su candidatura en este proceso."],
        multi="Quizá te contactemos para futuras vacantes de {other}.",
        careers=["Puedes consultar nuestras ofertas en {u}",
                 "Te animamos a seguir nuestras vacantes en {u}",
                 "Publicamos nuevas ofertas con frecuencia en {u}"],
        anchor="ofertas de empleo", anchor_sent="Te invitamos a revisar nuestras {a}.",
        close=["Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,"],
        oneline=["Un saludo, {f}", "Saludos, {f}", "Gracias, {f}"],
        team=["El equipo de Selección", "En nombre del equipo de selección", "Equipo de Talento"],
        team_c="El equipo de Personas de {c}",
        agency="Te escribo en nombre de nuestro cliente {c} en relación con la vacante a la que te postulaste.",
        agency_subj="Tu candidatura a través de {a}",
        part_of="{c} forma parte del {g}",
        table=("Puesto", "Referencia", "Estado", "Cerrado - no seleccionado"),
        re_quote="Adjunto mi currículum para el puesto de {role}.",
        re_subj="RE: Candidatura {role}",
        subj_role="Tu candidatura: {role}",
        unsub="Darse de baja", privacy="Política de privacidad", browser="Ver en el navegador",
        phone="Tel.", website="Web", street="Calle del Pez 21, 28004 Madrid",
    ),
    "nl": dict(
        subj=["Je sollicitatie", "Uw sollicitatie", "Terugkoppeling op je sollicitatie",
              "Update over je sollicitatie"],
        greet=["Hoi {r},", "Beste {r},", "Geachte {r},"],
        role={"the_role": "de functie {role}", "opening": "onze vacature {role}",
              "position_of": "de vacature {role}", "multi": "de functie {role}"},
        thanks=["Bedankt voor je sollicitatie op {rp}{at}.",
                "Hartelijk dank voor uw interesse in {rp}{at}.",
                "Dank je wel voor je reactie op {rp}{at}."],
        thanks_none=["Bedankt voor je sollicitatie{at} en de tijd die je erin hebt gestoken.",
                     "Hartelijk dank voor uw interesse{at}."],
        at=" bij {c}",
        decision=["Helaas hebben we besloten om niet verder te gaan met je sollicitatie.",
                  "Na zorgvuldige overweging hebben wij gekozen voor een andere kandidaat.",
                  "Tot onze spijt moeten we je laten weten dat je sollicitatie niet is geselecteerd.",
                  "Helaas moeten wij u mededelen dat wij uw sollicitatie niet in behandeling nemen."],
        multi="Misschien nemen we later contact op voor onze vacatures als {other}.",
        careers=["Onze actuele vacatures vind je op {u}",
                 "Houd gerust {u} in de gaten voor nieuwe functies.",
                 "Je kunt altijd opnieuw solliciteren via {u}"],
        anchor="vacatures", anchor_sent="Bekijk regelmatig onze {a}.",
        close=["Met vriendelijke groet,", "Hartelijke groet,", "Groeten,", "Met vriendelijke groeten,"],
        oneline=["Groet, {f}", "Groetjes, {f}", "Fijne dag, {f}"],
        team=["Team Recruitment", "Namens het selectieteam", "De afdeling HR"],
        team_c="Team Werving {c}",
        agency="Ik mail je namens onze opdrachtgever {c} over de vacature waarop je hebt gereageerd.",
        agency_subj="Je sollicitatie via {a}",
        part_of="{c} maakt deel uit van {g} Groep",
        table=("Functie", "Referentie", "Status", "Afgesloten - afgewezen"),
        re_quote="Hierbij stuur ik mijn cv en motivatie voor de functie {role}.",
        re_subj="RE: Sollicitatie {role}",
        subj_role="Je sollicitatie: {role}",
        unsub="Afmelden", privacy="Privacyverklaring", browser="Bekijk online",
        phone="Tel.", website="Web", street="Keizersgracht 88, 1015 CS Amsterdam",
    ),
    "pt": dict(
        subj=["A sua candidatura", "Sua candidatura", "Retorno sobre a sua candidatura",
              "Atualização do processo seletivo"],
        greet=["Olá {r},", "Cara {r},", "Prezada {r},"],
        role={"the_role": "a vaga de {role}", "opening": "a nossa vaga {role}",
              "position_of": "a posição de {role}", "multi": "a vaga de {role}"},
        thanks=["Obrigado por se candidatar para {rp}{at}.",
                "Agradecemos o seu interesse em {rp}{at}.",
                "Muito obrigado pela candidatura enviada para {rp}{at}."],
        thanks_none=["Agradecemos a sua candidatura{at} e o tempo dedicado.",
                     "Obrigado pelo seu interesse{at}."],
        at=" na {c}",
        decision=["Infelizmente decidimos não seguir com a sua candidatura.",
                  "Após uma análise cuidadosa, optamos por avançar com outros candidatos.",
                  "Lamentamos informar que a sua candidatura não foi selecionada para a próxima fase.",
                  "Neste momento não iremos dar continuidade ao seu processo."],
        multi="Poderemos entrar em contato sobre futuras vagas de {other}.",
        careers=["Acompanhe as nossas oportunidades em {u}",
                 "Fique de olho nas novas vagas em {u}",
                 "Pode candidatar-se novamente através de {u}"],
        anchor="vagas abertas", anchor_sent="Veja as nossas {a}.",
        close=["Atenciosamente,", "Com os melhores cumprimentos,", "Abraços,", "Cumprimentos,"],
        oneline=["Abraço, {f}", "Obrigado, {f}", "Cumprimentos, {f}"],
        team=["Equipa de Recrutamento", "Em nome da equipe de seleção", "Time de Talentos"],
        team_c="Equipe de Pessoas {c}",
        agency="Escrevo em nome do nosso cliente {c} sobre a vaga à qual se candidatou.",
        agency_subj="A sua candidatura via {a}",
        part_of="{c} faz parte do {g}",
        table=("Vaga", "Referência", "Status", "Encerrado - não selecionado"),
        re_quote="Segue em anexo o meu currículo para a vaga de {role}.",
        re_subj="RE: Candidatura - {role}",
        subj_role="Sua candidatura: {role}",
        unsub="Cancelar inscrição", privacy="Política de privacidade", browser="Ver no navegador",
        phone="Tel.", website="Site", street="Rua das Flores 45, 1200-195 Lisboa",
    ),
}

CPLACES = ["body", "signature", "subject_pipe", "logo_alt", "footer_only", "brand_legal",
           "agency", "part_of", "display_name", "subject_dash", "institution"]
RSTYLES = ["the_role", "opening", "position_of", "subject", "table", "re_subject", "multi", "none",
           "the_role", "opening"]
KSTYLES = ["full", "oneline", "team", "signer_diff", "replyto", "ats_noreply", "name_only", "full"]
LSTYLES = ["plain", "ats", "anchor", "none", "utm", "plain", "ats"]
ENCODINGS = ["utf8_qp", "alt", "b64", "latin1_qp", "html_only", "alt", "cp1252_8bit", "utf8_8bit"]



def _balanced(styles: list[str], seed: int) -> list[str]:
    """Every style about equally often over the whole corpus, in a fixed shuffled order."""
    total = sum(COUNTS.values())
    seq = (styles * (total // len(styles) + 1))[:total]
    random.Random(seed).shuffle(seq)
    return seq


AXES = [_balanced(CPLACES, 11), _balanced(RSTYLES, 12), _balanced(KSTYLES, 13), _balanced(LSTYLES, 14),
        _balanced(ENCODINGS, 15)]

ATS_BOARDS = [
    ("Greenhouse", "https://boards.greenhouse.io/{s}", "no-reply@us.greenhouse-mail.io"),
    ("Lever", "https://jobs.lever.co/{s}", "no-reply@hire.lever.co"),
    ("Personio", "https://{s}.jobs.personio.de/", "noreply@personio.de"),
    ("Recruitee", "https://{s}.recruitee.com/", "notifications@recruitee.com"),
    ("SmartRecruiters", "https://careers.smartrecruiters.com/{S}", "noreply@smartrecruiters.com"),
    ("Workday", "https://{s}.wd3.myworkdayjobs.com/External", "{s}@myworkday.com"),
]
CAREERS_PATHS = {"en": "careers", "de": "karriere", "fr": "carrieres", "es": "empleo", "nl": "werken-bij",
                 "pt": "carreiras"}


def person_email(first: str, last: str, slug: str) -> str:
    def asc(s: str) -> str:
        s = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("ı", "i"))
        return re.sub(r"[^a-z]", "", s.encode("ascii", "ignore").decode().lower())
    return f"{asc(first)}.{asc(last)}@{slug}.example"


def build_one(idx: int, lang: str, k: int) -> tuple[EmailMessage, dict]:
    t = T[lang]
    comps = COMPANIES[lang]
    cplace, rstyle, kstyle, lstyle, enc = (axis[idx - 1] for axis in AXES)

    label, legal, slug, group = comps[(idx + k) % len(comps)]
    dept = None
    if cplace == "institution":
        insts = INSTITUTIONS[lang]
        label, dept, slug = insts[k % len(insts)]
        legal, group = label, ""
    if cplace == "footer_only":
        # the legal footer line is all the mail says: a person drops the legal form, keeps the rest
        label = re.sub(r",? (?:Ltd|LLC|Inc\.|plc|Corp\.|GmbH(?: & Co\. KG)?|AG|SAS|SARL|SA|S\.L\.P?\.|S\.A\.|B\.V\.|N\.V\.|"
                       r"Lda\.|Ltda\.)$", "", legal)
    if cplace == "part_of" and not group:
        group = {"en": "Meridian", "de": "Brenner", "fr": "Groupe Rivelle", "es": "Grupo Tramonte",
                 "nl": "Horizon", "pt": "Grupo Atlântida"}[lang]
    if cplace == "logo_alt":
        enc = "html_only" if idx % 2 else "alt_nologo_text"
    if lstyle == "anchor" and enc not in ("alt", "html_only", "alt_nologo_text"):
        enc = "alt"
    roles = ROLES[lang]
    role = roles[(idx * 5 + k * 3) % len(roles)]
    first, last, title = PEOPLE[lang][(idx * 3 + k) % len(PEOPLE[lang])]
    full = f"{first} {last}"
    domain = f"{slug}.example"
    pemail = person_email(first, last, slug)
    reader = READER[lang]
    ats_name, ats_url, ats_from = ATS_BOARDS[(idx + k) % len(ATS_BOARDS)]

    # --- where the company shows -------------------------------------------------------
    body_company = cplace in ("body", "brand_legal", "agency", "part_of")
    at = t["at"].format(c=label) if body_company and cplace != "agency" else ""
    sig_company = label if cplace in ("signature", "part_of") else None

    # --- role ---------------------------------------------------------------------------
    role_label = None if rstyle == "none" else role
    subject = t["subj"][(idx + k) % len(t["subj"])]
    quoted = None
    paras: list[str] = []
    table = None
    if rstyle in t["role"]:
        rp = t["role"][rstyle].format(role=role)
        thanks = t["thanks"][(idx + k) % len(t["thanks"])].format(rp=rp, at=at)
    else:
        thanks = t["thanks_none"][(idx + k) % len(t["thanks_none"])].format(at=at)
        if rstyle == "subject":
            subject = t["subj_role"].format(role=role)
        elif rstyle == "re_subject":
            subject = t["re_subj"].format(role=role)
            quoted = t["re_quote"].format(role=role)
        elif rstyle == "table":
            table = t["table"]
    if cplace == "agency":
        paras.append(t["agency"].format(c=label))
    paras.append(thanks)
    paras.append(t["decision"][(idx * 3 + k) % len(t["decision"])])
    if rstyle == "multi":
        paras.append(t["multi"].format(other=OTHER_ROLES[lang]))

    # subject placements
    if cplace == "subject_pipe":
        subject = f"{subject} | {label}"
    elif cplace == "subject_dash":
        subject = f"{label} – {subject}" if idx % 2 else f"{subject} - {label}"
    elif cplace == "agency" and rstyle not in ("subject", "re_subject"):
        subject = t["agency_subj"].format(a=AGENCIES[lang][0])

    # --- careers link -------------------------------------------------------------------
    path = CAREERS_PATHS[lang]
    careers = None
    anchor_html = None
    if lstyle == "plain":
        careers = f"https://{domain}/{path}" if idx % 2 else f"https://www.{domain}/{path}/"
    elif lstyle == "utm":
        careers = f"https://jobs.{domain}/?utm_source=email&utm_medium=ats&utm_campaign=decline"
    elif lstyle == "ats":
        careers = ats_url.format(s=slug, S=slug.capitalize())
    elif lstyle == "anchor":
        careers = f"https://{domain}/{path}/vacatures" if lang == "nl" else f"https://{domain}/{path}/open"
    if cplace == "agency" and careers and lstyle != "ats":
        careers = careers.replace(domain, f"{AGENCIES[lang][1]}.example")
    if careers and lstyle != "anchor":
        paras.append(t["careers"][(idx + k) % len(t["careers"])].format(u=careers))
    elif careers:
        anchor_html = t["anchor_sent"].format(a=f'<a href="{html.escape(careers)}">{t["anchor"]}</a>')
        paras.append(t["anchor_sent"].format(a=f"{t['anchor']} ({careers})"))

    # --- contact / signature --------------------------------------------------------------
    contact_name = contact_email = None
    from_addr = formataddr((full, pemail))
    reply_to = None
    sig: list[str] = []
    sender_company_name = label if cplace != "agency" else AGENCIES[lang][0]
    if cplace == "agency":
        domain = f"{AGENCIES[lang][1]}.example"
        pemail = person_email(first, last, AGENCIES[lang][1])
        from_addr = formataddr((full, pemail))
    close = t["close"][(idx + k) % len(t["close"])]
    if kstyle == "full":
        contact_name, contact_email = full, pemail
        sig = [close, full, title]
        if sig_company:
            sig.append(sig_company)
        if cplace == "agency":
            sig.append(AGENCIES[lang][0])
        sig += [f"{t['phone']} +49 30 5550 {1000 + idx}" if lang == "de" else f"{t['phone']} +1 555 01{idx:02d}",
                pemail]
    elif kstyle == "oneline":
        contact_name, contact_email = full, pemail
        sig = [t["oneline"][(idx + k) % len(t["oneline"])].format(f=first)]
        if sig_company:
            sig.append(sig_company)
    elif kstyle == "team":
        from_addr = formataddr((f"{sender_company_name} Recruiting" if cplace == "display_name" else "Recruiting",
                                f"no-reply@{domain}"))
        sig = [close, t["team"][(idx + k) % len(t["team"])]]
        if sig_company:
            sig.append(sig_company)
    elif kstyle == "signer_diff":
        contact_name, contact_email = full, pemail
        from_addr = formataddr(("Talent Team" if cplace != "display_name" else f"{label} Talent Team",
                                f"talent@{domain}"))
        sig = [close, "", full, title]
        if sig_company:
            sig.append(sig_company)
        sig.append(f"E-mail: {pemail}" if lang != "en" else f"Email: {pemail}")
    elif kstyle == "replyto":
        contact_name, contact_email = full, pemail
        from_addr = formataddr((f"{sender_company_name}" if cplace == "display_name" else "Careers",
                                f"no-reply@{domain}"))
        reply_to = formataddr((full, pemail))
        sig = [close, f"{full} | {title}"]
        if sig_company:
            sig.append(sig_company)
    elif kstyle == "ats_noreply":
        disp = f"{sender_company_name} via {ats_name}" if cplace == "display_name" else f"Hiring via {ats_name}"
        from_addr = formataddr((disp, ats_from.format(s=slug)))
        sig = [close, t["team"][(idx + k + 1) % len(t["team"])]]
        if sig_company:
            sig.append(sig_company)
    elif kstyle == "name_only":
        contact_name = full
        from_addr = formataddr((f"{sender_company_name} Jobs" if cplace == "display_name" else "Jobs",
                                f"noreply@{domain}"))
        sig = [close, f"{full}, {title}"]
        if sig_company:
            sig.append(sig_company)
    if cplace == "display_name" and kstyle in ("full", "oneline"):
        # the person writes from a mailbox whose display name carries the company
        from_addr = formataddr((f"{full} | {label}" if idx % 2 else f"{full} at {label}", pemail))
    if cplace == "part_of":
        sig[-1] = t["part_of"].format(c=label, g=group) if sig[-1] == label else sig[-1]
        if t["part_of"].format(c=label, g=group) not in sig:
            sig.append(t["part_of"].format(c=label, g=group))
    if dept:
        sig += [dept, label]
    if kstyle == "full" and idx % 3 == 0:
        sig.append(f"{t['website']}: www.{domain}")

    # --- footer with distractor links ------------------------------------------------------
    footer: list[str] = []
    tracking = f"https://click.mailer-{slug}.example/ls/click?upn={idx:04d}abcd"
    if cplace in ("footer_only", "brand_legal"):
        footer.append(f"{legal} · {t['street']}")
    elif cplace == "body" and idx % 2:
        footer.append(f"{legal} · {t['street']}")
    footer.append(f"{t['privacy']}: https://{domain}/privacy")
    if idx % 2:
        footer.append(f"LinkedIn: https://www.linkedin.com/company/{slug}")
    footer.append(f"{t['unsub']}: https://{domain}/email/unsubscribe?u={idx}")
    if idx % 3 == 1:
        footer.append(f"{t['browser']}: {tracking}")

    greet = t["greet"][(idx + k) % len(t["greet"])].format(r=reader)

    # --- assemble text ----------------------------------------------------------------------
    lines = [greet, ""]
    for p in paras:
        lines += [p, ""]
    if table:
        lines += [f"{table[0]}: {role}", f"{table[1]}: REQ-{3000 + idx}", f"{table[2]}: {table[3]}", ""]
    lines += sig + ["", "--"] + footer
    if quoted:
        lines += ["", f"On Mon, 2 Nov 2026 at 09:14, {reader} <{reader.lower()}@mail.test> wrote:",
                  f"> {quoted}", "> ", f"> {reader}"]
    text = "\n".join(lines) + "\n"

    # --- html -------------------------------------------------------------------------------
    def h(s: str) -> str:
        return html.escape(s, quote=False)

    logo_alt = label if cplace == "logo_alt" else "Logo"
    hparts = [f'<html><body><table width="600"><tr><td>'
              f'<img src="https://cdn.{domain}/logo.png" alt="{html.escape(logo_alt)}" width="120"></td></tr>'
              f'<tr><td><p>{h(greet)}</p>']
    for p in paras:
        if anchor_html and p == t["anchor_sent"].format(a=f"{t['anchor']} ({careers})"):
            hparts.append(f"<p>{anchor_html}</p>")
        elif careers and careers in p:
            hparts.append("<p>" + h(p).replace(h(careers), f'<a href="{html.escape(careers)}">{h(careers)}</a>')
                          + "</p>")
        else:
            hparts.append(f"<p>{h(p)}</p>")
    if table:
        hparts.append(f"<table><tr><th>{h(table[0])}</th><th>{h(table[2])}</th></tr>"
                      f"<tr><td>{h(role)}</td><td>{h(table[3])}</td></tr></table>")
    hparts.append("<p>" + "<br>".join(h(s) for s in sig if s) + "</p>")
    fl = []
    for f in footer:
        m = re.match(r"(.*?): (https?://\S+)$", f)
        fl.append(f'<a href="{html.escape(m.group(2))}">{h(m.group(1))}</a>' if m else h(f))
    hparts.append('<p style="font-size:11px;color:#888">' + " | ".join(fl) + "</p>")
    hparts.append(f'<img src="https://t.mailer-{slug}.example/o/{idx:04d}.gif" width="1" height="1" alt="">')
    hparts.append("</td></tr></table></body></html>")
    html_body = "\n".join(hparts)
    text_for_alt = text  # with cplace logo_alt the text part never names the company

    # --- message ----------------------------------------------------------------------------
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = from_addr
    msg["To"] = f"{reader} <{reader.lower()}@mail.test>"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 3, 9, 0, tzinfo=timezone.utc) + timedelta(hours=idx * 7))
    msg["Message-ID"] = f"<x2-{lang}-{k:03d}@{domain}>"
    if enc == "utf8_qp":
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
    elif enc == "utf8_8bit":
        msg.set_content(text, charset="utf-8", cte="8bit")
    elif enc == "b64":
        msg.set_content(text, charset="utf-8", cte="base64")
    elif enc == "latin1_qp":
        try:
            text.encode("iso-8859-1")
            msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
        except UnicodeEncodeError:
            msg.set_content(text, charset="utf-8", cte="quoted-printable")
    elif enc == "cp1252_8bit":
        try:
            raw = text.encode("cp1252")
            msg.set_content(raw, maintype="text", subtype="plain", cte="8bit")
            msg.set_param("charset", "windows-1252")
        except UnicodeEncodeError:
            msg.set_content(text, charset="utf-8", cte="8bit")
    elif enc == "html_only":
        msg.set_content(html_body, subtype="html", charset="utf-8", cte="quoted-printable")
    else:  # alt, alt_nologo_text
        msg.set_content(text_for_alt, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(html_body, subtype="html", charset="utf-8", cte="quoted-printable")
        msg.set_boundary(f"=_extract2_{idx:04d}_=")  # fixed, so a rebuild gives the same bytes

    lab = {"file": "", "is_rejection": True, "company": label, "role": role_label,
           "contact_name": contact_name, "contact_email": contact_email, "careers_url": careers,
           "lang": lang, "construction": {"company": cplace, "role": rstyle, "contact": kstyle,
                                          "link": lstyle, "encoding": enc}}
    return msg, lab


def build() -> list[tuple[str, bytes, dict]]:
    out = []
    n = 0
    for lang, count in COUNTS.items():
        for k in range(count):
            n += 1
            msg, lab = build_one(n, lang, k)
            name = f"{n:04d}.eml"
            lab["file"] = name
            out.append((name, msg.as_bytes(), lab))
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def mail_text(raw: bytes) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks = [str(msg[h] or "") for h in ("From", "Reply-To", "Subject")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            body = part.get_content()
            if part.get_content_subtype() == "html":
                body = html.unescape(body)
            chunks.append(body)
    return _norm("\n".join(chunks))


def check(items: list[tuple[str, bytes, dict]]) -> int:
    bad = 0
    for name, raw, lab in items:
        text = mail_text(raw)
        for key in ("company", "role", "contact_name", "contact_email", "careers_url"):
            val = lab[key]
            if val is None:
                continue
            want = _norm(val)
            if key == "careers_url":
                want = _norm(re.sub(r"^https?://", "", val).split("?")[0].rstrip("/"))
            if want not in text:
                bad += 1
                print(f"{name}: {key} {val!r} not found in the mail")
    print(f"{len(items)} messages, {bad} label values missing")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    items = build()
    if "--check" in argv:
        msgdir = HERE / "messages"
        on_disk = [(n, (msgdir / n).read_bytes(), lab) for n, _, lab in items if (msgdir / n).exists()]
        if len(on_disk) != len(items):
            print("messages/ is out of date: run build.py")
            return 1
        return check(on_disk)
    msgdir = HERE / "messages"
    msgdir.mkdir(exist_ok=True)
    for old in msgdir.glob("*.eml"):
        old.unlink()
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for name, raw, lab in items:
            (msgdir / name).write_bytes(raw)
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} messages to {msgdir}")
    return check(items)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
