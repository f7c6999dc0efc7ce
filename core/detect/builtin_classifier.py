"""The built-in classifier as a hook implementation; it runs last so plugins can override it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nextround import hookimpl

if TYPE_CHECKING:
    from nextround.message import Message
    from nextround.records import Verdict


@hookimpl(trylast=True)
def nextround_classify(message: Message) -> Verdict:
    # Imported on first use: compiling the phrase grammars is work `nextround --help` need not do.
    from nextround.detect import classify

    return classify(message)
