"""Who is calling: the principal an authentication interceptor established for the current RPC.

Handlers ask `caller_identity` instead of trusting ids in requests when tokens are configured.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

import grpc


@dataclass(frozen=True)
class Principal:
    name: str  # the token's name in the token file (never the token itself)
    role: str  # scorer | reviewer | admin


_current: ContextVar[Principal | None] = ContextVar("grooming_risk_principal", default=None)


def set_principal(principal: Principal | None) -> object:
    return _current.set(principal)


def reset_principal(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]


def caller_identity(context: grpc.ServicerContext | None = None) -> str | None:
    """The authenticated caller's name, or None when the server runs without tokens."""
    principal = _current.get()
    return principal.name if principal else None
