"""Independent elements of suspicion in a conversation: the input of the combination rule (S1, S5).

Safeguard S1 asks for a *combination* of key indicators and objective risk factors; keywords alone
never route. This module only states what is present; `model.policy` applies the rule with the
tenant's thresholds. Ages come from declarations and, where those are missing or contradict, from what
participants say ("im 13", "ur only 14", "8th grade").

`analyse` is the one pass over an extracted conversation for one set of rules: it reads the ages once and
derives the evidence and the metadata rows of the view from them. The scorer, the decision (through
`ScoreResult.evidence`) and the explanation (`model.explain`) read the resulting `Analysis`; nothing
recomputes ages or evidence after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from grooming_risk.model import features as F
from grooming_risk.model.indicators import CATEGORIES
from grooming_risk.model.rules import ScoringRules

#: Risk factors that establish the same element "a child is likely involved" count once together.
_MINOR_FACTORS = frozenset({F.MINOR_INVOLVED, F.SELF_DISCLOSED_MINOR})


@dataclass(frozen=True, slots=True)
class Evidence:
    text_categories: frozenset[str]  # indicator categories found in any message
    risk_factors: frozenset[str]  # objective risk factors (ids from model.features.RISK_FACTORS)
    peers: bool  # every participant's age is known, all are minors, closer than peer_max_gap_years
    verified_adults: bool  # every participant is a verified adult
    minor_participants: frozenset[str] = frozenset()  # ids of participants who are minors (declared or said)
    #: People in the conversation: every listed participant, whether they wrote or not, and anyone who wrote
    #: without being listed. One person has no one to groom: such a conversation is scored, never routed.
    participants: int = 2
    #: The learned text model found grooming language spread over several messages (set by `model.scorer`):
    #: a text element of its own, as a category is, and never a single phrase (see `TextModel.min_messages`).
    learned_language: bool = False

    def text_elements(self) -> int:
        """Text elements: the categories found, and learned grooming language over several messages."""
        return len(self.text_categories) + self.learned_language

    def independent_elements(self) -> int:
        """Text elements plus distinct risk factors (child-involvement factors count once)."""
        factors = self.risk_factors - {F.STAGE_PROGRESSION}
        minor = 1 if factors & _MINOR_FACTORS else 0
        return self.text_elements() + len(factors - _MINOR_FACTORS) + minor

    def meets_combination_rule(self) -> bool:
        """S1: someone to groom (two or more people), a text element, and two independent elements."""
        return self.participants >= 2 and self.text_elements() > 0 and self.independent_elements() >= 2


def effective_ages(ages: F.AgeView, n_participants: int) -> dict[int, int]:
    """Participant index -> the younger of the declared age and the age said in the chat, where known."""
    return {
        k: min(v for v in (ages.declared.get(k), ages.text_age.get(k)) if v is not None)
        for k in range(n_participants)
        if k in ages.declared or k in ages.text_age
    }


def _minors(ex: F.Extraction, effective: dict[int, int], rules: ScoringRules) -> frozenset[str]:
    participants = ex.conversation.participants
    return frozenset(participants[k].participant_id for k, age in effective.items() if age < rules.adult_age)


def minor_ids(ex: F.Extraction, rules: ScoringRules) -> frozenset[str]:
    """Ids of the participants who are minors (declared or said): what behaviour tracking needs before the
    conversation is scored. Cheap: the text ages were resolved by `extract`."""
    return _minors(ex, effective_ages(F.age_view(ex), len(ex.conversation.participants)), rules)


def evidence_of(ex: F.Extraction, rules: ScoringRules) -> Evidence:
    """The evidence alone (`analyse` gives it with the metadata rows the scorer needs)."""
    return _evidence(ex, F.age_view(ex), rules)


def _evidence(ex: F.Extraction, ages: F.AgeView, rules: ScoringRules) -> Evidence:
    participants = ex.conversation.participants
    counts = [sum(s.cat_counts[c] for s in ex.senders) for c in range(len(CATEGORIES))]
    categories = frozenset(cat for cat, n in zip(CATEGORIES, counts, strict=True) if n)
    effective = effective_ages(ages, len(participants))
    minors = [a for a in effective.values() if a < rules.adult_age]
    adults = [a for a in effective.values() if a >= rules.adult_age]
    said = [a for s in ex.senders for a in (*s.self_ages, *s.other_ages)]
    said_minor = [a for a in said if a < rules.adult_age]
    said_adult = [a for a in said if a >= rules.adult_age]
    cues = sum(s.child_cues + s.youth_refs for s in ex.senders)
    factors: set[str] = set()
    if said_minor:
        factors.add(F.SELF_DISCLOSED_MINOR)
    if any(a < rules.adult_age for a in ages.declared.values()) or cues >= 2:
        factors.add(F.MINOR_INVOLVED)
    if (minors and adults and max(adults) - min(minors) >= rules.min_age_gap_years) or (
        said_minor and said_adult and max(said_adult) - min(said_minor) >= rules.min_age_gap_years
    ):
        factors.add(F.AGE_GAP)
    if any(
        k in ages.declared
        and k in ages.text_age
        and (ages.declared[k] >= rules.adult_age) != (ages.text_age[k] >= rules.adult_age)
        for k in effective
    ):
        factors.add(F.AGE_CONTRADICTION)
    if minors and not ex.conversation.participants_are_contacts:
        factors.add(F.NOT_CONTACTS)
    if minors and any(
        p.account_age_days is not None
        and p.account_age_days < F.YOUNG_ACCOUNT_DAYS
        and effective.get(k, rules.adult_age) >= rules.adult_age
        for k, p in enumerate(participants)
    ):
        factors.add(F.YOUNG_ACCOUNT)
    if any((p.distinct_minor_contacts_24h or 0) >= F.FANOUT_MINORS for p in participants):
        factors.add(F.MINOR_FANOUT)
    if any(s.n_media for s in ex.senders):
        factors.add(F.MEDIA_SHARED)
    if ex.night_messages >= F.NIGHT_MIN_MESSAGES:
        factors.add(F.NIGHT_TIME)
    if (
        len(ex.message_indices) >= F.RATE_MIN_MESSAGES
        and (ex.messages_per_minute >= F.HIGH_RATE_PER_MINUTE or ex.burst >= F.BURST_SHARE)
    ) or any((p.messages_24h or 0) >= F.HIGH_MESSAGES_24H for p in participants):
        factors.add(F.HIGH_MESSAGE_RATE)
    if F.progression(counts):
        factors.add(F.STAGE_PROGRESSION)
    everyone_known = len(participants) >= 2 and len(effective) == len(participants)
    # Children declare 18 to pass age gates, so a declared adult who says "im 13" usually counts as 13. But one
    # declared well past it (adult age plus the age gap: 23 by default) who says so is pretending, a classic
    # approach to a child, not a peer.
    declared_adult = any(a >= rules.adult_age + rules.min_age_gap_years for a in ages.declared.values())
    peers = (
        everyone_known and not adults and not declared_adult and max(minors) - min(minors) < rules.peer_max_gap_years
    )
    verified = bool(participants) and all(
        p.age_verified and p.age_years is not None and p.age_years >= rules.adult_age for p in participants
    )
    people = len(participants) + any(s.index < 0 for s in ex.senders)
    return Evidence(categories, frozenset(factors), peers, verified, _minors(ex, effective, rules), people)


@dataclass(frozen=True, slots=True)
class Analysis:
    """One conversation analysed once for one set of rules: the value the scorer, the decision and the
    explanation read, so that none of them resolves ages or derives evidence again.

    The extraction is the rules-free part (text, matches, ages said); the rest depends on the rules and on
    the participants' metadata in `extraction.conversation`."""

    extraction: F.Extraction
    rules: ScoringRules
    ages: F.AgeView  # said (resolved by `extract`) and declared ages, by participant index
    evidence: Evidence
    meta_rows: list[list[float]]  # the view's metadata rows: one per sender (role view), or the flat row

    @property
    def flat(self) -> bool:
        """The flat view (one sender) applies; else the role view, with one row per sender."""
        return F.uses_flat_view(self.extraction)


def analyse(ex: F.Extraction, rules: ScoringRules) -> Analysis:
    """Ages, evidence and the metadata rows of the view that applies, computed once from an extraction."""
    ages = F.age_view(ex)
    rows = [F.flat_row(ex, rules, ages)] if F.uses_flat_view(ex) else F.role_rows(ex, rules, ages)
    return Analysis(ex, rules, ages, _evidence(ex, ages, rules), rows)
