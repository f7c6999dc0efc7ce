"""thank_you: draft a warm thank-you note and a short feedback request for each rejection.

Drafts only, never sent. One draft of each kind per person, threaded as a reply to the
rejection, in the rejection's language. No draft goes to a no-reply address.
"""

from __future__ import annotations

from typing import Any

from nextround import hookimpl
from nextround.detect.extract import is_no_reply
from nextround.message import Message
from nextround.plugins.thank_you.compose import Composer, Draft
from nextround.plugins.thank_you.settings import ThankYouConfig
from nextround.reactions import ReactionContext
from nextround.records import Address, Rejection

__version__ = "0.1.0"


@hookimpl
def nextround_config_schema() -> type[ThankYouConfig]:
    return ThankYouConfig


def recipients(rejection: Rejection, message: Message) -> list[Address]:
    """The person who wrote the rejection, when they are a person with an address."""
    people = []
    if rejection.contact_email and not is_no_reply(rejection.contact_email):
        people.append(Address(rejection.contact_name or "", rejection.contact_email))
    return people


def open_store(ctx: ReactionContext, config: ThankYouConfig) -> Any:
    if config.drafts == "maildir":
        from nextround.plugins.thank_you.maildir_store import MaildirDrafts

        return MaildirDrafts(ctx.app.output_path(config.maildir_path, "Drafts"))
    if config.drafts == "imap":
        from nextround.plugins.thank_you.imap_store import ImapDrafts

        return ImapDrafts(ctx.app.config)
    from nextround.plugins.thank_you.gmail_store import GmailDrafts

    return GmailDrafts(ctx.app.config)


@hookimpl
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    config: ThankYouConfig = ctx.config or ThankYouConfig()
    people = recipients(rejection, message)
    if not people:
        ctx.note(f"r{rejection.id}/no-recipient",
                 f"no draft for rejection #{rejection.id}: it came from {rejection.sender.email or 'an unknown sender'}"
                 " (a no-reply address) and nobody else from the process is known")
        return
    kinds = [k for k, on in (("thank_you", config.thank_you_note), ("feedback", config.feedback_request)) if on]
    user = ctx.app.config.user
    sender = Address(user.name, (user.addresses or [""])[0] or _owner_from(message, ctx))
    composer = Composer(config.templates_dir, ctx.app.config.file)
    store = None
    for person in people:
        for kind in kinds:
            draft: Draft = composer.render(kind, rejection, person, sender, user.name or sender.email)
            label = "thank-you note" if kind == "thank_you" else "feedback request"

            def perform(draft: Draft = draft) -> str:
                nonlocal store
                store = store or open_store(ctx, config)
                return store.save(draft)

            def exists(draft: Draft = draft) -> str | None:
                nonlocal store
                store = store or open_store(ctx, config)
                return store.find(draft.message_id)

            ctx.once(f"r{rejection.id}/{kind}/{person.email.lower()}", kind="draft",
                     description=f"{label} draft to {person} ({config.drafts})",
                     perform=perform, exists=exists)


def _owner_from(message: Message, ctx: ReactionContext) -> str:
    owners = ctx.app.owner_addresses
    for addr in message.to:
        if not owners or addr.email in owners:
            return addr.email
    return ""
