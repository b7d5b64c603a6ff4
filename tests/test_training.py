"""Loaders on small fixtures, the PAN 2012 importer on the real excerpt, and a small end-to-end training."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures_data import make_data_root, make_labeled_jsonl
from grooming_risk.model.convert import request_from_json
from grooming_risk.model.scorer import load_model
from grooming_risk.model.validation import Limits, validate_request
from grooming_risk.training import metadata_priors
from grooming_risk.training.corpus import CorpusConfig, build_corpus, split_by_group
from grooming_risk.training.loaders.chitchat import load_chitchat
from grooming_risk.training.loaders.irc import load_irc_threads
from grooming_risk.training.loaders.labeled_jsonl import LabeledFileError, load_labeled_jsonl
from grooming_risk.training.loaders.nps_chat import load_nps_chat
from grooming_risk.training.loaders.perverted_justice import load_perverted_justice, merge_by_position
from grooming_risk.training.synthetic import SCENARIOS, generate

PAN12 = Path(__file__).resolve().parents[2] / "shared" / "grooming_data" / "pan12" / "toy_excerpt"
CLI = [sys.executable, "-m", "grooming_risk"]


@pytest.fixture(scope="module")
def data_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data_root(tmp_path_factory.mktemp("grooming_data"))


def test_merge_by_position_interleaves_by_relative_position() -> None:
    merged = merge_by_position(["a1", "a2"], ["b1", "b2", "b3", "b4"])
    assert [t for _, t in merged] == ["b1", "a1", "b2", "b3", "a2", "b4"]


def test_perverted_justice_windows(data_root: Path) -> None:
    items = load_perverted_justice(data_root / "perverted_justice_koutli2023", seed=3, min_len=12, max_len=40)
    groups = {i.group for i in items}
    assert groups == {f"pj:offender{k}" for k in range(12)}  # unmatched sides skipped, _1/_2 decoys merged
    assert all(i.label == 1 and len(i.conversation.participants) == 2 for i in items)
    assert all(12 <= len(i.conversation.messages) < 80 for i in items)
    for item in items:
        times = [m.sent_at for m in item.conversation.messages]
        assert times == sorted(times)
        assert len(item.offender_ids) == 1 and next(iter(item.offender_ids)).endswith("-a")
    assert (
        load_perverted_justice(data_root / "perverted_justice_koutli2023", seed=3, min_len=12, max_len=40) == items
    )  # seeded


def test_nps_and_irc_loaders(data_root: Path) -> None:
    nps = load_nps_chat(data_root / "benign_nps_chat" / "nps_chat_sessions.jsonl", window=30)
    assert {i.source for i in nps} == {"nps:teens", "nps:adults"}
    assert all("JOIN" not in m.text for i in nps for m in i.conversation.messages)
    irc = load_irc_threads(data_root / "benign_irc_disentangle" / "irc_threads.jsonl")
    assert len(irc) == 40 and all(i.label == 0 for i in irc)
    times = [m.sent_at for m in irc[0].conversation.messages]
    assert times == sorted(times) and times[-1] - times[0] > 0  # crossing midnight moves forward


def test_chitchat_loader_reads_real_conversations() -> None:
    items = load_chitchat(limit=5)
    assert 1 <= len(items) <= 10
    assert all(i.label == 0 for i in items)
    assert any(len(i.conversation.participants) >= 2 for i in items)
    assert all(i.conversation.messages[0].sent_at > 1.4e9 for i in items)  # real timestamps (2018)


def test_labeled_jsonl_loader_and_its_errors(tmp_path: Path) -> None:
    path = make_labeled_jsonl(tmp_path / "platform.jsonl", count=4)
    items = load_labeled_jsonl(path)
    assert len(items) == 4 and items[0].conversation.participants[0].age_years == 30
    bad = tmp_path / "bad.jsonl"
    bad.write_text(path.read_text().splitlines()[0].replace('"label":0', '"label":7') + "\n")
    with pytest.raises(LabeledFileError, match=r"bad.jsonl:1: \"label\" must be 0 or 1"):
        load_labeled_jsonl(bad)
    bad.write_text(path.read_text().splitlines()[0] + "\n{oops\n")
    with pytest.raises(LabeledFileError, match=r"bad\.jsonl:2"):
        load_labeled_jsonl(bad)


def test_synthetic_hard_negatives_are_seeded_and_cover_every_scenario() -> None:
    first = generate(60, seed=7)
    assert generate(60, seed=7) == first
    assert generate(60, seed=8) != first
    assert {i.source for i in first} == {f"synthetic:{s}" for s in SCENARIOS}
    pickups = [i for i in first if i.source == "synthetic:pickup"]
    assert all(
        i.conversation.participants[1].age_years < 18 <= i.conversation.participants[0].age_years for i in pickups
    )


def test_metadata_priors_follow_the_label(data_root: Path) -> None:
    items = load_perverted_justice(data_root / "perverted_justice_koutli2023", seed=1)
    rng = random.Random(0)
    attached = [metadata_priors.attach(i, rng) for i in items for _ in range(5)]
    ages = [
        p.age_years
        for i in attached
        for p in i.conversation.participants
        if p.participant_id in i.offender_ids and p.age_years is not None
    ]
    assert ages and min(ages) >= 16


@pytest.mark.skipif(not PAN12.exists(), reason="../shared/grooming_data/pan12 is not present")
def test_import_pan12_on_the_real_excerpt(tmp_path: Path) -> None:
    out = tmp_path / "pan12.jsonl"
    corpus = PAN12 / "train" / "pan12-sexual-predator-identification-training-corpus-2012-05-01.xml"
    predators = PAN12 / "train" / "pan12-sexual-predator-identification-training-corpus-predators-2012-05-01.txt"
    result = subprocess.run(
        [*CLI, "import-pan12", str(corpus), str(predators), "-o", str(out)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 17
    labels = []
    for line in lines:
        request, extras = request_from_json(line)
        validate_request(request, Limits.unbounded())
        labels.append(extras["label"])
        assert (extras["label"] == 1) == bool(extras["offender_ids"])
    assert sum(labels) == 3
    first, _ = request_from_json(lines[0])
    assert first.conversation_id == "95539910a8fe6035ecdded42181c5ab3"
    assert first.messages[5].text == "im nattie 13 f ky"
    assert first.messages[1].sent_at.seconds > first.messages[0].sent_at.seconds
    evaluation = subprocess.run([*CLI, "evaluate", str(out), "--json"], capture_output=True, text=True, timeout=120)
    assert evaluation.returncode == 0, evaluation.stderr
    assert json.loads(evaluation.stdout)["model"]["n"] == 17


def test_small_training_run_end_to_end(data_root: Path, tmp_path: Path) -> None:
    """Train on fixtures through the CLI; the artifact loads and scores; the card and evaluate work."""
    labeled = make_labeled_jsonl(tmp_path / "platform.jsonl")
    out = tmp_path / "artifact"
    test_export = tmp_path / "heldout.jsonl"
    result = subprocess.run(
        [
            *CLI,
            "train",
            "--out",
            str(out),
            "--data-root",
            str(data_root),
            "--labeled",
            str(labeled),
            "--no-chitchat",
            "--synthetic",
            "60",
            "--seed",
            "3",
            "--export-test",
            str(test_export),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    model = load_model(out)
    assert model.version.startswith("gr2-") and 0 < model.default_threshold < 1
    card = (out / "MODEL_CARD.md").read_text()  # inside the artifact directory, not beside it
    assert not (tmp_path / "MODEL_CARD.md").exists()
    for section in (
        "## Data",
        "## Which weights come from real data",
        "## Headline: leave-one-source-out",
        "### The same held-out conversations in four forms",
        "### Early detection",
        "### Robustness to evasion",
        "## Limitations",
        "grooming-risk train --out",
    ):
        assert section in card
    evaluation = subprocess.run(
        [*CLI, "evaluate", str(test_export), "--model-dir", str(out)], capture_output=True, text=True, timeout=120
    )
    assert evaluation.returncode == 0, evaluation.stderr
    assert "ROC-AUC=" in evaluation.stdout and "threshold  precision  recall" in evaluation.stdout


def test_split_never_shares_a_group(data_root: Path) -> None:
    items = build_corpus(CorpusConfig(data_root=data_root, chitchat=False, synthetic_count=30))
    train, test = split_by_group(items, 0.25, seed=0)
    assert train and test
    assert not {i.group for i in train} & {i.group for i in test}
    assert {i.source.split(":")[0] for i in test} == {"pj", "nps", "irc", "synthetic"}


def _train_in(workdir: Path, data_root: Path, labeled: Path, hash_seed: str) -> dict[str, bytes]:
    """Train on the fixtures from `workdir` with relative paths (the card quotes the command, so both runs must
    type the same one), with another hash seed each time; the files of the artifact directory, by name."""
    workdir.mkdir()
    args = ["train", "--out", "artifact", "--data-root", str(data_root), "--labeled", str(labeled)]
    args += ["--no-chitchat", "--synthetic", "60", "--seed", "3"]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([*CLI, *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return {path.name: path.read_bytes() for path in sorted((workdir / "artifact").iterdir())}


def test_two_training_runs_give_byte_identical_artifacts(data_root: Path, tmp_path: Path) -> None:
    """Issue 17: the same code, data and seed give the same bytes (weights, metadata, card, evaluation) whatever
    the hash seed of the process. The metadata priors once drew per sender in set order, which follows
    PYTHONHASHSEED, and the card and evaluation held wall-clock times; only timing.json may differ."""
    shutil.copytree(data_root, tmp_path / "data")
    make_labeled_jsonl(tmp_path / "platform.jsonl")
    first = _train_in(tmp_path / "run-a", Path("../data"), Path("../platform.jsonl"), "1")
    second = _train_in(tmp_path / "run-b", Path("../data"), Path("../platform.jsonl"), "2")
    assert set(first) == set(second) == {"MODEL_CARD.md", "evaluation.json", "model.json", "timing.json", "weights.npz"}
    for name in sorted(set(first) - {"timing.json"}):
        assert first[name] == second[name], f"{name} differs between two runs"
