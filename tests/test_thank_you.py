"""The thank_you plugin, end to end through the real command line.

Most tests feed hand-written rejections through a tiny loose classifier plugin ("labels") that
says which messages are rejections and what a perfect extraction would find, so these tests
measure the drafts, not the detector. The demo-mailbox test uses the real detector too.
"""

from __future__ import annotations

import email
import json
import mailbox
import os
import subprocess
import sys
import textwrap
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

LABELS_PLUGIN = '''\
import json
from pathlib import Path

from nextround.records import Verdict

LABELS = json.loads(Path(__file__).with_suffix(".json").read_text(encoding="utf-8"))


def nextround_classify(message):
    label = LABELS.get(message.message_id or "")
    if label is None:
        return None
    return Verdict(is_rejection=True, confidence=0.99, reasons=["test label"], **label)
'''

PLACEHOLDER_SIGNS = ("{{", "}}", "{%", "None", "  ", " .", " ,", "\n\n\n", "..", "()")


class Box:
    """A Maildir of test messages, the labels plugin and a config that uses both."""

    def __init__(self, tmp_path: Path, write_config) -> None:
        self.tmp = tmp_path
        self.maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
        self.plugins = tmp_path / "plugins"
        self.plugins.mkdir(mode=0o755)
        self.labels: dict[str, dict] = {}
        self.drafts = tmp_path / "Drafts"
        self._write_config = write_config

    def add(self, *, sender: str, subject: str, body: str, label: dict | None = None, cc: str = "",
            day: int = 10, **headers: str) -> str:
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = "Sam Rivera <sam@example.net>"
        if cc:
            msg["Cc"] = cc
        msg["Subject"] = subject
        msg["Date"] = format_datetime(__import__("datetime").datetime(2026, 9, day, 10, 0).astimezone())
        msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip(">"))
        for name, value in headers.items():
            msg[name.replace("_", "-")] = value
        msg.set_content(textwrap.dedent(body).strip() + "\n")
        self.maildir.add(msg.as_bytes())
        if label is not None:
            self.labels[msg["Message-ID"]] = {"careers_url": None, **label}
        return msg["Message-ID"]

    def add_raw(self, raw: bytes, message_id: str, label: dict) -> None:
        self.maildir.add(raw)
        self.labels[message_id] = {"careers_url": None, **label}

    def config(self, extra: str = "") -> Path:
        (self.plugins / "labels.py").write_text(LABELS_PLUGIN, encoding="utf-8")
        (self.plugins / "labels.json").write_text(json.dumps(self.labels), encoding="utf-8")
        return self._write_config(
            f'[plugins]\nenabled = ["thank_you", "labels"]\npaths = ["{self.plugins}"]\n'
            f'[plugins.thank_you]\nmaildir_path = "{self.drafts}"\n{extra}', maildir=Path(self.maildir._path))

    def read_drafts(self) -> list[email.message.EmailMessage]:
        folder = self.drafts / "cur"
        files = sorted(folder.iterdir()) if folder.is_dir() else []
        return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in files]


@pytest.fixture
def box(tmp_path, write_config) -> Box:
    return Box(tmp_path, write_config)


def run_once(nextround, config: Path) -> subprocess.CompletedProcess[str]:
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


def addresses(msg: email.message.EmailMessage, header: str) -> list[str]:
    return [a.addr_spec for a in msg[header].addresses] if msg[header] else []


def assert_clean(text: str) -> None:
    for sign in PLACEHOLDER_SIGNS:
        assert sign not in text, f"{sign!r} in:\n{text}"


# --- one rejection per language --------------------------------------------------------------------
LANG_CASES = {
    "en": dict(
        sender="Dana Whitfield <dana.whitfield@northbeam.example>",
        subject="Your application for Platform Engineer",
        body="""\
            Hi Sam,

            Thank you for your interest in Northbeam and for the time you spent with us. After careful
            consideration we have decided to move forward with other candidates for the Platform Engineer role.

            We wish you all the best in your search.

            Best regards,
            Dana Whitfield
            Talent Partner, Northbeam""",
        label=dict(company="Northbeam", role="Platform Engineer", contact_name="Dana Whitfield",
                   contact_email="dana.whitfield@northbeam.example", lang="en"),
        expect=["Dear Dana,", "Platform Engineer", "Northbeam", "disappointed", "got in touch",
                "what could I have done better", "another open role at Northbeam"],
        never=[]),
    "de": dict(
        sender="Jonas Becker <jonas.becker@rheinwerk.example>",
        subject="Ihre Bewerbung als Backend-Entwickler",
        body="""\
            Sehr geehrter Herr Rivera,

            vielen Dank für Ihre Bewerbung als Backend-Entwickler und Ihr Interesse an der Rheinwerk Systems GmbH.
            Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.

            Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

            Mit freundlichen Grüßen
            Jonas Becker
            Personalabteilung""",
        label=dict(company="Rheinwerk Systems", role="Backend-Entwickler", contact_name="Jonas Becker",
                   contact_email="jonas.becker@rheinwerk.example", lang="de"),
        expect=["Guten Tag Jonas Becker,", "vielen Dank", "Sie", "Backend-Entwickler", "Rheinwerk Systems",
                "Herzliche Grüße", "Feedback", "offene Stelle"],
        never=[" du ", " dich ", " dein"]),
    "fr": dict(
        sender="Camille Rousseau <camille.rousseau@celeste.example>",
        subject="Votre candidature chez Céleste Data",
        body="""\
            Bonjour Sam,

            Nous vous remercions de l'intérêt que vous portez à Céleste Data et du temps consacré à votre
            candidature au poste d'Ingénieur Data. Nous sommes au regret de vous informer que nous ne donnerons
            pas suite à votre candidature.

            Nous vous souhaitons pleine réussite dans vos recherches.

            Bien cordialement,
            Camille Rousseau
            Chargée de recrutement""",
        label=dict(company="Céleste Data", role="Ingénieur Data", contact_name="Camille Rousseau",
                   contact_email="camille.rousseau@celeste.example", lang="fr"),
        expect=["Bonjour Camille,", "Merci", "votre", "d'Ingénieur Data", "Céleste Data", "Bien cordialement",
                "qu'aurais-je pu mieux faire"],
        never=[" tu ", " ton ", " toi"]),
    "es": dict(
        sender="Lucía Méndez <lucia.mendez@ondina.example>",
        subject="Tu candidatura en Ondina Tecnología",
        body="""\
            Hola Sam:

            Muchas gracias por tu interés en Ondina Tecnología y por el tiempo dedicado al proceso de selección
            para el puesto de Ingeniero de Datos. Lamentamos comunicarte que en esta ocasión hemos decidido
            continuar con otros perfiles.

            Te deseamos mucha suerte en tu búsqueda.

            Un saludo,
            Lucía Méndez""",
        label=dict(company="Ondina Tecnología", role="Ingeniero de Datos", contact_name="Lucía Méndez",
                   contact_email="lucia.mendez@ondina.example", lang="es"),
        expect=["Hola, Lucía:", "Muchas gracias por tu mensaje", "pensaras en mí", "Ingeniero de Datos",
                "Ondina Tecnología", "¿qué podría haber hecho mejor"],
        never=["usted", "su mensaje", "pensara en mí"]),
    "nl": dict(
        sender="Sanne de Vries <sanne.devries@polderdata.example>",
        subject="Je sollicitatie bij Polderdata",
        body="""\
            Hoi Sam,

            Bedankt voor je sollicitatie als Data Engineer en je interesse in Polderdata. We hebben je profiel
            zorgvuldig bekeken, maar hebben helaas besloten om met een andere kandidaat verder te gaan.

            We wensen je veel succes met je zoektocht.

            Groetjes,
            Sanne de Vries""",
        label=dict(company="Polderdata", role="Data Engineer", contact_name="Sanne de Vries",
                   contact_email="sanne.devries@polderdata.example", lang="nl"),
        expect=["Beste Sanne,", "Hartelijk dank voor je bericht", "Data Engineer", "Polderdata",
                "Hartelijke groet", "wat had ik beter kunnen doen"],
        never=[" uw ", " u "]),
    "pt": dict(
        sender="Ana Ribeiro <ana.ribeiro@marlim.example>",
        subject="Sua candidatura na Marlim Tecnologia",
        body="""\
            Prezado Sam,

            Agradecemos o seu interesse na Marlim Tecnologia e o tempo dedicado ao processo seletivo para a vaga
            de Engenheiro de Dados. Infelizmente, decidimos seguir com outros candidatos nesta etapa.

            Desejamos muito sucesso na sua trajetória.

            Atenciosamente,
            Ana Ribeiro""",
        label=dict(company="Marlim Tecnologia", role="Engenheiro de Dados", contact_name="Ana Ribeiro",
                   contact_email="ana.ribeiro@marlim.example", lang="pt"),
        expect=["Bom dia, Ana,", "Agradeço muito a sua mensagem", "Engenheiro de Dados", "na Marlim Tecnologia",
                "Atenciosamente", "o que eu poderia ter feito melhor"],
        never=["você", "Um abraço"]),
}


@pytest.mark.parametrize("lang", list(LANG_CASES))
def test_a_rejection_in_each_language_gets_both_drafts_in_that_language(lang, box, nextround):
    case = LANG_CASES[lang]
    rejection_id = box.add(sender=case["sender"], subject=case["subject"], body=case["body"], label=case["label"])
    config = box.config()
    run_once(nextround, config)

    drafts = box.read_drafts()
    assert len(drafts) == 2
    kinds = set()
    for draft in drafts:
        assert addresses(draft, "To") == [case["label"]["contact_email"]]
        assert draft["To"].addresses[0].display_name == case["label"]["contact_name"]
        assert addresses(draft, "From") == ["sam@example.net"]
        assert draft["In-Reply-To"] == rejection_id
        assert draft["References"].split()[-1] == rejection_id
        assert draft["Subject"] == f"Re: {case['subject']}"  # the author was on the rejection: same thread
        assert draft["Message-ID"].startswith("<nextround.")
        assert not draft.is_multipart() and draft.get_content_type() == "text/plain"
        body = draft.get_content()
        assert_clean(body)
        assert body.rstrip().endswith("Sam Rivera")
        for word in case["never"]:
            assert word not in body, (word, body)
        kinds.add("feedback" if "feedback" in draft["Message-ID"] else "thank_you")
    assert kinds == {"thank_you", "feedback"}
    text = "\n".join(d.get_content() for d in drafts)
    for word in case["expect"]:
        assert word in text, (word, text)

    listing = nextround("drafts", config=config, check=True).stdout
    assert f"thank-you note draft to {case['label']['contact_name']}" in listing
    assert f"feedback request draft to {case['label']['contact_name']}" in listing
    assert str(box.drafts / "cur") in listing


REGISTER_CASES = {
    "de-du": ("de", "Hallo Sam,\n\nvielen Dank für deine Bewerbung. Leider haben wir uns für jemand anderen "
                    "entschieden. Wir wünschen dir alles Gute!\n\nViele Grüße\nMia Krause",
              ["Hallo Mia,", "deine Nachricht", "Wenn du ein paar Minuten Zeit hast", "Viele Grüße"],
              [" Sie ", "Ihre"]),
    "nl-u": ("nl", "Geachte heer Rivera,\n\nHartelijk dank voor uw sollicitatie. Helaas moeten wij u mededelen dat "
                   "wij voor een andere kandidaat hebben gekozen.\n\nMet vriendelijke groet,\nMia Krause",
             ["uw bericht", "Als u een paar minuten hebt", "Met vriendelijke groet"], [" je ", " jou"]),
    "pt-voce": ("pt", "Olá Sam,\n\nObrigada pelo seu interesse! Você fez um ótimo processo, mas decidimos seguir com "
                      "outra pessoa. Desejamos a você muito sucesso.\n\nUm abraço,\nMia Krause",
                ["Olá, Mia,", "Se você tiver alguns minutos", "Um abraço"], ["Atenciosamente", "Bom dia"]),
}


@pytest.mark.parametrize("case", list(REGISTER_CASES))
def test_the_drafts_use_the_form_of_address_the_rejection_used(case, box, nextround):
    lang, body, expect, never = REGISTER_CASES[case]
    box.add(sender="Mia Krause <mia@kiefer.example>", subject="Bewerbung / sollicitatie / candidatura", body=body,
            label=dict(company="Kiefer", role=None, contact_name="Mia Krause", contact_email="mia@kiefer.example",
                       lang=lang))
    run_once(nextround, box.config())
    text = "\n".join(d.get_content() for d in box.read_drafts())
    assert_clean(text)
    for word in expect:
        assert word in text, (word, text)
    for word in never:
        assert word not in text, (word, text)


# --- hostile input -------------------------------------------------------------------------------
def test_hostile_names_company_role_and_subject_inject_no_header(box, nextround):
    evil = "Evil\r\nBcc: x@y.example"
    # The rejection's display name and subject carry CR LF through RFC 2047 encoded words; the extracted
    # company, role and contact name carry them raw. A Cc'd colleague gets a draft with a subject of its own.
    raw = (b"From: =?utf-8?q?Evil=0D=0ABcc=3A_x=40y=2Eexample?= <eve@evil.example>\r\n"
           b"To: Sam Rivera <sam@example.net>\r\n"
           b"Cc: =?utf-8?q?Evil=0D=0ABcc=3A_x=40y=2Eexample?= <mallory@evil.example>\r\n"
           b"Subject: =?utf-8?q?Hello=0D=0ABcc=3A_x=40y=2Eexample?=\r\n"
           b"Date: Thu, 10 Sep 2026 10:00:00 +0000\r\n"
           b"Message-ID: <evil-1@evil.example>\r\n\r\n"
           b"Hi Sam, we decided to move forward with other candidates.\r\n\r\nBest regards,\r\nEve\r\n")
    box.add_raw(raw, "<evil-1@evil.example>", dict(company=evil, role=evil, contact_name=evil,
                                                    contact_email="eve@evil.example", lang="en"))
    run_once(nextround, box.config())
    drafts = box.read_drafts()
    # The name with "Bcc: x@y.example" in it is a name: nobody at x@y.example gets anything.
    assert sorted((d["Message-ID"].split(".")[1], addresses(d, "To")[0]) for d in drafts) == [
        ("feedback", "eve@evil.example"), ("thank_you", "eve@evil.example"), ("thank_you", "mallory@evil.example")]
    for draft in drafts:
        assert draft["Bcc"] is None and draft["Cc"] is None
        assert len(draft["To"].addresses) == 1
        for name, value in draft.items():
            assert "\n" not in value and "\r" not in value, (name, value)
        head = bytes(draft)[: bytes(draft).index(b"\n\n")]
        assert not any(line.lower().startswith(b"bcc") for line in head.splitlines())
    to_eve = next(d for d in drafts if addresses(d, "To") == ["eve@evil.example"])
    assert to_eve["Subject"] == "Re: Hello Bcc: x@y.example"  # the value is there, as harmless text


def test_text_from_the_mail_is_data_not_template_code(box, nextround):
    box.add(sender="Ada Byron <ada@engine.example>", subject="Your application", body="We went another way.",
            label=dict(company="{{ 7 * 7 }} Corp", role="{% for x in range(3) %}Data{% endfor %} Engineer",
                       contact_name="Ada {{ self }}", contact_email="ada@engine.example", lang="en"))
    run_once(nextround, box.config())
    text = "\n".join(d.get_content() for d in box.read_drafts())
    assert "{{ 7 * 7 }} Corp" in text and "49" not in text
    assert "{% for x in range(3) %}Data{% endfor %} Engineer" in text and "DataDataData" not in text


# --- who gets what --------------------------------------------------------------------------------
def test_an_unsigned_no_reply_rejection_gets_no_draft_and_a_note_why(box, nextround):
    box.add(sender="Northwind Analytics <no-reply@greenhouse.io>", subject="Regarding your application",
            body="Thank you for applying. We have decided to pursue other candidates.\n\nThe Recruiting Team",
            label=dict(company="Northwind Analytics", role="Data Engineer", contact_name=None, contact_email=None,
                       lang="en"))
    config = box.config()
    run_once(nextround, config)
    assert box.read_drafts() == []
    rows = json.loads(nextround("drafts", "--json", config=config, check=True).stdout)
    assert [r["kind"] for r in rows] == ["note"]
    assert "no-reply@greenhouse.io" in rows[0]["description"] and "no-reply" in rows[0]["description"]
    assert "no draft" in nextround("drafts", config=config, check=True).stdout


def test_a_person_known_only_by_name_gets_no_draft(box, nextround):
    box.add(sender="Acme Careers <no-reply@myworkday.com>", subject="Your application to Acme",
            body="Dear Sam,\n\nWe have decided not to proceed with your application.\n\nKind regards,\n"
                 "Dana Okoye\nTalent Acquisition, Acme",
            label=dict(company="Acme", role=None, contact_name="Dana Okoye", contact_email=None, lang="en"))
    config = box.config()
    run_once(nextround, config)
    assert box.read_drafts() == []
    notes = [r["description"] for r in json.loads(nextround("drafts", "--json", config=config, check=True).stdout)]
    assert any("Dana Okoye" in n and "no email address" in n for n in notes), notes


def test_people_in_cc_get_a_thank_you_note_and_only_the_recruiter_the_feedback_request(box, nextround):
    rejection_id = box.add(
        sender="Priya Natarajan <priya@kelp.example>", cc="Helen Okafor <helen@kelp.example>",
        subject="Your application for Data Engineer",
        body="Hi Sam,\n\nI'm sorry, we decided to move forward with another candidate.\n\nWarm regards,\n"
             "Priya Natarajan\nSenior Technical Recruiter | Kelp",
        label=dict(company="Kelp", role="Data Engineer", contact_name="Priya Natarajan",
                   contact_email="priya@kelp.example", lang="en"))
    run_once(nextround, box.config())
    drafts = box.read_drafts()
    by_kind = {(d["Message-ID"].split(".")[1], addresses(d, "To")[0]) for d in drafts}
    assert by_kind == {("thank_you", "priya@kelp.example"), ("thank_you", "helen@kelp.example"),
                       ("feedback", "priya@kelp.example")}
    for draft in drafts:
        assert draft["In-Reply-To"] == rejection_id
        assert draft["Subject"] == "Re: Your application for Data Engineer"  # both were on the rejection
    helen = next(d for d in drafts if addresses(d, "To") == ["helen@kelp.example"])
    assert helen.get_content().startswith("Dear Helen,")


@pytest.mark.parametrize(("switch", "left"), [("thank_you_note", "feedback"), ("feedback_request", "thank_you")])
def test_each_kind_of_draft_can_be_switched_off(switch, left, box, nextround):
    box.add(**{k: v for k, v in LANG_CASES["en"].items() if k in ("sender", "subject", "body", "label")})
    run_once(nextround, box.config(f"{switch} = false\n"))
    drafts = box.read_drafts()
    assert [d["Message-ID"].split(".")[1] for d in drafts] == [left]


def test_user_templates_per_company_and_per_language_win(box, nextround, tmp_path):
    templates = tmp_path / "my-templates"
    (templates / "companies" / "celeste-data").mkdir(parents=True)
    (templates / "de").mkdir()
    (templates / "companies" / "celeste-data" / "thank_you.txt.j2").write_text(
        "Subject: Merci, {{ company }} !\nChère {{ recipient_first_name }}, mon modèle pour {{ company }}.\n"
        "{{ signature }}\n", encoding="utf-8")
    (templates / "de" / "thank_you.txt.j2").write_text(
        "Moin {{ recipient_first_name }}, meine eigene Vorlage ({{ role }}).\n{{ signature }}\n", encoding="utf-8")
    for key in ("fr", "de", "en"):
        box.add(**{k: v for k, v in LANG_CASES[key].items() if k in ("sender", "subject", "body", "label")})
    run_once(nextround, box.config(f'templates_dir = "{templates}"\nfeedback_request = false\n'))
    by_to = {addresses(d, "To")[0]: d for d in box.read_drafts()}
    celeste = by_to["camille.rousseau@celeste.example"]
    assert celeste.get_content().startswith("Chère Camille, mon modèle pour Céleste Data.")
    assert celeste["Subject"] == "Merci, Céleste Data !"
    assert by_to["jonas.becker@rheinwerk.example"].get_content().startswith(
        "Moin Jonas, meine eigene Vorlage (Backend-Entwickler).")
    assert by_to["dana.whitfield@northbeam.example"].get_content().startswith("Dear Dana,")  # built-in


def test_a_signature_from_the_config_signs_every_draft(box, nextround):
    box.add(**{k: v for k, v in LANG_CASES["en"].items() if k in ("sender", "subject", "body", "label")})
    run_once(nextround, box.config('signature = """Sam Rivera\n+1 503 555 0147"""\n'))
    for draft in box.read_drafts():
        assert draft.get_content().rstrip().endswith("Sam Rivera\n+1 503 555 0147")


# --- exactly once ---------------------------------------------------------------------------------
def test_running_twice_creates_no_second_draft(box, nextround):
    box.add(**{k: v for k, v in LANG_CASES["de"].items() if k in ("sender", "subject", "body", "label")})
    config = box.config()
    run_once(nextround, config)
    first = sorted(p.name for p in (box.drafts / "cur").iterdir())
    assert len(first) == 2
    run_once(nextround, config)
    assert sorted(p.name for p in (box.drafts / "cur").iterdir()) == first


def test_dry_run_writes_no_draft(box, nextround):
    box.add(**{k: v for k, v in LANG_CASES["fr"].items() if k in ("sender", "subject", "body", "label")})
    proc = nextround("run", "--once", "--dry-run", config=box.config())
    assert proc.returncode == 0, proc.stderr
    assert box.read_drafts() == []


CRASH_AFTER_WRITE = """\
import os, sys
import nextround.reactions as reactions
real = reactions._mark_done
def crash(app, plugin, key, ref):
    if plugin == "thank_you" and ref:  # the draft file is written; the effect is still pending
        os._exit(9)
    return real(app, plugin, key, ref)
reactions._mark_done = crash
from nextround.cli import main
sys.argv = ["nextround", "-c", sys.argv[1], "run", "--once"]
main()
"""


def test_a_crash_between_writing_a_draft_and_recording_it_leaves_no_duplicate(box, nextround, tmp_path):
    box.add(**{k: v for k, v in LANG_CASES["es"].items() if k in ("sender", "subject", "body", "label")})
    config = box.config()
    env = {**os.environ, "NEXTROUND_DATA_DIR": str(tmp_path / "data")}
    crashed = subprocess.run([sys.executable, "-c", CRASH_AFTER_WRITE, str(config)], env=env,
                             capture_output=True, text=True, timeout=120)
    assert crashed.returncode == 9, crashed.stderr
    written = sorted(p.name for p in (box.drafts / "cur").iterdir())
    assert len(written) == 1  # died right after the first draft was written
    rows = json.loads(nextround("drafts", "--json", config=config, check=True).stdout)
    assert [r["status"] for r in rows] == ["pending"]

    run_once(nextround, config)
    after = sorted(p.name for p in (box.drafts / "cur").iterdir())
    assert len(after) == 2 and written[0] in after  # the crashed one was found, the other one written
    ids = [d["Message-ID"] for d in box.read_drafts()]
    assert len(set(ids)) == 2
    rows = json.loads(nextround("drafts", "--json", config=config, check=True).stdout)
    assert [r["status"] for r in rows] == ["done", "done"]
    assert {r["where"] for r in rows} == {str(box.drafts / "cur" / name) for name in after}


# --- the demo mailbox, with the real detector and people finder -------------------------------------
def test_acme_rejection_drafts_go_to_the_recruiter_interviewer_and_hiring_manager(nextround, write_config,
                                                                                 demo_maildir, tmp_path):
    drafts_dir = tmp_path / "Drafts"
    config = write_config(f'[plugins]\nenabled = ["thank_you"]\n[plugins.thank_you]\nmaildir_path = "{drafts_dir}"\n',
                          maildir=demo_maildir)
    run_once(nextround, config)
    acme_id = "<202609041610.516cc885.69eeca@acme-robotics.example>"
    rows = json.loads(nextround("rejections", "--json", config=config, check=True).stdout)
    rows += json.loads(nextround("rejections", "--uncertain", "--json", config=config, check=True).stdout)
    acme = next(r for r in rows if r["message_id"] == acme_id)
    if acme["decision"] == "uncertain":  # the user would confirm it; the drafts are what is tested here
        nextround("confirm", str(acme["id"]), config=config, check=True)
        run_once(nextround, config)

    drafts = [email.message_from_bytes(p.read_bytes(), policy=policy.default)
              for p in (drafts_dir / "cur").iterdir()]
    acme_drafts = [d for d in drafts if d["In-Reply-To"] == acme_id]
    got = sorted((d["Message-ID"].split(".")[1], addresses(d, "To")[0]) for d in acme_drafts)
    assert got == [("feedback", "priya.natarajan@acme-robotics.example"),
                   ("thank_you", "helen.okafor@acme-robotics.example"),
                   ("thank_you", "priya.natarajan@acme-robotics.example"),
                   ("thank_you", "tomas.herrera@acme-robotics.example")]
    by_to = {addresses(d, "To")[0]: d for d in acme_drafts if "thank_you" in d["Message-ID"]}
    priya = by_to["priya.natarajan@acme-robotics.example"]
    helen = by_to["helen.okafor@acme-robotics.example"]
    tomas = by_to["tomas.herrera@acme-robotics.example"]
    assert priya["Subject"].startswith("Re: Acme Robotics")  # she wrote it: a reply in her thread
    assert "guiding me through the process" in priya.get_content()
    assert "Tomás Herrera and Helen Okafor" in priya.get_content()
    for person, first in ((helen, "Helen"), (tomas, "Tomás")):
        body = person.get_content()
        assert body.startswith(f"Dear {first},")
        assert "thank you for our conversation" in body
        assert not person["Subject"].startswith("Re:") and "Acme Robotics" in person["Subject"]
        assert person["References"].split()[-1] == acme_id
        assert_clean(body)
    assert tomas["To"].addresses[0].display_name == "Tomás Herrera"
