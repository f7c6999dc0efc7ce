# ruff: noqa: E501
"""dev4/pt: an independent Portuguese corpus (European and Brazilian) written before the Portuguese detector was
read, then reworded variants.

Every labelled message must be classified as labelled, except the known misses (strict xfails: when one starts
passing, update the list). Then, for each Portuguese construction added after that corpus, two or three rewordings
that are in no corpus (positives), and the look-alikes next to them (negatives), so each rule is tested as a class
of sentences and not as one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import check_labelled, corpus_cases, found, mail

KNOWN_MISSES: dict[tuple[str, str], str] = {}  # (0031, "outra candidata, cuja experiência em financiamento europeu", is found)


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev4", ("pt",), KNOWN_MISSES))
def test_dev4_pt_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)


SENDER = "Joana Lemos <joana.lemos@azulejaria-lemos.example>"

REJECTIONS = [
    # passive / impersonal: the application "not considered", "not possible to ..." (clitic on the infinitive)
    "Recebemos a sua candidatura para Técnica Comercial; informamos, porém, que a mesma não foi considerada.",
    "Infelizmente não nos será possível integrá-lo na equipa de Logística, agradecemos a sua candidatura.",
    "Olá Rafael, não vai ser possível contar com você para a vaga de Auxiliar Administrativo.",
    # the reader "was not the one chosen"
    "Cara Inês, lamentamos, mas não foi a pessoa escolhida para a função de Rececionista.",
    "Rafael, seu perfil não foi o selecionado para a vaga de Analista de Compras desta vez.",
    # past tense of "giving continuity"
    "Olá, a loja Boa Praça não deu seguimento à sua candidatura para a vaga de Repositor.",
    "A empresa não quis dar continuidade ao seu processo para a vaga de Estoquista.",
    # requirements not met
    "Após análise, o seu currículo não cumpre os requisitos mínimos da função de Eletricista.",
    "Infelizmente você não atende aos critérios definidos para a vaga de Motorista.",
    # the choice stated as a noun, or from the chosen one's side
    "A escolha acabou por recair num candidato com mais anos de experiência na função de Contabilista.",
    "Nossa opção foi por uma profissional que já conhecia o sistema, para a vaga de Recepcionista.",
    "Outra candidata acabou por ser selecionada para a função de Educadora, obrigado pela sua candidatura.",
    "Para a vaga de Designer foi contratado outro profissional. Agradecemos seu interesse.",
    # the reader not called to the next step
    "Não vamos chamá-lo para a entrevista da vaga de Operador de Loja, obrigado pelo seu interesse.",
    "Cara Inês, não foi convocada para a fase seguinte do recrutamento de Técnica de Farmácia.",
    # a refusal verb with the application
    "Lamentamos, mas a sua candidatura à função de Enfermeira foi indeferida pelo júri.",
    "Temos de recusar a sua candidatura para a vaga de Vendedor, agradecemos o interesse.",
    "Status da candidatura: Reprovado na triagem. Vaga: Analista de Crédito.",
    # "we decided not to go on" with no object
    "Olá Rafael, após a entrevista para a vaga de Barista, optamos por não prosseguir.",
    "O cliente resolveu não avançar, por isso a sua candidatura a Gestor de Conta fica por aqui.",
    # closing the application, elliptic object
    "Estamos a encerrar a sua participação no processo de recrutamento para Técnico de Redes.",
    "Com a suspensão das contratações, fechamos todos os processos abertos, incluindo o seu para Supervisor.",
    # no opening for an unsolicited application; informal "not this time"
    "Agradecemos a sua candidatura espontânea, mas não temos de momento vagas adequadas ao seu perfil.",
    "Não foi dessa vez, Rafael! Agradecemos sua candidatura para a vaga de Atendente.",
    # someone internal; others better suited; preference given
    "Para a vaga de Coordenadora decidimos ficar com uma colaboradora interna. Obrigado pela sua candidatura.",
    "Surgiram candidatos com um perfil mais alinhado com a função de Engenheiro, pelo que agradecemos a sua candidatura.",
    "Demos preferência a candidatos com residência em Braga para a vaga de Técnico, obrigado pela sua candidatura.",
    # the position filled, cancelled or paused
    "A vaga de Assistente de Loja acabou sendo preenchida por um colaborador interno, agradecemos seu interesse.",
    "A posição de Analista foi congelada pela direção e o seu processo fica assim encerrado.",
    # other direction / no fit
    "Decidimos seguir numa direção diferente para a vaga de Gerente, obrigado pela sua candidatura.",
    "Infelizmente não houve encaixe entre o seu perfil e a vaga de Product Owner.",
    "A sua participação no processo seletivo para Analista não teve sucesso.",
    # "other candidates suit better", with the verb before or after "melhor"
    "Concluímos que existem outros candidatos cujo perfil se adequa melhor à vaga de Analista. Obrigado pela candidatura.",
    "Há candidatos com experiência mais alinhada com a função de Técnica, agradecemos a sua candidatura.",
    # the past "não avançou", a stage not passed with the reader as subject
    "Olá Inês, a tua candidatura para Empregada de Mesa não avançou. Obrigado na mesma!",
    "Olá Rafael, infelizmente você não passou na entrevista técnica para a vaga de Analista.",
    "Olá Rafael, entendemos que não é o momento de seguir com seu perfil para a vaga de Analista.",
    # a negative result or answer; no fit found; informal "não vai dar pra"
    "Rafael, o resultado da etapa de entrevistas não foi favorável para você na vaga de Analista.",
    "Olá Inês, o resultado da sua candidatura à função de Técnica foi negativo.",
    "Olá Rafael, não encontramos aderência entre seu perfil e os requisitos da vaga de Analista.",
    "Olá Rafael, a empresa concluiu que não vai dar pra seguir com a sua contratação para a vaga de Motorista.",
    # plural positions all filled; the applied-to position no longer open; the talent pool as job context
    "Olá Inês, as vagas do nosso estágio de verão já foram todas preenchidas. Obrigado pela tua candidatura!",
    "Olá Inês, a posição para a qual se candidatou já não se encontra disponível. Agradecemos o seu interesse.",
    "Olá Rafael, após análise, seu perfil não foi selecionado para seguir nas próximas etapas. Seus dados ficam no nosso banco de talentos.",
    # other profiles "closer", formal "não mereceu acolhimento", "avançarmos juntos", the journey ended
    "Olá Rafael, depois de muita conversa interna, o time entendeu que outros perfis estão mais próximos do momento da empresa. Obrigado pela sua participação.",
    "Exma. Senhora, cumpre-nos informar que a candidatura de V. Exa. ao lugar de Técnica não mereceu acolhimento.",
    "Olá Inês! Sentimos muito, mas desta vez não será possível avançarmos juntos na vaga de Designer.",
    "Olá Rafael! Sua jornada no processo seletivo Analista Jr chegou ao fim. Agradecemos sua participação.",
    # BR public sector: "V.Sa. foi considerado(a) eliminado(a)"
    "Prezado(a) candidato(a), conforme o resultado do Processo Seletivo Simplificado nº 03/2026, V.Sa. foi considerado(a) eliminado(a) por não comprovar a experiência exigida.",
    "Cara Inês, na sequência da avaliação curricular para o lugar de Técnica Superior, foi considerada não apta.",
    # pt-PT contractions "noutro", "numa"
    "Cara Inês, agradecemos a sua candidatura, mas a nossa escolha recaiu noutro candidato para a função de Técnica.",
    "Cara Inês, optámos numa fase final por uma candidata com mais experiência na função de Técnica. Obrigado pela candidatura.",
]

NOT_REJECTIONS = [
    # an open condition: an incomplete application, a test not yet taken, a hedge about silence
    ("Documentos", "Olá Rafael, caso o comprovativo de morada não seja enviado até sexta, não poderemos avançar com a "
                   "sua candidatura à vaga de Analista."),
    ("Teste online", "Cara Inês, se não concluir o teste até domingo, não será possível considerar a sua candidatura "
                     "para a função de Programadora."),
    ("Candidatura recebida", "Recebemos sua candidatura para a vaga de Analista. Caso você não tenha retorno em 20 dias, "
                             "considere que não foi selecionado."),
    ("Documentos", "Olá Inês, sem o certificado de habilitações não é possível considerar a sua candidatura à função "
                   "de Técnica; envie-o até sexta."),
    # the reader as interviewer, news about a third person
    ("Candidata Sofia", "Oi Rafael, a candidata Sofia Reis não passou na etapa técnica, então tirei a entrevista da sua "
                        "agenda com ela. Obrigada pela avaliação da entrevista!"),
    ("Novidades", "Olá Inês! Sabias que o Tiago não foi escolhido para a vaga de gerente? Está bem triste."),
    ("Vaga do Bruno", "Rafa, ele também não foi selecionado para a vaga de trainee, vamos tomar um café com ele?"),
    # still in the process, good news, invitation, offer
    ("Processo", "Olá Rafael, ainda não tomamos uma decisão sobre a vaga de Analista; você continua no processo."),
    ("Próxima fase", "Parabéns, Inês! Foi aprovada na etapa de entrevista e seguirá para a fase final da função de "
                     "Contabilista."),
    ("Entrevista", "Olá Rafael, gostaríamos de agendar uma entrevista para a vaga de Designer. Qual horário fica melhor?"),
    ("Proposta", "Cara Inês, temos o prazer de lhe oferecer a posição de Analista de Marketing; segue a proposta."),
    # not the reader's decision: withdrawal by the reader
    ("Retirada", "Olá Rafael, entendemos que você decidiu não prosseguir com a candidatura para a vaga de Analista. "
                 "Boa sorte!"),
    # a job advert's future preference
    ("Vaga aberta", "Estamos a recrutar Técnico de Manutenção. Será dada preferência a candidatos com experiência em "
                    "AVAC. Envie o seu CV."),
    # an interim update: other interviews go on and the reader will hear back
    ("Atualização", "Olá Rafael, vamos seguir com as entrevistas com outros candidatos esta semana e voltamos a falar "
                    "consigo na próxima. Obrigado pela candidatura à vaga de Analista."),
    # the owner withdrawing, a relative's test, a colleague told to pass a refusal on
    ("Re: vaga", "Olá, decidi não prosseguir com a candidatura porque aceitei outra proposta. Obrigado pela oportunidade."),
    ("Novidades", "O seu irmão não passou na entrevista do clube, escolheram outro rapaz. Pode rever o meu currículo?"),
    ("Candidatas", "Pode mandar a recusa para a candidata de terça? A vaga de analista já está ocupada."),
    ("Vaga", "A vaga de designer já foi preenchida, arquive as restantes candidaturas, por favor."),
    # credit, a scholarship, a course, a prize, a project's candidacy, an internal announcement
    ("Crédito", "Olá Inês, o seu pedido de crédito não foi aprovado. Obrigado pela candidatura."),
    ("Bolsa", "Lamentamos, mas o seu pedido de bolsa não foi aprovado. Recebemos 800 candidaturas."),
    ("Curso", "Olá Rafael, a sua inscrição no curso de Excel não foi aceite por falta de vagas."),
    ("Sorteio", "Olá Rafael, você não foi selecionado no sorteio da feira de carreiras, obrigado por participar."),
    ("Edital", "Olá Rafael, a candidatura do seu projeto ao edital de inovação não foi aprovada."),
    ("Vaga interna", "Caros colegas, a vaga interna de Coordenador foi preenchida pela Ana Silva. Parabéns à Ana!"),
    # the process goes on: CV passed to the manager, next step on Monday
    ("Vaga", "Olá Rafael! Seu currículo foi encaminhado para o gestor da vaga de Vendedor. Aguarde contato."),
    ("Entrevista", "Olá Rafael, obrigado pela entrevista de ontem para Analista. Vamos seguir com a próxima etapa na segunda."),
    # a results list announced, a colleague's candidates
    ("Resultado preliminar", "Prezado(a) candidato(a), o resultado preliminar do Processo Seletivo Simplificado nº 03/2026 está disponível no site. Prazo de recurso: 2 dias úteis."),
    ("Candidatos", "Olá Rafael, dos 5 candidatos que entrevistaste, decidimos não avançar com 3. Podes enviar o feedback aos outros dois?"),
    # asked to resend or reactivate; data deleted on request
    ("Documento", "Olá Inês, não foi possível considerar o seu documento de identificação na candidatura à vaga de Técnica; por favor reenvie."),
    ("Candidatura", "Olá Rafael, a sua candidatura à vaga de Analista foi encerrada por inatividade; pode reativá-la no portal."),
    ("LGPD", "Olá Rafael, conforme solicitado, o seu currículo foi excluído da nossa base de talentos."),
    # a job board's closed posting, a ticket about a CI job
    ("Seu perfil foi visto 12 vezes", "Esta vaga já não está disponível, mas veja vagas parecidas com o seu perfil perto de Lisboa."),
    ("[Redmine] Tarefa #12", "Estado alterado de Aberto para Recusado. Não vamos avançar com a migração do job de backup."),
    # career advice
    ("Dicas", "O que fazer quando a sua candidatura não foi selecionada? Veja as nossas dicas para a próxima vaga."),
    # a saved posting closed
    ("Vaga encerrada", "A vaga de Analista que você favoritou foi encerrada. Veja outras vagas parecidas no app."),
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_dev4_pt_reworded_rejection(body: str) -> None:
    assert found(mail(body, subject="A sua candidatura", sender=SENDER)), body


@pytest.mark.parametrize(("subject", "body"), NOT_REJECTIONS)
def test_dev4_pt_lookalike(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER)), body


@pytest.mark.parametrize(("body", "is_rejection"), [
    # the reader was referred ("pela indicação de"), not referring someone
    ("Olá Ana, recebi o seu currículo pela indicação da Sônia. Infelizmente a vaga de analista já foi preenchida "
     "por outro candidato.", True),
    ("Olá Rui, obrigado pela sua indicação do Pedro para a vaga de analista. Infelizmente optámos por outro "
     "candidato.", False),
    # formal pt-PT "contactá-la" is the reader; "podes avisá-lo" asks the reader to tell a candidate
    ("Cara Dra. Ana, agradecemos a sua candidatura. Infelizmente optámos por outro candidato; voltaremos a "
     "contactá-la se surgir uma nova vaga.", True),
    ("Olá Rui, obrigado por entrevistares o Pedro. Decidimos não avançar com a candidatura dele; podes avisá-lo?",
     False),
])
def test_who_the_decision_is_about(body: str, is_rejection: bool) -> None:
    assert found(mail(body, subject="A sua candidatura")) is is_rejection
