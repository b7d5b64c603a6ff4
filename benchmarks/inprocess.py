"""In-process measurements: time per conversation, the split between steps, and scikit-learn per request."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks.workload import conversation
from grooming_risk.model import features as F
from grooming_risk.model.domain import Conversation
from grooming_risk.model.evidence import analyse
from grooming_risk.model.normalize import normalize_texts
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model, _score_flat, _score_role
from grooming_risk.model.text_vectors import dot, vectorize
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
    """What follows feature extraction: evidence and metadata rows (the analysis), n-gram vectors, dot products,
    calibration."""
    analysis = analyse(ex, DEFAULT_RULES)
    if analysis.flat:
        return _score_flat(model, analysis)[0]
    return _score_role(model, analysis)[0]


def scoring(model: Model, sizes: tuple[int, ...], count: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sizes:
        convs = _conversations(n, count)
        total = _timed(model.score, convs)
        normalize = _timed(lambda c: normalize_texts([m.text for m in c.messages]), convs)
        extract = _timed(F.extract, convs)
        extractions = [F.extract(c) for c in convs]
        model_step = _timed(lambda ex: _model_step(model, ex), extractions)
        out[f"{n}_messages"] = {
            **_summary(total),
            "split_median_ms": {
                "normalisation": statistics.median(normalize) * 1000,
                "feature_extraction": max(0.0, statistics.median(extract) - statistics.median(normalize)) * 1000,
                "model": statistics.median(model_step) * 1000,
            },
        }
    return out


def sklearn_comparison(model: Model, count: int) -> dict[str, Any]:
    """The shipped role model evaluated through scikit-learn's predict_proba, one request at a time."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    view = model.role
    clf = LogisticRegression()
    clf.classes_ = np.array([0, 1])
    clf.coef_ = np.concatenate([view.w_self, view.w_other])[None, :]
    clf.intercept_ = np.array([view.bias])
    a, c = view.calibration
    n_vocab = len(model.vocabulary)
    extractions = [F.extract(conv) for conv in _conversations(50, count)]
    vectors = [
        [vectorize(s.grams, model.vocabulary, model.idf, model.smoothing) for s in ex.senders] for ex in extractions
    ]

    def ours(vs: list[tuple[np.ndarray, np.ndarray]]) -> float:
        logits = [
            view.bias + dot(view.w_self, vs[k]) + dot(view.w_other, vs[1 - k])  # the serving code's dot
            for k in range(2)
        ]
        return 1.0 / (1.0 + np.exp(-(a * max(logits) + c)))

    def theirs(vs: list[tuple[np.ndarray, np.ndarray]]) -> float:
        rows = []
        for k in range(2):
            (si, sv), (oi, ov) = vs[k], vs[1 - k]
            rows.append(
                sp.csr_matrix(
                    (
                        np.concatenate([sv, ov]),
                        (np.zeros(len(si) + len(oi), dtype=int), np.concatenate([si, oi + n_vocab])),
                    ),
                    shape=(1, 2 * n_vocab),
                )
            )
        proba = clf.predict_proba(sp.vstack(rows))[:, 1]
        logit = np.log(proba.max() / (1.0 - proba.max()))
        return 1.0 / (1.0 + np.exp(-(a * logit + c)))

    two = [v for v in vectors if len(v) == 2]
    same = max(abs(ours(v) - theirs(v)) for v in two[:200])
    ours_t, theirs_t = _timed(ours, two), _timed(theirs, two)
    return {
        "conversations": len(two),
        "max_abs_difference": same,
        "serving_median_us": statistics.median(ours_t) * 1e6,
        "sklearn_median_us": statistics.median(theirs_t) * 1e6,
        "speedup_model_step": statistics.median(theirs_t) / statistics.median(ours_t),
    }
