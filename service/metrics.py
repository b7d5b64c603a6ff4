"""Every Prometheus metric of the service, declared in one place.

The gRPC server set follows go-grpc-prometheus / py-grpc-prometheus names so that standard dashboards and
the error-rate query ``sum(rate(grpc_server_handled_total{grpc_code!="OK"}[5m])) /
sum(rate(grpc_server_handled_total[5m]))`` work unchanged. Labels never hold ids or text: tenants are
operator-configured names, and an unknown tenant id is reported as "unknown".
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

# Sub-millisecond buckets: scoring takes well under a millisecond; transport adds a few hundred µs.
LATENCY_BUCKETS = (
    0.0001,
    0.00025,
    0.0005,
    0.00075,
    0.001,
    0.0015,
    0.0025,
    0.005,
    0.0075,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
)
SCORE_BUCKETS = tuple(round(x * 0.05, 2) for x in range(1, 21))
REVIEW_LATENCY_BUCKETS = (
    60.0,
    300.0,
    900.0,
    3600.0,
    4 * 3600.0,
    12 * 3600.0,
    86400.0,
    3 * 86400.0,
    7 * 86400.0,
    30 * 86400.0,
)


class Metrics:
    """A registry of its own per server, so that tests can run several servers in one process."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        rpc = ["grpc_type", "grpc_service", "grpc_method"]
        self.started = Counter("grpc_server_started_total", "RPCs started on the server.", rpc, registry=r)
        self.handled = Counter(
            "grpc_server_handled_total",
            "RPCs completed on the server, by status code.",
            [*rpc, "grpc_code"],
            registry=r,
        )
        self.handling = Histogram(
            "grpc_server_handling_seconds",
            "Time to handle an RPC, by method.",
            rpc,
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.msg_received = Counter("grpc_server_msg_received_total", "Stream messages received.", rpc, registry=r)
        self.msg_sent = Counter("grpc_server_msg_sent_total", "Stream messages sent.", rpc, registry=r)

        self.decisions = Counter(
            "grooming_risk_decisions_total", "Scored conversations by decision.", ["tenant", "decision"], registry=r
        )
        self.safeguard_discards = Counter(
            "grooming_risk_safeguard_discards_total",
            "Conversations at or above the threshold that a safeguard discarded, by reason.",
            ["tenant", "reason"],
            registry=r,
        )
        self.risk_score = Histogram(
            "grooming_risk_risk_score", "Risk scores of scored conversations.", buckets=SCORE_BUCKETS, registry=r
        )
        self.scoring_seconds = Histogram(
            "grooming_risk_scoring_seconds",
            "Time to score one conversation in process (no transport).",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.messages_scored = Counter(
            "grooming_risk_messages_scored_total", "Messages analysed (inside the 24 h window).", ["tenant"], registry=r
        )
        # Gauges say how to combine the processes of `serve --processes N` (prometheus multiprocess mode).
        self.queue_depth = Gauge(
            "grooming_risk_review_queue_depth",
            "Routed cases waiting for a verdict.",
            registry=r,
            multiprocess_mode="livemax",
        )
        self.model_info = Gauge(
            "grooming_risk_model_info",
            "The loaded model (value 1).",
            ["version"],
            registry=r,
            multiprocess_mode="livemax",
        )
        self.verdicts = Counter(
            "grooming_risk_verdicts_total", "Reviewer verdicts.", ["tenant", "verdict", "model_version"], registry=r
        )
        self.review_latency = Histogram(
            "grooming_risk_review_latency_seconds",
            "Time from routing to verdict.",
            buckets=REVIEW_LATENCY_BUCKETS,
            registry=r,
        )
        self.policy_threshold = Gauge(
            "grooming_risk_policy_threshold",
            "Live threshold per tenant.",
            ["tenant"],
            registry=r,
            multiprocess_mode="livemostrecent",
        )
        self.policy_reload_errors = Counter(
            "grooming_risk_policy_reload_errors_total",
            "Policy files rejected on reload (the running policy stayed).",
            registry=r,
        )
        self.oldest_pending = Gauge(
            "grooming_risk_review_oldest_pending_seconds",
            "Age of the oldest case waiting for a verdict (0 when none).",
            registry=r,
            multiprocess_mode="livemax",
        )
        self.complaints = Counter("grooming_risk_complaints_total", "Complaints recorded.", ["tenant"], registry=r)
        self.erasures = Counter(
            "grooming_risk_erasures_total", "Case contents erased, by cause.", ["cause"], registry=r
        )
        self.behaviour_errors = Counter(
            "grooming_risk_behaviour_errors_total",
            "Conversations scored without shared 24-hour behaviour because its store (Redis) failed.",
            registry=r,
        )
        self.store_errors = Counter(
            "grooming_risk_review_store_errors_total", "Review store operations that failed.", ["operation"], registry=r
        )
        self.undecryptable_cases = Counter(
            "grooming_risk_undecryptable_cases_total",
            "Stored cases this server's keyring cannot decrypt (each counted once per process), by reason:"
            " key_missing or authentication_failed.",
            ["reason"],
            registry=r,
        )
