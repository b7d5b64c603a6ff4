"""Domain errors: what went wrong with a request or a stored case, in words safe to show its caller.

Raised by validation, the policy rule and the service's stores and handlers; `service.errors` maps each
kind to its gRPC status (the name in `status`), the command line prints the message as one line. Messages
name fields and limits, never conversation content or participant ids. No transport is imported here, so
training and offline tools use the same errors without the server.
"""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: `status` names the gRPC status code; the message is safe to send to the client."""

    status = "INTERNAL"


class InvalidRequest(ServiceError):
    status = "INVALID_ARGUMENT"


class NotFound(ServiceError):
    status = "NOT_FOUND"


class Conflict(ServiceError):
    status = "FAILED_PRECONDITION"


class Unavailable(ServiceError):
    status = "UNAVAILABLE"


class Expired(ServiceError):
    """The caller's deadline passed (or it cancelled) before the work was done; nothing was stored."""

    status = "DEADLINE_EXCEEDED"


class Overloaded(ServiceError):
    status = "RESOURCE_EXHAUSTED"


class Unauthenticated(ServiceError):
    status = "UNAUTHENTICATED"


class PermissionDenied(ServiceError):
    status = "PERMISSION_DENIED"
