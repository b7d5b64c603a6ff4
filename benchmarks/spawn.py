"""`grooming-risk serve` as a child process on free ports: for the benchmarks, the soak test and the tests
that need real separate server processes (replicas, workers).

The server prints one line when it is listening ("grooming-risk serving on HOST:PORT (metrics :M/metrics)");
the ports are read from it, so nothing has to guess a free port.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

SERVE = [sys.executable, "-m", "grooming_risk", "serve"]
_SERVING = re.compile(r":(\d+) \(metrics :(\d+)/metrics\)")


class ServerDidNotStart(RuntimeError):
    """The child exited, or printed something other than its serving line."""


@dataclass
class ServerProcess:
    proc: subprocess.Popen[str]
    port: int
    metrics_port: int
    data_dir: Path
    log: IO[str] | None = None  # the child's stderr, when kept
    scratch: tempfile.TemporaryDirectory[str] | None = None  # the data directory, when removed by stop()

    def log_text(self) -> str:
        """What the child has logged so far ("" when its log is discarded)."""
        if self.log is None:
            return ""
        self.log.seek(0)
        return self.log.read()

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM (a graceful drain) and the exit code; a process that already ended keeps its code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        if self.log is not None:
            self.log.close()
        if self.scratch is not None:  # its review store and keyring go with it
            self.scratch.cleanup()
        return code


def spawn_server(
    data_dir: Path | None, *args: str, capture_stderr: bool = False, env: dict[str, str] | None = None
) -> ServerProcess:
    """Start a server with `--data-dir data_dir` and free gRPC and metrics ports, plus `args`; return once it
    listens. `data_dir` None: a temporary directory that `stop()` removes. With `capture_stderr` the child's
    log goes to a temporary file (a pipe nobody reads could fill and stall the server), for a test's
    failure message; else it is discarded."""
    scratch = tempfile.TemporaryDirectory(prefix="grooming-risk-") if data_dir is None else None
    directory = Path(scratch.name) if scratch is not None else data_dir
    log = tempfile.TemporaryFile(mode="w+") if capture_stderr else None  # noqa: SIM115 - closed by stop()
    proc = subprocess.Popen(
        [*SERVE, "--port", "0", "--metrics-port", "0", "--data-dir", str(directory), *args],
        stdout=subprocess.PIPE,
        stderr=log if log is not None else subprocess.DEVNULL,
        text=True,
        env={**os.environ, **(env or {})},
    )
    served = ServerProcess(proc, 0, 0, directory, log, scratch)
    line = proc.stdout.readline() if proc.stdout is not None else ""
    match = _SERVING.search(line)
    if match is None:
        proc.kill()
        proc.wait()
        detail = served.log_text()
        served.stop()
        raise ServerDidNotStart(f"no serving line from the server: {line!r} {detail}".strip())
    served.port, served.metrics_port = int(match.group(1)), int(match.group(2))
    return served
