"""Test nextround plugins without packaging them: a pytest plugin and a rejection-mail builder.

Opt in, like ``tox.pytest``: ``pytest -p nextround.testing`` or, in a conftest.py,
``pytest_plugins = ["nextround.testing"]``. Then::

    from nextround.testing import make_rejection

    def test_posts_once(nextround_harness):
        h = nextround_harness(my_plugin, config={"url": "http://127.0.0.1:8000/hook"})
        h.feed(make_rejection(company="Acme Robotics", role="Data Engineer"))
        h.run()
        assert [e.kind for e in h.effects()] == ["notice"]

The harness builds a real App (config, SQLite state, plugins) in a temporary folder, feeds messages
through a real Maildir source and runs the real pipeline, so what a test sees is what the daemon
would do. Nothing here touches the network or the user's own config and data.
"""

from __future__ import annotations

import email.message
import email.policy
import email.utils
import importlib.util
import itertools
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from nextround.config import Config, ConfigError, load
from nextround.hookspecs import hookimpl
from nextround.records import Opening, Rejection

__all__ = ["Effect", "Harness", "PluginFailed", "make_opening", "make_rejection", "LANGUAGES"]

# --- realistic rejection mail ---------------------------------------------------------------------

# Real decision wording, one letter per language: what recruiters actually send.
_LETTERS: dict[str, tuple[str, str]] = {
    "en": (
        "Your application for {role} at {company}",
        "Dear {first},\n\n"
        "Thank you for your interest in {company} and for taking the time to apply for the {role} position.\n\n"
        "After careful consideration, we have decided to move forward with other candidates whose experience "
        "more closely matches our current needs.\n\n"
        "We appreciate the time you invested and wish you all the best in your job search.\n\n"
        "Kind regards,\n{contact}\nTalent Acquisition, {company}\n"),
    "de": (
        "Ihre Bewerbung als {role} bei {company}",
        "Hallo {first},\n\n"
        "vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}.\n\n"
        "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter "
        "berücksichtigen können. Wir haben uns für andere Kandidaten entschieden, deren Profil noch besser zu "
        "unseren Anforderungen passt.\n\n"
        "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\n"
        "Mit freundlichen Grüßen\n{contact}\nRecruiting, {company}\n"),
    "fr": (
        "Votre candidature au poste de {role} chez {company}",
        "Bonjour {first},\n\n"
        "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.\n\n"
        "Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature "
        "n'a pas été retenue. Nous avons choisi de poursuivre avec d'autres candidats dont le profil correspond "
        "davantage à nos besoins.\n\n"
        "Nous vous souhaitons pleine réussite dans vos recherches.\n\n"
        "Cordialement,\n{contact}\nRecrutement, {company}\n"),
    "es": (
        "Tu candidatura para {role} en {company}",
        "Hola {first}:\n\n"
        "Muchas gracias por tu interés en {company} y por tu candidatura para el puesto de {role}.\n\n"
        "Tras revisar detenidamente tu perfil, lamentamos comunicarte que hemos decidido continuar con otros "
        "candidatos cuyo perfil se ajusta mejor a lo que buscamos en este momento.\n\n"
        "Te deseamos mucho éxito en tu búsqueda.\n\n"
        "Un saludo,\n{contact}\nSelección de talento, {company}\n"),
    "nl": (
        "Je sollicitatie als {role} bij {company}",
        "Beste {first},\n\n"
        "Bedankt voor je sollicitatie als {role} en je interesse in {company}.\n\n"
        "Na zorgvuldige overweging hebben we helaas besloten om niet verder te gaan met je sollicitatie. We hebben "
        "gekozen voor een andere kandidaat van wie de ervaring beter aansluit bij de functie.\n\n"
        "We wensen je veel succes met je zoektocht.\n\n"
        "Met vriendelijke groet,\n{contact}\nRecruitment, {company}\n"),
    "pt": (
        "A sua candidatura para {role} na {company}",
        "Olá {first},\n\n"
        "Agradecemos o seu interesse na {company} e a sua candidatura para a vaga de {role}.\n\n"
        "Após uma análise cuidadosa, informamos que infelizmente a sua candidatura não foi selecionada. Decidimos "
        "avançar com outros candidatos cujo perfil está mais alinhado com a vaga.\n\n"
        "Desejamos muito sucesso na sua procura.\n\n"
        "Atenciosamente,\n{contact}\nRecrutamento, {company}\n"),
}
LANGUAGES = tuple(_LETTERS)
_counter = itertools.count(1)


def _domain(company: str) -> str:
    """``Céleste Data`` -> ``celeste-data.example``: the company's own domain, as a real sender's."""
    words = unicodedata.normalize("NFKD", company).encode("ascii", "ignore").decode().lower().split()
    label = "-".join(w for w in ("".join(c for c in word if c.isalnum()) for word in words) if w)
    return f"{label or 'example'}.example"


def make_rejection(company: str = "Acme Robotics", role: str = "Data Engineer", *, sender: str | None = None,
                   contact: str = "Dana Whitfield", lang: str = "en", to: str = "Sam Rivera <sam@example.net>",
                   date: datetime | None = None, message_id: str | None = None,
                   careers_url: str | None = None) -> bytes:
    """A realistic rejection email as RFC 5322 bytes, which the built-in classifier detects.

    ``lang`` is one of en, de, fr, es, nl, pt. ``sender`` defaults to the contact at the company's
    domain (``Dana Whitfield <dana@acme.example>``); give a no-reply address to test that path.
    Each call makes a new Message-ID unless ``message_id`` is given.
    """
    if lang not in _LETTERS:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    domain = _domain(company)
    sender = sender or f"{contact} <{contact.split()[0].lower()}@{domain}>"
    first = email.utils.parseaddr(to)[0].split(" ")[0] or "there"
    subject, body = _LETTERS[lang]
    text = body.format(company=company, role=role, contact=contact, first=first)
    if careers_url:
        text += f"\n{careers_url}\n"
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject.format(company=company, role=role)
    msg["Date"] = email.utils.format_datetime(date or datetime.now(UTC) - timedelta(hours=1))
    msg["Message-ID"] = message_id or f"<nextround-test-{next(_counter)}-{id(text):x}@{domain}>"
    msg["Content-Language"] = lang
    msg.set_content(text)
    return msg.as_bytes()


def make_opening(company: str = "Acme Robotics", title: str = "Senior Data Engineer", *,
                 url: str = "https://acme.example/jobs/123", board_url: str = "https://acme.example/jobs",
                 posting_id: str = "123", location: str | None = "Remote", score: float = 0.8,
                 rejection_id: int | None = None) -> Opening:
    """An Opening as careers_watch hands it to ``nextround_new_opening``."""
    return Opening(company=company, title=title, url=url, board_url=board_url, posting_id=posting_id,
                   location=location, score=score, rejection_id=rejection_id)


# --- the harness ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Effect:
    """One row of the effects table: what a plugin did (or noted) through ``ctx.once``."""

    plugin: str
    key: str
    kind: str
    status: str  # "done" or "pending" (attempted, outcome not recorded)
    description: str
    ref: str | None
    rejection_id: int | None


class PluginFailed(AssertionError):
    """A plugin hook raised during ``Harness.run`` (raised by the harness when ``strict``)."""


class _ErrorCatcher:
    """Registered next to the plugins under test: keeps the exceptions their hooks raise."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str, BaseException, Rejection | None]] = []

    @hookimpl
    def nextround_plugin_error(self, plugin_name: str, hook_name: str, error: BaseException,
                               rejection: Rejection | None) -> None:
        self.errors.append((plugin_name, hook_name, error, rejection))


def plugin_name_of(plugin: Any) -> str:
    """The name a plugin gets when none is given: ``nextround_webhook`` -> ``webhook``."""
    name = getattr(plugin, "name", None) if not isinstance(plugin, ModuleType) else None
    if not isinstance(name, str):
        name = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__name__.lower()
    name = name.rsplit(".", 1)[-1]
    return name.removeprefix("nextround_loose_").removeprefix("nextround_") or name


def load_file(path: Path | str) -> ModuleType:
    """Import a loose plugin file as a module (no permission check: it is the file under test)."""
    path = Path(path)
    modname = f"nextround_loose_{path.stem}"
    spec = importlib.util.spec_from_file_location(modname, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module
    spec.loader.exec_module(module)
    return module


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


class Harness:
    """A real App in a temporary folder, with the plugins under test registered by hand.

    ``settings`` is merged over the config (a dict shaped like the TOML file); ``builtins`` names
    installed plugins to enable too (none by default, so only the plugins under test react).
    """

    def __init__(self, root: Path, *, settings: dict[str, Any] | None = None, builtins: tuple[str, ...] = (),
                 dry_run: bool = False, strict: bool = True) -> None:
        self.root = Path(root)
        self.maildir = self.root / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
        self.data_dir = self.root / "data"
        self.dry_run = dry_run
        self.strict = strict
        self.builtins = tuple(builtins)
        base = {
            "user": {"name": "Sam Rivera", "addresses": ["sam@example.net"], "timezone": "UTC"},
            "source": {"kind": "maildir", "maildir": {"path": str(self.maildir)}},
            "state": {"path": str(self.root / "state.sqlite3")},
            "daemon": {"react_max_age_days": 0, "plugin_timeout_seconds": 30},
            "plugins": {"enabled": list(self.builtins), "paths": []},
        }
        self.settings = _merge(base, settings or {})
        self._pending: list[tuple[str, Any, dict[str, Any] | None]] = []
        self._app: Any = None
        self._catcher = _ErrorCatcher()
        self._started = False
        self._fed = 0

    # -- setting up ------------------------------------------------------------------------------
    def add_plugin(self, plugin: Any, name: str | None = None, config: dict[str, Any] | None = None) -> str:
        """Register a module, an object or a loose ``.py`` file (a path) as plugin ``name``.

        ``config`` becomes its ``[plugins.<name>]`` table and is validated by its schema.
        """
        if self._app is not None:
            raise RuntimeError("add plugins before the first run (or before using .app)")
        if isinstance(plugin, str | Path):
            plugin = load_file(plugin)
        name = name or plugin_name_of(plugin)
        self._pending.append((name, plugin, config))
        return name

    @property
    def config(self) -> Config:
        return self.app.config

    @property
    def app(self) -> Any:
        """The App, built on first use. A bad plugin table raises ConfigError naming the plugin."""
        if self._app is None:
            self._app = self._build()
        return self._app

    def _build(self) -> Any:
        from nextround.app import App, validate_plugin_tables
        from nextround.plugin_manager import Plugins
        from nextround.state import State

        settings = self.settings
        for name, _plugin, table in self._pending:
            if table is not None:
                settings = _merge(settings, {"plugins": {name: table}})
        cfg = load(self.root / "nextround-test.toml", overrides=settings)
        cfg.file = str(self.root / "nextround-test.toml")  # relative paths resolve inside the temp folder
        cfg.data_dir = str(self.data_dir)
        plugins = Plugins(list(self.builtins), [])
        for name, plugin, _table in self._pending:
            plugins.register(plugin, name, source="registered by the test harness")
        plugins.pm.register(self._catcher, name="nextround-test-harness")
        if plugins.problems:
            raise ConfigError("\n".join(plugins.problems))
        app = App(config=cfg, state=State(cfg.state_path), plugins=plugins, dry_run=self.dry_run)
        try:
            app.plugin_configs = validate_plugin_tables(cfg, plugins)
        except ConfigError:
            app.close()
            raise
        if plugins.problems:
            app.close()
            raise ConfigError("\n".join(plugins.problems))
        return app

    # -- feeding and running ---------------------------------------------------------------------
    def feed(self, *messages: bytes | str | Path | email.message.Message) -> None:
        """Deliver messages to the test mailbox: raw bytes, an .eml path, or an email.message.Message."""
        for message in messages:
            if isinstance(message, bytes):
                raw = message
            elif isinstance(message, str | Path):
                raw = Path(message).read_bytes()
            elif isinstance(message, email.message.Message):
                raw = message.as_bytes()
            else:
                raise TypeError(f"cannot feed a {type(message).__name__}: give bytes, a path or an email message")
            self._fed += 1
            (self.maildir / "new" / f"{1_700_000_000 + self._fed}.M{self._fed}P1.harness").write_bytes(raw)

    def run(self, *, jobs: bool = True) -> Any:
        """One pass, as ``nextround run --once``: scan, react, then due periodic jobs.

        Returns the PassReport. With ``strict`` (the default) a hook that raised makes this raise
        PluginFailed, chained to the plugin's own exception.
        """
        from nextround.jobs import Jobs
        from nextround.pipeline import run_pass
        from nextround.runner import startup
        from nextround.sources.maildir import MaildirSource

        app = self.app
        seen = len(self._catcher.errors)
        if not self._started:
            startup(app)
            self._started = True
        report = run_pass(app, MaildirSource(self.maildir))
        if jobs and not app.dry_run:
            Jobs(app).run_due()
        self._raise_new_errors(seen)
        return report

    def call(self, hook_name: str, **kwargs: Any) -> list[Any]:
        """Call a hook on every plugin that implements it (``app`` is passed for you); results in order.

        E.g. ``h.call("nextround_new_opening", opening=make_opening())``. Exceptions propagate.
        """
        results = []
        for _name, result, error in self.app.plugins.call_each(hook_name, **{"app": self.app, **kwargs}):
            if error is not None:
                raise error
            results.append(result)
        return results

    def _raise_new_errors(self, seen: int) -> None:
        new = self._catcher.errors[seen:]
        if self.strict and new:
            plugin, hook, error, rejection = new[0]
            about = f" on rejection #{rejection.id} ({rejection.company})" if rejection else ""
            raise PluginFailed(f"plugin {plugin}: {hook} raised{about}: {type(error).__name__}: {error}") from error

    # -- what happened ---------------------------------------------------------------------------
    @property
    def errors(self) -> list[tuple[str, str, BaseException]]:
        """(plugin, hook, exception) for each reaction that raised so far."""
        return [(p, h, e) for p, h, e, _r in self._catcher.errors]

    def rejections(self) -> list[Rejection]:
        """Every rejection recorded so far (also uncertain ones; see ``.decision``)."""
        from nextround.reactions import load_rejection

        return [load_rejection(r) for r in self.app.state.query("SELECT * FROM rejections ORDER BY id")]

    def effects(self, plugin: str | None = None, *, kind: str | None = None,
                include_notes: bool = False) -> list[Effect]:
        """Effects recorded through ``ctx.once``, oldest first; notes only with ``include_notes``."""
        rows = self.app.state.query("SELECT * FROM effects ORDER BY created_at, rowid")
        out = [Effect(r["plugin"], r["key"], r["kind"], r["status"], r["description"], r["ref"], r["rejection_id"])
               for r in rows]
        return [e for e in out if (plugin is None or e.plugin == plugin) and (kind is None or e.kind == kind)
                and (include_notes or kind == "note" or e.kind != "note")]

    def notes(self, plugin: str | None = None) -> list[str]:
        """Descriptions of what plugins noted through ``ctx.note``."""
        return [e.description for e in self.effects(plugin, kind="note")]

    @property
    def planned(self) -> list[tuple[str, str]]:
        """(plugin, description) of each effect planned in a dry run."""
        return list(self.app.planned)

    def reactions(self) -> list[dict[str, Any]]:
        """One dict per (rejection, plugin) reaction: status ok/failed/gave_up, attempts, last_error."""
        return [dict(r) for r in self.app.state.query("SELECT * FROM reactions ORDER BY rejection_id, plugin")]

    def close(self) -> None:
        if self._app is not None:
            if self._started:
                from nextround.runner import shutdown

                shutdown(self._app)
            self._app.close()
            self._app = None


# --- pytest fixtures (active with -p nextround.testing) --------------------------------------------

try:
    import pytest
except ImportError:  # nextround itself does not need pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def nextround_harness(tmp_path_factory: Any) -> Iterator[Callable[..., Harness]]:
        """Build a Harness: ``nextround_harness(plugin, config={...}, name=None, dry_run=False, ...)``.

        ``plugin`` may be a module, an object or the path of a loose ``.py`` file; pass None to
        register plugins later with ``h.add_plugin``. Every harness is closed after the test.
        """
        made: list[Harness] = []

        def build(plugin: Any = None, *, config: dict[str, Any] | None = None, name: str | None = None,
                  settings: dict[str, Any] | None = None, builtins: tuple[str, ...] = (), dry_run: bool = False,
                  strict: bool = True) -> Harness:
            harness = Harness(tmp_path_factory.mktemp("nextround"), settings=settings, builtins=builtins,
                              dry_run=dry_run, strict=strict)
            made.append(harness)
            if plugin is not None:
                harness.add_plugin(plugin, name=name, config=config)
            return harness

        yield build
        for harness in made:
            harness.close()
