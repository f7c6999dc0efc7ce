# ruff: noqa: E501
"""Build the dev4/pt corpus: 90 Portuguese (European and Brazilian) messages, written independently of the
detector, for an honest estimate of how it generalises.

Run from the repo root:
    .venv/bin/python tests/corpus/dev4/pt/build.py          # (re)write messages/*.eml and labels.jsonl
    .venv/bin/python tests/corpus/dev4/pt/build.py --check  # parse everything back, check labels 1:1

Every person, company and domain is invented (.example / .test); ATS vendor names are real products.
Deterministic: fixed dates and Message-IDs, no randomness.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWNERS = {
    "pt": "Inês Carvalho <ines.carvalho@correio.example>",
    "br": "Rafael Souza <rafael.souza@mail.example>",
}
START = datetime(2026, 9, 1, 8, 15, tzinfo=UTC)

MESSAGES: list[dict] = []


def add(kind: str, who: str, sender: str, subject: str, body: str, *, rejection: bool = False,
        company: str | None = None, role: str | None = None, contact_name: str | None = None,
        contact_email: str | None = None, careers_url: str | None = None, fmt: str = "plain",
        charset: str = "utf-8", cte: str | None = None, wrap: bool = False, reply_to: str | None = None,
        footer_html: str = "", attachment: tuple[str, str, bytes] | None = None) -> None:
    MESSAGES.append(dict(kind=kind, who=who, sender=sender, subject=subject, body=textwrap.dedent(body).strip("\n"),
                         rejection=rejection, company=company, role=role, contact_name=contact_name,
                         contact_email=contact_email, careers_url=careers_url, fmt=fmt, charset=charset, cte=cte,
                         wrap=wrap, reply_to=reply_to, footer_html=footer_html, attachment=attachment))


def R(who: str, sender: str, subject: str, body: str, **kw) -> None:
    add(kw.pop("kind", "rejection"), who, sender, subject, body, rejection=True, **kw)


def to_html(text: str, footer_html: str = "") -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    cells = "\n".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        f'{"<br>".join(html.escape(line) for line in p.splitlines())}</p>' for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head>"
            "<body style=\"margin:0;background:#f4f4f4\"><table role=\"presentation\" width=\"100%\" "
            "cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"600\" "
            "style=\"background:#ffffff;padding:24px\"><tr><td>\n" + cells + "\n</td></tr>"
            + (f"<tr><td style=\"font-size:11px;color:#888\">{footer_html}</td></tr>" if footer_html else "")
            + "</table></td></tr></table></body></html>\n")


def wrap_text(text: str, width: int = 72) -> str:
    out = []
    for para in text.split("\n\n"):
        lines = para.splitlines()
        if len(lines) == 1 and len(lines[0]) > width:
            out.append(textwrap.fill(lines[0], width))
        else:
            out.append(para)
    return "\n\n".join(out)


def build_message(i: int, m: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = m["sender"]
    msg["To"] = OWNERS[m["who"]]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(START + timedelta(hours=7 * i, minutes=13 * i % 60))
    msg["Message-ID"] = f"<dev4pt.{i:04d}@corpus.test>"
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    body = wrap_text(m["body"]) if m["wrap"] else m["body"]
    body += "\n"
    kw = {"charset": m["charset"]}
    if m["cte"]:
        kw["cte"] = m["cte"]
    if m["fmt"] == "html":
        msg.set_content(to_html(m["body"], m["footer_html"]), subtype="html", **kw)
    elif m["fmt"] == "alt":
        msg.set_content(body, **kw)
        msg.add_alternative(to_html(m["body"], m["footer_html"]), subtype="html", **kw)
    else:
        msg.set_content(body, **kw)
    if m["attachment"]:
        name, ctype, data = m["attachment"]
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def label(i: int, m: dict) -> dict:
    return {"file": f"{i:04d}.eml", "is_rejection": m["rejection"], "company": m["company"], "role": m["role"],
            "contact_name": m["contact_name"], "contact_email": m["contact_email"],
            "careers_url": m["careers_url"], "lang": "pt", "kind": m["kind"],
            "variant": "pt-PT" if m["who"] == "pt" else "pt-BR"}


# ----------------------------------------------------------------------------------------------------------
# True rejections
# ----------------------------------------------------------------------------------------------------------

R("br", "Equipe de Recrutamento Vértice Logística <vagas@vertice-log.example>",
  "Atualização sobre sua candidatura – Analista de Planejamento Logístico", """
    Olá, Rafael!

    Primeiramente, queremos agradecer pelo seu interesse em fazer parte do time da Vértice Logística e pelo tempo dedicado às etapas do nosso processo seletivo para a vaga de Analista de Planejamento Logístico.

    Após uma análise cuidadosa dos perfis, optamos por seguir com outros candidatos cujas experiências estão mais alinhadas aos requisitos da posição neste momento.

    Sabemos que essa não é a notícia que você esperava, mas queremos que saiba que seu currículo continuará em nossa base e poderá ser considerado em futuras oportunidades.

    Acompanhe nossas vagas em https://vertice-log.example/carreiras

    Um abraço,
    Equipe de Talentos | Vértice Logística
    """, kind="rejection/ats-after-applying", company="Vértice Logística", role="Analista de Planejamento Logístico",
  careers_url="https://vertice-log.example/carreiras", fmt="alt")

R("pt", "Lusomar Energia <lusomar@myworkday.example>", "Candidatura JR-10482 Engenheiro(a) de Processo", """
    Caro(a) Inês Carvalho,

    Agradecemos o interesse demonstrado na Lusomar Energia e a candidatura submetida à oferta JR-10482 – Engenheiro(a) de Processo (Sines).

    Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento.

    Recebemos um número muito elevado de candidaturas com perfis de grande qualidade, o que tornou a decisão particularmente difícil.

    Convidamo-lo(a) a consultar regularmente as nossas ofertas em https://lusomar.example/pt/carreiras.

    Com os melhores cumprimentos,
    Direção de Recursos Humanos
    Lusomar Energia, S.A.
    """, kind="rejection/ats-html", company="Lusomar Energia", role="Engenheiro(a) de Processo",
  careers_url="https://lusomar.example/pt/carreiras", fmt="html",
  footer_html="Esta mensagem foi enviada automaticamente. Por favor, não responda. | "
              "<a href=\"https://lusomar.example/privacidade\">Política de Privacidade</a> | Powered by Workday")

R("br", "Bruno Tavares <bruno@pixelfarm.example>", "Re: Conversa sobre a vaga de Desenvolvedor Android", """
    Oi Rafael, tudo bem?

    Valeu demais pelo papo da semana passada, curti muito conhecer seus projetos.

    Vou ser direto contigo: infelizmente não vamos seguir com você pra essa vaga. A gente acabou fechando com uma pessoa que já tinha bastante estrada com Kotlin Multiplatform, que é o que mais pesa pro projeto agora.

    Se abrir algo mais perto do seu perfil eu te chamo, beleza?

    Abraço,
    Bruno
    Tech Lead – PixelFarm
    """, kind="rejection/informal-manager", company="PixelFarm", role="Desenvolvedor Android",
  contact_name="Bruno Tavares", contact_email="bruno@pixelfarm.example")

R("pt", "Sofia Mendes | TalentBridge Recrutamento <sofia.mendes@talentbridge.example>",
  "Ponto de situação – Controller Financeiro (cliente: Grupo Serra da Estrela)", """
    Olá Inês,

    Espero que esteja bem.

    Conforme combinado, venho dar-lhe o ponto de situação relativamente ao processo de Controller Financeiro para o Grupo Serra da Estrela.

    O nosso cliente concluiu as entrevistas finais e informou-nos de que decidiu avançar com outro candidato, pelo que, infelizmente, a sua candidatura não irá prosseguir.

    O feedback que recebemos sobre si foi muito positivo, sobretudo quanto à sua experiência em consolidação de contas. Vou manter o seu perfil presente para outros projetos que surjam.

    Obrigada pela disponibilidade ao longo do processo.

    Com os melhores cumprimentos,

    Sofia Mendes
    Senior Consultant | Finance & Accounting
    TalentBridge Recrutamento
    +351 210 000 000
    """, kind="rejection/agency-client", company="Grupo Serra da Estrela", role="Controller Financeiro",
  contact_name="Sofia Mendes", contact_email="sofia.mendes@talentbridge.example", wrap=True)

R("br", "RH Casa Norte Supermercados <rh@casanorte.example>", "Processo seletivo – Analista de Dados", """
    Prezado(a) candidato(a),

    Agradecemos sua participação no processo seletivo para a vaga de Analista de Dados.

    Informamos que a vaga já foi preenchida. Seu currículo ficará arquivado em nosso banco de talentos por 6 meses e poderá ser consultado para novas oportunidades compatíveis com seu perfil.

    Atenciosamente,
    Recursos Humanos
    Casa Norte Supermercados
    """, kind="rejection/position-filled", company="Casa Norte Supermercados", role="Analista de Dados")

R("pt", "Serviços de Recursos Humanos - Universidade do Alto Tejo <srh@ualtotejo.example>",
  "Procedimento concursal n.º 27/2026 - Técnico Superior (área de informática) - notificação", """
    Exma. Senhora
    Inês Carvalho

    Assunto: Notificação no âmbito do procedimento concursal comum para ocupação de um posto de trabalho na carreira e categoria de técnico superior (área de informática), aberto pelo Aviso n.º 27/2026.

    Nos termos e para os efeitos previstos na Portaria aplicável, fica V. Exa. notificada de que, por deliberação do júri, foi excluída do procedimento em epígrafe, por não ter apresentado o comprovativo de habilitação académica exigido no ponto 8 do aviso de abertura.

    Dispõe V. Exa. do prazo de 10 dias úteis para, querendo, se pronunciar por escrito em sede de audiência dos interessados, utilizando o formulário disponível na página da Universidade.

    Com os melhores cumprimentos,
    A Presidente do Júri
    Teresa Albuquerque
    """, kind="rejection/public-sector", company="Universidade do Alto Tejo",
  role="Técnico Superior (área de informática)", contact_name="Teresa Albuquerque",
  contact_email="srh@ualtotejo.example", charset="iso-8859-1", cte="quoted-printable")

R("br", "Programa de Estágio Ipê Bank <estagio@ipebank.example>",
  "Programa de Estágio Ipê 2027 | Resultado da etapa de dinâmica", """
    Oi, Rafael! Tudo certo?

    Passando aqui para agradecer sua participação na dinâmica em grupo do Programa de Estágio Ipê 2027. Foi muito legal ver tanta gente engajada!

    Infelizmente, desta vez você não foi aprovado(a) para a próxima etapa. Sabemos que é frustrante, mas cada processo é um aprendizado.

    Fique de olho nas nossas redes e no site https://ipebank.example/estagio — em 2028 tem mais!

    Com carinho,
    Time de Atração de Talentos Ipê
    """, kind="rejection/internship", company="Ipê Bank", role="Programa de Estágio Ipê 2027",
  careers_url="https://ipebank.example/estagio", fmt="alt")

R("br", "Larissa Prado <larissa.prado@nuvemclara.example>", "Vaga de Product Designer Sênior", """
    Olá Rafael,

    Espero que esteja bem.

    Escrevo para te dar um retorno sobre a vaga de Product Designer Sênior. Devido a uma reestruturação interna aprovada pela diretoria nesta semana, a posição foi cancelada e encerramos o processo seletivo. Com isso, sua candidatura não seguirá adiante.

    Sei que você investiu tempo no case e agradeço muito por isso. Não tem relação nenhuma com o seu desempenho.

    Um abraço,
    Larissa Prado
    Talent Acquisition | Nuvem Clara
    """, kind="rejection/role-cancelled", company="Nuvem Clara", role="Product Designer Sênior",
  contact_name="Larissa Prado", contact_email="larissa.prado@nuvemclara.example")

R("pt", "Miguel Antunes <miguel.antunes@atelierbarroso.example>", "Arquiteto(a) Júnior - feedback", """
    Cara Inês,

    Antes de mais, obrigado por ter vindo ao atelier na terça-feira e pela apresentação do seu portefólio, que toda a equipa apreciou.

    Depois de muito ponderarmos, a escolha recaiu sobre outra pessoa, com um percurso mais próximo daquilo de que precisamos nesta fase da obra de Matosinhos.

    Desejo-lhe a maior sorte para o futuro profissional e espero que os nossos caminhos se voltem a cruzar.

    Um abraço,
    Miguel Antunes
    Atelier Barroso Arquitetos
    """, kind="rejection/after-interview", company="Atelier Barroso Arquitetos", role="Arquiteto(a) Júnior",
  contact_name="Miguel Antunes", contact_email="miguel.antunes@atelierbarroso.example")

R("br", "Portal de Vagas Grupo Aurora <nao-responda@smartrecruiters.example>",
  "O status da sua candidatura foi atualizado", """
    Olá Rafael Souza,

    O status da sua candidatura foi atualizado.

    Vaga: Assistente Administrativo Financeiro
    Empresa: Grupo Aurora Alimentos
    Local: Campinas – SP
    Status: Não selecionado(a) – processo encerrado

    Agradecemos o interesse e desejamos sucesso na sua jornada profissional.

    Ver outras vagas: https://jobs.smartrecruiters.example/GrupoAuroraAlimentos
    """, kind="rejection/ats-status-nominal", company="Grupo Aurora Alimentos",
  role="Assistente Administrativo Financeiro",
  careers_url="https://jobs.smartrecruiters.example/GrupoAuroraAlimentos", fmt="html",
  footer_html="Você está recebendo este e-mail porque se candidatou por meio da SmartRecruiters. "
              "<a href=\"https://smartrecruiters.example/unsubscribe?u=8812\">Cancelar inscrição</a>")

R("pt", "Recrutamento Farmácias Vitalis <recrutamento@vitalis.example>",
  "Candidatura - Farmacêutico(a) Adjunto(a) - Braga", """
    Exma. Sra. Dra. Inês Carvalho,

    A sua candidatura para a função de Farmacêutico(a) Adjunto(a) na nossa farmácia de Braga foi analisada com toda a atenção. Informamos, contudo, que a mesma não será considerada para esta posição, uma vez que foi dada preferência a candidatos com experiência em farmácia comunitária.

    Agradecemos a confiança depositada nas Farmácias Vitalis.

    Melhores cumprimentos,
    Departamento de Recrutamento
    """, kind="rejection/passive", company="Farmácias Vitalis", role="Farmacêutico(a) Adjunto(a)")

R("br", "Fernanda Lopes <fernanda.lopes@ecobrasa.example>", "Sua candidatura na EcoBrasa", """
    Oi Rafael,

    Muito obrigada pela conversa com o time de Operações na quinta-feira.

    Gostaríamos muito de poder te dar uma notícia diferente, mas decidimos não avançar com a sua candidatura para Coordenador de Operações neste momento. O perfil que o gestor definiu ficou mais voltado para a indústria química, e isso pesou bastante na decisão.

    Desejo muito sucesso!

    Fernanda Lopes
    Recrutamento & Seleção | EcoBrasa
    """, kind="rejection/conditional-politeness", company="EcoBrasa", role="Coordenador de Operações",
  contact_name="Fernanda Lopes", contact_email="fernanda.lopes@ecobrasa.example")

R("br", "Moinho Digital <no-reply@greenhouse.example>", "Obrigado por se candidatar à Moinho Digital", """
    Olá Rafael,

    Obrigado por se candidatar à vaga de Engenheiro de Dados Pleno na Moinho Digital. Lemos seu currículo com atenção.

    Neste momento, entendemos que seu perfil não corresponde ao que buscamos para a posição.

    Guardaremos seus dados conforme nossa política de privacidade e poderemos entrar em contato caso surja uma vaga compatível.

    Abraços,
    Time de Pessoas da Moinho Digital
    """, kind="rejection/not-a-match", company="Moinho Digital", role="Engenheiro de Dados Pleno", fmt="alt",
  footer_html="Enviado via Greenhouse.")

R("pt", "Quinta do Vale Verde <jobs@quintavaleverde.example>", "A sua candidatura: Responsável de Enoturismo", """
    Olá Inês,

    Muito obrigada pelo tempo que nos dedicou na entrevista da semana passada.

    Após a entrevista, e depois de avaliarmos todas as candidaturas, decidimos não dar seguimento à sua candidatura para a função de Responsável de Enoturismo.

    Desejamos-lhe os maiores sucessos.

    Cumprimentos,
    Carla Pinho
    Pessoas & Cultura | Quinta do Vale Verde

    ---
    Os seus dados pessoais são tratados pela Quinta do Vale Verde – Vinhos, Lda., na qualidade de responsável pelo tratamento, ao abrigo do Regulamento Geral sobre a Proteção de Dados (RGPD), exclusivamente para efeitos de recrutamento e seleção. Os dados serão conservados por um período máximo de 12 meses após o encerramento do processo, salvo se nos der o seu consentimento para um prazo superior. Pode exercer os seus direitos de acesso, retificação, apagamento, limitação e portabilidade contactando privacidade@quintavaleverde.example. Tem ainda o direito de apresentar reclamação junto da autoridade de controlo competente. Este e-mail foi enviado através do Personio.
    """, kind="rejection/after-interview-legal-footer", company="Quinta do Vale Verde",
  role="Responsável de Enoturismo", contact_name="Carla Pinho",
  contact_email="carla.pinho@quintavaleverde.example", reply_to="Carla Pinho <carla.pinho@quintavaleverde.example>",
  fmt="alt")

R("br", "Gustavo Reis <gustavo.reis@solarisenergia.example>", "Retorno - Executivo de Contas", """
    Boa tarde, Rafael.

    Agradeço pela participação nas entrevistas para Executivo de Contas.

    A equipe comercial optou por um candidato com mais experiência em vendas B2B para o setor industrial, que é o foco da nossa expansão em 2027.

    Fico à disposição para conversarmos sobre outras posições no futuro.

    Att.,
    Gustavo Reis
    Gerente Comercial – Solaris Energia
    """, kind="rejection/implicit-chose-other", company="Solaris Energia", role="Executivo de Contas",
  contact_name="Gustavo Reis", contact_email="gustavo.reis@solarisenergia.example")

R("br", "Mariana Costa <mariana.costa@bonsai-ti.example>", "Re: Vaga de Analista de Suporte - alguma novidade?", """
    Oi Rafael, desculpa a demora em responder!

    Tivemos uma semana corrida por aqui. Infelizmente o processo foi encerrado pra você: escolhemos outro candidato, que já conhecia o nosso ERP.

    Obrigada pelo interesse e boa sorte!
    Mariana Costa | RH Bonsai TI

    Em seg., 12 de out. de 2026 às 09:41, Rafael Souza <rafael.souza@mail.example> escreveu:
    > Olá Mariana, tudo bem?
    > Fiz a entrevista para Analista de Suporte há duas semanas e gostaria de
    > saber se há alguma novidade sobre o processo.
    > Obrigado!
    > Rafael
    """, kind="rejection/reply-quoting", company="Bonsai TI", role="Analista de Suporte",
  contact_name="Mariana Costa", contact_email="mariana.costa@bonsai-ti.example")

R("br", "Rafael Souza <rafael.souza@mail.example>", "Fwd: Processo Seletivo Trainee Agro 2027", """
    ---------- Mensagem encaminhada ---------
    De: Trainee Campo Forte <trainee@campoforte.example>
    Date: qua., 7 de out. de 2026 às 18:03
    Subject: Processo Seletivo Trainee Agro 2027
    To: <rafa.souza.antigo@mail.example>


    Olá, Rafael!

    Agradecemos a sua participação no Programa Trainee Agro 2027 da Campo Forte.

    Analisamos com cuidado todas as etapas e, infelizmente, não foi possível prosseguir com a sua candidatura para a fase de painel com os executivos.

    Desejamos sucesso na sua trajetória!

    Equipe Trainee Campo Forte
    """, kind="rejection/forwarded", company="Campo Forte", role="Trainee Agro 2027")

R("pt", "Mar Alto Hotels <recrutamento@maraltohotels.example>", "Rececionista (m/f) – Hotel Mar Alto Lagos", """
    Olá Inês,

    Obrigado pela sua candidatura à função de Rececionista no Hotel Mar Alto Lagos.

    Infelizmente, não nos é possível oferecer-lhe a posição nesta temporada. Tivemos muitas candidaturas de grande qualidade e a decisão não foi fácil.

    Gostaríamos de manter o seu contacto na nossa base de talentos. Se não concordar, basta responder a este e-mail.

    Saudações,
    Joana Ferraz
    Recursos Humanos | Mar Alto Hotels
    """, kind="rejection/cannot-offer", company="Mar Alto Hotels", role="Rececionista", contact_name="Joana Ferraz",
  fmt="alt", footer_html="Powered by Teamtailor")

R("br", "Quasar Pagamentos <no-reply@hire.lever.example>", "Quasar Pagamentos | Analista de Prevenção à Fraude", """
    Olá Rafael,

    Muito obrigado pelo seu interesse na Quasar e pelo tempo dedicado ao nosso processo.

    Depois de revisar cuidadosamente sua candidatura para Analista de Prevenção à Fraude, decidimos prosseguir com outros candidatos cujo perfil atende melhor às necessidades atuais da função.

    Isso não diminui suas conquistas, e esperamos que você continue acompanhando nossas oportunidades em https://quasar.example/vagas.

    Atenciosamente,
    Recrutamento Quasar
    """, kind="rejection/ats-lever", company="Quasar Pagamentos", role="Analista de Prevenção à Fraude",
  careers_url="https://quasar.example/vagas")

R("pt", "Metalúrgica do Ave <geral@metaave.example>", "Recrutamento – Técnico(a) de Qualidade", """
    Exma. Senhora,

    Vimos por este meio comunicar que o processo de seleção para a função de “Técnico(a) de Qualidade” ficou concluído e que, lamentavelmente, V. Exa. não foi a candidata escolhida.

    Agradecemos o interesse manifestado na nossa empresa e a disponibilidade demonstrada.

    Sem outro assunto de momento, subscrevemo-nos com os melhores cumprimentos,

    Ana Lúcia Fonseca
    Departamento Administrativo
    Metalúrgica do Ave, Lda.
    """, kind="rejection/formal-letter", company="Metalúrgica do Ave", role="Técnico(a) de Qualidade",
  contact_name="Ana Lúcia Fonseca", contact_email="geral@metaave.example", charset="windows-1252",
  cte="quoted-printable")

R("br", "Empregos Já <notificacoes@empregosja.example>", "Não foi dessa vez, Rafael", """
    Olá, Rafael.

    A empresa Ótica Visão Clara não deu continuidade à sua candidatura para a vaga de Vendedor(a) de Ótica.

    Isso acontece com frequência e não significa que seu currículo não seja bom! Veja dicas para aumentar suas chances e confira vagas parecidas:

    • Consultor de Vendas – Loja de Shopping – São Paulo
    • Atendente de Loja – Guarulhos

    Boa sorte!
    Equipe Empregos Já

    Para deixar de receber estes e-mails, acesse suas preferências.
    """, kind="rejection/job-board-relay", company="Ótica Visão Clara", role="Vendedor(a) de Ótica", cte="base64")

R("br", "Patrícia Gomes <patricia@estudiocanela.example>", "Seu guarda-chuva + retorno", """
    Oi Rafael!

    Primeiro: você esqueceu seu guarda-chuva aqui no estúdio ontem, tá guardadinho na recepção, pode passar pra pegar quando quiser (a gente fica até as 19h).

    Segundo, e agora a parte chata: conversei com os sócios sobre a vaga de Editor de Vídeo e o time decidiu seguir com outra candidata, que já trabalha com motion há uns anos. Sua entrevista foi ótima, de verdade, foi uma decisão bem difícil.

    Se topar, queria te indicar para uns freelas que aparecem de vez em quando.

    Beijos,
    Patrícia
    Estúdio Canela
    """, kind="rejection/buried", company="Estúdio Canela", role="Editor de Vídeo", contact_name="Patrícia Gomes",
  contact_email="patricia@estudiocanela.example")

R("pt", "Carpintaria Ribeiro & Filhos <carpintariaribeiro@correio.example>", "Estágio profissional", """
    Boa tarde Inês,

    Agradecemos a sua candidatura ao estágio profissional de Desenhador(a) de Mobiliário que publicámos no Net-Empregos.

    Infelizmente, este ano não foi possível integrá-la no nosso programa de estágios, já que só dispomos de uma vaga e foi ocupada por um candidato da zona.

    Votos de boa sorte,
    Manuel Ribeiro
    """, kind="rejection/apprenticeship", company="Carpintaria Ribeiro & Filhos", role="Desenhador(a) de Mobiliário",
  contact_name="Manuel Ribeiro", contact_email="carpintariaribeiro@correio.example")

R("br", "Vale do Ouro Mineração <valedoouro@myworkday.example>",
  "Requisição R-55871 – Técnico de Segurança do Trabalho", """
    Prezado(a) Rafael,

    Agradecemos seu interesse na Vale do Ouro Mineração e pela candidatura à vaga R-55871 – Técnico de Segurança do Trabalho (Itabira/MG).

    Após avaliação do seu perfil frente aos requisitos da vaga, informamos que você não foi selecionado(a) para esta posição.

    Convidamos você a se candidatar a outras vagas no nosso site de carreiras.

    Atenciosamente,
    Gente & Gestão
    Vale do Ouro Mineração S.A.

    Este é um e-mail automático, favor não responder.
    """, kind="rejection/ats-workday", company="Vale do Ouro Mineração", role="Técnico de Segurança do Trabalho")

R("pt", "Recrutamento Transportes Galo <rh@transgalo.example>", "Motorista de pesados - candidatura", """
    Bom dia,

    Agradecemos o envio do seu currículo para a função de Motorista de Pesados (internacional).

    Após análise, verificámos que o seu perfil não reúne, neste momento, os requisitos exigidos para a função, nomeadamente a carta CE e o CAM válido.

    Ficaremos com os seus dados para futuras oportunidades.

    Cumprimentos,
    Rui Galo
    Transportes Galo, Lda.
    """, kind="rejection/requirements", company="Transportes Galo", role="Motorista de Pesados",
  contact_name="Rui Galo", contact_email="rh@transgalo.example", charset="iso-8859-1", cte="quoted-printable")

R("br", "Recrutamento Tecnomaq <selecao@tecnomaq.example>",
  "Resultado – Teste técnico – Eletricista de Manutenção", """
    Olá Rafael,

    Segue o resultado da prova prática realizada no dia 03/11 para a vaga de Eletricista de Manutenção.

    Infelizmente você não atingiu a nota mínima exigida e ficou reprovado nesta etapa, o que encerra sua participação no processo seletivo.

    Agradecemos seu empenho.

    Atenciosamente,
    Cláudia Neves
    Analista de RH – Tecnomaq Indústria
    """, kind="rejection/failed-test", company="Tecnomaq Indústria", role="Eletricista de Manutenção",
  contact_name="Cláudia Neves", contact_email="selecao@tecnomaq.example")

R("pt", "Onda Digital Agency <jobs@ondadigital.example>", "Update sobre a tua candidatura – Social Media Manager", """
    Olá Inês!

    Antes de mais, obrigado pela tua candidatura para Social Media Manager aqui na Onda 🌊

    Tivemos imensas candidaturas e, depois de vermos tudo com calma, escolhemos avançar com pessoas cuja experiência em gestão de comunidades se aproxima mais daquilo de que a equipa precisa agora.

    Sabemos que não é a resposta que querias, mas queremos mesmo agradecer-te o tempo e o carinho que puseste na carta de motivação.

    Continua a seguir-nos em https://ondadigital.example/jobs!

    Beijinhos,
    Team Onda
    """, kind="rejection/startup-tu", company="Onda Digital Agency", role="Social Media Manager",
  careers_url="https://ondadigital.example/jobs", fmt="alt", footer_html="Enviado com Teamtailor")

R("br", "Bruma Saúde <talentos@brumasaude.example>", "Enfermeiro(a) Assistencial – Hospital Bruma", """
    Prezado Rafael,

    Agradecemos o interesse em integrar a equipe do Hospital Bruma.

    Como o número de vagas para Enfermeiro(a) Assistencial neste processo era limitado, vamos encerrar sua candidatura neste momento. Reforçamos que outras oportunidades são divulgadas periodicamente em https://brumasaude.example/trabalhe-conosco.

    Cordialmente,
    Serviço de Seleção – Bruma Saúde
    """, kind="rejection/reason-first", company="Hospital Bruma", role="Enfermeiro(a) Assistencial",
  careers_url="https://brumasaude.example/trabalhe-conosco")

R("pt", "Tiago Sousa <tiago.sousa@hunterslx.example>", "SAP FICO Lisboa", """
    Olá Inês, tudo bem contigo?

    Falei hoje com o cliente sobre a posição de Consultora SAP FICO. Infelizmente eles não quiseram avançar contigo: acharam que te falta experiência de implementação em S/4HANA, que para este projeto é obrigatória.

    Sei que é chato, mas tenho mais dois projetos a abrir no início do ano e lembro-me logo de ti.

    Abraço,
    Tiago
    Hunters LX – Tech Recruitment
    """, kind="rejection/agency-informal", company="Hunters LX", role="Consultora SAP FICO",
  contact_name="Tiago Sousa", contact_email="tiago.sousa@hunterslx.example")

R("br", "Jovem Aprendiz Rede Ponto Certo <aprendiz@pontocerto.example>",
  "Programa Jovem Aprendiz 2027 - resultado da 1ª fase", """
    Olá Rafael,

    A primeira fase do Programa Jovem Aprendiz 2027 da Rede Ponto Certo foi concluída.

    Infelizmente você não foi classificado para a fase de entrevistas. Foram mais de 3 mil inscritos para 40 vagas nas lojas da Grande Recife.

    Boa sorte nos estudos e nas próximas oportunidades!

    Rede Ponto Certo Farmácias
    """, kind="rejection/young-apprentice", company="Rede Ponto Certo Farmácias", role="Jovem Aprendiz")

R("pt", "Helena Vasconcelos <hvasconcelos@fundacaomare.example>", "Coordenador(a) de Projetos Sociais", """
    Cara Inês Carvalho,

    Em nome da Fundação Maré, agradeço a sua participação nas duas fases de entrevista para Coordenador(a) de Projetos Sociais.

    A decisão final foi favorável a outra candidata, cuja experiência em financiamento europeu se revelou determinante.

    Deixou-nos uma excelente impressão e não hesitaremos em contactá-la caso surja uma oportunidade adequada.

    Com estima,
    Helena Vasconcelos
    Diretora Executiva, Fundação Maré
    """, kind="rejection/nominal-decision", company="Fundação Maré", role="Coordenador(a) de Projetos Sociais",
  contact_name="Helena Vasconcelos", contact_email="hvasconcelos@fundacaomare.example")

R("br", "Ricardo Almeida <ricardo@almeidacontabil.example>", "Vaga auxiliar contábil", """
    Rafael, boa tarde.

    Recebi seu currículo pela indicação da Sônia, obrigado.

    No momento não temos como dar continuidade ao seu processo porque a vaga de Auxiliar Contábil exige CRC ativo, e pelo que vi você ainda está no 3º semestre.

    Quando concluir, me procure novamente.

    Ricardo Almeida
    Almeida Contabilidade
    """, kind="rejection/small-firm", company="Almeida Contabilidade", role="Auxiliar Contábil",
  contact_name="Ricardo Almeida", contact_email="ricardo@almeidacontabil.example")

R("pt", "Banco Atlântico Português <careers@bap.example>",
  "Oportunidade de Carreira: Analista de Risco de Crédito (REF 4471)", """
    Exma. Senhora Inês Carvalho,

    Agradecemos a candidatura de V. Exa. à oportunidade Analista de Risco de Crédito (REF 4471).

    Informamos que, concluída a fase de triagem curricular, não será possível prosseguir com a candidatura de V. Exa. no presente processo de recrutamento.

    Os dados de V. Exa. serão mantidos na nossa base de dados de candidatos, conforme o consentimento prestado.

    Com os melhores cumprimentos,
    Recrutamento e Seleção
    Banco Atlântico Português, S.A.

    Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado. Se a recebeu por engano, por favor notifique o remetente e elimine-a. O Banco Atlântico Português, S.A. não se responsabiliza por alterações ao conteúdo desta mensagem após o seu envio. Sede: Avenida da Liberdade, Lisboa. Capital social: 1.000.000.000 euros. Matriculado na Conservatória do Registo Comercial sob o número único de matrícula e de pessoa coletiva 500000000.
    """, kind="rejection/bank-impersonal", company="Banco Atlântico Português", role="Analista de Risco de Crédito",
  fmt="alt")

R("br", "Juliana Freitas <juliana.freitas@lumenedu.example>", "Atualização: processo de Coordenador Pedagógico", """
    Olá Rafael, tudo bem?

    Quero te atualizar com transparência: a Lumen Educação anunciou ontem o congelamento de todas as contratações até o fim do primeiro semestre. Com isso, estamos encerrando todos os processos seletivos em andamento, incluindo o seu para Coordenador Pedagógico.

    Lamento muito, porque você era um dos finalistas. Caso as contratações sejam retomadas, eu mesma entro em contato.

    Abraço,
    Juliana Freitas
    Business Partner de RH | Lumen Educação
    """, kind="rejection/hiring-freeze", company="Lumen Educação", role="Coordenador Pedagógico",
  contact_name="Juliana Freitas", contact_email="juliana.freitas@lumenedu.example")

R("pt", "RH Clínica Sorriso Atlântico <rh@sorrisoatlantico.example>", "Assistente Dentária - Porto", """
    Olá Inês,

    Obrigada pelo interesse na vaga de Assistente Dentária para a nossa clínica do Porto.

    Informamos que a vaga acabou por ser preenchida por uma colaboradora interna, pelo que o recrutamento externo fica sem efeito e o processo encerrado.

    Guardamos o seu CV para futuras necessidades.

    Obrigada,
    Daniela Rocha
    Clínica Dentária Sorriso Atlântico
    """, kind="rejection/filled-internally", company="Clínica Dentária Sorriso Atlântico", role="Assistente Dentária",
  contact_name="Daniela Rocha", contact_email="rh@sorrisoatlantico.example")

R("br", "Renato Barros <renato.barros@grupobarrosverde.example>", "Gerente de Loja – feedback final", """
    Rafael, bom dia.

    Obrigado por ter participado da entrevista final com a diretoria na última sexta.

    Na etapa final, a decisão foi por uma candidata com vivência maior em gestão de equipes grandes, então não vamos contar com você para a posição de Gerente de Loja desta vez.

    Você esteve muito bem no processo e gostaria de manter contato.

    Att,
    Renato Barros
    Diretor de Operações – Grupo Barros Verde
    """, kind="rejection/final-round", company="Grupo Barros Verde", role="Gerente de Loja",
  contact_name="Renato Barros", contact_email="renato.barros@grupobarrosverde.example")

R("br", "Kairós Software <kairos@recruitee.example>", "Your application for QA Engineer", """
    Olá Rafael,

    Obrigado por ter se candidatado à vaga de QA Engineer na Kairós Software.

    Analisamos sua candidatura e, infelizmente, seu perfil não avançará para a próxima fase do processo.

    Boa sorte na sua busca!

    Equipe Kairós
    https://kairos.example/careers
    """, kind="rejection/english-subject", company="Kairós Software", role="QA Engineer",
  careers_url="https://kairos.example/careers")

R("pt", "Grupo Ibérico de Logística <noreply@softgarden.example>", "A sua candidatura como Gestor(a) de Armazém", """
    Cara Sra. Carvalho,

    Muito obrigado pela sua candidatura como Gestor(a) de Armazém no Grupo Ibérico de Logística e pela confiança que depositou em nós.

    Após uma avaliação cuidadosa, temos de lhe comunicar que, de momento, não a podemos considerar no processo em curso. Esta decisão não representa uma avaliação das suas qualificações pessoais.

    Desejamos-lhe o melhor para o seu futuro percurso.

    Com os melhores cumprimentos,
    Marta Lobo
    Recursos Humanos
    """, kind="rejection/ats-softgarden", company="Grupo Ibérico de Logística", role="Gestor(a) de Armazém",
  contact_name="Marta Lobo")

R("br", "Talita Ramos <talita.ramos@agrosul.example>", "Processo Comprador Técnico", """
    Oi Rafael, boa tarde!
    Tudo bem?

    Nesse momento não daremos sequência com seu processo para Comprador Técnico, mas gostei muito do seu perfil e quero te manter no radar para a vaga de Analista de Suprimentos que deve abrir em março.

    Qualquer dúvida, me chama no WhatsApp.

    Talita Ramos
    Tech Recruiter | AgroSul Cooperativa
    """, kind="rejection/soft-keep-in-radar", company="AgroSul Cooperativa", role="Comprador Técnico",
  contact_name="Talita Ramos", contact_email="talita.ramos@agrosul.example")

R("pt", "Sérgio Matias <sergio.matias@elevatec.example>", "Candidatura “Técnico de Manutenção de Elevadores”", """
    Exma. Sra. Inês Carvalho,

    Tendo em conta que a função exige residência na área da Grande Lisboa e disponibilidade para piquetes noturnos, e após a análise do currículo que nos enviou, entendemos que o seu perfil não é o mais indicado para a função de “Técnico de Manutenção de Elevadores” e não iremos convocá-la para entrevista.

    Agradecemos a atenção que dedicou à nossa empresa.

    Com os melhores cumprimentos,
    Sérgio Matias
    Diretor Técnico | Elevatec – Elevadores e Escadas, Lda.
    """, kind="rejection/wrapped-reason-first", company="Elevatec", role="Técnico de Manutenção de Elevadores",
  contact_name="Sérgio Matias", contact_email="sergio.matias@elevatec.example", wrap=True, charset="windows-1252",
  cte="quoted-printable")

R("br", "ONG Raízes do Sertão <selecao@raizesdosertao.example>", "Seleção – Assistente de Projetos", """
    Prezado Rafael,

    Agradecemos muito sua candidatura e seu interesse pela causa da ONG Raízes do Sertão.

    Informamos que o processo de seleção para Assistente de Projetos foi concluído e que outro candidato foi escolhido para ocupar a posição.

    Esperamos contar com você como voluntário em nossas ações!

    Um abraço,
    Cecília Amaral
    Coordenação de Pessoas
    """, kind="rejection/ngo-passive-other", company="ONG Raízes do Sertão", role="Assistente de Projetos",
  contact_name="Cecília Amaral", contact_email="selecao@raizesdosertao.example")

# ----------------------------------------------------------------------------------------------------------
# Hard look-alikes
# ----------------------------------------------------------------------------------------------------------

add("lookalike/received-with-hedge", "br", "Vértice Logística <vagas@vertice-log.example>",
    "Recebemos sua candidatura – Analista Fiscal", """
    Olá Rafael!

    Recebemos sua candidatura para a vaga de Analista Fiscal. Obrigado pelo interesse!

    Nosso time vai analisar seu currículo com atenção nas próximas semanas. Caso seu perfil seja selecionado para as próximas etapas, entraremos em contato por e-mail ou telefone.

    Se você não tiver retorno em até 30 dias, considere que sua candidatura não foi selecionada desta vez.

    Equipe de Talentos | Vértice Logística
    """, fmt="alt")

add("lookalike/received", "pt", "Lusomar Energia <lusomar@myworkday.example>",
    "Confirmação de candidatura – JR-11020 Analista de Compras", """
    Caro(a) Inês Carvalho,

    Obrigado pela sua candidatura à oferta JR-11020 – Analista de Compras.

    Confirmamos a receção da sua candidatura, que se encontra neste momento em análise pela nossa equipa de recrutamento. Pode acompanhar o estado da mesma a qualquer momento no nosso portal de candidatos.

    Com os melhores cumprimentos,
    Direção de Recursos Humanos
    Lusomar Energia, S.A.
    """, fmt="html", footer_html="Powered by Workday")

add("lookalike/incomplete-application", "pt", "Câmara Municipal de Vila Serena <recrutamento@cm-vilaserena.example>",
    "Procedimento concursal – Assistente Técnico – documentos em falta", """
    Exma. Senhora Inês Carvalho,

    Verificámos que a sua candidatura ao procedimento concursal para Assistente Técnico (Ref.ª AT/04/2026) se encontra incompleta, faltando o certificado de habilitações literárias.

    Caso o documento não seja entregue até ao dia 20 do corrente mês, a sua candidatura não poderá ser considerada.

    Com os melhores cumprimentos,
    Divisão de Recursos Humanos
    """, charset="iso-8859-1")

add("lookalike/interview-invitation", "br", "Camila Duarte <camila.duarte@horizonteseg.example>",
    "Convite para entrevista – Analista de Sinistros", """
    Olá Rafael, tudo bem?

    Gostei muito do seu currículo e gostaríamos de convidá-lo para uma entrevista para a vaga de Analista de Sinistros.

    Tenho disponibilidade na terça (10h ou 15h) ou na quarta às 11h, por Google Meet. Qual horário fica melhor para você?

    Abraço,
    Camila Duarte
    Recrutamento | Horizonte Seguros
    """)

add("lookalike/assessment-invitation", "pt", "Recrutamento Nortec <talento@nortec.example>",
    "Próximo passo: prova técnica online", """
    Olá Inês,

    Obrigado pelo interesse na posição de Programadora Backend. Convidamo-la a realizar a nossa prova técnica online, que demora cerca de 90 minutos.

    Tem até domingo, dia 18, para a concluir. Caso não realize a prova dentro do prazo, infelizmente não poderemos avançar com a sua candidatura.

    Boa sorte!
    Equipa de Talento Nortec
    """, fmt="html")

add("lookalike/rescheduled-interview", "br", "Vanessa Pires <vanessa.pires@grupovela.example>",
    "Remarcação da entrevista de amanhã", """
    Oi Rafael,

    Infelizmente precisamos remarcar a entrevista de amanhã com o gestor da área, ele teve um imprevisto de viagem.

    Não se preocupe: você continua no processo seletivo normalmente. Poderia ser na segunda-feira às 14h?

    Desculpe o transtorno!
    Vanessa Pires
    Grupo Vela
    """)

add("lookalike/offer", "pt", "Francisco Leal <francisco.leal@cerealis.example>", "Proposta – Analista de Marketing", """
    Cara Inês,

    Foi um prazer conhecê-la ao longo do processo. Temos o prazer de lhe apresentar a nossa proposta para a função de Analista de Marketing na Cerealis, com início a 4 de janeiro.

    Em anexo segue a carta-proposta com as condições de remuneração e benefícios. Agradecíamos uma resposta até sexta-feira.

    Com os melhores cumprimentos,
    Francisco Leal
    Diretor de Marketing
    """, attachment=("Carta_Proposta.pdf", "application/pdf", b"%PDF-1.4\n% invented test file\n%%EOF\n"))

add("lookalike/next-round", "br", "Recrutamento Tecnomaq <selecao@tecnomaq.example>",
    "Parabéns! Próxima etapa – Técnico de Automação", """
    Olá Rafael,

    Temos uma ótima notícia: você foi aprovado na etapa de entrevista com o RH e seguirá para a entrevista técnica com o gestor da área.

    Em breve enviaremos o convite com data e horário.

    Atenciosamente,
    Cláudia Neves
    Analista de RH – Tecnomaq Indústria
    """)

add("lookalike/job-alert", "br", "Alertas Empregos Já <alertas@empregosja.example>",
    "12 novas vagas de Analista de Dados para você", """
    Olá, Rafael!

    Encontramos novas vagas que combinam com o seu perfil:

    Analista de Dados Pleno – Fintech – São Paulo (remoto)
    Analista de BI – Varejo – Campinas
    Cientista de Dados Júnior – Saúde – Belo Horizonte

    Não perca tempo: candidate-se hoje e aumente suas chances!

    Ver todas as vagas: https://empregosja.example/alertas/8812
    Você recebe este alerta porque o ativou. Gerenciar alertas.
    """, fmt="html")

add("lookalike/recruiter-outreach", "pt", "Beatriz Canelas <beatriz.canelas@peopleatlas.example>",
    "Oportunidade – Product Owner (Porto, híbrido)", """
    Olá Inês,

    Encontrei o seu perfil no LinkedIn e acho que a sua experiência em produtos digitais pode ser interessante para uma posição de Product Owner que estou a recrutar para um cliente do setor dos seguros, no Porto.

    Teria disponibilidade para uma conversa de 15 minutos esta semana?

    Cumprimentos,
    Beatriz Canelas
    People Atlas – Executive Search
    """)

add("lookalike/newsletter-advice", "br", "Carreira em Foco <newsletter@carreiraemfoco.example>",
    "Recebeu um “não”? Veja como virar o jogo", """
    Carreira em Foco – edição 112

    Recebeu um “infelizmente você não foi selecionado” ou um “decidimos seguir com outros candidatos”? Calma: isso acontece com quase todo mundo.

    Nesta edição, separamos 5 dicas para transformar a recusa em aprendizado: peça feedback, revise seu currículo, treine para entrevistas, mantenha contato com o recrutador e continue se candidatando às vagas que fazem sentido para você.

    Boa leitura!
    Equipe Carreira em Foco

    Para cancelar a assinatura, clique aqui.
    """, fmt="alt")

add("lookalike/housing", "pt", "Imobiliária Ponte Nova <arrendamento@pontenova.example>", "Candidatura ao T2 da Rua das Flores", """
    Boa tarde Inês,

    Agradecemos o interesse no apartamento T2 da Rua das Flores e o envio da documentação.

    Lamentamos informar que a sua candidatura ao arrendamento não foi aceite: o senhorio optou por outro candidato, com fiador e contrato de trabalho sem termo.

    Temos outros imóveis disponíveis na mesma zona, caso pretenda agendar visitas.

    Cumprimentos,
    Paula Reis
    Imobiliária Ponte Nova
    """)

add("lookalike/loan", "br", "Banco Jacarandá <comunicados@jacaranda.example>", "Resposta à sua solicitação de crédito", """
    Olá, Rafael.

    Analisamos a sua solicitação de crédito pessoal no valor de R$ 15.000,00.

    Infelizmente, neste momento, sua proposta não foi aprovada de acordo com a nossa política de crédito. Você poderá fazer uma nova solicitação após 90 dias.

    Atenciosamente,
    Banco Jacarandá
    """)

add("lookalike/paper", "pt", "Revista Lusófona de Gestão <editor@rlg.example>", "Decisão editorial – manuscrito RLG-2026-118", """
    Cara Doutora Inês Carvalho,

    Agradecemos a submissão do manuscrito "Práticas de recrutamento em PME do interior" à Revista Lusófona de Gestão.

    Lamentamos informar que, após a revisão por pares, o artigo não foi aceite para publicação. Os pareceres dos revisores seguem abaixo e esperamos que sejam úteis.

    Com os melhores cumprimentos,
    Prof. Álvaro Nunes
    Editor-Chefe
    """, charset="iso-8859-1", cte="quoted-printable")

add("lookalike/grant", "pt", "Fundação para a Investigação Aplicada <bolsas@fia.example>",
    "Concurso de Bolsas de Doutoramento 2026 – resultado", """
    Exma. Senhora Inês Carvalho,

    Informamos que a sua candidatura ao Concurso de Bolsas de Doutoramento 2026 foi avaliada pelo painel científico.

    Lamentamos comunicar que a candidatura não foi selecionada para financiamento, tendo obtido a classificação de 3,9 valores, inferior à nota de corte.

    Dispõe de 10 dias úteis para se pronunciar em audiência prévia.

    Com os melhores cumprimentos,
    Gabinete de Bolsas
    """)

add("lookalike/school-place", "br", "Secretaria Municipal de Educação <matriculas@educa-pardal.example>",
    "Resultado do sorteio de vagas – Creche Municipal", """
    Prezado(a) responsável,

    Informamos que a criança Laura Souza não foi contemplada no sorteio de vagas da Creche Municipal Pardal para 2027 e permanece na lista de espera na posição 14.

    Novas vagas poderão ser liberadas ao longo do ano.

    Secretaria Municipal de Educação
    """)

add("lookalike/order", "br", "Loja Pontual <pedidos@lojapontual.example>", "Seu pedido #48213 foi cancelado", """
    Olá Rafael,

    Infelizmente não conseguimos confirmar o pagamento do seu pedido #48213 e ele foi cancelado automaticamente.

    Caso ainda tenha interesse, basta refazer a compra pelo site.

    Equipe Loja Pontual
    """, cte="base64")

add("lookalike/event", "pt", "Eventos Porto Criativo <inscricoes@portocriativo.example>", "Inscrição no workshop de UX", """
    Olá Inês,

    Obrigado pelo interesse no workshop "UX para equipas pequenas".

    Lamentamos, mas a sua inscrição não pôde ser confirmada: a lotação esgotou nas primeiras horas. Ficou em lista de espera e avisaremos caso surja um lugar.

    Equipa Porto Criativo
    """)

add("lookalike/insurance", "br", "Saúde Plena Seguros <atendimento@saudeplena.example>", "Pedido de reembolso nº 77120", """
    Prezado Rafael,

    Seu pedido de reembolso nº 77120, referente a consulta oftalmológica, foi analisado e negado, pois o procedimento não está coberto pelo seu plano.

    Em caso de dúvidas, ligue para a nossa central.

    Saúde Plena Seguros
    """)

add("lookalike/own-withdrawal", "pt", "Rita Moura <rita.moura@bluecoast.example>", "RE: Retirar candidatura – Analista de Dados", """
    Olá Inês,

    Obrigada por nos ter avisado. Confirmamos que, a seu pedido, a sua candidatura para Analista de Dados foi retirada do processo de recrutamento. Lamentamos, mas compreendemos perfeitamente a sua decisão e damos-lhe os parabéns pelo novo desafio.

    Tudo de bom,
    Rita Moura
    Blue Coast Analytics

    -----Mensagem original-----
    De: Inês Carvalho <ines.carvalho@correio.example>
    Enviada: segunda-feira, 9 de novembro de 2026 10:02
    Para: Rita Moura <rita.moura@bluecoast.example>
    Assunto: Retirar candidatura – Analista de Dados

    Olá Rita,
    Aceitei entretanto outra proposta, pelo que gostaria de retirar a minha candidatura. Obrigada por tudo.
    Inês
    """, wrap=True)

add("lookalike/interviewer-hr", "br", "Aline Martins <aline.martins@grupovela.example>", "Candidato Henrique – atualização", """
    Oi Rafael,

    Obrigada pela avaliação detalhada da entrevista de ontem. O candidato Henrique Duarte não foi aprovado na entrevista técnica, então já cancelei a conversa que estava na sua agenda com ele na sexta.

    Semana que vem te mando os próximos dois candidatos para a vaga de Analista de Sistemas.

    Beijos,
    Aline
    RH Grupo Vela
    """)

add("lookalike/colleague-news", "pt", "Joana Pires <joana.pires@correio.example>", "Marta", """
    Olá Inês!

    Sabes que a Marta não foi selecionada para a vaga de chefe de equipa? Ficou mesmo em baixo, coitada, estava a contar com aquilo.

    Vamos jantar com ela na sexta para a animar? Pensei naquele restaurante em Alfama.

    Beijinhos,
    Joana
    """)

add("lookalike/still-in-process", "br", "Diego Santana <diego.santana@orbital.example>", "Processo – Analista de Marketing", """
    Olá Rafael,

    Passando para dar um retorno: ainda não tomamos uma decisão final sobre a vaga de Analista de Marketing. Estamos finalizando as entrevistas com os outros candidatos.

    Você continua no processo e devemos retornar até a próxima sexta-feira.

    Abraço,
    Diego Santana
    Orbital Comunicação
    """)

add("lookalike/talent-community", "pt", "Carreiras Grupo Sal & Mar <talento@salemar.example>",
    "Junte-se à nossa comunidade de talentos", """
    Olá Inês,

    Ainda não encontrou a oferta certa? Junte-se à Comunidade de Talentos do Grupo Sal & Mar e seja a primeira pessoa a saber quando abrirmos novas vagas na sua área.

    Basta atualizar o seu CV no nosso portal. É rápido!

    Até já,
    Equipa de Talento Sal & Mar
    """, fmt="alt")

add("lookalike/process-delayed", "pt", "Recrutamento Cerealis <recrutamento@cerealis.example>",
    "Ponto de situação do processo – Técnico de Laboratório", """
    Cara Inês,

    Escrevemos para informar que o processo de recrutamento para Técnico(a) de Laboratório está a demorar mais do que o previsto, devido ao elevado número de candidaturas.

    A sua candidatura continua em análise e não foi ainda tomada qualquer decisão. Daremos notícias até ao final do mês.

    Obrigado pela paciência,
    Recrutamento Cerealis
    """)

add("lookalike/owner-declined-offer", "br", "Thiago Moreira <thiago.moreira@lumenedu.example>", "Re: Proposta – Analista de RH", """
    Olá Rafael,

    Recebemos sua resposta e lamentamos que você tenha decidido não aceitar a nossa proposta para Analista de RH. Entendemos os seus motivos.

    As portas continuam abertas caso queira conversar no futuro.

    Abraço,
    Thiago Moreira
    Lumen Educação
    """)

add("lookalike/internship-approved", "br", "Programa de Estágio Ipê Bank <estagio@ipebank.example>",
    "Você foi aprovado(a)! Programa de Estágio Ipê 2027", """
    Oi, Rafael!

    É com muita alegria que informamos que você foi selecionado(a) para o Programa de Estágio Ipê 2027!

    Nos próximos dias o time de Gente vai entrar em contato com os detalhes da admissão.

    Seja bem-vindo(a)!
    Time de Atração de Talentos Ipê
    """, fmt="html")

add("lookalike/exam-list", "pt", "Serviços de Recursos Humanos - Universidade do Alto Tejo <srh@ualtotejo.example>",
    "Procedimento concursal n.º 31/2026 – lista de admitidos e excluídos", """
    Exmos. Senhores candidatos,

    Informa-se que foi publicada a lista provisória de candidatos admitidos e excluídos do procedimento concursal n.º 31/2026 (Assistente Operacional), a qual pode ser consultada na página eletrónica da Universidade.

    Os candidatos dispõem de 10 dias úteis para exercer o direito de audiência dos interessados.

    Serviços de Recursos Humanos
    """)

add("lookalike/supplier-tender", "br", "Compras Ipê Bank <compras@ipebank.example>", "Resultado da cotação nº 2026-441", """
    Prezado fornecedor,

    Agradecemos a participação na cotação nº 2026-441 (serviços de limpeza predial).

    Informamos que a proposta apresentada pela sua empresa não foi selecionada. O contrato será firmado com outro fornecedor, que apresentou a melhor relação entre preço e prazo.

    Atenciosamente,
    Departamento de Compras
    """)

add("lookalike/university-admission", "pt", "Serviços Académicos - Escola de Gestão do Tejo <academicos@egt.example>",
    "Candidatura ao Mestrado em Gestão de Recursos Humanos", """
    Cara candidata,

    Informamos que o processo de seriação para o Mestrado em Gestão de Recursos Humanos foi concluído.

    Lamentamos comunicar que não foi admitida nesta fase, tendo ficado em 4.º lugar na lista de suplentes. Caso se verifiquem desistências, será contactada.

    Serviços Académicos
    """)

add("lookalike/saved-job-closed", "br", "Empregos Já <notificacoes@empregosja.example>", "A vaga que você salvou foi encerrada", """
    Olá, Rafael.

    A vaga que você salvou, Analista de BI Pleno – Varejo, foi encerrada pela empresa e não está mais recebendo candidaturas.

    Que tal conferir vagas parecidas? Selecionamos algumas para você no app.

    Equipe Empregos Já
    """, fmt="html")

add("lookalike/candidate-survey", "pt", "Lusomar Energia <inquerito@lusomar.example>",
    "Como foi a sua experiência de candidatura?", """
    Olá Inês,

    Queremos melhorar a experiência de quem se candidata às nossas ofertas. Independentemente do resultado do processo, gostaríamos de saber a sua opinião.

    O inquérito demora 3 minutos e é anónimo.

    Obrigado!
    Equipa de Employer Branding
    """)

# ----------------------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words
# ----------------------------------------------------------------------------------------------------------

add("ordinary/payslip", "br", "RH Orbital <rh@orbital.example>", "Seu holerite de outubro está disponível", """
    Olá Rafael,

    Seu holerite referente a outubro de 2026 já está disponível no portal do colaborador.

    Lembramos que o adiantamento do 13º salário será pago até o dia 30.

    Departamento Pessoal – Orbital Comunicação
    """)

add("ordinary/team-meeting", "pt", "Pedro Lima <pedro.lima@bluecoast.example>", "Reunião de equipa – quinta", """
    Olá equipa,

    A reunião de quinta passa para as 10h30, na sala 2. Vamos rever o plano de contratações do próximo trimestre e a integração das duas pessoas novas.

    Tragam as vossas notas.
    Pedro
    """)

add("ordinary/course-newsletter", "br", "Escola Online Trampolim <contato@trampolim.example>",
    "Excel avançado: impulsione sua carreira", """
    Olá Rafael!

    Quer se destacar nos processos seletivos? O curso de Excel Avançado da Trampolim está com 40% de desconto até domingo.

    São 20 horas de aula, certificado incluso e exercícios baseados em situações reais do mercado de trabalho.

    Garanta sua vaga: https://trampolim.example/excel
    """, fmt="alt")

add("ordinary/profile-views", "pt", "Rede Profissional <notificacoes@redepro.example>", "3 recrutadores viram o seu perfil", """
    Olá Inês,

    O seu perfil foi visto por 3 recrutadores esta semana, incluindo uma pessoa da área de Recursos Humanos de uma empresa de energia.

    Mantenha o seu perfil atualizado para aparecer em mais pesquisas.

    Rede Profissional
    """, fmt="html")

add("ordinary/birthday", "br", "Cultura Orbital <cultura@orbital.example>", "Hoje é aniversário da Bia!", """
    Oi pessoal!

    Hoje é aniversário da Bia, do time de Recrutamento e Seleção! Às 16h tem bolo na copa do 3º andar.

    Não contem pra ela 🤫
    """)

add("ordinary/bank-statement", "pt", "Banco Atlântico Português <extratos@bap.example>", "O seu extrato de outubro", """
    Exma. Senhora Inês Carvalho,

    Informamos que o extrato da sua conta à ordem referente a outubro de 2026 já está disponível no homebanking.

    Banco Atlântico Português
    """)

add("ordinary/vacation-approved", "pt", "Portal do Colaborador <rh@bluecoast.example>", "Pedido de férias aprovado", """
    Olá Inês,

    O seu pedido de férias de 21 a 31 de dezembro foi aprovado pela sua chefia.

    Boas férias!
    Recursos Humanos – Blue Coast Analytics
    """)

add("ordinary/job-fair", "br", "Feira de Empregabilidade UniSerra <eventos@uniserra.example>",
    "Feira de Empregabilidade 2026 – inscrições abertas", """
    Olá!

    A Feira de Empregabilidade UniSerra acontece nos dias 18 e 19 de novembro, com mais de 40 empresas recrutando para estágio, trainee e vagas efetivas.

    Inscreva-se gratuitamente e leve seu currículo impresso!

    https://uniserra.example/feira
    """)

add("ordinary/health-plan", "pt", "Recursos Humanos Cerealis <rh@cerealis.example>", "Novo seguro de saúde a partir de janeiro", """
    Caros colaboradores,

    A partir de 1 de janeiro, o seguro de saúde passa a incluir estomatologia e medicina online 24h.

    As novas condições estão no portal do colaborador.

    Recursos Humanos
    """)

add("ordinary/friend-cv", "br", "Lucas Ferreira <lucas.ferreira@mail.example>", "Me ajuda com o currículo?", """
    Fala Rafa!

    Tô me candidatando a umas vagas de analista e queria que você desse uma olhada no meu currículo antes de eu mandar. Te mando o PDF no WhatsApp.

    Valeu, te devo uma cerveja!
    Lucas
    """)

add("ordinary/password-reset", "br", "Empregos Já <seguranca@empregosja.example>", "Redefinição de senha", """
    Olá, Rafael.

    Recebemos uma solicitação para redefinir a senha da sua conta no Empregos Já. O link é válido por 30 minutos.

    Se não foi você, ignore este e-mail.

    Equipe Empregos Já
    """, cte="base64")

add("ordinary/onboarding", "pt", "Rita Moura <rita.moura@bluecoast.example>", "Bem-vinda à Blue Coast!", """
    Olá Inês,

    Estamos muito contentes por te ter connosco! O teu primeiro dia é segunda, 4 de janeiro. Chega às 9h30 à receção, o Pedro vai buscar-te.

    Não te esqueças do cartão de cidadão e do NIB para o contrato de trabalho.

    Até segunda!
    Rita
    """)

add("ordinary/referral", "br", "Gente Orbital <gente@orbital.example>", "Programa Indique um Talento", """
    Olá, time!

    Estamos contratando! Temos 6 vagas abertas em Tecnologia e Comercial. Se você indicar alguém e a pessoa for contratada, ganha um bônus de R$ 2.000.

    Confira as vagas no portal interno.

    Gente & Cultura Orbital
    """)

add("ordinary/invoice", "pt", "Inês Carvalho <ines.carvalho@correio.example>", "Fatura n.º 2026/014", """
    Olá,

    Segue em anexo a fatura-recibo n.º 2026/014 relativa aos serviços de consultoria de recrutamento prestados em outubro.

    Obrigada,
    Inês Carvalho
    """, attachment=("Fatura_2026_014.pdf", "application/pdf", b"%PDF-1.4\n% invented invoice\n%%EOF\n"))

add("ordinary/call-for-papers", "br", "Congresso de Gestão de Pessoas <cgp@cgp.example>", "Chamada de trabalhos – CGP 2027", """
    Prezados pesquisadores,

    Estão abertas as submissões de artigos para o Congresso de Gestão de Pessoas 2027, com eixos em recrutamento, seleção e mercado de trabalho.

    Prazo: 15 de fevereiro.

    Comissão Organizadora
    """)

add("ordinary/parking", "br", "Condomínio Edifício Jatobá <sindico@jatoba.example>", "Vagas de garagem – sorteio", """
    Prezados condôminos,

    O sorteio das vagas de garagem para 2027 será na assembleia do dia 5, às 19h, no salão de festas.

    Quem não puder comparecer pode enviar procuração.

    Síndico
    """)

add("ordinary/contract-renewal", "pt", "Recursos Humanos Blue Coast <rh@bluecoast.example>", "Renovação do contrato", """
    Olá Inês,

    Informamos que o seu contrato de trabalho foi renovado por mais 12 meses, nas mesmas condições. O documento para assinatura digital está disponível no portal.

    Recursos Humanos – Blue Coast Analytics
    """)


# ----------------------------------------------------------------------------------------------------------


def write() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for i, m in enumerate(MESSAGES, start=1):
        (out / f"{i:04d}.eml").write_bytes(bytes(build_message(i, m)))
        labels.append(label(i, m))
    (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels),
                                       encoding="utf-8")
    counts: dict[str, int] = {}
    for m in MESSAGES:
        key = m["kind"].split("/")[0]
        counts[key] = counts.get(key, 0) + 1
    print(f"wrote {len(MESSAGES)} messages: {counts}")


def check() -> int:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    errors = []
    if [x["file"] for x in labels] != files:
        errors.append("labels.jsonl and messages/*.eml do not match 1:1")
    if len(labels) != len(MESSAGES):
        errors.append(f"{len(labels)} labels but {len(MESSAGES)} messages defined")
    parser = BytesParser(policy=policy.default)
    for lab, m in zip(labels, MESSAGES, strict=False):
        msg = parser.parsebytes((HERE / "messages" / lab["file"]).read_bytes())
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part is not None else ""
        first = m["body"].split("\n")[0].strip()
        probe = html.escape(first) if part is not None and part.get_content_subtype() == "html" else first
        if probe[:25] not in text and " ".join(first.split()[:3]) not in " ".join(text.split()):
            errors.append(f"{lab['file']}: body does not start as defined ({first[:30]!r})")
        if lab["is_rejection"] != m["rejection"]:
            errors.append(f"{lab['file']}: label mismatch")
        if lab["is_rejection"] and not (lab["company"] and lab["role"]):
            errors.append(f"{lab['file']}: rejection without company/role")
        if not lab["is_rejection"] and any(lab[k] for k in ("company", "role", "contact_name", "careers_url")):
            errors.append(f"{lab['file']}: non-rejection with extraction fields")
        if str(msg["Subject"]) != m["subject"]:
            errors.append(f"{lab['file']}: subject does not round-trip")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"checked {len(labels)} messages: {'OK' if not errors else f'{len(errors)} errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="parse everything back and check the labels 1:1")
    sys.exit(check() if ap.parse_args().check else write())
