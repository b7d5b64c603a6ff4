"""The optional compiled n-gram path (`model/_ngrams.c`) against its pure-Python reference.

The compiled counter must give exactly the Python counts (the same keys in the same order), and the compiled
weighing and dot product the numpy results up to summation order. It reads conversation text, so it is also
fed hostile input: wrong types, odd Unicode, huge and empty messages. Without a C compiler the package
installs without it; CI builds it, so there the tests must run, not skip.
"""

from __future__ import annotations

import os
from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grooming_risk.model import text_vectors as tv
from grooming_risk.model.convert import to_conversation
from grooming_risk.model.scorer import Model
from helpers import benign_request, grooming_request

if tv.compiled is None:
    if os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1":
        pytest.fail("model._ngrams was not built (setup.py needs a C compiler and the Python headers)")
    pytest.skip("model._ngrams was not built: the pure-Python path is in use", allow_module_level=True)

VOCABULARY = ["asl", "secret", "dont tell", "dont", "tell", "you", "you are", "are", "é", "é ü", "🙂", "a b"]
WORDS = ["asl", "secret", "dont", "tell", "you", "are", "é", "ü", "🙂", "a", "b", "x", "", "\x00", "ａ", "\ud800x"]

messages_strategy = st.lists(st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=12), max_size=8)


@pytest.fixture(scope="module")
def ids() -> tv.GramIds:
    return tv.GramIds({g: i for i, g in enumerate(VOCABULARY)})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages=messages_strategy)
def test_compiled_counts_are_the_python_counts_in_the_same_order(ids: tv.GramIds, messages: list[list[str]]) -> None:
    compiled = ids.counts(messages)
    python = ids.python_counts(messages)
    assert list(compiled.items()) == list(python.items())  # same ids, counts and order: identical vectors


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages=messages_strategy, take=st.lists(st.integers(0, 7), max_size=4))
def test_compiled_parts_are_the_python_parts(ids: tv.GramIds, messages: list[list[str]], take: list[int]) -> None:
    """The attribution of a sender's score to some of its messages: the same floats, bit for bit."""
    counts = ids.python_counts(messages)
    rng = np.random.default_rng(len(messages))
    vector = tv.weigh(counts, rng.uniform(0.5, 9.0, len(VOCABULARY)), 2.0)
    weights = rng.normal(size=len(VOCABULARY))
    some = [messages[k] for k in take if k < len(messages)]
    assert ids.parts(some, vector, weights, counts) == ids.python_parts(some, vector, weights, counts)


def test_parts_refuse_inconsistent_input(ids: tv.GramIds) -> None:
    counts = ids.counts([["asl", "secret"]])
    index, values = tv.weigh(counts, np.ones(len(VOCABULARY)), 1.0)
    weights = np.ones(len(VOCABULARY))
    table = ids._table
    assert table is not None
    with pytest.raises(ValueError):
        table.parts([["asl"]], index, values, weights[:-1], counts)  # weights of another vocabulary
    with pytest.raises(ValueError):
        table.parts([["asl"]], index, values[:1], weights, counts)
    with pytest.raises(ValueError):
        table.parts([["asl"]], index, values, weights, {0: 1})  # the vector holds an id the counts do not
    with pytest.raises(ValueError):
        table.parts([["asl"]], index, values, weights, {0: 1, 1: 0, 3: 2})
    with pytest.raises(TypeError):
        table.parts([("asl",)], index, values, weights, counts)
    with pytest.raises(TypeError):
        table.parts([["asl"]], index, values, weights, [(0, 1)])
    with pytest.raises(TypeError):
        table.parts([["asl"]], index, values, weights, {0: 1.0, 1: 1})
    assert table.parts([["asl"], [], ["secret", "x"]], index, values, weights, counts) == pytest.approx(
        [values[0], 0.0, values[1]]
    )  # scratch reset after every failure


def test_bigrams_never_cross_messages(ids: tv.GramIds) -> None:
    v = {g: i for i, g in enumerate(VOCABULARY)}
    assert ids.counts([["dont"], ["tell"]]) == {v["dont"]: 1, v["tell"]: 1}
    assert ids.counts([["dont", "tell", "dont", "tell"]]) == {v["dont"]: 2, v["tell"]: 2, v["dont tell"]: 2}
    assert ids.counts([]) == {} and ids.counts([[], []]) == {}


@settings(max_examples=300, deadline=None)
@given(
    counts=st.dictionaries(st.integers(0, 99), st.integers(1, 10_000), max_size=60),
    smoothing=st.floats(0.0, 1e3),
)
def test_compiled_weigh_and_dot_match_numpy(counts: dict[int, int], smoothing: float) -> None:
    rng = np.random.default_rng(len(counts))
    idf, weights = rng.uniform(0.5, 9.0, 100), rng.normal(size=100)
    index, values = tv.weigh(counts, idf, smoothing)
    ref_index, ref_values = tv.numpy_weigh(counts, idf, smoothing) if counts else (tv.EMPTY_INDEX, tv.EMPTY_VALUE)
    assert index.tolist() == ref_index.tolist()
    np.testing.assert_allclose(values, ref_values, rtol=1e-13, atol=1e-15)
    reference_dot = float(np.dot(weights[ref_index], ref_values)) if counts else 0.0
    # Summation order differs: near-cancelling sums can differ by ~1e-15 absolutely, however small the result.
    assert tv.dot(weights, (index, values)) == pytest.approx(reference_dot, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(
    "messages",
    [("asl",), [("asl",)], ["asl"], [["asl", 3]], [[b"asl"]], [None], [[None]], {"a": ["asl"]}, [["asl"], "tell"]],
)
def test_wrong_types_raise_type_error_and_leave_the_counter_usable(ids: tv.GramIds, messages: object) -> None:
    with pytest.raises(TypeError):
        ids.counts(messages)  # type: ignore[arg-type]
    assert ids.counts([["asl", "asl"]]) == {0: 2}  # scratch state was reset by the failure


class Word(str):
    """A str subclass could run Python code on comparison; the counter accepts exact str only."""


def test_str_subclasses_are_refused(ids: tv.GramIds) -> None:
    with pytest.raises(TypeError):
        ids.counts([[Word("asl")]])


def test_weigh_and_dot_refuse_bad_arrays_and_ids() -> None:
    c = tv.compiled
    idf = np.ones(10)
    with pytest.raises(ValueError):
        c.weigh({10: 1}, idf, 1.0)  # id outside the vocabulary
    with pytest.raises(ValueError):
        c.weigh({-1: 1}, idf, 1.0)
    with pytest.raises(ValueError):
        c.weigh({1: 0}, idf, 1.0)  # a count must be positive
    with pytest.raises(TypeError):
        c.weigh({1: 1}, idf.astype(np.float32), 1.0)
    with pytest.raises(TypeError):
        c.weigh({1: 1}, np.ones((2, 5)), 1.0)
    with pytest.raises(TypeError):
        c.weigh({"x": 1}, idf, 1.0)

    class Index:
        """An int look-alike: converting it would run Python code inside the C loop."""

        def __index__(self) -> int:
            raise AssertionError("called")

    with pytest.raises(TypeError):
        c.weigh({1: Index()}, idf, 1.0)
    index, values = np.array([0, 9], dtype=np.intp), np.ones(2)
    assert c.dot(idf, index, values) == 2.0
    with pytest.raises(ValueError):
        c.dot(idf, np.array([0, 10], dtype=np.intp), values)
    with pytest.raises(ValueError):
        c.dot(idf, index, np.ones(3))
    with pytest.raises(TypeError):
        c.dot(idf, index.astype(np.int32), values)
    with pytest.raises(ValueError):  # numpy refuses a contiguous view of a strided array
        c.dot(idf[::2], np.array([0], dtype=np.intp), np.ones(1))


def test_table_refuses_a_broken_vocabulary() -> None:
    table = tv.compiled.GramTable
    with pytest.raises(ValueError):
        table({"a": 5}, {}, 3)
    with pytest.raises(TypeError):
        table({"a": 0}, {("a",): 1}, 3)
    with pytest.raises(TypeError):
        table({1: 0}, {}, 3)
    with pytest.raises(RuntimeError):
        table.__new__(table).counts([["a"]])  # never initialised


def test_long_and_many_messages(ids: tv.GramIds) -> None:
    """Sizes far beyond the scratch buffer's first allocation (and beyond what it keeps between calls)."""
    messages = [["dont", "tell"] * 5000] * 20 + [[]] * 1000
    for _ in range(2):  # the second call allocates again after the first freed the large buffer
        assert list(ids.counts(messages).items()) == list(ids.python_counts(messages).items())
    assert ids.counts([["you", "are"]]) == {5: 1, 7: 1, 6: 1}


def test_scores_are_the_same_without_the_compiled_path(shipped_model: Model, monkeypatch: pytest.MonkeyPatch) -> None:
    """An install without a compiler serves the same scores, indicators and suspects."""
    requests = [grooming_request(), benign_request()]
    compiled = [shipped_model.score(to_conversation(r)) for r in requests]
    monkeypatch.setattr(tv, "compiled", None)
    python_model = Model(**{**shipped_model.__dict__, "gram_ids": tv.GramIds(shipped_model.vocabulary)})
    assert python_model.gram_ids._table is None
    for request, fast in zip(requests, compiled, strict=True):
        slow = python_model.score(to_conversation(request))
        assert slow.risk_score == pytest.approx(fast.risk_score, rel=1e-12)
        assert (slow.indicators, slow.suspect_participant, slow.evidence) == (
            fast.indicators,
            fast.suspect_participant,
            fast.evidence,
        )


def test_counter_input_of_training_is_accepted() -> None:
    """Training weighs Counters (a dict subclass) built from n-gram strings."""
    index, values = tv.weigh(Counter({3: 2, 1: 1}), np.ones(5), 0.0)
    assert index.tolist() == [3, 1] and values[0] > values[1]
