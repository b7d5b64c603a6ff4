"""The serving model: loads the exported artifact and scores a conversation with numpy (no I/O).

Artifact (``model/artifact/``): ``model.json`` (version, vocabulary, feature names, calibration,
default threshold, training summary) and ``weights.npz`` (float arrays, loaded with
``allow_pickle=False``): nothing in it can execute code.

Role view (two or more senders): for each sender *p* a text logit
``t_p = b + w_self·v(p's n-grams) + w_other·v(the others' n-grams)``, calibrated as ``a·t_p + c``
(Platt scaling fitted on out-of-source predictions), plus a metadata logit ``m_p = β·x_meta(p)``
(zero when the caller sent no metadata). The risk score is ``sigmoid(max_p(a·t_p + c + m_p))``, and
the winning row names the likely suspect. The flat view (one sender) is the same without roles.

The indicators of a response are the parts of the winning logit that pushed it up, strongest first:
the n-gram contribution of each message goes to the indicator categories that message carries (or to
LEARNED_LANGUAGE when it carries none); metadata contributions go to their risk factor; risk factors
found by `model.evidence` follow.

A conversation is extracted (`model.features.extract`) and analysed (`model.evidence.analyse`) once; the
scorer reads the metadata rows and the evidence from that `Analysis` and hands it on in the result, where
the decision and the explanation of a routed case read it too.
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from grooming_risk.model import features as F
from grooming_risk.model.domain import Conversation
from grooming_risk.model.evidence import Analysis, Evidence, analyse
from grooming_risk.model.indicators import categories_in
from grooming_risk.model.rules import DEFAULT_RULES, ScoringRules
from grooming_risk.model.text_vectors import GramIds, Vector, weigh
from grooming_risk.model.text_vectors import dot as _dot

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifact"
FORMAT_VERSION = 1
#: A share of the logit (in log-odds) below which an indicator is not listed as having driven the score.
MIN_CONTRIBUTION = 0.05


class ModelLoadError(RuntimeError):
    """The artifact is missing, incomplete or of another format version."""


@dataclass(frozen=True, slots=True)
class ViewWeights:
    """Exported parameters of one view (role or flat)."""

    meta_features: tuple[str, ...]
    bias: float
    w_self: np.ndarray  # n-grams of the row's own sender (flat view: of everyone)
    w_other: np.ndarray  # n-grams of the others (role view; zeros in the flat view)
    w_meta: np.ndarray
    calibration: tuple[float, float]  # (a, c): calibrated logit = a * text logit + c
    meta_weights: tuple[float, ...] = field(init=False)  # w_meta as Python floats, set from it

    def __post_init__(self) -> None:
        # A dozen products per row: plain floats are cheaper than a numpy call on the scoring path.
        object.__setattr__(self, "meta_weights", tuple(self.w_meta.tolist()))

    def meta_logit(self, row: list[float]) -> float:
        return sum(map(operator.mul, self.meta_weights, row))


@dataclass(frozen=True, slots=True)
class ScoreResult:
    risk_score: float
    indicators: tuple[str, ...]  # strongest first
    evidence: Evidence
    suspect_participant: str | None  # pseudonymous id of the row that scored highest (role view)
    view: str  # "role" or "flat"
    messages_scored: int
    # The pass the score was computed from, for the explanation of a routed case (None once pickled).
    analysis: Analysis | None = field(default=None, compare=False, repr=False)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled (a scoring worker's answer) without the analysis: it holds the whole normalised text, which
        would double what crosses the process boundary; the receiver explains from the conversation."""
        fields = (self.risk_score, self.indicators, self.evidence, self.suspect_participant, self.view)
        return (ScoreResult, (*fields, self.messages_scored))


@dataclass(frozen=True)
class Model:
    version: str
    vocabulary: dict[str, int]
    idf: np.ndarray
    smoothing: float  # length-norm smoothing of n-gram vectors (see model.text_vectors)
    role: ViewWeights
    flat: ViewWeights
    default_threshold: float
    card: dict[str, object]
    gram_ids: GramIds  # the vocabulary as word and word-pair lookups (built at load)

    def score(self, conversation: Conversation, rules: ScoringRules = DEFAULT_RULES) -> ScoreResult:
        return score(self, conversation, rules)

    def score_extraction(self, ex: F.Extraction, rules: ScoringRules = DEFAULT_RULES) -> ScoreResult:
        return score_extraction(self, ex, rules)

    def score_analysis(self, analysis: Analysis) -> ScoreResult:
        return score_analysis(self, analysis)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _attribute_text(
    model: Model,
    weights: np.ndarray,
    scale: float,
    sender: F.SenderText,
    vector: Vector,
    counts: dict[int, int],
    masks: list[int],
    into: dict[str, float],
) -> None:
    """Split a sender's n-gram contribution over the categories of the messages it came from (`counts`: the
    sender's n-gram counts by id, from which `vector` was weighed)."""
    total = scale * _dot(weights, vector)
    if not total:
        return
    tagged = [(masks[j], tokens) for j, tokens in zip(sender.positions, sender.tokens, strict=True) if masks[j]]
    if not tagged:  # no category anywhere: all of it is learned language
        if total > 0:
            into[F.LEARNED_LANGUAGE] = into.get(F.LEARNED_LANGUAGE, 0.0) + total
        return
    parts = model.gram_ids.parts([tokens for _, tokens in tagged], vector, weights, counts)
    categorized = 0.0
    for (mask, _), share in zip(tagged, parts, strict=True):
        part = share * scale
        categorized += part
        if part > 0:
            cats = categories_in(mask)
            for cat in cats:
                into[cat] = into.get(cat, 0.0) + part / len(cats)
    rest = total - categorized
    if rest > 0:
        into[F.LEARNED_LANGUAGE] = into.get(F.LEARNED_LANGUAGE, 0.0) + rest


def _attribute_meta(view: ViewWeights, row: list[float], into: dict[str, float]) -> None:
    for name, w, x in zip(view.meta_features, view.meta_weights, row, strict=True):
        indicator = F.FEATURE_INDICATOR.get(name)
        if x and indicator is not None and w * x > 0:
            into[indicator] = into.get(indicator, 0.0) + w * x


_META_INDICATORS = frozenset(i for i in F.FEATURE_INDICATOR.values() if i is not None)


def _rank(contrib: dict[str, float], evidence: Evidence) -> tuple[str, ...]:
    """Indicators by contribution. A metadata indicator is named only when its risk factor holds: one minor
    contacted raises the fan-out feature a little, but "MINOR_FANOUT" would tell a reviewer something untrue."""
    ranked = [
        k
        for v, k in sorted(((v, k) for k, v in contrib.items() if v >= MIN_CONTRIBUTION), reverse=True)
        if k not in _META_INDICATORS or k in evidence.risk_factors
    ]
    present = set(ranked)
    extra = sorted((evidence.text_categories | evidence.risk_factors) - present, key=F.ALL_INDICATORS.index)
    return (*ranked, *extra)


def _sum_counts(parts: Iterable[dict[int, int]]) -> Counter[int]:
    total: Counter[int] = Counter()
    for part in parts:
        total.update(part)
    return total


def _score_role(model: Model, analysis: Analysis) -> tuple[float, dict[str, float], int]:
    view, ex, meta_rows = model.role, analysis.extraction, analysis.meta_rows
    counts = [model.gram_ids.counts(s.tokens) for s in ex.senders]
    vectors = [weigh(c, model.idf, model.smoothing) for c in counts]
    two = len(ex.senders) == 2
    others = [
        vectors[1 - k]
        if two
        else weigh(_sum_counts(c for j, c in enumerate(counts) if j != k), model.idf, model.smoothing)
        for k in range(len(ex.senders))
    ]
    a, c = view.calibration
    logits = [
        a * (view.bias + _dot(view.w_self, vectors[k]) + _dot(view.w_other, others[k]))
        + c
        + view.meta_logit(meta_rows[k])
        for k in range(len(ex.senders))
    ]
    best = max(range(len(logits)), key=logits.__getitem__)  # the first of equal maxima, as np.argmax
    contrib: dict[str, float] = {}
    _attribute_text(model, view.w_self, a, ex.senders[best], vectors[best], counts[best], ex.message_masks, contrib)
    other_part = a * _dot(view.w_other, others[best])
    if other_part > 0:
        contrib[F.LEARNED_LANGUAGE] = contrib.get(F.LEARNED_LANGUAGE, 0.0) + other_part
    _attribute_meta(view, meta_rows[best], contrib)
    return logits[best], contrib, best


def _score_flat(model: Model, analysis: Analysis) -> tuple[float, dict[str, float]]:
    view, ex, (meta_row,) = model.flat, analysis.extraction, analysis.meta_rows
    sender = ex.senders[0]  # the flat view has exactly one sender
    counts = model.gram_ids.counts(sender.tokens)
    vector = weigh(counts, model.idf, model.smoothing)
    a, c = view.calibration
    z = a * (view.bias + _dot(view.w_self, vector)) + c + view.meta_logit(meta_row)
    contrib: dict[str, float] = {}
    _attribute_text(model, view.w_self, a, sender, vector, counts, ex.message_masks, contrib)
    _attribute_meta(view, meta_row, contrib)
    return z, contrib


def score(model: Model, conversation: Conversation, rules: ScoringRules = DEFAULT_RULES) -> ScoreResult:
    """Score one conversation: a pure function of the conversation, the rules and the model."""
    return score_extraction(model, F.extract(conversation), rules)


def score_extraction(model: Model, ex: F.Extraction, rules: ScoringRules = DEFAULT_RULES) -> ScoreResult:
    """Score an extracted conversation. Extraction (normalising and matching the text) is most of the work;
    a caller that learns more participant metadata afterwards re-scores `replace(ex, conversation=...)`
    without matching the text again (the same participants, in the same order, with other counts)."""
    return score_analysis(model, analyse(ex, rules))


def score_analysis(model: Model, analysis: Analysis) -> ScoreResult:
    """Score an analysed conversation: the score and its indicators, with the analysis's evidence."""
    ex, evidence = analysis.extraction, analysis.evidence
    if not ex.senders:
        return ScoreResult(0.0, (), evidence, None, "flat", 0, analysis)
    suspect = None
    if analysis.flat:
        z, contrib = _score_flat(model, analysis)
        view = "flat"
    else:
        z, contrib, k = _score_role(model, analysis)
        index = ex.senders[k].index
        suspect = ex.conversation.participants[index].participant_id if index >= 0 else None
        view = "role"
    indicators = _rank(contrib, evidence)
    return ScoreResult(_sigmoid(z), indicators, evidence, suspect, view, len(ex.message_indices), analysis)


# --- artifact ----------------------------------------------------------------------------------------


def _view(meta: dict[str, object], arrays: dict[str, np.ndarray], name: str) -> ViewWeights:
    spec = meta[name]
    assert isinstance(spec, dict)
    a, c = spec["calibration"]
    view = ViewWeights(
        meta_features=tuple(spec["meta_features"]),
        bias=float(spec["bias"]),
        w_self=arrays[f"{name}_w_self"],
        w_other=arrays[f"{name}_w_other"],
        w_meta=arrays[f"{name}_w_meta"],
        calibration=(float(a), float(c)),
    )
    expected = F.ROLE_META_FEATURES if name == "role" else F.FLAT_META_FEATURES
    if view.meta_features != expected or view.w_meta.shape != (len(expected),):
        raise ModelLoadError(f"the artifact's {name} metadata features do not match this code's feature set")
    return view


def content_hash(meta: dict[str, object], arrays: dict[str, np.ndarray]) -> str:
    """Version of an artifact: a hash over its parameters (not over its own version field)."""
    digest = hashlib.sha256()
    body = {k: v for k, v in meta.items() if k not in ("version", "card")}
    digest.update(json.dumps(body, sort_keys=True).encode())
    for key in sorted(arrays):
        digest.update(key.encode())
        digest.update(np.ascontiguousarray(arrays[key], dtype=np.float64).tobytes())
    return digest.hexdigest()[:12]


def load_model(directory: Path = ARTIFACT_DIR) -> Model:
    """Load and check an exported model (raises ModelLoadError with a clear message)."""
    meta_path, weights_path = directory / "model.json", directory / "weights.npz"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(weights_path, allow_pickle=False) as npz:
            arrays = {k: np.asarray(npz[k], dtype=np.float64) for k in npz.files}
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"cannot read model artifact in {directory}: {exc.__class__.__name__}") from exc
    if meta.get("format") != FORMAT_VERSION:
        raise ModelLoadError(f"model artifact format {meta.get('format')} is not {FORMAT_VERSION}")
    vocabulary = {g: i for i, g in enumerate(meta["vocabulary"])}
    model = Model(
        version=str(meta["version"]),
        vocabulary=vocabulary,
        idf=arrays["idf"],
        smoothing=float(meta["norm_smoothing"]),
        role=_view(meta, arrays, "role"),
        flat=_view(meta, arrays, "flat"),
        default_threshold=float(meta["default_threshold"]),
        card=dict(meta.get("card", {})),
        gram_ids=GramIds(vocabulary),
    )
    if not meta["version"].endswith(content_hash(meta, arrays)):
        raise ModelLoadError("model artifact content does not match its version hash")
    for view in (model.role, model.flat):
        if view.w_self.shape != (len(vocabulary),) or view.w_other.shape != (len(vocabulary),):
            raise ModelLoadError("model artifact n-gram weights do not match its vocabulary")
    return model


def save_model(directory: Path, meta: dict[str, object], arrays: dict[str, np.ndarray]) -> str:
    """Write an artifact; sets and returns its version ("<prefix>-<content hash>")."""
    directory.mkdir(parents=True, exist_ok=True)
    meta = dict(meta, format=FORMAT_VERSION)
    version = f"{meta.get('version_prefix', 'gr')}-{content_hash(meta, arrays)}"
    meta["version"] = version
    # Typed as Any: numpy's stub reads any keyword as its `allow_pickle: bool` (every key here is an array name).
    named: dict[str, Any] = {k: np.asarray(v, dtype=np.float64) for k, v in arrays.items()}
    np.savez_compressed(directory / "weights.npz", **named)
    (directory / "model.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return version
