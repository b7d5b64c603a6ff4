"""``grooming-risk thresholds``: what each threshold would cost and catch, and which one to choose.

From labeled data (a platform's own, in the request JSONL format): for each candidate threshold, the share
of conversations routed (after the safeguards, as the service would route them), precision, recall, F1,
false-positive rate and the expected review volume; a recommendation for a target precision or a review
budget; a precision-recall / review-volume plot.

From reviewers' verdicts (``--from-verdicts``): precision at thresholds at and above the current one, from
the cases reviewers confirmed or rejected. Recall cannot be estimated this way: conversations below the
threshold were discarded without anyone seeing them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from model.domain import LabeledConversation
from model.scorer import Model
from service.policy import DiscardReason, TenantPolicy, decide

GRID = [round(x, 2) for x in np.arange(0.05, 1.0, 0.05)]
RECALL_NOTE = (
    "Recall cannot be estimated from verdicts alone: conversations scored below the threshold were "
    "discarded without review, so the grooming among them is unknown."
)


@dataclass(frozen=True)
class Row:
    threshold: float
    routed_share: float
    precision: float | None
    recall: float
    f1: float
    false_positive_rate: float
    reviews_per_day: float | None


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


def score_for_thresholds(
    model: Model, items: Sequence[LabeledConversation], policy: TenantPolicy, progress: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(labels, scores, eligible): eligible = the safeguards would let it through at any threshold."""
    labels, scores, eligible = [], [], []
    bar = Progress(len(items), "scoring") if progress and len(items) >= 200 else None
    for k, item in enumerate(items, start=1):
        result = model.score(item.conversation, policy.rules)
        _, reason = decide(1.0, result.evidence, policy)  # score 1.0: only the safeguards can discard
        labels.append(item.label)
        scores.append(result.risk_score)
        eligible.append(reason is DiscardReason.NONE)
        if bar and (k % 50 == 0 or k == len(items)):
            bar.update(k)
    return np.array(labels, dtype=bool), np.array(scores), np.array(eligible, dtype=bool)


def table(
    labels: np.ndarray,
    scores: np.ndarray,
    eligible: np.ndarray,
    daily_volume: float | None,
    thresholds: Iterable[float] = GRID,
) -> list[Row]:
    rows = []
    n_pos, n_neg = max(1, int(labels.sum())), max(1, int((~labels).sum()))
    for t in thresholds:
        routed = (scores >= t) & eligible
        tp, fp = int((routed & labels).sum()), int((routed & ~labels).sum())
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / n_pos
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        share = float(routed.mean()) if len(routed) else 0.0
        rows.append(
            Row(
                float(t),
                share,
                precision,
                recall,
                f1,
                fp / n_neg,
                share * daily_volume if daily_volume is not None else None,
            )
        )
    return rows


def recommend(rows: list[Row], target_precision: float | None, max_reviews: float | None) -> tuple[Row | None, str]:
    if target_precision is not None:
        ok = [r for r in rows if r.precision is not None and r.precision >= target_precision]
        if not ok:
            return None, f"no threshold reaches precision {target_precision:.2f}"
        best = min(ok, key=lambda r: r.threshold)
        return best, f"lowest threshold with precision >= {target_precision:.2f} (keeps the most recall)"
    if max_reviews is not None:
        ok = [r for r in rows if r.reviews_per_day is not None and r.reviews_per_day <= max_reviews]
        if not ok:
            return None, f"no threshold keeps reviews under {max_reviews:g} per day"
        best = min(ok, key=lambda r: r.threshold)
        return best, f"lowest threshold within {max_reviews:g} reviews per day (keeps the most recall)"
    best = max(rows, key=lambda r: (r.f1, r.threshold))
    return best, "highest F1"


def format_table(rows: list[Row], recommended: Row | None, why: str) -> str:
    lines = ["threshold  routed   precision  recall   F1       FPR      reviews/day"]
    for r in rows:
        mark = "  <- recommended" if recommended is not None and r.threshold == recommended.threshold else ""
        precision = f"{r.precision:.4f}" if r.precision is not None else "  -   "
        reviews = f"{r.reviews_per_day:.1f}" if r.reviews_per_day is not None else "-"
        lines.append(
            f"{r.threshold:9.2f}  {r.routed_share:.4f}   {precision}     {r.recall:.4f}   {r.f1:.4f}   "
            f"{r.false_positive_rate:.4f}   {reviews}{mark}"
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


def plot(
    rows: list[Row],
    path: Path,
    recommended: Row | None,
    max_reviews: float | None,
    labels: np.ndarray,
    scores: np.ndarray,
    eligible: np.ndarray,
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fine = table(labels, scores, eligible, None, [round(x, 3) for x in np.arange(0.005, 1.0, 0.005)])
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), dpi=100)
    points = [(r.recall, r.precision) for r in fine if r.precision is not None]
    left.plot([p[0] for p in points], [p[1] for p in points], color="tab:blue")
    for r in rows:
        if r.precision is not None:
            left.annotate(f"{r.threshold:.2f}", (r.recall, r.precision), fontsize=6, alpha=0.7)
    if recommended is not None and recommended.precision is not None:
        left.scatter(
            [recommended.recall],
            [recommended.precision],
            color="tab:red",
            zorder=3,
            label=f"recommended {recommended.threshold:.2f}",
        )
        left.legend(loc="lower left", fontsize=8)
    left.set_xlabel("recall (after safeguards)")
    left.set_ylabel("precision")
    left.set_xlim(0, 1.02)
    left.set_ylim(0, 1.02)
    left.set_title("Precision-recall by threshold")
    volume = [r.reviews_per_day if r.reviews_per_day is not None else r.routed_share * 1000 for r in fine]
    right.plot([r.threshold for r in fine], volume, color="tab:green")
    right.set_xlabel("threshold")
    right.set_ylabel("reviews per day" if fine[0].reviews_per_day is not None else "reviews per 1,000 conversations")
    right.set_yscale("symlog")
    if max_reviews is not None:
        right.axhline(max_reviews, color="tab:red", linestyle="--", label=f"budget {max_reviews:g}/day")
        right.legend(fontsize=8)
    if recommended is not None:
        right.axvline(recommended.threshold, color="tab:red", alpha=0.5)
    right.set_title("Review volume by threshold")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


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
