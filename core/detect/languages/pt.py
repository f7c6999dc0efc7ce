"""Portuguese: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, fam

# What may follow a bare go-on verb ("não vamos avançar", "não seguiremos") for it to be said of the reader: the end of
# the clause, a time ("neste momento", "desta vez"), a stage, or the reader / their application. Not any object:
# "não vamos seguir um roteiro", "não vamos prosseguir com a dinâmica de grupo" change the format, not the outcome.
_PT_THEN = (r"(?=[.!;,:)]|$| (?:em frente|adiante|neste momento|no momento|de momento|desta vez|dessa vez|por agora|"
            r"por enquanto|por ora|agora|infelizmente|"
            r"(?:nesta|nessa|neste|nesse|para (?:as?|os?)|nas?|nos?|as?|para|com) (?:(?:proxim[ao]s?|seguintes?|novas?|mais) )?(?:fases?|etapas?|"
            r"processo|recrutamento|selecao|altura|momento|proxim[ao]s?|seguintes?)\b|"
            r"(?:com |no |na |ao |a |para )?(?:(?:a|o|uma|um|nenhuma) )?(?:sua|tua|seu|teu|voce|contigo|consigo|v\. exa|si|ti|"
            r"esta candidatura|essa candidatura|candidatura|processo|perfil|vaga|cadastro|curriculo|cv|proposta|oferta|contratacao|"
            r"admissao|(?:segunda |nova )?entrevista|nenhum (?:candidat\w*|perfil|profissional)|ninguem)\b))")

# Some of many posts, not the reader's: a digest's "algumas vagas já foram preenchidas", "1.200 vagas preenchidas"
_PT_NOT_SOME = r"(?<!algumas )(?<!varias )(?<!muitas )(?<!outras )(?<!diversas )(?<!\d )"

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("candidatura nao selecionada", 4.0, ('nao', 'sem que'),
        # (not "ainda não foi aprovado" / "não foi aprovado ainda": not yet; nor "a outra candidata não foi
        # selecionada", said of someone else)
        r"(?<!ainda )(?<!outra candidata )(?<!outro candidato )(?<!outras candidatas )(?<!outros candidatos )"
        r"\bnao (?:foi|foste|foram|sera|vai ser|tera sido|tendo (?:(?:a|o) (?:sua|tua|seu|teu)"
        r" (?:candidatura|perfil|nome) "
        r"|v\. exa\.? |(?:a|o) mesm[ao] )?sido) (?:pre-?|pre )?(?:selecc?ionad|priorizad|validad|"
        r"recomendad|aprovad|escolhid|aceit|contemplad|retid)\w*+(?!(?:\([ao]\))? ainda\b)",
        rf"\b(?:candidatura|perfil)\b{S}\bnao (?:foi |sera |tera |vai ter )?(?:selecc?ionad|aprovad|escolhid|contemplad|retid|seguimento|continuidade|avancar)",
        # ... said as the way the process ended: "o processo terminou sem que a sua candidatura tenha sido escolhida"
        r"\bsem que (?:a )?(?:sua |tua )?(?:candidatura|voce|v\. exa|o seu perfil|o teu perfil|seu perfil|teu perfil)\b[^.!?;]{0,20}?"
        r"(?:tenha|tivesse|fosse|seja) (?:sido )?(?:selecc?ionad|aprovad|escolhid|contemplad|retid)",
        # an internship agency's word: the employer did not put the reader forward ("o seu nome não foi indicado pela
        # empresa concedente")
        r"\b(?:(?:o )?(?:seu|teu) nome|voce|tu) nao (?:foi|foste|sera) indicad[oa](?:\([ao]\))? pel[ao]s? (?:empresa|gestor\w*|"
        r"cliente|banca|comissao|area|coordenacao)\b"),
    fam("nao avancar", 4.0, ('nao', 'possivel', 'poderemos', 'podemos', 'vamos'),
        rf"\bnao{S}\b(?:avancar|avancaremos|avancamos|seguir|seguiremos|prosseguir|prosseguiremos|continuar|continuaremos|dar (?:seguimento|continuidade))\b{S}\b(?:com (?:a )?(?:sua|tua) candidatura|com a candidatura|com voce|contigo|a sua candidatura|a tua candidatura|ao seu processo|ao teu processo|com o seu processo|com o teu processo|com o processo)",
        r"\b(?:possivel|poderemos|podemos|vamos) dar (?:seguimento|continuidade)\b[^.!?;]{0,20}\b(?:sua|tua) candidatura",
        r"\bnao sera possivel dar (?:seguimento|continuidade)",
        r"\bnao (?:seguira|vai seguir|segue|avancara|ira avancar|iremos avancar|vamos avancar|avancaremos|vai avancar|"
        r"vai prosseguir)\b" + _PT_THEN,
        # (the reader's application or a request for work, not "a sua inscrição no workshop" nor "candidatura ao seguro";
        # not a condition still open: "não pode ser considerada enquanto não recebermos / sem o CV / reenvie o ficheiro")
        # (the post named: "a sua candidatura à vaga de X", not a room, a course or a grant with "vagas" nearby)
        r"\b(?:(?:sua|tua) candidatura (?:a|ao|para|de) (?:a |o )?(?:vaga|posicao|funcao|cargo|lugar|estagio|processo "
        r"(?:seletivo|de (?:selecao|recrutamento))|recrutamento)\b[^.!?;]{0,30}|(?:seu|teu|o) pedido de (?:estagio|emprego|trabalho)|"
        # ... or earlier in the sentence: "o programa de estágio atingiu o máximo e a sua inscrição não pôde ser aceite"
        r"(?:estagio|vaga|processo seletivo|recrutamento)\b[^.!?;]{0,80}\b(?:sua|tua) (?:candidatura|inscricao)|"
        # ... or after a verdict's opening: "Após análise, a sua candidatura não pode ser aceite."
        r"(?:apos (?:a |uma )?(?:\w+ )?analise|infelizmente|lamentavelmente|lamentamos(?: informar)? que),? (?:a )?"
        r"(?:sua|tua) candidatura|"
        r"(?:sua|tua) candidatura(?= nao (?:pode|podera|podia) ser (?:aceit|considerad|aprovad|admitid)\w* (?:para|n)[oa]s? "
        r"(?:vaga|posicao|funcao|cargo|processo|estagio)\b)),? nao (?:pode|podera|podia) ser "
        r"(?:aceit|considerad|aprovad|admitid)\w*(?![^.!?;]{0,60}\b(?:sem|enquanto|ate|antes de|caso|se|por falta|"
        r"triagem automatica|por (?:e-?mail|telefone|correio|whatsapp|mensagem)|pelo (?:whatsapp|telefone|site|portal|app)|"
        r"em papel)\b)(?![^!?;]{0,120}\b(?:reenvi|volte a (?:enviar|submeter)|voltamos a inclui))",
        r"\b(?:sua|tua|a) candidatura\b[^.!?;]{0,30}\bnao (?:seguira|avancara|prosseguira|continuara|avanca|prossegue|"
        r"passa (?:a|para)|segue para|(?:ira|vai|podera) (?:seguir|avancar|prosseguir|continuar))",
        r"\bperfil nao e o que (?:buscamos|procuramos)",
        # ... the CV read, then judged by the sender or the employer: "li seu currículo e não é o que estou procurando",
        # "concluiu que seu perfil não é o que procura"
        r"\b(?:perfil|curriculo|cv)\b(?! d(?:ele|ela|eles|elas|[oa]s?) )[^.!?;]{0,40}\bnao e (?:bem )?o que (?:(?:a empresa|o cliente|a equipa|a equipe|o time) )?"
        r"(?:buscamos|procuramos|busco|procuro|procura|busca|procuram|buscam|precisa|precisamos|pretende|pretendemos|"
        r"(?:estou|estamos|esta|estao) (?:procurando|buscando|a procurar|a buscar))\b",
        r"\bcandidatura nao (?:tera|teve|vai ter) (?:seguimento|continuidade)",
        # the application or profile named, then a pronoun for it: "seu perfil ... optamos por não avançar com ele", "a
        # Pousada agradece a sua candidatura. Após análise, decidiu não prosseguir com ela" (one sentence back at most)
        r"\b(?:(?:seu|teu) (?:perfil|curriculo|cv)\b[^.!?;]{0,80}\bnao (?:avancar|seguir|prosseguir|continuar) com ele|"
        # (the next sentence only when it opens on the verdict, "Após análise, ..."; not "A da Rita, infelizmente, não: ..."
        # nor "Como a turma foi cancelada, ...": another "ela" may sit in between)
        r"(?:sua|tua) (?:candidatura|inscricao)\b(?:[^.!?;:]{0,60}\. (?:apos|depois|infelizmente|lamentavelmente|no entanto|"
        r"contudo|porem|todavia)\b)?[^.!?;:]{0,80}?\bnao (?:\w+ ){0,3}?(?:avancar|seguir|prosseguir|continuar) com ela)\b"),
    # (only "other(s)": "decidimos contratar uma pessoa para a vaga" announces a hire; "um/uma" needs a comparison,
    # see "um perfil mais experiente" and "a escolha recaiu")
    fam("outros candidatos", 4.0, ('outr',),
        # (the gender-neutral "outres candidates" too)
        rf"\b(?:avancar|seguir|prosseguir|continuar|optamos|optar|escolhemos|escolheu|escolher|selecionamos|selecionar|decidimos|contratamos)"
        rf"\b{G}\b(?:com |por )?(?:outr[oae]s?) (?:candidat|perfi|pesso|profissiona)\w*\b[^.!?;]{{0,20}}",
        # ... in the future, said of the role or the employer by a relay ("a vaga de X seguirá com outros candidatos"; not
        # "o processo seguirá com outros candidatos na próxima semana", which goes on, nor "... além de você")
        r"\b(?:vaga|posicao|empresa|cliente)\b[^.!?;]{0,40}\b(?:seguira|avancara|prosseguira|continuara) (?:com |por )"
        r"outr[oae]s? (?:candidat|perfi|pesso|profissiona)\w*\b"
        r"(?![^.!?;]{0,40}\b(?:alem de|junto com|juntamente|tambem|incluindo|como voce|e com voce|e voce|e tu|e contigo|"
        r"e consigo)\b)"),
    fam("vaga preenchida", 3.5, ('preenchid', 'ocupad'),
        rf"{_PT_NOT_SOME}\b(?:vaga|posicao|cargo|funcao|oportunidade|estagio)\w*\b[^.!?;]{{0,30}}\b(?:foi|ja foi|esta|ja esta|encontra-se|foram)"
        r"(?: (?:entretanto|entao|ja|agora|finalmente|\w+mente))? (?:preenchid|ocupad)"),
    fam("congelamento de contratacoes", 3.5, ('congel', 'encerrado', 'cancelado', 'suspenso'),
        r"\bcongel\w* (?:temporariamente )?(?:todas )?(?:as |de |das )?(?:novas )?(?:contratacoes|admissoes|recrutamentos)",
        # (a process of recruiting, not "o processo de mudança de escritório")
        r"\b(?:processo(?! de (?!recrutamento|selecao|candidatura|contratacao|admissao)[a-z])|recrutamento)\b[^.!?;]{0,40}\b(?:foi|esta) (?:encerrado|cancelado|suspenso)"),
    fam("perfil nao se enquadra", 3.0, ('perfil nao',),
        r"\bperfil nao (?:se enquadra|corresponde|esta alinhado|atende|e aderente)"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
DECISIONS += [
    fam("gramática: outra pessoa escolhida", 4.0, ("outr",),
        r"\b(?:escolhemos|escolhido|optamos|optado|selecionamos|contratamos|seguir|avancar|prosseguir|continuar)\b"
        r"[^.!?;]{0,30}\b(?:por |com )?(?:outra|outro|outras|outros) (?:pessoa|candidat|perfi|profissiona)"),
    fam("gramática: processo encerrado", 3.5, ("encerr", "preenchid", "cancelad", "interromp"),
        r"\b(?:encerramos|encerrar|interrompemos|interromper) (?:o seu|o teu|a sua|a tua) (?:processo|candidatura)",
        r"\b(?:vaga|processo(?! de (?!recrutamento|selecao|candidatura|contratacao|admissao)[a-z]))\b[^.!?;]{0,40}\b(?:foi|esta|ja foi) (?:encerrad|preenchid|cancelad)"),
    fam("gramática: não avançará", 4.0, ("nao",),
        r"\bnao (?:avancara|seguira|prosseguira|continuara)\b" + _PT_THEN,
        r"\bnao (?:vamos|iremos|podemos|poderemos) (?:avancar|seguir|prosseguir|continuar)\b" + _PT_THEN),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("gramática: sem continuidade", 4.0, ("nao",),
        r"\bnao (?:daremos|vamos dar|vai dar|iremos dar|podemos dar|poderemos dar|sera dada|sera possivel dar|"
        r"sera dado) "
        r"(?:continuidade|seguimento|sequencia|andamento|prosseguimento)",
        # ... "não conseguimos dar seguimento": to the reader's application, or said alone (not "ao agendamento para
        # terça", "ao cadastro na folha", "ao seu pedido de cartão")
        r"\bnao (?:conseguimos|conseguiremos|vamos conseguir|pudemos) dar (?:continuidade|seguimento|sequencia|andamento|"
        r"prosseguimento)(?=[.!;,]|$| (?:a |ao |com |para )?(?:a |o )?(?:(?:sua|tua|seu|teu|esta|essa) (?:candidatura|processo|"
        r"perfil|curriculo|cv)|candidatura)\b| (?:neste momento|no momento|desta vez|dessa vez|por agora)\b)",
        r"\bnao\b[^.!?;]{0,25}\b(?:fazer|apresentar|enviar|oferecer|dar)(?:-lhe|-te|-la|-lo)? (?:uma|a|nenhuma) (?:proposta|oferta)"),
    fam("gramática: um perfil mais experiente", 4.0, ("um", "uma", "alguem"),
        r"\b(?:optamos|escolhemos|selecionamos|decidimos seguir|seguiremos|contratamos|optou|escolheu)\b[^.!?;]{0,40}\b(?:por |com )?"
        r"(?:um|uma|alguem) (?:candidat\w*|perfil|pessoa|profissional)? ?(?:com|que|mais)\b"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("gramática: não selecionado / não aprovado", 4.0, ("nao", "preenchid"),
        r"\b(?:voce|candidatura|perfil|curriculo)\b[^.!?;]{0,30}\bnao (?:foi|esta|sera) (?:selecc?ionad|aprovad|aceit|escolhid|contemplad|retid|bem-sucedid|bem sucedid)\w*",
        r"\bnao (?:vamos|iremos|poderemos|podemos|vai ser possivel)(?: poder)? (?:lhe |te )?oferecer(?:-lhe|-te)?\b",
        r"\bnao (?:seguiremos|avancaremos|prosseguiremos|continuaremos)\b" + _PT_THEN,
        r"\b(?:nao|sem) (?:dar|daremos|vamos dar) (?:continuidade|seguimento|prosseguimento)",
        r"\b(?:perfil|experiencia|formacao|curriculo|conhecimentos|(?:seu|teu|sua|tua) (?:desempenho|resultado|nota|pontuacao|"
        r"prestacao|classificacao)|(?:desempenho|resultado|nota|pontuacao|prestacao|classificacao) (?:d[oa]s? |n[oa]s? )?"
        r"(?:seu|teu|sua|tua))\b"
        r"[^.!?;]{0,45}\bnao (?:esta|estao|se encontra|e|sao|era|foi|se revelou|se mostrou) "
        r"(?:(?:ainda|totalmente|suficientemente) )?(?:alinhad|adequad|compativel|suficiente|ajustad)"),
]


# the exclusion an appeal is against ("o recurso interposto contra o indeferimento da sua inscrição foi analisado e
# DEFERIDO"): the appeal's outcome decides, not the exclusion it names; and an exclusion said to be reversed ("... da sua
# inscrição foi revisto e deferido", "julgado procedente"; not "não foi deferido", "indeferido", "improcedente")
_PT_APPEALED = r"(?<!contra o )(?<!contra a )(?<!recurso do )(?<!recurso da )(?<!recurso ao )(?<!recurso a )"
_PT_NOT_GRANTED = (r"(?![^.!?;]{0,80}?\b(?<!\bnao )(?<!\bnao foi )(?<!\bnao foram )(?:deferid[oa]s?|provid[oa]s?|acolhid[oa]s?|"
                   r"julgad[oa]s? procedentes?)\b)")


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
_PT_CHOSE = (r"(?:escolh(?:emos|eu|eram|ido|ida|idos|idas|endo|er|i)|fomos|acabamos (?:indo|optando|ficando)|optamos|optou|optaram|optado|optamos|preferi\w*|decidi\w*|decidiu|"
             r"(?:contrat|selecion)(?:amos|ou|aram|ad[oa]s?|ando)|(?:decidimos|resolvemos|optamos por|preferimos|acabamos por) "
             r"(?:contratar|selecionar)|"
             r"ficamos|ficou|ficar|avanc(?:ar|amos|aremos)|vamos avancar|prossegu(?:ir|imos|iremos|iu)|"
             r"segu(?:ir|imos|iremos|iu)|avancou|recaiu|recai|"
             r"fechamos|fechou|fechando|fechar|seguimento|continuidade|sequencia|"
             # a decision already taken, told in the near future: "vamos optar por outro cozinheiro"
             r"(?:vamos|iremos|decidimos|resolvemos) (?:optar|escolher))")

# A person named by the trade the role is for: "fechámos com outra dev", "vamos optar por outro cozinheiro"
_PT_TRADE = (r"(?:devs?\b|desenvolvedor|designer|engenheir|analista|programador|consultor(?!ia)|tecnic|cozinheir|vendedor|motorista|"
             r"gerente|atendente|garcom|operador|enfermeir|rececionista|recepcionista|barista|redator|contabilista|contador|"
             r"educador|cuidador|soldador|eletricista|mecanico|baba\b|pedreir|servente|ajudante|diarista|faxineir|estudante|"
             r"motoboy|entregador|repositor)\w*")

# (pt-PT contracts "em outro" / "em um": "recaiu noutro candidato", "optámos numa candidata")
_PT_OTHER = (r"(?:n?outr[oa]s? (?:candidat|pessoa|perfi|profissiona|finalist|nome|participant|concorrent|estagiari|trainee)|a outra candidata|o outro candidato|"
             # ... or named by the trade: "fechámos com outra dev", "seguimos com outro designer"
             r"n?outr[oa]s? " + _PT_TRADE + "|"
             # "optámos por quem tinha mais disponibilidade"
             r"quem (?:ja (?:\w+ )?(?:trabalh|conhec|tinha|estava|fez|fazia|atuava)|(?:tinha|tem|tivesse|trazia|traz|reunia|reune|"
             r"apresentava|apresenta|possui|possuia) (?:mais |maior |melhor |uma |um |a |o )?(?:experiencia|disponibilidade|formacao|"
             r"conhecimentos?|perfil|anos|carta|licenciatura|mestrado|curso|vivencia|senioridade|fluencia))|"
             r"alguem (?:que|com|mais)|"
             r"n?um[a]? (?:pessoa|candidat\w*|perfil|profissional|finalista|nome|colega) (?:com|que|cuj|mais)|"
             # "um candidato local", "uma candidata interna": someone marked by where they come from
             r"n?um[a]? (?:pessoa|candidat[oa]|perfil|profissional) (?:local|da regiao|da cidade|regional|interno|interna)\b|"
             # a bare "other" given the role: "o chefe acabou escolhendo outro pra vaga"
             r"outr[oa] (?:(?:redator|vendedor|atendente|motorista|operador|assistente|auxiliar|estagiari|colaborador|"
             r"funcionari|rapaz|moca|menin)\w* )?(?:para|pra) (?:a |o |esta |essa )?(?:vaga|posicao|cargo|funcao|lugar)\b|"
             r"(?:candidat\w*|pessoas|perfis|profissionais) (?:com|que|cuj|mais)|(?:uma )?promocao interna|"
             # ... chosen ("com", "por", "sobre"), not invited ("abrir a vaga para candidatos de outra cidade"): candidates
             # marked by where they come from, a trade compared to the reader ("seguir com um consultor com experiência")
             r"(?<=com |por |bre | em )(?:(?:candidat\w*|pessoas|perfis|profissionais) de outr[ao]s? (?:cidade|regiao|area|"
             r"estado|pais|setor|empresa)|n?um[a]? " + _PT_TRADE + r" (?:com (?:mais )?(?:experiencia|vivencia|conhecimentos?|"
             r"formacao|perfil)|mais (?:experiente|senior|qualificad)))|"
             r"(?:um[a]? )?(?:candidat[oa]s?|colaborador(?:a|es|as)?|profissiona(?:l|is)|perfis|perfil|pessoas?|"
             r"talentos?) intern[oa]s?|"
             r"(?:uma )?(?:solucao|candidatura) interna|(?:um[a]? )?(?:candidat[oa]|colaborador[a]?|profissional|"
             r"pessoa) da casa|"
             r"recrutamento interno)")

DECISIONS += [
    fam("gramática: a escolha recaiu sobre outra pessoa", 4.0, ("outr", "alguem", "um candidat", "uma candidat", "um perfil", "uma pessoa",
                                                                 "um finalista", "uma finalista", "um nome",
                                                                 "um colega", "uma colega",
                                                                 "um profissional", "uma profissional", "candidat", "interna", "interno",
                                                                 "pessoas", "perfis", "profissionais", "quem "),
        # (not "X foi contratado, e a outra candidata não foi selecionada": the other one is left out, not chosen)
        rf"(?<!voces )(?<!vcs )(?<!voces ja )(?<!voces entao )\b{_PT_CHOSE}\b{G}\b(?:por |com |sobre |em )?{_PT_OTHER}"
        r"(?!\w*(?:\([ao]\))? nao (?:foi|foram)\b)",
        # a client or employer told in the third person plural: "eles seguiram com outro candidato"
        # (not "vocês seguiram com outros candidatos": the reader's side chose, a candidate writes to the employer)
        r"(?<!voces )(?<!vcs )(?<!voces ja )(?<!voces entao )(?<!voces acabaram )\b(?:seguiram|avancaram|prosseguiram|fecharam|"
        r"ficaram) (?:mesmo )?com n?outr[oa]s? (?:candidat|pessoa|perfi|profissiona|finalist)",
        r"\boptei (?:por|pel[oa]) (?:um[a]? )?outr[oa]s? (?:candidat|pessoa|perfi|profissiona|finalist)",
        r"\b(?:contrat|preench|fech)(?:amos|aram|ou|emos|eram|eu)(?: (?:a vaga|a posicao|o lugar|a funcao|o cargo))? "
        r"internamente\b(?! (?:com|pel[oa]|[oa]s?|um|uma|para)\b)"),
    fam("gramática: não seguir com a candidatura", 4.0, ("nao ",),
        r"\bnao (?:(?:te|lhe|o|a|vamos|vai|vao|ser|sera|possivel|podemos|poderemos|poder|ira|iremos|\w+-(?:te|lhe))\b ?){0,3}"
        r"(?:seguir|segu|avanc|prossegu|continu|passar|passa|contar|considerar)\w*(?<!rao)(?<!ram)(?:-te|-lhe|-la|-lo)?"
        rf"\b{G}\b(?:contigo|consigo|com voce|com (?:a )?(?:sua|tua) candidatura|(?:sua|tua) candidatura|"
        r"com (?:o )?(?:seu|teu) (?:nome|perfil|curriculo|cv)\b|"
        r"(?:para|na|a) (?:a |o )?(?:proxima|etapa|fase|entrevista|equipa|equipe)|n?(?:o|este) processo|"
        r"para (?:o|a|esta|este) (?:lugar|vaga|posicao|funcao|cargo))"),
    fam("gramática: não classificado / excluído", 4.0, ("nao", "exclu", "encerr", "preench", "consta", "figura", "lista", "exclusao", "eliminac", "eliminad", "termino", "fim ",
                                                  "indeferimento", "recurso"),
        # (one person, the reader: "os candidatos não classificados poderão consultar..." is a notice's rule or a list)
        r"\bnao (?:classificad|apt[oa]\b|aprovad)(?![oa]s\b)",
        r"\bencerr\w* o processo (?:para|com) (?:todas as|todos os|as|os) (?:pessoas )?candidat",
        r"\bencerr\w* tod[ao]s (?:as|os) (?:candidaturas|processos|candidat[oa]s)\b",
        r"\btod[ao]s (?:as|os) (?:candidaturas|processos|candidat[oa]s)\b[^.!?;]{0,20}\b(?:foram|serao|estao|ficam|ficaram) "
        r"(?:arquivad|encerrad|cancelad|recusad|anulad)",
        r"\b(?:pelo que|por isso|motivo pelo qual|razao pela qual|sendo) (?:foi |fica |ficou |e |sera )?(?:excluid|eliminad)[oa]\b",
        _PT_APPEALED + r"\b(?:exclusao|eliminacao|nao admissao|indeferimento) (?:liminar )?d[ao] (?:sua|tua) "
        r"(?:candidatura|inscricao)\b" + _PT_NOT_GRANTED,
        # ...and the appeal against it denied ("o recurso ... foi indeferido", "negado provimento ao recurso")
        r"\brecurso\b(?! human)[^.!?;]{0,160}?\b(?<!\bnao )(?:foi|e|resta|restou) (?:\w+ e )?(?:indeferid[oa]|improvid[oa]|"
        r"julgad[oa] improcedente|negad[oa])\b|\b(?:negad[oa]|negamos|nega-se|nego) provimento ao recurso\b",
        # ... notified to the reader without the possessive ("fica V. Exa. notificado do indeferimento da candidatura"; not
        # an edital's "do indeferimento da inscrição cabe recurso")
        r"\b(?:notificad[oa](?:\([ao]\))?|(?:comunica|informa)(?:-se|mos|-lhe|-se a v\. exa\.?)?) (?:d?o )?indeferimento "
        r"(?:liminar )?d[ao] (?:candidatura|inscricao)\b" + _PT_NOT_GRANTED,
        r"\bintencao de (?:exclusao|eliminacao|nao admissao)\b",
        r"\bexclu\w* (?:a )?(?:sua|tua) candidatura|\b(?:excluid|eliminad)[ao](?:\([ao]\))? (?:do|da) (?:procedimento|processo|concurso|"
        r"selecao|certame)",
        # nominal: "deliberou a sua exclusão do procedimento", "comunicamos o encerramento da sua participação"
        r"\b(?:sua|tua) (?:exclusao|eliminacao) (?:do|da) (?:procedimento|processo|concurso|selecao|certame|recrutamento)",
        r"\b(?:encerramento|termino|fim) (?:d[ao] )?(?:sua|tua|seu|teu) (?:participacao|candidatura|processo)\b",
        # the reader's name is not on the list of those admitted / approved / called
        r"\bnao (?:consta|constam|figura|figuram|esta|se encontra) (?:d[ao]s?|n[ao]s?) (?:lista|listagem|relacao)\b[^.!?;]{0,20}\b"
        r"(?:admitid|aprovad|selecc?ionad|classificad|convocad|apurad)",
        r"\bnao\b[^.!?;]{0,30}\bentre (?:os|as) (?:pessoas |candidat\w* )?(?:pre-?|mais bem )?(?:aprovad|selecc?ionad|escolhid|classificad|"
        r"finalist|shortlist|a (?:contratar|recrutar|admitir|selecionar|prover))",
        # ... named before, then a pronoun: "Os selecionados já foram chamados e você não ficou entre eles"
        r"\b(?:aprovad|selecc?ionad|escolhid|classificad|finalistas|contratad)[oa]?s?\b[^!?]{0,160}?\b"
        r"(?:voce|tu|v\. exa|(?:o )?(?:seu|teu) nome|(?:a )?(?:sua|tua) candidatura)\b[^.!?;]{0,20}\bnao "
        r"(?:esta|estas|ficou|ficaste|figura|figuras|consta|constas|se encontra|faz parte|fazes parte) entre (?:eles|"
        r"elas)\b",
        r"\b(?:sua|tua) (?:jornada|participacao)\b[^.!?;]{0,30}\b(?:se )?encerr",
        r"\b(?:vaga|posicao|cargo|funcao)\b[^.!?;]{0,80}\b(?:foi|esta|ja foi|ja esta|encontra-se) (?:preenchid|ocupad)",
        r"\b(?:curriculo|cv|perfil|experiencia|candidatura|percurso|formacao|competencias|(?:o|a) mesm[oa]|"
        r"(?<!se )(?<!caso )(?:voce|tu|v\. exa))\b"
        r"[^.!?;]{0,45}\bnao "
        r"(?:atende|corresponde|"
        r"cumpre|preenche|se enquadra|se adequa|"
        r"(?:se )?encaixa|se ajusta|se alinha|combina|atendeu|correspondeu|se enquadrou|se encaixou|se coaduna|"
        r"(?:vai|vem|ia|foi|veio) ao encontro)\w*",
        r"\bnao\b[^.!?;]{0,25}\b(?:fazer|apresentar|enviar|oferecer|dar|formalizar|estender|concretizar)(?:-lhe|-te)? (?:uma |a |nenhuma )?"
        r"(?:proposta|oferta)\b"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("gramática: status encerrado / desclassificado / sem recrutamento", 4.0, ("status", "desclassific", "minim", "recrut", "contrat", "retirad",
                                                                                     "retirar", "revogar", "rejected",
                                                                                     "declined", "unsuccessful",
                                                                                     "not selected", "not progressing",
                                                                                     "abaixo", "aquem", "corte", "admi"),
        r"\bstatus: ?(?:processo encerrado|encerrad|reprovad|nao selecionad|recusad)",
        # ... or changed to it in a sentence: "o status da sua candidatura foi alterado para Encerrada pela empresa"
        r"\b(?:status|estado|situacao) d[ao] (?:sua |tua )?candidatura\b[^.!?;]{0,80}\b(?:alterad[oa]|mudou|atualizad[oa]|"
        r"passou) (?:para|a):? (?:encerrad|reprovad|nao selecionad|nao aprovad|recusad|indeferid|desclassificad)"
        # (not "... porque a vaga foi republicada / a sua candidatura foi transferida / a seu pedido")
        r"(?![^!?;]{0,100}\b(?:(?:republicad|transferid|duplicad)\w*|a seu pedido|a (?:sua|tua) pedido|conforme (?:o )?(?:seu|teu) pedido|"
        r"(?:conforme|como) combinado)\b)",
        # an ATS's untranslated status in a Portuguese letter: "Status: Rejected"
        r"\b(?:status|estado|situacao)(?: da (?:sua |tua )?candidatura)?: ?(?:rejected|declined|not selected|"
        r"unsuccessful|not progressing)\b",
        r"\b(?:foi|foste|esta|ficou) desclassificad",
        r"\bnao (?:atingiu|atingiste|alcancou|obteve) a (?:pontuacao|nota|classificacao) minima",
        # "a sua pontuação não atingiu o mínimo necessário"
        r"\b(?:sua|tua|seu|teu) (?:pontuacao|nota|classificacao|desempenho|resultado|media)\b[^.!?;]{0,20}\bnao (?:atingiu|atingiste|alcancou|alcancaste|"
        r"chegou a|chegou ao|chegaste a|chegaste ao) (?:o |a )?(?:minimo|nota de corte|corte|patamar minimo|nivel minimo|"
        r"pontuacao minima|nota minima)\b",
        # "ficou abaixo da nota de corte", "o seu perfil ficou aquém do exigido"
        r"\b(?:ficou|ficaste|esta|estava|esteve|foi) abaixo d[ao] (?:nota|pontuacao|classificacao|media) (?:de corte|minima|exigida)",
        r"\b(?:ficou|ficaste|ficaram|esta|estava|esteve|foi|foram) abaixo d[ao]s? (?:minim[oa]|exigid[oa]|esperad[oa]|necessari[oa]|"
        r"requerid[oa]|patamar|corte|limiar)",
        r"\b(?:perfil|experiencia|curriculo|candidatura|resultado|desempenho|nota|pontuacao)\b[^.!?;]{0,30}\b"
        r"(?:ficou|fica|esta|esteve|ficaram) aquem\b",
        r"\bnao estamos (?:a )?(?:recrutar|contratar|recrutando|contratando)\b",
        r"\bnao (?:temos|ha|dispomos de|existem?) (?:nenhuma )?vagas? (?:disponive(?:l|is) )?(?:para|pra) (?:admissao|admitir|"
        r"contratacao|contratar)(?: (?:neste momento|no momento|de momento|por agora|por enquanto|por ora))?(?=[.!;,]|$)",
        r"\bproposta\b[^.!?;]{0,40}\b(?:foi |esta )?(?:retirada|cancelada|revogada)",
        r"\b(?:tivemos de|tivemos que|fomos obrigados a|decidimos|vamos ter de|vamos ter que) (?:retirar|cancelar|"
        r"revogar) "
        r"(?:a |nossa |a nossa )?(?:proposta|oferta)\b"),
]


# --- sixth layer: a new author's constructions (dev4/pt), each written as a word class -----------------------
# Passive and nominal decisions ("a mesma não será considerada", "a decisão foi favorável a outra candidata"),
# the choice told from the other side ("outro candidato foi escolhido"), past tenses of the go-on verbs ("não deu
# continuidade", "não avançou"), requirements not met, invitations withheld, positive verbs of refusal
# ("candidatura recusada / indeferida"), the unsolicited application with no fitting opening, and BR informal
# "não foi dessa vez". Pronouns and articles come in their formal / informal and European / Brazilian forms.
_PT_YOU = r"(?:-(?:lhe|te|la|lo|vos))?"
# a time or regret said as an aside between the negation and its verb: "não nos é possível, neste momento, avançar"
_PT_ASIDE = (r"(?:,? (?:neste momento|no momento|de momento|nesta fase|por agora|por ora|por enquanto|para ja|infelizmente|"
             r"lamentavelmente|desta vez|dessa vez),?)?")
# go-on verbs as stems: the infinitive drops its -r before a clitic ("integrá-la", "considerá-lo", "oferecer-lhe")
_PT_GO_ON = (r"(?:consider|aproveit|inclu|integr|selecion|admit|contrat|ofere?c|propo|avanc|prossegu|segu|continu|contar|"
             r"dar (?:seguimento|continuidade|sequencia|andamento))")
# ... said of the reader: a clitic on the verb, or the reader named within a few words ("seguir com a sua candidatura")
_PT_TO_YOU = r"\w*(?:-(?:lhe|te|la|lo|vos)\b|[^.!?;]{0,30}\b(?:sua|tua|seu|teu|voce|contigo|consigo|v\. exa|si)\b)"

DECISIONS += [
    fam("gramática: não considerada / não é possível", 4.0, ("considerad", "possivel", "aproveit", "tida", "tido", "levad", "juntos",
                                                             "conseguimos", "conseguiremos", "pudemos",
                                                             "vez", "deix", "considerar"),
        r"(?<!ainda )\bnao (?:sera|foi|e|vai ser|seria|podera ser|pode ser|esta a ser|esta sendo)(?: mais)? (?:considerad|aproveitad|"
        r"tid[oa]s? em (?:conta|consideracao)|"
        r"levad[oa]s? (?:adiante|em (?:conta|consideracao)))",
        rf"\bnao (?:nos )?(?:e|foi|sera|vai ser|seria|era|esta a ser|tem sido|tendo sido) possivel{_PT_ASIDE} (?:(?:lhe|te|vos) )?"
        rf"{_PT_GO_ON}{_PT_TO_YOU}",
        r"\bnao (?:nos )?(?:e|foi|sera) possivel (?:avancar|prosseguir|seguir(?: em frente| adiante)?|dar (?:seguimento|continuidade))"
        r"(?: (?:desta|dessa|esta|essa) vez| neste momento| no momento)?(?:[.!;]|,? (?:dado que|uma vez que|visto que|ja que|"
        r"porque|pois|tendo em conta)\b)",
        # (not a rule for everyone: "não podemos considerar candidaturas enviadas fora do prazo")
        r"\bnao (?:podemos|poderemos|conseguimos|conseguiremos|vamos|iremos) (?:aproveitar|considerar)\b"
        r"(?! (?:candidaturas|curriculos|inscricoes|pedidos|propostas|documentos)\b)",
        # stopped considering it: "a empresa deixou de considerar a sua candidatura"
        r"\bdeix(?:ou|amos|aram) de (?:considerar|avaliar|analisar)(?:-(?:la|lo)\b| (?:a )?(?:sua|tua) candidatura\b|"
        r" (?:o )?(?:seu|teu) (?:perfil|curriculo|cv)\b)(?! como\b)",
        # "não conseguimos incluir o teu nome / seguir contigo" (the reader or their application, not "a sua entrevista")
        rf"\bnao (?:conseguimos|conseguiremos|pudemos) (?:(?:lhe|te|vos) )?{_PT_GO_ON}\w*(?:-(?:lhe|te|la|lo)\b|[^.!?;]{{0,15}}\b"
        r"(?:(?:o )?(?:seu|teu) (?:nome|perfil|curriculo|cv)|(?:a )?(?:sua|tua) candidatura|voce|contigo|consigo|v\. exa)\b)",
        r"\b(?:desta|dessa) vez,? (?:infelizmente )?nao (?:vai ser possivel|sera possivel|foi possivel|e possivel|vai dar|deu|"
        r"rolou|vai rolar|deu certo|vai dar certo)(?=[.!;,]| para (?:nos|voce|ti)\b)",
        # ... or after it: "não vai rolar dessa vez", "não deu certo desta vez"
        r"\bnao (?:vai |iria |ia )?(?:rolar|rolou|rola|dar certo|deu certo|da certo|vai dar certo)(?: (?:para|pra) (?:nos|voce|ti))?,? "
        r"(?:desta|dessa|esta|essa|da outra) vez\b",
        # the personal infinitive / "together": "não será possível avançarmos juntos", "não vamos seguir juntos"
        r"\bnao (?:nos )?(?:e|foi|sera|vai ser) possivel (?:avancarmos|seguirmos|prosseguirmos|continuarmos|trabalharmos)\b",
        r"\bnao\b[^.!?;]{0,30}\b(?:avanc|segu|prossegu|continu|caminh|trabalh)\w* juntos\b"),
    fam("gramática: não mereceu acolhimento / a jornada chegou ao fim", 4.0,
        ("acolhimento", "provimento", "deferimento", "fim", "termin", "por aqui", "encerra aqui", "encerrou aqui", "fica aqui",
         "ficou aqui", "para aqui", "parou aqui", "acab", "caminho", "mereceu",
         "merece", "logr", "aprovacao", "por aqui"),
        r"\bnao (?:mereceu|merece|obteve|teve) (?:o )?(?:acolhimento|provimento|deferimento)\b|"
        r"\bnao (?:mereceu|merece) (?:a )?(?:aprovacao|aceitacao|concordancia)\b",
        # formal BR: "não logrou aprovação na etapa", "não obteve aprovação na avaliação psicológica"
        r"\bnao logrou (?:obter )?(?:a )?(?:aprovacao|classificacao)\b|"
        r"\bnao obteve (?:a )?(?:aprovacao|classificacao)\b[^.!?;]{0,20}\b(?:n[ao]s?|em) (?:\w+ )?"
        r"(?:etapa|fase|prova|entrevista|avaliacao|processo|selecao|concurso|exame|teste)s?\b",
        r"\b(?:sua|tua) (?:jornada|participacao|candidatura|caminhada|trajetoria)\b[^.!?;]{0,50}\b(?:chegou ao fim|chega ao fim|"
        r"termina aqui|terminou|fica por aqui|ficou por aqui|acaba aqui|acabou|fica pelo caminho|ficou pelo caminho)\b",
        # the reader's process stops here: "seu processo para por aqui", "o teu processo termina por aqui"
        r"\b(?:seu|teu) processo\b[^.!?;]{0,30}\b(?:para|parou|termina|terminou|acaba|acabou|fica|ficou|encerra|encerrou) "
        r"(?:por )?aqui\b(?!,? (?:ate|enquanto|durante|temporariamente|por enquanto)\b)"),
    fam("gramática: não vai dar pra seguir", 4.0, ("dar pra", "dar para", "deu pra", "deu para", "da pra", "da para"),
        # informal BR: "não vai dar pra seguir com você"
        rf"\bnao (?:vai dar|deu|da|dara) (?:para|pra) {_PT_GO_ON}{_PT_TO_YOU}"),
    # a judgement put as an infinitive, of the reader's profile: "o teu perfil foi analisado pela equipa, que entendeu não
    # ser o indicado" (not "a equipa entendeu não ser a candidata ideal a Joana")
    fam("gramática: entendeu não ser o indicado", 4.0, ("nao ser o", "nao ser a"),
        r"\b(?:(?:seu|teu) (?:perfil|curriculo|cv)|(?:sua|tua) candidatura|voce|v\. exa)\b[^.!?;]{0,60}\b"
        r"(?:entend|consider|conclu|julg|avali|decid|achou|acham|acreditou)\w*\b[^.!?;]{0,20}\bnao ser (?:o|a)(?:\([ao]\))? "
        r"(?:(?:candidat\w*|pessoa|perfil|profissional) )?(?:mais )?(?:escolhid|selecionad|indicad|adequad|ideal|cert)"),
    fam("gramática: não foi o candidato escolhido", 4.0, ("nao fo", "nao e ", "nao era", "nao sera", "nao es",
                                                          "nao ser", "nao sendo"),
        r"\bnao (?:foi|foste|e|era|sera|foram) (?:o|a|os|as)(?:\([ao]\))? (?:(?:candidat\w*|pessoa|perfil|profissional|"
        r"finalista|nome|opcao) )?(?:mais )?"
        r"(?:escolhid|selecionad|eleit|preferid|indicad|adequad)",
        r"\bacab(?:ou|aste|aram) (?:por nao ser|nao sendo) (?:(?:o|a|os|as) (?:(?:candidat\w*|pessoa|perfil|"
        r"profissional|nome) )?"
        r"(?:mais )?)?(?:escolhid|selecionad|eleit|preferid|aprovad|admitid|contratad)",
        # "(você) não é a pessoa certa", "o seu perfil não é o ideal": the reader or their profile as the subject
        r"\b(?:voce|tu|v\. exa|perfil)\b[^.!?;]{0,15}\bnao (?:e|es|era|eras|sera|seras) (?:o|a) (?:(?:candidat\w*|pessoa|perfil|"
        r"profissional) )?(?:mais )?(?:cert[oa]|ideal|indicad)",
        r"\bnao (?:es|eras|seras) (?:o|a) (?:candidat\w*|pessoa|perfil|profissional) (?:mais )?(?:cert[oa]|ideal|indicad)",
        # a conclusion with no subject, said to the reader: "depois da entrevista decidimos que não é o perfil certo"
        r"\b(?:decidimos|concluimos|entendemos|achamos|percebemos|sentimos) que (?:(?:o )?(?:seu|teu) perfil )?nao (?:e|era|seria) "
        r"(?:o|a) (?:candidat\w*|pessoa|perfil|profissional|nome) (?:mais )?(?:cert[oa]|ideal|indicad[oa]|adequad[oa])"
        # (not followed by whose it is: "... não é o perfil certo o do Rui")
        r"(?!,? (?:o|a|os|as) (?:d[oa]|candidat)\b)"),
    fam("gramática: não deu continuidade", 4.0, ("continuidade", "seguimento", "sequencia", "andamento", "continuacao"),
        r"\bnao (?:deu|deram|demos|dara|darao|quis dar|quiseram dar|pode dar|teve|tera|tem|vai ter|sera dad[oa]) "
        r"(?:continuidade|seguimento|sequencia|andamento|prosseguimento)",
        r"\bnao (?:teve|tera|tem|vai ter|sera dada) continuacao\b[^.!?;]{0,20}\b(?:consigo|contigo|com voce|sua|tua|seu|teu)\b",
        r"\bnao (?:havera|ha|houve|existira) (?:continuidade|seguimento|sequencia|andamento|prosseguimento|continuacao) "
        r"(?:(?:d[oa]|com|n[oa]|para|a|ao) (?:(?:a|o) )?(?:sua|tua|seu|teu) (?:candidatura|processo|perfil|participacao)|contigo|consigo|"
        r"com voce)\b"),
    fam("gramática: não reúne os requisitos", 3.5, ("requisit", "criterio", "condico", "exigencia", "pretendido", "exigido",
                                                   "expectativa", "caracteristicas"),
        r"\bnao (?:reune|reunia|reuniu|cumpre|cumpria|cumpriu|preenche|preenchia|preencheu|satisfaz|satisfazia|satisfez|atende|"
        r"atendia|atendeu|possui|possuia|tem|correspond(?:e|eu|este|ia)|atingiu|atingiste|alcancou)\b[^.!?;]{0,40}\b"
        r"(?:requisitos|criterios|condicoes|exigencias|expectativas|perfil (?:pretendido|exigido|procurado|definido)|"
        # "o seu perfil não reúne as características que procuramos"
        r"caracteristicas (?:que (?:procuramos|buscamos|pretendemos|a funcao exige)|pretendidas|exigidas|procuradas|necessarias))"),
    # ... not enough to go on: "a candidatura não reuniu as condições necessárias para avançar para a entrevista"
    fam("gramática: requisitos insuficientes para avançar", 4.0, ("requisit", "criterio", "condico", "exigencia"),
        r"\b(?:candidatura|perfil|curriculo|cv|voce|tu|v\. exa)\b[^.!?;]{0,40}\bnao (?:reune|reuniu|cumpre|cumpriu|preenche|"
        r"preencheu|satisfaz|satisfez|atende|atendeu|possui)\b[^.!?;]{0,40}\b"
        r"(?:requisitos|criterios|condicoes|exigencias)\b[^.!?;]{0,30}\b(?:para|pra) (?:avancar|prosseguir|passar|seguir|"
        r"continuar|transitar)\b"),
    fam("gramática: a decisão recaiu sobre outra pessoa", 4.0, ("decisao", "escolha", "opcao", "preferencia"),
        rf"\b(?:decisao|escolha|opcao|preferencia)(?: final)? (?:foi|recaiu|acabou por recair|acabou recaindo|ficou|"
        # ... or leaned, weighed: "a decisão acabou pendendo para o outro finalista"
        r"pendeu|acabou pendendo|acabou por pender|pesou|tendeu) "
        rf"(?:favoravel )?(?:a |ao |por |pel[oa] |sobre |em |com |(?:para|pra) (?:[ao]s? )?)?{_PT_OTHER}",
        # ... or told from the reader's side: "a escolha não recaiu sobre si / em você"
        r"\b(?:decisao|escolha|opcao)(?: final)? nao (?:foi|e|recaiu) (?:a |o )(?:tua|sua|teu|seu)"
        r"(?:[.!;,]| (?:candidatura|para|nesta|neste|desta|dessa|no|na|em)\b)",
        r"\b(?:decisao|escolha|resultado)(?: final)? nao (?:foi|e|sera) (?:a |em )?(?:seu|teu) favor\b|"
        r"\b(?:decisao|escolha|opcao|preferencia)(?: final| d[ao] (?:empresa|equipa|equipe|cliente|comite|juri|empregador|"
        r"recrutador|recrutadora|gestor|gestora|direcao|diretoria))? nao (?:recaiu|recai|ficou|foi) (?:sobre|em|n[oa]|por|pel[oa]) "
        r"(?:si|voce|ti|v\. exa|a sua candidatura|a tua candidatura|o seu perfil|o teu perfil|o seu nome|o teu nome)\b"),
    fam("gramática: outro candidato foi escolhido", 4.0, ("outr",),
        r"\b(?:outr[oa]s? (?:candidat\w*|pessoas?|perfis|perfil|profissiona\w*|finalista))\b[^.!?;]{0,40}\b"
        r"(?<!nao )(?:foi|foram|acabou|acabaram) (?:(?:por ser|sendo) )?(?:escolhid|selecionad|contratad|preferid|eleit)",
        r"\b(?:foi|foram|acab(?:ou|aram) (?:por ser|sendo))(?: (?:entretanto|ja|\w+mente))? (?:escolhid|selecionad|contratad|preferid|"
        r"preenchid|ocupad|atribuid|entregue|oferecid)\w* "
        r"(?:por |a |para (?:a|o|esta|este|essa|esse) \w+ )?outr[oa]s? (?:candidat|pessoa|perfi|profissiona|finalista)"),
    fam("gramática: não convocado para a entrevista", 4.0, ("convoc", "cham", "convid"),
        rf"\bnao (?:iremos|vamos|poderemos|podemos|conseguimos|sera possivel|e possivel|foi possivel|vai ser possivel) "
        rf"(?:(?:te|lhe|o|a|vos) )?(?:convoc|cham|convid)\w*{_PT_YOU}\b[^.!?;]{{0,25}}\b(?:entrevista|proxima|etapa|fase|seguinte|"
        r"integracao|admissao|contratacao)",
        r"\bnao (?:foi|foste|sera|seras) (?:convocad|chamad|convidad)\w*(?:\([ao]\))? (?:para|a|pra)\b[^.!?;]{0,25}\b"
        r"(?:entrevista|proxima|etapa|fase|seguinte|prova)"),
    fam("gramática: candidatura recusada / reprovado", 4.0,
        ("recus", "rejeit", "indefer", "reprovad", "declin", "descart", "eliminad", "excluid", "preterid", "desclassific", "inapt",
         "encerrad", "descontinuad", "interrompid", "desconsider", "arquivad", "finalizad", "terminad", "dizer",
         "considerad", "negad", "improcedente", "processo", "acolhid", "dispens"),
        # ("a candidatura de V. Exa. ...": the formal pronoun's full stops would end the gap)
        # (the gap holds a public selection's full name: "sua inscrição no Processo Seletivo Simplificado para Professor X")
        r"\b(?:candidatura|perfil|curriculo|cv|(?:seu|teu) processo|(?:sua|tua) inscricao)(?: de v\. exa\.?|\b)[^.!?;]{0,80}\b"
        r"(?<!nao )(?:foi|foram|esta|ficou|sera) "
        r"(?:recusad|rejeitad|indeferid|reprovad|declinad|descartad|desclassificad|eliminad|excluid|preterid|encerrad|"
        r"desconsiderad|descontinuad|interrompid|negad|(?:considerad[oa](?:\([ao]\))? )?improcedente|nao acolhid|"
        r"considerad[oa](?:\([ao]\))? (?:inapt|nao apt|nao admitid|nao aprovad|"
        r"nao elegivel|inelegivel|nao adequad|inadequad|incompativel|nao compativel|desajustad|desadequad))",
        # the reader's own process or application closed ("seu processo na vaga foi finalizado", "candidatura arquivada"),
        # not an application form completed ("finalizada com sucesso")
        r"\b(?:seu|teu|sua|tua) (?:processo|candidatura|participacao)\b[^.!?;]{0,40}\b(?:foi|esta|ficou|fica|sera)"
        r"(?:,? (?:assim|portanto|entao|pois|desta forma|deste modo),?)? "
        r"(?:finalizad|encerrad|arquivad|terminad|descontinuad|interrompid|cancelad)[oa]\b(?! com (?:sucesso|exito)|"
        r" (?:para|pra) (?:voce|ti|si) \w+(?:ar|er|ir)\b)",
        r"\b(?:dizer|responder|dar) (?:que )?nao (?:a|ao) (?:sua|tua|seu|teu) (?:candidatura|perfil|pedido)\b",
        r"\b(?:foi|ficou|fica|esta) excluid[oa],? (?:do|da|por|nos termos)\b",
        r"\b(?:foi|foste|ficou|ficaste) considerad[oa](?:\(a\))? (?:como )?(?:eliminad|excluid|reprovad|inapt|desclassificad|nao apt)",
        r"\b(?:consta|figura|esta|encontra-se) (?:da|na) lista (?:de|dos) (?:candidatos )?excluidos",
        r"\b(?:declin|recus|rejeit|indefer|descart)(?:ar|amos|aremos|ou|aram|ar-lhe|iu|imos|iram)?"
        r"(?:,? (?:por ora|por agora|por enquanto|neste momento|no momento|infelizmente|desta vez|dessa vez|"
        r"lamentavelmente),?)? "
        r"(?:a |o )?(?:sua|tua|seu|teu) "
        r"(?:candidatura|perfil|curriculo|cv|inscricao)",
        r"\b(?:voce|tu|v\. exa\.?|o senhor|a senhora) (?:foi|foste|ficou|ficaste|esta|estas) (?:reprovad|eliminad|desclassificad)",
        # let go from the selection (not "dispensado da prova de inglês": exempted from a test)
        r"\b(?:foi|foste|esta|estas|ficou|ficaste) dispensad[oa](?:\([ao]\))? (?:do|deste|desse) (?:processo (?:seletivo|"
        r"de (?:selecao|recrutamento))|recrutamento)\b(?![^.!?;]{0,80}\b(?:por ja|direto|diretamente|isent[oa])\b)"),
    fam("gramática: decidimos não prosseguir", 4.0, ("decid", "opt", "resolv", "prefer", "entend", "deliber",
                                                     "sem voce", "sem ti", "sem si", "sem a sua", "sem a tua",
                                                     "continuar"),
        # the search goes on for someone else: "vamos continuar à procura de alguém com mais experiência"
        r"\b(?:vamos|iremos|decidimos|optamos por|preferimos) continuar (?:a |com a |a nossa |com a nossa )?(?:procura|"
        r"procurar|"
        r"busca|buscar|procurando|buscando)\b[^.!?;]{0,10}\b(?:de |por )?(?:alguem (?:com|que|mais)|(?:um|outro)"
        r" perfil "
        r"(?:com|que|mais)|outr[oa]s? (?:candidat|perfis|pessoas)|(?:um[a]? )?candidat\w* (?:com|que|mais)|"
        r"(?:um[a]? )?profissiona(?:l|is) (?:com|que|mais))",
        # going on without the reader: "vamos seguir sem você nesta etapa"
        r"\b(?:vamos|iremos|decidimos|resolvemos|optamos por) (?:seguir|avancar|continuar|prosseguir) sem (?:voce|ti|"
        r"si|v\. exa|"
        r"a sua candidatura|a tua candidatura)\b",
        # "(você) decidiu não prosseguir" is the reader's own withdrawal: third-person singular only after a named party
        r"\b(?:decidimos|decidiram|optamos|optaram|resolvemos|preferimos|entendemos|entenderam|deliberamos|deliberaram|"
        r"(?<!voce )(?<!tenha )(?<!tinha )(?<!que )(?:decidiu|optou|resolveu|entendeu|deliberou|preferiu)) (?:por |que"
        r" (?:e"
        r" melhor )?)?nao "
        r"(?:prosseguir|avancar|seguir|continuar|dar (?:seguimento|continuidade|andamento|sequencia|prosseguimento)|contar com)\b"
        r"(?: adiante| em frente)?"
        # ... ending there, or with the reader's application as object (not "não avançar com a obra")
        r"(?=[.!;,]|$| (?:neste momento|no momento|desta vez|dessa vez|por agora|por enquanto|por ora|"
        r"(?:nesta|nessa|neste|nesse) (?:fase|etapa|processo|recrutamento))\b|"
        r" (?:com |ao |a |no |na )?(?:(?:a|o) )?(?:sua|tua|seu|teu|voce|contigo|consigo|v\. exa|esta candidatura|essa candidatura)\b|"
        # ... or with the hiring itself, said to the candidate: "a gente decidiu não seguir com a contratação agora"
        r" com a contratacao\b(?! d(?:[eoa]s?|ele|ela|eles|elas)\b))"),
    fam("gramática: decidimos não te contratar", 4.0, ("nao te ", "nao lhe ", "nao vos ", "nao admitir", "nao aceitar", "nao aprovar",
                                                       "nao selecionar", "nao considerar", "nao contratar", "nao prosseguir com",
                                                       "nao o(", "nao a("),
        # the reader as the clitic object of a hiring verb, or their application as the object of an admitting verb
        r"\b(?:decidimos|decidiu|decidiram|deliberou|deliberamos|deliberaram|resolveu|resolvemos|resolveram|optou|optamos|optaram|"
        # (the form letter's "o(a)" is the reader; a bare "o" may be a candidate the reader interviewed)
        r"preferimos) (?:por )?nao (?:(?:te|lhe|vos|o\(a\)|a\(o\)) (?:contratar|selecionar|admitir|integrar|chamar|"
        r"convidar|"
        r"convocar|incluir|escolher)\b|(?:admitir|aceitar|aprovar|selecionar|considerar|contratar|"
        r"prosseguir com) (?:a )?(?:sua|tua|v\. exa))"),
    fam("gramática: encerramos a sua candidatura", 4.0, ("encerr", "fech", "terminad"),
        # the application declared closed: "consideramos encerrada a sua participação" (not "concluída": a full file)
        r"\b(?:consideramos|damos por|damos como|considera-se|da-se por|fica) (?:como )?(?:encerrad|terminad)[oa] "
        r"(?:a |o )?(?:sua|tua|seu|teu) (?:participacao|candidatura|processo)\b",
        # ... as the consequence of a filled list or a failed mark: "..., o que encerra a sua jornada conosco"
        r"\b(?:preenchid|ocupad|escolhid|selecionad|aprovad|abaixo|inferior|insuficiente|nao)\w*\b[^.!?;]{0,100}, "
        r"(?:o que|e isso) encerra (?:a )?(?:sua|tua) (?:jornada|participacao|candidatura)(?: (?:conosco|connosco|"
        r"aqui))?"
        r"(?: (?:neste|nesta|no|na) (?:processo|edicao|selecao|programa|recrutamento))?(?=[.!;]|$)",
        r"\bencerr(?:amos|aremos|ar|ou|aram|ando) (?:(?:a|o) )?(?:sua|tua|seu|teu) (?:candidatura|processo|participacao)",
        r"\b(?:encerr|fech)\w*\b[^.!?;]{0,60}\bincluindo (?:o seu|o teu|a sua|a tua|seu|sua)\b"),
    fam("gramática: não há lugar para si", 4.0, ("para voce", "para ti", "para si", "pra voce", "para v. exa", "para o seu",
                                                 "para o teu", "para a sua", "para a tua", "para seu", "pra seu"),
        r"(?<!ainda )\bnao (?:temos|ha|existe|dispomos de|conseguimos encontrar|encontramos) "
        r"(?:uma |um |nenhuma |nenhum )?"
        r"(?:vaga|posicao|lugar|"
        r"oportunidade|espaco|funcao)\b[^.!?;]{0,20}\b(?:para|pra) (?:voce|ti|si|v\. exa|(?:o )?(?:seu|teu) perfil|"
        r"(?:a )?(?:sua|tua) candidatura)\b",
        r"\b(?:vaga|posicao|oportunidade|lugar|funcao|cargo)\b[^.!?;]{0,40}\bnao (?:e|era|sera|foi) (?:para|pra) (?:voce|ti|si)\b"
        r"(?! (?:mas|e sim|e para|porque)\b)"),
    fam("gramática: sem vaga para o seu perfil", 3.0, ("vaga", "oportunidad", "posic", "lugar", "func"),
        r"\bnao (?:temos|dispomos de|existe|existem|ha|possuimos|surgiu|surgiram|encontramos|identificamos|"
        r"conseguimos (?:encontrar|identificar)|(?:nos )?(?:foi|e|sera) possivel (?:encontrar|identificar))\b[^.!?;]{0,30}\b"
        r"(?:vagas?|oportunidades?|posicoes|posicao|lugar(?:es)?|funcoes|funcao)\b[^.!?;]{0,40}\b"
        r"(?:compative\w*|adequad\w*|ajustad\w*|alinhad\w*|que (?:se )?(?:enquadre|correspond|adeque)\w*|"
        r"para o (?:seu|teu) perfil|ao (?:seu|teu) perfil)"),
    fam("gramática: a candidatura não avançou / não passou na etapa", 4.0,
        ("avancou", "seguiu", "passou", "passaste", "continuou", "adiante", "em frente", "momento", "altura", "hora"),
        r"\b(?:(?:sua|tua|a) candidatura|(?:o )?(?:seu|teu) (?:perfil|curriculo|cv|nome))\b[^.!?;]{0,40}\bnao (?:avancou|seguiu|"
        r"prosseguiu|passou|continuou|foi (?:adiante|em frente))",
        # ... the reader as the subject, with the process as the way: "dessa vez, você não seguiu adiante"
        r"\b(?:voce|tu|v\. exa\.?)\b,? nao (?:avancou|avancaste|seguiu|seguiste|prosseguiu|prosseguiste|continuou|continuaste) "
        r"(?:adiante|em frente|no processo|na selecao|(?:para|na|pra) (?:a )?(?:proxima|etapa|fase))\b",
        # a stage of a selection process, or any test when the reader is the subject ("o seu primo não passou no teste")
        r"(?<!primo )(?<!prima )\bnao (?:passou|passaste) (?:na|no|nas|nos|pela|pelo|da|do|a|o|nesta|neste|nessa|nesse|desta|deste) "
        r"(?:\w+ )?(?:etapa|fase|triagem|selecao|"
        r"dinamica)",
        # "(você) não passou para a próxima fase": the reader, or no one, as the subject ("o Rui não passou": news)
        # (a punctuation mark or the text's start, not a word, before it: "(?<![a-z] )")
        r"(?:\b(?:voce|tu|v\. exa\.?|infelizmente|lamentavelmente|mas|que) |(?<![a-z] )\b)nao (?:passou|passaste) "
        r"(?:para|pra) (?:a |o )?(?:\w+ )?(?:etapa|fase|triagem|entrevista|proxima|seguinte)\b",
        # ... or with no subject after a regret: "infelizmente nao passou na entrevista" (not "... o outro candidato")
        r"(?:\b(?:voce|tu|v\. exa\.?|o senhor|a senhora)(?: infelizmente)? |(?<!\bmas )(?<!: )(?<!\be )\b(?:infeli[sz]mente|lamentavelmente),? )"
        r"nao (?:passou|passaste) (?![^.!?;]{0,30}\b(?:o|a) (?:outr[oa]|candidat[oa]|colega)\b)(?:na|no|nas|nos|pela|pelo) "
        r"(?:\w+ )?(?:entrevista|prova|teste|avaliacao|exame)\b(?! (?:o|a|os|as) (?!tempo\b)[a-z])",
        rf"\bnao e (?:o|a) (?:momento|altura|hora)\b[^.!?;]{{0,15}}\b(?:seguir|avancar|prosseguir|continuar|contar){_PT_TO_YOU}",
        # "não é o momento de te contratar"
        r"\bnao e (?:o|a) (?:momento|altura|hora)\b[^.!?;]{0,15}\b(?:te|lhe|vos) (?:contrat|integr|admit|chamar|incluir|selecion)\w*"),
    fam("gramática: não classificado / não apurado", 4.0, ("classificad", "apurad", "fora d", "colocad", "classificou", "classificaste",
                                                           "qualificou", "qualificaste", "apurou"),
        r"\bnao (?:foi|foste|ficou|ficaste|esta|estas|sera|seras) (?:classificad|apurad)",
        # (placed in a post after a final ranking, not a university place: "no concurso nacional de acesso não ficou
        # colocado")
        r"\b(?:ordenacao|graduacao)\b(?:[^.!?;]|\bv\. exa\.?){0,80}\bnao (?:ficou|ficaste|foi|foste) colocad[oa]|"
        r"\bnao (?:ficou|ficaste|foi|foste) colocad[oa]s?(?:\([ao]\))? (?:em|no|na|nas|nos) (?:lugar|posicao|vaga|"
        r"posto)\b",
        r"\bnao (?:te classificaste|te qualificaste)\b|\bnao (?:se classificou|se qualificou|se apurou) (?:para|na|no|a|em) "
        r"(?:a |o )?(?:proxima|seguinte|etapa|fase|entrevista|lista)",
        r"\b(?:ficou|ficaste|ficando|classificad[oa]|posicionad[oa]|ordenad[oa]|lugar|posicao)\b,?[^.!?;]{0,40}\bfora d[ao]s? "
        r"(?:numero de )?(?:vagas|lugares|postos)\b"),
    fam("gramática: não foi desta vez", 4.0, ("vez", "desta", "dessa", "proxima", "outra"),
        r"\bnao (?:foi|e|sera) (?:desta|dessa|esta|essa) (?:vez|feita)\b(?! que\b)",
        r"\b(?:infelizmente|desta vez|dessa vez|lamentamos,? mas|que pena),? (?:a vaga |a oportunidade )?(?:fica|ficou|"
        r"ficara) "
        r"(?:para|pra) (?:uma|a) (?:proxima|outra)(?: (?:vez|oportunidade|ocasiao))?(?=[.!,;]|$)",
        r"\b(?:desta|dessa) feita,? (?:infelizmente )?nao (?:foi|sera|vai ser|e) possivel\b",
        # pt-PT drops the noun: "infelizmente não foi desta."
        r"\bnao (?:foi|e|sera) (?:desta|dessa)(?= ?[.!,;:])"),
    fam("gramática: seguir outra direção", 3.5, ("direcao", "caminho", "rumo"),
        r"\b(?:decid|opt|prefer|resolv|vamos|iremos)\w* (?:por )?(?:seguir|avancar|ir)\b[^.!?;]{0,15}\b"
        r"(?:outra|noutra|numa|uma|diferente|outro)\b[^.!?;]{0,10}\b(?:direcao|caminho|rumo)"),
    fam("gramática: vaga preenchida / cancelada", 3.5, ("preenchid", "ocupad", "atribuid", "cancelad", "congelad", "suspens", "anulad",
                                                     "complet", "esgotad", "fechou", "encerrou", "terminou",
                                                     "contactad", "contatad", "notificad", "avisad", "informad",
                                                     "pausad", "fechad", "disponiv", "abert", "ativ", "direcionad", "encerrad",
                                                     "retirad", "extint"),
        rf"{_PT_NOT_SOME}\b(?:vagas?|posic(?:ao|oes)|cargos?|func(?:ao|oes)|lugar(?:es)?|oportunidades?)\b[^.!?;]{{0,80}}\b(?:acabou (?:por ser|sendo)|"
        r"acabaram (?:por ser|sendo)|ja (?:foi|foram|esta|estao|se encontra)|foi|foram|esta|estao|ficou|ficaram|tinha sido|"
        r"encontra-se|se encontra|se encontram|encontram-se) (?:tod[oa]s )?(?:preenchid|ocupad|atribuid|direcionad|"
        r"complet[ao]s|esgotad)",
        # the role closed as the subject ("a vaga já fechou"), not its applications ("a vaga encerrou as inscrições")
        r"\b(?:vaga|posicao|selecao|recrutamento|processo seletivo)\b[^.!?;]{0,40}\b(?:ja )?(?:fechou|encerrou|"
        r"terminou)\b"
        r"(?! (?:para )?(?:a |o |as |os |novas |novos )?(?:inscric|candidatur|receca|recepca|prazo))",
        # "os candidatos selecionados já foram contactados": those chosen told, the reader is not among them
        r"\b(?:os|as) (?:candidat[oa]s |pessoas |finalistas )?(?:selecc?ionad|aprovad|escolhid)[oa]s (?:ja )?(?:foram|"
        r"tinham sido) "
        r"(?:contactad|contatad|informad|notificad|chamad|avisad)[oa]s\b"
        r"(?![^.!?]{0,40}\b(?:voce|tu|v\. exa) (?:e|es|esta|estas|foi|foste|faz parte|fazes parte)\b)",
        # "a posição para a qual se candidatou já não se encontra disponível"
        # (said of the one the reader applied to: "esta vaga já não está disponível" alone is a job board's note)
        r"\b(?:vagas?|posic(?:ao|oes)|cargos?|func(?:ao|oes)|lugar(?:es)?|oportunidades?)\b[^.!?;]{0,30}\b"
        r"(?:a que|para a qual|para o qual|ao qual|a qual|que) (?:\w+ ){0,2}?(?:se )?(?:candidatou|candidataste|concorreu|"
        r"concorreste|aplicou|inscreveu)\b[^.!?;]{0,40}\b(?:nao (?:se encontra|esta|estara|se encontram|estao)(?: mais)? "
        r"(?:disponive|abert|ativ)|"
        # ... or closed, cancelled, filled: "a vaga para a qual você se candidatou foi encerrada"
        r"(?:ja )?(?:foi|foram|esta|estao|ficou) (?:encerrad|cancelad|fechad|suspens|congelad|preenchid|ocupad))",
        r"\b(?:vaga|posicao|cargo|funcao|oportunidade|recrutamento|processo(?: seletivo| de (?:recrutamento|selecao))?(?! de (?!recrutamento|selecao|candidatura|contratacao|admissao)[a-z]))\b"
        r"[^.!?;]{0,60}\b(?:foi|esta|ta|ficou|encontra-se|foram) (?:cancelad|congelad|suspens|anulad|pausad|fechad|retirad|extint)"
        r"(?![oa]s? (?:para|a) (?:novas? )?(?:inscric|candidatur|receca|recepca))",
        # ... or with an apology before it: "lamento, mas a posição júnior já não está disponível"
        r"\b(?:lamento|lamentamos|desculpe|desculpa|sentimos muito|peco desculpa),? mas (?:a |o |esta |essa )?"
        r"(?:vaga|posicao|cargo|funcao|oportunidade)\b[^.!?;]{0,40}\b(?:ja nao|nao) (?:esta|se encontra)(?: mais)? disponivel",
        # "a vaga não será preenchida neste momento", "encerrámos todas as candidaturas"
        r"\b(?:vaga|posicao|cargo|funcao|lugar)\b[^.!?;]{0,40}\bnao (?:sera|vai ser|ira ser) (?:mais )?preenchid[oa]"
        r"(?= (?:neste momento|no momento|por agora|por enquanto|este ano)\b|[.!;,])"),
    fam("gramática: outros candidatos mais adequados", 4.0, ("mais ", "melhor"),
        r"\b(?:existem|existiam|ha|havia|tivemos|surgiram|identificamos|encontramos)\b[^.!?;]{0,15}\b(?:outr[oa]s )?"
        r"(?:candidat\w*|perfis|pessoas|profissionais)\b[^.!?;]{0,60}\b(?:mais (?:adequad|alinhad|ajustad|aderente|proxim|"
        r"compative|experient|indicad)|melhor (?:se )?(?:adequa|enquadra|ajusta|corresponde|atende|alinhad)|"
        r"(?:se )?(?:adequa|enquadra|ajusta|alinha|correspond|atend)\w* (?:melhor|mais)\b)",
        r"\boutr[oa]s? (?:candidat\w*|perfis|perfil|pessoas?|profissiona\w*)\b[^.!?;]{0,30}\b(?:estao|estavam|sao|eram|se mostraram|"
        r"se revelaram|tinham|tem|esta|estava|e|era|se mostrou|se revelou|tinha|parece|pareceu) (?:\w+ )?mais (?:proxim|adequad|alinhad|aderente|ajustad|compative|experient|indicad)"),
    fam("gramática: preferência dada a outros", 4.0, ("preferencia",),
        # past or decided only: "será dada preferência a candidatos com..." is a job advert
        rf"\b(?:demos|damos|deu|deram|foi dada|foi dado|decidimos dar|optamos por dar|resolvemos dar|acabamos por dar) "
        rf"(?:a )?preferencia "
        rf"(?:a |aos? |as? )?{_PT_OTHER}",
        # past tenses only ("demos", "foi dada"): any group of candidates ("a candidatos residentes em Lisboa")
        r"\b(?:demos|foi dada|decidimos dar|optamos por dar|resolvemos dar|acabamos por dar) (?:a )?preferencia (?:a|aos?|as?) "
        r"(?:outr[oa]s )?(?:candidat\w*|perfis|pessoas|profissionais)\b"),
    fam("gramática: candidatura sem sucesso", 4.0, ("sucesso", "exito", "sem aprovacao"),
        # "a sua candidatura à oferta de ..., informamos que a mesma não teve êxito"
        r"\bcandidatura\b[^.!?;]{0,100}\b(?:a|o) mesm[ao]\b[^.!?;]{0,20}\bnao (?:teve|obteve|foi de|tera) "
        r"(?:sucesso|exito)\b",
        r"\b(?:candidatura|processo|participacao)\b[^.!?;]{0,40}\b(?:nao (?:teve|obteve|foi de|tera) (?:sucesso|exito)|"
        r"sem (?:sucesso|exito|aprovacao))"),
    fam("gramática: sem encaixe / sem match", 3.5, ("encaixe", "fit", "match", "alinhamento", "aderen", "procuramos", "buscamos",
                                                   "correspondencia",
                                                   "precisamos", "pretendemos", "vaga pede", "vaga exige", "vaga requer",
                                                   "vaga precisa", "funcao pede", "funcao exige", "posicao exige",
                                                   "posicao pede", "cliente procura", "cliente busca", "empresa procura",
                                                   "empresa busca"),
        # "não fomos capazes de encontrar correspondência entre o seu perfil e os requisitos"
        r"\bnao (?:houve|ha|existe|existiu|(?:fomos capazes de |conseguimos )?(?:encontrar|identificar)|encontramos|identificamos) "
        r"(?:uma |a )?correspondencia (?:suficiente )?entre (?:o |a )?(?:seu|teu|sua|tua) (?:perfil|candidatura|experiencia|cv|"
        r"curriculo) e (?:os requisitos|o perfil|a vaga|a funcao|a posicao|o que)\b",
        r"\bnao (?:houve|ha|existe|existiu|deu|tivemos|encontramos|identificamos|vimos|rolou|bateu) (?:um |o |a )?"
        r"(?:encaixe|fit|match|"
        r"alinhamento|aderencia|compatibilidade)\b",
        r"\b(?:nao aderente|sem aderencia|inaderente)\b|\bnao (?:esta|e|era|estava|foi|ficou|se mostrou|se mostra) (?:\w+ ){0,2}"
        r"aderente\b",
        # "(o seu perfil) não é o que procuramos" -- not "a experiência dele" (a colleague's note about a candidate)
        r"\b(?:perfil|experiencia|curriculo|cv)\b(?! del[ea]\b)[^.!?;]{0,40}\bnao (?:e|era) (?:bem |exatamente )?(?:o|aquilo) "
        r"(?:que|de que) (?:procuramos|buscamos|precisamos|pretendemos|(?:a|esta|essa) (?:vaga|funcao|posicao) (?:pede|exige|requer|"
        r"precisa)|(?:o cliente|a empresa|a equipa|a equipe|o time) (?:procura|busca|pede|precisa))"),
    fam("gramática: resultado negativo", 4.0, ("negativ", "desfavorav", "favorav", "positiv"),
        r"\b(?:resultado|parecer|decisao|resposta|avaliacao) (?:d[ao]s? )?(?:sua |tua )?(?:candidatura|etapa|entrevista|processo|"
        r"selecao|triagem|fase|dinamica|prova)\w*\b[^.!?;]{0,50}\b(?:nao (?:foi|e|sera) (?:favoravel|positiv)|"
        r"(?:foi|e) (?:negativ|desfavoravel))",
        r"\b(?:decisao|resultado|parecer|resposta|avaliacao)(?: final)?(?: d[oa]s? (?:\w+ )?\w+)? (?:nao (?:foi|e|sera) (?:favoravel|positiv[oa])|"
        r"(?:foi|e) desfavoravel) (?:a|ao|para) (?:(?:a|o) )?(?:sua|tua|seu|teu|voce|si|ti|v\. exa)\b",
        r"\b(?:dar|dar-lhe|dar-te|damos|enviamos|comunicamos|transmitir|transmitimos) (?:lhe |te )?(?:uma )?"
        r"(?:resposta|decisao|parecer) (?:negativa|desfavoravel)\b",
        # an agency relays the employer's answer: "o cliente deu retorno negativo sobre a sua candidatura"
        r"\b(?:retorno|feedback|resposta|devolutiva|parecer)s? (?:foi |e )?(?:negativ|desfavorav)\w* (?:sobre|quanto a|em relacao a|"
        r"relativ[oa] a|para|a|ao) (?:a |o )?(?:sua|tua|seu|teu) (?:candidatura|perfil|contratacao|processo|entrevista)\b"),
    fam("gramática: resultado não aprovado", 4.0, (": ", "situacao ", "estado ", "status ", "resultado ", "nao ",
        "reprovad",
                                                  "recusad", "eliminad", "rejeitad", "descartad"),
        # the subject opens with the verdict, a job title after the dash: "Não selecionado(a) - Auxiliar de Logística"
        r"^(?:candidatura |candidat[oa] |perfil )?(?:nao (?:selecc?ionad|aprovad|classificad|admitid|retid)|reprovad|"
        r"recusad|"
        r"eliminad)[oa]s?(?:\([ao]\))?(?= ?[-|:] )",
        # ... or closes it after the title: "Processo seletivo Analista de Dados - Reprovado"
        r"\b(?:processo|candidatura|recrutamento|selecao|vaga)\b[^.!?;:]{0,60} [-|] (?:candidat[oa] |candidatura )?"
        r"(?:nao (?:selecc?ionad|aprovad|classificad)|reprovad|recusad)[oa]s?(?:\([ao]\))?(?= ?\.|$)",
        r"\b(?:processo|candidatura|recrutamento|selecao)\b[^.!?;:]{0,60}: ?(?:candidat[oa] )?(?:nao selecionad|nao aprovad|"
        r"reprovad|recusad|nao classificad)",
        # (a colon may be a table's cell border: "Situação | INDEFERIDA" reads "situacao indeferida")
        r"\b(?:situacao|resultado|estado|status|parecer)(?: d[ao] (?:sua |tua )?(?:candidatura|etapa|avaliacao|"
        r"inscricao))?:? ?"
        r"(?:reprovad|nao (?:aprovad|selecionad|classificad|apt)|inapt|eliminad|excluid|desclassificad|recusad|indeferid)",
        # ... or as a move to a verdict's column: "sua candidatura foi movida para a etapa 'Não aprovados'"
        r"\b(?:sua|tua) candidatura\b[^.!?;]{0,60}\b(?:foi|esta) (?:movid|transferid|colocad)[ao] (?:para|na) (?:a |o )?"
        r"(?:(?:etapa|fase|coluna|lista|pasta|status|estado) )?[\"']?(?:nao (?:aprovad|selecionad|classificad)|reprovad|recusad|"
        r"rejeitad|eliminad|descartad)",
        # ... said as a change of status: "o status da sua candidatura na vaga X foi atualizado para: Reprovado"
        # ... or "o seu status na vaga Comprador foi atualizado para: Reprovado"
        r"\b(?:(?:seu|teu) (?:status|estado)|(?:sua|tua) situacao|(?:status|estado|situacao) (?:d[ao] (?:sua|tua|seu|teu) "
        r"(?:candidatura|processo|inscricao|participacao)|(?:de|da) candidatura))\b[^.!?;]{0,80}\b(?:(?:foi|esta) (?:atualizad|alterad|mudad)[oa]|mudou|passou) (?:para|a)\b:? ?"
        r"(?:reprovad|nao (?:aprovad|selecionad|classificad)|recusad|rejeitad|eliminad|desclassificad|indeferid)"),
]


# --- seventh layer: the role handed to someone else (dev5/pt) ------------------------------------------------
# The decision told only through where the role went: [the role] ... [stayed with / went to / was offered to]
# [a colleague, another person, a candidate with ...], or [we offered / gave] [the role] [to someone else].
# The recipient must be indefinite ("um colega", "outra pessoa", "uma candidata com"): "a vaga ficou com a Ana"
# is an internal announcement.
_PT_ROLE = r"(?:vagas?|vaguinhas?|posicao|cargo|funcao|lugar|oportunidade|posto)"
_PT_SOMEONE = (r"(?:(?:um|uma) (?:colega|colaborador\w*|pessoa|candidat\w*|profissional|perfil)\b|(?:(?:a|o|as|os) )?n?outr[oa]s? |"
               r"alguem\b|"
               # the chat word for a person, told apart by a clause: "fechamos com uma menina que já trabalhava aqui"
               r"(?:um|uma) (?:menin[oa]|moca|rapaz|cara|garot[oa]) (?:que|com|mais)\b|"
               r"(?:candidat\w*|pessoas|perfis|profissionais) (?:com|que|cuj|mais)\b|(?:a |o )?(?:candidat\w*|colega) "
               r"(?:interno|interna|da casa|do time|da equipa|da equipe)\b)")
DECISIONS += [
    fam("gramática: a vaga ficou com outra pessoa", 4.0, ("ficou", "ficando", "ficar", "ficara", "oferec", "entreg", "atribu", "demos",
                                                            "acabou indo", "acabou por ir", "direcionad", "fechou",
                                                            "fecharam", "encerrou", "encerramos", "encerraram", "preencheu",
                                                            "preencheram",
                                                            "foi para", "foi dad", "fechad", "fechamos", "preenchemos",
                                                            "foi pra", "preenchid", "ocupad",
                                                            "provid"),
        rf"\b{_PT_ROLE}\b[^.!?;]{{0,60}}\b(?:ficou|acabou (?:ficando|por ficar|indo|por ir)|vai ficar|ficara|(?:a gente |nos )?fech(?:ou|amos)|"
        rf"foi (?:entregue|atribuid[ao]|provid[ao]|"
        rf"direcionad[ao]|"
        rf"oferecid[ao]|dad[ao]|fechad[ao])|foi) (?:com|para|pra|a|ao|a uma|a um) {_PT_SOMEONE}",
        # ... filled by someone: "a vaga acabou por ser preenchida por um colaborador de outra loja"
        rf"\b{_PT_ROLE}\b[^.!?;]{{0,60}}\b(?:foi|ficou|acabou por ser|acabou sendo|ja foi) (?:preenchid|ocupad)[ao] "
        rf"(?:por|com) {_PT_SOMEONE}",
        rf"\b(?:oferecemos|entregamos|atribuimos|demos|propusemos|decidimos oferecer|optamos por oferecer|acabamos por oferecer|"
        rf"fechamos|fechou|fecharam|encerramos|encerrou|encerraram|preenchemos|preencheu|preencheram) (?:a |o )?{_PT_ROLE}\b"
        rf"[^.!?;]{{0,60}}\b(?:a|ao|para|com) {_PT_SOMEONE}"),
]

# "We chose someone else (for it)": said to the reader, choosing a person is filling a role, and the reader was the
# other candidate. Casual one-line notes ("escolhemos outra pessoa pro balcão") often carry no other job word.
# First person plural only: "escolheram outra pessoa" is the sender's own story.
_PT_WE_CHOSE_OTHER = (r"(?:escolhemos|optamos|ficamos|fechamos|contratamos|seguimos|avancamos|preferimos|"
                      r"(?:vamos|iremos|fomos) com|"
                      # Brazilian "a gente" is "we": "a gente preferiu alguém que pudesse começar já"
                      r"a gente (?:escolheu|optou|ficou|fechou|contratou|seguiu|avancou|preferiu|foi com|vai com)|"
                      r"(?:vamos|iremos|decidimos|resolvemos|acabamos por|preferimos) (?:escolher|ficar|seguir|avancar|contratar|"
                      r"optar|fechar|ir)) (?:com |por )?(?:outra pessoa|outro candidato|outra candidata|outro perfil|"
                      # ... or with someone compared to the reader: "preferimos seguir com uma pessoa que já tenha ..."
                      r"alguem (?:que|com|mais)|(?:um|uma) (?:pessoa|candidat[oa]|profissional|perfil) (?:que ja|com mais|mais))")

# --- eighth layer: breadth (dev6/pt) --------------------------------------------------------------------------
# One author, many short decision sentences. Each family is a construction over word classes:
#   [negated ability] [hire / offer / approve / go-on verb] [the reader]       "não temos condições de seguir consigo"
#   [someone] [did not approve / recommend] [the reader's hiring / profile]    "o cliente não aprovou o seu perfil"
#   [the reader] [not included / not part of] [the list / shortlist / stage]   "não fez parte da lista final"
#   [the offer] [was made / given] [to someone else]                           "a proposta foi feita a outro candidato"
#   [other candidates] ... [stood out / were stronger]                          "outros perfis destacaram-se mais"
#   [negated] [schedule / book] [an interview]                                  "não vamos marcar a segunda entrevista"
#   [it does not seem] [that you are] [the right person]                        "não nos parece que seja a pessoa certa"
_PT_ABLE = (r"(?:nos )?(?:e|foi|sera|vai ser|seria) possivel|(?:temos|tinhamos|teremos|reunimos|estamos em|estaremos em|nos encontramos em) (?:as )?condicoes (?:de|para)|"
            r"(?:somos|seremos|fomos|estamos) capazes de|poderemos|podemos|pudemos|conseguimos|conseguiremos|"
            r"(?:vamos|iremos|vou|irei) (?:poder|conseguir)|"
            # will and means: "o cliente não quis seguir com o seu perfil", "não temos como seguir", "não há interesse em"
            r"(?:quis|quisemos|quiseram)|(?:temos|teremos|tinhamos|ha|havera) como|"
            r"(?:ha|havera|houve|existe|temos|tem) interesse em|pretend(?:e|emos|ia|iamos|em|iam)")
_PT_HIRE = (r"(?:contrat|aprov|recomend|admit|ofere?c|propo|integr|selecion|avanc|prossegu|segu|continu|encaix|"
            # (placing, forwarding, taking on: only with the reader as a clitic, "colocá-lo", not "colocar o seu CV na base")
            r"(?:coloc|encaminh|aproveit)(?=\w*-(?:lo|la|te|lhe)\b)|"
            r"(?:fazer|apresentar|estender|enviar)(?:-lhe|-te)? (?:uma |a )?(?:proposta|oferta))")
_PT_THE_LIST = (r"(?:lista|listagem|shortlist|short list|short-list|grupo|selecao final|fase|etapa|proxima|entrevista|"
                r"candidat\w* (?:pre-?)?selecionad|finalistas|aprovad)")
DECISIONS += [
    fam("gramática: não temos condições de avançar consigo", 4.0, ("possivel", "condicoes", "capazes", "poderemos", "podemos", "pudemos",
                                                                   "pretend",
                                                                   "conseguimos", "conseguiremos", "poder",
                                                                   "conseguir", "nao qu",
                                                                   " como ", "interesse"),
        rf"\bnao (?:{_PT_ABLE}){_PT_ASIDE} (?:(?:lhe|te|vos) {_PT_HIRE}|{_PT_HIRE}\w*{_PT_TO_YOU})",
        # placing or forwarding the reader, the clitic before the verb: "não vamos conseguir te encaminhar pra contratação"
        rf"\bnao (?:{_PT_ABLE}){_PT_ASIDE} (?:lhe|te|vos) (?:coloc|encaminh|aproveit)"
        r"(?![^.!?;]{0,50}\b(?:amanha|hoje|segunda|terca|quarta|quinta|sexta|sabado|domingo|esta semana|em viagem)\b)",
        # the clitic before the modal (pt-PT): "não lhe podemos dar seguimento", "não te vamos conseguir contratar"
        rf"\bnao (?:lhe|te|vos) (?:{_PT_ABLE}) (?:{_PT_HIRE}|dar (?:seguimento|continuidade|andamento|sequencia))",
        # an agency that could not put the reader forward: "não foi possível apresentar o seu perfil ao cliente"
        rf"(?<!ainda )\bnao (?:{_PT_ABLE}) (?:apresentar|indicar|encaminhar|submeter) (?:o )?(?:(?:seu|teu) (?:perfil|cv|curriculo|"
        rf"nome)|(?:a )?(?:sua|tua) candidatura) (?:a|ao|para a|para o|junto d[oa]) (?:nosso |nossa )?(?:cliente|empresa)\b"),
    fam("gramática: não aprovou o seu perfil", 4.0, ("nao ",),
        r"(?<!ainda )\bnao (?:se mostrou|se mostraram|mostrou-se|mostraram-se|mostrou|mostraram|ficou|ficaram|tem|teve|tinha|"
        r"temos|tivemos|tinhamos|demonstrou|"
        r"manifestou)(?: (?:muito|particularmente|grande))? (?:interessad[oa]s?|interesse) (?:n[oa]|em|pel[oa])"
        r" (?:(?:seu|teu) "
        r"(?:perfil|curriculo|cv|nome)|(?:sua|tua) candidatura|voce|si|ti)\b",
        # ... or, the client or the company, in taking it further: "o cliente não mostrou interesse em avançar para entrevista"
        # (not "o candidato não mostrou interesse em avançar": a candidate's own choice, told to the hiring side)
        r"\b(?:cliente|empresa|gestor|gestora|equipa|equipe|recrutador|recrutadora|diretor|diretora)\b[^.!?;]{0,50}\bnao "
        r"(?:se )?(?:mostrou|mostraram|manifestou|manifestaram|demonstrou|demonstraram|teve|tiveram) (?:\w+ )?interesse em "
        r"(?:(?:avancar|seguir|prosseguir) (?:para|com) (?:a |uma )?(?:entrevista|proxima|fase|etapa|(?:sua|tua) candidatura|"
        r"(?:seu|teu) perfil)|(?:te|lhe|o|a) (?:entrevistar|conhecer|chamar))\b",
        r"(?<!ainda )\bnao (?:aprov|recomend|valid|autoriz|aceit|seleccion|selecion|escolh|consider)(?:ou|aram|amos|eu|eram) "
        r"(?:a |o )?(?:sua|tua|seu|teu) (?:contratacao|candidatura|perfil|nome|admissao|curriculo|cv|entrada|integracao)\b(?!,? ainda\b)",
        r"(?<!ainda )\bnao (?:houve|ha|existiu) (?:a )?(?:aprovacao|validacao|aceitacao) d[oa] (?:sua|tua|seu|teu)"
        r" (?:perfil|candidatura|nome|"
        r"curriculo|cv|contratacao)\b",
        # the reader as a clitic object: "o júri não o selecionou para a fase de entrevistas", "não te escolhemos"
        r"\bnao (?:te|lhe|vos) (?:selecion|seleccion|escolh|aprov|admit|contrat|convoc|cham|recomend|inclu)\w*\b",
        # ... in the future: "o hotel não irá considerar o seu perfil para esta oferta"
        r"\bnao (?:ira|irao|vai|vao|iremos|vamos) (?:considerar|selecionar|aprovar|escolher) (?:a |o )?(?:sua|tua|seu|teu) "
        r"(?:candidatura|perfil|nome|curriculo|cv)\b",
        # a trial period not confirmed (BR "efetivar"): "a gente não vai efetivar você"
        r"(?<!ainda )\bnao (?:vamos|vai|iremos|vou|podemos|poderemos) (?:(?:te|lhe) efetivar|efetivar(?:-(?:te|lo|la)\b| voce\b))"
        r"(?!,? ainda\b)",
        r"\bnao (?:o|a) (?:selecion|seleccion|escolh|aprov|admit|contrat|convoc|cham|inclu)\w* (?:para|na|no|a|em) "
        r"(?:a |o )?(?:\w+ )?(?:fase|etapa|entrevista|proxima|vaga|lugar|posicao|funcao|cargo|lista)"),
    fam("gramática: fora da lista / não incluído", 4.0, ("parte d", "incluid", "inserid", "colocad", "entrou", "entraste", "integr",
                                                          "fora d"),
        r"\b(?:candidatura|perfil|nome|curriculo|cv|voce|tu|v\. exa)\b[^.!?;]{0,30}\b(?:ficou|ficaste|fica|ficas|esta|estas|ficara) "
        rf"(?:de )?fora d[ao]s? (?:\w+ )?(?:selecao|{_PT_THE_LIST}|processo|escolhid)",
        # (a course's or a trip's list is not a job's: "ficaste de fora da lista da formação de Excel")
        rf"\b(?:ficaste|ficas|ficaras) (?:de )?fora d[ao]s? (?:\w+ )?(?:selecao|{_PT_THE_LIST}|processo|escolhid)\w*"
        r"(?! d[ao]s? (?:formacao|curso|turma|workshop|aula|viagem|jogo|sorteio|festa|evento|excursao)\b)",
        rf"\bnao (?:fez|faz|fara|fizeram|fazem|fizeste|fica a fazer) parte d[ao]s? (?:\w+ )?{_PT_THE_LIST}",
        rf"\bnao (?:foi|foste|foram|sera|esta|ficou|ficaste) (?:incluid|inserid|colocad)[oa]s?(?:\([ao]\))? (?:n[ao]s? |entre (?:os|as) )"
        rf"(?:\w+ )?{_PT_THE_LIST}",
        rf"\bnao (?:entrou|entraste|integra|integrou|integraste) (?:n[ao]s? |para (?:a|o) )(?:\w+ )?{_PT_THE_LIST}",
        # ... said after the list was named: "manteve o processo com os finalistas, e o seu perfil não entrou."
        r"\b(?:o )?(?:seu|teu) (?:perfil|nome|curriculo|cv) nao entrou(?= ?[.!;]|$)",
        # ... or not included, the list left implicit: "fechou o quadro e o seu nome não foi incluído"
        r"\b(?:quadro|lista|listagem|selecao|shortlist|finalistas|grupo|processo|vagas?|contratacoes|recrutamento)\b[^.!?;]{0,60}"
        r"\b(?:o )?(?:seu|teu) (?:perfil|nome|curriculo|cv) nao (?:foi|ficou|esta) (?:incluid|inserid)[oa](?= ?[.!;]|$)"),
    fam("gramática: não admitido / sem aprovação na etapa", 4.0, ("admitid", "aceit", "obteve", "obtiveste", "alcancou", "conseguiu",
                                                                "acolhid", "deferid"),
        r"\b(?:candidatura|inscricao)(?: de v\. exa\.?|\b)[^.!?;]{0,60}\bnao (?:foi|sera|e) (?:considerad[oa] )?(?:admitid|acolhid|"
        r"aceit|deferid)",
        r"\bnao (?:foi|foste|ficou|ficaste|sera|e|es|esta) (?:admitid|aceit)[oa]s?(?:\([ao]\))? (?:a|ao|na|no|para a|para o|em) (?:\w+ )?"
        r"(?:fase|etapa|entrevista|prova|procedimento|concurso|processo|selecao|proxima)",
        r"\bnao (?:obteve|obtiveste|alcancou|alcancaste|conseguiu|conseguiste) (?:a )?(?:aprovacao|classificacao|aproveitamento|"
        r"nota|pontuacao)\b[^.!?;]{0,30}\b(?:etapa|fase|prova|teste|avaliacao|entrevista|exame|selecao|triagem|dinamica)"),
    fam("gramática: a proposta foi para outra pessoa", 4.0, ("proposta", "oferta"),
        rf"\b(?:proposta|oferta)\b[^.!?;]{{0,50}}\b(?:foi|acabou por ser|acabou sendo|ja foi) (?:feita|enviada|apresentada|estendida|aceite|aceita|"
        rf"dada|entregue) (?:a|ao|para|por|pel[oa]) {_PT_SOMEONE}",
        rf"\b(?:fizemos|apresentamos|enviamos|estendemos|decidimos fazer|optamos por fazer) (?:uma |a )?(?:proposta|oferta) "
        rf"(?:a|ao|para) {_PT_SOMEONE}"),
    fam("gramática: outros candidatos destacaram-se", 4.0, ("destac", "sobressa", "houve", "mais qualificad", "mais experient",
                                                           "mais alinhad", "mais forte", "mais preparad", "maior aderencia",
                                                           "melhor aderencia", "maior adequacao", "maior alinhamento",
                                                           "melhor alinhamento", "melhor encaixe",
                                                           # the comparative of the third pattern ("outros candidatos
                                                           # com um perfil mais próximo / aderente / adequado")
                                                           "mais proxim", "mais aderente", "mais adequad", "mais ajustad"),
        r"\b(?:outr[oa]s? |alguns |algumas )?(?:candidat\w*|perfis|pessoas|profissionais|finalistas)\b[^.!?;]{0,30}\b"
        r"(?:se destacaram|destacaram-se|se destacou|destacou-se|sobressairam|se sobressairam)",
        r"\b(?:houve|havia|existiram|apareceram|surgiram|tivemos)\b[^.!?;]{0,15}\b(?:outr[oa]s )?(?:candidat\w*|perfis|pessoas|"
        r"profissionais)\b[^.!?;]{0,20}\bmais (?:qualificad|experient|preparad|fortes?|alinhad|adequad|competitiv)",
        r"\boutr[oa]s? (?:candidat\w*|perfis|pessoas|profissionais|participantes|concorrentes|finalistas)\b[^.!?;]{0,50}\b"
        r"(?:mais (?:qualificad|experient|preparad|alinhad|adequad|proxim|aderente|ajustad)|(?:maior|melhor) (?:aderencia|"
        r"adequacao|alinhamento|encaixe))"),
    fam("gramática: não vamos marcar a entrevista", 4.0, ("agendar", "marcar", "avancar para", "seguir para", "prosseguir para"),
        r"\bnao (?:vamos|iremos|poderemos|podemos|conseguiremos|sera possivel|vai ser possivel|foi possivel|e possivel) "
        r"(?:(?:te|lhe|vos) )?(?:agendar|marcar|avancar para|seguir para|prosseguir para) (?:uma|a|nenhuma|qualquer|outra|mais uma) "
        r"(?:(?:segunda|nova|proxima|ultima|terceira) )?(?:entrevista|conversa|etapa|fase)\b"
        r"(?![^.!?;]{0,40}\b(?:mas|amanha|hoje|dia|data|hora|horario|semana|remarc)\w*\b)"),
    fam("gramática: não parece a pessoa certa", 4.0, ("parece", "pareceu", "cremos", "acreditamos", "achamos", "consideramos",
                                                     "julgamos", "entendemos", "pensamos"),
        r"\bnao (?:nos |me )?(?:parece|pareceu|cremos|acreditamos|achamos|consideramos|julgamos|entendemos|pensamos) que "
        r"(?:(?:voce|tu|v\. exa|o seu perfil|o teu perfil|seu perfil|a sua candidatura|a tua candidatura) )?(?:seja|sejas|fosse|fosses|"
        r"seria|serias|e|es) (?:o|a) (?:(?:pessoa|perfil|candidat\w*|profissional) )?(?:mais )?(?:cert|ideal|indicad|adequad)"),
    fam("gramática: não foi um dos escolhidos", 4.0, ("nao fo", "nao e ", "nao es", "nao era"),
        r"\bnao (?:foi|foste|e|es|era|sera) (?:(?:voce|tu|v\. exa|o seu perfil|o teu perfil|o seu nome|o teu nome|a sua candidatura|"
        r"a tua candidatura) )?(?:(?:o|a|os|as) |(?:um|uma) d[oa]s )(?:(?:candidat\w*|pessoa|perfil|profissional) )?(?:mais )?"
        r"(?:escolhid|selecionad|aprovad|contratad|finalistas|classificad)"),
    fam("gramática: já contratámos alguém / a vaga já fechou", 4.0, ("ja ", "acabamos de", "ninguem"),
        # the small employer's first person and everyday verbs, with the role named: "já peguei uma moça pra vaga"
        r"\bja (?:contratei|escolhi|selecionei|encontrei|achei|arrumei|arranjei|peguei|pegamos|arrumamos|arranjamos|"
        r"achamos) "
        r"(?:alguem|outra pessoa|uma pessoa|um candidato|uma candidata|uma moca|um moco|um rapaz|uma rapariga|"
        r"uma senhora|"
        r"um senhor|uma menina|um menino)\b[^.!?;]{0,40}\b(?:para|pra) (?:a |o )?(?:vaga|funcao|posicao|cargo|lugar|"
        r"servico)\b"
        r"(?! (?:d[oa]|n[oa]) (?:quarto|apartamento|casa|republica|garagem|estacionamento|creche|escola|turma|"
        r"curso)\b)",
        # "não vamos precisar de mais ninguém para Assistente de Loja"
        r"\bnao (?:vamos |iremos |vai |vamos mais )?(?:precisar|precisamos|necessitamos|"
        r"necessitar) (?:de )?mais ninguem "
        r"(?:para|pra|como|n[ao]) (?:a |o )?(?:vaga|funcao|cargo|posicao|posto|lugar|equipa|equipe|loja|turno|balcao|"
        r"cozinha|caixa|"
        r"[a-z]+(?:ista|ente|ante|ari[oa]|dora?|tora?)|(?!feira|cadeira|carteira)[a-z]+eir[oa])\b",
        r"\b(?:ja|acabamos de) (?:contratamos|contratar|escolhemos|escolher|selecionamos|selecionar|recrutamos|recrutar|"
        r"admitimos|admitir|encontramos|encontrar|temos|arranjamos|arrumamos|conseguimos) (?:alguem|outra pessoa|"
        r"outro candidato|outra candidata|uma pessoa|"
        r"um candidato|uma candidata|(?:o|a) (?:candidat[oa]|pessoa) (?:certa|certo|ideal|indicad[oa])|um profissional)\b"
        # (not "já contratámos a pessoa certa: você!")
        r"(?![^.!?;]{0,40}(?::|\b(?:e|foi|sera)) (?:voce|tu|v\. exa|si)\b)",
        r"\b(?:ja|acabamos de) (?:fechamos|fechar|encerramos|encerrar|preenchemos|preencher|ocupamos|completamos|completar) "
        r"(?:a|o|esta|este|essa|esse) (?:vaga|posicao|cargo|funcao|lugar|processo|recrutamento|quadro)\b"),
    fam("gramática: o processo termina aqui para si", 4.0, ("aqui", "neste ponto", "para voce", "para ti", "para si", "pra voce", "descontinu", "interromp", "cancelar", "encerrar",
                                                       "finalizar", "arquivar", "terminar"),
        r"\b(?:processo|participacao|candidatura|jornada|percurso)\b[^.!?;]{0,30}\b(?:se encerra|encerra-se|termina|se encerrou|"
        r"encerrou-se|terminou|acaba|acabou|fica|ficou) (?:aqui|por aqui|neste ponto)\b",
        # "vamos parar por aqui com a sua candidatura" (not "por hoje vamos ficar por aqui")
        r"\b(?:vamos|iremos|decidimos|temos de|temos que|preferimos) (?:parar|ficar) por"
        r" aqui\b[^.!?;]{0,25}\b(?:(?:sua|tua) "
        r"(?:candidatura|participacao)|(?:seu|teu) (?:processo|perfil)|contigo|consigo|com voce)\b",
        # "processo finalizado para você" (a status line)
        r"\b(?:processo|candidatura|participacao)\b[^.!?;]{0,20}\b(?:(?:finalizad|encerrad|terminad)[oa]|encerrou|"
        r"terminou|"
        r"acabou) (?:para|pra) (?:voce|ti|si|"
        r"v\. exa)\b(?! \w+(?:ar|er|ir)\b)",
        r"\b(?:decidimos|vamos|iremos|optamos por|resolvemos|tivemos de|temos de|precisamos) (?:descontinuar|interromper|cancelar|"
        r"encerrar|finalizar|arquivar|terminar) (?:o|a) (?:seu|teu|sua|tua) (?:processo|candidatura|participacao)\b"),
    fam("gramática: não avançando por agora", 3.5, ("nao avancando", "nao prosseguindo", "nao seguindo", "nao dando"),
        r"\bnao (?:avancando|prosseguindo|seguindo|dando (?:seguimento|continuidade)) (?:por agora|por enquanto|por ora|"
        r"neste momento|no momento|de momento|com (?:a )?(?:sua|tua) candidatura|a (?:sua|tua) candidatura)\b"),
    fam("gramática: outro candidato responde melhor", 4.0, ("melhor",),
        r"\boutr[oa]s? (?:candidat\w*|perfis|perfil|pessoas?|profissiona\w*)\b[^.!?;]{0,30}\b(?:responde|respondem|respondia|"
        r"correspond\w*|(?:se )?adequa\w*|(?:se )?ajusta\w*|(?:se )?enquadra\w*|(?:se )?encaixa\w*|atende\w*|serve|servem|"
        r"(?:se )?alinha\w*) melhor\b"),
    # the reader as a clitic before the auxiliary: "não te vamos poder oferecer", "não lhe iremos chamar para a fase seguinte"
    fam("gramática: não te vamos poder oferecer", 4.0, ("nao te ", "nao lhe ", "nao vos ", "nao o ", "nao a ", "nao vamos ",
                                                          "nao iremos ", "nao podemos ", "nao poderemos ",
                                                          "nao conseguimos ",
                                                          "nao conseguiremos "),
        r"\bnao (?:te|lhe|vos) (?:vamos|iremos|podemos|poderemos|conseguimos|conseguiremos|vai ser possivel|foi possivel|"
        r"sera possivel|e possivel)(?: poder| conseguir)? (?:contrat|aprov|admit|ofere?c|propor|integr|selecion|escolh|inclu|"
        r"indic|encaminh|encaix|consider|aproveit|"
        r"fazer (?:uma |a )?(?:proposta|oferta)|(?:cham|convoc|convid)\w*\b[^.!?;]{0,25}\b(?:entrevista|proxima|fase|etapa|"
        r"seguinte|vaga))",
        # Brazilian order, the clitic after the auxiliary: "não vamos te indicar ao cliente", "não vamos lhe chamar para a etapa"
        r"\bnao (?:vamos|iremos|podemos|poderemos|conseguimos|conseguiremos)(?: poder| conseguir)? (?:te|lhe) (?:contrat|aprov|admit|"
        r"ofere?c|propor|integr|selecion|escolh|inclu|encaix|consider|aproveit|"
        r"(?:cham|convoc|convid)\w*\b[^.!?;]{0,25}\b(?:entrevista|proxima|fase|etapa|seguinte|vaga)|"
        # an agency not putting the reader forward: "não vamos te indicar (ao cliente / para a vaga)."
        r"(?:indic|encaminh|apresent|submet)\w*(?:(?=[.!;])| (?:a|ao|para o|para a|a esta|para esta) (?:cliente|empresa|gestor|"
        r"gestora|vaga|processo|posicao|entrevista)))",
        # "o / a" stand for the reader only when a stage or the role follows: "não a vamos considerar para as próximas fases"
        r"\bnao (?:o|a) (?:vamos|iremos|podemos|poderemos|conseguimos|conseguiremos)(?: poder| conseguir)? (?:contrat|selecion|"
        r"escolh|inclu|indic|encaminh|consider|aproveit|admit|cham|convoc|convid)\w*\b[^.!?;]{0,30}\b(?:vaga|fase|etapa|posicao|"
        r"funcao|cargo|lugar|processo|proxima|entrevista)"),
    # the reader no longer in the running: "você não está mais concorrendo", "deixou de estar em consideração"
    fam("gramática: já não concorre", 4.0, ("concorr", "particip", "consideracao", "disputa", "ativa", "valida"),
        r"\b(?:sua|tua) candidatura\b[^.!?;]{0,15}\b(?:nao (?:esta|se encontra|estara) mais|ja nao (?:esta|se"
        r" encontra)) "
        r"(?:ativa|valida|em analise|em consideracao)\b",
        r"\b(?:voce|tu|v\. exa|(?:sua|tua) candidatura)\b[^.!?;]{0,15}\b(?:nao|ja nao) (?:esta|estas|segue|segues|continua|continuas|"
        r"se encontra) (?:mais )?(?:concorrendo|a concorrer|participando|a participar|em consideracao|na disputa)\b",
        r"\b(?:voce|tu|v\. exa|(?:sua|tua) candidatura)\b[^.!?;]{0,15}\bdeix(?:ou|aste|a) de (?:concorrer|participar|estar em "
        r"consideracao)\b"),
    fam("gramática: sem parecer favorável", 4.0, ("favorav", "positiv"),
        r"\bnao (?:obteve|obtiveste|teve|tiveste|recebeu|mereceu) (?:o |um )?(?:parecer|resultado|avaliacao|decisao|feedback) "
        r"(?:favoravel|positiv)"),
    fam("gramática: a nossa decisão foi não avançar", 4.0, ("decisao", "opcao", "escolha", "resposta", "parecer", "contigo", "consigo", "despacho",
                                                            "retorno",
                                                            "feedback", "devolutiva",
                                                            "com voce"),
        r"\b(?:(?:decisao|opcao|escolha)(?: final)? (?:foi|e|passou por) (?:a de |de |por )?|(?:tom(?:amos|ei|ou|aram)|foi tomada) "
        r"a (?:\w+ )?decisao de )nao (?:avancar|seguir|prosseguir|continuar|"
        r"dar seguimento|dar continuidade|contratar|selecionar|contar)\b"
        # ... ending there, or with the reader as object (not "não avançar com a mudança de escritório")
        r"(?=[.!;,]|$| (?:neste momento|no momento|desta vez|dessa vez|por agora|por enquanto|(?:nesta|nessa) (?:fase|etapa))\b|"
        r" (?:com )?(?:(?:a|o) )?(?:sua|tua|seu|teu|voce|contigo|consigo|v\. exa)\b)",
        # "a resposta é negativa", "o parecer foi desfavorável" (not "resultado": a medical test's result is negative too)
        r"\b(?:(?:resposta|decisao|parecer|feedback|devolutiva)(?: final| do cliente| da empresa| do juri| da equipa| da"
        r" equipe)?|retorno (?:do cliente|da empresa|do gestor|da gestora|da equipa|da equipe|do recrutador|da recrutadora)) "
        r"(?:(?:e|foi|sera) (?:infelizmente )?(?:negativ|desfavorav)|nao (?:e|foi|sera) (?:positiv|favoravel))",
        # ... or not given as positive: "a empresa não deu um retorno positivo sobre a sua candidatura"
        r"(?<!ainda )(?<!agora )(?<!momento )\bnao (?:deu|deram) (?:um |uma |o |a )?(?:retorno|feedback|resposta|parecer|"
        r"devolutiva) (?:positiv|favoravel)",
        # "infelizmente a resposta é não", "a resposta foi não desta vez" (not an FAQ's "a resposta é não.", nor
        # "a resposta é não: não temos estacionamento")
        r"\binfelizmente,? (?:a )?(?:nossa )?resposta (?:e|foi|sera) (?:um )?nao(?:,? (?:desta|dessa) vez)?(?=[.!]|$| "
        r"(?:para|pra) (?:a |o )?(?:vaga|funcao|posicao|cargo|sua|tua|voce|ti|si)\b)|"
        r"\bresposta (?:e|foi|sera) (?:um )?nao,? (?:desta|dessa) vez\b",
        # ... with the process or the application named in between: "a resposta do cliente à tua candidatura foi negativa"
        r"\b(?:resposta|decisao|parecer)\b[^.!?;]{0,40}?\b(?:candidatura|perfil|processo|cliente|empresa|juri|gestor\w*|vaga|"
        r"entrevista)\b[^.!?;]{0,30}\b(?:e|foi|sera) (?:infelizmente )?(?:negativ|desfavorav)",
        # "a candidatura foi objeto de decisão desfavorável / de despacho de exclusão"
        r"\b(?:objeto|objecto|alvo) de (?:uma )?(?:decisao|parecer|despacho|deliberacao) (?:final )?(?:desfavoravel|negativ|de exclusao|"
        r"de indeferimento|de nao admissao)",
        # "já tomámos a decisão e não será contigo desta vez"
        r"\bnao (?:sera|vai ser|foi) (?:contigo|consigo|com voce)(?:,? (?:desta|dessa|esta|essa) vez\b|(?=[.!;]))"),
    fam("gramática: não é o perfil que procuramos", 4.0, ("procura", "busca", "precisa", "pretend"),
        r"\bnao (?:e|era|sera|seria) (?:bem |exatamente )?(?:o|um) (?:perfil|candidat\w*|profissional|pessoa) (?:que|de que) "
        r"(?:procuramos|buscamos|precisamos|pretendemos|procuravamos|buscavamos|precisavamos)",
        # ... said the other way round: "o perfil procurado é outro", "o perfil que buscamos é diferente"
        r"\bperfil (?:procurado|pretendido|buscado|que (?:procuramos|buscamos|pretendemos|procuravamos|buscavamos)) "
        r"(?:e|era|sera) (?:outro|diferente|distinto)\b"),
    fam("gramática: decidimos não preencher a vaga", 3.5, ("nao preencher", "nao abrir", "nao manter", "nao avancar com"),
        r"\b(?:decidimos|resolvemos|optamos por|vamos|iremos|decidiu|resolveu|optou por) nao (?:preencher|abrir|manter|avancar com) "
        r"(?:a|o|esta|este|essa|esse) (?:vaga|posicao|cargo|funcao|lugar|recrutamento|processo)\b"),
    fam("gramática: não chegou à fase final", 4.0, ("chegou", "chegaste", "transit", "progred"),
        # the reader or their application as the subject, or nothing after the stage ("não chegou à fase final o projeto")
        r"\b(?:candidatura|perfil|nome|curriculo|cv|voce|tu|v\. exa)\b[^.!?;]{0,30}\bnao (?:chegou|chegaste|transitou|transitaste|"
        r"progrediu|progrediste) (?:a|ao|as|aos|para a|para o|ate a|ate ao) (?:\w+ )?(?:fase|etapa|entrevista|lista|proxima|seguinte|"
        r"final|shortlist)",
        r"\bnao (?:chegou|chegaste|transitou|transitaste|progrediu|progrediste) (?:a|ao|as|aos|para a|para o|ate a|ate ao) "
        r"(?:\w+ )?(?:fase|etapa|entrevista|lista|proxima|seguinte|final|shortlist)(?: \w+)?[.!;]"),
    fam("gramática: concluído com a admissão de outro", 4.0, ("com a admissao", "com a contratacao", "com a selecao", "com a escolha",
                                                              "com a integracao", "com a entrada", "sem selecao", "sem a selecao",
                                                              "sem aprovacao", "sem a aprovacao", "sem escolha", "sem contratacao",
                                                              "sem a sua", "sem a tua", "sem sua", "sem tua",
                                                              "com a aprovacao"),
        rf"\b(?:(?:concluid|encerrad|fechad|finalizad|terminad)[oa]|(?:conclu|encerr|fech|finaliz|termin)(?:imos|amos|iu|ou|"
        rf"iram|aram)\b[^.!?;]{{0,60}}) com a (?:admissao|contratacao|selecao|escolha|entrada|"
        rf"integracao|aprovacao) "
        rf"(?:de |do |da )?{_PT_SOMEONE}",
        # "a oportunidade foi encerrada sem seleção do seu perfil"
        r"\b(?:encerrad|concluid|finalizad|terminad)[oa] sem (?:a )?(?:selecao|aprovacao|escolha|contratacao) d[oa] (?:seu|teu|sua|tua) "
        r"(?:perfil|candidatura|nome|curriculo|cv|processo)\b",
        # ... the possessive before the noun: "o processo foi concluído sem a sua seleção"
        r"\b(?:encerrad|concluid|finalizad|terminad)[oa] sem (?:a )?(?:sua|tua) (?:selecao|contratacao|admissao)\b"),
    fam("gramática: não faz sentido avançarmos", 4.0, ("sentido",),
        r"\bnao (?:faz|fara|fazia|faria) sentido (?:avancar|avancarmos|seguir|seguirmos|prosseguir|prosseguirmos|continuar|"
        r"continuarmos)\b(?: (?:com )?(?:a |o )?(?:sua|tua|seu|teu) (?:candidatura|processo|perfil)\b| (?:contigo|consigo|com voce|"
        r"juntos)\b|(?: (?:neste momento|agora|por agora|no momento))?[.!;,])"),
    fam("gramática: não é elegível", 4.0, ("elegiv", "considerou", "consideramos", "consideraram", "julgou", "julgamos"),
        r"\bnao (?:o|a|te|lhe|os|as) (?:considerou|consideramos|consideraram|julgou|julgamos|julgaram) (?:apt|adequad|elegivel|"
        r"qualificad|habilitad)\w*(?:\([ao]\))?(?=[.!;,]| (?:para|na|no|a|ao|em) (?:a |o )?(?:fase|etapa|vaga|funcao|cargo|posicao|"
        r"lugar|proxima|entrevista|prova|procedimento|concurso|seguinte|exercicio)\b)",
        r"\bnao (?:e|es|foi|foste|sera|esta) (?:considerad[oa]s?(?:\([ao]\))? )?(?:elegivel|admissivel)\b",
        r"\bnao (?:considerou|consideramos|consideraram|considerou-se) (?:a |o )?(?:sua|tua|seu|teu) (?:candidatura|perfil) "
        r"(?:elegivel|admissivel|adequad|apt)"),
    fam("gramática: falta experiência para avançar", 3.5, ("falta",),
        r"\bfalta(?:-lhe|-te|va|-nos)? (?:\w+ ){0,3}?(?:experiencia|conhecimento|formacao|senioridade|maturidade|fluencia)\b"
        r"[^.!?;]{0,40}\b(?:para|pra) (?:avancar|seguir|prosseguir|continuar|(?:esta|essa|a) (?:vaga|funcao|posicao|fase|etapa))\b"),
    fam("gramática: não será possível a sua integração", 4.0, ("possivel", "permit", "possibilit"),
        r"\bnao (?:permitiu|permite|permitem|permitiram|permitira|permitirao|possibilitou|possibilita|possibilitam) (?:o (?:seu|teu) (?:recrutamento|provimento|ingresso|avanco)|"
        r"(?:a )?(?:sua|tua) (?:(?:passagem|progressao|avanco|transicao) "
        r"(?:a|ao|para a|para o|as) (?:\w+ )?(?:fase|etapa|entrevista|proxima)|continuidade|admissao|selecao|continuacao|"
        r"integracao|contratacao))\b",
        r"\bnao (?:nos )?(?:e|foi|sera|vai ser|seria) possivel (?:a |o )?(?:sua|tua|seu|teu) (?:integracao|contratacao|admissao|selecao|"
        r"continuidade|entrada|recrutamento|passagem|avanco)\b"),
    fam("gramática: perfil acima do que a vaga pede", 3.5, ("acima d", "alem d", "demasiado", "sobrequalific", "sobre-qualific",
                                                          "overqualified", "excessivamente"),
        r"\b(?:perfil|experiencia|curriculo|voce|tu|v\. exa)\b[^.!?;]{0,30}(?<!nao )\b(?:esta|e|era|estava|parece|pareceu|ficou|fica) "
        r"(?:muito |bem |demasiado |um pouco )?(?:acima|alem) d(?:[ao]s?|aquilo) (?:que|nivel|requisitos|exigid|pretendid|procurad)",
        r"\b(?:perfil|experiencia|curriculo|voce|tu|v\. exa)\b[^.!?;]{0,30}(?<!nao )\b(?:e|era|sera|seria|esta|parece) (?:demasiado|muito|"
        r"excessivamente) (?:senior|experiente|qualificad[oa]|avancad[oa]) (?:para|pra)\b",
        r"\b(?:sobrequalificad|sobre-qualificad|overqualified)"),
    fam("gramática: dada como não admitida / preenchida", 4.0, ("dad",),
        r"\b(?:foi|foram|esta|ficou) dad[oa]s? (?:como|por) (?:nao admitid|excluid|encerrad|preenchid|inapt|reprovad|"
        r"eliminad|"
        r"desistent|"
        r"nao selecionad|nao aprovad|improcedente|indeferid)"),
    fam("gramática: não foste bem-sucedido na entrevista", 4.0, ("sucedid",),
        r"\bnao (?:foi|foste|foram|sera|tem sido) bem[- ]?sucedid[oa]s?(?:\([ao]\))? (?:na|no|nas|nos|em) (?:\w+ )?(?:entrevista|prova|"
        r"teste|avaliacao|etapa|fase|processo|selecao|candidatura|dinamica|recrutamento)",
        # ... or the agency, with the reader's application: "não fomos bem-sucedidos com a sua candidatura junto do cliente"
        r"\bnao (?:fomos|conseguimos ser) bem[- ]?sucedid[oa]s? com (?:a )?(?:sua|tua) candidatura\b"),
    fam("gramática: cancelou o processo / não vai contratar", 3.5, ("cancel", "anul", "congel", "encerr", "fech", "contratar",
                                                                   "recrutar", "preencher", "sem contratac"),
        # (not "encerrámos o processo de avaliação de desempenho", not "fechámos a vaga com você!")
        r"\b(?:cancel|anul|congel|encerr|fech)(?:ou|amos|aram|ei) (?:o processo(?! de (?!recrutamento|selecao))|a vaga|o recrutamento|"
        r"a posicao|a selecao)\b(?![^.!?;]{0,40}\b(?:com sucesso|(?:com|para|por) (?:voce|si|ti)\b))",
        r"\b(?:decidimos|decidiu|resolvemos|optamos por|tivemos de|tivemos que) (?:cancelar|encerrar|fechar|suspender|"
        r"congelar) "
        r"(?:o processo(?! de (?!recrutamento|selecao))|a vaga|o recrutamento|a posicao|a selecao)\b"
        r"(?![^.!?;]{0,40}\b(?:com sucesso|com a (?:sua|tua) (?:contratacao|admissao)|(?:com|para|por) (?:voce|si|"
        r"ti)\b))",
        r"\bnao (?:vai|vamos|iremos|ira|vao) (?:mais )?(?:contratar|recrutar|preencher)\b[^.!?;]{0,20}\b(?:a|esta|essa|para a|"
        r"para esta|para essa) (?:vaga|posicao|funcao)\b",
        # a bare decision not to hire, at the clause's end: "a empresa optou por não contratar neste momento"
        r"\b(?:optou|optaram|optamos|decidiu|decidiram|decidimos|resolveu|resolveram|resolvemos) (?:por )?nao (?:contratar|"
        r"preencher|recrutar)(?: (?:ninguem|a vaga|a posicao|para (?:a|esta|essa) (?:vaga|posicao|funcao)))?(?: (?:neste momento|"
        r"no momento|de momento|por agora|por ora|por enquanto|agora|este ano|este semestre))?(?=[.!;,]|$)",
        # the opening closed with nobody hired: "a vaga para a qual você se candidatou foi encerrada sem contratação"
        r"\b(?:vaga|processo|posicao|oportunidade|recrutamento)\b[^.!?;]{0,60}\b(?:foi |sera |esta )?(?:encerrad|finalizad|fechad|"
        r"cancelad|concluid)[ao] sem (?:contratacao|contratacoes|preenchimento|admissao)\b"),
    fam("gramática: a vaga já tem dono", 3.5, ("dono", "dona", "titular", "ocupante", "ja tem"),
        r"\b(?:vaga|posicao|lugar|cargo|funcao)\b(?! de (?:estacionamento|garagem|parque|creche|escola))[^.!?;]{0,40}\bja "
        r"(?:tem|encontrou|ganhou) (?:o seu |um |uma |a sua )?"
        r"(?:dono|dona|titular|ocupante)\b",
        r"\b(?:vaga|posicao|lugar|cargo|funcao)\b[^.!?;]{0,40}\bja tem (?:uma pessoa|alguem|um candidato|uma candidata|"
        r"um profissional|uma profissional) (?:contratad|selecionad|escolhid)[oa]\b"),
    fam("gramática: a candidatura ficou sem efeito", 4.0, ("sem efeito",),
        r"\b(?:candidatura|processo|participacao|proposta|oferta|recrutamento|procedimento)\b[^.!?;]{0,40}\b(?:fica|ficou|"
        r"ficara|e dada|foi dada|sera dada|"
        r"foi considerada|fica considerada|e considerada) sem efeito\b"),
]





# Words that make a mail job mail in Portuguese (internships, apprentices, public competitions, hiring freezes).
# a post named by an office or school title ("Lugar de Assistente de Comunicação", "o lugar de auxiliar de ação
# educativa"; not "em lugar de", instead of): job context, and unmistakably a post
_PT_OFFICE_POST = (r"(?<!em )(?<!no )(?:lugar|posto) de (?:assistente|auxiliar|secretari[oa]|administrativ[oa]|coordenador|gestor|"
                   r"diretor|professor|docente|animador|monitor|escriturari[oa]|tesoureir[oa]|bibliotecari[oa]|psicolog[oa])\w*")
JOB_WORDS = (r"processos seletivos|(?:gestor|gestora) da (?:area|vaga)\b|(?:diretor|diretora|direcao|gestor|gestora|departamento|equipa|equipe|area|"
             r"coordenador|coordenadora|head|business partner) de (?:pessoas|gente|talentos?)|estagi\w*|aprendiz|aprendizes|contratac(?:ao|oes)|recrutador(?:a|es|as)?|"
             r"procedimentos? concursa\w*|posto de trabalho|portefolio|carta de motivacao|oferta de emprego|"
             r"(?:banco|base|bolsa|comunidade) de talentos|vagas|"
             # Brazilian recruiters' word for fit: "perfil aderente à vaga", "o mais aderente para esta oportunidade"
             r"mais aderente|aderente (?:ao perfil|a vaga|a oportunidade)|aderencia (?:ao perfil|a vaga)|"
             # public competitions (not "concurso de ideias / fotografia"): "concurso público", "concurso externo de ingresso"
             r"concursos? (?:publicos?|extern[oa]s?|intern[oa]s?|de ingresso|de acesso|de admissao)|"
             r"provas? de conhecimentos|"
             # Brazilian selection stages and startup recruiters' fit: "a dinâmica de grupo", "o fit cultural"
             r"dinamicas? de grupo|fit cultural|culture fit|fit com (?:o|a) (?:time|equipe|equipa|cultura)|"
             # a trial period at work (BR "efetivação" ends it with a contract)
             r"periodo de experiencia|efetivacao|"
             r"(?:excluid|admitid|eliminad)[oa]s?(?:\([ao]\))? (?:d[oa]|a[o]?) procedimento\b|"
             # a job title in the form letters' "(a)" convention: "processo para Coordenador(a) Pedagógico(a)"
             r"(?:coordenador|diretor|supervisor|tecnico|engenheiro|enfermeiro|operador|vendedor|consultor|programador|"
             r"desenvolvedor|secretario|advogado|contador|farmaceutico|psicologo|cozinheiro|rececionista|recepcionista|"
             r"administrativo|pedagogico|auxiliar|assistente|estagiario|promotor|redator|designer)\(a(?=\))|"
             # a post named by its trade (pt-PT "o lugar de designer", "o posto de motorista")
             r"(?:lugar|posto) de (?:um[a]? )?(?!estudante)" + _PT_TRADE + "|" + _PT_OFFICE_POST + "|"
             # ... or the selection for it: "o processo de Analista", "a seleção para Motorista"
             r"(?:processo (?:seletivo )?|selecao |recrutamento )(?:de|para) (?:(?:a vaga|o cargo|a funcao) de )?(?!estudante)"
             + _PT_TRADE + "|"
             + _PT_WE_CHOSE_OTHER)

# Words that name a post unmistakably (the shared list has the singular "vaga" only): the plural of a job board's "vagas",
# an internship, a hiring round ("congelou as novas contratações"), a selection stage of Brazilian recruiting.
STRONG_WORDS = (_PT_OFFICE_POST + r"|vagas(?! (?:de|do|da|para|no|na|em)(?: (?:a|o|as|os))? (?:voluntari|natacao|hidroginastica|ballet|bale|judo|"
                r"karate|futebol|escolinha|musculacao|pilates|ioga|yoga|turmas?|modalidade|catequese|estacionamento|garagem|parque|creche|quarto|turma|curso|"
                r"formacao|aula|evento|festival|residencia|alojamento|acampamento|colonia|campo de ferias|workshop|webinar|congresso|"
                r"seminario|palestra|excursao|viagem|ginasio|academia))|estagios?|contratacoes|dinamicas? de grupo|periodo de experiencia|"
                r"contratacao d[eo] (?:outr[oa]|um[a]?) (?:pessoa|candidat\w*|profissional|colaborador\w*)")

# Ways of naming the reader's own application in Portuguese (formal "V. Exa.", participation, process).
# (Portuguese forms only: Spanish also writes "seguir contigo")
YOURS_WORDS = (r"(?:avancar|prosseguir) (?:com voce|contigo|consigo)|(?:seguir|continuar) (?:com voce|consigo)|"
               r"(?:avancar|prosseguir|seguir|continuar) (?:adiante|em frente) (?:com voce|contigo|consigo)|"
               # "o tempo que dedicou à entrevista", "o esforço que investiste no processo"
               r"(?:dedicou|dedicaste|investiu|investiste) (?:a|ao|as|aos|n[ao]s?) (?:nossa |nosso )?(?:entrevista|"
               r"processo|"
               r"candidatura|etapas?|prova|teste|desafio)|"
               # the reader's own score: "informamos que obteve a classificação de 8,7 valores"
               r"(?:obteve|obtiveste) (?:a |uma )?(?:classificacao|pontuacao|nota) (?:de|final)|"
               # ... or as the one left out of those chosen: "como você não está entre elas"
               r"(?:voce|tu|v\. exa\.?) (?:infelizmente )?nao (?:esta|estas|ficou|ficaste|figura|figuras|consta|"
               r"constas) entre|"
               # a tu-form preterite is the reader: "não passaste nesta fase", "não foste selecionada"
               r"ficaste de fora|"
               r"nao (?:foste|ficaste|passaste|avancaste|seguiste|atingiste|obtiveste|chegaste|conseguiste)\b|v\. exa|(?:dar-te|dar-lhe|dar-vos|te dar|lhe dar|dar a voce) (?:uma |um |o |a )?(?:resposta|retorno|"
               r"feedback|devolutiva)|procedimento concursal (?:para|de|ref)|v\. ex\.a|v\. ?sa|(?:sua|tua) participacao|(?:seu|teu) processo (?:seletivo|de (?:recrutamento|selecao))|"
               r"(?:seu|teu) portefolio|candidatura espontanea|(?:voce )?se candidatou|candidatou-se|te candidataste|"
               r"(?:a que|para a qual|para o qual|ao qual|a qual) (?:voce |tu |v\. exa\.? )?(?:concorreu|concorreste|se inscreveu|"
               r"te inscreveste)|"
               # the reader's name on (or off) a list of those chosen: "o seu nome não consta entre os aprovados"
               r"(?:seu|teu) nome (?:nao )?(?:consta|figura|aparece|entrou)|"
               # thanks for taking part: "obrigada por participar do processo seletivo"
               r"(?:obrigad[oa]|agradecemos|agradeco) (?:a voce |a ti )?por (?:ter )?(?:participado|participar) (?:d[oe]|n[oa]) "
               r"(?:nosso )?processo (?:seletivo|de (?:selecao|recrutamento))|"
               # pt-PT formal thanks: "agradecemos o interesse manifestado / demonstrado"
               r"agradecemos o interesse (?:manifestado|demonstrado)|"
               # the reader's own hiring: "decidiu não prosseguir com a sua contratação"
               r"(?:seguir|seguiremos|seguimos|avancar|avancaremos|prosseguir|prosseguiremos|continuar|continuaremos) com (?:a )?"
               r"(?:sua|tua) (?:contratacao|admissao)|"
               # thanks for sending the CV: "valeu por mandar o CV", "obrigado pelo envio do currículo"
               r"(?:por (?:nos )?(?:mandar|enviar|ter mandado|ter enviado)|pelo envio d[oe]) (?:o )?(?:seu |teu )?(?:cv|curriculo)"
               r"(?! d[aoe]s? )|"
               # "você era um dos finalistas": the reader's candidacy, named by its place in the process
               r"(?:voce|tu|v\. exa\.?) (?:era|eras|estava|estavas|esteve|estiveste|foi|foste|ficou|ficaste) "
               r"(?:entre (?:os|as)|(?:um|uma) d[oa]s) (?:\w+ )?(?:finalistas|candidat\w*|melhores)|"
               # ... or as the subject of the outcome: "você não foi selecionado(a)", "tu não ficaste"
               r"(?:voce|tu|v\. exa\.?|v\. ex\.a) (?:infelizmente )?nao (?:foi|foste|ficou|ficaste|passou|passaste|atingiu|atingiste|"
               r"obteve|obtiveste)|" + _PT_WE_CHOSE_OTHER)

# Portuguese look-alikes. A condition still open ("caso não realize a prova ...", "se não tiver retorno em 30 dias,
# considere ..."), HR writing to the reader as interviewer about a named candidate, and news about a third person.
_PT_IF = r"\b(?:caso|se) (?:voce |o senhor |a senhora |v\. exa\.? |tu |(?:o|a|os|as) [a-z]+ (?:(?:de|do|da|dos|das) [a-z]+ )?)?nao "
LOOKALIKES: list[Family] = [
    fam("look-alike: a condition still open (pt)", -4.0, ("caso ", "se nao", "se voce", "se o ", "se a ", "se os ", "se as ",
                                                          "se tu", "se v. exa", "senao", "contrario", "antes de",
                                                          "enquanto nao"),
        r"\b(?:se nao|senao|caso contrario|do contrario)[,:]",
        r"\b(?:se|caso) (?:o |a )?[a-z]+ (?:\w+ )?(?:declinar|recusar|rejeitar|reprovar|descartar|indeferir|decidir"
        r" nao)\b",
        # (personal infinitives and "enquanto não": Portuguese only, Spanish also writes "antes de enviar")
        r"\b(?:antes de|enquanto nao|sem antes) (?:recebermos|termos|vermos|tivermos|(?:voce |tu )?(?:nos )?(?:enviares|entregares|"
        r"apresentares|concluires|completares))\b|\benquanto nao (?:nos )?(?:enviar|entregar|apresentar|concluir|completar|receber)\b",
        _PT_IF + r"(?:\w+ )?(?:tiver|tenha|receber|receba|obtiver|obtenha|houver)\b[^.!?;]{0,40}\b"
        r"(?:retorno|resposta|noticias|contacto|contato|feedback)",
        _PT_IF + r"(?:(?:o|a|os|as|lhe|nos) )?(?:realiz|envi|complet|entreg|conclu|submet|apresent|carreg|anex|fizer|faca|"
        r"confirm|respond|compare|regulariz|atualiz|preench|assin|valid|fornec|"
        r"(?:seja|for|sejam|forem) (?:entregue|enviad|recebid|apresentad|submetid|anexad|concluid|realizad|feit|preenchid|"
        r"finalizad|completad|confirmad|regularizad|assinad|validad)|"
        r"(?:seja|for|formos|sejamos) (?:contactad|contatad))"),
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0,
        ("candidat", "agenda", "avaliacao", "recusa", "negativa", "seguir com el", "eu aviso", "eu informo", "eu comunico",
         "ajuda n", "apoio n", "colaboracao n", "ajuda com", "apoio com", "requisicao", "avisar", "informar",
         "seu time", "teu time", "sua equipa", "tua equipa", "sua equipe", "tua equipe", "seu departamento", "pediu", "pediste",
         "abriu", "abriste", "solicit", "requisit", "reencaminh", "me mand", "me envi", "me pass", "me indic", "me encaminh",
         "comigo", "eu trato", "comunica", "conversa", "anuncio", "avisa", "informa", "contas", "falas", "gestores", "lideres", "chefias", "recrutadores", "colaboradores", "tutores", "requisicoes",
         "dar a noticia",
         "eu falo", "parecer", "scorecard"),
        r"\b(?:o|a) candidat[oa] (?!(?:selecionad|escolhid|ideal|que|mais|final|aprovad|contratad|certo|certa)\b)[a-z]+"
        r"(?: [a-z]+)?,? (?:ja )?nao (?:foi|passou|avancou|seguiu|seguira|avancara|sera|vai|logrou|obteve|conseguiu)\b",
        # a numbered or named candidate's own outcome: "o candidato n.º 12 faltou à prova, pelo que foi excluído"
        r"\b(?:o|a) candidat[oa] (?:n\.?o? ?\d+|(?!(?:selecionad|escolhid|ideal|que|mais|final|aprovad|contratad)\b)[a-z]+)"
        r"(?: [a-z]+)?,? (?:faltou|desistiu|foi excluid|foi eliminad|nao compareceu|nao apareceu)",
        r"\b(?:sua|tua) agenda com (?:ele|ela|o candidato|a candidata)\b",
        # the candidate the reader interviewed or referred: "o candidato que você entrevistou não foi aprovado"
        r"\b(?:o|a) candidat[oa] que (?:voce |tu |o senhor |a senhora )?(?:entrevistou|entrevistaste|indicou|indicaste|"
        r"recomendou|recomendaste|encaminhou|encaminhaste)\b",
        # "os candidatos Paulo e Edson não foram aprovados"
        r"\b(?:os|as) candidat[oa]s (?!(?:selecionad|escolhid|que|mais|finais|aprovad|contratad)\b)[a-z]+ e [a-z]+,? (?:ja )?"
        r"nao (?:foram|passaram|avancaram|seguiram|seguirao|serao|vao)\b",
        # the reader is handed the wording to send: "o texto padrão para candidatos reprovados"
        r"\b(?:texto|modelo|template|e-mail|email|mensagem|resposta)s? (?:padrao |automatic[oa] )?(?:para|aos|as|a enviar aos?) "
        r"(?:os |as )?candidat[oa]s (?:reprovad|nao selecionad|nao aprovad|recusad|eliminad)|"
        r"\b(?:modelo|template|texto padrao) de (?:e-mail |email |mensagem |resposta )?(?:de )?(?:recusa|reprovacao|rejeicao)\b",
        r"\bpela (?:sua |tua )?avaliacao (?:detalhada )?(?:da|do|das|dos) (?:entrevista|candidat)",
        # the reader is asked to pass the refusal on, or to file the other applications
        r"\b(?:mandar|enviar|manda|envia|mande|envie|mandas|envias) (?:a|uma|o) (?:recusa|negativa|resposta negativa|"
        r"e-mail de recusa|feedback negativo) (?:para|a|ao|aos|as)\b",
        # the reader's agency lost to another's candidate: "o cliente optou por outro candidato, não o nosso"; "vamos
        # apresentar mais perfis?"
        r"\boutr[oa] candidat[oa],? (?:e )?nao (?:o|a) (?:nosso|nossa)\b|\b(?:apresentar|enviar|mandar|indicar) mais "
        r"(?:perfis|candidat[oa]s|curriculos|cvs)\b",
        r"\b(?:arquiv|recus|rejeit)\w* (?:as|os) (?:outr[ao]s |restantes |demais )?(?:candidaturas|candidat[oa]s)\b"
        r"(?: (?:restantes|pendentes))?",
        r"(?<!nao )(?<!possivel )\bseguir com (?:ele|ela)\b|\beu (?:aviso|informo|comunico|falo com) (?:a agencia|o recrutador|a recrutadora|"
        r"o candidato|a candidata|os candidatos|as candidatas)\b",
        r"\b(?:os|as) proxim[oa]s (?:\w+ )?candidat[oa]s (?:para|da|do)\b",
        r"\b(?:sua|tua) requisicao (?:de )?(?:vaga|pessoal|contratacao)\b|\brequisicao de pessoal\b|"
        # "você comunica a ela?", "tu avisas o Rui?"
        r"\b(?:voce|tu) (?:comunica|comunicas|avisa|avisas|informa|informas|conta|contas|fala|falas|conversa|conversas)"
        r"(?: isso| a decisao)? "
        r"(?:a ela|a ele|com ela|com ele|para ela|para ele|pra ela|pra ele|(?:o|a) [a-z]+ ?\?)",
        # the reader posted the opening: "podes retirar o anúncio do teu site?"
        r"\b(?:pode|podes|podia|podias|consegue|consegues) (?:retirar|tirar|remover|despublicar) o anuncio\b",
        r"\b(?:cancelar|fechar|encerrar|cancele|feche|encerre) a requisicao\b|\b(?:guardem|segurem|suspendam|cancelem) as "
        r"requisicoes\b",
        # a mail to the hiring side as a group: "Olá gestores", "Caros colaboradores"
        r"\b(?:ola|oi|caros|caras|prezados|prezadas|bom dia|boa tarde),? (?:a todos os |aos )?(?:gestores|lideres|chefias|"
        r"recrutadores|colaboradores|tutores)\b",
        # the reader's own opening: "a vaga que você pediu para o seu time", "a vaga de designer do seu time"
        r"\b(?:vaga|posicao|requisicao)\b(?: de [a-z]+)?(?: que (?:voce|tu) (?:pediu|pediste|abriu|abriste|solicitou|"
        r"solicitaste|requisitou|requisitaste)| d[oa] (?:seu|teu|sua|tua) (?:time|equipa|equipe|departamento))\b",
        # a CV the reader passed on, a candidate the reader interviewed: "o CV que reencaminhaste", "o currículo que me
        # mandou", "por teres entrevistado a Joana comigo", "eu trato do e-mail para ela"
        r"\b(?:cv|curriculo)\b[^.!?;]{0,20}\bque (?:voce |tu )?(?:reencaminh(?:ou|aste)|me (?:mandou|mandaste|enviou|enviaste|"
        r"passou|passaste|indicou|indicaste|encaminhou|encaminhaste))\b",
        r"\b(?:entrevistad[oa]|entrevistou|entrevistaste) (?:o|a) [a-z]+ comigo\b|\beu trato d[oa] (?:e-?mail|resposta|"
        r"retorno|feedback|contacto|contato)\b",
        r"\b(?:pode|podes|poderia|podias|consegue|consegues) (?:avisar|informar|comunicar a decisao a|dar a noticia a) (?:o|a) "
        r"(?!(?:equipa|equipe|recrutador|recrutadora|rh|recepcao|rececao|portaria)\b)[a-z]+ ?\?",
        # the reader asked to tell the ones not approved: "avise os candidatos não aprovados da vaga até amanhã"
        r"\b(?:avis|inform|comuniqu|comunic|contact|contat|respond|notifiqu|notific)(?:e|es|em|ar|a) (?:a |aos |as |os )?"
        r"(?:tod[oa]s )?(?:os |as )?(?:demais |outros |restantes )?candidat[oa]s (?:nao (?:aprovad|selecionad|classificad)|"
        r"reprovad|eliminad|recusad)",
        r"\bpor (?:ter |teres )?entrevistad[oa] (?:o|a|os|as) (?:\w+ )?candidat",
        # thanked for helping to hire: "obrigada pela ajuda nas entrevistas"
        r"\bpel[ao] (?:sua |tua )?(?:ajuda|apoio|colaboracao) (?:nas|com as|no processo de|na) (?:entrevistas|selecao|recrutamento)\b",
        # ... or supplied them: "não avançar com os três candidatos que você enviou", "a candidata que a sua agência apresentou"
        r"\bcandidat[oa]s? que (?:voce|tu|voces|v\. exa\.?|a (?:sua|tua|vossa) (?:agencia|empresa|consultoria|consultora|"
        r"recrutadora|equipa|equipe)) "
        r"(?:nos )?(?:enviou|enviaste|enviaram|apresentou|apresentaste|apresentaram|indicou|indicaste|mandou|mandaste|"
        r"encaminhou|encaminhaste|entrevistou|entrevistaste|submeteu|submeteste)\b",
        # ... or the sender's own candidate, put to the reader as the client: "o candidato que enviámos"
        r"\bcandidat[oa]s? que (?:lhe |te |vos )?(?:enviamos|apresentamos|indicamos|encaminhamos|submetemos)\b",
        r"\b(?:preench|envi|registr|regist)\w* (?:o )?(?:seu|teu) (?:parecer|scorecard|feedback sobre (?:o|a) candidat)"),
    fam("look-alike: an incomplete application (pt)", -4.0, ("sem ", "reenvi", "envie novamente", "novamente", "reativ", "retom",
                                                             "formato", "ficheiro", "arquivo", "anexo", "para concluir",
                                                             "para completar", "para finalizar"),
        r"\b(?:formato|ficheiro|arquivo|anexo)s? (?:invalido|nao suportado|corrompid[oa]|ilegivel|em falta)\b|"
        r"\bpara (?:concluir|completar|finalizar) a (?:sua |tua )?(?:candidatura|inscricao)\b",
        r"\bsem (?:o|a|os|as|este|esta|estes|estas|esse|essa|esses|essas|seu|sua|seus|suas|teu|tua) (?:\w+ )?"
        r"(?:documento|certificado|comprovativo|comprovante|formulario|ficheiro|arquivo|diploma|registo|registro|portefolio|portfolio|"
        r"curriculo|cv|carta de motivacao|referencias)s?\b",
        # asked to send again or to reopen it: the application is not decided
        r"\b(?:reenvie|reenviar|reenvia|volte a enviar|voltar a enviar|envie novamente|submeta novamente|reative\w*|"
        r"(?:pode|podes|podera|poderas|basta) reativ\w*|"
        r"retomar (?:a sua|a tua|sua|tua) candidatura)\b",
        # "sem ele não poderemos avançar": a missing item still to be sent
        r"\bsem (?:ele|ela|eles|elas|isso|isto|esse documento|esse ficheiro|esse arquivo),? nao (?:\w+ ){0,2}"
        r"(?:avanc|segu|prossegu|continu|consider|analis|avali)"),
    fam("look-alike: the reader's data deleted on request (pt)", -4.0, ("pedido", "solicit"),
        r"\b(?:foi|foram) (?:excluid|eliminad|apagad|removid)\w*\b[^.!?;]{0,40}\b(?:a seu pedido|a (?:sua|tua) pedido|"
        r"conforme (?:solicitado|pedido|(?:a )?sua solicitacao|o seu pedido))",
        r"\b(?:a seu pedido|conforme (?:solicitado|pedido|(?:a )?sua solicitacao|o seu pedido))\b[^.!?;]{0,60}\b(?:foi|foram) "
        r"(?:excluid|eliminad|apagad|removid)"),
    fam("look-alike: the candidacy is said to be still alive", -4.5, ("process", "decisao", "ainda", "analise", "volta", "retornar",
                                                                     "significa", "quer dizer", "implica", "antes de",
                                                                     "mantida", "confirmada", "agendada", "marcada",
                                                                     "mais tempo",
                                                                     "transferid", "movid", "horario", "data ", "hora ",
                                                                     "sugestao", "reagendamento", "remarcacao",
                                                                     "mas a ", "mas o ",
                                                                     "mas nos ", "mas ainda ",
                                                                     "mais alguns dias", "mais uns dias",
                                                                     "temporariamente", "retomad", "verdade",
                                                                     "avaliacao",
                                                                     "entraremos", "daremos", "ativa", "aberta",
                                                                     "valida",
                                                                     "andamento", "curso",
                                                                     "voce segue", "voce avanca", "voce passa", "segues para",
                                                                     "avancas para", "passas para", "interromp", "suspend", "paus",
                                                                     "direto para", "diretamente para", "voce vai ", "tu vais ",
                                                                     "voce ira ", "tu iras ",
                                                                     "retom", "em espera", "normalmente"),
        r"(?<!nao )\b(?:continua|continuas|permanece|permaneces|segue|segues) (?:ainda )?(?:no|em) (?:processo|analise|consideracao)\b",
        # "por isso o seu processo fica em pausa", "manteremos a sua candidatura ativa"
        r"\b(?:seu|teu|o) processo (?:fica|ficara|esta|estara) em (?:pausa|espera|stand-?by)\b|"
        # (not a refused CV kept on file: "manteremos a sua candidatura ativa na nossa base de dados")
        r"(?:\bmant(?:eremos|emos|er) a (?:sua|tua) candidatura ativa\b|"
        r"\b(?:sua|tua) candidatura (?:\w+ )?(?:segue|continua|prossegue) (?:normalmente|ativa|valida|em analise)\b)"
        r"(?![^.!?;]{0,40}\b(?:base de dados|banco de (?:talentos|dados)|bolsa de talentos|talent ?pool)\b)",
        # a pause: "precisamos interromper o seu processo temporariamente", "... por duas semanas"; "retomamos em janeiro"
        r"\b(?:interromp|suspend|paus)\w* (?:o seu |o teu |a sua |a tua )?(?:processo|candidatura|selecao|recrutamento)\b"
        r"[^.!?;]{0,20}\b(?:temporariamente|por (?:duas|tres|quatro|algumas|umas|poucas|\d+) (?:semanas|dias|meses))",
        r"\bretom(?:amos|aremos|ar) (?:o processo |a selecao |as entrevistas )?(?:em|a partir|na|no|depois|apos)\b",
        # the reader goes on while someone else is named: "optamos por outro candidato para a 2.ª entrevista, e você segue
        # para a final"
        # (or skips a stage: "não vamos seguir com a etapa de dinâmica: você vai direto para a entrevista")
        r"(?<!nao )\b(?:voce|tu) (?:segue|segues|avanca|avancas|passa|passas|(?:vai|vais|ira|iras) (?=direto|diretamente|seguir|"
        r"avancar|passar)(?:seguir |avancar |passar )?) ?(?:direto |diretamente )?(?:para|pra) (?:a |o )?"
        r"(?:final|proxima|fase|etapa|entrevista)\b",
        r"\bainda nao (?:tomamos|foi tomada|temos|chegamos a) (?:uma |nenhuma |qualquer )?decisao\b",
        r"\bainda nao (?:chegamos|chegou|chegaram) a (?:fase|etapa|altura|hora) (?:de|da) decis",
        r"\bnao (?:\w+ ){0,3}(?:avancar|seguir|prosseguir|decidir|avancaremos|seguiremos|"
        r"decidiremos)\b[^.!?;]{0,40}\bantes de "
        r"(?:conhecer|entrevistar|ouvir|falar com|receber|terminar|concluir|fechar|termos|recebermos|conhecermos|"
        r"entrevistarmos)\b",
        # "isto não significa que a sua candidatura foi rejeitada" (a silence or a delay explained)
        r"\b(?:isto|isso|o silencio|este silencio|a demora|o atraso) nao (?:significa|quer dizer|"
        r"implica) que (?:a )?(?:sua|tua) "
        r"candidatura (?:foi|tenha sido|esteja|esta) (?:rejeitad|recusad|reprovad|eliminad|excluid|descartad|encerrad)",
        # "ainda não fechámos o processo", "a decisão só será tomada depois", "todas as candidaturas permanecem ativas"
        r"\bainda nao (?:fechamos|decidimos|escolhemos|concluimos|encerramos|selecionamos|definimos)\b",
        # "ainda não avançámos com a sua candidatura porque...", "ainda não demos seguimento"
        r"\bainda nao (?:avancamos|seguimos|prosseguimos|demos (?:seguimento|continuidade|andamento|sequencia))\b",
        r"\b(?:suspens|pausad|congelad|parad|interrompid)[oa] temporariamente\b|\bassim que (?:o processo )?(?:for|seja|estiver) retomad",
        # "(ela) ainda está em avaliação", "não é verdade que o processo foi encerrado"
        r"\bainda (?:esta|estao|se encontra|continua|segue) em (?:avaliacao|analise|consideracao|andamento|aberto)\b",
        r"\bnao e verdade que\b",
        r"\bainda nao (?:foi|foram|esta|estao) (?:aprovad|decidid|fechad|definid|tomad|concluid|analisad|avaliad)",
        r"\bmas (?:a equipa|a equipe|o time|o recrutador|a recrutadora|nos|ainda) (?:vai|vamos|ira|iremos|esta a|estamos a|esta) "
        r"(?:analis|avali|rever|olhar)\w*",
        r"\b(?:horario|data|hora|sugestao|reagendamento|remarcacao)\b[^.!?;]{0,40}\bnao (?:foi|foram|esta|e) (?:aceit|aprovad|"
        r"possivel|disponivel|conveniente)",
        # "a sua candidatura foi transferida para a nova vaga"
        r"\b(?:candidatura|perfil|curriculo|cv)\b[^.!?;]{0,20}\b(?:foi|sera|vai ser) (?:transferid|movid)[oa] (?:para|a|na|no)\b"
        # (not to a verdict's column: "movida para a etapa 'Não aprovados'")
        r"(?! (?:a |o )?(?:(?:etapa|fase|coluna|lista|pasta|status|estado) )?[\"']?(?:nao |reprov|recus|rejeit|elimin|descart))",
        r"\b(?:precisamos|necessitamos|vamos precisar) de mais (?:algum )?(?:tempo|alguns dias|uns dias)\b",
        # "ainda não temos condições de avançar / ainda não podemos avançar": not yet, something is missing
        r"\bainda nao (?:temos|reunimos|estamos em) (?:as )?condicoes\b|\bainda nao (?:podemos|conseguimos|e possivel|foi possivel) "
        r"(?:avancar|seguir|prosseguir|dar seguimento)\b",
        r"\bdecisao (?:final )?(?:so )?(?:sera|vai ser|devera ser) tomada\b",
        r"\b(?:todas )?(?:as|estas|essas) candidaturas (?:\w+ )?(?:permanecem|continuam|seguem|mantem-se|se mantem) "
        r"(?:ativas|abertas|validas|em (?:analise|consideracao|andamento))\b",
        r"\bnao (?:foi )?(?:ainda )?tomada (?:qualquer|nenhuma) decisao\b",
        # the reader's (other) application said to go on, a few words after naming it
        r"\b(?:sua|tua) candidatura\b[^.!?;]{0,60}\b(?<!nao )(?:segue|continua|permanece|mantem-se|se mantem)(?: ainda| bem)?"
        r"(?: (?:ativa|aberta|valida|normalmente|em (?:andamento|analise|avaliacao|consideracao|curso)|no processo)\b|"
        r"(?: de pe)?(?= ?[.!]))"
        # (not a refused CV kept on file: "permanece ativa na nossa base de dados para futuras oportunidades")
        r"(?![^.!?;]{0,40}\b(?:base de dados|banco de (?:talentos|dados)|bolsa de talentos|talent ?pool|futur[oa]s "
        r"(?:oportunidades|vagas|processos))\b)",
        # "we'll get back to you next week": the process goes on with the reader in it
        r"\b(?:volt(?:amos|aremos) a falar|retornaremos|entraremos em conta(?:c)?to|daremos noticias)\b[^.!?;]{0,30}\b"
        r"(?:na proxima|em breve|ate (?:a |o )?(?:proxima|final|fim|dia)|nos proximos dias|esta semana|semana que vem|"
        r"(?:em|no inicio de|no fim de|no final de|a partir de) (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|"
        r"outubro|novembro|dezembro)|no (?:proximo|inicio do|fim do|final do) (?:mes|ano))",
        r"\b(?:entrevista|conversa|prova|dinamica|reuniao)\b[^.!?;]{0,20}\b(?:esta|fica|continua|segue|mantem-se) "
        r"(?:mantida|confirmada|agendada|marcada)\b"),
    # (own names, not the shared ones: the shared "offer" / "interview" families also name the mail's category)
    fam("look-alike: an interview or test invitation (pt)", -3.0, ("convid", "gostar", "agendar", "marcar", "melhor"),
        r"(?<!nao )(?<!nao vamos )(?<!nao iremos )(?<!nao poderemos )(?<!nao podemos )"
        r"\b(?:convid\w*|gostar(?:iamos|ia) (?:muito )?de (?:te |lhe |o |a )?(?:convidar|agendar|marcar)|"
        r"(?<!nao )(?<!nao vamos )(?<!nao iremos )(?:agendar|marcar))\b[^.!?;]{0,30}\b"
        r"(?:entrevista|conversa|call|reuniao|prova|teste|dinamica|case)\b",
        r"\bqual (?:o )?(?:horario|dia|data) (?:fica|e|seria) melhor\b"),
    # not this role but another one, offered now: "não seguiremos com a vaga de Júnior, mas gostaríamos de te considerar
    # para a vaga de Pleno" (a hedged "poderemos considerar o seu perfil para outras vagas" still closes this one)
    fam("look-alike: another role offered instead (pt)", -4.0, ("considerar", "convid", "apresentar", "propor", "outra vaga",
                                                              "entrevistar", "conhecer", "receber",
                                                              "outra funcao", "outra posicao", "outra oportunidade",
                                                              "nova vaga", "outro cargo", "veja", "confira", "conheca",
                                                              "separamos", "abriu outr", "surgiu outr", "mas quer",
                                                              "mas tenho", "mas temos", "mas ainda", "foi selecionad",
                                                              "foi aprovad", "mas abriu", "mas surgiu", "mas entretanto"),
        r"\bmas (?:\w+ ){0,2}?(?:gostariamos|gostaria|queremos|queriamos) (?:muito )?de (?:te |lhe |o |a |vos )?"
        r"(?:considerar|convidar|apresentar|propor|entrevistar|conhecer|receber)(?:-(?:lo|la|te|lhe))?\b(?:(?!candidat)[^.!?;]){0,40}\b"
        r"(?:outra|outro|(?:para|a) (?:a|o|uma|um) (?:vaga|posicao|funcao|cargo|oportunidade))\b"
        r"(?!(?: \w+)? futur)",  # ("considerá-lo para uma vaga futura": a CV kept, the no stands)
        # the client wants the reader for another post: "..., mas quer você na vaga sênior"
        r"\bmas (?:quer|querem|queremos) (?:voce|te|o seu perfil|o teu perfil|o seu nome|o teu nome|-lo|-la) (?:n[ao]|para (?:a|o)) "
        r"(?:outr[ao] )?(?:vaga|posicao|funcao|cargo)\b",
        r"\bmas (?:ainda )?(?:temos|tenho|ha|existe|existem|surgiu|surgiram|abriu|abriram|abrimos)(?: agora| neste momento| "
        r"entretanto)? (?:uma |um |umas |uns )?(?:outra|outro|nova|novo)s?(?: \w+)?(?: (?:vagas?|posicoes|posicao|funcao|funcoes|"
        r"oportunidades?|cargos?))?\b[^.!?;]{0,60}\b(?:convid|entrevista|conversar|lembr|indic|"
        r"encaixa|(?:perfeit|ideal) para (?:si|ti|voce))",
        # ...or a new opening named by its trade: "a vaga de barista já foi preenchida, mas abriu uma de cozinha e acho
        # que encaixa bem contigo"
        r"\b(?:preenchid|ocupad|fechad)[oa]s?\b[^.!?;]{0,20}, mas (?:entretanto |agora |ja )?(?:abriu|abriram|surgiu|surgiram|"
        r"temos|tenho|ha|existe) (?:agora )?(?:uma|um|outra|outro|nova|novo)\b[^.!?]{0,80}\b(?:encaixa|combina|serve|ideal|"
        r"perfeit[oa])\b",
        # a no for another post, and this one goes on: "não foi aprovado na outra vaga, mas foi selecionado para esta"
        r"\bmas (?:(?!nao\b)\w+ ){0,3}?(?:foi|foste) (?:aprovad|selecionad)\w*(?:\(a\))? para (?:esta|este|a vaga de|o cargo de|a posicao "
        r"de|a outra|o outro)\b",
        # a job board: the posting filled, similar ones shown ("foi preenchida, mas veja estas semelhantes")
        r"\b(?:preenchid|encerrad|fechad)[oa],? mas (?:veja|confira|conheca|temos|separamos|encontramos) (?:estas|essas|outras|"
        r"vagas|\d+)\b"),
    fam("look-alike: an offer (pt)", -4.0, ("prazer", "gosto"),
        r"\btemos o (?:prazer|gosto) de (?:lhe |te )?(?:oferecer|propor|apresentar)(?:-lhe|-te)? (?:a|o|uma|um|nossa|a nossa) "
        r"(?:posicao|vaga|funcao|cargo|lugar|proposta)\b"),
    fam("look-alike: the reader got the role (pt)", -5.0, ("por si", "por voce", "por ti", "escolhemos", "selecionamos", "contratamos",
                                                          "escolhi", "selecionei", "contratei", "aprovei",
                                                          "contigo", "consigo", "com voce",
                                                          "foste", "voce foi", "parabens", "sim", "os outros", "as outras",
                                                          "os demais", "as demais", "os restantes", "as restantes",
                                                          "com a sua", "com a tua", "sua contratacao", "sua admissao",
                                                          "tua contratacao", "tua admissao"),
        # the others were told the role is filled: "os outros candidatos já foram avisados"
        r"\b(?:os|as) (?:outr[oa]s|demais|restantes) (?:candidat[oa]s|finalistas|participantes) (?:ja )?(?:foram|serao|vao ser) "
        r"(?:avisad|informad|notificad|comunicad|contactad|contatad)[oa]s\b",
        # the others were not chosen, the reader was: "os demais candidatos não foram selecionados, mas você sim"
        r"\bmas (?:voce|tu|v\. exa|o seu perfil|o teu perfil|a sua candidatura|a tua candidatura) sim\b",
        r"\bparabens pel[ao] (?:sua |tua )?(?:aprovacao|contratacao|admissao|selecao|escolha)\b",
        r"(?<!nao )\b(?:sua|tua) (?:contratacao|admissao) (?:foi|esta) (?:aprovad|confirmad|aceit)[ao]\b",
        r"\b(?:encerr|conclu|finaliz|fech)\w* (?:o processo|a vaga|a selecao)\b[^.!?;]{0,20}\bcom a (?:sua|tua) (?:contratacao|"
        r"admissao|selecao|aprovacao)\b",
        r"(?<!nao )\b(?:foste|voce foi|v\. exa\.? foi) (?:aprovad|selecionad|escolhid|contratad)[oa](?:\([oa]\))? (?:no|n[ao] nosso) "
        r"(?:processo seletivo|processo de (?:selecao|recrutamento))[.!]",
        r"\b(?:preenchid|ocupad|atribuid)[oa] (?:por|a) (?:si|voce|ti|v\. exa)\b",
        r"\b(?:escolhemos|selecionamos|contratamos|aprovamos|escolhi|selecionei|contratei|aprovei) (?:voce|a senhora|o senhor|"
        r"v\. exa|a sua candidatura|o seu perfil)\b",
        # ("Parabéns, você foi aprovado!": the exclamation right after the word)
        r"(?<!nao )\b(?:foste|voce foi|v\. exa\.? foi) (?:escolhid|selecionad|aprovad|contratad)[oa](?:\([oa]\))?(?: para (?:a|o) "
        r"(?:vaga|posicao|cargo|funcao|lugar)| ?!)",
        # "decidimos avançar consigo!", "vamos seguir com você para a proposta" (not after a negation)
        r"(?<!nao )(?<!nao vamos )(?<!nao iremos )\b(?:avancamos|seguimos|vamos avancar|vamos seguir|queremos avancar|"
        r"queremos seguir|decidimos avancar|decidimos seguir) (?:contigo|consigo|com voce)(?: para (?:a|o) \w+(?: \w+)?)? ?!"),
    fam("look-alike: a rescheduled or moved interview (pt)", -3.0, ("remarc", "adiad", "nova data", "novo horario"),
        r"\bremarc\w*|\b(?:foi|sera|vai ser|esta) adiad[ao]\b(?! (?:sine die|por tempo indeterminado|indefinidamente|"
        r"sem data)\b)|\b(?:nova data|novo horario)\b"),
    # the interview's format changes, not its outcome: "não seguiremos com a entrevista presencial: será online"
    fam("look-alike: the interview's format changed (pt)", -4.0, ("online", "presencial", "remot", "por video", "videochamada",
                                                                  "mesmo horario"),
        r"\b(?:sera|vai ser|passa a ser|passara a ser|decorrera|acontecera|realiza-se|sera realizada|sera feit[ao]|"
        r"faremos|"
        r"vamos fazer|fazemos) (?:online|remot[ao]|presencial|"
        r"por (?:video|videochamada|telefone|teams|zoom|meet))\b|\b(?:no mesmo horario|na mesma hora)\b"),
    fam("look-alike: an invitation to apply (pt)", -3.0, ("candidatar",),
        # a question, not the "candidate-se a outras vagas" of a rejection's closing
        r"\b(?:quer|queres|gostaria de|gostarias de|deseja|desejas|tem interesse em|tens interesse em) (?:se |te )?candidatar"
        r"(?:-se|-te)?(?: (?:a|para) (?:ela|esta|essa|esta vaga|essa vaga))? ?\?"),
    fam("look-alike: a posting the reader saved or viewed (pt)", -4.0, ("que voce", "que tu", "favoritos", "guardad", "salvas"),
        r"\b(?:vagas?|oportunidades?|anuncios?) (?:\w+ ){0,6}?que (?:voce|tu) (?:viu|viste|salvou|salvaste|guardou|guardaste|favoritou|"
        r"seguiu|seguiste|visualizou|marcou|curtiu)\b",
        # (round 21) without the pronoun: "a vaga de Analista que guardou nos favoritos foi preenchida"
        r"\b(?:vagas?|oportunidades?|anuncios?) (?:\w+ ){0,6}?que (?:guardou|guardaste|salvou|salvaste|marcou|marcaste) (?:nos|nas|"
        r"como|em) (?:seus |teus )?(?:favoritos|guardad[oa]s|salvas|vagas salvas)\b"),
    fam("look-alike: a tender or supply contract, not a job (pt)", -5.0, ("adjudicacao", "caderno de encargos", "concorrente n",
                                                                          "fornecedor", "proposta", "consultoria", "agencia",
                                                                          "firma", "empresa",
                                                                          "prestacao de servicos", "fornecimento",
                                                                          "orcamento", "cotacao"),
        # (Portuguese forms only: Spanish "la vacante ha sido adjudicada" is a rejection)
        r"\badjudicacao\b|\bcaderno de encargos\b|\bconcorrente n\.?o?\b|\b(?:contrato|concurso|procedimento) (?:publico )?(?:de|para) "
        r"(?:a )?(?:prestacao de servicos|fornecimento|aquisicao)\b",
        r"\b(?:cadastro|registo|registro|homologacao|qualificacao|base) (?:de|como) fornecedor(?:es)?\b",
        r"\bproposta (?:de )?(?:parceria|patrocinio|orcamento|comercial)\b",
        r"\b(?:seu|teu|sua|tua) (?:orcamento|cotacao)\b",
        # the reader's firm as the one not chosen: "a sua consultoria não foi selecionada para o recrutamento"
        r"\b(?:sua|tua|vossa) (?:consultoria|agencia|firma|empresa)\b[^.!?;]{0,20}\bnao (?:foi|sera) (?:selecionad|escolhid|"
        r"aprovad|contratad|contemplad)"),
    fam("look-alike: good news, a stage passed (pt)", -3.0, ("aprovad", "selecionad", "seguira", "passou", "passaste"),
        r"(?<!nao )\b(?:foi|foste) (?:aprovad|selecionad)\w*(?:\(a\))? (?:para|na|no) (?:a |o )?"
        r"(?:proxima|seguinte|etapa|fase|entrevista|programa)",
        r"\bseguira para a (?:proxima|etapa|fase|entrevista)\b",
        r"(?<!nao )\b(?:passou|passaste) (?:para|a) (?:a )?(?:proxima|fase seguinte|etapa seguinte)\b"),
    fam("look-alike: withdrawal by the candidate", -4.0, ("decid", "opt", "resolv", "prefer", "decisao", "desisten", "aceitei",
                                                          "recus", "declin", "desisti",
                                                          "deseja", "quer ", "queres ",
                                                          "pedido", "conforme", "queira", "quiser", "desiste", "aceit"),
        r"\b(?:caso|se) (?:voce |tu |v\. exa\.? )?(?:decida|decidas|decidir|decidires|prefira|prefiras|preferir|preferires|queira|"
        r"queiras|quiser|quiseres|opte|optes|optar|optares) (?:por )?(?:nao|retirar|desistir)\b",
        # "recebemos o seu pedido e a sua candidatura foi retirada", "... cancelada, conforme solicitado"
        r"\b(?:seu|teu) pedido\b[^.!?;]{0,80}\b(?:candidatura|processo|participacao)\b[^.!?;]{0,60}\b(?:foi|esta|ficou|sera) "
        r"(?:retirad|cancelad|anulad)",
        r"\b(?:candidatura|processo|participacao)\b[^.!?;]{0,60}\b(?:foi|esta|ficou|sera) (?:retirad|cancelad|anulad)[oa]s?,? "
        r"(?:conforme (?:solicitado|pedido|o seu pedido|a sua solicitacao)|a (?:seu|teu|sua|tua) pedido|a pedido)\b",
        r"\bpedido de (?:retirada|desistencia|cancelamento) d[ae] (?:sua |tua )?candidatura\b",
        # the process closed at the reader's own request: "vamos encerrar o seu processo a seu pedido"
        r"\b(?:encerr|cancel|retir|arquiv|finaliz|interromp)\w*\b[^.!?;]{0,50}\b(?:a (?:seu|teu|sua|tua) pedido|a pedido (?:seu|teu)|"
        r"conforme (?:solicitado|pedido|(?:o )?(?:seu|teu) pedido|(?:a )?(?:sua|tua) solicitacao)|como (?:pediu|pediste|solicitou|"
        r"solicitaste))\b",
        r"\b(?:voce|tu|v\. exa\.?|o senhor|a senhora) (?:ja )?(?:decidiu|decidiste|optou|optaste|resolveu|resolveste|preferiu|"
        r"preferiste|prefere|preferes|deseja|desejas|quer|queres) (?:por )?(?:nao|retirar|desistir)\b",
        r"\b(?:tenha|tenhas|tinha|tinhas|ter|teres|tem|tens) (?:decidido|optado|resolvido|preferido) (?:por )?(?:nao|retirar|desistir)\b",
        # the reader turned it down: "que pena que você recusou (a nossa proposta)"
        r"\b(?:voce|tu|v\. exa\.?|o senhor|a senhora) (?:ja )?(?:recusou|recusaste|declinou|declinaste|desistiu|desististe)\b",
        r"\b(?:tenha|tenhas) (?:recusado|declinado|rejeitado) (?:a nossa|a|o nosso|o) (?:proposta|oferta|convite)\b",
        r"\b(?:sua|tua) (?:decisao|desistencia) de (?:nao|retirar|desistir)\b",
        # the owner writing: "decidi não prosseguir", "aceitei outra proposta"
        r"\b(?:decidi|optei|resolvi|preferi) (?:por )?(?:nao|retirar|desistir)\b|\baceitei (?:outra|uma) (?:proposta|oferta)\b",
        # the reader's own message quoted back: "a sua mensagem dizendo que desiste da vaga por ter aceito outra proposta"
        r"\b(?:que |voce |tu |v\. exa\.? )(?:desiste|desistes|desistiria|vai desistir|ia desistir) d[ao] (?:vaga|processo|"
        r"candidatura|oportunidade|proposta|lugar)\b",
        r"\bpor (?:ter|teres|haver|ja ter|ja teres) aceit(?:o|ado|e) (?:outra|uma|a outra) (?:proposta|oferta)\b"),
    fam("look-alike: news about someone else's application (pt)", -4.0,
        ("prim", "irma", "filh", "sobrinh", "amig", "colega", "namorad", "marido", "mulher", "esposa", "pai ", "mae ",
         "vizinh", "cunhad", "indica", "recomend", "referi", "sugeri"),
        # a relative or friend as the subject of the outcome
        r"\b(?:seu|sua|teu|tua|meu|minha|nosso|nossa) (?:prim[oa]|irmao|irma|filh[oa]|sobrinh[oa]|amig[oa]|colega|"
        r"namorad[oa]|marido|mulher|esposa|pai|mae|vizinh[oa]|cunhad[oa])\b[^.!?;]{0,30}\bnao\b",
        # ...or its object after the "não" ("a empresa não seguiu com o seu primo"), and thanks for the referral
        r"\bnao\b[^.!?;]{0,30}\b(?:com|a|o|ao|para) (?:o |a )?(?:seu|sua|teu|tua) (?:prim[oa]|irmao|irma|filh[oa]|"
        r"sobrinh[oa]|amig[oa]|colega|namorad[oa]|marido|mulher|esposa|vizinh[oa]|cunhad[oa]|indicad[oa])\b",
        r"\b(?:obrigad[oa]|agradecemos|agradeco|grat[oa]) (?:pela|por sua|pela sua|pela tua) indicacao\b",
        # someone the reader referred, or their CV the reader passed on: "obrigado por enviar o currículo do seu primo"
        r"\b(?:cv|curriculo|candidatura|perfil|vaga|estagio|processo|entrevista)(?: de \w+)? d[oa] (?:seu|sua|teu|tua) "
        r"(?:prim[oa]|irmao|irma|filh[oa]|sobrinh[oa]|amig[oa]|"
        r"colega|namorad[oa]|marido|mulher|esposa|vizinh[oa]|cunhad[oa]|indicad[oa])\b|"
        r"\b(?:seu|sua|teu|tua) indicad[oa]s?\b|\bpor (?:ter |teres )?indicad[oa] (?:o|a)\b|\bpor indicar (?:o|a)\b|"
        r"\b(?:candidat[oa]|pessoa|amig[oa]|colega|profissional) que (?:voce |tu |v\. exa\.? )?(?:nos |me )?(?:recomendou|recomendaste|indicou|"
        r"indicaste|referiu|referiste|sugeriu|sugeriste)\b"),
    fam("look-alike: a course, a prize, a project: not the reader's job application (pt)", -5.0,
        ("inscricao", "matricula", "candidatura d", "sorteio", "voluntari", "brinde", "cupom", "premiacao", "soci", "mobilidade", "erasmus",
         "concurso d",
         "intercambio", "mestrado", "doutoramento", "doutorado", "licenciatura", "pos-graduacao", "curso", "aceleracao",
         "incubacao", "formacao", "coworking", "incubadora", "residencia"),
        r"\b(?:inscricao|matricula) (?:no|na|em|para o|para a) (?:curso|workshop|formacao|evento|palestra|webinar|aula|turma|"
        r"congresso|feira|sorteio)\b",
        r"\bcandidatura d[oa] (?:seu|sua|teu|tua|vosso|vossa|nosso|nossa) (?:projeto|proposta|startup|empresa|artigo|trabalho|"
        r"filme|obra|livro|equipa|equipe|ideia)\b",
        r"\b(?:sorteio|brinde|cupom|premiacao)\b",
        # a contest that is no job: "a lista de admitidos ao concurso de fotografia"
        r"\bconcurso (?:de|da|do) (?:fotografia|desenho|pintura|poesia|escrita|contos|ideias|beleza|culinaria|pitch|startups|"
        r"bandas|musica|danca|cosplay)\b",
        r"\b(?:candidatura|proposta|pedido|admissao|inscricao) (?:a|de|para|como) (?:novo |nova )?soci[oa]s?\b|"
        r"\bsoci[oa]s? (?:efetiv|honorari|fundador|proponente)",
        # a study place or exchange: "a sua candidatura ao programa de mobilidade", "candidatura ao mestrado"
        r"\b(?:candidatura|inscricao|pedido|participacao) (?:a|ao|para o|para a|no|na|em) (?:programa (?:de )?(?:mobilidade|"
        r"intercambio|erasmus|aceleracao|incubacao)|mobilidade|(?:estagio )?erasmus|intercambio|mestrado|doutoramento|licenciatura|"
        r"pos-graduacao|curso)\b",
        # ... a degree's selection (BR "seleção para o Doutorado"; not a post-doc, which is paid research) or a training
        # course ("a sua candidatura à formação modular de Excel")
        r"\b(?:selecao|processo seletivo|lista de aprovados|candidatura|inscricao|matricula) (?:a|ao|para o|para a|do|da|no|na|"
        r"de) (?:mestrado|doutorado|doutoramento|pos-graduacao|especializacao|mba)\b|"
        r"\b(?:candidatura|inscricao|pedido|matricula) (?:a|na|para a) (?:acao de )?formacao (?:modular|profissional|"
        r"certificada|continua|financiada|de curta duracao)\b",
        r"\bprograma (?:de )?(?:aceleracao|incubacao)\b",
        # unpaid help at an event, not a job: "a sua inscrição como voluntário no festival"
        r"\b(?:candidatura|inscricao|pedido)s? (?:como|de|para|a|ao) (?:\w+ ){0,2}voluntari",
        # a desk, an incubator, an artists' residency: "a sua candidatura ao espaço de coworking"
        r"\b(?:candidatura|inscricao|pedido|proposta) (?:a|ao|para o|para a|no|na) (?:espaco (?:de )?coworking|coworking|"
        r"incubadora|residencia (?:artistica|criativa|literaria))\b"),
    fam("look-alike: a ticket or a CI job, not a job (pt)", -5.0, ("jira", "estado alterado", "job"),
        r"\[jira\]|\bestado alterado de\b|\bjob (?:de |do |da )?(?:deploy|build|ci|backup|etl|migracao|pipeline)\b|"
        r"\b(?:migracao|deploy|build|pipeline) do job\b"),
    # an employee's own HR matters: "a sua promoção não foi aprovada neste ciclo", "o seu pedido de férias foi recusado"
    fam("look-alike: an employee's HR request, not an application (pt)", -5.0, ("promocao", "progressao", "ferias", "reembolso",
                                                                               "transferencia",
                                                                               "aumento", "licenca", "folga",
                                                                               "adiantamento",
                                                                               "bonus"),
        r"\b(?:sua|tua|seu|teu) (?:pedido de |solicitacao de )?(?:promocao|progressao|ferias|reembolso|aumento|licenca|folga|transferencia|"
        r"adiantamento|bonus)\b"),
    fam("look-alike: an internal announcement (pt)", -4.0, ("colegas", "colaboradores", "todos", "parabens", "pel", "nova colega",
                                                            "pessoal",
                                                            "novo colega", "nova colaboradora", "novo colaborador"),
        r"\b(?:caros|caras|prezados|prezadas|ola|oi|bom dia|boa tarde) (?:colegas|colaboradores|todos|a todos|equipa|equipe|time)\b",
        r"^[^.!?]{0,80}\. (?:ola |oi |bom dia |boa tarde )?pessoal[,!]",
        r"\b(?:o novo|a nova) (?:colega|colaborador|colaboradora)\b[^.!?;]{0,40}\b(?:comeca|inicia|entra|chega|junta-se|se junta)\b",
        r"\bparabens (?:a|ao|aos|as) (?!voce\b|si\b|ti\b)[a-z]+",
        r"\b(?:preenchid|ocupad|atribuid)[oa] (?:pel[oa]|a|ao) (?!(?:um|uma|outr\w*|candidat\w*|colaborador\w*|pessoa|"
        r"profissional|perfil|promocao|recrutamento|mobilidade|via|meio|indicacao)\b)[a-z]+(?: [a-z]+|, que (?:comeca|inicia|entra|"
        r"chega|vem))"),
    # "vaga" is also a parking space, a room in a shared flat, a nursery place: "a vaga 14 da garagem foi ocupada"
    fam("look-alike: a parking space, a room or a nursery place, not a job (pt)", -5.0,
        ("garagem", "estacionamento", "parque", "creche", "quarto", "republica", "condominio"),
        r"\bvagas? (?:n\.?o ?)?(?:\d+ )?(?:d[ao]s?|de|n[ao]s?|para (?:o|a)) (?:garagem|estacionamento|"
        r"parque de estacionamento|creche|quarto|republica|condominio)\b"),
    fam("look-alike: credit or grant, not a job (pt)", -5.0, ("credito", "emprestimo", "financiamento", "bolsa"),
        r"\b(?:pedido|solicitacao|proposta|analise|concessao) de (?:credito|emprestimo|financiamento)\b|"
        r"\bcredito (?:pessoal|consignado|habitacao|imobiliario|automovel)\b|\blimite de credito\b|\bcartao de credito\b",
        r"\b(?:pedido|candidatura|concurso|atribuicao) (?:de|a|ao|para) (?:uma )?bolsas?\b(?! de emprego)|"
        r"\bbolsas? (?:de estudo|de investigacao|de doutoramento|de mestrado|de pos-doutoramento)\b"),
    fam("look-alike: the sender tells of their own rejection", -4.0, ("nao fiquei", "nao consegui", "nao entrei", "recusaram",
                                                                       "rejeitaram", "reprovaram", "dispensaram"),
        r"\bnao (?:fiquei|consegui|entrei)\b[^.!?;]{0,20}\b(?:com )?(?:a |o )?(?:vaga|emprego|lugar|trabalho|cargo|posto)\b",
        r"\b(?:me|nos) (?:recusaram|rejeitaram|reprovaram|dispensaram)\b"),
    fam("look-alike: career advice quoting a rejection (pt)", -6.0, ("o que fazer", "como ", "quando "),
        r"\b(?:o que fazer|como (?:reagir|responder|lidar|agir)) (?:quando|se|depois de|apos|a|ao|com)\b",
        # "quando o recrutador diz que o seu perfil não é o que procura, peça feedback"
        r"\bquando (?:o|a) (?:recrutador|recrutadora|empresa|entrevistador|entrevistadora|gestor|gestora|rh) (?:te |lhe )?"
        r"(?:diz|disser|diga|responde|responder|afirma|escreve)\b"),
    fam("look-alike: news about someone else's application (pt)", -4.0,
        ("sab", "soub", "vist", "ouvist", "ele ", "ela ", "queria", "concorr", "candidatou", "contou", "disse", "comentou"),
        # "O Rui contou que ficaram com outra pessoa" (not "o cliente disse que ...": the employer's word relayed)
        r"\b(?:o|a|meu|minha|teu|tua) (?!(?:empresa|cliente|gestor|gestora|recrutador|recrutadora|rh|diretor|diretora|equipa|equipe|time|gerente|"
        r"entrevistador|entrevistadora|responsavel|dono|dona|coordenador|coordenadora|chefe|banca|juri|comite)\b)[a-z]+ "
        r"(?:me |nos )?(?:contou|disse|comentou)(?:-me|-nos)? que\b",
        # "a vaga que a Rita queria? Eles seguiram com outro candidato"
        r"\b(?:vaga|posicao|lugar|cargo|entrevista|processo)\b[^.!?;]{0,30}\bque (?:o|a) (?!empresa\b|equipa\b|equipe\b|candidat|"
        r"cliente\b|gente\b|direcao\b|diretoria\b)[a-z]+ (?:tanto )?(?:queria|tinha pedido|concorreu|se candidatou|"
        r"tinha concorrido)\b",
        # "soube que a empresa da Júlia optou por outra candidata": the employer of a named third person
        r"\b(?:sabes|sabias|sabia|soubeste|soube|soubemos|ouvi dizer|ouviste|fiquei a saber|fiquei sabendo) que (?:a|o) "
        r"(?:empresa|vaga|entrevista|processo|candidatura|chefe|gestor|gestora|rh|recrutador|recrutadora) d[oa] [a-z]+\b",
        r"\b(?:sabes|sabias|sabia|sabe|sabem|soubeste|soube|viste|ouviste) (?:que|se) (?:o|a) [a-z]+ (?:[a-z]+ )?"
        r"(?:tambem )?nao (?:foi|ficou|passou|entrou|conseguiu)\b",
        r"\b(?:ele|ela|eles|elas) (?:tambem )?nao (?:vai|vao|ira|irao) (?:seguir|avancar|continuar|passar)\b"),
    # "ela não foi selecionada" of a third person; not "ele" standing for the reader's profile or CV named before it in the
    # sentence ("Após análise do seu perfil, infelizmente, ele não foi selecionado") or ending the one before. (A family of
    # its own: it is read from the sentence's start, with no literal to anchor it, so it is asked only when the gate occurs.)
    fam("look-alike: news about someone else's application (pt)", -4.0,
        ("ele nao", "ela nao", "eles nao", "elas nao", "ele tambem nao", "ela tambem nao", "eles tambem nao", "elas tambem nao"),
        r"(?:^|(?<=[.!?;] ))(?<!curriculo\. )(?<!perfil\. )(?<!cv\. )"
        r"(?:(?!\b(?:seu|teu|sua|tua) (?:perfil|curriculo|cv|candidatura|inscricao|aplicacao)\b)[^.!?;]){0,200}?"
        r"\b(?:ele|ela|eles|elas) (?:tambem )?nao (?:foi|foram|passou|passaram|ficou|ficaram|conseguiu|entrou) "
        r"(?:selecionad|escolhid|aprovad|contratad|chamad|classificad|a vaga|o lugar|o emprego|o cargo|na |no )"),
    fam("look-alike: an episode, article or column about rejections (pt)", -5.0,
        ("episodio", "artigo", "edicao", "newsletter", "podcast", "coluna", "ouca", "leia", "sinais", "dicas", "motivos",
         "razoes", "maneiras"),
        # a listicle: "5 sinais de que a empresa decidiu não seguir com a contratação"
        r"\b\d+ (?:sinais|dicas|motivos|razoes|maneiras)\b",
        # (not "no artigo 23.º" of a law: the article is "this / new" one, the episode any)
        r"\b(?:neste|nesta|nesse|nessa|novo|nova|este|esta|ultimo|ultima) (?:episodio|artigo|newsletter|podcast|coluna)\b|"
        r"\b(?:nesta|nessa|nova|esta|ultima) edicao(?: ?:| d[ao] (?:nossa |nosso )?(?:newsletter|boletim|revista|podcast|coluna)| "
        r"(?:n\.?o ?|#)\d| (?:trazemos|falamos|vamos|voce vai|conheca|explicamos|mostramos))|"
        r"\b(?:no|do|o) (?:episodio|podcast)\b|"
        r"\b(?:ouca|leia) (?:agora|ja|mais|o (?:episodio|artigo))\b"),
    fam("look-alike: an artist's or a show's submission, not a job (pt)", -5.0,
        ("banda", "sua obra", "tua obra", "sua peca", "tua peca", "sua curta", "tua curta", "filme", "exposicao", "performance",
         "fotografia", "sua foto", "tua foto", "ilustracao", "poema", "conto",
         "espetaculo", "line-up", "lineup", "line up", "artista", "vossa", "vosso"),
        r"\b(?:a |o )?(?:sua|tua|seu|teu|vossa|vosso) (?:banda|obra|peca|curta|curta-metragem|filme|exposicao|performance|"
        r"fotografias?|fotos?|ilustracao|poema|conto|"
        r"espetaculo|proposta artistica)\b|\bline-? ?up\b|\bcandidaturas? de artistas\b"),
]

# News of the reader's application heard second-hand (see en.py): a friend or a relative passes on what they picked up
# ("fiquei sabendo pela Ana que a Padaria Sol escolheu outro candidato. Azar o deles!"). Not a relay that names its
# source ("o cliente deu retorno").
LOOKALIKES += [
    fam("look-alike: news of the reader's application heard second-hand (pt)", -4.5,
        ("fiquei sabendo", "ficou sabendo", "soube", "ouvi dizer", "ouviu dizer", "disseram", "pelo visto", "azar o deles", "que perdem", "perde sao eles",
         "oficialmente", "disse", "contou", "falou", "comentou"),
        r"\b(?:fiquei sabendo|ficou sabendo|(?:eu )?soube|ouvi dizer|ouviu dizer|me disseram|disseram-me) (?:hoje |ontem |agora )?"
        r"(?:pel[oa] (?!cliente|empresa|rh\b|recrutador)\w+(?: \w+)? |por (?!parte)\w+(?: \w+)? )?que\b",
        r"\bpelo visto\b",
        r"\bazar o deles\b|\b(?:eles|elas) (?:e )?que (?:perdem|saem perdendo)\b|\bquem perde sao eles\b|"
        r"\b(?:voce|tu) (?:vai |vais |deve )?(?:receber|saber|ficar sabendo) (?:o e-?mail |a noticia |a carta |isso )?oficialmente\b",
        r"\b(?:minha|meu|uma|um) (?:amiga|amigo|prima|primo|irma|irmao|tia|tio|vizinha|vizinho|ex-colega|colega) "
        r"(?:da|do|na|no|que trabalha na|que trabalha no) [\w&'.-]+(?: [\w&'.-]+)? (?:disse|contou|falou|comentou|me disse)\b"),
]

# The post still open ("a vaga ainda não foi preenchida, envie o seu currículo"): an invitation, not a decision ("ainda"
# only: "a vaga não foi preenchida e o processo foi encerrado" closes it)
LOOKALIKES += [
    fam("look-alike: the post not filled yet (pt)", -4.0, ("ainda",),
        r"\b(?:vagas?|posic(?:ao|oes)|cargos?|func(?:ao|oes)|oportunidades?|lugar(?:es)?)\b[^.!?;]{0,40}\b"
        r"(?:ainda nao (?:foi|foram|esta|estao|se encontra)|nao (?:foi|foram|esta|estao) ainda) "
        r"(?:preenchid|ocupad|atribuid|fechad|encerrad)"),
]

# The post the reader applied for, filled, however long its name ("a vaga de Técnico Sénior de Contas a Pagar à qual se
# candidatou já foi preenchida"); not "ainda não foi preenchida"
DECISIONS += [
    fam("gramática: a vaga a que se candidatou foi preenchida", 4.0, ("preenchid", "ocupad", "atribuid"),
        r"\b(?:a|para a|ao|para o|à) (?:qual|que) (?:se |te |voce se |tu te )?(?:candidatou|candidataste|candidatou-se|"
        r"candidataste-te|inscreveu|inscreveste|aplicou|aplicaste)\b[^.!?;]{0,40}?\b(?<!nao )(?:ja |entretanto )?(?:foi|esta|"
        r"ficou|acabou por ser) (?:ja |entretanto )?(?:preenchid|ocupad|atribuid)[oa]\b"),
]

# Sweep 4: the person chosen already at work ("a pessoa que contratamos já começou"), and a preference given in the
# past tense ("demos preferência a perfis com experiência em SAP"). Both are weaker (3.5): said to a colleague they are
# news, so they count only in mail about the reader's own application.
DECISIONS += [
    fam("gramática: a pessoa escolhida já começou", 3.5, ("comecou", "iniciou", "entrou", "trabalhando", "a trabalhar", "integrou",
                                                         "assumiu", "comeca", "inicia"),
        r"\b(?:a pessoa|o candidato|a candidata|o rapaz|a moca|o profissional|a profissional) (?:que|com quem) (?:\w+ )?"
        r"(?:escolhemos|escolhi|contratamos|contratei|selecionamos|ficamos|fiquei|fechamos|fechei|optamos)\b[^.!?;]{0,30}?"
        r"\b(?:ja )?(?:comecou|iniciou|entrou|esta trabalhando|esta a trabalhar|integrou a equipa|integrou a equipe|assumiu|"
        r"comeca|inicia)\b"),
    # (past only: "priorizamos" is present too, an ad's or an acknowledgement's "nesta vaga priorizamos perfis com
    # experiência em X", so it needs a time that closes the process: "no fim, priorizamos ...")
    fam("gramática: demos preferência a outros perfis", 3.5, ("demos", "prioriz", "privilegi"),
        r"\b(?:demos (?:preferencia|prioridade)|(?:acabamos por|decidimos|optamos por) (?:priorizar|privilegiar|dar preferencia)|"
        r"(?:no fim|no final|ao final|por fim|afinal|desta vez|dessa vez|(?:apos|depois d[aeo]s?) [^.!?;]{0,40}?),? "
        r"(?:priorizamos|privilegiamos)) (?:a |aos |as |os )?(?:perfis|candidat\w*|profissionais|pessoas) (?:com|que (?:tinham|tem|ja))"
        r" (?:mais |maior |uma |um )?(?:experiencia|vivencia|conhecimentos?|formacao|dominio|senioridade)\b"),
]

# Sweep 4, second batch: the outcome as a negative answer from the one who decides ("o feedback do gestor foi
# negativo"),
# a cut-off score missed, a post to be filled from inside. (Not "a vaga já não está disponível": a job board's
# notice about a closed posting says it to every applicant, next to similar posts.)
DECISIONS += [
    # (the decider named: not "o resultado do exame foi negativo", which is good news)
    fam("gramática: o retorno do gestor foi negativo", 4.0, ("negativ", "positiv"),
        r"\b(?:feedback|retorno|resposta|parecer|devolutiva|avaliacao|decisao)\b (?:final )?d[oa]s? (?:gestor\w*|cliente|empresa|"
        r"diretor\w*|direcao|recrutador\w*|area|time|equipe|equipa|lideranca|comite|banca|juri)\b"
        # ... about the reader, or about nothing named ("sobre a sua entrevista"; not "sobre o novo escritório")
        r"(?: (?:sobre|em relacao a|quanto a|relativamente a|a respeito d[aeo]) (?:a |o |ao |a )?(?:sua|seu|tua|teu|voce|ti|si)\b"
        r"[^.!?;]{0,50})?,? (?:(?:foi|e|veio|era) negativ[oa]|nao (?:foi|veio|era) positiv[oa])"),
    fam("gramática: nota de corte não atingida", 4.0, ("nao atingi", "nao alcanc", "nao obtev", "nao obtiv"),
        r"\bnao (?:atingiu|atingiste|alcancou|alcancaste|obteve|obtiveste) (?:a )?(?:nota|pontuacao|classificacao) "
        r"(?:de corte|minima|necessaria|exigida)"),
    fam("gramática: a vaga será preenchida internamente", 3.5, ("intern",),
        r"\b(?:vaga|posicao|cargo|funcao|lugar)\b[^.!?;]{0,40}\b(?:sera|vai ser|ira ser) (?:preenchid|ocupad)[oa] "
        r"(?:internamente|por (?:recrutamento|selecao|candidat[oa]|colaborador\w*|promocao|movimentacao) intern[oa])"),
]

# (session 18) an interview slot taken by another candidate ("o horário de terça às 15h já foi escolhido por outro
# candidato. Pode escolher outro horário?"): scheduling, no decision; and the post open again and offered back to the
# reader ("inicialmente escolhemos outro candidato, mas a vaga voltou a abrir. Ainda tem interesse?"); not "caso a vaga
# volte a abrir, entraremos em contacto"
LOOKALIKES += [
    fam("look-alike: um horário escolhido por outro candidato (pt)", -4.5, ("horario", "marcacao", "sala", "slot"),
        r"\b(?:horario|marcacao|sala|slot)\b[^.!?;]{0,40}?\b(?:ja )?foi (?:escolhid|reservad|ocupad|marcad|preenchid)[oa] "
        r"(?:por|para) outr[oa] (?:candidat[oa]|pessoa)\b"),
    fam("look-alike: a vaga voltou a abrir (pt)", -5.0, ("voltou", "novamente", "de novo", "reaberta"),
        r"\b(?:vaga|posicao|cargo|funcao)\b (?:voltou a (?:abrir|estar disponivel|ficar disponivel|ficar livre)|esta "
        r"(?:novamente|de novo) (?:disponivel|aberta|livre)|foi reaberta)\b[^?]{0,160}?\b(?:ainda tem interesse|ainda "
        r"(?:esta|estas) interessad[oa]|teria interesse|tens interesse|continua interessad[oa]|ainda te interessa)"),
]

# (session 19) a friend's mail about their own rejection ("escolheram outra pessoa. Estou arrasado. Jantamos?"): the
# writer's own feelings, not aimed at the reader ("estou triste por lhe dar esta notícia" stays a rejection); and thanks
# for the reader's referral after a decision about the one referred ("obrigado pela indicação!")
LOOKALIKES += [
    fam("look-alike: the sender's own feelings after a rejection (pt)", -4.5, ("estou",),
        r"\bestou (?:(?:mesmo|muito|tao|bastante|super|um bocado|um pouco|completamente) )*(?:arrasad[oa]|triste|"
        r"desiludid[oa]|desanimad[oa]|de rastos|em baixo|decepcionad[oa]|chatead[oa]|na fossa|destrocad[oa])\b"
        r"(?![^.!?;]{0,40}(?:\bpor (?:ti|si|voce)\b|\bconsigo\b|\bcontigo\b|-(?:te|lhe)\b|\bte\b|\blhe\b))"),
    fam("look-alike: thanks for the reader's referral (pt)", -5.0, ("indicacao", "recomendacao", "indica", "recomend"),
        r"\bobrigad[oa]s?\b[^.!?;]{0,30}\bpela (?:sua |tua |vossa )?(?:indicacao|recomendacao)\b|"
        r"\bobrigad[oa]s?\b[^.!?;]{0,30}\bpor (?:nos )?(?:ter |teres )?indicad[oa]\b",
        # "a vaga para a qual indicaste a Marta já foi preenchida"
        r"\b(?:para a|para o|a|ao) (?:qual|que) (?:nos )?(?:indicaste|indicou|recomendaste|recomendou)\b"),
]

# (session 19) our trainee or seasonal hire already found: the search is over ("já escolhemos o nosso estagiário para
# este verão"), as French's "on a trouvé notre stagiaire"; not "escolhemos o nosso estagiário: és tu!"
DECISIONS += [
    fam("gramática: já temos o nosso estagiário", 4.0, ("noss",),
        r"\bja (?:escolhemos|encontramos|selecionamos|contratamos|recrutamos|temos) (?:o nosso|a nossa|os nossos|as nossas) "
        r"(?:nov[oa]s? )?(?:estagiari[oa]s?|trainees?|sazona(?:l|is)|temporari[oa]s?|empregad[oa]s? de mesa|"
        r"monitor(?:es|a|as)?|nadador(?:es|a|as)?-salvador(?:es|a|as)?|candidat[oa]s?)\b(?![^.!?;]{0,30}\b(?:es tu|"
        r"e voce|(?:a|com) (?:voce|ti))\b)"),
]

# (session 19) the reader is the recruiter whose candidate was turned down ("obrigado por nos apresentar o João.
# Acabámos por escolher outro candidato"): their candidate's outcome, not their own application, as German, French and
# Spanish read it
LOOKALIKES += [
    fam("look-alike: the reader's candidate (pt)", -5.0, ("apresenta", "candidat"),
        # (someone introduced to us, not the reader's own work: "obrigado por apresentar o case de pricing")
        r"\bobrigad[oa]s?\b[^.!?;]{0,30}\bpor nos (?:ter |teres )?(?:apresentar|apresentado|indicar|indicado|recomendar|"
        r"recomendado) (?:o|a) (?!(?:sua|tua|seu|teu|nossa|nosso|candidatura|case|caso|projeto|portfolio|portefolio|trabalho|"
        r"teste|desafio|exercicio|proposta|apresentacao|empresa|vaga)\b)[a-z]+\b",
        r"\b(?:o seu|o teu|o vosso|a sua|a tua|a vossa) candidat[oa]\b"),
]

# (session 19) a small employer's short answer that the place is taken: "já temos a equipa completa", "já temos a vaga
# ocupada", "já preenchi a vaga de costureira", "já contratámos um mecânico", "não temos vaga de momento"
DECISIONS += [
    fam("gramática: já temos a equipa completa / a vaga ocupada", 4.0, ("ja ", "nao temos", "nao tenho"),
        # (the staff for a season, not a side for a match: "a equipa completa para o torneio")
        r"\bja (?:temos|tenho) (?:a |o )?(?:equipa|equipe|quadro|pessoal) (?:completa?|fechada?|preenchida?)(?= ?[.!,;]|$| "
        r"para (?:o verao|a epoca|esta epoca|a temporada|este ano|a campanha|as vindimas|a loja|o restaurante)\b)",
        r"\bja (?:temos|tenho) (?:a|essa|esta) vaga (?:ocupada|preenchida)\b|"
        r"\bja (?:preenchi|preenchemos|ocupei|ocupamos) (?:a|essa|esta) vaga\b",
        r"\bja (?:contratamos|contratei|admitimos|admiti) (?:um|uma|outro|outra|alguem) (?:\w+ )?(?:mecanic[oa]|empregad[oa]|"
        r"funcionari[oa]|colaborador[a]?|pessoa|ajudante|assistente|cozinheir[oa]|rececionista|recepcionista|vendedor[a]?|"
        r"motorista|estagiari[oa]|monitor[a]?|tecnic[oa])\b",
        r"\bnao (?:temos|tenho) (?:nenhuma )?vagas? (?:abertas? |disponive(?:l|is) )?(?:de momento|neste momento|agora|para ja|"
        r"por agora)\b"),
]

# (session 19) the reader took another offer, and the company closes the application: the reader's own withdrawal
# ("obrigado por nos avisar que aceitou outra proposta; encerrámos a sua candidatura")
LOOKALIKES += [
    fam("look-alike: the reader accepted another offer (pt)", -5.0, ("aceit", "encontr", "optou", "optaste"),
        r"\b(?:aceitou|aceitaste|aceitaram|encontrou|encontraste|optou por|optaste por) (?:uma )?(?:outra|outro) "
        r"(?:proposta|oferta|vaga|emprego|posicao|oportunidade|trabalho|empresa)\b"),
]

# (round 20) others fitted better ("outros perfis adequaram-se melhor ao que procuramos"); a cleft verdict ("não é uma
# resposta positiva a que lhe trazemos"); "não vai fazer parte da equipa" (not "até assinar": a start date, nor "se")
DECISIONS += [
    fam("gramática: outros perfis adequaram-se melhor", 3.5, ("adequaram", "ajustaram", "encaixaram"),
        r"\boutr[oa]s (?:candidat[oa]s|perfis|pessoas|profissionais) (?:se )?(?:adequaram|ajustaram|encaixaram)(?:-se)? "
        r"(?:\w+ )?(?:melhor|mais)\b"),
    fam("gramática: não é uma resposta positiva a que lhe trazemos", 4.0, ("resposta",),
        r"\b(?:nao e (?:uma |a )?resposta (?:positiva|favoravel)|e (?:uma |a )?resposta negativa) (?:a )?que (?:lhe|te|vos) "
        r"(?:trazemos|damos|enviamos|escrevemos|transmitimos|comunicamos|temos de dar|temos para dar)\b"),
    fam("gramática: não vai fazer parte da equipa", 3.5, ("fazer parte", "juntar", "integrar"),
        r"(?<!\bse )\bnao (?:vai|ira|vais|iras) (?:fazer parte|juntar-se|integrar) (?:da |a |de |na )?(?:nossa |esta )?"
        r"(?:equipa|equipe|empresa)\b(?! (?:ate|antes|sem|enquanto)\b)"),
]

# (round 20, familiar register) a start-up's letter: feedback "não foi positivo o suficiente para continuar", "não o fit
# certo", no more interviews, "aqui termina o caminho para a tua candidatura", "desta vez não deu", not in the final
# round
DECISIONS += [
    fam("gramática: não positivo o suficiente para continuar", 3.5, ("suficiente", "bastante"),
        r"\bnao (?:foi|era|e) (?:positiv\w+|bo[am]|fort\w+|solid\w+) o (?:suficiente|bastante) para (?:continuar|avancar|seguir|"
        r"passar)\b"),
    fam("gramática: não o fit certo", 3.0, ("fit", "match"),
        r"\bnao (?:es |eras |e |era |foste |foi )?(?:o|a) (?:fit|match) (?:certo|certa|ideal|adequad[oa]|indicad[oa])\b",
        r"\bnao houve (?:match|encaixe)\b"),
    fam("gramática: não vamos marcar mais entrevistas", 3.5, ("entrevistas",),
        r"\bnao (?:vamos|iremos|podemos|poderemos) (?:marcar|agendar|organizar|propor|fazer) (?:mais|outras|novas) entrevistas\b"
        r"(?! (?:\w+ )?(?:ate|antes)\b)"),
    fam("gramática: aqui termina o caminho para a tua candidatura", 3.5, ("termina", "acaba"),
        r"\b(?:termina|acaba) (?:aqui )?o (?:caminho|percurso|processo)\b[^.!?;]{0,20}\bpara (?:ti|si|a tua candidatura|a sua "
        r"candidatura|voce)\b"),
    fam("gramática: desta vez não deu", 3.0, ("nao deu",),
        r"(?:^|[.!?] |\b(?:desta vez|infelizmente|no fim|afinal|pois),? )nao deu\b(?=[ ,]*(?:[.!;]|lamento|lamentamos|$))"),
    fam("gramática: não fazes parte da ronda final", 4.0, ("fazes parte", "faz parte"),
        r"\bnao (?:fazes|faz) parte (?:da ronda final|dos finalistas|da fase final|da shortlist|da lista final)\b"),
]

# (round 20) the offer went to another, who turned it down, and the reader is asked back ("fizemos uma proposta a outro
# candidato, mas ele recusou. Ainda tens interesse na vaga?"): the reader's candidacy goes on
LOOKALIKES += [
    fam("look-alike: the offer to another was declined, the reader asked back (pt)", -5.0, ("recus", "declin", "desist",
                                                                                          "nao aceitou", "rejeitou"),
        r"\b(?:recusou|recusaram|declinou|nao aceitou|desistiu|rejeitou)\b[^?]{0,120}\b(?:(?:ainda )?(?:tens|tem|teria|terias) "
        r"(?:\w+ )?interesse|(?:continuas|continua) interessad[oa])\b[^.!]{0,40}\?"),
]

# (round 20, small employers) the owner's short note that the place is taken, with no "candidatura" wording: "já
# temos o lugar ocupado", "já arranjámos pessoa", "já temos pessoa, obrigado", "já fechamos a equipe", "não estamos
# a precisar de ninguém". Job context comes from the classifier; a room, a car, a parking space or an ad after the
# phrase is a sale or a let, not a post.
_PT_THING = (r"(?![^.!?;]{0,30}\b(?:quarto|apartamento|casa|carro|mota|sofa|movel|artigo|anuncio|bilhete|mesa|reserva|"
             r"boleia|estacionamento|garagem|lugar de garagem|arrendamento|explicacoes|aulas)\b)")
# (not the happy end: "já encontrámos a nossa nova ajudante: você!")
_PT_NOT_YOU = r"(?![^.!?;]{0,40}(?::|\b(?:e|foi|sera|es)) (?:voce|tu|v\. exa|si)\b)"
DECISIONS += [
    fam("pequeno empregador: já temos pessoa / lugar ocupado", 4.0, ("ja ", "ninguem", "equip"),
        rf"\bja (?:temos|tenho|arranjamos|arranjei|arrumamos|arrumei|encontramos|encontrei|contratamos|contratei|achamos|"
        rf"achei|conseguimos|consegui) pessoa\b{_PT_THING}{_PT_NOT_YOU}",
        rf"\bja (?:temos|tenho) (?:o|a) (?:lugar|vaga|posto) (?:ocupad[oa]|preenchid[oa])\b{_PT_THING}",
        rf"\b(?:o|a) (?:lugar|vaga|posto) (?:ja )?(?:esta|foi) (?:ja )?(?:ocupad[oa]|preenchid[oa])\b{_PT_THING}",
        r"\b(?:ja )?(?:fechamos|completamos|temos completa|temos fechada) (?:a )?(?:nossa )?(?:equipa|equipe)\b",
        rf"\bnao (?:estamos|estou) (?:a precisar|precisando) de ninguem\b{_PT_THING}",
        rf"\b(?:de momento|neste momento|agora|por agora|por enquanto) nao (?:precisamos|preciso) de ninguem\b{_PT_THING}",
        r"\bnao (?:precisamos|preciso|necessitamos) de ninguem (?:de momento|neste momento|agora|por agora|por enquanto|"
        r"este ano|esta epoca|este verao)\b",
        r"\bestamos com a (?:equipa|equipe) (?:ja )?(?:fechada|completa)\b",
        rf"\bja (?:temos|tenho) (?:o pessoal todo|todo o pessoal|pessoal suficiente|gente suficiente)\b{_PT_THING}",
        # "já encontrámos um ajudante", "já contratámos um empregado" (a worker, not a buyer or a tenant)
        r"\bja (?:encontramos|encontrei|contratamos|contratei|arranjamos|arranjei|arrumamos|arrumei|temos|tenho) (?:um|uma|o|a) "
        r"(?:nov[oa] )?(?:ajudante|aprendiz|empregad[oa](?: de mesa| de balcao)?|cozinheir[oa]|balconista|funcionari[oa]|"
        r"colaborador[a]?|rececionista|recepcionista|estagiari[oa]|servente|pasteleir[oa]|padeir[oa]|vendedor[a]?|"
        rf"motorista|estafeta)\b{_PT_NOT_YOU}"),
]

# (round 21, a Brazilian ATS and a Portuguese public body) the result that "não permite a continuidade no processo";
# a compliment for the reader's profile, "mas buscamos alguém com vivência em X" (a question after it is outreach)
DECISIONS += [
    fam("gramática: o resultado não permite a continuidade no processo", 4.0, ("permite",),
        r"\bnao (?:lhe |te |vos )?permit(?:e|iu|em|iram) (?:a |o )?(?:sua |tua |seu |teu )?(?:continuidade|prosseguimento|"
        r"continuacao|progressao|avanco|passagem|permanencia)\b[^.!?;]{0,20}\b(?:processo|procedimento|etapa|fase|selecao|"
        r"recrutamento|concurso)\b"),
    fam("gramática: o seu perfil é bom, mas buscamos alguém com", 3.5, ("mas ",),
        r"\b(?:seu|teu|sua|tua) (?:perfil|trajetoria|percurso|curriculo|cv|experiencia|historico)\b[^.!?;]{0,50}\bmas "
        r"(?:\w+ ){0,2}?(?:buscamos|procuramos|precisamos de|estamos (?:a procura de|buscando|procurando)|buscavamos|"
        r"procuravamos|precisavamos de) (?:alguem|uma pessoa|um perfil|um profissional|outro perfil|um candidato|uma "
        r"candidata)\b(?![^?]{0,100}\?)"),  # (a question in this sentence or the next: outreach, "seria o seu caso?")
]

# (round 21, small employers in the company letters) no vacancies now, said to an application ("Agradecemos o envio
# da sua candidatura. Neste momento não temos vagas disponíveis"), and no internship opened this year ("De momento não
# vamos abrir estágio"); a job board's alert saying the same, with no application thanked for, is left alone
DECISIONS += [
    fam("gramática: sem vagas para a candidatura recebida", 4.0, ("nao temos", "nao ha", "nao existem", "nao dispomos",
                                                                   "nao vamos abrir", "nao iremos abrir"),
        r"\b(?:candidatura|curriculo|cv|e-?mail|mensagem|contacto|contato|interesse)\b[^.!?]{0,80}[.!?] (?:\w+ ){0,3}?nao "
        r"(?:temos|ha|existem|dispomos de) (?:\w+ )?(?:vagas?|oportunidades?|posicoes|lugares?)(?: \w+)? (?:disponive\w*|em aberto|"
        r"abert[oa]s?|livres?)\b",
        r"\b(?:de momento|neste momento|no momento|este ano|por agora|por enquanto) nao (?:vamos|iremos|podemos|poderemos) "
        r"(?:abrir|ter|oferecer|receber) (?:nenhum |nenhuma |qualquer )?(?:vagas?|estagios?|estagiari[oa]s?|lugar(?:es)?)\b"),
]

# (session 23, probe set roman) the reader's side as the one who chose: a candidate writes to the employer ("Entendo
# que vocês seguiram com outros candidatos", "vi que vocês optaram por outra pessoa"); no employer says "vocês" of its
# own choice
LOOKALIKES += [
    fam("look-alike: the reader's side chose another candidate (pt)", -5.0, ("voces", "vcs"),
        r"\b(?:voces|vcs) (?:(?:ja|entao|afinal|mesmo|tambem|realmente|acabaram|acabaram por|decidiram|resolveram|preferiram) )*"
        r"(?:seguiram|seguir|optaram|optar|escolheram|escolher|ficaram|ficar|fecharam|fechar|avancaram|avancar|prosseguiram|"
        r"contrataram|contratar|selecionaram|selecionar|preferiram)\b[^.!?;]{0,40}?\b(?:(?:n?outr[oa]s?|um[a]?) (?:candidat|"
        r"pessoa|perfi|profissiona|finalista|nome)|alguem)"),
]

# (session 23, probe10 roman) a public competition's "a sua candidatura não será provida" (the single post goes to the
# ones ranked above); a family business that took a relative or a neighbour's child ("acabámos por ficar com a filha
# de um vizinho", "afinal contratámos o meu sobrinho"); the post given to the one who covered it, said with her
# acceptance ("decidimos oferecer-lhe o lugar, que ela aceitou"); and the regret of having no other news to give
# ("lamentamos não poder dar-lhe outra notícia", "lamento não ter melhores notícias para si")
_PT_KIN = (r"(?:(?:o|a) )?(?:(?:meu|minha|nosso|nossa) )?(?:sobrinh[oa]|filh[oa]|prim[oa]|cunhad[oa]|irma|irmao|genro|nora|"
           r"afilhad[oa]|vizinh[oa])(?: d[eoa] (?:um[a]? |o |a |meu |minha |nosso |nossa )?\w+)?\b"
           # (not looking after a child: "ficar com a filha de um vizinho durante a tarde")
           r"(?![^.!?;]{0,30}\b(?:durante|esta noite|este fim|no fim de semana|ate (?:as|a)|em casa|uns dias|enquanto)\b)"
           # (the relative ends the clause or a job follows: not a stay, "ficar com a minha prima em Lisboa")
           r"(?= ?(?:[.,;!]|$| (?:que|porque|pois|visto que|ja que)\b| para (?:o|a) (?:lugar|vaga|loja|adega|cafe|"
           r"restaurante|quinta|balcao|posto|trabalho|campanha|vindima|funcao|cargo)\b))")
DECISIONS += [
    fam("concurso: a candidatura não será provida", 4.0, ("provid", "proviment"),
        r"\b(?:sua|tua) candidatura\b[^.!?;]{0,30}?\bnao (?:sera|foi|podera ser|pode ser|vai ser) (?:\w+ )?provid[ao]\b(?! de )",
        r"\b(?:v\. exa\.?|v\. ex\.a|voce)\b[^.!?;]{0,20}?\bnao (?:sera|foi|podera ser|pode ser|vai ser) (?:\w+ )?provid[ao] "
        r"(?:n[oa]|em|para)\b",
        r"\bnao (?:ha|havera) lugar (?:a|ao) (?:seu|teu|respetivo|respectivo) provimento\b"),
    fam("pequeno empregador: ficámos com um familiar", 4.0, ("acabamos por", "acabei por", "decidimos", "resolvemos", "preferimos",
                                                             "optamos por", "afinal", "no fim", "ao fim", "no final", "ja "),
        r"\b(?:(?:acabamos|acabei) por|decidimos|resolvemos|preferimos|optamos por) (?:ficar com|contratar|escolher|admitir|"
        r"meter|pegar) " + _PT_KIN,
        r"\b(?:afinal|no fim|ao fim|no final|ja),? (?:ficamos com|fiquei com|contratamos|contratei|escolhemos|escolhi|metemos|"
        r"meti|pegamos|peguei) " + _PT_KIN),
    fam("gramática: o lugar oferecido a quem o aceitou", 4.0, ("aceitou",),
        r"\b(?:oferecer|propor|dar|atribuir|entregar|oferecemos|propusemos|demos|atribuimos|entregamos)-lhe (?:o|a) (?:lugar|vaga|"
        r"posto|cargo|funcao|posicao)\b[^.!?;]{0,30}?,? (?:que|o qual|a qual) (?:ela|ele|a colega|o colega) (?:ja |prontamente |"
        r"de imediato |entretanto )?aceitou\b"),
    fam("gramática: lamentamos não ter outra notícia", 3.5, ("noticia",),
        r"\b(?:lamentamos|lamento|lamentando|sentimos muito|sinto muito|pena de|pena) (?:nao (?:poder|podermos|ter|termos|"
        r"trazer|trazermos)|nao poder (?:dar|trazer|enviar)) ?(?:-lhe |-te |lhe |te )?(?:dar(?:-lhe|-te)? |trazer(?:-lhe|-te)? |"
        r"enviar(?:-lhe|-te)? )?(?:outra|outras|melhor|melhores|boas|uma boa) noticias?\b"
        r"(?! (?:por agora|de momento|por enquanto|ainda|neste momento|para ja|hoje|sobre o prazo)\b)"),
]

# (session 23, probe10 roman) HR's news about a named colleague, forwarded ("a candidatura interna da Catarina Vaz à
# função de Coordenação não foi selecionada. A colaboradora já foi informada."): a third person's outcome
LOOKALIKES += [
    fam("look-alike: a named person's candidacy (pt)", -4.5, ("candidatura", "informad"),
        r"\bcandidatura (?:interna |externa |espontanea )?d[oa] (?!(?:vaga|empresa|posicao|funcao|cargo|processo|programa|"
        r"oportunidade|equipa|equipe|area|sua|seu|tua|teu|nossa|nosso|mesm[oa]|senhora?|sra|sr|dra?|candidat\w*|pessoa|"
        r"colaborador\w*|colega|v)\b)[a-z]+(?: [a-z]+)? (?:a|ao|para|na|no|nao|foi|nesta|neste)\b",
        r"\b(?:o|a) (?:colaborador|colaboradora|candidato|candidata|colega|funcionario|funcionaria) (?:ja )?(?:foi|sera|vai ser) "
        r"(?:informad|notificad|avisad)[oa]\b"),
]
