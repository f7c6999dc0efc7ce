"""The learned second opinion on mail in which the rules find no decision: a likely rejection is a possible one that
waits for the user, never one acted on by itself; the model is never asked about mail that does not name the reader's
application."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from labelled import THRESHOLD, mail

from nextround.detect import classify, learned
from nextround.detect.classifier import POSSIBLE
from nextround.detect.train import main as train_main
from nextround.message import parse

# A French rejection in words no decision phrase of the rules knows ("so we have taken another direction for this
# post"), in the tone of many others: the model reads it.
UNPHRASED_REJECTION = mail(
    "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de chargée de projet et pour l'intérêt que "
    "vous portez à notre entreprise. Après réflexion, nous avons pris une autre direction pour ce poste. Nous vous "
    "souhaitons pleine réussite dans vos recherches.\n\nCordialement,\nPriya Raman\nBrightwell Labs\n",
    subject="Votre candidature", sender="Priya Raman <priya.raman@brightwell.example>")


def _reading(monkeypatch: pytest.MonkeyPatch, p: float) -> list[str]:
    asked: list[str] = []

    def probability(folded: str) -> tuple[float, list[str]]:
        asked.append(folded)
        return p, ["nach sorgfaltiger", "entschieden"]

    monkeypatch.setattr(learned, "probability", probability)
    return asked


def test_the_model_reads_an_unphrased_rejection() -> None:
    verdict = classify(parse(UNPHRASED_REJECTION))
    assert verdict.confidence == POSSIBLE < THRESHOLD, verdict.reasons  # never enough to act on by default
    assert any(r.startswith("possible rejection: the learned model reads one (p=") for r in verdict.reasons)
    assert verdict.company == "Brightwell Labs"  # once confirmed, it needs its fields


@pytest.mark.parametrize("p", [0.91, 0.999])
def test_however_sure_the_model_is_it_only_flags(monkeypatch: pytest.MonkeyPatch, p: float) -> None:
    _reading(monkeypatch, p)
    verdict = classify(parse(UNPHRASED_REJECTION))
    assert verdict.is_rejection and verdict.confidence == POSSIBLE


def test_an_unlikely_reading_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _reading(monkeypatch, 0.6)
    verdict = classify(parse(UNPHRASED_REJECTION))
    assert not verdict.is_rejection and verdict.confidence < 0.5
    assert "the learned model reads no rejection (p=0.60)" in verdict.reasons


def test_without_the_readers_application_the_model_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same letter about a friend the reader recommended: the model would read the tone as a rejection; whose
    # application it is, it cannot tell. The rules' gate can.
    asked = _reading(monkeypatch, 0.999)
    verdict = classify(parse(mail(
        "Bonjour Sam,\n\nMerci de nous avoir recommandé Jonas pour le poste de chargé de projet. Après étude attentive "
        "de son dossier, notre choix s'est porté ailleurs. Nous lui souhaitons pleine réussite dans ses recherches."
        "\n\nCordialement,\nPriya\n", subject="Jonas, poste de chargé de projet")))
    assert not asked and verdict.confidence < 0.5


def test_the_daemon_lists_a_reading_below_the_threshold_and_acts_once_confirmed(tmp_path: Path, write_config,
                                                                                  nextround) -> None:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "cur" / "1790000000.p.test:2,S").write_bytes(UNPHRASED_REJECTION)
    config = write_config('[plugins]\nenabled = ["thank_you"]\n'
                          f'[plugins.thank_you]\nmaildir_path = "{tmp_path}/Drafts"\n', maildir=box)
    # A model of one word pair, so that this tests the daemon's path, not what the shipped model reads today.
    model = tmp_path / "model.json"
    model.write_text(json.dumps({"bias": -4.0, "weights": {"autre direction": 9.0}}))
    env = {"NEXTROUND_LEARNED_MODEL": str(model)}
    nextround("run", "--once", config=config, env=env, check=True)
    drafts = tmp_path / "Drafts" / "cur"
    assert not drafts.exists() or not list(drafts.glob("*"))  # nothing written for a guess
    unsure = json.loads(nextround("rejections", "--uncertain", "--json", config=config, check=True).stdout)
    assert [r["company"] for r in unsure] == ["Brightwell Labs"]
    assert any("the learned model reads" in r for r in unsure[0]["reasons"])
    nextround("confirm", str(unsure[0]["id"]), config=config, check=True)
    nextround("run", "--once", config=config, env=env, check=True)
    assert len(list(drafts.glob("*"))) == 2  # the thank-you and the feedback request, once confirmed


def test_a_broken_model_file_leaves_the_rules_to_decide_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "model.json"
    broken.write_text('{"bias": 0.1, "weights": ')  # cut short, as by a full disk
    monkeypatch.setenv("NEXTROUND_LEARNED_MODEL", str(broken))
    learned._model.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            first, second = (classify(parse(UNPHRASED_REJECTION)) for _ in range(2))
    finally:
        learned._model.cache_clear()  # the next test reads the shipped model again
    assert first.confidence < 0.5 and not any("learned model" in r for r in first.reasons)
    assert second.confidence == first.confidence  # no exception, mail after mail
    lines = [r.getMessage() for r in caplog.records if "learned model" in r.getMessage()]
    assert len(lines) == 1 and str(broken) in lines[0]  # said once, in one line


def test_the_shipped_model_is_what_the_training_script_makes() -> None:
    # Retrain from the corpora in the repository (about 10 s): a corpus change without a retrained model fails here.
    assert train_main(["--corpus", str(Path(__file__).parent / "corpus"), "--check"]) == 0


def test_invitations_and_next_steps_are_never_flagged_as_possible_rejections() -> None:
    """The model reads tone ("thanks again", "the next", "choices"); mail the rules read as an invitation, an offer,
    an alert or outreach is not handed to it (the demo mailbox's screen invitation and take-home exercise were)."""
    demo = Path(__file__).resolve().parents[1] / "examples" / "demo-mailbox"
    labels = {e["file"]: e["is_rejection"] for e in json.loads((demo / "expected.json").read_text())}
    flagged = []
    for path in sorted([*(demo / "Maildir").glob("cur/*"), *(demo / "Maildir").glob("new/*")]):
        verdict = classify(parse(path.read_bytes()))
        if not labels[f"{path.parent.name}/{path.name}"] and verdict.confidence >= 0.5:
            flagged.append((path.name, verdict.category, verdict.reasons))
    assert not flagged
    invite = mail("Hi Sam,\n\nThanks again for your time on Tuesday. The next step in your application is a short "
                  "take-home exercise; you can choose a slot that suits you: would Thursday or Friday work?\n\n"
                  "Best,\nPriya\n", subject="Next step: take-home exercise", sender="Priya <priya@brightwell.example>")
    verdict = classify(parse(invite))
    assert verdict.category == "interview" and verdict.confidence < THRESHOLD, verdict.reasons
    assert not any("learned model" in r for r in verdict.reasons)
