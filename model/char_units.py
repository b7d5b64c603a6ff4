"""Message units and their hashed character n-grams: the text features of the model (shared by training and serving).

Why units: evidence must accumulate. The text of a conversation is cut into *units* (a message, or a piece of at
most `UNIT_WORDS` words of a longer message); each unit gets its own logit from one linear model, and the
scorer adds up the strongest units' evidence (`model.scorer`). A unit's logit depends on its own words only, so
ordinary messages added before, after or between the grooming ones never change the logits of the grooming
units: they can only add candidates. Cutting long messages into pieces makes the units of "one block from one
sender" and of "8-word chunks" the same as those of real turns of a similar length.

Why character n-grams: measured on sources the model never saw, they transfer better than word n-grams, which
learn the era and register of each source ("2000s chat forms" against "2018 student slang") and miss spelling
variants ("pic", "pix", "picz"). Hashed into 2**bits buckets so that the artifact is a few arrays of floats and
no vocabulary (no string from the training data is shipped).

Feature definition (the C extension `model._ngrams.char_units` and `python_counts` here give the same counts,
tests hold them together): a unit is split at whitespace; each word (cut to `MAX_WORD` code points) is padded
with one space on each side; every n-gram of `n_min`..`n_max` code points of a padded word is hashed with
FNV-1a over its code points, then the 64-bit `mix` finaliser, masked to `bits` bits. Values are sublinear tf
times idf, divided by ``sqrt(sum(v^2) + smoothing)``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

try:  # the optional compiled path (setup.py); without a C compiler the Python code below is used
    from grooming_risk.model import _ngrams as compiled
except ImportError:  # pragma: no cover - depends on how the package was built
    compiled = None  # type: ignore[assignment]

#: The most words of one unit: a longer message is cut into pieces of this many words (the last may be shorter).
UNIT_WORDS = 12
#: A longer word is cut to this many code points before its n-grams are taken (as the C extension does).
MAX_WORD = 256
_MASK64 = (1 << 64) - 1


@dataclass(frozen=True, slots=True)
class Units:
    """The units of a conversation: their texts and, for each, the message it came from (window position)."""

    texts: list[str]
    message: list[int]


def units_of(normalized: list[str], unit_words: int = UNIT_WORDS) -> Units:
    """Cut normalised messages into units of at most `unit_words` words; empty messages give none."""
    texts: list[str] = []
    owner: list[int] = []
    for j, text in enumerate(normalized):
        words = text.split()
        if len(words) <= unit_words:
            if words:
                texts.append(" ".join(words))
                owner.append(j)
            continue
        for start in range(0, len(words), unit_words):
            texts.append(" ".join(words[start : start + unit_words]))
            owner.append(j)
    return Units(texts, owner)


def _mix(x: int) -> int:
    x ^= x >> 33
    x = (x * 0xFF51AFD7ED558CCD) & _MASK64
    x ^= x >> 33
    x = (x * 0xC4CEB9FE1A85EC53) & _MASK64
    return x ^ (x >> 33)


def _gram_hash(codes: list[int]) -> int:
    h = 14695981039346656037
    for cp in codes:
        h = ((h ^ cp) * 1099511628211) & _MASK64
    return _mix(h)


def python_counts(texts: list[str], n_min: int, n_max: int, bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR (indptr, indices, counts) of the hashed n-grams of each text: the reference for the compiled counter."""
    mask = (1 << bits) - 1
    indptr = [0]
    indices: list[int] = []
    counts: list[float] = []
    for text in texts:
        buckets: list[int] = []
        for word in text.split():
            padded = [32, *map(ord, word[:MAX_WORD]), 32]
            for n in range(n_min, min(n_max, len(padded)) + 1):
                buckets.extend(_gram_hash(padded[s : s + n]) & mask for s in range(len(padded) - n + 1))
        buckets.sort()
        for k, b in enumerate(buckets):
            if k and b == buckets[k - 1]:
                counts[-1] += 1.0
            else:
                indices.append(b)
                counts.append(1.0)
        indptr.append(len(indices))
    return np.array(indptr, dtype=np.int64), np.array(indices, dtype=np.int64), np.array(counts, dtype=np.float64)


def counts(texts: list[str], n_min: int, n_max: int, bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR (indptr, indices, counts) of the hashed n-grams of each text (compiled when built)."""
    if compiled is not None:
        indptr, indices, values = compiled.char_units(texts, n_min, n_max, bits)
        return (
            np.frombuffer(indptr, dtype=np.int64),
            np.frombuffer(indices, dtype=np.int64),
            np.frombuffer(values, dtype=np.float64),
        )
    return python_counts(texts, n_min, n_max, bits)


def weigh_rows(
    indptr: np.ndarray, indices: np.ndarray, values: np.ndarray, idf: np.ndarray, smoothing: float
) -> np.ndarray:
    """Sublinear tf-idf values of a CSR count matrix, each row divided by sqrt(sum(v^2) + smoothing)."""
    weighed = (1.0 + np.log(values)) * idf[indices]
    if not weighed.size:
        return weighed
    lengths = np.diff(indptr)
    squares = np.add.reduceat(weighed * weighed, indptr[:-1][lengths > 0]) if lengths.any() else np.zeros(0)
    norms = np.zeros(len(lengths))
    norms[lengths > 0] = squares
    norms = np.sqrt(norms + smoothing)
    return weighed / np.repeat(norms, lengths)


def unit_logits(
    texts: list[str], weights: np.ndarray, idf: np.ndarray, bias: float, smoothing: float, n_min: int, n_max: int
) -> np.ndarray:
    """The logit of each unit: bias + weights · x(unit). `weights` and `idf` have 2**bits entries."""
    if not texts:
        return np.zeros(0)
    bits = int(weights.shape[0]).bit_length() - 1
    indptr, indices, values = counts(texts, n_min, n_max, bits)
    return logits_of(indptr, indices, weigh_rows(indptr, indices, values, idf, smoothing), weights, bias)


def logits_of(
    indptr: np.ndarray, indices: np.ndarray, weighed: np.ndarray, weights: np.ndarray, bias: float
) -> np.ndarray:
    """bias + weights · row for each row of a weighed CSR matrix (the model step after the features)."""
    if compiled is not None and len(indptr) > 1 and _typed(indptr, indices, weighed, weights):
        return np.frombuffer(compiled.rows_dot(indptr, indices, weighed, weights), dtype=np.float64) + bias
    return python_logits(indptr, indices, weighed, weights, bias)


def _typed(indptr: np.ndarray, indices: np.ndarray, weighed: np.ndarray, weights: np.ndarray) -> bool:
    """The compiled dot reads raw buffers: int64 and float64, C-contiguous (what `counts` and the artifact give)."""
    return (
        indptr.dtype == indices.dtype == np.int64
        and weighed.dtype == weights.dtype == np.float64
        and all(a.flags.c_contiguous for a in (indptr, indices, weighed, weights))
    )


def python_logits(
    indptr: np.ndarray, indices: np.ndarray, weighed: np.ndarray, weights: np.ndarray, bias: float
) -> np.ndarray:
    """`logits_of` with numpy: the reference for the compiled `rows_dot`."""
    products = weights[indices] * weighed
    lengths = np.diff(indptr)
    out = np.full(len(lengths), bias)
    nonempty = lengths > 0
    if nonempty.any():
        out[nonempty] += np.add.reduceat(products, indptr[:-1][nonempty])
    return out
