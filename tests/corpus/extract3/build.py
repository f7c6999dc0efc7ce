# ruff: noqa: E501, SIM108  (the material is whole sentences and signature lines, one per line)
"""Build the extract3 corpus: ~180 true rejection mails in six languages, written by an author who had not read
the extractor or any other corpus, to measure whether extraction generalises.

Every message is assembled from independent choices (sender kind, subject frame, where the role and the company
are named, signature shape, links, MIME shape, charset), and each label records in `construction` how its fields
were placed. Deterministic: the same run always writes the same files.

Run:  .venv/bin/python tests/corpus/extract3/build.py          (writes messages/ and labels.jsonl)
      .venv/bin/python tests/corpus/extract3/build.py --check  (parses back; every non-null label occurs in the mail)
"""

from __future__ import annotations

import email
import email.policy
import html
import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

COUNTS = {"en": 50, "de": 30, "fr": 25, "es": 25, "nl": 25, "pt": 25}

# --------------------------------------------------------------------------------------------------------------
# Per-language material. Companies: (name as written, domain stem). Roles: title as written.
# Templates use {role} {company} {first} {url} {client} {ref} {city} {name}.
# --------------------------------------------------------------------------------------------------------------

L: dict[str, dict] = {}

L["en"] = dict(
    companies=[("Northwind Analytics", "northwind-analytics"), ("Bramblecote", "bramblecote"),
               ("Quillfeather Labs", "quillfeather"), ("Harbourline Freight", "harbourline"),
               ("Ostrander & Vale", "ostrandervale"), ("Tidewell Health", "tidewellhealth"),
               ("Copperleaf Software", "copperleaf"), ("Saltmarsh University", "saltmarsh-uni"),
               ("Juniper", "juniperhq"), ("Greymoor Council", "greymoor-council"), ("Kestrel Robotics", "kestrelrobotics"),
               ("Lumen & Oak", "lumenoak"), ("Fernhill Bank", "fernhillbank"), ("Pebble", "pebbleapp"),
               ("Marigold Foods", "marigoldfoods"), ("Orchard Street Partners", "orchardst")],
    roles=["Senior Backend Engineer", "Data Analyst", "Product Designer, Growth", "Customer Success Manager",
           "Junior Accountant", "Software Engineer II", "Marketing Coordinator", "Research Assistant",
           "Head of Operations", "UX Researcher", "Site Reliability Engineer", "Graduate Trainee, Finance",
           "Warehouse Team Lead", "Clinical Research Associate", "Technical Writer",
           "Staff Machine Learning Engineer", "Legal Counsel", "HR Business Partner", "Frontend Developer (React)",
           "Sales Development Representative", "Lecturer in Economics", "Project Officer", "QA Tester",
           "Paralegal", "Assistant Store Manager", "Payroll Specialist", "DevOps Engineer / Platform",
           "Principal Product Manager, Payments", "Executive Assistant to the CEO", "Social Media Intern"],
    people=["Dana Whitfield", "Priya Raman", "Tom Okafor", "Helen Marsh", "Jonah Feld", "Aisha Kamara",
            "Rory McBride", "Beatrix Lowe", "Samuel Ito", "Grace Oyelaran", "Owen Hartley", "Mei Lin Zhou",
            "Callum Price", "Nadia Haddad", "Felix Brandt"],
    readers=["Sam", "Alex", "Jordan", "Chris", "Morgan", "Taylor"],
    titles=["Talent Acquisition Partner", "Recruiter", "Senior Recruiter", "People Operations", "Hiring Manager",
            "Co-founder & CEO", "HR Advisor", "Talent Lead", "Recruitment Coordinator"],
    subj_role=["Update on your application: {role}", "{role} - {company}", "Re: {role}",
               "Your application for {role}", "{company} | {role}", "{role} application update",
               "Regarding your application for the {role} role", "[{company}] {role} (Req {ref})",
               "Application for {role} at {company}", "{role} ({ref}) - outcome of your application",
               "RE: {role} position", "Your {company} application - {role}"],
    subj_norole=["Your application to {company}", "Application update", "Thank you for your interest in {company}",
                 "An update from {company}", "Your recent application", "Following up", "Application status"],
    greet=["Dear {first},", "Hi {first},", "Hello {first},", "Dear {first}", "{first},", "Hey {first}!"],
    open_role=["Thank you for applying for the {role} position at {company}.",
               "Thanks so much for your interest in the {role} role at {company}.",
               "We appreciate you taking the time to apply to {company} for our {role} opening.",
               "Thank you for your application for the post of {role}.",
               "I'm writing regarding the {role} vacancy you applied for earlier this month.",
               "Thank you for interviewing with us for the {role} role last week.",
               "Many thanks for putting yourself forward for {role} with us.",
               "We have now reviewed all applications received for the {role} position in {city}.",
               "Thanks for chatting with the team about the {role} opportunity.",
               "Thank you for your recent application to become our next {role}.",
               "I wanted to follow up on your candidacy for {role}.",
               "Thank you for considering {company} as the next step in your career and for applying to the {role} job."],
    open_role_nocomp=["Thank you for applying for the {role} position.",
                      "Thanks for your interest in the {role} role.",
                      "Thank you for your application for the post of {role} ({ref}).",
                      "I'm getting back to you about the {role} opening.",
                      "Thank you for the time you spent with us on the {role} interviews."],
    open_norole=["Thank you for your interest in {company} and for the time you put into your application.",
                 "Thanks for applying to {company}.",
                 "Thank you for reaching out to us about opportunities at {company}.",
                 "We really appreciated getting to know you over the last few weeks."],
    decision=["After careful consideration, we have decided not to move forward with your application.",
              "Unfortunately, we will not be progressing your application any further.",
              "We regret to inform you that you have not been selected for an interview on this occasion.",
              "After reviewing your experience, we've decided to pursue other candidates whose background more closely matches our needs.",
              "I'm sorry to let you know that we won't be moving ahead with your candidacy.",
              "On this occasion your application has been unsuccessful.",
              "We have decided to proceed with other applicants for this position.",
              "Unfortunately we have decided not to offer you the role.",
              "I'm afraid we've decided to go with another candidate."],
    filler=["The hiring team was impressed by your background and this was not an easy call.",
            "We received a very large number of applications, which made the decision difficult.",
            "Our process involved several rounds and we know how much effort you put in.",
            "Please do not reply to this email as this inbox is not monitored.",
            "We will keep your details on file for six months in line with our privacy policy."],
    careers=["You can find our other open roles at {url}.", "Keep an eye on {url} for future openings.",
             "We'd encourage you to apply again; current vacancies are listed at {url}",
             "See all open positions: {url}"],
    wish=["We wish you every success in your job search.", "Best of luck with your search.",
          "Thank you again, and all the best for the future."],
    close=["Best regards,", "Kind regards,", "Warm regards,", "Best,", "Cheers,", "Thanks again,", "Sincerely,"],
    team_sig=["The {company} Talent Team", "{company} Recruiting", "Talent Acquisition | {company}",
              "The hiring team at {company}", "{company} People Team", "{company} Careers"],
    display=["{company} Careers", "Talent at {company}", "{company} via Workday", "{company} Recruiting",
             "{company} Hiring Team"],
    at_sig="{name}\n{title}, {company}",
    at_sig2="{name} | {title}\n{company}",
    agency=["I'm following up on the {role} role at {client} that I put you forward for.",
            "I submitted your profile to my client {client} for their {role} opening."],
    agency_dec=["They have come back to me and unfortunately decided not to take your application further.",
                "Unfortunately {client} have decided to move forward with other candidates."],
    possessive="the {company}'s hiring team",
    possessive_line="On behalf of {company}'s hiring team, thank you.",
    cities=["Leeds", "Austin", "Dublin", "Remote (UK)", "Toronto"],
    privacy="Privacy notice",
    unsub="Unsubscribe",
)

L["de"] = dict(
    companies=[("Halvorsen Maschinenbau GmbH", "halvorsen-mb"), ("Stadtwerke Lindenau", "sw-lindenau"),
               ("Brückner & Seidel", "brueckner-seidel"), ("Weidenhof AG", "weidenhof"),
               ("Kornblume Software", "kornblume"), ("Universität Altmark", "uni-altmark"),
               ("Feldkamp Logistik", "feldkamp"), ("Nordlicht Medien", "nordlichtmedien"),
               ("Tannberg", "tannberg"), ("Eichental Versicherung", "eichental")],
    roles=["Softwareentwickler (m/w/d)", "Sachbearbeiter*in Buchhaltung", "Werkstudent Marketing (w/m/d)",
           "Referentin für Öffentlichkeitsarbeit", "Projektleiter Elektrotechnik",
           "Wissenschaftliche*r Mitarbeiter*in", "Data Engineer (m/w/d)", "Kaufmännische Assistenz",
           "Teamleitung Kundenservice", "Vertriebsmitarbeiter Innendienst (m/w/d)", "Pflegefachkraft",
           "Java-Entwickler/in", "Controller (m/w/d)", "Personalreferent (m/w/d)", "Senior UX Designer (all genders)"],
    people=["Katrin Vogel", "Jens Albrecht", "Miriam Schulte", "Tobias Krämer", "Anja Hoffmann", "Lukas Brenner",
            "Sabine Wörner", "Deniz Yilmaz", "Franziska Lang"],
    readers=["Herr Weber", "Frau Keller", "Herr Nowak", "Frau Braun"],
    readers_du=["Jonas", "Lea", "Max", "Sophie"],
    titles=["Personalreferentin", "Recruiterin", "HR Business Partner", "Talent Acquisition", "Personalabteilung",
            "Geschäftsführer", "Leitung Personal"],
    subj_role=["Ihre Bewerbung als {role}", "Bewerbung als {role}", "{role} - {company}",
               "Ihre Bewerbung: {role}", "Rückmeldung zu Ihrer Bewerbung als {role}", "AW: Bewerbung {role}",
               "Ihre Bewerbung auf die Stelle {role} (Kennziffer {ref})", "Stellenausschreibung {role}"],
    subj_norole=["Ihre Bewerbung bei {company}", "Rückmeldung zu Ihrer Bewerbung", "Ihre Bewerbung",
                 "Absage", "Deine Bewerbung bei {company}"],
    greet=["Sehr geehrte{r} {first},", "Guten Tag {first},", "Hallo {first},", "Liebe{r} {first},"],
    open_role=["vielen Dank für Ihre Bewerbung als {role} bei {company}.",
               "herzlichen Dank für Ihr Interesse an der Position {role} bei der {company}.",
               "wir bedanken uns für Ihre Bewerbung auf die Stelle als {role} und das damit verbundene Interesse an {company}.",
               "vielen Dank für das freundliche Gespräch zur Stelle {role}.",
               "danke für deine Bewerbung als {role} bei uns.",
               "über Ihre Bewerbung für die ausgeschriebene Stelle {role} in {city} haben wir uns sehr gefreut."],
    open_role_nocomp=["vielen Dank für Ihre Bewerbung als {role}.",
                      "danke, dass du dich für die Stelle {role} interessierst.",
                      "wir haben Ihre Unterlagen für die Position {role} (Kennziffer {ref}) erhalten und sorgfältig geprüft."],
    open_norole=["vielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.",
                 "danke für deine Bewerbung bei {company}."],
    decision=["Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
              "Nach sorgfältiger Prüfung haben wir uns leider für andere Bewerber entschieden.",
              "Leider können wir dir keine Zusage geben.",
              "Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Kandidatin entschieden haben.",
              "Leider ist unsere Wahl nicht auf Sie gefallen.",
              "Wir haben uns nach reiflicher Überlegung entschieden, Ihre Bewerbung nicht weiterzuverfolgen."],
    filler=["Die Entscheidung ist uns bei der Vielzahl an qualifizierten Bewerbungen nicht leichtgefallen.",
            "Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.",
            "Ihre Unterlagen werden gemäß Datenschutz nach sechs Monaten gelöscht."],
    careers=["Aktuelle Stellenangebote finden Sie unter {url}.", "Schau gerne wieder auf {url} vorbei.",
             "Weitere offene Stellen: {url}"],
    wish=["Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.", "Wir wünschen dir viel Erfolg!",
          "Wir wünschen Ihnen viel Erfolg bei der weiteren Stellensuche."],
    close=["Mit freundlichen Grüßen", "Freundliche Grüße", "Viele Grüße", "Beste Grüße", "Herzliche Grüße"],
    team_sig=["Ihr Recruiting-Team der {company}", "Das {company} Team", "Personalabteilung {company}",
              "Dein Team von {company}", "{company} | Human Resources"],
    display=["{company} Karriere", "Recruiting {company}", "{company} via Personio", "{company} Jobs"],
    at_sig="{name}\n{title}\n{company}",
    at_sig2="{name} | {title} | {company}",
    agency=["ich melde mich bezüglich der Position {role} bei unserem Kunden {client}.",
            "wie besprochen habe ich Ihr Profil für die Stelle als {role} an {client} weitergegeben."],
    agency_dec=["Leider hat sich {client} für einen anderen Kandidaten entschieden.",
                "Leider hat mein Kunde entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen."],
    possessive=None,
    cities=["Leipzig", "Bremen", "Mannheim", "Graz"],
    privacy="Datenschutz",
    unsub="Abmelden",
)

L["fr"] = dict(
    companies=[("Maison Corbel", "maisoncorbel"), ("Groupe Vireaux", "vireaux"), ("Lamarque Conseil", "lamarque-conseil"),
               ("Atelier Sorel", "ateliersorel"), ("Banque Armelle", "banque-armelle"), ("Verdanne SAS", "verdanne"),
               ("Université de Ronceval", "univ-ronceval"), ("Clairmont Énergie", "clairmont-energie"),
               ("Pixelune", "pixelune")],
    roles=["Chargé de recrutement (H/F)", "Développeur Full Stack", "Responsable administratif et financier",
           "Stagiaire en communication", "Ingénieur d'études", "Comptable fournisseurs (H/F)", "Chef de projet digital",
           "Technicien de maintenance", "Assistante de direction", "Analyste crédit", "Business Developer",
           "Juriste droit social", "Chargée de mission RSE", "Product Owner (F/H)"],
    people=["Claire Dumont", "Julien Marchal", "Sophie Lefort", "Karim Benali", "Élodie Garnier", "Hugo Perrin",
            "Nathalie Roux", "Thomas Girard"],
    readers=["Madame Leroy", "Monsieur Caron", "Madame Petit", "Monsieur Faure"],
    readers_du=["Camille", "Lucas", "Inès"],
    titles=["Chargée de recrutement", "Responsable RH", "Talent Acquisition Manager", "DRH", "Fondateur"],
    subj_role=["Candidature : {role}", "Votre candidature au poste de {role}", "{role} - {company}",
               "Réponse à votre candidature - {role}", "RE: Candidature {role}", "Offre {ref} - {role}",
               "Suite à votre candidature pour le poste de {role}"],
    subj_norole=["Votre candidature chez {company}", "Votre candidature", "Suite de votre candidature",
                 "Réponse de {company}"],
    greet=["Bonjour {first},", "{first},", "Chère candidate, cher candidat,", "Bonjour,"],
    open_role=["Nous vous remercions pour votre candidature au poste de {role} au sein de {company}.",
               "Merci pour l'intérêt que vous portez à {company} et pour votre candidature pour le poste de {role}.",
               "Nous avons bien reçu votre candidature en tant que {role} chez {company} et nous vous en remercions.",
               "Merci d'avoir pris le temps d'échanger avec nous au sujet du poste de {role}.",
               "Suite à votre candidature à l'offre de {role} basée à {city}, nous revenons vers vous."],
    open_role_nocomp=["Nous vous remercions pour votre candidature au poste de {role}.",
                      "Merci pour votre candidature à notre offre {role} (réf. {ref}).",
                      "Merci d'avoir postulé pour le poste de {role}."],
    open_norole=["Nous vous remercions de l'intérêt que vous portez à {company}.",
                 "Merci pour votre candidature chez {company}."],
    decision=["Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
              "Après étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
              "Nous avons décidé de poursuivre le processus avec d'autres candidats dont le profil correspond davantage à nos attentes.",
              "Nous sommes au regret de vous annoncer que nous ne retiendrons pas votre candidature.",
              "Malheureusement, nous avons choisi de ne pas poursuivre avec votre candidature."],
    filler=["Nous avons reçu de nombreuses candidatures de qualité pour ce poste.",
            "Cette décision ne remet pas en cause la qualité de votre parcours.",
            "Conformément au RGPD, vos données seront conservées pendant deux ans."],
    careers=["Nous vous invitons à consulter nos offres sur {url}.", "Retrouvez toutes nos offres d'emploi : {url}",
             "N'hésitez pas à suivre nos prochaines opportunités sur {url}."],
    wish=["Nous vous souhaitons pleine réussite dans vos recherches.", "Bonne continuation dans vos recherches."],
    close=["Cordialement,", "Bien cordialement,", "Bien à vous,", "Belle journée,"],
    team_sig=["L'équipe recrutement {company}", "L'équipe RH de {company}", "{company} - Ressources Humaines",
              "Le service recrutement de {company}"],
    display=["{company} Recrutement", "{company} via Teamtailor", "Carrières {company}"],
    at_sig="{name}\n{title}\n{company}",
    at_sig2="{name} - {title} - {company}",
    agency=["Je reviens vers vous concernant le poste de {role} chez notre client {client}.",
            "Je vous recontacte au sujet de votre candidature pour le poste de {role} chez {client}."],
    agency_dec=["Malheureusement, {client} a décidé de ne pas donner suite à votre candidature.",
                "Mon client a malheureusement retenu un autre profil."],
    possessive=None,
    cities=["Lyon", "Nantes", "Bordeaux", "Lille"],
    privacy="Politique de confidentialité",
    unsub="Se désinscrire",
)

L["es"] = dict(
    companies=[("Grupo Alcarria", "grupo-alcarria"), ("Tecnalia Sur", "tecnaliasur"), ("Bodegas Ruedas", "bodegasruedas"),
               ("Nubaria", "nubaria"), ("Ayuntamiento de Valdeoro", "valdeoro"), ("Ortega y Lucena Abogados", "ortegalucena"),
               ("Clínica San Telmo", "clinicasantelmo"), ("Mirabel Logística", "mirabel-log"), ("Pluma Digital", "plumadigital")],
    roles=["Desarrollador Backend", "Analista de Datos", "Técnico de Mantenimiento", "Responsable de Compras",
           "Ingeniera de Procesos", "Becario de Marketing", "Administrativo contable", "Jefe de Proyecto",
           "Diseñador UX/UI", "Consultor SAP", "Auxiliar de enfermería", "Gestor de cuentas",
           "Data Scientist Senior", "Técnico/a de Recursos Humanos"],
    people=["Lucía Fernández", "Javier Morales", "Carmen Ruiz", "Andrés Velasco", "Marta Iglesias", "Diego Santos",
            "Paula Navarro", "Sergio Blanco"],
    readers=["Laura", "Pablo", "Elena", "Daniel"],
    readers_du=["Laura", "Pablo"],
    titles=["Técnica de Selección", "Responsable de RRHH", "Talent Acquisition", "Recruiter", "CEO y cofundador"],
    subj_role=["Tu candidatura: {role}", "Candidatura para {role}", "{role} - {company}",
               "Actualización sobre tu candidatura a {role}", "RE: Oferta {role}", "Proceso de selección {role} (ref. {ref})",
               "Respuesta a su candidatura para el puesto de {role}"],
    subj_norole=["Tu candidatura en {company}", "Sobre tu candidatura", "Proceso de selección", "Gracias por tu interés"],
    greet=["Hola {first},", "Estimada {first}:", "Estimado/a {first}:", "Buenos días, {first}:"],
    open_role=["Gracias por presentar tu candidatura para el puesto de {role} en {company}.",
               "Te agradecemos el interés mostrado en la vacante de {role} de {company}.",
               "Queremos agradecerle su participación en el proceso de selección para la posición de {role} en {company}.",
               "Gracias por inscribirte en nuestra oferta de {role} en {city}.",
               "Muchas gracias por el tiempo que dedicaste a las entrevistas para el puesto de {role}."],
    open_role_nocomp=["Gracias por tu candidatura para la vacante de {role}.",
                      "Le agradecemos su interés en la oferta de {role} (ref. {ref}).",
                      "Gracias por postularte como {role}."],
    open_norole=["Gracias por tu interés en formar parte de {company}.",
                 "Te agradecemos que hayas pensado en {company} para tu próximo paso profesional."],
    decision=["Lamentablemente, hemos decidido continuar el proceso con otros candidatos.",
              "Tras valorar tu perfil, sentimos comunicarte que no vamos a seguir adelante con tu candidatura.",
              "Lamentamos informarle de que su candidatura no ha sido seleccionada.",
              "En esta ocasión hemos optado por otro perfil que se ajusta más a lo que buscamos.",
              "Por desgracia, tu candidatura no continuará en el proceso de selección."],
    filler=["Hemos recibido un gran número de candidaturas muy interesantes.",
            "Esta decisión no ha sido fácil para el equipo.",
            "Conservaremos sus datos conforme a nuestra política de privacidad."],
    careers=["Puedes consultar nuestras ofertas en {url}.", "Te animamos a seguir nuestras vacantes en {url}",
             "Más ofertas de empleo: {url}"],
    wish=["Te deseamos mucha suerte en tu búsqueda.", "Le deseamos mucho éxito en su carrera profesional."],
    close=["Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,"],
    team_sig=["El equipo de Talento de {company}", "Equipo de Selección | {company}", "RRHH {company}",
              "El equipo de {company}"],
    display=["{company} Empleo", "Talento {company}", "{company} via SmartRecruiters"],
    at_sig="{name}\n{title}\n{company}",
    at_sig2="{name} · {title} · {company}",
    agency=["Te escribo sobre el puesto de {role} en nuestro cliente {client}.",
            "Te contacto en relación con tu candidatura al puesto de {role} en {client}."],
    agency_dec=["Lamentablemente {client} ha decidido continuar con otros candidatos.",
                "Por desgracia, el cliente ha decidido no seguir adelante con tu candidatura."],
    possessive=None,
    cities=["Madrid", "Sevilla", "Valencia", "Bilbao"],
    privacy="Política de privacidad",
    unsub="Darse de baja",
)

L["nl"] = dict(
    companies=[("Van Leeuwen Installatietechniek", "vanleeuwen-it"), ("Gemeente Zuidermeer", "zuidermeer"),
               ("Dekker & Smit", "dekkersmit"), ("Polderlicht", "polderlicht"), ("Hogeschool Westland", "hs-westland"),
               ("Brugwater BV", "brugwater"), ("Tulpveld Zorg", "tulpveld"), ("Klaproos Digital", "klaproos")],
    roles=["Medewerker klantenservice", "Beleidsadviseur Duurzaamheid", "Software Developer",
           "Financieel administratief medewerker", "Projectleider Infra", "Stagiair HR", "Accountmanager Zakelijk",
           "Data Scientist", "Teamleider Logistiek", "Junior Consultant", "Verpleegkundige", "Communicatieadviseur",
           "Medior .NET Developer (32-40 uur)"],
    people=["Sanne de Vries", "Bram Jansen", "Eva van Dijk", "Ruben Bakker", "Lotte Visser", "Mehmet Kaya",
            "Iris Mulder", "Joost Hendriks"],
    readers=["Fleur", "Daan", "Noor", "Thijs"],
    readers_du=["Fleur", "Daan"],
    titles=["Recruiter", "HR-adviseur", "Corporate Recruiter", "Talent Acquisition Specialist", "Oprichter"],
    subj_role=["Je sollicitatie: {role}", "Sollicitatie {role}", "{role} - {company}",
               "Uw sollicitatie naar de functie van {role}", "Re: vacature {role}", "Vacature {ref} - {role}",
               "Update over je sollicitatie als {role}"],
    subj_norole=["Je sollicitatie bij {company}", "Uw sollicitatie", "Terugkoppeling sollicitatie", "Bedankt voor je interesse"],
    greet=["Beste {first},", "Hoi {first},", "Geachte {first},", "Hallo {first},"],
    open_role=["Bedankt voor je sollicitatie op de functie van {role} bij {company}.",
               "Hartelijk dank voor uw interesse in de vacature {role} bij {company}.",
               "Dank je wel voor je sollicitatie als {role} bij {company} en voor de tijd die je erin hebt gestoken.",
               "Bedankt voor het prettige gesprek over de rol van {role}.",
               "Wij hebben uw sollicitatie voor de functie {role} in {city} in goede orde ontvangen."],
    open_role_nocomp=["Bedankt voor je sollicitatie voor de functie van {role}.",
                      "Dank voor uw reactie op de vacature {role} (vacaturenummer {ref}).",
                      "Bedankt dat je hebt gesolliciteerd als {role}."],
    open_norole=["Bedankt voor je interesse in {company}.", "Hartelijk dank voor uw sollicitatie bij {company}."],
    decision=["Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.",
              "Na zorgvuldige overweging hebben wij besloten u niet uit te nodigen voor een gesprek.",
              "Wij hebben helaas gekozen voor een andere kandidaat.",
              "Helaas hebben we besloten om het proces met andere kandidaten voort te zetten.",
              "Jammer genoeg valt onze keuze niet op jou."],
    filler=["We hebben veel sterke reacties ontvangen op deze vacature.",
            "Dit was geen makkelijke beslissing.",
            "Je gegevens bewaren we conform de AVG maximaal vier weken."],
    careers=["Bekijk onze andere vacatures op {url}.", "Houd {url} in de gaten voor nieuwe vacatures.",
             "Alle openstaande vacatures: {url}"],
    wish=["We wensen je veel succes bij je zoektocht.", "Wij wensen u veel succes in uw verdere loopbaan."],
    close=["Met vriendelijke groet,", "Groeten,", "Hartelijke groet,", "Vriendelijke groeten,"],
    team_sig=["Team Recruitment {company}", "Het recruitmentteam van {company}", "HR {company}",
              "Namens {company}, het HR-team"],
    display=["Werken bij {company}", "{company} Recruitment", "{company} via Recruitee"],
    at_sig="{name}\n{title}\n{company}",
    at_sig2="{name} | {title} | {company}",
    agency=["Ik kom bij je terug over de functie {role} bij onze opdrachtgever {client}.",
            "Ik heb je cv voorgesteld bij {client} voor de functie van {role}."],
    agency_dec=["Helaas heeft {client} besloten niet verder te gaan met je sollicitatie.",
                "Helaas heeft de opdrachtgever gekozen voor een andere kandidaat."],
    possessive=None,
    cities=["Utrecht", "Groningen", "Eindhoven", "Gent"],
    privacy="Privacyverklaring",
    unsub="Afmelden",
)

L["pt"] = dict(
    companies=[("Grupo Ventura", "grupoventura"), ("Sabiá Tecnologia", "sabiatec"), ("Construtora Itaparica", "itaparica"),
               ("Banco Cerrado", "bancocerrado"), ("Luso Atlântica", "lusoatlantica"), ("Farmácias Aurora", "farmaurora"),
               ("Universidade do Vale Verde", "uvv-edu"), ("Ipê Digital", "ipedigital")],
    roles=["Analista de Sistemas", "Desenvolvedor Front-end", "Assistente Administrativo", "Engenheiro de Produção",
           "Estagiário de Marketing", "Gerente de Projetos", "Técnico de Suporte", "Consultora de Vendas",
           "Coordenador Financeiro", "Designer de Produto", "Analista de RH Pleno", "Auxiliar de Logística",
           "Engenheiro(a) de Dados Sênior"],
    people=["Mariana Costa", "Rafael Oliveira", "Beatriz Almeida", "Thiago Ribeiro", "Juliana Pereira",
            "Gonçalo Martins", "Fernanda Lima", "João Carvalho"],
    readers=["Ana", "Pedro", "Carla", "Bruno"],
    readers_du=["Ana", "Pedro"],
    titles=["Analista de Recrutamento", "Talent Acquisition", "Gestora de RH", "Recrutadora", "Sócio-fundador"],
    subj_role=["Sua candidatura: {role}", "Candidatura para {role}", "{role} - {company}",
               "Atualização sobre o processo seletivo para {role}", "RE: Vaga {role}", "Vaga {ref} - {role}",
               "Retorno sobre a sua candidatura à posição de {role}"],
    subj_norole=["Sua candidatura na {company}", "Retorno do processo seletivo", "Candidatura", "Obrigado pelo interesse"],
    greet=["Olá {first},", "Olá, {first}!", "Prezada {first},", "Caro(a) {first},"],
    open_role=["Agradecemos pelo seu interesse na vaga de {role} na {company}.",
               "Obrigado por se candidatar para a posição de {role} na {company}.",
               "Agradecemos a sua candidatura para a posição de {role} na {company}.",
               "Obrigada pelo tempo dedicado às entrevistas para a vaga de {role}.",
               "Agradecemos sua participação no processo seletivo para {role} em {city}."],
    open_role_nocomp=["Obrigado por se candidatar à vaga de {role}.",
                      "Agradecemos o seu interesse na oportunidade de {role} (ref. {ref}).",
                      "Obrigado por participar do processo para {role}."],
    open_norole=["Agradecemos o seu interesse em fazer parte da {company}.",
                 "Obrigado por se candidatar na {company}."],
    decision=["Infelizmente, decidimos seguir com outros candidatos neste momento.",
              "Após análise cuidadosa, informamos que o seu perfil não foi selecionado para as próximas etapas.",
              "Lamentamos informar que não daremos continuidade à sua candidatura.",
              "Infelizmente a sua candidatura não avançou no processo.",
              "Optamos por seguir com outro candidato cujo perfil está mais alinhado à vaga."],
    filler=["Recebemos muitas candidaturas qualificadas para esta vaga.",
            "Sabemos o quanto você se dedicou ao processo.",
            "Seus dados serão tratados conforme a LGPD."],
    careers=["Confira outras vagas em {url}.", "Acompanhe nossas oportunidades em {url}",
             "Todas as vagas abertas: {url}"],
    wish=["Desejamos muito sucesso na sua jornada.", "Boa sorte na sua carreira!"],
    close=["Atenciosamente,", "Abraços,", "Um abraço,", "Cumprimentos,", "Obrigado,"],
    team_sig=["Equipe de Recrutamento {company}", "Time de Talentos da {company}", "RH {company}",
              "Equipa de Recursos Humanos | {company}"],
    display=["{company} Carreiras", "Vagas {company}", "{company} via Gupy"],
    at_sig="{name}\n{title}\n{company}",
    at_sig2="{name} | {title} | {company}",
    agency=["Estou retornando sobre a vaga de {role} no nosso cliente {client}.",
            "Apresentei o seu perfil à {client} para a posição de {role}."],
    agency_dec=["Infelizmente a {client} decidiu seguir com outros candidatos.",
                "Infelizmente o cliente optou por não avançar com a sua candidatura."],
    possessive=None,
    cities=["São Paulo", "Lisboa", "Porto", "Curitiba"],
    privacy="Política de privacidade",
    unsub="Cancelar inscrição",
)

AGENCIES = [("Brightpath Recruitment", "brightpath-rec"), ("Keystone Talent", "keystonetalent"),
            ("Meridian Search", "meridiansearch")]
ATS = [("Greenhouse", "greenhouse-mail"), ("Lever", "hire.lever"), ("Workday", "myworkday"),
       ("Personio", "personio-mail"), ("Teamtailor", "teamtailor-mail"), ("SmartRecruiters", "smartrecruiters-mail"),
       ("Recruitee", "recruitee-mail"), ("JOIN", "join-mail"), ("StepStone", "stepstone-mail")]

TLD = {"en": "example", "de": "example", "fr": "test", "es": "example", "nl": "test", "pt": "example"}


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", s.lower().encode("ascii", "ignore").decode())


def first_last(name: str) -> tuple[str, str]:
    parts = name.split()
    return parts[0], parts[-1]


def careers_url(r: random.Random, domain: str, cslug: str) -> str:
    shapes = [f"https://{domain}/careers", f"https://careers.{domain}/", f"https://jobs.{domain}/open-positions",
              f"https://www.{domain}/en/jobs", f"https://{domain}/karriere", f"https://{cslug}.jobs.example/",
              f"https://www.{domain}/werken-bij", f"https://{domain}/empleo", f"https://{domain}/vagas",
              f"https://{domain}/recrutement/offres"]
    return r.choice(shapes)


def build_one(lang: str, i: int, r: random.Random) -> tuple[str, dict]:
    d = L[lang]
    cons: dict[str, str] = {}
    company, dstem = r.choice(d["companies"])
    domain = f"{dstem}.{TLD[lang]}"
    cslug = slug(company)[:12]
    role = r.choice(d["roles"])
    ref = f"{r.choice(['R', 'JR', 'REQ-', ''])}{r.randint(1000, 99999)}"
    city = r.choice(d["cities"])
    formal = lang == "en" or r.random() < 0.6
    reader = r.choice(d["readers"] if formal or "readers_du" not in d else d["readers_du"])

    # sender kind
    kind = ["ats_noreply", "person", "person_ats_sig", "founder", "agency", "ats_noreply", "person"][i % 7]
    ats_name, ats_dom = r.choice(ATS)
    person = r.choice(d["people"])
    pfirst, plast = first_last(person)
    title = r.choice(d["titles"])
    client = None
    # company placement
    cplace = r.choice(["sig_team", "body", "display", "domain_only", "caps_sig", "subject", "person_sig"])
    if kind == "agency":
        client = company
        ag_name, ag_dom = r.choice(AGENCIES)
        domain = f"{ag_dom}.{TLD[lang]}"
        cplace = "agency_client"
    if cplace == "domain_only" and slug(company) != dstem:
        cplace = "person_sig"
    if kind == "ats_noreply" and cplace in ("domain_only", "person_sig"):
        cplace = "display"
    if kind in ("person", "person_ats_sig", "founder") and cplace == "display":
        cplace = "person_sig"

    # role placement
    rplace = r.choice(["subject", "body", "both", "both", "body", "subject", "none"])
    if kind == "agency" and rplace == "none":
        rplace = "body"
    cons["role"] = rplace

    # contact
    contact_name = contact_email = None
    if kind == "ats_noreply":
        from_name = r.choice(d["display"]).format(company=company) if cplace == "display" else \
            r.choice([company, "Recruiting", "No Reply", ats_name + " Notifications"])
        if cplace != "display" and from_name == company:
            cplace = "display_plain"
        from_addr = r.choice([f"no-reply@{ats_dom}.example", f"noreply@{domain}",
                              f"donotreply@{ats_dom}.example", f"notifications@{ats_dom}.example"])
        cons["contact"] = "unsigned no-reply"
    elif kind == "person_ats_sig":
        from_name = r.choice(d["display"]).format(company=company) if r.random() < 0.5 else company
        from_addr = f"no-reply@{ats_dom}.example"
        contact_name = person
        contact_email = f"{slug(pfirst)}.{slug(plast)}@{domain}"
        cons["contact"] = "person signs under an ATS no-reply sender; email in signature"
        if cplace == "domain_only":
            cplace = "person_sig"
    elif kind == "agency":
        from_name, from_addr = person, f"{slug(pfirst)}@{domain}"
        contact_name, contact_email = person, from_addr
        cons["contact"] = "agency recruiter in From and signature"
    else:
        style = r.choice(["full", "first.last", "initial", "first"])
        local = {"full": f"{slug(pfirst)}{slug(plast)}", "first.last": f"{slug(pfirst)}.{slug(plast)}",
                 "initial": f"{slug(pfirst)[0]}{slug(plast)}", "first": slug(pfirst)}[style]
        from_addr = f"{local}@{domain}"
        from_name = person if r.random() < 0.85 else ""
        if not from_name:
            cons["contact"] = "bare From address; full name only in signature"
        else:
            cons["contact"] = "person in From display and signature"
        contact_name, contact_email = person, from_addr

    # subject
    if rplace in ("subject", "both"):
        subj = r.choice(d["subj_role"])
    else:
        subj = r.choice(d["subj_norole"])
    if cplace == "domain_only" and "{company}" in subj:
        subj = subj.replace(" - {company}", "").replace("{company} | ", "").replace(" at {company}", "")
        if "{company}" in subj:
            subj = r.choice([s for s in (d["subj_role"] if "{role}" in subj else d["subj_norole"])
                             if "{company}" not in s])
    subject = subj.format(role=role, company=company, ref=ref)
    if cplace == "caps_sig" and r.random() < 0.5:
        subject = subject.replace(company, company.upper())

    # body pieces
    greet = r.choice(d["greet"])
    if lang == "de":
        greet = greet.replace("{r}", "r" if reader.startswith("Herr") else "").replace("Liebe{r}", "Liebe")
        greet = greet.replace("Liebe{r}", "Liebe")
    greet = greet.replace("{r}", "").format(first=reader)
    paras: list[str] = []
    mention_company_in_body = cplace in ("body",) or (cplace not in ("domain_only",) and r.random() < 0.5)
    if kind == "agency":
        paras.append(r.choice(d["agency"]).format(role=role, client=client))
        paras.append(r.choice(d["agency_dec"]).format(client=client))
        cons["company"] = "agency relays client named in body"
    else:
        if rplace in ("body", "both"):
            pool = d["open_role"] if mention_company_in_body else d["open_role_nocomp"]
            paras.append(r.choice(pool).format(role=role, company=company, city=city, ref=ref))
        else:
            if cplace == "domain_only":
                paras.append(r.choice(["Thank you for your application.", "Thanks for applying."])
                             if lang == "en" else r.choice(d["open_role_nocomp"]).split("{role}")[0].rstrip(" (") + ".")
            else:
                paras.append(r.choice(d["open_norole"]).format(company=company))
        if r.random() < 0.35:
            paras.append(r.choice(d["filler"]))
        paras.append(r.choice(d["decision"]))
    if r.random() < 0.5:
        paras.append(r.choice(d["filler"]))
    url = None
    if r.random() < 0.6:
        url = careers_url(r, domain if kind != "agency" else f"{dict(d['companies'])[company]}.{TLD[lang]}", cslug)
        paras.append(r.choice(d["careers"]).format(url=url))
    paras.append(r.choice(d["wish"]))
    # long mail: decision buried in the middle
    if r.random() < 0.2:
        paras.insert(1, r.choice(d["filler"]))
        paras.insert(0, r.choice(d["filler"]))
        cons["shape"] = "long, decision buried"

    close = r.choice(d["close"])
    sig: list[str] = []
    if kind == "ats_noreply":
        if cplace in ("sig_team", "caps_sig", "subject", "body", "display_plain") or cplace == "display" and r.random() < 0.4:
            line = r.choice(d["team_sig"]).format(company=company)
            if cplace == "caps_sig":
                line = line.replace(company, company.upper())
            sig = [line]
    elif kind == "agency":
        sig = [person, f"{title}, {ag_name}", f"{ag_name} | www.{domain}"]
    else:
        signame = pfirst if (kind == "founder" and from_name) else person
        if cplace == "domain_only":
            sig = [signame, title] if r.random() < 0.6 else [signame]
        elif cplace == "caps_sig":
            sig = [signame, title, company.upper()]
        else:
            tmpl = r.choice([d["at_sig"], d["at_sig2"]])
            sig = tmpl.format(name=signame, title=title, company=company).split("\n")
        if kind == "person_ats_sig":
            sig.append(r.choice([contact_email, f"E-mail: {contact_email}", f"{contact_email} | +44 20 7946 0{r.randint(100, 999)}"]))
        if kind == "founder":
            cons["contact"] = cons["contact"] + "; founder signs with first name only" if signame == pfirst else cons["contact"]
    cons.setdefault("company", {"sig_team": "team signature line", "body": "named in body", "display": "sender display name",
                                "domain_only": "sender domain only", "caps_sig": "ALL CAPS in signature",
                                "subject": "subject and team signature", "person_sig": "signer's signature block",
                                "display_plain": "display name equals company"}.get(cplace, cplace))
    if kind == "ats_noreply":
        cons["company"] += f"; sent via {ats_name}"

    footer: list[str] = []
    noise = [f"https://{domain}/privacy", f"https://www.linkedin.example/company/{cslug}",
             f"https://click.{ats_dom}.example/ls/click?upn={r.randint(10**8, 10**9)}",
             f"https://{ats_dom}.example/unsubscribe?t={r.randint(10**6, 10**7)}"]
    if r.random() < 0.7:
        footer.append(f"{d['privacy']}: {noise[0]}")
    if r.random() < 0.4:
        footer.append(f"LinkedIn: {noise[1]}")
    if r.random() < 0.4 and kind in ("ats_noreply", "person_ats_sig"):
        footer.append(f"{d['unsub']}: {noise[3]}")
        footer.append(f"Powered by {ats_name}")

    company_label = company
    if cplace == "domain_only":
        company_label = dstem
        # the domain stem is what a person would write when nothing else names the employer
        cons["company"] = "sender domain only (label is the domain stem)"
    label = {"is_rejection": True, "company": company_label, "role": role if rplace != "none" else None,
             "contact_name": contact_name, "contact_email": contact_email, "careers_url": url, "lang": lang,
             "construction": "; ".join(f"{k}: {v}" for k, v in sorted(cons.items())) + f"; sender: {kind}"}

    text_lines = [greet, ""]
    for p in paras:
        text_lines += [p, ""]
    text_lines += [close] + sig
    if footer:
        text_lines += ["", "--", *footer]
    plain = "\n".join(text_lines) + "\n"

    # MIME shape
    shape = r.choice(["plain", "plain", "html_only", "alternative", "plain_qp", "plain_b64", "latin1"])
    msg = EmailMessage()
    msg["From"] = formataddr((from_name, from_addr)) if from_name else from_addr
    msg["To"] = f"{slug(reader)}@mailbox.example"
    msg["Subject"] = subject
    when = datetime(2026, 3, 1, 9, 0, tzinfo=UTC) + timedelta(hours=37 * i + len(lang))
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<x3-{lang}-{i}@{domain}>"

    def to_html() -> str:
        body = []
        for p in [greet, *paras]:
            esc = html.escape(p)
            if url and url in p:
                esc = esc.replace(html.escape(url), f'<a href="{html.escape(url)}">{html.escape(url)}</a>')
            body.append(f"<p style=\"margin:0 0 12px\">{esc}</p>")
        body.append("<p>" + html.escape(close) + "<br>" + "<br>".join(html.escape(s) for s in sig) + "</p>")
        if footer:
            body.append("<table role=\"presentation\"><tr><td style=\"font-size:11px;color:#888\">"
                        + " &middot; ".join(html.escape(f) for f in footer) + "</td></tr></table>")
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>p{font-family:Arial}</style></head>"
                "<body><div class=\"wrapper\"><table width=\"600\"><tr><td>" + "\n".join(body)
                + "</td></tr></table></div></body></html>")

    if shape == "plain":
        msg.set_content(plain, charset="utf-8", cte="8bit")
    elif shape == "plain_qp":
        msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    elif shape == "plain_b64":
        msg.set_content(plain, charset="utf-8", cte="base64")
    elif shape == "latin1":
        try:
            plain.encode("latin-1")
            msg.set_content(plain, charset="iso-8859-1", cte="quoted-printable")
        except UnicodeEncodeError:
            shape = "plain"
            msg.set_content(plain, charset="utf-8", cte="8bit")
    elif shape == "html_only":
        msg.set_content(to_html(), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(plain, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(to_html(), subtype="html", charset="utf-8", cte="quoted-printable")
    label["construction"] += f"; mime: {shape}"
    return msg.as_string(policy=email.policy.SMTP), label


def build() -> list[tuple[str, str, dict]]:
    out = []
    n = 0
    for lang, count in COUNTS.items():
        r = random.Random(f"extract3-{lang}")
        for i in range(count):
            n += 1
            raw, label = build_one(lang, i, r)
            name = f"{n:04d}.eml"
            out.append((name, raw, {"file": name, **label}))
    return out


def visible_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [str(msg["subject"] or ""), str(msg["from"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return re.sub(r"\s+", " ", " ".join(parts)).casefold()


def check() -> int:
    bad = 0
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for lab in labels:
        text = visible_text((OUT / lab["file"]).read_bytes())
        for key in ("company", "role", "contact_name", "contact_email", "careers_url"):
            v = lab.get(key)
            if v is not None and re.sub(r"\s+", " ", v).casefold() not in text:
                print(f"{lab['file']}: {key} {v!r} not found")
                bad += 1
    print(f"{len(labels)} labels checked, {bad} problems")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv:
        return check()
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = build()
    for name, raw, _ in rows:
        (OUT / name).write_text(raw, encoding="utf-8", newline="")
    LABELS.write_text("".join(json.dumps(lab, ensure_ascii=False) + "\n" for _, _, lab in rows), encoding="utf-8")
    print(f"wrote {len(rows)} messages")
    return check()


if __name__ == "__main__":
    sys.exit(main())
