"""Portuguese material, Brazilian (v="br") and European (v="pt"). Dev and heldout written separately."""
from common import C, T

LANG = "pt"

# =============================================================================== DEV
DEV_CASTS = [
    C("Ipê Tecnologia", "ipetec.example", "Desenvolvedora Full Stack", "Juliana Martins",
      "Analista de Recrutamento", "+55 11 95555-0142", "https://carreiras.ipetec.example/",
      slug="ipetec", v="br"),
    C("Cooperativa Cerrado Verde", "cerradoverde.example", "Engenheiro Agrônomo", "Rafael Nogueira",
      "Business Partner de RH", "+55 62 3555-0110", "https://www.cerradoverde.example/trabalhe-conosco",
      slug="cerradoverde", v="br"),
    C("Banco Araucária", "bancoaraucaria.example", "Analista de Crédito Pleno", "Fernanda Lopes",
      "Tech Recruiter", "+55 41 3555-0177", "https://bancoaraucaria.example/carreiras",
      slug="araucaria", v="br"),
    C("Mercadão Express", "mercadaoexpress.example", "Coordenador de Logística", "Thiago Ribeiro",
      "Talent Acquisition", "+55 21 99555-0133", "https://mercadaoexpress.example/vagas",
      slug="mercadao", v="br"),
    C("Editora Jabuticaba", "jabuticaba.example", "Revisora de Textos", "Patrícia Duarte",
      "Gerente de Pessoas", "+55 31 3555-0190", "https://jabuticaba.example/trabalhe-conosco",
      v="br"),
    C("Tejo Digital", "tejodigital.example", "Engenheiro de Dados", "Miguel Sousa",
      "Recrutador Técnico", "+351 21 555 0142", "https://tejodigital.example/carreiras",
      slug="tejodigital", v="pt"),
    C("Azulejos do Norte, S.A.", "azulejosnorte.example", "Técnico de Qualidade", "Catarina Pinto",
      "Responsável de Recursos Humanos", "+351 22 555 0118", "https://www.azulejosnorte.example/recrutamento",
      slug="azulejos", v="pt"),
    C("Seguros Atlântico", "segurosatlantico.example", "Analista Atuarial", "João Ferreira",
      "Técnico de Recrutamento", "+351 21 555 0177", "https://segurosatlantico.example/pt/carreiras",
      slug="atlantico", v="pt"),
    C("Hotel Miradouro Lisboa", "miradouro.example", "Rececionista", "Rita Gonçalves",
      "Diretora de Recursos Humanos", "+351 21 555 0133", "https://miradouro.example/emprego",
      v="pt"),
    C("Universo Saúde Clínicas", "universosaude.example", "Enfermeira Chefe", "Camila Azevedo",
      "Recrutadora", "+55 51 3555-0155", "https://universosaude.example/carreiras",
      slug="universo", v="br"),
]

DEV_OWNERS = [
    dict(name="Beatriz Almeida", email="bia.almeida@correio.example", v="br"),
    dict(name="Gustavo Henrique Lima", email="gustavo.lima@caixapostal.test", v="br"),
    dict(name="Tiago Carvalho", email="tiago.carvalho@correio.example", v="pt"),
    dict(name="Marta Figueiredo", email="marta.fig@sapo.test", v="pt"),
]

DEV_QUOTES = [
    "Olá {rfirst},\n\nGostaria de saber se há novidades sobre o processo para {role}. "
    "Continuo muito interessada na vaga.\n\nObrigada,\n{owner_full}",
    "Boa tarde,\n\nVocês poderiam me dizer em que etapa está minha candidatura? "
    "A entrevista foi há duas semanas.\n\nObrigado,\n{owner}",
]

DEV = [
    # ---------------------------------------------------------------- rejections (BR)
    T("soft-rejection", True, "Sua candidatura para {role}",
      """
      Olá, {owner}!

      Muito obrigado pelo seu interesse na {company} e pelo tempo dedicado ao processo seletivo para a vaga de {role}.

      Analisamos seu perfil com muito cuidado e, neste momento, decidimos seguir com outros candidatos cuja experiência está mais alinhada ao que a posição exige.

      Desejamos muito sucesso na sua jornada!

      Abraços,
      {sigc}
      """, v="br", n=2),
    T("platform-relay", True, "Atualização do processo seletivo - {company}",
      """
      Olá, {owner}!

      Passando para avisar que o processo seletivo da vaga {role} na {company} teve uma atualização.

      Infelizmente, seu perfil não seguirá para as próximas etapas desta vaga. Mas não desanime: seu currículo continua no nosso banco de talentos e você pode se candidatar a outras oportunidades.

      Com carinho,
      Time de Atração de Talentos {company}
      (mensagem enviada pela Gupy)
      """, sender="platform:gupy", mime="alt", v="br", n=2),
    T("blunt-rejection", True, "Processo seletivo {role}",
      """
      Prezado(a) {owner_full},

      Informamos que você não foi selecionado(a) para a vaga de {role}.

      {company}
      Mensagem automática, não responda.
      """, sender="noreply", v="br"),
    T("post-interview", True, "Obrigada pela entrevista, {owner}",
      """
      Oi, {owner}, tudo bem?

      Antes de tudo, queria agradecer de novo pela conversa de quinta com o time de produto e comigo. Curtimos muito a forma como você conduziu o estudo de caso, e o Diego comentou depois que sua análise do funil de vendas foi uma das melhores do processo.

      Também já encaminhei o reembolso do Uber que você mandou; deve cair junto com o próximo lote de pagamentos, em uns cinco dias úteis.

      Dito isso, e sendo bem sincera, a decisão final foi seguir com outra pessoa para a posição de {role}, principalmente pela experiência prévia no nosso setor, que era um requisito importante para esse time.

      Sei que não é a notícia que você esperava. Se fizer sentido, adoraria manter contato: vamos abrir novas posições ao longo do ano e acho que você pode se encaixar. As vagas abertas ficam sempre no nosso site.

      Um abraço,
      {sigc}
      """, mime="plain", wrap=False, v="br"),
    T("hiring-freeze", True, "Encerramento do processo: {role}",
      """
      Olá, {owner},

      Escrevemos para informar que, devido a uma revisão do planejamento orçamentário, a {company} congelou temporariamente as contratações. Com isso, o processo para {role} foi encerrado e não será possível dar continuidade à sua candidatura.

      Lamentamos o transtorno. Se a vaga for reaberta, ela será publicada novamente.

      Atenciosamente,
      {rname}
      {rtitle}
      """, sender="ats:workday", signed=True, v="br"),
    T("reply-quoted", True, "Re: Processo {role}",
      """
      Oi {owner},

      Desculpa a demora em responder. Já temos uma decisão: infelizmente não vamos avançar com a sua candidatura desta vez. O time escolheu um perfil com mais experiência em gestão de pessoas.

      Muito obrigada pela paciência e pelo interesse.

      {sig}
      """, quote=True, typo=True, v="br"),
    T("not-a-match", True, "{company}: sua aplicação",
      """
      Olá {owner},

      Obrigado por se candidatar à vaga de {role}. Revisamos sua experiência e, por enquanto, seu perfil não é o que buscamos neste momento para este time.

      Isso não é um julgamento sobre o seu valor profissional. Adoraríamos receber uma nova candidatura sua no futuro.

      Abraço,
      {rname}, {rtitle}
      """, sender="ats:ashby", signed=True, mime="alt", v="br"),
    T("position-filled", True, "Sobre a vaga de {role}",
      """
      Olá, {owner}!

      Obrigado por se candidatar à vaga de {role}. Queremos avisar que a vaga foi preenchida e, por isso, encerramos o processo para as demais candidaturas.

      Obrigado mais uma vez por pensar na {company}.

      {rname}
      """, sender="ats:lever", signed=True, v="br"),
    # ---------------------------------------------------------------- rejections (PT)
    T("soft-rejection-pt", True, "A sua candidatura a {role}",
      """
      Caro(a) {owner},

      Agradecemos o interesse demonstrado na {company} e a candidatura à função de {role}.

      Após uma análise cuidada, informamos que não seguiremos com a sua candidatura nesta fase. O seu currículo ficará na nossa base de dados para futuras oportunidades.

      Com os melhores cumprimentos,
      {sigc}
      """, v="pt", n=2),
    T("ats-noreply-pt", True, "{company} | Candidatura {role}",
      """
      Olá {owner},

      Obrigado por te candidatares à posição de {role}. Depois de analisarmos todas as candidaturas, lamentamos informar que decidimos avançar com outros candidatos.

      Vamos guardar o teu CV e teremos todo o gosto em contactar-te se surgir uma oportunidade adequada.

      Cumprimentos,
      Equipa de Recrutamento {company}
      """, sender="ats:greenhouse", v="pt", n=2),
    T("agency-forward", True, "Fwd: Feedback candidatura {role}",
      """
      Olá {owner},

      Reencaminho a resposta da {company} sobre a tua candidatura. Lamento que não tenha corrido bem desta vez; continuamos à procura contigo.

      Um abraço,
      Sofia Marques
      Consultora · Farol Recrutamento
      +351 21 555 0166

      ---------- Forwarded message ---------
      De: {rname} <{remail}>
      Para: Sofia Marques <sofia.marques@farolrecrutamento.example>
      Assunto: Feedback candidatura {role}

      Olá Sofia, obrigado por nos apresentares o/a {owner}. Decidimos não avançar com a candidatura: procuramos alguém com mais experiência no setor. Cumprimentos.
      """, sender="raw", from_=("Sofia Marques", "sofia.marques@farolrecrutamento.example"),
      contact=("Sofia Marques", "sofia.marques@farolrecrutamento.example"), v="pt"),
    T("html-template", True, "O seu processo na {company}",
      """
      Olá {owner},

      Obrigado pelo interesse em fazer parte da {company}!

      Após analisarmos a sua candidatura para a posição de {role}, informamos que desta vez não iremos avançar. Recebemos um número muito elevado de candidaturas e a decisão não foi fácil.

      Continue atento(a) às nossas vagas: {careers}

      Com os melhores cumprimentos,
      Equipa de Seleção
      """, sender="ats:smartrecruiters", mime="html", skin=0, v="pt"),
    T("hiring-freeze-pt", True, "Recrutamento {role} suspenso",
      """
      Exmo(a). Sr(a). {owner_full},

      Informamos que, por decisão da administração, o recrutamento para a função de {role} foi suspenso por tempo indeterminado. Assim, a sua candidatura não terá seguimento.

      Agradecemos a compreensão.

      {sig}
      """, v="pt", n=2),
    # ---------------------------------------------------------------- hard negatives
    T("application-received", False, "Recebemos sua candidatura - {role}",
      """
      Olá, {owner}!

      Obrigado por se candidatar à vaga de {role} na {company}. Nosso time vai analisar seu currículo nos próximos dias.

      Infelizmente, devido ao grande volume de candidaturas, nem sempre conseguimos responder individualmente. Se o seu perfil for aderente, entraremos em contato para agendar uma entrevista.

      Time de Talentos {company}
      """, sender="platform:gupy", v="br"),
    T("interview-invite", False, "Entrevista para {role} - {company}",
      """
      Olá {owner},

      Parabéns! Gostamos muito do seu perfil e queremos te conhecer. Quarta-feira às 11h funciona para uma videochamada? Segue o convite em anexo.

      A conversa deve durar uns 45 minutos, com a liderança do time e comigo.

      {sig}
      """, attach=["ics"], v="br"),
    T("assessment-invite", False, "Teste técnico - {role}",
      """
      Oi {owner},

      Obrigada pela paciência. Infelizmente o link que enviamos ontem expirou antes do prazo por um erro da plataforma, então segue um novo link para o teste técnico:

      https://testes.{domain}/t/x81pa

      Você tem 72 horas para concluir. Qualquer problema, me chama.

      {sig}
      """, v="br"),
    T("offer", False, "Proposta de trabalho - {role}",
      """
      Caro {owner},

      É com muito gosto que lhe apresentamos uma proposta para a função de {role} na {company}. Em anexo segue a carta-proposta com as condições (remuneração, data de início e benefícios).

      Agradecemos uma resposta até sexta-feira. Qualquer dúvida, ligue-me.

      {sig}
      """, attach=["pdf"], mime="alt", v="pt"),
    T("next-steps", False, "Próximos passos no seu processo",
      """
      Oi {owner},

      Depois da entrevista da semana passada, decidimos avançar com a sua candidatura para a próxima etapa. Desculpa a demora em dar retorno: parte do time estava de férias.

      A próxima etapa é uma conversa com a diretora da área. Te mando opções de horário amanhã.

      {sig}
      """, typo=True, v="br"),
    T("job-alert", False, "10 novas vagas de Analista de Dados em São Paulo",
      """
      Olá {owner},

      Estas são as vagas mais recentes para o seu alerta "Analista de Dados - São Paulo":

      - Analista de Dados Sênior · Fintech Capivara · São Paulo · R$ 12.000
      - Cientista de Dados · Varejo Paulista · Híbrido
      - Analista de BI · Consultoria Horizonte · Remoto

      Não perca nenhuma: ative as notificações no app.

      Gerenciar alertas: https://www.catho.com.br/alertas
      """, sender="platform:catho", nocast=True, mime="html", v="br"),
    T("recruiter-outreach", False, "Oportunidade: {role} na {company}",
      """
      Olá {owner},

      Vi o seu perfil e acho que pode encaixar numa posição de {role} que temos aberta na {company}. Sei que talvez não esteja à procura, mas teria 15 minutos esta semana para conversarmos?

      {sigc}
      """, v="pt"),
    T("newsletter", False, "Novidades da {company} | outubro",
      """
      Olá {owner},

      Este mês na {company}: inauguramos o novo escritório em Campinas, publicamos o relatório de sustentabilidade e abrimos o programa de estágio.

      Infelizmente, o evento de portas abertas do dia 14 foi adiado por questões de organização. Avisaremos a nova data em breve.

      Quer um novo desafio? Veja as vagas abertas em {careers}

      Você recebe este e-mail porque se inscreveu na nossa newsletter.
      """, sender="noreply", mime="html", skin=1, v="br"),
    T("paper-rejection", False, "Decisão sobre o manuscrito RBC-2025-0214",
      """
      Prezada Dra. {owner_full},

      Após a avaliação por pares do seu manuscrito "Previsão de demanda hídrica com redes neurais", lamento informar que o conselho editorial decidiu rejeitá-lo para publicação na Revista Brasileira de Computação Aplicada.

      Seguem os pareceres dos avaliadores, que esperamos sejam úteis.

      Atenciosamente,
      Prof. Dr. Otávio Cunha
      Editor-Chefe
      """, sender="raw", from_=("Revista Brasileira de Computação Aplicada", "editor@rbca-revista.example"),
      nocast=True, v="br"),
    T("grant-rejection", False, "Resultado - Concurso de Projetos de Investigação 2025",
      """
      Exmo(a). Senhor(a),

      Informamos que, concluída a avaliação, a candidatura com a referência PTDC/2025/04417 não foi selecionada para financiamento neste concurso.

      Pode consultar a lista de resultados e apresentar reclamação no prazo de dez dias úteis através do portal.

      Fundação para a Ciência e Inovação
      """, sender="raw", from_=("FCI Concursos", "concursos@fci-fundacao.example"), nocast=True,
      v="pt"),
    T("loan-rejection", False, "Pedido de crédito pessoal",
      """
      Caro(a) cliente,

      Analisámos o seu pedido de crédito pessoal no valor de 10.000 €. Lamentamos informar que, neste momento, não nos é possível aprovar a operação.

      Esta decisão resulta dos nossos critérios de risco e não afeta os seus produtos atuais.

      Com os melhores cumprimentos,
      Apoio ao Cliente - Banco Lusitano
      """, sender="raw", from_=("Banco Lusitano", "avisos@bancolusitano.example"), nocast=True,
      v="pt"),
    T("rental-rejection", False, "Apartamento na Rua das Flores - proposta",
      """
      Olá {owner},

      Obrigado por ter visitado o apartamento no sábado e por ter enviado os documentos todos. O senhorio decidiu avançar com outro candidato que podia entrar mais cedo, por isso infelizmente a sua proposta não segue.

      Temos outro T2 semelhante em Campo de Ourique a partir da próxima semana, se tiver interesse.

      Cumprimentos,
      Nuno — Imobiliária Flores
      """, sender="raw", from_=("Nuno Batista", "nuno@imoflores.example"), nocast=True, v="pt"),
    T("order-cancelled", False, "Seu pedido #BR-552190 foi cancelado",
      """
      Olá {owner},

      Infelizmente precisamos cancelar o seu pedido #BR-552190 (Fone sem fio X200) porque o produto ficou indisponível no estoque.

      O estorno de R$ 289,90 será feito no mesmo meio de pagamento em até 5 dias úteis.

      Pedimos desculpas pelo transtorno.
      Atendimento LojaPonto
      """, sender="raw", from_=("LojaPonto", "pedidos@lojaponto.example"), nocast=True,
      mime="alt", v="br"),
    T("event-rejection", False, "Sua proposta de palestra para o DevConf Recife",
      """
      Oi {owner}!

      Obrigado por enviar a proposta "Pipelines de dados sem dor de cabeça". Este ano recebemos mais de 300 propostas para apenas 24 espaços e, infelizmente, a sua não foi selecionada.

      Esperamos te ver na plateia! Use o cupom PALESTRANTE20 para 20% de desconto.

      Comitê de Programa do DevConf Recife
      """, sender="raw", from_=("DevConf Recife", "cfp@devconf-recife.example"), nocast=True,
      v="br"),
    T("admission-rejection", False, "Candidatura ao Mestrado em Ciência de Dados",
      """
      Caro(a) {owner_full},

      Informamos que o júri de seleção do Mestrado em Ciência de Dados concluiu a seriação das candidaturas para 2025/26. Lamentamos informar que não foi admitido(a) por terem sido preenchidas todas as vagas. Ficou em 9.º lugar na lista de suplentes.

      Serviços Académicos
      Universidade do Litoral
      """, sender="raw", from_=("Serviços Académicos", "academicos@ulitoral.example"), nocast=True,
      v="pt"),
    T("withdrawal", False, "Desistência da candidatura - {role}",
      """
      Olá {rfirst},

      Muito obrigado pelo processo e pelo vosso tempo. Escrevo para informar que decidi retirar a minha candidatura à função de {role}, uma vez que aceitei outra proposta.

      Foi um prazer conhecer-vos e espero que nos cruzemos no futuro.

      Cumprimentos,
      {owner_full}
      """, sender="owner", v="pt"),
    T("withdrawal-ack", False, "Re: Desistência do processo",
      """
      Oi {owner},

      Obrigada por avisar! Registramos que você está retirando sua candidatura para {role}, então encerramos o seu processo. Boa sorte no novo trabalho!

      {sig}
      """, v="br"),
    T("personal", False, "Churrasco de sábado",
      """
      Oi {owner}!!

      Infelizmente não vou conseguir ir no churrasco de sábado, pintou uma viagem a trabalho. Bora remarcar pra semana que vem?

      Ah, e aquela candidatura na empresa de energia, deu em alguma coisa? Me conta quando souber!

      Beijos,
      Carol
      """, sender="raw", from_=("Carolina Prado", "carolprado@caixapostal.test"), nocast=True,
      mime="plain", v="br"),
    T("mailing-list", False, "[python-brasil] Re: Sede da Python Brasil 2026",
      """
      Oi pessoal,

      Infelizmente a candidatura de Curitiba não foi escolhida como sede da próxima Python Brasil; a comissão decidiu seguir com a proposta de Belém. Obrigado a todo mundo que ajudou a montar o dossiê.

      Seguimos com os meetups mensais.

      Abraços,
      Léo

      _______________________________________________
      python-brasil mailing list
      https://lists.python-brasil.example/listinfo/python-brasil
      """, sender="raw", from_=("Leonardo Vaz", "leo@vaz.test"),
      to="python-brasil <python-brasil@lists.python-brasil.example>", nocast=True, v="br"),
    T("referral-update", False, "Atualização sobre a sua indicação",
      """
      Olá {owner},

      Obrigado por indicar o Marcelo Teixeira para a vaga de {role}. Queríamos contar que, após as entrevistas, o time decidiu não seguir com a candidatura dele.

      Agradecemos muito por lembrar da {company} para os seus contatos: continue indicando!

      Programa de Indicações · {company}
      """, sender="noreply", v="br"),
    T("spam", False, "Você foi selecionado! Ganhe R$ 5.000 por mês em casa",
      """
      PARABÉNS!!

      Seu perfil foi SELECIONADO para uma vaga de trabalho em casa. Sem experiência. Só 2 horas por dia.

      Vagas limitadas, confirme HOJE seus dados bancários: http://vagas-faceis.test/cadastro

      Para não receber mais e-mails responda SAIR.
      """, sender="raw", from_=("Departamento RH", "rh@vagas-faceis.test"), nocast=True, v="br"),
    T("shipping", False, "A sua encomenda chega amanhã",
      """
      Olá {owner},

      A sua encomenda RR123456785PT está em distribuição e será entregue amanhã entre as 9h00 e as 13h00.

      Não vai estar em casa? Altere a entrega aqui: https://seguimento.entregaja.example/RR123456785PT

      EntregaJá
      """, sender="raw", from_=("EntregaJá", "naoresponder@entregaja.example"), nocast=True,
      v="pt"),
]

# =============================================================================== HELDOUT
HELD_CASTS = [
    C("Construtora Mandacaru", "mandacaru.example", "Engenheira Civil de Obras", "Tatiana Moura",
      "Analista de Atração", "+55 81 3555-0121", "https://www.mandacaru.example/carreiras",
      slug="mandacaru", v="br"),
    C("Pagamentos Tucano", "tucanopay.test", "Engenheiro de Software Sênior", "Bruno Cavalcanti",
      "Talent Partner", "+55 11 95555-0188", "https://jobs.tucanopay.test/", slug="tucanopay",
      v="br"),
    C("Instituto Mata Viva", "mataviva.example", "Coordenador(a) de Projetos",
      "Renata Figueira", "Gestora de Pessoas", "+55 92 3555-0167", "https://mataviva.example/vagas",
      v="br"),
    C("Farmácias Boa Vida", "boavida.example", "Gerente de Loja", "Eduardo Santos",
      "Recrutador", "+55 71 3555-0104", "https://trabalheconosco.boavida.example", slug="boavida",
      v="br"),
    C("Vinhos do Douro Alto", "douroalto.example", "Técnico de Marketing", "Inês Rocha",
      "Recursos Humanos", "+351 254 555 021", "https://douroalto.example/recrutamento", v="pt"),
    C("Robótica Lusa", "roboticalusa.test", "Engenheiro de Visão Computacional", "Pedro Antunes",
      "Head of Talent", "+351 91 555 0199", "https://roboticalusa.test/careers", slug="roblusa",
      v="pt"),
    C("Transportes Algarve Sul", "algarvesul.example", "Planeador de Operações", "Sara Mendes",
      "Técnica de Recrutamento", "+351 289 555 017", "https://www.algarvesul.example/emprego",
      slug="algarvesul", v="pt"),
    C("Caixa Mútua Previdência", "caixamutua.example", "Atuário Júnior", "Ana Luísa Costa",
      "Recrutamento e Seleção", "+351 21 555 0128", "https://caixamutua.example/trabalhe-connosco",
      v="pt"),
]

HELD_OWNERS = [
    dict(name="Larissa Souza", email="larissa.souza@caixapostal.test", v="br"),
    dict(name="Rodrigo Bezerra", email="rodrigo.bezerra@correio.example", v="br"),
    dict(name="Inês Moreira", email="ines.moreira@sapo.test", v="pt"),
    dict(name="Duarte Vasconcelos", email="duarte.vasc@correio.example", v="pt"),
]

HELD_QUOTES = [
    "De: {owner_full} <{owner_email}>\nEnviada em: {date}\nPara: {rname} <{remail}>\n"
    "Assunto: {subject}\n\nPrezada {rfirst}, gostaria de saber se já existe uma decisão sobre a "
    "vaga. Fico à disposição para enviar documentos adicionais.\nAtenciosamente, {owner}",
]

HELD = [
    T("reply-outlook", True, "RES: Andamento do processo",
      """
      Bom dia, {owner}.

      Peço desculpas pela demora no retorno. Depois de avaliarmos todos os participantes, a decisão não foi favorável ao seu perfil para a vaga de {role}; optamos por uma pessoa com vivência direta em obras de infraestrutura.

      Agradecemos o interesse e desejamos sucesso.

      {sig}
      """, quote=True, mime="alt", v="br"),
    T("post-interview", True, "Sua entrevista com a {company}",
      """
      E aí, {owner}!

      Quis te escrever pessoalmente depois da última rodada. Você deixou a decisão difícil: a banca gostou demais da sua apresentação de arquitetura de pagamentos. No fim, optamos por um perfil com mais estrada liderando times, então não vamos conseguir te fazer uma proposta para {role}.

      Se ajudar, posso te passar o feedback completo numa ligação de 10 minutos. E fico de olho em posições futuras.

      Valeu,
      {sigc}
      """, wrap=58, v="br"),
    T("ats-noreply-pt", True, "A sua candidatura na {company}",
      """
      Olá {owner},

      Obrigado pelo seu tempo e pelo interesse na função de {role}.

      Infelizmente, desta vez não lhe poderemos oferecer a posição. Recebemos perfis muito completos e tivemos de tomar uma decisão difícil.

      Votos de sucesso,
      Departamento de Recursos Humanos
      {company}
      """, sender="ats:personio", v="pt", n=2),
    T("html-only", True, "Obrigado pelo seu interesse na {company}",
      """
      Olá {owner},

      Queremos agradecer sinceramente a sua participação no nosso processo para {role}.

      Desta vez optámos por candidaturas que correspondem melhor aos requisitos da função. Ainda assim, gostaríamos muito de voltar a ter notícias suas.

      Descubra outras oportunidades em {careers}

      Cumprimentos,
      {rname}
      {rtitle}
      """, sender="ats:workable", signed=True, mime="html", v="pt", n=2),
    T("hiring-freeze", True, "Vaga {role} cancelada",
      """
      Oi {owner},

      Tenho uma notícia que a gente não esperava: por causa de uma reestruturação interna, a diretoria decidiu cancelar a vaga de {role}. Estamos encerrando o processo sem contratar ninguém e, portanto, sua candidatura não vai seguir.

      Sinto muito, principalmente porque você estava na etapa final. Guardo seus dados caso a vaga seja reaberta.

      {sig}
      """, v="br"),
    T("blunt-rejection", True, "Processo de recrutamento - Ref. 4410",
      """
      Exmo(a). Sr(a). {owner_full}

      A sua candidatura foi excluída.

      Recursos Humanos
      {company}
      """, sender="noreply", mime="plain", charset="iso-8859-1", v="pt"),
    T("gupy-status", True, "Seu status no processo: {role}",
      """
      Olá, {owner}!

      Nesta etapa do processo seletivo para {role} na {company}, optamos por não dar continuidade à sua candidatura. Sabemos que não é a resposta que você esperava e agradecemos de coração o seu tempo.

      Etapa: Triagem de currículos
      Status: Reprovado

      Continue acompanhando nossas vagas.
      """, sender="platform:gupy", mime="html", v="br", n=2),
    T("platform-relay-pt", True, "Alteração na sua candidatura - {role}",
      """
      Olá {owner},

      Houve uma alteração nas suas candidaturas:

      Empresa: {company}
      Oferta: {role}
      Estado: Processo concluído - não selecionado

      Mantenha o seu perfil atualizado para aparecer em mais pesquisas.

      Net-Empregos
      """, sender="platform:netempregos", mime="alt", v="pt"),
    T("buried-decision", True, "Despesas de deslocação e resultado do processo",
      """
      Olá {owner},

      Escrevo-lhe sobre dois assuntos.

      Primeiro, a parte administrativa: para reembolsarmos o comboio da entrevista presencial, precisamos da fatura com o NIF da empresa e do seu IBAN. Com isso, o pagamento sai no processamento do dia 25.

      Segundo, o processo para {role}. Tivemos a última reunião do painel e, embora a sua entrevista tenha sido muito bem avaliada, decidimos preencher a posição com outra pessoa que já conhecia os nossos sistemas de planeamento. Lamento dar-lhe esta notícia por e-mail.

      Fico a aguardar a fatura. Obrigada mais uma vez por tudo.

      {sigc}
      """, typo=True, v="pt"),
    # ---------------------------------------------------------------- hard negatives
    T("interview-confirm", False, "RES: Segunda entrevista",
      """
      Oi {owner},

      Confirmado: terça às 10h30 no nosso escritório da Av. Paulista. É só procurar por mim na recepção. Infelizmente não temos estacionamento para visitantes, recomendo ir de metrô.

      {sig}
      """, quote="De: {owner_full}\nEnviada em: {date}\nPara: {rname}\nAssunto: Segunda entrevista\n\nTerça de manhã funciona para vocês?",
      v="br"),
    T("status-in-review", False, "A sua candidatura continua em análise",
      """
      Olá {owner},

      A sua candidatura a {role} na {company} ainda está a ser analisada. Ainda não foi tomada nenhuma decisão; avisaremos assim que houver novidades.

      Estado: Em análise
      """, sender="platform:netempregos", mime="alt", v="pt"),
    T("offer-negotiation", False, "Proposta revista",
      """
      Boa tarde, {owner}.

      Analisámos a sua contraproposta. Não conseguimos chegar aos 3.400 € brutos mensais, mas podemos subir para 3.200 € e acrescentar um bónus anual de 10%. Falamos amanhã por telefone?

      {sig}
      """, v="pt"),
    T("job-recommendations", False, "Vagas recomendadas para você",
      """
      {owner}, essas vagas podem te interessar

      Planejador de Operações - Transportadora Nordeste - Recife
      Analista de Planejamento - Logística Sul - Remoto

      Estas recomendações são baseadas nas suas buscas recentes, não em processos dos quais você foi desclassificado.

      Ajustar preferências
      """, sender="platform:indeed", nocast=True, mime="html", skin=2, v="br"),
    T("headhunter", False, "Posição confidencial - Diretor(a) Financeiro(a)",
      """
      Bom dia {owner},

      Trabalho numa empresa de executive search e estou a conduzir um processo confidencial para uma empresa industrial do norte. Pelo seu percurso, creio que vale a pena conversarmos. Tem disponibilidade na quinta-feira?

      Cumprimentos,
      Henrique Valadares
      Partner · Valadares Executive Search
      """, sender="raw", from_=("Henrique Valadares", "hvaladares@valadares-search.example"),
      nocast=True, v="pt"),
    T("journal-rejection", False, "Parecer sobre o seu artigo",
      """
      Caro(a) autor(a),

      Após receção dos pareceres, informamos que o artigo "Irrigação inteligente em climas semiáridos" não foi aceite para publicação nos Cadernos de Engenharia Agrária. Os comentários dos revisores seguem abaixo.

      Com os melhores cumprimentos,
      Secretariado de Redação
      """, sender="raw", from_=("Cadernos de Engenharia Agrária", "redacao@cea-revista.example"),
      nocast=True, v="pt"),
    T("scholarship-rejection", False, "Bolsa de intercâmbio - resultado",
      """
      Prezado(a) {owner_full},

      Informamos que o seu pedido de bolsa de intercâmbio internacional foi indeferido por não atingir a nota mínima. Cabe recurso no prazo de 30 dias.
      """, sender="raw", from_=("Assessoria Internacional", "bolsas@universidade-serrana.example"),
      nocast=True, mime="plain", charset="windows-1252", v="br"),
    T("card-denied", False, "Solicitação de cartão de crédito",
      """
      Oi {owner},

      Analisamos sua solicitação do cartão Platinum e, no momento, não conseguimos aprovar. Você pode solicitar novamente daqui a seis meses.

      Banco Digital Tucano
      """, sender="raw", from_=("Banco Digital", "notificacoes@bancodigital.example"), nocast=True,
      v="br"),
    T("rental-taken", False, "O apartamento da Rua Augusta já foi alugado",
      """
      Olá {owner}, obrigado pelo interesse. Informo que o imóvel já foi arrendado a outros inquilinos, pelo que não podemos dar seguimento à sua proposta. Envio-lhe outras opções na zona, se quiser.

      Cumprimentos, Filipa
      """, sender="raw", from_=("Filipa Tavares", "filipa@arrendamentos-augusta.example"),
      nocast=True, v="pt"),
    T("press-accreditation", False, "Credenciamento de imprensa - Festival Maré Alta",
      """
      Olá {owner},

      Sua solicitação de credenciamento de imprensa para o Festival Maré Alta foi recusada: este ano o espaço para imprensa é bem limitado. Obrigado pelo interesse.

      Equipe de Comunicação
      """, sender="raw", from_=("Festival Maré Alta", "imprensa@festivalmarealta.example"),
      nocast=True, v="br"),
    T("offer-declined-by-owner", False, "Sobre a proposta para {role}",
      """
      Oi {rfirst},

      Muito obrigado pela proposta. Pensei bastante e decidi não aceitar: no fim, vou ficar na minha empresa atual, que me fez uma contraproposta.

      Espero que vocês encontrem logo a pessoa certa.

      Abraço,
      {owner}
      """, sender="owner", v="br"),
    T("withdrawal-ack", False, "Confirmação: retirou-se do processo",
      """
      Olá {owner},

      Lamentamos que tenha decidido retirar-se do processo para {role}. Fechámos a sua candidatura tal como pediu. Se mudar de ideias, as portas continuam abertas.

      Cumprimentos,
      {company}
      """, sender="ats:personio", v="pt"),
    T("family", False, "A avó",
      """
      Olá querido,

      Infelizmente o médico diz que a avó tem de ficar mais uns dias no hospital. Nada de grave, mas não vai poder vir ao almoço de domingo.

      Já sabes alguma coisa da entrevista? O teu pai diz que não lhe contaste nada.

      Mãe
      """, sender="raw", from_=("Mãe", "gracinda.vasc@sapo.test"), nocast=True, mime="plain",
      v="pt"),
    T("mailing-digest", False, "[ux-brasil] Resumo diário, Vol 22, Assunto 9",
      """
      Tópicos de hoje:

         1. Vaga: procura-se designer UX em Fortaleza (Tainá Rocha)
         2. Re: Alguém fez o teste da Pagamentos Tucano? (Vinícius)

      ----------------------------------------------------------------------

      Mensagem: 1
      De: Tainá Rocha
      Oi, na minha empresa estamos buscando designer UX com experiência em acessibilidade. Me chamem no privado.

      Mensagem: 2
      De: Vinícius
      Fiz ano passado. Fui reprovado depois do teste, mas o processo foi bem respeitoso e me deram feedback. Boa sorte!
      """, sender="raw", from_=("ux-brasil", "ux-brasil-request@listas.example"), nocast=True,
      v="br"),
    T("phishing", False, "Aviso: sua conta será bloqueada",
      """
      Prezado cliente,

      Detectamos atividade incomum. Infelizmente sua conta será bloqueada em 24 horas se você não confirmar seus dados aqui: http://verificacao-segura.test/entrar

      Central de Segurança
      """, sender="raw", from_=("Segurança da Conta", "suporte@verificacao-segura.test"),
      nocast=True, v="br"),
]

SPLITS = {
    "dev": dict(casts=DEV_CASTS, owners=DEV_OWNERS, templates=DEV, quotes=DEV_QUOTES,
                sig="{rname}\n{rtitle} | {company}\nTel.: {rphone}",
                attrib="Em {date}, {owner_full} <{owner_email}> escreveu:"),
    "heldout": dict(casts=HELD_CASTS, owners=HELD_OWNERS, templates=HELD, quotes=HELD_QUOTES,
                    sig="--\n{rname}\n{rtitle}\n{company}\nCel.: {rphone}",
                    attrib="________________________________"),
}
