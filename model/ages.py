"""Ages disclosed in the text, and cues that a child is taking part.

Platforms often know no age, or a false one (children declare 18 to pass an age gate). What people say
fills the gap: "im 13", "14/f/ky" (an "asl" answer), "i'm in 8th grade" are the speaker's own age;
"ur only 13?" is the listener's. Cues without a number ("my mom grounded me", "you're too young",
"i could go to jail") make a minor's presence likely. All patterns run on normalised text
(`model.normalize`), where "ur" is "your", "u" is "you" and "13/f" is "13 f".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MIN_AGE = 8
DIGIT = re.compile(r"\d")  # a digit: what every captured age needs (also `model.packs`)
MAX_AGE = 90

# Units that make a number something other than an age ("im 20 minutes away", "im 6 ft").
_NOT_AGE = (
    r"(?! (?:minutes?|mins?|min|hours?|hrs?|hr|days?|weeks?|months?|miles?|mi|km|dollars?|bucks|"
    r"inches?|in|ft|feet|foot|lbs?|pounds?|kg|times?|percent|am|pm|oclock|k|cm|mph|people|"
    r"kids|children|guys|girls|boys|of|or|and|to|out|more|x|st|nd|rd|th|min) )"
)

_SELF_AGE = re.compile(
    r"(?<= )(?:im|i am|i m|me|and im|age|my age is|my age|i just turned|i turned|i turn|ill be|i will be|"
    r"im turning|i am turning|im almost|im only|im just|i am only|i am just|i am almost|im nearly|"
    r"im still|i am still|just turned|cuz im|because im|since im|and i am|but im|im like)"
    r" (\d{1,2})" + _NOT_AGE + r"(?= )"
    r"|(?<= )(?:im|i am|i m) (?:\S+ ){0,2}?(\d{1,2}) (?:years|year|yrs|yr) old(?= )"
    r"|(?<= )(?:im|i am|i m) (?:in )?(?:the )?(\d{1,2})(?:st|nd|rd|th) grade(?= |r )"
    r"|(?<= )(?:im|i am|i m) (?:a )?(\d{1,2})(?:st|nd|rd|th) grader(?= )"
)
# "asl" answers: "13 f", "f 13", "13 female ky", "14 yo", "13 years". Not after words that make it a
# wish ("any 18 f", "looking for 18 f").
_ASL_AGE = re.compile(
    r"(?<!any )(?<!for )(?<!like )(?<!want )(?<!wants )(?<!need )(?<!seeking )(?<!looking )"
    r"(?<!you )(?<= )(\d{1,2}) (?:m|f|male|female|girl|boy|guy|yo|yrs|y|years old)(?= )"
    r"|(?<= )(?:m|f) (\d{1,2})(?= )"
)
# The listener's age: "your 13 ?", "you are only 14", "since you are 13".
_OTHER_AGE = re.compile(
    r"(?<!when )(?<!until )(?<!till )(?<!til )(?<!once )(?<!before )(?<!after )"
    r"(?<= )(?:you are|your|you|you r|are you|r you) (?:only |just |like |really |almost |barely |not even )?"
    r"(\d{1,2})" + _NOT_AGE + r"(?= )"
)
# A minor's age mentioned without saying whose it is: "a 13 yr old", "14 years old ?", "older than 13".
_MINOR_AGE_MENTION = re.compile(
    r"(?<= )(?:1[0-7]|[89]) (?:years|year|yrs|yr) old(?= )|(?<= )(?:older|younger) than (?:1[0-7]|[89])(?= )"
)
# A message that is only a number, answering an age question just before it ("how old r u" / "13").
BARE_NUMBER = re.compile(r"^ (\d{1,2}) (?:\? )?(?:lol |and you |you |hbu |wbu |how about you )?$")
# Cues that the speaker is a child.
_SELF_MINOR_CUE = re.compile(
    r"(?<= )(?:"
    r"(?:im|i am|i m|i was|got) grounded|my curfew|my mom (?:wont|will not|doesnt|does not) let me|"
    r"my (?:dad|parents) (?:wont|will not|dont|do not|doesnt|does not) let me|im not allowed to|"
    r"i am not allowed to|(?:middle|junior|jr) (?:school|high)|elementary school|\d(?:st|nd|rd|th) grade|"
    r"(?:my|the) school bus|recess|my babysitter|detention|study hall|my allowance|im too young|"
    r"i am too young|i cant drive|when i turn (?:1[3-8])|my mom (?:took|takes) my phone"
    r")(?= )"
)
# Cues in what someone says to the other that the other is a child.
_OTHER_MINOR_CUE = re.compile(
    r"(?<= )(?:"
    r"you are|your|you look|you sound|you seem) (?:so |too |really |very |a little |kinda |pretty )?"
    r"(?:young|little|underage|a kid|a minor|a child|jailbait)(?= )"
    r"|(?<= )(?:too young|underage|jailbait|a minor|statutory|legal age|age of consent|when you turn 18|"
    r"until you are 18|til you are 18|till you are 18|when you are 18|when you are older|you are not 18|"
    r"your not 18|im too old for you|i am too old for you|older than you|too old for you|your grade|"
    r"your age|at your age|for your age|school age|still in school)(?= )"
)


# Every alternative of the cue patterns contains one of these whole words, so a text without any of them
# cannot match and is not scanned (most chat is not; the scans were a tenth of the serving time).
# `tests/test_model_text.py` checks each alternative against these sets.
_SELF_CUE_WORDS = frozenset(
    [
        "grounded",
        "curfew",
        "let",
        "allowed",
        "school",
        "high",
        "elementary",
        "grade",
        "bus",
        "recess",
        "babysitter",
        "detention",
        "hall",
        "allowance",
        "young",
        "drive",
        "turn",
        "phone",
    ]
)
_OTHER_CUE_WORDS = frozenset(
    [
        "young",
        "little",
        "underage",
        "kid",
        "minor",
        "child",
        "jailbait",
        "statutory",
        "legal",
        "consent",
        "18",
        "older",
        "old",
        "grade",
        "age",
        "school",
    ]
)


#: Every word that lets a child-cue scan run (see `extract_age_evidence`).
CUE_WORDS = _SELF_CUE_WORDS | _OTHER_CUE_WORDS


@dataclass(slots=True)
class AgeEvidence:
    """What one participant's messages reveal about ages."""

    self_ages: list[int] = field(default_factory=list)  # the speaker's own age(s)
    other_ages: list[int] = field(default_factory=list)  # ages the speaker gives the listener
    self_minor_cues: int = 0  # messages with cues that the speaker is a child
    other_minor_cues: int = 0  # messages with cues that the listener is a child

    def add(self, other: AgeEvidence) -> None:
        """Add what more of the participant's messages reveal (read with another language's forms)."""
        self.self_ages += other.self_ages
        self.other_ages += other.other_ages
        self.self_minor_cues += other.self_minor_cues
        self.other_minor_cues += other.other_minor_cues


def _valid(value: str | None) -> int | None:
    if value is None:
        return None
    age = int(value)
    return age if MIN_AGE <= age <= MAX_AGE else None


def _grade_to_age(match: re.Match[str]) -> int | None:
    grade = match.group(3) or match.group(4)
    if grade is None:
        return None
    number = int(grade)
    return number + 5 if 1 <= number <= 12 else None


def extract_age_evidence(normalized_text: str, words: set[str] | frozenset[str] | None = None) -> AgeEvidence:
    """Scan one participant's normalised text (messages joined by spaces) for age evidence. `words`, the
    set of the text's words (or any superset) when the caller has it, lets the cue scans be skipped when
    they cannot match."""
    evidence = AgeEvidence()
    if DIGIT.search(normalized_text):
        for match in _SELF_AGE.finditer(normalized_text):
            age = _valid(match.group(1) or match.group(2)) or _grade_to_age(match)
            if age is not None:
                evidence.self_ages.append(age)
        for match in _ASL_AGE.finditer(normalized_text):
            age = _valid(match.group(1) or match.group(2))
            if age is not None:
                evidence.self_ages.append(age)
        for match in _OTHER_AGE.finditer(normalized_text):
            age = _valid(match.group(1))
            if age is not None:
                evidence.other_ages.append(age)
        evidence.other_minor_cues += len(_MINOR_AGE_MENTION.findall(normalized_text))
    if words is None or not words.isdisjoint(_SELF_CUE_WORDS):
        evidence.self_minor_cues += len(_SELF_MINOR_CUE.findall(normalized_text))
    if words is None or not words.isdisjoint(_OTHER_CUE_WORDS):
        evidence.other_minor_cues += len(_OTHER_MINOR_CUE.findall(normalized_text))
    return evidence


def bare_age_answer(normalized_message: str) -> int | None:
    """The age in a message that is only a number (an answer when an age question came just before)."""
    match = BARE_NUMBER.match(normalized_message)
    return _valid(match.group(1)) if match else None


def typical_age(ages: list[int]) -> int | None:
    """The age a participant most often claims (ties: the youngest); None when nothing was said."""
    if not ages:
        return None
    counts: dict[int, int] = {}
    for age in ages:
        counts[age] = counts.get(age, 0) + 1
    return min(counts, key=lambda a: (-counts[a], a))
