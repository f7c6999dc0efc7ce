"""Structure sweep (session 17): plain, common rejection sentences and their look-alikes in six languages, sent in the
shapes real mail takes rather than in new wording: an ATS's HTML-only template (tables, <br> lines, entities, a hidden
preheader, a button, a long English legal footer under a letter in another language), multipart/alternative whose text
part is only a "view this mail in your browser" stub, quoted-printable with soft breaks inside words, base64, UTF-8
declared as Latin-1 and Latin-1 declared as UTF-8, RFC 2047 subjects, non-breaking spaces and soft hyphens inside words,
hard wraps at 72 columns, replies on top of the reader's quoted application under Outlook's header block in each
language ("Van:/Verzonden:", "Von:/Gesendet:", "De :/Envoyé :", "De:/Enviado:"), a reader's forward of a rejection to a
friend, long pleasantries before the decision and disclaimers after it. All texts are written for this file.
"""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest
from labelled import found

READER = "Sam Rivera <sam@example.net>"

# --- the letters: (language, sender, subject, body); the body's paragraphs are separated by blank lines -------------

REJECTION_LETTERS = [
    ("en", "Talent Team <careers@northwind.example>", "Your application for Data Analyst",
     "Dear Sam,\n\nThank you for applying for the Data Analyst position at Northwind.\n\n"
     "After careful consideration, we have decided not to move forward with your application at this time.\n\n"
     "We wish you the best of luck in your job search.\n\nKind regards,\nThe Northwind Talent Team"),
    ("en", "Harper Lee <harper@brightline.example>", "Update on your application",
     "Hi Sam,\n\nThanks so much for taking the time to interview with us last week. Unfortunately, we have decided "
     "to proceed with another candidate whose experience more closely matches our needs.\n\n"
     "Best wishes,\nHarper"),
    ("de", "Recruiting <jobs@havelwerk.example>", "Ihre Bewerbung als Projektleiter (m/w/d)",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen.\n\n"
     "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.\n\n"
     "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Havelwerk Recruiting"),
    ("de", "Jana Köhler <j.koehler@lindenhof.example>", "Rückmeldung zu Ihrer Bewerbung",
     "Hallo Herr Rivera,\n\nnach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihre Bewerbung leider nicht "
     "berücksichtigen.\n\nViele Grüße\nJana Köhler"),
    ("fr", "Service RH <rh@boulanger-freres.example>", "Votre candidature au poste de comptable",
     "Bonjour Monsieur Rivera,\n\nNous vous remercions de l'intérêt que vous portez à notre société.\n\n"
     "Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas "
     "été retenue.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nCordialement,\nLe service RH"),
    ("fr", "Claire Morel <claire.morel@atelier-lumen.example>", "Suite à votre entretien",
     "Bonjour Sam,\n\nMerci d'avoir pris le temps de nous rencontrer. Malheureusement, nous avons décidé de "
     "poursuivre avec un autre candidat.\n\nBonne continuation,\nClaire"),
    ("es", "Selección <seleccion@grupo-olivar.example>", "Tu candidatura para Técnico de Soporte",
     "Hola Sam,\n\nGracias por tu interés en formar parte de Grupo Olivar.\n\n"
     "Lamentablemente, en esta ocasión hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a "
     "lo que buscamos.\n\nTe deseamos mucha suerte en tu búsqueda.\n\nUn saludo,\nEquipo de Selección"),
    ("es", "Marta Ibáñez <marta@clinica-sol.example>", "Proceso de selección - Recepcionista",
     "Estimado Sam:\n\nLe agradecemos su participación en nuestro proceso de selección. Lamentamos comunicarle que "
     "no ha sido seleccionado para el puesto.\n\nAtentamente,\nMarta Ibáñez"),
    ("nl", "Werving & Selectie <vacatures@dijkstra-bouw.example>", "Je sollicitatie als werkvoorbereider",
     "Beste Sam,\n\nBedankt voor je sollicitatie en je interesse in Dijkstra Bouw.\n\n"
     "Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat.\n\n"
     "We wensen je veel succes met je zoektocht.\n\nMet vriendelijke groet,\nTeam Werving & Selectie"),
    ("nl", "Femke de Boer <femke@kapsalon-knip.example>", "Terugkoppeling sollicitatie",
     "Hoi Sam,\n\nNa het gesprek van vorige week hebben we besloten om niet verder te gaan met je sollicitatie.\n\n"
     "Succes verder!\nFemke"),
    ("pt", "Recrutamento <vagas@casa-azulejo.example>", "Sua candidatura para Assistente Administrativo",
     "Olá Sam,\n\nAgradecemos o seu interesse em fazer parte da nossa equipe.\n\n"
     "Infelizmente, informamos que você não foi selecionado para seguir no processo seletivo.\n\n"
     "Desejamos sucesso na sua trajetória.\n\nAtenciosamente,\nEquipe de Recrutamento"),
    ("pt", "Rui Tavares <rui.tavares@vinhas-douro.example>", "Candidatura - Técnico de Vendas",
     "Caro Sam,\n\nObrigado pela sua candidatura. Lamentamos informar que decidimos avançar com outro candidato "
     "para esta posição.\n\nCumprimentos,\nRui Tavares"),
]

LOOK_ALIKE_LETTERS = [
    ("en", "Talent Team <careers@northwind.example>", "We received your application",
     "Dear Sam,\n\nThank you for applying for the Data Analyst position at Northwind. We have received your "
     "application and our team will review it carefully.\n\nIf your profile matches our needs, we will contact you "
     "within two weeks.\n\nKind regards,\nThe Northwind Talent Team"),
    ("en", "Harper Lee <harper@brightline.example>", "Interview invitation",
     "Hi Sam,\n\nThanks for your application! We would love to invite you to an interview next Tuesday at 10am. "
     "Please let me know if that works for you.\n\nBest wishes,\nHarper"),
    ("de", "Recruiting <jobs@havelwerk.example>", "Eingangsbestätigung Ihrer Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Projektleiter. Ihre Unterlagen sind bei uns "
     "eingegangen und werden derzeit geprüft.\n\nWir melden uns in den nächsten Wochen bei Ihnen.\n\n"
     "Mit freundlichen Grüßen\nIhr Havelwerk Recruiting"),
    ("de", "Jobletter <alerts@stellenportal.example>", "Neue Stellenangebote für Sie",
     "Hallo Sam,\n\nwir haben 5 neue Stellen gefunden, die zu Ihrem Suchprofil passen: Projektleiter Bau, "
     "Bauleiter Tiefbau, Technischer Zeichner.\n\nJetzt bewerben und keine Chance verpassen!\n\nIhr Stellenportal"),
    ("fr", "Service RH <rh@boulanger-freres.example>", "Invitation à un entretien",
     "Bonjour Monsieur Rivera,\n\nNous vous remercions pour votre candidature au poste de comptable. Nous "
     "souhaiterions vous rencontrer pour un entretien le jeudi 4 décembre à 14h.\n\nCordialement,\nLe service RH"),
    ("fr", "Banque Horizon <info@banque-horizon.example>", "Votre demande de prêt",
     "Bonjour Monsieur Rivera,\n\nNous avons bien étudié votre demande de prêt immobilier. Malheureusement, nous ne "
     "pouvons pas y donner une suite favorable pour le moment.\n\nCordialement,\nVotre conseiller"),
    ("es", "Selección <seleccion@grupo-olivar.example>", "Hemos recibido tu candidatura",
     "Hola Sam,\n\nGracias por tu interés en formar parte de Grupo Olivar. Hemos recibido tu candidatura para "
     "Técnico de Soporte y la estamos revisando.\n\nTe escribiremos en cuanto tengamos novedades.\n\n"
     "Un saludo,\nEquipo de Selección"),
    ("es", "Boletín Empleo <boletin@empleo-hoy.example>", "Ofertas de empleo de esta semana",
     "Hola Sam,\n\nEstas son las ofertas más recientes que coinciden con tu búsqueda: Técnico de Soporte en "
     "Madrid, Administrativo en Valencia.\n\nNo dejes pasar la oportunidad.\n\nEl equipo de Empleo Hoy"),
    ("nl", "Werving & Selectie <vacatures@dijkstra-bouw.example>", "Uitnodiging sollicitatiegesprek",
     "Beste Sam,\n\nBedankt voor je sollicitatie. We willen je graag uitnodigen voor een gesprek op woensdag om "
     "14.00 uur.\n\nLaat je even weten of dat past?\n\nMet vriendelijke groet,\nTeam Werving & Selectie"),
    ("nl", "Gemeente Zuidhaven <noreply@zuidhaven.example>", "Uw aanvraag parkeervergunning",
     "Geachte heer Rivera,\n\nHelaas moeten wij u laten weten dat uw aanvraag voor een parkeervergunning is "
     "afgewezen, omdat uw adres buiten de zone valt.\n\nMet vriendelijke groet,\nGemeente Zuidhaven"),
    ("pt", "Recrutamento <vagas@casa-azulejo.example>", "Recebemos sua candidatura",
     "Olá Sam,\n\nAgradecemos o seu interesse em fazer parte da nossa equipe. Sua candidatura foi recebida com "
     "sucesso e está em análise.\n\nEntraremos em contato em breve.\n\nAtenciosamente,\nEquipe de Recrutamento"),
    ("pt", "Rui Tavares <rui.tavares@vinhas-douro.example>", "Convite para entrevista",
     "Caro Sam,\n\nObrigado pela sua candidatura. Gostaríamos de convidá-lo para uma entrevista na próxima "
     "segunda-feira às 15h.\n\nCumprimentos,\nRui Tavares"),
]

# --- the shapes ---------------------------------------------------------------------------------------------------

LEGAL_FOOTER = (
    "This email and any attachments are confidential and intended solely for the addressee. If you have received "
    "this email in error, please notify the sender and delete it. We process your personal data in accordance with "
    "our Privacy Notice and applicable data protection law, including the General Data Protection Regulation. You can "
    "request access to, correction or deletion of your data at any time. Please do not reply to this automated "
    "message; this mailbox is not monitored. Powered by our applicant tracking system. Unsubscribe from job alerts.")
STUB = {"en": "View this email in your browser.", "de": "Diese E-Mail im Browser ansehen.",
        "fr": "Afficher cet e-mail dans votre navigateur.", "es": "Ver este correo en tu navegador.",
        "nl": "Bekijk deze e-mail in je browser.", "pt": "Veja este e-mail no seu navegador."}
QUOTE_HEADERS = {  # Outlook's header block over the quoted mail, as each language's Outlook writes it
    "en": "From: Sam Rivera <sam@example.net>\nSent: Monday, 3 November 2026 09:12\nTo: {to}\nSubject: Application",
    "de": "Von: Sam Rivera <sam@example.net>\nGesendet: Montag, 3. November 2026 09:12\nAn: {to}\nBetreff: Bewerbung",
    "fr": "De : Sam Rivera <sam@example.net>\nEnvoyé : lundi 3 novembre 2026 09:12\nÀ : {to}\nObjet : Candidature",
    "es": "De: Sam Rivera <sam@example.net>\nEnviado: lunes, 3 de noviembre de 2026 9:12\nPara: {to}\n"
          "Asunto: Candidatura",
    "nl": "Van: Sam Rivera <sam@example.net>\nVerzonden: maandag 3 november 2026 09:12\nAan: {to}\n"
          "Onderwerp: Sollicitatie",
    "pt": "De: Sam Rivera <sam@example.net>\nEnviada em: segunda-feira, 3 de novembro de 2026 09:12\nPara: {to}\n"
          "Assunto: Candidatura",
}
READER_APPLICATION = (  # the reader's own letter, in English whatever the reply's language
    "Dear hiring team,\n\nI am writing to apply for the open position. I have five years of experience and I would "
    "be glad to discuss how I can contribute to your team. I look forward to hearing from you.\n\nBest regards,\n"
    "Sam Rivera")


def _headers(msg, sender: str, subject: str) -> None:
    msg["From"], msg["To"], msg["Subject"] = sender, READER, subject


def plain(sender: str, subject: str, body: str, charset: str = "utf-8", cte: str | None = None) -> bytes:
    msg = EmailMessage()
    _headers(msg, sender, subject)
    msg.set_content(body, charset=charset, cte=cte)
    return bytes(msg)


def _paragraphs_html(body: str) -> str:
    """A letter as an ATS writes it: each paragraph a <p>, its lines joined by <br>, spaces after some full stops as
    &nbsp; and accented letters as entities."""
    def entities(text: str) -> str:
        return (text.replace("&", "&amp;").replace("é", "&eacute;").replace("ü", "&uuml;").replace("'", "&#39;")
                .replace(". ", ".&nbsp; "))
    style = "margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#333333;"
    return "\n".join(f'<p style="{style}">{"<br>".join(entities(line) for line in para.split(chr(10)))}</p>'
                     for para in body.split("\n\n"))


def ats_html(body: str, preheader: str = "An update on your application", button: str = "View my applications") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{padding:0}.btn{color:#fff}</style></head><body>'
        f'<div style="display:none;max-height:0;overflow:hidden;">{preheader}&nbsp;&zwnj;&nbsp;&zwnj;</div>'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">'
        '<tr><td style="padding:24px;"><img src="https://cdn.example/logo.png" alt="Logo" width="120"></td></tr>'
        f'<tr><td style="padding:0 24px;">{_paragraphs_html(body)}</td></tr>'
        '<tr><td style="padding:24px;"><a href="https://ats.example/portal" class="btn" '
        f'style="background:#0055aa;padding:10px 18px;border-radius:4px;">{button}</a></td></tr>'
        f'<tr><td style="padding:24px;font-size:11px;color:#999999;">{LEGAL_FOOTER}</td></tr>'
        '</table></td></tr></table></body></html>')


def html_only(sender: str, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    _headers(msg, sender, subject)
    msg.set_content(ats_html(body), subtype="html")
    return bytes(msg)


def stub_alternative(sender: str, subject: str, body: str, lang: str) -> bytes:
    """multipart/alternative whose text part is only the browser link: the letter is in the HTML part alone."""
    msg = MIMEMultipart("alternative")
    _headers(msg, sender, subject)
    msg.attach(MIMEText(STUB[lang] + "\nhttps://ats.example/view/8812", "plain", "utf-8"))
    msg.attach(MIMEText(ats_html(body), "html", "utf-8"))
    return msg.as_bytes()


def qp_soft_breaks(sender: str, subject: str, body: str) -> bytes:
    """Quoted-printable with a soft line break every 23 characters, inside words as an encoder that counts bytes
    leaves them."""
    encoded = "".join(f"={b:02X}" if b > 126 or b == 61 else chr(b) for b in body.encode("utf-8"))
    lines = []
    for line in encoded.split("\n"):
        while len(line) > 23:
            cut = 23 if "=" not in line[20:23] else line.index("=", 20)  # never inside an =XX escape
            lines.append(line[:cut] + "=")
            line = line[cut:]
        lines.append(line)
    head = (f"From: {sender}\nTo: {READER}\nSubject: {subject}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n")
    return head.encode("utf-8") + "\n".join(lines).encode("ascii") + b"\n"


def raw_charset(sender: str, subject: str, body: str, wrote: str, declared: str) -> bytes:
    """The body's bytes in one charset under a Content-Type that declares another (base64, so no line is touched)."""
    head = (f"From: {sender}\nTo: {READER}\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset={declared}\nContent-Transfer-Encoding: base64\n\n")
    payload = base64.encodebytes(body.encode(wrote, errors="replace"))
    return head.encode("utf-8") + payload


def wrapped_72(body: str) -> str:
    """Hard wraps at 72 columns, as a plain-text mail client sends."""
    out = []
    for line in body.split("\n"):
        while len(line) > 72:
            cut = line.rfind(" ", 0, 72)
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def odd_spaces(body: str) -> str:
    """Non-breaking spaces between the words of each sentence's middle, a soft hyphen and a zero-width space inside
    long words (as a word processor or an HTML editor leaves them)."""
    words = []
    for i, word in enumerate(body.split(" ")):
        if len(word) > 9 and word.isalpha():
            word = word[:4] + "\u00ad" + word[4:7] + "\u200b" + word[7:]
        words.append(word + ("\u00a0" if i % 3 == 1 else " "))
    return "".join(words).rstrip()


def reply_on_application(sender: str, subject: str, body: str, lang: str) -> bytes:
    quote = QUOTE_HEADERS[lang].format(to=sender)
    return plain(sender, "RE: " + subject, f"{body}\n\n{quote}\n\n{READER_APPLICATION}")


def with_english_frame(sender: str, subject: str, body: str) -> bytes:
    """A letter in its language under an English subject and above a long English legal footer."""
    return plain(sender, "Your application - update", f"{body}\n\n--\n{LEGAL_FOOTER}\n{LEGAL_FOOTER}")


def long_preamble(body: str, lang: str) -> str:
    """The decision after a long recap of the job and the process (the greeting kept first)."""
    recap = {
        "en": "As you know, the role covers reporting, stakeholder meetings and the monthly close, and we received a "
              "large number of applications from strong candidates across the region. Our team met several times to "
              "compare profiles, and we truly enjoyed learning about your background and your projects.",
        "de": "Wie Sie wissen, umfasst die Stelle das Berichtswesen, Abstimmungen mit den Fachbereichen und den "
              "Monatsabschluss. Wir haben sehr viele Bewerbungen von starken Kandidaten erhalten und uns mehrfach "
              "im Team abgestimmt. Ihr Werdegang und Ihre Projekte haben uns sehr interessiert.",
        "fr": "Comme vous le savez, le poste couvre le reporting, les réunions avec les équipes métier et la clôture "
              "mensuelle. Nous avons reçu un très grand nombre de candidatures de qualité et notre équipe s'est réunie "
              "plusieurs fois pour comparer les profils. Nous avons apprécié de découvrir votre parcours.",
        "es": "Como sabes, el puesto incluye informes, reuniones con los equipos y el cierre mensual. Hemos recibido "
              "un gran número de candidaturas muy buenas y el equipo se ha reunido varias veces para comparar los "
              "perfiles. Nos ha gustado mucho conocer tu trayectoria y tus proyectos.",
        "nl": "Zoals je weet gaat de functie over rapportages, overleg met de afdelingen en de maandafsluiting. We "
              "kregen heel veel sterke reacties en hebben in het team meerdere keren de profielen vergeleken. We "
              "vonden het erg leuk om over je achtergrond en je projecten te lezen.",
        "pt": "Como sabe, a função inclui relatórios, reuniões com as equipes e o fechamento mensal. Recebemos um "
              "grande número de candidaturas excelentes e a equipe se reuniu várias vezes para comparar os perfis. "
              "Gostamos muito de conhecer a sua trajetória e os seus projetos.",
    }[lang]
    greeting, _sep, rest = body.partition("\n\n")
    return f"{greeting}\n\n{recap}\n\n{recap}\n\n{rest}"


SIGNATURE = ("\n\n--\nPeople & Culture | Head Office\nT +31 20 555 0100 | M +31 6 5555 0101\nwww.example.com\n"
             "Please consider the environment before printing this email.\n" + LEGAL_FOOTER)


def shapes(letter: tuple[str, str, str, str]) -> list[tuple[str, bytes]]:
    lang, sender, subject, body = letter
    return [
        ("html", html_only(sender, subject, body)),
        ("stub-alternative", stub_alternative(sender, subject, body, lang)),
        ("qp-soft-breaks", qp_soft_breaks(sender, subject, body)),
        ("utf8-declared-latin1", raw_charset(sender, subject, body, "utf-8", "iso-8859-1")),
        ("latin1-declared-utf8", raw_charset(sender, subject, body, "windows-1252", "utf-8")),
        ("wrapped-72", plain(sender, subject, wrapped_72(long_preamble(body, lang)))),
        ("odd-spaces", plain(sender, subject, odd_spaces(body))),
        ("reply-on-application", reply_on_application(sender, subject, body, lang)),
        ("english-frame", with_english_frame(sender, subject, body)),
        ("signature", plain(sender, subject, body + SIGNATURE)),
    ]


def _cases(letters: list[tuple[str, str, str, str]]) -> list:
    cases = []
    for n, letter in enumerate(letters):
        for shape, raw in shapes(letter):
            cases.append(pytest.param(raw, id=f"{letter[0]}{n}-{shape}"))
    return cases


@pytest.mark.parametrize("raw", _cases(REJECTION_LETTERS))
def test_rejection_found_in_any_shape(raw: bytes) -> None:
    assert found(raw)


@pytest.mark.parametrize("raw", _cases(LOOK_ALIKE_LETTERS))
def test_look_alike_not_found_in_any_shape(raw: bytes) -> None:
    assert not found(raw)


# --- replies and forwards ------------------------------------------------------------------------------------------

NEW_ROLE_INVITATION = {  # the employer's later mail on top of the thread that holds its earlier rejection
    "en": "Hi Sam,\n\nA new opening in our reporting team has come up and your profile fits it well. Would you be "
          "available for a call on Thursday?\n\nBest,\nHarper",
    "de": "Hallo Herr Rivera,\n\ninzwischen ist bei uns eine neue Stelle im Controlling frei geworden, die gut zu "
          "Ihrem Profil passt. Hätten Sie am Donnerstag Zeit für ein kurzes Telefonat?\n\nViele Grüße\nJana Köhler",
    "fr": "Bonjour Sam,\n\nUn nouveau poste vient de s'ouvrir dans notre équipe et votre profil nous semble "
          "correspondre. Seriez-vous disponible jeudi pour un échange téléphonique ?\n\nBien à vous,\nClaire",
    "es": "Hola Sam:\n\nSe ha abierto una nueva vacante en nuestro equipo y tu perfil encaja muy bien. ¿Tendrías un "
          "momento el jueves para una llamada?\n\nUn saludo,\nMarta",
    "nl": "Hoi Sam,\n\nEr is bij ons een nieuwe vacature vrijgekomen die goed bij je profiel past. Heb je donderdag "
          "tijd voor een kort telefoongesprek?\n\nGroet,\nFemke",
    "pt": "Olá Sam,\n\nAbriu uma nova vaga na nossa equipe e o seu perfil se encaixa muito bem. Você teria "
          "disponibilidade na quinta-feira para uma conversa rápida?\n\nAbraços,\nRui",
}
OUTLOOK_FROM_EMPLOYER = {  # Outlook's header block over the employer's own earlier mail to the reader
    "en": "From: {sender}\nSent: Friday, 10 October 2026 16:40\nTo: Sam Rivera <sam@example.net>\nSubject: {subject}",
    "de": "Von: {sender}\nGesendet: Freitag, 10. Oktober 2026 16:40\nAn: Sam Rivera <sam@example.net>\n"
          "Betreff: {subject}",
    "fr": "De : {sender}\nEnvoyé : vendredi 10 octobre 2026 16:40\nÀ : Sam Rivera <sam@example.net>\nObjet : {subject}",
    "es": "De: {sender}\nEnviado el: viernes, 10 de octubre de 2026 16:40\nPara: Sam Rivera <sam@example.net>\n"
          "Asunto: {subject}",
    "nl": "Van: {sender}\nVerzonden: vrijdag 10 oktober 2026 16:40\nAan: Sam Rivera <sam@example.net>\n"
          "Onderwerp: {subject}",
    "pt": "De: {sender}\nEnviado: sexta-feira, 10 de outubro de 2026 16:40\nPara: Sam Rivera <sam@example.net>\n"
          "Assunto: {subject}",
}
FORWARD_PREFIX = {"en": "FW", "de": "WG", "fr": "TR", "es": "RV", "nl": "Doorst", "pt": "Enc"}
READER_NOTE = {  # the reader's note to a friend above the rejection they forward
    "en": "Hey Alex, this one came in this morning. Can you have a look at it before I answer? Thanks, Sam",
    "de": "Hi Alex, das kam heute Morgen. Kannst du mal drüberschauen, bevor ich antworte? Danke, Sam",
    "fr": "Salut Alex, voilà ce que j'ai reçu ce matin. Tu peux y jeter un œil avant que je réponde ? Merci, Sam",
    "es": "Hola Alex, esto me llegó esta mañana. ¿Le echas un vistazo antes de que conteste? Gracias, Sam",
    "nl": "Hoi Alex, dit kwam vanochtend binnen. Kun je even meelezen voordat ik antwoord? Dank je, Sam",
    "pt": "Oi Alex, isso chegou hoje de manhã. Pode dar uma olhada antes de eu responder? Valeu, Sam",
}


def invitation_on_old_rejection(letter: tuple[str, str, str, str]) -> bytes:
    """The employer writes again about a new role, on top of its own earlier rejection quoted by Outlook."""
    lang, sender, subject, body = letter
    quote = OUTLOOK_FROM_EMPLOYER[lang].format(sender=sender, subject=subject)
    return plain(sender, "RE: " + subject, f"{NEW_ROLE_INVITATION[lang]}\n\n{quote}\n\n{body}")


GMAIL_ATTRIBUTION = {  # a reply's attribution line as Gmail writes it in each language
    "en": "On Fri, 10 Oct 2026 at 16:40, {sender} wrote:", "de": "Am Fr., 10. Okt. 2026 um 16:40 Uhr schrieb {sender}:",
    "fr": "Le ven. 10 oct. 2026 à 16:40, {sender} a écrit :",
    "es": "El vie, 10 oct 2026 a las 16:40, {sender} escribió:",
    "nl": "Op vr 10 okt 2026 om 16:40 schreef {sender}:",
    "pt": "Em sex., 10 de out. de 2026 às 16:40, {sender} escreveu:",
}


def invitation_on_gmail_quote(letter: tuple[str, str, str, str]) -> bytes:
    """...the same under Gmail's attribution line, the earlier rejection quoted with ">"."""
    lang, sender, subject, body = letter
    quoted = "\n".join("> " + line for line in body.split("\n"))
    return plain(sender, "Re: " + subject,
                 f"{NEW_ROLE_INVITATION[lang]}\n\n{GMAIL_ATTRIBUTION[lang].format(sender=sender)}\n{quoted}")


def invitation_on_bold_headers(letter: tuple[str, str, str, str]) -> bytes:
    """...and under Outlook's header block with its names in bold ("*Von:* ..."), as a client writes an HTML reply
    out as plain text."""
    lang, sender, subject, body = letter
    block = OUTLOOK_FROM_EMPLOYER[lang].format(sender=sender, subject=subject)
    bold = "\n".join("*{}:*{}".format(*line.split(":", 1)) for line in block.split("\n"))
    return plain(sender, "RE: " + subject, f"{NEW_ROLE_INVITATION[lang]}\n\n{bold}\n\n{body}")


def reader_forward(letter: tuple[str, str, str, str]) -> bytes:
    """The reader forwards the rejection they received to a friend (Outlook's header block, no dashed marker)."""
    lang, sender, subject, body = letter
    quote = OUTLOOK_FROM_EMPLOYER[lang].format(sender=sender, subject=subject)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = READER, "Alex Kim <alex.kim@example.org>", \
        f"{FORWARD_PREFIX[lang]}: {subject}"
    msg.set_content(f"{READER_NOTE[lang]}\n\n{quote}\n\n{body}")
    return bytes(msg)


@pytest.mark.parametrize("letter", REJECTION_LETTERS, ids=[f"{x[0]}{n}" for n, x in enumerate(REJECTION_LETTERS)])
def test_new_invitation_on_top_of_an_old_rejection_is_no_rejection(letter: tuple[str, str, str, str]) -> None:
    assert not found(invitation_on_old_rejection(letter))


@pytest.mark.parametrize("letter", REJECTION_LETTERS, ids=[f"{x[0]}{n}" for n, x in enumerate(REJECTION_LETTERS)])
def test_new_invitation_on_a_gmail_quoted_rejection_is_no_rejection(letter: tuple[str, str, str, str]) -> None:
    assert not found(invitation_on_gmail_quote(letter))


@pytest.mark.parametrize("letter", REJECTION_LETTERS, ids=[f"{x[0]}{n}" for n, x in enumerate(REJECTION_LETTERS)])
def test_new_invitation_on_bold_outlook_headers_is_no_rejection(letter: tuple[str, str, str, str]) -> None:
    assert not found(invitation_on_bold_headers(letter))


@pytest.mark.parametrize("letter", REJECTION_LETTERS, ids=[f"{x[0]}{n}" for n, x in enumerate(REJECTION_LETTERS)])
def test_reader_forwarding_their_rejection_to_a_friend_is_no_new_rejection(letter: tuple[str, str, str, str]) -> None:
    assert not found(reader_forward(letter))


# --- hand-built shapes: two languages in one letter, the decision in the subject, short notes a guesser may give to a
# sibling language, entities and odd bytes in the decision itself ------------------------------------------------------

def html_mail(sender: str, subject: str, markup: str) -> bytes:
    msg = EmailMessage()
    _headers(msg, sender, subject)
    msg.set_content(f"<html><body>{markup}</body></html>", subtype="html")
    return bytes(msg)


def raw_subject(sender: str, encoded_subject: str, body: str) -> bytes:
    """A subject as the sender's client encoded it (RFC 2047, any charset), the body plain UTF-8."""
    return (f"From: {sender}\nTo: {READER}\nSubject: {encoded_subject}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n").encode() + body.encode()


HR_BE = "HR Brasserie Lambiek <jobs@lambiek.example>"
HR_CH = "Personal <personal@alpentech.example>"
RH_IB = "RRHH <rrhh@iberica-log.example>"

EXTRA_REJECTIONS = [
    ("bilingual-fr-nl", plain(HR_BE, "Votre candidature / Uw kandidatuur",
     "Madame, Monsieur,\n\nNous vous remercions pour votre candidature. Malheureusement, nous avons retenu un autre "
     "profil pour ce poste.\n\nCordialement,\nService RH\n\n---\n\nGeachte heer, mevrouw,\n\nBedankt voor uw "
     "kandidatuur. Helaas hebben wij voor een ander profiel gekozen voor deze functie.\n\nMet vriendelijke groeten,\n"
     "Dienst HR")),
    ("bilingual-de-en", plain(HR_CH, "Ihre Bewerbung / Your application",
     "(English version below)\n\nSehr geehrter Herr Rivera,\n\nbesten Dank für Ihre Bewerbung. Leider können wir "
     "Ihnen keine Stelle anbieten.\n\nFreundliche Grüsse\nAlpentech Personal\n\n***\n\nDear Mr Rivera,\n\nThank you "
     "for your application. Unfortunately we are unable to offer you a position.\n\nKind regards\nAlpentech HR")),
    ("bilingual-es-pt", plain(RH_IB, "Candidatura / Candidatura",
     "Hola Sam,\n\nGracias por tu candidatura. Sentimos comunicarte que no seguirás en el proceso.\n\n"
     "Olá Sam,\n\nObrigado pela sua candidatura. Lamentamos informar que você não seguirá no processo.\n\n"
     "Equipo RRHH / Equipa RH")),
    ("short-de", plain("Tom Berger <tom@berger-holz.example>", "Aushilfe Werkstatt",
     "Hallo Sam, leider ist die Stelle schon vergeben. Trotzdem danke für dein Interesse! Gruß Tom")),
    ("short-es", plain("Lucía <lucia@cafeteria-plaza.example>", "Camarero fines de semana",
     "Hola Sam, lo siento, pero el puesto ya está cubierto. ¡Mucha suerte! Lucía")),
    ("short-pt", plain("Joana <joana@padaria-sol.example>", "Vaga de atendente",
     "Oi Sam, infelizmente a vaga já foi preenchida. Obrigada pelo interesse! Joana")),
    ("short-fr", plain("Luc <luc@garage-dupont.example>", "Poste de mécanicien",
     "Bonjour Sam, désolé mais le poste a déjà été pourvu. Bonne chance pour la suite. Luc")),
    ("entities-en", html_mail("Talent <talent@quayside.example>", "Your application",
     "<p>Hi Sam,</p><p>Thank you for your interest in Quayside. We&#8217;ve reviewed your application and "
     "we&rsquo;ve decided not to move forward with it at this&nbsp;time.</p><p>All the best,<br>Quayside Talent</p>")),
    ("entities-fr", html_mail("RH <rh@maison-vidal.example>", "Votre candidature",
     "<p>Bonjour Sam,</p><p>Nous sommes au regret de vous informer que votre candidature n&rsquo;a pas "
     "&eacute;t&eacute; retenue.</p><p>Cordialement,<br>Maison Vidal</p>")),
    ("entities-pt", html_mail("RH <rh@cafe-lisboa.example>", "Sua candidatura",
     "<p>Ol&aacute; Sam,</p><p>Infelizmente voc&ecirc; n&atilde;o foi selecionado para a vaga de barista.</p>"
     "<p>Atenciosamente,<br>Caf&eacute; Lisboa</p>")),
    ("soft-hyphen-entities-de", html_mail(HR_CH, "Ihre Bewerbung",
     "<p>Sehr geehrter Herr Rivera,</p><p>leider k&ouml;nnen wir Ihre Bewer&shy;bung nicht ber&uuml;ck&shy;sichtigen."
     "</p><p>Freundliche Gr&uuml;sse<br>Alpentech</p>")),
    ("br-inside-decision-fr", html_mail("RH <rh@maison-vidal.example>", "Votre candidature",
     "Bonjour Sam,<br><br>Après examen de votre dossier, nous avons décidé de ne pas donner<br>suite à votre "
     "candidature.<br><br>Bien cordialement,<br>Maison Vidal")),
    ("cp1252-labelled-utf8-en", raw_charset("Talent <talent@quayside.example>", "Your application",
     "Hi Sam,\n\nThanks for applying. We\u2019re sorry, but we won\u2019t be moving forward with your application."
     "\n\nBest,\nQuayside", "windows-1252", "utf-8")),
    ("latin1-subject-q-de", raw_subject(HR_CH, "=?iso-8859-1?Q?R=FCckmeldung_zu_Ihrer_Bewerbung?=",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen eine Absage erteilen.\n\nFreundliche Grüsse\nAlpentech")),
    ("utf8-subject-b-es", raw_subject(RH_IB, "=?utf-8?B?" + base64.b64encode("Tu candidatura – Logística".encode())
     .decode() + "?=",
     "Hola Sam:\n\nLamentablemente, no has sido seleccionado para el puesto.\n\nSaludos,\nRRHH")),
]

EXTRA_LOOK_ALIKES = [
    ("bilingual-fr-nl-received", plain(HR_BE, "Votre candidature / Uw kandidatuur",
     "Madame, Monsieur,\n\nNous avons bien reçu votre candidature et nous l'examinons avec attention.\n\n"
     "Cordialement,\nService RH\n\n---\n\nGeachte heer, mevrouw,\n\nWij hebben uw kandidatuur goed ontvangen en "
     "bekijken ze aandachtig.\n\nMet vriendelijke groeten,\nDienst HR")),
    ("bilingual-de-en-invitation", plain(HR_CH, "Einladung / Invitation",
     "(English version below)\n\nSehr geehrter Herr Rivera,\n\ngerne laden wir Sie zu einem Vorstellungsgespräch am "
     "Dienstag ein.\n\nFreundliche Grüsse\nAlpentech Personal\n\n***\n\nDear Mr Rivera,\n\nWe would like to invite "
     "you to an interview on Tuesday.\n\nKind regards\nAlpentech HR")),
    ("short-de-not-in-office", plain("Tom Berger <tom@berger-holz.example>", "Morgen",
     "Hallo Sam, leider bin ich morgen nicht in der Werkstatt. Komm doch am Freitag vorbei. Gruß Tom")),
    ("short-es-dinner", plain("Lucía <lucia@example.org>", "Cena del sábado",
     "Hola Sam, lo siento, pero el sábado no puedo ir a la cena. ¡Otro día! Lucía")),
    ("status-updated-no-decision", html_only("Careers <no-reply@ats.example>", "Your application status has changed",
     "Hi Sam,\n\nThe status of your application for Data Analyst has changed. Log in to your candidate portal to see "
     "the details.\n\nThe Careers Team")),
    ("entities-fr-received", html_mail("RH <rh@maison-vidal.example>", "Votre candidature",
     "<p>Bonjour Sam,</p><p>Nous avons bien re&ccedil;u votre candidature et nous reviendrons vers vous "
     "tr&egrave;s prochainement.</p><p>Cordialement,<br>Maison Vidal</p>")),
    ("job-alert-html-pt", html_only("Vagas <alertas@vagas-hoje.example>", "Novas vagas para você",
     "Olá Sam,\n\nEncontramos 8 novas vagas que combinam com o seu perfil: Barista, Atendente, Auxiliar "
     "administrativo.\n\nCandidate-se agora!")),
]


@pytest.mark.parametrize("raw", [pytest.param(raw, id=name) for name, raw in EXTRA_REJECTIONS])
def test_rejection_found_in_a_hand_built_shape(raw: bytes) -> None:
    assert found(raw)


@pytest.mark.parametrize("raw", [pytest.param(raw, id=name) for name, raw in EXTRA_LOOK_ALIKES])
def test_look_alike_not_found_in_a_hand_built_shape(raw: bytes) -> None:
    assert not found(raw)


# The decision in the subject only, the letter itself attached (the body a neutral cover note); and the same cover
# notes under subjects that decide nothing.
SUBJECT_ONLY = [
    ("Unsuccessful application - Data Analyst",
     "Dear Sam,\n\nPlease find attached a letter regarding your application.\n\nKind regards,\nNorthwind HR"),
    ("Absage auf Ihre Bewerbung als Lagerist",
     "Sehr geehrter Herr Rivera,\n\nim Anhang finden Sie unser Schreiben zu Ihrer Bewerbung.\n\n"
     "Mit freundlichen Grüßen\nHavelwerk Personal"),
    ("Réponse négative à votre candidature - Comptable",
     "Bonjour Monsieur Rivera,\n\nVous trouverez ci-joint notre courrier concernant votre candidature.\n\n"
     "Cordialement,\nLe service RH"),
    ("Candidatura no seleccionada - Recepcionista",
     "Estimado Sam:\n\nAdjuntamos nuestra carta relativa a su candidatura.\n\nAtentamente,\nClínica Sol"),
    ("Candidatura não selecionada - Assistente",
     "Olá Sam,\n\nSegue em anexo a nossa carta sobre a sua candidatura.\n\nAtenciosamente,\nCasa Azulejo"),
    ("Afwijzing sollicitatie werkvoorbereider",
     "Beste Sam,\n\nIn de bijlage vind je onze brief over je sollicitatie.\n\nMet vriendelijke groet,\nDijkstra Bouw"),
]
SUBJECT_SAYS_NOTHING = [
    ("Application update",
     "Dear Sam,\n\nPlease find attached a letter regarding your application.\n\nKind regards,\nNorthwind HR"),
    ("Absage Termin Donnerstag",
     "Hallo Sam,\n\nim Anhang das Schreiben zur Terminabsage, wir melden uns mit einem neuen Termin.\n\nGruß\n"
     "Praxis Dr. Engel"),
    ("Votre candidature - Comptable",
     "Bonjour Monsieur Rivera,\n\nVous trouverez ci-joint notre courrier concernant votre candidature.\n\n"
     "Cordialement,\nLe service RH"),
]


@pytest.mark.parametrize(("subject", "body"), SUBJECT_ONLY, ids=[s for s, _b in SUBJECT_ONLY])
def test_decision_in_the_subject_over_a_cover_note_is_found(subject: str, body: str) -> None:
    assert found(html_only("HR <hr@firm.example>", subject, body))


@pytest.mark.parametrize(("subject", "body"), SUBJECT_SAYS_NOTHING, ids=[s for s, _b in SUBJECT_SAYS_NOTHING])
def test_cover_note_under_a_subject_that_decides_nothing_is_no_rejection(subject: str, body: str) -> None:
    assert not found(html_only("HR <hr@firm.example>", subject, body))


# A job title in typographic quotes („…“, »…«, « … », “…”, ‘…’) beside the decision, with curly apostrophes in the
# decision itself, sent as plain UTF-8, as an ATS's HTML (the letter short beside its English frame) and as
# Windows-1252.
QUOTED_TITLES = [
    ("Your application",
     "Hi Sam,\n\nThanks for applying. We’re sorry to tell you that your application for “Senior Data Analyst” "
     "wasn’t successful this time.\n\nBest,\nHR"),
    ("Your application",
     "Hi Sam,\n\nThank you for applying for the ‘Senior Data Analyst – Customer Insights’ role. Unfortunately, we’ve "
     "decided to go with another candidate.\n\nBest,\nHR"),
    ("Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nIhre Bewerbung als „Projektleiter Hochbau“ konnten wir leider nicht "
     "berücksichtigen.\n\nMit freundlichen Grüßen\nHR"),
    ("Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir die Stelle »Projektleiter Hochbau« "
     "anderweitig besetzt haben.\n\nMit freundlichen Grüßen\nHR"),
    ("Votre candidature",
     "Bonjour Sam,\n\nVotre candidature au poste « Comptable fournisseurs » n’a pas été retenue.\n\nCordialement,\nRH"),
    ("Tu candidatura",
     "Hola Sam:\n\nTu candidatura para «Técnico de Soporte N2» no ha sido seleccionada en esta ocasión.\n\n"
     "Un saludo,\nRRHH"),
    ("Sua candidatura",
     "Olá Sam,\n\nSua candidatura para a vaga “Assistente Administrativo Júnior” não foi selecionada.\n\n"
     "Atenciosamente,\nRH"),
    ("Je sollicitatie",
     "Beste Sam,\n\nJe sollicitatie voor de functie ‘Medewerker klantenservice binnendienst’ is helaas afgewezen.\n\n"
     "Groet,\nHR"),
]


@pytest.mark.parametrize("shape", ["plain", "html", "windows-1252"])
@pytest.mark.parametrize(("subject", "body"), QUOTED_TITLES, ids=[f"{n}" for n in range(len(QUOTED_TITLES))])
def test_rejection_naming_a_quoted_title_is_found(subject: str, body: str, shape: str) -> None:
    sender = "HR <hr@firm.example>"
    raw = {"plain": lambda: plain(sender, subject, body), "html": lambda: html_only(sender, subject, body),
           "windows-1252": lambda: raw_charset(sender, subject, body, "windows-1252", "windows-1252")}[shape]()
    assert found(raw)


# A curt answer on top of the reader's own question about the job, quoted under Outlook's header block in the
# answer's language or under Gmail's attribution: the question gives the answer its job; both shapes are found.
READER_HEADERS = {lang: block.replace("{to}", "Tom <tom@garden.example>") for lang, block in QUOTE_HEADERS.items()}
CURT_ANSWERS = [  # (language, subject, the reader's question, the answer)
    ("en", "Gardener job", "Hi, is the gardener job still open? I applied two weeks ago and haven't heard back. Sam",
     "Sorry Sam, no - we went with someone else. Tom"),
    ("de", "Stelle Gärtner", "Hallo, ist die Stelle als Gärtner noch frei? Ich habe mich vor zwei Wochen beworben. Sam",
     "Leider nein, wir haben schon jemanden. Gruß Tom"),
    ("fr", "Poste jardinier", "Bonjour, le poste de jardinier est-il toujours disponible ? J'ai postulé il y a deux "
     "semaines. Sam", "Désolé, nous avons déjà trouvé quelqu'un. Tom"),
    ("es", "Puesto jardinero", "Hola, ¿sigue abierto el puesto de jardinero? Envié mi candidatura hace dos "
     "semanas. Sam",
     "Lo siento, ya hemos elegido a otra persona. Tomás"),
    ("nl", "Vacature hovenier", "Hoi, is de vacature voor hovenier nog open? Ik heb twee weken geleden gesolliciteerd. "
     "Sam", "Sorry, we hebben al iemand anders gevonden. Tom"),
    ("pt", "Vaga jardineiro", "Olá, a vaga de jardineiro ainda está aberta? Enviei minha candidatura há duas "
     "semanas. Sam",
     "Desculpe, já escolhemos outra pessoa. Tomás"),
]


@pytest.mark.parametrize("quoting", ["outlook", "gmail"])
@pytest.mark.parametrize(("lang", "subject", "question", "answer"), CURT_ANSWERS, ids=[c[0] for c in CURT_ANSWERS])
def test_curt_answer_on_the_readers_quoted_question_is_found(lang: str, subject: str, question: str, answer: str,
                                                              quoting: str) -> None:
    sender = "Tom <tom@garden.example>"
    if quoting == "outlook":
        body = f"{answer}\n\n{READER_HEADERS[lang].rsplit(chr(10), 1)[0]}\n\n{question}"
    else:
        quoted = "\n".join("> " + line for line in question.split("\n"))
        body = f"{answer}\n\n{GMAIL_ATTRIBUTION[lang].format(sender=READER)}\n{quoted}"
    assert found(plain(sender, "RE: " + subject, body))


# An HTML-only reply that quotes the employer's earlier rejection in a <blockquote type="cite"> without any attribution
# line above it (no "On ... wrote:", no header block): the quote is read as one (a known gap until session 18, when
# HTML to text began to mark a client's quote with "> "; more in tests/test_detect_html_quotes.py).
def invitation_on_bare_blockquote(letter: tuple[str, str, str, str]) -> bytes:
    lang, sender, subject, body = letter
    markup = "".join(f"<div>{line}</div>" for line in NEW_ROLE_INVITATION[lang].split("\n"))
    cited = "<br>".join(body.split("\n"))
    return html_mail(sender, "Re: " + subject, f'{markup}<blockquote type="cite"><div>{cited}</div></blockquote>')


@pytest.mark.parametrize("letter", REJECTION_LETTERS[::3], ids=[f"{x[0]}{n * 3}" for n, x in enumerate(
    REJECTION_LETTERS[::3])])
def test_new_invitation_on_a_bare_html_blockquote_is_no_rejection(letter: tuple[str, str, str, str]) -> None:
    assert not found(invitation_on_bare_blockquote(letter))


# An ATS's status notice: a line of text and a two-column table (label cell, value cell), which HTML to text leaves as
# paragraphs of their own ("Estado\n\nDescartada"); the same notice in plain text ("Estado: Descartada"); and the same
# tables with a status that decides nothing.
STATUS_NOTICES = [  # (subject, intro, the role's label and value, the status label, a rejection, a status pending)
    ("Application status update", "Hi Sam,\n\nThe status of your application has been updated.",
     ("Position", "Data Analyst"), "Status", "Not selected", "In review"),
    ("Statusänderung Ihrer Bewerbung", "Hallo Herr Rivera,\n\nder Status Ihrer Bewerbung hat sich geändert.",
     ("Stelle", "Projektleiter"), "Status", "Abgelehnt", "In Prüfung"),
    ("Mise à jour de votre candidature", "Bonjour Sam,\n\nLe statut de votre candidature a été mis à jour.",
     ("Poste", "Comptable"), "Statut", "Non retenue", "En cours d'examen"),
    ("Actualización de tu candidatura", "Hola Sam,\n\nEl estado de tu candidatura se ha actualizado.",
     ("Puesto", "Técnico de Soporte"), "Estado", "Descartada", "En revisión"),
    ("Update over je sollicitatie", "Hoi Sam,\n\nDe status van je sollicitatie is gewijzigd.",
     ("Functie", "Werkvoorbereider"), "Status", "Afgewezen", "In behandeling"),
    ("Atualização da sua candidatura", "Olá Sam,\n\nO status da sua candidatura foi atualizado.",
     ("Vaga", "Assistente Administrativo"), "Situação", "Não selecionado", "Em análise"),
]


def status_notice(subject: str, intro: str, role: tuple[str, str], label: str, value: str, shape: str) -> bytes:
    sender = "Careers <no-reply@ats.example>"
    if shape == "text":
        return plain(sender, subject, f"{intro}\n\n{role[0]}: {role[1]}\n{label}: {value}\n\nCareers Team")
    rows = "".join(f"<tr>\n  <td style='font-weight:bold'><b>{k}</b></td>\n  <td>{v}</td>\n</tr>"
                   for k, v in (role, (label, value)))
    return html_mail(sender, subject, "<p>" + intro.replace("\n\n", "</p><p>") + f"</p><table>{rows}</table>"
                     "<p>Careers Team</p>")


@pytest.mark.parametrize("shape", ["table", "text"])
@pytest.mark.parametrize("notice", STATUS_NOTICES, ids=[n[3] + "-" + n[4] for n in STATUS_NOTICES])
def test_status_notice_with_a_rejected_status_is_found(notice: tuple, shape: str) -> None:
    subject, intro, role, label, rejected, _pending = notice
    assert found(status_notice(subject, intro, role, label, rejected, shape))


@pytest.mark.parametrize("shape", ["table", "text"])
@pytest.mark.parametrize("notice", STATUS_NOTICES, ids=[n[3] + "-" + n[5] for n in STATUS_NOTICES])
def test_status_notice_with_a_pending_status_is_no_rejection(notice: tuple, shape: str) -> None:
    subject, intro, role, label, _rejected, pending = notice
    assert not found(status_notice(subject, intro, role, label, pending, shape))


# A signature's legal disclaimer in another language than the letter (a German letter from a French group, an English
# letter from a Dutch firm), once or twice as long as the letter: the letter's language is still read, and the
# disclaimer's "if you received this message in error" is no rejection sent by mistake.
DISCLAIMERS = {
    "de": "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
          "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
          "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht "
          "gestattet. Informationen zum Datenschutz finden Sie auf unserer Webseite.",
    "fr": "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
          "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par "
          "erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Vos données personnelles sont "
          "traitées conformément à notre politique de confidentialité.",
    "nl": "Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. Als u "
          "dit bericht per vergissing heeft ontvangen, verzoeken wij u de afzender direct te informeren en het bericht "
          "te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend. Lees ons privacybeleid.",
    "es": "Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. "
          "Si usted no es el destinatario, cualquier uso, difusión o copia está prohibido. Si ha recibido este mensaje "
          "por error, le rogamos que lo comunique al remitente y lo elimine.",
    "pt": "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se você "
          "não é o destinatário, qualquer uso, divulgação ou cópia é proibido. Caso tenha recebido esta mensagem por "
          "engano, por favor avise o remetente e apague-a.",
    "en": LEGAL_FOOTER,
}


def with_disclaimer(letter: tuple[str, str, str, str], footer: str, times: int) -> bytes:
    _lang, sender, subject, body = letter
    return plain(sender, subject, body + "\n\n--\n" + "\n".join([footer] * times))


@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize("footer", sorted(DISCLAIMERS))
@pytest.mark.parametrize("letter", REJECTION_LETTERS[1::2], ids=[f"{x[0]}{n * 2 + 1}" for n, x in enumerate(
    REJECTION_LETTERS[1::2])])
def test_rejection_above_a_disclaimer_in_another_language_is_found(letter: tuple, footer: str, times: int) -> None:
    assert found(with_disclaimer(letter, DISCLAIMERS[footer], times))


@pytest.mark.parametrize("footer", sorted(DISCLAIMERS))
@pytest.mark.parametrize("letter", LOOK_ALIKE_LETTERS, ids=[f"{x[0]}{n}" for n, x in enumerate(LOOK_ALIKE_LETTERS)])
def test_look_alike_above_a_disclaimer_in_another_language_is_no_rejection(letter: tuple, footer: str) -> None:
    assert not found(with_disclaimer(letter, DISCLAIMERS[footer], 1))
