"""Classification metrics in plain numpy (used by evaluate, train and the ops thresholds command).

A metric whose denominator is empty (no positives: recall; nothing predicted: precision; no negatives:
false-positive rate; one class only: ROC-AUC) is ``None``, shown as "undefined" (text) or null (JSON):
a made-up 1.0 or a nan would read as a result and would not survive a JSON round trip.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

UNDEFINED = "undefined"


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None when the denominator is empty (the metric is undefined)."""
    return numerator / denominator if denominator else None


def show(value: float | int | None) -> str:
    """A metric for people: 4 decimals, integers as they are, None as "undefined"."""
    if value is None:
        return UNDEFINED
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def undefined_notes(n_positive: int, n_negative: int) -> list[str]:
    """Why some metrics are undefined for this labeled set (empty when both classes are present)."""
    notes = []
    if not n_positive:
        notes.append("no grooming conversations (label 1): recall, F1, ROC-AUC and PR-AUC are undefined")
    if not n_negative:
        notes.append(
            "no non-grooming conversations (label 0): false-positive rate and ROC-AUC are undefined, and "
            "precision is 1 by construction"
        )
    return notes


def roc_auc(y: np.ndarray, s: np.ndarray) -> float | None:
    """Area under the ROC curve (ties count half); None when only one class is present."""
    y = np.asarray(y, dtype=bool)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if not n_pos or not n_neg:
        return None
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), dtype=float)
    sorted_s = np.asarray(s)[order]
    i = 0
    while i < len(s):  # average ranks over ties
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def average_precision(y: np.ndarray, s: np.ndarray) -> float | None:
    """PR-AUC as average precision (the step-wise area, as scikit-learn computes it); None without positives."""
    y = np.asarray(y, dtype=bool)
    if not y.any():
        return None
    order = np.argsort(-np.asarray(s), kind="mergesort")
    ys, ss = y[order], np.asarray(s)[order]
    distinct = np.r_[np.flatnonzero(np.diff(ss)), len(ss) - 1]
    tp = np.cumsum(ys)[distinct]
    fp = (distinct + 1) - tp
    precision = tp / (tp + fp)
    recall = tp / y.sum()
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


@dataclass(frozen=True)
class AtThreshold:
    threshold: float
    tp: int
    fp: int
    tn: int
    fn: int

    @property
    def precision(self) -> float | None:
        """Undefined when nothing is predicted positive (no routed conversation to be right or wrong about)."""
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Undefined when there are no positives (nothing to find)."""
        return ratio(self.tp, self.tp + self.fn)

    def f_beta(self, beta: float) -> float | None:
        """Undefined when precision or recall is; 0 when both are 0."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        b2 = beta * beta
        return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0

    @property
    def fpr(self) -> float | None:
        """Undefined when there are no negatives."""
        return ratio(self.fp, self.fp + self.tn)

    def as_dict(self) -> dict[str, float | None]:
        return {
            **asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f_beta(1.0),
            "f0_5": self.f_beta(0.5),
            "false_positive_rate": self.fpr,
        }


def at_threshold(y: np.ndarray, s: np.ndarray, threshold: float, predicted: np.ndarray | None = None) -> AtThreshold:
    """Confusion counts; `predicted` overrides `s >= threshold` (e.g. decisions after safeguards)."""
    y = np.asarray(y, dtype=bool)
    pred = np.asarray(s) >= threshold if predicted is None else np.asarray(predicted, dtype=bool)
    return AtThreshold(
        threshold, int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & ~y).sum()), int((~pred & y).sum())
    )


def best_threshold(y: np.ndarray, s: np.ndarray, beta: float = 1.0) -> float:
    """The score threshold that maximises F-beta (ties: the higher threshold)."""
    candidates = np.unique(np.round(np.asarray(s), 4))
    best, best_t = -1.0, 0.5
    for t in candidates:
        f = at_threshold(y, s, float(t)).f_beta(beta) or 0.0  # undefined F (one class) ranks as 0
        if f >= best:
            best, best_t = f, float(t)
    return best_t


def threshold_table(
    y: np.ndarray, s: np.ndarray, thresholds: list[float] | None = None
) -> list[dict[str, float | None]]:
    grid = thresholds or [round(x, 2) for x in np.arange(0.05, 1.0, 0.05)]
    return [at_threshold(y, s, t).as_dict() for t in grid]


def summary(y: np.ndarray, s: np.ndarray, threshold: float, predicted: np.ndarray | None = None) -> dict[str, object]:
    at = at_threshold(y, s, threshold, predicted)
    return {
        "n": len(y),
        "positives": int(np.sum(y)),
        "roc_auc": roc_auc(y, s),
        "pr_auc": average_precision(y, s),
        **{k: v for k, v in at.as_dict().items()},
    }
