"""dev7/es: a seventh independent Spanish author set written for frequency and precision (122 rejections in the
template phrasings real senders use most, plus rarer registers; 60 hard look-alikes; 20 ordinary mails), then the
constructions tuned on it, reworded.

Every labelled message must be classified as labelled, except the known misses below (strict xfails: when one
starts passing, the list must be updated). Then each new or widened Spanish family is tested as a class, with
reworded sentences that are in no corpus: rejections that must be found, and near look-alikes that must not
(the adversarial ones of the round-7 precision audit among them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import check_labelled, corpus_cases, found, mail

KNOWN_MISSES = {
    ("es", "0091.eml"): "no job word at all: 'tu solicitud (Ref. 77-ADM)' and 'la persona elegida tiene un perfil más "
                        "técnico' name neither a job nor a role",
}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev7", ("es",), KNOWN_MISSES))
def test_dev7_es_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)


SENDER = "Inmaculada Arroyo <inmaculada.arroyo@conservas-ria.example>"

# Rejections, two or three per new or widened construction, reworded (usted and tú, Spain and Latin America).
REJECTIONS = [
    # not selected: a clitic before the auxiliary, or "sido / resultado" after it
    ("Administrativo", "Hola Sam, lamentablemente no te hemos seleccionado para el puesto de administrativo."),
    ("Técnico de laboratorio", "Estimado Sam: gracias por su interés. Le escribimos para decirle que no ha resultado "
                               "seleccionado en el proceso de técnico de laboratorio."),
    # the CV / hoja de vida / currículum discarded
    ("Mesero", "Hola Sam, tu hoja de vida fue descartada para la vacante de mesero."),
    ("Analista", "Estimado Sam: su currículum ha sido descartado para el cargo de analista."),
    # a board proposing someone else's appointment or hiring
    ("Plaza de archivero", "Estimado Sam: el tribunal ha propuesto el nombramiento de otra aspirante para la plaza de "
                           "archivero."),
    ("Técnico", "Estimado Sam: la comisión acordó la contratación de otro candidato para el puesto de técnico."),
    # someone else named informally (chico / chica / muchacha)
    ("Camarero", "Hola Sam, al final nos hemos quedado con otro chico para el puesto de camarero."),
    ("Cajera", "Hola Sam, gracias por tu interés: nos quedamos con otra muchacha para la vacante de cajera."),
    # job words: somebody with more experience; the reader no longer in the process
    ("Cocina", "Hola Sam, gracias por tu interés. Nos hemos decantado por alguien con más rodaje en cocina."),
    ("Prueba", "Hola Sam, gracias por hacer la prueba. El jefe de cocina ha decidido que no sigues en el proceso."),
    ("Ilustración", "Hola Sam, gracias por el portfolio. Esta vez no va a poder ser, nos hemos ido a por alguien con "
                    "más experiencia en ilustración."),
    # public lists: shown as excluded, eliminated, below the minimum, not proposed
    ("Lista provisional", "Estimado Sam: según la lista provisional, figura usted como excluido del proceso de "
                          "auxiliar de biblioteca."),
    ("Bolsa", "Hola Sam: tras revisar la documentación de la bolsa de trabajo de cocina, apareces como excluida."),
    ("Bombero", "Estimado Sam: al no superar el segundo ejercicio, queda usted eliminado del proceso selectivo de "
                "bombero."),
    ("Monitores", "Hola Sam, has quedado eliminada de la convocatoria de monitores."),
    ("Conserje", "Estimado Sam: no ha obtenido la puntuación mínima exigida en la prueba de la plaza de conserje."),
    ("Monitor", "Hola Sam, no conseguiste la nota de corte requerida para el puesto de monitor."),
    ("Archivo", "Estimado Sam: no ha sido propuesto para ocupar la plaza de técnico de archivo."),
    ("Convocatoria", "Estimada Sam: le comunicamos que no consta entre las personas seleccionadas en la convocatoria "
                     "de contratos de técnico de apoyo."),
    # the post already filled, said with "tener"
    ("Ayudante", "Hola Sam, gracias por tu CV, pero ya tenemos la plaza de ayudante cubierta."),
    ("Tu candidatura", "Estimado Sam: agradecemos su candidatura; ya tenemos cubierto el puesto de conductor."),
    # present tense of choosing, said to the reader
    ("Camarero", "Hola Sam, al final no te cogemos para el puesto de camarero, lo siento."),
    ("Repartidor", "Hola Sam, no te escogemos esta vez para el puesto de repartidor."),
    # an ATS status line with a long role name before it
    ("Estado", "Estimado Sam: el estado de su candidatura para Técnico de Mantenimiento Industrial (R-44B, turno "
               "de noche) ha cambiado a: no seleccionado."),
    # the application will not go on (third person, with the process)
    ("Postulación", "Estimado Sam: su postulación no seguirá en curso."),
    ("Candidatura", "Estimado Sam: su candidatura no continuará en el proceso de selección."),
    # a past participle of going on with others; admitted to the next stage; a post "provisto"; a fit in the perfect
    ("Tu candidatura", "Hola Sam: gracias por tu tiempo. Esta vez hemos continuado con otras candidatas para el rol."),
    ("Tu postulación", "Estimado Sam: su postulación no ha sido admitida para la próxima fase del proceso."),
    ("Tu postulación", "Estimado Sam: le comunicamos que el cargo de asistente ya fue provisto."),
    ("Tu postulación", "Hola Sam: la vacante de bodeguero ha sido provista con otra persona."),
    ("Tu candidatura", "Hola Sam: tu perfil no ha encajado con lo que el equipo necesitaba para el puesto."),
    ("Tu candidatura", "Estimado Sam: su candidatura no ha resultado idónea para el puesto de contable."),
    ("Tu candidatura", "Hola Sam: gracias por presentarte. En esta ocasión no ha habido suerte con el puesto."),
    # still found after the precision audit narrowed their families (a concession, a clitic, a date, a "but")
    ("Tu candidatura", "Hola Sam: aunque tu perfil no encaja con este puesto, nos gustaría tenerte en cuenta para "
                       "futuras vacantes."),
    ("Tu candidatura", "Hola Sam: aunque en esta ocasión no vamos a seguir adelante con tu candidatura, nos ha "
                       "encantado conocerte."),
    ("Producto", "Hola Sam: te escribo con noticias del proceso: el cliente ha preferido otro perfil, así que cierro "
                 "tu candidatura."),
    ("Tu candidatura", "Hola Sam: lamentablemente no podemos ofrecerte el puesto en este momento."),
    ("Tu candidatura", "Estimado Sam: hemos asignado la plaza a otra persona con más experiencia en el sector."),
    ("Tu candidatura", "Hola Sam: hemos cerrado el proceso sin contar con tu candidatura, lo siento."),
    ("Tu candidatura", "Estimado Sam: lamentamos comunicarle que su candidatura ha quedado cerrada en este proceso."),
]

# Look-alikes, reworded, that share the vocabulary: delays, conditions, rules for everyone, the reader's own
# withdrawal, the hiring side, offers, rescheduling, a colleague's diary, negated decisions.
LOOKALIKES = [
    # a condition or a silence, not a decision
    ("Tu candidatura", "Hola Sam: si no has sido contactado en dos semanas, podrás dar por hecho que no has sido "
                       "seleccionado para el puesto."),
    ("Documentación", "Estimado Sam: en caso de no completarla antes del lunes, su candidatura al puesto no podrá "
                      "continuar en el proceso."),
    ("Disponibilidad", "Hola Sam: si no pudieras incorporarte en enero, no podríamos seguir adelante con tu "
                       "candidatura."),
    ("Siguiente fase", "Hola Sam: no pasarás a la entrevista final hasta que completes la prueba técnica del puesto."),
    # nothing decided yet, or a negated decision
    ("Tu candidatura", "Hola Sam: aún no hemos decidido nada sobre el puesto y tu candidatura sigue en valoración."),
    ("Proceso", "Hola Sam: no es que hayamos elegido a otra persona; el puesto sigue abierto y tu candidatura "
                "también."),
    ("Tu candidatura", "Hola Sam: la plaza no se ha cubierto todavía y tu candidatura sigue entre las favoritas."),
    ("Tu candidatura", "Hola Sam: ¡no te han descartado! Tu candidatura para el puesto sigue en proceso."),
    ("Tu candidatura", "Hola Sam: tranquilo, no ha pasado nada con tu candidatura para el puesto, solo un retraso."),
    ("Entrevista", "Hola Sam: no han pasado ni tres días desde tu entrevista para el puesto; te escribimos pronto."),
    # a rule for all candidates, a general remark
    ("Prueba", "Hola Sam: los candidatos que no completen la prueba no continuarán en el proceso; tú ya la has hecho."),
    ("Resumen", "Hola Sam: recuerda que las empresas que no seleccionan tu candidatura no siempre avisan."),
    # the reader withdraws or declines
    ("Re: retirada", "Hola Sam: lamentamos que hayas decidido retirar tu candidatura al puesto de analista."),
    ("Baja", "Estimado Sam: hemos recibido su solicitud de no continuar en el proceso; su candidatura ha quedado "
             "retirada."),
    # the reader on the hiring side
    ("Candidatos", "Hola Sam: como responsable del puesto, te cuento que hemos decidido no continuar con Pedro Gil; "
                   "ya les he enviado la carta de rechazo a los demás."),
    # the reader chosen, with others
    ("Fase final", "Hola Sam: has sido seleccionado junto a otros candidatos para la entrevista final del puesto."),
    ("Fase final", "Hola Sam: estás convocada, al igual que otras dos candidatas, a la última entrevista del puesto."),
    # process work going on, a meeting, a reschedule, an offer with a "but"
    ("Proceso", "Hola Sam: esta semana vamos a seguir entrevistando a otros candidatos para el puesto y el viernes "
                "te decimos algo."),
    ("Entrevista", "Hola Sam: quedamos el martes a las 10 con otra persona del equipo para tu entrevista."),
    ("Incorporación", "Hola Sam: no podemos incorporarte el lunes como habíamos hablado; ¿te va bien el miércoles "
                      "para empezar en el puesto?"),
    ("Propuesta", "Hola Sam: de momento no te podemos ofrecer un contrato indefinido, pero sí uno temporal para el "
                  "puesto."),
    ("Tu candidatura", "Hola Sam: no dudes en seguir adelante con tu candidatura; el plazo sigue abierto."),
    ("Tu candidatura", "Hola Sam: no te preocupes, estás entre los finalistas para el puesto."),
    ("Vacante", "Hola Sam: la vacante ha quedado cerrada a nuevas candidaturas; la tuya ya está en revisión."),
    # a colleague, not a candidate
    ("Equipo", "Hola equipo: Marta no seguirá con nosotros a partir de enero; cubriremos su puesto internamente."),
    ("Turnos", "Hola Sam: como estarás de vacaciones, no podremos contar contigo para cubrir el puesto de recepción "
               "el viernes."),
    # the reader among the chosen, an interview with someone else, the reader joining, a concession, a referral
    ("Entrevista final", "Hola Sam: hemos decidido invitar a la entrevista final a ti y a otro candidato del proceso."),
    ("Enhorabuena", "Hola Sam: la comisión ha acordado la contratación de dos personas para el puesto: tú y otra "
                    "candidata de Sevilla."),
    ("Entrevista", "Hola Sam: te hemos asignado a otra persona del equipo de RRHH para tu entrevista del jueves."),
    ("Entrevista", "Hola Sam: decidimos que también harás una entrevista con otra persona del equipo antes de la "
                   "oferta."),
    ("Bienvenida", "Hola Sam: para tu primera semana en el puesto hemos contratado a una persona que te acompañará en "
                   "la formación."),
    ("Tu candidatura", "Hola Sam: aunque no cumples todos los requisitos del puesto, queremos entrevistarte la semana "
                       "que viene."),
    ("Tu candidatura", "Hola Sam: aunque tu experiencia no encaja del todo con el puesto, nos gustaría conocerte "
                       "en una entrevista."),
    ("Referencia", "Hola Sam: hemos decidido no seguir adelante con el candidato que nos recomendaste para el "
                   "puesto."),
    # an interview panel, a missing test, a date, a submitted form, a salary
    ("Entrevista", "Hola Sam: tu entrevista será el lunes; el equipo de entrevistadores ya está completo."),
    ("Prueba", "Hola Sam: hemos terminado la ronda de entrevistas sin tu prueba técnica; envíala hoy para valorarla."),
    ("Entrevista", "Hola Sam: por un imprevisto no podremos seguir adelante el jueves con tu entrevista; ¿te va bien "
                   "el lunes?"),
    ("Candidatura enviada", "Hola Sam: tu candidatura ha quedado cerrada y enviada al equipo de selección, que la "
                            "revisará esta semana."),
    ("Oferta", "Hola Sam: nos encantaría que te unieras, pero no podemos ofrecerte el puesto por más de 30.000 euros; "
               "¿lo hablamos?"),
    # negated or postponed decisions, a reveal that the reader is the one
    ("Tu candidatura", "Hola Sam: tu candidatura no será tenida en cuenta hasta que subas el CV actualizado al "
                       "portal."),
    ("Puesto", "Hola Sam: ya hemos encontrado a la persona ideal para el puesto: ¡tú! Te llamamos mañana."),
    ("Oferta", "Hola Sam: otros candidatos tenían más experiencia, pero tú encajas mejor con el equipo."),
    ("Tu candidatura", "Hola Sam: no te hemos descartado; simplemente el responsable del puesto está de viaje."),
    ("Puesto", "Hola Sam: no se ha cubierto el puesto y seguimos contando con tu candidatura para la última fase."),
    ("Tu candidatura", "Hola Sam: no vamos a cerrar tu candidatura: el cliente quiere volver a verte."),
    ("Tu candidatura", "Hola Sam: te escribo para decirte que no, todavía no tenemos respuesta del cliente sobre el "
                       "puesto."),
    ("Proceso", "Hola Sam: esta vez no hemos cerrado el proceso con otra persona, el puesto sigue abierto para ti."),
    # "provisto de" (equipped with), process work with others
    ("Tu puesto", "Hola Sam: tu puesto está provisto de ordenador portátil y teléfono desde el primer día."),
    ("Proceso", "Hola Sam: hemos seguido hablando con otros candidatos y el lunes te decimos algo sobre el puesto."),
    # not a job application
    ("Teletrabajo", "Hola Sam: tu solicitud de teletrabajo ha sido rechazada por el comité, ya que tu puesto requiere "
                    "presencia."),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_reworded_rejection_is_found(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=SENDER)), body


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES)
def test_reworded_lookalike_is_not_a_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=SENDER)), body
