"""Ops: live policies (file, SIGHUP, RPC) with audit, thresholds tuning, Prometheus rules and dashboards."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import grpc
import pytest
import yaml

from benchmarks.spawn import spawn_server
from grooming_risk.model.convert import request_to_json
from grooming_risk.model.policy import build_policy
from grooming_risk.model.scorer import Model
from grooming_risk.model.validation import Limits
from grooming_risk.service.scoring import ScoringCore
from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import benign_request, grooming_request, request

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
CLI = [sys.executable, "-m", "grooming_risk"]
REQUIRE = os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1"
needs_prometheus = pytest.mark.skipif(
    shutil.which("prometheus") is None and not REQUIRE,
    reason="Debian package prometheus is not installed (.ci/run installs it)",
)

POLICY = """
[jurisdictions.strict]
min_age_gap_years = 3
[tenants.default]
threshold = 0.5
[tenants.acme]
jurisdiction = "strict"
threshold = 0.9
"""


def wait_for(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def policy_stub(server) -> ppb_grpc.PolicyServiceStub:  # type: ignore[no-untyped-def]
    return ppb_grpc.PolicyServiceStub(server.channel)


def test_policy_file_changes_apply_live_and_invalid_files_are_ignored(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "policy.toml"
    path.write_text(POLICY)
    server = start_server(policy_file=path, policy_watch_seconds=0.1)
    get = policy_stub(server).GetPolicy
    acme = get(ppb.GetPolicyRequest(tenant_id="acme"), timeout=5)
    assert acme.threshold == 0.9 and acme.min_age_gap_years == 3 and acme.jurisdiction == "strict"
    assert acme.source == "file"
    path.write_text(POLICY.replace("threshold = 0.9", "threshold = 0.7"))
    wait_for(lambda: get(ppb.GetPolicyRequest(tenant_id="acme"), timeout=5).threshold == 0.7)
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    assert score(benign_request(tenant_id="acme"), timeout=5).threshold == 0.7
    path.write_text(POLICY.replace("threshold = 0.9", "threshold = 7"))  # invalid: must not replace
    time.sleep(0.5)
    assert get(ppb.GetPolicyRequest(tenant_id="acme"), timeout=5).threshold == 0.7
    metrics = urllib.request.urlopen(server.metrics_url, timeout=5).read().decode()
    assert "grooming_risk_policy_reload_errors_total 1.0" in metrics
    assert 'grooming_risk_policy_threshold{tenant="acme"} 0.7' in metrics
    history = server.server.store.threshold_history(0, time.time() + 1)
    assert [(h[1], h[2], h[3], h[6]) for h in history if h[1] == "acme"] == [
        ("acme", None, 0.9, "file"),
        ("acme", 0.9, 0.7, "file"),
    ]


def test_update_policy_rpc_is_live_audited_and_validated(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "policy.toml"
    path.write_text(POLICY)
    server = start_server(policy_file=path)
    policies = policy_stub(server)
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    borderline = grooming_request("c", tenant_id="acme")
    result = score(borderline, timeout=5)
    assert result.decision == pb.DECISION_ROUTED_TO_REVIEW
    updated = policies.UpdatePolicy(
        ppb.UpdatePolicyRequest(tenant_id="acme", threshold=1.0, reason="too many reviews", actor="ops-anna"), timeout=5
    )
    assert updated.source == "api" and updated.min_age_gap_years == 3
    after = score(borderline, timeout=5)
    assert after.decision == pb.DECISION_DISCARDED and after.threshold == updated.threshold
    entries = [e for e in server.server.store.audit_entries() if e[2] == "policy_change"]
    detail = json.loads(entries[-1][4])
    assert entries[-1][1] == "ops-anna" and detail["old"] == 0.9 and detail["new"] == updated.threshold
    assert detail["reason"] == "too many reviews" and detail["tenant"] == "acme"
    for bad in (
        ppb.UpdatePolicyRequest(tenant_id="acme", threshold=0.5, actor="x"),  # no reason
        ppb.UpdatePolicyRequest(tenant_id="acme", threshold=2.0, actor="x", reason="r"),
        ppb.UpdatePolicyRequest(tenant_id="acme", min_age_gap_years=99, actor="x", reason="r"),
        ppb.UpdatePolicyRequest(tenant_id="acme", actor="x", reason="r"),
    ):
        with pytest.raises(grpc.RpcError) as err:
            policies.UpdatePolicy(bad, timeout=5)
        assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(grpc.RpcError) as err:
        policies.UpdatePolicy(
            ppb.UpdatePolicyRequest(tenant_id="ghost", threshold=0.5, actor="x", reason="r"), timeout=5
        )
    assert err.value.code() == grpc.StatusCode.NOT_FOUND
    reset = policies.UpdatePolicy(
        ppb.UpdatePolicyRequest(tenant_id="acme", reset_to_file=True, reason="back", actor="ops-anna"), timeout=5
    )
    assert reset.threshold == 0.9 and reset.source == "file"
    listed = policies.ListPolicies(ppb.ListPoliciesRequest(), timeout=5)
    assert [p.tenant_id for p in listed.policies] == ["default", "acme"]
    # API changes survive a restart (kept in the data directory)
    policies.UpdatePolicy(
        ppb.UpdatePolicyRequest(tenant_id="", threshold=0.42, reason="calibrated", actor="b"), timeout=5
    )
    server.server.stop(grace=0)
    again = start_server(policy_file=path, data_dir=server.data_dir)
    assert policy_stub(again).GetPolicy(ppb.GetPolicyRequest(), timeout=5).threshold == 0.42


def test_sighup_reloads_the_policy_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(POLICY)
    served = spawn_server(
        tmp_path / "d", "--policy", str(path), capture_stderr=True, env={"GROOMING_RISK_POLICY_WATCH_SECONDS": "3600"}
    )
    proc, port = served.proc, served.port
    try:
        channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        get = ppb_grpc.PolicyServiceStub(channel).GetPolicy
        path.write_text(POLICY.replace("threshold = 0.5", "threshold = 0.55"))
        time.sleep(0.3)
        assert get(ppb.GetPolicyRequest(), timeout=5).threshold == 0.5  # no watcher: unchanged until SIGHUP
        proc.send_signal(signal.SIGHUP)
        wait_for(lambda: get(ppb.GetPolicyRequest(), timeout=5).threshold == 0.55)
        channel.close()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


class SlowModel:
    """The shipped model, paused inside scoring so a policy change can happen mid-request."""

    def __init__(self, model: Model) -> None:
        self.model, self.version = model, model.version
        self.entered, self.release = threading.Event(), threading.Event()

    def score_extraction(self, extraction, rules):  # type: ignore[no-untyped-def]
        self.entered.set()
        self.release.wait(10)
        return self.model.score_extraction(extraction, rules)


def test_in_flight_requests_finish_under_the_policy_they_started_with(shipped_model: Model) -> None:
    slow = SlowModel(shipped_model)
    core = ScoringCore(slow, build_policy({}, 0.5, "built-in"), Limits())  # type: ignore[arg-type]
    results = []
    worker = threading.Thread(target=lambda: results.append(core.score_request(benign_request())))
    worker.start()
    assert slow.entered.wait(10)
    core.policies = build_policy({"tenants": {"default": {"threshold": 0.2}}}, 0.5, "built-in")
    slow.release.set()
    worker.join(10)
    assert results[0].threshold == 0.5
    assert core.score_request(benign_request()).threshold == 0.2


def _labeled_file(path: Path) -> Path:
    lines = []
    for k in range(12):
        lines.append(request_to_json(grooming_request(f"g{k}"), label=1))
        lines.append(request_to_json(benign_request(f"b{k}"), label=0))
        chat = [("a", "im 30"), ("b", "im 28"), ("a", "you are so sexy"), ("b", "come over tonight")]
        lines.append(request_to_json(request(chat, f"adults{k}", ages={"a": 30, "b": 28}), label=0))
    path.write_text("\n".join(lines) + "\n")
    return path


def test_thresholds_command_table_recommendation_and_plot(tmp_path: Path) -> None:
    labeled = _labeled_file(tmp_path / "labeled.jsonl")
    plot = tmp_path / "pr.png"
    result = subprocess.run(
        [
            *CLI,
            "thresholds",
            str(labeled),
            "--max-reviews-per-day",
            "400",
            "--daily-volume",
            "1000",
            "--plot",
            str(plot),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "threshold  routed   precision  recall" in result.stdout
    assert "recommended threshold:" in result.stdout and "<- recommended" in result.stdout
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and plot.stat().st_size > 10_000
    as_json = subprocess.run(
        [*CLI, "thresholds", str(labeled), "--target-precision", "0.9", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    data = json.loads(as_json.stdout)
    rows = {round(r["threshold"], 2): r for r in data["rows"]}
    assert data["recommended"] is not None and rows[round(data["recommended"], 2)]["precision"] >= 0.9
    assert rows[0.5]["recall"] == 1.0 and rows[0.5]["reviews_per_day"] is None


def test_thresholds_from_verdicts(start_server) -> None:  # type: ignore[no-untyped-def]
    from groomingrisk.v1 import review_pb2 as rpb
    from groomingrisk.v1 import review_pb2_grpc as rpb_grpc

    server = start_server()
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    review = rpb_grpc.ReviewServiceStub(server.channel)
    for k, verdict in enumerate([rpb.VERDICT_CONFIRMED, rpb.VERDICT_CONFIRMED, rpb.VERDICT_FALSE_POSITIVE]):
        case_id = score(grooming_request(f"c{k}"), timeout=5).review_case_id
        review.SubmitVerdict(rpb.SubmitVerdictRequest(case_id=case_id, verdict=verdict, reviewer_id="r"), timeout=5)
    server.server.stop(grace=0)
    result = subprocess.run(
        [*CLI, "thresholds", "--from-verdicts", "--data-dir", str(server.data_dir), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    data = json.loads(result.stdout)
    assert data["rows"][0]["reviewed"] == 3 and abs(data["rows"][0]["precision"] - 2 / 3) < 1e-9
    assert "Recall cannot be estimated" in data["note"]


@needs_prometheus
def test_promtool_checks_and_unit_tests_the_rules() -> None:
    check = subprocess.run(
        ["promtool", "check", "rules", str(DEPLOY / "prometheus" / "rules.yml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    unit = subprocess.run(
        ["promtool", "test", "rules", str(DEPLOY / "prometheus" / "rules_test.yml")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert unit.returncode == 0 and "SUCCESS" in unit.stdout, unit.stdout + unit.stderr


def test_dashboard_and_compose_files_are_consistent() -> None:
    dashboard = json.loads((DEPLOY / "grafana" / "grooming-risk.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    rules = yaml.safe_load((DEPLOY / "prometheus" / "rules.yml").read_text())
    recorded = {r["record"] for g in rules["groups"] for r in g["rules"] if "record" in r}
    from grooming_risk.service.metrics import Metrics

    exported = {m.name for m in Metrics().registry.collect()}
    for expr in exprs:
        names = set(re.findall(r"\b(grooming_risk[a-z0-9_:]*|grpc_server_[a-z_]+)", expr))
        assert names, expr
        for name in names:
            base = re.sub(r"_(bucket|count|sum|total)$", "", name)
            assert name in recorded or base in exported or name in exported, f"{name} in {expr!r} does not exist"
    titles = " ".join(p["title"] for p in dashboard["panels"]).lower()
    for topic in ("status code", "latency", "decisions", "score", "queue", "verdicts", "thresholds"):
        assert topic in titles
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert {"grooming-risk", "prometheus", "grafana"} <= set(compose["services"])
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (DEPLOY / source).exists(), source


def test_scale_compose_files_fit_together(tmp_path: Path) -> None:
    """deploy/compose.scale.yaml cannot run here (no Docker daemon in CI); check what can be checked: every
    mounted file exists, Envoy and Prometheus point at the replicas' service name and ports, the replicas'
    environment names real settings, the commands parse, and promtool accepts the Prometheus configuration."""
    from grooming_risk.cli import build_parser
    from grooming_risk.service.settings import Settings

    compose = yaml.safe_load((DEPLOY / "compose.scale.yaml").read_text())
    services = compose["services"]
    assert {"keygen", "grooming-risk", "envoy", "postgres", "redis", "prometheus"} <= set(services)
    for service in services.values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (DEPLOY / source).exists(), source
    replica = services["grooming-risk"]
    assert set(replica["environment"]) <= {f"GROOMING_RISK_{name.upper()}" for name in Settings.model_fields}
    defaults = Settings()
    serve = build_parser().parse_args(
        ["serve", "--host", "0.0.0.0", *[a.replace("${PROCESSES_PER_REPLICA:-2}", "2") for a in replica["command"]]]
    )
    assert serve.insecure and serve.processes == 2
    keygen = build_parser().parse_args(services["keygen"]["entrypoint"][1:])
    assert str(keygen.out) == replica["environment"]["GROOMING_RISK_ENCRYPTION_KEYS_FILE"]

    envoy = yaml.safe_load((DEPLOY / "envoy" / "envoy.yaml").read_text())
    (cluster,) = envoy["static_resources"]["clusters"]
    address = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"]["socket_address"]
    assert (address["address"], address["port_value"]) == ("grooming-risk", defaults.port)
    assert "grpc_health_check" in cluster["health_checks"][0]
    listener = envoy["static_resources"]["listeners"][0]["address"]["socket_address"]["port_value"]
    assert f"{listener}:{listener}" in services["envoy"]["ports"]

    prometheus = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.scale.yml").read_text())
    (sd,) = prometheus["scrape_configs"][0]["dns_sd_configs"]
    assert sd["names"] == ["grooming-risk"] and sd["port"] == defaults.metrics_port
    if shutil.which("promtool") is None:
        return
    shutil.copy(DEPLOY / "prometheus" / "rules.yml", tmp_path / "rules.yml")
    prometheus["rule_files"] = [str(tmp_path / "rules.yml")]
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(prometheus))
    check = subprocess.run(
        ["promtool", "check", "config", str(tmp_path / "prometheus.yml")], capture_output=True, text=True, timeout=60
    )
    assert check.returncode == 0 and "SUCCESS" in check.stdout, check.stdout + check.stderr


@needs_prometheus
def test_real_prometheus_scrapes_the_error_rate(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        prom_port = s.getsockname()[1]
    rules = yaml.safe_load((DEPLOY / "prometheus" / "rules.yml").read_text())
    for group in rules["groups"]:
        group["interval"] = "1s"  # evaluate the shipped rules as often as the test scrapes
    (tmp_path / "rules.yml").write_text(yaml.safe_dump(rules))
    (tmp_path / "prometheus.yml").write_text(
        yaml.safe_dump(
            {
                "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                "rule_files": [str(tmp_path / "rules.yml")],
                "scrape_configs": [
                    {"job_name": "grooming-risk", "static_configs": [{"targets": [f"127.0.0.1:{server.metrics_port}"]}]}
                ],
            }
        )
    )
    proc = subprocess.Popen(
        [
            "prometheus",
            f"--config.file={tmp_path / 'prometheus.yml'}",
            f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{prom_port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{prom_port}"

    def query(expr: str) -> list:  # type: ignore[type-arg]
        url = f"{base}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        body = json.loads(urllib.request.urlopen(url, timeout=5).read())
        assert body["status"] == "success", body
        return body["data"]["result"]

    import urllib.parse

    try:
        wait_for(lambda: _ready(base), timeout=30)
        score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
        bad = benign_request("bad")
        bad.ClearField("conversation_id")

        def send(good: int, invalid: int) -> None:
            for _ in range(good):
                score(benign_request(), timeout=5)
            for _ in range(invalid):
                with pytest.raises(grpc.RpcError):
                    score(bad, timeout=5)

        send(1, 1)  # warm-up: both series exist before the measured window
        wait_for(lambda: len(query('grpc_server_handled_total{grpc_code="INVALID_ARGUMENT"}')) == 1, timeout=30)
        time.sleep(3.0)  # several scrapes that include the warm-up: the baseline of the window
        started = time.time()
        send(30, 10)
        time.sleep(3.5)
        window = int(time.time() - started) + 2  # reaches back to a baseline sample, not to the warm-up
        expr = (
            f'sum(rate(grpc_server_handled_total{{grpc_code!="OK"}}[{window}s])) / '
            f"sum(rate(grpc_server_handled_total[{window}s]))"
        )
        wait_for(lambda: bool(query(expr)), timeout=10)
        ratio = float(query(expr)[0]["value"][1])
        assert abs(ratio - 0.25) < 0.03, ratio
        wait_for(lambda: bool(query("grooming_risk:grpc_error_ratio:rate5m")), timeout=20)
        dashboard = json.loads((DEPLOY / "grafana" / "grooming-risk.json").read_text())
        for panel in dashboard["panels"]:
            for target in panel["targets"]:
                query(target["expr"])  # every dashboard query parses and evaluates
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _ready(base: str) -> bool:
    try:
        return urllib.request.urlopen(f"{base}/-/ready", timeout=2).status == 200
    except OSError:
        return False
