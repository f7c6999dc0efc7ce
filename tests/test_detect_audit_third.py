"""Precision audit, a decision about someone else: mail with the words of a decision family, said of a NAMED person
who is not the reader (the reader's name is in the To header), in all six languages. Hiring manager, interviewer,
panel member and recruiter write to each other about a candidate; a referral update tells the reader their friend was
not taken; a manager tells the reader their report was not picked; a parent or friend writes about their own
rejection in the first person; the reader is on the hiring side ("your candidate", "the applicant you shortlisted").
None is the reader's rejection. Next to them, true rejections that share their words: a rejection naming the reader,
a relay of the client's decision about the reader in the third person, a rejection that names a colleague who
referred or interviewed the reader. The reader's own sent mail (a forward of someone else's rejection to a friend) is
'own' before the classifier is asked (pipeline.outcome_of).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from labelled import found

READER = {"en": "Sam Rivera <sam@example.net>", "nl": "Noor Bakker <noor@example.net>",
          "de": "Jonas Weber <jonas@example.net>", "fr": "Camille Durand <camille@example.net>",
          "es": "Lucía Romero <lucia@example.net>", "pt": "Fernanda Lima <fernanda@example.net>"}
SENDER = "Dana Whitfield <dana@acme.example>"


def letter(lang: str, subject: str, body: str, sender: str = SENDER) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, READER[lang], subject
    msg.set_content(body)
    return bytes(msg)


def ids(cases: list[tuple[str, str, str]]) -> list[str]:
    return [f"{i}:{lang}:{subject}" for i, (lang, subject, _body) in enumerate(cases)]


NON_REJECTIONS = [
    # --- en ----------------------------------------------------------------------------------------------------
    ("en", "Data analyst role", "Hi Sam,\n\nThanks for your interview notes. We have decided not to move forward with "
                                "Priya for the data analyst role.\n\nBest,\nDana"),
    ("en", "Your referral", "Hi Sam,\n\nA quick update on your referral: unfortunately we won't be moving forward with "
                            "your friend Priya Shah for the designer position.\n\nThanks,\nDana"),
    ("en", "Team lead role", "Sam,\n\nI wanted you to hear it from me first: unfortunately Omar was not selected for "
                             "the team lead role. I know you backed him.\n\nDana"),
    ("en", "Bad news", "Hi Sam love,\n\nHeard back from the garden centre today, they turned me down for the "
                       "supervisor job. Never mind!\n\nMum", "Helen Rivera <helen@example.org>"),
    ("en", "Analyst offer", "Hi Sam,\n\nJust so you know, Priya Shah has declined our offer for the analyst role, she "
                            "accepted a position elsewhere. Shall we go back to the shortlist?\n\nDana"),
    ("en", "Shortlist", "Hi Sam,\n\nThanks for sending your candidates over. Unfortunately we have decided not to "
                        "proceed with the applicant you shortlisted for the buyer role.\n\nDana"),
    ("en", "Next stage", "Hi Sam,\n\nWe will not be progressing Daniel to the final stage of the developer role; the "
                         "panel felt his system design answers were thin.\n\nDana"),
    ("en", "Candidate", "Hi Sam,\n\nAfter reviewing the interview scores, we won't be taking Mr Okafor forward to the "
                        "final round.\n\nDana"),
    ("en", "Re: Priya", "Hi Sam,\n\nJust to close the loop: the hiring committee has decided against Priya for the lab "
                        "manager post.\n\nDana"),
    ("en", "Your candidate", "Hi Sam,\n\nThanks for sending over your candidate. Unfortunately we have decided not to "
                             "move forward with your candidate for the buyer role.\n\nDana"),
    ("en", "Update", "Hi Sam,\n\nJordan Lee wasn't successful in the final interview, so we'll reopen the role next "
                     "week.\n\nDana"),
    ("en", "Your report", "Hi Sam,\n\nSorry to say Mei didn't get the senior analyst post; the panel went with an "
                          "external candidate.\n\nDana"),
    # --- nl ----------------------------------------------------------------------------------------------------
    ("nl", "Vacature analist", "Hoi Noor,\n\nBedankt voor je verslag van het gesprek. We hebben besloten niet verder "
                               "te gaan met Priya voor de functie van analist.\n\nGroet,\nDana"),
    ("nl", "Je doorverwijzing", "Hoi Noor,\n\nEven een update: helaas gaan we niet verder met je vriendin Lotte voor "
                                "de vacature van ontwerper.\n\nGroet,\nDana"),
    ("nl", "Teamleider", "Hoi Noor,\n\nIk wilde het je zelf vertellen: Omar is helaas niet gekozen voor de functie van "
                         "teamleider.\n\nDana"),
    ("nl", "Balen", "Hoi Noor,\n\nIk heb vandaag gehoord van de bakkerij: ze hebben me afgewezen voor de baan als "
                    "filiaalleider. Jammer!\n\nMam", "Ine Bakker <ine@example.org>"),
    ("nl", "Je kandidaat", "Hoi Noor,\n\nBedankt voor het voordragen van je kandidaat. Helaas hebben we besloten "
                           "niet verder te gaan met haar sollicitatie.\n\nDana"),
    ("nl", "Projectleider", "Hoi Noor,\n\nWe hebben Sanne helaas afgewezen voor de functie van projectleider.\n\nDana"),
    # --- de ----------------------------------------------------------------------------------------------------
    ("de", "Stelle Analyst", "Hallo Jonas,\n\ndanke für deine Notizen zum Gespräch. Wir haben uns leider gegen Priya "
                             "entschieden und werden die Stelle anders besetzen.\n\nViele Grüße\nDana"),
    ("de", "Deine Empfehlung", "Hallo Jonas,\n\nkurzes Update zu deiner Empfehlung: leider haben wir uns gegen deinen "
                               "Freund Lukas Brandt entschieden.\n\nGruß\nDana"),
    ("de", "Teamleitung", "Hallo Jonas,\n\nich wollte es dir selbst sagen: Omar wurde leider nicht für die Teamleitung "
                          "ausgewählt.\n\nDana"),
    ("de", "Absage", "Hallo Jonas,\n\nich habe heute eine Absage von der Bäckerei bekommen, sie haben mich für die "
                     "Filialleitung leider nicht genommen.\n\nMama", "Ute Weber <ute@example.org>"),
    ("de", "Ihr Kandidat", "Hallo Jonas,\n\ndanke für Ihren Kandidaten. Leider haben wir uns gegen Herrn Brandt "
                           "entschieden.\n\nDana"),
    ("de", "Zweite Runde", "Hallo Jonas,\n\nleider wurde Lukas nicht für die zweite Runde ausgewählt.\n\nDana"),
    # --- fr ----------------------------------------------------------------------------------------------------
    ("fr", "Poste d'analyste", "Bonjour Camille,\n\nMerci pour ton compte rendu. Nous avons décidé de ne pas donner "
                               "suite à la candidature de Priya pour le poste d'analyste.\n\nDana"),
    ("fr", "Ta recommandation", "Bonjour Camille,\n\nPetit point sur ta recommandation : malheureusement, nous ne "
                                "poursuivrons pas avec ton ami Hugo pour le poste de designer.\n\nDana"),
    ("fr", "Chef d'équipe", "Bonjour Camille,\n\nJe voulais te le dire moi-même : malheureusement Omar n'a pas été "
                            "retenu pour le poste de chef d'équipe.\n\nDana"),
    ("fr", "Ta candidate", "Bonjour Camille,\n\nMerci de nous avoir présenté ta candidate. Malheureusement, nous ne "
                           "donnerons pas suite à sa candidature.\n\nDana"),
    ("fr", "Mauvaise nouvelle", "Coucou Camille,\n\nJ'ai reçu la réponse de la boulangerie : ils ne m'ont pas retenue "
                                "pour le poste de responsable.\n\nMaman", "Anne Durand <anne@example.org>"),
    # --- es ----------------------------------------------------------------------------------------------------
    ("es", "Puesto de analista", "Hola Lucía:\n\nGracias por tus notas de la entrevista. Hemos decidido no seguir "
                                 "adelante con Priya para el puesto de analista.\n\nUn saludo,\nDana"),
    ("es", "Tu recomendación", "Hola Lucía:\n\nTe cuento: lamentablemente no vamos a continuar con tu amigo Pablo en "
                               "el proceso para el puesto de diseñador.\n\nDana"),
    ("es", "Jefe de equipo", "Hola Lucía:\n\nQuería decírtelo yo: lamentablemente Omar no ha sido seleccionado para el "
                             "puesto de jefe de equipo.\n\nDana"),
    ("es", "Tu candidato", "Hola Lucía:\n\nGracias por presentarnos a tu candidato. Lamentablemente hemos decidido no "
                           "seguir adelante con su candidatura.\n\nDana"),
    ("es", "Mala noticia", "Hola Lucía:\n\nMe ha llegado la respuesta de la panadería: no me han seleccionado para el "
                           "puesto de encargada.\n\nMamá", "Ana Romero <ana@example.org>"),
    ("es", "Proceso", "Hola Lucía:\n\nHemos decidido no continuar con la señora Ortega en el proceso.\n\nDana"),
    # --- pt ----------------------------------------------------------------------------------------------------
    ("pt", "Vaga de analista", "Olá Fernanda,\n\nObrigada pelas tuas notas da entrevista. Decidimos não seguir em "
                               "frente com a Priya para a vaga de analista.\n\nAbraço,\nDana"),
    ("pt", "Sua indicação", "Olá Fernanda,\n\nUma atualização sobre a sua indicação: infelizmente não vamos avançar "
                            "com o seu amigo Rafael para a vaga de designer.\n\nDana"),
    ("pt", "Coordenação", "Olá Fernanda,\n\nA Beatriz não foi selecionada para a vaga de coordenadora.\n\nDana"),
    ("pt", "O seu candidato", "Olá Fernanda,\n\nObrigada por nos apresentar o seu candidato. Infelizmente decidimos "
                              "não avançar com a candidatura dele.\n\nDana"),
    ("pt", "Má notícia", "Olá Fernanda,\n\nRecebi a resposta da padaria: não fui selecionada para a vaga de "
                         "gerente.\n\nMãe", "Ana Lima <ana@example.org>"),
    ("pt", "Líder de equipa", "Olá Fernanda,\n\nQueria dizer-te eu mesma: infelizmente o Omar não foi selecionado para "
                              "a vaga de líder de equipa.\n\nDana"),
]


@pytest.mark.parametrize(("lang", "subject", "body", "sender"), [(*c, SENDER)[:4] for c in NON_REJECTIONS],
                         ids=ids([c[:3] for c in NON_REJECTIONS]))
def test_a_decision_about_someone_else_is_no_rejection(lang: str, subject: str, body: str, sender: str) -> None:
    assert not found(letter(lang, subject, body, sender))


FWD = {"en": "---------- Forwarded message ---------\nFrom: Olga Brandt <olga@client.example>\nTo: Dana Whitfield "
             "<dana@acme.example>\nSubject: Analyst\n\n",
       "nl": "---------- Doorgestuurd bericht ----------\nVan: Olga Brandt <olga@client.example>\nAan: Dana Whitfield "
             "<dana@acme.example>\nOnderwerp: Analist\n\n"}


# Real rejections that share the words above: they must still be found.
REJECTIONS = [
    ("en", "Your application", "Hi Sam,\n\nThanks for your time last week. Unfortunately we have decided not to move "
                               "forward with your application for the data analyst role.\n\nBest,\nDana"),
    ("en", "Analyst role", "Hi Sam,\n\nI heard back from my client today: unfortunately the client has decided not to "
                           "move forward with Sam for the analyst role.\n\nDana"),
    ("en", "Your application", "Hi Sam,\n\nThank you for applying; Priya, who referred you, speaks highly of you. "
                               "Unfortunately we have decided not to move forward with your application.\n\nDana"),
    ("en", "Your application", "Hi Sam,\n\nThanks for meeting Priya and me on Tuesday. Unfortunately we will not be "
                               "progressing your application to the final stage.\n\nDana"),
    ("nl", "Analist", "Hoi Noor,\n\nHelaas, zie hieronder.\n\n" + FWD["nl"] + "Hoi Dana,\n\nBedankt voor het "
                      "voorstellen van Noor. Helaas is ze niet aangenomen voor de functie van analist.\n\nOlga"),
    ("en", "Analyst", "Hi Sam,\n\nSorry, see below from the client.\n\n" + FWD["en"] + "Hi Dana,\n\nThanks for "
                      "introducing Sam. We have decided not to move forward with Sam for the analyst role.\n\nOlga"),
    ("en", "Your application", "Hi Sam,\n\nWe have decided to move forward with another candidate. Priya will send "
                               "you some feedback next week.\n\nDana"),
    ("en", "Your application", "Dear Sam,\n\nThe Marketing Coordinator post was not offered to you on this occasion; "
                               "we had many strong applicants.\n\nDana"),
    ("nl", "Analist", "Hoi Noor,\n\nIk heb net de klant gesproken: helaas gaat de klant niet verder met Noor voor de "
                      "functie van analist.\n\nDana"),
    ("de", "Ihre Bewerbung", "Hallo Herr Weber,\n\nleider hat sich der Kunde gegen Herrn Weber entschieden.\n\nDana"),
    ("de", "Ihre Bewerbung", "Sehr geehrter Herr Weber,\n\nleider wurde Ihre Bewerbung nicht berücksichtigt.\n\n"
                             "Mit freundlichen Grüßen\nDana"),
    ("fr", "Analyste", "Bonjour Camille,\n\nMalheureusement, le client a décidé de ne pas donner suite à la "
                       "candidature de Camille pour le poste d'analyste.\n\nDana"),
    ("es", "Analista", "Hola Lucía:\n\nLamentablemente el cliente ha decidido no seguir adelante con Lucía para el "
                       "puesto de analista.\n\nDana"),
    ("pt", "A sua candidatura", "Olá Fernanda,\n\nA sua candidatura não foi selecionada para a vaga de "
                                "analista.\n\nDana"),
    ("nl", "Je sollicitatie", "Hoi Noor,\n\nBedankt voor het gesprek met Priya en mij. Helaas hebben we besloten niet "
                              "verder te gaan met je sollicitatie.\n\nGroet,\nDana"),
    ("nl", "Analist", "Hoi Noor,\n\nHelaas, zie hieronder.\n\n" + FWD["nl"] + "Hoi Dana,\n\nWe hebben besloten niet "
                      "verder te gaan met Noor voor de functie van analist.\n\nOlga"),
    ("de", "Ihre Bewerbung", "Hallo Jonas,\n\ndanke für das Gespräch mit Priya und mir. Leider haben wir uns für eine "
                             "andere Bewerberin entschieden.\n\nViele Grüße\nDana"),
    ("fr", "Votre candidature", "Bonjour Camille,\n\nMerci pour l'entretien avec Priya. Malheureusement, nous avons "
                                "décidé de ne pas donner suite à votre candidature.\n\nDana"),
    ("es", "Tu candidatura", "Hola Lucía:\n\nGracias por la entrevista con Priya. Lamentablemente hemos decidido no "
                             "seguir adelante con tu candidatura.\n\nDana"),
    ("pt", "A sua candidatura", "Olá Fernanda,\n\nObrigada pela entrevista com a Priya. Infelizmente decidimos não "
                                "seguir em frente com a sua candidatura.\n\nDana"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), REJECTIONS, ids=ids(REJECTIONS))
def test_a_rejection_of_the_reader_is_still_found(lang: str, subject: str, body: str) -> None:
    assert found(letter(lang, subject, body))


def test_a_short_form_of_the_readers_name_is_the_reader() -> None:
    """To: "Samuel Rivera", the client's decision about "Sam": the reader, not someone else."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SENDER, "Samuel Rivera <s.rivera@example.net>", "Analyst role"
    msg.set_content("Hi Sam,\n\nI heard back from my client today: unfortunately the client has decided not to move "
                    "forward with Sam for the analyst role.\n\nDana")
    assert found(bytes(msg))


# --- one sentence each, in a short note from the hiring side ----------------------------------------------------------
GREETING = {"en": "Hi Sam,", "nl": "Hoi Noor,", "de": "Hallo Jonas,", "fr": "Bonjour Camille,", "es": "Hola Lucía:",
            "pt": "Olá Fernanda,"}


def note(lang: str, sentence: str) -> bytes:
    return letter(lang, "Update", f"{GREETING[lang]}\n\n{sentence}\n\nDana")


# a decision about a named candidate, colleague or friend: subject or object of the decision, by name
ABOUT_SOMEONE_ELSE = [
    ("en", "Thanks for the interview write-up. We won't be moving Priya forward to the next round."),
    ("en", "After the panel, we're not going to progress Priya for the analyst role."),
    ("en", "We've decided to pass on Priya for the analyst opening; her salary expectations were too high."),
    ("en", "Just a heads up that we have rejected Priya Shah for the analyst role."),
    ("en", "Priya has been unsuccessful at the assessment centre, so we'll reopen the analyst role."),
    ("en", "We won't be offering Priya a position after all; the budget was cut."),
    ("en", "Unfortunately your referral, Priya Shah, was not selected for an interview for the analyst role."),
    ("en", "Priya won't be progressing to the final interview for the analyst role."),
    ("en", "We decided not to proceed with Priya's application for the analyst role."),
    ("en", "The hiring manager has decided to turn Priya down for the analyst role."),
    ("en", "Your friend Priya didn't make the shortlist for the analyst role, I'm sorry."),
    ("en", "Priya Shah will not be invited to a second interview for the analyst role."),
    ("en", "I'm sorry to tell you that Priya wasn't chosen for the analyst role; we went with an internal candidate."),
    ("en", "The candidate you interviewed on Monday, Priya, has not been successful this time."),
    ("nl", "We gaan niet door met Priya voor de functie van analist."),
    ("nl", "We nemen Priya helaas niet aan voor de functie van analist."),
    ("nl", "Priya krijgt de baan als analist helaas niet."),
    ("nl", "Priya is afgewezen voor de functie van analist."),
    ("nl", "Priya gaat niet door naar de volgende ronde voor de functie van analist."),
    ("nl", "We kiezen helaas niet voor Priya voor de functie van analist."),
    ("nl", "Helaas hebben we besloten de sollicitatie van Priya niet verder in behandeling te nemen."),
    ("nl", "We hebben besloten Priya niet uit te nodigen voor een tweede gesprek voor de functie van analist."),
    ("nl", "Je vriendin Lotte is helaas niet door naar de volgende ronde voor de vacature van ontwerper."),
    ("nl", "De kandidaat die je hebt aangedragen, Lotte, hebben we helaas afgewezen."),
    ("de", "Wir haben Priya leider eine Absage für die Stelle als Analystin geschickt."),
    ("de", "Leider haben wir uns entschieden, Priya nicht einzustellen."),
    ("de", "Die Bewerbung von Priya haben wir leider abgelehnt."),
    ("de", "Priya hat leider eine Absage für die Stelle als Analystin bekommen."),
    ("de", "Wir werden mit Priya leider nicht weitermachen."),
    ("fr", "Nous ne retiendrons pas Priya pour le poste d'analyste."),
    ("fr", "Nous avons décidé de ne pas retenir Priya pour le poste d'analyste."),
    ("fr", "Priya n'a malheureusement pas été retenue pour le poste d'analyste."),
    ("fr", "La candidature de Priya n'a pas été retenue pour le poste d'analyste."),
    ("es", "Hemos decidido descartar a Priya para el puesto de analista."),
    ("es", "Lamentablemente, Priya no ha pasado a la siguiente fase del puesto de analista."),
    ("es", "La candidatura de Priya no ha sido seleccionada para el puesto de analista."),
    ("es", "No vamos a contratar a Priya para el puesto de analista."),
    ("pt", "Decidimos não contratar a Priya para a vaga de analista."),
    ("pt", "A candidatura da Priya não foi selecionada para a vaga de analista."),
    ("pt", "Infelizmente a Priya não passou para a próxima fase da vaga de analista."),
    ("pt", "Decidimos não seguir com a candidatura da Priya para a vaga de analista."),
    # a pronoun for a third person as the decision's subject (a singular verb: not the formal "Sie")
    ("en", "Sorry to say she wasn't selected for the team lead role; the panel went with an external candidate."),
    ("en", "He has not been successful in his application for the analyst role, I'm afraid."),
    ("nl", "Helaas is ze niet aangenomen voor de functie van teamleider."),
    ("nl", "Hij is helaas niet door naar de tweede ronde voor de functie van analist."),
    ("de", "Sie wurde leider nicht für die Teamleitung ausgewählt."),
    ("de", "Er hat leider eine Absage für die Stelle als Analyst bekommen."),
    ("es", "Lamentablemente ella no ha sido seleccionada para el puesto de jefa de equipo."),
    # the reader is asked to pass the decision on to a named person
    ("en", "Can you let Priya know we've gone with another candidate for the analyst role?"),
    ("en", "Please tell Priya that unfortunately the analyst role has been filled."),
    ("en", "Could you break the news to Priya? We have decided to offer the analyst role to someone else."),
    ("nl", "Wil jij Priya laten weten dat we voor een andere kandidaat hebben gekozen voor de functie van analist?"),
    ("nl", "Kun je aan Priya doorgeven dat de functie van analist helaas al is ingevuld?"),
    ("de", "Kannst du Priya bitte sagen, dass wir uns für eine andere Kandidatin entschieden haben?"),
    ("de", "Bitte teile Priya mit, dass die Stelle als Analystin leider schon besetzt ist."),
    ("fr", "Peux-tu prévenir Priya que nous avons retenu un autre candidat pour le poste d'analyste ?"),
    ("es", "¿Puedes avisar a Priya de que hemos elegido a otro candidato para el puesto de analista?"),
    ("pt", "Podes avisar a Priya que escolhemos outro candidato para a vaga de analista?"),
    # the candidate declined, the reader put the candidate forward, a relative's own rejection
    ("nl", "Priya heeft ons aanbod voor de functie van analist helaas afgewezen; ze kiest voor een andere werkgever."),
    ("nl", "Bedankt voor het doorsturen van je kandidaat. Helaas gaan we niet verder met hem voor de functie "
           "van analist."),
    ("nl", "Ik heb vandaag een afwijzing gekregen voor de baan als verpleegkundige. Balen!"),
    ("de", "Frau Brandt hat unser Angebot für die Stelle als Analystin leider abgelehnt."),
    ("de", "Danke für Ihren Kandidaten. Leider passt sein Profil nicht zur Stelle als Analyst."),
    ("de", "Der Bewerber, den Sie uns empfohlen haben, hat leider keine Zusage für die Stelle als Analyst bekommen."),
    ("fr", "Priya a malheureusement décliné notre offre pour le poste d'analyste."),
    ("fr", "Le candidat que tu nous as recommandé n'a pas été retenu pour le poste d'analyste."),
    ("es", "Priya ha rechazado nuestra oferta para el puesto de analista."),
    ("es", "El candidato que nos recomendaste no ha sido seleccionado para el puesto de analista."),
    ("pt", "A Priya recusou a nossa proposta para a vaga de analista."),
    ("pt", "O candidato que nos indicaste não foi selecionado para a vaga de analista."),
    ("pt", "Recebi hoje a resposta da empresa: não fiquei com a vaga de analista. Que pena!"),
    ("en", "The applicant you shortlisted for the analyst role has withdrawn, so we won't be moving forward with her."),
    ("en", "Your nominee for the analyst role was unfortunately not successful this round."),
    ("en", "Priya turned down our offer for the analyst role, so we'll go back to the shortlist."),
]


@pytest.mark.parametrize(("lang", "sentence"), ABOUT_SOMEONE_ELSE,
                         ids=[f"{i}:{c[0]}" for i, c in enumerate(ABOUT_SOMEONE_ELSE)])
def test_a_named_person_who_is_not_the_reader(lang: str, sentence: str) -> None:
    assert not found(note(lang, sentence))


# ...and next to them, a company named as the subject of the reader's rejection ("Acme has not selected you")
ABOUT_THE_READER = [
    ("en", "Unfortunately Acme has not selected you for the analyst role."),
    ("en", "Unfortunately Acme will not be progressing your application for the analyst role."),
    ("en", "I'm sorry to say that Northwind has not shortlisted your application for the analyst role."),
    ("en", "Your application for the analyst role was declined Monday by the hiring team."),
    ("en", "Unfortunately Globex did not progress your application for the analyst role."),
    ("nl", "Helaas is Acme niet verder gegaan met je sollicitatie voor de functie van analist."),
    ("de", "Leider hat Acme Ihnen eine Absage für die Stelle als Analyst erteilt."),
    ("fr", "Malheureusement, Acme n'a pas retenu votre candidature pour le poste d'analyste."),
    ("es", "Lamentablemente, Acme no ha seleccionado tu candidatura para el puesto de analista."),
    ("pt", "Infelizmente, a Acme não selecionou a sua candidatura para a vaga de analista."),
    # the reader is asked to tell a named colleague something about themselves: still the reader's rejection
    ("en", "Unfortunately we have decided not to progress your application. If you would like feedback, let "
           "Priya know and she will call you."),
    ("en", "Unfortunately we have decided not to progress your application. Please tell Priya that you would "
           "like feedback."),
    ("en", "Unfortunately we have decided not to progress your application. Do let Priya know that you are "
           "still interested in future roles."),
    ("nl", "Helaas hebben we besloten niet verder te gaan met je sollicitatie. Laat Priya weten dat je feedback wilt."),
    ("de", "Leider haben wir uns gegen Ihre Bewerbung entschieden. Sagen Sie Frau Brandt bitte, dass Sie "
           "Feedback wünschen."),
    ("fr", "Malheureusement, nous ne donnerons pas suite à votre candidature. N'hésitez pas à informer Marie "
           "que vous souhaitez un retour."),
    ("es", "Lamentablemente no seguiremos adelante con tu candidatura. Puedes avisar a Marta de que te interesa "
           "recibir feedback."),
    ("pt", "Infelizmente não vamos avançar com a sua candidatura. Pode avisar a Marta de que gostaria de "
           "receber feedback."),
    # a capitalised job title where a name could stand
    ("en", "Thank you for your application for the analyst role. Unfortunately we are not moving forward with Senior "
           "Analyst candidates this year, so your application will not go further."),
    ("en", "Thank you for your application for the analyst role. Unfortunately we will not be progressing Graduate "
           "Scheme applications this year, so we cannot take yours further."),
    # the colleague who referred the reader is named; the decision is the reader's
    ("de", "Frau Brandt hat Sie uns empfohlen. Leider können wir Ihnen für die Stelle als Analyst keine Zusage geben."),
    ("fr", "Hugo nous a recommandé votre profil. Malheureusement, votre candidature pour le poste d'analyste n'a pas "
           "été retenue."),
]


@pytest.mark.parametrize(("lang", "sentence"), ABOUT_THE_READER,
                         ids=[f"{i}:{c[0]}" for i, c in enumerate(ABOUT_THE_READER)])
def test_a_company_named_beside_the_readers_rejection(lang: str, sentence: str) -> None:
    assert found(note(lang, sentence))


# --- someone else's rejection forwarded to the reader for advice --------------------------------------------------
def forward(sender: str, to: str, note: str, greeting: str, letter_body: str, addressed: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, "Fwd: Your application"
    msg.set_content(f"{note}\n\n---------- Forwarded message ---------\nFrom: Acme Careers <jobs@acme.example>\n"
                    f"To: {addressed}\nSubject: Your application\n\n{greeting}\n\n{letter_body}\n\nAcme Careers")
    return bytes(msg)


FRIEND, PRIYA = "Jo Park <jo@example.org>", "Priya Shah <priya@example.org>"
FORWARDED_TO_SOMEONE_ELSE = [
    (FRIEND, READER["en"], "Hi Sam,\n\nPriya got this today, what do you make of it? Should she ask for feedback?",
     "Dear Priya,", "Unfortunately we will not be moving forward with your application for the analyst role.", PRIYA),
    (FRIEND, READER["en"], "Hi Sam,\n\nMy sister got this rejection, any advice?", "Dear Priya,",
     "Unfortunately we have decided not to progress your application.", "priya@example.org"),
    # the reader forwards a friend's rejection (their own sent mail is 'own' in the pipeline; the classifier agrees)
    (READER["en"], "Alex Kim <alex@example.org>", "Hi Alex,\n\nMy friend Priya got this, what do you think?",
     "Dear Priya,", "Unfortunately we have decided not to progress your application.", PRIYA),
    (FRIEND, READER["nl"], "Hoi Noor,\n\nDeze kreeg Priya vandaag, wat vind jij ervan?", "Beste Priya,",
     "Helaas hebben we besloten niet verder te gaan met je sollicitatie.", PRIYA),
    (FRIEND, READER["es"], "Hola Lucía:\n\nA Priya le ha llegado esto, ¿qué opinas?", "Hola Priya:",
     "Lamentablemente hemos decidido no seguir adelante con tu candidatura.", PRIYA),
]


@pytest.mark.parametrize(("sender", "to", "note", "greeting", "letter_body", "addressed"), FORWARDED_TO_SOMEONE_ELSE)
def test_someone_elses_rejection_forwarded_is_no_rejection(sender: str, to: str, note: str, greeting: str,
                                                           letter_body: str, addressed: str) -> None:
    assert not found(forward(sender, to, note, greeting, letter_body, addressed))


FORWARDED_ABOUT_THE_READER = [
    # an HR colleague forwards the letter that went to the reader's old address
    (SENDER, READER["en"], "Hi Sam,\n\nForwarding this as it went to your old address, sorry.", "Dear Sam,",
     "Unfortunately we have decided not to progress your application.", "Sam Rivera <sam@old.example>"),
    # the letter greets no one by name, sent to the reader's other address
    (SENDER, READER["en"], "Hi Sam,\n\nThis came in for you, sorry.", "Dear Candidate,",
     "Unfortunately we have decided not to progress your application.", "sam.rivera@old.example"),
    # a recruiter forwards the client's answer about the reader (the letter was written to the recruiter)
    ("Dana Whitfield <dana@agency.example>", READER["en"], "Hi Sam,\n\nSorry, see below.", "Hi Dana,",
     "We have decided not to move forward with Sam for the analyst role.", "Dana Whitfield <dana@agency.example>"),
]


@pytest.mark.parametrize(("sender", "to", "note", "greeting", "letter_body", "addressed"), FORWARDED_ABOUT_THE_READER)
def test_the_readers_rejection_forwarded_is_found(sender: str, to: str, note: str, greeting: str, letter_body: str,
                                                  addressed: str) -> None:
    assert found(forward(sender, to, note, greeting, letter_body, addressed))
