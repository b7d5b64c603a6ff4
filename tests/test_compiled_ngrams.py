"""The optional compiled n-gram counter (`model/_ngrams.c`) against its pure-Python reference.

The compiled counter must give exactly the Python counts (same buckets, same order, same counts), so the
scores are the same with or without it. It reads conversation text, so it is also fed hostile input: wrong
types, odd Unicode, huge and empty messages. Without a C compiler the package installs without it; CI builds
it, so there the tests must run, not skip.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grooming_risk.model import char_units as CU
from grooming_risk.model.convert import to_conversation
from grooming_risk.model.scorer import Model
from helpers import benign_request, grooming_request

if CU.compiled is None:
    if os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1":
        pytest.fail("model._ngrams was not built (setup.py needs a C compiler and the Python headers)")
    pytest.skip("model._ngrams was not built: the pure-Python path is in use", allow_module_level=True)

WORDS = ["asl", "secret", "dont", "tell", "é", "ü", "🙂", "a", "", "\x00", "ａ", "\ud800x", " ", "\t\n", "x" * 300]
units_strategy = st.lists(
    st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=10).map(" ".join) | st.text(max_size=40),
    max_size=8,
)


def _same(a: tuple[np.ndarray, ...], b: tuple[np.ndarray, ...]) -> bool:
    return all(x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(a, b, strict=True))


@settings(max_examples=400, deadline=None)
@given(units=units_strategy, n_min=st.integers(1, 4), extra=st.integers(0, 4), bits=st.integers(4, 20))
def test_compiled_counts_are_the_python_counts(units: list[str], n_min: int, extra: int, bits: int) -> None:
    assert _same(CU.counts(units, n_min, n_min + extra, bits), CU.python_counts(units, n_min, n_min + extra, bits))


def test_a_long_word_is_cut_as_the_reference_cuts_it() -> None:
    units = ["y" * 10_000 + " ok", "z" * CU.MAX_WORD, "z" * (CU.MAX_WORD + 1)]
    got = CU.counts(units, 2, 5, 18)
    assert _same(got, CU.python_counts(units, 2, 5, 18))
    indptr, indices, _ = got
    # A word cut at MAX_WORD code points gives the same buckets as one of exactly MAX_WORD.
    assert indices[indptr[1] : indptr[2]].tolist() == indices[indptr[2] : indptr[3]].tolist()


def test_many_units_grow_every_buffer() -> None:
    units = [f"message {k} " + "abcdefgh " * 40 for k in range(3000)]
    assert _same(CU.counts(units, 2, 5, 18), CU.python_counts(units, 2, 5, 18))


@pytest.mark.parametrize(
    "args",
    [
        ("not a list", 2, 5, 18),
        (["ok", 3], 2, 5, 18),
        ([b"bytes"], 2, 5, 18),
        (["ok"], 0, 5, 18),
        (["ok"], 3, 2, 18),
        (["ok"], 2, 9, 18),
        (["ok"], 2, 5, 3),
        (["ok"], 2, 5, 31),
    ],
)
def test_bad_arguments_raise_and_leave_the_counter_usable(args: tuple[object, ...]) -> None:
    with pytest.raises((TypeError, ValueError)):
        CU.compiled.char_units(*args)  # type: ignore[arg-type]
    assert _same(CU.counts(["still works"], 2, 5, 18), CU.python_counts(["still works"], 2, 5, 18))


def test_str_subclasses_are_counted_as_their_text() -> None:
    class Sneaky(str):
        def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
            raise AssertionError("the counter must read the text, not call methods")

    assert _same(CU.counts([Sneaky("hi there")], 2, 5, 18), CU.counts(["hi there"], 2, 5, 18))


def test_scores_are_the_same_without_the_compiled_path(shipped_model: Model, monkeypatch: pytest.MonkeyPatch) -> None:
    """An install without a compiler serves the same scores (up to the order of a sum), indicators and suspects."""
    conversations = [to_conversation(grooming_request()), to_conversation(benign_request())]
    fast = [shipped_model.score(c) for c in conversations]
    monkeypatch.setattr(CU, "compiled", None)
    for conversation, compiled in zip(conversations, fast, strict=True):
        slow = shipped_model.score(conversation)
        assert slow.risk_score == pytest.approx(compiled.risk_score, rel=1e-12)
        assert (slow.indicators, slow.suspect_participant, slow.evidence) == (
            compiled.indicators,
            compiled.suspect_participant,
            compiled.evidence,
        )


@settings(max_examples=300, deadline=None)
@given(units=units_strategy, bits=st.integers(4, 12), bias=st.floats(-5, 5))
def test_compiled_logits_are_the_numpy_logits(units: list[str], bits: int, bias: float) -> None:
    indptr, indices, values = CU.counts(units, 2, 5, bits)
    rng = np.random.default_rng(len(units))
    weights, idf = rng.normal(size=1 << bits), rng.uniform(1, 5, size=1 << bits)
    weighed = CU.weigh_rows(indptr, indices, values, idf, 0.0)
    got = CU.logits_of(indptr, indices, weighed, weights, bias)
    assert np.allclose(got, CU.python_logits(indptr, indices, weighed, weights, bias), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(
    ("indptr", "indices", "values", "match"),
    [
        ([0, 2], [0, 16], [1.0, 1.0], "outside the weights"),  # an index past the weights
        ([0, 1], [-1], [1.0], "outside the weights"),
        ([0, 2, 1], [0, 1], [1.0, 1.0], "CSR|non-decreasing"),  # indptr does not end at len(indices)
        ([0, 2, 1, 2], [0, 1], [1.0, 1.0], "non-decreasing"),
        ([1, 2], [0, 1], [1.0, 1.0], "CSR"),  # does not start at 0
        ([0, 2], [0, 1], [1.0], "CSR"),  # a value missing
    ],
)
def test_rows_dot_refuses_inconsistent_input(
    indptr: list[int], indices: list[int], values: list[float], match: str
) -> None:
    weights = np.ones(16)
    with pytest.raises(ValueError, match=match):
        CU.compiled.rows_dot(
            np.array(indptr, dtype=np.int64), np.array(indices, dtype=np.int64), np.array(values), weights
        )
    with pytest.raises(ValueError):
        CU.compiled.rows_dot(b"", b"", b"", weights)  # no indptr at all
