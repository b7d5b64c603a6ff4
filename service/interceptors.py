"""Server interceptor (asyncio): status mapping and standard gRPC metrics, for every method in one place.

Handlers (and the authentication layer) raise `service.errors.ServiceError`; this interceptor aborts the
call with the error's code and its client-safe message. Anything unexpected is logged by class name only
(never its message, which could quote content) and becomes INTERNAL "internal error".
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from google.protobuf.message import DecodeError
from grpc import aio

from grooming_risk.service.errors import InvalidRequest, status_for
from grooming_risk.service.metrics import Metrics

log = logging.getLogger(__name__)
Labels = tuple[str, str, str]


def split_method(full_method: str) -> tuple[str, str]:
    _, service, method = ([*full_method.split("/"), "", ""])[:3]
    return service or "unknown", method or "unknown"


class Malformed:
    """What a request that is not valid protobuf deserializes to, so the interceptor can answer it.

    gRPC would otherwise answer UNKNOWN "Unexpected <class DecodeError>" and log a traceback per call."""

    __slots__ = ()


MALFORMED = Malformed()


def tolerant(deserializer: Callable[[bytes], Any] | None) -> Callable[[bytes], Any] | None:
    """`deserializer`, answering MALFORMED instead of raising on bytes that are not its message."""
    if deserializer is None:
        return None

    def deserialize(data: bytes) -> Any:
        try:
            return deserializer(data)
        except (DecodeError, ValueError, TypeError):
            return MALFORMED

    return deserialize


def check_wellformed(request: Any, labels: Labels, index: int | None = None) -> None:
    """Raise INVALID_ARGUMENT for a request that did not parse (its bytes are never quoted or logged)."""
    if request is MALFORMED:
        where = f"stream request {index}: " if index is not None else ""
        log.warning(
            "%s/%s: %srequest bytes are not valid protobuf; answered INVALID_ARGUMENT", labels[1], labels[2], where
        )
        raise InvalidRequest(f"{where}request is not a valid protobuf message for {labels[1]}/{labels[2]}")


def rpc_type(handler: grpc.RpcMethodHandler) -> str:
    if handler.request_streaming and handler.response_streaming:
        return "bidi_stream"
    if handler.request_streaming:
        return "client_stream"
    if handler.response_streaming:
        return "server_stream"
    return "unary"


class ServiceInterceptor(aio.ServerInterceptor):
    """Maps errors to statuses and records grpc_server_* metrics (outermost interceptor)."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler | None]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        handler = await continuation(handler_call_details)
        if handler is None:
            return None
        service, method = split_method(handler_call_details.method)
        labels = (rpc_type(handler), service, method)
        deserialize = tolerant(handler.request_deserializer)
        if handler.unary_unary is not None:
            return grpc.unary_unary_rpc_method_handler(
                self._unary(handler.unary_unary, labels), deserialize, handler.response_serializer
            )
        if handler.stream_stream is not None:
            return grpc.stream_stream_rpc_method_handler(
                self._stream(handler.stream_stream, labels, streaming_in=True), deserialize, handler.response_serializer
            )
        if handler.unary_stream is not None:
            return grpc.unary_stream_rpc_method_handler(
                self._stream(handler.unary_stream, labels, streaming_in=False),
                deserialize,
                handler.response_serializer,
            )
        return handler

    def _stream(self, behavior: Callable[..., Any], labels: Labels, streaming_in: bool) -> Callable[..., Any]:
        """Streaming handlers come in two styles: async generators, and coroutines that `context.write`."""
        if inspect.isasyncgenfunction(behavior):
            return self._generator(behavior, labels, streaming_in)
        return self._unary(behavior, labels)  # e.g. grpc.health.v1 Watch: the status covers it the same way

    def _finish(self, labels: Labels, code: grpc.StatusCode, started: float) -> None:
        self.metrics.handled.labels(*labels, code.name).inc()
        self.metrics.handling.labels(*labels).observe(time.perf_counter() - started)

    async def _fail(self, error: BaseException, context: aio.ServicerContext, labels: Labels, started: float) -> None:
        code, message = status_for(error)
        if code is grpc.StatusCode.INTERNAL:
            log.error("internal error in %s/%s: %s", labels[1], labels[2], error.__class__.__name__)
        self._finish(labels, code, started)
        await context.abort(code, message)

    def _unary(
        self, behavior: Callable[[Any, aio.ServicerContext], Awaitable[Any]], labels: Labels
    ) -> Callable[[Any, aio.ServicerContext], Awaitable[Any]]:
        async def wrapped(request: Any, context: aio.ServicerContext) -> Any:
            self.metrics.started.labels(*labels).inc()
            started = time.perf_counter()
            try:
                check_wellformed(request, labels)
                response = await behavior(request, context)
            except asyncio.CancelledError:
                self._finish(labels, grpc.StatusCode.CANCELLED, started)
                raise
            except aio.AbortError:
                self._finish(labels, context.code() or grpc.StatusCode.UNKNOWN, started)
                raise
            except Exception as error:
                await self._fail(error, context, labels, started)
                raise  # unreachable: abort raises
            self._finish(labels, grpc.StatusCode.OK, started)
            return response

        return wrapped

    def _generator(
        self, behavior: Callable[[Any, aio.ServicerContext], AsyncIterator[Any]], labels: Labels, streaming_in: bool
    ) -> Callable[[Any, aio.ServicerContext], AsyncIterator[Any]]:
        async def wrapped(request_or_iterator: Any, context: aio.ServicerContext) -> AsyncIterator[Any]:
            self.metrics.started.labels(*labels).inc()
            started = time.perf_counter()
            received = self.metrics.msg_received.labels(*labels)
            sent = self.metrics.msg_sent.labels(*labels)

            async def counted(iterator: AsyncIterator[Any]) -> AsyncIterator[Any]:
                index = 0
                async for item in iterator:
                    received.inc()
                    check_wellformed(item, labels, index)
                    index += 1
                    yield item

            source = counted(request_or_iterator) if streaming_in else request_or_iterator
            try:
                if not streaming_in:
                    check_wellformed(request_or_iterator, labels)
                async for response in behavior(source, context):
                    sent.inc()
                    yield response
            except asyncio.CancelledError:
                self._finish(labels, grpc.StatusCode.CANCELLED, started)
                raise
            except aio.AbortError:
                self._finish(labels, context.code() or grpc.StatusCode.UNKNOWN, started)
                raise
            except Exception as error:
                if context.cancelled():
                    self._finish(labels, grpc.StatusCode.CANCELLED, started)
                    return
                await self._fail(error, context, labels, started)
            else:
                self._finish(labels, grpc.StatusCode.OK, started)

        return wrapped
