"""Domain errors and the one mapping from errors to gRPC status codes.

Handlers raise these; `service.interceptors` turns them into statuses. Messages name fields and limits,
never conversation content or participant ids. Anything else becomes INTERNAL with a generic message.
"""

from __future__ import annotations

import grpc


class ServiceError(Exception):
    """Base class: `code` is the gRPC status, the message is safe to send to the client."""

    code = grpc.StatusCode.INTERNAL


class InvalidRequest(ServiceError):
    code = grpc.StatusCode.INVALID_ARGUMENT


class NotFound(ServiceError):
    code = grpc.StatusCode.NOT_FOUND


class Conflict(ServiceError):
    code = grpc.StatusCode.FAILED_PRECONDITION


class Unavailable(ServiceError):
    code = grpc.StatusCode.UNAVAILABLE


class Expired(ServiceError):
    """The caller's deadline passed (or it cancelled) before the work was done; nothing was stored."""

    code = grpc.StatusCode.DEADLINE_EXCEEDED


class Overloaded(ServiceError):
    code = grpc.StatusCode.RESOURCE_EXHAUSTED


class Unauthenticated(ServiceError):
    code = grpc.StatusCode.UNAUTHENTICATED


class PermissionDenied(ServiceError):
    code = grpc.StatusCode.PERMISSION_DENIED


INTERNAL_MESSAGE = "internal error"


def status_for(error: BaseException) -> tuple[grpc.StatusCode, str]:
    """(code, client-safe message) for any exception."""
    if isinstance(error, ServiceError):
        return error.code, str(error)
    return grpc.StatusCode.INTERNAL, INTERNAL_MESSAGE
