"""Portuguese: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, fam

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
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
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
DECISIONS += [
    fam("gramática: outra pessoa escolhida", 4.0, ("outr",),
        r"\b(?:escolhemos|escolhido|optamos|optado|selecionamos|contratamos|seguir|avancar|prosseguir|continuar)\b"
        r"[^.!?;]{0,30}\b(?:por |com )?(?:outra|outro|outras|outros) (?:pessoa|candidat|perfi|profissiona)"),
    fam("gramática: processo encerrado", 3.5, ("encerr", "preenchid", "cancelad"),
        r"\b(?:encerramos|encerrar) (?:o seu|o teu|a sua|a tua) (?:processo|candidatura)",
        r"\b(?:vaga|processo)\b[^.!?;]{0,40}\b(?:foi|esta|ja foi) (?:encerrad|preenchid|cancelad)"),
    fam("gramática: não avançará", 4.0, ("nao",),
        r"\bnao (?:avancara|seguira|prosseguira|continuara)\b",
        r"\bnao (?:vamos|iremos|podemos|poderemos) (?:avancar|seguir|prosseguir|continuar)\b"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("gramática: sem continuidade", 4.0, ("nao",),
        r"\bnao (?:daremos|vamos dar|iremos dar|podemos dar|poderemos dar|sera dada|sera possivel dar|sera dado) "
        r"(?:continuidade|seguimento|sequencia|andamento|prosseguimento)",
        r"\bnao\b[^.!?;]{0,25}\b(?:fazer|apresentar|enviar|oferecer|dar)(?:-lhe|-te|-la|-lo)? (?:uma|a|nenhuma) (?:proposta|oferta)"),
    fam("gramática: um perfil mais experiente", 4.0, ("um", "uma", "alguem"),
        r"\b(?:optamos|escolhemos|selecionamos|decidimos seguir|seguiremos|contratamos|optou|escolheu)\b[^.!?;]{0,40}\b(?:por |com )?"
        r"(?:um|uma|alguem) (?:candidat\w*|perfil|pessoa|profissional)? ?(?:com|que|mais)\b"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("gramática: não selecionado / não aprovado", 4.0, ("nao", "preenchid"),
        r"\b(?:voce|candidatura|perfil|curriculo)\b[^.!?;]{0,30}\bnao (?:foi|esta|sera) (?:selecionad|aprovad|aceit|escolhid|bem-sucedid|bem sucedid)\w*",
        r"\bnao (?:vamos|iremos|poderemos|podemos|vai ser possivel)(?: poder)? (?:lhe |te )?oferecer(?:-lhe|-te)?\b",
        r"\bnao (?:seguiremos|avancaremos|prosseguiremos|continuaremos) (?:com|no|na)\b",
        r"\b(?:nao|sem) (?:dar|daremos|vamos dar) (?:continuidade|seguimento|prosseguimento)",
        r"\b(?:perfil|experiencia)\b[^.!?;]{0,30}\bnao (?:esta|se encontra|e) (?:alinhad|adequad|compativel)"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
_PT_CHOSE = (r"(?:escolh\w*|optamos|optou|optaram|optado|optamos|selecion\w*|preferi\w*|decidi\w*|decidiu|contrat\w*|"
             r"ficamos|ficou|avancar|avancaremos|vamos avancar|prosseguir|seguir|recaiu|recai)")

_PT_OTHER = (r"(?:outr[oa]s? (?:candidat|pessoa|perfi|profissiona|finalist)|a outra candidata|o outro candidato|"
             r"alguem (?:que|com|mais)|um[a]? (?:pessoa|candidat\w*|perfil|profissional) (?:com|que|cuj|mais)|"
             r"candidat\w* (?:com|que|cuj|mais)|(?:uma )?promocao interna)")

DECISIONS += [
    fam("gramática: a escolha recaiu sobre outra pessoa", 4.0, ("outr", "alguem", "um candidat", "uma candidat", "um perfil", "uma pessoa",
                                                                 "um profissional", "uma profissional", "candidat", "interna"),
        rf"\b{_PT_CHOSE}\b{G}\b(?:por |com |sobre |em )?{_PT_OTHER}"),
    fam("gramática: não seguir com a candidatura", 4.0, ("nao ",),
        r"\bnao (?:(?:te|lhe|o|a|vamos|vai|vao|ser|sera|possivel|podemos|poderemos|poder|ira|iremos|\w+-(?:te|lhe))\b ?){0,3}"
        r"(?:seguir|segu|avanc|prossegu|continu|passar|passa|contar|considerar)\w*(?:-te|-lhe|-la|-lo)?"
        rf"\b{G}\b(?:contigo|consigo|com voce|com (?:a )?(?:sua|tua) candidatura|(?:sua|tua) candidatura|"
        r"(?:para|na|a) (?:a |o )?(?:proxima|etapa|fase|entrevista|equipa|equipe)|n?(?:o|este) processo|"
        r"para (?:o|a|esta|este) (?:lugar|vaga|posicao|funcao|cargo))"),
    fam("gramática: não classificado / excluído", 4.0, ("nao", "exclu", "encerr", "preench"),
        r"\bnao (?:classificad|apt[oa]\b|aprovad)",
        r"\bencerr\w* o processo (?:para|com) (?:todas as|todos os|as|os) (?:pessoas )?candidat",
        r"\bexclu\w* (?:a )?(?:sua|tua) candidatura|\bexcluid[ao] (?:do|da) (?:procedimento|processo|concurso|selecao)",
        r"\bnao\b[^.!?;]{0,30}\bentre (?:os|as) (?:pessoas |candidat\w* )?(?:aprovad|selecionad|escolhid|classificad|finalist)",
        r"\b(?:sua|tua) (?:jornada|participacao)\b[^.!?;]{0,30}\b(?:se )?encerr",
        r"\b(?:vaga|posicao|cargo|funcao)\b[^.!?;]{0,80}\b(?:foi|esta|ja foi|ja esta|encontra-se) (?:preenchid|ocupad)",
        r"\b(?:curriculo|perfil|experiencia|candidatura)\b[^.!?;]{0,30}\bnao (?:atende|corresponde|cumpre|preenche|se enquadra|se adequa)",
        r"\bnao\b[^.!?;]{0,25}\b(?:fazer|apresentar|enviar|oferecer|dar)(?:-lhe|-te)? (?:uma |a |nenhuma )?(?:proposta|oferta)\b"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("gramática: status encerrado / desclassificado / sem recrutamento", 4.0, ("status", "desclassific", "minima", "recrut", "contrat", "retirad"),
        r"\bstatus: ?(?:processo encerrado|encerrad|reprovad|nao selecionad|recusad)",
        r"\b(?:foi|foste|esta|ficou) desclassificad",
        r"\bnao (?:atingiu|atingiste|alcancou|obteve) a (?:pontuacao|nota|classificacao) minima",
        r"\bnao estamos (?:a )?(?:recrutar|contratar|recrutando|contratando)\b",
        r"\bproposta\b[^.!?;]{0,40}\b(?:foi |esta )?(?:retirada|cancelada|revogada)"),
]
