"""``grooming-risk train``: fit, calibrate and export the model, then evaluate it through the serving path.

Steps (all seeded; two runs give byte-identical artifacts):

1. Build the corpus (`training.corpus`), strip any metadata, split by source transcript (train/test).
2. **Units**: every training conversation is extracted with the serving code and cut into units
   (`model.char_units`: a message, or a 12-word piece of a longer one), featurised as hashed character
   2-5-grams (sublinear tf-idf). A unit carries its conversation's label: the model learns which units are
   more frequent in grooming, and an ordinary unit ("lol", "ok") ends up near the middle.
3. **Unit model**: one logistic regression over all units, every data family weighing the same in total and
   every conversation the same within its family, so no source's style and no long conversation dominates
   (generated conversations weigh `synthetic_weight` of a family: zero by default, see `TrainConfig`).
4. **Out-of-source predictions**: each fold holds out one *real* benign data family together with a share of
   the offenders' transcripts; that fold's unit model saw neither. The accumulated evidence of each held-out
   conversation (`model.scorer`: the strongest units' evidence, pairs in groups) is computed by the serving
   code from these fold models, and Platt calibration and the default threshold are fitted on it: the
   threshold is the lowest that keeps the false-positive rate at or below `max_source_fpr` on *every*
   held-out benign family.
5. **Metadata stage**, weights resting on priors (`training.metadata_priors`): a logistic regression with the
   calibrated out-of-source text logit as a fixed offset, over the metadata features of copies of the
   training conversations with prior-drawn metadata. Zero when a request has no metadata.
6. Export the artifact; `training.report` evaluates it through `model.scorer` (the serving code), and the fold
   models give the leave-one-source-out tables of the model card.
"""

from __future__ import annotations

import dataclasses
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

from grooming_risk.model import char_units as CU
from grooming_risk.model import features as F
from grooming_risk.model.domain import LabeledConversation
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model, TextModel, ViewWeights, save_model, text_logit
from grooming_risk.training import featurize as fz
from grooming_risk.training import languages
from grooming_risk.training.corpus import (
    CorpusConfig,
    build_corpus,
    counts_by_source,
    family,
    split_by_group,
    strip_metadata,
)


@dataclass
class TrainConfig:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    test_fraction: float = 0.2
    seed: int = 0
    c: float = 1.0  # inverse L2 strength of the unit model
    bits: int = 18  # 2**bits hashed n-gram buckets
    n_min: int = 2
    n_max: int = 5
    unit_words: int = CU.UNIT_WORDS
    smoothing: float = 0.0  # length-norm smoothing of a unit's vector
    floor: float = 0.0  # unit evidence is max(0, logit - floor)
    top_k: int = 5  # the evidence of the k strongest units is added up
    min_messages: int = 4  # learned language is a text element from this many messages with a strong unit
    element_logit: float = 2.5  # a unit is strong from this logit
    max_source_fpr: float = 0.005  # the default threshold keeps every held-out benign family at or below this
    meta_l2: float = 1.0
    #: Log-odds added for a declared adult writing to a declared child, per share of
    #: `model.features.GAP_CATEGORIES_FULL` distinct `GAP_CATEGORIES` (three or more: the full weight). Set, not
    #: learned: the training windows are long transcripts whose text evidence already decides them, so a fit
    #: gives this combination no weight, yet it is what must route a short explicit conversation. 10.0 routes
    #: the hand-written clear cases (adult and child declared, contacts or not) and none of the hand-written
    #: benign adult-child ones (teacher, coach, aunt, tutor: tests/test_model_scoring.py).
    gap_categories_weight: float = 10.0
    #: Total weight of generated conversations in the unit model, as a share of one real family's. Zero: the
    #: templates' phrases ("dont tell anyone", "send me a pic" in benign settings) taught it to discount exactly
    #: the grooming language of real transcripts (out-of-source ROC-AUC 0.941 with 0.3, 0.968 without).
    synthetic_weight: float = 0.0
    #: Each conversation weighs the same within its family (else each unit does, and long ones dominate).
    per_conversation: bool = True
    log: Callable[[str], None] = print


@dataclass
class UnitData:
    """The units of a list of conversations: counts (CSR), the conversation of each unit, the extractions."""

    counts: sp.csr_matrix
    item: np.ndarray
    extractions: list[F.Extraction]


def unit_data(items: Sequence[LabeledConversation], config: TrainConfig) -> UnitData:
    """Extract every conversation with the serving code and count its units' hashed n-grams."""
    texts: list[str] = []
    owner: list[int] = []
    extractions = []
    for k, item in enumerate(items):
        ex = F.extract(item.conversation)
        extractions.append(ex)
        units = CU.units_of(ex.normalized, config.unit_words)
        texts.extend(units.texts)
        owner.extend([k] * len(units.texts))
    indptr, indices, values = CU.counts(texts, config.n_min, config.n_max, config.bits)
    matrix = sp.csr_matrix((values, indices, indptr), shape=(len(texts), 1 << config.bits))
    return UnitData(matrix, np.asarray(owner, dtype=np.intp), extractions)


def idf_of(counts: sp.csr_matrix) -> np.ndarray:
    """Smoothed idf of every bucket: log((1 + n) / (1 + df)) + 1."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1.0 + counts.shape[0]) / (1.0 + df)) + 1.0


def weighed(counts: sp.csr_matrix, idf: np.ndarray, smoothing: float) -> sp.csr_matrix:
    """The unit vectors exactly as the scorer weighs them (`model.char_units.weigh_rows`)."""
    values = CU.weigh_rows(counts.indptr.astype(np.int64), counts.indices.astype(np.int64), counts.data, idf, smoothing)
    return sp.csr_matrix((values, counts.indices, counts.indptr), shape=counts.shape)


def family_weights(
    items: Sequence[LabeledConversation], data: UnitData, synthetic_weight: float, per_conversation: bool
) -> np.ndarray:
    """Every data family weighs the same in total (generated ones `synthetic_weight` of that)."""
    fams = np.array([family(i.source) for i in items])[data.item]
    weights = np.zeros(len(fams))
    if per_conversation:  # each conversation's units share one weight
        sizes = np.bincount(data.item, minlength=len(items))
        base = 1.0 / sizes[data.item]
    else:
        base = np.ones(len(fams))
    for fam in sorted(set(fams.tolist())):
        mask = fams == fam
        weights[mask] = (synthetic_weight if fam == GENERATED else 1.0) * base[mask] / base[mask].sum()
    return weights * len(fams) / weights.sum()


def fit_units(x: sp.csr_matrix, y: np.ndarray, weights: np.ndarray, config: TrainConfig) -> tuple[np.ndarray, float]:
    clf = LogisticRegression(C=config.c, max_iter=1000, solver="liblinear", random_state=config.seed)
    clf.fit(x, y, sample_weight=weights)
    return clf.coef_[0].astype(np.float64), float(clf.intercept_[0])


def text_model(
    config: TrainConfig, weights: np.ndarray, idf: np.ndarray, bias: float, calibration: tuple[float, float]
) -> TextModel:
    return TextModel(
        weights=weights,
        idf=idf,
        bias=bias,
        smoothing=config.smoothing,
        n_min=config.n_min,
        n_max=config.n_max,
        unit_words=config.unit_words,
        floor=config.floor,
        top_weights=np.ones(config.top_k),
        calibration=calibration,
        min_messages=config.min_messages,
        element_logit=config.element_logit,
    )


def text_only_model(text: TextModel, threshold: float = 0.5) -> Model:
    """A model with this text stage and no metadata weights (the fold models of the evaluation)."""
    role = ViewWeights(F.ROLE_META_FEATURES, np.zeros(len(F.ROLE_META_FEATURES)))
    flat = ViewWeights(F.FLAT_META_FEATURES, np.zeros(len(F.FLAT_META_FEATURES)))
    return Model("fold", text, role, flat, threshold, {})


def fit_platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling: p = sigmoid(a*z + c), by maximum likelihood with a tiny ridge."""

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        a, c = params
        s = a * z + c
        p = 1.0 / (1.0 + np.exp(-np.clip(s, -35, 35)))
        g = p - y
        nll = np.sum(np.logaddexp(0.0, s) - y * s) + 1e-4 * (a * a + c * c)
        return nll, np.array([np.dot(g, z) + 2e-4 * a, g.sum() + 2e-4 * c])

    # a >= 0: more evidence never lowers the score (the accumulation's monotonicity rests on it).
    res = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B", bounds=[(0.0, None), (None, None)])
    return float(res.x[0]), float(res.x[1])


def fit_offset_logistic(
    X: np.ndarray, offset: np.ndarray, y: np.ndarray, l2: float, nonnegative: Sequence[bool] = ()
) -> np.ndarray:
    """Logistic regression without intercept and with a fixed offset: p = sigmoid(offset + X·beta); the
    coefficients flagged in `nonnegative` are kept >= 0."""

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        s = offset + X @ beta
        p = 1.0 / (1.0 + np.exp(-np.clip(s, -35, 35)))
        nll = np.sum(np.logaddexp(0.0, s) - y * s) + 0.5 * l2 * np.dot(beta, beta)
        return nll, X.T @ (p - y) + l2 * beta

    bounds = [(0.0, None) if k < len(nonnegative) and nonnegative[k] else (None, None) for k in range(X.shape[1])]
    return minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", bounds=bounds).x


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


def fit_meta_stage(
    items: Sequence[LabeledConversation],
    extractions: list[F.Extraction],
    offset: np.ndarray,
    role: bool,
    config: TrainConfig,
) -> np.ndarray:
    """Metadata weights from prior-attached copies, with the calibrated out-of-source text logit as offset: one
    row per sender (the offender's row is the positive) in the role view, one per conversation in the flat view."""
    rng = random.Random(config.seed + 17)
    rows: list[list[float]] = []
    offsets: list[float] = []
    labels: list[int] = []
    for k, (item, ex) in enumerate(zip(items, extractions, strict=True)):
        if not ex.senders or (role and F.uses_flat_view(ex)):
            continue
        _, attached = fz.with_metadata(item, ex, rng)
        if role:
            new = F.role_rows(attached, DEFAULT_RULES)
            labels += fz.row_labels(item, attached)
        else:
            new = [F.flat_row(attached, DEFAULT_RULES)]  # the flat row reads no sender's role: any conversation
            labels.append(item.label)
        rows += new
        offsets += [float(offset[k])] * len(new)
    names = F.ROLE_META_FEATURES if role else F.FLAT_META_FEATURES
    x = np.asarray(rows, dtype=float).reshape(-1, len(names))
    fixed = names.index("gap_categories")
    free = [j for j in range(len(names)) if j != fixed]
    # The combination weight is set, not learned (see TrainConfig.gap_categories_weight): it enters as offset.
    offset_all = np.asarray(offsets, dtype=float) + config.gap_categories_weight * x[:, fixed]
    beta = np.zeros(len(names))
    if len(x):
        # Features that more messages can only raise (media, night-time) may only add evidence: with a negative
        # weight, one more message at night would lower the score.
        grows = [names[j] in GROWING_FEATURES for j in free]
        labels_ = np.asarray(labels, dtype=float)
        beta[free] = fit_offset_logistic(x[:, free], offset_all, labels_, config.meta_l2, grows)
    beta[fixed] = config.gap_categories_weight
    return beta


#: Metadata features that adding messages can raise (never lower): their weights are kept >= 0.
GROWING_FEATURES = frozenset({"s_media", "o_media", "media", "night", "gap_categories"})


def default_threshold(scores: np.ndarray, labels: np.ndarray, families: np.ndarray, max_fpr: float) -> float:
    """The lowest threshold (to 3 decimals) at which every held-out benign family's false-positive rate is at
    most `max_fpr`; clamped to [0.05, 0.95] so a degenerate fold never ships "route all" or "route nothing"."""
    need = 0.0
    for fam in sorted(set(families[labels == 0].tolist())):
        benign = np.sort(scores[(families == fam) & (labels == 0)])[::-1]
        allowed = math.floor(max_fpr * len(benign))  # this many may stay at or above the threshold
        if allowed < len(benign):
            need = max(need, float(benign[allowed]))
    threshold = math.floor(need * 1000.0 + 1.0) / 1000.0  # strictly above the highest benign score not allowed
    return min(max(threshold, 0.05), 0.95)


@dataclass
class Fold:
    """One out-of-source fold: the benign family it holds out, its items (indices into `train`), its unit model."""

    key: str
    items: np.ndarray
    text: TextModel


@dataclass
class TrainResult:
    version: str
    train: list[LabeledConversation]
    test: list[LabeledConversation]
    default_threshold: float
    counts: dict[str, dict[str, int]]
    seconds: float
    folds: list[Fold] = field(default_factory=list)  # the out-of-source fold models (for the evaluation)
    language_budget: list[dict[str, object]] = field(default_factory=list)  # `languages.OffsetChoice.rows`


def run(config: TrainConfig, out_dir: Path) -> TrainResult:
    """Train on the configured corpus and write the artifact to out_dir."""
    start = time.time()
    log = config.log
    items = [strip_metadata(i) for i in build_corpus(config.corpus)]
    if len({i.label for i in items}) < 2:
        raise ValueError("the corpus needs both grooming (1) and benign (0) conversations")
    train, test = split_by_group(items, config.test_fraction, config.seed)
    log(f"corpus: {len(items)} conversations, {len(train)} for training, {len(test)} held out")
    data = unit_data(train, config)
    idf = idf_of(data.counts)
    labels = np.array([i.label for i in train])
    y = labels[data.item]
    weights = family_weights(train, data, config.synthetic_weight, config.per_conversation)
    log(f"features: {data.counts.shape[0]} units, {data.counts.nnz} n-gram entries ({time.time() - start:.0f} s)")

    keys = np.array(fold_keys(train, config.seed))
    evidence = np.full(len(train), np.nan)
    folds = []
    for key in sorted(set(keys.tolist()) - {ALWAYS_TRAIN}):
        held = np.flatnonzero(keys == key)
        fit_rows = keys[data.item] != key
        if len(set(y[fit_rows].tolist())) < 2 or not len(held):
            continue
        # The fold's idf too is counted without the held-out family: nothing of it reaches the fold's model.
        fold_counts = data.counts[fit_rows]
        fold_idf = idf_of(fold_counts)
        w, b = fit_units(weighed(fold_counts, fold_idf, config.smoothing), y[fit_rows], weights[fit_rows], config)
        fold_text = text_model(config, w, fold_idf, b, (1.0, 0.0))
        evidence[held] = [text_logit(fold_text, data.extractions[k]) for k in held]  # calibration (1, 0): E
        folds.append(Fold(key, held, fold_text))
        log(f"  fold '{key}' held out ({len(held)} conversations, {time.time() - start:.0f} s)")
    present = np.isfinite(evidence)
    a, c = fit_platt(evidence[present], labels[present])
    folds = [Fold(f.key, f.items, dataclasses.replace(f.text, calibration=(a, c))) for f in folds]
    oof_logit = a * np.nan_to_num(evidence) + c
    oof_score = 1.0 / (1.0 + np.exp(-oof_logit[present]))
    families = np.array([family(i.source) for i in train])
    threshold = round(default_threshold(oof_score, labels[present], families[present], config.max_source_fpr), 3)
    log(f"calibration a={a:.3f} c={c:.3f}; default threshold {threshold}")

    w, b = fit_units(weighed(data.counts, idf, config.smoothing), y, weights, config)
    final_text = text_model(config, w, idf, b, (a, c))
    # Conversations never held out (generated ones) take the final model's logit as their offset.
    offsets = oof_logit.copy()
    for k in np.flatnonzero(~present):
        offsets[k] = text_logit(final_text, data.extractions[k])
    beta_role = fit_meta_stage(train, data.extractions, offsets, True, config)
    beta_flat = fit_meta_stage(train, data.extractions, offsets, False, config)
    log("metadata weights fitted")
    candidate = Model(
        "candidate",
        final_text,
        ViewWeights(F.ROLE_META_FEATURES, beta_role),
        ViewWeights(F.FLAT_META_FEATURES, beta_flat),
        threshold,
        {},
    )
    # Every real benign conversation (no learned text model is involved, so the held-out split would only make
    # the estimate noisier: the smallest family has 206 conversations in all).
    offset = languages.language_offset(candidate, items, config.max_source_fpr, config.seed + 9)
    log(f"other languages: logit offset {offset.shift}")

    meta = {
        "version_prefix": "gr2",
        "default_threshold": threshold,
        "language_offset": offset.shift,
        "text": {
            "bias": b,
            "calibration": [a, c],
            "smoothing": config.smoothing,
            "n_min": config.n_min,
            "n_max": config.n_max,
            "unit_words": config.unit_words,
            "floor": config.floor,
            "min_messages": config.min_messages,
            "element_logit": config.element_logit,
        },
        "role": {"meta_features": list(F.ROLE_META_FEATURES)},
        "flat": {"meta_features": list(F.FLAT_META_FEATURES)},
        "training": {
            "seed": config.seed,
            "c": config.c,
            "bits": config.bits,
            "top_k": config.top_k,
            "test_fraction": config.test_fraction,
            "max_source_fpr": config.max_source_fpr,
            "synthetic_weight": config.synthetic_weight,
            "per_conversation": config.per_conversation,
            "gap_categories_weight": config.gap_categories_weight,
        },
    }
    arrays = {
        "unit_weights": w,
        "unit_idf": idf,
        "top_weights": final_text.top_weights,
        "role_w_meta": beta_role,
        "flat_w_meta": beta_flat,
    }
    version = save_model(out_dir, meta, arrays)
    log(f"wrote model {version} to {out_dir} ({time.time() - start:.0f} s)")
    seconds = time.time() - start
    return TrainResult(version, train, test, threshold, counts_by_source(items), seconds, folds, offset.rows)
