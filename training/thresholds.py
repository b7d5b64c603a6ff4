"""``grooming-risk thresholds``: what each threshold would cost and catch, and which one to choose.

From labeled data (a platform's own, in the request JSONL format): for each candidate threshold, the share
of conversations routed (after the safeguards, as the service would route them), precision, recall, F1,
false-positive rate and the expected review volume; a recommendation for a target precision or a review
budget; a plot of precision, recall and review volume by threshold. The recommendation is chosen on the
grid the plot draws (``FINE_GRID``), so its marker is where the drawn curve meets the target or budget;
a file with one class only, or no conversations, gets no recommendation (every choice would be arbitrary).

From reviewers' verdicts (``--from-verdicts``): precision at thresholds at and above the current one, from
the cases reviewers confirmed or rejected. Recall cannot be estimated this way: conversations below the
threshold were discarded without anyone seeing them.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from grooming_risk.model.domain import LabeledConversation
from grooming_risk.model.policy import DiscardReason, TenantPolicy, decide
from grooming_risk.model.scorer import Model
from grooming_risk.training.metrics import AtThreshold, show, undefined_notes

GRID = [round(x, 2) for x in np.arange(0.05, 1.0, 0.05)]  # the printed table
FINE_GRID = [round(x, 2) for x in np.arange(0.01, 1.0, 0.01)]  # the recommendation and the plot
RECALL_NOTE = (
    "Recall cannot be estimated from verdicts alone: conversations scored below the threshold were "
    "discarded without review, so the grooming among them is unknown."
)


@dataclass(frozen=True)
class Row:
    """One candidate threshold; a metric is None where it is undefined (see training.metrics)."""

    threshold: float
    routed_share: float
    precision: float | None
    recall: float | None
    f1: float | None
    false_positive_rate: float | None
    reviews_per_day: float | None


def _positive_finite(value: float | None) -> bool:
    return value is None or (math.isfinite(value) and value > 0)


def validate_options(target_precision: float | None, max_reviews: float | None, daily_volume: float | None) -> None:
    """Refuse numbers no threshold can answer (before scoring anything): a precision above 1 would be
    reported as "not reached", a negative budget or volume would turn into negative reviews per day."""
    if target_precision is not None and not (math.isfinite(target_precision) and 0 < target_precision <= 1):
        raise ValueError(f"--target-precision must be in (0, 1], got {target_precision:g}")
    if not _positive_finite(daily_volume):
        raise ValueError(f"--daily-volume must be a positive number of conversations per day, got {daily_volume:g}")
    if not _positive_finite(max_reviews):
        raise ValueError(f"--max-reviews-per-day must be a positive number of reviews, got {max_reviews:g}")
    if max_reviews is not None and daily_volume is None:
        raise ValueError("--max-reviews-per-day needs --daily-volume (to turn shares into reviews per day)")


class Progress:
    """A plain text progress bar on stderr (no dependency; updates at most every 1%)."""

    def __init__(self, total: int, label: str, stream: TextIO = sys.stderr) -> None:
        self.total, self.label, self.stream, self.last = total, label, stream, -1

    def update(self, done: int) -> None:
        percent = 100 * done // max(1, self.total)
        if percent != self.last:
            self.last = percent
            bar = "#" * (percent // 4)
            self.stream.write(f"\r{self.label} [{bar:<25}] {done}/{self.total} ({percent}%)")
            if done >= self.total:
                self.stream.write("\n")
            self.stream.flush()


@dataclass(frozen=True)
class ScoredSet:
    """A labeled file scored once: eligible = the safeguards would let it through at any threshold."""

    labels: np.ndarray
    scores: np.ndarray
    eligible: np.ndarray
    languages: np.ndarray  # each conversation's language (`model.language`)

    def of_language(self, language: str) -> ScoredSet:
        keep = self.languages == language
        return ScoredSet(self.labels[keep], self.scores[keep], self.eligible[keep], self.languages[keep])


def score_for_thresholds(
    model: Model, items: Sequence[LabeledConversation], policy: TenantPolicy, progress: bool = True
) -> ScoredSet:
    """Score a labeled file once for every threshold of the table."""
    labels, scores, eligible, languages = [], [], [], []
    bar = Progress(len(items), "scoring") if progress and len(items) >= 200 else None
    for k, item in enumerate(items, start=1):
        result = model.score(item.conversation, policy.rules)
        _, reason = decide(1.0, result.evidence, policy)  # score 1.0: only the safeguards can discard
        labels.append(item.label)
        scores.append(result.risk_score)
        eligible.append(reason is DiscardReason.NONE)
        languages.append(result.languages[0])
        if bar and (k % 50 == 0 or k == len(items)):
            bar.update(k)
    return ScoredSet(
        np.array(labels, dtype=bool), np.array(scores), np.array(eligible, dtype=bool), np.array(languages, dtype=str)
    )


def by_language(scored: ScoredSet, thresholds: Iterable[float]) -> dict[str, tuple[int, int, list[Row]]]:
    """Per language of the file: (conversations, grooming ones, the table's rows at `thresholds`)."""
    grid = list(thresholds)
    out = {}
    for code in sorted(set(scored.languages.tolist())):
        part = scored.of_language(code)
        out[str(code)] = (
            len(part.labels),
            int(part.labels.sum()),
            table(part.labels, part.scores, part.eligible, None, grid),
        )
    return out


def format_by_language(rows: dict[str, tuple[int, int, list[Row]]]) -> str:
    lines = ["by language: language  conversations  grooming  threshold  routed   precision  recall     FPR"]
    for code, (n, positives, found) in rows.items():
        for r in found:
            lines.append(
                f"  {code:8s} {n:14d} {positives:9d}  {r.threshold:9.3f}  {r.routed_share:.4f}   "
                f"{show(r.precision):9s}  {show(r.recall):9s}  {show(r.false_positive_rate)}"
            )
    return "\n".join(lines)


def table(
    labels: np.ndarray,
    scores: np.ndarray,
    eligible: np.ndarray,
    daily_volume: float | None,
    thresholds: Iterable[float] = GRID,
) -> list[Row]:
    """A row per threshold, from the same counts as training.metrics (so "undefined" means the same)."""
    rows = []
    for t in thresholds:
        routed = (scores >= t) & eligible
        at = AtThreshold(float(t), *_counts(labels, routed))
        share = float(routed.mean()) if len(routed) else 0.0
        volume = share * daily_volume if daily_volume is not None else None
        rows.append(Row(float(t), share, at.precision, at.recall, at.f_beta(1.0), at.fpr, volume))
    return rows


def _counts(labels: np.ndarray, routed: np.ndarray) -> tuple[int, int, int, int]:
    """(TP, FP, TN, FN) of routing decisions."""
    tp, fp = int((routed & labels).sum()), int((routed & ~labels).sum())
    return tp, fp, int((~routed & ~labels).sum()), int((~routed & labels).sum())


def undefined_reason(rows: Sequence[Row]) -> str | None:
    """Why no threshold can be recommended from these rows (one class only), or None when one can.

    Without grooming examples recall is undefined at every threshold; without non-grooming examples
    precision is 1 at every threshold that routes anything: any recommendation would be arbitrary."""
    has_positives = any(r.recall is not None for r in rows)
    has_negatives = any(r.false_positive_rate is not None for r in rows)
    notes = undefined_notes(int(has_positives), int(has_negatives))
    return "; ".join(notes) if notes else None


def recommend(rows: list[Row], target_precision: float | None, max_reviews: float | None) -> tuple[Row | None, str]:
    """The lowest threshold meeting the target (or the budget), else the highest F1; None with the reason
    when no row qualifies or the labels cannot support a choice. Give it the rows that are plotted, so the
    marker sits where the drawn curve meets the target."""
    reason = undefined_reason(rows)
    if reason is not None:
        return None, f"the file has {reason}"
    if target_precision is not None:
        ok = [r for r in rows if r.precision is not None and r.precision >= target_precision]
        if not ok:
            return None, f"no threshold reaches precision {target_precision:.2f}"
        best = min(ok, key=lambda r: r.threshold)
        return best, f"lowest threshold with precision >= {target_precision:.2f} (keeps the most recall)"
    if max_reviews is not None:
        ok = [r for r in rows if r.reviews_per_day is not None and r.reviews_per_day <= max_reviews]
        if not ok:
            return None, f"no threshold keeps reviews under {_tick(max_reviews)} per day"
        best = min(ok, key=lambda r: r.threshold)
        return best, f"lowest threshold within {_tick(max_reviews)} reviews per day (keeps the most recall)"
    best = max(rows, key=lambda r: (-1.0 if r.f1 is None else r.f1, r.threshold))
    return best, "highest F1"


def with_recommended(rows: list[Row], recommended: Row | None) -> list[Row]:
    """The table rows plus the recommended row when it lies between them (it comes from the finer grid)."""
    if recommended is None or any(r.threshold == recommended.threshold for r in rows):
        return rows
    return sorted([*rows, recommended], key=lambda r: r.threshold)


def format_table(rows: list[Row], recommended: Row | None, why: str) -> str:
    lines = ["threshold  routed   precision  recall     F1         FPR        reviews/day"]
    for r in rows:
        mark = "  <- recommended" if recommended is not None and r.threshold == recommended.threshold else ""
        reviews = f"{r.reviews_per_day:,.1f}" if r.reviews_per_day is not None else "-"
        lines.append(
            f"{r.threshold:9.2f}  {r.routed_share:.4f}   {show(r.precision):9s}  {show(r.recall):9s}  "
            f"{show(r.f1):9s}  {show(r.false_positive_rate):9s}  {reviews}{mark}"
        )
    if recommended is not None:
        lines.append(f"recommended threshold: {recommended.threshold:.2f} ({why})")
    else:
        lines.append(f"no recommendation: {why}")
    lines.append(
        "routed = at or above the threshold and allowed by the safeguards; reviews/day assume the labeled "
        "file's mix matches the daily traffic"
    )
    return "\n".join(lines)


@dataclass(frozen=True)
class VolumeCurve:
    """The review-volume curve as drawn: one unit for the curve, the budget and the marker."""

    thresholds: list[float]
    volumes: list[float]
    unit: str
    short_unit: str


def volume_curve(rows: Sequence[Row], daily_volume: float | None) -> VolumeCurve:
    """Reviews per day when the daily volume is known (the unit of a budget), else per 1,000 scored."""
    if daily_volume is not None:
        volumes = [r.routed_share * daily_volume for r in rows]
        unit, short = f"reviews per day (at {_tick(daily_volume)} conversations/day)", "reviews/day"
    else:
        volumes = [r.routed_share * 1000 for r in rows]
        unit, short = "reviews per 1,000 conversations scored", "per 1,000"
    return VolumeCurve([r.threshold for r in rows], volumes, unit, short)


def _tick(value: float, _position: object = None) -> str:
    """Plain numbers with thousands separators (no 10^x, no offset) for people who staff a review team."""
    return f"{value:,.9g}"


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value  # a gap in the drawn line, never a shown value


def plot(
    rows: list[Row],
    path: Path,
    recommended: Row | None,
    why: str,
    target_precision: float | None,
    max_reviews: float | None,
    daily_volume: float | None,
) -> None:
    """Precision/recall and review volume against the threshold, from the rows the recommendation used:
    the marker is where the drawn curves meet the precision target or the review budget."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.6), dpi=100, sharex=True)
    _draw_quality(left, rows, recommended, target_precision)
    _draw_volume(right, volume_curve(rows, daily_volume), recommended, max_reviews)
    if recommended is not None:
        fig.suptitle(f"recommended threshold {recommended.threshold:.2f}: {why}", fontsize=10)
    else:
        fig.suptitle(f"no recommendation: {why}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _draw_quality(ax: Any, rows: list[Row], recommended: Row | None, target_precision: float | None) -> None:
    """Precision and recall by threshold (steps: each value holds up to the next grid threshold)."""
    x = [r.threshold for r in rows]
    ax.plot(x, [_nan(r.precision) for r in rows], drawstyle="steps-post", color="tab:blue", label="precision")
    ax.plot(x, [_nan(r.recall) for r in rows], drawstyle="steps-post", color="tab:orange", label="recall")
    if target_precision is not None:
        ax.axhline(target_precision, color="tab:red", linestyle="--", label=f"target precision {target_precision:g}")
    if recommended is not None:
        ax.axvline(recommended.threshold, color="tab:red", alpha=0.4)
        if recommended.precision is not None:
            label = f"recommended {recommended.threshold:.2f}: precision {recommended.precision:.2f}"
            ax.scatter([recommended.threshold], [recommended.precision], color="tab:red", zorder=3, label=label)
    ax.set(xlim=(0, 1), ylim=(0, 1.05), xlabel="threshold (risk score)", ylabel="precision, recall (after safeguards)")
    ax.set_title("Precision and recall by threshold")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)


def _draw_volume(ax: Any, curve: VolumeCurve, recommended: Row | None, max_reviews: float | None) -> None:
    """The volume curve, the budget on the same axis and unit, and the recommended point on the curve."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.plot(curve.thresholds, curve.volumes, drawstyle="steps-post", color="tab:green", label="review volume")
    top = max([*curve.volumes, max_reviews or 0.0, 1.0]) * 1.1
    if max_reviews is not None:
        ax.axhline(max_reviews, color="tab:red", linestyle="--", label=f"budget {_tick(max_reviews)} reviews/day")
        ax.axhspan(max_reviews, top, color="tab:red", alpha=0.06)
    if recommended is not None:
        volume = curve.volumes[curve.thresholds.index(recommended.threshold)]
        ax.axvline(recommended.threshold, color="tab:red", alpha=0.4)
        ax.scatter(
            [recommended.threshold],
            [volume],
            color="tab:red",
            zorder=3,
            label=f"recommended {recommended.threshold:.2f}: {_tick(round(volume, 1))} {curve.short_unit}",
        )
    ax.set(xlim=(0, 1), ylim=(0, top), xlabel="threshold (risk score)", ylabel=curve.unit)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(_tick))
    ax.set_title("Review volume by threshold")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right", fontsize=8)


def verdict_precision(cases: list[tuple[float, bool]], current: float) -> list[dict[str, Any]]:
    """Precision at thresholds >= current from (risk score, confirmed?) of reviewed cases."""
    grid = sorted({round(current, 3), *[t for t in GRID if t >= current]})
    out = []
    for t in grid:
        chosen = [confirmed for score, confirmed in cases if score >= t]
        out.append(
            {
                "threshold": t,
                "reviewed": len(chosen),
                "confirmed": sum(chosen),
                "precision": (sum(chosen) / len(chosen)) if chosen else None,
            }
        )
    return out
