"""Precision audit, Dutch: mail that carries the words of a Dutch decision family but rejects no application of the
reader: the phrase said of someone else (a colleague, a candidate the reader interviewed, a supplier), of a thing that
is no job (a flat, a loan, a grant, a paper, a tender, a study or childcare place, an event, an order, a policy, a
visa), quoted in a newsletter or a careers column, in a job alert or a recruiter's mail, negated, conditional or still
to come, the reader's own withdrawal, an offer, an invitation after another role was turned down, mail to the hiring
side, and selections for a school or a team. Each must not be called a rejection; the real rejections next to the
fixes must still be.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

SENDER = "Marloes de Wit <m.dewit@hofstede.example>"


def letter(subject: str, body: str) -> bytes:
    return mail(f"Beste Sam,\n\n{body}\n\nMet vriendelijke groet,\nMarloes de Wit", subject, SENDER)


NON_REJECTIONS = [
    # --- the decision is about someone else: a colleague, a candidate the reader met, a supplier --------------------
    ("Sollicitatie Pieter", "Pieter heeft gisteren gehoord dat hij niet verder gaat in de procedure bij de gemeente. "
                            "Hij baalt ervan, misschien kun jij hem even bellen?"),
    ("Kandidaat Jansen", "Na overleg met het team hebben we besloten niet verder te gaan met kandidaat Jansen. "
                         "Wil jij hem vandaag nog informeren?"),
    ("Terugkoppeling gesprekken", "Bedankt dat je bij de gesprekken aanwezig was. We gaan verder met Lotte; "
                                  "de andere twee kandidaten krijgen morgen een afwijzing van mij."),
    ("Vacature teamleider", "De vacature voor teamleider in jouw team is inmiddels vervuld. Jouw nieuwe collega "
                            "begint op 1 maart, ik stuur je nog een planning voor de inwerkperiode."),
    ("Leverancier schoonmaak", "We hebben gekozen voor een andere leverancier voor de schoonmaak van het pand. "
                               "Het contract met CleanPro loopt per 1 juni af."),
    ("Offerte drukwerk", "Helaas sluit jullie offerte niet aan bij ons budget; we zijn verder gegaan met een andere "
                         "drukkerij. Bedankt voor de moeite."),
    ("Uitslag aanbesteding", "De aanbesteding voor het groenonderhoud is gegund aan een andere partij. Uw inschrijving "
                             "scoorde lager op prijs. Een toelichting volgt per brief."),
    ("Stagiair Ahmed", "Ahmed is niet geselecteerd voor de traineeship bij de provincie. Als stagebegeleider wilde ik "
                       "je dat even laten weten, dan kun je het met hem bespreken."),
    ("Update werving", "Voor de functie van controller hebben we iemand anders aangenomen dan de kandidaat die jij "
                       "had aangedragen. Dank voor je tip, we houden hem in gedachten."),
    ("Nieuws uit het team", "Onze collega Fatima is helaas niet door naar de tweede ronde voor de interne functie. "
                            "Ze blijft gewoon bij ons op de afdeling werken."),
    ("Je vriendin Iris", "Iris vertelde me dat ze is afgewezen voor de baan bij de bibliotheek. Zullen we haar "
                         "zaterdag mee uit eten nemen?"),
    ("Gesprek met Bram", "Ik heb Bram gesproken; hij past niet bij de functie van accountmanager, zijn ervaring ligt "
                         "te veel in de techniek. Laat jij het bureau het weten?"),
    ("Selectie sollicitanten", "Van de twaalf sollicitanten hebben we er drie uitgenodigd. De overige sollicitaties "
                               "mag jij afwijzen met de standaardmail."),
    ("Jouw kandidaat", "De kandidaat die je via je netwerk voordroeg, is helaas niet geselecteerd. Dank voor het "
                       "meedenken, we komen er zeker op terug als er iets anders is."),
    ("Werving voor jouw afdeling", "Beste manager, voor de vacature in jouw team hebben we de keuze gemaakt: we gaan "
                                   "verder met de kandidaat met de meeste ervaring."),
    ("Uitslag interne sollicitatie", "Hun sollicitatie is niet succesvol gebleken, maar jouw team krijgt er volgende "
                                     "maand een extra formatieplaats bij."),
    # --- not a job: a flat, a loan, a grant, a paper, a study or childcare place, an event, an order, a policy --------
    ("Huurwoning Kanaalstraat", "Helaas is de woning aan de Kanaalstraat inmiddels verhuurd. De verhuurder heeft "
                                "gekozen voor een andere kandidaat."),
    ("Uw inschrijving woning", "U bent niet geselecteerd voor de bezichtiging van de woning. Er waren meer dan "
                               "tweehonderd reacties."),
    ("Uw aanvraag lening", "Uw aanvraag voor een persoonlijke lening is afgewezen. Uw inkomen is onvoldoende voor het "
                           "gevraagde bedrag."),
    ("Hypotheekaanvraag", "Helaas kunnen we uw aanvraag niet in behandeling nemen: de geldverstrekker heeft de "
                          "hypotheek afgewezen."),
    ("Subsidieaanvraag", "Uw subsidieaanvraag voor het buurtproject is niet toegekend. Het budget voor dit jaar is "
                         "volledig benut."),
    ("Besluit projectsubsidie", "De commissie heeft besloten uw aanvraag niet te honoreren. Er waren meer aanvragen "
                                "dan middelen."),
    ("Uw artikel", "Na beoordeling door de redactie is uw artikel niet geselecteerd voor publicatie in het "
                   "tijdschrift. De reviewers vonden de methode te beperkt."),
    ("Abstract congres", "Uw abstract is helaas niet geselecteerd voor een presentatie op het congres. U bent van "
                         "harte welkom als deelnemer."),
    ("Toelating master", "Helaas bent u niet toegelaten tot de masteropleiding Psychologie. U voldoet niet aan de "
                         "vooropleidingseisen."),
    ("Uitslag loting", "Je bent bij de decentrale selectie niet geplaatst voor de opleiding Geneeskunde. Je kunt "
                       "volgend jaar opnieuw deelnemen."),
    ("Plaatsing kinderopvang", "Helaas hebben we op dit moment geen plek voor uw dochter op de peutergroep. Ze staat "
                               "op de wachtlijst."),
    ("Aanmelding basisschool", "Uw zoon is niet geplaatst op onze school voor het komende schooljaar. De groep "
                               "is vol."),
    ("Inschrijving hardloopwedstrijd", "De loting is geweest: je bent helaas niet ingeloot voor de marathon. Je "
                                       "inschrijfgeld wordt teruggestort."),
    ("Je bestelling", "Je bestelling kunnen we helaas niet leveren; het artikel is uitverkocht. Het bedrag staat "
                      "binnen drie dagen weer op je rekening."),
    ("Opzegging abonnement", "Uw verzoek om het abonnement te verlengen is niet verwerkt. Uw lidmaatschap eindigt "
                             "op 31 december."),
    ("Schadeclaim", "Uw schadeclaim is afgewezen. De schade valt niet onder de dekking van uw polis."),
    ("Uw verzekering", "Wij hebben besloten uw aanvraag voor de reisverzekering niet te accepteren."),
    ("Visumaanvraag", "Uw visumaanvraag is afgewezen. U kunt binnen vier weken bezwaar maken."),
    ("Verblijfsvergunning", "De IND heeft uw aanvraag voor een verblijfsvergunning niet in behandeling genomen, omdat "
                            "de leges niet zijn betaald."),
    ("Parkeervergunning", "Uw aanvraag voor een parkeervergunning is afgewezen; er is een wachtlijst in uw wijk."),
    ("Volkstuin", "Er is op dit moment geen plek voor u op het volkstuincomplex. U staat op nummer 14 van de lijst."),
    ("Restaurantreservering", "Helaas kunnen we je reservering voor zaterdag niet bevestigen, we zijn volgeboekt."),
    ("Aanmelding workshop", "De workshop is vol, je bent niet ingedeeld. We laten het weten als er een plek vrijkomt."),
    ("Kunstmarkt", "De selectiecommissie heeft uw inzending niet geselecteerd voor de kunstmarkt van dit jaar."),
    ("Crowdfunding", "Jullie project is niet gekozen voor de financiering uit het buurtfonds. Er waren veel sterke "
                     "aanvragen."),
    ("Kavel", "De gemeente heeft de bouwkavel toegewezen aan een andere gegadigde. U ontvangt uw "
              "inschrijfgeld terug."),
    ("Proefles muziekschool", "Je dochter is na de auditie niet geplaatst in het jeugdorkest. Volgend seizoen kan "
                              "ze opnieuw auditie doen."),
    ("Studiebeurs", "Uw aanvraag voor de beurs is niet toegekend; de commissie koos voor studenten met een hoger "
                    "gemiddelde."),
    # --- a newsletter, a blog or a careers column quoting the phrases ------------------------------------------------
    ("Nieuwsbrief maart", "In deze nieuwsbrief: wat doe je als je een mail krijgt met 'we hebben gekozen voor een "
                          "andere kandidaat'? Onze loopbaancoach geeft tips."),
    ("Column: afwijzing", "In onze column deze week: 'helaas gaan we niet verder met je sollicitatie'. Zo ga je "
                          "ermee om en zo vraag je om feedback."),
    ("Blog: 5 fouten", "Veel werkzoekenden krijgen te horen dat hun profiel niet aansluit bij de functie. Vijf tips "
                       "om je cv sterker te maken."),
    ("Loopbaantips", "Een lezer vraagt: 'Ik kreeg te horen dat de vacature intern is ingevuld. Wat nu?' Ons "
                     "antwoord lees je hieronder."),
    ("Webinar solliciteren", "Kreeg je de laatste tijd vaak te horen dat je niet door bent naar de volgende ronde? "
                             "Meld je aan voor ons gratis webinar."),
    ("Cursus sollicitatiebrief", "Leer in drie avonden hoe je een afwijzing voorkomt. Veel cursisten hoorden eerder "
                                 "'we hebben iemand gevonden die beter past'."),
    ("Podcast", "In de nieuwe aflevering praten we met een recruiter over waarom ze kandidaten afwijzen en hoe je "
                "een afwijzing omzet in een leermoment."),
    ("Onderzoek afwijzingen", "Uit ons onderzoek blijkt dat 60 procent van de sollicitanten geen reactie krijgt. "
                              "Slechts een op de vijf krijgt een persoonlijke afwijzing."),
    # --- job alerts and recruiter outreach ---------------------------------------------------------------------------
    ("Nieuwe vacatures", "Er zijn 12 nieuwe vacatures die passen bij je zoekopdracht. De vacature Planner bij "
                         "Transco is helaas al vervuld, maar bekijk de andere."),
    ("Vacaturemelding", "Je vacaturemelding voor 'data analist' heeft deze week geen nieuwe resultaten. Pas je "
                        "zoekprofiel aan voor meer vacatures."),
    ("Kwam je profiel tegen", "Ik kwam je profiel tegen op LinkedIn. De rol die ik vorige maand noemde is vervuld, "
                              "maar ik heb een nieuwe functie die goed past. Heb je tijd voor een belletje?"),
    ("Nieuwe kans", "Ik ben recruiter bij Talentwerk. Bij een klant zoeken ze een projectleider; ik denk dat jouw "
                    "ervaring goed aansluit. Zullen we even bellen?"),
    ("Vacature gesloten", "De vacature Medewerker klantenservice die je had opgeslagen, is gesloten. Bekijk "
                          "vergelijkbare vacatures in je regio."),
    # --- negated, conditional, future, a pause -----------------------------------------------------------------------
    ("Je sollicitatie", "We hebben nog geen besluit genomen over je sollicitatie. We spreken eerst nog met twee "
                        "andere kandidaten en laten je volgende week iets weten."),
    ("Je sollicitatie", "Je bent zeker niet afgewezen! De procedure loopt alleen wat langer door de vakantie."),
    ("Stand van zaken", "We hebben niet voor een andere kandidaat gekozen; je sollicitatie is nog gewoon in "
                        "behandeling."),
    ("Je sollicitatie", "Mocht je vóór vrijdag geen referenties sturen, dan kunnen we je sollicitatie niet verder "
                        "in behandeling nemen."),
    ("Aanvullende stukken", "Zonder je diploma kunnen we je kandidatuur niet meenemen. Wil je het uploaden via de "
                            "link?"),
    ("Planning", "Deze week kunnen we niet verder met je sollicitatie, de manager is ziek. Volgende week hoor je "
                 "meer."),
    ("Je sollicitatie", "Als je geen rijbewijs hebt, kunnen we je helaas niet aannemen. Laat je even weten of je "
                        "dat hebt?"),
    ("Vraag over beschikbaarheid", "Als je pas in september kunt beginnen, past dat mogelijk niet bij onze planning. "
                                   "Kun je aangeven wat je vroegste startdatum is?"),
    ("Procedure", "Kandidaten die niet geselecteerd zijn voor een gesprek, ontvangen uiterlijk 15 mei bericht."),
    ("Je sollicitatie", "Heb je op 1 juni niets van ons gehoord, dan ben je niet geselecteerd. We houden je op de "
                        "hoogte."),
    ("Bevestiging", "We hebben je sollicitatie ontvangen. We nemen binnen twee weken een besluit en laten je weten of "
                    "je door bent naar de volgende ronde."),
    ("Je sollicitatie", "De vacature is nog niet vervuld. We verwachten eind deze maand een beslissing te nemen."),
    ("Je sollicitatie", "Er is nog niets besloten. Je bent nog volop in beeld voor de functie."),
    ("Vervolg", "Het is geen afwijzing: we willen je alleen nog een keer spreken met de directeur erbij."),
    # --- the reader withdraws ----------------------------------------------------------------------------------------
    ("Intrekking sollicitatie", "Bedankt voor je bericht dat je je sollicitatie intrekt. Jammer, maar we begrijpen "
                                "dat je voor een andere baan hebt gekozen."),
    ("Je besluit", "Wat jammer dat je hebt besloten niet verder te gaan in de procedure. Veel succes bij je nieuwe "
                   "werkgever!"),
    ("Re: mijn sollicitatie", "Zoals je vroeg hebben we je sollicitatie ingetrokken en je gegevens verwijderd."),
    ("Je afzegging", "Je gaf aan dat de functie toch niet bij je past en dat je de procedure wilt stoppen. We "
                     "respecteren je keuze."),
    # --- an offer, an invitation, good news ---------------------------------------------------------------------------
    ("Goed nieuws", "We hebben besloten niet verder te zoeken: we bieden je de functie van planner aan! Het contract "
                    "volgt deze week."),
    ("Aanbod", "Na de gesprekken hebben we gekozen voor jou. We zijn blij je de baan aan te bieden."),
    ("Uitnodiging", "Voor de functie van junior adviseur ben je helaas niet geselecteerd, maar voor de rol van "
                    "medior adviseur willen we je graag uitnodigen voor een gesprek."),
    ("Andere vacature", "Voor de functie waarop je solliciteerde kozen we een andere kandidaat. Maar we hebben een "
                        "nieuwe vacature die beter bij je past en willen je graag uitnodigen voor een gesprek."),
    ("Tweede ronde", "Goed nieuws: je bent door naar de volgende ronde! Andere kandidaten zijn afgevallen, jij niet."),
    ("Uitslag assessment", "Je assessment was positief. We gaan graag met je verder en nodigen je uit voor het "
                           "arbeidsvoorwaardengesprek."),
    # --- the reader is the employer or hiring manager ----------------------------------------------------------------
    ("Nieuwe sollicitatie", "Je hebt de kandidaat M. Bakker afgewezen voor je vacature Magazijnmedewerker. De "
                            "kandidaat ontvangt automatisch een e-mail."),
    ("Melding ATS", "Je ontvangt deze melding omdat je hiring manager bent voor de vacature Controller. Kandidaat "
                    "De Vries is niet door naar de tweede ronde."),
    ("Sollicitaties vacature", "Voor je vacature Kok zijn vijf sollicitaties binnen. Twee kandidaten passen niet bij "
                               "de functie; zal ik die afwijzen?"),
    ("Advies commissie", "De commissie adviseert om de kandidaat niet aan te nemen; zijn referenties waren "
                         "twijfelachtig. Graag jouw akkoord als vacaturehouder."),
    ("Conceptafwijzing", "Hierbij de conceptbrief voor de afgewezen kandidaten: 'Helaas hebben we gekozen voor een "
                         "andere kandidaat.' Kun je hem voor vrijdag nakijken?"),
    # --- selections for a school, a team, a choir --------------------------------------------------------------------
    ("Selectie", "Na de selectietrainingen is Daan niet geselecteerd voor het eerste elftal. Hij speelt komend "
                 "seizoen in de JO15-2."),
    ("Teamindeling", "Je dochter is niet gekozen voor de wedstrijdselectie van de turnclub. Ze blijft in de "
                     "recreatiegroep trainen."),
    ("Koor", "Na de auditie hebben we besloten je niet op te nemen in het kamerkoor. Je bent welkom in het "
             "projectkoor."),
    ("Klassenvertegenwoordiger", "De leerlingen hebben gekozen voor een andere kandidaat als "
                                 "klassenvertegenwoordiger. Bedankt dat je je verkiesbaar stelde."),
    ("Voorstelling", "Helaas ben je niet gecast voor de hoofdrol in de schoolmusical. Er is wel een rol in het "
                     "ensemble voor je."),
    ("Excellentieprogramma", "Je bent niet toegelaten tot het honoursprogramma. Je cijfergemiddelde lag onder de "
                             "grens."),
    # --- round two: every family's words once more, in other mouths ---------------------------------------------------
    ("Update", "De vacature is intern vervuld door Mark, die al twee jaar bij ons als stagiair werkte. Jij begeleidt "
               "hem in zijn eerste weken, fijn dat je dat wilt doen."),
    ("Nieuwe collega", "Vanaf maandag hebben we een nieuwe collega: de functie van receptionist is ingevuld door "
                       "Yara. Wil je haar een rondleiding geven?"),
    ("Terugkoppeling Sanne", "Sanne heeft het assessment niet gehaald en valt af voor de functie. Ik bel haar "
                             "morgen; wil jij het bureau informeren?"),
    ("Kandidaten", "Geen van de kandidaten sluit goed aan bij het profiel. Zullen we de vacature opnieuw "
                   "uitzetten, of kijken we eerst intern?"),
    ("Vraag over je team", "Voor je team hebben we de procedure met de twee externe kandidaten afgerond; we kiezen "
                           "voor de interne kandidaat. Kun jij dat met hem bespreken?"),
    ("Referentie", "Bedankt voor je referentie voor Joris. Helaas is hij niet gekozen voor de functie; de keuze "
                   "viel op iemand met meer ervaring."),
    ("Pitch", "Ons pitchvoorstel voor de campagne is helaas niet gekozen. De klant koos een ander bureau met een "
              "lagere prijs."),
    ("Opdracht freelance", "De opdrachtgever heeft besloten de opdracht niet te gunnen aan ons bureau. We gaan "
                           "niet verder met dit traject."),
    ("Offerte verbouwing", "Na vergelijking van de offertes hebben wij gekozen voor een andere aannemer. Dank voor "
                           "uw tijd en uw voorstel."),
    ("Verhuur", "Wij hebben besloten het appartement niet aan u te verhuren. Er was een andere huurder met een "
                "vast contract."),
    ("Sociale huur", "U bent niet geselecteerd voor deze huurwoning: er zijn woningzoekenden met een langere "
                     "inschrijfduur."),
    ("Lening studie", "Je aanvraag voor een aanvullende lening bij DUO is afgewezen. Je kunt bezwaar maken."),
    ("Onderzoeksvoorstel", "Uw onderzoeksvoorstel is niet gehonoreerd door NWO. De beoordelingscommissie plaatste "
                           "het in de categorie 'zeer goed', maar het budget was op."),
    ("Beurs", "Helaas is je aanvraag voor het reisfonds niet toegekend. We hadden veel meer aanvragen dan geld."),
    ("Inzending manuscript", "De redactie heeft besloten uw manuscript niet te publiceren. Het past niet binnen "
                             "het profiel van ons tijdschrift."),
    ("Je talk", "Je talkvoorstel voor de conferentie is niet geselecteerd. Er waren ruim driehonderd voorstellen "
                "voor veertig plekken."),
    ("Aanmelding opleiding", "Je bent helaas niet geplaatst voor de deeltijdopleiding Verpleegkunde. Alle plaatsen "
                             "zijn vergeven."),
    ("Numerus fixus", "Na de selectie ben je niet toegelaten tot de opleiding Fysiotherapie. Je rangnummer was "
                      "te hoog."),
    ("Kinderopvang", "Op dit moment is er geen plaats voor Noor op het kinderdagverblijf. We zetten haar op de "
                     "wachtlijst."),
    ("Buitenschoolse opvang", "Uw aanvraag voor een plaats op de bso is afgewezen; de groep is vol voor dit "
                              "schooljaar."),
    ("Concertkaarten", "Je bent niet ingeloot voor kaarten voor het concert. De kaartverkoop is gesloten."),
    ("Aanvraag evenement", "Uw evenementenvergunning voor het buurtfeest is niet verleend, vanwege de "
                           "geluidsnormen."),
    ("Retour", "Je retourverzoek is afgewezen: de termijn van dertig dagen is verstreken."),
    ("Declaratie zorg", "Uw declaratie voor de fysiotherapie wordt niet vergoed, omdat deze niet onder uw polis "
                        "valt."),
    ("Bezwaar", "Uw bezwaar tegen de WOZ-waarde is ongegrond verklaard. U kunt in beroep gaan bij de rechtbank."),
    ("Donorregistratie", "U bent niet geselecteerd voor het panelonderzoek van deze maand. We nemen een volgende "
                         "keer weer contact op."),
    ("Lidmaatschap", "Uw lidmaatschap van de golfclub is niet goedgekeurd door de ballotagecommissie."),
    ("Prijsvraag", "Je inzending voor de fotowedstrijd is niet gekozen als winnaar. De jury koos voor een andere "
                   "foto."),
    ("Testpanel", "Je bent niet geselecteerd als testgebruiker voor de nieuwe app. Er waren veel aanmeldingen."),
    ("Je verzoek tot thuiswerken", "Je verzoek om vaker thuis te werken is niet toegekend. Je functie vraagt "
                                   "aanwezigheid op kantoor."),
    ("Je aanvraag opleiding", "Je aanvraag voor de leergang Leiderschap is afgewezen, het opleidingsbudget is op."),
    ("Interne overplaatsing", "Je verzoek om overplaatsing naar de vestiging Utrecht is niet gehonoreerd; je "
                              "blijft in je huidige functie in Zwolle."),
    ("Nieuwsbrief april", "In dit nummer: een recruiter vertelt waarom ze cv's afwijst, en een lezer vraagt wat ze "
                          "moet doen na de derde afwijzing."),
    ("Blog", "Wanneer een werkgever schrijft dat je niet aansluit bij het profiel, betekent dat vaak iets anders. "
             "We leggen uit wat je ermee kunt."),
    ("Artikel HR-vakblad", "Hoe schrijf je een goede afwijzingsbrief? Begin niet met 'helaas hebben we gekozen voor "
                           "een andere kandidaat', maar bedank de sollicitant eerst."),
    ("Onderzoek", "Uit de enquête onder werkgevers: 40 procent wijst kandidaten af die niet passen bij de cultuur."),
    ("Vacatures voor jou", "Deze vacatures passen bij je zoekopdracht. Let op: de vacature Kok bij Brasserie Zus "
                           "is inmiddels gesloten."),
    ("Uitzendbureau", "Ik zag dat je eerder bij ons was ingeschreven. Ik heb een nieuwe functie als "
                      "orderpicker die goed bij je past. Heb je interesse?"),
    ("Je sollicitatie", "Dat we je nog niet hebben uitgenodigd, betekent niet dat we niet met je verder willen. We "
                        "plannen de gesprekken volgende week."),
    ("Je sollicitatie", "Er is geen reden om aan te nemen dat je niet in aanmerking komt. We hebben alleen meer "
                        "tijd nodig."),
    ("Je sollicitatie", "We hebben nog niemand gekozen en je bent nog in de race. Eind van de maand weet je meer."),
    ("Je sollicitatie", "Het kan zijn dat we uiteindelijk voor een andere kandidaat kiezen, maar daarover is nog "
                        "niets besloten."),
    ("Procedure", "Zodra we een besluit hebben genomen, hoor je of je door bent of niet. Dat is uiterlijk 20 juni."),
    ("Intrekken", "Je schreef dat je je kandidatuur wilt intrekken omdat je een andere baan hebt gevonden. Dat "
                  "hebben we verwerkt."),
    ("Je bericht", "Je liet weten dat je niet meer verder wilt met de procedure. Jammer, en veel succes!"),
    ("Aanbod afgewezen", "Je hebt ons aanbod afgeslagen. We respecteren je keuze en wensen je veel succes."),
    ("Welkom", "Welkom bij het team! De functie is ingevuld: door jou. We hebben besloten niet verder te zoeken."),
    ("Contract", "We zijn blij dat je bij ons komt werken. Het contract is aangepast; de proeftijd vervalt."),
    ("Andere functie", "We nemen je niet aan als kok, maar we bieden je wel de functie van zelfstandig werkend "
                       "kok aan in onze andere vestiging."),
    ("Vervolgafspraak", "Het gesprek van dinsdag gaat niet door, maar we willen graag een nieuwe datum met je "
                        "afspreken."),
    ("Kandidaat afwijzen", "Wil je de kandidaat namens ons een afwijzing sturen? Hij past niet bij de functie."),
    ("Vacaturehouder", "Je bent als vacaturehouder gekoppeld aan de vacature Monteur. De sollicitant is niet "
                       "geselecteerd en ontvangt bericht."),
    ("Sollicitatiecommissie", "Als lid van de sollicitatiecommissie ontvang je de uitslag: de commissie heeft "
                              "besloten kandidaat 3 niet uit te nodigen."),
    ("Selectie hockey", "Je zoon is niet geselecteerd voor het eerste team van de hockeyclub; hij speelt in de "
                        "tweede selectie."),
    ("Schoolkeuze", "Helaas is uw kind niet ingeloot op het lyceum van uw eerste keuze. Hij is geplaatst op uw "
                    "tweede keuze."),
    ("Talentprogramma", "Je bent niet geselecteerd voor het regionale talentprogramma van de zwembond."),
    ("Stembureau", "U bent niet ingedeeld als stembureaulid voor de verkiezingen van maart. We hadden genoeg "
                   "aanmeldingen."),
    ("Scouting", "De groep is vol, dus we kunnen uw dochter niet plaatsen bij de welpen."),
    # --- round three: the broad families' own words about everyday things ----------------------------------------
    ("Huurtoeslag", "U komt niet in aanmerking voor huurtoeslag, omdat uw inkomen boven de grens ligt."),
    ("Korting", "Helaas kom je niet in aanmerking voor de studentenkorting; je inschrijving is verlopen."),
    ("Pakket", "De bezorger kon uw pakket niet afleveren en de buren wilden het niet aannemen. Het ligt nu bij "
               "het afhaalpunt."),
    ("Assortiment", "Dit product kunnen we helaas niet meer aanbieden. Bekijk ons alternatief in de webshop."),
    ("Betaling", "Je betaling is afgewezen door de bank. Probeer het opnieuw met een andere kaart."),
    ("Declaratie", "Status: afgewezen. Je declaratie voor de taxirit ontbreekt een bon."),
    ("Datingapp", "Helaas, het is geen match geworden. Er zijn nog genoeg andere profielen om te bekijken!"),
    ("Bank", "De bank past niet bij de maat van uw woonkamer; u kunt hem kosteloos retourneren."),
    ("Vereniging", "De vacature voor penningmeester in het bestuur is vervuld. Dank aan iedereen die zich "
                   "aanmeldde."),
    ("Nieuws regio", "Het ziekenhuis kondigt een vacaturestop aan voor ondersteunende functies, meldt de krant."),
    ("Feest", "We nodigen je niet uit voor het teamuitje omdat je die week op vakantie bent, toch?"),
    ("Verhuizing", "De verhuizers kunnen je piano niet meenemen. Ze sturen een specialist."),
    ("Cursus", "De cursus Excel gaat niet door: er waren te weinig aanmeldingen. Je krijgt je geld terug."),
    ("Donor", "Uit het bloedonderzoek blijkt dat u geen match bent voor de stamceldonatie."),
    ("Je zoekopdracht", "Er zijn geen vacatures die aansluiten bij je zoekopdracht. Probeer andere zoektermen."),
    ("Stage van je zoon", "Jullie zoon Tim is voor de stage bij de gemeente niet geselecteerd. Hij kan het later "
                          "opnieuw proberen."),
    ("Oproep", "We kunnen je niet verder helpen met je vraag over de factuur; neem contact op met de afdeling "
               "financiën."),
    ("Subsidie zonnepanelen", "Uw aanvraag voor de subsidie zonnepanelen is afgewezen; het subsidieplafond is "
                              "bereikt."),
    ("Inschrijving sportschool", "Je aanvraag voor een lidmaatschap met korting is niet goedgekeurd. Je kunt "
                                 "wel een gewoon abonnement nemen."),
    ("Leverancier", "Jullie voorstel sluit niet aan bij onze wensen voor het nieuwe kassasysteem. We gaan niet "
                    "verder met de offerte."),
    ("Gemeente", "Uw verzoek om een omgevingsvergunning is afgewezen. De dakkapel past niet bij het "
                 "bestemmingsplan."),
    ("Bibliotheek", "Uw reservering is vervallen, omdat u het boek niet binnen een week heeft opgehaald."),
    ("Je team", "Voor de vacature in je team kiezen we voor een interne kandidaat. De andere sollicitanten "
                "krijgen vandaag bericht."),
    ("Bezwaar functiewaardering", "Je bezwaar tegen de indeling van je functie is afgewezen; je blijft in schaal 8."),
    ("Loting sportpark", "Je team is niet ingedeeld in de competitie van zaterdag. De poule is al vol."),
    # --- round four: job mail that goes on (an invitation, an offer, a process step) with a side negation ----------
    ("Uitnodiging gesprek", "Graag nodigen we je uit voor een gesprek op dinsdag. Je komt helaas niet in aanmerking "
                            "voor een reiskostenvergoeding, omdat je in de stad woont."),
    ("Uitnodiging gesprek", "We moeten je teleurstellen: tijdens je gesprek is de parkeergarage dicht. Neem de bus "
                            "of parkeer bij het station."),
    ("Jouw gesprek", "We hebben besloten dat onze voorkeur uitgaat naar een gesprek op kantoor in plaats van online. "
                     "Tot dinsdag!"),
    ("Uitslag screening", "De uitslag van de drugstest is negatief, dus je kunt maandag gewoon beginnen. Welkom!"),
    ("Uitslag screening", "Het antwoord van het CBR is negatief: er staan geen overtredingen op je naam. Je "
                          "aanstelling gaat door."),
    ("Contractvoorstel", "We kunnen je helaas geen contract voor onbepaalde tijd aanbieden, maar wel een jaarcontract "
                         "met uitzicht op vast. Je hoort van ons over de startdatum."),
    ("Aanbod", "Een leaseauto kunnen we je niet aanbieden, maar de functie is van jou als je wilt! We sturen het "
               "contract vandaag."),
    ("Planning", "Omdat het gesprek morgen niet door gaat, plannen we een nieuwe datum. Welke dag past jou?"),
    ("Tweede gesprek", "We hoeven je niet opnieuw uit te nodigen: je staat al ingepland voor donderdag om 10 uur."),
    ("Assessment", "De procedure stopt hier niet: na het gesprek volgt nog een assessment. Je ontvangt de link per "
                   "mail."),
    ("Vacaturestop", "Door de vacaturestop kunnen we je team dit jaar niet uitbreiden, ook al is de werkdruk hoog. "
                     "Laten we volgende week bespreken hoe we dit oplossen."),
    ("Je rooster", "Het rooster sluit niet aan bij je studie op woensdag; zullen we je dienst naar donderdag "
                   "verplaatsen?"),
    ("Je start", "We nemen geen nieuwe mensen aan in december, daarom is je startdatum 6 januari. Welkom bij het "
                 "team!"),
    ("Thuiswerken", "Je kunt helaas niet vanuit huis beginnen; de eerste maand werk je op kantoor voor de "
                    "inwerkperiode."),
    ("Salaris", "Het salaris dat je vroeg, past niet binnen de schaal, maar we bieden je de functie aan in schaal 9 "
                "met een toeslag."),
    ("Proeftijd", "Goed nieuws: je proeftijd is voorbij en we gaan niet verder zoeken naar een vervanger. Je contract "
                  "wordt omgezet."),
    ("Referenties", "Je referenties waren zeer positief, er is geen enkele reden om niet met je verder te gaan. Het "
                    "contract volgt."),
    ("Agenda", "Voor de tweede ronde hebben we nog niet alle kandidaten kunnen spreken; je hoort uiterlijk vrijdag "
               "of je door bent."),
    ("Interne mobiliteit", "De functie waar je naar keek, is intern ingevuld, maar we hebben je cv doorgestuurd naar "
                           "de afdeling Inkoop, die je graag spreekt."),
    ("Open dag", "Helaas is de open dag vol en kunnen we je niet meer inschrijven. Wel kun je een vacature bekijken "
                 "op onze site."),
    ("Je cv", "Je cv is niet goed leesbaar geüpload. Kun je het opnieuw uploaden als pdf? Dan nemen we je "
              "sollicitatie verder in behandeling."),
    ("Vervolg", "Je bent niet de enige kandidaat die we uitnodigen, maar wel de eerste. Tot maandag!"),
    ("Sollicitatie", "De vacature sluit op 1 mei; tot die tijd nemen we geen besluit over de kandidaten."),
    ("Je sollicitatie", "We gaan niet verder met de online assessment, maar nodigen je direct uit voor een gesprek."),
    ("Je sollicitatie", "Het is geen afwijzing, maar we willen eerst je portfolio zien voordat we een gesprek "
                        "plannen."),
    # --- round five: other writers' process mail, Flemish wording, fellow candidates -------------------------------
    ("Je sollicitatie", "Helaas kunnen we je sollicitatie nog niet in behandeling nemen, omdat je cv ontbreekt. Wil "
                        "je het alsnog sturen?"),
    ("Uw kandidatuur", "Wij hebben het genoegen u te melden dat uw kandidatuur werd weerhouden voor de volgende fase "
                       "van de selectieprocedure."),
    ("Feedback kandidaat", "De kandidaat werd niet weerhouden na het tweede gesprek. Ik laat het hem vandaag weten."),
    ("Afmelding", "We hebben je afmelding voor het gesprek ontvangen. Jammer dat je niet verder wilt, veel succes "
                  "met je nieuwe baan."),
    ("Personeelsnieuws", "Personeelsnieuws: de functie van hoofd ICT is per 1 juni ingevuld door Karin de Boer. "
                         "Zij komt over van onze vestiging in Zwolle."),
    ("Interview geannuleerd", "Helaas moeten we het gesprek van vrijdag annuleren wegens ziekte. We plannen zo snel "
                              "mogelijk een nieuwe afspraak met je."),
    ("Reiskosten", "Fijn dat je komt! Reiskosten voor het gesprek kunnen we helaas niet vergoeden."),
    ("Werkvergunning", "Bedankt voor je sollicitatie. Let op: wij kunnen geen werkvergunning aanvragen voor "
                       "kandidaten van buiten de EU. Heb je die zelf al, dan nemen we je graag mee in de procedure."),
    ("Technische storing", "Door een storing is je sollicitatie niet goed aangekomen. Wil je opnieuw solliciteren via "
                           "de site?"),
    ("Ook afgewezen", "Hoi Sam, ik ben ook niet geselecteerd voor die functie bij de gemeente. Zullen we samen een "
                      "koffie drinken en tips uitwisselen?"),
    ("Interne kandidaten", "We nemen voorlopig geen externe kandidaten mee, maar als interne sollicitant blijf je "
                           "gewoon in de procedure."),
    ("Gefeliciteerd", "De vacature is vervuld: door jou! Gefeliciteerd, we sturen je het contract."),
    ("Tweede keus", "Je bent niet onze eerste keus voor de datum: kun je ook woensdag in plaats van dinsdag?"),
    ("Werkervaringsplek", "Voor de werkervaringsplek bij het UWV zoeken we nog een begeleider. Kun jij Tom "
                          "begeleiden? Hij is niet aangenomen bij de bakker en begint bij ons."),
    ("Uitslag toets", "Je hebt de taaltoets niet gehaald, maar je mag hem volgende week opnieuw maken. De procedure "
                      "loopt gewoon door."),
    # --- round six: the candidate writes to the reader (a recruiter, an employer), the reader asks for feedback ------
    ("Re: aanbod", "Na lang nadenken heb ik besloten niet verder te gaan in de procedure. Ik heb een andere baan "
                   "aangenomen. Dank voor het vertrouwen!"),
    ("Re: contractvoorstel", "Helaas moet ik jullie aanbod afslaan; het salaris past niet bij mijn huidige situatie."),
    ("Mijn sollicitatie", "Ik heb besloten mijn sollicitatie in te trekken, omdat ik ga verhuizen."),
    ("Re: afwijzing", "Bedankt voor uw bericht dat u niet verder gaat met mijn sollicitatie. Mag ik vragen waarom mijn "
                      "profiel niet aansloot?"),
    ("Vraag", "Ik kreeg gisteren een afwijzing van jullie collega's. Kunnen jullie me vertellen wat ik kan "
              "verbeteren?"),
    ("Re: gesprek", "Ik heb er goed over nagedacht en ik denk dat de functie niet bij mij past. Ik trek me terug uit "
                    "de procedure."),
    ("Kandidaat trekt zich terug", "De kandidaat heeft zich teruggetrokken: ze heeft besloten niet verder te gaan. We "
                                   "moeten de vacature opnieuw openzetten."),
    ("Vacature niet beschikbaar", "De vacature waarop je wilde reageren, is niet meer beschikbaar. Bekijk "
                                  "vergelijkbare vacatures bij jou in de buurt."),
    ("Budget", "We hebben besloten de functie pas in april in te vullen, als het budget rond is; je sollicitatie "
               "blijft gewoon lopen."),
    # --- round eight: a vacancy's own rules, acknowledgements, headlines ------------------------------------------
    ("Nieuwe vacature voor jou", "Vacature Magazijnmedewerker in Tilburg. Let op: kandidaten zonder geldige "
                                 "werkvergunning komen niet in aanmerking. Solliciteer voor 1 juni."),
    ("Ontvangstbevestiging", "Bedankt voor je sollicitatie! Vanwege het grote aantal reacties kunnen we niet iedereen "
                             "uitnodigen; binnen twee weken hoor je of je door bent."),
    ("Ontvangstbevestiging", "We hebben je sollicitatie ontvangen. Houd er rekening mee dat we niet alle sollicitanten "
                             "kunnen uitnodigen voor een gesprek."),
    ("Blog", "Afwijzing na je sollicitatie? Zo haal je er toch iets uit. Vijf tips van onze loopbaancoach."),
    ("Geen klik met je werkgever?", "Geen klik met je huidige werkgever? Wij helpen je aan een nieuwe baan die wel "
                                    "past. Plan een gratis gesprek."),
    ("Je zoekopdracht", "Geen match gevonden? Pas je zoekopdracht aan of stel een vacaturemelding in."),
    ("Eerlijk antwoord", "We willen je niet teleurstellen, dus we zeggen het eerlijk: de procedure duurt twee weken "
                         "langer dan gepland. Je bent nog in beeld."),
    ("Vragen", "Je ontvangt de uitnodiging voor het gesprek later vandaag. Heb je vragen, bel me dan; verder laten "
               "we het hierbij tot dinsdag."),
    ("Arbeidsmarkt", "Veel bedrijven nemen momenteel niemand aan, schrijft het CBS. Toch zijn er in de zorg nog "
                     "duizenden vacatures."),
    ("Werken bij ons", "Posities worden snel vervuld, dus wacht niet te lang met solliciteren op een van onze "
                       "vacatures."),
    # --- round nine: scheduling details, pauses with a restart, requests that are no application, agencies ---------
    ("Je sollicitatie", "Vanwege het grote aantal reacties kunnen we niet iedere afgewezen sollicitant persoonlijk "
                        "antwoorden. Geselecteerde kandidaten horen uiterlijk 3 juni van ons."),
    ("Je sollicitatie", "Bedankt voor het cv. We werken niet met bureaus, dus we nemen deze kandidaat niet mee in de "
                        "procedure."),
    ("Je sollicitatie", "Je sollicitatie voor de functie barista bij Café Nero is vandaag bekeken door de werkgever."),
    ("Je sollicitatie", "De commissie heeft besloten je uit te nodigen. Helaas kunnen we geen gesprekken op vrijdag "
                        "plannen, kies een andere dag."),
    ("Je sollicitatie", "Je sollicitatie is onvolledig en kan pas worden beoordeeld als we je diploma hebben "
                        "ontvangen."),
    ("Je sollicitatie", "We hebben de werving voor de functie verkoper tot januari stilgezet. We nemen dan contact met "
                        "je op om de procedure te hervatten."),
    ("Je sollicitatie", "Helaas is de opname van je video-interview mislukt. Kun je je antwoorden opnieuw opnemen?"),
    ("Je sollicitatie", "We hebben besloten af te zien van het groepsgesprek; je krijgt een individueel gesprek."),
    ("Je sollicitatie", "Zie het niet als afwijzing dat we nog niet hebben gereageerd; de manager is met verlof."),
    ("Je sollicitatie", "De vacature is twee weken on hold gezet terwijl we het budget rond maken; we nemen contact "
                        "met je op."),
    ("Je sollicitatie", "Helaas kunnen we je het tijdstip van 10 uur niet aanbieden; past 14 uur voor je gesprek?"),
    ("Je sollicitatie", "Gefeliciteerd! Je was niet de enige sterke kandidaat, maar wel degene die we kozen."),
    # --- round ten: out-of-office notes, portals, timesheets, terms and requests around a job that goes on -------
    ("Je sollicitatie", "Ik ben afwezig tot 5 mei. Sollicitaties die in deze periode binnenkomen, worden pas na mijn "
                        "terugkomst bekeken."),
    ("Je sollicitatie", "Je accountaanvraag op ons vacatureportaal is afgewezen, omdat het e-mailadres al in gebruik "
                        "is."),
    ("Je sollicitatie", "Je urenbriefje voor de functie barista is afgekeurd; vul je pauzes nog in."),
    ("Je sollicitatie", "We kunnen niet ingaan op je salariswens, maar het aanbod van 3.000 euro blijft staan."),
    ("Je sollicitatie", "De manager heeft het voorgestelde tijdstip afgewezen; kies een ander moment voor je gesprek."),
    ("Je sollicitatie", "Je declaratie voor de reiskosten van het gesprek is afgewezen, omdat de bon ontbreekt."),
    ("Je sollicitatie", "De klant wil niet hoger gaan met het salaris, maar ze willen jou nog steeds graag hebben voor "
                        "de functie."),
    ("Je sollicitatie", "We hebben je verzoek om later te beginnen helaas afgewezen; de functie start op 1 juni, zoals "
                        "aangeboden."),
    ("Je sollicitatie", "We nemen geen cv's per post aan. Solliciteer online, dan kunnen we je sollicitatie bekijken."),
    ("Je sollicitatie", "We gebruiken de persoonlijkheidstest niet meer, dus je sollicitatie gaat direct door naar het "
                        "gesprek."),
    # --- round eleven: the reader as an employee (a post cut, a contract not renewed, a promotion) ----------------
    ("Update", "Door de reorganisatie komt je functie te vervallen. HR neemt contact met je op over de opzegtermijn."),
    ("Update", "Helaas wordt je tijdelijke contract niet verlengd; het loopt af op 30 juni."),
    ("Update", "Je proeftijd wordt met drie maanden verlengd, zoals we in je beoordelingsgesprek bespraken."),
    ("Update", "De promotiecommissie heeft besloten je dit jaar niet te bevorderen; we stellen samen doelen op."),
    ("Update", "We verlengen de inleenovereenkomst met het uitzendbureau niet, dus je opdracht bij ons stopt vrijdag."),
    ("Update", "Je functie wordt per 1 januari opgeheven. We zoeken samen naar een andere plek binnen de organisatie."),
    ("Update", "Je verzoek om overplaatsing is goedgekeurd, maar de functie in Utrecht is geschrapt; je blijft in je "
               "huidige team."),
    ("Update", "Je aanvraag voor de bonusregeling is afgewezen, omdat de targets niet zijn gehaald."),
]


@pytest.mark.parametrize(("subject", "body"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_audit_nl_look_alike_is_no_rejection(subject: str, body: str) -> None:
    assert not found(letter(subject, body))


# Real rejections next to each fix: they must still be found.
REJECTIONS = [
    # the reader's own withdrawal ("je de procedure wilt stoppen") vs the sender stopping it
    ("Je sollicitatie", "We stoppen de procedure met je: we hebben gekozen voor een kandidaat met meer ervaring."),
    ("Je sollicitatie", "Je gaf aan dat je graag verder wilt in de procedure, maar we hebben gekozen voor een andere "
                        "kandidaat."),
    # a colleague or a pronoun as the one not chosen vs a colleague who tells the reader
    ("Je sollicitatie", "Onze collega van HR heeft je gesprek besproken met het team: helaas ben je niet geselecteerd "
                        "voor de functie."),
    ("Je sollicitatie", "Helaas ben je niet gekozen voor de functie; de keuze viel op iemand met meer ervaring."),
    ("Uw sollicitatie", "De klant heeft laten weten dat zij niet verder gaan met uw sollicitatie. Wilt u het nog met "
                        "mij bespreken? Bel gerust."),
    # the post filled: said to the reader, still a rejection (the state alone is weaker)
    ("Je sollicitatie", "Bedankt voor je sollicitatie. De functie is helaas al vervuld."),
    ("Je sollicitatie", "De vacature is inmiddels ingevuld door een interne kandidaat. Dank voor je interesse."),
    ("Je sollicitatie", "De functie is ingevuld door uw collega-sollicitant met meer ervaring in de zorg."),
    # a figure in a real letter is no survey
    ("Je sollicitatie", "Helaas ben je niet door naar de volgende ronde; 80 procent van de kandidaten had al "
                        "ervaring als planner."),
    # an agency relay
    ("Update klant", "Het bureau heeft ons gevraagd je te informeren: de klant heeft gekozen voor een andere "
                     "kandidaat voor de functie."),
    # a board as employer, not an office in a club
    ("Je sollicitatie", "De Raad van Bestuur heeft gekozen voor een andere kandidaat voor de functie van "
                        "bestuurssecretaris."),
    ("Je sollicitatie", "Bedankt voor je sollicitatie als medewerker verkiezingen bij de gemeente. Helaas hebben we "
                        "gekozen voor een andere kandidaat."),
    # a preference for a candidate, a procedure that stops, a round not reached, no need to meet again for a reason
    ("Je sollicitatie", "Onze voorkeur is uitgegaan naar een kandidaat met meer ervaring in de zorg."),
    ("Je sollicitatie", "De procedure stopt hier voor jou: we hebben gekozen voor een andere kandidaat."),
    ("Je sollicitatie", "We laten je weten dat je niet door gaat naar de volgende ronde."),
    ("Je sollicitatie", "We hoeven je niet opnieuw uit te nodigen, want we hebben iemand gevonden die beter past."),
    # not "not yet": a plain "niet in behandeling", a Flemish "niet weerhouden", a recruiter who calls the client
    ("Je sollicitatie", "Helaas kunnen we je sollicitatie niet in behandeling nemen; je voldoet niet aan de "
                        "opleidingseis."),
    ("Uw kandidatuur", "Wij delen u mee dat uw kandidatuur niet werd weerhouden."),
    ("Je sollicitatie", "Je sollicitatie wordt niet verder in behandeling genomen. Je kunt ons mailen als je feedback "
                        "wilt."),
    ("Update", "De klant heeft gekozen voor een andere kandidaat. Ik bel haar morgen nog voor feedback en laat het je "
               "weten."),
    # a small employer decides in the first person, a manager in the third: about the reader, still a rejection
    ("Je sollicitatie", "Ik heb besloten niet verder te gaan met je sollicitatie; ik kies voor iemand met meer "
                        "ervaring."),
    ("Je sollicitatie", "Na het gesprek heb ik besloten om met een andere kandidaat verder te gaan."),
    ("Je sollicitatie", "De teamleider heeft het gesprek teruggekoppeld: zij heeft besloten je niet verder te laten "
                        "gaan in de procedure."),
    # a rule about candidates stated, and then applied to the reader
    ("Je sollicitatie", "Helaas kom je niet in aanmerking voor de functie, omdat je geen werkvergunning hebt."),
    ("Je sollicitatie", "Sollicitaties zonder motivatiebrief worden niet in behandeling genomen. Helaas kunnen we "
                        "daarom niet verder met je sollicitatie."),
    # a job board's rejection that suggests similar jobs is still a rejection
    ("Je sollicitatie", "Het bedrijf heeft je sollicitatie bekeken en wil verder met andere kandidaten. Bekijk "
                        "vergelijkbare vacatures in je regio."),
    # an employee's words in a candidate's letter: the notice period, a redeployment candidate, "je functie-ervaring"
    ("Je sollicitatie", "Je opzegtermijn van drie maanden maakt het helaas lastig; we hebben gekozen voor een "
                        "kandidaat die direct kan beginnen."),
    ("Je sollicitatie", "Vanwege het sociaal plan gaan herplaatsingskandidaten voor; we hebben daarom gekozen voor "
                        "een interne kandidaat."),
    ("Je sollicitatie", "Helaas komt je functie-ervaring niet overeen met wat we zoeken, dus we gaan niet verder met "
                        "je sollicitatie."),
]

# The not-a-job veto: a childcare centre or a school as the employer the reader applied at is a workplace; a place
# asked for a child, or the thing the decision is about, still vetoes.
VETO_REJECTIONS = [
    ("Je sollicitatie bij Zonnetje Kinderopvang", "Bedankt voor je sollicitatie als pedagogisch medewerker. We "
                                                  "hebben besloten verder te gaan met een andere kandidaat."),
    ("Your application", "Thank you for your application for the teaching assistant role at Oakfield Primary School. "
                         "We have decided to proceed with another candidate."),
    ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung bei der Kita Sonnenschein. Wir haben uns für eine andere "
                       "Kandidatin entschieden."),
    ("Ihre Bewerbung", "Die Fachabteilung hat sich für eine Kandidatin entschieden, die bereits Erfahrung mit der "
                       "Zulassung von Arzneimitteln mitbringt. Vielen Dank für Ihre Bewerbung."),
]
VETO_NON_REJECTIONS = [
    ("Plaatsing", "Uw aanvraag voor een plaats bij Kinderopvang De Vlinder voor uw zoon is afgewezen. Er is geen "
                  "plek op de babygroep."),
    ("Your application", "Your application for a place at Little Acorns Nursery for your daughter was unsuccessful; "
                         "we have chosen other applicants."),
    ("Zulassung", "Leider können wir Ihnen keine Zulassung zum Masterstudiengang erteilen; andere Bewerber hatten "
                  "bessere Noten."),
    ("Inschrijving", "Je inschrijving bij de basisschool De Linde is afgewezen: we hebben gekozen voor andere "
                     "kinderen uit de wijk."),
]

# Recall: the same decisions as another writer puts them (task 3); look-alikes with the same words next to them.
RECALL = [
    ("Je sollicitatie", "Helaas heb je het assessment niet met voldoende resultaat afgerond."),
    ("Je sollicitatie", "We hebben de openstaande positie inmiddels kunnen invullen."),
    ("Je sollicitatie", "Er is inmiddels een geschikte kandidaat gevonden."),
    ("Je sollicitatie", "De keuze is gevallen op een interne kandidaat."),
    ("Je sollicitatie", "Helaas is er voor jou geen plek in de volgende ronde."),
    ("Je sollicitatie", "We gaan je niet voordragen bij onze opdrachtgever."),
    ("Je sollicitatie", "Ik kan je helaas niet voorstellen aan de klant, omdat je ervaring te beperkt is."),
    ("Je sollicitatie", "We zien je niet in deze rol."),
    ("Je sollicitatie", "Alle stageplaatsen zijn helaas al vergeven."),
    ("Je sollicitatie", "Wij hebben besloten de vacature in te trekken."),
    ("Je sollicitatie", "We stoppen de werving voor deze functie."),
    ("Je sollicitatie", "We hebben kandidaten gevonden die meer ervaring hebben."),
    ("Je sollicitatie", "Andere kandidaten hadden een sterker profiel."),
    ("Je sollicitatie", "De andere kandidaten kwamen sterker uit de gesprekken."),
    ("Uw sollicitatie", "U bent niet verkozen voor deze functie."),
    ("Je sollicitatie", "We hebben besloten een andere richting op te gaan met deze functie."),
    ("Je sollicitatie", "Je profiel komt helaas niet overeen met wat we zoeken."),
    ("Uw sollicitatie", "Uw profiel stemt niet overeen met de gevraagde competenties."),
    ("Uw sollicitatie", "Helaas zien wij onvoldoende raakvlakken tussen uw ervaring en de functie-eisen."),
    ("Je sollicitatie", "Na het gesprek hebben we besloten een ander aan te nemen."),
    ("Je sollicitatie", "Helaas hebben we voor een ander gekozen."),
    ("Je sollicitatie", "We gaan voor een kandidaat met meer ervaring in de retail."),
    ("Je sollicitatie", "We kunnen je helaas niet verwelkomen in ons team."),
    ("Uw sollicitatie", "Uw sollicitatie is niet in de shortlist opgenomen."),
    ("Je sollicitatie", "Helaas moeten we je sollicitatie naast ons neerleggen."),
    ("Je sollicitatie", "Helaas ben je niet de kandidaat geworden."),
    ("Je sollicitatie", "Je scoorde helaas onder de norm op de capaciteitentest."),
]
RECALL_LOOK_ALIKES = [
    ("Je gesprek", "Alle parkeerplaatsen zijn bezet tijdens je gesprek, dus kom met de trein."),
    ("Workshop", "Alle plaatsen zijn vergeven voor de workshop solliciteren, maar je staat op de wachtlijst."),
    ("Je team", "Er is een geschikte kandidaat gevonden voor je team; wil je hem volgende week ontmoeten?"),
    ("Andere functie", "We zien je niet in deze rol, maar wel in een seniorfunctie: we nodigen je graag uit voor een "
                       "gesprek."),
    ("Aanbod", "Andere kandidaten hadden meer ervaring, maar jouw motivatie gaf de doorslag: we bieden je de functie "
               "aan!"),
    ("Planning gesprek", "We hebben voor een ander tijdstip gekozen: je gesprek is nu om 14 uur. Tot dan!"),
    ("Je eerste dag", "Ik kan je op je eerste dag helaas niet verwelkomen bij de receptie, mijn collega vangt je op. "
                      "Welkom bij het team!"),
    ("Roosters", "Er is geen overlap tussen de gesprekken van maandag en dinsdag, dus je kunt beide rondes doen."),
    ("Vacaturetekst", "Voor de vacaturetekst hebben we een andere insteek gekozen; kun jij een nieuwe versie schrijven "
                      "voor de functie van planner?"),
]


@pytest.mark.parametrize(("subject", "body"), RECALL, ids=ids(RECALL))
def test_audit_nl_recall_variant_found(subject: str, body: str) -> None:
    assert found(letter(subject, f"Bedankt voor je sollicitatie als planner.\n\n{body}"))


@pytest.mark.parametrize(("subject", "body"), RECALL_LOOK_ALIKES, ids=ids(RECALL_LOOK_ALIKES))
def test_audit_nl_recall_look_alike_is_no_rejection(subject: str, body: str) -> None:
    assert not found(letter(subject, body))


@pytest.mark.parametrize(("subject", "body"), REJECTIONS + VETO_REJECTIONS,
                         ids=ids(REJECTIONS + VETO_REJECTIONS))
def test_audit_nl_real_rejection_still_found(subject: str, body: str) -> None:
    assert found(letter(subject, body))


@pytest.mark.parametrize(("subject", "body"), VETO_NON_REJECTIONS, ids=ids(VETO_NON_REJECTIONS))
def test_audit_veto_place_asked_for_is_no_rejection(subject: str, body: str) -> None:
    assert not found(letter(subject, body))
