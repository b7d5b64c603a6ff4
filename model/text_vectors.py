"""Sparse n-gram vectors (sublinear tf-idf, length-normalised) shared by training and serving.

A vector is a pair of arrays (column indices, values). Training stacks them into a scipy matrix;
serving dots them with a weight vector. Training counts n-gram strings (`vectorize`); serving counts
the same n-grams by vocabulary id straight from the words (`GramIds`), without building a string for
every bigram. Both turn counts into values with `weigh`, so the numbers are the same (up to the order
of floating-point sums, ~1e-16).

Counting, weighing, the sparse dot product and each message's share of it (`GramIds.parts`, for the
attribution of a score) run in the optional C extension `model._ngrams` (setup.py) when it was built: on
the serving path they are a loop over every word of every message, and in the server they run with cold
CPU caches, where the interpreter's objects cost most. Without a C compiler the package installs without
it and the numpy / Python code here is used; tests hold the two paths to the same results.

The norm is smoothed: values are divided by ``sqrt(sum(v^2) + smoothing)`` instead of the plain L2
norm, so that a three-message opener ("asl?") cannot carry as much evidence as a long conversation; a
very short text moves the score only a little away from the prior. Chosen on out-of-source folds.
"""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np

try:  # the optional compiled path (setup.py); without a C compiler the numpy and Python code below is used
    from grooming_risk.model import _ngrams as compiled
except ImportError:  # pragma: no cover - depends on how the package was built
    compiled = None  # type: ignore[assignment]

EMPTY_INDEX = np.zeros(0, dtype=np.intp)
EMPTY_VALUE = np.zeros(0, dtype=np.float64)


DEFAULT_SMOOTHING = 40.0

Vector = tuple[np.ndarray, np.ndarray]


def weigh(counts: dict[int, int], idf: np.ndarray, smoothing: float = DEFAULT_SMOOTHING) -> Vector:
    """(indices, values) from vocabulary id -> count (ids only: no misses). Treat the arrays as read-only (the
    compiled path's are)."""
    if not counts:
        return EMPTY_INDEX, EMPTY_VALUE
    if compiled is not None:
        index_bytes, value_bytes = compiled.weigh(counts, idf, smoothing)
        return np.frombuffer(index_bytes, dtype=np.intp), np.frombuffer(value_bytes, dtype=np.float64)
    return numpy_weigh(counts, idf, smoothing)


def numpy_weigh(counts: dict[int, int], idf: np.ndarray, smoothing: float = DEFAULT_SMOOTHING) -> Vector:
    """`weigh` with numpy: the reference for the compiled one, and the path without it."""
    index = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
    values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[index]
    return index, values / float(np.sqrt(np.dot(values, values) + smoothing))


def vectorize(
    grams: list[str], vocabulary: dict[str, int], idf: np.ndarray, smoothing: float = DEFAULT_SMOOTHING
) -> Vector:
    """Return (indices, values) of the grams found in the vocabulary."""
    counts = Counter(map(vocabulary.get, grams))  # Counter counts in C; the None key collects misses
    counts.pop(None, None)
    return weigh(counts, idf, smoothing)  # type: ignore[arg-type]


def dot(weights: np.ndarray, vector: Vector) -> float:
    """weights · vector for a sparse vector (float64 weights)."""
    index, values = vector
    if not index.size:
        return 0.0
    if compiled is not None:
        return compiled.dot(weights, index, values)
    return float(np.dot(weights[index], values))


class GramIds:
    """The vocabulary as two lookups, words -> id and (word, word) -> id, so that the unigrams and bigrams of
    tokenised messages are counted by id, never joined into strings: by the compiled `model._ngrams` table when
    it was built (a word is one dict lookup, a bigram a pair of word numbers in a flat table), else in Python
    (C loops of `map` and `itertools.pairwise`). Both give the same dict, keys in the same order.

    Exact: tokens never contain spaces, so the bigram string "a b" and the pair ("a", "b") name the same
    n-gram.
    """

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.unigrams = {g: i for g, i in vocabulary.items() if " " not in g}
        self.bigrams: dict[tuple[str, ...], int] = {tuple(g.split(" ")): i for g, i in vocabulary.items() if " " in g}
        if any(len(pair) != 2 or "" in pair for pair in self.bigrams):
            raise ValueError("the vocabulary holds n-grams other than words and word pairs")
        self._table = (
            compiled.GramTable(self.unigrams, self.bigrams, len(vocabulary)) if compiled and vocabulary else None
        )

    def counts(self, messages: list[list[str]]) -> dict[int, int]:
        """Vocabulary id -> count over the unigrams and bigrams of each message (none across messages)."""
        if self._table is not None:
            return self._table.counts(messages)
        return self.python_counts(messages)

    def python_counts(self, messages: list[list[str]]) -> Counter[int]:
        """`counts` in Python: the reference for the compiled counter, and the path without it."""
        counts = Counter(map(self.unigrams.get, itertools.chain.from_iterable(messages)))
        counts.update(map(self.bigrams.get, itertools.chain.from_iterable(map(itertools.pairwise, messages))))
        counts.pop(None, None)  # type: ignore[call-overload]
        return counts  # type: ignore[return-value]

    def parts(
        self, messages: list[list[str]], vector: Vector, weights: np.ndarray, counts: dict[int, int]
    ) -> list[float]:
        """Each message's share of ``weights · vector``, where `vector` was weighed from `counts` (the n-gram counts
        of a sender, `messages` some of that sender's messages): the sum over the message's n-grams of
        ``weights[id] * value[id] / counts[id]``. How a score is attributed to messages and their categories."""
        index, values = vector
        if self._table is not None:
            return self._table.parts(messages, index, values, weights, counts)
        return self.python_parts(messages, vector, weights, counts)

    def python_parts(
        self, messages: list[list[str]], vector: Vector, weights: np.ndarray, counts: dict[int, int]
    ) -> list[float]:
        """`parts` in Python: the reference for the compiled one, and the path without it."""
        index, values = vector
        per_gram = dict(zip(index.tolist(), (weights[index] * values).tolist(), strict=True))
        shares = []
        for tokens in messages:
            part = 0.0
            for i in self.ids(tokens):
                if i is not None:
                    part += per_gram[i] / counts[i]
            shares.append(part)
        return shares

    def ids(self, tokens: list[str]) -> list[int | None]:
        """Ids of one message's unigrams, then of its bigrams (None: not in the vocabulary)."""
        return [*map(self.unigrams.get, tokens), *map(self.bigrams.get, itertools.pairwise(tokens))]
