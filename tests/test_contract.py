"""The gRPC contract as its clients see it: called from Node (@grpc/grpc-js with @grpc/proto-loader, the
.proto files loaded at run time, as chat backends do), and checked by buf (STANDARD lint, and no breaking
change against the contract as last released: proto/released/).

Needs `npm ci --prefix tests/node` (.ci/run does it). Without Node or tests/node/node_modules these tests
skip, unless GROOMING_RISK_REQUIRE_INTEGRATION=1 (CI), where they fail.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf.json_format import MessageToDict

from benchmarks.spawn import spawn_server
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import BENIGN_LINES, GROOMING_LINES, benign_request, grooming_request, request

ROOT = Path(__file__).resolve().parent.parent
PROTO = ROOT / "proto"
NODE_DIR = ROOT / "tests" / "node"
CLIENT = NODE_DIR / "client.js"
BUF = NODE_DIR / "node_modules" / ".bin" / "buf"
BASELINE = PROTO / "released" / "groomingrisk-v1-0.1.0.binpb"  # the contract as last released (proto/buf.yaml)
REQUIRE = os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1"
NPM_REGISTRY = "https://registry.npmjs.org/"


def _require_node_packages() -> str:
    """The node binary, once tests/node's packages are installed; else skip (or fail in CI)."""
    node = shutil.which("node")
    missing = []
    if node is None:
        missing.append("node (Node.js) on PATH")
    for package in ("@grpc/grpc-js", "@grpc/proto-loader", "@bufbuild/buf"):
        if not (NODE_DIR / "node_modules" / package / "package.json").is_file():
            missing.append(f"tests/node/node_modules/{package}")
    if missing:
        message = f"missing {', '.join(missing)}: run `npm ci --prefix tests/node`"
        if REQUIRE:
            pytest.fail(f"{message} (required when GROOMING_RISK_REQUIRE_INTEGRATION=1)")
        pytest.skip(message)
    assert node is not None
    return node


def _buf(*args: str | Path) -> subprocess.CompletedProcess[str]:
    _require_node_packages()
    return subprocess.run([str(BUF), *map(str, args)], capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def node() -> str:
    return _require_node_packages()


@pytest.fixture
def server_port() -> Iterator[int]:
    served = spawn_server(None, capture_stderr=True)
    try:
        yield served.port
    finally:
        served.stop()


def _python_requests() -> dict[str, Any]:
    """The requests tests/node/client.js sends, built by the Python helpers."""
    return {
        "grooming": grooming_request("node-grooming"),
        "benign": benign_request("node-benign"),
        "stream": [
            grooming_request("node-stream-1"),
            benign_request("node-stream-2"),
            request(GROOMING_LINES, "node-stream-3"),
        ],
    }


def _as_dict(response: pb.ScoreConversationResponse) -> dict[str, Any]:
    """A response in the shape proto-loader gives Node (field names kept, enums as names, defaults present)."""
    shape: dict[str, Any] = MessageToDict(
        response, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )
    return shape


def _comparable(response: dict[str, Any]) -> dict[str, Any]:
    """Everything but the case id, which each server draws at random."""
    return {k: v for k, v in response.items() if k != "review_case_id"} | {"routed": bool(response["review_case_id"])}


def test_node_client_scores_unary_and_streaming(node: str, server_port: int) -> None:
    result = subprocess.run(
        [node, str(CLIENT), f"127.0.0.1:{server_port}"], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)

    grooming, benign, stream = out["unary"]["grooming"], out["unary"]["benign"], out["stream"]
    assert grooming["conversation_id"] == "node-grooming"
    assert grooming["decision"] == "DECISION_ROUTED_TO_REVIEW"
    assert re.fullmatch(r"[0-9a-f]{32}", grooming["review_case_id"])
    assert grooming["discard_reason"] == "DISCARD_REASON_UNSPECIFIED"
    assert grooming["risk_score"] >= grooming["threshold"] > 0
    assert {"AGE_GAP", "SECRECY", "MEETING_PROPOSAL"} <= set(grooming["indicators"])
    assert grooming["messages_scored"] == len(GROOMING_LINES)
    assert benign["conversation_id"] == "node-benign"
    assert benign["decision"] == "DECISION_DISCARDED"
    assert benign["review_case_id"] == ""
    assert benign["discard_reason"] == "DISCARD_REASON_BELOW_THRESHOLD"
    assert benign["risk_score"] < benign["threshold"]
    assert benign["messages_scored"] == len(BENIGN_LINES)
    # one response per request, in order
    assert [r["conversation_id"] for r in stream] == ["node-stream-1", "node-stream-2", "node-stream-3"]
    assert [r["decision"] for r in stream[:2]] == ["DECISION_ROUTED_TO_REVIEW", "DECISION_DISCARDED"]

    # What Node put on the wire is exactly what the Python helpers build ...
    expected = _python_requests()
    sent = out["requests"]
    assert pb.ScoreConversationRequest.FromString(base64.b64decode(sent["grooming"])) == expected["grooming"]
    assert pb.ScoreConversationRequest.FromString(base64.b64decode(sent["benign"])) == expected["benign"]
    assert [pb.ScoreConversationRequest.FromString(base64.b64decode(s)) for s in sent["stream"]] == expected["stream"]

    with grpc.insecure_channel(f"127.0.0.1:{server_port}") as channel:
        # ... and the conversations Node routed are waiting for review.
        pending = rpb_grpc.ReviewServiceStub(channel).ListCases(rpb.ListCasesRequest(page_size=200), timeout=30)
        case_ids = {case.case_id for case in pending.cases}
        assert grooming["review_case_id"] in case_ids and stream[0]["review_case_id"] in case_ids

    # The Python stub, sending the same requests in the same order, gets the same answers. It uses a server of
    # its own: the service keeps per-participant behaviour across conversations, so a replay on the first
    # server would be scored with what Node's calls left behind.
    replay = spawn_server(None, capture_stderr=True)
    try:
        with grpc.insecure_channel(f"127.0.0.1:{replay.port}") as channel:
            stub = pb_grpc.RiskScoringServiceStub(channel)
            python_grooming = stub.ScoreConversation(expected["grooming"], timeout=30)
            python_benign = stub.ScoreConversation(expected["benign"], timeout=30)
            python_stream = list(stub.ScoreConversations(iter(expected["stream"]), timeout=30))
    finally:
        replay.stop()
    assert _comparable(_as_dict(python_grooming)) == _comparable(grooming)
    assert _comparable(_as_dict(python_benign)) == _comparable(benign)
    assert [_comparable(_as_dict(r)) for r in python_stream] == [_comparable(r) for r in stream]
    assert python_grooming.risk_score == grooming["risk_score"]  # the same double, bit for bit, through JSON


def test_buf_lint_passes_with_the_documented_exceptions() -> None:
    result = _buf("lint", PROTO)
    assert result.returncode == 0, f"buf lint proto:\n{result.stdout}{result.stderr}"


def test_no_breaking_change_against_the_released_contract() -> None:
    assert BASELINE.is_file(), f"{BASELINE} missing (see proto/buf.yaml: refreshing the released baseline)"
    result = _buf("breaking", PROTO, "--against", BASELINE)
    assert result.returncode == 0, f"buf breaking against {BASELINE.name}:\n{result.stdout}{result.stderr}"


def test_breaking_check_catches_a_renumbered_field(tmp_path: Path) -> None:
    """The baseline check is not vacuous: moving risk_score to another field number is reported."""
    _require_node_packages()
    copy = tmp_path / "proto"
    shutil.copytree(PROTO, copy, ignore=shutil.ignore_patterns("released", "__pycache__", "*.py", "*.pyi"))
    scoring = copy / "groomingrisk" / "v1" / "risk_scoring.proto"
    text = scoring.read_text()
    assert "double risk_score = 2;" in text
    scoring.write_text(text.replace("double risk_score = 2;", "double risk_score = 12;"))
    result = _buf("breaking", copy, "--against", BASELINE)
    assert result.returncode != 0
    assert 'field "2" with name "risk_score"' in result.stdout


def test_node_packages_are_pinned_and_locked_to_the_npm_registry() -> None:
    package = json.loads((NODE_DIR / "package.json").read_text())
    pins = package["devDependencies"]
    assert set(pins) == {"@bufbuild/buf", "@grpc/grpc-js", "@grpc/proto-loader", "axe-core"}  # axe: test_console
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", version) for version in pins.values()), pins
    lock = json.loads((NODE_DIR / "package-lock.json").read_text())
    assert lock["packages"][""]["devDependencies"] == pins
    packages = {path: entry for path, entry in lock["packages"].items() if path}
    assert packages, "package-lock.json lists no packages"
    for path, entry in packages.items():
        assert entry.get("integrity", "").startswith("sha512-"), path
        assert entry.get("resolved", NPM_REGISTRY).startswith(NPM_REGISTRY), (path, entry.get("resolved"))
