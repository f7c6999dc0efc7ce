# ruff: noqa: E501
#!/usr/bin/env python3
"""Build the dev6/pt corpus: 150 rejections (each around a different decision
sentence), 70 hard look-alikes and 30 ordinary work mails, in Portuguese (PT and BR).

All people, companies and domains are invented. Deterministic output.
Usage: python build.py          # writes messages/*.eml and labels.jsonl
       python build.py --check  # parses everything back and checks the labels 1:1
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

# --------------------------------------------------------------------------- pools
COMPANIES = [
    ("Lusomar Logística", "lusomar.example"),
    ("Cerâmica Vale do Sorraia", "valesorraia.example"),
    ("Tecnoponte", "tecnoponte.example"),
    ("Banco Atlântida", "atlantida-banco.example"),
    ("Farmácias Bem-Estar", "bemestar.example"),
    ("Orvalho Digital", "orvalho.test"),
    ("Grupo Sabiá", "gruposabia.example"),
    ("Nuvem Clara Software", "nuvemclara.example"),
    ("Hospital São Teotónio", "hst.example"),
    ("Construtora Ipê Amarelo", "ipeamarelo.example"),
    ("Mercado Jaboticaba", "jaboticaba.test"),
    ("Quinta do Lagar Velho", "lagarvelho.example"),
    ("Engenho Novo Energia", "engenhonovo.example"),
    ("Caravela Seguros", "caravelaseguros.example"),
    ("Pão de Ló Confeitaria", "paodelo.example"),
    ("Rota Norte Transportes", "rotanorte.example"),
    ("Aurora Biotech", "aurorabio.test"),
    ("Livraria Alfarrábio", "alfarrabio.example"),
    ("Estúdio Maré Alta", "marealta.example"),
    ("Cooperativa Agrícola do Mondego", "coopmondego.example"),
    ("Fintech Cajueiro", "cajueiro.example"),
    ("Telhados Beira-Rio", "beirario.example"),
    ("Instituto Politécnico de Vale Fundo", "ipvf.example"),
    ("Universidade do Planalto Sul", "ups.example"),
    ("Câmara Municipal de Serra Alta", "cm-serraalta.example"),
    ("Loja Girassol", "girassol.example"),
    ("Startup Pitanga", "pitanga.test"),
    ("Hotel Miradouro", "hotelmiradouro.example"),
    ("Consultoria Ponto Cardeal", "pontocardeal.example"),
    ("Açaí & Cia Alimentos", "acaiecia.example"),
    ("Metalúrgica Ferro Forte", "ferroforte.example"),
    ("Clínica Sorriso Pleno", "sorrisopleno.example"),
    ("Agência Farol Criativo", "farolcriativo.example"),
    ("Data Mangue", "datamangue.test"),
    ("Transportes Jacarandá", "jacaranda.example"),
    ("Escola Internacional Ondina", "ondina.example"),
    ("Vinícola Serra Gaúcha Verde", "serraverde.example"),
    ("Móveis Carvalho & Filhos", "moveiscarvalho.example"),
    ("Correio Expresso Lusitano", "cel.example"),
    ("Papelaria Tinteiro", "tinteiro.example"),
]

ROLES = [
    "Analista de Dados", "Técnico de Manutenção", "Assistente Administrativo(a)",
    "Engenheiro de Software Backend", "Enfermeiro(a) de Cuidados Intensivos", "Gestor de Projeto",
    "Designer UX/UI", "Operador de Armazém", "Contabilista", "Desenvolvedora Front-end",
    "Rececionista", "Representante Comercial", "Analista de Recursos Humanos",
    "Farmacêutico(a) Adjunto(a)", "Motorista de Pesados", "Professor(a) de Matemática",
    "Estagiário de Marketing", "Coordenador de Logística", "Técnico de Apoio ao Cliente",
    "Analista Financeiro Sênior", "Cozinheiro(a)", "Especialista em SEO",
    "Assistente de Investigação", "Arquiteta de Soluções Cloud", "Jurista",
    "Operador(a) de Caixa", "Product Owner", "Engenheira Civil", "Técnico Superior de Ambiente",
    "Executivo de Contas", "Cientista de Dados Júnior", "Auxiliar de Ação Educativa",
    "Responsável de Loja", "Analista de QA", "Copywriter", "Técnico de Laboratório",
    "Eletricista Industrial", "Consultor SAP", "Gerente de Vendas", "Tradutor(a)",
]

OWNERS = [
    ("Rita Figueiredo", "rita.figueiredo@correio.example"),
    ("João Pedro Almeida", "jpalmeida@mail.example"),
    ("Mariana Costa", "mari.costa88@correio.example"),
    ("Tiago Nogueira", "tiago.nogueira@mail.example"),
    ("Beatriz Sampaio", "bia.sampaio@caixa.test"),
    ("Lucas Andrade", "lucas.andrade@mail.example"),
    ("Inês Carvalho", "ines.c@correio.example"),
    ("Rafael Teixeira", "rafa.teixeira@caixa.test"),
    ("Camila Ribeiro", "camila.ribeiro@mail.example"),
    ("Duarte Fonseca", "duarte.fonseca@correio.example"),
    ("Larissa Moura", "larissa.moura@caixa.test"),
    ("Gonçalo Pires", "goncalo.pires@mail.example"),
]

SIGNERS = [
    "Ana Luísa Martins", "Carlos Eduardo Reis", "Sofia Pimentel", "Ricardo Bastos",
    "Fernanda Lopes", "Miguel Sarmento", "Patrícia Guedes", "Bruno Cavalcanti",
    "Helena Vasconcelos", "Rodrigo Matos", "Joana Albuquerque", "Vítor Henriques",
    "Luana Siqueira", "Nuno Meireles", "Carolina Queiroz", "André Valadares",
    "Teresa Monteiro", "Paulo Sérgio Lima", "Marta Coelho", "Diego Furtado",
]

TITLES_PT = ["Técnica de Recrutamento", "Talent Acquisition", "Recursos Humanos",
             "Gestor de Recrutamento", "Diretora de Pessoas", "Recrutador", "People Partner"]
TITLES_BR = ["Analista de Recrutamento e Seleção", "Tech Recruiter", "Business Partner de RH",
             "Coordenadora de Gente & Gestão", "Recrutadora", "Head de Talentos"]

ENCODINGS = [("utf-8", "quoted-printable"), ("utf-8", "base64"),
             ("iso-8859-1", "quoted-printable"), ("utf-8", "8bit"), ("utf-8", "quoted-printable")]

BASE_DATE = datetime(2026, 9, 1, 9, 30, tzinfo=UTC)


def ascii_local(name: str) -> str:
    table = str.maketrans("áàâãéêíóôõúçÁÀÂÃÉÊÍÓÔÕÚÇ", "aaaaeeiooouc" + "AAAAEEIOOOUC")
    parts = name.translate(table).lower().split()
    return f"{parts[0]}.{parts[-1]}"


def first(name: str) -> str:
    return name.split()[0]


# --------------------------------------------------------------------------- rejections
# Each entry: (register, decision sentence, options)
#   register: "pt" formal European, "br" Brazilian, "ti" informal tu (PT), "vc" informal você (BR),
#             "of" official/public body
#   options: subj (subject), intro (None = default, "" = none), nosig (unsigned no-reply),
#            html, quoted, forward, long, subject_only, role_none, careers, ats
R: list[tuple[str, str, dict]] = [
    ("pt", "Após uma análise cuidada, decidimos não avançar com a sua candidatura.", {}),
    ("pt", "Lamentamos informar que o seu perfil não foi selecionado para a próxima fase.", {}),
    ("pt", "Optámos por prosseguir com outros candidatos cujo percurso se ajusta melhor às necessidades da função.", {}),
    ("br", "Infelizmente, a vaga já foi preenchida.", {}),
    ("pt", "A sua candidatura não foi retida nesta fase do processo.", {"nosig": True}),
    ("br", "Não iremos dar seguimento à sua candidatura.", {}),
    ("vc", "Decidimos seguir com outro candidato.", {}),
    ("pt", "O processo foi encerrado e a posição foi atribuída a outra pessoa.", {}),
    ("br", "Escolhemos uma candidata com mais experiência em gestão de equipes.", {}),
    ("pt", "O responsável pela contratação preferiu avançar com perfis mais próximos daquilo que procura.", {}),
    ("br", "Nosso cliente optou por outro profissional para a posição.", {}),
    ("br", "Você não foi aprovado na etapa de entrevistas.", {"nosig": True}),
    ("br", "Seu currículo não avançou para a próxima etapa.", {}),
    ("br", "Neste momento não vamos poder seguir com o seu processo.", {}),
    ("vc", "Infelizmente não foi dessa vez.", {}),
    ("ti", "Não conseguimos avançar contigo desta vez.", {}),
    ("ti", "A equipa decidiu não te chamar para a entrevista final.", {}),
    ("ti", "Não foste selecionado para a fase seguinte.", {}),
    ("pt", "Lamentamos, mas a sua candidatura não foi bem-sucedida.", {}),
    ("pt", "Neste momento, o seu perfil não corresponde aos requisitos da posição.", {}),
    ("br", "Outros candidatos apresentaram uma experiência mais alinhada com a função.", {}),
    ("pt", "A proposta foi feita a outro candidato, que já a aceitou.", {}),
    ("pt", "Não será possível considerar a sua candidatura para esta vaga.", {"nosig": True}),
    ("br", "Sua candidatura não será considerada nas próximas fases.", {}),
    ("pt", "O seu nome não fez parte da lista final de candidatos.", {}),
    ("pt", "Não foi incluído na lista de candidatos pré-selecionados.", {}),
    ("pt", "Não vamos convidá-lo para a entrevista.", {}),
    ("br", "Você não foi classificado para a etapa seguinte do processo seletivo.", {"nosig": True}),
    ("br", "Sua pontuação no teste técnico ficou abaixo do mínimo exigido, por isso o processo se encerra aqui para você.", {}),
    ("of", "Informa-se que V. Exa. não atingiu a pontuação mínima na prova de conhecimentos, pelo que não prossegue no procedimento.", {}),
    ("pt", "O seu perfil ficou aquém dos requisitos técnicos que definimos para a função.", {}),
    ("br", "Decidimos concluir o processo de seleção com outra pessoa.", {}),
    ("br", "Resolvemos dar continuidade com candidatos que possuem maior experiência em vendas B2B.", {}),
    ("of", "Notifica-se V. Exa. de que foi excluído(a) do procedimento concursal por não reunir os requisitos de admissão.", {}),
    ("of", "A sua candidatura foi excluída por não cumprir os requisitos formais do aviso de abertura.", {}),
    ("of", "Informamos que o seu nome consta da lista de candidatos excluídos, homologada hoje.", {}),
    ("of", "V. Exa. não foi admitido(a) à fase de entrevista de avaliação de competências.", {}),
    ("of", "Comunica-se que não obteve aprovação na avaliação curricular.", {}),
    ("vc", "Fomos com outra pessoa.", {}),
    ("br", "Infelizmente vamos fechar a vaga com outro perfil.", {}),
    ("pt", "A posição acabou por ser preenchida internamente.", {}),
    ("pt", "Decidimos promover um colaborador interno para a função.", {}),
    ("br", "A vaga foi congelada e não daremos seguimento ao processo.", {}),
    ("br", "Não temos condições de seguir com a sua contratação neste momento.", {}),
    ("pt", "Não seremos capazes de lhe oferecer a posição.", {}),
    ("pt", "Não poderemos avançar com uma proposta.", {}),
    ("pt", "Não estamos em condições de lhe fazer uma oferta.", {}),
    ("pt", "Não vamos prosseguir com a sua candidatura.", {}),
    ("br", "Não prosseguiremos com o seu processo.", {}),
    ("br", "Seu processo foi finalizado.", {}),
    ("of", "Por despacho do júri, a sua candidatura foi indeferida.", {}),
    ("pt", "A sua candidatura foi recusada.", {}),
    ("pt", "Temos de declinar a sua candidatura.", {}),
    ("br", "Não foi possível aprovar o seu perfil para esta oportunidade.", {}),
    ("br", "Seu perfil não foi aprovado pela área requisitante.", {}),
    ("br", "O cliente não aprovou o seu perfil.", {}),
    ("br", "A empresa cliente entendeu que o seu perfil não se encaixa no que procura.", {}),
    ("vc", "Sentimos que não há fit cultural neste momento.", {}),
    ("pt", "Não nos parece que seja a pessoa certa para esta função.", {}),
    ("br", "Acreditamos que outros perfis estão mais próximos do que buscamos.", {}),
    ("br", "Entendemos que não há aderência entre o seu perfil e a vaga.", {}),
    ("br", "Seu perfil não possui a aderência necessária aos requisitos.", {"nosig": True}),
    ("br", "Não avançaremos com seu nome.", {}),
    ("br", "Não seguiremos com a sua candidatura para a etapa de dinâmica de grupo.", {}),
    ("vc", "Você não seguirá no processo.", {}),
    ("pt", "A sua participação no processo termina aqui.", {}),
    ("br", "O processo seletivo foi concluído e você não foi um dos aprovados.", {"nosig": True}),
    ("br", "Seu nome não está entre os selecionados.", {}),
    ("pt", "Não ficou entre os finalistas.", {}),
    ("ti", "Desta vez não foste tu o escolhido.", {}),
    ("pt", "A escolha recaiu sobre outro candidato.", {}),
    ("pt", "A decisão final recaiu sobre uma candidata com experiência no setor farmacêutico.", {}),
    ("pt", "Foi escolhido um candidato que reúne experiência direta em auditoria.", {}),
    ("pt", "Foi selecionada outra candidatura.", {}),
    ("br", "Outro candidato foi contratado.", {}),
    ("pt", "Já contratámos alguém para esta posição.", {}),
    ("pt", "Já fechámos esta vaga.", {}),
    ("br", "A vaga foi encerrada, por isso não haverá continuidade na sua candidatura.", {}),
    ("ti", "Não vai ser desta que vamos trabalhar juntos.", {}),
    ("ti", "Não vamos poder contar contigo nesta fase.", {}),
    ("pt", "Não conseguiremos aproveitar o seu perfil nesta vaga.", {}),
    ("br", "Seu perfil não será aproveitado para esta vaga.", {}),
    ("br", "Preferimos avançar com candidatos com disponibilidade imediata.", {}),
    ("pt", "Demos preferência a candidatos residentes na Grande Lisboa.", {}),
    ("pt", "Priorizámos perfis com experiência em SAP S/4HANA.", {}),
    ("pt", "Procuramos um perfil mais sénior, pelo que não vamos avançar.", {}),
    ("pt", "Procurávamos alguém com mais anos de experiência, por isso a sua candidatura não seguirá.", {}),
    ("pt", "Gostaríamos de lhe comunicar que a sua candidatura não foi escolhida.", {}),
    ("pt", "Vimos por este meio comunicar que não foi selecionado.", {}),
    ("of", "Cumpre-nos informar que a sua candidatura não reuniu as condições para prosseguir.", {}),
    ("of", "Serve o presente para informar que não foi apurado para a fase seguinte.", {}),
    ("pt", "Infelizmente não foi apurada.", {}),
    ("of", "Na prova de aptidão física foi considerado não apto.", {}),
    ("br", "Obrigado pelo seu tempo durante o processo.", {"subject_only": "Resultado: candidatura não aprovada"}),
    ("br", "Não teremos como seguir com você.", {}),
    ("vc", "Infelizmente não vai rolar dessa vez.", {}),
    ("vc", "Não deu certo dessa vez.", {}),
    ("vc", "Acabamos fechando com outra pessoa.", {}),
    ("vc", "A gente acabou escolhendo outra pessoa pra vaga.", {}),
    ("vc", "Vamos seguir com outro candidato.", {}),
    ("br", "O time optou por não avançar.", {}),
    ("br", "A liderança decidiu seguir com perfis internos.", {}),
    ("pt", "O comité de seleção não recomendou a sua contratação.", {}),
    ("of", "O júri deliberou não admitir a sua candidatura.", {}),
    ("of", "O júri não o selecionou para a fase de entrevistas.", {}),
    ("of", "Não foi possível incluir o seu nome na lista de ordenação final.", {}),
    ("pt", "Não iremos agendar uma entrevista consigo.", {}),
    ("br", "Não vamos marcar a segunda entrevista.", {}),
    ("pt", "Não avançaremos para a entrevista final.", {}),
    ("pt", "Depois da entrevista, concluímos que não é o candidato indicado.", {}),
    ("pt", "Concluímos que não é o momento certo para avançarmos juntos.", {}),
    ("pt", "Não nos será possível dar continuidade ao seu processo.", {}),
    ("br", "Sentimos muito, mas não foi possível seguir.", {}),
    ("br", "Você não foi contemplado nesta seleção.", {"nosig": True}),
    ("br", "Seu cadastro não foi selecionado para esta vaga.", {"nosig": True}),
    ("br", "Seu perfil ficará no nosso banco de talentos, mas para esta vaga seguimos com outro profissional.", {}),
    ("pt", "Houve candidatos mais qualificados.", {}),
    ("br", "A concorrência foi muito forte e outros candidatos se destacaram.", {}),
    ("pt", "Outros perfis destacaram-se mais nesta fase.", {}),
    ("br", "Decidimos descontinuar o seu processo.", {}),
    ("pt", "O seu processo foi descontinuado.", {}),
    ("pt", "A sua candidatura foi arquivada.", {}),
    ("pt", "Colocámos a sua candidatura em arquivo e esta não seguirá para as próximas fases.", {}),
    ("pt", "De momento, não reúne os requisitos pretendidos.", {}),
    ("pt", "A sua experiência não é suficiente para esta função.", {}),
    ("pt", "Não tem o nível de inglês exigido, pelo que não podemos avançar.", {}),
    ("pt", "Não vai ser possível avançar com a sua contratação.", {}),
    ("br", "Não poderemos contratá-lo neste momento.", {}),
    ("ti", "Decidimos não te contratar.", {}),
    ("pt", "Decidimos não lhe fazer uma proposta.", {}),
    ("br", "Não vamos estender uma oferta.", {}),
    ("pt", "Lamentamos informar que a proposta que lhe fizemos foi retirada.", {}),
    ("br", "A vaga foi suspensa e o processo não terá continuidade.", {}),
    ("pt", "O recrutamento foi cancelado.", {}),
    ("vc", "Não foi desta vez, mas adoramos conhecer você.", {}),
    ("br", "Vamos encerrar a sua candidatura.", {}),
    ("br", "Encerramos a sua participação.", {}),
    ("br", "Sua candidatura foi reprovada.", {}),
    ("br", "Você foi reprovado na entrevista técnica.", {}),
    ("br", "Você não obteve aprovação na etapa de testes.", {}),
    ("br", "Você foi desclassificado por não ter enviado a documentação no prazo.", {}),
    ("pt", "Não iremos considerar a sua candidatura mais adiante.", {}),
    ("pt", "Não seguirá para a próxima fase.", {}),
    ("ti", "Não passaste para a fase seguinte.", {}),
    ("br", "Você não avançou no processo.", {}),
    ("pt", "Vamos manter o seu CV na nossa base de dados, não avançando por agora.", {}),
    ("pt", "O seu perfil não foi o escolhido.", {}),
    ("pt", "Não somos capazes de avançar com a sua candidatura.", {}),
    ("pt", "Não nos foi possível considerar o seu perfil.", {}),
    ("pt", "A sua candidatura foi preterida em favor de candidatos com mestrado.", {}),
]

# structural extras: pick some indexes
STRUCT = {
    3: {"html": True}, 17: {"html": True}, 44: {"html": True}, 88: {"html": True}, 131: {"html": True},
    9: {"quoted": True}, 52: {"quoted": True}, 99: {"quoted": True}, 140: {"quoted": True},
    30: {"forward": True}, 112: {"forward": True},
    60: {"long": True}, 120: {"long": True}, 76: {"long": True},
    25: {"careers": True}, 40: {"careers": True}, 58: {"careers": True}, 70: {"careers": True},
    86: {"careers": True}, 101: {"careers": True}, 126: {"careers": True}, 146: {"careers": True},
    13: {"role_none": True}, 66: {"role_none": True}, 138: {"role_none": True},
    7: {"intro": ""}, 38: {"intro": ""}, 96: {"intro": ""}, 97: {"intro": ""},
    21: {"ats": "Greenhouse"}, 47: {"ats": "Workday"}, 81: {"ats": "SmartRecruiters"}, 115: {"ats": "Gupy"},
}
for i, extra in STRUCT.items():
    R[i][2].update(extra)

GREET = {
    "pt": ["Caro(a) {n},", "Cara {n},", "Bom dia {f},", "Exmo(a). Sr(a). {n},", "Olá {f},"],
    "br": ["Prezado(a) {n},", "Olá, {f}!", "Oi {f}, tudo bem?", "Prezada {f},", "Bom dia, {f}."],
    "ti": ["Olá {f}!", "Viva {f},", "Oi {f},"],
    "vc": ["Oi {f}!", "E aí, {f}, tudo certo?", "Olá {f}, tudo bem?"],
    "of": ["Exmo(a). Senhor(a),", "Exmo(a). Sr(a). {n},", "Caro(a) candidato(a),"],
}
INTRO = {
    "pt": ["Agradecemos o interesse demonstrado na posição de {r} na {c}.",
           "Obrigado pela sua candidatura à vaga de {r}.",
           "Queremos agradecer o tempo que dedicou ao nosso processo de recrutamento para {r}.",
           "Foi um prazer conhecê-lo(a) durante o processo para {r}.",
           "Na sequência da sua candidatura para {r}, vimos dar-lhe uma resposta."],
    "br": ["Agradecemos seu interesse na vaga de {r} da {c}.",
           "Obrigado por participar do nosso processo seletivo para {r}.",
           "Foi ótimo conversar com você sobre a posição de {r}.",
           "Gostaríamos de agradecer sua candidatura para a oportunidade de {r}.",
           "Passando para dar um retorno sobre o processo de {r}."],
    "ti": ["Obrigado pela conversa sobre a vaga de {r}.",
           "Muito obrigado por teres vindo à entrevista para {r}.",
           "Queria dar-te uma resposta sobre o processo para {r}."],
    "vc": ["Valeu demais pelo papo sobre a vaga de {r}!",
           "Obrigada por topar participar do processo de {r}.",
           "Passando pra te dar um retorno da vaga de {r}."],
    "of": ["No âmbito do procedimento concursal para {r} na {c}, e após reunião do júri,",
           "Relativamente ao procedimento de recrutamento para {r},",
           "No âmbito do concurso para {r}, e concluída a fase de avaliação,"],
}
CLOSE = {
    "pt": ["Desejamos-lhe as maiores felicidades profissionais.", "Obrigado, mais uma vez, pelo seu interesse.",
           "Guardaremos os seus dados para futuras oportunidades, com o seu consentimento.",
           "Boa sorte para os próximos desafios.", ""],
    "br": ["Desejamos sucesso na sua jornada!", "Fique de olho nas nossas próximas vagas.",
           "Agradecemos muito a sua participação.", "Sucesso!", ""],
    "ti": ["Boa sorte com tudo!", "Fica bem e até breve.", ""],
    "vc": ["Sucesso aí!", "Qualquer coisa, só chamar.", "Um abraço!"],
    "of": ["Da presente decisão cabe pronúncia em sede de audiência dos interessados, no prazo de 10 dias úteis.",
           "Com os melhores cumprimentos.", "Para os devidos efeitos."],
}
SIGNOFF = {"pt": ["Com os melhores cumprimentos,", "Atenciosamente,", "Cumprimentos,"],
           "br": ["Atenciosamente,", "Abraços,", "Att,"],
           "ti": ["Abraço,", "Beijinhos e boa sorte,", "Um abraço,"],
           "vc": ["Abs,", "Beijos,", "Valeu!"],
           "of": ["O Presidente do Júri,", "A Secretária do Júri,", "Os serviços de Recursos Humanos,"]}
SUBJECTS = {
    "pt": ["A sua candidatura – {r}", "Processo de recrutamento {c}", "{c} | {r}",
           "Candidatura ref. {ref}", "Atualização sobre a sua candidatura", "Re: {r}"],
    "br": ["Retorno do processo seletivo – {r}", "Sua candidatura na {c}", "Processo seletivo {c}: {r}",
           "Atualização da vaga {r}", "Feedback do processo"],
    "ti": ["A tua candidatura", "Feedback – {r}", "{r} na {c}"],
    "vc": ["Retorno da vaga", "Sobre a vaga de {r}", "Feedback!"],
    "of": ["Procedimento concursal ref. {ref} – notificação", "Notificação – {r}",
           "Concurso {ref}: comunicação"],
}

LONG_NEWS = (
    "Antes de mais, queríamos partilhar algumas novidades: este trimestre abrimos um novo escritório, "
    "a equipa cresceu para mais de oitenta pessoas e lançámos um programa de mentoria interno. "
    "Recebemos também um número recorde de candidaturas para as nossas vagas, o que tornou o processo "
    "mais demorado do que o previsto, e por isso pedimos desculpa pela espera. "
    "Durante as últimas semanas o painel reuniu-se várias vezes para comparar percursos, "
    "projetos e expectativas, e todas as conversas foram muito ricas."
)


def pick(seq, i, salt=0):
    return seq[(i * 7 + salt * 3 + i // len(seq)) % len(seq)]


def build_rejection(i: int, reg: str, sentence: str, o: dict):
    comp, dom = COMPANIES[i % len(COMPANIES)]
    if reg == "of":  # public procedures come from public bodies
        comp, dom = COMPANIES[(8, 22, 23, 24)[i % 4]]
    role = ROLES[(i * 3) % len(ROLES)]
    owner, owner_addr = OWNERS[i % len(OWNERS)]
    signer = SIGNERS[(i * 5) % len(SIGNERS)]
    greg = "pt" if reg == "of" else reg
    ref = f"{2026}/{100 + i:03d}"
    careers = f"https://{dom}/carreiras" if reg in ("pt", "ti", "of") else f"https://{dom}/trabalhe-conosco"
    if reg == "of":
        careers = f"https://{dom}/recrutamento"
    role_in = not o.get("role_none")
    g = pick(GREET[reg], i).format(n=owner, f=first(owner))
    intro = o.get("intro")
    if intro is None:
        intro = pick(INTRO[reg], i, 1).format(r=role if role_in else "esta função", c=comp)
    if not role_in:
        intro = intro.replace("esta função", "a nossa equipa" if reg != "br" else "o nosso time")
    close = pick(CLOSE[reg], i, 2)
    subj = o.get("subject_only") or o.get("subj") or pick(SUBJECTS[reg], i, 3).format(r=role, c=comp, ref=ref)
    if not role_in and "{r}" in pick(SUBJECTS[reg], i, 3):
        subj = f"Processo de recrutamento {comp}"
    role_label = role if (role_in and (role in intro or role in subj)) else None
    if not role_label and role_in and role in subj:
        role_label = role
    nosig = o.get("nosig") or reg == "of" and i % 2 == 0
    ats = o.get("ats")
    lines = [g, ""]
    if o.get("long"):
        lines += [LONG_NEWS, ""]
    if reg == "of" and intro:
        lines += [intro + " " + sentence[0].lower() + sentence[1:], ""]
    else:
        if intro:
            lines += [intro, ""]
        lines += [sentence, ""]
    if o.get("careers"):
        lines += [f"Consulte outras oportunidades em {careers}", ""]
    if close:
        lines += [close, ""]
    signoff = pick(SIGNOFF[reg], i, 4)
    if nosig:
        contact_name = contact_email = None
        team = "Equipa de Recrutamento" if greg == "pt" else "Time de Recrutamento"
        if reg == "of":
            lines += [signoff, f"{comp}"]
        else:
            lines += [signoff, f"{team} {comp}"]
        from_addr = f"{comp} <no-reply@{ats.lower()}.example>" if ats else f"{comp} <nao-responder@{dom}>"
    else:
        title = pick(TITLES_PT if greg in ("pt", "ti") else TITLES_BR, i, 5)
        contact_name = signer
        contact_email = f"{ascii_local(signer)}@{dom}"
        lines += [signoff, signer, f"{title} | {comp}"]
        if ats:
            from_addr = f"{signer} <notifications@{ats.lower()}.example>"
            lines += [contact_email]
        else:
            from_addr = f"{signer} <{contact_email}>"
    body = "\n".join(lines) + "\n"
    to_addr = f"{owner} <{owner_addr}>"
    if o.get("quoted"):
        qdate = "ter., 8 de set. de 2026 às 10:12" if greg != "pt" else "8/09/2026, às 10:12"
        quote = (f"{owner} <{owner_addr}> escreveu:" if greg != "pt" else f"Em {qdate}, {owner} escreveu:")
        qbody = [f"Bom dia, gostaria de saber se já há novidades sobre a minha candidatura para {role}.",
                 "Continuo muito interessado(a) e disponível para uma nova conversa ou entrevista.",
                 "Obrigado(a),", owner]
        body += "\n" + (f"Em {qdate}, {quote}" if greg != "pt" else quote) + "\n" + "\n".join("> " + q for q in qbody) + "\n"
        if not subj.startswith("Re:"):
            subj = "Re: " + subj
    if o.get("forward"):
        agency = "Ponte Talentos"
        rec = "Simone Arruda"
        fwd_head = (f"Olá {first(owner)}, reencaminho abaixo a resposta do cliente. Fico triste, "
                    "mas continuamos atentos a novas oportunidades para ti.\n\n"
                    f"{rec}\nConsultora | {agency}\n\n"
                    "---------- Mensagem encaminhada ----------\n"
                    f"De: {contact_name or comp} <{contact_email or 'nao-responder@' + dom}>\n"
                    f"Data: 14 de setembro de 2026\nAssunto: {subj}\nPara: {rec} <simone.arruda@pontetalentos.example>\n\n")
        body = fwd_head + body
        subj = "Fwd: " + subj
        from_addr = f"{rec} <simone.arruda@pontetalentos.example>"
        contact_name, contact_email = rec, "simone.arruda@pontetalentos.example"
    label = {
        "company": comp, "role": role_label, "contact_name": contact_name,
        "contact_email": contact_email, "careers_url": careers if o.get("careers") else None,
    }
    return subj, from_addr, to_addr, body, bool(o.get("html")), label


def html_of(body: str) -> str:
    paras = [p for p in body.split("\n\n") if p.strip()]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    inner = "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"><style>p{font-family:Arial}</style></head>"
            f"<body><div style=\"max-width:600px\">{inner}</div></body></html>")


# --------------------------------------------------------------------------- look-alikes
# (from_name, from_addr, subject, body, is_rejection, lang)
def lookalikes() -> list[tuple[str, str, str, str, bool]]:
    L = []

    def add(fn, fa, s, b, rej=False):
        L.append((fn, fa, s, b, rej))

    # received / under review
    add("Recrutamento Lusomar", "nao-responder@lusomar.example", "Recebemos a sua candidatura",
        "Olá Rita,\n\nConfirmamos a receção da sua candidatura para Analista de Dados. A nossa equipa vai analisá-la "
        "e, caso o seu perfil seja selecionado para a próxima fase, entraremos em contacto.\n\nEquipa de Recrutamento Lusomar Logística\n")
    add("Gupy", "no-reply@gupy.example", "Candidatura recebida – Analista Financeiro Sênior",
        "Olá Lucas!\n\nSua candidatura para Analista Financeiro Sênior na Fintech Cajueiro foi recebida com sucesso. "
        "Caso não seja selecionado, você será avisado por e-mail. Acompanhe o status na plataforma.\n\nTime Fintech Cajueiro\n")
    add("Tecnoponte RH", "rh@tecnoponte.example", "A sua candidatura está em análise",
        "Caro João Pedro,\n\nA sua candidatura encontra-se em análise. Ainda não tomámos nenhuma decisão e contamos "
        "dar-lhe uma resposta até ao final do mês.\n\nCumprimentos,\nSofia Pimentel\nTécnica de Recrutamento\n")
    add("Grupo Sabiá", "talentos@gruposabia.example", "Atualização: processo seletivo em andamento",
        "Oi Camila,\n\nQueremos avisar que o processo seletivo para Designer UX/UI ainda está em andamento. "
        "Seu perfil segue em avaliação e não foi descartado. Retornaremos em breve.\n\nAbraços,\nLuana Siqueira\n")
    add("Workday", "notifications@workday.example", "Estado da candidatura atualizado",
        "Olá Inês,\n\nO estado da sua candidatura para Gestor de Projeto foi atualizado para: Em revisão pelo gestor de contratação.\n"
        "Não é necessária nenhuma ação da sua parte.\n\nBanco Atlântida\n")
    # delays
    add("Hospital São Teotónio", "rh@hst.example", "Atraso no processo de recrutamento",
        "Exma. Sra. Mariana Costa,\n\nDevido ao elevado número de candidaturas, a decisão sobre o procedimento para "
        "Enfermeiro(a) de Cuidados Intensivos foi adiada. A sua candidatura não foi excluída e continua em avaliação.\n\n"
        "Com os melhores cumprimentos,\nServiços de Recursos Humanos\n")
    add("Carlos Eduardo Reis", "carlos.reis@pitanga.test", "Desculpe a demora!",
        "Oi Rafael,\n\nDesculpe a demora no retorno. Ainda não fechamos com ninguém para a vaga de Product Owner, "
        "a decisão ficou para a semana que vem. Assim que tiver novidades te aviso.\n\nAbs,\nCadu\n")
    add("Nuvem Clara Software", "jobs@nuvemclara.example", "O processo está a demorar mais do que o previsto",
        "Olá Tiago,\n\nQueremos pedir desculpa: o processo para Engenheiro de Software Backend está a demorar. "
        "Não desistimos de si e ainda não escolhemos nenhum candidato.\n\nEquipa Nuvem Clara\n")
    # interview invitation / reschedule
    add("Patrícia Guedes", "patricia.guedes@caravelaseguros.example", "Convite para entrevista – Jurista",
        "Cara Beatriz,\n\nTemos o prazer de informar que foi selecionada para a fase de entrevistas para Jurista. "
        "Propomos quinta-feira às 15h00, nas nossas instalações.\n\nCumprimentos,\nPatrícia Guedes\n")
    add("Bruno Cavalcanti", "bruno.cavalcanti@datamangue.test", "Entrevista técnica – próxima etapa",
        "Olá Larissa!\n\nParabéns, você passou para a próxima etapa do processo seletivo de Cientista de Dados Júnior. "
        "Vamos agendar a entrevista técnica? Seguem horários disponíveis.\n\nAbraços,\nBruno\n")
    add("Miguel Sarmento", "miguel.sarmento@ferroforte.example", "Reagendamento da entrevista",
        "Caro Duarte,\n\nInfelizmente não vamos conseguir manter a entrevista de amanhã para Eletricista Industrial. "
        "Podemos remarcar para segunda-feira às 10h?\n\nCumprimentos,\nMiguel Sarmento\n")
    add("Fernanda Lopes", "fernanda.lopes@marealta.example", "Precisamos remarcar nossa conversa",
        "Oi Camila, tudo bem?\n\nNão vai dar para fazermos a entrevista hoje, tive um imprevisto. Vamos seguir com o processo "
        "normalmente, só precisamos de uma nova data. Pode ser quarta?\n\nBeijos,\nFernanda\n")
    add("Helena Vasconcelos", "helena.v@ups.example", "Entrevista cancelada – nova data",
        "Exmo. Sr. Gonçalo Pires,\n\nA entrevista prevista para dia 12 foi cancelada por indisponibilidade do júri. "
        "Será notificado da nova data. A sua candidatura mantém-se admitida.\n\nCom os melhores cumprimentos,\nHelena Vasconcelos\n")
    # assessment / test
    add("SmartRecruiters", "no-reply@smartrecruiters.example", "Convite para teste online",
        "Olá Mariana,\n\nNo âmbito da sua candidatura a Contabilista na Cerâmica Vale do Sorraia, convidamo-la a realizar "
        "um teste online de raciocínio numérico. Tem 5 dias para o concluir.\n\nBoa sorte!\n")
    add("Aurora Biotech", "careers@aurorabio.test", "Case técnico – próxima fase",
        "Oi Lucas,\n\nVocê avançou no processo para Técnico de Laboratório! A próxima etapa é um case técnico. "
        "Não se preocupe se não souber tudo, queremos ver seu raciocínio.\n\nTime Aurora Biotech\n")
    add("Câmara Municipal de Serra Alta", "concursos@cm-serraalta.example", "Convocatória – prova de conhecimentos",
        "Exmo(a). Sr(a).,\n\nFica V. Exa. convocado(a) para a prova de conhecimentos do procedimento concursal para "
        "Técnico Superior de Ambiente, a realizar no dia 3 de outubro. A falta implica a exclusão do procedimento.\n\n"
        "Os serviços de Recursos Humanos\n")
    # offers
    add("Ricardo Bastos", "ricardo.bastos@tecnoponte.example", "Proposta – Analista de QA",
        "Olá Tiago,\n\nTemos o prazer de lhe apresentar uma proposta para a função de Analista de QA. "
        "Decidimos avançar consigo! Segue em anexo a carta-oferta.\n\nCumprimentos,\nRicardo Bastos\n")
    add("Joana Albuquerque", "joana.a@cajueiro.example", "Parabéns, você foi aprovada!",
        "Oi Larissa!\n\nÉ com muita alegria que informamos que você foi aprovada no processo seletivo para Gerente de Vendas. "
        "Outros candidatos eram fortes, mas escolhemos você.\n\nAbraços,\nJoana\n")
    add("Nuno Meireles", "nuno.meireles@lagarvelho.example", "Carta de oferta revista",
        "Caro Duarte,\n\nNão conseguimos aceitar a contraproposta salarial nos termos pedidos, mas gostaríamos muito de contar consigo. "
        "Segue uma oferta revista para Coordenador de Logística.\n\nCumprimentos,\nNuno\n")
    # next steps
    add("Carolina Queiroz", "carolina.q@farolcriativo.example", "Próximos passos",
        "Olá Inês,\n\nObrigada pela conversa de ontem sobre a vaga de Copywriter. Os próximos passos são uma conversa com a "
        "diretora criativa e um pequeno exercício. Não há decisão ainda.\n\nUm abraço,\nCarolina\n")
    add("André Valadares", "andre.v@engenhonovo.example", "Documentação para admissão",
        "Prezado Rafael,\n\nPara darmos seguimento à sua contratação como Engenheira Civil, por favor envie os documentos "
        "listados abaixo até sexta-feira.\n\nAtenciosamente,\nAndré Valadares\n")
    # not this role but another (rejection of that application IS a rejection)
    add("Sofia Pimentel", "sofia.pimentel@orvalho.test", "A sua candidatura – Product Owner",
        "Olá Beatriz,\n\nPara a vaga de Product Owner decidimos avançar com outro candidato. No entanto, achamos que o seu "
        "perfil encaixa muito bem numa vaga de Analista de Negócio que vamos abrir. Posso enviar-lhe a descrição?\n\n"
        "Cumprimentos,\nSofia Pimentel\n", True)
    add("Rodrigo Matos", "rodrigo.matos@jaboticaba.test", "Outra oportunidade para você",
        "Oi Lucas,\n\nPara a posição de Gerente de Vendas não vamos seguir com seu perfil, mas temos uma vaga de "
        "Representante Comercial que combina muito com você. Topa conversar?\n\nAbs,\nRodrigo\n", True)
    add("Marta Coelho", "marta.coelho@bemestar.example", "Vaga alternativa",
        "Cara Mariana,\n\nGostámos muito da sua entrevista. Pensamos que estaria ainda melhor na função de Farmacêutico(a) Adjunto(a) "
        "na loja de Braga, em vez da de Lisboa. Mantém interesse? O processo continua para ambas.\n\nCumprimentos,\nMarta Coelho\n")
    # job alerts
    add("Alertas de Emprego", "alertas@empregosja.example", "10 novas vagas para Analista de Dados",
        "Olá Rita,\n\nEncontrámos 10 novas vagas que correspondem ao seu perfil: Analista de Dados (Porto), "
        "Analista de Dados Júnior (Lisboa)... Não perca: candidate-se já.\n\nPara deixar de receber alertas, clique aqui.\n")
    add("Vagas Brasil", "noreply@vagasbr.example", "Vagas recomendadas para você",
        "Oi Camila,\n\nSeu perfil não aparece para recrutadores há 30 dias. Atualize seu currículo e confira as vagas "
        "recomendadas: Designer UX/UI em Recife, Designer de Produto em São Paulo.\n\nEquipe Vagas Brasil\n")
    # recruiter outreach
    add("Diego Furtado", "diego.furtado@pontocardeal.example", "Oportunidade – Consultor SAP",
        "Olá Duarte,\n\nEncontrei o seu perfil e acho que pode ser interessante para uma posição de Consultor SAP num cliente "
        "nosso. Não sei se está a pensar mudar, mas gostaria de falar consigo.\n\nCumprimentos,\nDiego Furtado\n")
    add("Luana Siqueira", "luana@headhuntersul.example", "Sondagem de mercado",
        "Oi Rafael, tudo bem?\n\nEstou com uma vaga de Arquiteta de Soluções Cloud e pensei em você. Mesmo que não seja o momento, "
        "adoraria trocar uma ideia.\n\nAbraços,\nLuana\n")
    # newsletters / advice quoting rejections
    add("Carreira em Foco", "newsletter@carreiraemfoco.example", "Como lidar com um 'não' no processo seletivo",
        "Newsletter semanal\n\nQuem nunca recebeu um e-mail dizendo 'infelizmente decidimos seguir com outro candidato'? "
        "Nesta edição, explicamos como transformar a rejeição em aprendizagem e pedir feedback ao recrutador.\n\n"
        "Para cancelar a inscrição, clique aqui.\n")
    add("Blog Emprego+", "ola@empregomais.example", "5 frases que os recrutadores usam",
        "Olá!\n\n'Não foi selecionado para a próxima fase', 'o seu perfil não corresponde' — estas frases doem. "
        "Neste artigo analisamos o que os recrutadores querem realmente dizer e como melhorar o seu CV.\n\nBoas leituras,\nEquipa Emprego+\n")
    add("Podcast RH em Pauta", "contato@rhempauta.example", "Novo episódio: o feedback negativo",
        "Oi, tudo bem?\n\nNo episódio desta semana, recrutadores contam como escrevem o e-mail de 'você não foi aprovado' "
        "e por que muitas empresas nem dão retorno aos candidatos.\n\nOuça agora!\n")
    # non-job rejections
    add("Imobiliária Casa Certa", "arrendamento@casacerta.example", "Candidatura ao arrendamento – T2 Arroios",
        "Cara Inês,\n\nAgradecemos o seu interesse no apartamento T2 em Arroios. O proprietário decidiu avançar com outro "
        "candidato ao arrendamento.\n\nCumprimentos,\nImobiliária Casa Certa\n")
    add("Banco Atlântida", "credito@atlantida-banco.example", "Pedido de crédito habitação",
        "Exmo. Sr. João Pedro Almeida,\n\nInformamos que o seu pedido de crédito não foi aprovado, por a taxa de esforço "
        "exceder o limite definido.\n\nCom os melhores cumprimentos,\nBanco Atlântida\n")
    add("Fundação Ciência Viva Sul", "bolsas@fcvs.example", "Resultado do concurso de bolsas de doutoramento",
        "Caro(a) candidato(a),\n\nLamentamos informar que a sua candidatura à bolsa de doutoramento não foi financiada nesta edição. "
        "O painel de avaliação recebeu 600 candidaturas.\n\nFundação Ciência Viva Sul\n")
    add("Revista Lusófona de Engenharia", "editor@rle.example", "Decisão sobre o manuscrito RLE-2026-114",
        "Caro Dr. Tiago Nogueira,\n\nApós revisão por pares, lamentamos informar que o seu artigo não foi aceite para publicação.\n\n"
        "Atenciosamente,\nO Editor\n")
    add("Escola Internacional Ondina", "secretaria@ondina.example", "Vaga no 1.º ano – lista de espera",
        "Cara Mariana,\n\nInfelizmente não foi possível atribuir uma vaga ao seu filho no 1.º ano. A candidatura fica em lista de espera.\n\n"
        "Secretaria\n")
    add("Festival Sons do Mar", "producao@sonsdomar.example", "Candidatura de artistas 2026",
        "Olá Lucas!\n\nRecebemos centenas de propostas e, desta vez, a sua banda não foi selecionada para o line-up do festival.\n\n"
        "Equipe Sons do Mar\n")
    add("Clube de Ténis da Foz", "secretaria@ctfoz.example", "Pedido de admissão como sócio",
        "Caro Gonçalo,\n\nA direção analisou o pedido de admissão e decidiu não o aceitar como sócio neste momento, "
        "por falta de vagas.\n\nA Direção\n")
    add("Caravela Seguros", "sinistros@caravelaseguros.example", "Participação de sinistro n.º 88231",
        "Caro Duarte Fonseca,\n\nApós análise, o pedido de indemnização não foi aceite por não estar coberto pela apólice.\n\n"
        "Caravela Seguros\n")
    add("Loja Girassol", "pedidos@girassol.example", "Seu pedido foi recusado",
        "Oi Larissa,\n\nSeu pedido #45521 não foi aprovado pela operadora do cartão. Tente outro meio de pagamento.\n\nLoja Girassol\n")
    add("Congresso Nacional de Enfermagem", "comissao@cne.example", "Resumo não aceite",
        "Cara Mariana,\n\nO seu resumo não foi selecionado para apresentação oral nem em poster.\n\nA Comissão Científica\n")
    add("Universidade do Planalto Sul", "mestrados@ups.example", "Candidatura ao mestrado – resultado",
        "Caro(a) candidato(a),\n\nInformamos que não foi colocado(a) no Mestrado em Ciência de Dados na 1.ª fase de candidaturas. "
        "Poderá concorrer à 2.ª fase.\n\nServiços Académicos\n")
    add("Programa Startup Acelera", "selecao@acelera.example", "Resultado da seleção",
        "Olá Rafael,\n\nA sua startup não foi selecionada para a próxima turma do programa de aceleração.\n\nEquipe Acelera\n")
    add("Condomínio Jardim das Acácias", "sindico@acacias.example", "Proposta de obra recusada",
        "Prezado Lucas,\n\nA assembleia decidiu não aprovar o seu orçamento para pintura da fachada. Foi escolhida outra empresa.\n\nO síndico\n")
    add("Prefeitura de Campo Claro", "licitacoes@campoclaro.example", "Resultado da licitação 12/2026",
        "Prezados,\n\nA proposta apresentada pela sua empresa foi desclassificada por não atender ao edital.\n\nComissão de Licitação\n")
    # own withdrawal
    add("Teresa Monteiro", "teresa.monteiro@alfarrabio.example", "Re: Retirada de candidatura",
        "Olá Rita,\n\nRecebemos o seu pedido e confirmamos que a sua candidatura para Assistente Administrativo(a) foi retirada, "
        "conforme solicitou. Ficamos tristes, mas desejamos-lhe sucesso no novo emprego.\n\nCumprimentos,\nTeresa Monteiro\n")
    add("Gupy", "no-reply@gupy.example", "Você desistiu da vaga",
        "Oi Camila,\n\nConfirmamos que você desistiu da vaga de Analista de Recursos Humanos. Sua candidatura foi encerrada a seu pedido.\n\nGupy\n")
    add("Vítor Henriques", "vitor.h@rotanorte.example", "Re: Proposta",
        "Caro Tiago,\n\nLamento que tenha decidido recusar a nossa proposta para Motorista de Pesados. Respeitamos a sua decisão "
        "e a porta fica aberta.\n\nCumprimentos,\nVítor Henriques\n")
    # owner as interviewer about a candidate
    add("Paulo Sérgio Lima", "paulo.lima@nuvemclara.example", "Feedback sobre o candidato Marcos",
        "Oi Rafael,\n\nObrigado por entrevistar o Marcos ontem. O time decidiu não seguir com ele para a vaga de Desenvolvedora Front-end. "
        "Você pode registrar seu feedback no sistema até sexta?\n\nAbs,\nPaulo\n")
    add("Greenhouse", "no-reply@greenhouse.example", "Candidato rejeitado: Pedro Antunes",
        "Olá Inês,\n\nO candidato Pedro Antunes foi rejeitado na fase de Entrevista técnica da vaga Engenheiro de Software Backend. "
        "A notificação ao candidato será enviada automaticamente.\n\nGreenhouse\n")
    add("Ana Luísa Martins", "ana.martins@lusomar.example", "Painel de entrevistas – decisão",
        "Olá Duarte,\n\nAo fim da reunião do painel, decidimos não avançar com a candidata Sara para Coordenador de Logística. "
        "Podes ligar-lhe hoje a comunicar?\n\nObrigada,\nAna Luísa\n")
    # quoted old rejection, new text positive
    add("Joana Albuquerque", "joana.a@cajueiro.example", "Re: Retorno do processo seletivo",
        "Oi Larissa!\n\nBoa notícia: abriu uma nova vaga de Analista Financeiro Sênior e gostaríamos de te convidar para uma entrevista. "
        "Podemos conversar amanhã?\n\nAbraços,\nJoana\n\nEm 2 de ago. de 2026, Joana Albuquerque escreveu:\n"
        "> Infelizmente decidimos seguir com outro candidato para a vaga.\n> Desejamos sucesso!\n")
    add("Sofia Pimentel", "sofia.pimentel@orvalho.test", "Re: A sua candidatura",
        "Olá Beatriz,\n\nO candidato que escolhemos acabou por não aceitar. Ainda tem interesse na posição de Product Owner? "
        "Gostaríamos de retomar o processo consigo.\n\nCumprimentos,\nSofia\n\n"
        "Em 10/08/2026, Sofia Pimentel escreveu:\n> Optámos por avançar com outro candidato.\n")
    # hedged but non-deciding
    add("Helena Vasconcelos", "helena.v@ipvf.example", "Ponto de situação",
        "Cara Rita,\n\nAinda não fechámos o processo para Assistente de Investigação. Pode acontecer que escolhamos outro perfil, "
        "mas a decisão só será tomada depois das últimas entrevistas.\n\nCumprimentos,\nHelena Vasconcelos\n")
    add("Rodrigo Matos", "rodrigo.matos@ipeamarelo.example", "Vaga reaberta",
        "Olá Gonçalo,\n\nA vaga de Engenheira Civil foi reaberta e o seu currículo voltou a ser considerado. "
        "Não é uma recusa: apenas precisamos de mais duas semanas.\n\nCumprimentos,\nRodrigo Matos\n")
    add("Recrutamento Hotel Miradouro", "rh@hotelmiradouro.example", "Requisito em falta",
        "Olá Mariana,\n\nPara que a sua candidatura a Rececionista possa ser considerada, envie o certificado de habilitações. "
        "Sem ele não poderemos avançar.\n\nRH Hotel Miradouro\n")
    add("SmartRecruiters", "no-reply@smartrecruiters.example", "Complete a sua candidatura",
        "Olá Tiago,\n\nA sua candidatura para Técnico de Apoio ao Cliente está incompleta. Se não a concluir até domingo, "
        "não será analisada.\n\nTecnoponte\n")
    add("Marta Coelho", "marta.coelho@bemestar.example", "Feedback solicitado",
        "Cara Inês,\n\nConforme pediu, seguem algumas notas da entrevista para Responsável de Loja: gostámos da sua experiência "
        "e o painel quer conhecê-la melhor numa segunda conversa.\n\nCumprimentos,\nMarta\n")
    add("RH Grupo Sabiá", "rh@gruposabia.example", "Comunicado aos candidatos",
        "Prezada Camila,\n\nInformamos que o processo para Analista de Recursos Humanos foi suspenso temporariamente por "
        "reestruturação interna. Todas as candidaturas permanecem ativas e serão retomadas em novembro.\n\nRH Grupo Sabiá\n")
    add("Diego Furtado", "diego.furtado@pontocardeal.example", "Cliente pediu mais informação",
        "Olá Duarte,\n\nO cliente gostou do seu perfil para Consultor SAP, mas quer saber a sua disponibilidade antes de "
        "decidir. Pode responder até amanhã?\n\nCumprimentos,\nDiego\n")
    add("Estúdio Maré Alta", "contato@marealta.example", "Portfólio recebido",
        "Oi Lucas,\n\nRecebemos seu portfólio para a vaga de Designer UX/UI. Não se preocupe se demorar, avaliamos todos os "
        "candidatos com calma.\n\nEquipe Maré Alta\n")
    add("Câmara Municipal de Serra Alta", "concursos@cm-serraalta.example", "Lista de candidatos admitidos",
        "Exmo(a). Sr(a).,\n\nInforma-se que V. Exa. consta da lista de candidatos admitidos ao procedimento concursal para "
        "Técnico Superior de Ambiente. Não foram excluídos candidatos nesta fase.\n\nOs serviços de Recursos Humanos\n")
    add("Engenho Novo Energia", "rh@engenhonovo.example", "Banco de talentos",
        "Olá Rafael,\n\nNo momento não temos vagas abertas na sua área, mas cadastramos seu currículo no nosso banco de talentos. "
        "Quando surgir uma oportunidade, entraremos em contato.\n\nRH Engenho Novo\n")
    add("Teresa Monteiro", "teresa.monteiro@alfarrabio.example", "Pedido de referências",
        "Olá Beatriz,\n\nEstamos na fase final do processo para Tradutor(a) e gostaríamos de contactar as suas referências. "
        "Pode enviar-nos dois contactos?\n\nCumprimentos,\nTeresa\n")
    add("Paulo Sérgio Lima", "paulo.lima@cajueiro.example", "Vaga de indicação",
        "Oi Larissa,\n\nO candidato que você indicou para a vaga de Analista de QA não foi aprovado, mas agradecemos muito a indicação! "
        "O bônus de indicação fica para a próxima.\n\nAbs,\nPaulo\n")
    add("Pão de Ló Confeitaria", "ola@paodelo.example", "Reserva de evento",
        "Olá Gonçalo,\n\nInfelizmente não conseguimos aceitar a sua encomenda para o evento de sábado, já estamos lotados.\n\n"
        "Equipa Pão de Ló\n")
    add("Fintech Cajueiro", "contato@cajueiro.example", "Solicitação de cartão",
        "Oi Camila,\n\nSua solicitação de cartão de crédito não foi aprovada nesta análise. Você poderá tentar novamente em 90 dias.\n\n"
        "Time Cajueiro\n")
    add("Universidade do Planalto Sul", "ri@ups.example", "Mobilidade Erasmus",
        "Caro Tiago,\n\nA sua candidatura ao programa de mobilidade não foi selecionada, por não haver vagas na universidade de destino.\n\n"
        "Gabinete de Relações Internacionais\n")
    add("Consulado Geral", "vistos@consulado.example", "Pedido de visto – decisão",
        "Exmo. Sr. Rafael Teixeira,\n\nInformamos que o seu pedido de visto de residência foi indeferido. Pode apresentar "
        "recurso no prazo de 15 dias.\n\nSecção Consular\n")
    add("Sofia Pimentel", "sofia.pimentel@orvalho.test", "Entrevista – mudança de formato",
        "Olá Beatriz,\n\nInfelizmente a sala que reservámos já não está disponível, por isso a entrevista para Product Owner "
        "será por videochamada, à mesma hora. O processo mantém-se igual.\n\nCumprimentos,\nSofia\n")
    assert len(L) == 70, len(L)
    return L


# --------------------------------------------------------------------------- ordinary
def ordinary() -> list[tuple[str, str, str, str]]:
    mails = [
        ("Marta Coelho", "marta.coelho@bemestar.example", "Escala de turnos de outubro",
         "Olá a todos,\n\nSegue a escala de turnos de outubro. Quem precisar de trocar, fale comigo até sexta.\n\nMarta\n"),
        ("Processamento Salarial", "salarios@tecnoponte.example", "Recibo de vencimento – setembro",
         "Caro colaborador,\n\nO seu recibo de vencimento de setembro está disponível no portal do colaborador.\n\nRecursos Humanos\n"),
        ("RH Grupo Sabiá", "rh@gruposabia.example", "Holerite disponível",
         "Oi Camila,\n\nSeu holerite de setembro já está disponível no app. Dúvidas sobre descontos, fale com o DP.\n\nDepartamento Pessoal\n"),
        ("Ricardo Bastos", "ricardo.bastos@tecnoponte.example", "Boas-vindas ao novo colega",
         "Equipa,\n\nDamos as boas-vindas ao Henrique, que entra hoje como Analista de Dados. Passem a dizer olá!\n\nRicardo\n"),
        ("Joana Albuquerque", "joana.a@cajueiro.example", "Entrevistas da semana",
         "Oi time,\n\nVou conduzir as entrevistas para a vaga de Analista de QA na quinta. Alguém pode ajudar no painel?\n\nJoana\n"),
        ("Portal do Colaborador", "nao-responder@lusomar.example", "Pedido de férias aprovado",
         "Olá Rita,\n\nO seu pedido de férias de 12 a 16 de outubro foi aprovado pela sua chefia.\n\nPortal do Colaborador\n"),
        ("Helena Vasconcelos", "helena.v@ups.example", "Reunião de departamento",
         "Caros colegas,\n\nA reunião de departamento passa para quarta às 14h, sala 2.03. Ordem de trabalhos em anexo.\n\nHelena\n"),
        ("Comunicação Interna", "comunicacao@hst.example", "Newsletter interna – outubro",
         "Nesta edição: novo refeitório, resultados do inquérito de clima e as contratações do trimestre.\n\nComunicação Interna\n"),
        ("Nuno Meireles", "nuno.meireles@lagarvelho.example", "Avaliação de desempenho",
         "Olá Duarte,\n\nLembrete: a autoavaliação de desempenho fecha dia 30. Depois marcamos a conversa de feedback.\n\nNuno\n"),
        ("Benefícios", "beneficios@cajueiro.example", "Plano de saúde – inclusão de dependentes",
         "Oi Larissa,\n\nO prazo para incluir dependentes no plano de saúde vai até o dia 15.\n\nTime de Benefícios\n"),
        ("Carlos Eduardo Reis", "carlos.reis@pitanga.test", "Retro da sprint",
         "Galera,\n\nA retro da sprint fica para amanhã às 11h. Tragam os pontos no board.\n\nCadu\n"),
        ("Formação", "formacao@atlantida-banco.example", "Inscrição na formação de Excel avançado",
         "Caro Tiago,\n\nA sua inscrição na formação de Excel avançado foi confirmada. Decorre a 20 e 21 de outubro.\n\nFormação\n"),
        ("Sofia Pimentel", "sofia.pimentel@orvalho.test", "Almoço de equipa",
         "Olá pessoal,\n\nSexta vamos almoçar todos juntos para celebrar o lançamento. Quem não puder, avise.\n\nSofia\n"),
        ("Segurança no Trabalho", "sst@ferroforte.example", "Exame médico periódico",
         "Caro colaborador,\n\nO seu exame de medicina do trabalho está marcado para dia 8 às 9h.\n\nServiço de SST\n"),
        ("RH Mercado Jaboticaba", "rh@jaboticaba.test", "Ponto eletrônico",
         "Oi Lucas,\n\nIdentificamos marcações de ponto em falta na semana passada. Regularize no sistema até sexta.\n\nRH\n"),
        ("Diretoria", "diretoria@ipeamarelo.example", "Resultados do trimestre",
         "Prezados,\n\nFechamos o trimestre acima da meta. Obrigado a todos pelo empenho.\n\nDiretoria\n"),
        ("Ana Luísa Martins", "ana.martins@lusomar.example", "Descrição da vaga de Operador de Armazém",
         "Olá Rita,\n\nPodes rever a descrição da vaga de Operador de Armazém antes de a publicarmos amanhã?\n\nObrigada,\nAna Luísa\n"),
        ("Paulo Sérgio Lima", "paulo.lima@nuvemclara.example", "Onboarding do estagiário",
         "Oi Rafael,\n\nO novo estagiário começa segunda. Você pode ser o padrinho dele na primeira semana?\n\nAbs,\nPaulo\n"),
        ("Teresa Monteiro", "teresa.monteiro@alfarrabio.example", "Inventário",
         "Olá Beatriz,\n\nO inventário anual é no sábado. Contamos contigo das 9h às 13h.\n\nTeresa\n"),
        ("Contabilidade", "contabilidade@girassol.example", "Reembolso de despesas",
         "Olá Inês,\n\nO seu pedido de reembolso de despesas de deslocação foi processado e será pago com o salário.\n\nContabilidade\n"),
        ("Vítor Henriques", "vitor.h@rotanorte.example", "Rotas da próxima semana",
         "Caro Tiago,\n\nSeguem as rotas da próxima semana. A rota de Viseu passa para terça.\n\nVítor\n"),
        ("Fernanda Lopes", "fernanda.lopes@marealta.example", "Job do cliente Verão Sul",
         "Oi Camila,\n\nO cliente aprovou as peças do job de verão. Bora finalizar os ajustes até quinta?\n\nBeijos,\nFê\n"),
        ("Recursos Humanos", "rh@hotelmiradouro.example", "Atualização do contrato",
         "Cara Mariana,\n\nO aditamento ao seu contrato está pronto para assinatura na receção do RH.\n\nRecursos Humanos\n"),
        ("Bruno Cavalcanti", "bruno.cavalcanti@datamangue.test", "Mentoria",
         "Oi Larissa,\n\nGostei muito da nossa mentoria. Na próxima vamos falar de plano de carreira e promoção.\n\nBruno\n"),
        ("Miguel Sarmento", "miguel.sarmento@ferroforte.example", "Turno extra",
         "Caro Duarte,\n\nPrecisamos de um eletricista para o turno extra de sábado. Tens disponibilidade?\n\nMiguel\n"),
        ("Patrícia Guedes", "patricia.guedes@caravelaseguros.example", "Dia aberto de recrutamento",
         "Olá Beatriz,\n\nVamos ter um dia aberto de recrutamento na universidade. Podes estar no stand das 10h às 12h?\n\nPatrícia\n"),
        ("IT Helpdesk", "helpdesk@tecnoponte.example", "Palavra-passe a expirar",
         "Olá,\n\nA sua palavra-passe do portal de colaboradores expira em 5 dias.\n\nHelpdesk\n"),
        ("Luana Siqueira", "luana@gruposabia.example", "Pesquisa de clima",
         "Oi pessoal,\n\nA pesquisa de clima organizacional está aberta até o dia 20. Leva 10 minutos!\n\nLuana, Gente & Gestão\n"),
        ("Carolina Queiroz", "carolina.q@farolcriativo.example", "Candidaturas ao prémio interno",
         "Olá Inês,\n\nAs candidaturas ao prémio de inovação interna estão abertas. Queres submeter o projeto da equipa?\n\nCarolina\n"),
        ("Rodrigo Matos", "rodrigo.matos@jaboticaba.test", "Escala de feriado",
         "Oi Lucas,\n\nNo feriado a loja abre das 10h às 16h. Confirma se consegue cobrir o turno da manhã.\n\nRodrigo\n"),
    ]
    assert len(mails) == 30
    return mails


# --------------------------------------------------------------------------- writing
def make_msg(i, from_addr, to_addr, subject, body, html=False) -> bytes:
    msg = EmailMessage()
    msg["From"] = from_addr
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE_DATE + timedelta(hours=7 * i, minutes=13 * i))
    msg["Message-ID"] = f"<dev6pt.{i:04d}@dev6.example>"
    charset, cte = ENCODINGS[i % len(ENCODINGS)]
    content = html_of(body) if html else body
    try:
        content.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    msg.set_content(content, subtype="html" if html else "plain", charset=charset, cte=cte)
    return msg.as_bytes(policy=policy.SMTP)


def build() -> list[tuple[str, bytes, dict]]:
    assert len(R) == 150, len(R)
    out = []
    n = 0
    owner_cycle = 0
    for i, (reg, sentence, o) in enumerate(R):
        subj, fa, ta, body, html, lab = build_rejection(i, reg, sentence, o)
        n += 1
        out.append((f"{n:04d}.eml", make_msg(n, fa, ta, subj, body, html),
                    {"is_rejection": True, **lab, "lang": "pt", "kind": "rejection"}))
    for j, (fn, fa, s, b, rej) in enumerate(lookalikes()):
        n += 1
        owner, oa = OWNERS[(owner_cycle + j) % len(OWNERS)]
        lab = {"is_rejection": rej, "company": None, "role": None, "contact_name": None,
               "contact_email": None, "careers_url": None, "lang": "pt", "kind": "lookalike"}
        if rej:
            comp = {"orvalho.test": "Orvalho Digital", "jaboticaba.test": "Mercado Jaboticaba"}[fa.split("@")[1]]
            role = "Product Owner" if "orvalho" in fa else "Gerente de Vendas"
            lab.update(company=comp, role=role, contact_name=fn, contact_email=fa)
        out.append((f"{n:04d}.eml", make_msg(n, f"{fn} <{fa}>", f"{owner} <{oa}>", s, b, html=(j % 17 == 5)), lab))
    for k, (fn, fa, s, b) in enumerate(ordinary()):
        n += 1
        owner, oa = OWNERS[k % len(OWNERS)]
        out.append((f"{n:04d}.eml", make_msg(n, f"{fn} <{fa}>", f"{owner} <{oa}>", s, b),
                    {"is_rejection": False, "company": None, "role": None, "contact_name": None,
                     "contact_email": None, "careers_url": None, "lang": "pt", "kind": "ordinary"}))
    return out


def write() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    items = build()
    with LABELS.open("w", encoding="utf-8") as fh:
        for name, raw, lab in items:
            (OUT / name).write_bytes(raw)
            fh.write(json.dumps({"file": name, **lab}, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} messages")


def check() -> int:
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    files = sorted(p.name for p in OUT.glob("*.eml"))
    names = [lab["file"] for lab in labels]
    bad = 0
    if sorted(names) != files or len(set(names)) != len(names):
        print("labels and messages do not match 1:1")
        bad += 1
    for lab in labels:
        msg = message_from_bytes((OUT / lab["file"]).read_bytes(), policy=policy.default)
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() + " " + str(msg["Subject"])
        for key in ("role", "contact_name", "contact_email"):
            val = lab.get(key)
            if val and val not in text and val not in str(msg["From"]):
                print(lab["file"], key, "not found:", val)
                bad += 1
        if lab.get("careers_url") and lab["careers_url"] not in text:
            print(lab["file"], "careers_url not found")
            bad += 1
    kinds = {}
    for lab in labels:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"{len(labels)} labels, {kinds}, rejections={sum(lab['is_rejection'] for lab in labels)}, problems={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
