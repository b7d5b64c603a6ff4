"""Process signals for `grooming-risk serve`, dispatched by the main thread without ever being lost.

Python runs its signal handlers only in the main thread, and only once that thread runs bytecode again.
The kernel may deliver SIGHUP or SIGTERM to any thread (gRPC's, the event loop's, the housekeeper's); if
the main thread then sleeps in a lock wait (``threading.Event.wait``), nothing wakes it and the handler runs
only when some later signal happens to land on it: a reload or a shutdown silently waits. Here the C-level
handler writes each signal's number to a socket (``signal.set_wakeup_fd``) whichever thread it interrupts,
and the main thread blocks reading that socket, so it wakes for every signal and dispatches it itself.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable, Mapping
from types import FrameType

_STOP = 0  # written by `SignalLoop.stop`: not a signal number


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    """Installed so the default action (terminate) does not apply; the work is done by `SignalLoop.run`."""


class SignalLoop:
    """Runs `handlers[signum]()` in the main thread for every signal received, until `stop()` is called.

    Handlers run one at a time, in the order the signals arrived; they should hand long work to a thread.
    """

    def __init__(self, handlers: Mapping[int, Callable[[], None]]) -> None:
        self.handlers = dict(handlers)
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        self._previous_fd: int | None = None
        self._previous: dict[int, object] = {}

    def __enter__(self) -> SignalLoop:
        """Install the wakeup socket and the handlers (main thread only, as Python requires)."""
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in self.handlers:
            self._previous[signum] = signal.signal(signum, _ignore)
        return self

    def __exit__(self, *_exc: object) -> None:
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd if self._previous_fd is not None else -1)
        self._reader.close()
        self._writer.close()

    def stop(self) -> None:
        """Make `run` return (from any thread)."""
        # OSError: closed already, or the buffer is full of wake-ups that `run` will read anyway.
        with contextlib.suppress(OSError):
            self._writer.send(bytes([_STOP]))

    def run(self) -> None:
        """Block until `stop`, dispatching each signal as its number arrives on the socket."""
        while True:
            try:
                received = self._reader.recv(256)
            except InterruptedError:  # pragma: no cover - recv retries on EINTR since Python 3.5
                continue
            for signum in received:
                if signum == _STOP:
                    return
                handler = self.handlers.get(signum)
                if handler is not None:
                    handler()
