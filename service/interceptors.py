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
from grpc import aio

from service.errors import status_for
from service.metrics import Metrics

log = logging.getLogger(__name__)
Labels = tuple[str, str, str]


def split_method(full_method: str) -> tuple[str, str]:
    _, service, method = ([*full_method.split("/"), "", ""])[:3]
    return service or "unknown", method or "unknown"


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
        if handler.unary_unary is not None:
            return grpc.unary_unary_rpc_method_handler(
                self._unary(handler.unary_unary, labels), handler.request_deserializer, handler.response_serializer
            )
        if handler.stream_stream is not None:
            return grpc.stream_stream_rpc_method_handler(
                self._stream(handler.stream_stream, labels, streaming_in=True),
                handler.request_deserializer,
                handler.response_serializer,
            )
        if handler.unary_stream is not None:
            return grpc.unary_stream_rpc_method_handler(
                self._stream(handler.unary_stream, labels, streaming_in=False),
                handler.request_deserializer,
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
                async for item in iterator:
                    received.inc()
                    yield item

            source = counted(request_or_iterator) if streaming_in else request_or_iterator
            try:
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
