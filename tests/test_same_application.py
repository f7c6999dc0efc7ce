"""One application, one set of reactions: a second letter about an application already answered adds nothing.

After the no, the hiring side often writes again: a recruiter's personal note after the ATS's letter, a survey about
the application ("auch wenn es diesmal nicht geklappt hat..."). Each reads as a rejection of its own, but a second
thank-you to the same employer for the same role within days would embarrass the user. Letters for two different
roles, letters weeks apart and a later letter after the user dismissed the first stay rejections of their own.
All the mail here is written for these tests.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from imap_mail import drafts_replying_to
from test_dedupe import PRIYA_ADDR, SENT, Mailbox, drafts_to, imap_rows, letter_mail, run_imap

from nextround.application import APPLICATION_WINDOW_DAYS, company_key, role_key, same_application, within_window

from support.dovecot import Account

DANA = "Dana Okafor <dana.okafor@brightfield-analytics.example>"

# The recruiter writes herself the day after the ATS's letter; the role goes unnamed.
PERSONAL_NOTE = """\
Hi Sam,

I saw that our system sent you the formal note yesterday, and I didn't want you to hear it only from an automated \
email. I'm sorry it isn't better news: the panel went with another candidate in the end. You were one of the last \
two, and the feedback on your pipeline exercise was very good.

If it would help to talk it through, I'm happy to set up fifteen minutes next week.

All the best,
Dana Okafor
Talent Partner, Brightfield Analytics
"""

# The same employer's no for another role the reader applied to.
OTHER_ROLE = """\
Hello Sam,

Thank you for applying for the Analytics Engineer opening at Brightfield Analytics as well. I'm sorry to say that \
we will not take this application further either: we are looking for someone with more dbt experience for it.

Best wishes,
Priya Natarajan
People Team, Brightfield Analytics
"""

KRANICH = "Jana Petersen <jana.petersen@kranich-logistik.example>"
KRANICH_NO = """\
Hallo Sam,

vielen Dank für deine Bewerbung als Werkstudent Datenanalyse bei der Kranich Logistik GmbH und für das nette \
Gespräch mit unserem Team.

Leider müssen wir dir mitteilen, dass wir uns für eine andere Person entschieden haben, deren Erfahrung noch etwas \
besser zu den Aufgaben passt.

Wir wünschen dir für deinen weiteren Weg alles Gute.

Viele Grüße
Jana Petersen
Recruiting, Kranich Logistik GmbH
"""
# Three days later the employer's survey about the same application.
KRANICH_SURVEY = """\
Hallo Sam,

auch wenn es diesmal nicht geklappt hat, freuen wir uns über dein Feedback zu unserem Bewerbungsprozess. Die \
Umfrage dauert nur drei Minuten und hilft uns, besser zu werden.

Zur Umfrage: https://umfrage.kranich-logistik.example/bewerbung

Danke und viele Grüße
Dein Recruiting-Team der Kranich Logistik GmbH
"""


def personal_note(days_later: float = 1) -> bytes:
    return letter_mail(sender=DANA, subject="Following up", body=PERSONAL_NOTE, msgid="<note-1@brightfield.example>",
                       date=SENT + timedelta(days=days_later))


def kranich_no() -> bytes:
    return letter_mail(sender=KRANICH, subject="Deine Bewerbung als Werkstudent Datenanalyse", body=KRANICH_NO,
                       msgid="<absage-1@kranich-logistik.example>")


def kranich_survey() -> bytes:
    return letter_mail(sender="Kranich Logistik Recruiting <recruiting@kranich-logistik.example>",
                       subject="Wie war deine Bewerbung bei uns?", body=KRANICH_SURVEY,
                       msgid="<umfrage-1@kranich-logistik.example>", date=SENT + timedelta(days=3))


@pytest.fixture
def inbox(tmp_path: Path, write_config, nextround) -> Mailbox:
    return Mailbox(tmp_path, write_config, nextround)


# --- the rule, as a unit --------------------------------------------------------------------------------------------


def row(company: str | None, role: str | None) -> dict:
    return {"company": company, "role": role}


@pytest.mark.parametrize("company, role, earlier, same", [
    ("Brightfield Analytics", None, row("Brightfield Analytics", "Data Platform Engineer"), True),
    ("Brightfield Analytics", "Data Platform Engineer", row("brightfield analytics", None), True),
    ("The Aérolis Group", "Ingénieure Données", row("Aerolis Group SAS", "ingénieure données"), True),
    ("Kranich Logistik", "Werkstudent Datenanalyse (m/w/d)", row("Kranich Logistik GmbH", "Werkstudent Datenanalyse"),
     True),
    ("Brightfield Analytics", "Analytics Engineer", row("Brightfield Analytics", "Data Platform Engineer"), False),
    ("Brightwater", None, row("Brightfield Analytics", None), False),
    (None, None, row(None, None), False),  # no employer named: nothing tells the two apart, nothing is merged
])
def test_the_same_employer_and_role_are_one_application(company, role, earlier, same):
    assert same_application(company, role, earlier) is same


def test_keys_ignore_what_a_person_would_not_count():
    assert company_key("  The Kranich Logistik GmbH & Co. KG ") == company_key("kranich logistik")
    assert role_key("Werkstudent Datenanalyse (m/w/d)") == role_key("werkstudent  datenanalyse")
    assert company_key("") is None and role_key(None) is None


# --- end to end: the real pipeline, the real detector, thank_you and calendar on ---------------------------------


def test_a_recruiters_personal_note_after_the_ats_letter_gets_no_second_draft(inbox: Mailbox):
    inbox.deliver(letter_mail(), personal_note())
    out = inbox.run()
    assert inbox.rows("SELECT id, decision FROM rejections ORDER BY id") == [(1, "auto"), (2, "repeat")]
    assert len(drafts_to(inbox, PRIYA_ADDR)) == 1
    assert drafts_to(inbox, "dana.okafor@brightfield-analytics.example") == []
    assert inbox.reacted_to() == {1}
    assert inbox.rows("SELECT outcome, duplicate_of FROM messages WHERE message_id = '<note-1@brightfield.example>'") \
        == [("duplicate", 1)]
    assert ("is about the same application as rejection #1 (Brightfield Analytics, Data Platform Engineer"
            in out and "not acted on again" in out and "kept as #2" in out and "`nextround confirm 2`" in out)


def test_a_survey_after_the_no_gets_no_second_draft_even_after_a_restart(inbox: Mailbox):
    inbox.deliver(kranich_no())
    inbox.run()
    drafts, events = len(inbox.drafts()), inbox.events()
    assert drafts == 1 and events > 0
    inbox.deliver(kranich_survey())  # a new process: only the state remembers the application
    out = inbox.run()
    assert inbox.rows("SELECT decision FROM rejections ORDER BY id") == [("auto",), ("repeat",)]
    assert len(inbox.drafts()) == drafts and inbox.events() == events
    assert "about the same application as rejection #1 (Kranich Logistik" in out


def test_a_repeat_the_user_confirms_gets_its_own_reactions_once(inbox: Mailbox):
    # Two applications at one employer whose second no names no role look like one: the user says they are two.
    inbox.deliver(letter_mail(), personal_note())
    inbox.run()
    listed = inbox.run("rejections")
    assert "[repeat" in listed and "about the same application as rejection #1" in listed \
        and "`nextround confirm 2`" in listed
    assert "repeat -> confirmed" in inbox.run("confirm", "2")
    inbox.run()
    assert inbox.reacted_to() == {1, 2}
    assert len(drafts_to(inbox, "dana.okafor@brightfield-analytics.example")) == 1
    inbox.deliver(personal_note(days_later=2).replace(b"<note-1@", b"<note-2@"))  # the note sent again: a copy of
    inbox.run()  # the confirmed letter, which gets nothing more
    assert inbox.rows("SELECT outcome, duplicate_of FROM messages WHERE message_id = '<note-2@brightfield.example>'") \
        == [("duplicate", 2)]
    assert len(drafts_to(inbox, "dana.okafor@brightfield-analytics.example")) == 1


def test_a_repeat_counts_in_no_report(inbox: Mailbox):
    inbox.deliver(kranich_no(), kranich_survey())
    inbox.run()
    assert '"rejections": 1' in inbox.run("status", "--json")


def test_two_roles_at_one_employer_are_two_applications(inbox: Mailbox):
    inbox.deliver(letter_mail(), letter_mail(subject="Your application: Analytics Engineer", body=OTHER_ROLE,
                                             msgid="<letter-2@brightfield-analytics.example>",
                                             date=SENT + timedelta(days=2)))
    out = inbox.run()
    assert inbox.rows("SELECT role FROM rejections ORDER BY id") == [("Data Platform Engineer",),
                                                                     ("Analytics Engineer",)]
    assert inbox.reacted_to() == {1, 2} and len(drafts_to(inbox, PRIYA_ADDR)) == 2
    assert "same application" not in out


def test_the_same_employer_weeks_later_answers_a_new_application(inbox: Mailbox):
    inbox.deliver(letter_mail(), personal_note(days_later=APPLICATION_WINDOW_DAYS + 10))
    inbox.run()
    assert inbox.rows("SELECT count(*) FROM rejections") == [(2,)]
    assert inbox.reacted_to() == {1, 2}


def test_a_dismissed_reading_does_not_hide_a_later_no(inbox: Mailbox):
    inbox.deliver(letter_mail())
    inbox.run()
    inbox.run("dismiss", "1")
    inbox.deliver(personal_note())
    out = inbox.run()
    assert inbox.rows("SELECT id, decision FROM rejections ORDER BY id") == [(1, "dismissed"), (2, "auto")]
    assert len(drafts_to(inbox, "dana.okafor@brightfield-analytics.example")) == 1
    assert "same application" not in out


def test_a_dry_run_plans_one_draft_for_one_application(inbox: Mailbox):
    inbox.deliver(kranich_no(), kranich_survey())
    out = inbox.run("run", "--once", "--dry-run")
    assert "1 rejections" in out and "about the same application as a rejection found earlier in this dry run" in out


def test_imap_a_survey_in_a_later_pass_makes_no_second_draft(imap_account: Account, tmp_path: Path, nextround):
    imap_account.append(kranich_no())
    run_imap(imap_account, tmp_path, nextround)
    imap_account.append(kranich_survey())
    err = run_imap(imap_account, tmp_path, nextround)
    assert "about the same application as rejection #1" in err
    assert drafts_replying_to(imap_account.messages("Drafts")) == {"<absage-1@kranich-logistik.example>": 1}
    assert imap_rows(tmp_path, "SELECT message_id, outcome FROM messages ORDER BY date") == [
        ("<absage-1@kranich-logistik.example>", "rejection"), ("<umfrage-1@kranich-logistik.example>", "duplicate")]


def test_the_window_needs_both_dates():
    assert within_window(SENT + timedelta(days=1), SENT.timestamp())
    assert not within_window(SENT + timedelta(days=APPLICATION_WINDOW_DAYS + 1), SENT.timestamp())
    assert not within_window(None, SENT.timestamp())  # a letter without a date is never merged
