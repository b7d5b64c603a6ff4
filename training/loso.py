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
from typing import Any

import numpy as np

from grooming_risk.model import features as F
from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant
from grooming_risk.model.indicators import CATEGORIES
from grooming_risk.model.policy import Decision, TenantPolicy, decide
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model
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


def _scored(model: Model, items: Sequence[LabeledConversation], policy: TenantPolicy) -> tuple[np.ndarray, np.ndarray]:
    scores, routed = [], []
    for item in items:
        r = model.score(item.conversation, policy.rules)
        scores.append(r.risk_score)
        routed.append(decide(r.risk_score, r.evidence, policy)[0] is Decision.ROUTED_TO_REVIEW)
    return np.array(scores), np.array(routed, dtype=bool)


def _with_metadata(items: Sequence[LabeledConversation], seed: int) -> list[LabeledConversation]:
    rng = random.Random(seed)
    return [metadata_priors.attach(i, rng) for i in items]


def _f1(y: np.ndarray, s: np.ndarray, threshold: float, routed: np.ndarray) -> float | None:
    return at_threshold(y, s, threshold, routed).f_beta(1.0)


def families(result: TrainResult, final: Model, seed: int) -> dict[str, Any]:
    """Per held-out benign family (and pooled): FPR at the threshold, ROC-AUC, PR-AUC, decision F1."""
    policy = TenantPolicy("default", final.default_threshold, DEFAULT_RULES)
    t = final.default_threshold
    rows: dict[str, Any] = {}
    pooled: dict[str, list[np.ndarray]] = {"y": [], "s": [], "r": [], "sm": [], "rm": []}
    for fold, bare, with_meta in _fold_models(result, final):
        items = [result.train[k] for k in fold.items.tolist()]
        y = np.array([i.label for i in items])
        s, r = _scored(bare, items, policy)
        sm, rm = _scored(with_meta, _with_metadata(items, seed), policy)
        rows[fold.key] = {
            "benign": int((y == 0).sum()),
            "grooming": int(y.sum()),
            "fpr_at_threshold": at_threshold(y[y == 0], s[y == 0], t).fpr,
            "routed_benign": float(r[y == 0].mean()) if (y == 0).any() else None,
            "roc_auc": roc_auc(y, s),
            "pr_auc": average_precision(y, s),
            "recall_at_threshold": at_threshold(y[y == 1], s[y == 1], t).recall,
            "f1_text_only": _f1(y, s, t, r),
            "f1_with_metadata": _f1(y, sm, t, rm),
        }
        for key, value in zip(("y", "s", "r", "sm", "rm"), (y, s, r, sm, rm), strict=True):
            pooled[key].append(value)
    y, s, r, sm, rm = (np.concatenate(pooled[k]) for k in ("y", "s", "r", "sm", "rm"))
    rows["pooled"] = {
        "benign": int((y == 0).sum()),
        "grooming": int(y.sum()),
        "fpr_at_threshold": at_threshold(y[y == 0], s[y == 0], t).fpr,
        "routed_benign": float(r[y == 0].mean()),
        "roc_auc": roc_auc(y, s),
        "pr_auc": average_precision(y, s),
        "recall_at_threshold": at_threshold(y[y == 1], s[y == 1], t).recall,
        "f1_text_only": _f1(y, s, t, r),
        "f1_with_metadata": _f1(y, sm, t, rm),
        "routed_grooming_text_only": float(r[y == 1].mean()),
        "routed_grooming_with_metadata": float(rm[y == 1].mean()),
    }
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


def forms(result: TrainResult, final: Model, seed: int, baselines: bool = True) -> dict[str, Any]:
    """ROC-AUC and PR-AUC of the held-out conversations (pooled over folds) in each form, and the baselines'."""
    policy = TenantPolicy("default", final.default_threshold, DEFAULT_RULES)
    per_form: dict[str, dict[str, list[np.ndarray]]] = {f: {"y": [], "s": []} for f in FORMS}
    base: dict[str, dict[str, list[np.ndarray]]] = {a: {"y": [], "s": []} for a in ("word", "char_wb")}
    for fold, bare, _ in _fold_models(result, final):
        held = set(fold.items.tolist())
        items = [result.train[k] for k in sorted(held)]
        y = np.array([i.label for i in items])
        for form in FORMS:
            variant = [dataclasses.replace(i, conversation=as_form(i.conversation, form)) for i in items]
            per_form[form]["y"].append(y)
            per_form[form]["s"].append(_scored(bare, variant, policy)[0])
        if baselines:
            # The unit model gives generated conversations no weight by default; the baselines do not see them.
            fit_on = [i for k, i in enumerate(result.train) if k not in held and family(i.source) != GENERATED]
            for analyzer in base:
                base[analyzer]["y"].append(y)
                base[analyzer]["s"].append(_baseline_scores(fit_on, items, analyzer, seed))
    out: dict[str, Any] = {}
    for name, parts in [*per_form.items(), *((f"baseline {a}", p) for a, p in base.items() if p["y"])]:
        y, s = np.concatenate(parts["y"]), np.concatenate(parts["s"])
        out[name] = {"roc_auc": roc_auc(y, s), "pr_auc": average_precision(y, s)}
    return out


def categories(result: TrainResult, final: Model) -> dict[str, Any]:
    """Per category: the share of held-out grooming and of each held-out benign family where it fires; and the
    share passing the combination rule text-only (with and without the threshold)."""
    policy = TenantPolicy("default", final.default_threshold, DEFAULT_RULES)
    groups: dict[str, list[tuple[frozenset[str], bool, bool]]] = {}
    for fold, bare, _ in _fold_models(result, final):
        for k in fold.items.tolist():
            item = result.train[k]
            r = bare.score(item.conversation, policy.rules)
            ev = r.evidence
            rule = ev.participants >= 2 and ev.text_elements() > 0 and ev.independent_elements() >= 2
            routed = decide(r.risk_score, ev, policy)[0] is Decision.ROUTED_TO_REVIEW
            key = "grooming" if item.label else family(item.source)
            cats = ev.text_categories | ({F.LEARNED_LANGUAGE} if ev.learned_language else frozenset())
            groups.setdefault(key, []).append((cats, rule, routed))
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
        items = [result.train[k] for k in fold.items.tolist()]
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
