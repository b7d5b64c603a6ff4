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
from pathlib import Path
from typing import Any

import numpy as np

from grooming_risk.model.domain import LabeledConversation
from grooming_risk.model.policy import Decision, TenantPolicy, decide
from grooming_risk.model.scorer import Model
from grooming_risk.training.metrics import show, summary, threshold_table, undefined_notes


@dataclass(frozen=True)
class Scored:
    label: int
    score: float
    routed: bool
    reason: str
    source: str
    view: str
    language: str = "en"  # the conversation's language (`model.language`)


def require_conversations(path: Path, items: list[LabeledConversation]) -> list[LabeledConversation]:
    """The items of a labeled file, or a ValueError naming it when it has none: every metric of an empty
    set is undefined, so a report of one would only look like a result."""
    if not items:
        raise ValueError(f"{path}: no conversations (the file is empty or has only blank lines)")
    return items


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
                result.languages[0],
            )
        )
    return out


def report(scored: Sequence[Scored], threshold: float) -> dict[str, Any]:
    """Metrics of scored conversations; ``notes`` says which metrics are undefined for this set and why."""
    if not scored:
        raise ValueError("no conversations to evaluate")
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
    by_language: dict[str, dict[str, Any]] = {}
    for language in sorted({x.language for x in scored}):
        mask = np.array([x.language == language for x in scored])
        by_language[language] = summary(y[mask], s[mask], threshold, routed[mask])
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
        "by_language": by_language,
        "notes": undefined_notes(int(y.sum()), int(len(y) - y.sum())),
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [f"threshold {result['threshold']:.3f}"]
    for name in ("model", "after_safeguards"):
        m = result[name]
        lines.append(
            f"{name:17s} n={m['n']} positives={m['positives']} ROC-AUC={show(m['roc_auc'])} PR-AUC={show(m['pr_auc'])}"
            f" precision={show(m['precision'])} recall={show(m['recall'])} F1={show(m['f1'])} F0.5={show(m['f0_5'])}"
            f" FPR={show(m['false_positive_rate'])}"
        )
        lines.append(f"{'':17s} confusion: TP={m['tp']} FP={m['fp']} TN={m['tn']} FN={m['fn']}")
    lines.append(f"decisions of positives: {result['decision_reasons_of_positives']}")
    lines.append("threshold  precision  recall     F1         FPR")
    for row in result["thresholds"]:
        lines.append(
            f"{row['threshold']:9.2f}  {show(row['precision']):9s}  {show(row['recall']):9s}  {show(row['f1']):9s}  "
            f"{show(row['false_positive_rate'])}"
        )
    lines.append("by source: n, share >= threshold, share routed")
    for source, row in result["by_source"].items():
        lines.append(
            f"  {source:30s} {row['n']:6d}  {row['share_at_or_above_threshold']:.4f}  {row['share_routed']:.4f}"
        )
    lines.append("by language (after safeguards): n, positives, precision, recall, F1, FPR")
    for language, m in result["by_language"].items():
        lines.append(
            f"  {language:4s} {m['n']:6d} {m['positives']:6d}  {show(m['precision']):9s}  {show(m['recall']):9s}  "
            f"{show(m['f1']):9s}  {show(m['false_positive_rate'])}"
        )
    lines += [f"note: {note}" for note in result.get("notes", [])]
    return "\n".join(lines)
