"""Server interceptors: status mapping and standard gRPC metrics, for every method in one place.

Handlers raise `service.errors.ServiceError`; this interceptor aborts the call with the error's code and
its client-safe message. Anything unexpected is logged by class name only (never its message, which could
quote content) and becomes INTERNAL "internal error".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc

from service.errors import status_for
from service.metrics import Metrics

log = logging.getLogger(__name__)


def _split(full_method: str) -> tuple[str, str]:
    _, service, method = ([*full_method.split("/"), "", ""])[:3]
    return service or "unknown", method or "unknown"


def _rpc_type(handler: grpc.RpcMethodHandler) -> str:
    if handler.request_streaming and handler.response_streaming:
        return "bidi_stream"
    if handler.request_streaming:
        return "client_stream"
    if handler.response_streaming:
        return "server_stream"
    return "unary"


class ServiceInterceptor(grpc.ServerInterceptor):
    """Maps errors to statuses and records grpc_server_* metrics."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def intercept_service(
        self, continuation: Callable[[Any], grpc.RpcMethodHandler | None], handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler | None:
        handler = continuation(handler_call_details)
        if handler is None:
            return None
        service, method = _split(handler_call_details.method)
        labels = (_rpc_type(handler), service, method)
        if handler.unary_unary is not None:
            return grpc.unary_unary_rpc_method_handler(
                self._unary(handler.unary_unary, labels), handler.request_deserializer, handler.response_serializer
            )
        if handler.stream_stream is not None:
            return grpc.stream_stream_rpc_method_handler(
                self._stream(handler.stream_stream, labels), handler.request_deserializer, handler.response_serializer
            )
        if handler.unary_stream is not None:
            return grpc.unary_stream_rpc_method_handler(
                self._stream(handler.unary_stream, labels), handler.request_deserializer, handler.response_serializer
            )
        return handler

    def _finish(self, labels: tuple[str, str, str], code: grpc.StatusCode, started: float) -> None:
        self.metrics.handled.labels(*labels, code.name).inc()
        self.metrics.handling.labels(*labels).observe(time.perf_counter() - started)

    def _fail(
        self, error: BaseException, context: grpc.ServicerContext, labels: tuple[str, str, str], started: float
    ) -> None:
        code, message = status_for(error)
        if code is grpc.StatusCode.INTERNAL:
            log.error("internal error in %s/%s: %s", labels[1], labels[2], error.__class__.__name__)
        self._finish(labels, code, started)
        context.abort(code, message)

    def _unary(
        self, behavior: Callable[[Any, grpc.ServicerContext], Any], labels: tuple[str, str, str]
    ) -> Callable[[Any, grpc.ServicerContext], Any]:
        def wrapped(request: Any, context: grpc.ServicerContext) -> Any:
            self.metrics.started.labels(*labels).inc()
            started = time.perf_counter()
            try:
                response = behavior(request, context)
            except Exception as error:
                if _aborted(error, context):
                    self._finish(labels, context.code() or grpc.StatusCode.UNKNOWN, started)
                    raise
                self._fail(error, context, labels, started)
                raise  # unreachable: abort raises
            self._finish(labels, grpc.StatusCode.OK, started)
            return response

        return wrapped

    def _stream(
        self, behavior: Callable[[Any, grpc.ServicerContext], Iterator[Any]], labels: tuple[str, str, str]
    ) -> Callable[[Any, grpc.ServicerContext], Iterator[Any]]:
        def wrapped(request_or_iterator: Any, context: grpc.ServicerContext) -> Iterator[Any]:
            self.metrics.started.labels(*labels).inc()
            started = time.perf_counter()
            streaming_in = labels[0] in ("bidi_stream", "client_stream")

            def counted(iterator: Iterator[Any]) -> Iterator[Any]:
                for item in iterator:
                    self.metrics.msg_received.labels(*labels).inc()
                    yield item

            source = counted(request_or_iterator) if streaming_in else request_or_iterator
            try:
                for response in behavior(source, context):
                    self.metrics.msg_sent.labels(*labels).inc()
                    yield response
            except Exception as error:
                if _aborted(error, context):
                    self._finish(labels, context.code() or grpc.StatusCode.UNKNOWN, started)
                    raise
                if not context.is_active():  # the client went away: nothing to report to it
                    self._finish(labels, grpc.StatusCode.CANCELLED, started)
                    return
                self._fail(error, context, labels, started)
            else:
                self._finish(labels, grpc.StatusCode.OK, started)

        return wrapped


def _aborted(error: BaseException, context: grpc.ServicerContext) -> bool:
    """True when the call already ended with a status (context.abort, or an error from a nested call)."""
    code = context.code()
    return isinstance(error, grpc.RpcError) or (code is not None and code != grpc.StatusCode.OK)
