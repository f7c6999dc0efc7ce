"""Events in a Google Calendar, inserted with a client-chosen id: a second insert is a 409, never a copy."""

from __future__ import annotations

from typing import Any

from nextround.config import Config
from nextround.google import GoogleError, build_service, describe, http_status
from nextround.plugins.calendar.plan import PlannedEvent


class GoogleCalendar:
    def __init__(self, config: Config, calendar_id: str) -> None:
        self.config = config
        self.calendar_id = calendar_id
        self.name = f"google:{calendar_id}"
        self._service: Any = None

    @property
    def service(self) -> Any:
        if self._service is None:
            self._service = build_service(self.config, "calendar", "v3")
        return self._service

    def _missing_calendar(self) -> GoogleError:
        return GoogleError(f"Google Calendar has no calendar {self.calendar_id!r} that this account can use"
                           " (check [plugins.calendar] calendar_id)")

    def find(self, event: PlannedEvent) -> str | None:
        try:
            found = self.service.events().get(calendarId=self.calendar_id, eventId=event.event_id).execute()
        except Exception as exc:
            if http_status(exc) in (404, 410):
                return None
            raise self._error(exc, "looking up an event") from None
        return str(found.get("id") or event.event_id)  # a cancelled (deleted) one counts: the user removed it

    def save(self, event: PlannedEvent) -> str:
        try:
            created = self.service.events().insert(calendarId=self.calendar_id, body=self.body(event)).execute()
        except Exception as exc:
            if http_status(exc) == 409:  # that id is taken: an earlier attempt got through
                return event.event_id
            if http_status(exc) == 404:
                raise self._missing_calendar() from None
            raise self._error(exc, "adding an event") from None
        return str(created.get("id") or event.event_id)

    def _error(self, exc: BaseException, what: str) -> BaseException:
        if isinstance(exc, GoogleError):
            return exc
        if http_status(exc) is None:
            return exc
        return GoogleError(describe(exc, f"Google Calendar, {what}"))

    @staticmethod
    def body(event: PlannedEvent) -> dict[str, Any]:
        def moment(value: Any) -> dict[str, str]:
            out = {"dateTime": value.isoformat()}
            if event.zone_name:
                out["timeZone"] = event.zone_name
            return out

        overrides = [{"method": "popup", "minutes": m} for m in event.popup_minutes]
        overrides += [{"method": "email", "minutes": m} for m in event.email_minutes]
        return {
            "id": event.event_id,
            "summary": event.title,
            "description": event.description,
            "start": moment(event.start),
            "end": moment(event.end),
            "transparency": "transparent",
            "reminders": {"useDefault": False, "overrides": overrides[:5]},  # Google allows 5
            "extendedProperties": {"private": {"nextround": "1", "nextroundRule": event.rule}},
        }
