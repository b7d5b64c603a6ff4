"""`grooming-risk serve --processes N`: N server processes sharing one port, to use every core.

Python runs one thread of scoring at a time per process, so a server uses one core. With `--processes N`
this supervisor starts N complete server processes bound to the same port with SO_REUSEPORT (the kernel
spreads connections over them) and serves their aggregated Prometheus metrics on the metrics port
(prometheus_client's multiprocess mode). Workers share the review store (SQLite in WAL mode takes writes
from several processes) and the policy (file, plus API changes they read back from the store). Worker 0
is the primary: it alone runs the retention sweeper and audits policy-file reloads.

Signals: SIGTERM/SIGINT drain and stop every worker (exit 0 when they all exit 0); SIGHUP reloads every
worker's policy. A worker that dies is restarted.

One connection is served by one process: a single streaming caller uses one core. Bulk callers that need
more open several channels (or streams on separate channels).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from prometheus_client import CollectorRegistry, multiprocess, start_http_server

from grooming_risk.service.crypto import load_keyring
from grooming_risk.service.review_store import ReviewStore
from grooming_risk.service.settings import Settings
from grooming_risk.service.signals import SignalLoop

log = logging.getLogger(__name__)
RESTART_DELAY_SECONDS = 1.0


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host.strip("[]"), 0))
        return int(sock.getsockname()[1])


def _environment(settings: Settings, port: int, index: int, metrics_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    for name, value in settings.model_dump().items():
        key = f"GROOMING_RISK_{name.upper()}"
        if value is None:
            env.pop(key, None)
        else:
            env[key] = str(value).lower() if isinstance(value, bool) else str(value)
    env.update(
        {
            "GROOMING_RISK_PORT": str(port),
            "GROOMING_RISK_PROCESSES": "1",
            "GROOMING_RISK_WORKER_INDEX": str(index),
            "PROMETHEUS_MULTIPROC_DIR": metrics_dir,
        }
    )
    return env


class Supervisor:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.port = settings.port or _free_port(settings.host)
        self.metrics_dir = tempfile.mkdtemp(prefix="grooming-risk-metrics-")
        self.workers: dict[int, subprocess.Popen[str]] = {}
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    def _prepare_store(self) -> None:
        """Create the keyring and the schema once, before workers race to do it."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        keyring, _ = load_keyring(self.settings.encryption_keys_file, self.settings.data_dir)
        ReviewStore.open(self.settings.data_dir, self.settings.db_url, keyring).close()

    def _spawn(self, index: int) -> subprocess.Popen[str]:
        env = _environment(self.settings, self.port, index, self.metrics_dir)
        proc = subprocess.Popen(
            [sys.executable, "-m", "grooming_risk", "serve"], env=env, stdout=subprocess.PIPE, text=True
        )
        line = proc.stdout.readline() if proc.stdout else ""  # the worker's "serving on" line
        if "serving" not in line:
            proc.wait(timeout=30)
            # OSError: the command line shows it as one line (the worker's own error line came just before).
            raise OSError(f"server process {index} did not start (exit {proc.returncode}); its error is above")
        return proc

    def _abandon(self) -> None:
        """Stop the workers that did start, when the supervisor cannot."""
        self.stopping.set()
        self.signal_workers(signal.SIGTERM)
        for proc in self.workers.values():
            proc.wait(timeout=self.settings.grace_period_seconds + 30)
        shutil.rmtree(self.metrics_dir, ignore_errors=True)

    def start(self) -> tuple[int, int]:
        self._prepare_store()
        host = self.settings.metrics_host or self.settings.host
        try:
            for index in range(self.settings.processes):
                self.workers[index] = self._spawn(index)
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry, path=self.metrics_dir)
            try:
                self._http, _ = start_http_server(self.settings.metrics_port, addr=host, registry=registry)
            except OSError as error:
                raise OSError(
                    f"cannot serve metrics on {host}:{self.settings.metrics_port}: "
                    f"{error.strerror or error.__class__.__name__} (--metrics-port / GROOMING_RISK_METRICS_PORT)"
                ) from None
        except BaseException:
            self._abandon()
            raise
        threading.Thread(target=self._watch, name="supervise", daemon=True).start()
        return self.port, self._http.server_port

    def _watch(self) -> None:
        while not self.stopping.is_set():
            time.sleep(0.5)
            for index, proc in list(self.workers.items()):
                if proc.poll() is None or self.stopping.is_set():
                    continue
                log.error("worker %d (pid %d) exited with %s; restarting", index, proc.pid, proc.returncode)
                multiprocess.mark_process_dead(proc.pid, self.metrics_dir)
                time.sleep(RESTART_DELAY_SECONDS)
                with self._lock:
                    if not self.stopping.is_set():
                        try:
                            self.workers[index] = self._spawn(index)
                        except (RuntimeError, OSError) as error:
                            log.error("worker %d could not be restarted: %s", index, error)

    def signal_workers(self, signum: int) -> None:
        for proc in self.workers.values():
            if proc.poll() is None:
                proc.send_signal(signum)

    def stop(self) -> int:
        """Drain and stop every worker; 0 when all of them exited cleanly."""
        with self._lock:
            self.stopping.set()
            self.signal_workers(signal.SIGTERM)
        grace = self.settings.grace_period_seconds + 30
        codes = [proc.wait(timeout=grace) for proc in self.workers.values()]
        self._http.shutdown()
        self._http.server_close()
        for path in Path(self.metrics_dir).glob("*.db"):
            path.unlink()
        Path(self.metrics_dir).rmdir()
        return 0 if all(code == 0 for code in codes) else 1


def serve_supervised(settings: Settings) -> int:
    supervisor = Supervisor(settings)
    result: list[int] = []
    stopping = threading.Event()

    def on_stop() -> None:
        if not stopping.is_set():
            stopping.set()
            threading.Thread(target=shut_down, name="shutdown").start()

    def shut_down() -> None:
        result.append(supervisor.stop())
        signals.stop()

    # Signals are dispatched by the main thread from a wakeup socket (see service.signals): none is lost.
    signals = SignalLoop(
        {
            signal.SIGTERM: on_stop,
            signal.SIGINT: on_stop,
            signal.SIGHUP: lambda: supervisor.signal_workers(signal.SIGHUP),
        }
    )
    with signals:
        port, metrics_port = supervisor.start()
        print(
            f"grooming-risk serving on {settings.host}:{port} (metrics :{metrics_port}/metrics) "
            f"with {settings.processes} processes",
            flush=True,
        )
        signals.run()
    return result[0]
