"""Indicator packs: one file per language with the phrases of the ten categories and the self-disclosed ages.

A pack is a plain Python module of data (no logic), ``model/packs/<code>.py``:

- ``LANGUAGE``: its code (``"de"``);
- ``COMMON_WORDS``: words too frequent in that language to anchor a phrase (see `model.indicators`);
- ``PHRASES``: category id -> phrases in the pattern language of `model.indicators`, written in the
  language's own letters ("mädchen", "zdjęcie"): every word is respelt here as normalised text has it
  (accents folded, "ß" -> "ss", "ł" -> "l", chat abbreviations expanded), and a German word with an umlaut
  also matches its "ae"/"oe"/"ue" spelling;
- ``NEAR`` (optional): more phrases by category, written with ``..`` between the words that may stand apart
  ("cancella .. messaggi|chat": "cancella subito i messaggi"): what a speaker of the language says in many
  word orders, kept apart from the fixed phrases so that each can be read as what it is;
- ages (not in the English pack, whose forms are `model.ages`): ``SELF_AGE`` and ``OTHER_AGE``, regular
  expressions over normalised text with one group for the age ("ich bin (\\d{1,2})"); ``GRADES``, pairs of
  (expression with one group for the school year, years to add to get the age); ``SCHOOL_YEARS``, pairs of
  (expression without groups, the typical age) for years with names ("brugklas", "quatrieme");
  ``SELF_MINOR_CUES`` and ``OTHER_MINOR_CUES``, phrases in the pattern language saying that the speaker or the
  listener is a child.

Every message is matched with the English pack (English words are everywhere in chat: "snap", "nudes");
a message in another language (`model.language`) is also matched with its own pack, and its ages are read
with that pack's forms. ``python -m grooming_risk.model.packs de --try "bist du allein?"`` shows what a pack
makes of a text.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from grooming_risk.model.ages import DIGIT, MAX_AGE, MIN_AGE, AgeEvidence
from grooming_risk.model.indicators import CATEGORIES, GAP, PhraseIndex
from grooming_risk.model.language import SUPPORTED
from grooming_risk.model.normalize import normalize_text

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_SPECIAL = frozenset(("*", "#", GAP))


class PackError(ValueError):
    """A pack file that does not follow the format (raised when the pack is loaded: at start-up, in tests)."""


@functools.cache  # packs repeat their word lists in many phrases
def spellings(word: str) -> tuple[str, ...]:
    """The forms a written word takes in normalised text (a multi-word form joined with "_")."""
    if word in _SPECIAL:
        return (word,)
    forms = []
    for variant in dict.fromkeys((word, word.translate(_UMLAUTS))):
        tokens = normalize_text(variant.replace("_", " ")).split()
        if not tokens:
            raise PackError(f"word {word!r} has no letters or digits")
        forms.append("_".join(tokens))
    return tuple(dict.fromkeys(forms))


def respell(source: str) -> str:
    """A phrase with each alternative word replaced by its normalised spellings."""
    slots = []
    for slot in source.split():
        optional = slot.startswith("[") and slot.endswith("]")
        body = slot[1:-1] if optional else slot
        words = "|".join(dict.fromkeys(f for w in body.split("|") for f in spellings(w)))
        slots.append(f"[{words}]" if optional else words)
    return " ".join(slots)


@dataclass(frozen=True, slots=True)
class Alternatives:
    """A list of a pack's expressions joined into one (one scan of the text instead of one per expression),
    each with its value: an offset added to the number it captures (ages, grades) or the age it stands for
    (named school years, which capture nothing)."""

    regex: re.Pattern[str]
    groups: tuple[tuple[int, int], ...]  # per alternative: the span of its own groups in the joined expression
    values: tuple[int, ...]

    @classmethod
    def join(cls, compiled: list[tuple[re.Pattern[str], int]]) -> Alternatives:
        parts, spans, group = [], [], 1
        for k, (regex, _) in enumerate(compiled):
            parts.append(f"(?P<a{k}>{regex.pattern})")
            spans.append((group + 1, group + 1 + regex.groups))
            group += 1 + regex.groups
        # Every expression starts at a word (`_regex`): the joined one starts with the space before it, a literal
        # prefix that lets the engine skip to the next space instead of trying every alternative at every
        # character (3-5 times faster on chat).
        pattern = " (?:" + "|".join(parts) + ")" if parts else r"(?!x)x"
        return cls(re.compile(pattern), tuple(spans), tuple(value for _, value in compiled))

    def ages(self, text: str, captured: bool) -> list[int]:
        """Each match's age: its captured number plus the alternative's offset, or the alternative's age."""
        found = []
        for match in self.regex.finditer(text):
            k = int((match.lastgroup or "a0")[1:])
            if not captured:
                found.append(self.values[k])
                continue
            start, end = self.groups[k]
            number = (
                next((g for g in match.group(*range(start, end)) if g), None) if end - start > 1 else match.group(start)
            )
            if number:
                age = int(number) + self.values[k]
                if MIN_AGE <= age <= MAX_AGE:
                    found.append(age)
        return found


@dataclass(frozen=True, slots=True)
class AgeForms:
    """A language's self-disclosed age forms, compiled (see the module docstring)."""

    self_age: Alternatives
    other_age: Alternatives
    grades: Alternatives
    school_years: Alternatives
    #: Those of the named school years written with a digit ("2oeso"): all a message with a digit but none of
    #: the words of `school_words` needs scanning with (the others match only text holding one of those words).
    school_digits: Alternatives
    self_cues: Cues
    other_cues: Cues
    #: The words of three or more letters written in the named school years' expressions: a match holds a
    #: digit or one of them (`tests/test_languages.py` checks every pack's expressions for it).
    school_words: re.Pattern[str]

    def evidence(self, messages: list[str]) -> AgeEvidence:
        """What one participant's normalised messages in this language say about ages.

        The joined expressions are slow (~0.1-1 µs a character, whatever the text), so each message is only
        scanned with what could match it: the forms that capture a number when it holds a digit, the named
        school years when it holds one of their words (`school_words`), and those written with a digit when it holds
        a digit."""
        found = AgeEvidence()
        for text in messages:
            digit = DIGIT.search(text) is not None
            if digit:
                found.self_ages += self.self_age.ages(text, True)
                found.other_ages += self.other_age.ages(text, True)
                found.self_ages += self.grades.ages(text, True)
            if self.school_words.search(text):
                found.self_ages += self.school_years.ages(text, False)
            elif digit:
                found.self_ages += self.school_digits.ages(text, False)
            words = text.split()
            found.self_minor_cues += self.self_cues.count(text, words)
            found.other_minor_cues += self.other_cues.count(text, words)
        return found


@dataclass(frozen=True, slots=True)
class Cues:
    """Child-cue phrases by anchor word: a message is searched only with the phrases its words anchor."""

    anchors: frozenset[str]
    by_anchor: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]

    @classmethod
    def of(cls, index: PhraseIndex) -> Cues:
        by_anchor: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        for k, phrase in enumerate(index.phrases):
            regex = phrase.regex()
            for anchor in phrase.anchors:
                by_anchor.setdefault(anchor, []).append((k, regex))
        return cls(frozenset(by_anchor), {w: tuple(v) for w, v in by_anchor.items()})

    def count(self, text: str, words: list[str]) -> int:
        """Cue phrases found in one message (each phrase once): the cue count the English forms give."""
        found: set[int] = set()
        for word in self.anchors.intersection(words):
            for k, regex in self.by_anchor[word]:
                if k not in found and regex.search(text):
                    found.add(k)
        return len(found)


@dataclass(frozen=True, slots=True)
class Pack:
    """One language's compiled indicator pack."""

    language: str
    phrases: PhraseIndex
    ages: AgeForms | None  # None: English, whose forms are `model.ages`


def _regex(source: str, where: str, groups: int) -> re.Pattern[str]:
    try:
        regex = re.compile(f"(?<= )(?:{source})(?= )")
    except re.error as exc:
        raise PackError(f"{where}: {source!r} is not a regular expression ({exc})") from None
    if groups and regex.groups < 1:
        raise PackError(f"{where}: {source!r} needs a group for the number")
    if not groups and regex.groups:
        raise PackError(f"{where}: {source!r} must have no group (use (?:...))")
    return regex


def _index(module: ModuleType, name: str, phrases: dict[str, tuple[str, ...]], common: frozenset[str]) -> PhraseIndex:
    try:
        return PhraseIndex.compile({c: tuple(map(respell, ps)) for c, ps in phrases.items()}, common, lazy=True)
    except ValueError as exc:
        raise PackError(f"{module.__name__}.{name}: {exc}") from None


_LITERAL = re.compile(r"(?<![\\(?])[a-z']{3,}")


def _has_digit(source: str) -> bool:
    """Whether an expression is written with a digit or a digit class (it may match text without any word)."""
    return "\\d" in source or any(c.isdigit() for c in source)


def _trie(words: Iterable[str]) -> str:
    """An expression matching any of the words, written as a prefix tree: the engine tries each letter once
    instead of each word in turn (Python's `re` does not merge a plain alternation of words)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(tree)


def _group_end(source: str, start: int) -> int:
    """The position after the group opened at `start` (escaped parentheses do not count)."""
    depth = 0
    for k in range(start, len(source)):
        if source[k] in "()" and source[k - 1] != "\\":
            depth += 1 if source[k] == "(" else -1
            if depth == 0:
                return k + 1
    return len(source)


def _without_negative_lookarounds(source: str) -> str:
    """An expression's text without its ``(?<!...)`` and ``(?!...)`` groups: the words written there need not
    be in a text the expression matches (they must not)."""
    out, k = [], 0
    while k < len(source):
        if source.startswith(("(?<!", "(?!"), k) and source[k - 1 : k] != "\\":
            k = _group_end(source, k)
        else:
            out.append(source[k])
            k += 1
    return "".join(out)


def school_words(sources: Iterable[str]) -> re.Pattern[str]:
    """One expression finding any word of three or more letters written in the given expressions, outside their
    negative lookarounds: a text one of them matches holds one of these words or a digit (`_has_digit`)."""
    words = {w for source in sources for w in _LITERAL.findall(_without_negative_lookarounds(source))}
    return re.compile(_trie(words) if words else r"(?!x)x")


def _age_forms(module: ModuleType, common: frozenset[str]) -> AgeForms:
    name = module.__name__
    # The cues are compiled as phrases of one pseudo-category: only which phrase matched is used.
    cue = CATEGORIES[0]
    school = [(_regex(r, f"{name}.SCHOOL_YEARS", 0), int(age)) for r, age in module.SCHOOL_YEARS]
    return AgeForms(
        self_age=Alternatives.join([(_regex(r, f"{name}.SELF_AGE", 1), 0) for r in module.SELF_AGE]),
        other_age=Alternatives.join([(_regex(r, f"{name}.OTHER_AGE", 1), 0) for r in module.OTHER_AGE]),
        grades=Alternatives.join([(_regex(r, f"{name}.GRADES", 1), int(offset)) for r, offset in module.GRADES]),
        school_years=Alternatives.join(school),
        school_digits=Alternatives.join([(regex, age) for regex, age in school if _has_digit(regex.pattern)]),
        self_cues=Cues.of(_index(module, "SELF_MINOR_CUES", {cue: tuple(module.SELF_MINOR_CUES)}, common)),
        other_cues=Cues.of(_index(module, "OTHER_MINOR_CUES", {cue: tuple(module.OTHER_MINOR_CUES)}, common)),
        school_words=school_words(r for r, _ in module.SCHOOL_YEARS),
    )


@functools.cache
def pack(language: str) -> Pack:
    """The compiled pack of a supported language (compiled once per process)."""
    if language not in SUPPORTED:
        raise PackError(f"no indicator pack for language {language!r}")
    module = importlib.import_module(f"{__name__}.{language}")
    if language != module.LANGUAGE:
        raise PackError(f"{module.__name__}: LANGUAGE is {module.LANGUAGE!r}")
    near: dict[str, tuple[str, ...]] = getattr(module, "NEAR", {})
    unknown = (set(module.PHRASES) | set(near)) - set(CATEGORIES)
    if unknown or set(module.PHRASES) != set(CATEGORIES):
        raise PackError(f"{module.__name__}.PHRASES: needs exactly the ten categories (unknown: {sorted(unknown)})")
    if language == "en":  # written in normalised form already: compiled as written (the English figures)
        return Pack(language, PhraseIndex.compile(module.PHRASES, module.COMMON_WORDS), None)
    common = frozenset(f for w in module.COMMON_WORDS for f in spellings(w))
    phrases = {c: (*ps, *near.get(c, ())) for c, ps in module.PHRASES.items()}
    return Pack(language, _index(module, "PHRASES", phrases, common), _age_forms(module, common))


def load() -> None:
    """Compile every pack now (`load_model` calls it): the service pays it at start-up, not on the first request
    in each language, and a broken pack is an error there. The joined expression of each anchor word is still
    compiled when that word is first met (`PhraseIndex`)."""
    for code in SUPPORTED:
        pack(code)


def match_messages(
    normalized: list[str], tokens: list[list[str]], languages: tuple[str, ...] | None = None
) -> list[int]:
    """The category bit mask of each normalised message: the English pack's, plus its own language's pack's."""
    masks = pack("en").phrases.masks(normalized, tokens)
    if languages is None or all(code == "en" for code in languages):
        return masks
    by_language: dict[str, list[int]] = {}
    for j, code in enumerate(languages):
        if code != "en":
            by_language.setdefault(code, []).append(j)
    for code, js in by_language.items():
        own = pack(code).phrases.masks([normalized[j] for j in js], [tokens[j] for j in js])
        for j, mask in zip(js, own, strict=True):
            masks[j] |= mask
    return masks


def match_message(normalized: str, language: str = "en") -> int:
    """The category bit mask of one normalised message in a language."""
    return match_messages([normalized], [normalized.split()], (language,))[0]
