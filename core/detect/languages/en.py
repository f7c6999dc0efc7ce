"""English: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, alt, fam, starts

# The everyday sentences of a rejection, one family per decision idea.
_PHRASE_OBJ = r"(?:(?:your|ur) (?:[\w-]+ )?(?:application|candidacy|candidature|profile|cv|resume)|you\b|with you\b|things)"
# Word-initial negations (so "another" or "nothing" is no "not") written so the engine can skip to their letters.
# "made (no|any) progress with your application" is a delay, not a decision: the verb is a noun there
_NOUN_NOT = "(?<!made )(?<!make )(?<!making )(?<!any )(?<!much )(?<!some )"
# ("we may decide not to proceed if...", "if we decide not to progress" are hedges and conditions, not decisions)
# ("don't forget to / do not hesitate to proceed with your application" urges the reader on: nothing is negated)
_PHRASE_NEG = alt("n(?<![a-z0-9']n)(?<!decide n)(?<!decides n)(?<!choose n)(?<!chooses n)(?<!may n)(?<!might n)ot\\b(?! yet\\b)(?! (?:forget|hesitate|delay|miss)\\b)", starts("no longer", "unable to", "cannot", "decided against"), r"n't(?! yet\b)(?! (?:forget|hesitate|delay|miss)\b)")
# "...your application just yet", "an offer yet": a delay
_NOT_YET = r"(?![^.!?;,]{0,30}\byet\b)(?![^.!?;]{0,30}\bwithout your (?:consent|permission|approval|agreement|go-ahead)\b)"
# what an offer of a slot, a salary or terms is about: not the job itself
_NOT_TERMS = (r"(?! (?:at|on|with|for) (?:the|that|this|your|a|those|these) (?:[\w-]+ )?(?:salary|rate|grade|level|terms|package|"
              r"figure|hours|pay|day rate)\b)")
_NOT_OFFERED_THING = (r"(?!(?:[\w-]+ ){0,2}?(?:slot|time|date|day|session|appointment|call|meeting|room|parking|refund|discount|lift|"
                      r"ride|drink|coffee|tour|seat|ticket|place at|answer|update|decision|feedback|estimate|salary|raise|pay|bonus|"
                      r"relocation|sign-on|signing|remote|hybrid|flexible|part-time|higher|bigger|better|more|earlier|later|"
                      r"extension|extra|start date)s?\b)")
# a choice made only if, when or maybe ("if the hiring manager decides to go with another candidate"), or only talked
# over ("we talked about going with another candidate, but we'd rather extend your trial")
_NOT_HYPOTHETICAL = ("(?<!decide to )(?<!decides to )(?<!may )(?<!might )(?<!could )(?<!not decided to )(?<!n't decided to )"
                     # ("only shortlisted candidates will be contacted; we may otherwise go with other applicants")
                     "(?<!otherwise )"
                     "(?<!about )(?<!considered )(?<!considering )"
                     # ...or nearly made ("we nearly went with another finalist, but your case study won it")
                     "(?<!nearly )(?<!almost )(?<!close to )"
                     # ...or only supposed ("if we have not contacted you by then, we will have selected other applicants")
                     "(?<!will have )(?<!would have )(?<!'ll have )(?<!'d have )"
                     # ...or as history before better news ("they previously went with another candidate, but the role
                     # has reopened", "originally offered to another candidate who declined")
                     "(?<!previously )(?<!originally )(?<!initially )"
                     # ...or guessed ("the job has been closed by the employer: they may have hired another candidate")
                     "(?<!may have )(?<!might have )(?<!could have )(?<!must have )")
_NOT_IF_THE = ("(?<!if the )(?<!if this )(?<!if that )(?<!if our )(?<!event that the )(?<!event the )(?<!in case the )"
               "(?<!once the )(?<!until the )(?<!when the )(?<!whether the )(?<!unless the )")
# a rule for a class of candidates, not said of the reader: "candidates who are not the right fit may be considered for
# similar vacancies" (an acknowledgement's small print)
_NOT_WHO = "(?<!who )(?<!who are )(?<!who were )(?<!that are )(?<!that were )"
_NOT_SAVED = (r"(?! (?:you|you've|you have) (?:saved|viewed|liked|bookmarked|followed|starred|searched|looked at|were interested in|"
              r"asked about|enquired about|inquired about)\b)")
# "a different direction with the interview format / for the office move": another matter than the candidacy
_NOT_OTHER_MATTER = (r"(?! (?:with|for|on|in) (?:the|our|this|that) (?:[\w-]+ ){0,2}?(?:format|venue|event|design|office|project|"
                     r"brand|branding|logo|website|campaign|marketing|product|menu|catering|schedule|agenda|budget|supplier|vendor|"
                     r"move|launch|conference|party|layout|structure of the interview|interview (?:format|questions|structure))\b"
                     r"(?! (?:[\w-]+ )?(?:manager|role|position|job|post|vacancy|assistant|coordinator|lead|administrator)\b))")
# a fit or match for a thing, not for the role ("the venue isn't the right fit for the assessment day")
_NOT_FIT_FOR_A_THING = (r"(?! for (?:the |our |this |that |a |an |large |big |small )?(?:[\w-]+ ){0,2}?(?:meetings?|venue|events?|room|"
                        r"office|space|format|purpose|occasion|size|budget|schedule|timeline|day|photo|id|caterer|catering)\b)")
# a favour, not the job ("we can't offer you a lift to the interview", "an earlier start date")
_NOT_A_FAVOUR = (r"(?! (?:you )?(?:an? |the |any |your |that |this )?(?:[\w-]+ ){0,2}?(?:lift|ride|slot|time|date|session|"
                 r"appointment|refund|discount|drink|coffee|tour|seat|ticket|salary|raise|pay|bonus|start date|extension|"
                 r"parking|expenses|travel)s?\b)")
# "gone elsewhere for the office furniture", "keep looking for a bigger office": a search for a thing, not a hire
_NOT_FOR_A_THING = (r"(?! for (?:the|our|a|an|this|that|some|new|another|bigger|smaller|cheaper) (?!(?:[\w-]+ ){0,3}?(?:role|position|job|"
                    r"post|vacancy|candidate|applicant|person|hire|opening|team member|someone)s?\b))")
# "hired someone else to run the assessment day": a purpose, not the reader's job
_NOT_A_TASK = (r"(?! to (?:cover|help|run|do|take|look|fix|handle|swap|drive|collect|stand|lead|organi[sz]e|manage|deliver|cater|"
               r"clean|host|chair|sit on|interview|assess|review)\b)")
# the other person is chosen beside the reader or for another part of the process, not instead of the reader: "another
# colleague to the interview panel", "another interviewer for your technical round", "a different person to run the
# case study", "other candidates with similar experience", "moving other candidates forward too, yours included"
# the word for the person is the first half of a thing's name: "a different hire car", "another profile photo", "a
# different candidate build", "another individual plan"
_NOT_A_COMPOUND = (r"(?! (?:cars?|vans?|vehicles?|company|firm|shop|equipment|kit|bikes?|fleet|agreement|period|charges?|costs?|"
                   r"photos?|pictures?|pics?|images?|pages?|settings?|links?|banners?|headers?|builds?|release|versions?|sites?|"
                   r"dates?|genes?|drugs?|list|branch|patch|fix|key|plans?|membership|policy|account|package|tariff|tickets?|"
                   r"pass|lessons?|subscription|licen[cs]e|"
                   # ...or of the hiring side's tools: "we chose a stronger candidate pool this year", "a different
                   # applicant tracking system"
                   r"pools?|base|experience|journey|portals?|database|network|community|pipelines?|sourcing|tracking|"
                   r"screening|management|engagement)\b)")
# ...or a thing chosen after a bare "another" / "a different": "we've chosen a different hotel" (not a person named by
# a thing's word: "another project manager", "a different software engineer")
_NOT_A_THING = (r"(?! (?:[\w-]+ )?(?:hotel|flight|train|route|room|venue|date|time|slot|car|van|photo|picture|image|supplier|"
                r"vendor|provider|agency|firm|company|plan|package|option|restaurant|caterer|design|logo|colou?r|theme|"
                r"template|format|approach|layout|location|site|office|desk|seat|laptop|phone|device|tool|platform|system|"
                r"software|version|build|release|font|name|title|product|model|policy|tariff|menu|book|film|song|topic|"
                r"question|task|exercise|project)s?\b(?! (?:[\w-]+ )?(?:manager|engineer|analyst|lead|officer|coordinator|"
                r"assistant|secretary|director|administrator|developer|designer|owner|specialist|consultant|technician|"
                r"supervisor|worker|operative|nurse|mechanic|driver|executive|associate|architect|scientist|planner|"
                r"controller|head|partner|advis[eo]r|representative|rep|agent|buyer|tester)s?\b))")
# ...named between commas, then given the reader's step ("another colleague, Priya, to sit on the panel"), or asked
# to join it ("we've decided to have another person join, our CTO, as she'll be your manager", "...join your interview")
_NAMED_BESIDE_YOU = (r"(?!(?: (?:[\w-]+ )?(?:colleague|person|member of staff|manager|interviewer))?,(?: [a-z]+){1,3}, "
                     r"(?:(?:to (?:sit on|join|chair|be on)|on|onto) (?:the|your|our) (?:[\w-]+ )?panel\b|to (?:lead|run|"
                     r"conduct|take|chair|sit in on|join) (?:the|your|our) (?:[\w-]+ ){0,2}?(?:interview|call|session|"
                     r"assessment|panel)s?\b))"
                     # ...or named with an address, then given a task: "another colleague, Jo Park (jo@...), to cover my inbox"
                     # (not "another candidate, Jo Park, to run the Leeds branch": that is the job)
                     r"(?!,[^,.!?;]{1,60}, to (?:cover|look after|deal with|handle|answer|monitor|stand in for) (?:my|our|the|his|her) "
                     r"(?:[\w-]+ )?(?:inbox|e-?mails?|calls|queries|enquiries|desk|absence|leave)\b)"
                     r"(?! join(?:,| (?:us|you)\b| (?:the|your|our) (?:[\w-]+ )?(?:interview|panel|call|meeting|session|chat)s?\b))")
# ...or offered a step of their own, not the job: "we offered other applicants a phone screen first"
_OFFERED_A_STEP = (r"(?! (?:an? |the |their )?(?:[\w-]+ )?(?:phone screens?|screening calls?|video interviews?|interview slots?|"
                   r"slots?|call-?backs?|trial shifts?|trial days?)\b)")
_BESIDE_YOU = (_NOT_A_COMPOUND + _NAMED_BESIDE_YOU + _OFFERED_A_STEP + r"(?!'s\b)(?!' )(?! (?:first|across|along|the same|a similar|similar)\b)(?! (?:to (?:cover|help|run|do|lead|chair|sit on|interview|assess|observe|present|host|meet you|deliver|"
               r"teach|train|coach|mentor|support|facilitate|represent|attend|speak|judge|organi[sz]e|travel|accompany|"
               r"stand in|cover for)\b|(?:who|that) (?:could|can|will|would|might|may)\b|as (?:its|their) |"
               r"(?:to|on|onto|to join|to sit on) (?:the|your|our|each|every) (?:[\w-]+ )?panel\b|"
               # moved to a place: "two other colleagues onto your floor while the second floor is refurbished"
               # ...or into an interview slot the reader cannot make: "we will move another candidate into that slot"
               r"(?:on ?to|into|in to|to) (?:your|the|our|their|a|that|this) (?:[\w-]+ )?(?:floor|office|building|desks?|site|room|"
               r"space|wing|corridor|rota|shift|workstream|slot|timeslot)s?\b|"
               r"(?:with|of) (?:similar|the same|comparable)\b|(?:forward )?(?:too|as well|alongside|at the same time)\b))"
               # ...unless the job itself is named right after the choice: "other people for the bar job, cheers for the
               # trial shift" (not "for the job fair")
               r"(?:(?= for (?:the|this|that|our) (?:[\w-]+ ){0,2}?(?:role|position|job|post|vacancy|opening)s?\b"
               r"(?! (?:fairs?|clubs?|centre|center|boards?|search|hunt|swap|share|shadowing)\b))|"
               r"(?![^.!?;]{0,40}?\b(?:for (?:your (?:[\w-]+ )?(?:interview|round|stage|call|session)|(?:the|our) (?:[\w-]+ ){0,2}?"
               r"(?:session|case study|panel|lunch|induction|shift|rota|slot|talk|keynote|competition|contest|award|prize|morning|afternoon|"
               r"training|project|event|fair|conference|workshop|webinar|seminar|course|class|meetup|offsite|away day|retreat|"
               # ...or a scheme staff join beside their job: "other people for the hybrid working pilot / the focus group"
               r"trip|visit|party|dinner|pilot|focus group|study|survey|photo ?shoot|"
               # ...or a home or a pet: "we went with another person for the room"
               r"room|flat|apartment|house|houseshare|flatshare|tenancy|lease|sublet|puppy|kitten|dog|cat)s?\b"
               r"(?![^.!?;]{0,40}\b(?:role|position|job|post|vacancy|opening)s?\b)))))"
               r"(?![^.!?;]{0,90}?\b(?:yours included|including (?:you|yours|yourself)|as well as (?:you|yours|yourself)|and (?:you|yourself)|in addition to "
               r"(?:you|yours)|besides (?:you|yours|yourself)|both of you|(?:the )?(?:two|three) of you)\b)"
               # another day of interviews: "the panel has selected other candidates for Monday"
               r"(?! for (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the other days?)\b)"
               # someone picked to do something with the reader: "another colleague to conduct your interview", "to take you
               # through the next steps", "another new hire, Sara, to be your buddy", "other people to sit in as observers"
               r"(?![^.!?;]{0,30}? to (?:take|conduct|run|lead|meet|interview|call|contact|speak (?:with|to)|talk (?:with|to)|walk|"
               r"show|guide|be|mentor|coach|train|onboard|welcome|greet|look after|work with|sit (?:in|with)) "
               r"(?:[\w-]+ ){0,2}?(?:you|your)\b)"
               r"(?![^.!?;]{0,40}?\bas (?:an? )?(?:observers?|interviewers?|panell?ists?|assessors?|buddy|buddies|mentors?|"
               r"note-?takers?)\b)"
               # ...or stands by the reader: "another person as your referee / interpreter / emergency contact"
               r"(?![^.!?;]{0,40}?\bas your (?:[\w-]+ )?(?:referee|reference|interpreter|companion|support worker|buddy|mentor|"
               r"emergency contact|chaperone|witness|guarantor)s?\b)")
# a choice proposed or made beside the reader: "we should go with the other candidate", "we're also moving other..."
_NOT_PROPOSED = ("(?<!should )(?<!let's )(?<!lets )(?<!shall )(?<!also )(?<!suggest we )(?<!often )(?<!usually )"
                 "(?<!typically )(?<!generally )(?<!sometimes )(?<!tend to )(?<!always )(?<!rarely )"
                 # hiring in general or reported ("companies go with internal people", "employers said they chose...")
                 "(?<!companies )(?<!employers )(?<!recruiters )(?<!managers )(?<!firms )(?<!businesses )"
                 "(?<!organisations )(?<!organizations )(?<!said they )(?<!say they )(?<!says they )"
                 # ...or a share of them in a survey ("62% of employers who favoured other candidates never gave feedback")
                 "(?<!employers who )(?<!employers that )(?<!companies who )(?<!companies that )(?<!recruiters who )"
                 "(?<!managers who )(?<!firms who )(?<!firms that )"
                 # the reader's own choice to make: "you may want to move forward with another finalist"
                 "(?<!you may want to )(?<!you might want to )(?<!you may wish to )(?<!you could )(?<!you can )"
                 # ...or asked of the reader: "please choose another individual to act as your referee", "could you
                 # select a different person as your emergency contact?"
                 "(?<!please )(?<!could you )(?<!can you )(?<!would you )(?<!need you to )(?<!ask you to )"
                 "(?<!asked you to )(?<!you need to )(?<!you'll need to )(?<!you will need to )(?<!you must )"
                 # ...or the reader's own wish: "if you'd prefer a different person as your interpreter"
                 "(?<!if you )(?<!you'd )(?<!you would )(?<!kindly )(?<!free to )"
                 # ...or a habit or a case ("when we choose another candidate, we always offer a feedback call")
                 "(?<!when we )(?<!whenever we )(?<!when they )(?<!whenever they )(?<!if we )(?<!if they )")
# the gap between the choice and the other person holds neither the reader nor a comparison ("picked you over two other
# finalists", "selected you and two other candidates", "selected from over 200 other applicants"): the reader won
# (nor the field the chosen one came from: "chose Priya after a search of 200 other candidates")
_GAP_NOT_YOU = r"(?:(?!\b(?:you|from|among|over|ahead of|above|than|beat\w*|(?:search|pool|field) of)\b)[^.!?;]){0,60}?"
# ...nor another verb whose object the other people are: a question put to them, thanks, news or a meeting ("I'm going
# to ask other people in the team for a second opinion", "we decided to thank other people who helped", "we went on to
# meet other finalists on Tuesday", "we opted to run the interviews with other people"), nor a new clause ("keen to move
# quickly, so we're also talking to other candidates")
_GAP_NOT_ASKING = (r"(?:(?!\b(?:you|from|among|over|ahead of|above|than|beat\w*|(?:search|pool|field) of|ask|asking|consult\w*|check with|thank|tell|"
                   r"inform|notify|let|update|brief|welcome|meet|meeting|talking|speaking|run|hold|conduct|share|discuss|review|"
                   r"compare|staff|schedule|arrange|so we|so we're|but we|while|"
                   # ...nor the people seen or interviewed ("we're going to see other people this week")
                   r"see|seeing|interview|interviewing)\b)[^.!?;]){0,60}?")
# the other people are no rival of the reader's: they come from the reader's own team or course, were hired in years
# past, will tell the reader about the role, or have their own slot beside the reader's ("offered other people interview
# slots in the morning; yours is at 2pm")
_NOT_RIVALS = (r"(?! from your\b)(?![^.!?;]{0,60}\b(?:last (?:year|time|spring|summer|autumn|winter)|years? ago|in the past|"
               r"in (?:19|20)\d\d)\b)(?![^.!?;]{0,40}?\b(?:who|that) (?:can|could|will|would|'ll) (?:[\w-]+ ){0,3}?(?:you|your)\b)"
               r"(?![^.!?]{0,80}\byours (?:is|will be|stays|remains)\b)"
               # ...or others picked too, with the reader among the chosen ("picked other people from that round too")
               r"(?![^.!?;]{0,40}? (?:too|as well)\b(?! (?:late|early|many|much|long|soon)\b))"
               # ...or go on with the reader: "selected one other finalist; you will both present on Friday"
               r"(?![^.!?]{0,60}\b(?:you(?:'ll| will)? both|both of you|(?:the )?(?:two|three) of you|you two)\b)"
               # ...or go first, the reader's own step booked after them ("other candidates to sit the test first, so
               # your test is on Friday"), or the reader starts beside them ("...so you'll have support when you start")
               r"(?![^.!?]{0,80}\byour (?:[\w-]+ )?(?:test|interview|slot|call|assessment|session|exercise|presentation|trial|"
               r"turn) (?:is|will be) (?:now |still )?(?:on|at|in|booked|scheduled|set)\b)"
               r"(?![^.!?]{0,80}\bwhen you (?:start|join|arrive|begin)\b(?! (?:a|an|your|another|the next|looking|applying|"
               r"searching)\b))"
               # ...or turned the post down, so it comes to the reader ("offered to another candidate who declined")
               r"(?! (?:who|that|but (?:he|she|they)) (?:has |have |had )?(?:declined|turned (?:it|us|the offer|the role|the job) down|"
               r"withdrew|withdrawn|pulled out|dropped out|backed out)\b)")
# many others hired in general, not a rival: "we have hired a lot of other people through this programme"
_NOT_MANY = "(?<!lot of )(?<!lots of )(?<!many )(?<!plenty of )(?<!hundreds of )(?<!dozens of )(?<!loads of )"
_CHOSE = (r"(?:decided|chosen|chose|choose|elected|opted|selected|select|offered|go|gone|going|went|move|moving|proceed|proceeding|"
          r"pursue|pursuing|progress|progressing|continue|continuing|hired|appointed|extended (?:an|the) offer)")
DECISIONS: list[Family] = [
    fam("decided not to take the application further", 4.0, ("not", "n't", "no longer", "unable", "against"),
        # one negation, then any of three verb shapes (scanned once, not three times)
        rf"{_PHRASE_NEG}{S}\b(?:{_NOUN_NOT}(?:proceed|proceeding|progress|progressing|continue|continuing|advance|advancing|pursue|pursuing|consider|"
        rf"considering)\b{S}(?:forward|ahead|further)?{S}\b(?:with )?{_PHRASE_OBJ}|"
        rf"(?:move|moving|go|going|take|taking|put|putting)\b{S}\b(?:forward|ahead|further)\b{S}\b(?:with )?{_PHRASE_OBJ}|"
        rf"(?:take|taking|move|moving|put|putting) {_PHRASE_OBJ}{S}(?:forward|further)){_NOT_YET}",
        r"(?:decided|opted|elected|chosen|chose) not to (?:move forward|move ahead|go forward|proceed|progress|continue|pursue|go ahead|go further|take (?:it|this|things) further|advance)"
        # "...with the loft conversion / the draft" is about something else; "with the recruitment" is still the job
        # ("...with your refund request" is no application either)
        r"(?! with (?:the|a|an|our|this|that|my|your) (?!(?:[\w-]+ ){0,2}?(?:application|candidacy|candidature|process|"
        r"recruitment|role|position|hiring|search|vacancy|job|profile|cv|resume|submission)\b))",
        r"(?:decided|chosen|opted|elected) to (?:not|no longer) (?:move|proceed|progress|continue|pursue|consider)",
        r"no longer (?:be )?(?:under|in) (?:active )?consideration|no longer (?:being )?considered"),
    fam("chose other candidates", 4.0, ('candidate', 'applicant', 'person', 'profile', 'individual', 'someone', 'somebody'),
        rf"\b(?<!not )(?<!n't )(?<!never ){_NOT_HYPOTHETICAL}{_NOT_PROPOSED}{_CHOSE}\b{_GAP_NOT_ASKING}\b(?:other|another|alternative|different|more (?:suitable|qualified|experienced)|stronger|internal) (?:candidate|applicant|person|profile|individual)s?\b"
        r"(?! (?:alongside|as well as you|at the same time as you|and you)\b)" + _BESIDE_YOU +
        # the reader's own step stands beside the others' ("other candidates interviews next week; yours is on the 3rd")
        # (a date or a round after it: "...but yours will be kept on file" is the no)
        r"(?![^.!?]{0,80}\byours (?:is|will be|stays|remains) (?:now |still )?(?:(?:on|at|in|booked for|scheduled for|set for|"
        r"confirmed for) )?(?:the )?(?:second|third|next|later|following|final|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d))",
        # "a candidate" with no "other": only when no negation comes between ("when we decide not to move forward with a
        # candidate, we call them" is about someone else)
        rf"\b(?<!not to )(?<!not )(?<!n't ){_NOT_HYPOTHETICAL}{_CHOSE}\b(?:(?!\bnot\b|n't\b)[^.!?;]){{0,60}}?\b(?:a|an) (?:candidate|applicant|person|profile|individual)s?\b"
        r"(?!-)(?! (?:alongside|as well as you|at the same time as you|and you)\b)",  # not a "candidate-led" format
        rf"\b(?:decided|chosen|chose|opted|elected|go|gone|going|went|offer(?:ed)? (?:the|this) (?:position|role|job) to)\b{S}\b(?:with )?(?:someone|somebody|a candidate|another candidate) (?:else|who|whose|with)"
        r"(?! for (?:the|this|that|your|a) (?:[\w-]+ )?(?:slot|time|date|day|session|call|meeting|panel|shift|talk|keynote)\b)",
        r"\bcandidates? (?:whose|who) (?:experience|skills|background|profile|qualifications)s?\b[^.!?;]{0,40}\b(?:more closely|better|more directly)"),
    fam("application unsuccessful", 4.0, ('unsuccessful', 'not', "n't"),
        rf"\b(?:application|candidacy|you)\b{S}\b(?:was|were|has|have|is|are|had)(?: been| not been)?{S}\b(?:unsuccessful|not (?:been )?(?:successful|selected|shortlisted|chosen|progressed|accepted))",
        r"\b(?:you|your application) (?:have|has|had|were|was) not been (?:selected|shortlisted|chosen|successful|progressed)",
        r"\bnot been selected (?:to|for)\b", r"\b(?:unsuccessful|not successful) on this occasion"),
    fam("will not invite or offer", 3.5, ('invit', 'offer', 'extend', 'giv'),
        rf"{_PHRASE_NEG}{S}\b(?:be )?(?:invit\w*|offer\w*|extend\w*|giv\w*)\b{S}\byou\b{_NOT_A_FAVOUR}{S}\b(?:interview|position|role|job|offer|next|further|final|an? "
        rf"{_NOT_OFFERED_THING}){_NOT_TERMS}{_NOT_YET}",
        rf"(?:unable|not able|not in a position) to offer you (?:the |a |an |that |this |another |any |your )?{_NOT_OFFERED_THING}"
        rf"(?:[\w-]+\b){_NOT_TERMS}{_NOT_YET}"),
    fam("position filled", 3.5, ('filled',),
        rf"\b{_NOT_IF_THE}(?:position|role|vacancy|job|opening|post|requisition)s?\b{_NOT_SAVED}[^.!?;]{{0,40}}(?:\b(?:has|have|was|were|is|are)|'s)(?: now| already| since)? (?:been )?filled(?! by you\b)",
        r"\b(?:we(?:'ve| have)?|has|have|had) (?:now |already |since )?filled (?:the|this|that|our|your) (?:\w+ ){0,5}?(?:position|role|vacancy|job|opening|post|"
        r"spot|place)",
        r"(?:^|(?<=[.!?,:] ))(?:sorry,? |unfortunately,? |sadly,? )?(?:the )?(?:position|role|job|vacancy|post)(?: has| is| was|'s)?"
        r"(?: now| already)? (?:been )?filled\b(?= ?[.!,;]|$)"),
    fam("not a match", 3.5, ('match', 'fit', 'suitable'),
        r"\bnot (?:a |an )?(?:close|good|strong|near|clear) enough (?:match|fit)\b",
        # (not a rule for a class of candidates: "candidates who are not the right fit may be considered for...")
        r"\b" + _NOT_WHO + r"(?:not|isn't|wasn't|n't) (?:be )?(?:a|the|quite the|quite a|an? (?:good|strong|close)|the right|the best) (?:right |good |close |strong )?(?:match|fit)\b"
        + _NOT_FIT_FOR_A_THING,
        r"(?:don't|do not|didn't|did not) (?:feel|think|believe) (?:it is|it's|it was|there is|there's|you are|you're|your (?:profile|experience|background) is) (?:a|the right|quite the right)?\s?(?:match|fit|suitable)",
        r"\bno (?:suitable|matching) (?:opening|position|role|vacancy) for you",
        r"(?:don't|do not) (?:think|feel) (?:there is|there's) a suitable (?:opening|position|role)"),
    fam("hiring freeze closes the application", 3.5, ('freeze', 'paused', 'closed', 'cancel', 'withdraw', 'hold', 'eliminated', 'frozen', 'clos', 'unable', 'not able',
                                                       'pull', 'scrap', 'shelve'),
        # (not a freeze lifted or thawing: "several firms have quietly lifted hiring freezes", "hiring freezes thaw")
        r"\b(?<!lifted )(?<!lifting )(?<!lift )(?<!lifts )(?<!ended )(?<!ending )(?<!end )(?<!ends )(?<!eased )(?<!easing )"
        r"(?<!scrapped )hiring freeze(?! (?:has|have|had|was|is)(?: now| been| finally)* (?:lifted|ended|over|removed))"
        r"(?!s? (?:are |were |have |has |had |is |was )?(?:now |being |been |slowly |finally )?(?:thaw|lift|end|eas)\w*)|\bfreeze on (?:all )?(?:external )?hiring|\bpaused (?:all )?(?:external )?(?:hiring|recruitment|recruiting)",
        # (not a condition: "your application will be closed automatically if the vacancy is withdrawn")
        r"\b" + _NOT_IF_THE + r"(?:position|role|vacancy|requisition|opening|job)s?\b[^.!?;]{0,30}\b(?:has been|have been|was|"
        r"were|is being|is now|is|are being) (?:closed|cancel+ed|withdrawn|put on hold|paused|eliminated|frozen)",
        r"\bclos(?:e|ed|ing) (?:all |the |your )?(?:open |remaining )?(?:applications|candidacies|application|candidacy)\b",
        # the hiring side withdraws the post itself ("we have decided to withdraw the vacancy")
        r"\b(?:decided|had|chosen|opted|needed|need) to (?:withdraw|cancel|close|pull|freeze|scrap|shelve) (?:the|this|that|our) "
        r"(?:[\w-]+ ){0,3}?(?:vacancy|role|position|post|job|opening|requisition)\b(?! (?:advert|ad|posting|listing)\b)",
        r"(?:unable|not able) to (?:continue|proceed|progress) with (?:your|any) (?:application|candidac)"),
    fam("status: rejected", 3.5, ('rejected', 'declined', 'status'),
        r"\b(?:application )?status: ?(?:rejected|declined|not selected|unsuccessful|not progressing|closed - not selected)"
        r"(?! by (?:the )?(?:candidate|applicant|you)\b)",
        r"\b(?:rejected|declined)(?<!not rejected)(?<!not declined)(?<!n't rejected)(?<!n't declined)(?<!never rejected)"
        r"(?<!never declined) your application\b"),
]


# The hiring side as the subject of a clause ("..., so they won't proceed"): each subject first (the engine skips to its
# letter), then fixed-width look-behinds that it opens the clause, so "if we don't hear back we won't proceed" is no decision.
_EN_SIDES = ("we", "they", "he", "she", "the client", "the company", "the employer", "the team", "the panel", "the hiring manager",
             "the business", "the organisation", "the organization")
_EN_OPENERS = ("^", "[.!?;,] ", "- ", "\\band ", "\\bbut ", "\\bso ", "\\bthat ", "\\bafraid ", "\\bunfortunately ", "\\bsadly ",
               "\\bregrettably ")
_EN_SIDE_OPENS = "(?:" + "|".join(f"\\b{w}\\b(?:" + "|".join(f"(?<={o}{w})" for o in _EN_OPENERS) + ")" for w in _EN_SIDES) + ")"

# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
_EN_NEG = _PHRASE_NEG

# Verbs that mean "take the candidacy on" by themselves; the everyday ones (move, take, put, go, carry, bring)
# only count with "forward/further/ahead", so "I can't take you to the airport" says nothing about a job.
_EN_VERB = _NOUN_NOT + alt("proceed", "progress", "advanc", "continu", "pursu", "invit", "shortlist", "select", "consider",
               r"(?:mov|tak|put|push|carr|bring|go)\w* (?:you |yours |your (?:application|candidacy) |it |this |things )?(?:any )?"
               r"(?:forward|further|ahead|to the (?:next|final|second|last|interview|onsite) (?:stage|round|step|phase))")

_EN_OBJ = alt(r"your (?:[\w-]+ )?(?:application|candidacy|candidature|profile|cv|resume|submission)", r"yours\b", r"you\b(?!')",
              r"with (?:you|it)\b")

_EN_ROLEWORD = alt("role", "position", "job", "post", "vacancy", "opening", "requisition", "posting")

_EN_OTHER = alt("other", "another", "different", "alternative", "stronger", "internal", "more (?:experienced|suitable|qualified)",
                "a different", "an internal", "one other", "a stronger")

_EN_PEOPLE = alt("candidate", "applicant", "person", "profile", "individual", "colleague", "hire", "finalist", "people", "folk")

# The decision with its subject left out after the review it follows (session 23): "We've reviewed it carefully and
# won't be moving forward this time" (the application reviewed; not a proposal or a plan, which the look-alikes read)
DECISIONS += [
    fam("grammar: reviewed, and not moving forward", 4.0, ("forward",),
        r"\breviewed (?:it|your (?:application|cv|resume|profile|candidacy)|them)(?: (?:carefully|closely|in detail))? and "
        r"(?:we )?(?:won't|will not|are not|aren't|have decided not to|decided not to) (?:be )?(?:moving|move|going|go|taking it) "
        r"forward\b(?! with (?:the|our|a) )"),
]

DECISIONS += [
    fam("grammar: not taking the application further", 4.0, ("not", "n't", "no longer", "unable", "cannot", "against"),
        # one negation, then three shapes (scanned once)
        rf"{_EN_NEG}{S}\b(?:{_EN_VERB}\w*\b{S}\b{_EN_OBJ}|"
        rf"(?:be )?{_EN_VERB}\w* (?:any |it |this )?(?:further|forward|ahead)\b{S}\b(?:with )?(?:your|the) (?:application|candidacy)|"
        rf"(?:mov|tak|put|push|carr|bring)\w* (?:you|yours|your (?:application|candidacy|candidature|profile)) "
        r"(?:any )?(?:forward|further|ahead|to the (?:next|final|second|last|interview|onsite) (?:stage|round|step|phase)))" + _NOT_YET),
    fam("grammar: no interview will be arranged", 3.5, ("interview",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:arrang|schedul|set\w* up|book|offer|extend)\w*\b{_NOT_A_FAVOUR}{S}\b(?:an? |any |further |the )?interviews?\b"
        r"(?! (?:candidates|panels?|rooms?|slots?|expenses|travel|guide|tips)\b)"
        # a day or an hour the panel cannot do: "we cannot offer interviews on Fridays"
        r"(?! (?:on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|that day|that date|those dates)|"
        r"at (?:that|this) time|(?:this|next) week|before|after|until|till)\b)"),
    fam("grammar: the profile does not match", 4.0, ("match", "fit", "align", "not meet", "n't meet", "not fully meet",
                                                      "not quite meet", "n't fully meet", "n't quite meet"),
        # (not a rule for all applicants or a condition: "applicants whose experience does not meet the criteria will not be
        # contacted", "if your skills don't match")
        r"\b(?<!whose )(?<!if your )(?<!unless your )(?<!if the )(?<!where your )(?:profile|experience|background|skills?|"
        r"qualifications?|cv|resume)\b[^.!?;]{0,30}\b(?:doesn't|does not|didn't|did not|"
        r"don't|do not|isn't|is not|aren't|are not)\b (?:quite |fully |entirely |closely |sufficiently |yet )?"
        r"(?:match|fit|align|meet)"),
    fam("grammar: another person was chosen", 4.0, ('candidate', 'applicant', 'person', 'profile', 'individual', 'colleague', 'hire', 'finalist',
                                                   'people', 'folk'),
        rf"\b(?<!not )(?<!n't )(?<!never ){_NOT_HYPOTHETICAL}{_NOT_PROPOSED}(?:settled (?:on|for)|landed on|decided|chose|chosen|choose|selected|opted|gone|"
        rf"going|go|went|moving|move|proceed\w*|"
        rf"hired|appointed|recommended|offered|pursue|pursuing|favou?red|prefer(?!s?\b)\w*|identified|picked|pick|took|taken|employed|"
        rf"engaged|recruited)\b{_GAP_NOT_ASKING}\b{_NOT_MANY}{_EN_OTHER} {_EN_PEOPLE}s?\b" + _BESIDE_YOU + _NOT_RIVALS),
    fam("grammar: the application did not make it", 4.0, ("make it", "through", "among", "successful", "progress", "advance",
                                                          "to the next", "to the final", "to the second", "to the third",
                                                          "to the last"),
        rf"\b(?:application|candidacy|candidature|you|cv|resume|profile)\b{G}\b(?:did not|didn't|will not|won't|has not|hasn't|have not|"
        r"haven't) "
        rf"(?:make it|made it|get|got|go|gone|progress|advance|pass|move)\w*\b{S}\b(?:through|to|beyond|past|forward|further)\b",
        rf"\b(?:were|was|are|is)(?: not|n't) (?:among|one of) (?:those|the|the candidates|the applicants|the people)\b{S}"
        rf"(?:selected|chosen|shortlisted|invited|progress\w*|moving|advanc\w*)"),
    fam("grammar: no offer will be made", 4.0, ("offer",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:extend|mak|offer|present)\w*\b{S}\b(?:an? |the )?(?:offer|{_EN_ROLEWORD})\b{_NOT_TERMS}{_NOT_YET}"),
    fam("grammar: the role is no longer open", 3.5, ("withdrawn", "cancel", "closed", "hold", "frozen", "eliminated", "no longer", "paused", "filled"),
        rf"\b{_NOT_IF_THE}{_EN_ROLEWORD}s?\b{_NOT_SAVED}{G}\b(?:has|have|had|was|were|is|are)(?: since| now| also)? (?:been |being )?"
        rf"(?:withdrawn|cancel+ed|closed|put on hold|placed on hold|frozen|eliminated|paused|filled)(?! by you\b)",
        rf"\b{_NOT_IF_THE}{_EN_ROLEWORD}\b{_NOT_SAVED}{S}\b(?:is|are) no longer (?:available|open|being recruited)"
        r"(?! to (?:external|internal|outside|new|agency|further)\b)"),  # still open to the reader's kind of applicant
    fam("grammar: not the right match", 4.0, ("match", "fit", "right"),
        rf"\b{_NOT_WHO}(?:isn't|wasn't|aren't|not)\b (?:quite |really |necessarily )?(?:the|a|an) ?(?:right|good|close|strong|ideal)? ?(?:match|fit)\b{_NOT_FIT_FOR_A_THING}{S}\b(?:for|with)\b",
        r"\b(?<!who )(?:is|was|are)(?:n't| not) (?:quite )?(?:the )?right (?:match|fit)\b" + _NOT_FIT_FOR_A_THING),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("grammar: the application will not go further", 4.0, ("not", "n't", "no longer"),
        starts(r"your (?:application|candidacy|candidature|profile)\b", r"you\b") + r"[^.!?;]{0,25}\b(?:will not|won't|cannot|can't|"
        r"is not|isn't|are not|aren't|has not|hasn't|will no longer|would not|wouldn't|not be)\b[^.!?;]{0,15}?"
        r"\b(?:go|mov|progress|proceed|advanc|tak|considered|continu|carr)\w*\b[^.!?;]{0,15}?"
        r"\b(?:further|forward|ahead|on|beyond)\b",
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* it\b{S}\b(?:to the next|further|forward|any further)"),
    fam("grammar: someone better suited was chosen", 4.0, ("candidate", "someone", "somebody", "applicant", "profiles"),
        rf"\b(?:proceed\w*|moving|move forward|go with|going|gone|went|continu\w*|opted|chose|chosen|selected|decided|hired|"
        rf"(?:made|extended) (?:an|the|our) offer|"
        rf"offered|pursu\w*|identified|picked|shortlisted)\b{G}\b(?:candidates?|applicants?|profiles) (?:who|whose|with|that)\b[^.!?;]{{0,50}}\b(?:more|better|closer|stronger|greater|"
        r"deeper|directly|most)\b",
        rf"\b(?:offered|gone|go|going|went|chose|chosen|selected|hired|decided|moving|move|proceed\w*|settled|picked|found|recruited|"
        rf"appointed|employed|preferred|opted)\b{G}\b(?:someone|somebody) else\b{_NOT_A_TASK}"
        r"(?! for (?:the|this|that|your|a) (?:[\w-]+ )?(?:slot|time|date|day|session|call|meeting|panel|shift)\b)"),
    fam("grammar: not invited to the next round", 4.0, ("not", "n't", "unable"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:invit\w*|progress\w*|advanc\w*|selected|shortlisted|(?:mov|bring|tak|put)\w* you|proceed\w*)\b"
        rf"{G}\b(?:next|final|second|third|onsite|on-site|later|further|interview) (?:round|stage|step|phase|interviews?)\b{_NOT_YET}",
        # the step named alone: "they won't be moving you to the final", "we won't be taking you through to the onsite"
        rf"{_EN_NEG} (?:be )?(?:mov|bring|tak|put|invit|progress|advanc)\w* you (?:on |through |forward |over )?(?:to|into|onto) "
        rf"(?:the )?(?:final|finals|onsite|on-site|final panel)\b(?=[.!?;,]|$| (?:with|at|for|on|this|next)\b){_NOT_YET}"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("grammar: a different direction / not selected", 4.0, ("direction", "not selected", "unsuccessful", "shortlist", "not been",
                                                               "rejected", "not moving forward"),
        r"\b(?:go|going|gone|went|move|moving|head\w*|take|taking) (?:in )?(?:a )?different direction\b" + _NOT_OTHER_MATTER,
        r"\bstatus\b[^.!?;]{0,60}\b(?:not selected|unsuccessful)\b",
        # "rejected" or "not moving forward" only as the application's status ("the status of your application is now
        # rejected", not an expense claim's); a status "declined", "closed" or "archived" is left out: an offer the
        # candidate declined, a closed ticket or posting, an archived advert
        r"\b(?:(?:application|candidacy|candidate) status|status of (?:your|the|this) (?:[\w-]+ ){0,3}?(?:application|candidacy))"
        r"\b[^.!?;]{0,60}\b(?:not moving forward|rejected)\b",
        r"\byou (?:were|have been|are) (?:not|un)(?:successful|selected|shortlisted)\b|\byou were not (?:chosen|shortlisted|selected)\b",
        r"\b(?:on this occasion|this time) you (?:were|have been) unsuccessful\b"),
    fam("grammar: the role went to someone else", 4.0, ("offer", "role", "position", "filled"),
        r"\b(?:offered|given|awarded) (?:the|this) (?:[\w-]+ ){0,3}(?:role|position|job|post) to (?:an?|another|someone|somebody|one)\b",
        r"\bwe(?: have|'ve) (?:now )?filled the (?:[\w-]+ ){0,3}(?:role|position|vacancy|post)\b"),
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
    fam("grammar: others were preferred", 4.0, ("other", "focus", "priorit", "offer", "among", "suitable", "eligible"),
        r"\bother (?:candidates|applicants|finalists|people)\b[^.!?;]{0,30}\b(?:more closely|better|more fully|more directly)\b",
        r"\b(?:decided|chosen|opted) to (?:focus on|prioriti[sz]e) (?:other |candidates|applicants|people|those)",
        r"\b(?:extended|made|offered|given|awarded) (?:an |the |our )?(?:offer|role|position|job|post)\w* to (?:the other|another|"
        r"a different|an? (?:internal|external)|one of the other)",
        r"\b(?:were|was|are|is)(?: not|n't) among (?:the|those) (?:candidates |applicants )?(?:referred|selected|chosen|shortlisted|"
        r"progress\w*|invited|considered)",
        r"\b(?:assessed|found|deemed|judged) (?:as )?(?:not suitable|unsuitable|not eligible|ineligible)\b"
        # (ineligible for a thing: "your claim was deemed ineligible for reimbursement", "...for the travel bursary")
        r"(?! for (?:an? |the |any |your |that |this )?(?:[\w-]+ ){0,2}?(?:refund|reimbursement|discount|expenses|travel|"
        r"parking|bursary|grant|loan|benefit|allowance|voucher|prize|award|draw|offer|rebate|credit)s?\b)"),
    fam("grammar: the process ends here", 4.0, ("here", "clos", "offer", "interview", "all candidates", "all applicants"),
        r"\b(?:stop|end|close|closing|stopping|ending) (?:the|this|our) (?:process|conversation) here\b",
        r"\bclos\w* (?:out|off) (?:your|the) (?:application|candidacy)",
        # every candidate closed, the reader named among them: "we are closing out all active candidates, including you",
        # "they've closed out all external candidates including you", "closing all applications, yours included"
        r"\bclos\w*(?: out| off| down)? (?:all|every|each|the) (?:of the |of our )?(?:active |remaining |open |current |other |"
        r"external |internal |outstanding |live )?(?:candidates?|applicants?|applications?|candidac(?:y|ies)|candidatures?)\b"
        r"[^.!?;]{0,40}?(?:\bincluding (?:you|yours|your (?:application|candidacy))\b|\byours included\b)",
        r"\b(?:unable|not able|not in a position) to (?:proceed with|extend|make|offer) (?:an|the|our|you an?) offer" + _NOT_YET,
        rf"{_EN_NEG}{S}\b(?:be )?(?:mov|progress|proceed|advanc|tak)\w* (?:you |it |your (?:application|candidacy|cv|profile) )?(?:forward |on )?"
        r"to (?:an? |the )?interviews?\b",
        r"\b(?:unable|not able|won't be able|will not be able|cannot|can't) to offer you (?:a|an|the) (?:place|position|role|job|spot)\b",
        r"\b(?:clos|end|stop)\w* (?:the|this|our) (?:process|recruitment|search) for all (?:candidates|applicants)"),
    fam("grammar: it does not meet the requirement", 4.0, ("not match", "n't match", "not meet", "n't meet"),
        r"\b(?:it|this|they|which) (?:does not|doesn't|do not|don't) (?:match|meet) (?:our|the) (?:current )?(?:requirement|criteria|needs)"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
_EN_GIVE = (r"(?:offer\w*|gave|given|giving|award\w*|fill\w*|recommended|nominated|appointed|allocated|went|gone|"
            r"(?<=decided to )give|(?<=chosen to )give|(?<=opted to )give)")

_EN_ELSE = (r"(?:someone|somebody|another|a different|the other|one of the other|an? (?:internal|external|other|colleague)|"
            r"an(?:other)? (?:\w+ )?candidate)")

# "another" alone may be a family or a flat ("they gave it to another family"): after it, a person must follow.
_EN_ELSE_PERSON = (r"(?:someone|somebody|another (?:[\w-]+ )?(?:candidate|applicant|person|one|colleague|finalist|hire)|"
                   r"another (?:internal|external)|another of\b|a different (?:[\w-]+ )?(?:candidate|applicant|person)|"
                   r"the other (?:[\w-]+ )?(?:candidate|applicant|finalist|person)|one of the other|"
                   r"an? (?:internal|external|other|colleague)|an(?:other)? (?:\w+ )?candidate)")

DECISIONS += [
    fam("grammar: the role went to someone else", 4.0, ("someone", "somebody", "another", "other", "internal", "external", "candidate"),
        # (a title of up to five words, with a comma or an ampersand: "to offer the Manager, Population Health Analytics
        # role to another candidate", "the Head of Data & Insight position")
        rf"\b{_EN_GIVE}\b (?:(?:the|this|that|our|your) (?:[\w&/-]+,? ){{0,5}}?(?:position|role|job|post|place|vacancy|spot|opening|"
        rf"assignment|shift|contract|internship|apprenticeship|placement|traineeship|offer)|it|the appointment) (?:to|with) {_EN_ELSE_PERSON}\b",
        rf"\b(?:recommended|nominated|appointed|put forward|proposed) {_EN_ELSE}\b[^.!?;]{{0,30}}\b(?:for (?:the )?(?:appointment|post|position|role)|"
        r"who has (?:now )?accepted)"),
    fam("grammar: the offer is withdrawn", 4.0, ("offer",),
        r"\boffer\b[^.!?;]{0,80}\b(?:is|has been|was|will be) (?:therefore |now |hereby |formally )?(?:withdrawn|rescinded|revoked|retracted)",
        r"\b(?:unable|not able) to (?:confirm|honou?r|proceed with) (?:the|your|our) (?:conditional |provisional )?offer",
        r"\b(?:withdraw|rescind|revoke)\w* (?:the|your|our) (?:conditional |provisional )?(?:job )?offer"),
    fam("grammar: a pronoun stands for the application", 4.0, ("not", "n't", "yours"),
        r"\byour (?:application|candidacy|candidature|cv|profile)\b(?<!if your application)[^.!?;]{0,80}?\bit (?:(?:won't|will not|isn't|"
        r"is not|will no longer|can't|cannot)(?: be)? (?:progressing|progressed|proceeding|moving (?:forward|ahead)|going (?:any )?"
        r"(?:further|forward|ahead)|taken (?:any )?(?:forward|further)|considered (?:any )?further|(?:put|sent|passed|carried) "
        r"(?:any )?(?:forward|further|on)(?! (?:without|unless|until)\b)|referred (?:on|to)\b)|(?:has not|hasn't|was not|wasn't|"
        r"had not|hadn't) been (?:shortlisted|selected|successful|progressed|taken forward|accepted|chosen))\b",
        rf"{_EN_NEG}{S}\b(?:be )?(?:{_EN_VERB}\w* it\b{S}\bto (?:the|our|your|an?) (?:\w+ ){{0,3}}(?:stage|round|step|phase|interviews?|"
        rf"assessment)|(?:extend|mak|offer|present)\w* one to you\b|"
        rf"{_EN_VERB}\w* (?:any|all|the remaining) (?:applications|candidacies|candidates)\b[^.!?;]{{0,40}}\bincluding (?:yours|you)\b)",
        r"\b(?:application|candidacy|candidature)\b[^.!?;]{0,40}\b(?:will not|won't|is not|isn't|has not|hasn't) (?:be |been )?"
        r"(?:advanced|progressed|moved|taken|considered) (?:further |forward )?(?:in|within|through) (?:the|this|our) (?:process|selection|recruitment)"),
    fam("grammar: the result of a selection stage", 4.0, ("not", "n't", "ineligible", "closed", "stand"),
        r"\b(?:you|your (?:application|experience|qualifications|profile)) (?:do|does|did)(?: not|n't) (?:meet|satisfy) (?:the|our) "
        r"(?:minimum |essential |required |basic |stated )?(?:qualifications|requirements|criteria|eligibility)",
        r"\bresult: ?(?:ineligible|not eligible|not qualified|unsuccessful|not selected|fail)",
        r"\b(?:you have|you has|have|has)(?: not|n't) qualified for (?:the )?(?:next|main|final|second|further|written|interview)\b",
        r"\b(?:candidature|candidacy|application)\b[^.!?;]{0,60}\bstands? (?:closed|rejected|cancel+ed)"),
    fam("grammar: not hiring for an open application", 3.5, ("not", "n't", "no longer"),
        r"\b(?:we are|we're)(?: not|n't| no longer) (?:currently |actively |presently )?(?:hiring|recruiting)\b"
        r"(?! (?:through|via|on|using|with|from|by)\b)",  # a channel dropped, not the hiring
        r"\b(?:can't|cannot|unable to|not able to) offer you anything\b(?! (?:else|more|better|extra|higher|above|over|beyond)\b)"),
]


# --- sixth layer: constructions from an independent English corpus (dev4/en) ------------------------------------
# An outright "rejected/declined" said of the application (active or passive), contracted negations ("hasn't been
# successful"), a passive "you won't be invited to interview", a requirement not met, a decision that "didn't go your
# way", "pass on your application", "go a different way", a counterfactual "we would have liked to offer you", and
# "we don't think this is the right fit". Conditional subjects ("if you have not been selected...") are excluded.
# "your application for a loan / a parking permit" is no job application; "for a junior role" still is
_EN_FOR_THING = (r"(?! for an? (?!(?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|placement|internship|apprenticeship|"
                 r"traineeship|opening)\b))")
_EN_APP = rf"(?:your (?:application|candidacy|candidature|cv|profile)\b{_EN_FOR_THING}|yours\b)"
_EN_YOURS_SUBJ = rf"(?:your (?:application|candidacy|candidature|profile|cv)\b{_EN_FOR_THING}|yours\b)"

DECISIONS += [
    fam("grammar: the application was rejected or declined", 4.0, ("reject", "declin", "turned down", "turn down", "against"),
        rf"\b{_EN_YOURS_SUBJ}(?<!if your application)(?<!if yours)[^.!?;]{{0,25}}?"
        r"\b(?:has|have|was|were|is|had)(?: now| unfortunately| regrettably| sadly| therefore)? (?:been )?"
        r"(?:rejected|declined|turned down)\b",
        r"\b(?:we|i|they|must|to|will|have|has|had|is|was) (?:(?:must|have to|had to|need to|therefore|regretfully|"
        rf"respectfully|unfortunately|sadly|now|also) )?(?:decline|declined|reject|rejected|turn down|turned down) {_EN_APP}",
        rf"\b(?<!not )(?<!n't )(?<!never )(?:decided|ruled|gone|come down) against (?:{_EN_APP}|you\b)"),
    fam("grammar: contracted or negated success", 4.0, ("successful", "selected", "shortlisted", "chosen", "progressed",
                                                      "accepted", "retained", "taken forward", "considered", "found", "deemed",
                                                      "placed", "included", "favo"),
        rf"\b(?:{_EN_YOURS_SUBJ}|you\b|your name\b)(?<!if you)(?<!if your application)[^.!?;]{{0,25}}?"
        r"\b(?:hasn't|haven't|wasn't|weren't|isn't|aren't|hadn't|has not|have not|was not|were not|had not|'ve not|'s not|'d not) "
        r"(?:been )?"
        r"(?:successful|selected|shortlisted|chosen|progressed|accepted|retained|taken forward|considered (?:for|further)|"
        r"favou?rable|favou?rably considered|"
        r"(?:found|deemed) (?:suitable|eligible|appointable)|included(?= (?:on this occasion|this time|at this (?:stage|time)))|"
        r"(?:placed|included|listed|named) (?:on|in) (?:the|our) (?:[\w-]+ ){0,3}?"
        r"(?:panel|list|shortlist|order of merit|merit list|pool|certificate|referral list)(?: of eligibles)?)\b(?! yet\b)"),
    fam("grammar: you will not be invited to interview", 4.0, ("n't", "not"),
        r"\byou\b(?<!if you) (?:will|wo|would|are|have|were|was|has|shall)(?: not|n't)(?: be| been)? (?:invited(?: back)?|called(?: forward| back)?|asked(?: back)?|"
        r"brought forward|shortlisted|selected|put forward|progressed|taken forward|moved forward|considered) (?:to|for) (?:an? |the |any |a further )?"
        r"(?:interview|next|final|further|second|assessment|stage|round|shortlist)"),
    fam("grammar: the requirements are not met", 4.0, ("n't", "not"),
        r"\b(?<!if )(?<!should )(?:you|your (?:[\w-]+ )?(?:application|experience|qualifications|profile|cv|skills|performance|interview|results?|"
        r"scores?|answers|submission))\b(?<!if you)(?<!if your application) "
        r"(?:unfortunately |currently |sadly )?(?:do|does|did)(?: not|n't) (?:fully |yet |quite )?(?:meet|satisfy|fulfil|fulfill|"
        r"reach|match) (?:the|our|all (?:of )?the|all (?:of )?our) (?:[\w-]+ ){0,3}?(?:requirements?|criteria|qualifications?|"
        r"standard|threshold|pass mark|eligibility|needs)\b"),
    fam("grammar: the decision did not go the reader's way", 4.0, ("your way", "favour", "favor", "a no", "a yes"),
        r"\b(?:decision|outcome|result|it|vote)\b[^.!?;]{0,25}?\b(?:didn't|did not|hasn't|has not|won't|will not|wasn't|was not|"
        r"isn't|is not)(?: gone| go| been| going)? (?:in your favou?r|your way)\b",
        r"\b(?<!not )(?<!n't )a no from (?:us|me|the (?:team|client|panel|hiring manager|company))\b|\b(?:it's|its|it is|the answer is) a no\b",
        r"\b(?:it's|it is|that's|this is|the answer is)(?: not|n't) a yes\b(?! or\b|/)|\bnot a yes (?:this time|from us|for now|on this occasion)\b"),
    fam("grammar: passing on the application", 4.0, ("pass",),
        r"\b(?<!not )(?<!n't )(?<!never )pass\w* on (?:your (?:application|candidacy|candidature|profile|cv|resume)|you)\b"
        r"(?! (?:to|onto|along|over|through)\b)",
        r"\byour (?:application|candidacy|candidature|profile|cv|resume)\b(?<!if your application)[^.!?;]{0,60}?\b"
        r"pass(?:ed|ing)? on (?:it|this one|this|that one)\b(?! (?:to|onto|along|over|through|with|for)\b)"),
    fam("grammar: going another way", 4.0, ("a different", "another", "alternative"),
        r"\b(?:go|going|gone|went|goes|heading|headed|mov(?:e|ed|ing)|tak(?:e|en|ing)|took) (?:in )?(?:a different|another|"
        r"an alternative) (?:direction|way|route|path)\b" + _NOT_OTHER_MATTER,
        r"\b(?:go|going|gone|went) (?:for|with) (?:another|a different|an alternative|other) (?:option|route|direction)s?\b"
        + _NOT_OTHER_MATTER),
    fam("grammar: we would have liked to offer you", 4.0, ("liked to", "loved to", "wanted to", "wished to", "hoped to",
                                                             "happy to", "delighted to", "glad to", "pleased to"),
        r"\bwould(?:'ve| (?:\w+ ){0,3}?have) (?:\w+ )?(?:liked|loved|wanted|wished|hoped|been (?:happy|delighted|glad|pleased)) to "
        r"(?:offer you|hire you|appoint you|have you (?:on|join|in|as)|welcome you|work with you|bring you|take you (?:on|forward))"
        r"\b(?! (?:a )?(?:higher|more|better|bigger|larger)\b)"),
    fam("grammar: we don't think it is the right fit", 4.0, ("fit", "match"),
        r"\b(?:don't|do not|didn't|did not) (?:feel|think|believe)(?: that)? (?:it|this|that|there|you|your (?:\w+ ){1,4}?)"
        r"(?:'s|'re| is| are| was| were| would be| will be|'d be|'ll be)? ?(?:quite |really |necessarily |currently |yet |entirely )?"
        r"(?:a |an |the )?(?:right |good |great |strong |close |perfect |ideal |best |suitable |mutual |natural )?(?:enough )?"
        r"(?:match|fit)\b" + _NOT_FIT_FOR_A_THING),
]

# (round 21, public-sector and IT-services letters) the reader as the one rejected or not appointed ("you have been
# rejected for this position", "you were not appointed to the post"), a round not qualified for, a requirement
# "closed internally" (filled from within), and an application the employer withdrew because a step was missed
DECISIONS += [
    fam("grammar: the reader rejected for the post", 4.0, ("rejected", "appointed", "qualif", "internally", "withdrawn",
                                                           "referred", "search"),
        r"(?<!\bif )\byou (?:have|had|were|are|'ve)(?: unfortunately| regrettably| sadly)? (?:been )?(?:rejected|turned down|not "
        r"(?:been )?appointed) (?:for|to|from) (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:position|role|job|post|vacancy|opening)\b",
        r"(?<!\bif )\byou (?:have not|haven't|did not|didn't|have failed to|failed to) (?:qualif(?:y|ied)|clear(?:ed)?|pass(?:ed)?) "
        r"(?:for |to )?(?:the |our )?(?:next|hr|technical|final|managerial|client|second|third|\w+) (?:round|stage|interview)\b",
        r"\b(?:requirement|position|role|opening|vacancy|req|requisition) (?:has|have|had) (?:now )?been (?:closed|filled|fulfilled) "
        r"internally\b",
        # (US federal and academic hiring) "you were not referred to the selecting official", a search cancelled with
        # no appointment made, a search concluded "with the hire of a candidate whose research ..."
        r"(?<!\bif )\byou (?:were|have not been|haven't been|was) not referred (?:to|for)\b",
        r"\b(?<!saved )(?<!your )(?<!job )(?:faculty |executive |the |our |this )search (?:for (?:the|this|a|an|our) (?:[\w-]+ ){0,4}?(?:role|position|post|vacancy|opening|job|"
        r"professorship|lectureship|chair|hire) )?"
        r"(?:has|had|was) (?:now )?been (?:cancel+ed|called off|abandoned|discontinued|closed without (?:an )?appointment)\b",
        r"\b(?:concluded|completed|closed) (?:our|the|this) search (?:\w+ ){0,2}?with the (?:hire|hiring|appointment|selection) of "
        r"(?:a|another|an) (?:[\w-]+ )?(?:candidate|applicant|scholar|colleague)\b",
        r"\byour (?:application|candidacy|candidature) has been withdrawn (?:from (?:the|this|our) (?:campaign|process|"
        r"competition|recruitment|selection)\w* )?(?:because|as|since|due to the fact that) you (?:did not|didn't|have not|"
        r"haven't|failed to)\b"),
]

# Seventh layer: more constructions a new author writes (probed with reworded variants, see tests/test_detect_dev4_LC.py):
# a passive "will not be progressed", "you didn't get the job", an appointment made, "not among the successful",
# "not what we are looking for", "we won't be hiring you", "it's not going to work out", "decided to keep looking",
# others "were a closer match", a failed test or threshold, "not the strongest candidate", "pipped by another".
_EN_SUBJ = r"(?:application|candidacy|candidature|yours|cv|profile)"
_EN_SOMEONE = (r"(?:someone|somebody|another|a different|the successful|one of the other|"
               r"an? (?:[\w-]+ )?(?:candidate|applicant|person|colleague|team member)|a member of (?:our|the|their) (?:[\w-]+ ){0,2}?team|"
               r"one of (?:our|their) (?:own|existing|current) (?:[\w-]+ )?(?:staff|people|team|employees|colleagues))")

DECISIONS += [
    fam("grammar: the application will not be progressed (passive)", 4.0, ("progress", "pursued", "advanced", "forward",
                                                                        "considered further", "proceeding", "put through",
                                                                        "sent ", "passed ", "referred"),
        rf"\b{_EN_SUBJ}\b(?<!if your application)(?<!if yours) (?:will|wo|would|can|could|shall|is|are|has|have)(?: not|n't)"
        r"(?: be| been)? (?:progressed|pursued|advanced|taken forward|moved forward|carried forward|considered further|"
        r"proceeding|progressing|put forward|going forward|put through|sent (?:forward|through|on)|passed (?:forward|on)|"
        r"referred (?:on|to (?:the|our|a) (?:[\w-]+ ){0,2}?(?:hiring|selecting|recruiting|line) (?:manager|official|panel|team)))\b"),
    fam("grammar: you did not get the job", 4.0, ("n't", "not"),
        r"\byou\b(?<!if you)(?<!after you)(?<!when you)(?<!once you)(?<!whenever you)(?<!because you) "
        r"(?:didn't|did not|haven't|have not|won't|will not|weren't|were not|aren't|are not)(?: be| been)? "
        r"(?:get|got|gotten|getting|land|landed|landing|offered|being offered|successful in (?:getting|securing)|securing|secured) "
        r"(?:the|this|that|a) (?:[\w-]+ ){0,3}?(?:job|role|position|post|place|internship|apprenticeship|contract)\b"),
    fam("grammar: an appointment was made", 4.0, ("appoint", "hired", "recruited", "found", "selected", "chosen"),
        rf"\bwe(?:'ve| have| had)(?: now| since| already| recently)? (?:appointed|hired|recruited|found|selected|chosen) {_EN_SOMEONE}\b"
        + _NOT_A_THING +
        r"(?! (?:else )?to (?:cover|help|run|do|take|look|fix|handle|swap|drive|collect|stand)\b)"
        # another interviewer or mentor, a person chosen to run a step: the reader's process goes on
        r"(?! (?:[\w-]+ )?(?:interviewer|panell?ist|assessor|referee|mentor|speaker|trainer|buddy)s?\b)"
        r"(?! (?:[\w-]+ )?(?:person|colleague) to\b)"
        + _BESIDE_YOU,
        r"\b(?:successful|preferred) (?:candidate|applicant) (?:has|have|had)(?: now| since| already)? (?:been )?(?:appointed|selected|chosen|"
        r"identified|hired|accepted)\b(?![^.!?;]{0,60}\b(?:reserve|but if|should (?:they|he|she))\b)",  # the reader is the reserve
        r"\bmade an appointment to (?:the|this|that) (?:post|position|role|vacancy)\b"),
    fam("grammar: the role was given to someone else (passive)", 4.0, ("given", "offered", "awarded", "allocated", "gone to"),
        rf"\b(?:role|position|job|post|vacancy|place|offer|apprenticeship|internship|placement|traineeship)\b[^.!?;]{{0,25}}?"
        rf"\b(?:has|have|was|were|is)(?: now| since| already)? (?:been )?(?:given|offered|awarded|allocated|gone) to {_EN_SOMEONE}\b"),
    fam("grammar: not among the successful", 4.0, ("among", "one of"),
        r"\b(?:were|was|are|is)(?: not|n't) (?:among|one of) (?:the|those|our) (?:successful|selected|shortlisted|chosen|"
        r"strongest|final|top|(?:best|most|highest|better|more)[ -](?:qualified|ranked|scoring|scored|rated|suited|suitable|"
        r"experienced)(?: candidates| applicants| people)?\b(?! (?:so far|to date)\b))\b"),
    fam("grammar: not what we are looking for", 4.0, ("what we", "who we", "what the", "who the"),
        r"\b(?:you|your (?:[\w-]+ ){0,4}?(?:profile|experience|background|skills?|application|cv|qualifications))\b"
        r"(?:'re| (?:is|are|was|were))(?: not|n't) (?:quite |exactly |really )?(?:what|who) (?:we(?:'re| are| were)?|the (?:team|client|"
        r"hiring manager|company)(?: is| are| was)?) (?:looking for|seeking|after|needs?|needed|wants?|wanted|requires?|required)\b"),
    fam("grammar: we will not be hiring you", 4.0, ("hiring you", "hire you", "employ", "appoint", "recruit", "on you", "you on",
                                                  "offer you", "offering you"),
        r"(?:not|n't|unable to|no longer) (?:be )?(?:able to )?(?:(?:hiring|hire|employ|employing|appoint|appointing|recruit|"
        r"recruiting|taking on|take on) you\b(?! out\b)|tak(?:e|ing) you on\b(?! (?:a|an|the|our|your|this|that|his|her|their|my) "
        r"(?!(?:[\w-]+ )?(?:team|staff|payroll|books|programme|scheme|year|time|season|round|occasion|summer|winter|intake|"
        r"cycle|month|week)\b)))",
        r"(?:not|n't|unable to|no longer) (?:be )?(?:able to )?offer(?:ing)? you (?:employment|a (?:contract|permanent \w+|job|role|position)|"
        r"work)\b"),
    fam("grammar: it is not going to work out", 3.5, ("work out", "worked out", "working out"),
        r"\b(?:it|this|things|that)\b(?: one)?(?<!if it)(?<!if this)(?<!if things)(?<!if that)(?<!if this one)(?:'s| is| are| was|'re)? ?"
        r"(?:not|n't|won't|will not|isn't|"
        r"didn't|did not|wasn't) (?:going to |gonna )?work(?:ed|ing)? out\b",
        r"\b(?:don't|do not|didn't|did not) (?:think|feel|believe|see how)(?: that)? (?:it|this|things|that)(?: one)?(?:'s| is| will| would|"
        r"'ll|'d| was)? ?(?:be )?(?:going to |gonna )?work(?:ing)? out\b"
        r"(?! (?:on|for|this|next|that) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|the \d|week|"
        r"day|date|time|slot|morning|afternoon|evening)\b)",
        # the perfect ("this one hasn't worked out"), said of the reader's case only
        r"\b(?:it|this|things|that)\b(?: one)?(?<!if it)(?<!if this)(?<!if things)(?<!if that)(?<!if this one) (?:hasn't|has not|"
        r"haven't|have not|hadn't|had not) worked out\b(?= ?[.!;,]|$| (?:for (?:you|us)|this time|on this occasion|i'm afraid|"
        r"with (?:the|this|your) (?:[\w-]+ )?(?:role|position|job|post|application|candidacy|client|team|company|employer)s?)\b)"),
    fam("grammar: the search goes on without the reader", 4.0, ("to keep", "to continue", "to carry on", "advertis", "elsewhere",
                                                              "options", "avenues", "routes"),
        r"\b(?:decided|chosen|opted|going|plan|planning) to (?:keep|continue|carry on) (?:looking|searching|our search|the search|"
        r"interviewing)\b" + _NOT_FOR_A_THING,
        r"\b(?:decided|chosen|opted|going|plan|planning) to re-?advertis\w*",
        r"\b(?:decided|chosen|opted|going|need) to (?:look|search) elsewhere\b|\b(?:decided|chosen|opted) to (?:pursue|explore|go with|"
        r"take) (?:other|alternative|different) (?:options|avenues|routes)\b" + _NOT_OTHER_MATTER),
    fam("grammar: the others were a closer match", 4.0, ("other",),
        # ("the other shortlisted applicant was a closer match to the requirements of the post")
        r"\b(?:other|another) (?:(?:shortlisted|short-listed|interviewed|remaining|final|preferred|two|three|internal|external) )?"
        r"(?:candidates?|applicants?|finalists?|person|people)(?:'s? (?:[\w-]+ ){0,2}?)?\b ?(?:were|was|would be|proved|"
        r"seemed|matched|suited|fitted|fit|demonstrated|displayed)\b[^.!?;]{0,30}\b(?:closer|stronger|better|more (?:closely|suitable|relevant|"
        r"experienced|directly|aligned))\b"),
    fam("grammar: a test or threshold was not passed", 4.0, ("below", "under", "short of", "pass", "clear", "achiev", "reach"),
        r"\byou\b(?<!if you) (?:scored|score|fell|were|was|came) (?:below|under|short of) (?:the|our) (?:[\w-]+ ){0,2}?"
        r"(?:threshold|pass mark|benchmark|cut-?off|required|minimum|standard)",
        r"\byou\b(?<!if you) (?:did not|didn't|have not|haven't|were not|weren't) (?:pass|passed|clear|cleared|achieve|achieved|"
        r"reach|reached) (?:the|our) (?:[\w-]+ ){0,3}?(?:assessment|test|exercise|stage|interview|screening|threshold|"
        r"pass mark|cut-?off|standard|grade|checks?|vetting|medical|screen|score|mark|level)\b",
        # the reader's score or result, not the reader, as the subject
        r"\byour\b(?<!if your) (?:[\w-]+ ){0,2}?(?:scores?|results?|performance|marks?|answers|grades?)\b[^.!?;]{0,40}?\b(?:fell|falls|was|were|"
        r"came|is|are) (?:just |slightly |narrowly )?(?:below|under|short of) (?:the|our) (?:[\w-]+ ){0,2}?(?:threshold|pass mark|"
        r"benchmark|cut-?off|standard|minimum|required|level|bar)\b"),
    fam("grammar: not the strongest candidate", 4.0, ("feel", "think", "believe", "consider"),
        r"\b(?:don't|do not|didn't|did not) (?:feel|think|believe|consider)(?: that)? you (?:were|are|was|would be|'re)(?: quite)? "
        r"(?:the|a|an) (?:strongest|best|right|most suitable|ideal|strong enough|good enough) (?:candidate|applicant|fit|match|person|"
        r"choice)\b"),
    fam("grammar: pipped by another candidate", 4.0, ("pipped", "beaten", "edged out", "outscored"),
        r"\b(?:pipped|beaten|edged out|outscored)\b[^.!?;]{0,30}\b(?:another|other|a stronger|an? internal|an? (?:[\w-]+ )?"
        r"(?:candidate|applicant))"),
]

DECISIONS += [
    fam("grammar: a decision to hire someone else", 4.0, ("decision to", "made to", "taken to"),
        r"\bdecision (?:(?:has been|was|had been) (?:made|taken) )?to (?:hire|appoint|go with|proceed with|select|choose|"
        r"move forward with|progress with|recruit|pursue|"
        r"offer (?:the|this) (?:[\w-]+ ){0,3}?(?:role|position|job|post) to) (?:someone|somebody|another|other|a different|"
        r"an? (?:internal|external|alternative|stronger|more)|the other)\b"),
    fam("grammar: not the right person for this role", 4.0, ("right for", "right person", "right candidate", "right fit",
                                                              "right match", "right profile"),
        r"\byou\b(?<!if you)(?:'re| are| were| was|'ve been| have been)(?: not|n't) (?:quite |really |exactly |necessarily )?"
        r"(?:the )?right (?:person |candidate |fit |match |profile )?for (?:this|the|that|our) (?:[\w-]+ ){0,3}?(?:role|position|"
        r"job|post|vacancy|team|opening)\b",
        # the belief negated instead ("we don't think you'd be right for the team")
        r"\b(?:don't|do not|didn't|did not) (?:think|feel|believe)(?: that)? you(?:'d| would|'re| are| were| would have been)(?: be)? "
        r"(?:quite |really |exactly )?(?:the )?right (?:person |candidate |fit |match |profile )?for (?:this|the|that|our) "
        r"(?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|team|opening)\b"),
    fam("grammar: we will not be progressing (intransitive)", 4.0, ("progressing", "proceeding", "moving forward", "moving ahead",
                                                                 "continuing", "going ahead", "going forward", "further"),
        r"\b(?:we|i|they|the (?:client|team|company|panel|hiring manager))(?:'re|'m|'ll| are| am| is| will| would| shall)?"
        r"(?: not|n't| no longer| won't| will not| cannot| can't| unable to|"
        r" not able to)(?: be)?(?: able to)?(?: be)? (?:progressing|proceeding|moving forward|moving ahead|continuing|going ahead|"
        r"going forward|tak(?:e|ing) (?:this|it|things|matters) (?:any )?further)(?: with (?:the|this|our|your) (?:[\w-]+ )?process)?(?: (?:further|any further|at this (?:time|stage|"
        r"point)|on this occasion|this time|for now))?(?= ?[.!;]|$)"),
    fam("grammar: the shortlist was not made", 4.0, ("n't", "not"),
        r"\b(?:you|your (?:application|candidacy|candidature|cv|profile))\b(?<!if you)(?<!if your application) (?:did not|didn't|"
        r"have not|haven't|has not|hasn't|won't|will not|were not|weren't)(?: be)? (?:make|made|making|get|"
        r"got|getting) (?:it )?(?:onto |on to |into |on |to )?(?:the|our) (?:shortlist|cut|final (?:round|stage|shortlist)|"
        r"next (?:round|stage)|interview stage)\b(?! for (?:the|our|my|your|a) (?:[\w-]+ )?(?:team|squad|side|choir|band|cast|club|crew)\b)"),
    fam("grammar: decided not to appoint the reader", 4.0, ("not to", "against"),
        r"\b(?:decided|chosen|opted|elected|resolved|agreed) (?:not to|against) (?:appoint|hir|offer|employ|recruit|select|"
        r"shortlist|invit|interview|progress|engag)\w* (?:you\b|your)",
        r"\b(?:decided|chosen|opted|elected|resolved|agreed) (?:not to|against) (?:meet|see|speak to|speak with|call|meeting|seeing) "
        r"you\b(?![^.!?;]{0,40}\b(?:in person|on site|onsite|at the office|online|virtually|by video|instead|but|until|before)\b)",
        r"\b(?:decided|chosen|opted) (?:not to|against) (?:hir(?:e|ing)|recruit\w*|fill\w*|mov\w* ahead with|go\w* ahead with) "
        r"(?:for |to )?(?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|position|vacancy|post|job|opening|hire)\b"),
    fam("grammar: not recommended for appointment", 4.0, ("recommend",),
        r"\byou\b(?<!if you) (?:have|has|were|was|are|will|had|would)(?: not|n't)(?: been| be)? recommended for (?:appointment|employment|"
        r"(?:the|this|that) (?:[\w-]+ ){0,4}?(?:post|position|role|job|vacancy)|(?:the )?(?:next|final) (?:stage|round))\b",
        r"\b(?:did not|didn't|will not|won't|could not|couldn't|has not|hasn't|have not|haven't|was unable to|were unable to|cannot|"
        r"can't|am unable to|are unable to|not able to) recommend(?:ed)? (?:you|your (?:application|appointment|candidacy))\b"),
]

DECISIONS += [
    fam("grammar: not the successful candidate", 4.0, ("n't", "not"),
        r"\byou\b(?<!if you) (?:were|was|are|have been)(?: not|n't) (?:the|our) (?:successful|chosen|selected|preferred|strongest) "
        r"(?:candidate|applicant)\b"),
    fam("grammar: the role is filled internally", 4.0, ("internally", "from within"),
        r"\b(?:found|identified|have|chosen|selected) (?:a |an |the |our )?(?:[\w-]+ ){0,2}?(?:fit|match|candidate|person|hire|"
        r"solution|successor) (?:internally|from within)\b",
        r"\b(?:fill|filled|filling|recruit\w*|hir\w*|appoint\w*) (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|vacancy|post|"
        r"job|opening) from within\b",
        r"\b(?:fill|filled|filling|recruit|recruited|recruiting|hire|hired|hiring|appoint\w*) (?:the|this|that|our) (?:[\w-]+ ){0,3}?"
        r"(?:role|position|vacancy|post|job|opening) internally\b",
        r"\b(?:decided|chosen|opted|elected|going|planning) to (?:fill|recruit|hire|appoint|promote)\w* (?:\w+ ){0,2}?(?:internally|"
        r"from within)\b"),
    fam("grammar: an outcome or status line", 4.0, ("status:", "status :", "outcome:", "outcome :", "result:", "result :",
                                                   "decision:", "decision :"),
        r"\b(?:outcome|result|decision|application status|candidate status|status)\s?: ?(?:unsuccessful|not (?:shortlisted|selected|"
        r"successful|progressed|progressing|appointed|suitable)|rejected|declined|no longer (?:under consideration|being considered))\b"
        r"(?! by (?:the )?(?:candidate|applicant|you)\b)"),
    fam("grammar: a nominal outcome (subject lines)", 3.5, ("unsuccessful", "not successful", "not selected", "not shortlisted",
                                                            "declined", "rejected"),
        r"\b(?:application|candidacy|candidature)(?: outcome| status| update| result)?(?: ?[:-])? (?:unsuccessful|not successful|"
        r"not selected|not shortlisted|declined|rejected)\b",
        r"\bunsuccessful (?:application|candidacy|candidature)\b"),
    # the outcome after the role ("Application outcome: Payroll Officer - unsuccessful") or in a table cell without a colon
    fam("grammar: an outcome after the role or in a table", 4.0, ("unsuccessful", "not successful", "not selected", "not shortlisted",
                                                                  "not progress", "not appointed", "declined", "rejected",
                                                                  "not suitable", "not moving"),
        r"\b(?:application|candidacy|interview|selection) (?:outcome|result|status|update) ?[:-] (?:[\w&'(),/]+ ){1,6}?[-:|] ?"
        r"(?:unsuccessful|not successful|not selected|not shortlisted|declined|rejected)\b",
        r"\b(?:outcome|result) (?:unsuccessful|not successful|not selected|not shortlisted|not progressed|not appointed)\b",
        # a status line with a dash or "changed to", or labelled disposition / stage / decision
        r"\b(?:outcome|result|decision|disposition|stage|(?:application|candidate|candidacy) status(?: update)?) ?(?:[:\u2013\u2014-]|"
        r"(?:has )?(?:changed|been updated|updated) to:?) ?['\"]?(?:closed \(|closed - )?(?:unsuccessful|not (?:shortlisted|selected|successful|"
        r"progressed|progressing|appointed|suitable|moving forward)|rejected|declined)\b"),
    fam("grammar: no suitable role for the reader", 3.5, ("have", "find", "identify"),
        r"\b(?:unable|not able|n't able|not been able|n't been able|could not|couldn't|cannot|can't) to (?:find|identify) "
        r"(?:a|any) (?:suitable |matching |relevant |appropriate )?(?:role|position|vacancy|opening|opportunity|job)s? (?:for you|that "
        r"(?:matches|suits|fits) your)\b",
        r"\b(?:don't|do not|didn't|did not) (?:currently |presently )?have (?:a|any) (?:suitable |matching |relevant |appropriate )?"
        r"(?:role|position|vacancy|opening|opportunity|job|vacancie)s? (?:for you|for someone with your|(?:available |open )?"
        r"(?:at (?:the|this) moment |currently |right now |at present )?that (?:match|matches|suit|suits|fit|fits) your)\b"),
]

DECISIONS += [
    fam("grammar: someone else accepted the role", 4.0, ("accepted",),
        r"\b(?:offer|position|role|job|post|place)\b[^.!?;]{0,25}?\b(?:has|have|was|had)(?: now| since| already)? been accepted by "
        rf"(?:{_EN_SOMEONE}|the other (?:[\w-]+ )?(?:candidate|applicant|finalist))\b",
        r"\b(?:another|other|a different|(?:the|our) (?:[\w'-]+ )?(?:successful|chosen|preferred|selected|top|first-choice)) "
        r"(?:candidate|applicant|person|finalist)\b[^.!?;]{0,25}?\b(?:has|have|had)(?: now| since| already)? accepted (?:the|our|this|that|an?) (?:[\w-]+ ){0,2}?"
        r"(?:offer|position|role|job|post)\b"),
    fam("grammar: focusing on other candidates", 3.5, ("focus",),
        r"\bfocus(?:ing|ed)? (?:our (?:attention|search|efforts) )?on (?:other |those |the )?(?:candidates|applicants|profiles) "
        r"(?:who|whose|with|that)\b"),
    fam("grammar: the application is closed or archived", 3.5, ("closed", "archive"),
        r"\byour (?:application|candidacy|candidature)\b(?<!if your application)[^.!?;]{0,25}?\b(?:has been|was|is|will be) "
        r"(?:placed|moved|filed|put) (?:in|into|to) (?:our|the) archives?\b",
        r"\byour (?:application|candidacy|candidature)\b(?<!if your application)[^.!?;]{0,60}?\b(?:is|was|has(?: now| therefore| "
        r"unfortunately| regrettably| sadly)? been)(?: now| therefore)? (?:closed|archived)\b(?! (?:for|to) (?:edit|editing|edits|changes|amendments|new uploads)\b)"
        r"(?! (?:in|on) (?:the|our) (?:old|previous|legacy) )"),
    fam("grammar: we had to say no", 4.0, ("say no",),
        r"\b(?:had to|have to|must|going to|decided to|need to) say no\b"),
]

DECISIONS += [
    fam("grammar: the role went elsewhere", 4.0, ("elsewhere",),
        r"\b(?:offered|given|gone|went|awarded|filled|placed)\b (?:(?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|"
        r"post|vacancy|place|offer)|it) elsewhere\b",
        r"\b(?:role|position|job|post|vacancy|place|offer)\b[^.!?;]{0,30}\b(?:offered|given|gone|went|awarded|filled|placed) "
        r"elsewhere\b"),
    fam("grammar: the reader is not ready for the role", 4.0, ("ready",),
        r"\byou\b(?<!if you)(?:'re| are| were| was)(?: not|n't) (?:quite |yet |really )?ready for (?:this|the|that|a) (?:[\w-]+ ){0,3}?"
        r"(?:role|position|job|post|level)\b",
        r"\b(?:don't|do not|didn't|did not) (?:feel|think|believe)(?: that)? you(?:'re| are| were| was) (?:quite |yet |really )?"
        r"ready for (?:this|the|that|a) (?:[\w-]+ ){0,3}?(?:role|position|job|post|level)\b"),
]

# Eighth layer (round 5, a fifth author): a ranked list the reader is not on ("not among the highest-ranking candidates
# referred"), "no further consideration", a test or task "not scored highly enough", a result after an exercise.
_EN_RANKED = (r"(?:referred|selected|chosen|shortlisted|invited|progressed|recommended|put forward|taken forward|successful|appointed|"
              r"called|moved forward|picked)")

DECISIONS += [
    fam("grammar: not among the candidates taken on", 4.0, ("among", "one of"),
        r"\b(?<!if you )(?<!if yours )(?:were|was|are|is|have|has)(?: not|n't)(?: been)? (?:among|one of) (?:the|those|our) (?:[\w-]+ ){0,3}?(?:candidates|applicants|"
        rf"people|finalists|names)\b (?:(?:who|that) (?:were|are|have been|will be) |to be |being |"
        rf"(?:they|we|the client|the panel|the team|the hiring manager) )?{_EN_RANKED}\b"),
    fam("grammar: no further consideration", 4.0, ("further consideration",),
        r"\b(?:receive|be given|get|given|receiving) no further consideration\b|"
        r"\b(?:not|n't) (?:receive|be given|get) (?:any )?further consideration\b",
        r"\bno further consideration (?:will|can|shall|is to) be given\b"),
    fam("grammar: the result was not good enough", 4.0, ("enough", "sufficiently"),
        r"\b(?:you|yours|your (?:[\w-]+ )?(?:application|submission|test|assessment|task|answers|results?|scores?|performance|"
        r"interview|presentation|exercise|case study))\b(?<!if you)(?<!if yours) (?:unfortunately |sadly |just |simply )?"
        r"(?:did not|didn't|does not|doesn't|was not|wasn't|were not|weren't) (?:quite )?(?:score|perform|rate|rank|do|come out|"
        r"compare|measure up|scored|rated|ranked)(?: quite)? (?:(?:highly|high|well|strongly|sufficiently well|favou?rably) enough|enough|"
        r"sufficiently(?: (?:highly|high|well))?)\b"),
]


# Ninth layer (round 5, probed with rewordings of the fifth author's ideas): the choice fell on someone else, the
# successful candidate had more..., not asked back, not the candidate for us, the application goes no further or
# could not be considered, no offer will be made, the reader is not on the shortlist, moving ahead without the reader.
DECISIONS += [
    fam("grammar: the choice fell on someone else", 4.0, ("choice", "successful", "appointed", "selected", "chosen"),
        rf"\b(?:choice|selection)\b (?:(?:has |had )?(?:fell|fallen|went|gone|landed) (?:on|to)|was|is|has been) {_EN_SOMEONE}\b",
        r"\bthe (?:successful|chosen|selected|appointed|preferred) (?:candidate|applicant)s? (?:had|brought|demonstrated|showed|"
        r"offered|possessed|was|were)\b[^.!?;]{0,40}\b(?:more|greater|stronger|better|deeper|broader|closer|wider|longer|"
        r"directly|specific)\b"),
    fam("grammar: not asked back", 4.0, ("back",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:ask|invit|call|bring|hav)\w* you back\b"),
    fam("grammar: not the candidate for us", 4.0, ("n't", "not"),
        r"\byou\b(?<!if you)(?:'re| are| were| was)(?: not|n't) (?:quite |really )?(?:the|our) (?:right |best |ideal |strongest )?"
        r"(?:candidate|person|one|applicant) (?:for (?:us|the team|this|the|that|our)\b|we(?:'re| are| were) looking for)"),
    fam("grammar: the application goes no further", 4.0, ("no further", "stops here", "ends here", "stop here", "end here",
                                                          "end of the road"),
        r"\b(?:application|candidacy|candidature|journey)\b[^.!?;]{0,30}?\b(?:will go|goes|can go|has gone|went|is going) no "
        r"further\b",
        r"\b(?:application|candidacy|candidature)\b[^.!?;]{0,25}?\b(?:stops|ends|will (?:stop|end)|has to (?:stop|end)) here\b",
        r"\bend of the road for (?:your|you|this)\b|\b(?:this|it)(?:'s| is) the end of the road\b"),
    fam("grammar: the application could not be considered", 4.0, ("be considered", "be accepted", "be assessed"),
        r"\byour (?:application|candidacy|candidature|cv)\b(?<!if your application)"
        r"(?:(?!\b(?:if|without|unless|until|incomplete|yet)\b)[^.!?;]){0,60}?\b(?:could not|couldn't|cannot|"
        r"can't|can not|will not|won't|was not|wasn't) be (?:considered|accepted|assessed)\b"),
    fam("grammar: there will be no offer", 4.0, ("offer",),
        # (not a step still to come: "no offer will be made until references have been received")
        r"\bno offer (?:will|can|is going to|would) be (?:made|extended|forthcoming)\b(?! (?:until|unless|before|without)\b)",
        r"\bthere (?:won't|will not|will be no|isn't|is not|wasn't)(?: be)? (?:an |any |no )?offer\b(?! yet\b| until\b| before\b)"),
    fam("grammar: not on the shortlist", 4.0, ("shortlist", "on it", "the list"),
        r"\bshortlist\w*\b[^.!?;]{0,40}\byou(?:'re| are| were| weren't| aren't)(?: not|n't)? (?:on|in) it\b",
        r"\byou\b(?<!if you)(?:'ve| have| were| was| are|'re)(?: not|n't)(?: been)? (?:placed |included |put )?on (?:the|our) "
        r"(?:[\w-]+ )?(?:shortlist|list for interview)\b(?! yet\b| until\b)"),
    fam("grammar: moving ahead without the reader", 4.0, ("without",),
        r"\b(?:mov|proceed|continu|carr)\w* (?:ahead |forward |on )?without (?:you|your (?:application|candidacy))\b"),
    fam("grammar: declined to take the application on", 4.0, ("declined to",),
        r"\bdeclined to (?:take|progress|move|proceed with|shortlist|interview|consider|invite|put)\b[^.!?;]{0,20}?\b(?:you|your)\b"),
    fam("grammar: the reader's step was not successful", 4.0, ("successful", "unsuccessful"),
        r"\byour (?:[\w-]+ ){0,2}?(?:interview|assessment|test|trial|audition|presentation|case study|exercise)s?\b"
        r"(?<!if your interview) (?:was|were|has been|have been)(?: not|n't| un)(?: been)? ?successful\b",
        r"\byou(?:'ve| have)? been unsuccessful\b(?<!if you have been unsuccessful)(?<!if you've been unsuccessful)"),
    fam("grammar: the reader's strengths lie elsewhere", 3.5, ("elsewhere", "better suited"),
        r"\b(?:strengths|skills|talents|experience|interests|background|future) (?:might |may |probably )?(?:lie|lies) elsewhere\b",
        r"\byou(?:'re| are| would be| might be) better suited to (?:a |an |other |another |different )(?:[\w-]+ ){0,2}?(?:role|position|"
        r"job|post|team)s?\b"),
]


DECISIONS += [
    fam("grammar: the reader narrowly missed out", 4.0, ("missed out", "runner", "second choice", "second-choice", "reserve"),
        r"\b(?:narrowly|just|only just) missed out\b",
        r"\byou(?:'ve| have)? missed out on (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|place|offer|appointment)\b",
        r"\byou\b(?<!if you)(?:'re| are| were| was)(?: our| the| a)?(?: very| close)? (?:runner-up|second choice|second-choice candidate)\b"),
    fam("grammar: not progressing to an offer", 4.0, ("offer",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:progress|mov|proceed|go|tak)\w* (?:you |it |this |things )?(?:forward |on )?to (?:an |the |a job )?"
        r"offer\b"),
    fam("grammar: we are going to pass", 4.0, ("pass",),
        r"\b(?:we|i|they|the (?:team|client|company|panel|hiring manager))(?:'re| are|'ll| will|'ve| have| had| has| are)?(?: be)?"
        r"(?: going to| gonna| decided to| have to| had to| must| to)? pass(?:ing)?(?: on (?:this one|this occasion|it|you|that one))?"
        r"(?: (?:this time|for now|on this occasion|this round|for this role))?(?= ?[.!;,]|$)",
        r"\b(?<!if we )(?<!if they )(?<!may )(?<!might )pass(?:ing|ed)? on (?:moving (?:forward|ahead)|progressing|proceeding|taking (?:this|it|things|you|your (?:application|"
        r"candidacy)) (?:any )?(?:further|forward))\b"),
    fam("grammar: not appointable", 4.0, ("appointable",),
        r"\b(?:not|un) ?appointable\b|\b(?:not|n't) (?:find|found|consider|deem|judge)\w* you (?:to be )?appointable\b"),
    fam("grammar: the chosen one is not the reader", 4.0, ("not you", "n't you"),
        r"\b(?:chosen|chose|selected|picked|found|appointed|appointment|hired|identified|offered)\b[^.!?;]{0,100}\b(?:it|that|this|they)"
        r"(?: is|'s| was| are)?(?: not|n't) you\b(?! (?:who|that)\b)"),
    fam("grammar: did not make the cut", 4.0, ("make the", "make our"),
        r"\byou\b(?<!if you) (?:did not|didn't|won't|will not|have not|haven't)(?: quite| just)? make (?:the|our) (?:cut|grade)\b(?! for (?:the|our|my|your|a) (?:[\w-]+ )?(?:team|squad|side|choir|band|cast|club|crew)\b)"),
    fam("grammar: the other side will not proceed", 4.0, ("proceed", "progress", "forward", "go ahead", "going ahead"),
        _EN_SIDE_OPENS + r"(?:(?!\b(?:if|unless|until|when)\b)[^.!?;]){0,60}?\b(?:doesn't|does not|don't|do not|won't|will not|"
        r"wouldn't|would not|didn't|did not|(?:'re|'s| are| is) not going|aren't going|isn't going)(?: wish| want)?"
        r"(?: to)? (?:be )?(?:proceed|proceeding|progress|progressing|move forward|moving forward|go ahead|going ahead)"
        r"(?= ?[.!;,]|$| (?:at this|on this|with (?:you|your)\b|any further|further))"),
    fam("grammar: the application did not succeed", 4.0, ("succe",),
        r"\b(?:your|the) (?:application|candidacy|candidature|bid for (?:the|this) (?:[\w-]+ ){0,3}?(?:role|position|job|post))\b"
        r"(?<!if your application)[^.!?;]{0,30}?\b(?:has not|hasn't|did not|didn't|was not|wasn't|have not|had not)(?: been)? "
        r"succe(?:ed|eded|ssful)\b"),
]


DECISIONS += [
    fam("grammar: not appointed or short-listed", 4.0, ("appointed", "short-listed"),
        r"\b(?:you|your (?:[\w-]+ )?(?:application|candidacy|candidature|cv))\b(?<!if you)(?<!if your application)"
        r"(?:'ve| have| has| were| was)(?: not|n't) been (?:appointed|short-listed)\b(?! yet\b| until\b)"),
    fam("grammar: the evidence was not sufficient", 4.0, ("sufficient", "enough", "adequate", "required", "necessary"),
        r"\b(?:you|your (?:[\w-]+ )?(?:application|statement|answers|responses?|cv|evidence|examples))\b(?<!if you)"
        r"(?<!if your application) (?:did not|didn't|does not|doesn't|has not|hasn't)(?: fully| sufficiently| clearly)? "
        r"(?:demonstrate|provide|show|give|evidence|include)\b[^.!?;]{0,40}\b(?:sufficient|enough|adequate|the required|the necessary)\b"),
    fam("grammar: sifted out", 4.0, ("out",),
        r"\b(?:you|your (?:[\w-]+ )?(?:application|candidacy|cv))\b[^.!?;]{0,30}\b(?:has been|have been|was|were) (?:sifted|screened|"
        r"filtered|weeded) out\b"),
    fam("grammar: the decision not to go on", 4.0, ("decision", "call"),
        r"\b(?:made|make|taken|reached|come to) (?:the|a) (?:difficult |tough |hard |final )?(?:decision|call) (?:not to|to not) (?:move|proceed|progress|"
        r"continue|pursue|go|take|invite|offer|shortlist|appoint|hire)\b(?!\w* (?:forward |ahead )?with (?:the|a|an|our|this|that|my) "
        r"(?!(?:[\w-]+ ){0,2}?(?:application|candidacy|process|recruitment|role|position|hiring|search|vacancy|job)\b))"),
    fam("grammar: the conversation ends", 4.0, ("continu",),
        rf"{_EN_NEG}{S}\b(?:be )?continu\w* (?:the|our|this) (?:conversation|discussions?|process)\b"
        r"(?= ?[.!;,]|$| with you| at this| any further)"),
    fam("grammar: the job is not the reader's", 4.0, ("yours",),
        r"\b(?:job|role|position|post|offer|place)\b (?:is|was|will be)(?: not|n't)(?: going to be)? yours\b(?! to\b)"),
    fam("grammar: an agency could not secure an interview", 4.0, ("secur", "obtain", "land", "get you", "getting you", "got you"),
        rf"{_EN_NEG}{S}\b(?:secur|get|land|obtain)\w* you (?:an? |the )?(?:interview|offer|role|position|job)\b"
        r"(?! slot| time| date| room| booking| this week| today| tomorrow)"),
    fam("grammar: no vacancies for a speculative application", 3.5, ("no ",),
        r"\bwe (?:currently |presently |just )?(?:have|had) no (?:suitable |current |open |available )?(?:vacancies|openings|positions|roles)"
        r"(?= ?[.!;,]|$| (?:at (?:the|this) moment|at present|currently|right now|just now|that (?:match|suit|fit)|(?:in|within) (?:our|the) "
        r"(?:team|company|department|office|business|practice|studio|organi[sz]ation)|for (?:someone|you|your|people|candidates|applicants)))"),
]


DECISIONS += [
    fam("grammar: it was not possible to take the reader on", 4.0, ("possible",),
        r"\bit (?:has not been|hasn't been|was not|wasn't|is not|isn't|will not be|won't be) possible (?:for us )?(?:on this occasion )?"
        r"to (?:include you|shortlist|offer you|progress|take (?:you|your)|invite you|appoint|consider (?:you|your)|proceed|"
        r"move (?:you|your)|select you|interview you)"),
    fam("grammar: the reader is too junior or too senior", 3.5, ("too ", "over"),
        r"\byou\b(?<!if you)(?:'re| are| were| was|'d be| would be| might be| may be)(?: a bit| slightly| rather| somewhat| a little| just)? "
        r"(?:too (?:junior|senior|experienced|inexperienced|qualified)|over-?qualified|over-?experienced)\b[^.!?;]{0,20}\bfor (?:this|the|that|"
        r"our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|level|vacancy|opening)\b"),
    fam("grammar: no fit or match is seen", 3.5, ("fit", "match"),
        r"\b(?:don't|do not|doesn't|does not|didn't|did not) (?:see|look like there(?:'s| is)|seem (?:like )?there(?:'s| is)|think there(?:'s| is)) "
        r"(?:a |an )?(?:strong |good |close |clear |real )?(?:fit|match)\b(?:(?= ?[.!;,]|$| (?:right now|at (?:the|this) (?:moment|time|stage)|"
        r"for (?:you|this|the|now|us))\b)|[^.!?;]{0,60}\b(?:your|you|role|position|job|opening|vacancy)\b)"),
    fam("grammar: the shift or role was covered or taken by someone else", 3.5, ("covered", "taken"),
        rf"\b(?:shift|shifts|role|job|position|spot|place|post)\b[^.!?;]{{0,25}}?(?:\b(?:has|have|was|were|is|are)|'s)(?: now| already)? "
        rf"(?:been )?(?:covered|taken) by {_EN_SOMEONE}\b"),
    fam("grammar: we found our person", 3.5, ("found", "hired"),
        r"\b(?:found|hired|appointed) (?:someone|somebody|our (?:person|candidate|hire|new (?:[\w-]+ )?hire)|the right (?:person|candidate))"
        r"(?: else)? for (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|opening|spot|shifts?)\b",
        r"\b(?:we've|we have|we) (?:now |already )?found our (?:person|candidate|hire|new (?:[\w-]+ )?hire|match)\b(?= ?[.!;,]|$)"),
    fam("grammar: not this time (on its own)", 3.5, ("not this time", "not this one", "not for us", "not one for us"),
        # "Not for us this time, thanks for thinking of us": a two-line reply to a CV
        r"(?:^|(?<=[.!?,] ))(?:(?:sorry|unfortunately|sadly|i'm afraid),? )?(?:it's |it is )?not (?:one )?for us "
        r"(?:this time|on this occasion|right now|at the moment)\b",
        r"(?:^|(?<=[.!?,] ))(?:(?:sorry|unfortunately|sadly|alas|i'm afraid),? )?(?:it's |it is |but )?not this (?:time|one)"
        # (", but ..." only after a word of regret: "not this one, but Thursday works" is a date)
        r"(?:,? (?:unfortunately|sorry|i'm afraid|sadly|i'm sorry)(?= ?[.!,]|$)|(?= ?[.!]|$))"),
    fam("grammar: the reader is ineligible", 4.0, ("ineligible", "not eligible", "unsuitable", "not suitable", "not qualified",
                                                    "unqualified"),
        r"\b(?:you|your (?:[\w-]+ )?(?:application|candidacy|candidature))\b(?<!if you)(?<!if your application)[^.!?;]{0,20}?\b"
        r"(?:are|were|is|was|has been|have been)(?: (?:determined|deemed|found|assessed|judged|considered|rated|evaluated|"
        r"declared|marked)(?: as)?)?(?: to be)? (?:ineligible|not eligible|unsuitable|not suitable|not qualified|unqualified)\b"
        r"(?= ?[.!;,]|$| (?:for (?:this|the|that|our|a|an) (?:[\w-]+ ){0,3}?(?:role|position|job|"
        r"post|vacancy|opening|programme|scheme|internship|apprenticeship|appointment|employment|announcement|posting)|because|as|"
        r"due|since|at this)\b)"),
    fam("grammar: the process is concluded with the reader", 4.0, ("conclude", "to end", "to stop", "to close", "to halt",
                                                                      "discontinue", "wrap up", "the end of"),
        r"\b(?:decided|chosen|opted|going|have|had|need|needed) to (?:conclude|end|stop|close|halt|discontinue|wrap up) (?:the|our|this|your) "
        r"(?:recruitment |selection |hiring |interview )?(?:process|conversations?|discussions?|candidacy|application)\b"
        r"(?= ?[.!;,]|$| (?:with you|here|at this (?:point|stage|time)|for (?:you|now))\b)",
        r"\b(?:marks|is|means) the end of (?:the|our|this|your) (?:[\w-]+ )?(?:process|journey|candidacy|application) (?:for|with) you\b"),
]


# Tenth layer (round 5, formal and Indian English, boards and merit lists, rankings): "not matching our requirement",
# "your application is regretted", "you will not be offered an appointment", "unable to place you on the panel",
# "no longer active", "removed from consideration", another applicant "has been selected for this post", ranked below.
DECISIONS += [
    fam("grammar: the profile is not matching", 4.0, ("not matching", "not suitable for", "not aligned", "not in line"),
        r"\b(?:profile|experience|background|skills?|cv|application|candidature|qualifications?)\b[^.!?;]{0,40}\bnot (?:matching|suitable for|"
        r"aligned with|in line with) (?:our|the) (?:[\w-]+ )?(?:requirements?|criteria|needs|expectations)\b"),
    fam("grammar: the application is regretted", 4.0, ("regretted",),
        r"\b(?:application|candidature|candidacy|profile)s? (?:is|are|has been|have been|stands) regretted\b(?! ?\?)"),
    fam("grammar: you will not be offered an appointment", 4.0, ("offered",),
        r"\byou\b(?<!if you) (?:will|would|have|are|were|shall|cannot|can't|could)(?: not|n't)?(?: be| been)? offered (?:an? |the )?"
        r"(?:[\w-]+ ){0,2}?(?:appointment|post|position|role|job|contract|place|offer)\b(?<!will be offered an appointment)"
        r"(?<!will be offered the post)(?<!will be offered the position)(?<!will be offered the role)(?<!will be offered the job)"),
    fam("grammar: not placed on the panel or list", 4.0, ("place you", "placed you", "placing you", "put you", "putting you",
                                                          "include you", "included you", "including you", "add you", "added you",
                                                          "adding you", "your name"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:place|put|includ|add)\w* you (?:on|in|to) (?:the|our) "
        r"(?!(?:[\w-]+ ){0,3}?(?:mailing|drinks|e-?mail|distribution|guest|contact|invite|invitation|waiting|whatsapp|slack|"
        r"christmas|party|lunch|social|rota|dinner) (?:list|pool)\b)(?:[\w-]+ ){0,3}?(?:panel|list|shortlist|"
        r"order of merit|pool)\b",
        r"\byour name\b(?<!if your name)[^.!?;]{0,20}?\b(?:does not|doesn't|did not|didn't|is not|isn't|was not|wasn't) "
        r"(?:feature|appear|figure|included|listed)\w*\b[^.!?;]{0,10}\b(?:in|on) (?:the|our) (?:[\w-]+ ){0,4}?(?:list|panel|merit|results)\b"),
    fam("grammar: the application is no longer active", 4.0, ("no longer",),
        r"\byour (?:[\w-]+ )?(?:application|candidacy|candidature|profile)\b(?<!if your application)[^.!?;]{0,25}?\b(?:is|has been|was)"
        r"(?: now)? no longer (?:active|under review|in process|in progress|open|live)\b"),
    fam("grammar: removed from consideration", 4.0, ("consideration",),
        r"\b(?:withdrawn|removed|excluded|eliminated|dropped|taken out)\b (?:(?:your|the) (?:[\w-]+ )?(?:application|candidacy|candidature)"
        r" |you )?from (?:further |any further )?consideration\b"),
    fam("grammar: another applicant has been selected", 3.5, ("offered", "selected", "appointed", "chosen", "hired", "given"),
        rf"\b(?<!if ){_EN_SOMEONE}\b[^.!?;]{{0,20}}?\b(?:has|have|was|were)(?: now| since| already)? been (?:offered|selected|appointed|"
        r"chosen|hired|given)\b(?: (?:for|to|as) (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|opening)\b| "
        r"(?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|position|job|post|offer)\b)"),
    fam("grammar: ranked below the others", 4.0, ("ranked", "rated", "scored", "ranking", "your score", "your rank", "your mark",
                                                  "performed", "did less", "did worse", "did better", "more highly", "more strongly"),
        r"\byou\b(?<!if you) (?:were|was|are|have been) (?:ranked|rated|scored|placed) (?:below|lower than|behind)\b",
        r"\byour (?:ranking|score|rank|mark|overall score)s?\b[^.!?;]{0,20}?\b(?:was|were|is|are)(?: not|n't) (?:high|strong|good) enough\b",
        r"\byou\b(?<!if you) (?:scored|performed|rated|ranked|did) (?:lower|less well|worse|below)\b[^.!?;]{0,25}\b(?:than|compared)\b",
        r"\b(?:other|another|the other) (?:candidates?|applicants?|finalists?)\b[^.!?;]{0,20}?\b(?:scored|performed|rated|ranked|did|"
        r"presented|interviewed) (?:more highly|more strongly|higher|better|stronger)\b"),
    fam("grammar: hiring is held off", 3.5, ("hold off", "held off", "holding off", "put off", "putting off"),
        r"\b(?:hold|holding|held|put|putting) off (?:on )?(?:hiring|recruiting|recruitment|filling)\b"),
    fam("grammar: not progressing any applications", 3.5, ("applications", "candidacies"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:progress|proceed|consider|review|process)\w* (?:any |the |all |further )?(?:applications|candidacies)"
        r"\b(?! (?:until|before|till|after|received|sent|submitted|emailed|made|by|via|through|without|that (?:are|do|don't|arrive))\b)"),
]


DECISIONS += [
    fam("grammar: other applications are taken forward", 3.5, ("other", "another", "different", "alternative", "stronger",
                                                              "forward"),
        r"\b(?:progress|progressing|tak(?:e|ing) forward|mov(?:e|ing) forward with|shortlist(?:ed|ing)?) (?:with )?(?:other|another|different|"
        r"alternative|stronger|more (?:suitable|experienced|qualified)) (?:applications|candidates|applicants|candidacies|profiles|people)\b"
        r"(?! (?:alongside|as well|too|at the same time|first|before|and you)\b)(?![^.!?;]{0,40}\band you\b)",
        r"\btak(?:e|ing) (?:other|another|different|stronger) (?:[\w-]+ )?(?:candidates|applicants|applications|people) (?:forward|further|"
        r"through)\b(?! (?:alongside|as well|too|at the same time|first|before|and you)\b)",
        r"\btak(?:e|ing) forward (?:the |those )?(?:candidates|applicants|people) (?:who|whose|with)\b[^.!?;]{0,50}\b(?:more|better|closer|"
        r"stronger|greater|deeper)\b"),
    fam("grammar: the reader was not one of them", 4.0, ("one of them", "among them", "one of those", "amongst them", "on it",
                                                        "the list"),
        r"\b(?:shortlisted|selected|chosen|invited|progressed|successful|appointed|offered)\b[^.!?;]{0,80}\byou (?:were|was|are)(?: not|n't) "
        r"(?:one of them|among them|one of those|amongst them|on (?:it|that list|the list))\b"),
    fam("grammar: all the roles are filled", 3.5, ("all",),
        r"\b(?:filled|recruited for|hired for|appointed to) all (?:of )?(?:our|the) (?:[\w-]+ ){0,2}?(?:roles|positions|vacancies|posts|"
        r"places|jobs|openings)\b"),
    fam("grammar: the hiring is complete", 3.5, ("complete", "finished", "concluded"),
        r"\b(?:hiring|recruitment|recruiting|selection|search)\b (?:process )?(?:for (?:this|the|that) (?:[\w-]+ ){0,3}?(?:role|position|job|"
        r"post|vacancy) )?(?:is|has been|was|has) (?:now )?(?:complete|completed|finished|concluded)\b(?= ?[.!;]|$)"),
    fam("grammar: the answer is no", 4.0, ("answer",),
        r"\b(?:afraid|sorry|unfortunately|sadly|regret\w*)\b[^.!?;]{0,20}\bthe answer(?: this time| on this occasion| for now)? is no\b(?!,? but\b)"),
    fam("grammar: not the right fit for what we need", 4.0, ("right",),
        r"\byou\b(?<!if you)(?:'re| are| were| was)(?: not|n't) (?:quite )?(?:the )?right (?:fit|match|person|candidate) for what "
        r"(?:we|the (?:team|client|company))\b"),
]


DECISIONS += [
    fam("grammar: the reader is not needed", 4.0, ("requir", "need", "services"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:requir|need)\w* (?:you|your services)\b{S}\b(?:for|on|in) (?:the|this|that|our) (?:[\w-]+ ){{0,3}}?"
        r"(?:role|position|job|post|vacancy|shift|trial|contract|assignment|placement)\b",
        r"\byour services\b[^.!?;]{0,20}?\b(?:won't|will not|are not|aren't|will no longer|are no longer)(?: be)? (?:required|needed)\b"),
    fam("grammar: the reader fell short or came second", 4.0, ("short", "second", "runner"),
        r"\b(?:you|your (?:[\w-]+ )?(?:application|candidacy|score|interview|performance|submission))\b(?<!if you) (?:fell|came|were|was)"
        r"(?: just| narrowly| only just| slightly)? short\b(?= ?[.!;,]|$| (?:on|at|in|this time|on this occasion)\b| of (?:the|our) "
        r"(?:[\w-]+ ){0,2}?(?:standard|threshold|bar|mark|requirements?|criteria|level|score|benchmark)\b)",
        r"\byou\b(?<!if you) (?:came|finished|were|placed) (?:a )?(?:very )?(?:close )?(?:second|runner-up)\b(?= ?[.!;,]|$| (?:for|in) "
        r"(?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|process|selection|competition)\b)"),
    fam("grammar: an appointment has been made to the post", 3.5, ("appoint",),
        r"\b(?:with|following|after) the appointment of (?:an? |another |the successful )(?:[\w-]+ )?(?:candidate|applicant|colleague)\b",
        r"\b(?:we|the panel|the (?:hiring|selection|interview) (?:panel|committee|team))(?:'ve| have| has)(?: now| since| already)? "
        r"(?:appointed|recruited) (?:to (?:the|this|that) (?:post|position|role|vacancy)|the successful (?:candidate|applicant))\b",
        r"\b(?:post|position|role|vacancy)\b (?:has|have)(?: now| since| already)? been appointed to\b",
        # the appointment made to someone ("the appointment has been made to an applicant whose background...", "an
        # appointment has now been made to the post"; not a doctor's or a meeting's "an appointment has been made for you")
        r"\bappointment (?:has|had)(?: now| since| already)? been made\b,?(?: [\w-]+){0,3}? to (?:(?:an?|another|one|the "
        r"successful|the preferred|the other) (?:other )?(?:[\w-]+ )?(?:candidate|applicant|individual|person|finalist)|"
        r"(?:the|this|that) (?:[\w-]+ ){0,3}?(?:post|position|role|vacancy))\b"),
    fam("grammar: it was not meant to be", 3.5, ("meant to be",),
        r"\b(?:it|this)(?: just)? (?:wasn't|was not|isn't|is not) meant to be\b(?= ?[.!;,]|$| (?:this time|on this occasion|for now|"
        r"i'm afraid)\b)"),
    fam("grammar: not bringing the reader on board", 4.0, ("on board", "onboard"),
        r"\b(?:won't|will not|can't|cannot|unable to|not able to|not in a position to|isn't|is not|not)\b(?! wait\b)(?: be)?"
        r"(?: [\w']+){0,6}? bring(?:ing)? you (?:on ?board|into the team)\b"),
]


DECISIONS += [
    fam("grammar: the role is not right for the reader", 4.0, ("right",),
        r"\b(?<!if )(?:the|this|that) (?:[\w-]+ ){0,2}?(?:role|position|job|post|opportunity|opening|vacancy)\b(?:n't| not| isn't| wasn't| is not|"
        r" was not) (?:quite |really )?(?:the )?right (?:one |fit |match |move |next step |step )?for you\b",
        r"\b(?:don't|do not|didn't|did not) (?:feel|think|believe)(?: that)? (?:this|the|that) (?:[\w-]+ ){0,2}?(?:role|position|job|post|"
        r"opportunity|opening) (?:is|was|would be) (?:quite |really )?(?:the )?right (?:one |fit |match |move |next step |step )?for you\b"),
    fam("grammar: gone elsewhere", 4.0, ("elsewhere",),
        r"\b(?:we(?:'ve| have)?|they(?:'ve| have)?|the client(?: has|'s)?) (?:gone|looked|decided to go|decided to look) elsewhere\b"
        + _NOT_FOR_A_THING),
    fam("grammar: not taking this further", 4.0, ("further", "forward"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:progress|tak|mov|carr|push)\w* (?:this|it|things|matters) (?:any )?(?:further|forward)\b"
        r"(?= ?[.!;,]|$| (?:at this|on this|for now|this time)\b)"),
    fam("grammar: we have to decline", 4.0, ("decline",),
        r"\b(?:have to|had to|must|need to|will have to|'ll have to)(?: respectfully| regretfully| politely| sadly)? decline\b"
        r"(?= ?[.!;,]|$| (?:on this occasion|this time|at this (?:time|stage)|for now|your (?:application|candidacy))\b)"),
    fam("grammar: give it a miss", 3.5, ("a miss",),
        r"\bgiv(?:e|ing) (?:this|it|this one|you|your application) a miss\b"),
    fam("grammar: you didn't get it", 4.0, ("get it", "got it"),
        r"\byou\b(?<!if you) (?:didn't|did not|haven't|have not) (?:get|got) it\b(?= ?[.!;,]|$| (?:this time|on this occasion|i'm afraid)\b)"),
]


# Eleventh layer (round 6, a breadth corpus: 150 different decision sentences, tests/corpus/dev6/en, then rewordings
# probed in tests/test_detect_dev6_en.py). Constructions: the application named with a long complement before its
# verdict; an application that cannot be accommodated, processed or accepted; the reader not added to the team, not
# interviewed, asked or called in; removed or eliminated from the process; a vote for someone else; another firm's
# candidate, another CV, a more senior person; "decided against"/"declining to" go on; no further interest; a step
# that did not lead to an offer; a hire made; not senior or experienced enough; others better met the brief; the role
# not offered to the reader; an adverb inside the negation; a candidacy ended; said no, turned or knocked down; a stage
# not passed or criteria failed; someone else chosen (passive); out of the running; public-service wording (name not
# recommended, not referred, not qualified, a status for this job); a verdict after a dash in the subject line.
_EN_TEAM = (r"(?:team|staff|company|roster|crew|squad|workforce|business|organi[sz]ation|payroll|practice|firm|programme|"
            r"program|cohort|intake|department|store|branch)")
_EN_PROCESS = (r"(?:process|selection|recruitment|competition|consideration|running|campaign|shortlist|pool|exercise|"
               r"race|pipeline)")
# one character of a complement that names no school, course, loan, home, event or award ("your application to the
# primary school of your choice"): the application is then not for a job
_EN_NOT_A_THING = (r"(?:(?!\b(?:school|nursery|course|degree|loan|mortgage|credit|flat|tenancy|visa|permit|grant|"
                   r"membership|summit|ticket|licen[cs]e|scholarship|bursary|place on|module|housing|allotment)\b)[^.!?;])")
# ...so the complement either names the role ("for the post of teacher at Elmstead School") or names no such thing
_EN_COMPLEMENT = rf"(?:[^.!?;]{{0,50}}?\b{_EN_ROLEWORD}s?\b[^.!?;]{{0,60}}?|{_EN_NOT_A_THING}{{0,70}}?)"
# after a refusal, what would make it something else: a condition, a time to come, a manner ("in person")
_EN_NOT_CONDITION = r"(?! (?:without|unless|until|before|yet|again|in person|by post|by email|online)\b)"
# ...or later in the same sentence ("... to the team office until your badge is ready")
_EN_NO_LATER_CONDITION = r"(?![^.!?;]{0,60}\b(?:until|unless|once|as soon as|when your)\b)"

DECISIONS += [
    fam("grammar: the application, named at length, was unsuccessful", 4.0, ("unsuccessful", "successful", "selected",
                                                                          "shortlisted", "progressed", "accepted", "retained",
                                                                          "referred", "advanced", "chosen", "forward"),
        # "your application for the post of X", "your submission to the 2027 graduate programme", "your cv for the Y role"
        r"\byour (?:[\w-]+ ){0,2}?(?:application|candidacy|candidature|submission|cv|resume|application form)\b"
        r"(?<!if your application)(?<!if your submission)(?<!if your cv)" + _EN_COMPLEMENT + r"\b(?:(?:was|were|has|have|had|is)"
        r"(?: now| unfortunately| sadly| regrettably)?(?: not|n't)(?: been)?|(?:will|wo|would|shall|can|could)(?: not|n't) be) (?:successful|selected|shortlisted|chosen|"
        r"progressed|accepted|retained|taken forward|put forward|referred|advanced)\b(?! (?:yet|so far|until)\b)",
        r"\byour (?:[\w-]+ ){0,2}?(?:application|candidacy|candidature|submission|cv|resume)\b(?<!if your application)"
        r"(?<!if your submission)" + _EN_COMPLEMENT + r"\b(?:was|were|has been|have been|had been|is)(?: now)? unsuccessful\b"),
    fam("grammar: the application cannot be accommodated", 4.0, ("accommodat", "accept", "entertain", "support", "approv"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:able to )?(?:accommodat|accept|entertain|support|approv)\w* {_EN_APP}"
        r"(?: for (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|opening|programme|scheme))?"
        r"(?= ?[.!;,]|$| (?:at (?:this|the present|present) (?:time|stage|point)|on this occasion|this time|any further|further|"
        r"i'm afraid)\b)"),
    fam("grammar: the reader is not added to the team", 4.0, ("you to ", "you into ", "you onto ", "you on to ", "have you ",
                                                              "welcome you "),
        rf"{_EN_NEG}{S}\b(?:be )?(?:able to )?(?:add|welcom|bring|tak|includ|recruit|appoint|hir)\w* you (?:on )?(?:to|into|onto|"
        rf"on to) (?:the|our|their|this) (?:[\w-]+ ){{0,2}}?{_EN_TEAM}\b"
        r"(?= ?[.!;,]|$| (?:this time|at this (?:time|stage|point)|on this occasion|for (?:now|this role|the role|this "
        r"position|the position)|i'm afraid|this (?:season|year|round|summer|intake)|right now|after all)\b)",
        rf"{_EN_NEG}{S}\b(?:be )?(?:able to )?(?:have|welcome) you (?:join|on board|as part of|as a member of)\b"
        r"(?:(?!\b(?:call|meeting|lunch|dinner|event|party|webinar|session|tour|visit)\b)[^.!?;]){0,30}"
        rf"\b{_EN_TEAM}\b"
        r"(?= ?[.!;,]|$| (?:this time|at this (?:time|stage|point)|on this occasion|for (?:now|this role|the role|this "
        r"position|the position)|i'm afraid|this (?:season|year|round|summer|intake)|right now|after all)\b)"),
    fam("grammar: the reader will not be interviewed or asked to attend", 4.0, ("interview you", "interviewing you", "shortlist you",
                                                                                                  "shortlisting you", " you to ",
                                                                                                  "you in ", "you along", "you over"),
        r"(?:not|n't|unable to|no longer) (?:be )?(?:able to )?(?:be )?(?:interview(?:ing)?|shortlist(?:ing)?) you\b"
        r"(?= ?[.!;,]|$| (?:for (?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy)|on this occasion|this time|"
        r"at (?:this|the present) (?:time|stage)|i'm afraid)\b)(?![^.!?;]{0,60}\b(?:offer|instead|directly|skip)\w*\b)",
        rf"{_EN_NEG}{S}\b(?:be )?(?:requir|ask|call|invit|request)\w* you to (?:attend|come(?: in| back)?|join us|sit|take part|"
        r"proceed|progress)\b[^.!?;]{0,25}?\b(?:interview|assessment|next|final|second|third|further|stage|round|selection|test)\w*\b"
        r"(?![^.!?;]{0,40}\b(?:in person|on site|onsite|physically|by video|online|virtually|remotely|instead|again|as planned)\b)",
        rf"{_EN_NEG}{S}\b(?:be )?(?:call|ask|invit|bring|hav|get)\w* you (?:in|along|over) (?:for|to) (?:an? |the |your |any )?"
        r"(?:[\w-]+ ){0,2}?(?:interview|assessment|stage|round|test|trial)s?\b"
        r"(?![^.!?;]{0,40}\b(?:in person|on site|onsite|physically|by video|online|virtually|remotely|instead|again|as planned)\b)"),
    fam("grammar: the reader is removed from the process", 4.0, ("eliminat", "remov", "exclud", "dropp", "releas", "disqualif",
                                                                 "screened out", "taken out"),
        r"\b(?:you|your (?:application|candidacy|candidature))\b(?<!if you)(?<!if your application) (?:have|has|were|was|are|is|"
        r"will|had)(?: now)?(?: been| be)? (?:eliminated|removed|excluded|dropped|released|disqualified|screened out|taken out) "
        rf"(?:from|of) (?:the|this|our|further|any further) (?:[\w-]+ ){{0,2}}?{_EN_PROCESS}\b",
        r"\b(?:eliminat|remov|exclud|drop|releas|disqualif)\w* (?:you|your (?:application|candidacy|candidature)) from (?:the|this|our|"
        rf"further|any further) (?:[\w-]+ ){{0,2}}?{_EN_PROCESS}\b"),
    fam("grammar: another firm's candidate was chosen", 4.0, ("'s ", "s' "),
        r"\b(?:went|gone|go|going|chose|chosen|selected|hired|appointed|opted|decided|proceed\w*|moving|placed|offered|preferred|"
        r"picked)\b[^.!?;]{0,40}?\b(?:another|other|a different|a rival|a competing|an?) [\w-]+(?:'s|s') (?:[\w-]+ )?(?:candidate|"
        r"applicant|person|hire|profile|nominee)s?\b"),
    fam("grammar: decided against going on", 4.0, ("against",),
        r"\b(?:decided|chose|chosen|opted|elected|ruled|come down|came down|voted) against (?:moving (?:forward|ahead|on)|"
        r"going (?:forward|ahead|further)|proceeding|progressing|continuing|taking (?:it|this|things|you|your \w+) "
        r"(?:forward|further)|an offer|offering|hiring|appointing|shortlisting|interviewing)\b"
        r"(?= ?[.!;,]|$| (?:at this|on this|this time|for now|with (?:you|your|the (?:application|candidacy|process))|"
        r"in the process|i'm afraid)\b)"),
    fam("grammar: no further interest in the application", 4.0, ("interest",),
        r"\b(?:no (?:further |longer (?:any )?)?interest|(?:not|n't|no longer) (?:be )?interested) in (?:pursuing|progressing|"
        r"proceeding with|taking forward|moving forward with|considering|hiring|interviewing|appointing) (?:you\b|your "
        r"(?:application|candidacy|candidature|profile|cv|resume))",
        r"\bno (?:further|longer any|more) interest in (?:you\b|your (?:application|candidacy|candidature|profile|cv|resume))",
        r"(?:\bnot|n't|\bno longer) (?:be )?interested in (?:you\b(?! (?:for|as|at|too)\b)|your (?:application|candidacy|candidature|"
        r"profile|cv|resume)\b(?! (?:for|as)\b))(?= ?[.!;,]|$| (?:at (?:this|the present) (?:time|stage)|on this occasion|this time|"
        r"any (?:more|longer|further)|i'm afraid)\b)"),
    fam("grammar: the reader's step did not lead to an offer", 4.0, ("lead", "led", "result", "turn", "convert"),
        r"\b(?:(?:your|the) (?:[\w-]+ ){0,2}?(?:interview|trial|assessment|test|application|shift|presentation|placement|"
        r"internship|audition|candidacy|work experience|probation)s?|it|this|that)\b(?<!if it)(?<!if this)(?<!if that)"
        r"[^.!?;]{0,20}?\b(?:didn't|did not|won't|will not|hasn't|has not|hadn't|had not|wasn't able to|was unable to) "
        r"(?:lead|led|result|resulted|turn|turned|convert|converted)(?: in| into| to) (?:a |an |the )?(?:job (?:offer|with us)|"
        r"offer|(?:permanent |paid |full-time )?(?:role|position|contract|job)(?! (?:loss|losses|cuts|ads?|boards?|market|title|"
        r"descriptions?|fair)\b)|employment|further (?:interview|stage|round)|(?:the )?next (?:stage|round|step))\b"),
    # weight 3.5: without the reader's application named, "we made a great hire for the data team" is team news
    fam("grammar: a hire has been made", 3.5, ("hire",),
        r"\b(?:made|completed|finali[sz]ed|confirmed) (?:a|an|our|the) (?:[\w-]+ )?hire\b(?: for (?:the|this|that) (?:[\w-]+ ){0,3}?"
        r"(?:role|position|job|post|vacancy|opening))?(?= ?[.!;,]|$| (?:for (?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|position|job|"
        r"post|vacancy|opening)|already|now|internally|externally|from (?:within|another|an?)\b))"),
    fam("grammar: the reader is not enough of something", 4.0, ("enough",),
        r"\b(?:don't|do not|didn't|did not) (?:feel|think|believe|consider)(?: that)? (?:you|your (?:[\w-]+ )?(?:experience|skills|"
        r"background|knowledge|profile|cv|application))(?:'re| are| were| was| is| would be|'d be)? (?:quite |yet |sufficiently |really )?"
        r"(?:senior|experienced|qualified|ready|strong|technical|skilled|advanced|confident|fluent|specialised|specialized|deep|"
        r"broad|relevant|hands-on|commercial|well matched|suited|close) enough\b",
        r"\b(?:you|your (?:[\w-]+ )?(?:experience|skills|background|knowledge|profile|cv|application))\b(?<!if you)"
        r"(?:'re| are| were| was| is)(?: not|n't) (?:quite |yet |sufficiently |really )?(?:senior|experienced|qualified|strong|"
        r"technical|skilled|advanced|fluent|specialised|specialized|deep|broad|relevant|hands-on|commercial|suited|close) enough "
        r"(?:for (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|opening|team|level|client)|to (?:progress|"
        r"proceed|move forward|be (?:shortlisted|considered|selected|invited)))\b"),
    fam("grammar: another candidate better met the brief", 4.0, ("better", "more closely", "more fully", "more directly",
                                                                 "most closely", "more suited", "more qualified",
                                                                 " with them", " with those"),
        r"\b(?:other|another|a different|the successful|the chosen|the selected) (?:[\w-]+ )?(?:candidates?|applicants?|finalists?|"
        r"person|people|individuals?)\b[^.!?;]{0,30}?\b(?:(?:is|was|are|were|seemed|seems|proved|'s|'re) )?(?:better|more closely|"
        r"more fully|more directly|most closely|more) (?:met|meets|meet|matched|matches|match|fit|fits|fitted|suited|suits|aligned|"
        r"aligns|reflected|reflects|qualified|equipped|placed)\b",
        r"\b(?:found|identified|chosen|chose|selected|hired|appointed|picked|recruited) (?:someone|somebody|a candidate|an applicant|"
        r"another (?:candidate|applicant|person)|a person) (?:(?:who is|who's|that is|who was) )?(?:better|more) (?:suited|qualified|"
        r"aligned|matched|experienced|equipped)\b",
        r"\bother (?:[\w-]+ )?(?:candidates|applicants|people|finalists)\b[^.!?;]{0,80}?\b(?:chosen|chose|decided|opted|going|elected) "
        r"to (?:proceed|go|continue|move forward|progress) with (?:them|those)\b"),
    fam("grammar: the role will not be offered to the reader", 4.0, ("offered", "given", "awarded", "extended"),
        r"\b(?:role|position|job|post|offer|place|contract|vacancy)\b[^.!?;]{0,25}?\b(?:will|wo|would|can|could|is|was|has|shall)"
        r"(?: not|n't)(?: be| been)? (?:offered|given|awarded|extended) to you\b(?! (?:until|unless|before|yet|if)\b)"),
    fam("grammar: an adverb inside the negation", 4.0, ("not",),
        r"\b(?:you|your (?:application|candidacy|candidature|cv|profile))\b(?<!if you)(?<!if your application)(?:'ve| have| has| had|"
        r" were| was| are| is| did| will)? (?:unfortunately|sadly|regrettably|on this occasion|this time|therefore|however|"
        r"i'm afraid|i am afraid),? not (?:been )?(?:successful|selected|shortlisted|chosen|progressed|invited|appointed|passed|"
        r"pass|cleared|clear|achieved|reached|met|made it|be (?:progressed|considered|taken forward|invited|shortlisted|selected|"
        r"moving forward|proceeding|offered))\b(?! yet\b)"),
    fam("grammar: the candidacy has ended", 4.0, ("ended", "come to an end", "came to an end", "terminated", "discontinued"),
        r"\byour (?:application|candidacy|candidature|journey with us|application journey)\b(?<!if your application)[^.!?;]{0,40}?"
        r"\b(?:has|have|will|is|had)(?: now| therefore| unfortunately| sadly)? (?:ended|end|come to an end|came to an end|"
        r"been terminated|been discontinued)\b(?! up\b)"),
    fam("grammar: the application is not going to proceed", 4.0, ("going", "gonna"),
        rf"\b{_EN_SUBJ}\b(?<!if your application)(?<!if yours) (?:is|are|was|were)(?: not|n't) (?:going|gonna)(?: to)? (?:proceed|"
        r"progress|go (?:any )?(?:further|forward|ahead)|move (?:forward|ahead|on)|be (?:progressed|taken forward|considered further|"
        r"successful))\b"),
    fam("grammar: the other side said no", 4.0, ("said", "back with", "given us", "replied", "responded", "answered", " is no",
                                                 " was no", " is a no", " was a no"),
        r"\bthe (?:hiring manager|client|team|panel|company|employer|business|committee|board|school|practice|firm)"
        r"(?:'ve| has| have| had)? (?:said|come back with|came back with|given us|replied|responded with|answered) (?:an? )?"
        r"(?:firm |polite |definite )?no\b(?= ?[.!;,]|$| (?:this time|on this occasion|for now|i'm afraid|to (?:you|your "
        r"(?:application|candidacy|cv|profile))|on your (?:application|candidacy|cv|profile))\b)",
        r"\b(?:answer|response|reply|feedback|verdict|decision) (?:from|of) (?:the|our|their) (?:client|team|panel|hiring manager|"
        r"company|employer|committee|board|business) (?:is|was)(?: a)? no\b(?!,? (?:but|they|we|it|he|she)\b| to\b)"),
    fam("grammar: the application was turned or knocked down", 4.0, ("down", "back"),
        r"\b(?:turn|turned|turning|turns|knock|knocked|knocking) (?:your (?:application|candidacy|candidature|cv|profile|resume)|you) "
        r"(?:down|back)\b(?! (?:to|for (?:a|the) (?:meeting|call|chat)))",
        r"\byour (?:application|candidacy|candidature|cv|profile|resume)\b(?<!if your application)[^.!?;]{0,25}?\b(?:was|has been|"
        r"have been|were|got) knocked back\b"),
    fam("grammar: declining to go on", 4.0, ("declin",),
        r"\bdeclin(?:e|ed|ing) to (?:move|go|proceed|progress|continue|take (?:it|this|things|you|your \w+))(?: forward| ahead| further)?"
        r"\b(?= ?[.!;,]|$| (?:with (?:you|your)|at this|on this|this time)\b)"),
    fam("grammar: the application did not pass a stage", 4.0, ("pass", "clear", "through", "meet", "met", "satisf", "fail"),
        r"\b(?:you|your (?:application|candidacy|candidature|cv|profile|submission|resume))\b(?<!if you)(?<!if your application) "
        r"(?:did not|didn't|has not|hasn't|have not|haven't|was not|wasn't|were not|weren't|failed to|could not|couldn't)(?: quite)? "
        r"(?:pass|passed|clear|cleared|get through|got through|make it through|made it through|meet|met|satisfy|satisfied) "
        r"(?:the|our|this|that|your|all (?:of )?the|all (?:of )?our) (?:[\w-]+ ){0,3}?(?:screen|screening|sift|assessment|test|"
        r"stage|round|review|criteria|requirements?|threshold|checks?|bar|standard|pass mark|exercise|interview)s?\b",
        r"\b(?:you|your (?:application|candidacy|candidature|cv|profile|submission|resume))\b(?<!if you)(?<!if your application) "
        r"(?:have |has |had )?(?:unfortunately |sadly )?failed (?:to (?:meet|satisfy|pass|reach|clear|achieve) )?(?:the|our|your|"
        r"all (?:of )?the) (?:[\w-]+ ){0,3}?(?:criteria|requirements?|test|assessment|exercise|screen|screening|threshold|standard|"
        r"pass mark|interview|stage|round|checks?|sift|bar)s?\b"),
    fam("grammar: the hiring side withdrew the application", 4.0, ("withdrawn by",),
        r"\byour (?:application|candidacy|candidature)\b(?<!if your application)[^.!?;]{0,25}?\b(?:has been|was|have been|is being) "
        r"withdrawn by (?:the|our) (?:hiring |recruitment |recruiting |talent |selection |people |hr )?(?:team|manager|panel|"
        r"employer|company|client|business)\b"),
    fam("grammar: someone else was chosen (passive)", 4.0, ("someone", "somebody", "another", "other", "candidate", "applicant"),
        r"\b(?:someone|somebody) else (?:has |have |had )?(?:got|gotten|landed|secured|won|taken|took|was given|was offered|"
        r"has been (?:given|offered)) (?:the|this|that) (?:[\w-]+ ){0,2}?(?:job|role|position|post|place|offer)\b"
        r"(?! (?:i|we|you) (?:applied|went|interviewed|wanted)\b)",
        r"\b(?:another|a (?:more|stronger|different|better|more experienced|more senior)|an? (?:internal|external|other)) "
        r"(?:[\w-]+ )?(?:candidate|applicant|person|finalist)\b[^.!?;]{0,40}?\b(?:has|have|was|were)(?: now| since| already)? "
        r"(?:been )?(?:chosen|selected|appointed|hired|preferred|offered the (?:role|position|job|post))\b"
        r"(?= ?[.!;,]|$| (?:to|for|in|into) (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|opening)\b| "
        r"instead\b| on this occasion\b)",
        r"\b(?:someone|somebody|a candidate|an applicant|a person) (?:with|who (?:has|had)) (?:more|greater|stronger|deeper|"
        r"broader|better|closer|direct|specific)\b[^.!?;]{0,40}?\b(?:has been|was|have been|were|is being) (?:chosen|selected|"
        r"appointed|hired|preferred|offered)\b(?= ?[.!;,]|$| (?:to|for|in|into) (?:the|this|that|our) (?:[\w-]+ ){0,3}?"
        r"(?:role|position|job|post|vacancy|opening)\b| instead\b| on this occasion\b)"),
    fam("grammar: not made it through (contracted)", 4.0, ("not",),
        r"\b(?:you|your (?:application|candidacy|candidature|cv|profile))(?:'ve|'s| have| has) not (?:made it|got|gotten|progressed|"
        r"gone|moved|got through|made it through)(?: through)? (?:to|into|onto|past|beyond|through)\b"),
    fam("grammar: the reader is not seen going on", 4.0, ("see you", "see your"),
        r"\b(?:don't|do not|didn't|did not|can't|cannot|couldn't|could not) see (?:you|your (?:application|candidacy|profile|cv)) "
        r"(?:progressing|moving forward|going (?:any )?further|going forward|proceeding|advancing|being (?:shortlisted|selected|"
        r"successful)|fitting in|in (?:the|this) (?:role|position|job|post))\b(?! (?:in|on) (?:our|the) (?:system|portal|ats|inbox|"
        r"dashboard|tracker)\b)"),
    fam("grammar: out of the running", 4.0, ("running", "contention"),
        r"\byou(?:'re| are| were|'ve been| have been)(?: now)?(?: unfortunately| sadly)? (?:no longer in (?:the running|contention)|"
        r"out of (?:the running|contention))\b(?! (?:for (?:the|this|that) (?:[\w-]+ ){0,2}?(?:prize|award|draw|raffle|trip)))"),
    fam("grammar: assessed as not meeting the criteria", 4.0, ("not meeting", "not satisfying", "not fulfilling",
                                                                 "not demonstrating", "failing to", "below"),
        r"\b(?<!if you )(?<!if you were )(?:assessed|found|deemed|judged|considered|rated|evaluated) (?:as |to be )?(?:not (?:meeting|satisfying|fulfilling|"
        r"demonstrating)|failing to (?:meet|satisfy|demonstrate)|below) (?:the|our|all (?:of )?the) (?:[\w-]+ ){0,3}?(?:criteria|"
        r"requirements?|standard|threshold|bar|level|pass mark)\b"),
    fam("grammar: the reader could not be selected", 4.0, ("could not be", "couldn't be", "cannot be", "can't be"),
        r"\byou\b(?<!if you) (?:could not|couldn't|cannot|can't) be (?:selected|shortlisted|considered (?:further|for)|appointed|"
        r"offered|accommodated|taken forward|progressed|invited)\b(?! (?:until|unless|without|if|yet)\b)"),
    fam("grammar: not going to be able to take the reader on", 4.0, ("going to be able", "gonna be able"),
        r"(?:\bnot|n't) (?:going to|gonna) be able to (?:offer|hire|appoint|employ|take on|progress|shortlist|interview|invite|"
        r"move forward with|proceed with|take forward) (?:you\b|your (?:application|candidacy|candidature))"
        r"(?! (?:until|unless|without|if|before|in person|on (?:monday|tuesday|wednesday|thursday|friday))\b)"),
    fam("grammar: not enough of a match", 4.0, ("enough", "sufficient"),
        r"\b(?:don't|do not|didn't|did not) (?:feel|think|believe)(?: that)? there (?:is|was|'s|would be) (?:quite )?(?:enough of a|"
        r"a strong enough|a close enough|a good enough|sufficient) (?:match|fit|alignment|overlap)\b(?! (?:between (?:the|our) "
        r"(?:two|dates|calendars|schedules)|in (?:the|our) (?:calendars?|schedules?|diaries))\b)",
        r"\bthere (?:wasn't|was not|isn't|is not|won't be|will not be) (?:quite )?(?:enough of a|a strong enough|a close enough|"
        r"a good enough|sufficient) (?:match|fit|alignment|overlap)\b(?! (?:between (?:the|our) (?:two|dates|calendars|schedules)|"
        r"in (?:the|our) (?:calendars?|schedules?|diaries))\b)"),
    fam("grammar: the reader's name not recommended or referred", 4.0, ("recommend", "refer", "among", "one of"),
        r"(?:\bnot|n't) (?:been )?recommended? (?:your (?:name|candidature|candidacy|application))\b",
        r"\byour (?:name|candidature|candidacy|application)\b(?<!if your name)(?<!if your application) (?:has|have|was|were|is)"
        r"(?: not|n't) (?:been )?recommended\b(?! (?:yet|so far)\b)",
        r"(?:\bnot|n't|\bunable to) (?:be )?(?:able to )?refer(?:ring)? (?:you|your (?:application|candidacy|candidature|cv|profile)) "
        r"(?:on\b|for (?:further )?(?:consideration|interview|selection)|to (?:the|a) (?:[\w-]+ ){0,2}?(?:hiring|selecting|recruiting|"
        r"line) (?:manager|official|panel|team))",
        r"\b(?:found|deemed|judged|considered|determined|rated) (?:to be )?not (?:among|one of) the (?:best|most|highest|top)\b"),
    fam("grammar: the candidature cannot be processed further", 4.0, ("further",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:able to )?(?:process|review|assess|evaluat|consider)\w* (?:you|your (?:application|candidacy|"
        r"candidature|cv|profile)) (?:any )?further\b" + _EN_NOT_CONDITION + _EN_NO_LATER_CONDITION),
    fam("grammar: the reader did not qualify", 4.0, ("qualify",),
        r"\byou\b(?<!if you) (?:did not|didn't|have not|haven't|could not|couldn't|do not|don't) qualify (?:in|for|at|through) "
        r"(?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:exam|examination|test|round|stage|interview|assessment|shortlist|post|position|"
        r"role|selection|screening)s?\b"),
    fam("grammar: a status for this job", 4.0, ("status",),
        r"\bstatus (?:for|of|on) (?:this|the|your) (?:[\w-]+ ){0,3}?(?:job|role|position|application|vacancy|announcement|"
        r"requisition|posting)\s?: ?(?:unsuccessful|rejected|declined|not (?:referred|selected|shortlisted|qualified|eligible|"
        r"successful|progressing|moving forward)|ineligible)\b",
        r"\bstatus\s?: ?(?:not referred|not qualified|ineligible|not eligible)\b"),
    fam("grammar: another CV or a different kind of person chosen", 4.0, ("other cv", "other resume", "other profile",
                                                                          "different cv", "different resume", "different profile",
                                                                          "stronger cv", "stronger resume", "stronger profile",
                                                                          "a more ", "a less ", "an more", "a stronger ",
                                                                          "a better ", "a different ", "someone ", "somebody "),
        r"\b(?:gone|went|go|going|chose|chosen|selected|picked|opted for|proceed\w* with|moving forward with|progress\w* with|"
        # (not "picked it out of many other profiles": the reader's CV won)
        r"shortlisted)\b(?:(?!\b(?:out of|from|among|over|above|ahead of)\b)[^.!?;]){0,25}?\b(?:another|a different|a stronger|"
        r"other) (?:cv|resume|profile)s?\b" + _NOT_A_COMPOUND,
        r"\b(?:going|gone|went|go|opted|decided to go|chose|chosen|selected|picked) (?:with|for)? ?(?:a|an|someone|somebody) "
        r"(?:more|less|stronger|better|different)\b[^.!?;]{0,20}?\b(?:person|candidate|applicant|profile|hire)\b"
        r"(?! to (?:run|lead|do|host|chair|present|interview|assess|cover)\b)" + _NOT_A_COMPOUND),
    fam("grammar: a verdict after a dash in the subject line", 3.5, ("unsuccessful", "not progress", "not selected",
                                                                     "not shortlisted", "not successful", "not moving",
                                                                     "not proceeding", "declined", "rejected", "regret"),
        r"^(?:(?:re|fwd?|aw|tr) ?: )*[^.!?;]{0,80}?\b(?:application|candidacy|candidature|applying)\b[^.!?;:]{0,60}? ?"
        r"[-:|\u2013\u2014] ?(?:unsuccessful|not (?:progressing|progressed|successful|selected|shortlisted|moving (?:forward|ahead)|"
        r"proceeding|taken forward)|declined|rejected)\b",
        r"^(?:(?:re|fwd?|aw|tr) ?: )*regret (?:letter|intimation|mail|e-?mail|notification)\b",
        r"^(?:(?:re|fwd?|aw|tr) ?: )*(?:application )?(?:unsuccessful|not (?:progressing|progressed|successful|selected|shortlisted|"
        r"proceeding|taken forward)|regret) ?[-:|\u2013\u2014] ?\w"),
]


# Twelfth layer (round 7, the common templates and short notes, tests/corpus/dev7/en): the reason a founder or agency
# gives instead of the verdict, "we need someone with more X experience" / "someone more senior" (said by the hiring
# side, past or present; "more than" is a job advert's requirement, not a comparison with the reader).
DECISIONS += [
    fam("grammar: the hiring side needs someone with more experience", 3.5, ("someone", "somebody", "a candidate", "a person"),
        r"\b(?:we|they|the (?:client|team|company|business|hiring manager|panel))(?:'re|'ve|'d| are| have| had| has| really| just|"
        r" ultimately| actually)* (?:need|needed|needs|want|wanted|wants|were after|are after|were looking for|are looking for|"
        r"went for|preferred|require|required|requires)\b (?:someone|somebody|a candidate|a person|an applicant) "
        r"(?:(?:with|who has|who had|who's got|that has) (?:a bit |a little |slightly |much |far |a lot )?(?:more|stronger|deeper|"
        r"broader|greater) (?!than\b)(?:[\w-]+ ){0,3}?(?:experience|knowledge|expertise|exposure|background)\b|"
        r"(?:a bit |a little |slightly |much |far )?more (?:senior|experienced|qualified)\b)(?! than\b)"),
]

# Thirteenth layer (round 8, an eighth author writing rarer phrasing, tests/corpus/dev8/en): the remaining applications
# closed "including yours"; another person named by a job title ("gone with another designer whose..."); an internal hire
# said as the act ("we ended up hiring internally"); a nominal "non-selection of your candidacy"; a status the application
# "has moved to"; the other finalist asked to join; a decision "in favour of" another candidate; a translated "we have not
# retained your application for the next steps".
# a job title as the person chosen (-er, -or, -ist, -ant...), but not a firm or a thing bought ("another supplier")
_EN_TITLE_PERSON = (r"(?!(?:supplier|provider|vendor|caterer|printer|partner|courier|carrier|contractor|manufacturer|distributor|"
                    r"retailer|builder|venue|option|quote|tender|offer|order|date|time)s?\b)[\w-]+(?:er|or|ist|ant|ent|ian|ect|ef|ive|ee)")
DECISIONS += [
    fam("grammar: the remaining applications are closed, including the reader's", 4.0, ("including you",),
        r"\bclos\w* (?:out |off |down )?(?:all |the |any )?(?:remaining |other |open |outstanding |active |external |internal )*"
        r"(?:applications|candidacies)"
        r"\b[^.!?;]{0,20}\bincluding (?:yours|you|your (?:application|candidacy))\b(?![^.!?;]{0,30}\b(?:if|unless|until)\b)",
        # ...or the whole hiring for the post: "we're closing the Ops Lead hiring process, including your application"
        r"\bclos(?:e|ed|ing) (?:down |out )?(?:the|this|our|that) (?:[\w-]+ ){0,3}?(?:hiring|recruitment|recruiting|"
        r"selection|application) (?:process|round|campaign)\b[^.!?;]{0,20}\bincluding (?:yours|your (?:application|"
        r"candidacy))\b(?![^.!?;]{0,30}\b(?:if|unless|until)\b)"),
    fam("grammar: another person named by a job title was chosen", 4.0, ("another", "a different"),
        rf"\b(?<!not )(?<!n't )(?:gone|went|go(?:ing)?|chose|chosen|selected|hired|appointed|picked|settled on|opted for|decided on)\b"
        rf"(?: with| for| on)? (?:another|a different) (?:[\w-]+ )?{_EN_TITLE_PERSON}\b (?:who|whose)\b"
        r"(?![^.!?;]{0,80}\b(?:still|also) (?:like|want|keen)\b)"),  # another post is still open to the reader
    fam("grammar: the role was filled by an internal hire", 4.0, ("internally", "from within"),
        r"\b(?:ended up (?:hiring|recruiting|appointing|promoting|filling)|(?:we|they)(?:'ve| have| had)? (?:hired|recruited|appointed|"
        r"promoted|filled)|(?:we|they)(?:'re| are) (?:hiring|recruiting|appointing|promoting|filling))(?: (?:it|someone|somebody|"
        r"the (?:[\w-]+ ){0,3}?(?:role|position|post|spot|vacancy|job)))? (?:internally|from within)\b"),
    fam("grammar: a nominal non-selection", 4.0, ("non-", "non "),
        r"\bnon-? ?(?:selection|appointment|progression) (?:of|for) (?:your|you)\b",
        r"\b(?:this|the) (?:letter|e-?mail|message|notice) (?:confirms|is to confirm|serves as)\b[^.!?;]{0,20}\bnon-? ?"
        r"(?:selection|appointment|progression)\b"),
    fam("grammar: the application has moved to a rejected status", 4.0, ("moved", "changed", "updated", "marked", "set "),
        r"\b(?:application|candidacy|candidature)\b(?<!if your application)[^.!?;]{0,60}?\b(?:has |have |was |is )?(?:been |now )?"
        r"(?:moved|changed|updated|set|marked)(?: to| as)(?: status)?:? ['\"]?(?:rejected|declined|not selected|unsuccessful|"
        r"not successful|not progressing|not moving forward)\b(?![^.!?;]{0,20}\b(?:by mistake|in error|by accident)\b)"),
    fam("grammar: the other finalist was asked to join", 4.0, ("to join", "to take", "to accept", "to start", "to fill"),
        r"\b(?:asked|invited|offered) (?:the other|another|a different|our other) (?:[\w-]+ )?(?:candidate|applicant|finalist|person)s? "
        r"to (?:join(?= ?[.!,;]|$| (?:us|the (?:[\w-]+ )?team|our (?:[\w-]+ )?team|the (?:company|business|practice|firm))\b)|take (?:the|this|that|"
        r"up the) (?:[\w-]+ ){0,2}?(?:role|position|job|post)|accept (?:the|our) (?:offer|role|position|job))"),
    fam("grammar: the decision went in favour of another candidate", 4.0, ("in favour of", "in favor of"),
        r"\b(?:decision|decided|choice|chosen|opted)\b[^.!?;]{0,40}?\bin favou?r of (?:(?:a|an|another|the other|a different) "
        r"(?:[\w-]+ ){0,2}?(?:candidate|applicant|person|finalist|colleague|profile)|someone|somebody)\b(?![\w-])"),
    fam("grammar: the application was not retained for the next step", 4.0, ("retain", "select", "shortlist"),
        r"\b(?:have|has|had|did)(?: not|n't) (?:retain(?:ed)?|select(?:ed)?|shortlist(?:ed)?) (?:your (?:application|candidacy|"
        r"candidature|profile|cv)|you)\b(?= for (?:the |this |our |a |an |any )?(?:next|further|following|final|interview|second|"
        r"role|position|post|job|vacancy|opening|selection)\b)(?![^.!?;]{0,40}\byet\b)"),
]

# ...and probed with rewordings of its ideas: the hiring side discontinues the application; the role given to "a candidate
# with more..."; preference given to others; the recruitment concluded or an appointment made (said at the end of the
# sentence, so "made an appointment for you" is no decision); our preferred candidate selected; the belief negated before
# "your background aligns"; another candidate accepted.
DECISIONS += [
    fam("grammar: the hiring side discontinues the application", 4.0, ("discontinu",),
        r"\b(?:we|i|they)(?:'re| are|'ve| have| had| will| must)?(?: now| therefore| regretfully| unfortunately| sadly)? "
        r"(?:(?:decided|chosen|opted|had|need|needed|have) to )?discontinu\w* (?:your|the) (?:application|candidacy|candidature)\b"
        r"(?![^.!?;]{0,40}\b(?:if|unless|until|without)\b)"),
    fam("grammar: the role was given to a candidate with more", 4.0, ("to a ", "to an ", "to the "),
        r"\b(?:gave|given|offered|awarded)\b (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|place) to "
        r"(?:a|an|the) (?:[\w-]+ )?(?:candidate|applicant|person|finalist|someone) (?:who|whose|with|that)\b[^.!?;]{0,50}\b(?:more|"
        r"better|closer|stronger|greater|deeper|broader|longer|already|direct)\b"
        r"(?![^.!?;]{0,60}\b(?:last|previous|earlier) (?:year|time|round|month|spring|summer|autumn|winter)\b)"),
    fam("grammar: preference was given to others", 4.0, ("preference",),
        r"\bpreference (?:has been|was|had been|has now been) given to (?:(?:other|another|stronger|more (?:experienced|suitable|"
        r"qualified)) (?:candidates?|applicants?)|(?:candidates?|applicants?) (?:who|whose|with)\b[^.!?;]{0,50}\b(?:more|better|"
        r"closer|stronger|greater|deeper|broader|longer|direct))"),
    fam("grammar: the recruitment is concluded with an appointment", 3.5, ("appointment", "concluded", "completed", "finalised",
                                                                            "finalized"),
        r"\b(?:we|the (?:panel|board|committee|governors|council|trust|school|team))(?:'ve| have| has)(?: now| since| already)? "
        r"made (?:an|the|our|their|its) appointment\b(?= ?[.!;]|$| (?:to|for) (?:the|this|that) (?:post|position|role|vacancy)\b)",
        r"\b(?:we|the (?:panel|board|committee|team))(?:'ve| have| has)(?: now)? (?:concluded|completed|finalised|finalized) "
        r"(?:the|our|this) (?:recruitment|selection|hiring)(?: process| exercise| campaign)?(?: for (?:the|this|that) (?:[\w-]+ ){0,3}?"
        r"(?:role|position|post|vacancy|job))?(?= ?[.!;]|$| and (?:have |has )?(?:made|appointed|selected|offered|filled)\b)"),
    fam("grammar: our preferred candidate is selected", 4.0, ("preferred",),
        r"\b(?:selected|chosen|identified|appointed|found|hired) (?:our|a|the) preferred (?:candidate|applicant)\b"
        r"(?![^.!?;]{0,60}\b(?:but|if|should|unless|reserve)\b)"),  # the reader may be the reserve
    fam("grammar: the belief negated before the profile aligns", 4.0, ("feel", "think", "believe"),
        r"\b(?:don't|do not|didn't|did not) (?:feel|think|believe)(?: that)? (?:your|you)\b[^.!?;]{0,40}?\b(?:aligns?|matche?s?|fits?|"
        r"meets?)\b(?: (?:quite|sufficiently|fully|closely|well|strongly|enough))* (?:with (?:the|this|our|what) (?:[\w-]+ ){0,2}?"
        r"(?:role|position|job|post|requirements?|needs|criteria|brief|we)|(?:our|the) (?:[\w-]+ )?(?:requirements?|needs|criteria))\b"),
    fam("grammar: the reader was not found suitable", 4.0, ("find you", "found you", "consider you", "considered you", "deem you",
                                                           "judge you", "rate you", "assess you"),
        r"\b(?:did not|didn't|do not|does not|doesn't|could not|couldn't) (?:find|consider|deem|judge|rate|assess) you (?:to be |as )?"
        r"(?:suitable|appointable|eligible|ready|strong enough)\b(?! (?:to|for) (?:a|an|the) (?:[\w-]+ )?(?:slot|time|date|call|meeting)\b)"),
    fam("grammar: the application was ruled out", 4.0, ("ruled",),
        r"\b(?<!not )(?<!n't )(?<!yet )(?<!never )ruled (?:you|your (?:application|candidacy|candidature|cv|profile)) out\b",
        r"\b(?<!not )(?<!n't )(?<!yet )(?<!never )ruled out (?:you\b|your (?:application|candidacy|candidature|cv|profile))\b"),
    # the subject line alone: a job title then the verdict ("Production Planner - Unsuccessful"), or a nominal verdict
    # first ("Non-selection notice - ...", "Candidacy closed - ..."); the title names no meeting, order, claim or paper
    fam("grammar: a verdict beside a job title in the subject line", 3.5, ("unsuccessful", "not progress", "not selected",
                                                                          "not shortlisted", "not successful", "not proceeding",
                                                                          "declined", "rejected", "non-selection",
                                                                          "non selection", "candidacy closed",
                                                                          "candidature closed"),
        r"^(?:(?:re|fwd?|aw|tr) ?: )*(?![^-:|\u2013\u2014]*\b(?:interview|meeting|call|invit|event|booking|appointment|expense|claim|"
        r"order|payment|card|loan|request|leave|timesheet|pull request|merge|invoice|transaction|paper|submission|abstract|talk|"
        r"proposal|grant|visa|permit|flat|tenancy|membership)\w*)[^-.!?;:|\u2013\u2014]{0,50}?\b(?:[\w-]+(?:er|or|ist|ant|ent|ian|ive|ate|"
        r"ee|ef|ic|ect)|lead|nurse|intern|internship|apprentice\w*|clerk|head|chief|partner|associate|officer)(?: \([^)]{1,20}\))? ?"
        r"[-:|\u2013\u2014] ?(?:unsuccessful|"
        r"not (?:progressing|progressed|successful|selected|shortlisted|proceeding)|declined|rejected)\b"
        r"(?! ?:)(?! (?:by|for|to|from|candidates|applicants|list|report|emails?|letters?)\b)",  # not "Declined: <event>"
        r"^(?:(?:re|fwd?|aw|tr) ?: )*(?:non-? ?selection|(?:candidacy|candidature) closed)(?: notice| notification| letter)? ?"
        r"[-:|\u2013\u2014] ?\w"),
    fam("grammar: the outcome was not positive", 4.0, ("positive", "favourable", "favorable"),
        rf"\b{_NOT_IF_THE}(?<!if your )(?:outcome|result|decision)\b[^.!?;]{{0,30}}?\b(?:was not|wasn't|is not|isn't|has not been|"
        r"hasn't been)(?: a| the)? "
        r"(?:positive|favou?rable)(?: one)?\b(?! yet\b)"),
    fam("grammar: the offer went to someone else", 4.0, ("offer",),
        r"\b(?:made|extended) (?:an|the|our) (?:job )?offer to (?:someone|somebody) else\b",
        r"\boffer (?:has been|was|had been|has now been) (?:made|extended) to (?:another|a different|the other|one of the other|"
        r"an? (?:internal|external|other)|someone|somebody)\b"),
    fam("grammar: the reader had not enough experience", 4.0, ("enough", "sufficient"),
        r"\b(?:you\b(?<!if you) (?:didn't|did not|don't|do not)|(?:don't|do not|didn't|did not) (?:feel|think|believe)(?: that)? you) "
        r"(?:have|had|bring|brought|show|showed) (?:quite |yet )?(?:enough|sufficient) (?:[\w-]+ ){0,3}?(?:experience|knowledge|"
        r"expertise|skills|background|exposure)\b"),
    fam("grammar: no further opportunities for the reader", 3.5, ("no further", "no other", "no suitable"),
        r"\b(?:we|i)(?:'ve| have| currently have| presently have)? no (?:further|other|suitable)(?: suitable| current)? "
        r"(?:opportunities|roles|positions|vacancies|openings) (?:for you|available for you|that (?:match|suit|fit) (?:you|your))\b"),
    fam("grammar: the hiring side closed the post", 3.5, ("closed", "withdrawn", "cancel", "pulled", "scrapped", "shelved",
                                                           "decision"),
        r"\b(?:made|taken|reached|come to) (?:the|a) (?:difficult |tough |hard |final )?decision (?:not to|to not) (?:recruit|fill|"
        r"appoint)(?: to)? (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|post|vacancy|job)\b(?! with\b)",
        r"\bwe(?:'ve| have| had)(?: now| since| therefore)? (?:closed|withdrawn|cancel+ed|pulled|scrapped|shelved) (?:the|this|that|"
        r"our) (?:[\w-]+ ){0,3}?(?:vacancy|role|position|post|job|opening|requisition)\b (?:and (?:will not|won't|are not|aren't|"
        r"will no longer|are no longer) (?:be )?(?:appointing|filling|recruiting|hiring|proceeding)|(?:due to|because of|following) "
        r"(?:a |the |an )?(?:[\w-]+ )?(?:restructur|budget|review|reorgani[sz]|funding|freeze)\w*)"),
    # typed in a hurry: "wont be procceding with you're aplication", "not able to progess your application", "has been
    # unsucessful" (each key word may double or drop a letter; the negation may lose its apostrophe)
    fam("grammar: a misspelt decision", 4.0, ("not", "wont", "cant", "dont", "n't", "nsuc"),
        r"(?:\bnot|\bwont|\bcant|\bdont|n't)\b(?: be| able to| be able to)? (?:pro(?:c+e+d+\w*|g+r?e+s+\w*)|continu\w*)(?: with)? "
        r"(?:your|you're|youre|ur) a+p+l+i+c+a+t+i?o+n\b(?![^.!?;]{0,40}\b(?:yet|until|unless|without|if)\b)",
        r"\b(?:a+p+l+i+c+a+t+i?o+n|candidacy)\b[^.!?;]{0,30}?\b(?:was|were|has been|have been|is) (?:not (?:been )?su|(?:been )?unsu)"
        r"c+e+s+f+u+l+\b(?<!successful)"),
    fam("grammar: another candidate was accepted", 4.0, ("accepted",),
        r"\b(?:we|they|the (?:client|team|panel|company))(?:'ve| have| had)? accepted (?:another|a different|an? (?:internal|other)|"
        r"the other) (?:[\w-]+ )?(?:candidate|applicant)\b(?!')(?! (?:alongside|as well|too)\b)"),
]

# Sweep layer (own rewordings, tests/test_detect_sweep_en.py): the opening given to "another engineer" (a job title for
# the person), "ended up hiring someone with more...", the role offered "elsewhere", the role "taken",
# "pulled" or "not going to happen", hiring frozen or "put on ice", the reader "cannot continue in the selection
# process", a status "marked as unsuccessful", nothing to offer to an open application.
_SWEEP_CHOSE = (r"(?:decided|chosen|chose|selected|opted|went|gone|going|go|move|moving|proceed\w*|hired|appointed|offered|"
                r"picked|pursu\w*|settled)")
DECISIONS += [
    fam("grammar: another hire for the opening", 4.0, ("another", "a different", "the other", "ended up", "elsewhere",
                                                      "someone with", "somebody with", "person with", "someone who",
                                                      "somebody who", "person who"),
        # "move ahead with another engineer for this opening": a job title stands for the person
        rf"\b(?<!not ){_NOT_HYPOTHETICAL}{_NOT_PROPOSED}{_SWEEP_CHOSE}\b{_GAP_NOT_YOU}\b(?:another|a different|the other) (?:[\w-]+ ){{1,2}}?"
        r"for (?:the|this|that|our) (?:[\w-]+ ){0,2}?(?:role|position|job|post|vacancy|opening|spot)\b" + _BESIDE_YOU
        # an earlier hire who has left: the post is open again ("...but she has moved on, so the position is open again")
        + r"(?![^.!?;]{0,60}\b(?:moved on|left us|open again|reopened|re-opened)\b)",
        # "we ended up hiring a designer with more fintech background", "ended up going with someone else"
        r"\bended up (?:going with|hiring|choosing|picking|selecting|appointing|offering (?:it|the (?:[\w-]+ )?(?:role|job|"
        r"position|post)) to) (?:someone|somebody|another|a different|the other|an? (?:[\w-]+ ){1,2}?(?:with|who (?:has|had)) "
        r"(?:more|stronger|deeper|broader|greater|much more)\b(?! than\b))" + _NOT_A_TASK
        + r"(?![^.!?;]{0,60}?\b(?:for|on) the (?:[\w-]+ )?(?:shifts?|rota|project|event)\b)",
        r"\b(?:offer\w*|give|given|gave) (?:the|this|that) (?:[\w-]+ )?(?:role|position|job|post|vacancy|place) elsewhere\b",
        r"\b(?:picked|chose|chosen|selected|hired|appointed|went with|gone with|going with|go with)\b (?:someone|somebody|a person) "
        r"(?:with|who (?:has|had|brings)) (?:more|stronger|deeper|greater|broader|better|a lot more)\b(?! than\b)"),
    fam("grammar: the role is taken, pulled or not going ahead", 3.5, ("taken", "pulled", "scrapped", "axed", "shelved",
                                                                     "canned", "happen", "go ahead", "going ahead",
                                                                     "recruited to"),
        rf"\b{_NOT_IF_THE}(?:position|role|job|vacancy|post|opening)(?:'s| has| is| was| got)(?: now| already| since)? (?:been )?"
        r"(?:taken|pulled|scrapped|axed|shelved|canned)\b(?! (?:into|on|up|over|out|off|care|down|away|forward|further|to|from|"
        r"in|by you|seriously)\b)",
        rf"\b{_NOT_IF_THE}(?:position|role|job|vacancy|post|opening)\b[^.!?;]{{0,20}}\b(?:won't|will not|isn't going to|is not "
        r"going to)(?: now)? (?:be )?(?:happen|go ahead|going ahead|recruited to)\b" + _EN_NO_LATER_CONDITION),
    fam("grammar: hiring frozen for the role", 3.5, ("freez", "frozen", "on ice", "suspend", "halt", "decision to"),
        r"\b(?:freeze|freezing|froze|frozen|halt|halted|halting|suspend|suspended|suspending) (?:all |our |new |external |any )*"
        r"(?:hiring|recruitment|recruiting)\b[^.!?;]{0,60}\b(?:role|position|post|vacancy|job|opening|application|candidacy)s?\b",
        r"\bput (?:all |our )?(?:external |new )?(?:hiring|recruitment|recruiting) on (?:ice|hold)\b[^.!?;]{0,80}"
        r"\b(?:role|position|post|vacancy|job|opening|application|candidacy)s?\b",
        r"\b(?:made|taken|took) the (?:difficult |hard |tough )?decision to (?:withdraw|cancel|close|pull|freeze|scrap|shelve) "
        r"(?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:vacancy|role|position|post|job|opening|requisition)\b"
        r"(?! (?:advert|ad|posting|listing)\b)"),
    fam("grammar: the reader cannot continue in the process", 4.0, ("continue", "proceed", "progress", "remain"),
        r"\byou\b(?<!if you)(?<!unless you) (?:cannot|can't|will not|won't|are unable to|are not able to|may not|will no longer|"
        r"can no longer) (?:be able to )?(?:continue|proceed|progress|remain|go on) (?:in|with|through) (?:our|the|this) "
        r"(?:[\w-]+ )?(?:selection|recruitment|hiring|application|assessment|interview) process\b" + _EN_NOT_CONDITION
        + _EN_NO_LATER_CONDITION),
    fam("grammar: the status is marked unsuccessful", 4.0, ("marked", "set your", "moved your", "updated your", "changed your"),
        r"\b(?<!wrongly )(?<!incorrectly )(?<!accidentally )(?:marked|set|moved|updated|changed) (?:your (?:application|"
        r"candidacy)|the status of your (?:application|candidacy))(?: status)? (?:as|to) (?:unsuccessful|rejected|declined|"
        r"not selected|not progressing|closed|not moving forward)\b(?! (?:in error|by mistake|by accident|incorrectly)\b)"),
]


# A post offered, filled or applied for is a job even when no other job word occurs ("offered the junior architect post").
# Sweep 2 (tests/test_detect_sweep2_en.py): registers the first sweep did not have (Indian and West African office
# English, trades and hospitality two-liners, ATS relays, hurried typing).
_NOT_UNTIL = r"(?![^.!?;]{0,40}\b(?:until|unless|without|if|yet|once)\b)"
DECISIONS += [
    # "the panel has not recommended your profile for the next level"
    fam("grammar: the reader's profile was not recommended", 4.0, ("recommend",),
        r"(?:\bnot|n't) (?:been )?recommend(?:ed)? (?:your (?:profile|application|candidature|candidacy|cv)|you) for\b"),
    # "did not meet the required standard to progress to interview" (a sift)
    fam("grammar: the required standard was not met", 4.0, ("not meet", "n't meet", "not reach", "n't reach", "not achieve",
                                                            "n't achieve"),
        r"\b(?:did|does|do)(?: not|n't) (?:meet|reach|achieve) the (?:required|minimum|necessary|expected) (?:standard|level|score|"
        r"threshold|mark|criteria)\b"),
    # "there's nothing going for now", "we've nothing suitable at the moment" (a speculative CV to a trade or a shop)
    # ("nothing available" is left out: a diary with no free slot says it)
    fam("grammar: nothing going for the reader", 4.0, ("nothing going", "nothing suitable"),
        r"\b(?:there's|there is|we've got|we have|we've) nothing (?:going|suitable)(?: for you)?"
        r"(?= ?[.!,;]|$| at the moment| right now| for now| just now| at present)"),
    # "has moved on with other applicants", "we've moved forward with another candidate"
    fam("grammar: moved on with other candidates", 4.0, ("moved on", "moved forward", "moved ahead", "moving on with",
                                                          "moving forward with", "moving ahead with"),
        rf"\b(?<!not )(?<!also )(?:moved|moving) (?:on|forward|ahead) with (?:\w+ ){{0,2}}?{_EN_OTHER} (?:candidate|applicant|person|"
        r"profile|finalist|people)s?\b" + _BESIDE_YOU),
    # "sorry, no longer hiring for that one"
    fam("grammar: no longer hiring for that role", 3.5, ("no longer hiring", "no longer recruiting"),
        r"(?:^|(?<=[.!?,:] ))(?:(?:sorry|unfortunately|sadly),? )?(?:we're |we are |we've |we have )?no longer (?:hiring|recruiting) "
        r"(?:for )?(?:that|this|the) (?:one|role|position|job|vacancy|post)\b"),
    # "the panel decided not to offer it to you"
    fam("grammar: decided not to offer the role to the reader", 4.0, ("not to offer",),
        r"\b(?:decided|chosen|opted|elected) not to offer (?:it|the (?:[\w-]+ )?(?:role|job|position|post)|this (?:role|job|position|"
        r"post)) to you\b"),
    # "we can't progress this application", "we wont be taking ur application fwd"
    fam("grammar: this application will not go further", 4.0, ("this application", "fwd", "ur app"),
        rf"(?:\bnot|n't|\bwont|\bcant|\bunable to)(?: be| be able to)? (?:progress|proceed with|take forward|move forward with|continue "
        rf"with) this application\b{_NOT_UNTIL}",
        rf"(?:\bnot|n't|\bwont|\bcant)(?: be)? (?:taking|take|moving|move|putting|put) (?:your|ur) (?:application|app|cv) (?:fwd|forward|"
        rf"further)\b{_NOT_UNTIL}"),
    # "the team decided its not the right fit" (hurried, no apostrophe; the decision verb says whose view it is)
    fam("grammar: decided it is not the right fit", 4.0, ("decided",),
        r"\bdecided (?:that )?(?:its|it's|it is|it was) not (?:the right|a good|a great|quite the right|the best) (?:fit|match)\b"),
    # "we took on another candidate who could start straight away" (the reason names the other's start date)
    fam("grammar: someone who could start sooner was chosen", 4.0, ("start",),
        r"\b(?:took on|taken on|hired|chose|chosen|picked|went with|gone with|going with|offered (?:it|the (?:role|job|position)) "
        r"to) (?:another|a different|the other|someone|somebody) (?:[\w-]+ )?(?:who|that) (?:could|can) start (?:straight away|"
        r"sooner|immediately|earlier|right away)\b"),
    # "we won't be moving ahead with the other finalists, including you" (the reader among those let go)
    fam("grammar: not going on with the others, the reader included", 4.0, ("including you",),
        r"(?:\bnot|n't) (?:be )?(?:moving|going|proceeding|progressing|continuing) (?:ahead |forward )?with (?:the )?(?:other|"
        r"remaining) (?:finalists|candidates|applicants)\b[^.!?;]{0,10}\bincluding you\b"),
    # "it's not one we can take forward" (the application as "one")
    # ...or "yours isn't one we'll be taking into the onsite" (the next step named)
    fam("grammar: not one we can take forward", 4.0, ("not one", "not something", "n't one"),
        r"\bnot (?:one|something) (?:that )?we(?:'re| are)? (?:can|could|able to|will be able to|are going to) (?:take|move|put|"
        r"progress|carry) (?:forward|further)\b",
        r"\b(?:yours|your (?:[\w-]+ )?(?:application|submission|candidacy|profile|cv|exercise|test|assignment|task)|it) "
        r"(?:is not|isn't|was not|"
        r"wasn't) one (?:that )?we(?:'ll| will|'re| are|'d| would)? (?:be )?(?:taking|moving|putting|progressing|bringing|"
        r"inviting) (?:forward|further|through|on|(?:in)?to (?:the|our) (?:[\w-]+ )?(?:onsite|on-site|final|next|interview|"
        r"second|third|panel|assessment)s?)\b"),
]


JOB_WORDS = (r"offer(?:ed|ing)? (?:the|this|that|our|a) (?:[\w-]+ ){0,3}post|filled (?:the|this|that|our) (?:[\w-]+ ){0,3}post|"
             r"appl(?:ied|ying) for (?:the|this|that|a|our) (?:[\w-]+ ){0,3}post|shortlist\w*|"
             r"internal hire|external hire|new hires?|extend(?:ed|ing)? (?:you )?(?:an|the|our) offer|"
             r"onsite interview|phone screen|take-home|headhunt\w*|interview(?:ing|ed|s)|"
             # the step the reader took names the job ("after your onsite", "the technical test", "offering you the post")
             r"your onsite|technical (?:test|assessment|exercise|round)|coding (?:test|challenge|exercise)|"
             r"offer(?:ed|ing)? you (?:the|this|that|our|a) (?:[\w-]+ ){0,3}post")

# The reader's own candidacy named through the step they took ("thanks for interviewing for the role").
YOURS_WORDS = (r"thank(?:s| you) (?:\w+ )?for interviewing (?:with|for|at)\b|"
               # the reader's visit or trial named by a trade's or a shop's owner ("cheers for coming in", "thanks for
               # the trial on Saturday", "thank you for attending the interview")
               r"(?:thank(?:s| you)|cheers) (?:\w+ )?(?:again )?for (?:coming (?:in|down|out|along)|(?:the|your|doing the) "
               r"trial|attending (?:the|your) interview)\b|"
               # ...or a trial named after the visit: "thank you for visiting the nursery for your trial morning", "thanks
               # for cooking for us on Thursday" (a kitchen's trial shift)
               r"(?:thank(?:s| you)|cheers) (?:\w+ ){0,6}?for (?:your|the) trial (?:shift|day|morning|afternoon|evening|week|"
               r"session|period)\b|(?:thank(?:s| you)|cheers) (?:\w+ )?(?:again )?for (?:cooking|baking) for us\b|"
               # ...or the meeting: "thank you for meeting us / the team / the children" (a family hiring a nanny; a
               # candidate writing to the reader says "meeting me")
               r"(?:thank(?:s| you)|cheers) (?:\w+ )?(?:again )?for (?:meeting|coming to meet) (?:with )?(?:us|the team|our team|"
               r"the children|the kids|the family)\b|"
               # a trade's curt "thanks for the application" ("your application" is named in phrases.py)
               r"(?:thank(?:s| you)|cheers) (?:\w+ )?(?:again )?for the application\b|"
               r"(?:took|taking|take|taken|spent|spending) (?:the )?time to (?:apply|interview)\b|"
               r"(?:extend|extending|make|making|offer|offering) you (?:an|a|the|our) (?:job |formal |written )?offer\b|"
               # ...or the talk the reader had about the post: "really appreciated you chatting with us about the Product
               # Designer position", "thanks for speaking with me about the role"
               r"(?:thank(?:s| you) (?:\w+ )?(?:again )?for|appreciated?) (?:you )?(?:chatting|speaking|talking) (?:with|to) "
               r"(?:us|me|the team|our team) about (?:the|this|our) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy|opening)\b")

# The words before "'s" or " has" that are no person's name: a possessive or a subject of the hiring side's ("your
# company's application for the grant", "the hiring manager has been informed")
_NOT_A_NAME = ("your", "our", "my", "the", "it", "this", "that", "everyone", "everybody", "hr", "manager", "client", "team",
               "panel", "company", "agency", "firm", "employer")


# ...and before a wish: "although we'd love to invite you to interview, ..." (a wish the no denies)
_WISH_DENIED = ("although we", "although i", "though we", "though i", "while we", "whilst we", "much as we", "much as i")


def _not_before(literal: str, words: tuple[str, ...]) -> str:
    """Look-behinds, read after ``literal``, that none of ``words`` stands right before it."""
    return "".join(f"(?<!\\b{w}{literal})" for w in words)


LOOKALIKES: list[Family] = [
    fam("look-alike: withdrawal by the candidate", -4.0, ("decided", "chosen", "opted", "elected", "declined", "turned down",
                                                         "withdrawn", "accepted", "your decision"),
        r"\byou(?<!if you)(?:'ve| have)? (?:decided|chosen|opted|elected) (?:to (?:decline|turn down|withdraw|accept (?:another|an(?:other)? "
        r"(?:offer|role|position|job)|a (?:role|position|job|offer))|pursue (?:another|other)|stay (?:in|with|where))|not to (?:accept|"
        r"proceed|continue|pursue|take up|go ahead))\b",
        r"\byou(?<!if you)(?:'ve| have) (?:declined|turned down) (?:our|the|this) (?:[\w-]+ ){0,2}?offer\b",
        r"\byour decision to (?:decline|withdraw|turn down|accept another|not (?:accept|proceed|continue|go ahead))\b",
        r"\byou(?<!if you)(?:'ve| have)? (?:accepted|taken|found) (?:another (?:[\w-]+ ){0,2}?(?:offer|position|role|job)|an? "
        r"(?:[\w-]+ ){0,2}?(?:offer|position|role|job) (?:elsewhere|with another|at another))\b",
        # ...or the job named by its employer: "thanks for telling me you've accepted the job at Corvel"
        r"\byou(?<!if you)(?:'ve| have)? (?:accepted|taken) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:offer|position|role|job) "
        r"(?:at|with|from) (?!(?:us|our|we|this|the same)\b)[a-z]",
        # the candidate writes, or is spoken of: "I have decided not to proceed with my application", "she decided not
        # to continue", "the candidate has withdrawn" (not "I've decided not to proceed with your application")
        r"\b(?:i|he|she|the candidate|the applicant)(?:'ve| have| has| had)? (?:\w+ )?(?:decided|chosen|"
        r"opted) (?:not to (?:proceed|continue|"
        r"go ahead|move forward|pursue|accept)|to (?:withdraw|decline|pull out))\b(?![^.!?;]{0,30}\b(?:you|your)\b)|"
        r"\b(?:the candidate|the applicant|he|she) (?:has|had) withdrawn\b"),
    # an agency's role gone before the reader's CV was sent: no application of the reader's was decided on
    fam("look-alike: the role went before the reader was put forward (en)", -4.0,
        ("before i", "before we", "mentioned", "told you about", "pitched", "flagged", "tried to apply"),
        r"\b(?:filled|closed|gone|taken|withdrawn|on hold)\b[^.!?;]{0,30}\bbefore (?:i|we) (?:could|got to|had (?:a|the) chance to|"
        r"managed to|were able to|was able to) (?:send|submit|put|forward|pass|introduce)\w*\b[^.!?;]{0,20}\b(?:your|you)\b",
        # a recruiter's own earlier suggestion, never applied for: "the role I mentioned last month has been filled"
        r"\b(?:role|position|job|opening|vacancy) (?:that )?(?:i|we) (?:mentioned|told you about|pitched|flagged)\b"
        # (not once the reader went on to apply: "the role I mentioned and put you forward for")
        r"(?![^.!?;]{0,60}\b(?:put you forward|put you up|submitted you|sent (?:over )?your (?:cv|profile|details)|"
        r"introduced you|you (?:applied|interviewed|met))\b)|"
        # a job board: "the job you tried to apply for is no longer available" (not "see similar jobs": rejections say it too)
        r"\byou tried to apply (?:for|to)\b"),
    fam("look-alike: the candidacy is said to be still alive (en)", -4.5,
        ("you and", "leaves you", "preferred", "in the mix", "in the running", "in the frame", "rejected", "on hold",
         "other shortlisted", "the other", "remaining", "report to h", "report to t", "reporting to h", "reporting to t",
         "still be", "still being", "still under"),
        r"\b(?:it's|it is|now|down to) (?:now )?(?:down to |between )?you and (?:one|two|three|an?|the) (?:other|final)\b",
        r"\bleaves you as (?:the|their|our) (?:preferred|top|lead\w*|only|remaining|strongest|first)\b",
        r"\byou(?:'re| are) (?:now |still )?(?:the|their|our) (?:preferred|top|leading|first-choice|front-running) candidate\b",
        r"\b(?:still|definitely|firmly) in the (?:mix|running|frame)\b",
        # the role changed around the reader: "we've appointed another person as team lead, and you'd report to her"
        r"\byou(?:'d| would| will|'ll) (?:be )?report(?:ing)? (?:directly )?to (?:her|him|them)\b",
        r"\b(?:have|has|had)(?: not|n't) (?:been )?rejected (?:your|you)\b|\b(?:are|is|were|was)(?: not|n't) (?:being )?rejected\b",
        r"\byour (?:application|candidacy) is (?:currently |now |temporarily )?on hold\b",
        # (round 21) "the vacancy has closed early ...; your application will still be considered"
        r"\byour (?:application|candidacy|candidature) (?:will|would|shall) still be (?:considered|reviewed|assessed)\b",
        r"\byour (?:application|candidacy|candidature) (?:is|remains) still (?:being considered|being reviewed|under "
        r"(?:consideration|review))\b",
        r"\b(?:not|n't) (?:to |be )?(?:go(?:ing)? ahead|proceed(?:ing)?|continu(?:e|ing)|progress(?:ing)?|mov(?:e|ing) forward|"
        r"go(?:ing)? forward) with (?:\w+ ){0,2}?(?:the )?(?:other|remaining) "
        r"(?:shortlisted |two |three )?(?:candidates?|applicants?|finalists?)\b"),
    fam("look-alike: a place at an event, not a job (en)", -5.0,
        ("hackathon", "bootcamp", "game jam", "stall", "exhibitor", "tournament", "pitch competition"),
        r"\b(?:hackathon|bootcamp|game jam|(?:market|craft|food) stall|a stall|exhibitor|tournament|pitch competition)s?\b"),
    fam("look-alike: career advice quoting a rejection (en)", -6.0,
        ("we've all", "we have all", "probably", "most of us", "this week in", "career advice", "what does"),
        r"\b(?:we've all|we have all|you've probably|you have probably|most of us have) (?:had|received|got|seen|read)\b",
        r"\bthis week in (?:the|our)\b|\bcareer advice\b|\bwhat does (?:it|that|this) (?:really )?mean\b"),
    fam("look-alike: a draft or template of a rejection (en)", -5.0,
        ("[", "{", "<", "send this", "forward this", "email this", "we're not", "we are not", "draft", "template", "wording",
         "does this", "does it", "before i", "before we", "look over", "proofread", "edit freely"),
        r"(?:\[|\{\{|<) ?(?:name|first[ _]?name|full[ _]?name|role|job[ _]?title|position|company)(?:\]|\}\}|>)|"
        r"\{(?:candidate_)?(?:first_?name|name|full_?name)\}",
        # a draft shown to the reader for review before it goes to a candidate: "draft below", "does this sound OK?",
        # "could you look over this before I send it to Jordan?"
        r"\b(?:here(?:'s| is)|below is|attached is) (?:a |my |the |our )?(?:draft|template|wording)\b|"
        r"\bdraft (?:below|attached|here)\b|\bplease edit freely\b|\bdoes (?:this|it) (?:sound|read|look) (?:ok|okay|alright|"
        r"all right|right|fine|natural|too)\b|\bbefore (?:i|we) (?:send|hit send|email|post) (?:it|this)\b|"
        r"\b(?:could|can|would) you (?:please )?(?:look over|proofread|sanity-check) (?:this|my|the)\b",
        r"\b(?:send|forward|email) (?:this|it|the (?:following|below|draft|text|template|email)) to (?:the |all |each of the )?"
        r"(?:\w+ ){0,2}(?:applicants|candidates)\b",
        r"\b(?:applicants|candidates|people) (?:that |who )?we(?:'re| are) not (?:interviewing|progressing|shortlisting|"
        r"taking forward|inviting|moving forward)\b"),
    fam("look-alike: a conditional outcome (en)", -5.0,
        ("if you", "if your", "should your", "should you", "assume", "take it that", "where we", "should we",
         "in the event", "in case we", "if the", "if this", "if we", "if they", "unless we", "whether we", "otherwise",
         "or else", "failing", "if not", "if i don't", "if i do not"),
        # an ultimatum: the others are chosen only if the reader does not answer ("please reply by Friday, otherwise we
        # will move forward with other candidates", "if not, no worries, I will pursue other candidates")
        r"\b(?:otherwise|or else|failing (?:that|which|this|a reply|an answer|a response)|if not|"
        r"if (?:we|i) (?:do not|don't) hear (?:back )?(?:from you)?|if you(?:'re| are) (?:not|no longer) (?:interested|available))"
        r"\b[^.!?;]{0,40}?\b(?:we|i|they)(?:'ll| will| would| may| might| shall| must| have to| will have to| need to)\b"
        r"(?: \w+){0,3}? (?:move|moving|proceed|go|going|pursue|continue|consider|offer|progress|select|choose|pick|hire|appoint|"
        r"look at|speak to|talk to)\w*\b[^.!?;]{0,30}?\b(?:other|another|a different|someone else|somebody else)\b",
        # a choice of another person as a condition or a question: "if we move forward with other candidates you may
        # not hear from us", "should we select another applicant", "you asked whether we have hired someone else"
        r"\b(?:if|should|unless|whether|in the event (?:that )?|in case) (?:we|they|the (?:client|company|team|panel|"
        r"hiring manager)) (?:\w+ ){0,2}?(?:choose|select|move forward with|move ahead with|proceed with|go with|appoint|hire|pick|"
        r"picked|chose|went with|hired|"
        r"opt for|offer (?:it|the (?:role|job|position)) to|(?:have|has) (?:already )?(?:selected|chosen|appointed|hired|picked|"
        r"gone with|moved forward with)) (?:\w+ ){0,2}?(?:another|other|a different|someone|somebody|an? (?:internal|external|"
        r"stronger))\b",
        # the post itself as the condition: "if the role isn't a match for what you're looking for, tell us"
        r"\bif (?:the|this|that) (?:role|position|job|opening|vacancy) (?:is not|isn't|doesn't|does not|"
        r"turns out not)\b",
        # an acknowledgement's "should you not hear from us..., please assume you have not been shortlisted"
        r"\b(?:should you not|if you do not|if you don't|if you have not|if you haven't|in the event (?:that )?you do not)"
        r"(?: have)? (?:hear|heard|receive|received|get|got)\b(?![^.!?;]{0,50}\b(?:any |your )?future applications?\b)",
        r"\bplease (?:assume|take it|consider)(?: that)?\b[^.!?;]{0,40}\b(?:unsuccessful|not (?:been )?(?:successful|shortlisted|"
        r"selected|progressed|taken forward))\b",
        r"\b(?:where|if|should|in the event (?:that )?|in case) we (?:are|be|were) (?:unable|not able) to (?:offer|progress|shortlist|"
        r"proceed|take|invite|consider)\b",
        r"\b(?:if|should) (?:your (?:[\w-]+ )?(?:application|candidacy)|you) (?:is|are|has|have|was|were|do|does|did|be)"
        r"(?: not|n't)?(?: yet)?"
        r"(?: been)? (?:not )?(?:progressed|successful|unsuccessful|selected|shortlisted|invited|taken forward|contacted)\b",
        r"\b(?:if|should) (?:your (?:application|candidacy)|you)\b(?:'re|'ve| are| were| have| is| was| has| do| did)?(?: not|n't)? "
        r"(?:been )?(?:on|among|in|one of|placed on|included (?:in|on)) (?:the|our|those) (?:[\w-]+ ){0,2}?(?:shortlist|list|"
        r"candidates|applicants|successful)"),
    fam("look-alike: sympathy from someone else (en)", -4.0, ("to hear", "to learn", "to see", "heard about", "shame about",
                                                               "sorry about the", "i'm glad", "i am glad", "i'm relieved",
                                                               "i am relieved", "i'm secretly", "i am secretly"),
        r"\b(?:sorry|sad|gutted|shocked|disappointed) (?:to hear|to learn|to see)\b|\b(?:i'm|i am) (?:glad|relieved|"
        r"secretly happy) (?:that )?they\b|\bheard about (?:the|your) (?:job|role|"
        r"interview|application)\b|\b(?:shame|sorry) about the (?:job|role|interview)\b"),
    fam("look-alike: a step dropped, the reader moved on (en)", -4.0, ("meet you", "see you", "invite you", "move you", "bring you",
                                                                     "take you", "offer you", "you an offer", "straight to",
                                                                     "directly to"),
        r"\b(?:not|n't|no longer) (?:to |be )?(?:proceed|proceeding|go ahead|going ahead|continue|continuing|need|needing) with "
        r"(?:the|this|your|a) (?:[\w-]+ ){0,2}?(?:interview|call|screen|meeting|test|assessment|exercise)\b[^.!?;]{0,40}\b(?:and|but|so) "
        r"(?:we )?(?:will|would like to|'d like to|want to|can) (?:(?:meet|see|invite|move|bring|take) you|make you an offer|"
        r"offer you)\b",
        # "...not to proceed with the phone screen and go straight to the final interview with you"
        r"\b(?:not|n't|no longer) (?:to |be )?(?:proceed|proceeding|go ahead|going ahead|continue|continuing|need|needing) with "
        r"(?:the|this|your|a) (?:[\w-]+ ){0,2}?(?:interview|call|screen|meeting|test|assessment|exercise)\b[^.!?;]{0,20}\b(?:and|but|so) "
        r"(?:we(?:'ll| will)? )?(?:go|move|skip|jump)\w* (?:you )?(?:straight|directly) to\b"),
    fam("look-alike: the posting closed, the review goes on (en)", -4.0,
        ("closed", "closing", "rolling", "quickly", "first come"),
        # how posts are filled in general: "our graduate positions are filled on a rolling basis"
        r"\b(?:positions|roles|vacancies|places|jobs|posts|openings) (?:are|get|will be) (?:often |usually |"
        r"typically )?filled "
        r"(?:on a rolling basis|quickly|fast|early|on a first come)",
        r"\bapplications? (?:for|to) (?:the|this|that|our) (?:[\w-]+ ){0,3}?(?:role|position|vacancy|post|job|opening|programme|"
        r"scheme)s? (?:are|is|have|has)(?: now)?(?: been)? closed\b[^.!?]{0,80}\b(?:we will|we'll|you will|you'll|shortlisted "
        r"(?:candidates|applicants)|next (?:week|steps?))",
        # the hiring side closes applications to begin shortlisting, or asks for the reader's before then
        r"\b(?:we(?:'ve| have)?|we are|we're|we will|we'll) (?:now )?clos(?:ed|ing|e) (?:the |all |remaining |the remaining )?"
        r"applications\b[^.!?]{0,80}\b(?:shortlist\w*|(?:begin|start) (?:reviewing|interviewing|shortlisting)|before then|by then|"
        r"next (?:week|steps?))"),
    fam("look-alike: writing about rejection emails (en)", -5.0, ("rejection", "decline", "refusal", "reader", "recruiters",
                                                                 "how to", "archive", "opinion", "here's how", "here is how",
                                                                 "many of you", "wrote in", "readers ", "members ",
                                                                 "subscribers ", "listeners ", "episode", "our guest",
                                                                 "listen now", "your post", "your article", "your blog",
                                                                 "your thread", "your essay"),
        r"\b(?:rejection|decline|refusal) (?:e-?mails?|letters?|messages?|templates?|mails?|notes?)\b",
        r"\ba reader (?:asked|asks|writes|wrote)\b|\b(?:question|letter|mail) from a reader\b|\breader(?:'s)? question\b|\brecruiters (?:say|tell|often|rarely)\b|"
        r"\bhere(?:'s| is) how to (?:bounce back|cope|recover|move on|respond|reply|handle|deal|get over|stay positive|turn)\b|"
        r"\bmany of you (?:wrote|have written|asked|told us)\b|\b(?:readers|members|subscribers|listeners) (?:wrote in|asked|"
        r"told us)\b|"
        # a podcast: "in this episode our guest talks about coming second"
        r"\byour (?:linkedin )?(?:post|article|blog post|blog|thread|essay) (?:about|on)\b|"
        r"\bin (?:this|today's|this week's) episode\b|"
        # (not a host's invitation: "join us for afternoon tea as our guest", "be our guest")
        r"(?<!as )(?<!be )\bour guests?\b(?! (?:wifi|wi-fi|parking|book|list)\b)|\blisten now\b|"
        r"\b(?<!view on )(?<!views on )(?<!thoughts on )(?<!advice on )(?<!sure )(?<!know )(?<!decide )(?<!idea )"
        # (not the reader asking a friend about their own letter: "I'd value your view on how to respond")
        r"how to (?:respond|reply|react|handle|deal with|write|cope)\b|\bfrom the archive\b|\bopinion:"),
    fam("look-alike: not a job (en: volunteering, auditions, permits, plots, patches)", -5.0,
        ("volunteer", "audition", "casting call", "choir", "chorus", "allotment", "ballot", "a plot ", "housing register",
         "permit", "blue badge", "parking", "your patch", "merge window", "working group", "the rfc", "admissions",
         "estate agent", "letting agent", "a place on", "rental", "election", "for standing", "candidate for",
         "your quot", "your tender", "your estimate", "supplier ", "vendor "),
        r"\bvolunteer(?:ing)? (?:role|position|place|spot|shift|opportunit\w*)s?\b|\b(?:apply|applying|applied|application) to "
        r"volunteer\b|\bas a volunteer\b|"
        # an unpaid post named between ("the volunteer Events Assistant position"; not "the Volunteer Coordinator role",
        # a paid post that manages volunteers)
        r"\b(?:a|the|our|this) volunteer (?!(?:coordinator|manager|officer|lead|administrator|supervisor|services|engagement|"
        r"programme|program|development|recruitment|support|team|and)\b)(?:[\w-]+ ){1,2}(?:role|position|post)\b|"
        # the reader volunteers, or the one chosen is another volunteer: "thank you for volunteering", "we've appointed
        # another volunteer as coordinator" (not "another Volunteer Coordinator": a paid post's title)
        r"\bthank(?:s| you)(?: \w+)? for volunteering\b|\b(?:another|a different|other) volunteers?\b(?! (?:coordinator|"
        r"manager|officer|lead|administrator|assistant|supervisor|role|position|post|job)s?\b)",
        r"\bauditioning\b|\byour audition\b|\baudition(?:ed)? for (?:the )?(?:role|part) of\b|\bcasting call\b|\b(?:choir|chorus)\b|"
        r"\b(?:allotment|ballot)s?\b|\ba plot (?:in|at|on)\b|\bhousing register\b|"
        r"\b(?:residence|resident|parking|work) permit\b|\bblue badge\b|\bparking (?:space|bay|place)\b",
        r"\ba place on (?:the|our|this) (?:ma|msc|mba|ba|bsc|pgce|llm|mres|mphil|phd|pgdip|pgcert|foundation year|access course)\b|"
        r"\brental (?:application|property|agreement|home|flat|house)\b|"
        r"\byour patch\b|\bmerge window\b|\bworking group\b|\bthe rfc\b|\badmissions (?:tutor|team)\b|"
        # the agent who lets or sells a home ("the estate agent said the owners chose another applicant"), not an
        # agency that signs as the employer ("Branch Manager, Redland / Marlowe Estate Agents")
        r"\b(?:the|an?|your|our|my|their|his|her|with|via|through|from|local|by) (?:[\w-]+ )?(?:estate|letting) agents?\b",
        # an election or an office in a club, a party, a board; a supplier's quote or bid
        r"\b(?:by-)?elections?\b(?! (?:officer|assistant|manager|coordinator|administrator|clerk|agent|team|analyst)s?\b)|"
        r"\bthank(?:s| you) (?:\w+ )?for standing\b|\bcandidate for (?:the )?(?:treasurer|chair|secretary|president|"
        r"vice-president|councillor|mayor|governor|trustee|captain)\b|\byour (?:quote|quotation|tender|estimate)\b|"
        r"\b(?:approved |preferred )?(?:supplier|vendor) (?:list|framework|register|panel)\b"),
    fam("look-alike: an application for a thing, not a job (en)", -5.0,
        ("application for", "applying for", "applied for", "apply for", "to adopt", "adoption"),
        r"\b(?:apply|applying|applied|application) for (?:the|a|an|your) (?:[\w-]+ ){0,2}?(?:account|card|membership|loan|mortgage|"
        r"permit|licen[cs]e|visa|tenancy)\b(?! (?:[\w-]+ )?(?:executive|manager|director|coordinator|lead|assistant|handler|"
        r"officer|representative|specialist|analyst|administrator|role|position|job|post|vacancy)\b)",
        r"\bto adopt\b|\badoption (?:application|team|centre)\b"),
    fam("look-alike: the decision is about a third person (en)", -4.0,
        (" his ", " her ", " their ", " she", " he's", " he is", " he was", "i'll", "archive", "reject", "decline",
         "close out", "sending", "the candidate", "this candidate", "that candidate", "the applicant", "this applicant",
         "that applicant", "colleague", "friend", "son's", "daughter's", "your son", "my son", "your daughter",
         "my daughter", "your child", "my child", "nephew", "niece", "brother", "sister", "partner", "husband", "wife",
         "about it", "partner's", "referral", "mentee", "student's", "told the", "informed the", "notified the",
         "let the", "referring", "recommending", "introducing", "putting forward", "suggesting", "reference",
         "referee", "testimonial", "close", "archive", "disposition", "welcome aboard", "welcome to the team",
         "writes", "says", "tells you", "sends", "candidate ", "applicant ", "intern", "trainee", "apprentice", "student",
         "cousin", "flatmate", "housemate", "neighbo", " forward", "shall we", "should we", "could we", "can we",
         "the agency", "your agency", "the recruiter", "your recruiter", "headhunter", "you interviewed", "you met",
         "you screened", "you assessed", "you referred", "you recommended", "you introduced", " know", "supporting",
         "offer to", "offer letter to", "thank him", "thank her", "ing him", "ing her", "candidate, ", "applicant, ",
         "finalist, ", "person, ",
         "backing", "endorsing", "'s application", "'s internal", "'s candidacy", "been informed", "been told",
         "been notified", "reports to you", "direct report"),
        r"\b(?:his|her|their) (?:(?:previous|earlier|last|recent|first|original|current|latest|new) )?(?:application|candidacy|"
        r"cv|interview|references?)\b|\bsending (?!your\b|my\b|our\b)[a-z]+'s (?:cv|resume|profile|details)\b",
        r"\b(?:not|n't|against) (?:to )?(?:be )?(?:proceed\w*|mov\w* forward|progress\w*|continu\w*|go\w* ahead) with (?:the|this|that) "
        r"(?:candidate|applicant)\b",
        # the reader referred or gave a reference for the candidate ("thanks for referring Jordan", "the reference you
        # provided for Alex")
        r"\bthank(?:s| you) (?:\w+ )?for (?:referring|recommending|introducing|putting forward|suggesting) (?!me\b|us\b)\w+",
        r"\b(?:reference|referee report|testimonial)s? (?:that )?(?:you )?(?:provided|gave|wrote|supplied|sent|submitted) for\b|"
        r"\b(?:supporting|backing|endorsing|referring|recommending) (?!your\b|our\b)[a-z]+'s (?:application|candidacy)\b|"
        r"\b(?:the|your|a) (?:[\w-]+ )?(?:reference|referee report|testimonial) (?:for|about|on) "
        r"(?!(?:you|yourself|the|this|that|our|your|a|an|any|all|each|every|future|other|roles?|positions?|jobs?|posts?|"
        r"anything|something|whatever|further|more)\b)|"
        r"\b(?:being|acting|serving as|as) (?:a |the )?referee (?:for|to) (?!(?:you|the|this|that|our|your|a|an)\b)|"
        r"\bthe (?:cv|profile|resume|candidate)s? (?:that )?(?:the|your) (?:agency|recruiter|headhunter) (?:sent|submitted|"
        r"put forward|proposed)\b|"
        r"\byour (?:reference|referee report) for\b|\bas (?:a |their |his |her )?referee for\b",
        # the reader closes the other applications: they are on the hiring side
        r"\bplease (?:close|archive|reject|decline|disposition)\b[^.!?;]{0,20}\b(?:the )?(?:remaining|other|rest of the|open) "
        r"(?:applications|candidates|applicants)\b",
        # someone close to the reader applied ("your colleague Jordan's application was not successful")
        r"\b(?:your|my|our) (?:colleague|friend|son|daughter|partner|wife|husband|brother|sister|referral|nominee|mentee|student)"
        r"(?: \w+)?'s? (?:application|candidacy|cv)\b|"
        r"\b(?:your|my|our) (?:son|daughter|child|nephew|niece|brother|sister|friend|partner|husband|wife|mentee|intern|"
        r"trainee|apprentice|student|cousin|flatmate|housemate|neighbou?r)(?: \w+)? "
        r"(?:has|have|had|was|were|is|did)(?: not|n't)\b|"
        # the reader's agency put a named candidate forward ("the contract role we put Jon forward for")
        r"\b(?:we|i)(?: had)? (?:put|submitted|proposed) (?!you\b|your\b|it\b|this\b|that\b|them\b)[a-z]+ forward\b|"
        # the candidate's feelings told in the third person: "he's fine about it though"
        r"\b(?:he|she)(?:'s| is| was| seems| seemed| feels| felt) (?:\w+ )?(?:fine|okay|ok|gutted|upset|disappointed|"
        r"devastated|"
        r"relieved|philosophical|down|sad) about it\b",
        # the others were told ("we told the unsuccessful candidates that the position has been filled")
        r"\b(?:told|informed|notified|emailed|let) (?:the|all the|all) (?:other|remaining|unsuccessful|rest of the) "
        r"(?:[\w-]+ )?(?:candidates|applicants|finalists)\b",
        # a candidate known by a number on the hiring side's list ("not to move forward with candidate 14")
        r"\b(?:candidate|applicant)s? (?:#|no\.? ?|number )?(?:\d+\b|[a-h](?=[:,)]))",
        r"\b(?:she|he)(?:'s| is| was) (?:not )?(?:quite )?(?:the |a )?(?:(?:right|good|best|strong|great) )?(?:fit|match|candidate|"
        r"person|hire)\b",
        r"\bi'll let (?:the agency|the recruiter|the candidate|him|her) know\b|\bi'll (?:tell|inform|update|ping|email|call|notify) "
        r"(?:the )?(?:agency|recruiter|candidates?|applicants?|him|her)\b|\b(?:archive|reject|decline|close out) (?:the )?"
        r"(?:remaining|other|rest of the) (?:applications|candidates|applicants)\b|\bwelcome (?:aboard|to the team)\b",
        r"\bwhen (?:a|an|the|your) (?:recruiter|company|employer|hiring manager) (?:writes|says|tells you|sends)\b",
        # the reader is to pass it on: "could you let her know today?", "can you talk it through with him?"
        r"\byou (?:interviewed|met|screened|assessed|referred|recommended|introduced) (?:him|her)\b|"
        r"\b(?:the other|another) (?:candidate|applicant|finalist|person), [a-z]+,|\bsend (?:the|an|our) offer (?:letter )?to "
        r"(?!you\b)|\bthank (?:him|her) (?:for|from)\b|\b(?:interviewing|rejecting|shortlisting|considering|choosing|hiring) "
        r"(?:him|her)\b|"
        r"\b(?:could|can|would|will) you (?:please )?let (?!(?:us|me|you|them|everyone|anyone|all|the|it)\b)[a-z]+ know\b|"
        r"\b(?:could|can|would|will) you (?:please )?(?:let (?:him|her) know|tell (?:him|her)|inform (?:him|her)|"
        r"call (?:him|her)|"
        r"break (?:the|this|it) (?:news )?to (?:him|her)|talk (?:it|this) (?:through|over) with (?:him|her))\b",
        # the two of them will comfort or help the one turned down: "shall we help him with the next one?"
        r"\b(?:shall|should|could|can) we (?:help|support|call|ring|cheer up|take out|treat) (?:him|her)\b",
        # the reader manages the one turned down and is told of it (HR's note forwarded to their manager): "Aisha Rahman's
        # internal application for the role was not successful. Aisha has been informed", "since she reports to you",
        # "please support her / your direct report"
        # (each begins with its literal, the name before it read by look-behinds: "'s", "has been", "reports")
        r"'s (?<=[a-z]'s )" + _not_before("'s ", _NOT_A_NAME) + r"(?:internal |recent |latest |job )?(?:application|candidacy|"
        r"candidature) (?:for|to) (?:the|this|that|our|an?)\b|"
        r"'s (?<=[a-z]'s )" + _not_before("'s ", _NOT_A_NAME) + r"(?:already |now |also )?been (?:informed|told|notified)\b|"
        r"\bhas (?<=[a-z] has )" + _not_before(" has ", _NOT_A_NAME) + r"(?:already |now |also )?been (?:informed|told|"
        r"notified)\b|"
        r"\breports(?<!send reports)(?<!sends reports)(?<!sent reports)(?<!the reports)(?<!our reports)(?<!weekly reports)"
        r"(?<!monthly reports)(?<!these reports)(?<!regular reports) (?:directly )?to you\b|\byour direct reports?\b(?! (?:to|at)\b)"),
    fam("look-alike: an invitation to meet (en)", -3.0,
        ("like you to", "love you to", "to meet you", "to interview you", "to see you", "invite you"),
        r"\b(?:would|'d) (?:now |also |still |really )?(?:like|love) (?:you to (?:attend|come|join|meet|interview)|"
        r"to (?:meet|interview|see) you)\b",
        # "...you weren't shortlisted for that one, but I'd love to invite you to a first-stage interview for the senior
        # role": an interview for a role named after it (not a wish the no denies, "although we'd love to invite you to
        # interview, we have...", nor kind words about later, "...to interview for future roles", "...for it if one
        # comes up")
        r"(?:\bwould " + _not_before(" would ", _WISH_DENIED) + r"|'d " + _not_before("'d ", _WISH_DENIED) + r")"
        r"(?:now |also |still |really )?(?:like|love) to invite you (?:to|for) (?:an? |the |your )?(?:[\w-]+ ){0,3}?"
        r"interviews? for (?:the|our|this|a|an) (?:[\w-]+ ){0,4}?(?:role|position|post|job|vacancy|opening)\b"
        r"(?![^.!?;]{0,60}\b(?:if|when|once|should|future|other|upcoming|later|similar|but|however|unfortunately|sadly)\b)",
        # "...not selected for the junior role, but we would like to invite you to interview for the senior one"
        r"\bbut (?:we|i)(?:'d| would) (?:\w+ )?(?:like|love) to invite you (?:to (?:an )?interview|"
        r"for (?:an )?interview)\b"),
    # round 5: the mail says the reader's candidacy goes on (another posting closed, a pause, a corrected mistake)
    fam("look-alike: the reader's candidacy goes on (en)", -4.5,
        ("continues", "remains", "still", "progressing", "going ahead", "moving forward", "will continue", "will progress",
         "open", "fast", "again", "stays", "restart", "resume", "pick up", "on hold for", "shortlist you", "invite you",
         "under review", "under consideration", "under active", "being considered", "being reviewed", "being progressed",
         "is live", "is active"),
        # (not a refused CV kept on file: "your application remains active in our talent pool for 12 months")
        r"\byour (?:application|candidacy|candidature)\b(?<!if your application)[^.!?;]{0,60}?\b(?:continues|"
        r"(?:remains|stays) (?:active|open|live|under (?:active )?(?:consideration|review))|is (?:still |now )?(?:progressing|"
        r"going ahead|moving forward|live|active|under (?:active )?(?:consideration|review)|being (?:considered|reviewed|"
        r"progressed))|will (?:continue|progress|go ahead|move forward|remain open))\b"
        r"(?![^.!?;]{0,40}\b(?:talent ?pool|(?:candidate|applicant|talent) (?:pool|database)|database|future (?:roles|"
        r"openings|vacancies|opportunities|positions))\b(?! for (?:the|our) ))",
        r"\b(?:keep|keeping|leave|leaving) your (?:application|candidacy) open\b",
        # (not a new application the reader is asked to make: "apply for our other vacancy and mention this email so we
        # can fast-track your application")
        r"(?<!so we can )(?<!so that we can )(?<!so i can )(?<!so we could )(?<!so they can )"
        r"\bfast-?track(?:ed|ing)? (?:you|your (?:application|candidacy))\b",
        # no need to repeat a step: "we don't need to invite you again, you are already booked in"
        r"\b(?:don't|do not|needn't) (?:need to )?(?:invite|book) you again\b(?![^.!?;]{0,50}\b(?:as|because|"
        r"since)\b)",
        # a pause with a promised restart: "we will contact you then to restart the process", "on hold for two weeks"
        r"\b(?:restart|resume|re-start|pick up) (?:the|your|our) (?:process|application|interviews?|conversation)\b|"
        r"\bon hold for (?:a|one|two|three|four|a few|several|\d+) (?:more )?(?:days?|weeks?)\b",
        # good news in the same words: "the panel has decided to shortlist you"
        # (not a rejection's offer for later: "we'd be happy to invite you to interview for future roles")
        r"\b(?<!were )(?<!was )(?<!had been )(?<!'d be )(?<!would be )(?<!'ll be )(?<!will be )(?<!always be )"
        r"(?:decided|pleased|happy|delighted|glad) to (?:shortlist|invite) you\b"
        r"(?![^.!?;]{0,40}\b(?:future|other|upcoming|later|another)\b)"),
    fam("look-alike: an earlier rejection is retracted (en)", -6.0, ("disregard", "ignore", "in error", "by mistake", "by accident",
                                                                     "mistakenly", "withdrawn", "reversed", "overturned",
                                                                     "rescinded", "upheld", "revoked", "set aside",
                                                                     "corrected", "fault", "glitch", "bug",
                                                                     "reopen", "re-open", "reconsider", "changed our mind",
                                                                     "changed their mind", "changed his mind", "changed her mind",
                                                                     "available again"),
        # an earlier "no" told again and reversed ("I know we told you we'd go with another candidate, but the role has reopened")
        r"\b(?:told|informed|let) you\b[^.!?;]{0,100}\bbut (?:the (?:[\w-]+ ){0,2}?(?:role|position|job|vacancy|post) (?:has|had|is)"
        r"(?: now| since| just)? (?:re-?opened|become available again|come (?:back|up) again)|(?:we|they|the team|the client|the hiring "
        r"manager|the panel)(?:'ve| have| has)?(?: now| since)? (?:reconsidered|changed (?:our|their|his|her) minds?))\b",
        r"\b(?:disregard|ignore) (?:the|our|my|this morning's|yesterday's|today's|that) (?:[\w-]+ ){0,3}?(?:e-?mail|message|letter|"
        r"notification)\b[^.!?;]{0,80}\b(?:not|n't|unsuccessful|reject\w*|declin\w*|regret\w*)\b",
        r"\b(?:rejection|decline|unsuccessful|regret)\w* (?:e-?mail|message|letter|notification)\b[^.!?;]{0,40}\b(?:sent|went out)\b"
        r"[^.!?;]{0,20}\b(?:in error|by mistake|by accident)\b",
        # "the earlier decision not to progress you has been withdrawn"; "yesterday's message that we would not be
        # moving forward with your application was sent by mistake"
        r"\b(?:shown|displayed|marked|set|listed) as '?(?:unsuccessful|rejected|not selected|declined)\b[^.!?;]{0,80}\b(?:fault|"
        r"error|glitch|bug|mistake)\b|\b(?:has been |was |been )?corrected to '?(?:under review|in review|active|in progress|"
        r"shortlisted|open)\b|"
        r"\bdecision\b[^.!?;]{0,60}\b(?:has been|was|is|have been) (?:withdrawn|reversed|overturned|rescinded|revoked|"
        r"set aside)\b|\byour (?:appeal|complaint|request for review) (?:has been|was) upheld\b",
        r"\b(?:e-?mail|message|letter|notification)\b[^.!?;]{0,100}\b(?:not|n't|unsuccessful|reject\w*|another|someone else)\b"
        r"[^.!?;]{0,100}\b(?:was|were) (?:sent|issued) (?:to you )?(?:in error|by mistake|by accident|mistakenly)\b"),
    fam("look-alike: insurance cover, not a job (en)", -5.0, ("cover",),
        r"\b(?:income protection|critical illness|life|travel|pet|home|contents|dental|medical) cover\b|\boffer you (?:insurance )?cover\b"),
    fam("look-alike: the reader's application succeeded (en)", -5.0, ("successful",),
        r"\byour (?:[\w-]+ )?(?:application|candidacy|interview) (?:was|has been|is|were) successful\b(?! (?:in|at|for) (?:the|our|"
        r"this) (?:first|initial|screening|previous|earlier)\b)"),
    fam("look-alike: an offer is made (en)", -4.0, ("offer you", "offer to you", "is yours", "to you"),
        r"\b(?:would|'d) (?:like|love) to (?:offer you|make you an offer for|make an offer to you for) (?:the|this|a|an|our) "
        r"(?:[\w-]+ ){0,3}?(?:role|position|job|post|place|one)\b(?!,? (?:but|however|if|when|once|unfortunately|sadly)\b)|"
        r"\bthe (?:job|role|position|post) is yours\b|"
        r"\b(?:would|'d) (?:now )?(?:like|love) to offer (?:the (?:role|job|position|post)|it) to you\b(?!,? (?:but|however)\b)"),
    fam("look-alike: withdrawn at the reader's request (en)", -4.0, ("request",),
        r"\b(?:at|per|following|as per) your (?:recent )?request\b[^.!?;]{0,60}\b(?:withdr|remov|delet|eliminat|releas)|"
        r"\b(?:withdr|remov|delet|eliminat|releas)\w*\b[^.!?;]{0,60}\b(?:at|per|following|as per) your (?:recent )?request\b|"
        r"\bas (?:you )?requested\b[^.!?;]{0,40}\b(?:withdr|remov|delet|eliminat|releas)"),
    fam("look-alike: the sender shows a rejection of their own (en)", -4.0, ("what i", "we both", "my rejection", "gutted",
                                                                           "devastated", "heartbroken", "crushed", "my cv",
                                                                           "my resume", "my cover", "my application",
                                                                           "my linkedin", "wanted", " i applied",
                                                                           " i interviewed", "heart set", "me over",
                                                                           "me down", "me back", "ed me", "pick me",
                                                                           "choose me", "hire me", "take me", "select me",
                                                                           "shortlist me", "want me", "help me with my",
                                                                           "look what"),
        # the sender asks for help with their own search: "can you look at my CV this weekend?", "picked someone else for
        # the job I really wanted"
        r"\b(?:passed|turned|knocked) me (?:over|down|back)\b|\b(?:rejected|dropped|ghosted|overlooked) me\b|"
        r"\b(?:didn't|did not) (?:pick|choose|hire|take|select|shortlist|want) me\b|"
        r"\b(?:can|could|would) you (?:have a look at|look at|look over|check|read|go over|review|help me with) my (?:cv|resume|"
        r"cover letter|application|linkedin|interview prep)\b|\blook what (?:landed|arrived|came|turned up)\b|\bfor the (?:job|role|position|post) i (?:really |so )?(?:wanted|applied for|interviewed for|"
        r"had my heart set on)\b",
        r"\b(?:look|see|guess|check out) what i (?:just )?(?:got|received|had)\b|\bwe both applied\b|"
        r"\bmy rejection (?:e-?mail|letter|mail)\b",
        # a friend's own news: "they picked someone else for the planner job. I'm gutted."
        r"\b(?:i'm|i am|i was|i feel|i'm feeling)(?: so| really| absolutely| completely| a bit| pretty)? (?:gutted|devastated|"
        r"heartbroken|crushed)\b(?! (?:for you|to (?:tell|say|give|be|let|have|bring|share|write|pass))\b)"),
    fam("look-alike: the reader is the employer (en)", -5.0,
        ("your job", "your posting", "your listing", "candidates you", "applicants you", "panel", "your team",
         "your department", "hiring manager", "interviewer", "requisition owner", "report to you", "reporting to you",
         "your squad", "your unit", "your crew", "your shortlist", "you ranked", "you recommended", "you shortlisted",
         "you put forward", "you preferred", "contract", "laptop", "paperwork", "onboarding", "induction", "offer letter",
         "announce", "rather than promot", "congratulating", "your candidate", "fee ", "desk", "declined your",
         "your vacancy", "your opening", "your requisition"),
        # ...whose offer a candidate turned down: "Lucia Fernandez has declined your offer for Senior Designer"
        r"\b(?:has |have |had )?declined your (?:job |written |formal |verbal )?offer\b|"
        r"\byour (?:job )?(?:posting|listing|job ad|job advert)s?\b|\b(?:candidates|applicants) you (?:shortlisted|rejected|interviewed|"
        r"archived|declined)\b",
        # (session 21) a hiring platform's digest of the reader's own job: "here is this week's summary for your job Data
        # Analyst", "candidates for your requisition" (not "an update on your job application")
        r"\b(?:summary|report|digest|stats|statistics|activity|insights|pipeline|candidates|applicants) (?:for|on|of) your "
        r"(?:job|vacancy|opening|requisition)\b(?! (?:application|search|hunt|offer|interview|alert|title)s?\b)",
        r"\bthank(?:s| you) (?:\w+ )?for (?:sitting|serving|being) on (?:the|our) (?:[\w-]+ )?panel\b",
        # the post is in the reader's team, or the reader is named as the one hiring ("you are the hiring manager for")
        r"\b(?:the|a|an|this) (?:[\w-]+ ){0,2}?(?:vacancy|opening|role|position|post|hire)s? (?:on|in|"
        r"for) your (?:team|department|unit)\b|"
        r"\byou(?:'re| are) (?:listed as )?(?:the|a) (?:hiring manager|requisition owner|interviewer|panel member)\b",
        # the new hire will work under the reader: "Ali starts Monday and will report to you", "for your squad"
        r"\b(?:will|'ll|would|'d|to|and|who) (?:be )?report(?:ing)? (?:directly )?to you\b|"
        r"\b(?:for|to|in|join(?:s|ing)?) your (?:squad|crew|unit)\b|"
        # news for staff: "I'll announce it on Monday to the whole team", "rather than promote from within"
        r"\b(?:i'll|i will|we'll|we will) announce (?:it|this|the news|the appointment)\b|\brather than promot\w* "
        r"(?:from within|internally|someone internal)\b|"
        # an announcement to staff: "I'm delighted to announce that we've appointed an internal candidate, Maria..."
        r"\b(?:delighted|pleased|happy|thrilled|proud|excited) to announce\b|\bplease join (?:me|us) in congratulating\b",
        # the reader is the agency: the client's answer about "your candidate", won by "a different agency"
        r"\byour candidates?\b(?! (?:portal|profile|account|number|id|ref\w*|login|dashboard|experience|journey|record|page|"
        r"area|home|hub|centre|center|status|pack)\b)|\bno (?:placement )?fee (?:is|will be) (?:due|payable)\b",
        # the reader drew up the shortlist or ranked the candidates
        r"\bfrom your shortlist\b|\bthe (?:one|candidate|person) you (?:ranked|recommended|put forward|shortlisted|preferred)\b|"
        r"\bthank(?:s| you) (?:\w+ )?for your (?:input|help|notes|views|scores) on the (?:[\w-]+ )?panel\b(?! interviews?\b)",
        # the reader prepares the new hire's papers or desk: "can you prep the contract?", "please sort her laptop"
        r"\b(?:(?:can|could|would) you (?:please )?|please )(?:prep|prepare|draft|sort|issue|draw up|set up|order|book|arrange|"
        r"schedule|organi[sz]e) (?:out )?"
        r"(?:the|her|his|their|a) (?:[\w-]+ )?(?:contract|offer letter|paperwork|laptop|onboarding|induction|desk)\b"),
    # a vote told to a member of the body that cast it (a council, a board, governors, a selection committee): the
    # "another applicant" chosen is news to the member, not a decision on the member's application
    fam("look-alike: a vote told to a member of the deciding body (en)", -5.0,
        ("vote", "minutes", "confidential", "trustee", "governor", "councillor", "board member", "panel member",
         "committee member", "to the meeting"),
        r"\b(?:vot(?:e|ed|es|ing)|by (?:\w+ )?votes? to)\b|\b(?:draft )?minutes (?:are |is )?(?:attached|enclosed|to follow)\b|"
        r"\bkeep (?:this|it) confidential\b|\bas a (?:trustee|governor|board member|panel member|councillor|committee member)\b|"
        r"\bthank(?:s| you) for coming to the meeting\b"),
    fam("look-alike: a pipeline report for the hiring side (en)", -5.0, ("pipeline", "requisitions", " candidates", " applicants",
                                                                       "(1", "(2", "(3", "(4", "(5", "(6", "(7", "(8", "(9"),
        r"\b(?:rejected|declined|not selected|unsuccessful|shortlisted|interview(?:ing|ed)?|offers?|hired|screen(?:ed|ing)?)\s?"
        r"(?:[:\u2013\u2014-]\s?\d+\s(?:candidates|applicants)\b|\(\d+\))",
        r"\b(?:pipeline (?:report|summary|update)|your (?:open )?requisitions|requisitions you (?:own|manage))\b"),
    fam("look-alike: the reader is asked to tell the candidates (en)", -5.0, ("please", "can you", "could you", "would you"),
        r"\b(?:please|can you|could you|would you) (?:let|tell|inform|notify|email|update|send|write to|contact|speak to|"
        r"speak with|talk to|call|ring|phone|meet)\b[^.!?;]{0,20}"
        r"\b(?:the|all|any|those|these|other|remaining|unsuccessful) (?:[\w-]+ ){0,2}?(?:candidates|applicants|finalists)\b",
        # ...or to send the refusal itself ("could you send the standard regret email from Greenhouse?")
        r"\b(?:please|can you|could you|would you) (?:send|email|forward)\b(?: out)? (?:the|a|our|them|him|her)(?: the| a| our)? "
        r"(?:standard |usual |template |polite |formal )?(?:regret|rejection|decline|refusal|unsuccessful)\w*\b"),
    # the reader as an employee: their own post cut, or kept ("your position has been eliminated... notice period")
    fam("look-alike: the reader's own job as an employee (en)", -5.0,
        ("your position", "your role", "your job", "your post", "severance", "redundancy", "current team", "current role"),
        r"\byour (?:current |own )?(?:position|role|job|post) (?:has been|is being|will be|is) (?:eliminated|made redundant|cut|"
        r"abolished|at risk)\b|\b(?:severance|redundancy (?:pay|package|consultation)|at risk of redundancy)\b|"
        # (not "your notice period": a rejection gives the candidate's as its reason)
        r"\byou (?:stay|remain) in your (?:current|present|existing) (?:team|role|position|job)\b"),
    # ("welcoming" has no "welcome" in it: its own gate word)
    fam("look-alike: a new colleague is welcomed (en)", -5.0, ("welcome", "welcoming", "tour", "around", "onboard",
                                                             "new colleague"),
        r"\b(?:make|making) (?:him|her|them) (?:feel )?welcome\b|\b(?:give|giving) (?:him|her|them) a (?:warm|big) welcome\b|"
        # (session 20) "please give a warm welcome to Sam", "join me in welcoming her"
        r"\bplease give (?:a )?(?:warm |big )?welcome to\b|\bjoin (?:me|us) in welcoming\b",
        # team news: "please welcome Dana on Monday!"
        r"\bplease (?:join (?:me|us) in )?welcom(?:e|ing) (?!you\b|to\b|your\b|any\b|all\b|questions\b|feedback\b)\w+",
        # the reader shows the newcomer round: "could you give her a tour?", "your new colleague starts on Monday"
        r"\b(?:give|show) (?:him|her|them) (?:a tour|around)\b|\bonboard(?:ing)? (?:him|her)\b|\byour new (?:colleague|"
        r"team-?mate)\b"),
    # round 6: a condition the reader can still meet, a place at an event, a team note thanking the interviewers
    fam("look-alike: a condition the reader can still meet (en)", -4.5, ("if you", "unless you", "unless we", "unless i",
                                                                         "if we do", "if we don", "if we have", "if we haven"),
        r"\b(?:if you (?:do not|don't|cannot|can't|haven't|have not|fail to|are unable to|aren't able to|miss)|unless you)\b"
        r"[^.!?;]{0,60}\b(?:we|i|the team)\b[^.!?;]{0,15}\b(?:won't|will not|can't|cannot|be unable|not be able|may not|might not|"
        r"would not|wouldn't)\b",
        # the sender waits for something from the reader: "unless we receive your documents, your application will not proceed"
        r"\b(?:unless (?:we|i) (?:receive|get|have|hear)|if (?:we|i) (?:do not|don't|haven't|have not) (?:receive|get|hear|have))\b"
        r"[^.!?;]{0,80}\b(?:won't|will not|can't|cannot|be unable|not be able|may not|might not|would not|wouldn't)\b"),
    # sweep 3: the mail contains rejection words without being one: course, story or show material, a vendor's
    # marketing, the reader's own message copied back by a platform
    fam("look-alike: course, story or show material (en)", -5.0,
        ("module", "lesson", "episode", "chapter", "show notes", "timestamp", "prompt", "homework", "quiz"),
        r"\b(?:module|lesson|episode|chapter) \d+\b|\bshow notes\b|\btimestamps?:|\bwriting prompt\b|\bprompt:|"
        r"\bhomework\b|\bquiz (?:results|at the end)\b"),
    fam("look-alike: a chat, forum or community digest (en)", -5.0,
        ("messages", "replies", "comments", "answers", "likes", "upvote", "top post", "top comment", "top thread",
         "hot:", "channel", "mentioned you", "digest", "highlights"),
        r"\b(?:[2-9]|\d\d+) (?:new )?(?:messages|replies|comments|answers|likes|upvotes)\b|\b(?:top|hot|most upvoted) (?:post|"
        r"comment|thread|story)\b|\bhot:|\bin the [\w-]+ channel\b|\bmentioned you\b|\b(?:weekly|daily|group|community|slack|"
        r"forum) digest\b|\bcommunity highlights\b"),
    fam("look-alike: software or service marketing (en)", -5.0,
        ("demo", "free trial", "-day trial", "try it", "release notes", "save your seat", "case study", "feature spotlight", "all plans",
         "product update"),
        r"\bbook (?:a|your) (?:free |live )?demo\b|\b(?:free|\d+-day) trial\b|\btry it (?:free|for free|"
        r"now|today)\b|\brelease notes\b|\bsave your seat\b|\bread the (?:full )?case study\b|\bfeature spotlight\b|"
        r"\bavailable on all plans\b|\bproduct update:"),
    fam("look-alike: the reader's own message or draft (en)", -5.0, ("copy of your", "was sent to", "draft was", "draft has",
                                                                   "draft saved", "[draft]"),
        r"\bcopy of your (?:message|email|reply) to\b|\bwas sent to \d+ (?:candidates|applicants|recipients|people)\b|"
        r"\byour draft (?:was|has been) saved\b|\bdraft saved\b|\[draft\]"),
    fam("look-alike: a place at an event, not a job (en: attendance)", -5.0, ("to attend", "to participate", "to take part",
                                                                              "to exhibit", "subscribed", "booked", "summit",
                                                                              "festival", "expo", "gala", "hackathon", "award",
                                                                              "showcase", "exhibition"),
        r"\b(?:application|request|registration|bid) to (?:attend|participate in|take part in|exhibit at|join us at)\b",
        r"\b(?:application|submission|registration|entry) (?:to|for) (?:the|our|this) (?:[\w-]+ ){0,2}?(?:summit|festival|expo|gala|"
        r"hackathon|awards?|showcase|exhibition)\b",
        r"\b(?:event|summit|conference|festival|expo|fair|meetup|gala|retreat)s? (?:is|was|has been|are|were) (?:heavily |hugely )?"
        r"(?:over-?subscribed|fully booked|full)\b"),
    fam("look-alike: the reader is the employer (en: thanks to the interviewers)", -5.0, ("everyone", "all who", "all of you"),
        r"\bthank(?:s| you) (?:to )?(?:everyone|all of you|all) (?:who|that) (?:interviewed|helped (?:with|to interview)|sat on|"
        r"was on|were on|joined)(?: (?:the )?(?:[\w-]+ )?(?:panels?|candidates|interviews?|loops?|hiring))?\b"),
    # round 7: a practice test, a retake the reader is offered
    fam("look-alike: a practice test or a retake (en)", -4.5, ("practice", "mock", "sample", "retake", "resit", "re-sit", "re-take",
                                                               "score report", "certification exam", "certification test",
                                                               "certification attempt", "voucher"),
        r"\b(?:practice|mock|sample) (?:test|assessment|exercise|questions|interview)s?\b",
        # (session 21) a certification body's result: "your score report shows each section", "a certification exam",
        # "your exam voucher gives you 50% off the retake" (an employer's assessment sends neither)
        r"\b(?:your|the) score report\b|\bcertification (?:exams?|examinations?|tests?|attempts?)\b|"
        r"\b(?:exam|retake|resit|certification) vouchers?\b",
        r"\b(?:retake|resit|re-sit|re-take) (?:it|the (?:[\w-]+ )?(?:test|assessment|exam)) (?:on|tomorrow|today|next|this|by|before)\b"),
    fam("look-alike: a technical problem with the upload (en)", -4.5, ("too large", "too big", "corrupt", "unsupported",
                                                                       "unreadable", "try again", "resubmit", "re-submit",
                                                                       "upload", "by the portal", "by the system"),
        r"\b(?:file|upload|attachment|document|cv|resume)s? (?:was|were|is|are|seems|seemed) (?:too large|too big|corrupt(?:ed)?|"
        r"empty|unreadable|blank|in an unsupported format)\b",
        r"\bplease (?:try again|re-?submit|re-?upload|upload (?:it|them|your \w+) again|send (?:it|them) again)\b",
        r"\b(?:rejected|declined|not accepted|refused) by the (?:portal|system|form|website|server|upload tool)\b"),
    fam("look-alike: a missing document holds the application (en)", -4.5,
        ("been received", "been submitted", "been provided", "been uploaded", "been completed", "been returned",
         "without"),
        r"\b(?:reference|references|documents?|form|forms|certificates?|transcripts?|id|passport|consent|check|checks|"
        r"declaration|test|assessment|questionnaire)\b[^.!?;]{0,20}?\b(?:has not|hasn't|have not|haven't) (?:yet )?been "
        r"(?:received|submitted|provided|uploaded|completed|returned)\b",
        # "without proof of your right to work we cannot move your application forward"
        r"\bwithout (?:the |a |your )?(?:proof|evidence|copy|copies|confirmation|certificate|"
        r"documentation) of\b[^.!?;]{0,60}"
        r"\b(?:cannot|can't|won't|will not|unable|not able)\b"),
    # round 8: a place on a degree course or a grant round is no job, even when it is "not successful"
    fam("look-alike: a study place or a grant round, not a job (en)", -5.0,
        ("msc", "mba", "bsc", "pgce", "llm", "mres", "mphil", "phd", "pgdip", "pgcert", "graduate", "master", "bachelor",
         "doctoral", "degree", " ma ", " ba ", "grant", "admissions"),
        # (the degree's name without an article too, "your application to MSc Business Analytics"; not "to BA" or "to
        # MA", an airline's or a state's name)
        r"\b(?:application|applied|apply|applying) (?:to|for) (?:(?:the|our|this|a|an|your) (?:ma|msc|mba|ba|bsc|pgce|llm|mres|mphil|phd|"
        r"pgdip|pgcert|undergraduate|postgraduate|master'?s|bachelor'?s|doctoral|degree)|(?:msc|mba|bsc|pgce|llm|mres|mphil|phd|"
        r"pgdip|pgcert|master'?s|bachelor'?s))\b(?! (?:[\w-]+ )?(?:scheme|role|position|"
        r"post|job|vacancy|placement|internship|programme manager|recruitment)\b)",
        # the ones who judge a student's application: "the admissions selectors / tutors have considered your application"
        r"\badmissions (?:selectors?|tutors?|panel|committee)\b(?! (?:role|position|post|job|vacancy|assistant|officer|"
        r"administrator|coordinator|manager)\b)",
        r"\b(?:project|research|arts?|capital|community|small|travel|seed) grants? (?:programme|program|scheme|round|fund|panel|"
        r"application)\b(?! (?:[\w-]+ )?(?:officer|manager|coordinator|assistant|administrator|adviser|advisor|lead|director|team|"
        r"role|position|post|vacancy)\b)"),
    # a thing's application named before the word ("your flat application", "the visa application"), not a job's
    fam("look-alike: a thing's application, not a job's (en)", -5.0,
        ("flat app", "rental app", "tenancy app", "mortgage app", "loan app", "visa app", "membership app", "grant app",
         "scholarship app", "bursary app", "planning app", "credit app", "card app", "passport app", "licence app", "license app",
         "stall app", "trader app", "vendor app"),
        r"\b(?:flat|rental|tenancy|mortgage|loan|visa|membership|grant|scholarship|bursary|planning|credit|card|passport|licen[cs]e|"
        r"stall|trader|vendor) "
        r"applications?\b(?! (?:[\w-]+ )?(?:officer|manager|coordinator|assistant|administrator|adviser|advisor|analyst|lead|"
        r"specialist|processor|handler|team|role|position|post|vacancy|job)s?\b)"),
    # a home applied for: the application names a street address ("your application for 4/22 Pacific Street", "applied
    # for Flat 3, 18 Mill Road"), a move-in date, similar rentals offered instead (not "the landlord has decided": a
    # pub's landlord hires bar staff; not "our other properties": a hotel group's)
    fam("look-alike: a home applied for, not a job (en)", -5.0,
        ("application for", "applied for", "apply for", "applying for", "to rent", "move-in", "move in date",
         "similar properties", "similar rental", "rental properties", "rentals"),
        r"\b(?:application|applied|apply|applying) (?:for|to rent) (?:(?:unit|apartment|apt|flat|house|property|no\.?) )?"
        r"\d+[a-z]?(?:/\d+[a-z]?)?,? (?:[a-z'-]+ ){1,3}?(?:street|st|road|rd|avenue|ave|lane|drive|place|parade|crescent|"
        r"terrace|court|close|way|grove|boulevard|blvd|square|gardens|mews|row)\b",
        r"\bmove[- ]in dates?\b|\bsimilar (?:rental )?(?:properties|rentals)\b|\b(?:other|more) (?:rental properties|rentals)\b"),
    # a status update whose status is still open, with a key to every status below or above it: "New status: Under
    # review. What the statuses mean: ... Not selected - we will not be progressing your application" (the key's "not
    # selected" is no decision; a key under "Status: Not selected" still is)
    fam("look-alike: a key to the statuses under an open status (en)", -5.0,
        ("statuses mean", "status means", "stages mean", "status key", "status legend", "status guide", "status definitions",
         "statuses explained", "key to"),
        r"\b(?:new|current|your|application|latest) status(?: is)?(?: now)?(?: changed to)?:? (?:under review|in review|received|"
        r"submitted|interview\w*|shortlisted|in progress|screening|being (?:reviewed|assessed|considered)|assessment|active|pending|"
        r"on hold)\b[^!?]{0,300}?\b(?:what (?:the|these|our|each|this|your) (?:status(?:es)?|stages?) means?|status (?:key|legend|guide|"
        r"definitions|glossary)|statuses explained|(?:key|legend|guide) to (?:the |our )?status(?:es)?)\b",
        r"\b(?:what (?:the|these|our|each|this|your) (?:status(?:es)?|stages?) means?|status (?:key|legend|guide|definitions|glossary)|"
        r"statuses explained|(?:key|legend|guide) to (?:the |our )?status(?:es)?)\b[^!?]{0,400}?\b(?:new|current|your|application|"
        r"latest) status(?: is)?(?: now)?(?: changed to)?:? (?:under review|in review|received|submitted|interview\w*|shortlisted|"
        r"in progress|screening|being (?:reviewed|assessed|considered)|assessment|active|pending|on hold)\b"),
    # the hiring side asks the reader to pass the news on ("could you let the agency know?"): the reader hires
    fam("look-alike: the reader is asked to tell the agency (en)", -5.0, ("know",),
        r"\b(?:please|can you|could you|would you) let (?:the|our) (?:agency|recruiter|recruitment agency|headhunter|search firm) "
        r"know\b"),
    # an interview slot, a room or a date given to another candidate: scheduling, not a decision
    fam("look-alike: a slot given to another candidate (en)", -4.5, ("slot", "appointment", "session", "room", "date"),
        r"\b(?:offered|given|gave|moved|allocated|swapped|reassigned)\b (?:the|that|this|your|our) (?:(?:[\w-]+ ){0,2}?(?:slot|"
        r"time ?slot|session|room|date)|(?:[\w-]+ ){1,2}appointment)\b[^.!?;]{0,15}\bto (?:another|a different|the other|one of the other) "
        r"(?:[\w-]+ )?(?:candidate|applicant|interviewee)s?\b",
        # ...and said in the passive, one slot named ("the 3pm slot on Tuesday has already been taken by another
        # candidate, could you pick another time?"); not "all the interview slots have been filled by other candidates"
        r"\b(?:the|that|this|your|our) (?:[\w-]+ ){0,3}?(?:slot|time ?slot|session|room|appointment)\b[^.!?;]{0,30}?"
        r"\b(?:(?:has|was|is)(?: already| now| just| unfortunately)? (?:been )?(?:taken|booked|given|offered|allocated|claimed)"
        r"(?: up)? (?:by|to)|(?:has|had)(?: already| now| just| unfortunately)? gone to|went to) (?:another|a different|the other|"
        r"one of the other) (?:[\w-]+ )?(?:candidate|applicant|interviewee)\b"),
]

# (session 19) thanks for the reader's referral or introduction after a decision about the one put forward; a post the
# reader recommended someone for ("the role you recommended Lea for"); an interview slot to pick again
LOOKALIKES += [
    # ...and a slot to pick again: scheduling ("could you pick another time?")
    fam("look-alike: asked to pick another time (en)", -3.0, ("another", "different", "new time", "alternative"),
        r"\b(?:could|can|would) you (?:please |kindly )?(?:pick|choose|select|book|suggest|find|let me know) (?:another|a "
        r"different|a new|an alternative) (?:time|slot|date|day)\b"),
    fam("look-alike: thanks for the reader's referral (en)", -5.0, ("referral", "recommendation", "introduction",
                                                                  "recommended", "referred", "introduced"),
        r"\bthank(?:s| you)\b[^.!?;]{0,30}\bfor (?:the|your|this) (?:referral|recommendation|introduction|intro)\b",
        r"\b(?:role|position|job|post|vacancy|opening) (?:that )?you (?:recommended|referred|put forward|suggested|introduced) "
        r"[a-z]+ for\b"),
]

LOOKALIKES += [
    # the post open again and offered back to the reader ("we initially went with another candidate, but the position
    # has become available again: would you still be interested?"): good news told with the old decision in it; not a
    # rejection's "if the role becomes available again, we will be in touch"
    fam("look-alike: the post is open again to the reader (en)", -5.0, ("again", "reopen", "re-open"),
        r"\b(?<!if the )(?<!if this )(?<!when the )(?<!once the )(?<!should the )(?:role|position|job|post|vacancy|opening)"
        r" (?:has (?:now |just )?(?:become|been made) (?:available|vacant) again|has (?:now |just )?(?:been )?re-?opened|"
        r"is (?:now )?(?:available|open|vacant) again)\b"
        # ...and the reader asked whether they still want it (not "the role has been re-opened, but we have decided to
        # proceed with other candidates")
        r"[^?]{0,160}?\b(?:still interested|(?:would|are|will) you (?:still )?(?:be )?(?:interested|keen|available|like to|open to)|"
        r"(?:fancy|up for|open to) a (?:chat|call|coffee|conversation)|"
        r"(?:shall|can|could) we (?:set up|arrange|book|have) (?:a |another )?(?:call|chat|interview|meeting))\b"),
]

# Sweep 2 (tests/test_detect_sweep2_en.py): "another person was chosen" said where the choice is no verdict on the
# reader's application. One family per reason the reader is not the one turned down.
_KIN = (r"(?:son|daughter|child|nephew|niece|brother|sister|friend|partner|husband|wife|mentee|cousin|flatmate|housemate|"
        r"roommate|neighbou?r|aunt|uncle|mum|mom|dad|mother|father|colleague|boyfriend|girlfriend|fiance|fiancee)")
LOOKALIKES += [
    # a friend's, a relative's or a colleague's news told to the reader: "my flatmate's interview", "did you hear Jo
    # didn't get it?", "Marco was gutted", "so she's still looking"
    fam("look-alike: someone close to the reader was turned down (en)", -4.5,
        ("'s interview", "'s application", "'s job", "'s promotion", "did you hear", "gutted", "devastated", "heartbroken",
         "was told", "were told", "been told", "got told", "heard", "found out", "got the", "got news", "got email",
         "got call",
         "still looking", "applying elsewhere", "me to", "e's fine", "e's ok", "her way", "his way", "in mind"),
        rf"\b(?:your|my|our|his|her) {_KIN}(?: \w+)?'s (?:application|candidacy|cv|interview|job hunt|job search|promotion)\b",
        r"\bdid you hear\b(?! (?:back|from)\b)",
        rf"\b{_KIN}(?: \w+)? (?:was|were|has been|had been|got) told\b|"
        rf"\b(?:my|your|his|her|our) {_KIN}\)? (?:just )?(?:heard|found out|got (?:the )?(?:news|email|call))\b",
        r"\b(?<!i )(?<!we )(?<!you )(?:was|were) (?:a bit |really |so |pretty |quite |absolutely )?(?:gutted|devastated|"
        r"heartbroken)\b"
        r"(?![^.!?;]{0,40}\byou)",
        r"\b(?:he|she)(?:'s| is) (?:still looking|applying elsewhere|job[- ]hunting)(?= ?[.!,;]|$| now\b| again\b)|"
        r"\bbut (?:he|she)(?:'s| is) (?:fine|okay|ok|alright|all right)(?= ?[.!,;]|$)",
        r"\b(?:didn't|did not) go (?:his|her) way\b",
        # the reader put the candidate forward: "we hired another candidate but I'll keep him in mind"; the one turned
        # down asks the reader for help: "he asked me to ask you for advice"
        r"\bkeep (?:him|her) in mind\b|\b(?:he|she) (?:asked|wants|wanted|would like) me to (?:ask|check with|talk to) you\b"),
    # the reader hires: told as hiring manager or requisition owner, or about their own choice ("you picked another")
    fam("look-alike: the reader made or owns the hiring choice (en)", -5.0,
        (" as hiring", " as the hiring", "requisition owner", "you own", "you manage", "you opened", "you raised",
         "you posted", "you created", "'s line manager", "'s manager", "'s mentor", "'s supervisor",
         "'s team lead", "hiring request", "recruitment request", "headcount request",
         "first hire", "headcount", "you on", "supporting", "helping with", "your support",
         "update your", "brief your", "tell your", "inform your", "share with your", "share this with", "share it with",
         "cascade", "pass this on", "dear managers", "dear all managers", "dear line managers", "dear people managers",
         "hi managers", "hi all managers", "hello managers", "notify", "inform all", "inform department", "inform staff",
         "inform line", "inform managers", "inform colleagues", "heads", "fee", "your list", "your pipeline", "your submission",
         "book them", "book him", "book her", "your agency", "your help", "sourcing", "the search", "your invoice", "your retainer", "need your", "need any", "need more", "ones you", "candidates you", "people you", "cvs you", "your team", "your department", "your squad", "your unit", "your group", "you picked", "you've picked", "you chose", "you've chosen", "you have chosen", "you hired",
         "you've hired", "you have hired", "you selected", "you've selected", "you went with", "you've gone with",
         "you decided to", "the advert", "the ad ", "the ads", "the posting", "the listing", "the job ad",
         "backfilled"),
        r"\b(?:you|fyi),? as (?:the )?(?:hiring manager|requisition owner|chair|panel chair|line manager)\b|"
        r"\b(?:requisition|req|vacancy|posting|job ad|advert)s? you (?:own|manage|opened|raised|posted|created)\b|"
        r"\bas (?!you\b|your\b|my\b|our\b|the\b)[a-z]+'s (?:line manager|manager|mentor|supervisor|team lead)\b|"
        r"\bas the requisition owner\b|\b(?:close|take down|pull|remove) the (?:job )?(?:advert|ad|posting|listing)s?\b|"
        r"\byour (?:current |old )?(?:role|position|job|post) will be backfilled\b",
        r"\byour (?:hiring|recruitment|headcount) request\b|\byour first hire\b|\bheadcount (?:reports?|figures|numbers|update|summary|plan|review)\b|\b(?:q[1-4]|quarterly|monthly) headcount\b|"
        r"\b(?:love|like|want|need) you on (?:the|our|an?) (?:[\w-]+ )?panel\b",
        # staff news: "thank you for supporting the internal recruitment... please update your team", "this is to notify
        # department heads"
        r"\bthank(?:s| you) (?:\w+ )?for (?:supporting|helping with|your support (?:with|on|during)) the (?:[\w-]+ )?(?:recruitment|"
        r"hiring|selection|interviews?|process)\b|\bplease (?:update|brief|tell|inform) your (?:team|staff|department|reports)\b|"
        r"\bplease (?:share|cascade|pass) (?:this |it )?(?:on )?(?:with|to) your (?:teams?|staff|departments?|reports)\b|"
        r"\b(?:dear|hi|hello) (?:all )?(?:managers|line managers|people managers|department heads|heads of department)"
        r"(?= ?[,:!\n]|$)|"
        r"\b(?:notify|inform|tell|update) (?:all )?(?:department heads|heads of (?:department|school)|staff|line managers|"
        r"managers|colleagues)\b",
        # the reader is the agency ("no fee this time", "picked other candidates from your list") or the team's manager
        r"\bno (?:placement |agency |finder's )?fee (?:is |will be )?(?:due|payable|this time|on this one)\b|"
        r"\bfrom your (?:list|pipeline|submissions?)\b|\bbook (?:them|him|her) in\b|"
        r"\bthe (?:two |three |four |five |several |other )?(?:ones?|candidates?|people|person|cvs?|profiles?) (?:you|your agency) "
        r"(?:sent|submitted|put forward|proposed|shortlisted)\b|"
        r"\bthe (?:one|ones|candidate|person|people) (?:from|through|via) your agency\b|"
        # the client writes to the agency: "thanks for sourcing these profiles", "please pause the search", "your invoice
        # for the retainer" (not "thanks for sending Jordan over": an agency relays that very mail to Jordan)
        r"\bthank(?:s| you) (?:\w+ )?for sourcing\b|\b(?:pause|stand down|call off|stop) the search\b|\byour (?:invoice|retainer)\b"
        # (a candidate's invoice for the interview's travel is no agency's: "please send your invoice for travel expenses")
        r"(?! for (?:your |the )?(?:travel|expenses|mileage|train|interview))|"
        r"\b(?:won't|will not|don't|do not) need (?:your|any more|more) (?:candidates|cvs|profiles)\b|"
        r"\bthank(?:s| you) (?:\w+ )?for your help with the (?:hiring|recruitment|search|shortlisting|interviews)\b|"
        r"\b(?:another|a new|a different) (?:[\w-]+ )?(?:person|candidate|hire|member|colleague|starter)\b[^.!?;]{0,40}\b(?:for|in|"
        r"to|on|into) your (?:team|department|squad|unit|group)\b",
        r"\byou(?<!if you)(?:'ve| have)? (?:picked|chose|chosen|hired|selected|appointed|went with|gone with|decided to "
        r"(?:go with|hire|appoint)) (?:another|a different|the other|someone|somebody)\b"),
    # the reader as an employee: the chosen one covers the reader's leave or becomes the reader's manager, and the
    # reader's own post is untouched
    fam("look-alike: a colleague chosen around the reader's own job (en)", -5.0,
        ("cover", "your new", "unchanged", "unaffected", "your own", "is away", "is off", "as they are", "as it is", "act up", "acting up", "your old", "job share",
         "job-share", "stay as", "stays as", "remain", "the same", "not affected", "is safe", "is secure", "help him", "help her", "help them", "show him", "show her",
         "train him", "train her", "support him", "support her", "look after", "settle",
         "promoted", "your probation", "your workload", "your appraisal", "your annual", "your performance",
         "your one-to-one"),
        # ("your previous role at Tesco" is the reader's past job a rejection praises: only "to your old role")
        r"\b(?:to|into|in|for) your old (?:role|job|position|post|desk|seat)\b|\byou(?:'ve| have) been promoted\b|"
        # the reader's own employment around the news: "your probation review went well", "your workload will ease"
        r"\byour (?:probation|workload|appraisal|annual review|performance review|one-to-one)\b",
        r"\byour (?:maternity|paternity|parental|holiday|sick|leave|sabbatical) cover\b|\bcover (?:for )?your (?:leave|absence|"
        r"shifts?|maternity|holiday|sabbatical)\b",
        r"\byour new (?:line manager|manager|boss|supervisor|team lead|head of department)\b",
        r"\byour own (?:seat|promotion|case|role|position|job|post|process)\b|"
        # ("your role and reporting line stay exactly as they are")
        r"\byour (?:own |current )?(?:role|position|job|post)(?: and (?:your )?(?:terms|pay|team|reporting line|hours|duties|"
        r"manager))? (?:is|are|remains?|stays?) (?:exactly |just )?(?:unchanged|unaffected|not affected|safe|secure|"
        r"as (?:it is|they are)|the same)\b",
        r"\bwhile \w+ (?:is|'s) (?:away|off|on leave)\b|\bto act(?:ing)? up\b",
        # the reader shares the job or helps the new one settle: "the other half of the job share, so your three days stay
        # as they are", "could you help her with the laptop setup?"
        r"\bthe other half of (?:the|your) job[- ]share\b|\byour (?:[\w-]+ )?(?:days|hours|shifts|contract|terms) (?:stay|stays|"
        r"remain|remains) (?:as they are|the same|unchanged)\b|\b(?:could|can|would) you (?:please )?(?:help|show|train|support|"
        r"look after|settle) (?:him|her|them) (?:in|with|on|around)\b"),
    # another role went to someone, the reader's own process goes on: "you're through to the last round", "the Leeds
    # team want to move you to the final stage", "your interview is still on", "you were never put forward for it"
    fam("look-alike: the reader's own process goes on beside another hire (en)", -4.5,
        ("through to", "shortlist", "move you", "take you", "bring you", "progress you", "being considered", "still on", "never put",
         "your process", "book your", "passed your", "confirmed", "booked", "scheduled", "interviewing you", "start with",
         "begin with", "starting with", "joining with", "alongside"),
        r"\byou(?:'re| are) (?:now |still )?(?:through to|being considered for|on (?:the|our|their) shortlist)\b",
        # (not negated: "we're not going to move you forward to the next round", "we don't want to take you to the final")
        r"\b(?<!not )(?<!n't )(?<!never )(?<!no longer )(?:want|wants|like|love|keen|going|happy) to (?:move|take|bring|progress|put) you "
        r"(?:through |forward |on )?to (?:the|a|your) "
        r"(?:next|final|last|second|third) (?:stage|round|interview)\b(?![^.!?;]{0,40}\b(?:but|however)\b)",
        r"\byour (?:[\w-]+ ){0,2}?(?:interview|final|call|process)\b[^.!?;]{0,40}?\b(?:is still on|still stands|continues|"
        r"goes ahead|(?:is|will be) (?:now )?(?:confirmed|booked|scheduled|arranged))\b(?![^.!?;]{0,40}\b(?:cancel\w*|called off|no longer|not)\b)|\b(?:like|want) to book (?:in )?your (?:final|next|second|third) (?:interview|round|stage)\b",
        r"\byou (?:were|was) never (?:put forward|submitted|considered|sent) for\b|\b(?:are|is|'re|will be) (?:now )?interviewing "
        r"you\b|\byou(?:'ll| will) (?:start|begin|be starting|be joining) (?:with|alongside)\b",
        r"\bpassed your (?:cv|profile|details|application) (?:on )?to\b[^.!?;]{0,60}\b(?:who|and they) (?:would|'d) (?:like|love) "
        r"to (?:interview|meet|speak|talk)\b"),
    # the reader pulled out or said no first: "sorry you've declined", "congrats on the new job", "understand the role
    # isn't for you"
    fam("look-alike: the reader declined first (en)", -4.5, ("declined", "turned", "congrat", "understand", "respect",
                                                           "to withdraw", "see you go", "you're taking", "you are taking",
                                                           "you asked", "you requested", "withdraw", "no longer",
                                                           "counter"),
        # the company confirms the reader's own step back: "as you have withdrawn, we will proceed with another
        # candidate", "your email withdrawing from the process", "you're no longer available", "your counter-offer"
        r"\byou(?:'ve| have) withdrawn\b|\byour withdrawal\b|\b(?:your|the) (?:e-?mail|message|note|letter|call) withdrawing\b|"
        r"\bwithdrawing from the (?:process|recruitment|selection)\b|\b(?<!if )you(?:'re| are) no longer available\b|"
        r"\byou(?:'ve| have)? accepted (?:your (?:current )?employer's |a |the )?counter-?offer\b",
        r"\b(?<!if )(?<!should )(?<!case )(?<!whenever )you(?:'d| would)? (?:wish|want|like|have asked|asked|requested) to "
        r"withdraw\b|\bsorry to see you go\b|"  # (not a footer's "If you wish to withdraw your application, log in")
        r"\byou(?:'re| are) (?:taking|accepting|going with|joining) (?:the other|another|a different)\b|"
        r"\b(?:removed|withdrawn|withdrew|taken) (?:you|your (?:application|candidacy|name))\b[^.!?;]{0,40}\bas you "
        r"(?:asked|requested)\b",
        r"\byou(?<!if you)(?:'ve| have) (?:declined|turned (?:it|us|the (?:offer|role|job|position)) down)\b|"
        r"\byou turned (?:it|us|the (?:offer|role|job|position)) down\b",
        r"\bcongrat\w* on (?:the|your) new (?:job|role|position)\b",
        r"\b(?:understand|respect|appreciate)(?: that)? (?:the|this) (?:role|job|position|opportunity) (?:isn't|is not|wasn't|"
        r"was not|doesn't|does not)\b[^.!?;]{0,40}\bfor you\b"),
    # the first choice fell through or an older choice is recalled, and the door opens for the reader: "we had selected
    # another candidate, but they have withdrawn: we would now like to offer you the position", "a new position has
    # opened", "this new role fits you better: shall I send your CV?"
    fam("look-alike: the door reopens for the reader (en)", -5.0,
        ("still interested", "still of interest", "now like to", "now love to", "has opened", "has come up", "fits you",
         "suits you", "suit you", "interest you", "fit you"),
        r"\b(?:are you still interested|is (?:the|this|that) (?:role|position|job|post) still of interest(?: to you)?) ?\?",
        r"\b(?:would|'d) now (?:like|love) to (?:offer you|invite you|meet you|move you|make you an offer)\b",
        # (not the rejection's promise "we'll tell you if another opportunity that might suit you comes up")
        r"\b(?<!if )(?<!should )(?<!when )(?<!in case )(?<!once )(?:a new|another) (?:[\w-]+ )?(?:role|position|opening|vacancy|"
        r"job) has (?:opened|come up)\b|"
        r"\b(?<!if )(?<!should )(?<!when )(?<!in case )(?<!once )(?:another|a new|a different) (?:opportunity|opening|role|position|"
        r"vacancy) (?:that )?(?:might|may|could|would) (?:suit|interest|fit) you\b(?![^.!?;]{0,30}\b(?:comes? up|arises?|"
        r"becomes? available|opens? up)\b)",
        r"\b(?:this|the) (?:new )?(?:role|job|position) (?:fits|suits) you better\b"),
    # no decision yet, or a choice told as a habit or as history: "no decision has been made", "typically we select other
    # candidates only after the final round", "last time we hired another person for this team"
    fam("look-alike: no decision yet, or a choice told as a habit (en)", -4.5,
        ("decision", "typically", "usually", "normally", "generally", "often", "sometimes", "last time", "previously",
         "in the past", "last year", " ago"),
        r"\bno (?:final )?decision (?:has|have) (?:yet )?been (?:made|taken|reached)\b|\b(?:haven't|have not|hasn't|has not) "
        r"(?:yet )?(?:made|reached|taken) (?:a|any|the|our|their) (?:final )?decision\b|\bno decision yet\b",
        r"\b(?:typically|usually|normally|generally|often|sometimes|(?:the )?last time|previously|in the past|last year) (?:we|they|"
        r"the client|the team|the panel|the committee|the board|the hiring manager|the company) (?:\w+ ){0,2}?(?:select|choose|hire|pick|appoint|go with|move forward|hired|chose|picked|selected|appointed|"
        r"went with)\b",
        # old news retold: "we went with another candidate for the March role, but that was months ago!"
        r"\bthat was (?:months|weeks|ages|a while|years|a long time) ago\b"),
    # a job board's alert about a role the reader only looked at ("Orbit hired another candidate for a role you viewed")
    fam("look-alike: news of a role the reader only viewed (en)", -5.0, ("viewed", "saved", "bookmarked", "looked at",
                                                                       "you asked", "you've asked", "you have asked",
                                                                       "you followed", "you've followed",
                                                                       "you have followed", "you were following",
                                                                       "you're following", "you are following"),
        r"\b(?:roles?|jobs?|positions?|postings?|listings?) (?:you|you've|you have) (?:viewed|saved|bookmarked|looked at)\b",
        # ...or followed on a careers site: "the Data Analyst job you were following has been filled" (not "the role
        # you were following up on", the reader's own chase of an application)
        r"\b(?:roles?|jobs?|positions?|postings?|listings?) (?:that )?(?:you(?:'ve| have)? followed|you(?: were|'re| are) "
        r"following)\b(?! up\b)",
        # ...or only asked to hear of: "you asked to be told about vacancies in Parks" (not "you asked to be kept informed
        # of the outcome": the reader's own application)
        r"\byou(?:'ve| have)? asked (?:us )?to be (?:told|notified|kept informed|updated|kept up to date|alerted|emailed) "
        r"(?:about|of|when) (?:any |new |future |upcoming |our )?(?:vacancies|jobs|roles|positions|openings|posts|"
        r"opportunities|job)\b"),
    # other applicants chosen for a thing that is no job: a freelance proposal, a cohort, a residency, a course, a grant,
    # a jury, a study ("the client hired another freelancer for this job", "we've selected other applicants for this
    # cohort", "the foundation decided to fund other applicants"); ("competition" and "intake" are left out: a public
    # service's recruitment competition and a graduate intake are jobs)
    fam("look-alike: other applicants chosen for a thing, not a job (en)", -5.0,
        ("proposal", "freelancer", "cohort", "accelerator", "incubator", "residency", "scholarship", "bursary", "course",
         "jury", "study", "focus group", "festival", "exhibition", "grant", "fund", "citizens", "the judges", "sponsor",
         "redundanc"),
        # ("hired another freelancer for the in-house copywriting role": a role, not a gig)
        r"\byour proposal\b|\b(?:another|a different|the other) freelancer\b"
        r"(?! (?:for|to|as|in) (?:the|this|our) (?:[\w-]+ ){0,2}?(?:role|position|post|vacancy)\b)|"
        r"\bsend(?:ing)? (?:more )?proposals\b|\bthe judges\b",
        r"\b(?:another|other|a different|the other) (?:[\w-]+ )?(?:candidates?|applicants?|people|persons?|individuals?|"
        r"participants?|founders?|teams?|startups?|famil(?:y|ies)|artists?|writers?|speakers?|colleagues?)\b[^.!?;]{0,30}?\b"
        r"(?:for|in|on|to|into) (?:the|this|our|this year's|next year's|its|their) (?:[\w'-]+ ){0,2}?(?:cohort|accelerator|"
        r"incubator|residency|scholarship|bursary|course|jury|study|focus group|festival|exhibition|grant|fund|"
        r"citizens' panel|redundanc(?:y|ies))s?\b"
        r"(?!(?: [\w-]+){0,2} (?:role|position|job|post|vacancy|team|officer|coordinator|manager|lead|assistant|administrator|"
        r"adviser|advisor|director|tutor|instructor)s?\b)",
        r"\b(?:fund|funding|sponsor)\w* (?:other|another|a different) (?:applicants?|projects?|candidates?|proposals?|teams?)\b"),
    # a choice still to come, told in an acknowledgement or an invitation: "we will notify all applicants once we have
    # selected a candidate", "the hiring manager will select a candidate for the next stage by Friday"
    fam("look-alike: a choice still to come (en)", -4.5, ("once ", "after ", "when ", "until ", "before ", "as soon as", "will ",
                                                         "'ll "),
        # (not a past report: "we said we'd tell you once we had made a decision")
        r"\b(?:once|after|when|until|before|as soon as) (?:we|they|the (?:panel|client|team|hiring manager))(?:'ve| have| has)? "
        r"(?:(?!had\b|'d\b)\w+ )?(?:selected|chosen|appointed|hired|picked|identified|found|made (?:a|our|their) (?:decision|choice|"
        r"selection|appointment))\b",
        r"(?:\bwill|'ll) (?:then |now |soon )?(?:[\w-]+ ){0,3}?(?:select|choose|appoint|hire|pick) (?:a|one|the|our|their) "
        r"(?:[\w-]+ )?(?:candidate|person|applicant|finalist)s?\b",
        # the others are seen first, the decision comes after: "we've decided to interview other candidates before we
        # make a final decision" (not "...before we made": a decision told as done)
        r"\bbefore (?:we|they|the (?:panel|client|team|hiring manager)) (?:can )?(?:make|reach|take) (?:a|any|the|our|their) "
        r"(?:final )?(?:decision|choice)\b"),
    # the one chosen is a supplier, a venue, a pupil or a tenant, or the choice is for a wedding or a building job
    fam("look-alike: another supplier, venue or pupil chosen, not a job (en)", -5.0,
        ("supplier", "vendor", "bidder", "tenant", "lodger", "pupil", "venue", "caterer", "wedding", "party", "birthday",
         "conversion", "extension", "refit", "renovation", "refurb", "fair", "house sale"),
        r"\b(?:another|a different|the other) (?:supplier|vendor|bidder|tenant|lodger|pupil|venue|caterer)s?\b",
        r"\bfor (?:the|our|my|your) (?:wedding|party|birthday|christening|barn conversion|loft conversion|extension|"
        r"kitchen refit|bathroom refit|renovation|refurb\w*|school fair|summer fair|christmas fair|house sale)\b"
        r"(?!(?: [\w-]+){0,3} (?:role|position|job|post|vacancy|team)\b)"),
]

# Sweep 4 (tests/test_detect_sweep4_en.py): more writers who tell of another person chosen when the reader is no
# candidate: the reader interviewed or scored the candidates, vouched for one, sat in a vote, applied for a grant,
# or reads a story about some company's hire; or the reader's own move goes on beside it.
LOOKALIKES += [
    # the reader interviewed or scored the candidates: "all four scorecards are in", "thanks for interviewing both
    # finalists", "your notes on the two you saw", "send Jana the standard decline", "the unsuccessful candidates will hear
    # from HR", "I'll let our candidate Mark know" (an agency to its client)
    fam("look-alike: the reader interviewed or scored the candidates (en)", -5.0,
        ("scorecard", "interviewers on", "interviewers for", "interviewers assigned", "following your", "interviewing",
         "you saw",
         "you met", "you interviewed", "you spoke", "sitting on it", "serving on it",
         "unsuccessful candidates", "unsuccessful applicants", "standard", "usual", "our candidate", "covering", "running",
         "conducting", "sitting in", "chairing", "your team", "your department", "your company", "your firm",
         "as you recommended", "her the", "him the", "them the", "her an", "him an", "them an", "her our", "him our",
         "them our", "brief the", "outreach", "sourcing", "headhunting", "as a fellow", "grievance"),
        r"\bscorecards?\b|\binterviewers (?:on|for|assigned to) (?:this|the) (?:requisition|req)\b|"
        r"\bfollowing your (?:feedback|scores|notes|recommendation) (?:from|on|after) (?:the|our|yesterday's|today's|"
        r"[a-z]+day's) (?:[\w-]+ )?(?:panel|interviews?|debrief)\b|"
        # the HR system to an interviewer: "You interviewed Alex Moreno for Data Engineer" (a name, not "really well for")
        r"\byou interviewed (?!(?:for|with|at|on|in|last|yesterday|today|recently|earlier|us|me|our|the|a|an|and|twice|once|"
        r"well|very|so|really|quite|extremely|two|three|four|five|several|many|both|[a-z]+ly)\b)"
        r"[a-z]+ [a-z]+ for\b|"
        r"\bthank(?:s| you) (?:\w+ )?for (?:interviewing|meeting|seeing) (?:both|all|the|our) (?:[\w-]+ )?"
        r"(?:finalists|candidates|applicants|shortlisted)\b|\bthank(?:s| you) (?:\w+ )?for (?:sitting|serving) on it\b",
        r"\bthe (?:two|three|four|five|six|candidates|ones|people|applicants|finalists) you (?:saw|met|interviewed|spoke (?:to|with))\b",
        r"\bthe (?:other |remaining )?unsuccessful (?:candidates|applicants)(?: [\w-]+){0,2}? (?:will|are going to|should) "
        r"(?:hear|be (?:told|informed|contacted|notified|emailed))\b",
        r"\bsend (?!you\b|me\b|us\b)[a-z]+ (?:the|a|our) (?:standard|usual|template|polite|formal) (?:regret|rejection|decline|"
        r"refusal)\w*\b|\b(?:let|tell|inform|call|ring|email) our candidate\b",
        # ...ran one of the interviews ("thanks for covering the system design interview"; a candidate only takes one)
        r"\bas you recommended\b|\bsend (?:him|her|them) (?:the|an|our) (?:[\w-]+ )?offer\b|\bbrief the (?:whole )?(?:team|staff|office)\b",
        r"\bthank(?:s| you) (?:\w+ )?for (?:covering|running|conducting|sitting in on|chairing|leading) (?:the|that|our|this|"
        r"those) (?:[\w-]+ ){0,2}?(?:interviews?|loops?|panels?)\b",
        # ...or the choice was the reader's side's ("you mentioned your team hired another candidate instead of promoting
        # Jess"; not "your manager": an internal applicant's own manager may turn them down)
        r"\byour (?:team|department|company|firm) (?:has |have |had )?(?:hired|chose|chosen|picked|selected|appointed|went with|"
        r"gone with|decided to (?:hire|appoint|go with))\b",
        # ...or sources them for an agency ("please stop the outreach calls"), or stands by a colleague who was turned
        # down ("as a fellow rep", "Jo's grievance")
        r"\b(?:stop|pause|halt) (?:the |your |all |our )?(?:outreach|sourcing|headhunting)\b|"
        r"\bas a fellow (?:rep|representative|steward|governor|trustee|panel member|interviewer|assessor|councillor)\b|"
        r"\b(?:his|her|their|[a-z]+'s) grievance\b"),
    # the reader vouched for the candidate: "thanks for putting Nadia forward", "for agreeing to be a referee for Jordan";
    # a mentee's or a friend's application ("the position that your mentee Aisha applied for")
    fam("look-alike: the reader vouched for the candidate (en)", -5.0, ("putting", "referee", "reference", " applied",
                                                                        "on your", "about your", "nominat", "referral"),
        r"\bthank(?:s| you) (?:\w+ )?(?:again )?for (?:your nomination of|nominating) (?!you\b|yourself\b|me\b|us\b|your\b)"
        r"[a-z]+\b",
        r"\bthank(?:s| you) (?:\w+ )?(?:again )?for putting (?!you\b|yourself\b|your\b|me\b|us\b|it\b|this\b|that\b)[a-z]+(?: [a-z]+)? "
        r"forward\b",
        # ...or the reader's own relative or friend: "thanks for putting your niece forward for the babysitting"
        rf"\bthank(?:s| you) (?:\w+ )?(?:again )?for putting your {_KIN} forward\b",
        r"\b(?:agree|agreed|agreeing|offer|offered|offering) to (?:be|act as) (?:a |the |his |her |their )?(?:referee|reference) "
        r"(?:for|to) (?!you\b)",
        rf"\b(?:your|my|our) {_KIN}(?: [a-z]+)? (?:had |has )?applied (?:for|to)\b",
        # ...or hears how the one they referred got on: "quick note on your friend Ana", "thank you for the referral" (not
        # "an update about your referral": the reader may be the one referred)
        r"\b(?:note|update|news|word) (?:on|about) your (?:friend|contact|mentee|former colleague|neighbou?r)\b|"
        r"\bthank(?:s| you)(?: \w+)? for (?:the|your|this) referral\b"),
    # a vote at a club's or a school's meeting, and a grant, a scholarship or a prize applied for: no job
    fam("look-alike: a vote at a meeting, or a grant or prize applied for (en)", -5.0,
        ("agm", "egm", "general meeting", "grant", "scholarship", "bursary", "prize", " award"),
        r"\b(?:at|in) the (?:agm|egm|annual general meeting|extraordinary general meeting)\b",
        r"\b(?:apply|applying|applied|application|applications) for (?:a|an|the|our|this) (?:[\w-]+ ){0,3}?(?:grant|scholarship|"
        r"bursary|prize|award)s?\b(?! (?:[\w-]+ )?(?:officer|manager|coordinator|assistant|administrator|adviser|advisor|analyst|"
        r"lead|specialist|writer|team|role|position|post|job|vacancy)s?\b)"),
    # a story about some company's hire in a newsletter: "a retailer chose another candidate over an internal favourite"
    # (the reader's employer is "we" or named, never "a bank")
    fam("look-alike: a story about some company's hire (en)", -5.0,
        ("writes about", "wrote about", "blogs about", "blogged about", "reflects on", "reflected on",
         "retailer ", "company ", "firm ", "bank ", "startup ", "start-up ", "employer ", "business ", "charity ", "hospital ",
         "council ", "manufacturer ", "school ", "university ", "brand ", "insurer "),
        r"\b(?:a|an|one) (?:[\w-]+ )?(?:retailer|company|firm|bank|startup|start-up|employer|business|charity|hospital|council|"
        r"manufacturer|school|university|brand|insurer)\b (?:recently |once |eventually |finally )?(?:chose|picked|selected|hired|"
        r"appointed|went with|"
        r"preferred|passed over|rejected|turned down)\b",
        # ...or in a post or an episode: "our CTO writes about the time she chose another candidate"
        r"\b(?:(?:writes|wrote|blogs|blogged) about|reflect(?:s|ed) on) (?:the time|how|why|when)\b"),
    # the reader's own move goes on beside the other hire: "I've booked your interview for Tuesday", "your transfer has
    # been approved... so you'll join as senior analyst"
    fam("look-alike: the reader's own move goes on (en)", -4.5, ("booked your", "scheduled your", "arranged your",
                                                                "will be in", "will be on", "will be at", "is booked",
                                                                "is scheduled", "is set", "is confirmed", "been booked",
                                                                "been scheduled", "been moved", "been rescheduled",
                                                                "been confirmed", "now be in", "now be on", "now be at",
                                                                "now booked", "now scheduled", "now set", "now confirmed",
                                                                "still booked", "still scheduled", "still set",
                                                                "still confirmed",
                                                                "confirmed your", "set up your", "approved", "join as",
                                                                "joining as", "start as", "starting as",
                                                                "you an offer", "under review", "under consideration",
                                                                "being reviewed", "being considered"),
        # ("your interview for the Analyst role will be in the second round on the 14th", "...is booked for Tuesday")
        r"\byour (?:[\w-]+ )?(?:interview|phone screen|screening call|assessment|trial shift|trial day)\b[^.!?;]{0,40}?"
        r"\b(?:will (?:now )?be (?:in|on|at)|is (?:now |still )?(?:booked|scheduled|set|confirmed) (?:for|on|in)|has been "
        r"(?:booked|scheduled|moved|rescheduled|confirmed) (?:for|to|on)) (?:the )?(?:second|third|next|later|following|"
        r"final|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
        r"august|september|october|november|december|\d)"  # a date or a round ("...will be on file" is no step)
        r"(?![^.!?;]{0,40}\b(?:cancel\w*|another|other|different|if|unless)\b)",
        r"\b(?:i|we)(?:'ve| have) (?:now |also |just |already )?(?:booked|scheduled|arranged|confirmed|set up) your (?:[\w-]+ )?"
        r"(?:interview|call|assessment|final|next round|second round|trial shift|trial day)\b"
        r"(?![^.!?;]{0,60}\b(?:instead|another|other|different)\b)",  # (an interview for another role after a no is the no)
        r"\byour (?:[\w-]+ )?(?:transfer|secondment|promotion|move|relocation)(?: request)? (?:has been|is|was|'s been) "
        r"(?:now )?(?:approved|confirmed|agreed|signed off)\b",
        r"\byou(?:'ll| will) (?:now )?(?:join|start|be joining|be starting)(?: us| the team| them)? as\b",
        # the reader is offered the job after all: "they've changed their minds and want to make you an offer" (not "we'd
        # love to make you an offer, but...", not "we're not going to make you an offer", not an offer of another role:
        # an invitation to another opening after a no is still the no)
        r"\b(?<!not )(?<!n't )(?<!never )(?:want|wants|like|love|going|pleased|delighted|happy) to (?:make|extend) you an? "
        r"(?:formal |verbal |job |written )?"
        r"offer\b(?![^.!?;]{0,60}\b(?:but|however|if|once|when|instead|another|other|different)\b)",
        # the reader's own application is still being read: "we have already hired another colleague for Leeds, but your
        # application for the Manchester branch is under review" (not "...remains active in our talent pool", not "...is
        # still under consideration for other roles": the no to this one stands)
        r"\byour (?:[\w-]+ ){0,2}?(?:application|candidacy|cv|profile)\b(?! (?:has|had|was|were)\b)[^.!?;]{0,40}?\b(?:is|remains) "
        r"(?:still |now )?(?:under (?:review|consideration)|being (?:reviewed|considered))\b"
        r"(?![^.!?;]{0,40}\b(?:other|future|similar|another|different)\b)"),
]

# Sweep 4, second pass: the choice told in the hiring side's own papers: the minutes, agenda or notes of a meeting, and
# a staff bulletin of internal vacancies ("Filled: the Facilities Lead post went to another internal candidate")
# (not "notes from our call": a rejection may sum up the call with the reader)
LOOKALIKES += [
    fam("look-alike: minutes, an agenda or notes of a meeting (en)", -5.0,
        ("minutes", "agenda", "notes of", "notes from", "present:", "present :", "attendees", "apologies:", "aob",
         "any other business", "action items", "action points", "actions:"),
        r"\b(?:present|attendees|apologies|attending) ?:|\baob\b|\bany other business\b|\baction (?:items|points) ?:|\bactions ?:",
        r"\bagenda (?:for|of)\b|\bagenda ?:|(?:^|\. )minutes\b",
        r"\b(?:minutes|notes) (?:of|from) (?:the|our|today's|this|yesterday's|last|monday's|tuesday's|wednesday's|thursday's|"
        r"friday's) (?:(?:[\w-]+ ){0,2}?(?:team|staff|recruiting|recruitment|hiring|shortlisting|selection|board|committee|"
        r"management|leadership|department|governors'?|trustees'?) (?:meeting|call)|(?:[\w-]+ ){0,2}?(?:sync|stand-?up|huddle))\b"),
    fam("look-alike: a staff bulletin of internal vacancies (en)", -5.0,
        ("vacancies this", "jobs this", "roles this", "openings this", "bulletin", "newsletter", "digest", "round-up", "roundup"),
        r"\b(?:internal|current|new|latest|open) (?:vacancies|jobs|roles|openings|positions) (?:this|for this|of the) (?:week|month)\b|"
        r"\b(?:internal )?(?:vacancy|vacancies|jobs) (?:bulletin|newsletter|digest|round-?up)\b"),
]

# News of the reader's application heard second-hand: a friend, a relative or an old colleague passes on what they
# picked up ("Heard they went with another candidate... their loss!", "word from my cousin at Halden is that they hired
# someone else", "between us: they chose another candidate, you'll hear officially next week"). Not the employer's
# decision told to the reader: a thank-you drafted in reply would go to the friend. (An agency's relay names its
# source, "the client", "heard back from": those are left alone.)
LOOKALIKES += [
    fam("look-alike: news of the reader's application heard second-hand (en)", -4.5,
        ("apparently", "heard", "word is", "word has it", "word from", "rumo", "grapevine", "little bird", "officially",
         "their loss", "says", "said", "told me", "mentioned", "let slip"),
        r"\bapparently,? (?:they|he|she|the (?:company|firm|team|panel|manager|boss|owner|hiring manager))\b",
        r"\b(?:i|we)(?:'ve| have)? (?:just |also )?(?:heard|overheard) (?:on the grapevine |through the grapevine |on linkedin )?"
        r"(?:that )?(?:they|he|she)(?:'ve|'d| have| had)? (?:went|gone|picked|chose|chosen|hired|given|offered|appointed|"
        r"filled|decided|found|taken)\b",
        r"\bword (?:is|has it)\b|\bword from my \w+|\brumou?r (?:is|has it)\b|\bon the grapevine\b|\ba little bird\b|"
        r"\byou(?:'ll| will| should| might)? (?:probably |likely |soon )?(?:hear|get|receive) (?:it |the news |an email |"
        r"a letter |something |the email |the letter )?officially\b",
        r"\btheir loss\b",
        r"\b(?:my|a|our|an) (?:friend|mate|pal|buddy|cousin|brother|sister|uncle|aunt|neighbou?r|ex-colleague|"
        r"old colleague|former colleague|contact|source) (?:at|in|from|who works (?:at|in|for)) [\w&'.-]+(?: [\w&'.-]+)? "
        r"(?:says|said|told me|mentioned|let slip|texted|reckons)\b",
        # ...or from the reader's friend, by a recruiter who writes about something else: "your friend Priya mentioned
        # that the bank went with another applicant. If you're still looking, we'd love to talk"
        r"\byour (?:friend|mate|pal|colleague|former colleague|old colleague|ex-colleague|partner|flatmate|housemate|sister|"
        r"brother|cousin),? (?:[a-z]+,? )?(?:mentioned|told (?:me|us)|said|says|let (?:me|us) know|let slip) (?:that )?"
        # ...a choice they reported (not "your friend Priya said you'd be a great fit": a referral's rejection says so)
        r"(?:the \w+|they|it)(?:'ve|'d| have| had)? (?:went|gone|picked|chose|chosen|hired|decided|offered|selected|appointed|"
        r"filled|given)\b"),
]

# Sweep 5 (tests/test_detect_sweep5_en.py): the other person named by a trade or a familiar word instead of "candidate"
# ("we've taken on another lad for the warehouse job", "offered the sous chef position to another chef who...", "gone
# with a different barista", "decided to hire another applicant who can do the early shifts"). The words are people
# hired for a job (not "another tenant", "another family", "another supplier": those are the look-alikes' things), and
# the weight (3.5) stands only where the mail names the reader's application ("thanks for applying", "for coming in",
# "for the trial"), so a friend's "Mum hired another gardener" or "we've gone with another accountant" to a freelancer
# is no rejection.
_EN_WORKER = (r"(?:chef|cook|baker|barista|waiter|waitress|bartender|barman|barmaid|porter|cleaner|driver|mechanic|"
              r"electrician|plumber|joiner|carpenter|labourer|laborer|decorator|painter|gardener|groundworker|nurse|carer|"
              r"care worker|support worker|doctor|dentist|hygienist|pharmacist|teacher|tutor|lecturer|assistant|"
              r"practitioner|receptionist|accountant|bookkeeper|clerk|administrator|secretary|developer|engineer|designer|"
              r"analyst|technician|stylist|hairdresser|barber|therapist|apprentice|trainee|intern|graduate|officer|guard|"
              r"operative|picker|packer|cashier|manager|supervisor|candidate|applicant|person|"
              # a household's hire: the family writes ("we have decided to go with another nanny")
              r"nanny|childminder|au pair|housekeeper|dog walker|"
              # familiar words for a person: a trade's or a shop's owner writes them ("another lad", "a different girl")
              r"lad|lass|bloke|chap|fella|fellow|guy|girl|lady|woman|man|gentleman)")
# the choice: done ("hired", "taken on", "gave the job to") or decided ("decided to hire"); never a plan ("we're going to
# hire another chef" adds a chef) nor negated
_EN_TOOK_ON = (r"(?:hired|appointed|employed|recruited|taken on|took on|(?<=ended up )taking on|gone with|went with|picked|"
               r"chose|chosen|selected|"
               # ...or gone on with: "we've decided to move ahead with another designer whose portfolio..."
               r"(?:moving|moved) (?:forward|ahead) with|proceed(?:ed|ing) with|going with|"
               r"settled on|(?:offered|given|gave) (?:it|the (?:[\w-]+ ){0,2}?(?:role|job|position|post|vacancy|place|work|"
               r"opening)) to|(?:(?<=decided to )|(?<=chosen to )|(?<=opted to ))(?:hire|appoint|employ|recruit|take on|go with|move (?:forward|ahead) with|proceed with|"
               r"pick|choose|select|"
               r"(?:offer|give) (?:it|the (?:[\w-]+ ){0,2}?(?:role|job|position|post|vacancy|place|work|opening)) to))")
# (after "for", the job: "another lad for the warehouse job", not "another baker for the bread stall" or "for the day")
# ...and no task beside the reader ("to lead the squad", "as your buddy"): _BESIDE_YOU, except that the other person
# may be someone "who can do the early shifts" (someone who can do something *for the reader* stays beside them)
_BESIDE_YOU_ABLE = _BESIDE_YOU.replace(r"(?:who|that) (?:could|can|will|would|might|may)\b|", "")
DECISIONS += [
    fam("grammar: another worker named by a trade or a familiar word was chosen", 3.5, ("another", "a different",
                                                                                       "else on"),
        rf"\b(?<!not )(?<!n't )(?<!never ){_NOT_HYPOTHETICAL}{_NOT_PROPOSED}{_EN_TOOK_ON} (?:another|a different) "
        # ("...another apprentice this year." is the current round: the past ones are left out below)
        rf"(?:[\w-]+ )?{_EN_WORKER}\b(?!-)(?=(?: this (?:year|time|round|season|intake))? ?[.!,;]|$| (?:who|whose|with|from|one)\b| (?:to|as|for) (?:the|this|that|our) "
        r"(?:[\w-]+ ){0,2}?(?:role|job|position|post|vacancy|opening)\b)"
        r"(?! (?:who|that) (?:could|can|will|would|might|may) (?:[\w-]+ ){0,4}?(?:you|your)\b)(?! over\b)(?! from your\b)"
        # a hire told as history: "we took on another graduate from your course last year"
        r"(?![^.!?;]{0,50}\b(?:last (?:year|month|time|spring|summer|autumn|winter)|years? ago|in (?:19|20)\d\d)\b)"
        + _NOT_A_TASK + _BESIDE_YOU_ABLE,
        # "we've taken someone else on for the decorating work"
        r"\b(?<!not )(?<!n't )(?:taken|took) (?:someone|somebody) else on\b(?! to (?:cover|help|run)\b)"),
]

# Sweep 5 look-alikes: someone else chosen, yet no application of the reader's ends. One family per reason.
LOOKALIKES += [
    # nobody is chosen yet: "we have not chosen anyone yet", "hasn't picked anyone else", "we haven't offered the role to
    # another candidate, it's only the budget" (not "..., but we won't be taking you forward": the no is said after it)
    fam("look-alike: no one else has been chosen yet (en)", -4.5,
        ("not chosen", "not picked", "not selected", "not offered", "not appointed", "not hired", "not given", "n't chosen",
         "n't picked", "n't selected", "n't offered", "n't appointed", "n't hired", "n't given", "no one", "nobody",
         "no-one"),
        r"\b(?:have|has|had)(?: not|n't) (?:yet )?(?:chosen|picked|selected|appointed|hired|offered|given|gone with|decided on|"
        r"settled on)(?: (?:it|the (?:[\w-]+ ){0,2}?(?:role|job|position|post)) to)? (?:anyone|anybody|another|someone|"
        r"somebody|the other|a different)\b(?![^.!?;]{0,80}\b(?:but|however)\b)",
        r"\b(?:no one|nobody|no-one) (?:has|have) (?:yet )?been (?:chosen|picked|selected|appointed|hired|offered the "
        r"(?:role|job|position|post))\b(?![^.!?;]{0,80}\b(?:but|however)\b)"),
    # the reader is the one chosen, the other person the runner-up: "in the end we chose you", "you got the job"
    fam("look-alike: the reader was the one chosen (en)", -4.5,
        ("chose you", "chosen you", "picked you", "selected you", "went with you", "go with you", "got the"),
        r"\b(?:we|they|the panel|the team|the board|the client|the committee)(?:'ve| have)? (?:chose|chosen|picked|selected|"
        r"went with|decided to go with) you\b(?! (?:for|to) (?:an? |the )?(?:interview|next|final|second|shortlist|"
        r"assessment))(?![^.!?;]{0,40}\b(?:but|however|unfortunately)\b)",
        r"\byou(?:'ve| have)? got the (?:job|role|position|post)\b(?! ?\?)"),
    # the sender's own search: "they asked me to apply again in spring", "told me to reapply"
    fam("look-alike: the sender was asked to apply again (en)", -4.0, ("ed me",),
        r"\b(?:asked|told|invited|encouraged) me to (?:apply|re-?apply|try) again\b"),
    # a tribunal or court case about someone's hiring: a case note, a union's win, a law firm's briefing
    fam("look-alike: a tribunal case about a hiring (en)", -5.0,
        ("tribunal", "the claimant", "case note", "employment judge", "discrimination claim", "discrimination case",
         "won her", "won his", "won their"),
        r"\btribunal\b(?! (?:clerk|officer|administrator|member|judge|caseworker|assistant|service|user)s?\b)|"
        r"\bthe claimant\b|\bcase note\b|\bemployment judge\b|"
        r"\b(?:age|race|sex|disability|pregnancy|religious|racial) discrimination (?:claim|case)\b|"
        r"\bwon (?:her|his|their) (?:[\w-]+ ){0,2}?claim\b"),
    # someone in general chose, in a course or a quiz: "a manager appointed a different candidate and kept no notes"
    fam("look-alike: a choice told of someone in general (en)", -5.0,
        ("manager ", "recruiter ", "boss ", "interviewer "),
        r"\b(?:a|an|one) (?:hiring )?(?:manager|recruiter|boss|interviewer) (?:chose|picked|selected|hired|appointed|went with|"
        r"preferred|rejected|turned down)\b"),
    # the others, not the reader, were told: "the other applicants have been told we went with another person"
    fam("look-alike: the decision was told to the other applicants (en)", -4.0,
        ("other candidates", "other applicants", "other finalists", "remaining candidates", "remaining applicants"),
        r"\b(?:the|our) (?:other|remaining) (?:candidates|applicants|finalists)(?: have| had| were| are)?(?: been| being)? "
        r"(?:told|informed|notified|let know)\b"),
    # the reader is still in for another role or the same process: "you are still in the running for the Bristol role",
    # "the permanent role is yours if you want it"
    fam("look-alike: the reader is still in the running (en)", -4.5,
        ("in the running", "in contention", "in the mix", "in the frame", "is yours"),
        # ("you are still very much in the running for the Analyst one")
        r"\byou(?:'re| are) (?:now |still )?(?:(?:very )?much )?(?:in the running|in contention|in the mix|in the frame) for\b",
        r"\bthe (?:[\w-]+ )?(?:job|role|position|post) is (?:all )?yours\b"),
    # history, not news: "we first chose another candidate and only called you when he dropped out"
    fam("look-alike: the first choice dropped out and the reader was called (en)", -5.0, ("you when", "you after",
                                                                                          "you once"),
        r"\b(?:called|rang|phoned|offered|came back to|contacted) you (?:when|after|once) (?:he|she|they|the other|our first|"
        r"the first)\b[^.!?;]{0,40}\b(?:dropped out|pulled out|withdrew|turned (?:it|us|the offer) down|declined|fell "
        r"through)\b"),
]

LOOKALIKES += [
    # the reader is a customer, and the firm changed who serves them: "thanks for choosing us for your move on Saturday.
    # We've hired another driver for the day" (not "thank you for choosing to apply": the applicant's thanks)
    fam("look-alike: the reader is a customer (en)", -4.5, ("for choosing us", "for booking", "for your booking",
                                                             "for your order", "for your custom", "for your purchase"),
        r"\bthank(?:s| you) (?:\w+ )?(?:again )?for (?:choosing us for|booking) your (?:house )?(?:move|removal|delivery|"
        r"holiday|trip|stay|party|event|wedding|repair|service|treatment|lesson|course)\b|"
        r"\bthank(?:s| you) (?:\w+ )?(?:again )?for your (?:booking|order|custom|purchase)\b"),
]

LOOKALIKES += [
    # an earlier hire has left and the role is being filled again: "we selected another candidate in 2022, who has since
    # left, so we are recruiting again" (not "we'll be in touch when we're hiring again": the no stands)
    fam("look-alike: an earlier hire left, the role is open again (en)", -4.5, ("since left", "since moved on",
                                                                             "since resigned", "recruiting again",
                                                                             "hiring again", "advertising again"),
        r"\b(?:has|have|had) since (?:left|moved on|resigned)\b",
        r"\b(?<!when )(?<!if )(?<!once )(?<!until )(?:we are|we're|so we are|so we're) (?:now )?(?:recruiting|hiring|"
        r"advertising) again\b"),
]

LOOKALIKES += [
    # the one hired will work with the reader, who starts too: "we have hired another developer who will be your mentor"
    fam("look-alike: the one hired will work with the reader (en)", -4.5, ("who will", "who'll", "that will",
                                                                           "you will have", "you'll have"),
        r"\b(?:who|that)(?: will|'ll) (?:be )?(?:your (?:[\w-]+ )?(?:mentor|manager|buddy|trainer|supervisor|lead|colleague|"
        r"boss)|(?:training|mentoring|supervising|managing|onboarding) you)\b",
        # ...or the reader's new peer: "we have hired another person for the sister role, so you will have a peer from day
        # one"
        r"\bso you(?:'ll| will) have (?:a|an) (?:new )?(?:peer|colleague|teammate|team-mate|partner|counterpart|buddy)\b"),
]

LOOKALIKES += [
    # the reader has their own date: "we have selected other applicants for the first assessment day. You have been
    # placed on the second assessment day"
    fam("look-alike: the reader is booked on another date (en)", -4.5, ("been placed", "been booked", "been scheduled",
                                                                       "been moved", "been put"),
        r"\byou(?:'ve| have)? been (?:placed|booked|scheduled|moved|put) (?:on|in|into|for) (?:the|a|our) (?:[\w-]+ ){0,2}?"
        r"(?:assessment|interview|session|day|group|round|slot|date)s?\b"),
    # the reader helped the hiring side: "thanks for your help on both" (the panels), "thanks for interviewing the
    # finalists"
    fam("look-alike: the reader helped with the hiring (en)", -5.0, ("your help", "all your help", "for interviewing",
                                                                    "helping interview", "your advice", "for looking at",
                                                                    "for looking over", "for reading"),
        r"\bthank(?:s| you) (?:\w+ )?for (?:your|all your) help (?:on|with) (?:both|the (?:[\w-]+ )?(?:interviews|panels?|hiring|"
        r"shortlisting|selection|recruitment))\b",
        r"\bthank(?:s| you) (?:\w+ )?for (?:interviewing|helping (?:to )?interview) (?:the|both|all|our) (?:[\w-]+ )?(?:candidates|"
        r"finalists|applicants)\b",
        # ...or advised the writer's own hiring: "thanks for your advice on the shop assistant job", "thanks for looking at
        # the two CVs. I took your advice and offered the job to the other candidate"
        # (a hiring side never thanks its candidate for advice on its own job)
        r"\bthank(?:s| you) (?:\w+ )?for (?:looking at|looking over|reading) (?:the|both|those|these|all|my) "
        r"(?:[\w-]+ ){0,2}?(?:cvs|resumes|applications|candidates|applicants|shortlist)\b|"
        r"\bthank(?:s| you) (?:\w+ )?for (?:all )?your advice (?:on|about|with) (?:the|my|our|both|those|these) (?:[\w-]+ ){0,2}?"
        r"(?:cvs|resumes|applications|candidates|applicants|shortlist|hire|hiring|job|role|vacancy|post|position)\b|"
        r"\bi (?:took|followed|listened to) your advice and (?:offered|hired|picked|chose|went with|gave|appointed)\b"),
]

# Sixth sweep (tests/test_detect_sweep6_en.py): someone else was chosen and a job is in view, yet the reader is no
# rival for it. What marks the reader's place is said around the choice, not in it: the post, the search or the
# finalists are the reader's own ("your Head of Sales search", "for your Senior Buyer role", "your preferred
# candidate"); the reader did a hiring side's work (scored, marked, sat on the panel, wrote the reference, sends the
# regrets, chairs the panel, closes the advert); the writer tells of their own hiring days ("when I was hiring last
# year I picked...") or of their own or a third person's candidacy ("the design job I went for", "he interviewed at
# Acme"); or the reader leaves, stays, bids or plays a part (a handover, a firm's bid, a role play, a calendar reply).
# Every alternative begins with a literal rarer than "your " or "as ": the anchor scan then marks few places in a mail.
# a word between "your" and the hiring-side noun that would make it the reader's candidacy or their own search:
# "your application for the vacancy", "your job search", "your next role"
_EN_NOT_CANDIDACY = (r"(?:(?!(?:application|candidacy|candidature|interest|cv|resume|profile|time|trial|job|career|own|"
                     r"continued|ongoing|future|next|new|current|dream|personal|work|employment|role|position|opportunity|team|"
                     r"for|to|in|with|while|and|the|our|this|that|a|an|at|on)\b)[\w-]+ )")
# ...what follows a third person's "interviewed" or "applied" when they are the hiring side: "he interviewed several
# people", "she interviewed the final three", "I interviewed you", "she applied the criteria"
_EN_NOT_STAFF = (r"(?! (?:you|yours|them|him|her|the|a|an|several|many|a number|lots|some|other|all|both|each|every|"
                 r"everyone|candidates|applicants|people|two|three|four|five|six|\d+)\b)")
LOOKALIKES += [
    fam("look-alike: the reader is no rival for the post (en)", -5.0,
        ("your ", "hiring manager", "as you", "submission", "fee for", "thank", "regret", "referee", "reference you",
         "asking after", "asked after", "when i", "whenever i", "time i", "last round", "last year", "as a ", "as an ",
         "role play", "role-play", "this invitation", "filled", "you stay", "you remain", "you covered", "you were",
         "you acted", "he'd", "over our", "over my", "while i", "he is", "he's", "i applied", "i interviewed", " i was ", " i got", "he applied", "he interviewed",
         "he was", "he got", "i'd", "i had", "i have", "he had", "he has", "after my", "since my", "his ",
         "her ", "intro", "chairing", "please ", "invoice", "job i", "role i", "position i", "post i", "vacancy i",
         "interview i"),
        # the search, the post or the finalists are the reader's own
        # ("regarding your requisition ID 4411" is an ATS's name for the candidate's own application)
        r"\byour (?:vacancy|vacancies|requisition(?! ?(?:id|#|no\b|number|ref|\d))|shortlist|preferred candidate|"
        r"first choice(?! of)|other finalists?|"
        r"finalists)\b|"
        rf"\b(?:for|on) your {_EN_NOT_CANDIDACY}{{1,3}}(?:role|post|position|opening|search)\b"
        # ("an update on your Data Analyst role application" is the reader's candidacy)
        r"(?! (?:search|hunt|application|applications|candidacy|interviews?|process)\b)",
        # ("as the hiring manager for this role, I wanted to tell you myself" is the sender: only a request to the reader)
        r"\bas (?:the )?hiring manager (?:for|on|of) (?:the|this|your)\b[^.!?;,]{0,40}, (?:could|can|would|will) you\b|"
        r"\bas you (?:were|sat|are|'re) on the (?:[\w-]+ )?panel\b|"
        r"\bover (?:our|my) (?:submission|candidates?)\b|\bno (?:placement |agency |finder's )?fee for (?:us|me)\b",
        # the reader's work on the hiring side: scores, marks, a reference, the regrets to send
        r"\bthank(?:s| you)(?: \w+)? for (?:your |the |all your )?(?:scores|scoring|marking|moderating|sitting on|chairing|"
        r"shortlisting)\b|\bthe reference you (?:wrote|gave|provided|sent|did)\b|"
        r"\b(?:being|be|as) (?:my|his|her|their) referee\b|'s referee\b|\b(?:asking|asked) after (?!(?:the|your|my|our|this|"
        r"that|it|you|a|an|we|us|interview\w*|feedback|meeting)\b)[a-z]+\b|"
        r"\bregret (?:letters|emails) to the\b|\bregrets to the (?:other|remaining|unsuccessful)\b",
        # the writer's own hiring days, told as experience
        # ("when I was interviewing you", "as a recruiter, I know this is hard": the sender to the candidate)
        r"\b(?:when|whenever|back when|the last time|last time|every time) i(?:'m| am| was)? (?:hiring|recruiting|"
        r"interviewing|hired|recruited)\b(?! you\b)|\bas an? (?:hiring manager|recruiter|interviewer|employer),? i "
        r"(?:usually|always|often|tend|generally|typically|never)\b|"
        r"\blast (?:round|time|year) i (?:hired|picked|chose|went with|selected|appointed|offered)\b",
        # the reader leaves, bids, plays a part or answers a calendar invitation
        r"\btake over your (?:accounts|clients|caseload|duties|role|job|desk|work|patch|territory)\b|"
        r"\byour (?:bid|tender|quotation)\b|\byour (?:firm|company)'s (?:bid|tender)\b|\brole-play\b|\brole play\b|"
        r"\b(?:has )?(?:accepted|declined|tentatively accepted) this invitation\b",
        # ...or keeps their own post, covers it for now, or is away while someone stands in
        r"\byou (?:stay|remain) in your (?:current |present |own )?(?:post|role|job|position|team)\b|"
        r"\byour (?:acting|interim|temporary) (?:allowance|pay)\b|"
        r"\b(?:while|as) you (?:covered|were covering|acted up|were acting)\b|\bwhile i(?:'m| am) (?:away|on leave|off)\b",
        # ...or the one not chosen is someone else the writer speaks of: "he is a bit down", "thanks for coming with Ella"
        r"\b(?:he|she)(?:'s| is) a bit (?:down|upset|gutted|low)\b|\bthank(?:s| you)(?: \w+)? for (?:coming|coming along|"
        r"attending) with (?!(?:us|me|a|an|the|such|your|so|all|great)\b)[a-z]+\b",
        # ...or it is the writer's own: "remember the design job I went for? they went with an internal candidate"
        r"\b(?:job|role|position|post|vacancy|interview) i (?:went for|applied for|applied to|interviewed for|was going for|"
        r"was up for|went in for)\b|\b(?:after|since) my (?:[\w-]+ )?(?:interview|round|assessment day|assessment centre)\b"
        r"(?! (?:notes|panel|questions|feedback|scores?|with)\b)",
        # ...or a third person's, or the writer's, told as theirs: "he interviewed at Acme and they went with another
        # applicant", "I was one of the finalists", "thanks for the intro to Acme!" (not "he interviewed several people",
        # "I interviewed you"; "she went for another candidate" is the hiring manager's choice: no "went for" here)
        rf"\bi (?:applied|interviewed|was shortlisted|got shortlisted|was a finalist|was one of the finalists)\b{_EN_NOT_STAFF}|"
        rf"\bhe (?:applied|interviewed|was shortlisted|got shortlisted|was a finalist|was one of the finalists)\b{_EN_NOT_STAFF}|"
        rf"\bshe (?:applied|interviewed|was shortlisted|got shortlisted|was a finalist|was one of the finalists)\b{_EN_NOT_STAFF}|"
        rf"\b(?:i|he|she)(?:'d| had| has| have) (?:applied|interviewed)\b{_EN_NOT_STAFF}|"
        r"\b(?:his|her) (?:job )?(?:application|candidacy)\b|\bthank(?:s| you)(?: \w+)? for (?:the |your )?(?:intro|"
        r"introduction) to\b",
        # ...or the reader runs the hiring: chairs the panel, closes the advert, sends the agency's invoice, leads a team
        # the new hire will report to
        r"\byou(?:'re| are) chairing\b|\bplease (?:close|stop|pull) the (?:requisition|advert|job ad|posting)\b|"
        r"\bplease close requisition\b|\b(?:roles|positions|vacancies|reqs|requisitions) filled\b|"
        r"\binvoice (?:goes|will go|is going|went) out\b|\byour team (?:will )?(?:now )?reports? to\b"),
]

# The post the reader applied for, filled, with its name or a relative clause between ("The position of Senior
# Accounts Payable Specialist, for which you applied, has been filled"; "We have filled the ... role you applied for").
# Not a promise about later: "once the role you applied for has been filled, we will delete your data".
_EN_NOT_LATER = r"(?![^.!?;]{0,60}\b(?:we will|we'll|you will|you'll|will be|once|until)\b)"
DECISIONS += [
    fam("grammar: the post the reader applied for is filled", 4.0, ("filled",),
        r"\b(?:for which|to which) (?:you|you've|you have) (?:\w+ )?applied\b[^.!?;]{0,40}?\b(?:has|have|had) "
        r"(?:now |already |since |recently )?been filled\b" + _EN_NOT_LATER,
        r"(?<!not )(?<!n't )\b(?:we|we've|we have|we had|have) (?:now |already |since |recently |just )?filled (?:the|this|that|our) "
        r"(?:[\w-]+ ){0,10}?(?:position|role|vacancy|job|post|opening)s? (?:that |which |for which |to which )?(?:you|you've|you have) "
        r"(?:recently |previously )?applied\b" + _EN_NOT_LATER),
]

# Sweep 8 (tests/test_detect_sweep8_en.py): another person chosen, told to a reader on the hiring side or to one whose
# own candidacy goes on. Each idea is said the way many writers say it, not the way one test sentence does.
LOOKALIKES += [
    # the reader gave their time to the panel or owes the other finalists their regrets: "thanks for giving up your
    # Tuesday for the panel", "I'll send the other two finalists the usual note" (a candidate's "thank you for giving up
    # your time for the panel interview" is no panel member's: it is followed by "interview")
    fam("look-alike: the reader sat on the panel or sends the regrets (en)", -5.0,
        ("the panel", "our panel", "standard", "usual", "template"),
        r"\bthank(?:s| you)(?: \w+)? for (?:giving up|taking|spending|lending us|freeing up|making) (?:your|the) "
        r"(?:[\w-]+ )?(?:time|morning|afternoon|evening|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday) "
        r"(?:for|on|to sit on) (?:the|our) (?:[\w-]+ )?panel\b(?! (?:interview|discussion|presentation)s?\b)",
        r"\bsend (?:the )?(?:other|remaining|unsuccessful) (?:[\w-]+ ){0,2}?(?:candidates|applicants|finalists|interviewees) "
        r"(?:the|a|an|our) (?:standard|usual|template|polite|formal) (?:note|email|letter|message|regret|rejection|decline|"
        r"refusal)s?\b"),
    # the reader is told as one of the hiring team: the HR system's notice "you are receiving this notification as a
    # member of the hiring team", "you're on the hiring team for Backend Engineer", or asked to prepare the new hire's
    # start ("can you book Marco's induction?")
    fam("look-alike: the reader is told as one of the hiring team (en)", -5.0,
        ("hiring team", "interview panel", "hiring panel", "'s induction", "'s onboarding", "'s contract", "'s laptop",
         "'s desk", "'s start", "update the", "'s line manager", "'s manager", "'s mentor", "'s supervisor", "your new"),
        r"\byou(?:'re| are) (?:on|part of|a member of|listed on) the (?:hiring team|interview panel|hiring panel)\b|"
        r"\b(?:notification|email|message|alert|update)s? (?:as|because you are|because you're) (?:a member of|on|part of) "
        r"the (?:hiring team|interview panel|hiring panel)\b",
        r"\b(?:(?:can|could|would) you (?:please )?|please )(?:prep|prepare|draft|sort|issue|draw up|set up|order|book|"
        r"arrange|schedule|organi[sz]e) (?!your\b|my\b|our\b)[a-z]+'s (?:[\w-]+ )?(?:contract|offer letter|paperwork|laptop|"
        r"onboarding|induction|desk|start|first day)\b",
        # ...or to keep the hiring records ("can you update the tracker?"), or as the new hire's manager ("as you are our
        # intern's line manager")
        r"\b(?:(?:can|could|would) you (?:please )?|please )update the (?:candidate |hiring |recruitment )?(?:tracker|ats|"
        r"pipeline|requisition|req|candidate list|hiring sheet|recruitment sheet|spreadsheet)\b|"
        r"\bas you(?:'re| are) (?:the |our )?(?:[\w-]+ )?[a-z]+'s (?:line manager|manager|mentor|supervisor|team lead)\b|"
        # ...or the one hired joins the reader's team: "your new starter, Priya, has signed"
        r"\byour new (?:starter|hire|recruit|joiner|team member|direct report)s?\b"),
    # the reader's own application is alive while another post was filled: "your application for the day shift lead
    # is still very much active" (not "...remains active in our talent pool": that keeps a refused CV on file)
    fam("look-alike: the reader's own application is still active (en)", -4.5, ("active", "live", "in progress"),
        r"\byour (?:[\w-]+ ){0,2}?(?:application|candidacy)\b(?! (?:has|had|was|were)\b)[^.!?;]{0,40}?\b(?:is|remains) "
        r"(?:still )?(?:very much )?(?:active|live|in progress)\b"
        r"(?![^.!?;]{0,40}\b(?:pool|database|file|system|records?|community|network|other|future|similar|another|"
        r"different|months?|year)\b)"),
    # the post was a talent pool's or a newsletter's, shown to a subscriber: "the Senior Planner vacancy we shared last
    # month has now been filled"; and a blog about rejection ("this week on the blog: ...")
    fam("look-alike: a post shared with a subscriber, or a blog about rejection (en)", -5.0,
        ("we shared", "we featured", "on the blog", "on our blog"),
        # (not "the role we advertised in March": the employer's own words to its applicant)
        r"\b(?:role|position|job|opening|vacancy|post) (?:that |which )?we (?:shared|featured) "
        r"(?:with you |to you )?(?:last|earlier|in|on|recently)\b",
        r"\b(?:this week|new|today|latest|now) on (?:the|our) blog\b"),
]

LOOKALIKES += [
    # mail that sells help against rejection: "tired of hearing 'we went with another candidate'?", "if employers keep
    # telling you they've gone with someone else, book a CV review" (a hiring side never writes either)
    fam("look-alike: a service sold to job seekers about rejection (en)", -5.0,
        ("tired of", "sick of", "fed up with", "fed up of", "keep telling", "keeps telling", "keep saying", "keeps saying"),
        r"\b(?:tired|sick|fed up) (?:of|with) (?:hearing|getting|being told|receiving|reading)\b",
        r"\b(?:employers|recruiters|companies|hiring managers|interviewers|they) (?:keep|keeps) (?:telling|saying to) you\b"),
    # the reader's own trial or interview goes on beside another hire: "we've hired another barista for the weekends...
    # could you do your trial shift next Wednesday?" (not "...your interview for another role": after a no, that is
    # still the no)
    fam("look-alike: the reader is asked to come to their own step (en)", -4.5, ("could you", "can you", "would you"),
        r"\b(?:could|can|would) you (?:still )?(?:do|make|come (?:in )?for|attend|manage|move) your (?:[\w-]+ )?(?:trial shift|"
        r"trial day|trial|interview|assessment|call|second interview|final interview)\b"
        r"(?![^.!?;]{0,60}\b(?:another|other|different)\b)"),
]

LOOKALIKES += [
    # interviews held in batches: "we have shortlisted other candidates for the first interviews and will contact you
    # about a second batch next week" (the reader waits for the next batch; no "may": "we may contact you about a later
    # round" after a no is only a hope)
    fam("look-alike: the reader is in a later batch (en)", -4.5, ("batch", "wave", "group", "set of"),
        r"\b(?:(?:we|i)(?:'ll| will| are going to|'re going to)|and will) (?:then )?(?:contact|call|email|invite|be in touch with|get back "
        r"to) you (?:about|for|regarding|with|in) (?:a|the) (?:second|next|later|following) (?:batch|wave|group|set)\b"),
]

LOOKALIKES += [
    # an out-of-office reply: its "we have appointed another colleague to cover my inbox" is about the sender's absence
    fam("look-alike: an out-of-office reply (en)", -5.0, ("out of the office", "out of office", "access to", "my return"),
        r"\bi(?:'m| am) (?:currently )?out of (?:the )?office (?:until|from|and|with|returning|today)\b",
        r"\b(?:limited|no|intermittent) access to (?:my )?e-?mails?\b|\b(?:respond|reply|get back to you|answer)(?: to (?:your|all) "
        r"(?:e-?mails?|messages?))? (?:on|upon|after|when i) (?:my )?return\b"),
]

# Sweep 9 (tests/test_detect_sweep9_en.py): another person chosen, told to a reader who is not the one turned down, by
# writers the earlier sweeps did not have: an agency's client, a friend passing on someone's news, a forum, an ATS
# telling its hiring team, a scammer. Each family is a reason the reader is not the rejected candidate.
_EN_NOT_A_THIRD = (r"(?!(?:you|yourself|us|me|our|your(?! candidate)|hr|everyone|anyone|all|each|whoever|the (?:team|panel|"
                   r"hiring|company|business|board|committee|rest))\b)")
LOOKALIKES += [
    # the reader put the candidate forward (an agency, a referrer): asked to pass the news on ("please pass on our thanks
    # to Lucy", "thank him for his time"); a relay to the candidate names them "you" and stays a rejection
    fam("look-alike: the reader put the candidate forward (en)", -5.0,
        ("pass on", "pass our", "pass my", "thank him", "thank her", "thank them", "cvs", "profiles", "resumes", "candidates",
         "your guy", "your lad", "your chap", "your bloke"),
        rf"\bpass (?:on )?(?:our|my|the|this|these) (?:[\w-]+ )?(?:thanks|best wishes|regards|feedback|news|decision|apologies|"
        rf"comments|message)(?: on)? to {_EN_NOT_A_THIRD}[a-z]+",
        r"\bthank (?:him|her|them) (?:\w+ )?for (?:his|her|their) (?:time|interest|efforts?|patience|application|hard work)\b",
        # ...or sent several CVs, counted: "thanks for the three CVs" (a candidate sends one; not "thanks for the Analyst
        # profiles", which the client's answer forwarded to the candidate says too; not "a candidate from another
        # agency": an agency tells its own candidate that)
        r"\bthank(?:s| you) (?:\w+ )?for (?:the|all the|sending(?: over)?(?: the)?|these) (?:two|three|four|five|six|\d+) "
        r"(?:cvs|profiles|resumes|candidates)\b",
        r"\byour (?:guy|lad|chap|bloke)\b"),
    # a friend's news about someone they know: "she's pretty upset. maybe text her?"
    fam("look-alike: the sender's news of someone else's disappointment (en)", -4.5,
        ("upset", "gutted", "down", "low", "crushed", "devastated", "heartbroken", "text her", "text him", "call her",
         "call him", "message her", "message him", "a hug", "disappointed", "sad", "he didn't", "she didn't", "he did not",
         "she did not"),
        r"\b(?:he|she)(?:'s| is| was| seems| seemed| sounded| looked)(?: (?:pretty|really|so|quite|very|a bit|a little|rather|"
        r"understandably|obviously|totally|absolutely|completely))? (?:upset|down|low|gutted|crushed|devastated|heartbroken)\b"
        r"(?! (?:to|for|on|as|with|about you)\b)",
        r"\bmaybe (?:text|call|message|ring|phone) (?:him|her)\b|\b(?:send|give) (?:him|her) a (?:big )?hug\b",
        # "she's fine, just a bit down"; "he didn't get the nursing job"
        r"\b(?:he|she)(?:'s| is) (?:fine|okay|ok|alright|all right)(?:,| -| but)? (?:just |only )?(?:a bit |a little |slightly |"
        r"pretty |quite )?(?:down|upset|gutted|low|disappointed|sad)\b|"
        r"\b(?:he|she) (?:didn't|did not) get (?:the|that|this) (?:[\w-]+ ){0,2}?(?:job|role|position|post)\b"),
    # a forum or a community tells a follower of a thread that someone posted in it: the rejection is the poster's own
    fam("look-alike: a reply posted in a thread the reader follows (en)", -5.0, ("thread", "topic", "discussion"),
        r"\b(?:replied to|posted (?:in|to|on)|commented on|new (?:repl(?:y|ies)|posts?|comments?) (?:in|on|to)) (?:a |the |your )?"
        r"(?:thread|topic|discussion|question|post)s? (?:you(?:'re| are)? (?:follow|following|started|subscribed to|posted in|"
        r"watch|watching|created))\b",
        r"\bbecause you (?:follow|are following|'re following|subscribed to|are subscribed to|watch|are watching|started|"
        r"posted in) (?:this|the|a) (?:thread|topic|discussion|question|post)\b"),
    # the ATS writes to its hiring team: feedback to submit on the candidates, candidates to be "dispositioned", a
    # candidate named with the requisition ("Candidate Joe Lim (Req 4412, Barista) was not selected")
    fam("look-alike: an ATS task or notice for the hiring team (en)", -5.0,
        ("feedback", "scorecard", "scores", "ratings", "evaluation", "dispositioned", "(req", "(requisition", "(job",
         " candidates ", " applicants "),
        r"\b(?:submit|complete|enter|send|add|fill in|leave|upload|share) your (?:interview )?(?:feedback|scorecards?|scores|"
        r"ratings|notes|evaluations?) (?:for|on) (?:the |all |your |any )?(?:remaining |other |shortlisted |final |two |three )?"
        r"(?:candidates|applicants|interviewees|finalists)\b",
        r"\b(?:all|remaining|other|open) (?:[\w-]+ )?(?:candidates|applicants)\b[^.!?;]{0,40}\b(?:will|to) be (?:automatically "
        r"|auto-)?dispositioned\b",
        r"\bcandidate (?:[a-z'-]+ ){1,3}\((?:req|requisition|job)\b",
        # ...or counts the candidates by their fate: "5 candidates rejected", "1 candidate hired", "3 new applicants"
        r"\b\d+ (?:new )?(?:candidates?|applicants?) (?:rejected|hired|declined|archived|advanced|moved|dispositioned|to review|"
        r"awaiting review)\b"),
    # a talk, a post or a webinar on how to say no to candidates: "'We went with another candidate': how to deliver bad
    # news without losing talent"
    fam("look-alike: a talk or a post on telling candidates no (en)", -5.0, ("how to",),
        r"\bhow to (?:deliver|give|break|tell|share|communicate|word|send|soften) (?:the |a )?(?:bad news|rejections?|news|"
        r"a no|candidates?)\b"),
    # a scam that opens with a rejection: the job "pre-approved", bank details asked to "claim" it
    fam("look-alike: a scam dressed as a job mail (en)", -5.0, ("bank", "card", "pre-approved", "preapproved", "mystery shop",
                                                               "cheque to", "check to", "earn $"),
        r"\bto (?:claim|secure|activate|confirm|accept|receive) (?:this|the|your) (?:[\w-]+ ){0,2}?(?:position|role|job|offer|"
        r"payment|salary|placement)\b[^.!?;]{0,60}\b(?:bank|banking|card|account) (?:details|information|number)\b",
        r"\bpre-?approved for (?:a|an|the) (?:[\w-]+ ){0,3}?(?:role|position|job)\b",
        # ...or a fake job offered instead: a mystery shopper's, a cheque to deposit, "earn $300 per assignment"
        r"\bmystery shopp(?:er|ing)\b|\b(?:cheque|check) to (?:deposit|cash)\b|"
        r"\bearn \$\d[\d,]* (?:per|a|an|every|each) (?:assignment|hour|day|week|task)\b"),
]

LOOKALIKES += [
    # the earlier choice failed, so the post comes back: "we originally went with another candidate, but it didn't work
    # out" (not "...if it doesn't work out, we'll call you": the no stands)
    fam("look-alike: the earlier choice did not work out (en)", -4.5, ("work out", "worked out", "pan out", "panned out"),
        r"\b(?:went with|gone with|going with|hired|appointed|chose|chosen|selected|picked|offered (?:it|the (?:[\w-]+ )?"
        r"(?:role|job|position|post)) to) (?:another|a different|the other|someone|somebody)\b[^.!?;]{0,80}?\bbut (?:it|things|"
        r"that|he|she|they)(?: just)? (?:didn't|did not|hasn't|has not|never) (?:work(?:ed)?|pan(?:ned)?) out\b"),
    # the sender's own search told to a friend: "my job hunt has been rough: they went with another candidate" (not
    # "forwarding so it's in my job-search folder": the reader files their own letter)
    fam("look-alike: the sender's own job hunt (en)", -4.0, ("my job", "my own job", "my cv", "my resume", "my cover",
                                                            "my linkedin", "my portfolio", "my interview"),
        r"\bmy (?:own )?job[- ](?:hunt|search|hunting|searching)\b(?= (?:has|is|was|isn't|wasn't|hasn't|had|continues|goes|"
        r"went|so far|these days|lately|right now|at the moment)\b| ?[.,!;:]|$)",
        # ...or the sender wonders what sinks their applications: "I'm starting to think it's my CV"
        r"\b(?:it's|it is|must be|maybe it's|probably|perhaps it's) my (?:cv|resume|cover letter|linkedin|portfolio|interview "
        r"technique|interviewing)\b"),
]

LOOKALIKES += [
    # the reader asked to leave the process, and the employer goes on without them: "since you let us know you wanted to
    # withdraw, we have selected another candidate"
    fam("look-alike: the reader asked to withdraw (en)", -4.5, ("withdraw", "pull out", "step back", "step away",
                                                               "be removed"),
        r"\byou(?<!if you)(?<!should you)(?<!unless you)(?:'d| had)? (?:wanted|wished|asked|requested|were hoping) to "
        r"(?:withdraw|be withdrawn|pull out|step back|step away|be removed)\b|"
        r"\b(?:your|the) (?:request|email|message|note|decision) (?:to withdraw|withdrawing|to be withdrawn|to pull out)\b"
        # (not the hiring side's decision to withdraw the post itself: "we have taken the decision to withdraw this vacancy")
        r"(?! (?:the|this|that|our|these|all) (?:[\w-]+ ){0,3}?(?:vacanc(?:y|ies)|roles?|positions?|posts?|jobs?|openings?|"
        r"requisitions?|adverts?|advertisements?|recruitment|campaign)\b)"),
    # the reader's application carried over to another post, which goes on: "we went with another candidate for the
    # full-time post, and we've moved your application to the part-time vacancy" (not "...to our talent pool": a CV on
    # file after a no)
    fam("look-alike: the reader's application moved to another post (en)", -4.5, ("moved your", "transferred your",
                                                                                 "switched your", "added your"),
        r"\b(?:moved|transferred|switched|added) your (?:application|candidacy|cv|profile) (?:over |across )?(?:to|onto|into|"
        r"for) (?:the|our|a|another|this) (?:[\w-]+ ){0,3}?(?:vacancy|role|position|post|opening|job|shortlist|interview)s?\b"
        r"(?! (?:pool|database|bank|community|network|list)\b)"),
]

LOOKALIKES += [
    # the one chosen fell away and the reader is asked back: "we told you we had selected another applicant; that
    # candidate has pulled out, and we would love to talk to you again", "she has decided not to join us after all, so
    # we'd like to offer you an interview" (not "...after our first choice withdrew, we appointed another candidate")
    fam("look-alike: the one chosen fell away, the reader is asked back (en)", -5.0,
        ("withdrawn", "withdrew", "pulled out", "dropped out", "backed out", "declined", "turned", "not to join",
         "not to accept", "changed her mind", "changed his mind", "changed their mind", "fell through", "fallen through"),
        r"\b(?:(?:that|the|our) (?:[\w-]+ )?(?:candidate|applicant|person|hire|starter|finalist|first choice)|she|he|they)"
        r"(?: we (?:chose|picked|hired|selected|appointed))? (?:has |have |had )?(?:since |now |just |unfortunately )?"
        r"(?:withdrawn|withdrew|pulled out|dropped out|backed out|declined(?: (?:the|our) offer)?|turned (?:it|us|the offer|the "
        r"role|the job) down|decided not to (?:join|accept|take)|changed (?:her|his|their) mind|fell through|fallen through)\b"
        # (no "unable to offer you", no "talk to you about future roles": a no)
        r"[^?]{0,200}?\b(?<!unable to )(?<!not )(?<!n't )(?<!cannot )(?:invite you|offer you|talk (?:to|with) you|"
        r"speak (?:to|with) you|meet you|interview you|get you in|(?:are|would|will) you (?:still )?(?:be )?(?:interested|keen|"
        r"available|up for|free)|(?:could|can) you (?:do|make|come))\b(?! (?:about|regarding|for|in) (?:future|other|another|"
        r"different|similar)\b)"),
]

LOOKALIKES += [
    # the decision was told in an earlier mail, and this one is about something else (a survey, the reader's data, the
    # feedback asked for): "earlier this month we let you know that we had selected another applicant", "you recently
    # heard from us that...", "following our earlier email confirming that another person was selected" (not a letter
    # that confirms a call: "as I told you on the phone, ...", "I told you this morning that...")
    fam("look-alike: a decision told in an earlier mail (en)", -5.0,
        ("let you know", "told you", "informed you", "notified you", "heard from us", "our earlier", "our previous",
         "our last", "our recent"),
        r"\b(?:we|i) (?:recently |previously |already )?(?:let you know|told you|informed you|notified you)"
        r"(?! (?:on|over|during) (?:the |our )?(?:phone|call|telephone)| by (?:phone|telephone)| when we (?:spoke|talked)| in "
        r"person| verbally| (?:earlier )?today| this (?:morning|afternoon))(?: [\w-]+){0,4}? that (?:we(?:'d| had| have|'ve)?|"
        r"the (?:[\w-]+ ){0,2}?(?:role|position|post|job|vacancy|panel|team|hiring manager|client|company)(?: had| has)?|"
        r"your application (?:had|has|was))(?: been)? (?:gone with|went with|chosen|chose|selected|picked|hired|appointed|"
        r"offered|filled|unsuccessful|not (?:been )?(?:successful|selected|progress\w*|proceed\w*))\b",
        r"\byou (?:recently |may have )?heard from us that\b|"
        r"\b(?:following|further to|after|in) our (?:earlier|previous|last|recent) (?:email|e-mail|letter|message|note) "
        r"(?:confirming|letting you know|informing you|telling you|to (?:let you know|confirm|inform you|tell you)) that\b"),
]

LOOKALIKES += [
    # a job board's news of a job the reader only looked at, its employer named between: "the Marketing Lead job at
    # Bloom you looked at last week has closed - the employer hired another candidate"
    fam("look-alike: news of a job at a named employer the reader only looked at (en)", -5.0,
        ("viewed", "saved", "bookmarked", "looked at", "clicked on"),
        r"\b(?:roles?|jobs?|positions?|postings?|listings?|vacanc(?:y|ies)) (?:at|with) (?:[\w&'.-]+ ){1,3}?(?:that |which )?"
        r"(?:you|you've|you have) (?:viewed|saved|bookmarked|looked at|clicked on)\b"),
]

# (session 19) a small employer's short answer that the place is taken: "we've already taken on our summer staff",
# "I'm not taking anyone on at the moment", "I've taken on my nephew so I've no place for you"
DECISIONS += [
    fam("grammar: already taken on our staff / not taking anyone on", 4.0, ("taken on", "taking on", "taking anyone",
                                                                          "taking anybody", "no place for you"),
        r"\b(?:we've|we have|i've|i have) (?:already |now |just )?taken on (?:our|my|all (?:the|our|my)|enough) (?:\w+ )?"
        r"(?:staff|team|workers|hires|pickers|helpers|seasonals|crew|apprentices?|trainees?|interns?)\b",
        # (not "... on at the moment as a mentee": another kind of place)
        r"\b(?:i'm|i am|we're|we are) not taking (?:anyone|anybody|any(?: more| new)? (?:staff|people|workers|apprentices)) on\b"
        r"(?:(?: at the moment| right now| this (?:year|season|summer|winter))(?! as\b)| ?[.,!]|$)",
        r"\bno (?:place|opening|vacancy|job) for you\b(?= this (?:year|season|summer|time)\b| right now\b| ?[.,!])"),
]

# (session 20) One rule for mixed mail: a no for the post applied for, and in the same mail a concrete next step for
# another post now ("we'd like to invite you to interview for our Mid-level Designer role", "are you available for a call
# about our Analyst role?", "we'd like to move you forward for the Y position instead", "the client would like to meet
# you for another role"). The candidacy goes on with the same company, so it is no rejection (as German, French,
# Spanish, Dutch and Portuguese read it): a "feel bad" slot and a "please keep me in mind" draft would answer an
# invitation. Still a no: passing the CV on, "you're welcome to apply for our X role", the careers page, a CV on file,
# future or similar roles, a feedback call, and any step offered only "if you're interested" or once a role comes up.
# The other post is named: another/a different one, or a titled one ("the day role", "our BI Developer position"); not
# "the role" or "this role" (the one just refused), nor a plural ("other roles") or a future/similar one.
_EN_OTHER_POST = (r"(?:(?:another|a different|the other|one other|a second|an?)(?: [\w&/-]+){0,3}? |"
                  r"(?:the|our|their|its|his|her|this other)(?: (?!(?:same|role|position|post|vacancy|opening|job)\b)"
                  r"[\w&/-]+){1,4}? |the (?=(?:role|position|post) of \w))"
                  r"(?<!\bfuture )(?<!\bsimilar )(?<!\bsuitable )(?<!\bupcoming )(?<!\bnew )(?<!\brelevant )(?<!\bappropriate )"
                  r"(?:role|position|post|vacancy|opening|job|requisition|programme|program|scheme|internship|"
                  r"apprenticeship|placement|contract)\b(?!s)"
                  # ...offered now, not on a condition or once it exists
                  r"(?![^.!?;]{0,40}\b(?:if (?:you|one|it|that|a|another)|should (?:you|one|it)|once (?:it|one|the)|when (?:it|one)|"
                  r"as (?:they|it) (?:come|arise|open)|in (?:the )?future|(?:comes?|opens?) up|becomes? available|later|"
                  r"next year|in the (?:coming|next few) (?:weeks|months)|down the (?:line|road))\b)")
# the step itself: an interview, an assessment, a call, a trial day (not a feedback call or a debrief about the refusal)
_EN_NEXT_STEP = (r"(?:an? |the |our |their |a short |a quick |a final |a first |a second |a further )?(?!(?:[\w-]+ ){0,2}?(?:feedback|debrief)\b)"
                 r"(?:[\w-]+ )?(?:interview|assessment|call|chat|conversation|meeting|trial|screen|screening|test|task)"
                 r"(?: day| centre| center| shift| session| stage| round)?")
# a day soon: "on Saturday", "next week", "tomorrow", "at 10am"
_EN_SOON = (r"(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d)|(?:next|this) (?:week|monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday|morning|afternoon)|tomorrow|at \d{1,2}(?::\d\d)? ?(?:am|pm)?)\b")
# ...and asked, not refused or hedged: "we are unable to offer you an interview for the Electrician position", "decided
# not to invite you for interview for the PM position", "we may invite you to interview for other posts"
_EN_ASKED = ("(?<!not )(?<!not to )(?<!n't )(?<!n't to )(?<!unable to )(?<!cannot )(?<!can not )(?<!never )(?<!may )"
             "(?<!might )(?<!could )(?<!not be )(?<!n't be )")
_EN_NOT_PAST = "(?<!were )(?<!was )(?<!were very )(?<!was very )(?<!were so )(?<!was so )(?<!were really )(?<!was really )"
LOOKALIKES += [
    fam("look-alike: another post, the reader asked to its next step now (en)", -5.0,
        ("invite you", "you for", "you about", "you regarding", "you in for", "you to come", "you forward",
         "you through", "offer you", "available for", "free for", "up for", "to discuss", "to talk about",
         "to chat about", "interested in", "open to", "to arrange", "to schedule", "to set up", "to book",
         "to organis", "to organiz", "interview you", "meet you", "you in for", "want you", "wants you",
         "like you", "love you", "to offer you"),
        # "we'd like to invite you to interview for our X role", "invite you to a technical interview for their Y opening"
        # (wished now, not a past invitation to the refused post: "we were pleased to invite you to interview for the
        # Data Engineer role; however, ...")
        rf"\b{_EN_ASKED}{_EN_NOT_PAST}(?:(?:like|love|happy|pleased|delighted|glad|keen|want|wants|wish) to invite|"
        r"(?:we|they)(?:'re| are) (?:now |also )?inviting) you (?:to|for) "
        rf"(?:interview|{_EN_NEXT_STEP})\b"
        rf"(?: [\w-]+){{0,4}}? (?:for|about|regarding|on|with) {_EN_OTHER_POST}",
        # "would like to interview / meet / see / speak with you for another role", "want to see you for the senior role"
        rf"\b{_EN_ASKED}{_EN_NOT_PAST}(?:like|love|keen|want|wants|going|pleased|happy|delighted|asked) to (?:interview|meet|see|speak (?:to|with)|"
        rf"talk (?:to|with)|chat (?:to|with)) you (?:for|about|regarding|on) {_EN_OTHER_POST}",
        # "we'd like to move you forward for the Senior Advisor position instead" (not "happy to put you forward for
        # it if you're interested": an offer to pass the CV on)
        rf"\b{_EN_ASKED}(?:like|love|keen|want|wants|going) to (?:move|take|progress|bring|put) you (?:forward |through |"
        rf"on )?(?:for|to|into|with|in) {_EN_OTHER_POST}",
        # "we'd love to discuss the Associate role with you", "would you be interested in interviewing for our X role?"
        rf"\b{_EN_ASKED}(?:like|love|keen|want|wants) to (?:discuss|talk about|chat about) {_EN_OTHER_POST}",
        rf"\bwould you be (?:interested in|open to|up for) (?:interviewing|meeting us|coming in|{_EN_NEXT_STEP}) (?:for|about|"
        rf"regarding|on) {_EN_OTHER_POST}",
        # the step booked now, its post unnamed: "we would like to arrange an interview. Can you do Monday?", "the team wants
        # to interview you next week", "invite you to our assessment centre on 12 May" (not a call about the feedback or
        # the decision, nor one for the future: "we'd like to schedule a call to share feedback", "meet you again")
        rf"\b{_EN_ASKED}{_EN_NOT_PAST}(?:like|love|want|wants|keen) to (?:arrange|schedule|set up|book|organi[sz]e) "
        # (nor one to explain the no: "a call to walk you through our reasons")
        rf"{_EN_NEXT_STEP}\b(?![^.!?;]{{0,60}}\b(?:feedback|debrief|outcome|decision|reasons?|reasoning|why|explain\w*|"
        r"(?:walk|talk) you through|future|if|when|once|should)\b)",
        # (a plan given up is no invitation: "we were going to interview you next week, but the role has been filled")
        rf"\b{_EN_ASKED}{_EN_NOT_PAST}(?:want|wants|like|love|keen|going|asked) to (?:interview|meet) you (?:on (?:monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|the \d)|next week|this week|tomorrow)\b",
        # ("we were pleased to invite you to an interview on 3 May; however, ..." told the past)
        rf"\b{_EN_ASKED}{_EN_NOT_PAST}(?:(?:like|love|happy|pleased|delighted|glad|keen|want|wants|wish) to invite|"
        rf"(?:we|they)(?:'re| are) (?:now |also )?inviting) you to {_EN_NEXT_STEP} (?:on|at|next|this) (?:\d|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|week|morning|afternoon)",
        # "are you available for a call about our Product Analyst role?"
        rf"\b(?:are|would|will) you (?:be )?(?:available|free|up) for {_EN_NEXT_STEP} (?:about|regarding|on|for) "
        rf"{_EN_OTHER_POST}",
        # "we'd love to have you in for an assessment day for the Coordinator position", "we'd like you to come in for an
        # interview for the Regional Sales Manager vacancy", "offer you a trial day for the forklift driver job"
        # ...or on a day: "Chef wants you in for a trial shift as CDP on Saturday"
        rf"\b{_EN_ASKED}(?:(?:like|love|want|wants) (?:to have )?you (?:to come )?in for|offer you) {_EN_NEXT_STEP}\b"
        rf"(?:(?: [\w-]+){{0,3}}? (?:for|about|regarding|on|with) {_EN_OTHER_POST}|(?: [\w-]+){{0,4}}? {_EN_SOON})",
        # the other post offered outright: "they want you for a 6-month contract starting next month", "we've created a
        # Content Manager role we'd like to offer you"
        rf"\b{_EN_ASKED}(?:want|wants|(?:would|'d) (?:like|love)) you (?:for|on|in) {_EN_OTHER_POST}",
        r"\b(?:role|position|job|post|contract) (?:that |which )?(?:we|they)(?:'d| would) (?:like|love) to offer you\b",
        # the post unnamed, but the step booked now: "we would like to invite you to interview. Are you free on Thursday
        # at 11?" (beside "the Leeds role went to an internal candidate")
        rf"\b{_EN_ASKED}{_EN_NOT_PAST}(?:like|love|pleased|delighted|happy) to invite you (?:to|for) (?:an? |a final |a second )?"
        r"interview(?: (?:on|at|next|this) [\w ]{1,20})?[.!] (?:are|would|could|can|will) you (?:be )?(?:free|available|"
        r"do|make)\b"),
]

# (session 20) Probed with writers of other mail that tells of another person chosen (tests/test_detect_sweep10_en.py).
# Each look-alike is one reason the reader is not the one turned down:
LOOKALIKES += [
    # a recruiter's news of another search, the reader's own still live: "the client has gone with another candidate for
    # the Sales Director search - not the one you applied for"
    fam("look-alike: a role the reader did not apply for (en)", -4.5, ("not the one", "not the role", "not the job",
                                                                     "not the position", "didn't apply", "did not apply"),
        r"\bnot the (?:one|role|job|position|post|vacancy|search) (?:that )?you(?:'ve| have)? (?:applied|interviewed|"
        r"went|were put forward) for\b|\byou (?:didn't|did not) (?:apply|interview) for (?:that|this|the) (?:one|role|job|"
        r"position|post)\b"),
    # the reader on the hiring side, said first ("As the hiring manager, you'll want to know the panel went with another
    # candidate over your preferred one"), and an ATS's note about a named candidate ("Candidate Jordan Lee was not
    # selected for requisition 4411")
    fam("look-alike: the reader is told as one of the hiring side (en)", -5.0,
        ("as the hiring", "as hiring", "as the requisition", "as line manager", "as the line manager", "as panel",
         "as the panel", "your preferred", "your favourite", "your top pick", "your first choice", "candidate ",
         "applicant ", " req", "your contract", "your probation", "your secondment", "your placement",
         "your assignment"),
        r"(?:^|[.!?;:] )as (?:the )?(?:hiring manager|requisition owner|line manager|panel chair|chair of the panel),"
        r" (?:you|i)\b",
        r"\bover your (?:preferred|favourite|favorite|top|first-choice|first choice) (?:one|candidate|applicant|pick)\b",
        r"(?:^|[.!?;:] )(?:the )?(?:candidate|applicant):? (?!(?:profile|application|record|portal|account|number|id|ref|"
        r"reference|details|status|file|cv|resume|experience|pool|selection|journey|privacy|support)\b)[a-z]+ [a-z]+ "
        r"(?:was|has been|had been) (?:not selected|rejected|declined|dispositioned|not progressed)\b",
        # "for your Designer req we've chosen another candidate to go to final" (not "your application for requisition
        # 4411": the candidate's own)
        r"\byour (?!(?:[\w-]+ ){0,2}?(?:application|candidacy|submission|cv|profile|interview)\b)(?:[\w-]+ ){0,2}?"
        r"(?:req|requisition)s?\b(?! ?(?:id|#|no\b|number|\d))",
        # the reader's own job goes on: "good news, your contract is extended to June. We've hired another contractor"
        r"\byour (?:contract|probation|secondment|placement|assignment) (?:is|has been|will be|was) (?:now )?(?:extended|"
        r"renewed|confirmed|made permanent)\b"),
    # a job board's support answer about the reader's account ("a role disappeared from your saved jobs") or its news of
    # an employer the reader only follows ("an employer you follow, Kestrel, hired another candidate")
    fam("look-alike: a job board's news of jobs the reader saved or follows (en)", -5.0,
        ("from your saved", "from your bookmarked", "you follow"),
        r"\b(?:disappeared|vanished|removed|gone|missing|dropped|deleted) from your (?:saved|bookmarked) (?:jobs|roles|"
        r"listings|searches|list)\b",
        r"\b(?:employers?|compan(?:y|ies)|organi[sz]ations?|pages?|brands?) (?:that )?you(?:'re| are)? follow(?:ing)?\b"),
    # a procedure told before any choice: "where another applicant has been selected, we will close your application
    # automatically after 6 weeks" (an acknowledgement's rule, not a choice made)
    fam("look-alike: a rule for when another applicant is chosen (en)", -4.5, ("selected", "chosen", "appointed", "found",
                                                                             "hired", "identified", "offered the",
                                                                             "successful"),
        r"\b(?:where|if|once|when|whenever|in cases where|should) (?:another|a different|the successful|other|an?) "
        r"(?:[\w-]+ )?(?:applicant|candidate|person|individual)s? (?:has|have|is|are) (?:been |already been )?(?:selected|"
        r"chosen|appointed|found|hired|identified|offered the (?:role|position|post|job))\b",
        # ...or a survey sent to every applicant: "regardless of whether you were selected or another candidate was chosen"
        r"\bwhether (?:or not )?you (?:were|was|have been|are) (?:selected|chosen|successful|hired|offered the (?:role|job|"
        r"position))\b[^.!?;]{0,80}\b(?:tell us|let us know|share|survey|feedback|rate|how we did)"),
    # the hiring side's own figures: "Q3 recap: we filled 12 roles; for the Analyst req we selected another candidate"
    # ("the req" alone is no sign: an agency may say it to its candidate)
    fam("look-alike: hiring figures for the team (en)", -4.5, ("we filled", "we've filled", "we have filled"),
        r"\bwe(?:'ve| have)? filled \d+ (?:roles|positions|posts|vacancies|jobs|reqs|requisitions)\b"),
]

LOOKALIKES += [
    # a note to all staff, not to an applicant: "Dear staff, the Deputy Manager vacancy has been filled; we appointed
    # another candidate from outside" (not "Dear colleague", an internal applicant's letter, nor "Dear all", which a
    # rejection sent to every applicant may open with)
    # (the shared "mail to colleagues or a group" reads "dear colleagues", "hi team", "hi all")
    fam("look-alike: a note to all staff (en)", -5.0, ("staff", "everybody", "dear team", "dear everyone"),
        r"\b(?:(?:dear|hi|hello|hey|good morning|morning) (?:all )?(?:staff|everybody)|dear (?:team|everyone))(?= ?[,:!-])"),
    # a show, a contest or a freelance gig the reader bid for, not a job: "thank you for applying to appear on Bake Off",
    # "the producers selected other contestants", "thanks for the pitch for the copywriting project", "your application
    # for the freelance translation project" (a freelance or contract role or post is still a job)
    fam("look-alike: a show, a contest or a freelance gig, not a job (en)", -5.0,
        ("appear on", "appear in", "contestant", "pitch", "bid for", "bids for", "bid on", "quot", "freelance"),
        r"\b(?:apply|applying|applied|application) to (?:appear|compete|take part) (?:on|in)\b|\bcontestants?\b",
        r"\b(?:pitch|pitches|bid|bids|quote|quotation) (?:for|on) (?:the|this|our|your|a|an) (?:[\w-]+ ){0,3}?"
        r"(?:project|gig|brief|commission|campaign|rebrand|redesign|website|shoot)\b"
        r"(?! (?:manager|coordinator|lead|officer|director|assistant|role|position|post|job|vacancy)\b)",
        # ("gig" alone is also slang for a job: "thanks for applying for the barista gig")
        r"\bfreelance (?:[\w-]+ ){0,2}?(?:project|gig|assignment|commission|brief|job)s?\b"
        r"(?! (?:manager|coordinator|lead|officer|director|assistant|role|position|post|vacancy)\b)"),
]

# (session 20) a new writer's "they went for someone internal in the end", "we hired somebody from inside the company":
# the post went to an insider, said with "someone" (a past choice only: "we usually go with someone internal" is a habit)
DECISIONS += [
    fam("grammar: someone internal was chosen", 4.0, ("internal", "in-house", "from inside", "from within",
                                                      "already on the team", "on our team", "in our team"),
        rf"\b(?<!not )(?<!n't )(?<!never ){_NOT_HYPOTHETICAL}{_NOT_PROPOSED}(?:went|gone|chose|chosen|picked|hired|appointed|"
        r"selected|promoted|settled on|opted for|decided on|ended up with|ended up going (?:with|for)|decided to (?:go|hire|"
        r"appoint|promote))(?: (?:with|for))? (?:someone|somebody) (?:internal|internally|in-house|from (?:inside|within)"
        r"(?: the (?:company|business|team|organi[sz]ation|firm|school|trust))?|already (?:on|in) (?:the|our) team|"
        r"(?:on|in|from) our (?:own )?team)\b"),
]

LOOKALIKES += [
    # the sender's own job hunt, told to a friend: "they went with another person. Honestly it's fine, I've got two more
    # interviews lined up" (a hiring side never tells of its own interviews to come as a candidate)
    fam("look-alike: the sender's own job hunt (en)", -4.5, ("lined up", "coming up", "i'm still", "i am still",
                                                            "my job hunt", "my job search"),
        r"\bi(?:'ve| have)(?: got)? (?:\w+ ){0,2}?(?:interviews?|applications?) (?:lined up|coming up)\b|"
        # (not a recruiter's "I'm still looking for roles for you")
        r"\bi(?:'m| am) still (?:job[- ]hunting|looking for (?:a |another |a new )?(?:job|work)\b(?! for you)|applying "
        r"(?:elsewhere|around))\b|\bmy (?:job hunt|job search)\b"),
    # an agency asks the reader for names, a fee on offer: "do you know anyone who might fit? Referral fee applies"
    fam("look-alike: a referral fee offered to the reader (en)", -4.5, ("fee", "bonus", "reward"),
        r"\b(?:referral|finder's|introduction) (?:fee|bonus|reward)s? (?:applies|apply|on offer|available|(?:is|will be) "
        r"paid|payable)\b"),
]

LOOKALIKES += [
    # an old choice recalled to open a new conversation: "last year you interviewed for our Designer role and we hired
    # another candidate. We now have a new Senior Designer opening and thought of you straight away" (the old choice's
    # time alone tells nothing: "we filled the role back in March, sorry we never told you" is a late rejection)
    fam("look-alike: an old choice recalled for a new conversation (en)", -4.5,
        ("thought of you", "came to mind", "sprang to mind", "we now have", "we've now got", "through us", "via us",
         "through our", "via our"),
        r"\b(?:(?:immediately|instantly|straight away|right away|at once|first) thought of you|thought of you (?:straight away|"
        r"immediately|right away|at once|first)|you (?:came|sprang) to mind)\b",
        r"\bwe(?:'ve)? now (?:have|got) (?:a |an |two |three |several |some )?new (?:[\w-]+ ){0,3}?(?:roles?|positions?|"
        r"openings?|vacanc(?:y|ies)|jobs?|posts?)\b",
        # ...or a hire the recruiter placed, told to win new candidates: "my client recently hired another candidate
        # through us and wants two more"
        r"\b(?:hired|placed|recruited|took on|appointed) (?:[\w-]+ ){1,3}?(?:through|via) (?:us|our (?:agency|firm|team|"
        r"search|network))\b"),
]

# (round 20, the lead's probing) constructions no writer had used: the process closed "without your application being
# selected", others "stood out more strongly" or "were a closer fit", experience "isn't quite enough", "you won't be
# joining the team this time", feedback "wasn't strong enough for us to continue", "this is where the road ends for
# your application", "you're not part of the final round"
DECISIONS += [
    fam("grammar: closed without the reader selected", 4.0, ("without",),
        r"\bwithout (?:your|you) (?:application |candidacy )?(?:being )?(?:selected|chosen|progressed|shortlisted|taken forward)\b"),
    fam("grammar: others stood out more / were a closer fit", 3.5, ("stood out", "closer", "better fit", "stronger fit",
                                                                   "better match", "stronger match"),
        r"\bother (?:candidates|applicants|profiles|finalists)\b[^.!?;]{0,30}\bstood out (?:more|further|as (?:a )?(?:closer|"
        r"stronger|better))\b",
        r"\bother (?:candidates|applicants|profiles|finalists)\b[^.!?;]{0,20}\b(?:were|was) (?:a )?(?:closer|better|stronger) "
        r"(?:fit|match)\b"),
    fam("grammar: your experience isn't enough", 3.0, ("enough", "sufficient"),
        r"\byour (?:experience|background|skills?|profile|level)\b[^.!?;]{0,20}\b(?:is|was)(?:n't| not) (?:quite |yet |really )?"
        r"(?:enough|sufficient|strong enough)\b(?![^.!?;]{0,60}\bbut\b)"),
    fam("grammar: you won't be joining the team", 3.5, ("joining",),
        r"(?<!\bif )\byou (?:won't|will not) be joining (?:the|our) (?:team|company|practice|firm)\b(?! (?:call|meeting|lunch|"
        r"event|party|drinks|session|offsite|webinar|retreat|trip)\b)(?! (?:\w+ ){0,2}(?:until|before|till|from|next)\b)"),
    fam("grammar: feedback not strong enough to continue", 3.5, ("enough",),
        r"\b(?:wasn't|was not|weren't|were not) (?:quite )?(?:strong|positive|good) enough\b[^.!?;]{0,20}\b(?:to (?:continue|"
        r"proceed|progress|move (?:you )?forward|go ahead)|for us to (?:continue|proceed|progress|move forward))\b"),
    fam("grammar: the road ends here for your application", 3.5, ("ends",),
        r"\b(?:this is where|here) (?:the|our) (?:road|journey|process) ends (?:for (?:you|your (?:application|candidacy)))\b",
        r"\b(?:road|journey|process) ends here for (?:you|your (?:application|candidacy))\b"),
    fam("grammar: not part of the final round", 4.0, ("final", "finalists", "shortlist"),
        r"\byou(?:'re| are) not (?:part of|in|among|included in) (?:the )?(?:final (?:round|stage|shortlist|group|selection)|"
        r"finalists|shortlist(?:ed candidates)?)\b(?! (?:yet|until|for now)\b)"),
]

# (round 20, small employers) a pub's, a builder's or a shop's short note that the place is taken, with no
# "application" wording: "we're fully staffed now till spring", "we're all sorted for staff at the minute", "there's
# nothing going at the minute", "I've taken someone on already", "we've got someone now, cheers". Job context comes from
# the classifier (the reader's enquiry, a title in the subject); the phrases name staff or stand at a clause's end.
DECISIONS += [
    fam("grammar: fully staffed / someone taken on (small employer)", 4.0, ("staff", "nothing going", "no work going",
                                                                          "someone", "somebody", "taken", "anyone",
                                                                          "anybody", "full"),
        # (not a shift or an event the reader offered to cover: "we're fully staffed for Saturday's shift")
        r"\b(?:we're|we are|i'm|i am) (?:now |already |all |pretty much |currently )?(?:fully staffed|full up on staff|"
        r"staffed up|sorted (?:for|with|on) (?:staff|staffing|workers|people|help))\b"
        r"(?![^.!?;]{0,30}\b(?:shifts?|events?|today|tonight|tomorrow|weekend|party|match|rota cover|on (?:mon|tues|wednes|"
        r"thurs|fri|satur|sun)day)\b)"
        # (nor a worker let off: "we're fully staffed, so you can go home early")
        r"(?![^.!?;]{0,40}\byou (?:can|could|may|don't need|needn't|do not need)\b)",
        r"\b(?:there's|there is|we've got|we have|i've got|i have|sorry,?) (?:nothing|no work|no jobs?|nowt) going\b"
        r"(?= (?:at the (?:minute|moment)|right now|just now|here|at present|for (?:you|now)|this (?:year|season|summer|"
        r"winter)|till|until)\b| ?[.,!]|$)",
        r"\b(?:i've|i have|we've|we have) (?:already |just |now )?taken (?:someone|somebody|a (?:lad|girl|lass|guy|bloke)) on\b",
        r"\b(?:we've|we have|i've|i have) (?:already |now )?got (?:someone|somebody)(?: (?:now|already))?(?= ?[.,!]|$| cheers\b|"
        r" thanks\b| sorry\b| mate\b)",
        # "we've got all the staff we need", "we've got a full team now" (not for a shift or an event, as above)
        r"\b(?:we've|we have|i've|i have) (?:now |already )?got (?:all the|enough) (?:staff|workers|hands|labour|labourers|"
        r"drivers|pickers|apprentices)\b(?![^.!?;]{0,30}\b(?:shifts?|events?|tonight|tomorrow|weekend|party|match)\b)",
        r"\b(?:we've|we have) (?:now |already )?got a full (?:team|crew|staff|rota)(?: now| already)?(?= ?[.,!]|$| for (?:the|this) "
        r"(?:season|summer|winter|year)\b)",
        # "we're not looking for anyone at the moment", "I don't need anyone right now", "not taking anyone on till
        # Easter" (a time after it: a plain "I don't need anyone" may be a friend's)
        r"\b(?:we're|we are|i'm|i am) not (?:looking for|after) (?:anyone|anybody)(?: (?:else|new))?(?= (?:at the (?:minute|moment)|"
        r"right now|just now|at present|this (?:year|season|summer|winter)|till|until|before)\b| ?[.,!]|$)",
        r"\b(?:i|we) (?:don't|do not) need (?:anyone|anybody)(?: (?:else|new))? (?:at the (?:minute|moment)|right now|just now|"
        r"at present|this (?:year|season|summer|winter))\b",
        r"\b(?:i'm|i am|we're|we are) not taking (?:anyone|anybody|any(?: more| new)? (?:staff|people|workers|apprentices)) on "
        r"(?:till|until|before|for now)\b"),
]


# (session 21) Template probing: one non-rejection mail with a sentence slot, 20-30 sentences of another person chosen
# dropped in (tests/test_detect_probe_en_s21.py). Five of thirteen templates were called rejections: the reader was
# the one who chose (a recruiter's client), a friend told of their own job hunt, the reader had turned the offer down,
# a recruiter's news of a role the reader never applied for, and a firm's tender. Each look-alike below is one reason.
LOOKALIKES += [
    # the reader is the chooser: "I'll tell the others you went with another candidate", "noted that you'd rather go
    # with an internal candidate", "you've offered the role to another candidate, so I'll close the search" (a
    # recruiter's client, an employer on a job board); the object follows the verb at once, so "you went through three
    # rounds and we went with another candidate" is not read
    fam("look-alike: the reader made the choice (en)", -5.0, ("other", "internal", "external", "someone else",
                                                              "somebody else", "different"),
        r"\byou(?:'ve|'d| have| had| would)?(?: (?:definitely|already|now|finally|ultimately|eventually|just|also|"
        r"instead|rather))* (?:(?:decided|opted|chose|chosen|prefer|preferred|want|wanted) to )?(?:go|gone|went|going|chose|"
        r"chosen|selected|picked|preferred|hired|appointed|proceed(?:ed)?|moved? (?:forward|ahead)|moved on|opted|settled|"
        r"offered (?:it|the (?:[\w-]+ ){0,3}?(?:role|job|position|post))|made (?:an|the) offer|extended (?:an|the) offer|"
        r"filled (?:it|the (?:[\w-]+ ){0,3}?(?:role|job|position|post)))(?: (?:with|for|on|to))? (?:another|a different|"
        r"an?(?: [\w-]+)? other|the other|other|one of the other|an? (?:internal|external|outside)|someone else|"
        r"somebody else)\b"),
    # a recruiter's news of a role they only mentioned to the reader: "the Head of Product role at Monzo I mentioned went
    # to an internal candidate", "the client I spoke to you about chose another candidate", "the job was filled before
    # you had a chance to apply" (not a role the reader was put forward for: "the role I submitted you for")
    fam("look-alike: a role only mentioned to the reader (en)", -4.5,
        ("mentioned", "told you about", "flagged", "sent you", "suggested to you", "spoke to you about",
         "emailed you about", "before you", "apply for", "applied for"),
        # (plural too: "several roles I mentioned last month have been filled")
        r"\b(?:role|position|job|post|opening|vacancy|search|brief|client|company|firm|team|one|vacancie)s?(?: (?:at|with|in) "
        r"[a-z][\w&-]*(?: [a-z][\w&-]*)?)? (?:that |which )?(?:i|we) (?:(?:had |have |'d |'ve )?(?:mentioned|flagged)|"
        r"told you about|sent you|suggested to you|spoke to you about|emailed you about)\b"
        # (not once the reader went on to apply: "the role I mentioned, which I put you forward for")
        r"(?![^.!?;]{0,60}\b(?:put you forward|put you up|submitted you|sent (?:over )?your (?:cv|profile|details)|"
        r"introduced you|you (?:applied|interviewed|met))\b)",
        r"\bbefore you (?:had (?:a|the) chance to |got (?:a|the) chance to |could |were able to |managed to |even )?"
        r"(?:apply|applied|send|sent|submit\w*)\b",
        r"\b(?:which|that) you (?:didn't|did not|never) (?:apply|applied) for\b|\byou (?:didn't|did not|never) (?:apply|"
        r"applied) for (?:it|that|this)\b"),
    # a friend tells of their own job hunt: "I didn't get it - they went with someone else", "I wasn't picked", "I've
    # got another interview on Thursday anyway" (not "I've got another interview lined up for you", a recruiter's; not
    # "I wasn't successful in getting you an interview": the clause must end)
    fam("look-alike: the sender tells of their own candidacy (en)", -4.5,
        ("i didn't get", "i did not get", "i wasn't", "i was not", "rejected me", "turned me down", "passed on me",
         "i've got another", "i have another", "i've got a second", "i have a second", "more interviews", "with it",
         "about it", "between me", "my interview", "my final interview", "my second interview", "i reached",
         "i made it to", "i got to", "i got through", "i was in the"),
        r"\bi (?:didn't|did not) get (?:it|the (?:job|role|position|post|offer))\b(?! (?:approved|signed|through|back|"
        r"sorted|done|agreed|confirmed|for you)\b)",
        r"\bi (?:wasn't|was not) (?:picked|chosen|selected|successful|shortlisted)(?: this time| in the end| either| sadly| "
        r"unfortunately| for (?:it|the (?:job|role|position|post)))?(?= ?[.,;!-]|$)",
        r"\b(?:they|the company|the recruiter|the hiring manager|the agency|the panel) (?:rejected|turned down|passed on) "
        r"me\b|\b(?:they|the company|the panel) turned me down\b",
        r"\bi(?:'ve| have)(?: got)? (?:another|a second|a third|one more|two more|three more|a couple (?:of )?more) "
        # (not an interviewer's "I have another interview to run in ten minutes")
        r"interviews?\b(?! (?:\w+ ){0,3}?for you\b)(?! (?:at|in) \d)(?! (?:to (?:run|do|conduct|give|sit in on|attend|host|"
        r"chair)|in (?:\w+ )?(?:minutes?|mins?|an hour|half an hour))\b)",
        # ...at peace with the outcome, or one of the last two: "honestly I'm okay with it", "it was between me and one
        # other person"
        r"\bi(?:'m| am) (?:honestly |really |actually |totally )?(?:okay|ok|fine|alright|at peace|relieved) (?:with|about) "
        r"it\b(?! (?:if|as long as|provided)\b)|"
        # ...or reached the last round themselves: "I reached the final round for a marketing role"
        r"\bi (?:reached|made it to|got (?:through )?to|was in) the (?:final|last|second|third) (?:round|stage|interview)s?\b"
        r"(?! (?:with|of) (?:you|your)\b)|"
        # ...or thanks the reader for help with their own interview: "thanks for the tips before my interview!"
        r"\b(?:tips|advice|help|prep|practice|pep talk|mock interviews?)\b[^.!?;]{0,30}\b(?:before|for|with|ahead of) my "
        r"(?:[\w-]+ )?interview\b|\bbetween me and (?:one|two|three|another|the other|an?) (?:other )?(?:person|candidate|applicant|finalist|"
        r"guy|girl|woman|man|people|candidates|applicants)\b"),
    # a firm's tender or bid, not a job: "thank you for your response to our tender for catering services", "we would
    # welcome your participation in future tenders"
    fam("look-alike: a tender or a bid, not a job (en)", -5.0, ("tender", "rfp", "rfq", "request for", "procurement"),
        r"\b(?:response|submission|bid|proposal|quote|quotation)s? (?:to|for) (?:our|the|this|your) (?:[\w-]+ ){0,3}?"
        r"(?:tender|rfp|rfq|itt|invitation to tender|request for (?:proposals?|quotations?))\b|\bfuture tenders\b|"
        r"\b(?:invitation to tender|requests? for (?:proposals?|quotations?)|tender (?:process|exercise|evaluation|"
        r"documents?|portal)|procurement (?:portal|exercise))\b"),
    # the reader turned the offer down or took another job: "since you turned down the offer, we went with another
    # candidate", "as you've accepted elsewhere", "we're sorry to lose you", "all the best with the new role"
    fam("look-alike: the reader took another job (en)", -4.5, ("turned down", "accepted", "to lose you", "new role",
                                                              "new job", "new position", "new post", "your decision"),
        r"\byou turned down (?:the|our|this|my) (?:[\w-]+ ){0,2}?(?:offer|role|job|position|post)\b|"
        r"\byou(?:'ve| have)? accepted (?:elsewhere|another)\b",
        r"\b(?:sorry|sad) to lose you\b(?! (?:from|as|at)\b)|\b(?:given|following|after|in light of|respecting|respect) "
        r"your decision\b(?! to (?:apply|interview|join us|be considered))|\byour decision to (?:choose|take|accept|go with|join|pursue) (?:another|a different|the other)\b",
        # ...or is settled in a new job the sender asks after: "hope the new job is going well!"
        r"\b(?:all the best|good luck|best of luck|best wishes|every success)(?: \w+){0,3} (?:with|in|at|on) (?:the|your) "
        r"new (?:role|job|position|post)\b(?! (?:search|hunt)\b)|\b(?:hope|how's|how is) (?:the|your) new (?:role|job|"
        r"position|post) (?:is )?(?:going|treating you|working out)\b"),
]

LOOKALIKES += [
    # a grant, a bursary, a scholarship or a prize applied for, not a job: "thank you for your application to the Rivera
    # Foundation Travel Grant", "we received 180 applications for six grants" (not "the Grants Officer role", a job: a
    # job word within the next two words keeps it)
    fam("look-alike: a grant, a scholarship or a prize, not a job (en)", -5.0, ("grant", "bursar", "scholarship", "prize",
                                                                               "award"),
        r"\b(?:application|applications|applying|applied|apply|submission|entry|entries) (?:to|for) (?:the|a|an|our|this|"
        r"your|\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:[\w&'-]+ ){0,4}?(?:grants?|bursary|bursaries|"
        r"scholarships?|prizes?|awards?)\b(?!(?: [\w-]+){0,2} (?:manager|officer|administrator|coordinator|assistant|"
        r"adviser|advisor|lead|director|executive|specialist|analyst|role|position|post|job|team|vacancy)s?\b)"),
]

LOOKALIKES += [
    # a calendar's notice to an attendee, the interviewer: "This event has been cancelled. Interview - Jordan Lee ...
    # Note from the organiser: we've gone with another candidate" (a candidate hears the no in a letter, not in the
    # calendar's footer)
    fam("look-alike: a calendar notice to an attendee (en)", -4.5, ("calendar", "this event", "attendee"),
        r"\b(?:invitation|event|notification|update) from (?:google calendar|outlook|microsoft outlook|calendly)\b|"
        r"\bthis event has been (?:cancel+ed|updated|changed|moved|rescheduled)\b|\byou are receiving this (?:e-?mail|"
        r"notification|message|invitation) (?:because|as) you are an? (?:attendee|guest|organi[sz]er)\b"),
    # told to a colleague whose own post is untouched by another's appointment: "you weren't in the running, so nothing
    # changes for you, but it affects your team"
    fam("look-alike: nothing changes for the reader (en)", -4.5, ("nothing changes", "nothing will change",
                                                                 "change anything for you"),
        r"\bnothing (?:changes|will change) for you\b|\b(?:doesn't|does not|won't|will not) change anything for you\b"),
]

LOOKALIKES += [
    # a referee told the reference is no longer needed: "you were listed as a referee by Jordan Lee ... we therefore no
    # longer need the reference form" (the reader vouched for the candidate; the decision is the candidate's; not "the
    # reference form" alone: a candidate may be asked to fill one in)
    fam("look-alike: the reader was named as a referee (en)", -5.0, ("referee",),
        r"\b(?:listed|named|given|put down|nominated|provided) (?:you )?as (?:a |their |his |her )?referee\b|"
        r"\b(?:listed|named|gave|put down|nominated|provided) you as (?:a |their |his |her )?referee\b"),
    # an employer's newsletter to its talent community: "thanks for being part of the Acme Talent Community. Here's
    # what's new this month. Hiring news: the Head of Data role went to an internal candidate"
    fam("look-alike: a talent community's newsletter (en)", -4.5, ("talent", "what's new", "what is new"),
        r"\bthank(?:s| you)(?: \w+)? for (?:being|staying) (?:part of|a member of|in) (?:the |our )?(?:[\w&-]+ ){0,2}?talent "
        r"(?:community|network|pool|club|circle)\b",
        r"\bhere(?:'s| is) what(?:'s| is) new (?:this|in|for) (?:month|week|quarter|spring|summer|autumn|winter|the)\b"),
]

LOOKALIKES += [
    # the reader is the recruiter whose candidate it was: "thanks for sending over Jordan's profile ... please keep the
    # CVs coming" (not "thanks for sending over your CV": the candidate's own)
    fam("look-alike: the reader sent the candidate in (en)", -5.0, ("thanks for", "thank you for", "coming"),
        r"\bthank(?:s| you)(?: \w+)? for (?:sending|forwarding|submitting|introducing|putting forward) (?:over |through |"
        r"across )?(?:his|her|their|(?!your\b|you\b|our\b|my\b|the\b|this\b|that\b|it\b)[a-z]+'s) (?:profile|cv|resume|"
        r"details|application)\b",
        r"\bkeep (?:the |those |your |sending )?(?:cvs|candidates|profiles|resumes|applicants) coming\b"),
]

LOOKALIKES += [
    # an advice column: "Dear Careers Coach, I reached the final round ... they chose someone else. How do I stop taking
    # it personally?", "send your questions to coach@..."
    fam("look-alike: an advice column (en)", -4.5, ("column", "your questions", "your dilemma", "dear careers", "agony"),
        r"\b(?:send|email|submit|post) (?:us |me )?your (?:own )?(?:questions|dilemmas|problems|letters) to\b|"
        r"\bcolumn (?:appears|runs|is published) (?:every|each)\b|\bdear (?:careers|career|job|work) (?:coach|doctor|"
        r"adviser|advisor|guru|expert)\b|\bagony (?:aunt|uncle)\b"),
    # a recruiter's first message that recalls an old application elsewhere: "I noticed you applied to Kestrel last
    # year; I believe they went with an internal candidate" (the reader's candidacy there was long over; not "we noticed
    # you applied for two roles", an employer's own letter: another employer and a time long past are asked for)
    fam("look-alike: outreach recalling an old application elsewhere (en)", -4.5, ("noticed", "saw you", "saw that",
                                                                                  "spotted"),
        # ("I saw you applied for our Analyst role last month - sorry for the slow reply" is the employer's own late no)
        r"\bi (?:noticed|saw|spotted) (?:that )?you(?:'d| had)? (?:previously |once )?applied (?:to|at|with|for (?:a |an |"
        r"the )?(?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy) (?:at|with)) (?!us\b|our\b)[a-z]"
        r"[^.!?;]{0,40}\b(?:last (?:year|month|spring|summer|autumn|winter)|previously|a while (?:ago|back)|in the past|"
        r"(?:a|two|three|some|several|few) (?:months|years) ago)\b"),
]

LOOKALIKES += [
    # (session 21, second round: tests/test_detect_probe_en2_s21.py) HR's outcome of a promotion round to an employee:
    # "you were not selected for promotion in this round", "your promotion case was not successful" (the reader keeps
    # their job; no application for a posted role was turned down)
    fam("look-alike: an employee's promotion round (en)", -4.5, ("promotion round", "promotion case", "promotion cycle",
                                                                 "promotion panel", "promotion committee", "promotion board",
                                                                 "promotion exercise", "promotion window",
                                                                 "promotion nomination", "for promotion",
                                                                 "for a promotion", "for your promotion",
                                                                 "for the promotion"),
        r"\bpromotion (?:round|case|cycle|panel|committee|board|exercise|window|nomination)s?\b",
        r"\b(?:selected|chosen|considered|put forward|nominated|recommended|approved|successful) for (?:a |your |the )?"
        r"promotion\b"),
]

LOOKALIKES += [
    # a CV-writing service's review of the reader's CV: "thanks for uploading your CV for a free review ... your CV did
    # not meet the requirements of most applicant tracking systems ... our writers can rework it" (no employer decided)
    fam("look-alike: a CV-writing service's review (en)", -4.5, ("free cv", "free resume", "free career", "free review",
                                                                "free critique", "free audit", "free rewrite",
                                                                "free makeover", "paid cv", "paid resume", "paid review",
                                                                "paid critique", "paid audit", "paid rewrite",
                                                                "writers can", "writers will", "writers could",
                                                                "reviewers can", "reviewers will", "reviewers could"),
        r"\b(?:free|paid) (?:cv |resume |career )?(?:review|critique|audit|rewrite|makeover)\b|"
        r"\bour (?:cv |resume |career )?(?:writers|reviewers) (?:can|will|could) (?:re-?work|re-?write|redo|polish|"
        r"improve|fix)\b"),
]

# (probe batch 10) Indirect noes that name the one chosen instead of saying "another candidate".
# Someone already on the staff chosen by name or as "a lad", with what they have been doing for the firm: "we're going
# with a lad who's been on nights with us", "he's decided to go with Leanne, who has been doing agency admin for us",
# "we've gone with someone who has been covering the role". The employment words are required: "we're going with Dave,
# who has been doing our accounts for years" is a supplier kept over a pitch, not a job refused; and the verbs are a
# choice told to a rival ("we've appointed Sarah, who has been working in our Leeds branch, as Operations Manager" is
# how a staff announcement reads).
_EN_INSIDER = (r"(?:on (?:nights|days|lates|earlies|the night shift|the day shift|shifts|the tills|the shop floor|(?:our|the) "
               r"(?:books|staff|payroll))|temping|acting up|covering (?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|job|post|"
               r"position|duties)|covering (?:for|it)|doing (?:agency|temp|relief|bank|casual|contract|maternity cover) "
               r"(?:[\w-]+ )?(?:admin|work|shifts|hours|cover)|doing (?:the|this|that) (?:[\w-]+ ){0,2}?(?:role|job)|"
               r"(?:employed|working) (?:here|for us|on (?:nights|shifts|site|the (?:tills|floor|desk|site))|in (?:the|our) "
               r"(?:[\w-]+ )?(?:office|warehouse|team|depot|shop|branch|kitchen|yard|site))|"
               r"(?:with us|here) (?:for|since|on)\b)")
DECISIONS += [
    fam("grammar: someone already on the staff was chosen instead", 4.0, ("who's been", "who has been", "who had been",
                                                                          "who've been", "who have been"),
        # (not a leaning: "we're thinking of going with Leanne, who has been temping with us")
        rf"\b(?<!not )(?<!n't )(?<!never )(?<!thinking of )(?<!probably )(?<!likely to )(?<!leaning towards )"
        rf"(?<!tempted to ){_NOT_HYPOTHETICAL}{_NOT_PROPOSED}(?:gone|going|go|went|decided to go|picked|"
        r"chosen|chose|offered (?:it|the (?:[\w-]+ ){0,3}?(?:role|job|post|position)) to|given (?:it|the (?:[\w-]+ ){0,3}?"
        r"(?:role|job|post|position)) to) (?:with )?"
        r"(?!(?:you|your|yourself|us|me|it|them|this|that|the|a|an)\b(?! (?:lad|lass|guy|chap|girl|woman|man|person|"
        r"colleague|candidate|applicant|driver|member of (?:staff|the team)|temp)\b))"
        r"(?:(?:a|an|the|one of our|someone|somebody|another) )?(?:[\w'-]+ ){0,2}?[\w'-]+,? "
        r"who(?:'s| has| had|'ve| have) (?:already |actually |previously )?been " + _EN_INSIDER
        # (a shift or a rota sorted out: "we're going with Priya, who has been on nights, so you can have the day off")
        + r"(?![^.!?;]{0,80}\b(?:so (?:that )?you (?:can|could|don't|do not|won't|get)|day off|swap)\b)"),
    # the post offered to a named person or a pronoun who has taken it: "we have offered the position to her and she
    # has accepted", "we offered the role to Carla and she's accepted", "we offered it to him, and he has accepted"
    fam("grammar: the post was offered to someone who accepted", 4.0, ("accepted",),
        rf"\b(?<!not )(?<!n't ){_NOT_HYPOTHETICAL}offered (?:it|the (?:[\w-]+ ){{0,3}}?(?:role|job|post|position|vacancy)) "
        r"to (?!(?:you|us|me)\b)[a-z][\w'-]*(?: [a-z][\w'-]*)?,? and (?:she|he|they)(?:'s| has| have|'ve)(?: now| since| "
        r"already)? accepted\b(?! (?:the|our|a|an) (?:[\w-]+ )?(?:interview|invitation|trial|call|meeting)s?\b)"),
    # after the reader's interview, a named person is appointed or promoted to the post: "thank you for your interview
    # ... the panel has decided to appoint Kirsty Lam to the role", "thank you for attending interview day ...
    # governors have appointed Mrs Helen Carver, who will take up the post", "we have now concluded our interviews. I
    # have decided to promote our current Reservations Supervisor, Jamie, into the Front Office Manager post" (the
    # interview is said first, so a staff announcement of a new head, welcomed or congratulated, is left out)
    fam("grammar: after the reader's interview a named person is appointed", 4.0, ("appoint", "promot"),
        r"\b(?:thank(?:s| you)(?: \w+)?(?: again)? for (?:[^.!?;]{0,90}?\band (?:for )?)?(?:attending|coming (?:in |along )?"
        r"(?:to|for)|your|the|our)(?: [\w-]+)? interview\b(?!s| panel| notes| questions| schedule| slots?| process| dates?| "
        # (the reader on the hiring side: "thanks for your interview feedback / scores")
        r"arrangements| feedback| scores?| scoring| write-?ups?| help| support| input)|(?:concluded|completed|"
        r"finished) (?:our|the|all) (?:[\w-]+ )?(?:interviews|interview process|selection process)\b)"
        r"(?![^!?]{0,400}?\b(?:(?:pleased|delighted|happy|thrilled|excited|proud) to (?:announce|confirm|share|welcome)|"
        r"congratulat\w*|welcom\w*|offer you|appoint you|invite you|"
        # ...nor one whose own process goes on with the person named ("your second interview will be with her")
        r"(?:your|a|the) (?:second|next|final|follow-up|further) (?:interview|round|stage|meeting)|be your (?:line )?manager)\b)"
        r"[^!?]{0,300}?\b(?:has|have|had|'ve)(?: now)?(?: decided to| chosen to| agreed to)? (?:appoint(?:ed)?|promot(?:e|ed)) "
        r"(?!(?:you|your|yourself)\b)(?:[\w'-]+,? ){1,5}?(?:(?:to|into|as) (?:the|this|that|our) (?:[\w-]+ ){0,4}?(?:role|post|"
        r"position|vacancy|job)\b|who (?:will|is going to|is to|'ll) (?:take up|start|join|be (?:joining|starting|taking))\b)"),
]

LOOKALIKES += [
    # a hire told to a colleague as good news: "Great news - we offered the Data Analyst role to Carla and she has
    # accepted" (a no to a rival is never "great news")
    fam("look-alike: a hire told as good news (en)", -4.5, ("good news", "great news", "brilliant news", "exciting news",
                                                           "fantastic news", "happy news", "wonderful news"),
        # (not the news a rejection wishes it had: "I wish I had better news", "not the good news you hoped for")
        r"(?<!had )(?<!have )(?<!no )(?<!not )(?<!n't )(?<!with )(?<!bring )(?<!bring you )(?<!the )"
        r"\b(?:good|great|brilliant|exciting|fantastic|happy|wonderful) news\b[^?]{0,160}?\b(?:accepted|(?:has|have|'s|'ve) "
        r"(?:signed|said yes)|(?:starts|joins|will start|will join|is joining|is starting))\b"),
]
