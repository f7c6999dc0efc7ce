"""English: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, alt, fam, starts

# The everyday sentences of a rejection, one family per decision idea.
_PHRASE_OBJ = r"(?:your (?:application|candidacy|candidature|profile|cv|resume)|you\b|with you|things)"
_PHRASE_NEG = r"(?:not|n't|no longer|unable to|cannot|can't|won't|decided against)"
DECISIONS: list[Family] = [
    fam("decided not to take the application further", 4.0,
        rf"{_PHRASE_NEG}{S}\b(?:proceed|proceeding|progress|progressing|continue|continuing|advance|advancing|pursue|pursuing|consider|considering)\b{S}(?:forward|ahead|further)?{S}\b(?:with )?{_PHRASE_OBJ}",
        rf"{_PHRASE_NEG}{S}\b(?:move|moving|go|going|take|taking|put|putting)\b{S}\b(?:forward|ahead|further)\b{S}\b(?:with )?{_PHRASE_OBJ}",
        rf"{_PHRASE_NEG}{S}\b(?:take|taking|move|moving|put|putting) {_PHRASE_OBJ}{S}(?:forward|further)",
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
        rf"{_PHRASE_NEG}{S}\b(?:be )?(?:invit\w*|offer\w*|extend\w*)\b{S}\byou\b{S}\b(?:interview|position|role|job|offer|next|further|final|an? )",
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
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
_EN_NEG = alt(starts(r"not\b", "no longer", "unable to", "cannot", "decided against"), "n't")

# Verbs that mean "take the candidacy on" by themselves; the everyday ones (move, take, put, go, carry, bring)
# only count with "forward/further/ahead", so "I can't take you to the airport" says nothing about a job.
_EN_VERB = alt("proceed", "progress", "advanc", "continu", "pursu", "invit", "shortlist", "select", "consider",
               r"(?:mov|tak|put|push|carr|bring|go)\w* (?:you |yours |your (?:application|candidacy) |it |this |things )?(?:any )?"
               r"(?:forward|further|ahead|to the (?:next|final|second|last|interview|onsite) (?:stage|round|step|phase))")

_EN_OBJ = alt(r"your (?:application|candidacy|candidature|profile|cv|resume|submission)", r"yours\b", r"you\b(?!')",
              r"with (?:you|it)\b")

_EN_ROLEWORD = alt("role", "position", "job", "post", "vacancy", "opening", "requisition", "posting")

_EN_OTHER = alt("other", "another", "different", "alternative", "stronger", "internal", "more (?:experienced|suitable|qualified)",
                "a different", "an internal", "one other", "a stronger")

_EN_PEOPLE = alt("candidate", "applicant", "person", "profile", "individual", "colleague", "hire", "finalist")

DECISIONS += [
    fam("grammar: not taking the application further", 4.0, ("not", "n't", "no longer", "unable", "cannot", "against"),
        rf"{_EN_NEG}{S}\b{_EN_VERB}\w*\b{S}\b{_EN_OBJ}",
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* (?:any |it |this )?(?:further|forward|ahead)\b{S}\b(?:with )?(?:your|the) (?:application|candidacy)",
        rf"{_EN_NEG}{S}\b(?:mov|tak|put|push|carr|bring)\w* (?:you|yours|your (?:application|candidacy|candidature|profile)) "
        r"(?:any )?(?:forward|further|ahead|to the (?:next|final|second|last|interview|onsite) (?:stage|round|step|phase))"),
    fam("grammar: no interview will be arranged", 3.5, ("interview",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:arrang|schedul|set\w* up|book|offer|extend)\w*\b{S}\b(?:an? |any |further |the )?interviews?\b"),
    fam("grammar: the profile does not match", 4.0, ("match", "fit", "align"),
        r"\b(?:profile|experience|background|skills?|qualifications?|cv|resume)\b[^.!?;]{0,30}\b(?:doesn't|does not|didn't|did not|"
        r"don't|do not|isn't|is not|aren't|are not)\b (?:quite |fully |entirely |closely |sufficiently |yet )?"
        r"(?:match|fit|align|meet)"),
    fam("grammar: another person was chosen", 4.0, ('candidate', 'applicant', 'person', 'profile', 'individual', 'colleague', 'hire', 'finalist'),
        rf"\b(?:settled|landed|decided|chose|chosen|choose|selected|opted|gone|going|go|went|moving|move|proceed\w*|"
        rf"hired|appointed|recommended|offered|pursue|pursuing|favou?red|prefer\w*|identified)\b{G}\b{_EN_OTHER} {_EN_PEOPLE}s?\b"),
    fam("grammar: the application did not make it", 4.0, ("make it", "through", "among", "successful", "progress", "advance"),
        rf"\b(?:application|candidacy|candidature|you)\b{G}\b(?:did not|didn't|will not|won't|has not|hasn't|have not|haven't) "
        rf"(?:make it|made it|get|got|go|gone|progress|advance|pass|move)\w*\b{S}\b(?:through|to|beyond|past|forward|further)",
        rf"\b(?:were|was|are|is)(?: not|n't) (?:among|one of) (?:those|the|the candidates|the applicants|the people)\b{S}"
        rf"(?:selected|chosen|shortlisted|invited|progress\w*|moving|advanc\w*)"),
    fam("grammar: no offer will be made", 4.0, ("offer",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:extend|mak|offer|present)\w*\b{S}\b(?:an? |the )?(?:offer|{_EN_ROLEWORD})\b"),
    fam("grammar: the role is no longer open", 3.5, ("withdrawn", "cancel", "closed", "hold", "frozen", "eliminated", "no longer", "paused", "filled"),
        rf"\b{_EN_ROLEWORD}s?\b{G}\b(?:has|have|had|was|were|is|are)(?: since| now| also)? (?:been |being )?"
        rf"(?:withdrawn|cancel+ed|closed|put on hold|placed on hold|frozen|eliminated|paused|filled)",
        rf"\b{_EN_ROLEWORD}\b{S}\b(?:is|are) no longer (?:available|open|being recruited)"),
    fam("grammar: not the right match", 4.0, ("match", "fit", "right"),
        rf"\b(?:isn't|wasn't|aren't|not)\b (?:quite |really |necessarily )?(?:the|a|an) ?(?:right|good|close|strong|ideal)? ?(?:match|fit)\b{S}\b(?:for|with)\b",
        r"\b(?:is|was|are)(?:n't| not) (?:quite )?(?:the )?right (?:match|fit)"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("grammar: the application will not go further", 4.0, ("not", "n't", "no longer"),
        starts(r"your (?:application|candidacy|candidature|profile)\b", r"you\b") + r"[^.!?;]{0,25}\b(?:will not|won't|cannot|can't|"
        r"is not|isn't|are not|aren't|has not|hasn't|will no longer|would not|wouldn't|not be)\b[^.!?;]{0,15}?"
        r"\b(?:go|move|progress|proceed|advanc|taken|moved|progressed|considered|continu|carried)\w*\b[^.!?;]{0,15}?"
        r"\b(?:further|forward|ahead|on|beyond)\b",
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* it\b{S}\b(?:to the next|further|forward|any further)"),
    fam("grammar: someone better suited was chosen", 4.0, ("candidate", "someone", "somebody", "applicant"),
        rf"\b(?:proceed\w*|moving|move forward|go with|going|gone|went|continu\w*|opted|chose|chosen|selected|decided|hired|"
        rf"offered|pursu\w*)\b{G}\b(?:candidates?|applicants?) (?:who|whose|with)\b[^.!?;]{0,50}\b(?:more|better|closer|stronger|greater|"
        r"deeper|directly|most)\b",
        rf"\b(?:offered|gone|go|going|went|chose|chosen|selected|hired|decided|moving|move|proceed\w*|settled)\b{G}\b(?:someone|somebody) else\b"),
    fam("grammar: not invited to the next round", 4.0, ("not", "n't", "unable"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:invit\w*|progress\w*|advanc\w*|selected|shortlisted|(?:mov|bring|tak|put)\w* you|proceed\w*)\b"
        rf"{G}\b(?:next|final|second|third|onsite|on-site|later|further|interview) (?:round|stage|step|phase|interviews?)\b"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("grammar: a different direction / not selected", 4.0, ("direction", "not selected", "unsuccessful", "shortlist", "not been"),
        r"\b(?:go|going|gone|went|move|moving|head\w*|take|taking) (?:in )?(?:a )?different direction\b",
        r"\bstatus\b[^.!?;]{0,60}\b(?:not selected|not moving forward|unsuccessful|rejected|declined|closed|archived)\b",
        r"\byou (?:were|have been|are) (?:not|un)(?:successful|selected|shortlisted)\b|\byou were not (?:chosen|shortlisted|selected)\b",
        r"\b(?:on this occasion|this time) you (?:were|have been) unsuccessful\b"),
    fam("grammar: the role went to someone else", 4.0, ("offer", "role", "position", "filled"),
        r"\b(?:offered|given|awarded) (?:the|this) (?:[\w-]+ ){0,3}(?:role|position|job|post) to (?:an?|another|someone|somebody|one)\b",
        r"\bwe have (?:now )?filled the (?:[\w-]+ ){0,3}(?:role|position|vacancy|post)\b"),
    fam("grammar: not the right fit", 3.5, ("fit", "match"),
        r"\b(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:you(?:'re| are)|your (?:profile|experience|background) is) "
        r"(?:quite |the |a )*(?:right |good |strong |best )?(?:fit|match)\b"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
DECISIONS += [
    fam("grammar: others were preferred", 4.0, ("other", "focus", "priorit", "offer", "among", "suitable"),
        r"\bother (?:candidates|applicants|finalists|people)\b[^.!?;]{0,30}\b(?:more closely|better|more fully|more directly)\b",
        r"\b(?:decided|chosen|opted) to (?:focus on|prioriti[sz]e) (?:other |candidates|applicants|people|those)",
        r"\b(?:extended|made|offered|given|awarded) (?:an |the |our )?(?:offer|role|position|job|post)\w* to (?:the other|another|"
        r"a different|an? (?:internal|external)|one of the other)",
        r"\b(?:were|was|are|is)(?: not|n't) among (?:the|those) (?:candidates |applicants )?(?:referred|selected|chosen|shortlisted|"
        r"progress\w*|invited|considered)",
        r"\b(?:assessed|found|deemed|judged) (?:as )?(?:not suitable|unsuitable|not eligible|ineligible)"),
    fam("grammar: the process ends here", 4.0, ("here", "clos", "offer", "interview", "all candidates", "all applicants"),
        r"\b(?:stop|end|close|closing|stopping|ending) (?:the|this|our) (?:process|conversation) here\b",
        r"\bclos\w* (?:out|off) (?:your|the) (?:application|candidacy)",
        r"\b(?:unable|not able|not in a position) to (?:proceed with|extend|make|offer) (?:an|the|our|you an?) offer",
        rf"{_EN_NEG}{S}\b(?:be )?(?:mov|progress|proceed|advanc|tak)\w* (?:you |it )?(?:forward |on )?to (?:an? |the )?interviews?\b",
        r"\b(?:unable|not able|won't be able|will not be able|cannot|can't) to offer you (?:a|an|the) (?:place|position|role|job|spot)\b",
        r"\b(?:clos|end|stop)\w* (?:the|this|our) (?:process|recruitment|search) for all (?:candidates|applicants)"),
    fam("grammar: it does not meet the requirement", 4.0, ("not match", "n't match", "not meet", "n't meet"),
        r"\b(?:it|this|they|which) (?:does not|doesn't|do not|don't) (?:match|meet) (?:our|the) (?:current )?(?:requirement|criteria|needs)"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
_EN_GIVE = r"(?:offer\w*|gave|given|giving|award\w*|fill\w*|recommended|nominated|appointed|allocated|went|gone)"

_EN_ELSE = (r"(?:someone|somebody|another|a different|the other|one of the other|an? (?:internal|external|other|colleague)|"
            r"an(?:other)? (?:\w+ )?candidate)")

DECISIONS += [
    fam("grammar: the role went to someone else", 4.0, ("someone", "somebody", "another", "other", "internal", "external", "candidate"),
        rf"\b{_EN_GIVE}\b (?:the|this|that|our|it|your) (?:\w+ ){{0,3}}?(?:position|role|job|post|place|vacancy|spot|opening|"
        rf"assignment|shift|contract)?\b ?(?:to|with) {_EN_ELSE}\b",
        rf"\b(?:recommended|nominated|appointed|put forward|proposed) {_EN_ELSE}\b[^.!?;]{{0,30}}\b(?:for (?:the )?(?:appointment|post|position|role)|"
        r"who has (?:now )?accepted)"),
    fam("grammar: the offer is withdrawn", 4.0, ("offer",),
        r"\boffer\b[^.!?;]{0,80}\b(?:is|has been|was|will be) (?:therefore |now |hereby |formally )?(?:withdrawn|rescinded|revoked|retracted)",
        r"\b(?:unable|not able) to (?:confirm|honou?r|proceed with) (?:the|your|our) (?:conditional |provisional )?offer",
        r"\b(?:withdraw|rescind|revoke)\w* (?:the|your|our) (?:conditional |provisional )?(?:job )?offer"),
    fam("grammar: a pronoun stands for the application", 4.0, ("not", "n't", "yours"),
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* it\b{S}\bto (?:the|our|your|an?) (?:\w+ ){{0,3}}(?:stage|round|step|phase|interviews?|assessment)",
        rf"{_EN_NEG}{S}\b(?:be )?(?:extend|mak|offer|present)\w* one to you\b",
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* (?:any|all|the remaining) (?:applications|candidacies|candidates)\b[^.!?;]{{0,40}}\bincluding (?:yours|you)\b",
        r"\b(?:application|candidacy|candidature)\b[^.!?;]{0,40}\b(?:will not|won't|is not|isn't|has not|hasn't) (?:be |been )?"
        r"(?:advanced|progressed|moved|taken|considered) (?:further |forward )?(?:in|within|through) (?:the|this|our) (?:process|selection|recruitment)"),
    fam("grammar: the result of a selection stage", 4.0, ("not", "n't", "ineligible", "closed"),
        r"\b(?:you|your (?:application|experience|qualifications|profile)) (?:do|does|did)(?: not|n't) (?:meet|satisfy) (?:the|our) "
        r"(?:minimum |essential |required |basic |stated )?(?:qualifications|requirements|criteria|eligibility)",
        r"\bresult: ?(?:ineligible|not eligible|not qualified|unsuccessful|not selected|fail)",
        r"\b(?:you )?(?:have|has)(?: not|n't) qualified for (?:the )?(?:next|main|final|second|further|written|interview)\b",
        r"\b(?:candidature|candidacy|application)\b[^.!?;]{0,60}\bstands? (?:closed|rejected|cancel+ed)"),
    fam("grammar: not hiring for an open application", 3.5, ("not", "n't"),
        r"\b(?:we are|we're)(?: not|n't) (?:currently |actively |presently )?(?:hiring|recruiting)\b"),
]
