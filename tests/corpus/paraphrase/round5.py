# ruff: noqa: E501  (the material is whole sentences, one per line)
"""Round 5 of the paraphrase check: written together with round 4 but kept out of tuning; measured before and
after the round-4 work as the held-back figure. {r} = role, {c} = company."""

from __future__ import annotations

PEOPLE = {
    "en": ("Larchmont Health", "larchmonthealth.example", "Clinical Data Manager", "Ben Adeyemi"),
    "de": ("Rheinauen Software", "rheinauen.example", "Backend-Entwickler", "Nina Kessler"),
    "fr": ("Cabinet Rivoli", "rivoli.example", "Juriste", "Thomas Besson"),
    "es": ("Editorial Faro", "editorialfaro.example", "Correctora", "Ana Ruiz"),
    "nl": ("Zuiderzee Techniek", "zuiderzeetechniek.example", "Monteur", "Joris Smit"),
    "pt": ("Grupo Ipê", "grupoipe.example", "Analista financeiro", "Mariana Costa"),
}
SUBJ = {"en": "Re: {r} at {c}", "de": "Absage: {r}", "fr": "Votre candidature chez {c}", "es": "Tu candidatura en {c}",
        "nl": "Uw sollicitatie bij {c}", "pt": "Sua candidatura na {c}"}
GREET = {"en": "Hi Alex,", "de": "Liebe Alex,", "fr": "Chère Alex,", "es": "Hola, Alex:", "nl": "Hoi Alex,", "pt": "Oi Alex,"}
SIGN = {"en": "Cheers,", "de": "Herzliche Grüße", "fr": "Cordialement,", "es": "Saludos cordiales,", "nl": "Groet,",
        "pt": "Abraços,"}

REJ = {
    "en": [
        "I really enjoyed our chat about {r}. I'm afraid I have some disappointing news: we've decided to offer the role to someone else.",
        "We regret to inform you that we will not be proceeding with your application.",
        "Your application for {r} was carefully considered; however, we have decided not to progress it.",
        "After careful consideration, we've chosen candidates whose experience better aligns with the requirements of the role.",
        "We won't be moving forward with your candidacy for {r}. Thank you for your patience throughout the process.",
        "I'm sorry to say that you have been unsuccessful in your application for {r}.",
        "Unfortunately the team has decided to close the {r} search with an internal hire, so we will not be continuing your process.",
        "We've decided not to extend you an offer for {r}. It was a tough call.",
    ],
    "de": [
        "leider müssen wir Dir mitteilen, dass wir uns gegen Deine Bewerbung entschieden haben.",
        "wir bedanken uns für Ihre Bewerbung als {r}. Leider müssen wir Ihnen eine Absage erteilen.",
        "nach eingehender Prüfung haben wir uns für einen anderen Kandidaten entschieden.",
        "die ausgeschriebene Position {r} ist bereits besetzt.",
        "leider können wir Ihre Bewerbung nicht berücksichtigen, da die Anforderungen an die Stelle nicht erfüllt sind.",
        "Sie sind leider nicht in die nächste Runde des Auswahlverfahrens gekommen.",
        "leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.",
        "wir müssen Ihnen leider mitteilen, dass wir Ihnen die Stelle {r} nicht anbieten können.",
    ],
    "fr": [
        "nous avons le regret de vous informer que nous avons retenu un autre candidat pour le poste de {r}.",
        "votre candidature n'a pas été retenue à l'issue de notre processus de sélection.",
        "nous ne pourrons malheureusement pas donner suite à votre candidature pour le poste de {r}.",
        "après réflexion, nous avons décidé de ne pas aller plus loin avec votre candidature.",
        "le poste de {r} n'est plus à pourvoir.",
        "nous sommes au regret de vous annoncer que votre profil n'a pas été sélectionné.",
        "votre candidature ne correspond pas à nos attentes pour ce poste.",
        "nous avons décidé de poursuivre avec d'autres candidats dont le profil est plus proche de nos besoins.",
    ],
    "es": [
        "lamentamos informarte de que hemos seleccionado a otro candidato para el puesto de {r}.",
        "en esta ocasión tu candidatura no ha sido seleccionada.",
        "tras estudiar tu perfil, hemos decidido no continuar con tu proceso.",
        "la vacante de {r} ha sido cubierta internamente.",
        "sentimos comunicarte que no has pasado a la siguiente fase del proceso.",
        "tu perfil no se ajusta a los requisitos del puesto de {r}.",
        "no seguiremos adelante con tu candidatura para {r}.",
        "hemos decidido cerrar el proceso con otra persona.",
    ],
    "nl": [
        "helaas hebben we besloten je sollicitatie niet verder in behandeling te nemen.",
        "we hebben iemand anders gevonden voor de functie {r}.",
        "je bent helaas niet geselecteerd voor de volgende ronde.",
        "na zorgvuldige afweging hebben we gekozen voor een kandidaat met meer ervaring.",
        "de functie {r} is inmiddels ingevuld.",
        "we gaan helaas niet verder met jouw sollicitatie.",
        "uw sollicitatie heeft helaas niet tot een uitnodiging geleid.",
        "je profiel sluit helaas onvoldoende aan bij de functie {r}.",
    ],
    "pt": [
        "infelizmente você não foi selecionado para a vaga de {r}.",
        "optamos por outro candidato para esta posição.",
        "decidimos não prosseguir com a sua candidatura.",
        "a vaga de {r} foi preenchida internamente.",
        "infelizmente seu perfil não foi aprovado para a próxima fase.",
        "não vamos dar continuidade ao seu processo seletivo.",
        "lamentamos informar que a sua candidatura não foi bem-sucedida.",
        "escolhemos seguir com outra pessoa para a vaga de {r}.",
    ],
}

LOOK = {
    "en": [
        "Quick update for the {r} loop: we rejected the other finalist, Sam Cole, so please don't reach out to him. We'll send Alex the offer tomorrow.",
        "Unfortunately our recruiter is off sick, so we need to reschedule your {r} interview to next week.",
        "Unfortunately your application for {r} is missing a cover letter. Please add one so we can review it.",
        "Sorry, we didn't get your mortgage application approved this time.",
        "Unfortunately we are not able to sponsor the conference ticket, but we are happy to offer you the {r} position.",
        "Great news: you've passed the technical screen for {r}. Next step is an onsite.",
    ],
    "de": [
        "zur Info: Wir haben den Kandidaten Herrn Roth für {r} abgelehnt. Bitte sagen Sie das zweite Gespräch mit ihm ab.",
        "leider ist der Termin am Montag nicht möglich; können wir das Gespräch für {r} auf Mittwoch verschieben?",
        "leider ist Ihre Bewerbung noch unvollständig: Es fehlt der Lebenslauf.",
        "Ihr Antrag auf einen Kitaplatz wurde leider abgelehnt.",
        "wir freuen uns, Ihnen ein Vertragsangebot für die Stelle {r} zu machen.",
        "meine Bewerbung bei Rheinauen wurde abgelehnt, die haben eine andere Person genommen. Hast du Zeit zum Telefonieren?",
    ],
    "fr": [
        "pour info, nous avons refusé la candidature de Mme Petit pour le poste de {r}. Merci d'annuler son second entretien.",
        "malheureusement nous devons décaler votre entretien pour le poste de {r} à lundi prochain.",
        "il manque votre lettre de motivation ; nous ne pouvons pas étudier votre candidature sans elle.",
        "votre demande de prêt immobilier a été refusée.",
        "nous avons le plaisir de vous proposer le poste de {r}. Vous trouverez la promesse d'embauche ci-jointe.",
        "ma candidature chez Rivoli n'a pas été retenue, ils ont choisi un autre candidat. Tu as un moment ce soir ?",
    ],
    "es": [
        "te cuento que hemos descartado al candidato Luis Pardo para {r}; por favor cancela su segunda entrevista.",
        "lamentablemente tenemos que aplazar tu entrevista para {r} a la semana que viene.",
        "a tu candidatura le falta la carta de presentación; por favor, añádela para que podamos revisarla.",
        "tu solicitud de préstamo ha sido rechazada.",
        "¡enhorabuena! Nos complace ofrecerte el puesto de {r}.",
        "mi candidatura en Editorial Faro no salió, eligieron a otra persona. ¿Hablamos luego?",
    ],
    "nl": [
        "ter info: we hebben kandidaat Henk Bos afgewezen voor {r}. Wil je zijn tweede gesprek annuleren?",
        "helaas moeten we je gesprek voor {r} een week opschuiven.",
        "je sollicitatie mist nog een motivatiebrief; voeg die toe zodat we hem kunnen beoordelen.",
        "uw aanvraag voor een huurwoning is helaas afgewezen.",
        "we zijn blij je een contract aan te bieden voor de functie {r}.",
        "mijn sollicitatie bij Zuiderzee is afgewezen, ze namen een andere kandidaat. Bel je me straks?",
    ],
    "pt": [
        "para sua informação, recusamos o candidato João Reis para {r}; por favor cancele a segunda entrevista dele.",
        "infelizmente precisamos adiar a sua entrevista para {r} para a próxima semana.",
        "falta a carta de apresentação na sua candidatura; por favor envie para podermos avaliá-la.",
        "o seu pedido de crédito pessoal foi recusado.",
        "temos o prazer de lhe oferecer a vaga de {r}! Segue a carta-proposta.",
        "minha candidatura na Ipê foi recusada, escolheram outra pessoa. Podemos conversar mais tarde?",
    ],
}
