"""Jurisdiction-dependent parameters that scoring needs (safeguard S5), and the 24-hour window (S4)."""

from __future__ import annotations

from dataclasses import dataclass

WINDOW_SECONDS = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class ScoringRules:
    """Age rules of one tenant's policy; defaults are the training defaults."""

    adult_age: int = 18
    #: An adult at least this much older than a minor is an AGE_GAP risk factor.
    min_age_gap_years: int = 5
    #: Two minors closer in age than this are peers: never routed (S5).
    peer_max_gap_years: int = 3

    def __post_init__(self) -> None:
        if not 10 <= self.adult_age <= 25:
            raise ValueError("adult_age must be between 10 and 25")
        if not 0 <= self.min_age_gap_years <= 30:
            raise ValueError("min_age_gap_years must be between 0 and 30")
        if not 0 <= self.peer_max_gap_years <= 10:
            raise ValueError("peer_max_gap_years must be between 0 and 10")


DEFAULT_RULES = ScoringRules()
