"""Google Contacts (People API): add each person once, or find and update them, in a contact group."""

from __future__ import annotations

from typing import Any

from nextround.config import Config
from nextround.plugins.contacts.export import split_name
from nextround.plugins.contacts.store import Contact, ContactStore
from nextround.reactions import ReactionContext

READ_MASK = "names,emailAddresses,organizations,phoneNumbers,urls,memberships"


class GoogleContacts:
    def __init__(self, config: Config, group_name: str) -> None:
        self.config = config
        self.group_name = group_name
        self._service: Any = None
        self._group: str | None = None
        self._warm = False

    @property
    def service(self) -> Any:
        if self._service is None:
            from nextround.google import build_service

            self._service = build_service(self.config, "people", "v1")
        return self._service

    def group(self) -> str:
        """The resource name of the configured contact group, created when missing."""
        if self._group is None:
            reply = self.service.contactGroups().list(pageSize=1000).execute()
            for group in reply.get("contactGroups") or []:
                if self.group_name in (group.get("name"), group.get("formattedName")):
                    self._group = str(group["resourceName"])
                    break
            else:
                made = self.service.contactGroups().create(body={"contactGroup": {"name": self.group_name}}).execute()
                self._group = str(made["resourceName"])
        return self._group

    def search(self, emails: list[str]) -> dict[str, Any] | None:
        """The user's existing contact with one of these addresses."""
        people = self.service.people()
        if not self._warm:  # Google asks for an empty query first, to warm the search cache
            people.searchContacts(query="", readMask="names").execute()
            self._warm = True
        for email in emails:
            reply = people.searchContacts(query=email, readMask=READ_MASK, pageSize=30).execute()
            for result in reply.get("results") or []:
                person = result.get("person") or {}
                if any((e.get("value") or "").lower() == email.lower() for e in person.get("emailAddresses") or []):
                    return person
        return None

    def body(self, contact: Contact) -> dict[str, Any]:
        given, family = split_name(contact.name)
        body: dict[str, Any] = {"names": [{"givenName": given, "familyName": family}],
                                "emailAddresses": [{"value": e, "type": "work"} for e in contact.emails]}
        if contact.company or contact.title:
            body["organizations"] = [{k: v for k, v in (("name", contact.company), ("title", contact.title)) if v}]
        if contact.phone:
            body["phoneNumbers"] = [{"value": contact.phone, "type": "work"}]
        if contact.linkedin:
            body["urls"] = [{"value": contact.linkedin, "type": "LinkedIn"}]
        return body

    def update(self, person: dict[str, Any], contact: Contact) -> None:
        """Add what the existing contact lacks; never remove or overwrite what the user keeps."""
        ours = self.body(contact)
        changes: dict[str, Any] = {}
        have = {(e.get("value") or "").lower() for e in person.get("emailAddresses") or []}
        missing = [e for e in ours["emailAddresses"] if e["value"].lower() not in have]
        if missing:
            changes["emailAddresses"] = (person.get("emailAddresses") or []) + missing
        for key in ("organizations", "phoneNumbers", "urls"):
            if key in ours and not person.get(key):
                changes[key] = ours[key]
        if changes:
            self.service.people().updateContact(
                resourceName=person["resourceName"], updatePersonFields=",".join(sorted(changes)),
                body={"etag": person.get("etag"), **changes}).execute()

    def add_to_group(self, person: dict[str, Any]) -> None:
        group = self.group()
        groups = {(m.get("contactGroupMembership") or {}).get("contactGroupResourceName")
                  for m in person.get("memberships") or []}
        if group not in groups:
            self.service.contactGroups().members().modify(
                resourceName=group, body={"resourceNamesToAdd": [person["resourceName"]]}).execute()

    def push(self, ctx: ReactionContext, store: ContactStore, contact: Contact) -> None:
        def finish(person: dict[str, Any]) -> str:
            self.add_to_group(person)
            store.set_google_resource(contact.id, str(person["resourceName"]))
            return str(person["resourceName"])

        def perform() -> str:
            person = self.search(contact.emails) if contact.emails else None
            if person is None:
                person = self.service.people().createContact(body=self.body(contact)).execute()
            else:
                self.update(person, contact)
            return finish(person)

        def exists() -> str | None:  # after a crash: the contact may be there already
            person = self.search(contact.emails) if contact.emails else None
            return finish(person) if person else None

        ctx.once(f"google/{contact.key}", kind="contact",
                 description=f"Google contact for {contact.name} in group \"{self.group_name}\"",
                 perform=perform, exists=exists)
