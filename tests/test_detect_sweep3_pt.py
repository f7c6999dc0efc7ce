"""Sweep 3, Portuguese: mail from writers the earlier sweeps did not have. Look-alikes first, with the words of a
rejection ("infelizmente", "não foi selecionado", "optamos por", "outro candidato", "encerrado", "reprovado",
"indeferido", "não classificado") that reject nothing of the reader's own job application: a public competition's
result where the reader passed or is merely listed, university admissions (vestibular, SISU, mestrado), an internship
plan at a university, loans, cards, rentals, visas, refunds, orders, payments, tenders and supplier quotes,
partnerships, a nursery place or a school class, courses, the reader's own withdrawal, the reader as hiring side or
referrer, job alerts and platform digests, a process that pauses or goes on, interview scheduling, offers, onboarding
document requests, a forwarded decision about a friend. Then rejections in shapes not yet covered: very short notes,
formal public-sector "indeferimento", "não atendeu aos requisitos", "perfil não aderente", ATS templates (some sent as
HTML only), "banco de talentos" soft rejections, "a vaga foi preenchida", European "lamentamos informar", hard-wrapped
lines. Brazilian and European Portuguese. All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

import html

import pytest
from labelled import found, ids, mail

# The sender shells: a person at a firm, a public body, an ATS's no-reply address (reply-to at the employer), a bank
# or shop, a university.
SENDERS = {
    "p": ("Renata Prado <renata.prado@grupoaroeira.example>", None),
    "pub": ("Comissão do Concurso <concursos@prefeitura-sertaozinho.example>", None),
    "ats": ("Equipe de Recrutamento <naoresponda@ats.contrataja.example>", "talentos@grupoaroeira.example"),
    "co": ("Atendimento <atendimento@servicos.example>", None),
    "uni": ("Secretaria Acadêmica <secretaria@univ-planalto.example>", None),
}


def letter(subject: str, body: str, kind: str, as_html: bool = False) -> bytes:
    """A mail to Sam Rivera from one of the sender shells; as HTML only (one paragraph per line) when ``as_html``."""
    sender, reply_to = SENDERS[kind]
    if not as_html:
        return mail(body, subject, sender, reply_to)
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.split("\n") if line.strip())
    return mail(f"<html><body><table><tr><td>{paragraphs}</td></tr></table></body></html>", subject, sender, reply_to,
                subtype="html")


# Mail with rejection words that rejects no job application of the reader's: each must stay a non-rejection.
LOOK_ALIKES = [
    # --- public competitions: the reader passed, or is only listed; the rules of the notice
    ("Homologação do resultado final - Concurso Público 03/2026",
     "Prezado(a) candidato(a),\n\nFoi publicada no Diário Oficial a homologação do resultado final do Concurso "
     "Público 03/2026. V. Sa. foi aprovado(a) e classificado(a) em 7º lugar para o cargo de Agente "
     "Administrativo.\n\nOs candidatos não classificados poderão consultar o espelho da prova no portal.\n\n"
     "Comissão do Concurso", "pub"),
    ("Edital de convocação para a prova prática",
     "Prezado(a) candidato(a),\n\nV. Sa. está convocado(a) para a prova prática do cargo de Motorista, no dia "
     "14/03, às 8h. Os candidatos que não comparecerem serão eliminados do concurso. Os não aprovados na prova "
     "prática não serão classificados.\n\nComissão do Concurso", "pub"),
    ("Resultado do recurso - questão 12",
     "Prezado(a) candidato(a),\n\nO recurso interposto por V. Sa. contra o gabarito da questão 12 da prova "
     "objetiva foi indeferido pela banca. A sua nota permanece inalterada e V. Sa. segue classificado(a) para a "
     "próxima etapa.\n\nComissão do Concurso", "pub"),
    ("Isenção da taxa de inscrição",
     "Prezado(a) candidato(a),\n\nO seu pedido de isenção da taxa de inscrição do Concurso Público 03/2026 foi "
     "indeferido. Para participar do concurso, pague o boleto até 20/03.\n\nComissão do Concurso", "pub"),
    ("Lista de inscrições homologadas",
     "Prezado(a) candidato(a),\n\nA sua inscrição foi homologada. A lista de inscrições não homologadas e os "
     "motivos do indeferimento estão no edital complementar.\n\nComissão do Concurso", "pub"),
    ("Convocação para posse",
     "Prezado Sam Rivera,\n\nParabéns! Você foi nomeado para o cargo de Técnico em Informática e deve "
     "comparecer para a posse no dia 02/05. Infelizmente não podemos prorrogar este prazo.\n\nDepartamento de "
     "Pessoal", "pub"),
    ("Ata da banca - candidatos não aprovados",
     "Prezado Sam,\n\nComo membro da banca examinadora, pedimos que assine a ata com a lista dos candidatos não "
     "aprovados na prova didática até sexta-feira.\n\nCoordenação do Concurso Docente", "pub"),
    # --- universities and schools: admissions, a class, an internship plan
    ("Resultado do Vestibular 2027",
     "Olá Sam,\n\nInfelizmente você não foi aprovado na primeira chamada do Vestibular 2027 para Medicina. "
     "Acompanhe a lista de espera e as próximas chamadas no site.\n\nComissão do Vestibular", "uni"),
    ("SISU - resultado da chamada regular",
     "Olá Sam,\n\nVocê não foi selecionado na chamada regular para o curso de Engenharia Civil. Manifeste "
     "interesse na lista de espera até sexta-feira.\n\nSecretaria Acadêmica", "uni"),
    ("Seleção do Doutorado em Economia",
     "Prezado Sam,\n\nInformamos que seu nome não consta na lista de aprovados da seleção para o Doutorado em "
     "Economia 2027. Agradecemos seu interesse no programa.\n\nPrograma de Pós-Graduação", "uni"),
    ("Plano de estágio curricular",
     "Olá Sam,\n\nO seu plano de estágio curricular não foi aprovado pela coordenação: falta a assinatura do "
     "supervisor na empresa. Reenvie o documento pelo portal.\n\nCoordenação de Estágios", "uni"),
    ("Turma de robótica",
     "Olá Sam,\n\nO seu filho não foi selecionado no sorteio da turma de robótica deste semestre. Ele ficou em "
     "4º na lista de espera.\n\nEscola Municipal Monteiro Lobato", "co"),
    ("Vaga na creche",
     "Olá Sam,\n\nInfelizmente a sua filha não foi contemplada com vaga na creche municipal este ano. O "
     "cadastro continua válido para o próximo ano.\n\nSecretaria de Educação", "co"),
    ("Turma de inglês encerrada",
     "Olá Sam,\n\nA turma de inglês intermediário foi encerrada por falta de alunos e a sua matrícula foi "
     "cancelada. O valor será devolvido.\n\nEscola de Idiomas", "co"),
    ("Candidatura ao mestrado",
     "Caro Sam,\n\nLamentamos informar que a sua candidatura ao Mestrado em Gestão não foi admitida na 1.ª "
     "fase. Pode candidatar-se na 2.ª fase.\n\nServiços Académicos", "uni"),
    # --- banks, cards, loans
    ("Seu cartão",
     "Olá Sam,\n\nInfelizmente não foi possível aprovar o cartão Platinum neste momento. Optamos por lhe "
     "oferecer o cartão Gold, sem anuidade.\n\nBanco Aurora", "co"),
    ("Portabilidade de crédito",
     "Olá Sam,\n\nSeu pedido de portabilidade foi reprovado na análise de risco. Você pode tentar novamente em "
     "90 dias.\n\nFinanceira Horizonte", "co"),
    ("Financiamento do veículo",
     "Olá Sam,\n\nA sua proposta não foi aprovada pelo banco. Decidimos não seguir com o financiamento do "
     "veículo nestas condições.\n\nConcessionária Rota", "co"),
    # --- rentals
    ("Imóvel da Rua das Acácias",
     "Olá Sam,\n\nInfelizmente o proprietário optou por outro candidato para o apartamento da Rua das Acácias. "
     "Temos outros imóveis na região, quer agendar uma visita?\n\nImobiliária Lar", "co"),
    ("Ficha cadastral",
     "Olá Sam,\n\nA sua ficha cadastral não foi aprovada pela administradora: o fiador indicado não foi aceito. "
     "Pode indicar outro fiador ou contratar seguro-fiança.\n\nImobiliária Lar", "co"),
    ("Arrendamento do T2",
     "Caro Sam,\n\nLamentamos informar que o senhorio optou por outra proposta de arrendamento para o T2 da "
     "Rua do Almada.\n\nCumprimentos,\nImobiliária Douro", "co"),
    ("Porta 65",
     "Caro Sam,\n\nA sua candidatura ao apoio ao arrendamento jovem não foi aprovada nesta fase por "
     "insuficiência de dotação.\n\nCumprimentos", "co"),
    # --- a visa, a refund, an order, a payment, an insurance claim, a benefit
    ("Pedido de visto",
     "Prezado Sam,\n\nInformamos que o seu pedido de visto de trabalho foi indeferido. Pode apresentar recurso "
     "no prazo de 15 dias.\n\nConsulado Geral", "co"),
    ("Reembolso",
     "Olá Sam,\n\nSeu pedido de reembolso foi recusado: a compra foi feita há mais de 30 dias.\n\nLoja Vitrine", "co"),
    ("Pedido nº 88213",
     "Olá Sam,\n\nInfelizmente seu pedido nº 88213 foi cancelado: o produto não está mais disponível no "
     "estoque.\n\nLoja Vitrine", "co"),
    ("Pagamento recusado",
     "Olá Sam,\n\nPagamento recusado: não conseguimos processar a mensalidade do seu plano. Atualize o cartão "
     "para não perder o acesso.\n\nStreamFlix", "co"),
    ("Sinistro 2026/4471",
     "Caro Sam,\n\nApós análise, o seu pedido de indemnização foi indeferido por não estar coberto pela "
     "apólice.\n\nSeguradora Atlântica", "co"),
    ("Requerimento de benefício",
     "Prezado segurado,\n\nO seu requerimento de auxílio foi indeferido por não atender aos requisitos. "
     "Consulte o motivo no aplicativo.\n\nPrevidência", "co"),
    # --- tenders, quotes, partnerships, the reader as a supplier
    ("Pregão Eletrônico 12/2026",
     "Prezado licitante,\n\nA sua empresa foi desclassificada no Pregão Eletrônico 12/2026 por não atender aos "
     "requisitos do edital.\n\nPregoeiro", "pub"),
    ("Proposta comercial",
     "Olá Sam,\n\nAgradecemos a proposta comercial. Optamos por seguir com outro fornecedor que atende também a "
     "filial do Recife.\n\nCompras - Grupo Aroeira", "p"),
    ("Parceria",
     "Olá Sam,\n\nConversamos internamente e decidimos não seguir com a parceria neste momento. Quem sabe no "
     "próximo semestre.\n\nRenata", "p"),
    ("Orçamento da reforma",
     "Olá Sam,\n\nInfelizmente não foi desta vez: escolhemos outro empreiteiro para a reforma do "
     "escritório.\n\nRenata", "p"),
    ("Tomada de preços",
     "Prezado Sam,\n\nA sua empresa não foi classificada na tomada de preços para serviços de limpeza.\n\n"
     "Setor de Compras", "pub"),
    # --- a club, a gym, an event
    ("Sócio do clube",
     "Olá Sam,\n\nA sua proposta de admissão ao clube náutico não foi aprovada pela direção este ano.\n\nClube "
     "Náutico", "co"),
    ("Natação",
     "Olá Sam,\n\nAs vagas para a natação infantil foram preenchidas. O seu filho está na lista de "
     "espera.\n\nAcademia Onda", "co"),
    # --- the reader withdraws; the confirmation of it
    ("Desistência confirmada",
     "Olá Sam,\n\nConforme solicitado, registramos a sua desistência da vaga de Analista Financeiro e a sua "
     "candidatura foi encerrada. Boa sorte no novo emprego!\n\nRenata", "p"),
    ("Re: Desisto da vaga",
     "Olá Sam,\n\nRecebemos a sua mensagem dizendo que desiste da vaga por ter aceito outra proposta. Que pena! "
     "Encerramos o seu processo.\n\nRenata", "p"),
    # --- the reader as hiring side or referrer
    ("Sua indicação",
     "Olá Sam,\n\nObrigada por indicar o Pedro. Infelizmente não vamos seguir com o candidato que você indicou, "
     "ele não tem o inglês que a vaga pede.\n\nRenata", "p"),
    ("Candidato da vaga de Suporte",
     "Oi Sam,\n\nO candidato Lucas não foi aprovado na entrevista técnica que você fez. Pode avisá-lo ou prefere "
     "que eu mande o e-mail?\n\nRenata", "p"),
    ("Triagem automática",
     "Olá Sam,\n\n3 candidatos foram reprovados automaticamente na triagem da vaga que você publicou. Veja os "
     "demais no painel.\n\nContrataJá", "ats"),
    ("Oportunidade comercial encerrada",
     "Olá Sam,\n\nA oportunidade com a Metalúrgica Sul foi encerrada: o cliente optou por outra consultoria de "
     "recrutamento.\n\nCRM Vendas", "co"),
    # --- job alerts and digests
    ("Vagas encerradas esta semana",
     "Olá Sam,\n\nEstas vagas foram encerradas esta semana: Analista Fiscal (Grupo Aroeira), Auxiliar de "
     "Logística (TransBrasil). Confira as 40 novas vagas abertas para você!\n\nContrataJá", "ats"),
    ("Resumo das suas candidaturas",
     "Olá Sam,\n\nSua candidatura na Padaria Trigal continua em andamento. Vagas que você pode gostar: Atendente "
     "(vaga preenchida rapidamente no mês passado), Confeiteiro, Caixa.\n\nContrataJá", "ats"),
    ("Novidades do mercado",
     "Olá Sam,\n\nNo mês de março, 1.200 vagas preenchidas pela nossa plataforma! Infelizmente, 30% dos "
     "candidatos não completam o perfil. Complete o seu.\n\nContrataJá", "ats"),
    # --- a process that pauses or goes on; no news yet
    ("Atualização do processo",
     "Olá Sam,\n\nAinda não temos retorno do gestor sobre a entrevista. Assim que tiver novidades, te "
     "aviso.\n\nRenata", "p"),
    ("Processo pausado",
     "Olá Sam,\n\nO processo da vaga de Analista foi pausado até março por conta do orçamento. A sua candidatura "
     "segue ativa e retomaremos as entrevistas em março.\n\nRenata", "p"),
    ("Etapa concluída",
     "Olá Sam!\n\nVocê concluiu a etapa Teste de Perfil da vaga de Analista de Dados. Próxima etapa: "
     "entrevista com o gestor.\n\nContrataJá", "ats"),
    ("Re: status encerrado?",
     "Oi Sam,\n\nRespondendo à sua dúvida: não, você não foi reprovado. O sistema mostra 'encerrado' porque a "
     "etapa terminou; você está na próxima fase.\n\nRenata", "p"),
    # --- scheduling, offers, onboarding
    ("Entrevista",
     "Olá Sam,\n\nInfelizmente o horário de terça não está disponível para o gestor. Podemos fazer a entrevista na "
     "quinta às 10h?\n\nRenata", "p"),
    ("Proposta salarial",
     "Olá Sam,\n\nInfelizmente não conseguimos chegar ao valor que você pediu, mas mantemos a proposta de "
     "R$ 6.000 com bônus semestral. Aguardamos o seu aceite até sexta.\n\nRenata", "p"),
    ("Sua alocação",
     "Olá Sam,\n\nParabéns pela aprovação! A vaga de São Paulo foi preenchida, por isso a sua alocação será na "
     "unidade de Campinas.\n\nRenata", "p"),
    ("Documentos para admissão",
     "Olá Sam,\n\nFaltam a carteira de trabalho e o exame admissional. Sem estes documentos não podemos seguir "
     "com a sua admissão.\n\nDepartamento Pessoal", "p"),
    ("Banco de talentos",
     "Olá Sam,\n\nObrigado por se cadastrar no nosso banco de talentos! Quando surgir uma vaga com o seu perfil, "
     "entraremos em contato.\n\nGrupo Aroeira", "ats"),
    # --- somebody else's news
    ("Fwd: Retorno do processo",
     "Sam, olha o que a Ana recebeu, tadinha.\n\n---------- Mensagem encaminhada ----------\nDe: RH Delta\n"
     "Para: Ana Souza\n\nOlá Ana, infelizmente sua candidatura não foi selecionada para a vaga de Designer.", "p"),
    ("o rafa",
     "sam, o rafa não passou na entrevista da petroleira, coitado. vamos sair com ele sexta?", "p"),
    ("Re: a vaga da Júlia",
     "Oi Sam, soube que a empresa da Júlia optou por outra candidata. Ela ficou chateada, liga pra ela.", "p"),
    # --- European Portuguese look-alikes
    ("Encomenda n.º 55120",
     "Caro Sam,\n\nLamentamos informar que a sua encomenda não pôde ser entregue: a morada está incompleta.\n\n"
     "Cumprimentos,\nCTT-like", "co"),
    ("Formação modular",
     "Caro Sam,\n\nA sua candidatura à formação modular de Excel avançado não foi selecionada por falta de "
     "vagas na turma.\n\nCentro de Formação", "co"),
    # --- a second round: offers, the hiring side, medical exams, benefits, registrations, a runner-up called back
    ("Resultado da sua oferta",
     "Olá Sam,\n\nParabéns, você foi aprovado! A vaga de Curitiba foi preenchida por outro candidato, "
     "então a sua vaga será em Londrina, com o mesmo salário.\n\nRenata", "p"),
    ("Você foi escolhido!",
     "Olá Sam,\n\nVocê foi o escolhido para a vaga de Analista! O outro candidato finalista já foi "
     "avisado de que não seguiremos com ele.\n\nRenata", "p"),
    ("Exame médico - Concurso 03/2026",
     "Prezado(a) candidato(a),\n\nResultado preliminar: V. Sa. foi considerado(a) APTO no exame médico. "
     "Os candidatos inaptos podem interpor recurso em 2 dias.\n\nComissão do Concurso", "pub"),
    ("Perícia médica",
     "Prezado(a) candidato(a),\n\nConvocamos V. Sa. para a perícia médica no dia 10/04. O não "
     "comparecimento implicará a eliminação do candidato do concurso.\n\nComissão do Concurso", "pub"),
    ("Vaga de Analista - fechamento",
     "Oi Sam,\n\nO processo da vaga de Analista foi encerrado: escolhemos a Camila. Pode enviar o "
     "e-mail de recusa aos demais candidatos?\n\nRenata", "p"),
    ("Sua resposta",
     "Olá Sam,\n\nRecebemos a sua resposta e entendemos que você optou por não aceitar a nossa "
     "proposta. Fica o convite para o futuro.\n\nRenata", "p"),
    ("Feira de emprego cancelada",
     "Olá Sam,\n\nLamentamos informar que a feira de emprego de sábado foi cancelada por causa da "
     "chuva. As empresas vão receber currículos online.\n\nPrefeitura", "pub"),
    ("Entrevista cancelada",
     "Olá Sam,\n\nA entrevista de amanhã foi cancelada porque o gestor está doente. Vamos marcar outro "
     "dia ainda esta semana.\n\nRenata", "p"),
    ("Sessão de recrutamento",
     "Caro Sam,\n\nLamentamos informar que a sessão de recrutamento de dia 12 foi adiada para dia 19, à "
     "mesma hora.\n\nCumprimentos,\nRecursos Humanos", "p"),
    ("Estágio de verão",
     "Olá Sam,\n\nO seu filho não foi selecionado para o estágio de verão deste ano. Ele pode "
     "candidatar-se de novo em 2028.\n\nRecursos Humanos", "p"),
    ("Bônus de indicação",
     "Olá Sam,\n\nO candidato que você indicou foi contratado! Os outros candidatos foram reprovados na "
     "entrevista final. O seu bônus cai no próximo mês.\n\nRenata", "p"),
    ("Coworking",
     "Olá Sam,\n\nA sua candidatura ao espaço de coworking não foi aprovada: não temos mesas livres "
     "este mês.\n\nCowork Centro", "co"),
    ("Seguro-desemprego",
     "Prezado trabalhador,\n\nO seu requerimento de seguro-desemprego foi indeferido: o vínculo de "
     "emprego tem menos de 12 meses.\n\nMinistério do Trabalho", "pub"),
    ("Registro profissional",
     "Prezado Sam,\n\nSeu pedido de registro profissional foi indeferido por falta do diploma. Reenvie "
     "o documento.\n\nConselho Regional", "pub"),
    ("Jovem Aprendiz",
     "Olá Sam,\n\nRecebemos a sua inscrição no programa Jovem Aprendiz, mas o seu CPF não foi validado. "
     "Reenvie o documento para concluir a inscrição.\n\nEquipe de Recrutamento", "ats"),
    ("Etapa Teste de Lógica",
     "Olá Sam!\n\nVocê foi aprovado na etapa Teste de Lógica! Alguns candidatos não foram aprovados, "
     "mas você segue para a entrevista.\n\nContrataJá", "ats"),
    ("Congelamento",
     "Olá Sam,\n\nA diretoria congelou as contratações até o fim do trimestre. O seu processo fica em "
     "espera e retomamos as entrevistas em abril.\n\nRenata", "p"),
    ("Entrevista com o gestor",
     "Olá Sam,\n\nNão foi desta vez que conseguimos marcar a entrevista: o gestor viajou. Podemos na "
     "próxima semana?\n\nRenata", "p"),
    ("Nova oportunidade",
     "Olá Sam,\n\nA candidata escolhida desistiu e gostaríamos de lhe oferecer a vaga de Analista. "
     "Podemos conversar amanhã?\n\nRenata", "p"),
    ("Nova vaga",
     "Olá Sam,\n\nEm março informamos que você não tinha sido selecionado. Agora surgiu uma nova vaga e "
     "gostaríamos de convidá-lo para uma entrevista.\n\nRenata", "p"),
    ("Exame admissional",
     "Olá Sam,\n\nO seu exame admissional não foi aceito pela clínica por falta do hemograma. Refaça o "
     "exame até sexta para não atrasar a admissão.\n\nDepartamento Pessoal", "p"),
    ("Re: desisto",
     "Olá Sam,\n\nQue pena que você desistiu da vaga! Encerramos o seu processo, conforme "
     "pedido.\n\nRenata", "p"),
    ("Proposta do apartamento",
     "Olá Sam,\n\nA sua proposta para o apartamento da Rua Verde foi recusada pelo proprietário. Quer "
     "ver outro?\n\nCorretora Lar", "co"),
    ("Vaga de Analista - agência",
     "Oi Sam,\n\nO cliente optou por outro candidato, não o nosso. Vamos apresentar mais perfis na "
     "segunda?\n\nRenata - Agência Talentos", "p"),
    ("Home office",
     "Olá Sam,\n\nInfelizmente não temos como oferecer home office integral, mas a proposta segue de "
     "pé. Aguardamos o seu aceite.\n\nRenata", "p"),
    ("Fornecedor de uniformes",
     "Olá Sam,\n\nO seu cadastro como fornecedor não foi aprovado pela área de compras por falta da "
     "certidão negativa.\n\nGrupo Aroeira", "p"),
    ("Lista de espera da creche",
     "Caro Sam,\n\nLamentamos informar que a sua candidatura para a creche não foi selecionada; o seu "
     "filho fica em 3.º na lista de espera.\n\nIPSS Sol", "co"),
    ("Banca do concurso",
     "Prezado Sam,\n\nObrigado por integrar a banca do concurso. Dos 40 candidatos, 31 foram eliminados "
     "na prova escrita. Segue o pagamento da sua diária.\n\nComissão do Concurso", "pub"),
    # --- near misses of the rules this sweep widened (a status, negative feedback, "indeferimento", a long gap)
    ("Atualização da candidatura",
     "Olá Sam!\n\nO seu status na vaga de Analista de Dados foi atualizado para: Aprovado na triagem. Aguarde o "
     "contato do recrutador.\n\nContrataJá", "ats"),
    ("Entrevista de quinta",
     "Olá Sam,\n\nO gestor deu um feedback negativo sobre o horário proposto para a sua entrevista, por isso vamos "
     "remarcar para sexta.\n\nRenata", "p"),
    ("Vestibular de Inverno",
     "Olá Sam,\n\nComunicamos o indeferimento da sua inscrição no Vestibular de Inverno por falta de pagamento da "
     "taxa.\n\nComissão do Vestibular", "uni"),
    ("Curso preparatório",
     "Olá Sam,\n\nSua inscrição no curso preparatório para o Concurso Público de Técnico Judiciário foi recusada: o "
     "cartão não foi aprovado. Tente outro meio de pagamento.\n\nCursinho Aprova", "co"),
    # --- near misses of the third round (an edital's appeal rule, hiring nobody for extra hours, a report)
    ("Edital de homologação das inscrições",
     "Prezado(a) candidato(a),\n\nSua inscrição no Processo Seletivo 01/2026 foi homologada. Do "
     "indeferimento da inscrição caberá recurso no prazo de 2 dias úteis.\n\nComissão", "pub"),
    ("Horas extras no Natal",
     "Olá Sam,\n\nA loja decidiu não contratar temporários este ano, por isso você fará as horas extras "
     "do Natal, como conversamos. Obrigado!\n\nGerência", "p"),
    ("Relatório de recrutamento",
     "Olá Sam,\n\nSegue o relatório do mês: 5 vagas foram encerradas sem contratação e 12 com "
     "contratação. Os detalhes estão na planilha.\n\nRenata", "p"),
    ("Entrevista remarcada",
     "Olá Sam,\n\nO horário proposto não foi aderente à agenda do gestor, por isso remarcamos a sua "
     "entrevista para quinta às 10h.\n\nRenata", "p"),
    # --- the reader's own application, still alive: receipts, errors, a stage skipped or moved, an offer negotiated
    ("Entrevista de hoje",
     "Olá Sam,\n\nInfelizmente a entrevista de hoje precisou ser cancelada. Vamos reagendar para a "
     "próxima semana.\n\nRenata", "p"),
    ("Candidatura recebida",
     "Olá Sam,\n\nObrigado pela candidatura! Infelizmente não conseguimos responder a todos "
     "individualmente, mas todas as candidaturas são analisadas pela equipe.\n\nGrupo Aroeira", "ats"),
    ("Candidatura recebida",
     "Olá Sam,\n\nRecebemos a sua candidatura. Se você não for selecionado para esta vaga, entraremos "
     "em contato para outras oportunidades.\n\nGrupo Aroeira", "ats"),
    ("Próxima etapa",
     "Olá Sam,\n\nSeu perfil foi selecionado para a próxima etapa! Os demais candidatos não foram "
     "aprovados nesta fase.\n\nRenata", "p"),
    ("Erro no teste",
     "Olá Sam,\n\nInfelizmente o teste online apresentou erro e a sua resposta não foi registrada. "
     "Refaça o teste pelo link até amanhã.\n\nContrataJá", "ats"),
    ("Candidatura incompleta",
     "Olá Sam,\n\nA sua candidatura não foi concluída: falta responder às perguntas da vaga. Acesse o "
     "portal e finalize.\n\nContrataJá", "ats"),
    ("Mudança de vaga",
     "Olá Sam,\n\nA vaga de Analista Júnior foi encerrada, mas o seu perfil foi movido para a vaga de "
     "Analista Pleno e a entrevista segue marcada.\n\nRenata", "p"),
    ("Bem-vindo",
     "Olá Sam,\n\nO processo seletivo foi encerrado e você foi aprovado! Bem-vindo ao time.\n\nRenata", "p"),
    ("Tentativa de contato",
     "Olá Sam,\n\nNão foi possível falar com você por telefone. Por favor, retorne para agendarmos a "
     "entrevista.\n\nRenata", "p"),
    ("Mudança no processo",
     "Olá Sam,\n\nNão vamos seguir com a etapa de dinâmica: você vai direto para a entrevista com o "
     "gestor.\n\nRenata", "p"),
    ("Prova técnica",
     "Olá Sam,\n\nOptamos por não realizar a prova técnica para o seu perfil sênior; a próxima etapa é "
     "a entrevista final.\n\nRenata", "p"),
    ("Turno",
     "Olá Sam,\n\nNão temos vagas para o turno da noite, mas a vaga do turno da manhã é sua se "
     "quiser.\n\nRenata", "p"),
    ("Local da entrevista",
     "Caro Sam,\n\nInformamos que a entrevista de amanhã não se realizará na sede, mas sim no "
     "escritório do Porto, à mesma hora.\n\nCumprimentos", "p"),
    ("Erro técnico",
     "Olá Sam,\n\nA sua candidatura não foi submetida com sucesso devido a um erro técnico. Tente "
     "novamente.\n\nContrataJá", "ats"),
    ("Anexo",
     "Caro Sam,\n\nLamentamos, mas não conseguimos abrir o anexo do seu CV. Pode reenviar em "
     "PDF?\n\nCumprimentos, RH", "p"),
    ("Data da prova",
     "Caro Sam,\n\nInfelizmente a data proposta não é possível para o júri; a prova passa para dia "
     "15.\n\nCumprimentos, Júri", "pub"),
    ("Nossa conversa",
     "Oi Sam, vou precisar desmarcar nossa conversa de amanhã sobre a vaga, surgiu um imprevisto. Te "
     "mando novos horários.\n\nRenata", "p"),
    ("Candidatura recebida",
     "Olá Sam,\n\nSua candidatura foi recebida. Lembramos que candidatos que não atendem aos requisitos "
     "são desclassificados automaticamente.\n\nContrataJá", "ats"),
    ("Ajuda de custo",
     "Olá Sam,\n\nVocê foi aprovado na etapa de análise curricular. Infelizmente não conseguimos "
     "oferecer ajuda de custo para o deslocamento à entrevista.\n\nRenata", "p"),
    ("Vaga aberta",
     "Olá Sam,\n\nAgradecemos o seu interesse! A vaga ainda está aberta e vamos analisar o seu "
     "currículo nos próximos dias.\n\nRenata", "p"),
    ("Teste técnico",
     "Olá Sam,\n\nInfelizmente não recebemos o teste técnico até o prazo. Podemos estender até "
     "segunda-feira?\n\nRenata", "p"),
    ("Resultado da entrevista",
     "Olá Sam,\n\nAinda não temos o resultado da entrevista: o gestor está de férias e volta dia 20. "
     "Não foi esquecimento!\n\nRenata", "p"),
    ("Proposta",
     "Olá Sam,\n\nO gestor não aprovou o salário que você pediu, mas aprovou R$ 7.500. Podemos seguir "
     "com a proposta nesse valor?\n\nRenata", "p"),
    ("Indicação",
     "Olá Sam,\n\nO seu amigo Carlos não seguiu no processo, mas você continua! Obrigado pela "
     "indicação.\n\nRenata", "p"),
    ("Candidatos",
     "Oi Sam, dos 5 candidatos que entrevistamos, só você seguiu para a final. Parabéns!\n\nRenata", "p"),
    ("Re: nossa vaga",
     "Oi Sam, o candidato desistiu e a vaga foi reaberta. Quer que eu reative a sua "
     "candidatura?\n\nRenata", "p"),
]

# Rejections of the reader's job application, by shape; each must be found.
REJECTIONS = [
    # --- very short notes
    ("Processo seletivo - Analista Financeiro",
     "Olá Sam,\n\nNão foi desta vez. Obrigada por participar!\n\nRenata", "p"),
    ("Re: Vaga de auxiliar",
     "Sam, a vaga já foi preenchida. Obrigado.", "p"),
    ("Re: currículo",
     "Oi Sam, a vaga foi preenchida semana passada, mas guardei seu currículo. Abs, Renata", "p"),
    # --- formal public sector
    ("Procedimento concursal - Assistente Técnico",
     "Exmo. Senhor,\n\nComunica-se o indeferimento da sua candidatura ao procedimento concursal para Assistente "
     "Técnico, por não reunir os requisitos de admissão.\n\nO Presidente do Júri", "pub"),
    ("Processo Seletivo Simplificado 02/2026",
     "Prezado(a) candidato(a),\n\nSua inscrição no Processo Seletivo Simplificado para Professor Substituto foi "
     "indeferida por não atender aos requisitos do edital.\n\nComissão do Processo Seletivo", "pub"),
    ("Resultado - Processo Seletivo Agente de Saúde",
     "Prezado Sam,\n\nInformamos que V. Sa. não foi classificado(a) dentro do número de vagas do processo "
     "seletivo para Agente Comunitário de Saúde.\n\nSecretaria de Saúde", "pub"),
    ("Resultado da seleção - Técnico de Laboratório",
     "Prezado Sam,\n\nInformamos que seu nome não consta na lista de aprovados da seleção para Técnico de "
     "Laboratório.\n\nDivisão de Pessoal", "pub"),
    # --- requirements, fit
    ("Vaga de Analista de Compras",
     "Olá Sam,\n\nApós análise, identificamos que o seu perfil não está aderente aos requisitos da vaga de "
     "Analista de Compras. Agradecemos o interesse.\n\nRenata", "p"),
    ("Candidatura - Supervisor de Produção",
     "Olá Sam,\n\nSua candidatura não atendeu aos requisitos mínimos da vaga de Supervisor de Produção.\n\n"
     "Equipe de Recrutamento", "ats"),
    ("Vaga Desenvolvedor Backend",
     "Olá Sam,\n\nAgradecemos seu interesse. Infelizmente seu perfil não é aderente à vaga neste momento.\n\n"
     "Time de Talentos", "ats"),
    # --- ATS templates
    ("Atualização da sua candidatura - Analista de Dados Pleno",
     "Olá, Sam!\n\nAgradecemos seu interesse na vaga de Analista de Dados Pleno. Neste momento, optamos por seguir "
     "com outros candidatos cujo perfil está mais alinhado ao que buscamos.\n\nDesejamos sucesso!\nGrupo Aroeira",
     "ats"),
    ("Processo seletivo Grupo Aroeira",
     "Olá, Sam!\n\nApós uma análise cuidadosa, decidimos dar continuidade com outros candidatos. Seu currículo "
     "permanecerá em nosso banco de talentos.\n\nGrupo Aroeira", "ats"),
    ("Sua candidatura para Assistente Administrativo",
     "Olá, Sam!\n\nNeste momento não daremos sequência com sua candidatura, mas seu currículo ficará em nosso "
     "banco de talentos para futuras oportunidades.\n\nGrupo Aroeira", "ats"),
    ("Status da vaga Comprador Pleno",
     "Olá Sam,\n\nSeu status na vaga Comprador Pleno foi atualizado para: Reprovado.\n\nGrupo Aroeira", "ats"),
    ("Processo seletivo encerrado",
     "Olá Sam,\n\nO processo seletivo para Assistente de Marketing foi encerrado para você. O Grupo Aroeira "
     "agradece a sua participação.\n\nEquipe de Recrutamento", "ats"),
    ("Feedback - Analista de RH",
     "Olá Sam,\n\nVocê foi reprovado(a) na etapa de entrevista com o gestor para a vaga de Analista de RH. "
     "Agradecemos sua dedicação.\n\nEquipe de Recrutamento", "ats"),
    ("Resultado da dinâmica",
     "Olá Sam,\n\nInfelizmente você não foi aprovado na dinâmica de grupo do Programa de Trainee 2027.\n\n"
     "Equipe Trainee", "ats"),
    # --- HTML only
    ("Sua candidatura na Padaria Trigal",
     "Olá, Sam!\nAgradecemos muito o seu interesse na vaga de Atendente.\nInfelizmente, a vaga foi preenchida e não "
     "vamos seguir com a sua candidatura.\nBoa sorte na sua jornada!", "ats"),
    ("Retorno do processo - Técnico de Manutenção",
     "Olá Sam,\nDecidimos dar continuidade com outros candidatos para a vaga de Técnico de Manutenção.\nSeu "
     "currículo ficará no nosso banco de talentos.\nEquipe de Recrutamento", "ats"),
    # --- hiring freeze that closes the reader's application
    ("Vaga de Contador",
     "Olá Sam,\n\nA vaga de Contador foi cancelada por decisão da diretoria e, por isso, encerramos todas as "
     "candidaturas, incluindo a sua. Pedimos desculpas.\n\nRenata", "p"),
    ("Processo de Analista de Crédito",
     "Olá Sam,\n\nO processo para Analista de Crédito foi suspenso por tempo indeterminado e as candidaturas foram "
     "encerradas.\n\nRenata", "p"),
    # --- European Portuguese
    ("Candidatura - Técnico de Contabilidade",
     "Caro Sam,\n\nLamentamos informar que a sua candidatura não foi considerada para a fase seguinte do processo "
     "de recrutamento.\n\nCumprimentos,\nRecursos Humanos", "p"),
    ("Recrutamento - Rececionista",
     "Caro Sam,\n\nAgradecemos a sua candidatura. Após análise, a sua candidatura não foi considerada.\n\n"
     "Cumprimentos,\nHotel Ribeira", "p"),
    ("Candidatura espontânea",
     "Caro Sam,\n\nVimos por este meio informar que a sua candidatura não reuniu as condições para prosseguir no "
     "processo de seleção.\n\nCumprimentos,\nRecursos Humanos", "p"),
    ("Entrevista - Técnico de Redes",
     "Caro Sam,\n\nNa sequência da entrevista, informamos que optámos por outro candidato.\n\nCumprimentos,\n"
     "Renata", "p"),
    ("Função de Técnico de Contabilidade",
     "Caro Sam,\n\nO processo de recrutamento para a função de Técnico de Contabilidade foi concluído e a sua "
     "candidatura não foi retida.\n\nCumprimentos,\nRecursos Humanos", "p"),
    ("Candidatura a Operador de Loja",
     "Caro Sam,\n\nDecidimos não prosseguir com a sua candidatura neste momento. Desejamos-lhe sucesso.\n\n"
     "Cumprimentos,\nRecursos Humanos", "p"),
    # --- other everyday shapes
    ("Processo seletivo - Auxiliar de Logística",
     "Olá Sam,\n\nInfelizmente você não passou para a próxima etapa do processo seletivo.\n\nRenata", "p"),
    ("Vaga de Vendedor",
     "Olá Sam,\n\nAgradecemos a participação, mas não seguiremos com seu perfil.\n\nRenata", "p"),
    ("Retorno - vaga de Analista",
     "Olá Sam,\n\nA empresa decidiu encerrar a sua participação no processo seletivo. Obrigado pelo tempo "
     "dedicado.\n\nRenata", "p"),
    ("Retorno do cliente",
     "Olá Sam,\n\nO cliente deu retorno negativo sobre a sua candidatura para Coordenador de Logística.\n\nAbraço,"
     "\nRenata - Agência Talentos", "p"),
    ("Vaga de Analista de Sistemas",
     "Olá Sam,\n\nO processo para a vaga foi finalizado e você não foi selecionado. Agradecemos seu tempo.\n\n"
     "Renata", "p"),
    ("Programa de Estágio 2027",
     "Olá Sam,\n\nNão foi possível aprovar a sua candidatura ao Programa de Estágio 2027.\n\nEquipe de Estágios",
     "ats"),
    ("Re: vaga de garçom",
     "Oi Sam, infelizmente não rolou pra vaga de garçom, fechamos com outra pessoa. Valeu!", "p"),
    ("Vaga de Engenheiro de Dados",
     "Olá Sam,\n\nGostaríamos de informar que a posição foi preenchida internamente. Agradecemos seu "
     "interesse.\n\nRenata", "p"),
    ("Teste técnico",
     "Olá Sam,\n\nVocê foi reprovado(a) no teste técnico da vaga de Desenvolvedor Front-end.\n\nRenata", "p"),
    ("Candidatura - Desclassificação",
     "Olá Sam,\n\nInformamos que você foi desclassificado na etapa de análise curricular da vaga de "
     "Recepcionista.\n\nEquipe de Recrutamento", "ats"),
    # --- hard-wrapped lines
    ("Vaga de Operador de Caixa",
     "Olá Sam,\n\nInfelizmente, não\nfoi possível avançar com a sua\ncandidatura para a vaga de Operador de\n"
     "Caixa.\n\nRenata", "p"),
    ("Processo de Assistente Jurídico",
     "Olá Sam,\n\nDecidimos dar\ncontinuidade com outros\ncandidatos, cujo perfil está mais próximo do que\n"
     "buscamos.\n\nRenata", "p"),
    # --- near misses of the look-alikes this sweep added (another's withdrawal, hearsay, a degree, a course)
    ("Vaga de Assistente",
     "Olá Sam,\n\nInfelizmente a empresa desiste da vaga: o cargo foi extinto e a sua candidatura foi encerrada.\n\n"
     "Renata - Agência Talentos", "p"),
    ("Retorno da vaga de Analista",
     "Olá Sam,\n\nSoube pelo cliente que a empresa optou por outro candidato para a vaga a que você concorreu. "
     "Sinto muito!\n\nRenata - Agência Talentos", "p"),
    ("Professor Adjunto - Edital 04/2026",
     "Prezado Sam,\n\nSua candidatura à vaga de Professor Adjunto, que exige doutorado, não foi selecionada.\n\n"
     "Departamento de Pessoal", "pub"),
    ("Vaga de Formador",
     "Caro Sam,\n\nA sua candidatura à vaga de Formador na área de formação profissional não foi selecionada.\n\n"
     "Cumprimentos,\nRecursos Humanos", "p"),
    ("Design de interiores",
     "Olá Sam,\n\nNão vai ser possível seguir contigo para o posto de designer. Precisamos de alguém com carta.\n\n"
     "Rui", "p"),    # --- more everyday shapes
    ("Vaga de Assistente de RH",
     "Olá Sam,\n\nObrigada pela entrevista. Optamos por uma candidata com mais experiência em folha de "
     "pagamento.\n\nRenata", "p"),
    ("Re: vaga",
     "Sam, a vaga foi preenchida. Obrigada pelo interesse!", "p"),
    ("Processo seletivo",
     "Olá Sam,\n\nInformamos que você não foi aprovado no processo seletivo para Auxiliar "
     "Administrativo.\n\nRH", "p"),
    ("Candidatura",
     "Caro Sam,\n\nLamentamos informar que não foi selecionado para a função de Técnico de "
     "Manutenção.\n\nCumprimentos,\nRH", "p"),
    ("Retorno",
     "Olá Sam,\n\nO seu perfil não foi aprovado pelo gestor da área. Agradecemos o tempo "
     "dedicado.\n\nRenata", "p"),
    ("Vaga Analista",
     "Olá Sam,\n\nA vaga de Analista foi cancelada e o processo seletivo encerrado. Agradecemos a sua "
     "participação.\n\nRenata", "p"),
    ("Concurso Público 03/2026",
     "Prezado Sam,\n\nInformamos que V. Sa. foi eliminado(a) do concurso por não atingir a nota mínima "
     "na prova objetiva.\n\nComissão do Concurso", "pub"),
    ("Candidatura",
     "Caro Sam,\n\nNão foi possível dar seguimento à sua candidatura. Desejamos-lhe "
     "sucesso.\n\nRecursos Humanos", "p"),
    # --- a third round: bare "not hiring" decisions, "não foi aderente", "indeferimento liminar", ATS closings
    ("Re: vaga de recepcionista",
     "Oi Sam, já fechamos a vaga. Obrigada!", "p"),
    ("Processo seletivo",
     "Sam, infelizmente seu perfil não foi aderente à vaga. Boa sorte!", "p"),
    ("Vaga encerrada",
     "Olá Sam,\n\nA vaga de Analista de Suporte para a qual você se candidatou foi encerrada sem "
     "contratação.\n\nContrataJá", "ats"),
    ("Candidatura",
     "Caro Sam,\n\nLamentamos informar que a sua candidatura não foi bem-sucedida.\n\nCumprimentos,\nRH", "p"),
    ("Indeferimento",
     "Exmo. Senhor,\n\nFica V. Exa. notificado do indeferimento liminar da candidatura ao procedimento "
     "concursal comum para Técnico Superior, por falta de habilitação académica.\n\nO Júri", "pub"),
    ("Resultado",
     "Prezado Sam,\n\nSua candidatura foi INDEFERIDA na etapa de análise documental do Processo "
     "Seletivo 01/2026.\n\nComissão", "pub"),
    ("Vaga de Estoquista",
     "Olá Sam,\n\nVocê não atendeu a todos os requisitos da vaga de Estoquista, por isso não seguirá no "
     "processo.\n\nRH", "p"),
    ("Retorno",
     "Olá Sam,\n\nDecidimos seguir com outro perfil para a posição. Agradecemos o interesse.\n\nRH", "p"),
    ("Retorno",
     "Olá Sam,\n\nAgradecemos seu interesse. Seu currículo ficará em nosso banco de talentos, mas neste "
     "momento não prosseguiremos com sua candidatura.\n\nRH", "p"),
    ("Oportunidade Analista",
     "Oi Sam,\n\nInfelizmente a oportunidade foi encerrada e a empresa optou por não contratar neste "
     "momento. Seu currículo segue no nosso banco de talentos.\n\nContrataJá", "ats"),
    ("Seleção Técnico",
     "Caro Sam,\n\nApós a entrevista, o júri deliberou não o selecionar para o lugar.\n\nCumprimentos", "pub"),
    ("Vaga",
     "Olá Sam, a vaga foi preenchida por um candidato interno. Obrigado!", "p"),
]

# The HTML-only rejections above (by subject): sent as HTML with no plain part.
HTML_ONLY = {"Sua candidatura na Padaria Trigal", "Retorno do processo - Técnico de Manutenção"}


@pytest.mark.parametrize(("subject", "body", "kind"), LOOK_ALIKES, ids=ids(LOOK_ALIKES))
def test_sweep3_pt_look_alike_is_no_rejection(subject: str, body: str, kind: str) -> None:
    assert not found(letter(subject, body, kind))


@pytest.mark.parametrize(("subject", "body", "kind"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep3_pt_rejection_found(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind, as_html=subject in HTML_ONLY))
