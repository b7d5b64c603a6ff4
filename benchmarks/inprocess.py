"""In-process measurements: time per conversation, the split between steps, and scikit-learn per request."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks.workload import conversation
from grooming_risk.model import char_units as CU
from grooming_risk.model import features as F
from grooming_risk.model.domain import Conversation, Message, Participant
from grooming_risk.model.evidence import analyse
from grooming_risk.model.normalize import normalize_texts
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model, score_analysis
from grooming_risk.model.validation import Limits, validate_request


def _conversations(n_messages: int, count: int) -> list[Conversation]:
    limits = Limits(max_messages=10_000)
    return [validate_request(conversation(n_messages, seed=k, grooming=k % 5 == 0), limits) for k in range(count)]


def _timed(fn: Callable[[Any], Any], items: list[Any]) -> list[float]:
    for item in items[: min(50, len(items))]:
        fn(item)  # warm-up
    out = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - start)
    return out


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        "conversations_per_s": len(ordered) / sum(ordered),
    }


def _model_step(model: Model, ex: F.Extraction) -> float:
    """What follows feature extraction: evidence and metadata rows (the analysis), the units' hashed n-grams and
    logits, accumulation, calibration and attribution."""
    return score_analysis(model, analyse(ex, DEFAULT_RULES)).risk_score


def _measured(model: Model, convs: list[Conversation]) -> dict[str, Any]:
    """Time per conversation and its split between normalisation, feature extraction and the model step."""
    total = _timed(model.score, convs)
    normalize = _timed(lambda c: normalize_texts([m.text for m in c.messages]), convs)
    extract = _timed(F.extract, convs)
    extractions = [F.extract(c) for c in convs]
    model_step = _timed(lambda ex: _model_step(model, ex), extractions)
    return {
        **_summary(total),
        "split_median_ms": {
            "normalisation": statistics.median(normalize) * 1000,
            "feature_extraction": max(0.0, statistics.median(extract) - statistics.median(normalize)) * 1000,
            "model": statistics.median(model_step) * 1000,
        },
    }


def scoring(model: Model, sizes: tuple[int, ...], count: int) -> dict[str, Any]:
    return {f"{n}_messages": _measured(model, _conversations(n, count)) for n in sizes}


def _language_conversations(messages: list[str], count: int, n_messages: int = 50) -> list[Conversation]:
    """50-message conversations cut from one language's hand-written messages, between a declared adult and
    child (so every step runs: the language's pack, its age forms, the metadata)."""
    participants = (Participant("a", age_years=34), Participant("b", age_years=13))
    out = []
    for k in range(count):
        texts = [messages[(k * 7 + j) % len(messages)] for j in range(n_messages)]
        chat = tuple(Message("ab"[j % 2], 1_767_225_600.0 + 30 * j, t) for j, t in enumerate(texts))
        out.append(Conversation(f"{k}", participants, chat))
    return out


def by_language(model: Model, count: int) -> dict[str, Any]:
    """In-process time of 50-message conversations in each language of the hand-written sets, and the cost of
    language identification per message (`model.language.identify` on the same conversations)."""
    from grooming_risk.model.language import identify
    from grooming_risk.training.languages import load_sets

    out: dict[str, Any] = {}
    for code, items in load_sets().items():
        convs = _language_conversations([m.text for i in items for m in i.conversation.messages], count)
        for warm in convs:  # the pack's joined expressions are compiled when their anchor is first met
            model.score(warm)
        identified = _timed(lambda c: identify([m.text for m in c.messages]), convs)
        out[f"50_messages_{code}"] = {
            **_measured(model, convs),
            "language_id_us_per_message": statistics.median(identified) * 1e6 / 50,
        }
    return out


def sklearn_comparison(model: Model, count: int) -> dict[str, Any]:
    """The model step of one request (the units' logits from their weighed n-grams) through scikit-learn's
    decision_function, against the serving code's numpy path on the same weighed features."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    text = model.text
    size = text.weights.shape[0]
    bits = size.bit_length() - 1
    clf = LogisticRegression()
    clf.classes_ = np.array([0, 1])
    clf.coef_ = text.weights[None, :]
    clf.intercept_ = np.array([text.bias])
    rows = []  # the features of each conversation's units, computed once: both sides get the same input
    for conv in _conversations(50, count):
        texts = CU.units_of(F.extract(conv).normalized, text.unit_words).texts
        indptr, indices, values = CU.counts(texts, text.n_min, text.n_max, bits)
        rows.append((indptr, indices, CU.weigh_rows(indptr, indices, values, text.idf, text.smoothing)))
    units = [r for r in rows if len(r[0]) > 1]

    def ours(row: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
        return CU.logits_of(*row, text.weights, text.bias)

    def theirs(row: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
        indptr, indices, weighed = row
        return clf.decision_function(sp.csr_matrix((weighed, indices, indptr), shape=(len(indptr) - 1, size)))

    same = max(float(np.abs(ours(u) - theirs(u)).max()) for u in units[:200])
    ours_t, theirs_t = _timed(ours, units), _timed(theirs, units)
    return {
        "conversations": len(units),
        "max_abs_difference": same,
        "serving_median_us": statistics.median(ours_t) * 1e6,
        "sklearn_median_us": statistics.median(theirs_t) * 1e6,
        "speedup_model_step": statistics.median(theirs_t) / statistics.median(ours_t),
    }
