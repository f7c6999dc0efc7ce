"""Curt rejections whose only job context is a job title in the subject ("pizzabakker", "Sous-chef m/v", "Elektroniker
m/w/d", "Vacature docent"): the decision is said plainly, with regret or a well-wish, by the hiring side or by no one in
particular. Beside them look-alikes with the same sentences: under subjects that name no job (a flat, a quote, a team),
under titles where the reader is a tenant, a club member, the employer, a friend hears news, a tradesman is named
("the plumber you sent us"), or the mail is an alert, a reschedule or an offer; and a school that writes about a child
or a course under a title. All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

SENDER = "Robin Maas <robin@vandijk.example>"

REJECTIONS = [
    ('magazijnmedewerker',
     'hoi Sanne, helaas is het deze keer niet gelukt. succes! Peter'),
    ('Kok',
     'Beste Ruud,\n\nWe hebben helaas voor iemand anders gekozen.\n\nGroet,\nAns'),
    ('Sous-chef m/v',
     'Hallo Tim, helaas, het is iemand anders geworden. Succes verder! Gr Lies'),
    ('Vacature magazijnmedewerker',
     'Beste Joris,\n\nWe gaan verder met een andere kandidaat. Veel succes.\n\nMet vriendelijke groet,\nHenk'),
    ('Re: pizzabakker',
     'hoi, helaas is het niks geworden. groetjes marco'),
    ('Monteur',
     'Dag Kees, wij moeten helaas nee zeggen. Succes met zoeken. Groet, Wim'),
    ('verpleegkundige',
     'Beste Fatima,\n\nHet team heeft besloten anders te kiezen. Veel succes verder.\n\nMarleen'),
    ('Uitvoerder',
     'Hoi Bram,\n\nJammer, maar we hebben gekozen voor een ander.\n\nGroet,\nSjaak\nBouwbedrijf Smit'),
    ('Line cook',
     'Hi Jo, sorry - we went with someone else. Good luck! Mike'),
    ('Barista',
     'hey sam, sorry but we decided to go another way. best of luck, Jess'),
    ('Re: Sous chef',
     'Sam, sorry, we are going to pass. Good luck. Tom'),
    ('Junior Developer',
     'Hi Sam,\n\nUnfortunately we have decided not to move forward.\n\nBest of luck,\nPriya'),
    ('Warehouse Operative',
     'Hi Sam,\n\nUnfortunately we have gone with another candidate.\n\nAll the best,\nKaren'),
    ('Lagerhelfer (m/w/d)',
     'Hallo Sam, leider haben wir uns für jemand anderen entschieden. Viel Erfolg! Gruß Uwe'),
    ('Koch',
     'Hi Sam,\n\nleider wird das nichts mit uns. Alles Gute!\n\nTina'),
    ('Sachbearbeiter',
     'Hallo Herr Rivera,\n\nwir haben uns leider anders entschieden.\n\nViel Erfolg weiterhin\nM. Kunz'),
    ('Verkäuferin',
     'Liebe Sam, leider ist die Wahl auf jemand anderen gefallen. Alles Gute, Anja'),
    ('Elektroniker m/w/d',
     'Hallo Sam,\n\nleider haben wir jemand anderen genommen. Viel Erfolg!\n\nJens'),
    ('Serveur H/F',
     "Bonjour Sam, malheureusement nous avons choisi quelqu'un d'autre. Bonne continuation. Karim"),
    ('Cuisinier',
     'Salut Sam, désolé, on part sur un autre profil. Bonne chance ! Julie'),
    ('Re: vendeuse',
     'Bonjour, malheureusement nous avons retenu une autre personne. Cordialement, Mme Roux'),
    ('Développeur',
     'Bonjour Sam,\n\nNous ne donnerons malheureusement pas suite.\n\nBonne continuation,\nLéa'),
    ('Camarero',
     'Hola Sam, lo siento, al final hemos elegido a otra persona. ¡Suerte! Paco'),
    ('Cocinero/a',
     'Hola Sam,\n\nlamentablemente no seguimos adelante contigo.\n\nUn saludo,\nMarta'),
    ('Dependienta',
     'Hola Sam, lamentablemente no ha podido ser. Mucha suerte, Lucía'),
    ('Re: repartidor',
     'Hola, lo sentimos, ya hemos cogido a otra persona. Suerte! Quique'),
    ('Empregado de mesa',
     'Olá Sam, infelizmente escolhemos outra pessoa. Boa sorte! Rui'),
    ('Cozinheiro',
     'Olá Sam,\n\ninfelizmente não foi desta vez.\n\nSucesso,\nAna'),
    ('Rececionista',
     'Oi Sam, infelizmente não vamos seguir com você. Boa sorte! Carla'),
    ('Motorista',
     'Olá Sam, lamento mas optámos por outro candidato. Abraço, Zé'),
    ('Schoonmaker',
     'Hoi Sam, helaas, het is iemand anders geworden. Succes! Groet, Bea'),
    ('Kassamedewerker',
     'hoi sam, we hebben helaas al iemand gevonden. succes met zoeken! groetjes, Mo'),
    ('Kellner',
     'Hallo Sam, leider haben wir uns anders entschieden. Alles Gute! Paul'),
    ('Plongeur',
     "Salut Sam, malheureusement on a pris quelqu'un d'autre. Bonne chance, Marc"),
    ('Socorrista',
     'Hola Sam, lo sentimos, nos hemos decidido por otra persona. ¡Suerte! Ana'),
    ('Padeiro',
     'Olá Sam, infelizmente ficámos com outra pessoa. Boa sorte! Luís'),
    ('Delivery driver',
     'Hi Sam, sorry mate, we have decided to go with someone else. All the best, Dave'),
    # --- a school that writes as an employer under a teacher's title
    ('Vacature docent',
     'Beste Sam,\n\nDank voor je belangstelling voor onze school. Helaas hebben we voor een andere kandidaat '
     'gekozen.\n\nMet vriendelijke groet,\nJ. Bakker, directeur'),
    ('Docent wiskunde',
     'Beste Sam,\n\nBedankt voor je interesse in onze school. We hebben helaas voor iemand anders '
     'gekozen.\n\nGroet,\nMarijke'),
    ('Lehrer Mathematik',
     'Hallo Sam, danke für Ihr Interesse an unserer Schule. Leider haben wir uns für jemand anderen '
     'entschieden. Gruß, K. Weber'),
    ('Verkäuferin',
     'Liebe Sam, leider ist die Wahl auf jemand anderen gefallen. Alles Gute, Anja'),
    ('Professeur de maths',
     "Bonjour Sam, merci de votre intérêt pour notre école. Malheureusement nous avons choisi quelqu'un "
     "d'autre. Cordialement, M. Petit"),
]

LOOKALIKES = [
    ('Appartement Keizersgracht',
     'Hoi Sam, helaas, we hebben voor iemand anders gekozen. Succes met zoeken! Ans'),
    ('Offerte dakkapel',
     'Beste Sam, we hebben helaas voor een andere aannemer gekozen. Groet, Piet'),
    ('Volleybal',
     'Hoi Sam, helaas is het niet gelukt, je zit niet in de selectie. Succes! Trainer Bas'),
    ('Re: fiets',
     'hoi, helaas is het niks geworden, hij is al verkocht. groetjes marco'),
    ('Kamer',
     'Hallo Sam, wij moeten helaas nee zeggen, de kamer is al weg. Succes met zoeken. Wim'),
    ('Wohnung Lindenstraße',
     'Hallo Sam, leider haben wir uns für jemand anderen entschieden. Viel Erfolg bei der Suche! Uwe'),
    ('Angebot Dach',
     'Hallo Herr Rivera, wir haben uns leider anders entschieden. Viel Erfolg weiterhin, M. Kunz'),
    ('Chorprobe',
     'Liebe Sam, es hat leider nicht geklappt mit dem Solo. Alles Gute, Anja'),
    ('Appartement rue Victor Hugo',
     "Bonjour Sam, malheureusement nous avons choisi quelqu'un d'autre. Bonne continuation. Karim"),
    ('Devis cuisine',
     'Bonjour Sam, nous ne donnerons malheureusement pas suite à votre devis. Bonne continuation, Léa'),
    ('Piso en Malasaña',
     'Hola Sam, lo siento, al final hemos elegido a otra persona. ¡Suerte! Paco'),
    ('Presupuesto reforma',
     'Hola Sam, lamentablemente no seguimos adelante con el presupuesto. Un saludo, Marta'),
    ('Apartamento T2',
     'Olá Sam, infelizmente escolhemos outra pessoa. Boa sorte! Rui'),
    ('Orçamento pintura',
     'Olá Sam, lamento mas optámos por outro orçamento. Abraço, Zé'),
    ('Flat on Elm Street',
     'Hi Jo, sorry - we went with someone else. Good luck! Mike'),
    ('Quote for the roof',
     'Hi Sam, unfortunately we have decided not to move forward with your quote. Best, Priya'),
    ('Sunday league',
     'hey sam, sorry but we decided to go another way for the keeper spot. best of luck, Jess'),
    ('Re: Nachmieter',
     'Hallo Sam, leider haben wir uns für jemand anderen entschieden. Viel Glück bei der Suche! Uwe'),
    ('Mitbewohner gesucht',
     'Hi Sam, sorry, wir haben uns für jemand anderen entschieden. Viel Glück! Lena'),
    ('Huurder gezocht',
     'Hoi Sam, helaas, we hebben voor iemand anders gekozen voor de kamer. Succes met zoeken! Els'),
    ('Colocataire',
     "Salut Sam, désolé, on a choisi quelqu'un d'autre pour la chambre. Bonne chance ! Julie"),
    ('Compañero de piso',
     'Hola Sam, lo siento, hemos elegido a otra persona para la habitación. ¡Suerte! Paco'),
    ('Penningmeester',
     'Hoi Sam, helaas, het is iemand anders geworden: de leden hebben gestemd. Groet, Ria'),
    ('Werknemer van de maand',
     'Hoi Sam, helaas is het deze maand iemand anders geworden. Succes volgende keer! Groet, HR'),
    ('Trainer',
     'Hallo Sam, leider hat sich der Verein für jemand anderen entschieden. Alles Gute, Jo'),
    ('Koorleider',
     'Beste Sam, helaas heeft het koor voor iemand anders gekozen. Succes! Ans'),
    ('kok',
     'hey sam, helaas, ze hebben voor iemand anders gekozen. balen joh! xx lies'),
    ('Barista',
     "hi sam, sorry, they went with someone else in the end. they're idiots. x Ella"),
    ('Cuisinier',
     "Salut Sam, désolé, ils ont choisi quelqu'un d'autre à ce qu'on m'a dit. Courage ! Julie"),
    ('Camarero',
     'Hola Sam, lo siento, me han dicho que eligieron a otra persona. ¡Ánimo! Paco'),
    ('Motorista',
     'Olá Sam, que pena, eles escolheram outra pessoa. Força! Zé'),
    ('pizzabakker',
     'Hoi Sam, de jongen van dinsdag heeft afgezegd, dus helaas is het niet gelukt. Ik zet de vacature opnieuw '
     'online. Groet, Kim'),
    ('Re: Barista',
     'Hi Sam, sorry, I have decided to take another job closer to home. Good luck with the search! Ella'),
    ('Sous-chef',
     'Hoi Sam, de kandidaat van gisteren zegt helaas nee, hij blijft bij zijn huidige zaak. Groet, Lies'),
    ('Lagerhelfer',
     'Hallo Sam, der Bewerber von Montag hat leider abgesagt. Sollen wir die Anzeige verlängern? Uwe'),
    ('Serveur',
     "Bonjour Sam, le candidat de mardi a malheureusement refusé notre offre. On relance l'annonce ? Karim"),
    ('Camarero',
     'Hola Sam, el chico del martes lamentablemente ha rechazado la oferta. ¿Volvemos a publicar? Paco'),
    ('Cozinheiro',
     'Olá Sam, infelizmente o candidato de terça recusou a proposta. Publicamos de novo? Rui'),
    ('Loodgieter',
     'Hoi Sam, de loodgieter die je aanraadde was te duur, dus we zijn met iemand anders in zee gegaan. Groet, '
     'buurvrouw Els'),
    ('Plumber',
     'Hi Sam, sorry, the plumber you sent us could not come, so we went with someone else. Cheers, Mike'),
    ('Elektriker',
     'Hallo Sam, dein Elektriker hat leider abgesagt, wir haben jemand anderen gefunden. Gruß Uwe'),
    ('Babysitter',
     'Hi Sam, sorry, our babysitter cancelled tonight, so unfortunately we can’t come to dinner. Jess'),
    ('Magazijnmedewerker',
     'Nieuwe vacatures voor jou: Magazijnmedewerker in Utrecht, Magazijnmedewerker in Houten. Helaas zijn er '
     'geen vacatures meer in Zeist. Succes met zoeken! Team Werkzoeker'),
    ('Monteur',
     'Dag Kees, helaas kan ik morgen niet om 10 uur, kun je om 14 uur langskomen voor een gesprek? Groet, Wim'),
    ('Barista',
     'hey sam, sorry for the delay! we would love to offer you the job, can you start monday? Jess'),
    ('Junior Developer',
     'Hi Sam,\n\nUnfortunately I am out of office until Monday. Good luck with the test!\n\nPriya'),
    ('Koch',
     'Hi Sam, leider muss ich den Termin verschieben. Passt dir Donnerstag? Alles Gute, Tina'),
    ('Vendeuse',
     "Bonjour Sam, malheureusement je serai absente jeudi, pouvons-nous décaler l'entretien ? Karim"),
    ('Dependienta',
     'Hola Sam, lamentablemente mañana no puedo, ¿te va bien el jueves para la entrevista? Lucía'),
    ('Rececionista',
     'Oi Sam, infelizmente não consigo amanhã, podemos mudar a entrevista para quinta? Carla'),
    ('verpleegkundige',
     'Beste Fatima,\n\nHelaas is de datum van je introductie verschoven naar maandag. Welkom in het team!\n\nMarleen'),
    ('Lehrer',
     'Hallo Sam, wir haben die Halle leider schon vergeben. Gruß, Jo'),
    ('Schilder',
     'Beste Sam, helaas hebben we een andere kleur gekozen voor de gevel. Groet, fam. de Vries'),
    ('Fotograaf',
     'Hoi Sam, helaas heeft de fotograaf afgezegd voor zaterdag, het feest gaat gewoon door! Groet, Ans'),
    ('Chef',
     'Hi Sam, sorry, the chef went with another menu for friday. see you there! Tom'),
    ('Fahrer',
     'Hallo Sam, wir haben den Transporter leider anderweitig vergeben. Alles Gute, Ute'),
    ('Kok',
     'Hoi Sam, we hebben de zaal helaas al vergeven. Succes met zoeken! Ans'),
    ('Barista',
     'Hi Sam, sorry, we have decided not to go ahead with the espresso machine. Best, Jess'),
    ('Serveur',
     "Bonjour Sam, malheureusement nous avons donné la salle à quelqu'un d'autre. Bonne journée, Karim"),
    ('Camarero',
     'Hola Sam, lo siento, hemos decidido no seguir adelante con la reforma del bar. Un saludo, Paco'),
    # --- a school that writes about a child's place or a course, under a subject that names a title or none
    ('Aanmelding groep 3',
     'Beste Sam,\n\nDank voor je belangstelling voor onze school. Helaas hebben we geen plek meer voor je '
     'dochter.\n\nMet vriendelijke groet,\nJ. Bakker, directeur'),
    ('Inschrijving',
     'Beste Sam,\n\nBedankt voor je interesse in onze school. Helaas is de klas vol en kunnen we je zoon niet '
     'plaatsen.\n\nGroet,\nMarijke'),
    ('Vacature docent',
     'Beste Sam,\n\nDank voor je belangstelling voor onze school. Helaas is er voor je dochter geen plek in '
     'groep 3.\n\nGroet,\nMarijke'),
    ('Opleiding verpleegkundige',
     'Beste Sam,\n\nBedankt voor je interesse in onze school. Helaas hebben we je niet kunnen plaatsen, er '
     'waren meer aanmeldingen dan plekken.\n\nGroet,\nMarijke'),
    ('Formation infirmier',
     "Bonjour Sam, merci de votre intérêt pour notre école. Malheureusement votre candidature n'a pas été "
     'retenue cette année. Cordialement'),
    ('Curso de cocinero',
     'Hola Sam, gracias por tu interés en nuestra escuela. Lamentablemente no has sido admitido en esta '
     'edición. Un saludo'),
    ('Ausbildung Koch',
     'Hallo Sam, danke für dein Interesse an unserer Schule. Leider können wir dir keinen Schulplatz anbieten. Gruß'),
    ('Chef training course',
     'Hi Sam, thanks for your interest in our school. Unfortunately we cannot offer you a place on the course '
     'this year. Best'),
    ('Curso de cozinheiro',
     'Olá Sam, obrigado pelo interesse na nossa escola. Infelizmente a sua candidatura não foi selecionada. '
     'Cumprimentos'),
]

# Known gaps: a curt note under a title in which the reader is the one who decided ("jammer dat jullie voor iemand
# anders hebben gekozen", the candidate writing to the employer), or a third person "sie", folded like the polite
# "Sie", read as said to the reader. Move a case to LOOKALIKES when it passes.
KNOWN_GAPS = [
    ('Koch',
     'Hi Sam, leider haben sie sich für jemand anderen entschieden, hat mir Tom erzählt. Kopf hoch! Tina'),
    ('Re: Kok',
     'Hoi Sam, jammer dat jullie voor iemand anders hebben gekozen, ik had er echt zin in. Groet, Tim'),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS, ids=ids(REJECTIONS))
def test_rejection_found(subject: str, body: str) -> None:
    assert found(mail(body, subject, SENDER))


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES, ids=ids(LOOKALIKES))
def test_lookalike_not_found(subject: str, body: str) -> None:
    assert not found(mail(body, subject, SENDER))


@pytest.mark.xfail(strict=True, reason="known gap: the reader decided, or 'sie' is a third person")
@pytest.mark.parametrize(("subject", "body"), KNOWN_GAPS, ids=ids(KNOWN_GAPS))
def test_known_gap_lookalike(subject: str, body: str) -> None:
    assert not found(mail(body, subject, SENDER))
