"""Server assembly (grpc.aio): model, policies, review store, servicers, interceptors, health, reflection, metrics.

`GroomingRiskServer.start` returns once the model is loaded and health reports SERVING; `stop` first turns
health to NOT_SERVING, lets in-flight calls finish within the grace period, then flushes counters and
closes the store.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Coroutine
from concurrent import futures
from dataclasses import dataclass
from typing import Any, TypeVar

from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1.health import aio as health_aio
from grpc_reflection.v1alpha import reflection
from prometheus_client import start_http_server

from grooming_risk.model import char_units
from grooming_risk.model.policy import PolicySet
from grooming_risk.model.scorer import Model, load_model
from grooming_risk.model.validation import Limits
from grooming_risk.service.api.policy import PolicyServicer, ReportInputs
from grooming_risk.service.api.review import ReviewServicer
from grooming_risk.service.api.scoring import RiskScoringServicer
from grooming_risk.service.api.threaded import InThreads
from grooming_risk.service.behaviour import open_behaviour
from grooming_risk.service.counters import CounterBuffer
from grooming_risk.service.crypto import load_keyring
from grooming_risk.service.interceptors import ServiceInterceptor
from grooming_risk.service.metrics import Metrics
from grooming_risk.service.policy_runtime import LivePolicy
from grooming_risk.service.report_facts import load_facts
from grooming_risk.service.review_store import ReviewStore
from grooming_risk.service.routing import Router
from grooming_risk.service.scoring import ScoringCore
from grooming_risk.service.scoring_pool import ScoringPool
from grooming_risk.service.security import AuthInterceptor, is_loopback, load_tokens, server_credentials
from grooming_risk.service.settings import Settings
from grooming_risk.service.store_lock import lock_for_server
from groomingrisk.v1 import (
    policy_pb2,
    policy_pb2_grpc,
    review_pb2,
    review_pb2_grpc,
    risk_scoring_pb2,
    risk_scoring_pb2_grpc,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
SCORING_SERVICE = risk_scoring_pb2.DESCRIPTOR.services_by_name["RiskScoringService"].full_name
REVIEW_SERVICE = review_pb2.DESCRIPTOR.services_by_name["ReviewService"].full_name
POLICY_SERVICE = policy_pb2.DESCRIPTOR.services_by_name["PolicyService"].full_name


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


class ConfigurationError(ValueError):
    """The settings cannot make a safe server (the message says what to change)."""


@dataclass
class Endpoints:
    port: int
    metrics_port: int


class GroomingRiskServer:
    """One server process. gRPC runs on an asyncio event loop in its own thread; the public methods are
    blocking and may be called from any thread (tests, the CLI's signal handlers, the housekeeping thread)."""

    def __init__(self, settings: Settings, model: Model | None = None) -> None:
        self.settings = settings
        self.worker = settings.worker_index is not None
        self.primary = settings.worker_index in (None, 0)  # the one process that sweeps and audits reloads
        self._tokens = load_tokens(settings.auth_tokens) if settings.auth_tokens is not None else None
        if self._tokens is None and not is_loopback(settings.host) and not settings.insecure:
            raise ConfigurationError(
                f"refusing to listen on {settings.host} without --auth-tokens: anyone on the network could score "
                "and read conversations. Give a token file, or pass --insecure to accept unauthenticated calls."
            )
        if settings.report_facts_file is not None:  # a bad facts file is said at start, not at the first report
            load_facts(settings.report_facts_file)
        self.metrics = Metrics()
        # Exported at 0 from the start, so the store-write alert sees the first error as an increase.
        self.metrics.store_errors.labels("create_case")
        if model is None:
            model = load_model(settings.model_dir) if settings.model_dir else load_model()
        self.model = model
        data_dir = settings.data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        # One server per data directory (workers of one supervisor share it); a keyring that cannot read the
        # store is refused (service.review_store). The lock is held until stop(), or dropped if this fails.
        self._store_lock = lock_for_server(data_dir, settings.db_url, worker=self.worker)
        try:
            keyring, _ = load_keyring(settings.encryption_keys_file, data_dir)
            self.store = ReviewStore.open(data_dir, settings.db_url, keyring)
        except BaseException:
            self._store_lock.release()
            raise
        self.behaviour = open_behaviour(keyring.keys[keyring.primary], settings.redis_url)
        self.policy = LivePolicy(
            settings.policy_file,
            model.default_threshold,
            self.store,
            self.metrics,
            self._policy_changed,
            audit_reloads=self.primary,
        )
        self.counters = CounterBuffer(self.store)
        self.core = ScoringCore(
            self.model,
            self.policy.current,
            Limits(settings.max_messages, settings.max_message_chars, settings.max_participants, settings.max_id_chars),
            self.metrics,
            Router(self.store),
            self.counters,
            self._store_failed,
            self.behaviour,
        )
        self.scoring_pool = (
            ScoringPool(
                model,
                settings.model_dir,
                settings.scoring_processes,
                settings.inline_max_messages,
                settings.inline_max_bytes,
            )
            if settings.scoring_processes > 0
            else None
        )
        self._store_degraded = False
        self.health = health_aio.HealthServicer()
        self._loop = asyncio.new_event_loop()
        self._loop.set_default_executor(
            futures.ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="store")
        )
        self._loop_thread = threading.Thread(target=self._loop.run_forever, name="grpc-loop", daemon=True)
        self._server: aio.Server | None = None
        self._metrics_http: Any = None  # prometheus_client's WSGIServer, once started
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._housekeeper: threading.Thread | None = None
        self._next_purge = 0.0

    def _policy_changed(self, policies: PolicySet) -> None:
        if hasattr(self, "core"):
            self.core.policies = policies  # the next request sees it; in-flight ones keep theirs

    def reload_policy(self) -> bool:
        """Re-read the policy file now (SIGHUP)."""
        return self.policy.reload("SIGHUP")

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the server's loop and wait for it (never call from the loop itself)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def _interceptors(self) -> list[aio.ServerInterceptor]:
        """Metrics and status mapping outermost (so rejected calls are counted), then authentication."""
        interceptors: list[aio.ServerInterceptor] = [ServiceInterceptor(self.metrics)]
        if self._tokens is not None:
            interceptors.append(AuthInterceptor(self._tokens))
        return interceptors

    async def _start_grpc(self) -> int:
        s = self.settings
        options = [
            ("grpc.max_receive_message_length", s.max_receive_message_bytes),
            ("grpc.max_send_message_length", s.max_receive_message_bytes),
            # Only supervised workers share the port; a lone server must fail if the port is taken.
            ("grpc.so_reuseport", 1 if self.worker else 0),
        ]
        server = aio.server(
            interceptors=self._interceptors(), options=options, maximum_concurrent_rpcs=s.max_concurrent_rpcs
        )
        risk_scoring_pb2_grpc.add_RiskScoringServiceServicer_to_server(
            RiskScoringServicer(self.core, self.scoring_pool), server
        )
        review = ReviewServicer(self.store, self.metrics, s.confirmed_retention_days)
        review_pb2_grpc.add_ReviewServiceServicer_to_server(InThreads(review), server)  # type: ignore[arg-type]
        report_inputs = ReportInputs(s.confirmed_retention_days, s.pending_review_limit_days, s.report_facts_file)
        policy_servicer = PolicyServicer(self.policy, report_inputs)
        policy_pb2_grpc.add_PolicyServiceServicer_to_server(InThreads(policy_servicer), server)  # type: ignore[arg-type]
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        names = (
            SCORING_SERVICE,
            REVIEW_SERVICE,
            POLICY_SERVICE,
            health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
            reflection.SERVICE_NAME,
        )
        reflection.enable_server_reflection(names, server)
        address = _address(s.host, s.port)
        if s.tls_cert is not None or s.tls_key is not None:
            if s.tls_cert is None or s.tls_key is None:
                raise ConfigurationError("TLS needs both --tls-cert and --tls-key")
            credentials = server_credentials(s.tls_cert, s.tls_key, s.tls_client_ca)
        elif s.tls_client_ca is not None:
            raise ConfigurationError("--tls-client-ca needs --tls-cert and --tls-key")
        else:
            credentials = None
        try:
            port = (
                server.add_secure_port(address, credentials)
                if credentials is not None
                else server.add_insecure_port(address)
            )
        except RuntimeError:  # grpcio's "Failed to bind" (older versions return 0)
            port = 0
        if port == 0:
            raise OSError(
                f"cannot listen for gRPC on {address}: the port is in use, or the address is not one of this "
                "machine's (--port / GROOMING_RISK_PORT, --host / GROOMING_RISK_HOST)"
            )
        await server.start()
        self._server = server
        return port

    def start(self) -> Endpoints:
        s = self.settings
        self._loop_thread.start()
        try:
            port = self._run(self._start_grpc())
        except BaseException:
            self.stop(grace=0)  # the loop, the store (and its lock) are released before the error is shown
            raise
        metrics_port = 0
        if not self.worker:  # workers' metrics are served, aggregated, by the supervisor
            metrics_address = _address(s.metrics_host or s.host, s.metrics_port)
            try:
                self._metrics_http, _ = start_http_server(
                    s.metrics_port, addr=s.metrics_host or s.host, registry=self.metrics.registry
                )
            except OSError as error:
                self.stop(grace=0)  # gRPC is listening already: close it, and the store, before failing
                raise OSError(
                    f"cannot serve metrics on {metrics_address}: {error.strerror or error.__class__.__name__} "
                    "(--metrics-port / GROOMING_RISK_METRICS_PORT)"
                ) from None
            metrics_port = self._metrics_http.server_port
        self.metrics.model_info.labels(self.model.version).set(1)
        if self.primary:
            self.policy.record_start()
        else:
            self.policy.publish()
        self.policy.start_watching(s.policy_watch_seconds)
        self._housekeeping_once()
        self.counters.start()
        if self.scoring_pool is not None and s.warm_scoring_processes:
            threading.Thread(target=self._warm_scoring_pool, name="warm-scoring", daemon=True).start()
        self._housekeeper = threading.Thread(target=self._housekeeping, name="housekeeping", daemon=True)
        self._housekeeper.start()
        self._serving(health_pb2.HealthCheckResponse.SERVING)
        log.info(
            "serving model %s on %s (metrics on port %d; n-gram path: %s)",
            self.model.version,
            _address(s.host, port),
            metrics_port,
            "compiled" if char_units.compiled is not None else "python, no C extension built",
        )
        return Endpoints(port, metrics_port)

    def _warm_scoring_pool(self) -> None:
        """Start the scoring processes in the background; a failure leaves them to start on first use."""
        assert self.scoring_pool is not None
        try:
            self.scoring_pool.warm()
        except Exception as error:
            log.error("scoring processes did not start: %s", error.__class__.__name__)

    async def _set_health(self, status: int) -> None:
        for name in ("", SCORING_SERVICE, REVIEW_SERVICE, POLICY_SERVICE):
            await self.health.set(name, status)

    def _serving(self, status: int) -> None:
        """Set every service's health; safe from any thread, including the loop's own (no waiting there)."""
        if threading.current_thread() is self._loop_thread:
            self._loop.create_task(self._set_health(status))
        else:
            self._run(self._set_health(status))

    def _store_failed(self) -> None:
        """Scoring cannot route: stop attracting traffic until the store takes writes again."""
        self.metrics.store_errors.labels("create_case").inc()
        if not self._store_degraded:
            self._store_degraded = True
            log.error("review store cannot take writes: health is NOT_SERVING until it recovers")
            self._serving(health_pb2.HealthCheckResponse.NOT_SERVING)

    def _check_store(self) -> None:
        if not self._store_degraded or self._stop.is_set():
            return
        try:
            self.store.check()
        except Exception:
            return
        self._store_degraded = False
        log.info("review store takes writes again: SERVING")
        self._serving(health_pb2.HealthCheckResponse.SERVING)

    def _housekeeping_once(self) -> None:
        self._check_store()
        now = time.monotonic()
        if self.primary and now >= self._next_purge:
            self._next_purge = now + self.settings.purge_interval_seconds
            erased = self.store.purge(self.settings.pending_review_limit_days)
            self.metrics.erasures.labels("retention").inc(erased["confirmed_erased"])
            self.metrics.erasures.labels("review_timeout").inc(erased["pending_expired"])
        depth, oldest = self.store.queue_stats()
        self.metrics.queue_depth.set(depth)
        self.metrics.oldest_pending.set(oldest)

    def _housekeeping(self) -> None:
        while not self._stop.wait(self.settings.housekeeping_seconds):
            try:
                self._housekeeping_once()
            except Exception as error:
                log.warning("housekeeping failed: %s", error.__class__.__name__)

    async def _stop_grpc(self, grace: float) -> None:
        await self.health.enter_graceful_shutdown()
        if self._server is not None:
            await self._server.stop(grace)

    def stop(self, grace: float | None = None) -> None:
        """Graceful stop: NOT_SERVING, drain in-flight calls, flush counters, close the store."""
        if self._stop.is_set():
            return
        self._stop.set()
        grace = self.settings.grace_period_seconds if grace is None else grace
        if self._loop_thread.is_alive():
            self._run(self._stop_grpc(grace))
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._loop_thread.join(timeout=10)
        if self.scoring_pool is not None:
            self.scoring_pool.close()
        self.policy.stop()
        self.counters.stop()
        self.behaviour.close()
        if self._metrics_http is not None:
            self._metrics_http.shutdown()
            self._metrics_http.server_close()
        self.store.close()
        self._store_lock.release()
        self._stopped.set()

    def wait(self) -> None:
        """Block until `stop` has finished."""
        self._stopped.wait()
