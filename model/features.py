"""Feature extraction: what a conversation says, who says it, and what its metadata reveals.

`extract` windows (24 h), normalises and matches a conversation once, and resolves the ages said in it.
From the result:

- the normalised text of each windowed message and who sent it (the learned text model cuts it into units,
  `model.char_units`, and attributes a score to the messages and indicator categories that produced it);
- indicator categories per message, ages disclosed in the text, child cues (`model.indicators`,
  `model.ages`), which feed the combination rule and the explanation;
- metadata features (declared ages, verification, contacts, account age, fan-out, media, timing).

What depends on the participants' metadata and the tenant's age rules (declared ages, evidence, the metadata
rows) is computed once per scoring from the extraction, by `model.evidence.analyse`; a caller may attach
other metadata to the same text (the service's 24-hour activity, training's metadata priors) without
extracting again.

Two views of the metadata: the **role view** (two or more senders) has one row per sender *p*, as if *p*
were the suspect, because who says "how old are you" or "im 13" matters. The **flat view** (one sender: a
platform that sends a whole conversation as one block) has one row without roles.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from grooming_risk.model import ages as age_text
from grooming_risk.model.domain import Conversation, Participant
from grooming_risk.model.indicators import (
    AGE_PROBING,
    CATEGORIES,
    PARENT_CHECK,
    PLATFORM_MIGRATION,
    PRESSURE_THREAT,
    SECRECY,
    SEXUAL_CONTENT,
    STAGE,
    TRUST_FLATTERY,
)
from grooming_risk.model.language import Languages, identify
from grooming_risk.model.normalize import normalize_texts
from grooming_risk.model.packs import match_messages, pack
from grooming_risk.model.rules import WINDOW_SECONDS, ScoringRules

# Indicator ids of risk factors beyond the text categories (public contract, see docs/indicators.md).
AGE_GAP = "AGE_GAP"
MINOR_INVOLVED = "MINOR_INVOLVED"
SELF_DISCLOSED_MINOR = "SELF_DISCLOSED_MINOR"
AGE_CONTRADICTION = "AGE_CONTRADICTION"
NOT_CONTACTS = "NOT_CONTACTS"
YOUNG_ACCOUNT = "YOUNG_ACCOUNT"
MINOR_FANOUT = "MINOR_FANOUT"
HIGH_MESSAGE_RATE = "HIGH_MESSAGE_RATE"
NIGHT_TIME = "NIGHT_TIME"
MEDIA_SHARED = "MEDIA_SHARED"
STAGE_PROGRESSION = "STAGE_PROGRESSION"
LEARNED_LANGUAGE = "LEARNED_LANGUAGE"

RISK_FACTORS: tuple[str, ...] = (
    AGE_GAP,
    MINOR_INVOLVED,
    SELF_DISCLOSED_MINOR,
    AGE_CONTRADICTION,
    NOT_CONTACTS,
    YOUNG_ACCOUNT,
    MINOR_FANOUT,
    HIGH_MESSAGE_RATE,
    NIGHT_TIME,
    MEDIA_SHARED,
    STAGE_PROGRESSION,
)
ALL_INDICATORS: tuple[str, ...] = (*CATEGORIES, *RISK_FACTORS, LEARNED_LANGUAGE)

YOUNG_ACCOUNT_DAYS = 30
FANOUT_MINORS = 3
NIGHT_HOURS = (22, 6)  # local time, [22:00, 06:00)
#: NIGHT_TIME holds from this many messages at local night; the `night` feature saturates at NIGHT_FULL.
NIGHT_MIN_MESSAGES = 5
NIGHT_FULL = 10
#: The media features saturate at this many messages with media (counts, not shares: see `role_rows`).
MEDIA_FULL = 3
HIGH_RATE_PER_MINUTE = 8.0  # sustained messages per minute that count as a high message rate...
BURST_SHARE = 0.5  # ...or this share of gaps under 5 s...
RATE_MIN_MESSAGES = 20  # ...over at least this many messages
HIGH_MESSAGES_24H = 1000  # messages one sender sent in 24 h across conversations (derived by the service)

if CATEGORIES.index(AGE_PROBING) != 0:  # `extract` finds age questions by bit 0
    raise AssertionError("AGE_PROBING must be the first category")

#: Metadata features: all zero when the caller sends no metadata, so a text-only request is scored by
#: the text model alone. Their weights rest on documented priors (training/metadata_priors.py).
ROLE_META_FEATURES: tuple[str, ...] = (
    "s_decl_minor",
    "s_decl_adult",
    "o_decl_minor",
    "o_decl_adult",
    "decl_gap",
    "decl_peers",
    "verified_adults",
    "not_contacts_minor",
    "s_young_account",
    "s_fanout",
    "s_media",
    "o_media",
    "night",
    "gap_categories",
)
FLAT_META_FEATURES: tuple[str, ...] = (
    "decl_minor",
    "decl_adult",
    "decl_gap",
    "decl_peers",
    "verified_adults",
    "not_contacts_minor",
    "young_account",
    "fanout",
    "media",
    "night",
    "gap_categories",
)


#: The indicator id each metadata feature explains (None: the feature only adjusts the score).
FEATURE_INDICATOR: dict[str, str | None] = {
    "s_decl_minor": None,
    "s_decl_adult": None,
    "o_decl_minor": MINOR_INVOLVED,
    "o_decl_adult": None,
    "decl_minor": MINOR_INVOLVED,
    "decl_adult": None,
    "decl_gap": AGE_GAP,
    "decl_peers": None,
    "verified_adults": None,
    "not_contacts_minor": NOT_CONTACTS,
    "s_young_account": YOUNG_ACCOUNT,
    "young_account": YOUNG_ACCOUNT,
    "s_fanout": MINOR_FANOUT,
    "fanout": MINOR_FANOUT,
    "s_media": MEDIA_SHARED,
    "o_media": MEDIA_SHARED,
    "media": MEDIA_SHARED,
    "night": NIGHT_TIME,
    "gap_categories": AGE_GAP,
}

#: `gap_categories` counts this many distinct indicator categories as full evidence.
GAP_CATEGORIES_FULL = 3
#: The categories it counts: those that set grooming apart from an adult's everyday chat with a child. A
#: teacher asks for a photo of the homework, an aunt promises a present, a coach names the time of practice:
#: IMAGE_REQUEST, GIFTS and MEETING_PROPOSAL are left out.
GAP_CATEGORIES = (
    AGE_PROBING,
    PARENT_CHECK,
    SECRECY,
    TRUST_FLATTERY,
    PLATFORM_MIGRATION,
    SEXUAL_CONTENT,
    PRESSURE_THREAT,
)
#: Their category indices and bit mask (per-message masks, per-sender counts).
GAP_INDEX = tuple(CATEGORIES.index(c) for c in GAP_CATEGORIES)
GAP_MASK = sum(1 << c for c in GAP_INDEX)


@dataclass(slots=True)
class SenderText:
    """Everything one sender's messages contribute."""

    index: int  # position in Conversation.participants
    n_messages: int
    n_media: int
    cat_counts: list[int]  # messages carrying each category
    positions: list[int]  # the sender's messages (indices in the window), in order
    self_ages: list[int]
    other_ages: list[int]  # ages this sender gives the listener(s)
    child_cues: int
    youth_refs: int


@dataclass(slots=True)
class Extraction:
    """A conversation after the 24 h window, normalisation and matching: what its text says, computed once.

    Everything here depends on the text and on who sent it, not on the participants' declared metadata: a
    caller may `dataclasses.replace(ex, conversation=...)` with the same participants, in the same order,
    carrying other metadata, and keep the rest."""

    conversation: Conversation
    message_indices: list[int]  # indices (in the request) of the messages inside the 24 h window
    message_masks: list[int]  # category bit mask per windowed message
    senders: list[SenderText]
    messages_per_minute: float
    burst: float  # share of gaps between consecutive messages under 5 s
    night_messages: int  # messages sent at the participants' local night (0 without a UTC offset)
    normalized: list[str]  # normalised text per windowed message (the explanation marks messages from it)
    text_age: dict[int, int]  # participant index -> age disclosed in the text (`resolve_ages`)
    languages: Languages  # of each windowed message and of the conversation (`model.language`)


def window_messages(conversation: Conversation) -> list[int]:
    """Indices of the messages at most 24 h older than the newest one (S4)."""
    if not conversation.messages:
        return []
    stamps = [m.sent_at for m in conversation.messages]
    newest = max(stamps)
    if newest - min(stamps) <= WINDOW_SECONDS:  # the usual case: everything is inside
        return list(range(len(stamps)))
    return [i for i, t in enumerate(stamps) if newest - t <= WINDOW_SECONDS]


def _category_counts(masks: list[int], js: list[int]) -> list[int]:
    """Messages of a sender that carry each category."""
    counts = [0] * len(CATEGORIES)
    for mask in filter(None, map(masks.__getitem__, js)):
        for c in range(len(CATEGORIES)):
            if mask >> c & 1:
                counts[c] += 1
    return counts


def timing(conversation: Conversation, indices: list[int]) -> tuple[float, float, int]:
    """(messages per minute, share of sub-5-second gaps, messages at local night)."""
    return _timing(sorted(conversation.messages[i].sent_at for i in indices), conversation.participants)


def _timing(times: list[float], participants: tuple[Participant, ...]) -> tuple[float, float, int]:
    """`timing` of sorted message times."""
    if len(times) < 2:
        return 0.0, 0.0, 0
    span_min = max((times[-1] - times[0]) / 60.0, 1.0)
    rate = len(times) / span_min
    gaps = [b - a for a, b in itertools.pairwise(times)]
    burst = sum(1 for g in gaps if g < 5.0) / len(gaps)
    offsets = [p.utc_offset_minutes for p in participants if p.utc_offset_minutes is not None]
    if not offsets:
        return rate, burst, 0
    offset = offsets[0] * 60.0
    start, end = NIGHT_HOURS
    night = sum(
        1 for t in times if (((t + offset) % 86400.0) / 3600.0 >= start or ((t + offset) % 86400.0) / 3600.0 < end)
    )
    return rate, burst, night


def extract(conversation: Conversation) -> Extraction:
    """Window, normalise and match a conversation once; both views are computed from the result."""
    indices = window_messages(conversation)
    messages = (
        conversation.messages
        if len(indices) == len(conversation.messages)
        else [conversation.messages[i] for i in indices]
    )
    texts = [m.text for m in messages]
    normalized = normalize_texts(texts)
    languages = identify(texts)
    position = {p.participant_id: k for k, p in enumerate(conversation.participants)}
    by_sender: dict[int, list[int]] = {}
    for j, m in enumerate(messages):
        by_sender.setdefault(position.get(m.sender_id, -1), []).append(j)
    tokens = [text.split() for text in normalized]  # split once: phrase anchors and cue words use them
    masks = match_messages(normalized, tokens, languages.messages)
    probing = [j for j, mask in enumerate(masks) if mask & 1]
    media = {j for j, m in enumerate(messages) if m.has_media}
    # The age scans skip their child-cue patterns when no cue word occurs: the conversation's cue words
    # stand in for each sender's words (a superset, so nothing that could match is skipped).
    cue_words = age_text.CUE_WORDS.intersection(itertools.chain.from_iterable(tokens))
    senders = []
    for index, js in by_sender.items():
        evidence = age_evidence(normalized, js, languages.messages, cue_words)
        self_ages = evidence.self_ages
        own = set(js)
        asked = [k for k in probing if k not in own]  # age questions by others (AGE_PROBING is bit 0)
        # "13" within three messages after someone else asked "how old are you", or as the sender's first message
        # after the question however many others' messages came between (ordinary chat must not unlink them).
        for previous, j in zip([-1, *js], js, strict=False) if asked else ():
            if any(j - 3 <= k < j or previous < k < j for k in asked):
                bare = age_text.bare_age_answer(normalized[j]) if len(normalized[j]) <= 24 else None
                if bare is not None:
                    self_ages.append(bare)
        senders.append(
            SenderText(
                index=index,
                n_messages=len(js),
                n_media=len(media.intersection(js)),
                cat_counts=_category_counts(masks, js),
                positions=js,
                self_ages=self_ages,
                other_ages=evidence.other_ages,
                child_cues=evidence.self_minor_cues,
                youth_refs=evidence.other_minor_cues,
            )
        )
    rate, burst, night = _timing(sorted(m.sent_at for m in messages), conversation.participants)
    return Extraction(
        conversation=conversation,
        message_indices=indices,
        message_masks=masks,
        senders=senders,
        messages_per_minute=rate,
        burst=burst,
        night_messages=night,
        normalized=normalized,
        text_age=resolve_ages(senders, len(conversation.participants)),
        languages=languages,
    )


def age_evidence(
    normalized: list[str], js: list[int], languages: tuple[str, ...], cue_words: frozenset[str]
) -> age_text.AgeEvidence:
    """What one sender's messages say about ages, each message read with its own language's forms: English
    ones with `model.ages`, the others with their pack's (`model.packs`)."""
    by_language: dict[str, list[int]] = {}
    for j in js:
        by_language.setdefault(languages[j], []).append(j)
    evidence = age_text.AgeEvidence()
    for code, own in by_language.items():
        forms = pack(code).ages
        found = (
            forms.evidence([normalized[j] for j in own])
            if forms is not None
            else age_text.extract_age_evidence("".join(map(normalized.__getitem__, own)), cue_words)
        )
        evidence.add(found)
    return evidence


# --- ages --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class AgeView:
    text_age: dict[int, int]  # participant index -> age disclosed in the text
    declared: dict[int, int]  # participant index -> declared age


def resolve_ages(senders: list[SenderText], n_participants: int) -> dict[int, int]:
    """Text ages per participant: their own claims, plus ages others give them in a two-person chat.

    Called once per conversation, by `extract`: everything that needs ages reads the result (`age_view`)."""
    claims: dict[int, list[int]] = {s.index: list(s.self_ages) for s in senders if s.index >= 0}
    if n_participants == 2:
        for s in senders:
            if s.index in (0, 1) and s.other_ages:
                claims.setdefault(1 - s.index, []).extend(s.other_ages)
    return {k: a for k, v in claims.items() if (a := age_text.typical_age(v)) is not None}


def age_view(ex: Extraction) -> AgeView:
    """The ages said in the text (resolved by `extract`) next to the ages the participants declare now: the
    declarations are read from `ex.conversation`, which may carry other metadata than when it was extracted."""
    declared = {k: p.age_years for k, p in enumerate(ex.conversation.participants) if p.age_years is not None}
    return AgeView(ex.text_age, declared)


def _log1p(x: float) -> float:
    return math.log1p(x) if x > 0 else 0.0


def _stages(counts: list[int]) -> set[int]:
    return {STAGE[c] for c, n in zip(CATEGORIES, counts, strict=True) if n}


def progression(counts: list[int]) -> bool:
    """A grooming path: risk assessment or isolation (stages 2, 3), then sexual stage or approach (4, 5)."""
    stages = _stages(counts)
    return bool(stages & {2, 3} and stages & {4, 5} and len(stages) >= 3)


def _saturated(count: int, full: int) -> float:
    """A count as a share of `full`, at most 1. Counts, not shares of the conversation: a share goes down when
    ordinary messages are added, and evidence must not (issue 17)."""
    return min(count, full) / full


def _flag(value: bool) -> float:
    return 1.0 if value else 0.0


def _gap(older: int | None, younger: int | None, rules: ScoringRules) -> bool:
    return (
        older is not None
        and younger is not None
        and older >= rules.adult_age
        and younger < rules.adult_age
        and older - younger >= rules.min_age_gap_years
    )


def _peers(ages: list[int], rules: ScoringRules) -> bool:
    return len(ages) >= 2 and max(ages) < rules.adult_age and max(ages) - min(ages) < rules.peer_max_gap_years


def _verified_adults(participants: tuple[Participant, ...], rules: ScoringRules) -> bool:
    return bool(participants) and all(
        p.age_verified and p.age_years is not None and p.age_years >= rules.adult_age for p in participants
    )


def _minor_unknown_adult(s_decl: int | None, o_decl_min: int | None, rules: ScoringRules) -> bool:
    return o_decl_min is not None and o_decl_min < rules.adult_age and (s_decl is None or s_decl >= rules.adult_age)


def role_rows(ex: Extraction, rules: ScoringRules, ages: AgeView | None = None) -> list[list[float]]:
    """ROLE_META_FEATURES, one row per sender in ex.senders order. `ages`: the analysis's (`age_view(ex)`
    when not given, as in training)."""
    conv = ex.conversation
    participants = conv.participants
    ages = ages if ages is not None else age_view(ex)
    everyone = list(range(len(participants)))
    all_declared = [ages.declared[k] for k in everyone if k in ages.declared]
    decl_peers = _flag(len(all_declared) == len(everyone) and _peers(all_declared, rules))
    verified = _flag(_verified_adults(participants, rules))
    categories = category_share(ex)
    rows = []
    for s in ex.senders:
        others = [o for o in ex.senders if o is not s]
        s_decl = ages.declared.get(s.index)
        o_decl = [ages.declared[k] for k in everyone if k != s.index and k in ages.declared]
        o_decl_min = min(o_decl) if o_decl else None
        me = participants[s.index] if s.index >= 0 else Participant("")
        other_media = sum(o.n_media for o in others)
        gap = _flag(_gap(s_decl, o_decl_min, rules))
        rows.append(
            [
                _flag(s_decl is not None and s_decl < rules.adult_age),
                _flag(s_decl is not None and s_decl >= rules.adult_age),
                _flag(o_decl_min is not None and o_decl_min < rules.adult_age),
                _flag(any(a >= rules.adult_age for a in o_decl)),
                gap,
                decl_peers,
                verified,
                _flag(not conv.participants_are_contacts and _minor_unknown_adult(s_decl, o_decl_min, rules)),
                _flag(me.account_age_days is not None and me.account_age_days < YOUNG_ACCOUNT_DAYS),
                _log1p(me.distinct_minor_contacts_24h or 0),
                _saturated(s.n_media, MEDIA_FULL),
                _saturated(other_media, MEDIA_FULL),
                _saturated(ex.night_messages, NIGHT_FULL),
                gap * categories,
            ]
        )
    return rows


def category_share(ex: Extraction) -> float:
    """Distinct `GAP_CATEGORIES` in the conversation, as a share of `GAP_CATEGORIES_FULL` (at most 1).

    Why: the metadata stage combines it with a declared adult-child age gap (`gap_categories`). The learned
    text model, trained on long transcripts, scores short explicit conversations low; an adult writing to a
    child *and* several kinds of grooming language is the combination the safeguards describe, and it must be
    able to route such a conversation. Without declared ages it is zero, so text-only scores do not use it."""
    union = 0
    for mask in ex.message_masks:
        union |= mask
    return min((union & GAP_MASK).bit_count(), GAP_CATEGORIES_FULL) / GAP_CATEGORIES_FULL


def flat_row(ex: Extraction, rules: ScoringRules, ages: AgeView | None = None) -> list[float]:
    """FLAT_META_FEATURES for the conversation as a whole (no roles). `ages` as in `role_rows`."""
    conv = ex.conversation
    participants = conv.participants
    ages = ages if ages is not None else age_view(ex)
    declared = list(ages.declared.values())
    decl_minor = [a for a in declared if a < rules.adult_age]
    decl_adult = [a for a in declared if a >= rules.adult_age]
    young_adult_account = any(
        p.account_age_days is not None
        and p.account_age_days < YOUNG_ACCOUNT_DAYS
        and (p.age_years is None or p.age_years >= rules.adult_age)
        for p in participants
    )
    fanout = max((p.distinct_minor_contacts_24h or 0 for p in participants), default=0)
    gap = _flag(bool(decl_minor and decl_adult) and _gap(max(decl_adult), min(decl_minor), rules))
    return [
        _flag(bool(decl_minor)),
        _flag(bool(decl_adult)),
        gap,
        _flag(len(declared) == len(participants) and _peers(declared, rules)),
        _flag(_verified_adults(participants, rules)),
        _flag(not conv.participants_are_contacts and bool(decl_minor)),
        _flag(young_adult_account),
        _log1p(fanout),
        _saturated(sum(s.n_media for s in ex.senders), MEDIA_FULL),
        _saturated(ex.night_messages, NIGHT_FULL),
        gap * category_share(ex),
    ]


def uses_flat_view(ex: Extraction) -> bool:
    """The flat view applies when only one participant wrote in the window."""
    return len(ex.senders) == 1
