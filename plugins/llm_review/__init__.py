"""llm_review: a second opinion from a language model, for the messages the built-in classifier is unsure of.

Off by default. When enabled it wraps the classify hook: verdicts whose confidence falls inside
[consult_from, consult_to) are sent (headers and new text, quotes stripped, cut to ``max_chars``) to an
OpenAI-compatible chat endpoint, by default a local Ollama; the final confidence blends the built-in one with the
model's, and the model's answer is added to the verdict's reasons. Confident verdicts are never sent anywhere, a
model can move a verdict only part of the way (``llm_weight``), and when the endpoint fails the built-in verdict
stands. Mail only goes to another machine when ``allow_remote = true``.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import TYPE_CHECKING

from nextround import hookimpl
from nextround.plugins.llm_review.client import ReviewError, ask
from nextround.plugins.llm_review.prompt import render
from nextround.plugins.llm_review.settings import LlmReviewConfig
from nextround.secrets import SecretError

if TYPE_CHECKING:
    from nextround.app import App
    from nextround.message import Message
    from nextround.records import Verdict

__version__ = "0.1.0"
log = logging.getLogger("nextround")


@hookimpl
def nextround_config_schema() -> type[LlmReviewConfig]:
    return LlmReviewConfig


@hookimpl(wrapper=True)
def nextround_classify(message: Message, app: App | None) -> Generator[None, Verdict | None, Verdict | None]:
    verdict = yield
    settings = app.plugin_config("llm_review") if app is not None else None
    if verdict is None or settings is None or not settings.consult_from <= verdict.confidence < settings.consult_to:
        return verdict
    review(message, verdict, settings)
    return verdict


def review(message: Message, verdict: Verdict, settings: LlmReviewConfig) -> None:
    """Ask the model and fold its answer into ``verdict`` (in place); on any failure the verdict stays as it was."""
    from nextround.detect.classifier import category
    from nextround.detect.extract import extract
    from nextround.detect.reading import fold_own, own_text

    own = own_text(message)[0]  # the classifier's own reading (quotes dropped, an Outlook forward kept as one)
    try:
        api_key = settings.api_key.resolve() if settings.api_key else None
        answer = ask(settings.base_url, settings.model, api_key, render(message, own, settings.max_chars),
                     settings.timeout_seconds)
    except (ReviewError, SecretError) as exc:
        log.warning("llm_review: kept the built-in verdict for %s: %s", message.message_id or message.key, exc)
        verdict.reasons.append(f"llm review unavailable: {exc}")
        return
    before = verdict.is_rejection
    verdict.confidence = (1 - settings.llm_weight) * verdict.confidence + settings.llm_weight * answer.confidence
    verdict.is_rejection = verdict.confidence >= 0.5
    said = "a rejection" if answer.rejection else "not a rejection"
    verdict.reasons.append(f"llm {settings.model}: {said} ({answer.confidence:.2f} that it is one): {answer.why}")
    if verdict.is_rejection and not before:
        verdict.category = "rejection"
        extract(message, own, verdict)
    elif before and not verdict.is_rejection:
        verdict.category = category(fold_own(message, own), bool(message.headers.get("list-id")))
