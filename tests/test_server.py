"""The scoring service over a real channel: decisions, status codes, health, reflection, metrics, privacy."""

from __future__ import annotations

import logging
import urllib.request
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import benign_request, grooming_request, request

CANARY_TEXT = "zebracanary4711"
CANARY_ID = "canary-participant-9931"


def stub(server) -> pb_grpc.RiskScoringServiceStub:  # type: ignore[no-untyped-def]
    return pb_grpc.RiskScoringServiceStub(server.channel)


def test_clear_grooming_is_routed_and_stored(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    response = stub(server).ScoreConversation(grooming_request(), timeout=10)
    assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
    assert response.review_case_id
    assert response.risk_score >= response.threshold
    assert response.model_version == server.server.model.version
    assert {"AGE_GAP", "PARENT_CHECK", "SECRECY"} <= set(response.indicators)
    record = server.server.store.case_summary(response.review_case_id)
    assert record.state == "PENDING" and record.tenant_id == "default"


def test_clear_benign_is_discarded_without_a_trace(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    response = stub(server).ScoreConversation(benign_request(), timeout=10)
    assert response.decision == pb.DECISION_DISCARDED
    assert response.discard_reason == pb.DISCARD_REASON_BELOW_THRESHOLD
    assert not response.review_case_id
    assert response.risk_score < response.threshold
    assert server.server.store.queue_stats()[0] == 0


def test_keywords_alone_are_not_routed(start_server) -> None:  # type: ignore[no-untyped-def]
    """A conversation full of one category between adults who state their ages is never routed."""
    server = start_server()
    lines = [
        ("a", "im 30"),
        ("b", "im 29"),
        ("a", "you are so sexy"),
        ("b", "so are you, horny now"),
        ("a", "sexy sexy sex"),
        ("b", "naked in bed"),
    ] * 3
    response = stub(server).ScoreConversation(request(lines, "adults", ages={"a": 30, "b": 29}), timeout=10)
    assert response.decision == pb.DECISION_DISCARDED


def test_verified_adults_and_peers_are_never_routed(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    client = stub(server)
    verified = grooming_request("verified", ages={"adult": 34, "child": 31})
    for p in verified.participants:
        p.age_verified = True
    assert client.ScoreConversation(verified, timeout=10).decision == pb.DECISION_DISCARDED
    peers = grooming_request("peers", ages={"adult": 14, "child": 13})
    response = client.ScoreConversation(peers, timeout=10)
    assert response.decision == pb.DECISION_DISCARDED


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda r: r.ClearField("conversation_id"), "conversation_id"),
        (lambda r: setattr(r.messages[0], "sender_id", "stranger"), "messages[0].sender_id"),
        (lambda r: setattr(r.participants[0], "age_years", -1), "participants[0].age_years"),
        (lambda r: r.messages[1].ClearField("sent_at"), "messages[1].sent_at"),
        (lambda r: setattr(r.messages[2], "text", "x" * 4001), "messages[2].text"),
        (lambda r: r.participants.add(participant_id=r.participants[0].participant_id), "duplicate"),
    ],
)
def test_validation_errors_name_the_field(start_server, mutate, field) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    req = grooming_request()
    req.messages[2].text = f"{CANARY_TEXT} " + req.messages[2].text
    mutate(req)
    with pytest.raises(grpc.RpcError) as err:
        stub(server).ScoreConversation(req, timeout=10)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in err.value.details()
    assert CANARY_TEXT not in err.value.details()


def test_too_many_messages_and_unknown_tenant(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server(max_messages=10)
    with pytest.raises(grpc.RpcError) as err:
        stub(server).ScoreConversation(grooming_request(), timeout=10)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "maximum of 10" in err.value.details()
    with pytest.raises(grpc.RpcError) as err:
        stub(server).ScoreConversation(benign_request(tenant_id="no-such-tenant"), timeout=10)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND


def test_oversized_request_is_resource_exhausted(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server(max_receive_message_bytes=64 * 1024)
    req = benign_request()
    req.messages[0].text = "a" * 100_000
    with pytest.raises(grpc.RpcError) as err:
        stub(server).ScoreConversation(req, timeout=10)
    assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


def test_only_the_last_24_hours_are_analysed(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    old = grooming_request("old-and-new")
    for message in old.messages:
        message.sent_at.seconds -= 3 * 86400
    recent = benign_request()
    for message in recent.messages:
        new = old.messages.add()
        new.CopyFrom(message)
        new.sender_id = "adult" if message.sender_id == "a" else "child"
    response = stub(server).ScoreConversation(old, timeout=10)
    assert response.messages_scored == len(recent.messages)
    assert response.decision == pb.DECISION_DISCARDED


def test_streaming_returns_one_response_per_request_in_order(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    requests = [benign_request(f"b{i}") if i % 3 else grooming_request(f"g{i}") for i in range(30)]
    responses = list(stub(server).ScoreConversations(iter(requests), timeout=30))
    assert [r.conversation_id for r in responses] == [r.conversation_id for r in requests]
    assert [r.decision == pb.DECISION_ROUTED_TO_REVIEW for r in responses] == [i % 3 == 0 for i in range(30)]


def test_stream_stops_at_a_bad_request_with_its_index(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    bad = benign_request("bad")
    bad.ClearField("conversation_id")
    call = stub(server).ScoreConversations(iter([benign_request("ok"), bad, benign_request("never")]), timeout=10)
    got = []
    with pytest.raises(grpc.RpcError) as err:
        for response in call:
            got.append(response.conversation_id)
    assert got == ["ok"]
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "stream request 1" in err.value.details()


def test_health_and_reflection(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    health = health_pb2_grpc.HealthStub(server.channel)
    for service in ("", "groomingrisk.v1.RiskScoringService"):
        status = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status
        assert status == health_pb2.HealthCheckResponse.SERVING
    reflection = reflection_pb2_grpc.ServerReflectionStub(server.channel)
    answer = next(
        reflection.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=5)
    )
    names = {s.name for s in answer.list_services_response.service}
    assert {"groomingrisk.v1.RiskScoringService", "grpc.health.v1.Health"} <= names
    server.server.stop(grace=0)
    with pytest.raises(grpc.RpcError):
        health.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)


def test_metrics_count_handled_calls_by_code(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    client = stub(server)
    client.ScoreConversation(benign_request(), timeout=10)
    client.ScoreConversation(grooming_request(), timeout=10)
    bad = benign_request()
    bad.ClearField("conversation_id")
    with pytest.raises(grpc.RpcError):
        client.ScoreConversation(bad, timeout=10)
    text = urllib.request.urlopen(server.metrics_url, timeout=5).read().decode()
    method = 'grpc_method="ScoreConversation",grpc_service="groomingrisk.v1.RiskScoringService"'
    assert f'grpc_server_handled_total{{grpc_code="OK",{method},grpc_type="unary"}} 2.0' in text
    assert f'grpc_server_handled_total{{grpc_code="INVALID_ARGUMENT",{method},grpc_type="unary"}} 1.0' in text
    assert 'grooming_risk_decisions_total{decision="ROUTED_TO_REVIEW",tenant="default"} 1.0' in text
    assert 'grooming_risk_decisions_total{decision="DISCARDED",tenant="default"} 1.0' in text
    assert "grpc_server_handling_seconds_bucket{" in text and 'le="0.00025"' in text
    assert f'grooming_risk_model_info{{version="{server.server.model.version}"}} 1.0' in text
    assert "grooming_risk_review_queue_depth 1.0" in text


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_discarded_canary_leaves_no_trace(start_server, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    server = start_server()
    lines = [
        (CANARY_ID if s == "a" else "b", f"{t} {CANARY_TEXT}")
        for s, t in [("a", "has anyone got the driver working"), ("b", "yes rebuild the module"), ("a", "thanks")]
    ]
    response = stub(server).ScoreConversation(request(lines, f"conv-{CANARY_TEXT}"), timeout=10)
    assert response.decision == pb.DECISION_DISCARDED
    bad = request(lines, "bad")
    bad.messages[0].sender_id = "nobody"
    with pytest.raises(grpc.RpcError) as err:
        stub(server).ScoreConversation(bad, timeout=10)
    server.server.counters.flush()
    metrics = urllib.request.urlopen(server.metrics_url, timeout=5).read()
    server.server.stop(grace=0)
    everything = _all_bytes(server.data_dir) + metrics + caplog.text.encode() + err.value.details().encode()
    for canary in (CANARY_TEXT, CANARY_ID):
        assert canary.encode() not in everything
    assert list(server.data_dir.iterdir())  # the store exists: the search covered real files


def test_routed_content_is_encrypted_at_rest(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    req = grooming_request(f"conv-{CANARY_TEXT}")
    req.messages[3].text = f"lol thanks {CANARY_TEXT}"
    response = stub(server).ScoreConversation(req, timeout=10)
    assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
    server.server.stop(grace=0)
    assert CANARY_TEXT.encode() not in _all_bytes(server.data_dir)
