"""Find, load and call plugins.

Plugins come from the ``nextround`` entry-point group (the built-ins too) and from loose ``*.py``
files in ``[plugins] paths``. Only enabled plugins are imported. Each hook call that can fail is
made one plugin at a time, so one plugin's exception never hides another's work.
"""

from __future__ import annotations

import difflib
import importlib
import importlib.util
import inspect
import logging
import os
import stat
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import Any

import pluggy

from nextround import hookspecs

log = logging.getLogger("nextround.plugins")

PROJECT = "nextround"
from nextround.hookspecs import hookimpl  # noqa: E402,F401  (re-exported)

HOOK_NAMES = {n for n in dir(hookspecs) if n.startswith(PROJECT + "_")}


@dataclass
class PluginInfo:
    name: str
    source: str  # "builtin", "entry point (dist x.y)" or the loose file's path
    version: str | None
    enabled: bool
    origin: Any = field(default=None, repr=False)  # EntryPoint or Path; loaded only if enabled
    module: ModuleType | None = field(default=None, repr=False)
    error: str | None = None
    hooks: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "source": self.source,
                "enabled": self.enabled, "loaded": self.module is not None,
                "hooks": self.hooks, "error": self.error}


class PluginManager(pluggy.PluginManager):
    """Accepts undecorated ``nextround_*`` functions as hook implementations too, and keeps the
    one-plugin callers that ``Plugins.call_one`` uses (rebuilt whenever the set of plugins changes)."""

    def __init__(self, project_name: str) -> None:
        super().__init__(project_name)
        self.single_callers: dict[tuple[str, str], Any] = {}

    def register(self, plugin: Any, name: str | None = None) -> str | None:
        self.single_callers.clear()
        return super().register(plugin, name)

    def unregister(self, plugin: Any = None, name: str | None = None) -> Any:
        self.single_callers.clear()
        return super().unregister(plugin, name)

    def parse_hookimpl_opts(self, plugin: Any, name: str):  # type: ignore[override]
        opts = super().parse_hookimpl_opts(plugin, name)
        if opts is None and name.startswith(PROJECT + "_") and inspect.isroutine(getattr(plugin, name, None)):
            opts = {}
        return opts


class LoosePluginRefused(Exception):
    pass


def check_loose_file(path: Path) -> None:
    """Refuse a plugin file (or its folder) that other users could have written (as urlwatch does)."""
    for target in (path, path.parent):
        mode = target.stat().st_mode
        if mode & (stat.S_IWGRP | stat.S_IWOTH):
            who = "everyone" if mode & stat.S_IWOTH else "its group"
            raise LoosePluginRefused(
                f"{target} is writable by {who}; refusing to load plugin code from it "
                f"(fix with: chmod go-w {target})")


def discover(enabled: Iterable[str], paths: Iterable[Path]) -> dict[str, PluginInfo]:
    """Every plugin we can see, without importing any."""
    enabled = list(enabled)
    found: dict[str, PluginInfo] = {}
    for ep in entry_points(group=PROJECT):
        dist = getattr(ep, "dist", None)
        builtin = ep.value.startswith("nextround.plugins.")
        found[ep.name] = PluginInfo(
            name=ep.name,
            source="builtin" if builtin else f"entry point ({dist.name if dist else '?'})",
            version=dist.version if dist else None,
            enabled=ep.name in enabled, origin=ep)
    for folder in paths:
        if not folder.is_dir():
            log.warning("plugins.paths: %s is not a folder; skipped", folder)
            continue
        for file in sorted(folder.glob("*.py")):
            if file.name.startswith("_"):
                continue
            found[file.stem] = PluginInfo(name=file.stem, source=str(file), version=None,
                                          enabled=file.stem in enabled, origin=file)
    return found


def import_plugin(info: PluginInfo) -> ModuleType:
    origin = info.origin
    if isinstance(origin, Path):
        check_loose_file(origin)
        modname = f"nextround_loose_{info.name}"
        spec = importlib.util.spec_from_file_location(modname, origin)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {origin}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[modname] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(modname, None)
            raise
        return module
    loaded = origin.load()
    return loaded if isinstance(loaded, ModuleType) else loaded  # a module or a plugin object


def misspelled_hooks(module: Any) -> list[str]:
    problems = []
    for name in dir(module):
        if name.startswith(PROJECT + "_") and callable(getattr(module, name)) and name not in HOOK_NAMES:
            close = difflib.get_close_matches(name, sorted(HOOK_NAMES), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            problems.append(f"unknown hook {name}{hint}")
    return problems


def describe_error(exc: BaseException) -> str:
    """One line: the exception type, its message and where it was raised."""
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg} ({Path(exc.filename or '?').name}, line {exc.lineno})"
    tb = exc.__traceback__
    where = ""
    while tb is not None:
        where = f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    text = " ".join(str(exc).split()) or "(no message)"
    return f"{type(exc).__name__}: {text}" + (f" ({where})" if where else "")


def enabled_names(configured: list[str], disabled: Iterable[str] = ()) -> list[str]:
    """``NEXTROUND_LOAD_PLUGINS`` (comma-separated; empty = none) overrides the config list."""
    env = os.environ.get("NEXTROUND_LOAD_PLUGINS")
    names = [n.strip() for n in env.split(",") if n.strip()] if env is not None else list(configured)
    disabled = set(disabled)
    return [n for n in names if n not in disabled]


class Plugins:
    """The loaded plugins and the pluggy manager that calls them."""

    def __init__(self, enabled: list[str], paths: list[Path]) -> None:
        self.pm = PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.enabled = enabled
        self.infos = discover(enabled, paths)
        self.problems: list[str] = []
        for name in enabled:
            if name not in self.infos:
                close = difflib.get_close_matches(name, list(self.infos), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.problems.append(f"plugin {name!r} is enabled but not installed{hint}")
        for info in self.infos.values():
            if info.enabled:
                self._load(info)
        from nextround.detect import builtin_classifier

        self.pm.register(builtin_classifier, name="builtin-classifier")
        if os.environ.get("NEXTROUND_TRACE_PLUGINS"):
            self._trace()

    def _load(self, info: PluginInfo) -> None:
        try:
            module = import_plugin(info)
            self._add(info, module)
        except LoosePluginRefused as exc:  # a refusal, not a bug: no exception type or source line
            info.error = str(exc)
            self.problems.append(f"plugin {info.name}: not loaded: {info.error}")
        except Exception as exc:
            info.error = describe_error(exc)
            self.problems.append(f"plugin {info.name}: failed to load: {info.error}")

    def _add(self, info: PluginInfo, module: Any) -> None:
        problems = misspelled_hooks(module)
        self.pm.register(module, name=info.name)
        info.module = module
        info.hooks = sorted(h.name for h in self.pm.get_hookcallers(module) or [])
        if info.version is None:
            info.version = getattr(module, "__version__", None)
        for problem in problems:
            self.problems.append(f"plugin {info.name}: {problem}")
            log.warning("plugin %s: %s", info.name, problem)

    def register(self, plugin: Any, name: str, *, source: str = "registered") -> PluginInfo:
        """Add a plugin object or module that was not discovered (the test harness uses this).

        It is enabled, listed and called exactly like an installed plugin of that name.
        """
        if name in self.infos and self.infos[name].module is not None:
            raise ValueError(f"a plugin named {name!r} is already loaded")
        info = PluginInfo(name=name, source=source, version=None, enabled=True, origin=plugin)
        self._add(info, plugin)
        self.infos[name] = info
        if name not in self.enabled:
            self.enabled.append(name)
        return info

    def _trace(self) -> None:
        """Log each hook call: which plugins, with what arguments, what came back, how long it took."""
        tracer = logging.getLogger("nextround.trace")
        started: list[float] = []

        def before(hook_name: str, hook_impls: list[Any], kwargs: dict[str, Any]) -> None:
            if not hook_impls:  # e.g. asking a plugin for a hook it does not implement
                return
            started.append(time.perf_counter())
            args = ", ".join(f"{k}={_short(v)}" for k, v in kwargs.items())
            who = ", ".join(i.plugin_name for i in reversed(hook_impls)) or "no plugin"
            tracer.info("trace: %s(%s) -> %s", hook_name, args, who)

        def after(outcome: Any, hook_name: str, hook_impls: list[Any], kwargs: dict[str, Any]) -> None:
            if not hook_impls:
                return
            ms = (time.perf_counter() - started.pop()) * 1000 if started else 0.0
            exc = outcome.exception
            result = f"raised {describe_error(exc)}" if exc else f"returned {_short(outcome.get_result())}"
            tracer.info("trace: %s %s (%.1f ms)", hook_name, result, ms)

        self.pm.add_hookcall_monitoring(before, after)

    def loaded(self) -> list[PluginInfo]:
        return [i for i in self.infos.values() if i.module is not None]

    def implementers(self, hook_name: str) -> list[str]:
        return [impl.plugin_name for impl in getattr(self.pm.hook, hook_name).get_hookimpls()
                if impl.plugin_name != "builtin-classifier"]

    def call_one(self, plugin_name: str, hook_name: str, /, **kwargs: Any) -> Any:
        """Call one plugin's implementation of a hook, passing only the arguments it accepts."""
        caller = self.pm.single_callers.get((plugin_name, hook_name))
        if caller is None:  # building one walks every plugin; a scan calls hooks per message
            caller = self.pm.subset_hook_caller(
                hook_name, remove_plugins=[p for n, p in self.pm.list_name_plugin() if n != plugin_name])
            self.pm.single_callers[(plugin_name, hook_name)] = caller
        results = caller(**kwargs)
        if getattr(self.pm.hook, hook_name).spec.opts.get("firstresult"):
            return results
        return results[0] if results else None

    def call_each(self, hook_name: str, /, **kwargs: Any) -> list[tuple[str, Any, BaseException | None]]:
        """Call every implementation in turn; an exception is returned, not raised."""
        out = []
        for name in self.implementers(hook_name):
            try:
                out.append((name, self.call_one(name, hook_name, **kwargs), None))
            except Exception as exc:
                out.append((name, None, exc))
        return out


def _short(value: Any) -> str:
    """A readable one-line form of a hook argument or result, for the trace."""
    kind = type(value).__name__
    if kind == "Rejection":
        return f"<Rejection #{value.id} {value.company or '?'}: {value.role or value.subject}>"
    if kind == "Message":
        return f"<Message {value.subject[:60]!r} from {value.sender.email or '?'}>"
    if kind == "ReactionContext":
        return f"<ReactionContext plugin={value.plugin}{' dry-run' if value.dry_run else ''}>"
    if kind == "Verdict":
        what = "rejection" if value.is_rejection else "not a rejection"
        found = ", ".join(f"{k}={getattr(value, k)!r}" for k in ("company", "role", "lang") if getattr(value, k))
        return f"<Verdict {what} {value.confidence:.2f}{', ' + found if found else ''}>"
    if kind == "Opening":
        return f"<Opening {value.company}: {value.title}>"
    if kind in ("App", "Group"):
        return f"<{kind}>"
    text = repr(value)
    return text if len(text) < 200 else text[:197] + "..."
