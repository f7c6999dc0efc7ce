"""calendar plugin: the events a rejection yields, in the .ics file and in Google Calendar (local stub)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from nextround.plugins.calendar.plan import event_id, plan, render_title
from nextround.plugins.calendar.settings import CalendarConfig
from nextround.records import Address, Rejection

from support.google_stub import next_friday_evening

BERLIN = ZoneInfo("Europe/Berlin")
ONLY_CALENDAR = {"NEXTROUND_LOAD_PLUGINS": "calendar"}


def fast_retry(config: Path) -> Path:
    """A failed reaction is due again at once (the retry delay is the daemon's, not under test)."""
    config.write_text(config.read_text().replace("[daemon]\n", "[daemon]\nretry_base_minutes = 0.0001\n", 1))
    return config


def expected_starts(friday: datetime) -> dict[str, datetime]:
    monday = friday.date() + timedelta(days=3)
    return {
        "call": datetime.combine(monday, time(9, 30), BERLIN),  # next working day, 09:30
        "follow-up": datetime.combine(monday + timedelta(weeks=3), time(9, 30), BERLIN),  # 3 weeks after the call
        "reflect": datetime.combine(monday, time(17, 0), BERLIN),  # Sunday is no working day: Monday
    }


def rejection(**changes: object) -> Rejection:
    base = dict(id=1, message_key="k1", message_id="<rej-1@acme.example>", subject="Your application",
                sender=Address("Dana Whitfield", "dana@acme.example"), received_at=next_friday_evening(),
                company="Acme Robotics", role="Senior Data Engineer", contact_name="Dana Whitfield",
                contact_email="dana@acme.example", careers_url=None, lang="en", confidence=0.97, reasons=[],
                decision="auto")
    base.update(changes)
    return Rejection(**base)  # type: ignore[arg-type]


def test_titles_read_well_without_contact_or_company() -> None:
    r = rejection(contact_name=None, contact_email=None, company=None, role=None)
    cfg = CalendarConfig()
    titles = [render_title(rule.title, r) for rule in cfg.rules]
    assert titles == ["Call the recruiter for feedback", "Follow up with the company", "Reflect and review your plan"]
    full = [render_title(rule.title, rejection()) for rule in cfg.rules]
    assert full[0] == "Call Dana Whitfield at Acme Robotics for feedback"
    assert full[1] == "Follow up with Acme Robotics about the Senior Data Engineer role"


def test_friday_evening_rejection_plans_monday_morning_call() -> None:
    friday = next_friday_evening()
    events = plan(rejection(received_at=friday), CalendarConfig(), BERLIN, "Europe/Berlin")
    assert {e.rule: e.start for e in events} == expected_starts(friday)
    reflect = next(e for e in events if e.rule == "reflect")
    for question in ("learn", "fit the team", "traction", "target companies"):
        assert question in reflect.description
    call = events[0]
    assert "Senior Data Engineer" in call.description and "Dana Whitfield <dana@acme.example>" in call.description
    assert "Message-ID: <rej-1@acme.example>" in call.description and "mid:rej-1@acme.example" in call.description
    assert call.end - call.start == timedelta(minutes=30)


def test_event_ids_are_stable_base32hex() -> None:
    first = event_id("maildir:abc", "call")
    assert first == event_id("maildir:abc", "call") != event_id("maildir:abc", "reflect")
    assert 5 <= len(first) <= 1024 and set(first) <= set("abcdefghijklmnopqrstuv0123456789")


def test_a_rejection_found_late_gets_reminders_from_now_on() -> None:
    old = datetime(2026, 3, 6, 19, 30, tzinfo=BERLIN)
    now = datetime(2026, 11, 25, 12, 0, tzinfo=BERLIN)  # a Wednesday
    events = plan(rejection(received_at=old), CalendarConfig(), BERLIN, "Europe/Berlin", now=now)
    assert all(e.start > now for e in events)
    assert events[0].start == datetime(2026, 11, 26, 9, 30, tzinfo=BERLIN)


def test_unknown_placeholder_in_a_rule_is_a_config_error(write_config, nextround, rejection_maildir) -> None:
    config = write_config('[plugins.calendar]\nbackend = "ics"\n[[plugins.calendar.rules]]\nname = "x"\n'
                          'title = "Call {boss}"\n', maildir=rejection_maildir(next_friday_evening()))
    proc = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert proc.returncode == 2
    assert "plugins.calendar.rules" in proc.stderr and "{boss}" in proc.stderr


def extracted(nextround, maildir: Path) -> dict:
    """What the detector makes of the test rejection (extraction is not this plugin's job)."""
    import json

    proc = nextround("classify", "--json", *map(str, sorted((maildir / "cur").iterdir())))
    return json.loads(proc.stdout.splitlines()[0])


def _ics_events(path: Path) -> list:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_ics_backend_writes_each_event_once_with_alarms(write_config, nextround, rejection_maildir,
                                                        tmp_path: Path) -> None:
    friday = next_friday_evening()
    ics = tmp_path / "out" / "reminders.ics"
    maildir = rejection_maildir(friday)
    found = extracted(nextround, maildir)
    config = write_config(f'[plugins.calendar]\nbackend = "auto"\nics_path = "{ics}"\n', maildir=maildir)
    first = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert first.returncode == 0, first.stderr
    events = _ics_events(ics)
    starts = {str(e["summary"]): e.decoded("dtstart") for e in events}
    want = expected_starts(friday)
    assert starts == {
        f"Call Dana Whitfield at {found['company']} for feedback": want["call"],
        f"Follow up with {found['company']} about the {found['role']} role": want["follow-up"],
        "Reflect and review your plan": want["reflect"],
    }
    for event in events:
        assert event.decoded("dtstart").utcoffset() == want["call"].utcoffset()
        alarms = list(event.walk("VALARM"))
        assert [str(a["action"]) for a in alarms] == ["DISPLAY"]
        assert alarms[0].decoded("trigger") == timedelta(minutes=-15)
        assert "<rej-1@acme.example>" in str(event["description"])
    uids = sorted(str(e["uid"]) for e in events)
    # A second run (a restart) and a lost state database both leave exactly these events.
    assert nextround("run", "--once", config=config, env=ONLY_CALENDAR).returncode == 0
    (tmp_path / "state.sqlite3").unlink()
    assert nextround("run", "--once", config=config, env=ONLY_CALENDAR).returncode == 0
    assert sorted(str(e["uid"]) for e in _ics_events(ics)) == uids


def test_dry_run_prints_events_and_creates_nothing(write_config, nextround, rejection_maildir,
                                                   tmp_path: Path) -> None:
    friday = next_friday_evening()
    ics = tmp_path / "cal.ics"
    maildir = rejection_maildir(friday)
    company = extracted(nextround, maildir)["company"]
    config = write_config(f'[plugins.calendar]\nbackend = "ics"\nics_path = "{ics}"\n', maildir=maildir)
    proc = nextround("run", "--once", "--dry-run", config=config, env=ONLY_CALENDAR)
    assert proc.returncode == 0, proc.stderr
    call = expected_starts(friday)["call"]
    assert f'"Call Dana Whitfield at {company} for feedback" on {call:%a %Y-%m-%d} 09:30 Europe/Berlin' in proc.stdout
    assert "Reflect and review your plan" in proc.stdout
    assert not ics.exists()


# ----- Google Calendar through the stub -----

def google_config(write_config, stub, tmp_path: Path, maildir: Path, extra: str = "") -> Path:
    token = stub.write_token(tmp_path / "secret" / "token.json")
    return fast_retry(write_config('[plugins.calendar]\nbackend = "google"\n' + extra + stub.config(token),
                                   maildir=maildir))


def inserts(stub) -> list:
    return [r for r in stub.api_requests("/calendar/v3/") if r.method == "POST"]


def test_google_events_created_once_in_the_users_zone(write_config, nextround, rejection_maildir, google_stub,
                                                      tmp_path: Path) -> None:
    friday = next_friday_evening()
    maildir = rejection_maildir(friday)
    company = extracted(nextround, maildir)["company"]
    config = google_config(write_config, google_stub, tmp_path, maildir)
    proc = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert proc.returncode == 0, proc.stderr
    events = google_stub.live_events("primary")
    want = expected_starts(friday)
    got = {e["extendedProperties"]["private"]["nextroundRule"]: e for e in events}
    assert set(got) == set(want)
    for rule, start in want.items():
        assert datetime.fromisoformat(got[rule]["start"]["dateTime"]) == start
        assert got[rule]["start"]["timeZone"] == "Europe/Berlin"
        assert got[rule]["reminders"] == {"useDefault": False, "overrides": [{"method": "popup", "minutes": 15}]}
    assert got["call"]["summary"] == f"Call Dana Whitfield at {company} for feedback"
    assert all(r.authorized for r in google_stub.api_requests())
    # A restart: nothing new is sent, nothing is duplicated.
    assert nextround("run", "--once", config=config, env=ONLY_CALENDAR).returncode == 0
    assert len(inserts(google_stub)) == 3 and len(google_stub.live_events()) == 3


def test_google_retries_a_503_storm_and_a_lost_answer(write_config, nextround, rejection_maildir, google_stub,
                                                      tmp_path: Path) -> None:
    config = google_config(write_config, google_stub, tmp_path, rejection_maildir(next_friday_evening()))
    google_stub.fail_next(2, 503)  # the first insert fails twice, then gets through
    google_stub.fail_next(1, 503, after=True)  # the next one is done, but its answer is lost
    proc = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert proc.returncode == 0, proc.stderr
    assert len(google_stub.live_events()) == 3
    # The first insert: two refusals, then done with the answer lost; its resend finds the id taken.
    assert [r.status for r in inserts(google_stub)] == [503, 503, 503, 409, 200, 200]


def test_google_outage_leaves_effect_pending_and_a_later_run_does_not_duplicate(
        write_config, nextround, rejection_maildir, google_stub, tmp_path: Path) -> None:
    config = google_config(write_config, google_stub, tmp_path, rejection_maildir(next_friday_evening()))
    google_stub.fail_next(1, 503, after=True)  # the first event is created, then Google goes away
    google_stub.fail_next(40, 503)
    first = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert "calendar" in first.stderr and "503" in first.stderr
    assert len(google_stub.live_events()) == 1
    google_stub.failures.clear()
    seen = len(google_stub.requests)
    second = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert second.returncode == 0, second.stderr
    assert len(google_stub.live_events()) == 3
    later = google_stub.requests[seen:]
    # The pending event is looked up (and found) instead of being sent again; the other two are added.
    assert [(r.method, r.status) for r in later] == [("GET", 200), ("POST", 200), ("POST", 200)]


def test_google_revoked_token_is_one_clear_line_then_retried(write_config, nextround, rejection_maildir,
                                                             google_stub, tmp_path: Path) -> None:
    config = google_config(write_config, google_stub, tmp_path, rejection_maildir(next_friday_evening()))
    token_file = tmp_path / "secret" / "token.json"
    secret = token_file.read_text()
    google_stub.revoke()
    proc = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    problem = [line for line in proc.stderr.splitlines() if "nextround auth google" in line]
    assert len(problem) == 1, proc.stderr
    assert "calendar" in problem[0]
    for value in ("ya29.", "1//stub-refresh", "stub-secret"):
        assert value not in proc.stderr and value not in proc.stdout
    assert google_stub.live_events() == []
    # The user signs in again; the next pass retries the reaction and creates each event once.
    google_stub.write_token(token_file)
    assert token_file.read_text() != secret
    again = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert again.returncode == 0, again.stderr
    assert len(google_stub.live_events()) == 3
    assert nextround("run", "--once", config=config, env=ONLY_CALENDAR).returncode == 0
    assert len(google_stub.live_events()) == 3


def test_expired_token_is_refreshed_and_saved_with_mode_0600(write_config, nextround, rejection_maildir,
                                                             google_stub, tmp_path: Path) -> None:
    token_file = google_stub.write_token(tmp_path / "secret" / "token.json", expired=True)
    before = token_file.read_text()
    config = write_config('[plugins.calendar]\nbackend = "auto"\n' + google_stub.config(token_file),
                          maildir=rejection_maildir(next_friday_evening()))
    proc = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    assert proc.returncode == 0, proc.stderr
    assert len(google_stub.live_events()) == 3  # auto: the token grants calendar.events, so Google
    assert [r.path for r in google_stub.requests][0] == "/token"
    assert token_file.read_text() != before
    assert token_file.stat().st_mode & 0o777 == 0o600


def test_unknown_calendar_id_is_a_clear_line(write_config, nextround, rejection_maildir, google_stub,
                                             tmp_path: Path) -> None:
    config = google_config(write_config, google_stub, tmp_path, rejection_maildir(next_friday_evening()),
                           extra='calendar_id = "team-offsite@group.calendar.google.com"\n')
    proc = nextround("run", "--once", config=config, env=ONLY_CALENDAR)
    lines = [line for line in proc.stderr.splitlines() if "team-offsite@group.calendar.google.com" in line]
    assert len(lines) == 1 and "calendar_id" in lines[0], proc.stderr
    assert google_stub.live_events() == []
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        status = db.execute("SELECT status FROM reactions WHERE plugin = 'calendar'").fetchone()
    assert status is not None and status[0] == "failed"


@pytest.mark.parametrize("scopes", [["https://www.googleapis.com/auth/gmail.compose"]])
def test_auto_without_calendar_scope_uses_the_ics_file(write_config, nextround, rejection_maildir, google_stub,
                                                       tmp_path: Path, scopes: list[str]) -> None:
    token = google_stub.write_token(tmp_path / "token.json", scopes=scopes)
    ics = tmp_path / "cal.ics"
    config = write_config(f'[plugins.calendar]\nics_path = "{ics}"\n' + google_stub.config(token),
                          maildir=rejection_maildir(next_friday_evening()))
    assert nextround("run", "--once", config=config, env=ONLY_CALENDAR).returncode == 0
    assert len(_ics_events(ics)) == 3 and google_stub.api_requests() == []
