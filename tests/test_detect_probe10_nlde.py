"""Probe 10, Dutch and German (session 23): the constructions a fresh probe set showed missing or misread.

Missed rejections: the other shortlisted person judged the closer match, a relative clause between ("dass die andere
Kandidatin mit ihrer Erfahrung ... besser zu den Projekten passt", "de andere kandidaat, die twee jaar in het veld
heeft gewerkt, dichter aansloot"); the post offered to a third person ("dass der Träger ihr die Stelle angeboten hat",
"we hebben haar de vaste plek aangeboden"); "wir haben die Stelle mit einem Polier aus dem eigenen Haus besetzt"; "wir
sehen keine Möglichkeit, das weiterzuverfolgen"; candidates invited "deren Erfahrung besser passt"; an informal "wir
machen es mit der Resi, die schon bei uns ist", "we kiezen toch voor Anouk, die al drie jaar bij ons werkt"; "dat
betekent dat we je sollicitatie moeten afsluiten"; the board decided not to fill the post; the references already
checked with the one the post goes to.

Look-alikes: the date the reader proposed for an interview is not possible, another offered; the reader's transfer or
raise refused by the current employer; an ATS confirming the reader's own withdrawal (a reference in brackets, "maar
respecteren uiteraard je keuze").
All letters are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import mails_test

DE_HR = "Personal Nordlicht <personal@nordlicht.example>"
DE_BOSS = "Klaus Kern <k.kern@kern-bau.example>"
DE_ATS = "Talentwerk <noreply@talentwerk.example>"
NL_HR = "Werving Dijkstroom <werving@dijkstroom.example>"
NL_SHOP = "Gerda Visser <gerda@bakkerijvisser.example>"
NL_BOSS = "Marco Bos <marco.bos@transportbos.example>"

REJECTIONS = [
    # the other shortlisted person judged the closer match
    (DE_HR, "Referent/in Kommunikation – Entscheid",
     "Liebe Frau Vogt\n\nDas Gremium hat die beiden Personen auf der Shortlist besprochen. Es war der Meinung, dass "
     "die andere Kandidatin mit ihrer Erfahrung im Verband besser zu unseren Aufgaben passt.\n\nFreundliche Grüsse"),
    (DE_HR, "Ihre Bewerbung",
     "Guten Tag,\n\nnach den Gesprächen haben wir festgestellt, dass der andere Finalist, der bereits ein Team geführt "
     "hat, eher unseren Anforderungen entspricht.\n\nViele Grüße"),
    (NL_HR, "Programma-assistent – uitslag",
     "Beste Sam,\n\nHet panel vond dat de andere kandidaat, die al drie jaar in Ghana heeft gewerkt, dichter aansloot "
     "bij wat het team nodig heeft.\n\nGroet,\nFemke"),
    (NL_HR, "Je sollicitatie",
     "Beste Sam,\n\nDe commissie was van mening dat de andere kandidate op de shortlist beter paste bij het "
     "onderzoeksprogramma.\n\nMet vriendelijke groet"),
    # the post offered to a third person
    (DE_HR, "Verwaltungsstelle",
     "Lieber Herr Brenner,\n\nFrau Demir hat die Elternzeitvertretung übernommen, und der Träger hat ihr nun die "
     "unbefristete Stelle angeboten. Sie hat zugesagt.\n\nHerzliche Grüße"),
    (NL_HR, "Vacature groep 5",
     "Beste Sam,\n\nJuf Esra heeft het verlof opgevangen. We hebben haar daarom de vaste plek aangeboden en zij heeft "
     "die geaccepteerd.\n\nHartelijke groet"),
    (NL_HR, "Je sollicitatie als monteur",
     "Hoi Sam,\n\nOnze stagiair heeft het zo goed gedaan dat we hem de functie hebben aangeboden.\n\nGroet"),
    # the post filled with someone named by kind
    (DE_BOSS, "AW: Bewerbung Bauleiter",
     "Moin,\n\ndanke für die Bewerbung. Wir haben die Stelle inzwischen mit einem Polier aus dem eigenen Haus "
     "besetzt.\n\nGruß"),
    (DE_BOSS, "Bewerbung als Disponent",
     "Hallo,\n\nwir haben die Position mit einer internen Kollegin neu besetzt.\n\nGruß K. Kern"),
    # no possibility to go on
    (DE_ATS, "Deine Bewerbung bei Talentwerk",
     "Hi Jonas,\n\ndanke für die Aufgabe. Wir sehen im Moment leider keine Möglichkeit, das "
     "weiterzuverfolgen.\n\nPaul"),
    (DE_ATS, "Ihre Bewerbung",
     "Guten Tag,\n\nwir sehen leider keine Chance, Ihre Bewerbung fortzusetzen.\n\nIhr Recruiting-Team"),
    # candidates invited whose experience fits better
    (DE_ATS, "Ihre Bewerbung als Qualitätsmanager (m/w/d)",
     "Sehr geehrter Herr Brenner,\n\nwir haben uns entschieden, Kandidaten in den nächsten Schritt einzuladen, deren "
     "Erfahrung noch besser zu unseren Anforderungen passt.\n\nIhr Recruiting-Team"),
    # a named insider chosen, informally
    (DE_BOSS, "Probearbeit",
     "Servus Jonas,\n\nzur Stelle: wir machen es mit der Resi, die schon bei uns im Service ist.\n\nThomas"),
    (NL_SHOP, "Re: sollicitatie filiaalmanager",
     "Beste Sam,\n\nWe hebben er lang over nagedacht, maar we kiezen toch voor Anouk, die al drie jaar bij ons in de "
     "zaak staat.\n\nHartelijke groet,\nGerda"),
    # the application closed on a test result
    (NL_HR, "Resultaat capaciteitentest",
     "Beste Sam,\n\nJe uitslag ligt onder de grens, en dat betekent dat we je sollicitatie op dit punt moeten "
     "afsluiten.\n\nTeam Werving"),
    # the board decided not to fill the post; no next step with any candidate
    (NL_HR, "Re: Stand van zaken vacature coördinator",
     "Hoi Sam,\n\nHet bestuur heeft besloten de functie van coördinator voorlopig niet in te vullen; de procedure is "
     "stopgezet.\n\nGroet,\nNadia"),
    (NL_HR, "Je sollicitatie",
     "Beste Sam,\n\nDoor een bezuiniging gaan we met geen van de kandidaten nog een vervolgstap zetten.\n\nGroet"),
    # the checks already done with the one the post goes to
    (NL_HR, "Referenties wijkconsulent",
     "Beste Sam,\n\nDat is niet meer nodig: we hebben het referentieonderzoek inmiddels afgerond bij de kandidaat die "
     "we de functie gaan aanbieden.\n\nBas"),
]

LOOK_ALIKES = [
    # the reader's proposed date is not possible, another offered
    (DE_HR, "Einladung zum Vorstellungsgespräch",
     "Sehr geehrter Herr Brenner,\n\nwir möchten Sie gern kennenlernen. Den von Ihnen vorgeschlagenen Termin am 17. "
     "Februar können wir leider nicht anbieten. Wäre Ihnen Donnerstag um 10:00 Uhr recht?\n\nClaudia Neumann"),
    (DE_HR, "Ihr Vorstellungsgespräch",
     "Hallo Herr Brenner,\n\nIhren Wunschtermin können wir leider nicht einrichten, alternativ schlagen wir den 3. "
     "März vor.\n\nViele Grüße"),
    # the team's news of a colleague kept on, not a letter to an applicant
    ("Jens Ott <jens@nordlicht.example>", "Anna bleibt",
     "Hallo Team,\n\nAnna hat ihre Probezeit super gemeistert, deshalb haben wir ihr die unbefristete Stelle "
     "angeboten. Bitte gratuliert ihr!\n\nGruß Jens"),
    ("Marieke Smit <directie@school.example>", "Nieuwe collega",
     "Hoi allemaal,\n\nEsra heeft het verlof zo goed opgevangen dat we haar de vaste plek hebben aangeboden. "
     "Welkom in het team!\n\nMarieke"),
    # the reader's transfer or raise refused by the current employer
    (NL_BOSS, "Overplaatsing naar vestiging Gent",
     "Hoi Lotte,\n\nIk heb je verzoek om overplaatsing naar onze vestiging in Gent met HR besproken. Het antwoord is "
     "voorlopig nee.\n\nGroet,\nMarco"),
    (NL_BOSS, "Je aanvraag",
     "Hoi Lotte,\n\nJe verzoek om een salarisverhoging is helaas afgewezen; het budget voor dit jaar is op.\n\nMarco"),
    # the reader's own withdrawal confirmed
    (NL_HR, "Bevestiging: sollicitatie ingetrokken",
     "Beste Lotte,\n\nWe bevestigen dat je je sollicitatie voor Beleidsadviseur (ref. 2025-0612) hebt ingetrokken. We "
     "vinden het jammer dat je niet verder gaat in de procedure, maar respecteren uiteraard je keuze.\n\nTalent "
     "Acquisition"),
]

test_probe10_nlde_rejections = mails_test(REJECTIONS, rejection=True)
test_probe10_nlde_look_alikes = mails_test(LOOK_ALIKES, rejection=False)
