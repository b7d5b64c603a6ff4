"""Property tests over the request space, the fuzz corpus replayed, and Unicode edge cases."""

from __future__ import annotations

import sys
from pathlib import Path

import grpc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grooming_risk.model.convert import request_from_json, to_conversation
from grooming_risk.model.policy import Decision, TenantPolicy, build_policy, decide
from grooming_risk.model.rules import DEFAULT_RULES
from grooming_risk.model.scorer import Model
from grooming_risk.model.validation import Limits
from grooming_risk.service.errors import InvalidRequest
from grooming_risk.service.scoring import ScoringCore
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import GROOMING_LINES, request

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))
import fuzz_request  # noqa: E402

PHRASES = [
    "how old r u",
    "are ur parents home",
    "dont tell anyone",
    "send me a pic",
    "add me on snap",
    "im 13",
    "14/f",
    "can we meet",
    "lol",
    "ok",
    "i can pick u up",
    "ur so mature",
    "asl",
    "my mom is at work",
    "the kernel panics",
    "s e c r e t",
    "pl3ase",
    "🍆💦",
    "se\u200bcret",
    "\u202edlrow",
    "Ｓｅｃｒｅｔ",
]
text = st.one_of(
    st.sampled_from(PHRASES),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=200),
    st.lists(st.sampled_from(PHRASES), max_size=6).map(" ".join),
)


@st.composite
def requests(draw: st.DrawFn) -> pb.ScoreConversationRequest:
    n = draw(st.integers(1, 4))
    req = pb.ScoreConversationRequest(
        conversation_id=draw(st.text("abc123-", min_size=1, max_size=12)), participants_are_contacts=draw(st.booleans())
    )
    for k in range(n):
        p = req.participants.add(participant_id=f"p{k}", age_verified=draw(st.booleans()))
        if draw(st.booleans()):
            p.age_years = draw(st.integers(0, 150))
        if draw(st.booleans()):
            p.account_age_days = draw(st.integers(0, 5000))
        if draw(st.booleans()):
            p.distinct_minor_contacts_24h = draw(st.integers(0, 1000))
        if draw(st.booleans()):
            p.utc_offset_minutes = draw(st.integers(-840, 840))
    base = 1_700_000_000
    for _ in range(draw(st.integers(1, 30))):
        m = req.messages.add(
            sender_id=f"p{draw(st.integers(0, n - 1))}", text=draw(text), has_media=draw(st.booleans())
        )
        m.sent_at.seconds = base + draw(st.integers(-3 * 86400, 3 * 86400))
    return req


@pytest.fixture(scope="module")
def core(shipped_model: Model) -> ScoringCore:
    return ScoringCore(shipped_model, build_policy({}, shipped_model.default_threshold, "built-in"), Limits())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(req=requests())
def test_scores_are_probabilities_deterministic_and_decisions_follow_the_threshold(core, req) -> None:  # type: ignore[no-untyped-def]
    first = core.score_request(req)
    second = core.score_request(req)
    assert 0.0 <= first.risk_score <= 1.0
    assert first == second
    if first.decision == pb.DECISION_ROUTED_TO_REVIEW:
        assert first.risk_score >= first.threshold and first.discard_reason == pb.DISCARD_REASON_UNSPECIFIED
    else:
        assert first.decision == pb.DECISION_DISCARDED and first.discard_reason != pb.DISCARD_REASON_UNSPECIFIED
    if first.risk_score < first.threshold:
        assert first.discard_reason == pb.DISCARD_REASON_BELOW_THRESHOLD
    assert 0 <= first.messages_scored <= len(req.messages)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(req=requests(), corrupt=st.sampled_from(["none", "sender", "age", "time", "id"]))
def test_a_real_server_never_answers_internal(start_server, req, corrupt) -> None:  # type: ignore[no-untyped-def]
    if not hasattr(test_a_real_server_never_answers_internal, "server"):
        test_a_real_server_never_answers_internal.server = start_server()  # type: ignore[attr-defined]
    server = test_a_real_server_never_answers_internal.server  # type: ignore[attr-defined]
    if corrupt == "sender":
        req.messages[0].sender_id = "nobody"
    elif corrupt == "age":
        req.participants[0].age_years = -5
    elif corrupt == "time":
        req.messages[0].ClearField("sent_at")
    elif corrupt == "id":
        req.conversation_id = ""
    try:
        response = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(req, timeout=10)
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, error.details()
        assert corrupt != "none"
    else:
        assert corrupt == "none" and 0.0 <= response.risk_score <= 1.0


@pytest.mark.parametrize("path", sorted((ROOT / "fuzz" / "corpus").iterdir()), ids=lambda p: p.name)
def test_fuzz_corpus_replays_cleanly(path: Path) -> None:
    fuzz_request.test_one_input(path.read_bytes())


def test_unicode_edge_cases(core: ScoringCore) -> None:
    zero_width = "d\u200bo\u200cn\u200dt t\ufeffell a\u2060nyone"
    rtl = "\u202edont tell anyone\u202c \u2066isolate\u2069"
    long_word = "a" * 100_000
    offline = ScoringCore(core.model, core.policies, Limits.unbounded())  # as `grooming-risk score` runs
    for texts in ([zero_width, "ok"], [rtl, "ok"], [long_word, "ok"], ["🍆" * 5000, "ok"]):
        req = request([("a", texts[0]), ("b", texts[1])], "u")
        assert 0.0 <= offline.score_request(req).risk_score <= 1.0
    assert "SECRECY" in core.score_request(request([("a", zero_width), ("b", "ok")], "z")).indicators
    with pytest.raises(InvalidRequest):
        core.score_request(request([("a", long_word), ("b", "ok")], "limits"))  # the server's bounds apply
    json_line = (
        '{"conversation_id":"s","participants":[{"participant_id":"a"}],'
        '"messages":[{"sender_id":"a","sent_at":"2026-01-01T00:00:00Z","text":"bad \\ud800 surrogate"}]}'
    )
    with pytest.raises(ValueError, match="not a ScoreConversationRequest"):
        request_from_json(json_line)


# --- evidence accumulates (issue 17) ----------------------------------------------------------------------------

FILLER = ["lol", "ok", "did u see the game", "haha", "brb", "nice", "what are you doing later", "so much homework"]
GROOMING_PART = (  # the issue's example: age probing, a parent check, secrecy, an image request, a meeting proposal
    ("adult", "how old are you?"),
    ("child", "13"),
    ("adult", "are your parents home?"),
    ("adult", "dont tell anyone about us, its our secret"),
    ("adult", "send me a pic of you"),
    ("adult", "can we meet saturday?"),
)


@st.composite
def padded(draw: st.DrawFn) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(the grooming part alone, the same with 0-300 ordinary messages before, after or between its messages)."""
    part = list(draw(st.sampled_from([GROOMING_PART, tuple(GROOMING_LINES)])))
    n = draw(st.integers(0, 300))
    filler = [(draw(st.sampled_from(["adult", "child"])), draw(st.sampled_from(FILLER))) for _ in range(n)]
    where = draw(st.sampled_from(["before", "after", "between"]))
    if where == "before":
        return part, filler + part
    if where == "after":
        return part, part + filler
    lines = list(part)
    for line in filler:
        lines.insert(draw(st.integers(0, len(lines))), line)
    return part, lines


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=padded())
def test_ordinary_messages_never_remove_evidence_or_indicators(shipped_model: Model, case) -> None:  # type: ignore[no-untyped-def]
    """Indicator categories and risk factors are a union over the conversation, so filler cannot dilute them.
    Open (issue 17): a bare "13" still links to "how old are you?" only within three messages or as the answerer's
    first message after it; when the child chats first, SELF_DISCLOSED_MINOR is lost (declared ages keep AGE_GAP)."""
    part, lines = case
    ages = {"adult": 34, "child": 13}
    alone = shipped_model.score(to_conversation(request(part, "alone", ages=ages)))
    padded_ = shipped_model.score(to_conversation(request(lines, "padded", ages=ages)))
    assert alone.evidence.text_categories <= padded_.evidence.text_categories
    open_ = {"SELF_DISCLOSED_MINOR"}
    assert alone.evidence.risk_factors - open_ <= padded_.evidence.risk_factors
    assert set(alone.indicators) - {"LEARNED_LANGUAGE", *open_} <= set(padded_.indicators)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=padded())
def test_ordinary_messages_never_lower_the_score_nor_undo_routing(shipped_model: Model, case) -> None:  # type: ignore[no-untyped-def]
    """The text evidence is a sum over the strongest units, and a unit's logit depends on its own words only:
    ordinary messages before, after or between the grooming ones can only add candidates. So the score never
    goes down, and a conversation whose grooming part alone is routed stays routed."""
    part, lines = case
    ages = {"adult": 34, "child": 13}
    policy = TenantPolicy("default", shipped_model.default_threshold, DEFAULT_RULES)
    alone = shipped_model.score(to_conversation(request(part, "alone", ages=ages)))
    padded_ = shipped_model.score(to_conversation(request(lines, "padded", ages=ages)))
    assert padded_.risk_score >= alone.risk_score - 1e-12
    if decide(alone.risk_score, alone.evidence, policy)[0] is Decision.ROUTED_TO_REVIEW:
        assert decide(padded_.risk_score, padded_.evidence, policy)[0] is Decision.ROUTED_TO_REVIEW


def test_the_issue_example_is_routed_alone_and_behind_100_ordinary_messages(shipped_model: Model) -> None:
    ages = {"adult": 34, "child": 13}
    policy = TenantPolicy("default", shipped_model.default_threshold, DEFAULT_RULES)
    alone = shipped_model.score(to_conversation(request(GROOMING_PART, "alone", ages=ages)))
    assert decide(alone.risk_score, alone.evidence, policy)[0] is Decision.ROUTED_TO_REVIEW
    filler = [("child" if k % 2 else "adult", FILLER[k % 3]) for k in range(100)]
    padded_ = shipped_model.score(to_conversation(request([*filler, *GROOMING_PART], "padded", ages=ages)))
    assert padded_.risk_score >= alone.risk_score
    assert decide(padded_.risk_score, padded_.evidence, policy)[0] is Decision.ROUTED_TO_REVIEW
