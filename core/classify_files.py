"""`nextround classify FILE...`: the verdict for each .eml file, per the DESIGN contract."""

from __future__ import annotations

import gc
import json
from collections.abc import Collection, Iterable
from pathlib import Path

import click

from nextround.app import App
from nextround.message import Message, parse
from nextround.owner import OwnerTally, recipients
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


def decide(app: App, threshold: float, raw: bytes, owners: Collection[str] = ()) -> Verdict:
    """The verdict on one mail, as the daemon would take it; job mail that is no rejection gets its fields too.
    ``owners``: the mailbox owner's addresses, whose own mail is never a rejection (see ``nextround.owner``)."""
    from nextround.detect.classifier import describe  # compiles the grammars: not at `nextround --help`

    message = parse(raw)
    sender = (message.sender.email or "").lower()
    if sender and sender in owners and not _to_self(message, owners):
        return Verdict(is_rejection=False, confidence=0.0, category="other",
                       reasons=[f"sent by the mailbox owner ({sender}): their own mail is never a rejection"])
    verdict = app.plugins.pm.hook.nextround_classify(message=message, app=app)
    if verdict.is_rejection and verdict.confidence < threshold:
        verdict.is_rejection = False
        verdict.reasons.append(f"below the threshold {threshold}")
    describe(message, verdict)
    return verdict


def _to_self(message: Message, owners: Collection[str]) -> bool:
    """Is the owner's mail sent to themselves (a letter forwarded to their own or an archive address)? Its text is
    what they received, for the classifier to read."""
    name = (message.sender.name or "").casefold()
    return any((a.email or "").lower() in owners or (name and (a.name or "").casefold() == name)
               for a in (*message.to, *message.cc))


def mailbox_owners(app: App, files: Iterable[Path]) -> set[str]:
    """The owner's addresses: the configured ones, else those most of the files were sent to (a file that cannot
    be read counts for nothing here; its error is reported when it is classified)."""
    if app.owner_addresses:
        return app.owner_addresses
    tally = OwnerTally()
    for file in files:
        try:
            tally.add(recipients(_read(file)))
        except OSError:
            continue
    return tally.owners()


def classify_files(obj, files: tuple[Path, ...], as_json: bool) -> int:
    app, threshold = _built_without_collections(obj)
    owners = mailbox_owners(app, files)
    failed = 0
    lines: list[str] = []  # --json lines not yet written: written a batch at a time (one echo, one flush each)
    try:
        for file in files:
            try:
                raw = _read(file)
                verdict = decide(app, threshold, raw, owners)
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
