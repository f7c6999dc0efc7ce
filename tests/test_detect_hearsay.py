"""News of the reader's application heard second-hand is no rejection letter, in any language: a friend, a parent
or an old colleague who picked up that the firm "went with another candidate" writes to console, and a thank-you drafted
as a reply would go to them. Beside them, the relays that do carry the decision (an agency that heard back from its
client, an employer's own letter) stay rejections. All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

from nextround.detect import classify
from nextround.message import parse

HEARSAY = [
    ("Friday?", "Jo Park <jo.park@home.example>",
     "Hey Sam,\n\nBumped into Priya from Corvane at the conference. Heard they went with another candidate for the "
     "analyst job... their loss! Drinks Friday?\n\nJo"),
    ("pint", "Dan Reilly <dan.reilly@mailbox.example>",
     "Sam - word from my cousin at Halden is that they hired someone else for the ops role you went for. Sorry mate. "
     "Pint later?\n\nDan"),
    ("x", "Ann Rivera <ann@home.example>",
     "hi sam, so apparently they picked another applicant for the marketing position, Lea told me today. don't "
     "worry, something better will come along x\nMum"),
    ("Brightwell", "Mark Owusu <mark@friends.example>",
     "Sam,\n\nI had lunch with the hiring manager at Brightwell. Between us: they chose another candidate for the "
     "data role. You'll hear officially next week. Keep your chin up.\n\nMark"),
    ("that job", "Priya <priya.k@postbox.example>",
     "Sam!! My friend at Lumen Health says they've already filled the nursing post you applied for. Gutted for you. "
     "Call me later?\nP"),
    ("heads up", "Tom Becker <tom.becker@oldjob.example>",
     "Hi Sam,\n\nQuick heads up before you hear it from them: I heard they've gone with an internal candidate for "
     "the team lead role. Didn't want you to be blindsided. Coffee next week?\n\nTom"),
    ("Re: fingers crossed", "Lena Fischer <lena@home.example>",
     "Oh no, rumour has it they offered the job to someone from Leeds. I'm so sorry Sam. Their loss, honestly.\n\n"
     "Lena"),
    ("news", "Chris Adeyemi <chris.adeyemi@mailbox.example>",
     "Sam, a little bird tells me Harbor & Vine picked another chef for the head chef position. Don't shoot the "
     "messenger! Still on for Sunday lunch?\n\nChris"),
    ("about Kestrel", "Ruth Mensah <ruth@home.example>",
     "Hi love,\n\nYour dad heard on the grapevine that Kestrel have hired someone else for the warehouse job. Don't "
     "let it get you down, there will be other jobs.\n\nLove, Mum"),
    ("hmm", "Jess Olsen <jess.olsen@postbox.example>",
     "Hey, between you and me, the panel went with the other finalist for the curator role. You'll probably get the "
     "email officially on Monday. Want to get dinner?\n\nJess"),
]

HEARSAY += [
    ("Freitag", "Tim Krause <tim.krause@home.example>",
     "Hey Sam,\n\nich hab von Lisa gehört, dass die Firma Holzmann sich für einen anderen Bewerber entschieden hat. "
     "Deren Pech! Bier am Freitag?\n\nTim"),
    ("Holzmann", "Mama <mama@familie.example>",
     "Hallo Schatz,\n\nangeblich haben die bei der Stadtbücherei jemand anderen für die Stelle genommen, das hat "
     "Frau Berger beim Bäcker erzählt. Lass den Kopf nicht hängen!\n\nMama"),
    ("kurz", "Jonas <jonas.w@postfach.example>",
     "Sam, unter uns: die haben sich für den anderen Kandidaten entschieden. Offiziell erfährst du es wohl erst "
     "nächste Woche. Melde dich, wenn du reden willst.\nJonas"),
    ("samedi ?", "Léa Martin <lea.martin@maison.example>",
     "Salut Sam,\n\nJ'ai croisé Julie de chez Moreau : apparemment ils ont choisi un autre candidat pour le poste. "
     "Tant pis pour eux ! On se voit samedi ?\n\nLéa"),
    ("nouvelles", "Papa <papa@famille.example>",
     "Coucou,\n\nJ'ai appris par Mme Roux qu'ils ont retenu une autre candidate pour le poste à la médiathèque. "
     "Ne te décourage pas, ma grande.\n\nPapa"),
    ("¿cena?", "Marta Gil <marta.gil@casa.example>",
     "Hola Sam,\n\nMe dijo mi prima que en Textiles Ruiz eligieron a otro candidato para el puesto. ¡Ellos se lo "
     "pierden! ¿Cena el viernes?\n\nMarta"),
    ("oye", "Dani <dani.ortega@correo.example>",
     "Sam, me he enterado de que en la gestoría han contratado a otra persona para la vacante. Por lo visto ya "
     "empieza el lunes. Ánimo, que saldrá algo mejor.\nDani"),
]

HEARSAY += [
    ("sexta?", "Bia Souza <bia.souza@casa.example>",
     "Oi Sam,\n\nFiquei sabendo pela Ana que a Padaria Sol escolheu outro candidato para a vaga. Azar o deles! "
     "Vamos jantar sexta?\n\nBia"),
    ("a farmácia", "Mãe <mae@familia.example>",
     "Filho,\n\na tua tia ouviu dizer que na farmácia do centro já contrataram outra pessoa para a vaga de "
     "balconista. Não desanimes, vais arranjar outra coisa.\n\nBeijinhos, Mãe"),
    ("força", "Leo Prado <leo.prado@correio.example>",
     "Sam, minha prima que trabalha na Construtora Alvorada disse que eles fecharam a vaga com outro engenheiro. "
     "Você deve receber o e-mail oficialmente semana que vem. Força!\nLeo"),
]

HEARSAY += [
    ("borrel", "Joost Bakker <joost.bakker@thuis.example>",
     "Hoi Sam,\n\nIk sprak Femke van Bakkerij Jansen vandaag. Ik hoorde van haar dat ze voor iemand anders hebben "
     "gekozen voor de baan. Hun verlies! Borrel vrijdag?\n\nJoost"),
    ("bibliotheek", "Mama <mama@thuis.example>",
     "Lieverd,\n\nblijkbaar hebben ze bij de bibliotheek iemand anders aangenomen voor die baan, dat zei Ria van de "
     "buren. Niet getreurd hoor.\n\nLiefs, mama"),
    ("Van Dijk", "Bas de Wit <bas.dewit@postvak.example>",
     "Sam, mijn neef bij Van Dijk Transport zei dat ze de vacature al hebben ingevuld met iemand anders. Je hoort "
     "het vast nog officieel. Sterkte!\nBas"),
]

RELAYS = [
    ("Update on Halden", "Nina Clarke <nina.clarke@brookrecruitment.example>",
     "Hi Sam,\n\nI've just heard back from Halden and unfortunately they've decided to go with another candidate for "
     "the Operations Manager role. I'll keep looking for you and call you tomorrow.\n\nBest,\nNina Clarke\n"
     "Senior Consultant, Brook Recruitment"),
    ("Feedback from Corvane", "Owen Price <owen@talentbridge.example>",
     "Hi Sam,\n\nThe client told me this morning that they have gone with another applicant for the Analyst position. "
     "They liked your case study, and I'll send you their full feedback by Friday.\n\nOwen Price\nTalentBridge"),
    ("Your application - Curator", "Hannah Greene <h.greene@northgallery.example>",
     "Dear Sam,\n\nThank you for interviewing for the Curator role. I'm sorry to tell you that we have chosen another "
     "candidate. Off the record, it was a very close decision between you and the other finalist.\n\nWith best "
     "wishes,\nHannah Greene\nHead of Collections, North Gallery"),
    ("Head Chef - Harbor & Vine", "Luca Bianchi <luca@harborandvine.example>",
     "Hi Sam,\n\nThanks for the trial shift on Saturday. We've decided to offer the head chef position to another "
     "candidate who has run a kitchen this size before. You'll get a short letter from our HR team to confirm this "
     "officially.\n\nAll the best,\nLuca"),
]


RELAYS += [
    ("Rückmeldung Holzmann", "Katrin Vogel <k.vogel@personalwerk.example>",
     "Hallo Sam,\n\nich habe heute die Rückmeldung von Holzmann bekommen: Leider haben sie sich für einen anderen "
     "Bewerber entschieden. Ich melde mich, sobald ich eine neue passende Stelle für Sie habe.\n\nViele Grüße\n"
     "Katrin Vogel\nPersonalwerk GmbH"),
    ("Votre candidature", "Claire Dubois <c.dubois@atelier-moreau.example>",
     "Bonjour Sam,\n\nMerci pour l'entretien de mardi. Nous avons malheureusement retenu une autre candidature pour "
     "le poste de graphiste. Entre nous, le choix a été très serré.\n\nBien cordialement,\nClaire Dubois\n"
     "Atelier Moreau"),
    ("Proceso de selección", "Lucía Pardo <lucia.pardo@talentia.example>",
     "Hola Sam:\n\nEl cliente nos ha comunicado que ha decidido seguir con otro candidato para el puesto de "
     "contable. Te tendremos en cuenta para próximas vacantes.\n\nUn saludo,\nLucía Pardo\nTalentia"),
]

RELAYS += [
    ("Retorno do cliente", "Renata Lima <renata@talentocerto.example>",
     "Olá Sam,\n\nO cliente deu retorno e infelizmente optou por seguir com outro candidato para a vaga de analista. "
     "Vou continuar buscando oportunidades para você.\n\nAbraço,\nRenata Lima\nTalento Certo RH"),
    ("Vaga de designer", "Pedro Alves <pedro@ponterecrutamento.example>",
     "Olá Sam,\n\nSoube pelo cliente que eles decidiram seguir com outra candidata para a vaga de designer. Sinto "
     "muito! Sigo com o seu perfil para as próximas vagas.\n\nAtenciosamente,\nPedro Alves\nPonte Recrutamento"),
]

RELAYS += [
    ("Update planner", "Eva Smit <eva.smit@flexpunt.example>",
     "Hoi Sam,\n\nIk hoorde van de klant dat ze helaas voor een andere kandidaat hebben gekozen voor de functie van "
     "planner. Ik blijf voor je zoeken.\n\nGroet,\nEva Smit\nFlexpunt Uitzendbureau"),
]


@pytest.mark.parametrize(("subject", "sender", "body"), HEARSAY, ids=ids(HEARSAY))
def test_news_heard_second_hand_is_no_rejection(subject: str, sender: str, body: str) -> None:
    verdict = classify(parse(mail(body, subject, sender)))
    assert not verdict.is_rejection, verdict.reasons


@pytest.mark.parametrize(("subject", "sender", "body"), RELAYS, ids=ids(RELAYS))
def test_a_relay_or_the_employer_still_rejects(subject: str, sender: str, body: str) -> None:
    assert found(mail(body, subject, sender))
