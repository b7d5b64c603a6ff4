"""Large conversations are scored in separate processes, so the event loop always stays responsive.

Scoring is pure CPU and grows faster than linearly with the text: a few dozen messages take well under a
millisecond, but a maximum-size request (2,000 messages, 4 MB) takes seconds. Run on the event loop, that
stalls health checks and every small call behind it; run in a thread, it still holds the GIL (a regular
expression over a participant's whole text never releases it). So requests above a small size go to a pool
of scoring processes, each with its own copy of the model (~0.4 MB), and the loop only waits for the answer.
Small requests, the common case, stay on the loop: no inter-process copy for them.

What crosses the process boundary: the request's protobuf bytes in, the validated conversation, the score
and the ids of participants with minor ages out. The 24-hour behaviour (fan-out to minors) stays in the
server process: when it adds activity the caller did not send, the pool scores the conversation again.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from grooming_risk.model.domain import Conversation
from grooming_risk.model.explain import mark_messages
from grooming_risk.model.features import extract
from grooming_risk.model.scorer import Model, ScoreResult, ScoringRules, load_model
from grooming_risk.model.validation import Limits, validate_request
from grooming_risk.service.errors import Unavailable
from groomingrisk.v1 import risk_scoring_pb2 as pb

log = logging.getLogger(__name__)
Marks = list[list[str]]  # indicator ids per message, for a reviewer (model.explain.mark_messages)
Assessment = tuple[Conversation, ScoreResult, frozenset[str], Marks | None]

_model: Model | None = None  # the worker process's model, loaded once by `_load`


def _load(model_dir: str | None, version: str) -> None:
    """Worker initializer: load the same model the server uses (its version is checked). Ctrl-C in a terminal
    reaches the whole process group: the server drains and then stops its workers, so they ignore it."""
    global _model
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    model = load_model(Path(model_dir)) if model_dir else load_model()
    if model.version != version:
        raise RuntimeError(f"scoring worker loaded model {model.version}, the server serves {version}")
    _model = model


def _worker_model() -> Model:
    assert _model is not None, "scoring worker used before its initializer ran"
    return _model


def assess(
    request_bytes: bytes, limits: Limits, rules: ScoringRules, with_minors: bool, mark_from: float
) -> Assessment:
    """In a worker: validate, extract and score one request (raises the same service errors as inline). A
    score at or above `mark_from` (the tenant's threshold) may be routed: the messages' indicator marks a
    reviewer sees are then computed here too, from this pass, instead of in the server process (for a
    large conversation that is ~a second of CPU that would hold the server's GIL)."""
    conversation = validate_request(pb.ScoreConversationRequest.FromString(request_bytes), limits)
    result = _worker_model().score_extraction(extract(conversation), rules)
    marks = mark_messages(conversation, result.analysis) if result.risk_score >= mark_from else None
    return conversation, result, result.evidence.minor_participants if with_minors else frozenset(), marks


def rescore(conversation: Conversation, rules: ScoringRules) -> ScoreResult:
    """In a worker: score a conversation again (the server added 24-hour activity to its participants)."""
    return _worker_model().score_extraction(extract(conversation), rules)


def _ready() -> bool:
    return _model is not None


class ScoringPool:
    """Processes that score the requests `takes` accepts. Started lazily, or at once with `warm()`."""

    def __init__(
        self, model: Model, model_dir: Path | None, processes: int, inline_max_messages: int, inline_max_bytes: int
    ) -> None:
        self.model_dir, self.version, self.processes = model_dir, model.version, processes
        self.inline_max_messages, self.inline_max_bytes = inline_max_messages, inline_max_bytes
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None

    def takes(self, request: pb.ScoreConversationRequest) -> bool:
        """Whether the request is too large to score on the event loop (both checks are O(1) or C-fast)."""
        return len(request.messages) > self.inline_max_messages or request.ByteSize() > self.inline_max_bytes

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                # spawn, not fork: the server process runs gRPC's threads, which a fork would copy mid-state.
                self._executor = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_load,
                    initargs=(str(self.model_dir) if self.model_dir else None, self.version),
                )
            return self._executor

    def warm(self) -> None:
        """Start every worker now (blocking): the first large request then does not pay for a start."""
        pool = self._pool()
        for future in [pool.submit(_ready) for _ in range(self.processes)]:
            future.result()

    def _broken(self, executor: ProcessPoolExecutor) -> Unavailable:
        """A worker died (killed, out of memory): start a fresh pool for the next call; this one retries."""
        with self._lock:
            if self._executor is executor:
                self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)
        log.error("a scoring worker process died; the pool is restarted")
        return Unavailable("the scoring worker stopped; retry the call")

    async def assess(
        self,
        request: pb.ScoreConversationRequest,
        limits: Limits,
        rules: ScoringRules,
        with_minors: bool,
        mark_from: float,
    ) -> Assessment:
        executor = self._pool()
        data = request.SerializeToString()
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(executor, assess, data, limits, rules, with_minors, mark_from)
        except BrokenProcessPool:
            raise self._broken(executor) from None

    async def rescore(self, conversation: Conversation, rules: ScoringRules) -> ScoreResult:
        executor = self._pool()
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, rescore, conversation, rules)
        except BrokenProcessPool:
            raise self._broken(executor) from None

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
