"""Sweep 8, Dutch: a new writer's shapes. Schools and childcare ("gekozen voor een kandidaat met een lesbevoegdheid"),
hospitals and home care, internships and student jobs, open applications ("op dit moment geen passende functie"),
reserve lists that end the procedure, a cv kept "in portefeuille" after a no, a recruiter's note after a phone screen,
Dutch and English mixed in one international mail, mobile one-liners, a subject that says it while the body points to
an attachment, and a Dutch answer above a quoted earlier mail. The look-alikes use the same words of something else:
an invitation, an acknowledgement, a next step, a quote, a rented house, a subsidy, a loan, an article, the reader
turning down someone else or withdrawing, a reserve list that stays open, a job alert, a newsletter about rejection.
All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Ilse Bakker <i.bakker@personeel.example>"

REJECTIONS = [
    # --- schools and childcare
    ('Sollicitatie leerkracht groep 5',
     'Beste Sam,\n\nDank voor je sollicitatie bij OBS De Regenboog. We hebben gekozen voor een kandidaat met een '
     'lesbevoegdheid voor het basisonderwijs.\n\nMet vriendelijke groet,\nMarieke Jansen, directeur'),
    ('Vacature docent wiskunde',
     'Geachte heer Rivera,\n\nDe benoemingscommissie heeft na de proeflessen besloten een andere docent te '
     'benoemen.\n\nMet vriendelijke groet,\nCSG Het Noordik'),
    ('Kandidatuur leerkracht lager onderwijs',
     'Beste Sam,\n\nBedankt voor je kandidatuur. Voor de vervanging in het derde leerjaar hebben we gekozen voor een '
     'kandidaat die al in onze scholengroep werkt.\n\nVriendelijke groeten,\nDirectie GBS De Klimop'),
    ('Sollicitatie onderwijsassistent',
     'Beste Sam,\n\nHelaas kunnen wij je niet benoemen in de functie van onderwijsassistent, omdat je nog geen '
     'diploma hebt.\n\nGroet,\nStichting Primair Onderwijs West'),
    ('Sollicitatie pedagogisch medewerker',
     'Hoi Sam,\n\nJe diploma is helaas niet kwalificerend voor deze functie, daarom kunnen we je sollicitatie niet '
     'in behandeling nemen.\n\nGroet,\nKinderopvang Zonnestraal'),
    ('Vacature leraar Engels',
     'Beste Sam,\n\nWe kozen uiteindelijk voor een kandidaat met meer ervaring in de bovenbouw. Bedankt voor je '
     'mooie proefles.\n\nGroet,\nRector, Stedelijk Lyceum'),
    # --- hospitals and home care
    ('Sollicitatie verpleegkundige cardiologie',
     'Beste Sam,\n\nBedankt voor je sollicitatie. Na de gesprekken is de keuze gevallen op een collega met meer '
     'ervaring op de hartbewaking.\n\nMet vriendelijke groet,\nAfdeling HR, Ziekenhuis Rijnstate'),
    ('Vacature verzorgende IG',
     'Hoi Sam,\n\nWe hebben je sollicitatie in het team besproken. Omdat je geen rijbewijs hebt, kunnen we je '
     'helaas niet aannemen voor de wijkzorg.\n\nGroet,\nThuiszorg Oost'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nTot onze spijt moeten wij u berichten dat de functie van sociaal psychiatrisch '
     'verpleegkundige intern is vervuld.\n\nMet vriendelijke groet,\nGGZ Rivierduinen'),
    ('Sollicitatie helpende',
     'Beste Sam,\n\nDank voor je belangstelling. Helaas hebben we op dit moment geen plek voor je in ons team van '
     'woonzorgcentrum De Hofstede.\n\nMet vriendelijke groet,\nLocatiemanager'),
    ('Je kandidatuur als zorgkundige',
     'Dag Sam,\n\nWe hebben na het gesprek beslist om iemand anders aan te werven voor de nachtdienst.\n\n'
     'Vriendelijke groeten,\nWZC Sint-Jozef'),
    # --- internships
    ('Stageaanvraag', 'Beste Sam,\n\nBedankt voor je interesse in een stage bij ons bureau. We kunnen je helaas '
     'geen stageplaats aanbieden voor het komende semester.\n\nGroet,\nArchitectenbureau Kade'),
    ('Stage marketing', 'Hoi Sam,\n\nAlle stageplekken voor dit voorjaar zijn al vergeven. Misschien een volgende '
     'keer!\n\nGroet,\nTeam Merk&Zo'),
    ('Afstudeerstage', 'Beste Sam,\n\nNa de gesprekken hebben we besloten een andere student aan te nemen voor de '
     'afstudeeropdracht.\n\nMet vriendelijke groet,\nR&D, Plastics Nederland'),
    ('Stage', 'Dag Sam,\n\nSpijtig genoeg kunnen we je dit schooljaar geen stageplaats geven.\n\nGroetjes,\n'
     'Kapsalon Lien'),
    # --- student jobs
    ('Re: bijbaan', 'Hoi Sam! We hebben de bijbaan in de bediening aan iemand anders gegeven. Succes met zoeken! '
     'Groetjes, Fleur'),
    ('Vakantiejob', 'Dag Sam,\n\nAl onze vakantiejobs voor juli en augustus zijn ingevuld. Probeer het volgend '
     'jaar opnieuw!\n\nGroeten,\nPretpark Bellewaerde'),
    ('Studentenjob', 'Hey Sam, bedankt voor je interesse in een studentenjob bij ons. We hebben momenteel geen '
     'jobstudenten meer nodig.\n\nGroetjes, Supermarkt Gent-Zuid'),
    ('Re: zaterdagbaan', 'Hoi Sam, we hebben al een zaterdaghulp gevonden. Bedankt voor je reactie! Groet, '
     'Bakkerij Vos'),
    ('Re: sollicitatie invalkracht', 'Hoi Sam, voor de functie van invalkracht hebben we iemand anders gevraagd. '
     'Toch bedankt voor je reactie! Groet, Eetcafe De Brug'),
    # --- open applications
    ('Open sollicitatie', 'Beste Sam,\n\nDank voor je open sollicitatie. Op dit moment hebben we geen passende '
     'functie voor je.\n\nMet vriendelijke groet,\nHR'),
    ('Open sollicitatie', 'Geachte heer Rivera,\n\nWij hebben uw open sollicitatie ontvangen. Helaas zijn er '
     'momenteel geen vacatures die aansluiten bij uw profiel.\n\nMet vriendelijke groet,\nP&O'),
    ('Spontane sollicitatie', 'Beste Sam,\n\nBedankt voor je spontane sollicitatie. Momenteel hebben we geen '
     'openstaande vacatures die bij je ervaring passen.\n\nVriendelijke groeten,\nHR'),
    ('Open sollicitatie', 'Beste Sam,\n\nWe hebben je open sollicitatie met plezier gelezen, maar we kunnen er op '
     'dit moment helaas niets mee.\n\nGroet,\nBureau Lente'),
    # --- reserve lists and portfolios that close the door
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nU bent niet geselecteerd voor de functie. Wel bewaren wij uw '
     'gegevens met uw toestemming zes maanden voor toekomstige vacatures.\n\nHoogachtend,\nGemeente Assen'),
    ('Reservelijst baliemedewerker', 'Beste Sam,\n\nDe reservelijst voor de functie van baliemedewerker is '
     'verlopen zonder dat er een plek vrijkwam. Je sollicitatie is daarmee afgesloten.\n\nGroet,\nHR'),
    ('Uw kandidatuur', 'Geachte heer Rivera,\n\nWij hebben voor deze functie een andere kandidaat gekozen. Wij '
     'houden uw cv graag in portefeuille voor toekomstige vacatures.\n\nMet vriendelijke groeten,\nHR'),
    ('Open sollicitatie', 'Beste Sam,\n\nEr is op dit moment geen geschikte vacature voor je. We houden je cv in '
     'portefeuille en nemen contact op als er iets vrijkomt.\n\nGroet,\nHR'),
    # --- a recruiter after a phone screen
    ('Ons telefoongesprek', 'Hoi Sam,\n\nLeuk je vanmiddag gesproken te hebben. Ik heb het met de hiring manager '
     'besproken en we gaan je helaas niet uitnodigen voor de volgende ronde.\n\nGroet,\nNoor, Recruiter'),
    ('Terugkoppeling telefonische screening', 'Beste Sam,\n\nNa de telefonische screening hebben we besloten je '
     'kandidatuur niet door te zetten naar de hiring manager.\n\nGroet,\nTalent Acquisition'),
    ('Feedback', 'Hoi Sam,\n\nZoals telefonisch besproken: de klant heeft gekozen voor een andere kandidaat. Ik '
     'hou je op de hoogte van nieuwe opdrachten.\n\nGroet,\nBas, Yacht'),
    ('Na ons belletje', 'Hoi Sam,\n\nDank voor het prettige telefoongesprek. Je ervaring sluit helaas niet aan bij '
     'wat de klant zoekt, dus ik kan je niet voorstellen bij de klant.\n\nGroet,\nMaud'),
    # --- Dutch and English in one mail
    ('Your application for Backend Engineer', 'Hi Sam,\n\nThanks for applying. Helaas hebben we besloten om je '
     'niet uit te nodigen voor een technisch interview.\n\nBest regards,\nTalent Acquisition'),
    ('Re: sollicitatie Data Engineer', 'Hoi Sam,\n\nThe team has reviewed your profile and decided not to move '
     'forward with your application. Sorry dat het dit keer niet gelukt is!\n\nGroet,\nEline'),
    ('Application update', 'Hi Sam,\n\nNa de case interview hebben we besloten verder te gaan met een andere '
     'kandidaat. Thanks for your time!\n\nCheers,\nPeople team'),
    # --- mobile one-liners
    ('Re: sollicitatie', 'Helaas, je bent niet aangenomen. Succes verder!\n\nVerstuurd vanaf mijn iPhone'),
    ('Re: vacature', 'Sorry Sam, het is iemand anders geworden. Gr Bas\n\nVerzonden vanaf mijn Samsung'),
    ('Re: gesprek', 'Hoi Sam, we gaan voor een andere kandidaat. Bedankt! Mark\nVerstuurd vanaf mijn iPhone'),
    # --- the subject says it, the body points elsewhere
    ('Afwijzing sollicitatie medewerker klantenservice', 'Beste Sam,\n\nIn de bijlage vind je onze brief over je '
     'sollicitatie.\n\nMet vriendelijke groet,\nHR'),
    ('Uw sollicitatie - niet geselecteerd', 'Geachte heer Rivera,\n\nZie de bijgevoegde brief.\n\nHoogachtend,\n'
     'Gemeente Emmen'),
    ('Kandidatuur niet weerhouden', 'Dag Sam,\n\nMeer info vind je in de bijlage.\n\nGroeten,\nHR'),
    # --- a Dutch answer above a quoted earlier mail
    ('Re: Application', 'Hoi Sam,\n\nHelaas, de hiring manager heeft gekozen voor een andere kandidaat.\n\nGroet,\n'
     'Joyce\n\nOn Mon, 3 Jun 2024 at 10:12, Sam Rivera <sam@example.net> wrote:\n> Hi Joyce, any news about the '
     'role? I am still very interested.\n'),
    ('Re: Sollicitatie', 'Dear Sam,\n\nUnfortunately we have decided not to proceed with your application.\n\n'
     'Kind regards,\nJoyce\n\nOp 2 mei 2024 om 10:12 schreef Sam Rivera <sam@example.net>:\n> Beste Joyce,\n> '
     'Hierbij stuur ik mijn sollicitatie voor de functie van planner.\n'),
    # --- other everyday wording
    ('Sollicitatie', 'Beste Sam,\n\nJe sollicitatie was deze keer niet succesvol.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nHelaas is je sollicitatie voor de functie van planner niet succesvol '
     'geweest.\n\nGroet,\nHR'),
    ('Sollicitatie magazijnmedewerker', 'Beste Sam,\n\nWe hebben je sollicitatie ontvangen, maar je voldoet helaas '
     'niet aan de minimale eisen voor deze functie.\n\nGroet,\nLogistiek Venlo'),
    ('Je sollicitatie', 'Hoi Sam,\n\nHet was een lastige keuze, maar we hebben besloten de functie niet aan jou '
     'te geven.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nNa het tweede gesprek hebben we de knoop doorgehakt: we kiezen voor een '
     'kandidaat die al in de regio woont.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Hoi Sam, we hebben iemand gevonden voor de functie. Bedankt voor je moeite! Groet, Kees'),
    ('Sollicitatie receptionist', 'Beste Sam,\n\nVoor de functie van receptionist is het helaas niet geworden. We '
     'wensen je veel succes.\n\nGroet,\nHotel Zeezicht'),
    ('Re: bediening', 'Hoi Sam, qua personeel zitten we al vol voor het seizoen, dus we kunnen je niet aannemen. '
     'Groet, Strandpaviljoen Noord'),
    ('Vacature', 'Beste Sam,\n\nDe vacature waarop je hebt gereageerd komt door een reorganisatie te vervallen. '
     'Daarom kunnen we je sollicitatie niet verder behandelen.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nWij hebben besloten de vacature intern in te vullen. Bedankt voor je '
     'interesse.\n\nGroet,\nHR'),
    ('Je kandidatuur', 'Dag Sam,\n\nJe profiel komt niet in aanmerking voor de functie van zorgkundige, omdat het '
     'attest ontbreekt.\n\nGroeten,\nHR'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nUw sollicitatie heeft helaas niet tot een aanstelling geleid.\n\n'
     'Hoogachtend,\nGemeente Hoorn'),
    # --- the new families: a helper already found, another asked for the post, nothing to be done with the letter,
    # "niet geworden" after the post, staff already full
    ('Re: keukenhulp', 'Hoi Sam, we hebben inmiddels een nieuwe keukenhulp gevonden. Toch bedankt! Gr, Ruud'),
    ('Vakantiewerk', 'Beste Sam,\n\nBedankt voor je reactie, maar we hebben al een vakantiekracht gevonden voor de '
     'zomer.\n\nGroet,\nTuincentrum Groen'),
    ('Re: bijbaan', 'Hoi Sam, we hebben iemand anders gevraagd voor de bijbaan achter de bar. Succes! Groetjes, Tess'),
    ('Sollicitatie', 'Beste Sam,\n\nBedankt voor je brief. Eerlijk gezegd kunnen we er op dit moment niets mee, want '
     'we groeien niet.\n\nGroet,\nDrukkerij Van Loon'),
    ('Je sollicitatie', 'Dag Sam,\n\nVoor de job van magazijnier is het spijtig genoeg niet geworden. Veel succes '
     'verder.\n\nGroeten,\nHR'),
    ('Re: vacature', 'Hoi Sam, we zitten qua personeel al vol voor de zomer. Sorry! Gr, Strandpaviljoen Noord'),
    ('Studentenjob', 'Dag Sam, we zitten al vol met jobstudenten deze zomer. Probeer het in september nog eens! '
     'Groetjes, IJssalon Gelato'),
    # --- "niet succesvol" of the application (said in one family, gated by "niet"), and the past "voldeed"
    ('Uw kandidatuur', 'Geachte heer Rivera,\n\nUw kandidatuur is in deze ronde niet succesvol gebleken.\n\n'
     'Met vriendelijke groeten,\nHR'),
    ('Sollicitatie accountmanager', 'Beste Sam,\n\nNa het gesprek concludeerden we dat je net niet voldeed aan het '
     'profiel.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nJe voldeed helaas niet aan de eisen voor deze functie.\n\nGroet,\nHR'),
    # --- not fitting "binnen" the team, no possibility of a place, another hired, the appointment refrained from
    ('Je sollicitatie', 'Beste Sam,\n\nJe profiel past op dit moment niet binnen onze organisatie.\n\nMet vriendelijke '
     'groet,\nHR'),
    ('Open sollicitatie', 'Beste Sam,\n\nWe zien op dit moment geen mogelijkheden om je een plek te bieden.\n\nGroet,\n'
     'Bureau Lente'),
    ('Sollicitatie', 'Hoi Sam,\n\nIk moet je helaas laten weten dat we een ander hebben aangenomen.\n\nGroet,\nKees'),
    ('Sollicitatie', 'Hoi Sam,\n\nHelaas is het niet gelukt om je een plek in het team te geven.\n\nGroet,\nHR'),
    ('Vacature teamleider', 'Beste Sam,\n\nWe kiezen ervoor om de positie anders in te vullen.\n\nGroet,\nHR'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nOp basis van de referenties hebben wij besloten af te zien van een '
     'aanstelling.\n\nHoogachtend,\nGemeente Hoorn'),
    ('Je sollicitatie', 'Beste Sam,\n\nJammer genoeg moeten we je sollicitatie laten gaan.\n\nGroet,\nHR'),
    ('Na het kennismakingsgesprek', 'Hoi Sam,\n\nLeuk je gesproken te hebben over de vacature. We laten het bij deze '
     'kennismaking.\n\nGroet,\nHR'),
    # --- someone already hired or a student already there, the place given away, a selection not passed
    ('Kandidatuur', 'Dag Sam,\n\nHelaas hebben we voor deze vacature al iemand aangeworven.\n\nGroeten,\nHR'),
    ('Stageaanvraag', 'Beste Sam,\n\nHelaas hebben we de stageplaats al aan een andere student toegekend.\n\nGroet,\n'
     'HR'),
    ('Re: stage', 'Hoi Sam, we hebben al een stagiair voor dit semester. Succes! Groet, Ellen'),
    ('Je sollicitatie', 'Beste Sam,\n\nHelaas heb je de selectieprocedure niet succesvol doorlopen.\n\nGroet,\nHR'),
    # --- plain verdicts in a note's own words
    ('Je sollicitatie', 'Hoi Sam,\n\nHelaas hebben we moeten besluiten dat het geen ja wordt.\n\nGroet,\nHR'),
    ('Vacature controller', 'Beste Sam,\n\nWe hebben het aanbod aan een andere kandidaat gedaan en die heeft het '
     'geaccepteerd.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nEen andere kandidaat heeft uiteindelijk de voorkeur gekregen.\n\nGroet,\nHR'),
    ('Na het gesprek', 'Hoi Sam,\n\nDank voor het gesprek over de vacature. We misten helaas de klik.\n\nGroet,\n'
     'HR'),
    ('Re: vacature', 'Hoi Sam, helaas, de functie is al weg. Succes met zoeken! Groet, Jolanda'),
    ('Je sollicitatie', 'Beste Sam,\n\nHelaas zien we voor jou geen rol binnen ons bedrijf.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nNa het gesprek zijn we helaas niet voor jou gegaan.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nWe sluiten je sollicitatie hierbij af. Dank voor je interesse.\n\nGroet,\nHR'),
    ('Uw kandidatuur', 'Geachte heer Rivera,\n\nDe selectieprocedure is voor u hier ten einde.\n\nMet vriendelijke '
     'groeten,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nHelaas heb je het niet gered tot de laatste ronde.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nWe hebben niet genoeg vertrouwen dat je de rol van teamleider kunt '
     'vervullen.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nJe sollicitatie kwam op een stapel met tweehonderd andere, en we kozen voor '
     'vijf kandidaten met meer ervaring.\n\nGroet,\nHR'),
    ('Sollicitatie verzorgende', 'Beste Sam,\n\nHelaas voldoe je niet aan de taaleis van niveau B2.\n\nGroet,\n'
     'Zorggroep Noord'),
    ('Je kandidatuur', 'Dag Sam,\n\nWe hebben je kandidatuur grondig bekeken maar vinden je niet geschikt.\n\n'
     'Groeten,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nJe bent op dit moment niet de kandidaat die we zoeken.\n\nGroet,\nHR'),
    # --- a terse note under a job title
    ('Grondinstructeur', 'Hoi Sam,\n\nWe nemen iemand met meer ervaring als instructeur.\n\nHartelijke groet,\n\n'
     'Esther\nVliegschool Wolkenkrabber'),
    ('Re: vacature kapper', 'Hoi Sam,\n\nJe bent tweede geworden. Succes verder!\n\nGroet,\nSalon Knip'),
    ('Re: vacature', 'Hoi Sam, helaas geen baan voor jou. Groetjes, Mo'),
    ('Je sollicitatie', 'Hoi Sam,\n\nWe kunnen je helaas niet gebruiken in ons team.\n\nGroet,\nHR'),
    ('Re: sollicitatie bediening', 'Hoi Sam,\n\nHelaas, een ander was net iets beter.\n\nGroet,\nCafe De Zwaan'),
    ('Re: vacature kok', 'Hoi Sam,\n\nWe kiezen voor een collega van binnen. Sorry!\n\nGroet,\nRestaurant Smaak'),
]

# "kinderopvang" in the body reads as a child's place (the shared look-alike in phrases.py, not this file's).
KNOWN_GAPS = [
    ('Sollicitatie pedagogisch medewerker',
     'Hoi Sam,\n\nJe diploma is volgens de cao kinderopvang helaas niet kwalificerend, daarom kunnen we je '
     'sollicitatie niet in behandeling nemen.\n\nGroet,\nKinderopvang Zonnestraal'),
]

LOOKALIKES = [
    # --- invitations and next steps that share the words of a no
    ('Uitnodiging tweede ronde', 'Beste Sam,\n\nVoor de tweede ronde hebben we gekozen voor kandidaten met een '
     'lesbevoegdheid, en jij hoort daarbij. Kun je donderdag om 14 uur?\n\nGroet,\nOBS De Regenboog'),
    ('Vervolgstap', 'Hoi Sam,\n\nGoed nieuws: je gaat door naar de volgende ronde. De andere kandidaten nodigen we '
     'niet meer uit.\n\nGroet,\nHR'),
    ('Uitnodiging', 'Beste Sam,\n\nWe kozen uiteindelijk voor een kandidaat met jouw profiel: we bieden je graag de '
     'functie aan!\n\nGroet,\nHR'),
    ('Vervanging groep 8', 'Hoi Sam,\n\nVoor de vervanging van juf Ans hebben we gekozen voor een kandidaat met '
     'ervaring in groep 8. Wil jij haar maandag inwerken?\n\nGroet,\nDirectie'),
    # --- acknowledgements
    ('Ontvangstbevestiging sollicitatie', 'Beste Sam,\n\nWe hebben je sollicitatie in goede orde ontvangen. Binnen '
     'twee weken hoor je of je wordt uitgenodigd.\n\nGroet,\nHR'),
    ('Ontvangstbevestiging', 'Beste Sam,\n\nBedankt voor je sollicitatie voor de functie van verpleegkundige. Let '
     'op: onvolledige sollicitaties nemen wij niet in behandeling. Die van jou is compleet.\n\nGroet,\nHR'),
    ('Open sollicitatie ontvangen', 'Beste Sam,\n\nBedankt voor je open sollicitatie! We hebben wel een passende '
     'functie voor je: planner. Kun je dinsdag langskomen?\n\nGroet,\nHR'),
    ('Open sollicitatie', 'Beste Sam,\n\nOp dit moment hebben we geen passende functie, maar volgende maand komt er '
     'een vacature vrij en daarvoor nodigen we je graag uit.\n\nGroet,\nHR'),
    # --- a quote, a house, a subsidy, a loan, an article, a manuscript
    ('Offerte dakkapel', 'Beste meneer Rivera,\n\nU heeft onze offerte afgewezen. Mogen wij vragen waarom?\n\n'
     'Met vriendelijke groet,\nDakkapel Direct'),
    ('Uw offerte', 'Geachte heer Rivera,\n\nWij hebben besloten uw offerte voor het schilderwerk niet te '
     'accepteren; we gaan met een andere schilder verder.\n\nMet vriendelijke groet,\nVvE Parkzicht'),
    ('Afwijzing: offerte keukenrenovatie', 'Beste Sam,\n\nBij deze laten we weten dat we voor een andere '
     'aannemer kiezen.\n\nGroet,\nFam. de Groot'),
    ('Woning Kerkstraat 12', 'Beste Sam,\n\nHelaas is de woning toegewezen aan een andere kandidaat-huurder. Je '
     'inschrijving blijft actief.\n\nWoningNet'),
    ('Bezichtiging Dorpsstraat', 'Hoi Sam,\n\nDe verhuurder heeft gekozen voor een andere kandidaat. Succes met je '
     'zoektocht naar een woning!\n\nMakelaardij Van Dam'),
    ('Subsidieaanvraag', 'Geachte heer Rivera,\n\nUw aanvraag voor de subsidie is afgewezen, omdat het budget op '
     'is.\n\nHoogachtend,\nRVO'),
    ('Uw kredietaanvraag', 'Beste Sam,\n\nHelaas kunnen we je lening niet toekennen. Je aanvraag is afgewezen op '
     'basis van je BKR-registratie.\n\nGroet,\nBank'),
    ('Je artikel', 'Beste Sam,\n\nDe redactie heeft besloten je artikel niet te plaatsen. Andere inzendingen sloten '
     'beter aan bij het thema.\n\nGroet,\nRedactie'),
    ('Manuscript', 'Beste Sam,\n\nWe hebben je manuscript gelezen maar besloten het niet uit te geven. We wensen je '
     'veel succes bij andere uitgevers.\n\nGroet,\nUitgeverij Prometheus'),
    ('Inschrijving basisschool', 'Beste meneer Rivera,\n\nHelaas is er geen plek voor uw zoon in groep 1; de groep '
     'zit vol. U staat op de wachtlijst.\n\nGroet,\nDirectie'),
    ('Opname', 'Beste meneer Rivera,\n\nHelaas kunnen wij u op dit moment geen plek bieden op de afdeling; u staat op '
     'de wachtlijst voor de operatie.\n\nMet vriendelijke groet,\nZiekenhuis Rijnstate'),
    ('Indicatie huishoudelijke hulp', 'Geachte heer Rivera,\n\nUw aanvraag voor huishoudelijke hulp is afgewezen, '
     'omdat uw partner de taken kan overnemen.\n\nHoogachtend,\nGemeente Arnhem, Wmo'),
    # --- the reader turns someone down or is told of someone else
    ('Re: kandidaten', 'Hoi Sam,\n\nPrima, dan stuur ik Ahmed een afwijzing en nodig ik Fatima uit voor een tweede '
     'gesprek.\n\nGroet,\nLisa (recruiter)'),
    ('Concept afwijzingsbrief', 'Hoi Sam,\n\nHierbij het concept voor de afwijzingsbrief aan de kandidaten die niet '
     'door zijn naar de tweede ronde. Kun je even meelezen?\n\nGroet,\nHR'),
    ('Stagiair voor je afdeling', 'Hoi Sam,\n\nVoor je afdeling kunnen we helaas geen stagiair aanbieden dit '
     'semester.\n\nGroet,\nHR'),
    ('Re: dienst ruilen', 'Hoi Sam, ik heb iemand anders gevraagd om je dienst over te nemen. Groet, Fleur'),
    ('Re: presentatie', 'Hoi Sam, voor de presentatie op de open dag hebben we iemand anders gevraagd. Groet, '
     'Directie'),
    # --- the reader's own withdrawal
    ('Intrekking sollicitatie', 'Beste Sam,\n\nWe hebben je bericht ontvangen dat je je sollicitatie intrekt. Jammer, '
     'maar we begrijpen het. We sluiten je dossier.\n\nGroet,\nHR'),
    ('Re: terugtrekken', 'Hoi Sam, jammer dat je hebt besloten niet verder te gaan in de procedure. Veel succes bij '
     'je nieuwe werkgever!'),
    ('Re: aanbod', 'Hoi Sam, jammer dat je ons aanbod afwijst. Mocht je van gedachten veranderen, bel me dan.'),
    # --- the reader is staff: rosters, a colleague's job, shifts
    ('Rooster bijbaan', 'Hoi Sam, je bent volgende week niet ingeroosterd, we hebben genoeg mensen. Groet, Kim'),
    ('Rooster thuiszorg', 'Hoi Sam, we kunnen je zaterdag helaas niet inzetten in de wijk, de planning is rond.'),
    ('Stagebegeleiding', 'Beste Sam,\n\nJe stageplaats bij ons is goedgekeurd door school. Welkom op 1 februari!\n\n'
     'Groet,\nHR'),
    ('Stageplaats', 'Hoi Sam, goed nieuws: we kunnen je een stageplaats aanbieden vanaf februari!'),
    # --- reserve lists and portfolios that keep it open
    ('Reservelijst', 'Beste Sam,\n\nJe bent geslaagd en staat op de reservelijst. Zodra er een plek vrijkomt, nemen '
     'we contact met je op.\n\nGroet,\nHR'),
    ('Reservelijst', 'Dag Sam,\n\nGoed nieuws: er is een plek vrijgekomen en je staat bovenaan de reservelijst. We '
     'bieden je de job aan.\n\nGroeten,\nHR'),
    ('Je cv', 'Hoi Sam,\n\nIk heb je cv in portefeuille genomen en stel je deze week voor bij twee klanten.\n\n'
     'Groet,\nDaan, Brunel'),
    # --- phone screens, mixed language, one-liners with good or neutral news
    ('Ons telefoongesprek', 'Hoi Sam,\n\nLeuk je gesproken te hebben! Ik heb je cv doorgestuurd naar de hiring '
     'manager; je hoort eind van de week meer.\n\nGroet,\nNoor'),
    ('Your application for Backend Engineer', 'Hi Sam,\n\nThanks for applying. We hebben je sollicitatie ontvangen '
     'en nemen binnen vijf werkdagen contact met je op.\n\nBest,\nTalent Acquisition'),
    ('Re: sollicitatie', 'Top, tot dinsdag! Gr Bas\n\nVerstuurd vanaf mijn iPhone'),
    ('Re: bijbaan', 'Hoi Sam, de kassa hebben we al ingevuld, maar de vakkenvullers zoeken nog iemand. Kom je '
     'zaterdag langs?'),
    # --- a quoted no under new good news
    ('Re: Sollicitatie', 'Hi Sam,\n\nGood news: the position has reopened and we would love to invite you for a '
     'second interview.\n\nBest,\nJoyce\n\nOp 2 mei 2024 om 10:12 schreef Joyce de Vries <joyce@acme.example>:\n'
     '> Beste Sam,\n> Helaas hebben we gekozen voor een andere kandidaat.\n'),
    # --- job alerts and newsletters about rejection
    ('Nieuwe vacatures voor jou', 'Hoi Sam,\n\n5 nieuwe vacatures die passen bij je profiel: verpleegkundige, '
     'leerkracht groep 3, planner. Niet meer ontvangen? Afmelden.\n\nNationale Vacaturebank'),
    ('Vacaturemelding', 'Dag Sam,\n\nEr zijn 3 nieuwe jobs in Gent. Deze vacature is helaas niet meer beschikbaar: '
     'magazijnier. Bekijk gelijkaardige jobs.\n\nVDAB'),
    ('Nieuwsbrief: omgaan met afwijzing', 'Hoi Sam,\n\nIn deze nieuwsbrief: hoe ga je om met een afwijzing op je '
     'sollicitatie? Vijf tips van onze loopbaancoach.\n\nAfmelden kan onderaan deze mail.\n\nIntelligence Group'),
    ('Blog', 'Hoi Sam,\n\nWeer een afwijzing na een sollicitatie? Lees waarom een afwijzing vaak niets over jou '
     'zegt.\n\nJe ontvangt deze mail omdat je lid bent van Carriere Tijger.'),
    # --- a no to something else, told to the reader
    ('Fwd: afwijzing', 'Hoi Sam, kijk, dit kreeg ik vandaag. Balen! Zullen we vanavond bellen? Groetjes, Eva\n\n'
     '---------- Doorgestuurd bericht ---------\nVan: HR\n\nBeste Eva, helaas hebben we gekozen voor een andere '
     'kandidaat.'),
    ('Verlofaanvraag', 'Hoi Sam,\n\nJe verlofaanvraag voor de kerstweek is helaas afgewezen; er zijn al te veel '
     'collega\'s vrij.\n\nGroet,\nTeamleider'),
    ('Lidmaatschap', 'Beste Sam,\n\nHelaas zitten we al vol voor het seizoen: je kunt op de wachtlijst voor de '
     'tennisbaan.\n\nGroet,\nTV De Lob'),
    # --- near the new families
    ('Verlof', 'Hoi Sam,\n\nGoed nieuws: we hebben al een vervanger gevonden voor je zwangerschapsverlof.\n\nGroet,'
     '\nTeamleider'),
    ('Re: vacature Joris', 'Hoi Sam, voor de vacature van Joris hebben we iemand anders gevraagd om de gesprekken te '
     'voeren. Jij hoeft dus niet. Groet, HR'),
    ('Re: dienst zaterdag', 'Hoi Sam, voor je dienst van zaterdag hebben we iemand anders gevraagd. Fijn weekend! Kim'),
    ('Open sollicitatie', 'Beste Sam,\n\nBedankt voor je open sollicitatie. Zonder cv kunnen we er nog niets mee; wil '
     'je het alsnog sturen?\n\nGroet,\nHR'),
    ('Re: teamleider', 'Hoi Sam, voor de functie van teamleider is het voor mij helaas niet geworden, dus ik blijf '
     'gewoon je collega! Groet, Anouk'),
    ('Re: tafel reserveren', 'Hoi Sam, zaterdag zitten we al vol, sorry! Zondag kan wel. Groet, Restaurant De Haven'),
    ('Je sollicitatie', 'Hoi Sam,\n\nJe sollicitatie is niet succesvol verzonden. Probeer het opnieuw via de '
     'website.\n\nGroet,\nWerkenbij'),
    ('Je sollicitatie', 'Beste Sam,\n\nJe sollicitatie is nog niet succesvol afgerond: de motivatie ontbreekt.\n\n'
     'Groet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nJe voldeed aan alle eisen, dus we nodigen je uit voor een tweede gesprek.\n\n'
     'Groet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nJe profiel past niet binnen deze functie, maar wel perfect binnen de vacature '
     'van planner. Zullen we die bespreken?\n\nGroet,\nHR'),
    ('Re: teamleider', 'Hoi Sam, voor de functie van planner is het niet geworden, voor die van teamleider wel: '
     'gefeliciteerd! Groet, HR'),
    ('Verlofaanvraag', 'Hoi Sam,\n\nJe verlofaanvraag past niet binnen het rooster van december.\n\nGroet,\nPlanning'),
    ('Parkeren', 'Hoi Sam,\n\nWe zien geen mogelijkheden om je een plek op de parkeerplaats te bieden.\n\nGroet,\n'
     'Facilitair'),
    ('Training', 'Hoi Sam,\n\nHet is niet gelukt om je een plek in de training te geven; je staat op de '
     'wachtlijst.\n\nGroet,\nHR'),
    ('Je aanbod', 'Beste Sam,\n\nJammer dat u heeft besloten af te zien van een aanstelling bij ons.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nWe laten het bij dit gesprek en sturen je morgen het contract!\n\nGroet,\nHR'),
    ('Zomer', 'Hoi Sam,\n\nWe hebben al een vakantiekracht voor de zomer, dus jij kunt gewoon op vakantie!\n\n'
     'Groet,\nTeamleider'),
    ('E-learning', 'Hoi Sam,\n\nJe hebt de verplichte e-learning test niet succesvol afgerond. Probeer het '
     'opnieuw.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nJe hebt het assessment nog niet succesvol afgerond; je kunt de laatste module '
     'morgen maken.\n\nGroet,\nHR'),
    ('Formulier', 'Hoi Sam,\n\nHet is geen ja-of-neevraag, dus schrijf er een toelichting bij.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nHet wordt geen ja, maar ook geen nee: we willen je eerst nog een keer '
     'spreken.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nEen andere kandidaat had de voorkeur, maar die trok zich terug. Wil je alsnog '
     'komen praten?\n\nGroet,\nHR'),
    ('Offerte', 'Hoi Sam,\n\nWe misten de klik met de vorige leverancier, daarom kozen we voor jullie.\n\nGroet,\n'
     'Inkoop'),
    ('Je sollicitatie', 'Beste Sam,\n\nWe zien voor jou geen rol binnen het bedrijf zolang je diploma '
     'ontbreekt.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nWe sluiten je sollicitatie hierbij af met een mooi aanbod: welkom bij het '
     'team!\n\nGroet,\nHR'),
    ('Update app', 'Hoi Sam,\n\nDe functie is al weg uit het menu, kijk onder instellingen.\n\nGroet,\nIT'),
    ('Je sollicitatie', 'Hoi Sam,\n\nWe kozen voor vijf kandidaten met veel ervaring, en jij bent een van hen!\n\n'
     'Groet,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nVoldoe je niet aan de eisen? Dan kun je eerst een opleiding volgen.\n\nGroet,\n'
     'HR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nWe vinden je niet alleen geschikt, maar zelfs perfect voor de rol.\n\nGroet,\n'
     'HR'),
    ('Rooster', 'Hoi Sam,\n\nWe vinden je niet geschikt voor de nachtdienst, maar de dagdienst is helemaal voor '
     'jou.\n\nGroet,\nTeamleider'),
    ('Klantbezoek', 'Hoi Sam,\n\nWe nemen iemand met meer ervaring mee naar de klant, en jij gaat ook mee.\n\n'
     'Groet,\nTeamleider'),
    ('Personeelsvereniging', 'Hoi Sam,\n\nJe bent tweede geworden bij de fotowedstrijd van de '
     'personeelsvereniging!\n\nGroet,\nPV'),
    ('Je sollicitatie', 'Hoi Sam,\n\nJe bent tweede geworden, maar de eerste heeft afgezegd: de baan is voor '
     'jou!\n\nGroet,\nHR'),
    ('Rooster', 'Hoi Sam,\n\nWe kunnen je zaterdag niet gebruiken, kom maar maandag.\n\nGroet,\nKim'),
    ('Laptop', 'Hoi Sam,\n\nEen ander model was beter, dus we bestellen die laptop.\n\nGroet,\nIT'),
    ('Inwerken', 'Hoi Sam,\n\nWe kiezen voor een collega van binnen als je mentor.\n\nGroet,\nHR'),
]


test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
