"""The learned second opinion on mail in which the rules find no decision: nearly sure, a rejection; likely, a
possible one that waits for the user; never asked about mail that does not name the reader's application."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from labelled import THRESHOLD, mail

from nextround.detect import classify, learned
from nextround.detect.classifier import POSSIBLE, SURE
from nextround.detect.train import main as train_main
from nextround.message import parse

# A German rejection in words no decision phrase of the rules knows ("decided for a person whose profile is
# closer to what we need"), in the tone of a thousand others: the model reads it.
UNPHRASED_REJECTION = mail(
    "Hallo Sam,\n\nherzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen. "
    "Nach sorgfältiger Prüfung haben wir uns für eine Person entschieden, deren Profil näher an unseren "
    "Anforderungen liegt. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.\n\n"
    "Mit freundlichen Grüßen\nPriya Raman\nBrightwell Labs\n",
    subject="Ihre Bewerbung als Platform Engineer", sender="Priya Raman <priya.raman@brightwell.example>")


def _reading(monkeypatch: pytest.MonkeyPatch, p: float) -> list[str]:
    asked: list[str] = []

    def probability(folded: str) -> tuple[float, list[str]]:
        asked.append(folded)
        return p, ["nach sorgfaltiger", "entschieden"]

    monkeypatch.setattr(learned, "probability", probability)
    return asked


def test_the_model_reads_an_unphrased_rejection() -> None:
    verdict = classify(parse(UNPHRASED_REJECTION))
    assert verdict.confidence in (POSSIBLE, SURE), verdict.reasons
    assert any("the learned model reads" in r and "p=" in r for r in verdict.reasons)  # with the words that weighed
    assert verdict.company == "Brightwell Labs"  # acted on (or confirmed), it needs its fields


@pytest.mark.parametrize(("p", "confidence", "acted_on"), [(0.99, SURE, True), (0.93, POSSIBLE, False)])
def test_nearly_sure_is_a_rejection_and_likely_waits_for_the_user(monkeypatch: pytest.MonkeyPatch, p: float,
                                                                   confidence: float, acted_on: bool) -> None:
    _reading(monkeypatch, p)
    verdict = classify(parse(UNPHRASED_REJECTION))
    assert verdict.confidence == confidence and verdict.is_rejection
    assert (verdict.confidence >= THRESHOLD) is acted_on


def test_an_unlikely_reading_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _reading(monkeypatch, 0.6)
    verdict = classify(parse(UNPHRASED_REJECTION))
    assert not verdict.is_rejection and verdict.confidence < 0.5
    assert "the learned model reads no rejection (p=0.60)" in verdict.reasons


def test_without_the_readers_application_the_model_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same letter about a friend's application, to the reader who referred him: the model would read the tone
    # as a rejection; whose application it is, it cannot tell. The rules' gate can.
    asked = _reading(monkeypatch, 0.999)
    verdict = classify(parse(mail(
        "Hallo Sam,\n\nvielen Dank für die Bewerbung von Jonas als Platform Engineer und sein Interesse an "
        "unserem Unternehmen. Nach sorgfältiger Prüfung haben wir uns für eine Person entschieden, deren Profil "
        "näher an unseren Anforderungen liegt. Wir wünschen ihm für seine berufliche Zukunft alles Gute.\n\n"
        "Viele Grüße\nPriya\n", subject="Bewerbung von Jonas als Platform Engineer")))
    assert not asked and verdict.confidence < 0.5


def test_the_daemon_lists_a_reading_below_the_threshold_and_acts_once_confirmed(tmp_path: Path, write_config,
                                                                                  nextround) -> None:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "cur" / "1790000000.p.test:2,S").write_bytes(UNPHRASED_REJECTION)
    # A cautious user: threshold 0.8, so even a nearly sure reading (0.75) waits for them.
    config = write_config('[detection]\nthreshold = 0.8\n[plugins]\nenabled = ["thank_you"]\n'
                          f'[plugins.thank_you]\nmaildir_path = "{tmp_path}/Drafts"\n', maildir=box)
    nextround("run", "--once", config=config, check=True)
    drafts = tmp_path / "Drafts" / "cur"
    assert not drafts.exists() or not list(drafts.glob("*"))  # nothing written for a guess
    unsure = json.loads(nextround("rejections", "--uncertain", "--json", config=config, check=True).stdout)
    assert [r["company"] for r in unsure] == ["Brightwell Labs"]
    assert any("the learned model reads" in r for r in unsure[0]["reasons"])
    nextround("confirm", str(unsure[0]["id"]), config=config, check=True)
    nextround("run", "--once", config=config, check=True)
    assert len(list(drafts.glob("*"))) == 2  # the thank-you and the feedback request, once confirmed


def test_the_shipped_model_is_what_the_training_script_makes() -> None:
    # Retrain from the corpora in the repository (about 10 s): a corpus change without a retrained model fails here.
    assert train_main(["--corpus", str(Path(__file__).parent / "corpus"), "--check"]) == 0
