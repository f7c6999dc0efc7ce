"""The built-in classifier as a hook implementation; it runs last so plugins can override it."""

from __future__ import annotations

from nextround import hookimpl
from nextround.detect import classify
from nextround.message import Message
from nextround.records import Verdict


@hookimpl(trylast=True)
def nextround_classify(message: Message) -> Verdict:
    return classify(message)
