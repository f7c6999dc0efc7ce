"""dev4/nl: an independent Dutch/Flemish corpus written before the Dutch detector was read, then reworded variants.

Every labelled message must be classified as labelled, except the known misses (strict xfails: when one starts
passing, update the list). Then, for each Dutch construction added after that corpus, two or three rewordings that
are in no corpus (positives), and the look-alikes next to them (negatives), so each rule is tested as a class of
sentences and not as one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import check_labelled, corpus_cases, found, mail

KNOWN_MISSES = {
}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev4", ("nl",), KNOWN_MISSES))
def test_dev4_nl_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)


SENDER = "Wietske Hofstra <w.hofstra@zuiderhout.example>"

REJECTIONS = [
    # the post is taken, verb-second, verb-final, perfect with the object in between, filled from inside
    "Bedankt voor je sollicitatie als kassamedewerker. Helaas is de functie inmiddels door een collega uit een andere "
    "vestiging ingevuld.",
    "Dank voor uw belangstelling. Wij moeten u helaas laten weten dat de vacature van logistiek coördinator al "
    "vervuld is.",
    "Dank voor je sollicitatie voor een stage bij ons. Intussen hebben we de stageplek al aan een andere student "
    "vergeven.",
    "Dank voor je sollicitatie. We hebben ervoor gekozen de vacature van teamleider intern in te vullen.",
    # a rejection named as a noun, a negative answer or decision
    "Naar aanleiding van uw sollicitatie op de functie van docent moeten wij u helaas een afwijzend bericht sturen.",
    "Het spijt me, maar het antwoord op je sollicitatie voor de functie van monteur is negatief.",
    "Hierbij geven wij u, met spijt, een afwijzing op uw sollicitatie als schilder.",
    # the preference went to someone else (decided, given, expressed)
    "Na de tweede gesprekken over uw sollicitatie heeft de commissie haar voorkeur gegeven aan een sollicitant uit "
    "de regio.",
    "Dank voor je sollicitatie. Wij hebben besloten om de voorkeur te geven aan een interne kandidaat.",
    # the procedure stops or ends for the reader
    "Omdat de afdeling wordt opgeheven, wordt je sollicitatie voor de functie van archivaris stopgezet.",
    "Dank voor uw sollicitatie. Daarmee komt er helaas een einde aan uw kandidatuur voor deze functie.",
    "Dank voor je sollicitatie; we beëindigen hierbij de sollicitatieprocedure met jou.",
    # idioms: it is a no, we leave it here, you fall short for this role
    "Dank voor je sollicitatie. Voor de functie van barman wordt het helaas niets.",
    "We hebben lang getwijfeld over je sollicitatie, maar het is 'm dit keer niet geworden.",
    "Voor deze vacature laten wij het hierbij, maar we bewaren je cv graag.",
    "Dank voor je sollicitatie. Qua ervaring kom je nog wat tekort voor deze functie, dus we stoppen hier.",
    # no post to offer, any post noun
    "Dank voor je sollicitatie. Op basis van de gesprekken kunnen we je helaas geen plek in het team bieden.",
    "Dank voor je sollicitatie. Helaas kunnen we je deze zomer geen vakantiebaan geven.",
    # the other person found or hired, placed before the verb; going for someone else
    "Dank voor je sollicitatie. Voor de functie van kok hebben we een andere kandidaat aangenomen.",
    "Dank voor uw sollicitatie. Er is inmiddels een kandidaat benoemd die beter aansluit bij het profiel.",
    "Dank voor het gesprek. We hebben getwijfeld, maar we gaan toch voor iemand met meer ervaring in de zorg.",
    "Dank voor je sollicitatie. Uiteindelijk ging de hiring manager voor een andere kandidaat.",
    # new job words: an internship letter, an informal note after the interview
    "Dank voor je motivatie. Voor het najaar hebben we helaas geen stageplaats meer voor jou.",
    # the reader as object before a negated choice verb; "je kunt niet verder"
    "Na de gesprekken hebben we besloten u niet te selecteren voor de functie van beleidsadviseur.",
    "Voor de functie van chauffeur nemen wij u helaas niet aan.",
    "We laten je weten dat je helaas niet verder kunt in de procedure voor de functie van analist.",
    # not honoured, put aside, refused with the verb at the end
    "Uw kandidatuur voor de functie van jurist werd niet gehonoreerd.",
    "Wij hebben besloten uw sollicitatie terzijde te leggen.",
    "Uw sollicitatie voor de functie van tandartsassistent hebben wij helaas moeten afwijzen.",
    # the post given to another, someone who fits better, no follow-up, "het wordt 'm niet"
    "Dank voor je sollicitatie. De baan is gegund aan een kandidaat met een rijbewijs C.",
    "Dank voor uw sollicitatie. Helaas is er een sollicitant die beter aansluit bij de eisen van de functie.",
    "Er komt helaas geen vervolg op je sollicitatie voor de functie van receptionist.",
    "Dank voor je sollicitatie. Voor de stage wordt het 'm helaas niet.",
    # no grounds to invite, not among those going on, the choice fell elsewhere (verb last), "we gaan er niet op in"
    "Op grond van uw cv zien wij te weinig aanleiding om u uit te nodigen voor een gesprek.",
    "Je behoort helaas niet tot de sollicitanten die doorgaan naar de tweede ronde.",
    "Dank voor uw sollicitatie. Onze keuze is uiteindelijk op iemand met meer ervaring gevallen.",
    "Dank voor je open sollicitatie; op dit moment gaan we daar niet op in.",
    # idioms, "not the right fit", "did not lead to an invitation", the procedure closed for the reader
    "Dank voor je sollicitatie. Je hebt net achter het net gevist.",
    "Na het tweede gesprek concludeerden we dat het niet de juiste klik is voor deze functie.",
    "Dank voor je sollicitatie. Je ervaring matcht helaas niet met de functie-eisen.",
    "Uw brief heeft helaas niet geleid tot een uitnodiging voor een gesprek.",
    "Dank voor je sollicitatie. Na rijp beraad sluiten we de procedure voor jou af.",
    "Na overleg met het team hebben we een interne kandidaat gevonden die de functie gaat vervullen.",
    # a test not passed, no interest, not proceeding to an appointment, another preference, archived, not among
    "Uit de uitslag blijkt dat je niet geslaagd bent voor de praktijktoets, dus de procedure stopt hier.",
    "Helaas heb je het assessment voor de functie van controller niet gehaald.",
    "Onze opdrachtgever heeft geen interesse om je uit te nodigen voor de functie van inkoper.",
    "Na de gesprekken over uw sollicitatie gaan wij niet over tot een aanstelling.",
    "Dank voor je sollicitatie. De teamleider heeft uiteindelijk een andere voorkeur voor deze functie.",
    "Je sollicitatie voor de functie van kok hebben we gearchiveerd.",
    "Dank voor je sollicitatie. Je zit helaas niet bij de kandidaten die we uitnodigen voor een gesprek.",
    "Dank voor je sollicitatie. De hiring manager koos uiteindelijk voor een andere kandidaat.",
]

NOT_REJECTIONS = [
    # a preference in a job advert, not a decision
    ("Nieuwe vacatures", "Vacature: magazijnmedewerker. De voorkeur gaat uit naar kandidaten met een rijbewijs B."),
    # a meeting closed for today, not a candidacy
    ("Gesprek", "Dank voor het gesprek. Laten we het hierbij houden voor vandaag, dan plannen we het tweede gesprek "
                "volgende week."),
    # no travel costs, but an invitation
    ("Uitnodiging", "Dank voor je sollicitatie. Helaas kunnen we geen reiskostenvergoeding bieden, maar we zien je "
                    "graag donderdag voor het gesprek."),
    # an offer told in the same sentence as a refused extra
    ("Aanbod", "We kunnen je geen vast contract aanbieden, maar we bieden je wel een jaarcontract aan voor de functie "
               "van planner."),
    ("Aanbod", "Na alle gesprekken hebben we gekozen voor jou: we bieden je de functie van planner aan. De andere "
               "kandidaten hebben we helaas afgewezen."),
    # the reader hires: a candidate found for their team
    ("Vacature", "Goed nieuws: we hebben een kandidaat gevonden voor jouw team. Hij begint op 1 maart als je nieuwe "
                 "collega."),
    # silence by a deadline is no decision yet
    ("Ontvangstbevestiging", "Dank voor je sollicitatie. Mocht je binnen twee weken niets van ons hebben gehoord, dan "
                             "ben je helaas niet geselecteerd."),
    ("Ontvangstbevestiging", "Dank voor uw sollicitatie. Als u na vier weken geen bericht van ons heeft ontvangen, "
                             "dan is uw sollicitatie helaas afgewezen."),
    # documents requested
    ("Sollicitatie onvolledig", "Je sollicitatie mist nog een cv. Kun je dat vóór maandag uploaden? Anders kunnen we "
                                "je sollicitatie helaas niet in behandeling nemen."),
    # next round, still in the running, invited after all
    ("Ronde twee", "Je bent door naar de volgende ronde! Helaas zijn niet alle kandidaten door, maar jij wel."),
    ("Stand van zaken", "Je bent nog volop in beeld voor de functie; helaas hebben we nog geen besluit genomen."),
    ("Sollicitatie", "Je sollicitatie is zeker niet afgewezen, we hebben alleen wat meer tijd nodig."),
    ("Toch een gesprek", "Eerder lieten we je weten dat we niet verder gingen met je sollicitatie, maar we willen je "
                         "alsnog uitnodigen voor een gesprek."),
    # a saved advert that was filled, colleagues not selected, a sports team
    ("Vacature gesloten", "De vacature Projectleider die je hebt bewaard, is helaas vervuld. Bekijk vergelijkbare "
                          "vacatures."),
    ("Benoeming", "Beste collega's, helaas is Ingrid niet geselecteerd voor de functie van afdelingshoofd."),
    ("Selectie", "Helaas ben je na de selectietrainingen niet gekozen voor Heren 2; de rol van aanvoerder gaat "
                 "naar Tim."),
    # a negative outcome announced only for a condition
    ("Ontvangstbevestiging", "Dank voor je sollicitatie. Mocht je niet geselecteerd worden, dan bewaren we je cv "
                             "graag in onze talentpool."),
    ("Ontvangstbevestiging", "Dank voor uw sollicitatie. Indien uw sollicitatie wordt afgewezen, ontvangt u daarvan "
                             "binnen vier weken bericht."),
    # the reader is asked to send the rejection to a candidate
    ("Kandidaat maandag", "Hoi, wil jij de kandidaat van maandag een afwijzing sturen? We gaan niet verder met haar."),
    # double negation, the sender's own news, "not only", "not yet", a candidate found for the reader's team
    ("Volgende ronde", "Er is geen enkele reden om je niet door te laten gaan: je bent door naar de laatste ronde!"),
    ("Nieuws", "Hoi Sanne, mijn sollicitatie bij de gemeente is afgewezen, dus ik blijf nog even in jullie team."),
    ("Uitnodiging", "We matchen kandidaten niet alleen op ervaring; daarom willen we je graag uitnodigen voor een "
                    "gesprek."),
    ("Stand van zaken", "Je gesprek heeft nog niet geleid tot een aanbod: we willen eerst nog een referentie bellen."),
    ("Vacature", "We hebben een sterke kandidaat gevonden voor de vacature binnen jouw team; wil je haar cv bekijken?"),
    # a question about interest, another preferred date, a withdrawal archived, a test passed
    ("Vervolg", "Heb je geen interesse om verder te gaan in de procedure, laat het ons dan weten."),
    ("Gesprek", "Hebben jullie een andere voorkeur voor de datum van het gesprek? Dan plannen we het om."),
    ("Intrekking", "Je hebt je sollicitatie ingetrokken; we hebben je gegevens gearchiveerd."),
    ("Uitslag", "Goed nieuws: je bent geslaagd voor de proef en gaat door naar de volgende ronde!"),
    # a careers column answering a reader's question
    ("Nieuwsbrief", "Een lezer vraagt: de functie waarop ik solliciteerde bleek al vervuld te zijn. Wat nu? Tip van "
                    "de week: vraag altijd om feedback."),
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_dev4_nl_reworded_rejection(body: str) -> None:
    assert found(mail(body, subject="Je sollicitatie", sender=SENDER))


@pytest.mark.parametrize(("subject", "body"), NOT_REJECTIONS)
def test_dev4_nl_reworded_lookalike(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER))


def test_a_place_named_in_the_decision_outweighs_a_school_mentioned() -> None:
    # an apprenticeship letter may name the reader's school; "plek" in the decision sentence keeps it a job
    assert found(mail("Beste Daan, bedankt voor je sollicitatie. Helaas hebben we voor de BBL-plek gekozen voor een "
                      "andere kandidaat. Veel succes met je opleiding op je school.", subject="Je sollicitatie"))
    assert not found(mail("Beste Daan, helaas is er op de basisschool geen plek meer voor je dochter; we hebben "
                          "gekozen voor een ander kind van de wachtlijst.", subject="Aanmelding"))


# --- ordinary mail that is no rejection of the reader (the generated stress set, bench/ordinary.py) -------------
# Classes, reworded: the reader hires (the agency to be told, the other applications to archive or turn down, an
# opinion about a candidate in the third person); the sender's or a relative's own job news; a quote, a purchase
# or a house; a careers column written in general terms. Next to each, a true rejection in nearly the same words
# that must still be found.
ORDINARY_NOT_REJECTIONS = [
    ("Re: planner", "Hoi Mark, we hebben de andere kandidaat aangenomen; ik mail het wervingsbureau vandaag nog. "
                    "Groet, Ilse"),
    ("Re: planner", "Hoi team, de functie van planner is ingevuld. Kunnen jullie de resterende kandidaten afwijzen "
                    "in Recruitee?"),
    ("Terugkoppeling", "Hoi Lisa, ik geloof niet dat ze goed genoeg past bij de rol van teamleider, we kiezen een "
                       "andere kandidaat. Jij?"),
    ("nieuws", "Hoi! Ik heb die baan bij het tuincentrum in Zeist uiteindelijk niet gekregen, ze kozen iemand die "
               "al ervaring had. Balen!"),
    ("bellen?", "Lieve Joke, mijn zus heeft een afwijzing gekregen voor die baan als verpleegkundige, ze kozen een "
                "andere kandidaat. Bel je haar even?"),
    ("verbouwing", "Hoi buurman, we gaan toch niet verder met die aannemer, zijn prijs voor de dakkapel was absurd. "
                   "Ken jij iemand anders voor die klus?"),
    ("huis", "Lieve mam, de verhuurder heeft voor een andere kandidaat gekozen, dus we zoeken nog even verder naar een "
             "huurwoning."),
    ("Re: vacature", "De vacature is ingevuld; wil jij de overgebleven sollicitaties afmelden in Homerun?"),
    # a careers column in general terms: job seekers in the plural, how to cope, numbered tips
    ("Loopbaan", "Afgewezen na het tweede gesprek? Zo ga je daarmee om. Veel werkzoekenden horen dat de functie al "
                 "vervuld is."),
    ("Loopbaan", "Zeven tips voor als je hoort dat je sollicitatie niet verder gaat: vraag om feedback en blijf "
                 "solliciteren."),
]

ORDINARY_REJECTIONS = [
    "Dank voor je sollicitatie via het bureau. Wij hebben helaas voor een andere kandidaat gekozen en laten het "
    "bureau dit ook weten.",
    "Dank voor je sollicitatie. Helaas nodigen we je niet uit; we denken niet dat je ervaring voldoende aansluit "
    "bij de functie.",
    "Beste Joost, dank voor je sollicitatie. Helaas hebben we gekozen voor een andere kandidaat. Veel succes, ook "
    "namens mijn collega's.",
    # a recruiter relays the client's no in the first person: not the sender's own news
    "Hoi Sanne, ik heb helaas een afwijzing gekregen van de opdrachtgever voor jouw sollicitatie als inkoper. Ze "
    "kozen iemand met meer SAP-ervaring.",
    "Dank voor je sollicitatie als medewerker keuken. Helaas hebben we besloten niet verder te gaan met je "
    "sollicitatie.",
    "Dank voor je sollicitatie als calculator bij ons aannemersbedrijf. We hebben gekozen voor een andere kandidaat.",
    "Dank voor je sollicitatie als makelaar. Na het gesprek op ons kantoor kozen we toch voor een andere kandidaat.",
    "Dank voor je sollicitatie. Helaas is de functie inmiddels vervuld. Op onze site vind je tips voor je volgende "
    "sollicitatie.",
    "Dank voor je sollicitatie. We hebben gekozen voor een andere kandidaat; alle andere sollicitanten krijgen ook "
    "bericht.",
]


@pytest.mark.parametrize(("subject", "body"), ORDINARY_NOT_REJECTIONS)
def test_ordinary_nl_mail_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender="Ilse Kramer <ilse@post.example>"))


@pytest.mark.parametrize("body", ORDINARY_REJECTIONS)
def test_ordinary_nl_lookalikes_keep_the_rejection(body: str) -> None:
    assert found(mail(body, subject="Je sollicitatie", sender=SENDER))
