"""The built-in classifier as a hook implementation; it runs last so plugins can override it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nextround import hookimpl

if TYPE_CHECKING:
    from nextround.app import App
    from nextround.message import Message
    from nextround.records import Verdict


@hookimpl(trylast=True)
def nextround_classify(message: Message, app: App) -> Verdict:
    # Imported on first use: compiling the phrase grammars is work `nextround --help` need not do.
    from nextround.detect.classifier import NO_JOB_CONTEXT, classify
    from nextround.earlier_mail import job_context

    verdict = classify(message)
    # A note without a single job word ("sorry mate, they went with someone else") is read again with the reader's
    # earlier job mail from its sender, when the daemon has a record of it (asked only then: it is a query). Not a
    # note that says "application" without saying of what: that may be a loan's or a flat's.
    if verdict.reasons == [NO_JOB_CONTEXT] and app is not None:
        thread = job_context(app, message)
        if thread is not None:
            verdict = classify(message, thread=thread)
    return verdict
