"""Short answers to a letter that the learned model carried until it was retrained (session 23), now read by rules.

A small employer's few words ("Sorry, we hebben al genoeg bezorgers", "Hemos cubierto ya el puesto de dependienta"),
a bare "we gaan helaas niet verder.", and "we've reviewed it carefully and won't be moving forward" with its subject
left out; beside each, the look-alikes that share the words (things, not people; a project, not the application; a
question, not a decision). All letters are written for this file.
"""

from __future__ import annotations

from labelled import mails_test

KEES = "Kees <kees.pizzeria@mailhost.example>"
LUCIA = "Lucía <lucia@tiendalavela.example>"
PEOPLE = "People Team <people@tidebank.example>"

REJECTIONS = [
    (KEES, "Re: sollicitatie bezorger", "Hoi Sam,\n\nSorry, we hebben al genoeg bezorgers.\n\nGroetjes,\nKees"),
    (KEES, "Re: sollicitatie afwasser", "Hoi Sam,\n\nBedankt, maar we hebben inmiddels genoeg afwassers.\n\nKees"),
    (KEES, "Re: afwashulp", "Hoi Sam,\n\nWe hebben al genoeg afwashulpen voor deze zomer, je hoeft niet meer te "
     "komen voor een proefdag.\n\nEetcafe De Zwaan"),
    (KEES, "Uw sollicitatie", "Beste Sam,\n\nBedankt voor je brief. We hebben dit seizoen geen plek.\n\nHenk"),
    (KEES, "Re: sollicitatie bezorger", "Hoi Sam, we hebben op dit moment geen bezorgers nodig. Succes! Kees"),
    (KEES, "Je sollicitatie", "Hoi Sam,\n\nDank je voor je sollicitatie. We gaan helaas niet verder.\n\nLotte"),
    (LUCIA, "Tu candidatura", "Hola Sam,\n\nGracias. Hemos cubierto ya el puesto de dependienta.\n\nLucía"),
    (LUCIA, "Tu candidatura", "Hola Sam,\n\nYa hemos ocupado la vacante de camarero, lo siento.\n\nLucía"),
    (PEOPLE, "Your application",
     "Hi Sam,\n\nThanks for your application. We've reviewed it carefully and won't be moving forward this time.\n\n"
     "The People Team"),
    (PEOPLE, "Your application",
     "Hi Sam,\n\nThank you for applying. We reviewed your application closely and have decided not to move forward."
     "\n\nThe People Team"),
]

LOOK_ALIKES = [
    # things, not people; a place asked for something else
    (KEES, "Re: sollicitatie bezorger", "Hoi Sam,\n\nJe kunt zaterdag beginnen. We hebben al genoeg stoelen, neem "
     "geen eigen kruk mee.\n\nKees"),
    (KEES, "Je sollicitatie", "Hoi Sam,\n\nLeuk dat je wilt komen! We gaan niet verder met de verbouwing tot je er "
     "bent, dus je begint maandag.\n\nKees"),
    (KEES, "Je sollicitatie", "Hoi Sam,\n\nWe gaan niet verder voordat je je diploma hebt gestuurd. Kun je dat "
     "doen?\n\nKees"),
    # next week's rota, not a post
    (KEES, "Rooster bijbaan", "Hoi Sam, je bent volgende week niet ingeroosterd, we hebben genoeg mensen. Groet, Kim"),
    (KEES, "Rooster", "Hoi Sam, we hebben zaterdag al genoeg afwassers, je hoeft niet te komen.\n\nKim"),
    # the post not filled yet; a filled post asked about
    (LUCIA, "Tu candidatura", "Hola Sam,\n\nNo hemos cubierto todavía el puesto de dependienta: ¿puedes venir el lunes "
     "a una entrevista?\n\nLucía"),
    # a project, not the application
    (PEOPLE, "Your proposal",
     "Hi Sam,\n\nThanks for the proposal. We've reviewed it carefully and won't be moving forward with the project "
     "this quarter.\n\nThe People Team"),
]

test_short_answers_are_read = mails_test(REJECTIONS, rejection=True)
test_their_look_alikes_are_not = mails_test(LOOK_ALIKES, rejection=False)
