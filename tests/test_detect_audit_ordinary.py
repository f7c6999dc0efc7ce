"""Precision audit, ordinary mail in the six languages: look-alikes of a rejection that reject no job application of
the reader. Four classes, each written fresh (no corpus holds them):
- developer mail: a patch, pull request, RFC, feature, plugin, package or talk proposal that is "not the right fit",
  "won't be merged" or "not included": the reader's contribution, not a job application;
- auditions, castings, choirs, orchestras, theatre and film roles, team selections: a part ("Rolle", "rôle",
  "papel", "squad") is no job unless employment words say so;
- legal and administrative applications: a trademark, patent, permit, visa, planning, licence or residence
  application refused;
- changelogs, release notes, trackers, dashboards and status pages that print "Not selected", "Rejected",
  "Declined" as a field or a list item, and hiring-freeze notices about the company, not the reader.
None may be called a rejection; real rejections that share their words must still be.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from labelled import found, ids


def build(subject: str, body: str, sender: str = "Robin Vale <robin@lists.example.org>", html: bool = False,
          headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "Sam Rivera <sam@example.net>"
    msg["Subject"] = subject
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html:
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        msg.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
    return bytes(msg)


# --- developer mail: the reader's contribution, not an application ---------------------------------------------------
DEVELOPER = [
    ("Re: [PATCH v3] add zstd support to the archiver",
     "Hi Sam,\n\nThanks for the patch and for the benchmarks. After some discussion among the maintainers I don't "
     "think this is the right fit for core; it would make a nice standalone plugin though.\n\nCheers,\nRobin\n\n"
     "> On Tue, Sam Rivera wrote:\n> Here is v3 of the series, rebased on main."),
    ("Re: RFC: async hooks for the scheduler",
     "We talked about your RFC at Thursday's sync. Unfortunately we have decided not to move forward with it for the "
     "2.x line: the API surface is too large for what it buys.\n\nRobin"),
    ("Your feature request #4411",
     "Thanks for opening this. We have decided not to include this feature in the next release; it doesn't fit the "
     "direction of the project. Closing for now, feel free to reopen with a prototype."),
    ("Re: proposal: new CSV exporter",
     "Sorry Sam, this won't be merged as is. The maintainers feel a second exporter is not a good fit for the "
     "library, and we would rather point people to an extension."),
    ("Talk proposal for DevRoom",
     "Hello Sam,\n\nthank you for submitting a talk to the Python devroom. We received 90 proposals for 14 slots, and "
     "unfortunately yours was not selected this year. We hope to see you in the audience!"),
    ("Package submission: fastgrid",
     "Your package was reviewed by the curators. Unfortunately it is not a fit for the curated index at this time, "
     "because it duplicates an existing package."),
    ("Re: [PATCH] Unterstützung für IPv6 im Resolver",
     "Hallo Sam,\n\ndanke für den Patch. Wir haben im Team darüber gesprochen und ich glaube nicht, dass das in den "
     "Kern passt; als Erweiterung wäre es aber sehr willkommen.\n\nGruß\nRobin"),
    ("Dein Pull Request #212",
     "Leider werden wir den Pull Request nicht übernehmen: die Änderung passt nicht zur Ausrichtung des Projekts. "
     "Danke trotzdem für die Mühe!"),
    ("Re: [PATCH] prise en charge du format WebP",
     "Bonjour Sam,\n\nmerci pour le correctif. Après discussion entre mainteneurs, nous avons décidé de ne pas "
     "l'intégrer au cœur du projet : il aurait davantage sa place dans un greffon."),
    ("Ta proposition de fonctionnalité",
     "Malheureusement, ta proposition ne correspond pas à la feuille de route du projet et ne sera pas fusionnée."),
    ("Re: [PATCH] soporte para Parquet",
     "Hola Sam:\n\ngracias por el parche. Lo hemos hablado entre los mantenedores y hemos decidido no incluirlo en el "
     "núcleo; encaja mejor como complemento aparte."),
    ("Tu propuesta de charla",
     "Lamentablemente tu propuesta de charla no ha sido seleccionada para la conferencia de este año. ¡Gracias por "
     "participar!"),
    ("Re: [PATCH] ondersteuning voor WebDAV",
     "Hoi Sam,\n\nbedankt voor de patch. We hebben besloten om deze niet op te nemen in de kern van het project: het "
     "past beter als losse plug-in."),
    ("Je pull request",
     "Helaas gaan we je pull request niet mergen; het past niet bij de richting van het project."),
    ("Re: [PATCH] suporte a SQLite",
     "Olá Sam,\n\nobrigado pelo patch. Conversámos entre os mantenedores e decidimos não o incluir no núcleo do "
     "projeto; faz mais sentido como extensão."),
    ("O seu pull request",
     "Infelizmente não vamos integrar o seu pull request: não se encaixa na direção do projeto."),
    ("Re: Proposal: streaming parser",
     "Hi Sam,\n\nI read through the design doc. I don't think this is the right fit for core, and the role of the "
     "parser should stay small; it would work well as a standalone package though.\n\nRobin"),
    ("Re: Vorschlag: Streaming-Parser",
     "Hallo Sam,\n\nich glaube, das gehört nicht in den Kern: die Rolle des Parsers soll klein bleiben. Wir haben uns "
     "entschieden, den Vorschlag nicht aufzunehmen; als eigenes Paket wäre er toll."),
]

# --- auditions, castings, choirs, orchestras, roles in a play or a film, team selections ----------------------------
ROLES = [
    ("Audition results",
     "Dear Sam,\n\nthank you for coming to the auditions for our spring production. We were impressed, but we have "
     "decided to give the part of Elena to another singer. We hope you will audition again next season."),
    ("Chamber choir places",
     "Unfortunately we are not able to offer you a place in the chamber choir this year; the soprano section is full."),
    ("Casting: short film 'Low Tide'",
     "Thanks for the self-tape. The director has decided to go with someone else for the role of the brother. "
     "We'll keep your details for future castings."),
    ("County squad",
     "Hi Sam, sorry to say you haven't been selected for the under-18 squad this time. Keep training hard!"),
    ("Vorsingen Jugendchor",
     "Liebe Sam,\n\nvielen Dank für dein Vorsingen. Leider können wir dir die Rolle der Pamina in diesem Jahr nicht "
     "geben; wir haben uns für eine andere Sängerin entschieden."),
    ("Orchester: Probespiel",
     "Leider hat es beim Probespiel für das Jugendorchester nicht gereicht. Wir würden uns freuen, dich im nächsten "
     "Jahr wieder zu hören."),
    ("Audition théâtre",
     "Bonjour Sam,\n\nmerci pour ton audition. Malheureusement, nous avons choisi une autre comédienne pour le rôle "
     "d'Antigone."),
    ("Sélection équipe régionale",
     "Tu n'as malheureusement pas été retenu pour la sélection régionale cette saison."),
    ("Audición coro",
     "Hola Sam:\n\ngracias por venir a la audición. Lamentablemente no podemos darte el papel de solista esta "
     "temporada; hemos elegido a otra voz."),
    ("Convocatoria selección",
     "Lo sentimos, no has sido convocado para el equipo juvenil esta temporada."),
    ("Auditie musical",
     "Hoi Sam,\n\nbedankt voor je auditie. Helaas hebben we de rol van Eliza aan iemand anders gegeven."),
    ("Selectie elftal",
     "Helaas ben je niet geselecteerd voor de selectie van het eerste elftal dit seizoen."),
    ("Audição coro",
     "Olá Sam,\n\nobrigado pela audição. Infelizmente não te podemos dar o papel principal desta vez; escolhemos "
     "outra voz."),
    ("Convocatória seleção",
     "Infelizmente não foste selecionado para o plantel sub-17 desta época."),
    ("Thursday's reading",
     "Thanks for reading for the part of Nora on Thursday. The director went with another candidate for the role; "
     "we'd love to see you at rehearsals as an understudy."),
    ("Leseprobe",
     "Danke, dass du für die Hauptrolle vorgelesen hast. Wir haben uns leider für eine andere Kandidatin entschieden."),
    ("Lezing voor de hoofdrol",
     "Bedankt voor het voorlezen voor de hoofdrol. Helaas hebben we voor een andere kandidaat gekozen."),
]

# --- legal and administrative applications -------------------------------------------------------------------------
ADMIN = [
    ("Board minutes: trademark",
     "Following legal advice, the board decided not to proceed with the trademark application for the club logo. "
     "We will revisit it next year."),
    ("Your patent application",
     "The examiner has refused your patent application on grounds of lack of inventive step. You may appeal within "
     "two months."),
    ("Planning application 24/0113",
     "The council has decided to refuse planning permission for the proposed extension. The reasons are set out in "
     "the attached notice."),
    ("Residence permit",
     "We regret to inform you that your application for a residence permit has been rejected."),
    ("Markenanmeldung",
     "Der Vorstand hat beschlossen, die Markenanmeldung nicht weiter zu verfolgen. Die Kosten stehen in keinem "
     "Verhältnis zum Nutzen."),
    ("Ihr Antrag auf Baugenehmigung",
     "Leider müssen wir Ihren Antrag auf Baugenehmigung ablehnen, da das Vorhaben dem Bebauungsplan widerspricht."),
    ("Dépôt de marque",
     "Le bureau a décidé de ne pas donner suite au dépôt de la marque auprès de l'INPI cette année."),
    ("Votre demande de titre de séjour",
     "Nous avons le regret de vous informer que votre demande de titre de séjour a été refusée."),
    ("Solicitud de marca",
     "La junta ha decidido no seguir adelante con la solicitud de registro de la marca."),
    ("Licencia de obras",
     "Lamentamos comunicarle que su solicitud de licencia de obras ha sido denegada."),
    ("Merkregistratie",
     "Het bestuur heeft besloten niet door te gaan met de aanvraag voor de merkregistratie."),
    ("Uw aanvraag omgevingsvergunning",
     "Helaas is uw aanvraag voor een omgevingsvergunning afgewezen."),
    ("Registo de marca",
     "A direção decidiu não avançar com o pedido de registo da marca."),
    ("Pedido de autorização de residência",
     "Lamentamos informar que o seu pedido de autorização de residência foi indeferido."),
]

# --- changelogs, trackers, dashboards, status pages, hiring freezes -----------------------------------------------
LISTS = [
    ("Release 4.2.0",
     "Changes in 4.2.0\n\n- Added: dark mode for the dashboard\n- Fixed: crash on empty config\n- Not selected: the "
     "proposed plugin API (see #311)\n- Rejected: YAML config support\n\nFull changelog on the website."),
    ("Weekly triage summary",
     "Triage for week 12\n\nIssue #88 login loop: accepted\nIssue #91 export to PDF: declined\nIssue #95 new theme: "
     "rejected, not a good fit for the project\n\nThanks to everyone who helped triage."),
    ("Hiring freeze update",
     "Team,\n\nas announced last month, the company-wide hiring freeze remains in place until Q3. Open positions "
     "that were not yet approved will not be filled, and we have decided not to proceed with new requisitions."),
    ("Recruiting dashboard: weekly digest",
     "Weekly recruiting digest\n\nOpen roles: 12\nApplications this week: 140\nStatus breakdown - Rejected: 37, "
     "Declined offers: 2, Not selected: 51, Hired: 3\n\nOpen the dashboard for details."),
    ("Status page: incident resolved",
     "Incident summary: payments API degraded.\nMitigation A - rejected\nMitigation B - applied\nAll systems "
     "operational since 14:05 UTC."),
    ("Einstellungsstopp",
     "Liebe Kolleginnen und Kollegen,\n\nder Einstellungsstopp gilt bis Ende des Jahres. Offene Stellen werden nicht "
     "nachbesetzt; neue Bewerbungen werden vorerst nicht bearbeitet."),
    ("Änderungsprotokoll 3.1",
     "Neu in 3.1:\n- Hinzugefügt: Exportfunktion\n- Abgelehnt: Unterstützung für Windows XP\n- Nicht ausgewählt: "
     "Vorschlag für neues Logo"),
    ("Gel des recrutements",
     "Bonjour à tous,\n\nle gel des recrutements est prolongé jusqu'en juin : les postes ouverts ne seront pas "
     "pourvus et les candidatures en cours sont suspendues."),
    ("Journal des modifications 2.0",
     "Version 2.0\n- Ajouté : export CSV\n- Refusé : prise en charge d'Internet Explorer\n- Non retenu : nouveau "
     "thème"),
    ("Congelación de contrataciones",
     "Hola equipo:\n\nla congelación de contrataciones sigue vigente; no se cubrirán las vacantes abiertas este "
     "trimestre."),
    ("Notas de la versión 5.0",
     "Novedades 5.0\n- Añadido: modo oscuro\n- Rechazado: soporte para Python 3.7\n- No seleccionado: nuevo logo"),
    ("Vacaturestop",
     "Beste collega's,\n\ner geldt tot de zomer een vacaturestop: openstaande vacatures worden niet ingevuld."),
    ("Wijzigingslog 1.4",
     "Versie 1.4\n- Toegevoegd: export naar Excel\n- Afgewezen: ondersteuning voor Windows 7\n- Niet geselecteerd: "
     "nieuw logo"),
    ("Congelamento de contratações",
     "Olá a todos,\n\no congelamento de contratações mantém-se até ao fim do ano: as vagas abertas não serão "
     "preenchidas."),
    ("Notas de versão 2.3",
     "Novidades 2.3\n- Adicionado: exportação CSV\n- Rejeitado: suporte para Windows XP\n- Não selecionado: novo "
     "logótipo"),
    ("Pipeline digest",
     "Backend Engineer pipeline this week\nApplied 40 · Screened 10 · Interviewed 6 · Not selected 25 · Offer 1\nView "
     "the requisition in the dashboard."),
    ("Résumé hebdomadaire",
     "Poste : Chargé de communication\nCandidatures reçues 50 - Non retenues 31 - Entretiens 5"),
    ("Resumen semanal",
     "Puesto: Analista\nCandidaturas 60 · Descartadas 40 · No seleccionadas 12 · Entrevistas 8"),
    ("Weekoverzicht",
     "Vacature: Planner\nReacties 45 · Afgewezen 30 · Niet geselecteerd 9 · Gesprekken 6"),
    ("Resumo semanal",
     "Vaga: Analista\nCandidaturas 70 · Não selecionadas 50 · Entrevistas 9"),
    ("Bewerberübersicht",
     "Stelle: Werkstudent Marketing\nEingegangen: 32 | Abgelehnt: 20 | Nicht ausgewählt: 6 | Im Gespräch: 4"),
    ("Suivi du gel des recrutements",
     "Suivi du gel des recrutements, semaine 14\n\nPoste de designer : gelé\nPoste de data engineer : annulé\n\n"
     "Nous avons décidé de ne pas donner suite à ces recrutements avant l'été."),
    ("Overzicht vacaturestop",
     "Overzicht vacaturestop, week 14\n\nFunctie designer: bevroren\nFunctie data engineer: geschrapt\n\nWe hebben "
     "besloten deze vacatures voorlopig niet in te vullen."),
    ("Seguimiento de la congelación",
     "Seguimiento de la congelación de contrataciones, semana 14\n\nPuesto de diseñador: congelado\nPuesto de "
     "analista: cancelado\n\nHemos decidido no seguir adelante con estos procesos de selección hasta el verano."),
    ("Acompanhamento do congelamento",
     "Acompanhamento do congelamento de contratações, semana 14\n\nVaga de designer: congelada\nVaga de analista: "
     "cancelada\n\nDecidimos não avançar com estes processos seletivos até ao verão."),
]

# --- the same kinds of mail as HTML, a list footer or a quoted reply --------------------------------------------------
SHAPES = [
    ("Re: [dev] plugin proposal",
     "> Would you consider the plugin for the main tree?\n\nI'm afraid it's not the right fit for core, but please "
     "publish it on the plugin index.\n\n--\nYou received this message because you are subscribed to the dev group."),
    ("Programme announcement",
     "Thank you to everyone who submitted a session. The committee has made its choices and sadly we could not accept "
     "your session this time.", True),
]

# --- the same classes where job words stand nearby (a CI job, a release candidate, a hire in the minutes) -----------
HARDER = [
    ("Re: [PATCH v2] retry CI jobs on timeout",
     "Hi Sam,\n\nthanks for the series. I ran it against the nightly jobs and it works, but I don't think this is the "
     "right fit for core: retries belong in the runner's configuration. Could you turn it into a plugin?\n\nRobin"),
    ("Re: feature proposal for 3.0 (release candidate)",
     "We went through the proposals for the release candidate yesterday. Your proposal for a plugin registry was "
     "not selected for 3.0; the maintainers want to keep the position of the core API stable."),
    ("Re: [PATCH] job queue: priority levels",
     "Hallo Sam,\n\nleider werden wir den Patch nicht übernehmen. Die Rolle der Warteschlange im Kern soll klein "
     "bleiben; die Maintainer sehen das eher als Erweiterung."),
    ("Re: [PATCH] file d'attente des jobs",
     "Merci Sam. Nous avons décidé de ne pas intégrer ce correctif : le rôle du planificateur de jobs dans le cœur "
     "doit rester minimal, selon les mainteneurs."),
    ("Re: [PATCH] cola de jobs",
     "Gracias Sam. Los mantenedores hemos decidido no incluir el parche; el papel del planificador de jobs debe ser "
     "mínimo en el núcleo del proyecto."),
    ("Re: [PATCH] job-wachtrij",
     "Bedankt Sam. De maintainers hebben besloten de patch niet op te nemen; de rol van de jobplanner in de kern moet "
     "klein blijven."),
    ("Re: [PATCH] fila de jobs",
     "Obrigado Sam. Os mantenedores decidiram não incluir o patch; o papel do agendador de jobs no núcleo deve "
     "continuar mínimo."),
    ("Casting call results",
     "Thank you for auditioning for the role of Nora in our community production. The director has decided to give "
     "the role to another actor. We hope to see you at the next open casting!"),
    ("Vorsprechen: Ergebnis",
     "Hallo Sam,\n\ndanke für dein Vorsprechen. Leider können wir dir die Rolle der Luise in unserer "
     "Laienproduktion nicht geben; wir haben uns für eine andere Bewerberin entschieden."),
    ("Résultat de l'audition",
     "Merci d'avoir passé l'audition pour la chorale. Malheureusement, ta candidature n'a pas été retenue pour le "
     "rôle de soliste cette année."),
    ("Resultado del casting",
     "Gracias por presentarte al casting. Lamentablemente hemos decidido dar el papel a otra candidata."),
    ("Uitslag auditie",
     "Dank voor je auditie bij ons koor. Helaas hebben we voor een andere kandidaat gekozen voor de solopartij."),
    ("Resultado do casting",
     "Obrigado por participares no casting. Infelizmente decidimos dar o papel a outra candidata."),
    ("Board minutes, March",
     "Minutes of the board meeting\n\n1. The board approved the hiring of a part-time bookkeeper.\n2. Following "
     "legal advice, the board decided not to proceed with the trademark application for the club logo."),
    ("Vorstandsprotokoll",
     "1. Der Vorstand stimmt der Einstellung einer Aushilfe zu.\n2. Der Vorstand hat beschlossen, die Markenanmeldung "
     "nicht weiter zu verfolgen."),
    ("Compte rendu du bureau",
     "1. Le bureau valide le recrutement d'un stagiaire.\n2. Le bureau a décidé de ne pas donner suite à la demande "
     "de brevet."),
    ("Acta de la junta",
     "1. La junta aprueba la contratación de un auxiliar.\n2. La junta ha decidido no seguir adelante con la "
     "solicitud de patente."),
    ("Notulen bestuur",
     "1. Het bestuur stemt in met het aannemen van een stagiair.\n2. Het bestuur heeft besloten niet door te gaan met "
     "de octrooiaanvraag."),
    ("Ata da direção",
     "1. A direção aprova a contratação de um estagiário.\n2. A direção decidiu não avançar com o pedido de patente."),
    ("Hiring freeze tracker",
     "Hiring freeze tracker, week 14\n\nSenior designer: frozen\nData engineer: frozen\nSupport lead: on hold\n\n"
     "We have decided not to proceed with any of these requisitions until the budget review."),
    ("Einstellungsstopp: Übersicht",
     "Übersicht Einstellungsstopp, KW 14\n\nWir haben beschlossen, die offenen Stellen vorerst nicht zu besetzen. "
     "Bewerbungen für diese Stellen werden nicht weiter bearbeitet."),
    ("Release notes 1.8",
     "What's new in 1.8\n\n- Added: job scheduler view\n- Fixed: position of the toolbar\n- Not selected: candidate "
     "feature 'auto-hire rules' (see roadmap)\n- Declined: the new role model proposal"),
    ("HR dashboard: weekly",
     "Candidates this week: 210\nInterviews: 34\nNot selected: 120\nRejected: 40\nHired: 4"),
]

# --- developer mail whose code words are job words (a CI job, a function, "an dieser Stelle", a release candidate) --
CODE_WORDS = [
    ("Re: [PATCH] cache CI job artifacts",
     "Hi Sam,\n\nthanks for the patch. I don't think this is the right fit for core: the job runner already caches "
     "artifacts. Would you publish it as a plugin instead?\n\n> On Mon, Sam Rivera wrote:\n> This saves two minutes "
     "per job."),
    ("Re: plugin loader for the release candidate",
     "The maintainers feel the loader is not a good fit for the library right now; the release candidate is frozen "
     "and we'd rather revisit it for 4.0.\n\n--\nproject-dev, hosted by the Example Foundation"),
    ("Re: [PATCH] Konfiguration neu laden",
     "Hallo Sam,\n\nwir haben uns entschieden, den Patch nicht aufzunehmen. An dieser Stelle im Code wollen die "
     "Maintainer keinen zweiten Pfad haben.\n\nGruß\nRobin"),
    ("Re: [PATCH] rôle du cache",
     "Bonjour Sam,\n\nnous ne retiendrons pas ta proposition pour cette version : le rôle du cache doit rester "
     "simple. Merci pour la contribution au projet !"),
    ("Re: [PATCH] versión candidata 2.0",
     "Hola Sam:\n\nhemos decidido no incluirlo en la versión candidata; los mantenedores preferimos esperar a la "
     "2.1. ¡Gracias por el parche!"),
    ("Re: [PATCH] functie parse_config",
     "Hoi Sam,\n\nwe gaan helaas niet verder met je voorstel om de functie parse_config te herschrijven: de "
     "maintainers willen de API stabiel houden. Bedankt voor de pull request!"),
    ("Re: [PATCH] função de exportação",
     "Olá Sam,\n\ninfelizmente não vamos avançar com a tua proposta para a função de exportação; os mantenedores "
     "preferem um plugin. Obrigado pelo pull request!"),
    ("Your pull request to the docs",
     "<p>Thanks for the pull request. We decided it isn't the right fit for the docs at this time, since the position "
     "of the tutorial in the navigation is being redesigned.</p><p>-- The docs team</p>", True),
]

# --- fresh rewordings in other shapes (HTML, a quoted reply, a list footer) ------------------------------------------
REWORDED = [
    ("Dein Merge Request !88",
     "Danke für den Merge Request. An dieser Stelle passt die Änderung leider nicht ins Projekt; wir haben uns "
     "entschieden, ihn nicht zu übernehmen.", True),
    ("Re: [RFC] nuevo formato de configuración",
     "> ¿Lo incluiríais en la 3.0?\n\nHola Sam: lo siento, hemos decidido no seguir adelante con tu propuesta; el "
     "papel del formato actual es central y los mantenedores no quieren un segundo candidato.\n\n--\nLista de "
     "desarrollo del proyecto"),
    ("Re: ton patch pour le module d'export",
     "Salut Sam,\n\nles mainteneurs ont décidé de ne pas retenir ton patch : le poste de build ne supporte pas la "
     "nouvelle dépendance.\n\n> Le 3 mars, Sam a écrit :\n> Voici la v2."),
    ("Youth orchestra seating",
     "We are sorry to let you know that after the seating auditions we have chosen other candidates for the "
     "first violins this season. You will play in the second violins instead.", True),
    ("U17-Kader",
     "Hallo Sam,\n\nleider hat es diesmal nicht für den U17-Kader gereicht. Der Trainer hat sich für andere "
     "Kandidaten entschieden. Bleib dran!"),
    ("Jeugdselectie",
     "Beste Sam,\n\nhelaas ben je niet gekozen voor de jeugdselectie onder-17. De trainer heeft voor andere "
     "kandidaten gekozen."),
    ("Selección sub-16",
     "Hola Sam:\n\nlamentablemente no has sido seleccionado para la selección sub-16; el entrenador ha elegido a "
     "otros jugadores."),
    ("Audition - Quartier Libre",
     "<p>Bonjour Sam,</p><p>merci pour ton audition. Le metteur en scène a choisi une autre candidate pour le rôle "
     "principal de la pièce.</p>", True),
    ("Visa decision",
     "Dear applicant,\n\nwe regret to inform you that your application for a residence permit has been "
     "rejected; the sponsor's documents were incomplete. The job offer you submitted does not change the decision."),
    ("Hiring freeze FAQ",
     "Q: What happens to open roles?\nA: Open roles will stay frozen. Hiring managers should not proceed with any of "
     "their candidates until the freeze is lifted."),
]

# --- staff news: a hiring decision told to colleagues, about the company and not the reader ------------------------
STAFF_NEWS = [
    ("Support lead hiring",
     "Hi team,\n\nquick update on the support lead role: we have decided not to move forward with the position "
     "until the new budget is approved. Thanks for all the interviews you did."),
    ("Teamleitung",
     "Liebe Kolleginnen und Kollegen,\n\nwir haben entschieden, die Stelle der Teamleitung vorerst nicht zu besetzen. "
     "Bis dahin übernimmt Frau Adler die Vertretung."),
    ("Chef de projet",
     "Bonjour à tous,\n\nnous avons décidé de ne pas donner suite au recrutement du poste de chef de projet pour "
     "l'instant. Merci à ceux qui ont participé aux entretiens."),
    ("Vacante de diseño",
     "Hola equipo:\n\nhemos decidido no seguir adelante con la vacante de diseñador hasta enero. Gracias a quienes "
     "participasteis en las entrevistas."),
    ("Vacature teamleider",
     "Beste collega's,\n\nwe hebben besloten de vacature voor teamleider voorlopig niet in te vullen. Bedankt voor "
     "jullie hulp bij de gesprekken."),
    ("Vaga de analista",
     "Olá equipa,\n\ndecidimos não avançar com a contratação para a vaga de analista este trimestre. Obrigado a "
     "quem participou nas entrevistas."),
]

# --- more amateur parts, code review and staff notices, as other writers put them --------------------------------
OTHER_WRITERS = [
    ("Re: band",
     "Hey Sam, thanks for jamming with us Saturday. We've decided to go with another candidate for the drummer "
     "spot in the band. No hard feelings!"),
    ("Gerrit review",
     "Change 4412 (scheduler: add job priorities) was abandoned by Robin.\nMessage: not the right fit for this "
     "component; unfortunately we decided not to proceed with it."),
    ("Package review",
     "Hello, your package was reviewed. We have decided not to move forward with its inclusion in the "
     "distribution; the position of the maintainers is that it duplicates libfoo."),
    ("Dance company",
     "Thanks for taking class with the company. We've decided to move forward with other candidates for the role "
     "in the autumn tour."),
    ("Trials",
     "Hi Sam, thanks for coming to the academy trials. The coaches have decided to go with other candidates for "
     "the under-16 team this year."),
    ("Tanzensemble",
     "Vielen Dank für deine Teilnahme am Training. Leider haben wir uns für andere Kandidatinnen für das "
     "Jugendensemble entschieden."),
    ("Troupe",
     "Merci d'être venue à l'atelier. Nous avons retenu d'autres candidats pour la troupe amateur cette saison."),
    ("Toneel",
     "Bedankt voor je komst naar de leesrepetitie. We hebben gekozen voor een andere kandidaat voor de rol van "
     "Anna."),
    ("Teatro",
     "Obrigado pela leitura. Decidimos escolher outra candidata para o papel de Inês na peça."),
    ("Hiring freeze",
     "Hi all, quick reminder that the hiring freeze is still on. Recruiters will not progress any candidates until "
     "April."),
]

NON_REJECTIONS = (OTHER_WRITERS + STAFF_NEWS + REWORDED + CODE_WORDS + HARDER + DEVELOPER + ROLES + ADMIN + LISTS
                  + SHAPES)

# --- real rejections that share their words ---------------------------------------------------------------------
REJECTIONS = [
    ("Your application: Backend Developer",
     "Dear Sam,\n\nthank you for applying for the Backend Developer position. After careful consideration we have "
     "decided not to move forward with your application. We wish you the best in your job search.\n\nKind regards,\n"
     "Dana Whitfield, Talent Team"),
    ("Your application",
     "Hi Sam,\n\nthanks for interviewing with us for the platform engineer role. We don't think this is the right fit "
     "at this time and have decided to proceed with other candidates.\n\nBest,\nDana"),
    ("Ihre Bewerbung als Schauspielerin",
     "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung um die Festanstellung im Ensemble. Leider müssen "
     "wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\n"
     "Staatstheater Personalabteilung"),
    ("Votre candidature - Développeur Python",
     "Bonjour,\n\nnous vous remercions pour votre candidature au poste de développeur Python. Malheureusement, nous "
     "ne pouvons pas y donner une suite favorable.\n\nCordialement,\nL'équipe recrutement"),
    ("Tu candidatura - Técnico de sonido",
     "Hola Sam:\n\ngracias por tu candidatura al puesto de técnico de sonido en el teatro. Lamentablemente hemos "
     "decidido seguir con otros candidatos.\n\nUn saludo,\nRecursos Humanos"),
    ("Je sollicitatie",
     "Beste Sam,\n\nbedankt voor je sollicitatie voor de functie van ontwikkelaar. Helaas hebben we besloten niet "
     "verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\nHR"),
    ("A sua candidatura",
     "Olá Sam,\n\nobrigado pela sua candidatura à vaga de programador. Infelizmente decidimos não avançar com a sua "
     "candidatura.\n\nCumprimentos,\nRecursos Humanos"),
    ("Your application - Legal Assistant (Trademarks)",
     "Dear Sam,\n\nthank you for your application for the Legal Assistant position in our trademark team. "
     "Unfortunately we have decided not to proceed with your application.\n\nBest regards,\nHR"),
    ("Your application - Senior Backend Engineer",
     "Hi Sam,\n\nthank you for the time you spent on the take-home pull request. After reviewing it with the team, we "
     "have decided not to move forward with your application.\n\nBest,\nDana"),
    ("Your application - Data Analyst",
     "Dear Sam,\n\ndue to a hiring freeze, the Data Analyst position you applied for will not be filled this year, "
     "and we are unable to continue with your application.\n\nKind regards,\nDana"),
    ("Casting Assistant",
     "Dear Sam,\n\nthank you for applying for the Casting Assistant position at our studio. Unfortunately we have "
     "decided to proceed with other candidates.\n\nBest regards,\nDana"),
    ("Ihre Bewerbung: Tutti-Violine",
     "Sehr geehrte Frau Rivera,\n\nvielen Dank für Ihre Bewerbung um die Stelle als Tutti-Violine im Orchester. "
     "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nMit "
     "freundlichen Grüßen\nOrchesterbüro"),
    ("Sua candidatura - Product Designer",
     "Olá Sam,\n\nobrigado pela sua candidatura à vaga de Product Designer. Decidimos avançar com outra pessoa, com "
     "mais experiência em pesquisa, que é a maior necessidade do squad agora.\n\nAbraço,\nRecrutamento"),
    ("Your application - Patent Attorney",
     "Dear Sam,\n\nthank you for your application for the Patent Attorney position. Unfortunately we will not be "
     "taking your application further.\n\nKind regards,\nDana"),
    ("Je sollicitatie",
     "Beste Sam,\n\nbedankt voor je sollicitatie als juridisch medewerker bij het Octrooicentrum. Helaas gaan we niet "
     "verder met je sollicitatie.\n\nMet vriendelijke groet,\nHR"),
    ("Application status update",
     "Dear Sam,\n\nthe status of your application has been updated.\n\nRole: Data Analyst\nStatus: Not selected "
     "(12 March 2025)\n\nUnfortunately we will not be moving forward with your application. Thank you for your "
     "interest in Acme.\n\nAcme Talent Team"),
    # an orchestra's or a choir's office job: the stage word is the employer's, the title says it is a job
    ("Your application",
     "Dear Sam,\n\nthank you for applying for the Marketing Officer role at the Northvale Youth Orchestra. "
     "Unfortunately we have decided not to progress your application.\n\nBest wishes,\nAnna Kerr"),
    ("Ihre Bewerbung",
     "Liebe Frau Rivera,\n\nvielen Dank für Ihre Bewerbung als Referentin Kommunikation beim Landesjugendchor. "
     "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nViele Grüße\n"
     "Jonas Berg"),
    ("Uw sollicitatie",
     "Beste Sam,\n\nhartelijk dank voor je interesse in de rol van administrateur bij het orkest. Helaas hebben "
     "we gekozen voor een andere kandidaat.\n\nGroet,\nEline"),
]


@pytest.mark.parametrize("case", NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_ordinary_look_alike_is_no_rejection(case: tuple) -> None:
    subject, body, *rest = case
    assert not found(build(subject, body, html=bool(rest and rest[0])))


@pytest.mark.parametrize("case", REJECTIONS, ids=ids(REJECTIONS))
def test_rejection_sharing_their_words_still_found(case: tuple) -> None:
    subject, body = case
    assert found(build(subject, body, sender="Dana Whitfield <jobs@acme.example>"))


def test_a_rejection_from_a_person_named_gerrit_is_no_code_review_notice() -> None:
    """Gerrit is a Dutch first name before it is a code-review tool: the sender check must not read "gerrit@"."""
    assert found(build("Je sollicitatie", "Beste Sam,\n\nbedankt voor je sollicitatie als planner. Helaas hebben we "
                       "besloten niet verder te gaan met je sollicitatie.\n\nGroet,\nGerrit",
                       sender="Gerrit de Vries <gerrit@bouwbedrijf-devries.example>"))
