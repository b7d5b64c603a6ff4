"""``grooming-risk train``: fit, calibrate and export the model, then evaluate it through the serving path.

Steps (all seeded):

1. Build the corpus (`training.corpus`), strip any metadata, split by source transcript (train/test).
2. **Text stage**, learned from real conversations only: a logistic regression per view over word
   n-grams (the 10,000 most frequent unigrams/bigrams of the normalised text, sublinear tf-idf).
   Role view: one row per sender, own and others' n-grams as separate inputs; the groomer's row is the
   positive. Flat view: flattened copies of every conversation (one sender; half as one message).
3. **Out-of-source predictions**: each fold holds out one *real* benign data family (chitchat, IRC,
   NPS, labeled files) together with a share of the offenders; that fold's model saw neither. Platt
   calibration and the default threshold are fitted on these predictions, not on in-source ones.
   Generated hard negatives are never held out (they are part of the method, not a source to
   generalise to) and weigh `synthetic_weight` each, so templates cannot dominate real text.
4. **Metadata stage**, weights resting on priors (`training.metadata_priors`): a logistic regression with
   the calibrated out-of-source text logit as a fixed offset, over the metadata features of copies of
   the training conversations with prior-drawn metadata. Zero when a request has no metadata.
5. Export the artifact; `training.report` then evaluates it through `model.scorer` (the serving code).

Model selection (vocabulary size, C, which features enter the text stage) was done on the
out-of-source folds; see the model card for the ablation.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

from grooming_risk.model import features as F
from grooming_risk.model.domain import LabeledConversation
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import save_model
from grooming_risk.model.text_vectors import DEFAULT_SMOOTHING
from grooming_risk.training import featurize as fz
from grooming_risk.training.corpus import (
    CorpusConfig,
    build_corpus,
    counts_by_source,
    family,
    split_by_group,
    strip_metadata,
)
from grooming_risk.training.metrics import best_threshold


@dataclass
class TrainConfig:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    test_fraction: float = 0.2
    seed: int = 0
    c_role: float = 4.0
    c_flat: float = 4.0
    vocab_min_df: int = 5
    vocab_size: int = 10000
    meta_l2: float = 1.0
    threshold_beta: float = 1.0  # the default threshold maximises F-beta on out-of-source predictions
    synthetic_weight: float = 0.3  # sample weight of a generated conversation (real ones weigh 1)
    log: Callable[[str], None] = print


def _design(data: fz.ViewData, rows: np.ndarray, vocab: dict[str, int], idf: np.ndarray, role: bool) -> sp.csr_matrix:
    blocks = [fz.gram_matrix([data.grams_self[i] for i in rows], vocab, idf)]
    if role:
        blocks.append(fz.gram_matrix([data.grams_other[i] for i in rows], vocab, idf))
    return sp.hstack(blocks, format="csr")


def fit_text(
    data: fz.ViewData,
    rows: np.ndarray,
    vocab: dict[str, int],
    idf: np.ndarray,
    role: bool,
    c: float,
    seed: int,
    weights: np.ndarray,
) -> LogisticRegression:
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver="liblinear", random_state=seed)
    return clf.fit(_design(data, rows, vocab, idf, role), data.y[rows], sample_weight=weights[rows])


def max_per_item(values: np.ndarray, items: np.ndarray, n_items: int) -> np.ndarray:
    out = np.full(n_items, -np.inf)
    np.maximum.at(out, items, values)
    return out


def fit_platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling: p = sigmoid(a*z + c), by maximum likelihood with a tiny ridge."""

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        a, c = params
        s = a * z + c
        p = 1.0 / (1.0 + np.exp(-np.clip(s, -35, 35)))
        g = p - y
        nll = np.sum(np.logaddexp(0.0, s) - y * s) + 1e-4 * (a * a + c * c)
        return nll, np.array([np.dot(g, z) + 2e-4 * a, g.sum() + 2e-4 * c])

    res = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B")
    return float(res.x[0]), float(res.x[1])


def fit_offset_logistic(X: np.ndarray, offset: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression without intercept and with a fixed offset: p = sigmoid(offset + X·beta)."""

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        s = offset + X @ beta
        p = 1.0 / (1.0 + np.exp(-np.clip(s, -35, 35)))
        nll = np.sum(np.logaddexp(0.0, s) - y * s) + 0.5 * l2 * np.dot(beta, beta)
        return nll, X.T @ (p - y) + l2 * beta

    return minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B").x


ALWAYS_TRAIN = "always-train"
GENERATED = "synthetic"


def fold_keys(items: Sequence[LabeledConversation], seed: int) -> list[str]:
    """Out-of-source folds: one real benign family per fold; offenders of positive-only families are
    spread over them; generated conversations are in every fold's training part."""
    benign = sorted({family(i.source) for i in items if i.label == 0} - {GENERATED})
    positive_only = sorted({family(i.source) for i in items if i.label == 1} - set(benign) - {GENERATED})
    groups = sorted({i.group for i in items if i.label == 1 and family(i.source) in positive_only})
    random.Random(seed).shuffle(groups)
    group_fold = {g: benign[k % len(benign)] for k, g in enumerate(groups)} if benign else {}
    keys = []
    for item in items:
        fam = family(item.source)
        if fam == GENERATED:
            keys.append(ALWAYS_TRAIN)
        elif fam in positive_only:
            keys.append(group_fold.get(item.group, fam))
        else:
            keys.append(fam)
    return keys


def sample_weights(items: Sequence[LabeledConversation], data: fz.ViewData, synthetic_weight: float) -> np.ndarray:
    generated = np.array([family(i.source) == GENERATED for i in items])
    return np.where(generated[data.item], synthetic_weight, 1.0)


@dataclass
class ViewFit:
    bias: float
    w_self: np.ndarray
    w_other: np.ndarray
    calibration: tuple[float, float]
    beta: np.ndarray
    oof_logit: np.ndarray  # per item: out-of-source calibrated text logit (-inf: no row, or never held out)


def fit_view(
    items: Sequence[LabeledConversation],
    data: fz.ViewData,
    vocab: dict[str, int],
    idf: np.ndarray,
    role: bool,
    c: float,
    config: TrainConfig,
) -> ViewFit:
    name = "role" if role else "flat"
    keys = fold_keys(items, config.seed)
    row_key = np.array([keys[i] for i in data.item])
    weights = sample_weights(items, data, config.synthetic_weight)
    oof_rows = np.full(len(data.y), -np.inf)
    for key in sorted(set(keys) - {ALWAYS_TRAIN}):
        test_rows, train_rows = np.flatnonzero(row_key == key), np.flatnonzero(row_key != key)
        if len(set(data.y[train_rows].tolist())) < 2 or not len(test_rows):
            continue
        clf = fit_text(data, train_rows, vocab, idf, role, c, config.seed, weights)
        oof_rows[test_rows] = clf.decision_function(_design(data, test_rows, vocab, idf, role))
        config.log(f"  {name}: fold '{key}' held out ({len(test_rows)} rows)")
    labels = np.array([i.label for i in items])
    oof_item = max_per_item(oof_rows, data.item, len(items))
    present = np.isfinite(oof_item)
    a, cc = fit_platt(oof_item[present], labels[present])
    clf = fit_text(data, np.arange(len(data.y)), vocab, idf, role, c, config.seed, weights)
    coef = clf.coef_[0]
    n = len(vocab)
    w_other = coef[n:] if role else np.zeros(n)
    in_sample = clf.decision_function(_design(data, np.arange(len(data.y)), vocab, idf, role))
    offsets = a * np.where(np.isfinite(oof_rows), oof_rows, in_sample) + cc
    beta = fit_meta_stage(items, data, offsets, role, config)
    config.log(f"  {name}: calibration a={a:.3f} c={cc:.3f}; metadata weights fitted")
    return ViewFit(float(clf.intercept_[0]), coef[:n], w_other, (a, cc), beta, a * oof_item + cc)


def fit_meta_stage(
    items: Sequence[LabeledConversation], data: fz.ViewData, offset: np.ndarray, role: bool, config: TrainConfig
) -> np.ndarray:
    """Metadata weights from prior-attached copies, with the calibrated out-of-source text logit as offset."""
    rng = random.Random(config.seed + 17)
    X: list[list[float]] = []
    r = 0
    while r < len(data.y):  # the rows of one item are contiguous
        k = int(data.item[r])
        _, ex = fz.with_metadata(items[k], data.extractions[r], rng)
        rows = F.role_rows(ex, DEFAULT_RULES) if role else [F.flat_row(ex, DEFAULT_RULES)]
        X.extend(rows)
        r += len(rows)
    return fit_offset_logistic(np.asarray(X, dtype=float), offset, data.y.astype(float), config.meta_l2)


@dataclass
class TrainResult:
    version: str
    train: list[LabeledConversation]
    test: list[LabeledConversation]
    default_threshold: float
    oof: dict[str, object]
    counts: dict[str, dict[str, int]]
    seconds: float


def run(config: TrainConfig, out_dir: Path) -> TrainResult:
    """Train on the configured corpus and write the artifact to out_dir."""
    start = time.time()
    log = config.log
    items = [strip_metadata(i) for i in build_corpus(config.corpus)]
    if len({i.label for i in items}) < 2:
        raise ValueError("the corpus needs both grooming (1) and benign (0) conversations")
    train, test = split_by_group(items, config.test_fraction, config.seed)
    log(f"corpus: {len(items)} conversations, {len(train)} for training, {len(test)} held out")
    role = fz.role_data(train)
    flat_train = fz.flat_items(train, config.seed)
    flat = fz.flat_data(flat_train)
    vocab, idf = fz.build_vocabulary(role.grams_self + flat.grams_self, config.vocab_min_df, config.vocab_size)
    log(
        f"features: {len(role.y)} role rows, {len(flat.y)} flat rows, {len(vocab)} n-grams "
        f"({time.time() - start:.0f} s)"
    )
    role_fit = fit_view(train, role, vocab, idf, True, config.c_role, config)
    flat_fit = fit_view(flat_train, flat, vocab, idf, False, config.c_flat, config)

    labels = np.array([i.label for i in train])
    pooled = np.where(np.isfinite(role_fit.oof_logit), role_fit.oof_logit, flat_fit.oof_logit)
    held = np.isfinite(pooled)
    oof_score = 1.0 / (1.0 + np.exp(-pooled[held]))
    labels = labels[held]
    # Clamped: a degenerate fold (tiny corpus) must not ship "route everything" or "route nothing".
    threshold = round(min(max(best_threshold(labels, oof_score, config.threshold_beta), 0.05), 0.95), 3)
    log(f"default threshold {threshold} (best F{config.threshold_beta:g} on out-of-source predictions)")

    meta = {
        "version_prefix": "gr1",
        "vocabulary": sorted(vocab, key=vocab.__getitem__),
        "default_threshold": threshold,
        "norm_smoothing": DEFAULT_SMOOTHING,
        "role": {
            "meta_features": list(F.ROLE_META_FEATURES),
            "bias": role_fit.bias,
            "calibration": list(role_fit.calibration),
        },
        "flat": {
            "meta_features": list(F.FLAT_META_FEATURES),
            "bias": flat_fit.bias,
            "calibration": list(flat_fit.calibration),
        },
        "training": {
            "seed": config.seed,
            "c_role": config.c_role,
            "c_flat": config.c_flat,
            "vocab_size": config.vocab_size,
            "vocab_min_df": config.vocab_min_df,
            "test_fraction": config.test_fraction,
            "threshold_beta": config.threshold_beta,
        },
    }
    arrays = {
        "idf": idf,
        "role_w_self": role_fit.w_self,
        "role_w_other": role_fit.w_other,
        "role_w_meta": role_fit.beta,
        "flat_w_self": flat_fit.w_self,
        "flat_w_other": flat_fit.w_other,
        "flat_w_meta": flat_fit.beta,
    }
    version = save_model(out_dir, meta, arrays)
    log(f"wrote model {version} to {out_dir} ({time.time() - start:.0f} s)")
    kept = [i for i, h in zip(train, held, strict=True) if h]
    oof = {
        "labels": labels,
        "scores": oof_score,
        "families": [family(i.source) for i in kept],
        "sources": [i.source for i in kept],
    }
    return TrainResult(version, train, test, threshold, oof, counts_by_source(items), time.time() - start)
