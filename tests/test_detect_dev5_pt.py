# ruff: noqa: E501
"""dev5/pt: a fifth independent Portuguese corpus (European and Brazilian), written before the detector was read,
then reworded variants of each construction added or widened for it.

Every labelled message must be classified as labelled, except the known misses (strict xfails: when one starts
passing, update the list). The rewordings below are in no corpus: positives for each construction, and the
look-alikes next to them as negatives, so each rule is tested as a class of sentences, not as one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import check_labelled, corpus_cases, found, mail

KNOWN_MISSES: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev5", ("pt",), KNOWN_MISSES))
def test_dev5_pt_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)


SENDER = "Vera Cardoso <vera.cardoso@oficina-norte.example>"

REJECTIONS = [
    # more verbs of the "not selected" class: contemplated, retained, pre-1990 spelling "seleccionado"
    "Prezado Rafael, informamos que o seu currículo não foi contemplado para a vaga de Auxiliar de Cozinha.",
    "Cara Inês, após a triagem, a sua candidatura à função de Técnica de Laboratório não foi retida.",
    "Exmo. Senhor, lamentamos informar que V. Exa. não foi seleccionado para o lugar de Fiel de Armazém.",
    # the process ended "without" the application being chosen
    "Olá Rafael, o recrutamento para Analista de Suporte terminou sem que o seu perfil tenha sido selecionado.",
    "Cara Inês, a seleção para Rececionista foi concluída sem que a tua candidatura fosse escolhida.",
    # no (formal) offer will follow
    "Olá Rafael, após a checagem de referências para a vaga de Motorista, não vamos formalizar a proposta.",
    "Cara Inês, lamentamos, mas não nos é possível estender uma proposta para a função de Enfermeira.",
    # not among the (pre-)selected
    "Olá Rafael, você não ficou entre os pré-selecionados para a entrevista da vaga de Almoxarife.",
    "Cara Inês, a tua candidatura não está entre as mais bem classificadas para o lugar de Educadora.",
    # exclusion with an "(a)" marker, nominal exclusion, nominal closing, the name missing from the list
    "Notifica-se V. Exa. de que foi eliminado(a) do concurso para Assistente Operacional por falta à entrevista.",
    "O júri deliberou a sua eliminação do procedimento para Técnico Superior por não comprovar a licenciatura.",
    "Olá Rafael, comunicamos o término da sua participação no processo seletivo para Vendedor Externo.",
    "Exma. Senhora, o seu nome não figura na lista de candidatos aprovados para a fase de entrevistas do recrutamento.",
    # "we ended up keeping someone else" / "decided not to go on at this stage"
    "Olá Inês, obrigado pela entrevista; decidimos ficar com outra candidata para a vaga de Cozinheira.",
    "Rafael, sobre a sua candidatura a Analista Fiscal: optamos por não avançar nesta etapa.",
    "Cara Inês, relativamente à função de Técnica de RH, decidimos não prosseguir neste processo.",
    # "we could not include you / go on with you"
    "Olá Inês, não conseguimos incluir-te na equipa de monitores de verão deste ano, obrigado pela candidatura.",
    "Olá Rafael, não conseguimos seguir com você na vaga de Operador de Empilhadeira.",
    # "this time it won't be possible" (time phrase first)
    "Oi Rafael, obrigada pela entrevista para a vaga de caixa! Dessa vez não vai ser possível, mas fica o contato.",
    "Olá Inês, quanto ao lugar de empregada de mesa, desta vez não foi possível. Obrigado pela candidatura.",
    # one other profile closer to the need
    "Rafael, depois da entrevista para a vaga de SDR, concluímos que outra pessoa está mais alinhada com o time.",
    "Cara Inês, entendemos que outro perfil é mais adequado para a função de Designer neste momento.",
    # the role handed to someone else (indefinite recipient)
    "Oi Rafael, a vaga de assistente de loja acabou ficando com uma pessoa que já trabalhava na rede.",
    "Cara Inês, o lugar de Técnica de Marketing foi atribuído a uma candidata com mais experiência digital.",
    "Olá Rafael, oferecemos a posição de Analista de Dados a um profissional que já conhecia o setor.",
    "Oi Rafael, infelizmente não foi desta: vamos com alguém que já fez trabalho de campo. Abraço!",
    # a past go-on verb with other finalists: "o processo seguiu com outras finalistas"
    "Olá Inês, obrigado pela sua candidatura; a seleção para Copywriter prosseguiu com outras finalistas.",
    "Rafael, agradecemos o seu tempo, mas o recrutamento de Analista avançou com outros candidatos.",
    # idiom: the application "stayed by the wayside"; the choice "did not fall on" the reader
    "Olá Rafael, a sua candidatura para Técnico de Som ficou pelo caminho na triagem curricular.",
    "Cara Inês, concluída a seleção para Nutricionista, a escolha final não recaiu sobre a sua candidatura.",
    "Olá Rafael, agradecemos a entrevista, mas a decisão não foi por você para a vaga de Analista.",
    # the reader "is not the right person / the ideal profile"
    "Olá Inês, gostámos de te conhecer, mas não és a candidata ideal para a vaga de Chefe de Sala.",
    "Rafael, o seu perfil não é o mais indicado para a vaga de Coordenador neste momento.",
    # a proclitic before the inviting verb
    "Olá Inês, lamentamos, mas não vamos te convocar para a próxima etapa da vaga de Assistente.",
    "Prezado Rafael, não iremos lhe chamar para a fase de entrevistas da vaga de Auxiliar.",
    # short of the bar: cut-off score, "aquém"
    "Olá Rafael, a sua nota na prova ficou abaixo da nota de corte da vaga de Técnico de Informática.",
    "Cara Inês, a sua experiência em auditoria fica aquém do que a função de Auditora Sénior exige.",
    # "finished without approval"
    "Olá Rafael, a sua participação no processo seletivo para Porteiro foi encerrada sem aprovação.",
    # the reader as the clitic object of a hiring verb
    "Olá Inês, depois de pensarmos bem, decidimos não te contratar para a vaga de Animadora.",
    "Prezado Rafael, a empresa resolveu não lhe admitir para o cargo de Auxiliar Contábil.",
    # ranked outside the openings in a public competition
    "Notifica-se V. Exa. de que ficou classificada em 9.º lugar, fora das vagas do concurso externo de ingresso para Técnica Superior.",
    "Prezado Rafael, no concurso público para Agente de Trânsito o senhor ficou posicionado fora do número de vagas.",
    # refusal verbs of the reader's own process: "desconsiderada", "finalizado", "arquivada"; "dizer não à candidatura"
    "Olá Rafael, a sua candidatura a Eletricista foi desconsiderada por falta de experiência comprovada.",
    "Olá Inês, o teu processo no recrutamento para Pasteleira foi finalizado. Obrigado pelo interesse!",
    "Cara Inês, tivemos de dizer não à sua candidatura para Técnica de Seguros, apesar do bom percurso.",
    # the role "closed with" someone else
    "Olá Rafael, a vaga de Zelador foi fechada com um profissional indicado pelo condomínio.",
    "Olá Inês, fechámos a posição de Gestora de Loja com uma candidata que já conhecia a marca.",
    # past forms of "meets the requirements"; the panel "decided not to admit" the application
    "Cara Inês, a sua candidatura não cumpriu os requisitos mínimos exigidos para o lugar de Assistente.",
    "Exmo. Senhor, o júri deliberou não aceitar a sua candidatura ao lugar de Técnico Superior.",
    # all applications closed; no place "for you"; the role "is not for you"
    "Olá Rafael, a contratação para Analista foi cancelada e por isso encerramos todos os processos. Obrigado pela candidatura.",
    "Olá Rafael, infelizmente não temos uma vaga para você neste momento.",
    "Olá Inês, desta vez a função de Monitora não é para ti. Obrigado por te candidatares!",
    "Olá Rafael! Não foi dessa vez. Agradecemos a participação no processo seletivo Trainee 2027.",
]

# Under a subject that names nothing: the sentence itself must carry the job context and the reader.
BARE = [
    # casual notes with no other job word: "we chose / went with someone else"
    ("loja do centro", "Oi Rafa, dessa vez não rolou, fechamos com outra pessoa pra loja do centro. Valeu!"),
    ("turno da tarde", "Olá Inês, obrigada pela conversa. Optámos por outra pessoa para o turno da tarde. Beijinhos!"),
    ("trabalho de campo", "Oi Rafael, infelizmente não foi desta. Vamos com alguém que já fez trabalho de campo. Abraço!"),
    # "você não foi ..." names the reader even without another reader word (apprentice programme)
    ("Programa 2027", "Olá, Rafael! Você não foi aprovado para o Programa Jovem Aprendiz deste ano."),
]

NOT_REJECTIONS = [
    # another position filled, the reader's application goes on
    ("Atualização", "Olá Rafael, a vaga de Analista Júnior foi preenchida, mas a sua candidatura para Analista Pleno continua em andamento."),
    ("Ponto de situação", "Cara Inês, o lugar de Técnica foi ocupado internamente; a tua candidatura à outra função mantém-se ativa e falamos na próxima semana."),
    # the reader as interviewer
    ("Candidata Marta", "Olá Rafael, obrigado por ter entrevistado a candidata Marta Lopes. Já decidimos não avançar com o outro candidato."),
    ("Parecer", "Inês, por favor preenche o teu parecer sobre a candidata de ontem no Greenhouse; optámos por outra pessoa para a segunda vaga."),
    # a referral
    ("Indicação", "Olá Rafael, o seu indicado não foi selecionado para a vaga de Repositor. Obrigado por participar do programa!"),
    ("Programa Indique", "Olá Inês, obrigado por indicar o Bruno; a vaga de Técnico foi preenchida por outro candidato."),
    # a club or association membership
    ("Sócio", "Caro Rafael, a sua proposta de admissão como sócio do clube de ténis não foi aprovada pela direção. Candidatura n.º 18."),
    ("Associação", "Cara Inês, a tua candidatura a sócia efetiva não foi aceite este ano."),
    # "não conseguimos incluir a sua entrevista": a diary, not the reader
    ("Entrevista", "Olá Rafael, infelizmente não conseguimos incluir a sua entrevista para a vaga de Analista na agenda desta semana; podemos marcar para terça?"),
    # a role went to a named colleague: an internal announcement
    ("Comunicado", "Caros colegas, a vaga de Gerente de Loja ficou com a Ana Souza, que já coordenava a equipa do Porto."),
    # "we'll go with someone who ...": trip planning with a job word elsewhere
    ("Viagem", "Oi Rafa, para a trilha de sábado vamos com alguém que conhece o caminho. Depois da entrevista de segunda a gente se fala!"),
    # the reader got the role; an interview moved; a viewed posting closed with an invitation to apply; a tender
    ("Boas notícias", "Olá Inês, a vaga de Técnica foi atribuída a si! Parabéns, a proposta segue por e-mail."),
    ("Resultado", "Olá Rafael, parabéns, você foi selecionado para a vaga de Analista! Não foi uma decisão fácil entre os finalistas."),
    ("Entrevista", "Olá Inês, a recrutadora decidiu não avançar com a entrevista de hoje por doença; vamos remarcar para quinta."),
    ("Vaga fechada", "Olá Rafael, a vaga de Caixa que você salvou já foi preenchida, mas abrimos outra parecida: quer se candidatar?"),
    ("Relatório final", "Exmos. Senhores, a proposta da vossa empresa não foi selecionada no concurso público; a adjudicação foi feita ao concorrente n.º 2."),
    # a candidate the reader recommended; an archived application reopened; a role closed with a named colleague
    ("Recomendação", "Olá Rafael, a pessoa que você recomendou não foi selecionada para a vaga de Analista. Obrigado!"),
    ("Candidatura", "Olá Inês, a tua candidatura foi arquivada por engano; já a reativámos e segue no processo."),
    ("Equipa", "Olá Rafael, a posição de Analista foi fechada com a Joana Pires, que começa segunda. Preparas o onboarding?"),
    # a footer: "if this mail is not for you"
    ("Vaga de Analista", "Olá Rafael, segue o link da entrevista para a vaga de Analista. Se esta mensagem não é para você, apague-a."),
    # list of admitted and excluded published, reader's status not given
    ("Lista", "Informa-se que foram publicadas as listas de candidatos admitidos e excluídos do procedimento para Assistente Técnico."),
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_dev5_pt_reworded_rejection(body: str) -> None:
    assert found(mail(body, subject="A sua candidatura", sender=SENDER)), body


@pytest.mark.parametrize(("subject", "body"), BARE)
def test_dev5_pt_bare_rejection(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER)), body


@pytest.mark.parametrize(("subject", "body"), NOT_REJECTIONS)
def test_dev5_pt_lookalike(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER)), body
