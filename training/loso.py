"""Leave-one-source-out evaluation: the model card's headline, computed with the fold models of a training run.

Each fold's unit model never saw one real benign family nor a share of the offenders' transcripts
(`training.train.run`); its held-out conversations are scored through the serving code (`model.scorer`,
`model.policy.decide`) with the final calibration and threshold, so the figures are what the service would do
on a source it was never trained on. Generated conversations are never held out.

- `families`: per held-out benign family, its false-positive rate at the default threshold, ROC-AUC and PR-AUC
  against the fold's held-out grooming, and the decision F1 after safeguards, text only and with metadata
  drawn from the priors;
- `forms`: the same held-out conversations sent four ways (real turns; one block from one sender; 8-word
  chunks from one sender; 8-word chunks alternating between two senders, i.e. wrong attribution), with the
  plain TF-IDF baselines (word 1-2-grams, char_wb 2-5-grams, logistic regression) trained on each fold's
  training conversations for comparison;
- `categories`: per indicator category, its share of held-out grooming and of each benign family, and the share
  that passes the combination rule text-only;
- `early`: held-out grooming scored as a backend would while the chat grows (every prefix), the number of
  messages until it is first routed, and the share of benign conversations the same procedure ever routes.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from grooming_risk.model import features as F
from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant
from grooming_risk.model.indicators import CATEGORIES
from grooming_risk.model.policy import Decision, TenantPolicy, decide
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model, ScoreResult
from grooming_risk.training import metadata_priors
from grooming_risk.training.corpus import family
from grooming_risk.training.metrics import at_threshold, average_precision, roc_auc
from grooming_risk.training.train import GENERATED, Fold, TrainResult, text_only_model

FORMS = ("real turns", "one block, one sender", "8-word chunks, one sender", "8-word chunks, two senders")
CHUNK_WORDS = 8


def as_form(conv: Conversation, form: str) -> Conversation:
    """A conversation as a backend without roles or turns might send it (`FORMS`)."""
    if form == FORMS[0]:
        return conv
    # The messages the real-turns form is scored on (its last 24 hours), reshaped: the same text in every form.
    words = " ".join(conv.messages[i].text for i in F.window_messages(conv)).split()
    start = conv.messages[0].sent_at if conv.messages else 0.0
    if form == FORMS[1]:
        texts = [" ".join(words)]
    else:
        texts = [" ".join(words[k : k + CHUNK_WORDS]) for k in range(0, len(words), CHUNK_WORDS)]
    senders = ("a", "b") if form == FORMS[3] else ("a",)
    messages = tuple(Message(senders[k % len(senders)], start + 10.0 * k, t) for k, t in enumerate(texts))
    participants = tuple(Participant(s) for s in senders)
    return Conversation(conv.conversation_id, participants, messages, False, conv.tenant_id)


def _fold_models(result: TrainResult, final: Model) -> list[tuple[Fold, Model, Model]]:
    """Per fold: the text-only model and the same with the shipped metadata weights."""
    out = []
    for fold in result.folds:
        bare = text_only_model(fold.text, final.default_threshold)
        out.append((fold, bare, dataclasses.replace(bare, role=final.role, flat=final.flat)))
    return out


@dataclass(frozen=True)
class Pass:
    """Held-out conversations scored by one model: the results and whether each was routed."""

    results: list[ScoreResult]
    routed: np.ndarray

    @property
    def scores(self) -> np.ndarray:
        return np.array([r.risk_score for r in self.results])


def _scored(model: Model, items: Sequence[LabeledConversation], policy: TenantPolicy) -> Pass:
    results = [model.score(item.conversation, policy.rules) for item in items]
    routed = [decide(r.risk_score, r.evidence, policy)[0] is Decision.ROUTED_TO_REVIEW for r in results]
    return Pass(results, np.array(routed, dtype=bool))


def text_only(result: TrainResult, final: Model) -> dict[str, Pass]:
    """Each fold's held-out conversations as sent (real turns, no metadata), scored once by the fold's model:
    the headline table, the real-turns form and the text elements all read this one pass."""
    policy = TenantPolicy("default", final.default_threshold, DEFAULT_RULES)
    return {fold.key: _scored(bare, _held(result, fold), policy) for fold, bare, _ in _fold_models(result, final)}


def _held(result: TrainResult, fold: Fold) -> list[LabeledConversation]:
    return [result.train[k] for k in fold.items.tolist()]


def _share(flags: np.ndarray) -> float | None:
    return float(flags.mean()) if flags.size else None


def _row(y: np.ndarray, s: np.ndarray, r: np.ndarray, sm: np.ndarray, rm: np.ndarray, t: float) -> dict[str, Any]:
    """One row of the headline table: scores `s` and routing `r` text only, `sm`/`rm` with prior metadata."""
    return {
        "benign": int((y == 0).sum()),
        "grooming": int(y.sum()),
        "fpr_at_threshold": at_threshold(y[y == 0], s[y == 0], t).fpr,
        "routed_benign": _share(r[y == 0]),
        "roc_auc": roc_auc(y, s),
        "pr_auc": average_precision(y, s),
        "recall_at_threshold": at_threshold(y[y == 1], s[y == 1], t).recall,
        "f1_text_only": at_threshold(y, s, t, r).f_beta(1.0),
        "f1_with_metadata": at_threshold(y, sm, t, rm).f_beta(1.0),
        "routed_grooming_text_only": _share(r[y == 1]),
        "routed_grooming_with_metadata": _share(rm[y == 1]),
    }


def families(result: TrainResult, final: Model, seed: int, passes: dict[str, Pass]) -> dict[str, Any]:
    """Per held-out benign family (and pooled): FPR at the threshold, ROC-AUC, PR-AUC, decision F1."""
    policy = TenantPolicy("default", final.default_threshold, DEFAULT_RULES)
    rows: dict[str, Any] = {}
    parts: list[tuple[np.ndarray, ...]] = []
    for fold, _, with_meta in _fold_models(result, final):
        items = _held(result, fold)
        y = np.array([i.label for i in items])
        s, r = passes[fold.key].scores, passes[fold.key].routed
        attached = _scored(with_meta, metadata_priors.attach_all(items, seed), policy)
        sm, rm = attached.scores, attached.routed
        parts.append((y, s, r, sm, rm))
        rows[fold.key] = _row(y, s, r, sm, rm, final.default_threshold)
    y, s, r, sm, rm = (np.concatenate(column) for column in zip(*parts, strict=True))
    rows["pooled"] = _row(y, s, r, sm, rm, final.default_threshold)
    return rows


def _baseline_scores(
    train: Sequence[LabeledConversation], test: Sequence[LabeledConversation], analyzer: str, seed: int
) -> np.ndarray:
    """A plain TF-IDF + logistic regression over the whole text of each conversation (the issue's baselines)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    ngrams = (1, 2) if analyzer == "word" else (2, 5)
    vectorizer = TfidfVectorizer(
        analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True, min_df=2, max_features=200_000
    )
    joined = [" ".join(m.text for m in i.conversation.messages).lower() for i in train]
    x = vectorizer.fit_transform(joined)
    clf = LogisticRegression(C=10.0, solver="liblinear", random_state=seed).fit(x, [i.label for i in train])
    return clf.decision_function(
        vectorizer.transform([" ".join(m.text for m in i.conversation.messages).lower() for i in test])
    )


def forms(result: TrainResult, final: Model, seed: int, passes: dict[str, Pass]) -> dict[str, Any]:
    """ROC-AUC and PR-AUC of the held-out conversations (pooled over folds) in each form, and the baselines'."""
    policy = TenantPolicy("default", final.default_threshold, DEFAULT_RULES)
    per_form: dict[str, dict[str, list[np.ndarray]]] = {f: {"y": [], "s": []} for f in FORMS}
    base: dict[str, dict[str, list[np.ndarray]]] = {a: {"y": [], "s": []} for a in ("word", "char_wb")}
    for fold, bare, _ in _fold_models(result, final):
        held = set(fold.items.tolist())
        items = _held(result, fold)
        y = np.array([i.label for i in items])
        per_form[FORMS[0]]["y"].append(y)
        per_form[FORMS[0]]["s"].append(passes[fold.key].scores)  # held-out items in fold order, as in the pass
        for form in FORMS[1:]:
            variant = [dataclasses.replace(i, conversation=as_form(i.conversation, form)) for i in items]
            per_form[form]["y"].append(y)
            per_form[form]["s"].append(_scored(bare, variant, policy).scores)
        # The unit model gives generated conversations no weight by default; the baselines do not see them.
        fit_on = [i for k, i in enumerate(result.train) if k not in held and family(i.source) != GENERATED]
        for analyzer in base:
            base[analyzer]["y"].append(y)
            base[analyzer]["s"].append(_baseline_scores(fit_on, items, analyzer, seed))
    out: dict[str, Any] = {}
    for name, parts in [*per_form.items(), *((f"baseline {a}", p) for a, p in base.items())]:
        y, s = np.concatenate(parts["y"]), np.concatenate(parts["s"])
        out[name] = {"roc_auc": roc_auc(y, s), "pr_auc": average_precision(y, s)}
    return out


def categories(result: TrainResult, passes: dict[str, Pass]) -> dict[str, Any]:
    """Per category: the share of held-out grooming and of each held-out benign family where it fires; and the
    share passing the combination rule text-only (with and without the threshold)."""
    groups: dict[str, list[tuple[frozenset[str], bool, bool]]] = {}
    for fold in result.folds:
        scored = passes[fold.key]
        for item, r, routed in zip(_held(result, fold), scored.results, scored.routed.tolist(), strict=True):
            ev = r.evidence
            key = "grooming" if item.label else family(item.source)
            cats = ev.text_categories | ({F.LEARNED_LANGUAGE} if ev.learned_language else frozenset())
            groups.setdefault(key, []).append((cats, ev.meets_combination_rule(), routed))
    out: dict[str, Any] = {}
    for key, rows in sorted(groups.items()):
        n = len(rows)
        out[key] = {
            "n": n,
            "categories": {c: sum(c in cats for cats, _, _ in rows) / n for c in (*CATEGORIES, F.LEARNED_LANGUAGE)},
            "passes_rule": sum(rule for _, rule, _ in rows) / n,
            "routed": sum(routed for _, _, routed in rows) / n,
        }
    return out


def _first_routed(model: Model, conv: Conversation, policy: TenantPolicy, step: int) -> int | None:
    """Messages until the growing conversation (its last 24 hours at each new message) is first routed."""
    for n in [*range(1, len(conv.messages), step), len(conv.messages)]:
        prefix = dataclasses.replace(conv, messages=conv.messages[:n])
        r = model.score(prefix, policy.rules)
        if decide(r.risk_score, r.evidence, policy)[0] is Decision.ROUTED_TO_REVIEW:
            return n
    return None


def early(
    result: TrainResult, final: Model, seed: int, limit: int = 400, step: int = 1, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Early detection text-only, on each fold's held-out conversations (at most `limit` per class and fold)."""
    policy = TenantPolicy("default", final.default_threshold, DEFAULT_RULES)
    rng = random.Random(seed)
    firsts: list[int | None] = []
    lengths: list[int] = []
    benign: dict[str, list[bool]] = {}
    for fold, bare, _ in _fold_models(result, final):
        items = _held(result, fold)
        positives = [i for i in items if i.label == 1]
        negatives = [i for i in items if i.label == 0]
        for item in rng.sample(positives, min(limit, len(positives))):
            firsts.append(_first_routed(bare, item.conversation, policy, step))
            lengths.append(len(item.conversation.messages))
        for item in rng.sample(negatives, min(limit, len(negatives))):
            hit = _first_routed(bare, item.conversation, policy, step) is not None
            benign.setdefault(family(item.source), []).append(hit)
        log(f"  early detection: fold '{fold.key}' done")
    routed = [f for f in firsts if f is not None]
    return {
        "grooming": len(firsts),
        "median_length": float(np.median(lengths)) if lengths else None,
        "ever_routed": len(routed) / len(firsts) if firsts else None,
        "median_messages_to_first_routed": float(np.median(routed)) if routed else None,
        "routed_within_50": sum(f <= 50 for f in routed) / len(firsts) if firsts else None,
        "routed_within_100": sum(f <= 100 for f in routed) / len(firsts) if firsts else None,
        "benign_ever_routed": {fam: sum(v) / len(v) for fam, v in sorted(benign.items())},
    }
