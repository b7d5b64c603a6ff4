"""gRPC servicer of groomingrisk.v1.RiskScoringService (asyncio): protobuf in, the scoring core, protobuf out.

Scoring is pure CPU: small requests are scored on the event loop (well under a millisecond), larger ones
in the scoring processes of `service.scoring_pool`, so no request holds up health checks or other calls.
Storing a routed case (a durable database write) and, with `--redis-url`, the shared behaviour lookup run in
worker threads.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable

from grpc import aio

from grooming_risk.service.errors import ServiceError
from grooming_risk.service.scoring import Evaluation, ScoringCore
from grooming_risk.service.scoring_pool import ScoringPool
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc

log = logging.getLogger(__name__)


def _count(core: ScoringCore, evaluation: Evaluation) -> None:
    """Count a decision from the event loop; never raises there (asyncio's error log would describe the
    callback's arguments, which hold the conversation), the error is logged by class name only."""
    try:
        core.count(evaluation)
    except Exception as error:
        log.error("counting a decision failed: %s", type(error).__name__)


def _alive(context: aio.ServicerContext) -> bool:
    remaining = context.time_remaining()
    return not context.cancelled() and (remaining is None or remaining > 0)


class RiskScoringServicer(pb_grpc.RiskScoringServiceServicer):
    def __init__(self, core: ScoringCore, pool: ScoringPool | None = None) -> None:
        self.core = core
        self.pool = pool

    async def _evaluate_in_pool(
        self, pool: ScoringPool, request: pb.ScoreConversationRequest, alive: Callable[[], bool]
    ) -> Evaluation:
        """`ScoringCore.evaluate` for a large request, its CPU work done in a scoring process."""
        core = self.core
        policy = core.policy_for(request, alive)
        started = time.perf_counter()
        conversation, result, minors, marks = await pool.assess(
            request, core.limits, policy.rules, core.behaviour is not None, policy.threshold
        )
        if core.behaviour is not None:
            if core.behaviour.remote:
                enriched = await asyncio.to_thread(core.with_behaviour, conversation, minors)
            else:
                enriched = core.with_behaviour(conversation, minors)
            if enriched is not None:
                conversation, result = enriched, await pool.rescore(enriched, policy.rules)
        return core.decided(conversation, policy, result, time.perf_counter() - started, request, marks)

    async def _score(
        self, request: pb.ScoreConversationRequest, context: aio.ServicerContext
    ) -> pb.ScoreConversationResponse:
        alive = lambda: _alive(context)  # noqa: E731 - evaluated at each step
        if self.pool is not None and self.pool.takes(request):
            evaluation = await self._evaluate_in_pool(self.pool, request, alive)
        elif self.core.behaviour is not None and self.core.behaviour.remote:
            evaluation = await asyncio.to_thread(self.core.evaluate, request, alive)
        else:
            evaluation = self.core.evaluate(request, alive)
        case_id = await asyncio.to_thread(self.core.route, evaluation, alive) if evaluation.routed else ""
        # Counted on the loop's next turn, right after gRPC has taken the response: the caller does not wait
        # for bookkeeping (~5 us warm, but ~35 us once the scoring has pushed the metrics out of the caches).
        asyncio.get_running_loop().call_soon(_count, self.core, evaluation)
        return self.core.response(evaluation, case_id)

    async def ScoreConversation(
        self, request: pb.ScoreConversationRequest, context: aio.ServicerContext
    ) -> pb.ScoreConversationResponse:
        return await self._score(request, context)

    async def ScoreConversations(
        self, request_iterator: AsyncIterator[pb.ScoreConversationRequest], context: aio.ServicerContext
    ) -> AsyncIterator[pb.ScoreConversationResponse]:
        """One response per request, in order. A bad request ends the stream with its index in the status.

        Requests are read one at a time: flow control keeps at most one unanswered request in memory.
        """
        index = 0
        async for request in request_iterator:
            try:
                yield await self._score(request, context)
            except ServiceError as error:
                raise type(error)(f"stream request {index}: {error}") from None
            index += 1
