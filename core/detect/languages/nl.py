"""Dutch: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from nextround.detect.patterns import Family, G, S, fam
from nextround.detect.regex_parts import group_end, top_level

# The reader's application and the reader as the object of "carry on with": what a rejection's "niet verder" is about
# (not a project, an order, a course, a supplier or a coaching "traject", which go on or stop as well).
_NL_APP = (r"(?:(?:open |spontane |eerdere |verdere )?(?:sollicitatie\w*|kandidatuur|kandidaatstelling|profiel|cv|aanmelding|"
           r"reactie|brief|motivatie\w*|dossier|application))")
_NL_JOB_VERB = r"(?:uit te nodigen|aannemen|aan te bieden|aanbieden)"  # inviting, hiring, offering: a job's own verbs
_NL_GO_ON = (r"(?:voort te zetten|voortzetten|verder te zetten|verderzetten|door te zetten|doorzetten|verder te gaan|meenemen|"
             r"mee te nemen)")
# ...after the verb: "met je sollicitatie", "met jou", "met u", "met je." ("je" as "you", not "your project"), a third
# person a relay names ("met haar", "met deze kandidaat": read as the reader by the relay reading); "met u als" only as
# a candidate ("niet door met u als leverancier" ends a supplier)
_NL_WITH_YOU = (rf" met (?:(?:je|jouw|uw) (?:\w+ )?{_NL_APP}\b|(?:jou|u)\b(?! als (?!kandida|sollicitant))|"
                r"je(?= ?[.!?;,:)-]|$| (?:voor|in|als|naar|omdat|want|maar|en|om|wegens|vanwege|aangezien|gezien|na|op|bij)\b))"
                # (not a go-on held back by a form, a condition or a wait: "niet verder met je sollicitatie in deze vorm: stuur
                # ons nog een brief", "... zonder je diploma", "... tot je referenties binnen zijn")
                r"(?! in (?:deze|de huidige|die|zijn huidige) vorm\b| zonder\b| (?:tot|totdat|voordat|zolang|zodra)\b)")
_NL_WITH_READER = (rf"(?:{_NL_WITH_YOU}| met (?:(?:de|deze|die|haar|zijn) (?:\w+ )?{_NL_APP}\b|(?:hem|haar)\b|"
                   r"deze (?:kandida\w*|sollicitant\w*)\b))")
# ...the reader's application as an object: "aan je sollicitatie", "op uw kandidatuur"
_NL_YOUR_APP = rf"(?:je|jouw|uw|de|deze) (?:\w+ )?{_NL_APP}\b"
# ...or its subject, going no further in the procedure: "je gaat niet verder in de procedure", "uw kandidatuur gaat niet
# verder in de selectie" (not "de andere kandidaten gaan niet verder in de procedure, jij wel", nor "jij wilt niet verder")
_NL_READER_SUBJECT = (r"\b(?:je|jij|jou|jouw|u|uw|ge|gij) (?:(?!wil\w*|wens\w*|kies\w*|koos|zelf|of|andere|anderen|kandida\w*|"
                      r"sollicitant\w*|hij|zij|ze|collega\w*)\w+ ){0,5}")
# "niet" after a verb, an adverb or a pronoun subject, not after a noun ("het traject bij ons niet voortzetten")
_NL_NOT_AFTER_NOUN = "|".join(f"(?<={w} niet)" for w in (
    "besloten", "beslist", "gekozen", "ervoor", "om", "we", "wij", "ik", "ze", "zij", "helaas", "dus", "daarom", "toch",
    "echter", "ook", "genoeg", "moeten", "kunnen", "zullen", "willen", "hebben", "bijgevolg", "uiteindelijk"))
# a person, named by a job or a role ("een junior tekenaar", "een nieuwe collega", "een extra bijbaner", "een derde")
_NL_A_PERSON = (r"(?:kandida\w*|medewerk\w*|collega\w*|[a-z]*kracht\w*|stagiair\w*|student\w*|werknemer\w*|persoon|derde|trainee\w*|"
                r"[a-z]*(?:eur|euse|ster|kundige|bediende|leider|ontwikkelaar|houder|kok|arts|leraar|leerkracht|technieker|monteur|"
                r"assistent\w*|adviseur|werker|maker|planner|bakker|schilder|slager|kapper|verkoper|ontwerper|trainer|beheerder|lasser|"
                r"loodgieter|bijbaner|ober|man)|(?!\w*(?:jaar|paar|gevaar|exemplaar)\b)[a-z]{3,}aar)")
# "niet in aanmerking" for a post or a step, or for nothing named: the thing after "voor" must be the post or a step,
# with at most one word before it ("voor een vaste aanstelling", "voor de volgende ronde"), not "voor een WW-uitkering",
# "voor de bonus", "voor een leaseauto in je huidige functie" (an article alone once let any noun through)
_NL_FOR_A_POST = (r"(?! (?:voor|tot)\b(?! (?:(?:de|deze|die|dit|het|een|onze|ons|uw|je|jouw) )?(?:(?:of|en) (?:een |de )?)?"
                  r"(?:\w+ )?(?:[a-z]*functie|[a-z]*vacature|[a-z]*baan|positie|rol|[a-z]*job|stage\w*|aanstelling|benoeming|"
                  r"[a-z]*gesprek\w*|vervolg\w*|selectie\w*|procedure|uitnodiging|betrekking|opdracht|plaats|plek|[a-z]*plek|"
                  r"aanwerving|indiensttreding|contract|arbeidsovereenkomst|ronde|[a-z]*fase|functies|vacatures|banen|posities)\b))")
# ...before "niet", the reader as the object: "besloten je niet verder mee te nemen", "dat we u helaas niet meenemen"
# (at most one adverb between: "je hebt besloten niet verder te gaan" is the reader's own decision)
_NL_READER_OBJECT = (r"(?:je|jou|u|ge|gij)(?: (?:dan ook|helaas|daarom|dus|echter|toch|voorlopig|spijtig genoeg|jammer genoeg|"
                     r"bijgevolg|hierbij|graag))?")

# A chat note's clause ends at a line break that folding turns into a space, before its sign-off ("het is helaas niet
# voor jou geworden\nsucces nog", "we gaan niet voor jou\nsorry!"): a clause-final verdict may be followed by one.
_NL_SIGN_OFF = r" (?:succes|sorry|groet\w*|gr|grtjs|mvg|bedankt|dank je|merci|x+)\b"
# Flemish "laureaten": those who passed a public selection, not a prize's (at a clause's end, or of a selection or post)
_NL_LAUREATES = (r"laureaten(?= ?[.!?;,]|$| (?:van|voor|in) (?:de|deze|die) (?:\w+ )?(?:selectie\w*|[a-z]*procedure|"
                 r"aanwerving\w*|examen\w*|functie|betrekking|wervingsreserve)\b)")
# a verdict's clause ends there, or goes on with the post it is about ("een ander was geschikter voor deze functie")
_NL_ENDS_OR_POST = r"(?= ?[.!?;,]|$| (?:voor|in) (?:de|deze|die) (?:functie|baan|job|rol|vacature)\b)"

# The whole mail names no post the reader applied for (no application, candidacy or paid post; a vacancy alone does
# not count, a club's letter about its teams may list one): asked from the text's start, so only where a family's
# gate words already occur (a club's name).
_NL_NO_POST_APPLIED = (r"^(?!.*\b(?:sollicitatie\w*|gesolliciteerd|solliciteerde|kandidatuur|betaalde functie|"
                       r"functie (?:van|als))\b)")

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("niet verder met je sollicitatie", 4.0, ('niet', 'afgewezen', 'afwijzing'),
        # (of the reader or the reader's application: not "niet verder met je project / je bestelling / je idee")
        rf"(?<!nog )\bniet verder(?! (?:helpen|op weg helpen|van dienst zijn|gekomen|gevorderd))\b{S}{_NL_WITH_YOU}",
        rf"{_NL_READER_SUBJECT}niet verder(?! (?:helpen|op weg helpen|van dienst zijn|gekomen|gevorderd))\b{S}\b"
        r"in (?:de|het) (?:procedure|proces|sollicitatieprocedure)",
        rf"\b(?:sollicitatie|kandidatuur)\b{S}\b(?<!nog )niet (?:verder )?(?:in behandeling|meenemen|weerhouden|voortzetten|door)",
        # (of the application or the reader, named before: "uw sollicitatie voor de functie van jurist niet verder in
        # behandeling nemen", "u bent niet weerhouden"; not a claim, a leave request or a grant "niet in behandeling")
        r"\b(?:sollicitatie\w*|kandidatuur|profiel|cv|motivatie\w*)\b(?:(?!\bniet\b)[^.!?;]){0,60}(?<!nog )\bniet "
        r"(?:verder )?(?:in behandeling (?:wordt |kunnen |te )?nemen|in behandeling genomen|weerhouden)",
        r"\b(?:(?:je|jij|u|ge|gij) (?:bent|zijt|werd|wordt|is)|(?:je|jou|u)) (?:\w+ ){0,2}(?<!nog )niet (?:verder )?(?:in behandeling "
        r"(?:wordt |kunnen |te )?nemen|in behandeling genomen|weerhouden)",
        r"(?<!nog )\bniet (?:verder )?(?:uit (?:te )?nodigen|uitnodigen|door naar de volgende ronde)",
        # (not a word of a link's path: "lees het artikel: .../omgaan-met-afwijzing" and a newsletter's "nieuwe vacatures"
        # on the next line)
        r"(?<![/-])\b(?:afgewezen|afwijzing)\b(?![/-])[^.!?;]{0,40}\b(?:sollicitatie|kandidatuur|functie|vacature)|\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,30}\b(?<!niet )(?<!nog )afgewezen",
        r"\bstatus: ?(?:kandidaat |sollicitatie |sollicitant )?afgewezen",
        r"\bstatus\b[^.!?;]{0,80}\b(?:gewijzigd|veranderd|aangepast|bijgewerkt|gezet) (?:naar|in|op):? ?'?(?:afgewezen|niet geselecteerd|"
        r"niet weerhouden|niet geschikt)\b",
        r"^(?:afwijzing|afgewezen)(?= ?[:|-])",
        r"\bniet (?:verder|door) met\b[^.!?;]{0,60}\book niet (?:met|voor) (?:die van )?(?:jou|u)\b"),
    fam("andere kandidaat gekozen", 4.0, ('ander', 'iemand', 'sterkere', 'geschikte'),
        rf"\b(?:gekozen|kiezen|besloten|verder|gaan)\b{G}\b(?:voor |met )?(?:een |de )?(?:andere?|meer geschikte|sterkere) (?:kandida|sollicitant|persoon|profiel)",
        rf"\bandere kandidaten\b{G}\b(?:uit te nodigen|uitnodigen|sloten beter aan|beter aan|beter passen|passen beter|gekozen|geselecteerd)\b(?! (?:voor|op) (?:jou|je|u)\b)",
        r"\bgekozen voor iemand"),
    # (and the stiff "gevuld" of a template translated from English: "de positie is inmiddels gevuld")
    fam("vacature vervuld", 3.5, ('vervuld', 'ingevuld', 'opgevuld', 'gevuld', 'gesloten', 'ingetrokken', 'geschrapt', 'vergeven', 'bezet'),
        r"\b(?:(?:vacature|functie|positie|baan)\w*|job|rol)\b[^.!?;]{0,50}\b(?:is|zijn|werd|wordt)\b(?:(?!niet\b)[^.!?;]){0,20}\b(?:vervuld|ingevuld|opgevuld|gevuld|gesloten|ingetrokken|geschrapt|"
        r"vergeven|bezet)"),
    fam("vacaturestop", 3.5, ('stop',), r"\b(?:vacature|personeels|aanname|wervings|aanwervings)stop\b"),
    fam("geen match", 3.0, ('match', 'niet'),
        r"\bgeen (?:goede )?match\b", r"\bniet (?:gelukt|lukken|lukte) (?:om )?(?:een )?(?:goede )?match (?:\w+ )?te (?:vinden|maken)\b", r"\b(?:sluit|sluiten|past|passen)\b[^.!?;]{0,30}\bniet (?:voldoende |helemaal |goed )?(?:aan|bij)(?!(?: bij)? (?:je|jouw|uw) (?:eigen |huidige )?(?:functie|werk|baan|rol|wensen|behoeften|agenda|planning|rooster|vraag|verzoek))"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
# A small employer's short answer to a letter (session 23): the people it has enough of, the place it has not, the
# hands it does not need ("Sorry, we hebben al genoeg bezorgers", "We hebben dit seizoen geen plek", "we hebben op dit
# moment geen bezorgers nodig"), and a bare "we gaan helaas niet verder" that ends its sentence. People, not things
# ("genoeg stoelen"), and only in job mail (the classifier asks for job context first).
_NL_HANDS = r"(?:\w+(?:ers|sters|krachten|hulpen)|mensen|personeel|medewerkers|collega's|mankracht|hulp)"
DECISIONS += [
    fam("kleine werkgever: genoeg mensen, geen plek", 4.0, ("genoeg", "geen plek", "geen plaats", "nodig", "niet verder"),
        # (a trade's people, not "genoeg mensen" for next week's rota: "je bent niet ingeroosterd, we hebben genoeg mensen")
        r"(?<!ingeroosterd, )\bwe hebben (?:nu |al |inmiddels |dus |echt |wel )*genoeg (?:\w+(?:ers|sters|krachten|hulpen)|"
        r"medewerkers|collega's)\b(?![^.!?;]{0,40}\b(?:week|dienst|diensten|rooster|zaterdag|zondag|weekend)\b)",
        r"\bwe hebben (?:dit seizoen |deze zomer |op dit moment |momenteel |nu |voorlopig |helaas |dus |echt )*geen "
        r"(?:plek|plaats|ruimte)(?: meer)?(?: voor (?:je|jou|u))?(?= ?[.!,;]|$| (?:in (?:ons|de) team|bij ons|vrij))",
        rf"\bwe hebben (?:op dit moment |momenteel |nu |voorlopig |helaas |dus |even )*geen {_NL_HANDS} (?:meer )?nodig\b",
        r"\bwe gaan (?:helaas |dus |echter |jammer genoeg )*niet verder(?= ?[.!]|$)"),
]

DECISIONS += [
    fam("grammatica: niet verder", 4.0, ("niet", "afgewezen", "aanmerking", "vervallen", "afsluiten", "sluiten", "gesloten",
                                       "beeindigd"),
        # (not "nog niet": "we kunnen je de functie nog niet aanbieden tot ..." is a wait; not a third party after the verb:
        # "besloten niet verder te gaan met het selectiebureau" drops a supplier)
        # (nor a "niet" that negates another verb first: "besloten om niet te wachten en je meteen uit te nodigen")
        # Inviting, hiring and offering are a job's verbs when the reader is their object, named before "niet" ("besloten
        # je niet uit te nodigen", "dat wij u de functie niet kunnen aanbieden"; not "de functie 'gedeelde agenda' niet
        # langer aanbieden" of a product, nor "uw opdracht voor de keuken niet aannemen" of a carpenter)
        r"\b(?:je|jou|u|ge|gij) (?!(?:kunt|kan|hoeft|hoef|wilt|wil|hebt|heeft|bent|mag|moet|zult|zal)\b)(?:\w+ ){0,6}"
        r"(?<!vergeet )(?<!vergeten )(?<!nog )niet\b(?:(?!\b(?:hem|haar|hen|hun)\b|\bte [a-z]+ (?:en|maar|of)\b)[^.!?;]){0,25}\b"
        rf"{_NL_JOB_VERB}\b(?! met (?:het|de|dat|die|ons|onze) (?:\w+ )?(?:kandidaat|kandidate|kandidaten|sollicitant|sollicitante|"
        r"sollicitanten)\b)",
        # ...or right before the verb: "niet voldoende om je uit te nodigen", "de functie niet aan jou aan te bieden"
        r"(?<!vergeet )(?<!vergeten )(?<!nog )\bniet\b(?:(?!\b(?:hem|haar|hen|hun)\b)[^.!?;]){0,25}\b(?:aan )?(?:jou|je|u) "
        rf"(?:(?:nog|verder|langer|helaas|graag|daarom|dus) )?{_NL_JOB_VERB}\b",
        # ...but going on, carrying on or passing on is said of anything (a project, a supplier, a pilot, a coaching
        # "traject" with the municipality): only of the reader, the reader's application or the procedure with the
        # reader, named after the verb ("niet verder te gaan met je sollicitatie"), inside the gap ("niet met jou
        # verder te gaan") or before "niet" ("besloten je kandidatuur niet verder mee te nemen", "u niet verder mee
        # te nemen", "de procedure met jou niet voort te zetten")
        rf"(?<!vergeet )(?<!vergeten )(?<!nog )\bniet\b(?:(?!\b(?:hem|haar|hen|hun)\b|\bte [a-z]+ (?:en|maar|of)\b)[^.!?;]){{0,25}}\b"
        rf"{_NL_GO_ON}\b(?={_NL_WITH_READER})",
        rf"(?<!vergeet )(?<!vergeten )(?<!nog )\bniet\b(?:(?!\b(?:hem|haar|hen|hun)\b)[^.!?;]){{0,25}}\b(?:(?:met|voor) )?(?:jou|je|u) "
        rf"(?:(?:nog|verder|langer|helaas|graag|daarom|dus) )?{_NL_GO_ON}\b",
        # ...or of nothing at all, when no noun stands before "niet" ("helaas hebben we besloten niet verder te gaan.", "we
        # waren helaas niet genoeg overtuigd om verder te gaan."; not "... het traject bij ons niet voort te zetten.")
        rf"(?<!nog )\bniet(?:{_NL_NOT_AFTER_NOUN})\b(?:(?!\b(?:hem|haar|hen|hun)\b|\bte [a-z]+ (?:en|maar|of)\b)[^.!?;]){{0,25}}\b"
        rf"{_NL_GO_ON}(?= ?[.!?;,]|$)",
        rf"\b(?:{_NL_READER_OBJECT}|{_NL_APP}|(?:procedure|proces|traject) (?:met|voor) (?:jou|je|u)|sollicitatieproce\w*|"
        rf"selectieproce\w*) (?:(?!niet\b)\w+ ){{0,3}}niet (?:\w+ ){{0,2}}{_NL_GO_ON}\b",
        # (for a post, a stage or an interview, not "niet in aanmerking voor de korting / de bonusregeling / thuiswerkvergoeding")
        rf"\bniet in aanmerking\b{_NL_FOR_A_POST}",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,60}\b(?:is|werd|wordt) (?:helaas )?afgewezen",
        # said of the application or the post (a vacancy withdrawn), not of a meeting or an interview moved
        r"\b(?:sollicitatie|kandidatuur|vacature|functie|positie|procedure|plek)\b[^.!?;]{0,40}"
        r"\b(?:komen te vervallen|is vervallen|geschrapt)\b",
        r"\bsluiten\b[^.!?;]{0,30}\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) af",
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:wordt|is|werd) (?:(?:hierbij|hiermee|daarmee|bij deze|dan ook|daarom|helaas) )?"
        r"(?:afgesloten|gesloten|beeindigd)(?= ?[.!?;]|$)"),
    fam("grammatica: andere kandidaat gekozen", 4.0, ("ander",),
        r"\b(?:voor|met) (?:een |de )?andere? (?:kandida\w*|sollicitant\w*|persoon|profiel)\b[^.!?;]{0,40}\b"
        r"(?:gekozen|gegaan|besloten|geselecteerd|aangenomen|verder|geopteerd)",
        r"\b(?:een |de )?andere? (?:kandida\w*|sollicitant\w*)\b[^.!?;]{0,20}\b(?:aan te nemen|aan te werven|aan te stellen|te benoemen|"
        r"aangeworven|aangesteld|benoemd|aangetrokken|aan te trekken)",
        r"\bminder goed aan\b[^.!?;]{0,40}\bandere (?:kandidat|sollicitant)"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("grammatica: iemand anders / niet geselecteerd", 4.0, ("iemand", "niet", "ander", "kandida", "sollicitant", "persoon"),
        r"\biemand anders\b[^.!?;]{0,40}\b(?:aangenomen|gekozen|geselecteerd|aangesteld|gegaan|benoemd)|"
        r"\biemand anders (?:moeten|mogen) (?:kiezen|aannemen|selecteren)\b|"
        r"\b(?:aangenomen|gekozen|geselecteerd|aangesteld|gegaan)\b[^.!?;]{0,20}\biemand anders",
        r"\bniet (?:geselecteerd|gekozen|uitgenodigd|aangenomen|door naar de|doorgegaan naar)\b",
        r"\b(?:gekozen|gegaan|besloten)\b[^.!?;]{0,40}\b(?:een |de )?(?:andere )?(?:kandida\w*|sollicitant\w*|persoon) "
        r"(?:met|die|wiens|wier) (?:meer|betere|ruimere|relevantere|sterkere)",
        r"\bmet (?:de )?(?:andere|overige|resterende) (?:kandida\w*|sollicitant\w*)\b(?! en (?:met )?(?:jou|je|u)\b)[^.!?;]{0,25}"
        r"\b(?:voort|verder|door)",
        # ("de keus is gevallen op een kandidaat met meer ervaring": a person described is another than the reader)
        r"\bkeu(?:ze|s)\b[^.!?;]{0,20}\bgevallen op (?:een )?(?:andere|iemand (?:anders|die|met)|(?:een |de )?(?:kandidaat|kandidate|"
        r"sollicitant|persoon) (?:die|met)\b)"),
    fam("grammatica: geen aanbod / past niet", 4.0, ("geen", "niet", "onvoldoende", "minder"),
        r"\bgeen (?:aanbod|contract|arbeidsovereenkomst|baan|plek|plaats) (?:doen|aanbieden|geven|kunnen|te bieden|aan te bieden)",
        # no interview for the reader at all: "daarom kunnen we je geen gesprek aanbieden", "... u echter geen gesprek
        # aanbieden" (not a day that is full: "je geen gesprek aanbieden voor vrijdag, maandag wel")
        r"\b(?:je|jou|u) (?:(?:echter|helaas|dan ook|daarom|dus|toch|bijgevolg) )?geen (?:\w+ )?(?:gesprek|sollicitatiegesprek|"
        r"kennismakingsgesprek|vervolggesprek|uitnodiging) "
        r"(?:aanbieden|aan te bieden|geven|te geven)\b(?! (?:voor|op|in|om|deze|vandaag|morgen|tot|na)\b)"
        r"(?![^.!?;]{0,40}\b(?:maar|wel|pas|eerst)\b)",
        r"\b(?:past|passen|sluit|sluiten|aansluit\w*)\b[^.!?;]{0,25}\b(?:niet|onvoldoende|minder goed)\b[^.!?;]{0,25}\b(?:aan|bij)\b(?!(?: bij)? (?:je|jouw|uw) (?:eigen |huidige )?(?:functie|werk|baan|rol|wensen|behoeften|agenda|planning|rooster|vraag|verzoek))",
        # the past tense only of the reader's own profile: a hiring note says "zijn ervaring paste niet bij ..." of a candidate
        r"\b(?:je|jouw|uw) (?:profiel|ervaring|cv|achtergrond|kennis|opleiding|werkervaring) (?:\w+ )?(?:paste|pasten|sloot|sloten) "
        r"(?:\w+ ){0,3}(?:niet|onvoldoende)\b[^.!?;]{0,25}\b(?:aan|bij)\b",
        # (not "je kunt niet verder in het sollicitatieformulier": a form that hangs)
        rf"(?<!nog )\bniet (?:mee )?verder{_NL_WITH_YOU}|{_NL_READER_SUBJECT}niet (?:mee )?verder in (?:de|het) (?:procedure|proces|"
        r"sollicitatie(?:procedure|proces|traject)?)\b|"
        # (not "we gaan hier niet verder op in": not going into a question further)
        r"\b(?:hier|daar|hiermee|daarmee) (?:helaas |dus )?niet (?:mee )?verder\b(?! (?:\w+ )?op in\b| (?:op|zonder|dan)\b)"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("grammatica: niet door / niet uitnodigen / geen match", 4.0, ("niet", "geen", "afgewezen", "ingevuld", "vervuld"),
        # ("gaat" only with "naar": "omdat het gesprek niet door gaat" is a meeting called off)
        r"\bniet door (?:bent|bent gegaan|gaat naar|mag|kunt|naar)\b",
        r"\b(?:(?:gaan|ga) (?:we|wij|ik)|(?:we|wij|ik) (?:gaan|ga)) (?:\w+ )?niet (?:met (?:je|jou|u) )?in gesprek\b"
        r"(?![^.!?;]{0,40}\b(?:maar|wel|pas|eerst|online|telefonisch|via)\b)",
        r"\bniet (?:kunnen |willen |zullen |gaan )?(?:uitnodigen|uit te nodigen|selecteren|aannemen|aanwerven|aan te werven)\b",
        r"\b(?:je|jij|u|ge|gij) (?:kan|kunt|mag|moogt) (?:\w+ ){0,2}niet (?:bij ons )?(?:beginnen|starten|komen werken|aan de slag)\b"
        r"(?! (?:op|per|in|voor|voordat|totdat|om|vanaf|na|met|zonder|tot|als je|als u|zolang)\b)",
        r"\bgeen (?:match|klik|aansluiting)\b",
        r"\b(?:past|passen|sluit|sluiten)\b[^.!?;]{0,40}\b(?:niet|onvoldoende)\b[^.!?;]{0,25}\b(?:aan|bij)\b(?!(?: bij)? (?:je|jouw|uw) (?:eigen |huidige )?(?:functie|werk|baan|rol|wensen|behoeften|agenda|planning|rooster|vraag|verzoek))",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,40}\b(?:(?<!nog )niet|geen)\b[^.!?;]{0,30}\b(?:in behandeling|"
        # (not a handover: "je sollicitatie wordt niet verder behandeld door mij, maar door mijn collega")
        r"uitnodiging|gesprek|geleid|verder(?! behandeld (?:door|via)\b))",
        r"\b(?:wij|we) (?:hebben )?(?:helaas )?(?:u|je|jou)\b[^.!?;]{0,20}\bafgewezen|\b(?:u|je|jij) (?:bent|is) (?:helaas )?afgewezen|"
        r"\bben(?:t)? (?:je|jij|u) (?:(?!niet\b|nog\b)\w+ ){0,4}afgewezen\b"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
_NL_CHOSE = (r"(?:kiez\w*|kozen|gekozen|koos|selecteer\w*|geselecteerd|aangenomen|aan te nemen|aan te bieden|aangeboden|"
             # (Flemish "beslist" = decided: "we hebben beslist om verder te gaan met iemand met meer ervaring")
             r"gevonden|vervullen|vervuld|besloten|beslist|gegaan|voorkeur|voorgedragen|benoemd|aangesteld|"
             # Flemish "we hebben geopteerd voor een andere kandidaat"
             r"geopteerd|opteerden|opteerde)")

_NL_OTHER = (r"(?:iemand (?:die|met|anders)|een andere? (?:kandida\w*|sollicitant\w*|persoon|finalist\w*|leerling\w*|stagiair\w*|"
             r"student\w*|collega\w*|medewerker\w*|freelancer\w*|invaller\w*|"
             # an interim bureau's or an agency's people ("gekozen voor een andere interim-manager")
             r"interim-?manager\w*|interim-?professional\w*|consultant\w*)|de andere (?:kandidaat|sollicitant|finalist|leerling|stagiair|student)\b(?! en\b)|"
             r"(?:de|een) (?:kandida\w*|sollicitant\w*|persoon) (?:die|met|wiens|wier)|"
             r"(?:een|de) (?:interne|externe|eigen) (?:kandida\w*|sollicitant\w*|collega\w*|medewerker\w*))")

DECISIONS += [
    fam("grammatica: de keuze viel op een ander", 4.0, ("iemand", "ander", "kandida", "sollicitant", "persoon", "intern", "extern",
                                                       "eigen "),
        rf"\b{_NL_CHOSE}\b{G}\b{_NL_OTHER}",
        r"\b(?:kandida\w*|sollicitant\w*) (?:geselecteerd|gekozen|aangenomen) (?:met|die)\b",
        r"\bis iemand anders geworden\b|"
        # the present of the same choice: "helaas, het wordt iemand met meer ervaring" (not "het wordt iemand anders dan jij
        # verwacht" of a colleague: only a person described by experience or as another)
        r"\bhet (?:wordt|werd) (?:\w+ )?(?:iemand (?:anders|met (?:meer|meer relevante|ruimere|meer ervaring)|die (?:al|meer))|"
        r"een andere? (?:kandida\w*|sollicitant\w*))\b(?! (?:dan|als)\b| voor (?:jij|je|jou|u)\b)|\b(?:hebben|heeft) (?:intussen |inmiddels |al )?iemand (?:anders )?gevonden",
        r"\bde andere (?:finalist|kandida\w*)\b[^.!?;]{0,60}\bdoorslag",
        r"\b(?:een |de )?andere? (?:kandida\w*|sollicitant\w*) de voorkeur\b",
        r"\b(?:gekozen|besloten|gegaan|kozen|koos)\b[^.!?;]{0,40}\b(?:voor|met) (?:de |andere |enkele |een aantal )?(?:kandidaten|sollicitanten) "
        r"(?:van wie|die|wier|wiens|met)\b"),
    fam("grammatica: niet voor jou gekozen", 4.0, ("niet", "valt", "viel", "vallen", "nee", "beeindig", "vervallen", "vergeven", "geen"),
        r"\bkiez\w* (?:we |wij )?niet voor (?:jou|je|u)\b|\bniet in (?:jouw|je|uw) voordeel\b",
        r"\bkeuze\b[^.!?;]{0,20}\bniet op (?:u|jou|je)\b",
        r"\b(?:je|u) (?:valt|vallen|viel)\b[^.!?;]{0,20}\baf\b|"
        r"\b(?:je|jouw|uw) (?:profiel|cv|sollicitatie|kandidatuur|brief) (?:valt|viel) (?:\w+ ){0,2}af\b",
        # (not an advert's closing date: "deze vacature komt te vervallen op 30 juni, solliciteer snel")
        r"\bkomt\b(?:(?!\bniet\b)[^.!?;]){0,30}\bte vervallen\b(?! (?:op|per|vanaf) \d)|\bstopt de procedure\b|"
        r"\bkomt (?:\w+ )?(?:de|deze|die|onze) (?:vacature|functie|positie|rol|baan)\b(?:(?!\bniet\b)[^.!?;]){0,40}\bte vervallen\b"
        r"(?! (?:op|per|vanaf) \d)",
        # (not an upload that failed or a file still incomplete: "je sollicitatie is niet succesvol verzonden", "nog niet
        # succesvol afgerond")
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,40}\b(?<!nog )niet (?:succesvol|geslaagd)\b"
        r"(?! (?:verzonden|verstuurd|ingediend|geupload|opgeslagen|verwerkt|ontvangen|doorgestuurd|afgerond|aangemaakt)\b)",
        r"\b(?:sollicitatie|kandidatuur|je|u)\b[^.!?;]{0,20}\bniet (?:is|werd) (?:geselecteerd|gekozen|aangenomen)",
        r"\bgeen (?:aanbod|contract|baan) te doen\b",
        r"\bonvoldoende\b[^.!?;]{0,40}\bdoor te laten gaan|\bniet door te laten gaan",
        r"\b(?:functie|vacature|positie|plek)\b[^.!?;]{0,60}\b(?:hebben|heeft) (?:wij|we) (?:inmiddels |al |reeds )?"
        r"(?:vergeven|ingevuld|vervuld)",
        r"\b(?:sollicitatie|selectie)?procedure met (?:u|jou|je) (?:\w+ )?te beeindigen|\bbeeindig\w* (?:de|uw|je) (?:sollicitatie)?procedure",
        r"\bis (?:\w+ ){0,2}een nee geworden\b",
        r"\bniet met (?:je|jou|u) (?:aan te gaan|verder|door)\b"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("grammatica: onvoldoende aansluiting / niet uitnodigen / geen plek", 4.0,
        ("onvoldoende", "niet", "geen", "ander", "ingetrokken", "te weinig", "niemand"),
        r"\b(?:niet|onvoldoende|minder) (?:goed )?(?:aansluit|aan sluit|aan te sluiten|past|passen)\w*\b(?! bij (?:je|jouw|uw) (?:eigen |huidige )?(?:functie|werk|baan|rol|wensen|behoeften|agenda|planning|rooster|vraag|verzoek))",
        r"\bnodigen (?:u|je|jou) (?:\w+ ){0,2}niet uit\b",
        rf"\b{_NL_OTHER}\b{G}\b(?:aangeboden|gekozen|verkozen|geselecteerd|aangenomen|(?:een )?aanbod (?:gedaan|gegeven))\b",
        # (room for the reader or for a person, not for a thing: "geen ruimte voor een loonsverhoging", "geen plek voor een
        # extra auto", "geen ruimte voor je extra thuiswerkdag")
        rf"\bgeen (?:\w*plek|\w*plaats|vacature|functie|positie|ruimte) (?:\w+ ){{0,2}}voor (?:jou\b|u\b|je(?= ?[.!?;,:]|$| (?:in|op|bij|"
        rf"binnen|hebben|hebt|meer|nu|helaas|dan)\b)|een (?:\w+ )?{_NL_A_PERSON}\b)",
        r"\baanbod\b[^.!?;]{0,40}\bingetrokken",
        # "je profiel komt niet overeen met wat we zoeken", "onvoldoende raakvlakken met de functie-eisen"
        r"\b(?:profiel|ervaring|achtergrond|cv|kwalificaties|opleiding|competenties)\b[^.!?;]{0,30}\b(?:komt|komen|"
        r"kwam|stemt|stemmen|"
        r"stemde) (?:\w+ ){0,2}(?:niet|onvoldoende) (?:\w+ )?overeen\b",
        # ...the verb last in a clause: "de commissie concludeert dat uw profiel onvoldoende overeenkomt met het gevraagde"
        r"\b(?:je|jouw|uw) (?:profiel|ervaring|achtergrond|cv|kwalificaties|opleiding|competenties) (?:\w+ ){0,2}(?:niet|onvoldoende) "
        r"(?:\w+ )?overeen(?:komt|komen|kwam|stemt|stemmen|stemde)\b",
        r"\b(?:onvoldoende|te weinig) (?:\w+ )?(?:raakvlakken|aanknopingspunten)\b",
        r"\b(?:nemen|werven) (?:momenteel |op dit moment |nu )?(?:niemand|geen mensen) aan\b",
        # ...with the verb last: "vanwege een vacaturestop kunnen wij op dit moment niemand aannemen"
        r"\b(?:kunnen|kan|mogen|zullen|gaan) (?:we|wij|ik) (?:\w+ ){0,4}(?:niemand|geen (?:nieuwe )?(?:mensen"
        r"|medewerkers|personeel)) "
        r"(?:aannemen|aanwerven|in dienst nemen)\b"),
]


# --- sixth layer: constructions from an independent author (dev4/nl) ----------------------------------------
# Verb-second and verb-final orders of "the post is filled", a rejection named as a noun ("een afwijzing sturen",
# "de negatieve beslissing"), a preference given to others, the procedure that stops or ends, idioms ("het is
# hem niet geworden", "we laten het hierbij", "je komt tekort voor deze rol"), "no position to offer" with any
# position noun, and the other person found or hired placed before its verb.
_NL_POST = r"(?:vacature|functie|positie|plek|stageplek|stageplaats|baan|rol|job)"

DECISIONS += [
    fam("grammatica: de plek is bezet (andere woordvolgorde)", 4.0, ("vervuld", "ingevuld", "vergeven", "opgevuld", "intern"),
        # (no "niet" between the post and the participle: "we hebben de vacature nog niet ingevuld" keeps it open)
        rf"\b(?:is|werd|wordt) (?:de|deze|die|onze|jullie) {_NL_POST}\b(?:(?!\bniet\b)[^.!?;]){{0,60}}\b(?:vervuld|ingevuld|vergeven|opgevuld)\b",
        rf"\b{_NL_POST}\b(?:(?!\bniet\b)[^.!?;]){{0,60}}\b(?:vervuld|ingevuld|vergeven|opgevuld) (?:is|werd|zijn|wordt)\b",
        rf"\b(?:de|deze|die|onze) {_NL_POST} (?:(?!niet\b|nog\b)\w+ ){{0,3}}(?:hebben|heeft) (?:(?!niet\b)\w+ )?(?:vervuld|ingevuld|vergeven|"
        r"opgevuld)\b",
        rf"\b(?:hebben|heeft|heb)(?: (?:we|wij|ik))? (?:\w+ ){{0,2}}(?:de|deze|die) {_NL_POST}\b(?:(?!\bniet\b)[^.!?;]){{0,40}}\b(?:vervuld|ingevuld|"
        r"vergeven|opgevuld)\b",
        r"(?<!niet )\bintern (?:\w+ ){0,3}(?:ingevuld|in te vullen|vervuld|te vervullen|door te laten groeien|laten doorgroeien)\b",
        r"\b(?:gekozen|gegaan|besloten|kiezen|kozen) (?:\w+ ){0,2}voor een interne (?:oplossing|invulling)\b"),
    fam("grammatica: een afwijzing / een negatief besluit", 4.0, ("afwijzing", "afwijzend", "negatie", "nee"),
        r"\b(?:je|jou|u) (?:(?!hem\b|haar\b|hen\b|de\b)\w+ ){0,3}(?:een|de|deze) afwijzing (?:\w+ ){0,2}"
        r"(?:sturen|geven|versturen|mededelen|mee te delen|meedelen|te sturen|te geven)\b",
        r"\b(?:sturen|geven|stuur|geef|versturen) (?:wij|we|ik) (?:u|je|jou) (?:\w+ ){0,3}(?:een |de )?afwijzing\b",
        r"\b(?:afwijzend|negatief|negatieve)e? (?:bericht|antwoord|besluit|beslissing|uitslag)\b|"
        r"\b(?:afwijzend|negatief) (?:te )?(?:antwoorden|beantwoorden|reageren|beslissen|besluiten|beschikken)\b|"
        r"\bafwijzend (?:beslist|besloten|beschikt|beantwoord|gereageerd)\b",
        r"\b(?:antwoord|besluit|beslissing|uitslag)\b[^.!?;]{0,60}\b(?:is|luidt|valt|viel|was) (?:\w+ ){0,2}(?:negatief|afwijzend|nee)\b|"
        r"\b(?:is|luidt|was|blijft) (?:het|ons) (?:antwoord|besluit) (?:\w+ ){0,2}(?:nee|negatief)\b"),
    fam("grammatica: de voorkeur ging naar anderen", 4.0, ("voorkeur",),
        r"\b(?:besloten|gekozen|beslist)\b[^.!?;]{0,30}\bvoorkeur\b",
        r"\bvoorkeur (?:\w+ ){0,3}(?:gegeven|uitgesproken)\b",
        r"\bvoorkeur (?:ging|is uitgegaan|uitging)\b|\bvoorkeur\b[^.!?;]{0,30}\b(?:ging|is) (?:\w+ )?uit(?:gegaan)? naar "
        r"(?:een |de )?(?:andere?\b|kandida\w*|sollicitant\w*|iemand)"),
    fam("grammatica: de procedure stopt", 4.0, ("stop", "einde", "eindigt", "vervalt", "beeindig"),
        r"\b(?:sollicitatie|kandidatuur|procedure|sollicitatieprocedure|selectieprocedure)\b(?: (?:voor|bij|als|naar) [^.!?;,]{0,40})? "
        # (not a pause: "de procedure stopt even tot half mei", "wordt tijdelijk stopgezet")
        r"(?:(?!nog\b|niet\b|even\b|eventjes\b|tijdelijk\b|voorlopig\b)\w+ ){0,6}(?:stopt|eindigt hier|vervalt|beeindigd|stopgezet|"
        r"gestopt)\b(?!(?: hier| nog| dus)? niet\b)(?! (?:\w+ )?(?:even|eventjes|tijdelijk|voorlopig|tot|totdat)\b)",
        r"\beinde (?:\w+ ){0,2}aan (?:de|je|jouw|uw|deze) (?:\w+ )?(?:sollicitatie\w*|procedure|selectieprocedure|kandidatuur)\b",
        r"\b(?:(?:stoppen|beeindigen|staken) (?:we|wij|ik)|(?:we|wij|ik) (?:stoppen|beeindigen|staken)) (?:\w+ ){0,3}(?:de|je|jouw|uw) "
        r"(?:sollicitatie\w*|procedure|kandidatuur)\b",
        r"\b(?:vacature|functie|positie)\b[^.!?;]{0,40}\bvervalt\b",
        r"\bprocedure voor (?:jou|je|u) (?:\w+ )?(?:eindigt|stopt|ophoudt)\b",
        # the verb first, the procedure the reader's by a clause: "daarmee stopt ook de procedure waaraan je deelnam"
        r"\b(?:stopt|eindigt|vervalt) (?:(?:hiermee|daarmee|daarom|dus|helaas|ook|meteen|bijgevolg|dan|eveneens) ){0,3}(?:de|deze) "
        r"(?:sollicitatie|selectie)?procedure (?:waaraan|waarin|waarvoor|voor) (?:je|jij|u|jou)\b"),
    fam("grammatica: het wordt niets / we laten het hierbij", 4.0, ("niet", "nee", "hierbij", "daarbij", "tekort", "niks", "rusten",
                                                                    "afwijzing"),
        rf"\b{_NL_POST}\b[^.!?;]{{0,50}}\bgaan (?:we|wij) het (?:\w+ ){{0,2}}niet (?:\w+ )?doen\b|\bgaan (?:we|wij) het (?:samen|met (?:jou|je|u)) (?:\w+ )?niet doen\b",
        # (the outcome named as a noun too: "het is helaas een afwijzing geworden")
        r"\b(?:is|wordt|werd) (?:\w+ ){0,5}een '?(?:nee|afwijzing)'? geworden\b",
        # not going on "together" after the interview: "de uitkomst is dat we niet verder met elkaar gaan"
        r"\b(?:we|wij) (?:\w+ ){0,2}niet (?:\w+ )?verder met elkaar\b",
        r"\bhet is (?:hem|het|'m) (?:\w+ ){0,3}niet geworden\b|\bhet (?:is|wordt) (?:\w+ ){0,3}niets geworden\b|"
        r"\b(?:wordt|werd) het (?:\w+ ){0,3}(?:niets|niks)\b|\bhet (?:wordt|werd) (?:\w+ ){0,2}(?:niets|niks)\b(?! (?:aan|van|uit|mee|bijzonders|speciaals))|"
        r"\b(?:heeft|had|mocht) (?:het )?(?:\w+ ){0,3}niet zo (?:mogen )?zijn\b|\bhet (?:heeft|had) (?:\w+ ){0,3}niet mogen zijn\b|\bhet wordt (?:hem|'m|het) (?:\w+ ){0,2}niet\b|\bwordt het (?:hem|'m) (?:\w+ ){0,2}niet\b",
        r"\blaten (?:we|wij|ik) het (?:\w+ ){0,3}(?:hierbij|daarbij)\b(?! (?:houden|laten|blijven))",
        # ...the subject first: "we laten het voor nu hierbij"
        # (not a meeting's end: "we laten het hierbij voor vandaag")
        r"\b(?:we|wij|ik) (?:laten|laat) het (?:(?!vandaag\b)\w+ ){0,3}(?:hierbij|daarbij)\b(?! (?:houden|laten|blijven|voor vandaag))",
        r"\b(?:besloten|besluiten) (?:om )?(?:je |jouw |uw |deze |die |de |haar |hem )?(?:sollicitatie |kandidatuur )?(?:te )?laten rusten\b"
        r"(?! (?:tot|totdat|voorlopig|even|tijdelijk)\b)",
        rf"\bkom\w* (?:\w+ ){{0,6}}tekort\b[^.!?;]{{0,30}}\b(?:voor|in|op) (?:de|deze|die|onze|jullie|een) {_NL_POST}\b"),
    fam("grammatica: geen functie aan te bieden", 4.0, ("geen",),
        r"\bgeen (?:\w+ )?\w*(?:aanbod|contract|arbeidsovereenkomst|baan|job|plek|plaats|functie|positie|rol|"
        r"aanstelling|dienstverband|betrekking)\b[^.!?;]{0,40}\b(?:doen|aanbieden|aan (?:te )?bieden|bieden|geven)\b"),
    fam("grammatica: (we) gaan voor iemand anders", 4.0, ("iemand", "ander", "kandida", "sollicitant", "persoon"),
        r"\b(?:ga|gaan|gaat|gingen|ging) (?:\w+ ){0,3}voor (?:iemand anders|een andere? (?:kandida\w*|sollicitant\w*|persoon|profiel))\b|"
        r"\b(?:ga|gaan|gaat|gingen|ging) (?:\w+ )?(?:toch|uiteindelijk|liever) (?:\w+ )?voor iemand (?:die|met)\b|"
        r"\b(?:kiest|kies|koos|kozen) (?:\w+ ){0,3}voor (?:iemand anders|een andere? (?:kandida\w*|sollicitant\w*|"
        r"persoon|profiel))\b|"
        # "we gaan voor een kandidaat met meer ervaring", "voor een ander gekozen", "besloten een ander aan te nemen"
        r"\b(?:gaan|ga) (?:we|wij|ik) (?:\w+ )?voor een (?:kandidaat|sollicitant|persoon) (?:met|die|wiens)\b|"
        r"\b(?:we|wij|ik) (?:gaan|ga) (?:\w+ )?voor een (?:kandidaat|sollicitant|persoon) (?:met|die|wiens)\b|"
        r"\b(?:kiest|koos|kozen) (?:\w+ )?voor een (?:kandidaat|sollicitant|persoon) (?:met|die|wiens)\b|"
        r"\b(?:voor|op) een ander (?:gekozen|kiezen|te kiezen|gevallen|beslist)\b|"
        # Flemish reflexive "we hebben ons (uiteindelijk) voor een andere kandidaat beslist"
        r"\bons (?:\w+ ){0,2}voor (?:iemand anders|een andere? (?:kandida\w*|sollicitant\w*|profiel)) (?:beslist|uitgesproken)\b|"
        r"\been ander (?:aan te nemen|aangenomen|aan te stellen|aangesteld|te benoemen|benoemd|gekozen|geselecteerd|gevonden)\b|"
        r"\b(?:we|wij|ik) (?:\w+ )?voor (?:iemand anders|een andere? (?:kandida\w*|sollicitant\w*)) (?:gaan|kiezen|gekozen hebben)(?= ?[.!?;,]|$)|"
        r"\b(?:gekozen|besloten) (?:om )?iemand (?:anders aan te (?:nemen|stellen|werven)\b|aan te (?:nemen|stellen|werven) (?:die|met)\b)"),
    fam("grammatica: iemand anders gevonden (object voor het werkwoord)", 4.0, ("iemand", "kandidaat", "sollicitant", "finalist", "leerling",
                                                                                "stagiair", "student"),
        r"\b(?:hebben|heeft|heb) (?:\w+ ){0,5}(?:iemand|een (?:\w+ )?(?:kandidaat|sollicitant|finalist|leerling|stagiair|student))\b"
        r"[^.!?;]{0,50}\b(?:gevonden|gekozen|verkozen|aangenomen|geselecteerd|aangesteld|benoemd|voorgedragen|weerhouden)\b",
        r"\b(?:iemand|een (?:andere )?(?:kandidaat|sollicitant|finalist)) (?:\w+ ){0,4}(?:aangenomen|aangesteld|benoemd)\b"),
]


# --- seventh layer: a probe of fresh rewordings --------------------------------------------------------------
# The reader as object before a negated choice verb ("we hebben je niet geselecteerd", "besloten u niet voor te
# dragen"), "je gaat niet verder", a candidacy not honoured or put aside, the post given to another, a better fit
# for someone else, no follow-up, and the verb-final "je sollicitatie ... hebben afgewezen / af te wijzen".
_NL_SELECT = (r"(?:geselecteerd|gekozen|uitgenodigd|aangenomen|voorgedragen|selecteren|kiezen|aannemen|voordragen|voor te dragen|"
              r"uit te nodigen|aan te nemen|te selecteren|te kiezen|op te nemen|opnemen|mee te nemen|meenemen|weerhouden|te weerhouden|"
              r"door te laten gaan|op te roepen|oproepen|te (?:willen )?ontvangen|plaatsen|geplaatst|te plaatsen|benoemen|benoemd|te benoemen|"
              r"aanstellen|aangesteld|aan te stellen|aanwerven|aan te werven|aangeworven|uitgekozen|uit te kiezen|uitkiezen|"
              # Flemish "vastnemen" (to hire for good), "inschakelen" (to put to work): "we gaan u ni vastnemen"
              r"vastnemen|vast te nemen|inschakelen|in te schakelen)")

# an elected seat, unpaid, no post: "niet voor u gekozen als voorzitter van de vereniging" (a board, a council)
_NL_BOARD_SEAT = (r"(?! (?:als|tot) (?:\w+ )?(?:voorzitter|penningmeester|bestuurslid|bestuurder|secretaris|lid|vertegenwoordiger|"
                  r"afgevaardigde|ouderraadslid|raadslid)\b)")

DECISIONS += [
    fam("grammatica: de lezer niet gekozen (voorwerp voor de ontkenning)", 4.0, ("niet",),
        rf"\b(?:hebben|heeft|besloten|beslist|besluiten|beslissen|gekozen|aangegeven|helaas|wij|we|conclusie gekomen|"
        rf"(?:we|wij|ze|zij) (?:gaan|zullen)) (?:om )?(?:je|jou|u) (?:\w+ ){{0,3}}niet (?:\w+ ){{0,3}}(?:{_NL_SELECT}|nemen)\b",
        r"\b(?:selecteren|kiezen|nemen|nodigen) (?:we|wij|ik) (?:je|jou|u) (?:\w+ ){0,2}niet\b",
        rf"(?<!nog )\bniet (?:definitief )?voor (?:jou|u) gekozen\b{_NL_BOARD_SEAT}",
        # (getting stuck is no verdict: "je komt niet verder zonder de inlogcode", "je gaat niet verder dan ..."; coming or
        # being able to go on only in the procedure)
        r"\b(?:je|jij|u) (?:gaat|gaan|ga) (?:\w+ ){0,2}niet (?:verder|door)\b(?! (?:dan|zonder|op)\b)|"
        r"\b(?:je|jij|u) (?:komt|kom) (?:\w+ ){0,2}niet (?:verder|door)(?= (?:in|naar|tot|bij) (?:de|het|deze|die|onze) (?:\w+ )?(?:procedure|"
        r"selectie\w*|ronde|fase|volgende|laatste|tweede|gesprek\w*)\b)|"
        r"\b(?:je|jij|u) (?:\w+ ){0,2}niet (?:verder|door) (?:gaat|gaan|mag|bent)\b(?! (?:dan|zonder|op)\b)|"
        r"\b(?:je|jij|u) (?:\w+ ){0,2}niet (?:verder|door) (?:komt|kan|kunt)(?= (?:in|naar|tot|bij) (?:de|het|deze|die|onze) (?:\w+ )?"
        r"(?:procedure|selectie\w*|ronde|fase|volgende|laatste|tweede|gesprek\w*)\b)",
        r"\bniet in de gelegenheid (?:\w+ ){0,2}(?:stellen|gesteld)\b"),
    fam("grammatica: sollicitatie niet gehonoreerd / terzijde / afgewezen (werkwoord achteraan)", 4.0,
        ("gehonoreerd", "honoreren", "terzijde", "opzij", "naast ons", "afgewezen", "af te wijzen", "wijzen", "afgehaakt",
         "niet zitten"),
        # ("niet succesvol" of the application is said in "niet voor jou gekozen", gated by "niet")
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,40}\bniet (?:\w+ ){0,2}(?:gehonoreerd|honoreren)\b",
        r"\b(?:sollicitatie|kandidatuur|cv)\b[^.!?;]{0,30}\b(?:(?:terzijde|opzij) (?:te )?(?:leggen|gelegd)|"
        r"naast ons neer(?:leggen|gelegd| te leggen))\b",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,60}\b(?:hebben|heeft|moeten|zullen|gaan) (?:\w+ )?(?:afgewezen|afwijzen)\b|"
        r"\b(?:hebben|heeft) (?:\w+ ){0,2}(?:je|jouw|uw) (?:cv|profiel|sollicitatie|kandidatuur) (?:(?!niet\b)\w+ )?afgewezen\b|"
        r"\bafgehaakt op (?:je|jouw|uw) (?:profiel|cv|sollicitatie|kandidatuur)\b|"
        r"\b(?:ziet|zien|zag|zagen) het (?:\w+ )?niet zitten (?:met|in) (?:je|jou|jouw|u|uw)\b|"
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,40}\baf te wijzen\b|\bwijzen (?:we|wij|ik) (?:je|jouw|uw|u) (?:\w+ ){0,2}af\b"),
    fam("grammatica: de plek naar een ander / een ander past beter", 4.0, ("ander", "iemand", "beter", "nauwer", "meer", "vervolg", "gegund", "toegekend", "toegewezen", "gegeven",
                                                                                 "vergeven", "aangeboden", "ingevuld", "vervuld", "ingenomen", "bezet"),
        rf"\b(?:toegekend|toegewezen|gegund|gegeven|vergeven|aangeboden) aan {_NL_OTHER}|\b(?:ingevuld|vervuld|opgevuld|ingenomen|bezet) door {_NL_OTHER}|"
        # "de functie is ondertussen ingenomen door een collega"
        r"\b(?:ingevuld|vervuld|opgevuld|ingenomen|bezet) door (?:een|onze) (?:collega|medewerker|teamlid)\w*\b",
        r"\b(?:andere?|een andere) (?:kandida\w*|sollicitant\w*|persoon|profiel\w*|finalist\w*)\b[^.!?;]{0,40}\b(?:beter|meer|nauwer|sterker)\b"
        r"[^.!?;]{0,20}\b(?:past|paste|passen|pasten|aansluit\w*|aansloot|aansloten|sluit|sloot|sloten|geschikt)\b",
        r"\b(?:beter|meer) (?:passende|geschikte|ervaren) (?:kandida\w*|sollicitant\w*)\b|\b(?:een|de) (?:kandida\w*|sollicitant\w*) "
        r"(?:die|wiens|wier) [^.!?;]{0,40}\b(?:beter|meer|nauwer)\b[^.!?;]{0,20}\b(?:past|paste|aansluit|aansloot|sluit|sloot|geschikt)\b|"
        r"\b(?:kandidaten|sollicitanten) (?:die|van wie) (?:\w+ ){0,4}(?:beter|nauwer) (?:\w+ )?(?:aansluiten|aansloten|aansluit|passen|pasten|"
        r"geschikt)\b",
        # (given to the reader's application, or to nothing named: not "geen vervolg geven aan uw klacht / de pilot")
        rf"\bgeen (?:verder |verdere )?vervolg (?:(?:\w+ ){{0,2}}(?:geven|krijgen|komen) (?:aan|op) {_NL_YOUR_APP}|(?:aan|op) "
        rf"{_NL_YOUR_APP}|(?:\w+ ){{0,2}}geven(?= ?[.!?;,]|$))|\bniet (?:tot|in) een vervolg\b|"
        r"\b(?:helaas|jammer genoeg|spijtig genoeg) geen (?:verder |verdere )?(?:vervolg|vervolggesprek|vervolgstap)\b(?! (?:ontvangen|gehad|gekregen))|"
        r"\b(?:sollicitatie|kandidatuur) (?:heeft|krijgt|kreeg) (?:\w+ )?geen (?:verder |verdere )?vervolg\b"),
]


# --- eighth layer: a second probe of fresh rewordings ----------------------------------------------------------
# No grounds to invite ("onvoldoende aanknopingspunten om je uit te nodigen"), not among those invited, the choice
# that fell on another (verb last), "we gaan er niet op in", the procedure closed with the reader, idioms ("buiten
# de boot gevallen"), "niet de juiste match", "niet geleid tot een uitnodiging", "je profiel matcht niet".
DECISIONS += [
    fam("grammatica: geen grond om door te gaan / niet bij de genodigden", 4.0,
        ("onvoldoende", "geen", "weinig", "behoor", "hoort", "hoorde", "keuze", "niet op in", "boot", "het net", "juiste", "geleid", "match",
         "niet bij", "niet tot", "niet onder", "niet in de"),
        r"\b(?:onvoldoende|geen|te weinig) (?:\w+ )?(?:aanleiding|aanknopingspunt\w*|reden|basis|grond|mogelijkhe\w+|ruimte)\b(?:(?!niet\b)[^.!?;]){0,40}\b"
        r"(?:uit te nodigen|door te laten gaan|aan te nemen|aan te bieden|verder te gaan|te selecteren|voort te zetten|mee te nemen|"
        r"op te roepen|te ontvangen)\b",
        r"\b(?:behoor\w*|zit|zat|hoor|hoort|ben|bent|was) (?:(?:je|jij|u) )?(?:\w+ ){0,2}niet (?:bij|tot|in|onder) (?:de|onze) "
        r"(?:\w+ ){0,2}(?:kandidaten|sollicitanten|finalisten|selectie|shortlist|genodigden|geselecteerden|uitverkorenen|"
        + _NL_LAUREATES + r")\b|"
        r"\b(?:je|jij|u) (?:\w+ )?niet (?:behoort|behoorde|hoort|hoorde) (?:bij|tot|onder) (?:de|onze) (?:\w+ ){0,2}(?:kandidaten|sollicitanten|"
        r"finalisten|selectie|shortlist|genodigden|geselecteerden|uitverkorenen|" + _NL_LAUREATES + r")\b",
        r"\bkeuze (?:\w+ ){0,3}op (?:een |de )?(?:andere?|iemand)\b[^.!?;]{0,30}\bgevallen\b",
        r"\b(?:er|daar) (?:\w+ ){0,2}niet (?:verder )?op in(?: te gaan|gaan)?\b",
        r"\bbuiten de boot (?:gevallen|valt|viel|vallen)\b|\bachter het net (?:gevist|vist|viste)\b",
        r"\bniet de (?:juiste|goede|beste) (?:match|klik|fit)\b|\b(?:matcht|matchen|matchte|klikt|klikte) (?:\w+ ){0,2}niet\b"
        # (a click on a website is no chemistry: "het klikte niet op de knop")
        r"(?! alleen| enkel| op (?:de|het|een|uw|je|die) (?:\w+ )?(?:knop|link|pagina|site|website|app)\b)",
        r"\b(?<!nog )niet (?:\w+ )?(?:geleid|leiden) tot (?:een )?(?:uitnodiging|gesprek|vervolg|aanstelling|aanbod|benoeming)\b"),
    fam("grammatica: de procedure met de lezer afgerond", 4.0, ("ronden", "rond ", "sluiten", "sluit "),
        r"\b(?:ronden|rond|sluiten|sluit) (?:we|wij|ik) (?:\w+ ){0,3}(?:de|je|jouw|uw) (?:sollicitatie\w*|procedure|kandidatuur) "
        r"(?:met|voor) (?:jou|je|u) af(?= ?[.!?;]|$)"),
]


# --- ninth layer: a third probe of fresh rewordings ----------------------------------------------------------
# A test or selection not passed, no interest in going on (an agency's client), "niet over tot een aanbod", another
# preference, not back in the next round, the application archived. (Not "de vacature is niet meer beschikbaar":
# job boards say it of adverts the reader only looked at.)
DECISIONS += [
    fam("grammatica: selectie niet doorstaan / geen interesse / niet over tot", 4.0,
        ("geslaagd", "doorstaan", "gehaald", "behaald", "interesse", "over tot", "voorkeur", "ronde", "fase", "gearchiveerd"),
        # (a step's compounds too: "je hebt de assessmentfase niet doorstaan", "de selectieronde niet gehaald")
        r"\bniet geslaagd (?:bent|voor|in|bij)\b|\b(?:selectie|assessment|proef|test|ronde|screening|toets|(?:sollicitatie|kennismakings|selectie|eind|vervolg)?gesprek)"
        r"(?:fase|ronde|dag|proef)?\b[^.!?;]{0,50}\bniet "
        r"(?:\w+ )?(?:doorstaan|gehaald|behaald)\b",
        r"\bgeen (?:\w+ )?interesse (?:om|in) (?:\w+ ){0,4}(?:verder|door|uit te nodigen|aan te nemen|kennis te maken|gesprek)\b",
        # (of the reader when a person is named: not "niet over tot de benoeming van een nieuwe directeur")
        r"\bniet over tot (?:een |het )?(?:aanbieding|aanbod|aanstelling|benoeming|uitnodiging|aanname)\b"
        r"(?! van (?!(?:u|jou|uw|je|jouw)\b))",
        r"\b(?:heeft|hebben|had|hadden) (?:\w+ ){0,2}een andere voorkeur\b(?! voor (?:de |een |het )?(?:datum|tijd|dag|moment|locatie|tijdstip))|"
        r"\bvoorkeur (?:\w+ ){0,2}(?:voor|naar|bij) (?:een |de )?(?:andere? (?:kandida|sollicitant|persoon|profiel)|iemand)",
        r"\bniet (?:terug )?in de (?:volgende|laatste|tweede|derde|eind)\w* (?:ronde|fase|selectie)\b",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,50}\bgearchiveerd\b"),
]


# --- tenth layer: a fifth independent author (dev5/nl) ---------------------------------------------------------
# A required score not reached and a stage not passed or entered ("bent u niet geslaagd en wordt u niet toegelaten
# tot het mondelinge gedeelte", "kan niet verder deelnemen aan deze selectie", "u bent afgevallen"); the reader's
# candidacy as subject of a negated participle after a long aside ("uw kandidatuur is daarbij, na ..., niet
# meegenomen"); the post that went or goes to another person ("de rol is naar een collega uit het team gegaan",
# "de plek gaat naar een kandidaat die..."); a small post already given away ("de bijbaan is al vergeven", "geen
# stageplek meer vrij"); an unsolicited application not taken up ("op uw spontane kandidatuur kunnen wij niet
# ingaan", "geen vacatures die aansluiten bij je profiel"); idioms ("je bent er niet uitgekomen", "jij bent daar
# helaas niet bij"); the process ended here with the reader ("het traject met jou hier af te ronden"); and the
# verb-final "niet tot een aanstelling zal leiden".
_NL_POST2 = (r"(?:vacature|functie|positie|rol|job|baan|aanbod|plek|stageplek|stageplaats|leerwerkplek|afstudeerplek|werkplek|bijbaan|"
             r"vakantiebaan|zomerbaan|vakantiejob|studentenjob|zaterdagbaan)")
# small posts (a student job, an internship place): said to be given away, they are the reader's own post; a
# "vacature" or "functie" given away is only the state of an advert (the 3.5 family "vacature vervuld")
_NL_SMALL = (r"(?:plek|stageplek|stageplaats|leerwerkplek|afstudeerplek|bijbaan|vakantiebaan|zomerbaan|vakantiejob|studentenjob|"
             # plurals and diminutives ("al onze studentenjobs zijn ingevuld", "het baantje is al vergeven")
             r"zaterdagbaan|studentenjobs|vakantiejobs|bijbanen|stageplekken|stageplaatsen|plekje|baantje|bijbaantje|jobje|"
             # the diminutives' plurals and compounds ("zijn de vakantiebaantjes al vergeven")
             r"baantjes|bijbaantjes|vakantiebaantjes?|zomerbaantjes?|zaterdagbaantjes?|"
             # Flemish "de plaats" for the post itself ("sorry, de plaats is al ingevuld")
             r"plaats)")
_NL_PERSON = r"(?:collega|kandidaat|kandidate|sollicitant|medewerker|persoon|finalist|stagiair|student)\w*"
# an event a reader may not be invited to ("de open dag", "onze kerstborrel"), and who shows a new hire around
_NL_EVENT = (r"(?:open dag|opendag|[a-z]*(?:borrel|feest|receptie|uitje|diner|barbecue)|evenement|meetup|webinar|"
             r"workshop|lunch|training|cursus|beurs|jobbeurs|banenmarkt|open huis|informatieavond|informatiebijeenkomst|"
             r"kennismakingsmiddag|kennismakingsavond)")
_NL_GUIDE = (r"(?:buddy|mentor|begeleider|begeleidster|contactpersoon|aanspreekpunt|peter|meter|coach|inwerkcoach|opleider|"
             r"praktijkopleider|werkbegeleider)")

DECISIONS += [
    fam("grammatica: score niet gehaald / niet geslaagd / afgevallen", 4.0,
        ("gehaald", "behaald", "bereikt", "geslaagd", "toegelaten", "deelnemen", "deel te nemen", "afgevallen", "onder de",
         "val je ", "valt u ", "val jij ", "je valt ", "u valt ", "jij valt "),
        r"\b(?:score|minimumscore|cesuur|slaagnorm|vereiste (?:\w+ )?(?:score|punten|niveau|resultaat))\b[^.!?;]{0,30}\b(?<!nog )niet "
        r"(?:\w+ )?(?:gehaald|behaald|bereikt)\b|\b(?:gedeelte|onderdeel|examen|keuring|sporttest|proeve)\b[^.!?;]{0,40}\b(?<!nog )niet "
        r"(?:\w+ )?(?:gehaald|behaald|doorstaan)\b",
        r"\b(?:bent|ben|is|wordt|werd) (?:je|jij|u) (?:\w+ )?niet (?:geslaagd|toegelaten tot (?:de|het) (?:\w+ )?(?:volgende|mondeling\w*|tweede|"
        r"derde|laatste|verdere|praktisch\w*|schriftelijk\w*))\b|\b(?:je|jij|u) (?:bent|ben|is|wordt|werd) (?:\w+ ){0,2}niet toegelaten tot (?:de|het) "
        r"(?:\w+ )?(?:volgende|mondeling\w*|tweede|derde|laatste|verdere|praktisch\w*|schriftelijk\w*)\b",
        r"\bniet (?:verder|langer|meer) (?:\w+ ){0,2}deel(?:nemen| te nemen) aan (?:de|deze|het|die|onze) (?:\w+ )?(?:selectie\w*|[a-z]*procedure|"
        r"sollicitatie\w*|assessment|vervolg\w*|gesprek\w*|ronde|fase)\b",
        r"\b(?:je|jij|u|ge|gij) (?:bent|ben|is|zijt) (?:(?!nie?t?\b)\w+ ){0,6}afgevallen\b|\bben(?:t)? (?:je|jij|u) (?:(?!niet\b)\w+ ){0,5}afgevallen\b",
        # the present tense, with a word of regret or after a selection ("na de eerste selectie val je helaas af"; not a
        # diet's "hiermee val je snel af": it needs the regret or the selection)
        r"\b(?:(?:val|valt) (?:je|jij|u)|(?:je|jij|u) (?:valt|val)) (?:helaas|jammer genoeg|spijtig genoeg|daarom|dus|hierbij)"
        r"(?: (?!niet\b)\w+){0,2} af\b|\b(?:selectie|voorselectie|ronde|schifting|preselectie)\b[^.!?;]{0,30}\b(?:val|valt) (?:je|jij|u) "
        r"(?:(?!niet\b)\w+ )?af\b",
        r"\b(?:bleef|blijft|lag|ligt|zat|zit|valt|viel) (?:\w+ ){0,3}onder de (?:\w+ )?(?:slaagnorm|minimumscore|cesuur|ondergrens|drempel|"
        r"vereiste score|grens)\b",
        r"\b(?:je|jij|u) (?:hebt|heeft|heb) het (?:\w+ ){0,3}niet gehaald\b|\bheb(?:t)? (?:je|jij|u) het (?:\w+ ){0,2}niet gehaald\b",
        r"\b(?:is|werd) (?:\w+ )?(?:je|jouw|uw) (?:sollicitatie\w*|kandidatuur|brief|cv|profiel) (?:\w+ )?afgevallen\b|"
        r"\b(?:je|jouw|uw) (?:sollicitatie\w*|kandidatuur|brief|cv|profiel) (?:is|werd) (?:\w+ ){0,3}afgevallen\b"),
    fam("grammatica: de kandidatuur niet meegenomen (lange tussenzin)", 4.0, ("niet",),
        r"\b(?:sollicitatie|kandidatuur|profiel|cv|dossier)\b[^.!?;]{0,100}\b(?<!nog )niet (?:\w+ ){0,3}(?:meegenomen|weerhouden|geselecteerd|"
        r"voorgedragen|in aanmerking genomen|behouden|uitgenodigd|aanvaard)\b"),
    fam("grammatica: de plek ging naar een ander", 4.0, ("naar",),
        rf"\b{_NL_POST2}\b[^.!?;]{{0,60}}\bnaar (?:een|de|iemand|onze) (?:\w+ ){{0,3}}(?:[a-z]+-)?{_NL_PERSON}\b[^.!?;]{{0,60}}\bgegaan\b",
        rf"\b{_NL_POST2}\b[^.!?;]{{0,60}}\b(?:gaat|ging|gaan|gingen) (?:\w+ )?naar (?:een andere? (?:\w+ )?{_NL_PERSON}|iemand (?:anders|die|met)|"
        r"een (?:interne |externe )?(?:kandidaat|kandidate|sollicitant|finalist)\w*(?: (?:die|met|uit|van)\b|(?= ?[.!?;]|$)))",
        rf"\b(?:gaat|ging) (?:de|deze|die) {_NL_POST2} (?:\w+ )?niet naar (?:jou|u)\b|\b{_NL_POST2} (?:gaat|ging) (?:\w+ )?niet naar (?:jou|u)\b"),
    fam("grammatica: de kleine plek al vergeven", 4.0, ("vergeven", "bezet", "volzet", "ingevuld", "vervuld", "opgevuld", "meer vrij",
                                                      "meer beschikbaar", "meer over", "plek meer", "plaats meer"),
        rf"\b{_NL_SMALL}\b[^.!?;]{{0,50}}\b(?:is|zijn|werd|wordt|was)\b (?:(?!niet\b)\w+ ){{0,3}}(?:vergeven|bezet|ingevuld|vervuld|opgevuld)\b|"
        # Flemish "volzet" of the jobs themselves, the verb plural ("de studentenjobs zijn voor deze zomer volzet"; not
        # "de infosessie over onze studentenjobs is volzet")
        r"\b(?:studentenjobs|vakantiejobs|jobs|stageplaatsen|stageplekken|bijbanen) (?:\w+ ){0,5}zijn (?:\w+ ){0,4}volzet\b|"
        rf"\b(?:is|werd|wordt|was|zijn|waren|werden) (?:(?:al |alle )?(?:de|deze|die|onze|jullie|het)|alle) {_NL_SMALL}\b"
        rf"(?:(?!\bniet\b)[^.!?;]){{0,40}}\b(?:vergeven|bezet|ingevuld|vervuld|opgevuld|ingenomen)\b",
        r"\bgeen (?:\w+ )?(?:stage|leerwerk|werkervarings|afstudeer|vakantie|bij|studenten|student|zomer)(?:plek|plaats|baan|job)\w* (?:\w+ ){0,2}meer "
        r"(?:vrij|beschikbaar|over|open)\b",
        # "dus voor jou hebben we helaas geen stageplek meer."
        r"\bvoor (?:jou|je|u) (?:\w+ ){0,3}geen (?:\w+ )?(?:stage|leerwerk|afstudeer|vakantie|bij|zomer)?(?:plek|plaats|baan|job)\w* meer(?= ?[.!?;,]|$)"),
    fam("grammatica: een open sollicitatie niet opgevolgd", 4.0, ("ingaan", "in te gaan", "op in", "geen", "in op"),
        r"\bop (?:je|jouw|uw) (?:\w+ )?(?:sollicitatie|kandidatuur|sollicitatiebrief)\b (?:\w+ ){0,5}niet (?:\w+ )?(?:ingaan|in te gaan)\b|"
        r"\b(?:(?:kunnen|kunt|zullen|gaan|gaat) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|zullen|gaan)) (?:er|daar) (?:\w+ ){0,5}niet (?:verder )?op "
        r"(?:in|ingaan|in te gaan)\b|"
        r"\b(?:kunnen|kunt|zullen|gaan) (?:we|wij|ik) (?:\w+ ){0,3}niet (?:\w+ )?(?:ingaan|in) op (?:je|jouw"
        r"|uw) (?:\w+ )?(?:sollicitatie|kandidatuur|brief)\b|"
        # the infinitive first or the subject first: "besloten om niet in te gaan op uw kandidatuur", "we gaan niet in
        # op ..."
        r"\bniet (?:\w+ )?(?:in te gaan|ingaan|in gaan|in) op (?:je|jouw|uw) (?:\w+ )?(?:sollicitatie|kandidatuur"
        r"|sollicitatiebrief|brief|kandidaatstelling|kandidaatsstelling)\b",
        r"\bgeen (?:\w+ ){0,2}(?:vacatures?|functies?|posities?|plekken|plaatsen|openingen|banen|jobs)\b(?: \w+){0,3} (?:die|welke) (?:\w+ ){0,3}"
        r"(?:aansluiten|aansluit|passen|past|overeenkomen|overeenkomt) (?:bij|met) (?:je|jouw|uw) (?:\w+ )?(?:profiel|cv|achtergrond|ervaring|"
        r"opleiding|kwalificaties|kennis|kandidatuur|sollicitatie)\b",
        # ...with the verb last: "op dit moment hebben we geen vacature die bij je profiel past"
        r"\bgeen (?:\w+ ){0,2}(?:vacatures?|functies?|posities?|plekken|plaatsen|openingen|banen|jobs) (?:die"
        r"|welke) (?:\w+ )?(?:bij|met) "
        r"(?:je|jouw|uw) (?:\w+ )?(?:profiel|cv|achtergrond|ervaring|opleiding|kwalificaties"
        r"|kandidatuur) (?:\w+ )?(?:aansluiten|aansluit|"
        r"passen|past|overeenkomen|overeenkomt)\b"),
    fam("grammatica: er niet uitgekomen / er niet bij / buiten de selectie", 4.0, ("uitgekomen", "uit de bus", "doorgekomen", "niet bij",
                                                                                   "niet tussen", "buiten de", "buiten onze", "niet door", "niet op de",
                                                                                   "niet op onze", "niet de", "niet het", "zit er", "zit daar", "zit het", "zat het",
                                                                                   "niet in zit", "niet in zat",
                                                                                   "er zit", "daar zit", "bied"),
        r"\b(?:je|jij|u) (?:bent|ben|is) (?:\w+ ){0,10}niet (?:als (?:\w+ )?(?:beste|winnaar|eerste) )?(?:uit de bus gekomen|uitgekomen|doorgekomen)\b",
        r"\b(?:je|jij|u|ge|gij) (?:bent|zijt|zit|zat|was|behoort|hoort) (?:daar|er) (?:(?:\w+ )?(?:helaas"
        r"|jammer genoeg|spijtig genoeg|deze keer|dit keer|"
        r"ditmaal|dus|uiteindelijk) )?niet (?:bij|tussen)\b|\bhelaas (?:ben|zit|zat|was|behoor|hoor) (?:je|jij|u) (?:daar|er) (?:\w+ ){0,2}niet (?:bij|tussen)\b",
        r"\b(?:val|valt|vallen|viel|vielen) (?:\w+ ){0,2}buiten (?:de|onze) (?:\w+ )?(?:selectie|preselectie|shortlist|boot)\b",
        r"\b(?<!nog )niet (?:\w+ )?door (?:de|het|onze) (?:\w+ )?(?:selectie|preselectie|selectieronde|ronde|screening|cv-screening|"
        r"cv-selectie|toets|"
        r"assessment)\w*\b",
        r"\b(?<!nog )niet op (?:de|onze) (?:\w+ )?(?:shortlist|longlist|voordracht)\b",
        r"\b(?:je|jij|u) (?:bent|ben|is) (?:\w+ ){0,2}niet (?:de|het) (?:\w+ )?(?:kandidaat|kandidate|persoon|sollicitant|profiel) "
        r"(?:die|dat|naar wie) (?:we|wij) (?:\w+ ){0,2}(?:zoeken|zochten|nodig hebben)\b",
        r"\b(?:vervolggesprek|vervolg|gesprek|uitnodiging|aanbod|aanstelling) zit (?:er|daar) (?:\w+ ){0,3}niet in\b|"
        r"\b(?:(?:zit|zat) het|het (?:zit|zat)) (?:er|daar) (?:\w+ ){0,2}niet in\b(?! dat\b)|"
        r"\b(?:vervolggesprek|vervolg|gesprek|uitnodiging|aanbod|aanstelling) (?:er|daar) (?:\w+ )?niet in (?:zit|zat)\b|"
        r"\b(?:zit (?:er|daar)|(?:er|daar) zit) (?:\w+ ){0,3}geen (?:\w+ )?(?:vervolg\w*|gesprek|uitnodiging|aanbod|aanstelling) in\b",
        r"\b(?:(?:bieden|bied) (?:we|wij|ik)|(?:we|wij|ik) (?:bieden|bied)) (?:je|jou|u) (?:\w+ ){0,2}geen (?:\w+ )?(?:vervolggesprek|gesprek|functie|baan|plek|contract|aanstelling|"
        r"positie|vervolg) aan\b"),
    # ("keus" is the spoken form of "keuze": "uiteindelijk is de keus gevallen op een ander")
    fam("grammatica: de keuze viel op een ander / aan een ander gegeven", 4.0, ("keuze", "keus", "oog", "ander", "iemand", "verder met",
                                                                              "door met"),
        r"\bkeu(?:ze|s) (?:\w+ ){0,3}(?:viel|valt|vielen|is gevallen|is uitgevallen) (?:\w+ ){0,3}op (?:een andere?\b|iemand|de andere|"
        r"een (?:\w+ )?(?:kandidaat|kandidate|sollicitant)\w* (?:die|met))|\b(?:viel|valt|is) (?:de|onze|mijn|hun) keu(?:ze|s) (?:\w+ ){0,3}op "
        r"(?:een andere?\b|iemand|de andere|een (?:\w+ )?(?:kandidaat|kandidate|sollicitant)\w* (?:die|met))",
        r"\boog (?:\w+ ){0,3}(?:laten )?(?:vallen|gevallen|viel) op (?:een andere?\b|iemand|de andere)",
        r"\baan (?:een ander|iemand anders|een andere? (?:kandida\w*|sollicitant\w*|persoon))\b (?:\w+ ){0,2}(?:toegekend|gegund|gegeven|vergeven|"
        r"aangeboden)\b|\b(?:is|wordt|werd) (?:\w+ ){0,2}(?:een ander|een andere kandidaat|een andere sollicitant) geworden\b",
        r"\b(?:verder|door) met (?:de |een )?(?:andere )?(?:kandida\w*|sollicitant\w*|iemand|finalist\w*) (?:die|wiens|wier|met) (?:\w+ ){0,4}"
        r"(?:beter|meer|nauwer|sterker|relevantere|ruimere)\b"),
    fam("grammatica: afzien van / niet voortzetten / geen gevolg / voldoet niet", 4.0, ("af van", "af te zien", "voort", "gevolg", "voldoe",
                                                                                        "voldeed", "beantwoord", "geen gebruik"),
        r"\b(?:zien|ziet|zag|zagen) (?:\w+ ){0,3}af van (?:een |de |je |jouw |uw )?(?:\w+ )?(?:kennismaking|gesprek|kandidatuur|sollicitatie|"
        r"vervolg\w*|aanstelling|samenwerking|voordracht)\b|\bvan (?:je|jouw|uw|de|een) (?:\w+ )?(?:kandidatuur|sollicitatie|kennismaking|"
        r"gesprek|vervolg\w*|aanstelling|samenwerking|voordracht) af te zien\b",
        # (a bare "traject" is any coaching or re-integration path: only one with the reader, "het traject met jou")
        r"\b(?:zet|zetten|zette) (?:\w+ ){0,4}(?:procedure|sollicitatie\w*|kandidatuur|selectie\w*|traject (?:met|voor) (?:jou|je|u))\b "
        r"(?:\w+ ){0,4}niet (?:\w+ )?voort\b",
        r"\b(?:kandidatuur|sollicitatie)\b[^.!?;]{0,50}\bgeen (?:verder |verdere )?gevolg\b|\bgeen (?:verder |verdere )?gevolg (?:\w+ ){0,3}"
        r"(?:aan|op) (?:je|jouw|uw|de) (?:\w+ )?(?:kandidatuur|sollicitatie)\b|"
        r"\b(?:(?:kunnen|kan|zullen) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|kan|zullen)) (?:er|daar|hier) (?:\w+ )?geen (?:verder |verdere )?"
        r"gevolg aan (?:geven|verlenen)\b|"
        r"\bzonder (?:verder )?gevolg (?:\w+ )?(?:geklasseerd|gelaten|"
        r"gearchiveerd|afgesloten)\b",
        r"\b(?:je|jij|u|(?:je|jouw|uw) (?:profiel|cv|sollicitatie|kandidatuur|ervaring|opleiding)) (?:\w+ ){0,2}(?:voldoe|voldoet|voldeed|voldeden) "
        # (a selection's own compounds: "de gestelde aanwervingsvoorwaarden"; not "de betalingsvoorwaarden" of a loan)
        r"(?:\w+ ){0,3}niet (?:\w+ )?aan (?:de|het|alle|onze) (?:\w+ ){0,2}(?:eisen|functie-eisen|profiel|functieprofiel|criteria|"
        r"selectiecriteria|voorwaarden|toelatingsvoorwaarden|vereisten|minimumeisen|competenties|(?:aanwervings|deelnemings|"
        r"selectie|diploma|functie)(?:voorwaarden|vereisten|criteria))\b",
        r"\b(?:je|jij|u|profiel|cv|ervaring|opleiding) (?:\w+ )?niet (?:\w+ )?(?:voldoet|voldoen|voldoe|voldeed|voldeden) aan (?:de|het|alle|onze) "
        r"(?:\w+ ){0,2}\w*(?:eisen|vereisten|criteria|voorwaarden|profiel)\b",
        # ("dat u onvoldoende beantwoordt aan het functieprofiel")
        r"\bbeantwoord\w* (?:\w+ ){0,3}(?:niet|onvoldoende) (?:\w+ )?aan (?:de|het|wat|onze|uw|je)\b|\b(?:niet|onvoldoende) (?:\w+ )?"
        r"beantwoord\w* aan (?:de|het|wat|onze)\b",
        r"\bgeen gebruik (?:(?:te )?(?:maken|gemaakt|maakt|maak) )?van (?:je|jouw|uw) (?:diensten|kandidatuur|sollicitatie|profiel)\b|"
        r"\bvan (?:je|jouw|uw) (?:diensten|kandidatuur|sollicitatie|profiel) (?:\w+ )?geen gebruik\b|"
        r"\bgeen gebruik (?:\w+ )?(?:(?:te )?(?:maken|gemaakt|maakt|maak) )?van (?:je|jouw|uw) aanbod om (?:\w+ ){0,3}(?:in dienst|te (?:komen )?werken)\b"),
    fam("grammatica: het traject hier afronden / niet tot een aanstelling leiden", 4.0, ("af te", "afronden", "afsluiten", "stoppen", "beeindigen",
                                                                                           "niet tot"),
        r"\bmet (?:jou|je|u) (?:hier|op dit punt|bij deze|nu) (?:af te ronden|af te sluiten|te stoppen|te beeindigen|afronden|afsluiten|stoppen|"
        r"beeindigen)\b|\b(?:hier|op dit punt) met (?:jou|je|u) (?:af te ronden|af te sluiten|te stoppen|te beeindigen|afronden|afsluiten|stoppen)\b",
        r"\b(?<!nog )niet tot (?:een |het |de )?(?:uitnodiging|gesprek|vervolg\w*|aanstelling|aanbod|benoeming|dienstverband|arbeidsovereenkomst|"
        r"aanname|samenwerking|(?:gewenste|positieve?) (?:resultaat|uitkomst|afloop))\b (?:\w+ ){0,2}(?:leiden|leidt|geleid|zal leiden|kan leiden|"
        r"heeft geleid)\b"),
]


# Probed rewordings next to the dev5 constructions: "om u niet aan te nemen", "we moeten je afwijzen", "niet met je in
# zee gaan", "we nemen je sollicitatie niet mee", "u bent niet de geschikte kandidaat", "je profiel past niet goed
# genoeg", "een andere kandidaat paste beter", "de match is er niet", "al genoeg jobstudenten", "alle stageplaatsen
# ingevuld", "de procedure niet vervolgen", "niet op uw kandidatuur kunnen ingaan".
DECISIONS += [
    fam("grammatica: de lezer niet aangenomen / afgewezen / niet mee", 4.0,
        ("om je", "om jou", "om u", "afwijzen", "af te wijzen", "in zee", "niet mee", "niet de", "niet het", "past", "passen", "paste", "aansl",
         "sloot", "sluit", "match", "klik", "gehaald", "vervolgen", "ingaan", "in te gaan", "in gaan", "ingegaan", "profiel"),
        rf"\bom (?:je|jou|u) (?:\w+ ){{0,2}}niet (?:\w+ ){{0,2}}{_NL_SELECT}\b",
        r"\b(?:(?:moeten|moet|zullen|gaan) (?:we|wij|ik)|(?:we|wij|ik) (?:moeten|moet|zullen|gaan)) (?:je|jou|u) (?:\w+ ){0,3}(?:afwijzen|af te wijzen)\b|"
        r"\b(?:hebben|heb|heeft) (?:(?:we|wij|ik) )?(?:je|jou|u) (?:\w+ ){0,2}moeten afwijzen\b",
        r"\bniet (?:\w+ )?met (?:je|jou|u) in zee (?:te )?(?:gaan|gaat)\b|\bin zee (?:(?:te )?(?:gaan|gegaan|gaat) )?met (?:een andere?\b|iemand|"
        r"een (?:\w+ )?(?:kandidaat|kandidate|sollicitant|persoon) (?:die|met|wiens|wier)\b)|"
        r"\bmet (?:een andere? (?:\w+ )?(?:kandida\w*|sollicitant\w*|persoon)|iemand anders) (?:\w+ ){0,2}in zee\b",
        r"\b(?:nemen|neem) (?:we|wij|ik) (?:je|jou|u|jouw|uw) (?:\w+ ){0,2}niet mee\b|\bniet mee naar de (?:volgende|tweede|derde|laatste|eind)\w*\b",
        r"\b(?:je|jij|u) (?:\w+ ){0,2}niet (?:de|het) (?:meest )?(?:juiste|geschikte|passende|geschiktste|beste|goede"
        r"|geselecteerde|gekozen|uitverkoren) (?:kandidaat|kandidate|persoon|"
        r"sollicitant|profiel)\b",
        r"\b(?:niet|onvoldoende) (?:goed |helemaal |voldoende |sterk )?(?:genoeg )?(?:past|passen|paste|pasten|aansluit|aansluiten|aansloot)(?! bij (?:je|jouw|uw) (?:eigen |huidige )?(?:functie|werk|baan|rol|wensen|behoeften|agenda|planning|rooster|vraag|verzoek)) (?:bij|op)\b",
        r"\b(?:een |de )?andere? (?:kandida\w*|sollicitant\w*|persoon|profiel\w*|finalist\w*) (?:past|paste|pasten|sloot|sluit|aansloot) (?:\w+ ){0,3}"
        r"(?:beter|meer|nauwer)\b",
        # (not "nog niet": "de klik was er nog niet meteen, maar na de case zijn we om")
        r"\b(?:de |een )(?:match|klik) (?:\w+ ){0,2}er (?:(?!nog\b)\w+ )?niet (?:is|was)\b|"
        r"\b(?:de |een )(?:match|klik) (?:is|was) er (?:(?!nog\b)\w+ )?niet\b(?! alleen| enkel)",
        r"\b(?:sollicitatie|kandidatuur|cv|brief) (?:heeft|hebt) het (?:\w+ ){0,3}niet gehaald\b",
        r"\b(?:procedure|sollicitatie\w*|kandidatuur|traject (?:met|voor) (?:jou|je|u)|selectie\w*)\b[^.!?;]{0,40}\bniet (?:verder )?"
        r"(?:te )?vervolgen\b",
        r"\bniet (?:\w+ )?op (?:je|jouw|uw) (?:\w+ )?(?:sollicitatie|kandidatuur|sollicitatiebrief)\b (?:\w+ ){0,2}(?:ingaan|in te gaan|in gaan|(?:wordt |werd )?ingegaan)\b",
        r"\b(?:gekozen|kozen|koos|kiezen|gaan|gingen|ging) (?:\w+ ){0,2}voor (?:een|het) (?:ander |sterker |passender )?profiel (?:dat|met|die)\b"),
    fam("grammatica: alle plekken ingevuld / al genoeg mensen", 3.5, ("genoeg", "voldoende", "vergeven", "ingevuld", "bezet", "vervuld"),
        rf"\b(?:hebben|heeft|heb) (?:\w+ ){{0,3}}(?:alle|de|onze|deze|die) (?:\w+ )?{_NL_SMALL}\w*\b[^.!?;]{{0,40}}\b(?:vergeven|bezet|ingevuld|vervuld|"
        r"opgevuld)\b",
        r"\b(?:hebben|heb|heeft) (?:\w+ ){0,2}(?:al |reeds )?(?:genoeg|voldoende) (?:\w+ )?(?:jobstudenten|studenten|stagiairs|stagiaires|kandidaten|"
        r"sollicitanten|medewerkers|mensen|[a-z]*krachten|[a-z]*hulpen|personeel|invallers|oproepkrachten)\b(?! (?:om|die|(?:voor|in) (?:de|het) (?:tweede|volgende|laatste|derde|eind)))"),
    fam("grammatica: we moeten je teleurstellen", 3.5, ("teleurstellen",),
        # (the subject also left out after a first clause: "we hebben je brief gelezen, maar moeten je helaas teleurstellen")
        r"\b(?:(?:moeten|moet|zullen|gaan) (?:we|wij|ik)|(?:we|wij|ik) (?:moeten|moet|zullen|gaan)|(?:maar|en) (?:moeten|moet|zullen)) "
        r"(?:je|jou|u) (?:\w+ ){0,3}teleurstellen\b(?! (?:wat|met|over|qua|in)\b)"),
]


# A third probe of fresh rewordings: the reader not selected with the auxiliary before the participle ("dat u niet bent
# geselecteerd"), the post not granted to the reader or granted to an internal candidate, others fitting better, a
# narrow decision in another's favour, a test score too low, a stage not passed "met goed gevolg", not let through,
# "we hebben al iemand", "de job is al weg", "om u af te wijzen", not among the last candidates, "niet verder gekomen".
DECISIONS += [
    fam("grammatica: niet (bent) geselecteerd / niet toegekend / in het voordeel van een ander", 4.0,
        ("geselecteerd", "gekozen", "uitgenodigd", "aangenomen", "weerhouden", "voorgedragen", "niet te", "niet aan", "interne", "externe",
         "eigen ", "collega", "anderen", "voordeel"),
        r"\b(?<!nog )niet (?:bent |is |werd |wordt |zijt |zijn )?(?:geselecteerd|gekozen|uitgekozen|uitgenodigd|aangenomen|weerhouden|voorgedragen)\b",
        r"\bniet te (?:moeten |kunnen |willen )(?:uitnodigen|selecteren|aannemen|benoemen|voordragen)\b",
        r"\bniet aan (?:je|jou|u) (?:toe te (?:kennen|wijzen)|te (?:geven|gunnen)|toegekend|toegewezen|gegund|gegeven)\b",
        r"\b(?:toegewezen|toegekend|gegund|gegeven|vergeven|aangeboden) aan (?:een|de) (?:interne|externe|eigen) (?:kandida\w*|sollicitant\w*|collega\w*|"
        r"medewerker\w*)\b|\bkeuze (?:\w+ ){0,3}(?:viel|valt|gevallen) (?:\w+ ){0,3}op (?:een|de) (?:interne |eigen )?collega\b",
        r"\banderen (?:\w+ ){0,3}(?:beter|meer|nauwer) (?:\w+ )?(?:aansluiten|aansloten|passen|pasten|geschikt)\b",
        r"\bin (?:het )?voordeel van (?:een andere?\b|iemand|de andere)"),
    fam("grammatica: test te laag / niet met goed gevolg / niet doorgelaten", 4.0,
        ("te laag", "goed gevolg", "positief gevolg", "goed resultaat", "positief resultaat", "met succes", "verder laten", "door laten", "verder te laten",
         "door te laten", "verder gekomen", "verder geraakt", "niet gelukt", "al weg", "is weg", "was weg", "al iemand", "reeds iemand",
         "inmiddels iemand", "intussen iemand", "af te wijzen", "niet bij", "niet tussen", "niet onder", "voor gekozen", "gaan niet",
         "zullen niet", "onder de", "beneden de"),
        r"\b(?:scoorde|scoorden|scoorde je|scoorde u|score (?:is|was|lag)) (?:\w+ ){0,3}te laag\b|\bte laag (?:\w+ ){0,6}om (?:\w+ ){0,3}"
        r"(?:door te gaan|verder te gaan|door te stromen|door te mogen)\b|\b(?:scoorde|scoorden|scoort|score (?:is|was|"
        r"lag))\b[^.!?;]{0,20}"
        r"\b(?:onder|beneden) de (?:norm|grens|ondergrens|drempel|minimumscore)\b",
        r"\bniet met (?:(?:goed|positief) (?:gevolg|resultaat)|succes) (?:\w+ )?(?:afgerond|afgelegd|doorlopen|gemaakt)\b",
        r"\bniet (?:verder|door) (?:te )?laten (?:gaan|stromen)\b",
        r"\b(?:je|jij|u|sollicitatie|kandidatuur) (?:\w+ ){0,4}(?<!nog )niet verder (?:gekomen|geraakt)\b",
        r"\bhet is (?:\w+ ){0,2}(?:ditmaal|deze keer|dit keer|nu) (?:\w+ )?niet gelukt(?= ?[.!?;]|$)|\bis het (?:\w+ ){0,2}(?:ditmaal|deze keer|dit keer) "
        r"niet gelukt(?= ?[.!?;]|$)",
        r"\b(?:hebben|heb|heeft) (?:\w+ )?(?:al|reeds|inmiddels|intussen) iemand\b(?! (?:die (?:je|jou|u)|nodig|om|ingepland|gevraagd|gesproken|"
        r"uitgenodigd|anders nodig))",
        rf"\b(?:job|baan|{_NL_SMALL})\b (?:is|was) (?:\w+ ){{0,2}}weg\b",
        r"\bom (?:je|jou|u) (?:\w+ )?af te wijzen\b",
        r"\b(?:sta|staat|stond|stonden) (?:\w+ ){0,2}niet (?:bij|tussen|onder) (?:de|onze) (?:\w+ ){0,2}(?:kandidaten|sollicitanten|finalisten|"
        r"genodigden|geselecteerden)\b",
        r"\bniet voor gekozen (?:om )?(?:je|jou|u) (?:\w+ )?(?:aan te nemen|uit te nodigen|te selecteren|aan te bieden)\b",
        # (with the reader or the reader's application only: not "we gaan niet verder met je inschrijving voor de woning")
        rf"\b(?:we|wij) (?:gaan|zullen) (?:\w+ )?niet (?:verder|door)(?= ?[.!?;]|$|{_NL_WITH_YOU})"),
]


# A fourth probe (Flemish letters and agencies): no interest in a meeting, not let through, an internal move, a
# preference pronounced for another, no hiring at all, the recruitment stopped, "je past niet in het plaatje",
# "het is ons niet gelukt om je een plek te bieden".
DECISIONS += [
    fam("grammatica: geen interesse / niet doorgelaten / uitgesproken voor een ander", 4.0,
        ("interesse", "door te laten", "doorlaten", "plaatsvinden", "intern", "uitgesproken", "plaatje", "gelukt"),
        r"\bgeen (?:\w+ )?interesse (?:te hebben |heeft |hebben |had )?(?:in|om) (?:een |de |het |je |jouw |uw )?(?:\w+ )?(?:kennismaking|gesprek|"
        r"vervolg\w*|kandidatuur|sollicitatie|profiel)\b",
        r"\bniet door te laten (?:naar|gaan)\b|\bniet doorlaten\b|\b(?:gesprek|kennismaking|vervolggesprek) (?:\w+ ){0,2}niet (?:te )?laten "
        r"(?:plaatsvinden|doorgaan)\b",
        r"\bintern (?:\w+ ){0,3}(?:doorschuiven|doorgeschoven|door te schuiven|doorgroeien|doorgegroeid)\b",
        r"\buitgesproken voor (?:(?:een )?andere?\b|iemand)|\bvoor (?:een andere? (?:\w+ )?(?:kandida\w*|sollicitant\w*)|iemand anders) (?:\w+ ){0,2}"
        r"uitgesproken\b",
        r"\b(?:past|pas|paste|passen) (?:\w+ ){0,2}niet (?:\w+ )?in het (?:\w+ )?(?:plaatje|beeld)\b",
        r"\bniet gelukt om (?:je|jou|u) (?:\w+ ){0,6}(?:aan te bieden|te bieden|aan te nemen|uit te nodigen|te plaatsen)\b"),
    fam("grammatica: de werving gestopt / de functie gaat niet door", 3.5,
        ("werving", "selectie", "niet door", "ingetrokken", "geschrapt", "geannuleerd", "stopgezet", "geen nieuwe", "in te vullen",
         "te vervullen", "open te stellen", "invullen", "vervullen", "openstellen", "niet meer", "niet langer"),
        # (the post itself the subject: not "het gesprek voor de functie van monteur gaat niet door", "de opleiding die bij
        # de functie hoort gaat niet door")
        r"(?<!voor de )(?<!voor deze )(?<!voor die )(?<!voor een )(?<!bij de )(?<!bij deze )(?<!van de )(?<!over de )"
        r"(?<!naar de )(?<!op de )\b(?:functie|vacature|positie|rol|baan|job)\b (?:(?!hoort\b|hoorde\b|past\b)\w+ ){0,2}gaat "
        r"(?:\w+ ){0,2}niet door\b|\bgaat (?:de|deze) (?:functie|vacature|positie|rol|"
        r"baan|job) (?:\w+ ){0,2}niet door\b",
        r"\b(?:stoppen|staken|beeindigen) (?:we|wij) (?:\w+ ){0,2}(?:de|het|onze) (?:werving|wervingsproces|wervingsprocedure|selectieprocedure|"
        r"selectie)\b|\b(?:werving|wervingsprocedure|wervingsproces)\b (?:\w+ ){0,3}(?:stopgezet|gestopt|gestaakt|beeindigd)\b",
        r"\b(?:hebben|heeft) (?:\w+ ){0,2}(?:de|deze) vacature (?:\w+ ){0,2}(?:ingetrokken|geschrapt|geannuleerd|stopgezet)\b",
        r"\b(?:besloten|beslist|gekozen) (?:om )?(?:de|deze) (?:vacature|functie|positie) (?:\w+ ){0,3}niet (?:meer )?(?:in te vullen|te vervullen|"
        r"open te stellen)\b",
        r"\b(?:nemen|neemt) (?:we|wij) (?:\w+ ){0,2}geen (?:nieuwe )?(?:medewerker|mensen|personeel|kandidaat"
        r"|collega)\w* aan\b",
        # "we gaan de vacature niet invullen" (not "... niet invullen voordat we jou gesproken hebben")
        r"\b(?:(?:gaan|zullen) (?:we|wij)|(?:we|wij) (?:gaan|zullen)) (?:de|deze|die) (?:vacature|functie|positie"
        r"|job) (?:\w+ ){0,2}niet "
        r"(?:meer )?(?:invullen|vervullen|openstellen)\b(?! (?:voordat|totdat|tot|zolang|voor)\b)",
        # ...in the passive: "de vacature wordt niet meer ingevuld" (for good: "niet meer/langer", not "nog niet")
        r"\b(?:de|deze|die|onze) (?:vacature|functie|positie) (?:wordt|zal) (?:\w+ )?niet (?:meer|langer) (?:worden )?"
        r"(?:ingevuld|vervuld|opengesteld)\b",
        r"\b(?:wordt|zal) (?:de|deze|die|onze) (?:vacature|functie|positie) (?:\w+ )?niet (?:meer|langer) (?:worden )?"
        r"(?:ingevuld|vervuld|opengesteld)\b"),
]



# --- eleventh layer: breadth of phrasing (dev6/nl, 150 different decision sentences by one author) --------------
# Constructions, each with its verb class, both word orders and formal/informal pronouns: the reader's name not on
# the (short)list; no next interview follows; not enough match; not judged positively / judged unsuitable; offers
# and contracts not made by any subject ("de opdrachtgever biedt je geen contract aan"); a profile not strong enough;
# not taken into consideration; the post not filled "met jou"; the reader's dossier closed; no longer in / no part
# of the procedure; not admitted or placed; others invited; "niet bij je past"; the application not passed on;
# the other candidate "geworden"; a new colleague found; "geen uitnodiging voor een gesprek" (a subject line); an
# offer withdrawn; all running applications closed; the post given to another; hiring someone else ("we nemen
# iemand met meer ervaring"); not convinced; the post not granted to the reader; "we nemen je niet aan/mee/op";
# "we zien je niet als ..."; idioms ("het wordt een nee", "nee zeggen", "het bij deze kennismaking laten").
_NL_READER = r"(?:je|jij|jou|u|ge|gij)"  # (Flemish "ge/gij" too)
_NL_SUBJ_VERB = r"(?:(?:we|wij|ik|ze|zij) (?:nemen|neem|namen|nam)|(?:nemen|neem|namen|nam) (?:we|wij|ik|ze|zij))"

DECISIONS += [
    fam("grammatica: niet op de lijst / geen deel meer van de procedure", 4.0,
        ("staat", "stond", "langer", "meer", "deel", "opgenomen", "geplaatst", "gezet"),
        rf"\b(?:{_NL_READER}|(?:je|jouw|uw) naam) (?:staat|sta|stond|stonden) (?:\w+ ){{0,3}}niet (?:op|bij|tussen) (?:de|onze) (?:\w+ ){{0,2}}"
        r"(?:shortlist|longlist|lijst|selectie|voordracht|kandidaten|genodigden)\b",
        rf"\b{_NL_READER} (?:staat|sta|stond) (?:daar|er) (?:\w+ ){{0,2}}niet op(?= ?[,.!?;]|$)",
        r"\bniet (?:langer|meer) (?:\w+ )?(?:in|bij|deel van) (?:de|het|deze|onze) (?:\w+ )?(?:procedure|selectie\w*|sollicitatie\w*|"
        r"wervings\w*|race|shortlist)\b|\bniet (?:in|op) de (?:shortlist|longlist|kandidatenlijst|"
        r"voordracht) (?:\w+ )?(?:opgenomen|geplaatst|gezet)\b",
        rf"\b{_NL_READER} (?:maakt|maak|maakte|maakten) (?:\w+ ){{0,3}}geen (?:\w+ )?deel (?:meer )?(?:uit|van)\b|"
        rf"\b(?:maakt|maak|maakte) {_NL_READER} (?:\w+ ){{0,3}}geen (?:\w+ )?deel (?:meer )?(?:uit|van)\b"),
    fam("grammatica: geen vervolggesprek / onvoldoende match / niet overtuigd", 4.0,
        ("geen", "onvoldoende", "te weinig", "niet genoeg", "overtuigd"),
        r"\b(?:volgt|komt|volgen|komen) (?:er )?(?:\w+ )?geen (?:tweede |derde |verdere |nieuwe |volgende )?(?:vervolg\w*|gesprek\w*|"
        r"uitnodiging|ronde|aanbod)\b|\ber (?:\w+ )?(?:volgt|komt) geen (?:tweede |derde |verdere |nieuwe )?(?:vervolg\w*|gesprek\w*|uitnodiging)\b",
        r"\b(?:onvoldoende|te weinig|niet genoeg) (?:\w+ )?(?:match|klik|aansluiting|overlap)\b",
        r"\b(?<!nog )geen uitnodiging (?:voor|tot) (?:een|het|de) (?:\w+ )?(?:gesprek|sollicitatiegesprek|kennismaking\w*|assessment|"
        r"vervolggesprek|selectiegesprek)\b(?! (?:ontvangen|gekregen|gehad)\?)",
        r"\b(?:sollicitatie|kandidatuur|profiel|cv|brief|motivatie\w*|portfolio|presentatie|gesprek|opdracht|proefopdracht|toets)\b"
        r"[^.!?;]{0,40}\b(?:heeft|hebben|had|hadden) (?:\w+ ){0,2}ons (?:\w+ ){0,2}niet (?:voldoende |genoeg |helemaal )?overtuigd\b|"
        r"\b(?:we|wij) (?:zijn|waren) (?:\w+ ){0,3}(?<!nog )niet (?:voldoende |genoeg |helemaal )?overtuigd\b(?! dat)"),
    fam("grammatica: niet positief beoordeeld / ongeschikt / niet sterk genoeg", 4.0,
        ("positief", "negatief", "geschikt", "genoeg", "onvoldoende", "voldoende om"),
        r"\bniet positief (?:\w+ )?(?:beoordeeld|beoordelen|geevalueerd|bevonden|geadviseerd|ontvangen|onthaald|beantwoorden|beantwoord|"
        r"antwoorden|reageren|beslissen|besluiten)\b|"
        r"\bnegatief (?:\w+ )?(?:beoordeeld|geevalueerd|geadviseerd|bevonden)\b",
        # (not of an employee's own post: "als niet geschikt beoordeeld voor je huidige functie")
        r"\b(?:beoordeeld|bevonden|aangemerkt|gezien|ingeschat|geevalueerd) als (?:niet |on)(?:geschikt|passend)\b"
        r"(?! voor (?:je|jouw|uw)\b)|"
        r"\bals (?:niet |on)(?:geschikt|passend) (?:\w+ )?(?:aangemerkt|beoordeeld|bevonden|gezien|ingeschat|geevalueerd)\b"
        r"(?! voor (?:je|jouw|uw)\b)|"
        # a portal's mark, quoted: "de werkgever heeft je sollicitatie als 'niet geschikt' gemarkeerd"
        r"\b(?:sollicitatie|kandidatuur|profiel|cv)\b[^.!?;]{0,60}\bals ['\"]?(?:niet geschikt|ongeschikt|afgewezen)['\"]? "
        r"(?:gemarkeerd|aangeduid|aangemerkt|gezet)\b|"
        r"\b(?:niet |on)geschikt (?:\w+ )?(?:bevonden|geacht|beoordeeld)\b(?! voor (?:je|jouw|uw)\b)",
        rf"\b(?:{_NL_READER}|profiel|cv|kandidatuur|sollicitatie) (?:bent|ben|is|was|lijkt|leek) (?:\w+ ){{0,3}}(?:niet |on)geschikt "
        r"(?:voor|als) (?:de|deze|die|onze|jullie|een|het) (?:\w+ )?(?:functie|rol|vacature|baan|positie|job|plek|team|keuken)\b",
        rf"\b(?:profiel|cv|ervaring|achtergrond|kandidatuur|sollicitatie|portfolio|{_NL_READER}) (?:(?:is|was|bent|ben) )?(?:\w+ ){{0,5}}"
        r"(?:niet (?:\w+ )?(?:sterk|relevant|passend|ervaren|senior|specifiek|technisch|overtuigend) genoeg|onvoldoende (?:\w+ )?"
        r"(?:passend|relevant|sterk|overtuigend))\b",
        # ("de proefdag was helaas niet voldoende om je aan te nemen", said of what was: not "een proefdag is niet voldoende
        # om je aan te nemen, we plannen er nog een")
        # (the past as lookbehinds before "voldoende", its anchor: a family with a place to try is not searched in full)
        r"\b(?:niet (?:\w+ )?(?:goed|sterk|overtuigend) genoeg|onvoldoende|(?:(?<=was niet )|(?<=was helaas niet )|(?<=was toch niet )|"
        r"(?<=waren niet )|(?<=waren helaas niet )|(?<=bleek niet )|(?<=bleek helaas niet )|(?<=bleken niet )"
        r")voldoende) (?:\w+ ){0,3}om (?:je|jou|u) (?:\w+ )?(?:aan te nemen|uit te nodigen|"
        r"door te laten gaan|te selecteren|aan te bieden|een aanbod te doen|een contract aan te bieden)\b"),
    fam("grammatica: geen contract aangeboden / niet toegekend / niet met jou ingevuld", 4.0,
        ("geen", "niet"),
        rf"\b(?:biedt|bieden|bied|bood|boden) (?:\w+ ){{0,3}}{_NL_READER} (?:\w+ ){{0,4}}geen (?!vast)(?:\w+ )?(?:contract|functie|baan|plek|"
        r"aanstelling|positie|vervolggesprek|gesprek|vervolg|arbeidsovereenkomst|dienstverband|aanbod|job|rol|stageplek|stageplaats) aan\b"
        r"(?![^.!?;]{0,20}\b(?:maar|wel)\b)",
        rf"\b{_NL_READER} (?:de|deze|die|onze) (?:\w+[- ])?(?:functie|positie|baan|job|aanstelling|vacature|stageplek|stageplaats)\b"
        r"[^.!?;]{0,20}\b(?<!nog )niet (?:\w+ )?(?:toekennen|toe te kennen|geven|te geven|gunnen|te gunnen|aanbieden|aan te bieden)\b"
        r"(?![^.!?;]{0,30}\b(?:maar wel|totdat|tot de|tot het|zolang)\b)",
        rf"\bniet (?:\w+ )?met {_NL_READER} (?:in te vullen|invullen|te bezetten|bezetten|te vervullen|vervullen)\b",
        r"\bniet (?:verder )?in overweging (?:(?:zullen|kunnen|willen) )?(?:nemen|genomen|te nemen)\b",
        r"\bgeen (?:passende |geschikte |openstaande |vrije |beschikbare )(?:vacature|functie|positie|plek|plaats|rol|baan|job)s? "
        r"(?:\w+ ){0,2}voor (?:je|jou|u)\b"),
    fam("grammatica: dossier gesloten / alle sollicitaties gesloten / aanbod ingetrokken", 4.0,
        ("dossier", "alle", "aanbod", "voorstel"),
        r"\b(?:(?:we|wij|ik) (?:sluiten|sluit|archiveren|archiveer)|(?:sluiten|sluit|archiveren|archiveer) (?:we|wij|ik)) (?:\w+ ){0,2}"
        r"(?:je|jouw|uw) (?:\w+)?dossier (?:\w+ ){0,2}(?:voor|bij|als) (?:de|deze|die|onze|het) (?:\w+ )?(?:functie|vacature|rol|positie|"
        r"procedure|sollicitatie\w*)\b",
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidaats|selectie)dossier\b[^.!?;]{0,30}\b(?:afgesloten|gesloten|gearchiveerd|sluiten|archiveren)\b|"
        r"\b(?:afgesloten|gesloten|sluiten|archiveren) (?:\w+ ){0,2}(?:je|jouw|uw) (?:sollicitatie|kandidaats|selectie)dossier\b",
        r"\b(?:sluiten|sluit|beeindigen|stoppen|annuleren|archiveren) (?:we |wij )?(?:\w+ )?alle (?:lopende|openstaande|ingediende|huidige|"
        r"ontvangen|resterende) (?:sollicitaties|kandidaturen|sollicitatieprocedures|procedures)\b(?! (?:pas|op|per|na|vanaf|voor|tot)\b)|"
        r"\balle (?:lopende|openstaande|ingediende|huidige|ontvangen|resterende) (?:sollicitaties|kandidaturen|sollicitatieprocedures|procedures) "
        r"(?:\w+ )?(?:afsluiten|af te sluiten|afgesloten|sluiten|gesloten|stopzetten|stopgezet|beeindigen|beeindigd|annuleren|geannuleerd|"
        r"archiveren|gearchiveerd)\b",
        r"\b(?:trekken|trek) (?:we|wij|ik) (?:\w+ ){0,3}(?:ons|het|mijn|dit|dat) (?:\w+ )?(?:aanbod|contractaanbod|voorstel|arbeidsvoorstel)\b"
        r"(?: \w+){0,8} in(?= ?[,.!?;]|$| omdat| want| wegens| vanwege)|\b(?:het|ons|dit) (?:\w+ )?aanbod (?:\w+ ){0,2}(?:intrekken|in te trekken)\b",
        r"\b(?:het|een|ons) (?:\w+ )?(?:aanbod|contractaanbod|arbeidsvoorstel) (?:\w+ )?niet (?:te )?(?:doen|uitbrengen|uit te brengen|aanbieden)\b"),
    fam("grammatica: niet doorgezet / niet toegelaten / niet geplaatst / ander uitgenodigd", 4.0,
        ("niet", "uitgenodigd"),
        r"\b(?:sollicitatie|kandidatuur|cv|profiel)\b[^.!?;]{0,40}\bniet (?:\w+ ){0,2}(?:doorgezet|doorgestuurd|voorgelegd|doorgegeven|"
        r"voorgesteld|doorgeleid)\b",
        r"\bniet (?:toegelaten|toe te laten|toelaten) tot (?:de|het|deze|dit|onze|ons) (?:\w+ )?(?:trainee\w*|selectie\w*|procedure|"
        r"gesprek\w*|gespreksronde|ronde|fase|assessment\w*|vervolg\w*|proef\w*)\b",
        rf"\b{_NL_READER} (?:bent|ben|is|werd|wordt) (?:\w+ ){{0,2}}niet (?:geplaatst|doorgeselecteerd|benoemd|aangesteld)\b|\bniet doorgeselecteerd\b|"
        r"(?<!nog )\bniet (?:\w+ )?doorgelaten\b",
        rf"\b{_NL_READER} (?:\w+ ){{0,2}}niet voor (?:benoeming|aanstelling) (?:\w+ )?voorgedragen\b",
        r"\bniet (?:\w+ ){0,3}(?:in|op) (?:de|onze) (?:wervings|werf)reserve\b|\b(?:wervings|werf)reserve\b[^.!?;]{0,30}\bniet "
        r"(?:\w+ )?(?:opgenomen|geplaatst)\b",
        # (not "andere kandidaten zijn ook uitgenodigd, maar wij willen u als eerste spreken")
        r"\b(?<!ook )(?<!nog )andere (?:kandidaten|sollicitanten|finalisten)\b(?:(?!\b(?:ook|eveneens|tevens)\b)[^.!?;]){0,30}"
        r"\buitgenodigd\b",
        # ...the others as a pronoun: "de commissie heeft anderen uitgenodigd" (not "we hebben je met drie anderen uitgenodigd")
        r"\b(?:heeft|hebben|hebt) (?:(?!je\b|jou\b|u\b|met\b|ook\b|nog\b)\w+ ){0,3}anderen (?:\w+ ){0,3}uitgenodigd\b",
        r"\b(?:stageaanvra\w*|stageverzoek\w*|aanvraag voor een stage\w*)\b[^.!?;]{0,30}\bniet (?:\w+ )?(?:gehonoreerd|toegekend|ingewilligd|"
        r"aanvaard|geaccepteerd)\b"),
    fam("grammatica: past niet bij je / de ander is het geworden / besloten anders te kiezen", 4.0,
        ("niet", "geworden", "anders", "andere keuze", "uitgekomen", "terechtgekomen", "toegekend", "gegund", "gegeven", "vergeven",
         "aangeboden", "tweede", "derde"),
        rf"\bniet (?:\w+ )?(?:goed |helemaal )?bij {_NL_READER} (?:\w+ ){{0,2}}(?:past|passen|paste|aansluit|aansluiten)\b|"
        r"\b(?:past|pas|passen) (?:\w+ ){0,2}niet (?:\w+ )?in (?:het|ons) (?:\w+ )?(?:profiel|functieprofiel)\b|"
        r"\bdat (?:je|jij|u) (?:\w+ )?niet (?:\w+ )?(?:in|bij) (?:ons|onze|het) (?:team|organisatie|bedrijf|profiel) (?:past|paste)\b",
        r"\b(?:is|wordt|werd) (?:\w+ ){0,2}(?:iemand anders|(?:een|de) andere? (?:kandida\w*|sollicitant\w*|finalist\w*|persoon)) geworden\b",
        r"\b(?:besloten|beslist|gekozen) (?:om )?anders te (?:kiezen|beslissen)\b|\been andere keuze (?:\w+ )?gemaakt\b",
        r"\b(?:uitgekomen|terechtgekomen) bij (?:een andere?\b|iemand|de andere)",
        r"\baan (?:(?:een|de) (?:andere?|interne|externe|winnende|sterkste|beste) (?:kandida\w*|sollicitant\w*|persoon|finalist\w*|collega\w*)|"
        r"de nummer (?:een|1)|de winnaar)\b (?:\w+ ){0,5}(?:toegekend|gegund|gegeven|vergeven|aangeboden)\b",
        rf"\b{_NL_READER} (?:bent|ben|eindigde|eindigt|werd|was|is) (?:\w+ ){{0,2}}als (?:tweede|derde|nummer (?:twee|2|drie|3)) "
        r"(?:geeindigd|geworden|uitgekomen)\b"),
    fam("grammatica: iemand anders aannemen / een nieuwe collega gevonden", 3.5,
        ("iemand", "nieuwe", "andere"),
        rf"\b{_NL_SUBJ_VERB} (?:\w+ )?iemand (?:anders|met|die)\b",
        r"\b(?:een|onze) nieuwe (?:collega|medewerker\w*|teamlid|teamgenoot|kracht|versterking)\b[^.!?;]{0,30}\b(?:gevonden|aangenomen|"
        r"aangetrokken|geworven|benoemd|aangesteld|gekozen)\b",
        r"\been andere (?!keer\b|manier\b|datum\b|dag\b|tijd\b|week\b|leverancier|aannemer|partij|bureau|firma|bedrijf|installateur)\w{3,} "
        r"(?:te )?(?:inhuren|inschakelen|in te huren|in te schakelen|aannemen|aan te nemen|ingehuurd|ingeschakeld|aangenomen)\b",
        r"\been andere (?!keer\b|leverancier|aannemer|installateur)\w{3,}(?:er|eur|ist|aar|ier|ster|aaf|ant|ent)\b (?:te )?(?:vragen|benaderen|"
        r"gevraagd|benaderd)\b"),
    fam("grammatica: we nemen je niet aan / zien je niet als / afwijzen", 4.0,
        ("niet", "af te wijzen", "ronden", "rond ", "sluiten", "sluit "),
        # (the reader the object, not a thing of the reader's before "niet": "we nemen je reiskosten niet mee in de
        # vergoeding", "we nemen je bureaustoel niet mee naar het nieuwe kantoor": only adverbs between)
        r"\b(?:we|wij|ik) (?:nemen|neem|nodigen) (?:je|jou|u) (?:(?:helaas|dan ook|daarom|dus|toch|echter|verder|voorlopig|hierbij|nu|"
        r"deze keer|dit keer|ook|op dit moment|momenteel|uiteindelijk|jammer genoeg|spijtig genoeg) ){0,2}niet (?:\w+ ){0,3}?"
        r"(?:aan|mee|op|uit)(?= ?[,.!?;]|$| voor| in| als| bij| naar)",
        # ...hiring ("aannemen") a person named after "je", where a relay reads the reader's first name as "je" and leaves
        # the surname ("we nemen je Amrani niet aan"); not accepting a thing ("we nemen je voorstel niet aan")
        r"\b(?:we|wij|ik) (?:nemen|neem) (?:je|jou|u) (?!(?:\w+ )?(?:[a-z]*kosten|[a-z]*dagen|uren|ervaring|werkervaring|"
        r"opmerking\w*|suggestie\w*|feedback|advies|voorstel\w*|wensen|wens|vraag|vragen|verzoek\w*|spullen|laptop|telefoon|"
        r"gegevens|reistijd|opleiding\w*|diploma\w*|certificat\w*|offerte\w*|aanbod|bod|opdracht\w*|bestelling\w*|pakket\w*)\b)"
        r"(?:\w+ ){1,2}niet (?:\w+ ){0,3}?aan(?= ?[,.!?;]|$| voor| in| als| bij)",
        r"\b(?:we|wij|ik) (?:selecteren|kiezen) (?:je|jou|u) (?:\w+ ){0,2}niet\b",
        r"\b(?:je|jou|u) (?:\w+ ){0,2}niet (?:\w+ )?verwelkomen (?:in (?:ons|het|onze) (?:team|organisatie|bedrijf)|"
        r"bij ons|als (?:nieuwe )?"
        r"(?:collega|medewerker))\b",
        r"\b(?:(?:zien|zie|zagen) (?:we|wij|ik)|(?:we|wij|ik) (?:zien|zie|zagen)) (?:je|jou|u) (?:\w+ ){0,2}niet (?:als|in de rol van)\b",
        r"\b(?:besloten|besluiten|beslist|moeten) (?:om )?(?:je|jou|u) (?:\w+ )?af te wijzen\b",
        r"\b(?:we|wij|ik) (?:ronden|rond|sluiten|sluit) (?:\w+ ){0,3}(?:de|je|jouw|uw) (?:sollicitatie\w*|procedure|kandidatuur) "
        r"(?:met|voor) (?:jou|je|u) af\b"),
    fam("grammatica: het wordt een nee / nee zeggen / het hierbij laten", 4.0,
        ("nee", "niks", "niets", "laten", "samen doen", "geen ja", "geen 'ja"),
        r"\bhet (?:wordt|werd|is) (?:\w+ ){0,3}een (?:'|\")?nee\b(?! (?:op|tegen) (?:de|het|onze|deze) vraag)|"
        r"\b(?:het (?:is|werd)|(?:is|werd) het) (?:\w+ ){0,3}geen (?:'|\")?ja(?:'|\")? geworden\b",
        r"\b(?:moeten|moet|zullen|gaan|ga) (?:\w+ ){0,3}nee (?:zeggen|verkopen)\b",
        r"\bis (?:het )?(?:\w+ ){0,4}(?:niks|niets) geworden\b",
        r"\bhet bij (?:deze|dit|de|een|het|ons|die|dat|onze|je|jouw|uw) (?:\w+ )?(?:kennismaking|gesprek|kennismakingsgesprek|eerste gesprek|proefdag) (?:te )?laten\b",
        r"\b(?:we|wij) gaan het (?:\w+ )?niet samen doen\b|\bgaan (?:we|wij) het (?:\w+ )?niet samen doen\b"),
]

# Probed rewordings next to the eleventh layer: "we gaan een andere kant op", "heeft ons niet kunnen overtuigen", the
# post "hebben we kunnen invullen" (infinitive last), "voldoet niet aan wat we zoeken", too little experience, "de keus",
# "niet doorgedrongen tot de laatste ronde", a collaboration not entered into, the procedure not continued, the post
# given or assigned to another (any person noun), "vervalt je sollicitatie" (verb first).
DECISIONS += [
    fam("grammatica: een andere kant op / niet overtuigen / niet voortgezet", 4.0,
        ("andere kant", "andere richting", "overtuig", "voortgezet", "vervolgd", "vervalt", "stopt", "eindigt"),
        r"\b(?:gaan|ga|gingen|kiezen|kozen|slaan|sloegen) (?:we|wij|ik) (?:\w+ ){0,2}een andere (?:kant|richting) (?:op|in|uit)\b|"
        r"\b(?:we|wij|ik) (?:gaan|ga|gingen|kiezen|kozen|slaan|sloegen) (?:\w+ ){0,2}een andere (?:kant|"
        r"richting) (?:op|in|uit)\b|"
        r"\b(?:besloten|gekozen|beslist)\b (?:om )?(?:\w+ ){0,2}een andere (?:kant|richting) (?:op|in|uit) te (?:gaan|"
        r"slaan)\b",
        r"\b(?:heeft|hebben|had|hadden) (?:\w+ ){0,2}ons (?:\w+ ){0,2}niet (?:\w+ )?kunnen overtuigen\b",
        r"\b(?:procedure|sollicitatie\w*|kandidatuur|selectie\w*|traject (?:met|voor) (?:jou|je|u))\b (?:\w+ ){0,4}(?<!nog )niet "
        r"(?:\w+ )?(?:voortgezet|vervolgd)\b",
        # ("daarmee stopt ook je sollicitatieprocedure": a vacancy frozen, and with it the reader's application)
        r"\b(?:vervalt|stopt|eindigt) (?:(?:hiermee|daarmee|daarom|dus|helaas|ook|meteen|bijgevolg|dan) ){0,3}(?:je"
        r"|jouw|uw) "
        r"(?:sollicitatie\w*|kandidatuur|procedure)\b"),
    fam("grammatica: de post hebben we kunnen invullen / aan een ander toegewezen", 4.0,
        ("invullen", "vervullen", "opvullen", "bezetten", "toegewezen", "gegeven", "toegekend", "gegund", "keus", "keuze"),
        rf"\b{_NL_POST}\b[^.!?;]{{0,60}}\b(?:hebben|heeft|heb) (?:we|wij|ik) (?:\w+ ){{0,3}}(?:kunnen |mogen )?(?:invullen|vervullen|opvullen|"
        r"bezetten)\b",
        rf"\b(?:hebben|heeft|heb)(?: (?:we|wij|ik))? (?:\w+ ){{0,3}}(?:de|deze|die|onze) {_NL_POST}\b (?:\w+ ){{0,3}}(?:kunnen |mogen )"
        r"(?:invullen|vervullen|opvullen|bezetten)\b",
        rf"\b(?:toegewezen|toegekend|gegund|gegeven) aan {_NL_OTHER}|\baan (?:een|de) (?:andere?|interne|externe) (?:\w+ )?(?:medewerker\w*|"
        r"kandida\w*|sollicitant\w*|collega\w*)\b (?:\w+ ){0,2}(?:toegekend|toegewezen|gegund|gegeven|vergeven|aangeboden)\b",
        r"\bkeu(?:ze|s) (?:\w+ ){0,3}op (?:een andere?\b|iemand|de andere)[^.!?;]{0,30}\bgevallen\b|\bkeus (?:\w+ ){0,3}(?:viel|valt|is gevallen) "
        r"(?:\w+ ){0,3}op (?:een andere?\b|iemand|de andere)"),
    fam("grammatica: voldoet niet aan wat we zoeken / te weinig ervaring", 3.5,
        ("voldoe", "voldeed", "onvoldoende", "te weinig", "niet genoeg", "ontbr", "mist", "mis ", "ontbeert"),
        r"\b(?:voldoe|voldoet|voldeed|voldeden|voldoen) (?:\w+ ){0,3}niet (?:\w+ )?aan (?:wat|hetgeen|datgene wat) (?:we|wij|ik|de klant|onze klant) "
        r"(?:\w+ ){0,4}(?:zoeken|zochten|zoek|vragen|vroegen|verwachten|verwachtten|nodig hebben|nodig hadden)\b|"
        r"\b(?:voldoe|voldoet|voldeed|voldeden|voldoen) (?:\w+ ){0,3}niet (?:\w+ )?aan (?:de|onze|het) (?:\w+ )?(?:norm|verwachtingen|wensen|"
        r"standaard|niveau)\b",
        rf"\b{_NL_READER} (?:\w+ ){{0,2}}(?:onvoldoende|te weinig|niet genoeg) (?:\w+ )?(?:ervaring|werkervaring|kennis|opleiding|achtergrond|"
        r"vaardigheden|expertise) (?:\w+ ){0,4}(?:hebt|heeft|hebben|bezit|bezat|meebrengt|had|hadden)\b|"
        rf"\b{_NL_READER} (?:hebt|heeft|had|mist|mis|miste|ontbeert) (?:\w+ ){{0,2}}(?:onvoldoende|te weinig|niet genoeg|de gevraagde|"
        r"de vereiste|de benodigde|de gewenste) (?:\w+ )?(?:ervaring|werkervaring|kennis|opleiding|achtergrond|vaardigheden|expertise|"
        r"diploma\w*|certificat\w*)\b",
        rf"\bontbr\w+ (?:\w+ ){{0,2}}{_NL_READER}? ?(?:het )?aan (?:de )?(?:gevraagde|vereiste|benodigde|voldoende|relevante|gewenste) "
        r"(?:\w+ )?(?:ervaring|werkervaring|kennis|opleiding|achtergrond|vaardigheden|expertise)\b"),
    fam("grammatica: niet doorgedrongen / geen samenwerking aangaan", 3.5,
        ("niet", "geen"),
        r"\bniet (?:\w+ )?(?:doorgedrongen|doorgestoten|doorgestroomd|geraakt|gekomen) tot (?:de|het) (?:\w+ )?(?:volgende|laatste|tweede|derde|"
        r"eind|finale)\w* ?(?:ronde|fase|selectie|gesprek\w*)?\b",
        rf"\b(?:samenwerking|dienstverband|arbeidsovereenkomst|arbeidsrelatie) (?:met {_NL_READER} )?niet aan (?:te )?gaan\b|"
        rf"\bgeen (?:\w+ )?(?:samenwerking|dienstverband|arbeidsrelatie) (?:met {_NL_READER} )?aan(?:gaan| te gaan)?\b"),
]

# A second probe: the outcome told as negative, no preference given to the reader, not among the last few, "niet
# doorgegaan met je sollicitatie", no next steps with the application, no future or place seen for the reader, no
# follow-up offered, the post not to be granted to the reader (an auxiliary before the participle).
DECISIONS += [
    fam("grammatica: uitkomst negatief / geen vervolgstap / niet bij de laatste", 4.0,
        ("negatief", "afwijzend", "voorkeur", "laatste", "beste", "doorgegaan", "stap", "toekomst", "geen", "niet aan"),
        r"\b(?:is|was|luidt|luidde) (?:\w+ ){0,2}(?:de|het|ons|onze) (?:uitkomst|uitslag|antwoord|besluit|beslissing|advies|oordeel)\b"
        r"[^.!?;]{0,40}\b(?:negatief|afwijzend)\b|\b(?:uitkomst|advies|oordeel)\b[^.!?;]{0,60}\b(?:is|luidt|valt|viel|was) (?:\w+ ){0,3}"
        r"(?:negatief|afwijzend)\b",
        r"\bniet de voorkeur (?:\w+ )?(?:gekregen|krijgen|gegeven)\b",
        r"\bniet (?:bij|in|tussen|onder) de (?:laatste|beste|eerste|top|overgebleven) (?:twee|drie|vier|vijf|zes|zeven|acht|tien|\d+)\b",
        r"\bniet doorgegaan met (?:je|jouw|uw) (?:sollicitatie|kandidatuur)\b|\b(?:sollicitatie|kandidatuur) (?:is|werd) (?:\w+ ){0,3}niet "
        r"doorgegaan\b",
        r"\bgeen (?:volgende |verdere |nieuwe )?(?:stap|stappen|vervolgstap\w*)\b[^.!?;]{0,30}\b(?:met|in|voor) (?:je|jouw|uw|jou|u)\b",
        r"\b(?:(?:zien|zie|zagen) (?:we|wij|ik)|(?:we|wij|ik) (?:zien|zie|zagen)) (?:\w+ ){0,2}geen (?:toekomst|plek|plaats|rol|mogelijkheid|"
        r"kans) (?:\w+ )?voor (?:je|jou|u)\b",
        # (a follow-up interview; a bare "vervolg" only for the reader's application: not "geen vervolg geven aan uw klacht",
        # nor a coaching "vervolgtraject")
        r"\bgeen (?:\w+ )?vervolggesprek\w* (?:\w+ ){0,2}(?:bieden|aanbieden|aan te bieden|geven|te bieden)\b|"
        rf"\bgeen (?:\w+ )?vervolg (?:\w+ ){{0,2}}(?:bieden|aanbieden|aan te bieden|geven|te bieden)\b(?= (?:aan|op) {_NL_YOUR_APP}|"
        r" ?[.!?;,]|$)",
        r"\bniet aan (?:je|jou|u) (?:\w+ ){0,2}(?:toegekend|toegewezen|gegund|gegeven|aangeboden)\b"),
]

# A third probe (Flemish and informal registers): not through a "schifting", a score "onvoldoende om door te gaan",
# the post entrusted to another, "gaat liever door met kandidaten die...", idioms of failing ("gestrand",
# "gesneuveld"), no positive message to give, the application "afgekeurd", "(besloten) dat we niet verder gaan",
# "je komt niet in beeld".
DECISIONS += [
    fam("grammatica: gestrand / afgekeurd / niet in beeld / liever door met anderen", 4.0,
        ("schifting", "voorselectie", "selectiefase", "onvoldoende", "toevertrouwd", "overgedragen", "liever", "gestrand", "gesneuveld",
         "gestruikeld", "steken", "positief bericht", "positief antwoord", "gunstig bericht", "gunstig antwoord", "goed nieuws", "afgekeurd", "af te keuren", "keuren",
         "niet verder", "niet door", "in beeld"),
        r"\bniet (?:\w+ )?door (?:de|het|onze) (?:\w+ )?(?:schifting|voorselectie|selectiefase|sollicitatieronde|gespreksronde)\w*\b",
        r"\b(?:scoorde|scoorden|scoort|scoor)\w* (?:\w+ ){0,2}onvoldoende\b|\bonvoldoende (?:\w+ ){0,6}om (?:\w+ ){0,2}(?:door te gaan|"
        r"verder te gaan|door te stromen|door te mogen)\b",
        rf"\b(?:toevertrouwd|overgedragen) aan {_NL_OTHER}|\baan (?:een ander|iemand anders|(?:een|de) (?:andere?|interne|externe) (?:\w+ )?"
        r"(?:kandida\w*|sollicitant\w*|collega\w*|medewerker\w*|persoon))\b (?:\w+ ){0,2}(?:toevertrouwd|overgedragen)\b",
        r"\b(?:gaat|gaan|ga|gingen|ging) (?:\w+ )?liever (?:\w+ )?(?:door|verder) met (?:andere |een andere )?(?:kandida\w*|sollicitant\w*|"
        r"iemand|profiel\w*|finalist\w*)\b",
        r"\b(?:sollicitatie|kandidatuur|je|jij|u)\b (?:\w+ ){0,3}(?:gestrand|gesneuveld|gestruikeld|blijven steken|blijft steken|bleef steken)\b",
        r"\b(?<!nog )geen (?:positief|goed|gunstig) (?:bericht|nieuws|antwoord) (?:\w+ ){0,2}(?:geven|brengen|sturen|meedelen|mee te delen)\b",
        r"\b(?:sollicitatie|kandidatuur|cv|aanmelding)\b[^.!?;]{0,40}\b(?:is|werd|wordt) (?:\w+ )?afgekeurd\b|\b(?:sollicitatie|kandidatuur) "
        r"(?:\w+ ){0,3}af te keuren\b|\bkeuren (?:we|wij|ik) (?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:\w+ )?af\b",
        rf"\bdat (?:we|wij) (?:\w+ )?niet (?:verder|door) (?:gaan|zullen gaan)(?= ?[.!?;,]|$|{_NL_WITH_YOU})",
        r"\b(?:daarom|dus|helaas) (?:gaan|kunnen) (?:we|wij|ik) (?:\w+ )?niet (?:verder|door)(?= ?[.!?;]|$)",
        r"\b(?:komt|kom|kwam) (?:\w+ ){0,4}niet (?:meer )?in beeld\b"),
]

# A fourth probe (public bodies, ATS status lines, agencies): not judged suitable or best ("niet als beste naar voren
# gekomen"), a procedure ended "zonder dat u bent geselecteerd", a status set to "niet geschikt", "verdergaan" in one
# word, the agency that cannot help further with the post, the job not got, "je bent het niet geworden", "haalt het
# niet", "op niets uitgelopen", the selection closed for the reader "hierbij".
DECISIONS += [
    fam("grammatica: niet als beste / zonder dat u bent geselecteerd / het niet geworden", 4.0,
        ("niet", "niets", "niks", "zonder dat", "sluit", "ronden", "rond ", "bemachtigd", "verworven"),
        r"\bniet als (?:\w+ )?(?:geschikt|passend|geschiktste|beste|sterkste)\w* (?:\w+ )?(?:beoordeeld|bevonden|aangemerkt|gezien|"
        r"geevalueerd|naar voren gekomen|uit de bus gekomen)\b|\bniet de (?:gekozen )?(?:kandidaat|sollicitant|"
        r"persoon) (?:\w+ )?geworden\b|\b(?:je|jij|u) (?:bent|ben|was|werd) (?:\w+ ){0,2}niet de gelukkige\b|"
        r"\b(?:vacature|functie|baan|job|rol|plek|stageplek|stageplaats) is (?:\w+ ){0,2}niet voor (?:jou|u)(?= ?[.!?;]|$)",
        rf"\b(?:afgerond|beeindigd|afgesloten|gesloten|gestopt) zonder dat {_NL_READER} (?:\w+ ){{0,2}}(?:bent|ben|werd|is) (?:geselecteerd|"
        rf"gekozen|uitgenodigd|aangenomen|benoemd)\b|\b(?:afgerond|beeindigd|afgesloten|gesloten|gestopt) zonder dat {_NL_READER} "
        r"(?:geselecteerd|gekozen|uitgenodigd|aangenomen|benoemd) (?:bent|werd|is)\b",
        r"\bop '?(?:niet geschikt|afgewezen|ongeschikt|niet weerhouden|niet geselecteerd)'? (?:\w+ )?(?:gezet|geplaatst)\b",
        rf"\bniet (?:\w+ )?met {_NL_READER} (?:\w+ )?(?:verdergaan|doorgaan)\b",
        rf"\b(?:(?:kunnen|kan) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|kan)) {_NL_READER} (?:\w+ ){{0,3}}niet (?:verder )?helpen met "
        r"(?:deze|de|die|onze|jouw|je|uw) (?:\w+ )?(?:vacature|functie|rol|positie|baan|sollicitatie|opdracht)\b",
        rf"\b{_NL_READER} (?:hebt|heeft|heb) (?:de|deze|die) (?:\w+ )?(?:baan|functie|job|positie|rol|stageplek|stageplaats|plek|aanstelling|"
        r"opdracht) (?:\w+ ){0,2}niet gekregen\b(?! omdat| doordat| vanwege)|"
        rf"\b{_NL_READER} (?:hebt|heeft|heb) (?:\w+ ){{0,2}}geen (?:\w+ )?(?:plek|plaats|baan|functie|job|positie|rol|stageplek|stageplaats|"
        r"aanstelling) (?:\w+ ){0,4}(?:bemachtigd|gekregen|verworven|weten te bemachtigen)\b(?! omdat| doordat| vanwege)",
        rf"\b{_NL_READER} (?:bent|ben|is) het (?:\w+ ){{0,2}}niet geworden\b|\bben(?:t)? (?:je|jij|u) het (?:\w+ ){{0,2}}niet geworden\b",
        rf"\b(?:sollicitatie|kandidatuur|cv|profiel|{_NL_READER}) (?:haalt|haal|haalde) het (?:\w+ ){{0,3}}niet\b",
        r"\bop (?:niets|niks) (?:\w+ )?uitgelopen\b|\bloopt (?:\w+ ){0,3}op (?:niets|niks) uit\b",
        r"\b(?:sluiten|sluit|ronden|rond)\b (?:\w+ ){0,3}(?:de|je|jouw|uw) (?:sollicitatie\w*|procedure|kandidatuur|selectie\w*|traject) "
        r"(?:met|voor) (?:jou|je|u) (?:(?:hierbij|hiermee|daarmee|helaas|nu|dus|bij deze) )?af(?= ?[,.!?;]|$)"),
]


# --- twelfth layer: a sweep of fresh registers (Flemish letters, hurried notes, agencies, public bodies) -------
# The other person placed before "verder" ("we hebben beslist om met iemand anders verder te gaan", "sorry, we gaan
# met iemand anders verder") or before a verb of hiring ("ze hebben iemand anders genomen", "we hebben intussen
# iemand aangeworven"), an agreement reached with another ("we zijn rond met iemand anders"), "we kiezen voor een
# ander", a choice told with the verb last ("we zijn voor een collega met meer ervaring gegaan"); the procedure
# stopped or closed for the reader ("de selectieproef niet gehaald", "dat u niet doorgaat in de procedure", "wij
# sluiten daarom de procedure af", "heeft je laten afvallen", "kunt u niet deelnemen aan de volgende stap"); no
# grounds for a meeting ("wij zien geen basis voor een gesprek", "je ervaring ligt te ver af van ..."), Flemish and
# informal idioms ("ge zijt het niet geworden", "voor de job zijn we voorzien", "het zal niet voor deze keer zijn").
DECISIONS += [
    fam("grammatica: met iemand anders verder / iemand anders genomen", 4.0,
        ("iemand", "een ander", "kandida", "sollicitant", "collega", "gekozen", "gegaan", "kozen", "koos", "medewerker",
         "stagiair", "student", "oud-"),
        # the subject is the employer (not "je gaat met iemand anders verder": a recruiter handing the reader over)
        r"\b(?:we|wij|ze|zij|klant|opdrachtgever|werkgever|bedrijf|team) (?:(?!niet\b)\w+ ){0,4}met (?:iemand anders"
        r"|een ander) "
        r"(?:\w+ )?(?:verder|door|voort|verdergaan|doorgaan|voortgaan)\b|"
        r"\b(?:beslist|besloten|gekozen) (?:om )?met (?:iemand anders|een ander) (?:\w+ )?(?:verder|door|voort"
        r"|verdergaan|doorgaan|"
        # (the clause ends there: "we gaan verder met iemand anders van het team" hands the reader over to a colleague)
        r"voortgaan)\b|\b(?:we|wij|ze|zij) (?:gaan|gingen|zijn) (?:\w+ )?(?:verder|door"
        r"|voort)(?: gegaan)? met (?:iemand anders|"
        r"een ander)(?= ?[.!?;,]|$| (?:voor|in|als) (?:deze|de|die|onze) (?:job|functie|rol|vacature|positie|plaats"
        r"|plek)\b)",
        r"\b(?:hebben|heeft|hadden|had) (?:\w+ ){0,2}iemand anders (?:\w+ ){0,3}(?:genomen|aangeworven|gerekruteerd"
        r"|vastgelegd|"
        r"vastgenomen|gecontracteerd|aangesproken)\b|"
        r"\b(?:hebben|heeft|hadden|had) (?:\w+ ){0,2}iemand anders (?:\w+ ){0,2}(?:kunnen|mogen|weten te) (?:vinden"
        r"|aannemen|strikken|"
        r"aantrekken|aanwerven)\b|"
        # "beslist om iemand anders aan te nemen / de kans te geven", "beslist om verder te gaan met iemand anders",
        # "de job aan iemand anders te geven", "we gaan het met iemand anders proberen", "het wordt iemand anders"
        r"\b(?:beslist|besloten|gekozen) (?:om )?iemand anders (?:\w+ )?(?:aan te (?:nemen|werven|stellen)|te (?:nemen"
        r"|kiezen|selecteren)|"
        r"de (?:kans|voorkeur|job|functie|plaats|plek) te geven)\b|"
        r"\b(?:beslist|besloten|gekozen|kozen|kiezen)\b (?:\w+ ){0,3}(?:verder|door"
        r"|voort) te gaan met (?:iemand anders|een ander)\b|"
        # (an agency's assignment too, when a person gets it: "de opdracht aan een andere consultant te gunnen"; not
        # "aan een andere leverancier")
        r"\b(?:job|functie|plaats|plek|baan|rol|positie|vacature|stageplek"
        r"|stageplaats|opdracht|detachering)\b (?:\w+ ){0,2}aan (?:een ander|iemand anders|"
        r"een andere? (?:kandida\w*|sollicitant\w*|persoon|consultant\w*|freelancer\w*)) (?:\w+ )?(?:te geven|te gunnen|toe te kennen"
        r"|aan te bieden|toe te wijzen)\b|"
        r"\bhet (?:\w+ )?met (?:iemand anders|een ander|een andere? (?:kandida\w*|sollicitant\w*)) (?:proberen|wagen"
        r"|doen)\b|"
        r"\bhet (?:wordt|werd) (?:\w+ )?iemand anders(?= ?[.!?;,]|$)|"
        # an agreement reached with the other person: "we zijn rond met iemand anders", "tot een akkoord gekomen met
        # een andere kandidaat"
        r"\b(?:rond|akkoord|overeenkomst) (?:\w+ ){0,3}met (?:iemand anders|een andere? (?:\w+ )?(?:kandida\w*"
        r"|sollicitant\w*|persoon)|"
        r"een (?:kandida\w*|sollicitant\w*) (?:die|met))\b|"
        r"\b(?:hebben|heeft|hadden|had) (?:\w+ ){0,2}iemand (?:\w+ ){0,2}genomen (?:met|die)\b|"
        # a person-written note: "ik neem iemand aan met meer ervaring", "ik heb de plek aan een oud-collega gegeven"
        r"\b(?:(?:we|wij|ik|ze|zij) (?:nemen|neem|namen|nam)|(?:nemen|neem|namen|nam) (?:we|wij|ik|ze"
        r"|zij)) (?:\w+ )?iemand (?:anders )?"
        r"aan (?:met|die)\b|"
        r"\b(?:plek|plaats|job|functie|baan|rol|positie|vacature)\b (?:\w+ ){0,2}aan (?:een|de"
        r"|onze) (?:[\w-]+ )?(?:collega|kandidaat|"
        r"kandidate|sollicitant|medewerker|stagiair|student|oud-\w+)\w* (?:\w+ ){0,2}(?:gegeven|gegund|toegekend"
        r"|aangeboden|vergeven|"
        r"toegewezen)\b",
        r"\b(?:hebben|heeft|hadden|had) (?:\w+ ){0,3}(?:iemand|een (?:\w+ )?(?:kandidaat|kandidate|sollicitant"
        r"|medewerker|collega)) "
        r"(?:\w+ ){0,4}(?:aangeworven|gerekruteerd|in dienst genomen)\b",
        r"\b(?:kiezen|kiest|kies|kozen|koos|gaan|ga|gingen) (?:\w+ ){0,3}voor een ander(?= ?[.!?;,]|$| (?:met|die"
        r"|omdat|want)\b)",
        r"\b(?:zijn|hebben) (?:\w+ ){0,2}voor (?:een |de )?(?:interne |externe |andere )?(?:kandida\w*|sollicitant\w*"
        r"|collega|persoon|"
        r"profiel) (?:met|die|wiens|uit) [^.!?;]{0,50}\b(?:gegaan|gekozen|geopteerd)\b",
        r"\b(?:gekozen|besloten|beslist) (?:om )?(?:een|de) (?:andere )?(?:kandida\w*|sollicitant\w*|persoon"
        r"|collega) (?:\w+ ){0,2}"
        r"aan te (?:nemen|stellen|werven) (?:met|die|wiens)\b|"
        r"\b(?:gekozen|besloten|beslist) (?:om )?(?:een|de) (?:andere )?(?:kandida\w*|sollicitant\w*|persoon) (?:met"
        r"|die|wiens) "
        r"[^.!?;]{0,50}\baan te (?:nemen|stellen|werven)\b",
        # the other person named, a relative clause after the name: "we hebben voor Tom gekozen, die al bij ons werkte"
        r"\bvoor (?!jou\b|u\b|je\b|jullie\b|ons\b|hen\b|een\b|de\b|het\b|deze\b|die\b|dit\b|dat\b|\w+dag\b)[a-z]+ "
        r"(?:gekozen|gegaan), die\b|\b(?:gekozen|gegaan|kozen|koos) voor (?!jou\b|u\b|je\b|jullie\b|ons\b|hen\b|een\b"
        r"|de\b|het\b|"
        r"deze\b|die\b|dit\b|dat\b|\w+dag\b)[a-z]+, die\b"),
    fam("grammatica: de procedure voor de lezer stopgezet / afgesloten", 4.0,
        ("stop te", "af te", "te stoppen", "te beeindigen", "doorgaat", "verdergaat", "doorstroomt", "afvallen",
         "laten vallen", "deelnemen", "deel te nemen", "zonder", "sluit", "ronden", "rond ", "deelname", "gehaald",
         "behaald", "doorstaan", "aanmerking", "opnemen", "op te nemen", "meenemen", "mee te nemen", "wijzen",
         "niet de", "niet het", "aanwerving",
         "aanstelling", "benoeming", "indienstneming"),
        r"\b(?:beslist|besloten|moeten|gaan|zullen) (?:om )?(?:de|je|jouw|uw) (?:sollicitatie|selectie)?(?:procedure"
        r"|kandidatuur|sollicitatie) "
        r"(?:\w+ ){0,2}(?:voor|met) (?:u|jou|je) (?:stop te zetten|te stoppen|te beeindigen|af te sluiten"
        r"|af te breken)\b|"
        r"\b(?:beslist|besloten) (?:om )?(?:je|jouw|uw) (?:kandidatuur|sollicitatie) (?:\w+ )?(?:stop te zetten"
        r"|af te sluiten|te beeindigen)\b",
        r"\b(?:je|jij|u|ge|gij) (?:\w+ ){0,2}niet (?:meer |langer )?(?:doorgaat|verdergaat|doorstroomt) (?:in|naar"
        r"|met) (?:de|het|deze) "
        r"(?:\w+ )?(?:procedure|selectie\w*|ronde|fase|traject|sollicitatie\w*|stap|stappen|gespreksronde)\b",
        r"\b(?:je|jou|u) (?:(?!niet\b)\w+ ){0,4}(?:laten afvallen|af laten vallen)\b",
        r"\bniet (?:\w+ )?deel(?:nemen| te nemen) aan (?:de|het) (?:volgende|verdere|tweede|derde"
        r"|laatste) (?:\w+ )?(?:stap|ronde|fase|"
        r"selectie\w*|gesprek\w*|proef\w*|onderde\w*)\b",
        r"\b(?:ronden|rond|sluiten|sluit)\b[^.!?;]{0,50}\baf zonder (?:\w+ )?(?:aanstelling|benoeming|aanwerving"
        r"|aanname)\b",
        # a consequence closes it ("daarom", "hierbij"), not a date: "we ronden de procedure volgende week af" is news
        r"\b(?:(?:sluiten|sluit|ronden|rond) (?:we|wij|ik)|(?:we|wij|ik) (?:sluiten|sluit|ronden|rond)) "
        r"(?:daarom|dus|hierbij|hiermee|daarmee|helaas|bij deze|dan ook) (?:\w+ )?"
        r"(?:de|je|jouw|uw|deze) (?:sollicitatie\w*|selectie\w*|procedure|kandidatuur) (?:\w+ ){0,2}af\b",
        # a compound test ("de selectieproef niet gehaald") and the reader's part in the selection ended
        r"\b\w+(?:proef|test|toets|examen)\b[^.!?;]{0,50}\bniet (?:\w+ )?(?:gehaald|behaald|doorstaan)\b|"
        r"\b(?:eindigt|stopt) (?:(?:hiermee|daarmee|daarom|dus|helaas|ook|hier) ){0,2}(?:je|jouw|uw) deelname aan\b",
        r"\bniet (?:voor|bij) (?:de|deze|die|onze) (?:\w+ )?(?:functie|vacature|positie|baan|job|rol) in aanmerking\b",
        # "we gaan u niet verder opnemen in de selectie", "we zijn genoodzaakt u af te wijzen", "ge hebt het net niet
        # gehaald",
        # "ge zijt niet de persoon die we zoeken", "overgegaan tot de aanwerving van een andere kandidaat"
        r"\b(?:je|jou|u|ge|gij) (?:\w+ ){0,2}niet (?:verder |langer |meer )?(?:opnemen|op te nemen|meenemen"
        r"|mee te nemen) in "
        r"(?:de|het|onze|deze) (?:\w+ )?(?:selectie\w*|procedure|wervingsreserve|proces|traject)\b(?! (?:zolang|totdat"
        r"|tot|voordat)\b)|"
        r"\b(?:genoodzaakt|gedwongen|verplicht) (?:om )?(?:je|jou|u) (?:\w+ )?af te wijzen\b|"
        r"\b(?:ge|gij) (?:hebt|heeft) het (?:\w+ ){0,3}niet gehaald\b|"
        r"\b(?:ge|gij) (?:zijt|bent) (?:\w+ ){0,2}niet (?:de|het) (?:\w+ )?(?:kandidaat|kandidate|persoon|sollicitant"
        r"|profiel) "
        r"(?:die|dat|naar wie) (?:we|wij) (?:\w+ ){0,2}(?:zoeken|zochten|nodig hebben|voor ogen hebben)\b|"
        r"\b(?:overgegaan|over te gaan|overgaan|gaan over) tot (?:de )?(?:aanwerving|aanstelling|benoeming"
        r"|indienstneming) van "
        r"(?:een andere?\b|iemand|de andere|een (?:\w+ )?(?:kandidaat|kandidate|sollicitant)\w* (?:die|met))"),
    fam("grammatica: geen basis voor een gesprek / te ver af / niet jouw sollicitatie geworden", 4.0,
        ("geen", "onvoldoende", "te ver", "geworden", "voorzien", "intern", "ingenomen", "strook", "strok", "running",
         "boot",
         "keer", "helpen", "match", "wat we", "wat wij", "hetgeen", "wat de klant"),
        r"\b(?:zien|zie|zagen) (?:\w+ ){0,3}(?:geen|onvoldoende) (?:\w+ )?(?:aanleiding|basis|grond|reden"
        r"|aanknopingspunt\w*) (?:\w+ )?"
        r"(?:voor|tot) (?:een |het |de )?(?:\w+ )?(?:gesprek|kennismaking|uitnodiging|vervolg\w*|sollicitatiegesprek"
        r"|samenwerking)\b",
        # (not a third person's: "zijn ervaring ligt te ver af" is a hiring note)
        r"(?<!zijn )(?<!haar )(?<!hun )\b(?:ervaring|profiel|achtergrond|opleiding|cv|kennis"
        r"|werkervaring) (?:\w+ ){0,2}"
        r"(?:ligt|lag|staat|stond) (?:\w+ )?te ver (?:af )?van\b",
        r"\b(?:is|werd) (?:het|'t) (?:\w+ ){0,2}niet (?:jouw|je|uw) (?:sollicitatie|kandidatuur|cv|profiel) geworden\b|"
        r"\bhet (?:is|werd) (?:\w+ ){0,2}niet (?:jouw|je|uw) (?:sollicitatie|kandidatuur|cv|profiel) geworden\b|"
        r"\bhet (?:is|werd) (?:\w+ ){0,2}niet (?:jij|jou|u) geworden\b|\b(?:ge|gij) (?:zijt"
        r"|bent) het (?:\w+ ){0,2}niet geworden\b",
        # Flemish "voor de job zijn we ondertussen voorzien" (the post is covered; not "voorzien van koffie")
        r"\b(?:zijn|waren) (?:we|wij) (?:(?!niet\b)\w+ ){0,2}voorzien(?= ?[.!?;,]|$)|\b(?:we|wij) (?:zijn"
        r"|waren) (?:(?!niet\b)\w+ ){0,2}"
        r"voorzien(?= ?[.!?;,]|$)",
        r"\bvoor (?:jou|je|u) (?:is|was) er (?:\w+ ){0,2}geen (?:plek|plaats|ruimte|functie|job|baan)\b|"
        r"\bintern (?:\w+ ){0,2}(?:oplossing|invulling|kandidaat|kandidate) gevonden\b|"
        r"\b(?:plaats|plek|job|functie|vacature|positie|baan)\b (?:is|werd|was) (?:(?!niet\b)\w+ ){0,3}ingenomen\b|"
        r"\b(?:(?:zijn|waren) (?:we|wij)|(?:we|wij) (?:zijn|waren)) (?:(?!niet\b)\w+ ){0,2}voorzien van (?:iemand"
        r"|een (?:\w+ )?"
        r"(?:kandidaat|kandidate|medewerker|kracht|collega))\b",
        # informal and Flemish idioms: "je bent niet meer in de running", "je valt uit de boot", "het zal niet voor deze
        # keer zijn", "uw kandidatuur past niet in wat we zoeken", "we kunnen u niet verder helpen voor deze job"
        r"\bniet (?:meer|langer) in de running\b|\b(?:val|valt|viel|vallen|gevallen) (?:\w+ ){0,2}uit de boot\b|"
        r"\b(?:denk|denken|geloof|geloven|vind|vinden) (?:\w+ ){0,2}niet dat (?:het|dit|dat|je|jij"
        r"|u) (?:\w+ ){0,2}(?:een )?(?:goede |"
        r"juiste )?match (?:is|was|zou zijn)\b|"
        r"\b(?:zal|is|wordt) (?:het )?(?:\w+ )?niet voor (?:deze|dit|die) keer(?: zijn)?(?= ?[.!?;,]|$)",
        # (said of the reader or the reader's profile: "zijn ervaring paste niet bij wat we zoeken" is a hiring note)
        r"\b(?:je|jij|u|ge|gij|(?:je|jouw|uw) (?:\w+ )?(?:profiel|kandidatuur|sollicitatie|ervaring|cv"
        r"|achtergrond)) (?:\w+ )?"
        r"(?:past|passen|paste|valt|viel) (?:\w+ )?niet (?:\w+ )?(?:in|bij|binnen) (?:wat|hetgeen) (?:we|wij|ik"
        r"|de klant) "
        r"(?:\w+ ){0,3}(?:zoeken|zochten|zoek|nodig hebben|voor ogen hebben|voor ogen hadden)\b|"
        r"\b(?:past|paste|valt|viel) (?:je|jij|u|ge|gij|(?:je|jouw|uw) (?:\w+ )?(?:profiel|kandidatuur|sollicitatie"
        r"|ervaring|cv|"
        r"achtergrond)) (?:\w+ )?niet (?:\w+ )?(?:in|bij|binnen) (?:wat|hetgeen) (?:we|wij|ik"
        r"|de klant) (?:\w+ ){0,3}(?:zoeken|zochten|"
        r"zoek|nodig hebben|voor ogen hebben|voor ogen hadden)\b|"
        r"\b(?:kunnen|kan) (?:we|wij|ik) (?:je|jou|u) (?:\w+ ){0,3}niet (?:verder )?helpen (?:voor|bij|in) (?:deze|de"
        r"|die|onze) (?:\w+ )?"
        r"(?:vacature|functie|rol|positie|baan|job)\b|\b(?:we|wij|ik) (?:kunnen|kan) (?:je|jou"
        r"|u) (?:\w+ ){0,3}niet (?:verder )?helpen "
        r"(?:voor|bij|in) (?:deze|de|die|onze) (?:\w+ )?(?:vacature|functie|rol|positie|baan|job)\b",
        # "uw profiel strookt niet met wat we zoeken"
        r"(?<!zijn )(?<!haar )(?<!hun )\b(?:profiel|ervaring|achtergrond|cv|kandidatuur|opleiding"
        r"|kwalificaties)\b[^.!?;]{0,30}\b"
        r"(?:strookt|stroken|strookte|strookten) (?:\w+ ){0,2}niet\b"),
]


# --- thirteenth layer: a sweep of other writers (West-Flemish notes, public letters, curt replies, trades) -----
# Constructions our earlier writers never used: the other person "gepakt" or "genomen" after "gaan"; all places
# taken ("ingenomen", Flemish "volzet"); the reader not "ingeschakeld" or "in het team opgenomen"; "het niet met
# jou doen"; a profile that does not "overeenstemmen"; no more student staff hired, no need for staff; no use made of
# the reader's application ("geen gebruik maken van"); not in a position to offer a post; a selection's next part
# closed to the reader; the post offered to another; "niet over tot een gesprek"; the recruitment not continued;
# no open post for the reader's profile; no room in the team; not (any longer) eligible; the reader "niet gekozen /
# niet doorgegaan / niet geschikt" with the verb first; "het wordt niet jij"; a small post (a diminutive) that goes to
# someone else; others given priority; the choice that fell on a colleague; "geen gunstig gevolg"; a verdict alone
# at the start of a curt reply ("Niet geselecteerd, sorry.").
_NL_DIMINUTIVE_POST = r"(?:werkje|baantje|jobje|plekje|klusje|vakantiebaantje|bijbaantje|zaterdagbaantje)"
DECISIONS += [
    fam("grammatica: iemand anders gepakt / alle plaatsen ingenomen / niet ingeschakeld", 4.0,
        ("iemand anders", "ingenomen", "volzet", "inschakelen", "in te schakelen", "inzetten", "op te nemen", "doen met",
         "met jou doen", "met je doen", "met u doen", " weg", " op."),
        # "de baas heeft iemand anders gepakt", "we gaan ervoor iemand anders nemen"
        r"\b(?:hebben|heeft|hadden|had) (?:\w+ ){0,2}iemand anders (?:\w+ ){0,3}gepakt\b|"
        r"\b(?:gaan|gaat) (?:\w+ ){0,2}iemand anders (?:\w+ )?(?:nemen|aannemen|aanwerven|pakken)\b",
        # "alle plaatsen zijn al ingenomen", "voor vakantiewerk zijn we volzet"
        r"\balle (?:\w+)?(?:plaatsen|plekken|plekjes|jobs|posities) (?:voor \w+ )?(?:zijn|waren) (?:\w+ ){0,2}"
        r"(?:ingenomen|volzet|(?:weg|op)(?= ?[.!?;,]|$))|"
        # (not a table: "we zijn volzet om 19 uur")
        r"\b(?:(?:we|wij) zijn|zijn (?:we|wij)) (?:\w+ ){0,2}volzet\b(?! (?:om|op|tot|van|tussen|rond|vanaf)\b)",
        # "we kunnen je deze zomer niet inschakelen", "geen mogelijkheden om je in ons team op te nemen"
        r"\b(?:(?:kunnen|kan|zullen) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|kan|zullen)) (?:je|jou|u) (?:\w+ ){0,3}niet "
        r"(?:inschakelen|inzetten)\b|"
        r"\bgeen (?:\w+ )?mogelijkhe\w* (?:om|voor) (?:je|jou|u) (?:\w+ ){0,4}(?:op te nemen|aan te nemen|in te schakelen|"
        r"te plaatsen)\b",
        # "we gaan het niet doen met jou", "we gaan het niet met je doen"
        r"\b(?:(?:gaan|gaat|zullen) (?:we|wij|ze|zij)|(?:we|wij|ze|zij) (?:gaan|gaat|zullen)) het (?:\w+ )?niet "
        r"(?:doen met (?:jou|je|u)|met (?:jou|je|u) doen)\b"),
    fam("grammatica: geen jobstudenten meer / geen behoefte aan personeel / geen ruimte in het team", 4.0,
        ("geen", "alle lopende"),
        r"\b(?:(?:nemen|neem|werven) (?:we|wij|ik)|(?:we|wij|ik) (?:nemen|neem|werven)) (?:\w+ ){0,4}geen (?:\w+ )?"
        r"(?:jobstudenten|studenten|vakantiekrachten|medewerkers|mensen|personeel|krachten|stagiairs|bijbaners) (?:meer )?"
        r"(?:aan|in dienst)\b(?! (?:zonder|met|die|onder|boven)\b)|"
        # (the employer the subject: not "veel bedrijven hebben geen behoefte aan extra personeel" in a newsletter)
        r"\b(?:we|wij|ik) (?:\w+ ){0,4}geen (?:behoefte|nood) (?:meer )?aan (?:extra |nieuw |nieuwe )?(?:personeel|medewerkers|krachten|"
        r"mensen|versterking)\b|"
        r"\bgeen (?:ruimte|plaats) (?:\w+ )?in (?:het|ons) team\b",
        # "momenteel is er geen openstaande functie voor uw profiel"
        r"\bgeen (?:openstaande |passende |vrije )?(?:functie|vacature|plaats|plek) (?:\w+ )?voor (?:je|jouw|uw) profiel\b",
        # a freeze closes every running selection: "moeten we alle lopende selecties afsluiten"
        r"\balle lopende (?:selecties|procedures|selectieprocedures|sollicitaties|sollicitatieprocedures|vacatures) (?:\w+ ){0,2}"
        r"(?:afsluiten|afgesloten|stopzetten|stopgezet|stoppen|gestopt|beeindigen|beeindigd)\b"),
    fam("grammatica: geen gebruik van uw sollicitatie / niet in de gelegenheid / niet over tot een gesprek", 4.0,
        ("geen gebruik", "gelegenheid", "in staat", "over tot", "niet voort", "gunstig gevolg", "voorrang", "niet deelnemen", "genoeg",
         "wil niet", "wilde niet", "wenst niet", "wenste niet",
         "niet meer in aanmerking", "niet langer in aanmerking", "aangeboden", "overeen"),
        r"\bgeen gebruik (?:zullen |kunnen |te )?(?:maken|gemaakt|maakt) (?:\w+ )?van (?:je|jouw|uw) "
        r"(?:sollicitatie|kandidatuur|aanbod|diensten|reactie)\b|\bvan (?:je|jouw|uw) (?:sollicitatie|kandidatuur|diensten) "
        r"(?:\w+ ){0,2}geen gebruik\b",
        # (a stiff "we are not in a position to offer you a role": "niet in staat om u een positie aan te bieden")
        r"(?<!nog )\bniet in (?:de gelegenheid|staat) (?:om )?(?:je|jou|u) (?:\w+ ){0,3}(?:functie|baan|job|positie|aanstelling|contract|plaats|"
        r"plek|gesprek) (?:\w+ )?(?:aan te bieden|te bieden|te geven|aan te nemen)\b",
        r"\bniet over tot (?:een |het )?(?:\w+ )?(?:gesprek|sollicitatiegesprek|kennismakingsgesprek|kennismaking)\b",
        # "we zetten de werving voor deze functie niet voort", "de procedure niet voortgezet"
        r"\b(?:(?:zetten|zet) (?:we|wij|ik)|(?:we|wij|ik) (?:zetten|zet)) (?:de|onze) (?:werving|selectie|procedure|wervingsprocedure|selectieprocedure) "
        r"(?:\w+ ){0,4}niet (?:meer )?voort\b",
        r"\bgeen gunstig gevolg\b",
        # "gemeend andere kandidaten voorrang te geven", "andere kandidaten kregen voorrang"
        r"\bandere (?:kandidaten|sollicitanten|kandidaat|sollicitant) (?:\w+ )?voorrang\b|\bvoorrang (?:\w+ )?(?:gegeven|te geven|"
        r"gaven|geven) aan (?:een |de )?andere? (?:kandida\w*|sollicitant\w*)\b",
        # "u kan dus niet deelnemen aan het mondelinge gedeelte"
        r"\b(?:(?:kan|kunt|mag) (?:je|u|jij)|(?:je|u|jij) (?:kan|kunt|mag)) (?:\w+ ){0,2}niet (?:meer |verder )?deelnemen aan (?:de|het) (?:\w+ )?"
        r"(?:gedeelte|proef|proeven|ronde|test|gesprek|fase|selectiedag)\b",
        rf"\bniet (?:meer|langer) in aanmerking\b{_NL_FOR_A_POST}",
        # "de proefopdracht was niet sterk genoeg om je verder mee te nemen in de procedure"
        r"\bniet (?:\w+ )?(?:sterk|goed|overtuigend|onderscheidend) genoeg (?:\w+ ){0,3}om (?:je|jou|u) (?:\w+ )?(?:mee te nemen|"
        r"uit te nodigen|door te laten|aan te nemen)\b",
        # an agency relays its client: "de klant wil niet verder na het kennismakingsgesprek" (not "... met het project")
        r"\b(?:klant|opdrachtgever|werkgever) (?:wil|wilde|wenst|wenste) (?:\w+ )?niet (?:verder|door)\b"
        r"(?! met (?:het|de|dit|die|deze|ons|onze|jullie|haar|hem|zijn)\b)",
        # "we hebben een ander de baan aangeboden"
        r"\b(?:een ander|iemand anders|een andere (?:kandida\w*|sollicitant\w*)) (?:de|deze|die) (?:functie|baan|job|rol|"
        r"positie|plek) (?:\w+ )?aangeboden\b",
        # "dat uw profiel niet overeenstemt met wat we zoeken"
        r"\b(?:profiel|ervaring|achtergrond|kandidatuur) (?:\w+ )?niet (?:overeenstemt|overeenkomt|overeenstemde|overeenkwam)"
        r" met (?:wat|het|de|onze)\b"),
    fam("grammatica: ben je niet gekozen / het wordt niet jij / het werkje gaat naar een ander", 4.0,
        ("ben je", "bent u", "ben jij", "niet jij", "niet jou", "niet u", "iemand anders", "een ander", "gevallen", "past",
         "stel", "draag", "dragen"),
        # the verb first: "inmiddels is de selectie afgerond en ben je helaas niet gekozen", "ben je niet doorgegaan"
        r"\b(?:ben|bent) (?:je|jij|u) (?:\w+ )?niet (?:gekozen|geselecteerd|aangenomen|doorgegaan|door|weerhouden|"
        r"geschikt (?:voor|als))\b",
        # "het wordt niet jij", "het is niet jou geworden"
        # (the clause ends there: "het wordt niet jij die het gesprek leidt" is about a task)
        r"\bhet (?:wordt|werd) (?:\w+ )?niet (?:jij|jou|u)(?= ?[.!?;,]|$)|\bhet is (?:\w+ )?niet (?:jij|jou|u) geworden\b",
        # a small post in a diminutive goes to another: "het werkje als hulpkok gaat helaas naar iemand anders"
        rf"\b{_NL_DIMINUTIVE_POST}\b[^.!?;]{{0,40}}\b(?:gaat|ging|is gegaan) (?:\w+ )?naar (?:iemand anders|een ander)\b",
        # the choice fell on another with the verb last: "de keuze is op een collega van een ander filiaal gevallen"
        r"\bkeuze (?:is|viel) (?:\w+ )?op (?:een |de )?(?:collega|andere?|iemand|interne|externe)\b[^.!?;]{0,40}\bgevallen\b|"
        r"\b(?:die|deze|ze|onze keuze|de keuze) is (?:\w+ )?niet op (?:jou|je|u) gevallen\b",
        # an agency that will not put the reader forward: "we stellen u dus niet voor"
        r"\b(?:(?:we|wij|ik) (?:stellen|stel|dragen|draag)|(?:stellen|stel|dragen|draag) (?:we|wij|ik)) (?:je|jou|u) (?:\w+ )?niet "
        r"(?:meer )?voor(?= ?[.!?;,]|$| (?:bij|aan)\b)",
        # "ge past niet echt in ons team", "je past niet in de zaak"
        r"\b(?:je|jij|u|ge|gij) (?:\w+ )?past (?:\w+ )?niet (?:echt |goed |helemaal )?(?:in|bij) (?:ons|onze|het|de) (?:team|bedrijf|"
        r"zaak|ploeg|plaatje|winkel|keuken|organisatie)\b"),
    fam("grammatica: Vlaams nie / een andere gast / aan iemand gegeven / niet gunstig beoordeeld", 4.0,
        ("nie ", " ni ", "gast", "kerel", "madam", "gegeven", "gegund", "toegekend", "toegewezen", "een ander", "nen ander", "ne ander", "gunstig", "positief",
         "in gesprek"),
        # spoken Flemish drops the t: "ge zijt nie weerhouden", "we gaan nie verder met u"
        r"\bnie? (?:\w+ ){0,2}(?:weerhouden|gekozen|geselecteerd|aangenomen|aannemen|aan te nemen|aangeworven|aanwerven|nemen|"
        r"uitgenodigd|uitnodigen|verder (?:te gaan )?met (?:je|jou|u|ulle)|met (?:je|jou|u|ulle) verder)\b",
        # "ge zijt nie door", not a thing called off: "die job gaat ni door" (an agency's lead, not the reader's verdict)
        r"(?<!\bgaat )(?<!\bging )(?<!\bgaan )\bnie? (?:\w+ ){0,2}door\b",
        # another person in everyday words: "we hebben nen andere gast gepakt voor de keuken"
        r"\b(?:een|nen|ne|'n) andere? (?:gast|kerel|madam|mens|jongen|meisje|dame|man|vrouw|gozer|meid)\b[^.!?;]{0,30}"
        r"\b(?:gepakt|genomen|gekozen|aangenomen|aangeworven)\b|"
        r"\b(?:gekozen|kozen|koos) voor (?:een|nen|ne) andere?(?= ?[.!?;,]|$)|"
        # ("een ander" too, and found: "we hebben een ander gepakt", "we hebben nen anderen gevonden")
        r"\b(?:een|nen|ne) ander(?:en?)? (?:gekozen|genomen|gepakt|aangenomen|aangeworven|gevonden|vastgenomen)\b",
        # the verb last: "de baan is al aan iemand gegeven"
        r"\b(?:baan|functie|job|plek|plaats|rol|positie|vacature)\b[^.!?;]{0,30}\baan (?:iemand|een ander|een andere \w+) "
        r"(?:\w+ )?(?:gegeven|gegund|toegekend|toegewezen|aangeboden|vergeven)\b",
        # "uw kandidatuur werd niet gunstig beoordeeld", "je bent niet positief beoordeeld"
        r"\b(?:kandidatuur|sollicitatie|dossier|je|u|jij) (?:\w+ ){0,2}niet (?:gunstig|positief) (?:beoordeeld|geevalueerd|"
        r"bevonden|geadviseerd)\b",
        # "we hebben besloten om niet met je in gesprek te gaan"
        r"\b(?:besloten|beslist|gekozen|kiezen) (?:om )?niet met (?:je|jou|u) in gesprek te gaan\b"),
    fam("grammatica: we gaan voor iemand met meer / een collega benoemd / niet in de laatste selectie", 4.0,
        ("met meer", "die meer", "gegeven aan", "gegund aan", "toegekend aan", "aangeboden aan", "inmiddels", "intussen",
         "ondertussen", "laatste", "definitieve", "finale", "niet door voor", "niemand", "overtuigd"),
        # "maar we gaan voor een developer met meer React-ervaring"
        r"\b(?:we|wij) (?:gaan|gingen|kiezen|kozen|zijn) (?:\w+ ){0,2}voor (?:een|iemand) (?:\w+ ){0,2}(?:met|die) meer (?:\w+ ){0,2}"
        r"(?:[a-z-]*ervaring|kennis|achtergrond|affiniteit|senioriteit)\b",
        # "we hebben de vaste aanstelling gegeven aan een collega die al bij ons invalt"
        r"\b(?:functie|aanstelling|baan|job|rol|positie|plek|plaats)\b (?:(?:is|werd|wordt) )?(?:\w+ ){0,2}(?:gegeven|gegund|toegekend|"
        r"aangeboden|vergeven) aan (?:een|onze) (?:\w+ )?(?:collega|medewerker|kandidaat|kandidate|sollicitant|stagiair|invaller)\w* "
        r"(?:die|met|uit|van)\b",
        # "inmiddels hebben we een leerkracht benoemd" (a person hired, whatever the title)
        # (the employer the subject: not "inmiddels is er een nieuwe directeur benoemd" in a company newsletter)
        r"\b(?:(?:inmiddels|intussen|ondertussen) (?:hebben|heeft) (?:we|wij)|(?:we|wij) (?:hebben|hadden) (?:inmiddels|intussen|"
        r"ondertussen)) (?:al )?een (?:nieuwe )?[a-z-]+ (?:benoemd|aangenomen|aangesteld|aangeworven)\b",
        # "dat je niet in de laatste selectie zit", "je zit niet bij de finale ronde"
        r"\b(?:je|jij|u|ge) (?:(?!nog\b)\w+ ){0,2}niet (?:in|bij) de (?:laatste|definitieve|finale|eind) ?(?:selectie|ronde|shortlist|"
        r"groep)\b",
        # "de job gaat niet door voor u"; "besloten om niemand aan te werven"
        r"\bgaat (?:\w+ )?niet door voor (?:u|jou|je)\b|\b(?:besloten|beslist|gekozen) (?:om )?(?:\w+ ){0,2}niemand (?:\w+ ){0,2}"
        r"(?:aan te werven|aan te nemen|in dienst te nemen)\b",
        # "we zijn niet overtuigd dat je past bij de functie"
        r"\bniet overtuigd (?:dat|of) (?:je|jij|u) (?:\w+ ){0,2}(?:past|geschikt|de juiste)\b"),
    fam("grammatica: persoonlijke brief: anders invullen / bij een ander onderbrengen / niets aan te bieden", 4.0,
        ("anders invullen", "anders in te vullen", "onderbr", "ondergebracht", "aanbieden", "aan te bieden", "te bieden", "beter",
         "aangenomen", "genomen"),
        # "dus we gaan het anders invullen"; "ik breng de functie bij een ander onder"
        r"\b(?:gaan|zullen|willen|besloten|gekozen|ervoor) (?:\w+ )?(?:het|de functie|de vacature|de rol|de plek|de job|de positie|deze "
        r"(?:functie|vacature|rol|positie)) anders "
        r"(?:invullen|in te vullen)\b(?! dan)",
        r"\b(?:functie|baan|job|rol|plek|vacature)\b[^.!?;]{0,20}\bbij (?:een ander|iemand anders) (?:onderbreng\w*|onder te brengen|"
        r"ondergebracht)\b",
        # "ik kan u op dit moment niets aanbieden"
        r"\b(?:(?:kan|kunnen) (?:ik|we|wij)|(?:ik|we|wij) (?:kan|kunnen)) (?:je|jou|u) (?:\w+ ){0,4}(?:niets|niks|geen (?:baan|functie|job|plek|werk|plaats|contract)) "
        r"(?:aanbieden|aan te bieden|bieden|te bieden)\b",
        # "(we denken dat) iemand met meer ervaring beter bij ons past"
        r"\biemand (?:met|die) (?:\w+ ){0,2}meer (?:[a-z-]*ervaring|kennis|senioriteit)\b[^.!?;]{0,50}\bbeter (?:bij (?:ons|het team|"
        r"de functie|ons \w+ \w+) )?(?:past|aansluit)\b",
        # a relative or an acquaintance hired: "we hebben uiteindelijk mijn neef aangenomen"
        r"\b(?:hebben|heeft|heb) (?:\w+ ){0,2}(?:mijn|zijn|haar|onze) (?:neef|nicht|zoon|dochter|broer|zus|schoonzoon|schoondochter|"
        r"oud-collega|ex-collega|kennis) (?:\w+ ){0,3}(?:aangenomen|genomen|aangeworven)\b"),
    fam("grammatica: een kaal oordeel als antwoord (niet geselecteerd, sorry)", 4.0,
        ("niet geselecteerd", "afgewezen", "past niet", "geen interesse", "niet zitten"),
        # a curt reply opens with the verdict itself: "Niet geselecteerd, sorry." / "Helaas afgewezen. Succes verder."
        # (not a list: "afgewezen, geannuleerd of verlopen sollicitaties worden na 30 dagen verwijderd")
        r"^(?:helaas |sorry,? )?(?:niet geselecteerd|afgewezen)(?= ?[.!]|,? (?:sorry|helaas|jammer|succes)\b)",
        r"(?:^|[.!?] )(?:helaas |sorry,? )?(?:niet geselecteerd|afgewezen)(?= ?[.!]|,? (?:sorry|helaas|jammer|succes)\b)",
        r"\b(?:je|jouw|uw) profiel past (?:helaas )?niet(?= ?[.!,]|$)",
        # "Geen interesse, bedankt." as the whole answer to an application
        r"(?:^|[.!?] )(?:helaas |sorry,? )?geen interesse(?=,? (?:bedankt|dank|sorry)\b| ?[.!]|$)",
        # the owner "doesn't fancy it": "ik heb je cv doorgegeven maar ze ziet het niet zitten"
        r"\b(?:cv|kandidatuur|sollicitatie|profiel)\b[^.!?;]{0,60}\b(?:ziet|zien|zag|zagen) het (?:\w+ )?niet zitten\b"),
]

# --- sweep 5: a new writer's plain wordings -----------------------------------------------------------------------
# Nothing done with the application ("we kunnen helaas niets met je sollicitatie", "we doen niks met je cv"; not a
# privacy promise or a wait: "... zonder je toestemming", "... tot we je diploma hebben"), nothing to offer the reader
# ("wij kunnen op dit moment niets voor u betekenen"), the application that led to no place or came to nothing ("heeft
# niet tot een plek in de volgende ronde geleid", "is op niets uitgedraaid") and the outcome named as the other person
# ("het werd uiteindelijk de andere kandidaat").
_NL_APPLICATION = r"(?:(?:open|spontane) )?(?:sollicitatie\w*|cv|brief|kandidatuur|motivatie\w*|reactie|aanmelding)"
DECISIONS += [
    fam("grammatica: niets met je sollicitatie / niets voor je betekenen", 4.0, ("niets", "niks", "geleid", "uitgedraaid", "de andere"),
        # (not "nog", "voorlopig", "even": "we kunnen nog niets met je sollicitatie, de vacature opent pas in september")
        rf"\b(?:(?:kunnen|kan|doen|doe|zullen|gaan) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|kan|doen|doe|zullen|gaan)) "
        rf"(?:(?!(?:nog|voorlopig|even|tijdelijk|eerst|pas)\b)\w+ ){{0,4}}"
        rf"(?:niets|niks) (?:\w+ )?met (?:je|jouw|uw) {_NL_APPLICATION}\b(?![^.!?;]{{0,50}}\b(?:zonder|tot|totdat|voordat|zolang|"
        r"als|indien|wanneer)\b)",
        r"\b(?:(?:kunnen|kan) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|kan)) (?:(?!(?:nog|voorlopig|even|tijdelijk|eerst|pas)\b)\w+ ){0,4}"
        r"(?:niets|niks) voor (?:je|jou|u) (?:betekenen|"
        r"doen)(?= ?[.!?;,]|$| (?:in|bij|binnen|op) (?:deze|die|onze|ons|de)\b)",
        rf"\b(?:(?:je|jouw|uw) {_NL_APPLICATION} (?:heeft|had)|(?:heeft|had) (?:\w+ )?(?:je|jouw|uw) {_NL_APPLICATION}) (?:\w+ ){{0,2}}"
        r"niet (?:\w+ )?tot (?:een )?(?:plek|plaats|uitnodiging|gesprek|vervolg|aanbod)\b[^.!?;]{0,40}\bgeleid\b",
        rf"\b(?:je|jouw|uw) {_NL_APPLICATION} (?:is|was) (?:\w+ ){{0,2}}op (?:niets|niks) (?:\w+ )?uitgedraaid\b",
        r"\bhet (?:werd|is|wordt) (?:\w+ ){0,2}de andere (?:kandidaat|kandidate|sollicitant|sollicitante|finalist)(?: geworden)?"
        r"(?= ?[.!?;,]|$)"),
    # Refraining from the application ("wij hebben besloten af te zien van uw kandidatuur", "wij zien af van uw sollicitatie";
    # the employer speaks: not the reader's own "u heeft besloten af te zien van ...") and the procedure that ends here
    # for the reader ("dit is helaas het einde van de procedure voor jou", "voor jou eindigt de procedure hier", "je
    # traject bij ons stopt hier"; not a date: "de procedure eindigt op 1 mei").
    fam("grammatica: afzien van je kandidatuur / de procedure eindigt hier", 4.0, ("af te zien", "afgezien", "af van", "einde",
                                                                                 "eindigt", "stopt"),
        rf"\b(?:we|wij|ik) (?:\w+ ){{0,4}}af (?:te zien|gezien) van (?:je|jouw|uw) {_NL_APPLICATION}\b|"
        rf"\b(?:(?:zien|zagen) (?:we|wij|ik)|(?:we|wij|ik) (?:zien|zagen)) (?:\w+ ){{0,3}}af van (?:je|jouw|uw) {_NL_APPLICATION}\b",
        # (with regret or "for you": "dit is het einde van de procedure: je bent aangenomen!" is no no)
        # (a bare "traject" is a coach's or the municipality's as often: "dit is helaas het einde van het traject")
        r"\b(?:dit|dat|hiermee|daarmee) (?:is|betekent) (?:helaas |jammer genoeg |spijtig genoeg )het einde van (?:de|het|je|jouw|uw) "
        r"(?:(?:sollicitatie|selectie)?(?:procedure|proces)|(?:sollicitatie|selectie)traject|traject (?:met|voor) (?:jou|u))\b|\b(?:dit|dat|hiermee|daarmee) (?:is|betekent) (?:\w+ )?het einde van "
        r"(?:de|het|je|jouw|uw) (?:sollicitatie|selectie)?(?:procedure|proces|traject) voor (?:jou|u)\b",
        r"\bvoor (?:jou|u) (?:eindigt|stopt) (?:de|het|je|jouw|uw) (?:sollicitatie|selectie)?(?:procedure|proces|traject|selectie)"
        r"(?: \w+)? hier\b|\b(?:je|jouw|uw) (?:reis|traject|deelname|procedure|sollicitatie) (?:bij ons |hier )?(?:eindigt|stopt) "
        r"(?:\w+ ){0,2}hier\b"),
]

# Words that make a mail job mail in Dutch beyond the shared nouns: internships, apprenticeships, student jobs,
# the interview itself ("het gesprek"), staff titles ("medewerker ...") and the people of an agency.
JOB_WORDS = (r"stageplek\w*|stageplaats\w*|stages|stagiair\w*|stagiaire|bbl|bol-stage|leerbaan|leerplek\w*|werkervaringsplek\w*|"
             r"proefdag\w*|proefopdracht\w*|jobstudent\w*|studentenjob\w*|vakantiejob\w*|bijbaan\w*|oproepkracht\w*|"
             r"medewerker\w*|gesprek(?:ken)?|kennismakingsgesprek\w*|aanstelling|dienstverband|opdrachtgever|intercedent|"
             r"selectiecommissie|sollicitatiecommissie|benoemingsadviescommissie|promovendus|postdoc|"
             # graduation internships and their coordinators; a portfolio the reader sent in
             r"afstudeerstage\w*|afstudeerplek\w*|afstudeerplaats\w*|afstudeeropdracht\w*|meewerkstage\w*|snuffelstage\w*|"
             r"stagecoordinator\w*|stagebureau|(?:je|jouw|uw) portfolio|"
             # temporary and student staff
             r"stageaanvra\w*|(?:sollicitatie|selectie)?procedure (?:met|voor) (?:jou|je|u)|referentiecheck\w*|"
             r"invalkracht\w*|invaller\w*|hulpkracht\w*|vakantiekracht\w*|uitzendkracht\w*|werkstudent\w*"
             r"|zaterdaghulp\w*|"
             # a selection's own stages and bureau; "sollicitatie" as a hurried writer types it ("solliciatie")
             r"selectieproef\w*|selectietest\w*|selectiegesprek\w*|selectiebureau|soll?ic+i?t?a?t?ie|solli|"
             # the verb in its other forms ("merci om te solliciteren"), a shadowing day, a temping office, a school's
             # interim post: each names the reader's post in a person-written note that has no other job noun
             r"solliciteren|gesolliciteerd|meeloopdag\w*|praktijkopdracht\w*|seizoenswerk\w*|seizoensarbeid\w*|plukkers|"
             # the plain titles of a short note's post ("geen contract als huishoudhulp")
             r"huishoudhulp\w*|poetshulp\w*|keukenhulp\w*|hulpkok\w*|afwasser\w*|zorgkundige\w*|magazijnier\w*|orderpicker\w*|"
             r"persoonlijkheidstest\w*|"
             # a kitchen's and a bar's posts ("we zien je niet als souschef")
             r"souschef\w*|sous-chef\w*|kelner\w*|serveerster\w*|barkeeper\w*|bartender\w*|afwashulp\w*|"
             # a recruiter's screening call
             r"screeningsgesprek\w*|telefonische screening|belscreening|"
             r"praktijkproef\w*|praktijktest\w*|selectieprocedure\w*|wervingsprocedure\w*|aanwervingsprocedure\w*|uitzendkantoor\w*|interimkantoor\w*|interimopdracht\w*|interimjob\w*")

# Those of them that name a post unmistakably, even without "sollicitatie" in the mail: a trial day or a test
# assignment at the employer, student and holiday jobs, an internship place, a Flemish hiring freeze.
STRONG_WORDS = (r"proefdag\w*|proefopdracht\w*|praktijkopdracht\w*|praktijkproef\w*|proefdraai\w*|jobstudent\w*|studentenjob\w*|vakantiejob\w*|vakantiewerk|"
                # a selection's capacity test ("de resultaten van de capaciteitentest waren niet voldoende")
                r"capaciteitentest\w*|"
                # a public employer's computer test and the profile a post is judged by ("onvoldoende aansluiten bij het
                # functieprofiel", "niet voldoen aan de functievereisten"): words of a post only
                r"computergestuurde screening|functieprofiel\w*|functievereiste\w*|functie-eisen|"
                # a university's paid doctoral post (Flemish "doctoraatsbursaal", Dutch "promotieplaats")
                r"doctoraatsbursa\w*|promotieplaats\w*|"
                # a formal letter's post ("de betrekking van schoolsecretaris"; not "met betrekking tot", a relation; no
                # leading article: "de" or "een" first would make every Dutch text a place to try)
                r"betrekking (?:van|als)|vacante betrekking\w*|"
                # an agency putting the reader forward to its client ("ik kan je niet voorstellen bij de klant"; "bij" only:
                # a colleague is introduced "aan de klant" at a meeting)
                r"(?:voorstellen|voor te stellen|voordragen|voor te dragen) bij (?:de|onze|mijn|deze) klant|"
                # holiday and Saturday staff, a post as plain as a holiday job ("iemand die al als vakantiekracht meedraaide")
                r"vakantiekracht\w*|zaterdaghulp\w*|"
                # an interim bureau's professionals ("gegund aan een andere interim-professional")
                r"interim-?manager\w*|interim-?professional\w*|interimmanagement|"
                # the reader not seen in a named post ("we zien je helaas niet als souschef bij ons")
                r"(?:je|jou|u) (?:helaas |dus |echt )?niet als [a-z-]+ (?:bij ons|in ons team|in het team)\b|"
                r"stageplek\w*|stageplaats\w*|aanwervingsstop|interimopdracht\w*|interimjob\w*|wervingsreserve\w*|selectiegesprek\w*|seizoenswerk\w*|seizoensarbeid\w*|"
                # hiring said with a verb, a person its object: "we hebben besloten je niet aan te nemen", "ik ga je niet
                # aannemen", "... een ander aan te nemen" (each a literal first: this runs at every word of every mail)
                r"(?:je|jou|u) niet (?:aan te nemen|aannemen|aan te werven|aanwerven|aan te stellen|aanstellen)|(?:een ander|iemand anders) "
                r"(?:aan te nemen|aan te werven)")
JOB_WORDS += "|" + STRONG_WORDS

# --- recall probe (round 8 of the audit): variants another writer uses for decisions already covered ------------
# The post given away in other words, the other person found in the passive or ranked above, and an agency that
# will not put the reader forward. Each asks for the job side (a post, the others) in the sentence itself.
_NL_PLACES = r"(?:stage|leer|werk|opleidings|bbl-|leerwerk)?(?:plaatsen|plekken)"

DECISIONS += [
    fam("grammatica: de plek vergeven / de werving gestopt (varianten)", 3.5,
        ("invullen", "vervullen", "vergeven", "bezet", "ingevuld", "vervuld", "in te trekken", "te schrappen", "stoppen",
         "staken", "stop te", "te beeindigen", "af te blazen"),
        # "we hebben de openstaande positie inmiddels kunnen invullen", "alle stageplaatsen zijn al vergeven"
        r"\b(?:hebben|heeft) (?:we |wij )?(?:de|deze|die|onze) (?:\w+ )?(?:vacature|functie|positie|plek|rol|baan) (?:\w+ ){0,2}"
        r"kunnen (?:invullen|vervullen|opvullen)\b",
        rf"\balle {_NL_PLACES} (?:zijn|werden) (?:\w+ ){{0,2}}(?:vergeven|bezet|ingevuld|vervuld)\b",
        # ...the verb before the places, the places named for whom: "zijn alle plaatsen voor jobstudenten deze zomer al ingevuld"
        rf"\b(?:zijn|werden) (?:\w+ )?alle {_NL_PLACES} (?:voor (?:\w+ ){{1,2}})?(?:\w+ ){{0,3}}(?:vergeven|bezet|ingevuld|vervuld|"
        r"volzet)\b",
        # "we hebben besloten de vacature in te trekken", "we stoppen de werving voor deze functie"
        r"\b(?:besloten|besluiten|moeten) (?:om )?(?:de|deze|onze) (?:vacature|functie|positie) (?:\w+ )?(?:in te trekken|te schrappen|"
        r"niet (?:meer )?in te vullen)\b",
        r"\b(?:we|wij) (?:stoppen|staken|beeindigen) (?:\w+ )?(?:de|onze) (?:werving|wervingsprocedure|selectieprocedure)\b",
        r"\b(?:besloten|besluiten|moeten) (?:om )?(?:de|deze|onze) (?:werving|wervingsprocedure|selectieprocedure) (?:\w+ ){0,4}"
        r"(?<!tijdelijk )(?<!voorlopig )(?<!even )(?:stop te zetten|te stoppen|te staken|te beeindigen|af te blazen)\b"),
    fam("grammatica: een ander gevonden of sterker (varianten)", 4.0,
        ("gevonden", "gevallen op", "sterker", "beter", "meer ervaring", "relevanter", "geschikter"),
        # "er is inmiddels een geschikte kandidaat gevonden", "de keuze is gevallen op een interne kandidaat"
        r"\b(?:er is|is er) (?:\w+ ){0,2}(?:iemand|een (?:geschikte|passende|andere|nieuwe) (?:kandidaat|sollicitant|persoon|collega)) "
        r"gevonden\b",
        r"\bkeuze\b[^.!?;]{0,20}\bgevallen op (?:een |de )?(?:interne|externe) (?:kandidaat|sollicitant|collega|medewerker)\b",
        # "we hebben kandidaten gevonden die meer ervaring hebben", "andere kandidaten hadden een sterker profiel"
        r"\b(?:kandidaten|sollicitanten) gevonden (?:die|met|wiens|wier)\b|"
        r"\been (?:betere|sterkere|passendere) (?:match|kandidaat|kandidate|sollicitant|fit) (?:\w+ )?gevonden\b",
        r"\bandere (?:kandidaten|sollicitanten)\b[^.!?;]{0,30}\b(?:sterker|beter|meer ervaring|relevanter|geschikter)\b"),
    fam("grammatica: niet voorgedragen / niet in deze rol / geen plek in de volgende ronde (varianten)", 4.0,
        ("voldoende", "geen plek", "geen plaats", "voordragen", "voor te dragen", "voorstellen", "voor te stellen",
         "presenteren", "niet in", "verkozen"),
        r"\bniet met (?:voldoende|een voldoende) (?:resultaat|score) (?:\w+ )?(?:afgerond|afgelegd|doorlopen|gemaakt)\b",
        r"\bvoor (?:jou|je|u) geen (?:plek|plaats) (?:meer )?(?:in|bij|binnen) (?:de|het|ons|onze)\b",
        # an agency that will not put the reader forward: "we gaan je niet voordragen bij onze opdrachtgever"
        r"\b(?:je|jou|u) (?:\w+ ){0,2}niet (?:\w+ )?(?:voordragen|voor te dragen|voorstellen|voor te stellen|presenteren) "
        r"(?:bij|aan) (?:de|onze|jullie|deze) (?:opdrachtgever|klant|werkgever)\b",
        r"\b(?:(?:zien|zie|zagen) (?:we|wij|ik)|(?:we|wij|ik) (?:zien|zie|zagen)) (?:je|jou|u) (?:\w+ ){0,2}niet in (?:deze|die|de) "
        r"(?:rol|functie|positie|baan)\b",
        r"\b(?:je|u) (?:bent|werd) (?:helaas )?niet verkozen (?:voor|als)\b"),
]


# The reader's own application named by its parts: the letter, the portfolio, the test assignment, the visit.
YOURS_WORDS = (r"(?:je|jouw|uw) (?:\w+ )?(?:motivatie\w*|sollicitatiebrief|brief|portfolio|proefopdracht|kandidatuur|open sollicitatie|"
               r"kennismaking|proefdag)|"
               # the word misspelled by a hurried writer ("we hebben jouw solicitatie bekeken")
               r"(?:je|jouw|uw) soll?ic+i?t?a?t?ie|"
               # thanks for applying, the reader's own step: "merci om te solliciteren", "ge hebt bij ons gesolliciteerd"
               r"(?:bedankt|merci|dank|dank je|dank u) (?:\w+ )?(?:om te solliciteren|voor het solliciteren)|"
               r"(?:je|jij|u|ge|gij) (?:hebt|heeft|had|zijt|bent) (?:\w+ ){0,3}gesolliciteerd|"
               # "de functie waarop u solliciteerde", "de job waarvoor ge gesolliciteerd hebt"
               r"(?:waarop|waarvoor) (?:je|jij|u|ge|gij) (?:\w+ )?(?:solliciteerde|solliciteerdet|gesolliciteerd|reageerde|"
               r"gereageerd)|"
               # the reader's trial day or selection day, and a reply to the reader's own mail about a post
               r"(?:tijdens|na|op|voor) (?:de|je|jouw|uw) (?:proefdag|meeloopdag|proefles|kennismakingsdag|selectiedag|assessmentdag)|"
               r"re: (?:\w+ )?(?:stage|stageplek|stageplaats|sollicitatie|vacature|bijbaan|vakantiejob|"
               # (a reply about the small post the reader asked after: "Re: keukenhulp", "Re: zaterdagbaan")
               r"studentenjob|zaterdagbaan|vakantiewerk|keukenhulp|zaterdaghulp|afwasser)|"
               r"(?:de |je |jouw |uw )?(?:sollicitatie|selectie)?procedure (?:met|voor) (?:jou|je|u)|(?:je|jouw|uw) stageaanvra\w*|"
               r"(?:sollicitatie|selectie)traject (?:\w+ ){0,5}met (?:jou|je|u)\b|"
               # the reader's part in a selection: "daarmee eindigt je deelname aan deze selectie"
               r"(?:je|jouw|uw) deelname aan (?:de|deze|het|onze) (?:\w+ )?(?:selectie\w*|sollicitatie\w*"
               r"|wervingsprocedure|assessment)|"
               r"(?:je|jouw|uw) aanmelding (?:voor|als|bij) (?:de |een |het )?(?:\w+ )?(?:stage|stageplek|stageplaats|functie|vacature|bijbaan|"
               r"vakantiejob|job|baan|leerwerkplek)")

# Look-alikes in Dutch words (merged into every language's shared look-alikes). Names of their own: a shared name
# would also replace the shared family as the marker of a category in ``phrases.CATEGORIES``.
LOOKALIKES: list[Family] = [
    fam("look-alike: silence by a deadline means no, nothing is decided yet (nl)", -5.0, ("niets", "niks", "geen", "hoort", "hoor", "horen", "gehoord"),
        r"\b(?:heb|hebt|heeft|hoor|hoort|ontvang|ontvangt|krijg|krijgt|als|indien|wanneer|mocht|mochten) (?:je|u|jij) (?:\w+ ){0,6}"
        r"(?:niets|niks|geen (?:bericht|reactie|antwoord)) (?:\w+ ){0,3}(?:gehoord|vernomen|ontvangen|gekregen|horen|hoort)\b",
        # ...or "niet ... van ons hoort": "als u niet binnen 14 dagen van ons hoort, is uw sollicitatie niet weerhouden"
        # (not a wish: "als u niet meer van ons wilt horen, laat het ons weten")
        r"\b(?:als|indien|wanneer|mocht|mochten) (?:je|u|jij) (?:\w+ ){0,4}niet (?:(?!wil\w*|wens\w*)\w+ ){0,4}(?:van ons )?(?:hoort|hoor|"
        r"horen|gehoord hebt|gehoord heeft)\b"),
    fam("look-alike: a negative outcome announced for a condition (nl)", -5.0, ("als ", "indien", "wanneer", "mocht", "zolang", "zo niet",
                                                                                  "zo nee", "zoniet", "lukt dat niet", "het geval", "dan ",
                                                                                  "anders ", "zodra"),
        # the outcome first, its condition after: "we nodigen je niet uit als je niet in Nederland mag werken"
        r"\bniet (?:\w+ ){0,3}(?:uitnodigen|uit te nodigen|aannemen|aan te nemen|meenemen|in behandeling nemen|verder)\b"
        r"[^.!?;]{0,10} (?:als|indien|wanneer|zolang) (?:je|jij|u) (?:\w+ ){0,4}(?:niet|geen)\b",
        r"\b(?:als|indien|wanneer|mocht|mochten) (?:je|jouw|uw|u|jij) (?:\w+ ){0,4}(?:niet (?:\w+ ){0,2}(?:geselecteerd|gekozen|uitgenodigd|"
        r"aangenomen|aansluit\w*|past|passen|door\w*|verder\w*|in aanmerking|weerhouden|toegelaten)|(?:\w+ )?afgewezen)\b|\b(?:heb|hebt|heeft) (?:je|u|jij) (?:\w+ ){0,2}geen interesse\b",
        # ...of the reader's fit, the verb first: "sluit je profiel niet aan, dan gaan we niet verder met je sollicitatie"
        r"(?:^|[.!?;:] )(?:sluit|past|passen|voldoe|voldoet|voldoen|matcht|lukt) (?:je|jij|u|jouw|uw|het|de|deze) [^.!?;,]{0,60}"
        r"\b(?:niet|geen|onvoldoende)\b[^.!?;,]{0,30}, (?:dan|daarna)\b",
        # the condition said by the verb first: "word je niet weerhouden, dan krijg je een e-mail"
        r"\b(?:word|wordt|ben|bent|kom|komt|val|valt) (?:je|jij|u) (?:\w+ ){0,2}(?:niet (?:\w+ )?(?:geselecteerd|gekozen|uitgenodigd|aangenomen|"
        r"weerhouden|door\w*)|afgewezen|afgevallen)\b[^.!?;]{0,20}, (?:dan|daarna)\b",
        # the outcome of not doing something: "rond de test binnen vijf dagen af, anders kunnen we je niet meenemen"
        r"\banders (?:kunnen|kan|zullen|zal|moeten|gaan|nemen) (?:we|wij|ik) (?:\w+ ){0,3}niet\b",
        # the condition in its own clause, the consequence after the comma: "als je de test niet invult, kunnen we ..."
        r"\b(?:als|indien|wanneer|mocht|mochten|zolang) (?:je|jij|u|we|wij|ik) (?:\w+ ){0,8}(?:niet|niets|niks|geen \w+) (?:\w+ ){0,3}\w+, (?:dan )?(?:kunnen|zullen|moeten|gaan|kan|zal|"
        r"nemen|sluiten) (?:we|wij|ik)\b",
        r"\b(?:als|indien|wanneer|mocht|mochten) (?:de|het|onze|ons) (?:\w+ ){1,6}niet (?:\w+ ){0,4}\w+, (?:dan )?(?:laten|hoor|hoort|"
        r"krijg|krijgt|ontvang|ontvangt|sturen|stuur|zullen|kunnen|gaan|bellen|mailen|informeren|berichten) (?:we|wij|ik|je|u|jij)\b",
        # the condition said as "if not": "laat het voor vrijdag weten? zo niet, dan gaan we niet verder"
        r"\b(?:zo niet|zo nee|zoniet|indien niet|lukt dat niet|is dat niet het geval),? (?:dan )?(?:kunnen|zullen|moeten|gaan|kan|zal|nemen|sluiten) "
        r"(?:we|wij|ik)\b",
        # a choice announced for a condition: "als we kiezen voor een andere kandidaat, laten we het je weten"
        r"\b(?:als|indien|wanneer|mocht|mochten) (?:we|wij|ik) (?:\w+ ){0,4}(?:kiezen|kies|gaan|besluiten|beslissen|besloten|gekozen) (?:\w+ ){0,4}"
        r"(?:voor|met|om) (?:een |de )?(?:andere?|iemand|niet)\b",
        # ...with the verb last: "als we voor iemand anders gaan, laten we het je weten"
        r"\b(?:als|indien|wanneer|mocht|mochten) (?:we|wij|ik) (?:\w+ ){0,3}(?:voor|met) (?:een |de )?(?:andere?|iemand) (?:\w+ ){0,2}"
        r"(?:kiezen|gaan|doorgaan|verdergaan)\b",
        # the consequence after a semicolon: "als je geen interesse meer hebt, hoef je niets te doen; dan sluiten we ..."
        r"[;:] ?dan (?:sluiten|stoppen|beeindigen|archiveren) (?:we|wij|ik)\b|[;:] ?dan (?:gaan|kunnen) (?:we|wij|ik) (?:\w+ )?niet (?:verder|door)\b",
        # the decision itself in a clause of condition, a main clause after its comma: "ook als we niet verder gaan met je
        # sollicitatie, krijg je altijd bericht", "wanneer we je niet uitnodigen, hoor je dat binnen twee weken"
        r"\b(?:als|indien|wanneer|mocht|mochten|zodra) (?:we|wij|ik|ze|zij) (?:\w+ ){0,3}niet (?:\w+ ){0,2}(?:verder|door|uitnodigen|"
        r"uit te nodigen|aannemen|meenemen|kiezen)\b[^.!?;,]{0,60}, (?:(?:dan|krijg|krijgt|hoor|hoort|ontvang|ontvangt|laten|sturen|"
        r"bellen|mailen)\b)"),
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0, ("met hem", "met haar", "afwijzing",
                                                                                              "jij hem", "jij haar", "u hem",
                                                                                              "u haar", "jouw vacature",
                                                                                              "uw vacature", "voor je gevonden",
                                                                                              "voor jou gevonden",
                                                                                              "voor u gevonden",
                                                                                              "voor jullie gevonden",
                                                                                              "voor je geselecteerd",
                                                                                              "voor jou geselecteerd",
                                                                                              "voor u geselecteerd"),
        # "stuur jij hem een afwijzing?", "bel jij haar even?"
        r"\b(?:stuur|mail|geef|bel|laat) (?:jij|je|u) (?:hem|haar|hen|de kandidaat|de kandidate|de sollicitant) (?:\w+ )?(?:een afwijzing|"
        r"de afwijzing|af|even|op|weten)\b",
        # the reader's own vacancy: "jouw vacature is ingevuld: we hebben een kandidaat voor je gevonden" (an agency to its
        # client)
        r"\b(?:jouw|uw) (?:openstaande )?vacature (?:is|werd|wordt) (?:\w+ )?(?:ingevuld|vervuld)\b|"
        r"\b(?:kandida\w*|sollicitant\w*) voor (?:je|jou|u|jullie) (?:gevonden|geselecteerd)\b",
        r"\bverder met (?:hem|haar)\b|\bmet (?:hem|haar) (?:\w+ )?verder (?:te )?(?:gaan|gaat)\b|\b(?:kun|kan|wil|zou|wilt|kunt) (?:jij|je|u) (?:\w+ ){0,4}(?:een|de) afwijzing (?:\w+ )?(?:sturen|mailen|geven)\b"),
    # "met je" names the reader, but "met je zoon", "met je voorstel", "met jouw team" name someone or something of theirs:
    # the decision is about that person or that deal (the reader as a parent, a referrer, a supplier, a manager)
    fam("look-alike: not the reader but someone or something of theirs (nl)", -5.0,
        ("met je ", "met jouw ", "met uw ", "met jullie "),
        r"\b(?:verder|door)(?: te gaan| gaan| gegaan)? met (?:je|jouw|uw|jullie) (?:\w+ )?(?:zoon|dochter|kind|kinderen|neef|nicht|broer|"
        r"zus|vriend|vriendin|vrienden|partner|man|vrouw|vader|moeder|ouders|kennis|buurman|buurvrouw|collega'?s?|"
        r"leerling\w*|cursist\w*|client\w*|klant\w*|team|afdeling|bureau|bedrijf|organisatie|firma|offerte|voorstel|project|"
        r"plan|plannen|idee|product|ontwerp|app|platform|software|website|dienst|diensten|club|vereniging|stichting|"
        r"school|mentee|pupil|"
        # ...or a matter of the reader's that is no application: a question, a complaint, an address, a course, an order
        # ("we kunnen niet verder met je vraag over parkeren", "niet verder met uw oude e-mailadres", "... je opleiding")
        r"vraag|vragen|verzoek|klacht|e-?mailadres|adres|account|opleiding|studie|cursus|training|coaching|bestelling|"
        r"abonnement|lidmaatschap|factuur|betaling|declaratie|hypotheek\w*|lening|woning|verbouwing|werkgever|scriptie)\b",
        r"\bmet (?:je|jouw|uw|jullie) (?:\w+ )?(?:zoon|dochter|kind|neef|nicht|broer|zus|vriend|vriendin|partner|offerte|voorstel|"
        r"project|team|bureau|bedrijf) (?:\w+ ){0,3}niet (?:meer )?(?:verder|door)\b",
        # the reader as a supplier or a business partner: "wij gaan niet verder met u als leverancier"
        r"\b(?:verder|door)(?: te gaan| gaan| gegaan)? met (?:u|jou|jullie) als (?:\w+ )?(?:leverancier|partner|aanbieder|"
        r"dienstverlener|[a-z]*bureau|huurder|klant|lid)\b"),
    # The verbs of "grammatica: niet verder" ("niet aanbieden", "niet meenemen", "niet voortzetten", "niet aannemen") put their
    # object before the negation; when that object is a thing or another person, nothing of the reader's is refused: "je
    # vakantiedagen kunnen we niet meenemen", "de cursus ... kunnen we niet aanbieden", "je vriend Tom kunnen we niet
    # aannemen" (not when the reader stands right before "niet": "na de training hebben we besloten je niet aan te nemen")
    fam("look-alike: the thing or person refused is not the reader (nl)", -5.0,
        ("meenemen", "mee te nemen", "voortzetten", "voort te zetten", "verderzetten", "verder te zetten", "aanbieden",
         "aan te bieden", "aannemen", "aan te nemen", "uitnodigen", "uit te nodigen"),
        # (not a noun after a preposition, "na de workshop", nor one before the application itself: "... de procedure niet
        # voort te zetten")
        r"(?<!\bna )(?<!\btijdens )(?<!\bvoor )(?<!\bbij )(?<!\bin )(?<!\bop )(?<!\bdoor )(?<!\bmet )(?<!\bover )"
        r"\b(?:je|jouw|uw|de|het|deze|die|dit|dat|onze|ons|hun|zijn|haar|een)(?: \w+)? (?:vakantiedag\w*|verlof\w*|vrije dagen|"
        r"overuren|cursus\w*|training\w*|workshop\w*|reiskosten\w*|vergoeding\w*|bonus\w*|leaseauto\w*|laptop\w*|telefoon|"
        r"project\w*|samenwerking|abonnement\w*|korting\w*|pilot|product\w*|bestelling\w*|teamlid|teamleden|collega'?s?|vriend|"
        r"vriendin|vrienden|zoon|dochter|neef|nicht|broer|zus|partner|kennis|kandidaat|kandidate|sollicitant\w*|stagiair\w*)\b"
        r"(?:(?!\b(?:je|jou|u)\b(?: \w+){0,2} niet\b|\b(?:de|je|jouw|uw) (?:\w+)?(?:procedure|sollicitatie|kandidatuur|"
        r"selectie)\b)[^.!?;]){0,60}\bniet (?:\w+ ){0,3}(?:meenemen|mee te nemen|voortzetten|"
        r"voort te zetten|verderzetten|verder te zetten|aanbieden|aan te bieden|aannemen|aan te nemen)\b",
        # an event the reader is not invited to: "voor de open dag kunnen we je niet uitnodigen, die is vol"
        rf"\b(?:voor|op|bij|naar) (?:de|het|onze|ons) {_NL_EVENT}\b(?: \w+){{0,5}} niet (?:\w+ )?(?:uitnodigen|uit te nodigen)\b|"
        rf"\bniet (?:\w+ )?(?:uitnodigen|uit te nodigen) (?:voor|op|bij|naar) (?:de|het|onze|ons) {_NL_EVENT}\b"),
    # The reader is already hired or chosen: a mentor or a buddy chosen for their first weeks, "we hebben voor jou gekozen"
    fam("look-alike: the reader already chosen: a mentor, the first weeks, an offer (nl)", -5.0,
        ("gekozen als", "aangesteld als", "aangewezen als", "geselecteerd als", "gevraagd als", "gekozen tot", "aangesteld tot",
         "aangewezen tot", "inwerk", "traineeship", "je eerste", "jouw eerste", "uw eerste", "onboarding", "proeftijd",
         "voor jou", "voor u"),
        # (the reader's mentor, not a post of that name: "een andere kandidaat gekozen als begeleider" may be a no to a carer)
        rf"\b(?:gekozen|aangesteld|aangewezen|geselecteerd|gevraagd) (?:als|tot) (?:(?:je|jouw|uw) (?:nieuwe )?{_NL_GUIDE}\b|"
        rf"{_NL_GUIDE} voor (?:je|jou|u|jouw|uw)\b)",
        r"\b(?:voor|tijdens|in) (?:je|jouw|uw) (?:inwerkperiode|inwerktraject|traineeship|eerste (?:werkdag|werkdagen|dag|dagen|"
        r"week|weken|maand)|onboarding|proeftijd)\b",
        # "we hebben voor jou gekozen!" (not "niet voor jou gekozen", nor "we hadden graag voor jou gekozen")
        r"\b(?:gekozen|kozen|koos) (?:(?!niet\b)\w+ )?voor (?:jou|u)\b(?! (?:als (?:reserve|tweede)|niet)\b)|"
        r"(?<!niet )(?<!graag )\bvoor (?:jou|u) (?:\w+ )?gekozen\b(?! (?:hadden|zouden|had)\b)"),
    fam("look-alike: no further than a limit, a term refused, an earlier no taken back (nl)", -5.0,
        ("niet verder", "opnieuw", "weer open", "weer vrij", "weer beschikbaar", "alsnog", "afgehaakt", "afgezegd",
         "teruggetrokken", "maar nu", "maar deze keer", "maar dit keer", "maar inmiddels", "aanbieden", "aan te bieden"),
        # "no further than": a limit, not an end ("we kunnen niet verder gaan dan 4000 euro", "je niet verder aannemen dan
        # tot 1 juli") (not "met ...": the application is the object; not "niet verder gekomen dan de eerste ronde", a stage
        # the reader did not pass)
        r"\bniet verder (?:(?!met\b|gekomen\b|komen\b|komt\b|kwam\b|kwamen\b|geraakt\b)\w+ ){0,2}dan\b",
        # a term of the offer refused, not the reader: "de functie kunnen we niet parttime aanbieden", "niet in Utrecht
        # aanbieden, alleen in Breda" (the term named: "niet aanbieden, wel wensen we je succes" is a no)
        r"\bniet (?:parttime|fulltime|voltijds|deeltijds|in deeltijd|in voltijd|op afstand|remote|thuis|vast|"
        r"in (?!ons\b|onze\b|het\b|de\b|dienst\b)[a-z]+|voor \d+ uur) (?:\w+ )?(?:aanbieden|aan te bieden)\b",
        # an earlier no superseded: "de functie is opnieuw vrijgekomen", "de gekozen kandidaat is afgehaakt", "wil je alsnog
        # op gesprek komen?" (not a post that may come free later: "volgend jaar komt de functie weer vrij")
        r"\b(?:vacature|functie|positie|rol|baan|job|plek|plaats)\b[^.!?;]{0,30}\b(?:is|staat) (?:\w+ )?(?:opnieuw|weer) "
        r"(?:open|vrij|vrijgekomen|beschikbaar|opengesteld)\b|"
        r"\b(?:is|staat) (?:de|deze|die|onze|het) (?:vacature|functie|positie|rol|baan|job|plek|plaats) (?:\w+ )?(?:opnieuw|weer) "
        r"(?:open|vrij|vrijgekomen|beschikbaar|opengesteld)\b",
        r"\b(?:gekozen|andere|geselecteerde) (?:kandidaat|kandidate|sollicitant|persoon)\b[^.!?;]{0,30}\b(?:is|heeft) (?:\w+ )?"
        r"(?:afgehaakt|afgezegd|teruggetrokken|zich teruggetrokken)\b",
        # "in je eerdere sollicitatie gingen we niet verder, maar nu zien we een betere match"
        r"\b(?:eerdere|vorige|destijds|toen)\b[^.!?;]{0,60}\b(?:niet (?:\w+ )?(?:verder|door)|afgewezen|andere kandidaat)\b"
        r"[^.!?;]{0,40}\bmaar (?:nu|deze keer|dit keer|inmiddels)\b",
        r"(?<!niet )\balsnog (?:op gesprek|(?:\w+ )?uit (?:te )?nodigen|uitnodigen|kennismaken|kennis (?:te )?maken|in gesprek)\b"),
    fam("look-alike: a double negation, no reason not to (nl)", -5.0, ("geen reden", "geen bezwaar", "geen enkele reden", "niet dat",
                                                                 "want ", "omdat ", "niet afgewezen", "niet alleen",
                                                                 "ook al", "hoewel", "ondanks dat", "niet zomaar"),
        r"\bgeen (?:enkele )?(?:reden|bezwaar)\b[^.!?;]{0,30}\bniet\b",
        # "not only ... but also": "je profiel past niet alleen bij deze functie, maar ook bij onze vacature in Gent"
        r"\b(?:past|passen|sluit|sluiten|voldoe\w*|geschikt)\b (?:\w+ )?niet alleen\b[^.!?;]{0,80}\bmaar ook\b",
        # a rejection denied: "we hebben je sollicitatie niet afgewezen, zoals je dacht"
        r"\b(?:hebben|heeft|hebt|is|werd|bent|ben) (?:(?:je|jouw|uw|u|jij|de|het|deze) )?(?:\w+ ){0,2}niet afgewezen\b(?! (?:om|omdat)\b)",
        # ...or ruled out: "we kunnen je sollicitatie niet zomaar afwijzen zonder gesprek"
        r"\bniet zomaar (?:\w+ )?(?:afwijzen|af te wijzen|afgewezen|laten gaan|naast ons neerleggen)\b",
        # the reason given is a wish to meet or another post the reader goes on for: "we sturen je sollicitatie niet
        # door naar Gent, want we willen je zelf spreken", "... gaat niet verder, want je bent al door naar de functie X"
        r"\bniet (?:\w+ )?(?:verder|door)\b[^.!?;]{0,60}\b(?:want|omdat|aangezien) (?:we|wij|ik) (?:willen |wil )?(?:je|jou|u) "
        r"(?:(?!niet\b)\w+ ){0,2}(?:spreken|uitnodigen|ontmoeten|aannemen|zien|houden)\b|"
        r"\bniet (?:\w+ )?(?:verder|door)\b[^.!?;]{0,60}\b(?:want|omdat|aangezien|nu) (?:je|jij|u) (?:\w+ ){0,3}(?:door (?:bent )?naar|"
        r"aangenomen|geselecteerd|gekozen|uitgenodigd) (?:\w+ ){0,3}(?:functie|vacature|rol|positie|baan|job)\b",
        r"\b(?:betekent|betekende|wil zeggen|houdt in) (?:\w+ ){0,2}niet dat (?:we|wij) (?:\w+ ){0,3}niet (?:verder|door|met (?:je|jou|u) verder)\b",
        # a weakness conceded beside a wish to meet: "... wil je graag ontmoeten, ook al past je ervaring niet helemaal"
        r"\b(?:wil|willen|zou|zouden) (?:je|jou|u) (?:\w+ )?graag (?:ontmoeten|spreken|leren kennen|uitnodigen)\b[^.!?;]{0,10}, "
        r"(?:ook al|hoewel|ondanks dat)\b|\b(?:ook al|hoewel|ondanks dat)\b[^.!?;]{0,80}, (?:willen|wil|zouden|gaan) (?:we|wij|ik|hij|zij|ze) "
        r"(?:je|jou|u) (?:\w+ )?graag (?:ontmoeten|spreken|leren kennen|uitnodigen)\b"),
    fam("look-alike: the sender tells of their own rejection", -4.0, ("ik ", "mijn sollicitatie"),
        r"\b(?:ik ben|ik was|ik werd|ben ik|werd ik|mijn sollicitatie)\b[^.!?;]{0,40}\b(?:afgewezen|niet aangenomen|niet geselecteerd|"
        r"niet gekozen|buiten de boot|niet door)\b|\bniet (?:meer |langer )?(?:verder|"
        r"door) (?:\w+ )?met mijn (?:sollicitatie|kandidatuur)\b|"
        r"\b(?:afgewezen|afwijzing)\b[^.!?;]{0,30}\bmijn (?:sollicitatie|kandidatuur)\b|\bik heb (?:de|die|deze|het|"
        r"hem|'m) (?:\w+ ){0,8}niet gekregen\b|"
        r"\bkreeg ik (?:de|die|deze|het|hem|'m) (?:\w+ ){0,8}niet\b|\bik (?:ben|werd) (?:het|hem|'m) (?:\w+ ){0,2}niet geworden\b"),
    fam("look-alike: withdrawal by the candidate (nl)", -5.0,
        ("intrek", "ingetrokken", "terugtrek", "teruggetrokken", "te trekken", "besloten", "wil", "wens", "wou", "aanneemt", "annuler",
         "aanvaardt", "accepteert", "afwijst", "afslaat", "afgewezen", "afgeslagen", "aangegeven", "laten weten",
         "vraag", "verzoek", "zoals", "afmelding", "afhaak", "afgehaakt", "afziet", "nieuwe", "huidige", "respect",
         "begrij", "begrep", "snap", "verwittig", "doorgeven", "melden", "eerlijke", "gevonden", "aangenomen",
         "aanvaard",
         "account", "ik ", "vroeg", "gevraagd", "verzocht", "elders", "neemt", "overgenomen", "werk niet meer", "kies",
         "koos", "gekozen", "overleg", "liever", "bedacht", "gaf ", "liet ", "ok dat", "oke dat", "okay dat", "prima dat",
         "probleem dat", "goed dat", "punt dat", "andere job", "andere baan", "nieuwe job", "nieuwe baan"),
        # (a reference in brackets between: "je sollicitatie voor X (ref. 2025-0612) hebt ingetrokken")
        r"\b(?:je|jouw|uw|mijn) (?:sollicitatie|kandidatuur) (?:[\w-]+ |\([^()]{0,40}\) ){0,5}(?:in|terug)(?:getrokken|trekt|trek)\b|"
        # ...the infinitive not as a template's offer ("wil je je sollicitatie intrekken? ga naar je kandidatenportaal",
        # "je kunt je sollicitatie op elk moment intrekken via je account": a footer under any mail, a rejection's too)
        r"(?<!wil je )(?<!wilt u )(?<!kun je )(?<!kunt u )(?<!kan je )(?<!kan u )(?<!je kunt )(?<!u kunt )(?<!je kan )(?<!u kan )(?<!of )"
        r"\b(?:je|jouw|uw|mijn) (?:sollicitatie|kandidatuur) (?:[\w-]+ ){0,4}(?:in|terug)(?: te )?trekken\b(?![^.!?;]*\?)"
        r"(?![^.!?;]{0,60}\b(?:via (?:je|jouw|uw|het|de|ons) |stuur|mail ons|klik|ga naar|log in|inloggen|neem contact)\b)|"
        r"\b(?:intrekken|terugtrekken) van (?:je|jouw|uw|mijn) (?:sollicitatie|kandidatuur)\b",
        r"\b(?:je|jij|u|ge|gij) (?:\w+ )?niet (?:langer |meer )?(?:verder|door) (?:wilt|wil|wenst|wou|wilde|wenste)\b|"
        r"\b(?:je|jij|u|ge|gij) (?:\w+ )?niet (?:langer |meer )?(?:wilt|wil|wenst|wou|wilde|wenste) (?:te )?(?:verder|door)\b|"
        # the verb before the negation (Flemish and spoken order): "ge wilt niet verder met uw kandidatuur"
        r"\b(?:je|jij|u|ge|gij) (?:wilt|wil|wenst|wou|wilde|wenste) (?:\w+ )?niet (?:langer |meer )?(?:verder|door)\b|"
        # ...the application its object: "omdat jij je kandidatuur niet wilde doorzetten"
        r"\b(?:jij|je|u|ge|gij) (?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:\w+ )?niet (?:langer |meer )?(?:wilt|wil|wenst|wou|wilde|"
        r"wenste) (?:doorzetten|voortzetten|verderzetten|door te zetten|voort te zetten)\b|"
        # the reader chose another post: "we begrijpen dat je kiest voor de andere baan"; a reply under the reader's own
        # subject "Intrekken sollicitatie"
        r"\b(?:je|jij|u|ge) (?:\w+ )?(?:kiest|koos|hebt gekozen|heeft gekozen|gaat|ging) (?:\w+ )?voor (?:de|een|die|het|je|jouw|uw) "
        r"(?:andere|nieuwe) (?:baan|job|functie|werkgever|aanbod|aanbieding|rol|positie|plek|werkplek)\b|"
        r"\bre: (?:\w+ )?(?:intrekken|intrekking|terugtrekken|terugtrekking|annuleren|annulering) (?:van )?(?:mijn |de )?"
        r"(?:sollicitatie|kandidatuur)\b|"
        # the reader's decision with any go-on verb: "wat jammer dat je hebt besloten om je sollicitatie niet voort te zetten"
        r"\b(?:(?:je|jij|u|ge) (?:hebt|heeft)|(?:heb|hebt|heeft) (?:je|jij|u|ge)) (?:\w+ ){0,2}(?:besloten|beslist|gekozen) (?:om )?"
        r"(?:\w+ ){0,3}niet (?:\w+ )?(?:voort te zetten|door te zetten|verder te zetten|te continueren)\b|"
        # ...said as the reader's word: "je gaf aan niet verder te willen in de procedure"
        r"\b(?:je|jij|u|ge|gij) (?:gaf|gaaft|hebt|heeft|had|liet) (?:\w+ )?(?:aan|aangegeven|weten|laten weten) (?:dat (?:je|jij|u|ge) )?"
        r"niet (?:langer |meer )?(?:verder|door) (?:te willen|wilt|wil|wou|te gaan|gaat)\b|"
        # the candidate writes, or is told of, in the first or third person: "ik heb besloten niet verder te gaan in de
        # procedure", "de kandidaat heeft zich teruggetrokken" (not "ik heb besloten niet verder te gaan met je")
        r"\b(?:(?:ik|hij|zij|ze|de kandidaat|de kandidate|de sollicitant) (?:heb|had|heeft)|(?:heb|had|heeft) (?:ik|"
        r"hij|zij|ze)) "
        r"(?:\w+ ){0,3}besloten (?:om )?"
        r"(?:(?!je\b|jou\b|u\b|jullie\b)\w+ ){0,3}niet (?:verder|door)\b(?![^.!?;]{0,25}\bmet (?:je|jou|u|uw|jouw)\b)|"
        r"\b(?:hij|zij|ze|de kandidaat|de kandidate|de sollicitant) (?:heeft|had) zich (?:\w+ )?teruggetrokken\b|"
        r"\b(?:(?:je|jij|u|ge) (?:hebt|heeft)|(?:heb|hebt|heeft) (?:je|jij|u|ge)) (?:\w+ ){0,2}besloten (?:om )?(?:\w+ ){0,2}niet "
        r"(?:verder|door) te gaan\b|"
        # ...in a clause's own order, the verb after the decision: "goed dat je besloten hebt niet verder te gaan met je
        # sollicitatie bij de verzekeraar", "nu u ervoor gekozen heeft de procedure niet voort te zetten"
        r"\b(?:dat|omdat|nu|toen|als|wanneer) (?:je|jij|u|ge|gij) (?:\w+ ){0,2}(?:besloten|beslist|gekozen)(?: (?:hebt|heeft|had|"
        r"hebben))? (?:om |ervoor om |ervoor )?(?:\w+ ){0,3}niet (?:\w+ )?(?:verder|door|voort)\b|"
        # the reader chose: "je hebt ervoor gekozen om niet verder te gaan", "je kiest ervoor niet verder te gaan", "in overleg
        # met jou", "want je wilt liever fulltime werken", "omdat je je bedacht hebt"
        r"\b(?:je|jij|u|ge) (?:(?:hebt|heeft|had) (?:\w+ ){0,2}(?:gekozen|beslist)|(?:ervoor )?(?:kiest|koos|besluit|besloot)) "
        r"(?:ervoor )?(?:om )?(?:\w+ ){0,2}niet (?:verder|door)\b|"
        r"\b(?:je|jij|u|ge) (?:ervoor |er )?(?:hebt|heeft|had) (?:gekozen|besloten|beslist) (?:om )?(?:\w+ ){0,2}niet (?:verder|door)\b|\bin (?:goed |onderling )?overleg met (?:jou|je|u)\b|"
        r"\b(?:je|jij|u|ge) (?:wilt|wil|wou|wilde|werkt) (?:\w+ )?liever\b|"
        r"\b(?:je|jij|u|ge) (?:hebt |heeft )?(?:je|u|zich) (?:\w+ )?bedacht\b|\b(?:je|jij|u) (?:je|u|zich) (?:\w+ )?bedacht (?:hebt|heeft)\b|"
        # the reader's own view of the post: "je gaf aan dat de functie toch niet bij je past"
        r"\b(?:je|jij|u|ge) (?:gaf|gaaft|liet|hebt|heeft) (?:\w+ )?(?:aan|aangegeven|weten|laten weten) dat (?:de|deze|die|het|onze) "
        r"(?:functie|baan|job|rol|vacature|werk|positie|stage) (?:\w+ ){0,2}niet (?:\w+ )?(?:bij (?:je|jou|u) past|past|aansluit)\b|"
        # the reader said no to the post: "je hebt aangegeven de functie niet te willen aanvaarden"
        r"\b(?:je|jij|u|ge) (?:hebt|heeft|gaf|gaven) (?:\w+ )?(?:aangegeven|laten weten|gezegd|aan) (?:dat (?:je|jij|u) )?"
        r"(?:\w+ ){0,3}niet (?:te )?(?:willen|wilt|wil) (?:aanvaarden|aannemen|accepteren|starten|beginnen)\b|"
        # the sender hands the application over: "ik werk niet meer bij dit bedrijf ... mijn collega neemt het over"
        r"\bik werk (?:\w+ )?niet (?:meer|langer) (?:bij|voor)\b|\b(?:collega|opvolger|vervanger|vervangster)\b[^.!?;]{0,30}"
        r"\b(?:neemt|nemen) (?:(?:het|dit|je|jouw|uw|de|deze) )?(?:\w+ )?over\b|"
        r"\bik neem (?:het|dit|je|jouw|uw|de|deze) (?:dossier|sollicitatie|kandidatuur|procedure|opvolging) (?:\w+ ){0,3}over\b|\b(?:wordt|is|werd) overgenomen door (?:mijn|een|onze) (?:\w+ )?collega\b|"
        # the reader asked for it ("je vroeg ons om niet verder te gaan") or signed elsewhere ("nu je elders hebt getekend")
        r"\b(?:je|jij|u|ge) (?:vroeg|vroegt|hebt gevraagd|heeft gevraagd|verzocht|hebt verzocht|heeft verzocht) (?:ons |me |mij )?"
        r"(?:om )?niet (?:verder|door)\b|"
        r"\b(?:je|jij|u|ge) (?:\w+ ){0,2}elders (?:hebt |heeft |bent |zijt )?(?:getekend|ondertekend|begonnen|gestart|aan de slag)\b|"
        r"\b(?:je|jij|u) (?:hebt|heeft) (?:\w+ )?(?:aangegeven|laten weten) (?:dat (?:je|jij|u) )?(?:geen|niet langer) (?:\w+ )?"
        r"(?:interesse|belangstelling)\b|"
        r"\b(?:je|jij|u) (?:hebt|heeft) (?:\w+ )?(?:aangegeven|laten weten) (?:dat (?:je|jij"
        r"|u) )?(?:\w+ )?niet (?:meer|langer) "
        r"(?:beschikbaar|geinteresseerd)\b|"
        # the reader closed the account the applications ran through
        r"\b(?:je|jij|u) (?:hebt|heeft) (?:je|jouw|uw) (?:account|profiel) (?:\w+ )?(?:verwijderd|opgezegd"
        r"|gedeactiveerd|opgeheven)\b|"
        # the reader ends the procedure: "je gaf aan dat je de procedure wilt stoppen"
        r"\b(?:je|jij|u) (?:de|je|jouw|uw|deze) (?:\w+ )?(?:procedure|sollicitatie|kandidatuur) (?:\w+ )?(?:wilt|wil|"
        r"wenst|wou|wilde|wenste) "
        r"(?:stoppen|beeindigen|afbreken|staken)\b",
        # the reader turns down the post or the offer: "je hebt laten weten dat je de functie niet aanneemt"
        r"\b(?:je|jij|u) (?:\w+ ){0,3}(?:de functie|de baan|de job|de rol|de positie|het aanbod|ons aanbod|het contract|het contractvoorstel) "
        r"(?:\w+ )?(?:niet (?:aanneemt|aanvaardt|accepteert)|afwijst|afslaat)\b|"
        r"\b(?:je|jij|u) (?:hebt|heeft) (?:\w+ ){0,2}(?:het|ons|de) (?:\w+ )?(?:aanbod|contractvoorstel|functie"
        r"|baan) (?:\w+ )?(?:afgewezen|afgeslagen)\b",
        # the employer confirms the reader's own step: "zoals je vroeg, gaan we niet verder met je sollicitatie", "op
        # jouw vraag", "we hebben je afmelding ontvangen", "spijtig dat ge afhaakt", "je hebt een andere baan gevonden",
        # "succes met je nieuwe job", "omdat je liever bij je huidige werkgever blijft", "we respecteren je keuze",
        # "jammer, maar begrijpelijk", "begrepen, ...", "bedankt om ons te verwittigen" (not "zoals besproken": a
        # rejection told by phone first is confirmed in those words; not "op uw verzoek om een aanstelling")
        r"\bop (?:je|jouw|uw) (?:eigen )?(?:vraag|verzoek)\b(?! (?:om|naar|tot|van|voor|over|omtrent|rond|betreffende)\b)|"
        r"\bzoals (?:je|jij|u|ge|gij) (?:zelf )?(?:\w+ )?(?:vroeg|vroegt|gevraagd hebt|hebt gevraagd|heeft gevraagd"
        r"|verzocht|"
        r"hebt verzocht|heeft verzocht|wenste|wilde)\b|\b(?:je|jouw|uw) (?:afmelding|terugtrekking|intrekking)\b",
        r"\b(?:je|jij|u|ge|gij) (?:\w+ ){0,2}(?:afhaakt|afhaken|afziet|terugtrekt)\b|\b(?:je|jij|u|ge|gij) (?:hebt"
        r"|heeft|hebben) "
        r"(?:\w+ ){0,2}afgehaakt\b|"
        r"\b(?:je|jij|u|ge|gij) (?:hebt|heeft) (?:\w+ ){0,2}(?:een |al een )?(?:andere|nieuwe) (?:baan|job|functie"
        r"|werkgever|betrekking|"
        r"werkplek) (?:\w+ ){0,2}(?:gevonden|aangenomen|gekregen|aanvaard)\b|"
        r"\b(?:je|jij|u) (?:al |inmiddels |intussen )?(?:een |al een )?(?:andere |nieuwe )?(?:baan|job|functie"
        r"|werkgever) (?:hebt|heeft) "
        r"(?:gevonden|aangenomen|gekregen|aanvaard)\b|"
        r"\b(?:gefeliciteerd|proficiat|succes|plezier) (?:\w+ )?(?:met|in|bij|op) (?:je|jouw|uw) (?:nieuwe"
        r"|toekomstige) (?:baan|job|"
        r"werkgever|functie|werkplek|rol|betrekking)\b|"
        r"\bbij (?:je|jouw|uw) huidige werkgever (?:\w+ )?(?:blijft|blijven|blijf|wilt blijven|wil blijven)\b|"
        r"\b(?:blijft|blijf|blijven) (?:\w+ ){0,2}bij (?:je|jouw|uw) huidige werkgever\b",
        # (an adverb after the verb, the subject left out after "maar": "..., maar respecteren uiteraard je keuze")
        r"\b(?:we|wij|ik|maar) (?:\w+ )?(?:respecteren|respecteer|begrijpen|begrijp) (?:uiteraard |natuurlijk |volledig |"
        r"helemaal |zeker |echt )?(?:je|jouw|uw|die|deze) (?:keuze"
        r"|beslissing|besluit)\b|"
        r"\b(?:jammer|spijtig),? maar (?:\w+ )?begrijpelijk\b|(?<!niet )\b(?:begrepen|begrijpelijk)(?=[,!])|"
        r"\b(?:maar|en) (?:we|wij|ik) (?:begrijpen|begrijp|snappen|snap) het(?= ?[.!?;,]|$)|"
        r"\bbedankt (?:om ons te verwittigen|om het te laten weten|voor het (?:laten weten|doorgeven|melden))\b|"
        # the reader's step told back: "je hebt ons laten weten dat je niet verder gaat met de procedure"; the reader
        # writing it: "hierbij laat ik weten dat ik niet verder ga" (not "ik ga niet verder met je": a manager's own
        # rejection)
        r"\b(?:aangegeven|laten weten|liet weten|gaf aan|meldde|gemeld) (?:\w+ )?dat (?:je|jij|u|ge"
        r"|gij) (?:\w+ ){0,3}niet "
        r"(?:langer |meer )?(?:verder|door) (?:gaat|wilt|wil|wenst|wou|wilde)\b|"
        r"\bik (?:\w+ ){0,2}niet (?:langer |meer )?(?:verder|door) (?:ga|wil|wens)\b(?![^.!?;]{0,25}\bmet (?:je|jou|u"
        r"|uw|jouw)\b)|"
        r"\bik (?:ga|wil|wens) (?:\w+ )?niet (?:langer |meer )?(?:verder|door)\b(?![^.!?;]{0,25}\bmet (?:je|jou|u|uw"
        r"|jouw)\b)|"
        r"\b(?:dank|bedankt) voor (?:je|jouw|uw) (?:eerlijke|openhartige) (?:bericht|mail|reactie|antwoord)\b|"
        # the reader's step accepted in a word: "helemaal ok dat je niet verder gaat", "geen probleem dat ge ni verder
        # wilt"; the reason the reader gave: "nu je die andere job hebt" (said of the reader, not "nu we iemand hebben")
        r"\b(?:ok|oke|okay|prima|geen probleem|helemaal goed|geen punt) dat (?:je|jij|u|ge|gij) (?:\w+ ){0,2}niet (?:langer |meer )?"
        r"(?:verder|door)\b|"
        r"\b(?:nu|omdat|aangezien) (?:je|jij|u|ge|gij) (?:al |intussen |inmiddels )?(?:een|die|de|uw|je) (?:andere|nieuwe) "
        r"(?:baan|job|functie|werkgever|werk) (?:hebt|heeft|hebben|gevonden hebt|gevonden heeft)\b"),
    fam("look-alike: documents requested for an incomplete application (nl)", -5.0,
        ("upload", "aanvull", "stur", "stuur", "toevoeg", "aanlever", "zonder"),
        r"\b(?:wil|wilt|kun|kunt|kan) (?:je|u|jij) (?:\w+ ){0,8}(?:uploaden|aanvullen|nasturen|na te sturen|toevoegen|opsturen|toesturen|"
        r"aanleveren|insturen|(?:alsnog|nogmaals|opnieuw) (?:\w+ )?(?:sturen|versturen|mailen|e-mailen))\b",
        # (not a rule for all: "sollicitaties zonder motivatiebrief worden niet behandeld" asks the reader for nothing)
        # the ask in the imperative or as a question: "stuur je die nog even op?", "stuur het ons voor vrijdag toe"
        # (not "ik stuur je door wat ik kreeg": a forward)
        r"\bstuur (?:je|jij|u) (?:die|het|deze|dat|ze|hem|(?:je|jouw|uw|een|de) \w+) (?:\w+ ){0,3}(?:op|toe|na|mee)\b|"
        r"\bstuur (?:het|die|deze|dat|ze|hem) (?:\w+ ){0,4}(?:op|toe|na)(?= ?[.!?;,]|$| voor| uiterlijk| binnen)",
        r"(?<!sollicitaties )(?<!kandidaten )(?<!reacties )(?<!aanmeldingen )\bzonder (?:\w+ ){0,3}(?:motivatiebrief|"
        r"motivatie|cv|"
        r"curriculum vitae|diploma\w*|documenten|stukken|bijlagen?|getuigschrift\w*|"
        r"referenties|vog)\b[^.!?;]{0,60}\bniet\b"),
    fam("look-alike: good news, a round further (nl)", -3.0, ("positief", "door naar", "goed nieuws", "weerhouden"),
        r"(?<!niet )\bpositief (?:beoordeeld|ontvangen|besloten)\b|(?<!geen )\bgoed nieuws\b",
        r"\b(?:je|jij|u) (?:bent|ben|gaat) (?:(?!niet\b)\w+ ){0,2}door naar (?:de|het) (?:volgende|tweede|derde|laatste|eind)\w*\b",
        # Flemish: "proficiat, ge zijt weerhouden voor de volgende ronde"
        r"\b(?:je|jij|u|ge|gij) (?:bent|zijt|werd|wordt) (?:(?!nie?t?\b)\w+ )?weerhouden (?:voor|in|als)\b"),
    fam("look-alike: the candidacy is said to be still alive", -4.5,
        ("nog", "alsnog", "door", "blijft", "niet voor", "hoev", "hoef", "aanbieden", "aan te bieden", "vergoeden"),
        r"\bnog geen (?:\w+ )?(?:beslissing|besluit|uitslag|keuze)\b",
        r"\bnog (?:steeds |altijd |volop )?in (?:beeld|de race|de running)\b|\b(?:jij bent|je bent|u bent) er nog bij\b",
        r"\balsnog (?:\w+ ){0,3}(?:uitnodigen|uit te nodigen|gesprek|kans)\b",
        # no need to repeat a step ("we hoeven je niet opnieuw uit te nodigen: je staat al ingepland"), unless a reason
        # follows
        # a time slot the sender cannot offer: "we kunnen je het tijdstip van 10 uur niet aanbieden; past 14 uur?"
        r"\b(?:tijdstip|tijdslot|datum|dag|moment|slot|ruimte|parkeerplaats|reiskosten\w*|vergoeding)\b[^.!?;]{0,30}"
        r"\bniet (?:\w+ )?(?:aanbieden|aan te bieden|vergoeden)\b|"
        r"\b(?:hoeven|hoeft|hoef)\b[^.!?;]{0,20}\bniet (?:opnieuw|nogmaals|nog een keer|nog eens)\b"
        r"(?![^.!?;]{0,50}\b(?:want|omdat|aangezien|doordat)\b)|\b(?:zeker|nog) niet afgewezen\b|"
        r"\bnog niet (?:\w+ ){0,2}(?:uitgenodigd|uitnodigen|uit te nodigen|geselecteerd|selecteren|gekozen|kiezen|"
        r"aangenomen|besloten|beslist|beoordeeld|beoordelen)\b|"
        r"\b(?:hebben|heeft|zijn) (?:\w+ )?niet voor (?:een |de )?(?:andere?|iemand anders)\b[^.!?;]{0,30}\b(?:gekozen|gegaan)\b|\b(?:is|blijft) (?:\w+ )?nog (?:gewoon |steeds |altijd |volop )?in (?:behandeling|procedure)\b(?! genomen)",
        r"\b(?:sollicitatie|kandidatuur|procedure)\b[^.!?;]{0,60}\b(?:loopt|lopen) (?:\w+ )?(?:gewoon |nog |wel )?door\b|"
        # (not a refused CV kept on file: "je sollicitatie blijft actief in onze talentpool voor toekomstige vacatures")
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,60}\bblijft (?:\w+ )?(?:gewoon )?(?:lopen|staan|actief)\b"
        r"(?![^.!?;]{0,40}\b(?:talent ?pool|bestand|databank|database|cv-?databank|toekomstige vacatures)\b)|"
        # "je sollicitatie gaat door naar een video-interview" (not "gaat niet door naar de volgende ronde")
        r"\b(?:sollicitatie|kandidatuur)\b (?:(?!nie?t?\b)\w+ ){0,2}gaat (?:(?!nie?t?\b)\w+ ){0,2}door naar (?:de|een|het)\b"),
    fam("look-alike: an invitation to meet (nl)", -3.0, ("nodig", "voorkeur", "graag"),
        r"\b(?:willen|wil|zouden|graag|alsnog) (?:(?!niet\b|geen\b)\w+ ){0,3}(?:uitnodigen|uit te nodigen)\b",
        # a preference for the meeting's form, not for a candidate: "onze voorkeur gaat uit naar een gesprek op kantoor"
        r"\bvoorkeur\b[^.!?;]{0,30}\b(?:naar|aan|voor) (?:een |het |de )?(?:gesprek|afspraak|datum|dag|tijdstip|moment|"
        r"locatie|kantoor|"
        r"online|video\w*|telefo\w*|maandag|dinsdag|woensdag|donderdag|vrijdag|ochtend|middag)\b|"
        r"\b(?:die|dat|wie|ze|zij|hij) (?:je|jou|u) graag (?:\w+ )?(?:spreekt|spreken|ontmoet|ontmoeten|wil spreken|"
        r"willen spreken)\b",
        r"\b(?:nodigen (?:we|wij|ik)|(?:we|wij|ik) nodigen) (?:je|jou|u) (?:(?!niet\b|geen\b)\w+ ){0,3}uit (?:voor|op)\b"),
    # not named "offer": an offer told in the same sentence as a refused extra ("geen vast contract, wel ...") counts too
    # (a negation spelt "nie" too, as spoken Flemish says it: "ge zijt het nie geworden" is no offer)
    fam("look-alike: an offer to the reader (nl)", -4.0,
        ("bied", "gekozen voor", "aanbod", "aannemen", "door jou", "door u", "van jou", "van u", "voor jou", "voor u",
         "geworden", "aangenomen", "met jou", "met u", "met je", "hebt de", "heeft de"),
        r"\b(?:(?:bieden|bied) (?:we|wij|ik)|(?:we|wij|ik) (?:bieden|bied)) (?:je|jou|u) (?:(?!geen\b|nie?t?\b)\w+ ){0,3}(?:de |een )?"
        r"(?:functie|baan|positie|rol|job|stageplek|stageplaats|\w*contract|arbeidsovereenkomst|aanstelling)\b(?! \w+ nie?t?\b| nie?t?\b)",
        r"\bgekozen voor (?:jou|u)\b|\b(?:willen|wil) (?:je|jou|u) (?:(?!geen\b|nie?t?\b)\w+ ){0,3}(?:aannemen|aanbieden)\b",
        r"\baanbod\b[^.!?;]{0,50}\bblijft (?:\w+ ){0,2}staan\b|\b(?:vervuld|ingevuld)[:,]? door (?:jou|u)\b|"
        r"\b(?:de|deze) (?:functie|baan|job|rol|plek|positie) is (?:van jou|van u|voor jou|voor u)\b(?! nie?t?\b)|"
        # "we hebben beslist om niet met iemand anders verder te gaan: jij bent het geworden!"
        r"\b(?:jij|je|u|gij|ge) (?:bent|zijt|is) het (?:(?!nie?t?\b)\w+ ){0,2}geworden\b|"
        # "je bent aangenomen!", "... omdat je al bent aangenomen als teamleider" (not "je bent helaas niet aangenomen")
        r"\b(?:jij|je|u|gij|ge) (?:(?:al|inmiddels|intussen|reeds) )?(?:bent|zijt|werd) (?:(?!nie?t?\b)\w+ ){0,2}"
        r"aangenomen\b|"
        # "we hebben beslist om met jou verder te gaan, niet met iemand anders" (not "om niet met jou verder te gaan")
        r"\b(?:beslist|besloten|gekozen) (?:om )?(?:graag )?met (?:jou|u|je) (?:(?!nie?t?\b)\w+ )?(?:verder|door)\b|"
        # "je hebt de job!" (the sentence ends at the post: not "ge hebt de job ni")
        r"\b(?:je|jij|u|ge|gij) (?:hebt|heeft) de (?:job|baan|functie|plek|plaats|stage|stageplaats)(?= ?[!.]|$)"),
    fam("look-alike: a saved advert, not an application (nl)", -3.0,
        ("opgeslagen", "bewaard", "naar keek", "naar gekeken", "bekeek", "bekeken"),
        r"\b(?:die|dat) (?:je|u|jij) (?:had |hebt |heeft )?(?:opgeslagen|bewaard)\b|\b(?:opgeslagen|bewaarde) vacature|"
        # a post the reader only looked at: "de functie waar je naar keek"
        r"\bwaar (?:je|u|jij) (?:\w+ )?naar (?:keek|hebt gekeken|had gekeken|gekeken hebt)\b|\b(?:die|dat) (?:je|u|"
        r"jij) (?:bekeek|hebt bekeken)\b"),
    fam("look-alike: notice about someone else's candidacy", -4.0,
        ("collega", "leerling", "stagiair", "hij ", "zij ", "allemaal", "iedereen", "bekend", "sollicitatie", "die niet",
         "kandidatuur", "je team", "jouw team", "uw team", "je afdeling", "jouw afdeling", "uw afdeling"),
        r"\b(?:beste|lieve|dag|hallo|hoi) (?:allemaal|collega'?s|iedereen)\b",
        r"\b(?:maken|maak) (?:we|wij|ik) (?:\w+ ){0,3}bekend\b",
        r"\b(?:hun|zijn|haar) (?:sollicitatie|kandidatuur)\b",
        r"\b(?:van|voor|in|binnen|bij|uit) (?:jouw|je|uw) (?:team|afdeling|vakgroep)\b|\b(?:je|jouw|"
        r"uw) nieuwe collega\b",
        # a colleague or a pupil named as the one not chosen: "onze collega Fatima is helaas niet door"
        r"\b(?:onze|jullie|je|jouw|uw|mijn|de|het) (?:collega|leerling|stagiaire?) (?:[a-z]+ ){1,2}(?:is|werd|"
        r"wordt) (?:\w+ )?"
        r"(?:niet (?:geselecteerd|gekozen|uitgenodigd|aangenomen|door|verder)|afgewezen|afgevallen)\b",
        # ...or a pronoun for that third person: "helaas is hij niet gekozen voor de functie"
        r"\b(?:(?:is|werd) (?:hij|zij)|(?:hij|zij) (?:is|werd)) (?:\w+ )?(?:niet (?:geselecteerd|gekozen|uitgenodigd|"
        r"aangenomen|door)|"
        r"afgewezen|afgevallen)\b",
        # ...or one candidate named by a relative clause: "de kandidaat die niet verder ging heeft bezwaar gemaakt"
        r"\b(?:de|die|deze|een) (?:\w+ )?(?:kandidaat|kandidate|sollicitant|sollicitante) die (?:\w+ ){0,2}niet (?:verder|door)\b"),
    # a candidate the reader put forward: "ingevuld door een kandidaat die via jouw netwerk kwam", "dank voor je tip"
    fam("look-alike: notice about someone else's candidacy", -4.0,
        ("netwerk", "tip", "aangedragen", "voorgedragen", "voordracht", "doorgestuurd", "doorsturen", "doorverwezen",
         "aanbevolen", "aangebracht", "aandroeg", "voordroeg", "voorstelde", "doorstuurde", "aanbeval", "aanbracht",
         "doorverwees"),
        r"\bvia (?:jouw|je|uw) (?:netwerk|tip|voordracht|doorverwijzing)\b|\b(?:dank|bedankt) (?:\w+ ){0,2}(?:je|jouw|uw) tip\b|"
        r"\b(?:door (?:jou|u)|die (?:jij|je|u) (?:\w+ ){0,3}?(?:hebt |had |heeft )?) ?(?:aangedragen|voorgedragen|doorgestuurd|doorverwezen|aanbevolen|"
        r"getipt|aangebracht)\b|\b(?:dank|bedankt) (?:\w+ ){0,2}voor de tip\b|"
        r"\b(?:het )?doorsturen van (?:het )?cv van (?:je|jouw|uw)\b|"
        r"\b(?:die|dat|wie) (?:jij|je|u) (?:\w+ )?(?:aandroeg|voordroeg|voorstelde|doorstuurde|aanbeval|tipte"
        r"|aanbracht|doorverwees)\b"),
    # the reader's own job is not what is decided: an internal announcement to staff ("voor jouw functie verandert niets")
    fam("look-alike: an internal announcement to the reader as an employee (nl)", -4.0,
        ("verandert", "blijft", "rondleid", "inwerk", "wegwijs", "welkom", "begeleid", "vervall", "opgeheven",
         "transitievergoeding"),
        # the reader's own job cut in a reorganisation: "door de reorganisatie komt je functie te vervallen"
        r"\b(?:je|jouw|uw) (?:eigen |huidige )?(?:functie|baan|arbeidsplaats|positie)(?![\w-])[^.!?;]{0,30}\b(?:komt te vervallen|"
        # (not a notice period or a redeployment pool: a rejection names those as its reason)
        r"vervalt|wordt opgeheven|is opgeheven)\b|\btransitievergoeding\b|"
        r"\b(?:komt|vervalt) (?:(?:per|op) \w+ \w+ )?(?:je|jouw|uw) (?:eigen |huidige )?(?:functie|baan|arbeidsplaats|positie)(?![\w-])",
        r"\b(?:voor|aan|in) (?:jouw|je|uw) (?:eigen |huidige )?(?:functie|rol|baan|werk|positie) verandert (?:er )?(?:niets|niks|weinig)\b|"
        r"\b(?:jouw|je|uw) (?:eigen |huidige )?(?:functie|rol|baan|positie) blijft (?:gewoon |ongewijzigd|bestaan|"
        r"hetzelfde)",
        # the reader is to show the newcomer around: "wil je haar een rondleiding geven", "jij begeleidt hem"
        r"\b(?:hem|haar|hen) (?:\w+ ){0,3}(?:een rondleiding|rondleiden|inwerken|in te werken|wegwijs (?:te )?maken|"
        r"welkom (?:te )?heten)\b|"
        r"\b(?:begeleid\w*|inwerk\w*) (?:\w+ )?(?:hem|haar|hen)\b"),
    # also advice in general terms: job seekers in the plural, "how to cope with a rejection", "what to do when", numbered tips
    fam("look-alike: a careers column or reader's question (nl)", -5.0,
        ("een lezer vraagt", "lezersvraag", "tip van de", "in deze editie", "in dit nummer", "werkzoekenden", "mee om",
         "omgaan met", "om met", "wat te doen", "wat doe je", "wat moet je", " tips", "column", "werkzoekende",
         "procent", "%", "onder ", "raad ", "raden ", "adviseer"),
        # a coach's advice to the reader: "als loopbaancoach raad ik je aan niet verder te gaan met je sollicitatie"
        r"\b(?:(?:raad|raden|adviseer|adviseren) (?:ik|we|wij) (?:je|jou|u)|(?:ik|we|wij) (?:raad|raden|adviseer|adviseren) (?:je|jou|u)) "
        r"(?:\w+ ){0,2}(?:aan )?(?:om )?niet\b",
        r"\b(?:een lezer vraagt|lezersvraag|tip van de (?:week|maand|dag)|in deze editie|in dit nummer)\b",
        r"\bwerkzoekenden?\b|\b(?:deze|onze|de|wekelijkse|vaste) column\b|\b(?:zo|hoe) ga je (?:er|daar)mee om\b|\b(?:hoe ga je om|omgaan) met (?:een |de |je )?afwijzing\w*\b|"
        r"\bwat (?:te doen|doe je|moet je doen) (?:als|wanneer|na|bij)\b|\b(?:[0-9]+|drie|vier|vijf|zes|zeven|acht|"
        r"tien) tips (?:om|voor|bij|als|na)\b",
        # a survey's figures: "40 procent van de werkgevers wijst ...", "uit een enquete onder recruiters"
        r"\b\d+ ?(?:procent|%) (?:van (?:de |alle )?)?(?:werkgevers|recruiters|bedrijven|organisaties|werkzoekenden)\b|"
        r"\b(?:enquete|peiling|onderzoek|rondvraag) onder (?:\w+ )?(?:werkgevers|recruiters|sollicitanten|"
        r"werkzoekenden|hr-\w+|bedrijven)\b"),
    fam("look-alike: a team or club selection, not a job (nl)", -5.0, ("selectietrain", "technische staf", "elftal", "wedstrijdselectie", "hockeyclub", "voetbalclub",
                                                                       "sportclub", "tennisclub", "korfbalclub", "dames ", "heren ", "jongens ", "meisjes ",
                                                                       "vereniging", "bestuursverkiezing"),
        r"\b(?:selectietraining\w*|technische staf|elftal|wedstrijdselectie|(?:dames|heren|jongens|meisjes) \d)\b",
        # a club's name ("hockeyclub", "de tennisvereniging"; not a member meeting: a cooperative that employs people
        # holds one too), unless the mail names a paid post applied for: clubs hire coaches and physios too, and sign
        # that letter with their name ("je sollicitatie als hoofdtrainer ... Zwemvereniging De Dolfijn")
        rf"{_NL_NO_POST_APPLIED}.*?\b(?:(?:hockey|voetbal|sport|tennis|korfbal)club|"
        r"(?:tennis|voetbal|hockey|korfbal|handbal|volleybal|roei|zwem|schaak|atletiek|sport|studenten)vereniging)\b",
        # a club's own election: "de uitslag van de bestuursverkiezing"
        r"\bbestuursverkiezing\w*\b"),
    # the reader hires: the agency to be told, the other applications to be archived or turned down, a candidate
    # judged in the third person as an opinion ("ik denk niet dat ze past"). Not "we nodigen haar niet uit" or "haar
    # ervaring sluit niet aan": a recruiter forwards a client's verdict about the reader in those very words.
    fam("look-alike: the reader hires, a candidate spoken of in the third person (nl)", -5.0,
        ("bureau", "recruiter", "headhunter", "intercedent", "archiv", "afwijzen", "af te wijzen", "afmelden", "afbellen", "niet dat",
         "twijfel", "hem ", "haar ", "concept", "voordat", "tekst"),
        r"\b(?:ik|jij) (?:laat|breng|bel|mail|informeer|stuur) (?:\w+ ){0,2}"
        r"(?:het|de|ons|onze|jullie) (?:\w+)?(?:bureau|recruiter|headhunter|intercedent)\b|"
        r"\b(?:laat|breng|bel|mail|informeer) (?:jij|je|u) (?:\w+ ){0,2}(?:het|de|ons|onze) (?:\w+)?(?:bureau|"
        r"recruiter|headhunter|intercedent)\b|"
        r"\b(?:wil|kun|kan|zou|wilt|kunt) (?:jij|je|u) (?:het|de|ons|onze) (?:\w+)?(?:bureau|recruiter|headhunter|"
        r"intercedent) (?:\w+ ){0,2}"
        r"(?:informeren|inlichten|bellen|mailen|laten weten|op de hoogte brengen)\b",
        r"\b(?:de |alle )?(?:overige|resterende|overgebleven|andere) (?:sollicitaties|kandidaten|sollicitanten|cv'?s|reacties|aanmeldingen)\b"
        r"[^.!?;]{0,30}\b(?:archiveren|archiveer|afwijzen|afmelden|afbellen|af te wijzen|te archiveren)\b",
        r"\bik (?:denk|vind|geloof|verwacht) (?:\w+ ){0,2}niet dat (?:hij|zij|ze) (?:\w+ ){0,3}(?:past|aansluit|geschikt|goed genoeg|de juiste)\b|"
        r"\bik twijfel (?:\w+ ){0,2}of (?:hij|zij|ze) (?:\w+ ){0,3}(?:past|aansluit|geschikt|goed genoeg|de juiste)\b|"
        # the sender tells the candidate himself: "ik laat het hem vandaag weten"
        r"\bik (?:laat|breng) (?:het )?(?:hem|haar) (?:\w+ ){0,2}(?:weten|op de hoogte)\b|"
        # ...or asks the reader to: "laat jij hem het weten?"
        r"\b(?:laat|breng) (?:jij|je|u) (?:het )?(?:hem|haar|hen) (?:\w+ ){0,2}(?:weten|horen|op de hoogte)\b",
        # a draft rejection sent to a colleague for review: "kun je deze tekst checken voordat ik hem verstuur?"
        r"\bconcept(?:-| )?(?:afwijzing\w*|mail|brief|tekst|bericht)\b|\bvoordat (?:ik|we|wij|jij|je) (?:hem|het|deze"
        r"|die|dit|haar|'m) "
        r"(?:\w+ ){0,2}(?:verstuur|versturen|verstuurt|verzend|verzenden|verzendt|stuur|sturen|mail|mailen)\b|"
        r"\b(?:kun|kan|wil|zou|wilt|kunt) (?:jij|je|u) (?:deze|dit|mijn|de|onderstaande) (?:\w+ )?(?:tekst|mail|brief"
        r"|concept|afwijzing\w*) "
        r"(?:\w+ ){0,2}(?:checken|nakijken|nalezen|lezen|bekijken|doorlezen|controleren)\b"),
    # a relative's or friend's news told by the sender ("mijn broer kreeg een afwijzing", "papa is niet aangenomen")
    fam("look-alike: a relative's or friend's job news (nl)", -4.0,
        ("papa", "mama", "opa", "oma", "broer", "zus", "vader", "moeder", "zoon", "dochter", "vriend", "neef", "nicht", "buur", "oom", "tante",
         "collega"),
        # (diminutives too: "jouw broertje is niet aangenomen voor de bijbaan")
        r"\b(?:papa|mama|opa|oma|(?:mijn|je|jouw|onze|zijn|haar) (?:broer(?:tje)?|zus(?:je)?|vader|moeder|zoon(?:tje)?|dochter(?:tje)?|man|"
        r"vrouw|vriend(?:je)?|vriendin(?:netje)?|neef(?:je)?|nicht(?:je)?|buurman|buurvrouw|oom|tante)|(?:je|jouw|uw) (?:\w+ )?collega)\b[^.!?;]{0,60}\b(?:afwijzing|afgewezen|niet (?:gekregen"
        r"|aangenomen|gekozen|geselecteerd|geworden|weerhouden))\b",
        r"\b(?:sollicitatie|kandidatuur) van (?:je|jouw|uw|mijn) (?:zoon|dochter|broer|zus|man|vrouw|partner|vriend"
        r"|vriendin|neef|nicht)\b"),
    # the reader is the one who chose ("je hebt niet gekozen voor een ochtendafspraak": a rejection says "je bent niet
    # gekozen" or "we hebben je niet gekozen"), or an election at work, not a post ("niet gekozen in de ondernemingsraad")
    fam("look-alike: the reader's own choice, an election at work (nl)", -5.0, ("niet gekozen", "niet verkozen"),
        # (the verb first only with the reader as its subject: not "ik heb je niet gekozen", "de commissie heeft u niet ...")
        r"\b(?:(?:je|jij|u) (?:hebt|heeft|had)|(?<!ik )(?<!we )(?<!wij )(?<!ze )(?<!zij )(?<!hij )(?:heb|had) (?:je|jij)|hebt (?:je|jij|u)) "
        r"(?:(?!(?:ons|mij|me)\b)\w+ ){0,8}niet gekozen\b",
        r"\bniet (?:\w+ )?(?:gekozen|verkozen)\b[^.!?;]{0,60}\b(?:ondernemingsraad|personeelsvereniging|medezeggenschapsraad|g?mr|or|"
        r"[a-z]*verkiezing\w*|stemming)\b|\b(?:ondernemingsraad|personeelsvereniging|medezeggenschapsraad|[a-z]*verkiezing\w*|"
        r"stemming|stemmen)\b[^.!?;]{0,60}\bniet (?:\w+ )?(?:gekozen|verkozen)\b",
        # elected to a board's seat, not hired: "je bent niet verkozen als voorzitter van de personeelsvereniging"
        r"\bniet (?:\w+ )?verkozen (?:als|tot) (?:\w+ )?(?:voorzitter|secretaris|penningmeester|bestuurslid|lid|"
        r"vertegenwoordiger|afgevaardigde)\b"),
    # an old no recalled to offer a new post: "je was vorig jaar net niet door naar de laatste ronde. nu hebben we een
    # vergelijkbare vacature open" (the time first, the new post after it)
    fam("look-alike: an earlier no recalled beside a new post (nl)", -5.0, ("vorig jaar", "vorige keer", "destijds", "eerder dit jaar",
                                                                         "een tijd geleden", "vorige maand"),
        r"\b(?:vorig jaar|vorige (?:keer|maand)|destijds|eerder dit jaar|een tijd geleden)\b[^.!?;]{0,60}\b(?:niet (?:\w+ ){0,2}(?:door|"
        r"verder|gekozen|geselecteerd|aangenomen)|afgewezen|afgevallen)\b.{0,200}?\b(?:nieuwe|vergelijkbare) (?:vacature|functie|rol|"
        r"positie|baan|job)\b"),
    # a friend's sympathy for a no the reader told them about: "vervelend dat je bent afgewezen voor die functie!" (an
    # employer tells the news; it does not react to it: not plain "jammer", which an employer's "jammer dat het niet
    # gelukt is" uses)
    fam("look-alike: a friend's sympathy for the reader's rejection (nl)", -4.0,
        ("vervelend", "balen", "rot", "klote", "sneu", "pech", "zuur", "wat jammer", "zo jammer", "echt jammer"),
        r"\b(?:vervelend|balen|rot|klote|sneu|pech|zuur|wat jammer|zo jammer|echt jammer)(?: (?:om te horen|zeg|joh|man))?,? dat (?:je|jij) "
        r"(?:\w+ ){0,4}(?:afgewezen|afgevallen|niet (?:\w+ )?(?:aangenomen|gekozen|geselecteerd|uitgenodigd|doorgegaan|geworden|gehaald))\b"),
    # a quote, a purchase or a house: "niet verder met de verbouwing", "ons bod is afgewezen", "de verhuurder koos een ander"
    # (not "makelaar": it is also a job title)
    fam("look-alike: a quote, a purchase or a house, not a job (nl)", -5.0,
        ("offerte", "aannemer", "verbouw", "bezichtig", "verhuurder", "huurwoning", "koopwoning", "bod op", "nieuwe "),
        r"\b(?:offertes?|aannemer|verbouwing|bezichtiging|verhuurder|verhuurster|huurwoning|koopwoning|koopcontract)\b|"
        r"\bbod op (?:het|de|ons|een) (?:\w+ )?(?:huis|appartement|woning|auto)\b|"
        r"\bnieuwe (?:keuken|badkamer|kozijnen|vloer|dakkapel|cv-ketel|auto|bank)\b"),
    # the reader is the employer on a job board: "je hebt de kandidaat R. Yilmaz afgewezen voor je vacature"
    fam("look-alike: the reader is the employer on a job board (nl)", -5.0,
        ("vacature", "afgewezen", "ontvangt", "kandida", "niet verder met", "niet door met", "bureau"),
        r"\b(?:je|jij|u) (?:hebt|heeft) (?:\w+ ){0,4}(?:de |een )?(?:kandidaat|kandidate|sollicitant)\w* (?:\S+ ){0,4}afgewezen\b|"
        r"\b(?:voor|bij|op|van|met) (?:je|jouw|uw) (?:nieuwe |openstaande )?vacature\b|\bde (?:kandidaat"
        r"|sollicitant) ontvangt\b",
        # an agency's candidate turned down by its client: "we gaan niet verder met je kandidaat" (not "met je als
        # kandidaat")
        # (not the reader as a candidate: "alle selecties, ook die waarvoor je kandidaat was")
        # (nor "je kan je opnieuw kandidaat stellen": the reader standing as a candidate again)
        r"(?<!waarvoor )(?<!waarbij )(?<!waarin )\b(?:je|jouw|uw) (?:(?!als\b)\w+ )?(?:kandidaat|kandidate|kandidaten)(?![\w-])"
        r"(?! (?:stellen|te stellen|stelt|stelde)\b)|"
        # ...or a job coach's client, a teacher's pupil: "we gaan niet verder met je client", "... met jouw sollicitant"
        r"\bniet (?:verder|door) met (?:je|jouw|uw) (?:\w+ )?(?:client|clienten|sollicitant|sollicitante|sollicitanten"
        r"|leerling\w*|"
        r"stagiair\w*|student\w*|werkzoekende\w*|deelnemer\w*)\b|"
        # an agency dropped as a supplier: "niet verder met de werving via jullie bureau"
        r"\b(?:met|via) (?:jullie|uw|je|jouw) (?:\w+)?bureau\b"),
    # a sign-up to a talent pool, not an application: "bedankt voor je aanmelding voor onze talentpool! Op dit moment
    # hebben we geen vacature die bij jouw profiel past" (a rejection keeps the cv "in onze talentpool": not this)
    fam("look-alike: a sign-up to a talent pool (nl)", -4.0,
        ("talentpool", "talentenpool", "talent community", "kandidatenpool"),
        r"\b(?:je|jouw|uw) (?:aanmelding|inschrijving|registratie) (?:\w+ )?(?:voor|bij|in) (?:onze|de|ons"
        r"|het) (?:\w+ )?(?:talentpool|"
        r"talentenpool|talent community|kandidatenpool)\b"),
    # statuses listed in an account notice ("afgewezen, geannuleerd of verlopen sollicitaties worden na 30 dagen
    # verwijderd") and advice about rejections in general ("hoe je na een afwijzing sterker terugkomt", "in dit artikel")
    fam("look-alike: statuses listed, advice about rejections in general (nl)", -4.5,
        ("geannuleerd", "verlopen", "ingetrokken", "na een afwijzing", "bij een afwijzing", "met een afwijzing",
         "elke afwijzing", "dit artikel", "deze blog", "dit blog", "webinar"),
        # (not one application's state: "je sollicitatie is afgewezen en gesloten")
        r"(?<!is )(?<!werd )(?<!wordt )(?<!zijn )\b(?:afgewezen|geannuleerd|verlopen|ingetrokken|gesloten)(?:,| of| en) (?:\w+ )?"
        r"(?:afgewezen|geannuleerd|verlopen|"
        r"ingetrokken|gesloten)\b",
        r"\b(?:na|bij|met|omgaan met) (?:een|elke) afwijzing\b|\bin (?:dit|deze) (?:artikel|blog|webinar|e-book|podcast)\b"),
    # a job alert that found nothing or something: "geen vacatures die passen bij je zoekopdracht"
    fam("look-alike: a job alert in Dutch words (nl)", -3.0,
        ("zoekopdracht", "vacaturemelding", "zoekprofiel", "jobalert", "wilde", "wou", "probeerde"),
        r"\b(?:je|jouw|uw) (?:\w+ )?(?:zoekopdracht|vacaturemelding|zoekprofiel|jobalert|vacature-alert)\b|"
        # a post the reader never applied for: "de vacature waarop je wilde reageren is niet meer beschikbaar" (not
        # "bekijk vergelijkbare vacatures": a relayed rejection says it too)
        r"\b(?:waarop|waar) (?:je|u|jij) (?:wilde|wou|probeerde) (?:te )?(?:reageren|solliciteren)\b"),
    # an interview moved or called off for now (named like the shared event: inside the decision's own sentence it
    # is part of the decision, "het tweede gesprek gaat niet door, want we kozen een ander")
    fam("look-alike: a rescheduled interview", -2.5, ("nieuwe", "verplaats", "verschuiv", "omzetten", "andere datum", "ander tijdstip",
                                                      "niet door"),
        r"\bnieuwe (?:datum|afspraak|tijd|tijdstip|moment)\b|\b(?:verplaatsen|verschuiven|omzetten|andere datum|ander tijdstip)\b|"
        r"\b(?:gesprek|afspraak|kennismaking|assessment|sollicitatiegesprek) (?:\w+ ){0,4}(?:kan|gaat|zal) (?:\w+ )?niet door(?:gaan)?\b"),
    # a rule about candidates in general ("sollicitanten die niet geselecteerd zijn, ontvangen bericht"): a receipt or a
    # task for the hiring side, not a decision about the reader (lighter than a veto: a real letter may add it too)
    fam("look-alike: a rule about candidates in general (nl)", -3.5,
        (" die ", "wie ", "zonder", "komen niet", "worden niet", "zullen niet"),
        # applications in general, in the plural: "onvolledige sollicitaties worden niet in behandeling genomen",
        # "sollicitaties via e-mail ...", "reacties van bureaus ..."
        r"\b(?:sollicitaties|reacties|aanmeldingen|kandidaturen|cv'?s)(?: (?:via|van|per|zonder|na|buiten) [^.!?;]{0,30})? "
        r"(?:worden|zullen) (?:\w+ )?niet (?:in behandeling|meegenomen|behandeld|in aanmerking|beantwoord)\b",
        # a hiring rule said by the employer: "we nemen geen mensen aan zonder geldige VOG"
        r"\b(?:(?:nemen|neem) (?:we|wij)|(?:we|wij) (?:nemen|neem)) (?:\w+ ){0,2}geen (?:\w+ )?(?:mensen|kandidaten|sollicitanten|"
        r"medewerkers|personeel|studenten|jobstudenten) aan (?:zonder|met|die|onder|boven)\b",
        r"\bwie (?:\w+ ){0,2}niet (?:\w+ )?(?:is |wordt |werd |zijn )?(?:geselecteerd|gekozen|uitgenodigd|aangenomen|weerhouden|geslaagd|door)\w*\b",
        r"\b(?:kandidaten|sollicitanten|aanmeldingen|sollicitaties|reacties) die [^.!?;]{0,60}, (?:worden|komen|krijgen|ontvangen) (?:\w+ )?niet\b",
        r"\b(?:kandidaten|sollicitanten|deelnemers|aanmeldingen|sollicitaties) die (?:\w+ ){0,2}niet (?:\w+ )?(?:geselecteerd|gekozen|uitgenodigd|"
        r"aangenomen|weerhouden|geslaagd|door)\w*\b",
        # a vacancy's own rule: "kandidaten zonder geldige werkvergunning komen niet in aanmerking"
        r"\b(?:kandidaten|sollicitanten|aanmeldingen|sollicitaties|reacties) (?:zonder|met|uit|"
        r"van buiten) [^.!?;]{0,40}\b(?:komen|worden) "
        r"(?:\w+ )?niet (?:in aanmerking|meegenomen|behandeld|in behandeling)\b"),
    # a rejection sent by mistake and taken back: "je ontving per abuis een e-mail waarin stond dat we niet verder gaan"
    fam("look-alike: a rejection sent by mistake, taken back (nl)", -5.0, ("abuis", "vergissing", "onterecht", "ten onrechte", "abusievelijk",
                                                                         "foutief", "bedacht"),
        # the employer changed its mind: "we wilden niet verder, maar ... hebben we ons bedacht: je bent uitgenodigd"
        r"\b(?:(?:hebben|heb) (?:we|wij|ik)|(?:we|wij|ik) (?:hebben|heb)) (?:ons|me|mij) (?:\w+ )?bedacht\b|"
        r"\b(?:per abuis|per vergissing|ten onrechte|onterecht\w*|abusievelijk|foutief)\b[^.!?;]{0,60}\b(?:afwijzing\w*|bericht|e-?mail|mail)\b|"
        r"\b(?:afwijzing\w*|bericht|e-?mail|mail)\b[^.!?;]{0,40}\b(?:per abuis|per vergissing|ten onrechte|abusievelijk|foutief)\b"),
    # the reader hires: an ATS notice to the hiring team ("je ontvangt deze melding omdat je hiring manager bent")
    fam("look-alike: the reader hires, an ATS notice to the hiring team (nl)", -5.0, ("hiring", "recruiter", "vacaturehouder", "beoordelaar",
                                                                                    "commissie", "kandidaat", "kandidate", "sollicitant",
                                                                                    "hem ", "haar ", "hen ", " ze "),
        r"\b(?:je|jij|u) (?:bent|staat|bent als|staat als) (?:\w+ ){0,3}(?:hiring ?manager|recruiter|vacaturehouder|vacature-eigenaar|beoordelaar|"
        r"lid van de (?:selectie|sollicitatie|benoemings\w*)commissie)\b|\bals (?:lid|voorzitter) van de (?:selectie|"
        r"sollicitatie|benoemings\w*)commissie\b|"
        # candidates numbered for the panel ("kandidaat 3 niet uitnodigen"): the reader sits on the hiring side
        r"\bkandida(?:at|te) (?:nr\.? |nummer )?\d{1,2}\b",
        r"\bde (?:kandidaat|kandidate|sollicitant) heeft (?:\w+ ){0,2}(?:afwijzing\w*|afwijzingsmail|bericht|e-mail) (?:\w+ )?(?:ontvangen|gekregen)\b",
        # a named candidate's outcome and a task for the reader: "kandidaat Jansen is niet geselecteerd. Wil jij hem bellen?"
        # (a first name and a surname too: "sollicitant jeroen bakker is afgewezen door ...")
        r"\b(?:kandidaat|kandidate|sollicitant|sollicitante) (?:[a-z]\. |[a-z]+ )?(?:(?:van|de|der|den|ter|el) ){0,2}[a-z]+ (?:is|werd|wordt) (?:\w+ )?"
        r"(?:niet (?:geselecteerd|gekozen|uitgenodigd|aangenomen|door)|afgewezen|afgevallen)\b",
        r"\b(?:wil|kun|kan|zou) (?:jij|je|u) (?:(?:het|dit|dat) met )?(?:hem|haar|hen|ze|die kandidaat|de kandidaat|"
        r"de kandidaten) (?:\w+ ){0,3}"
        r"(?:bellen|mailen|informeren|laten weten|op de hoogte brengen|berichten|bespreken|doornemen)\b"),
    # the reader's own request as an employee: leave, a course, expenses ("je aanvraag voor ... scholingsbudget is afgewezen")
    fam("look-alike: an employee's own request turned down (nl)", -5.0, ("aanvraag", "verzoek", "declaratie"),
        r"\b(?:je|jouw|uw) (?:aanvraag|verzoek|declaratie)\b(?:(?!stage|functie|vacature|baan|job|sollicit|plek|plaats)[^.!?;]){0,60}\b(?:opleiding|cursus|training|verlof\w*|"
        # (a holiday, not a holiday job: "je aanvraag voor een vakantiejob is afgewezen" is an application)
        r"vakantie(?!job|werk|baan|kracht)\w*|thuiswerk\w*|"
        r"scholingsbudget|studiekosten|vergoeding|leaseauto|ouderschapsverlof|overuren|reiskosten|budget)\b|"
        r"\b(?:opleiding|cursus|training|verlof\w*|vakantie(?!job|werk|baan|kracht)\w*|thuiswerk\w*|scholingsbudget|studiekosten|leaseauto|ouderschapsverlof|overuren|"
        r"reiskosten)\b[^.!?;]{0,80}\b(?:je|jouw|uw) (?:aanvraag|verzoek|declaratie) (?:is|wordt|werd) (?:\w+ )?(?:afgewezen|afgekeurd|geweigerd)\b"),
    # a pause, not a decision: "we kunnen deze week niet verder met je sollicitatie", "... niet verder tot na de zomer"
    fam("look-alike: a pause in the procedure, not a decision (nl)", -4.5, ("voorlopig", "tijdelijk", "deze week", "komende", "tot na",
                                                                          "tot volgende", "tot eind", "tot begin", "totdat", "zolang",
                                                                          "ontbr", "nog niet ontvangen", "zonder", "konden",
                                                                          "kon ", "drukte", "ziekte", "nog niet", "via ",
                                                                          "even niet", "voordat", "pauze", "on hold", "stil",
                                                                          "hoeft", "hoef", "hoeven", "dubbel", "twee keer",
                                                                          "tweemaal", "kennis te maken", "verder met je", "vrijkomt",
                                                                          "beslist", "besluit", "beslissing", "hoort", "zelf", "compleet", "volledig", "overgedragen",
                                                                          "tot er", "tot je ", "tot jij ", "tot u ", "tot we ",
                                                                          "tot wij ", "tot die tijd", "tot dan", "tot dat moment",
                                                                          "verder met jouw", "verder met uw", "storing", "fout",
                                                                          "technisch probleem"),
        # "we zetten je sollicitatie even niet verder tot het budget er is": "even" is a while, not a verdict
        r"\beven niet (?:verder|door)\b|"
        # a condition first met: "niet verder voordat je het formulier invult", "niet uitnodigen zolang uw diploma niet
        # erkend is"; a post on hold; a step not needed ("je hoeft niet verder te gaan met ..."); a duplicate
        r"\bniet (?:verder|door)\b[^.!?;]{0,50}\bvoordat\b|"
        # (the verb before the object too: "we nemen je sollicitatie niet in behandeling zolang we je cv missen")
        r"\bniet (?:\w+ )?(?:uitnodigen|uit te nodigen|aannemen|aan te nemen|meenemen|in behandeling(?: nemen)?)\b[^.!?;]{0,50}"
        r"\b(?:zolang|totdat|voordat)\b|"
        r"\b(?:staat|staan|ligt|liggen) (?:\w+ ){0,2}(?:op pauze|on hold|(?:even )?stil)\b|"
        # a wait said as "until then": "tot die tijd gaan we niet verder met je"
        r"\btot (?:die tijd|dan|dat moment)\b[^.!?;]{0,40}\bniet (?:\w+ )?(?:verder|door)\b|"
        r"\b(?:hoeft|hoef|hoeven) (?:\w+ ){0,2}niet (?:meer )?(?:verder|door)\b|"
        # ...nor a step: "je hoeft de online test niet af te ronden of door te zetten", "je hoeft je diploma niet mee te nemen"
        r"\b(?:hoeft|hoef|hoeven) (?:\w+ ){0,5}niet (?:\w+ ){0,4}(?:door te zetten|voort te zetten|verder te zetten|verder te gaan|"
        r"mee te nemen|af te ronden)\b|"
        r"\b(?:dubbel|twee keer|tweemaal) (?:ingediend|verstuurd|ontvangen)\b|\bomdat (?:ze|hij|die|deze|het) dubbel (?:was|is)\b|"
        # a meeting first: "we willen niet verder zonder eerst kennis te maken"
        r"\bniet (?:verder|door)\b[^.!?;]{0,40}\bzonder (?:eerst )?(?:kennis te maken|af te spreken|te praten|elkaar te "
        r"(?:zien|spreken|ontmoeten))\b",
        # a step the reader has not finished yet: "je hebt de online test nog niet afgerond", "je hebt hem nog niet verstuurd"
        r"\b(?:je|jij|u) (?:hebt|heeft) (?:(?:je|jouw|uw|de|het|hem|haar) )?(?:\w+ ){0,2}nog niet (?:verstuurd|ingediend|verzonden|"
        r"afgerond|ingevuld|gemaakt|voltooid|geupload|afgemaakt)\b|\bzolang\b[^.!?;]{0,50}\bniet (?:verder|door)\b|"
        # a step or a document the reader still owes: "zonder de ingevulde test kunnen we niet verder met je sollicitatie"
        # (not "zonder de vereiste ervaring": a missing qualification is a reason to reject)
        r"\bzonder (?:(?:de|het|je|jouw|uw|die|dat|deze|dit|een) )?(?:\w+ )?(?:test|formulier|document\w*|cv|diploma\w*|kopie|vog|"
        r"contract|arbeidsovereenkomst|overeenkomst|bankgegevens|pasfoto|loonheffing\w*|[a-z]*verklaring|"
        r"referenties|handtekening|gegevens|toestemming|bewijs\w*|id|paspoort|rijbewijs|identiteitsbewijs|getuigschrift\w*|"
        r"opdracht|vragenlijst|gesprek|kennismaking|afspraak)\b[^.!?;]{0,40}\bniet (?:verder|door)\b|"
        r"\bniet (?:verder|door)\b[^.!?;]{0,50}\bzonder (?:(?:de|het|je|jouw|uw|een) )?(?:\w+ )?(?:formulier|document\w*|cv|"
        r"contract|arbeidsovereenkomst|overeenkomst|bankgegevens|pasfoto|loonheffing\w*|[a-z]*verklaring|"
        r"diploma\w*|kopie|vog|handtekening|gegevens|toestemming|bewijs\w*|paspoort|identiteitsbewijs|getuigschrift\w*|"
        r"rijbewijs|identiteitskaart|id|referenties|werkvergunning|verblijfsvergunning)\b|"
        # a channel the application cannot come through: "we kunnen niet verder met je sollicitatie via e-mail"
        r"\bniet (?:verder|door)\b[^.!?;]{0,40}\bvia (?:e-?mail|de mail|mail|de post|post|linkedin|whatsapp|telefoon)\b|"
        # ...or the agency it came through: "niet verder via het uitzendbureau, maar rechtstreeks"; "niet in behandeling
        # via WhatsApp"
        # (not the channel the application came in by: "niet verder met je sollicitatie die je via de website stuurde")
        r"\b(?:niet (?:verder|door)|niet in behandeling(?: nemen| genomen)?)\b(?:(?!\b(?:die|dat|welke|waarmee)\b)[^.!?;]){0,40}"
        r"\bvia (?:het |de |ons |een )?(?:e-?mail|mail|post|whatsapp|linkedin|facebook|telefoon|app\b|"
        # (an agency or a site only with the other way named: "..., maar rechtstreeks met jou")
        r"(?:uitzendbureau|bureau|interimkantoor|uitzendkantoor|platform|website)\b(?=[^.!?;]{0,30}\b(?:maar|rechtstreeks|enkel|"
        r"alleen|uitsluitend)\b))|"
        # the decision is another's or still to come: "wij kunnen zelf niet verder met je sollicitatie: de manager beslist",
        # "je hoort binnen twee weken van ons" (only "zelf": "we kunnen hier niet mee verder" is a no)
        r"\b(?:kunnen|kan) (?:(?:we|wij|ik) )?zelf niet (?:verder|door)\b|"
        r"\b(?:manager|leidinggevende|afdeling|afdelingsmanager|hiring manager|opdrachtgever|klant|commissie|directie) "
        r"(?:beslist|besluit|neemt (?:de|het) (?:beslissing|besluit))(?= ?[.!?;,:]|$| (?:daarover|hierover|erover|zelf)\b)|"
        r"\b(?:je|u) hoort (?:\w+ ){0,2}(?:binnen (?:een|twee|drie|vier|\d+) (?:dagen|werkdagen|weken)|uiterlijk) (?:\w+ ){0,3}"
        r"(?:van ons|meer)\b|"
        # an incomplete application and the missing piece asked for: "omdat je sollicitatie niet compleet is, kunnen we niet
        # verder. wil je je cv nog sturen?"; the application handed over: "... niet verder, want het is overgedragen aan ..."
        r"\b(?:niet (?:compleet|volledig)|onvolledig|incompleet)\b.{0,150}\b(?:(?:wil|kun|kan|zou) je|(?:kunt|wilt|zou) u|"
        r"graag|nog) (?:\w+ ){0,4}(?:sturen|toesturen|aanvullen|uploaden|nasturen|aanleveren|mailen|opsturen|insturen|"
        r"ontvangen)\b|"
        r"\bniet (?:\w+ )?(?:verder|door)\b[^.!?;]{0,60}\b(?:overgedragen|doorgestuurd|doorgezet) (?:aan|naar)\b|"
        # on hold until a post comes free: "... niet verder met je open sollicitatie tot er iets vrijkomt"
        r"\bniet (?:verder|door)\b[^.!?;]{0,60}\btot (?:er )?(?:\w+ ){0,3}(?:vrijkomt|vrij komt|beschikbaar is|opengaat|open gaat)\b|"
        # ...until the reader or the team is back: "zetten we de procedure niet voort tot je terug bent"
        r"\bniet (?:\w+ )?(?:voort|verder|door)\b[^.!?;]{0,30}\btot (?:je|jij|u|we|wij) (?:\w+ ){0,3}(?:terug|weer|klaar|beter|hersteld|"
        r"beschikbaar)\b|"
        # the reader already hired, the start waits: "we kunnen niet verder met je indiensttreding"
        r"\bniet (?:\w+ )?verder met (?:je|jouw|uw) (?:indiensttreding|onboarding|contract\w*|arbeidsovereenkomst|aanstelling|"
        r"inwerk\w*|personeelsdossier|loonadministratie|salarisadministratie|eerste werkdag)\b|"
        # another way, not another outcome: "je sollicitatie gaat niet verder via mij, maar via mijn collega"
        r"\bniet (?:verder|door)\b[^.!?;]{0,30}\b(?:via|bij|naar) [^.!?;]{0,30}\bmaar (?:wel )?(?:via|bij|naar)\b|"
        # a past "could not" is a delay told afterwards ("we konden de afgelopen weken niet verder door drukte")
        r"\b(?:konden|kon) (?:we|wij|ik) (?:\w+ ){0,4}niet (?:verder|door)\b|"
        r"\bniet (?:verder|door)\b[^.!?;]{0,50}\b(?:door|vanwege|wegens) (?:de |een )?(?:drukte|ziekte|vakantie\w*|storing|"
        r"omstandigheden|personeelstekort)\b|"
        # ...or a glitch first: "door een storing is je sollicitatie niet doorgezet naar de volgende stap" (then repaired)
        r"\b(?:door|vanwege|wegens) (?:de |een )?(?:technische |tijdelijke )?(?:storing|fout|systeemfout|technisch probleem)\b"
        r"[^.!?;]{0,50}\bniet (?:\w+ )?(?:verder|door|doorgezet|doorgestuurd|verwerkt|verzonden)\b",
        # a document still missing holds the procedure up: "in je sollicitatie ontbrak je cv, daardoor kunnen we niet
        # verder" (a rejection for a missing diploma says "voldoet niet", "vereist", not "ontbreekt ... niet verder")
        r"\b(?:ontbreekt|ontbrak|ontbreken|ontbraken|ontbrekende|nog niet (?:\w+ )?ontvangen)\b[^.!?;]{0,60}\bniet (?:verder|door)\b|"
        r"\bniet (?:verder|door)\b[^.!?;]{0,40}\b(?:ontbreekt|ontbreken|nog niet (?:\w+ )?ontvangen)\b",
        r"\b(?:voorlopig|tijdelijk|deze week|komende week|de komende (?:dagen|weken))\b[^.!?;]{0,40}\bniet (?:verder|door)\b|"
        r"\bniet (?:verder|door)\b[^.!?;]{0,50}\b(?:tot (?:na|volgende|eind|begin)|totdat|zolang)\b"),
    # other candidates still to be seen: "we gaan ook nog met andere kandidaten in gesprek; daarna hoor je van ons"
    fam("look-alike: other candidates still to be seen (nl)", -4.5, ("ook", "eerst", "nog"),
        # nothing decided yet: "we zijn nog niet verder gegaan met andere kandidaten"
        r"\bnog niet (?:\w+ )?(?:verder|door) (?:gegaan |gekozen )?met (?:de |een )?(?:andere )?(?:kandida\w*|sollicitant\w*)\b",
        r"\b(?:ook|eerst|nog) (?:\w+ ){0,2}(?:met )?(?:een |de |enkele |twee |drie |meer )?(?:andere )?(?:kandida\w*|sollicitant\w*)\b"
        r"[^.!?;]{0,30}\b(?:in gesprek|spreken|praten|uitnodigen|zien)\b"),
    # the decision is about another, the reader is the exception: "Mark is niet aangenomen, maar u wel!"
    fam("look-alike: said of another, the reader is the exception (nl)", -4.0,
        ("maar", "met jou en", "met u en", "met je en", "loopt", "met de andere", "dat ben", "dat bent"),
        # the reader's own application still runs: "uw eigen kandidatuur loopt nog", "jouw sollicitatie loopt gewoon door"
        r"\b(?:je|jouw|uw) (?:eigen )?(?:sollicitatie|kandidatuur|procedure) loopt (?:\w+ )?(?:nog|door|verder)\b",
        r"\bmaar (?:u|jij|jou|je) wel(?= ?[.!,?;]|$)|\bmaar (?:met|voor) (?:u|jou|jij)(?= ?[.!,?;]|$)|"
        # the reader among those who go on: "met jou en nog een andere kandidaat verder naar de laatste ronde"
        r"\bmet (?:jou|u|je) en (?:nog )?(?:een|twee|drie|enkele) (?:\w+ )?(?:andere )?(?:kandida\w*|sollicitant\w*)",
        # the other finalist dropped, the reader kept: "met de andere kandidaat gaan we niet verder, dus we willen met jou
        # in gesprek"
        r"\bmet de andere (?:kandida\w*|sollicitant\w*|finalist\w*)\b[^.!?;]{0,30}\bniet (?:verder|door)\b[^.!?;]{0,40}\bmet "
        r"(?:jou|u)\b(?! niet)",
        # the one described is the reader: "we kiezen voor iemand die dichter bij de zaak woont, en dat ben jij!" (not
        # "... en dat ben je nog niet")
        r"\b(?:en |maar )?dat (?:ben|bent) (?:jij|u|je)(?: dus| gewoon| geworden)?(?= ?[.!,;]|$)"),
    # one post closed, another offered in the same breath: "niet verder voor Teamleider, maar we willen je graag
    # uitnodigen voor een gesprek over de functie Coordinator" (not "uitnodigen om op andere vacatures te reageren")
    fam("look-alike: another post offered in the same breath (nl)", -4.0, ("maar", "keuze", "favoriet", "topkandidaat", "wordt",
                                                                         "word ", "die van"),
        # "..., en jij wordt zijn assistent", "je wordt onze nieuwe verkoper" (not "je wordt de eerste die we bellen")
        r"\b(?:jij|je|u|ge|gij) (?:wordt|word) (?:zijn|haar|onze|ons|de|mijn) (?:nieuwe )?(?!volgende\b|eerste\b|enige\b)[a-z-]+\b"
        r"(?! nie?t?\b)",
        # "..., maar voor Brugge zijt gij onze keuze!", "je bent onze eerste keuze" (not "je bent niet onze keuze")
        r"\b(?:(?:je|jij|u|ge|gij) (?:bent|zijt|blijft|blijf)|(?:ben|bent|zijt|blijft|blijf) (?:je|jij|u|ge|gij)) "
        r"(?:(?!nie?t?\b|geen\b)\w+ )?(?:onze|mijn|de) (?:eerste |grote )?"
        r"(?:keuze|favoriet|topkandidaat)\b",
        # "niet verder voor de functie van kassier, maar wel voor die van vakkenvuller"; "maar we bekijken ze voor de
        # vacature in Gent" (a named post, not "voor toekomstige vacatures": a rejection keeps the CV that way)
        # ("maar wel perfect binnen de vacature van planner"; "..., voor die van teamleider wel")
        r"\bmaar wel (?:(?:perfect|goed|helemaal|prima) )?(?:voor|met|in|bij|als|binnen) (?:die van|(?:de|het|een|onze|deze|dat) "
        r"(?:andere |nieuwe )?(?:\w+ )?(?:functie|vacature|job|baan|rol|positie|plek|plaats|afdeling|winkel|filiaal|vestiging))\b|"
        r"\bvoor die van (?:\w+ ){1,2}wel\b|"
        r"\bmaar (?:we|wij|ik) (?:bekijken|bekijk|overwegen|overweeg|nemen|neem|houden|hou) (?:ze|hem|je|jou|u|jouw \w+|uw \w+|je \w+) "
        r"(?:\w+ )?(?:voor|mee voor|mee in|in) (?:de|een|onze) (?:andere |nieuwe )?(?:vacature|functie|job|rol|positie|plek|plaats)"
        r" (?:in|bij|van|als|op)\b",
        # "de functie van teamleider kunnen we je niet aanbieden, maar wel de functie van verkoper"
        r"\bmaar wel (?:de|een|onze|die|deze) (?:andere |nieuwe )?(?:functie|baan|job|rol|positie|plek|plaats|vacature|"
        r"stageplaats|stageplek|opdracht)\b",
        # "de vacature bij de kassa is vervuld, maar we zoeken nog iemand voor de broodafdeling"
        r"\bmaar (?:we|wij|ik) zoeken (?:\w+ )?(?:nog|wel) (?:iemand|een \w+) (?:voor|bij|op|in) (?:de|het|onze|ons|een) \w+|"
        # "de studentenjob in juli is ingevuld, maar we hebben nog plaats in augustus"
        r"\bmaar (?:we|wij|ik) (?:hebben|heb) (?:\w+ )?(?:nog|wel) (?:een )?(?:plaats|plek|job|baan|vacature|functie|werk|"
        r"stageplaats|stageplek)\b(?! meer\b)",
        # "..., maar we hebben een andere vacature die wel past" (not "een andere vacature geplaatst")
        r"\bmaar (?:we|wij|ik) (?:hebben|heb) (?:\w+ )?(?:een|nog een) (?:andere|nieuwe) (?:functie|vacature|job|baan|rol|positie|"
        r"opdracht) (?:die (?:wel|beter|goed) (?:past|passen|aansluit)|voor (?:je|jou|u))\b",
        r"\bmaar (?:we|wij|ik) (?:\w+ ){0,4}(?:uitnodigen|uit te nodigen|spreken|voordragen|voor te dragen|aanbieden"
        r"|aan te bieden|"
        r"voorstellen) (?:voor|over|als) (?:een (?:\w+ )?gesprek (?:over|voor) )?(?:de|een|onze) (?:andere "
        r"|nieuwe )?(?:functie|vacature|"
        r"rol|positie|baan|job)\b"),
    # an earlier decision explained because the reader asked: "je vroeg waarom we vorige maand niet verder zijn gegaan"
    # ...or the reader answered it: "dank voor je vraag over ons besluit van vorige week", "je reactie op ons eerdere
    # bericht" (not "je reactie op ons bericht": a new decision may follow a reply to an invitation)
    fam("look-alike: an earlier decision explained on the reader's question (nl)", -4.0,
        ("waarom", "eerdere", "vorige", "recente", "afwijzing", "besluit", "beslissing", "onlangs", "kortgeleden", "vorig jaar",
         "geleden", "destijds", "ontving", "kreeg", "ontvangen", "verwijderd", "gewist"),
        # a survey about a process already closed: "onlangs besloten we niet verder te gaan met je sollicitatie. We horen
        # graag hoe je het proces hebt ervaren" (the decision told before, the mail asks for an opinion)
        r"\b(?:onlangs|kortgeleden|vorige (?:week|maand)|enige tijd geleden)\b[^.!?;]{0,40}\b(?:besloten|beslist)\b[^.!?]{0,120}"
        r"[.!?]\s*[^.!?]{0,100}\b(?:enquete|vragenlijst|survey|hoe (?:je|u) (?:\w+ ){0,4}(?:hebt|heeft) ervaren)\b",
        r"\b(?:je|jij|u) (?:vroeg|vroegt|hebt gevraagd|heeft gevraagd|wilde weten|wou weten) (?:\w+ ){0,2}waarom\b",
        r"\b(?:reactie|vraag|vragen|verzoek|mail|bericht) (?:op|over|naar aanleiding van) (?:ons|onze|het|de|mijn) "
        r"(?:(?:eerdere|vorige|recente) (?:bericht|mail|e-mail|brief|afwijzing|besluit|beslissing)|afwijzing|besluit|"
        r"beslissing)\b",
        # ...the decision the object of feedback, an appeal or a complaint: "je vroeg om feedback op ons besluit om niet
        # verder te gaan", "je bezwaar tegen de beslissing om ..."
        r"\b(?:feedback|bezwaar|beroep|toelichting|uitleg|klacht) (?:op|over|tegen|bij) (?:ons|onze|het|de|jullie) (?:eerdere )?"
        r"(?:besluit|beslissing|afwijzing)\b",
        # ...a message the reader already got: "je ontving onlangs bericht dat we niet verder gaan met je sollicitatie"
        r"\b(?:(?:je|u) (?:ontving|kreeg|hebt ontvangen|heeft ontvangen|hebt gekregen|heeft gekregen)|(?:ontving|kreeg) (?:je|u)) "
        r"(?:\w+ ){0,2}(?:een |ons )?(?:bericht|mail|e-mail|brief)\b[^.!?;]{0,15}\bdat (?:we|wij) (?:\w+ ){0,2}niet\b",
        # ...a decision of long ago, told with a new opening: "vorig jaar zijn we niet verder gegaan met je sollicitatie"
        # (told in the past: not "vorig jaar solliciteerde je ook al en helaas gaan we ook nu niet verder")
        r"\b(?:vorig jaar|enige tijd geleden|een tijd geleden|een jaar geleden|maanden geleden|destijds)\b[^.!?;]{0,60}"
        r"\bniet (?:verder|door) (?:zijn |te )?ge?gaan\b",
        # ...or the data deleted afterwards: "aangezien we eerder besloten ..., hebben we je gegevens nu verwijderd"
        r"\b(?:hebben|zijn) (?:we|wij) (?:je|jouw|uw) (?:persoons)?gegevens (?:\w+ ){0,2}(?:verwijderd|gewist|vernietigd)\b|"
        r"\b(?:je|jouw|uw) (?:persoons)?gegevens (?:zijn|werden) (?:\w+ ){0,2}(?:verwijderd|gewist|vernietigd)\b"),
]


# --- sweep 3: person-written notes (a shop owner, a school head, a hospital, an agency) --------------------------
# Each alternative is a decision about the reader's own post in a shape the families above miss; the spoken "nie/ni"
# forms follow from the respelling below.
_NL_OWN_POST = r"(?:functie|job|baan|plaats|plek|rol|positie|stage|stageplaats|stageplek|opdracht|vacature)"
# a person by trade or in plain words (a closed list of endings, things like "kleur", "manier", "leverancier" kept out)
_NL_TRADE = (r"(?!(?:kleur|manier|papier|leverancier|partner|aannemer|venster|datum|oplossing)\b)(?:[a-z-]*(?:eur|euse|kracht|werker|"
             r"ster|ier|kundige|bediende|verkoper|verkoopster|leider|ontwikkelaar|houder|kok|arts|leraar|leerkracht|technieker|"
             r"loodgieter|schilder|lasser|bakker|slager|kapper|student|stagiair|jongen|meisje|dame|gast|kerel|collega|kandidaat|trainer|coach|"
             r"kandidate|persoon|vrouw)|man|juf|meester)")

DECISIONS += [
    fam("grammatica: een andere leerkracht aangesteld / de functie aan een ander geven", 4.0,
        ("een andere", "aan iemand", "aan een ", "aan onze ", "gekozen voor"),
        # a school or a board names its choice by title: "de directie heeft beslist om een andere leerkracht aan te
        # stellen", "het college heeft in zitting van 4 maart een andere kandidaat aangesteld" (a person verb only:
        # "een andere datum aan te bieden" is a meeting)
        r"\b(?:beslist|besloten|gekozen|geopteerd) (?:om )?(?:een|de) andere [a-z-]+ (?:aan te stellen|aan te werven|te benoemen|"
        r"aan te nemen)\b",
        r"\b(?:hebben|heeft) (?:\w+ ){0,5}een andere [a-z-]+ (?:aangesteld|aangeworven|benoemd|aangenomen)\b"
        r"(?! (?:als|tot) (?:\w+ )?(?:contactpersoon|aanspreekpunt|begeleider|mentor|buddy|peter|meter))",
        # the verb to come: "ik ga de functie aan iemand anders geven"
        rf"\b(?:ga|gaan|zal|zullen|moet|moeten) (?:\w+ ){{0,2}}(?:de|deze|die) {_NL_OWN_POST} aan (?:iemand anders|een ander\w*|"
        r"(?:een|onze) (?:interne |externe )?(?:collega|medewerker|kandidaat|kandidate|student|persoon)) (?:\w+ )?(?:geven|gunnen|"
        r"toekennen|aanbieden)\b"),
    fam("grammatica: iemand anders genomen / we kiezen er niet voor / niet aangeboden", 4.0,
        ("iemand anders", "kiezen", "bieden", "bied", "geen", "houden", "over tot", "gelukt", "een ander", "nen ander",
         "niet voor", "gekozen voor", "wat we", "wat wij", "wat ik", "niet als", "genoeg",
         "ne ander", "juiste", "goede", "geschikte", "gebruiken", "inzetten", "inschakelen", "inplannen", "tewerkstellen"),
        # the plain verb of a small employer: "we hebben iemand anders genomen", "we nemen iemand anders"
        # (Flemish "'k" for "ik": "'k heb iemand anders genomen")
        r"\b(?:we|wij|ik|k) (?:hebben|heb|he) (?:\w+ ){0,5}iemand anders (?:\w+ )?(?:genomen|gepakt|aangeworven|vastgenomen)\b|"
        r"\b(?:we|wij|ik) (?:nemen|neem|pakken|pak) iemand anders(?= ?[.!?;,]|$| (?:aan|die|met|voor)\b)",
        # "we hebben je sollicitatie besproken, en we kiezen er helaas niet voor" (the clause ends there)
        r"\b(?:(?:we|wij|ik) (?:kiezen|kies)|(?:kiezen|kies) (?:we|wij|ik)) er (?:\w+ )?niet voor(?= ?[.!?;,]|$)",
        # the offer withheld: "we bieden je de functie daarom niet aan", "kunnen wij u geen opdracht aanbieden"
        r"\b(?:(?:we|wij|ik) (?:bieden|bied)|(?:bieden|bied) (?:we|wij|ik)) (?:je|jou|u) (?:\w+ ){0,3}niet aan\b|"
        r"\b(?:je|jou|u) geen (?:\w+ )?(?:opdracht|job|functie|betrekking|aanstelling|stageplek|stageplaats|contract|baan) "
        r"(?:\w+ )?(?:aanbieden|aan te bieden|geven|bieden)\b|"
        r"\bgeen (?:baan|job|plek|plaats|werk) (?:\w+ )?voor (?:jou|u|je) bij ons\b(?![^.!?;]{0,40}\b(?:maar|wel)\b)",
        # "de chef wil u niet houden na de proefdag"
        r"\b(?:wil|willen|wilt|gaan|kunnen|kan) (?:je|jou|u) (?:\w+ )?niet (?:houden|aanhouden)\b(?! aan\b)",
        # the formal verb: "wij gaan niet over tot een aanwerving van uw persoon"
        r"\bniet over tot (?:een |de |uw |je )?(?:aanwerving|aanstelling|benoeming|indienstneming|indiensttreding)\b"
        r"(?! van (?!(?:u|jou|uw|je|jouw)\b))",
        # "het is niet gelukt voor de job als verkoopster"
        # (the post, not the application: "het is niet gelukt met de link voor je sollicitatie" is a broken upload)
        r"\bis (?:\w+ )?niet gelukt (?:voor|met) (?:de|die|deze) (?:job|baan|functie|vacature|stage|plaats|plek)\b",
        # a person named by a trade or a plain word: "we hebben een andere chauffeur gevonden", "besloten om voor een
        # andere jongen te kiezen" (a person only: not "een andere manier gevonden", "voor een andere kleur gekozen")
        rf"\b(?:we|wij|ik) (?:hebben|heb) (?:al |inmiddels |intussen |ondertussen )?(?:een|nen) andere? {_NL_TRADE} "
        r"(?:gevonden|gekozen|genomen|gepakt|aangenomen|aangeworven)\b|"
        rf"\b(?:besloten|beslist|gekozen) (?:om )?voor (?:een|nen|ne) andere? {_NL_TRADE} (?:te kiezen|te gaan|gekozen)\b|"
        rf"\b(?:hebben|heeft|heb) (?:\w+ )?gekozen voor (?:een|nen|ne) andere {_NL_TRADE}\b",
        # "de job is voor iemand anders", "die plaats gaat naar nen anderen"
        r"\b(?:de|die|deze) (?:job|baan|functie|plaats|plek|stage|stageplaats) (?:is|gaat) (?:\w+ )?(?:voor|naar) (?:iemand anders|"
        r"een ander|een andere|nen anderen?|ne andere)(?= ?[.!?;,]|$)",
        # "dat het niet de juiste plek voor je is" (after a shadowing day)
        # (the clause ends at the reader: not "niet de juiste plek voor je fiets")
        r"\bniet de (?:juiste|goede|geschikte) (?:plek|plaats|job|baan|werkplek|functie|match) voor (?:je|jou|u)"
        r"(?: is| bent| zijt| was)?(?= ?[.!?;,]|$)",
        # "we hebben iemand anders gevraagd voor de job"
        r"\biemand anders gevraagd voor (?:de|die|deze) (?:job|baan|functie|plaats|plek|rol|positie|stage)\b",
        # "we kunnen u deze zomer niet gebruiken als jobstudent"
        r"\b(?:kunnen|kan|gaan|zullen) (?:(?:we|wij|ik) )?(?:je|jou|u) (?:\w+ ){0,3}niet (?:gebruiken|inzetten|inschakelen|inplannen|"
        r"tewerkstellen) als\b(?![^.!?;]{0,40}\bmaar wel\b)",
        # the choice in the first person: "we gaan toch ni voor u", "we hebben gekozen voor een meisje dat al ..."
        rf"\b(?:we|wij|ik) (?:gaan|ga) (?:toch |dus |helaas |uiteindelijk )?niet voor (?:jou|u)(?= ?[.!?;,]|$|{_NL_SIGN_OFF})|"
        # (a person in plain words, not a trade: "gekozen voor een bakker die lokaal werkt" orders the cake)
        r"\b(?:hebben|heb|hadden) (?:\w+ )?gekozen voor (?:een|nen|ne) (?:jongen|meisje|dame|man|vrouw|kerel|gast|student|studente|"
        r"collega|persoon|jongere|gozer|meid) (?:die|dat|met|uit|van)\b",
        # "het was ni wat we zochten", "hij ziet je niet als de juiste persoon"
        r"\b(?:(?:het|dat|da|je|jij|u|ge|gij) (?:was|is|bent|zijt|waart)|(?:was|is|bent|zijt|waart) (?:het|dat|da|je|jij|u|ge|gij)) "
        r"(?:\w+ ){0,2}niet (?:helemaal |echt )?wat (?:we|wij|ik) "
        r"(?:zoeken|zochten|zoek|zocht|nodig hebben|nodig hadden)\b|"
        r"\b(?:ziet|zien|zie|zag|zagen) (?:je|jou|u) (?:\w+ )?niet als (?:de|een|onze) (?:juiste|geschikte|goede|passende|nieuwe) "
        r"(?:persoon|kandidaat|kandidate|match|collega|medewerker|kracht)\b",
        # "je hebt de praktijkopdracht niet goed genoeg gemaakt om door te gaan"
        # (the clause ends there: not "niet goed genoeg om door te gaan met de opendeurdag")
        r"\bniet (?:goed|sterk|overtuigend) genoeg\b[^.!?;]{0,40}\bom (?:door te gaan|verder te gaan|(?:je|jou|u) (?:uit te nodigen|"
        r"aan te nemen|aan te werven|door te laten))(?= ?[.!?;,]|$| (?:naar|in) de (?:volgende|procedure|selectie))"),
    fam("grammatica: Vlaams kort: 't is nen anderen geworden / da gaat hem ni worden / ge zijt het ni", 4.0,
        ("geworden", "wordt", "worden", "zijt het", "bent het", "gelukt", "nee", "in zee", "aan", "niet voor"),
        # the outcome named in a word: "'t is nen anderen geworden", "het wordt een nee" (the clause ends there: not
        # "het wordt een andere datum")
        # (a chat's "t" for "het" too: "t is n ander geworden")
        r"\b(?:het|'t|t) (?:is|wordt|werd) (?:\w+ )?(?:nen anderen?|ne andere?|een andere?|iemand anders|een nee|ne nee|nen nee|"
        r"(?:een|nen|ne) andere? (?:kandidaat|kandidate|sollicitant|sollicitante|persoon))(?: geworden)?(?= ?[.!?;,]|$)",
        # "da gaat hem ni worden", "het gaat hem niet worden"
        r"\b(?:het|dat|da|'t|t) (?:gaat|zal) (?:hem|het) (?:\w+ )?niet worden\b",
        # "ge zijt het spijtig genoeg ni", "je bent het niet" (the sentence ends: not "je bent het niet eens met ...",
        # "ge zijt het ni, ge zijt de beste")
        r"\b(?:je|jij|u|ge|gij) (?:bent|zijt|is) het (?:\w+ ){0,2}niet(?= ?[.!;]|$)",
        # the outcome in a word: "spijtig, maar 't is ni gelukt", "het is ni voor u deze keer"
        r"\b(?:spijtig|jammer|helaas|teleurstellen)(?: genoeg)?,? (?:maar )?(?:het|'t) is (?:\w+ )?niet gelukt(?= ?[.!?;,]|$)|"
        rf"\b(?:het|'t) is (?:\w+ )?niet voor (?:jou|u)(?: geworden)?(?= ?[.!?;]|$| (?:deze|dit|die) keer\b|{_NL_SIGN_OFF})",
        # the boss said no: "de baas heeft nee gezegd" (to the reader, not "nee gezegd tegen de offerte")
        r"\b(?:baas|bazin|zaakvoerder|chef|directie|directeur|directrice|manager|werkgever|eigenaar|klant) (?:heeft|had|zei|zegt) "
        r"(?:\w+ )?nee(?: gezegd)?(?= ?[.!?;,]|$| tegen (?:je|jou|u|uw|jouw)\b| op (?:je|jouw|uw)\b)",
        # "we gaan ni met u in zee", "we werven u ni aan"
        r"\b(?:gaan|ga) (?:\w+ )?niet met (?:je|jou|u) in zee\b|"
        r"\b(?:(?:we|wij|ik) (?:werven|werf|stellen|stel)|(?:werven|werf|stellen|stel) (?:we|wij|ik)) (?:je|jou|u) (?:\w+ )?niet aan\b"
        r"(?![^.!?;]{0,40}\bmaar wel\b)"),
    fam("grammatica: het is nee / iemand anders heeft de job / naast de prijs", 4.0,
        ("nee", "gekregen", "krijgt", "kreeg", "aan u", "aan jou", "doorgegaan", "gelukkige", "in zee", "andere keuze",
         "naast de", "tweede", "ervaring", "meer", "die al", "gelukt", "de job", "de baan", "de functie", "de plaats", "beter",
         "doen", "recht", "sterkere", "betere", "geschiktere", "passendere", "ervarener", "voort", "zonder", "niet meer",
         "zitten", "zyt", "voor u", "voor jou", "geraakt", "gekomen", "doorgestoten", "iemand anders", "hierop", "daarop",
         "erop", "voor iemand", "naar een", "naar iemand", "iemand", "niet de", "nodig", " al ", "intussen", "inmiddels",
         "doorslag", "contract", "overeenkomst", "collega", "medewerker", "leerkracht", "niet voor", "zitten", "gevallen",
         "een ander",
         "past", "geen", "eerste keuze", "kunnen"),
        # "voor deze keer is het nee", "het antwoord is nee" (the clause ends there)
        r"\b(?:is|wordt|werd) het (?:\w+ )?(?:een )?nee(?= ?[.!?;,]|$)|\bhet (?:is|wordt|werd) (?:\w+ )?(?:een )?nee(?= ?[.!?;,]|$)|"
        r"(?<!geen )\bnee (?:moeten |moet |moesten )?(?:zeggen|gezegd|te zeggen) (?:tegen|op) (?:je|jouw|uw) (?:kandidatuur|sollicitatie|cv|"
        r"profiel)\b",
        # the post went to another: "iemand anders heeft de job gekregen", "ge hebt de job ni", "we gaan de job ni aan u geven"
        rf"\b(?:iemand anders|een ander|een andere (?:kandidaat|kandidate|sollicitant)|nen anderen?) (?:heeft|kreeg|krijgt) "
        rf"(?:de|die|deze) {_NL_OWN_POST}\b|"
        r"\b(?:je|jij|u|ge|gij) (?:hebt|heeft|krijgt) (?:de|die|deze) (?:job|baan|functie|plaats|plek|stage|stageplaats) "
        r"(?:(?!nog\b)\w+ ){0,2}niet(?= ?[.!?;,]|$)|"
        rf"\b(?:de|die|deze) {_NL_OWN_POST} (?:\w+ )?niet aan (?:jou|u|je) (?:\w+ )?(?:geven|gunnen|toekennen|aanbieden|gegeven)\b",
        # "het is niet doorgegaan voor u", "ge zijt ni de gelukkige", "we gaan niet in zee met u"
        r"\bis (?:\w+ ){0,2}niet doorgegaan voor (?:u|jou|je)\b|\b(?:je|jij|u|ge|gij) (?:bent|zijt|was|waart) (?:\w+ ){0,2}niet "
        r"de gelukkige\b|\bniet (?:\w+ )?in zee (?:met|gaan met) (?:je|jou|u)\b",
        # "we zijn tot een andere keuze gekomen", "ge zijt net naast de prijs gevallen", "ge waart nipt tweede"
        r"\btot een andere keuze gekomen(?= ?[.!?;,]|$)|\bnaast de (?:prijs|job|plaats|functie|baan) (?:\w+ )?(?:gevallen|gegrepen)\b|"
        r"\b(?:je|jij|u|ge|gij) (?:bent|zijt|waart|was|werd|eindigde) (?:\w+ )?(?:nipt|net|heel nipt|op een haar na) "
        r"(?:als )?tweede\b(?! (?:ronde|gesprek|fase|kans)\b)",
        # "we hebben iemand met meer ervaring genomen"
        r"\biemand (?:met (?:\w+ )?(?:meer|ervaring)|die (?:al|meer|beter))\b[^.!?;]{0,30}\b(?:genomen|aangenomen|aangeworven|"
        r"gekozen|gepakt)\b(?! als (?:je|jouw|uw) (?:mentor|peter|meter|begeleider|buddy|coach)\b)",
        # "iemand anders past beter in het team", "ik ga het niet met jou doen", "je komt beter tot je recht in een andere
        # organisatie"
        r"\b(?:iemand anders|een ander|een andere (?:kandidaat|kandidate|sollicitant)) (?:past|paste|sluit|sloot) (?:\w+ )?beter"
        r"(?: aan)?(?:(?= ?[.!?;,]|$)| (?:in|bij) (?:het|ons|onze|de|dit|deze|die|wat) (?:\w+ )?(?:team|profiel|functie|job|baan|"
        r"bedrijf|zaak|organisatie|plaatje|rol|we zoeken|wij zoeken)\b)|"
        r"\b(?:gaan|ga|zullen|zal) het (?:\w+ )?niet met (?:jou|u|je) doen\b|"
        r"\bbeter tot (?:je|uw|jouw) recht (?:komt|zou komen|zal komen|kan komen) (?:in|bij) (?:een )?andere?\b",
        # "we hebben ne sterkere kandidaat gevonden", "we gaan voort met nen anderen", "we gaan verder zonder u"
        r"\b(?:een|ne|nen) (?:betere|sterkere|geschiktere|passendere|ervarener) (?:kandidaat|kandidate|sollicitant|profiel|match|"
        r"persoon) (?:\w+ )?(?:gevonden|gekozen|aangenomen|genomen|vastgenomen)\b|"
        r"\b(?:gaan|ga|gaat) (?:\w+ )?(?:voort|verder|door) met (?:nen anderen?|ne andere?|een ander)(?= ?[.!?;,]|$)|"
        r"\b(?:gaan|ga) (?:\w+ )?verder zonder (?:jou|u)(?= ?[.!?;,]|$)",
        # after a trial day: "ge moogt zaterdag ni meer komen", "we hebben beslist om 't ni te doen met u", "de ploeg ziet
        # het ni zitten", "gy zyt het nie geworden" (West Flemish)
        r"\b(?:je|jij|u|ge|gij) (?:mag|moogt|moogt) (?:\w+ )?niet meer (?:komen|terugkomen|beginnen)(?= ?[.!;]|$)|"
        r"\bom (?:het|'t) (?:\w+ )?niet te doen met (?:u|jou|je)(?= ?[.!?;,]|$)|"
        r"\b(?:ploeg|team|baas|chef|zaakvoerder|klant|werkgever|directie) (?:\w+ )?(?:ziet|zag|zien|zagen) het (?:\w+ )?niet zitten"
        r"(?= ?[.!?;,]|$| met (?:je|jou|u)\b)|"
        r"\b(?:gij|gy|ge) (?:zijt|zyt) het (?:\w+ ){0,2}niet geworden\b",
        # "voor u is het deze keer ni", "ge zijt ni geraakt tot de laatste ronde", "ik heb iemand anders (voor de weekends)",
        # "besloten hierop niet in te gaan", "ik kies voor iemand die al een ploeg heeft geleid"
        r"\bvoor (?:jou|u) is het (?:\w+ ){0,2}niet(?= ?[.!?;,]|$)|"
        r"\b(?:je|jij|u|ge|gij) (?:bent|zijt) (?:(?!nog\b)\w+ )?niet (?:geraakt|gekomen|doorgestoten|doorgegaan) (?:tot|in|bij|naar) (?:de )?"
        r"(?:laatste|volgende|finale|tweede|derde|eind)\w*\b|"
        # (the post named, not a shift: "ik heb iemand anders voor de late shift gevraagd")
        r"\b(?:ik|we|wij|k) (?:heb|hebben|he) (?:al |intussen |ondertussen )?iemand anders(?= ?[.!?;,]|$| voor (?:de|die|deze) "
        r"(?:job|baan|functie|plaats|plek|stage|stageplaats|vacature|studentenjob|vakantiejob)\b)|"
        r"\b(?:besloten|beslist|gekozen) (?:om )?(?:hierop|daarop|erop) (?:\w+ )?niet (?:verder )?in te gaan\b(?! tot\b)|"
        r"\b(?:ik|we|wij) (?:kies|kiezen|koos|kozen) (?:\w+ )?voor iemand (?:die|met) (?:al|meer)\b|"
        # the boss or the chef chooses: "hij kiest voor iemand met een koksdiploma"
        r"\b(?:hij|zij|ze|chef|baas|bazin|zaakvoerder|directie|directeur|manager) (?:kiest|kiezen|koos|kozen|gaat|ging) (?:toch |liever )?"
        # (not a mentor: "... iemand met ervaring om je de eerste week te begeleiden")
        r"voor iemand (?:met|die) [^.!?;]{0,40}\b[a-z]*(?:diploma|ervaring|rijbewijs|opleiding|kennis)\b"
        r"(?![^.!?;]{0,30}\bom (?:je|jou|u)\b)",
        # "de job als elektricien naar een andere kandidaat gaat" (the verb last), "het is iemand geworden die dichterbij
        # woont", "dat ge ni de juiste persoon zijt" (the reader, not "ik ben niet de juiste persoon om ..."), "we hebben
        # geen jobstudenten meer nodig", "we hebben al een kuisvrouw gevonden" (a person by trade, after "al")
        rf"\b{_NL_OWN_POST}\b[^.!?;]{{0,40}}\bnaar (?:een andere?|iemand anders|een collega|een interne) (?:\w+ )?(?:gaat|ging|is gegaan|"
        r"gegaan)\b|"
        r"\b(?:het|'t) is (?:\w+ )?iemand (?:anders )?geworden\b|"
        r"\b(?:je|jij|u|ge|gij) (?:(?:bent|zijt|was|waart) )?(?:\w+ )?niet de (?:juiste|geschikte|goede|ideale) (?:persoon|kandidaat|"
        r"kandidate|match|profiel)\b(?! (?:moet|moest|hebt|hebben|gebeld|gemaild|om|voor (?:deze|die|dat|die) vraag)\b)|"
        r"\bgeen (?:\w+ )?(?:jobstudenten|studenten|vakantiekrachten|krachten|mensen|personeel|volk|medewerkers) (?:\w+ )?meer nodig"
        r"(?= ?[.!?;,]|$| (?:deze|dit|die) (?:zomer|jaar|keer|periode|seizoen)\b| (?:in|op|bij) (?:de|het|onze|ons) (?:winkel|zaak|team|"
        r"keuken|magazijn|ploeg)\b)|"
        rf"\b(?:we|wij|ik|k) (?:hebben|heb|he) (?:al|intussen|ondertussen|inmiddels) (?:een|nen|ne) (?:nieuwe )?{_NL_TRADE} "
        r"(?:gevonden|gekozen|aangenomen|aangeworven|vastgenomen)(?= ?[.!?;,]|$| voor (?:de|die|deze) (?:job|baan|functie|plaats|plek|"
        r"vacature|stage)\b)",
        # "uiteindelijk heeft zij de doorslag gekregen", "we gaan geen contract met je tekenen", "beslist om een collega uit
        # onze eigen school de uren te geven"
        # (got the casting vote, not "gave" it: "hij heeft de doorslag gegeven om jou aan te nemen")
        r"\b(?:(?:zij|hij|de andere (?:kandidaat|kandidate)|iemand anders|een andere (?:kandidaat|kandidate)) (?:heeft|had)|"
        r"(?:heeft|had) (?:zij|hij|de andere (?:kandidaat|kandidate))) (?:\w+ )?de doorslag gekregen\b|"
        r"(?<!hoeft )(?<!hoef )(?<!hoeven )(?<!moet )(?<!moeten )\bgeen (?:\w+ )?(?:contract|arbeidsovereenkomst|arbeidscontract) "
        r"(?:met (?:je|jou|u) )?(?:\w+ )?(?:tekenen|ondertekenen|"
        r"afsluiten|aangaan|aanbieden)\b|"
        r"\b(?:beslist|besloten|gekozen) (?:om )?(?:een|onze) (?:interne )?(?:collega|medewerker|leerkracht|kandidaat|kandidate)\b"
        r"[^.!?;]{0,40}\b(?:de|die|deze) (?:uren|job|functie|plaats|opdracht|baan|betrekking|lestijden) (?:te )?(?:geven|gunnen|toe te "
        r"kennen|aan te bieden)\b",
        # "de job is ni voor u", "we zien u ni zitten", "ge zijt eruit gevallen", "dat ge ni in ons team past" (the verb
        # last), "voor u hebben we geen plaats", "ge waart ni den eerste keuze"
        rf"\b(?:de|die|deze) (?:job|baan|functie|plaats|plek|stage) is (?:\w+ )?niet voor (?:jou|u)(?= ?[.!?;,]|$|{_NL_SIGN_OFF})|"
        r"\b(?:zien|zie|zagen|zag) (?:je|jou|u) (?:\w+ )?niet zitten(?= ?[.!?;,]|$| (?:voor|in|als|bij) (?:de|deze|die|onze|ons) "
        r"(?:job|functie|baan|rol|ploeg|team|zaak|winkel)\b(?![^.!?;]{0,30}\bmaar\b))|"
        r"\b(?:je|jij|u|ge|gij) (?:bent|zijt) (?:\w+ )?(?:eruit|uit de (?:boot|selectie|procedure|race|running)) gevallen"
        r"(?= ?[.!?;,]|$| (?:na|bij|in) (?:de|het) (?:eerste|tweede|laatste|selectie|gesprek|test|proef))|"
        r"\b(?:je|jij|u|ge|gij) (?:\w+ )?niet (?:echt |goed |helemaal )?(?:in|bij) (?:ons|onze|het|de) (?:team|ploeg|bedrijf|zaak|"
        r"plaatje|profiel|winkel|keuken|organisatie) past\b|"
        r"\bvoor (?:jou|u) (?:hebben (?:we|wij)|is er) (?:\w+ )?geen (?:plek|plaats|werk|job|baan|ruimte)(?= ?[.!?;,]|$)|"
        r"\b(?:we|wij) hebben (?:\w+ )?voor (?:jou|u) geen (?:plek|plaats|werk|job|baan|ruimte)(?= ?[.!?;,]|$)|"
        r"\b(?:je|jij|u|ge|gij) (?:was|waart|bent|zijt) (?:\w+ )?niet (?:de|den|onze|mijn) eerste keuze\b|"
        r"\b(?:je|jou|u) (?:\w+ ){0,2}niet kunnen (?:gebruiken|inzetten) (?:voor|in|als) (?:de|die|deze|onze) (?:job|functie|baan|"
        r"zaak|winkel|keuken)\b",
        # "'t is nie gelukt deze keer"
        r"\b(?:het|'t) is (?:\w+ )?niet gelukt (?:deze|dit|die) keer\b"),
]


# The broad "niet verder" families meet, in mail about a procedure, sentences whose subject or object is not the
# reader's application: a named candidate's own step or status (the reader hires), a partnership with an agency
# dropped, the other candidates dropped in the reader's favour, an invitation moved to another day.
LOOKALIKES += [
    fam("look-alike: a third party's step, the others dropped, a day moved (nl)", -5.0,
        ("kandida", "sollicitant", "samenwerking", "andere kandidaten", "overige kandidaten", "krijgt", "uitgenodigd", "wel op",
         "begint", "start", "beginnen"),
        # "kandidaat Sanne Vos gaat niet verder in de procedure", "de sollicitant heeft aangegeven niet verder te willen"
        # (not "... niet verder met je": an agency relaying the client)
        r"\b(?:kandidaat|kandidate|sollicitant|sollicitante)\b (?:\w+ ){0,3}(?:gaat|wil|wenst|heeft (?:aangegeven|laten weten)|"
        r"gaf aan|liet weten) (?:\w+ ){0,3}niet (?:langer |meer )?(?:verder|door)\b(?![^.!?;]{0,25}\bmet (?:je|jou|u|uw|jouw)\b)",
        # "we kunnen de samenwerking met het uitzendbureau niet voortzetten"
        r"\bsamenwerking met (?:het|de|dat|die|ons|onze) (?:\w+ )?(?:[a-z]*bureau|leverancier|partner|aanbieder|[a-z]*kantoor|"
        r"platform)\b",
        # "we gaan niet verder met de andere kandidaten: jij krijgt het contract"
        r"\bniet (?:verder|door) (?:gegaan |gaan )?met (?:de )?(?:andere|overige) (?:kandidaten|sollicitanten)\b|"
        r"\b(?:jij|je|u|ge|gij) (?:krijgt|krijg) (?:de job|de baan|het contract|de functie|de plek|de plaats|de stageplaats)\b"
        r"(?!(?: \w+){0,2} (?:nie?t?|geen)\b)|"
        r"\b(?:jij|je|u|ge|gij) (?:bent|zijt|wordt) (?:(?!nie?t?\b|nog\b)\w+ )?uitgenodigd\b|"
        # the reader starts: "we hebben de vacature ingevuld: jij begint op 1 maart!"
        r"\b(?:jij|je|u|ge|gij) (?:begint|start|mag beginnen|mag starten|kunt beginnen|kunt starten|kan beginnen|kan starten) "
        r"(?:(?!nie?t?\b)\w+ )?(?:op|per|vanaf|maandag|dinsdag|woensdag|donderdag|vrijdag)\b",
        # "we kunnen je niet uitnodigen op maandag, wel op dinsdag"
        r"\bniet (?:\w+ )?(?:uitnodigen|uit te nodigen|ontvangen|zien|spreken) (?:op|voor) (?:maandag|dinsdag|woensdag|donderdag|"
        r"vrijdag|zaterdag|zondag|\d+|de \d+)\b[^.!?;]{0,30}\bwel (?:op|om|voor)\b"),
]


# --- sweep 4: shapes of ATS templates, public letters and short notes the families above miss ----------------------
DECISIONS += [
    fam("grammatica: niet doorgegaan (bijzin) / de functie aan een ander aanbieden / het gaat niet door", 4.0,
        ("niet bent", "niet zijt", "aan een", "aan iemand", "aan de andere", "gaat het"),
        # the verb last in a clause: "we laten je weten dat je niet bent doorgegaan naar de volgende ronde"
        r"\b(?:je|jij|u|ge|gij) (?:\w+ )?niet (?:bent|zijt|is) (?:doorgegaan|doorgestoten|geraakt|gekomen|door) (?:naar|tot|in) (?:de )?"
        r"(?:volgende|laatste|tweede|derde|finale|eind)\w*\b",
        # the separable verb around the other person: "we bieden de functie aan een andere kandidaat aan", "we geven de
        # baan aan iemand anders" (a person: not "we bieden de functie aan een andere vestiging aan")
        rf"\b(?:bieden|bied|biedt|boden|bood|gunnen|gun|gunt|geven|geef|geeft|gaven|gaf) (?:(?:we|wij|ik) )?(?:\w+ )?(?:de|deze|die) "
        rf"{_NL_OWN_POST}\b[^.!?;]{{0,30}}\baan (?:iemand anders|een andere? (?:\w+ )?(?:kandida\w*|sollicitant\w*|collega|persoon|"
        r"medewerker\w*)|(?:een|de) (?:interne|andere) (?:kandida\w*|sollicitant\w*|collega|medewerker\w*))\b",
        # a short note's outcome: "jammer genoeg gaat het niet door (voor jou / met de bijbaan)" (the clause ends there or
        # names the reader or the post: not "helaas gaat het niet door morgen", a meeting)
        r"\b(?:jammer|spijtig|helaas)(?: genoeg)?,? (?:maar )?gaat het (?:voor (?:jou|u|je) )?niet door(?= ?[.!;]|$| voor (?:jou|u|je)\b"
        r"| met (?:de|die|deze|je|jouw|uw) (?:job|baan|functie|plaats|plek|stage|bijbaan|vakantiejob|studentenjob|vacature|"
        r"sollicitatie|kandidatuur)\b)"),    fam("grammatica: onontvankelijk / geen aanbieding / de ronde niet gehaald", 4.0,
        ("ontvankelijk", "aanbieding", "gehaald", "uit de bus"),
        # a public body's formal no: "uw kandidatuur werd onontvankelijk verklaard"
        r"\b(?:kandidatuur|sollicitatie|deelname|inschrijving voor de (?:selectie|functie|vacature))\b[^.!?;]{0,30}\b"
        r"(?:onontvankelijk|niet[ -]ontvankelijk) (?:verklaard|bevonden)\b",
        # "besloten om je geen (job)aanbieding te doen"
        r"\b(?:je|jou|u) geen (?:job)?aanbieding (?:te )?(?:doen|maken|geven|sturen)\b",
        # a selection stage not passed: "je hebt de eindronde niet gehaald", "je kwam als tweede uit de bus"
        r"\b(?:je|jij|u|ge|gij) (?:hebt|heeft|haalde|haalt) (?:de|het) (?:\w+ )?(?:ronde|eindronde|selectie|selectieronde|finale|"
        r"shortlist|assessment|selectieproef|selectietest|capaciteitentest) (?:\w+ ){0,4}niet(?: gehaald)?(?= ?[.!?;,]|$| gehaald\b)",
        r"\b(?:je|jij|u|ge|gij) (?:kwam|kwaamt|bent|zijt) (?:\w+ )?als tweede uit de bus\b"),
]


# --- sweep 7: a formal "niet voor een benoeming in aanmerking" with the post between, an agency's "je matcht
# onvoldoende" and "niet voorstellen voor deze vacature", and "we gaan niet door met je sollicitatie" -----------------
DECISIONS += [
    fam("grammatica: niet voor de functie in aanmerking / matcht onvoldoende / niet door met je sollicitatie", 4.0,
        ("aanmerking", "onvoldoende", "niet voor te", "niet voorstellen", "niet voordragen", "niet door met"),
        # the reader the subject or object, the post named between "voor" and "in aanmerking" (a benefit is not: "je
        # komt niet voor een leaseauto in aanmerking"): "dat u niet voor een benoeming in aanmerking komt", "besloten u
        # niet voor de functie van senior adviseur in aanmerking te laten komen"
        r"\b(?:u|je|jij|jou|ge|gij) (?:\w+ ){0,2}niet voor (?:een |de |deze |die |onze )?(?:benoeming|aanstelling|functie|vacature|"
        r"positie|baan|job|rol)(?: (?:van|als) \w+(?: \w+){0,2})? in aanmerking\b",
        # the reader's match with the post (not a colour with a house style): "je matcht onvoldoende met het profiel"
        r"\b(?:je|jij|u|ge|gij|(?:je|jouw|uw) (?:profiel|cv|ervaring|achtergrond)) (?:matcht|matchte|match) (?:\w+ )?onvoldoende\b",
        # an agency that will not put the reader up for this post (no client named): "we gaan je niet voorstellen voor
        # deze vacature"
        r"\b(?:je|jou|u) (?:\w+ ){0,2}niet (?:voorstellen|voordragen|voor te stellen|voor te dragen) (?:voor|op) (?:de|deze|die) "
        r"(?:\w+ )?(?:vacature|functie|rol|positie|baan|job|opdracht)\b",
        # the sender's own "we" ends it: "we gaan helaas niet door met je sollicitatie" (the reader's "je wilt niet door"
        # is the withdrawal look-alike's)
        rf"\b(?:(?:we|wij|ik) (?:gaan|ga|gingen|zullen)|(?:gaan|ga|gingen|zullen) (?:we|wij|ik)) (?:(?!niet\b)\w+ ){{0,2}}niet "
        rf"(?:\w+ )?door{_NL_WITH_YOU}"),
    fam("grammatica: niet in de procedure opnemen (werkwoord achteraan) / de functie aan een ander toegezegd", 4.0,
        ("opnemen", "op te nemen", "meenemen", "mee te nemen", "toegezegd"),
        # the verb last: "dat wij u niet in de procedure kunnen opnemen" (not held back till a paper comes: "... opnemen
        # zolang uw diploma ontbreekt")
        # (the reader the object, no other name between: not "kun je Fatima niet in de procedure opnemen?")
        rf"\b{_NL_READER_OBJECT} niet (?:verder |langer |meer )?in (?:de|het|onze|deze) (?:\w+ )?(?:selectie\w*|"
        r"procedure|proces|vervolg\w*) (?:\w+ ){0,2}(?:opnemen|op te nemen|meenemen|mee te nemen)\b"
        r"(?! (?:zolang|totdat|tot|voordat|zodra)\b)",
        # a post promised to another: "de functie is al aan iemand anders toegezegd", "toegezegd aan een andere kandidaat"
        rf"\b{_NL_POST}\b[^.!?;]{{0,40}}\baan (?:iemand anders|een andere? (?:kandida\w*|sollicitant\w*)) (?:\w+ ){{0,2}}toegezegd\b|"
        rf"\btoegezegd aan {_NL_OTHER}"),
    fam("grammatica: geen doorgang / niet als meest geschikt gerangschikt / betere match met een ander", 4.0,
        ("doorgang", "gerangschikt", "geklasseerd", "match", "over te gaan", "overgaan"),
        # the application itself goes no further (a meeting that "vindt geen doorgang" is only moved or cancelled)
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:(?:helaas|dan ook|daarom|dus|verder) )?geen (?:verdere )?doorgang "
        r"(?:vindt|vinden|krijgt|kan vinden)\b|\bvindt (?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:\w+ )?geen (?:verdere )?doorgang\b",
        # a public body's ranking, said of the reader's candidacy: "uw kandidatuur werd niet als meest geschikt gerangschikt"
        r"\b(?:u|je|jij|ge|gij|(?:je|jouw|uw) (?:sollicitatie|kandidatuur))\b[^.!?;]{0,60}\bniet als (?:de )?(?:meest geschikte?|"
        r"geschiktste|beste|eerste)\b(?: \w+)? (?:gerangschikt|geklasseerd)\b",
        # the match found with another person: "er is een betere match met een andere kandidaat"
        r"\b(?:betere|sterkere|grotere) (?:match|fit|klik) (?:\w+ ){0,2}met (?:een andere? (?:kandida\w*|sollicitant\w*|profiel\w*)|"
        r"iemand anders)\b",
        # no appointment of the reader: "besloten niet over te gaan tot uw benoeming / tot een benoeming van u"
        r"\bniet (?:over te gaan|overgaan|overgegaan) tot (?:(?:uw|je|jouw) (?:benoeming|aanstelling|aanwerving|aanname)\b|"
        r"(?:een|de) (?:benoeming|aanstelling|aanwerving|aanname) van (?:u|jou)\b)"),
]

# --- spoken Flemish drops the t of "niet": "ge zijt nie weerhouden", "da gaat nie lukken", "ge past nie in ons team" --
# Every sure decision (weight 4) and every strong look-alike that says "niet" is asked once more with "nie?t?" in its
# place, as one family each: gated by "nie " and searched only in mail that has it (other mail pays that test only),
# so the look-alikes keep answering the decisions ("ge wilt nie verder met uw kandidatuur" stays the reader's step).
# Only alternatives that say "niet" outside a negative assertion are taken (one that only excludes it, "(?!niet\b)",
# would merely repeat its family); inside the assertions "nie?t?" excludes both spellings.
_NIET = re.compile(r"(?<=n)((?:\(\?<!\\wn\))?ie)t(?![a-z?])")  # "niet" as written, or in speed()'s form "n(?<!\wn)iet"


def _parts(alternative: str) -> list[tuple[str, str]]:
    """The alternative cut into plain text and its assertions: ("", text), ("(?!", group), ("(?<!", group)..."""
    parts, i, start = [], 0, 0
    while i < len(alternative):
        kind = next((k for k in ("(?<!", "(?<=", "(?!") if alternative.startswith(k, i)), "")
        if kind and (i == 0 or alternative[i - 1] != "\\"):
            parts.append(("", alternative[start:i]))
            end = group_end(alternative, i)
            parts.append((kind, alternative[i:end]))
            i = start = end
            continue
        i += 1
    parts.append(("", alternative[start:]))
    return parts


def _optional_et(match: re.Match[str]) -> str:
    """ "niet" with its e and t optional: Flemish writes "nie" and, as often, "ni" ("'t is ni gelukt")."""
    return match.group(1)[:-1] + "e?t?"


def _respelt(alternative: str) -> str | None:
    """The alternative with "nie?t?" for "niet", or None when it says "niet" only inside a negative assertion (it would
    merely repeat its family). A look-behind keeps "niet" as written: it must stay fixed-width."""
    parts = _parts(alternative)
    if not any(kind == "" and _NIET.search(text) for kind, text in parts):
        return None
    return "".join(text if kind.startswith("(?<") else _NIET.sub(_optional_et, text) for kind, text in parts)


def _with_nie(families: list[Family], keep: Callable[[Family], bool]) -> str:
    """The alternatives that say "niet" (only those: a smaller pattern compiles faster), respelt."""
    alternatives = [alt for f in families if keep(f) and _NIET.search(f.source) for alt in top_level(f.source)]
    return "|".join(f"(?:{alt})" for alt in map(_respelt, alternatives) if alt)


class _Spoken(Family):
    """Searched as one pattern: grouping thousands of alternatives by first letter (``Family.quick``) took seconds
    on the first Flemish mail, and the "nie " gate already keeps the search off all other mail."""

    @cached_property
    def quick(self) -> re.Pattern[str] | None:
        return None


# the word itself, not "Melanie " or "mini ": before a space or the end of a clause ("ge zijt het ni.", "het klikte ni,")
_NIE = (" nie ", "\nnie ", "'nie ", " nie.", " nie,", " nie!", " ni ", "\nni ", "'ni ", " ni.", " ni,", " ni!")
DECISIONS.append(_Spoken("grammatica: Vlaams nie voor niet", 4.0, _with_nie(DECISIONS, lambda f: f.weight >= 4.0), _NIE))
LOOKALIKES.append(_Spoken("look-alike: the same with spoken Flemish nie (nl)", -5.0,
                          _with_nie(LOOKALIKES, lambda f: f.weight <= -4.0), _NIE))

# News of the reader's application heard second-hand (see en.py): a friend or a relative passes on what they picked up
# ("ik hoorde van Femke dat ze voor iemand anders hebben gekozen. Hun verlies!"). Not a relay that names its source
# ("ik hoorde van de klant dat ...").
LOOKALIKES += [
    fam("look-alike: news of the reader's application heard second-hand (nl)", -4.5,
        ("hoorde", "gehoord", "blijkbaar", "schijnbaar", "schijnt", "hun verlies", "via via", "officieel", "vertelde",
         "zei", "zegt", "schreef", "mailde", "appte", "liet me weten", "liet mij weten"),
        r"\bik (?:hoorde|heb (?:net |vandaag |gisteren )?gehoord) (?:van (?!de klant|onze klant|de opdrachtgever)\w+(?: \w+)? |"
        r"via \w+(?: \w+)? )?dat\b",
        r"\b(?:blijkbaar|schijnbaar|naar het schijnt),? (?:hebben|heeft|zijn|is|gaan|gaat|nemen|neemt) (?:ze|zij|hij|die)\b|"
        r"\b(?:blijkbaar|schijnbaar) (?:ze|zij|hij|die) \w+",
        r"\bhun verlies\b|\bvia via\b|\bje hoort het (?:\w+ ){0,2}officieel\b",
        r"\b(?:mijn|een) (?:vriend|vriendin|maat|neef|nicht|zus|broer|oom|tante|buurman|buurvrouw|ex-collega|oud-collega) "
        r"(?:bij|van|die bij \w+ werkt,?) [\w&'.-]+(?: [\w&'.-]+){0,2} (?:zegt|zei|vertelde|liet weten|appte)\b",
        # the reader's own words about an employer's no, told back by a coach or a friend: "je schreef dat ze bij de
        # gemeente niet verder met je gaan" (the employers in the third person; not "je liet ons weten dat ...")
        r"\b(?:je|jij|u) (?:schreef|mailde|appte|vertelde|zei|liet (?:me |mij )?weten) (?:me |mij )?(?:\w+ )?dat (?:ze|zij|hij|die|de \w+)\b"
        r"[^.!?;]{0,60}\b(?:niet (?:\w+ )?verder|afgewezen|niet (?:\w+ )?(?:gekozen|geselecteerd|aangenomen|uitgenodigd)|iemand anders|"
        r"een ander)\b"),
]

# --- sweep 6: a "niet verder" or a "niet gekozen" said of something else the reader asked for ------------------------
# A study programme's own selection (a numerus fixus, a decentralised selection, a matching day), a seat on a council
# or a pupils' board, and the reader's child or partner not chosen: the words of a choice and a selection, no job.
LOOKALIKES += [
    fam("look-alike: a study programme's selection, not a job (nl)", -5.0,
        ("numerus fixus", "decentrale selectie", "rangnummer", "loting", "matching", "studiekeuzecheck", "studieplaats",
         "toelatingscommissie", "schakeljaar", "premaster", "voor de opleiding", "voor de studie", "voor de bachelor",
         "voor de master"),
        r"\b(?:numerus fixus|decentrale selectie|rangnummer|loting voor|matchingsactiviteit\w*|matchingsdag\w*|"
        r"studiekeuzecheck|studieplaats\w*|toelatingscommissie|schakeljaar|premaster)\b",
        r"\b(?:selectie|selectieprocedure|toelating|plaatsing) (?:\w+ )?voor (?:de|het|deze) (?:opleiding|studie|bachelor|master)\b"),
    fam("look-alike: a seat on a council or a pupils' board, not a job (nl)", -5.0, ("raad",),
        # (an employees' council too: "we zullen je niet voordragen voor de ondernemingsraad"; not a talk "met de
        # ouderraad", a club's or a school's council meeting a candidate for a paid post)
        r"(?<!met de )\b(?:jeugd|senioren|ouder|leerlingen|studenten|wijk|dorps|buurt|client|clienten|deelnemers|patienten|huurders|"
        r"ondernemings|medezeggenschaps)raad\b"),
    fam("look-alike: the reader's child or partner not chosen (nl)", -5.0,
        ("zoon", "dochter", "kind", "partner", "broer", "zus", "man ", "vrouw", "vriend", "neef", "nicht"),
        r"\b(?:je|jouw|uw|jullie|onze|mijn) (?:zoon|dochter|kind|kinderen|partner|broer|zus|man|vrouw|vriend|vriendin|neef|"
        r"nicht)\b(?: \w+){0,3} (?:is|werd|wordt|zijn|werden|gaat|gaan) (?:\w+ ){0,2}niet (?:gekozen|geselecteerd|aangenomen|"
        r"geplaatst|toegelaten|weerhouden|uitgenodigd|door|verder)\b|"
        r"\b(?:is|werd|wordt|zijn|werden|gaat|gaan) (?:je|jouw|uw|jullie|onze|mijn) (?:zoon|dochter|kind|kinderen|partner|broer|"
        r"zus|man|vrouw|vriend|vriendin|neef|nicht)\b (?:\w+ ){0,2}niet (?:gekozen|geselecteerd|aangenomen|geplaatst|toegelaten|"
        r"weerhouden|uitgenodigd|door|verder)\b"),
]

# A contest's rounds ("je foto gaat niet door naar de volgende ronde van de wedstrijd"): an entry, not an application.
LOOKALIKES += [
    fam("look-alike: a contest's entry, not a job (nl)", -5.0, ("wedstrijd", "prijsvraag", "talentenjacht"),
        # (a photo, writing or cooking contest; not a match a sports club's trainer or "wedstrijdsecretaris" speaks of)
        r"\b(?:foto|schrijf|teken|ontwerp|kook|bak|zang|quiz|voorlees|debat|video|film|kunst)wedstrijd(?:en)?\b|\bprijsvraag\w*|"
        r"\btalentenjacht\w*|\b(?:ronde|finale|jury) van de wedstrijd\b"),
]

# --- sweep 6, recall: constructions the families above miss -------------------------------------------------------
# A separable verb around its object ("we nemen je sollicitatie niet mee"), the post given to another with the post
# named ("iemand anders de baan gegeven"), another candidate come out best ("is een andere kandidaat als beste naar
# voren gekomen"), and a vacancy withdrawn, the verb first, taking the application with it ("is de vacature
# vervallen, en daarmee ook je sollicitatie").
DECISIONS += [
    fam("grammatica: je sollicitatie niet mee / de baan aan een ander / een ander als beste", 4.0,
        ("niet mee", "niet verder mee", "niet langer mee", "iemand anders", "beste", "sterkste", "vervallen"),
        # (the reader or the application its object: not "we nemen je bureaustoel niet mee naar het nieuwe kantoor")
        rf"\b(?:{_NL_SUBJ_VERB}|(?:en|dus|daarom) nemen) (?:(?:je|jouw|uw) (?:\w+ )?{_NL_APP}\b (?:(?!niet\b)\w+ ){{0,3}}|"
        rf"{_NL_READER_OBJECT} )niet (?:verder |langer )?mee\b"
        r"(?! (?:naar|op|als|voor de (?:lunch|borrel))\b)",
        rf"\biemand anders (?:de|deze|die|onze) {_NL_POST2} (?:\w+ )?(?:gegeven|aangeboden|gegund|toegekend|toegewezen)\b",
        r"\b(?:een |de )?andere? (?:kandida\w*|sollicitant\w*|finalist\w*)\b[^.!?;]{0,30}\bals (?:de )?(?:beste|sterkste) "
        r"(?:\w+ )?naar voren (?:gekomen|kwam)\b",
        r"\bis (?:helaas |dus )?(?:de|deze|die|onze) (?:vacature|functie|positie)\b[^.!?;,]{0,30}\bvervallen\b[^.!?;]{0,30}\bdaarmee "
        r"(?:\w+ )?(?:je|jouw|uw) (?:sollicitatie|kandidatuur)\b"),
]

# --- sweep 8: short notes from schools, care, shops and agencies -----------------------------------------------------
# A staff member already found for the small post ("we hebben al een zaterdaghulp gevonden"), another person asked
# for a post named in the same sentence ("voor de functie van invalkracht hebben we iemand anders gevraagd"; a shift or
# a talk asked of someone else is no post), an application the employer can do nothing with ("je open sollicitatie ...
# we kunnen er helaas niets mee"), a post named and "het is niet geworden", and a team or a season already full of staff
# ("qua personeel zitten we al vol"; a restaurant's tables or a club's courts fill up as well: staff must be named).
_NL_STAFF = (r"(?:kandida\w*|sollicitant\w*|medewerk\w*|collega\w*|[a-z]*kracht\w*|[a-z]*hulp|stagiair\w*|jobstudent\w*|"
             r"werkstudent\w*|student\w*|invaller\w*|vervanger|opvolger|bijbaner\w*|werknemer\w*|teamlid|versterking)")
# the post the reader applied for, named as such (not "de rol van Sinterklaas", a shift or a talk)
_NL_NAMED_POST = (r"(?:functie|vacature|baan|job|bijbaan|vakantiebaan|zaterdagbaan|vakantiejob|studentenjob|stageplek|"
                  r"stageplaats|stage|positie|betrekking)")
DECISIONS += [
    fam("grammatica: al een hulp gevonden / iemand anders gevraagd / er niets mee / vol qua personeel", 4.0,
        ("gevonden", "gevraagd", "niets mee", "niks mee", "niet geworden", "personeel", "bezetting", "mensen", "studenten",
         "krachten", "bijbaners", "medewerkers"),
        # (not the reader's stand-in at work: "we hebben al een vervanger gevonden voor je verlof")
        rf"\b(?:hebben|heeft) (?:we |wij |ze |zij )?(?:al|inmiddels|intussen|reeds) (?:een|onze) (?:nieuwe )?{_NL_STAFF} "
        r"(?:(?!voor\b)\w+ )?gevonden\b(?![^.!?;]{0,40}\b(?:je|jouw|uw|jou|u) (?:\w+ )?(?:verlof|vakantie|team|afdeling|dienst\w*|"
        r"rooster|vervanging|project|winkel|zaak|plaats)\b)",
        # (asked to stand in for a shift or to lead the interviews: "iemand anders gevraagd om de gesprekken te voeren")
        rf"\bvoor (?:de|deze|die|je|jouw|uw) {_NL_NAMED_POST}\b[^.!?;]{{0,50}}\b(?:hebben|heeft) (?:we |wij |ze |zij )?"
        r"(?:\w+ )?iemand anders (?:\w+ )?gevraagd\b(?! (?:om|te|of|mee)\b)|"
        rf"\b(?:hebben|heeft) (?:we |wij |ze |zij )?(?:\w+ )?iemand anders (?:\w+ )?gevraagd voor (?:de|deze|die|je|jouw|uw) "
        rf"{_NL_NAMED_POST}\b",
        # (not held back: "zonder cv kunnen we er nog niets mee", "... tot je diploma binnen is")
        # ...the letter named in the sentence or the one before ("bedankt voor je brief. helaas kunnen we er niets mee")
        rf"\b{_NL_APPLICATION}\b(?:(?!\b(?:zonder|tot|totdat|als|indien)\b)[^.!?;]){{0,80}}(?:[.!] [^.!?;]{{0,30}})?"
        r"\b(?:(?:kunnen|kan|doen) (?:we|wij|ik)|(?:we|wij|ik) (?:kunnen|kan|doen)) "
        r"er (?:(?!(?:nog|voorlopig|even|tijdelijk|eerst|pas)\b)\w+ ){0,5}(?:niets|niks) mee(?= ?[.!?;,]|$)",
        # the post named first: "voor de functie van receptionist is het helaas niet geworden" (not the sender's own
        # news: "... is het voor mij niet geworden")
        rf"\bvoor (?:de|deze|die|je|jouw|uw) {_NL_NAMED_POST}\b(?:(?!\bvoor (?:mij|hem|haar|ons)\b)[^.!?;]){{0,40}}\b(?:is|was) "
        r"het (?:(?!voor\b)\w+ ){0,2}niet geworden\b",
        # staff full: "qua personeel zitten we al vol", "we zitten al vol met jobstudenten"
        r"\b(?:qua|wat) (?:personeel|bezetting|mensen|jobstudenten|vakantiekrachten|bijbaners)\b[^.!?;]{0,30}\b(?:zitten|zit) "
        r"(?:we|wij) (?:\w+ ){0,2}vol\b|"
        r"\b(?:we|wij) (?:zitten|zit) (?:qua|wat) (?:personeel|bezetting|jobstudenten|vakantiekrachten|bijbaners)\b (?:\w+ ){0,2}"
        r"vol\b|"
        r"\b(?:(?:zitten|zit) (?:we|wij)|(?:we|wij) (?:zitten|zit)) (?:\w+ ){0,2}vol (?:met|qua|wat) (?:personeel|jobstudenten|"
        r"vakantiekrachten|bijbaners|"
        r"studenten|medewerkers)\b"),
]

# A patient's place: "wij kunnen u geen plek bieden op de afdeling; u staat op de wachtlijst voor de operatie" (a
# hospital or a care home writes "geen plek" of a bed as often as of a post).
LOOKALIKES += [
    fam("look-alike: a patient's bed or treatment, not a job (nl)", -5.0, ("wachtlijst voor", "opname", "operatie",
                                                                           "ingreep", "behandelplan", "behandeling in"),
        r"\bwachtlijst voor (?:de|een|uw|je|jouw) (?:\w+ )?(?:operatie|behandeling|opname|ingreep|therapie|zorg|"
        r"dagbehandeling)\b",
        r"\b(?:uw|je|jouw) (?:opname|operatie|ingreep|behandelplan|behandeling in (?:het|ons) ziekenhuis)\b"),
]

# The same notes' other shapes: the reader not fitting "binnen" the organisation ("je profiel past niet binnen ons
# team"), no possibility of a place for the reader, another hired with the auxiliary between ("dat we een ander hebben
# aangenomen"), refraining from an appointment ("besloten af te zien van een aanstelling"), the application let go
# ("we moeten je sollicitatie laten gaan") and "het bij dit gesprek laten".
DECISIONS += [
    fam("grammatica: past niet binnen het team / geen mogelijkheid voor een plek / een ander hebben aangenomen", 4.0,
        ("binnen", "mogelijkheid", "mogelijkheden", "niet gelukt", "een ander", "af te zien", "afgezien", "laten gaan",
         "laten het bij", "laat het bij", "het bij dit", "het bij deze", "het bij het", "iemand", "aan ", "al een",
         "reeds een", "inmiddels een", "intussen een", "niet succesvol", "niet met succes"),
        # (the reader or the reader's profile the subject, right before the verb: not "je verlofaanvraag past niet binnen
        # het rooster", nor "die cursus past niet binnen je budget")
        r"\b(?:(?:je|jij|u|ge|gij)|(?:je|jouw|uw) (?:profiel|cv|ervaring|achtergrond|kandidatuur|sollicitatie|werkervaring)) "
        r"(?:past|paste|pas) (?:(?!niet\b)\w+ ){0,4}niet (?:goed |echt |helemaal )?binnen (?:onze|ons|de|het|deze|dit) (?:\w+ )?"
        r"(?:organisatie|team|functie|bedrijf|cultuur|profiel|vacature|functieprofiel|afdeling)\b",
        # no place for the reader: "we zien geen mogelijkheden om je een plek te bieden", "het is niet gelukt om je een
        # plek in het team te geven" (not a course's or a waiting list's place: only at the end of the clause or in the team)
        r"\b(?:geen (?:\w+ )?mogelijkhe\w+|niet gelukt|niet mogelijk) (?:om )?(?:je|jou|u) (?:\w+ ){0,2}(?:een )?(?:plek|plaats|functie|"
        r"baan|job|contract|aanstelling|arbeidsovereenkomst) (?:(?:in|bij|binnen) (?:ons|onze|het|de) (?:team|organisatie|bedrijf|"
        r"afdeling) )?(?:aan te bieden|te bieden|te geven)(?= ?[.!?;,]|$)",
        # the auxiliary between: "dat we een ander hebben aangenomen"
        r"\been ander (?:hebben|heeft|hadden|had) (?:\w+ )?(?:aangenomen|aangesteld|benoemd|aangeworven|geselecteerd)\b",
        # the employer refrains from the appointment (the reader's own "u heeft besloten af te zien van ..." is no no)
        r"\b(?:we|wij|ik|de commissie|het college|de directie) (?:\w+ ){0,4}af (?:te zien|gezien) van (?:een|de|uw|je|jouw) "
        r"(?:aanstelling|benoeming|aanwerving|indiensttreding|arbeidsovereenkomst|aanbod)\b",
        # the application let go
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:\w+ ){0,2}laten gaan\b",
        # someone already hired for it, words between: "hebben we voor deze vacature al iemand aangeworven"
        r"\b(?:hebben|heeft) (?:\w+ ){0,5}(?:al|reeds|inmiddels|intussen) iemand (?:anders )?(?:aangeworven|aangenomen|aangesteld|"
        r"benoemd|geselecteerd)\b",
        # the post given to another, the receiver before the verb: "de stageplaats al aan een andere student toegekend"
        rf"\b{_NL_NAMED_POST}\b[^.!?;]{{0,40}}\baan {_NL_OTHER}\b(?: \w+)? (?:toegekend|toegewezen|gegund|gegeven|vergeven|"
        r"aangeboden)\b",
        # already a student or a helper for the period or the post: "we hebben al een stagiair voor dit semester" (not
        # "we hebben al een stagiair voor je afdeling geregeld", nor one "die je kan helpen")
        rf"\b(?:(?:hebben|heb) (?:we|wij|ik)|(?:we|wij|ik) (?:hebben|heb)) (?:\w+ )?(?:al|reeds|inmiddels|intussen) een {_NL_STAFF}"
        r"(?= ?[.!?;,]|$| voor (?:dit|deze|het|de|komend\w*|volgend\w*) (?:\w+ )?(?:semester|zomer|seizoen|periode|schooljaar|jaar|"
        r"maanden|vakantie|functie|vacature|job|stage|stageplaats|stageplek|bijbaan|vakantiejob|plek)\b)"
        # (not the reader's own leave: "we hebben al een vakantiekracht voor de zomer, dus jij kunt gewoon weg")
        r"(?![^.!?;]{0,40}\b(?:jij|je|u) (?:kunt|kan|mag|hoeft|hoef)\b)",
        # a selection not passed: "heb je de selectieprocedure niet succesvol doorlopen" (not "nog niet", a step still open)
        # (a selection's own steps only: an e-learning "test niet succesvol afgerond" is retaken)
        r"\b(?:selectie\w*|sollicitatieprocedure|wervingsprocedure|assessment\w*|capaciteitentest|praktijkproef|sollicitatieronde)\b "
        r"(?:\w+ )?(?<!nog )niet (?:succesvol|met succes) (?:doorlopen|afgerond|afgelegd|gehaald)\b",
        # "we laten het bij deze kennismaking" (not a meeting's end for today: "voor vandaag laten we het bij dit gesprek")
        r"(?<!vandaag )\b(?:(?:laten|laat) (?:we|wij|ik) het|(?:we|wij|ik) (?:laten|laat) het) (?:(?!vandaag\b)\w+ ){0,2}bij "
        r"(?:dit|deze|het|dat) (?:eerste )?(?:gesprek|kennismaking|kennismakingsgesprek|sollicitatiegesprek|telefoongesprek|"
        r"belletje)(?= ?[.!?;,]|$)"),
]

# Plain verdicts a short note still words its own way: "het wordt geen ja", the offer made to another ("we hebben het
# aanbod aan een andere kandidaat gedaan"), another who got the preference, "de klik gemist", the post "al weg" or
# no longer open to the reader, no role for the reader in the company, the application closed "hierbij", the
# procedure "voor jou ten einde", not made it to the last round, too little trust that the reader fits the role.
DECISIONS += [
    fam("grammatica: geen ja / het aanbod aan een ander / de klik gemist / je sollicitatie hierbij afgesloten", 4.0,
        ("geen ja", "geen 'ja", "aanbod", "voorkeur", "klik", "match", "weg", "geen rol", "geen functie",
         "geen positie", "geen toekomst", "hierbij", "hiermee", "ten einde", "niet gered", "vertrouwen", "niet voor jou",
         "niet voor je", "niet voor u", "kandidaten", "sollicitanten", "voldoe", "voldeed", "geschikt", "niet de "),
        # (not a question's kind: "geen ja-of-neevraag")
        # (not "nog geen ja", a wait, nor "geen ja, maar ook geen nee")
        r"\bhet (?:(?!nog\b)\w+ ){0,2}geen '?ja'?\b(?! ?(?:of|en|-)\b)(?![^.!?;]{0,20}\bgeen '?nee\b)|"
        r"\bdat het (?:(?!nog\b)\w+ )?geen '?ja'? (?:wordt|werd|is geworden)\b",
        r"\baanbod (?:\w+ ){0,2}aan (?:een andere? (?:kandida\w*|sollicitant\w*|finalist\w*)|iemand anders|de andere "
        r"(?:kandida\w*|sollicitant\w*|finalist\w*)) (?:\w+ )?(?:gedaan|gegeven|uitgebracht|gestuurd|voorgelegd)\b",
        # (not one who then withdrew: "..., maar die trok zich terug")
        r"\b(?:een |de )?andere? (?:kandida\w*|sollicitant\w*|finalist\w*) (?:heeft|had|kreeg|krijgt) (?:\w+ )?de voorkeur\b"
        r"(?![^.!?;]{0,40}\bmaar (?:die|hij|zij|ze|deze)\b)",
        # (with the reader, or nothing named: not "de klik met de vorige leverancier")
        r"\b(?:we|wij|ik) (?:\w+ )?(?:misten|missen|miste|mis) (?:\w+ )?de (?:klik|match)(?= ?[.!?;,]|$| met (?:jou|je|u)\b)",
        # (a post, with an adverb: not a menu's "de functie is weg")
        r"\b(?:functie|vacature|positie)\b (?:is|was) (?:al|inmiddels|intussen|helaas|jammer genoeg) (?:\w+ )?weg(?= ?[.!?;,]|$)",
        r"\b(?:(?:zien|zie|zagen) (?:we|wij|ik)|(?:we|wij|ik) (?:zien|zie|zagen)) (?:\w+ )?voor (?:jou|je|u) geen (?:rol|functie|"
        r"positie|toekomst) (?:\w+ )?(?:binnen|in|bij) (?:ons|onze|het|de) (?:bedrijf|team|organisatie)\b"
        r"(?![^.!?;]{0,40}\b(?:zolang|totdat|tot|voordat|zonder|zodra)\b)",
        r"\b(?:zijn|waren|is) (?:\w+ ){0,2}niet voor (?:jou|je|u) gegaan\b",
        r"\b(?:(?:sluiten|sluit|ronden|rond) (?:we|wij|ik)|(?:we|wij|ik) (?:sluiten|sluit|ronden|rond)) (?:je|jouw|uw) "
        r"(?:sollicitatie|kandidatuur) (?:hierbij|hiermee|bij deze) af(?= ?[.!?;,]|$)",
        r"\bvoor (?:jou|je|u) (?:hier |nu |dus |helaas )?ten einde\b",
        r"\bniet gered tot (?:de|het) (?:\w+ )?(?:laatste|volgende|finale|tweede|derde) (?:ronde|fase|gesprek|selectie)\b",
        r"\b(?:niet genoeg|onvoldoende|te weinig) vertrouwen (?:\w+ ){0,3}(?:dat|of) (?:je|jij|u) (?:\w+ ){0,4}(?:rol|functie|job|"
        r"baan|positie)\b",
        # others counted: "we kozen voor vijf kandidaten met meer ervaring" (not "..., en jij bent een van hen")
        r"\b(?:gekozen|kozen|koos|gegaan|gingen) (?:\w+ )?voor (?:twee|drie|vier|vijf|zes|zeven|acht|tien|\d+|enkele|een paar) "
        r"(?:\w+ )?(?:kandidaten|sollicitanten) (?:met|die|wier|van wie)\b(?![^.!?;]{0,60}\b(?:jij|jou|waaronder)\b)",
        # the verb before the reader after an adverb ("helaas voldoe je niet aan de taaleis"; a question's "voldoe je niet
        # aan de eisen?" starts the sentence)
        r"\b(?:helaas|dus|daarom|echter|genoeg|bijgevolg|toch|uiteindelijk) (?:voldoe|voldoet|voldeed) (?:je|jij|u) (?:\w+ )?niet "
        r"aan (?:de|het|alle|onze) (?:\w+ ){0,2}\w*(?:eis|eisen|vereisten|criteria|voorwaarden|profiel)\b",
        # (the subject may go unsaid after "maar": "... bekeken maar vinden je niet geschikt"; not "niet alleen geschikt")
        r"\b(?:(?:vinden|vind|vonden|vond) (?:we|wij|ik) (?:je|jou|u)|(?:we|wij|ik|maar) (?:vinden|vind|vonden|vond) (?:je|jou|u)) "
        r"(?:(?!alleen\b)\w+ )?niet (?:(?!alleen\b)\w+ )?geschikt\b(?! (?:voor|als|om) (?:de|het|een) (?:\w+ )?(?:dienst|nachtdienst|taak|klus|project|"
        r"cursus|training|rol in het project)\b)",
        r"\b(?:je|jij|u|ge) (?:bent|ben|zijt|was|bleek) (?:\w+ ){0,3}niet de (?:juiste |geschikte )?(?:kandida\w*|persoon|"
        r"sollicitant\w*) (?:die|naar wie) (?:we|wij) (?:zoeken|zochten)\b"),
]

# A terse note under a job title ("Kok", "Grondinstructeur"): another with more experience taken ("we nemen iemand met
# meer ervaring", surer than the bare "we nemen iemand anders" of 3.5, said of a trip or a lift too), the reader runner-up,
# no post for the reader, the reader of no use to the team, another a bit better, a colleague from inside chosen.
DECISIONS += [
    fam("grammatica: korte noot: iemand met meer ervaring / tweede geworden / geen baan voor jou", 4.0,
        ("iemand met", "iemand die", "tweede", "derde", "nummer", "geen baan", "geen job", "geen plek", "geen plaats",
         "geen werk", "gebruiken", "een ander", "van binnen", "eigen huis"),
        # (not "we nemen iemand met meer ervaring mee naar de klant")
        rf"\b{_NL_SUBJ_VERB} (?:\w+ )?iemand (?:met|die) (?:\w+ ){{0,3}}(?:meer|betere|ruimere|relevantere|langere) (?:\w+ )?"
        r"(?:ervaring|werkervaring|kennis|achtergrond)\b(?![^.!?;]{0,30}\bmee\b)",
        # (not a contest's place: the contest look-alikes answer "tweede geworden bij de fotowedstrijd")
        rf"\b{_NL_READER} (?:bent|ben|werd|zijt) (?:\w+ )?(?:tweede|derde|nummer (?:twee|2|drie|3)) (?:geworden|geeindigd)"
        r"(?= ?[.!?;,]|$)(?![^.!?;]{0,5}, maar\b)",
        r"\b(?:helaas|jammer genoeg|spijtig genoeg|sorry),? geen (?:baan|job|plek|plaats|functie|werk|contract) voor (?:jou|je|u)"
        rf"(?= ?[.!?;,]|$|{_NL_SIGN_OFF})",
        # (not a shift: "we kunnen je zaterdag niet gebruiken")
        r"\b(?:(?:kunnen|kan) (?:we|wij|ik) (?:je|jou|u)|(?:we|wij|ik) (?:kunnen|kan) (?:je|jou|u)) (?:helaas |dus |echter )?niet "
        r"gebruiken(?= ?[.!?;,]|$| (?:in|bij|voor) (?:ons|onze|het|de|deze) (?:team|bedrijf|functie|vacature|organisatie|zaak|"
        r"winkel)\b)",
        r"\been ander (?:was|bleek|is) (?:\w+ ){0,3}(?:beter|sterker|geschikter)" + _NL_ENDS_OR_POST,
        r"\b(?:kiezen|kiest|kozen|koos|gekozen|gaan|gingen) (?:\w+ )?voor een (?:collega|kandidaat|medewerker) (?:van binnen(?:uit)?|"
        r"uit (?:eigen huis|ons eigen team|het eigen team))" + _NL_ENDS_OR_POST),
]

# The post the reader applied for, filled, however long its name ("de vacature voor Senior Medewerker
# Crediteurenadministratie waarop je hebt gesolliciteerd is inmiddels vervuld"); not "is nog niet vervuld"
DECISIONS += [
    fam("grammatica: de vacature waarop je solliciteerde is vervuld", 4.0, ("vervuld", "ingevuld", "gevuld", "vergeven", "bezet"),
        r"\b(?:waarop|waarvoor|waar) (?:je|jij|u) (?:op |voor )?(?:hebt |heeft |had )?(?:op |voor )?(?:gesolliciteerd|"
        r"gereageerd|solliciteerde|reageerde)(?: hebt| heeft| had)?\b[^.!?;]{0,40}?\b(?:is|werd) (?:inmiddels |al |reeds |"
        r"intussen |helaas |ondertussen |jammer genoeg )*(?:vervuld|ingevuld|gevuld|vergeven|bezet)\b"),
]

# --- sweep 9: Flemish public letters, temp agencies and ATS templates translated from English ---------------------
# An application called "aanvraag" or "inschrijving" (a stiff "application"): not carried on ("we gaan niet verder met
# uw aanvraag", "besloten uw aanvraag niet verder te brengen"), or, for a post named with it, turned down ("je aanvraag
# voor een vakantiejob is afgewezen", "uw inschrijving voor deze vacature is afgesloten"); the others as "aanvragers".
# A loan's, a permit's or a leave's "aanvraag" names no post; the classifier asks the mail for job context besides.
# (not a role, "de rol van Sinterklaas" on a staff party, nor "de positie van je auto": a position with "van" and an
# article is no post)
_NL_ASKED_POST = (r"(?:functie|vacature|job|baan|positie(?! van (?:je|jouw|uw|de|het|een)\b)|betrekking|stage\w*|[a-z]+job|"
                  r"[a-z]+baan|vakantiewerk|seizoenswerk|seizoensarbeid)")
DECISIONS += [
    fam("grammatica: de aanvraag of inschrijving voor een post niet verder / afgewezen", 4.0,
        ("aanvraag", "inschrijving", "aanvragers"),
        # (the post named with the "aanvraag", before it or after: a permit's or a club's "we gaan niet verder met je
        # aanvraag" names none; not held back by a condition or a form: "... zonder de ontbrekende stukken")
        # (or the mail called it a "sollicitatie" or a "kandidatuur" first, its subject line too: "Uw sollicitatie bij
        # Nordline ... niet verder met uw aanvraag")
        rf"\b(?:(?:aanvraag|sollicitatie) (?:voor|als|op) (?:de |een |het )?(?:\w+ ){{0,2}}?{_NL_ASKED_POST}\b(?!-)|sollicit\w*|"
        r"kandidatuur)[^!?;]{0,200}?(?<!nog )\bniet (?:verder|door)(?: te gaan| gaan)? met (?:je|jouw|uw) aanvraag\b"
        r"(?! in (?:deze|de huidige|die) vorm\b| zonder\b| (?:tot|totdat|voordat|zolang|zodra|als|indien)\b)",
        rf"(?<!nog )\bniet (?:verder|door)(?: te gaan| gaan)? met (?:je|jouw|uw) aanvraag (?:voor|als|op) (?:de |een |het )?"
        rf"(?:\w+ ){{0,2}}?{_NL_ASKED_POST}\b(?!-)",
        # ...a stiff "move forward" ("besloten uw aanvraag niet verder te brengen"; a permit's "niet verder behandelen" is
        # said of applications only)
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:\w+ )?niet verder (?:te )?(?:brengen|behandelen)\b|"
        r"\b(?:je|jouw|uw) aanvraag (?:\w+ )?niet verder (?:te )?brengen\b",
        # (the post itself: not "een studentenjob-attest", a form)
        rf"\b(?:aanvraag|inschrijving) (?:voor|als|op) (?:de |een |het |deze |onze )?(?:\w+ ){{0,2}}?{_NL_ASKED_POST}\b(?!-)"
        r"[^.!?;]{0,60}?(?:(?<!niet )(?<!nog )\bafgewezen|\bgeweigerd|(?<!nog )\bniet (?:\w+ ){0,2}(?:weerhouden|geselecteerd|"
        r"gehonoreerd|honoreren|aanvaard|goedgekeurd))\b",
        # ("afgesloten" of the reader's own registration: not "de inschrijving voor deze vacature is afgesloten", a
        # deadline passed for all)
        rf"\b(?:je|jouw|uw) (?:aanvraag|inschrijving) (?:voor|op) (?:de|deze|die) (?:\w+ )?{_NL_ASKED_POST}\b(?!-)[^.!?;]{{0,40}}?"
        r"\b(?:is|werd|wordt) (?:\w+ ){0,2}afgesloten\b(?! en\b)",
        r"\bgekozen voor (?:de )?andere aanvragers\b|\bmet (?:de )?andere aanvragers (?:\w+ )?(?:verder|door|voort)\b|"
        r"\b(?:verder|door) (?:te gaan |gaan )?met (?:de )?andere aanvragers\b"),
    # The selection's other voices: a committee or a client as the subject ("dat de selectiecommissie u niet heeft
    # uitgekozen"), a nomination for another ("een voordracht gedaan voor een andere kandidaat"), an agency that stops
    # putting the reader forward ("we stellen je niet verder voor"), a step not passed in the passive ("u zult niet
    # worden doorgezet naar de volgende stap"), a choice made "en helaas niet voor jou".
    fam("grammatica: commissie kiest u niet / voordracht voor een ander / niet verder voorgesteld", 4.0,
        ("niet", "voordracht", "niks geworden", "niets geworden", "aangeduid", "aan te duiden", "andere manier", "andere wijze"),
        # (each committee spelled out: a leading literal lets the anchor scan rule the family out of most mail)
        rf"\b(?:(?:selectie|benoemings|benoemingsadvies|sollicitatie|aanstellings|examen|facultaire |universitaire )?commissie|"
        rf"jury|werkgever|klant|opdrachtgever|directie) (?:je|jou|u) (?:\w+ ){{0,2}}niet (?:\w+ ){{0,2}}{_NL_SELECT}\b",
        r"\bvoordracht\b[^.!?;]{0,30}\b(?:voor|van) (?:een |de )?andere? (?:kandida\w*|sollicitant\w*|persoon)",
        # (an agency's "voorstellen" is putting forward; "ik stel je niet voor aan ..." introduces)
        r"\b(?:(?:stellen|stel|dragen|draag) (?:we|wij|ik) (?:je|jou|u)|(?:we|wij|ik) (?:stellen|stel|dragen|draag) (?:je|jou|u)) "
        r"(?:\w+ ){0,2}niet (?:verder|meer|langer) voor\b(?! aan\b)",
        r"(?:(?<=niet )|(?<=niet worden )|(?<=niet meer )|(?<=niet verder ))(?<!nog niet )(?<!nog niet worden )doorgezet naar (?:de|het) "
        r"(?:volgende|laatste|tweede|derde|verdere) (?:\w+ )?(?:stap|ronde|fase|gesprek\w*|selectie\w*)\b",
        r"\b(?:gekozen|keuze (?:\w+ )?gemaakt)\b,? (?:en|maar) (?:\w+ )?niet (?:op|voor) (?:jou|u|je)(?= ?[.!?;,]|$)",
        # not through a selection's round ("uw brief is bij de eerste selectie niet doorgekomen"; a phone line's "je bent
        # niet doorgekomen" names no selection), and a post that came to nothing ("helaas niks geworden met die job")
        r"\b(?:selectie|voorselectie|preselectie|schifting|ronde|selectieronde)\b[^.!?;]{0,30}\bniet (?:\w+ )?doorgekomen\b",
        r"\b(?:niks|niets) geworden (?:met|voor) (?:de|die|deze|je|jouw|uw) (?:\w+ )?(?:job|baan|functie|vacature|sollicitatie|"
        r"kandidatuur|stage\w*|bijbaan)\b",
        # Flemish "aanduiden" (to appoint), the other person first: "werd er een andere kandidaat aangeduid voor deze
        # functie", "de klant heeft iemand anders aangeduid." (not "aangeduid als laureaat", a prize's, nor "je werd
        # aangeduid als peter van iemand die start", a mentor's)
        r"\b(?:(?:een|de) andere? (?:kandida\w*|sollicitant\w*|persoon|collega\w*|medewerker\w*)|iemand anders) (?:\w+ ){0,2}"
        r"(?:aangeduid|aan te duiden)(?= ?[.!?;,]|$| voor (?:de|deze|die|onze|het|dit) (?:\w+ )?(?:functie|job|vacature|baan|rol|"
        r"positie|betrekking|opdracht|plaats|plek)\b)",
        # the post filled some other way: "besloten om de vacature op een andere manier in te vullen"
        r"\b(?:besloten|beslist|gekozen)\b[^.!?;]{0,30}\b(?:vacature|functie|positie|rol|plek)\b (?:\w+ ){0,2}op een andere (?:manier|wijze) "
        r"(?:in te vullen|invullen)\b"),
    # A Flemish appointment by merit and a stiff template's verdicts on the reader: not ranked ("werd u niet
    # gerangschikt voor het mandaat"), not successful in a round or for a post, judged less or not suitable ("als minder
    # geschikt beoordeeld"), not taken into a selection's ranking or list, lacking what the post requires ("dat u niet
    # over de vereiste competenties beschikt").
    fam("grammatica: niet gerangschikt / niet succesvol / minder geschikt / niet in de rangschikking", 4.0,
        ("gerangschikt", "succesvol", "geschikt", "opgenomen", "beschik", "bezit", "bezat"),
        rf"\b(?:(?:werd|wordt|bent|is) {_NL_READER} (?:\w+ )?|{_NL_READER} (?:bent|werd|wordt|is) (?:\w+ ){{0,2}})(?<!nog )niet "
        r"gerangschikt\b",
        # (of the reader in a round or for a post: not "u bent niet succesvol ingelogd")
        rf"\b(?:(?:bent|ben|was|is) {_NL_READER}|{_NL_READER} (?:bent|ben|was|bleek)) (?:\w+ ){{0,3}}niet succesvol(?: geweest| gebleken)?"
        r"(?= ?[.!?;,]|$| (?:in|bij) (?:deze|de|die) (?:\w+ )?(?:ronde|procedure|selectie\w*|sollicitatie\w*)\b| voor (?:de|deze|die) "
        r"(?:\w+ )?(?:functie|vacature|rol|positie|baan|job)\b)",
        # ("als niet geschikt beoordeeld" is the family "niet positief beoordeeld / ongeschikt"; not an employee's own
        # post: "als minder geschikt beoordeeld voor je huidige functie")
        r"\bals (?:minder|onvoldoende) geschikt (?:beoordeeld|bevonden|ingeschat|geevalueerd|beschouwd)\b(?! voor (?:je|jouw|uw)\b)",
        # a Flemish selection's ranking or list the reader is not taken into ("u werd niet opgenomen in de rangschikking
        # van de geslaagde kandidaten", "uw sollicitatie is niet in de eerste selectie opgenomen")
        r"(?:(?<=niet )|(?<=niet meer )|(?<=niet langer )|(?<=niet mee )|(?<=helaas niet )|(?<=niet verder ))opgenomen in de (?:rangschikking|lijst van "
        r"(?:de )?(?:geslaagde|weerhouden|geselecteerde) kandidaten)\b",
        r"\b(?:sollicitatie|kandidatuur|cv|profiel)\b[^.!?;]{0,60}\bniet (?:\w+ ){0,2}(?:in|op) (?:de|het|onze) (?:\w+ )?(?:selectie|shortlist|"
        r"longlist|voordracht|rangschikking)\w* (?:\w+ )?opgenomen\b",
        # the reader lacks what the post requires ("dat u niet over de vereiste competenties beschikt"; not a document
        # asked for: "... beschikt, gelieve het attest te bezorgen")
        r"(?:(?<=je niet )|(?<=jij niet )|(?<=u niet )|(?<=je helaas niet )|(?<=u helaas niet )|(?<=je dus niet )|(?<=u dus niet )|(?<=je nog steeds niet )|(?<=u nog steeds niet ))over (?:de|het) (?:vereiste|gevraagde|nodige|noodzakelijke) (?:\w+ ){0,2}"
        r"(?:competenties|diploma\w*|ervaring|kwalificaties|vaardigheden|kennis|profiel) (?:\w+ )?(?:beschikt|beschik|beschikte|"
        r"bezit|bezat)\b(?![^.!?;]{0,60}\b(?:gelieve|bezorg|stuur|dien|upload|voeg)\w*\b)"),
    # The application itself going no further: it "is niet verder gekomen", "wordt niet verder behandeld", the employer
    # "gaat niet door met" it (the object before the verb too), or cannot "move you forward".
    fam("grammatica: sollicitatie niet verder gekomen / niet verder behandeld / niet doorgaan met", 4.0,
        ("verder gekomen", "behandeld", "door te gaan", "doorgaan", "door gaan", "verdergaan", "verder gaan", "verder te gaan",
         "verder te brengen"),
        # (not "nog niet verder gekomen", a wait, nor "niet verder behandeld door mij maar door mijn collega", a handover)
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,60}\b(?:is|werd) (?:(?!nog\b)\w+ )?niet verder gekomen\b",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,60}\b(?:wordt|werd|zal) (?:(?!nog\b)\w+ )?niet (?:verder|langer|meer) (?:worden )?"
        r"behandeld\b(?! (?:door|via|tot|totdat|zolang|zodra)\b)",
        # going on with the application said with "doorgaan", the object before the verb too ("besloten om niet door te
        # gaan met uw kandidatuur", "dat we niet met uw sollicitatie zullen doorgaan"), and a stiff "move you forward"
        # ("niet in staat u verder te brengen in het proces")
        # (the English noun of a half-translated ATS too: "om niet door te gaan met je application")
        r"(?<!nog )\bniet (?:door te gaan|doorgaan|door gaan) met (?:je|jouw|uw) (?:\w+ )?(?:sollicitatie\w*|kandidatuur|kandidaatstelling|"
        r"application)\b",
        r"(?<!nog )\bniet met (?:je|jouw|uw) (?:\w+ )?(?:sollicitatie\w*|kandidatuur|kandidaatstelling) (?:\w+ )?(?:doorgaan|door te gaan|"
        r"verdergaan|verder gaan|verder te gaan)\b",
        r"(?<!nog )\bniet in (?:staat|de gelegenheid) (?:om )?(?:je|jou|u) (?:\w+ ){0,4}verder te brengen\b"),
    # A verdict relayed or jotted down: an agency's client as the subject ("de klant ziet je niet in deze functie", "...
    # ziet je niet zitten voor deze job", "dat het een nee is", "gaat verder met kandidaten die Frans spreken"), the
    # reader's experience too slight for the post, the profile "niet wat we zoeken", "besloten het niet te doen" after
    # a trial day, and a chat's bare "we hebben iemand anders".
    fam("grammatica: een doorgegeven nee: de klant ziet je niet zitten / te beperkte ervaring / we hebben iemand anders", 4.0,
        ("niet te doen", "niet wat", "iemand anders", "een nee", "te beperkt", "te licht", "te mager", "te smal", "te junior",
         "te weinig", "verder met", "ziet je", "ziet u", "zien je", "zien u", "zag je", "zag u", "zagen je", "zagen u",
         "zien zitten", "ziet zitten", "zag zitten", "zagen zitten"),
        # a relayed verdict, the client as the subject: "de klant ziet je niet in deze functie", "... ziet je niet zitten
        # voor deze job", "dat het een nee is"; the reader's experience too slight for the post ("vond je ervaring te
        # beperkt voor deze functie"); the client going on with others described ("gaat verder met kandidaten die Frans
        # spreken"; not "..., zoals jij")
        r"\b(?:(?:ziet|zag|zien|zagen) (?:je|jou|u) (?:\w+ )?niet (?:zitten )?|(?:(?<=je niet )|(?<=jou niet )|(?<=u niet )|(?<=je echt niet )|(?<=u echt niet ))"
        r"(?:zien|ziet|zag|zagen) zitten )(?:in|als|voor) (?:deze|die|de|het) (?:\w+ )?(?:rol|functie|positie|baan|job|vacature|team)\b",
        rf"(?:(?<=dat het )|(?<=dat 't )|(?<=dat t )|(?<=omdat het )|(?<=dat het toch )|(?<=dat het helaas )|(?<=dat het dus ))een nee (?:is|wordt|werd|geworden is)(?= ?[.!?;,]|$|{_NL_SIGN_OFF})",
        r"(?:(?<=je )|(?<=jouw )|(?<=uw )|(?<=je huidige )|(?<=uw huidige )|(?<=je relevante )|(?<=uw relevante ))(?:ervaring|profiel|cv|kennis|achtergrond|opleiding) (?:(?:is|was|bleek) )?"
        r"(?:\w+ )?te (?:beperkt|licht|mager|smal|junior|weinig)\b(?= ?[.!?;,]|$| voor (?:deze|die|de|het|onze) (?:\w+ )?(?:functie|rol|"
        r"positie|baan|job|vacature)\b)",
        r"(?:(?<=gaat )|(?<=gaan )|(?<=ging )|(?<=gingen )|(?<=gaat liever )|(?<=gaan liever )|(?<=gaat dus )|(?<=gaan dus )|(?<=gaat nu )|(?<=gaan nu )|(?<=gaan we )|(?<=gaat ze )|(?<=gaat hij )|(?<=gaan ze )|(?<=gaat uiteindelijk )|(?<=gaan uiteindelijk )|(?<=gaat helaas )|(?<=gaan helaas ))verder met "
        r"(?:de |andere |enkele |een aantal )?(?:kandidaten|sollicitanten|profielen) "
        r"(?:van wie|die|wier|wiens|met)\b(?![^.!?;]{0,80}\b(?:zoals (?:jij|jou|u)|waaronder (?:jij|jou|u)|en (?:jij|je|u) (?:bent|hoort|zit)|"
        r"(?:jij|je|u) (?:bent|hoort) (?:daar|er))\b)",
        r"\b(?:na|op basis van) (?:je|jouw|uw|de|het) (?:proefdag|meeloopdag|proefles|gesprek\w*|sollicitatie\w*|kennismaking\w*)\b"
        r"[^.!?;]{0,40}\b(?:besloten|beslist|gekozen) (?:om )?het niet te doen\b",
        # the reader's profile "niet wat we zoeken" ("je profiel is mooi, maar niet wat we op dit moment nodig hebben")
        # (the profile itself: not "je cv is prima, maar de foto is niet wat we zoeken")
        r"\b(?:je|jouw|uw) (?:profiel|cv|ervaring|achtergrond) (?:is|was) (?:(?!\b(?:de|het|die|dat|deze|dit|je|jouw|uw)\b)[^.!?;]){0,30}"
        r"\bniet (?:helemaal |precies |echt )?wat (?:we|wij) "
        r"(?:\w+ ){0,4}(?:zoeken|zochten|nodig hebben|nodig hadden)\b",
        # a bare "we hebben iemand anders" ending its clause or the note ("sorry maar we hebben iemand anders\ngroetjes":
        # a chat note's line has no full stop, its sign-off follows); not "we hebben iemand anders nodig / gevraagd"
        r"(?:(?<=we hebben )|(?<=we hebben nu )|(?<=we hebben toch )|(?<=we hebben helaas )|(?<=we hebben intussen )|(?<=we hebben inmiddels )|(?<=we hebben uiteindelijk )|(?<=wij hebben )|(?<=wij hebben nu )|(?<=wij hebben toch )|(?<=wij hebben helaas )|(?<=wij hebben intussen )|(?<=wij hebben inmiddels )|(?<=wij hebben uiteindelijk )|(?<=ze hebben )|(?<=ze hebben nu )|(?<=ze hebben toch )|(?<=ze hebben helaas )|(?<=ze hebben intussen )|(?<=ze hebben inmiddels )|(?<=ze hebben uiteindelijk )|(?<=zij hebben )|(?<=zij hebben nu )|(?<=zij hebben toch )|(?<=zij hebben helaas )|(?<=zij hebben intussen )|(?<=zij hebben inmiddels )|(?<=zij hebben uiteindelijk ))"
        r"iemand anders(?= ?[.!?;,]|$| (?:voor (?:de|deze|die) "
        r"(?:functie|job|baan|vacature|plek|plaats|rol)|groet\w*|gr|grtjs|mvg|succes|sorry|bedankt|dank|merci)\b)"),
    # A selection's result as a status line ("Resultaat selectieproef brandweerman: niet geslaagd", "Uw resultaat voor
    # de computergestuurde screening: niet geslaagd"; not a study exam's "Uitslag tentamen: niet geslaagd") and too few
    # points for the next stage or the reserve list ("niet genoeg punten behaald om in de wervingsreserve te worden
    # opgenomen").
    fam("grammatica: selectieresultaat niet geslaagd / te weinig punten / status afgewezen", 4.0, ("niet", "status"),
        # a portal's status as a label beside its value, with no colon (an HTML table's cells, "Nieuwe status\nAfgewezen");
        # not a legend or a list ("de status afgewezen betekent ...", "kandidaten met status afgewezen krijgen een mail")
        r"(?<!de )(?<!met )(?<!op )\b(?:(?:nieuwe|huidige|actuele) )?status(?: -|:)? ?(?:afgewezen|niet weerhouden|niet geselecteerd|"
        r"niet geschikt)\b(?! (?:betekent|wil zeggen|krijgen|krijgt|hebben|heeft|zijn|is|worden|wordt|of|en|kandidaten|sollicitaties|"
        r"sollicitanten|ontvangen|ontvangt|gezet|zetten)\b)",
        # (a selection's own stage: not "Resultaat rijproef: niet geslaagd" or a certificate's "praktische proef heftruck")
        r"\b(?:resultaat|uitslag)\b (?:\w+ ){0,4}?(?:selectie\w*|screening|assessment|sollicitatie\w*|(?:schriftelijke|mondelinge) "
        r"proef)\b[^.!?;:]{0,40}: ?niet (?:geslaagd|gunstig|weerhouden)\b",
        # (the next stage or the reserve list named: not "niet genoeg punten behaald om te slagen voor het vak")
        r"\bniet (?:genoeg|voldoende) punten (?:\w+ ){0,2}(?:behaald|gehaald|gescoord) om (?:\w+ ){0,4}(?:(?:in|op) de "
        r"(?:wervings|werf)reserve|door te (?:gaan|stoten) naar|toegelaten (?:te worden )?tot (?:de|het) (?:volgende|mondeling\w*))\b"),
]

# A booking turned down: "bedankt voor je aanvraag, maar we moeten je teleurstellen: op 14 februari zijn alle tafels
# bezet" (the "aanvraag" of a table, a room or a hall; a full team of staff is said of people, not of tables).
LOOKALIKES += [
    fam("look-alike: a booking turned down, the tables or rooms full (nl)", -5.0,
        ("tafel", "kamer", "zaal", "zalen", "reserver", "boeking", "volgeboekt", "uitverkocht"),
        r"\b(?:tafels?|kamers?|zaal|zalen|reservering\w*|boeking\w*|overnachting\w*|arrangement\w*)\b[^.!?;]{0,40}\b(?:bezet|vol|"
        r"volgeboekt|volzet|uitverkocht)\b|\b(?:volgeboekt|uitverkocht)\b"),
]

# Sweep 10: small employers, horeca, interim bureaus and half-English founders. The other person taken in a
# subordinate clause ("dat we voor de plek iemand anders hebben genomen"), a small post gone ("de bezorgbaan is al
# weg"), the post already filled by a hire ("ik heb al een monteur aangenomen"), the post filled with someone by
# decision ("besloten de functie van koster te vervullen met iemand uit de parochie"), a more senior profile chosen,
# the offer sent to someone else, and an assignment awarded to another professional.
_NL_GONE_POST = (r"(?:(?:bij|bezorg|zaterdag|vakantie|zomer|student|parttime |fulltime |deeltijd)?baan(?:tje)?|[a-z]*job|"
                 r"vacature|functie|stageplek|stageplaats)")
DECISIONS += [
    fam("grammatica: iemand anders hebben genomen (bijzin) / de baan is al weg / al een monteur aangenomen", 4.0,
        # ("weg" with the word before it: a bare "weg" is in "wegens", "bewegen", "onderweg")
        ("iemand anders", "is weg", "was weg", "al weg", "helaas weg", "inmiddels weg", "intussen weg", "dus weg", "ook weg",
         "genoeg weg", "aangenomen", "aangesteld", "aangeworven", "in dienst genomen"),
        # (a hiring verb only: "dat we als notulist iemand anders hebben gekozen" is a chore's)
        r"\b(?:dat|omdat|aangezien) (?:we|wij|ik|ze|zij) (?:(?!niet\b)[^.!?;]){0,60}\biemand anders (?:hebben|heb|heeft) "
        r"(?:genomen|aangenomen|aangesteld|aangeworven|in dienst genomen)" + _NL_ENDS_OR_POST,
        # (the post itself, not a track or a lane: "de tennisbaan is al weg")
        rf"\b(?:de|het|die|deze|jullie|onze) (?:\w+ )?{_NL_GONE_POST} (?:is|was) (?:(?:al|helaas|inmiddels|intussen|dus|ook|"
        r"jammer genoeg|spijtig genoeg) )*weg(?= ?[.!?;,]|$| (?:voor|helaas|sorry)\b)",
        # (not a new colleague announced: "nieuwe" makes it news to the team)
        rf"\b(?:heb|hebben|heeft) (?:\w+ ){{0,3}}(?:al|inmiddels|intussen|reeds) (?:een|onze) (?!nieuwe\b){_NL_A_PERSON} "
        r"(?:\w+ )?(?:aangenomen|aangesteld|aangeworven|in dienst genomen)\b"),
    # (a state of the post, unless said to the reader about their application: a club's board fills its treasurer's
    # "functie" with a member in the same words)
    fam("grammatica: de functie vervullen met iemand", 3.5, ("vervullen", "in te vullen", "bezetten", "op te vullen"),
        # a decision to fill the post with someone ("besloten de functie te vervullen met iemand uit de eigen parochie";
        # not a job advert's "we willen de vacature vervullen met iemand die")
        r"\b(?:besloten|beslist|gekozen|kozen|koos) (?:om )?(?:de|deze|die) (?:\w+ )?(?:functie|vacature|baan|job|positie|rol|plek|"
        r"plaats)\b[^.!?;]{0,40}\b(?:te (?:vervullen|bezetten)|in te vullen|op te vullen) met (?:iemand|een (?:andere?|interne|"
        r"externe))\b"),
    fam("grammatica: een meer senior profiel / het aanbod naar een ander / de opdracht gegund aan een andere professional", 4.0,
        ("profiel", "kandida", "aanbod", "offer", "gegund", "toegekend", "toegewezen"),
        # (beside "voor een ander profiel dat ..." above) a more senior profile chosen ("besloten om voor een meer senior
        # profiel te gaan")
        r"\b(?:besloten|beslist|gekozen|kozen|koos) (?:om )?(?:toch |uiteindelijk )?voor (?:een|het) (?:meer |nog )?(?:senior|ervaren|"
        r"ervarener|sterker|passender|geschikter|technischer|commerciel\w*|ander) (?:profiel|kandidaat|kandidate)\b(?: te (?:gaan|"
        r"kiezen))?(?= ?[.!?;,]|$| (?:met|die|omdat|want|voor)\b)",
        # the offer sent or made to someone else ("we hebben de offer naar iemand anders gestuurd")
        r"\b(?:het|de|ons|onze) (?:job)?(?:aanbod|offer)\b (?:\w+ ){0,2}(?:naar|aan) (?:iemand anders|een andere? (?:kandida\w*|"
        r"sollicitant\w*|persoon))\b (?:\w+ )?(?:gestuurd|verstuurd|gedaan|gegaan|uitgebracht)\b",
        # an assignment awarded to another professional ("de opdracht is gegund aan een andere interim-professional"), a
        # school's teaching hours to a teacher described ("de uren zijn toegekend aan een leerkracht die al bij ons werkt")
        r"\b(?:opdracht|detachering|interimopdracht|functie|vacature|plek|positie|interim|uren|lesuren|betrekking)\b (?:\w+ ){0,2}"
        r"(?:gegund|toegekend|toegewezen) aan (?:iemand anders|een andere? (?:[a-z-]*professional\w*|[a-z-]*manager\w*|"
        rf"consultant\w*|kandida\w*|freelancer\w*)|een (?:\w+ )?{_NL_TRADE} (?:die|met)\b)"),
]

# The reader as the subject of not reaching the next round ("je bent niet doorgedrongen tot de laatste ronde"; the
# 3.5 family above also reads a contest's "niet doorgedrongen tot de finale"), the others who fitted better told as
# the whole decision ("er waren kandidaten met een profiel dat beter aansloot"), the choice fallen on a tradesperson.
DECISIONS += [
    fam("grammatica: je bent niet doorgedrongen tot de laatste ronde / er waren kandidaten die beter aansloten", 4.0,
        ("doorgedrongen", "doorgestoten", "doorgestroomd", "geraakt tot", "gekomen tot", "beter aansl", "beter pas", "keuze"),
        r"\b(?:je|jij|u|ge) (?:bent|zijt|is|was|werd) (?:\w+ ){0,2}niet (?:\w+ )?(?:doorgedrongen|doorgestoten|doorgestroomd|geraakt|"
        r"gekomen) tot (?:de|het) (?:\w+ )?(?:volgende|laatste|tweede|derde|eind)\w* ?(?:ronde|fase|selectie|gespreksronde|"
        r"gesprek\w*)\b",
        r"\b(?:er (?:waren|zijn)|(?:we|wij) (?:hadden|hebben)) (?:\w+ ){0,2}(?:kandidaten|sollicitanten) (?:met een profiel (?:dat|die)|"
        r"wiens profiel|van wie (?:het|de) (?:profiel|ervaring)|die) (?:\w+ ){0,3}beter (?:aansloot|aansloten|aansluit|aansluiten|"
        r"paste|pasten|past|passen)\b",
        # the choice fell on a person named by a trade, set against the reader ("de keuze is gevallen op een
        # zwemonderwijzer die ook diploma C afneemt"; the family above names a candidate or "een ander"); not a
        # service's pick ("voor de training is de keuze gevallen op een trainer met veel ervaring")
        rf"\bkeuze (?:\w+ ){{0,3}}(?:viel|valt|vielen|gevallen|uitgevallen) (?:\w+ ){{0,3}}op een (?:\w+ )?"
        rf"(?:{_NL_TRADE}|[a-z]*onderwijzer|[a-z]*docent) (?:die (?:ook|al|wel|meer|beter)|met (?:meer|ruimere|langere|"
        r"relevantere))\b"),
]

# A portal's result as a label and its value ("Resultaat: afgewezen", "Fase: Afgewezen", "Uitslag sollicitatie:
# negatief"; not a legend, "resultaat: afgewezen betekent ...", nor a medical test's "uitslag: negatief" with no
# application named), a verdict alone in the subject ("Geen uitnodiging: vacature 2024-31"), the other candidate put
# forward in the passive ("door de commissie is een andere kandidaat voorgedragen"), and the procedure carried on with
# the other candidate, the object first ("met een andere kandidaat wordt de procedure voortgezet").
DECISIONS += [
    fam("grammatica: resultaat: afgewezen / geen uitnodiging (onderwerp) / een andere kandidaat voorgedragen (passief)", 4.0,
        ("afgewezen", "niet geselecteerd", "niet weerhouden", "negatief", "geen uitnodiging", "een ander", "iemand anders",
         "de ander"),
        r"\b(?:resultaat|uitkomst|uitslag|beslissing|besluit|fase)(?: (?:van (?:de |je |uw )?)?(?:sollicitatie|selectie|beoordeling|"
        r"procedure|kandidatuur))?: ?(?:afgewezen|niet geselecteerd|niet weerhouden)\b(?! (?:betekent|wil zeggen|krijgen|krijgt)\b)",
        r"\b(?:resultaat|uitkomst|uitslag|besluit|beslissing) (?:van (?:de |je |uw )?)?(?:sollicitatie|selectie|beoordeling|"
        r"selectieprocedure|kandidatuur)\w*: ?negatief\b",
        r"^(?:helaas )?geen uitnodiging(?: voor (?:een |het )?\w*gesprek)?(?= ?[:|-])",
        # (not "uitgenodigd": "op 12 mei is een andere kandidaat uitgenodigd" plans a day)
        r"\b(?:is|werd|wordt|zijn|werden) (?:\w+ )?(?:een andere? (?:kandida\w*|sollicitant\w*)|iemand anders) (?:\w+ ){0,2}"
        r"(?:voorgedragen|benoemd|aangesteld|aangenomen|geselecteerd|gekozen|aangeworven)\b",
        # (not the reader beside the other: "met een andere kandidaat gaan we ook nog door, samen met jou")
        r"\bmet (?:een andere?|de andere) (?:kandida\w*|sollicitant\w*) (?:\w+ ){0,3}(?:wordt|worden|gaan|gaat|zetten|zet) "
        r"(?:(?!ook\b|nog\b|eveneens\b)\w+ ){0,3}(?:voortgezet|verder|door|voort)\b(?![^.!?;]{0,60}\b(?:met|en) (?:jou|u|je)\b)"),
]

# Stiff and plain variants of decisions already read: another candidate hired after "overgegaan tot", the profile
# sought too far from the reader's experience, the reader not the candidate sought, a goodbye to the reader as a
# candidate, the post awarded to a candidate described ("aan een kandidaat met meer ervaring gegund").
DECISIONS += [
    fam("grammatica: overgegaan tot het aannemen van een ander / wijkt te veel af / niet de kandidaat die we zoeken", 4.0,
        ("overgegaan", "overgaan", "over te gaan", "af van", "niet de", "afscheid", "gegund", "toegekend", "gegeven",
         "aangeboden", "toegewezen"),
        r"\b(?:overgegaan|overgaan|over te gaan) tot (?:het |de )?(?:aannemen|aanstellen|benoemen|selecteren|aanstelling|benoeming|"
        r"aanwerving) van (?:een andere? (?:kandida\w*|sollicitant\w*)|iemand anders)\b",
        # (the reader's experience or profile and the one sought: not "de levering wijkt af van je bestelling")
        r"\b(?:profiel|ervaring|functie|rol) (?:\w+ ){0,4}(?:wijkt|week|weken|wijken) (?:\w+ )?(?:te veel|te sterk|teveel|te ver) af "
        r"van (?:je|jouw|uw) (?:\w+ )?(?:ervaring|profiel|achtergrond|cv)\b|\b(?:je|jouw|uw) (?:\w+ )?(?:ervaring|profiel|achtergrond|cv) "
        r"(?:wijkt|week) (?:\w+ )?(?:te veel|te sterk|teveel|te ver) af van\b",
        r"\b(?:ben je|je bent|bent u|u bent|zijt ge|ge zijt) (?:\w+ )?niet de (?:kandida\w*|sollicitant\w*|persoon|match) (?:die|waar|wat) "
        r"(?:we|wij) (?:\w+ )?(?:zoeken|zochten|nodig hebben|nodig hadden)\b",
        r"\bafscheid (?:\w+ )?van (?:je|jou|u) als (?:kandida\w*|sollicitant\w*)\b",
        r"\baan een (?:\w+ )?(?:kandida\w*|sollicitant\w*|persoon) (?:met|die) [^.!?;]{0,40}\b(?:gegund|toegekend|gegeven|aangeboden|"
        r"toegewezen)\b"),
]

# (session 18) an interview slot taken by another candidate ("het tijdslot van dinsdag is helaas al door een andere
# kandidaat gekozen, kun je een ander moment kiezen?"): planning, no decision; and the post free again, offered back to
# the reader ("we hadden eerst voor een andere kandidaat gekozen, maar de functie is weer vrij: heb je nog interesse?");
# not a rejection's "mocht de functie weer vrijkomen, dan laten we het je weten"
LOOKALIKES += [
    fam("look-alike: een tijdslot door een andere kandidaat genomen (nl)", -4.5, ("slot", "tijdstip", "afspraak", "moment"),
        r"\b(?:tijdslot|slot|tijdstip|afspraak|moment|ruimte)\b[^.!?;]{0,40}?\b(?:is|werd) (?:helaas |al |inmiddels |"
        r"net )*(?:door|aan) (?:een andere|iemand anders)\b[^.!?;]{0,20}?\b(?:gekozen|geboekt|genomen|gereserveerd|gegeven|"
        r"vastgelegd)\b"),
    fam("look-alike: de functie is weer vrij (nl)", -5.0, ("weer", "opnieuw"),
        r"\b(?:functie|vacature|baan|plek|positie)\b (?:is|komt) (?:nu |inmiddels |toch )?(?:weer|opnieuw) (?:vrij|open|"
        r"beschikbaar|vacant)\b(?! ?(?:komt|zou))[^?]{0,160}?\b(?:heb je (?:nog |nog steeds )?interesse|(?:nog|nog steeds) "
        r"interesse|zou je (?:nog )?(?:interesse|zin)|heeft u (?:nog )?interesse|zin om)\b"),
]

# (session 18) the reader chosen together with another candidate ("we hebben jou en nog een andere kandidaat
# geselecteerd voor de laatste ronde"): good news, not another person chosen instead of the reader
LOOKALIKES += [
    fam("look-alike: jij en een andere kandidaat door (nl)", -5.0, ("jou en", "je en", "u en", "jij en"),
        r"\b(?:jou|jij|je|u) en (?:nog )?(?:een|twee|drie|de) (?:andere |overige )?(?:kandida\w*|sollicitant\w*|finalist\w*)"
        # (the two chosen for a next round, with no "maar" between: not "we hebben jou en de andere kandidaten goed
        # bekeken, maar gekozen voor een kandidaat met meer ervaring")
        r"\b(?: (?!maar\b|echter\b|helaas\b)[\w-]+){0,4}? (?:geselecteerd|uitgenodigd|gekozen|gaan door|door)\b"
        r"[^.!?;]{0,40}?\b(?:ronde|gesprek|fase|assessment|finale|selectiedag)\b"),
]

# Sweep 11: an eleventh writer. A post filled with another candidate in the passive ("de functie is ingevuld met een
# andere kandidaat"), an English noun in a Dutch ATS sentence ("gekozen voor een andere candidate"), the post gone to
# an internal candidate ("de rol gaat naar iemand van binnen de organisatie"), a client that does not invite the
# reader ("de klant nodigt je niet uit"), no invitation reached ("komen wij niet tot een uitnodiging"), a formal "u niet
# in de verdere procedure te betrekken", and the team complete ("we hebben het team inmiddels rond").
DECISIONS += [
    fam("grammatica: ingevuld met een andere kandidaat / een andere candidate / de klant nodigt je niet uit", 4.0,
        ("andere kandida", "andere sollicitant", "andere candidate", "iemand anders", "nodigt", "niet tot"),
        # (another candidate or someone else: "vervuld door een interne kandidaat: Joost begint maandag" is staff news)
        r"\b(?:is|werd|wordt|zijn|werden) (?:(?!nog\b|niet\b)\w+ ){0,2}(?:ingevuld|vervuld|bezet|opgevuld|vergeven) (?:met|door|aan) "
        r"(?:een andere? (?:kandida\w*|sollicitant\w*|candidates?)|iemand anders)\b",
        rf"\b{_NL_CHOSE}\b[^.!?;]{{0,40}}\b(?:een|de) andere candidates?\b",
        # a client or an employer as the subject ("de klant heeft je cv bekeken, maar nodigt je niet uit"; not "nog niet")
        r"\bnodigt (?:u|je|jou) (?:(?!nog\b)\w+ ){0,2}niet uit\b",
        # no invitation reached ("komen wij niet tot een uitnodiging voor een gesprek", "zijn we niet tot een
        # aanstelling gekomen"; not "nog niet": a wait)
        r"\b(?:komen|komt|kwamen|kwam) (?:(?:we|wij|ik|ze|zij) )?(?:(?!nog\b)\w+ )?niet tot (?:een |het |de )?(?:uitnodiging|"
        r"aanstelling|benoeming|aanbod|voordracht)\b",
        r"(?<!nog )\bniet tot (?:een |het |de )?(?:uitnodiging|aanstelling|benoeming|aanbod|voordracht) (?:\w+ ){0,2}gekomen\b"),
    fam("grammatica: u niet in de verdere procedure betrekken / geen vervolg aan je sollicitatie / de vacature waarop je "
        "reageerde is vervuld / voor de functie iemand gevonden", 4.0,
        ("procedure", "selectie", "ronde", "fase", "vervolg", "waarop", "waarvoor", "gevonden"),
        r"\b(?:u|je|jou) (?:\w+ )?niet (?:\w+ ){0,2}(?:in|bij) de (?:verdere |volgende |vervolg)?(?:procedure|selectie\w*|"
        r"sollicitatieprocedure|gespreksronde|ronde|fase) (?:te )?(?:betrekken|meenemen|mee te nemen|toelaten|toe te laten)\b",
        # ("we hebben geen vervolg kunnen geven aan je sollicitatie")
        r"\bgeen (?:verder )?vervolg (?:\w+ ){0,2}(?:geven|gegeven|te geven) aan (?:je|jouw|uw) (?:\w+ )?(?:sollicitatie\w*|kandidatuur)\b",
        # the post the reader applied for, gone ("de vacature waarop je reageerde is niet meer beschikbaar")
        r"\b(?:vacature|functie|positie|baan|job|stageplek|stageplaats)\b waar(?:op|voor|naar) (?:je|jij|u) (?:\w+ ){0,2}(?:gereageerd|"
        r"gesolliciteerd|reageerde|reageerden|solliciteerde|solliciteerden|reageert|solliciteert)\b[^.!?;]{0,30}\b(?:niet meer "
        r"(?:beschikbaar|open|vacant)|(?:is|werd) (?:(?!nog\b|niet\b)\w+ ){0,2}(?:vervuld|ingevuld|vergeven|ingetrokken|komen te vervallen))\b",
        # the post named before the one found, verb second ("helaas hebben we voor de functie van analist iemand
        # gevonden die ..."; the existing family reads "we hebben iemand gevonden")
        r"\b(?:hebben|heb|heeft) (?:we|wij|ik|ze|zij) (?:\w+ )?voor (?:de|deze|die|onze|het) (?:functie|vacature|baan|job|rol|positie|"
        r"plek|stage\w*)(?: (?:van|als) [\w-]+)? (?:(?:al|inmiddels|intussen) )?iemand (?:anders )?gevonden\b"),
    # a state of the post or the team (the reader's application must be named elsewhere: "de functie gaat naar een
    # interne kandidaat" and "het team is rond" are staff news too)
    fam("grammatica: de rol gaat naar een interne kandidaat / het team is rond", 3.5,
        ("binnen", "intern", "eigen", " rond", "compleet", "voltallig", "wat we", "wat wij"),
        r"\b(?:functie|rol|baan|job|vacature|plek|positie)\b(?: \w+){0,3} (?:gaat|ging|is gegaan) (?:\w+ )?naar "
        r"(?:iemand (?:van|uit) (?:binnen\w*|de eigen|onze eigen|ons eigen)|een interne (?:kandida\w*|collega\w*|"
        r"sollicitant\w*|medewerker\w*))\b",
        # (not for a season only, nor with a "maar" after it: "het team is compleet voor de kerst, maar vanaf januari
        # hebben we je graag erbij")
        r"\b(?:(?:hebben|heb) (?:we|wij|ik)|(?:we|wij|ik) (?:hebben|heb)) (?:(?:al|inmiddels|intussen|helaas|nu) )*(?:het|ons|de) (?:[a-z]*team|ploeg|bezetting|"
        r"formatie) (?:(?:al|inmiddels|intussen|helaas|nu) )*(?:rond|compleet|voltallig)\b(?! voor (?:de|deze|dit|die) \w+)"
        r"(?![^.!?;]{0,60}\bmaar\b)",
        r"\b(?:ons|het|de) (?:[a-z]*team|ploeg|bezetting|formatie) is (?:(?:al|inmiddels|intussen|helaas|nu) )*(?:rond|compleet|"
        r"voltallig)\b(?! voor (?:de|deze|dit|die) \w+)(?![^.!?;]{0,60}\bmaar\b)",
        # the reader's qualities set against what is sought ("je kwalificaties zijn mooi, maar niet wat we nu zoeken")
        # (the reader's, and the subject of "niet": not "zijn ervaring paste niet bij wat we zoeken" told to a fellow
        # interviewer, nor "je cv is prima, maar de foto is niet wat we zoeken")
        r"\b(?:je|jouw|uw) (?:\w+ )?(?:profiel|ervaring|kwalificaties|achtergrond|cv|opleiding) (?:is|zijn|was|waren) "
        r"(?:(?:[\w-]+,? ){1,3}maar |(?:helaas|echter|dan ook|toch|gewoon) )?niet (?:precies |helemaal |echt |direct )?wat "
        r"(?:we|wij) (?:\w+ )?(?:zoeken|zochten|nodig hebben)\b"),
]

# An earlier no told as a story before an invitation: outreach that recalls last year's applicants ("vorig jaar hadden
# we sollicitanten die beter pasten ... dit jaar zoeken we iemand zoals jij"), or the reader's own earlier no beside a
# new opening ("eerder dit jaar hebben we voor een andere kandidaat gekozen, maar er is nu een nieuwe vacature"). The
# time is in the decision's sentence and an invitation follows; not a no repeated now ("net als vorig jaar hebben we
# ook nu voor een ander gekozen") nor a rejection's closing "mocht er een nieuwe vacature komen".
_NL_BEFORE = (r"(?:vorig jaar|vorige (?:keer|maand|ronde|zomer|winter)|destijds|eerder dit jaar|(?:een|enige) tijd geleden|"
              r"(?:een|twee) jaar geleden|maanden geleden|afgelopen (?:jaar|voorjaar|najaar))")
LOOKALIKES += [
    fam("look-alike: an earlier no told before an invitation (nl)", -5.0,
        ("vorig", "destijds", "eerder dit jaar", "geleden", "afgelopen"),
        rf"(?<!als )(?<!zoals )\b{_NL_BEFORE}\b(?:(?!\b(?:ook|weer|opnieuw|nu)\b)[^.!?;]){{0,80}}\b(?:beter (?:pasten|paste|"
        r"aansloten|aansloot)|andere? (?:kandida\w*|sollicitant\w*)|iemand anders|buiten de boot|afgewezen|afgevallen|"
        r"niet (?:\w+ ){0,2}(?:door|verder|gekozen|geselecteerd|aangenomen|gehaald|geworden))\b"
        r"[^?]{0,220}?(?<!mocht )(?<!als )(?<!zodra )(?<!wanneer )(?<!indien )\b(?:iemand (?:zoals|als) (?:jij|jou|u)\b|"
        r"(?:nu|inmiddels|weer|opnieuw) (?:een )?(?:nieuwe |andere )?(?:vacature|functie|rol|positie|baan|job)\b(?! (?:vrij)?komt)|"
        r"(?:er is|is er|hebben we|we hebben) (?:nu |inmiddels |weer |opnieuw )*een (?:nieuwe|andere) (?:vacature|functie|rol|"
        r"positie|baan|job)\b|"
        r"solliciteer (?:je|jij|u) (?:\w+ )?opnieuw\?|(?:mag|kan|zal) ik (?:je|jou|u) (?:\w+ )?(?:bellen|spreken)\b|"
        r"(?:zin|tijd) (?:in|voor) (?:een )?(?:kop )?koffie\b|(?:heb je|heeft u|zou je) (?:\w+ )?(?:interesse|zin)\b)"),
]

# A newsletter or a blog that quotes a decision: "in onze nieuwe blog leggen recruiters het uit"
LOOKALIKES += [
    fam("look-alike: a blog or an article that quotes a decision (nl)", -4.5, ("blog", "artikel", "podcast", "webinar"),
        r"\bin (?:onze|ons|het|de|deze|dit) (?:nieuwe |laatste |nieuwste |volgende )?(?:blog|artikel|blogartikel|podcast|webinar|"
        r"e-book)\b"),
]

# A filled post beside another the reader is invited for, in the same breath: "die vacature is al vervuld, maar voor
# de vacature van glazenwasser ben je welkom op gesprek" (an invitation; not "... welkom om opnieuw te solliciteren")
LOOKALIKES += [
    fam("look-alike: another post, the reader invited for it (nl)", -4.0, ("welkom", "nodigen", "nodig "),
        r"\bmaar (?:voor|bij|op) (?:de|een|onze|die|het) (?:andere |nieuwe )?(?:vacature|functie|baan|job|rol|positie|plek) "
        r"(?:(?:van|als|in|bij) [\w-]+ )?(?:(?:ben|bent|zijn|zijt) (?:je|jij|u|ge) (?:\w+ )?welkom (?:op|voor) (?:een |het )?"
        r"(?:\w+ )?(?:gesprek|kennismaking|proefdag|sollicitatiegesprek)|(?:nodigen|nodig) (?:we|wij|ik) (?:je|jou|u) (?:\w+ ){0,2}uit)\b"),
]

# Sweep 11, second probe: the procedure closed with the subject first ("we ronden de procedure daarom af"), a post
# not filled ("de functie wordt om budgettaire redenen niet ingevuld"), a selection not passed ("je hebt het
# selectietraject niet succesvol doorlopen"), someone described hired ("we hebben iemand met rijbewijs C genomen"),
# and the reader not seen in the post ("we zien je niet terug in deze rol").
DECISIONS += [
    fam("grammatica: we ronden de procedure af / het selectietraject niet doorlopen / iemand met ... genomen / niet "
        "terug in deze rol", 4.0, ("ronden", "sluiten", "niet succesvol", "niet met succes", "iemand", "niet terug"),
        # (a closing adverb only: not the timeline "we ronden de procedure eind mei af")
        r"\b(?:we|wij|ik) (?:ronden|rond|sluiten|sluit) (?:de|je|jouw|uw) (?:sollicitatie\w*|procedure|sollicitatieprocedure|"
        r"selectieprocedure|kandidatuur) (?:(?:daarom|hierbij|hiermee|bij deze|dan ook|helaas|voor jou|met jou|met u|"
        # (the sentence ends there or gives a reason: not "we sluiten je sollicitatie hierbij af met een mooi aanbod")
        r"voor u) )*af(?= ?[.!?;,]|$| (?:omdat|want|aangezien|wegens|vanwege|gezien)\b)",
        # (a selection's stage, not a course or a reintegration "traject")
        r"\b(?:je|jij|u) (?:hebt|heeft) (?:de|het) (?:\w+ )?(?:selectie\w*|sollicitatie\w*|assessment|selectietraject|"
        r"wervingstraject|sollicitatietraject|selectieproce\w*) (?:helaas )?niet (?:succesvol|met succes|positief) (?:doorlopen|"
        r"afgerond|afgesloten)\b",
        # someone described, hired ("we hebben iemand met rijbewijs C genomen"; the bare "iemand anders" is read above)
        r"\b(?:(?:hebben|heb) (?:we|wij|ik)|(?:we|wij|ik) (?:hebben|heb)) (?:(?:al|inmiddels|intussen|toch|uiteindelijk) )?iemand met "
        r"(?:[\w-]+ ){1,4}?(?:genomen|"
        r"aangenomen|aangesteld|aangeworven)(?= ?[.!?;,]|$| (?:voor|als)\b)",
        r"\bzien? (?:(?:we|wij|ik|ze|zij) )?(?:je|jou|u) (?:\w+ )?niet terug in (?:deze|de|die|onze|het) (?:\w+ )?(?:rol|functie|"
        r"baan|job|positie|team|vacature)\b"),
    # (a state of the post: the reader's application must be named elsewhere; not a hold, "voorlopig niet ingevuld, we
    # houden je sollicitatie aan", nor a condition, "niet ingevuld voordat we jou gesproken hebben")
    fam("grammatica: de functie wordt niet ingevuld", 3.5, ("niet ingevuld", "niet vervuld", "niet worden ingevuld",
                                                             "niet worden vervuld", "niet meer ingevuld"),
        r"\b(?:functie|vacature|positie|rol|baan)\b(?: (?:van|als) [\w-]+)? (?:wordt|zal) (?:(?!voorlopig\b|nog\b|tijdelijk\b|"
        r"even\b)[\w-]+ ){0,4}niet (?:meer )?(?:worden )?(?:ingevuld|vervuld)\b(?! (?:voordat|voor|tot|totdat|zolang|zonder|"
        r"zodra)\b)"),
]

# The reader's own interview or application goes on, beside a no about something else ("we gaan een andere richting
# op met de website, dus je portfolio past daar niet bij. Je gesprek gaat wel gewoon door.")
LOOKALIKES += [
    fam("look-alike: the reader's interview goes on (nl)", -4.0, ("gaat wel", "gaat gewoon", "gaat nog steeds"),
        r"\b(?:je|jouw|uw) (?:eigen )?(?:sollicitatie\w*|kandidatuur|procedure|gesprek|sollicitatiegesprek|kennismaking|"
        r"assessment|proefdag) gaat (?:wel |gewoon |nog steeds )+door\b"),
]

# The verdict as the subject's last word ("Sollicitatie - afwijzing", "Kandidatuur boekhouder: afgewezen"; the
# family above reads "Afwijzing: ..." first; nothing may follow it, not "... afwijzing kandidaat Jansen" sent to a
# hiring manager).
DECISIONS += [
    fam("grammatica: sollicitatie - afwijzing (onderwerp)", 4.0, ("afwijzing .", "afgewezen ."),
        r"^(?:sollicitatie|kandidatuur)\w*(?: (?!\.)[\w()/#.-]+){0,6} ?[-:|] ?(?:afwijzing|afgewezen) \."),
]

# (session 19) thanks for the reader's tip or recommendation after a decision about the one put forward (a friend's
# "Balen!" about their own no is left alone: employers write "Balen, ik weet het." to the reader too); an interview slot given to another candidate ("het tijdslot van dinsdag is al aan een andere kandidaat
# gegeven. Kun je donderdag?")
LOOKALIKES += [
    fam("look-alike: thanks for the reader's tip or recommendation (nl)", -5.0, ("tip", "aanbeveling", "doorverwijzing",
                                                                               "voordracht", "aangedragen", "aanbevolen"),
        r"\b(?:bedankt|dank (?:je|u)|dankjewel|dankuwel)\b[^.!?;]{0,30}\bvoor (?:de|je|jouw|uw|deze) (?:tip|aanbeveling|"
        r"doorverwijzing|voordracht|introductie)\b",
        r"\b(?:vacature|functie|baan|rol|positie) waar(?:voor|op) (?:je|jij|u) [a-z]+ (?:had |hebt |heeft )?(?:aangedragen|"
        r"aanbevolen|voorgedragen|getipt)\b"),
    fam("look-alike: an interview slot given to another candidate (nl)", -4.5, ("slot", "tijdstip", "afspraak", "moment"),
        r"\b(?:tijdslot|slot|tijdstip|afspraak|moment|gespreksmoment)\b[^.!?;]{0,40}\baan (?:een andere?|de andere?) "
        r"(?:kandida\w*|sollicitant\w*)\b[^.!?;]{0,15}\b(?:gegeven|vergeven|toegewezen|gegaan)\b"),
]

# (session 19) a small employer's short answer that the places are taken: "dit seizoen hebben we al genoeg plukkers",
# "de vakantiebanen zijn al vergeven" (plural posts: not the bare "is al vergeven" a club's post or a prize says too)
DECISIONS += [
    fam("grammatica: al genoeg mensen / de vakantiebanen zijn al vergeven", 4.0, ("genoeg", "voldoende", "vergeven",
                                                                                  "vervuld", "ingevuld"),
        r"\b(?:hebben|heb) (?:we|wij|ik) (?:\w+ )?(?:al|inmiddels|ruim) (?:genoeg|voldoende) (?:mensen|personeel|krachten|"
        r"medewerkers|handjes|plukkers|seizoenskrachten|vakantiekrachten|oproepkrachten|studenten|scholieren)\b",
        # (a small employer's seasonal posts: not "deze vacatures zijn al vervuld" of a job board's digest)
        r"\b(?:vakantiebanen|bijbanen|zomerbanen|stageplekken|stageplaatsen|seizoensbanen)\b (?:zijn|werden) "
        r"(?:\w+ )?(?:al|inmiddels|allemaal|helaas) (?:\w+ )?(?:vergeven|vervuld|ingevuld|bezet)\b"),
]

# (session 20) A Flemish public selection names its post bare, after "selectie van/voor" ("de selectie van ploegbaas
# groendienst", "de selectie voor dossierbeheerder"): a title, no article, so a sports team ("de selectie voor het
# eerste elftal") or a school's exchange ("selectie voor studenten") is not read as a post.
_NL_PUBLIC_TITLE = (r"[a-z-]*(?:medewerker|beheerder|deskundige|assistent|adviseur|consulent|coordinator|verpleegkundige|bediende|"
                    r"ambtenaar|leider|baas|werker|secretaris|inspecteur|technicus|arbeider|chauffeur|manager|directeur|"
                    r"diensthoofd|begeleider|verantwoordelijke|specialist|analist|boekhouder|opvoeder|jurist|juriste|"
                    r"architect|ingenieur|planner|bibliothecaris|concierge|agent|magazijnier|kassier|portier|"
                    r"tuinier|hovenier|"
                    r"brandweerman|brandweervrouw)")
_NL_PUBLIC_SELECTION = rf"selectie (?:van|voor) (?:[a-z-]+ )?{_NL_PUBLIC_TITLE}"
STRONG_WORDS += "|" + _NL_PUBLIC_SELECTION  # a post unmistakably (the strong words were already added to JOB_WORDS)
JOB_WORDS += "|" + _NL_PUBLIC_SELECTION
# an internship with its Dutch article or pronoun ("de stage communicatie", "een stage bij ons"): the bare "stage" is also
# English and French, where it is no internship in Dutch mail
JOB_WORDS += r"|(?:de|een|je|jouw|uw|onze|deze|die) stage"

# (session 20) Results of a selection's test in the reader's own words of score and pass: "u bent helaas niet geslaagd
# (voor de selectie)", "behaalde u niet de vereiste score", "u behaalde onvoldoende punten", "je score was niet
# voldoende om door te gaan naar de gespreksronde" (the next step named: not a course's "niet voldoende voor een 8").
DECISIONS += [
    fam("grammatica: de lezer niet geslaagd / de vereiste score niet behaald", 4.0, ("geslaagd", "score", "punten", "resulta"),
        r"\b(?:je|jij|u|ge|gij) (?:bent|ben|zijt|was|waart) (?:(?:helaas|dus|daarom|bijgevolg|jammer genoeg|spijtig genoeg|"
        r"dan ook) ){0,2}niet geslaagd\b",
        r"\b(?:(?:behaalde|behaalt|haalde|haalt|bereikte|bereikt) (?:je|jij|u|ge)|(?:je|jij|u|ge) (?:behaalde|behaalt|haalde|haalt|"
        r"bereikte|bereikt)) (?:\w+ )?niet de (?:vereiste|nodige|minimale|"
        r"minimum|gevraagde) (?:\w+ )?(?:score|punten|norm|cesuur|resultaat)\b",
        r"\b(?:je|jij|u|ge) (?:behaalde|behaalt|haalde|haalt|scoorde|scoort|hebt|heeft|had) (?:\w+ ){0,2}(?:onvoldoende|te weinig|"
        r"niet genoeg|niet voldoende) punten\b(?: (?:behaald|gehaald|gescoord))? (?:op|voor|bij|in) (?:de|het) (?:\w+ )?"
        r"(?:test|proef|examen|screening|selectie\w*|[a-z]*test|[a-z]*proef|assessment|onderdeel|gedeelte)\b",
        r"\b(?:je|jouw|uw) (?:\w+ )?(?:score|resultaat|resultaten|testresultaat\w*)\b[^.!?;]{0,40}\b(?:niet (?:\w+ )?(?:voldoende|"
        r"hoog genoeg|goed genoeg)|onvoldoende|te laag)\b(?: \w+)? (?:om (?:(?:je|u) )?(?:door te (?:gaan|stoten)|verder te gaan|"
        r"uit te nodigen|toe te laten|deel te nemen)|voor (?:de|het|een) (?:volgende|vervolg|tweede|[a-z]*gesprek|[a-z]*ronde))\b"),
]

# (session 20) The choice in other words: "het is niet jij geworden", "de opdrachtgever heeft niet voor jou gekozen"
# (an agency about its client), "we kunnen je (op dit moment) niet plaatsen" (a temp agency's or a shop's word for
# hiring; the reader its object right before "niet", not an order or an advert: "je advertentie niet plaatsen"), and
# the subject first in "we hebben al genoeg mensen aangenomen".
DECISIONS += [
    fam("grammatica: niet jij geworden / niet voor jou gekozen / niet plaatsen", 4.0, ("geworden", "gekozen", "plaatsen",
                                                                                       "genoeg", "voldoende"),
        r"\b(?:het is|is het|het werd|werd het|het wordt|wordt het) (?:(?:helaas|dus|uiteindelijk|toch|deze keer|dit keer|"
        r"jammer genoeg) ){0,2}niet (?:jij|jou|u|gij) geworden\b",
        r"\bniet voor (?:jou|u) (?:heeft|hebben|had|hadden) gekozen\b|\b(?:heeft|hebben|had|hadden) (?:\w+ ){0,2}niet voor (?:jou|u) "
        rf"gekozen\b(?! als (?!kandida)| (?:als|tot) (?:leverancier|partner|aanbieder|huurder|lid)\b){_NL_BOARD_SEAT}",
        r"\b(?:(?:kunnen|kan|konden|kon) (?:we|wij|ik|ze|zij)|(?:we|wij|ze|zij) (?:kunnen|konden)|ik (?:kan|kon)) (?:je|jou|u) "
        r"(?:(?:op dit moment|momenteel|helaas|nu|dus|daarom|voorlopig|jammer genoeg|spijtig genoeg|niet) )*?niet (?:(?:bij ons|bij hen|bij de klant|bij onze klant) )?plaatsen\b"
        # (at the clause's end or with the client or the post: not a course group or a shift, "niet plaatsen in de
        # cursusgroep van dinsdag", "... op de avonddienst")
        r"(?= ?[.!?;,]|$| (?:bij (?:de|onze|een|die|deze) (?:klant|opdrachtgever)|(?:in|voor|op) (?:deze|die|de|een) (?:\w+ )?"
        r"(?:functie|vacature|baan|job|rol|positie|opdracht)|als|omdat|want|wegens|vanwege)\b)",
        r"\b(?:we|wij|ik) (?:hebben|heb) (?:(?!niet\b|nog\b)\w+ ){0,4}(?:al|inmiddels|ruim) (?:genoeg|voldoende) (?:mensen|personeel|"
        r"krachten|medewerkers|studenten|scholieren|vakantiekrachten|oproepkrachten|bezorgers) (?:aangenomen|gevonden|"
        r"aangeworven|in dienst)\b"),
]

# (session 20) Two firms talking of working together ("na ons gesprek over de samenwerking tussen onze bureaus zien we
# geen match"): a partnership, not the reader's application.
LOOKALIKES += [
    fam("look-alike: a partnership between organisations (nl)", -5.0, ("samenwerking", "partnership", "partnerschap"),
        r"\b(?:samenwerking|partnership|partnerschap) (?:tussen|van) (?:onze|jullie|ons|beide|de twee|onze twee) (?:\w+ )?"
        r"(?:bureaus|bedrijven|organisaties|merken|partijen|kantoren|winkels|zaken|scholen|clubs|verenigingen|stichtingen|"
        r"instellingen|platforms|firma's)\b"),
]

# (session 20) An agency tells the reader, the one hiring, that its candidate chose another employer ("helaas heeft de
# kandidaat uiteindelijk niet voor u gekozen"): the candidate is the subject, the reader the employer turned down.
LOOKALIKES += [
    fam("look-alike: the candidate did not choose the reader's company (nl)", -5.0, ("kandidaat", "kandidate", "sollicitant"),
        r"\b(?:de|onze|deze|die|mijn) (?:kandidaat|kandidate|sollicitant|sollicitante)\b(?:(?!\b(?:je|jij|jou|jouw)\b)[^.!?;]){0,40}"
        r"\bniet voor (?:jou|u|jullie|ons|uw \w+|jouw \w+)(?: \w+){0,2} gekozen\b"),
]

# (session 20) A wish to find a post "elders", said to the reader under a subject naming their application
# ("Sollicitatie" / "Re: je kandidatuur"): the post here is not theirs. Without that subject a colleague whose post is
# cut, or who leaves, hears the same wish, so the subject is asked for, and no word of a contract ending comes between.
DECISIONS += [
    fam("grammatica: succes met een functie elders (onderwerp: sollicitatie)", 4.0, ("elders",),
        r"^(?:(?:re|aw|antw|fw|fwd): ?)?(?:(?:je|jouw|uw|mijn|open) )?(?:sollicitatie|kandidatuur)\w*(?: (?!\.)[\w()/#.'-]+){0,6}"
        r" \. (?:(?!\b(?:reorganisatie|boventallig\w*|ontslag\w*|afscheid|vertrek\w*|contract|dienstverband|pensioen)\b)[^?]){0,300}?"
        r"\bwens\w* (?:(?:we|wij|ik) )?(?:je|jou|u) (?:\w+ ){0,3}succes (?:bij|met) (?:het (?:vinden|zoeken) van|(?:de|je|jouw|uw) "
        r"zoektocht naar) (?:een |uw |je )?(?:\w+ )?(?:functie|baan|job|betrekking|werkplek|uitdaging) elders\b"),
]

# (session 20) The application is a relative's or a friend's, the reader only asked for them ("je vroeg naar de
# vacature voor je neef ... we hebben al genoeg mensen aangenomen, zeg hem maar"): the no is theirs, not the reader's.
LOOKALIKES += [
    fam("look-alike: the application of the reader's relative or friend (nl)", -5.0,
        # (the pronoun with each relative: a bare "vriend" is in every "met vriendelijke groet")
        tuple(f"{pronoun} {relative}" for pronoun in ("je", "jouw", "uw") for relative in (
            "zoon", "dochter", "neef", "nicht", "broer", "zus", "vriend", "kennis", "buurjongen", "buurmeisje")),
        r"\b(?:vacature|sollicitatie\w*|cv|baan|job|plek|functie|bijbaan|vakantiebaan|stage\w*|kandidatuur) (?:\w+ ){0,2}(?:voor|van|namens) "
        r"(?:je|jouw|uw) (?:zoon|dochter|neef|nicht|broer|zus|vriend|vriendin|kennis|buurjongen|buurmeisje)\b"),
]

# (session 20) An open application answered "no room here" ("wij hebben uw cv gelezen, maar zien op dit moment geen
# mogelijkheden binnen onze organisatie": the clause ends there, not "... om je salaris te verhogen" or "... voor een
# promotie" to staff), and the procedure stopped for the reader ("besloten de procedure voor jou hier te stoppen").
DECISIONS += [
    fam("grammatica: geen mogelijkheden binnen de organisatie / de procedure voor jou gestopt", 4.0,
        ("mogelijkhe", "procedure", "proces"),
        r"\bzien (?:(?:we|wij|ik) )?(?:(?:op dit moment|momenteel|helaas|jammer genoeg|spijtig genoeg|nu|voorlopig|dus|daarom) ){0,2}"
        r"geen (?:\w+ )?mogelijkhe(?:id|den) (?:binnen|bij|in) (?:onze|ons|de|het) (?:\w+ )?(?:organisatie|bedrijf|team|afdeling|"
        r"school|praktijk|kantoor|winkel|zaak)(?= ?[.!?;,]|$| (?:voor (?:jou|u|je sollicitatie|uw sollicitatie|uw kandidatuur)|"
        r"om (?:je|jou|u) (?:een (?:\w+ )?(?:functie|baan|job|plek) )?(?:aan te nemen|aan te bieden|te plaatsen))\b)",
        r"\b(?:de|het|deze) (?:sollicitatie|selectie)?(?:procedure|proces) (?:voor|met) (?:jou|u) (?:(?:hier|nu|helaas|dan ook|bij deze) )*"
        # (not "af te ronden": "om de procedure met u af te ronden, nodigen we u uit het contract te tekenen" completes it)
        r"(?:te (?:stoppen|beeindigen)|stop te zetten|af te breken)\b"),
]

# (session 20) The choice for "anderen" with a verb of deciding ("we hebben ervoor gekozen om met anderen verder te
# gaan", the clause ending there or with the post; not "... met de anderen verder te gaan aan het project") and no offer made after talks ("we zien daarom
# af van een aanbod"; "zien" plural, not the reader's "ik zie af van het aanbod", nor a supplier's offer:
# "af van het aanbod van de leverancier").
DECISIONS += [
    fam("grammatica: met anderen verder / af van een aanbod", 4.0, ("anderen", "af van"),
        rf"\b(?:gekozen|besloten|beslist|kiezen|besluiten) (?:om )?(?:\w+ )?met (?:de )?anderen (?:\w+ )?verder (?:te gaan|gaan)\b"
        rf"{_NL_ENDS_OR_POST}",
        r"\bzien (?:(?:we|wij|ze|zij) )?(?:(?:daarom|dan ook|helaas|dus|bijgevolg|uiteindelijk) ){0,2}af van (?:een|het) "
        r"(?:\w+ )?(?:aanbod|contractaanbod|arbeidsaanbod|arbeidsovereenkomst|contract)\b(?! (?:van|voor|aan) (?!(?:jou|u)\b))"),
]

# (round 20, the lead's probing) constructions of a start-up's or a recruiter's letter no writer had used: others
# "sprongen er duidelijker uit" or "sloten beter aan", experience "net niet voldoende", "je wordt geen onderdeel van
# ons team", gone on with a candidate with more experience, a frozen or stopped role with the applications closed,
# "besloten je sollicitatie te sluiten", no further interviews planned, "hier eindigt de weg voor je sollicitatie",
# skills that did not fit the role, "het is deze keer niet gelukt", the trainee already found
DECISIONS += [
    fam("grammatica: anderen sprongen eruit / sloten beter aan", 3.5, ("sprongen", "springen", "staken", "sloten", "sluiten"),
        r"\bandere (?:kandidaten|sollicitanten|profielen)\b[^.!?;]{0,40}\b(?:sprongen|springen|staken|steken) (?:er )?(?:\w+ ){0,4}?"
        r"(?:duidelijker|meer|sterker|beter) (?:uit|boven)\b",
        r"\bandere (?:kandidaten|sollicitanten|profielen)\b[^.!?;]{0,30}\b(?:sloten|sluiten) (?:\w+ )?(?:beter|meer|nauwer) aan\b"),
    fam("grammatica: je ervaring niet voldoende", 3.0, ("voldoende", "toereikend", "genoeg"),
        r"\b(?:je|jouw|uw) (?:ervaring|profiel|kennis|niveau|achtergrond)\b[^.!?;]{0,20}\b(?:net |helaas |nog )*niet (?:voldoende|"
        r"toereikend|genoeg)\b(?![^.!?;]{0,60}\bmaar\b)"),
    fam("grammatica: geen onderdeel van ons team", 3.5, ("onderdeel", "deel uit"),
        r"\b(?:je|u) (?:wordt|zult|gaat) (?:\w+ )?geen (?:onderdeel (?:worden )?van|deel uitmaken van) (?:ons|het) team\b"
        r"(?! (?:\w+ )?(?:voordat|tot|totdat|zolang)\b)"),
    fam("grammatica: verder met een kandidaat met meer ervaring", 3.5, ("verder", "door"),
        r"\b(?:verdergegaan|verder gegaan|doorgegaan|verdergaan|verder gaan) met (?:een |twee )?(?:kandida(?:at|ten)|"
        r"sollicitant(?:en)?|profiel(?:en)?|iemand) (?:met|die) (?:\w+ ){0,3}(?:meer|betere|relevantere|passendere)\b"),
    fam("grammatica: rol bevroren en sollicitaties gesloten", 3.5, ("stopgezet", "bevroren", "geannuleerd", "ingetrokken"),
        r"\b(?:werving|procedure|vacature|rol|functie)\b[^.!?;]{0,50}\b(?:stopgezet|bevroren|geannuleerd|ingetrokken)\b"
        r"[^.!?;]{0,40}\b(?:gesloten|beeindigd|afgesloten|stopgezet)\b"),
    fam("grammatica: besloten je sollicitatie te sluiten", 4.0, ("sluiten", "archiveren"),
        r"\bbesloten (?:om )?(?:je|jouw|uw) (?:sollicitatie|kandidatuur|kandidaatstelling) (?:te sluiten|af te sluiten|"
        r"te archiveren)\b"),
    fam("grammatica: geen verdere gesprekken", 3.5, ("verdere", "nieuwe"),
        r"\bwe plannen (?:met (?:je|jou|u) )?geen (?:verdere|nieuwe) (?:gesprekken|interviews|rondes)\b(?: (?:met (?:je|jou|u) )?in)?"
        r"(?! (?:\w+ ){0,3}(?:tot|voor|voordat|totdat)\b)"),
    fam("grammatica: hier eindigt de weg voor je", 3.5, ("eindigt", "stopt"),
        r"\b(?:eindigt|stopt) (?:hier |daarmee )?(?:helaas )?(?:de weg|de reis|het traject|de procedure)\b[^.!?;]{0,20}\bvoor "
        r"(?:je|jou|u|jouw|uw)\b"),
    fam("grammatica: je vaardigheden pasten niet bij de rol", 3.0, ("pasten", "passen", "aansloten", "aansluiten"),
        r"\b(?:je|jouw|uw) (?:vaardigheden|skills|ervaring|competenties|kennis)\b[^.!?;]{0,20}\bniet (?:helemaal |goed |voldoende )?"
        r"bij (?:de|deze) (?:rol|functie|vacature|positie|baan) (?:pasten|passen|aansloten|aansluiten)\b"),
    fam("grammatica: het is deze keer niet gelukt", 3.0, ("niet gelukt",),
        r"(?:^|[.!?] |\b(?:helaas|jammer genoeg|deze keer|dit keer),? )het is (?:deze keer |dit keer |helaas )*niet gelukt\b"
        r"(?=[ ,]*(?:[.!;]|sorry|$))"),
    fam("grammatica: onze stagiair al gevonden", 4.0, ("gevonden",),
        # ("onze", not "een": "we hebben een invaller gevonden voor je zaterdagdienst" is a manager's news)
        r"\b(?:hebben|heb) (?:onze|mijn) (?:stagiair\w*|vakantiekracht\w*|bijbaner\w*|zomerhulp\w*) (?:\w+ ){0,4}"
        r"(?:al |inmiddels |reeds )?gevonden\b"),
]

# (round 20, small employers) the owner's short note that the place is taken, with no "sollicitatie" wording: "het
# rooster zit vol", "we hebben al iemand", "ik heb al een hulp gevonden", "ik heb al een nieuwe kracht voor de
# kwekerij", "ik heb op dit moment geen werk voor een leerling-schilder". Job context comes from the classifier; the
# phrases name a worker or the staff rota (not "de planning zit vol" of an appointment book).
_NL_WORKER = (r"(?:hulp|hulpje|kracht|krachten|medewerker\w*|collega|leerling\w*|stagiair\w*|bijbaner\w*|"
              r"vakantiekracht\w*|zaterdaghulp\w*|afwasser\w*|afwashulp|kok|bezorger\w*|invaller\w*|oproepkracht\w*|"
              r"vervang(?:er|st)\w*|opvolger\w*|personeel|mensen)")
DECISIONS += [
    fam("kleine werkgever: al iemand / rooster zit vol", 4.0, ("rooster", "iemand", "al een", "geen werk", "personeel",
                                                                               "niemand", "geen "),
        # (not a day or a week of the rota the reader offered to fill: "het rooster zit vol voor zaterdag")
        r"\b(?:het|ons|mijn) (?:werk)?rooster (?:zit|is|staat) (?:al |nu |helemaal |inmiddels |echt )*(?:vol|rond)\b"
        r"(?![^.!?;]{0,25}\bvoor (?:deze|die|volgende|komende) (?:week|dag|dienst)|[^.!?;]{0,25}\b(?:maandag|dinsdag|woensdag|"
        r"donderdag|vrijdag|zaterdag|zondag)\b)",
        r"\bwe zitten (?:qua|met) (?:personeel|mensen|bezetting) (?:al |nu |helemaal )*vol\b",
        # "we hebben al iemand." (at the clause's end or "gevonden" after it)
        r"\b(?:we|wij|ik) (?:hebben|heb) (?:nu |inmiddels |intussen )?al iemand(?= ?[.!;:,-]|$| gevonden\b| hoor\b)",
        rf"\b(?:we|wij|ik) (?:hebben|heb) (?:nu |inmiddels |intussen )?al (?:een |twee |genoeg )?(?:nieuwe |andere |vaste )?"
        rf"{_NL_WORKER}\b(?:(?: (?:\w+ ){{0,3}}?)(?:gevonden|aangenomen)\b| voor (?:de|het|ons|onze|mijn|deze) \w+(?= ?[.!;,]|$)|"
        r"(?= ?[.!;,]|$))"
        # (not the happy end: "we hebben al een nieuwe kok gevonden: jij!"; nor a worker let off: "we hebben al een
        # vakantiekracht voor de zomer, dus jij kunt gewoon op vakantie")
        r"(?![^.!?;]{0,40}(?::|\b(?:ben|bent|is)) (?:jij|je|u|jou)\b)"
        r"(?![^.!?;]{0,40}\b(?:jij|je|u) (?:kunt|kan|mag|hoeft|hoeven|gaat)\b)",
        # "we zoeken op dit moment niemand", "ik heb op dit moment niemand nodig", "er is momenteel geen werk" (a time
        # that is no day: "er is morgen geen werk" is a worker's day off)
        r"\b(?:we|wij|ik) (?:zoeken|zoek) (?:op dit moment|momenteel|nu|voorlopig|even) (?:niemand|geen (?:nieuwe )?(?:mensen|"
        r"personeel|hulp|krachten))\b",
        r"\b(?:we|wij|ik) (?:hebben|heb) (?:op dit moment |momenteel |nu |voorlopig |even )?niemand (?:\w+ )?nodig"
        r"(?= (?:op dit moment|momenteel|voorlopig|dit (?:jaar|seizoen))\b| ?[.!;,]|$)(?<!nu niemand nodig)",
        r"\ber is (?:op dit moment|momenteel|voorlopig) (?:helaas )?geen werk\b(?! (?:\w+ )?(?:vandaag|morgen|deze week))",
        r"\b(?:ik|we|wij) (?:heb|hebben) (?:\w+ ){0,4}geen werk voor (?:je|jou|u|een (?:[\w-]+ )?(?:leerling|hulp|stagiair|"
        r"bijbaner|kracht)[\w-]*)\b"),
]

# (round 21, template probing: one letter per writer, many ways of saying no in its decision slot) a Flemish
# selection service ("en bent bijgevolg niet geslaagd", "niet als laureaat", "de jury heeft een andere kandidaat
# voorgedragen", "uw deelname aan deze selectie eindigt hier", "ongunstig beoordeeld"); a scale-up ("een no-go", "een
# nee van ons", "de next step niet met je zetten", "de culture fit was er niet", "een andere richting gekozen voor deze
# rol", "toch iemand met meer senioriteit", "de shortlist niet gehaald", "besloten de rol niet in te vullen"); an
# agency about its client ("je wordt niet voorgesteld bij de klant", "de klant heeft de vacature ingetrokken", "de
# plaatsing gaat niet door", "dat het niet gelukt is", "het is een kandidaat van een ander bureau geworden", "het niet
# met jou doen"); care and schools ("u behoort daar niet toe" after a selection, "gekozen voor een leerkracht met meer
# ervaring", "de keuze van de commissie is niet op jou gevallen"); a small business's line ("helaas al vergeven hoor",
# "is al weg, sorry", "er is al iemand begonnen", "voorlopig hebben we niemand nodig", "de plek al aan iemand anders
# beloofd", "al iemand gevonden"); after an interview ("niet positief genoeg om je een aanbod te doen", "het wordt
# geen aanbod", "je hebt ons niet weten te overtuigen", "besloten de procedure met je te beeindigen", "het assessment
# is negatief uitgevallen", "je kennis is nog te beperkt"); and a subject "Vacature planner ingevuld".
_NL_R21_ADVERBS = r"(?:helaas|jammer genoeg|spijtig genoeg|dus|daarom|dan ook|bijgevolg|toch|uiteindelijk|echter)"
_NL_R21_END = r"(?= ?[.!;,]|$)"  # the verdict ends its clause (not "... om te laat te komen", "... voordat je tekent")
DECISIONS += [
    fam("r21: niet geslaagd / niet als laureaat / anderen voorgedragen / deelname eindigt hier / ongunstig beoordeeld",
        4.0, ("geslaagd", "laureaat", "voorgedragen", "benoemd", "aangesteld", "aangeworven", "eindigt", "stopt",
              "afloopt", "loopt", "ten einde", "ongunstig", "negatief"),
        # (the subject said before "en": "u behaalde 48 op 100 en bent bijgevolg niet geslaagd"; not "bent u niet
        # geslaagd?", read by the conditional look-alikes)
        rf"\b(?:en|dus|daarom) (?:bent|zijt) (?:{_NL_R21_ADVERBS} )*niet geslaagd\b",
        rf"\b(?:je|jij|u|ge|gij) (?:bent|zijt|werd|wordt) (?:{_NL_R21_ADVERBS} )*niet (?:als )?laureaat\b",
        # a jury or a board put forward another ("de jury heeft een andere kandidaat voorgedragen")
        r"\b(?:jury|commissie|selectiecommissie|benoemingsadviescommissie|raad van bestuur|college|bestuur|directie)\b"
        r"[^.!?;]{0,30}\been andere (?:kandidaat|kandidate|sollicitant) (?:\w+ ){0,2}(?:voorgedragen|benoemd|aangesteld|"
        r"aangeworven)\b",
        # the reader's part in the procedure ends here ("uw deelname aan deze selectie eindigt hier", "je sollicitatie
        # loopt hier af"; "hier" or "hiermee" only: not a date, "je sollicitatie loopt af op 1 mei")
        r"\b(?:je|jouw|uw) (?:deelname|sollicitatie\w*|kandidatuur|sollicitatietraject|selectietraject)\b[^.!?;]{0,40}\b"
        r"(?:(?:hier|hiermee|daarmee) (?:helaas )?(?:eindigt|stopt|afloopt|ten einde loopt)|(?:eindigt|stopt) (?:helaas )?"
        r"(?:hier|hiermee|daarmee)|loopt (?:helaas )?(?:hier|hiermee|daarmee) (?:af|ten einde))\b",
        # the application judged unfavourably ("uw kandidatuur werd door de selectiecommissie ongunstig beoordeeld")
        r"\b(?:je|jouw|uw) (?:sollicitatie\w*|kandidatuur|dossier)\b[^.!?;]{0,50}\b(?:ongunstig|negatief) (?:beoordeeld|"
        r"geevalueerd|bevonden)\b"),
    fam("r21: een no-go / een nee van ons / de next step niet met je / de fit was er niet / een andere richting voor "
        "de rol", 3.5, ("no-go", "nogo", "een nee", "step", "stap", "fit", "klik", "chemie", "click", "richting"),
        rf"\b(?:het|dit) (?:is|wordt) (?:{_NL_R21_ADVERBS} |deze keer |dit keer )*(?:een )?no-?go(?: geworden)?\b"
        rf"(?= (?:voor (?:jou|je|u)|geworden)\b| ?[.!;,]|$)",
        # ("voor nu is het een nee van ons"; not the question "is het een nee?")
        rf"\b(?:is|wordt) het (?:{_NL_R21_ADVERBS} |deze keer |dit keer |voor nu |voorlopig )*een nee\b"
        r"(?= (?:van (?:ons|onze kant|mij|de klant|het team)|geworden)\b| ?[.!;,]|$)",
        r"\b(?:volgende|next) (?:stap|step) (?:\w+ )?niet (?:samen )?met (?:je|jou|u) (?:zetten|nemen|maken)\b",
        # the fit or the click was not there, said as the last word ("de culture fit was er voor ons helaas niet",
        # "helaas kwam de klik die we zoeken er niet voldoende uit"; not "... er nog niet, maar ...")
        r"\b(?:fit|klik|chemie|click)\b (?:(?!maar\b)[^.!?;]){0,30}\b(?:was|is|kwam|komt) er (?:(?:voor ons|bij ons|"
        rf"helaas|jammer genoeg|toch|uiteindelijk|gewoon) )*niet(?: voldoende| helemaal| genoeg)?(?: uit| naar voren)?{_NL_R21_END}",
        r"\b(?:kwam|was|is) (?:de|die|een) (?:\w+ )?(?:fit|klik|chemie|click)\b[^.!?;]{0,30}?\ber (?:helaas )?niet"
        rf"(?: voldoende| helemaal| genoeg)?(?: uit| naar voren)?{_NL_R21_END}",
        # another direction chosen for the post itself (not the company's strategy)
        r"\b(?:voor|met) (?:deze|de|die) (?:rol|functie|vacature|positie|baan|job)\b[^.!?;]{0,20}\been andere (?:richting|kant) "
        r"(?:\w+ )?(?:gekozen|ingeslagen|opgegaan)\b",
        r"\been andere (?:richting|kant) (?:\w+ )?(?:gekozen|ingeslagen|opgegaan)\b (?:\w+ )?(?:voor|met) (?:deze|de|die) "
        r"(?:rol|functie|vacature|positie|baan|job)\b"),
    fam("r21: toch iemand met meer / de shortlist niet gehaald / besloten de rol niet in te vullen", 4.0,
        ("toch", "liever", "gehaald", "bereikt", "in te vullen", "te vervullen", "open te"),
        # the employer or its client after all wants someone else ("we zoeken toch iemand met meer senioriteit", "de
        # klant zoekt toch iemand met ervaring in Exact"; not "... en die heb jij!", not a question)
        r"\b(?:we|wij|ik|ze|zij|klant|opdrachtgever|werkgever|team) (?:zoeken|zoekt|zoek|willen|wil) (?:uiteindelijk )?"
        r"(?:toch|liever) (?:liever )?(?:iemand|een (?:andere )?(?:kandidaat|kandidate|profiel|collega)) (?:met|die|van|uit)\b"
        r"(?![^.!?;]{0,60}(?:\?|:|\b(?:jij|jou)\b))",
        r"\b(?:(?:je|jij|u) (?:hebt|heeft|heb)|(?:heb|hebt|heeft) (?:je|jij|u)) (?:(?:helaas|jammer genoeg|spijtig genoeg|net|"
        r"dus|daarom|toch) )*(?:de|het) (?:\w+ )?(?:shortlist|longlist|ronde|eindronde|finale)\b (?:(?:helaas|net|toch) )*"
        r"niet (?:gehaald|bereikt)\b",
        # (not "voorlopig", "nog", "even": a hold; not a condition after it)
        r"\b(?:besloten|beslist|gekozen) (?:om )?(?:de|deze) (?:rol|functie|vacature|positie|baan) (?:(?!voorlopig\b|nog\b|"
        r"even\b|tijdelijk\b)\w+ ){0,2}niet (?:meer |langer )?(?:in te vullen|te vervullen|open te stellen)\b"
        r"(?! (?:voordat|tot|totdat|zolang|zonder|zodra)\b)"),
    # (a state of the post: the client withdrew it; read as the reader's no where the letter names the application)
    fam("r21: agency - de klant trok de vacature in", 3.5, ("ingetrokken", "geannuleerd", "teruggetrokken", "stopgezet"),
        r"\b(?:klant|opdrachtgever|werkgever)\b (?:heeft|had) (?:(?:helaas|inmiddels|toch|uiteindelijk|intussen) )*"
        r"(?:afgehaakt en )?(?:de|haar|zijn) (?:vacature|aanvraag|functie|opdracht) (?:\w+ )?(?:ingetrokken|geannuleerd|"
        # (not with other jobs listed after it: an agency's alert, "er zijn wel drie nieuwe jobs die bij u passen, zie
        # hieronder"; a promise to call about other vacancies is still the no)
        r"teruggetrokken|stopgezet)\b(?![^?]{0,100}\b(?:er zijn (?:wel |nog |ook )?(?:\w+ )?(?:nieuwe|andere)|"
        r"(?:zie )?hieronder)\b)"),
    fam("r21: agency - niet voorgesteld / plaatsing gaat niet door / niet gelukt / kandidaat van een ander bureau / "
        "het niet met jou doen", 4.0,
        ("voorgesteld", "niet door", "doorgegaan", "gelukt", "geworden", "doen", "aan te gaan",
         "aangaan"),
        rf"\b(?:je|jij|u) (?:wordt|werd|bent|zult|zal) (?:{_NL_R21_ADVERBS} )*niet (?:\w+ )?voorgesteld (?:bij|aan) "
        r"(?:de|onze|deze|die) (?:klant|opdrachtgever|werkgever|organisatie)\b",
        # (not a date or a reason after it: "je start gaat niet door op maandag, maar op woensdag")
        r"\b(?:de|je|jouw|uw) (?:plaatsing|detachering|inzet|indiensttreding|aanstelling)\b (?:gaat|zal) (?:(?:helaas|voor "
        r"(?:jou|u)|dus|toch|daarom|jammer genoeg|uiteindelijk) )*niet door\b(?! (?:op|per|tot|totdat|zolang|zonder)\b| ?\?)",
        r"\bis het (?:(?:helaas|jammer genoeg|dus|uiteindelijk) )*voor (?:jou|u) (?:helaas )?niet doorgegaan\b",
        r"\b(?:vertellen|laten weten|melden|meedelen|mededelen|berichten) dat het (?:(?:helaas|deze keer|dit keer|toch|"
        r"uiteindelijk) )*niet (?:is gelukt|gelukt is)(?= ?[.!;,]|$| (?:voor (?:jou|je|u)|deze keer|dit keer)\b)",
        r"\bhet is (?:(?:helaas|uiteindelijk|toch) )*(?:een |de )?(?:kandidaat|kandidate|sollicitant) (?:van|via|uit) "
        r"(?:een |het )?(?:ander|andere) [\w-]+ geworden\b",
        rf"\bhet niet met (?:jou|je|u) (?:te )?(?:doen|aan te gaan|aangaan){_NL_R21_END}"),
    fam("r21: care and schools - u behoort daar niet toe / gekozen voor een leerkracht met meer ervaring / de keuze van "
        "de commissie niet op jou", 4.0, ("behoort", "hoort", "valt", "gekozen", "keuze", "keus"),
        r"\bselectie\b[^.!?]{0,60}[;,:] ?(?:(?:en|maar) )?(?:je|jij|u) (?:behoort|hoort|valt) (?:daar|hier|hierbij) "
        r"(?:(?:helaas|jammer genoeg|spijtig genoeg|deze keer) )*niet (?:toe|bij|onder)\b",
        rf"\bgekozen voor (?:een|twee) (?:\w+ )?{_NL_A_PERSON} (?:met|die) (?:\w+ ){{0,3}}(?:meer|betere|relevantere|"
        r"passendere|bredere|langere)\b",
        r"\bkeu(?:ze|s) (?:van|bij) (?:de|het|onze) [\w-]+ (?:is|viel) (?:(?:helaas|deze keer|dit keer|uiteindelijk|"
        r"jammer genoeg) )*niet op (?:jou|u|je)\b"),
    fam("r21: small business - al vergeven / al iemand begonnen / niemand nodig / aan iemand anders beloofd", 4.0,
        ("al weg", "al ingevuld", "al vervuld", "al bezet", "al gevuld", "iemand", "beloofd", "toegezegd", "vergeven",
         "gegund"),
        # a chat line that is only the verdict ("helaas al vergeven hoor", "is al weg, sorry", "al ingevuld hoor")
        # (after a greeting's comma too: "hoi sam, is al weg")
        r"(?:^|[.!?,] )(?:(?:helaas|sorry|nee|jammer),? )*(?:(?:is|zijn) )?(?:helaas )?al (?:vergeven|weg|ingevuld|vervuld|"
        # (not with a question after it: "dinsdag? is al vergeven, kan woensdag?" moves a slot)
        r"bezet|gevuld)(?: hoor| helaas)?(?= ?[.!;,]|$)(?![^?]{0,80}\?)",
        r"\ber (?:is|zijn) (?:al|inmiddels|intussen|reeds) iemand (?:\w+ )?(?:begonnen|gestart|aangenomen)\b(?! (?:aan|met)\b)",
        r"\b(?:voorlopig|momenteel|op dit moment) (?:hebben|heb) (?:we|wij|ik) (?:(?:helaas|echt|even) )*niemand (?:\w+ )?"
        rf"nodig{_NL_R21_END}",
        r"\b(?:al|inmiddels|reeds) aan (?:iemand anders|een ander|een andere (?:kandidaat|kandidate|sollicitant)) (?:beloofd|"
        r"toegezegd|vergeven|gegund)\b",
        r"(?:^|[.!?,] )(?:(?:helaas|sorry|nee),? )*(?:hebben )?al iemand (?:anders )?(?:gevonden|aangenomen)\b(?! ?:)"),
    fam("r21: after the interview - niet positief genoeg om / het wordt geen aanbod / niet overtuigd / procedure "
        "beeindigd / negatief uitgevallen / kennis te beperkt", 3.5,
        ("genoeg", "geen aanbod", "geen contract", "geen baan", "overtuig", "beeindig", "stop", "af te breken", "negatief",
         "beperkt", "gering", "mager", "smal"),
        r"\bniet (?:positief|sterk|overtuigend|goed) genoeg (?:om|voor) (?:je|jou|u) (?:een (?:\w+ )?(?:aanbod|contract|"
        r"arbeidsovereenkomst) (?:te doen|aan te bieden)|uit te nodigen|aan te nemen|(?:verder|door) te laten gaan)\b",
        # (with the reader: not "het weer was niet goed genoeg om door te gaan met de opendeurdag")
        r"\bniet (?:positief|sterk|overtuigend|goed) genoeg om met (?:je|jou|u) (?:\w+ )?(?:verder|door) te gaan\b",
        r"\b(?:het|dat|dit) wordt (?:(?:helaas|dus|deze keer|dit keer|toch|uiteindelijk|jammer genoeg) )*geen (?:aanbod|"
        r"contract|baan)(?= ?[.!;,]|$| (?:voor (?:jou|je|u)|deze keer|dit keer)\b)",
        r"\b(?:(?:je|jij|u) (?:hebt|heeft)|(?:heb|hebt|heeft) (?:je|jij|u)) (?:ons|de commissie|het team|de klant|de "
        r"opdrachtgever|de jury)\b (?:(?!maar\b)[\w-]+ ){0,5}(?<!nog )niet (?:\w+ )?(?:weten te overtuigen|kunnen overtuigen)\b",
        r"\bbesloten (?:om )?(?:de|je|jouw|uw) (?:sollicitatie\w*|procedure|selectieprocedure|kandidatuur)\b[^.!?;]{0,40}\b"
        r"met (?:je|jou|u) (?:te beeindigen|te stoppen|stop te zetten|af te breken)\b",
        # (an assessment or a screening: not a medical "test", whose negative is good news)
        r"\b(?:assessment\w*|capaciteitentest|persoonlijkheidstest|selectietest|referentiecheck|screening|beoordeling|"
        r"evaluatie)\b[^.!?;]{0,25}\b(?:is |was )?(?:helaas )?negatief (?:is |was )?(?:uitgevallen|uitgekomen)\b",
        r"\b(?:je|jouw|uw) (?:\w+ )?(?:ervaring|kennis|niveau|achtergrond|vaardigheden|skills)\b (?:is|was|zijn|waren) "
        r"(?:(?:nog|helaas|net|wat|voor deze functie|voor deze rol|voor ons) )*te (?:beperkt|gering|mager|smal)\b"
        r"(?![^.!?;]{0,60}\bmaar\b)",
        r"\b(?:is|was|zijn|waren) (?:je|jouw|uw) (?:\w+ )?(?:ervaring|kennis|niveau|achtergrond|vaardigheden|skills) "
        r"(?:(?:nog|helaas|net|wat) )*te (?:beperkt|gering|mager|smal)\b(?![^.!?;]{0,60}\bmaar\b)"),
    fam("r21: subject - vacature ... ingevuld", 3.5, ("ingevuld .", "vervuld .", "vergeven ."),
        # (a title named, and the letter speaks of the reader's application: not a job alert's "Vacature vervuld")
        r"^(?:vacature|functie)\w*(?: (?!\.)[\w()/#-]+){1,5} (?:ingevuld|vervuld|vergeven) \."
        r"(?=.*\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur)\b)"),
]

# (round 21) look-alikes of the same letters: the filled post beside another the reader is asked to talk about ("de
# rol van frontend developer is ingevuld, maar we willen je graag spreken over de backend rol"; "we hebben al iemand
# voor de ochtend, maar de middagdienst is nog vrij"); not invited for the first round but straight for the second;
# the offer declined by another and the reader asked back.
LOOKALIKES += [
    fam("look-alike: another post still open or offered to talk about (nl)", -4.0, ("graag", "vrij", "open", "beschikbaar"),
        r"\bmaar (?:we|wij|ik) (?:willen|zouden|wil|zou) (?:je|jou|u) (?:\w+ )?graag (?:\w+ ){0,2}(?:spreken|uitnodigen|zien|"
        r"voorstellen|bellen) (?:over|voor) (?:de|een|onze|het) (?:\w+ )?(?:rol|functie|vacature|positie|baan|job|plek)\b",
        r"\bmaar (?:de|het|onze|een) (?:\w+ )?(?:[a-z]*dienst|ochtend|middag|avond|nacht|weekend|[a-z]*dag|plek|functie|"
        r"vacature|rol|positie|baan|job)\b (?:is|staat) "
        r"(?:nog )?(?:wel )?(?:vrij|open|beschikbaar)\b"),
    fam("look-alike: not the first round but straight to the next (nl)", -5.0, ("maar direct", "maar meteen",
                                                                                "maar gelijk", "maar rechtstreeks"),
        r"\bniet (?:\w+ )?(?:uit|uitgenodigd) voor (?:de|het|een) [^.!?;,]{0,40},? maar (?:direct|meteen|gelijk|rechtstreeks) "
        r"(?:voor|naar)\b"),
    fam("look-alike: the offer declined by another, the reader asked back (nl)", -5.0, ("afgeslagen", "afgewezen",
                                                                                       "geweigerd", "bedankt"),
        r"\b(?:zij|hij|die|deze|de kandidaat|de kandidate)\b (?:\w+ ){0,2}(?:heeft|had) (?:het|ons|dat|het aanbod|ons aanbod) "
        r"(?:\w+ )?(?:afgeslagen|afgewezen|geweigerd|bedankt)\b[^?]{0,120}\b(?:heb je|heeft u|ben je|bent u|zou je|zou u|"
        r"sta je|staat u)\b[^?]{0,60}\?"),
]

# (round 21, three more writers: an insurer, an internship at a studio, a Dutch municipality) left out of a selection
# in a clause of its own ("waarin u helaas niet bent meegenomen"), others who met the bar better ("er waren
# kandidaten die beter voldeden aan"), not among those invited ("je hoort niet bij de studenten die we uitnodigen"),
# no place found for the reader, the internship taken or struck, not on the list for an interview, not in the first
# selection, no appointment ("niet tot uw benoeming over te gaan"), the procedure closed for the reader, a preferred
# candidate appointed, too little confidence in the reader's fitness.
DECISIONS += [
    fam("r21: niet meegenomen in de selectie / anderen voldeden beter / hoort niet bij wie we uitnodigen / geen plek "
        "voor je gevonden / niet op de lijst voor een gesprek", 4.0,
        ("meegenomen", "opgenomen", "geselecteerd", "gekozen", "voldeden", "voldoen", "aansloten", "aansluiten", "pasten",
         "passen", "uitnodigen", "selecteren", "kiezen", "spreken", "verder gaan", "gelukt", "lijst", "terecht", "gekomen",
         "beland", "benoeming", "aanstelling", "aanwerving", "indiensttreding", "afgesloten", "beeindigd", "gestopt",
         "ten einde", "voorkeurskandida", "interne kandida", "vertrouwen"),
        r"\b(?:waarin|waarbij|waarvoor|daarin|daarbij) (?:je|jij|u) (?:helaas |jammer genoeg |spijtig genoeg )?niet (?:bent|zijt|"
        r"werd|wordt) (?:meegenomen|opgenomen|geselecteerd|gekozen)\b",
        r"\b(?:er waren|er zijn) (?:\w+ )?(?:kandidaten|sollicitanten) die (?:\w+ )?(?:beter|meer) (?:voldeden|voldoen|aansloten|"
        r"aansluiten|pasten|passen)\b(?![^.!?;]{0,80}\b(?:maar|toch)\b)",
        r"\b(?:je|jij|u) (?:hoort|hoor|behoort) (?:(?:helaas|jammer genoeg|spijtig genoeg|deze keer) )*niet (?:bij|tot) de "
        r"(?:\w+ )?(?:kandida\w*|sollicitant\w*|studenten|mensen|groep|personen) (?:die|met wie) (?:we|wij|ik) (?:\w+ ){0,2}"
        r"(?:uitnodigen|selecteren|kiezen|spreken|verder gaan)\b",
        r"\bniet (?:is )?gelukt om (?:een |de )?(?:plek|plekje|stageplek|stageplaats|plaats|functie|baan|job) (?:voor (?:je|jou|u) )?"
        r"te (?:vinden|maken|regelen|creeren)\b",
        r"\b(?:je|jij|u) (?:staat|stond) (?:(?:helaas|dus|daarom) )*niet op (?:ons|onze|de) (?:shortlist|lijst|lijstje|longlist) "
        r"(?:voor|van) (?:een |de |het )?(?:\w+ )?(?:kennismaking|gesprek\w*|ronde|sollicitatiegesprek\w*|selectie)\b",
        r"\bniet (?:in|bij|door) de (?:\w+ )?(?:selectie|voorselectie|shortlist|gespreksronde) (?:\w+ )?(?:terechtgekomen|"
        r"terecht gekomen|gekomen|beland)\b",
        r"\bniet (?:tot|over tot) (?:je|jouw|uw) (?:benoeming|aanstelling|aanwerving|indiensttreding) (?:over te gaan|overgaan|"
        r"overgegaan)\b",
        r"\b(?:is|werd) (?:de |je |uw )?(?:procedure|selectieprocedure|sollicitatieprocedure|sollicitatie) voor (?:je|jou|u) "
        r"(?:(?:helaas|hierbij|hiermee|dus|daarom) )*(?:afgesloten|beeindigd|gestopt|ten einde)\b",
        r"\b(?:een|de) (?:voorkeurskandidaat|interne kandidaat|interne kandidate)\b[^.!?;]{0,40}\b(?:benoemd|aangesteld|"
        r"aangenomen|aangeworven)\b",
        r"\b(?:onvoldoende|niet voldoende|te weinig) vertrouwen in (?:je|jouw|uw) (?:geschiktheid|kwaliteiten|kunnen|"
        r"capaciteiten)\b"),
    # (a state of the post, as "vacature vervuld": the internship taken or struck)
    fam("r21: de stage al ingevuld / geschrapt", 3.5, ("ingevuld", "vergeven", "vervuld", "bezet", "geschrapt",
                                                     "geannuleerd", "ingetrokken", "stopgezet"),
        r"\b(?:de|onze|deze|die) (?:stage|stageplek|stageplaats|bijbaan|vakantiebaan|studentenjob)\b (?:is|werd) "
        r"(?:al |inmiddels |intussen |reeds )*(?:ingevuld|vergeven|vervuld|bezet)\b",
        # (the internship only: a vacancy or a post withdrawn is read by "de werving gestopt" above, a state of the post)
        r"\b(?:we|wij|ik) (?:hebben|heb) (?:(?:helaas|inmiddels|toch) )*(?:de|deze|die) (?:stage|stageplek|stageplaats|"
        r"bijbaan|vakantiebaan|studentenjob) "
        r"(?:\w+ )?(?:geschrapt|geannuleerd|ingetrokken|stopgezet)\b"),
]

LOOKALIKES += [
    # "we hebben al een stagiair voor het najaar, maar in het voorjaar is er nog plek voor jou!"
    fam("look-alike: taken for one period, a place left for the reader (nl)", -4.0, ("nog ", "wel "),
        r"\bmaar\b[^.!?;]{0,30}\b(?:is er|hebben we|heb ik|hebben wij) (?:nog |wel )+(?:een )?(?:plek|plekje|plaats|ruimte)\b"),
    # "andere kandidaten zijn ook uitgenodigd, maar wij willen u als eerste spreken"
    fam("look-alike: others invited too, the reader as well (nl)", -4.0, ("als eerste", "ook", "eveneens", "tevens", "wel"),
        r"\bmaar (?:we|wij|ik) (?:willen|wil|zouden|zou) (?:je|jou|u) (?:als eerste|ook|eveneens|tevens|wel|alsnog) "
        r"(?:\w+ )?(?:spreken|zien|ontmoeten|uitnodigen)\b"),
]

# (round 21, two more writers: an ATS template translated from English, a Flemish family firm) the post closed without
# an offer, the application archived with the post, the profile not "binnen wat we zoeken", another chosen with "er
# is ... gekozen" verb last, a cancelled vacancy, "het wordt niet voor jou", and a subject "Helaas geen stageplek".
DECISIONS += [
    fam("r21: binnen wat we zoeken / er is voor een interne kandidaat gekozen / het wordt niet voor jou / sollicitatie "
        "gearchiveerd met de vacature", 4.0, ("binnen", "gekozen", "geopteerd", "wordt niet", "archiveren", "sluiten"),
        r"\b(?:je|jouw|uw) (?:profiel|cv|ervaring|achtergrond)\b (?:past|paste|valt|viel) (?:(?:spijtig genoeg|helaas|"
        r"jammer genoeg|net|toch) )*niet (?:binnen|in) (?:wat|het profiel dat) (?:we|wij) (?:zoeken|zochten|nodig hebben)\b",
        r"\b(?:er is|er werd|is er|werd er) (?:(?:uiteindelijk|helaas|spijtig genoeg|intussen) )*voor (?:een|de) (?:andere|"
        rf"interne|externe) (?:kandidaat|kandidate|collega|sollicitant)\w* (?:gekozen|geopteerd)\b{_NL_ENDS_OR_POST}",
        r"\bhet wordt (?:(?:helaas|spijtig genoeg|jammer genoeg|deze keer|dit keer) )*niet (?:voor )?(?:jou|jij|u)\b"
        r"(?= ?[.!;,]|$| (?:deze keer|dit keer)\b)",
        r"\bbesloten\b[^.!?;]{0,60}\b(?:en|om) (?:je|jouw|uw) (?:sollicitatie|kandidatuur|kandidaatstelling) (?:te archiveren|"
        r"te sluiten|af te sluiten)\b"),
    # (a state of the post, read as the reader's no where the letter names the application)
    fam("r21: vacature geannuleerd / gesloten zonder aanbod", 3.5, ("geannuleerd", "stopgezet", "afgeblazen", "zonder"),
        r"\b(?:vacature|functie|positie|job|rol)\b (?:is|werd|wordt) (?:(?:helaas|spijtig genoeg|intussen|ondertussen|"
        r"inmiddels) )*(?:geannuleerd|stopgezet|afgeblazen)\b",
        r"\b(?:vacature|functie|positie|rol)\b (?:\w+ )?(?:gesloten|afgesloten|ingevuld) zonder (?:een |het )?(?:aanbod|"
        r"contract)\b"),
    fam("r21: subject - helaas geen stageplek", 4.0, ("helaas", "sorry", "jammer"),
        r"^(?:helaas|sorry|jammer)[,:!]? geen (?:\w+ )?(?:stageplek|stageplaats|stage|plek|baan|bijbaan|job|studentenjob|"
        r"vakantiebaan|functie|uitnodiging|aanbod)\b(?: (?:voor (?:je|jou|u)|bij [\w-]+))? ?[.!]? \."),
]

# (round 21, three more writers: a headhunter, a supermarket's store manager, an answer to an open application) the
# reader judged too senior or too young for the post, the process stopped for all candidates, an interview with the
# reader forgone ("afgezien van een vervolggesprek met jou"), not fitting the rota, enough staff of a kind ("we hebben
# al genoeg vakkenvullers"), no new staff taken on for now, "na je proefdienst ... besloten het niet te doen", "we
# houden het bij de mensen die we al hebben", the post solved internally, and an open application answered: no place
# that fits the profile, no possibilities for the reader, no fitting post seen, no room for new staff, no work for
# someone at the reader's level.
DECISIONS += [
    fam("r21: te senior voor de rol / proces voor alle kandidaten gestopt / afgezien van een gesprek met jou / niet in "
        "ons rooster / na de proefdienst het niet doen / we houden het bij wie we hebben", 4.0,
        ("te senior", "te junior", "te ervaren", "te onervaren", "te zwaar", "te licht", "te duur", "te jong", "te oud",
         "alle kandida", "alle sollicitant", "afgezien", "rooster", "planning", "het niet te doen", "houden het"),
        # (for the post, or the clause ends; not "... maar voor de medior rol nodigen we je uit")
        r"\b(?:(?:vond|vindt|vonden|vinden) (?:je|jou|jouw|uw) (?:profiel |cv |ervaring )?|(?:je|jij|u) (?:bent|was|zijt) )"
        r"(?:(?:net|helaas|toch|wat|iets|gewoon|echt) )*te (?:senior|junior|ervaren|onervaren|zwaar|licht|duur|jong|oud)\b"
        rf"(?:{_NL_ENDS_OR_POST}| (?:voor (?:deze|de|die) (?:\w+ )?(?:rol|functie|vacature|positie|baan|job)|want|omdat)\b)"
        r"(?![^.!?;]{0,60}\bmaar\b)",
        r"\b(?:proces|procedure|werving|selectie)\w* (?:voor|met) alle (?:kandidaten|sollicitanten) (?:(?!voorlopig\b|tijdelijk\b|"
        r"even\b)\w+ )?(?:gestopt|stopgezet|beeindigd|afgesloten|gesloten)\b",
        r"\bafgezien van (?:een |het )?(?:\w+ )?(?:gesprek|vervolggesprek|kennismaking|aanbod|samenwerking) met (?:jou|je|u)\b",
        # (not a day or a week of the rota: "je past niet in ons rooster op dinsdag" is a worker's shift)
        r"\b(?:je|jij|u) (?:past|pas) (?:(?:helaas|jammer genoeg|spijtig genoeg|dus|gewoon) )*niet in (?:ons|het|onze) "
        r"(?:rooster|planning|ploegenrooster)\b(?= ?[.!;,]|$| (?:want|omdat)\b)",
        r"\b(?:na|op basis van) (?:je|jouw|uw|de|het) (?:proefdienst|proefdag|proefles|gesprek|sollicitatiegesprek|meeloopdag|"
        r"kennismaking|assessment)\b[^.!?;]{0,40}\bbesloten (?:om )?het niet te doen\b",
        r"\b(?:we|wij) houden het (?:(?:helaas|dus|voorlopig|daarom) )*bij (?:de|onze) (?:\w+ )?(?:kandidaten|sollicitanten|mensen|"
        r"medewerkers|collega's|krachten) (?:die|met wie) (?:we |wij )?(?:al|nu)\b"
        r"(?![^.!?;]{0,40}\b(?:jij|jou|u) (?:bent|hoort|zit)\b)"),
    fam("r21: al genoeg vakkenvullers / geen nieuwe krachten aan / intern opgelost", 4.0, ("genoeg", "nemen", "intern"),
        # ("al genoeg vakkenvullers", "op dit moment genoeg weekendkrachten": a time said and a kind of worker named;
        # not a rota's "je bent niet ingeroosterd, we hebben genoeg mensen", not "... voor zaterdag, dus jij kunt
        # vrij", not the happy end after a colon)
        r"\b(?:we|wij|ik) (?:hebben|heb) (?:(?:echt|helaas) )?(?:op dit moment|momenteel|al|inmiddels|voorlopig) "
        r"(?:(?:al|echt|helaas) )?genoeg [a-z-]+(?:krachten|medewerkers|hulpen|vullers|bezorgers|studenten)\b"
        r"(?= ?[.!;,]|$| (?:voor|in|op) (?:de|het|deze|dit|onze|ons) \w+(?= ?[.!;,]|$))"
        r"(?![^.!?;]{0,40}(?::|\b(?:jij|je|u) (?:kunt|kan|mag|hoeft|hoeven|gaat)\b))",
        r"\b(?:we|wij|ik) nemen (?:(?:voorlopig|momenteel|op dit moment|nu|even|helaas|dit \w+) )+geen (?:nieuwe |extra )?"
        # (the clause ends there: not "geen jobstudenten meer aan zonder werkvergunning, dus stuur die mee")
        r"[a-z-]+ (?:meer )?aan(?= ?[.!;,]|$)",
        r"\b(?:functie|vacature|plek|positie|rol)\b (?:\w+ )?intern (?:opgelost|geregeld)\b"),
    fam("r21: open sollicitatie - geen plek die aansluit / geen mogelijkheden voor u / geen passende functie / geen "
        "ruimte voor nieuwe medewerkers / geen werk op uw niveau", 4.0,
        ("geen passende", "geen geschikte", "geen plek", "geen plaats", "geen functie", "geen vacature", "geen ruimte",
         "geen baan", "geen job", "mogelijkhe", "geen werk"),
        r"\b(?:er is|is er|hebben (?:we|wij)|(?:we|wij) hebben) (?:(?:momenteel|op dit moment|helaas|nu|voorlopig) )*geen "
        r"(?:passende )?(?:plek|plaats|functie|vacature|ruimte|baan|job)\b[^.!?;]{0,40}\b(?:die|dat) (?:\w+ )?(?:aansluit|past|"
        r"passen|aansluiten) (?:bij|op) (?:je|jouw|uw) (?:profiel|ervaring|opleiding|achtergrond|cv)\b",
        r"\b(?:hebben (?:we|wij)|(?:we|wij) hebben|is er|er is|zijn er|er zijn) (?:(?:op dit moment|momenteel|helaas|nu|"
        r"voorlopig|jammer genoeg|spijtig genoeg) )*geen (?:\w+ )?(?:mogelijkheden|mogelijkheid) voor (?:je|jou|u)\b"
        r"(?= ?[.!;,]|$| (?:binnen|in|bij) (?:ons|onze|het) \w+(?= ?[.!;,]|$))",
        r"\b(?:zien|zie) (?:(?:we|wij|ik) )?(?:(?:op dit moment|momenteel|helaas|nu|voorlopig|echter) )*geen (?:passende|geschikte) "
        r"(?:functie|vacature|plek|rol|positie|baan|job|mogelijkheid)\b(?= ?[.!;,]|$| voor (?:je|jou|u)\b)",
        r"\bgeen ruimte voor (?:een |nieuwe |extra )+[a-z-]*(?:medewerkers?|collega'?s|mensen|personeel|krachten|kracht|"
        r"stagiairs?|monteurs?)\b",
        r"\ber is (?:(?:bij ons|helaas|momenteel|op dit moment|jammer genoeg|voorlopig) )*geen werk voor (?:een [a-z-]+ )?(?:op|met) "
        r"(?:je|jouw|uw) (?:niveau|ervaring|profiel|achtergrond)\b"),
]

# (round 21) a recruiter's outreach after a filled post: "de vacature waar je op reageerde is ingevuld. Maar we hebben
# een nieuwe, vergelijkbare rol en denken direct aan jou: heb je tijd voor een belletje?" (as the Portuguese "a vaga
# ... foi preenchida, mas tenho agora outra"; a pointer to the careers page without a call asked is still the no)
LOOKALIKES += [
    fam("look-alike: a filled post, another offered with a call asked (nl)", -4.5, ("nieuwe", "andere"),
        r"\bmaar (?:we hebben|wij hebben|ik heb|er is) (?:(?:nu|inmiddels|wel|ook|net) )*(?:een )?(?:nieuwe|andere)\b[^.!?;]{0,30}"
        r"\b(?:rol|functie|vacature|positie|baan|job|opdracht)\b[^?]{0,100}\b(?:heb je|heeft u|zullen we|kunnen we|mag ik|"
        r"zou je|ben je|bent u)\b[^?]{0,40}\b(?:tijd|zin|interesse|bellen|belletje|spreken|afspreken|open|beschikbaar)\b"
        r"[^?]{0,30}\?"),
]

# (round 21, a chat-style answer above the reader's quoted "is die nog open?") the post said to be gone in a reply:
# "die is net ingevuld", "de vacature is net dicht", "die plek is niet meer beschikbaar", "offline gehaald omdat we
# iemand hebben", "helaas niet meer open", "we hebben het intern kunnen oplossen"; the subject's own title found ("Re:
# vacature barista" ... "we hebben al een barista gevonden"); "we gaan het met een bekende doen".
DECISIONS += [
    # (a state of the post, read where the reader asked or applied; not "... maar hij is nog open", not a question)
    fam("r21: chat - de vacature is net dicht / niet meer beschikbaar / offline gehaald / intern opgelost", 3.5,
        ("dicht", "offline", "niet meer", "van de site", "intern"),
        r"\b(?:vacature|plek|plaats|baan|functie|job|positie|rol)\b (?:is|staat) (?:(?:helaas|net|al|inmiddels|intussen|nu|"
        # (nor a job alert's "deze vacature is niet meer beschikbaar: magazijnier. Bekijk gelijkaardige jobs")
        r"ook) )*(?:dicht|niet meer (?:open|beschikbaar|vrij|actueel))\b(?! ?[?:])(?![^.!?;]{0,80}\b(?:maar|nog open)\b)"
        r"(?![^?]{0,120}\b(?:gelijkaardige|vergelijkbare|soortgelijke) (?:jobs|vacatures)\b)",
        r"\b(?:vacature|advertentie)\b (?:is|werd) (?:(?:helaas|net|al|inmiddels|intussen) )*(?:offline gehaald|offline gezet|"
        r"van de site gehaald|verwijderd)\b(?![^.!?;]{0,80}\b(?:door een (?:storing|fout)|maar|nog open)\b)",
        r"(?:^|[.!?,] )(?:(?:helaas|sorry|nee|jammer),? )+(?:(?:die|hij|ze) )?(?:is )?niet meer (?:open|beschikbaar)"
        r"(?= ?[.!;,]|$)",
        r"\b(?:we|wij|ik) (?:hebben|heb) het (?:(?:al|helaas|inmiddels) )*intern (?:kunnen )?(?:oplossen|opgelost|invullen|"
        r"ingevuld)\b"),
    fam("r21: chat - die is al ingevuld / de titel uit het onderwerp al gevonden / met een bekende", 4.0,
        ("die is", "hij is", "ze is", "gevonden", "aangenomen", "bekende", "kennen", "ken "),
        # ("nee, die is net ingevuld, sorry!": a pronoun for the post asked about, at the line's start)
        r"(?:^|[.!?,] )(?:(?:helaas|sorry|nee|jammer),? )*(?:die|hij|ze) is (?:(?:helaas|net|al|inmiddels|intussen) )+"
        r"(?:ingevuld|vergeven|vervuld|bezet|weg)(?: hoor)?(?= ?[.!;,]|$)(?![^?]{0,80}\?)",
        # the post the subject names as its last word, found ("Re: vacature barista" ... "we hebben al een barista
        # gevonden"; the last word only: one scan of the text, not one per word of the subject)
        r"^[^.]{0,80}?\b([a-z]{4,}) \. .*?\b(?:we|wij|ik) (?:hebben|heb) (?:(?:al|inmiddels|intussen|nu) )+"
        # (not the happy end after a colon, nor one season's worker beside another still sought: "... voor de zomer,
        # maar voor het najaar zoeken we er nog een. Kom je praten?")
        r"(?:een|onze) (?:nieuwe )?\1 (?:gevonden|aangenomen)\b(?! ?:)(?![^.!?;]{0,80}\bmaar\b)",
        r"\b(?:gaan|doen|kiezen) (?:het )?(?:met|voor) (?:een bekende|iemand die (?:we|wij|ik) (?:al )?(?:kennen|ken))\b"),
]

# (round 21, the lead, from the company letters) "we hebben besloten om niet verder met je te gaan": the decision with
# only the reader as its object (not "niet verder met je oude contract", a thing after "je")
DECISIONS += [
    fam("r21: besloten om niet verder met je te gaan", 4.0, ("niet verder met", "niet door met"),
        r"\b(?:besloten|gekozen|beslist) (?:om )?niet (?:verder|door) (?:te gaan )?met (?:je|jou|u)(?: te gaan)?"
        r"(?= ?[.!,;]|$| (?:in|voor|binnen) (?:de|deze|het|dit|onze) (?:procedure|sollicitatie\w*|selectie\w*|rol|functie|"
        r"vacature|traject)\b)"),
]

# (probe 9) a group chosen, and the reader not in it, in the next sentence: "de commissie heeft een beperkt aantal
# kandidaten geselecteerd voor een eerste gesprek. U behoort helaas niet tot deze kandidaten." ("deze", "die", "hen"
# point back, so the sentence before must name those chosen or invited, without a "niet" or "geen": "enkele
# kandidaten zijn niet geselecteerd. U behoort niet tot deze groep" is good news)
_NL_READER_NOT_AMONG = (
    r"(?:(?:helaas|jammer genoeg|spijtig genoeg|echter|maar|en),? )?(?:"
    r"(?:je|jij|u|ge|gij) (?:behoort|behoorde|hoort|hoorde|bent|was|zit|zat|zijt) (?:\w+ ){0,3}?niet (?:tot|bij|onder|"
    r"tussen) (?:deze|die|hen|hun)\b|"
    r"(?:behoort|behoor|behoorde|hoort|hoor|hoorde|bent|ben|was|zit|zat|zijt) (?:je|jij|u|ge|gij) (?:\w+ ){0,3}?niet (?:tot|bij|onder|"
    r"tussen) (?:deze|die|hen|hun)\b|"
    r"(?:je|jij|u|ge|gij) (?:behoort|behoorde|hoort|hoorde|bent|was|zit|zat|zijt) (?:daar|hier) (?:\w+ ){0,3}?niet "
    r"(?:toe|bij|tussen)\b|"
    r"(?:daar|hier)(?:toe)? (?:behoort|behoor|behoorde|hoort|hoor|hoorde|bent|ben|was|zit|zat|zijt) (?:je|jij|u|ge|gij) "
    r"(?:\w+ ){0,3}?niet(?: (?:toe|bij|tussen))?(?= ?[.!;,]|$)|"
    r"(?:je|jij|u|ge|gij) (?:bent|was|zijt|behoort|hoort) (?:\w+ ){0,2}?(?:niet een|geen) van (?:hen|hun|deze|die)\b|"
    r"(?:je|jij|u|ge|gij) (?:bent|was|zijt) (?:daar|er) (?:\w+ ){0,2}?(?:niet een|geen) van(?= ?[.!;,]|$))")
DECISIONS += [
    fam("grammatica: kandidaten geselecteerd, u behoort niet tot deze kandidaten", 4.0,
        ("niet tot", "niet bij", "niet onder", "niet tussen", "niet toe", "niet een van", "geen van", "niet."),
        r"(?:(?<!niet alle )(?<!geen )\b(?:kandidaten|sollicitanten|kandidaturen|sollicitaties|personen|mensen|deelnemers|"
        r"finalisten|profielen)\b(?:(?!\b(?:niet|geen|nog)\b)[^.!?;]){0,60}\b(?:geselecteerd|uitgenodigd|uitgekozen|"
        r"gekozen|voorgedragen|weerhouden|doorgelaten|uit te nodigen|te selecteren|uitnodigen|selecteren)\b|"
        # (the verb first: "we nodigen drie kandidaten uit", "we gaan verder met twee kandidaten")
        r"\b(?:nodigen|nodigden|selecteren|selecteerden|(?:gaan|gingen) (?:verder|door) met) (?:(?!(?:niet|geen|nog)\b)\w+ ){0,4}"
        r"(?:kandidaten|sollicitanten|finalisten|mensen|personen)\b)"
        # (nor those dropped named after them: "..., en wie afvalt krijgt bericht. Jij behoort niet tot die groep")
        r"(?:(?!\b(?:niet|geen|afval\w*|afgevallen|afgewezen|afwijzing\w*)\b)[^.!?;]){0,80}[.;:] ?"
        + _NL_READER_NOT_AMONG),
]

# (probe 9) a newsletter's piece about rejection: the decision quoted as a sentence everyone knows ("'we hebben
# gekozen voor een andere kandidaat' - iedereen die weleens heeft gesolliciteerd, kent die zin"), the week's theme
# ("deze week delen we hoe je ..."), a link to the whole article, advice on turning a rejection into something
# (not a letter's own "we begrijpen dat een afwijzing teleurstellend is")
LOOKALIKES += [
    fam("look-alike: a newsletter's piece on rejection, a decision quoted as a known sentence (nl)", -4.5,
        ("zin", "delen we", "geven we", "bespreken we", "vertellen we", "delen wij", "geven wij", "lees het", "lees ons",
         "hoe je"),
        r"\b(?:kent|ken|kennen|herkent|herken|herkennen) (?:(?:je|jij|u|we|wij|iedereen|wel|vast|toch|ook|zeker) )*"
        r"(?:die|deze|dat|de|het) (?:bekende |beruchte |gevreesde )?(?:zin|zinnetje|zinnen|standaardzin|standaardzinnetje)\b",
        r"\b(?:die|deze|dat|de|het) (?:bekende |beruchte |gevreesde )?(?:zin|zinnetje|standaardzin) (?:ken|kent|kennen|herken|"
        r"herkent) (?:je|jij|u|we|wij|iedereen)\b",
        r"\b(?:deze week|deze maand|vandaag|in deze (?:nieuwsbrief|editie)) (?:delen|geven|bespreken|vertellen) (?:we|wij) "
        r"(?:\w+ ){0,3}?(?:tips|hoe|advies|ervaringen|verhalen)\b",
        r"\blees (?:het|ons) (?:hele|volledige|complete) (?:artikel|blog|blogartikel|verhaal|interview)\b",
        r"\bhoe je (?:met )?(?:een|je|die|zo'?n) afwijzing (?:\w+ ){0,3}?(?:omzet|verwerkt|gebruikt|ombuigt|te boven komt|"
        r"een plek geeft|omgaat)\b"),
]

# (probe 10) indirect decisions: the other shortlisted person judged the closer match, a relative clause between
# ("het panel vond dat de andere kandidaat op de shortlist, die al ervaring heeft met ..., beter aansloot"; "...
# dichter aansloot bij wat het team nodig heeft"; no "je / jij / u" in between: not "..., dat jij beter past"); the
# post offered to a third person ("we hebben haar daarom de vaste plek aangeboden"); the reader's application closed
# on a test result ("dat betekent dat we je sollicitatie op dit punt moeten afsluiten"); the board decided not to
# fill the post ("besloten de functie voorlopig niet in te vullen"), no next step with any candidate; a small
# employer's choice of a named insider ("we kiezen toch voor Anouk, die al drie jaar bij ons in de zaak staat");
# the checks already done with the one the post goes to ("we hebben het referentieonderzoek inmiddels afgerond bij
# de kandidaat die we de functie gaan aanbieden").
_NL_P10_NO_READER = r"(?:(?!\b(?:je|jij|jou|u|niet|geen|afgehaakt|afgezegd|teruggetrokken)\b)[^.!?;])"
DECISIONS += [
    fam("grammatica: de andere kandidaat sloot beter aan", 4.0, ("andere", "tweede"),
        r"\b(?:de|die) (?:andere|tweede|overgebleven|overige) (?:kandida\w*|sollicitant\w*|finalist\w*|persoon)\b"
        rf"{_NL_P10_NO_READER}{{0,130}}?\b(?:beter|dichter|nauwer|sterker|meer) (?:\w+ ){{0,3}}?(?:aansloot|aansluit|aansloten|"
        r"aansluiten|paste|past|pasten|passen|geschikt|voldeed|voldoet)\b"),
    fam("grammatica: de plek aan haar / hem aangeboden", 4.0, ("aangeboden", "gegund", "gegeven", "toegezegd"),
        # (the verb last too: "... dat we hem de functie hebben aangeboden")
        r"\b(?:(?:hebben|heeft|hadden|had) (?:\w+ ){0,2}?|(?:we|wij|ik) (?:\w+ )?)(?:haar|hem) (?:\w+ ){0,2}?(?:de|die|deze|een|het) "
        r"(?:\w+ )?(?:plek|plaats|functie|baan|job|rol|positie|aanstelling|vacature|contract|arbeidscontract|benoeming)\b "
        r"(?:\w+ )?(?:(?:hebben|hadden|heb|had) )?(?:aangeboden|gegund|gegeven|toegezegd)\b"
        # (not the team's news: "... de vaste plek aangeboden. Feliciteer haar!")
        r"(?!.{0,200}\b(?:feliciteer\w*|feliciteren|gefeliciteerd|proficiat)\b)"),
    fam("grammatica: je sollicitatie moeten we afsluiten", 4.0, ("afsluiten", "beeindigen", "stopzetten", "af te sluiten",
                                                             "te beeindigen", "stop te zetten"),
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur|sollicitatieprocedure|procedure)\b (?:(?!nog\b|niet\b)\w+ ){0,4}?"
        r"(?:moeten|moet|gaan|zullen|zijn genoodzaakt|genoodzaakt zijn) (?:\w+ )?(?:af te sluiten|afsluiten|beeindigen|"
        r"te beeindigen|stopzetten|stop te zetten)\b"),
    fam("grammatica: besloten de functie niet in te vullen / met geen van de kandidaten verder", 4.0,
        ("niet in te vullen", "niet te vervullen", "niet op te vullen", "niet meer in te vullen", "geen van de", "geen enkele"),
        r"\b(?:besloten|beslist|gekozen) (?:om )?(?:de|deze|die|onze) (?:\w+ ){0,4}?(?:functie|vacature|rol|positie|baan|plek)\b"
        r"[^.!?;]{0,60}?\bniet (?:meer )?(?:in te vullen|te vervullen|op te vullen)\b"
        # (said to the applicants, the procedure stopped: not to a colleague who takes the tasks on, "...; jij neemt
        # die taken erbij")
        r"(?![^.!?]{0,80}\b(?:jij|je|u) (?:\w+ )?(?:neemt|neem|krijgt|pakt|doet)\b)"
        r"(?=.{0,150}?\b(?:procedure|selectie\w*|werving|sollicitatie\w*|kandidaten|sollicitanten)\b)",
        r"\bmet geen (?:enkele |van de )(?:\w+ )?(?:kandida\w*|sollicitant\w*|finalist\w*)\b[^.!?;]{0,20}?\b(?:nog )?"
        r"(?:een )?(?:vervolgstap|verder|door)\b"),
    fam("grammatica: we kiezen voor een collega, die al ...", 4.0, ("kiezen", "kozen", "gekozen", "kies"),
        r"\b(?:we|wij|ik) (?:hebben |heb )?(?:kiezen|kozen|gekozen|kies) (?:\w+ ){0,2}?voor "
        r"(?!(?:de|het|een|die|dat|deze|jou|je|u|ons|onze|zo|jouw|uw)\b)[a-z]+(?: [a-z]+)?, (?:die|wie) (?:\w+ ){0,2}?"
        r"(?:al|sinds|intern|bij ons|hier|in ons|in het team|in de zaak)\b"),
    fam("grammatica: al afgerond met de kandidaat die we de functie aanbieden", 4.0, ("aanbieden", "aangeboden"),
        r"\b(?:inmiddels|intussen|al|reeds|nu|gisteren|vandaag)\b[^.!?;]{0,60}\b(?:bij|met|aan|voor) de (?:kandidaat|kandidate|"
        r"sollicitant|finalist)\w* (?:die|aan wie) (?:we|wij) (?:\w+ ){0,2}?(?:de|die|deze) (?:functie|baan|rol|positie|plek|job|"
        r"vacature)\b[^.!?;]{0,40}?\b(?:gaan aanbieden|aanbieden|hebben aangeboden|aangeboden hebben|willen aanbieden)\b"),
]

# (probe 10) the reader's own request turned down by the current employer: a transfer, a raise ("ik heb je verzoek
# om overplaatsing naar onze vestiging in Gent besproken; het antwoord is voorlopig nee"); and an applicant-tracking
# confirmation of the reader's own withdrawal ("we bevestigen dat je je sollicitatie hebt ingetrokken")
LOOKALIKES += [
    fam("look-alike: the reader's transfer or raise at the current employer refused (nl)", -5.0,
        ("overplaats", "overstap", "verhoging", "opslag", "urenuitbreiding", "detachering"),
        r"\b(?:je|jouw|uw) (?:aanvraag|verzoek|vraag|wens)\b (?:om|voor|tot|naar) (?:een )?(?:\w+ )?(?:overplaatsing|interne overstap|"
        r"overstap naar (?:de |onze |een )?(?:andere )?(?:vestiging|afdeling|locatie)|salarisverhoging|loonsverhoging|opslag|"
        r"urenuitbreiding|detachering)\b",
        r"\boverplaatsing naar (?:de |onze |een )?(?:andere )?(?:vestiging|afdeling|locatie|regio)\b"),
    fam("look-alike: the reader's withdrawal confirmed (nl)", -5.0, ("bevestig",),
        r"\bbevestig\w* (?:\w+ )?dat (?:je|jij|u) (?:je|jouw|uw|zich|jezelf) (?:[\w-]+ |\([^()]{0,40}\) ){0,5}?"
        r"(?:hebt|heeft|hebben) (?:ingetrokken|teruggetrokken|afgemeld)\b",
        r"\bbevestig\w* (?:\w+ )?(?:de )?(?:intrekking|terugtrekking|afmelding) (?:van )?(?:je|jouw|uw)\b"),
]
