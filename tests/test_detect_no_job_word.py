"""Short notes whose own text names no job, in six languages. A curt "sorry, we went with someone else" has no
application, role or process word of its own; it is a rejection when something else says what it is about. Here: a
reply over the reader's own quoted question about a job or their application (Gmail's ">" attribution and Outlook's
header block, the quote's first line naming the reader's address), and the notes the rules already placed (an
agency's sender, a job title in the subject). The look-alikes share the words: the reader asked after a flat, a club
place, a tender, a school place, a table, a used car, a date or a volunteer's shift and was told someone else was
chosen; a job question answered with no decision; the sender's own job mail quoted, answered about a flat; plain notes
with "Absage" or "someone else" about a viewing, an event or a friend's news. All texts are written for this file.
"""

from __future__ import annotations

import pytest
from labelled import found, letters_test, mail

READER = "Sam Rivera <sam@example.net>"
SENDER = "Tom Berger <tom@berger.example>"

GMAIL = {  # a reply's attribution line, as Gmail writes it in each language
    "en": "On Tue, 4 Nov 2026 at 09:15, {who} wrote:", "de": "Am Di., 4. Nov. 2026 um 09:15 Uhr schrieb {who}:",
    "fr": "Le mar. 4 nov. 2026 à 09:15, {who} a écrit :", "es": "El mar, 4 nov 2026 a las 9:15, {who} escribió:",
    "nl": "Op di 4 nov 2026 om 09:15 schreef {who}:", "pt": "Em ter., 4 de nov. de 2026 às 09:15, {who} escreveu:",
}
OUTLOOK = {  # Outlook's header block over the quoted mail, in each language
    "en": "From: {who}\nSent: Tuesday, 4 November 2026 09:15\nTo: {to}\nSubject: {subject}",
    "de": "Von: {who}\nGesendet: Dienstag, 4. November 2026 09:15\nAn: {to}\nBetreff: {subject}",
    "fr": "De : {who}\nEnvoyé : mardi 4 novembre 2026 09:15\nÀ : {to}\nObjet : {subject}",
    "es": "De: {who}\nEnviado: martes, 4 de noviembre de 2026 9:15\nPara: {to}\nAsunto: {subject}",
    "nl": "Van: {who}\nVerzonden: dinsdag 4 november 2026 09:15\nAan: {to}\nOnderwerp: {subject}",
    "pt": "De: {who}\nEnviada em: terça-feira, 4 de novembro de 2026 09:15\nPara: {to}\nAssunto: {subject}",
}


ORIGINAL = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
            "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
            "nl": "-----Oorspronkelijk bericht-----", "pt": "-----Mensagem original-----"}


def reply(lang: str, subject: str, question: str, answer: str, shape: str, asker: str = READER) -> bytes:
    """The sender's ``answer`` over the quoted ``question`` (written by ``asker``, the reader unless said): under
    Gmail's attribution, a client's attribution with the name alone ("name"), Outlook's header block, or the same
    under its "-----Original Message-----" line ("original")."""
    if shape in ("gmail", "name"):
        who = asker.split(" <")[0] if shape == "name" else asker
        quoted = "\n".join("> " + line if line else ">" for line in question.split("\n"))
        body = f"{answer}\n\n{GMAIL[lang].format(who=who)}\n{quoted}\n"
    else:
        head = OUTLOOK[lang].format(who=asker, to=SENDER, subject=subject)
        if shape == "original":
            head = f"{ORIGINAL[lang]}\n{head}"
        body = f"{answer}\n\n{head}\n\n{question}\n"
    return mail(body, "Re: " + subject, SENDER)


# (language, subject, the reader's question, the answer): the answer names no job; the question does.
REPLIES = [
    ("en", "Saturday help", "Hi Tom,\n\nIs the Saturday job at the shop still open? I dropped my CV in last week.\n\n"
     "Sam",
     "Hi Sam, sorry - we went with someone else.\n\nTom"),
    ("en", "Quick question", "Hello,\n\nI applied for the kitchen porter position a fortnight ago. Is there any "
     "news?\n\nThanks, Sam", "Sorry Sam, we've already found somebody.\nTom"),
    ("en", "Following up", "Hi Tom, thanks again for the interview on Monday. Just checking in - any update?\nSam",
     "Hi Sam, thanks for checking in. Unfortunately we've decided to go with another person. All the best, Tom"),
    ("en", "Catching up", "Hey Tom,\nany news on my application? Happy to come in for a trial shift.\nSam",
     "hey, sorry mate, we gave it to someone else. cheers Tom"),
    ("en", "Hello again", "Hi Tom, just following up on the delivery driver vacancy I applied for. Sam",
     "Hi Sam, unfortunately we will not be taking you forward. Tom"),
    ("de", "Kurze Frage", "Hallo Herr Berger,\n\nist die Stelle als Aushilfe im Café noch frei? Ich hatte mich vor "
     "einer Woche beworben.\n\nViele Grüße\nSam Rivera", "Hallo Herr Rivera,\n\nleider nein, wir haben uns für jemand "
     "anderen entschieden.\n\nGruß\nTom Berger"),
    ("de", "Nachfrage", "Guten Tag,\n\nich wollte nach dem Stand meiner Bewerbung fragen.\n\nMit freundlichen "
     "Grüßen\nSam Rivera", "Guten Tag Herr Rivera,\n\nes tut mir leid, aber wir haben bereits jemanden gefunden.\n\n"
     "Tom Berger"),
    ("de", "Wie geht es weiter?", "Hallo Tom,\n\ndanke nochmal für das Vorstellungsgespräch. Gibt es schon etwas "
     "Neues?\n\nSam",
     "Hi Sam,\n\nleider hat es diesmal nicht geklappt, wir haben uns für jemand anderen entschieden.\n\nTom"),
    ("de", "Noch aktuell?", "Hallo,\nsuchen Sie noch eine Saisonkraft für den Sommer? Ich hätte Zeit ab Juni.\nSam",
     "Hallo Sam, leider nicht mehr, die Stelle ist schon vergeben. Gruß Tom"),
    ("de", "Rückfrage", "Sehr geehrter Herr Berger,\n\nich habe mich im Oktober als Lagerhelfer beworben und wollte "
     "nachfragen, ob schon eine Entscheidung gefallen ist.\n\nSam Rivera", "Sehr geehrter Herr Rivera,\n\nwir haben "
     "uns leider für einen anderen Bewerber entschieden.\n\nTom Berger"),
        ("fr", "Suite", "Bonjour Tom,\n\nMerci encore pour l'entretien de lundi. Avez-vous des nouvelles ?\n\nSam",
     "Bonjour Sam, malheureusement nous avons retenu quelqu'un d'autre. Bonne continuation, Tom"),
    ("fr", "Des nouvelles ?", "Bonjour,\n\nJe me permets de revenir vers vous au sujet de ma candidature.\n\n"
     "Cordialement,\nSam Rivera", "Bonjour,\n\nNous sommes désolés, nous avons choisi une autre personne.\n\n"
     "Cordialement,\nTom Berger"),
        ("fr", "Question", "Bonjour,\nvous cherchez toujours quelqu'un pour le poste de plongeur ?\nSam",
     "Bonjour, non désolé, c'est déjà pourvu. Tom"),
        ("es", "Seguimiento", "Hola,\n\nQuería saber si hay novedades sobre mi candidatura.\n\nUn saludo,\nSam",
     "Hola Sam,\n\nLo siento, hemos elegido a otra persona.\n\nUn saludo,\nTom"),
    ("es", "Novedades", "Hola Tom, gracias otra vez por la entrevista del martes. ¿Sabéis ya algo?\nSam",
     "Hola Sam, lamentablemente nos hemos decidido por otro candidato. Suerte, Tom"),
    ("es", "Consulta", "Buenas,\nme postulé para la vacante de repartidor hace dos semanas. ¿Hay alguna noticia?\nSam",
     "Buenas Sam, sentimos decirte que no has sido seleccionado. Tom"),
    ("nl", "Vraagje", "Hoi Tom,\n\nIs de bijbaan in de winkel nog beschikbaar? Ik heb vorige week mijn cv gestuurd.\n\n"
     "Groet, Sam", "Hoi Sam, sorry, we hebben al iemand anders gevonden.\n\nTom"),
    ("nl", "Stand van zaken", "Beste Tom,\n\nIk wilde even vragen hoe het staat met mijn sollicitatie.\n\nGroet,\nSam",
     "Beste Sam,\n\nHelaas hebben we voor een andere kandidaat gekozen.\n\nGroet,\nTom"),
        ("nl", "Even checken", "Hallo,\nik heb gesolliciteerd als bezorger. Weten jullie al iets?\nSam",
     "Hallo Sam, jammer genoeg ben je niet door. Groet Tom"),
        ("pt", "Uma pergunta", "Olá Tom,\n\nA vaga de atendente ainda está aberta? Enviei o meu currículo na semana "
     "passada.\n\nSam", "Olá Sam, desculpe, já escolhemos outra pessoa.\n\nTom"),
    ("pt", "Retorno", "Olá,\n\nGostaria de saber se há novidades sobre a minha candidatura.\n\nAbraço,\nSam",
     "Olá Sam,\n\nInfelizmente optamos por outro candidato.\n\nAbraço,\nTom"),
    ("pt", "Alguma novidade?", "Oi Tom, obrigado de novo pela entrevista de segunda. Já tem alguma resposta?\nSam",
     "Oi Sam, infelizmente não foi dessa vez, seguimos com outra pessoa. Abraço, Tom"),
    ("pt", "Dúvida", "Olá,\nme candidatei para o cargo de estoquista há duas semanas. Já decidiram?\nSam",
     "Olá Sam, lamento, mas você não foi selecionado. Tom"),
    ("de", "Frage", "Hallo Herr Berger,\nsuchen Sie noch eine Aushilfe für die Weihnachtszeit?\nSam Rivera",
     "Hallo Herr Rivera, nein, leider haben wir bereits jemanden eingestellt. Tom Berger"),
    ("fr", "Suite à mon appel", "Bonjour,\nsuite à notre appel, je vous envoie mon CV.\nSam",
     "Bonjour Sam, merci, mais nous avons finalement retenu un autre profil. Tom"),
    ("es", "Mi CV", "Hola Tom,\nte adjunto mi CV por si seguís buscando gente.\nSam",
     "Hola Sam, gracias, pero ya hemos elegido a otra persona. Tom"),
    ("nl", "Mijn cv", "Hoi Tom,\nhierbij mijn cv, zoals besproken.\nSam",
     "Hoi Sam, bedankt, maar we hebben inmiddels voor iemand anders gekozen. Groet, Tom"),
    ("pt", "Meu currículo", "Olá Tom,\nsegue o meu currículo, como combinado.\nSam",
     "Olá Sam, obrigado, mas já escolhemos outra pessoa. Abraço, Tom"),
    # (once a known gap: "ya tenemos a alguien" is read since session 19)
    ("es", "Una pregunta", "Hola Tom,\n\n¿Sigue libre el puesto de camarero para la campaña de verano? Te mandé mi CV "
     "el lunes.\n\nSam", "Hola Sam, lo siento, ya tenemos a alguien para la campaña.\n\nTom"),
    # (once a known gap: a chat line "die is al vervuld" is read since round 21)
    ("nl", "Vraag", "Hoi,\nzoeken jullie nog iemand voor de vacature in de bediening?\nSam",
     "Hoi Sam, nee helaas, die is al vervuld. Tom"),
]

# (language, subject, the reader's question, the answer): someone else chosen for something that is no job.
REPLY_LOOKALIKES = [
    ("en", "The flat", "Hi Tom,\n\nIs the flat on Mill Lane still available? I work full time at the hospital, so a "
     "steady tenant.\n\nSam", "Hi Sam, sorry - we went with someone else.\n\nTom"),
    ("en", "Allotment", "Hello,\n\nI'm on the waiting list for an allotment plot. Any news?\n\nSam",
     "Sorry Sam, we've already given it to someone else.\nTom"),
    ("en", "Your car", "Hi Tom, is the blue Golf still for sale? I can view it on Saturday.\nSam",
     "Hi Sam, sorry, it went to someone else yesterday. Tom"),
    ("en", "Club place", "Hi Tom, is there still a place in the Sunday five-a-side team?\nSam",
     "hey, sorry mate, we gave the place to someone else. cheers Tom"),
    ("en", "Question", "Dear Tom,\n\nHave you reached a decision about the catering quote we sent?\n\n"
     "Kind regards,\nSam",
     "Dear Sam,\n\nI'm afraid we went with another supplier this time.\n\nBest wishes,\nTom"),
    ("en", "Plans", "Hi Tom, did you decide who you're taking to the wedding?\nSam",
     "Hi Sam, sorry, I decided to go with someone else. Tom"),
    ("de", "Wohnung", "Hallo Herr Berger,\n\nist die Wohnung in der Lindenstraße noch frei? Ich habe eine feste "
     "Stelle.\n\nViele Grüße\nSam Rivera", "Hallo Herr Rivera,\n\nleider nein, wir haben uns für jemand anderen "
     "entschieden.\n\nGruß\nTom Berger"),
    ("de", "Kitaplatz", "Guten Tag,\n\nich wollte nach dem Stand unserer Anmeldung für den Kitaplatz fragen.\n\n"
     "Sam Rivera", "Guten Tag Herr Rivera,\n\nes tut mir leid, der Platz ist an eine andere Familie gegangen.\n\n"
     "Tom Berger"),
    ("de", "Verein", "Hallo Tom,\n\nist im Chor noch ein Platz frei?\n\nSam",
     "Hi Sam,\n\nleider nicht, wir haben uns für jemand anderen entschieden.\n\nTom"),
    ("de", "Angebot", "Sehr geehrter Herr Berger,\n\nhaben Sie sich schon zu unserem Angebot für die Dachsanierung "
     "entschieden?\n\nSam Rivera", "Sehr geehrter Herr Rivera,\n\nwir haben uns leider für ein anderes Angebot "
     "entschieden.\n\nTom Berger"),
    ("fr", "Appartement", "Bonjour,\n\nL'appartement est-il toujours disponible ? J'ai un CDI depuis deux ans.\n\nSam",
     "Bonjour Sam,\n\ndésolé, on a trouvé quelqu'un.\n\nTom"),
    ("fr", "Le vélo", "Bonjour Tom,\nle vélo est-il encore à vendre ?\nSam",
     "Bonjour Sam, malheureusement nous l'avons vendu à quelqu'un d'autre. Tom"),
    ("fr", "Colocation", "Bonjour,\n\nJe reviens vers vous pour la chambre en colocation.\n\nCordialement,\nSam Rivera",
     "Bonjour,\n\nNous sommes désolés, nous avons choisi une autre personne.\n\nCordialement,\nTom Berger"),
    ("fr", "Devis", "Bonjour Tom,\navez-vous pris une décision pour notre devis de peinture ?\nSam",
     "Bonjour Sam, désolé, nous avons retenu une autre entreprise. Tom"),
    ("es", "El piso", "Hola Tom,\n\n¿Sigue libre el piso de la calle Mayor? Tengo contrato fijo.\n\nSam",
     "Hola Sam, lo siento, ya tenemos a alguien.\n\nTom"),
        ("es", "Presupuesto", "Hola Tom, ¿habéis decidido algo sobre nuestro presupuesto para la reforma?\nSam",
     "Hola Sam, lamentablemente nos hemos decidido por otra empresa. Suerte, Tom"),
    ("es", "La mesa", "Buenas,\n¿la mesa de comedor sigue a la venta?\nSam",
     "Buenas Sam, lo siento, ya se la he vendido a otra persona. Tom"),
    ("nl", "Het huis", "Hoi Tom,\n\nIs het huurhuis aan de Dorpsstraat nog beschikbaar? Ik heb een vaste "
     "baan.\n\nGroet, Sam", "Hoi Sam, sorry, we hebben al iemand anders gevonden.\n\nTom"),
    ("nl", "Offerte", "Beste Tom,\n\nIk wilde even vragen hoe het staat met onze offerte voor de tuin.\n\nGroet,\nSam",
     "Beste Sam,\n\nHelaas hebben we voor een andere hovenier gekozen.\n\nGroet,\nTom"),
    ("nl", "Volkstuin", "Hoi,\nis er nog een volkstuin vrij?\nSam", "Hoi Sam, nee helaas, die is al aan iemand anders "
     "gegeven. Tom"),
    ("nl", "Date", "Hoi Tom, leuk je te spreken gisteren! Zin om nog eens af te spreken?\nSam",
     "Hoi Sam, sorry, ik ga toch voor iemand anders. Succes! Tom"),
    ("pt", "O apartamento", "Olá Tom,\n\nO apartamento ainda está disponível? Tenho emprego fixo.\n\nSam",
     "Olá Sam, desculpe, já escolhemos outra pessoa.\n\nTom"),
    ("pt", "Orçamento", "Olá,\n\nGostaria de saber se já decidiram sobre o nosso orçamento.\n\nAbraço,\nSam",
     "Olá Sam,\n\nInfelizmente optamos por outra empresa.\n\nAbraço,\nTom"),
    # the reader asked after the sender's own job hunt or a friend they referred: someone else's news
    ("en", "Bakery", "Hey Tom, did you hear back about the job at the bakery?\nSam",
     "Sadly not, they went with someone else :( Tom"),
    ("de", "Und?", "Hallo Tom, hast du die Stelle bekommen?\nSam",
     "Nein, leider haben sie sich für jemand anderen entschieden. Tom"),
    ("es", "¿Te lo dieron?", "Hola Tom, ¿te dieron el puesto al final?\nSam",
     "No, al final eligieron a otra persona. Tom"),
    ("pt", "E aí?", "Oi Tom, conseguiu o emprego na padaria?\nSam", "Não, infelizmente escolheram outra pessoa. Tom"),
    ("en", "My friend Ana", "Hi Tom, did my friend Ana get the job in your team? I recommended her.\nSam",
     "Sorry Sam, we went with someone else. Tom"),
    ("nl", "Ana", "Hoi Tom, heeft mijn vriendin Ana de baan gekregen? Ik had haar aangeraden.\nSam",
     "Sorry Sam, we hebben iemand anders gekozen. Tom"),
    ("fr", "Ana", "Salut Tom, est-ce que mon amie Ana a eu le poste ?\nSam",
     "Désolé Sam, nous avons choisi quelqu'un d'autre. Tom"),
    # the reader is the hiring side: a candidate answers the reader's invitation
    ("en", "Thanks", "Hi Tom, thanks for the interview yesterday. Would you like to come for a second round?\nSam",
     "Hi Sam, sorry, I have accepted a position elsewhere. Tom"),
    ("de", "Danke", "Hallo Herr Berger, danke für das Vorstellungsgespräch gestern. Möchten Sie zur zweiten Runde "
     "kommen?\nSam", "Hallo, leider habe ich mich für ein anderes Angebot entschieden. Tom"),
    ("en", "Hiring", "Hi Tom, any news on the candidate for the job? Did she accept?\nSam",
     "No - she went with another offer, so we're starting again. Tom"),
    # a choir's place asked after in the reader's own words, with their job named beside it
    ("de", "Chorprobe", "Hallo Tom, ist im Chor noch ein Platz frei? Meine Bewerbung für die Stelle in Köln läuft "
     "noch, aber donnerstags hätte ich Zeit.\nSam",
     "Hallo Sam, leider nicht, wir haben jemand anderen für den Chor. Tom"),
]

# Replies still missed. The answer's decision is no phrase the rules know ("on a trouvé quelqu'un pour l'été", "c'est
# quelqu'un d'autre qui a été pris", "ya lo hemos cubierto", "we're
# all sorted now, we found someone"), or the
# reader's question names the job only as "het gesprek" (any conversation) or asks after "a decision about the role"
# (a referrer asks so too).
REPLY_GAPS = [
    ("en", "Hello", "Hi Tom,\nI'm applying for the weekend shifts you advertised - my CV is attached.\nSam",
     "Thanks Sam, but we're all sorted now, we found someone. Tom"),
    ("en", "Next steps?", "Dear Tom,\n\nI wondered whether you had reached a decision about the role.\n\n"
     "Kind regards,\nSam",
     "Dear Sam,\n\nI'm afraid you weren't successful this time.\n\nBest wishes,\nTom"),
    ("fr", "Petite question", "Bonjour,\n\nLe poste de serveur pour l'été est-il toujours disponible ? J'ai envoyé mon "
     "CV la semaine dernière.\n\nSam", "Bonjour Sam,\n\ndésolé, on a trouvé quelqu'un pour l'été.\n\nTom"),
    ("fr", "Relance", "Bonjour Tom,\nj'ai postulé pour le job de caissier le mois dernier, avez-vous pris une "
     "décision ?\nSam", "Salut Sam, désolé, c'est quelqu'un d'autre qui a été pris. Tom"),
    ("es", "Hola", "Hola Tom,\n¿buscáis todavía a alguien para el puesto de recepción?\nSam",
     "Hola, no, lo siento, ya lo hemos cubierto. Tom"),
    ("nl", "Nog nieuws?", "Hoi Tom, bedankt nog voor het gesprek van maandag. Is er al nieuws?\nSam",
     "Hoi Sam, helaas, we gaan met iemand anders verder. Succes! Tom"),
]

# Look-alikes still called rejections: the answer's own "plaza" (a school place) and "vaga" (a place in a team) are
# job words there, so the reader's question plays no part (as on main before this file).
REPLY_FALSE_POSITIVES = [
    ("es", "Plaza en el colegio", "Hola,\n\nQuería saber si hay novedades sobre la plaza de mi hijo en el colegio.\n\n"
     "Un saludo,\nSam", "Hola Sam,\n\nLo siento, la plaza se ha dado a otra familia.\n\nUn saludo,\nTom"),
    ("pt", "Vaga no clube", "Oi Tom, ainda tem lugar no time de futebol de domingo?\nSam",
     "Oi Sam, infelizmente não, seguimos com outra pessoa. Abraço, Tom"),
    # introduced by this reading: the reader's quoted mail is about their application, the answer decides about
    # "our flat" (the flat's own look-alike needs "the flat" with a number, or a flat the reader applied for)
    ("en", "Reference", "Hi Tom, I applied for the job at Fernway and gave your name as a referee. Hope that's ok!\n"
     "Sam", "Of course! By the way, we went with someone else for our flat. Tom"),
]

# (language, subject, the reader's question about a job, an answer that decides nothing yet)
NOT_YET = [
    ("en", "Quick question", "Hi Tom, is the Saturday job at the shop still open?\nSam",
     "Hi Sam, not decided yet - we'll let everyone know by Friday. Tom"),
    ("de", "Nachfrage", "Hallo,\nich wollte nach dem Stand meiner Bewerbung fragen.\nSam",
     "Hallo Sam, wir melden uns nächste Woche. Gruß Tom"),
    ("fr", "Des nouvelles ?", "Bonjour,\nje reviens vers vous au sujet de ma candidature.\nSam",
     "Bonjour Sam, pas encore de décision, je vous tiens au courant. Tom"),
    ("es", "Seguimiento", "Hola,\nquería saber si hay novedades sobre mi candidatura.\nSam",
     "Hola Sam, todavía no hemos decidido, te escribo la semana que viene. Tom"),
    ("nl", "Stand van zaken", "Hoi,\nhoe staat het met mijn sollicitatie?\nSam",
     "Hoi Sam, we hebben nog niets besloten, ik laat het je vrijdag weten. Tom"),
    ("pt", "Retorno", "Olá,\nhá novidades sobre a minha candidatura?\nSam",
     "Olá Sam, ainda não decidimos, te aviso na sexta. Tom"),
]

SHAPES = ["gmail", "outlook", "name", "original"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("lang", "subject", "question", "answer"), REPLIES,
                         ids=[f"{i}:{c[0]}:{c[1]}" for i, c in enumerate(REPLIES)])
def test_curt_answer_over_the_readers_job_question_is_a_rejection(lang: str, subject: str, question: str,
                                                                   answer: str, shape: str) -> None:
    assert found(reply(lang, subject, question, answer, shape))


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("lang", "subject", "question", "answer"), REPLY_LOOKALIKES,
                         ids=[f"{i}:{c[0]}:{c[1]}" for i, c in enumerate(REPLY_LOOKALIKES)])
def test_someone_else_chosen_for_a_flat_a_club_or_a_quote_is_none(lang: str, subject: str, question: str,
                                                                  answer: str, shape: str) -> None:
    assert not found(reply(lang, subject, question, answer, shape))


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("lang", "subject", "question", "answer"), NOT_YET,
                         ids=[f"{i}:{c[0]}" for i, c in enumerate(NOT_YET)])
def test_answer_without_a_decision_is_none(lang: str, subject: str, question: str, answer: str, shape: str) -> None:
    assert not found(reply(lang, subject, question, answer, shape))


@pytest.mark.xfail(strict=True, reason="known gap: see REPLY_GAPS")
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("lang", "subject", "question", "answer"), REPLY_GAPS,
                         ids=[f"{i}:{c[0]}:{c[1]}" for i, c in enumerate(REPLY_GAPS)])
def test_reply_gap(lang: str, subject: str, question: str, answer: str, shape: str) -> None:
    assert found(reply(lang, subject, question, answer, shape))


@pytest.mark.xfail(strict=True, reason="known false positive: see REPLY_FALSE_POSITIVES")
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("lang", "subject", "question", "answer"), REPLY_FALSE_POSITIVES,
                         ids=[f"{i}:{c[0]}:{c[1]}" for i, c in enumerate(REPLY_FALSE_POSITIVES)])
def test_reply_false_positive(lang: str, subject: str, question: str, answer: str, shape: str) -> None:
    assert not found(reply(lang, subject, question, answer, shape))


def test_html_gmail_reply_over_the_readers_question_is_a_rejection() -> None:
    markup = ('<div dir="ltr">Hi Sam, sorry - we went with someone else.<br><br>Tom</div><div class="gmail_quote">'
              '<div class="gmail_attr">On Tue, 4 Nov 2026 at 09:15, Sam Rivera &lt;<a href="mailto:sam@example.net">'
              'sam@example.net</a>&gt; wrote:<br></div><blockquote class="gmail_quote">Hi Tom,<br><br>Is the '
              'Saturday job at the shop still open? I dropped my CV in last week.<br><br>Sam</blockquote></div>')
    assert found(mail(markup, "Re: Saturday help", SENDER, subtype="html"))


# The quote is the SENDER's own earlier mail (their attribution, not the reader's): a landlord who once wrote about
# the reader's job reference answers about the flat. The reader's question gives no context it does not have.
@pytest.mark.parametrize("shape", SHAPES)
def test_the_senders_own_quoted_mail_gives_no_job_context(shape: str) -> None:
    question = "Hi Sam,\n\nThanks for the job reference from your employer. I will let you know about the room.\n\nTom"
    assert not found(reply("en", "Room", question, "Hi Sam, sorry - we went with someone else.\n\nTom", shape,
                           asker=SENDER))


# Plain notes the rules already place (an agency's sender, a title in the subject), kept so here.
AGENCY = "Kim de Wit <kim@uitzendbureau-wit.example>"
AGENCY_NOTES = [
    ("update", "Hoi Sam, even snel: ze hebben iemand anders gekozen. Balen! Kim"),
    ("kurzes Update", "Hallo Sam, kurze Info: der Kunde hat sich für jemand anderen entschieden. Gruß Kim"),
    ("petit point", "Bonjour Sam, le client a choisi quelqu'un d'autre, désolée. Kim"),
]
test_agency_note_is_a_rejection = letters_test(AGENCY_NOTES, AGENCY, rejection=True)

TITLE_NOTES = [
    ("Re: Barista", "Hi Sam, sorry - we went with someone else. Tom"),
    ("Re: Kellner", "Hallo Sam, leider haben wir uns für jemand anderen entschieden. Tom"),
    ("Re: Vendedor", "Hola Sam, lo siento, hemos elegido a otra persona. Tom"),
]
test_title_note_is_a_rejection = letters_test(TITLE_NOTES, SENDER, rejection=True)

# Plain notes with no job word and no context: a viewing, an event, a club, a friend's news. None.
PLAIN_LOOKALIKES = [
    ("Absage", "Hallo Sam,\n\nleider hat es diesmal nicht geklappt, wir haben uns für jemand anderen als Mieter "
     "entschieden.\n\nGruß Tom"),
    ("Absage: Termin am Donnerstag", "Hallo Sam,\n\nich muss den Termin am Donnerstag leider absagen.\n\nGruß Tom"),
    ("Besichtigung", "Hallo Herr Rivera, wir haben uns für jemand anderen entschieden. Viele Grüße, Tom Berger"),
    ("News", "Hey Sam, guess what - they went with someone else for the band, so I'm free on Saturdays now! Tom"),
    ("quick update", "hey Sam! sorry, we went with someone else for the house-sit in August. cheers Tom"),
    ("Le studio", "Bonjour Sam, on a trouvé quelqu'un pour l'été. Bonne journée, Tom"),
    ("La habitación", "Hola Sam, ya tenemos a alguien para la habitación. Saludos, Tom"),
    ("Sorteio", "Olá Sam, infelizmente o prêmio foi para outra pessoa. Abraço, Tom"),
]
test_plain_lookalike_is_none = letters_test(PLAIN_LOOKALIKES, SENDER, rejection=False)

# Still open: plain notes whose only job context is a verdict word in the subject or a season (no reply, no
# agency, no title). Relaxing the gate for these turns look-alikes (a landlord's "Absage") into rejections.
KNOWN_GAPS = [
    ("Absage", "Hallo Sam,\n\nleider hat es diesmal nicht geklappt, wir haben uns für jemand anderen entschieden.\n\n"
     "Gruß Tom"),
    ("Ta demande", "Bonjour Sam, on a trouvé quelqu'un pour l'été. Bonne journée, Tom"),
    ("Tu mensaje", "Hola Sam, ya tenemos a alguien para la campaña. Saludos, Tom"),
]
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
