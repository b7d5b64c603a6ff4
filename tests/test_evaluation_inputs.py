"""`evaluate` and `thresholds` on nonsense input: one clear line and exit 2, or "undefined" where that is the
honest answer, never a made-up precision 1.0 / nan / recommendation; and the thresholds plot draws the
recommendation where its curves meet the budget or the precision target, on readable axes."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import matplotlib
import pytest

matplotlib.use("Agg")
from matplotlib.figure import Figure

from fixtures_data import DECOY_LINES, OFFENDER_LINES, ROOM_LINES, TECH_LINES
from grooming_risk.cli import main
from grooming_risk.model.convert import request_to_json
from helpers import BENIGN_LINES, GROOMING_LINES, grooming_request, request

CANARY = "canary-teal-walrus-42"  # conversation text that must never reach a message


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _benign(k: int) -> str:
    return request_to_json(request([*BENIGN_LINES, ("a", CANARY)], f"b{k}"), label=0)


def _grooming(k: int) -> str:
    return request_to_json(grooming_request(f"g{k}"), label=1)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _graded(path: Path, count: int = 120) -> Path:
    """Scores spread over (0, 1) and imperfect labels: a volume curve that crosses a budget mid-way."""
    rng = random.Random(7)
    lines = []
    for k in range(count):
        grooming = rng.random() < 0.4
        pool = OFFENDER_LINES if grooming or rng.random() < 0.15 else rng.choice([TECH_LINES, ROOM_LINES])
        chat = []
        for _ in range(rng.randint(1, 6)):
            chat += [("a", rng.choice(pool)), ("b", rng.choice(rng.choice([DECOY_LINES, ROOM_LINES, TECH_LINES])))]
        ages = rng.choice([None, {"a": 34, "b": 13}, {"a": 41, "b": 12}])
        label = int(grooming) if rng.random() > 0.08 else int(not grooming)
        lines.append(request_to_json(request(chat, f"c{k}", ages=ages), label=label))
    return _write(path, lines)


def _one_line_error(code: int, out: str, err: str, command: str, *expected: str) -> None:
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"grooming-risk {command}: "), err
    assert "Traceback" not in err and CANARY not in err
    for text in expected:
        assert text in err, err


@pytest.mark.parametrize("command", ["evaluate", "thresholds"])
@pytest.mark.parametrize("content", ["", "\n\n   \n"])
def test_a_file_without_conversations_is_an_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, content: str
) -> None:
    path = tmp_path / "nothing.jsonl"
    path.write_text(content)
    code, out, err = _run(capsys, command, str(path))
    _one_line_error(code, out, err, command, str(path), "no conversations")


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--target-precision", "1.5"], "--target-precision must be in (0, 1]"),
        (["--target-precision", "0"], "--target-precision must be in (0, 1]"),
        (["--target-precision", "nan"], "--target-precision must be in (0, 1]"),
        (["--max-reviews-per-day", "-5", "--daily-volume", "1000"], "--max-reviews-per-day must be a positive"),
        (["--max-reviews-per-day", "0", "--daily-volume", "1000"], "--max-reviews-per-day must be a positive"),
        (["--max-reviews-per-day", "5", "--daily-volume", "-100"], "--daily-volume must be a positive"),
        (["--daily-volume", "-100"], "--daily-volume must be a positive"),
        (["--daily-volume", "inf"], "--daily-volume must be a positive"),
    ],
)
def test_nonsense_thresholds_options_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], named: str
) -> None:
    labeled = _write(tmp_path / "labeled.jsonl", [_grooming(0), _benign(0)])
    code, out, err = _run(capsys, "thresholds", str(labeled), *options)
    _one_line_error(code, out, err, "thresholds", named)


def _strict_json(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in JSON output")

    return json.loads(text, parse_constant=refuse)


def test_evaluate_without_grooming_says_recall_and_precision_are_undefined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labeled = _write(tmp_path / "benign.jsonl", [_benign(k) for k in range(4)])
    code, out, _ = _run(capsys, "evaluate", str(labeled))
    assert code == 0
    model_line = next(line for line in out.splitlines() if re.match(r"model +n=", line))
    assert "recall=undefined" in model_line and "precision=undefined" in model_line
    assert "ROC-AUC=undefined" in model_line and "F1=undefined" in model_line
    assert "nan" not in out and "precision=1.0000" not in out and CANARY not in out
    assert "note: no grooming conversations (label 1)" in out
    code, out, _ = _run(capsys, "evaluate", str(labeled), "--json")
    data = _strict_json(out)
    assert code == 0 and CANARY not in out
    for name in ("precision", "recall", "f1", "roc_auc", "pr_auc"):
        assert data["model"][name] is None, name
    assert data["model"]["false_positive_rate"] == 0.0
    assert all(row["precision"] is None and row["recall"] is None for row in data["thresholds"])


def test_evaluate_without_non_grooming_says_false_positive_rate_is_undefined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labeled = _write(tmp_path / "grooming.jsonl", [_grooming(k) for k in range(3)])
    code, out, _ = _run(capsys, "evaluate", str(labeled))
    assert code == 0
    assert "FPR=undefined" in out and "ROC-AUC=undefined" in out and "nan" not in out
    assert "note: no non-grooming conversations (label 0)" in out
    data = _strict_json(_run(capsys, "evaluate", str(labeled), "--json")[1])
    assert data["model"]["false_positive_rate"] is None and data["model"]["roc_auc"] is None


@pytest.mark.parametrize(
    ("kind", "undefined"),
    [("benign", "no grooming conversations (label 1)"), ("grooming", "no non-grooming conversations (label 0)")],
)
@pytest.mark.parametrize(
    "options", [[], ["--target-precision", "0.5"], ["--max-reviews-per-day", "9", "--daily-volume", "10"]]
)
def test_thresholds_on_one_class_makes_no_recommendation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, undefined: str, options: list[str]
) -> None:
    make = _benign if kind == "benign" else _grooming
    labeled = _write(tmp_path / f"{kind}.jsonl", [make(k) for k in range(3)])
    code, out, err = _run(capsys, "thresholds", str(labeled), *options)
    assert code == 0, err
    assert "<- recommended" not in out and "recommended threshold" not in out
    assert f"no recommendation: the file has {undefined}" in out
    assert "undefined" in out.split("no recommendation")[0]  # the table says which metric
    assert CANARY not in out + err
    code, out, _ = _run(capsys, "thresholds", str(labeled), "--json", *options)
    data = _strict_json(out)
    assert code == 0 and data["recommended"] is None and undefined in data["why"]


def test_a_normal_file_still_works_and_an_empty_threshold_has_no_precision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both classes: numbers everywhere, except where no score reaches the threshold: there precision is
    undefined (nothing routed), not 1, while recall is a true 0."""
    # Scores above the default threshold and below the top thresholds (0.93 with the shipped gr2 model).
    opening = request(list(GROOMING_LINES[:12]), "opening", ages={"child": 13})
    lines = [request_to_json(opening, label=1), _benign(0), _benign(1)]
    code, out, _ = _run(capsys, "evaluate", str(_write(tmp_path / "opening.jsonl", lines)))
    assert code == 0 and "note:" not in out
    assert re.search(r"model +n=3 positives=1 ROC-AUC=\d\.\d{4} PR-AUC=\d\.\d{4} precision=\d\.\d{4}", out)
    top = next(line for line in out.splitlines() if line.startswith("     0.95"))
    assert top.split() == ["0.95", "undefined", "0.0000", "undefined", "0.0000"]
    labeled = _write(tmp_path / "labeled.jsonl", [line for k in range(4) for line in (_grooming(k), _benign(k))])
    code, out, _ = _run(capsys, "thresholds", str(labeled), "--target-precision", "0.9", "--json")
    data = _strict_json(out)
    rows = {row["threshold"]: row for row in data["rows"]}
    assert code == 0 and data["recommended"] is not None and rows[data["recommended"]]["precision"] >= 0.9


@pytest.fixture
def saved_figures(monkeypatch: pytest.MonkeyPatch) -> list[Figure]:
    """Every matplotlib figure the command saves, to read what was drawn."""
    saved: list[Figure] = []
    original = Figure.savefig

    def keep(self: Figure, *args: Any, **kwargs: Any) -> None:
        saved.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", keep)
    return saved


def _recommended(out: str) -> float:
    found = re.search(r"recommended threshold: (\d\.\d+)", out)
    assert found, out
    return float(found.group(1))


def _xy(line: Any) -> tuple[list[float], list[float]]:
    return [float(x) for x in line.get_xdata()], [float(y) for y in line.get_ydata()]


def _curve(ax: Any) -> tuple[list[float], list[float]]:
    """The longest drawn line of an axes (the curve; the budget/target/marker lines have 2 points)."""
    return _xy(max(ax.get_lines(), key=lambda ln: len(ln.get_xdata())))


def _readable_ticks(ax: Any) -> list[float]:
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) >= 4 and all(labels), labels
    return [float(label.replace(",", "")) for label in labels]  # plain numbers: no 10^x, no mathtext


def test_plot_recommendation_is_where_the_volume_curve_meets_the_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved_figures: list[Figure]
) -> None:
    labeled = _graded(tmp_path / "graded.jsonl")
    volume = ["--daily-volume", "20000"]
    code, out, _ = _run(capsys, "thresholds", str(labeled), *volume, "--json")
    grid = {row["threshold"]: row["reviews_per_day"] for row in _strict_json(out)["rows"]}
    budget = grid[0.5]  # a budget the curve crosses between the lowest threshold and 0.5
    assert code == 0 and budget < grid[0.05]
    png = tmp_path / "pr.png"
    code, out, err = _run(
        capsys, "thresholds", str(labeled), *volume, "--max-reviews-per-day", str(budget), "--plot", str(png)
    )
    assert code == 0, err
    chosen = _recommended(out)
    right: Any = saved_figures[-1].axes[1]
    assert "per day" in right.get_ylabel()
    thresholds, volumes = _curve(right)
    at = thresholds.index(chosen)
    assert volumes[at] <= budget < volumes[at - 1]  # the drawn curve meets the budget exactly there
    budget_lines = [ln for ln in right.get_lines() if set(_xy(ln)[1]) == {budget}]
    assert budget_lines, "the budget is drawn on the volume axis, in reviews per day"
    markers = [tuple(p) for c in right.collections for p in c.get_offsets()]
    assert (chosen, volumes[at]) in markers
    ticks = _readable_ticks(right)
    assert min(ticks) <= budget <= max(ticks) and max(ticks) >= max(volumes) * 0.8
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_recommendation_is_where_precision_meets_the_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved_figures: list[Figure]
) -> None:
    labeled = _graded(tmp_path / "graded.jsonl")
    code, out, err = _run(
        capsys, "thresholds", str(labeled), "--target-precision", "0.75", "--plot", str(tmp_path / "pr.png")
    )
    assert code == 0, err
    chosen = _recommended(out)
    left, right = saved_figures[-1].axes
    x, y = _xy(next(ln for ln in left.get_lines() if ln.get_label() == "precision"))
    first = next(t for t, p in zip(x, y, strict=True) if p >= 0.75)
    assert first == chosen  # the lowest drawn threshold reaching the target is the recommendation
    assert any(set(_xy(ln)[1]) == {0.75} for ln in left.get_lines()), "the target is drawn"
    assert "per 1,000" in right.get_ylabel()
    _readable_ticks(right)
