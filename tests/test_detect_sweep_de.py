"""A sweep of German registers in no corpus (helper "de", round 8): rejections as other people write them and the
look-alikes next to them, written before the German rules were read, then a second batch after the first fixes.

Rejections vary the decision (another candidate, profile not matching, post filled or cancelled, hiring freeze and
budget cuts, a CV kept on file, "not this time", after an interview or a test, an agency relaying its client's word, a
platform relaying the employer's, a curt two-line reply, a decision buried after other business, a "Zwischenbescheid"
that decides) and the shape (passive, impersonal, verb-first, object-first, long clauses, du and Sie, Austrian and
Swiss wording, missing umlauts, diminutives, typos). Look-alikes: acknowledgements, invitations, offers, the reader's
own withdrawal and the company confirming it, a decision about someone else (a colleague, a referral, a candidate the
reader interviewed), supplier, tender and quote refusals, course, school, flat, loan, grant and club refusals, job
alerts, newsletters, internal notes and a process that goes on. Each must be read as written.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

SENDER = "Julia Brandt <j.brandt@hoffmann-technik.example>"


def letter(subject: str, body: str) -> bytes:
    return mail(f"Guten Tag,\n\n{body}\n\nViele Grüße\nJulia Brandt", subject, SENDER)


REJECTIONS = [
    # --- another candidate chosen -------------------------------------------------------------------------------------
    ("Ihre Bewerbung als Sachbearbeiter", "vielen Dank für Ihr Interesse. Nach sorgfältiger Prüfung haben wir uns "
                                          "für eine Mitbewerberin entschieden, deren Profil noch näher an unseren "
                                          "Anforderungen liegt."),
    ("Bewerbung Projektleitung", "wir haben die Stelle inzwischen mit einem internen Kandidaten besetzt. Wir "
                                 "wünschen Ihnen für Ihre weitere Suche alles Gute."),
    ("Rückmeldung zu deiner Bewerbung", "danke dir für deine Bewerbung! Wir haben uns am Ende für jemand anderen "
                                        "entschieden, der schon Erfahrung im Bereich E-Commerce mitbringt."),
    ("Ihre Bewerbung", "die Wahl fiel letztlich auf eine Person, die bereits mehrere Jahre in einer vergleichbaren "
                       "Funktion tätig war. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können."),
    ("Stelle Buchhaltung", "Wir haben uns für einen anderen Bewerber entschieden. Danke trotzdem und viel Erfolg."),
    ("Ihre Bewerbung vom 3. März", "in einem engen Auswahlverfahren ist unsere Entscheidung zugunsten einer anderen"
                                   " Kandidatin ausgefallen."),
    ("Bewerbung Vertriebsinnendienst", "nach Abwägung aller Unterlagen haben wir einem Bewerber den Vorzug gegeben,"
                                       " dessen Erfahrungen besser zu unserem Team passen."),
    ("Deine Bewerbung bei uns", "wir haben uns fuer eine andere Bewerberin entschieden. Trotzdem vielen Dank fuer "
                                "dein Interesse an uns!"),
    ("Bewerbung Marketing Manager", "Leider müssen wir Ihnen mitteilen, dass die Entscheidung auf einen anderen "
                                    "Kandidaten gefallen ist."),
    ("Ihre Bewerbung als Pflegefachkraft", "es tut uns leid, aber wir konnten die Position mit einer Kollegin aus "
                                           "dem eigenen Haus besetzen."),
    ("Bewerbung Lagerlogistik", "Die Stelle ist an einen Mitbewerber vergeben worden. Ihre Unterlagen senden wir "
                                "Ihnen anbei zurück."),
    ("Re: Bewerbung", "Hallo, wir haben jemanden gefunden. Danke dir trotzdem!"),
    ("Ihre Bewerbung Controlling", "Andere Bewerbende konnten uns in den Gesprächen etwas mehr überzeugen, weshalb "
                                   "wir Ihnen heute leider absagen müssen."),
    ("Bewerbung Werkstudent", "wir haben uns dazu entschlossen, die Stelle einem Studenten aus einem höheren "
                              "Semester anzubieten."),
    # --- profile not matching -----------------------------------------------------------------------------------------
    ("Ihre Bewerbung als Entwickler", "Ihr Profil entspricht leider nicht ganz dem, was wir für diese Position "
                                      "suchen."),
    ("Bewerbung Finanzbuchhalter", "nach Durchsicht Ihrer Unterlagen müssen wir feststellen, dass Ihre "
                                   "Qualifikation nicht mit den Anforderungen der Stelle übereinstimmt."),
    ("Ihre Bewerbung", "Ihre Erfahrungen passen derzeit nicht zu den Anforderungen, die wir an die Stelle stellen. "
                       "Wir können Sie daher nicht weiter berücksichtigen."),
    ("Bewerbung Data Analyst", "Wir sehen leider keine ausreichende Übereinstimmung zwischen Ihrem Profil und der "
                               "ausgeschriebenen Stelle."),
    ("Deine Bewerbung", "ehrlich gesagt passt dein Profil nicht so richtig zu dem, was wir gerade brauchen. Deshalb"
                        " müssen wir dir leider absagen."),
    ("Bewerbung Elektroniker", "Da Ihnen die geforderte Ausbildung fehlt, kommen Sie für diese Stelle leider nicht "
                               "in Frage."),
    ("Ihre Bewerbung um einen Ausbildungsplatz", "Leider erfüllen Sie die Voraussetzungen für den Ausbildungsplatz "
                                                 "nicht. Wir wünschen Ihnen dennoch viel Glück."),
    ("Bewerbung Teamleitung", "Für die ausgeschriebene Funktion suchen wir jemanden mit mehr Führungserfahrung. Wir"
                              " werden Ihre Bewerbung daher nicht weiterverfolgen."),
    ("Ihre Bewerbung als Java-Entwickler", "Die Anforderungen der Stelle und Ihr Profil decken sich leider nicht "
                                           "ausreichend, deshalb haben wir uns gegen eine Einladung entschieden."),
    ("Bewerbung", "Ihre Bewerbung hat uns inhaltlich nicht überzeugt. Wir werden sie nicht weiter berücksichtigen."),
    ("Bewerbung Grafikdesign", "Dein Portfolio ist toll, aber stilistisch passt es nicht zu unseren Kunden. Wir "
                               "gehen deshalb nicht weiter mit deiner Bewerbung."),
    ("Rückmeldung Bewerbung", "Leider fehlen Ihnen die erforderlichen Sprachkenntnisse in Französisch, sodass wir "
                              "Sie im weiteren Verfahren nicht berücksichtigen können."),
    ("Ihre Bewerbung als Werkstudentin", "da Sie nicht mehr immatrikuliert sind, ist eine Anstellung als "
                                         "Werkstudentin leider nicht möglich."),
    ("Bewerbung IT Support", "Ihr Werdegang ist interessant, entspricht aber nicht dem gesuchten Profil. Wir müssen"
                             " Ihnen deshalb leider eine Absage erteilen."),
    ("Bewerbung Key Account", "wir haben festgestellt, dass Ihr Erfahrungsschwerpunkt woanders liegt als für diese "
                              "Rolle nötig, und können Ihnen leider kein Angebot machen."),
    # --- position filled / cancelled / withdrawn ----------------------------------------------------------------------
    ("Ihre Bewerbung", "die ausgeschriebene Stelle wurde zwischenzeitlich besetzt. Wir bitten um Ihr Verständnis."),
    ("Stellenausschreibung Referent/in", "die Ausschreibung wurde zurückgezogen, die Stelle wird nicht besetzt. "
                                         "Ihre Bewerbung kann daher nicht berücksichtigt werden."),
    ("Bewerbung Assistenz", "die Position ist leider nicht mehr vakant. Wir danken Ihnen für Ihre Mühe."),
    ("Vakanz Projektingenieur", "Wir haben beschlossen, die Vakanz vorerst nicht zu besetzen. Ihr "
                                "Bewerbungsverfahren ist damit beendet."),
    ("Bewerbung Kundenservice", "Aufgrund einer internen Umstrukturierung entfällt die ausgeschriebene Stelle. Wir "
                                "müssen Ihnen daher leider absagen."),
    ("Ihre Bewerbung", "Die Stelle wird aus organisatorischen Gründen doch nicht neu besetzt. Ihre "
                       "Bewerbungsunterlagen werden wir selbstverständlich vernichten."),
    ("Bewerbung Sachbearbeitung", "Die Stellenbesetzung wurde gestoppt. Leider können wir Ihre Bewerbung daher "
                                  "nicht weiter bearbeiten."),
    ("Stelle Office Manager", "Die Stelle ist schon weg, sorry! Wir melden uns, falls sich etwas anderes ergibt."),
    ("Bewerbung Einkauf", "die Position wurde bereits vergeben. Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren "
                          "Stellensuche."),
    ("Ihre Bewerbung", "das Auswahlverfahren ist abgeschlossen, die Stelle ist besetzt. Leider konnten wir Sie "
                       "nicht berücksichtigen."),
    ("Bewerbung Redakteur", "das Projekt, für das wir die Stelle ausgeschrieben hatten, wurde gestrichen. Somit "
                            "entfällt auch die Position, und wir können Ihre Bewerbung nicht weiterverfolgen."),
    ("Ausschreibung 2024-17", "Das Stellenbesetzungsverfahren wurde eingestellt. Wir bedanken uns für Ihre "
                              "Bewerbung und senden Ihnen die Unterlagen zurück."),
    # --- hiring freeze / budget ---------------------------------------------------------------------------------------
    ("Ihre Bewerbung", "aufgrund eines konzernweiten Einstellungsstopps können wir derzeit keine Neueinstellungen "
                       "vornehmen. Ihre Bewerbung müssen wir daher leider ablehnen."),
    ("Bewerbung Business Analyst", "wegen Budgetkürzungen wurde die Stelle gestrichen. Wir können Ihnen daher "
                                   "leider kein Angebot machen."),
    ("Stand Ihrer Bewerbung", "Wir haben einen Einstellungsstopp verhängt, die Stelle bleibt bis auf Weiteres "
                              "unbesetzt. Ihr Bewerbungsprozess endet hiermit."),
    ("Bewerbung HR Generalist", "Die Finanzierung der Stelle ist weggefallen, daher wird sie nicht besetzt. Es tut "
                                "uns leid, Ihnen keine bessere Nachricht geben zu können."),
    ("Bewerbung", "es gilt bei uns aktuell ein Einstellungsstop. Wir können Ihre Bewerbung deshalb nicht "
                  "berücksichtigen."),
    ("Bewerbung Softwaretester", "Aufgrund der wirtschaftlichen Lage haben wir alle offenen Stellen eingefroren, "
                                 "auch die, auf die Sie sich beworben haben. Wir müssen das Verfahren daher "
                                 "beenden."),
    ("Ihre Bewerbung", "Die Mittel für diese Stelle wurden nicht bewilligt, weshalb wir die Ausschreibung aufheben."
                       " Ihre Bewerbung ist damit gegenstandslos."),
    ("Bewerbung Junior Consultant", "Wir haben uns entschieden, vorerst niemanden einzustellen. Die Stelle wird "
                                    "nicht besetzt. Danke fuer Ihr Verstaendnis."),
    ("Bewerbungsprozess", "leider müssen wir den Rekrutierungsprozess für diese Rolle aus budgetären Gründen "
                          "abbrechen."),
    ("Bewerbung Logistik", "Infolge eines Einstellungsstopps werden bis Jahresende keine Stellen nachbesetzt. Deine"
                           " Bewerbung können wir deshalb leider nicht weiterverfolgen."),
    # --- keep CV on file + rejection ----------------------------------------------------------------------------------
    ("Ihre Bewerbung", "Für die aktuelle Stelle können wir Sie leider nicht berücksichtigen. Gern nehmen wir Ihre "
                       "Unterlagen in unseren Talentpool auf."),
    ("Bewerbung Backend", "diesmal hat es leider nicht geklappt. Wir würden Ihr Profil aber gerne für zukünftige "
                          "Vakanzen in Evidenz halten."),
    ("Bewerbung", "Eine Anstellung ist zur Zeit leider nicht möglich. Mit Ihrem Einverständnis behalten wir Ihre "
                  "Unterlagen für sechs Monate."),
    ("Ihre Bewerbung als Kauffrau", "Wir können Ihnen derzeit keine passende Stelle anbieten. Ihre Daten bleiben "
                                    "mit Ihrer Zustimmung in unserer Bewerberdatenbank."),
    ("Initiativbewerbung", "vielen Dank für Ihre Initiativbewerbung. Momentan haben wir leider keine passende "
                           "Vakanz für Sie. Wir behalten Ihre Unterlagen aber gerne in Evidenz."),
    ("Ihre Initiativbewerbung", "leider haben wir derzeit keinen Bedarf an Verstärkung in diesem Bereich. Sollte "
                                "sich das ändern, kommen wir gern auf Sie zurück."),
    ("Deine Initiativbewerbung", "im Moment gibt es bei uns keine freie Stelle, die zu dir passt. Wir heben deine "
                                 "Bewerbung aber gerne auf."),
    # --- not this time ------------------------------------------------------------------------------------------------
    ("Ihre Bewerbung", "Dieses Mal hat es leider nicht gereicht. Wir würden uns freuen, wenn Sie sich bei einer "
                       "anderen Ausschreibung wieder bewerben."),
    ("Bewerbung Produktmanagement", "Leider wird es diesmal nichts mit uns beiden. Viel Erfolg weiterhin!"),
    ("Ihre Bewerbung", "Diesmal müssen wir Ihnen leider absagen. Bleiben Sie uns gewogen."),
    ("Bewerbung Servicetechniker", "Leider können wir Ihnen heute keine Zusage geben. Wir wünschen Ihnen für die "
                                   "Zukunft alles Gute."),
    ("Ihre Bewerbung", "wir können Ihnen leider keine positive Rückmeldung geben."),
    ("Bewerbung als Fahrer", "Leider ist es für diesmal nix geworden. Grüsse"),
    # --- after interview ----------------------------------------------------------------------------------------------
    ("Unser Gespräch am Dienstag", "nochmals danke für das nette Gespräch am Dienstag. Wir haben lange überlegt, "
                                   "uns dann aber für eine andere Person entschieden."),
    ("Nach unserem Vorstellungsgespräch", "vielen Dank, dass Sie sich die Zeit für das Vorstellungsgespräch "
                                          "genommen haben. Nach Rücksprache mit der Fachabteilung müssen wir Ihnen "
                                          "leider mitteilen, dass wir Sie nicht in die nächste Runde einladen."),
    ("Feedback Interview", "danke für das Interview letzte Woche. Das Team hat sich nach reiflicher Überlegung "
                           "gegen eine Zusammenarbeit entschieden."),
    ("Rückmeldung nach dem Gespräch", "es war schön, dich kennenzulernen. Am Ende haben wir uns aber gegen dich "
                                      "entschieden, weil uns die Erfahrung mit Kubernetes noch fehlt."),
    ("Ihr Vorstellungsgespräch", "Sie haben im Gespräch einen guten Eindruck hinterlassen, doch wir werden Ihnen "
                                 "leider keine Stelle anbieten."),
    ("Zweites Gespräch", "nach dem zweiten Gespräch haben wir uns entschlossen, den Prozess mit Ihnen nicht "
                         "fortzusetzen."),
    ("Feedback zum Interview", "Wir werden mit Ihnen nicht in die nächste Phase gehen. Das Feedback der Interviewer"
                               " schicke ich Ihnen gerne separat."),
    ("Danke für das Gespräch", "Nach dem Kennenlernen sind wir zu dem Schluss gekommen, dass es fachlich nicht ganz"
                               " passt. Deshalb geht es für dich leider nicht weiter."),
    ("Ihr Termin bei uns", "nach intensiver Beratung im Auswahlgremium können wir Ihnen die Stelle leider nicht "
                           "anbieten."),
    ("Ergebnis Auswahlgespräch", "das Auswahlgespräch hat ergeben, dass wir uns einen anderen Schwerpunkt wünschen."
                                 " Wir sagen Ihnen daher ab."),
    # --- after test / assessment --------------------------------------------------------------------------------------
    ("Ergebnis Online-Test", "Sie haben den Online-Test leider nicht bestanden und können daher nicht am weiteren "
                             "Auswahlverfahren teilnehmen."),
    ("Assessment Center", "vielen Dank für Ihre Teilnahme am Assessment Center. Leider haben Sie die erforderliche "
                          "Punktzahl nicht erreicht, sodass wir Ihre Bewerbung nicht weiter berücksichtigen."),
    ("Ihre Testaufgabe", "danke für die Bearbeitung der Case Study. Die Lösung hat uns leider nicht ganz überzeugt,"
                         " wir werden den Prozess daher nicht fortsetzen."),
    ("Eignungstest", "das Ergebnis Ihres Eignungstests reicht für eine Einstellung leider nicht aus."),
    ("Probearbeit", "danke für deinen Probetag bei uns. Wir haben uns entschieden, die Stelle an jemand anderen zu "
                    "geben."),
    ("Coding Challenge", "Your solution... sorry, auf Deutsch: Ihre Lösung der Coding Challenge hat die "
                         "Mindestanforderungen nicht erfüllt, daher endet der Prozess an dieser Stelle."),
    ("Ergebnis Auswahltest Polizei", "Sie haben den schriftlichen Teil des Auswahlverfahrens nicht bestanden. Eine "
                                     "Einstellung ist daher nicht möglich."),
    # --- agency relaying ----------------------------------------------------------------------------------------------
    ("Ihre Kandidatur bei unserem Kunden", "unser Kunde hat sich nach Prüfung Ihrer Unterlagen für einen anderen "
                                           "Kandidaten entschieden. Gerne melde ich mich, sobald ich eine passende "
                                           "Position habe."),
    ("Update Mandat Head of Sales", "leider hat sich unser Mandant gegen eine Einladung zum Gespräch entschieden. "
                                    "Er sucht jemanden mit mehr Branchenerfahrung."),
    ("Deine Bewerbung über uns", "ich muss dir leider sagen, dass der Kunde sich anders entschieden hat. Ich halte "
                                 "die Augen für dich offen."),
    ("Position Steuerberater", "der Auftraggeber hat die Position inzwischen intern besetzt. Damit ist der Prozess "
                               "leider beendet."),
    ("Rückmeldung unseres Klienten", "Unser Klient hat Ihr Profil geprüft, sieht aber keine ausreichende Passung "
                                     "für die Rolle. Ich bedauere, Ihnen nichts Besseres berichten zu können."),
    ("Vorstellung beim Kunden", "nach dem Interview mit dem Kunden habe ich leider eine Absage erhalten. Das "
                                "Unternehmen hat sich für einen Mitbewerber entschieden."),
    ("Ihre Bewerbung über Personalberatung Huber", "der Kunde hat die Suche nach einem Controller auf Eis gelegt. "
                                                   "Wir müssen Ihre Kandidatur daher leider schliessen."),
    ("Mandat 4471", "Der Mandant hat sich entschieden, die Vakanz nicht zu besetzen. Ich informiere Sie, sobald ein"
                    " ähnliches Mandat reinkommt."),
    ("Position Bauleiter", "unser Auftraggeber hat sich gegen Ihre Kandidatur entschieden."),
    # --- platform / ATS relay -----------------------------------------------------------------------------------------
    ("Neuigkeiten zu Ihrer Bewerbung bei Müller GmbH", "die Müller GmbH hat Ihre Bewerbung geprüft und sich "
                                                       "entschieden, Sie nicht weiter zu berücksichtigen. Weitere "
                                                       "passende Jobs finden Sie in Ihrem Profil."),
    ("Statusänderung Ihrer Bewerbung", "Ihre Bewerbung als Lagerist bei Fischer Logistik hat den Status 'Abgelehnt'"
                                       " erhalten."),
    ("Deine Bewerbung bei Nordlicht AG", "Nordlicht AG hat sich entschieden, nicht mit deiner Bewerbung "
                                         "fortzufahren. Lass dich nicht entmutigen – neue Stellen warten auf dich!"),
    ("Update zu Ihrer Bewerbung", "Das Unternehmen hat mitgeteilt, dass die Stelle anderweitig vergeben wurde."),
    ("Ihre Bewerbung über unser Portal", "der Arbeitgeber Kaiser Bau hat Ihre Bewerbung abgelehnt. Dies ist eine "
                                         "automatische Benachrichtigung."),
    ("Bewerbungsstatus aktualisiert", "Leider hat sich die Firma Wendt & Co. für andere Kandidaten entschieden."),
    ("Ihre Bewerbung bei Sonnenberg Kliniken", "Sonnenberg Kliniken möchte Ihre Bewerbung nicht weiterverfolgen. "
                                               "Wir empfehlen Ihnen folgende ähnliche Stellen."),
    ("Rückmeldung der Stadtwerke", "die Stadtwerke Lindau haben uns gebeten, Ihnen mitzuteilen, dass die Stelle mit"
                                   " einer anderen Person besetzt wurde."),
    ("Ihre Bewerbung bei der Hartmann AG", "Der Personalbereich der Hartmann AG hat entschieden, Ihre Bewerbung im "
                                           "weiteren Auswahlverfahren nicht zu berücksichtigen."),
    ("Information zu Ihrer Bewerbung", "Ihre Bewerbung wurde vom Unternehmen abgelehnt. Diese Nachricht wurde "
                                       "automatisch erstellt."),
    ("Bewerbungs-Update", "Die Firma hat die Stelle geschlossen und deine Bewerbung wird nicht weiter bearbeitet."),
    ("Nachricht von Brandt Software", "Brandt Software hat den Auswahlprozess abgeschlossen. Leider wurden Sie "
                                      "nicht ausgewählt."),
    # --- curt ---------------------------------------------------------------------------------------------------------
    ("AW: Bewerbung", "leider nein. Stelle ist besetzt."),
    ("Re: Bewerbung Koch", "Hallo, leider haben wir keinen Bedarf mehr. Gruss"),
    ("AW: Anfrage Aushilfe", "Sorry, wir haben schon jemanden. Viel Glück!"),
    ("Re: Bewerbung", "Wir nehmen Sie nicht. Danke."),
    ("Re: Stellenanzeige", "Die Stelle ist vergeben, tut mir leid."),
    ("Ihre Bewerbung", "Kurz und knapp: es wird leider nichts. Alles Gute!"),
    # --- buried after other business ----------------------------------------------------------------------------------
    ("Ihre Unterlagen", "vielen Dank für die nachgereichten Zeugnisse und die Fahrtkostenabrechnung, die wir "
                        "bereits an die Buchhaltung weitergeleitet haben. Die Erstattung erfolgt in ca. zwei "
                        "Wochen. Was die Stelle betrifft, haben wir uns leider für einen anderen Bewerber "
                        "entschieden."),
    ("Erstattung Reisekosten", "anbei das Formular für die Reisekosten zum Gespräch, bitte unterschrieben "
                               "zurücksenden. Zu Ihrer Bewerbung: Wir werden Ihnen leider kein Angebot "
                               "unterbreiten."),
    ("Ihre Bewerbung und Datenschutz", "gemäss DSGVO informieren wir Sie, dass Ihre Daten nach Abschluss des "
                                       "Verfahrens gelöscht werden. Das Verfahren ist für Sie leider mit einer "
                                       "Absage beendet."),
    ("Rückmeldung", "entschuldigen Sie die späte Rückmeldung, wir hatten sehr viele Bewerbungen und einige Urlaube "
                    "im Team. Wir haben uns nun entschieden, andere Kandidaten einzuladen."),
    ("Ihre Bewerbung als Buchhalter", "Sie hatten nach Parkmöglichkeiten gefragt: Es gibt eine Tiefgarage nebenan. "
                                      "Leider hat sich das aber erledigt, da wir die Stelle inzwischen anderweitig "
                                      "besetzt haben."),
    # --- Zwischenbescheid that is a rejection -------------------------------------------------------------------------
    ("Zwischenbescheid", "wir haben Ihre Bewerbung geprüft. Leider können wir Sie nicht in die engere Wahl "
                         "einbeziehen."),
    ("Zwischenbescheid zu Ihrer Bewerbung", "Ihre Bewerbung wurde im ersten Auswahlschritt nicht berücksichtigt. "
                                            "Wir bedanken uns für Ihr Interesse an einer Tätigkeit in der "
                                            "Landesverwaltung."),
    # --- Austria / Switzerland / formal public sector -----------------------------------------------------------------
    ("Ihre Bewerbung – Magistrat", "wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht "
                                   "berücksichtigt werden konnte."),
    ("Bewerbung Lehrstelle", "Leider müssen wir Ihnen mitteilen, dass wir die Lehrstelle bereits vergeben haben. "
                             "Wir wünschen Ihnen viel Glück bei der weiteren Suche."),
    ("Ihre Bewerbung", "Wir müssen Ihnen leider einen abschlägigen Bescheid erteilen."),
    ("Ihre Bewerbung", "Mit Bedauern teilen wir Ihnen mit, dass wir uns für eine Mitbewerberin entschieden haben. "
                       "Freundliche Grüsse aus Zürich"),
    ("Bewerbung als Polymechaniker", "Leider können wir Ihnen keine Anstellung anbieten, da wir die Stelle mit "
                                     "einer Person aus der Region besetzt haben."),
    ("Bewerbung", "Wir bedauern, Ihnen eine negative Antwort geben zu müssen."),
    ("Bewerbung Verwaltung", "Auf Ihre Bewerbung müssen wir Ihnen leider einen negativen Bescheid zukommen lassen."),
    ("Stellenbewerbung", "Ihre Bewerbung konnte im Rahmen des Auswahlverfahrens leider nicht berücksichtigt werden."
                         " Ihre Unterlagen erhalten Sie mit separater Post zurück."),
    ("Ihre Bewerbung als Sachbearbeiterin", "Ihrer Bewerbung können wir leider nicht entsprechen."),
    ("Besetzung der Stelle", "wir teilen Ihnen mit, dass die Besetzung der Stelle mit einer anderen Bewerberin "
                             "erfolgt ist."),
    # --- passive / impersonal / verb-first / long ---------------------------------------------------------------------
    ("Bewerbung", "Entschieden wurde sich für eine Kandidatin mit mehr Erfahrung im Vertrieb."),
    ("Ihre Bewerbung", "Von einer weiteren Berücksichtigung Ihrer Bewerbung müssen wir leider absehen."),
    ("Bewerbung Sekretariat", "Bedauerlicherweise können wir Ihre Bewerbung nicht weiter berücksichtigen."),
    ("Ihre Bewerbung", "Obwohl Ihre Unterlagen einen sehr guten Eindruck gemacht haben und wir Ihre Motivation sehr"
                       " schätzen, sind wir nach eingehender Prüfung zu dem Ergebnis gekommen, Ihnen keine Stelle "
                       "anbieten zu können."),
    ("Ihre Bewerbung", "Es wurde entschieden, Ihre Bewerbung nicht weiterzuverfolgen."),
    ("Bewerbung", "Leider fällt unsere Entscheidung negativ aus."),
    ("Ihre Bewerbung", "Eine Berücksichtigung Ihrer Bewerbung ist leider nicht möglich gewesen."),
    ("Bewerbung Kellner", "Müssen dir leider absagen, Team ist komplett. LG Toni"),
    ("Bewerbung", "Haben uns für wen anders entschieden, sorry. Grüsse"),
    ("Ihre Bewerbung", "In die engere Auswahl wurden Sie leider nicht aufgenommen."),
    ("Ihre Bewerbung", "Zu einem Vorstellungsgespräch können wir Sie leider nicht einladen."),
    ("Bewerbung Praktikum", "Für das Praktikum im Sommer konnten wir dich leider nicht berücksichtigen, da alle "
                            "Plätze schon vergeben sind."),
    ("Ihr Praktikumswunsch", "leider haben wir für den gewünschten Zeitraum keine Praktikumsplätze mehr frei."),
    # --- typos / missing umlauts / diminutives / abbreviations --------------------------------------------------------
    ("Ihre Bewerbung", "leider muessen wir ihnen mitteilen, das wir uns fuer einen anderen bewerber entschieden "
                       "haben."),
    ("Bewerbung", "Wir haben leider ein Absage für Sie. Die stelle ist besetz."),
    ("bewerbung", "hallo, danke fürs bewerben!! leider hats nicht gepasst, wir ham uns anders entschieden. lg"),
    ("Bewerbung Stelle 22/114", "Wir bedauern Ihnen mitteilen zu muessen, dass Ihre Bewerbung nicht erfolgreich war."),
    ("Bewerbung Mini-Job", "Das Jobchen ist leider schon weg, aber danke für deine Nachricht!"),
    ("AW: Bewerbung", "Hi, sorry für die späte Antwort. Wir haben das Teamchen schon voll. Trotzdem danke!"),
    ("Ihre Bewerbung", "Leider muss ich Ihnen eine Absage erteilen. MfG"),
    ("Bewerbung Kassierer", "Leider konnen wir ihre Bewerbung nicht berucksichtigen."),
    # --- more variety -------------------------------------------------------------------------------------------------
    ("Ihre Bewerbung", "Wir haben uns entschieden, das Auswahlverfahren ohne Sie fortzusetzen."),
    ("Bewerbung", "Nach interner Abstimmung werden wir Ihre Kandidatur nicht weiter verfolgen."),
    ("Bewerbung Office", "Wir setzen den Prozess mit anderen Kandidatinnen und Kandidaten fort."),
    ("Deine Bewerbung", "Wir haben alle Bewerbungen angeschaut und uns entschieden, mit anderen Leuten "
                        "weiterzumachen."),
    ("Ihre Bewerbung", "Ihre Bewerbung ist leider nicht in die engere Auswahl gekommen."),
    ("Bewerbung Filialleitung", "Leider sind Sie nicht unter den Kandidaten, die wir zu Gesprächen einladen."),
    ("Ihre Bewerbung", "Leider können wir Ihre Bewerbung diesmal nicht positiv beantworten."),
    ("Bewerbung Bankkaufmann", "Für die ausgeschriebene Stelle kommen Sie leider nicht in Betracht."),
    ("Bewerbung", "Wir sehen von einer Einstellung ab."),
    ("Ihre Bewerbung Techniker", "Wir haben uns gegen Ihre Bewerbung entschieden."),
    ("Ihre Bewerbung", "Sie wurden für die Stelle leider nicht ausgewählt."),
    ("Bewerbung", "Wir haben die Stelle anderweitig vergeben."),
    ("Ihr Interesse an unserem Traineeprogramm", "Für das Traineeprogramm 2025 konnten wir Ihnen leider keinen "
                                                 "Platz anbieten."),
    ("Bewerbung Ausbildung", "Wir haben die Ausbildungsplätze für dieses Jahr bereits vergeben, daher können wir "
                             "dich leider nicht nehmen."),
    ("Bewerbung als Hausmeister", "Ihre Bewerbung hatte leider keinen Erfolg."),
    ("Ihre Bewerbung", "Wir müssen Ihnen leider mitteilen, dass wir Sie im weiteren Bewerbungsprozess nicht "
                       "berücksichtigen werden."),
    ("Bewerbung", "Wir haben leider keine Verwendung für Ihr Profil."),
    # --- written after the first fixes (a held-out check) -------------------------------------------------------------
    # --- hiring freeze / budget ---------------------------------------------------------------------------------------
    ("Ihre Bewerbung als Projektkoordinatorin", "Aufgrund der aktuellen Haushaltslage wurde für unser Haus ein "
                                                "Einstellungsstopp beschlossen. Die ausgeschriebene Stelle kann "
                                                "daher leider nicht besetzt werden."),
    ("Stand Ihrer Bewerbung", "wie Sie vielleicht aus der Presse erfahren haben, befindet sich unser Unternehmen in"
                              " einer Restrukturierung. Alle laufenden Rekrutierungen wurden gestoppt, so auch Ihre"
                              " Bewerbung."),
    ("Bewerbung Teamassistenz", "Die Geschäftsleitung hat entschieden, bis auf Weiteres keine neuen Stellen zu "
                                "besetzen. Wir müssen Ihnen daher leider absagen."),
    ("Ihre Bewerbung", "leider hat sich die Budgetplanung geändert und die Stelle wurde nicht genehmigt. Damit "
                       "können wir den Bewerbungsprozess nicht fortführen."),
    ("Bewerbung als Entwicklerin", "Wir haben kurzfristig einen Recruiting-Stopp verhängt. Wir bedauern sehr, Ihnen"
                                   " heute keine andere Nachricht schicken zu können."),
    ("Vakanz Controlling", "Die Vakanz wird aus wirtschaftlichen Gründen nicht weiterverfolgt. Wir bedanken uns für"
                           " Ihr Interesse."),
    ("Ihre Bewerbung bei der Stadt", "Die Stelle wurde im Zuge von Sparmassnahmen gestrichen. Eine Besetzung findet"
                                     " nicht statt."),
    ("Bewerbung Einkäufer", "Aufgrund eines Einstellungsstopps sind wir derzeit leider nicht in der Lage, Ihnen ein"
                            " Angebot zu unterbreiten."),
    ("Rekrutierung pausiert", "Die Rekrutierung für diese Stelle wurde auf unbestimmte Zeit ausgesetzt. Wir "
                              "schliessen deshalb alle offenen Bewerbungen, auch Ihre."),
    ("Bewerbung", "Wir haben beschlossen, die Stelle aus Kostengründen nicht zu besetzen. Es tut uns leid."),
    # --- agency -------------------------------------------------------------------------------------------------------
    ("Ihre Bewerbung über uns", "ich habe leider schlechte Nachrichten: Mein Auftraggeber hat sich gegen Sie "
                                "entschieden."),
    ("Feedback Kunde", "mein Kunde hat sich nach dem Zweitgespräch für eine Kandidatin aus dem eigenen Netzwerk "
                       "entschieden."),
    ("Ihr Profil für die Position Head of IT", "unser Mandant hat Ihr Profil gesichtet, wird Sie aber nicht zu "
                                               "einem Gespräch einladen."),
    ("Rückmeldung Kunde", "der Kunde hat die Stelle zwischenzeitlich mit einem eigenen Kandidaten besetzt. Ich "
                          "melde mich, wenn ich etwas Neues für Sie habe."),
    ("Deine Kandidatur", "leider hat der Kunde abgesagt. Er möchte jemanden, der schon in der Branche gearbeitet hat."),
    ("Vorstellung bei unserem Kunden", "unser Kunde hat uns mitgeteilt, dass er sich für einen anderen Bewerber "
                                       "entschieden hat."),
    ("Update Position Produktionsleiter", "Ich habe heute mit dem Kunden gesprochen. Er sieht Sie leider nicht in "
                                          "der Rolle."),
    ("Ihre Bewerbung über Personaldienst Nord", "unser Kundenunternehmen hat entschieden, Ihre Bewerbung nicht "
                                                "weiter zu verfolgen."),
    # --- platform relay -----------------------------------------------------------------------------------------------
    ("Es gibt Neuigkeiten zu Ihrer Bewerbung", "Hallo, die Firma Keller Bau hat Ihre Bewerbung als Bauzeichner "
                                               "gelesen und sich leider dagegen entschieden."),
    ("Ihre Bewerbung auf Jobportal", "Schade! Die Stadtwerke Ems haben sich für andere Bewerber entschieden. "
                                     "Bewerben Sie sich gleich auf ähnliche Stellen."),
    ("Bewerbungsstatus: abgesagt", "Ihr Bewerbungsstatus bei Rossmann Logistik hat sich geändert: abgesagt."),
    ("Nachricht zu Ihrer Bewerbung", "Wir möchten Sie informieren, dass der Arbeitgeber die Stelle inzwischen "
                                     "besetzt hat."),
    ("Ihre Bewerbung bei Lindner", "Lindner GmbH hat Ihre Bewerbung nicht in die engere Auswahl genommen."),
    ("Deine Bewerbung", "Leider hat Buchhandlung Falk dir eine Absage geschickt. Lass den Kopf nicht hängen!"),
    ("Update", "Die Stellenanzeige, auf die Sie sich beworben haben, wurde vom Arbeitgeber deaktiviert. Ihre "
               "Bewerbung wird nicht weiter bearbeitet."),
    ("Ihre Bewerbung", "Der Arbeitgeber hat Ihre Bewerbung als 'nicht passend' markiert."),
    # --- various ------------------------------------------------------------------------------------------------------
    ("Bewerbung als Lehrerin", "Die Schulleitung hat sich für eine Bewerberin mit der Fächerkombination "
                               "Mathe/Physik entschieden."),
    ("Ihre Bewerbung", "Nach Auswertung aller Bewerbungen sind Sie leider nicht in die Endauswahl gekommen."),
    ("Bewerbung", "Hallo Chris, ich mach's kurz: Du bist es leider nicht geworden. Danke trotzdem!"),
    ("Ihre Bewerbung", "Leider reicht Ihre Berufserfahrung für diese Senior-Position nicht aus."),
    ("Bewerbung", "Wir haben einen Kandidaten gefunden, der perfekt passt. Dir trotzdem vielen Dank!"),
    ("Ihre Bewerbung", "Die Auswahl ist auf eine Bewerberin gefallen, die bereits Erfahrung im öffentlichen Dienst "
                       "hat."),
    ("Bewerbung Verkauf", "Da wir die Stelle nur mit Führerschein besetzen können, müssen wir dir leider eine "
                          "Absage erteilen."),
    ("Ihre Bewerbung", "Wir haben Ihre Bewerbung mit Interesse gelesen, sehen aber derzeit keine Möglichkeit, Sie "
                       "in unserem Team einzusetzen."),
    ("Bewerbung Sachbearbeitung", "Ihre Bewerbung konnte leider nicht in die engere Wahl einbezogen werden."),
    ("Ihre Bewerbung als Mechatroniker", "Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung diesmal "
                                         "keinen Erfolg hatte."),
    ("Bewerbung", "Zu unserem Bedauern müssen wir Ihnen mitteilen, dass die Stelle nicht mit Ihnen besetzt wird."),
    ("Bewerbung Grafiker", "Die Stelle wurde mit einer Grafikerin besetzt, die bereits für uns frei gearbeitet hat."),
    ("Ihre Bewerbung", "Im Rahmen der Vorauswahl konnten wir Sie leider nicht berücksichtigen."),
    ("Bewerbung Aushilfe", "Wir brauchen leider doch keine Aushilfe mehr. Sorry!"),
    ("Deine Bewerbung", "Ich muss dir leider sagen, dass wir uns für jemanden mit mehr Erfahrung entschieden haben."),
    ("Bewerbung", "Die Position ist intern vergeben worden."),
    ("Ihre Bewerbung", "Nach dem Telefoninterview haben wir beschlossen, Sie nicht in die nächste Runde einzuladen."),
    ("Ihre Bewerbung", "Wir haben die Ausschreibung beendet, ohne die Stelle zu besetzen."),
    ("Ihre Bewerbung", "Ihr Profil passt gut zu uns, aber leider nicht zu dieser Stelle. Wir können Ihnen daher "
                       "keine Zusage geben."),
    ("Bewerbung Fahrer", "Leider haben wir uns schon anderweitig entschieden."),
    ("Bewerbung", "Tut mir leid, aber die Stelle haben wir schon an jemand anderen vergeben."),
    ("Ihre Bewerbung", "Aufgrund der hohen Zahl an Bewerbungen konnten wir nur wenige Kandidatinnen einladen. Sie "
                       "gehören leider nicht dazu."),
    ("Ihre Bewerbung", "Ihre Bewerbung wurde geprüft, jedoch nicht für das weitere Verfahren ausgewählt."),
    ("Bewerbung Koch", "Wir suchen jemanden mit Erfahrung in der gehobenen Küche und haben uns deshalb gegen dich "
                       "entschieden."),
    ("Ihre Bewerbung", "Wir müssen Ihnen leider mitteilen, dass Sie im Bewerbungsverfahren ausgeschieden sind."),
    ("Ihre Bewerbung", "Nach Abschluss des Auswahlverfahrens müssen wir Ihnen leider mitteilen, dass unsere Wahl "
                       "nicht auf Sie gefallen ist."),
    # --- a third batch, after the second fixes ------------------------------------------------------------------------
    ("Ihre Bewerbung um die Stelle einer Sachbearbeiterin (Kennzahl 12/2025)", "wir teilen Ihnen mit, dass die "
                                                                               "Auswahlentscheidung zugunsten einer"
                                                                               " anderen Bewerberin getroffen "
                                                                               "wurde. Ihre Bewerbungsunterlagen "
                                                                               "werden nach Ablauf der Fristen "
                                                                               "vernichtet."),
    ("Ihre Bewerbung – Universitätsklinikum", "wir haben Ihre Bewerbung sorgfältig geprüft. Leider können wir Ihnen"
                                              " keine Stelle in unserem Haus anbieten."),
    ("Ihre Bewerbung als Assistenzarzt", "Die Stelle in der Inneren Medizin ist mittlerweile vergeben. Wir "
                                         "bedauern, Ihnen keine günstigere Nachricht geben zu können."),
    ("Bewerbung Pflege", "Leider haben sich für die Station bereits genügend Pflegekräfte gefunden."),
    ("Ihre Bewerbung", "Nach eingehender Prüfung Ihrer Unterlagen bedauern wir, Ihnen mitteilen zu müssen, dass wir"
                       " Sie nicht in die engere Auswahl ziehen konnten."),
    ("Ihre Bewerbung vom 12.05.", "wir müssen Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen"
                                  " konnten, da wir uns für einen Bewerber entschieden haben, dessen Profil unseren"
                                  " Anforderungen noch besser entspricht."),
    ("Bewerbung – Gemeinde", "Der Gemeinderat hat in seiner Sitzung vom 3. Juni eine andere Bewerberin gewählt."),
    ("Ihre Bewerbung als Schulsozialarbeiterin", "Der Personalrat hat der Einstellung einer anderen Bewerberin "
                                                 "zugestimmt. Wir können Ihnen daher leider keine Zusage machen."),
    ("Ihre Bewerbung im Kanton", "Wir haben uns nach sorgfältiger Abwägung für eine andere Kandidatur entschieden."),
    ("Stelle Lagermitarbeiter", "Wir haben die Stelle an einen Bewerber aus der Umgebung vergeben, der sofort "
                                "anfangen kann."),
    ("Deine Bewerbung als Barista", "Hey! Leider haben wir schon eine neue Kollegin gefunden. Komm trotzdem gerne "
                                    "mal auf einen Kaffee vorbei!"),
    ("Re: Bewerbung Rezeption", "Hallo Frau Yilmaz, leider ist die Stelle schon besetzt. Freundliche Grüße"),
    ("Ihre Bewerbung", "Leider ist unsere Entscheidung zu Ihren Ungunsten ausgefallen."),
    ("Ihre Bewerbung bei uns", "Es tut mir leid, Ihnen heute absagen zu müssen. Ihr Profil ist sehr gut, aber wir "
                               "haben uns für jemanden mit Branchenerfahrung entschieden."),
    ("Bewerbung Werkstudent IT", "Da wir die Stelle nur an Studierende im Master vergeben, können wir dich leider "
                                 "nicht berücksichtigen."),
    ("Bewerbung", "Danke für deine Geduld! Wir haben jetzt entschieden und es ist leider eine Absage."),
    ("Ihre Bewerbung", "Bei der Vielzahl hochqualifizierter Bewerbungen mussten wir eine Auswahl treffen, die "
                       "leider nicht zu Ihren Gunsten ausgefallen ist."),
    ("Ihre Bewerbung als Steuerfachangestellte", "Ihre Bewerbung hat uns gefallen, doch ein anderer Bewerber passt "
                                                 "noch besser zu den Anforderungen der Kanzlei."),
    ("Ihr Vorstellungsgespräch am 4. März", "nach Abschluss aller Gespräche haben wir uns gegen eine Zusammenarbeit"
                                            " mit Ihnen entschieden."),
    ("Nach dem Probearbeiten", "danke nochmal fürs Probearbeiten am Samstag. Wir haben uns leider für eine andere "
                               "Bewerberin entschieden."),
    ("Ihr Online-Assessment", "leider haben Sie das Online-Assessment nicht erfolgreich abgeschlossen. Ihre "
                              "Bewerbung wird daher nicht weiter berücksichtigt."),
    ("Ihre Kandidatur für Head of Finance", "im Namen unseres Mandanten bedanke ich mich für Ihr Interesse. Der "
                                            "Mandant hat sich für einen Kandidaten entschieden, der bereits CFO-"
                                            "Erfahrung mitbringt."),
    ("Ihre Bewerbung über die Personalberatung", "ich hatte gestern das Feedbackgespräch mit unserem Kunden. Leider"
                                                 " möchte er den Prozess mit Ihnen nicht fortsetzen."),
    ("Personalvermittlung – Rückmeldung", "leider muss ich Ihnen mitteilen, dass mein Kunde sich gegen Ihr Profil "
                                          "entschieden hat."),
    ("Dein Profil bei Talentbrücke", "das Unternehmen Wolkenwerk hat dein Profil angesehen und sich gegen ein "
                                     "Gespräch entschieden."),
    ("Ihre Bewerbung über Jobbörse", "Ihre Bewerbung für die Stelle Bürokaufmann bei Hansen & Söhne wurde vom "
                                     "Arbeitgeber abgelehnt."),
    ("Rückmeldung des Unternehmens", "Das Unternehmen hat uns gebeten, Ihnen auszurichten, dass die Wahl auf eine "
                                     "andere Kandidatin gefallen ist."),
    ("Ihre Bewerbung bei der Bergbahn AG", "Über unser Bewerbermanagement-System teilen wir Ihnen mit: Ihre "
                                           "Bewerbung wurde nicht in die nächste Phase übernommen."),
    ("Bewerbung – Zwischenbescheid", "Wir möchten Sie darüber informieren, dass Ihre Bewerbung im weiteren "
                                     "Verfahren keine Berücksichtigung mehr finden kann."),
    ("Ihre Bewerbung", "Wir haben beschlossen, die Position vorerst nicht zu besetzen und das Aufgabengebiet im "
                       "Team zu verteilen. Wir bitten um Verständnis."),
    ("Ihre Bewerbung als Vertriebsleiter", "Da sich unsere Organisation gerade neu aufstellt, wurde die Stelle "
                                           "gestrichen. Wir bedanken uns für Ihr Interesse."),
    ("Bewerbung Erzieherin", "Wegen fehlender Zuschüsse kann die Stelle nicht geschaffen werden. Wir müssen Ihre "
                             "Bewerbung daher leider zurücksenden."),
    ("Ihre Bewerbung", "Aufgrund einer konzernweiten Einstellungspause nehmen wir derzeit keine Einstellungen vor. "
                       "Ihre Bewerbung können wir deshalb nicht berücksichtigen."),
    ("Ihre Bewerbung", "die Besetzung der Stelle wurde bis auf Weiteres zurückgestellt. Wir haben das Verfahren "
                       "deshalb beendet."),
    ("Ihre Bewerbung", "In Absprache mit der Fachabteilung wurde entschieden, die Stelle nicht zu besetzen. Das "
                       "Bewerbungsverfahren ist damit abgeschlossen."),
    ("Bewerbung", "Leider muss ich dir mitteilen, dass du die Stelle nicht bekommst."),
    ("Ihre Bewerbung", "Leider sind wir zu dem Schluss gekommen, dass Ihr Profil nicht zu unseren Anforderungen "
                       "passt."),
    ("Bewerbung Hausverwaltung", "Sie haben uns mit Ihrer Bewerbung nicht ganz überzeugt. Wir sagen deshalb ab."),
    ("Ihre Bewerbung", "Wir bedanken uns für Ihre Bewerbung, können diese aber nicht berücksichtigen, da die Stelle"
                       " bereits intern vergeben wurde. Ihre Unterlagen haben wir gelöscht."),
    ("Ihre Bewerbung als Fachinformatiker", "Leider können wir Ihnen im Moment keine Ausbildungsstelle anbieten. "
                                            "Alle Plätze für 2026 sind belegt."),
    ("Ihre Bewerbung als Kellnerin", "Wir haben die Saisonstellen schon alle besetzt. Vielleicht klappt es nächstes"
                                     " Jahr!"),
    ("Re: Minijob", "Sorry, der Minijob ist schon vergeben!"),
    ("Bewerbung", "Die Geschäftsführung hat sich gegen eine Einstellung entschieden."),
    # --- a fourth batch, after the third fixes ------------------------------------------------------------------------
    # --- freezes and budgets ------------------------------------------------------------------------------------------
    ("Ihre Bewerbung", "Für die ausgeschriebene Stelle besteht eine Wiederbesetzungssperre. Das Auswahlverfahren "
                       "wird daher nicht weitergeführt."),
    ("Bewerbung Verwaltungsfachangestellte", "Leider wurde die Stelle vom Haushaltsausschuss nicht freigegeben. Wir"
                                             " können Ihre Bewerbung deshalb nicht weiter berücksichtigen."),
    ("Ihre Bewerbung", "Wegen Kurzarbeit in unserem Betrieb stellen wir momentan niemanden ein. Wir bitten um "
                       "Verständnis."),
    ("Ihre Bewerbung bei der Firma Wagner", "Durch die Fusion mit unserem Schwesterunternehmen fällt die Position "
                                            "weg. Wir bedauern, Ihnen keine positive Nachricht geben zu können."),
    ("Stellenausschreibung IT-Administrator", "Die Stellenbesetzungssperre des Landes gilt auch für diese Stelle. "
                                              "Eine Einstellung ist derzeit nicht möglich."),
    ("Ihre Bewerbung", "Das Budget für die Stelle wurde kurzfristig nicht bewilligt. Daher ziehen wir die "
                       "Ausschreibung zurück."),
    ("Bewerbung Buchhaltung", "Wir müssen Personalkosten einsparen und können die Stelle deshalb leider nicht "
                              "besetzen."),
    ("Ihre Bewerbung", "Im Zuge einer Neuorganisation haben wir beschlossen, die Stelle nicht mehr auszuschreiben "
                       "und das Verfahren zu beenden."),
    ("Ihre Bewerbung", "Aufgrund der Auftragslage haben wir uns entschieden, derzeit keine neuen Mitarbeitenden "
                       "einzustellen."),
    ("Rückmeldung Bewerbung", "Die Stelle liegt derzeit auf Eis. Wann oder ob sie besetzt wird, ist offen. Wir "
                              "schliessen Ihre Bewerbung daher."),
    # --- agencies -----------------------------------------------------------------------------------------------------
    ("Ihre Bewerbung über unsere Personalberatung", "das Unternehmen, bei dem Sie sich über uns beworben haben, hat"
                                                    " uns mitgeteilt, dass es sich für eine andere Kandidatin "
                                                    "entschieden hat."),
    ("Executive Search – Update", "unser Auftraggeber hat den Suchauftrag überraschend zurückgezogen. Damit endet "
                                  "leider auch Ihr Prozess."),
    ("Position Leiter Einkauf", "mein Klient hat sich nach dem zweiten Gespräch anders entschieden. Ich hätte Ihnen"
                                " gern etwas anderes berichtet."),
    ("Kandidatur Senior Consultant", "Der Kunde hat sich entschieden, die Position mit einem Kandidaten aus dem "
                                     "eigenen Haus zu besetzen."),
    ("Ihre Bewerbung über Jobwerk Personal", "Unser Kunde hat die Stelle bereits besetzt. Wir behalten Sie für "
                                             "weitere Einsätze im Blick."),
    ("Rückmeldung Headhunter", "Der Kunde war von Ihrem Profil angetan, hat sich am Ende aber für eine interne "
                               "Nachfolge entschieden."),
    ("Ihre Kandidatur", "Ich habe heute Rückmeldung bekommen: Der Kunde geht mit zwei anderen Kandidaten in die "
                        "nächste Runde."),
    # --- platforms / ATS ----------------------------------------------------------------------------------------------
    ("Ihre Bewerbung bei Kessler Medien", "Die Recruiterin von Kessler Medien hat Ihre Bewerbung abgelehnt."),
    ("Statusupdate", "Ihre Bewerbung 'Junior Controller (m/w/d)' hat einen neuen Status: Absage."),
    ("Bewerbung bei Berger Textil", "Berger Textil hat die Stelle 'Verkäufer/in' geschlossen. Ihre Bewerbung wurde "
                                    "daher nicht berücksichtigt."),
    ("Ihre Bewerbung über Stellenmarkt", "Der Arbeitgeber hat sich entschieden, Sie nicht zu einem Gespräch "
                                         "einzuladen."),
    ("Benachrichtigung", "Leider ist Ihre Bewerbung bei Hofer Elektro nicht weitergekommen."),
    ("Deine Bewerbung bei Café Sonne", "Café Sonne hat deine Bewerbung leider abgelehnt. Such dir einfach den "
                                       "nächsten Job aus!"),
    ("Ihre Bewerbung bei der Klinik am See", "Die Klinik am See bedankt sich für Ihre Bewerbung und teilt Ihnen "
                                             "mit, dass die Stelle anderweitig vergeben wurde."),
    # --- public sector, Austria, Switzerland --------------------------------------------------------------------------
    ("Ihre Bewerbung – Amt der Landesregierung", "Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung im "
                                                 "Zuge des Objektivierungsverfahrens nicht berücksichtigt werden "
                                                 "konnte."),
    ("Bewerbung Magistratsabteilung", "Leider müssen wir Ihnen mitteilen, dass Sie beim Aufnahmetest die "
                                      "erforderliche Mindestpunktezahl nicht erreicht haben."),
    ("Ihre Bewerbung beim Bund", "Nach Durchführung des Auswahlverfahrens wurde eine andere Bewerberin für die "
                                 "Funktion ausgewählt."),
    ("Ihre Bewerbung (Stellen-ID 4411)", "Wir teilen Ihnen mit, dass Sie in der Reihung nicht an erster Stelle "
                                         "gereiht wurden. Die Stelle wurde an die erstgereihte Bewerberin vergeben."),
    ("Ihre Bewerbung", "Grüezi Herr Meier, wir haben uns nach reiflicher Überlegung für eine andere Kandidatin "
                       "entschieden. Wir danken Ihnen für Ihr Interesse."),
    ("Ihre Bewerbung", "Leider konnten wir Sie für die engere Auswahl nicht berücksichtigen. Ihr Dossier senden wir"
                       " Ihnen mit separater Post zurück."),
    ("Bewerbung Polizeidienst", "Aufgrund des ärztlichen Gutachtens ist eine Einstellung in den "
                                "Polizeivollzugsdienst nicht möglich."),
    # --- persons, casual ----------------------------------------------------------------------------------------------
    ("Bewerbung", "Servus, leider wird das nix mit der Stelle, wir haben schon wen. Pfiat di!"),
    ("Re: Nebenjob", "Hi, der Job ist leider weg, sorry! LG"),
    ("AW: Bewerbung", "Hallo, wir haben die Stelle intern besetzt. Viel Erfolg noch. Gruß Heinz"),
    ("Bewerbung Praktikum Redaktion", "Leider können wir dir für den Sommer keinen Praktikumsplatz anbieten, wir "
                                      "sind schon voll."),
    # --- buried / after other business / ambiguous register -----------------------------------------------------------
    ("Ihre Anfrage und Bewerbung", "anbei die gewünschte Bestätigung über Ihren Besuch bei uns für Ihr Jobcenter. "
                                   "Zur Stelle selbst haben wir leider eine andere Entscheidung getroffen."),
    ("Rückmeldung zum Gespräch", "danke, dass Sie so flexibel den Termin verschoben haben. Nach dem Gespräch sind "
                                 "wir zum Ergebnis gekommen, dass wir nicht mit Ihnen zusammenarbeiten werden."),
    ("Ihre Bewerbung", "Ihre Bewerbung hat uns sehr gefreut. Trotz Ihrer interessanten Erfahrungen haben sich die "
                       "anderen Bewerberinnen als passender erwiesen."),
    ("Ihre Bewerbung", "Es ist uns nicht leicht gefallen, aber die Entscheidung ist zugunsten einer anderen Person "
                       "gefallen."),
    ("Ihre Bewerbung", "Wir haben die Stelle nun vergeben und können Sie daher im weiteren Verlauf nicht "
                       "berücksichtigen."),
    ("Ihre Bewerbung als Laborant", "Bitte haben Sie Verständnis, dass wir Ihnen heute eine Absage schicken müssen."),
    ("Bewerbung", "Wir werden Ihnen leider kein Vertragsangebot unterbreiten können."),
    # --- a fifth batch, after the fourth fixes ------------------------------------------------------------------------
    ("Ihre Bewerbung", "Leider haben wir festgestellt, dass Ihre Gehaltsvorstellung deutlich über unserem Budget "
                       "liegt. Wir werden den Prozess daher nicht mit Ihnen fortsetzen."),
    ("Ihre Bewerbung", "Wir mussten uns zwischen mehreren sehr guten Bewerbungen entscheiden und haben uns am Ende "
                       "nicht für Ihre entschieden."),
    ("Ihre Bewerbung", "Der Fachbereich sieht Ihre Qualifikation leider nicht als ausreichend für die Stelle an."),
    ("Rückmeldung Bewerbung", "Nach sorgfältiger Überlegung möchten wir Ihre Bewerbung nicht weiter vorantreiben."),
    ("Ihre Bewerbung", "Wir haben uns für Bewerberinnen und Bewerber entschieden, deren Profil stärker auf den "
                       "Vertrieb ausgerichtet ist."),
    ("Ihre Bewerbung", "Eine Einladung zum Vorstellungsgespräch ist leider nicht möglich."),
    ("Ihre Bewerbung", "Es tut uns leid, aber wir gehen mit Ihrer Bewerbung nicht in die nächste Runde."),
    ("Deine Bewerbung", "Wir würden dich gern ins Team holen, aber leider fehlt uns aktuell das Budget für die "
                        "Stelle. Deshalb müssen wir dir absagen."),
    ("Bewerbung", "Wir haben uns gegen die Besetzung der Stelle entschieden."),
    ("Bewerbung Elektriker", "Die Stelle ist leider schon besetzt worden. Alles Gute für dich!"),
    ("Ihre Bewerbung", "Ihr Profil haben wir mit großem Interesse gelesen. Leider passt es nicht zu unseren "
                       "aktuellen Vakanzen."),
    ("Ihre Bewerbung", "Leider fiel unsere Wahl auf andere Kandidaten."),
    ("Re: Ihre Bewerbung", "Danke, aber wir sind schon versorgt."),
    ("Ihre Bewerbung", "Wir werden uns nicht weiter mit Ihrer Bewerbung befassen. Ihre Unterlagen werden gelöscht."),
    ("Ihre Bewerbung bei Nordwind", "Wir möchten uns für Ihre Bewerbung bedanken und Ihnen mitteilen, dass wir den "
                                    "Auswahlprozess mit anderen Kandidat*innen fortsetzen."),
    ("Ihre Bewerbung als Data Scientist", "Ihre Erfahrung im Bereich Machine Learning ist beeindruckend, für die "
                                          "Rolle benötigen wir jedoch fundierte Kenntnisse in Spark, die wir bei "
                                          "Ihnen nicht sehen. Wir werden Sie daher nicht einladen."),
    ("Bewerbung – Rückmeldung der Agentur", "der Kunde hat Ihr Profil abgelehnt, da er sich eine längere "
                                            "Betriebszugehörigkeit in den letzten Stationen wünscht."),
    ("Ihre Bewerbung über TalentNet", "Das Unternehmen hat Ihre Bewerbung zur Kenntnis genommen, wird sie aber "
                                      "nicht weiterverfolgen."),
    ("Ihre Bewerbung", "Zwischenzeitlich hat sich eine interne Lösung für die Stelle ergeben. Wir müssen Ihnen "
                       "daher leider absagen."),
    ("Ihre Bewerbung", "Die Entscheidung ist gefallen – leider nicht für Sie."),
    ("Ihre Bewerbung", "Wir haben die Stelle einer Bewerberin zugesagt, die bereits im Unternehmen tätig ist."),
    ("Ihre Bewerbung", "Nach Rücksprache mit dem Betriebsrat wird die Stelle intern ausgeschrieben und nicht extern"
                       " besetzt. Ihre Bewerbung können wir deshalb nicht berücksichtigen."),
    ("Bewerbung", "Wir sind zu dem Entschluss gekommen, Ihnen keine Stelle anzubieten."),
    ("Ihre Bewerbung", "Leider müssen wir Ihnen einen Korb geben."),
    ("Ihre Bewerbung", "Die Stelle wird nicht mehr benötigt, da die Aufgaben ausgelagert werden. Wir danken Ihnen "
                       "für die Bewerbung."),
    ("Bewerbung Erzieher", "Der Träger hat die Stelle aus Kostengründen zurückgenommen. Ihre Bewerbung hat sich "
                           "damit leider erledigt."),
    ("Deine Bewerbung", "Wir haben uns leider anders orientiert."),
    ("Bewerbung", "Ihre Bewerbung war leider nicht erfolgreich."),
    ("Ihre Bewerbung", "Das Unternehmen hat sich gegen eine Weiterführung Ihrer Bewerbung entschieden."),
    # found since sweep 2 (an agency's process "mit Ihnen" is job context; an assessment centre names a post; an
    # agency naming itself, "der Personaldienstleister", is job context)
    ("Rückmeldung", "der Personaldienstleister teilt Ihnen mit, dass der Kundenbetrieb Sie nicht übernehmen wird."),
    ("Feedback vom Kunden", "ich habe heute Rückmeldung vom Kunden erhalten: Sie möchten den Prozess mit Ihnen "
                            "nicht weiterführen. Das tut mir leid!"),
    ("Ergebnis Assessment Center", "Im Assessment Center haben Sie die Anforderungen leider nicht in allen "
                                   "Bereichen erfüllt. Wir können Ihnen daher kein Angebot machen."),
    # (sweep 3 of de/fr: once still missed, now found: a temp agency by its trade, a small employer's "nicht mehr frei")
    ("Zeitarbeit – Ihr Einsatz", "der Kunde hat kurzfristig abgesagt, der Einsatz als Lagerhelfer findet nicht "
                                 "statt. Wir melden uns mit neuen Angeboten."),
    ("Bewerbung Küchenhilfe", "Hallo, die Stelle ist nicht mehr frei. Danke für dein Interesse!"),
]

NON_REJECTIONS = [
    # --- received / acknowledgement -----------------------------------------------------------------------------------
    ("Eingangsbestätigung", "vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns "
                            "innerhalb von drei Wochen."),
    ("Ihre Bewerbung ist eingegangen", "Ihre Bewerbung als Controller ist bei uns eingegangen. Bitte haben Sie "
                                       "etwas Geduld, da wir viele Zuschriften erhalten."),
    ("Zwischenbescheid", "leider verzögert sich die Auswahl, da noch nicht alle Bewerbungen gesichtet wurden. Wir "
                         "melden uns bis Ende des Monats."),
    ("Zwischenstand", "Ihre Bewerbung befindet sich noch in Prüfung. Eine Entscheidung ist noch nicht gefallen."),
    ("Bewerbung erhalten", "danke für deine Bewerbung! Wir schauen sie uns in Ruhe an und melden uns dann bei dir."),
    # --- invitations / next steps / offers ----------------------------------------------------------------------------
    ("Einladung zum Vorstellungsgespräch", "wir freuen uns, Sie zu einem Vorstellungsgespräch am 12. Mai um 10 Uhr "
                                           "einzuladen."),
    ("Einladung Online-Test", "im nächsten Schritt bitten wir Sie, einen Online-Test zu absolvieren. Den Link "
                              "finden Sie unten."),
    ("Nächste Runde", "Sie sind eine Runde weiter! Wir möchten Sie gerne zum zweiten Gespräch mit der "
                      "Geschäftsführung einladen."),
    ("Zusage", "wir freuen uns, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben! Den Vertrag "
               "senden wir Ihnen per Post."),
    ("Vertragsangebot", "anbei unser Vertragsangebot für die Stelle als Projektleiterin. Wir haben uns gegen die "
                        "anderen Bewerber und für Sie entschieden."),
    ("Assessment Center Termin", "herzlichen Glückwunsch, Sie haben den Online-Test bestanden. Wir laden Sie zum "
                                 "Assessment Center ein."),
    ("Probetag", "hättest du nächste Woche Zeit für einen Probetag? Wir würden dich gerne kennenlernen."),
    ("Terminverschiebung", "leider müssen wir das Gespräch am Donnerstag absagen und würden gerne einen neuen "
                           "Termin mit Ihnen vereinbaren."),
    ("Interview verschoben", "Leider muss ich unser Interview morgen absagen, da ich krank bin. Können wir auf "
                             "Montag verschieben?"),
    ("Weiteres Vorgehen", "das Auswahlverfahren läuft noch. Wir haben uns noch nicht entschieden und melden uns "
                          "nächste Woche."),
    # --- reader withdrawing / declining, company confirming withdrawal ------------------------------------------------
    ("Rückzug meiner Bewerbung", "hiermit ziehe ich meine Bewerbung zurück, da ich mich für ein anderes Angebot "
                                 "entschieden habe."),
    ("Bestätigung Rückzug", "wir bestätigen den Rückzug Ihrer Bewerbung und bedauern, dass Sie sich anders "
                            "entschieden haben. Ihre Daten werden gelöscht."),
    ("Absage Ihrerseits", "schade, dass Sie unser Angebot abgelehnt haben. Wir respektieren Ihre Entscheidung und "
                          "wünschen Ihnen alles Gute."),
    ("Re: Angebot", "vielen Dank für das Angebot, ich muss es aber leider ablehnen, da ich eine andere Stelle "
                    "angenommen habe."),
    ("Ihre Absage", "danke für Ihre Nachricht, dass Sie nicht mehr an der Stelle interessiert sind. Wir haben Ihre "
                    "Bewerbung entsprechend geschlossen."),
    ("Re: Einladung", "leider muss ich das Vorstellungsgespräch absagen, da ich inzwischen eine Zusage von einem "
                      "anderen Arbeitgeber habe."),
    ("Dein Rückzug", "schade, dass du deine Bewerbung zurückgezogen hast! Falls du es dir anders überlegst, melde "
                     "dich gern."),
    # --- decision about someone else ----------------------------------------------------------------------------------
    ("Kandidat Meier", "wir haben uns gegen Herrn Meier entschieden. Kannst du ihm bitte heute noch absagen?"),
    ("Bewerber für dein Team", "für die Stelle in deinem Team haben wir uns für Frau Krüger entschieden. Sie fängt "
                               "am 1. Juli an."),
    ("Deine Empfehlung", "danke für die Empfehlung deines Freundes. Leider haben wir uns für einen anderen Bewerber"
                         " entschieden, sag ihm bitte Bescheid."),
    ("Interviews gestern", "danke, dass du bei den Interviews dabei warst. Wir sagen den beiden anderen Kandidaten "
                           "ab und machen mit Lena weiter."),
    ("Kollegin Sarah", "Sarah hat leider eine Absage für die interne Stelle bekommen. Vielleicht magst du kurz mit "
                       "ihr sprechen?"),
    ("Absagen verschicken", "bitte schick allen Bewerbern, die nicht eingeladen werden, bis Freitag die "
                            "Standardabsage."),
    ("Mein Bruder", "stell dir vor, Jonas hat die Stelle bei der Bank nicht bekommen. Er ist ziemlich enttäuscht."),
    ("Stelle in der Buchhaltung", "die Stelle in deinem Bereich ist jetzt besetzt, der neue Kollege beginnt am "
                                  "Montag. Bitte bereite seinen Arbeitsplatz vor."),
    ("Praktikant", "der Praktikant, den du vorgeschlagen hast, passt leider nicht zu uns. Danke trotzdem für den "
                   "Tipp."),
    # --- supplier / tender / quote / freelance proposal ---------------------------------------------------------------
    ("Ihr Angebot Nr. 4471", "vielen Dank für Ihr Angebot. Leider haben wir uns für einen anderen Anbieter "
                             "entschieden."),
    ("Ausschreibung Gebäudereinigung", "Ihr Angebot konnte bei der Vergabe leider nicht berücksichtigt werden. Der "
                                       "Zuschlag ging an einen anderen Bieter."),
    ("Ihr Kostenvoranschlag", "der Kostenvoranschlag liegt leider über unserem Budget, wir haben uns für einen "
                              "anderen Handwerker entschieden."),
    ("Projektanfrage", "danke für Ihr Angebot als Freelancer für das Relaunch-Projekt. Wir haben uns für eine "
                       "Agentur entschieden."),
    ("Lieferantenauswahl", "wir haben uns entschieden, die Zusammenarbeit mit Ihrem Unternehmen als Lieferant nicht"
                           " fortzusetzen."),
    ("Ihr Pitch", "Ihr Pitch für unsere Kampagne hat uns gefallen, aber der Auftrag geht an eine andere Agentur."),
    ("Ihre Offerte", "wir danken für Ihre Offerte. Der Auftrag wurde leider an einen Mitbewerber vergeben."),
    # --- not a job: course, school, flat, loan, grant, volunteer ------------------------------------------------------
    ("Ihre Wohnungsbewerbung", "leider haben wir die Wohnung an einen anderen Interessenten vergeben."),
    ("Mietinteresse", "Die Vermieterin hat sich für andere Mieter entschieden. Viel Glück bei der Wohnungssuche."),
    ("Kreditanfrage", "Ihr Kreditantrag wurde leider abgelehnt. Ihre Bonität reicht für den gewünschten Betrag "
                      "nicht aus."),
    ("Förderantrag", "Ihr Antrag auf Förderung wurde von der Jury leider nicht ausgewählt."),
    ("Studienplatz", "Leider können wir Ihnen keinen Studienplatz im Fach Medizin anbieten. Sie haben den NC nicht "
                     "erreicht."),
    ("Kitaplatz", "Für Ihr Kind können wir zum August leider keinen Betreuungsplatz anbieten."),
    ("Ehrenamt", "danke für dein Interesse am Ehrenamt bei uns. Momentan haben wir genug Helfer, wir melden uns im "
                 "Frühjahr."),
    ("Sprachkurs", "der Kurs Deutsch B2 ist leider ausgebucht. Wir haben Sie auf die Warteliste gesetzt."),
    ("Stipendium", "Ihre Bewerbung für das Stipendium war leider nicht erfolgreich. Die Konkurrenz war sehr groß."),
    ("Vereinsaufnahme", "Ihr Antrag auf Mitgliedschaft im Golfclub wurde vom Vorstand abgelehnt."),
    ("Ihr Beitrag", "Ihr Manuskript wurde von den Gutachtern leider nicht zur Veröffentlichung angenommen."),
    ("Ihr Vortrag", "Ihr Vortragsvorschlag wurde für die Konferenz leider nicht ausgewählt."),
    ("Reklamation", "Ihre Reklamation wurde geprüft und leider abgelehnt, da die Garantie abgelaufen ist."),
    ("Versicherungsfall", "Die Versicherung hat die Übernahme der Kosten abgelehnt."),
    ("Schulanmeldung", "Ihr Sohn konnte am Gymnasium leider nicht aufgenommen werden, da die Kapazitäten erschöpft "
                       "sind."),
    ("Antrag auf Elternzeit", "Ihr Antrag auf Teilzeit während der Elternzeit wurde leider abgelehnt."),
    ("Urlaubsantrag", "Dein Urlaubsantrag für August wurde leider abgelehnt, da schon zu viele Kollegen frei haben."),
    ("Visumantrag", "Ihr Antrag auf ein Visum wurde abgelehnt."),
    # --- job alerts / outreach / newsletters --------------------------------------------------------------------------
    ("Neue Jobs für Sie", "Neue Stellen passend zu Ihrem Suchprofil: Buchhalter (m/w/d) in Köln, Controller in "
                          "Bonn. Jetzt bewerben!"),
    ("Jobalarm", "5 neue Jobs als Entwickler in Berlin. Bewirb dich jetzt, bevor die Stelle besetzt ist!"),
    ("Interessante Position", "ich bin auf Ihr Profil aufmerksam geworden und habe eine spannende Position für Sie."
                              " Hätten Sie Zeit für ein kurzes Telefonat?"),
    ("Newsletter Karriere", "In dieser Ausgabe: Wie gehe ich mit einer Absage um? Fünf Tipps, damit Sie nach einer "
                            "Ablehnung motiviert bleiben."),
    ("Karriere-Tipps", "Viele Bewerber erhalten Absagen, weil das Anschreiben zu allgemein ist. Lesen Sie, wie Sie "
                       "es besser machen."),
    ("Ihr Profil bei uns", "Ihr Profil wurde diese Woche von 7 Unternehmen angesehen. Vervollständigen Sie Ihr "
                           "Profil für mehr Sichtbarkeit."),
    ("Talentpool", "Sie sind jetzt Mitglied in unserem Talentpool. Wir informieren Sie über passende Stellen."),
    ("Webinar", "Melden Sie sich an zu unserem Webinar 'Einstellungsstopp? So bewerben Sie sich trotzdem "
                "erfolgreich'."),
    # --- internal / process continues / hiring freeze news about the company ------------------------------------------
    ("Info an alle Mitarbeitenden", "aufgrund der Budgetlage gilt ab sofort ein Einstellungsstopp. Offene Stellen "
                                    "werden nicht nachbesetzt. Bestehende Verträge sind nicht betroffen."),
    ("Presse: Einstellungsstopp bei Autozulieferer", "Der Zulieferer hat einen Einstellungsstopp verhängt und will "
                                                     "300 Stellen streichen, berichtet die Zeitung."),
    ("Dein Vertrag", "deine Probezeit ist erfolgreich beendet, herzlichen Glückwunsch! Ab jetzt gilt deine reguläre"
                     " Kündigungsfrist."),
    ("Ihre Bewerbung – Unterlagen fehlen", "uns fehlen noch Ihre Zeugnisse. Bitte reichen Sie diese bis Freitag "
                                           "nach, damit wir Ihre Bewerbung weiter bearbeiten können."),
    ("Rückfrage zu Ihrer Bewerbung", "bevor wir eine Entscheidung treffen, hätten wir noch eine Frage zu Ihrer "
                                     "Gehaltsvorstellung."),
    ("Bewerbung weitergeleitet", "wir haben Ihre Bewerbung an die Fachabteilung weitergeleitet. Sie erhalten in "
                                 "Kürze eine Rückmeldung."),
    ("Andere Stelle?", "für die Position als Teamleiter suchen wir jemanden mit mehr Erfahrung, aber wir hätten "
                       "eine andere Stelle als Senior Sachbearbeiter, die gut zu Ihnen passen würde. Hätten Sie "
                       "Interesse?"),
    ("Stelle besetzt, Sie bleiben im Rennen", "die Stelle in München ist besetzt, wir möchten Sie aber gerne für "
                                              "die gleiche Position in Hamburg zum Gespräch einladen."),
    ("Onboarding", "willkommen im Team! Anbei die Infos für deinen ersten Tag."),
    ("Arbeitszeugnis", "anbei erhalten Sie Ihr Arbeitszeugnis. Wir bedanken uns für die Zusammenarbeit."),
    ("Kündigung Mietvertrag", "hiermit kündigen wir den Mietvertrag fristgerecht zum 31. Dezember."),
    ("Abo-Kündigung", "Ihre Kündigung des Zeitungsabos haben wir erhalten. Das Abo endet zum Monatsende."),
    ("Bestellung storniert", "Leider ist der Artikel nicht mehr lieferbar, Ihre Bestellung wurde storniert."),
    ("Mannschaft", "du bist leider nicht für die erste Mannschaft nominiert worden, spielst aber in der zweiten."),
    ("Gewinnspiel", "Leider haben Sie diesmal nicht gewonnen. Viel Glück beim nächsten Mal!"),
    ("Absage Termin", "Der Arzttermin am Mittwoch muss leider abgesagt werden."),
    ("Veranstaltung abgesagt", "Das Sommerfest wurde wegen des Wetters abgesagt."),
    ("Feedback an Bewerber", "Als Personalerin möchte ich Sie bitten, den abgelehnten Bewerbern bis Freitag "
                             "Feedback zu geben."),
    # --- written after the first fixes (a held-out check) -------------------------------------------------------------
    ("Einstellungsstopp – was bedeutet das für dich?", "Viele Unternehmen verhängen gerade einen Einstellungsstopp."
                                                       " In unserem Blog zeigen wir, wie du trotzdem einen Job "
                                                       "findest."),
    ("Interne Info", "Liebe Führungskräfte, ab sofort gilt ein Einstellungsstopp. Bitte keine neuen Stellen "
                     "ausschreiben."),
    ("Ihr Auftrag", "Ihr Auftrag wurde storniert, da der Artikel nicht mehr verfügbar ist."),
    ("Bewerbung zurückgezogen", "Sie haben Ihre Bewerbung erfolgreich zurückgezogen. Sie können sich jederzeit neu "
                                "bewerben."),
    ("Rückmeldung Kandidatin Weber", "Hallo Tom, der Kunde hat sich gegen Frau Weber entschieden. Kannst du ihr das"
                                     " bitte schonend beibringen?"),
    ("Absage an Bewerberin", "Bitte schicke der Bewerberin für die Assistenzstelle heute noch die Absage, wir haben"
                             " uns für Herrn Kim entschieden."),
    ("Deine Bewerbung ist da!", "Super, deine Bewerbung ist bei uns angekommen. Wir melden uns innerhalb von zwei "
                                "Wochen bei dir."),
    ("Vertrag", "Wir freuen uns, dass Sie sich für uns entschieden haben! Anbei Ihr Arbeitsvertrag."),
    ("Interviewtermin", "Wir möchten Sie gerne zu einem Interview am Montag einladen. Passt Ihnen 14 Uhr?"),
    ("Ihr Interesse an unserem Produkt", "Wir haben uns für ein anderes Tool entschieden. Danke für die Demo."),
    ("Angebot Website", "Danke für das Angebot zur Website. Wir haben uns für eine günstigere Agentur entschieden."),
    ("Förderung abgelehnt", "Ihr Antrag auf Weiterbildungsförderung wurde abgelehnt, da die Voraussetzungen nicht "
                            "erfüllt sind."),
    ("Mietwohnung", "Der Eigentümer hat sich für eine andere Bewerberin entschieden. Die Wohnung ist vergeben."),
    ("Teilnahme Hackathon", "Leider konnten wir dich für den Hackathon nicht berücksichtigen, die Plätze sind voll."),
    ("Sportverein", "Du wurdest leider nicht für den Kader nominiert. Training geht aber weiter!"),
    ("Jobangebote der Woche", "Neue Stellen: Buchhalter, Koch, Fahrer. Einige davon sind bald besetzt – jetzt "
                              "bewerben!"),
    ("Hallo Team", "Die Stelle im Vertrieb ist besetzt! Herzlich willkommen an unsere neue Kollegin Petra, die am "
                   "1. startet."),
    ("Dein Feedback zur Kandidatin", "Wie fandest du Frau Öztürk im Interview? Ich tendiere dazu, ihr abzusagen."),
    ("Bewerbung Ihres Sohnes", "Ihr Sohn hat sich bei uns um einen Ausbildungsplatz beworben. Leider können wir ihn"
                               " nicht berücksichtigen."),
    ("Ihre Absage", "Schade, dass Sie das Angebot ausschlagen. Wir wünschen Ihnen bei Ihrem neuen Arbeitgeber viel "
                    "Erfolg."),
    ("Ausschreibung IT-Dienstleistung", "Ihr Angebot erhielt leider nicht den Zuschlag. Der Auftrag ging an einen "
                                        "anderen Bieter."),
    ("Ihre Bewerbung – nächster Schritt", "Sie haben die erste Runde erfolgreich gemeistert! Im nächsten Schritt "
                                          "bitten wir Sie um eine Arbeitsprobe."),
    ("Absage Vorstellungsgespräch", "Leider müssen wir das Vorstellungsgespräch am Freitag absagen. Wir schlagen "
                                    "Ihnen einen neuen Termin vor."),
    ("Verzögerung", "Die Entscheidung über die Stellenbesetzung verzögert sich um zwei Wochen. Danke für Ihre Geduld."),
    ("Talentpool", "Vielen Dank für Ihre Zustimmung. Ihr Profil ist jetzt in unserem Talentpool gespeichert."),
    ("Mitgliedsantrag", "Ihr Antrag auf Aufnahme in den Chor wurde leider abgelehnt."),
    ("Ihr Bauantrag", "Ihr Bauantrag wurde abgelehnt. Gegen diesen Bescheid können Sie Widerspruch einlegen."),
    ("Kurs ausgebucht", "Der Yogakurs ist leider ausgebucht. Wir setzen Sie auf die Warteliste."),
    ("Referenz für Lisa", "Danke für die Referenz für Lisa. Wir haben uns leider gegen sie entschieden, sie passt "
                          "nicht ins Team."),
    ("Zweites Gespräch", "Wir haben uns entschieden, Sie zu einem zweiten Gespräch einzuladen. Bitte wählen Sie "
                         "einen Termin."),
    # --- a third batch, after the second fixes ------------------------------------------------------------------------
    ("Ihre Bewerbung", "vielen Dank für Ihre Rückmeldung, dass Sie Ihre Bewerbung zurückziehen möchten. Wir haben "
                       "das Verfahren für Sie beendet und Ihre Daten gelöscht."),
    ("Rückzug bestätigt", "wie gewünscht haben wir Ihre Bewerbung aus dem Verfahren genommen. Alles Gute für Ihre "
                          "neue Stelle!"),
    ("Schade!", "Schade, dass du dich gegen uns entschieden hast. Die Tür bleibt offen."),
    ("Ihre Entscheidung", "Wir haben Ihre Absage erhalten und bedauern, dass Sie sich für ein anderes Unternehmen "
                          "entschieden haben."),
    ("Stellenbesetzung Teamleitung", "Liebe Kolleginnen und Kollegen, die Stelle der Teamleitung wurde mit Herrn "
                                     "Brandt besetzt. Bitte heißt ihn willkommen."),
    ("Kandidaten für dein Team", "Wir haben mit drei Kandidaten gesprochen und uns gegen zwei entschieden. Der "
                                 "dritte kommt morgen zum Probetag in dein Team."),
    ("Deine Empfehlung Ben", "danke, dass du Ben empfohlen hast. Wir haben uns nach dem Gespräch leider gegen ihn "
                             "entschieden."),
    ("Bewerberauswahl", "Bitte gib mir bis Freitag Bescheid, welchen Bewerbern wir absagen sollen."),
    ("Angebot Catering", "Danke für Ihr Angebot für unser Sommerfest. Wir haben uns für einen anderen Caterer "
                         "entschieden."),
    ("Ihr Angebot als Übersetzer", "Danke für Ihr Angebot. Der Übersetzungsauftrag wurde bereits an ein anderes "
                                   "Büro vergeben."),
    ("Ausschreibung Bauleistungen", "Ihr Angebot wurde bei der Wertung nicht berücksichtigt, da es nach Ablauf der "
                                    "Frist einging."),
    ("Wohnungsbesichtigung", "Die Wohnung ist leider schon vergeben. Wir haben uns für eine Familie entschieden."),
    ("Ihr Antrag auf BAföG", "Ihr Antrag auf Ausbildungsförderung wurde abgelehnt."),
    ("Ihre Bewerbung um einen Studienplatz", "Leider können wir Ihnen keinen Studienplatz im Studiengang Informatik"
                                             " anbieten."),
    ("Freiwilliges Soziales Jahr", "Leider sind alle FSJ-Plätze für dieses Jahr schon vergeben."),
    ("Mitbewohner gesucht", "Hi, danke für deine Nachricht! Das WG-Zimmer ist leider schon weg."),
    ("Karriere-Newsletter", "Absage erhalten? Lesen Sie, warum Unternehmen sich oft für interne Kandidaten "
                            "entscheiden."),
    ("Ihre Bewerbung", "Ihre Bewerbung hat uns überzeugt! Wir möchten Sie zu einem Kennenlernen einladen."),
    ("Ihre Bewerbung", "Die Stelle ist noch nicht besetzt, wir führen derzeit Gespräche und melden uns Ende des "
                       "Monats."),
    ("Ihre Bewerbung", "Wir haben uns noch nicht entschieden. Sie sind weiterhin im Rennen."),
    ("Angebot", "Wir freuen uns, Ihnen die Stelle als Projektleiter anbieten zu können. Bitte geben Sie uns bis "
                "Freitag Bescheid."),
    ("Ihre Bewerbung", "Ihre Bewerbung für die Stelle in Köln haben wir an unsere Niederlassung in Bonn "
                       "weitergeleitet, wo eine ähnliche Position offen ist."),
    ("Ausbildungsplatz", "Herzlichen Glückwunsch! Sie haben den Eignungstest bestanden und sind zum "
                         "Vorstellungsgespräch eingeladen."),
    ("Einstellungsstopp aufgehoben", "Gute Nachrichten: Der Einstellungsstopp ist aufgehoben. Wir setzen Ihr "
                                     "Bewerbungsverfahren fort."),
    ("Einstellungsstopp", "Der Einstellungsstopp betrifft Ihre Bewerbung nicht, da die Stelle bereits genehmigt "
                          "war. Wir melden uns nächste Woche."),
    ("Kündigung", "Hiermit kündige ich mein Arbeitsverhältnis fristgerecht zum 30.06."),
    ("Urlaubsvertretung", "Ich bin bis 15. August nicht im Büro. Bewerbungen werden nach meiner Rückkehr bearbeitet."),
    ("Abschied", "Liebe Kollegen, nach sechs Jahren verlasse ich das Unternehmen. Danke für alles!"),
    ("Chorprobe", "Leider hat es für dich diesmal nicht für die Solo-Rolle gereicht. Im Chor bist du natürlich "
                  "weiterhin dabei."),
    # --- a fourth batch: freezes, agencies, platforms -----------------------------------------------------------------
    ("Wiederbesetzungssperre", "Liebe Kolleginnen und Kollegen, für frei werdende Stellen gilt ab sofort eine "
                               "Wiederbesetzungssperre von sechs Monaten."),
    ("Kurzarbeit", "Liebe Mitarbeitende, ab Juni gilt in der Produktion Kurzarbeit. Details erhalten Sie von Ihrer "
                   "Führungskraft."),
    ("Ihr Kandidat", "Hallo Herr Lutz, Ihr Kandidat Herr Yildiz hat uns nicht überzeugt. Wir haben uns für eine "
                     "andere Bewerberin entschieden."),
    ("Suchauftrag", "Wir ziehen unseren Suchauftrag für die Position Leiter Einkauf zurück, bitte stellen Sie uns "
                    "keine weiteren Kandidaten vor."),
    ("Ihr Angebot Personalvermittlung", "Danke für Ihr Angebot, Kandidaten für uns zu suchen. Wir arbeiten bereits "
                                        "mit einer anderen Personalberatung zusammen."),
    ("Jobbörse: Ihre Anzeige", "Ihre Stellenanzeige 'Koch (m/w/d)' ist abgelaufen. Möchten Sie die Anzeige "
                               "verlängern?"),
    ("Neue Bewerbung eingegangen", "Sie haben eine neue Bewerbung für die Stelle Verkäufer/in erhalten. Jetzt "
                                   "ansehen."),
    ("Ihr Bewerber", "Der Bewerber Herr Kunz hat die Stelle abgelehnt. Bitte schlagen Sie uns weitere Kandidaten vor."),
    ("Objektivierung", "Sie wurden als Mitglied der Begutachtungskommission für die Stelle 4411 nominiert. Die "
                       "Hearings finden am 3. Mai statt."),
    ("Reihung", "Sie wurden im Auswahlverfahren an erster Stelle gereiht. Wir gratulieren und senden Ihnen den "
                "Dienstvertrag."),
    ("Aufnahmetest bestanden", "Sie haben den Aufnahmetest bestanden und sind zur nächsten Stufe eingeladen."),
    ("Ihre Bewerbung", "Wir haben Ihre Bewerbung erhalten und prüfen sie. Bitte sehen Sie von Nachfragen ab."),
    ("Re: Bewerbung", "Moin, danke für die Unterlagen! Komm doch Donnerstag mal vorbei, dann quatschen wir."),
    ("Zusage Praktikum", "Super Neuigkeiten: Du hast den Praktikumsplatz für den Sommer! Wir schicken dir den "
                         "Vertrag."),
    ("Ihr Antrag auf Bildungsurlaub", "Ihr Antrag auf Bildungsurlaub wurde leider nicht genehmigt."),
    ("Ihre Absage an uns", "Danke für Ihre offene Rückmeldung. Schade, dass Sie sich gegen unser Angebot "
                           "entschieden haben."),
    ("Angebot angenommen", "Wir freuen uns, dass Sie unser Angebot angenommen haben. Die Stelle ist damit besetzt –"
                           " mit Ihnen!"),
    ("Pitch Ergebnis", "Ihre Agentur hat den Pitch leider nicht gewonnen. Wir haben uns für einen anderen Anbieter "
                       "entschieden."),
    ("Ihre Mietbewerbung", "Leider haben wir uns für andere Mietinteressenten entschieden."),
    ("Ehrenamtliche Mitarbeit", "Danke für dein Interesse an einer ehrenamtlichen Mitarbeit in unserer Tafel. "
                                "Momentan haben wir genug Helfer."),
    # --- a fifth batch ------------------------------------------------------------------------------------------------
    ("Ihre Bewerbung", "Ihre Gehaltsvorstellung liegt etwas über unserem Budget. Wären Sie offen für ein Gespräch "
                       "darüber?"),
    ("Ihre Bewerbung", "Wir gehen mit Ihrer Bewerbung in die nächste Runde! Bitte wählen Sie einen Termin."),
    ("Budget", "Das Budget für das Teamevent wurde gekürzt, deshalb fällt der Ausflug aus."),
    ("Ihre Bewerbung", "Die Entscheidung ist gefallen – für Sie! Herzlichen Glückwunsch."),
    ("Versorgung", "Danke, wir sind mit Getränken schon versorgt. Bis Samstag!"),
    ("Feedback zu Herrn Pohl", "Herr Pohl hat im Gespräch nicht überzeugt. Bitte sag ihm ab, ich bin diese Woche "
                               "unterwegs."),
    ("Betriebsrat", "Der Betriebsrat hat der Einstellung von Frau Klein zugestimmt. Bitte bereitet ihren "
                    "Arbeitsplatz vor."),
    ("Ihre Bewerbung", "Wir haben die Stelle Ihnen zugesagt! Bitte senden Sie uns den unterschriebenen Vertrag "
                       "zurück."),
    ("Korb", "Der Präsentkorb für Frau Meier ist bestellt."),
    ("Ihre Bewerbung", "Ihre Bewerbung war erfolgreich. Wir freuen uns auf Sie!"),
    ("Ihre Bewerbung", "Wir möchten Ihre Bewerbung gerne weiter vorantreiben und Sie zu einem zweiten Gespräch "
                       "einladen."),
    ("Absage Seminar", "Das Seminar am 14. fällt leider aus. Die Gebühr wird erstattet."),
    ("Re: Ihre Bewerbung", "Vielen Dank für die Einladung, aber ich habe mich inzwischen für eine andere Stelle "
                           "entschieden und ziehe meine Bewerbung zurück."),
    ("Interne Ausschreibung", "Liebe Kolleginnen und Kollegen, die Stelle Teamleitung Einkauf wird intern "
                              "ausgeschrieben. Bewerbungen bis 30.9."),
    ("Ihr Antrag auf Homeoffice", "Ihr Antrag auf Homeoffice an drei Tagen wurde leider abgelehnt."),
    # --- negated, conditional or still open forms of the round-8 constructions ----------------------------------------
    ("Ihre Bewerbung als Sachbearbeiter", "Sollten wir die Stelle einem anderen Bewerber geben, informieren wir Sie"
                                          " umgehend."),
    ("Ihre Bewerbung als Sachbearbeiter", "Die Stellen sind nicht eingefroren, wir stellen weiterhin ein. Ihr "
                                          "Gespräch findet wie geplant statt."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir müssen den Prozess leider kurz pausieren und melden uns im Januar "
                                          "wieder bei Ihnen."),
    ("Ihre Bewerbung als Sachbearbeiter", "Ihr Profil stimmt sehr gut mit unseren Anforderungen überein. Wir laden "
                                          "Sie gerne ein."),
    ("Ihre Bewerbung als Sachbearbeiter", "Es sind noch Praktikumsplätze frei, bewerben Sie sich gern bis Ende Mai."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir setzen den Prozess mit Ihnen und zwei anderen Kandidaten fort und "
                                          "melden uns bald."),
    ("Ihre Bewerbung als Sachbearbeiter", "Mit dir ist das Team bereits komplett, wir freuen uns auf deinen Start "
                                          "am Montag!"),
    ("Ihre Bewerbung als Sachbearbeiter", "Keine Absage für Sie! Wir möchten Sie zum Gespräch einladen."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir haben schon Bewerber gefunden, die Auswahl läuft aber noch. Sie "
                                          "hören nächste Woche von uns."),
    ("Ihre Bewerbung als Sachbearbeiter", "Sollten wir bereits eine Kandidatin gefunden haben, melden wir uns bei "
                                          "Ihnen."),
    ("Ihre Bewerbung als Sachbearbeiter", "Ihre Bewerbung für die Stelle als Koch wurde nicht abgelehnt, sie ist "
                                          "noch in Prüfung."),
    ("Ihre Bewerbung", "Ihre Bewerbung für den Wohnberechtigungsschein wurde abgelehnt."),
    ("Ihre Bewerbung als Sachbearbeiter", "Brauchen Sie keine Aushilfe mehr? Ich hätte noch Zeit am Wochenende."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir haben Ihre Bewerbung an die Fachabteilung weitergeleitet. Wir müssen"
                                          " Ihre Bewerbung nicht zurücksenden, die Unterlagen bleiben bei uns."),
    ("Ihre Bewerbung als Sachbearbeiter", "Entschieden haben wir uns noch nicht, Sie sind weiter im Rennen."),
    ("Ihre Bewerbung als Sachbearbeiter", "In die engere Auswahl wurden Sie aufgenommen, herzlichen Glückwunsch!"),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir nehmen Sie! Herzlichen Glückwunsch zur neuen Stelle."),
    ("Ihre Bewerbung als Sachbearbeiter", "Unser Einstellungsstopp ist seit Montag aufgehoben, wir können Ihnen die"
                                          " Stelle anbieten."),
    ("Ihre Bewerbung als Sachbearbeiter", "Die Rekrutierung wurde nicht gestoppt, wir führen die Gespräche wie "
                                          "geplant."),
    ("Ihre Bewerbung als Sachbearbeiter", "Der Mitarbeiter hat sich entschieden, die Stelle einem Kollegen zu "
                                          "übergeben, und geht in Rente."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir machen mit den anderen Kandidaten erst nächste Woche weiter und "
                                          "laden Sie danach ein."),
    ("Ihre Bewerbung als Sachbearbeiter", "Die Berufungskommission hat Sie in die Liste der einzuladenden Personen "
                                          "aufgenommen."),
    # --- look-alikes next to the fourth-batch constructions -----------------------------------------------------------
    ("Ihre Bewerbung als Sachbearbeiter", "Sie gehen mit zwei anderen Kandidaten in die nächste Runde. Herzlichen "
                                          "Glückwunsch!"),
    ("Ihre Bewerbung als Sachbearbeiter", "Damit endet Ihr Prozess noch nicht: Wir laden Sie zur zweiten Runde ein."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir schliessen Ihre Bewerbung daher erst nach dem Gespräch ab und melden"
                                          " uns."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir haben schon genug Bewerbungen, aber Ihre hat uns überzeugt. Wann "
                                          "haben Sie Zeit?"),
    ("Ihre Bewerbung als Sachbearbeiter", "Der Kunde hat sich noch nicht anders entschieden, Sie sind weiter im "
                                          "Rennen."),
    ("Kooperation", "Wir haben uns für einen anderen Anbieter aus der Region entschieden und werden nicht mit Ihrer"
                    " Agentur zusammenarbeiten."),
    ("Ihr Kandidat für die Stelle", "Ihre Kandidatin Frau Abel passt leider nicht, wir haben uns für einen anderen "
                                    "Bewerber entschieden."),
    # --- look-alikes next to the fifth-batch constructions ------------------------------------------------------------
    ("Ihre Bewerbung als Sachbearbeiter", "Eine Einladung zum Gespräch ist leider erst im Mai möglich, nicht früher."),
    ("Ihre Bewerbung als Sachbearbeiter", "Ihre Erfahrung ist mehr als ausreichend, wir laden Sie ein."),
    ("Ihre Bewerbung als Sachbearbeiter", "Wir haben uns am Ende für Sie entschieden und nicht für die anderen "
                                          "Bewerbungen."),
]

# Rejections still missed, each for a reason a rule should not guess at (strict: remove one when it passes).
STILL_MISSED = [
    ("Absage", "Unsere Wahl ist auf eine andere Person gefallen. Wir bedanken uns für Ihr Vertrauen."),
    ("Rückmeldung", "Es hat leider nicht sollen sein. Wir wünschen dir alles Gute!"),
    ("Gespräch letzte Woche", "Leider fiel die Entscheidung nicht zu Ihren Gunsten aus. Wir danken Ihnen für den "
                              "offenen Austausch."),
    ("Update", "Kurzes Update: Kunde sagt leider nein. Mehr Feedback habe ich nicht bekommen. LG"),
    ("Ihr Profil", "Mein Kunde möchte Sie leider nicht kennenlernen, da Ihnen SAP-Kenntnisse fehlen."),
    ("Re: Ihre Bewerbung", "Absage. Trotzdem danke."),
    ("AW: Bewerbung Verkäuferin", "Leider kein Interesse. Viele Grüsse"),
    ("Rückmeldung", "Schweren Herzens müssen wir dir heute absagen."),
    ("Bewerbung", "vielen dank f. Ihre Bew. Leider können wir Sie nicht berücksichtgen."),
    ("Bewerbung", "Ihre Bewerbg. wurde leider abgelehnt."),
    ("Rückmeldung", "Die Rückmeldung fällt leider negativ aus."),
    ("Mandat Vertriebsleiter", "der Mandant hat sich letztlich für eine interne Lösung entschieden. Wir danken "
                               "Ihnen für Ihr Vertrauen in unsere Beratung."),
    ("Ihr Profil", "Vom Kunden kam leider eine Absage. Kopf hoch, wir finden etwas für Sie!"),
    ("Rückmeldung zu Ihrem Einsatz", "der Entleiher hat sich entschieden, Sie nicht zu übernehmen. Ihr Einsatz "
                                     "endet wie vereinbart am Freitag."),
    ("Rückmeldung", "nach reiflicher Überlegung haben wir entschieden, die Stelle intern nachzubesetzen."),
    ("Bewerbung Physiotherapeut", "Wir haben inzwischen eine Physiotherapeutin eingestellt. Viel Erfolg weiterhin!"),
    ("Ihre Anfrage", "Für eine Festanstellung kommen Sie derzeit leider nicht in Frage."),
    ("Berufungsverfahren W2-Professur", "die Berufungskommission hat Sie nicht in die Liste der zu Vorträgen "
                                        "einzuladenden Personen aufgenommen."),
    ("Bewerbung Social Media", "Wir haben uns im Team beraten und sind zu dem Entschluss gekommen, dass es nicht "
                               "passt."),
    ("Feedback", "Wir haben das Gespräch sehr geschätzt. Für diese Rolle suchen wir aber doch eine Person mit "
                 "Personalverantwortung, deshalb gehen wir nicht weiter mit Ihnen."),
    ("Bewerbung Marketing", "Danke für Ihr Interesse! Nach dem Gespräch mit Ihnen haben wir gemerkt, dass wir eher "
                            "jemanden für Performance Marketing brauchen. Wir wünschen Ihnen alles Gute."),
    ("Bewerbung", "Nee, leider nicht. Wir suchen jemanden mit Staplerschein. Grüße"),
    ("Ihr Profil beim Kunden", "ich habe Ihr Profil beim Kunden vorgestellt, leider ohne Erfolg. Er sucht jemanden "
                               "mit Konzernerfahrung."),
    ("Update zu Ihrer Vorstellung", "Leider ist die Entscheidung des Kunden gegen Sie gefallen."),
    ("Ihre Bewerbung als Referendar", "Eine Zulassung zum Vorbereitungsdienst ist zum gewünschten Termin leider "
                                      "nicht möglich, da alle Plätze vergeben sind."),
    ("Re: Bewerbung Tischler", "Moin, wir haben uns für einen Gesellen aus dem Dorf entschieden. Trotzdem danke und"
                               " alles Gute!"),
    ("Re: Bewerbung Fotograf", "Danke für deine Mappe! Für dieses Projekt haben wir uns aber für einen anderen "
                               "Fotografen entschieden."),
    ("Bewerbung Tagesmutter", "Liebe Frau Kurz, wir haben uns nach langem Überlegen für eine andere Betreuung "
                              "entschieden. Herzliche Grüße, Familie Roth"),
    ("Deine Nachricht", "Hey, super lieb, dass du dich gemeldet hast! Wir haben aber echt schon genug Leute im "
                        "Service. Vielleicht im Winter wieder."),
]

# Look-alikes still called a rejection (strict: remove one when it passes).
STILL_CALLED = [
    ("Stellenangebote für Sie", "Diese Stellen könnten Sie interessieren: Disponent (m/w/d), Lagerleiter (m/w/d). "
                                "Die Stelle als Kommissionierer ist bereits besetzt."),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep_de_rejection_found(subject: str, body: str) -> None:
    assert found(letter(subject, body))


@pytest.mark.parametrize(("subject", "body"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep_de_look_alike_is_no_rejection(subject: str, body: str) -> None:
    assert not found(letter(subject, body))


@pytest.mark.parametrize(("subject", "body"), STILL_MISSED, ids=ids(STILL_MISSED))
@pytest.mark.xfail(strict=True, reason="no job word at all (a subject 'Absage', 'Update', 'Ihr Profil' and an agency's "
                                       "'Kunde'), a weaker decision with only a job word for context (the post filled "
                                       "internally, may be news), an implicit decision ('wir suchen jemanden mit "
                                       "Staplerschein'), an open trade noun ('für einen Gesellen entschieden': a "
                                       "band's new drummer reads the same), a typo in the verb, or a bare 'kein "
                                       "Interesse' the reader may also write")
def test_sweep_de_still_missed(subject: str, body: str) -> None:
    assert found(letter(subject, body))


@pytest.mark.parametrize(("subject", "body"), STILL_CALLED, ids=ids(STILL_CALLED))
@pytest.mark.xfail(strict=True, reason="a job alert that lists titles and says one post is filled reads as news of the "
                                       "post; a platform's rejection may list titles too")
def test_sweep_de_look_alike_still_called(subject: str, body: str) -> None:
    assert not found(letter(subject, body))
