# ruff: noqa: E501, E743
"""Build the dev5/pt corpus: 100 Portuguese (BR + PT) messages, written by the fifth pt author.

Usage:  python build.py          # writes messages/NNNN.eml and labels.jsonl
        python build.py --check  # parses everything back, checks labels 1:1

Deterministic: fixed dates, fixed order (seeded shuffle), no network. All people, companies
and domains are invented (.example / .test); ATS vendor names are real products.
"""

from __future__ import annotations

import email
import email.policy
import html
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_DIR = HERE / "messages"
LABELS = HERE / "labels.jsonl"

SPECS: list[dict] = []


def R(frm, to, subject, body, *, company, role, contact=None, email_=None, url=None, fmt="plain", **kw):
    """A true rejection. contact/email_ = the human who signed it (None for unsigned no-reply)."""
    SPECS.append(dict(kind="rejection", frm=frm, to=to, subject=subject, body=body, fmt=fmt,
                      is_rejection=True, company=company, role=role, contact_name=contact,
                      contact_email=email_, careers_url=url, **kw))


def L(frm, to, subject, body, *, fmt="plain", **kw):
    """A hard look-alike (shares the vocabulary, is not a rejection of the owner's application)."""
    SPECS.append(dict(kind="lookalike", frm=frm, to=to, subject=subject, body=body, fmt=fmt,
                      is_rejection=False, **kw))


def O(frm, to, subject, body, *, fmt="plain", **kw):
    """Ordinary mail with job-ish words."""
    SPECS.append(dict(kind="ordinary", frm=frm, to=to, subject=subject, body=body, fmt=fmt,
                      is_rejection=False, **kw))


BIA = "Beatriz Lima <bia.lima@correio.example>"
JOAO = "João Pedro Fonseca <jpfonseca@caixa.test>"
ANA = "Ana Rita Moura <ana.moura@mail.example>"
DIEGO = "Diego Nascimento <diego.nasc@correio.example>"

# ----------------------------------------------------------------------------------------------
# True rejections (about half)
# ----------------------------------------------------------------------------------------------

R("Juliana Prado <juliana.prado@vertice-log.example>", BIA,
  "Processo seletivo – Analista de Dados Pleno",
  """Olá, Beatriz.

Agradecemos o tempo dedicado às etapas do processo seletivo para Analista de Dados Pleno na Vértice Logística.

Por meio deste, comunicamos o encerramento da sua participação no processo. A decisão levou em conta o conjunto das avaliações e o momento atual da equipe.

Seu currículo continuará no nosso banco de talentos.

Abraços,
Juliana Prado
Talent Acquisition | Vértice Logística
""", company="Vértice Logística", role="Analista de Dados Pleno", contact="Juliana Prado",
  email_="juliana.prado@vertice-log.example")

R("Marta Sequeira <rh@ribeiro-contas.example>", JOAO,
  "A sua candidatura – Técnico de Contabilidade",
  """Exmo. Senhor João Fonseca,

Acusamos a receção da sua candidatura ao lugar de Técnico de Contabilidade e agradecemos o interesse demonstrado.

Cumpre-nos informar que a mesma não foi considerada para a fase seguinte do recrutamento.

Com os melhores cumprimentos,
Marta Sequeira
Recursos Humanos
Ribeiro & Filhos – Contabilidade, Lda.
""", company="Ribeiro & Filhos – Contabilidade", role="Técnico de Contabilidade", contact="Marta Sequeira",
  email_="rh@ribeiro-contas.example", fmt="qp")

R("Rafael Tavares <rafa@pipoca.example>", DIEGO,
  "sobre a vaga de coordenador",
  """Fala Diego, tudo certo?

Queria te dar um retorno pessoalmente: a vaga de Coordenador de Projetos acabou ficando com um colega que já estava no time e conhecia bem os nossos clientes. Foi uma escolha difícil, teu papo com a gente foi muito bom.

Se abrir algo parecido eu te chamo.

Abs,
Rafael
Pipoca Studio
""", company="Pipoca Studio", role="Coordenador de Projetos", contact="Rafael Tavares", email_="rafa@pipoca.example")

R("Carolina Nunes <carol.nunes@pixelaria.example>", BIA,
  "Retorno – Product Designer",
  """Oi Beatriz,

Obrigada por ter participado das conversas com o nosso time de produto.

Depois de muita discussão, oferecemos a posição de Product Designer a uma candidata com mais experiência em pesquisa com usuários, que é a maior necessidade do squad agora.

Gostamos muito do seu portfólio e vamos lembrar de você nas próximas aberturas.

Um abraço,
Carolina Nunes
Head de Design – Pixelaria
https://pixelaria.example/carreiras
""", company="Pixelaria", role="Product Designer", contact="Carolina Nunes",
  email_="carol.nunes@pixelaria.example", url="https://pixelaria.example/carreiras", fmt="alt")

R("Município de Vila Serena <recrutamento@cm-vilaserena.test>", JOAO,
  "Procedimento concursal comum n.º 14/2026 – notificação",
  """NOTIFICAÇÃO

Procedimento concursal comum para constituição de relação jurídica de emprego público por tempo indeterminado, tendo em vista o preenchimento de 2 postos de trabalho da carreira e categoria de Assistente Técnico (área administrativa) – Aviso n.º 14/2026.

Nos termos e para os efeitos do disposto no artigo 23.º da Portaria n.º 233/2022, notifica-se V. Ex.ª de que, na sequência da aplicação do método de seleção Prova de Conhecimentos, foi excluído(a) do procedimento por não ter obtido a classificação mínima de 9,5 valores.

A lista de ordenação encontra-se afixada no edifício dos Paços do Município e disponível em www.cm-vilaserena.test/emprego.

A Presidente do Júri,
Carla Antunes
""", company="Município de Vila Serena", role="Assistente Técnico", contact="Carla Antunes",
  email_="recrutamento@cm-vilaserena.test", url="www.cm-vilaserena.test/emprego", fmt="latin1")

R("Hospital Universitário Rio Claro <selecao@hurioclaro.test>", BIA,
  "Edital nº 03/2026 – Processo Seletivo Simplificado – Resultado",
  """Prezado(a) candidato(a),

Em atenção ao Edital nº 03/2026 do Processo Seletivo Simplificado para contratação temporária de Técnico de Enfermagem, comunicamos que, após a análise curricular e a prova prática, V.Sa. não foi classificado(a) dentro do número de vagas previsto no item 2.1 do edital.

O resultado final foi homologado e publicado no Diário Oficial.

Comissão Organizadora do Processo Seletivo
Hospital Universitário Rio Claro
""", company="Hospital Universitário Rio Claro", role="Técnico de Enfermagem", fmt="b64")

R("Léo <leo@graotorto.example>", BIA,
  "teste de barista",
  """oi Bia! então, infelizmente não rolou dessa vez 😕 a gente fechou com outra pessoa pra vaga de barista. valeu demais por ter vindo fazer o teste, tua latte art tava linda!!

Léo – Café Grão Torto
""", company="Café Grão Torto", role="barista", contact="Léo", email_="leo@graotorto.example")

R("Inês Carvalho <ines.carvalho@atlanticoseguros.example>", JOAO,
  "Recrutamento – Gestor de Sinistros",
  """Caro João,

Obrigada pelo interesse em integrar a equipa da Atlântico Seguros.

Analisámos o seu percurso com atenção. Embora o seu perfil não deixe de ser interessante, não se enquadra naquilo que procuramos neste momento para a função de Gestor de Sinistros, razão pela qual não iremos avançar.

Desejamos-lhe as maiores felicidades profissionais.

Inês Carvalho
Talent Partner
""", company="Atlântico Seguros", role="Gestor de Sinistros", contact="Inês Carvalho",
  email_="ines.carvalho@atlanticoseguros.example", fmt="qp")

R("Construtora Alicerce via Gupy <naoresponda@gupy.test>", DIEGO,
  "Atualização do processo: Estágio em Engenharia Civil",
  """Olá, Diego!

Queremos agradecer a sua inscrição na vaga Estágio em Engenharia Civil da Construtora Alicerce.

Tivemos um número muito grande de inscrições e, após a etapa de testes online, você não ficou entre os candidatos pré-selecionados para as entrevistas.

Continue acompanhando as nossas vagas em https://alicerce.gupy.test/ — novas oportunidades podem surgir.

Equipe Construtora Alicerce

Este é um e-mail automático, não responda.
""", company="Construtora Alicerce", role="Estágio em Engenharia Civil", url="https://alicerce.gupy.test/", fmt="html")

R("Sofia Matos <sofia.matos@lusoflux.example>", ANA,
  "Candidatura – Engenheiro(a) Eletrotécnico(a)",
  """Cara Ana Rita,

Agradecemos a disponibilidade e o interesse que manifestou pela Lusoflux Energia.

Após uma avaliação cuidada das candidaturas recebidas, o seu perfil não foi retido para as próximas etapas do processo de seleção para Engenheiro(a) Eletrotécnico(a).

Com os nossos cumprimentos,
Sofia Matos
Direção de Pessoas
""", company="Lusoflux Energia", role="Engenheiro(a) Eletrotécnico(a)", contact="Sofia Matos",
  email_="sofia.matos@lusoflux.example")

R("Banco Cerrado – Seleção <selecao@bancocerrado.example>", DIEGO,
  "Resultado do teste técnico – Analista de Sistemas",
  """Prezado Diego Nascimento,

Agradecemos a realização do teste técnico para a posição de Analista de Sistemas.

Informamos que você não atingiu a pontuação mínima exigida (60 pontos), razão pela qual não poderá prosseguir para a etapa de entrevistas.

Atenciosamente,
Gerência de Seleção e Desenvolvimento
Banco Cerrado S.A.
""", company="Banco Cerrado", role="Analista de Sistemas", fmt="qp")

R("Clínica Bem Viver <rh@bemviver.example>", BIA,
  "Vaga de Assistente Administrativo",
  """Boa tarde, Beatriz.

O processo seletivo para Assistente Administrativo foi concluído e a vaga já foi preenchida.

Agradecemos muito a sua participação e desejamos sucesso.

Renata Alves
RH – Clínica Bem Viver
""", company="Clínica Bem Viver", role="Assistente Administrativo", contact="Renata Alves", email_="rh@bemviver.example")

R("Thiago Rocha <thiago@brisa.example>", DIEGO,
  "Vaga Dev Mobile",
  """Diego, boa noite.

Encerramos a seleção para Dev Mobile nesta semana e não vamos avançar com você. Tinha muita gente boa e a decisão foi bem apertada.

Obrigado pela paciência durante o processo!

Thiago Rocha
CTO · Brisa Apps
""", company="Brisa Apps", role="Dev Mobile", contact="Thiago Rocha", email_="thiago@brisa.example")

R("Loja Maré Alta <contato@marealta.example>", BIA,
  "Re: Vaga de vendedora – loja do shopping",
  """Oi Beatriz, tudo bem?

Obrigada por ter vindo conversar com a gente no sábado. Desta vez não vai ser possível, mas adoraríamos manter contato para as próximas contratações de fim de ano.

Beijo,
Paula – Maré Alta
""", company="Maré Alta", role="vendedora", contact="Paula", email_="contato@marealta.example")

R("Fluxo Pagamentos <pessoas@fluxo.example>", DIEGO,
  "Novidades da Fluxo e sua candidatura",
  """Oi Diego,

Que ano! Em 2026 a Fluxo cresceu 40%, abrimos um escritório em Recife e lançamos a conta PJ, que já passa de 80 mil clientes. O time agora tem 320 pessoas em quatro cidades.

Também mudamos a forma como contratamos: todo processo agora tem um case prático e uma conversa com quem vai trabalhar com você no dia a dia.

Quanto à sua candidatura para Desenvolvedor Back-end, decidimos não avançar nesta fase. Essa vaga exigia mais vivência com sistemas de alta concorrência do que vimos nas entrevistas.

Veja outras vagas abertas: https://fluxo.example/trabalhe-conosco

Time de Pessoas · Fluxo Pagamentos
""", company="Fluxo Pagamentos", role="Desenvolvedor Back-end", url="https://fluxo.example/trabalhe-conosco", fmt="alt")

R("Gabriela Teixeira <gabriela@ateliernumerico.example>", ANA,
  "Feedback – Cientista de Dados Júnior",
  """Olá Ana,

Como prometido, seguem os comentários do painel sobre o teu desafio técnico:

Pontos fortes:
- código limpo e bem documentado;
- boa comunicação na apresentação.

Pontos a desenvolver:
- validação dos modelos (faltou separar dados de teste);
- pouca experiência com SQL em produção.

Considerando estes pontos, a decisão foi a de não prosseguir com a tua candidatura à posição de Cientista de Dados Júnior.

Obrigada pelo empenho!
Gabriela Teixeira
Ateliê Numérico
""", company="Ateliê Numérico", role="Cientista de Dados Júnior", contact="Gabriela Teixeira",
  email_="gabriela@ateliernumerico.example")

R("Distribuidora Pampa <vagas@pampadist.example>", DIEGO,
  "Atualização da candidatura",
  """Olá, Diego.

Confira abaixo a situação da sua candidatura:

Vaga: Analista Fiscal
Etapa: Entrevista com o gestor
Status: Não aprovado(a)

Agradecemos a participação e desejamos sucesso na sua jornada.

Distribuidora Pampa – Gente & Gestão
""", company="Distribuidora Pampa", role="Analista Fiscal", fmt="html")

R("Farmácia Sol Nascente <rh@solnascente.example>", "Marcos Vieira <marcos.v@correio.example>",
  "Candidatura não aprovada – Auxiliar de Farmácia",
  """Olá Marcos,

Obrigado pelo interesse na Farmácia Sol Nascente.

Atenciosamente,
Equipe de RH
""", company="Farmácia Sol Nascente", role="Auxiliar de Farmácia")

R("Marés Hotels & Resorts <no-reply@smartrecruiters.test>", ANA,
  "Marés Hotels & Resorts – a sua candidatura",
  """Cara Ana Rita,

Obrigado pela sua candidatura à função de Rececionista no Marés Lisboa Centro.

Após uma análise cuidada, a nossa equipa decidiu avançar com outros candidatos cujo perfil corresponde mais de perto aos requisitos da função.

Guardaremos os seus dados para futuras oportunidades, salvo indicação em contrário.

Equipa de Recrutamento
Marés Hotels & Resorts
""", company="Marés Hotels & Resorts", role="Rececionista", fmt="html",
  preheader="Atualização sobre a sua candidatura no Marés Hotels & Resorts", footer=True)

R("Camila Duarte <camila@agencialumen.example>", "Pedro Henrique <pedroh@correio.example>",
  "Re: Vaga Social Media",
  """Oi Pedro, obrigada pela mensagem e pelo entusiasmo!

Infelizmente a posição já foi ocupada por uma pessoa que concluiu o processo antes de você. Vou guardar seu contato com carinho.

Camila Duarte
Agência Lumen

Em seg., 9 de nov. de 2026 às 10:12, Pedro Henrique <pedroh@correio.example> escreveu:
> Oi Camila!
> Estou muito animado com a vaga de Social Media e disponível para começar já.
> Mandei em anexo o portfólio atualizado, espero que gostem! Podemos marcar
> a entrevista quando for melhor para vocês.
> Abraço,
> Pedro
""", company="Agência Lumen", role="Social Media", contact="Camila Duarte", email_="camila@agencialumen.example")

R("Fernanda Castro <fernanda@talentia.example>", ANA,
  "Fwd: Retorno vaga Controller",
  """Olá Ana, tudo bem?

Recebi hoje o retorno do cliente sobre a vaga de Controller. Encaminho abaixo a mensagem deles: optaram por não seguir com o seu perfil, pois procuram alguém com vivência prática em IFRS 17. Sei que é frustrante, mas continuo com você nas outras posições.

Fernanda Castro
Talentia Consultoria

---------- Forwarded message ---------
De: Ricardo Lemos <ricardo.lemos@serraazul.example>
Date: qua., 18 de nov. de 2026
Subject: Controller
To: Fernanda Castro <fernanda@talentia.example>

Fernanda, obrigado pelos perfis. Da Ana vamos declinar: precisamos de alguém que já tenha implementado IFRS 17.
Ricardo – Grupo Serra Azul
""", company="Grupo Serra Azul", role="Controller", contact="Fernanda Castro", email_="fernanda@talentia.example")

R("Kestrel Systems <kestrel@myworkday.test>", ANA,
  "Your application – Software Engineer II",
  """Dear Ana Rita,

Thank you for your interest in Kestrel Systems and for the time you invested in your application for Software Engineer II (Req. 40211).

Nota da equipa de Lisboa: lamentamos, mas decidimos não avançar com a sua candidatura. O feedback da entrevista técnica foi positivo, mas a equipa precisa de alguém com mais experiência em sistemas embebidos.

Kind regards,
Kestrel Systems Talent Acquisition
""", company="Kestrel Systems", role="Software Engineer II", fmt="alt")

R("Bruno Medeiros <bruno.medeiros@nuvemverde.example>", DIEGO,
  "Entrevista – Tech Lead",
  """Oi Diego,

Foi um prazer conversar com você na entrevista de quinta-feira.

Após alinharmos internamente, entendemos que neste momento outro perfil está mais aderente ao que o time precisa para a vaga de Tech Lead. Não foi uma decisão fácil.

Sucesso!
Bruno Medeiros
Engineering Manager – Nuvem Verde Tecnologia
""", company="Nuvem Verde Tecnologia", role="Tech Lead", contact="Bruno Medeiros",
  email_="bruno.medeiros@nuvemverde.example")

R("Programa de Trainees – Cooperativa Vale do Ipê <trainee@valedoipe.example>", BIA,
  "Programa de Trainees 2027 – resultado do Assessment Center",
  """Olá Beatriz,

Na sequência da sua participação no Assessment Center do Programa de Trainees 2027, informamos que você não foi aprovada para a fase final (painel com a diretoria).

Agradecemos a energia e a dedicação durante o dia de atividades.

Equipe do Programa de Trainees
Cooperativa Vale do Ipê
""", company="Cooperativa Vale do Ipê", role="Programa de Trainees 2027", fmt="qp")

R("Nuno Baptista <nuno@tascadolargo.example>", "Rita Gomes <rita.gomes@mail.example>",
  "dia de experiência",
  """Olá Rita,

Obrigado pelo dia de experiência na cozinha no sábado. Gostámos de te ter cá, mas acabámos por ficar com outra pessoa para o lugar de ajudante de cozinha.

Boa sorte e aparece para jantar!
Nuno Baptista
Tasca do Largo
""", company="Tasca do Largo", role="ajudante de cozinha", contact="Nuno Baptista", email_="nuno@tascadolargo.example")

R("Consultoria Prisma <recrutamento@prisma.example>", BIA,
  "Case – Consultor(a) Estratégico(a)",
  """Beatriz, boa tarde!

Agradecemos a entrega do case de expansão de varejo. O comitê avaliou o material com cuidado e, apesar da boa estrutura, não vamos seguir com você para a próxima etapa.

Se quiser, podemos marcar 15 minutos para um feedback mais detalhado.

Larissa Mendes
Recrutamento – Consultoria Prisma
""", company="Consultoria Prisma", role="Consultor(a) Estratégico(a)", contact="Larissa Mendes",
  email_="recrutamento@prisma.example")

R("Hospital Santa Lúcia – Gestão de Pessoas <gp@santalucia.example>", BIA,
  "Enfermeiro(a) UTI – referências",
  """Prezada Beatriz,

Concluímos a etapa de verificação de referências para a vaga de Enfermeiro(a) UTI Adulto.

Lamentamos informar que não poderemos formalizar a proposta de contratação. Agradecemos a confiança no Hospital Santa Lúcia.

Atenciosamente,
Márcia Freitas
Gestão de Pessoas
""", company="Hospital Santa Lúcia", role="Enfermeiro(a) UTI Adulto", contact="Márcia Freitas",
  email_="gp@santalucia.example")

R("Moinho Digital <estagios@moinhodigital.example>", ANA,
  "Estágio Profissional – Assistente de Marketing",
  """Olá Ana Rita,

Obrigado por te candidatares ao Estágio Profissional de Assistente de Marketing.

Lamentamos informar que as vagas de estágio deste ano já se encontram preenchidas, pelo que a tua candidatura não segue para entrevista.

Equipa Moinho Digital
""", company="Moinho Digital", role="Assistente de Marketing", fmt="b64")

R("Supermercados Bom Preço Sul <jovemaprendiz@bomprecosul.example>", "Kauã Ribeiro <kaua.r@correio.example>",
  "Programa Jovem Aprendiz 2027",
  """Olá, Kauã!

Informamos que você não foi selecionado(a) para o Programa Jovem Aprendiz 2027.

Seu cadastro permanecerá no nosso banco de talentos por 12 meses.

RH Bom Preço Sul
""", company="Bom Preço Sul", role="Jovem Aprendiz", fmt="html")

R("Serviços de Ação Social – Universidade de Vale Formoso <sas@uvf.test>", ANA,
  "Trabalho de estudante – Apoio à Biblioteca",
  """Olá Ana Rita,

Terminou a seleção para a oferta de trabalho de estudante no apoio à Biblioteca Central (2.º semestre).

Infelizmente a tua candidatura não foi escolhida. Recebemos 64 candidaturas para 3 lugares.

Serviços de Ação Social
""", company="Universidade de Vale Formoso", role="Apoio à Biblioteca")

R("Associação Mãos Dadas <voluntariado@maosdadas.example>", BIA,
  "Programa Ponte 2027 – voluntariado internacional",
  """Querida Beatriz,

Obrigada por te inscreveres no Programa Ponte. Depois de analisarmos todas as inscrições e as entrevistas, não conseguimos incluir o teu nome no grupo de voluntárias deste ano.

Esperamos reencontrar-te numa próxima edição.

Helena Costa
Coordenadora de Voluntariado
""", company="Associação Mãos Dadas", role="Programa Ponte", contact="Helena Costa",
  email_="voluntariado@maosdadas.example")

R("Linha Fina Arquitetos <geral@linhafina.example>", JOAO,
  "Candidatura espontânea",
  """Caro João Pedro,

Agradecemos o envio da sua candidatura espontânea e do portefólio.

De momento não temos vagas em aberto que correspondam ao seu perfil, pelo que não daremos seguimento ao processo. Os seus dados serão eliminados ao fim de seis meses.

Cumprimentos,
Teresa Almeida
Linha Fina Arquitetos
""", company="Linha Fina Arquitetos", role=None, contact="Teresa Almeida", email_="geral@linhafina.example", fmt="latin1")

R("Transportes Rápido Norte <curriculos@rapidonorte.example>", DIEGO,
  "Recebemos seu currículo",
  """Olá Diego,

Recebemos o currículo que você enviou pelo nosso site.

No momento não há oportunidades na área de logística compatíveis com o seu perfil e, por isso, não vamos dar andamento à sua candidatura agora.

Obrigado pelo interesse,
Recursos Humanos – Rápido Norte
""", company="Rápido Norte", role=None)

R("Marco Pires <marco@tremoco.example>", "Joana Reis <joana.reis@mail.example>",
  "Growth Marketer",
  """Olá Joana,

Infelizmente não foi desta. Gostámos muito da conversa, mas para Growth Marketer vamos com alguém que já fez scale-up em marketplaces.

Um abraço e boa sorte,
Marco
Tremoço Labs
""", company="Tremoço Labs", role="Growth Marketer", contact="Marco Pires", email_="marco@tremoco.example")

R("Pizzaria Forno Velho <fornovelho@correio.example>", DIEGO,
  "entregador",
  """Fala Diego, a vaga de entregador já foi preenchida. Obrigado pelo interesse 👍
""", company="Pizzaria Forno Velho", role="entregador", fmt="plain")

R("Direção-Geral de Arquivos e Memória <concursos@dgam.test>", JOAO,
  "Aviso n.º 1234/2026 – audiência dos interessados",
  """Assunto: Procedimento concursal comum para 3 postos de trabalho de Técnico Superior (área de arquivística) – Aviso n.º 1234/2026, 2.ª série

Notificação para efeitos de audiência dos interessados

Fica V. Ex.ª notificado(a), nos termos dos artigos 121.º e 122.º do Código do Procedimento Administrativo, de que o júri deliberou a sua exclusão do procedimento, com fundamento na não apresentação do certificado de habilitações exigido no ponto 8.2 do aviso.

Dispõe de 10 dias úteis para, querendo, se pronunciar por escrito, utilizando o formulário próprio.

O Presidente do Júri
Luís Correia
""", company="Direção-Geral de Arquivos e Memória", role="Técnico Superior", contact="Luís Correia",
  email_="concursos@dgam.test", fmt="qp")

R("Prefeitura Municipal de São Bento do Campo <concurso@saobentodocampo.test>", BIA,
  "Concurso Público 01/2026 – Avaliação Psicológica",
  """Senhora Candidata,

Comunicamos que, na etapa de Avaliação Psicológica do Concurso Público nº 01/2026 para o cargo de Agente Administrativo, a senhora foi considerada INAPTA, ficando eliminada do certame, conforme item 11.4 do edital.

O prazo para interposição de recurso é de 3 dias úteis a contar da publicação.

Comissão do Concurso
""", company="Prefeitura Municipal de São Bento do Campo", role="Agente Administrativo", fmt="latin1")

R("Rede Farmavida <talentos@farmavida.example>", "Marcos Vieira <marcos.v@correio.example>",
  "Sua candidatura para Farmacêutico Responsável",
  """Oi, Marcos!

Passando para contar que o seu perfil não seguirá no processo para Farmacêutico Responsável – Unidade Centro.

Sabemos que receber essa notícia não é legal, mas queremos muito que você continue se candidatando: https://farmavida.example/vagas

Com carinho,
Time de Talentos Farmavida
""", company="Farmavida", role="Farmacêutico Responsável", url="https://farmavida.example/vagas", fmt="html")

R("Paulo Antunes <paulo.antunes@cerealis.example>", JOAO,
  "Posição de Gestor de Compras",
  """Bom dia João,

Escrevo para lhe dar nota de que a posição de Gestor de Compras, à qual se candidatou, foi congelada por decisão da administração. O processo de recrutamento foi assim encerrado e a sua candidatura não terá seguimento.

Lamento o incómodo e agradeço o tempo dispensado nas entrevistas.

Paulo Antunes
Diretor de Operações – Cerealis
""", company="Cerealis", role="Gestor de Compras", contact="Paulo Antunes", email_="paulo.antunes@cerealis.example")

R("Paloma Reis <paloma.reis@orbitacloud.example>", DIEGO,
  "Vaga SRE Sênior",
  """Oi Diego,

Você tem uma trajetória bem bacana e a conversa com o time foi ótima. Ainda assim, estamos buscando alguém com mais senioridade em Kubernetes em produção, então não seguiremos com a sua candidatura para SRE Sênior.

Obrigada pelo tempo investido!
Paloma Reis
Tech Recruiter | Órbita Cloud
""", company="Órbita Cloud", role="SRE Sênior", contact="Paloma Reis", email_="paloma.reis@orbitacloud.example")

R("Vanessa Lopes <vanessa.lopes@bancadoporto.example>", JOAO,
  "Analista de Risco – feedback",
  """Olá João,

Obrigada pela entrevista de terça-feira.

Após reflexão, a equipa considerou que o seu perfil está acima do que a função de Analista de Risco exige neste momento, e por isso optámos por não avançar. Não hesite em candidatar-se a funções mais seniores no futuro.

Vanessa Lopes
Banca do Porto
""", company="Banca do Porto", role="Analista de Risco", contact="Vanessa Lopes",
  email_="vanessa.lopes@bancadoporto.example")

R("Instituto Aurora de Educação <selecao@institutoaurora.example>", BIA,
  "Processo Seletivo – Professor(a) de Matemática",
  """Prezada Beatriz Lima,

Agradecemos sua participação no processo seletivo para Professor(a) de Matemática do Ensino Médio.

Informamos que sua candidatura não foi contemplada nesta oportunidade.

Atenciosamente,
Coordenação Pedagógica
Instituto Aurora de Educação
""", company="Instituto Aurora de Educação", role="Professor(a) de Matemática", fmt="cp1252")

R("Escola Superior de Saúde do Mondego <rh@essmondego.test>", ANA,
  "Concurso – Assistente Convidado(a) – entrevistas",
  """Exma. Senhora Dra. Ana Rita Moura,

Na sequência da avaliação curricular no âmbito do Edital n.º 77/2026 (Assistente Convidado – área de Fisioterapia), informamos que o nome de V. Ex.ª não consta da lista de candidatos admitidos à entrevista.

A ata do júri pode ser consultada presencialmente nos Serviços de Recursos Humanos.

Com os melhores cumprimentos,
Serviços de Recursos Humanos
""", company="Escola Superior de Saúde do Mondego", role="Assistente Convidado", fmt="qp")

R("Hiring @ Koru <hiring@koru.example>", DIEGO,
  "Update: Backend Engineer (Go)",
  """Oi Diego!

Passando pra atualizar: sua candidatura para Backend Engineer (Go) foi declinada pelo hiring manager após a revisão do take-home.

Valeu por topar o desafio, de verdade.

Koru Talent Team
""", company="Koru", role="Backend Engineer (Go)", fmt="html")

R("Agropecuária Três Marias <rh@tresmarias.example>", "Kauã Ribeiro <kaua.r@correio.example>",
  "Resultado da dinâmica de grupo",
  """Olá Kauã,

Resultado da dinâmica de grupo realizada em 12/11 para Auxiliar de Produção:

Situação: reprovado(a)

Agradecemos a sua presença.

Setor de Recrutamento – Agropecuária Três Marias
""", company="Agropecuária Três Marias", role="Auxiliar de Produção")

R("Recrutamento Quinta Essência <ana.serra@quintaessencia.example>", JOAO,
  "Oportunidade Delegado de Informação Médica",
  """Olá João,

Obrigada pelo tempo que dedicou à entrevista connosco.

O nosso cliente, uma multinacional do setor farmacêutico, informou-nos de que decidiu não prosseguir com a sua candidatura para Delegado de Informação Médica, privilegiando candidatos com experiência na área hospitalar.

Continuaremos atentos a novas oportunidades ajustadas ao seu perfil.

Ana Serra
Consultora Sénior – Quinta Essência
""", company="Quinta Essência", role="Delegado de Informação Médica", contact="Ana Serra",
  email_="ana.serra@quintaessencia.example")

R("Transportes Irmãos Caldeira <escritorio@irmaoscaldeira.example>", JOAO,
  "Candidatura a Motorista de Pesados",
  """Exmo. Sr. João Pedro Fonseca,

Vimos por este meio informar que, após análise do seu curriculum vitae, V. Exa. não foi seleccionado para a função de Motorista de Pesados.

Agradecemos o interesse manifestado na nossa empresa.

Sem outro assunto de momento,
A Gerência
""", company="Transportes Irmãos Caldeira", role="Motorista de Pesados", fmt="latin1")

R("Livraria Papiro <loja.chiado@papiro.example>", "Rita Gomes <rita.gomes@mail.example>",
  "Assistente de loja",
  """Olá Rita!

Obrigada pela conversa de ontem. Acabámos por escolher outra pessoa para a loja do Chiado, alguém com disponibilidade aos fins de semana.

Beijinhos e boa sorte,
Filipa
Livraria Papiro
""", company="Livraria Papiro", role="Assistente de loja", contact="Filipa", email_="loja.chiado@papiro.example")

R("Grupo Horizonte <talentos@horizonte.example>", BIA,
  "Processo seletivo – Designer Sênior",
  """Oi Beatriz,

Obrigado por participar do processo para Designer Sênior. Não seguiremos com você para essa posição, pois o time escolheu um perfil com mais experiência em design systems.

Por outro lado, gostamos muito do seu portfólio e gostaríamos de te entrevistar para a vaga de Designer Pleno, que abriu nesta semana. Podemos conversar na segunda?

Abraço,
Letícia Araújo
Grupo Horizonte
""", company="Grupo Horizonte", role="Designer Sênior", contact="Letícia Araújo", email_="talentos@horizonte.example",
  note="not selected for this role but invited for another: the application for Designer Sênior will not go ahead")

R("Editora Caravela <rh@caravela.example>", BIA,
  "Revisora de Textos",
  """Prezada Beatriz,

Agradecemos o envio do teste de revisão. Após criteriosa análise, optamos por outros candidatos cujo perfil melhor atende às necessidades da vaga de Revisora de Textos neste momento.

Seu currículo ficará arquivado para futuras oportunidades.

Atenciosamente,
Editora Caravela
""", company="Editora Caravela", role="Revisora de Textos", fmt="alt")

R("Condomínio Parque das Águas <sindico@parquedasaguas.example>", "Sr. Antônio Batista <antonio.b@correio.example>",
  "Vaga de porteiro",
  """Prezado Sr. Antônio,

O senhor não foi selecionado para a vaga de porteiro noturno. A administração optou por um profissional que já trabalha no bairro.

Grato pela atenção,
Rogério Pinheiro – Síndico
""", company="Condomínio Parque das Águas", role="porteiro noturno", contact="Rogério Pinheiro",
  email_="sindico@parquedasaguas.example")

R("Personio <no-reply@personio.test>", ANA,
  "A sua candidatura na Solar Verde",
  """Olá Ana Rita,

Obrigado pela sua candidatura à vaga de Técnica de Instalação Fotovoltaica na Solar Verde.

Escrevemos para informar que o processo terminou sem que a sua candidatura tenha sido escolhida. Ficamos com os seus dados para futuras vagas, se assim o permitir.

Cumprimentos,
Equipa Solar Verde

Powered by Personio
""", company="Solar Verde", role="Técnica de Instalação Fotovoltaica", fmt="html", footer=True)

# ----------------------------------------------------------------------------------------------
# Hard look-alikes
# ----------------------------------------------------------------------------------------------

L("Equipa de Recrutamento – Lusoflux <recrutamento@lusoflux.example>", ANA,
  "Ponto de situação da sua candidatura",
  """Cara Ana Rita,

Pedimos desculpa pela demora na resposta. Infelizmente o processo tem sido mais longo do que o previsto, devido ao elevado número de candidaturas.

A sua candidatura continua em análise e contamos dar-lhe notícias até ao final do mês.

Obrigado pela paciência,
Equipa de Recrutamento
""")

L("Juliana Prado <juliana.prado@vertice-log.example>", BIA,
  "Remarcação da entrevista",
  """Oi Beatriz,

Infelizmente precisaremos remarcar a sua entrevista de amanhã: o gestor da vaga teve um imprevisto. Você teria disponibilidade na quinta, às 14h?

Desculpe o transtorno!
Juliana
""")

L("Talentos Horizonte <talentos@horizonte.example>", DIEGO,
  "Atualização sobre as vagas",
  """Olá Diego,

A vaga de Analista Júnior foi preenchida internamente. A sua candidatura para Analista Pleno, no entanto, segue ativa e você está na etapa de entrevistas com o gestor.

Em breve entraremos em contato com os horários.

Abraço,
Talentos Horizonte
""")

L("Carolina Nunes <carol.nunes@pixelaria.example>", BIA,
  "Proposta – Product Designer",
  """Oi Beatriz!

Temos uma ótima notícia: gostaríamos de te fazer uma proposta para a posição de Product Designer.

Infelizmente não conseguimos chegar ao valor que você pediu, mas chegamos a R$ 11.500 mais bônus anual. Segue a carta-proposta em anexo.

Aguardamos o seu retorno até sexta!
Carolina
""")

L("Vagas Brasil Alertas <alertas@vagasbrasil.example>", DIEGO,
  "3 novas vagas para você + uma vaga salva foi encerrada",
  """Olá Diego,

Infelizmente a vaga "Analista de Suporte – Home Office", que você salvou, foi encerrada pela empresa e não aceita mais candidaturas.

Mas temos novidades que combinam com você:
• Analista de Suporte N2 – Aurora Tech – Remoto
• Técnico de Infraestrutura – Grupo Solaris – Campinas
• Analista de Sistemas – Cooperativa Sul – Porto Alegre

Candidate-se com um clique.

Para deixar de receber estes alertas, clique aqui.
""", fmt="html")

L("Mariana Costa <mariana@recrutaprime.example>", JOAO,
  "Oportunidade – Head de Finanças",
  """Olá João Pedro,

Vi o seu perfil e acho que poderia ser uma boa opção para uma posição de Head de Finanças num cliente do setor agroalimentar, em Leiria.

Teria disponibilidade para uma chamada rápida esta semana?

Cumprimentos,
Mariana Costa
RecrutaPrime
""")

L("Carreira em Foco <newsletter@carreiraemfoco.example>", BIA,
  "Como responder a um \"infelizmente não seguiremos com sua candidatura\"",
  """Newsletter Carreira em Foco – edição 112

Você já recebeu um e-mail dizendo "infelizmente, optamos por não seguir com a sua candidatura"? Nesta edição mostramos como responder a um processo seletivo que não deu certo sem queimar pontes:

1. Agradeça a oportunidade.
2. Peça feedback de forma objetiva.
3. Mantenha contato com o recrutador.

Ler o artigo completo no blog.

Você recebe este e-mail porque se inscreveu na Carreira em Foco. Cancelar inscrição.
""", fmt="html")

L("Imobiliária Lar Doce Lar <locacao@lardocelar.example>", BIA,
  "Análise cadastral – Apartamento Rua das Acácias, 120",
  """Olá Beatriz,

Informamos que a sua proposta de locação para o apartamento da Rua das Acácias, 120 não foi aprovada pelo proprietário após a análise cadastral.

Temos outros imóveis na mesma região; quer agendar uma visita?

Atenciosamente,
Imobiliária Lar Doce Lar
""")

L("Banco Cerrado <nao-responda@bancocerrado.example>", DIEGO,
  "Resultado da sua solicitação de crédito",
  """Prezado Diego,

Após análise do seu perfil, informamos que a sua solicitação de crédito pessoal não foi aprovada neste momento.

Você poderá fazer uma nova solicitação em 90 dias.

Banco Cerrado
""", fmt="qp")

L("Creche Pequenos Passos <secretaria@pequenospassos.example>", ANA,
  "Pedido de vaga – berçário 2027",
  """Cara Encarregada de Educação,

Informamos que, por falta de lugares, a candidatura do seu filho Tomás à vaga no berçário para 2027 não foi admitida. Ficou em 7.º lugar na lista de espera.

Com os melhores cumprimentos,
A Direção
""")

L("Comissão Científica CNEI 2026 <cnei2026@congresso.test>", JOAO,
  "Decisão sobre a submissão #218",
  """Caro autor,

Lamentamos informar que o seu artigo "Modelos de procura em redes de distribuição" não foi aceite para apresentação no CNEI 2026. Seguem em anexo os pareceres dos revisores.

A Comissão Científica
""")

L("Fundação para a Investigação Atlântica <bolsas@fia.test>", ANA,
  "Concurso de Bolsas de Doutoramento 2026 – resultados",
  """Exma. Senhora,

Informamos que a sua candidatura ao Concurso de Bolsas de Doutoramento 2026 não foi selecionada para financiamento. A classificação obtida foi de 3,8 valores, abaixo do limiar de financiamento.

Pode apresentar reclamação no prazo de 10 dias úteis.

Fundação para a Investigação Atlântica
""", fmt="latin1")

L("Hack Nordeste <contato@hacknordeste.example>", DIEGO,
  "Sua inscrição no Hack Nordeste 2026",
  """Oi Diego!

Recebemos mais de 2 mil inscrições e, infelizmente, sua equipe não foi selecionada para a final presencial do Hack Nordeste 2026.

Mas você ainda pode participar das palestras online!

Equipe Hack Nordeste
""")

L("Seguradora Proteja <propostas@proteja.example>", BIA,
  "Proposta de seguro auto nº 55821",
  """Prezada cliente,

Após análise de risco, a sua proposta de seguro auto nº 55821 foi recusada. O valor do prêmio pago será devolvido em até 10 dias.

Atenciosamente,
Seguradora Proteja
""", fmt="b64")

L("Clube Naval do Tejo <secretaria@clubenavaltejo.example>", JOAO,
  "Candidatura a sócio",
  """Caro João Pedro,

A Direção apreciou a sua candidatura a sócio efetivo e lamenta informar que a mesma não foi aprovada, por não ter sido apresentada a proposta assinada por dois sócios.

Pode voltar a candidatar-se na próxima assembleia.

O Secretário da Direção
""")

L("Recrutamento Órbita Cloud <talent@orbitacloud.example>", DIEGO,
  "Confirmação da sua desistência",
  """Olá Diego,

Confirmamos que o seu pedido de desistência do processo seletivo para Engenheiro de Dados foi registrado. Lamentamos a sua saída, mas entendemos os seus motivos.

As portas continuam abertas!

Time de Talent Acquisition – Órbita Cloud
""")

L("Renato Silva <renato.silva@cedrotech.example>", BIA,
  "Re: Proposta de emprego",
  """Oi Beatriz,

Recebemos a sua resposta recusando a nossa proposta para Analista de UX. Ficamos tristes, mas entendemos totalmente a decisão e desejamos sucesso no novo desafio.

Abraço,
Renato

Em qui., 19 de nov. de 2026, Beatriz Lima escreveu:
> Renato, agradeço muito a proposta, mas decidi aceitar outra oportunidade.
""")

L("People Team – Quanta <people@quanta.example>", "Carla Mota <carla.mota@quanta.example>",
  "Parecer pendente – candidato Rodrigo Alves",
  """Olá Carla,

Obrigado por ter entrevistado o candidato Rodrigo Alves para Analista Financeiro. Por favor preencha o seu parecer no Greenhouse até amanhã.

Informamos também que decidimos não avançar com a outra candidata da lista curta, portanto a decisão final depende do seu parecer.

People Team
""")

L("Portal do Candidato <portal@rhsimples.example>", DIEGO,
  "Erro no envio do currículo",
  """Olá Diego,

Infelizmente houve uma falha no nosso sistema e o currículo que você enviou para a vaga de Técnico de Manutenção não foi recebido.

Por favor, reenvie o arquivo pelo portal para que a sua candidatura seja considerada.

Portal do Candidato
""")

L("Varejo Sol <vagas@varejosol.example>", BIA,
  "Recebemos sua candidatura!",
  """Olá Beatriz!

Recebemos sua candidatura para a vaga de Operadora de Caixa. Nossa equipe vai analisar o seu perfil nos próximos dias.

Caso não receba retorno em até 30 dias, considere que o seu perfil não foi selecionado para esta vaga.

Boa sorte!
Equipe Varejo Sol
""", fmt="html")

L("Nuvem Verde Tecnologia <talentos@nuvemverde.example>", DIEGO,
  "Você avançou! Próxima etapa – Tech Lead",
  """Oi Diego,

Parabéns! Você foi aprovado na entrevista técnica e seguirá para a conversa final com o nosso CEO.

Infelizmente a agenda dele está cheia nesta semana, então a conversa ficará para a próxima terça, às 16h.

Time de Talentos
""")

L("Programa Indique – Farmavida <indique@farmavida.example>", "Marcos Vieira <marcos.v@correio.example>",
  "Atualização sobre a sua indicação",
  """Olá, Marcos!

Obrigado por indicar o Felipe Souza para a vaga de Balconista. Infelizmente a vaga foi preenchida por outro candidato e o seu indicado não seguiu no processo.

Continue indicando amigos: cada contratação rende um bônus de R$ 500!

Programa Indique Farmavida
""")

L("Município de Vila Serena <recrutamento@cm-vilaserena.test>", JOAO,
  "Aviso n.º 14/2026 – lista de admitidos e excluídos",
  """Exmo.(a) Senhor(a),

Informa-se que se encontra publicada a lista provisória de candidatos admitidos e excluídos ao procedimento concursal comum para Assistente Técnico (Aviso n.º 14/2026).

A lista pode ser consultada em www.cm-vilaserena.test/emprego. Os candidatos excluídos serão notificados individualmente para efeitos de audiência dos interessados.

O Júri do Procedimento
""", fmt="latin1")

L("Sofia Matos <sofia.matos@lusoflux.example>", ANA,
  "Entrevista adiada",
  """Cara Ana Rita,

Lamentamos, mas a entrevista marcada para dia 3 foi adiada por motivos de agenda do júri. A sua candidatura mantém-se no processo e enviaremos nova data em breve.

Com os melhores cumprimentos,
Sofia Matos
""")

L("Serviços Municipalizados de Água <compras@smagua.test>", JOAO,
  "Concurso público n.º 22/2026 – relatório final",
  """Exmos. Senhores,

Vimos notificar V. Exas. do relatório final do concurso público n.º 22/2026 para a prestação de serviços de manutenção de redes. A proposta apresentada pela vossa empresa não foi selecionada, tendo a adjudicação recaído sobre o concorrente n.º 3.

Com os melhores cumprimentos,
Departamento de Compras
""")

L("Tiago Freire <tiago.freire@cedrotech.example>", "Beatriz Lima <bia.lima@cedrotech.example>",
  "Vaga de Analista de UX – candidato recusou",
  """Bia,

Só para te atualizar como gestora da vaga: o candidato que escolhemos recusou a nossa proposta, por isso vamos retomar as entrevistas com a shortlist na semana que vem.

Consegues reservar duas tardes?
Tiago
""")

L("Promoção Verão Premiado <promo@verao-premiado.example>", DIEGO,
  "Resultado do sorteio",
  """Olá Diego,

O sorteio da Promoção Verão Premiado foi realizado hoje. Infelizmente você não foi sorteado desta vez, mas continua concorrendo aos próximos prêmios com os seus cupons.

Boa sorte!
""")

L("Comunicação Interna – Cooperativa Vale do Ipê <comunicacao@valedoipe.example>", BIA,
  "Comunicado: nova Gerente Comercial",
  """Olá a todos,

Informamos que a vaga de Gerente Comercial foi preenchida pela colega Ana Souza, que já atuava como coordenadora da regional norte. Parabéns, Ana!

Agradecemos a todos os colaboradores que participaram do processo interno.

Comunicação Interna
""")

L("Secretaria de Pós-Graduação <posgrad@uvf.test>", ANA,
  "Candidatura ao Mestrado em Economia",
  """Cara candidata,

Informamos que a sua candidatura ao Mestrado em Economia (1.ª fase) não foi admitida, por ter ficado abaixo da nota de seriação.

Poderá candidatar-se na 2.ª fase.

Secretaria de Pós-Graduação
""")

L("Carol Nunes <carol.nunes@pixelaria.example>", BIA,
  "Parabéns, você foi selecionada!",
  """Oi Beatriz!

Infelizmente demoramos um pouco mais do que o previsto, mas temos a alegria de dizer que você foi selecionada para a vaga de UX Writer! O contrato segue amanhã.

Bem-vinda ao time!
Carol
""")

# ----------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words
# ----------------------------------------------------------------------------------------------

O("Departamento Pessoal <dp@cedrotech.example>", "Beatriz Lima <bia.lima@cedrotech.example>",
  "Seu holerite de novembro está disponível",
  """Olá Beatriz,

O seu holerite referente a novembro/2026 já está disponível no portal do colaborador.

Departamento Pessoal
""")

O("Rede Profissional <notificacoes@redeprofissional.example>", DIEGO,
  "Dê os parabéns ao Lucas pelo novo emprego",
  """Lucas Andrade começou um novo cargo como Engenheiro de Software na Aurora Tech.

Dê os parabéns ou veja vagas semelhantes.
""", fmt="html")

O("Tiago Freire <tiago.freire@cedrotech.example>", "Beatriz Lima <bia.lima@cedrotech.example>",
  "Reunião de equipa – planeamento de férias",
  """Olá equipa,

Vamos reunir-nos na sexta às 10h para fechar o mapa de férias e a escala de dezembro.

Tiago
""")

O("Benefícios <beneficios@cedrotech.example>", "Beatriz Lima <bia.lima@cedrotech.example>",
  "Recarga do vale-refeição",
  """Olá,

A recarga do vale-refeição dos colaboradores foi feita hoje. O saldo pode levar até 24h para aparecer no app.

Equipe de Benefícios
""")

O("Gente & Cultura <gente@quanta.example>", "Carla Mota <carla.mota@quanta.example>",
  "Onboarding do novo colega",
  """Olá Carla,

O Rodrigo Alves começa na segunda como Analista Financeiro. Você será a padrinho/madrinha dele na primeira semana; o roteiro de onboarding está em anexo.

Gente & Cultura
""")

O("Academia Interna <academia@cedrotech.example>", "Beatriz Lima <bia.lima@cedrotech.example>",
  "Inscrições abertas: Excel Avançado para colaboradores",
  """As inscrições para a turma de Excel Avançado estão abertas até sexta. Vagas limitadas a 20 colaboradores.

Academia Interna
""", fmt="qp")

O("Gabinete Contas Certas <geral@contascertas.example>", JOAO,
  "IRS 2026 – documentos em falta",
  """Caro João,

Para concluirmos a sua declaração de IRS, precisamos ainda do recibo de vencimento de dezembro e da declaração de rendimentos da entidade patronal.

Obrigado,
Contas Certas
""")

O("Entregas Já <rastreio@entregasja.example>", DIEGO,
  "Seu pedido saiu para entrega",
  """Olá Diego, seu pedido #88213 (Cadeira ergonômica para home office) saiu para entrega e chega hoje até as 18h.
""")

O("Banco Cerrado <extrato@bancocerrado.example>", DIEGO,
  "Extrato mensal – conta salário",
  """Seu extrato da conta salário de novembro está disponível no app. Crédito de salário: empresa Fluxo Pagamentos.
""", fmt="b64")

O("Feira de Emprego Porto 2026 <info@feiraemprego.test>", ANA,
  "Feira de Emprego Porto 2026 – inscreva-se",
  """A Feira de Emprego Porto 2026 acontece a 12 de dezembro na Alfândega. Mais de 80 empresas com vagas de estágio e emprego.

Inscreva-se gratuitamente e traga o seu CV!
""", fmt="html")

O("Juliana Prado <juliana.prado@vertice-log.example>", BIA,
  "Confirmação – entrevista amanhã 10h",
  """Oi Beatriz,

Confirmo a sua entrevista para Analista de Dados Pleno amanhã às 10h, no escritório da Av. Paulista. Leve um documento com foto.

Até amanhã!
Juliana
""")

O("Admissão – Pixelaria <admissao@pixelaria.example>", BIA,
  "Documentos para admissão",
  """Oi Beatriz, bem-vinda!

Para concluirmos a sua admissão, envie até quarta: RG, CPF, carteira de trabalho digital, comprovante de residência e dados bancários.

Equipe de Admissão
""")

O("Diretoria de Operações <diretoria@cerealis.example>", "João Pedro Fonseca <joao.fonseca@cerealis.example>",
  "Alteração de chefia",
  """Caros colegas,

A partir de janeiro, a equipa de logística passa a reportar ao Eng. Paulo Antunes. As funções de cada um mantêm-se.

A Diretoria
""")

O("Blog Aurora Tech <blog@auroratech.example>", DIEGO,
  "Vagas em destaque e novidades do time",
  """Neste mês: conheça o nosso novo escritório, a história da Dani (de estagiária a gerente) e as vagas em destaque para backend e dados.

Trabalhe conosco: veja todas as oportunidades no site.
""", fmt="html")

O("Portal de Carreiras – Greenhouse <no-reply@greenhouse.test>", DIEGO,
  "Redefinição de senha",
  """Olá Diego,

Recebemos um pedido para redefinir a senha da sua conta no portal de candidatos. Se não foi você, ignore este e-mail.
""")

O("Carla Mota <carla.mota@quanta.example>", "Diretoria Quanta <diretoria@quanta.example>",
  "Planejamento de contratações 2027",
  """Pessoal,

Segue a proposta de plano de contratações para 2027: 4 vagas em engenharia, 2 em finanças e 1 em RH. O orçamento de recrutamento fica em R$ 120 mil.

Carla
""")

O("Lucas Andrade <lucas.andrade@correio.example>", DIEGO,
  "consegui o emprego!!",
  """Diego!! passei no processo da Aurora Tech, começo dia 1º 🎉 bora comemorar sexta?
""")

O("Academia Forma Viva <contato@formaviva.example>", BIA,
  "Sua matrícula foi renovada",
  """Olá Beatriz, sua matrícula foi renovada com sucesso. Novos horários de funcional às 7h para quem trabalha cedo!
""")

O("Cliente Maré Design <financeiro@maredesign.example>", ANA,
  "Fatura do projeto freelance",
  """Olá Ana Rita,

Recebemos a sua fatura-recibo referente ao projeto de identidade visual. O pagamento será processado até dia 30.

Departamento Financeiro
""", fmt="qp")

O("Secretaria Académica <academica@uvf.test>", ANA,
  "Confirmação de inscrição – 2.º semestre",
  """A sua inscrição nas unidades curriculares do 2.º semestre foi confirmada. Estatuto de trabalhador-estudante: aprovado.

Secretaria Académica
""")

# ----------------------------------------------------------------------------------------------

FOOTER = """
<table width="100%" style="font-size:11px;color:#888"><tr><td>
Recebeu este e-mail porque se candidatou através da nossa plataforma de recrutamento.<br>
<a href="https://privacy.example/politica">Política de privacidade</a> |
<a href="https://links.example/unsubscribe?u=abc123">Cancelar subscrição</a> |
<a href="https://links.example/track/open?id=998877">Ver no navegador</a><br>
© 2026 Todos os direitos reservados. Avenida da Liberdade, 100, Lisboa, Portugal.
</td></tr></table>"""


def to_html(spec: dict) -> str:
    parts = []
    if spec.get("preheader"):
        parts.append('<div style="display:none;max-height:0;overflow:hidden;">'
                     f'{html.escape(spec["preheader"])}</div>')
    parts.append('<table width="600" align="center"><tr><td style="font-family:Arial,sans-serif">')
    for para in spec["body"].strip().split("\n\n"):
        lines = [html.escape(x) for x in para.split("\n")]
        for i, x in enumerate(lines):
            if x.startswith("https://") or x.startswith("www."):
                lines[i] = f'<a href="{x if x.startswith("https") else "https://" + x}">{x}</a>'
        parts.append("<p>" + "<br>\n".join(lines) + "</p>")
    parts.append("</td></tr></table>")
    if spec.get("footer"):
        parts.append(FOOTER)
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def build_message(i: int, spec: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    msg["Subject"] = spec["subject"]
    when = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=-3 if i % 2 else 0))) + timedelta(hours=7 * i)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<dev5pt.{i:04d}@mail.example>"
    body = spec["body"]
    fmt = spec["fmt"]
    if fmt == "plain":
        msg.set_content(body, charset="utf-8", cte="8bit")
    elif fmt == "qp":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, charset="utf-8", cte="base64")
    elif fmt == "latin1":
        msg.set_content(body.replace("\u2013", "-").replace("\u2014", "-"), charset="iso-8859-1",
                        cte="quoted-printable")
    elif fmt == "cp1252":
        msg.set_content(body, charset="windows-1252", cte="8bit")
    elif fmt == "html":
        msg.set_content(to_html(spec), subtype="html", charset="utf-8", cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(to_html(spec), subtype="html", charset="utf-8", cte="quoted-printable")
        msg.set_boundary(f"==dev5pt-{i:04d}==")  # deterministic output
    else:
        raise ValueError(fmt)
    return msg


FIELDS = ("company", "role", "contact_name", "contact_email", "careers_url")


def ordered() -> list[dict]:
    specs = list(SPECS)
    random.Random(5).shuffle(specs)
    return specs


def build() -> None:
    MSG_DIR.mkdir(exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    with LABELS.open("w", encoding="utf-8") as out:
        for i, spec in enumerate(ordered(), 1):
            name = f"{i:04d}.eml"
            (MSG_DIR / name).write_bytes(bytes(build_message(i, spec)))
            label = {"file": name, "is_rejection": spec["is_rejection"]}
            for f in FIELDS:
                label[f] = spec.get(f) if spec["is_rejection"] else None
            label["lang"] = "pt"
            label["kind"] = spec["kind"]
            if spec.get("note"):
                label["note"] = spec["note"]
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"wrote {len(SPECS)} messages")


def check() -> int:
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    files = sorted(p.name for p in MSG_DIR.glob("*.eml"))
    errors = []
    if sorted(x["file"] for x in labels) != files:
        errors.append("labels and messages differ")
    specs = ordered()
    if len(specs) != len(labels):
        errors.append("spec count differs from labels")
    for label, spec in zip(labels, specs, strict=False):
        raw = (MSG_DIR / label["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part is not None else ""
        if not text.strip():
            errors.append(f"{label['file']}: empty body")
        if "".join(str(msg["Subject"]).split()) != "".join(spec["subject"].split()):  # stdlib folding drops spaces
            errors.append(f"{label['file']}: subject mismatch")
        if label["is_rejection"] != spec["is_rejection"]:
            errors.append(f"{label['file']}: label mismatch")
        if label["is_rejection"] and not label["company"]:
            errors.append(f"{label['file']}: rejection without company")
    kinds = {k: sum(1 for x in labels if x["kind"] == k) for k in ("rejection", "lookalike", "ordinary")}
    print(f"{len(labels)} labels, {len(files)} messages, kinds {kinds}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
