"""The transparency report under Art. 3(1)(g)(vii) of Regulation (EU) 2021/1232 (issue 16).

A scripted year (conversations scored and routed by the shipped model, verdicts, complaints, referrals, a
threshold change, an older model version, retention sweeps, and events just outside the year) is reported
through the command line with the example facts file; every figure of the report is checked against the
store, read with plain SQL. Then: every item of the Regulation's list is present in all three formats;
`--strict` fails on a missing fact; the facts file's errors are one line naming the key; RecordReferral over
gRPC (states, validation, idempotency, roles, audit); no content in the report, its logs or its errors.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import grpc
import pytest

from grooming_risk.model.policy import build_policy, with_threshold
from grooming_risk.model.scorer import Model
from grooming_risk.model.validation import Limits
from grooming_risk.service.counters import CounterBuffer
from grooming_risk.service.crypto import new_keyring, write_keyring
from grooming_risk.service.report import ITEMS, SECTIONS
from grooming_risk.service.review_store import CONFIRMED, FALSE_POSITIVE, NewCase, ReviewStore
from grooming_risk.service.routing import Router
from grooming_risk.service.scoring import ScoringCore
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import BENIGN_LINES, GROOMING_LINES, grooming_request, request

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_FACTS = ROOT / "docs" / "report-facts.example.toml"
CLI = [sys.executable, "-m", "grooming_risk"]
CANARY = "quokkacanary4471"
HOTLINE = "Example Hotline Netherlands"  # the example facts file's organisations
CENTER = "Example Center for Missing Children"
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC).timestamp()
YEAR_END = datetime(2027, 1, 1, tzinfo=UTC).timestamp()
DAY = 86400.0
LEGACY = "gr0-legacy"  # an older technology, replaced in March


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class ClockedCounters(CounterBuffer):
    """The server's counter buffer, on the scripted clock."""

    def __init__(self, store: ReviewStore, clock: Clock) -> None:
        super().__init__(store)
        self.clock = clock

    def add(self, tenant: str, model_version: str, counts: dict[str, int], now: float | None = None) -> None:
        super().add(tenant, model_version, counts, self.clock())


def script_year(data_dir: Path, model: Model) -> dict[str, Any]:
    """A year of a platform's use of the service, 2026, with a few events just before and after it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    keyring = new_keyring()
    write_keyring(data_dir / "keyring.json", keyring)
    clock = Clock(datetime(2025, 12, 31, 23, 0, tzinfo=UTC).timestamp())
    store = ReviewStore(data_dir / "review.db", keyring, clock=clock)
    # "screening" routes almost everything the safeguards allow: its discards above the threshold are theirs.
    tenants = {"default": {}, "acme-chat": {"threshold": 0.6}, "screening": {"threshold": 0.001}}
    policies = build_policy({"tenants": tenants}, model.default_threshold, "x")
    counters = ClockedCounters(store, clock)
    core = ScoringCore(model, policies, Limits.unbounded(), router=Router(store), counters=counters)
    serial = 0

    def score(lines: Any, tenant: str = "", **kwargs: Any) -> pb.ScoreConversationResponse:
        nonlocal serial
        serial += 1
        req = request(lines, f"conv-{serial}-{CANARY}", tenant, start=int(clock.now) - 3600, **kwargs)
        req.messages[1].text += f" {CANARY}"  # content that must never reach the report
        return core.score_request(req)

    def grooming(tenant: str = "") -> str:
        response = score(GROOMING_LINES, tenant, ages={"adult": 34, "child": 13})
        assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
        return response.review_case_id

    # Before the year: one case routed on 31 December 2025 (not in the report), confirmed and referred in 2026.
    before = grooming()
    counters.flush()
    clock.now = YEAR_START + 3 * DAY
    store.submit_verdict(before, CONFIRMED, "rev-a", "", retention_days=90)
    store.record_referral(before, HOTLINE, "rev-a")  # recorded in 2026: counts in its referrals

    pending: list[tuple[str, float]] = []  # (case, routed at) not yet decided
    confirmed: list[str] = []
    thresholds_changed = False
    for week in range(52):
        week_start = YEAR_START + week * 7 * DAY + 5 * DAY
        clock.now = week_start
        if week == 26 and not thresholds_changed:  # the threshold change, audited like UpdatePolicy does
            old = core.policies.tenants["default"].threshold
            core.policies = with_threshold(core.policies, "default", 0.55)
            store.record_threshold_change("default", old, 0.55, "ops-admin", "fewer false positives", "UpdatePolicy")
            thresholds_changed = True
        for k in range(6 + week % 4):
            score(BENIGN_LINES, "acme-chat" if k % 3 == 0 else "")
            clock.now += 600
        if week % 5 == 0:  # above the threshold, stopped by a safeguard: two verified adults
            conversation = request(GROOMING_LINES, f"adults-{week}", "screening", start=int(clock.now) - 3600)
            for participant in conversation.participants:
                participant.age_years, participant.age_verified = 30, True
            assert core.score_request(conversation).discard_reason == pb.DISCARD_REASON_VERIFIED_ADULTS
        if week < 10:  # the older technology, until March: its counters and cases
            clock.now += 600
            day = datetime.fromtimestamp(clock.now, UTC).date().isoformat()
            store.add_counts(
                {
                    (day, "default", LEGACY, name): n
                    for name, n in [("scored", 5), ("messages", 60), ("routed", 1), ("discarded", 4)]
                }
            )
            case = store.create_case(
                NewCase("default", f"legacy-{week}", 0.7, 0.5, ["SECRECY"], LEGACY, 2, {"messages": [{"text": CANARY}]})
            )
            pending.append((case, clock.now))
        if week % 2 == 0:
            pending.append((grooming(), clock.now))
        if week % 4 == 1:
            pending.append((grooming("acme-chat"), clock.now))
        counters.flush()
        # Review: the cases routed last week or before, except every fifth (left to expire) and this year's last.
        clock.now = week_start + 3 * DAY
        still = []
        for index, (case, routed_at) in enumerate(pending):
            if store.case_summary(case, decrypt=False).state != "PENDING":
                continue  # expired by a sweep
            if routed_at > clock.now - 2 * DAY or (hash(case) % 5 == 0 and week < 50):
                still.append((case, routed_at))
                continue
            verdict = FALSE_POSITIVE if (week + index) % 4 == 0 else CONFIRMED
            store.submit_verdict(case, verdict, f"rev-{week % 3}", "checked" if verdict == CONFIRMED else "", 90)
            if verdict == CONFIRMED:
                confirmed.append(case)
        pending = still
        if week % 4 == 3:  # retention sweeps, as the server runs them
            store.purge(pending_limit_days=30)
        if week in (8, 20, 33, 45) and confirmed:  # complaints to the internal redress mechanism
            kind = ["WRONGLY_FLAGGED", "ACCOUNT_ACTION", "OTHER", "WRONGLY_FLAGGED"][(8, 20, 33, 45).index(week)]
            complaint = store.record_complaint("default", confirmed[-1], kind, f"details {CANARY}")
            if week != 45:
                clock.now += DAY
                store.resolve_complaint(complaint.complaint_id, "UPHELD" if week == 20 else "REJECTED", "rev-lead")
        for case in confirmed[-2:]:  # referrals of this week's confirmed cases, one idempotent repeat
            clock.now += 3600
            store.record_referral(case, HOTLINE, f"rev-{week % 3}")
            if week % 6 == 0:
                store.record_referral(case, CENTER, "ops-admin")
                store.record_referral(case, CENTER.upper(), "ops-admin")  # the same organisation: no new referral
    # After the year: a referral of a 2026 case on 2 January 2027 (not in the report) and a last sweep.
    clock.now = YEAR_END + DAY
    store.record_referral(confirmed[0], "Example Late Organisation", "rev-a")
    clock.now = YEAR_END + 2 * DAY
    store.purge(pending_limit_days=30)
    store.close()
    return {"before": before, "confirmed": confirmed}


def _cli(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def _report(data_dir: Path, fmt: str, *extra: str | Path) -> subprocess.CompletedProcess[str]:
    return _cli("report", "--data-dir", data_dir, "--from", "2026-01-01", "--to", "2026-12-31", "--format", fmt, *extra)


def _sql(data_dir: Path, query: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data_dir / "review.db") as db:
        return db.execute(query, args).fetchall()


def _week_of(at: float) -> str:
    y, w, _ = datetime.fromtimestamp(at, UTC).date().isocalendar()
    return f"{y}-W{w:02d}"


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory, shipped_model: Model) -> Path:
    data_dir = tmp_path_factory.mktemp("year") / "data"
    script_year(data_dir, shipped_model)
    return data_dir


@pytest.fixture(scope="module")
def reports(year: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The year's report in the three formats, with the example facts file and --strict."""
    out = tmp_path_factory.mktemp("reports")
    found = {}
    for fmt in ("json", "markdown", "html"):
        target = out / f"report.{fmt}"
        result = _report(year, fmt, "--report-facts", EXAMPLE_FACTS, "--strict", "-o", target)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""  # complete: nothing to warn about
        found[fmt] = target.read_text(encoding="utf-8")
    return found


def test_every_figure_of_the_scripted_year_matches_the_store(year: Path, reports: dict[str, str]) -> None:
    report = json.loads(reports["json"])
    t0, t1 = YEAR_START, YEAR_END

    # (I) volumes: the day counters, per name and per tenant and model version.
    counters = dict(
        _sql(
            year,
            "SELECT name, sum(value) FROM counters WHERE day BETWEEN ? AND ? GROUP BY name",
            "2026-01-01",
            "2026-12-31",
        )
    )
    states = dict(
        _sql(year, "SELECT state, count(*) FROM cases WHERE created_at >= ? AND created_at < ? GROUP BY state", t0, t1)
    )
    expected_totals = {**counters}
    for state, key in [
        ("CONFIRMED", "confirmed"),
        ("FALSE_POSITIVE", "false_positive"),
        ("PENDING", "pending_review"),
        ("EXPIRED", "expired_unreviewed"),
    ]:
        if states.get(state):
            expected_totals[key] = states[state]
    assert report["totals"] == expected_totals
    assert all(
        expected_totals[k] > 0
        for k in (
            "scored",
            "routed",
            "discarded",
            "safeguard_discards",
            "confirmed",
            "false_positive",
            "expired_unreviewed",
        )
    )
    assert counters["scored"] == counters["routed"] + counters["discarded"]
    per_tenant: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for tenant, version, name, value in _sql(
        year,
        "SELECT tenant_id, model_version, name, sum(value) FROM counters WHERE day BETWEEN ? AND ?"
        " GROUP BY tenant_id, model_version, name",
        "2026-01-01",
        "2026-12-31",
    ):
        per_tenant[(tenant, version)][name] = value
    for tenant, version, state, n in _sql(
        year,
        "SELECT tenant_id, model_version, state, count(*) FROM cases WHERE created_at >= ? AND created_at < ?"
        " GROUP BY tenant_id, model_version, state",
        t0,
        t1,
    ):
        key = {
            "CONFIRMED": "confirmed",
            "FALSE_POSITIVE": "false_positive",
            "PENDING": "pending_review",
            "EXPIRED": "expired_unreviewed",
        }[state]
        per_tenant[(tenant, version)][key] = n
    assert {
        (r["tenant"], r["model_version"]): {k: v for k, v in r.items() if k not in ("tenant", "model_version")}
        for r in report["by_tenant_and_model_version"]
    } == per_tenant

    # (IV) cases identified: solicitation = confirmed cases routed in the year; material: not detected.
    cases = report["cases_identified"]
    assert cases["solicitation_of_children"] == states["CONFIRMED"]
    assert cases["child_sexual_abuse_material"] is None and "text" in cases["child_sexual_abuse_material_note"]
    assert cases["cases_created"] == sum(states.values())
    assert cases["routed_to_review"] == counters["routed"]
    assert (cases["confirmed"], cases["false_positive"], cases["pending_review"], cases["expired_unreviewed"]) == (
        states["CONFIRMED"],
        states["FALSE_POSITIVE"],
        states.get("PENDING", 0),
        states["EXPIRED"],
    )

    # (V) complaints received in the year, by kind and outcome; judicial ones from the facts file.
    complaints: dict[str, dict[str, int]] = defaultdict(dict)
    for kind, status, n in _sql(
        year,
        "SELECT kind, status, count(*) FROM complaints WHERE received_at >= ? AND"
        " received_at < ? GROUP BY kind, status",
        t0,
        t1,
    ):
        complaints[kind][status] = n
    assert report["complaints"] == complaints and sum(sum(v.values()) for v in complaints.values()) == 4
    assert report["complaints_internal_totals"] == {"lodged": 4, "open": 1, "upheld": 1, "rejected": 2}
    assert report["complaints_judicial"] == {"lodged": 1, "upheld": 0, "rejected": 1, "pending": 0}

    # (VI) and (VII) errors per technology, and the error rate achieved: false positives / reviewed.
    per_version = {
        version: (confirmed_n, fp_n)
        for version, confirmed_n, fp_n in _sql(
            year,
            "SELECT model_version, sum(state = 'CONFIRMED'), sum(state = 'FALSE_POSITIVE') FROM cases"
            " WHERE created_at >= ? AND created_at < ? GROUP BY model_version",
            t0,
            t1,
        )
    }
    assert len(per_version) == 2 and LEGACY in per_version
    assert report["error_ratio_per_technique"] == [
        {"model_version": v, "confirmed": c, "false_positive": f, "false_positive_ratio": f / (c + f)}
        for v, (c, f) in sorted(per_version.items())
    ]
    achieved = {r["technology"]: r for r in report["error_rate_achieved"]}
    for version, (c, f) in per_version.items():
        assert achieved[version]["reviewed"] == c + f and achieved[version]["error_rate"] == f / (c + f)
        assert achieved[version]["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    all_c, all_f = sum(c for c, _ in per_version.values()), sum(f for _, f in per_version.values())
    assert achieved["all technologies"]["error_rate"] == all_f / (all_c + all_f)
    history = _sql(
        year,
        "SELECT tenant_id, old_threshold, new_threshold, actor, reason FROM threshold_history WHERE at >= ? AND at < ?",
        t0,
        t1,
    )
    assert [
        (h["tenant"], h["old"], h["new"], h["actor"], h["reason"])
        for h in report["measures_to_limit_errors"]["threshold_history"]
    ] == history
    assert len(history) == 1

    # (VIII) retention: the policy in force and the erasures among the year's cases.
    assert report["retention_policy"]["confirmed_retention_days"] == 90
    erased = _sql(
        year,
        "SELECT count(*) FROM cases WHERE state = 'CONFIRMED' AND erased_at IS NOT NULL AND"
        " created_at >= ? AND created_at < ?",
        t0,
        t1,
    )[0][0]
    assert erased > 0 and report["erasures"] == {
        "false_positive": states["FALSE_POSITIVE"],
        "expired_unreviewed": states["EXPIRED"],
        "confirmed_past_retention": erased,
    }

    # (IX) organisations: referrals recorded in the year per organisation (case-insensitive), the facts' names.
    referred = dict(
        _sql(
            year,
            "SELECT organisation_key, count(*) FROM referrals WHERE referred_at >= ? AND"
            " referred_at < ? GROUP BY organisation_key",
            t0,
            t1,
        )
    )
    assert set(referred) == {HOTLINE.casefold(), CENTER.casefold()}  # not the organisation of January 2027
    organisations = {o["name"]: o for o in report["organisations"]}
    assert organisations[HOTLINE]["cases_referred"] == referred[HOTLINE.casefold()]
    assert organisations[CENTER]["cases_referred"] == referred[CENTER.casefold()]
    assert organisations[CENTER]["country"] == "US" and organisations[CENTER]["outside_union"] is True
    assert organisations[HOTLINE]["outside_union"] is False
    total = _sql(
        year,
        "SELECT count(*), count(DISTINCT case_id) FROM referrals WHERE referred_at >= ? AND referred_at < ?",
        t0,
        t1,
    )[0]
    assert report["referrals"] == {"recorded": total[0], "cases_referred": total[1]}

    # Appendix A: weekly sums add up to the year's counters.
    weekly = report["weekly"]
    assert sum(w.get("scored", 0) for w in weekly.values()) == counters["scored"]
    assert sum(w.get("confirmed", 0) for w in weekly.values()) == states["CONFIRMED"]
    routed_weeks: dict[str, int] = defaultdict(int)
    for (at,) in _sql(
        year, "SELECT created_at FROM cases WHERE state = 'CONFIRMED' AND created_at >= ? AND created_at < ?", t0, t1
    ):
        routed_weeks[_week_of(at)] += 1
    assert {w: v["confirmed"] for w, v in weekly.items() if v.get("confirmed")} == routed_weeks

    # The same figures in the Markdown and HTML forms.
    for fmt in ("markdown", "html"):
        text = reports[fmt]
        for figure in (
            f"{counters['scored']:,}",
            f"{counters['messages']:,}",
            f"{states['CONFIRMED']:,}",
            f"{all_f / (all_c + all_f) * 100:.1f} %",
            *(f"{f / (c + f) * 100:.1f} %" for c, f in per_version.values()),
        ):
            assert figure in text, (fmt, figure)
        assert "Article 6(1)(f) GDPR" in text and "Article 46(2)(c) GDPR" in text


def test_every_item_of_the_regulation_is_present_in_all_three_formats(reports: dict[str, str]) -> None:
    report = json.loads(reports["json"])
    assert report["completeness"] == {"complete": True, "missing": []}
    assert [i["item"] for i in report["regulation"]["items"]] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
    ]
    answered = {item: s for s in report["sections"] for item in s["answers"]}
    assert set(answered) == {numeral for numeral, _, _ in ITEMS}
    assert all(s["status"] == "answered" for s in answered.values())
    for numeral, _, _ in ITEMS:
        section = answered[numeral]
        ref = f"Art. 3(1)(g)(vii) ({numeral})"
        assert section["reference"] == ref
        heading = f"{section['number']}. {section['title']}"
        assert f"## {heading}" in reports["markdown"]
        assert f"*Answers {ref}:" in reports["markdown"]  # under its heading
        block = reports["html"].split(f'<section id="{section["anchor"]}"', 1)[1].split("</section>", 1)[0]
        assert f'<span class="ref">{ref}</span>' in block
        assert f'<a href="#{section["anchor"]}">{heading}</a>' in reports["html"]  # the contents table links it
    for text in reports.values():
        assert "MISSING" not in text
    # (IV) material and solicitation apart; (IX) the organisations by name.
    assert "online child sexual abuse material" in reports["html"] and "not detected by this service" in reports["html"]
    for text in (reports["markdown"], reports["html"]):
        assert HOTLINE in text and CENTER in text and "Example Late Organisation" not in text


def test_the_html_report_is_one_self_contained_printable_file(reports: dict[str, str]) -> None:
    page = reports["html"]
    assert page.startswith("<!doctype html>") and "@page" in page and "@media print" in page
    assert not re.search(r"""(src|href)=["']?(https?:|//|file:)""", page)  # nothing fetched from anywhere
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert "data:image/png;base64," in page
    assert page.count("<section ") == len(SECTIONS)
    assert 'id="contents"' in page


def test_no_content_or_ids_in_the_report(year: Path, reports: dict[str, str]) -> None:
    case_ids = [r[0] for r in _sql(year, "SELECT case_id FROM cases")]
    for text in reports.values():
        assert CANARY not in text and "conv-" not in text and "legacy-" not in text
        assert not any(case_id in text for case_id in case_ids)
        for reviewer in (
            "rev-0",
            "rev-1",
            "rev-2",
            "rev-a",
            "rev-lead",
        ):  # reviewers are not named; admins' changes are
            assert reviewer not in text


def test_strict_fails_on_a_missing_fact_and_writes_nothing(year: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    bare = _report(year, "html", "--strict", "-o", out)
    assert bare.returncode == 2 and not out.exists()
    assert bare.stderr.count("\n") == 1 and "--strict" in bare.stderr and "(II)" in bare.stderr
    assert "(III)" in bare.stderr and "(V)" in bare.stderr and "(IX)" in bare.stderr

    facts = EXAMPLE_FACTS.read_text(encoding="utf-8")
    no_ground = tmp_path / "no-ground.toml"
    no_ground.write_text(re.sub(r"\[legal_ground\].*?\"\"\"\n.*?\"\"\"\n", "", facts, flags=re.S), encoding="utf-8")
    result = _report(year, "markdown", "--report-facts", no_ground, "--strict", "-o", out)
    assert result.returncode == 2 and not out.exists(), result.stderr
    assert result.stderr.startswith("grooming-risk report: --strict: 1 required item(s) missing")
    assert "(II)" in result.stderr and "[legal_ground]" in result.stderr and result.stderr.count("\n") == 1

    # Without --strict the report is written, and says plainly what is missing, where the item belongs.
    lenient = _report(year, "markdown", "--report-facts", no_ground, "-o", out)
    assert lenient.returncode == 0 and "MISSING (II)" in lenient.stderr
    text = out.read_text(encoding="utf-8")
    section = text.split("## 2. Legal ground for the processing", 1)[1].split("\n## ", 1)[0]
    assert "*Answers Art. 3(1)(g)(vii) (II):" in section and "> **MISSING:** the specific ground" in section
    assert "**Incomplete: 1 required fact(s) missing.**" in text

    # A referral to an organisation the facts file does not list is a missing fact of (IX).
    unlisted = tmp_path / "unlisted.toml"
    unlisted.write_text(facts.replace(f'name = "{CENTER}"\ncountry = "US"', 'name = "Another Org"\ncountry = "US"'))
    result = _report(year, "json", "--report-facts", unlisted, "--strict")
    assert result.returncode == 2 and f"(IX) referrals were recorded to {CENTER!r}" in result.stderr


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("[legal_ground]\n", "[legal_ground]\nartcle = 1\n"), "legal_ground.artcle: unknown key"),
        (('article = "6(1)(f)"', 'article = "9(2)(g)"'), "legal_ground.article: must be a point of Article 6(1)"),
        (('article = "6(1)(f)"', 'article = "Art. 6(1)(x)"'), "legal_ground.article: must be"),
        (("outside_union = true", 'outside_union = "yes"'), "transfers.outside_union: is required: true or false"),
        (('country = "US"                ', 'country = "DE"'), "transfers.destinations[0].country: DE is in the EU"),
        (('article = "46(2)(c)"', 'article = "44"'), "transfers.destinations[0].article: must be the Chapter V"),
        (("lodged = 1", "lodged = 2"), "judicial_complaints: upheld + rejected + pending must equal lodged"),
        (("rejected = 1", "rejected = -1"), "judicial_complaints.rejected: must be a whole number"),
        ((f'name = "{HOTLINE}"', 'name = "Bad\\u202eName"'), "organisations[0].name contains a control, format"),
        ((f'name = "{HOTLINE}"', 'name = ""'), "organisations[0].name is required"),
        ((f'name = "{HOTLINE}"', f'name = "{"x" * 201}"'), "organisations[0].name is longer than 200 characters"),
        (('country = "NL"', 'country = "Netherlands"'), "organisations[0].country: must be a two-letter"),
        (('country = "NL"', 'country = "CA"'), "organisations[0].country: CA is outside the EU/EEA, but [transfers]"),
        (('website = "https://hotline.example.org"', 'website = "javascript:alert(1)"'), "organisations[0].website"),
        ((f'name = "{CENTER}"\ncountry', f'name = "{HOTLINE.upper()}"\ncountry'), "names an organisation listed"),
        (("[provider]\n", "[provider]\nname2 = 1\n"), "provider.name2: unknown key"),
        (("[provider]\n", "[providr]\n"), "providr: unknown key"),
        (("[judicial_complaints]", "[judicial_complaints\n"), "not valid TOML"),
    ],
)
def test_facts_file_errors_are_one_line_naming_the_key(
    change: tuple[str, str], expected: str, year: Path, tmp_path: Path
) -> None:
    facts = EXAMPLE_FACTS.read_text(encoding="utf-8")
    assert change[0] in facts
    path = tmp_path / "facts.toml"
    path.write_text(facts.replace(change[0], change[1], 1), encoding="utf-8")
    result = _report(year, "json", "--report-facts", path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
    assert result.stderr.startswith(f"grooming-risk report: {path}: ")


def test_facts_are_checked_before_the_store_is_opened(tmp_path: Path) -> None:
    missing = _cli(
        "report",
        "--data-dir",
        tmp_path / "none",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--report-facts",
        tmp_path / "nope.toml",
    )
    assert missing.returncode == 2 and "nope.toml: cannot read" in missing.stderr


# --- RecordReferral over gRPC and `review refer` ----------------------------------------------------------------


def _route(server: Any, conversation_id: str) -> str:
    req = grooming_request(conversation_id)
    req.messages[3].text += f" {CANARY}"
    response = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(req, timeout=10)
    assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
    return str(response.review_case_id)


def _code(call: Any, request: Any, **kwargs: Any) -> tuple[grpc.StatusCode, str]:
    try:
        call(request, timeout=10, **kwargs)
    except grpc.RpcError as error:
        return error.code(), error.details()  # type: ignore[attr-defined]
    return grpc.StatusCode.OK, ""


def test_record_referral_states_validation_idempotency_and_audit(start_server, caplog) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    review = rpb_grpc.ReviewServiceStub(server.channel)
    confirmed, pending, false_positive = _route(server, "c-ok"), _route(server, "c-wait"), _route(server, "c-fp")
    review.SubmitVerdict(rpb.SubmitVerdictRequest(case_id=confirmed, verdict=rpb.VERDICT_CONFIRMED, reviewer_id="r1"))
    review.SubmitVerdict(
        rpb.SubmitVerdictRequest(case_id=false_positive, verdict=rpb.VERDICT_FALSE_POSITIVE, reviewer_id="r1")
    )

    first = review.RecordReferral(
        rpb.RecordReferralRequest(case_id=confirmed, organisation="  Example   Hotline ", reviewer_id="r2"), timeout=10
    )
    assert first.created and first.referral.organisation == "Example Hotline"  # spaces made one
    assert first.referral.case_id == confirmed and first.referral.recorded_by == "r2"
    assert first.referral.referred_at.seconds > 0
    again = review.RecordReferral(
        rpb.RecordReferralRequest(case_id=confirmed, organisation="EXAMPLE HOTLINE", reviewer_id="r3"), timeout=10
    )
    assert not again.created and again.referral == first.referral  # the stored one, unchanged
    other = review.RecordReferral(
        rpb.RecordReferralRequest(case_id=confirmed, organisation="Another Hotline", reviewer_id="r2"), timeout=10
    )
    assert other.created
    audit = [e for e in server.server.store.audit_entries(confirmed) if e[2] == "referral"]
    assert [(e[1], json.loads(e[4])["organisation"]) for e in audit] == [
        ("r2", "Example Hotline"),
        ("r2", "Another Hotline"),
    ]

    request = rpb.RecordReferralRequest
    for case_id, state in [(pending, "pending review"), (false_positive, "a false positive")]:
        code, details = _code(review.RecordReferral, request(case_id=case_id, organisation="X Org", reviewer_id="r"))
        assert code == grpc.StatusCode.FAILED_PRECONDITION and details.endswith(f"this case is {state}")
    assert _code(review.RecordReferral, request(case_id="nope", organisation="X Org", reviewer_id="r"))[0] == (
        grpc.StatusCode.NOT_FOUND
    )
    bad_names = ["", "   ", "x" * 201, f"Org{CANARY}\n", f"Org{CANARY}\u202e", f"Org{CANARY}\x1b[2J", f"{CANARY}\u200b"]
    for name in bad_names:
        code, details = _code(review.RecordReferral, request(case_id=confirmed, organisation=name, reviewer_id="r"))
        assert code == grpc.StatusCode.INVALID_ARGUMENT and details.startswith("organisation ")
        assert CANARY not in details and "Org" not in details  # names the rule and a position, never the value
    assert (
        _code(review.RecordReferral, request(case_id=confirmed, organisation="X Org"))[1] == "reviewer_id is required"
    )
    assert _code(review.RecordReferral, request(organisation="X Org", reviewer_id="r"))[1] == "case_id is required"
    assert len(server.server.store.referrals_between(0, 4e9)) == 2
    assert CANARY not in caplog.text


def test_referral_roles_reviewer_and_admin_only(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from test_security import ADMIN, REVIEWER, SCORER, bearer, token_file

    server = start_server(auth_tokens=token_file(tmp_path))
    req = grooming_request("c-roles")
    case_id = (
        pb_grpc.RiskScoringServiceStub(server.channel)
        .ScoreConversation(req, timeout=10, metadata=bearer(SCORER))
        .review_case_id
    )
    review = rpb_grpc.ReviewServiceStub(server.channel)
    review.SubmitVerdict(
        rpb.SubmitVerdictRequest(case_id=case_id, verdict=rpb.VERDICT_CONFIRMED), timeout=10, metadata=bearer(REVIEWER)
    )
    refer = rpb.RecordReferralRequest(case_id=case_id, organisation="Example Hotline")
    assert _code(review.RecordReferral, refer, metadata=bearer(SCORER))[0] == grpc.StatusCode.PERMISSION_DENIED
    assert _code(review.RecordReferral, refer)[0] == grpc.StatusCode.UNAUTHENTICATED
    by_admin = review.RecordReferral(refer, timeout=10, metadata=bearer(ADMIN))
    assert by_admin.created and by_admin.referral.recorded_by == "ops-admin"  # the token's name, not a claimed id
    by_reviewer = review.RecordReferral(
        rpb.RecordReferralRequest(case_id=case_id, organisation="Second Hotline", reviewer_id="someone-else"),
        timeout=10,
        metadata=bearer(REVIEWER),
    )
    assert by_reviewer.created and by_reviewer.referral.recorded_by.startswith("reviewer-")
    # the admin role still may not read cases
    assert (
        _code(review.GetCase, rpb.GetCaseRequest(case_id=case_id), metadata=bearer(ADMIN))[0]
        == grpc.StatusCode.PERMISSION_DENIED
    )


def test_review_refer_command(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    case_id = _route(server, "c-cli")
    target = ["review", "--target", f"127.0.0.1:{server.port}", "--reviewer-id", "rev-cli"]
    early = _cli(*target, "refer", case_id, "--to", "Example Hotline", timeout=60)
    assert early.returncode == 1 and "FAILED_PRECONDITION" in early.stdout and "pending review" in early.stdout
    assert _cli(*target, "verdict", case_id, "confirmed", timeout=60).returncode == 0
    done = _cli(*target, "refer", case_id, "--to", "Example Hotline", timeout=60)
    assert done.returncode == 0 and f"case {case_id}: referred to Example Hotline (" in done.stdout
    assert "by rev-cli)" in done.stdout
    repeat = _cli(*target, "refer", case_id, "--to", "example hotline", timeout=60)
    assert repeat.returncode == 0 and "already recorded as referred to Example Hotline" in repeat.stdout
    bad = _cli(*target, "refer", case_id, "--to", f"Bad{CANARY}\x1b]0;x\x07", timeout=60)
    assert bad.returncode == 2 and bad.stdout == "" and bad.stderr.count("\n") == 1
    assert "--to contains a control, format or line-break character at position 20" in bad.stderr
    assert CANARY not in bad.stderr
    missing = _cli(*target, "refer", case_id, timeout=60)
    assert missing.returncode == 2 and "--to" in missing.stderr

    server.server.counters.flush()
    today = datetime.now(UTC).date()
    result = _cli(
        "report",
        "--data-dir",
        server.data_dir,
        "--from",
        (today - timedelta(days=1)).isoformat(),
        "--to",
        today.isoformat(),
        "--format",
        "json",
    )
    report = json.loads(result.stdout)
    assert report["organisations"] == [
        {
            "name": "Example Hotline",
            "country": None,
            "outside_union": None,
            "website": None,
            "declared": False,
            "cases_referred": 1,
        }
    ]
    assert "MISSING (IX) the organisations data was shared with are not stated" in result.stderr
    assert CANARY not in result.stdout + result.stderr and case_id not in result.stdout + result.stderr


def test_report_period_boundaries(year: Path) -> None:
    """Counting windows are [from, to + 1 day) in UTC: a one-day report of 31 December 2025 has the case routed
    that evening; 2026 does not."""
    result = _cli("report", "--data-dir", year, "--from", "2025-12-31", "--to", "2025-12-31", "--format", "json")
    report = json.loads(result.stdout)
    assert report["cases_identified"]["cases_created"] == 1 and report["cases_identified"]["confirmed"] == 1
    assert report["referrals"]["recorded"] == 0  # referred on 4 January 2026
    after = _cli("report", "--data-dir", year, "--from", "2027-01-01", "--to", "2027-01-31", "--format", "json")
    assert json.loads(after.stdout)["organisations"][0]["name"] == "Example Late Organisation"
    assert date(2026, 1, 1).isoformat() in _report(year, "json").stdout
