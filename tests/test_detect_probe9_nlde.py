"""Probe 9 (Dutch and German): the constructions a fresh probe set missed, each as a class of sentences, and the
look-alikes beside them.

- nl: a group chosen or invited, and the reader not among "deze kandidaten" in the next sentence;
- nl: a newsletter's piece on rejection that quotes a decision as a sentence everyone knows (and a link to an
  article whose path ends in "afwijzing" above a list of vacancies is no decision);
- de: the post given to "jemandem, der ...", and "es wird mit uns leider nicht klappen";
- de: an applicant-tracking notice to the reader as one of the hiring team.

All letters are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import mails_test

NL_SENDER = "Werving & Selectie <werving@hogeschool-noord.example>"
DE_SENDER = "Lena Hofer <lena@kleinwerk.example>"
NEWS_SENDER = "Loopbaanpost <redactie@loopbaanpost.example>"
ATS_SENDER = "Recruiting <notifications@ats-werk.example>"

REJECTIONS = [
    # the chosen few, then the reader not among them ("deze", "die", "hen", "daar ... niet bij / toe")
    (NL_SENDER, "Sollicitatie docent economie",
     "Beste heer Rivera,\n\nDank voor uw sollicitatie naar de functie van docent economie. De commissie heeft vier "
     "kandidaten uitgenodigd voor een gesprek. Helaas behoort u niet tot deze groep.\n\nMet vriendelijke groet"),
    (NL_SENDER, "Je sollicitatie",
     "Hoi Sam,\n\nBedankt voor je sollicitatie als planner. We hebben besloten drie sollicitanten uit te nodigen voor "
     "een kennismaking. Jij hoort daar helaas niet bij.\n\nGroet, Ilse"),
    (NL_SENDER, "Selectieprocedure beleidsmedewerker",
     "Geachte heer Rivera,\n\nNaar aanleiding van uw sollicitatie: er zijn twee kandidaten geselecteerd voor de tweede "
     "ronde. Daar behoort u helaas niet toe.\n\nMet vriendelijke groet"),
    (NL_SENDER, "Je sollicitatie",
     "Beste Sam,\n\nDank voor je brief voor de functie van teamleider. Uit alle reacties hebben we vijf kandidaten "
     "gekozen voor een eerste gesprek; je bent daar helaas niet een van.\n\nSucces verder!"),
    (NL_SENDER, "Je sollicitatie",
     "Hoi Sam,\n\nNogmaals dank voor het gesprek over de rol van accountmanager. We gaan verder met twee kandidaten. "
     "Helaas behoor jij niet tot hen.\n\nGroet, Ilse"),
    # the post given to someone described by a relative clause
    (DE_SENDER, "Deine Bewerbung",
     "Hallo Sam,\n\ndanke für das Gespräch letzte Woche. Wir haben uns entschieden, die Position mit jemandem zu "
     "besetzen, die bereits Führungserfahrung mitbringt.\n\nAlles Gute\nLena"),
    (DE_SENDER, "Ihre Bewerbung als Projektleiter",
     "Sehr geehrter Herr Rivera,\n\nwir haben die Stelle als Projektleiter inzwischen mit jemandem besetzt, der schon "
     "länger in der Branche tätig ist.\n\nFreundliche Grüße\nLena Hofer"),
    # "it won't work out with us"
    (DE_SENDER, "Deine Bewerbung",
     "Hi Sam,\n\nvielen Dank für deine Bewerbung als Grafikerin und das nette Gespräch. Mit uns klappt es leider "
     "nicht, das Team hat sich anders orientiert.\n\nViele Grüße\nLena"),
    (DE_SENDER, "Kurzes Update zu deiner Bewerbung",
     "Hoi Sam\n\nDanke fürs Vorstellungsgespräch! Es wird mit uns leider nicht klappen. Ich wünsch dir viel Erfolg "
     "bei der Suche.\n\nLiebe Grüsse\nLena"),
    (DE_SENDER, "Deine Bewerbung",
     "Hallo Sam,\n\nschade, dass es mit uns nicht geklappt hat, danke für deine Bewerbung als Koch und alles Gute!"
     "\n\nLena"),
]

NOT_REJECTIONS = [
    # the group named is those dropped, or none is chosen yet: the reader not among them is good news or no news
    (NL_SENDER, "Je sollicitatie",
     "Beste Sam,\n\nDank voor je sollicitatie als planner. Vier kandidaten zijn uitgenodigd voor een gesprek, "
     "en wie afvalt krijgt vandaag bericht. Jij behoort niet tot die groep: we nodigen je graag uit.\n\nGroet, Ilse"),
    (NL_SENDER, "Je sollicitatie",
     "Beste Sam,\n\nDank voor je sollicitatie als planner. We hebben nog geen kandidaten geselecteerd voor een "
     "gesprek. Je hoort uiterlijk vrijdag meer.\n\nGroet, Ilse"),
    # a newsletter's piece on rejection quoting a decision
    (NEWS_SENDER, "Afgewezen? Zo pak je het op",
     "Hoi Sam,\n\nEen afwijzing doet pijn. We hebben gekozen voor een andere kandidaat: die zin kent iedereen die "
     "weleens heeft gesolliciteerd. Deze week delen we hoe je er toch iets van leert.\n\nNieuwe vacatures voor jou:\n"
     "- Planner, Zwolle\n- Teamleider, Deventer\n\nTot volgende week!"),
    (NEWS_SENDER, "Omgaan met afwijzing",
     "Hoi Sam,\n\nNiet verder met je sollicitatie? Lees het hele artikel op onze site:\n"
     "https://www.loopbaanpost.example/artikelen/na-een-afwijzing\nNieuwe vacatures die bij je zoekprofiel passen:\n"
     "- Medewerker klantcontact, Almere"),
    # a German advert's wish, and the reader as the one chosen
    (DE_SENDER, "Stelle Backend-Entwickler",
     "Hallo Sam,\n\nwir möchten die Stelle als Backend-Entwickler mit jemandem besetzen, der Erfahrung mit Kotlin hat. "
     "Hast du Interesse an einem Gespräch?\n\nLena"),
    (DE_SENDER, "Terminverschiebung",
     "Hallo Sam,\n\nam Dienstag wird es mit uns leider nicht klappen. Passt dir Donnerstag um 10 Uhr für das "
     "Vorstellungsgespräch?\n\nLena"),
    # an applicant-tracking notice to the hiring team
    (ATS_SENDER, "Kandidatin abgelehnt: Maria Schulz – Buchhaltung",
     "Hallo Sam,\n\nLena Weber hat den Status von Maria Schulz (Buchhaltung) auf Abgelehnt gesetzt.\n\n"
     "Absagegrund: Andere Kandidatin bevorzugt\nAbsage-E-Mail versendet: Ja\n\nSie erhalten diese E-Mail, weil Sie "
     "Mitglied des Recruiting-Teams für diese Stelle sind."),
    (ATS_SENDER, "Bewerber abgelehnt",
     "Hallo Sam,\n\nder Bewerber Jonas Brandt wurde für die Stelle Lagerist abgelehnt, da andere Bewerber besser "
     "passen.\n\nDu erhältst diese Benachrichtigung als Mitglied der Hiring-Team-Gruppe."),
]

test_probe9_rejections = mails_test(REJECTIONS, rejection=True)
test_probe9_not_rejections = mails_test(NOT_REJECTIONS, rejection=False)
