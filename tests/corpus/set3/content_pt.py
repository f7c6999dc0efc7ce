from common import L, O, R

LANG = "pt"
OWNERS = [("Beatriz Carvalho", "beatriz.carvalho@correio.example"),
          ("João Pedro Siqueira", "joao.siqueira@caixapostal.test"),
          ("Ana Luísa Matos", "analuisa.matos@correio.example")]
COMPANIES = [("Cajueiro Tecnologia", "cajueiro.example"), ("Grupo Maré Alta", "marealta.test"),
             ("Ipê Seguros", "ipeseguros.example"), ("Serra Azul Logística Ltda.", "serraazul.test"),
             ("Sabiá Digital", "sabiadigital.example"), ("Atlântida Energia", "atlantida-energia.test"),
             ("Quinta do Lagar", "quintadolagar.example")]
ROLES = ["Desenvolvedor(a) Front-end", "Analista de Dados Pleno", "Gerente de Produto", "Assistente Administrativo",
         "Engenheira de Software Sênior", "Estágio em Marketing", "Coordenador(a) de RH", "Analista Financeiro"]
SIGNERS = [("Mariana Prado", "Analista de Recrutamento"), ("Rafael Bittencourt", "Talent Acquisition"),
           ("Juliana Figueira", "Gerente de Pessoas"), ("Tiago Moura", "Responsável de RH")]
AGENCIES = [("Camila Rezende", "Consultora Sênior", "Rumo Talentos", "rumotalentos.example"),
            ("Henrique Sales", "Headhunter", "Ponte RH", "ponterh.test")]
VENDOR_PREF = ["SmartRecruiters", "Workday", "Greenhouse", "Lever", "Teamtailor", "Workable",
               "Recruitee"]
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]
TZ_OFFSETS = [-180, 0, 60]
RE = "RE: "
WROTE = "Em {date}, {owner} <{owner_email}> escreveu:"
OUTLOOK = ("De:", "Enviada em:", "Para:", "Assunto:")
QUOTE = ("Olá {signer_first},\n\nObrigado(a) mais uma vez pela conversa. Fico à disposição para qualquer\n"
         "informação adicional.\n\nAbraço,\n{first}")
LABELS = dict(phone="Tel.:", careers="Carreiras", open_roles="Conheça nossas vagas:",
              sent_by="Esta mensagem foi enviada por {vendor} em nome de {company}.",
              privacy="Política de privacidade", unsubscribe="Cancelar inscrição",
              preferences="Preferências de e-mail", platform_jobs="Mais vagas de {company}:")
ATS_DISPLAY = ["{company}", "{company} Recrutamento", "Time de Talentos {company}", "{company} Carreiras"]


def phone(rng):
    return rng.choice(["+55 11 9", "+55 21 9", "+351 21 "]) + f"{rng.randrange(10000000, 99999999)}"


def fmt_date(d):
    meses = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
    return f"{d.day} de {meses[d.month - 1]} de {d.year}"


REJ = [
    R("person", "Sua candidatura para {role}",
      "Olá, {first}!\n\nAgradecemos seu interesse na {company} e sua candidatura para a vaga de {role}.\n\n"
      "Infelizmente, decidimos seguir com outros candidatos cujo perfil está mais alinhado ao que buscamos "
      "neste momento.\n\nDesejamos sucesso na sua jornada.\n\nAbraços,"),
    R("person", "Retorno das entrevistas",
      "Oi, {first},\n\nObrigada pelo tempo dedicado às entrevistas. Depois de muita conversa com o time, "
      "optamos por outra pessoa com mais experiência em liderança. Não foi uma decisão fácil.\n\nSe quiser, "
      "posso te passar um feedback mais detalhado por telefone.\n\nUm abraço,"),
    R("person", "Desafio técnico",
      "Olá, {first},\n\nObrigado por entregar o desafio técnico. Gostamos da organização do código, mas não "
      "vamos avançar com sua candidatura para {role}: esperávamos mais profundidade na modelagem dos dados.\n\n"
      "Boa sorte,"),
    R("person", "Vaga {role} congelada",
      "Olá, {first},\n\nInfelizmente a vaga de {role} foi congelada pela diretoria e, com isso, seu processo "
      "foi encerrado. Sinto muito, sei que você já estava na etapa final.\n\nAtenciosamente,"),
    R("reply", "Andamento do processo",
      "Oi, {first},\n\nObrigada pela mensagem e desculpe a demora. No fim, não vamos seguir com você no "
      "processo; a vaga foi preenchida internamente.\n\nAbraço,"),
    R("reply", "Obrigado pela entrevista",
      "Olá, {first},\n\nObrigado pelo retorno. Lamento informar que, após a última etapa, escolhemos outro "
      "candidato.\n\nTudo de bom,"),
    R("agency", "Retorno da {company}",
      "Oi, {first},\n\nFalei com a {company} hoje cedo. Infelizmente o cliente decidiu não seguir com sua "
      "candidatura para {role}; eles querem alguém que já tenha gerido uma equipe maior.\n\nTenho outras duas "
      "vagas que combinam com você. Podemos conversar na quinta?\n\nAbraço,"),
    R("agency", "ENC: Feedback do candidato",
      "Oi, {first},\n\nEncaminho abaixo o retorno do cliente. Sinto muito.\n\n---------- Mensagem encaminhada "
      "----------\nDe: {signer} <{signer_email}>\nData: {date_prev}\nAssunto: Feedback do candidato\n\n"
      "Oi, {agent_first},\n\nObrigado por apresentar {first}. Decidimos não seguir adiante.\n\n{signer}\n"
      "{company}\n\nAbraço,"),
    R("ats", "Sua candidatura na {company}",
      "Olá, {first},\n\nAgradecemos por se candidatar à vaga de {role} na {company}.\n\nApós análise "
      "cuidadosa, informamos que seu perfil não foi selecionado para as próximas etapas do processo.\n\n"
      "Seu currículo ficará em nosso banco de talentos.\n\nEquipe de Recrutamento {company}"),
    R("ats", "Atualização do seu processo seletivo",
      "Oi, {first}!\n\nObrigado por fazer o teste online. Dessa vez, sua candidatura não vai seguir adiante. "
      "Confira outras oportunidades: {careers}\n\nTime de Talentos {company}", html=True),
    R("ats", "{company}: vaga preenchida",
      "Olá, {first},\n\nA vaga de {role} já foi preenchida. Por isso, sua candidatura não será considerada "
      "nesta seleção.\n\nAtenciosamente,\nRecursos Humanos – {company}", html="only"),
    R("ats_signed", "Seu processo na {company}",
      "Olá, {first},\n\nQueremos agradecer pelas conversas. Depois de muita reflexão, decidimos não lhe fazer "
      "uma proposta para {role}.\n\nCordialmente,"),
    R("ats_replyto", "Candidatura {role}",
      "Olá, {first},\n\nAnalisamos seu perfil com atenção, mas infelizmente ele não atende às necessidades "
      "atuais. Se quiser mais detalhes, responda a este e-mail.\n\nEquipe de Pessoas {company}"),
    R("platform", "Atualização da sua candidatura",
      "Olá, {first},\n\nA empresa {company} analisou sua candidatura para {role} e decidiu não seguir com o seu "
      "perfil.\n\nVeja outras vagas que podem te interessar.", platform="Catho"),
    R("platform", "Sua candidatura para {role} na {company}",
      "Status: Não está mais em consideração\n\n{first}, a {company} decidiu prosseguir com outros "
      "candidatos para esta vaga.", platform="LinkedIn"),
    R("person", "Processo seletivo",
      "Prezada(o) {first},\n\nEm primeiro lugar, obrigado pela paciência: o processo demorou mais que o "
      "previsto por causa da reestruturação da área.\n\nTambém queremos dizer que sua apresentação do case "
      "foi muito elogiada pela banca.\n\nAinda assim, decidimos por outro perfil para a posição e, por "
      "isso, encerramos aqui sua participação.\n\nCordialmente,"),
]

LOOK = [
    L("received", "ats", "Recebemos sua candidatura",
      "Olá, {first},\n\nObrigado por se candidatar à vaga de {role}. Recebemos seu currículo. Infelizmente, "
      "devido ao volume, a análise pode levar até três semanas.\n\nEquipe de Recrutamento {company}"),
    L("interview", "person", "Convite para entrevista",
      "Oi, {first}!\n\nGostaríamos de convidar você para uma entrevista para {role}. Infelizmente "
      "{weekday} não temos mais horário; quinta às 10h funciona?\n\nAbraço,"),
    L("offer", "person", "Proposta de emprego",
      "Olá, {first},\n\nTenho o prazer de informar que decidimos fazer uma proposta para você! A carta segue em "
      "anexo.\n\nAbraços,"),
    L("aluguel", "raw", "Proposta de locação",
      "Olá, {first},\n\nInfelizmente o proprietário escolheu outro inquilino para o apartamento. Avisaremos "
      "sobre novos imóveis.\n\nImobiliária Horizonte", sender="Imobiliária Horizonte <locacao@imobhorizonte.example>"),
    L("emprestimo", "raw", "Sua solicitação de crédito",
      "Prezado cliente,\n\nInformamos que sua solicitação de empréstimo pessoal não foi aprovada.\n\n"
      "Ipê Banco", sender="Ipê Banco <avisos@ipebanco.example>"),
    L("artigo", "raw", "Decisão sobre seu artigo",
      "Prezada autora,\n\nInfelizmente seu artigo não foi aceito para publicação nesta edição. Os pareceres "
      "seguem abaixo.\n\nComissão Editorial", sender="Revista Sertão <editorial@revistasertao.example>"),
    L("friend", "raw", "Coitado do Caio",
      "Oi, {first},\n\nO Caio foi recusado naquela empresa depois de três entrevistas. Ele ficou muito "
      "chateado. Vamos sair com ele no sábado?\n\nBeijos, Lívia", sender="Lívia <livia.c@correio.example>"),
    L("withdrawal", "raw", "Desistência da candidatura",
      "Olá, {signer_first},\n\nObrigado(a) pelas conversas. Infelizmente aceitei outra proposta e, por isso, "
      "retiro minha candidatura para {role}.\n\nAbraço,\n{first}", sender="x <x@x.example>", from_owner=True),
    L("manager", "raw", "Candidato Sr. Nogueira",
      "Oi, {first},\n\nObrigado pelas suas anotações da entrevista. Decidimos não seguir com o Sr. Nogueira. "
      "A Mariana vai mandar o retorno hoje.\n\nTiago", sender="Tiago Moura <tiago.moura@sabiadigital.example>"),
    L("job_alert", "platform", "Novas vagas para você",
      "Olá, {first},\n\n9 novas vagas combinam com seu alerta:\n{role} – {company} – São Paulo\n"
      "Analista de Dados – Sabiá Digital – Remoto", platform="Catho"),
    L("visto", "raw", "Pedido de visto",
      "Prezado(a) requerente,\n\nInformamos que o seu pedido de visto foi indeferido. Os motivos constam da "
      "decisão em anexo.\n\nSecção Consular", sender="Consulado <vistos@consulado.test>"),
    L("next_steps", "reply", "Próximos passos",
      "Oi, {first},\n\nBoa notícia: você passou para a etapa final! Infelizmente o diretor está viajando, "
      "então será na semana que vem.\n\nAbraço,"),
]

ORD = [
    O("newsletter", "raw", "Novidades de abril",
      "Olá!\n\nInfelizmente a oficina de abril foi cancelada. Decidimos remarcar para maio. Inscrições "
      "abertas para o curso de férias.", sender="Centro Cultural Ipiranga <news@ccipiranga.example>", footer=True),
    O("entrega", "raw", "Seu pedido está a caminho",
      "Olá, {first},\n\nSeu pedido foi enviado. Infelizmente a entrega pode atrasar um dia.\n\n"
      "Rastreie: https://rastreio.jaenvio.example/{ref}", sender="JáEnvio <noreply@jaenvio.example>", footer=True),
    O("fatura", "raw", "Sua fatura de abril",
      "Olá,\n\nSua fatura já está disponível. Infelizmente o débito automático não foi processado.",
      sender="Atlântida Energia <fatura@atlantida-energia.test>"),
    O("pessoal", "raw", "Almoço de domingo",
      "Oi, filha,\n\nA vó decidiu vir no domingo. Infelizmente vai chover, então vamos almoçar dentro. Traz a "
      "sobremesa?\n\nBeijo, mãe", sender="Mãe <regina.carvalho@caixapostal.test>"),
    O("calendario", "raw", "Convite: Reunião semanal qui 10:00",
      "Você foi convidado: Reunião semanal\nQuando: quinta 10:00–11:00\nPauta: vagas abertas, candidatos, "
      "férias.", sender="Agenda <agenda@workspace.example>"),
    O("spam", "raw", "Você foi selecionado!",
      "Parabéns! Você foi selecionado para trabalhar de casa ganhando R$ 5.000 por semana. Infelizmente as "
      "vagas estão acabando: envie sua candidatura hoje.", sender="Renda Extra <rh@rendaextra.test>"),
    O("senha", "raw", "Redefinição de senha",
      "Olá, {first},\n\nRecebemos um pedido para redefinir sua senha. Infelizmente o link expira em 30 "
      "minutos.\n\nhttps://conta.nuvemzinha.example/reset/{ref}", sender="Nuvemzinha <seguranca@nuvemzinha.example>"),
    O("github", "raw", "Re: [sabia/app] Posição errada do botão (#{ref})",
      "@bcarvalho infelizmente continua acontecendo. Decidi reescrever o componente.\n\n"
      "https://github.com/sabia/app/issues/{ref}", sender="rsouza <notifications@github.com>"),
    O("escola", "raw", "Passeio do 5º ano",
      "Prezadas famílias,\n\nInfelizmente o passeio foi adiado. Decidimos fazê-lo em junho.\n\nA direção",
      sender="Escola Monteiro Lobato <secretaria@emlobato.example>"),
    O("clube", "raw", "Escalação de sábado",
      "Fala, pessoal!\n\nInfelizmente nosso goleiro se machucou. Quem pode jogar nessa posição? O técnico já "
      "decidiu a escalação.\n\nBeto", sender="EC Várzea Nova <clube@varzeanova.example>"),
    O("lista", "raw", "[python-br] Encontro em Recife",
      "Oi,\n\nInfelizmente o local cancelou. Decidimos ir para a biblioteca. Candidatos a palestras, "
      "respondam.\n\nFábio", sender="Fábio Lins <fabio@listas.example>"),
    O("recibo", "raw", "Seu recibo",
      "Obrigado pela compra: 2 cafés, 1 pão de queijo. Total R$ 18,50. Infelizmente não conseguimos somar "
      "seus pontos.", sender="Café Jabuticaba <recibo@cafejabuticaba.example>"),
]
