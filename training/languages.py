"""Per-language evaluation: the hand-written sets of each language and the figures of the model card.

Each set (``tests/data/languages/<code>.json``, written for this project in its own words) holds grooming
conversations and hard benign ones (peers, families, teachers and coaches, adults flirting, toxic gaming,
sellers) with the metadata variety of the English tests: declared ages or none, contacts or strangers, new
or old accounts, fan-out, night or day, groups, a single writer. A set's conversations are what a platform
sends: ``start_local_hour`` is the participants' local time of the first message (their UTC offset is 0 here).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant
from grooming_risk.model.language import SUPPORTED
from grooming_risk.model.policy import TenantPolicy
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model
from grooming_risk.training.evaluate import score_items
from grooming_risk.training.thresholds import score_for_thresholds

DEFAULT_SETS = Path(__file__).resolve().parents[1] / "tests" / "data" / "languages"
BLIND_SETS = DEFAULT_SETS / "blind"
_DAY = 1_767_225_600  # 2026-01-01 00:00 UTC: the sets' first day
ADULT_AGE = 18

#: What the score rests on, per language (the model card's column).
BASIS = {
    code: "learned text model, English pack, ages, metadata"
    if code == "en"
    else f"{code} and English packs, ages in {code} and English, metadata (no learned text model)"
    for code in SUPPORTED
}


class LanguageSetError(ValueError):
    """A language set file that does not follow the format; the message names the file and conversation."""


def _integer(raw: dict[str, Any], key: str, low: int, high: int, required: bool = True) -> int | None:
    """An integer field in [low, high] (None when optional and absent); ValueError naming it otherwise."""
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f'"{key}" must be a whole number from {low} to {high}')
    return value


def _participant(raw: Any) -> Participant:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise ValueError('each participant needs an "id" string')
    return Participant(
        participant_id=raw["id"],
        age_years=_integer(raw, "age", 0, 130, required=False),
        account_age_days=_integer(raw, "account_age_days", 0, 100_000, required=False),
        distinct_minor_contacts_24h=_integer(raw, "minor_contacts_24h", 0, 1_000_000, required=False),
        utc_offset_minutes=0,
    )


def _conversation(raw: Any, language: str) -> LabeledConversation:
    if not isinstance(raw, dict):
        raise ValueError("a conversation must be an object")
    label = raw.get("label")
    if label not in (0, 1) or isinstance(label, bool):
        raise ValueError('"label" must be 0 or 1')
    start = _DAY + (_integer(raw, "start_local_hour", 0, 23) or 0) * 3600
    step = _integer(raw, "step_seconds", 1, 86_400) or 1
    if not isinstance(raw.get("participants"), list) or not isinstance(raw.get("messages"), list):
        raise ValueError('"participants" and "messages" must be lists')
    participants = tuple(_participant(p) for p in raw["participants"])
    listed = {p.participant_id for p in participants}
    messages = []
    for k, pair in enumerate(raw["messages"]):
        if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(x, str) for x in pair):
            raise ValueError("each message must be [sender, text]")
        sender, text = pair
        if sender not in listed:
            raise ValueError(f"sender {sender!r} is not a listed participant")
        messages.append(Message(sender, float(start + k * step), text))
    if not messages:
        raise ValueError("a conversation needs messages")
    contacts = raw.get("contacts", False)
    if not isinstance(contacts, bool):
        raise ValueError('"contacts" must be true or false')
    conversation = Conversation(
        str(raw.get("id", "")), participants, tuple(messages), participants_are_contacts=contacts
    )
    return LabeledConversation(conversation, label, f"handwritten:{language}:{raw.get('kind', '')}", str(raw.get("id")))


def load_set(path: Path) -> tuple[str, list[LabeledConversation]]:
    """(language, conversations) of one set file; LanguageSetError (one line naming the file) when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise LanguageSetError(f"{path}: not a language set ({exc.__class__.__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("conversations"), list):
        raise LanguageSetError(f'{path}: not a language set (an object with "language" and "conversations")')
    language = data.get("language")
    if language not in SUPPORTED:
        raise LanguageSetError(f"{path}: language {language!r} is not one of {', '.join(SUPPORTED)}")
    items = []
    for raw in data["conversations"]:
        try:
            items.append(_conversation(raw, language))
        except ValueError as exc:
            name = raw.get("id", "?") if isinstance(raw, dict) else "?"
            raise LanguageSetError(f"{path}: conversation {name!r}: {exc}") from None
    return language, items


def load_sets(directory: Path = DEFAULT_SETS) -> dict[str, list[LabeledConversation]]:
    """Every set in a directory, by language, in the order of `SUPPORTED`."""
    if not directory.is_dir():
        raise LanguageSetError(f"{directory}: not a folder of language sets")
    found: dict[str, list[LabeledConversation]] = {}
    for path in sorted(directory.glob("*.json")):
        language, items = load_set(path)
        if language in found:
            raise LanguageSetError(f"{path}: a second set for {language!r} in {directory}")
        found[language] = items
    return {code: found[code] for code in SUPPORTED if code in found}


def declared_adult_and_child(conversation: Conversation) -> bool:
    ages = [p.age_years for p in conversation.participants if p.age_years is not None]
    return any(a >= ADULT_AGE for a in ages) and any(a < ADULT_AGE for a in ages)


def kind(item: LabeledConversation) -> str:
    return item.source.rsplit(":", 1)[-1]


@dataclass(frozen=True)
class Outcome:
    """One conversation's result."""

    conversation_id: str
    label: int
    kind: str
    declared_pair: bool
    score: float
    routed: bool
    reason: str
    language: str  # the conversation's, as identified


def outcomes(model: Model, items: Sequence[LabeledConversation], policy: TenantPolicy) -> list[Outcome]:
    """Each conversation scored and decided (`training.evaluate.score_items`), with what the table needs."""
    return [
        Outcome(
            item.conversation.conversation_id,
            item.label,
            kind(item),
            declared_adult_and_child(item.conversation),
            scored.score,
            scored.routed,
            scored.reason,
            scored.language,
        )
        for item, scored in zip(items, score_items(model, items, policy), strict=True)
    ]


def without_metadata(item: LabeledConversation) -> LabeledConversation:
    """The conversation as a platform that sends no metadata would: ids and messages only."""
    bare = tuple(Participant(p.participant_id) for p in item.conversation.participants)
    return dataclasses.replace(
        item, conversation=dataclasses.replace(item.conversation, participants=bare, participants_are_contacts=False)
    )


def table_row(language: str, found: Sequence[Outcome], text_only: Sequence[Outcome]) -> dict[str, Any]:
    """The card's row of one language."""
    grooming = [o for o in found if o.label == 1]
    pairs = [o for o in grooming if o.declared_pair]
    benign = [o for o in found if o.label == 0]
    return {
        "language": language,
        "rests_on": BASIS[language],
        "identified": sum(o.language == language for o in found),
        "n": len(found),
        "grooming": len(grooming),
        "grooming_routed": sum(o.routed for o in grooming),
        "declared_pairs": len(pairs),
        "declared_pairs_routed": sum(o.routed for o in pairs),
        "benign": len(benign),
        "benign_discarded": sum(not o.routed for o in benign),
        "text_only_grooming_routed": sum(o.routed for o in text_only if o.label == 1),
        "text_only_benign_routed": sum(o.routed for o in text_only if o.label == 0),
        "missed_declared_pairs": [o.conversation_id for o in pairs if not o.routed],
        "routed_benign": [o.conversation_id for o in benign if o.routed],
        "median_score_grooming": float(np.median([o.score for o in grooming])) if grooming else None,
        "median_score_benign": float(np.median([o.score for o in benign])) if benign else None,
    }


def evaluate_sets(model: Model, policy: TenantPolicy, directory: Path = DEFAULT_SETS) -> list[dict[str, Any]]:
    """One row per language set found: routed and discarded, with and without the metadata."""
    rows = []
    for language, items in load_sets(directory).items():
        found = outcomes(model, items, policy)
        text_only = outcomes(model, [without_metadata(i) for i in items], policy)
        rows.append(table_row(language, found, text_only))
    return rows


def without_learned_text(model: Model) -> Model:
    """The model with the learned text model silenced (every unit's evidence 0, as for a message in a language
    without one): what a conversation in another language gets, measured on English chat."""
    return dataclasses.replace(model, learned_text=False)


#: The shifts `language_offset` tries (logit units), the largest first that keeps the budget wins.
OFFSET_GRID = tuple(x / 4 for x in range(0, 21))
_PROBE = 2 * OFFSET_GRID[-1]  # a shift larger than any tried (see `language_offset`)


def _logits(model: Model, items: Sequence[LabeledConversation], policy: TenantPolicy) -> tuple[np.ndarray, np.ndarray]:
    """(logit, eligible) of each conversation (`training.thresholds.score_for_thresholds`: eligible = the
    safeguards would let it through at any threshold)."""
    scored = score_for_thresholds(model, items, policy, progress=False)
    p = np.clip(scored.scores, 1e-12, 1 - 1e-12)
    return np.log(p / (1 - p)), scored.eligible


@dataclass(frozen=True)
class OffsetChoice:
    """The chosen shift and, per benign family and form, what it routes (the model card's budget table)."""

    shift: float
    rows: list[dict[str, Any]]


def language_offset(model: Model, items: Sequence[LabeledConversation], max_fpr: float, seed: int) -> OffsetChoice:
    """The logit shift for conversations in a language without a learned text model, on real benign chat.

    Real benign chat in the other languages is not available, so the budget is measured where it is: the real
    English benign conversations (text only, and with drawn metadata), scored with the learned model silenced
    (no text weights are involved, so all of them can be used). The shift is the largest in `OFFSET_GRID` at
    which no benign family routes more of them than the full English path does (or `max_fpr`, whichever is
    more), so the default threshold means the same false-positive budget for every language."""
    from grooming_risk.training import metadata_priors
    from grooming_risk.training.corpus import family

    policy = TenantPolicy("default", model.default_threshold, DEFAULT_RULES)
    threshold = math.log(model.default_threshold / (1 - model.default_threshold))
    silent = dataclasses.replace(without_learned_text(model), language_offset=0.0)
    # A shift only lifts groups with a sender who wrote a category. Scored once without it and once with a
    # probe shift larger than any tried, a conversation's logit at a shift s <= probe is max(plain, lifted + s),
    # where lifted = probe result - probe when the probe raised it (else no lifted group can win).
    lifted = dataclasses.replace(silent, language_offset=_PROBE)
    benign = [i for i in items if i.label == 0 and family(i.source) != "synthetic"]
    limits: list[tuple[np.ndarray, np.ndarray, int]] = []
    names: list[tuple[str, str, int, int]] = []
    for form_name, form in (("text only", benign), ("drawn metadata", metadata_priors.attach_all(benign, seed))):
        for fam in sorted({family(i.source) for i in form}):
            part = [i for i in form if family(i.source) == fam]
            full_logit, full_eligible = _logits(model, part, policy)
            full = int(((full_logit >= threshold) & full_eligible).sum())
            allowed = max(full, math.floor(max_fpr * len(part)))
            names.append((fam, form_name, len(part), full))
            plain, eligible = _logits(silent, part, policy)
            probe, _ = _logits(lifted, part, policy)
            can_lift = probe > plain + 1e-9
            limits.append((plain[eligible], np.where(can_lift, probe - _PROBE, -np.inf)[eligible], allowed))

    def routed(shift: float) -> list[int]:
        return [int((np.maximum(plain, lift + shift) >= threshold).sum()) for plain, lift, _ in limits]

    best = 0.0
    for shift in OFFSET_GRID:
        if all(n <= allowed for n, (_, _, allowed) in zip(routed(shift), limits, strict=True)):
            best = shift
        else:
            break
    rows = [
        {"family": fam, "form": form, "n": n, "english_path": full, "other_languages": k, "allowed": allowed}
        for (fam, form, n, full), k, (_, _, allowed) in zip(names, routed(best), limits, strict=True)
    ]
    return OffsetChoice(best, rows)


def format_misses(rows: Sequence[dict[str, Any]]) -> list[str]:
    """One line per language naming its missed grooming conversations with a declared adult and child and
    its routed benign ones (below the table in the model card and in `grooming-risk evaluate DIR`)."""
    return [
        f"- {row['language']}: {key.replace('_', ' ')}: {', '.join(row[key])}"
        for row in rows
        for key in ("missed_declared_pairs", "routed_benign")
        if row[key]
    ]


def format_rows(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The per-language table in Markdown (the model card and `grooming-risk evaluate --languages`)."""
    lines = [
        "| language | score rests on | identified | grooming routed | declared adult+child routed | "
        "benign discarded | text only: grooming / benign routed |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['language']} | {r['rests_on']} | {r['identified']}/{r['n']} | "
            f"{r['grooming_routed']}/{r['grooming']} | {r['declared_pairs_routed']}/{r['declared_pairs']} | "
            f"{r['benign_discarded']}/{r['benign']} | {r['text_only_grooming_routed']}/{r['grooming']} / "
            f"{r['text_only_benign_routed']}/{r['benign']} |"
        )
    return lines
