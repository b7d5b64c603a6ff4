"""The yearly transparency report (S12), from persisted counters and case records: numbers only, no ids.

For a period: the data processed and its volume; conversations scored, routed, confirmed and found false
positive, per tenant and model version; the error ratio per technique (model version); complaints and
their outcomes; the retention policy applied and the erasures it caused; the measures used to limit
errors (safeguards, human review, threshold history); weekly volumes (a chart in the HTML form).
"""

from __future__ import annotations

import base64
import html
import io
import json
import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from grooming_risk.service.review_store import CONFIRMED, EXPIRED, FALSE_POSITIVE, PENDING, ReviewStore
from grooming_risk.service.terminal import visible

SAFEGUARDS = [
    "Every routed conversation is reviewed by a person before anything is reported (S6).",
    "A conversation is routed only with a text indicator and at least two independent elements of suspicion; "
    "keywords alone never route (S1).",
    "Conversations between verified adults, and between minors close in age, are never routed (S5).",
    "Only the last 24 hours of a conversation are analysed (S4).",
    "Thresholds are set per tenant and jurisdiction on out-of-source data and changed only with an audited reason.",
    "Reviewer verdicts feed false-positive ratios per model version; false positives are erased at once (S3, S9).",
]
DATA_PROCESSED = (
    "Text chat conversations of at most 24 hours: message texts and times, pseudonymous participant "
    "ids, and where the platform sends them, declared ages, age verification, account age, contact "
    "status and counts of minors contacted. No images or other media content."
)


def _epoch(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def _week(day: str) -> str:
    y, w, _ = date.fromisoformat(day).isocalendar()
    return f"{y}-W{w:02d}"


def build_report(
    store: ReviewStore, start: date, end: date, retention: dict[str, float], thresholds: dict[str, float] | None = None
) -> dict[str, Any]:
    """Everything the report states, for the days start..end inclusive."""
    first, last = start.isoformat(), end.isoformat()
    t0, t1 = _epoch(start), _epoch(end + timedelta(days=1))
    volume: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    weekly: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, tenant, version, name, value in store.counts(first, last):
        volume[(tenant, version)][name] += value
        weekly[_week(day)][name] += value
    cases = store.cases_between(t0, t1)
    for case in cases:
        row = volume[(case.tenant_id, case.model_version)]
        row[
            {
                CONFIRMED: "confirmed",
                FALSE_POSITIVE: "false_positive",
                PENDING: "pending_review",
                EXPIRED: "expired_unreviewed",
            }[case.state]
        ] += 1
        if case.state in (CONFIRMED, FALSE_POSITIVE):
            week = _week(datetime.fromtimestamp(case.created_at, UTC).date().isoformat())
            weekly[week]["confirmed" if case.state == CONFIRMED else "false_positive"] += 1
    by_tenant = [
        {"tenant": tenant, "model_version": version, **{k: int(v) for k, v in sorted(row.items())}}
        for (tenant, version), row in sorted(volume.items())
    ]
    techniques: dict[str, dict[str, int]] = defaultdict(lambda: {"confirmed": 0, "false_positive": 0})
    for case in cases:
        if case.state in (CONFIRMED, FALSE_POSITIVE):
            techniques[case.model_version]["confirmed" if case.state == CONFIRMED else "false_positive"] += 1
    error_ratio = [
        {
            "model_version": v,
            **c,
            "false_positive_ratio": (c["false_positive"] / (c["confirmed"] + c["false_positive"]))
            if c["confirmed"] + c["false_positive"]
            else None,
        }
        for v, c in sorted(techniques.items())
    ]
    complaints: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for complaint in store.complaints(t0, t1):
        complaints[complaint.kind][complaint.status] += 1
    totals: dict[str, int] = defaultdict(int)
    for row in volume.values():
        for k, v in row.items():
            totals[k] += v
    return {
        "period": {"from": first, "to": last},
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "data_processed": DATA_PROCESSED,
        "totals": dict(sorted(totals.items())),
        "by_tenant_and_model_version": by_tenant,
        "error_ratio_per_technique": error_ratio,
        "complaints": {kind: dict(statuses) for kind, statuses in sorted(complaints.items())},
        "retention_policy": retention,
        "erasures": {
            "false_positive": totals.get("false_positive", 0),
            "expired_unreviewed": totals.get("expired_unreviewed", 0),
            "confirmed_past_retention": sum(1 for c in cases if c.state == CONFIRMED and c.erased_at is not None),
        },
        "measures_to_limit_errors": {
            "safeguards": SAFEGUARDS,
            "current_thresholds": thresholds or {},
            "threshold_history": [
                {
                    "at": datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds"),
                    "tenant": tenant,
                    "old": old,
                    "new": new,
                    "actor": actor,
                    "reason": reason,
                    "source": source,
                }
                for at, tenant, old, new, actor, reason, source in store.threshold_history(t0, t1)
            ],
        },
        "weekly": {week: dict(values) for week, values in sorted(weekly.items())},
    }


def _cell(value: Any) -> str:
    """A table cell: free text (an admin's reason, tenant names) cannot break the table or the terminal."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    return visible(str(value)).replace("|", "\\|")


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def to_markdown(report: dict[str, Any]) -> str:
    p = report["period"]
    out = [
        f"# Transparency report {p['from']} to {p['to']}",
        "",
        f"Generated {report['generated_at']}.",
        "",
        "## Data processed",
        "",
        report["data_processed"],
        "",
        "## Volumes",
        "",
    ]
    out += _table(list(report["totals"].keys()) or ["scored"], [list(report["totals"].values()) or [0]])
    cols = [
        "scored",
        "messages",
        "routed",
        "discarded",
        "safeguard_discards",
        "confirmed",
        "false_positive",
        "pending_review",
        "expired_unreviewed",
    ]
    out += ["", "### By tenant and model version", ""]
    out += _table(
        ["tenant", "model version", *cols],
        [
            [r["tenant"], r["model_version"], *(r.get(c, 0) for c in cols)]
            for r in report["by_tenant_and_model_version"]
        ],
    )
    out += ["", "## Error ratio per technique (model version)", ""]
    out += _table(
        ["model version", "confirmed", "false positive", "false-positive ratio"],
        [
            [r["model_version"], r["confirmed"], r["false_positive"], r["false_positive_ratio"]]
            for r in report["error_ratio_per_technique"]
        ],
    )
    out += ["", "## Complaints and outcomes", ""]
    out += _table(
        ["kind", "open", "upheld", "rejected"],
        [[k, v.get("OPEN", 0), v.get("UPHELD", 0), v.get("REJECTED", 0)] for k, v in report["complaints"].items()],
    )
    out += ["", "## Retention policy", ""]
    out += [f"- {k.replace('_', ' ')}: {v}" for k, v in report["retention_policy"].items()]
    out += [f"- erased in the period ({k.replace('_', ' ')}): {v}" for k, v in report["erasures"].items()]
    measures = report["measures_to_limit_errors"]
    out += ["", "## Measures to limit errors", ""] + [f"- {s}" for s in measures["safeguards"]]
    if measures["current_thresholds"]:
        current = measures["current_thresholds"]
        out += ["", "Current thresholds: " + ", ".join(f"{k} {v:.3f}" for k, v in current.items())]
    out += ["", "### Threshold history", ""]
    out += _table(
        ["at", "tenant", "old", "new", "by", "reason", "source"],
        [
            [h["at"], h["tenant"], h["old"], h["new"], h["actor"], h["reason"], h["source"]]
            for h in measures["threshold_history"]
        ],
    )
    out += ["", "## Weekly volumes", ""]
    out += _table(
        ["week", "scored", "routed", "confirmed", "false positive"],
        [
            [w, v.get("scored", 0), v.get("routed", 0), v.get("confirmed", 0), v.get("false_positive", 0)]
            for w, v in report["weekly"].items()
        ],
    )
    return "\n".join(out) + "\n"


def weekly_chart_png(report: dict[str, Any]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    weeks = list(report["weekly"])
    fig, ax = plt.subplots(figsize=(9, 3.6), dpi=100)
    series = [
        ("scored", "conversations scored"),
        ("routed", "routed to review"),
        ("confirmed", "confirmed"),
        ("false_positive", "false positive"),
    ]
    for key, label in series:
        ax.plot(weeks, [report["weekly"][w].get(key, 0) for w in weeks], marker="o", label=label)
    ax.set_yscale("symlog")
    ax.set_xlabel("ISO week")
    ax.set_ylabel("count")
    ax.set_title("Weekly volumes")
    ax.legend(loc="upper left", fontsize=8)
    ax.tick_params(axis="x", rotation=45, labelsize=7)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


def to_html(report: dict[str, Any]) -> str:
    """Self-contained HTML: the Markdown tables rendered simply, and the chart embedded as a data URL."""
    body = []
    table: list[str] = []
    for line in to_markdown(report).splitlines():
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            body.append(_html_table(table))
            table = []
        if line.startswith("### "):
            body.append(f"<h3>{html.escape(line[4:])}</h3>")
        elif line.startswith("## "):
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("- "):
            body.append(f"<li>{html.escape(line[2:])}</li>")
        elif line:
            body.append(f"<p>{html.escape(line)}</p>")
    if table:
        body.append(_html_table(table))
    chart = base64.b64encode(weekly_chart_png(report)).decode()
    body.append(f'<h2>Weekly chart</h2><img alt="weekly volumes" src="data:image/png;base64,{chart}">')
    style = (
        "body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}"
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Transparency report</title>"
        f"<style>{style}</style></head><body>{''.join(body)}</body></html>\n"
    )


_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


def _html_table(lines: list[str]) -> str:
    rows = [
        [c.strip().replace("\\|", "|") for c in _CELL_SEPARATOR.split(line.strip()[1:-1])]
        for line in lines
        if not line.startswith("|---")
    ]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table><tr>{head}</tr>{body}</table>"


def render(report: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report, indent=1) + "\n"
    if fmt == "markdown":
        return to_markdown(report)
    if fmt == "html":
        return to_html(report)
    raise ValueError(f"unknown format {fmt!r} (json, markdown or html)")
