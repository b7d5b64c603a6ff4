"""Run a blocking servicer (database I/O) under the asyncio server, one call per worker thread."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any


class InThreads:
    """Exposes every method of `servicer` as a coroutine that runs it in the loop's thread pool.

    The context variables of the call (the authenticated principal) are copied into the thread.
    """

    def __init__(self, servicer: object) -> None:
        self._servicer = servicer

    def __getattr__(self, name: str) -> Callable[[Any, Any], Awaitable[Any]]:
        method = getattr(self._servicer, name)

        async def call(request: Any, context: Any) -> Any:
            return await asyncio.to_thread(method, request, context)

        return call
