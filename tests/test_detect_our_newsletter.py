"""A rejection whose footer offers "our newsletter" in Dutch, Spanish, Portuguese or French ("Uitschrijven voor onze
nieuwsbrief", "Suscríbete a nuestro boletín") is still a rejection: the channel is offered, the mail is not one (as
"our newsletter" already was in English and German). A mail that is a newsletter still says so."""

from __future__ import annotations

from labelled import letters_test

SENDER = "Talent team <talent@werkplaats.example>"

REJECTIONS = [
    ("Uw sollicitatie bij Gemeente Almere",
     "Beste Sam,\n\nHartelijk dank voor uw sollicitatie naar de functie van beleidsmedewerker. Helaas moeten wij u "
     "meedelen dat wij u niet uitnodigen voor een gesprek. Wij hebben gekozen voor kandidaten die beter aansluiten bij "
     "het profiel.\n\nMet vriendelijke groet,\nAfdeling HR\n\nBlijf op de hoogte van onze vacatures via onze "
     "nieuwsbrief. Uitschrijven voor onze nieuwsbrief kan altijd."),
    ("Je sollicitatie als magazijnmedewerker",
     "Hoi Sam,\n\nBedankt voor je sollicitatie. We hebben besloten niet verder te gaan met je sollicitatie, omdat we "
     "iemand met meer ervaring zoeken.\n\nGroet,\nRecruitment\n\nWil je onze nieuwsbrief niet meer ontvangen? "
     "Meld je hier af."),
    ("Tu candidatura en Grupo Sol",
     "Hola Sam:\n\nGracias por tu interés en el puesto de analista. Lamentablemente hemos decidido continuar con otros "
     "candidatos cuyo perfil se ajusta mejor.\n\nUn saludo,\nEquipo de Talento\n\nSuscríbete a nuestro boletín de "
     "empleo para conocer nuevas ofertas."),
    ("A sua candidatura",
     "Olá Sam,\n\nAgradecemos a sua candidatura para a vaga de técnico. Infelizmente a sua candidatura não foi "
     "selecionada para a fase seguinte.\n\nCumprimentos,\nRecursos Humanos\n\nSubscreva o nosso boletim para receber "
     "novas vagas."),
    ("Votre candidature",
     "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de comptable. Malheureusement, nous ne "
     "pouvons pas y donner une suite favorable.\n\nCordialement,\nService RH\n\nAbonnez-vous à notre lettre "
     "d'information pour suivre nos offres."),
]

NEWSLETTERS = [
    ("Werkplaats nieuws – maart",
     "In deze nieuwsbrief: ons nieuwe kantoor, de winnaars van de fotowedstrijd en onze vacatures.\n\nDe jury heeft "
     "gekozen voor een andere inzending dan verwacht: lees het hele verhaal op onze site.\n\nU ontvangt onze "
     "nieuwsbrief omdat u zich heeft aangemeld. Uitschrijven kan hier."),
    ("Boletín de empleo – semana 12",
     "En este boletín: 14 nuevas ofertas en tu zona, consejos para tu entrevista y el caso de una candidata que no fue "
     "seleccionada y encontró trabajo un mes después.\n\nRecibes nuestro boletín porque te suscribiste."),
    ("Boletim de carreiras",
     "Neste boletim: novas vagas, dicas de currículo e a história de um candidato que não foi selecionado à "
     "primeira.\n\nRecebe o nosso boletim porque se inscreveu."),
]

test_rejections = letters_test(REJECTIONS, SENDER, rejection=True)
test_newsletters = letters_test(NEWSLETTERS, SENDER, rejection=False)
