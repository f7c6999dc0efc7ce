"""Ordinary everyday mail in the six languages (newsletters, receipts, notifications, family mail, mailing-list
posts), written for this test: none of it may be flagged as a job rejection."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from nextround.detect import classify
from nextround.message import parse

# (language, sender, subject, body, list header?)
EVERYDAY = [
    ("en", "GitHub <notifications@github.com>", "[acme/api] Pull request #412 closed",
     "Closed #412. We decided not to merge this; the position of the cursor bug is handled in #398 instead.", False),
    ("en", "Jira <jira@acme.atlassian.net>", "[JIRA] (OPS-77) Rejected: migrate job scheduler",
     "Dana changed the status of OPS-77 to Rejected. Comment: we will not proceed with the cron job rewrite.", False),
    ("en", "Amazon <order-update@amazon.example>", "Your order has shipped",
     "Your order #113-554 has shipped. Unfortunately one item is out of stock and has been refunded.", False),
    ("en", "Mum <mum@family.example>", "Sunday", "Dad didn't get the allotment in the end, they went with another "
     "family on the waiting list. Come for lunch on Sunday?", False),
    ("en", "The Weekly Careers Digest <news@careers-digest.example>", "5 ways to bounce back",
     "In this issue: what to do when a recruiter says 'we have decided to move forward with other candidates'. "
     "Unsubscribe any time.", False),
    ("en", "python-dev <python-dev@python.example>", "Re: PEP 999 rejected",
     "The steering council decided not to proceed with PEP 999; the author may resubmit. Job postings go to the "
     "jobs board, not this list.", True),
    ("en", "Council Tax <noreply@council.example>", "Parking permit application",
     "Unfortunately your parking permit application was unsuccessful as the vehicle is not registered at your "
     "address.", False),
    ("en", "Lee Park <lee@friends.example>", "Re: the interview", "Good luck tomorrow! Unfortunately I can't lend "
     "you my suit, it's at the cleaners. You'll smash the interview anyway.", False),
    ("en", "Bank <alerts@bank.example>", "Card payment declined",
     "A payment of 42.00 GBP at Tesco was declined. If this wasn't you, please call us.", False),
    ("en", "Meetup <info@meetup.example>", "Talk proposal", "Thanks for submitting your talk! Unfortunately the "
     "committee did not select it for the March meetup on hiring and careers.", False),
    ("de", "GitLab <gitlab@firma.example>", "Merge Request !88 abgelehnt",
     "Jonas hat den Merge Request !88 abgelehnt: Wir werden diese Änderung am Job-Runner nicht "
     "weiterverfolgen.", False),
    ("de", "Oma <oma@familie.example>", "Weihnachten", "Leider klappt es dieses Jahr nicht mit dem Besuch, Opa "
     "hat eine Absage von der Kur bekommen. Liebe Grüße", False),
    ("de", "Zalando <service@shop.example>", "Ihre Bestellung", "Leider können wir Ihre Bestellung 4471 nicht "
     "ausliefern. Der Betrag wird erstattet.", False),
    ("de", "Stadtwerke <kundenservice@stadtwerke.example>", "Ihr Antrag", "Leider können wir Ihrem Antrag auf "
     "Ratenzahlung nicht entsprechen.", False),
    ("de", "Newsletter Karriere <news@karriere.example>", "Absagen richtig lesen", "In dieser Ausgabe: Was bedeutet "
     "'wir haben uns für einen anderen Bewerber entschieden'? Newsletter abbestellen", False),
    ("de", "Verein <vorstand@sportverein.example>", "Trainingsplan", "Das Training am Dienstag fällt leider aus, die "
     "Halle ist anderweitig vergeben.", False),
    ("de", "Jens <jens@freunde.example>", "Grillen", "Kommst du Samstag? Ich habe die Stelle als Platzwart leider "
     "nicht bekommen, egal.", False),
    ("de", "Jira <jira@firma.example>", "[JIRA] BE-12 Abgelehnt", "Status geändert auf Abgelehnt. Die Stelle im "
     "Code wird nicht weiter berücksichtigt.", False),
    ("de", "Mailingliste debian-user-german <liste@lists.example>", "Re: Cronjob startet nicht",
     "Leider kann ich das Problem nicht nachvollziehen; der Job läuft bei mir.", True),
    ("de", "DB <noreply@bahn.example>", "Ihre Reise", "Leider fällt Ihr Zug aus. Ihr Ticket bleibt gültig.", False),
    ("fr", "SNCF <noreply@sncf.example>", "Votre billet", "Malheureusement votre train est annulé ; votre billet "
     "sera remboursé.", False),
    ("fr", "Maman <maman@famille.example>", "Dimanche", "Ton frère n'a pas été retenu pour le match de samedi, il "
     "est déçu. On déjeune ensemble dimanche ?", False),
    ("fr", "La lettre de l'emploi <lettre@emploi.example>", "Rebondir après un refus",
     "Au sommaire de cette lettre d'information : que faire quand votre candidature n'a pas été retenue ?", False),
    ("fr", "GitHub <notifications@github.com>", "[projet/site] Issue #12 fermée", "Nous ne donnerons pas suite à "
     "cette demande de fonctionnalité ; le poste de travail n'est pas supporté.", False),
    ("fr", "Banque <contact@banque.example>", "Votre demande", "Nous ne pouvons malheureusement pas donner une "
     "suite favorable à votre demande de prêt personnel.", False),
    ("fr", "Mairie <etat-civil@mairie.example>", "Inscription cantine", "Votre dossier d'inscription à la cantine "
     "est incomplet ; merci de le compléter.", False),
    ("fr", "Julie <julie@amis.example>", "Ce soir", "Désolée, je ne peux pas venir ce soir, j'ai un entretien demain "
     "matin !", False),
    ("fr", "Liste python-fr <python-fr@listes.example>", "Re: offre refusée",
     "Le patch a été refusé par les mainteneurs, ils préfèrent une autre approche.", True),
    ("fr", "Fnac <commande@fnac.example>", "Votre commande", "Votre commande est en cours de préparation.", False),
    ("fr", "Association <bureau@asso.example>", "AG", "Nous avons retenu une autre salle pour l'assemblée "
     "générale.", False),
    ("es", "Correos <avisos@correos.example>", "Tu envío", "Lamentablemente no hemos podido entregar tu paquete.",
     False),
    ("es", "Mamá <mama@familia.example>", "Domingo", "A tu primo no lo cogieron en el equipo, eligieron a otro chico. "
     "¿Vienes a comer el domingo?", False),
    ("es", "Boletín Empleo <boletin@empleo.example>", "Cómo superar un rechazo", "En este boletín: qué hacer cuando "
     "te dicen que tu candidatura no ha sido seleccionada.", False),
    ("es", "GitHub <notifications@github.com>", "[org/app] PR #7 cerrado", "Hemos decidido no seguir adelante con "
     "este cambio en el job de CI.", False),
    ("es", "Banco <info@banco.example>", "Tu solicitud", "Tu solicitud de tarjeta de crédito no ha sido aprobada.",
     False),
    ("es", "Ayuntamiento <info@ayto.example>", "Plaza de garaje", "Lamentablemente la plaza de garaje ya ha sido "
     "adjudicada a otro vecino.", False),
    ("es", "Pablo <pablo@amigos.example>", "Cena", "No puedo ir a la cena, tengo una entrevista de trabajo el lunes "
     "y quiero preparar.", False),
    ("es", "Lista python-es <python-es@lists.example>", "Re: propuesta", "La propuesta no ha sido aceptada por el "
     "comité, seguimos con la otra opción.", True),
    ("es", "Amazon <pedidos@amazon.example>", "Pedido enviado", "Tu pedido ha sido enviado.", False),
    ("es", "Gimnasio <hola@gym.example>", "Clase cancelada", "Lamentablemente la clase de yoga de hoy se cancela.",
     False),
    ("nl", "PostNL <noreply@postnl.example>", "Je pakket", "Helaas konden we je pakket niet bezorgen.", False),
    ("nl", "Mama <mama@familie.example>", "Zondag", "Je broer is niet gekozen voor het elftal, ze kozen een andere "
     "jongen. Kom je zondag eten?", False),
    ("nl", "Nieuwsbrief Loopbaan <nieuws@loopbaan.example>", "Omgaan met afwijzing", "In deze nieuwsbrief: wat te "
     "doen als je sollicitatie is afgewezen.", False),
    ("nl", "GitHub <notifications@github.com>", "[team/app] PR #3 gesloten", "We gaan niet verder met deze "
     "wijziging aan de build-job.", False),
    ("nl", "Gemeente <info@gemeente.example>", "Uw aanvraag parkeervergunning", "Uw aanvraag voor een "
     "parkeervergunning is helaas afgewezen.", False),
    ("nl", "Bank <info@bank.example>", "Uw aanvraag", "Uw aanvraag voor een creditcard is helaas niet goedgekeurd.",
     False),
    ("nl", "Sanne <sanne@vrienden.example>", "Vrijdag", "Ik kan vrijdag niet, ik heb een sollicitatiegesprek. "
     "Zaterdag?", False),
    ("nl", "Mailinglijst linux-nl <linux-nl@lists.example>", "Re: voorstel", "Het voorstel is afgewezen, we gaan "
     "verder met de andere optie.", True),
    ("nl", "Bol <bestelling@bol.example>", "Je bestelling", "Je bestelling is onderweg.", False),
    ("nl", "Sportclub <info@club.example>", "Training", "Helaas gaat de training vanavond niet door.", False),
    ("pt", "Correios <avisos@correios.example>", "Sua encomenda", "Infelizmente não conseguimos entregar a sua "
     "encomenda.", False),
    ("pt", "Mãe <mae@familia.example>", "Domingo", "O seu primo não passou no teste do time, escolheram outro "
     "menino. Vem almoçar domingo?", False),
    ("pt", "Boletim Carreira <boletim@carreira.example>", "Como lidar com a rejeição", "Neste boletim: o que fazer "
     "quando a sua candidatura não foi selecionada.", False),
    ("pt", "GitHub <notifications@github.com>", "[org/app] PR #5 fechado", "Decidimos não prosseguir com esta "
     "mudança no job de deploy.", False),
    ("pt", "Banco <info@banco.example>", "Seu pedido", "Infelizmente o seu pedido de cartão de crédito não foi "
     "aprovado.", False),
    ("pt", "Prefeitura <info@prefeitura.example>", "Vaga na creche", "Infelizmente não há vaga na creche para o "
     "seu filho este ano.", False),
    ("pt", "Ana <ana@amigos.example>", "Jantar", "Não posso ir ao jantar, tenho uma entrevista de emprego amanhã.",
     False),
    ("pt", "Lista python-br <python-br@lists.example>", "Re: proposta", "A proposta não foi aceita, vamos seguir com "
     "a outra opção.", True),
    ("pt", "Loja <pedidos@loja.example>", "Pedido enviado", "O seu pedido foi enviado.", False),
    ("pt", "Academia <ola@academia.example>", "Aula cancelada", "Infelizmente a aula de hoje foi cancelada.", False),
    ("en", "Airbnb <automated@airbnb.example>", "Reservation request declined", "Unfortunately your host declined "
     "your reservation request for the flat in Lisbon.", False),
    ("en", "School office <office@school.example>", "Application for Year 7 place", "Unfortunately we are unable to "
     "offer your child a place at the school this year.", False),
]


def mail(sender: str, subject: str, body: str, listed: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Rivera <sam@example.net>", subject
    if listed:
        msg["List-Id"] = "<list.lists.example>"
    msg.set_content(f"Hi Sam,\n\n{body}\n\n-- \n{sender.split(' <')[0]}\n")
    return bytes(msg)


def test_there_are_enough_everyday_mails_in_every_language() -> None:
    assert len(EVERYDAY) >= 60
    assert {lang for lang, *_ in EVERYDAY} == {"en", "de", "fr", "es", "nl", "pt"}


@pytest.mark.parametrize(("lang", "sender", "subject", "body", "listed"), EVERYDAY,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EVERYDAY)])
def test_everyday_mail_is_not_a_rejection(lang: str, sender: str, subject: str, body: str, listed: bool) -> None:
    verdict = classify(parse(mail(sender, subject, body, listed)))
    assert not verdict.is_rejection, verdict.reasons
