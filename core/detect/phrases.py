"""Phrase families, per language, over folded text (lower case, no accents, plain apostrophes).

A family is one idea ("we chose other candidates") written as a few patterns with bounded
gaps that stay inside a sentence, so wrapped lines, extra adverbs and word order variants
still match while a decision never leaks from one sentence into the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

G = r"[^.!?;]{0,60}?"  # a short gap inside one sentence
S = r"[^.!?;]{0,25}?"  # a very short gap


@dataclass(frozen=True)
class Family:
    name: str
    weight: float
    pattern: re.Pattern[str]
    need: tuple[str, ...] = ()  # cheap gate: the pattern can only match if one of these substrings occurs
    # The same alternatives grouped by first letter (see ``by_letter``): matches where ``pattern`` matches, but only
    # *whether* it matches is the same (which alternative wins, hence the match's end, may differ).
    quick: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def search(self, text: str) -> bool:
        if self.quick is None:
            return self.find(text) is not None
        return self._needed(text) and self.quick.search(text) is not None

    def _needed(self, text: str) -> bool:
        if self.need:  # a loop, not any(): no generator to set up on the hot path
            for n in self.need:
                if n in text:
                    break
            else:
                return False
        return True

    def find(self, text: str) -> re.Match[str] | None:
        if not self._needed(text) or (self.quick is not None and self.quick.search(text) is None):
            return None
        return self.pattern.search(text)


def _structure(pattern: str, start: int = 0):
    """Yield (index, char, depth) for each ``(``, ``)`` and ``|`` that is not escaped or in a class.

    ``depth`` is the nesting after an opening and before a closing parenthesis is counted.
    """
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
            yield i, c, depth
        elif c == ")":
            yield i, c, depth
            depth -= 1
        elif c == "|":
            yield i, c, depth
        i += 1


def _top_level(pattern: str) -> list[str]:
    """The pattern's alternatives at nesting depth 0 (escapes, groups and character classes respected)."""
    parts, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return parts + [pattern[start:]]


def _group_end(pattern: str, open_at: int) -> int:
    """Index just past the group that opens at ``open_at``."""
    for i, c, depth in _structure(pattern, open_at):
        if c == ")" and depth == 1:
            return i + 1
    return len(pattern)


def _letter_first(alt: str) -> str | None:
    """``word...`` as ``w(?<!\\ww)ord...`` — the same as ``\\bword...`` when ``w`` is a plain letter, but it lets
    the regex engine jump between candidate first letters instead of trying every position."""
    if len(alt) > 1 and ("a" <= alt[0] <= "z" or "A" <= alt[0] <= "Z") and alt[1] not in "?*+{":
        return f"{alt[0]}(?<!\\w{alt[0]}){alt[1:]}"
    return None


def speed(pattern: str) -> str:
    """Rewrite leading ``\\b`` word starts so the compiled pattern gets a first-character set. Same matches.

    Only worth it when every alternative converts and they start with few letters: with many first letters the
    set check passes at most positions and the look-behind costs more than ``\\b`` did (measured)."""
    fast = _speed(pattern)
    if fast is None or len(fast[1]) > 6:
        return pattern
    return fast[0]


def _speed(pattern: str) -> tuple[str, set[str]] | None:
    out, firsts = [], set()
    for alt in _top_level(pattern):
        if alt.startswith("\\b(?:"):
            end = _group_end(alt, 2)
            inner = [_letter_first(a) for a in _top_level(alt[5:end - 1])]
            if not all(inner):
                return None
            out.append("(?:" + "|".join(inner) + ")" + alt[end:])  # type: ignore[arg-type]
            firsts |= {a[0] for a in inner}  # type: ignore[index]
        elif alt.startswith("\\b") and _letter_first(alt[2:]):
            out.append(_letter_first(alt[2:]))  # type: ignore[arg-type]
            firsts.add(alt[2])
        elif alt.startswith("(?:") and _group_end(alt, 0) == len(alt):
            inner_fast = _speed(alt[3:-1])
            if inner_fast is None:
                return None
            out.append("(?:" + inner_fast[0] + ")")
            firsts |= inner_fast[1]
        elif alt[:1].isalpha() and alt[:1].islower() and alt[1:2] not in ("?", "*", "+", "{"):
            out.append(alt)  # already starts with a plain letter
            firsts.add(alt[0])
        else:
            return None
    return "|".join(out), firsts


def fam(name: str, weight: float, *patterns: str | tuple[str, ...]) -> Family:
    """A family from its patterns; a leading tuple of substrings is its cheap gate."""
    need = patterns[0] if patterns and isinstance(patterns[0], tuple) else ()
    regexes = [p for p in patterns if isinstance(p, str)]
    pattern = speed("|".join(f"(?:{p})" for p in regexes))
    quick = by_letter(pattern)
    return Family(name, weight, re.compile(pattern), need, re.compile(quick) if quick else None)


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives, flattened: ``(?:a|b)`` gives a and b, ``\\b(?:a|b)rest`` gives \\barest and \\bbrest."""
    out: list[str] = []
    for alt in _top_level(pattern):
        if alt.startswith("(?:") and _group_end(alt, 0) == len(alt):
            out += _alternatives(alt[3:-1])
            continue
        if alt.startswith("\\b(?:"):
            end = _group_end(alt, 2)
            rest = alt[end:]
            if rest[:1] not in ("?", "*", "+", "{"):
                out += ["\\b" + a + rest for a in _alternatives(alt[5:end - 1])]
                continue
        out.append(alt)
    return out


def by_letter(pattern: str) -> str | None:
    """The word-start alternatives grouped under their first letter, ``\\b(?:a(?:...)|b(?:...))|others``: at a word
    start the engine then tries one letter's alternatives, not all of them. It matches wherever the pattern
    matches (same alternatives, other order), so it answers *whether* the pattern occurs (measured: about half
    the time on the long look-alike families). None when nothing can be grouped or the pattern has backreferences
    or inline flags."""
    if re.search(r"\\\d|\(\?P|\(\?[aiLmsux]", pattern):
        return None
    buckets: dict[str, list[str]] = {}
    other: list[str] = []
    for alt in _alternatives(pattern):
        body = alt[2:] if alt.startswith("\\b") else ""
        if len(body) > 1 and "a" <= body[0] <= "z" and body[1] not in "?*+{":
            buckets.setdefault(body[0], []).append(body[1:])
        else:
            other.append(alt)
    if not buckets:
        return None
    grouped = "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in buckets.items())
    return "|".join(["\\b(?:" + grouped + ")", *other])


def quick(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern for asking only *whether* ``rx`` occurs (its ``by_letter`` form, or ``rx`` itself)."""
    grouped = by_letter(rx.pattern)
    return re.compile(grouped, rx.flags) if grouped else rx


# --- decisions: the application or candidacy will not go ahead -------------------------------------------

_EN_OBJ = r"(?:your (?:application|candidacy|candidature|profile|cv|resume)|you\b|with you|things)"
_EN_NEG = r"(?:not|n't|no longer|unable to|cannot|can't|won't|decided against)"
DECISION: dict[str, list[Family]] = {
    "en": [
        fam("decided not to take the application further", 4.0,
            rf"{_EN_NEG}{S}\b(?:proceed|proceeding|progress|progressing|continue|continuing|advance|advancing|pursue|pursuing|consider|considering)\b{S}(?:forward|ahead|further)?{S}\b(?:with )?{_EN_OBJ}",
            rf"{_EN_NEG}{S}\b(?:move|moving|go|going|take|taking|put|putting)\b{S}\b(?:forward|ahead|further)\b{S}\b(?:with )?{_EN_OBJ}",
            rf"{_EN_NEG}{S}\b(?:take|taking|move|moving|put|putting) {_EN_OBJ}{S}(?:forward|further)",
            r"decided not to (?:move forward|proceed|progress|continue|pursue|go ahead|go further|take (?:it|this|things) further|advance)",
            r"(?:decided|chosen|opted|elected) to (?:not|no longer) (?:move|proceed|progress|continue|pursue|consider)",
            r"no longer (?:be )?(?:under|in) (?:active )?consideration|no longer (?:being )?considered"),
        fam("chose other candidates", 4.0, ('candidate', 'applicant', 'person', 'profile', 'individual', 'someone', 'somebody'),
            rf"\b(?:decided|chosen|chose|choose|elected|opted|selected|select|offered|go|gone|going|went|move|moving|proceed|proceeding|pursue|pursuing|progress|progressing|continue|continuing|hired|appointed|extended (?:an|the) offer)\b{G}\b(?:other|another|alternative|different|more (?:suitable|qualified|experienced)|stronger|internal|a) (?:candidate|applicant|person|profile|individual)s?\b",
            rf"\b(?:decided|chosen|chose|opted|elected|go|gone|going|went|offer(?:ed)? (?:the|this) (?:position|role|job) to)\b{S}\b(?:with )?(?:someone|somebody|a candidate|another candidate) (?:else|who|whose|with)",
            r"\bcandidates? (?:whose|who) (?:experience|skills|background|profile|qualifications)s?\b[^.!?;]{0,40}\b(?:more closely|better|more directly)"),
        fam("application unsuccessful", 4.0, ('unsuccessful', 'not', "n't"),
            rf"\b(?:application|candidacy|you)\b{S}\b(?:was|were|has|have|is|are|had)(?: been| not been)?{S}\b(?:unsuccessful|not (?:been )?(?:successful|selected|shortlisted|chosen|progressed|accepted))",
            r"\b(?:you|your application) (?:have|has|had|were|was) not been (?:selected|shortlisted|chosen|successful|progressed)",
            r"\bnot been selected (?:to|for)\b", r"\bunsuccessful on this occasion"),
        fam("will not invite or offer", 3.5, ('invit', 'offer', 'extend'),
            rf"{_EN_NEG}{S}\b(?:be )?(?:invit\w*|offer\w*|extend\w*)\b{S}\byou\b{S}\b(?:interview|position|role|job|offer|next|further|final|an? )",
            r"(?:unable|not able|not in a position) to offer you"),
        fam("position filled", 3.5, ('filled',),
            r"\b(?:position|role|vacancy|job|opening|post|requisition)s?\b[^.!?;]{0,40}\b(?:has|have|was|were|is|are)(?: now| already| since)? (?:been )?filled",
            r"\b(?:we(?:'ve| have)?|has|have|had) (?:now |already |since )?filled (?:the|this|that|our|your) (?:\w+ ){0,5}?(?:position|role|vacancy|job|opening|post)"),
        fam("not a match", 3.5, ('match', 'fit', 'suitable'),
            r"\b(?:not|isn't|wasn't|n't) (?:be )?(?:a|the|quite the|quite a|an? (?:good|strong|close)|the right|the best) (?:right |good |close |strong )?(?:match|fit)\b",
            r"(?:don't|do not|didn't|did not) (?:feel|think|believe) (?:it is|it's|it was|there is|there's|you are|you're|your (?:profile|experience|background) is) (?:a|the right|quite the right)?\s?(?:match|fit|suitable)",
            r"\bno (?:suitable|matching) (?:opening|position|role|vacancy) for you",
            r"(?:don't|do not) (?:think|feel) (?:there is|there's) a suitable (?:opening|position|role)"),
        fam("hiring freeze closes the application", 3.5, ('freeze', 'paused', 'closed', 'cancel', 'withdrawn', 'hold', 'eliminated', 'frozen', 'clos', 'unable', 'not able'),
            r"\bhiring freeze|\bfreeze on (?:all )?(?:external )?hiring|\bpaused (?:all )?(?:external )?(?:hiring|recruitment|recruiting)",
            r"\b(?:position|role|vacancy|requisition|opening|job)s?\b[^.!?;]{0,30}\b(?:has been|have been|was|were|is being|is now|is|are being) (?:closed|cancel+ed|withdrawn|put on hold|paused|eliminated|frozen)",
            r"\bclos(?:e|ed|ing) (?:all |the |your )?(?:open |remaining )?(?:applications|candidacies|application|candidacy)\b",
            r"(?:unable|not able) to (?:continue|proceed|progress) with (?:your|any) (?:application|candidac)"),
        fam("status: rejected", 3.5, ('rejected', 'declined', 'status'),
            r"\b(?:application )?status: ?(?:rejected|declined|not selected|unsuccessful|not progressing|closed - not selected)",
            r"\b(?:rejected|declined) your application\b"),
    ],
    "de": [
        fam("Bewerbung wird nicht weiter berücksichtigt", 4.0, ('nicht', 'gegen'),
            r"\bnicht (?:mehr |weiter |weiterhin |langer )?(?:zu )?(?:beruck|berueck)sichtig",
            r"\bnicht (?:weiter|langer|mehr) (?:verfolg|weiterverfolg|fuhr|fuehr|bearbeit|betrachtet|in betracht)",
            r"\bnicht weiter(?:verfolg|fuhr|fuehr|bearbeit|gefuhrt|gefuehrt|zu verfolgen|zu fuhren|zu bearbeiten)",
            rf"\bbewerbung{G}\bnicht (?:weiter )?(?:in betracht|ziehen|fortsetzen|fortfuhren|fortfuehren)",
            rf"\bgegen (?:eine |die )?(?:weitere )?(?:beruck|berueck|zusammenarbeit|sie\b|ihre (?:bewerbung|kandidatur)){G}entschieden",
            r"\bnicht (?:in die|fur die|fuer die) (?:engere|nachste|naechste|weitere) (?:auswahl|runde|phase)"),
        fam("für andere Kandidaten entschieden", 4.0, ('entschieden',),
            rf"\b(?:fur|fuer) (?:eine?n? )?(?:andere[nrs]?|weitere[nrs]?|passendere[nrs]?|eine? andere[nrs]?) (?:kandidat|bewerber|person|profil|mitbewerber|kolleg)\w*{G}\bentschieden",
            rf"\bentschieden{G}\b(?:fur|fuer) (?:eine?n? )?(?:andere[nrs]?) (?:kandidat|bewerber|person|profil|mitbewerber)"),
        fam("keine positive Rückmeldung / Absage", 3.5, ('kein', 'absag', 'abgelehnt'),
            r"\bkeine (?:positive|gute|erfreuliche|positiven) (?:ruckmeldung|rueckmeldung|nachricht|antwort|nachrichten)",
            r"\bkein(?:e|en)? (?:zusage|angebot|stellenangebot|vertragsangebot)\w* (?:machen|geben|unterbreiten|anbieten)",
            r"\bkeine (?:stelle|position) (?:anbieten|geben)",
            r"\bstatus: ?(?:abgesagt|absage|abgelehnt)", r"\b(?:ihre|deine) bewerbung (?:wurde|ist|wird) (?:leider )?(?:abgelehnt|abgesagt)",
            r"\babsage\b[^.!?;]{0,40}\b(?:bewerbung|stelle|position)|\b(?:bewerbung|stelle|position)\b[^.!?;]{0,40}\babsage\b",
            r"\b(?:ihnen|dir|euch)\b[^.!?;]{0,30}\babsage|\babsage\b[^.!?;]{0,30}\b(?:ihnen|dir|erteilen)\b"),
        fam("Stelle ist vergeben", 3.5, ('vergeben', 'besetzt'),
            r"\b(?:stelle|position|vakanz|job)\w*\b[^.!?;]{0,40}\b(?:ist|wurde|wurden|sind|haben wir)\b[^.!?;]{0,25}\b(?:vergeben|besetzt|anderweitig besetzt)",
            r"\b(?:bereits|inzwischen|schon|anderweitig) (?:vergeben|besetzt)\b"),
        fam("Einstellungsstopp beendet das Verfahren", 3.5, ('einstellungsst', 'gestrichen', 'zuruckgezogen', 'zurueckgezogen', 'besetzt', 'auswahlverfahren'),
            r"\beinstellungs(?:stopp|stop)|\b(?:stelle|position)\w*\b[^.!?;]{0,30}\b(?:gestrichen|zuruckgezogen|zurueckgezogen|nicht (?:nach)?besetzt wird|nicht besetzt werden)",
            r"\bauswahlverfahren (?:ist |wurde )?(?:damit |leider )?(?:beendet|eingestellt|abgeschlossen)"),
        fam("passt nicht", 3.0, ('nicht', 'keine passende'),
            r"\b(?:profil|qualifikation|erfahrung)\w*\b[^.!?;]{0,30}\bnicht (?:ganz |ausreichend |genug )?(?:zu unseren|zu den|mit unseren|unseren) (?:anforderungen|erwartungen)",
            r"\bkeine passende (?:position|stelle|vakanz) (?:fur|fuer) sie"),
    ],
    "fr": [
        fam("candidature non retenue", 4.0, ('pas', 'retenir', 'retiendrons'),
            rf"\b(?:n'a|n'ont|n'avons|ne sera|ne seront|n'est|ne pourra|ne pourrons|ne pouvons|ne peut|ne sommes|n'etes|n'etait) pas{S}(?:ete |etre |ete )?(?:retenue?s?|selectionnee?s?|poursuivie?s?|reten)",
            rf"\bcandidature{G}\b(?:pas|plus|non) (?:ete |etre )?(?:retenue|poursuivie|selectionnee|conservee)",
            r"\bcandidature (?:n'a|ne sera|n'est|ne pourra) pas",
            r"\bne (?:pas|pouvons pas|pourrons pas|plus) retenir (?:votre|ta) candidature|\bne retiendrons pas"),
        fam("ne pas donner suite", 4.0, ('suite',),
            rf"(?:\bne\b|\bn'|\bpas\b|\bplus\b){G}\bdonn\w* (?:une |de |d'autre )?suites?\b",
            r"\bpas (?:en mesure|possible) (?:de )?(?:donner|reserver) (?:une )?suite",
            r"\bsans suite\b"),
        fam("autres candidats retenus", 4.0, ('autre', 'candidat', 'profil', 'personne'),
            rf"\b(?:poursuivre|continuer|avancer|aller plus loin|privilegier|retenir|retenu|choisi|selectionne|fait le choix|opte)\b{G}\b(?:d'autres?|un autre|une autre|un|une|des) (?:candidat|profil|personne|candidature)\w*\b[^.!?;]{{0,15}}(?:dont|qui|plus|correspond)",
            r"\b(?:poursuivre|continuer|avancer|aller plus loin) (?:le processus |l'aventure )?avec d'autres (?:candidat|profil|personne)",
            r"\bfait le choix d'(?:une autre|un autre) (?:personne|candidat|profil)"),
        fam("ne pas poursuivre", 3.5, ('poursuiv', 'continu', 'avancer', 'clotur', 'clore', 'ferm', 'processus'),
            rf"(?:\bne\b|\bn'|\bpas\b){S}\b(?:poursuivre|poursuivrons|continuer|continuerons|avancer)\b{S}\b(?:avec (?:vous|votre candidature|ta candidature)|votre candidature|le processus avec vous)",
            r"\b(?:cloturons|cloturer|clore|fermer|fermons) (?:votre|ta) candidature|\bprocessus (?:est )?(?:donc )?(?:clos|cloture|termine|interrompu)"),
        fam("poste pourvu", 3.5, ('pourvu',),
            r"\bposte\b[^.!?;]{0,30}\b(?:a ete|est|a deja ete|est deja|vient d'etre|est desormais) (?:deja )?pourvu",
            r"\b(?:avons|a) (?:deja )?pourvu (?:le|ce) poste"),
        fam("gel des recrutements", 3.5, ('gel ', 'supprime', 'annule', 'suspendu', 'gele'),
            r"\bgel des (?:recrutements|embauches)|\b(?:poste|recrutement)\b[^.!?;]{0,30}\b(?:est|a ete) (?:supprime|annule|suspendu|gele)"),
        fam("profil ne correspond pas", 3.0, ('correspond', 'repondant'),
            r"\bprofil ne (?:correspond|correspondant)\w* pas|\bprofil (?:ne correspondant|ne repondant) pas",
            r"\bne (?:correspond|correspondez) pas (?:tout a fait |suffisamment |entierement )?(?:a|aux) (?:nos|notre|vos)? ?(?:besoins|attentes|criteres|profil)"),
    ],
    "es": [
        fam("candidatura no seleccionada", 4.0, ('seleccionad', 'elegid', 'aceptad', 'avanzad', 'prosperad', 'descartad', 'desestimad', 'rechazad'),
            r"\bno (?:has|ha|hemos|han|fue|fuiste|ha resultado|has resultado) (?:sido |resultado )?(?:seleccionad|elegid|aceptad|preseleccionad)",
            rf"\b(?:candidatura|postulacion|solicitud|perfil)\b{S}\bno (?:ha |fue |sera |va a ser )?(?:sido )?(?:seleccionad|elegid|aceptad|avanzad|prosperad)",
            r"\b(?:candidatura|postulacion) (?:ha sido|fue|queda) (?:descartad|desestimad|rechazad)"),
        fam("no seguir adelante", 4.0, ('no ',),
            rf"\bno{S}\b(?:seguir|seguiremos|seguimos|continuar|continuaremos|continuamos|avanzar|avanzaremos|avanzamos|proseguir|continuara|seguira|avanzara|sigue)\b{S}(?:adelante )?{S}\b(?:con (?:tu|su) (?:candidatura|postulacion|proceso|solicitud)|contigo|con usted|con ella|con el proceso|en el proceso)",
            r"\b(?:decidido|optado por|decision (?:final )?ha sido) no (?:seguir|continuar|avanzar|proseguir)",
            r"\b(?:candidatura|proceso|postulacion)\b[^.!?;]{0,30}\bno (?:sigue|seguira|continuara|avanzara) adelante"),
        fam("otros candidatos", 4.0, ('otr', 'un candidat', 'una candidat', 'un perfil', 'una persona'),
            rf"\b(?:continuar|seguir|avanzar|proseguir|optado|optar|elegido|elegir|escogido|seleccionado|decantado|quedarnos|apostar|apostado|contratado|incorporar)\b{G}\b(?:con|por|a|en)? ?(?:otros?|otras?) (?:candidat|perfil|person|aspirant|postulant)\w*",
            rf"\b(?:continuar|seguir|avanzar|proseguir)\b{S}\bcon (?:un|una) (?:candidat|perfil|person)\w* (?:que|cuya|con)"),
        fam("puesto cubierto", 3.5, ('cubiert', 'ocupad'),
            r"\b(?:puesto|vacante|posicion|plaza|oferta)\w*\b[^.!?;]{0,30}\b(?:ha sido|ya ha sido|esta|ya esta|fue|se ha|han sido|quedo|ha quedado) (?:ya )?(?:cubiert|ocupad)"),
        fam("congelacion de contrataciones", 3.5, ('congel', 'cerrado', 'cancelado', 'suspendido'),
            r"\bcongel\w* (?:temporalmente )?(?:de )?(?:las |todas las )?(?:nuevas )?(?:contrataciones|incorporaciones)",
            r"\bproceso\b[^.!?;]{0,40}\b(?:queda|ha quedado|ha sido|fue|se ha) (?:cerrado|cancelado|suspendido)"),
        fam("perfil no encaja", 3.0, ('encaja', 'perfil no'),
            r"\bperfil no (?:encaja|se ajusta|coincide|cumple|corresponde)", r"\bno encajas? con (?:lo que|el perfil)"),
    ],
    "nl": [
        fam("niet verder met je sollicitatie", 4.0, ('niet', 'afgewezen', 'afwijzing'),
            rf"\bniet verder{S}\b(?:met (?:je|jouw|uw|u|jou)\b|in (?:de|het) (?:procedure|proces|sollicitatieprocedure))",
            rf"\b(?:sollicitatie|kandidatuur)\b{S}\bniet (?:verder )?(?:in behandeling|meenemen|weerhouden|voortzetten|door)",
            r"\bniet (?:verder )?(?:in behandeling (?:wordt |kunnen |te )?nemen|in behandeling genomen|weerhouden)",
            r"\bniet (?:verder )?(?:uit (?:te )?nodigen|uitnodigen|door naar de volgende ronde)",
            r"\b(?:afgewezen|afwijzing)\b[^.!?;]{0,40}\b(?:sollicitatie|kandidatuur|functie|vacature)|\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,30}\b(?:afgewezen|afgewezen)",
            r"\bstatus: ?afgewezen"),
        fam("andere kandidaat gekozen", 4.0, ('ander', 'iemand', 'sterkere', 'geschikte'),
            rf"\b(?:gekozen|kiezen|besloten|verder|gaan)\b{G}\b(?:voor |met )?(?:een |de )?(?:andere?|meer geschikte|sterkere) (?:kandida|sollicitant|persoon|profiel)",
            rf"\bandere kandidaten\b{G}\b(?:uit te nodigen|uitnodigen|sloten beter aan|beter aan|beter passen|passen beter|gekozen|geselecteerd)",
            r"\bgekozen voor iemand"),
        fam("vacature vervuld", 3.5, ('vervuld', 'ingevuld', 'opgevuld', 'gesloten', 'ingetrokken', 'geschrapt'),
            r"\b(?:vacature|functie|positie|baan)\w*\b[^.!?;]{0,30}\b(?:is|zijn|werd|wordt)\b[^.!?;]{0,20}\b(?:vervuld|ingevuld|opgevuld|gesloten|ingetrokken|geschrapt)"),
        fam("vacaturestop", 3.5, ('stop',), r"\b(?:vacature|personeels|aanname|wervings)stop\b"),
        fam("geen match", 3.0, ('match', 'niet'),
            r"\bgeen (?:goede )?match\b", r"\b(?:sluit|sluiten|past|passen)\b[^.!?;]{0,30}\bniet (?:voldoende |helemaal |goed )?(?:aan|bij)"),
    ],
    "pt": [
        fam("candidatura nao selecionada", 4.0, ('nao',),
            r"\bnao (?:foi|foste|foram|sera|vai ser|tera sido) (?:selecionad|aprovad|escolhid|aceit)",
            rf"\b(?:candidatura|perfil)\b{S}\bnao (?:foi |sera |tera |vai ter )?(?:selecionad|aprovad|escolhid|seguimento|continuidade|avancar)"),
        fam("nao avancar", 4.0, ('nao', 'possivel', 'poderemos', 'podemos', 'vamos'),
            rf"\bnao{S}\b(?:avancar|avancaremos|avancamos|seguir|seguiremos|prosseguir|prosseguiremos|continuar|continuaremos|dar (?:seguimento|continuidade))\b{S}\b(?:com (?:a )?(?:sua|tua) candidatura|com a candidatura|com voce|contigo|a sua candidatura|a tua candidatura|ao seu processo|ao teu processo|com o seu processo|com o teu processo|com o processo)",
            r"\b(?:possivel|poderemos|podemos|vamos) dar (?:seguimento|continuidade)\b[^.!?;]{0,20}\b(?:sua|tua) candidatura",
            r"\bnao sera possivel dar (?:seguimento|continuidade)",
            r"\bnao (?:seguira|vai seguir|segue|avancara|ira avancar|iremos avancar|vamos avancar|avancaremos)\b",
            r"\b(?:sua|tua|a) candidatura\b[^.!?;]{0,30}\bnao (?:seguira|avancara|prosseguira|continuara)",
            r"\bperfil nao e o que (?:buscamos|procuramos)",
            r"\bcandidatura nao (?:tera|teve|vai ter) (?:seguimento|continuidade)"),
        fam("outros candidatos", 4.0, ('outr', 'um ', 'uma '),
            rf"\b(?:avancar|seguir|prosseguir|continuar|optamos|optar|escolhemos|escolheu|escolher|selecionamos|selecionar|decidimos|contratamos)\b{G}\b(?:com |por )?(?:outros?|outras?|um|uma) (?:candidat|perfi|pesso|profissiona)\w*\b[^.!?;]{{0,20}}"),
        fam("vaga preenchida", 3.5, ('preenchid', 'ocupad'),
            r"\b(?:vaga|posicao|cargo|funcao|oportunidade)\w*\b[^.!?;]{0,30}\b(?:foi|ja foi|esta|ja esta|encontra-se|foram) (?:preenchid|ocupad)"),
        fam("congelamento de contratacoes", 3.5, ('congel', 'encerrado', 'cancelado', 'suspenso'),
            r"\bcongel\w* (?:temporariamente )?(?:as |de )?(?:novas )?contratacoes",
            r"\b(?:processo|recrutamento)\b[^.!?;]{0,40}\b(?:foi|esta) (?:encerrado|cancelado|suspenso)"),
        fam("perfil nao se enquadra", 3.0, ('perfil nao',),
            r"\bperfil nao (?:se enquadra|corresponde|esta alinhado|atende|e aderente)"),
    ],
}

# --- context: is this about a job application of the reader? ---------------------------------------------

# Job words that new authors used beyond the usual nouns: trial days, apprenticeships, traineeships, small jobs.
_WORK_TRIALS = (r"trainee|traineeship|traineeprogramm\w*|apprenticeships?|trial (?:shift|day)|journee d'essai|jornada de prueba|"
                r"dia de experiencia|meeloopdag|proefles|probearbeit\w*|minijob|(?:bij|zaterdag|vakantie|zomer)?baan|plek als|"
                r"selectieronde|processus de dotation|emplois?|empleos?|empregos?|alternance|"
                r"internships?|placements?|training contract|(?:pre-)?employment|(?:next|final) (?:stage|round)|assessment centre|"
                r"apprenti|bolsa de empleo|concours|plek|recrutar")


JOB = re.compile(speed(
    r"\b(?:application|candidacy|candidate|applicants?|position|role|vacancy|job|interview|recruit\w*|hiring|"
    r"cv|resume|talent|bewerbung\w*|stelle\w*|kandidat\w*|vorstellungsgesprach|personal\w*|recruiting|"
    r"candidature|candidat\w*|kandida\w*|positie|poste|entretien|recrutement|postulacion|puesto|vacante|entrevistas?|seleccion|"
    r"curriculum|sollicitatie\w*|functie|vacature\w*|kandidatuur|sollicitant|werving|vaga|cargo|recrutamento|"
    r"curriculo|processo seletivo|posicao|solliciteer\w*|rol|aanvraag|plazas?|entrevistas|selecao|funcao|proceso selectivo|"
    + _WORK_TRIALS + r")\b"))

# Second-person references to the reader's application (strengthen; help tell relays apart).
YOUR_APPLICATION = re.compile(speed(
    r"\b(?:your (?:application|candidacy|candidature|cv|resume|interview)|applying|you applied|"
    r"ihre (?:bewerbung|unterlagen|kandidatur)|deine bewerbung|votre candidature|ta candidature|"
    r"tu (?:candidatura|postulacion|solicitud|perfil)|su (?:candidatura|postulacion)|"
    r"je sollicitatie|jouw sollicitatie|uw (?:sollicitatie|kandidatuur)|je aanvraag|"
    r"(?:sua|tua) candidatura|(?:seu|teu) (?:curriculo|cv|perfil)|your (?:[\w-]+ ){1,3}(?:application|candidacy)|"
    # thanks for applying / your interest / your profile, the ways a letter turns to the reader's candidacy
    r"your (?:profile|interest|background|experience)|thank you for applying|applied (?:for|to)|"
    r"ihr(?:em|e)? (?:interesse|profil)|sie beworben|(?:ihrer|deiner) (?:bewerbung|kandidatur)|"
    r"votre (?:profil|interet|dossier)|vous avez postule|"
    r"presentarte|postularte|postulaste|te postulaste|tu (?:interes|experiencia)|su interes|"
    r"je (?:reactie|interesse|profiel|cv)|jouw (?:profiel|cv)|uw (?:reactie|interesse|profiel|belangstelling)|gesolliciteerd|"
    r"(?:seu|teu) interesse|(?:se|te) candidatar|candidataste|(?:sua|tua) inscricao)\b"))

SOFT = [
    fam("regret wording", 0.6,
        r"\bunfortunately\b|\bregret\b|\bsorry\b|\bnot the news\b|\bdifficult decision\b|\bleider\b|\bbedauern\b|"
        r"\bmalheureusement\b|\bregret\b|\bdesole\b|\blamenta\w*\b|\bdesafortunadamente\b|\bsentimos\b|"
        r"\bhelaas\b|\bjammer\b|\binfelizmente\b|\blamento\b"),
    fam("keep your CV / future openings", 0.5,
        r"\bon file\b|\bfuture (?:opportunit|opening|role|vacanc|position)\w*|\bapply again\b|\bjob search\b|"
        r"\btalentpool\b|\bkunftig\w*|\bweiteren (?:weg|berufsweg|zukunft)|\bberufliche zukunft|"
        r"\bvivier\b|\bvos recherches\b|\bprochaines? (?:offres|opportunites)|"
        r"\bfuturos? (?:procesos|oportunidades|vacantes)|\bbase de datos\b|\bbusqueda\b|"
        r"\btoekomstige\b|\bin ons bestand\b|\bzoektocht\b|\bsucces\b|"
        r"\bfuturas? oportunidades|\bguardar (?:o|o seu|o teu) (?:cv|curriculo)|\bsucesso\b"),
]

# --- look-alikes -----------------------------------------------------------------------------------------

NOT_A_JOB = fam("about something other than a job (paper, talk, grant, loan, flat, order, admission, list)", -5.0,
    # papers, talks, grants
    r"\b(?:manuscript|journal|reviewers?'? comments|for publication|peer review|your (?:paper|talk|proposal|submission to)|"
    r"program(?:me)? committee|call for (?:papers|proposals)|cfp|manuskript|zeitschrift|gutachten|veroffentlichung|"
    r"manuscrit|article n'a|revue |comite de (?:redaction|programme)|publicacion|manuscrito|revista|propuesta de charla|"
    r"ponencia|charla|talkvoorstel|tijdschrift|redactie|manuscript|artigo|publicacao|palestra|colloque|congres|congreso|"
    r"congresso|symposium|workshop paper|conference (?:talk|paper|submission)|call for speakers|proposition d'intervention|"
    r"(?:your|votre|tu|su|sua|je|ihr) (?:abstract|resume de communication|resumen|resumo|beitrag)|sprekers?)\b",
    r"\b(?:grant (?:application|proposal|round|funding)|(?:the|a|your|this) grant|grants officer|(?:projects?|research|community) fund|funding|fellowship|scholarship|(?:promotions|forschungs|reise|doktoranden|graduierten)?stipendi\w*|forderung|foerderung|subvention|bourse|financiacion|subvencion|beca|"
    r"ayudas? a la|convocatoria de (?:ayudas|subvenciones|becas|proyectos)|subsidie\w*|financiamento|bolsa de|concurso de projetos)\b",
    # money, homes, shopping
    r"\b(?:loan|credit card|tarjeta de credito|carte de credit|kreditkarte|creditcard|cartao de credito|ratenzahlung|credit reference|credit check|mortgage|overdraft|kreditantrag|ratenkredit|darlehen|"
    r"pret (?:personnel|immobilier)|demande de pret|prestamo|hipoteca|lening|hypotheek|emprestimo|credito pessoal)\b",
    r"\b(?:landlord|tenancy|apartment|flat \d|the property|lettings|viewing|wohnung|mietinteress\w*|vermieter|"
    r"eigentumer|appartement|proprietaire|dossier de location|logement|piso|alquiler|inmobiliaria|propietario|"
    r"woning|verhuurder|huurwoning|makelaar\w*|bezichtiging|apartamento|senhorio|imobiliaria|arrendamento)\b",
    r"\b(?:library card|membership|visa application|your visa|creche|garderie|guarderia|kinderopvang|kita|kindergarten|"
    r"(?:basis)?school(?! of)|schule|ecole|escuela|colegio|escola|"
    r"insurance (?:policy|claim|cover)|your insurance application|(?:life|car|health|home|travel) "
    r"insurance|passport|parking permit|parkeervergunning|parkausweis|"
    r"tenancy|mitgliedschaft|adhesion|afiliacion|lidmaatschap|associacao|"
    r"your order|order #|bestellung|votre commande|(?:tu|su|del|el) pedido|je bestelling|uw bestelling|refund|"
    r"remboursement|reembolso|devolucion|retourverzoek|terugbetaling|ruckerstattung|reklamation|"
    r"(?:sua|tua) encomenda)\b",
    # school admission, venues and mailing lists
    r"\b(?:admission|admissions (?:committee|office)|a place on (?:the|our) (?:programme|program|course)|zulassung|studienplatz|admisi\w+|master en|toelating\w*|"
    r"admitid[oa]|mestrado|seriacao|inscription (?:en|au|a) (?:master|licence|doctorat)|demande d'inscription|"
    r"candidature (?:au|en) (?:master|licence|doctorat|bachelor)|commission pedagogique|service des admissions|"
    r"master'?s (?:programme|program|degree|course)|masterstudiengang|masteropleiding|maestria)\b",
    # events and tickets
    r"\b(?:fully booked|sold out|tickets?|waiting list|waitlist|ausgebucht|complet|entradas|uitverkocht|ingressos)\b")

LOOKALIKES = [
    fam("look-alike: interview or assessment invitation", -3.0,
        r"\b(?:like|love|happy|pleased|want) to (?:invite|schedule|set up|arrange|book)\b|\binvite you (?:to|for)\b|"
        r"\binvitation (?:to|for) (?:an? )?(?:interview|call|assessment)|\bplease (?:book|choose|pick|select) a (?:time|slot)|"
        r"\btake-home (?:assignment|exercise|task|challenge|test)\b|\bnext step (?:is|will be)\b|\bcould you (?:share|send|let me know) your availability|"
        r"\beinladen\b|\beinladung\b|\bnachste[nr]? runde\b|\bnaechste[nr]? runde\b|"
        r"\bsouhaiterions vous rencontrer|\bprochaine etape\b|\bvous proposer un entretien|"
        r"\bnos gustaria conocerte|\bsiguiente fase\b|\bte propondre fechas|"
        r"\bleren kennen\b|\buitnodiging\b|\bvolgende (?:ronde|stap)\b|"
        r"\bgostariamos de (?:te |o |a )?(?:conhecer|convidar)|\bproxima etapa\b"),
    fam("look-alike: offer", -4.0,
        r"\b(?:pleased|delighted|thrilled|happy|excited) to (?:offer|extend)|\boffer letter\b|\boffer of employment|"
        r"\b(?<!kein )vertragsangebot\b|\bvertragsentwurf\b|\banbieten zu konnen|\bproposition d'embauche|\bpromesse d'embauche|"
        r"\b(?:plaisir|heureux|heureuse|ravie?s?) de vous proposer le poste|\bcarta de oferta|"
        r"\b(?:alegra|complace|gusta|encanta|satisfaccion|placer) (?:de )?ofrecerte el puesto|\bbieden we je\b|\bhet aanbod\b|"
        r"\bcarta-proposta|\bproposta de trabalho"),
    fam("look-alike: application received", -1.5,
        r"\b(?:we(?:'ve| have)|has been|have been) received\b|\breceived your application|\bunterlagen sind bei uns eingegangen|"
        r"\beingangsbestatigung|\bbien recu votre candidature|\bbien ete enregistree|\bhemos recibido tu|"
        r"\bwe hebben je sollicitatie ontvangen|\btu candidatura se ha enviado|\bhas enviado tu candidatura|\brecebemos (?:a )?(?:sua|tua) candidatura"),
    fam("look-alike: job alert or recommendations", -2.0,
        r"\bjob alert|\bjobs? (?:you may|you might) (?:like|be interested)|\bnew jobs? (?:matching|for you|in your)|"
        r"\bjob-agent|\bneue (?:jobs|stellen)\b|\balerte\b|\bnouvelles offres|\bnuevas ofertas|\btu alerta\b|"
        r"\b\d+ nieuwe vacatures\b|\bpassen bij je zoekopdracht\b|\bnovas vagas\b"),
    fam("look-alike: newsletter or article", -6.0,
        r"\bnewsletter\b|\bin this issue\b|\bthis week'?s (?:guide|issue|edition)|\byou(?: are|'re) (?:receiving|getting) this because you (?:subscribed|signed up|have an? [\w ]{1,20}account)|"
        r"\bread (?:the full issue|more):|\bboletin\b|\bnieuwsbrief\b|\bboletim\b|\bin dieser ausgabe\b|\bnewsletter abbestellen|"
        r"\bau sommaire\b|\blettre d'information\b|\ben este boletin\b|\bin deze nieuwsbrief\b|\bneste boletim\b"),
    fam("look-alike: recruiter outreach", -2.5,
        r"\bcame across your profile|\bopen to new opportunities|\bauf ihr profil gestossen|\bvotre profil a retenu|"
        r"\bkwam je profiel tegen|\bencontre tu perfil|\bencontrei o seu perfil"),
    fam("look-alike: withdrawal by the candidate", -4.0,
        r"\b(?:i|i'd|i would) (?:like to |have to |must |am writing to )?withdraw\b|\bwithdraw my (?:application|candidacy)|"
        r"\bwithdrawn your application|\bas (?:you )?requested\b|\bziehe ich meine bewerbung|\bbewerbung wie gewunscht zuruckgezogen|"
        r"\bretirer ma candidature|\ba votre demande\b|\bretirar mi candidatura|\bretiras tu candidatura|"
        r"\bmijn sollicitatie\b[^.!?;]{0,40}\bintrek|\bje sollicitatie\b[^.!?;]{0,40}\bintrekt|"
        r"\bretir\w* (?:a )?(?:minha|sua|tua|mi|tu|su) candidatura|\bwithdr\w* (?:my|your) (?:application|candidacy)|"
        r"\b(?:de|het|je|jouw|uw|mijn) sollicitatie\b[^.!?;]{0,40}\bingetrokken|\bbewerbung\b[^.!?;]{0,40}\bzuruckgezogen|"
        r"\bdesisti\w*|\bdesistencia\b"),
    fam("look-alike: a rescheduled interview", -2.5,
        r"\breschedule\b|\bmove it to\b|\bverschieben\b|\breporter l'entretien|\breprogramar\b|\bverzetten\b|\breagendar\b"),
    fam("look-alike: notice about someone else's candidacy", -4.0,
        r"\b(?:you referred|your referral|referral program|doorverwijzing|aangedragen|tu referido|recomendar a|sigue refiriendo|"
        r"programa de referidos|indicacao|sua indicacao|parrainage|cooptation|mitarbeiterempfehlung|met haar sollicitatie|met zijn sollicitatie|"
        r"scorecard|hiring manager for the requisition|candidate .{0,40} (?:was|has been) (?:rejected|archived|moved))\b"),
    fam("look-alike: the sender tells of their own rejection", -4.0,
        r"\b(?:i|we) (?:didn't|did not|just didn't|never) (?:get|got|land) (?:the|that|this) (?:job|role|position|offer)|"
        r"\b(?:rejected|turned) me\b|"
        r"\bi(?:'ve| have)? (?:got|been|was) (?:rejected|turned down)|\bich habe (?:eine absage|die stelle nicht)|"
        r"\b(?:i|we) (?:didn't|did not|never) (?:get|land) (?:the|that|this) (?:[\w-]+ ){0,4}(?:job|role|position|offer)\b|"
        r"\bich hab(?:e)? die stelle\b[^.!?;]{0,30}\bnicht bekommen|\bno me (?:cogieron|eligieron|seleccionaron|contrataron)\b|"
        r"\bmeine bewerbung\b[^.!?;]{0,40}\babgelehnt|\bje n'ai pas eu le poste|"
        r"\bma candidature\b[^.!?;]{0,40}\b(?:pas ete retenue|refusee)|"
        r"\bmi candidatura\b[^.!?;]{0,40}\b(?:no salio|rechazad|descartad)|"
        r"\bmijn sollicitatie\b[^.!?;]{0,40}\bafgewezen|"
        r"\bminha candidatura\b[^.!?;]{0,40}\b(?:recusad|rejeitad|reprovad)|"
        r"\bj'ai (?:eu|recu) une (?:reponse negative|refus)|\bme (?:han|ha) rechazado|"
        r"\bno me (?:han )?(?:cogido|elegido|seleccionado)|\bik ben (?:afgewezen|niet aangenomen)|"
        r"\bfui (?:rejeitad|recusad|reprovad)|\bnao passei|\bheard back from (?:the|my) (?:[\w-]+ ){0,2}job\b|"
        r"\b(?:net|zojuist|vandaag) (?:een )?mail (?:gehad|gekregen)\b|\bjust (?:got|had) (?:an? )?(?:email|mail|message) from\b|"
        r"\bheute (?:eine )?(?:mail|e-mail|absage) (?:bekommen|gekriegt)\b|\bacabo de recibir un (?:correo|mail)\b|"
        r"\bacabei de receber um e-?mail\b|\bje viens de recevoir un (?:mail|courriel)\b"),
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0,
        # the reader interviewed or manages the candidate; the candidate is named or spoken of in the third person
        r"\bthanks? (?:you )?for (?:interviewing|screening)\b(?! (?:us|me|with|for|at|today)\b)|"
        r"\b(?:no need to|please don't|you don't need to|please do not) (?:contact|reach out to|tell|inform|email) (?:him|her|them)\b|"
        r"\b(?:please )?(?:don't|do not) reach out to (?:him|her)\b|\b(?:rejected|declined|archived) (?:the )?(?:other )?(?:candidate|finalist|applicant)\b|"
        r"\b(?:vorstellungsgesprach|gesprach|interview) mit (?:herrn|frau|dem kandidaten|der kandidatin)\b[^.!?;]{0,30}\bgefuhrt|"
        r"\b(?:gegen|fur) ihn entschieden|\b(?:ihm|ihr) (?:nichts|nicht) mitteilen|\b(?:den|die) (?:kandidat\w*|bewerber\w*) (?:herrn|frau)\b|"
        r"\bfait passer (?:l'|un |son |le )?entretien a\b|\binutile de (?:le|la) (?:recontacter|contacter|prevenir)|"
        r"\b(?:refuse|rejete|ecarte)\w* la candidature (?:de|du) |\bson (?:second |deuxieme )?entretien\b|"
        r"\bpor entrevistar a\b|\b(?:que )?(?:la|lo|le) (?:contactes|avises|llames)\b|\b(?:descartado|rechazado) al candidato\b|"
        r"\bsu segunda entrevista\b|\bhet gesprek met (?!ons\b|mij\b)\w+(?: \w+){0,3} hebt gevoerd|\bniet verder te gaan met (?:hem|haar)\b|"
        r"\b(?:hem|haar) (?:niets|niet) (?:te )?laten weten|\bkandidaat (?:\w+ ){1,3}afgewezen|\bzijn (?:tweede )?gesprek\b|"
        r"\bpor entrevistar (?:o|a)\b|\bcandidatura (?:dele|dela)\b|\b(?:avisa|contata|contacta)-l[oa]\b|\brecusamos o candidato|"
        r"\bentrevista dele\b|\b(?:move forward|proceed|continue|go ahead|progress) with (?:him|her)\b|"
        r"\bsend (?:him|her) (?:the|a) (?:decline|rejection|refusal)\b|\bthe next candidate\b|\blui envoie (?:le|un) refus\b|"
        r"\b(?:la|le) candidate? suivante?\b|\bmerci pour ton compte[- ]rendu\b|\b(?:voce|tu) conduziu a entrevista|"
        r"\bretorno para (?:ela|ele)\b|\b(?:ela|ele) foi (?:reprovad|recusad)|\b(?:el|ella) (?:fue|ha sido) (?:descartad|rechazad)|"
        # the decision was passed on to a named candidate and the reader is told of it (the hiring team's copy)
        r"\b(?:informed|told|notified|emailed) (?:the )?(?:candidate|applicant|finalist) (?!that\b|about\b)\w+|"
        r"\b(?:den kandidaten|die kandidatin|den bewerber|die bewerberin|dem kandidaten|der kandidatin|dem bewerber|der bewerberin) "
        r"(?:herrn |frau )?\w+ (?:\w+ )?(?:informiert|benachrichtigt|mitgeteilt|abgesagt)|"
        r"\b(?:informe|prevenu|avise|notifie) (?:le candidat|la candidate|m\. |mme )|\bque sa candidature\b|"
        r"\b(?:comunicado|informado|notificado|avisado|dicho|escrito) (?:a )?(?:la candidata|el candidato|al candidato)\b|"
        r"\b(?:informamos|comunicamos|notificamos|avisamos|informou|comunicou) (?:o candidato|a candidata|ao candidato)\b|"
        r"\b(?:de )?kandidaat (?:\w+ ){0,3}(?:laten weten|geinformeerd|ingelicht|bericht)|"
        r"\b(?:remaining|other|unsuccessful) (?:candidates|applicants)\b[^.!?;]{0,40}\b(?:been|were|was) (?:sent|notified|informed|emailed)|"
        r"\boffer (?:was|has been) accepted by (?:the )?candidate (?!who\b|whose\b|with\b)\w+|\bnotification for (?:hiring managers|recruiters|interviewers)\b|"
        r"\b(?:interview|entretien|entrevista|gesprek|gesprach) (?:that |que |dat )?(?:you conducted|you led|vous avez (?:mene|conduit)|"
        r"condujiste|(?:voce )?conduziu|(?:je|u) (?:hebt|heeft) afgenomen)\b|"
        r"\b(?:le prochain candidat|la prochaine candidate|el siguiente candidato|la siguiente candidata|o proximo candidato|"
        r"a proxima candidata|der nachste kandidat|die nachste kandidatin|de volgende kandidaat)\b"),
    fam("look-alike: a draft or template of a rejection, not one sent", -5.0, ("[", "{{", "<"),
        # placeholders for the candidate's name or the role mark a template under review
        r"(?:\[|\{\{|<) ?(?:candidate|first|last|full|applicant|vorname|nachname|kandidat|bewerber|prenom|nom|candidat|nombre|"
        r"candidato|naam|kandidaat|voornaam|nome|primeiro)[\w ]{0,15}(?:\]|\}\}|>)"),
    fam("look-alike: the candidacy is said to be still alive", -4.5,
        r"\bstill (?:want|keen|like|hope|plan|intend|eager) to (?:speak|meet|talk|interview|see|chat)\b|"
        r"\b(?:application|candidacy) (?:is|remains) (?:still )?(?:active|open|under consideration|in (?:the )?(?:process|running))\b|"
        r"\byou (?:are|remain) (?:still )?(?:one of our (?:preferred|top|leading|strongest)|in the running|under consideration)\b|"
        r"\bnothing has been decided\b|"
        r"\bbewerbung (?:ist|bleibt) (?:weiterhin |noch )?(?:aktiv|im verfahren|in der auswahl)|\bnoch nichts entschieden\b|"
        r"\bcandidature (?:reste|est toujours) (?:active|en cours|a l'etude)|\brien n'(?:est|a ete) decide\b|"
        r"\bcandidatura (?:sigue|continua) (?:activa|abierta|en (?:el )?proceso)|\bno (?:hay|se ha tomado) (?:nada|ninguna decision)\b|"
        r"\bsollicitatie (?:blijft|is nog) (?:actief|in behandeling|lopen)|\bnog niets besloten\b|"
        r"\bcandidatura (?:continua|permanece|segue) (?:ativa|aberta|em (?:andamento|analise))|\bnada (?:foi|esta) decidido\b"),
    fam("look-alike: a decision to go ahead", -3.0,
        r"\b(?:like|want|decided|happy) to (?:move|go) forward with your (?:application|candidacy)\b|"
        r"\bdecidido avanzar con tu candidatura|\bdoor te gaan naar de volgende|\bcom voce para a proxima"),
]

# Notifications from code hosting and issue trackers: a "job" there is a CI job, a "position" is in the code.
TRACKER_SENDER = re.compile(r"@(?:[\w-]+\.)*(?:github\.com|gitlab\.[\w.]+|atlassian\.net|bitbucket\.org|sourceforge\.net)$|^(?:jira|gitlab|github|noreply-jira)@")
TRACKER_SUBJECT = re.compile(r"^(?:re: )?\[(?:jira|[\w.-]+/[\w.-]+)\]|\b(?:pull request|merge request|pr #?\d+|issue #?\d+)\b")

# The owner passing on a rejection they received ("got this today, any advice?").
OWNER_FORWARD = re.compile(
    r"\b(?:got this|just got|just received|received this|any advice|what do you think|thoughts\?|"
    r"je viens de recevoir|j'ai recu|tu crois|ton avis|hab(?:e)? (?:das|dies|heute)|was meinst du|"
    r"acabo de recibir|me ha llegado|que opinas|net binnen|kreeg ik|wat vind jij|heb ik gekregen|"
    r"acabei de receber|recebi (?:isto|isso|hoje)|o que achas|o que voce acha|"
    # asking a friend what to do about it (an agency passing a client's answer on says "I forward" too: not that)
    r"any idea|what (?:should|do|would) (?:i|you) (?:say|reply|answer|write|do)|should i (?:ask|reply|respond|write)|"
    r"tu me diras|(?:si )?je dois (?:demander|repondre|relancer)|soll ich (?:nachfragen|antworten|fragen)|"
    r"(?:deberia|debo) (?:pedir|responder|contestar)|moet ik (?:vragen|antwoorden|reageren)|devo (?:pedir|responder))")

# --- categories for mail that is not a rejection (what `nextround report` counts) -------------------------

_LOOK = {f.name.split(": ", 1)[1]: f for f in LOOKALIKES}
# Checked in this order; the first that fires names the kind of mail.
CATEGORIES: list[tuple[str, list[Family]]] = [
    ("offer", [_LOOK["offer"]]),
    ("interview", [_LOOK["interview or assessment invitation"], _LOOK["a rescheduled interview"],
                   _LOOK["a decision to go ahead"],
                   fam("interview scheduling", 0.0,
                       r"\b(?:interview|phone screen|recruiter screen|technical screen|onsite|on-site|"
                       r"vorstellungsgesprach|entretien|entrevista|sollicitatiegesprek|gesprek)\b[^.!?;]{0,60}\b"
                       r"(?:schedul\w*|invite|invitation|book|confirm\w*|calendar|slot|availability|einladen|"
                       r"termin|creneau|convocation|agendar|fecha|inplannen|uitnodig\w*|agendamento|horario)")]),
    ("application_received", [_LOOK["application received"],
                              fam("acknowledgement", 0.0,
                                  r"\bthank(?:s| you) for (?:applying|your application)|\bapplication (?:received|submitted)|"
                                  r"\bvielen dank fur (?:ihre|deine) bewerbung|\bmerci pour votre candidature|"
                                  r"\bgracias por (?:tu|su) candidatura|\bbedankt voor je sollicitatie|"
                                  r"\bobrigad[oa] pela (?:sua|tua) candidatura")]),
    ("job_alert", [_LOOK["job alert or recommendations"]]),
    ("outreach", [_LOOK["recruiter outreach"]]),
    ("newsletter", [_LOOK["newsletter or article"]]),
]

NEWSLETTER = re.compile(
    r"\b(?:newsletter|mailing list|listinfo|in this issue|this week'?s (?:issue|edition)|"
    r"nieuwsbrief|boletin|boletim|lettre d'information|digest #?\d+)\b")
OUTREACH = re.compile(
    r"\b(?:came across your (?:profile|background|work)|(?:i'm|i am) reaching out|reaching out (?:because|about|regarding)|"
    r"open to (?:new |a )?(?:opportunit\w+|a (?:chat|conversation))|would you be (?:open|interested)|"
    r"i(?:'m| am) (?:a|an) (?:\w+ )?recruiter|(?:an? )?(?:exciting|interesting) (?:opportunity|role)|"
    r"auf ihr profil gestossen|ihr profil (?:ist mir|hat mich)|votre profil a retenu|kwam je profiel tegen|"
    r"encontre tu perfil|encontrei o seu perfil|tu perfil en linkedin|je profiel op linkedin)")

# Mail sent to a list: whatever it announces, it is not a decision about the reader.
MAILING_LIST = re.compile(r"\b(?:mailing list|listinfo|mailinglijst|lista de correo|liste de diffusion|mailingliste)\b")

# The role itself named in the decision's sentence (what makes a refund mentioned elsewhere harmless).
JOB_ROLE = re.compile(
    r"\b(?:position|role|vacancy|job|post|opening|requisition|interview\w*|recruit\w*|hiring|stelle|vakanz|poste|entretien|"
    r"recrutement|embauche|puesto|vacante|plaza|entrevista|posicion|functie|vacature|baan|gesprek\w*|vaga|cargo|funcao|"
    r"posicao|recrutamento|rol)\b")

# Words that make a sentence unmistakably about a job (not a loan "application" or a grant "candidacy").
JOB_STRONG = re.compile(
    r"\b(?:position|role|vacancy|job|post|opening|requisition|interview\w*|recruit\w*|hiring|hire|"
    r"stelle|position|vakanz|vorstellungsgesprach\w*|poste|entretien|recrutement|embauche|puesto|vacante|plaza|entrevistas?|kandida\w*|positie|"
    r"seleccion|posicion|rol|functie|vacature|baan|sollicitatie\w*|gesprek\w*|vaga|cargo|funcao|posicao|recrutamento|"
    r"processo seletivo|selection process|shortlist\w*|auswahl(?:verfahren|prozess)|processus de (?:recrutement|selection)|"
    r"proceso de seleccion|selectieprocedure|sollicitatieprocedure|candidacy|candidat\w*|applicants?|bewerbung\w*|bewerber\w*|kandidat\w*|sollicitatie\w*|kandidatuur|"
    r"postulacion|postularte|postulaste|curriculum|cv|resume|curriculo|plaza|" + _WORK_TRIALS + r")\b")
