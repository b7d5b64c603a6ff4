"""``grooming-risk evaluate``: score labeled conversations through the serving code and report metrics.

Two sets of numbers, both at the policy threshold:

- **model** (``risk_score >= threshold``): what the calibrated score separates;
- **after safeguards** (the decision the service would return): the combination rule, verified adults
  and peers also apply, so recall can only be lower and precision usually higher. With text only (no
  metadata) the combination rule needs a second element from the text itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.domain import LabeledConversation
from model.scorer import Model
from service.policy import Decision, TenantPolicy, decide
from training.metrics import summary, threshold_table


@dataclass(frozen=True)
class Scored:
    label: int
    score: float
    routed: bool
    reason: str
    source: str
    view: str


def score_items(model: Model, items: Iterable[LabeledConversation], policy: TenantPolicy) -> list[Scored]:
    out = []
    for item in items:
        result = model.score(item.conversation, policy.rules)
        decision, reason = decide(result.risk_score, result.evidence, policy)
        out.append(
            Scored(
                item.label,
                result.risk_score,
                decision is Decision.ROUTED_TO_REVIEW,
                reason.value,
                item.source,
                result.view,
            )
        )
    return out


def report(scored: Sequence[Scored], threshold: float) -> dict[str, Any]:
    y = np.array([s.label for s in scored])
    s = np.array([s.score for s in scored])
    routed = np.array([s.routed for s in scored])
    by_source: dict[str, dict[str, Any]] = {}
    for source in sorted({x.source for x in scored}):
        mask = np.array([x.source == source for x in scored])
        by_source[source] = {
            "n": int(mask.sum()),
            "positives": int(y[mask].sum()),
            "share_at_or_above_threshold": float(np.mean(s[mask] >= threshold)),
            "share_routed": float(np.mean(routed[mask])),
        }
    reasons: dict[str, int] = {}
    for x in scored:
        if x.label == 1:
            reasons[x.reason] = reasons.get(x.reason, 0) + 1
    return {
        "threshold": threshold,
        "model": summary(y, s, threshold),
        "after_safeguards": summary(y, s, threshold, routed),
        "decision_reasons_of_positives": reasons,
        "thresholds": threshold_table(y, s),
        "by_source": by_source,
    }


def _fmt(value: Any) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def format_report(result: dict[str, Any]) -> str:
    lines = [f"threshold {result['threshold']:.3f}"]
    for name in ("model", "after_safeguards"):
        m = result[name]
        lines.append(
            f"{name:17s} n={m['n']} positives={m['positives']} ROC-AUC={_fmt(m['roc_auc'])} PR-AUC={_fmt(m['pr_auc'])}"
            f" precision={_fmt(m['precision'])} recall={_fmt(m['recall'])} F1={_fmt(m['f1'])} F0.5={_fmt(m['f0_5'])}"
            f" FPR={_fmt(m['false_positive_rate'])}"
        )
        lines.append(f"{'':17s} confusion: TP={m['tp']} FP={m['fp']} TN={m['tn']} FN={m['fn']}")
    lines.append(f"decisions of positives: {result['decision_reasons_of_positives']}")
    lines.append("threshold  precision  recall  F1      FPR")
    for row in result["thresholds"]:
        lines.append(
            f"{row['threshold']:9.2f}  {row['precision']:9.4f}  {row['recall']:.4f}  {row['f1']:.4f}  "
            f"{row['false_positive_rate']:.4f}"
        )
    lines.append("by source: n, share >= threshold, share routed")
    for source, row in result["by_source"].items():
        lines.append(
            f"  {source:30s} {row['n']:6d}  {row['share_at_or_above_threshold']:.4f}  {row['share_routed']:.4f}"
        )
    return "\n".join(lines)
