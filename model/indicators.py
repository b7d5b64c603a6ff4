"""Text indicator categories of grooming (``docs/indicators.md``) and a fast phrase matcher.

Each category is a list of phrases in a tiny pattern language over *normalised* text
(see `model.normalize`):

- words separated by spaces must follow each other: ``how old are you``
- ``a|b|c`` is one word out of several: ``are|is your mom|dad home``
- ``[a|b]`` is an optional word: ``send [me] [a|some] picture``
- ``*`` is any one word, ``#`` any number, ``_`` joins a multi-word alternative (``do_not``)
- ``..`` is up to three words of anything: ``delete .. chat|messages`` (the other languages' packs, whose
  word order and inflection put a pronoun, an article or an adverb between a verb and its object)

Each phrase compiles to one regular expression and gets an *anchor*: its first required slot that holds
no common word. A message is only searched with a phrase when it contains one of the phrase's anchor
words (one set intersection per message), which keeps matching far below a millisecond for a
50-message conversation instead of running hundreds of alternations over every message.

The phrases themselves live in one pack per language (`model.packs`); this module holds the categories,
the pattern language and the matcher every pack compiles to.

The ids here are part of the public contract (they appear in responses' ``indicators``); the ids of the
metadata risk factors are listed in `model.features`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

AGE_PROBING = "AGE_PROBING"
PARENT_CHECK = "PARENT_CHECK"
SECRECY = "SECRECY"
TRUST_FLATTERY = "TRUST_FLATTERY"
GIFTS = "GIFTS"
IMAGE_REQUEST = "IMAGE_REQUEST"
PLATFORM_MIGRATION = "PLATFORM_MIGRATION"
MEETING_PROPOSAL = "MEETING_PROPOSAL"
SEXUAL_CONTENT = "SEXUAL_CONTENT"
PRESSURE_THREAT = "PRESSURE_THREAT"

#: Text indicator categories in a fixed order (the order of feature columns).
CATEGORIES: tuple[str, ...] = (
    AGE_PROBING,
    PARENT_CHECK,
    SECRECY,
    TRUST_FLATTERY,
    GIFTS,
    IMAGE_REQUEST,
    PLATFORM_MIGRATION,
    MEETING_PROPOSAL,
    SEXUAL_CONTENT,
    PRESSURE_THREAT,
)

#: Grooming stage of each category (O'Connell 2003, simplified): 1 friendship/relationship forming,
#: 2 risk assessment, 3 exclusivity/isolation, 4 sexual stage, 5 approach/conclusion.
STAGE: dict[str, int] = {
    TRUST_FLATTERY: 1,
    GIFTS: 1,
    AGE_PROBING: 2,
    PARENT_CHECK: 2,
    SECRECY: 3,
    PLATFORM_MIGRATION: 3,
    SEXUAL_CONTENT: 4,
    IMAGE_REQUEST: 4,
    PRESSURE_THREAT: 4,
    MEETING_PROPOSAL: 5,
}


@dataclass(frozen=True, slots=True)
class Phrase:
    category: int  # index into CATEGORIES
    source: str
    pattern: str  # its regular expression (compiled only joined with the others of its anchor: see `_searches`)
    anchors: frozenset[str]

    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


def _slot_regex(slot: str) -> tuple[str, bool, list[str]]:
    optional = slot.startswith("[") and slot.endswith("]")
    body = slot[1:-1] if optional else slot
    words = body.split("|")
    parts = []
    for word in words:
        if word == "*":
            parts.append(r"\S+")
        elif word == "#":
            parts.append(r"\d+")
        else:
            parts.append(re.escape(word.replace("_", " ")))
    return "(?:" + "|".join(parts) + ")", optional, words


GAP = ".."  # up to three words of anything (see the module docstring)
_LEFT_BOUNDARY = "(?<= )"  # every phrase starts at a word (normalised text has a space before each word)


def compile_phrase(category: int, source: str, common_words: frozenset[str]) -> Phrase:
    """Compile one phrase of the pattern language (written as normalised text has it: `model.packs` respells a
    pack's own letters first); raises ValueError if it has no usable anchor."""
    pieces = []
    anchors: frozenset[str] | None = None
    for slot in source.split():
        if slot == GAP:
            pieces.append(r"(?:\S+ ){0,3}")
            continue
        regex, optional, words = _slot_regex(slot)
        pieces.append(f"(?:{regex} )?" if optional else f"{regex} ")
        # A multi-word alternative ("no_one", "13_ans") is anchored on its first word: a message without it
        # cannot match, which is all an anchor has to guarantee.
        firsts = [w.split("_", 1)[0] for w in words]
        usable = not optional and all(w not in common_words and w not in ("*", "#") for w in firsts)
        if anchors is None and usable:
            anchors = frozenset(firsts)
    if anchors is None:
        raise ValueError(f"phrase {source!r} needs a required slot without common words")
    return Phrase(category, source, _LEFT_BOUNDARY + "".join(pieces), anchors)


def _searches(phrases: Iterable[Phrase]) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(category bit, one regex) per category among the phrases of an anchor word: the phrases of a
    category joined as alternatives, so one search answers for all of them (the same yes or no)."""
    by_category: dict[int, list[str]] = {}
    for phrase in phrases:
        by_category.setdefault(phrase.category, []).append(phrase.pattern.removeprefix(_LEFT_BOUNDARY))
    return tuple(
        (1 << category, re.compile(f"{_LEFT_BOUNDARY}(?:{'|'.join(bodies)})"))
        for category, bodies in by_category.items()
    )


class PhraseIndex:
    """The phrases of one language, indexed by anchor word: a message is only searched with a phrase when it
    contains one of the phrase's anchors (one set intersection per message).

    The joined regular expression of an anchor word is compiled when the word is first met (`lazy`), or all at
    once: compiling every one of a pack's ~500 takes ~0.2 s, which the service would otherwise pay at start-up
    for six languages most platforms never see. English, on every message, is compiled at once."""

    __slots__ = ("_by_anchor", "anchor_words", "phrases", "search_by_anchor")

    def __init__(self, phrases: Sequence[Phrase], lazy: bool = False) -> None:
        self.phrases = tuple(phrases)
        by_anchor: dict[str, list[Phrase]] = {}
        for phrase in phrases:
            for anchor in phrase.anchors:
                by_anchor.setdefault(anchor, []).append(phrase)
        self._by_anchor = by_anchor
        # (category bit, compiled regex) per anchor word: what `mask` runs, without attribute lookups.
        self.search_by_anchor = {} if lazy else {w: _searches(ps) for w, ps in by_anchor.items()}
        self.anchor_words = frozenset(by_anchor)

    @classmethod
    def compile(
        cls, phrases: Mapping[str, Sequence[str]], common_words: frozenset[str], lazy: bool = False
    ) -> PhraseIndex:
        return cls(
            [
                compile_phrase(CATEGORIES.index(category), source, common_words)
                for category, sources in phrases.items()
                for source in sources
            ],
            lazy,
        )

    def _searches_of(self, word: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        found = self.search_by_anchor.get(word)
        if found is None:  # lazy: first met (a dict assignment is atomic: threads at worst compile it twice)
            found = self.search_by_anchor[word] = _searches(self._by_anchor[word])
        return found

    def masks(self, normalized: list[str], tokens: list[list[str]]) -> list[int]:
        """The category bit mask of each normalised message (`tokens`: its words), in one loop: this runs for
        every message scored."""
        anchors_in = self.anchor_words.intersection
        search_by_anchor = self.search_by_anchor
        searches_of = self._searches_of
        masks = []
        for text, words in zip(normalized, tokens, strict=True):
            mask = 0
            for word in anchors_in(words):
                for bit, regex in search_by_anchor.get(word) or searches_of(word):
                    if not mask & bit and regex.search(text):
                        mask |= bit
            masks.append(mask)
        return masks


def categories_in(mask: int) -> list[str]:
    """Category ids whose bits are set in a category bit mask."""
    return [cat for i, cat in enumerate(CATEGORIES) if mask >> i & 1]
