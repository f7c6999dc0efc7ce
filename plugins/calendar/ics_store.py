"""One .ics file that calendar apps can import or subscribe to; rewritten atomically, one VEVENT per UID."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from nextround.plugins.calendar.plan import PlannedEvent

PRODID = "-//nextround//calendar plugin//EN"


class IcsCalendar:
    def __init__(self, path: Path, attendee: str = "") -> None:
        self.path = Path(path)
        self.attendee = attendee  # the user's address, for EMAIL alarms
        self.name = f"ics:{self.path}"

    def _load(self) -> Calendar:
        if self.path.exists():
            return Calendar.from_ical(self.path.read_bytes())
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", "nextround")
        return cal

    def find(self, event: PlannedEvent) -> str | None:
        if not self.path.exists():
            return None
        for component in self._load().walk("VEVENT"):
            if str(component.get("uid")) == event.uid:
                return f"{self.path}#{event.uid}"
        return None

    def save(self, event: PlannedEvent) -> str:
        cal = self._load()
        if any(str(c.get("uid")) == event.uid for c in cal.walk("VEVENT")):
            return f"{self.path}#{event.uid}"
        cal.add_component(self._vevent(event))
        if event.zone_name:
            cal.add_missing_timezones()
        self._write(cal.to_ical())
        return f"{self.path}#{event.uid}"

    def _vevent(self, event: PlannedEvent) -> Event:
        vevent = Event()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", datetime.now(UTC))
        start, end = event.start, event.end
        if not event.zone_name:  # no IANA name for the system's zone: write UTC times
            start, end = start.astimezone(UTC), end.astimezone(UTC)
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
        vevent.add("summary", event.title)
        vevent.add("description", event.description)
        vevent.add("categories", ["nextround"])
        vevent.add("transp", "TRANSPARENT")
        for minutes in event.popup_minutes:
            vevent.add_component(self._alarm("DISPLAY", minutes, event))
        for minutes in event.email_minutes:
            if self.attendee:  # RFC 5545: an EMAIL alarm needs an ATTENDEE to mail
                vevent.add_component(self._alarm("EMAIL", minutes, event))
        return vevent

    def _alarm(self, action: str, minutes: int, event: PlannedEvent) -> Alarm:
        alarm = Alarm()
        alarm.add("action", action)
        alarm.add("trigger", timedelta(minutes=-minutes))
        alarm.add("description", event.title)
        if action == "EMAIL":
            alarm.add("summary", event.title)
            alarm.add("attendee", f"mailto:{self.attendee}")
        return alarm

    def _write(self, data: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
