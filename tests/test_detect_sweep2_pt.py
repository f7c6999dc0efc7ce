"""Sweep 2, Portuguese: rejections by writers the development sets and the first sweep did not have, and look-alikes
next to them that must stay non-rejections.

The rejections come in new registers and sectors (job boards and ATS templates that name the employer in the third
person and send from a no-reply address with a reply-to; temp agencies, headhunters and consultancies relaying a
client; public competitions and formal European and African Portuguese letters; trial periods, harvests, summer jobs;
startup anglicisms and gender-neutral forms; curt hurried notes without accents) and in new shapes (the choice "não
recaiu sobre o seu perfil", a pronoun for the application "não avançar com ele", the clitic before the modal "não lhe
podemos dar seguimento", "dispensado do processo seletivo", "o seu processo para por aqui", the role filled
"internamente"). The look-alikes sit next to them: the reader declining or withdrawing, a stage passed with others, an
interview moved or handed to a colleague, the hiring side's news and requisitions, suppliers' quotes and removals,
courses, gyms, parking spaces, job alerts, a trial period extended, an exemption from a test.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from labelled import found, ids

# The sender shells the mails come in: a person, an agency's consultant, a job board's no-reply notifications, and an
# ATS's no-reply address with a reply-to at the employer.
SENDERS = {
    "p": ("Marta Lopes <marta.lopes@grupoexemplo.example>", None),
    "ag": ("Hugo Matias <hugo.matias@quadrante.example>", None),
    "plat": ("Equipe Vagas <noreply@vagasja.example>", None),
    "ats": ("Recrutamento <no-reply@ats.talentflow.example>", "selecao@grupoexemplo.example"),
}


def letter(subject: str, body: str, kind: str) -> bytes:
    sender, reply_to = SENDERS[kind]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Rivera <sam@example.net>", subject
    if reply_to:
        msg["Reply-To"] = reply_to
    msg.set_content(body)
    return bytes(msg)


REJECTIONS = [
    # --- platform relays: job board tells the reader what 'a empresa X' decided (new platforms, new verbs)
    ("Atualização sobre a sua candidatura na Cimentos Beira",
     "Olá Sam,\n\nA Cimentos Beira concluiu a avaliação das candidaturas para Técnico de Segurança. "
     "Lamentamos, mas desta vez a escolha da empresa não recaiu sobre o seu perfil.\n\nEquipa Emprego Já PT", "plat"),
    ("Sua candidatura na Grupo Boa Safra",
     "Oi Sam,\n\nO Grupo Boa Safra passou por aqui e deixou um recado: a vaga de Agrônomo Júnior seguirá com "
     "outros candidatos. A gente sabe que não é fácil, mas bola pra frente!\n\nTime Vaga Certa", "plat"),
    ("Resultado da candidatura - Operador de Telemarketing",
     "Olá Sam,\n\nA empresa Fala Mais Contact Center informou à nossa plataforma que sua candidatura para "
     "Operador de Telemarketing não será aproveitada neste processo.\n\nAtenciosamente,\nEquipe EmpregaBR", "plat"),
    ("A Hortifruti Cerrado respondeu à sua candidatura",
     "Sam, a Hortifruti Cerrado respondeu: seu currículo foi avaliado, mas não avançou para a "
     "entrevista.\n\nBoas buscas,\nEquipe Pega Vaga", "plat"),
    ("Novidade na vaga Assistente Comercial",
     "Olá, Sam.\n\nTemos uma atualização: a empresa Vidraçaria Cristal escolheu seguir com outro "
     "participante para Assistente Comercial. Seu perfil continua visível para outras empresas.\n\nEquipe "
     "Contrata Aí", "plat"),
    ("Candidatura não aprovada - Farmacêutico(a)",
     "Olá Sam,\n\nAgradecemos a sua candidatura através da nossa plataforma. A entidade Farmácia Moderna "
     "comunicou que a mesma não foi aprovada.\n\nEquipa TrabalharPT", "plat"),
    ("Sua candidatura no LinkedIm: Analista de Pricing",
     "Sua candidatura para Analista de Pricing na Atacarejo Sol\n\nInfelizmente, a Atacarejo Sol decidiu não "
     "seguir adiante com sua candidatura.\n\nVocê recebeu este e-mail porque se candidatou pelo LinkedIm.", "plat"),
    ("Uma atualização da Marítima Açores",
     "Sam,\n\nobrigado pelo seu interesse na posição de Oficial de Convés. A Marítima Açores reviu o seu "
     "perfil e, infelizmente, não vai avançar consigo neste momento.\n\nEnviado via Teamtaylor", "plat"),
    ("Sua candidatura à vaga de Garçom foi finalizada",
     "Olá Sam! Sua candidatura à vaga de Garçom no Restaurante Sabor da Terra foi finalizada pela empresa, "
     "que já preencheu a posição.\n\nEquipe Vagas Rápidas", "plat"),
    ("Status: Dispensado",
     "Olá Sam,\n\nVocê foi dispensado do processo seletivo de Auxiliar de Limpeza na Conservadora Brilho. "
     "Confira outras vagas no app.\n\nEquipe ServJobs", "plat"),
    ("A empresa encerrou sua participação",
     "Oi Sam,\n\nA empresa Ótica Foco encerrou sua participação no processo para Consultor de Vendas. Não "
     "desanime e continue buscando!\n\nEquipe Talentos Online", "plat"),
    ("Atualização do seu processo",
     "Olá Sam,\n\nA Confecções Aurora optou por outros profissionais para a vaga de Costureira. Sua "
     "candidatura foi encerrada.\n\nEquipe Sine Fácil", "plat"),
    ("Candidatura: Motorista de Aplicativo Corporativo",
     "Sam,\n\nA Frota Azul analisou sua candidatura e preferiu candidatos com mais tempo de habilitação. "
     "Você não segue neste processo.\n\nMensagem automática - EmpregosJá", "plat"),
    ("Sua candidatura foi reprovada",
     "Olá Sam,\n\nSua candidatura para Auxiliar de Almoxarifado na empresa Metal Forte foi reprovada na "
     "triagem do recrutador.\n\nAtt,\nEquipe Conecta Vagas", "plat"),
    ("Info sobre a sua candidatura",
     "Olá Sam,\n\nA Padaria Pão de Ló deixou de considerar a sua candidatura para Pasteleiro. Veja mais "
     "ofertas na sua zona.\n\nEquipa Ofertas Emprego", "plat"),
    # --- ATS templates, no-reply sender, reply-to to the employer
    ("Candidatura #88213 - Analista de Tesouraria",
     "Prezado(a) Sam,\n\nEm referência à candidatura #88213, comunicamos que, após criteriosa avaliação, "
     "optamos por seguir com outros candidatos cujo perfil atende mais diretamente às necessidades da "
     "posição.\n\nNão responda a este e-mail. Dúvidas: selecao@graoforte.example\n\nGrão Forte Agronegócio", "ats"),
    ("Retorno do Processo Seletivo - Grupo Maré Alta",
     "Olá Sam,\n\nQueremos agradecer sua participação no nosso processo seletivo. Neste momento, seu perfil "
     "não foi o escolhido para a vaga de Coordenador de Manutenção. Seus dados seguem em nossa base, "
     "conforme a LGPD.\n\nEquipe de Atração e Seleção\nGrupo Maré Alta", "ats"),
    ("Posição: Técnico de Farmácia (Ref. 2026-044)",
     "Caro(a) candidato(a),\n\nAgradecemos o seu interesse na Farmácias Pilar. Informamos que o processo de "
     "recrutamento para a referência 2026-044 foi concluído e que não foi possível considerar a sua "
     "candidatura nesta ocasião.\n\nEste endereço não recebe respostas.", "ats"),
    ("Sua candidatura - Engenheiro(a) de Produção",
     "Olá, Sam!\n\nObrigado pelo interesse em fazer parte da Usina Rio Claro. Analisamos seu currículo com "
     "atenção e, desta vez, vamos seguir com candidaturas mais próximas do que a área precisa.\n\nEquipe "
     "Gente & Gestão", "ats"),
    ("Processo Seletivo 2026 | Atualização",
     "Oi Sam,\n\nFicamos muito felizes com sua inscrição! Depois de analisarmos todas as etapas, precisamos "
     "te contar que você não seguirá para a fase de painel com os gestores.\n\n#TimeFarol", "ats"),
    ("Resposta automática: candidatura Rececionista",
     "Exmo.(a) Sr.(a) Sam Rivera,\n\nVimos informar que, concluída a fase de triagem curricular, a sua "
     "candidatura não foi selecionada para prosseguir.\n\nPara questões, contacte "
     "rh@hoteisatlantico.example\n\nHotéis Atlântico", "ats"),
    ("Feedback da sua candidatura",
     "Prezado Sam,\n\nSua candidatura foi cuidadosamente avaliada pelo nosso time de Talent Acquisition. No "
     "entanto, decidimos prosseguir com outros profissionais para a posição de Analista Tributário.\n\nEsta "
     "é uma mensagem automática.\nTalent Acquisition | Sucroalcooleira Vale", "ats"),
    ("Your application / Sua candidatura",
     "Olá Sam,\n\nAgradecemos a candidatura à função de Customer Success Specialist. Informamos que não "
     "iremos prosseguir com a sua candidatura.\n\nBest regards / Cumprimentos,\nPeople Team - LisbonPay", "ats"),
    ("Processo seletivo encerrado para você",
     "Olá Sam,\n\nAgradecemos por ter participado do nosso processo seletivo para Analista de Sinistros. "
     "Após as entrevistas, sua jornada conosco termina nesta etapa.\n\nSeguradora Horizonte", "ats"),
    ("Candidatura Atendente de Loja - Atualização",
     "Olá Sam, tudo bem?\n\nPassamos aqui para informar que a sua candidatura à vaga de Atendente de Loja "
     "foi desclassificada nesta etapa.\n\nObrigado,\nRH Rede Drogamais", "ats"),
    ("Status da candidatura",
     "Prezado(a),\n\nInformamos que a sua candidatura ao requisito 7781 (Eletricista de Manutenção) "
     "encontra-se com o status: não selecionado.\n\nPortal de Carreiras - Siderúrgica Sul", "ats"),
    ("Atualização importante sobre sua candidatura",
     "Olá Sam,\n\nPrimeiramente, obrigado pelo interesse na Cervejaria Guaraci! Recebemos um volume muito "
     "grande de inscrições e, após análise, decidimos não prosseguir com seu perfil para a vaga de "
     "Supervisor de Vendas.\n\nAbraços,\nGente Guaraci", "ats"),
    # --- agencies relaying a client (temp agencies, headhunters, consultoras), new words
    ("Oportunidade - Gestor de Frota",
     "Olá Sam,\n\nConforme conversado, apresentei o seu perfil à empresa cliente. Hoje recebi a resposta e, "
     "lamentavelmente, eles optaram por avançar com um candidato que já trabalha no "
     "setor.\n\nCumprimentos,\nHugo Matias\nConsultor Sénior - Quadrante Talent", "ag"),
    ("Processo - Analista Contábil (cliente confidencial)",
     "Oi Sam,\n\nVoltando com a resposta do cliente: eles gostaram da sua entrevista, mas decidiram por um "
     "profissional com vivência em IFRS. Sigo com seu currículo aqui para as próximas.\n\nAbs,\nThaís - "
     "Ponte Recrutamento", "ag"),
    ("Trabalho temporário - Armazém",
     "Bom dia Sam,\n\nA empresa utilizadora já completou a equipa para a campanha de Natal, pelo que não vai "
     "ser possível colocá-lo nesta função. Ficamos com a sua inscrição ativa.\n\nEquipa Temporária Já "
     "Recursos Humanos", "ag"),
    ("Posição de Diretor Financeiro",
     "Caro Sam,\n\nServe a presente para lhe dar nota de que o nosso cliente decidiu prosseguir com outro "
     "finalista para a posição de Diretor Financeiro. Foi um prazer acompanhá-lo neste processo.\n\nCom os "
     "melhores cumprimentos,\nAfonso Teles\nPartner - Teles & Associados Executive Search", "ag"),
    ("Retorno da entrevista no cliente",
     "Sam, tudo bem?\n\nA empresa cliente me ligou agora: não vão seguir com você para a vaga de Comprador. "
     "Disseram que faltou experiência com importação.\n\nAbraço,\nRoberta\nRH Soluções", "ag"),
    ("Vaga de Operador de Empilhadeira",
     "Olá Sam,\n\nO nosso parceiro contratante encerrou a seleção para Operador de Empilhadeira e seu nome "
     "não ficou entre os aprovados.\n\nAtenciosamente,\nMultiTemp Serviços Temporários", "ag"),
    ("Oportunidade em Luanda - Engenheiro Civil",
     "Estimado Sam,\n\nApós a apresentação da sua candidatura ao nosso cliente em Luanda, fomos informados "
     "de que a mesma não foi retida para a fase seguinte.\n\nAtenciosamente,\nKwanza Talentos Consultoria", "ag"),
    ("Re: Posição de Head de Vendas",
     "Sam, conversei com o CEO do cliente ontem. Eles vão priorizar alguém que já esteja em São Paulo, então "
     "seu processo para por aqui. Obrigado pela paciência, seguimos juntos.\n\nFred\nFind Executivos", "ag"),
    ("Candidatura - Operadora de Caixa (via agência)",
     "Olá Sam,\n\nA loja para a qual te indicamos já contratou outra pessoa. Seu cadastro continua ativo com "
     "a gente.\n\nBeijos,\nDani - Agência Emprego Certo", "ag"),
    ("Processo junto da organização que representamos",
     "Caro Sam,\n\nA organização que representamos comunicou-nos que o seu perfil não foi o escolhido para a "
     "função de Coordenador Pedagógico.\n\nCumprimentos,\nSeleção & Carreira, Lda.", "ag"),
    ("Atualização - Vaga Analista de Dados (cliente)",
     "Olá Sam,\n\nO gestor do cliente decidiu não avançar com sua candidatura após o case técnico. Fico à "
     "disposição para conversarmos sobre outras vagas.\n\nAtt,\nJéssica - Tech Hunters", "ag"),
    ("Vaga Soldador - retorno",
     "Sam, boa tarde. O cliente reprovou seu teste prático de solda, então não vamos conseguir te encaminhar "
     "pra contratação. Qualquer outra vaga eu te chamo.\n\nAdemir - Mão de Obra Sul", "ag"),
    # --- formal pt-PT / African Portuguese registers, public bodies
    ("Procedimento concursal - Assistente Técnico",
     "Exmo. Senhor,\n\nCumpre-nos informar V. Exa. de que, na sequência da avaliação curricular, foi "
     "excluído do procedimento concursal para Assistente Técnico, por não ter obtido a classificação mínima "
     "exigida.\n\nO Presidente do Júri", "p"),
    ("Resposta à candidatura",
     "Estimado Senhor Sam Rivera,\n\nVimos pelo presente acusar a receção da sua candidatura e informar que "
     "a mesma não mereceu acolhimento, dado que a vaga já se encontra preenchida.\n\nSem mais, "
     "subscrevemo-nos com elevada consideração,\nDirecção de Recursos Humanos\nBanco Kianda, S.A.", "p"),
    ("Candidatura ao cargo de Contabilista",
     "Caro Senhor,\n\nEm resposta à sua candidatura, temos a informar que a mesma foi preterida a favor de "
     "candidatos com maior experiência no setor petrolífero.\n\nAtenciosamente,\nGabinete de Pessoal", "p"),
    ("Recrutamento interno/externo n.º 12/2026",
     "Exmo.(a) Senhor(a),\n\nNotifica-se V. Exa. de que a sua candidatura foi considerada não admitida, nos "
     "termos da ata n.º 3 do júri, por falta de comprovativo de habilitações.\n\nOs Serviços", "p"),
    ("Seleção para Médico de Família",
     "Exmo. Dr. Sam Rivera,\n\nAgradecemos a manifestação de interesse. Informamos que, ponderados os "
     "perfis, a Unidade de Saúde decidiu não prosseguir com a sua contratação.\n\nCom os melhores "
     "cumprimentos,\nA Direção Clínica", "p"),
    ("Comunicação do resultado",
     "Prezado senhor,\n\nFica V. Sa. notificado de que não logrou aprovação na etapa de avaliação "
     "psicológica do processo seletivo simplificado.\n\nComissão do Processo Seletivo", "p"),
    ("Processo de seleção - Técnico de Laboratório",
     "Exmo. Senhor,\n\nAgradecemos a participação na entrevista de seleção. Após apreciação de todos os "
     "candidatos, entendeu a comissão selecionar outro candidato para o posto.\n\nCumprimentos,\nInstituto "
     "de Investigação Agrária", "p"),
    ("Concurso de admissão",
     "Caro candidato,\n\nComunicamos que não foi aprovado na prova escrita do concurso de admissão de "
     "operadores de call center, pelo que fica eliminado das fases seguintes.\n\nDepartamento de "
     "Pessoal\nMovicel-like", "p"),
    # --- after an interview / test, new shapes
    ("Obrigado pela conversa",
     "Oi Sam,\n\nFoi um papo muito bom ontem. A gente conversou internamente e, por ora, o fit com o time "
     "não ficou tão claro, então não vamos seguir adiante com você. Obrigado de verdade pelo "
     "tempo!\n\nAbs,\nNina - Founder, Kombi Labs", "p"),
    ("Entrevista de 14/03",
     "Olá Sam,\n\nEscrevo para lhe dar o retorno da entrevista de dia 14. Embora tenhamos gostado da "
     "conversa, a equipa entendeu que outro candidato está mais preparado para a função neste momento.\n\nUm "
     "abraço,\nCatarina Neves\nDiretora de Marketing, Conservas Atlântida", "p"),
    ("Case técnico",
     "Sam,\n\nO time de engenharia revisou o seu case. Infelizmente ele não atingiu os critérios mínimos, "
     "por isso o processo não segue para a entrevista técnica.\n\nAbraço,\nDiego - Banco Pardal", "p"),
    ("Avaliação de inglês",
     "Olá Sam,\n\nO resultado da sua avaliação de inglês ficou abaixo do nível exigido para a vaga de "
     "Comissário de Bordo, e por isso não poderemos dar prosseguimento.\n\nRH Voa Brasil", "p"),
    ("Dinâmica de grupo",
     "Olá, Sam!\n\nObrigado por participar da dinâmica de grupo na quarta. Infelizmente você não foi "
     "aprovado para a próxima etapa.\n\nEquipe de RH\nSupermercados Mandacaru", "p"),
    ("Teste psicotécnico",
     "Prezado Sam,\n\nInformamos que, com base nos resultados do teste psicotécnico, você não foi "
     "considerado apto para a função de Vigilante.\n\nAtenciosamente,\nSegurança Patrimonial Forte", "p"),
    ("Re: período de experiência - loja",
     "Sam, obrigado pelos dois dias de teste na loja. Conversei com a gerente e a gente não vai efetivar "
     "você. Passa aqui pra acertar os dias.\n\nSeu Jorge", "p"),
    # --- curt, hurried, WhatsApp-ish, typos, no accents
    ("Re: vaga",
     "Oi Sam. Nao rolou dessa vez, escolhemos outra pessoa. Vlw!", "p"),
    ("Re: CV",
     "ja temos alguem p/ a vaga, obg", "p"),
    ("Re: Candidatura",
     "Sam, nao vai dar. Ficamos com outro candidato. Cumps", "p"),
    ("Re: curriculo",
     "bom dia, a vaga de repositor foi preenchida semana passada. boa sorte", "p"),
    ("Re: entrevista",
     "Oi Sam, infelismente nao passou na entrevista. Obg por vir", "p"),
    ("Re: vaga de auxiliar",
     "Sam, pensamos bem e nao vamos te contratar agora. Desculpa a demora p responder", "p"),
    ("Re: Candidatura",
     "Desculpe, mas nao avançaremos com voce. Att", "p"),
    ("Re: vaga",
     "Sam, a gente acabou contratando outra pessoa pra vaga, foi mal!", "p"),
    ("Re: vaga de caixa",
     "oii sam, entao... a vaga foi pra outra menina, desculpa viu. bjs", "p"),
    ("Re: candidatura",
     "Caro Sam, nao seguimos com a sua candidatura. Obrigado pelo interesse. RH", "p"),
    # --- decision buried after other business
    ("Devolução do crachá e retorno",
     "Olá Sam,\n\nRecebemos o crachá de visitante que ficou com você, obrigado por devolver. Sobre a vaga de "
     "Analista de Estoque: o gestor fechou com outra pessoa, então não seguiremos com sua "
     "candidatura.\n\nAbs,\nPriscila - RH Distribuidora Ouro", "p"),
    ("Despesas de deslocação",
     "Caro Sam,\n\nJá transferimos o valor das despesas de deslocação à entrevista em Braga. Quanto ao "
     "processo, informo que a escolha final foi outro candidato.\n\nCumprimentos,\nIsabel\nRH Calçado Minho", "p"),
    ("Várias coisas",
     "Oi Sam,\n\n1) o link da gravação da entrevista expirou, te mando outro se quiser;\n2) o formulário de "
     "feedback é opcional;\n3) sobre o resultado: decidimos não seguir com a sua "
     "contratação.\n\nAbraço,\nGui - Startup Capivara", "p"),
    ("Re: pergunta sobre estacionamento",
     "Olá Sam,\n\nSim, podia ter deixado o carro na garagem do prédio. Aproveito para lhe dizer que a "
     "decisão já foi tomada e não foi seleccionado para a função de Técnico de "
     "Vendas.\n\nCumprimentos,\nNuno - Auto Lusitânia", "p"),
    ("Assuntos pendentes",
     "Bom dia Sam,\n\nEm anexo segue o comprovativo de presença que pediu para a sua faculdade. "
     "Relativamente à candidatura, informamos que optámos por outro perfil.\n\nRH Têxteis Vizela", "p"),
    # --- hiring freeze / position cancelled / budget
    ("Atualização - Vaga de Analista de Marketing",
     "Olá Sam,\n\nTivemos uma mudança de planejamento e a vaga de Analista de Marketing foi cancelada. Por "
     "isso, encerramos o processo sem contratação e não seguiremos com sua candidatura.\n\nEquipe RH "
     "Cosméticos Jasmim", "ats"),
    ("Processo suspenso",
     "Caro Sam,\n\nPor motivos orçamentais, a administração decidiu suspender o recrutamento para a função a "
     "que se candidatou. Lamentamos não poder avançar com a sua candidatura.\n\nRH Cerâmica Alcobaça", "p"),
    ("Congelamento de vagas",
     "Oi Sam,\n\nA diretoria congelou todas as novas contratações neste trimestre, então infelizmente vamos "
     "ter que interromper o seu processo.\n\nAbs,\nLuana - People Team", "p"),
    ("Headcount",
     "Olá Sam,\n\nPerdemos o headcount desta posição no último corte de orçamento e, por isso, não vamos "
     "seguir com a contratação. Sinto muito.\n\nBeto - Engineering Manager", "p"),
    ("Reestruturação",
     "Prezado Sam,\n\nEm razão de uma reestruturação na área, a vaga de Coordenador Administrativo deixou de "
     "existir. Dessa forma, seu processo foi encerrado.\n\nAtenciosamente,\nRH Laticínios Serrano", "p"),
    ("A posição não vai abrir",
     "Caro Sam,\n\nInfelizmente a posição de Engenheiro de Produto não vai avançar este ano por decisão da "
     "casa-mãe. Encerramos o recrutamento e não daremos seguimento às "
     "candidaturas.\n\nCumprimentos,\nRicardo - Componentes Auto Aveiro", "p"),
    # --- keep CV on file / future, with a decision
    ("Banco de currículos",
     "Olá Sam,\n\nAgradecemos o envio do seu currículo. Ele não foi selecionado para as vagas atuais, mas "
     "ficará guardado em nosso banco de currículos por 12 meses.\n\nRH Grupo Mirante", "ats"),
    ("Candidatura espontânea",
     "Caro Sam,\n\nAgradecemos a candidatura espontânea. Não dispomos, neste momento, de posições em aberto "
     "para o seu perfil, pelo que não lhe podemos dar seguimento. O seu CV será mantido em "
     "arquivo.\n\nCumprimentos,\nRH Construções Tâmega", "ats"),
    ("Talent pool",
     "Olá Sam,\n\nNão avançamos com a sua candidatura para a vaga de UX Writer, mas adicionámos o seu perfil "
     "à nossa talent pool.\n\nPeople Team - Pastel Labs", "ats"),
    # --- not this time, new idioms
    ("Retorno do processo",
     "Oi Sam,\n\nNão deu certo desta vez. O time escolheu seguir com outra pessoa para a vaga de Social "
     "Media, mas torcemos muito por você!\n\nCom carinho,\nTime de Gente Boa Praça", "p"),
    ("Sobre a vaga de Designer",
     "Olá Sam,\n\nDessa vez não deu match entre seu perfil e a vaga de Designer Júnior. Continue "
     "acompanhando nossas oportunidades.\n\nTime Kiwi", "ats"),
    ("Resposta",
     "Oi Sam, tudo joia? Infelizmente não vai ser dessa vez, viu? Seguimos com outro perfil. "
     "Sucesso!\n\nMari - RH", "p"),
    ("Candidatura",
     "Olá Sam,\n\nAinda não foi desta. A vaga de Jardineiro ficou com outro "
     "candidato.\n\nCumprimentos,\nJunta de Freguesia de Arroios", "p"),
    # --- passive / impersonal / verb-first / long subordinate
    ("Candidatura",
     "Prezado Sam,\n\nFoi escolhido para a vaga um candidato com experiência prévia em auditoria. "
     "Agradecemos sua participação.\n\nAtenciosamente,\nRH Auditores Unidos", "p"),
    ("Processo seletivo",
     "Olá Sam,\n\nFoi tomada a decisão de não seguir com a sua candidatura.\n\nRH Grupo Candeia", "p"),
    ("Candidatura",
     "Caro Sam,\n\nDecidiu-se, após a análise de todas as candidaturas recebidas, avançar com outros "
     "candidatos.\n\nCumprimentos,\nRH Corticeira Sul", "p"),
    ("Processo de recrutamento",
     "Caro Sam,\n\nTendo sido concluída a fase de entrevistas e ponderados os diferentes perfis, e atendendo "
     "às necessidades específicas da equipa de manutenção industrial, que requer certificação em automação, "
     "não será possível dar continuidade à sua candidatura.\n\nCumprimentos,\nRH Papel do Mondego", "p"),
    ("Seleção",
     "Olá Sam,\n\nSelecionado para a vaga foi outro candidato, com mais tempo de casa em hotelaria.\n\nRH "
     "Pousada Serra Azul", "p"),
    ("Retorno",
     "Prezado Sam,\n\nMesmo reconhecendo suas qualidades e a ótima impressão que causou nas entrevistas, e "
     "considerando o momento atual da empresa, que demanda alguém com experiência de liderança, optamos por "
     "dar seguimento com outro candidato.\n\nAtenciosamente,\nRH Têxtil Blumenau", "p"),
    ("Candidatura",
     "Olá Sam,\n\nNão será dada continuidade à sua candidatura para a vaga de Assistente Jurídico.\n\nRH "
     "Barbosa Advogados", "p"),
    ("Sua candidatura",
     "Olá Sam,\n\nSeu processo seletivo foi finalizado e você não foi aprovado para a vaga.\n\nRH Loja Pé de "
     "Moleque", "ats"),
    ("Candidatura",
     "Caro Sam,\n\nComunicamos que a vaga foi entregue a outro candidato.\n\nCumprimentos,\nRH Adega "
     "Cooperativa", "p"),
    ("Processo",
     "Olá Sam,\n\nA posição foi ocupada por um profissional que já estava no nosso banco de talentos, por "
     "isso encerramos o seu processo.\n\nRH Agro Sertão", "p"),
    # --- profile not matching, new words
    ("Vaga de Técnico de Enfermagem",
     "Prezado Sam,\n\nApós análise do seu currículo, verificamos que você não possui o registro no COREN "
     "exigido para a vaga, e por isso sua candidatura não poderá seguir.\n\nRH Hospital Santa Clara", "ats"),
    ("Candidatura - Analista de Risco",
     "Caro Sam,\n\nO seu percurso é muito interessante, mas não vai ao encontro daquilo de que a equipa "
     "precisa agora. Não vamos avançar.\n\nCumprimentos,\nRH Banco Caravela", "p"),
    ("Perfil",
     "Olá Sam,\n\nBuscamos alguém com um perfil mais sênior para a posição, por isso não vamos seguir com a "
     "sua candidatura.\n\nAbs,\nTime de Talentos Pipoca", "p"),
    ("Sua candidatura",
     "Olá Sam,\n\nSeu perfil está um pouco distante do que a vaga exige, então optamos por não avançar com "
     "ele.\n\nEquipe RH Cia. do Café", "ats"),
    ("Candidatura",
     "Olá Sam,\n\nO teu perfil não tem o encaixe que procuramos para esta função, pelo que não vamos seguir "
     "contigo.\n\nAbraço,\nRita - Casa do Surf", "p"),
    ("Vaga de Motorista",
     "Olá Sam,\n\nComo a vaga exige CNH categoria E e a sua é B, não conseguimos dar andamento à "
     "candidatura.\n\nRH Transportes Pioneiro", "p"),
    ("Requisitos",
     "Caro Sam,\n\nAnalisámos o seu CV e constatámos que não cumpre os requisitos de fluência em francês "
     "definidos para a função. Por esse motivo, a candidatura não segue.\n\nRH Lusoconsultores", "p"),
    # --- gender-neutral / inclusive / anglicised startup register
    ("Update sobre sua candidatura",
     "Oi Sam!\n\nQueremos ser transparentes: após o culture fit, decidimos seguir com outra pessoa candidata "
     "para a posição de Backend Engineer. Valeu demais pelo seu tempo!\n\nTime de Talent - Tucano Pay", "ats"),
    ("Seu processo com a gente",
     "Olá, Sam!\n\nAgradecemos muito sua participação. Nesse momento optamos por seguir com outres "
     "candidates para a vaga de Product Designer.\n\nTime de Pessoas - Coletivo Arara", "ats"),
    ("Feedback do pipeline",
     "Oi Sam,\n\nDepois do tech interview, o squad decidiu não seguir com o seu perfil. Super obrigado pela "
     "disponibilidade!\n\nCheers,\nTalent Team - Mandioca Tech", "p"),
    ("Sua jornada com a Onça Bank",
     "Oi Sam,\n\nChegou ao fim sua jornada no nosso processo seletivo. A decisão foi por outro candidato, "
     "mas seu perfil ficará no nosso radar.\n\nTime de Atração | Onça Bank", "ats"),
    # --- internship / trainee / summer jobs, seasonal
    ("Estágio de Verão 2027",
     "Olá Sam,\n\nAgradecemos a tua candidatura ao Estágio de Verão. Depois de analisarmos todas as "
     "candidaturas, não te vamos poder convidar para a fase de entrevistas.\n\nEquipa de Estágios - "
     "Consultora Tágide", "ats"),
    ("Programa de Estágio",
     "Olá Sam,\n\nSua inscrição no Programa de Estágio 2027 não foi aprovada na etapa de testes "
     "online.\n\nEquipe Estágio - Siderúrgica Ipanema", "ats"),
    ("Trabalho de verão - nadador-salvador",
     "Olá Sam,\n\nObrigado pelo interesse no posto de nadador-salvador para a época balnear. Já temos a "
     "equipa fechada e não vamos avançar com a sua candidatura.\n\nConcessão Praia do Sol", "p"),
    ("Safra 2027",
     "Oi Sam, as contratações pra safra já foram fechadas e seu nome não entrou na lista. Obrigado e até a "
     "próxima.\n\nFazenda Boa Vista - RH", "p"),
    # --- gerund / continuous / future forms
    ("Atualização",
     "Olá Sam,\n\nEstamos avançando com outros perfis para a vaga de Analista de Suprimentos, por isso não "
     "vamos dar continuidade ao seu processo.\n\nRH Grupo Pedra Azul", "p"),
    ("Vaga",
     "Caro Sam,\n\nIremos prosseguir com outra candidata para a função de Educadora de "
     "Infância.\n\nCumprimentos,\nDireção - Creche Pirilampo Lda.", "p"),
    ("Processo",
     "Oi Sam,\n\nA gente vai seguir com outros candidatos e não com você dessa vez. Obrigado!\n\nRH", "p"),
    ("Candidatura",
     "Caro Sam,\n\nVamos dar prioridade a candidatos residentes na ilha, pelo que a sua candidatura não será "
     "considerada.\n\nCumprimentos,\nRH Hotel Madeira Mar", "p"),
    # --- relays with the employer named first and the decision in a second sentence
    ("Candidatura - Assistente Administrativo (Grupo Laranjeira)",
     "Olá Sam,\n\nO Grupo Laranjeira agradece o seu interesse. Após análise, a empresa entendeu que outros "
     "candidatos apresentam maior aderência à vaga.\n\nEnviado por Recrutaí em nome do Grupo Laranjeira.", "plat"),
    ("Mensagem da Construtora Pinheiro",
     "Olá Sam,\n\nA Construtora Pinheiro pediu para lhe transmitir que, por agora, a sua candidatura não vai "
     "avançar.\n\nEquipa EmpregoNorte", "plat"),
    ("Atualização: Técnico de TI",
     "Sam,\n\nRecebemos uma resposta do empregador sobre a sua candidatura a Técnico de TI: não foi "
     "selecionado.\n\nEquipa Vagas PT", "plat"),
    ("Resultado da triagem",
     "Olá Sam,\n\nO empregador já fez a triagem das candidaturas para Auxiliar de Ação Médica e a sua não "
     "passou à fase seguinte.\n\nEquipa ClinJobs", "plat"),
    ("Sua candidatura foi recusada",
     "Olá Sam,\n\nA Óptica Olhar recusou sua candidatura para a vaga de Vendedor.\n\nEquipe Infovagas", "plat"),
    ("Candidatura indeferida",
     "Olá Sam,\n\nA empresa Mega Atacado indeferiu sua candidatura para Conferente.\n\nEquipe SineNet", "plat"),
    ("Sobre sua candidatura",
     "Oi Sam,\n\nA Sorveteria Gelato olhou seu perfil com carinho, mas escolheu outra pessoa para a vaga de "
     "Atendente. Boa sorte!\n\nTime BicoJá", "plat"),
    ("Candidatura encerrada pela empresa",
     "Olá Sam,\n\nSua candidatura para Motorista de Entrega foi encerrada pela empresa Rápido Log, que optou "
     "por não seguir com ela.\n\nEquipe Vagas.net-like", "plat"),
    ("A sua candidatura à Pestana-like",
     "Olá Sam,\n\nO recrutador da Hotelaria Ribeira considerou que a sua candidatura não corresponde ao "
     "perfil procurado.\n\nEquipa HotelJobs PT", "plat"),
    # --- European informal (tu)
    ("Candidatura",
     "Olá Sam!\n\nObrigado por te teres candidatado à vaga de barista. Infelizmente escolhemos outra pessoa, "
     "mas adorámos conhecer-te.\n\nBeijinhos,\nMafalda - Café Lisboeta", "p"),
    ("Candidatura Developer",
     "Olá Sam, pá, tivemos muitos candidatos bons e acabámos por escolher alguém com mais experiência em "
     "React. Fica para a próxima!\nAbraço, Miguel", "p"),
    # --- mixed: decision stated as the company 'fechou com' / 'bateu o martelo'
    ("Re: vaga de gerente",
     "Sam, o dono bateu o martelo e fechou com outro gerente. Agradeço tua disponibilidade.\n\nSandra - "
     "Restaurante Fogo de Chão-like", "p"),
    ("Re: Candidatura Analista",
     "Olá Sam, a vaga acabou sendo preenchida por uma indicação interna, então não vamos seguir com seu "
     "processo. Obrigado!\n\nRH", "p"),
    ("Re: Processo",
     "Sam, bom dia. Não vou poder te aproveitar na vaga agora. Obrigado pelo interesse.\n\nCarlos - Oficina", "p"),
    ("Re: candidatura loja",
     "Bom dia Sam, a loja já não precisa de ninguém, já fechámos a vaga. Cumprimentos, D. Fátima", "p"),
    # --- polite formal BR more
    ("Processo Seletivo - Analista de Comércio Exterior",
     "Prezado Sam,\n\nÉ com pesar que comunicamos que sua candidatura não foi selecionada para a próxima "
     "fase. Agradecemos a confiança.\n\nAtenciosamente,\nRH Porto Seco Trading", "ats"),
    ("Candidatura",
     "Prezado Sam,\n\nNão é com satisfação que lhe escrevemos: a vaga de Comprador Técnico foi atribuída a "
     "outro profissional.\n\nAtenciosamente,\nRH Plásticos Jundiaí", "p"),
    ("Retorno de candidatura",
     "Prezado Sam,\n\nVenho por meio deste informar que você não foi aprovado no processo seletivo para a "
     "vaga de Assistente de Compras.\n\nAtenciosamente,\nRH Grupo Cedro", "p"),
    ("Seleção",
     "Prezado(a) candidato(a),\n\nCumpre-nos informar que V. Sa. não foi classificado(a) dentro do número de "
     "vagas previsto no edital.\n\nComissão de Seleção - Prefeitura Municipal de Rio Verde", "p"),
    ("Retorno da seleção",
     "Olá Sam,\n\nTodas as vagas de Auxiliar de Produção já foram preenchidas e, por isso, não será possível "
     "chamá-lo para a integração.\n\nRH Frigorífico Boi Bom", "ats"),
    ("Candidatura",
     "Olá Sam,\n\nQueremos agradecer pela sua candidatura. Nesta ocasião, outra pessoa foi selecionada para "
     "a posição.\n\nRH Bike Mais", "ats"),
    # --- extras across registers
    ("Re: sua candidatura",
     "Sam,\n\nLi seu currículo e infelizmente não é o que estou procurando para o escritório. Boa sorte na "
     "busca.\n\nDr. Amaral", "p"),
    ("Candidatura para Cuidadora",
     "Olá Sam,\n\nA família já escolheu outra cuidadora, por isso não vamos marcar a entrevista. Obrigada "
     "pelo interesse.\n\nAgência Cuidar Bem", "ag"),
    ("Posição de Analista de Dados - sem continuidade",
     "Olá Sam,\n\nDecidimos encerrar sua candidatura, pois a vaga foi fechada com um candidato "
     "interno.\n\nAtenciosamente,\nRH Data Cerrado", "ats"),
    ("Candidatura",
     "Caro Sam,\n\nAgradecemos o interesse na nossa Cooperativa. Lamentamos, mas optámos por não o incluir "
     "na lista de candidatos a contratar.\n\nCumprimentos,\nCooperativa Agrícola do Oeste", "p"),
    ("Oportunidade - Supervisor",
     "Prezado Sam,\n\nApós a entrevista, entendemos que neste momento o seu perfil não se alinha com o que a "
     "vaga precisa. Sendo assim, não seguiremos no processo.\n\nAtt,\nRH Atacadista Nordeste", "p"),
    ("Resposta à candidatura",
     "Caro Sam,\n\nA sua candidatura foi bem recebida, mas infelizmente a escolha acabou por recair noutra "
     "pessoa.\n\nCumprimentos,\nLivraria Bertrand-like", "p"),
    ("Candidatura",
     "Olá Sam,\n\nInfelizmente não podemos seguir em frente com a sua candidatura à vaga de Motorista.\n\nRH "
     "Expresso Alentejo", "p"),
    ("Processo seletivo",
     "Olá Sam,\n\nNão vamos prosseguir com você para as próximas etapas. Agradecemos de coração.\n\nRH "
     "Mercadinho da Vila", "p"),
    ("Candidatura de Sam Rivera",
     "Exmo. Sr. Sam Rivera,\n\nAcusamos a receção do seu CV, que mereceu a nossa melhor atenção. Lamentamos "
     "informar que, de momento, não nos é possível integrá-lo nos nossos quadros.\n\nCom os melhores "
     "cumprimentos,\nA Administração\nSerralharia Progresso, Lda.", "p"),
    ("Pedido de emprego",
     "Caro Sr. Sam,\n\nEm resposta ao seu pedido de emprego, informamos que não temos vaga para admissão "
     "neste momento.\n\nAtenciosamente,\nMinimercado Esperança - Maputo", "p"),
    ("Candidatura ao posto de Motorista",
     "Estimado candidato,\n\nInformamos que o seu processo de candidatura ao posto de motorista foi "
     "indeferido por não reunir os requisitos.\n\nRecursos Humanos\nTransportes Zambeze", "p"),
    # --- platforms
    ("Resposta do recrutador",
     "Olá Sam,\n\nO recrutador da Têxtil Paraíso deu retorno sobre a sua candidatura para Tecelão: "
     "infelizmente, não foi dessa vez.\n\nEquipe VagaFácil", "plat"),
    ("A empresa tomou uma decisão",
     "Oi Sam,\n\nA empresa Doces Dona Benta tomou uma decisão sobre a vaga de Confeiteiro e sua candidatura "
     "não foi a escolhida.\n\nTime Emprego na Mão", "plat"),
    ("Sua candidatura mudou de status",
     "Olá Sam!\n\nSua candidatura para Auxiliar de Cozinha na Restaurante Brasa Viva mudou de status: Não "
     "selecionado.\n\nAcesse o app para ver outras vagas.", "plat"),
    ("Processo seletivo: Analista de Compras",
     "Olá Sam,\n\nInfelizmente a empresa Metalúrgica Vale do Aço concluiu que seu perfil não é o que procura "
     "para esta posição.\n\nEquipe Recruta Fácil", "plat"),
    ("Atualização da candidatura - Operador de Loja",
     "Olá Sam,\n\nA entidade Hipermercado Sol informou-nos de que não vai prosseguir com a sua candidatura à "
     "oferta Operador de Loja.\n\nEquipa Emprego24", "plat"),
    ("Resultado: Assistente de Marketing",
     "Sam,\n\nA Agência Lumen encerrou o recrutamento para Assistente de Marketing. Não foi possível avançar "
     "com a sua candidatura desta vez.\n\nEquipa TalentosPT", "plat"),
    ("Sua candidatura para Recepcionista",
     "Olá Sam,\n\nA Clínica Sorrir não deu continuidade à sua candidatura para Recepcionista.\n\nEquipe "
     "Achei Vaga", "plat"),
    ("Candidatura: Técnico de Redes",
     "Olá Sam,\n\nA empresa NetSul informou que optou por candidatos com certificação CCNA.\n\nEquipe Vagas "
     "TI", "plat"),
    ("Uma atualização sobre Analista de RH",
     "Olá Sam,\n\nObrigado por se candidatar. A Ferragens Aliança analisou sua candidatura e decidiu seguir "
     "com outro profissional.\n\nEnviado pela plataforma Contrata+", "plat"),
    ("Candidatura finalizada",
     "Olá Sam,\n\nA vaga de Estoquista na Atacado Pioneiro foi finalizada e sua candidatura não "
     "avançou.\n\nEquipe Vaga Já", "plat"),
    ("A sua candidatura na Casa dos Parafusos",
     "Olá Sam,\n\nA Casa dos Parafusos viu o seu perfil mas não o considerou adequado para a função de "
     "Balconista.\n\nEquipa OLXjobs-like", "plat"),
    # --- ATS with reply-to
    ("Candidatura 55120 | Analista de Crédito",
     "Prezado(a) Sam,\n\nAgradecemos o seu interesse na Cooperativa de Crédito Ipê. Informamos que, nesta "
     "etapa, sua candidatura não foi aprovada.\n\nEm caso de dúvidas, responda a este e-mail.\n\nTalentos "
     "Ipê", "ats"),
    ("Atualização do processo - Assistente de Logística",
     "Olá Sam,\n\nAgradecemos muito a sua participação. Depois de analisar cuidadosamente os perfis, "
     "decidimos avançar com outras candidaturas.\n\nEquipe de Recrutamento | Logística Rio Branco", "ats"),
    ("Sua candidatura ao Programa Jovem Aprendiz",
     "Olá Sam,\n\nSua inscrição no Programa Jovem Aprendiz foi analisada e, neste momento, não será possível "
     "seguir com ela.\n\nRH Banco Cerrado", "ats"),
    ("Decisão sobre a sua candidatura - Contabilista",
     "Caro(a) Sam,\n\nApós revisão da sua candidatura, lamentamos informar que não foi selecionado(a) para a "
     "fase de entrevistas.\n\nPara questões, responda a esta mensagem.\n\nRecursos Humanos | Ginásio "
     "Atlântico", "ats"),
    ("Atualização | Vaga Designer Pleno",
     "Oi, Sam!\n\nPassamos para contar que a vaga de Designer Pleno foi fechada com outra pessoa. Obrigado "
     "por topar participar!\n\nTime de Gente | Jabuticaba Studio", "ats"),
    ("Processo seletivo - Coordenador(a) de Vendas",
     "Prezado(a) Sam,\n\nInformamos que seu processo foi concluído e não seguiremos com sua contratação "
     "neste momento.\n\nAtenciosamente,\nGente & Cultura | Calçados Pampa", "ats"),
    ("Sua candidatura para Engenheiro de Dados",
     "Olá Sam,\n\nAgradecemos o tempo que dedicou ao nosso processo. Infelizmente não avançaremos para a "
     "próxima etapa consigo.\n\nTalent Team | Lisboa Analytics", "ats"),
    ("Retorno sobre Analista Jurídico",
     "Olá, Sam.\n\nEscrevemos para informar que a posição de Analista Jurídico foi preenchida e que, por "
     "isso, sua candidatura foi encerrada.\n\nAtenciosamente,\nRH Mendes & Prado", "ats"),
    ("Processo com o nosso cliente",
     "Caro Sam,\n\nO nosso cliente comunicou que não irá prosseguir com a sua candidatura. Obrigado pela "
     "disponibilidade.\n\nCumprimentos,\nRicardo Sá\nConsultor, Atlas Recrutamento", "ag"),
    ("Posição de Gestor Comercial",
     "Sam,\n\nInfelizmente o cliente não aprovou a sua candidatura para a fase final. Continuamos atentos a "
     "outras oportunidades para o seu perfil.\n\nHelena - Search & Select", "ag"),
    ("Feedback da entrevista com o cliente",
     "Oi Sam, tudo bem?\n\nO pessoal do cliente gostou de você, mas achou que falta vivência em gestão de "
     "equipe. Então não vão seguir com seu nome.\n\nAbs,\nRafa - Hunting RH", "ag"),
    ("Vaga temporária - Promotor",
     "Olá Sam,\n\nA empresa cliente já fechou o quadro de promotores para a campanha e seu nome não foi "
     "incluído.\n\nEquipe Promo Temp", "ag"),
    ("Re: Posição de CFO",
     "Caro Sam,\n\nO conselho do nosso cliente optou por um candidato interno. Agradeço imenso a sua "
     "confiança.\n\nCumprimentos,\nManuel Pires - Pires Executive", "ag"),
    ("Atualização",
     "Olá Sam,\n\nA empresa para a qual te apresentei decidiu não avançar com o processo para a vaga de "
     "Analista Fiscal. Qualquer novidade eu te aviso.\n\nAbraço,\nBianca - Agência Rumo", "ag"),
    ("Candidatura junto da empresa cliente",
     "Caro Sam,\n\nLamentamos informar que a empresa cliente não selecionou o seu perfil para a função de "
     "Técnico de Qualidade.\n\nCumprimentos,\nEquipa Randstad-like", "ag"),
    ("Sobre a vaga",
     "Caro Sam, agradeço a candidatura, mas a função ficou com um colega que já estava na casa. "
     "Cumprimentos, Jorge Almeida", "p"),
    ("Candidatura",
     "Olá Sam, obrigado pelo CV. Neste momento não temos lugar para si na equipa. Boa sorte!\nTeresa", "p"),
    ("Re: entrevista de terça",
     "Oi Sam, obrigado pela conversa. Conversando com os sócios, decidimos não te contratar por enquanto. "
     "Sucesso!\n\nPaulo", "p"),
    ("Candidatura",
     "Prezado Sam,\n\nSeu currículo foi analisado, porém não será aproveitado nesta seleção.\n\nRH "
     "Escritório Contábil Norte", "p"),
    ("Resposta",
     "Caro Sam,\n\nA sua candidatura foi analisada com atenção, mas não se adequa às necessidades atuais da "
     "empresa.\n\nCumprimentos,\nRH Moagem Central", "p"),
    ("Processo seletivo",
     "Olá Sam,\n\nApós a etapa de entrevistas, não seguiremos adiante com seu perfil.\n\nRH Granja Feliz", "p"),
    ("Re: vaga de professor",
     "Caro Sam, agradecemos o interesse mas o lugar foi atribuído a outra docente.\n\nDireção Pedagógica", "p"),
    ("Candidatura",
     "Olá Sam,\n\nInfelizmente a vaga de recepcionista noturno não é mais uma opção: contratamos "
     "internamente.\n\nHotel Estrela", "p"),
    ("Processo seletivo",
     "Olá Sam,\n\nNão conseguimos te encaixar em nenhuma vaga no momento. Vamos guardar seu currículo.\n\nRH "
     "Loja Ipê", "p"),
    ("Decisão",
     "Olá Sam, depois de pensar muito decidimos por não seguir com a tua candidatura. Obrigado!\nMarta - "
     "Oficina Criativa", "p"),
    # --- a fifth writer: job boards, ATS letters and agencies in yet other words
    ("Candidatura - Operador de Armazém",
     "Olá Sam,\n\nA empresa Logística Tejo concluiu o processo de seleção para Operador de Armazém. Agradece "
     "o seu interesse, mas não irá avançar com o seu perfil.\n\nEquipa Emprego Já PT", "plat"),
    ("Notícias sobre a sua candidatura",
     "Olá Sam,\n\nTemos notícias da Farmácia Central sobre a vaga de Técnico Auxiliar: a empresa decidiu "
     "avançar com outra candidatura.\n\nEquipa OfertasPT", "plat"),
    ("Status da candidatura: encerrada",
     "Olá Sam,\n\nO status da sua candidatura para Analista de Sistemas na Soft Sul foi alterado para "
     "Encerrada pela empresa.\n\nEquipe Vagas TI", "plat"),
    ("A empresa Bom Gosto Alimentos respondeu",
     "Oi Sam!\n\nA Bom Gosto Alimentos deu uma resposta: eles não vão seguir com seu currículo para Auxiliar "
     "de Produção. Continue tentando!\n\nEquipe Vaga Certa", "plat"),
    ("Atualização da vaga - Vendedor Interno",
     "Olá Sam,\n\nInformamos que a empresa Móveis Rústicos preencheu a vaga de Vendedor Interno com outro "
     "candidato.\n\nEquipe EmpregaBR", "plat"),
    ("Sua candidatura na Clínica Vida Nova",
     "Olá Sam,\n\nA Clínica Vida Nova analisou sua candidatura e informou que, no momento, ela não atende "
     "aos requisitos da vaga de Recepcionista.\n\nTime Achei Vaga", "plat"),
    ("Resultado da triagem - Motorista",
     "Sam,\n\nNa triagem feita pela Transportadora Oeste, seu perfil não foi classificado para as próximas "
     "etapas.\n\nEquipe Sine Fácil", "plat"),
    ("Candidatura não selecionada",
     "Olá Sam,\n\nLamentamos informar que a entidade empregadora não selecionou a sua candidatura para a "
     "oferta de Empregado de Balcão.\n\nEquipa Net-Emprego", "plat"),
    ("Obrigado por se candidatar à Pousada Real",
     "Olá Sam,\n\nA Pousada Real agradece a sua candidatura. Após análise, a equipa de recrutamento decidiu "
     "não prosseguir com ela.\n\nEste email foi enviado automaticamente pela plataforma Recrutaí.", "plat"),
    ("Ref. 3391 - Técnico de Manutenção",
     "Caro(a) Sam,\n\nNo seguimento da sua candidatura à referência 3391, informamos que o processo foi "
     "concluído e que a mesma não foi selecionada.\n\nPara qualquer esclarecimento, responda a este "
     "email.\n\nRH Metalúrgica Beira", "ats"),
    ("Candidatura - Analista de Dados Júnior",
     "Olá Sam,\n\nObrigado pelo seu tempo e interesse. Após análise, concluímos que outros candidatos estão "
     "mais próximos do perfil que procuramos.\n\nEquipa de Talento | Dados & Co", "ats"),
    ("Sua candidatura para Assistente Financeiro",
     "Olá, Sam!\n\nAgradecemos por se candidatar. Depois de revisar seu perfil, nossa equipe decidiu não "
     "seguir adiante neste momento.\n\nGente & Gestão | Rede Frutal", "ats"),
    ("Processo seletivo | Atendente",
     "Prezado(a) Sam,\n\nSeu perfil foi avaliado e, infelizmente, não foi aprovado nesta etapa do "
     "processo.\n\nEquipe de Seleção | Lanchonete Big Sabor", "ats"),
    ("Resposta à sua candidatura",
     "Exmo.(a) Sr.(a),\n\nAgradecemos a candidatura. Informamos que o perfil apresentado não foi considerado "
     "para a função.\n\nRecursos Humanos | Cooperativa do Vale", "ats"),
    ("Seleção - Analista Comercial",
     "Olá Sam,\n\nA vaga já tem uma pessoa contratada. Agradecemos a sua participação e desejamos "
     "sucesso.\n\nRecrutamento | Comercial Andrade", "ats"),
    ("Retorno - Vaga Auxiliar de Farmácia",
     "Olá Sam,\n\nAgradecemos pela candidatura. Optamos por não avançar com o seu perfil neste "
     "processo.\n\nEquipe RH | Drogaria Saúde", "ats"),
    ("Candidatura - Consultor",
     "Olá Sam,\n\nO nosso cliente avaliou o seu perfil, mas preferiu seguir com um consultor com experiência "
     "em banca.\n\nCumprimentos,\nSofia - Talent Partners", "ag"),
    ("Feedback",
     "Oi Sam,\n\nO cliente encerrou o processo com a contratação de outra pessoa. Obrigada pela "
     "parceria!\n\nAbs,\nCarol - RH Parceiro", "ag"),
    ("Retorno da vaga - Supervisor",
     "Olá Sam,\n\nInfelizmente você não foi aprovado pelo cliente para a posição de Supervisor de Loja. "
     "Seguimos com seu currículo em nossa base.\n\nAtt,\nMarcelo - Agência Foco", "ag"),
    ("Vaga Contabilidade",
     "Caro Sam,\n\nApós a entrevista, o cliente comunicou que vai avançar com outro "
     "finalista.\n\nCumprimentos,\nPedro Lobo - Executive Partners", "ag"),
    ("Posição de Assistente",
     "Olá Sam,\n\nA empresa cliente optou por não avançar com a sua candidatura, pois procura alguém com "
     "inglês fluente.\n\nObrigada,\nMarta - Seleção Norte", "ag"),
    ("Re: candidatura",
     "Sam, o gestor do cliente não gostou da entrevista e não quer seguir contigo. Vou procurar outras "
     "oportunidades.\n\nRui", "ag"),
    ("Processo seletivo",
     "Olá Sam,\n\nApós a análise, a empresa parceira decidiu seguir com candidatos de outra "
     "cidade.\n\nAbraço,\nDani - Agência Emprego Certo", "ag"),
    ("Re: vaga de recepcionista",
     "Oi Sam, passando pra avisar que a clínica contratou outra recepcionista. Valeu!\n\nLu", "p"),
    ("Candidatura",
     "Olá Sam, lamentamos, mas o lugar de cozinheiro já foi atribuído.\n\nRestaurante Mar", "p"),
    ("Re: entrevista",
     "Bom dia Sam, depois da entrevista decidimos que não é o perfil certo para a vaga. Obrigado!\n\nRH", "p"),
    ("Processo",
     "Olá Sam, a sua candidatura foi considerada mas não selecionada para a próxima etapa.\n\nRH", "p"),
    ("Re: vaga",
     "Sam, vamos seguir com uma pessoa mais experiente. Obrigado pela disponibilidade!\n\nClaudio", "p"),
    # --- a sixth writer: relays, ATS letters, agencies and people in other words again
    ("Sua candidatura para Analista de Suporte",
     "Olá Sam,\n\nA TecnoMais revisou sua candidatura e, desta vez, não avançaremos com o seu "
     "perfil.\n\nEste e-mail foi enviado em nome da TecnoMais pela plataforma Recrutaí. Não responda.", "plat"),
    ("Candidatura - Empregado de Mesa",
     "Olá Sam,\n\nO Restaurante Tejo comunicou que a vaga já foi ocupada por outro candidato.\n\nEquipa "
     "OfertasPT", "plat"),
    ("Sobre a vaga de Auxiliar de Limpeza",
     "Olá Sam,\n\nA Conservadora Brilho agradece seu interesse, mas escolheu outro perfil para a "
     "vaga.\n\nEquipe ServJobs", "plat"),
    ("Atualização - Assistente Comercial",
     "Olá Sam,\n\nSua candidatura para Assistente Comercial foi arquivada pela empresa Móveis Norte.\n\nTime "
     "Vagas Hoje", "plat"),
    ("Vaga: Promotor de Vendas",
     "Olá, Sam!\n\nA empresa Sabor & Cia não selecionou seu perfil desta vez. Veja outras vagas de promotor "
     "na sua região.\n\nEquipe Emprega Mais", "plat"),
    ("Resultado da candidatura",
     "Olá Sam,\n\nA entidade Câmara de Comércio informou que a sua candidatura não reúne o perfil pretendido "
     "para a oferta.\n\nEquipa Emprego24", "plat"),
    ("Candidatura #20931",
     "Prezado Sam,\n\nEm atenção à sua candidatura, comunicamos que o processo foi finalizado com a escolha "
     "de outro profissional.\n\nDúvidas: responda a este e-mail.\nRH Grupo Serra Azul", "ats"),
    ("Agradecemos seu interesse",
     "Olá Sam,\n\nMuito obrigado por querer fazer parte do nosso time. Desta vez, não seguiremos com a sua "
     "candidatura para Desenvolvedor Mobile.\n\nTalent Team | Pinha Tech", "ats"),
    ("Processo de recrutamento - Técnico Administrativo",
     "Caro(a) Sam,\n\nInformamos que a avaliação curricular foi concluída e que a sua candidatura não foi "
     "considerada para a fase seguinte.\n\nRH Município de Loures", "ats"),
    ("Sua candidatura - Estágio em Engenharia",
     "Olá Sam,\n\nAgradecemos sua inscrição. Infelizmente, você não foi selecionado para a próxima fase do "
     "Programa de Estágio.\n\nEquipe Estágio | Siderúrgica Vale", "ats"),
    ("Atualização da sua candidatura",
     "Olá Sam,\n\nQueremos agradecer pelo interesse. Neste momento, optamos por priorizar candidatos com "
     "mais experiência em vendas B2B.\n\nTime de Talentos | Vendas Já", "ats"),
    ("Retorno - Técnico de Enfermagem",
     "Olá Sam,\n\nApós a análise curricular, sua candidatura foi considerada incompatível com os requisitos "
     "da vaga.\n\nRH Hospital Bom Jesus", "ats"),
    ("Feedback do processo",
     "Caro Sam,\n\nO nosso cliente fechou a posição com outro candidato. Obrigado pelo tempo "
     "investido.\n\nCumprimentos,\nFilipe - Talent Search", "ag"),
    ("Retorno",
     "Oi Sam,\n\nO cliente optou por não dar sequência ao seu processo. Vou seguir buscando outras vagas pra "
     "você.\n\nAbs,\nGabi - Agência RH", "ag"),
    ("Oportunidade em Maputo",
     "Caro Sam,\n\nO nosso cliente em Maputo informou que a sua candidatura não foi seleccionada para a "
     "entrevista final.\n\nAtenciosamente,\nMoz Talentos", "ag"),
    ("Vaga de Analista Financeiro",
     "Olá Sam,\n\nInfelizmente não tive um retorno positivo da empresa: eles decidiram seguir com um "
     "candidato interno.\n\nAbraço,\nPri - Hunting BR", "ag"),
    ("Candidatura via consultora",
     "Caro Sam,\n\nO cliente agradece o seu interesse mas não vai avançar consigo para a fase de "
     "entrevistas.\n\nCumprimentos,\nInês - Lusa Recrutamento", "ag"),
    ("Re: vaga de babá",
     "Oi Sam, escolhemos outra babá pras crianças. Obrigada pelo interesse!\n\nFernanda", "p"),
    ("Re: Candidatura",
     "Caro Sam, desta vez não vai ser possível. Obrigado pelo interesse na nossa empresa. Cumprimentos, Luís", "p"),
    ("Re: entrevista",
     "Olá Sam, obrigado por ter vindo. Vamos ficar com outra candidata, que tem mais disponibilidade de "
     "horário.\n\nAna", "p"),
    ("Candidatura",
     "Prezado Sam,\n\nNão foi possível aproveitar seu currículo nesta oportunidade. Agradecemos o "
     "interesse.\n\nRH", "p"),
    ("Re: vaga",
     "Bom dia Sam, a vaga ja foi preenchida, mas obrigado pelo interesse em trabalhar conosco.\n\nPadaria "
     "Trigo", "p"),
    ("Processo",
     "Olá Sam, a sua candidatura não seguiu para a fase seguinte. Agradecemos a participação.\n\nRH", "p"),
    ("Re: Estágio",
     "Olá Sam, agradeço a candidatura, mas o estágio ficou com outro estudante.\n\nProf. Rocha - Laboratório", "p"),
    # --- a seventh writer: more relays, letters and notes
    ("A sua candidatura à oferta Rececionista de Hotel",
     "Olá Sam,\n\nO Hotel Baía respondeu à sua candidatura: por agora, não irá considerar o seu perfil para "
     "esta oferta.\n\nEquipa HotelJobs PT", "plat"),
    ("Uma mensagem sobre a vaga de Caixa",
     "Olá Sam,\n\nO Supermercado Econômico encerrou a seleção para Operador de Caixa. Sua candidatura não "
     "foi escolhida desta vez.\n\nEquipe Vagas Hoje", "plat"),
    ("Status: Reprovado na triagem",
     "Olá Sam,\n\nSua candidatura para Auxiliar de Logística foi reprovada na triagem inicial da empresa "
     "Expresso Sul.\n\nEquipe Sine Fácil", "plat"),
    ("Vaga de Designer - Agência Ponto",
     "Oi Sam,\n\nA Agência Ponto já escolheu quem vai ocupar a vaga de Designer. Não foi dessa vez, mas tem "
     "muita vaga boa no app!\n\nTime Freela.app", "plat"),
    ("Processo Seletivo 2027 - Resultado",
     "Prezado(a) Sam,\n\nAgradecemos sua participação. Informamos que seu perfil não foi selecionado para "
     "prosseguir no Processo Seletivo 2027.\n\nNão responda este e-mail. Contato: talentos@empresa.example", "ats"),
    ("Candidatura - Assistente de Direção",
     "Exmo. Senhor Sam Rivera,\n\nAgradecemos o interesse manifestado. Cumpre-nos comunicar que a posição "
     "foi entretanto preenchida.\n\nCom os melhores cumprimentos,\nRecursos Humanos", "ats"),
    ("Candidatura espontânea",
     "Olá Sam,\n\nObrigado pelo envio do CV. De momento não estamos a contratar para a sua área, mas "
     "guardamos o seu contacto.\n\nPeople Team | Atlântico Digital", "ats"),
    ("Sua candidatura na Leve Cosméticos",
     "Olá, Sam!\n\nCom o encerramento da vaga de Analista de Trade, sua candidatura foi finalizada sem "
     "aprovação.\n\nTime de Gente | Leve Cosméticos", "ats"),
    ("Feedback sobre a posição de Tech Lead",
     "Olá Sam,\n\nO cliente decidiu avançar com outra pessoa para a posição de Tech Lead. Obrigado pela "
     "confiança!\n\nAbs,\nTiago - Tech Recruiters", "ag"),
    ("Processo - Coordenador de Obras",
     "Caro Sam,\n\nO nosso cliente não considerou o seu perfil para a próxima fase.\n\nCumprimentos,\nAna - "
     "Obra Talent", "ag"),
    ("Atualização",
     "Oi Sam, o cliente não aprovou seu nome pra vaga de analista. Fica tranquilo que aparecem "
     "outras.\n\nDiego - Agência Trampo Bom", "ag"),
    ("Re: vaga de cozinheiro",
     "Sam, a vaga de cozinheiro ja foi preenchida. Obrigado pelo interesse e boa sorte.", "p"),
    ("Retorno da entrevista",
     "Olá Sam, obrigado pela entrevista. Decidimos que outra candidata se encaixa melhor na vaga.\n\nRH", "p"),
    ("Re: candidatura",
     "Sam, recebi seu currículo mas a vaga já fechou. Abraço!", "p"),
    ("Estágio",
     "Olá Sam, o seu pedido de estágio não pôde ser aceite porque já temos os estagiários todos.\n\nRH", "p"),
    ("Re: vaga",
     "Sam, vou ser direto: optei por outro candidato. Obrigado pela conversa!\n\nMárcio", "p"),
    ("Processo seletivo",
     "Olá Sam, seu perfil não foi compatível com a vaga de Almoxarife. Obrigado por participar!\n\nRH", "p"),
    # --- an eighth writer: relays and letters with the decision in yet other verbs
    ("Atualização da candidatura",
     "Olá Sam,\n\nA empresa Rede Farma descartou a sua candidatura para Balconista nesta seleção.\n\nEquipe "
     "Vaga Certa", "plat"),
    ("Resposta da empresa Lumiar Engenharia",
     "Olá Sam,\n\nA Lumiar Engenharia leu a sua candidatura com atenção, mas vai seguir com perfis mais "
     "séniores.\n\nEquipa ITJobz", "plat"),
    ("Sua candidatura para Garçom",
     "Olá Sam,\n\nO Bar do Porto preferiu outro candidato para a vaga de Garçom. Boa sorte nas "
     "próximas!\n\nEquipe BicoJá", "plat"),
    ("Sua candidatura foi concluída",
     "Olá Sam,\n\nO processo para Técnico de Manutenção na Usina Norte foi concluído e você não foi "
     "aprovado.\n\nEquipe Infovagas", "plat"),
    ("Candidatura | Analista Contábil",
     "Prezado Sam,\n\nAgradecemos pelo seu interesse. Após avaliarmos todos os candidatos, o seu perfil não "
     "foi o escolhido.\n\nAtenciosamente,\nTalentos | Contabilidade Sul", "ats"),
    ("Candidatura - Gestor de Projeto",
     "Caro Sam,\n\nObrigado pela sua candidatura. Neste momento decidimos avançar com candidatos cuja "
     "experiência se aproxima mais do que precisamos.\n\nTalent Acquisition | Azul Energia", "ats"),
    ("Processo Seletivo - Analista de Marketing",
     "Olá Sam,\n\nInfelizmente, seu perfil não avançou para a etapa de entrevistas.\n\nEsta é uma mensagem "
     "automática. Responda para rh@exemplo.example se tiver dúvidas.", "ats"),
    ("Sua candidatura",
     "Olá Sam,\n\nObrigado pelo interesse na Casa Verde. Infelizmente não há uma oportunidade para você "
     "neste momento.\n\nEquipe Casa Verde", "ats"),
    ("Processo com cliente",
     "Oi Sam,\n\nO cliente retornou: a vaga ficou com um profissional que já conheciam. Sigo de olho em "
     "outras oportunidades pra você.\n\nAbs,\nJu - Hunter RH", "ag"),
    ("Posição de Analista",
     "Caro Sam,\n\nLamento informar que o cliente não vai prosseguir com a sua "
     "candidatura.\n\nCumprimentos,\nNuno - Talent PT", "ag"),
    ("Re: vaga",
     "Oi Sam! Fechamos com outra pessoa pra vaga. Obrigada por tudo!\n\nAna", "p"),
    ("Re: entrevista",
     "Sam, obrigada pela conversa de ontem. Optamos por alguém com mais tempo de experiência. "
     "Sucesso!\n\nBeatriz", "p"),
    # (an estate agency is the employer here, not a flat: found since a post named before it reads as the job)
    ("Processo encerrado - Auxiliar Administrativo",
     "Olá Sam,\n\nA vaga de Auxiliar Administrativo na Imobiliária Lar foi encerrada sem a sua "
     "seleção.\n\nEquipe Infovagas", "plat"),
    ("Re: vaga de empregado de mesa",
     "Boas Sam, já temos o pessoal todo para o verão, não vai dar. Obrigado na mesma!\nZé - Marisqueira do "
     "Porto", "p"),
    ("Re: vaga de ajudante",
     "Sam, infelizmente nao vamos precisar de voce, ja arrumei um ajudante. Obrigado!", "p"),
]

# Rejections the rules still miss, each for a reason a rule would not generalise from or could not take without
# look-alikes following: a note with no job word at all ("já contratamos", "outra pessoa foi escolhida pro time", "não
# vais avançar para a próxima fase" from a startup: also a pitch contest's), a job board's odd verb ("não vai contratar
# através da sua candidatura"), an academic ranking ("não foi graduada em lugar elegível"), a finalist chosen after a
# panel with no other job word, a weaker decision with nothing said of the reader ("o estágio já está ocupado", "não
# vamos contratar para essa função": also what a friend or a job board writes), slang for a filled team ("já temos o
# pessoal todo"), a trade as the other person ("outro cozinheiro", "seguiram com outro técnico": also a removal or a
# repair quote), the employer's words relayed in single quotes after a colon (the shared reader empties them as a
# citation), "não vamos precisar de você" (also a shift called off), "a contratação" or "a sua colocação" with no word
# that names a post, a company whose name reads as no job ("Imobiliária": the shared not-a-job veto), the first person
# singular "já peguei outro pedreiro" (also "peguei outro estudante para a tarde"), "não temos interesse no momento"
# (also a company declining a recruiter's invitation), "não há vagas no momento" (also a gym's or a course's),
# "o lugar já não está disponível" and "já temos estagiário" (also a parking space, a team's news).
# Strict xfails: when one starts passing, move it to REJECTIONS.
KNOWN_GAPS = [
    ("Informação sobre a oferta 'Cozinheiro de 2.ª'",
     "Olá Sam,\n\nO empregador Tasca do Largo fechou a oferta 'Cozinheiro de 2.ª' e indicou que não vai "
     "contratar através da sua candidatura.\n\nEquipa OfertasPT", "plat"),
    ("Feedback - Projeto Consultoria SAP",
     "Olá Sam,\n\nO cliente final analisou os perfis submetidos e escolheu outro consultor para o projeto. "
     "Não será desta, mas conto consigo para as próximas oportunidades.\n\nCumprimentos,\nRaquel\nITPeople "
     "Outsourcing", "ag"),
    ("Candidatura para Professor Auxiliar",
     "Caro Doutor Sam Rivera,\n\nVenho, em nome do júri, comunicar-lhe que a sua candidatura ao lugar de "
     "Professor Auxiliar não foi graduada em lugar elegível para contratação.\n\nCom os melhores "
     "cumprimentos,\nSecretariado do Concurso", "p"),
    ("Painel com a diretoria",
     "Caro Sam,\n\nApós o painel com a diretoria, concluímos que seguiremos com outra finalista. Quero "
     "agradecer-lhe o empenho em todas as fases.\n\nCumprimentos,\nLuísa Carvalho\nHead of People, Fintech "
     "Andorinha", "p"),
    ("Re: prova prática",
     "Olá Sam, a prova prática de cozinha não correu como esperávamos e vamos optar por outro cozinheiro. "
     "Obrigado por teres vindo.\nChef Rui", "p"),
    ("Re: estagio",
     "Ola Sam, o estagio ja esta ocupado, desculpe. Att Marta", "p"),
    ("Re: trabalho",
     "Boa tarde Sam. Lamento mas ja contratamos. Cumprimentos", "p"),
    ("Processo",
     "Oi Sam! Dessa vez não rolou, mas adoramos te conhecer. Outra pessoa foi escolhida pro "
     "time.\n\nBeijos,\nCarol - Dona Flor Doces", "p"),
    ("Processo",
     "Olá Sam,\n\nNão vais avançar para a próxima fase, desculpa. Foi muito renhido!\n\nAbraço,\nTiago - "
     "Startup Gaivota", "p"),
    ("Re: Vaga",
     "Olá Sam, agradecemos o contato, mas no momento não vamos contratar para essa função.\n\nAtt,\nGeraldo", "p"),
    ("Feedback da empresa",
     "Sam, a empresa Lavanderia Bolha deixou um feedback: 'Obrigado pelo interesse, mas a vaga já foi "
     "preenchida.'\n\nEquipe Bico Certo", "plat"),
    ("Vaga de Técnico de Manutenção - feedback",
     "Olá Sam,\n\nTive o retorno da empresa cliente e eles seguiram com outro técnico, que já conhecia os "
     "equipamentos.\n\nAbraço,\nJuliana - Talentos Industriais", "ag"),
    ("Retorno",
     "Olá Sam, tudo bem? Sei que você estava esperando um retorno: a gente decidiu não seguir com a "
     "contratação agora. Desculpa a demora!\n\nFer", "p"),
    ("Trabalho temporário",
     "Olá Sam,\n\nO cliente já não precisa de reforços para o armazém, pelo que a sua colocação não vai "
     "avançar.\n\nCumprimentos,\nEquipa Temp Norte", "ag"),
    ("Re: vaga de pedreiro",
     "Sam, ja peguei outro pedreiro pra obra. Valeu!", "p"),
    ("Re: candidatura",
     "Ola Sam, obrigado mas nao temos interesse no momento. Att", "p"),
    ("Re: Currículo",
     "Olá Sam. Infelizmente não há vagas no momento. Obrigado pelo contacto.", "p"),
    ("Re: candidatura",
     "Caro Sam, obrigado pelo interesse, mas o lugar já não está disponível.\n\nCumprimentos, Carlos", "p"),
    ("Re: vaga de estágio",
     "Oi Sam, já temos estagiário para este semestre. Boa sorte!\n\nLéo", "p"),
]

NON_REJECTIONS = [
    # --- application received / acknowledgement by ATS and platforms
    ("Candidatura recebida - Técnico de Segurança",
     "Olá Sam,\n\nA Cimentos Beira recebeu a sua candidatura para Técnico de Segurança. A empresa vai "
     "analisar o seu perfil nas próximas semanas.\n\nEquipa Emprego Já PT", "plat"),
    ("Confirmação de inscrição",
     "Prezado(a) Sam,\n\nConfirmamos o recebimento da sua inscrição no processo seletivo #88213. Caso seu "
     "perfil seja aprovado na triagem, entraremos em contato.\n\nNão responda a este e-mail.\nGrão Forte", "ats"),
    ("Recebemos o seu CV",
     "Caro Sam,\n\nAgradecemos o envio do seu CV, que será analisado com atenção. Caso não receba notícias "
     "em 30 dias, considere que a sua candidatura não foi selecionada.\n\nRH Construções Tâmega", "ats"),
    ("A empresa visualizou seu currículo",
     "Olá Sam,\n\nA empresa Fala Mais Contact Center visualizou seu currículo para Operador de "
     "Telemarketing. Boa sorte!\n\nEquipe EmpregaBR", "plat"),
    ("Sua candidatura foi enviada",
     "Sam, sua candidatura para Analista de Pricing na Atacarejo Sol foi enviada.\n\nVocê recebeu este "
     "e-mail porque se candidatou pelo LinkedIm.", "plat"),
    # --- invitations, next steps, offers
    ("Convite para entrevista",
     "Olá Sam,\n\nA Marítima Açores gostaria de agendar uma entrevista consigo para a posição de Oficial de "
     "Convés. Escolha um horário no link.\n\nEnviado via Teamtaylor", "plat"),
    ("Você passou para a próxima etapa!",
     "Oi Sam!\n\nVocê foi aprovado na dinâmica de grupo e seguirá para a entrevista com o gestor. Não foi "
     "fácil, muitos candidatos não passaram!\n\nRH Supermercados Mandacaru", "ats"),
    ("Proposta de trabalho",
     "Caro Sam,\n\nTemos o prazer de lhe apresentar a nossa proposta para a função de Técnico de Vendas. "
     "Outros candidatos não foram considerados, pois a escolha recaiu sobre si.\n\nAuto Lusitânia", "p"),
    ("Resultado do case",
     "Sam,\n\nO time de engenharia revisou o seu case e ele atingiu todos os critérios. Vamos marcar a "
     "entrevista técnica!\n\nDiego - Banco Pardal", "p"),
    ("Você foi selecionado",
     "Olá Sam,\n\nParabéns! Você foi selecionado para a vaga de Agrônomo Júnior. Os demais candidatos já "
     "foram comunicados.\n\nTime Vaga Certa", "plat"),
    ("Convite - Painel",
     "Caro Sam,\n\nApós a entrevista com a equipa, decidimos avançar consigo para o painel com a direção. "
     "Consegue na quinta às 10h?\n\nLuísa Carvalho", "p"),
    ("Resultado do teste de inglês",
     "Olá Sam,\n\nO resultado da sua avaliação de inglês ficou acima do nível exigido. Seguimos para a "
     "entrevista presencial!\n\nRH Voa Brasil", "p"),
    ("Admissão",
     "Olá Sam, seja bem-vindo! Não esqueça de trazer a carteira de trabalho no primeiro dia.\n\nRH "
     "Frigorífico Boi Bom", "p"),
    # --- the reader withdrawing / declining, and the company confirming it
    ("Re: desistência do processo",
     "Olá Sam,\n\nRecebemos sua mensagem informando que não deseja seguir no processo seletivo. Respeitamos "
     "sua decisão e encerramos sua candidatura conforme solicitado.\n\nRH Grupo Cedro", "p"),
    ("Confirmação de retirada da candidatura",
     "Caro Sam,\n\nConfirmamos que, a seu pedido, a sua candidatura à função de Analista de Risco foi "
     "retirada do processo de recrutamento.\n\nCumprimentos,\nRH Banco Caravela", "ats"),
    ("Re: Proposta",
     "Oi Sam, que pena que você decidiu recusar nossa proposta! Entendemos totalmente. As portas seguem "
     "abertas.\n\nAbs,\nNina - Kombi Labs", "p"),
    ("Re: não vou poder continuar",
     "Olá Sam, sem problemas. Lamentamos que não possa avançar connosco, boa sorte no novo "
     "projeto.\n\nCatarina", "p"),
    ("Re: candidatura retirada",
     "Olá Sam,\n\nConforme o seu pedido, removemos a sua candidatura da oferta 'Cozinheiro de "
     "2.ª'.\n\nEquipa OfertasPT", "plat"),
    ("Re: proposta da Onça Bank",
     "Sam, entendi que você optou por outra empresa e não seguirá conosco. Sucesso na nova jornada!\n\nTime "
     "de Atração", "p"),
    ("Re: Entrevista",
     "Oi Sam, tudo bem, entendo que o salário não atende o que você procura e que prefere não continuar. "
     "Obrigado pela sinceridade.\n\nRoberta", "ag"),
    # --- a decision about someone else
    ("Candidatos da vaga de Comprador",
     "Sam, como gestor da vaga, preciso que você me ajude: decidimos não seguir com o Pedro e a Ana. Pode "
     "avisá-los hoje?\n\nRoberta - RH", "p"),
    ("Sobre o seu indicado",
     "Oi Sam, obrigado por indicar o Caio. Infelizmente ele não foi aprovado na entrevista técnica, mas "
     "valeu muito a indicação!\n\nTime de Talent - Tucano Pay", "p"),
    ("Feedback dos candidatos que entrevistaste",
     "Olá Sam,\n\nObrigado pelas entrevistas de ontem. Com base no teu feedback, não vamos avançar com a "
     "candidata das 15h.\n\nRita - People", "p"),
    ("Re: o Luís",
     "Sam, o seu colega Luís não foi escolhido para a promoção a coordenador, mas ainda não lhe contámos. "
     "Guarde segredo.\n\nRH", "p"),
    ("Minha irmã",
     "Oi Sam, a minha irmã não passou no processo da Onça Bank, ela tá arrasada. Me ajuda a animar "
     "ela?\n\nBia", "p"),
    ("Candidato que apresentaste",
     "Olá Sam,\n\nO candidato que a tua consultora apresentou não foi aprovado pelo nosso diretor. Tens mais "
     "perfis?\n\nHugo - RH Cimentos", "p"),
    ("Re: status da vaga de estágio",
     "Sam, a vaga de estágio da sua equipe foi preenchida pela Júlia, que começa na segunda. Pode preparar o "
     "notebook?\n\nRH", "p"),
    ("Vaga do teu primo",
     "Olá Sam, infelizmente a candidatura do teu primo não foi selecionada. Diz-lhe que pode tentar de novo "
     "em junho.\n\nMafalda", "p"),
    # --- suppliers, tenders, quotes, freelance proposals
    ("Resultado do concurso público",
     "Exmo. Senhor,\n\nNotifica-se que a proposta apresentada pela sua empresa no concurso público n.º "
     "14/2026 não foi selecionada para adjudicação.\n\nO Júri do Procedimento", "p"),
    ("Orçamento de pintura",
     "Olá Sam, obrigado pelo orçamento, mas decidimos seguir com outro fornecedor que fez um preço "
     "melhor.\n\nCondomínio Jardins", "p"),
    ("Proposta de freelance",
     "Oi Sam, adoramos seu portfólio, mas optamos por outro ilustrador para o projeto do livro. "
     "Obrigada!\n\nEditora Papagaio", "p"),
    ("Licitação",
     "Prezado Sam, sua empresa foi desclassificada no pregão eletrônico 22/2026 por falta de certidão "
     "negativa.\n\nPregoeiro", "p"),
    ("Cotação de frete",
     "Olá Sam, não vamos fechar com a sua transportadora desta vez, o frete ficou acima do "
     "orçamento.\n\nCompras - Atacadão Leste", "p"),
    ("Proposta de parceria",
     "Caro Sam, agradecemos a proposta de parceria, mas não vamos avançar com ela este ano.\n\nMarketing "
     "Banco Caravela", "p"),
    ("Fornecedor homologado",
     "Olá Sam, a sua empresa não foi aprovada no processo de homologação de fornecedores.\n\nSuprimentos", "p"),
    ("Projeto de tradução",
     "Olá Sam, o cliente escolheu outro tradutor para o manual técnico. Obrigado pela cotação!\n\nAgência de "
     "Traduções Babel", "p"),
    # --- course, school, flat, loan, grant, volunteer, visa refusals
    ("Candidatura ao mestrado",
     "Caro Sam, lamentamos informar que a sua candidatura ao Mestrado em Gestão não foi aceite para o ano "
     "letivo 2027/28.\n\nServiços Académicos", "p"),
    ("Bolsa de estudos",
     "Olá Sam, sua solicitação de bolsa de estudos não foi aprovada neste semestre.\n\nSecretaria", "p"),
    ("Arrendamento",
     "Olá Sam, o senhorio optou por outro inquilino para o T2 da Rua da Alegria. Obrigado pelo "
     "interesse.\n\nImobiliária Casa Nova", "p"),
    ("Proposta de aluguel",
     "Olá Sam, o proprietário escolheu outra proposta para o apartamento. Temos outras "
     "opções!\n\nImobiliária Lar", "p"),
    ("Pedido de crédito",
     "Caro Sam, após análise, o seu pedido de crédito habitação não foi aprovado.\n\nBanco Kianda", "p"),
    ("Voluntariado",
     "Olá Sam, obrigado pela inscrição como voluntário. As vagas para o festival já foram todas "
     "preenchidas.\n\nEquipa Voluntários", "p"),
    ("Visto de trabalho",
     "Caro Sam, o seu pedido de visto de trabalho foi indeferido por falta de documentação.\n\nConsulado", "p"),
    ("Inscrição na academia",
     "Oi Sam, as vagas da turma de natação das 7h estão preenchidas. Quer entrar na lista de "
     "espera?\n\nAcademia Corpo Livre", "p"),
    ("Candidatura ao programa de aceleração",
     "Olá Sam, a sua startup não foi selecionada para o programa de aceleração deste ano.\n\nStartup Lisboa", "p"),
    ("Bolsa de investigação",
     "Caro Sam, a candidatura ao financiamento do projeto não foi contemplada no concurso "
     "FCT-like.\n\nGabinete de Apoio", "p"),
    ("Matrícula",
     "Olá Sam, infelizmente não conseguimos vaga para o seu filho na creche este ano.\n\nCreche Pirilampo", "p"),
    ("Artigo submetido",
     "Prezado Sam, seu artigo não foi aceito para publicação na revista. Seguem os pareceres.\n\nEditor", "p"),
    ("Alerta de emprego",
     "Olá Sam, há 5 novas ofertas de Cozinheiro na sua zona. A oferta da Tasca do Largo já não está "
     "disponível.\n\nEquipa OfertasPT", "plat"),
    ("Oportunidade de Head de Vendas",
     "Olá Sam, sou headhunter e tenho uma posição de Head de Vendas num cliente do setor farmacêutico. "
     "Podemos falar?\n\nFred - Find Executivos", "ag"),
    ("Newsletter Carreira",
     "Nesta semana: como lidar com um 'não seguiremos com a sua candidatura' e 5 erros que fazem você ser "
     "reprovado na entrevista.\n\nBlog Carreira Já", "plat"),
    ("Dicas para sua busca",
     "Oi Sam, sabia que 70% dos candidatos são reprovados na triagem por currículo mal formatado? Veja nosso "
     "guia.\n\nTime Vaga Certa", "plat"),
    ("Webinar",
     "Olá Sam, participe do nosso webinar: 'Fui recusado, e agora?' Quinta, 19h.\n\nComunidade RH", "plat"),
    # --- a process that continues / on hold / no decision yet
    ("Atualização do processo",
     "Olá Sam,\n\nO processo para Coordenador de Manutenção está a demorar mais do que o previsto. Ainda não "
     "há decisão; daremos notícias até ao fim do mês.\n\nGrupo Maré Alta", "ats"),
    ("Processo em pausa",
     "Oi Sam, a vaga ficou em stand-by por duas semanas por causa do orçamento, mas seu processo continua. "
     "Assim que retomar te aviso.\n\nLuana", "p"),
    ("Retorno do cliente",
     "Olá Sam, o cliente ainda está avaliando os finalistas. Você continua no processo!\n\nThaís - Ponte "
     "Recrutamento", "ag"),
    ("Re: posição de Diretor Financeiro",
     "Caro Sam, o nosso cliente gostou muito e quer uma segunda reunião consigo. Os outros finalistas não "
     "avançaram.\n\nAfonso Teles", "ag"),
    ("Candidatura - outra vaga",
     "Olá Sam, a vaga de Analista de Marketing foi cancelada, mas gostaríamos de considerar você para a vaga "
     "de Analista de CRM. Tem interesse?\n\nRH Cosméticos Jasmim", "p"),
    ("Talent pool",
     "Olá Sam, obrigado por se juntar à nossa talent pool! Avisaremos quando abrirem vagas.\n\nPastel Labs", "ats"),
    ("Lista de espera",
     "Caro Sam, ficou em 2.º lugar na lista de ordenação final. Se o primeiro classificado desistir, será "
     "contactado.\n\nO Júri", "p"),
    ("Processo seletivo",
     "Olá Sam, a etapa de dinâmica foi remarcada para segunda-feira. Os candidatos que não puderem "
     "comparecer devem avisar.\n\nRH Supermercados Mandacaru", "ats"),
    # --- ordinary work / internal mails using the same words
    ("Reunião de orçamento",
     "Pessoal, a diretoria congelou as compras de equipamentos até o fim do trimestre. Segurem os "
     "pedidos.\n\nFinanceiro", "p"),
    ("Vaga de estacionamento",
     "Sam, a vaga 23 da garagem foi atribuída a outro condómino. Pode usar a 31.\n\nAdministração", "p"),
    ("Reestruturação da equipa",
     "Caros colegas, com a reestruturação a equipa de marketing passa a reportar à direção comercial. "
     "Nenhuma posição deixa de existir.\n\nRH", "p"),
    ("Re: pedido de férias",
     "Sam, infelizmente não foi possível aprovar as suas férias em agosto. Veja outra data?\n\nGestora", "p"),
    ("Avaliação de desempenho",
     "Olá Sam, a sua avaliação de desempenho ficou abaixo do esperado neste ciclo; vamos conversar "
     "amanhã.\n\nGestor", "p"),
    ("Pedido de reembolso",
     "Olá Sam, o seu pedido de reembolso da viagem foi recusado por falta de nota fiscal.\n\nFinanceiro", "p"),
    ("Sorteio",
     "Olá Sam, não foi desta vez! Seu nome não foi sorteado no sorteio do fim de semana.\n\nLoja Sorte", "p"),
    ("Jogo de futebol",
     "Sam, infelizmente não passamos para a final, perdemos nos pênaltis. Cerveja depois?\n\nGuto", "p"),
    ("Concurso de receitas",
     "Olá Sam, a sua receita não foi escolhida para a final do concurso de culinária. Obrigado por "
     "participar!\n\nRevista Sabores", "p"),
    ("Devolução de produto",
     "Olá Sam, sua solicitação de troca foi recusada, pois o prazo de 7 dias expirou.\n\nLoja Online", "p"),
    ("Cartão de crédito",
     "Olá Sam, a sua solicitação de aumento de limite não foi aprovada desta vez.\n\nBanco Digital", "p"),
    ("Seguro",
     "Caro Sam, o sinistro reportado não foi aceite pela seguradora por estar fora da "
     "cobertura.\n\nSeguradora Horizonte", "p"),
    ("Reserva do restaurante",
     "Olá Sam, infelizmente não temos mesa disponível para sábado às 20h.\n\nRestaurante Sabor da Terra", "p"),
    ("Promoção interna",
     "Olá Sam, parabéns! Você foi escolhido para a vaga de coordenador. Os outros candidatos internos já "
     "foram avisados.\n\nRH", "p"),
    # --- hiring side: the reader is the recruiter / hiring manager
    ("Triagem concluída",
     "Sam, terminei a triagem: 40 candidatos reprovados, 6 seguem para entrevista. A lista está no "
     "drive.\n\nJéssica - Tech Hunters", "p"),
    ("Comunicar candidatos",
     "Olá Sam, por favor envie hoje o e-mail padrão de 'não seguiremos com sua candidatura' para os "
     "reprovados do case.\n\nGestora de RH", "p"),
    ("Template de recusa",
     "Oi Sam, segue o novo template para candidatos não aprovados. Revisa o tom?\n\nTalent Team", "p"),
    ("Vaga fechada",
     "Sam, fechamos a vaga de backend com a Camila! Obrigado por ter entrevistado os finalistas.\n\nBeto", "p"),
    # --- platform notices that decide nothing about the reader
    ("Vaga expirada",
     "Olá Sam, a vaga de Garçom que você salvou expirou. Veja vagas semelhantes.\n\nEquipe Vagas Rápidas", "plat"),
    ("Seu perfil está incompleto",
     "Olá Sam, perfis sem foto têm menos chances de ser selecionados. Complete o seu perfil!\n\nEquipe "
     "ServJobs", "plat"),
    ("Candidaturas da semana",
     "Olá Sam, você se candidatou a 4 vagas esta semana. 2 estão em análise e 2 aguardam triagem.\n\nEquipe "
     "Talentos Online", "plat"),
    ("Status atualizado",
     "Olá Sam, o status da sua candidatura na Confecções Aurora mudou para: Entrevista agendada.\n\nEquipe "
     "Sine Fácil", "plat"),
    ("Teste online",
     "Olá Sam, você ainda não fez o teste online da vaga de Auxiliar de Almoxarifado. Sem ele, a empresa não "
     "poderá avaliar sua candidatura.\n\nEquipe Conecta Vagas", "plat"),
    ("Lembrete",
     "Oi Sam, sua entrevista com a Ótica Foco é amanhã às 9h. Não se atrase!\n\nEquipe Talentos Online", "plat"),
    # --- agencies with good or neutral news
    ("Trabalho temporário",
     "Bom dia Sam, a empresa utilizadora aceitou a sua colocação no armazém. Começa segunda às "
     "8h.\n\nTemporária Já", "ag"),
    ("Vaga de Cuidadora",
     "Olá Sam, a família gostou muito do seu perfil e quer marcar uma entrevista.\n\nAgência Cuidar Bem", "ag"),
    ("Outro cliente",
     "Oi Sam, o cliente anterior não abriu a vaga ainda, mas tenho outra posição que combina com você. Bora "
     "conversar?\n\nRoberta", "ag"),
    ("Resultado do teste de solda",
     "Sam, você passou no teste prático de solda! O cliente quer te contratar.\n\nAdemir - Mão de Obra Sul", "ag"),
    # --- curt messages that are no job decision
    ("Re: reunião",
     "nao vai dar hoje, fica pra amanha. abs", "p"),
    ("Re: almoço",
     "Sam, desta vez não vai dar, tenho médico. Próxima semana?", "p"),
    ("Re: orçamento",
     "Ja fechamos com outro fornecedor, obg", "p"),
    ("Re: apartamento",
     "o apartamento ja foi alugado, desculpa", "p"),
    ("Re: convite",
     "Obrigado pelo convite, Sam, mas não vou poder participar do painel. Abraço", "p"),
    # --- a second writer: platform and agency notices that decide nothing against the reader, and no-job refusals
    ("Candidatura recebida",
     "Olá Sam,\n\nA Têxtil Paraíso recebeu sua candidatura para Tecelão. O recrutador dará retorno em até 10 "
     "dias.\n\nEquipe VagaFácil", "plat"),
    ("Sua candidatura mudou de status",
     "Olá Sam!\n\nSua candidatura para Auxiliar de Cozinha mudou de status: Em entrevista.\n\nAcesse o app.", "plat"),
    ("Você foi selecionado para entrevista",
     "Olá Sam,\n\nA empresa NetSul selecionou você para a entrevista de Técnico de Redes. Outros candidatos "
     "não avançaram.\n\nEquipe Vagas TI", "plat"),
    ("Convite para a fase final",
     "Caro Sam,\n\nO nosso cliente aprovou a sua candidatura para a fase final! Vamos marcar a "
     "reunião.\n\nHelena - Search & Select", "ag"),
    ("Re: desistência",
     "Caro Sam,\n\nLamentamos a sua decisão de não prosseguir com o processo. Fica registado.\n\nRicardo Sá", "ag"),
    ("Re: minha candidatura",
     "Oi Sam, claro, cancelamos sua candidatura como você pediu. Boa sorte no novo emprego!\n\nTime de Gente", "p"),
    ("Indicação",
     "Oi Sam, o seu indicado não foi aprovado na entrevista. Obrigado por lembrar da gente!\n\nRH", "p"),
    ("Triagem",
     "Sam, precisamos que você avise os candidatos não aprovados da vaga de Estoquista até "
     "amanhã.\n\nGerente", "p"),
    ("Proposta de serviço",
     "Olá Sam, decidimos seguir com outro fornecedor de limpeza. Obrigado pelo orçamento.\n\nCondomínio "
     "Flores", "p"),
    ("Casting",
     "Olá Sam, você não foi selecionado para o comercial de TV desta vez. Obrigado pela audição.\n\nAgência "
     "de Casting Luz", "p"),
    ("Inscrição na maratona",
     "Olá Sam, as vagas para a maratona esgotaram e a sua inscrição não foi confirmada.\n\nOrganização", "p"),
    ("Empréstimo",
     "Olá Sam, seu pedido de empréstimo não foi aprovado nesta análise.\n\nBanco Cerrado", "p"),
    ("Alerta",
     "Olá Sam, 8 novas vagas de Estoquista foram publicadas hoje na sua região.\n\nEquipe Vaga Já", "plat"),
    ("Processo continua",
     "Olá Sam, o cliente pediu mais uma semana para decidir. Você segue no processo!\n\nBianca - Agência "
     "Rumo", "ag"),
    ("Re: vaga",
     "Oi Sam, a vaga continua aberta, pode mandar o currículo até sexta!\n\nFer", "p"),
    ("Equipe",
     "Sam, a nova recepcionista começa segunda. A vaga foi preenchida pela Carla Dias.\n\nGerência Hotel "
     "Estrela", "p"),
    ("Resultado",
     "Olá Sam, seu filho não foi selecionado para o time sub-15 desta temporada.\n\nEscolinha de Futebol", "p"),
    ("Reunião",
     "Pessoal, decidimos não seguir com o projeto de reforma este ano. Obrigado a todos.\n\nDiretoria", "p"),
    ("Oferta",
     "Olá Sam, temos o prazer de lhe oferecer a posição de Analista de Dados. Os outros finalistas já foram "
     "informados.\n\nTalent Team | Lisboa Analytics", "ats"),
    ("Sua avaliação",
     "Olá Sam, você foi aprovado no teste técnico e seguirá para a entrevista final.\n\nTime de Gente", "ats"),
    # --- near misses of this sweep's rules: a rescheduled interviewer, the reader declining, a stage passed with
    # others, a condition still open, the hiring side's news, a supplier or a removal quote
    ("Re: disponibilidade",
     "Olá Sam, não vamos conseguir aproveitar a sua disponibilidade de terça; pode ser quarta às 10h?\n\nRH "
     "Loja Ipê", "p"),
    ("Re: desistência",
     "Olá Sam, entendemos. Como pediu, não vamos seguir com a sua candidatura. Boa sorte no novo "
     "emprego!\n\nRH", "p"),
    ("Re: proposta",
     "Oi Sam, que pena que você recusou. A vaga seguirá com outros candidatos do processo. Sucesso!\n\nTime "
     "de Gente", "p"),
    ("Avanço",
     "Parabéns, Sam! Avançaram para a fase final você e outros três candidatos. A entrevista é sexta.\n\nRH "
     "Banco Cerrado", "ats"),
    ("Fase final",
     "Olá Sam, seguiram para a fase final você e outras duas pessoas. Vamos marcar a conversa com o "
     "diretor.\n\nRH", "ats"),
    ("Entrevista remarcada",
     "Olá Sam, decidimos que a sua entrevista será com outro gerente, o Rui, na mesma data.\n\nRH Hotel "
     "Estrela", "p"),
    ("Gestores",
     "Olá Sam, os gestores ficaram muito bem impressionados e querem que conheça outras pessoas da equipa na "
     "quinta.\n\nRH", "p"),
    ("Documentos",
     "Olá Sam, a sua candidatura não poderá seguir até recebermos o certificado de habilitações.\n\nRH", "ats"),
    ("Documentos",
     "Olá Sam, sua candidatura não pode seguir para a análise enquanto o formulário estiver "
     "incompleto.\n\nRH", "ats"),
    ("Admissão",
     "Olá Sam, parabéns pela aprovação! Para a sua admissão, envie os documentos. Os demais candidatos não "
     "foram selecionados.\n\nRH", "ats"),
    ("Contratação",
     "Oi Sam, a sua contratação foi aprovada pela diretoria! Os outros finalistas já foram avisados.\n\nRH", "p"),
    ("Estágio",
     "Olá Sam, o estágio do seu filho já está preenchido com a documentação; falta só a "
     "assinatura.\n\nEscola", "p"),
    ("Processo",
     "Olá Sam, o seu processo para por aqui até a diretoria voltar de férias; depois retomamos a entrevista "
     "final.\n\nRH", "p"),
    ("Equipe",
     "Sam, o cliente seguiu com outro consultor no projeto de migração; você fica no projeto de BI, "
     "ok?\n\nGerente", "p"),
    ("Internamente",
     "Pessoal, contratamos internamente a Carla para a coordenação. Parabéns, Carla!\n\nRH", "p"),
    ("Re: vaga",
     "Sam, fechamos a vaga internamente com o João do financeiro. Obrigado pelas entrevistas!\n\nGestora", "p"),
    ("Candidato",
     "Sam, o candidato que indicaste: o teu perfil... quer dizer, o perfil dele não é o que a equipa "
     "procura.\n\nRH", "p"),
    ("Triagem",
     "Sam, informe os candidatos não selecionados até sexta, por favor.\n\nRH", "p"),
    ("Período de experiência",
     "Olá Sam, o seu período de experiência terminou e vamos efetivar você a partir de segunda! "
     "Parabéns.\n\nRH", "p"),
    ("Colaborador",
     "Sam, não vamos efetivar o Pedro após o período de experiência. Pode conversar com ele?\n\nRH", "p"),
    ("Dinâmica",
     "Olá Sam, a dinâmica de grupo foi remarcada para quinta. Os outros candidatos já foram avisados.\n\nRH", "ats"),
    ("Fit",
     "Oi Sam, o fit com o time foi ótimo! Vamos seguir adiante com você para a proposta.\n\nNina", "p"),
    ("Seu nome",
     "Olá Sam, o seu nome não foi incluído no convite da festa por engano, desculpe!\n\nRH", "p"),
    ("Lista",
     "Olá Sam, seu nome não entrou na lista do sorteio de fim de ano.\n\nRH", "p"),
    ("Congelamento",
     "Equipa, a direção congelou as novas contratações para o trimestre; os processos em curso "
     "continuam.\n\nRH", "p"),
    ("Reunião",
     "Sam, vamos interromper o seu processo de avaliação de desempenho até a gestora voltar.\n\nRH", "p"),
    ("Vaga de admissão",
     "Olá Sam, não temos vaga para admissão do seu filho na creche este ano.\n\nCreche Sol", "p"),
    ("Pedido",
     "Olá Sam, a empresa deixou de considerar o seu pedido de reembolso após o prazo.\n\nFinanceiro", "p"),
    ("Oferta",
     "Caro Sam, a escolha da empresa recaiu sobre o seu perfil! Parabéns.\n\nRH", "p"),
    ("Passou",
     "Olá Sam! Infelizmente não passou na entrevista o outro candidato, então a vaga é sua!\n\nRH", "p"),
    ("Cliente",
     "Olá Sam, o cliente não vai seguir com o seu nome para a vaga de júnior, mas quer você na vaga "
     "sênior!\n\nBianca - Agência Rumo", "ag"),
    ("Ajudante",
     "Sam, não vamos precisar de você amanhã na loja, pode folgar.\n\nGerente", "p"),
    ("Processo",
     "Sam, o seu processo de reembolso foi interrompido por falta de nota fiscal.\n\nFinanceiro", "p"),
    ("Promotores",
     "Sam, a empresa cliente já fechou o quadro de promotores para a campanha; você está confirmado no turno "
     "da manhã.\n\nPromo Temp", "ag"),
    ("Técnico",
     "Olá Sam, eles seguiram com outro técnico para a instalação do ar condicionado.\n\nCondomínio", "p"),
    ("Fornecedor",
     "Olá Sam, vamos optar por outro fornecedor de uniformes neste ano.\n\nCompras", "p"),
    ("Motorista",
     "Sam, fechamos com outro motorista para a mudança de sábado, o teu orçamento ficou alto.\n\nAna", "p"),
    # --- near misses of the context words and pronoun rules: a workshop's places, an intern's end, a requisition,
    # an exemption, a gym, a headline question, a trial period extended, a parking space
    ("Vagas",
     "Olá Sam, as vagas do workshop de currículo esgotaram; você não foi selecionado no "
     "sorteio.\n\nComunidade RH", "plat"),
    ("Estágio",
     "Oi Sam, o estágio da Bia terminou e decidimos não prosseguir com ela. Pode avisar a "
     "faculdade?\n\nGestora", "p"),
    ("Contratações",
     "Olá Sam, a diretoria congelou todas as novas contratações. Por isso a sua requisição de vaga para "
     "analista está suspensa.\n\nRH", "p"),
    ("Requisição",
     "Sam, vamos interromper o seu processo de requisição de pessoal até o orçamento sair.\n\nRH", "p"),
    ("Perfil",
     "Olá Sam, o perfil do candidato que você enviou não é o que a empresa procura. Tem outros?\n\nCliente", "p"),
    ("Fornecedor",
     "Olá Sam, o seu perfil de fornecedor não é o que procuramos neste momento.\n\nCompras", "p"),
    ("Sobre o Rui",
     "Sam, o currículo do Rui chegou. Optamos por não avançar com ele, já tem outra proposta.\n\nRH", "p"),
    ("Teste",
     "Olá Sam, você foi dispensado da prova de inglês porque já tem certificado. Entrevista na quinta.\n\nRH", "ats"),
    ("Consideração",
     "Olá Sam, a empresa deixou de considerar o seu perfil como júnior e agora quer avaliá-lo para a vaga "
     "sénior!\n\nRH", "ats"),
    ("Concurso",
     "Olá Sam, o seu colega não logrou aprovação na prova escrita.\n\nSecretaria", "p"),
    ("Admissão",
     "Olá Sam, não temos vaga para admissão no ginásio este mês, mas pode ficar na lista de "
     "espera.\n\nGinásio", "p"),
    ("Seguimento",
     "Caro Sam, não lhe podemos dar seguimento ao pedido de férias.\n\nRH", "p"),
    ("Agenda",
     "Oi Sam, não vou poder te encaminhar o contrato hoje, envio amanhã cedo!\n\nRH", "p"),
    ("Colocação",
     "Olá Sam, não vai ser possível colocá-lo no turno da noite, fica no turno da manhã a partir de "
     "segunda.\n\nRH", "ag"),
    ("Entrevista",
     "Não passou na entrevista? Veja 5 dicas para a próxima.\n\nBlog Carreira", "plat"),
    ("Resultado",
     "Não passou na entrevista da Onça Bank o Pedro, mas a Ana sim.\n\nRH", "p"),
    ("Contratação",
     "Oi Sam, a gente decidiu não seguir com a contratação da empresa de limpeza.\n\nAdministração", "p"),
    ("Vaga",
     "Olá Sam, a vaga seguirá com outros candidatos além de você para a fase final.\n\nRH", "ats"),
    ("Escolha",
     "Olá Sam, a escolha da empresa não recaiu sobre o seu orçamento, e sim sobre o de outro "
     "fornecedor.\n\nCompras", "p"),
    ("Integração",
     "Olá Sam, não será possível chamá-lo para a integração na segunda; será na terça.\n\nRH", "ats"),
    ("Efetivação",
     "Sam, não vamos efetivar você ainda; o período de experiência foi prorrogado por 45 dias.\n\nRH", "p"),
    ("Convite",
     "Olá Sam, seu nome não foi incluído na lista de convidados do evento por engano. Já "
     "corrigimos!\n\nEventos", "p"),
    ("Requisitos",
     "Sam, o candidato Rui não atende aos requisitos da vaga, mas a candidata Ana sim.\n\nRH", "p"),
    ("Atualização",
     "Olá Sam, a sua candidatura foi analisada com atenção e agora segue para a entrevista; não se esqueça "
     "do portfólio.\n\nRH", "ats"),
    ("Escolha",
     "Oi Sam, vamos escolher outra data para a entrevista, pode ser?\n\nRH", "p"),
    ("Equipa",
     "Sam, contratamos internamente a Joana. Podes preparar o onboarding dela?\n\nRH", "p"),
    ("Estágio",
     "Olá Sam, o estágio de verão já está ocupado pelo seu colega Rui.\n\nRH", "p"),
    ("Vagas",
     "Olá Sam, todas as vagas do estacionamento foram preenchidas.\n\nCondomínio", "p"),
    # --- fifth writer: relays that decide nothing against the reader
    ("Status da candidatura",
     "Olá Sam, o status da sua candidatura na Soft Sul foi alterado para Em análise.\n\nEquipe Vagas TI", "plat"),
    ("A empresa respondeu",
     "Oi Sam! A Bom Gosto Alimentos quer marcar uma entrevista com você para Auxiliar de Produção.\n\nEquipe "
     "Vaga Certa", "plat"),
    ("Candidatura selecionada",
     "Olá Sam, a entidade empregadora selecionou a sua candidatura para a oferta de Empregado de "
     "Balcão!\n\nEquipa Net-Emprego", "plat"),
    ("Feedback",
     "Oi Sam, o cliente encerrou o processo com a sua contratação! Parabéns!\n\nCarol - RH Parceiro", "ag"),
    ("Re: candidatura",
     "Sam, o gestor do cliente gostou da entrevista e quer seguir contigo para a fase final.\n\nRui", "ag"),
    ("Trabalho temporário",
     "Olá Sam, o cliente precisa de reforços para o armazém a partir de segunda. Tem "
     "disponibilidade?\n\nTemp Norte", "ag"),
    ("Re: vaga",
     "Sam, você desistiu da vaga? Se sim, vamos seguir com uma pessoa da lista de espera.\n\nClaudio", "p"),
    ("Processo",
     "Olá Sam, a sua candidatura foi considerada e selecionada para a próxima etapa!\n\nRH", "p"),
    ("Cliente",
     "Olá Sam, o cliente encerrou o processo de compra com outro fornecedor.\n\nVendas", "p"),
    ("Contratação",
     "Oi Sam, a clínica contratou outra recepcionista, então a sua agenda de terça muda. Ok?\n\nLu", "p"),
    # --- sixth writer's look-alikes
    ("Candidatura enviada",
     "Olá Sam, a sua candidatura foi enviada à TecnoMais. A empresa vai analisar o seu perfil.\n\nRecrutaí", "plat"),
    ("Candidatura #20931",
     "Prezado Sam, o processo foi finalizado com a sua escolha! Parabéns, enviaremos a proposta.\n\nRH Grupo "
     "Serra Azul", "ats"),
    ("Retorno",
     "Oi Sam, o cliente optou por dar sequência ao seu processo! Entrevista na terça.\n\nGabi - Agência RH", "ag"),
    ("Re: obra",
     "Sam, já peguei outro pedreiro pra obra, então você pode vir só na segunda fase. Valeu!", "p"),
    ("Re: babá",
     "Oi Sam, escolhemos outra babá pras crianças na sexta; você fica com a terça. Ok?\n\nFernanda", "p"),
    ("Re: convite",
     "Caro Sam, desta vez não vai ser possível ir ao jantar. Obrigado pelo convite. Luís", "p"),
    ("Arquivo",
     "Olá Sam, a sua fatura foi arquivada pela empresa Móveis Norte após o pagamento.\n\nFinanceiro", "p"),
    ("Estágio",
     "Olá Sam, o estágio do Pedro ficou com outro orientador.\n\nProf. Rocha", "p"),
    ("Fase seguinte",
     "Olá Sam, a sua candidatura seguiu para a fase seguinte. Parabéns!\n\nRH", "p"),
    ("Sua indicação",
     "Oi Sam, a empresa escolheu outro perfil em vez do seu indicado, o Caio. Valeu pela indicação!\n\nRH", "p"),
    # --- near misses of the choice rules: the reader picked among others, a colleague consulted, a helper added
    ("Vaga",
     "Olá Sam, fiquei de falar com outras pessoas da equipa sobre o seu perfil e volto a contactar na "
     "sexta.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, escolhi o seu perfil entre outros candidatos para a entrevista final!\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, escolhemos o seu perfil entre outros candidatos para a entrevista final!\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, contratei outro pedreiro para ajudar você na obra da vaga de mestre.\n\nRH", "p"),
    ("Vaga",
     "Oi Sam, arrumei outra babá para as terças, você continua nas quintas. Sobre a vaga fixa, ainda estou "
     "decidindo.\n\nFernanda", "p"),
    ("Vaga",
     "Olá Sam, peguei outro estudante para o estágio da tarde; o seu estágio da manhã continua.\n\nProf. "
     "Rocha", "p"),
    ("Vaga",
     "Olá Sam, decidimos abrir a vaga também para candidatos de outra cidade. A entrevista segue na "
     "quinta.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, decidimos enviar um técnico com experiência para a instalação na sua casa.\n\nSuporte", "p"),
    ("Vaga",
     "Olá Sam, não vamos aprovar o seu pedido de férias em agosto.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, não iremos considerar a sua candidatura antes de recebermos o certificado.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, a sua candidatura não pode ser aceite sem a declaração da escola.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, o gestor não considerou o seu perfil ainda, está de férias.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, agradecemos o interesse manifestado. A entrevista fica marcada para quinta.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, optamos por outro candidato para a segunda entrevista, e você segue para a final!\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, optei por outro candidato para a segunda entrevista, e você segue para a final!\n\nRH", "p"),
    # --- the seventh writer's look-alikes
    ("Candidatura recebida",
     "Olá Sam, o Hotel Baía recebeu a sua candidatura e vai considerar o seu perfil para a "
     "oferta.\n\nHotelJobs PT", "plat"),
    ("Caixa",
     "Olá Sam, o Supermercado Econômico escolheu sua candidatura! Entre em contato para a admissão.\n\nVagas "
     "Hoje", "plat"),
    ("Triagem",
     "Olá Sam, sua candidatura foi aprovada na triagem inicial da empresa Expresso Sul.\n\nSine Fácil", "plat"),
    ("Designer",
     "Oi Sam, a Agência Ponto quer que você ocupe a vaga de Designer! Confirme no app.\n\nFreela.app", "plat"),
    ("Posição",
     "Exmo. Senhor, a posição foi entretanto criada e gostaríamos de o entrevistar.\n\nRH", "ats"),
    ("Cliente",
     "Olá Sam, o cliente decidiu avançar consigo para a posição de Tech Lead! Parabéns!\n\nTiago", "ag"),
    ("Equipe",
     "Sam, o cliente não aprovou o orçamento do projeto, então a equipe de obras fica parada.\n\nAna", "ag"),
    ("Currículo",
     "Olá Sam, não há vagas no estacionamento hoje, estacione na rua.\n\nPortaria", "p"),
    ("Entrevista",
     "Olá Sam, obrigado pela entrevista dos candidatos. Decidimos que a outra candidata se encaixa melhor, "
     "pode avisar o Rui?\n\nRH", "p"),
    ("Vaga",
     "Sam, a vaga do curso de inglês já fechou. Tenta no próximo semestre!\n\nEscola", "p"),
    ("Estagiários",
     "Olá Sam, já temos os estagiários todos para a sua equipa; começam segunda.\n\nRH", "p"),
    ("Re: vaga",
     "Sam, optei por outro restaurante para o jantar de equipa. Até sexta!\n\nMárcio", "p"),
    ("Perfil",
     "Olá Sam, seu perfil no app não foi compatível com a versão do sistema; atualize o "
     "aplicativo.\n\nSuporte", "p"),
    # --- the eighth writer's look-alikes
    ("Candidatura",
     "Olá Sam, a empresa Rede Farma adorou a sua candidatura e quer conversar!\n\nVaga Certa", "plat"),
    ("Processo",
     "Olá Sam, o processo para Técnico de Manutenção foi concluído e você foi aprovado!\n\nInfovagas", "plat"),
    ("Cliente",
     "Oi Sam, o cliente retornou: a vaga é sua! Vamos falar da proposta.\n\nJu - Hunter RH", "ag"),
    ("Re: jantar",
     "Oi Sam! Fechamos com outro restaurante pro jantar. Até sexta!\n\nAna", "p"),
    ("Re: lugar",
     "Caro Sam, o lugar no parque de estacionamento já não está disponível.\n\nCarlos", "p"),
    ("Estágio",
     "Oi Sam, já temos estagiário para o seu time; ele começa segunda.\n\nLéo", "p"),
    # --- one look-alike per kind of the development sets, aimed at this sweep's rules
    ("Processo seletivo",
     "Olá Sam, precisamos interromper o seu processo temporariamente por causa das férias coletivas; "
     "retomamos em janeiro.\n\nRH", "ats"),
    ("Processo seletivo",
     "Olá Sam, vamos interromper o seu processo por duas semanas enquanto a vaga é revista. Você continua na "
     "disputa!\n\nRH", "ats"),
    ("Comunidade de talentos",
     "Olá Sam, obrigado por entrar na nossa comunidade de talentos! Sempre que abrirem vagas compatíveis, "
     "avisaremos. Nem todas as vagas são divulgadas.\n\nTalentos", "ats"),
    ("Vaga guardada",
     "Olá Sam, a vaga guardada 'Analista de Dados' na Data Sul já não está disponível: foi preenchida. Veja "
     "semelhantes.\n\nEquipa ITJobz", "plat"),
    ("Estágio aprovado",
     "Olá Sam, o seu plano de estágio foi aprovado pela faculdade. Os outros estagiários começam na mesma "
     "data.\n\nRH", "p"),
    ("Lista de admitidos",
     "Caro Sam, foi publicada a lista de admitidos e excluídos ao exame de certificação. Consulte o seu nome "
     "no portal.\n\nOrdem", "p"),
    ("Pesquisa",
     "Olá Sam, conte-nos como foi o seu processo seletivo, mesmo que não tenha sido selecionado. Leva 2 "
     "minutos.\n\nRH", "ats"),
    ("Desistência",
     "Olá Sam, confirmamos a sua desistência. Como pediu, não seguiremos com a sua candidatura.\n\nRH", "ats"),
    ("Proposta",
     "Caro Sam, lamentamos que tenha recusado a nossa proposta. Vamos seguir com outro candidato, mas a "
     "porta fica aberta.\n\nRH", "p"),
    ("Entrevistas",
     "Sam, obrigado pelas entrevistas de ontem. Decidimos seguir com outro candidato: o João. Pode avisar a "
     "Marta?\n\nRH", "p"),
    ("Colega",
     "Sam, o seu colega Rui não foi selecionado para a vaga interna. Ele ainda não sabe.\n\nRH", "p"),
    ("Próxima fase",
     "Olá Sam, você passou para a próxima fase! Os outros candidatos não seguirão no processo.\n\nRH", "ats"),
    ("Admissão",
     "Olá Sam, informamos que a sua contratação foi aprovada. Os restantes candidatos não foram "
     "selecionados.\n\nRH", "ats"),
    ("Proposta",
     "Olá Sam, a sua admissão está confirmada para dia 3. Os demais candidatos já foram informados que a "
     "vaga foi preenchida.\n\nRH", "ats"),
    ("Convite",
     "Olá Sam, o seu perfil chamou a nossa atenção. Não seguiremos o processo habitual: queremos conversar "
     "já na sexta.\n\nRH", "ats"),
    ("Atraso",
     "Olá Sam, o processo está atrasado: a diretoria congelou todas as novas contratações até março, mas a "
     "sua candidatura continua ativa.\n\nRH", "ats"),
    ("Candidatura recebida",
     "Olá Sam, recebemos a sua candidatura. Se o seu perfil não for selecionado, não entraremos em "
     "contacto.\n\nRH", "ats"),
    ("Documentos",
     "Olá Sam, não conseguimos dar andamento à sua candidatura sem o comprovante de residência. Envie até "
     "sexta.\n\nRH", "ats"),
    ("Teste",
     "Olá Sam, convidamos você para o teste online. Quem não atingir a nota mínima não seguirá no "
     "processo.\n\nRH", "ats"),
    ("Recrutador",
     "Olá Sam, sou recrutadora e vi o seu perfil. O nosso cliente decidiu abrir uma vaga nova e acho que "
     "combina!\n\nCamila", "ag"),
    ("Newsletter",
     "Nesta edição: por que o seu perfil não é o que as empresas procuram e como mudar isso.\n\nBlog "
     "Carreira", "plat"),
    ("Arrendamento",
     "Olá Sam, o senhorio decidiu seguir com outro inquilino para o T1. Obrigado.\n\nImobiliária", "p"),
    ("Encomenda",
     "Olá Sam, a sua encomenda não pôde ser aceite: o produto esgotou.\n\nLoja Online", "p"),
    ("Evento",
     "Olá Sam, a sua inscrição no evento não pôde ser aceite porque as vagas esgotaram.\n\nEventos", "p"),
    ("Seguro",
     "Olá Sam, decidimos não prosseguir com a sua apólice por falta de pagamento.\n\nSeguradora", "p"),
    ("Escola",
     "Olá Sam, a escola não vai considerar o seu pedido de transferência este ano.\n\nSecretaria", "p"),
    ("Equipa",
     "Olá a todos, contratamos internamente para a vaga de coordenador. Bem-vinda, Joana!\n\nRH", "p"),
    # --- near misses of the go-on and placing rules: a process that goes on with others, a CV put in a database, a
    # meeting room, an interviewer changed, an exemption, a still-open role
    ("Vaga",
     "Olá Sam, o processo seguirá com outros candidatos na próxima semana; a sua entrevista é na "
     "terça.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, a seleção avançará com outros candidatos e consigo para a fase final.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, continuamos o processo seletivo: o recrutamento prosseguirá com outros candidatos até sexta e "
     "depois damos notícias.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, não vai ser possível colocar o seu currículo na base de dados até segunda, o sistema está em "
     "manutenção.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, infelizmente não passou na entrevista o problema do áudio, vamos repetir amanhã.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, a empresa congelou todas as novas contratações, exceto a sua vaga, que segue "
     "normalmente.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, o estágio de verão já está preenchido para julho; o seu começa em agosto como "
     "combinado.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, se não atingir a nota, sua candidatura não poderá seguir para a entrevista.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, obrigado pela conversa. Decidimos seguir adiante com você para a proposta!\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, você foi dispensado do processo seletivo de pré-seleção por já ter feito a prova no ano "
     "passado; vá direto à entrevista.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, agradecemos o interesse manifestado em participar na feira de emprego como "
     "voluntário.\n\nEventos", "p"),
]

# Non-rejections the rules still call rejections (all were so before this sweep too): job alerts that mention another
# posting filled, an interviewer handing the interview to a colleague ("não vou conseguir seguir com você na entrevista
# de amanhã", "será com outro engenheiro"), a job board's list with one role filled, a treasurer chosen, a
# meeting room that cannot be used ("não vamos conseguir aproveitar a sala ... para a sua entrevista"). Strict xfails.
# Rejections next to the narrowed rules (helper ptfp): the verdicts the widened rules were written for, which the
# narrowing (a named post or a verdict's opening, no condition after, the reader's own profile) must keep.
WIDENED_RULE_REJECTIONS = [
    ("Candidatura - Operador",
     "Olá Sam,\n\nApós análise, a sua candidatura não pode ser aceite. Obrigado pelo interesse.\n\nRH", "p"),
    ("Vaga de Caixa",
     "Oi Sam,\n\nAgradecemos a participação. Sua candidatura à vaga de Caixa não poderá ser aprovada nesta "
     "etapa.\n\nRH", "p"),
    ("Estágio",
     "Olá Sam,\n\nO seu pedido de estágio não pode ser aceite este ano, já temos os estagiários todos.\n\nRH", "p"),
    ("Candidatura",
     "Olá Sam,\n\nObrigado pela entrevista. Infelizmente, não passou na entrevista técnica.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam,\n\nRecebemos o seu pedido de emprego. Não temos vagas para admissão de momento.\n\nGerência", "p"),
    ("Sua candidatura",
     "Olá Sam,\n\nA empresa decidiu não seguir com a contratação. Desejamos sucesso!\n\nRH", "p"),
    ("Candidatura",
     "Oi Sam,\n\nLi seu currículo e seu perfil não é o que estamos procurando agora. Boa sorte!\n\nMarta", "p"),
    ("Processo",
     "Olá Sam,\n\nRecebemos a sua candidatura. Após análise, decidimos não avançar com ela.\n\nRH", "p"),
    ("Vaga de designer",
     "Oi Sam,\n\nInfelizmente não conseguimos dar seguimento ao seu processo.\n\nRH", "p"),
    ("Vaga de designer",
     "Oi Sam,\n\nO cliente seguiu com outro candidato, mas te mantemos no radar. Valeu!\n\nThaís", "ag"),
    ("Vaga",
     "Oi Sam,\n\nA vaga de analista seguirá com outros candidatos. Obrigado por participar!\n\nEquipe Vagas", "plat"),
    ("Status",
     "Olá Sam,\n\nO status da sua candidatura foi alterado para Encerrada pela empresa.\n\nVagas", "plat"),
]

# Look-alikes written against the sweep's widened rules (helper ptfp): each one marked * was a rejection under the
# widened rules (the old rules did not call it one); the rest sit next to them. Grouped by class; none is a rejection
# of the reader's own job application.
WIDENED_RULE_LOOK_ALIKES = [
    # --- an application still open: incomplete, pending a document, a condition ("não pode ser considerada enquanto")
    ("Documentação em falta",
     "Olá Sam,\n\nRecebemos a sua candidatura à vaga de Analista Financeiro. A sua candidatura não pode ser "
     "considerada enquanto não recebermos o certificado de habilitações. Pode enviá-lo até "
     "sexta-feira?\n\nCumprimentos,\nRecursos Humanos", "p"),
    ("Falta um passo",  # *
     "Oi Sam,\n\nSua inscrição não poderá ser aprovada até você confirmar o e-mail. Clique no link abaixo "
     "para concluir seu cadastro e ver as vagas abertas.\n\nTime de Talentos", "ats"),
    ("Pedido de estágio curricular",  # *
     "Caro Sam,\n\nO seu pedido de estágio curricular não pode ser aprovado pela coordenação sem o "
     "protocolo assinado pela empresa de acolhimento. Envie o documento à secretaria e o pedido será "
     "reapreciado.\n\nSecretaria", "p"),
    ("Idade mínima",  # *
     "Olá Sam,\n\nSobre a dúvida do seu irmão: uma candidatura de menores de 18 anos não pode ser aceite "
     "para a vaga de operador de loja, mas ele pode candidatar-se ao programa de verão. A sua candidatura "
     "segue normalmente.\n\nCumprimentos", "p"),
    # --- a place in a course, camp, workshop, residence, grant, contest: 'vagas' and 'inscrição' that are no job
    ("Workshop de fotografia",  # *
     "Olá Sam,\n\nAs vagas do workshop de sábado já foram todas ocupadas e a sua inscrição não pôde ser "
     "aceite. Vamos abrir nova data em janeiro.\n\nAtelier Luz", "p"),
    ("Concurso de fotografia",
     "Olá Sam,\n\nA sua inscrição no concurso não pode ser aceite porque a fotografia excede o tamanho "
     "máximo. Envie nova versão até domingo.\n\nJúri", "p"),
    ("Residência universitária",  # *
     "Caro Sam,\n\nAs vagas da residência universitária para o 1.º semestre foram preenchidas e a sua "
     "candidatura não pode ser aceite. Está em lista de espera.\n\nServiços Sociais", "p"),
    # --- the reader on the hiring side: a referred or forwarded candidate, an opening of the reader's team
    ("Candidato do seu primo",
     "Oi Sam,\n\nLi o currículo do seu primo que você me mandou e, sinceramente, o perfil dele não é o que "
     "estamos procurando para a vaga de dados. Se surgir algo mais júnior eu te aviso.\n\nAbraço,\nMarta", "p"),
    ("Feedback da entrevista",  # *
     "Olá Sam,\n\nObrigada por teres entrevistado a Joana comigo. Concluímos que não é a pessoa certa para "
     "a vaga de backend. Eu trato do e-mail para ela.\n\nMarta", "p"),
    ("Indicação",
     "Oi Sam,\n\nSobre o seu indicado para a vaga de suporte: infelizmente não passou na entrevista "
     "técnica. Valeu por indicar, continue mandando gente boa!\n\nMarta", "p"),
    ("CV que reencaminhaste",  # *
     "Sam,\n\nVi o CV que reencaminhaste. O perfil não é bem o que a equipa procura, precisamos de alguém "
     "com Kotlin. Obrigada na mesma.\n\nMarta", "p"),
    ("Processo do seu time",  # *
     "Oi Sam,\n\nA empresa avançará com outros perfis para a vaga de designer do seu time: os dois que você "
     "entrevistou não aceitaram a proposta. Vou abrir de novo a divulgação.\n\nMarta", "p"),
    ("Preenchemos internamente?",
     "Olá Sam,\n\nObrigado pelos currículos que a sua consultoria enviou. Acabámos por preencher a vaga "
     "internamente, por isso pode suspender a pesquisa. Voltaremos a falar na próxima requisição.\n\nMarta", "ag"),
    ("O teu amigo",
     "Olá Sam,\n\nO teu amigo Luís fez a dinâmica de grupo connosco. A decisão da empresa não recaiu sobre "
     "o perfil dele, mas guardámos o currículo.\n\nMarta", "p"),
    # --- a colleague's news, HR mail to employees (hiring freeze, admission dates, trial periods)
    ("Novidades",  # *
     "Olá Sam,\n\nSabes a vaga de coordenação que a Rita queria? Eles seguiram com outro candidato de fora. "
     "Ela está triste, vamos almoçar com ela?\n\nMarta", "p"),
    ("Almoço",  # *
     "Oi Sam,\n\nO Bruno fez a entrevista ontem, mas infelizmente não passou na entrevista final. Vamos "
     "animar ele no almoço?\n\nMarta", "p"),
    ("A Inês",  # *
     "Olá Sam,\n\nA Inês contou que o perfil dela não é o que a empresa procura, disseram-lhe isso ao "
     "telefone. Ela vai tentar o estágio na outra loja.\n\nMarta", "p"),
    ("Comunicado interno",
     "Caros colaboradores,\n\nInformamos que a empresa congelou temporariamente todas as contratações para "
     "o segundo semestre. Esta decisão não afeta promoções nem as vagas internas já publicadas.\n\nRecursos "
     "Humanos", "p"),
    ("Período de experiência",
     "Olá Sam,\n\nO período de experiência do novo colega termina na próxima semana. Decidimos não seguir "
     "com a avaliação intermédia: basta o teu parecer final.\n\nRH", "p"),
    ("Documentos da admissão",  # *
     "Oi Sam,\n\nPara a sua contratação faltam a carteira de trabalho e o comprovante de residência. Sem "
     "eles não conseguimos dar andamento ao cadastro na folha.\n\nDP", "p"),
    ("Efetivação",
     "Oi Sam,\n\nSeu período de experiência termina dia 30. A efetivação depende da avaliação do gestor; "
     "ainda não tomamos decisão. Qualquer dúvida me chame.\n\nGente e Gestão", "p"),
    # --- job alerts and job-board digests
    ("Vagas encerradas",
     "Oi Sam,\n\nAlgumas vagas que você acompanhava foram encerradas pela empresa. Veja 12 novas vagas de "
     "estágio em São Paulo.\n\nVagas Já", "plat"),
    ("Vaga salva",
     "Oi Sam,\n\nA vaga que você salvou, Atendente (Campinas), já tem uma pessoa contratada. Outras vagas "
     "de atendimento: veja abaixo.\n\nVagas Já", "plat"),
    ("Não perca",  # *
     "Olá Sam,\n\nAs vagas do programa de trainee fecham amanhã. Não temos vagas para admissão imediata na "
     "sua cidade, mas há 5 vagas remotas.\n\nVagas Já", "plat"),
    # --- application received, next steps, scheduling, a pause
    ("Candidatura recebida",
     "Olá Sam,\n\nAgradecemos o interesse manifestado na vaga de Técnico de Manutenção. A sua candidatura "
     "foi recebida e será analisada. Não será possível responder individualmente a todos os pedidos de "
     "informação.\n\nRecrutamento", "ats"),
    ("Entrevista",  # *
     "Olá Sam,\n\nAgradecemos o interesse demonstrado. Infelizmente não conseguimos dar seguimento ao "
     "agendamento para terça porque o gestor estará fora; propomos quinta às 10h.\n\nRH", "p"),
    ("Reagendamento",
     "Olá Sam,\n\nPrecisamos de interromper o seu processo por uns dias: a diretora está de férias. "
     "Retomamos na segunda semana de dezembro.\n\nRH", "p"),
    ("Processo em pausa",  # *
     "Olá Sam,\n\nA empresa congelou todas as novas contratações até janeiro, por isso o seu processo fica "
     "em pausa. Manteremos a sua candidatura ativa e voltaremos a contactá-lo.\n\nRecrutamento", "ats"),
    ("Status atualizado",
     "Olá Sam,\n\nO status da sua candidatura foi alterado para: Entrevista agendada. Consulte o "
     "portal.\n\nRecrutamento", "ats"),
    ("Prova",
     "Olá Sam,\n\nComo já fez a prova de Excel no ano passado, foi dispensado da prova técnica. A próxima "
     "etapa é a entrevista com o diretor.\n\nRH", "p"),
    # --- the reader's own withdrawal
    ("Desistência",
     "Olá Sam,\n\nConforme o seu pedido, o status da sua candidatura foi alterado para Encerrada. Obrigado "
     "pelo interesse manifestado e boa sorte no novo emprego.\n\nRH", "p"),
    ("Pena",
     "Olá Sam,\n\nQue pena! Respeitamos a sua decisão de não avançar. Tínhamos decidido seguir adiante com "
     "você, mas entendemos. Fica o convite para o futuro.\n\nMarta", "p"),
    # --- a recruiter's outreach
    ("Nova vaga",
     "Oi Sam,\n\nAquela empresa seguiu com outro candidato, você lembra? Agora surgiu uma vaga melhor, de "
     "sênior, e quero te apresentar. Topa uma call?\n\nThaís", "ag"),
    # --- schools, internships of a course, exams
    ("Matrícula",  # *
     "Olá Sam,\n\nNão temos vagas para admissão este ano letivo no 2.º ciclo. O seu pedido fica em lista de "
     "espera e será reapreciado em setembro.\n\nSecretaria", "p"),
    ("Estágio curricular",
     "Olá Sam,\n\nO estágio curricular que escolheste no hospital já está ocupado por outro aluno. Escolhe "
     "outra instituição da lista até sexta.\n\nCoordenação de Estágios", "p"),
    ("Notas",
     "Caro encarregado de educação,\n\nO aluno Sam não obteve aprovação no exame de recuperação de "
     "matemática. O estágio de verão da escola continua disponível.\n\nDireção", "p"),
    # --- a flat or a room
    ("Quarto",
     "Oi Sam,\n\nValeu pela visita! Optei por outra pessoa para o quarto, uma estudante que já conhecia. "
     "Boa sorte na busca.\n\nMarta", "p"),
    # --- a visa
    ("Visto",
     "Caro Sam,\n\nO seu processo de visto de trabalho fica parado aqui até apresentar o contrato. Sem ele "
     "não podemos dar seguimento ao pedido.\n\nConsulado", "p"),
    # --- a grant
    ("Bolsa de investigação",
     "Caro Sam,\n\nA fundação deixou de considerar a sua candidatura porque o projeto mudou de área. Pode "
     "submeter ao próximo concurso.\n\nFundação", "p"),
    # --- the reader as a supplier, tradesman or teacher
    ("Proposta consultoria",
     "Olá Sam,\n\nAgradecemos a proposta. Decidimos seguir com um consultor com mais experiência em SAP "
     "para este projeto.\n\nMarta", "p"),
    ("Fornecedor",
     "Olá Sam,\n\nContratámos internamente a manutenção dos elevadores, por isso não vamos renovar o "
     "contrato com a sua empresa.\n\nMarta, Compras", "p"),
    # --- public-contest lists
    ("Concurso público - lista",
     "Exmo(a). Candidato(a),\n\nFoi publicada a lista de candidatos admitidos e excluídos ao concurso "
     "externo de ingresso. Consulte a lista no portal; o prazo para pronúncia é de 10 dias.\n\nJúri do "
     "Concurso", "p"),
    # --- newsletters and advice
    ("Newsletter carreira",
     "Olá Sam,\n\nNesta edição: porque as empresas congelaram as contratações em 2026? E o que fazer quando "
     "o seu perfil não é o que o recrutador procura. Leia no blog.\n\nRevista Carreira", "plat"),
    ("Dicas",  # *
     "Oi Sam,\n\n5 sinais de que a empresa decidiu não seguir com a contratação. Além disso: estágios com "
     "bolsa acima de 2 mil reais.\n\nBlog Vagas", "plat"),
    ("Webinar",  # *
     "Olá Sam,\n\nAs vagas do webinar sobre entrevistas esgotaram! A sua inscrição não pode ser aceite, mas "
     "a gravação fica disponível.\n\nEquipa Carreira", "plat"),
    # --- insurance
    ("Seguro",  # *
     "Caro Sam,\n\nA sua candidatura ao seguro de saúde não pode ser aceite devido a uma doença "
     "pré-existente. Agradecemos o interesse manifestado.\n\nSeguradora", "p"),
    # --- marketplace apps
    ("Entregadores",
     "Oi Sam,\n\nNo momento não temos vagas para entregadores na sua cidade. Seu cadastro fica salvo e "
     "avisaremos quando abrir.\n\nApp Entregas", "plat"),
    # --- a pronoun ('com ela') that points at something else than the reader's application
    ("Sua candidatura à associação",
     "Olá Sam,\n\nRecebemos a sua candidatura a sócio do clube. A direção reuniu-se e decidiu não "
     "prosseguir com ela este ano, por falta de lugares.\n\nClube Naval", "p"),
    ("Sua candidatura e a da Rita",  # *
     "Olá Sam,\n\nA sua candidatura segue para a entrevista final. A da Rita, infelizmente, não: decidimos "
     "não avançar com ela.\n\nRH", "p"),
    ("A tua candidatura e o projeto",  # *
     "Olá Sam,\n\nA tua candidatura passou à fase seguinte. Quanto à proposta de projeto que anexaste, a "
     "equipa decidiu não continuar com ela por agora, mas falamos na entrevista.\n\nMarta", "p"),
    # --- a tradesman or a service chosen
    ("Buffet",
     "Oi Sam,\n\nAdoramos a degustação, mas para o casamento fechamos com outro cozinheiro. "
     "Obrigada!\n\nMarta", "p"),
    ("Seu time",
     "Oi Sam,\n\nPara a vaga de analista do seu time, o diretor escolheu um analista com mais experiência "
     "em SQL. O contrato dele começa segunda.\n\nRH", "p"),
    # --- an internal hire or a choice told as news
    ("Vaga do cliente",  # *
     "Olá Sam,\n\nPara a vaga que a sua empresa nos pediu, o cliente interno contratou internamente. Pode "
     "cancelar a requisição no sistema.\n\nThaís", "ag"),
    ("O Rui",  # *
     "Olá Sam,\n\nO Rui contou que ficaram com outra pessoa para a vaga de chefe de cozinha. Coitado, vamos "
     "jantar com ele?\n\nMarta", "p"),
    ("Leilão",
     "Oi Sam,\n\nO vendedor fechou com outro comprador o apartamento que você favoritou. Veja imóveis "
     "semelhantes.\n\nApp Imóveis", "plat"),
    # --- 'seguir adiante com você' and 'sua contratação' outside a rejection
    ("Contratação do plano de saúde",  # *
     "Oi Sam,\n\nA sua contratação do plano odontológico não pôde ser concluída: falta o CPF do dependente. "
     "Infelizmente não vamos conseguir dar andamento sem ele.\n\nBenefícios RH", "p"),
    ("Sua contratação - próximos passos",
     "Oi Sam,\n\nSobre a sua contratação: o exame admissional foi remarcado e não vamos conseguir manter o "
     "início dia 3. O novo início é dia 10.\n\nDP", "p"),
    # --- status, exemptions and 'não logrou' said of others or of admin
    ("Vaga cancelada",  # *
     "Olá Sam,\n\nO status da sua candidatura foi alterado para Encerrada porque a vaga foi republicada com "
     "novo código. A sua candidatura foi transferida automaticamente.\n\nRecrutamento", "ats"),
    ("Concurso: reclamação",  # *
     "Exmo. Sr. Sam,\n\nRelativamente à sua reclamação, informamos que o candidato Rui Lopes não logrou "
     "aprovação na prova escrita, pelo que mantemos a classificação publicada.\n\nJúri", "p"),
    ("Avaliação 360",
     "Olá Sam,\n\nA equipa deixou de avaliar o seu perfil de competências no sistema antigo; a avaliação "
     "passa para a nova plataforma.\n\nRH", "p"),
    # --- internships and posts filled, for others
    ("Estágio médico",
     "Olá Sam,\n\nO estágio de pediatria que pediu já está ocupado por outro interno; ficou colocado em "
     "medicina geral.\n\nCoordenação", "p"),
    ("Contratação",
     "Olá Sam,\n\nO seu gestor pediu a contratação de um profissional para apoiar o projeto. Não temos vaga "
     "para contratação até janeiro, por isso pedimos que use a bolsa de horas.\n\nRH", "p"),
    # --- 'ainda não considerou' and approvals pending
    ("Em análise",  # *
     "Olá Sam,\n\nAinda não consideramos a sua candidatura porque estamos a terminar a triagem da primeira "
     "vaga. Contamos responder até dia 15.\n\nRecrutamento", "ats"),
    ("Pedido de transferência",
     "Olá Sam,\n\nO diretor não aprovou a sua transferência para o turno da noite, mas aprovou a sua "
     "candidatura à vaga interna de supervisor. Parabéns!\n\nRH", "p"),
    ("Sua candidatura",  # *
     "Olá Sam,\n\nO júri ainda não considerou a sua candidatura: a reunião passou para quinta. Voltamos a "
     "falar depois.\n\nRH", "p"),
    ("Aprovação",  # *
     "Olá Sam,\n\nO comité não validou a sua contratação na reunião de ontem por falta de quórum; a votação "
     "repete-se amanhã e o parecer é favorável.\n\nRH", "p"),
    # --- a hand-off on a given day, a lift, a mentor
    ("Mentoria",
     "Olá Sam,\n\nNão lhe podemos dar seguimento na mentoria este mês porque o mentor está doente. "
     "Retomamos em janeiro.\n\nPrograma de Mentoria", "p"),
    ("Sua candidatura",  # *
     "Oi Sam,\n\nNão vou poder te encaminhar para a entrevista amanhã, estarei em viagem; a Carla fará a "
     "ponte com o cliente. Boa sorte!\n\nThaís", "ag"),
    ("Carona",
     "Oi Sam,\n\nNão vou conseguir te levar à entrevista de emprego amanhã, o carro está na oficina. Vai de "
     "metrô?\n\nMarta", "p"),
    # --- group dynamics, trial periods, confirmation of employees
    ("Efetivação",
     "Oi Sam,\n\nA efetivação da Júlia não foi aprovada pela diretoria. Você pode dar a notícia a ela "
     "hoje?\n\nRH", "p"),
    # --- a choice or a list that is no job list
    ("Escala",  # *
     "Olá Sam,\n\nO seu nome não foi incluído. Refiro-me à escala de férias de agosto, não à vaga. Pode "
     "rever?\n\nRH", "p"),
    # --- others go on with the reader
    ("Entrevistas",  # *
     "Olá Sam,\n\nA vaga de marketing seguirá com outros candidatos também, além de ti, para a última fase. "
     "Entrevista dia 3.\n\nRH", "p"),
    ("Convite",  # *
     "Oi Sam,\n\nA empresa avançará com outres candidates para a fase final junto com você. Parabéns por "
     "chegar aqui!\n\nTime de Gente", "p"),
    # --- mixed: conditions, advice, the hiring side, referrals
    ("Candidatura à vaga - documento",  # *
     "Oi Sam,\n\nSua candidatura para a vaga de Caixa não poderá ser aprovada caso o teste de perfil não "
     "seja respondido até sexta.\n\nTime de Talentos", "ats"),
    ("Vagas da semana",  # *
     "Olá Sam,\n\nVagas da semana: 25 estágios em Lisboa. Dica: quando o recrutador diz que o seu perfil "
     "não é o que procura, peça feedback!\n\nEmprego PT", "plat"),
    ("Ranking",
     "Olá Sam,\n\nA escolha da empresa não recaiu sobre o fornecedor que indicaste, mas a tua candidatura "
     "ao estágio segue para a fase de entrevistas.\n\nRH", "p"),
    ("Pergunta",
     "Oi Sam,\n\nVocê acha que a empresa vai optar por outro candidato? Eu fiquei ansiosa por você! Me "
     "conta quando souber.\n\nMarta", "p"),
    ("Período experimental",
     "Olá Sam,\n\nO período de experiência da tua equipa: decidimos não prosseguir com a Joana. Podes "
     "avisá-la amanhã? Eu trato da papelada.\n\nRH", "p"),
    ("Curso de formação",  # *
     "Olá Sam,\n\nO seu pedido de estágio no âmbito do curso de formação foi recebido. Não há vagas para "
     "admissão neste momento nas empresas parceiras, mas o curso continua.\n\nCentro de Formação", "p"),
    ("Interromper",
     "Olá Sam,\n\nVamos interromper o seu processo de avaliação de desempenho enquanto estiver de licença. "
     "Retomamos quando voltar.\n\nRH", "p"),
    ("Ordem profissional",  # *
     "Caro Sam,\n\nA sua inscrição na Ordem não pode ser aceite antes da conclusão do estágio profissional. "
     "Agradecemos o interesse manifestado.\n\nOrdem dos Engenheiros", "p"),
    ("Estágio da Ordem",  # *
     "Caro Sam,\n\nO seu pedido de estágio profissional não pôde ser aceite porque o patrono indicado não "
     "tem 5 anos de inscrição. Indique outro patrono.\n\nOrdem dos Advogados", "p"),
    ("Entrevista remarcada",
     "Oi Sam,\n\nA empresa não conseguiu dar andamento à entrevista de hoje. Não conseguimos dar seguimento "
     "hoje, mas amanhã às 10h está confirmado.\n\nRecrutaí", "plat"),
    ("Resultado do sobrinho",
     "Oi Sam,\n\nMeu sobrinho fez o teste na sua empresa. Infelizmente não passou na prova prática, mas "
     "agradeceu a oportunidade.\n\nMarta", "p"),
    ("Feedback do estágio",  # *
     "Olá Sam,\n\nO estagiário que orientaste: infelizmente não passou na avaliação final do estágio. "
     "Obrigada pelo acompanhamento.\n\nRH", "p"),
    ("Seguir adiante",
     "Olá Sam,\n\nDecidimos seguir adiante com você! A proposta segue em anexo. Não vamos seguir com a "
     "dinâmica de grupo, fica dispensado.\n\nRH", "p"),
    # --- mixed: hiring side, prizes, services, others named
    ("Jantar de equipa",
     "Olá Sam,\n\nPara o jantar de Natal vamos optar por outro restaurante, o do ano passado fechou. "
     "Confirma presença até sexta.\n\nMarta", "p"),
    ("Vaga de chefe de turno",
     "Olá Sam,\n\nA vaga de chefe de turno já tem dono: a Carla aceitou. Obrigado pela tua ajuda nas "
     "entrevistas!\n\nRH", "p"),
    ("Estágios 2027",
     "Olá Sam,\n\nComo tutor, informamos que o recrutamento de estagiários foi encerrado: os 6 estagiários "
     "de 2027 já foram escolhidos. Receberás os nomes amanhã.\n\nRH", "p"),
    ("Coral",
     "Olá Sam,\n\nO maestro decidiu que não é a pessoa certa para o solo de Natal, mas continua no coro, "
     "claro! Ensaio na quinta.\n\nMarta", "p"),
    ("Período de experiência 2",  # *
     "Oi Sam,\n\nO período de experiência da nova analista termina sexta. Decidimos que não é o perfil "
     "certo para a vaga; você comunica a ela?\n\nRH", "p"),
    ("Startup",
     "Olá Sam,\n\nA sua candidatura ao programa de aceleração foi analisada e a escolha do júri não recaiu "
     "sobre a sua startup.\n\nAceleradora", "plat"),
    ("Vagas no app",  # *
     "Oi Sam,\n\nO restaurante que você seguiu contratou internamente o garçom. Há 14 vagas de garçom perto "
     "de você.\n\nApp Vagas", "plat"),
    # --- mixed, written after the fixes: a channel or a condition, advice, hiring side, relatives' news, Erasmus
    ("Candidatura à vaga de motorista",  # *
     "Olá Sam,\n\nA sua candidatura à vaga de motorista não pode ser aceite por e-mail; tem de ser feita no "
     "portal. Já lhe enviei o link.\n\nRH", "p"),
    ("Processo seletivo",  # *
     "Oi Sam,\n\nNo processo seletivo da Loja Z sua inscrição não pode ser aceita pelo WhatsApp. Use o "
     "formulário do site, ok?\n\nVagas Já", "plat"),
    ("Os candidatos da semana",  # *
     "Olá Sam,\n\nDos candidatos da semana, decidimos que não é o perfil certo o do Rui; o da Ana sim. "
     "Marcas a entrevista com ela?\n\nMarta", "p"),
    ("A vaga do Porto",
     "Olá Sam,\n\nA vaga do Porto seguirá com outros candidatos, já que pediste transferência para Lisboa e "
     "a tua candidatura interna foi movida para lá.\n\nRH", "p"),
    ("Voluntariado hospitalar",
     "Olá Sam,\n\nO seu pedido de voluntariado não pode ser aceite este ano: as vagas de voluntários estão "
     "completas.\n\nHospital", "p"),
    ("Estágio Erasmus",  # *
     "Caro Sam,\n\nA sua candidatura ao estágio Erasmus não pode ser aprovada porque a bolsa esgotou. Pode "
     "fazer o estágio sem bolsa.\n\nGabinete de Mobilidade", "p"),
    ("Candidatura interna",  # *
     "Olá Sam,\n\nO status da sua candidatura interna foi alterado para encerrada conforme combinado na "
     "reunião, já que vai assumir a coordenação.\n\nRH", "p"),
    ("Quadro de pessoal",
     "Olá Sam,\n\nFechámos o quadro de pessoal para 2027. O seu nome não foi incluído na lista de quem sai: "
     "fica connosco, claro.\n\nRH", "p"),
    ("Meu primo",  # *
     "Oi Sam,\n\nMeu primo me disse que eles seguiram com outro candidato na vaga do banco. Você conhece "
     "alguém lá que possa ajudar ele?\n\nMarta", "p"),
    ("Dinâmica amanhã",
     "Oi Sam,\n\nVocê vai avaliar a dinâmica de grupo amanhã. Infelizmente não passou na triagem a "
     "candidata que você indicou, então são só 8.\n\nRH", "p"),
    ("Estágio de verão - escola",
     "Olá Sam,\n\nO programa de estágios de verão para alunos fechou e a sua inscrição não pôde ser aceite "
     "porque o seu educando ainda não tem 15 anos.\n\nEscola", "p"),
    # --- mixed, held out: a generic request, the hiring side, a pause with the application going on
    ("Onboarding",  # *
     "Olá Sam,\n\nBem-vindo à equipa! O período de experiência é de 90 dias. Não vamos conseguir dar "
     "andamento ao acesso ao sistema hoje; amanhã a TI trata disso.\n\nRH", "p"),
    ("Dúvida sobre estágio",  # *
     "Olá Sam,\n\nRespondendo: um pedido de estágio não pode ser aceite diretamente por mim, tem de passar "
     "pelo RH. Reencaminhei o teu.\n\nMarta", "p"),
    ("Sua equipe",  # *
     "Oi Sam,\n\nSobre o estagiário da sua equipe: a empresa decidiu não prosseguir com a contratação dele "
     "após o período de experiência. Você conversa com ele?\n\nRH", "p"),
    ("Escola de samba",
     "Oi Sam,\n\nA diretoria decidiu que não é o momento de seguir com você na ala das baianas, mas pode "
     "desfilar na ala geral!\n\nMarta", "p"),
    ("Concurso público",
     "Prezado Sam,\n\nO edital do concurso público foi retificado. Candidatos que não obtiveram aprovação "
     "na prova objetiva podem interpor recurso. Sua nota: 78, aprovado.\n\nBanca", "p"),
    ("Time de futebol",
     "Oi Sam,\n\nO técnico optou por outros jogadores para o campeonato, mas você segue no time de treino. "
     "Vamos nessa!\n\nMarta", "p"),
    ("Contratações e orçamento",  # *
     "Olá Sam,\n\nA administração congelou todas as contratações externas; as vagas serão preenchidas com "
     "mobilidade interna. A tua candidatura interna segue normalmente.\n\nRH", "p"),
    ("Estágio no tribunal",  # *
     "Caro Sam,\n\nO seu pedido de estágio no tribunal não poderá ser aceite antes de concluir o 4.º ano. "
     "Volte a submeter em setembro.\n\nTribunal", "p"),
    ("Recusa de férias",
     "Olá Sam,\n\nO teu pedido de férias não pode ser aceite para agosto: a equipa já tem duas pessoas "
     "fora. As vagas de férias estão no calendário.\n\nRH", "p"),
    # --- ordinary recruiting mail, held out: received, invited, offer, pending, internship news, an opening posted
    ("Proposta de emprego",
     "Olá Sam,\n\nTemos o prazer de lhe apresentar a proposta para a função de Analista. Pedimos que "
     "responda até sexta; após essa data a proposta não poderá ser mantida e seguiremos com outros "
     "candidatos.\n\nCumprimentos,\nRH", "p"),
    ("Entrevista cancelada",
     "Olá Sam,\n\nInfelizmente, a entrevista de amanhã foi cancelada porque o gestor está doente. O "
     "processo para a vaga continua e enviaremos nova data.\n\nRH", "p"),
    ("Fim do contrato de estágio",
     "Olá Sam,\n\nO teu estágio termina a 31 de dezembro. Como já sabes, a empresa vai contratar-te a "
     "partir de janeiro. Os outros estagiários não vão ficar, por isso não comentes ainda.\n\nRH", "p"),
    ("Feedback do cliente",
     "Olá Sam,\n\nO cliente gostou muito de si. Vai seguir com outros dois candidatos e consigo para a "
     "última fase, na próxima semana.\n\nHugo", "ag"),
    ("Documentação",
     "Olá Sam,\n\nPara a sua admissão, precisamos do registo criminal. Sem ele, não será possível dar "
     "seguimento ao contrato. Pode entregar até dia 5?\n\nRH", "p"),
]

KNOWN_FALSE_POSITIVES = [
    ("Novas vagas para você",
     "Olá Sam, encontramos 12 vagas de Analista de Dados perto de você. Não perca: a vaga da Data Cerrado "
     "foi preenchida rapidinho ontem!\n\nEquipe Conecta Vagas", "plat"),
    ("Entrevista",
     "Oi Sam, não vou conseguir seguir com você na entrevista de amanhã, a Ana vai conduzir no meu lugar. "
     "Abraço, Paulo", "p"),
    ("Vagas",
     "Olá Sam, temos 30 vagas abertas este mês. A vaga de caixa já foi preenchida, mas as de repositor "
     "seguem abertas.\n\nRH Mercado", "plat"),
    ("Decisão",
     "Olá Sam, decidimos optar por outra pessoa para a função de tesoureiro da associação de "
     "pais.\n\nAssociação", "p"),
    ("Alerta",
     "Olá Sam, 12 vagas novas combinam com você. A vaga de Designer na Pixel já foi preenchida, mas há "
     "outras.\n\nEquipe Vagas", "plat"),
    ("Vaga",
     "Olá Sam, não vamos conseguir aproveitar a sala de reuniões para a sua entrevista; será no "
     "auditório.\n\nRH", "p"),
    ("Vaga",
     "Olá Sam, a nossa equipa decidiu que a entrevista técnica será com outro engenheiro, o Paulo.\n\nRH", "p"),
]


@pytest.mark.parametrize(("subject", "body", "kind"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep2_pt_rejection_found(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind))


@pytest.mark.xfail(reason="a known gap of the Portuguese rules (see KNOWN_GAPS)", strict=True)
@pytest.mark.parametrize(("subject", "body", "kind"), KNOWN_GAPS, ids=ids(KNOWN_GAPS))
def test_sweep2_pt_known_gap(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind))


@pytest.mark.parametrize(("subject", "body", "kind"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep2_pt_look_alike_is_no_rejection(subject: str, body: str, kind: str) -> None:
    assert not found(letter(subject, body, kind))


@pytest.mark.xfail(reason="a known false positive of the Portuguese rules (see KNOWN_FALSE_POSITIVES)", strict=True)
@pytest.mark.parametrize(("subject", "body", "kind"), KNOWN_FALSE_POSITIVES, ids=ids(KNOWN_FALSE_POSITIVES))
def test_sweep2_pt_known_false_positive(subject: str, body: str, kind: str) -> None:
    assert not found(letter(subject, body, kind))


@pytest.mark.parametrize(("subject", "body", "kind"), WIDENED_RULE_LOOK_ALIKES, ids=ids(WIDENED_RULE_LOOK_ALIKES))
def test_sweep2_pt_widened_rule_look_alike_is_no_rejection(subject: str, body: str, kind: str) -> None:
    assert not found(letter(subject, body, kind))


@pytest.mark.parametrize(("subject", "body", "kind"), WIDENED_RULE_REJECTIONS, ids=ids(WIDENED_RULE_REJECTIONS))
def test_sweep2_pt_narrowed_rule_rejection_found(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind))
