"""nextround.testing: the harness runs the real pipeline on what a test feeds it, and shows what happened."""

from __future__ import annotations

import email
import email.policy

import pytest

from nextround import hookimpl
from nextround.config import ConfigError
from nextround.message import parse
from nextround.testing import LANGUAGES, Harness, PluginFailed, make_opening, make_rejection


class Recorder:
    """A plugin object: one effect per rejection, a note for no-reply senders."""

    name = "recorder"

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.openings: list[str] = []

    @hookimpl
    def nextround_react(self, rejection, ctx):
        self.calls.append(rejection.company)
        if rejection.sender.email.startswith("no-reply"):
            ctx.note(f"r{rejection.id}/no-reply", f"nothing for {rejection.company}: no-reply sender")
            return
        ctx.once(f"r{rejection.id}/mark", kind="mark", description=f"mark {rejection.company}",
                 perform=lambda: f"marked-{rejection.id}")

    @hookimpl
    def nextround_new_opening(self, opening):
        self.openings.append(opening.title)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_make_rejection_is_detected_in_each_language(nextround_harness, lang):
    raw = make_rejection(company="Acme Robotics", role="Data Engineer", lang=lang)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["From"] == "Dana Whitfield <dana@acme-robotics.example>" and msg["Message-ID"]
    h = nextround_harness(Recorder())
    h.feed(raw)
    h.run()
    [rejection] = h.rejections()
    assert rejection.decision == "auto" and rejection.lang == lang and rejection.confidence >= 0.7


def test_make_rejection_carries_what_an_extractor_needs():
    message = parse(make_rejection(company="Acme Robotics", role="Data Engineer", lang="en",
                                   careers_url="https://acme-robotics.example/careers"))
    assert message.subject == "Your application for Data Engineer at Acme Robotics"
    assert "decided to move forward with other candidates" in message.text
    assert "https://acme-robotics.example/careers" in [link.url for link in message.links]
    assert make_rejection() != make_rejection()  # a new Message-ID each time
    with pytest.raises(ValueError, match="lang must be one of en, de, fr, es, nl, pt"):
        make_rejection(lang="it")


def test_effects_and_notes_are_recorded_once_over_two_passes(nextround_harness):
    plugin = Recorder()
    h = nextround_harness(plugin)
    h.feed(make_rejection(company="Acme Robotics"),
           make_rejection(company="Harbor Finch", sender="Harbor Finch <no-reply@harbor-finch.example>"))
    h.run()
    h.run()
    assert plugin.calls == ["Acme Robotics", "Harbor Finch"]
    [effect] = h.effects()
    assert (effect.plugin, effect.kind, effect.status, effect.description, effect.ref) == (
        "recorder", "mark", "done", "mark Acme Robotics", "marked-1")
    assert h.notes("recorder") == ["nothing for Harbor Finch: no-reply sender"]
    assert [r["status"] for r in h.reactions()] == ["ok", "ok"]


def test_feed_accepts_eml_files_and_email_messages(nextround_harness, tmp_path):
    eml = tmp_path / "rejection.eml"
    eml.write_bytes(make_rejection(company="Acme Robotics"))
    built = email.message_from_bytes(make_rejection(company="Bramble Labs", lang="fr"),
                                     policy=email.policy.default)
    h = nextround_harness(Recorder())
    h.feed(eml, built)
    h.run()
    assert sorted(r.lang for r in h.rejections()) == ["en", "fr"]
    with pytest.raises(TypeError, match="cannot feed a int"):
        h.feed(3)


def test_dry_run_exposes_planned_effects_and_records_nothing(nextround_harness):
    h = nextround_harness(Recorder(), dry_run=True)
    h.feed(make_rejection(company="Acme Robotics"))
    h.run()
    assert h.planned == [("recorder", "mark Acme Robotics")]
    assert h.effects() == [] and h.rejections() == []


def test_a_raising_plugin_fails_the_run_when_strict_and_is_recorded_when_not(nextround_harness):
    class Broken:
        @hookimpl
        def nextround_react(self, rejection):
            raise RuntimeError(f"cannot handle {rejection.company}")

    h = nextround_harness(Broken(), name="broken")
    h.feed(make_rejection(company="Acme Robotics"))
    with pytest.raises(PluginFailed, match=r"plugin broken: nextround_react raised on rejection #1 "
                                           r"\(Acme Robotics\): RuntimeError: cannot handle Acme Robotics") as info:
        h.run()
    assert isinstance(info.value.__cause__, RuntimeError)

    lenient = nextround_harness(Broken(), name="broken", strict=False)
    lenient.feed(make_rejection(company="Acme Robotics"))
    lenient.run()
    [reaction] = lenient.reactions()
    assert reaction["status"] == "failed" and "RuntimeError: cannot handle Acme Robotics" in reaction["last_error"]
    assert [(p, h_) for p, h_, _e in lenient.errors] == [("broken", "nextround_react")]


def test_call_passes_app_and_new_opening_reaches_the_plugin(nextround_harness):
    plugin = Recorder()
    h = nextround_harness(plugin)
    h.call("nextround_new_opening", opening=make_opening(title="Staff Data Engineer"))
    assert plugin.openings == ["Staff Data Engineer"]


def test_plugin_config_is_validated_and_errors_name_the_plugin(nextround_harness):
    from pydantic import BaseModel, ConfigDict

    class Settings(BaseModel):
        model_config = ConfigDict(extra="forbid")
        level: int = 1

    class Configured:
        @hookimpl
        def nextround_config_schema(self):
            return Settings

        @hookimpl
        def nextround_react(self, ctx):
            ctx.once("x", kind="k", description=f"level {ctx.config.level}", perform=lambda: None)

    good = nextround_harness(Configured(), name="configured", config={"level": 3})
    good.feed(make_rejection())
    good.run()
    assert [e.description for e in good.effects()] == ["level 3"]
    bad = nextround_harness(Configured(), name="configured", config={"levle": 3})
    with pytest.raises(ConfigError, match=r"plugins\.configured\.levle: unknown key"):
        bad.run()


def test_misspelled_hook_is_reported_with_a_suggestion(nextround_harness):
    class Typo:
        def nextround_reakt(self, rejection):
            pass

    h = nextround_harness(Typo(), name="typo")
    with pytest.raises(ConfigError, match="plugin typo: unknown hook nextround_reakt "
                                          r"\(did you mean nextround_react\?\)"):
        h.run()


def test_registered_plugin_is_listed_like_an_installed_one(tmp_path):
    h = Harness(tmp_path)
    h.add_plugin(Recorder())
    info = h.app.plugins.infos["recorder"]
    assert info.enabled and info.module is not None and info.hooks == ["nextround_new_opening", "nextround_react"]
    assert info.source == "registered by the test harness"
    assert h.app.plugins.implementers("nextround_react") == ["recorder"]  # no built-in unless asked
    h.close()


def test_builtins_can_run_next_to_the_plugin_under_test(nextround_harness, tmp_path):
    h = nextround_harness(Recorder(), builtins=("thank_you",),
                          settings={"plugins": {"thank_you": {"maildir_path": str(tmp_path / "Drafts")}}})
    h.feed(make_rejection(company="Acme Robotics"))
    h.run()
    assert {e.plugin for e in h.effects()} == {"recorder", "thank_you"}
