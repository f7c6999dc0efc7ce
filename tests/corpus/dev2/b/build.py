#!/usr/bin/env python3
"""Build the dev2/b corpus: Spanish and Portuguese rejection mails and hard look-alikes.

Deterministic: running it twice gives byte-identical files.

    python tests/corpus/dev2/b/build.py          # writes messages/*.eml and labels.jsonl, then verifies

Every message is an invented mail to an invented mailbox owner; every domain ends in .example.
Labels follow the "Labelled corpus format" of /work/shared/DESIGN.md, plus "kind".
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

OWNERS = {
    # Spanish-speaking owners
    "LU": ("Lucía Ferrer Gil", "lucia.ferrer@buzon.example"),          # Spain
    "MA": ("Mateo Quiroga", "mateo.quiroga@correo.example"),           # Argentina
    "VA": ("Valentina Ruiz Ocampo", "valeruiz@mimail.example"),        # Colombia / México
    # Portuguese-speaking owners
    "AB": ("Ana Beatriz Lacerda", "anabia.lacerda@caixa.example"),     # Brasil
    "RA": ("Rafael Tavares", "rafa.tavares@correio.example"),          # Brasil
    "IN": ("Inês Magalhães", "ines.magalhaes@posta.example"),          # Portugal
}

URL_RE = re.compile(r"https?://[^\s<>\"')]+")

MESSAGES: list[dict] = []


def M(to, frm, subj, body, *, rej, kind, lang=None, fmt="plain", enc="8bit", cs="utf-8",
      company=None, role=None, cn=None, ce=None, url=None, reply_to=None):
    """Register one message. fmt: plain | alt | html.  enc: 8bit | qp | b64."""
    MESSAGES.append(dict(to=to, frm=frm, subj=subj, body=body.strip("\n") + "\n", rej=rej,
                         kind=kind, lang=lang, fmt=fmt, enc=enc, cs=cs, company=company,
                         role=role, cn=cn, ce=ce, url=url, reply_to=reply_to))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    out = []
    for p in paras:
        esc = html.escape(p, quote=False)
        esc = URL_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', esc)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"{cs}\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def build_one(i: int, m: dict) -> bytes:
    owner_name, owner_addr = OWNERS[m["to"]]
    from_name, from_addr = m["frm"]
    msg = EmailMessage()
    msg["From"] = formataddr((from_name, from_addr)) if from_name else from_addr
    msg["To"] = formataddr((owner_name, owner_addr))
    msg["Subject"] = m["subj"]
    when = dt.datetime(2024, 2, 5, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    when += dt.timedelta(hours=7 * i, minutes=(i * 37) % 60)
    msg["Date"] = format_datetime(when)
    dom = from_addr.split("@")[1]
    msg["Message-ID"] = f"<{hashlib.sha1(f'dev2b-{i}'.encode()).hexdigest()[:20]}@{dom}>"
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["MIME-Version"] = "1.0"
    cte = {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}[m["enc"]]
    cs = m["cs"]
    body = m["body"]
    if cs != "utf-8":
        body.encode(cs)  # raises if the text does not fit the charset
    h = to_html(body).replace("{cs}", cs)
    if m["fmt"] == "plain":
        msg.set_content(body, charset=cs, cte=cte)
    elif m["fmt"] == "html":
        msg.set_content(h, subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(h, subtype="html", charset=cs, cte=cte)
        msg.set_boundary(f"==dev2b-{hashlib.sha1(str(i).encode()).hexdigest()[:16]}==")
    return msg.as_bytes(policy=policy.SMTP)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        name = f"{i:04d}.eml"
        (OUT / name).write_bytes(build_one(i, m))
        rows.append({"file": name, "is_rejection": m["rej"], "company": m["company"],
                     "role": m["role"], "contact_name": m["cn"], "contact_email": m["ce"],
                     "careers_url": m["url"], "lang": m["lang"], "kind": m["kind"]})
    with LABELS.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return verify()


def text_of(msg) -> str:
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts) + "\n" + str(msg["From"]) + "\n" + str(msg["Subject"])


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(s)).casefold()


def verify() -> int:
    problems = []
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(r["file"] for r in rows) or len(set(files)) != len(rows):
        problems.append("labels and files are not 1:1")
    for r in rows:
        raw = (OUT / r["file"]).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        t = norm(text_of(msg))
        for key in ("company", "role", "contact_name", "contact_email", "careers_url"):
            v = r[key]
            if v is not None and norm(v) not in t:
                problems.append(f"{r['file']}: {key}={v!r} not found in the message")
        for u in URL_RE.findall(text_of(msg)):
            host = u.split("/")[2]
            if not host.endswith(".example"):
                problems.append(f"{r['file']}: non-.example URL {u}")
        for _, a in [parseaddr(str(msg["From"])), parseaddr(str(msg["To"]))]:
            if not a.endswith(".example"):
                problems.append(f"{r['file']}: non-.example address {a}")
        if r["lang"] not in ("es", "pt"):
            problems.append(f"{r['file']}: lang {r['lang']!r}")
        if r["careers_url"] and re.search(r"unsub|/baja|descadastr|track|click|/t/|[?&](utm|trk)", r["careers_url"]):
            problems.append(f"{r['file']}: careers_url looks like a tracking link")
    by = {}
    for r in rows:
        by.setdefault((r["lang"], r["is_rejection"]), 0)
        by[(r["lang"], r["is_rejection"])] += 1
    fmts = {}
    for m in MESSAGES:
        k = f"{m['fmt']}/{m['enc']}/{m['cs']}"
        fmts[k] = fmts.get(k, 0) + 1
    print(f"{len(rows)} messages; by (lang, is_rejection): {dict(sorted(by.items()))}")
    print(f"formats: {dict(sorted(fmts.items()))}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------
ES = "es"

M("LU", ("Iker Zubiaurre", "iker@bicicletalab.example"),
  "Sobre el puesto de Product Designer",
  """
Hola Lucía:

Mil gracias por el rato que nos dedicaste el jueves. Al final el equipo eligió a otra persona
para el puesto de Product Designer, alguien que ya había montado un sistema de diseño desde cero.

Te deseo mucha suerte con lo que venga.

Iker
Bicicleta Lab
""", rej=True, kind="rejection/after-interview", lang=ES, company="Bicicleta Lab",
  role="Product Designer", cn="Iker Zubiaurre", ce="iker@bicicletalab.example")

M("LU", ("InfoJobs", "notificaciones@infojobs.example"),
  "Novedades en tu candidatura: Mozo/a de almacén",
  """
Hola Lucía,

Hay cambios en el estado de una de tus candidaturas.

Oferta: Mozo/a de almacén (turno de noche)
Empresa: Logística Arbeiza
Estado: Proceso finalizado - no seleccionada

La empresa ha cerrado la selección para esta oferta y tu CV no ha quedado entre los elegidos.
Sigue buscando: hay miles de ofertas nuevas cada día.

Ver mis candidaturas: https://www.infojobs.example/candidate/applications?utm_source=mail&trk=a81f2
Darse de baja de estos avisos: https://www.infojobs.example/unsubscribe?u=77c1d0
""", rej=True, kind="rejection/ats-relay", lang=ES, fmt="alt", enc="qp",
  company="Logística Arbeiza", role="Mozo/a de almacén (turno de noche)")

M("VA", ("Computrabajo", "no-responder@computrabajo.example"),
  "Textiles Quimbaya respondió a tu postulación",
  """
Valentina, tenemos una respuesta para ti.

Textiles Quimbaya revisó la hoja de vida que enviaste para la vacante Analista de Cartera
en Pereira y decidió no continuar contigo en esta ocasión.

No te desanimes: completar tu perfil al 100% te da más visibilidad ante las empresas.

Buscar más empleos: https://co.computrabajo.example/empleos?src=mail_rechazo&id=552901
Si no deseas recibir estos correos, haz clic aquí: https://co.computrabajo.example/baja?t=ZX81
""", rej=True, kind="rejection/ats-relay", lang=ES, fmt="html",
  company="Textiles Quimbaya", role="Analista de Cartera")

M("LU", ("Ayuntamiento de Villanueva del Prado - Recursos Humanos", "rrhh@villanuevadelprado.example"),
  "Proceso selectivo Técnico/a de Archivo - comunicación de resultado",
  """
Estimada Sra. Ferrer Gil:

En relación con el proceso selectivo convocado para cubrir una plaza de Técnico/a de Archivo
(BOP n.º 212), le comunicamos que, una vez concluida la valoración de méritos por el tribunal
calificador, no figura usted entre los aspirantes propuestos para el nombramiento.

La relación definitiva de puntuaciones puede consultarse en el tablón de anuncios de la sede
electrónica. Contra este acto cabe interponer recurso de alzada en el plazo de un mes.

Atentamente,

Negociado de Personal
Ayuntamiento de Villanueva del Prado
""", rej=True, kind="rejection/public-institution", lang=ES, cs="iso-8859-1", enc="qp",
  company="Ayuntamiento de Villanueva del Prado", role="Técnico/a de Archivo")

M("VA", ("Dra. Marisol Encinas", "mencinas@utsierraalta.example"),
  "Plaza de Profesor(a) de asignatura - Estadística",
  """
Estimada Mtra. Ruiz Ocampo:

Por indicaciones del Comité de Contratación Académica le escribo para agradecer su
participación en la convocatoria para Profesor(a) de asignatura de Estadística, así como la
clase muestra que impartió el pasado martes.

Tras deliberar, el comité resolvió asignar la plaza a otro(a) de los(as) aspirantes, cuya
trayectoria se ajustaba de forma más directa a las necesidades del programa de Ingeniería
Industrial.

Le reitero nuestro reconocimiento y quedo a sus órdenes.

Dra. Marisol Encinas Lozano
Coordinación de Ciencias Básicas
Universidad Tecnológica de Sierra Alta
""", rej=True, kind="rejection/after-assessment", lang=ES, fmt="alt",
  company="Universidad Tecnológica de Sierra Alta",
  role="Profesor(a) de asignatura de Estadística", cn="Marisol Encinas Lozano",
  ce="mencinas@utsierraalta.example")

M("VA", ("Selección Clínica Los Aromos", "seleccion@clinicalosaromos.example"),
  "Postulación Enfermera/o UPC",
  """
Estimada Valentina:

Junto con saludarla, le agradecemos el interés en formar parte de Clínica Los Aromos.

Luego de revisar los antecedentes recibidos para el cargo de Enfermera/o Unidad de Paciente
Crítico, hemos optado por perfiles con mayor trayectoria en cuidados intensivos adultos, por lo
que su postulación no seguirá en curso.

Conozca otras oportunidades en https://www.clinicalosaromos.example/trabaja-con-nosotros

Saludos cordiales,
Equipo de Selección
Clínica Los Aromos
""", rej=True, kind="rejection/after-application", lang=ES, fmt="alt",
  company="Clínica Los Aromos", role="Enfermera/o Unidad de Paciente Crítico",
  url="https://www.clinicalosaromos.example/trabaja-con-nosotros")

M("MA", ("Flor de Almacén Tandil", "hola@almacentandil.example"),
  "Tu postulación para encargado de turno",
  """
Hola Mateo, ¿cómo andás?

Te escribimos desde Almacén Tandil. Gracias por mandarnos tu CV para encargado de turno y por
acercarte al local la semana pasada.

Te cuento que decidimos seguir con otros postulantes que viven más cerca de la sucursal de
avenida Colón, porque el turno arranca a las 6.

Cualquier cosa nos escribís, y si abrimos algo en la otra sucursal te avisamos.

Abrazo,
Flor
""", rej=True, kind="rejection/after-interview", lang=ES, company="Almacén Tandil",
  role="encargado de turno", cn="Flor", ce="hola@almacentandil.example")

M("LU", ("Talento Verdemar", "talento@verdemar.example"),
  "Verdemar: un año de crecimiento y una actualización sobre tu proceso",
  """
Hola Lucía:

Este trimestre ha sido muy especial para Verdemar: hemos abierto nuestra tercera planta de
envasado en Castellón y ya somos más de 400 personas repartidas entre Valencia y Murcia.

Gracias a ese crecimiento recibimos muchísimas candidaturas, y cada una la revisa una persona del
equipo, no un algoritmo. Queremos que lo sepas porque valoramos el tiempo que invertiste en el
caso práctico y en las dos entrevistas.

Para la posición de Responsable de Calidad de Producto, finalmente la decisión ha recaído en una
candidata que ya había liderado auditorías IFS en una planta de tamaño similar. Sabemos que no es
la noticia que esperabas.

Si te apetece, podemos compartirte la valoración del caso en una llamada de quince minutos.

Un abrazo,
Nerea Castelló
People & Culture, Verdemar
""", rej=True, kind="rejection/long-news-first", lang=ES, fmt="alt", enc="qp",
  company="Verdemar", role="Responsable de Calidad de Producto", cn="Nerea Castelló",
  ce=None)

M("LU", ("Joan Puigdevall", "joan@forntallat.example"),
  "Lo del sábado",
  """
Lucía, buenas:

Gracias por venir el sábado a hacer la jornada de prueba en obrador. Se nota que tienes mano con
la masa madre.

Lo hemos hablado con Marta y para esta temporada no vamos a poder contar contigo: necesitamos a
alguien que pueda entrar a las cuatro de la mañana todos los días y nos dijiste que los lunes
no te cuadraba.

Te pagamos la jornada por Bizum esta tarde.

Joan - Forn Tallat
""", rej=True, kind="rejection/after-trial-day", lang=ES, company="Forn Tallat",
  role=None, cn="Joan Puigdevall", ce="joan@forntallat.example")

M("MA", ("Equipo de Ingeniería - Pampa Pagos", "jobs@pampapagos.example"),
  "Resultado del desafío técnico",
  """
Hola Mateo,

Gracias por tomarte el trabajo de resolver el desafío técnico para Backend Developer Sr.

Lo revisaron dos personas del equipo. Valoramos la prolijidad de los tests, pero la solución no
contemplaba la concurrencia en la conciliación de pagos, que era el punto central del ejercicio,
y con eso el resultado quedó por debajo del mínimo que pedimos para avanzar a la entrevista
final.

Por eso el proceso termina acá para vos. Ojalá volvamos a cruzarnos.

Saludos,
Equipo de Ingeniería
Pampa Pagos
""", rej=True, kind="rejection/after-assessment", lang=ES, fmt="alt",
  company="Pampa Pagos", role="Backend Developer Sr.")

M("VA", ("Andrea Salcedo | Vértice Consultores", "asalcedo@verticeconsultores.example"),
  "Proceso Jefe de Compras - cliente sector farmacéutico",
  """
Buenos días, Valentina:

Le escribo respecto al proceso de Jefe de Compras que estamos gestionando para nuestro cliente
del sector farmacéutico en Lima.

Presentamos su perfil junto con otros cuatro finalistas. El cliente nos ha informado que no
continuará con su candidatura, pues busca a alguien con experiencia previa negociando con
laboratorios de la India.

Mantendremos sus datos en nuestra base para futuras búsquedas, si usted está de acuerdo.

Atentamente,
Andrea Salcedo
Consultora Senior | Vértice Consultores
""", rej=True, kind="rejection/agency", lang=ES, company=None, role="Jefe de Compras",
  cn="Andrea Salcedo", ce="asalcedo@verticeconsultores.example")

M("VA", ("LinkedIn", "empleos-noreply@linkedin.example"),
  "Tu solicitud para Data Analyst en Grupo Lince",
  """
Valentina, gracias por tu interés en Grupo Lince

Tu solicitud para Data Analyst
Grupo Lince · Ciudad de México (híbrido)

Tras considerar tu solicitud, Grupo Lince ha decidido cubrir la vacante con candidatos cuyo
perfil se ajusta más a lo que necesitan ahora.

Mensaje de la empresa: "Recibimos más de 600 solicitudes. Gracias por pensar en nosotros."

Ver empleos similares: https://www.linkedin.example/jobs/similar?trk=eml-jymbii-9912&refId=aa91
Cancelar suscripción: https://www.linkedin.example/e/unsub?lipi=Qw81
""", rej=True, kind="rejection/ats-relay", lang=ES, fmt="alt", enc="qp",
  company="Grupo Lince", role="Data Analyst")

M("MA", ("Indeed", "alerta@indeed.example"),
  "Actualización sobre su postulación a Cajero/a",
  """
Actualización de su postulación

Cajero/a - Supermercados La Estancia - Córdoba

La empresa marcó su postulación como "No seleccionada". Eso significa que el empleador ya no
la está considerando para este puesto.

Consejo de Indeed: postúlese a varios empleos por semana para aumentar sus oportunidades.

https://ar.indeed.example/rc/clk?jk=88aa01&from=email_status
""", rej=True, kind="rejection/ats-relay", lang=ES, fmt="html",
  company="Supermercados La Estancia", role="Cajero/a")

M("LU", ("Selección Hotel Miramar Sitges", "seleccion@hotelmiramarsitges.example"),
  "Recepcionista - temporada de verano",
  """
Estimada Lucía:

Le agradecemos el envío de su candidatura para el puesto de Recepcionista para la temporada de
verano.

Le informamos de que la posición ya ha quedado cubierta, por lo que no podremos tenerla en
cuenta para esta vacante.

Reciba un cordial saludo,
Departamento de Recursos Humanos
Hotel Miramar Sitges
""", rej=True, kind="rejection/after-application", lang=ES, cs="iso-8859-1",
  company="Hotel Miramar Sitges", role="Recepcionista")

M("MA", ("Caro de Nubo", "caro@nubo.example"),
  "re: charla de la semana pasada",
  """
Mateo!

Perdón la demora en responderte. Estuvimos dándole vueltas y la verdad es que tu perfil no
encaja en este momento con lo que necesitamos para el rol de Growth: buscamos a alguien más
metido en paid media y vos venís más del lado de contenido.

No lo tomes como un no para siempre; en unos meses vamos a abrir algo de comunidad y me
encantaría volver a hablar.

Caro
Nubo
""", rej=True, kind="rejection/after-interview", lang=ES, company="Nubo", role="Growth",
  cn="Caro", ce="caro@nubo.example")

M("VA", ("Reclutamiento Farmacias del Ahorro Total", "reclutamiento@ahorrototal.example"),
  "Estatus de tu proceso - Auxiliar de farmacia",
  """
Hola Valentina:

Gracias por presentar la evaluación psicométrica para Auxiliar de farmacia.

Te informamos que no continuarás a la siguiente etapa del proceso. Las vacantes de esta
convocatoria ya se cubrieron con candidatas y candidatos que obtuvieron puntajes más altos.

Puedes volver a postularte dentro de seis meses.

Atentamente,
Reclutamiento y Selección
Farmacias Ahorro Total
""", rej=True, kind="rejection/after-assessment", lang=ES, fmt="html", enc="qp",
  company="Farmacias Ahorro Total", role="Auxiliar de farmacia")

M("LU", ("Gonzalo Arrieta", "gonzalo.arrieta@estudioberro.example"),
  "Arquitecta junior",
  """
Lucía,

Te escribo en nombre del estudio. Nos ha gustado mucho tu portfolio, sobre todo el proyecto de
vivienda cooperativa.

Aun así, preferimos no avanzar contigo: el puesto exige manejar Revit desde el primer día y
en la entrevista nos comentaste que apenas lo has usado.

Un saludo y gracias,

Gonzalo Arrieta
Estudio Berro Arquitectura
""", rej=True, kind="rejection/after-interview", lang=ES, fmt="alt",
  company="Estudio Berro Arquitectura", role="Arquitecta junior", cn="Gonzalo Arrieta",
  ce="gonzalo.arrieta@estudioberro.example")

M("MA", ("no-reply@workhub.example", "no-reply@workhub.example"),
  "Banco Austral | Proceso Analista de Riesgos",
  """
Estimado/a Mateo Quiroga:

Agradecemos su participación en el proceso de selección de Banco Austral para la posición de
Analista de Riesgos Crediticios.

Luego de analizar cuidadosamente todas las postulaciones, le informamos que en esta oportunidad
no ha resultado seleccionado/a.

Este es un mensaje automático. Por favor, no responda a este correo.
Política de privacidad: https://bancoaustral.example/privacidad
""", rej=True, kind="rejection/ats-template", lang=ES, fmt="alt",
  company="Banco Austral", role="Analista de Riesgos Crediticios")

M("LU", ("Beatriz Molins", "bmolins@editorialcardo.example"),
  "Correctora de estilo (media jornada)",
  """
Apreciada Lucía:

Muchas gracias por la prueba de corrección que nos enviaste; estaba muy cuidada.

Te escribo para decirte, con pena, que en esta ocasión no podremos ofrecerte el puesto de
correctora. Hemos recibido pruebas excelentes y la diferencia ha sido mínima.

Con afecto,
Beatriz Molins
Editorial Cardo
""", rej=True, kind="rejection/after-assessment", lang=ES, cs="iso-8859-1", enc="qp",
  company="Editorial Cardo", role="correctora", cn="Beatriz Molins",
  ce="bmolins@editorialcardo.example")

M("VA", ("Luis Fernando Arango", "lfarango@cafeterosunidos.example"),
  "Gracias por tu tiempo - Coordinador logístico",
  """
Hola Valentina, qué tal.

Quería escribirte personalmente. De las tres personas finalistas para Coordinador logístico nos
quedamos con un candidato que lleva ocho años moviendo contenedores por Buenaventura; ese
conocimiento del puerto pesó mucho.

Tu entrevista fue de las mejores, de verdad. Si te parece, te tengo en cuenta para la apertura
de Cartagena el próximo año.

Un abrazo,
Luis Fernando Arango
Gerente de Operaciones - Cafeteros Unidos
""", rej=True, kind="rejection/after-interview", lang=ES, fmt="alt",
  company="Cafeteros Unidos", role="Coordinador logístico", cn="Luis Fernando Arango",
  ce="lfarango@cafeterosunidos.example")

M("MA", ("Servicio de Empleo - Universidad Nacional del Litoral Sur", "concursos@unlsur.example"),
  "Concurso docente - Ayudante de Primera, Química Orgánica",
  """
Sr. Mateo Quiroga:

Se notifica que el jurado del concurso para el cargo de Ayudante de Primera en la cátedra de
Química Orgánica emitió dictamen. Conforme al orden de mérito establecido, la decisión no ha sido
favorable a su postulación.

El dictamen completo se encuentra a disposición en la Secretaría Académica. Los plazos para
impugnar son de cinco días hábiles desde la presente notificación.

Secretaría Académica
Universidad Nacional del Litoral Sur
""", rej=True, kind="rejection/public-institution", lang=ES, cs="iso-8859-1",
  company="Universidad Nacional del Litoral Sur", role="Ayudante de Primera")

M("LU", ("Reclutamiento Aeropuertos Iberland", "no-reply@iberland-empleo.example"),
  "Agente de rampa - fin de su participación",
  """
Estimada candidata:

Le agradecemos su interés en trabajar con nosotros como Agente de rampa en el aeropuerto de
Bilbao.

Le comunicamos que damos por concluida su participación en este proceso, al no haber superado
la prueba física de carga.

Atentamente,
Aeropuertos Iberland Handling
""", rej=True, kind="rejection/after-assessment", lang=ES, fmt="html",
  company="Aeropuertos Iberland Handling", role="Agente de rampa")

M("VA", ("Diego (Fondita)", "diego@fondita.example"),
  "entrevista final",
  """
Vale, te cuento rápido: no vas a pasar a la entrevista final con los fundadores. Preferimos
alguien que ya haya hecho ventas B2B en México.

Gracias por todo y mucho éxito.
Diego, Fondita
""", rej=True, kind="rejection/short", lang=ES, company="Fondita", role=None,
  cn="Diego", ce="diego@fondita.example")

M("MA", ("Marcela Ibáñez - Andes Minería", "marcela.ibanez@andesmineria.example"),
  "Oferta Ingeniero/a de Procesos",
  """
Estimado Mateo:

Gracias por las tres instancias de entrevista y por la visita a planta en San Juan.

Tras una evaluación muy pareja, hemos decidido no ofrecerle la posición de Ingeniero/a de
Procesos. El comité priorizó experiencia en flotación de cobre, área en la que usted aún no ha
trabajado directamente.

Le agradecemos de verdad la dedicación. Nuestras búsquedas vigentes están publicadas en
https://andesmineria.example/carreras

Cordialmente,
Marcela Ibáñez
Talent Acquisition | Andes Minería
""", rej=True, kind="rejection/after-interview", lang=ES, fmt="alt", enc="qp",
  company="Andes Minería", role="Ingeniero/a de Procesos", cn="Marcela Ibáñez",
  ce="marcela.ibanez@andesmineria.example", url="https://andesmineria.example/carreras")

M("LU", ("Equipo de Personas - Kiosko Digital", "personas@kioskodigital.example"),
  "Sobre la vacante de QA Engineer",
  """
Hola, Lucía:

Te escribimos para contarte algo que no depende de ti. Esta semana la dirección ha congelado
las contrataciones hasta el próximo ejercicio fiscal y hemos tenido que cerrar el proceso de QA
Engineer para todas las personas que estaban participando, incluida tú.

Sentimos mucho no poder darte otra respuesta después de dos entrevistas.

Equipo de Personas
Kiosko Digital
""", rej=True, kind="rejection/hiring-freeze", lang=ES, company="Kiosko Digital",
  role="QA Engineer")

M("VA", ("Gestión Humana Cooperativa Solidaria", "gestionhumana@coopsolidaria.example"),
  "Convocatoria Asesor(a) Comercial",
  """
Respetada Valentina Ruiz:

Hemos revisado con atención su hoja de vida para la convocatoria de Asesor(a) Comercial. Le
contamos que su candidatura no ha prosperado en esta ocasión; no obstante, la conservaremos en
nuestra base de datos durante un año por si surge una vacante afín.

Cordial saludo,

Gestión Humana
Cooperativa Solidaria
""", rej=True, kind="rejection/after-application", lang=ES, fmt="alt",
  company="Cooperativa Solidaria", role="Asesor(a) Comercial")

M("LU", ("Óscar Lamela", "olamela@navalia-ing.example"),
  "Jefa de proyecto - decisión",
  """
Buenas tardes, Lucía:

Como te adelanté por teléfono, te confirmo por escrito que finalmente hemos optado por cubrir
la jefatura de proyecto con una persona del propio equipo, que lleva tres años en el astillero
y conoce a los clientes.

Ha sido una decisión difícil; tu candidatura era muy sólida.

Saludos,
Óscar Lamela
Director Técnico, Navalia Ingeniería
""", rej=True, kind="rejection/internal-promotion", lang=ES, company="Navalia Ingeniería",
  role="Jefa de proyecto", cn="Óscar Lamela", ce="olamela@navalia-ing.example")

M("MA", ("RRHH Transportes del Sur", "rrhh@transportesdelsur.example"),
  "Solicitud de empleo - Chofer de reparto",
  """
Sr. Quiroga:

Lamentamos informarle que su solicitud para Chofer de reparto ha sido desestimada por no contar
con licencia de conducir profesional categoría D, requisito excluyente del puesto.

Atte.,
Recursos Humanos - Transportes del Sur S.A.
""", rej=True, kind="rejection/requirements", lang=ES, fmt="html", cs="iso-8859-1", enc="qp",
  company="Transportes del Sur", role="Chofer de reparto")

M("LU", ("Pablo Ríos", "pablo@datarium.example"),
  "Feedback panel - Staff Engineer",
  """
Hola Lucía,

Ya tenemos la opinión del panel del system design. Te la resumo con transparencia: tu diseño era
correcto, pero buscamos a alguien que haya llevado decisiones de arquitectura con varios equipos
a la vez, y en la conversación eso no apareció con suficiente claridad.

Así que no seguiremos contigo para Staff Engineer. Para un rol Senior sí te veríamos, por si
te interesa que lo hablemos más adelante.

Pablo
Engineering Manager, Datarium
""", rej=True, kind="rejection/after-interview", lang=ES, fmt="alt",
  company="Datarium", role="Staff Engineer", cn="Pablo Ríos", ce="pablo@datarium.example")

M("MA", ("Rosa", "rosa@vinoteca-malbec.example"),
  "Sommelier",
  """
Mateo: al final nos decantamos por otra candidata para sommelier. Gracias por todo.
Rosa - Vinoteca Malbec
""", rej=True, kind="rejection/short", lang=ES, company="Vinoteca Malbec", role="sommelier",
  cn="Rosa", ce="rosa@vinoteca-malbec.example")

M("VA", ("Atracción de Talento | Grupo Comercial Orizaba", "talento@gco-orizaba.example"),
  "Gerente de Tienda - estatus",
  """
Hola, Valentina:

¡Gracias por tu interés en Grupo Comercial Orizaba!

Estos meses hemos inaugurado 14 tiendas nuevas en el Bajío y lanzado nuestra marca propia de
abarrotes. Seguimos creciendo, y eso se lo debemos a la gente.

Sobre tu postulación a Gerente de Tienda en León: revisamos tu perfil contra los requisitos
de la posición y, por ahora, no lo consideraremos para las siguientes fases. Buscamos
experiencia previa liderando equipos de más de 30 personas.

Te invitamos a seguir nuestras vacantes en https://empleos.gco-orizaba.example/vacantes

Atracción de Talento
""", rej=True, kind="rejection/long-news-first", lang=ES, fmt="html", enc="qp",
  company="Grupo Comercial Orizaba", role="Gerente de Tienda",
  url="https://empleos.gco-orizaba.example/vacantes")

M("LU", ("Fundación Marea Azul", "voluntariado.empleo@mareaazul.example"),
  "Técnica de proyectos de cooperación",
  """
Hola Lucía:

Queríamos contarte en persona, aunque sea por correo, cómo ha ido el proceso para la plaza de
Técnica de proyectos de cooperación en Mauritania.

Nos ha costado mucho decidir. Al final, la persona seleccionada habla hassanía, y eso ha
inclinado la balanza. Tú no continúas en el proceso, pero nos encantaría que te unieras a la
red de voluntariado si te apetece.

Un abrazo fuerte,
Itziar Goñi
Coordinación de Personas, Fundación Marea Azul
""", rej=True, kind="rejection/after-interview", lang=ES, fmt="alt", enc="qp",
  company="Fundación Marea Azul", role="Técnica de proyectos de cooperación",
  cn="Itziar Goñi", ce=None)

M("MA", ("Bumeran Empleos", "avisos@bumeran.example"),
  "Hay novedades sobre tu postulación en Constructora Ñandú",
  """
Hola Mateo,

Constructora Ñandú revisó tu postulación para Técnico en Seguridad e Higiene.

La empresa indicó que tu CV no avanza en este proceso.

Recordá que podés postularte a todos los avisos que quieras.

Ver avisos: https://www.bumeran.example/empleos?utm_campaign=estado_postulacion&cid=991
Dejar de recibir estos correos: https://www.bumeran.example/preferencias/baja?k=P0a
""", rej=True, kind="rejection/ats-relay", lang=ES, fmt="alt",
  company="Constructora Ñandú", role="Técnico en Seguridad e Higiene")

# ---- Spanish look-alikes -------------------------------------------------------------------

M("LU", ("InfoJobs", "notificaciones@infojobs.example"),
  "Has enviado tu candidatura a Auxiliar administrativo/a",
  """
Hola Lucía,

¡Tu candidatura se ha enviado correctamente!

Oferta: Auxiliar administrativo/a
Empresa: Gestoría Albarrán

La empresa revisará tu CV en los próximos días. Lamentablemente no todas las empresas responden
a cada candidato: si en tres semanas no ves cambios, puede que el proceso siga abierto o que
hayan optado por otros perfiles.

Seguir el estado: https://www.infojobs.example/candidate/applications?trk=conf01
""", rej=False, kind="lookalike/application-received", lang=ES, fmt="alt",
  company="Gestoría Albarrán", role="Auxiliar administrativo/a")

M("VA", ("Paola Medina", "pmedina@logistikmx.example"),
  "Entrevista - Analista de Inventarios",
  """
Hola Valentina:

Revisamos tu CV y nos gustaría conocerte para la vacante de Analista de Inventarios.

¿Te queda bien el jueves 14 a las 10:00 en nuestras oficinas de Tlalnepantla? Si no, dime qué
horario te acomoda mejor.

Saludos,
Paola Medina
Reclutamiento, Logistik MX
""", rej=False, kind="lookalike/interview-invitation", lang=ES, company="Logistik MX",
  role="Analista de Inventarios", cn="Paola Medina", ce="pmedina@logistikmx.example")

M("MA", ("Evaluaciones Pampa Pagos", "jobs@pampapagos.example"),
  "Siguiente paso: desafío técnico",
  """
Hola Mateo,

¡Buenas noticias! Pasaste la primera entrevista para Backend Developer Sr.

El siguiente paso es un desafío técnico de unas cuatro horas. Tenés siete días para entregarlo
desde que abrís el enlace:

https://pampapagos.example/desafio/inicio?c=mq-2291

Si no podés hacerlo esta semana, avisanos y lo movemos sin problema.

Equipo de Ingeniería
""", rej=False, kind="lookalike/assessment-invitation", lang=ES, fmt="alt",
  company="Pampa Pagos", role="Backend Developer Sr.")

M("LU", ("Nerea Castelló", "talento@verdemar.example"),
  "¡Bienvenida a Verdemar! Tu oferta",
  """
Hola Lucía:

¡Qué alegría escribirte esto! Nos encantaría que te unieras a Verdemar como Técnica de
Calidad. Te adjuntamos la carta de oferta con salario, fecha de incorporación (1 de abril) y
beneficios.

Sabemos que en otra posición no pudimos avanzar contigo, así que nos hace especial ilusión.

Tienes hasta el viernes para respondernos.

Nerea Castelló
People & Culture
""", rej=False, kind="lookalike/offer", lang=ES, fmt="alt", company="Verdemar",
  role="Técnica de Calidad", cn="Nerea Castelló", ce=None)

M("VA", ("Documentación Colegio Bilingüe Montebello", "rrhh@montebello.example"),
  "Faltan documentos para su contratación",
  """
Estimada Valentina:

Para continuar con su proceso de incorporación como Docente de Matemáticas necesitamos que nos
envíe, a la mayor brevedad:

- Copia de la cédula por ambas caras
- Título profesional apostillado
- Certificado de antecedentes disciplinarios

Lamentablemente, sin estos documentos no podemos emitir el contrato. Quedamos atentos.

Recursos Humanos
Colegio Bilingüe Montebello
""", rej=False, kind="lookalike/documents-needed", lang=ES, cs="iso-8859-1",
  company="Colegio Bilingüe Montebello", role="Docente de Matemáticas")

M("LU", ("Pablo Ríos", "pablo@datarium.example"),
  "Cambio de hora - entrevista Staff Engineer",
  """
Hola Lucía,

Lamentablemente una de las personas del panel se ha puesto enferma y tenemos que mover la
entrevista de mañana. Siento mucho el aviso tan tarde.

¿Te iría bien el lunes a las 16:00? Mantenemos el mismo enlace de videollamada.

Pablo
Datarium
""", rej=False, kind="lookalike/reschedule", lang=ES, company="Datarium",
  role="Staff Engineer", cn="Pablo Ríos", ce="pablo@datarium.example")

M("VA", ("Ernesto Villalba", "evillalba@ruizocampo-estudio.example"),
  "Candidato Julián Prieto - descartado",
  """
Vale:

Te confirmo lo que hablamos en el comité: descartamos a Julián Prieto para el puesto de
desarrollador backend; su prueba no llegó al mínimo. Como fuiste tú quien lo entrevistó, ¿le
escribes tú para darle la noticia? Mejor hoy que mañana.

Y pásame por favor los datos de la segunda candidata, que con ella sí seguimos.

Ernesto
""", rej=False, kind="lookalike/manager-to-interviewer", lang=ES, company=None,
  role="desarrollador backend", cn="Ernesto Villalba", ce="evillalba@ruizocampo-estudio.example")

M("LU", ("Clara", "clara.benet@buzon.example"),
  "me han dicho que no :(",
  """
Lu,

Al final me han rechazado en Zeta Seguros. Me escribieron esta mañana diciendo que han elegido
a otra persona con más experiencia en siniestros. Después de cuatro entrevistas...

¿Cenamos el viernes y me animas un poco? Y cuéntame cómo va lo tuyo con Datarium.

Clara
""", rej=False, kind="lookalike/friend-own-rejection", lang=ES, company=None, role=None,
  cn="Clara", ce="clara.benet@buzon.example")

M("LU", ("Inmobiliaria Puerta del Ángel", "alquileres@puertadelangel.example"),
  "Piso en calle Toledo - solicitud",
  """
Hola Lucía:

Gracias por tu interés en el piso de calle Toledo, 3.º B. La propiedad ha revisado todas las
solicitudes y ha decidido alquilarlo a otro inquilino cuya documentación estaba completa antes.

Si quieres, te avisamos cuando tengamos algo similar en el barrio.

Un saludo,
Inmobiliaria Puerta del Ángel
""", rej=False, kind="lookalike/flat-rejection", lang=ES, company=None, role=None)

M("MA", ("Financiera Cóndor", "no-responder@financieracondor.example"),
  "Resultado de su solicitud de préstamo personal",
  """
Estimado Mateo Quiroga:

Le informamos que, luego del análisis crediticio, su solicitud de préstamo personal N.º
448120 no ha sido aprobada en esta oportunidad.

Podrá volver a solicitarlo en 90 días. Este mensaje fue generado automáticamente.
""", rej=False, kind="lookalike/loan-rejection", lang=ES, fmt="html", enc="qp",
  company=None, role=None)

M("VA", ("Admisiones Posgrados", "admisiones@escuelaandina.example"),
  "Decisión de admisión - Maestría en Analítica",
  """
Estimada Valentina:

El comité de admisiones ha revisado su solicitud para la Maestría en Analítica de Negocios,
cohorte 2024-II. Lamentamos comunicarle que no ha sido admitida en esta convocatoria, debido al
elevado número de aspirantes.

Le animamos a postular nuevamente en la siguiente cohorte.

Oficina de Admisiones
Escuela de Negocios Andina
""", rej=False, kind="lookalike/school-rejection", lang=ES, fmt="alt",
  company=None, role=None)

M("LU", ("Revista de Estudios Archivísticos", "editor@rea-revista.example"),
  "Decisión editorial sobre su manuscrito REA-2024-031",
  """
Estimada Dra. Ferrer:

Tras la evaluación por pares de su artículo "Descripción archivística y datos enlazados en
municipios pequeños", lamento comunicarle que el consejo editorial ha decidido no aceptarlo
para su publicación. Adjunto los informes de los dos evaluadores.

Atentamente,
Comité Editorial
""", rej=False, kind="lookalike/paper-rejection", lang=ES, cs="iso-8859-1", enc="qp",
  company=None, role=None)

M("MA", ("Convocatorias Fondo Cultura Pampeana", "convocatorias@fondocultura.example"),
  "Beca de creación 2024 - resultado",
  """
Hola Mateo,

Gracias por presentar tu proyecto a la Beca de Creación 2024. El jurado evaluó 812 propuestas y
lamentablemente la tuya no fue seleccionada para recibir financiamiento.

El listado de proyectos seleccionados se publicará el lunes en la web.

Fondo Cultura Pampeana
""", rej=False, kind="lookalike/grant-rejection", lang=ES, company=None, role=None)

M("VA", ("Sección Consular", "visas@consulado-nordia.example"),
  "Solicitud de visado - resolución",
  """
Estimada solicitante:

Le comunicamos que su solicitud de visado de estancia de corta duración ha sido denegada, de
conformidad con el artículo 32 del Código de Visados, por no haberse justificado
suficientemente el propósito del viaje.

Puede presentar recurso en el plazo de un mes.

Sección Consular
""", rej=False, kind="lookalike/visa-rejection", lang=ES, fmt="alt", company=None, role=None)

M("LU", ("Festival Sonora Norte", "entradas@sonoranorte.example"),
  "Resultado del sorteo de abonos",
  """
Hola Lucía,

¡Gracias por participar en el sorteo de abonos de Sonora Norte! Lamentablemente esta vez no has
sido agraciada: la demanda ha sido altísima.

Aún puedes apuntarte a la lista de espera de reventa oficial.

Darse de baja: https://sonoranorte.example/newsletter/baja?id=7712
""", rej=False, kind="lookalike/tickets", lang=ES, fmt="html", company=None, role=None)

M("MA", ("Carrera en Foco", "boletin@carreraenfoco.example"),
  "Boletín semanal: qué hacer cuando te dicen que no",
  """
Carrera en Foco - boletín n.º 118

Esta semana: cómo responder a un correo de rechazo sin quemar puentes.

1. Agradecé el tiempo: una línea basta.
2. Pedí feedback concreto, pero sin insistir.
3. "Decidimos avanzar con otros candidatos" no es un juicio sobre vos.

Además: las diez empresas que más contrataron en Rosario este mes.

Leer en la web: https://carreraenfoco.example/boletin/118?utm_medium=email
Desuscribirse: https://carreraenfoco.example/baja?s=mq
""", rej=False, kind="lookalike/newsletter", lang=ES, fmt="alt", enc="qp",
  company=None, role=None)

M("LU", ("Equipo de Personas - Kiosko Digital", "personas@kioskodigital.example"),
  "Hemos recibido tu retirada del proceso",
  """
Hola Lucía:

Confirmamos que hemos recibido tu mensaje y que retiramos tu candidatura del proceso de
Frontend Developer, tal como nos pediste. Entendemos que has aceptado otra propuesta y te
deseamos lo mejor.

Las puertas quedan abiertas.

Equipo de Personas
Kiosko Digital
""", rej=False, kind="lookalike/owner-withdrew", lang=ES, company="Kiosko Digital",
  role="Frontend Developer")

M("VA", ("Computrabajo", "alertas@computrabajo.example"),
  "12 nuevas ofertas que encajan con tu perfil",
  """
Valentina, estas vacantes son para ti:

- Analista de Datos Junior - Seguros Altamira - Medellín
- Analista de Cartera - Distribuidora Pacífico - Cali
- Coordinadora de BI - Grupo Lince - remoto

No dejes pasar la oportunidad: las empresas revisan primero las postulaciones recientes.

Ver todas: https://co.computrabajo.example/alertas/ver?id=9911&utm_source=alerta
Modificar alertas: https://co.computrabajo.example/alertas/config
""", rej=False, kind="lookalike/job-alert", lang=ES, fmt="html", company=None, role=None)

M("MA", ("Marcela Ibáñez - Andes Minería", "marcela.ibanez@andesmineria.example"),
  "Demora en el proceso",
  """
Estimado Mateo:

Le escribo para avisarle que la decisión sobre la posición de Ingeniero/a de Procesos se va a
demorar unas dos semanas más: el gerente de planta está de viaje. Usted sigue en el proceso
y no tiene que hacer nada por ahora.

Disculpe la espera.

Marcela Ibáñez
""", rej=False, kind="lookalike/delay", lang=ES, company="Andes Minería",
  role="Ingeniero/a de Procesos", cn="Marcela Ibáñez", ce="marcela.ibanez@andesmineria.example")

M("LU", ("Selección Aeropuertos Iberland", "no-reply@iberland-empleo.example"),
  "Ha superado la primera fase",
  """
Estimada candidata:

Nos complace comunicarle que ha superado la fase de evaluación curricular para el puesto de
Agente de rampa. Próximamente recibirá la convocatoria a la prueba física.

Lamentamos no poder dar una fecha exacta todavía.

Aeropuertos Iberland Handling
""", rej=False, kind="lookalike/next-stage", lang=ES, fmt="alt", cs="iso-8859-1",
  company="Aeropuertos Iberland Handling", role="Agente de rampa")

M("VA", ("Compras Hospital San Rafael", "compras@hsanrafael.example"),
  "Invitación a cotizar 2024-017 - resultado",
  """
Señora Ruiz Ocampo:

Agradecemos la cotización presentada por su empresa para el suministro de papelería. El comité
de compras ha evaluado las propuestas y la suya no fue seleccionada, ya que otro proveedor
ofreció mejores condiciones de entrega.

Oficina de Compras
""", rej=False, kind="lookalike/supplier-bid", lang=ES, company=None, role=None)

M("MA", ("Mercado de Usados", "notificaciones@mercadousados.example"),
  "El vendedor rechazó tu oferta",
  """
Hola Mateo,

El vendedor de "Sillón de pana dos cuerpos" rechazó tu oferta de $85.000. Podés hacer una
nueva oferta o seguir buscando productos similares.

https://mercadousados.example/item/55120?ref=mail_oferta
""", rej=False, kind="lookalike/marketplace", lang=ES, fmt="html", enc="qp",
  company=None, role=None)

# ---------------------------------------------------------------------------------------------
# Portuguese
# ---------------------------------------------------------------------------------------------
PT = "pt"

M("AB", ("Gupy", "naoresponda@gupy.example"),
  "Atualização sobre o processo seletivo da Farmácias Jequitibá",
  """
Olá, Ana Beatriz!

Agradecemos muito pelo seu interesse em fazer parte do time da Farmácias Jequitibá e pelo
tempo dedicado às etapas do processo para a vaga de Analista de Trade Marketing.

Concluímos a etapa de triagem e, neste momento, o seu perfil não foi selecionado para a
próxima fase. Seus dados continuam no nosso banco de talentos.

Um abraço,
Time de Atração - Farmácias Jequitibá

Esta mensagem foi enviada pela Gupy. Para não receber mais e-mails, acesse
https://farmaciasjequitiba.gupy.example/candidato/descadastrar?tk=9fe21
""", rej=True, kind="rejection/ats-relay", lang=PT, fmt="alt", enc="qp",
  company="Farmácias Jequitibá", role="Analista de Trade Marketing")

M("RA", ("Catho", "avisos@catho.example"),
  "Drogaria Ipê finalizou o processo para Balconista",
  """
Rafael, temos um retorno sobre a sua candidatura.

A empresa Drogaria Ipê encerrou a seleção para a vaga de Balconista (Campinas - SP) e
escolheu outro profissional para a posição.

Continue se candidatando! Atualize seu currículo para aparecer mais nas buscas.

Ver vagas parecidas: https://www.catho.example/vagas/balconista?origem=email_status&c=77a
""", rej=True, kind="rejection/ats-relay", lang=PT, fmt="html",
  company="Drogaria Ipê", role="Balconista")

M("AB", ("Juliana Prado", "juliana.prado@agrovale.example"),
  "Retorno - Coordenadora de Sustentabilidade",
  """
Oi, Ana Beatriz, tudo bem?

Passando para dar um retorno sobre a vaga de Coordenadora de Sustentabilidade. Gostamos muito
da nossa conversa e do seu trabalho com rastreabilidade de soja.

Depois de alinhar com a diretoria, optamos por seguir com outra candidata, que já tem vivência
com certificação Rainforest. Foi uma decisão apertada.

Fico à disposição para te dar um feedback mais detalhado, se quiser.

Beijo,
Juliana Prado
Gente & Gestão | AgroVale
""", rej=True, kind="rejection/after-interview", lang=PT, fmt="alt",
  company="AgroVale", role="Coordenadora de Sustentabilidade", cn="Juliana Prado",
  ce="juliana.prado@agrovale.example")

M("RA", ("Recrutamento Banco Cerrado", "recrutamento@bancocerrado.example"),
  "Sua candidatura - Analista de Prevenção a Fraudes",
  """
Prezado Rafael,

Obrigado por participar do nosso processo seletivo para Analista de Prevenção a Fraudes.

Comunicamos que não avançaremos com a sua candidatura nesta oportunidade. Desejamos sucesso na
sua trajetória profissional.

Atenciosamente,
Recrutamento e Seleção
Banco Cerrado
""", rej=True, kind="rejection/ats-template", lang=PT, cs="iso-8859-1", enc="qp",
  company="Banco Cerrado", role="Analista de Prevenção a Fraudes")

M("IN", ("Tiago Pereira", "tiago@lumen-apps.example"),
  "Frontend na Lumen",
  """
Olá Inês,

Obrigado pela conversa de terça, gostei mesmo de falar contigo sobre acessibilidade.

Decidimos avançar com outra pessoa para a posição de Frontend Developer, alguém que já trabalhou
com React Native em produção, que é o que nos faz mais falta agora.

Se estiveres de acordo, guardo o teu contacto para quando abrirmos mais vagas.

Abraço,
Tiago
Lumen Apps
""", rej=True, kind="rejection/after-interview", lang=PT, company="Lumen Apps",
  role="Frontend Developer", cn="Tiago Pereira", ce="tiago@lumen-apps.example")

M("IN", ("Recursos Humanos - Metro do Mondego", "rh@metromondego.example"),
  "Candidatura espontânea / Técnico de Manutenção",
  """
Exma. Senhora
Inês Magalhães,

Vimos por este meio informar V. Exa. de que, após análise curricular, a sua candidatura ao
lugar de Técnico de Manutenção Eletromecânica não foi selecionada para a fase seguinte.

Agradecemos o interesse manifestado na nossa empresa.

Com os melhores cumprimentos,
Direção de Recursos Humanos
Metro do Mondego, S.A.
""", rej=True, kind="rejection/after-application", lang=PT, cs="iso-8859-1",
  company="Metro do Mondego", role="Técnico de Manutenção Eletromecânica")

M("AB", ("RH Hospital Santa Luzia do Norte", "rh@hsantaluzia.example"),
  "Processo seletivo - Técnico(a) de Enfermagem",
  """
Prezada Ana Beatriz,

Informamos que a vaga de Técnico(a) de Enfermagem para o plantão noturno da UTI já foi
preenchida. Agradecemos sua participação na prova e na dinâmica de grupo.

Seu currículo permanecerá em nosso cadastro por 6 meses.

Setor de Recursos Humanos
Hospital Santa Luzia do Norte
""", rej=True, kind="rejection/after-assessment", lang=PT, fmt="alt",
  company="Hospital Santa Luzia do Norte", role="Técnico(a) de Enfermagem")

M("IN", ("Serviços Académicos - Universidade do Alto Douro Interior", "concursos@uadi.example"),
  "Concurso documental - Professor Auxiliar - notificação",
  """
Exma. Senhora Doutora Inês Magalhães,

Nos termos do Código do Procedimento Administrativo, notifica-se V. Exa. de que o júri do
concurso para um lugar de Professor Auxiliar na área de Ciências da Comunicação deliberou, em
reunião de 12 de março, excluir a sua candidatura em sede de admissão, por não ter sido
apresentado o certificado de reconhecimento do grau.

Dispõe de dez dias úteis para se pronunciar em audiência prévia.

A Presidente do Júri
Universidade do Alto Douro Interior
""", rej=True, kind="rejection/public-institution", lang=PT, fmt="alt", enc="qp",
  company="Universidade do Alto Douro Interior", role="Professor Auxiliar")

M("RA", ("Prefeitura Municipal de Serra Azul do Oeste", "selecao@serraazul.example"),
  "Processo Seletivo Simplificado 03/2024 - resultado",
  """
Senhor(a) candidato(a) Rafael Tavares,

A Comissão do Processo Seletivo Simplificado 03/2024 torna público o resultado final para o
cargo de Agente Administrativo. Conforme a lista anexa, o(a) senhor(a) ficou na condição de
NÃO CLASSIFICADO, por não atingir a pontuação mínima na prova objetiva.

Cabe recurso no prazo de 2 (dois) dias úteis.

Comissão Organizadora
""", rej=True, kind="rejection/public-institution", lang=PT, cs="iso-8859-1", enc="qp",
  company="Prefeitura Municipal de Serra Azul do Oeste", role="Agente Administrativo")

M("AB", ("Time de Pessoas Moda Caju", "pessoas@modacaju.example"),
  "Sobre sua candidatura para Vendedora",
  """
Oi Ana!

Que bom que você quis fazer parte da Moda Caju.

A gente leu seu currículo com carinho, mas o seu perfil não está alinhado com o que precisamos
agora para a loja do Shopping Iguatemi - buscamos alguém com disponibilidade para fins de
semana.

Beijos e sucesso!
Time de Pessoas Moda Caju
""", rej=True, kind="rejection/after-application", lang=PT, fmt="html",
  company="Moda Caju", role="Vendedora")

M("IN", ("Sofia Marques", "sofia@tasca-ribeira.example"),
  "o dia de experiência",
  """
Inês, olá.

Obrigada por teres vindo fazer o dia de experiência na sala no sábado. Correu bem com os
clientes, mas acho que o ritmo da casa ao jantar não é para ti, e preferimos não te contar
para a equipa desta vez.

Transferi-te o dia por MB Way.

Sofia
Tasca da Ribeira
""", rej=True, kind="rejection/after-trial-day", lang=PT, company="Tasca da Ribeira",
  role=None, cn="Sofia Marques", ce="sofia@tasca-ribeira.example")

M("RA", ("Vinícius Sato", "vinicius.sato@fintechboreal.example"),
  "Resultado do case - Product Manager",
  """
Fala, Rafael, beleza?

Obrigado por apresentar o case de pricing pra gente na sexta. A banca achou a análise de
cohort muito boa, mas a proposta de roadmap ficou genérica e isso pesou na nota final.

Infelizmente você não vai seguir para a etapa com o CEO. Sei que dá um baita trabalho fazer o
case, então fica meu agradecimento sincero.

Abs,
Vinícius Sato
Head de Produto - Fintech Boreal
""", rej=True, kind="rejection/after-assessment", lang=PT, fmt="alt",
  company="Fintech Boreal", role="Product Manager", cn="Vinícius Sato",
  ce="vinicius.sato@fintechboreal.example")

M("IN", ("Marta Correia | Nortalento Recrutamento", "marta.correia@nortalento.example"),
  "Processo Consultor SAP FI - cliente industrial",
  """
Cara Inês,

Espero que esteja bem.

Dou-lhe nota do processo de Consultor SAP FI para o nosso cliente do setor industrial em
Aveiro. Apresentámos o seu perfil, mas o cliente preferiu prosseguir com candidatos com mais
anos de experiência em migrações para S/4HANA.

Continuaremos atentos a oportunidades que se adequem ao seu percurso.

Cumprimentos,
Marta Correia
Nortalento Recrutamento
""", rej=True, kind="rejection/agency", lang=PT, cs="iso-8859-1", enc="qp",
  company=None, role="Consultor SAP FI", cn="Marta Correia",
  ce="marta.correia@nortalento.example")

M("RA", ("Atração de Talentos | Grupo Sabiá Alimentos", "talentos@gruposabia.example"),
  "Grupo Sabiá: novidades e um retorno sobre o seu processo",
  """
Olá, Rafael!

Este ano foi marcante para o Grupo Sabiá: inauguramos a fábrica de Uberlândia, lançamos a
linha de snacks integrais e chegamos a 3.200 colaboradores em cinco estados.

Com tanto crescimento, recebemos mais de 9 mil inscrições para o nosso Programa de Trainee
2024. Cada uma passou por testes online, dinâmicas e painéis com gestores, e queremos
agradecer o seu empenho em todas essas etapas.

Quanto à sua participação, chegamos ao fim da seleção e você não está entre as pessoas
aprovadas para a turma deste ano. Sabemos que não é a notícia que você esperava.

Acompanhe as próximas oportunidades em https://carreiras.gruposabia.example

Um abraço,
Equipe de Atração de Talentos
""", rej=True, kind="rejection/long-news-first", lang=PT, fmt="alt", enc="qp",
  company="Grupo Sabiá Alimentos", role="Programa de Trainee 2024",
  url="https://carreiras.gruposabia.example")

M("AB", ("LinkedIn", "vagas-noreply@linkedin.example"),
  "Sua candidatura para UX Researcher na Nuvem Clara",
  """
Ana Beatriz, obrigado pelo seu interesse na Nuvem Clara

Sua candidatura para UX Researcher
Nuvem Clara · São Paulo (remoto)

Depois de avaliar sua candidatura, a Nuvem Clara decidiu buscar outros perfis para esta
vaga.

Vagas recomendadas para você: https://www.linkedin.example/comm/jobs/collections?trk=eml-9921
Cancelar inscrição: https://www.linkedin.example/e/unsub?midToken=AQH21
""", rej=True, kind="rejection/ats-relay", lang=PT, fmt="alt",
  company="Nuvem Clara", role="UX Researcher")

M("IN", ("Indeed", "alerta@indeed.example"),
  "Atualização da sua candidatura: Rececionista de hotel",
  """
Atualização da candidatura

Rececionista de hotel - Hotel Alfama Azul - Lisboa

O empregador indicou que não vai prosseguir com a sua candidatura.

Dica: candidatos que se candidatam a mais de 5 vagas por semana têm mais respostas.

https://pt.indeed.example/rc/clk?jk=d91f0&from=status_email
""", rej=True, kind="rejection/ats-relay", lang=PT, fmt="html", enc="qp",
  company="Hotel Alfama Azul", role="Rececionista de hotel")

M("RA", ("Débora Lins", "debora.lins@construtoramarajo.example"),
  "Engenheiro Civil Pleno",
  """
Prezado Rafael, boa tarde.

Agradecemos a sua disponibilidade para a entrevista técnica da semana passada.

Decidimos não dar continuidade ao seu processo para Engenheiro Civil Pleno, pois a obra de
Belém exige experiência prévia com fundações em solo mole.

Cordialmente,
Débora Lins
Recursos Humanos - Construtora Marajó
""", rej=True, kind="rejection/after-interview", lang=PT,
  company="Construtora Marajó", role="Engenheiro Civil Pleno", cn="Débora Lins",
  ce="debora.lins@construtoramarajo.example")

M("AB", ("Seleção Escola Ipê Amarelo", "selecao@ipeamarelo.example"),
  "Resultado - Professora de Educação Infantil",
  """
Prezada senhora Ana Beatriz Lacerda,

Agradecemos a aula demonstrativa realizada na última quarta-feira. Informamos que a senhora não
foi aprovada na etapa de entrevista para a vaga de Professora de Educação Infantil.

Desejamos êxito em seus próximos desafios.

Coordenação Pedagógica
Escola Ipê Amarelo
""", rej=True, kind="rejection/after-interview", lang=PT, fmt="alt", cs="iso-8859-1",
  company="Escola Ipê Amarelo", role="Professora de Educação Infantil")

M("IN", ("Rui Antunes", "rui@oficina-tejo.example"),
  "Design de interiores",
  """
Inês,

Não vai ser possível seguir contigo para o lugar de designer. Gostámos muito do teu trabalho,
mas precisamos de alguém com carta de condução para visitar obras.

Um abraço,
Rui - Oficina Tejo
""", rej=True, kind="rejection/short", lang=PT, company="Oficina Tejo", role="designer",
  cn="Rui Antunes", ce="rui@oficina-tejo.example")

M("RA", ("People Ops | Rota Log", "people@rotalog.example"),
  "Sobre a vaga de Analista de Dados",
  """
Oi, Rafael.

Queremos ser transparentes com você: a diretoria decidiu congelar novas contratações até o
próximo trimestre. Com isso, a vaga de Analista de Dados foi suspensa e encerramos o processo
para todas as pessoas candidatas.

Pedimos desculpas por não trazer outra resposta depois de tanto empenho seu.

People Ops
Rota Log
""", rej=True, kind="rejection/hiring-freeze", lang=PT, fmt="alt", company="Rota Log",
  role="Analista de Dados")

M("IN", ("Helena Duarte", "helena.duarte@cooplusa.example"),
  "Chefe de Equipa - Logística",
  """
Olá Inês,

Como falámos ao telefone, confirmo por escrito: optámos por uma promoção interna para a chefia
de equipa da logística. O colega escolhido está no armazém há seis anos.

Foi uma decisão difícil e quero agradecer-lhe a disponibilidade para as duas entrevistas.

Helena Duarte
Diretora de Operações, CoopLusa
""", rej=True, kind="rejection/internal-promotion", lang=PT, fmt="alt", enc="qp",
  company="CoopLusa", role="Chefe de Equipa", cn="Helena Duarte",
  ce="helena.duarte@cooplusa.example")

M("AB", ("Gupy", "naoresponda@gupy.example"),
  "Editora Paineira | Revisora de Textos",
  """
Oi, Ana Beatriz! Tudo bem?

Passamos aqui para atualizar você sobre o processo de Revisora de Textos na Editora Paineira.

Escolhemos uma pessoa cujo perfil corresponde mais de perto ao que a função exige hoje, e por
isso a sua jornada neste processo se encerra aqui.

Ficamos muito felizes com a sua participação!

Time Editora Paineira

Para sair desta lista: https://editorapaineira.gupy.example/unsubscribe?c=8812
""", rej=True, kind="rejection/ats-relay", lang=PT, fmt="html",
  company="Editora Paineira", role="Revisora de Textos")

M("RA", ("Lucas", "lucas@cafe-grao.example"),
  "barista",
  """
Rafa, desta vez não rolou, escolhemos outra pessoa pro balcão. Valeu demais por ter vindo!
Lucas - Café Grão
""", rej=True, kind="rejection/short", lang=PT, company="Café Grão", role=None, cn="Lucas",
  ce="lucas@cafe-grao.example")

M("IN", ("Júri do Procedimento Concursal - Câmara Municipal de Vila Seca", "rh@cm-vilaseca.example"),
  "Procedimento concursal - Técnico Superior (Ambiente) - lista de resultados",
  """
Exma. Senhora,

Informa-se que, na sequência da aplicação do método de seleção Prova de Conhecimentos, a
candidata Inês Magalhães obteve classificação inferior a 9,5 valores, sendo considerada não
apta e, consequentemente, excluída do procedimento concursal para Técnico Superior (Ambiente).

A lista unitária encontra-se afixada nas instalações e publicada na página eletrónica do
município.

O Júri
Câmara Municipal de Vila Seca
""", rej=True, kind="rejection/public-institution", lang=PT, cs="iso-8859-1",
  company="Câmara Municipal de Vila Seca", role="Técnico Superior (Ambiente)")

M("AB", ("Carla Menezes", "carla@estudiocobogo.example"),
  "Arquiteta júnior - ficou entre as duas!",
  """
Ana, oi!

Você ficou entre as duas finalistas para arquiteta júnior e isso já diz muito. No fim, ficamos
com a outra candidata, que mora em Recife e poderia acompanhar as obras no dia a dia.

Adorei conhecer seu portfólio. Vamos manter contato?

Carla Menezes
Estúdio Cobogó
""", rej=True, kind="rejection/after-interview", lang=PT, fmt="alt", company="Estúdio Cobogó",
  role="arquiteta júnior", cn="Carla Menezes", ce="carla@estudiocobogo.example")

M("RA", ("noreply@talentflow.example", "noreply@talentflow.example"),
  "Seguros Atlântida - Processo Seletivo Atuário",
  """
Prezado(a) Rafael Tavares,

A Seguros Atlântida agradece seu interesse na vaga de Atuário Júnior.

Informamos que não iremos prosseguir com sua candidatura no momento.

Esta é uma mensagem automática, favor não responder.
Política de privacidade: https://segurosatlantida.example/privacidade
""", rej=True, kind="rejection/ats-template", lang=PT, fmt="alt", enc="qp",
  company="Seguros Atlântida", role="Atuário Júnior")

M("AB", ("Recrutamento Laboratório Vitalis", "recrutamento@labvitalis.example"),
  "Analista de Controle de Qualidade",
  """
Prezada Ana Beatriz,

Agradecemos seu interesse em integrar a equipe do Laboratório Vitalis.

Após análise, verificamos que seu currículo não atende aos pré-requisitos da vaga de Analista
de Controle de Qualidade, em especial o inglês avançado e o CRQ ativo.

Atenciosamente,
Recrutamento Laboratório Vitalis
""", rej=True, kind="rejection/requirements", lang=PT, company="Laboratório Vitalis",
  role="Analista de Controle de Qualidade")

M("RA", ("Marina Okada", "marina.okada@softpampa.example"),
  "Tech Lead - retorno",
  """
Rafael, tudo certo?

Conversamos internamente depois da sua entrevista com o time. Você mandou muito bem na parte
técnica, mas para Tech Lead preferimos aguardar um perfil que já tenha liderado um time
formalmente.

Sei que não é o que você queria ouvir. Se um dia abrir uma vaga de Engenheiro Sênior, eu mesma
te chamo.

Marina Okada
Engineering Manager | SoftPampa
""", rej=True, kind="rejection/after-interview", lang=PT, fmt="alt", company="SoftPampa",
  role="Tech Lead", cn="Marina Okada", ce="marina.okada@softpampa.example")

M("AB", ("Gente e Cultura - Supermercados Boa Safra", "gente@boasafra.example"),
  "Fiscal de Caixa - banco de talentos",
  """
Olá, Ana Beatriz!

Seu currículo ficará registrado em nosso banco de talentos, mas, para a vaga de Fiscal de Caixa
da loja Jardim Botânico, não seguiremos com a sua candidatura.

Conheça outras oportunidades: https://trabalhe.boasafra.example/vagas

Gente e Cultura
Supermercados Boa Safra
""", rej=True, kind="rejection/after-application", lang=PT, fmt="html", enc="qp",
  company="Supermercados Boa Safra", role="Fiscal de Caixa",
  url="https://trabalhe.boasafra.example/vagas")

M("RA", ("Thiago Ramalho", "thiago@agenciabrisa.example"),
  "Redator - vaga",
  """
E aí, Rafael!

Vou direto ao ponto porque sei que você está esperando: não vamos te oferecer a vaga de
redator. O teste ficou legal, mas o cliente principal é de moda e a gente precisa de alguém
com esse repertório.

Valeu pela paciência com o processo longo.

Thiago
Agência Brisa
""", rej=True, kind="rejection/after-assessment", lang=PT, company="Agência Brisa",
  role="redator", cn="Thiago Ramalho", ce="thiago@agenciabrisa.example")

M("IN", ("Gabinete de Pessoas - Hospital de São Brás do Vouga", "recrutamento@hsbvouga.example"),
  "Enfermeiro/a - Serviço de Urgência",
  """
Cara Inês Magalhães,

Agradecemos a sua candidatura e a entrevista realizada no dia 4.

Informamos que concluímos o processo de recrutamento para Enfermeiro/a do Serviço de Urgência e
a escolha recaiu sobre outro candidato.

Poderá consultar futuras ofertas em https://www.hsbvouga.example/recrutamento

Com os melhores cumprimentos,
Gabinete de Pessoas
""", rej=True, kind="rejection/after-interview", lang=PT, fmt="alt", cs="iso-8859-1", enc="qp",
  company="Hospital de São Brás do Vouga", role="Enfermeiro/a do Serviço de Urgência",
  url="https://www.hsbvouga.example/recrutamento")

M("AB", ("Catho", "avisos@catho.example"),
  "Status atualizado: Assistente Financeiro",
  """
Ana Beatriz, seu status mudou

Vaga: Assistente Financeiro
Empresa: Distribuidora Aroeira

Status: Processo encerrado para esta vaga - candidatura não selecionada

Não desanime! Você pode ver quem está contratando agora.

https://www.catho.example/vagas/?origem=status_encerrado&trk=112
Descadastrar: https://www.catho.example/descadastrar?e=ab12
""", rej=True, kind="rejection/ats-relay", lang=PT, fmt="alt",
  company="Distribuidora Aroeira", role="Assistente Financeiro")

M("IN", ("Patrícia Faria", "patricia.faria@castanhadigital.example"),
  "Candidatura Marketing Manager",
  """
Olá Inês, tudo bem?

Antes de mais, obrigada pelo tempo que dedicaste ao nosso processo: foram três conversas e um
exercício, e sabemos que isso pesa.

A Castanha Digital está numa fase de muita mudança: acabámos de fechar uma ronda de
investimento e vamos abrir escritório em Madrid em setembro, por isso o perfil que procuramos
foi mudando ao longo das semanas.

Foi precisamente isso que decidiu: para Marketing Manager vamos avançar com alguém que já
lançou marcas em Espanha, e por isso não te vamos fazer proposta.

Um beijinho e muita sorte,
Patrícia Faria
Cofundadora, Castanha Digital
""", rej=True, kind="rejection/long-news-first", lang=PT, fmt="alt",
  company="Castanha Digital", role="Marketing Manager", cn="Patrícia Faria",
  ce="patricia.faria@castanhadigital.example")

# ---- Portuguese look-alikes ----------------------------------------------------------------

M("AB", ("Gupy", "naoresponda@gupy.example"),
  "Recebemos sua candidatura - Farmácias Jequitibá",
  """
Olá, Ana Beatriz!

Sua candidatura para a vaga de Analista de Trade Marketing foi recebida com sucesso.

Infelizmente não conseguimos dar retorno individual a todas as pessoas na etapa de triagem,
mas você pode acompanhar o status a qualquer momento pelo portal.

Boa sorte!
Time de Atração - Farmácias Jequitibá

https://farmaciasjequitiba.gupy.example/candidato/minhas-candidaturas?tk=11b
""", rej=False, kind="lookalike/application-received", lang=PT, fmt="alt",
  company="Farmácias Jequitibá", role="Analista de Trade Marketing")

M("RA", ("Débora Lins", "debora.lins@construtoramarajo.example"),
  "Convite para entrevista técnica",
  """
Prezado Rafael,

Seu currículo foi aprovado na triagem para Engenheiro Civil Pleno. Gostaríamos de convidá-lo
para uma entrevista técnica na quinta-feira, às 14h, em nosso escritório de Belém.

Por favor, confirme sua presença respondendo a este e-mail.

Débora Lins
Construtora Marajó
""", rej=False, kind="lookalike/interview-invitation", lang=PT, company="Construtora Marajó",
  role="Engenheiro Civil Pleno", cn="Débora Lins", ce="debora.lins@construtoramarajo.example")

M("IN", ("Recrutamento Nortalento", "testes@nortalento.example"),
  "Teste de competências - prazo de 5 dias",
  """
Cara Inês,

No seguimento da sua candidatura, pedimos-lhe que realize o teste de raciocínio e o
questionário de personalidade até sexta-feira:

https://nortalento.example/avaliacao/iniciar?id=IM-4410

O teste demora cerca de 40 minutos. Não é possível interromper depois de começar.

Equipa Nortalento
""", rej=False, kind="lookalike/assessment-invitation", lang=PT, fmt="alt", cs="iso-8859-1",
  company=None, role=None)

M("RA", ("Marina Okada", "marina.okada@softpampa.example"),
  "Proposta - Engenheiro de Software Sênior",
  """
Rafael!

Como prometi, te chamei: temos uma vaga de Engenheiro de Software Sênior e o time quer muito
você. Segue em anexo a proposta com salário, benefícios e data de início sugerida.

Sei que o Tech Lead não deu certo, mas acho que esse papel combina ainda mais com você.

Me responde até quarta?
Marina Okada
SoftPampa
""", rej=False, kind="lookalike/offer", lang=PT, fmt="alt", company="SoftPampa",
  role="Engenheiro de Software Sênior", cn="Marina Okada", ce="marina.okada@softpampa.example")

M("AB", ("Admissão Hospital Santa Luzia", "admissao@hsantaluzia.example"),
  "Documentação pendente para admissão",
  """
Prezada Ana Beatriz,

Para darmos continuidade à sua admissão, ainda faltam os seguintes documentos:

- Carteira do COREN atualizada
- Comprovante de residência recente
- Cartão de vacinação (hepatite B)

Infelizmente não conseguiremos agendar o exame admissional sem eles.

Setor de Admissão
""", rej=False, kind="lookalike/documents-needed", lang=PT, fmt="html",
  company="Hospital Santa Luzia", role=None)

M("IN", ("Patrícia Faria", "patricia.faria@castanhadigital.example"),
  "Mudar a nossa conversa de amanhã",
  """
Olá Inês,

Infelizmente tenho de adiar a nossa conversa de amanhã: surgiu uma reunião com investidores
que não consigo mudar. Podemos passar para segunda às 11h?

Peço desculpa pelo transtorno.

Patrícia
Castanha Digital
""", rej=False, kind="lookalike/reschedule", lang=PT, company="Castanha Digital",
  role=None, cn="Patrícia", ce="patricia.faria@castanhadigital.example")

M("AB", ("Fernando Queiroz", "fernando.queiroz@lacerdaconsultoria.example"),
  "Candidata de Analista Contábil - reprovada",
  """
Ana,

Fechamos a avaliação da Priscila Nunes para Analista Contábil: ela foi reprovada no teste
técnico e não vai seguir. Como você conduziu a entrevista, pode mandar o retorno para ela ainda
hoje?

A outra finalista, a Camila, segue para a conversa com a diretoria.

Fernando
""", rej=False, kind="lookalike/manager-to-interviewer", lang=PT, company=None,
  role="Analista Contábil", cn="Fernando", ce="fernando.queiroz@lacerdaconsultoria.example")

M("RA", ("Bruno Castilho", "bruno.castilho@correio.example"),
  "não passei :/",
  """
Rafa,

Recebi o e-mail da Fintech Boreal hoje: não vou seguir no processo, escolheram outra pessoa.
Depois do case e tudo...

Bora tomar uma cerveja no sábado? Preciso desabafar.

Bruno
""", rej=False, kind="lookalike/friend-own-rejection", lang=PT, company=None, role=None,
  cn="Bruno Castilho", ce="bruno.castilho@correio.example")

M("AB", ("Imobiliária Jardins", "locacao@imobjardins.example"),
  "Ficha cadastral - apartamento Rua Augusta",
  """
Olá, Ana Beatriz.

Informamos que a sua ficha cadastral para o apartamento da Rua Augusta, 1200, não foi aprovada
pelo proprietário, que optou por outro interessado com fiador na cidade.

Temos outros imóveis na região; quer agendar uma visita?

Imobiliária Jardins
""", rej=False, kind="lookalike/flat-rejection", lang=PT, fmt="alt", company=None, role=None)

M("RA", ("Banco Cerrado", "naoresponda@bancocerrado.example"),
  "Sua solicitação de empréstimo",
  """
Olá, Rafael.

Analisamos sua solicitação de empréstimo pessoal e, neste momento, não foi possível aprovar o
crédito. Você poderá fazer uma nova simulação em 30 dias.

Esta é uma mensagem automática.
""", rej=False, kind="lookalike/loan-rejection", lang=PT, fmt="html", enc="qp",
  company=None, role=None)

M("IN", ("Secretaria de Mestrados", "mestrados@escolagestao.example"),
  "Candidatura ao Mestrado em Gestão - 2.ª fase",
  """
Cara Inês,

Lamentamos informar que a tua candidatura ao Mestrado em Gestão (2.ª fase) não foi admitida,
dado o número limitado de vagas. Poderás candidatar-te novamente na 3.ª fase.

Secretaria de Mestrados
Escola de Gestão do Porto Atlântico
""", rej=False, kind="lookalike/school-rejection", lang=PT, cs="iso-8859-1", enc="qp",
  company=None, role=None)

M("AB", ("Revista Brasileira de Estudos Urbanos", "editoria@rbeu.example"),
  "Decisão editorial - manuscrito RBEU-0417",
  """
Prezada Dra. Lacerda,

Agradecemos a submissão do artigo "Mobilidade ativa em cidades médias". Após avaliação às
cegas, os pareceristas recomendaram a rejeição do manuscrito. Os pareceres seguem anexos.

Cordialmente,
Editoria RBEU
""", rej=False, kind="lookalike/paper-rejection", lang=PT, company=None, role=None)

M("IN", ("Fundação para a Investigação Científica", "bolsas@fic-pt.example"),
  "Concurso de Bolsas de Doutoramento - resultado",
  """
Exma. Senhora,

Informamos que a candidatura apresentada ao Concurso de Bolsas de Doutoramento não foi
selecionada para financiamento, tendo obtido a classificação de 3,9 valores.

Pode pronunciar-se em audiência prévia no prazo de 10 dias úteis.

Fundação para a Investigação Científica
""", rej=False, kind="lookalike/grant-rejection", lang=PT, fmt="alt", company=None, role=None)

M("RA", ("Consulado Geral de Nordia", "vistos@consulado-nordia.example"),
  "Pedido de visto - decisão",
  """
Prezado senhor Rafael Tavares,

Informamos que o seu pedido de visto de estudante foi indeferido, por insuficiência de
comprovação de meios de subsistência. O passaporte está disponível para retirada.

Consulado Geral de Nordia
""", rej=False, kind="lookalike/visa-rejection", lang=PT, cs="iso-8859-1", company=None, role=None)

M("AB", ("Ingressos Sonoros", "contato@ingressossonoros.example"),
  "Lista de espera: não foi dessa vez",
  """
Oi, Ana Beatriz!

Infelizmente os ingressos para o show de sábado esgotaram antes de chegar a sua vez na lista de
espera. Seu pedido foi cancelado e nenhum valor foi cobrado.

Descadastrar: https://ingressossonoros.example/descadastrar?u=ab77
""", rej=False, kind="lookalike/tickets", lang=PT, fmt="html", company=None, role=None)

M("RA", ("Carreira Turbinada", "news@carreiraturbinada.example"),
  "Newsletter: 7 frases que recrutadores usam para dizer não",
  """
Carreira Turbinada #54

"Optamos por seguir com outros candidatos", "seu perfil não está aderente", "o processo foi
encerrado"... Nesta edição, traduzimos as frases mais comuns dos e-mails de recusa e mostramos
como responder a cada uma.

Mais: como pedir feedback sem parecer chato.

Ler no navegador: https://carreiraturbinada.example/edicao/54?utm_source=news
Cancelar inscrição: https://carreiraturbinada.example/unsubscribe?id=ra
""", rej=False, kind="lookalike/newsletter", lang=PT, fmt="alt", enc="qp",
  company=None, role=None)

M("IN", ("Tiago Pereira", "tiago@lumen-apps.example"),
  "Re: Desistência da candidatura",
  """
Olá Inês,

Claro, fica registado que retiras a tua candidatura para Backend Developer. Percebo
perfeitamente que tenhas aceitado a outra proposta, parabéns!

Se um dia quiseres voltar a falar, estamos cá.

Tiago
Lumen Apps
""", rej=False, kind="lookalike/owner-withdrew", lang=PT, company="Lumen Apps",
  role="Backend Developer", cn="Tiago Pereira", ce="tiago@lumen-apps.example")

M("AB", ("LinkedIn", "vagas-noreply@linkedin.example"),
  "Novas vagas para Pesquisadora UX em São Paulo",
  """
Ana Beatriz, encontramos 9 vagas que combinam com você

- UX Researcher - Nuvem Clara - São Paulo
- Pesquisadora de Produto - Banco Cerrado - remoto
- UX Writer - Moda Caju - híbrido

Ver todas: https://www.linkedin.example/comm/jobs/search?trk=eml-alert-ab
Cancelar alertas: https://www.linkedin.example/e/unsub?midToken=AQ77
""", rej=False, kind="lookalike/job-alert", lang=PT, fmt="alt", company=None, role=None)

M("RA", ("Atração de Talentos | Grupo Sabiá Alimentos", "talentos@gruposabia.example"),
  "Programa de Trainee: prazo estendido",
  """
Olá, Rafael!

O resultado da etapa de painéis do Programa de Trainee 2024 vai sair com uma semana de atraso.
Você continua no processo e não precisa fazer nada por enquanto.

Infelizmente o volume de candidaturas foi maior do que prevíamos. Obrigado pela paciência!

Equipe de Atração de Talentos
""", rej=False, kind="lookalike/delay", lang=PT, fmt="alt", company="Grupo Sabiá Alimentos",
  role="Programa de Trainee 2024")

M("IN", ("Recursos Humanos - Metro do Mondego", "rh@metromondego.example"),
  "Convocatória para entrevista de seleção",
  """
Exma. Senhora Inês Magalhães,

Informamos que a sua candidatura ao lugar de Técnica de Planeamento foi admitida à fase de
entrevista. Solicitamos a sua comparência no dia 22, às 10h30, na sede da empresa.

Com os melhores cumprimentos,
Direção de Recursos Humanos
""", rej=False, kind="lookalike/next-stage", lang=PT, cs="iso-8859-1", enc="qp",
  company="Metro do Mondego", role="Técnica de Planeamento")

M("AB", ("Compras Supermercados Boa Safra", "compras@boasafra.example"),
  "Cotação de embalagens - resultado",
  """
Prezada Ana Beatriz,

Agradecemos o envio da proposta comercial de embalagens biodegradáveis. Após análise, optamos
por seguir com outro fornecedor nesta concorrência, em razão do prazo de entrega.

Departamento de Compras
""", rej=False, kind="lookalike/supplier-bid", lang=PT, company=None, role=None)

M("RA", ("Feira Livre Online", "pedidos@feiralivre.example"),
  "Seu pedido foi cancelado",
  """
Oi Rafael,

Infelizmente o vendedor não aceitou sua contraproposta para "Bicicleta aro 29 usada" e o pedido
foi cancelado. O valor reservado no cartão será estornado em até 5 dias úteis.

https://feiralivre.example/pedidos/88120?origem=email
""", rej=False, kind="lookalike/marketplace", lang=PT, fmt="html", enc="qp",
  company=None, role=None)


if __name__ == "__main__":
    sys.exit(main())
