# ruff: noqa: E501  (the material is whole sentences, one per line)
"""Round 3 of the paraphrase check: written after rounds 1 and 2 had been used for tuning, measured once and
reported as the blind figure. Six rejections and six look-alikes per language, each a short letter."""

from __future__ import annotations

PEOPLE = {
    "en": ("Marigold Freight", "marigoldfreight.example", "Customs Analyst", "Owen Fairley"),
    "de": ("Seeblick Hotels", "seeblick-hotels.example", "Rezeptionist", "Laura Brandt"),
    "fr": ("Atelier Sorbier", "sorbier.example", "Graphiste", "Manon Lefort"),
    "es": ("Cooperativa Olivar", "olivar.example", "Técnico de calidad", "Rocío Campos"),
    "nl": ("Molenwiek Verzekeringen", "molenwiek.example", "Schadebehandelaar", "Daan Peeters"),
    "pt": ("Rio Claro Engenharia", "rioclaro.example", "Engenheira civil", "Luana Matos"),
}
SUBJ = {"en": "Your {r} application", "de": "Ihre Bewerbung: {r}", "fr": "Candidature {r}", "es": "Candidatura {r}",
        "nl": "Sollicitatie {r}", "pt": "Candidatura {r}"}
GREET = {"en": "Hello Alex,", "de": "Guten Tag Alex,", "fr": "Bonjour Alex,", "es": "Buenos días, Alex:",
         "nl": "Dag Alex,", "pt": "Bom dia, Alex,"}
SIGN = {"en": "Regards,", "de": "Freundliche Grüße", "fr": "Bien cordialement,", "es": "Atentamente,",
        "nl": "Hartelijke groet,", "pt": "Cumprimentos,"}

REJ = {
    "en": [
        "Thank you for applying for {r}. We've given your application careful thought, but it won't be taken forward.",
        "The {r} opening attracted many strong applicants and, on balance, we have selected a candidate with more customs brokerage experience.",
        "I'm sorry to tell you that we will not be proceeding to an offer with you for {r}.",
        "Following our conversation last week, the team agreed that we should not move your candidacy to the final stage for {r}.",
        "Our budget for {r} was withdrawn last Friday, so the vacancy is closed and your application has ended with it.",
        "We have decided that your experience doesn't quite match what we need for {r}, and we won't be arranging an interview.",
    ],
    "de": [
        "herzlichen Dank für Ihre Bewerbung als {r}. Wir haben uns nach Abwägung aller Profile für eine Mitbewerberin entschieden.",
        "leider können wir Ihre Bewerbung als {r} im weiteren Verfahren nicht mehr berücksichtigen.",
        "nach dem Kennenlernen müssen wir Ihnen mitteilen, dass wir die Zusammenarbeit für die Stelle {r} nicht weiterverfolgen möchten.",
        "die Position {r} ist mittlerweile vergeben; wir bedanken uns für Ihr Interesse.",
        "Ihre Qualifikationen passen leider nicht zu dem, was wir für die Stelle {r} suchen, weshalb wir Ihnen absagen müssen.",
        "wir haben uns entschieden, Ihnen kein Angebot für die Stelle {r} zu machen.",
    ],
    "fr": [
        "merci pour votre candidature au poste de {r}. Nous avons le regret de ne pas la retenir pour la suite du processus.",
        "après réflexion, nous avons préféré une candidate dont le portfolio correspond davantage au poste de {r}.",
        "nous sommes au regret de vous informer que nous ne poursuivrons pas votre candidature pour le poste de {r}.",
        "le poste de {r} a été pourvu ; nous ne manquerons pas de conserver votre CV.",
        "à l'issue des entretiens, votre candidature pour le poste de {r} n'a pas été retenue.",
        "nous ne sommes pas en mesure de donner une suite positive à votre candidature au poste de {r}.",
    ],
    "es": [
        "gracias por postularte al puesto de {r}. Hemos decidido no seguir adelante con tu candidatura.",
        "tras las entrevistas, nos hemos decantado por otro candidato para el puesto de {r}.",
        "lamentamos comunicarte que tu candidatura al puesto de {r} no ha sido seleccionada.",
        "el puesto de {r} ya está cubierto, así que no podemos continuar con tu proceso.",
        "hemos revisado tu perfil y no se ajusta a lo que buscamos para el puesto de {r}.",
        "no vamos a poder ofrecerte el puesto de {r} en esta ocasión.",
    ],
    "nl": [
        "bedankt voor je sollicitatie voor de functie {r}. We hebben besloten je sollicitatie niet verder in behandeling te nemen.",
        "na de gesprekken is de keuze gevallen op een andere kandidaat voor de functie {r}.",
        "helaas ben je voor de functie {r} niet geselecteerd voor een gesprek.",
        "de functie {r} is inmiddels ingevuld, daarom gaan we niet verder met je sollicitatie.",
        "je profiel sluit helaas onvoldoende aan bij de functie {r}.",
        "we kunnen je voor de functie {r} helaas geen aanbod doen.",
    ],
    "pt": [
        "obrigado pela sua candidatura à vaga de {r}. Decidimos não avançar com o seu processo.",
        "após as entrevistas, escolhemos outro candidato para a vaga de {r}.",
        "lamentamos informar que a sua candidatura à vaga de {r} não foi selecionada.",
        "a vaga de {r} já foi preenchida, por isso não poderemos continuar com a sua candidatura.",
        "o seu perfil não se enquadra no que procuramos para a vaga de {r}.",
        "não poderemos fazer-lhe uma proposta para a vaga de {r}.",
    ],
}

LOOK = {
    "en": [
        "Thanks for applying for {r}! We'll review your application and get back to you within ten days.",
        "We'd like to invite you to a second interview for {r}. Which of these times works for you?",
        "Unfortunately your mortgage application has been declined by our lending team.",
        "I'm sorry, I won't be able to make our coffee on Tuesday; can we move it to next week?",
        "As discussed, we've withdrawn your candidacy for {r} at your request. Best of luck with the new role!",
        "Hi, the candidate you referred for {r} has not been selected. Thanks for the referral.",
    ],
    "de": [
        "vielen Dank für Ihre Bewerbung als {r}; wir haben Ihre Unterlagen erhalten und melden uns bald.",
        "wir laden Sie herzlich zu einem Vorstellungsgespräch für die Stelle {r} ein.",
        "leider wurde Ihr Antrag auf Elterngeld abgelehnt.",
        "wir freuen uns, Ihnen die Stelle {r} anbieten zu können.",
        "wie besprochen haben wir Ihre Bewerbung als {r} auf Ihren Wunsch zurückgezogen.",
        "leider ist der Kurs ausgebucht; wir haben Sie auf die Warteliste gesetzt.",
    ],
    "fr": [
        "nous avons bien reçu votre candidature au poste de {r} et reviendrons vers vous.",
        "nous souhaiterions vous rencontrer pour un entretien pour le poste de {r}.",
        "votre demande de crédit immobilier n'a pas été acceptée.",
        "nous avons le plaisir de vous proposer le poste de {r}.",
        "comme convenu, votre candidature au poste de {r} a été retirée à votre demande.",
        "malheureusement votre inscription à la crèche n'a pas été retenue cette année.",
    ],
    "es": [
        "hemos recibido tu candidatura para el puesto de {r}; te responderemos pronto.",
        "nos gustaría invitarte a una entrevista para el puesto de {r}.",
        "lamentablemente tu solicitud de hipoteca no ha sido aprobada.",
        "nos complace ofrecerte el puesto de {r}.",
        "tal como pediste, hemos retirado tu candidatura al puesto de {r}.",
        "lamentablemente tu hijo no ha obtenido plaza en el colegio este curso.",
    ],
    "nl": [
        "we hebben je sollicitatie voor de functie {r} ontvangen en nemen binnenkort contact op.",
        "we nodigen je uit voor een gesprek over de functie {r}.",
        "helaas is je aanvraag voor een hypotheek afgewezen.",
        "we bieden je graag de functie {r} aan.",
        "op jouw verzoek hebben we je sollicitatie voor de functie {r} ingetrokken.",
        "helaas is je kind niet ingeloot op de basisschool van je voorkeur.",
    ],
    "pt": [
        "recebemos a sua candidatura à vaga de {r} e daremos notícias em breve.",
        "gostaríamos de o convidar para uma entrevista para a vaga de {r}.",
        "infelizmente o seu pedido de crédito habitação foi recusado.",
        "temos o prazer de lhe oferecer a vaga de {r}.",
        "conforme solicitou, retirámos a sua candidatura à vaga de {r}.",
        "infelizmente a inscrição do seu filho na creche não foi aceite.",
    ],
}
