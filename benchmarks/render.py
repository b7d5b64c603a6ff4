"""Markdown tables from a benchmark JSON, for benchmarks/README.md:   python -m benchmarks.render results.json

Tables are generated, never typed in, so the published figures are exactly what a run measured.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _row(cells: list[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in rows), ""]


def _two_core_line(checks: dict[str, dict[str, float]] | None) -> list[str]:
    if not checks:
        return []
    return [
        "Two-core check (a busy loop on both cores at once, as a share of its speed alone; 1.00 = two full cores): "
        + ", ".join(f"{when} {c['two_core_efficiency']:.2f}" for when, c in checks.items())
        + "."
    ]


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    out = [
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}, grpcio {m['grpcio']}, numpy {m['numpy']}, "
        f"n-gram path {'compiled' if m.get('compiled_ngrams') else 'pure Python'}; "
        f"model {r['model_version']}; run took {r['seconds']:.0f} s{' (quick mode)' if r['quick'] else ''}.",
        *_two_core_line(m.get("two_core_check")),
        "",
        "**Targets**",
        "",
    ]
    out += _table(
        ["target", "measured", "goal", "met", "how"],
        [
            [k, v["measured"], v["target"], "yes" if v["met"] else "**no**", v.get("note", "")]
            for k, v in r["targets"].items()
        ],
    )
    out += ["**In-process scoring** (one core, one conversation at a time)", ""]
    rows = []
    for name, v in r["in_process"].items():
        s = v["split_median_ms"]
        rows.append(
            [
                name.replace("_", " "),
                f"{v['median_ms']:.3f}",
                f"{v['p99_ms']:.3f}",
                f"{v['conversations_per_s']:.0f}",
                f"{s['normalisation']:.3f} / {s['feature_extraction']:.3f} / {s['model']:.3f}",
            ]
        )
    out += _table(["conversation", "median ms", "p99 ms", "per s", "normalise / features / model ms"], rows)
    sk = r["sklearn"]
    out += [
        f"**Model step vs scikit-learn** (the units' logits; `decision_function`) per request "
        f"({sk['conversations']} conversations): "
        f"{sk['serving_median_us']:.1f} µs vs {sk['sklearn_median_us']:.1f} µs median, "
        f"**{sk['speedup_model_step']:.0f}×**; largest logit difference {sk['max_abs_difference']:.1e}.",
        "",
    ]
    for processes, g in r["grpc"].items():
        out += [f"**gRPC on loopback, {processes.replace('_', ' ')}** (start-up {g['startup_seconds']:.2f} s)", ""]
        rows = []
        for c in (1, 8, 32):
            u, h = g[f"unary_c{c}"], g[f"health_c{c}"]
            rows.append(
                [
                    c,
                    f"{u['p50_ms']:.2f}",
                    f"{u['p99_ms']:.2f}",
                    f"{u['calls_per_s']:.0f}",
                    f"{h['p50_ms']:.2f}",
                    f"{h['p99_ms']:.2f}",
                    " + ".join(map(str, u.get("connections_per_process", []))),
                ]
            )
        out += _table(
            [
                "concurrency",
                "score p50 ms",
                "score p99 ms",
                "score calls/s",
                "health p50",
                "health p99",
                "connections per process",
            ],
            rows,
        )
        for client in ("python", "h2load"):
            streams = [
                f"{v['streams']} stream(s): {v['conversations_per_s']:.0f}/s "
                f"(client CPU {v['client_cpu_ms_per_conversation']:.3f} ms/conversation)"
                for k, v in g.items()
                if k.startswith("stream") and v.get("client", "python") == client
            ]
            if streams:
                out += [
                    f"Streaming `ScoreConversations`, 50 messages, {client} client: " + ", ".join(streams) + ".",
                    "",
                ]
    mem = r["memory"]
    by = ", ".join(f"{int(k):,}: {v:.1f} MB" for k, v in mem["rss_mb_by_count"].items())
    out += [
        f"**Memory** of the scoring path: {mem['rss_mb_after_start']:.1f} MB after start; after {by}; "
        f"growth after the first tenth {mem['growth_after_first_tenth_mb']:.1f} MB.",
        "",
    ]
    b = mem.get("behaviour")
    if b:
        out += [
            f"**In-process 24-hour behaviour state** at {b['conversations_per_day']:,} conversations a day: "
            f"{b['rss_mb_growth_after_day_1']:.0f} MB after one day "
            f"({b['bytes_per_conversation_per_day']:.0f} B per conversation), "
            f"{b['rss_mb_growth_after_day_2']:.0f} MB after a second day (entries {b['entries_after_day_1']:,} → "
            f"{b['entries_after_day_2']:,}: bounded by the window), {b['microseconds_per_conversation']:.0f} µs "
            "per conversation.",
            "",
        ]
    return "\n".join(out)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        print(render(json.load(handle)))
