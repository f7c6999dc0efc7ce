"""`nextround classify FILE...`: the verdict for each .eml file, per the DESIGN contract."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import click

from nextround.app import App
from nextround.message import parse
from nextround.plugin_manager import describe_error
from nextround.records import Verdict
from nextround.state import State


def classifier(obj) -> tuple[App, float]:
    """An App for the classify hook (plugins first, built-in last; their config tables validated) whose state
    lives in memory, so classifying files leaves nothing behind; and the configured threshold."""
    return obj.app(state=State(":memory:")), obj.config.detection.threshold


def _built_without_collections(obj) -> tuple[App, float]:
    """``classifier(obj)`` with the cyclic garbage collector paused, then its objects frozen. Building the app
    imports the grammars: hundreds of thousands of objects that live as long as the command and hold no garbage,
    which each collection walked again (the full ones again and again while files are classified)."""
    if not gc.isenabled():
        return classifier(obj)
    gc.disable()
    try:
        built = classifier(obj)
        from nextround.detect import classifier as _grammars  # noqa: F401  (built by now; if not, built here)

        gc.freeze()  # (moved out of the collector's sight: never collected, never walked)
        return built
    finally:
        gc.enable()


def decide(app: App, threshold: float, raw: bytes) -> Verdict:
    """The verdict on one mail, as the daemon would take it; job mail that is no rejection gets its fields too."""
    from nextround.detect.classifier import describe  # compiles the grammars: not at `nextround --help`

    message = parse(raw)
    verdict = app.plugins.pm.hook.nextround_classify(message=message, app=app)
    if verdict.is_rejection and verdict.confidence < threshold:
        verdict.is_rejection = False
        verdict.reasons.append(f"below the threshold {threshold}")
    describe(message, verdict)
    return verdict


def classify_files(obj, files: tuple[Path, ...], as_json: bool) -> int:
    app, threshold = _built_without_collections(obj)
    failed = 0
    lines: list[str] = []  # --json lines not yet written: written a batch at a time (one echo, one flush each)
    try:
        for file in files:
            try:
                raw = _read(file)
                verdict = decide(app, threshold, raw)
            except Exception as exc:
                failed += 1
                error = f"{type(exc).__name__}: {exc.strerror}" if isinstance(exc, OSError) else describe_error(exc)
                if as_json:
                    lines.append(json.dumps({"file": str(file), "error": error}))
                else:
                    click.echo(f"{file}: error: {error}", err=True)
                continue
            if as_json:
                lines.append(_encode({"file": str(file), **verdict.as_json()}))
                if len(lines) >= _BATCH:
                    click.echo("\n".join(lines))
                    lines.clear()
                continue
            word = "REJECTION" if verdict.is_rejection else "not a rejection"
            click.echo(f"{file}: {word} ({verdict.confidence:.2f})")
            if verdict.is_rejection:
                click.echo(f"    company={verdict.company!r} role={verdict.role!r} contact={verdict.contact_name!r}"
                           f" <{verdict.contact_email}> careers={verdict.careers_url!r} lang={verdict.lang}")
            click.echo(f"    why: {'; '.join(verdict.reasons)}")
    finally:  # (what was classified is written, even when stopped half-way)
        if lines:
            click.echo("\n".join(lines))
    return 1 if failed == len(files) else 0


# ``json.dumps(..., ensure_ascii=False)`` without the encoder it builds anew for every call (non-default options).
_encode = json.JSONEncoder(ensure_ascii=False).encode

# --json lines written at once: each click.echo looks up the stream, asks whether it is a terminal and flushes
# (~17 us a file, as much as encoding the line); a batch still shows within a second.
_BATCH = 100


def _read(file: Path) -> bytes:
    """``file.read_bytes()`` (the same errors) without the buffered reader it sets up for one read."""
    with open(file, "rb", buffering=0) as stream:
        return stream.readall()
