"""Portuguese (pt-PT and pt-BR) messages for dev3/e."""
LANG = "pt"

INES = ("Inês Carvalho", "ines.carvalho@sapo.example")
RAFAEL = ("Rafael Nogueira", "rafael.nogueira@uol.example")


def M(kind, rej, frm, to, subj, body, **kw):
    d = dict(kind=kind, rej=rej, frm=frm, to=to, subj=subj, body=body)
    d.update(kw)
    return d


MESSAGES = [
    # ---------------- rejections (11) ----------------
    M("rejection-next-phase", True, ("Recrutamento Águas do Mondego", "recrutamento@aguasmondego.example"), INES,
      "Procedimento concursal – Técnica Superior de Ambiente (Ref.ª 07/2024)",
      """Exma. Senhora Inês Carvalho,

Agradecemos o interesse demonstrado no procedimento de recrutamento para Técnica Superior de Ambiente.

Informamos que, após a avaliação curricular, a sua candidatura não foi selecionada para a próxima fase do processo.

A lista de classificação encontra-se disponível para consulta nas nossas instalações.

Com os melhores cumprimentos,
Direção de Recursos Humanos
Águas do Mondego, S.A.""",
      company="Águas do Mondego", role="Técnica Superior de Ambiente", cs="iso-8859-1", qp=True),

    M("rejection-br-startup", True, ("Bruna | Jabuti Pay", "bruna@jabutipay.example"), RAFAEL,
      "Seu processo na Jabuti Pay",
      """Oi, Rafael! Tudo bem?

Passando pra te dar um retorno sobre a vaga de Engenheiro de Dados. A gente curtiu muito as conversas, mas optamos por outro candidato que já tinha experiência com pipelines de pagamentos em tempo real.

Sei que é chato receber essa notícia. Se quiser, marco 15 minutinhos pra te passar o feedback completo.

Abraço,
Bruna Tavares
Tech Recruiter – Jabuti Pay""",
      company="Jabuti Pay", role="Engenheiro de Dados",
      contact=("Bruna Tavares", "bruna@jabutipay.example")),

    M("rejection-hospital", True, ("Hospital de Santa Clara – Recursos Humanos", "rh@hsantaclara.example"), INES,
      "Resultado do processo de seleção – Enfermeira de Pediatria",
      """Cara Inês Carvalho,

Obrigado pela sua participação na entrevista para a função de Enfermeira de Pediatria.

Lamentamos informar que não foi possível dar seguimento à sua candidatura. Optámos por uma profissional com especialidade em saúde infantil já concluída, requisito que se revelou determinante.

As nossas vagas são publicadas em https://www.hsantaclara.example/carreiras

Cumprimentos,
Teresa Lobo
Gabinete de Recrutamento""",
      company="Hospital de Santa Clara", role="Enfermeira de Pediatria",
      contact=("Teresa Lobo", None), url="https://www.hsantaclara.example/carreiras", fmt="a"),

    M("rejection-university", True, ("Prof. Doutor Nuno Antunes", "nantunes@univ-atlantico.example"), INES,
      "Bolsa de investigação BI/2024/15",
      """Cara Inês,

Muito obrigado pela sua candidatura à bolsa de investigação no projeto MARE-DATA.

O júri concluiu a avaliação e, infelizmente, a sua candidatura ficou em terceiro lugar na lista ordenada, pelo que a bolsa não lhe será atribuída. A ata com a classificação será enviada a todos os candidatos nos próximos dias.

Desejo-lhe as maiores felicidades.

Nuno Antunes
Universidade do Atlântico""",
      company="Universidade do Atlântico", role="Bolsa de investigação BI/2024/15",
      contact=("Nuno Antunes", "nantunes@univ-atlantico.example")),

    M("rejection-agency-client", True, ("Carla Mendes – Horizonte Talentos", "carla.mendes@horizontetalentos.example"), RAFAEL,
      "Retorno do cliente – Coordenador Financeiro",
      """Olá, Rafael,

Recebi hoje o retorno do nosso cliente, a Cooperativa Vale Verde, sobre a vaga de Coordenador Financeiro.

Eles gostaram bastante da sua entrevista, mas decidiram seguir com um candidato que já atuou no agronegócio cooperativista. Com isso, seu processo com eles se encerra aqui.

Continuo com seu currículo em mãos e te aviso assim que surgir algo alinhado.

Um abraço,
Carla Mendes
Horizonte Talentos""",
      company="Cooperativa Vale Verde", role="Coordenador Financeiro",
      contact=("Carla Mendes", "carla.mendes@horizontetalentos.example"), fmt="a", qp=True),

    M("rejection-platform-status", True, ("VagaCerta", "nao-responda@vagacerta.example"), RAFAEL,
      "Atualização da sua candidatura – Analista de Marketing na Doce Lar Móveis",
      """Olá Rafael,

A empresa Doce Lar Móveis atualizou o status da sua candidatura.

Vaga: Analista de Marketing Pleno
Status: Processo encerrado para você

Continue se candidatando! Separamos novas vagas para o seu perfil.

Equipe VagaCerta
Gerenciar e-mails: https://www.vagacerta.example/preferencias?utm_source=status""",
      company="Doce Lar Móveis", role="Analista de Marketing Pleno", fmt="a"),

    M("rejection-two-line", True, ("João Pires", "joao@pires-contabilidade.example"), INES,
      "Re: Candidatura espontânea",
      """Boa tarde Inês, obrigado pelo contacto. Neste momento não estamos a recrutar, mas fica a nota.

Cumprimentos,
João Pires""",
      company="Pires Contabilidade", role=None,
      contact=("João Pires", "joao@pires-contabilidade.example"), cs="iso-8859-1"),

    M("rejection-buried", True, ("Gente & Gestão – Grupo Serra Dourada", "gente@serradourada.example"), RAFAEL,
      "Programa de Trainee Serra Dourada 2024",
      """Olá, Rafael!

Queremos começar agradecendo a sua dedicação ao longo das etapas do Programa de Trainee 2024. Foram mais de 18 mil inscritos, testes online, dinâmica em grupo e painel com gestores – um processo intenso, e sabemos o quanto você se empenhou.

Este ano o programa vai contar com 25 vagas distribuídas entre Supply Chain, Comercial e Finanças, com job rotation de 18 meses e mentoria da diretoria.

Depois de muita análise, infelizmente você não está entre os aprovados para a etapa final de entrevistas com a diretoria.

Esperamos que essa experiência tenha sido enriquecedora e que possamos nos reencontrar em outras oportunidades.

Com carinho,
Time de Gente & Gestão
Grupo Serra Dourada""",
      company="Grupo Serra Dourada", role="Programa de Trainee 2024", fmt="h", qp=True),

    M("rejection-formal-ats", True, ("Banco Lusitano de Investimento", "noreply@bli.greenhouse.example"), INES,
      "A sua candidatura – Analista de Compliance",
      """Cara Inês Carvalho,

Obrigado pela sua candidatura à posição de Analista de Compliance no Banco Lusitano de Investimento.

Após uma análise cuidada, decidimos avançar com outros candidatos cujo perfil se ajusta melhor aos requisitos desta função.

Desejamos-lhe sucesso na sua procura.

Equipa de Recrutamento
Banco Lusitano de Investimento""",
      company="Banco Lusitano de Investimento", role="Analista de Compliance", fmt="h"),

    M("rejection-public-br", True, ("Prefeitura de Nova Aurora – Secretaria de Administração", "selecao@novaaurora.example"), RAFAEL,
      "Processo Seletivo Simplificado nº 03/2024 – Resultado da análise de títulos",
      """Prezado candidato Rafael Nogueira,

Comunicamos que, conforme resultado da análise de títulos publicado no Diário Oficial do Município, V. Sa. não atingiu a pontuação mínima exigida para o cargo de Agente Administrativo e, portanto, foi desclassificado do Processo Seletivo Simplificado nº 03/2024.

Eventuais recursos poderão ser interpostos no prazo de dois dias úteis.

Atenciosamente,
Comissão do Processo Seletivo""",
      company="Prefeitura de Nova Aurora", role="Agente Administrativo", cs="iso-8859-1"),

    M("rejection-internal-fill", True, ("Marta Sousa", "marta.sousa@tecelagem-avintes.example"), INES,
      "Vaga de Responsável de Qualidade",
      """Olá Inês,

Obrigada pela candidatura e pelo interesse na Tecelagem Avintes.

Quero ser transparente consigo: a vaga de Responsável de Qualidade acabou por ser preenchida internamente, por uma colega que estava na área da produção. Por esse motivo, não vamos avançar com o processo externo.

Fico com o seu contacto para uma próxima oportunidade.

Cumprimentos,
Marta Sousa
Recursos Humanos – Tecelagem Avintes, Lda.""",
      company="Tecelagem Avintes", role="Responsável de Qualidade",
      contact=("Marta Sousa", "marta.sousa@tecelagem-avintes.example"), fmt="a"),

    # ---------------- look-alikes (9) ----------------
    M("ack", False, ("Banco Lusitano de Investimento", "noreply@bli.greenhouse.example"), INES,
      "Confirmação de receção da sua candidatura",
      """Cara Inês Carvalho,

Confirmamos a receção da sua candidatura à posição de Analista de Risco de Crédito.

A nossa equipa irá analisar o seu perfil e entrará em contacto caso avance para a próxima fase. Infelizmente, devido ao volume de candidaturas, o processo poderá demorar algumas semanas.

Equipa de Recrutamento""",
      company="Banco Lusitano de Investimento", role="Analista de Risco de Crédito", qp=True),

    M("interview-invite", False, ("Bruna Tavares", "bruna@jabutipay.example"), RAFAEL,
      "Convite para entrevista técnica – Engenheiro de Dados",
      """Oi, Rafael!

Boa notícia: você passou para a entrevista técnica! Ela vai ser com o Diego (Tech Lead) e dura uns 60 minutos.

Pode ser na quinta, 21/03, às 14h? O link do Meet vai no convite do calendário.

Abraço,
Bruna""",
      company="Jabuti Pay", role="Engenheiro de Dados",
      contact=("Bruna Tavares", "bruna@jabutipay.example"), fmt="a"),

    M("reschedule-infelizmente", False, ("Teresa Lobo", "teresa.lobo@hsantaclara.example"), INES,
      "Reagendamento da entrevista",
      """Cara Inês,

Infelizmente vamos ter de reagendar a sua entrevista de quarta-feira, porque a enfermeira-diretora estará numa formação. Pedimos desculpa pelo incómodo.

Propomos sexta-feira, dia 22, às 10h00. Consegue confirmar?

Cumprimentos,
Teresa Lobo""",
      company="Hospital de Santa Clara", role="Enfermeira de Pediatria",
      contact=("Teresa Lobo", "teresa.lobo@hsantaclara.example"), cs="iso-8859-1", qp=True),

    M("assessment", False, ("Gente & Gestão – Grupo Serra Dourada", "gente@serradourada.example"), RAFAEL,
      "Próxima etapa: testes online do Programa de Trainee",
      """Olá, Rafael!

Parabéns, você foi aprovado na triagem de currículos do Programa de Trainee 2024!

A próxima etapa são os testes online de lógica e inglês. Você tem até domingo, 23h59, para concluí-los. Infelizmente não conseguimos prorrogar o prazo.

Boa sorte!
Time de Gente & Gestão""",
      company="Grupo Serra Dourada", role="Programa de Trainee 2024", fmt="h"),

    M("manager-candidate-declined", False, ("Recrutamento Tecelagem Avintes", "rh@tecelagem-avintes.example"), INES,
      "Candidato não selecionado – Técnico de Manutenção",
      """Olá Inês,

Para seu conhecimento: com base na sua avaliação da entrevista de terça-feira, informámos o candidato Paulo Ribeiro de que não foi selecionado para a vaga de Técnico de Manutenção da sua equipa.

Temos mais duas entrevistas marcadas para a próxima semana.

Obrigada,
Marta Sousa""",
      company="Tecelagem Avintes", role="Técnico de Manutenção",
      contact=("Marta Sousa", "rh@tecelagem-avintes.example")),

    M("housing-rejection", False, ("Imobiliária Bairro Alto", "arrendamento@imo-bairroalto.example"), INES,
      "Apartamento T1 na Rua da Rosa",
      """Olá Inês,

Obrigado pelo interesse no apartamento T1 na Rua da Rosa. Infelizmente o senhorio optou por outro candidato a inquilino, pelo que a sua proposta não foi aceite.

Avisaremos caso surja outro imóvel nas mesmas condições.

Imobiliária Bairro Alto""", fmt="a"),

    M("loan-rejection", False, ("Banco Pinheiro Digital", "atendimento@bancopinheiro.example"), RAFAEL,
      "Sua solicitação de empréstimo pessoal",
      """Olá, Rafael.

Analisamos a sua solicitação de empréstimo pessoal no valor de R$ 20.000,00 e, infelizmente, ela não foi aprovada neste momento.

Você poderá fazer uma nova solicitação em 90 dias.

Banco Pinheiro Digital""", cs="iso-8859-1", qp=True),

    M("offer", False, ("Carla Mendes", "carla.mendes@horizontetalentos.example"), RAFAEL,
      "Proposta da Cooperativa Vale Verde – Analista Financeiro Sênior",
      """Rafael, que notícia boa!

A Cooperativa Vale Verde quer fazer uma proposta para você na vaga de Analista Financeiro Sênior. Infelizmente o salário ficou um pouco abaixo do que você pediu, mas eles incluíram PLR e plano de saúde para a família.

Me liga hoje para conversarmos sobre os detalhes?

Carla Mendes
Horizonte Talentos""",
      company="Cooperativa Vale Verde", role="Analista Financeiro Sênior",
      contact=("Carla Mendes", "carla.mendes@horizontetalentos.example")),

    M("newsletter", False, ("Carreira em Foco", "newsletter@carreiraemfoco.example"), INES,
      "Não foi selecionado? 5 passos para dar a volta",
      """Carreira em Foco – edição semanal

Recebeu o temido e-mail "a sua candidatura não foi selecionada"? Neste número explicamos como pedir feedback, como rever o CV e como manter a motivação.

Também nesta edição: as empresas que mais contratam em Lisboa e no Porto.

Ler online: https://www.carreiraemfoco.example/edicao/112?utm_source=newsletter
Cancelar subscrição: https://www.carreiraemfoco.example/cancelar?u=55a1""", fmt="h", qp=True),
]
