"""deploy/: the dashboard's shared-store panels and the alert rules' status-code split, checked with promtool.

The review queue lives in one store that every replica shares (PostgreSQL), so every replica reports the
same store-wide gauge. The dashboard must show that value once, whatever the number of replicas: each
panel expression is evaluated by `promtool test rules` against two and three replicas' series.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import grpc
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
REQUIRE = os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1"
needs_promtool = pytest.mark.skipif(
    shutil.which("promtool") is None and not REQUIRE,
    reason="promtool (Debian package prometheus) is not installed (.ci/run installs it)",
)

QUEUE_DEPTH = "grooming_risk_review_queue_depth"
OLDEST_PENDING = "grooming_risk_review_oldest_pending_seconds"
SERVER_ERROR_RULE = "grooming_risk:grpc_server_error_ratio:rate5m"
CLIENT_ERROR_RULE = "grooming_risk:grpc_client_error_ratio:rate5m"


def dashboard_expr(metric: str) -> str:
    """The one dashboard query that reads `metric`."""
    dashboard = json.loads((DEPLOY / "grafana" / "grooming-risk.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"] if metric in t["expr"]]
    assert len(exprs) == 1, f"expected one dashboard query of {metric}, found {exprs}"
    return str(exprs[0])


def promtool_over_replicas(
    tmp_path: Path, expr: str, metric: str, value: float, replicas: int, expected: float
) -> subprocess.CompletedProcess[str]:
    """Run `promtool test rules`: `replicas` instances all report `value` for `metric`; `expr` must be `expected`."""
    assert shutil.which("promtool"), "promtool is required when GROOMING_RISK_REQUIRE_INTEGRATION=1"
    (tmp_path / "empty_rules.yml").write_text("groups: []\n")
    test = {
        "rule_files": ["empty_rules.yml"],
        "evaluation_interval": "30s",
        "tests": [
            {
                "interval": "1m",
                "input_series": [
                    {"series": f'{metric}{{instance="replica-{i}:8000",job="grooming-risk"}}', "values": f"{value}x10"}
                    for i in range(replicas)
                ],
                "promql_expr_test": [
                    {"expr": expr, "eval_time": "5m", "exp_samples": [{"labels": "{}", "value": expected}]}
                ],
            }
        ],
    }
    path = tmp_path / f"panel_test_{replicas}.yml"
    path.write_text(yaml.safe_dump(test, sort_keys=False))
    return subprocess.run(["promtool", "test", "rules", str(path)], capture_output=True, text=True, timeout=60)


SHARED_STORE_PANELS = [
    pytest.param(QUEUE_DEPTH, 7.0, 7.0, id="queue-depth"),
    pytest.param(OLDEST_PENDING, 5400.0, 1.5, id="oldest-pending-hours"),
]


@needs_promtool
@pytest.mark.parametrize("replicas", [1, 2, 3])
@pytest.mark.parametrize(("metric", "value", "expected"), SHARED_STORE_PANELS)
def test_shared_store_panels_show_the_true_value_for_any_number_of_replicas(
    tmp_path: Path, metric: str, value: float, expected: float, replicas: int
) -> None:
    result = promtool_over_replicas(tmp_path, dashboard_expr(metric), metric, value, replicas, expected)
    assert result.returncode == 0 and "SUCCESS" in result.stdout, result.stdout + result.stderr


@needs_promtool
def test_the_panel_check_rejects_summing_the_shared_queue_over_replicas(tmp_path: Path) -> None:
    """The check above has teeth: the old panel query, sum() over replicas, shows 3 x 7 with three replicas."""
    old = f"sum({QUEUE_DEPTH})"
    result = promtool_over_replicas(tmp_path, old, QUEUE_DEPTH, 7.0, 3, 7.0)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "FAILED" in output, output
    got = re.findall(r"got: \{\} (\S+)", output)
    assert [float(v) for v in got] == [21.0], output


def test_server_and_client_error_rules_split_the_real_grpc_codes() -> None:
    """The page rule's server codes are real gRPC code names (a typo would silently never match), and the
    client rule is exactly its complement among the non-OK codes, so no code is in both or in neither."""
    rules = yaml.safe_load((DEPLOY / "prometheus" / "rules.yml").read_text())
    exprs = {r["record"]: r["expr"] for g in rules["groups"] for r in g["rules"] if "record" in r}
    (server,) = re.findall(r'grpc_code=~"([^"]+)"', exprs[SERVER_ERROR_RULE])
    (client_excluded,) = re.findall(r'grpc_code!~"([^"]+)"', exprs[CLIENT_ERROR_RULE])
    server_codes = set(server.split("|"))
    names = {code.name for code in grpc.StatusCode}
    assert server_codes <= names, server_codes - names
    assert set(client_excluded.split("|")) == server_codes | {"OK"}
    assert {"INTERNAL", "UNAVAILABLE"} <= server_codes
    client_side = {"INVALID_ARGUMENT", "NOT_FOUND", "UNAUTHENTICATED", "PERMISSION_DENIED", "DEADLINE_EXCEEDED"}
    assert not server_codes & (client_side | {"CANCELLED", "OK"})
    alerts = {r["alert"]: r for g in rules["groups"] for r in g["rules"] if "alert" in r}
    paging = {name for name, rule in alerts.items() if rule["labels"]["severity"] == "page"}
    assert "GroomingRiskHighServerErrorRate" in paging and "GroomingRiskHighClientErrorRate" not in paging
    assert {"GroomingRiskReviewStoreWriteErrors", "GroomingRiskPolicyReloadRejected"} <= set(alerts)
    for name, rule in alerts.items():
        assert "grpc_error_ratio" not in rule["expr"] or rule["labels"]["severity"] != "page", name
