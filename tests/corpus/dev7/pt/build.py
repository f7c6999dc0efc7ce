# ruff: noqa: E501, E741
"""Build the dev7/pt corpus: Portuguese (BR and PT) rejection mail as real senders write it.

Round 7, seventh independent author. 120 rejections (about 80 in the most common template
phrasings, about 40 rarer ones), 60 hard look-alikes and 20 ordinary mails.

    python build.py          # writes messages/NNNN.eml and labels.jsonl
    python build.py --check  # parses everything back and checks labels 1:1

Deterministic: no randomness, no clock. All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

# --------------------------------------------------------------------------------------
# Cast: employers (display name as a person writes it, domain, careers URL, region)
# --------------------------------------------------------------------------------------
CO = {
    "varejo": ("Lojas Pitangueira", "pitangueira.example", "https://carreiras.pitangueira.example", "br"),
    "banco": ("Banco Sabiá", "bancosabia.example", "https://trabalheconosco.bancosabia.example/vagas", "br"),
    "hosp": ("Hospital Santa Luzia do Vale", "hsluziavale.example", None, "br"),
    "univ": ("Universidade Federal do Cerrado Alto", "ufca.example", None, "br"),
    "tech": ("Arara Tecnologia", "araratec.example", "https://araratec.example/carreiras", "br"),
    "log": ("TransCaju Logística", "transcaju.example", "https://transcaju.example/trabalhe-conosco", "br"),
    "agro": ("Cooperativa Terra Roxa", "terraroxa.example", None, "br"),
    "food": ("Grupo Jabuticaba Alimentos", "jabuticaba.example", "https://jabuticaba.example/carreiras", "br"),
    "saude": ("Clínica Ipê Amarelo", "ipeamarelo.example", None, "br"),
    "fin": ("Mandacaru Pagamentos", "mandacarupay.example", "https://mandacarupay.example/vagas", "br"),
    "ind": ("Metalúrgica Guará", "guarametal.example", None, "br"),
    "edu": ("Colégio Novo Horizonte", "cnhorizonte.example", None, "br"),
    "start": ("Quati Labs", "quatilabs.test", None, "br"),
    "pref": ("Prefeitura Municipal de Serra Azul do Norte", "serraazul.example", None, "br"),
    "tel": ("Conecta Tucano Telecom", "tucanotel.example", "https://tucanotel.example/carreiras", "br"),
    # Portugal
    "pt_banco": ("Caixa Atlântica", "caixaatlantica.example", "https://carreiras.caixaatlantica.example", "pt"),
    "pt_retail": ("Supermercados Alvorada", "alvorada-super.example", "https://alvorada-super.example/recrutamento", "pt"),
    "pt_tech": ("Lusoquanta", "lusoquanta.test", "https://lusoquanta.test/careers", "pt"),
    "pt_hosp": ("Hospital da Ribeira Velha", "hribeiravelha.example", None, "pt"),
    "pt_univ": ("Universidade do Minho Alto", "umalto.example", None, "pt"),
    "pt_cons": ("Sobreiro Consultores", "sobreiroconsult.example", None, "pt"),
    "pt_hotel": ("Hotéis Maresia", "maresiahoteis.example", "https://maresiahoteis.example/trabalhe-connosco", "pt"),
    "pt_camara": ("Câmara Municipal de Vila Serrana", "cm-vilaserrana.example", None, "pt"),
    "pt_seg": ("Seguros Farol", "segurosfarol.example", None, "pt"),
    "pt_start": ("Gaivota Studio", "gaivotastudio.test", None, "pt"),
}

AGENCIES = {
    "ag_br": ("Talento Certo RH", "talentocerto.example"),
    "ag_br2": ("Ponte Recrutamento", "ponterecruta.example"),
    "ag_pt": ("Elo Recrutamento", "elorecrutamento.example"),
}

# The mailbox owners (one address per message, rotating).
OWNERS = [
    ("Mariana Lopes", "mariana.lopes@correio.example"),
    ("Rafael Nogueira", "rafa.nogueira@caixapostal.example"),
    ("Juliana Prates", "juprates@correio.example"),
    ("Tiago Meireles", "tiago.meireles@mail.test"),
    ("Beatriz Couto", "bia.couto@caixapostal.example"),
    ("Gonçalo Pires", "goncalo.pires@mail.test"),
    ("Inês Carvalhal", "ines.carvalhal@correio.example"),
    ("Diego Amaral", "diego.amaral@mail.test"),
]

CHARSETS = ["utf-8", "utf-8", "iso-8859-1", "utf-8", "windows-1252", "utf-8"]
CTES = ["quoted-printable", "base64", "8bit", "quoted-printable"]

BASE_DATE = datetime(2026, 3, 2, 9, 15, tzinfo=timezone(timedelta(hours=-3)))


def first(name: str) -> str:
    return name.split()[0]


# --------------------------------------------------------------------------------------
# Rejections. Each: (wrapper, company key, role, subject, paragraphs, signer, extra)
# wrapper: plain | html | ats | agency:<key> | reply | fwd
# signer: (name, title, local-part) or None for unsigned / no-reply
# {role} in paragraphs is replaced by the role. {co} by the company name.
# --------------------------------------------------------------------------------------
R: list[tuple] = []


def rej(wrapper, co, role, subject, paras, signer=None, careers=True, extra=None):
    R.append((wrapper, co, role, subject, paras, signer, careers, extra or {}))


# ---- A. the most common template phrasings (about 80) --------------------------------

# A1 "optamos por seguir com outros candidatos cujo perfil ..." (Gupy-like / big BR employers)
rej("html", "varejo", "Analista de Compras Júnior", "Retorno sobre o processo seletivo - {role}", [
    "Agradecemos seu interesse em fazer parte do time {co} e o tempo dedicado ao nosso processo seletivo.",
    "Após análise cuidadosa do seu perfil, informamos que, neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente aos requisitos da vaga.",
    "Seu currículo continuará em nosso banco de talentos e poderá ser considerado em oportunidades futuras.",
])
rej("ats", "banco", "Assistente de Atendimento", "Atualização da sua candidatura - {role}", [
    "Obrigado por se candidatar à vaga de {role}.",
    "Depois de avaliarmos todas as candidaturas, optamos por dar seguimento com candidatos que apresentam maior aderência ao perfil buscado neste momento.",
    "Desejamos sucesso em sua trajetória profissional!",
])
rej("plain", "tech", "Desenvolvedora Back-end Pleno", "Processo seletivo Arara - {role}", [
    "Muito obrigado pela conversa da semana passada e pelo desafio técnico.",
    "Depois de muita discussão no time, decidimos seguir com outra pessoa candidata, com experiência mais próxima do que precisamos agora.",
    "Gostei bastante de te conhecer e espero cruzarmos de novo.",
], signer=("Camila Rezende", "Tech Recruiter", "camila.rezende"))

# A2 "Infelizmente, seu perfil não foi selecionado para as próximas etapas"
rej("html", "food", "Estágio em Marketing", "Processo Seletivo | {role}", [
    "Agradecemos sua participação no processo seletivo para {role}.",
    "Infelizmente, seu perfil não foi selecionado para as próximas etapas.",
    "Fique de olho em nossas vagas, novas oportunidades surgem o tempo todo!",
])
rej("ats", "log", "Motorista de Entregas", "Sua candidatura na TransCaju", [
    "Agradecemos muito o seu interesse em trabalhar conosco.",
    "Informamos que, infelizmente, o seu perfil não foi selecionado para seguir nas próximas fases do processo da vaga {role}.",
    "Continue acompanhando nossas oportunidades.",
])
rej("html", "tel", "Consultor de Vendas", "Resultado da sua candidatura", [
    "Olá! Passando para dar um retorno sobre a vaga de {role}.",
    "Infelizmente, desta vez o seu currículo não foi selecionado para a próxima etapa.",
    "Agradecemos o interesse e desejamos boa sorte!",
])

# A3 "não seguiremos com a sua candidatura" / "não daremos continuidade"
rej("ats", "fin", "Analista de Dados Sênior", "Mandacaru | {role}", [
    "Agradecemos o seu interesse na vaga de {role} e o tempo investido nas etapas do processo.",
    "Neste momento, não seguiremos com a sua candidatura.",
    "Sabemos que esse não é o retorno que você esperava, mas seu perfil ficará salvo para futuras oportunidades.",
])
rej("html", "varejo", "Operador de Caixa", "Atualização - {role}", [
    "Agradecemos por ter participado do nosso processo seletivo.",
    "Após a análise das candidaturas, informamos que não daremos continuidade à sua participação neste processo.",
    "Desejamos muito sucesso!",
])
rej("plain", "ind", "Técnico de Manutenção", "Vaga de {role}", [
    "Boa tarde. Conforme conversamos na entrevista, estou retornando sobre a vaga.",
    "Infelizmente não vamos dar continuidade com o seu processo, pois a empresa optou por um profissional com mais experiência em prensas hidráulicas.",
    "Agradeço a disponibilidade.",
], signer=("Sérgio Bastos", "Recursos Humanos", "sergio.bastos"))
rej("reply", "start", "Product Designer", "Re: Candidatura - {role}", [
    "Oi! Desculpa a demora pra responder.",
    "A gente conversou bastante aqui e não vamos seguir com a sua candidatura agora, fechamos com alguém que já tinha experiência em fintech.",
    "Valeu muito pelo papo e pelo portfólio!",
], signer=("Lucas Tavares", "Co-founder", "lucas"), careers=False, extra={"quote": "Oi Lucas, tudo bem? Queria saber se já tem alguma novidade sobre a vaga de Product Designer. Obrigada!"})

# A4 "não foi aprovado(a) nesta etapa"
rej("ats", "banco", "Estágio em Tecnologia 2026", "Programa de Estágio Sabiá - resultado da etapa", [
    "Agradecemos sua participação nos testes online do Programa {role}.",
    "Informamos que você não foi aprovado(a) nesta etapa e, portanto, não seguirá no processo seletivo.",
    "Esperamos ver você em nossos próximos programas.",
])
rej("html", "tel", "Trainee Conecta 2026", "Resultado: {role}", [
    "Chegamos ao resultado da etapa de dinâmica em grupo do {role}.",
    "Infelizmente você não foi aprovada para a fase seguinte.",
    "Somos gratos pela sua dedicação até aqui.",
])
rej("plain", "edu", "Professor de Matemática", "Processo seletivo docente", [
    "Prezado professor, agradecemos sua participação na aula-teste.",
    "Comunicamos que sua candidatura não foi aprovada pela coordenação pedagógica para a vaga de {role} do ensino médio.",
    "Mantemos seu currículo em nossos arquivos.",
], signer=("Regina Farias", "Coordenação de RH", "regina.farias"))

# A5 vaga preenchida
rej("plain", "saude", "Recepcionista", "Vaga de {role}", [
    "Obrigada pelo envio do currículo para a vaga de {role}.",
    "A vaga já foi preenchida, mas vamos guardar seu contato caso surja algo.",
], signer=("Patrícia Moraes", "Gerente Administrativa", "patricia"))
rej("ats", "log", "Auxiliar de Armazém", "TransCaju - {role}", [
    "Agradecemos por se candidatar.",
    "Informamos que as vagas para {role} já foram preenchidas e o processo seletivo foi encerrado.",
    "Seu cadastro permanece ativo em nosso site.",
])
rej("html", "pt_hotel", "Rececionista de Hotel", "Candidatura - {role}", [
    "Agradecemos o interesse demonstrado em integrar a equipa Maresia.",
    "Informamos que a posição a que se candidatou já se encontra preenchida.",
    "Continuaremos a ter em conta o seu currículo para futuras oportunidades.",
])

# A6 PT: "não iremos dar seguimento à sua candidatura"
rej("html", "pt_banco", "Técnico de Compliance", "Candidatura ao anúncio {role}", [
    "Agradecemos a sua candidatura e o interesse demonstrado na Caixa Atlântica.",
    "Após uma análise cuidadosa, lamentamos informar que não iremos dar seguimento à sua candidatura nesta fase.",
    "Os seus dados serão mantidos na nossa base, nos termos da política de privacidade.",
])
rej("ats", "pt_retail", "Operador de Loja", "A sua candidatura - {role}", [
    "Obrigado por se ter candidatado à oferta de {role}.",
    "Infelizmente não será possível dar seguimento à sua candidatura.",
    "Desejamos-lhe as maiores felicidades.",
])
rej("plain", "pt_cons", "Consultor SAP Júnior", "Processo de recrutamento - {role}", [
    "Em primeiro lugar, obrigado pelo tempo que dedicou às entrevistas.",
    "Depois de ponderarmos todos os perfis, decidimos não dar seguimento à sua candidatura para a função de {role}.",
    "Ficamos com o seu contacto.",
], signer=("Joana Quintela", "Talent Acquisition", "joana.quintela"))

# A7 PT: "lamentamos informar que a sua candidatura não foi selecionada"
rej("html", "pt_tech", "Frontend Engineer", "Lusoquanta | {role}", [
    "Muito obrigado pelo interesse na Lusoquanta.",
    "Lamentamos informar que a sua candidatura não foi selecionada para a próxima fase do processo.",
    "Recebemos um número muito elevado de candidaturas com perfis fortes.",
])
rej("ats", "pt_seg", "Gestor de Sinistros", "Recrutamento Seguros Farol", [
    "Agradecemos a candidatura que nos enviou.",
    "Lamentamos comunicar que a mesma não foi selecionada, uma vez que o seu perfil não se enquadra no pretendido para a função de {role}.",
    "Votos de sucesso profissional.",
])
rej("plain", "pt_univ", "Técnico Superior - Gabinete de Projetos", "Procedimento concursal - {role}", [
    "Exmo(a). Senhor(a),",
    "Informa-se que, após avaliação curricular, V. Exa. não foi selecionado(a) para a fase de entrevista do procedimento.",
    "Com os melhores cumprimentos,",
], signer=("Helena Bragança", "Divisão de Recursos Humanos", "drh"))

# A8 "decidimos avançar com outros candidatos"
rej("html", "pt_tech", "Data Engineer", "Update on your application - {role}", [
    "Obrigado por teres participado no processo para {role}.",
    "Depois de uma análise cuidadosa, decidimos avançar com outros candidatos cujo perfil se adequa melhor às necessidades atuais da equipa.",
    "Gostámos muito de te conhecer.",
], signer=("Rui Valente", "People Partner", "rui.valente"))
rej("plain", "pt_start", "Motion Designer", "Gaivota - {role}", [
    "Olá, obrigado pela candidatura e pelo portefólio.",
    "Optámos por avançar com outro candidato, com um perfil mais próximo do que procuramos neste momento.",
    "Boa sorte!",
], signer=("Filipe Arruda", "Fundador", "filipe"))
rej("ats", "fin", "Analista de Risco de Crédito", "Retorno - {role}", [
    "Queremos agradecer seu interesse na Mandacaru e o tempo dedicado às entrevistas.",
    "Depois de uma avaliação criteriosa, decidimos avançar no processo com outros perfis.",
    "Desejamos sucesso na sua jornada!",
])

# A9 "não atende aos requisitos"
rej("html", "hosp", "Técnico de Enfermagem", "Processo Seletivo HSLV - {role}", [
    "Agradecemos seu interesse em trabalhar conosco.",
    "Após análise curricular, verificamos que seu perfil não atende aos requisitos mínimos da vaga de {role}, razão pela qual sua candidatura não seguirá no processo.",
    "Atenciosamente, Serviço de Gestão de Pessoas.",
], careers=False)
rej("ats", "tel", "Analista de Redes", "Conecta Tucano | {role}", [
    "Analisamos o seu currículo com atenção.",
    "Neste momento, sua experiência não corresponde ao perfil que buscamos para esta posição, por isso não daremos sequência à sua candidatura.",
    "Seus dados ficam guardados para próximas oportunidades.",
])
rej("plain", "pt_hosp", "Enfermeiro", "Candidatura - {role}", [
    "Agradecemos o envio da sua candidatura espontânea.",
    "Informamos que, de momento, o seu perfil não corresponde ao que procuramos, pelo que não daremos seguimento ao processo.",
    "Com os melhores cumprimentos,",
], signer=("Sofia Albergaria", "Serviço de Gestão de Recursos Humanos", "sofia.albergaria"))

# A10 "encerramos sua participação" / "processo finalizado" / "você não está mais participando"
rej("ats", "varejo", "Gerente de Loja", "Sua jornada no processo {role}", [
    "Agradecemos a dedicação em todas as etapas.",
    "Sua participação no processo seletivo para {role} foi encerrada, pois seguiremos com outros candidatos.",
    "Continue se candidatando às nossas vagas.",
])
rej("html", "food", "Supervisor de Produção", "Processo finalizado - {role}", [
    "Obrigado por participar do processo para {role}.",
    "Informamos que o seu processo foi finalizado e você não seguirá para as próximas etapas.",
    "Desejamos sucesso!",
])
rej("ats", "banco", "Gerente de Relacionamento PJ", "Sabiá Carreiras | {role}", [
    "Agradecemos o seu interesse.",
    "Comunicamos que você não está mais participando do processo seletivo da vaga {role}.",
    "Boa sorte em seus próximos desafios.",
])

# A11 "a empresa/o cliente optou por outro profissional" (agency)
rej("agency:ag_br", "food", "Coordenador de Logística", "Retorno - vaga {role}", [
    "Tudo bem? Tive retorno do cliente sobre a vaga de {role} na Jabuticaba.",
    "Infelizmente o cliente optou por seguir com outro profissional, que já atuava no segmento de alimentos.",
    "Fico atenta a novas posições que combinem com seu perfil.",
], signer=("Aline Prado", "Consultora de Recrutamento", "aline.prado"), careers=False, extra={"company": "Jabuticaba"})
rej("agency:ag_br2", None, "Analista Fiscal", "Posição de {role}", [
    "Conforme prometido, segue a devolutiva.",
    "A empresa decidiu não seguir com o seu perfil para a posição de {role}; eles buscavam alguém com vivência maior em SPED.",
    "Obrigada pela confiança!",
], signer=("Vanessa Lima", "Headhunter", "vanessa"), careers=False)
rej("agency:ag_pt", "pt_seg", "Analista Atuarial", "Feedback - {role}", [
    "Como combinado, venho dar-lhe feedback sobre o processo na Seguros Farol.",
    "O cliente optou por avançar com outro candidato, pelo que a sua candidatura não seguirá.",
    "Vou manter o seu CV ativo para novas oportunidades.",
], signer=("Marta Seixas", "Consultora Sénior", "marta.seixas"), careers=False)

# A12 "não foi possível avançar com a sua candidatura" / "não conseguimos avançar"
rej("html", "pt_retail", "Assistente de Loja", "Alvorada | {role}", [
    "Agradecemos o seu interesse em trabalhar connosco.",
    "Infelizmente, não foi possível avançar com a sua candidatura neste processo.",
    "Convidamo-lo a continuar atento às nossas ofertas.",
])
rej("plain", "start", "Estágio em Engenharia de Software", "Estágio Quati", [
    "Oi, obrigado por ter topado fazer o case!",
    "Infelizmente não conseguimos avançar com você neste momento, mas gostamos muito do seu código.",
    "Boa sorte aí!",
], signer=("Marina Quaresma", "CTO", "marina"), careers=False)
rej("ats", "tech", "QA Analyst", "Arara | atualização da candidatura", [
    "Agradecemos o seu interesse na vaga de {role}.",
    "Não será possível seguir com a sua candidatura neste momento.",
    "Você pode acompanhar novas vagas na nossa página.",
])

# A13 "sua candidatura não foi bem-sucedida" / "não obteve êxito"
rej("html", "pt_banco", "Analista de Crédito", "Resultado da candidatura - {role}", [
    "Agradecemos a sua participação no nosso processo de recrutamento.",
    "Lamentamos informar que a sua candidatura não foi bem-sucedida.",
    "Desejamos-lhe sucesso nos seus projetos futuros.",
])
rej("ats", "ind", "Soldador", "Metalúrgica Guará - {role}", [
    "Agradecemos sua participação.",
    "Informamos que sua candidatura não obteve êxito nesta seleção.",
])

# A14 "optamos por outro candidato" / "escolha recaiu"
rej("plain", "pt_cons", "Gestor de Projeto", "Recrutamento - {role}", [
    "Agradeço desde já toda a disponibilidade ao longo das entrevistas.",
    "A escolha recaiu sobre outro candidato, cujo percurso se ajusta mais ao projeto em causa.",
    "Fica o convite para acompanhar as nossas próximas oportunidades.",
], signer=("Nuno Vasconcelos", "Diretor de Operações", "nuno.vasconcelos"))
rej("plain", "agro", "Agrônomo", "Vaga de {role} - Cooperativa", [
    "Boa tarde! Agradecemos sua disposição em participar da seleção.",
    "Escolhemos outro candidato para a vaga de {role}, que já mora na região de Rio Verde.",
    "Boa sorte!",
], signer=("Osvaldo Kuhn", "Gerente de RH", "osvaldo.kuhn"))
rej("html", "pt_hotel", "Chefe de Receção", "Maresia - {role}", [
    "Agradecemos o interesse na função de {role}.",
    "Após as entrevistas, a nossa escolha recaiu sobre um candidato com experiência em unidades de cinco estrelas.",
    "Agradecemos a sua compreensão.",
])

# A15 "não avançou / não foi classificado"
rej("ats", "banco", "Programa Jovem Aprendiz", "Jovem Aprendiz Sabiá - status", [
    "Obrigado por participar do {role}.",
    "Infelizmente, você não avançou para a próxima fase do processo seletivo.",
])
rej("html", "edu", "Auxiliar de Secretaria", "Seleção {role}", [
    "Agradecemos sua inscrição.",
    "Comunicamos que você não foi classificado(a) para a etapa de entrevistas da vaga de {role}.",
])
rej("ats", "tech", "Suporte Técnico N1", "Arara | {role}", [
    "Sua candidatura para {role} foi analisada.",
    "Infelizmente, você não avançou no processo desta vez. Seu perfil continua no nosso banco de talentos.",
])

# A16 "decidimos não prosseguir / optamos por não prosseguir"
rej("plain", "tech", "Engenheiro de Dados", "Arara - {role}", [
    "Oi, tudo certo? Obrigada pelo tempo nas entrevistas.",
    "Optamos por não prosseguir com a sua candidatura para a vaga de {role}; o time sentiu falta de mais experiência com streaming.",
    "Se quiser, posso te dar um feedback mais detalhado por telefone.",
], signer=("Débora Siqueira", "Talent Acquisition", "debora.siqueira"))
rej("html", "fin", "Product Manager", "Mandacaru - {role}", [
    "Agradecemos sua participação no processo de {role}.",
    "Após as entrevistas finais, decidimos não prosseguir com seu processo.",
    "Agradecemos de verdade a sua dedicação.",
])
rej("ats", "pt_tech", "DevOps Engineer", "Lusoquanta | {role}", [
    "Obrigado pela sua candidatura.",
    "Decidimos não prosseguir com a sua candidatura para esta posição.",
])

# A17 "não dar andamento"
rej("ats", "varejo", "Vendedor Temporário", "Vaga temporária - {role}", [
    "Agradecemos o seu cadastro na vaga de {role}.",
    "Neste momento, não daremos andamento à sua candidatura.",
])
rej("plain", "saude", "Fisioterapeuta", "Vaga de {role} - Clínica Ipê", [
    "Obrigada por ter vindo até a clínica na quinta.",
    "Decidimos não dar andamento ao seu processo, porque precisamos de alguém disponível também aos sábados.",
], signer=("Cláudia Paes", "Sócia-diretora", "claudia.paes"))

# A18 "não foi selecionado(a)" short forms
rej("ats", "log", "Analista de Transportes", "Retorno da sua candidatura", [
    "Agradecemos a sua candidatura para {role}.",
    "Você não foi selecionado(a) para esta vaga.",
    "Fique à vontade para se candidatar a outras oportunidades.",
])
rej("html", "tel", "Técnico de Campo", "TucanoTel | retorno", [
    "Olá! Agradecemos o seu interesse em fazer parte da Conecta Tucano.",
    "Informamos que não foi selecionado para a vaga de {role}.",
])
rej("ats", "pt_retail", "Repositor", "Alvorada - {role}", [
    "Agradecemos a sua candidatura.",
    "Informamos que não foi selecionada para a função a que se candidatou.",
])

# A19 "seu perfil foi reprovado / não aprovado" (short ATS statuses)
rej("ats", "food", "Auxiliar de Produção", "Status da candidatura - {role}", [
    "Olá, sua candidatura para {role} teve o status atualizado.",
    "Infelizmente seu perfil não foi aprovado para esta vaga.",
])
rej("ats", "ind", "Operador de Empilhadeira", "Atualização - {role}", [
    "A sua candidatura à vaga de {role} foi reprovada na etapa de triagem.",
    "Agradecemos o interesse.",
])

# A20 "não temos boas notícias" / "não foi desta vez"
rej("plain", "start", "Customer Success", "Vaga CS - Quati", [
    "Oi! Infelizmente não temos boas notícias: não foi desta vez.",
    "Fechamos a vaga de {role} com outra pessoa.",
    "Obrigado pela paciência!",
], signer=("Bruna Okada", "Head de Pessoas", "bruna"), careers=False)
rej("html", "tech", "UX Writer", "Sobre a vaga de {role}", [
    "Infelizmente, dessa vez não deu certo.",
    "Após conversar com o time, decidimos seguir com outra pessoa para a vaga de {role}.",
    "Torcemos muito por você!",
])

# A21 "não será possível considerar" / "não poderemos considerar"
rej("html", "pt_banco", "Estágio Profissional", "Estágios Caixa Atlântica", [
    "Agradecemos o interesse no Programa de {role}.",
    "Lamentamos, mas não será possível considerar a sua candidatura nesta edição.",
])
rej("ats", "hosp", "Farmacêutico", "HSLV - {role}", [
    "Agradecemos seu interesse.",
    "Não poderemos considerar sua candidatura para a vaga de {role} neste momento.",
], careers=False)

# A22 after-careful-consideration split across lines / HTML tags (same constructions, long templates)
rej("html", "banco", "Analista de Prevenção a Fraudes", "Banco Sabiá | Processo seletivo {role}", [
    "Primeiramente, gostaríamos de agradecer pelo seu interesse em fazer parte do Banco Sabiá e pelo tempo dedicado ao nosso processo seletivo.",
    "Recebemos um grande número de candidaturas qualificadas e, após uma análise criteriosa, optamos por seguir com candidatos cujas experiências estão mais alinhadas às necessidades da posição neste momento.",
    "Sabemos o quanto esse retorno é importante, e por isso fazemos questão de comunicá-lo.",
    "Seu currículo permanecerá em nosso banco de talentos por 12 meses.",
    "Um abraço, Time de Atração e Seleção Banco Sabiá.",
], extra={"split_tags": True})
rej("html", "pt_tech", "Backend Engineer", "Lusoquanta - application update", [
    "Agradecemos todo o tempo e empenho que dedicou ao processo.",
    "Após uma avaliação cuidada de todos os candidatos, informamos que decidimos não avançar com a sua candidatura para a posição de {role}.",
    "Esperamos voltar a cruzar-nos no futuro.",
], extra={"split_tags": True})
rej("ats", "food", "Analista de Qualidade", "Processo seletivo {role}", [
    "Agradecemos por participar das etapas do nosso processo seletivo para a posição de {role}.",
    "Após análise cuidadosa, informamos que o seu perfil não foi selecionado para dar continuidade às próximas etapas deste processo.",
    "Seguimos à disposição.",
], extra={"wrap": 50})
rej("plain", "pt_seg", "Técnico Comercial", "Candidatura {role}", [
    "Agradecemos a candidatura que nos fez chegar para a função de {role}.",
    "Informamos que, nesta fase, a sua candidatura não irá avançar, dado existirem candidatos com um perfil mais ajustado.",
], signer=("Luísa Gouveia", "Recursos Humanos", "luisa.gouveia"), extra={"wrap": 45})

# A23 "vamos seguir com outro(s) perfil(is)" informal BR
rej("plain", "tech", "Analista de Marketing Digital", "Vaga Mkt", [
    "Oi, tudo bem? Queria te dar um retorno da vaga de {role}.",
    "Vamos seguir com outro perfil, alguém com mais vivência em mídia paga.",
    "Agradeço demais sua disponibilidade!",
], signer=("Thaís Barreto", "Recrutadora", "thais.barreto"))
rej("reply", "agro", "Técnico Agrícola", "Re: Vaga {role}", [
    "Bom dia. Já fechamos a vaga com outro técnico, obrigado pelo interesse.",
], signer=("Osvaldo Kuhn", "Gerente de RH", "osvaldo.kuhn"), careers=False, extra={"quote": "Bom dia, gostaria de saber se a vaga de Técnico Agrícola ainda está aberta e se meu currículo foi recebido."})

# A24 "a posição foi preenchida internamente" / "por outro candidato"
rej("html", "fin", "Tech Lead", "Mandacaru | {role}", [
    "Queríamos te agradecer pelas conversas.",
    "A posição de {role} foi preenchida internamente, então vamos encerrar o seu processo.",
])
rej("plain", "pt_hosp", "Técnico de Radiologia", "Vaga de {role}", [
    "Informo que a vaga de {role} foi entretanto preenchida por outro candidato.",
    "Obrigado pelo interesse demonstrado.",
], signer=("Artur Salgueiro", "Coordenador Técnico", "artur.salgueiro"))

# A25 fwd / reply variety on common constructions
rej("fwd", "banco", "Analista de Investimentos", "Fwd: Processo seletivo - {role}", [
    "Infelizmente, após análise do seu perfil, optamos por seguir com outros candidatos.",
    "Agradecemos seu interesse no Banco Sabiá.",
], extra={"note": "pra eu guardar no arquivo das candidaturas"})
rej("fwd", "pt_retail", "Gerente de Loja", "Fwd: A sua candidatura - {role}", [
    "Agradecemos o interesse. Infelizmente não iremos avançar com a sua candidatura.",
], extra={"note": "mais uma..."})
rej("reply", "pt_cons", "Analista Financeiro", "RE: Entrevista {role}", [
    "Boa tarde, obrigado pela mensagem.",
    "Lamento, mas decidimos avançar com outro candidato para a posição.",
    "Votos de sucesso.",
], signer=("Joana Quintela", "Talent Acquisition", "joana.quintela"), extra={"quote": "Boa tarde Joana, queria saber se já há decisão quanto à entrevista de terça-feira. Obrigada."})
rej("reply", "hosp", "Enfermeira Obstetra", "Re: Currículo - {role}", [
    "Olá. Agradecemos o contato. Seu currículo foi avaliado, mas não seguiremos com sua candidatura, pois a vaga exige título de especialista.",
], signer=("Rosana Teles", "Gestão de Pessoas", "rosana.teles"), careers=False, extra={"quote": "Boa noite, segue meu currículo para a vaga de Enfermeira Obstetra."})

# A26 informal PT "tua candidatura"
rej("plain", "pt_start", "Ilustrador", "Gaivota | {role}", [
    "Olá! Obrigado por te teres candidatado.",
    "Não vamos avançar com a tua candidatura desta vez, procurávamos alguém com mais experiência em animação 3D.",
    "Abraço!",
], signer=("Filipe Arruda", "Fundador", "filipe"))
rej("html", "pt_tech", "Estágio de Verão", "Lusoquanta Summer Internship", [
    "Obrigado por te candidatares ao nosso {role}.",
    "Infelizmente a tua candidatura não passou à fase seguinte.",
    "Esperamos ver-te numa próxima edição!",
])

# A27 "não prosseguirá / não seguirá" impersonal
rej("ats", "pt_hotel", "Empregado de Mesa", "Maresia - candidatura", [
    "Agradecemos o interesse na vaga de {role}.",
    "Informamos que a sua candidatura não prosseguirá para a fase seguinte do processo de recrutamento.",
])
rej("html", "varejo", "Analista de E-commerce", "Lojas Pitangueira - {role}", [
    "Obrigado por se candidatar.",
    "Infelizmente a sua candidatura não seguirá para as próximas etapas.",
])

# A28 "outros candidatos mais alinhados" word-order variants
rej("ats", "tel", "Analista de BI", "Tucano | {role}", [
    "Agradecemos muito a sua participação.",
    "Outros candidatos, com experiências mais alinhadas ao que buscamos, foram escolhidos para seguir no processo.",
])
rej("html", "fin", "Designer de Produto", "Sobre a sua candidatura", [
    "Foi um prazer conhecer seu trabalho.",
    "Neste momento, vamos seguir o processo com outras pessoas candidatas para a vaga de {role}.",
])
rej("ats", "pt_banco", "Gestor de Cliente", "Caixa Atlântica - {role}", [
    "Agradecemos o interesse demonstrado.",
    "Informamos que foram selecionados outros candidatos com um perfil mais adequado à função.",
])

# A29 "não foi possível aproveitar" / "não será possível aproveitar seu currículo" (BR)
rej("ats", "agro", "Operador de Máquinas", "Cooperativa Terra Roxa - {role}", [
    "Agradecemos o envio do seu currículo.",
    "No momento não foi possível aproveitar o seu perfil para a vaga de {role}.",
], careers=False)
rej("plain", "ind", "Eletricista Industrial", "Vaga de {role}", [
    "Boa tarde, obrigado pelo interesse.",
    "Infelizmente não poderemos aproveitar seu currículo para esta vaga.",
], signer=("Sérgio Bastos", "Recursos Humanos", "sergio.bastos"))

# A30 "decidimos por outro(a)" informal + mixed
rej("plain", "edu", "Coordenador Pedagógico", "Retorno - {role}", [
    "Bom dia, agradeço a conversa de ontem.",
    "A direção decidiu por outra candidata para a vaga de {role}.",
], signer=("Regina Farias", "Coordenação de RH", "regina.farias"))
rej("plain", "saude", "Nutricionista", "Vaga nutricionista", [
    "Oi, tudo bem?",
    "Passando pra avisar que a clínica decidiu fechar com outra profissional.",
    "Obrigada!",
], signer=("Cláudia Paes", "Sócia-diretora", "claudia.paes"))

# ---- B. rarer constructions (about 40) ------------------------------------------------
# B1 subject-only / curt
rej("ats", "varejo", "Estoquista", "Candidatura não aprovada - {role}", [
    "Agradecemos a sua participação.",
])
rej("ats", "pt_retail", "Caixa", "Processo de recrutamento {role}: não selecionado", [
    "Obrigado pelo interesse.",
])
rej("plain", "start", "Estágio em Dados", "Re: estágio", [
    "não rolou dessa vez, fechamos com outra pessoa. valeu!",
], signer=("Lucas Tavares", "Co-founder", "lucas"), careers=False)
rej("plain", "pt_start", None, "candidatura", [
    "olá, já escolhemos outra pessoa. obrigado na mesma!",
], signer=("Filipe Arruda", "Fundador", "filipe"), careers=False)
# B2 public sector / legalistic
rej("plain", "pref", "Agente Administrativo", "Processo Seletivo Simplificado nº 04/2026 - Resultado", [
    "Prezado(a) candidato(a),",
    "Comunicamos que, após a análise de títulos, V.Sa. foi considerado(a) NÃO CLASSIFICADO(A) para o cargo de {role}, conforme edital publicado no Diário Oficial.",
    "Eventual recurso poderá ser interposto no prazo de dois dias úteis.",
], signer=("Comissão do Processo Seletivo", "Secretaria Municipal de Administração", "selecao"), careers=False)
rej("plain", "pt_camara", "Assistente Operacional", "Procedimento concursal comum - {role} - notificação", [
    "Nos termos do Código do Procedimento Administrativo, fica V. Exa. notificado(a) de que foi excluído(a) do procedimento concursal, por não possuir o nível habilitacional exigido.",
    "Dispõe de 10 dias úteis para se pronunciar em sede de audiência dos interessados.",
], signer=("Júri do Procedimento", "Divisão de Recursos Humanos", "concursos"), careers=False)
rej("plain", "univ", "Professor Substituto de Química", "Seleção de {role} - resultado", [
    "Informamos que a sua inscrição foi indeferida por ausência do diploma de doutorado, conforme item 4.2 do edital.",
], signer=("Secretaria do Departamento de Química", "", "dq"), careers=False)
rej("plain", "pt_univ", "Bolseiro de Investigação", "Concurso para {role} - ata de avaliação", [
    "Em anexo segue a ata do júri. Informamos que a sua candidatura ficou graduada em 5.º lugar, não tendo sido selecionada para a bolsa de investigação a concurso.",
], signer=("Secretariado do Centro de Investigação", "", "ci"), careers=False)
# B3 decision buried after news
rej("html", "tech", "SRE Pleno", "Novidades da Arara e sua candidatura", [
    "Nas últimas semanas a Arara lançou o novo app de pagamentos e abrimos um escritório em Recife!",
    "Também queríamos falar sobre a vaga de {role}: depois de várias rodadas, o time escolheu outra pessoa.",
    "Obrigado por caminhar com a gente até aqui.",
])
rej("plain", "pt_cons", "Consultor de Sustentabilidade", "Ponto de situação", [
    "Espero que esteja bem. Estivemos fechados na semana passada para a nossa conferência anual, daí a demora.",
    "Quanto ao processo para {role}, infelizmente a decisão final não foi favorável à sua candidatura.",
], signer=("Nuno Vasconcelos", "Diretor de Operações", "nuno.vasconcelos"))
# B4 impersonal / passive
rej("ats", "hosp", "Auxiliar de Farmácia", "Resultado da triagem", [
    "Após triagem curricular, a candidatura foi considerada incompatível com os pré-requisitos da vaga de {role}.",
], careers=False)
rej("ats", "log", "Conferente", "Candidatura encerrada - {role}", [
    "Sua candidatura foi encerrada pelo recrutador.",
])
rej("html", "banco", "Especialista em Cloud", "Atualização de status", [
    "Status da candidatura: Não selecionado.",
    "Vaga: {role}.",
    "Agradecemos o seu interesse no Banco Sabiá.",
])
# B5 "não se enquadra" / "não corresponde" (PT)
rej("ats", "pt_hotel", "Cozinheiro de 2.ª", "Maresia - resposta à candidatura", [
    "Analisámos a sua candidatura com atenção.",
    "De momento, o seu perfil não se enquadra naquilo que procuramos para a função.",
])
rej("html", "pt_seg", "Mediador de Seguros", "Farol - candidatura", [
    "Recebemos e analisámos o seu CV.",
    "Lamentamos, mas o seu perfil não vai ao encontro dos requisitos definidos para esta oportunidade.",
])
# B6 "vaga cancelada / congelada"
rej("plain", "fin", "Analista de Growth", "Vaga de {role}", [
    "Queria te avisar que a vaga de {role} foi cancelada por uma reestruturação interna, então vamos encerrar todos os processos em andamento, incluindo o seu.",
], signer=("Henrique Lacerda", "Talent Partner", "henrique.lacerda"))
rej("ats", "pt_tech", "Mobile Developer", "Lusoquanta | position closed", [
    "A posição de {role} foi encerrada e, por isso, não daremos seguimento às candidaturas recebidas, incluindo a sua.",
])
# B7 "não prosseguir" after test/technical
rej("html", "tech", "Cientista de Dados", "Resultado do desafio técnico", [
    "Obrigado por entregar o desafio técnico.",
    "O time avaliou a solução e, infelizmente, você não passou nesta etapa do processo de {role}.",
])
rej("ats", "tel", "Atendente de Call Center", "Resultado da avaliação online", [
    "Você concluiu a avaliação online para {role}.",
    "Infelizmente sua pontuação não atingiu o mínimo necessário para continuar no processo.",
])
# B8 texting register / whatsapp-like
rej("plain", "saude", "Secretária", "vaga secretária", [
    "oi, a vaga já foi preenchida, tá? obrigada pelo interesse",
], signer=("Patrícia Moraes", "", "patricia"))
rej("plain", "start", "Social Media", "social media", [
    "fala! então, vamos seguir com outra pessoa pra vaga, mas curti muito teu portfólio. abs",
], signer=("Bruna Okada", "", "bruna"), careers=False)
# B9 explicit "recusada/rejeitada" rare but real
rej("ats", "pt_retail", "Operador de Armazém", "Candidatura recusada", [
    "A sua candidatura para {role} foi recusada.",
    "Obrigado.",
])
rej("ats", "ind", "Auxiliar de Almoxarifado", "Sua candidatura", [
    "Informamos que sua candidatura para a vaga de {role} foi indeferida.",
])
# B10 "de momento não temos uma posição para si"
rej("plain", "pt_cons", None, "Candidatura espontânea", [
    "Obrigado pela candidatura espontânea.",
    "De momento não temos nenhuma vaga que se adeque ao seu perfil, pelo que não daremos seguimento ao seu pedido.",
], signer=("Joana Quintela", "Talent Acquisition", "joana.quintela"))
rej("plain", "agro", None, "Currículo", [
    "Recebemos seu currículo, mas no momento não temos vaga para a sua área e não vamos seguir com o cadastro.",
], signer=("Osvaldo Kuhn", "Gerente de RH", "osvaldo.kuhn"))
# B11 "outra pessoa foi contratada" / "contratamos"
rej("plain", "edu", "Monitor de Inclusão", "Vaga de {role}", [
    "Bom dia. Contratamos outra pessoa para a vaga de {role}.",
    "Agradecemos seu interesse.",
], signer=("Regina Farias", "Coordenação de RH", "regina.farias"))
rej("html", "pt_hotel", "Governanta", "Maresia | {role}", [
    "A vaga de {role} foi atribuída a outra candidata.",
    "Agradecemos a sua participação.",
])
# B12 "not this role but another" (a rejection for this application)
rej("plain", "tech", "Engenheiro de Machine Learning", "Vaga de {role} e outra oportunidade", [
    "Sobre a vaga de {role}, o time decidiu seguir com outro candidato.",
    "Mas gostamos muito do seu perfil e queria te apresentar uma vaga de Analista de Dados que abriu agora, topa conversar?",
], signer=("Débora Siqueira", "Talent Acquisition", "debora.siqueira"), extra={"kind": "lookalike"})
rej("html", "pt_banco", "Analista de Risco", "Caixa Atlântica - {role}", [
    "Relativamente à posição de {role}, não iremos avançar com a sua candidatura.",
    "Contudo, o seu perfil despertou interesse para uma vaga de Auditoria Interna; se concordar, enviaremos os detalhes.",
], extra={"kind": "lookalike"})
# B13 more varied connectors
rej("ats", "food", "Promotor de Vendas", "Jabuticaba | {role}", [
    "Apesar do seu ótimo perfil, infelizmente não seguiremos com você neste processo.",
])
rej("html", "univ", "Técnico de Laboratório", "Resultado - Seleção {role}", [
    "Em que pese a boa avaliação na prova prática, a Comissão deliberou pela não contratação de V.Sa., tendo sido classificado(a) fora do número de vagas.",
], careers=False)
rej("ats", "varejo", "Fiscal de Prevenção", "Pitangueira - {role}", [
    "Lamentamos informar que a vaga para a qual você se candidatou foi preenchida por outro candidato.",
])
rej("plain", "pt_hosp", "Assistente Técnico", "Candidatura - {role}", [
    "Por lapso, não lhe comunicámos antes: a candidatura não foi considerada, por ter dado entrada fora do prazo.",
], signer=("Sofia Albergaria", "Serviço de Gestão de Recursos Humanos", "sofia.albergaria"))
rej("html", "fin", "Analista de Compliance", "Seu processo na Mandacaru", [
    "Com base nas entrevistas, entendemos que este não é o momento de seguirmos juntos.",
    "Agradecemos a transparência e a dedicação durante todo o processo para {role}.",
])
rej("ats", "tech", "Desenvolvedor iOS", "Arara | {role}", [
    "Seu perfil foi muito bem avaliado, mas não foi o escolhido para esta vaga.",
])
rej("plain", "pt_start", "Copywriter", "Gaivota - {role}", [
    "Obrigado pela paciência. Acabámos por contratar outra pessoa para a vaga.",
], signer=("Filipe Arruda", "Fundador", "filipe"))
rej("agency:ag_br", None, "Gerente Comercial", "Atualização vaga {role}", [
    "Oi, tudo bem? O processo para {role} foi finalizado e você não foi o finalista escolhido pelo cliente.",
], signer=("Aline Prado", "Consultora de Recrutamento", "aline.prado"), careers=False)
rej("agency:ag_pt", None, "Contabilista", "Processo {role}", [
    "Após a entrevista com o cliente, a decisão foi a de não avançar com o seu perfil.",
], signer=("Marta Seixas", "Consultora Sénior", "marta.seixas"), careers=False)
rej("reply", "tel", "Analista de Suporte", "Re: Feedback entrevista", [
    "Oi, obrigado por perguntar. O gestor optou por outro candidato, então você não segue no processo de {role}.",
], signer=("Thaís Barreto", "Recrutadora", "thais.barreto"), extra={"quote": "Olá Thaís, vocês já têm algum feedback da entrevista de segunda?"})
rej("ats", "pt_seg", "Assistente Administrativo", "Seguros Farol - {role}", [
    "Informamos que o processo de recrutamento foi concluído e que a sua candidatura não foi a escolhida.",
])
rej("html", "hosp", "Médico Plantonista", "Credenciamento - {role}", [
    "Após análise da documentação, informamos que seu cadastro para {role} não foi homologado pela Diretoria Clínica.",
], careers=False)
rej("ats", "log", "Analista de Frota", "TransCaju - {role}", [
    "Infelizmente você foi desclassificado do processo seletivo para {role} por não comparecer à integração.",
])
rej("plain", "univ", "Assistente em Administração", "Contratação temporária - {role}", [
    "Sua candidatura foi avaliada pela comissão, que decidiu não aprovar a sua contratação.",
], signer=("Comissão de Seleção", "Pró-Reitoria de Gestão de Pessoas", "progep"), careers=False)
rej("plain", "pt_camara", "Técnico de Informática", "Lista de ordenação final - {role}", [
    "Notifica-se V. Exa. de que, na lista de ordenação final homologada, ficou na situação de não aprovado(a).",
], signer=("Júri do Procedimento", "", "concursos"), careers=False)

# --------------------------------------------------------------------------------------
# Look-alikes (60): share vocabulary, not a rejection of the owner's job application.
# (subject, paragraphs, sender name, sender local, domain key or raw domain, note)
# --------------------------------------------------------------------------------------
L: list[tuple] = []


def look(subject, paras, who=("Equipe de Recrutamento", "recrutamento"), co="varejo"):
    L.append((subject, paras, who, co))


# delays / not yet
look("Sua candidatura - Analista de Compras", ["Ainda não temos uma decisão sobre a vaga de Analista de Compras.", "O processo está demorando mais do que o previsto e retornaremos até o fim do mês."])
look("Candidatura - Técnico de Compliance", ["Ainda não avançámos com a sua candidatura porque o processo foi suspenso temporariamente.", "Daremos notícias assim que for retomado."], co="pt_banco")
look("Processo Data Engineer", ["Ainda não conseguimos dar um retorno sobre a sua candidatura; a decisão final ficou para a próxima semana."], ("Rui Valente", "rui.valente"), co="pt_tech")
look("Atualização - vaga de Operador de Caixa", ["Não houve ainda decisão sobre a sua candidatura. Não desista, você continua no processo!"])
look("Retorno", ["Ainda não decidimos quem seguirá para a próxima etapa de Desenvolvedor Back-end.", "Obrigada pela paciência."], ("Camila Rezende", "camila.rezende"), co="tech")
look("Processo seletivo", ["Não seguiremos com as entrevistas esta semana por causa do feriado; remarcamos sua conversa para terça."], co="food")
# conditionals
look("Documentos pendentes - Motorista", ["Caso não envie os documentos até sexta-feira, não poderemos dar seguimento à sua candidatura.", "Envie pelo portal."], co="log")
look("Teste online pendente", ["Se o teste não for concluído até dia 10, não será possível seguir com a sua candidatura para Estágio em Tecnologia."], co="banco")
look("Candidatura incompleta", ["A sua candidatura só avançará se anexar o certificado de habilitações. Sem ele, não a poderemos considerar."], co="pt_retail")
look("Confirmação de presença", ["Se você não confirmar a presença na dinâmica, não seguiremos com o seu processo. Responda este e-mail até amanhã."], co="tel")
# invitations, next steps
look("Próxima etapa - Analista de Risco de Crédito", ["Parabéns! Você foi selecionado(a) para a próxima etapa do processo.", "A entrevista será na quinta às 14h."], co="fin")
look("Convite para entrevista", ["Gostaríamos de convidá-lo para uma entrevista para a função de Gestor de Sinistros.", "Indique a sua disponibilidade."], co="pt_seg")
look("Reagendamento de entrevista", ["Infelizmente não poderemos realizar a entrevista na data combinada.", "Podemos remarcar para segunda-feira às 10h?"], ("Joana Quintela", "joana.quintela"), co="pt_cons")
look("Avaliação técnica", ["Seu perfil foi aprovado na triagem! O próximo passo é o desafio técnico, com prazo de 5 dias."], co="tech")
look("Dinâmica de grupo", ["Você avançou para a dinâmica de grupo do Trainee Conecta 2026. Infelizmente o local mudou: será no auditório da sede."], co="tel")
look("Resultado da etapa", ["Temos uma ótima notícia: você foi aprovada na etapa de testes e seguirá para o painel com gestores."], co="banco")
# offers
look("Proposta - Tech Lead", ["Temos o prazer de lhe apresentar a nossa proposta para a posição de Tech Lead.", "Em anexo os detalhes."], co="pt_tech")
look("Carta oferta", ["Ficamos muito felizes em anunciar que você foi a pessoa escolhida para a vaga de Product Manager!"], ("Henrique Lacerda", "henrique.lacerda"), co="fin")
# received / under review
look("Recebemos sua candidatura", ["Recebemos sua candidatura para Auxiliar de Produção.", "Seu perfil está em análise e, caso seja selecionado, entraremos em contato."], co="food")
look("Candidatura recebida", ["Confirmamos a receção da sua candidatura à função de Enfermeiro. Caso não seja contactado no prazo de 30 dias, considere que a sua candidatura não foi selecionada."], co="pt_hosp")
look("Sua candidatura está em análise", ["Obrigado por se candidatar! O status da sua candidatura é: Em análise.", "Nem todos os candidatos recebem retorno individual, mas faremos o possível."], co="varejo")
# third person / decisions about others
look("Candidatos do processo de Soldador", ["Oi Sérgio, segue a lista: os candidatos Paulo e Edson não foram aprovados no teste prático; vamos seguir com o Marcos."], ("Laura Pinheiro", "laura.pinheiro"), co="ind")
look("Feedback para o candidato", ["Olá, pode avisar ao candidato da vaga de Analista Fiscal que o cliente optou por seguir com outro profissional? Obrigada."], ("Vanessa Lima", "vanessa"), co="ag_br2")
look("Resultado do processo - Trainee", ["Equipe, informamos que os candidatos não selecionados já foram notificados. Segue a lista dos aprovados para a integração."], co="tel")
look("Reprovação do fornecedor", ["O comitê decidiu não seguir com a candidatura da empresa Delta Obras ao cadastro de fornecedores."], ("Suprimentos", "suprimentos"), co="ind")
# quoted advice / newsletters
look("Newsletter Carreira em Foco #42", ["Recebeu um 'infelizmente, optamos por seguir com outros candidatos'? Veja cinco maneiras de pedir feedback ao recrutador.", "E mais: como se preparar para entrevistas em inglês."], ("Carreira em Foco", "news"), co="blog")
look("Dicas da semana", ["Quando a empresa diz que 'não seguiremos com a sua candidatura', não leve para o lado pessoal.", "Leia o artigo completo no nosso blog."], ("Vagas & Dicas", "contato"), co="blog")
look("O que fazer quando não é selecionado", ["Neste artigo explicamos o que significa 'o seu perfil não foi selecionado para as próximas etapas' e como melhorar o CV."], ("Revista Emprego Hoje", "editorial"), co="blog")
# non-job objects
look("Sua solicitação de crédito", ["Informamos que sua solicitação de crédito não foi aprovada neste momento.", "Você pode tentar novamente em 90 dias."], ("Banco Sabiá", "naoresponda"), co="banco")
look("Submissão de artigo", ["Lamentamos informar que o seu artigo não foi aceite para publicação na revista.", "Os pareceres seguem em anexo."], ("Comissão Editorial", "revista"), co="pt_univ")
look("Proposta de locação", ["Infelizmente a sua proposta para o apartamento não foi aprovada pelo proprietário; optamos por seguir com outro interessado."], ("Imobiliária Casa Boa", "atendimento"), co="imob")
look("Inscrição no mestrado", ["Informamos que a sua candidatura ao Mestrado em Economia não foi admitida, por falta de vagas."], ("Serviços Académicos", "academicos"), co="pt_univ")
look("Palestra no evento", ["Agradecemos a submissão. Infelizmente sua palestra não foi selecionada para a edição deste ano do DevCerrado."], ("Organização DevCerrado", "cfp"), co="evento")
look("Pedido de reembolso", ["Seu pedido de reembolso de despesas foi recusado pois falta a nota fiscal."], ("Financeiro", "financeiro"), co="tech")
look("Cotação nº 3321", ["Informamos que a sua cotação não foi selecionada e decidimos seguir com outro fornecedor."], ("Compras", "compras"), co="food")
look("Bolsa de estudos", ["Lamentamos, mas a sua candidatura à bolsa de mérito não foi aprovada neste ano letivo."], ("Fundação Aprender", "bolsas"), co="fund")
# owner's own withdrawal
look("Confirmação de desistência", ["Confirmamos o cancelamento da sua candidatura à vaga de Gerente de Loja, conforme solicitado por você.", "Desejamos sucesso!"], co="varejo")
look("Retirada de candidatura", ["Recebemos o seu pedido e a sua candidatura ao processo de Analista de Crédito foi retirada. Obrigado por nos informar."], co="pt_banco")
look("Re: Desistência", ["Tudo bem, entendemos a sua decisão de não continuar no processo. Boa sorte no novo emprego!"], ("Thaís Barreto", "thais.barreto"), co="tech")
# status pages / job alerts / recruiter outreach
look("Novas vagas para você", ["Encontramos 12 vagas que combinam com seu perfil: Analista de Compras, Assistente Administrativo, Operador de Caixa.", "Não perca: candidaturas encerram em breve."], ("Alertas Vagas Já", "alertas"), co="portal")
look("Resumo das suas candidaturas", ["Analista de BI - Em análise", "Designer de Produto - Processo encerrado", "Técnico de Campo - Entrevista agendada", "Acesse o painel para ver detalhes."], ("Painel do Candidato", "naoresponda"), co="portal")
look("Oportunidade - Engenheiro de Dados", ["Oi! Vi seu perfil e achei que combina com uma vaga de Engenheiro de Dados num cliente do setor financeiro. Tem interesse em conversar?"], ("Aline Prado", "aline.prado"), co="ag_br")
look("Vaga encerrada", ["A vaga de Designer que você salvou nos favoritos foi encerrada pelo anunciante.", "Veja outras vagas parecidas."], ("Alertas Vagas Já", "alertas"), co="portal")
look("Abriu uma vaga", ["Lembra da vaga de Analista de Dados que não deu certo? Abrimos uma nova posição e gostaríamos que você participasse."], ("Débora Siqueira", "debora.siqueira"), co="tech")
# negated negation / reassurance
look("Sobre a sua candidatura", ["Não descartamos a sua candidatura: ela continua ativa e será avaliada na próxima fase."], co="pt_seg")
look("Continuidade do processo", ["Não é verdade que o processo foi encerrado; sua candidatura segue normalmente e você não foi eliminado."], co="pref")
look("Re: Feedback", ["Ninguém foi reprovado ainda! Estamos só aguardando o gestor voltar de férias para decidir."], ("Thaís Barreto", "thais.barreto"), co="tech")
# questions
look("Dúvida sobre o processo", ["Você gostaria de continuar no processo da vaga de Analista Fiscal ou prefere que encerremos a sua candidatura?"], ("Vanessa Lima", "vanessa"), co="ag_br2")
look("Pergunta", ["Recebemos a sua mensagem perguntando se a candidatura foi rejeitada. Não, ela ainda está em avaliação."], co="pt_retail")
# hiring-side: owner is the recruiter
look("Template de reprovação", ["Segue o texto padrão para candidatos reprovados: 'Infelizmente, seu perfil não foi selecionado para as próximas etapas.' Revisem antes de enviar."], ("Laura Pinheiro", "laura.pinheiro"), co="ind")
look("Gupy - candidatos reprovados", ["Você reprovou 14 candidatos na vaga Auxiliar de Armazém. Os e-mails de retorno foram enviados automaticamente."], ("Notificações", "naoresponda"), co="log")
# the owner's own rejection of an offer / another person's news
look("Re: Proposta", ["Entendemos que você decidiu não aceitar a nossa proposta. Ficamos tristes, mas a porta continua aberta!"], ("Henrique Lacerda", "henrique.lacerda"), co="fin")
look("Notícia da equipe", ["O Pedro não passou no processo interno para coordenador, mas seguirá como analista sênior no time."], ("Mônica Alves", "monica.alves"), co="tech")
# public sector results not a decision
look("Resultado preliminar publicado", ["O resultado preliminar do Processo Seletivo Simplificado nº 04/2026 foi publicado. Consulte a sua situação no site."], ("Comissão do Processo Seletivo", "selecao"), co="pref")
look("Prazo de recurso", ["Informamos que o prazo para recurso contra a lista de candidatos excluídos termina em 3 de abril."], ("Júri do Procedimento", "concursos"), co="pt_camara")
# misc
look("Vaga pausada", ["A vaga de Mobile Developer foi pausada temporariamente; a sua candidatura mantém-se ativa e retomaremos em maio."], co="pt_tech")
look("Banco de talentos", ["Seu currículo foi incluído no nosso banco de talentos. Quando surgir uma vaga compatível, entraremos em contato."], co="agro")
look("Processo seletivo - feedback", ["Você foi aprovado na entrevista com o RH e não precisará refazer o teste de inglês."], co="banco")
look("Atualização de dados", ["Infelizmente, não conseguimos acessar o arquivo do seu currículo. Pode reenviar? Sem isso a candidatura fica parada."], co="hosp")
look("Lembrete: entrevista amanhã", ["Lembrete: sua entrevista para Nutricionista é amanhã às 9h. Caso não possa comparecer, avise para remarcarmos."], ("Cláudia Paes", "claudia.paes"), co="saude")

# --------------------------------------------------------------------------------------
# Ordinary (20): job-ish words, nothing about the owner's application.
# --------------------------------------------------------------------------------------
O = [
    ("Holerite de março disponível", ["Seu holerite de março já está disponível no portal do colaborador."], ("Departamento Pessoal", "dp"), "varejo"),
    ("Programação de férias", ["Pessoal, preciso que cada um marque as férias do segundo semestre na planilha até sexta."], ("Mônica Alves", "monica.alves"), "tech"),
    ("Boas-vindas ao novo colega", ["Hoje começa no time o Everton, nosso novo analista de dados. Deem as boas-vindas!"], ("Mônica Alves", "monica.alves"), "tech"),
    ("Vaga interna aberta", ["Está aberta a vaga interna de Coordenador de Logística. Interessados devem falar com o RH até dia 20."], ("Recursos Humanos", "rh"), "log"),
    ("Recibo de vencimento", ["O seu recibo de vencimento de fevereiro encontra-se disponível no portal."], ("Recursos Humanos", "rh"), "pt_banco"),
    ("Reunião de equipa", ["A reunião de equipa passa para quinta-feira às 15h, na sala 2."], ("Rui Valente", "rui.valente"), "pt_tech"),
    ("Plano de saúde - reajuste", ["Informamos o reajuste anual do plano de saúde a partir de abril."], ("Benefícios", "beneficios"), "banco"),
    ("Ponto eletrônico", ["Lembramos que as marcações de ponto devem ser feitas até 10 minutos após o início do turno."], ("Departamento Pessoal", "dp"), "ind"),
    ("Treinamento obrigatório", ["O treinamento de segurança da informação é obrigatório para todos os colaboradores até o fim do mês."], ("Compliance", "compliance"), "fin"),
    ("Aniversariantes do mês", ["Parabéns aos aniversariantes de março! Bolo na copa às 16h."], ("Endomarketing", "endo"), "food"),
    ("Avaliação de desempenho", ["O ciclo de avaliação de desempenho começa segunda. Preencha a autoavaliação no sistema."], ("Recursos Humanos", "rh"), "tel"),
    ("Indicação de candidatos", ["Conhece alguém para a vaga de Técnico de Campo? O programa de indicação paga bônus se a pessoa for contratada."], ("Atração de Talentos", "talentos"), "tel"),
    ("Escala de plantão", ["Segue a escala de plantão de abril para a equipe de enfermagem."], ("Coordenação de Enfermagem", "enfermagem"), "hosp"),
    ("Formação em Excel", ["Estão abertas as inscrições para a formação interna em Excel avançado."], ("Formação", "formacao"), "pt_seg"),
    ("Mudança de escritório", ["A partir de maio a equipa muda-se para o novo escritório no Porto."], ("Direção", "direcao"), "pt_cons"),
    ("Entrevista com o novo diretor", ["Na newsletter interna desta semana, uma entrevista com o novo diretor comercial."], ("Comunicação Interna", "comunicacao"), "varejo"),
    ("Feedback do projeto", ["Ótimo trabalho na entrega do projeto! O cliente aprovou a proposta."], ("Mônica Alves", "monica.alves"), "tech"),
    ("Vale-refeição", ["O crédito do vale-refeição cai no dia 5."], ("Departamento Pessoal", "dp"), "agro"),
    ("Seguro de acidentes de trabalho", ["A apólice de acidentes de trabalho foi renovada; os detalhes estão na intranet."], ("Recursos Humanos", "rh"), "pt_hotel"),
    ("Contratação de estagiários", ["Vamos contratar dois estagiários para o financeiro; gestores, enviem as descrições das vagas."], ("Recursos Humanos", "rh"), "fin"),
]

EXTRA_DOMAINS = {
    "blog": ("Carreira", "carreiraemfoco.example"),
    "imob": ("Imobiliária Casa Boa", "casaboa.example"),
    "evento": ("DevCerrado", "devcerrado.test"),
    "fund": ("Fundação Aprender", "fundaprender.example"),
    "portal": ("Vagas Já", "vagasja.example"),
}


def domain_of(key: str) -> str:
    if key in CO:
        return CO[key][1]
    if key in AGENCIES:
        return AGENCIES[key][1]
    return EXTRA_DOMAINS[key][1]


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------
def greeting(i: int, owner: str, region: str) -> str:
    f = first(owner)
    br = [f"Olá, {f}!", f"Prezado(a) {owner},", f"Oi {f}, tudo bem?", f"Olá {f},", f"Bom dia, {f}."]
    pt = [f"Caro(a) {owner},", f"Olá {f},", f"Exmo(a). Sr(a). {owner},", f"Bom dia {f},"]
    opts = pt if region == "pt" else br
    return opts[i % len(opts)]


def closing(i: int, region: str) -> str:
    br = ["Atenciosamente,", "Abraços,", "Um abraço,", "Obrigado,", "Cordialmente,"]
    pt = ["Com os melhores cumprimentos,", "Cumprimentos,", "Atentamente,", "Obrigado,"]
    opts = pt if region == "pt" else br
    return opts[i % len(opts)]


def to_html(paras: list[str], split_tags: bool) -> str:
    out = []
    for p in paras:
        if split_tags and len(p) > 60:
            words = p.split(" ")
            mid = len(words) // 2
            p = " ".join(words[:mid]) + "\n<strong>" + " ".join(words[mid:mid + 3]) + "</strong>\n" + " ".join(words[mid + 3:])
        out.append(f"<p style=\"font-family:Arial;font-size:14px\">{p}</p>")
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Processo seletivo</title></head>"
        "<body><table width=\"600\" align=\"center\"><tr><td>"
        "<img src=\"https://static.example/logo.png\" alt=\"logo\">"
        + "\n".join(out)
        + "</td></tr><tr><td style=\"font-size:11px;color:#999\">Esta é uma mensagem automática, por favor não responda."
        " Para deixar de receber e-mails, atualize suas preferências.</td></tr></table></body></html>"
    )


def build_message(i: int, frm: tuple[str, str], to: tuple[str, str], subject: str, text: str,
                  html: str | None, charset: str, cte: str) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"{frm[0]} <{frm[1]}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE_DATE + timedelta(hours=7 * i, minutes=13 * i))
    msg["Message-ID"] = f"<dev7pt.{i:04d}@{frm[1].split('@')[1]}>"
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if html is None:
        msg.set_content(text, charset=charset, cte=cte)
    else:
        if cte == "8bit":
            cte = "quoted-printable"
        msg.set_content(text, charset=charset, cte=cte)
        try:
            html.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    return msg.as_bytes()


def html_only(i: int, frm, to, subject, html, charset, cte) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"{frm[0]} <{frm[1]}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE_DATE + timedelta(hours=7 * i, minutes=13 * i))
    msg["Message-ID"] = f"<dev7pt.{i:04d}@{frm[1].split('@')[1]}>"
    try:
        html.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    msg.set_content(html, subtype="html", charset=charset, cte="8bit" if cte == "8bit" else cte)
    return msg.as_bytes()


def wrap(paras: list[str], width: int | None) -> str:
    if not width:
        return "\n\n".join(paras)
    return "\n\n".join(textwrap.fill(p, width) for p in paras)


def render_rejection(i: int, item: tuple) -> tuple[bytes, dict]:
    wrapper, co_key, role, subject, paras, signer, careers, extra = item
    owner = OWNERS[i % len(OWNERS)]
    if co_key:
        co_name, dom, url, region = CO[co_key]
    else:
        co_name, dom, url, region = None, None, None, "br"
    agency = None
    if wrapper.startswith("agency:"):
        agency = AGENCIES[wrapper.split(":")[1]]
        region = "pt" if wrapper.endswith("_pt") else region
    fill = {"role": role or "", "co": co_name or ""}
    subject = subject.format(**fill)
    body = [p.format(**fill) for p in paras]
    charset = CHARSETS[i % len(CHARSETS)]
    cte = CTES[i % len(CTES)]
    careers_url = url if (careers and url) else None
    label = {"company": co_name, "role": role, "contact_name": None, "contact_email": None,
             "careers_url": None}

    if agency:
        frm_dom = agency[1]
        label["company"] = co_name if co_name else agency[0]
    else:
        frm_dom = dom

    sig_lines: list[str] = []
    if signer:
        name, title, local = signer
        sender = (name, f"{local}@{frm_dom}")
        is_person = not any(w in name for w in ("Comissão", "Secretaria", "Júri", "Secretariado"))
        if is_person:
            label["contact_name"] = name
            label["contact_email"] = sender[1]
        sig_lines = [name] + ([title] if title else []) + [agency[0] if agency else (co_name or "")]
    elif wrapper in ("html", "ats", "fwd"):
        sender = (f"{co_name} Carreiras" if wrapper != "fwd" else f"{co_name}", f"naoresponda@{dom}")
        sig_lines = [f"Equipe de Recrutamento e Seleção {co_name}" if region == "br" else f"Equipa de Recrutamento {co_name}"]
    else:
        sender = (co_name, f"rh@{dom}")

    text_paras = [greeting(i, owner[0], region)] + body + [closing(i, region), "\n".join(sig_lines)]
    if careers_url:
        text_paras.append(f"Veja nossas vagas: {careers_url}" if region == "br" else f"Consulte as nossas ofertas: {careers_url}")
        label["careers_url"] = careers_url
    text = wrap(text_paras, extra.get("wrap"))

    if wrapper == "reply":
        quote = extra.get("quote", "Olá, alguma novidade?")
        qdate = (BASE_DATE + timedelta(days=i % 9)).strftime("%d/%m/%Y")
        text += (f"\n\nEm {qdate}, {owner[0]} <{owner[1]}> escreveu:\n> "
                 + "\n> ".join(textwrap.wrap(quote, 68)) + f"\n> \n> {owner[0]}\n")
        mail = build_message(i, sender, owner, subject, text, None, charset, cte)
    elif wrapper == "fwd":
        inner_subject = subject.replace("Fwd: ", "")
        fwd = (f"{extra.get('note', '')}\n\n---------- Forwarded message ---------\n"
               f"De: {sender[0]} <{sender[1]}>\nDate: seg., 2 de mar. de 2026 às 10:12\n"
               f"Subject: {inner_subject}\nTo: <{owner[1]}>\n\n" + text)
        other = ("Eu", owner[1].replace("@", ".alt@"))
        mail = build_message(i, (owner[0], other[1]), owner, subject, fwd, None, charset, cte)
    elif wrapper == "html":
        html = to_html(text_paras, extra.get("split_tags", False))
        if i % 3 == 0:
            mail = html_only(i, sender, owner, subject, html, charset, cte)
        else:
            mail = build_message(i, sender, owner, subject, text, html, charset, cte)
    else:
        mail = build_message(i, sender, owner, subject, text, None, charset, cte)
    if role and role not in subject and role not in text:
        label["role"] = None  # the mail never names the role
    if "company" in extra:
        label["company"] = extra["company"]
    label.update({"is_rejection": True, "lang": "pt", "kind": extra.get("kind", "rejection")})
    return mail, label


def render_other(i: int, item: tuple, kind: str) -> tuple[bytes, dict]:
    subject, paras, who, co_key = item
    owner = OWNERS[i % len(OWNERS)]
    dom = domain_of(co_key)
    region = CO[co_key][3] if co_key in CO else ("pt" if co_key == "ag_pt" else "br")
    text = "\n\n".join([greeting(i, owner[0], region)] + paras + [closing(i, region), who[0]])
    charset = CHARSETS[i % len(CHARSETS)]
    cte = CTES[i % len(CTES)]
    if i % 4 == 0:
        mail = build_message(i, (who[0], f"{who[1]}@{dom}"), owner, subject, text,
                             to_html(text.split("\n\n"), False), charset, cte)
    else:
        mail = build_message(i, (who[0], f"{who[1]}@{dom}"), owner, subject, text, None, charset, cte)
    label = {"company": None, "role": None, "contact_name": None, "contact_email": None,
             "careers_url": None, "is_rejection": False, "lang": "pt", "kind": kind}
    return mail, label


def build() -> list[tuple[str, bytes, dict]]:
    items: list[tuple[str, bytes, dict]] = []
    n = 0
    # interleave so the kinds are not in blocks
    seq: list[tuple[str, tuple]] = []
    ri, li, oi = 0, 0, 0
    while ri < len(R) or li < len(L) or oi < len(O):
        for _ in range(2):
            if ri < len(R):
                seq.append(("r", R[ri]))
                ri += 1
        if li < len(L):
            seq.append(("l", L[li]))
            li += 1
        if oi < len(O) and n % 3 == 0:
            seq.append(("o", O[oi]))
            oi += 1
        n += 1
    for idx, (k, it) in enumerate(seq, start=1):
        if k == "r":
            mail, label = render_rejection(idx, it)
        elif k == "l":
            mail, label = render_other(idx, it, "lookalike")
        else:
            mail, label = render_other(idx, it, "ordinary")
        fname = f"{idx:04d}.eml"
        items.append((fname, mail, {"file": fname, **label}))
    return items


def write() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    items = build()
    with LABELS.open("w", encoding="utf-8") as fh:
        for fname, mail, label in items:
            (OUT / fname).write_bytes(mail)
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for _, _, label in items:
        kinds[label["kind"]] = kinds.get(label["kind"], 0) + 1
    print(f"wrote {len(items)} messages: {kinds}, rejections={sum(lab['is_rejection'] for _, _, lab in items)}")


def check() -> None:
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(lab["file"] for lab in labels), "labels and messages differ"
    assert len(set(files)) == len(files)
    parser = BytesParser(policy=policy.default)
    for lab in labels:
        msg = parser.parsebytes((OUT / lab["file"]).read_bytes())
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), lab["file"]
        assert msg["Subject"], lab["file"]
        for key in ("is_rejection", "company", "role", "contact_name", "contact_email", "careers_url", "lang", "kind"):
            assert key in lab, (lab["file"], key)
        if lab["contact_email"]:
            raw = (OUT / lab["file"]).read_bytes().decode("ascii", "replace")
            assert lab["contact_email"] in raw, lab["file"]
    print(f"ok: {len(labels)} messages, {sum(lab['is_rejection'] for lab in labels)} rejections")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
        check()
