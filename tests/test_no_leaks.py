"""No leaks: a canary phrase and participant id through every RPC and CLI path.

The canary may only ever be stored where a routed, pending or confirmed case is kept, and there only
encrypted: it must not appear in plain text in any log line, metric, error message, output of the
offline commands, or byte of any file under the data directory.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import grpc

from grooming_risk.model.convert import request_to_json
from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import GROOMING_LINES, benign_request, grooming_request, request

CANARY = "quokkacanary5519"
CANARY_ID = "canaryuser-7731"
CLI = [sys.executable, "-m", "grooming_risk"]


def with_canary(req: pb.ScoreConversationRequest) -> pb.ScoreConversationRequest:
    """The canary in a message, and the canary id as a participant (a pseudonymous id can re-identify)."""
    first = req.participants[0].participant_id
    req.participants[0].participant_id = CANARY_ID
    for message in req.messages:
        if message.sender_id == first:
            message.sender_id = CANARY_ID
    req.messages[1].text += f" {CANARY}"
    return req


def test_canary_never_appears_in_plain_text(start_server, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    server = start_server()
    score = pb_grpc.RiskScoringServiceStub(server.channel)
    review = rpb_grpc.ReviewServiceStub(server.channel)
    outputs: list[str] = []

    discarded = score.ScoreConversation(with_canary(benign_request("d1")), timeout=10)
    assert discarded.decision == pb.DECISION_DISCARDED
    streamed = list(
        score.ScoreConversations(
            iter([with_canary(benign_request("d2")), with_canary(grooming_request("r1"))]), timeout=10
        )
    )
    assert streamed[1].decision == pb.DECISION_ROUTED_TO_REVIEW
    false_positive = score.ScoreConversation(with_canary(grooming_request("r2")), timeout=10).review_case_id
    for broken in ("sender", "time", "long"):
        bad = with_canary(benign_request("bad"))
        if broken == "sender":
            bad.messages[0].sender_id = CANARY
        elif broken == "time":
            bad.messages[0].ClearField("sent_at")
        else:
            bad.messages[0].text = CANARY * 500
        try:
            score.ScoreConversation(bad, timeout=10)
        except grpc.RpcError as error:
            outputs.append(error.details())
    case = review.GetCase(rpb.GetCaseRequest(case_id=streamed[1].review_case_id, reviewer_id="rev"), timeout=10)
    assert any(CANARY in m.message.text for m in case.messages)  # the reviewer sees it: that is the point
    review.SubmitVerdict(
        rpb.SubmitVerdictRequest(
            case_id=streamed[1].review_case_id,
            verdict=rpb.VERDICT_CONFIRMED,
            reviewer_id="rev",
            note=f"confirmed {CANARY}",
        ),
        timeout=10,
    )
    review.SubmitVerdict(
        rpb.SubmitVerdictRequest(
            case_id=false_positive, verdict=rpb.VERDICT_FALSE_POSITIVE, reviewer_id="rev", note=f"nothing {CANARY}"
        ),
        timeout=10,
    )
    try:
        review.GetCase(rpb.GetCaseRequest(case_id=false_positive, reviewer_id="rev"), timeout=10)
    except grpc.RpcError as error:
        outputs.append(error.details())
    review.RecordComplaint(
        rpb.RecordComplaintRequest(
            tenant_id="default",
            case_id=streamed[1].review_case_id,
            kind=rpb.COMPLAINT_KIND_WRONGLY_FLAGGED,
            details=f"it was not me {CANARY}",
        ),
        timeout=10,
    )
    ppb_grpc.PolicyServiceStub(server.channel).UpdatePolicy(
        ppb.UpdatePolicyRequest(threshold=0.45, reason="recalibrated", actor="ops"), timeout=10
    )
    server.server.counters.flush()
    outputs.append(urllib.request.urlopen(server.metrics_url, timeout=5).read().decode())
    server.server.stop(grace=0)

    labeled = tmp_path / "labeled.jsonl"
    lines = [request_to_json(with_canary(benign_request(f"l{k}")), label=0) for k in range(3)]
    lines.append(request_to_json(with_canary(request(GROOMING_LINES, "l-g", ages={"adult": 34, "child": 13})), label=1))
    labeled.write_text("\n".join([*lines, '{"conversation_id": "' + CANARY + '", "participants": 7}']) + "\n")
    today = datetime.now(UTC).date().isoformat()
    data = ["--data-dir", str(server.data_dir)]
    for args in (
        ["score", str(labeled), "--keep-going"],
        ["evaluate", str(labeled)],
        ["thresholds", str(labeled)],
        ["report", *data, "--from", today, "--to", today, "--format", "json"],
        ["thresholds", "--from-verdicts", *data],
        ["purge", *data],
    ):
        result = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=180)
        outputs.append(result.stdout + result.stderr)
    everything = "\n".join(outputs) + caplog.text
    files = b"".join(p.read_bytes() for p in server.data_dir.rglob("*") if p.is_file())
    assert len(files) > 10_000  # the store really is there and was searched
    for canary in (CANARY, CANARY_ID):
        assert canary not in everything
        assert canary.encode() not in files


def test_a_failed_count_after_the_response_logs_no_content(start_server, caplog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Decisions are counted on the event loop after the response is handed to gRPC: a failure there must not
    fail the call, stop the loop, or log the conversation that asyncio would describe as the callback's args."""
    caplog.set_level(logging.DEBUG)
    server = start_server()
    core = server.server.core

    def broken(evaluation: object) -> None:
        raise RuntimeError(f"count failed for {evaluation!r}")  # a message that quotes everything

    monkeypatch.setattr(core, "count", broken)
    score = pb_grpc.RiskScoringServiceStub(server.channel)
    first = score.ScoreConversation(with_canary(benign_request("c1")), timeout=10)
    second = score.ScoreConversation(with_canary(benign_request("c2")), timeout=10)  # the loop still runs
    assert first.decision == second.decision == pb.DECISION_DISCARDED
    failures = [r for r in caplog.records if "counting a decision failed" in r.getMessage()]
    assert len(failures) >= 1 and all("RuntimeError" in r.getMessage() for r in failures)
    assert CANARY not in caplog.text and CANARY_ID not in caplog.text
