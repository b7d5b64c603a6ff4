"""The one mapping from errors to gRPC status codes (the errors themselves are the domain's: model.errors).

Handlers raise `model.errors` kinds; `service.interceptors` turns them into statuses here. Anything else
becomes INTERNAL with a generic message: an unexpected exception's text could quote content.
"""

from __future__ import annotations

import grpc

from grooming_risk.model.errors import (
    Conflict,
    Expired,
    InvalidRequest,
    NotFound,
    Overloaded,
    PermissionDenied,
    ServiceError,
    Unauthenticated,
    Unavailable,
)

__all__ = [
    "INTERNAL_MESSAGE",
    "Conflict",
    "Expired",
    "InvalidRequest",
    "NotFound",
    "Overloaded",
    "PermissionDenied",
    "ServiceError",
    "Unauthenticated",
    "Unavailable",
    "code_of",
    "status_for",
]

INTERNAL_MESSAGE = "internal error"


def code_of(error: ServiceError) -> grpc.StatusCode:
    """The gRPC status code a domain error stands for."""
    return grpc.StatusCode[error.status]


def status_for(error: BaseException) -> tuple[grpc.StatusCode, str]:
    """(code, client-safe message) for any exception."""
    if isinstance(error, ServiceError):
        return code_of(error), str(error)
    return grpc.StatusCode.INTERNAL, INTERNAL_MESSAGE
