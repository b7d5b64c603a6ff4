"""Fuzz target: request parsing (protobuf wire format and JSON), validation and scoring.

Run (needs `pip install atheris`):

    python fuzz/fuzz_request.py fuzz/corpus -atheris_runs=200000

Any exception other than the documented rejections is a bug; so is a score outside [0, 1] or a decision
inconsistent with the threshold. tests/test_properties.py replays every file of fuzz/corpus (the seed
corpus plus crashers found later) as regression tests on every CI run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from google.protobuf.message import DecodeError

from grooming_risk.model.convert import request_from_json
from grooming_risk.model.policy import build_policy
from grooming_risk.model.scorer import load_model
from grooming_risk.model.validation import Limits
from grooming_risk.service.errors import ServiceError
from grooming_risk.service.scoring import ScoringCore
from groomingrisk.v1 import risk_scoring_pb2 as pb

_CORE: ScoringCore | None = None


def core() -> ScoringCore:
    global _CORE
    if _CORE is None:
        model = load_model()
        _CORE = ScoringCore(model, build_policy({}, model.default_threshold, "built-in"), Limits())
    return _CORE


def parse(data: bytes) -> pb.ScoreConversationRequest | None:
    """First byte picks the format: even = protobuf wire format, odd = JSON. None = rejected input."""
    if not data:
        return None
    body = data[1:]
    if data[0] % 2 == 0:
        request = pb.ScoreConversationRequest()
        try:
            request.ParseFromString(body)
        except (DecodeError, RuntimeError, ValueError):
            return None
        return request
    try:
        return request_from_json(body.decode("utf-8", errors="surrogatepass"))[0]
    except (ValueError, UnicodeError, RecursionError):
        return None


def test_one_input(data: bytes) -> None:
    request = parse(data)
    if request is None:
        return
    try:
        response = core().score_request(request)
    except ServiceError as error:
        assert error.status in ("INVALID_ARGUMENT", "NOT_FOUND"), error.status
        return
    assert 0.0 <= response.risk_score <= 1.0
    routed = response.decision == pb.DECISION_ROUTED_TO_REVIEW
    assert not routed or response.risk_score >= response.threshold
    assert response.risk_score >= response.threshold or response.decision == pb.DECISION_DISCARDED


def main() -> None:
    import atheris

    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
