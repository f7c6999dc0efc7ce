"""thank_you: draft a warm thank-you note and a short feedback request for each rejection.

Drafts only, never sent. A thank-you note to each person of the process with an address (the
author of the rejection, and the recruiter, interviewers and hiring manager found in earlier
mail), worded for their part in it; one feedback request, to the recruiter. All in the
rejection's language and register, threaded to the rejection. No draft goes to a no-reply address.
"""

from __future__ import annotations

import logging
from typing import Any

from nextround import hookimpl
from nextround.message import Message
from nextround.plugins.thank_you import register
from nextround.plugins.thank_you.compose import Composer, Draft
from nextround.plugins.thank_you.recipients import Plan, Recipient, plan
from nextround.plugins.thank_you.settings import ThankYouConfig
from nextround.reactions import ReactionContext
from nextround.records import Address, Rejection

__version__ = "0.2.0"

log = logging.getLogger("nextround.thank_you")
LABELS = {"thank_you": "thank-you note", "feedback": "feedback request"}
ROLE_LABELS = {"recruiter": "recruiter", "interviewer": "interviewer", "hiring_manager": "hiring manager"}


@hookimpl
def nextround_config_schema() -> type[ThankYouConfig]:
    return ThankYouConfig


def open_store(ctx: ReactionContext, config: ThankYouConfig) -> Any:
    if config.drafts == "maildir":
        from nextround.plugins.thank_you.maildir_store import MaildirDrafts

        return MaildirDrafts(ctx.app.output_path(config.maildir_path, "Drafts"))
    if config.drafts == "imap":
        from nextround.plugins.thank_you.imap_store import ImapDrafts

        return ImapDrafts(ctx.app.config)
    from nextround.plugins.thank_you.gmail_store import GmailDrafts

    return GmailDrafts(ctx.app.config)


def _who(person: Recipient) -> str:
    who = str(Address(person.name, person.email))
    return f"{who}, {ROLE_LABELS[person.role]}" if person.role in ROLE_LABELS else who


def _record_skips(ctx: ReactionContext, rejection: Rejection, people: Plan) -> None:
    for skipped in people.skipped:
        ctx.note(f"r{rejection.id}/skipped/{skipped.name.lower()}",
                 f"no draft to {skipped.name}: {skipped.reason}")


@hookimpl
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    config: ThankYouConfig = ctx.config or ThankYouConfig()
    people = plan(ctx.app, rejection, message)
    _record_skips(ctx, rejection, people)
    if not people.thank:
        sender = rejection.sender.email or "an unknown sender"
        instead = "; the calendar's reminder to call the recruiter stands in" \
            if "calendar" in ctx.app.plugins.implementers("nextround_react") else ""
        ctx.note(f"r{rejection.id}/no-recipient",
                 f"no draft for rejection #{rejection.id} ({rejection.company or 'company unknown'}): it came from"
                 f" {sender}, a no-reply address, and nobody from the process with an address is known{instead}")
        return
    jobs: list[tuple[str, Recipient]] = []
    if config.thank_you_note:
        jobs += [("thank_you", person) for person in people.thank]
    if config.feedback_request:
        if people.feedback is not None:
            jobs.append(("feedback", people.feedback))
        else:
            ctx.note(f"r{rejection.id}/no-feedback-recipient",
                     f"no feedback request for rejection #{rejection.id}: it is a question for the recruiter,"
                     " and neither a recruiter nor the author of the rejection has a known address")
    if not jobs:
        return

    user = ctx.app.config.user
    sender = Address(user.name, (user.addresses or [""])[0] or _owner_from(message, ctx))
    formal = register.detect(rejection.lang, message.text) == register.FORMAL
    composer = Composer(config.templates_dir, ctx.app.config.file)
    if composer.missing_user_dir:
        ctx.log.warning("plugins.thank_you.templates_dir: %s is not a folder; using the built-in templates",
                        composer.missing_user_dir)
    store = None

    def the_store() -> Any:
        nonlocal store
        store = store or open_store(ctx, config)
        return store

    for kind, person in jobs:
        draft: Draft = composer.render(kind, rejection, person, sender, signature=config.signature,
                                       met_names=people.met_names, formal=formal, references=message.references)
        ctx.once(f"r{rejection.id}/{kind}/{person.email.lower()}", kind="draft",
                 description=f"{LABELS[kind]} draft to {_who(person)} ({draft.lang}; {config.drafts})",
                 perform=lambda draft=draft: the_store().save(draft),
                 exists=lambda draft=draft: the_store().find(draft.message_id))


def _owner_from(message: Message, ctx: ReactionContext) -> str:
    owners = ctx.app.owner_addresses
    for addr in message.to:
        if not owners or addr.email in owners:
            return addr.email
    return ""
