"""Shared phrase families over folded text: job context, regret wording, look-alikes, trackers.

The decisions themselves (the sentences that say an application will not go ahead) are per language, in
``nextround.detect.languages``; everything here holds across languages.
"""

from __future__ import annotations

import re

from nextround.detect import languages as L
from nextround.detect.patterns import Family, fam, speed
from nextround.detect.regex_parts import compile_big
from nextround.detect.text import fold

# --- context: is this about a job application of the reader? ---------------------------------------------

# Job words that new authors used beyond the usual nouns: trial days, apprenticeships, traineeships, small jobs.
_WORK_TRIALS = (r"trainee|traineeship|traineeprogramm\w*|apprenticeships?|trial (?:shift|day)|journee d'essai|jornada de prueba|"
                r"dia de experiencia|meeloopdag|proefles|probearbeit\w*|minijob|(?:bij|zaterdag|vakantie|zomer)?baan|plek als|"
                r"selectieronde|processus de dotation|emplois?|empleos?|empregos?|alternance|"
                r"internships?|placements?|training contract|(?:pre-)?employment|(?:next|final) (?:stage|round)|assessment centre|"
                r"apprenti|bolsa de empleo|concours|plek|recrutar|"
                # colloquial words for a job ("lo del curro", "der Nebenjob") and hiring said with a verb ("leider
                # können wir Sie nicht einstellen"): the reader its object, not "die Helligkeit können Sie einstellen"
                r"curro|nebenjob\w*|ferienjob\w*|studentenjob\w*|aushilfsjob\w*|bijbaantje|vakantiewerk|trampo|"
                r"wir (?:sie|dich|euch) (?:\w+ ){0,2}einstellen|(?:sie|dich) (?:\w+ ){0,2}einzustellen")


JOB = compile_big(speed(
    r"\b(?:application|candidacy|candidate|applicants?|position|role|vacancy|job|interview|recruit\w*|hiring|"
    r"cv|resume|talent|bewerbung\w*|stelle\w*|kandidat\w*|vorstellungsgesprach|personal\w*|recruiting|"
    r"candidature|candidat\w*|kandida\w*|positie|poste|entretien|recrutement|postulacion|puesto|vacante|entrevistas?|seleccion|"
    r"curriculum|sollicitatie\w*|functie|vacature\w*|kandidatuur|sollicitant|werving|vaga|cargo|recrutamento|"
    r"curriculo|processo seletivo|posicao|solliciteer\w*|rol|aanvraag|plazas?|entrevistas|selecao|funcao|proceso selectivo|"
    r"en practicas|"
    r"careers?|employers?|hired|hire|"  # "career" alone is the reader's (a tips column), "careers" a company's
    + _WORK_TRIALS + L.JOB_WORDS + r")\b"))

# Second-person references to the reader's application (strengthen; help tell relays apart).
YOUR_APPLICATION = compile_big(speed(
    r"\b(?:your (?:application|candidacy|candidature|cv|resume|interview)|applying|you applied|"
    r"ihre (?:bewerbung|unterlagen|kandidatur)|deine bewerbung|votre candidature|ta candidature|"
    r"tu (?:candidatura|postulacion|solicitud|perfil)|su (?:candidatura|postulacion)|"
    r"je sollicitatie|jouw sollicitatie|uw (?:sollicitatie|kandidatuur)|je aanvraag|"
    r"(?:sua|tua) candidatura|(?:seu|teu) (?:curriculo|cv|perfil)|your (?:[\w-]+ ){1,3}(?:application|candidacy)|"
    # thanks for applying / your interest / your profile, the ways a letter turns to the reader's candidacy
    r"your (?:profile|interest|background|experience)|thank you for applying|applied (?:for|to)|"
    r"ihr(?:em|e)? (?:interesse|profil)|sie beworben|(?:ihrer|deiner) (?:bewerbung|kandidatur)|"
    r"votre (?:profil|interet|dossier)|vous (?:avez|aviez) postule|tu (?:as|avais) postule|"
    r"presentarte|postularte|postulaste|te postulaste|tu (?:interes|experiencia)|su interes|"
    r"je (?:reactie|interesse|profiel|cv)|jouw (?:profiel|cv)|uw (?:reactie|interesse|profiel|belangstelling)|gesolliciteerd|"
    r"(?:seu|teu) interesse|(?:se|te) candidatar|candidataste|(?:sua|tua) inscricao" + L.YOURS_WORDS + r")\b"))

SOFT = [
    fam("regret wording", 0.6,
        r"\bunfortunately\b|\bregret\b|\bsorry\b|\bnot the news\b|\bdifficult decision\b|\bleider\b|\bbedauern\b|"
        r"\bmalheureusement\b|\bregret\b|\bdesole\b|\blamenta\w*\b|\bdesafortunadamente\b|\bsentimos\b|"
        r"\bhelaas\b|\bjammer\b|\binfelizmente\b|\blamento\b"),
    fam("keep your CV / future openings", 0.5,
        r"\bon file\b|\bfuture (?:opportunit|opening|role|vacanc|position)\w*|\bapply again\b|\bjob search\b|"
        r"\btalentpool\b|\bkunftig\w*|\bweiteren (?:weg|berufsweg|zukunft)|\bberufliche zukunft|"
        r"\bvivier\b|\bvos recherches\b|\bprochaines? (?:offres|opportunites)|"
        r"\bfuturos? (?:procesos|oportunidades|vacantes)|\bbase de datos\b|\bbusqueda\b|"
        r"\btoekomstige\b|\bin ons bestand\b|\bzoektocht\b|\bsucces\b|"
        r"\bfuturas? oportunidades|\bguardar (?:o|o seu|o teu) (?:cv|curriculo)|\bsucesso\b"),
]

# --- look-alikes -----------------------------------------------------------------------------------------

NOT_A_JOB = fam("about something other than a job (paper, talk, grant, loan, flat, order, admission, list)", -5.0,
    # papers, talks, grants
    r"\b(?:manuscript|journal|reviewers?'? comments|for publication|peer review|your (?:paper|talk|proposal|submission to)|"
    r"program(?:me)? committee|call for (?:papers|proposals)|cfp|manuskript|zeitschrift|gutachten|veroffentlichung|"
    r"manuscrit|article n'a|revue (?!attentive|approfondie|minutieuse|detaillee|de (?:votre|ton|ta) )|comite de (?:redaction|programme)|publicacion(?! (?:en|de) (?:el|la|los|las) (?:boletin|b\.?o\.?[a-z]?\b|diario oficial|tablon|sede|pagina|web|lista|listado|relacion|resolucion|convocatoria|bases))|manuscrito|revista|propuesta de charla|"
    # a talk proposed or given ("tu charla", "charla en el congreso"), not a chat after an interview ("la charla del jueves")
    r"ponencia|(?:tu|su|vuestra) charla|charla (?:en|para|sobre) (?:el|la|un|una|nuestr[oa]) (?:congreso|jornada|evento|"
    r"meetup|conferencia|encuentro|programa)|talkvoorstel|tijdschrift|redactie|manuscript|artigo(?! \d)|publicacao|palestra|colloque|congres|congreso|"
    r"congresso|symposium|workshop paper|conference (?:talk|paper|submission)|call for speakers|proposition d'intervention|"
    r"(?:your|votre|tu|su|sua|je|ihr) (?:abstract|resume de communication|resumen|resumo|beitrag)|sprekers?)\b",
    r"\b(?:grant (?:application|proposal|round|funding)|(?:the|a|your|this) grant|grants officer|(?:projects?|research|"
    r"community|travel|hardship|relief) fund|fund application|funding|fellowship|scholarship|(?:promotions|forschungs|"
    r"reise|doktoranden|graduierten)?stipendi\w*|forderung|foerderung|subvention|bourse|financiacion|subvencion|beca|"
    r"ayudas? a la|convocatoria de (?:ayudas|subvenciones|becas|proyectos)|subsidie\w*|financiamento|bolsa de(?! empleo| trabajo| emprego| trabalho| talento)|concurso de projetos|"
    # a place applied for in a mentoring or an accelerator programme (round 20), not a mentor's paid role nor the
    # programme named as company news ("lançámos um programa de mentoria interno")
    r"(?:application|applying|applied|candidature|candidatura|bewerbung|aanmelding|inscription|inscricao|inscripcion|"
    r"solicitud)\b[^.!?;]{0,25}?\b(?:mentor(?:ship|ing)[- ]?(?:programmes?|programs?|programm\w*|schemes?|cohort)|"
    r"mentoringprogramm\w*|(?:programa|programme|program|programm) (?:de |fur |for )?(?:mentoria|mentoring|mentorat|"
    r"mentorship|aceleracao|aceleracion|acceleration|incubacao|incubacion)|"
    # a course's or an exchange's or an artist's place ("Bewerbung für das Coding-Bootcamp", "programme d'échange")
    r"[\w-]*bootcamp|(?:artist|writers?'?|writing|artistic)[- ]residency|residencia artistica|residence d'artiste|"
    r"kunstlerresidenz|exchange program(?:me)?|programme d'echange|austauschprogramm|programa de intercambio|"
    r"uitwisselingsprogramma|erasmus))\b",
    # money, homes, shopping
    r"\b(?:loan|credit card|tarjeta de credito|carte de credit|kreditkarte|creditcard|cartao de credito|ratenzahlung|credit reference|credit check|mortgage|overdraft|kreditantrag|ratenkredit|darlehen|"
    r"pret (?:personnel|immobilier)|demande de pret|prestamo|hipoteca|lening|hypotheek|emprestimo|credito pessoal|"
    # Dutch compounds of the request itself (not "hypotheekadviseur", a job title)
    r"(?:hypotheek|krediet|lening)aanvra(?:ag|gen)|persoonlijke lening|doorlopend krediet|werkgeversverklaring\w*|"
    # an insurance applied for (not an insurer as the employer: "Centraal Beheer Verzekeringen")
    r"verzekeringsaanvra(?:ag|gen)|aanvraag voor (?:een|de|je|uw) [a-z]*verzekering|"
    # a study grant, a stand at a job fair (not the fair named in passing: the request for it)
    r"studiebeurs\w*|beursaanvra(?:ag|gen)|aanvraag voor (?:de|een|je|uw) (?:studie)?beurs|(?:aanvraag|aanmelding|inschrijving) "
    r"(?:\w+ )?voor (?:de|het|een) (?:jobbeurs|banenmarkt|carrierebeurs|vacaturebeurs|banenbeurs))\b",
    r"\b(?:landlord|tenancy|apartment|flat \d|"
    # the flat itself, not a job in property ("the property manager role", "this property lawyer post")
    r"(?:the|this|that) property(?! (?:management|\w+(?:er|or|ant|ist|yst))\b)|lettings|viewing|wohnung|"
    r"mietinteress\w*|vermieter\w*|"
    r"eigentumer|appartement|proprietaire|dossier de location|logement|piso|alquiler|inmobiliaria|propietario|"
    r"woning|verhuurder|huurwoning|makelaar\w*|bezichtiging|apartamento|senhorio|imobiliaria|arrendamento)\b",
    r"\b(?:library card|membership|visa application|your visa|creche|garderie|guarderia|kinderopvang|kita|kindergarten|"
    r"nursery place|a place (?:at|in) (?:[\w'-]+ ){0,3}nursery|"
    # (not a family's day around school: "school pick-ups", "the school run", "school holidays" in a nanny's job)
    r"(?:basis)?school(?! of)(?! ?(?:pick|drop)[- ]?(?:ups?|offs?)| runs?\b| holidays?\b| hours\b)|"
    r"schule|ecole|escuela|colegio|escola|"
    # an allotment, and an election a candidate stood for ("bedankt dat je je verkiesbaar stelde"; not "Medewerker
    # Verkiezingen", a council job)
    r"volkstuin\w*|verkiesbaar|(?:stood|standing|stand) for election|"
    # an unpaid office in a club or a society's board ("de vacature voor penningmeester in het bestuur")
    r"in het bestuur|bestuursfunctie|bestuurslid|bestuursvacature|on the committee|committee (?:post|position|role)|"
    r"board of trustees|"
    r"insurance (?:policy|claim|cover)|your insurance application|(?:life|car|health|home|travel) "
    r"insurance|passport|parking permit|parkeervergunning|parkausweis|"
    r"tenancy|mitgliedschaft|adhesion|afiliacion|lidmaatschap|associacao|"
    # a legal or administrative application: a trademark, a patent, a building or residence permit (not a work permit,
    # which a job's refusal names: "we cannot sponsor a work permit")
    r"trademark (?:application|registration|filing)|patent (?:application|filing)|planning (?:application|permission)|"
    r"(?:building|residence|construction) permit|naturali[sz]ation|citizenship application|markenanmeldung|"
    r"patentanmeldung|baugenehmigung|bauantrag|aufenthalts(?:titel|erlaubnis)|einburgerung\w*|depot de (?:la )?marque|"
    r"(?:demande|depot) de brevet|permis de construire|titre de sejour|(?:registro|solicitud) de (?:la )?marca|"
    r"solicitud de patente|licencia de obras|(?:permiso|autorizacion) de residencia|merkregistratie|merkaanvraag|"
    r"octrooi\w*|omgevingsvergunning|bouwvergunning|verblijfsvergunning|registo de marca|pedido de (?:registo de marca|"
    r"patente)|licenca de (?:obras|construcao)|(?:autorizacao|titulo) de residencia|"
    r"your order|order #|bestellung|votre commande|(?:tu|su|del|el) pedido|je bestelling|uw bestelling|refund|"
    # (Argentine "devolución" is also feedback: "la devolución sobre vos fue muy buena", "te paso la devolución del cliente")
    # (not the travel costs of an interview refunded: "le remboursement de vos frais de déplacement")
    r"remboursement(?! de (?:vos|tes|ses|mes) frais)|reembolso(?! de (?:sus|tus) gastos)|(?<!darte una )(?<!darle una )(?<!darte la )(?<!darte mi )(?<!te doy una )(?<!te damos una )"
    r"devolucion(?! (?:sobre|acerca|respecto)\b| (?:de (?:la|tu|su) (?:entrevista|candidatura|"
    r"postulacion|evaluacion|prueba|perfil|desempeno)|del (?:cliente|proceso|equipo|gerente|entrevistador|jefe|director|area|"
    r"comite|responsable|psicotecnico|referente)|de (?:la empresa|nuestro cliente|los entrevistadores))\b| (?:(?:fue|es|ha sido|"
    r"era) )?(?:muy |super |bastante |re )?(?:buena|positiva|excelente|favorable|constructiva|detallada)\b)|"
    r"retourverzoek|terugbetaling|ruckerstattung|reklamation|(?:sua|tua) encomenda)\b",
    # school admission, venues and mailing lists
    # (not a selection's own stage: "épreuves d'admission" of a public competition)
    r"\b(?:(?<!epreuves d')(?<!epreuve d')admission|admissions (?:committee|office)|a place on (?:the|our) (?:programme|program|course)|"
    # "Zulassung" to a course, not the approval of a product ("Zulassung von Medizinprodukten", "unseres Systems")
    r"zulassung(?! (?:von|des|der|unsere[rsmn]?|eines|einer|neuer|neuen) )|studienplatz|admisi\w+|master en|"
    # (not a selection's "toelatingsvoorwaarden", the diploma a public post asks for)
    r"toelating(?!svoorwaarde)\w*|"
    # "admitido" to a school, not to a stage of a selection ("não foi admitida à prova", "no admitido en el proceso")
    r"admitid[oa](?! (?:a|ao|en|no|na|al|para) (?:el |la |o |a )?(?:prova|pruebas?|proceso|processo|concurso|fase|"
    r"oposicion|procedimento|selec\w*|entrevista))|mestrado|seriacao|inscription (?:en|au|a) (?:master|licence|doctorat)|demande d'inscription|"
    r"candidature (?:au|en) (?:master|licence|doctorat|bachelor)|commission pedagogique|service des admissions|"
    r"master'?s (?:programme|program|degree|course)|masterstudiengang|masteropleiding|maestria)\b",
    # events and tickets
    r"\b(?:fully booked|sold out|tickets?|waiting list|waitlist|ausgebucht|complet|entradas|uitverkocht|ingressos)\b",
    # an application to a prize draw ("your application for the iPhone giveaway has been declined", a phishing mail's
    # bait), not a draw named elsewhere (an employer's footer: "win a voucher in our summer giveaway")
    r"\b(?:application|entry|bewerbung|teilnahme|anmeldung|candidature|participation|inscription|solicitud|"
    r"participacion|inscripcion|aanmelding|deelname|inschrijving|candidatura|participacao|inscricao)\b[^.!?\n]{0,30}"
    r"\b(?:giveaway|sweepstakes?|raffle|prize draw|gewinnspiel\w*|verlosung|tirage au sort|jeu concours|sorteo|"
    r"sorteio|winactie|prijsvraag)\b",
    # a prize or an award decided (round 21: "le jury a désigné un autre candidat comme lauréat", "the committee
    # recommended another candidate for the thesis prize"), not an award-winning employer
    r"\b(?:for|pour|para|fur|voor) (?:the|this|our|le|ce|notre|el|este|nuestro|o|den|diesen|unseren|de|deze|onze) "
    r"(?:\w+ )?(?:prize|award|prix|premio|preis|prijs|trophy|trophee|trofeo|trofeu)\b|"
    r"\b(?:as|comme|como|als) (?:the |o |a |el |la |de )?(?:winner|laureate?|laureat|ganador|ganadora|vencedor|vencedora|"
    r"gewinner\w*|preistrager\w*|winnaar|laureaat)\b")

# A verdict as a field's label ("Not selected", "Non retenues", "Descartadas") and the months a date may name after one.
_VERDICT_FIELD = (r"(?:not selected|rejected|declined|unsuccessful|abgelehnt|abgesagt|nicht ausgewahlt|refusee?s?|"
                  r"non retenue?s?|rechazad[oa]s?|descartad[oa]s?|no seleccionad[oa]s?|afgewezen|niet geselecteerd|"
                  r"rejeitad[oa]s?|nao selecionad[oa]s?|recusad[oa]s?)")
# Substrings one of which every ``_VERDICT_FIELD`` match holds: the family's second pattern begins with a digit, so
# the anchor scan cannot rule it out and it would otherwise search every job mail in full (~6% of classify time).
_VERDICT_FIELD_NEED = ("not selected", "rejected", "declined", "unsuccessful", "abgelehnt", "abgesagt",
                       "nicht ausgewahlt", "refuse", "non retenu", "rechazad", "descartad", "no seleccionad",
                       "afgewezen", "niet geselecteerd", "rejeitad", "nao selecionad", "recusad")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|maerz|marz|mai|okt|dez|janv|fevr?|avr|juin|juil|aout|"
          r"ene|abr|ago|dic|mei|maart|fev|set|out|dez)\w* \d")

# Where a refused application is kept for later ("your application remains active in our talent pool", "votre
# candidature reste active dans notre vivier", "je sollicitatie blijft actief in onze talentpool"): a CV on file after a
# no, not a candidacy going on (unless the pool is for another named post: "in our talent pool for the Senior role").
# Read after a "still active" phrase.
_ON_FILE = (r"(?![^.!?;]{0,40}\b(?:talent ?pool|talentpool|(?:candidate|applicant|talent) (?:pool|database)|database|"
            r"bewerberpool|datenbank|vivier|cvtheque|base de (?:datos|dados|donnees|candidats)|banco de (?:talentos|dados)|"
            r"bolsa de (?:talentos?|candidatos|empleo|emprego)|bestand|databank|future (?:roles|openings|vacancies|"
            r"opportunities|positions)|futur[oa]s? (?:procesos|processos|oportunidades|vacantes|vagas)|futurs? postes|"
            r"toekomstige vacatures|kunftige stellen)\b(?! (?:for|fur|pour|para|voor) (?:the|our|die|den|le|la|el|de|het|o|a) ))")

LOOKALIKES = [
    fam("look-alike: interview or assessment invitation", -3.0,
        # (not to browse the openings, sign up for alerts or join a talent community: "we invite you to continue exploring
        # opportunities", said under a no)
        r"\b(?:like|love|happy|pleased|want) to (?:invite|schedule|set up|arrange|book)\b(?! you to (?:continue |keep )?"
        r"(?:explor|brows|visit|check|look|search|review|apply|join|sign up|set up|subscribe|follow|stay))|"
        r"\binvite you (?:to|for)\b(?! (?:continue |keep )?(?:explor|brows|visit|check|look|search|review|apply|join|sign up|"
        r"set up|subscribe|follow|stay))|"
        r"\binvitation (?:to|for) (?:an? )?(?:interview|call|assessment)|\bplease (?:book|choose|pick|select) a (?:time|slot)|"
        r"\btake-home (?:assignment|exercise|task|challenge|test)\b|\bnext step (?:is|will be)\b|\bcould you (?:share|send|let me know) your availability|"
        r"\beinladen\b|\beinladung\b|\bnachste[nr]? runde\b|\bnaechste[nr]? runde\b|"
        r"\bsouhaiterions vous rencontrer|\bprochaine etape\b|\bvous proposer un entretien|"
        r"\bnos gustaria conocerte|\bsiguiente fase\b|\bte propondre fechas|"
        r"\bleren kennen\b|\buitnodiging\b|\bvolgende (?:ronde|stap)\b|"
        r"\bgostariamos de (?:te |o |a )?(?:conhecer|convidar)|\bproxima etapa\b"),
    fam("look-alike: offer", -4.0,
        r"\b(?:pleased|delighted|thrilled|happy|excited) to (?:offer|extend)|\boffer letter\b|\boffer of employment|"
        r"\b(?<!kein )vertragsangebot\b|\bvertragsentwurf\b|\banbieten zu konnen|\bproposition d'embauche|\bpromesse d'embauche|"
        r"\b(?:plaisir|heureux|heureuse|ravie?s?) de vous proposer le poste|\bcarta de oferta|"
        r"\b(?:alegra|complace|gusta|encanta|satisfaccion|placer) (?:de )?ofrecerte el puesto|\bbieden we je\b|\bhet aanbod\b|"
        r"\bcarta-proposta|\bproposta de trabalho"),
    fam("look-alike: application received", -1.5,
        r"\b(?:we(?:'ve| have)|has been|have been) received\b|\breceived your application|\bunterlagen sind bei uns eingegangen|"
        r"\beingangsbestatigung|\bbien recu votre candidature|\bbien ete enregistree|\bhemos recibido tu|"
        r"\bwe hebben je sollicitatie ontvangen|\btu candidatura se ha enviado|\bhas enviado tu candidatura|\brecebemos (?:a )?(?:sua|tua) candidatura"),
    fam("look-alike: job alert or recommendations", -2.0,
        # (not the invitation under a no to "set up job alerts")
        r"(?<!set up )(?<!sign up for )(?<!create )(?<!subscribe to )\bjob alert|\bjobs? (?:you may|you might) (?:like|be interested)|\bnew jobs? (?:matching|for you|in your)|"
        r"\bjob-agent|\bneue (?:jobs|stellen)\b|\balerte\b|\bnouvelles offres|\bnuevas ofertas|\btu alerta\b|"
        r"\b[0-9]+ nieuwe vacatures\b|\bpassen bij je zoekopdracht\b|\bnovas vagas\b"),
    # "our newsletter" is named by letters too ("stay in touch through our newsletter", "über unseren Newsletter"):
    # a channel offered, not the mail being one
    fam("look-alike: newsletter or article", -6.0,
        r"\b(?<!our )(?<!unseren )(?<!unserem )(?<!unseres )(?<!notre )(?<!nuestro )(?<!nosso )(?<!onze )newsletter\b|\bin this issue\b|\bthis week'?s (?:guide|issue|edition)|\byou(?: are|'re) (?:receiving|getting) this because you (?:subscribed|signed up|have an? [\w ]{1,20}account)|"
        r"\bread (?:the full issue|more):|\b(?<!nuestro )boletin\b(?! oficial)|\b(?<!onze )nieuwsbrief\b|\b(?<!nosso )boletim\b(?! oficial)|"
        r"\bin dieser ausgabe\b|\bnewsletter abbestellen|"
        r"\bau sommaire\b|\b(?<!notre )lettre d'information\b|\ben este boletin\b|\bin deze nieuwsbrief\b|\bneste boletim\b"),
    fam("look-alike: recruiter outreach", -2.5,
        r"\bcame across your profile|\bopen to new opportunities|\bauf ihr profil gestossen|\bvotre profil a retenu|"
        r"\bkwam je profiel tegen|\bencontre tu perfil|\bencontrei o seu perfil"),
    fam("look-alike: withdrawal by the candidate", -4.0,
        r"\b(?:i|i'd|i would) (?:like to |have to |must |am writing to )?withdraw\b|\bwithdraw my (?:application|candidacy)|"
        r"\bwithdrawn your application|\bas (?:you )?requested\b|\bziehe ich meine bewerbung|\bbewerbung wie gewunscht zuruckgezogen|"
        r"\bretirer ma candidature|(?<!suite )(?<!favorable )(?<!favorablement )(?<!positive )(?<!repondre )(?<!reponse )\ba votre demande\b(?! d'emploi| de (?:poste|stage|candidature|recrutement))|\bretirar mi candidatura|\bretiras tu candidatura|"
        r"\bmijn sollicitatie\b[^.!?;]{0,40}\bintrek|\bje sollicitatie\b[^.!?;]{0,40}\bintrekt|"
        r"\bretir\w* (?:a )?(?:minha|sua|tua|mi|tu|su) candidatura|\bwithdr\w* my (?:application|candidacy)|"
        # (not an ATS footer's offer: "To withdraw your application, visit your candidate portal", "you can withdraw
        # your application at any time", "Want to withdraw your application?"; still "your request to withdraw your
        # application", "you have decided to withdraw your application")
        r"\b(?<!\nto )(?<!^to )(?<!\. to )(?<!can )(?<!may )(?<!how to )(?<!here to )(?<!wish to )(?<!want to )"
        r"(?<!like to )(?!withdraw your (?:application|candidacy),)withdr\w* your (?:application|candidacy)|"
        r"\b(?:de|het|je|jouw|uw|mijn) sollicitatie\b[^.!?;]{0,40}\bingetrokken|\bbewerbung\b[^.!?;]{0,40}\bzuruckgezogen|"
        r"\bdesisti\w*|\bdesistencia\b"),
    fam("look-alike: a rescheduled interview", -2.5,
        r"\breschedule\b|\bmove it to\b|\bverschieben\b|\breporter l'entretien|\breprogramar\b|\bverzetten\b|\breagendar\b"),
    fam("look-alike: notice about someone else's candidacy", -4.0,
        r"\b(?:you referred|your referral|referral program|doorverwijzing|aangedragen|tu referido|recomendar a|sigue refiriendo|"
        r"programa de referidos|(?:sua|tua) indicacao|programa de indicac\w+|(?:voce|tu) indicou|indicaste|parrainage|cooptation|mitarbeiterempfehlung|met haar sollicitatie|met zijn sollicitatie|"
        r"scorecard|hiring manager for the requisition|candidate .{0,40} (?:was|has been) (?:rejected|archived|moved))\b",
        # an ATS's notice to the hiring team about a named candidate ("der Kandidat Max Weber wurde abgelehnt", "la
        # candidate Léa Martin a été refusée", "el candidato Luis Pérez ha sido descartado")
        r"\b(?:(?:der|die) (?:kandidat|kandidatin|bewerber|bewerberin) [a-z]+ [a-z]+ (?:wurde|ist) (?:\w+ ){0,6}"
        r"(?:abgelehnt|abgesagt|archiviert|verschoben)|(?:le candidat|la candidate) [a-z]+ [a-z]+ a ete (?:refusee?|rejetee?|"
        r"archivee?|deplacee?|ecartee?)|(?:el candidato|la candidata) [a-z]+ [a-z]+ (?:ha sido|fue) (?:descartad|rechazad|"
        r"archivad|movid)[oa]|(?:o candidato|a candidata) [a-z]+ [a-z]+ foi (?:rejeitad|recusad|arquivad|movid|excluid)[oa])\b"),
    fam("look-alike: the sender tells of their own rejection", -4.0,
        r"\b(?:i|we) (?:didn't|did not|just didn't|never) (?:get|got|land) (?:the|that|this) (?:job|role|position|offer)|"
        r"\b(?:rejected|turned) me\b|"
        r"\bi(?:'ve| have)? (?:got|been|was) (?:rejected|turned down)|\bich habe (?:eine absage|die stelle nicht)|"
        r"\b(?:i|we) (?:didn't|did not|never) (?:get|land) (?:the|that|this) (?:[\w-]+ ){0,4}(?:job|role|position|offer)\b|"
        r"\bich hab(?:e)? die stelle\b[^.!?;]{0,30}\bnicht bekommen|\bno me (?:cogieron|eligieron|seleccionaron|contrataron)\b|"
        r"\bmeine bewerbung\b[^.!?;]{0,40}\babgelehnt|\bje n'ai pas eu le poste|"
        r"\bma candidature\b[^.!?;]{0,40}\b(?:pas ete retenue|refusee)|"
        r"\bmi candidatura\b[^.!?;]{0,40}\b(?:no salio|rechazad|descartad)|"
        r"\bmijn sollicitatie\b[^.!?;]{0,40}\bafgewezen|"
        r"\bminha candidatura\b[^.!?;]{0,40}\b(?:recusad|rejeitad|reprovad)|"
        r"\bj'ai (?:eu|recu) une (?:reponse negative|refus)|\bme (?:han|ha) rechazado|"
        r"\bno me (?:han )?(?:cogido|elegido|seleccionado)|\bik ben (?:afgewezen|niet aangenomen)|"
        r"\bfui (?:rejeitad|recusad|reprovad)|\bnao passei|\bheard back from (?:the|my) (?:[\w-]+ ){0,2}job\b|"
        r"\b(?:net|zojuist|vandaag) (?:een )?mail (?:gehad|gekregen)\b|\bjust (?:got|had) (?:an? )?(?:email|mail|message) from\b|"
        r"\bheute (?:eine )?(?:mail|e-mail|absage) (?:bekommen|gekriegt)\b|\bacabo de recibir un (?:correo|mail)\b|"
        r"\bacabei de receber um e-?mail\b|\bje viens de recevoir un (?:mail|courriel)\b"),
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0,
        # the reader interviewed or manages the candidate; the candidate is named or spoken of in the third person
        r"\bthanks? (?:you )?for (?:interviewing|screening)\b(?! (?:us|me|with|for|at|today)\b)|"
        r"\b(?:no need to|please don't|you don't need to|please do not) (?:contact|reach out to|tell|inform|email) (?:him|her|them)\b|"
        r"\b(?:please )?(?:don't|do not) reach out to (?:him|her)\b|"
        # the reader files or turns down the other candidates, or sends the refusal: they are on the hiring side
        r"\barchiv\w* (?:les |de |die |the |las |los |os |as )?(?:autres|overige|andere[n]?|other|remaining|ubrigen|restantes|"
        r"demais|otras|otros) (?:candidat|sollicitati|bewerbung|application|applicant|postulacion)\w*|"
        r"\b(?:sage|sagen|sag)\b(?: \w+){0,3} (?:den|allen) (?:anderen|ubrigen) (?:bewerber|kandidat)\w* ab\b|"
        r"\b(?:pode|podes|podias|podia) (?:mandar|enviar) (?:a|uma) (?:recusa|carta de recusa|resposta negativa)\b|"
        r"\bno need to (?:reply|respond|write|answer) to the (?:agency|recruiter|candidate|headhunter)\b|\b(?:rejected|declined|archived) (?:the )?(?:other )?(?:candidate|finalist|applicant)\b|"
        r"\b(?:vorstellungsgesprach|gesprach|interview) mit (?:herrn|frau|dem kandidaten|der kandidatin)\b[^.!?;]{0,30}\bgefuhrt|"
        r"\b(?:gegen|fur) ihn entschieden|\b(?:ihm|ihr) (?:nichts|nicht) mitteilen|\b(?:den|die) (?:kandidat\w*|bewerber\w*) (?:herrn|frau)\b|"
        r"\bfait passer (?:l'|un |son |le )?entretien a\b|\binutile de (?:le|la) (?:recontacter|contacter|prevenir)|"
        r"\b(?:refuse|rejete|ecarte)\w* la candidature (?:de|du) |\bson (?:second |deuxieme )?entretien\b|"
        r"\bpor entrevistar a\b|\b(?:que )?(?:la|lo|le) (?:contactes|avises|llames)\b|\b(?:descartado|rechazado) al candidato\b|"
        r"\bsu segunda entrevista\b|\bhet gesprek met (?!ons\b|mij\b)\w+(?: \w+){0,3} hebt gevoerd|\bniet verder te gaan met (?:hem|haar)\b|"
        r"\b(?:hem|haar) (?:niets|niet) (?:te )?laten weten|\bkandidaat (?:\w+ ){1,3}afgewezen|\bzijn (?:tweede )?gesprek\b|"
        r"\bpor entrevistar (?:o|a)\b|\bcandidatura (?:dele|dela)\b|(?<!voltaremos a )(?<!voltar a )(?<!volto a )(?<!volta a )(?<!voltarei a )(?<!iremos )(?<!vamos )(?<!poderemos )(?<!para )(?<!de )(?<!em )\b(?:avisa|contata|contacta)-l[oa]\b|\brecusamos o candidato|"
        r"\bentrevista dele\b|\b(?:move forward|proceed|continue|go ahead|progress) with (?:him|her)\b|"
        r"\bsend (?:him|her) (?:the|a) (?:decline|rejection|refusal)\b|\bthe next candidate\b|\blui envoie (?:le|un) refus\b|"
        r"\b(?:la|le) candidate? suivante?\b|\bmerci pour ton compte[- ]rendu\b|\b(?:voce|tu) conduziu a entrevista|"
        r"\bretorno para (?:ela|ele)\b|\b(?:ela|ele) foi (?:reprovad|recusad)|\b(?:el|ella) (?:fue|ha sido) (?:descartad|rechazad)|"
        # the decision was passed on to a named candidate and the reader is told of it (the hiring team's copy)
        r"\b(?:informed|told|notified|emailed) (?:the )?(?:candidate|applicant|finalist) (?!that\b|about\b)\w+|"
        r"\b(?:den kandidaten|die kandidatin|den bewerber|die bewerberin|dem kandidaten|der kandidatin|dem bewerber|der bewerberin) "
        r"(?:herrn |frau )?\w+ (?:\w+ )?(?:informiert|benachrichtigt|mitgeteilt|abgesagt)|"
        r"\b(?:informe|prevenu|avise|notifie) (?:le candidat|la candidate|m\. |mme )|\bque sa candidature\b|"
        r"\b(?:comunicado|informado|notificado|avisado|dicho|escrito) (?:a )?(?:la candidata|el candidato|al candidato)\b|"
        r"\b(?:informamos|comunicamos|notificamos|avisamos|informou|comunicou) (?:o candidato|a candidata|ao candidato)\b|"
        r"\b(?:de )?kandidaat (?:\w+ ){0,3}(?:laten weten|geinformeerd|ingelicht|bericht)|"
        r"\b(?:remaining|other|unsuccessful) (?:candidates|applicants)\b[^.!?;]{0,40}\b(?:been|were|was) (?:sent|notified|informed|emailed)|"
        r"\boffer (?:was|has been) accepted by (?:the )?candidate (?!who\b|whose\b|with\b)\w+|\bnotification for (?:hiring managers|recruiters|interviewers)\b|"
        r"\b(?:interview|entretien|entrevista|gesprek|gesprach) (?:that |que |dat )?(?:you conducted|you led|vous avez (?:mene|conduit)|"
        r"condujiste|(?:voce )?conduziu|(?:je|u) (?:hebt|heeft) afgenomen)\b|"
        r"\b(?:le prochain candidat|la prochaine candidate|el siguiente candidato|la siguiente candidata|o proximo candidato|"
        r"a proxima candidata|der nachste kandidat|die nachste kandidatin|de volgende kandidaat)\b"),
    fam("look-alike: a draft or template of a rejection, not one sent", -5.0, ("[", "{{", "<"),
        # placeholders for the candidate's name or the role mark a template under review
        r"(?:\[|\{\{|<) ?(?:candidate|first|last|full|applicant|vorname|nachname|kandidat|bewerber|prenom|nom|candidat|nombre|"
        r"candidato|naam|kandidaat|voornaam|nome|primeiro)[\w ]{0,15}(?:\]|\}\}|>)"),
    fam("look-alike: the candidacy is said to be still alive", -4.5,
        r"\bstill (?:want|keen|like|hope|plan|intend|eager) to (?:speak|meet|talk|interview|see|chat)\b|"
        r"\b(?:application|candidacy) (?:is|remains) (?:still )?(?:active|open|under consideration|in (?:the )?(?:process|running))\b"
        + _ON_FILE + r"|"
        r"\byou (?:are|remain) (?:still )?(?:one of our (?:preferred|top|leading|strongest)|in the running|under consideration)\b|"
        r"\bnothing has been decided\b|"
        r"\bbewerbung (?:ist|bleibt) (?:weiterhin |noch )?(?:aktiv|im verfahren|in der auswahl)" + _ON_FILE + r"|\bnoch nichts entschieden\b|"
        r"\bcandidature (?:reste|est toujours) (?:active|en cours|a l'etude)" + _ON_FILE + r"|\brien n'(?:est|a ete) decide\b|"
        r"\bcandidatura (?:sigue|continua) (?:activa|abierta|en (?:el )?proceso)" + _ON_FILE + r"|\bno (?:hay|se ha tomado) (?:nada|ninguna decision)\b|"
        r"\bsollicitatie (?:blijft|is nog) (?:actief|in behandeling|lopen)" + _ON_FILE + r"|\bnog niets besloten\b|"
        r"\bcandidatura (?:continua|permanece|segue) (?:ativa|aberta|em (?:andamento|analise))" + _ON_FILE + r"|\bnada (?:foi|esta) decidido\b"),
    # A patch, pull request or RFC turned down on a project's list: the reader's contribution, not an application
    # (its code words are job words: a CI "job", "an dieser Stelle", "de functie", a release "candidate").
    # (Not the pull request of a take-home exercise, which a job's selection asks for.)
    fam("look-alike: a contribution to a software project (patch, pull request, RFC)", -5.0,
        r"(?<!home )(?<!assignment )(?<!exercise )(?<!challenge )(?<!coding )\b(?:(?:patch(?:es|set)?|pull requests?|"
        # (nor one "for the take-home task": "Ihr Merge Request zur Probeaufgabe")
        r"merge requests?)(?! (?:zur|zu|for|voor|pour|para|fur) (?:(?:the|your|de|je|la|le|votre|ihre|die|a|o|tu) )?"
        r"(?:\w+ )?(?:\w*aufgabe|take-home|assignment|exercise|challenge|test|task|opdracht|exercice|prueba|teste|"
        r"desafio|caso))|rfc|maintainers?|maintainerin|mainteneurs?|mantenedor(?:es)?|"
        r"devroom|feature requests?|parches?|correctifs?|greffons?|"
        # a code-review tool's notice: "Change 4412 (scheduler: ...) was abandoned"
        r"change \d+\b[^.!?;]{0,80}\b(?:was|has been) abandoned|"
        # where the code would go: "not the right fit for core", "als Erweiterung", "le cœur du projet"
        r"(?:fit|belongs?|merged?|land|included?) (?:for|in|into) core|(?:standalone|separate|third-party) "
        r"(?:plugin|extension|package)|kern des projekts|in den kern|coeur du projet|nucleo del proyecto|"
        r"kern van het project|nucleo do projeto)\b"),
    # "Not selected: 51", "Applied 40 · Not selected 25 · Offer 1", "- Rejected: YAML support" after "Added: ...":
    # verdicts printed as a changelog's, a tracker's or a dashboard's fields or counts, not said to the reader. (A count
    # is one among others: "Status: Rejected 12 March" is a portal's date.)
    fam("look-alike: verdicts as fields or counts (a changelog, a tracker, a dashboard)", -5.0, _VERDICT_FIELD_NEED,
        rf"\b{_VERDICT_FIELD} ?[:=]? ?\(?\d+\)?(?: ?[-|,*;]| (?!{_MONTH})[a-z]+(?: [a-z]+)? ?:? ?\(?\d)",
        rf"\d\)? ?[-|,*;]? ?{_VERDICT_FIELD} ?[:=]? ?\(?\d",
        r"\b(?:added|fixed|changed|removed|hinzugefugt|behoben|ajoute|corrige|anadido|corregido|toegevoegd|opgelost|"
        rf"adicionado|corrigido) ?:[^.!?;]{{0,160}}?[-*|] {_VERDICT_FIELD} ?:"),
    # A hiring freeze told to staff or tracked (open positions left unfilled, requisitions on hold): news about the
    # company. A rejection says the reader's one position will not be filled; this speaks of all of them.
    fam("look-alike: staff news of a hiring freeze (open positions, requisitions), not the reader's application", -4.0,
        r"\bhiring freeze (?:tracker|update|faq|dashboard|remains|stays|continues|is (?:extended|still)|will (?:remain|"
        r"stay|"
        r"continue|last))|\b(?:new|open|all|these|pending) "
        # (unless the sentence goes on to the reader's own: "all open requisitions, including the role you applied for")
        r"requisitions\b(?![^.!?]{0,80}\b(?:you applied|your application|your candidacy))|"
        r"\bheadcount (?:freeze|plan|budget)|\bopen (?:positions|roles|vacancies|"
        r"headcount) (?:will (?:not|stay|"
        r"remain)|won't|(?:are|remain|stay) (?:frozen|on hold|paused|unfilled))\b|\boffenen? stellen (?:werden |"
        r"bleiben )?(?:vorerst |bis auf weiteres )?(?:nicht|unbesetzt)|"
        r"\b(?:ubersicht|tracker|stand) einstellungsstopp|\beinstellungsstopp[- ](?:tracker|ubersicht|update)|"
        r"\bsuivi du gel des (?:recrutements|embauches)|\bseguimiento de la congelacion|\boverzicht (?:van de )?vacaturestop|"
        r"\bvacaturestop[- ](?:tracker|overzicht|update)|\bacompanhamento do congelamento|"
        r"\bgel des (?:recrutements|embauches) (?:est prolonge|reste|se poursuit)|"
        r"\bles postes (?:ouverts|vacants) ne seront pas pourvus|\bno se cubriran las vacantes|\bcongelacion de "
        r"contrataciones (?:sigue|continua|se mantiene|se prolonga)|\bopenstaande vacatures worden niet (?:ingevuld|"
        r"vervuld)|"
        r"\bas vagas (?:abertas|em aberto) nao serao preenchidas|\bcongelamento de contratacoes (?:mantem-se|continua|"
        r"se mantem)"),
    # A greeting to colleagues or to a group: staff news (a freeze, a hiring round's results), never a letter to one
    # applicant (no true rejection of the development corpora greets so).
    fam("look-alike: mail to colleagues or a group, not to an applicant", -3.0,
        r"\b(?:dear colleagues|(?:hi|hello) (?:team|all|everyone)|liebe kolleginnen|liebe kollegen|cher(?:e|"
        r"es)? collegues|"
        r"bonjour a tous|hola (?:equipo|a todos)|queridos companeros|beste collega'?s|(?:dag|hallo) allemaal|"
        r"caros colegas|"
        r"ola (?:a todos|equipa))\b"),
    fam("look-alike: a decision to go ahead", -3.0,
        r"\b(?:like|want|decided|happy) to (?:move|go) forward with your (?:application|candidacy)\b|"
        r"\bdecidido avanzar con tu candidatura|\bdoor te gaan naar de volgende|\bcom voce para a proxima"),
]
# (session 19) a scam dressed as a rejection, in any language: it asks for money, bank details, a verified account or a
# chat number ("your application has been declined due to incomplete verification: confirm your bank details", "sorry
# your application was not successful, but earn $500 weekly from home: reply with your WhatsApp number"). No employer's
# rejection asks for any of these.
LOOKALIKES += [
    fam("look-alike: a scam that asks for money, bank details, a verified account or a chat number", -6.0,
        ("bank", "iban", "fee", "verif", "whatsapp", "telegram", "earn ", "pay "),
        # asked for ("confirm your bank details", "Bitte bestätigen Sie Ihre Bankdaten"), not an anti-fraud notice's
        # "we will never ask for your bank details"
        r"(?<!to )\b(?:confirm|send|provide|update|enter|submit|share|verify)(?: us)? (?:your |the )?(?:identity and )?(?:bank|banking|"
        r"card|iban)\b|\b(?:bestatigen|senden|ubermitteln|angeben|aktualisieren|hinterlegen) sie (?:uns )?(?:ihre )?"
        r"(?:bankdaten|bankverbindung|iban)\b|\b(?:confirmez|envoyez|indiquez|communiquez|verifiez)(?:-nous)? (?:vos )?"
        r"coordonnees bancaires\b|\b(?:confirma|envia|indica|facilita|verifica|confirme|envie|indique|facilite)(?:nos|-nos)? "
        r"(?:tus |sus |os seus |os teus |os )?dados? bancarios\b|\b(?:bevestig|stuur|geef|verstuur) (?:ons )?(?:je|uw) "
        r"bankgegevens\b",
        # (the request itself, not "we will never ask you to pay a fee")
        r"(?<!to )\bpay (?:a |the |an )?(?:\$|€|£)\s?\d|(?<!to )\bpay (?:a|the|an) (?:\w+ )?fee\b",
        r"(?<!to )\b(?:verify|confirm|reactivate|unlock) your (?:identity|account)\b|"
        r"\b(?:konto|compte|cuenta|conta|account)\b[^.!?;]{0,30}\b(?:nicht|pas|no|nao|not|isn't) (?:\w+ )?(?:verifiziert|"
        r"verifie|verificad[oa]|verified)\b",
        r"\b(?:reply|send|text|message|contact|write) (?:me|us)? ?(?:with|on|via)? ?(?:your )?(?:whatsapp|telegram)\b|"
        r"\b(?:whatsapp|telegram) (?:number|id|handle)\b",
        r"\bearn (?:\$|€|£)\s?\d[\d,.]* (?:weekly|daily|a week|a day|per week|per day|monthly|a month)\b"),
]

# Notifications from code hosting and issue trackers: a "job" there is a CI job, a "position" is in the code. (Not
# "gerrit@": Gerrit is a Dutch first name before it is a code-review tool.)
TRACKER_SENDER = re.compile(r"@(?:[\w-]+\.)*(?:github\.com|gitlab\.[\w.]+|atlassian\.net|bitbucket\.org|"
    r"sourceforge\.net)$|^(?:jira|gitlab|github|noreply-jira|phabricator)@")
TRACKER_SUBJECT = re.compile(r"^(?:re: )?\[(?:jira|[\w.-]+/[\w.-]+)\]|\b(?:pull request|merge request|pr #?\d+|issue #?\d+)\b")
# What every match of each holds (a substring test first: asked of every mail, almost none match)
TRACKER_SENDER_NEED = ("github", "gitlab", "atlassian.net", "bitbucket.org", "sourceforge.net", "jira", "phabricator")
TRACKER_SUBJECT_NEED = ("[", "pull request", "merge request", "pr", "issue")

# The owner passing on a rejection they received ("got this today, any advice?").
OWNER_FORWARD = re.compile(
    r"\b(?:got this|just got|just received|received this|any advice|what do you think|thoughts\?|"
    r"je viens de recevoir|j'ai recu|tu crois|ton avis|hab(?:e)? (?:das|dies|heute)|was meinst du|"
    r"acabo de recibir|me ha llegado|que opinas|net binnen|kreeg ik|wat vind jij|heb ik gekregen|"
    r"acabei de receber|recebi (?:isto|isso|hoje)|o que achas|o que voce acha|"
    # asking a friend what to do about it (an agency passing a client's answer on says "I forward" too: not that)
    r"any idea|what (?:should|do|would) (?:i|you) (?:say|reply|answer|write|do)|should i (?:ask|reply|respond|write)|"
    r"tu me diras|(?:si )?je dois (?:demander|repondre|relancer)|soll ich (?:nachfragen|antworten|fragen)|"
    r"(?:deberia|debo) (?:pedir|responder|contestar)|moet ik (?:vragen|antwoorden|reageren)|devo (?:pedir|responder))")

# --- categories for mail that is not a rejection (what `nextround report` counts) -------------------------

_LOOK = {f.name.split(": ", 1)[1]: f for f in LOOKALIKES}
# Checked in this order; the first that fires names the kind of mail.
CATEGORIES: list[tuple[str, list[Family]]] = [
    ("offer", [_LOOK["offer"]]),
    ("interview", [_LOOK["interview or assessment invitation"], _LOOK["a rescheduled interview"],
                   _LOOK["a decision to go ahead"],
                   fam("interview scheduling", 0.0,
                       r"\b(?:interview|phone screen|recruiter screen|technical screen|onsite|on-site|"
                       r"vorstellungsgesprach|entretien|entrevista|sollicitatiegesprek|gesprek)\b[^.!?;]{0,60}\b"
                       r"(?:schedul\w*|invite|invitation|book|confirm\w*|calendar|slot|availability|einladen|"
                       r"termin|creneau|convocation|agendar|fecha|inplannen|uitnodig\w*|agendamento|horario)")]),
    ("application_received", [_LOOK["application received"],
                              fam("acknowledgement", 0.0,
                                  r"\bthank(?:s| you) for (?:applying|your application)|\bapplication (?:received|submitted)|"
                                  r"\bvielen dank fur (?:ihre|deine) bewerbung|\bmerci pour votre candidature|"
                                  r"\bgracias por (?:tu|su) candidatura|\bbedankt voor je sollicitatie|"
                                  r"\bobrigad[oa] pela (?:sua|tua) candidatura")]),
    ("job_alert", [_LOOK["job alert or recommendations"]]),
    ("outreach", [_LOOK["recruiter outreach"]]),
    ("newsletter", [_LOOK["newsletter or article"]]),
]

NEWSLETTER = re.compile(
    r"\b(?:newsletter|mailing list|listinfo|in this issue|this week'?s (?:issue|edition)|"
    r"nieuwsbrief|boletin(?! oficial)|boletim(?! oficial)|lettre d'information|digest #?\d+)\b")
OUTREACH = re.compile(
    r"\b(?:came across your (?:profile|background|work)|(?:i'm|i am) reaching out|reaching out (?:because|about|regarding)|"
    r"open to (?:new |a )?(?:opportunit\w+|a (?:chat|conversation))|would you be (?:open|interested)|"
    r"i(?:'m| am) (?:a|an) (?:\w+ )?recruiter|(?:an? )?(?:exciting|interesting) (?:opportunity|role)|"
    r"auf ihr profil gestossen|ihr profil (?:ist mir|hat mich)|votre profil a retenu|kwam je profiel tegen|"
    r"encontre tu perfil|encontrei o seu perfil|tu perfil en linkedin|je profiel op linkedin)")

# The sender thanks the reader for their own message or enquiry: the mail answers the reader, so the state of a post
# it gives ("the position has been filled", "die Stelle ist bereits besetzt") answers the reader's asking after that
# post. Alerts, postings and newsletters thank nobody for a message. ("your interest", "your CV" are already the
# reader's application, above.)
THANKS_FOR_YOUR_MESSAGE = re.compile(
    r"\b(?:thanks?(?: you)?|many thanks) for (?:your|the) (?:e-?mail|mail|message|note|enquiry|inquiry|query|question|call)\b|"
    r"\b(?:thanks?(?: you)?|many thanks) for (?:getting in touch|reaching out|contacting (?:us|me)|asking)\b|"
    r"\b(?:danke|vielen dank|herzlichen dank|besten dank) (?:fur|fuer) (?:ihre|deine|die) (?:e-?mail|mail|nachricht|"
    r"anfrage|zeilen)\b|\b(?:danke|vielen dank|herzlichen dank|besten dank) (?:fur|fuer) (?:ihren|deinen|den) anruf\b|"
    r"\bmerci (?:pour|de) (?:votre|ton|ta) (?:e-?mail|mail|courriel|message|demande|question|appel)\b|"
    r"\bgracias por (?:tu|su|el|vuestro) (?:e-?mail|mail|correo|mensaje|consulta|pregunta|llamada)\b|"
    r"\bgracias por (?:escribirnos|escribir|contactarnos|contactar)\b|"
    r"\b(?:bedankt|dank (?:je|u) ?(?:wel)?) voor (?:je|jouw|uw|het) (?:e-?mail|mail|mailtje|bericht|berichtje|vraag|"
    r"telefoontje)\b|"
    r"\bobrigad[oa] (?:pela|pelo) (?:sua |tua |seu |teu )?(?:e-?mail|mail|mensagem|contacto|contato|pergunta|questao)\b")

# The post's state that such an answer gives: filled by someone (not frozen, paused or closed, which a colleague's note
# says as often).
POST_FILLED = re.compile(r"\b(?:filled|taken|pourvue?s?|comblee?s?|besetzt|vergeben|vervuld|ingevuld|vergeven|"
                         r"preenchid[oa]s?|ocupad[oa]s?|cubiert[oa]s?)\b")

# ...unless the post filled is the reader's own (the reader is the hirer): "your vacancy is filled", "Ihre Stelle ist
# besetzt", "uw vacature is vervuld".
READERS_POST = re.compile(r"\b(?:your|ihre?|deine?|votre|ton|ta|tu|su|je|jouw|uw|seu|sua|teu|tua) (?:\w+ )?"
                          r"(?:vacanc(?:y|ies)|post|position|role|job|ad|advert|stelle|anzeige|poste|annonce|offre|"
                          r"puesto|vacante|oferta|anuncio|vacature|functie|advertentie|vaga|anuncio)\b")

# Mail sent to a list: whatever it announces, it is not a decision about the reader.
MAILING_LIST = re.compile(r"\b(?:mailing list|listinfo|mailinglijst|lista de correo|liste de diffusion|mailingliste)\b")

# A part in a performance or a place in a team: an audition, a casting, a choir or an orchestra, a squad. Such mail
# speaks of a "role", a "candidate", "selection" like a job's; only employment words make it one (a professional
# choir's "Stelle im Opernchor", a "paid role", the "position" of casting assistant).
STAGE_OR_TEAM = re.compile(
    r"\b(?:audition\w*|casting\w*|self-tape|vorsing\w*|vorsprech\w*|probespiel\w*|vorspiel\w*|auditie\w*|"
    r"audicion\w*|audicao|audicoes|choirs?|chor|choeurs?|chores|chorale|koor|coro|orchestras?|orchester|orchestre|"
    r"orkest|"
    r"orquestas?|orquestras?|plantel|elftal|tryouts?|laienproduktion|community production|amateur\w*|"
    # a sports team's squad (a tech team is a "squad" too: "a maior necessidade do squad")
    r"(?:under-?\d+|u-?\d+|sub-?\d+|county|regional|national|youth|junior|first-team|matchday|academy|club) squad|"
    r"squad (?:selection|for (?:the|this|next) (?:match|game|season|tournament))|"
    r"equipo (?:autonomico|juvenil|infantil|cadete|alevin)|seleccion (?:autonomica|provincial)|"
    r"selection (?:regionale|departementale)|selecao (?:distrital|regional)|(?:landes|kreis|bezirks)auswahl|"
    r"(?:u-?\d+-?|jugend|landes|bezirks|kreis|auswahl)kader|(?:jeugd|regio|district)selectie|(?:sub|onder|under|u)-1\d|"
    # (a part read for, not "spielt eine Hauptrolle", "speelt een hoofdrol", "the part of the process": idioms)
    r"toneelgroep|troupe|solopartij|rehearsals?|(?:read|reading|audition\w*) for the part of|title role|"
    r"speaking (?:role|part)|fur die hauptrolle|sprechrolle|voor de hoofdrol|"
    # a play, a youth ensemble, a band's or a dance company's place
    r"toneelstuk|toneelvoorstelling|theaterstuck|theatergruppe|theatergroep|obra de teatro|peca de teatro|"
    r"piece de theatre|in the play|jugendensemble|jeugdtheater|jeugdkoor|youth (?:theatre|theater|choir|orchestra|"
    r"ensemble)|leesrepetitie|drummer|bassist|guitarist|gitarrist|schlagzeuger|batteur|guitariste|"
    r"baterista|guitarrista|bajista|gitarist|ballet|dancers?|dance company|(?:na|da) peca|tanzer\w*|danseu\w*|"
    r"bailarin\w*|danser\w*)\b")
EMPLOYED = re.compile(
    r"\b(?:position|posicao|posicion|job|vacancy|employ\w*|contract|salary|salaried|wage|hire|hiring|interview\w*|"
    r"recruit\w*|staff|"
    r"stelle\w*|festanstellung|anstellung|gehalt|vertrag|arbeitsvertrag|engagement|gage|poste|emploi|contrat|salaire|"
    r"cachet|embauche|recrutement|puesto|empleo|contrato|salario|vacante|contratacion|functie|vacature|baan|"
    r"dienstverband|salaris|sollicit\w*|positie|aanstelling|vaga|emprego|remunera\w*|cargo|"
    # an office's job title or papers: an arts or sports employer's letter about its marketing officer or intern
    r"manager|coordinator|officer|administra(?:tor|teur|tief|tivo|tiva)\w*|assistant|analyst|engineer|developer|specialist|intern|"
    r"internship|werkstudent\w*|praktikum|referent\w*|sachbearbeiter\w*|stagiair\w*|(?:un|le|votre|ce|du) stage|estagio|becari[oa]|"
    r"practicas|medewerker|beheerder|resume|lebenslauf|anschreiben|motivation letter|lettre de motivation|"
    r"carta de (?:presentacao|presentacion)|motivatiebrief)\b")

# The role itself named in the decision's sentence (what makes a refund mentioned elsewhere harmless).
JOB_ROLE = re.compile(
    r"\b(?:position|role|vacancy|job|post|opening|requisition|interview\w*|recruit\w*|hiring|stelle|vakanz|poste|entretien|"
    r"recrutement|embauche|puesto|vacante|plaza|entrevista|posicion|functie|vacature|baan|gesprek\w*|vaga|cargo|funcao|"
    r"posicao|recrutamento|rol|(?:stage|leer|bbl-|werk|leerwerk)plek|ausbildungsplatz|apprentissage|alternance|"
    r"praktikum\w*|ausbildung|vorbereitungsdienst\w*|referendariat\w*)\b")

# Words that make a sentence unmistakably about a job (not a loan "application" or a grant "candidacy").
JOB_STRONG = compile_big(
    r"\b(?:position|role|vacancy|job|post|opening|requisition|interview\w*|recruit\w*|hiring|hire|hired|employers?|careers|"
    r"stelle|position|vakanz|vorstellungsgesprach\w*|poste|entretien|recrutement|embauche|puesto|vacante|plaza|entrevistas?|kandida\w*|positie|"
    r"seleccion|posicion|rol|functie|vacature|baan|sollicitatie\w*|gesprek\w*|vaga|cargo|funcao|posicao|recrutamento|"
    r"processo seletivo|selection process|shortlist\w*|auswahl(?:verfahren|prozess)|processus de (?:recrutement|selection)|"
    r"proceso de seleccion|procesos? selectivos?|concurso-oposicion|en practicas|contrato de practicas|bolsa de (?:empleo|trabajo)|"
    r"relacion (?:definitiva |provisional )?de (?:aprobados|admitidos|seleccionados)|fase de (?:concurso|oposicion)|selectieprocedure|sollicitatieprocedure|candidacy|candidat\w*|applicants?|bewerbung\w*|bewerber\w*|kandidat\w*|sollicitatie\w*|kandidatuur|"
    r"postulacion|postularte|postulaste|curriculum|cv|resume|curriculo|plaza|" + _WORK_TRIALS + L.STRONG_WORDS + r")\b")

# --- a job title as job context ---------------------------------------------------------------------------
# Short notes about a job often name it only by its title in the subject ("Technicus", "Leerkracht groep 5",
# "re: panadero", "Decisión proceso Risk Manager"). A title is recognised by its head noun, in the six languages:
# the noun itself, a compound ending in it (Orderpicker, Grondinstructeur, Pizzabakker, Softwareentwicklerin), a
# hyphenated one (SAP-consultant) or a gendered form (Panadero/a, Technikerin, Ingeniera, Serveuse, Lerares).
# It makes job context only beside a decision phrase (see ``classifier``), never on its own.
_TITLE_HEAD_TEXT = """
engineer developer programmer architect analyst scientist designer researcher consultant specialist manager director
officer coordinator administrator assistant representative executive intern trainee apprentice writer editor
accountant controller lawyer paralegal tester technician nurse teacher lecturer professor tutor clerk receptionist
advisor adviser planner buyer marketer copywriter driver operator mechanic electrician chef cook barista cashier
auditor economist therapist pharmacist physician secretary bookkeeper recruiter supervisor underwriter surveyor
inspector carpenter plumber welder baker waiter waitress bartender courier instructor caretaker cleaner housekeeper
dispatcher storekeeper picker packer labourer laborer foreman machinist estimator translator interpreter photographer
illustrator animator journalist reporter librarian paramedic dentist hygienist pilot steward stewardess salesperson
gardener florist butcher tailor hairdresser barber stylist roofer bricklayer technologist strategist copyeditor
medewerker adviseur leider stagiair verpleegkundige ontwikkelaar docent monteur technicus leerkracht leraar lerares
bezorger chauffeur bakker binder instructeur gastheer gastvrouw uitvoerder maker redacteur programmeur analist
verkoper schoonmaker timmerman loodgieter elektricien kapper verzorgende begeleider assistent secretaresse beheerder
inkoper boekhouder jurist advocaat apotheker tandarts huisarts fysiotherapeut logopedist pedagoog barman afwasser
ober serveerster vakkenvuller magazijnmedewerker kassamedewerker kok
entwickler ingenieur referent sachbearbeiter mitarbeiter leiter assistenz werkstudent praktikant berater fachkraft
kaufmann kauffrau pfleger erzieher verkaufer elektroniker mechatroniker techniker lehrer koch kellner fahrer tischler
schreiner elektriker friseur pflegekraft buchhalter angestellter angestellte helfer lagerist gestalter redakteur
ubersetzer dolmetscher programmierer padagoge sozialarbeiter therapeut zimmerer logistiker aushilfe
developpeur charge responsable stagiaire technicien analyste comptable juriste directeur gestionnaire conseiller
vendeur alternant infirmier redacteur commercial acheteur auditeur serveur cuisinier boulanger livreur caissier
magasinier educateur animateur enseignant formateur traducteur graphiste coordinateur professeur instituteur
desarrollador ingeniero tecnico becario administrativo jefe disenador consultor auxiliar gestor asesor enfermero
abogado contable dependiente camarero programador repartidor tornero fresador panadero ceramista cocinero monitor
educador profesor maestro conductor cajero reponedor teleoperador recepcionista secretario coordinador encargado
vendedor electricista fontanero soldador mecanico operario limpiador cuidador gerente catador socorrista
desenvolvedor engenheiro estagiario assistente coordenador operador atendente motorista cozinheiro garcom
enfermeiro advogado contador rececionista estoquista repositor diretor eletricista pedreiro padeiro canalizador
carpinteiro empregado
operative associate worker attendant dev kraft kracht polier nanny babysitter carer
hausmeister maler gartner kassierer disponent monteur verkauferin hovenier schilder oppas postbode
ayudante azafata vigilante conserje jardinero pintor ninera friegaplatos camarera
ajudante porteiro jardineiro cabeleireiro costureiro
employe ouvrier manutentionnaire preparateur soignant auxiliaire plongeur commis jardinier peintre plombier
menuisier coiffeur moniteur surveillant saisonnier vendangeur equipier receptionniste hotesse electricien
"""
TITLE_HEADS = frozenset(_TITLE_HEAD_TEXT.split())
# heads that end compounds (Orderpicker, Eindredacteur, Projektleiterin); shorter ones count only as whole words
_TITLE_ENDS = tuple(sorted((h for h in TITLE_HEADS if len(h) >= 5), key=len, reverse=True))
# a title word's gendered or plural-less endings: Technikerin, Ingeniera, Serveuse, Directrice, Lerares, Analista(s)
_FEMININE = (("in", ""), ("a", "o"), ("a", ""), ("a", "e"), ("e", ""), ("euse", "eur"), ("rice", "eur"), ("ere", "er"),
             ("enne", "en"), ("es", ""))  # (("a", "e"): Dependienta, Asistenta)
# what a title carries after it: a gender marker (Panadero/a, Educador/a, Entwickler*in, (m/w/d))
_TITLE_MARKER = re.compile(r"(?:/-?(?:in|a|ra|e)|\*(?:in|r|e|a)|:in|\((?:in|a|e|r|ra)\)|\([mwfdhvxa/ ]+\))(?=\W|$)")
# ...or a bare one ("Elektroniker m/w/d", "Sous-chef m/v", "Serveur H/F"), asked only of subjects with a slash
_BARE_MARKER = re.compile(r" [mwfdhv](?:/[mwfdhvx]){1,2}(?=\W|$)")
# tools, products and meeting roles named like a title ("Password Manager", "Ads Manager")
_TOOL = re.compile(r"\b(?:password|task|package|file|download|ads|business|tag|device|window|display|session|"
                   r"media|meta|inbox|wachtwoord|passwort|gestionnaire de) (?:manager|beheerder|gestionnaire)\b")
# a title word after an article or a possessive speaks of a person ("to the teacher", "ihr Trainer"), not of a role
_PERSON_TEXT = """the a an our your my his her their de het een onze uw je jouw der die das den dem ihr ihre unser unsere
dein deine le la les un une notre votre ton ta el los las una nuestro su tu o os um uma nosso seu teu sua"""
_PERSON = frozenset(_PERSON_TEXT.split())
# steps of a selection that only job mail names in a subject (a reference check, a translation test, a work sample)
_PROCESS_SUBJECT = re.compile(r"\b(?:referentiecheck|reference check|referenzcheck|referenzprufung|vertaaltoets|"
                              r"proefopdracht|werkproef|case study|case-study|fallstudie|prueba tecnica|prova tecnica|"
                              r"test technique|etude de cas|estudo de caso|caso practico)\b")
# titles of two words or a field alone that no head noun names ("Working Student Marketing", "Full-stack", "Backend")
# ...and a level before any field ("Junior Marketing", "Senior Growth", "Head of People")
_TITLE_PHRASE = re.compile(r"\b(?:working student|full[- ]?stack|front[- ]?end|back[- ]?end|devops|"
                           r"(?:junior|senior|medior|head of) [a-z]+|"
                           # (round 20) the reader's own enquiry about seasonal or casual work ("Re: Bar staff",
                           # "Re: Trabajo de verano"): not "work" alone (a tradesman's "Re: Roof work" is a bid)
                           r"(?:bar|kitchen|summer|seasonal|floor|shop|warehouse|hotel|restaurant|cafe|event|casual|"
                           r"holiday|christmas) staff|(?:summer|seasonal|holiday|weekend|christmas|part[- ]time) job|"
                           r"(?:farm|harvest|fruit[- ]picking|seasonal) work|trabajo de (?:verano|temporada|fin de semana)|"
                           r"trabalho de verao|trabalho sazonal|(?:sommer|ferien|saison)job|apprentissage|"
                           r"(?:vakantie|zomer|bij)baan(?:tje)?)\b")
# a gender marker after a word makes it a job title whatever its head ("Marketing (m/w/d)", "Vendeur (h/f)")
_GENDER_MARKER = re.compile(r"\b([a-z]+)[ -]?\((?:[mwfdhvx] ?/ ?){1,3}[mwfdhvx]\)")
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|aw|fwd?|wg|tr|rv|fw|enc|sv|antw|doorst|res)\s*:\s*)+")
_TITLE_WORD = re.compile(r"[a-z][a-z'-]*")


def _title_head(word: str) -> bool:
    # the head itself, or a compound that ends in one: Pizzabakker, Grondinstructeur, Eventmanager
    return word in TITLE_HEADS or (len(word) > 7 and word.endswith(_TITLE_ENDS))


def _title_word(word: str) -> bool:
    if _title_head(word):
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 4 and _title_head(word[:-len(end)] + stem)
               for end, stem in _FEMININE)


def _unmarked(text: str) -> str:
    """The subject without the gender markers after its title."""
    text = _TITLE_MARKER.sub("", text)
    return _BARE_MARKER.sub("", text) if "/" in text else text


def subject_title(subject: str) -> str:
    """The head of the job title a short subject names ("Technicus", "re: panadero", "Laatste ronde eindredacteur"),
    folded, or "" when it names none."""
    if not subject or len(subject) > 90:
        return ""
    plain = _SUBJECT_PREFIX.sub("", fold(subject))
    text = _unmarked(plain)
    words = _TITLE_WORD.findall(text)
    if not words or len(words) > 8 or _TOOL.search(text):
        return ""
    process = _PROCESS_SUBJECT.search(text) or _TITLE_PHRASE.search(text)
    if process:
        return process.group()
    gendered = _GENDER_MARKER.search(plain)
    if gendered:
        return gendered.group(1)
    previous = before = ""
    for word in words:
        # (a title after "de" that means "of" in a post's name: "Trabajo de camarera", "Poste de serveur")
        if previous not in _PERSON or (previous == "de" and before in _POST_OF):
            for part in word.split("-") if "-" in word else (word,):
                if len(part) > 2 and _title_word(part):
                    return part
        previous, before = word, previous
    return ""


_POST_OF = frozenset(("trabajo", "puesto", "oferta", "plaza", "vacante", "empleo", "trabalho", "vaga", "emprego", "posto",
                      "poste", "offre", "emploi", "stage"))


def is_person_title(title: str) -> bool:
    """Is the title ``subject_title`` read a worker's ("plumber", "Elektriker"), not a step of a selection
    ("Referentiecheck") or a field ("Junior Marketing")?"""
    return " " not in title and _title_word(title) and not _PROCESS_SUBJECT.search(title)


def title_only(subject: str) -> bool:
    """Is the subject a job title and little else ("Full-stack", "Warehouse Operative", "Working Student Marketing")?
    Such a subject on a short note names what the note is about, as "Re: <title>" does."""
    text = _unmarked(_SUBJECT_PREFIX.sub("", fold(subject or "")))
    return len(_TITLE_WORD.findall(text)) <= 3 and bool(subject_title(subject))


# A staffing agency, a recruiter or a recruiting mailbox as the sender ("Zeitarbeit", "Brightline Staffing",
# "uitzendbureau-noord.example", "recruiting@"): its short note "ze hebben iemand anders gekozen" is about a job even when
# it names none. Substrings: agencies' addresses run their words together ("jobwerk-zeitarbeit"). Not "talent" or
# "interim" alone: a talent show's or an interim report's sender.
_AGENCY_WORDS = ("staffing", "zeitarbeit", "personaldienst", "personalvermittlung", "personalberatung", "uitzend",
                 "detacher", "recruit", "headhunt", "talent acquisition", "talent team", "talent partner", "werving",
                 "arbeitsvermittlung", "trabajo temporal", "trabalho temporario", "travail temporaire",
                 # the agencies whose names every job seeker in these countries knows (a name, not a word: "Randstad"
                 # says staffing as plainly as "Zeitarbeit" does)
                 "randstad", "adecco", "manpower", "tempo-team", "tempoteam", "start people", "startpeople",
                 "youngcapital", "michael page", "michaelpage", "page personnel", "robert half", "roberthalf",
                 "robert walters", "robertwalters", "hays.", "gi group", "gigroup", "synergie", "kelly services",
                 "experis", "brunel", "proselect", "unique.nl", "olympia.nl", "luba.be", "accent.jobs", "daoust")
_RECRUITING_BOX = re.compile(r"^(?:careers?|jobs?|karriere|bewerbung(?:en)?|vacatures?|sollicitaties?|empleo|vagas|"
                             r"recrutement|recrutamento|hiring)@")


def agency_sender(name: str | None, email: str | None) -> bool:
    """Is the sender a staffing agency, a recruiter or a recruiting mailbox (by display name or address)?"""
    who = f"{name or ''} {email or ''}".lower()
    return any(w in who for w in _AGENCY_WORDS) or bool(_RECRUITING_BOX.match((email or "").lower()))


# The reader addressed in the decision's sentence ("we nemen je niet", "no has sido", "leider können wir Ihnen"):
# a decision under a title subject must be said to the reader, not of a hall, a manuscript or a flat.
_READER = {
    "en": r"you|your|yours|yourself",
    "de": r"sie|ihnen|ihre?[mnrs]?|du|dich|dir|dein\w*",
    "fr": r"vous|votre|vos|tu|te|toi|ton|ta|tes|t'\w+",
    "es": r"tu|tus|te|ti|contigo|usted|ustedes|eres|has (?:sido|quedado|pasado)|le|su|sus",
    "nl": r"je|jij|jou|jouw|u|uw|jullie",
    "pt": r"voce|voces|te|ti|tu|teu|tua|teus|tuas|seu|sua|seus|suas|consigo|contigo|lhe",
}
READER = {lang: re.compile(rf"\b(?:{words})\b") for lang, words in _READER.items()}
# Unpaid or amateur places a title may name too (a volunteer "Begeleider", a choir's "Lehrer", an adoption's "Motorista"):
# beside them a title subject makes no job context.
UNPAID = re.compile(r"\b(?:volunteer\w*|vrijwillig\w*|freiwillig\w*|ehrenamt\w*|benevol\w*|voluntari\w*|voluntad\w*|"
                    r"choir|chor|chore?s?|koor|chorale|coro|audition\w*|vorsing\w*|vorspiel\w*|auditie\w*|audicion\w*|audicao\w*|"
                    r"adopt\w*|adocao|adopcion|casting|squad|kader|elftal|equipo juvenil|equipe|selecao distrital|seleccion "
                    r"(?:provincial|regional|autonomica)|verein|club|clube|vereniging|asociacion|associacao|association|"
                    # other things a reader asks for: a part in a play, an allotment, a parking place, a claim
                    r"vorsprech\w*|besetzungs\w*|sinistro|siniestro|schadensfall|insurance claim|apolice|poliza|"
                    r"stationnement|estacionamento|estacionamiento|parkplatz|parkeerplaats|horta|huerto|moestuin|"
                    r"kleingarten|talhao|allotment)\b")

# --- the reader's own quoted question, the job context of a curt answer ------------------------------------------
# A reply whose own text names no job ("sorry, we went with someone else") over the reader's quoted mail is about the
# reader's application when that mail speaks of it in the first person ("I applied for", "my CV", "thanks for the
# interview")... Not "did you get the job?" (the sender's own news) nor "did my friend get the job?" (a referral).
READER_APPLYING = re.compile(
    r"\b(?:my (?:job )?(?:application|cv|resume|interview)|i(?: have|'ve)? applied|i'm applying|i am applying|"
    r"(?:thanks?|thank you) (?:\w+ ){0,2}for (?:the|my) interview|for interviewing me|"
    r"meine[nmr]? (?:bewerbung|unterlagen|lebenslauf|vorstellungsgesprach)|ich (?:habe|hatte) mich (?:\w+ ){0,4}beworben|"
    r"(?:danke|vielen dank) (?:\w+ ){0,2}fur das (?:vorstellungs|bewerbungs)gesprach|"
    r"(?:ma|mon) (?:candidature|cv|entretien)|j'ai (?:\w+ ){0,2}postule|merci (?:\w+ ){0,2}pour l'entretien|"
    r"mis? (?:candidatura|solicitud|cv|curriculum|entrevista)|me postule|gracias (?:\w+ ){0,2}por la entrevista|"
    r"(?:mijn|m'n) (?:sollicitatie\w*|cv)|ik heb (?:\w+ ){0,4}gesolliciteerd|"
    r"bedankt (?:\w+ ){0,2}voor het sollicitatiegesprek|"
    r"(?:minha|meu) (?:candidatura|curriculo|cv|entrevista)|me candidatei|candidatei-me|postulei|"
    r"obrigad[oa] (?:\w+ ){0,2}pela entrevista)\b")
# ...or asks whether a job is still open ("is the Saturday job still open?", "suchen Sie noch eine Saisonkraft?", "le
# poste est-il toujours disponible ?"): a job's name and a "still" in one question. Not the reader's own job named in a
# statement beside a flat's question ("I have a steady job").
READER_JOB_NOUN = re.compile(
    r"\b(?:job|jobs|position|vacancy|opening|stelle|aushilf\w*|saisonkraft\w*|nebenjob|ferienjob|minijob|poste|emploi|"
    r"boulot|puesto|empleo|vacante|bijbaan|vakantiebaan|vacature|functie|vaga de (?:emprego|trabalho)|emprego)\b")
READER_STILL = re.compile(r"\b(?:still|noch|toujours|encore|todavia|sigue|siguen|nog|ainda)\b")
