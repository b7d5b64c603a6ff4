"""gRPC servicer of groomingrisk.v1.RiskScoringService: protobuf in, the scoring core, protobuf out."""

from __future__ import annotations

from collections.abc import Iterator

import grpc

from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from service.errors import ServiceError
from service.scoring import ScoringCore


def _alive(context: grpc.ServicerContext) -> bool:
    remaining = context.time_remaining()
    return context.is_active() and (remaining is None or remaining > 0)


class RiskScoringServicer(pb_grpc.RiskScoringServiceServicer):
    def __init__(self, core: ScoringCore) -> None:
        self.core = core

    def ScoreConversation(
        self, request: pb.ScoreConversationRequest, context: grpc.ServicerContext
    ) -> pb.ScoreConversationResponse:
        return self.core.score_request(request, lambda: _alive(context))

    def ScoreConversations(
        self, request_iterator: Iterator[pb.ScoreConversationRequest], context: grpc.ServicerContext
    ) -> Iterator[pb.ScoreConversationResponse]:
        """One response per request, in order. A bad request ends the stream with its index in the status."""
        for index, request in enumerate(request_iterator):
            try:
                yield self.core.score_request(request, lambda: _alive(context))
            except ServiceError as error:
                raise type(error)(f"stream request {index}: {error}") from None
