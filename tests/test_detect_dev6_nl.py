"""dev6/nl: 150 Dutch/Flemish rejections, each around a different decision sentence (round 6, breadth of phrasing),
written before the detector was read; then reworded variants for each construction added or widened after it
(``languages/nl.py``, eleventh layer), positives and the look-alikes next to them.

Every labelled message must be classified as labelled, except the known misses (strict xfails with a reason).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import check_labelled, corpus_cases, found, mail

_NO_JOB = ("no job context: apart from the subject ('{}', a bare job title or process word) nothing names a job or "
           "the reader's application; the shared JOB/JOB_STRONG patterns do not count job titles, and a language "
           "module cannot add to JOB_STRONG (a shared change)")
KNOWN_MISSES = {
    ("nl", "0081.eml"): "no job context but the sender's 'talent' agency name, which a talent show shares",
    ("nl", "0098.eml"): _NO_JOB.format("Kennismaking"),
    ("nl", "0110.eml"): "'de functie ... is al vergeven' with no word for the reader's application: by design a state "
                        "of the post (3.5, -2.0), not said of the reader",
}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev6", ("nl",), KNOWN_MISSES))
def test_dev6_nl_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)


SENDER = "Maaike Terpstra <m.terpstra@heideveld.example>"

# Reworded variants (in no corpus), grouped by the construction they exercise.
REJECTIONS = [
    # not on the (short)list / no longer part of the procedure
    ("Je sollicitatie", "Dank voor je sollicitatie. Je naam stond uiteindelijk niet op de shortlist voor de functie."),
    ("Uw sollicitatie", "Wij hebben de longlist samengesteld. U staat er helaas niet op."),
    ("Je sollicitatie als planner", "Jij bent vanaf vandaag niet meer in de selectieprocedure voor planner."),
    ("Uw kandidatuur", "Na de tweede ronde maakt u helaas geen deel meer uit van de procedure."),
    # no follow-up interview / not enough match / not convinced
    ("Je sollicitatie", "Dank voor het gesprek. Er komt helaas geen vervolggesprek."),
    ("Je sollicitatie", "We zien te weinig aansluiting tussen je ervaring en de functie."),
    ("Re: sollicitatie", "Je motivatiebrief heeft ons helaas niet voldoende overtuigd."),
    ("Je sollicitatie", "Na je presentatie waren we helaas niet genoeg overtuigd om verder te gaan."),
    ("Geen uitnodiging voor een sollicitatiegesprek",
     "Beste Jan,\n\nDank voor je sollicitatie als monteur.\n\nGroet,\nHR"),
    # not judged positively / unsuitable / not strong enough
    ("Je kandidatuur", "Uw sollicitatie werd door de jury niet positief geëvalueerd."),
    ("Je sollicitatie", "Je sollicitatie is door de selectiecommissie als ongeschikt aangemerkt voor deze vacature."),
    ("Je sollicitatie", "Dank voor je sollicitatie. We vinden dat je cv helaas niet relevant genoeg is voor deze rol."),
    ("Je sollicitatie", "Je bent op dit moment niet geschikt voor de functie van teamleider."),
    # no contract offered / not granted / not filled with the reader / not considered
    ("Je sollicitatie", "Dank voor je sollicitatie. Onze klant bood je na het gesprek geen arbeidsovereenkomst aan."),
    ("Je sollicitatie", "Helaas kunnen wij u de stageplaats niet toekennen."),
    ("Je sollicitatie", "We hebben besloten de vacature niet met u te vervullen."),
    ("Je sollicitatie", "Zonder Nederlands op niveau B2 nemen we je sollicitatie niet in overweging, want dat is "
                        "een eis."),
    ("Je open sollicitatie", "Dank voor je open sollicitatie. We hebben geen geschikte functie voor jou."),
    # dossier closed / all applications closed / offer withdrawn or not made
    ("Je sollicitatie", "Wij sluiten uw dossier voor de vacature van boekhouder."),
    ("Je sollicitatie", "Je sollicitatiedossier wordt hierbij gesloten."),
    ("Je sollicitatie", "Door een vacaturestop sluiten wij alle openstaande sollicitaties, ook de jouwe."),
    ("Je sollicitatie", "Door de overname trekken wij het contractaanbod aan jou in."),
    ("Je sollicitatie", "Na de referenties hebben we besloten je een aanbod niet uit te brengen."),
    # not passed on / not admitted / not placed / others invited
    ("Je sollicitatie", "Je cv wordt helaas niet voorgelegd aan de hiring manager."),
    ("Je sollicitatie", "U wordt niet toegelaten tot de tweede gespreksronde."),
    ("Je sollicitatie", "Jij bent niet geplaatst in de pool voor het traineeship."),
    ("Je sollicitatie", "Voor de gesprekken hebben we andere sollicitanten uitgenodigd."),
    ("Je stageaanvraag", "Je stageaanvraag bij ons team is helaas niet toegekend."),
    # does not suit the reader / the other became it / chose otherwise / ended up with another
    ("Je sollicitatie", "Wij vinden dat deze functie niet goed bij u aansluit."),
    ("Je sollicitatie", "Het is uiteindelijk iemand anders geworden."),
    ("Je sollicitatie", "De commissie heeft besloten om anders te kiezen."),
    ("Je sollicitatie", "We zijn uiteindelijk terechtgekomen bij een andere kandidaat."),
    ("Je sollicitatie", "De functie is aan de winnaar van de laatste ronde aangeboden."),
    ("Je sollicitatie", "U bent als derde geëindigd in de selectie."),
    ("Je sollicitatie", "De hiring manager koos een interne collega voor de functie."),
    # hiring someone else / a new colleague found / another professional asked
    ("Je sollicitatie", "We nemen iemand anders aan voor deze functie."),
    ("Je sollicitatie", "Dank voor je sollicitatie. We hebben inmiddels een nieuwe collega aangetrokken."),
    ("Je sollicitatie", "Dank voor je portfolio. We hebben een andere fotograaf ingehuurd."),
    # we do not hire / see / pick the reader, decided to reject
    ("Je sollicitatie", "Dank voor je sollicitatie. We nemen u helaas niet aan."),
    ("Je sollicitatie", "Ik neem je niet mee naar de tweede ronde."),
    ("Je sollicitatie", "Wij zien u helaas niet in de rol van coördinator."),
    ("Je sollicitatie", "Na overleg hebben we besloten om u af te wijzen."),
    ("Je sollicitatie", "Wij sluiten de procedure voor u af."),
    # idioms
    ("Je sollicitatie", "Dank voor je sollicitatie! Het is helaas een nee."),
    ("Je sollicitatie", "Voor de functie van barista moeten we helaas nee verkopen."),
    ("Je sollicitatie", "Helaas is het voor de bijbaan niets geworden."),
    ("Je sollicitatie", "Na je proefdag hebben we besloten het bij die proefdag te laten."),
    # a second probe: another direction, not convinced (infinitive), not continued, "vervalt je sollicitatie"
    ("Je sollicitatie", "We hebben je sollicitatie goed bekeken, maar we gaan een andere kant op."),
    ("Je sollicitatie", "Je sollicitatie heeft ons niet kunnen overtuigen."),
    ("Je sollicitatie", "De procedure wordt voor u niet voortgezet."),
    ("Je sollicitatie", "Er is gekozen voor een andere richting, daarom vervalt je sollicitatie."),
    # the post filled (infinitive last) or assigned to another; "de keus"
    ("Je sollicitatie", "De vacature waarop je solliciteerde, hebben we intussen kunnen invullen."),
    ("Je sollicitatie", "We hebben de functie intern kunnen invullen."),
    ("Je sollicitatie", "De functie is toegewezen aan een andere kandidaat."),
    ("Je sollicitatie", "Wij hebben de vacature aan een interne medewerker gegeven."),
    ("Je sollicitatie", "De keus is op een ander gevallen."),
    # does not meet what we look for / too little experience
    ("Je sollicitatie", "Je profiel voldoet niet aan wat wij voor deze rol zoeken."),
    ("Je sollicitatie", "Na ons gesprek vinden we dat je onvoldoende ervaring hebt voor deze functie."),
    ("Je sollicitatie", "Je ontbreekt het aan de gevraagde ervaring, dus we stoppen hier."),
    # not through to the last round, no collaboration
    ("Je sollicitatie", "Je bent helaas niet doorgedrongen tot de laatste ronde."),
    ("Je sollicitatie", "Wij hebben besloten de samenwerking niet aan te gaan."),
    # outcome negative, no preference, not among the last few, no next steps, no future, no follow-up
    ("Je sollicitatie", "Helaas is de uitkomst van de selectie voor jou negatief."),
    ("Je sollicitatie", "Je hebt helaas niet de voorkeur gekregen."),
    ("Je sollicitatie", "Je zit helaas niet bij de laatste vijf."),
    ("Je sollicitatie", "Het is jammer genoeg niet doorgegaan met je sollicitatie."),
    ("Je sollicitatie", "We nemen geen vervolgstappen met je sollicitatie."),
    ("Je sollicitatie", "Na de tweede ronde zien we geen toekomst voor je bij ons."),
    ("Je sollicitatie", "We kunnen je geen vervolg bieden."),
    ("Je sollicitatie", "De functie zal niet aan u worden toegekend."),
    # a third probe: schifting, a score too low, entrusted to another, idioms of failing, "afgekeurd"
    ("Je sollicitatie", "Jammer, maar je bent niet door de eerste schifting geraakt."),
    ("Je sollicitatie", "Je scoorde helaas onvoldoende op de cognitieve test om door te gaan."),
    ("Je sollicitatie", "Wij hebben de functie aan een andere kandidaat toevertrouwd."),
    ("Je sollicitatie", "De hiring manager gaat liever door met kandidaten die al ervaring hebben in de zorg."),
    ("Je sollicitatie", "Je sollicitatie is helaas gestrand in de eerste ronde."),
    ("Je sollicitatie", "Je bent helaas gesneuveld in de laatste ronde."),
    ("Je sollicitatie", "Helaas kunnen wij u geen positief bericht geven."),
    ("Je sollicitatie", "Jouw sollicitatie is afgekeurd."),
    ("Je sollicitatie", "Na overleg met het team is besloten dat we niet verder gaan."),
    ("Je sollicitatie", "Je komt voor deze functie helaas niet in beeld."),
    # a fourth probe (public bodies, ATS status lines, agencies)
    ("Je sollicitatie", "Helaas bent u niet als geschikt beoordeeld voor de functie."),
    ("Je sollicitatie", "Bij de vergelijking van de kandidaten bent u niet als beste naar voren gekomen."),
    ("Je sollicitatie", "De procedure is afgerond zonder dat u bent geselecteerd."),
    ("Je sollicitatie", "We hebben je sollicitatie op 'niet geschikt' gezet."),
    ("Je sollicitatie", "Na een zorgvuldige afweging zijn we tot de conclusie gekomen dat we niet met je verdergaan."),
    ("Je sollicitatie", "Helaas kunnen we je op dit moment niet verder helpen met deze vacature."),
    ("Je sollicitatie", "Je hebt de baan helaas niet gekregen."),
    ("Je sollicitatie", "Helaas, je bent het niet geworden."),
    ("Je sollicitatie", "Je kandidatuur haalt het helaas niet."),
    ("Je sollicitatie", "Je sollicitatie is helaas op niets uitgelopen."),
    ("Je sollicitatie", "We sluiten de selectie voor jou hierbij af."),
]

NOT_REJECTIONS = [
    # still alive, invitations, good news in the same words
    ("Je sollicitatie", "Goed nieuws: je sollicitatie is positief beoordeeld en we nodigen je uit voor een gesprek."),
    ("Je sollicitatie", "Je staat op de shortlist! We bellen je morgen."),
    ("Je sollicitatie", "Heb je nog geen uitnodiging voor een gesprek ontvangen? Kijk dan in je spam."),
    ("Je sollicitatie", "We hebben ook andere kandidaten uitgenodigd, maar we willen graag met jou beginnen."),
    ("Je sollicitatie", "Je sollicitatie wordt morgen doorgezet naar de hiring manager."),
    # conditions
    ("Je sollicitatie", "Als je het assessment niet voor vrijdag afrondt, kunnen we je sollicitatie niet verder "
                        "behandelen."),
    ("Je sollicitatie", "Mocht je geen cv uploaden, dan sluiten wij uw dossier voor de functie van planner."),
    # someone else's candidacy, a column
    ("Jouw tip", "Hoi Sanne, de kandidaat die jij hebt aanbevolen is niet geselecteerd. Bedankt voor de tip!"),
    ("Column", "In deze column: iedere werkzoekende kent de zin 'je profiel is niet sterk genoeg'. Wat nu?"),
    # staff news with the same words
    ("Teamnieuws", "Beste collega's, we hebben een nieuwe collega aangenomen voor de receptie. Welkom, Fatima!"),
    ("Inkoop", "Hoi Sanne, voor de verbouwing gaan we een andere aannemer inschakelen, de offerte was te hoog."),
    ("Planning", "Hoi Sanne, we gaan het niet samen doen die presentatie, ik neem het over. Groet, Mark"),
    # the same words about a process still running, a partial offer, a closing date
    ("Je sollicitatie", "Geen zorgen: de functie is nog niet ingevuld."),
    ("Je sollicitatie", "De functie is nog niet ingevuld, dus je sollicitatie loopt nog."),
    ("Je sollicitatie", "Onze klant biedt je geen vast contract aan, maar wel een jaarcontract. Gefeliciteerd!"),
    ("Je sollicitatie", "We sluiten alle sollicitaties op 1 juni; tot die tijd kun je nog reageren."),
    ("Je sollicitatie", "We hebben nog geen keuze gemaakt en zien je graag dinsdag."),
    ("Je sollicitatie", "We zijn er nog niet uit; de keuze valt volgende week."),
    ("Je sollicitatie", "Je profiel is sterk genoeg; we nodigen je uit voor een gesprek."),
    ("Je sollicitatie", "Mocht je niet kunnen, dan plannen we een andere datum."),
    ("Je sollicitatie", "We sluiten de sollicitatieprocedure voor jou pas af na het gesprek van dinsdag."),
    ("Je sollicitatie", "Zonder dat je bent geselecteerd kun je nog geen toegang krijgen tot het portaal."),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_dev6_nl_reworded_rejection(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER))


@pytest.mark.parametrize(("subject", "body"), NOT_REJECTIONS)
def test_dev6_nl_reworded_lookalike(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER))
