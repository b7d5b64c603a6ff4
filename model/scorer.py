"""The serving model: loads the exported artifact and scores a conversation with numpy (no I/O).

Artifact (``model/artifact/``): ``model.json`` (version, unit and aggregation parameters, calibration, default
threshold, training summary) and ``weights.npz`` (float arrays, loaded with ``allow_pickle=False``): nothing in it
can execute code, and it holds no string from the training data (character n-grams are hashed).

Text: evidence that accumulates. The windowed messages are cut into units (`model.char_units`); each unit gets
a logit ``z = b + w·x(unit)`` over hashed character n-grams, and its *evidence* ``e = max(0, z - floor)``. The
text evidence of a set of units is the weighted sum of its ``k`` strongest evidences, ``E = sum_j alpha_j e_(j)``
with ``alpha_j >= 0``; the calibrated text logit is ``a·E + c`` (Platt scaling fitted on out-of-source
predictions). A unit's logit depends on its own words only and the sum takes the strongest units, so adding
ordinary messages anywhere in a conversation can only add candidates: the text logit never goes down. The
metadata features that more messages can change are counts (media, night-time messages, indicator categories)
with weights >= 0, so the score as a whole never goes down when messages are added by the conversation's
senders inside its 24 hours (a second sender switches a one-sender conversation to the role view, and the
window drops old messages: those can change it).

Who is in the conversation: with one or two senders every unit counts; in a group (three or more senders) the
text evidence is that of the strongest suspect→target *pair* (the units of the two senders), so a group's
shared profanity does not add up into one person's score.

Metadata: each sender has a metadata logit ``m_p = β·x_meta(p)`` (zero when the caller sent none). The risk
score is ``sigmoid(max over the pair's senders p of a·E + c + m_p)``; the winning sender names the likely
suspect. The flat view (one sender) is the same with the flat metadata row.

The indicators of a response are the parts of the winning logit that pushed it up, strongest first: each of
the k strongest units gives its share to the indicator categories its message carries (or to LEARNED_LANGUAGE
when it carries none); metadata contributions go to their risk factor; risk factors found by `model.evidence`
follow.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import math
import operator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from grooming_risk.model import char_units as CU
from grooming_risk.model import features as F
from grooming_risk.model import language, packs
from grooming_risk.model.domain import Conversation
from grooming_risk.model.evidence import Analysis, Evidence, analyse
from grooming_risk.model.indicators import categories_in
from grooming_risk.model.rules import DEFAULT_RULES, ScoringRules

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifact"
FORMAT_VERSION = 2
#: A share of the logit (in log-odds) below which an indicator is not listed as having driven the score.
MIN_CONTRIBUTION = 0.05
#: In a group, pairs are formed among this many senders (those with the most text evidence plus metadata).
MAX_PAIR_SENDERS = 24


class ModelLoadError(RuntimeError):
    """The artifact is missing, incomplete or of another format version."""


@dataclass(frozen=True, slots=True)
class TextModel:
    """The unit model and how unit evidence accumulates (see the module docstring)."""

    weights: np.ndarray  # 2**bits hashed character n-gram weights
    idf: np.ndarray  # 2**bits
    bias: float
    smoothing: float
    n_min: int
    n_max: int
    unit_words: int
    floor: float  # unit evidence is max(0, logit - floor)
    top_weights: np.ndarray  # alpha_j >= 0 for the j-th strongest unit (its length is k)
    calibration: tuple[float, float]  # (a, c): calibrated text logit = a * E + c
    #: Learned language counts as a text element (S1) when at least `min_messages` distinct messages of the
    #: scored group have a unit whose logit reaches `element_logit`: never one phrase, always a pattern.
    min_messages: int
    element_logit: float

    def unit_evidence(self, texts: list[str]) -> np.ndarray:
        """max(0, logit - floor) of each unit."""
        z = CU.unit_logits(texts, self.weights, self.idf, self.bias, self.smoothing, self.n_min, self.n_max)
        return np.maximum(z - self.floor, 0.0)

    def strongest(self, evidence: np.ndarray) -> np.ndarray:
        """Positions of the k strongest units, strongest first (ties: the earlier unit first)."""
        k = len(self.top_weights)
        order = np.argsort(-evidence, kind="stable")[:k]
        return order[evidence[order] > 0]

    def accumulate(self, evidence: np.ndarray) -> float:
        """E = sum_j alpha_j e_(j) over the k strongest units."""
        top = evidence[self.strongest(evidence)]
        return float(np.dot(self.top_weights[: len(top)], top))

    def logit(self, evidence: np.ndarray) -> float:
        a, c = self.calibration
        return a * self.accumulate(evidence) + c


@dataclass(frozen=True, slots=True)
class ViewWeights:
    """Metadata weights of one view (role: one row per sender; flat: one row)."""

    meta_features: tuple[str, ...]
    w_meta: np.ndarray
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
    suspect_participant: str | None  # pseudonymous id of the likely suspect (role view; see `_best`)
    view: str  # "role" or "flat"
    messages_scored: int
    languages: tuple[str, ...] = ("en",)  # the languages scored, the conversation's first (`model.language`)
    # The pass the score was computed from, for the explanation of a routed case (None once pickled).
    analysis: Analysis | None = field(default=None, compare=False, repr=False)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled (a scoring worker's answer) without the analysis: it holds the whole normalised text, which
        would double what crosses the process boundary; the receiver explains from the conversation."""
        fields = (self.risk_score, self.indicators, self.evidence, self.suspect_participant, self.view)
        return (ScoreResult, (*fields, self.messages_scored, self.languages))


@dataclass(frozen=True)
class Model:
    version: str
    text: TextModel
    role: ViewWeights
    flat: ViewWeights
    default_threshold: float
    card: dict[str, object]
    #: Added to the logit of a conversation in a language without a learned text model (`model.language`):
    #: such a conversation lacks the text evidence the calibration expects of grooming, so training sets this
    #: to the largest shift that keeps every held-out real benign source within the English path's routed share
    #: (`training.languages.language_offset`). 0 in artifacts older than it.
    language_offset: float = 0.0
    #: False scores every conversation as one in a language without a learned text model (no unit evidence, the
    #: offset applies): what training measures the offset's false-positive budget with, on English chat.
    learned_text: bool = True

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


@dataclass(frozen=True, slots=True)
class TextEvidence:
    """The units of a conversation with their evidence and sender (position in `Extraction.senders`)."""

    units: CU.Units
    evidence: np.ndarray
    sender: np.ndarray


def text_evidence(text: TextModel, ex: F.Extraction, learned_text: bool = True) -> TextEvidence:
    """Cut the windowed messages into units and give each its evidence and sender.

    A unit that its sender already wrote counts once (its repeats get no evidence): repeating a message is
    not more evidence, and a flood of one short message ("b", "b", "b") must not add up. Deduplicating per
    sender keeps the sum monotone: a new message can only zero itself, never an earlier unit."""
    units = CU.units_of(ex.normalized, text.unit_words)
    sender_of = np.zeros(len(ex.normalized), dtype=np.intp)
    for k, s in enumerate(ex.senders):
        sender_of[s.positions] = k
    owners = np.asarray(units.message, dtype=np.intp)
    senders = sender_of[owners] if owners.size else owners
    distinct: dict[str, int] = {}
    first: dict[tuple[int, str], int] = {}
    slot = np.empty(len(units.texts), dtype=np.intp)
    repeat = np.zeros(len(units.texts), dtype=bool)
    for u, (t, k) in enumerate(zip(units.texts, senders.tolist(), strict=True)):
        slot[u] = distinct.setdefault(t, len(distinct))
        repeat[u] = first.setdefault((k, t), u) != u
    if not learned_text or not units.texts or (ex.languages.conversation != "en" and "en" not in ex.languages.messages):
        # No English message (or the learned model silenced): nothing to compute, every unit's evidence is 0.
        return TextEvidence(units, np.zeros(len(units.texts)), senders)
    evidence = text.unit_evidence(list(distinct))[slot]
    evidence[repeat] = 0.0
    if any(code != "en" for code in ex.languages.messages):
        # The learned model has evidence for English only: units of messages in other languages carry none,
        # and their score rests on the language's indicator pack, the ages and the metadata.
        english = np.fromiter((code == "en" for code in ex.languages.messages), dtype=bool, count=len(ex.normalized))
        evidence[~english[owners]] = 0.0
    return TextEvidence(units, evidence, senders)


def own_logits(text: TextModel, te: TextEvidence, meta: list[float]) -> list[float]:
    """Per sender: the calibrated share of their own units' evidence plus their metadata logit. It ranks the
    senders that form pairs in a group and names the suspect."""
    a = text.calibration[0]
    return [a * text.accumulate(te.evidence[te.sender == k]) + m for k, m in enumerate(meta)]


def groups_of(own: list[float]) -> list[tuple[int, ...]]:
    """The sets of senders whose units are accumulated together: everyone for one or two senders, else every
    pair among the `MAX_PAIR_SENDERS` senders with the highest `own_logits`."""
    if len(own) <= 2:
        return [tuple(range(len(own)))]
    ranked = sorted(range(len(own)), key=lambda k: (-own[k], k))[:MAX_PAIR_SENDERS]
    return [tuple(sorted(pair)) for pair in itertools.combinations(ranked, 2)]


def _positions(te: TextEvidence, group: tuple[int, ...], n_senders: int) -> np.ndarray:
    """The units of a group's senders."""
    if len(group) == n_senders:
        return np.arange(len(te.sender))
    return np.flatnonzero(np.isin(te.sender, group))


def text_logit(text: TextModel, ex: F.Extraction) -> float:
    """The calibrated text logit of a conversation without metadata: its best group's (what training calibrates
    and offsets the metadata stage with; with calibration (1, 0) it is the raw evidence E)."""
    if not ex.senders:
        return text.logit(np.zeros(0))
    te = text_evidence(text, ex)
    n = len(ex.senders)
    return max(text.logit(te.evidence[_positions(te, g, n)]) for g in groups_of(own_logits(text, te, [0.0] * n)))


def _attribute(
    model: Model, te: TextEvidence, chosen: np.ndarray, masks: list[int], learned: bool, into: dict[str, float]
) -> None:
    """Each of the strongest units' share of the text logit, to its message's categories, or to learned language
    when that element holds (else the share of a unit outside any category names nothing)."""
    a = model.text.calibration[0]
    for alpha, u in zip(model.text.top_weights, chosen.tolist(), strict=False):
        part = a * float(alpha) * float(te.evidence[u])
        if part <= 0:
            continue
        cats = categories_in(masks[te.units.message[u]])
        if not cats and learned:
            into[F.LEARNED_LANGUAGE] = into.get(F.LEARNED_LANGUAGE, 0.0) + part
        for cat in cats:
            into[cat] = into.get(cat, 0.0) + part / len(cats)


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
    if evidence.learned_language and F.LEARNED_LANGUAGE not in present:
        extra.append(F.LEARNED_LANGUAGE)
    return (*ranked, *extra)


@dataclass(frozen=True, slots=True)
class _Best:
    logit: float
    sender: int  # position in Extraction.senders of the row whose metadata gave the logit (flat view: 0)
    suspect: int  # position of the sender named as suspect (own text evidence plus metadata)
    units: np.ndarray  # positions (in the TextEvidence) of the group's strongest units
    positions: np.ndarray  # positions of all the group's units


def _best(model: Model, te: TextEvidence, rows: list[list[float]], view: ViewWeights, offsets: list[float]) -> _Best:
    """The highest logit over the groups of senders and each group's senders, with the units it came from.

    The score takes a group's highest metadata logit (so more metadata evidence never lowers it); the suspect
    is the group's sender with the highest `own_logits`, so that a media message from the child does not make
    the child the suspect of the adult's messages. `offsets`: per sender, the language offset added to its own
    metadata logit (`_language_offsets`)."""
    meta = [view.meta_logit(row) for row in rows]
    own = own_logits(model.text, te, meta)
    best: _Best | None = None
    for group in groups_of(own):
        positions = _positions(te, group, len(rows))
        logit = model.text.logit(te.evidence[positions]) + max(meta[j] + offsets[j] for j in group)
        if best is None or logit > best.logit:
            strongest = positions[model.text.strongest(te.evidence[positions])]
            sender = max(group, key=lambda j: (meta[j] + offsets[j], -j))
            suspect = max(group, key=lambda j: (own[j], -j))
            best = _Best(logit, sender, suspect, strongest, positions)
    assert best is not None  # a conversation with senders has at least one group
    return best


#: A sender's own messages must carry this many distinct `features.GAP_CATEGORIES`, or one of them in
#: `OFFSET_REPEATED` messages, for the language offset to apply to that sender; between declared contacts
#: (families, teachers, coaches: where "are you home alone?" and a surprise kept from dad are everyday) three
#: distinct categories or three messages carrying one.
OFFSET_MIN_CATEGORIES = 2
OFFSET_MIN_CATEGORIES_CONTACTS = 3
OFFSET_REPEATED = 3


def _offset_applies(ex: F.Extraction, sender: F.SenderText) -> bool:
    distinct = sum(1 for c in F.GAP_INDEX if sender.cat_counts[c])
    if ex.conversation.participants_are_contacts:
        messages = sum(1 for j in sender.positions if ex.message_masks[j] & F.GAP_MASK)
        return distinct >= OFFSET_MIN_CATEGORIES_CONTACTS or messages >= OFFSET_REPEATED
    return distinct >= OFFSET_MIN_CATEGORIES or max(sender.cat_counts[c] for c in F.GAP_INDEX) >= OFFSET_REPEATED


def _language_offsets(model: Model, ex: F.Extraction) -> list[float]:
    """Per sender, what it adds to its own metadata logit: `Model.language_offset` in a conversation in a
    language without a learned text model, for a sender whose own messages carry grooming-specific language
    (`_offset_applies`: two distinct gap categories, or one of them again and again, as a sextortionist's
    threats; more between contacts). It stands in for the unit evidence an English sender's grooming messages
    would bring, so it goes with the sender who wrote them: not to the adult who only played in a game room
    where a teenager wrote "add me on discord", nor to a grandparent whose one surprise ("don't tell your
    brother") meets the grandchild's "love you"."""
    if model.language_offset == 0.0 or (ex.languages.conversation == "en" and model.learned_text):
        return [0.0] * len(ex.senders)
    return [model.language_offset if _offset_applies(ex, s) else 0.0 for s in ex.senders]


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
        return ScoreResult(0.0, (), evidence, None, "flat", 0, ex.languages.present(), analysis)
    te = text_evidence(model.text, ex, model.learned_text)
    view = model.flat if analysis.flat else model.role
    best = _best(model, te, analysis.meta_rows, view, _language_offsets(model, ex))
    strong = best.positions[te.evidence[best.positions] >= model.text.element_logit - model.text.floor]
    messages = {te.units.message[u] for u in strong.tolist()}
    evidence = dataclasses.replace(evidence, learned_language=len(messages) >= model.text.min_messages)
    analysis = dataclasses.replace(analysis, evidence=evidence)
    contrib: dict[str, float] = {}
    _attribute(model, te, best.units, ex.message_masks, evidence.learned_language, contrib)
    _attribute_meta(view, analysis.meta_rows[best.sender], contrib)
    suspect = None
    if not analysis.flat:
        index = ex.senders[best.suspect].index
        suspect = ex.conversation.participants[index].participant_id if index >= 0 else None
    indicators = _rank(contrib, evidence)
    name = "flat" if analysis.flat else "role"
    n = len(ex.message_indices)
    return ScoreResult(_sigmoid(best.logit), indicators, evidence, suspect, name, n, ex.languages.present(), analysis)


# --- artifact ----------------------------------------------------------------------------------------


def _view(meta: dict[str, Any], arrays: dict[str, np.ndarray], name: str) -> ViewWeights:
    spec = meta[name]
    view = ViewWeights(meta_features=tuple(spec["meta_features"]), w_meta=arrays[f"{name}_w_meta"])
    expected = F.ROLE_META_FEATURES if name == "role" else F.FLAT_META_FEATURES
    if view.meta_features != expected or view.w_meta.shape != (len(expected),) or not np.isfinite(view.w_meta).all():
        raise ModelLoadError(f"the artifact's {name} metadata features do not match this code's feature set")
    return view


def _text(meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> TextModel:
    spec = meta["text"]
    a, c = spec["calibration"]
    text = TextModel(
        weights=arrays["unit_weights"],
        idf=arrays["unit_idf"],
        bias=float(spec["bias"]),
        smoothing=float(spec["smoothing"]),
        n_min=int(spec["n_min"]),
        n_max=int(spec["n_max"]),
        unit_words=int(spec["unit_words"]),
        floor=float(spec["floor"]),
        top_weights=arrays["top_weights"],
        calibration=(float(a), float(c)),
        min_messages=int(spec["min_messages"]),
        element_logit=float(spec["element_logit"]),
    )
    size = text.weights.shape[0] if text.weights.ndim == 1 else 0
    if not 16 <= size <= 1 << 30 or size & (size - 1) or text.idf.shape != (size,):
        raise ModelLoadError("model artifact unit weights must be 2**bits long (4 <= bits <= 30), as its idf")
    if text.top_weights.ndim != 1 or not len(text.top_weights):
        raise ModelLoadError("model artifact has no aggregation weights")
    finite = all(np.isfinite(v).all() for v in (text.weights, text.idf, text.top_weights))
    numbers = (text.bias, text.smoothing, text.floor, text.element_logit, *text.calibration)
    if not finite or not all(math.isfinite(v) for v in numbers):
        raise ModelLoadError("model artifact text parameters are not finite")
    # Monotone accumulation rests on alpha >= 0 and a >= 0; learned language on strong units having evidence.
    if (
        not 1 <= text.n_min <= text.n_max <= 8
        or text.unit_words < 1
        or (text.top_weights < 0).any()
        or text.calibration[0] < 0
        or text.smoothing < 0
        or text.min_messages < 1
        or text.element_logit < text.floor
    ):
        raise ModelLoadError("model artifact text parameters are out of range")
    return text


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
    try:
        model = Model(
            version=str(meta["version"]),
            text=_text(meta, arrays),
            role=_view(meta, arrays, "role"),
            flat=_view(meta, arrays, "flat"),
            default_threshold=float(meta["default_threshold"]),
            card=dict(meta.get("card", {})),
            language_offset=float(meta.get("language_offset", 0.0)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelLoadError(f"model artifact in {directory} is incomplete: {exc.__class__.__name__} {exc}") from exc
    if not math.isfinite(model.language_offset) or not 0.0 <= model.language_offset <= 10.0:
        raise ModelLoadError("model artifact language offset is out of range")
    if not str(meta["version"]).endswith(content_hash(meta, arrays)):
        raise ModelLoadError("model artifact content does not match its version hash")
    try:
        language.load()  # scoring identifies languages: without its model nothing can be scored
        packs.load()
    except (language.LanguageModelError, packs.PackError) as exc:
        raise ModelLoadError(str(exc)) from exc
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
