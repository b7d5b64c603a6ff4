"""Evasion variants of a text (leetspeak, spaced letters, stretched letters, look-alike characters).

Used to check that normalisation makes the score robust: a variant should score close to its original.
"""

from __future__ import annotations

import random

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_LOOKALIKE = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і"}


def _leet(word: str) -> str:
    return "".join(_LEET.get(ch, ch) for ch in word)


def _spaced(word: str) -> str:
    return " ".join(word)


def _stretched(word: str, rng: random.Random) -> str:
    vowels = [i for i, ch in enumerate(word) if ch in "aeiou"]
    if not vowels:
        return word
    i = rng.choice(vowels)
    return word[:i] + word[i] * rng.randint(3, 5) + word[i + 1 :]


def _lookalike(word: str) -> str:
    return "".join(_LOOKALIKE.get(ch, ch) for ch in word)


def perturb(text: str, rng: random.Random, kind: str, share: float = 0.3) -> str:
    """Apply one evasion `kind` ("leet", "spaced", "stretched", "lookalike") to a share of the words."""
    out = []
    previous_spaced = False
    for word in text.split(" "):
        changed = False
        if len(word) >= 4 and word.isalpha() and rng.random() < share and not previous_spaced:
            changed = True
            if kind == "leet":
                word = _leet(word.lower())
            elif kind == "spaced":
                word = _spaced(word.lower())
            elif kind == "stretched":
                word = _stretched(word.lower(), rng)
            elif kind == "lookalike":
                word = _lookalike(word.lower())
        previous_spaced = changed and kind == "spaced"  # two spaced words in a row would read as one
        out.append(word)
    return " ".join(out)


KINDS = ("leet", "spaced", "stretched", "lookalike")
