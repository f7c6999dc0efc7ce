# ruff: noqa: E501
"""Build the dev8/pt corpus: Portuguese (Brazil and Portugal) rejection mail, eighth independent author.

About 100 rejections aimed at phrasing earlier rounds may lack (indirect "we completed / filled / closed",
passive and nominal styles, decisions buried after news, public-body notices, chat register, typos and missing
accents, pre-1990 Portuguese spelling, subject-only verdicts, English subjects or signatures), about 40 hard
look-alikes and about 10 ordinary mails with job words.

    python build.py          # writes messages/NNNN.eml and labels.jsonl
    python build.py --check  # parses everything back and checks labels 1:1

Deterministic: no randomness, no clock. All people, companies and domains are invented.
"""

from __future__ import annotations

import html as htmllib
import json
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

OWNERS = [
    ("Larissa Menezes", "larissa.menezes@caixa.example"),
    ("Bruno Esteves", "bruno.esteves@mailbox.test"),
    ("Carolina Dias", "carol.dias@caixa.example"),
    ("Vasco Albuquerque", "vasco.alb@correio.test"),
    ("Fernanda Queiroz", "fe.queiroz@mailbox.test"),
    ("Rodrigo Antunes", "rodrigo.antunes@correio.test"),
    ("Joana Valadares", "joana.valadares@caixa.example"),
    ("Thiago Brandão", "thiago.brandao@mailbox.test"),
]

CHARSETS = ["utf-8", "iso-8859-1", "utf-8", "windows-1252", "utf-8", "iso-8859-15"]
CTES = ["quoted-printable", "8bit", "base64", "quoted-printable", "base64"]
BASE_DATE = datetime(2026, 4, 6, 8, 40, tzinfo=timezone(timedelta(hours=-3)))

ITEMS: list[dict] = []


def rej(subject, body, frm, *, co, role=None, person=True, url=None, fmt="plain", quote=None, note=None,
        kind="rejection", contact=None):
    """A rejection. frm = (display, address); person=True makes the sender the contact."""
    if contact is None and person:
        contact = frm
    ITEMS.append(dict(rejection=True, kind=kind, subject=subject, body=body, frm=frm, fmt=fmt, quote=quote,
                      note=note, company=co, role=role, contact=contact, url=url))


def other(kind, subject, body, frm, *, fmt="plain", quote=None, note=None):
    """A look-alike or an ordinary mail: every extraction field is null."""
    ITEMS.append(dict(rejection=False, kind=kind, subject=subject, body=body, frm=frm, fmt=fmt, quote=quote,
                      note=note, company=None, role=None, contact=None, url=None))


def look(subject, body, frm, **kw):
    other("lookalike", subject, body, frm, **kw)


def ordinary(subject, body, frm, **kw):
    other("ordinary", subject, body, frm, **kw)


# ======================================================================================
# Rejections
# ======================================================================================
# ---- indirect: "we completed / filled / closed the process" --------------------------
rej("Cajuína Software | Desenvolvedor(a) Mobile Pleno",
    """Olá, {nome}!

Passando para agradecer sua participação no processo de Desenvolvedor(a) Mobile Pleno aqui na Cajuína Software.

Depois de revisar com calma todos os perfis, o time decidiu avançar com pessoas que têm mais vivência em Kotlin Multiplatform, ponto central para o momento do squad. Sabemos o esforço que cada candidatura exige e por isso preferimos ser transparentes: a sua participação neste processo termina aqui.

Um abraço,
Time de Pessoas | Cajuína Software
https://cajuina.example/carreiras""",
    ("Cajuína Software via VagaFlow", "nao-responda@vagaflow.example"), person=False, co="Cajuína Software",
    role="Desenvolvedor(a) Mobile Pleno", url="https://cajuina.example/carreiras", fmt="alt")

rej("Recrutamento - Assistente Administrativo(a)",
    """Cara/o {nome},

Vimos informar que concluímos o processo de recrutamento para a posição de Assistente Administrativo(a) e que a mesma se encontra preenchida.

Agradecemos o tempo que dedicou à entrevista e a simpatia com que nos recebeu.

Cumprimentos,
Filipa Moura
Recursos Humanos
Seguradora Atalaia""",
    ("Filipa Moura", "filipa.moura@atalaia-seguros.example"), co="Seguradora Atalaia",
    role="Assistente Administrativo(a)")

rej("Gestor(a) de Loja - Braga",
    """Bom dia {nome},

Por decisão da administração, o recrutamento para Gestor(a) de Loja em Braga foi cancelado e não será retomado durante este ano. Por esse motivo, encerrámos todas as candidaturas em curso, incluindo a sua.

Lamentamos o incómodo e agradecemos a disponibilidade demonstrada.

Equipa de Talento
Grupo Azulejo Retail
https://azulejoretail.example/carreiras""",
    ("Grupo Azulejo Retail", "talento@azulejoretail.example"), person=False, co="Grupo Azulejo Retail",
    role="Gestor(a) de Loja", url="https://azulejoretail.example/carreiras", fmt="html")

rej("Vaga de Analista de Pricing",
    """Oi {nome}, tudo bem?

Queria te dar uma posição sincera: a contratação para a vaga de Analista de Pricing foi congelada por tempo indeterminado depois da reestruturação da área, então estamos encerrando o processo com todos os candidatos.

Gostei muito da nossa conversa e, se a vaga voltar, você vai ser uma das primeiras pessoas que vou procurar.

Abs,
Gustavo Leal
Head de Receita | Banco Jequitibá""",
    ("Gustavo Leal", "gustavo.leal@jequitiba.example"), co="Banco Jequitibá", role="Analista de Pricing")

rej("Processo seletivo - Auxiliar de Cozinha",
    """Olá {nome},

O processo seletivo para Auxiliar de Cozinha foi finalizado com a contratação de outro profissional, que já iniciou as atividades na unidade Centro.

Obrigado por ter vindo fazer o teste prático.

Rede Sabor da Serra - Gente & Gestão""",
    ("Rede Sabor da Serra", "gente@sabordaserra.example"), person=False, co="Rede Sabor da Serra",
    role="Auxiliar de Cozinha")

rej("Sua candidatura - Técnico(a) de Laboratório",
    """Prezado(a) {nome},

Informamos que a vaga de Técnico(a) de Laboratório para a qual você se candidatou já foi ocupada.

Seu currículo permanece em nosso banco de dados por 6 meses.

Atenciosamente,
Recursos Humanos - Laboratório Biovale""",
    ("RH Biovale", "rh@biovale.example"), person=False, co="Laboratório Biovale", role="Técnico(a) de Laboratório",
    fmt="alt")

rej("Encerramento do processo",
    """{nome}, bom dia.

Encerramos ontem o processo para Coordenador(a) Pedagógico(a). As pessoas aprovadas já foram contatadas por telefone e, como você não está entre elas, deixo aqui o nosso agradecimento pela participação e pela aula muito bem preparada.

Cordialmente,
Irmã Lúcia Bragança
Direção - Escola Viva Semente""",
    ("Lúcia Bragança", "direcao@vivasemente.example"), co="Escola Viva Semente", role="Coordenador(a) Pedagógico(a)")

rej("Programa de Trainee 2026 - etapa encerrada",
    """Olá {nome},

Chegamos ao fim da etapa de painel do Programa de Trainee 2026. As vagas disponíveis foram todas preenchidas por candidatos com pontuação mais alta no painel, o que encerra a sua jornada conosco nesta edição.

Foi um prazer conhecer a sua história.

Equipe Trainee Construtora Pedra Lisa
https://pedralisa.example/trainee""",
    ("Trainee Pedra Lisa", "trainee@pedralisa.example"), person=False, co="Construtora Pedra Lisa",
    role="Programa de Trainee 2026", url="https://pedralisa.example/trainee", fmt="table")

rej("Posição de Engenheira de Dados",
    """Olá {nome},

Obrigado pela paciência ao longo das últimas semanas. Chegámos a uma decisão para a posição de Engenheira de Dados: a vaga foi preenchida internamente por uma colega da equipa de BI, que vai fazer a transição no próximo mês.

Não foi uma questão de mérito da sua candidatura, que foi das mais fortes que recebemos.

Um abraço,
Tomás Ventura
Engineering Manager, Lisbom Digital""",
    ("Tomás Ventura", "tomas.ventura@lisbomdigital.test"), co="Lisbom Digital", role="Engenheira de Dados")

rej("Re: Analista de Suporte N2",
    """Boa tarde {nome},

Respondendo seu e-mail: optamos por uma promoção interna para a posição de Analista de Suporte N2. Por isso o processo externo foi encerrado.

Agradeço o interesse.

Márcia Teles
RH - Conecta Norte Provedor""",
    ("Márcia Teles", "marcia.teles@conectanorte.example"), co="Conecta Norte Provedor", role="Analista de Suporte N2",
    fmt="reply", quote="Boa tarde Márcia, gostaria de saber se há alguma atualização sobre a vaga de Analista de Suporte N2. Obrigado(a)!")

rej("Estágio em Engenharia Civil",
    """Olá {nome},

Obrigado por aguardar. Concluímos as avaliações e, infelizmente, não temos uma posição para você no estágio em Engenharia Civil neste semestre.

Boa sorte nos estudos!
Construtora Pedra Lisa - Estágios""",
    ("Estágios Pedra Lisa", "estagios@pedralisa.example"), person=False, co="Construtora Pedra Lisa",
    role="estágio em Engenharia Civil")

# ---- public bodies, passive and nominal styles ---------------------------------------
rej("Resultado preliminar - Processo Seletivo Simplificado nº 04/2026",
    """Prezado(a) candidato(a) {nome},

A Comissão do Processo Seletivo Simplificado nº 04/2026 da Prefeitura Municipal de Águas Mansas comunica o resultado da análise documental.

| Inscrição | 2026-0417
| Cargo | Agente Comunitário de Saúde
| Situação | INDEFERIDA
| Motivo | Não comprovação da escolaridade mínima exigida no edital

O prazo para recurso é de 2 (dois) dias úteis a contar desta publicação.

Comissão do Processo Seletivo
Prefeitura Municipal de Águas Mansas""",
    ("Comissão PSS Águas Mansas", "pss@aguasmansas.example"), person=False,
    co="Prefeitura Municipal de Águas Mansas", role="Agente Comunitário de Saúde", fmt="table")

rej("Procedimento concursal - Técnico Superior (Recursos Humanos) - lista de exclusão",
    """Exmo(a). Senhor(a) {nome},

Nos termos do artigo 22.º da Portaria aplicável, notifica-se V. Exa. de que, após apreciação dos requisitos de admissão, a sua candidatura ao procedimento concursal para Técnico Superior (Recursos Humanos) foi excluída, por não preencher o requisito de habilitação académica previsto no aviso de abertura.

Dispõe de 10 dias úteis para se pronunciar, em sede de audiência dos interessados, mediante o formulário próprio.

O Presidente do Júri
Câmara Municipal de Pinhal de Cima""",
    ("Recursos Humanos CM Pinhal de Cima", "rh@cm-pinhaldecima.example"), person=False,
    co="Câmara Municipal de Pinhal de Cima", role="Técnico Superior (Recursos Humanos)")

rej("Concurso para Professor Adjunto - deliberação do júri",
    """Exmo(a). Senhor(a) Doutor(a) {nome},

Serve o presente para comunicar que o júri do concurso para Professor Adjunto na área de Engenharia Mecânica, reunido a 12 de março, deliberou por unanimidade a não admissão da sua candidatura à fase de avaliação curricular, por falta de aderência à área disciplinar do concurso.

A ata encontra-se disponível para consulta nos Serviços Académicos.

Com os melhores cumprimentos,
O Secretariado do Júri
Instituto Politécnico de Vale Sereno""",
    ("Secretariado de Concursos IPVS", "concursos@ipvsereno.example"), person=False,
    co="Instituto Politécnico de Vale Sereno", role="Professor Adjunto", fmt="alt")

rej("Edital 12/2026 - Professor Substituto - resultado da prova didática",
    """Prezado(a) {nome},

Comunicamos que, conforme ata da banca examinadora, sua nota na prova didática (5,8) ficou abaixo da nota mínima de 7,0 prevista no item 8.3 do Edital 12/2026, razão pela qual você foi eliminado(a) do certame para Professor Substituto de Química Geral.

Departamento de Química
Universidade Estadual do Planalto Verde""",
    ("Departamento de Química UEPV", "dq@uepv.example"), person=False, co="Universidade Estadual do Planalto Verde",
    role="Professor Substituto de Química Geral")

rej("Procedimento de recrutamento de Enfermeiros - lista de ordenação final",
    """Exmo(a). Senhor(a) {nome},

Informa-se que foi homologada a lista de ordenação final do procedimento de recrutamento de Enfermeiros (ref. 07/2026). V. Exa. ficou posicionado(a) em 47.º lugar, fora do número de postos de trabalho a preencher, pelo que não será contratado(a) no âmbito deste procedimento.

A lista pode ser consultada na página do Hospital de São Mamede do Vale.

Serviço de Gestão de Recursos Humanos
Hospital de São Mamede do Vale""",
    ("SGRH Hospital São Mamede", "sgrh@hsmamede.example"), person=False, co="Hospital de São Mamede do Vale",
    role="Enfermeiros")

rej("Seleção pública - 2ª fase",
    """Senhor(a) candidato(a),

Comunicamos que o seu nome não consta na relação de aprovados para a 2ª fase da seleção pública para Analista de Projetos Sociais do Instituto Aroeira.

A relação completa foi publicada no site do Instituto.

Coordenação de Seleção
Instituto Aroeira""",
    ("Seleção Instituto Aroeira", "selecao@aroeira.example"), person=False, co="Instituto Aroeira",
    role="Analista de Projetos Sociais")

rej("Decisão sobre a sua candidatura",
    """Caro(a) {nome},

Foi decidido não dar seguimento à sua candidatura ao lugar de Jurista Júnior.

A decisão foi tomada após ponderação das candidaturas recebidas e não envolve qualquer juízo sobre o seu valor profissional.

Sociedade de Advogados Pereira Lacerda & Associados""",
    ("Pereira Lacerda & Associados", "recrutamento@plac-advogados.example"), person=False,
    co="Pereira Lacerda & Associados", role="Jurista Júnior")

rej("Comunicação de encerramento de candidatura",
    """Prezado(a) {nome},

Comunicamos o encerramento da sua candidatura ao processo Analista de Crédito PJ (código 2231), por não atendimento aos critérios da etapa de análise curricular.

Seus dados serão tratados conforme nossa política de privacidade.

Banco Jequitibá - Atração de Talentos
https://jequitiba.example/trabalhe-conosco""",
    ("Banco Jequitibá Talentos", "talentos@jequitiba.example"), person=False, co="Banco Jequitibá",
    role="Analista de Crédito PJ", url="https://jequitiba.example/trabalhe-conosco", fmt="html")

rej("Estado da candidatura: não prosseguimento",
    """Candidatura: Operador(a) de Armazém (turno noturno)
Decisão: não prosseguimento para a fase de entrevista.
Fundamento: disponibilidade indicada incompatível com o horário da função.

Obrigado pelo interesse na Logística Tejo Sul.

Este e-mail foi enviado automaticamente, por favor não responda.""",
    ("Logística Tejo Sul", "no-reply@tejosul.example"), person=False, co="Logística Tejo Sul",
    role="Operador(a) de Armazém (turno noturno)")

rej("Resultado da avaliação médica admissional",
    """Prezado(a) {nome},

Informamos que, na avaliação médica admissional para o cargo de Operador de Empilhadeira, você foi considerado(a) inapto(a) pelo médico do trabalho, o que impede a sua admissão neste momento.

Em caso de dúvidas, procure o setor de Segurança e Saúde Ocupacional.

Transportadora Rio Claro Sul - Departamento Pessoal""",
    ("DP Rio Claro Sul", "dp@rioclarosul.example"), person=False, co="Transportadora Rio Claro Sul",
    role="Operador de Empilhadeira")

rej("Seleção - Técnico em Informática (projeto de extensão)",
    """Olá {nome},

A banca concluiu a seleção para Técnico em Informática do projeto de extensão. O(a) candidato(a) classificado(a) em primeiro lugar já assinou o contrato e não há lista de espera. Agradecemos a participação.

Profa. Sandra Uchôa
Coordenadora do Projeto - Universidade Estadual do Planalto Verde""",
    ("Sandra Uchôa", "sandra.uchoa@uepv.example"), co="Universidade Estadual do Planalto Verde",
    role="Técnico em Informática")

# ---- decision buried after news / long pleasantries ----------------------------------
rej("Novidades da Quero-Quero (e um retorno pra você)",
    """Olá {nome}!

Que mês! A gente se mudou para o novo escritório na Vila Madalena, contratou doze pessoas, lançou a versão 3 do aplicativo e ainda ganhou o prêmio de melhor startup de logística do ano. O time está empolgado e o café melhorou bastante.

No meio de tudo isso ficamos devendo um retorno sobre a vaga de Analista de Growth. Fechamos a posição com outra candidata, que começa no mês que vem. Obrigado por ter topado fazer o case, ele gerou boas discussões internas.

Se quiser acompanhar a gente, o blog é atualizado toda semana.

Um abraço,
Paula Azevedo
People & Culture - Quero-Quero Apps""",
    ("Paula Azevedo", "paula@queroquero.test"), co="Quero-Quero Apps", role="Analista de Growth", fmt="alt")

rej("Candidatura - Designer de Comunicação",
    """Caro(a) {nome},

Antes de mais, queremos agradecer-lhe sinceramente o cuidado com que preparou o seu portefólio. Recebemos mais de trezentas candidaturas para esta função, o que nos deixou simultaneamente orgulhosos e com uma tarefa difícil entre mãos.

Na Cortiça & Companhia acreditamos que cada pessoa que se candidata merece uma resposta pessoal, e é isso que tentamos fazer, mesmo quando demora mais do que gostaríamos. Também acreditamos que o design se aprende no atelier, ao lado de quem faz, e é por isso que damos tanta importância à entrevista presencial.

Foi, por isso, com alguma pena que decidimos não o(a) incluir no grupo de finalistas para Designer de Comunicação.

Esperamos voltar a cruzar-nos.

Marta Quintela
Direção Criativa
Cortiça & Companhia""",
    ("Marta Quintela", "marta.quintela@corticaecia.example"), co="Cortiça & Companhia",
    role="Designer de Comunicação", fmt="html")

rej("Atualizações do Instituto Aroeira - abril",
    """Querido(a) {nome},

Em abril celebrámos - quer dizer, celebramos! - dez anos de projetos no sertão, inauguramos a biblioteca comunitária de Riacho Fundo e recebemos a visita da equipe do fundo de cooperação.

Aproveito esta carta para responder sobre a vaga de Educador(a) Social: o financiamento do projeto foi reduzido e a vaga foi extinta, portanto não poderemos seguir com a sua candidatura.

Seguimos juntos na causa.
Helena Batista
Diretora Executiva, Instituto Aroeira""",
    ("Helena Batista", "helena.batista@aroeira.example"), co="Instituto Aroeira", role="Educador(a) Social")

rej("Obrigado pelo seu tempo",
    """Olá {nome},

Esperamos que esteja tudo bem por aí e que a mudança para Coimbra tenha corrido pelo melhor!

Foi ótimo conversar consigo nas duas entrevistas; a equipa gostou muito da forma como apresentou o projeto de migração de dados e ainda hoje falamos do exemplo dos contadores de água. Temos também boas notícias do nosso lado: o escritório do Porto abre em junho.

Quanto à vaga de Consultor(a) SAP, optámos por avançar com um perfil com mais anos de experiência em módulos financeiros.

Votos de sucesso,
Inês Frazão
Talent Acquisition, Norteia Consulting""",
    ("Inês Frazão", "ines.frazao@norteia.example"), co="Norteia Consulting", role="Consultor(a) SAP")

# ---- agencies and headhunters ----------------------------------------------------------
rej("Retorno - Coordenador de Qualidade",
    """Oi {nome}, tudo certo?

Tive retorno do cliente (Laboratório Biovale) sobre a vaga de Coordenador de Qualidade. Eles gostaram bastante da sua entrevista, mas decidiram seguir com um finalista que tem vivência em auditorias da ANVISA.

Sei que é chato receber essa notícia depois de três etapas. Vou te manter no radar para as próximas posições de qualidade.

Renata Okamoto
Consultora Sênior | Rumo Certo Talentos
(11) 9 8877-1200""",
    ("Renata Okamoto", "renata@rumocerto.example"), co="Laboratório Biovale", role="Coordenador de Qualidade")

rej("Candidatura - Engenheiro(a) de Processo",
    """Bom dia {nome},

Gostaríamos de lhe dar conta de que o nosso cliente, uma multinacional do setor automóvel, nos informou que não pretende avançar com o seu perfil para a fase seguinte da função de Engenheiro(a) de Processo.

Manteremos o seu CV na nossa base para oportunidades adequadas.

Cumprimentos,
Duarte Silveira
Consultor, Fénix RH""",
    ("Duarte Silveira", "duarte.silveira@fenixrh.example"), co="Fénix RH", role="Engenheiro(a) de Processo")

rej("Diretor Financeiro - feedback",
    """{nome}, boa tarde.

Conforme conversamos por telefone hoje cedo, formalizo por aqui: o conselho da Metalúrgica Serra do Mar escolheu outro nome para a diretoria financeira. A avaliação sobre você foi muito positiva, e a decisão final ficou entre dois finalistas.

Fico à disposição para um café e para pensarmos juntos nos próximos passos da sua carreira.

Abraço,
Ricardo Vilhena
Sócio - HuntBrasil Executive Search""",
    ("Ricardo Vilhena", "ricardo.vilhena@huntbrasil.example"), co="Metalúrgica Serra do Mar", role=None)

rej("Vaga temporária - Promotor(a) de Vendas",
    """Oi {nome}! Aqui é a Jéssica da Rumo Certo Talentos.

O cliente fechou as vagas de Promotor(a) de Vendas para a campanha de Páscoa e infelizmente você não ficou entre os escolhidos. Tem outras campanhas vindo aí, fica de olho no nosso Instagram!

Jéssica Pimentel - Rumo Certo Talentos""",
    ("Jéssica Pimentel", "jessica@rumocerto.example"), co="Rumo Certo Talentos", role="Promotor(a) de Vendas")

rej("Fwd: Posição de Controller",
    """Olá {nome},

Reencaminho abaixo a resposta que recebemos do cliente. Lamento, sei que tinha expectativas com este processo.

Sofia Cardeal
Fénix RH

---------- Mensagem encaminhada ----------
De: Nuno Rebelo <nuno.rebelo@vinhosdoalto.example>
Data: 3 de abril de 2026 17:02
Assunto: Posição de Controller
Para: Sofia Cardeal <sofia.cardeal@fenixrh.example>

Sofia, obrigado pelos perfis. Depois da segunda ronda decidimos não avançar com a candidatura de {nome_completo}; vamos fazer proposta ao outro finalista.
Nuno Rebelo
Diretor Financeiro, Vinhos do Alto""",
    ("Sofia Cardeal", "sofia.cardeal@fenixrh.example"), co="Vinhos do Alto", role="Controller")

# ---- chat / informal register, typos, no accents ---------------------------------------
rej("re: vaga Social Media",
    """Oi {nome}, tudo bem? Entao, conversei com o pessoal aqui e infelizmente nao vai rolar dessa vez, a gente fechou com uma pessoa que ja morava em Floripa. Mas curti muito teu trabalho, se abrir outra vaga de Social Media te chamo!

abs
Duda - Tamanduá Comunicação""",
    ("Duda Ferraz", "duda@tamandua.example"), co="Tamanduá Comunicação", role="Social Media",
    contact=("Duda Ferraz", "duda@tamandua.example"))

rej("vaga",
    """Oi! passando so pra avisar q a vaga de atendente foi fechada com outra pessoa, ok? obg pela paciencia 🙏

Kátia
Açaí da Praça""",
    ("Kátia Soares", "katia.acaidapraca@mailbox.test"), co="Açaí da Praça", role="atendente")

rej("Vendedor externo",
    """Bom dia {nome}

agradeçemos a participaçao no processo seletivo para vendedor externo, infelismente optamos por outro candidato com mais esperiencia na regiao do triangulo.

att
Cláudio Rocha
Distribuidora Sertãozinho""",
    ("Cláudio Rocha", "claudio@distsertaozinho.example"), co="Distribuidora Sertãozinho", role="vendedor externo")

rej("Estágio de verão",
    """Olá {nome}! Desta vez não foste escolhido(a) para o estágio de verão em game design. Obrigado pela tua candidatura e boa sorte!

Rita
Andorinha Games""",
    ("Rita Barreiros", "rita@andorinhagames.test"), co="Andorinha Games", role="estágio de verão em game design")

rej("Re: Freelance motion design",
    """Olá {nome}, desculpa a demora!! Vamos ficar por aqui no que toca à tua candidatura - o cliente acabou por preferir alguém com mais 3D. Mas adorei o teu reel, a sério.

Beijinhos,
Mafalda | Estúdio Carapau""",
    ("Mafalda Rebelo", "mafalda@estudiocarapau.test"), co="Estúdio Carapau", role=None, fmt="reply",
    quote="Olá Mafalda! Já há novidades sobre o freelance? Obrigado(a) :)")

rej("Sobre a entrevista de ontem",
    """E aí {nome}, beleza?

Vou ser direto: o pessoal achou que o teu perfil é muito sênior pra essa vaga de dev júnior e a gente não ia conseguir te pagar o que tu merece. Por isso não vamos seguir adiante contigo. Foi mal pela demora pra avisar.

Valeu demais,
Léo
CTO - Bugio Tech""",
    ("Leonardo Prado", "leo@bugiotech.test"), co="Bugio Tech", role="dev júnior")

rej("Resposta candidatura",
    """Ola {nome},

Agradecemos o seu interesse na vaga de operador de caixa. Apos analise dos curriculos recebidos informamos que o seu perfil nao foi selecionado para a fase de entrevistas.

Cumprimentos
Supermercado Flor de Sal""",
    ("Supermercado Flor de Sal", "lojas@flordesal.example"), person=False, co="Supermercado Flor de Sal",
    role="operador de caixa")

rej("Confeiteira",
    """Oi {nome}, aqui é a Dona Célia da Doceria Bem Casado. Desculpa, mas já peguei uma moça que mora aqui perto pra vaga de confeiteira. Deus te abençoe e boa sorte.""",
    ("Célia Moura", "celia.bemcasado@mailbox.test"), co="Doceria Bem Casado", role="confeiteira")

rej("Estagiário",
    """{nome},

confesso que foi uma decisão difícil, mas vou seguir com outra pessoa para a vaga de estagiário de arquitetura. Teu portfólio é ótimo, continua assim.

Abraço,
Felipe Arruda
Arruda Arquitetos""",
    ("Felipe Arruda", "felipe@arruda-arq.example"), co="Arruda Arquitetos", role="estagiário de arquitetura")

rej("Retorno",
    """oi {nome}

infelizmente a resposta é não dessa vez. a gente preferiu alguém que pudesse começar imediatamente no turno da noite.

qualquer coisa me chama
Beto - Hamburgueria Brasa Viva""",
    ("Alberto Nunes", "beto@brasaviva.example"), co="Hamburgueria Brasa Viva", role=None)

# ---- subject-only verdicts -------------------------------------------------------------
rej("Não selecionado(a) - Auxiliar de Logística",
    """Olá {nome},

Obrigado por participar do nosso processo. Você pode acompanhar outras oportunidades no nosso portal.

Equipe de Recrutamento
Transportadora Rio Claro Sul
https://rioclarosul.example/vagas""",
    ("Rio Claro Sul Vagas", "vagas@rioclarosul.example"), person=False, co="Transportadora Rio Claro Sul",
    role="Auxiliar de Logística", url="https://rioclarosul.example/vagas", fmt="alt")

rej("Candidatura não retida - Rececionista (Hotel Quinta do Sobral)",
    """Caro(a) {nome},

Agradecemos a candidatura enviada e a disponibilidade demonstrada. Desejamos-lhe as maiores felicidades profissionais.

Recursos Humanos
Hotel Quinta do Sobral""",
    ("Hotel Quinta do Sobral", "rh@quintadosobral.example"), person=False, co="Hotel Quinta do Sobral",
    role="Rececionista")

rej("Processo encerrado para você - Analista de BI",
    """Oi {nome},

Agradecemos o tempo dedicado ao teste técnico e às entrevistas.

Time de Talentos | Farmácias Boa Vista do Sul""",
    ("Talentos Boa Vista do Sul", "talentos@boavistasul.example"), person=False,
    co="Farmácias Boa Vista do Sul", role="Analista de BI", fmt="html")

rej("Reprovado na etapa técnica - Desenvolvedor Java",
    """Olá {nome},

Segue o resumo da sua participação. Obrigado pelo esforço no desafio.

| Etapa | Desafio técnico
| Vaga | Desenvolvedor Java
| Resultado | Não aprovado

VagaFlow - em nome de Cajuína Software""",
    ("VagaFlow", "notificacoes@vagaflow.example"), person=False, co="Cajuína Software", role="Desenvolvedor Java",
    fmt="table")

# ---- English subject or signature -----------------------------------------------------
rej("Update on your application - Data Engineer",
    """Oi {nome},

Agradecemos muito a sua participação no processo para Data Engineer no Banco Jequitibá. Após as entrevistas técnicas, o painel concluiu que outras pessoas candidatas estão mais próximas da senioridade que buscamos, e por isso não vamos prosseguir com sua candidatura.

Best regards,
Talent Acquisition Team
Banco Jequitibá""",
    ("Banco Jequitibá Careers", "careers@jequitiba.example"), person=False, co="Banco Jequitibá", role="Data Engineer",
    fmt="alt")

rej("Your application to Cortiça & Companhia",
    """Olá {nome},

Obrigado pela sua candidatura à função de Técnico(a) Comercial para o mercado nórdico. Lamentamos informar que o seu perfil não foi o escolhido.

Kind regards,
Recruitment Team
Cortiça & Companhia""",
    ("Cortiça & Companhia Recruitment", "recruitment@corticaecia.example"), person=False, co="Cortiça & Companhia",
    role="Técnico(a) Comercial")

rej("Application status: Customer Success Specialist",
    """Olá {nome},

Estamos entrando em contato sobre sua candidatura para Customer Success Specialist. Após uma análise cuidadosa, decidimos não avançar neste momento.

Thanks again for your interest,
Hiring Team - Pacu Software""",
    ("Pacu Software (via Greenbase)", "no-reply@greenbase.example"), person=False, co="Pacu Software",
    role="Customer Success Specialist", fmt="alt")

rej("Your application was not successful",
    """{nome},

Agradecemos o interesse na vaga de Product Owner. A candidatura não foi bem-sucedida desta vez.

Cheers,
Mateus Gomide
Lead PM | Tatu Bola Labs""",
    ("Mateus Gomide", "mateus@tatubola.test"), co="Tatu Bola Labs", role="Product Owner")

# ---- pre-1990 Portuguese spelling and PT formal templates ------------------------------
rej("Candidatura espontânea",
    """Exmo(a). Senhor(a) {nome},

Acusamos a recepção da sua candidatura espontânea, que mereceu a nossa melhor atenção. Após a análise da mesma, lamentamos informar que não foi seleccionada para a fase seguinte, dado que de momento não temos necessidades na área de direcção comercial.

Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos,
Departamento de Pessoal
Conservas Atlântida, Lda.""",
    ("Conservas Atlântida", "pessoal@conservas-atlantida.example"), person=False, co="Conservas Atlântida, Lda.",
    role=None)

rej("Projecto Florestal - Técnico de Campo",
    """Caro {nome},

Agradecemos o seu interesse no projecto. Informamos que optámos por outro candidato, cuja formação em engenharia florestal se adequa melhor às exigências da acção no terreno.

Atentamente,
José Manuel Carvalho
Director de Projecto
Associação Serra Verde""",
    ("José Manuel Carvalho", "jm.carvalho@serraverde.example"), co="Associação Serra Verde", role="Técnico de Campo")

rej("A sua candidatura",
    """Exmo. Senhor / Exma. Senhora {nome},

Vimos por este meio agradecer a sua candidatura à função de Motorista de Pesados. Lamentamos comunicar que não foi possível considerá-la, por não reunir o requisito de carta de condução da categoria C+E.

Com os nossos cumprimentos,
Transportes Ribacoa""",
    ("Transportes Ribacoa", "geral@ribacoa.example"), person=False, co="Transportes Ribacoa",
    role="Motorista de Pesados", fmt="alt")

rej("Recrutamento Farmacêutico(a) Adjunto(a)",
    """Caro(a) Dr(a). {nome},

Após a entrevista, a direção técnica deliberou privilegiar candidatos com experiência em farmácia hospitalar. Deste modo, não iremos avançar consigo no presente recrutamento.

Com os melhores cumprimentos,
Dra. Graça Mendonça
Diretora Técnica - Farmácia Moliceiro""",
    ("Graça Mendonça", "graca.mendonca@farmaciamoliceiro.example"), co="Farmácia Moliceiro",
    role="Farmacêutico(a) Adjunto(a)")

rej("Oferta Técnico de Manutenção Industrial",
    """Bom dia,

Na sequência da sua candidatura à oferta de Técnico de Manutenção Industrial, informamos que a mesma não teve êxito nesta ocasião.

Obrigado e boa sorte,
Recursos Humanos - Tinturaria Douro""",
    ("RH Tinturaria Douro", "rh@tinturariadouro.example"), person=False, co="Tinturaria Douro",
    role="Técnico de Manutenção Industrial", fmt="html")

rej("Processo de selecção - Escriturário",
    """Caro(a) {nome},

Vimos por este meio comunicar que a sua candidatura não foi retida para a fase de entrevistas ao lugar de Escriturário. A selecção baseou-se na experiência prévia em contabilidade.

Com os melhores cumprimentos,
Helder Ramalho
Gabinete de Recursos Humanos - Cooperativa Agrícola do Sado""",
    ("Helder Ramalho", "helder.ramalho@coopsado.example"), co="Cooperativa Agrícola do Sado", role="Escriturário")

# ---- unusual verbs and nouns for the decision ------------------------------------------
rej("Sua candidatura - Analista de Marketing",
    """Prezado(a) {nome},

Agradecemos seu interesse na vaga de Analista de Marketing. Declinamos, por ora, sua candidatura, uma vez que priorizamos perfis com vivência em trade marketing no varejo farmacêutico.

Atenciosamente,
Farmácias Boa Vista do Sul""",
    ("Farmácias Boa Vista do Sul", "rh@boavistasul.example"), person=False, co="Farmácias Boa Vista do Sul",
    role="Analista de Marketing")

rej("Candidatura - Técnico de Apoio ao Cliente",
    """Olá {nome},

Vamos ter de declinar a sua candidatura à função de Técnico de Apoio ao Cliente, uma vez que o domínio do francês era um requisito eliminatório.

Obrigada,
Carla Fontes
Contact Center Atlântico Azul""",
    ("Carla Fontes", "carla.fontes@atlanticoazul.example"), co="Contact Center Atlântico Azul",
    role="Técnico de Apoio ao Cliente")

rej("Vaga Auxiliar Administrativo",
    """Prezado(a) {nome},

Sua candidatura foi recusada porque não atende ao requisito de ensino médio completo.

Obrigado.
Construtora Pedra Lisa""",
    ("Construtora Pedra Lisa", "vagas@pedralisa.example"), person=False, co="Construtora Pedra Lisa",
    role="Auxiliar Administrativo")

rej("Candidatura encerrada automaticamente",
    """Olá {nome},

Com base nas respostas ao questionário de triagem, a sua candidatura para Motorista de Distribuição não cumpre os requisitos obrigatórios definidos pela empresa (carta de condução de categoria C). Por este motivo, o processo foi encerrado automaticamente.

Logística Tejo Sul · powered by Recrutix""",
    ("Recrutix", "noreply@recrutix.example"), person=False, co="Logística Tejo Sul", role="Motorista de Distribuição",
    fmt="html")

rej("Feedback da entrevista",
    """Olá {nome},

O feedback do gestor sobre a entrevista para Analista Contábil não foi favorável e, por isso, sua candidatura não avança no processo.

Obrigado pela disponibilidade.
Karina Motta
RH - Grupo Contábil Paineira""",
    ("Karina Motta", "karina.motta@paineira.example"), co="Grupo Contábil Paineira", role="Analista Contábil")

rej("Resultado da entrevista - Enfermeiro(a) UTI",
    """Prezado(a) {nome},

O resultado da sua entrevista para Enfermeiro(a) UTI foi desfavorável. Agradecemos o interesse em integrar a equipe do Hospital São Bento do Litoral.

Gestão de Pessoas
Hospital São Bento do Litoral""",
    ("Gestão de Pessoas HSBL", "gp@hsbentolitoral.example"), person=False, co="Hospital São Bento do Litoral",
    role="Enfermeiro(a) UTI")

rej("Resultado da avaliação psicológica",
    """Prezado(a) {nome},

Comunicamos que, na avaliação psicológica do processo para Agente de Segurança Patrimonial, o seu resultado foi NÃO RECOMENDADO(A), encerrando a sua participação.

Vigilância Guardiã do Sul""",
    ("Guardiã do Sul RH", "rh@guardiasul.example"), person=False, co="Vigilância Guardiã do Sul",
    role="Agente de Segurança Patrimonial")

rej("Processo seletivo - Assistente Jurídico",
    """Olá {nome},

Após a segunda entrevista, o escritório preferiu não avançar com a sua candidatura para Assistente Jurídico. A escolha recaiu sobre um profissional com OAB ativa há mais tempo.

Muito obrigado,
Beatriz Salles
Salles & Montenegro Advogados""",
    ("Beatriz Salles", "beatriz@sallesmontenegro.example"), co="Salles & Montenegro Advogados",
    role="Assistente Jurídico")

rej("Processo Analista de Sistemas",
    """Olá {nome},

Entendemos que, neste momento, não há fit entre o seu perfil e a vaga de Analista de Sistemas, que pede forte experiência em mainframe.

Obrigado por se candidatar!
Time de Tech Recruiting - Banco Jequitibá""",
    ("Tech Recruiting Jequitibá", "techrecruiting@jequitiba.example"), person=False, co="Banco Jequitibá",
    role="Analista de Sistemas", fmt="alt")

rej("O match não rolou 💔",
    """Oi, {nome}!

Dessa vez o match não aconteceu: para a vaga de UX Writer, seguimos com alguém que já escrevia para produtos financeiros. Mas a gente torce por você e guardou seu portfólio com carinho.

Time Jabuti Pay""",
    ("Time Jabuti Pay", "pessoas@jabutipay.test"), person=False, co="Jabuti Pay", role="UX Writer", fmt="html")

rej("Vaga de Recepcionista",
    """Prezada {nome},

A clínica resolveu seguir por outro caminho para essa posição e não vamos dar andamento às entrevistas finais.

Atenciosamente,
Dra. Vera Albuquerque
Clínica Sorriso Claro""",
    ("Vera Albuquerque", "vera@sorrisoclaro.example"), co="Clínica Sorriso Claro", role="Recepcionista")

rej("Candidatura Técnico(a) de Contabilidade",
    """Caro(a) {nome},

Lamentamos comunicar que não foi possível selecioná-lo(a) para a função de Técnico(a) de Contabilidade.

Melhores cumprimentos,
Contas Certas - Gabinete de Contabilidade""",
    ("Contas Certas", "geral@contascertas.example"), person=False, co="Contas Certas",
    role="Técnico(a) de Contabilidade")

rej("Candidatura: Administrativo(a) de Obra",
    """Olá {nome},

Não será possível continuar contigo nesta vaga de Administrativo(a) de Obra. Preferimos alguém que já conheça o software de medições que usamos.

Obrigado,
Rui Amaral
Amaral & Filhos Construções""",
    ("Rui Amaral", "rui@amaralefilhos.example"), co="Amaral & Filhos Construções", role="Administrativo(a) de Obra")

rej("Oportunidade de Gerente de Contas",
    """{nome},

Gostaria de te agradecer pelas conversas. Ficamos com outro candidato para a vaga de Gerente de Contas, que já atendia clientes do agronegócio na região.

Forte abraço,
Henrique Bastos
Diretor Comercial - Sementes Vale Dourado""",
    ("Henrique Bastos", "henrique.bastos@valedourado.example"), co="Sementes Vale Dourado",
    role="Gerente de Contas")

rej("Estado da candidatura",
    """Olá {nome},

A sua candidatura à vaga de Web Developer foi arquivada. Isto significa que não continuará a ser avaliada neste processo.

Equipa Andorinha Games""",
    ("Andorinha Games Jobs", "jobs@andorinhagames.test"), person=False, co="Andorinha Games", role="Web Developer",
    fmt="html")

rej("Seu processo foi finalizado",
    """Olá, {nome}

Seu processo para a vaga Assistente de Logística foi finalizado. Agradecemos por ter participado e desejamos sucesso na sua jornada.

Veja outras vagas: https://rioclarosul.example/vagas

Transportadora Rio Claro Sul""",
    ("Transportadora Rio Claro Sul", "nao-responda@rioclarosul.example"), person=False,
    co="Transportadora Rio Claro Sul", role="Assistente de Logística", url="https://rioclarosul.example/vagas",
    fmt="table")

rej("Vaga Professor(a) de Física",
    """Prezado(a) {nome},

Informamos que a vaga de Professor(a) de Física para o segundo semestre não será mais aberta, pois a turma foi incorporada por um docente do nosso quadro. Sendo assim, sua candidatura fica sem efeito.

Coordenação - Colégio Monte Sinai do Cerrado""",
    ("Coordenação Monte Sinai", "coordenacao@montesinai.example"), person=False, co="Colégio Monte Sinai do Cerrado",
    role="Professor(a) de Física")

rej("Candidatura - Chefe de Cozinha",
    """Caro(a) {nome},

Decidimos reabrir o recrutamento de Chefe de Cozinha com um perfil diferente, mais orientado para pastelaria, pelo que a sua candidatura não será considerada nesta nova fase.

Obrigado,
Hotel Quinta do Sobral""",
    ("Hotel Quinta do Sobral", "rh@quintadosobral.example"), person=False, co="Hotel Quinta do Sobral",
    role="Chefe de Cozinha")

rej("Candidatura - Gestor(a) de Produto",
    """Olá {nome},

Optámos por não preencher a vaga de Gestor(a) de Produto de momento, face à revisão do orçamento para este ano. Encerramos assim o processo e agradecemos a sua participação.

Miguel Sampaio
Lisbom Digital""",
    ("Miguel Sampaio", "miguel.sampaio@lisbomdigital.test"), co="Lisbom Digital", role="Gestor(a) de Produto")

rej("Analista de RH - sua participação",
    """Olá {nome},

Consideramos encerrada a sua participação no processo de Analista de RH, uma vez que não houve aproveitamento na prova de conhecimentos específicos.

Grupo Contábil Paineira""",
    ("Grupo Contábil Paineira", "selecao@paineira.example"), person=False, co="Grupo Contábil Paineira",
    role="Analista de RH", fmt="alt")

rej("Programa de Estágio - prova online",
    """Olá {nome},

Seu desempenho na prova online não atingiu a nota de corte desta edição do Programa de Estágio. Com isso, sua participação no processo se encerra aqui.

Nos vemos na próxima!
Time de Estágio - Banco Jequitibá""",
    ("Estágio Jequitibá", "estagio@jequitiba.example"), person=False, co="Banco Jequitibá", role="Programa de Estágio",
    fmt="html")

rej("Prova de conhecimentos",
    """Caro(a) {nome},

Informamos que obteve a classificação de 8,7 valores na prova de conhecimentos, inferior aos 9,5 valores exigidos, pelo que foi excluído(a) do procedimento para Assistente Técnico.

Junta de Freguesia de Alvito de Baixo""",
    ("Junta de Freguesia de Alvito de Baixo", "geral@jf-alvitobaixo.example"), person=False,
    co="Junta de Freguesia de Alvito de Baixo", role="Assistente Técnico")

rej("Proposta - Analista Financeiro",
    """Olá {nome},

Depois de muita reflexão, decidimos não lhe fazer uma proposta para a posição de Analista Financeiro. Sabemos que chegou à fase final e queremos agradecer o empenho.

Joana Prata
Diretora Financeira - Seguradora Atalaia""",
    ("Joana Prata", "joana.prata@atalaia-seguros.example"), co="Seguradora Atalaia", role="Analista Financeiro")

rej("Entrevista final - Arquiteto(a) de Soluções",
    """{nome},

Agradeço pela entrevista final. Não estaremos em condições de avançar com uma proposta para Arquiteto(a) de Soluções; a decisão acabou pendendo para o outro finalista, que já conhecia nossa stack.

Att.,
Carlos Eduardo Pinho
CTO - Pacu Software""",
    ("Carlos Eduardo Pinho", "cadu@pacusoftware.example"), co="Pacu Software", role="Arquiteto(a) de Soluções")

rej("Posição de Head de Operações",
    """{nome}, bom dia.

O comitê de contratação selecionou outra candidatura para a posição de Head de Operações. Agradeço pela generosidade em compartilhar sua visão sobre a operação.

Atenciosamente,
Luciana Furtado
CEO - Quero-Quero Apps""",
    ("Luciana Furtado", "luciana@queroquero.test"), co="Quero-Quero Apps", role="Head de Operações")

rej("Vaga Analista de Compras",
    """Olá {nome},

Nosso time escolheu um candidato interno para a vaga de Analista de Compras. Obrigado pelo interesse e pela disponibilidade para a entrevista.

Metalúrgica Serra do Mar - RH""",
    ("RH Serra do Mar", "rh@serradomar.example"), person=False, co="Metalúrgica Serra do Mar",
    role="Analista de Compras")

rej("Estágio em Jornalismo",
    """Olá {nome},

Ficaste de fora da seleção final para o estágio em jornalismo digital. Foram muitas candidaturas boas e só tínhamos duas vagas.

Um abraço,
Pedro Cachapuz
Editor - Jornal Maré Alta""",
    ("Pedro Cachapuz", "pedro.cachapuz@marealta.example"), co="Jornal Maré Alta",
    role="estágio em jornalismo digital")

rej("Processo seletivo - Técnico de Enfermagem",
    """Olá {nome},

Você não avançou para a etapa de entrevistas do processo de Técnico de Enfermagem. Agradecemos pela inscrição.

Gestão de Pessoas - Hospital São Bento do Litoral""",
    ("Gestão de Pessoas HSBL", "gp@hsbentolitoral.example"), person=False, co="Hospital São Bento do Litoral",
    role="Técnico de Enfermagem", fmt="alt")

rej("Entrevista - Analista de Sucesso do Cliente",
    """Olá {nome},

Após as entrevistas, você não será convocado(a) para a etapa final do processo de Analista de Sucesso do Cliente.

Agradecemos a disponibilidade.
Pacu Software""",
    ("Pacu Software Talentos", "talentos@pacusoftware.example"), person=False, co="Pacu Software",
    role="Analista de Sucesso do Cliente")

rej("Candidatura - Assistente de Bordo",
    """Caro(a) {nome},

Lamentamos, mas não vai ser possível contar contigo para a época de verão como Assistente de Bordo. Recebemos um número muito elevado de candidaturas.

Equipa de Recrutamento - Barcos do Tejo Turismo""",
    ("Barcos do Tejo Turismo", "recrutamento@barcosdotejo.example"), person=False, co="Barcos do Tejo Turismo",
    role="Assistente de Bordo")

rej("Sua candidatura para Redator(a)",
    """Oi {nome}, tudo bem?

Infelizmente não temos como te oferecer a vaga de Redator(a) agora. A gente precisava de alguém com mais bagagem em SEO técnico.

Beijos,
Tati Rangel
Agência Tamanduá de Comunicação""",
    ("Tatiana Rangel", "tati@tamandua.example"), co="Agência Tamanduá de Comunicação", role="Redator(a)")

rej("Candidatura - Operador(a) de Call Center",
    """Olá {nome},

Não seguiremos adiante com o seu perfil para Operador(a) de Call Center neste momento.

Contact Center Atlântico Azul""",
    ("Contact Center Atlântico Azul", "vagas@atlanticoazul.example"), person=False,
    co="Contact Center Atlântico Azul", role="Operador(a) de Call Center", fmt="alt")

rej("Técnico de Redes",
    """Olá {nome},

Ficamos muito felizes com sua candidatura para Técnico de Redes, mas nesta ocasião preferimos não avançar. A vaga exige disponibilidade para viagens semanais que não bate com o que você nos contou.

Conecta Norte Provedor""",
    ("Conecta Norte Provedor", "rh@conectanorte.example"), person=False, co="Conecta Norte Provedor",
    role="Técnico de Redes")

rej("Vaga de Garçom",
    """Oi {nome}

Não conseguimos avançar contigo na vaga de garçom, pois precisamos de alguém com experiência em vinhos.

Obrigado!
Cantina Nonna Gema""",
    ("Cantina Nonna Gema", "contato@nonnagema.example"), person=False, co="Cantina Nonna Gema", role="garçom")

rej("Processo - Analista de Dados Júnior",
    """Olá {nome},

Gostaríamos de avisar que o processo para Analista de Dados Júnior está encerrado para você. Agradecemos o tempo investido no case.

Time de Talentos - Farmácias Boa Vista do Sul""",
    ("Talentos Boa Vista do Sul", "talentos@boavistasul.example"), person=False, co="Farmácias Boa Vista do Sul",
    role="Analista de Dados Júnior", fmt="html")

rej("Vaga de Eletricista",
    """Bom dia {nome},

O gestor da área deu preferência a outro finalista para a vaga de Eletricista de Manutenção, pela experiência com NR-10 em subestações.

Att.
Paulo Rezende - RH Metalúrgica Serra do Mar""",
    ("Paulo Rezende", "paulo.rezende@serradomar.example"), co="Metalúrgica Serra do Mar",
    role="Eletricista de Manutenção")

rej("Analista de Compliance",
    """Prezado(a) {nome},

A sua candidatura à vaga de Analista de Compliance foi analisada e não foi considerada apta a prosseguir, por ausência da certificação exigida.

Banco Jequitibá""",
    ("Banco Jequitibá", "rh@jequitiba.example"), person=False, co="Banco Jequitibá", role="Analista de Compliance")

rej("Seleção - Assistente Social",
    """Prezada(o) {nome},

Lamentamos informar que a sua candidatura à vaga de Assistente Social não foi escolhida. Agradecemos a participação na dinâmica de grupo.

Instituto Aroeira""",
    ("Instituto Aroeira", "rh@aroeira.example"), person=False, co="Instituto Aroeira", role="Assistente Social",
    fmt="alt")

rej("Vaga de Motorista",
    """{nome}, obrigado por ter vindo.

Já contratamos outra pessoa para a vaga de motorista.

Padaria Trigo de Ouro""",
    ("Padaria Trigo de Ouro", "padaria.trigodeouro@mailbox.test"), person=False, co="Padaria Trigo de Ouro",
    role="motorista")

rej("Vaga preenchida",
    """Prezado(a), a vaga foi preenchida. Obrigado.

Marcos
Oficina Roda Viva""",
    ("Marcos Tavares", "marcos@rodaviva.example"), co="Oficina Roda Viva", role=None)

# ---- quoted threads and forwards --------------------------------------------------------
rej("Re: Re: Designer Gráfico - entrevista",
    """Boa tarde {nome},

Peço desculpa pela demora. Infelizmente a decisão não lhe foi favorável: a equipa avançou com outra pessoa para a vaga de Designer Gráfico.

Obrigada por tudo,
Leonor Brito
Estúdio Carapau""",
    ("Leonor Brito", "leonor@estudiocarapau.test"), co="Estúdio Carapau", role="Designer Gráfico", fmt="reply",
    quote="""Olá Leonor, há novidades sobre a vaga? Fico a aguardar.

Em 20/03/2026, Leonor Brito escreveu:
> Olá! Obrigada pela entrevista de hoje. Vamos analisar com a equipa e damos notícias até ao fim do mês.""")

rej("RE: Vaga Analista de Logística",
    """Oi {nome},

Não vamos seguir com a sua candidatura. O cliente interno decidiu por alguém que já trabalhou com operação de cross-docking.

Obrigado,
Fabiana Lins
Recrutamento - Transportadora Rio Claro Sul""",
    ("Fabiana Lins", "fabiana.lins@rioclarosul.example"), co="Transportadora Rio Claro Sul",
    role="Analista de Logística", fmt="reply",
    quote="""Oi Fabiana, tudo bem? Queria saber se já há retorno sobre a vaga de Analista de Logística.

Em 10/03/2026, Fabiana Lins escreveu:
> Oi! Recebemos seu currículo e ele vai ser analisado pelo gestor.""")

rej("Fwd: Retorno processo seletivo",
    """Gente, olha o que chegou... 😔 mais um não

---------- Forwarded message ---------
De: Lojas Canarinho <naoresponda@canarinho.example>
Date: ter., 7 de abr. de 2026 às 14:20
Subject: Retorno processo seletivo
To: <{email}>

Olá {nome},

Agradecemos seu interesse em fazer parte das Lojas Canarinho. Infelizmente seu perfil não foi aprovado para a vaga de Supervisor(a) de Loja.

Equipe de Recrutamento Lojas Canarinho
https://canarinho.example/carreiras""",
    ("{nome_completo}", "{email_alt}"), co="Lojas Canarinho", role="Supervisor(a) de Loja", person=False,
    url="https://canarinho.example/carreiras")

rej("Fwd: Feedback da indicação",
    """Oi {nome}, o RH me respondeu sobre sua indicação, segue abaixo. Sinto muito, viu?

Bjs, Paula

---------- Mensagem encaminhada ----------
De: Recrutamento Pacu Software <talentos@pacusoftware.example>
Assunto: Feedback da indicação
Para: Paula Vasconcelos

Olá Paula, obrigado por indicar {nome_completo} para a vaga de QA Analyst. A pessoa indicada não foi aprovada na etapa técnica, então o processo foi encerrado para ela.""",
    ("Paula Vasconcelos", "paula.vasconcelos@mailbox.test"), co="Pacu Software", role="QA Analyst", person=False)

rej("Fw: candidatura estágio",
    """---------- Forwarded message ---------
From: Gabinete de Estágios <estagios@cm-pinhaldecima.example>
Date: 2 abr 2026
Subject: candidatura estágio

Caro(a) candidato(a),

Informa-se que a sua candidatura ao Programa de Estágios Profissionais na Administração Local não foi selecionada, atendendo ao número limitado de lugares.

Gabinete de Estágios
Câmara Municipal de Pinhal de Cima""",
    ("{nome_completo}", "{email_alt}"), co="Câmara Municipal de Pinhal de Cima",
    role="Programa de Estágios Profissionais na Administração Local", person=False)

rej("Re: Disponibilidade para começar",
    """Olá {nome},

Obrigado pela resposta rápida. Entretanto, e depois de falar com a direção, vamos seguir com a outra candidata, que consegue começar já na próxima segunda-feira. Peço desculpa pela mudança de planos.

Sérgio Valente
Gerente - Hotel Quinta do Sobral""",
    ("Sérgio Valente", "sergio.valente@quintadosobral.example"), co="Hotel Quinta do Sobral", role=None, fmt="reply",
    quote="Olá Sérgio, consigo começar a 1 de maio, se for possível. Cumprimentos.")

# ---- HTML-heavy templates -----------------------------------------------------------
rej("Atualização da candidatura | Analista de E-commerce",
    """Olá, {nome}

Obrigado pelo interesse em construir a sua carreira nas Lojas Canarinho.

Infelizmente não seremos capazes de seguir com sua candidatura à vaga de Analista de E-commerce. Recebemos muitos currículos qualificados e o processo foi bastante concorrido.

| Vaga | Analista de E-commerce
| Local | São Paulo - SP (híbrido)
| Status | Encerrada

Conheça outras vagas em https://canarinho.example/carreiras

Lojas Canarinho""",
    ("Lojas Canarinho Carreiras", "carreiras@canarinho.example"), person=False, co="Lojas Canarinho",
    role="Analista de E-commerce", url="https://canarinho.example/carreiras", fmt="table")

rej("Candidatura Nº 55120 - atualização",
    """Olá {nome},

| Candidatura | 55120
| Função | Técnico(a) de Laboratório Clínico
| Estado | Não selecionado(a)

Agradecemos o seu interesse no Hospital de São Mamede do Vale.""",
    ("Portal de Recrutamento HSM", "portal@hsmamede.example"), person=False, co="Hospital de São Mamede do Vale",
    role="Técnico(a) de Laboratório Clínico", fmt="table")

rej("Seu processo na Jabuti Pay",
    """Oi {nome}!

Primeiro, obrigado de coração por ter topado conversar com a gente. Depois de pensar muito, decidimos seguir com outras pessoas para a posição de Engenheiro(a) de Software Sênior.

A decisão não foi fácil. Se quiser, podemos te passar um feedback mais detalhado por vídeo.

Com carinho,
Time de Pessoas Jabuti Pay
https://jabutipay.test/vagas""",
    ("Jabuti Pay", "pessoas@jabutipay.test"), person=False, co="Jabuti Pay", role="Engenheiro(a) de Software Sênior",
    url="https://jabutipay.test/vagas", fmt="html")

rej("Sobre a vaga de Consultor(a) de Vendas",
    """Prezado(a) {nome},

Queremos agradecer pela sua candidatura à vaga de Consultor(a) de Vendas. Neste momento seu perfil não se enquadra no que a vaga pede, e por isso não daremos continuidade.

Sementes Vale Dourado""",
    ("Sementes Vale Dourado", "rh@valedourado.example"), person=False, co="Sementes Vale Dourado",
    role="Consultor(a) de Vendas", fmt="html")

# ---- misc. more ---------------------------------------------------------------------
rej("Processo de recrutamento - Nutricionista",
    """Caro(a) {nome},

Concluído o processo de recrutamento para Nutricionista, informamos que a decisão recaiu sobre outra candidata. Agradecemos o interesse.

Lar de Idosos Nossa Senhora da Paz""",
    ("Lar Nossa Senhora da Paz", "direcao@larnspaz.example"), person=False, co="Lar de Idosos Nossa Senhora da Paz",
    role="Nutricionista")

rej("Seleção para Monitor(a) Ambiental",
    """Olá {nome},

Sua inscrição para Monitor(a) Ambiental no Parque das Cachoeiras foi indeferida por ausência do certificado de primeiros socorros.

Associação Serra Verde""",
    ("Associação Serra Verde", "selecao@serraverde.example"), person=False, co="Associação Serra Verde",
    role="Monitor(a) Ambiental")

rej("Resposta à sua candidatura",
    """Prezado(a) {nome},

Lamentamos, mas não poderemos oferecer-lhe a posição de Assistente de Direção. A candidata escolhida tem fluência em mandarim, requisito que surgiu depois da publicação do anúncio.

Com os melhores cumprimentos,
Teresa Nogueira
Nogueira Trading, Lda.""",
    ("Teresa Nogueira", "teresa@nogueiratrading.example"), co="Nogueira Trading, Lda.", role="Assistente de Direção")

rej("Candidatura - Ajudante de Cozinha",
    """Olá {nome},

Não foste selecionado(a) para ajudante de cozinha. Obrigado pela visita ao restaurante.

Tasca do Zé Pescador""",
    ("Tasca do Zé Pescador", "tascadoze@mailbox.test"), person=False, co="Tasca do Zé Pescador",
    role="ajudante de cozinha")

rej("Vaga de Assistente de Marketing - atualização",
    """Olá {nome},

Após analisarmos seu perfil com atenção, não poderemos avançar com a sua candidatura para Assistente de Marketing. Esperamos que você encontre a oportunidade ideal em breve.

Equipe de Seleção
Cosméticos Flor do Cerrado""",
    ("Cosméticos Flor do Cerrado", "selecao@flordocerrado.example"), person=False, co="Cosméticos Flor do Cerrado",
    role="Assistente de Marketing", fmt="alt")

rej("Resultado: Analista de Planejamento",
    """Olá {nome},

Infelizmente não foi desta vez. Decidimos por outro perfil para a vaga de Analista de Planejamento.

Abraços,
Cosméticos Flor do Cerrado""",
    ("Cosméticos Flor do Cerrado", "selecao@flordocerrado.example"), person=False, co="Cosméticos Flor do Cerrado",
    role="Analista de Planejamento")

rej("Programa Jovem Aprendiz",
    """Olá {nome},

Obrigado por se inscrever no Programa Jovem Aprendiz. Os selecionados já foram chamados para a integração e, infelizmente, você não ficou entre eles.

Supermercados Bom Preço do Vale""",
    ("Bom Preço do Vale", "aprendiz@bomprecovale.example"), person=False, co="Supermercados Bom Preço do Vale",
    role="Programa Jovem Aprendiz", fmt="alt")

rej("Vaga Técnico(a) de Segurança do Trabalho",
    """Prezado(a) {nome},

Lamentamos informar que a vaga de Técnico(a) de Segurança do Trabalho teve seu processo concluído com a aprovação de outro candidato.

Usina Santa Clara do Oeste""",
    ("Usina Santa Clara", "rh@usinasantaclara.example"), person=False, co="Usina Santa Clara do Oeste",
    role="Técnico(a) de Segurança do Trabalho")

rej("Analista de Infraestrutura",
    """Olá {nome},

Após a etapa técnica, seu processo para Analista de Infraestrutura não terá continuidade. Agradecemos pelo empenho e pela conversa.

Bugio Tech""",
    ("Bugio Tech", "jobs@bugiotech.test"), person=False, co="Bugio Tech", role="Analista de Infraestrutura",
    fmt="html")

rej("Candidatura - Copywriter",
    """Olá {nome},

Obrigada pelo teste que nos enviaste para Copywriter. A equipa decidiu seguir com outra pessoa.

Ana Luísa Pestana
Agência Farol Criativo""",
    ("Ana Luísa Pestana", "analuisa@farolcriativo.example"), co="Agência Farol Criativo", role="Copywriter")

rej("Vaga de Fisioterapeuta",
    """{nome},

Agradeço pelo interesse na vaga de Fisioterapeuta. Tenho que lhe dizer que não vamos seguir com o seu nome, pois a vaga exige especialização em RPG.

Dr. Otávio Lemos
Clínica Movimento Livre""",
    ("Otávio Lemos", "otavio@movimentolivre.example"), co="Clínica Movimento Livre", role="Fisioterapeuta")

rej("Assistente de Loja",
    """Boa tarde {nome},

A loja já tem a equipa completa para o verão e não vamos precisar de mais ninguém para Assistente de Loja. Obrigada na mesma!

Sandra - Surf Shop Ericeira Norte""",
    ("Sandra Leitão", "sandra@surfshopnorte.example"), co="Surf Shop Ericeira Norte", role="Assistente de Loja")

rej("Analista de Suprimentos - processo",
    """Olá, {nome}.

Informamos que sua candidatura para Analista de Suprimentos foi reprovada na etapa de análise curricular.

Usina Santa Clara do Oeste""",
    ("Usina Santa Clara", "rh@usinasantaclara.example"), person=False, co="Usina Santa Clara do Oeste",
    role="Analista de Suprimentos", fmt="alt")

rej("Oportunidade: Gestor de Frota",
    """{nome}, bom dia!

Passo para informar que o cliente decidiu encerrar a busca pela posição de Gestor de Frota, pois vai terceirizar a operação. Com isso o processo foi cancelado para todos os candidatos.

Ricardo Vilhena
HuntBrasil Executive Search""",
    ("Ricardo Vilhena", "ricardo.vilhena@huntbrasil.example"), co="HuntBrasil Executive Search", role="Gestor de Frota")

rej("Processo para Investigador(a) Júnior",
    """Caro(a) {nome},

O painel de avaliação concluiu a seriação das candidaturas ao lugar de Investigador(a) Júnior no Laboratório de Materiais. A sua candidatura ficou classificada em 6.º lugar e, existindo apenas uma posição, não foi selecionada.

Instituto Politécnico de Vale Sereno""",
    ("Recursos Humanos IPVS", "rh@ipvsereno.example"), person=False, co="Instituto Politécnico de Vale Sereno",
    role="Investigador(a) Júnior")


# ======================================================================================
# Hard look-alikes (not rejections of the reader's job application)
# ======================================================================================
look("Recebemos sua candidatura - Analista Fiscal",
     """Olá {nome},

Recebemos sua candidatura para Analista Fiscal. Nossa equipe vai analisar seu currículo com atenção e, caso seu perfil seja selecionado, entraremos em contato para agendar uma entrevista. Caso contrário, você também receberá um retorno por aqui.

Rede Sabor da Serra""",
     ("Rede Sabor da Serra", "gente@sabordaserra.example"), fmt="alt")

look("Ponto de situação - Engenheiro(a) de Processo",
     """Olá {nome},

Queria dar-lhe um ponto de situação: o cliente ainda não tomou uma decisão sobre os finalistas, pois o diretor de fábrica esteve de férias. Nenhum candidato foi excluído até agora e contamos ter novidades na próxima semana.

Duarte Silveira
Fénix RH""",
     ("Duarte Silveira", "duarte.silveira@fenixrh.example"))

look("Documentos pendentes",
     """Prezado(a) {nome},

Para seguirmos com sua admissão como Auxiliar de Logística, precisamos da cópia da carteira de trabalho e do comprovante de residência. Se os documentos não forem enviados até sexta-feira, infelizmente não poderemos dar continuidade à contratação.

Departamento Pessoal - Transportadora Rio Claro Sul""",
     ("DP Rio Claro Sul", "dp@rioclarosul.example"))

look("Convite para entrevista - Técnico(a) Comercial",
     """Caro(a) {nome},

Temos o prazer de o(a) convidar para uma entrevista presencial para a função de Técnico(a) Comercial, no dia 14 de abril, às 10h00, na nossa sede em Santa Maria da Feira.

Agradecemos que confirme a sua presença.

Recruitment Team - Cortiça & Companhia""",
     ("Cortiça & Companhia Recruitment", "recruitment@corticaecia.example"), fmt="html")

look("Proposta de trabalho 🎉",
     """Oi {nome}!!

Temos a alegria de informar que você foi aprovado(a) no processo para UX Writer! Segue em anexo a carta-proposta com salário, benefícios e data de início. Depois de tantos nãos por aí, que bom poder dar um sim, né?

Time de Pessoas Jabuti Pay""",
     ("Jabuti Pay", "pessoas@jabutipay.test"), fmt="html")

look("Próxima etapa: case técnico",
     """Olá {nome},

Você avançou para a etapa de case técnico do processo de Engenheiro(a) de Dados. Infelizmente o prazo desta etapa é curto: a entrega precisa ser feita até quarta-feira, às 18h.

Bons estudos!
VagaFlow - em nome de Cajuína Software""",
     ("VagaFlow", "notificacoes@vagaflow.example"), fmt="table")

look("Novas vagas que combinam com você",
     """Olá {nome}, separamos estas oportunidades:

| Analista de Dados Pleno | Jabuti Pay | Remoto
| Cientista de Dados | Banco Jequitibá | São Paulo
| Engenheiro de Analytics | Pacu Software | Curitiba

Uma vaga que você salvou (BI Developer - Lojas Canarinho) foi encerrada pela empresa e não aceita mais candidaturas.

Para parar de receber estes alertas, altere suas preferências.
VagaFlow Alertas""",
     ("VagaFlow Alertas", "alertas@vagaflow.example"), fmt="table")

look("Oportunidade de Tech Lead - conversa rápida?",
     """Olá {nome}, tudo bem?

Vi o seu perfil e acho que pode ser um bom fit para uma posição de Tech Lead num cliente do setor de energia. Não sei se está aberto(a) a mudar, mas se tiver 15 minutos esta semana gostava muito de conversar.

Sofia Cardeal
Fénix RH""",
     ("Sofia Cardeal", "sofia.cardeal@fenixrh.example"))

look("Carreira em foco #42: como lidar com o 'não foi desta vez'",
     """Olá {nome},

Nesta edição: como reagir quando recebe uma mensagem como "Infelizmente, optámos por seguir com outros candidatos cujo perfil se ajusta melhor à função". Falámos com três recrutadoras sobre o que significa esta frase e sobre como pedir feedback sem parecer insistente.

Ainda: os setores que mais contratam em 2026 e um guia para o LinkedIn.

Newsletter Carreira em Foco
Para deixar de receber, clique aqui.""",
     ("Carreira em Foco", "newsletter@carreiraemfoco.example"), fmt="html")

look("Confirmação de desistência",
     """Olá {nome},

Confirmamos a receção do seu pedido de desistência do processo para Consultor(a) SAP. A sua candidatura foi retirada conforme solicitado e os seus dados serão eliminados dentro de 30 dias.

Desejamos-lhe sucesso no novo projeto!
Inês Frazão
Norteia Consulting""",
     ("Inês Frazão", "ines.frazao@norteia.example"))

look("Apartamento T2 em Benfica",
     """Olá {nome},

Obrigado pela visita ao T2 da Rua das Flores. A proprietária decidiu arrendar o apartamento a outro interessado, que apresentou fiador com rendimentos mais elevados. Se quiser, envio-lhe outras opções na mesma zona.

Nuno Pacheco
Imobiliária Casa Lisboeta""",
     ("Nuno Pacheco", "nuno@casalisboeta.example"))

look("Resultado da sua solicitação de crédito",
     """Olá {nome},

Analisamos sua solicitação de empréstimo pessoal e, infelizmente, ela não foi aprovada neste momento. Você poderá fazer uma nova solicitação em 90 dias.

Banco Jequitibá""",
     ("Banco Jequitibá", "nao-responda@jequitiba.example"), fmt="alt")

look("Concurso de Projetos de Investigação 2026 - resultado",
     """Caro(a) Investigador(a) Responsável {nome},

Informamos que o projeto submetido ao Concurso de Projetos de Investigação 2026 não foi recomendado para financiamento, tendo obtido a classificação de Bom, abaixo do limiar de financiamento.

Os pareceres do painel de avaliação estão disponíveis na plataforma.

Fundação para a Inovação Atlântica""",
     ("FIA Concursos", "concursos@fia-atlantica.example"))

look("Decisão editorial - manuscrito RPE-2026-0311",
     """Caro(a) Dr(a). {nome},

Após a revisão por pares, lamento informar que o manuscrito "Mobilidade laboral e salários no Alentejo" não foi aceite para publicação na Revista Portuguesa de Economia Regional. Os comentários dos revisores seguem em anexo.

Com os melhores cumprimentos,
Prof. Doutor Álvaro Seixas
Editor-Chefe""",
     ("Álvaro Seixas", "editor@rper.example"))

look("Candidatura ao Mestrado em Gestão de Recursos Humanos",
     """Caro(a) candidato(a),

Informamos que, na 1.ª fase de candidaturas, não foi admitido(a) ao Mestrado em Gestão de Recursos Humanos, por ter ficado abaixo da nota de seriação do último colocado. Poderá candidatar-se na 2.ª fase.

Serviços Académicos
Instituto Politécnico de Vale Sereno""",
     ("Serviços Académicos IPVS", "academicos@ipvsereno.example"))

look("Concurso público n.º 18/2026 - relatório final",
     """Exmos. Senhores,

Notifica-se V. Exas. do relatório final do concurso público n.º 18/2026 (fornecimento de refeições escolares). A proposta apresentada pela vossa empresa ficou graduada em segundo lugar, pelo que o contrato não lhe será adjudicado.

Câmara Municipal de Pinhal de Cima - Contratação Pública""",
     ("Contratação Pública CM Pinhal de Cima", "compras@cm-pinhaldecima.example"))

look("Call for papers - resultado da sua proposta de palestra",
     """Oi {nome}!

Recebemos mais de 600 propostas para o DevSertão 2026 e, infelizmente, a sua palestra "Kotlin em produção sem sustos" não foi selecionada para a trilha principal. Que tal apresentar como lightning talk?

Comitê de Programa DevSertão""",
     ("DevSertão", "cfp@devsertao.example"), fmt="alt")

look("Seu pedido #88231 foi cancelado",
     """Olá {nome},

Seu pedido #88231 (fone de ouvido sem fio) foi cancelado porque o vendedor não tinha o produto em estoque. O estorno aparecerá na sua fatura em até 2 ciclos.

Loja Virtual Pechincha""",
     ("Pechincha", "pedidos@pechincha.example"), fmt="table")

look("Candidatos reprovados na triagem - vaga de Analista Financeiro",
     """Oi {nome},

Como você é o(a) gestor(a) da vaga de Analista Financeiro, segue a lista dos candidatos reprovados na triagem desta semana. Pode confirmar que não seguiremos com eles? Se estiver ok, eu mando o e-mail de retorno amanhã.

Karina Motta
RH - Grupo Contábil Paineira""",
     ("Karina Motta", "karina.motta@paineira.example"))

look("Sua indicação para QA Analyst",
     """Olá {nome},

Obrigado por indicar o Carlos Meireles para a vaga de QA Analyst. Infelizmente ele não foi aprovado na etapa técnica, e por isso o bônus de indicação não se aplica desta vez. Continue indicando!

Recrutamento Pacu Software""",
     ("Recrutamento Pacu Software", "talentos@pacusoftware.example"))

look("Sobre o seu processo",
     """Olá {nome},

Vi que ficou preocupado(a) com o silêncio. Isto não significa que a sua candidatura foi rejeitada: simplesmente ainda não chegámos à fase de decisão, porque dois entrevistadores estiveram doentes.

Voltamos a falar até sexta-feira.
Tomás Ventura
Lisbom Digital""",
     ("Tomás Ventura", "tomas.ventura@lisbomdigital.test"))

look("Vaga pausada temporariamente",
     """Oi {nome},

Não descartamos o seu perfil! A vaga de Analista de Growth só foi pausada por duas semanas enquanto o orçamento do trimestre é aprovado. Você continua no processo e a próxima etapa será com a CEO.

Paula Azevedo
Quero-Quero Apps""",
     ("Paula Azevedo", "paula@queroquero.test"))

look("Reagendamento da entrevista",
     """Olá {nome},

Infelizmente a entrevista marcada para amanhã às 15h foi cancelada, porque o gestor teve um imprevisto. Podemos remarcar para quinta-feira no mesmo horário?

Fabiana Lins
Recrutamento - Transportadora Rio Claro Sul""",
     ("Fabiana Lins", "fabiana.lins@rioclarosul.example"))

look("Resumo das suas candidaturas",
     """Olá {nome},

| Analista de BI | Farmácias Boa Vista do Sul | Em análise
| Desenvolvedor Java | Cajuína Software | Entrevista agendada
| Analista de Sistemas | Banco Jequitibá | Em análise

Nenhuma das suas candidaturas foi encerrada esta semana.

VagaFlow""",
     ("VagaFlow", "resumo@vagaflow.example"), fmt="table")

look("Pedido de visto - decisão",
     """Prezado(a) {nome},

Informamos que seu pedido de visto de trabalho foi indeferido por ausência de comprovante de vínculo empregatício. Você pode apresentar novo pedido com a documentação completa.

Setor Consular""",
     ("Setor Consular", "consular@visto-info.example"))

look("Sinistro n.º 4471 - decisão",
     """Caro(a) cliente {nome},

Após análise do processo de sinistro n.º 4471, lamentamos informar que o pedido de indemnização não foi aceite, uma vez que os danos não estão cobertos pela apólice contratada.

Seguradora Atalaia - Gestão de Sinistros""",
     ("Seguradora Atalaia Sinistros", "sinistros@atalaia-seguros.example"), fmt="alt")

look("Cadastro de fornecedor",
     """Prezados,

O cadastro da empresa de V. Sas. como fornecedora de uniformes foi reprovado, pois a certidão negativa de débitos está vencida. Favor reenviar a documentação atualizada.

Suprimentos - Usina Santa Clara do Oeste""",
     ("Suprimentos Usina Santa Clara", "suprimentos@usinasantaclara.example"))

look("Aumento de limite",
     """Olá {nome}, sua solicitação de aumento de limite do cartão não foi aprovada desta vez. Continue usando o cartão e tente de novo em alguns meses.

Jabuti Pay""",
     ("Jabuti Pay", "nao-responda@jabutipay.test"), fmt="html")

look("Seu anúncio foi reprovado",
     """Olá {nome},

O seu anúncio "Bicicleta aro 29 seminova" foi reprovado pela moderação porque as fotos contêm dados de contato. Edite o anúncio e envie novamente.

Classificados Pechincha""",
     ("Pechincha Classificados", "moderacao@pechincha.example"))

look("Solicitação de férias",
     """Oi {nome},

Seu pedido de férias para a segunda quinzena de julho foi recusado pelo gestor, pois outras duas pessoas do time já estarão fora. Sugerimos escolher outra data no portal.

RH - Grupo Contábil Paineira""",
     ("RH Paineira", "rh@paineira.example"))

look("Proposta salarial",
     """Olá {nome},

Falei com a diretoria: não conseguimos aumentar o salário base, mas podemos incluir um bônus de entrada. A proposta para Analista de Pricing continua de pé e aguardamos sua resposta até segunda.

Gustavo Leal
Banco Jequitibá""",
     ("Gustavo Leal", "gustavo.leal@jequitiba.example"))

look("Re: Proposta - Designer de Produto",
     """Oi {nome},

Que pena que você decidiu recusar a nossa proposta! Respeitamos muito a sua decisão e desejamos sucesso no novo desafio. As portas continuam abertas.

Lucas Amorim
Tatu Bola Labs""",
     ("Lucas Amorim", "lucas@tatubola.test"), fmt="reply",
     quote="Oi Lucas, agradeço muito a proposta, mas decidi aceitar outra oportunidade. Obrigado(a) por tudo!")

look("Como funciona o nosso processo",
     """Olá {nome},

Obrigado pela candidatura à vaga de Técnico(a) de Contabilidade. O processo tem três fases. Caso não seja selecionado(a) na fase de triagem, receberá um e-mail até ao dia 30; caso seja, ligamos-lhe para marcar entrevista.

Contas Certas""",
     ("Contas Certas", "geral@contascertas.example"))

look("Ainda sem resposta do cliente",
     """Oi {nome}! Só pra te atualizar: ainda não temos uma resposta do cliente sobre a vaga de Coordenador de Qualidade. Eles estão entrevistando mais duas pessoas e prometeram fechar até o fim do mês. Assim que souber de qualquer coisa, te aviso.

Renata Okamoto
Rumo Certo Talentos""",
     ("Renata Okamoto", "renata@rumocerto.example"))

look("Curso de Excel Avançado cancelado",
     """Olá {nome},

O Curso de Excel Avançado de maio foi cancelado por falta de inscritos. O valor pago será devolvido integralmente em até 5 dias úteis.

Escola de Negócios Ipê""",
     ("Escola de Negócios Ipê", "cursos@escolaipe.example"))

look("Candidatura ao curso de pós-graduação",
     """Caro(a) {nome},

Lamentamos informar que não foi colocado(a) na Pós-Graduação em Ciência de Dados, por ter sido ultrapassado o número de vagas. Fica em 3.º lugar na lista de suplentes.

Universidade do Litoral Norte - Serviços Académicos""",
     ("ULN Académicos", "posgrad@uln.example"), fmt="alt")

look("Sócio do clube",
     """Olá {nome},

A direção do Clube de Remo Tágide analisou o seu pedido de admissão como sócio atleta e não o aprovou nesta fase, pois a lista de espera para o barco de quatro está completa.

Clube de Remo Tágide""",
     ("Clube de Remo Tágide", "secretaria@remotagide.example"))

look("Inscrição na maratona",
     """Oi {nome}, sua inscrição na Maratona das Cachoeiras não foi confirmada porque o pagamento foi recusado pela operadora do cartão. Tente novamente até domingo.

Organização Maratona das Cachoeiras""",
     ("Maratona das Cachoeiras", "inscricoes@maratonacachoeiras.example"))

look("Vaga reaberta",
     """Olá {nome},

A vaga de Analista de Sistemas foi reaberta e a sua candidatura continua ativa. Não é preciso fazer nada: a próxima etapa é a entrevista com o gestor.

Tech Recruiting - Banco Jequitibá""",
     ("Tech Recruiting Jequitibá", "techrecruiting@jequitiba.example"), fmt="html")

look("Re: Candidatura - Product Owner",
     """{nome},

Não, não fechamos a vaga de Product Owner! Ainda estamos em entrevistas e você segue no processo. Te mando o convite para a próxima etapa amanhã.

Mateus Gomide
Tatu Bola Labs""",
     ("Mateus Gomide", "mateus@tatubola.test"), fmt="reply",
     quote="Oi Mateus, vi que a vaga saiu do site. Ela foi fechada? Abraço.")

look("Pesquisa sobre o seu processo seletivo",
     """Olá {nome},

Queremos ouvir você! Responda em 2 minutos como foi sua experiência no processo seletivo da Lojas Canarinho, independentemente do resultado. Suas respostas são anônimas.

Lojas Canarinho""",
     ("Lojas Canarinho", "pesquisa@canarinho.example"), fmt="html")

look("Fwd: resultado da candidatura da Marta",
     """Olha, a Marta (minha prima) mandou isto - ela não passou no estágio da Câmara. Achas que devia recorrer?

---------- Mensagem encaminhada ----------
De: Marta Figueiredo
Assunto: resultado

Não fui selecionada para o Programa de Estágios Profissionais. Que chatice!""",
     ("Rui Figueiredo", "rui.figueiredo@mailbox.test"))

look("Candidatura à vaga na creche",
     """Caro(a) encarregado(a) de educação {nome},

Informamos que a candidatura do seu educando à creche municipal não foi admitida para o ano letivo 2026/2027, por falta de vagas na sala de 1 ano. A criança fica em lista de espera.

Câmara Municipal de Pinhal de Cima - Educação""",
     ("Educação CM Pinhal de Cima", "educacao@cm-pinhaldecima.example"))


# ======================================================================================
# Ordinary mail with job words
# ======================================================================================
ordinary("Holerite de março disponível",
         """Olá {nome}, seu holerite de março já está disponível no portal do colaborador. Dúvidas sobre descontos, fale com o DP.

Departamento Pessoal - Grupo Contábil Paineira""",
         ("DP Paineira", "dp@paineira.example"))

ordinary("Escala de férias 2026",
         """Pessoal, segue a escala de férias aprovada para 2026. Quem precisar trocar datas, combine com o colega e me avise até o dia 20.

Renato - Coordenação de Operações""",
         ("Renato Freitas", "renato.freitas@rioclarosul.example"))

ordinary("Formação obrigatória em segurança",
         """Olá {nome},

Lembramos que a formação obrigatória em segurança e saúde no trabalho decorre na próxima terça-feira, das 9h às 13h, na sala 2. A presença é registada.

Recursos Humanos - Tinturaria Douro""",
         ("RH Tinturaria Douro", "rh@tinturariadouro.example"), fmt="alt")

ordinary("Boas-vindas aos novos colegas!",
         """Time, este mês recebemos cinco novas pessoas: duas no comercial, uma no financeiro e duas em tecnologia. Passem para dar um oi no café da manhã de sexta!

Comunicação Interna - Jabuti Pay""",
         ("Comunicação Interna", "comunica@jabutipay.test"), fmt="html")

ordinary("Vaga de garagem",
         """Oi {nome}, tudo bem? Ainda tem interesse na vaga de garagem do prédio? O morador do 302 vai liberar a dele em maio e o valor é R$ 180 por mês.

Síndico - Condomínio Jardim das Palmeiras""",
         ("Síndico Jardim das Palmeiras", "sindico@jdpalmeiras.example"))

ordinary("Reunião de alinhamento - vagas abertas do trimestre",
         """Olá {nome},

Marquei uma reunião na quinta às 14h para alinharmos as vagas abertas do trimestre e o orçamento de recrutamento. Traga a lista de candidatos que você já entrevistou.

Karina Motta
RH - Grupo Contábil Paineira""",
         ("Karina Motta", "karina.motta@paineira.example"))

ordinary("Certificado de conclusão",
         """Parabéns, {nome}! Você concluiu o curso "Entrevistas por competências" e seu certificado já pode ser baixado na área do aluno.

Escola de Negócios Ipê""",
         ("Escola de Negócios Ipê", "cursos@escolaipe.example"), fmt="alt")

ordinary("Plano de saúde - inclusão de dependentes",
         """Olá {nome}, a janela para inclusão de dependentes no plano de saúde vai até o dia 30. Envie os documentos pelo portal do colaborador.

Benefícios - Banco Jequitibá""",
         ("Benefícios Jequitibá", "beneficios@jequitiba.example"))

ordinary("Fatura do mês",
         """Olá {nome}, a sua fatura de abril no valor de 34,90 EUR já está disponível. O débito direto será efetuado a 15 de maio.

Operadora Onda Móvel""",
         ("Onda Móvel", "faturas@ondamovel.example"), fmt="table")

ordinary("Jantar de fim de ano da equipa",
         """Olá a todos! O jantar da equipa fica marcado para dia 12 no restaurante O Pescador. Quem não puder ir, avise até sexta para acertarmos as reservas.

Beatriz, assistente de direção""",
         ("Beatriz Lobo", "beatriz.lobo@nogueiratrading.example"))

ordinary("Atualização do seu perfil profissional",
         """Olá {nome}, faz tempo que você não atualiza o seu currículo na VagaFlow. Perfis atualizados recebem até três vezes mais convites de recrutadores.

VagaFlow""",
         ("VagaFlow", "dicas@vagaflow.example"), fmt="html")

ordinary("Mudança de escritório",
         """Bom dia a todos, a partir de 4 de maio a equipa de recrutamento passa a trabalhar no 3.º piso. As entrevistas presenciais passam a decorrer na sala Tejo.

Facility Management - Lisbom Digital""",
         ("Facility Lisbom Digital", "facility@lisbomdigital.test"))


# ======================================================================================
# Rendering
# ======================================================================================
def fill(text: str, owner: tuple[str, str]) -> str:
    name, email = owner
    alt = email.replace("@", ".pessoal@")
    return (text.replace("{nome_completo}", name).replace("{nome}", name.split()[0])
            .replace("{email_alt}", alt).replace("{email}", email))


def is_row(line: str) -> bool:
    return line.startswith("| ")


def html_paragraph(par: str) -> str:
    lines = par.split("\n")
    if all(is_row(line) for line in lines):
        rows = []
        for line in lines:
            cells = [htmllib.escape(c.strip()) for c in line.strip("| ").split("|")]
            rows.append("<tr>" + "".join(f'<td style="padding:4px 10px;border:1px solid #ddd">{c}</td>' for c in cells) + "</tr>")
        return '<table cellspacing="0" style="border-collapse:collapse">' + "".join(rows) + "</table>"
    return "<p>" + "<br>\n".join(htmllib.escape(line) for line in lines) + "</p>"


def to_html(text: str, layout: bool, charset: str = "utf-8") -> str:
    body = "\n".join(html_paragraph(p) for p in text.split("\n\n"))
    if not layout:
        return f"<html><body style=\"font-family:Arial,sans-serif\">\n{body}\n</body></html>"
    return (f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>Mensagem</title></head>"
            "<body style=\"margin:0;background:#f3f3f3\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" cellpadding=\"24\" cellspacing=\"0\" style=\"background:#fff\">"
            "<tr><td style=\"background:#20425a;color:#fff;font-size:18px\">&nbsp;</td></tr>"
            f"<tr><td style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333\">\n{body}\n</td></tr>"
            "<tr><td style=\"font-size:11px;color:#999\">Política de privacidade &middot; Preferências de e-mail</td></tr>"
            "</table></td></tr></table></body></html>")


def quoted(quote: str, owner: tuple[str, str], i: int) -> str:
    when = (BASE_DATE - timedelta(days=2 + i % 5)).strftime("%d/%m/%Y %H:%M")
    lines = fill(quote, owner).split("\n") + ["", owner[0]]
    return f"\n\nEm {when}, {owner[0]} <{owner[1]}> escreveu:\n" + "\n".join(("> " + ln).rstrip() for ln in lines)


def encodable(text: str, charset: str) -> str:
    try:
        text.encode(charset)
        return charset
    except UnicodeEncodeError:
        return "utf-8"


def render(i: int, item: dict) -> tuple[bytes, dict]:
    owner = OWNERS[i % len(OWNERS)]
    frm = (fill(item["frm"][0], owner), fill(item["frm"][1], owner))
    subject = fill(item["subject"], owner)
    text = fill(item["body"], owner)
    if item["fmt"] == "reply":
        text += quoted(item["quote"], owner, i)
    charset = encodable(text + subject, CHARSETS[i % len(CHARSETS)])
    cte = CTES[i % len(CTES)]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"{frm[0]} <{frm[1]}>"
    msg["To"] = f"{owner[0]} <{owner[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE_DATE + timedelta(hours=5 * i, minutes=17 * i))
    msg["Message-ID"] = f"<dev8pt.{i:04d}@{frm[1].split('@')[1]}>"
    fmt = item["fmt"]
    if fmt in ("html", "table"):
        msg.set_content(to_html(text, layout=fmt == "table", charset=charset), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(to_html(text, layout=False), subtype="html", charset=charset,
                                cte="quoted-printable" if cte == "8bit" else cte)
    if msg.is_multipart():
        msg.set_boundary(f"=_dev8pt_{i:04d}_alt")  # deterministic output
    contact = item["contact"]
    label = {
        "is_rejection": item["rejection"],
        "company": item["company"],
        "role": item["role"],
        "contact_name": contact[0] if contact else None,
        "contact_email": contact[1] if contact else None,
        "careers_url": item["url"],
        "lang": "pt",
        "kind": item["kind"],
    }
    return msg.as_bytes(), label


def order() -> list[dict]:
    """Interleave the kinds deterministically so they do not sit in blocks."""
    rejs = [it for it in ITEMS if it["rejection"]]
    looks = [it for it in ITEMS if it["kind"] == "lookalike"]
    ords = [it for it in ITEMS if it["kind"] == "ordinary"]
    seq: list[dict] = []
    step = 0
    while rejs or looks or ords:
        for _ in range(3 if step % 2 else 2):
            if rejs:
                seq.append(rejs.pop(0))
        if looks:
            seq.append(looks.pop(0))
        if ords and step % 4 == 1:
            seq.append(ords.pop(0))
        step += 1
    return seq


def build() -> list[tuple[str, bytes, dict]]:
    out = []
    for i, item in enumerate(order(), start=1):
        mail, label = render(i, item)
        name = f"{i:04d}.eml"
        out.append((name, mail, {"file": name, **label}))
    return out


def check_text_mentions(label: dict, msg) -> None:
    """The role and company labels must be words the mail itself uses."""
    parts = [msg["Subject"] or ""]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    text = "\n".join(parts).lower()
    for key in ("company", "role", "careers_url"):
        if label[key]:
            assert htmllib.escape(label[key]).lower() in text or label[key].lower() in text, (label["file"], key)


def write() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    items = build()
    with LABELS.open("w", encoding="utf-8") as fh:
        for name, mail, label in items:
            (OUT / name).write_bytes(mail)
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for _, _, label in items:
        kinds[label["kind"]] = kinds.get(label["kind"], 0) + 1
    print(f"wrote {len(items)} messages: {kinds}")


def check() -> None:
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(lab["file"] for lab in labels), "labels and messages differ"
    assert len(set(files)) == len(files)
    expected = {name: label for name, _, label in build()}
    parser = BytesParser(policy=policy.default)
    for lab in labels:
        assert expected[lab["file"]] == lab, f"{lab['file']}: labels.jsonl is stale, rerun build.py"
        raw = (OUT / lab["file"]).read_bytes()
        msg = parser.parsebytes(raw)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), lab["file"]
        assert msg["Subject"], lab["file"]
        for key in ("is_rejection", "company", "role", "contact_name", "contact_email", "careers_url", "lang", "kind"):
            assert key in lab, (lab["file"], key)
        if lab["contact_email"]:
            assert lab["contact_email"] in (msg["From"] or "") or lab["contact_email"] in raw.decode("ascii", "replace")
        if not lab["is_rejection"]:
            assert not any(lab[k] for k in ("company", "role", "contact_name", "careers_url")), lab["file"]
        check_text_mentions(lab, msg)
    rej = sum(lab["is_rejection"] for lab in labels)
    print(f"ok: {len(labels)} messages, {rej} rejections, labels 1:1")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
