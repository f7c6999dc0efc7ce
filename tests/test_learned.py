"""The learned second opinion: a rejection the rules miss is flagged for the user, never acted on by itself."""

from __future__ import annotations

import json
from pathlib import Path

from labelled import THRESHOLD, mail

from nextround.detect import classify, learned
from nextround.detect.classifier import POSSIBLE, POSSIBLE_AT, fold_own, own_text
from nextround.detect.train import main as train_main
from nextround.message import parse

# A German rejection in words no decision phrase of the rules knows ("decided for a person whose profile is
# closer to what we need"); the model reads it as one.
POSSIBLE_REJECTION = mail(
    "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Platform Engineer und Ihr Interesse an unserem Unternehmen. "
    "Nach reiflicher Überlegung haben wir uns für eine Person entschieden, deren Profil näher an unseren "
    "Anforderungen liegt. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nViele Grüße\nPriya Raman\n"
    "Brightwell Labs\n",
    subject="Ihre Bewerbung als Platform Engineer", sender="Priya Raman <priya.raman@brightwell.example>")


def test_a_possible_rejection_is_flagged_below_the_threshold() -> None:
    verdict = classify(parse(POSSIBLE_REJECTION))
    assert verdict.confidence == POSSIBLE < THRESHOLD  # never enough for a reaction at the default threshold
    assert any(r.startswith("possible rejection: the learned model") for r in verdict.reasons)
    assert verdict.company == "Brightwell Labs"  # a confirmed one needs its fields


def test_without_the_readers_application_the_model_is_not_asked() -> None:
    # The same letter about a friend's application, sent to the reader who referred him: the model reads the tone
    # and would call it a rejection; whose application it is, it cannot tell. The rules' gate can.
    message = parse(mail(
        "Hallo Sam,\n\nvielen Dank für die Bewerbung von Jonas als Platform Engineer und sein Interesse an "
        "unserem Unternehmen. Nach reiflicher Überlegung haben wir uns für eine Person entschieden, deren Profil "
        "näher an unseren Anforderungen liegt. Wir wünschen ihm für seine berufliche Zukunft alles "
        "Gute.\n\nViele Grüße\nPriya\n", subject="Bewerbung von Jonas als Platform Engineer"))
    assert learned.probability(fold_own(message, own_text(message)[0]))[0] >= POSSIBLE_AT
    verdict = classify(message)
    assert verdict.confidence < 0.5 and not any("learned model" in r for r in verdict.reasons)


def test_the_daemon_lists_it_for_the_user_and_acts_only_once_confirmed(tmp_path: Path, write_config,
                                                                        nextround) -> None:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "cur" / "1790000000.p.test:2,S").write_bytes(POSSIBLE_REJECTION)
    config = write_config('[plugins]\nenabled = ["thank_you"]\n'
                          f'[plugins.thank_you]\nmaildir_path = "{tmp_path}/Drafts"\n', maildir=box)
    nextround("run", "--once", config=config, check=True)
    drafts = tmp_path / "Drafts" / "cur"
    assert not drafts.exists() or not list(drafts.glob("*"))  # nothing written for a guess
    unsure = json.loads(nextround("rejections", "--uncertain", "--json", config=config, check=True).stdout)
    assert [r["company"] for r in unsure] == ["Brightwell Labs"]
    nextround("confirm", str(unsure[0]["id"]), config=config, check=True)
    nextround("run", "--once", config=config, check=True)
    assert len(list(drafts.glob("*"))) == 2  # the thank-you and the feedback request, once confirmed


def test_the_shipped_model_is_what_the_training_script_makes() -> None:
    # Retrain from the corpora in the repository (about 10 s): a corpus change without a retrained model fails here.
    assert train_main(["--corpus", str(Path(__file__).parent / "corpus"), "--check"]) == 0
