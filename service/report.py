"""The yearly transparency report (S12) under Article 3(1)(g)(vii) of Regulation (EU) 2021/1232.

`build_report` gathers, for a period, everything the report states: from the review store (persisted counters,
case records, complaints, threshold history, referrals: numbers, names of tenants, model versions and
organisations, never conversation, case or participant ids) and from the operator's facts file
(`service.report_facts`: the GDPR ground, transfers, judicial complaints, organisations). Its result is the
JSON form. `render` turns it into Markdown or a single self-contained, printable HTML file; both are drawn
from one outline (`_outline`), so every format has the same sections, each naming the item of the
Regulation's list it answers (a short reference such as "Art. 3(1)(g)(vii) (IV)", the nine indents
numbered I to IX in order). An item the report cannot answer is stated as missing, never left out, and
listed in `completeness` (`--strict` fails on it).
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from grooming_risk.service.report_facts import ReportFacts, outside_union
from grooming_risk.service.review_store import CONFIRMED, EXPIRED, FALSE_POSITIVE, PENDING, ReviewStore
from grooming_risk.service.terminal import visible

REGULATION = "Regulation (EU) 2021/1232"
ARTICLE = "Art. 3(1)(g)(vii)"

# The nine indents of Article 3(1)(g)(vii), in order, in the project's words: (numeral, short name, what is asked).
ITEMS: list[tuple[str, str, str]] = [
    ("I", "Data processed", "the kind of data processed and how much of it"),
    ("II", "Legal ground", "the specific ground under the GDPR the processing relies on"),
    ("III", "Transfers", "the ground under Chapter V GDPR for any transfer of personal data outside the Union"),
    (
        "IV",
        "Cases identified",
        "how many cases of online child sexual abuse were identified, abuse material and solicitation of "
        "children apart",
    ),
    (
        "V",
        "Complaints",
        "how many users complained, to the internal redress mechanism or to a judicial authority, and with what "
        "outcome",
    ),
    ("VI", "Errors per technology", "the number and ratio of errors (false positives) of each technology used"),
    ("VII", "Error limitation", "the measures applied to limit errors, and the error rate achieved"),
    ("VIII", "Retention and safeguards", "the retention policy and the data protection safeguards applied"),
    (
        "IX",
        "Organisations",
        "the names of the organisations acting in the public interest against child sexual abuse that data was "
        "shared with",
    ),
]
ITEM_TEXT = {numeral: asks for numeral, _, asks in ITEMS}

# (number, anchor, title, items answered); appendices answer none.
SECTIONS: list[tuple[str, str, str, list[str]]] = [
    ("1", "data", "Data processed: type and volumes", ["I"]),
    ("2", "legal-ground", "Legal ground for the processing", ["II"]),
    ("3", "transfers", "Transfers of personal data outside the Union", ["III"]),
    ("4", "cases", "Cases of online child sexual abuse identified", ["IV"]),
    ("5", "complaints", "Complaints and their outcomes", ["V"]),
    ("6", "errors", "Errors (false positives) per technology", ["VI"]),
    ("7", "measures", "Measures to limit errors, and the error rate achieved", ["VII"]),
    ("8", "retention", "Retention policy and data protection safeguards", ["VIII"]),
    ("9", "organisations", "Organisations data was shared with", ["IX"]),
    ("A", "weekly", "Weekly volumes", []),
    ("B", "method", "How the figures are counted", []),
]
SECTION_OF_ITEM = {item: number for number, _, _, items in SECTIONS for item in items}

SAFEGUARDS = [
    "Every routed conversation is reviewed by a person before anything is reported (S6).",
    "A conversation is routed only with a text indicator and at least two independent elements of suspicion; "
    "keywords alone never route (S1).",
    "Conversations between verified adults, and between minors close in age, are never routed (S5).",
    "Only the last 24 hours of a conversation are analysed (S4).",
    "Thresholds are set per tenant and jurisdiction on out-of-source data and changed only with an audited reason.",
    "Reviewer verdicts feed false-positive ratios per model version; false positives are erased at once (S3, S9).",
]
DATA_PROTECTION_SAFEGUARDS = [
    "A discarded conversation leaves no trace: nothing of it is stored, logged or traced; only counters move (S8).",
    "Routed conversations are encrypted at rest (AES-256-GCM, each value bound to its row and column), with the "
    "keys kept outside the data directory and rotated with an audited command (S9).",
    "Only the reviewer role can read a case; every read, verdict, complaint outcome and referral is written to "
    "the audit log with the person's id (S6, S13).",
    "A false-positive verdict erases the conversation's content, its id and the reviewer's note at once (S9).",
    "Requests carry pseudonymous ids only, never names, e-mail addresses or phone numbers; behaviour across "
    "conversations keeps keyed hashes of ids and counts for 24 hours (S4, S11).",
    "Calls are authenticated by role over TLS (S13). A referral record holds the organisation's name and the "
    "time only: no content leaves the store through it.",
    "This report holds numbers and the names of tenants, model versions and organisations only: no "
    "conversation, case or participant id and no content.",
]
DATA_PROCESSED = (
    "Text chat conversations of at most 24 hours: message texts and times, pseudonymous participant "
    "ids, and where the platform sends them, declared ages, age verification, account age, contact "
    "status and counts of minors contacted. No images or other media content."
)
MATERIAL_NOTE = (
    "Not detected by this service: it analyses the text of conversations only and never receives images, "
    "videos or other files, so it identifies no online child sexual abuse material. A provider that uses "
    "another technology for material reports that technology's figures beside these."
)
_STATE_KEY = {
    CONFIRMED: "confirmed",
    FALSE_POSITIVE: "false_positive",
    PENDING: "pending_review",
    EXPIRED: "expired_unreviewed",
}


def reference(items: list[str]) -> str:
    """The short reference a section carries: "Art. 3(1)(g)(vii) (IV)"."""
    return f"{ARTICLE} ({', '.join(items)})" if items else ""


def _epoch(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def _week(day: str) -> str:
    y, w, _ = date.fromisoformat(day).isocalendar()
    return f"{y}-W{w:02d}"


def _iso(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds")


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _generator() -> str:
    from grooming_risk.service.terminal import version_line

    return version_line()


FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(9998, 12, 31)


def parse_day(value: str, name: str) -> date:
    """A report day, YYYY-MM-DD between 1970 and 9998 (the store keeps Unix times; a period ends a day later).
    ValueError naming `name` (the option or field) otherwise."""
    try:
        day = date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{name} {value!r} is not a day YYYY-MM-DD ({error})") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{name} {value} is outside {FIRST_DAY}..{LAST_DAY}")
    return day


def retention_terms(confirmed_retention_days: int, pending_review_limit_days: float) -> dict[str, Any]:
    """The retention policy the report states (item VIII), from the settings the server runs with."""
    return {
        "confirmed_retention_days": confirmed_retention_days,
        "maximum_retention_days": 365,
        "pending_review_limit_days": pending_review_limit_days,
        "discarded_conversations": "never stored; counted only",
    }


def build_report(
    store: ReviewStore,
    start: date,
    end: date,
    retention: dict[str, Any],
    thresholds: dict[str, float] | None = None,
    facts: ReportFacts | None = None,
) -> dict[str, Any]:
    """Everything the report states, for the days start..end inclusive (the JSON form)."""
    facts = facts or ReportFacts()
    first, last = start.isoformat(), end.isoformat()
    t0, t1 = _epoch(start), _epoch(end + timedelta(days=1))
    volume: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    weekly: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, tenant, version, name, value in store.counts(first, last):
        volume[(tenant, version)][name] += value
        weekly[_week(day)][name] += value
    cases = store.cases_between(t0, t1)
    techniques: dict[str, dict[str, int]] = defaultdict(lambda: {"confirmed": 0, "false_positive": 0})
    for case in cases:
        volume[(case.tenant_id, case.model_version)][_STATE_KEY[case.state]] += 1
        if case.state in (CONFIRMED, FALSE_POSITIVE):
            key = "confirmed" if case.state == CONFIRMED else "false_positive"
            weekly[_week(datetime.fromtimestamp(case.created_at, UTC).date().isoformat())][key] += 1
            techniques[case.model_version][key] += 1
    by_tenant = [
        {"tenant": tenant, "model_version": version, **{k: int(v) for k, v in sorted(row.items())}}
        for (tenant, version), row in sorted(volume.items())
    ]
    error_ratio: list[dict[str, Any]] = [
        {
            "model_version": v,
            **c,
            "false_positive_ratio": _ratio(c["false_positive"], c["confirmed"] + c["false_positive"]),
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
    reviewed_all = totals.get("confirmed", 0) + totals.get("false_positive", 0)
    error_rate = [
        {
            "technology": r["model_version"],
            "period": {"from": first, "to": last},
            "reviewed": r["confirmed"] + r["false_positive"],
            "false_positive": r["false_positive"],
            "error_rate": r["false_positive_ratio"],
        }
        for r in error_ratio
    ]
    error_rate_all = {
        "technology": "all technologies",
        "period": {"from": first, "to": last},
        "reviewed": reviewed_all,
        "false_positive": totals.get("false_positive", 0),
        "error_rate": _ratio(totals.get("false_positive", 0), reviewed_all),
    }
    internal = {status: sum(v.get(status, 0) for v in complaints.values()) for status in ("OPEN", "UPHELD", "REJECTED")}
    referrals = store.referrals_between(t0, t1)
    report: dict[str, Any] = {
        "title": "Transparency report",
        "regulation": {
            "act": REGULATION,
            "provision": "Article 3(1)(g)(vii)",
            "items": [
                {"item": n, "name": name, "asks": asks, "section": SECTION_OF_ITEM[n]} for n, name, asks in ITEMS
            ],
        },
        "provider": None
        if facts.provider is None
        else {
            "name": facts.provider.name,
            "service": facts.provider.service,
            "contact": facts.provider.contact,
        },
        "facts_file": facts.source,
        "period": {"from": first, "to": last},
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator": _generator(),
        "data_processed": DATA_PROCESSED,
        "totals": dict(sorted(totals.items())),
        "by_tenant_and_model_version": by_tenant,
        "legal_ground": None
        if facts.legal_ground is None
        else {
            "article": f"Article {facts.legal_ground.article} GDPR",
            "meaning": facts.legal_ground.meaning,
            "explanation": facts.legal_ground.explanation,
        },
        "transfers": None
        if facts.transfers is None
        else {
            "outside_union": facts.transfers.outside_union,
            "destinations": [
                {
                    "country": d.country,
                    "recipient": d.recipient,
                    "ground": f"Article {d.article} GDPR",
                    "meaning": d.meaning,
                    "explanation": d.explanation,
                }
                for d in facts.transfers.destinations
            ],
        },
        "cases_identified": {
            "solicitation_of_children": totals.get("confirmed", 0),
            "child_sexual_abuse_material": None,
            "child_sexual_abuse_material_note": MATERIAL_NOTE,
            "routed_to_review": totals.get("routed", 0),
            "cases_created": len(cases),
            "confirmed": totals.get("confirmed", 0),
            "false_positive": totals.get("false_positive", 0),
            "pending_review": totals.get("pending_review", 0),
            "expired_unreviewed": totals.get("expired_unreviewed", 0),
        },
        "complaints": {kind: dict(statuses) for kind, statuses in sorted(complaints.items())},
        "complaints_internal_totals": {"lodged": sum(internal.values()), **{k.lower(): v for k, v in internal.items()}},
        "complaints_judicial": None
        if facts.judicial_complaints is None
        else {
            "lodged": facts.judicial_complaints.lodged,
            "upheld": facts.judicial_complaints.upheld,
            "rejected": facts.judicial_complaints.rejected,
            "pending": facts.judicial_complaints.pending,
        },
        "error_ratio_per_technique": error_ratio,
        "error_rate_achieved": [*error_rate, error_rate_all] if error_rate else [error_rate_all],
        "retention_policy": retention,
        "erasures": {
            "false_positive": totals.get("false_positive", 0),
            "expired_unreviewed": totals.get("expired_unreviewed", 0),
            "confirmed_past_retention": sum(1 for c in cases if c.state == CONFIRMED and c.erased_at is not None),
        },
        "data_protection_safeguards": DATA_PROTECTION_SAFEGUARDS,
        "measures_to_limit_errors": {
            "safeguards": SAFEGUARDS,
            "current_thresholds": thresholds or {},
            "threshold_history": [
                {
                    "at": _iso(at),
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
        "organisations": _organisations(facts, referrals),
        "referrals": {"recorded": len(referrals), "cases_referred": len({r.case_id for r in referrals})},
        "weekly": {week: dict(values) for week, values in sorted(weekly.items())},
    }
    missing = _missing(report, facts)
    report["completeness"] = {"complete": not missing, "missing": missing}
    report["sections"] = [
        {
            "number": number,
            "anchor": anchor,
            "title": title,
            "answers": items,
            "reference": reference(items),
            "status": "missing" if any(m["item"] in items for m in missing) else "answered" if items else "appendix",
        }
        for number, anchor, title, items in SECTIONS
    ]
    return report


def _organisations(facts: ReportFacts, referrals: list[Any]) -> list[dict[str, Any]]:
    """Organisations declared in the facts file, and every organisation the store recorded a referral to."""
    rows: dict[str, dict[str, Any]] = {}
    for organisation in facts.organisations or ():
        rows[organisation.key] = {
            "name": organisation.name,
            "country": organisation.country,
            "outside_union": outside_union(organisation.country),
            "website": organisation.website,
            "declared": True,
            "cases_referred": 0,
        }
    for referral in referrals:
        key = referral.organisation.casefold()
        row = rows.setdefault(
            key,
            {
                "name": referral.organisation,
                "country": None,
                "outside_union": None,
                "website": None,
                "declared": False,
                "cases_referred": 0,
            },
        )
        row["cases_referred"] += 1  # one referral per case and organisation (the store's key)
    return sorted(rows.values(), key=lambda r: (-r["cases_referred"], r["name"].casefold()))


def _missing(report: dict[str, Any], facts: ReportFacts) -> list[dict[str, str]]:
    """Every required item the report cannot answer, in the Regulation's order, with what to add."""
    where = f"the facts file ({facts.source})" if facts.source else "a facts file (--report-facts)"
    out: list[dict[str, str]] = []

    def gap(item: str, what: str) -> None:
        out.append({"item": item, "section": SECTION_OF_ITEM.get(item, ""), "what": what})

    if facts.provider is None:
        gap("", f"the provider's name is not stated: add [provider] name to {where}")
    if facts.legal_ground is None:
        gap("II", f"the specific ground under the GDPR is not stated: add [legal_ground] to {where}")
    if facts.transfers is None:
        gap(
            "III",
            f"whether personal data was transferred outside the Union, and on what ground, is not stated: add "
            f"[transfers] to {where}",
        )
    if facts.judicial_complaints is None:
        gap(
            "V",
            f"complaints lodged with a judicial authority and their outcomes are not stated: add "
            f"[judicial_complaints] to {where}",
        )
    if facts.organisations is None:
        gap(
            "IX",
            f"the organisations data was shared with are not stated: add [[organisations]] (or organisations = [] "
            f"for none) to {where}",
        )
    for row in report["organisations"] if facts.organisations is not None else ():
        if not row["declared"]:
            gap(
                "IX",
                f"referrals were recorded to {row['name']!r} ({row['cases_referred']} case(s)), which {where} does "
                "not list: add it to [[organisations]] with its country",
            )
    return out


# --- the outline every format is drawn from -------------------------------------------------------------------


@dataclass
class Para:
    text: str
    kind: str = "p"  # p | missing | note | lead


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]]
    caption: str = ""
    total: bool = False  # the last row is a total
    split: int = 1  # HTML: long tables side by side in this many parts (half the pages in print)


@dataclass
class Figures:
    """Key figures shown large in HTML: (label, value, detail)."""

    items: list[tuple[str, str, str]]


@dataclass
class Chart:
    pass


Block = Para | Bullets | Table | Figures | Chart


@dataclass
class Section:
    number: str
    anchor: str
    title: str
    items: list[str]
    blocks: list[Block] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number.isdigit() else f"Appendix {self.number}. {self.title}"


def _n(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _count(n: int, noun: str) -> str:
    return f"{_n(n)} {noun}{'' if n == 1 else 's'}"


def _pct(value: float | None) -> str:
    return "not measurable (no case reviewed)" if value is None else f"{value * 100:.1f} %"


def _long_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def period_text(report: dict[str, Any]) -> str:
    p = report["period"]
    return f"{_long_day(p['from'])} to {_long_day(p['to'])}"


def _outline(report: dict[str, Any]) -> list[Section]:
    missing: dict[str, list[str]] = defaultdict(list)
    for m in report["completeness"]["missing"]:
        missing[m["item"]].append(m["what"])
    sections = {
        number: Section(number, anchor, title, items, missing=[w for i in items for w in missing.get(i, [])])
        for number, anchor, title, items in SECTIONS
    }
    totals = report["totals"]
    t = lambda key: totals.get(key, 0)  # noqa: E731

    s = sections["1"]
    s.blocks.append(Para(report["data_processed"]))
    s.blocks.append(
        Para(
            "Conversations the platform sent for scoring in the period; only those routed to human review were "
            "stored (encrypted), every other one was discarded at once and only counted."
        )
    )
    s.blocks.append(
        Table(
            ["in the period", "count"],
            [
                ["conversations scored", t("scored")],
                ["messages analysed", t("messages")],
                ["conversations routed to human review (stored, encrypted)", t("routed")],
                ["conversations discarded (nothing stored)", t("discarded")],
                ["of which stopped by a safeguard although above the threshold", t("safeguard_discards")],
            ],
            caption="Volumes",
        )
    )
    s.blocks.append(
        Table(
            ["tenant", "model version", "scored", "messages", "routed", "discarded", "confirmed", "false positive"],
            [
                [
                    r["tenant"],
                    r["model_version"],
                    *(
                        r.get(c, 0)
                        for c in ("scored", "messages", "routed", "discarded", "confirmed", "false_positive")
                    ),
                ]
                for r in report["by_tenant_and_model_version"]
            ],
            caption="By tenant and model version",
        )
    )

    s = sections["2"]
    ground = report["legal_ground"]
    if ground is not None:
        s.blocks.append(Para(f"{ground['article']}: {ground['meaning']}.", "lead"))
        s.blocks.append(Para(ground["explanation"]))

    s = sections["3"]
    transfers = report["transfers"]
    if transfers is not None and not transfers["outside_union"]:
        s.blocks.append(
            Para("No personal data processed under the Regulation was transferred outside the Union.", "lead")
        )
    elif transfers is not None:
        s.blocks.append(Para("Personal data was transferred outside the Union on these grounds:", "lead"))
        s.blocks.append(
            Table(
                ["country", "recipient", "ground (Chapter V GDPR)", "explanation"],
                [
                    [d["country"], d["recipient"], f"{d['ground']}: {d['meaning']}", d["explanation"] or ""]
                    for d in transfers["destinations"]
                ],
            )
        )

    s = sections["4"]
    cases = report["cases_identified"]
    s.blocks.append(
        Table(
            ["kind of online child sexual abuse", "cases identified"],
            [
                ["solicitation of children (confirmed by a reviewer)", cases["solicitation_of_children"]],
                ["online child sexual abuse material", "not detected by this service"],
            ],
            caption="Cases identified",
        )
    )
    s.blocks.append(
        Para(
            "A case is identified when a reviewer confirms it: the technology only routes conversations to human "
            "review. The conversations routed, and what became of them, are counted apart below."
        )
    )
    s.blocks.append(Para(cases["child_sexual_abuse_material_note"], "note"))
    s.blocks.append(
        Table(
            ["conversations routed to review in the period", "count"],
            [
                ["routed to review", cases["routed_to_review"]],
                ["confirmed by a reviewer (the cases identified above)", cases["confirmed"]],
                ["found a false positive by a reviewer", cases["false_positive"]],
                ["pending review when the report was made", cases["pending_review"]],
                ["expired unreviewed (content erased)", cases["expired_unreviewed"]],
            ],
            caption="Routed to review, reviewed and pending (not cases identified unless confirmed)",
        )
    )

    s = sections["5"]
    internal = report["complaints_internal_totals"]
    rows = [
        [kind.replace("_", " ").lower(), v.get("OPEN", 0), v.get("UPHELD", 0), v.get("REJECTED", 0), sum(v.values())]
        for kind, v in report["complaints"].items()
    ]
    rows.append(["all complaints", internal["open"], internal["upheld"], internal["rejected"], internal["lodged"]])
    s.blocks.append(
        Table(
            ["kind", "open", "upheld", "rejected", "lodged"],
            rows,
            caption="Complaints to the internal redress mechanism",
            total=True,
        )
    )
    judicial = report["complaints_judicial"]
    if judicial is not None:
        s.blocks.append(
            Table(
                ["lodged", "upheld", "rejected", "pending"],
                [[judicial["lodged"], judicial["upheld"], judicial["rejected"], judicial["pending"]]],
                caption="Complaints lodged with a judicial authority (stated by the provider)",
            )
        )

    s = sections["6"]
    s.blocks.append(
        Para(
            "Each model version is one technology. An error is a conversation the technology routed to review "
            "that a reviewer found a false positive; the ratio is false positives over reviewed cases."
        )
    )
    s.blocks.append(
        Table(
            ["technology (model version)", "reviewed", "confirmed", "false positives", "false-positive ratio"],
            [
                [
                    r["model_version"],
                    r["confirmed"] + r["false_positive"],
                    r["confirmed"],
                    r["false_positive"],
                    r["false_positive_ratio"],
                ]
                for r in report["error_ratio_per_technique"]
            ],
            caption="Error ratio per technique (model version)",
        )
    )

    s = sections["7"]
    p = report["period"]
    s.blocks.append(
        Figures(
            [
                (
                    str(r["technology"]),
                    _pct(r["error_rate"]),
                    f"{p['from']} to {p['to']}: {_count(r['false_positive'], 'false positive')} of "
                    f"{_count(r['reviewed'], 'reviewed case')}",
                )
                for r in report["error_rate_achieved"]
            ]
        )
    )
    s.blocks.append(
        Table(
            ["technology", "period", "reviewed", "false positives", "error rate achieved"],
            [
                [
                    r["technology"],
                    f"{p['from']} to {p['to']}",
                    r["reviewed"],
                    r["false_positive"],
                    _pct(r["error_rate"]),
                ]
                for r in report["error_rate_achieved"]
            ],
            caption="Error rate achieved",
            total=len(report["error_rate_achieved"]) > 1,
        )
    )
    measures = report["measures_to_limit_errors"]
    s.blocks.append(Para("Measures applied to limit errors:"))
    s.blocks.append(Bullets(measures["safeguards"]))
    if measures["current_thresholds"]:
        s.blocks.append(
            Table(
                ["tenant", "threshold"],
                [[k, f"{v:.3f}"] for k, v in measures["current_thresholds"].items()],
                caption="Current thresholds",
            )
        )
    s.blocks.append(
        Table(
            ["at (UTC)", "tenant", "old", "new", "by", "reason", "source"],
            [
                [
                    h["at"].replace("T", " ").removesuffix("+00:00"),
                    h["tenant"],
                    "" if h["old"] is None else f"{h['old']:.3f}",
                    f"{h['new']:.3f}",
                    h["actor"],
                    h["reason"],
                    h["source"],
                ]
                for h in measures["threshold_history"]
            ],
            caption="Threshold changes in the period",
        )
    )

    s = sections["8"]
    retention = report["retention_policy"]
    policy = []
    if "confirmed_retention_days" in retention:
        policy.append(
            f"A confirmed case is kept {retention['confirmed_retention_days']} days from the verdict, and never more "
            f"than {retention.get('maximum_retention_days', 365)} days from when it was routed; then its content is "
            "erased (S10)."
        )
    if "pending_review_limit_days" in retention:
        policy.append(
            f"A routed case nobody reviewed within {retention['pending_review_limit_days']:g} days expires and loses "
            "its content (S10)."
        )
    policy.append("A case found a false positive loses its content at once (S9).")
    if "discarded_conversations" in retention:
        policy.append(f"Discarded conversations: {retention['discarded_conversations']} (S8).")
    s.blocks.append(Para("Retention policy:"))
    s.blocks.append(Bullets(policy))
    erasures = report["erasures"]
    s.blocks.append(
        Table(
            ["erased, of the cases routed in the period", "count"],
            [
                ["false positives (at the verdict)", erasures["false_positive"]],
                ["expired unreviewed", erasures["expired_unreviewed"]],
                ["confirmed, past retention", erasures["confirmed_past_retention"]],
            ],
            caption="Erasures",
        )
    )
    s.blocks.append(Para("Data protection safeguards applied:"))
    s.blocks.append(Bullets(report["data_protection_safeguards"]))

    s = sections["9"]
    organisations = report["organisations"]
    referred = report["referrals"]
    if organisations:
        s.blocks.append(
            Table(
                ["organisation", "country", "outside the Union", "cases referred in the period"],
                [
                    [
                        o["name"],
                        o["country"] or "not stated",
                        "" if o["outside_union"] is None else ("yes" if o["outside_union"] else "no"),
                        o["cases_referred"],
                    ]
                    for o in organisations
                ],
                caption="Organisations acting in the public interest against child sexual abuse",
            )
        )
    elif not sections["9"].missing:
        s.blocks.append(Para("No data was shared with any organisation in the period.", "lead"))
    s.blocks.append(
        Para(
            f"{_count(referred['recorded'], 'referral')} of {_count(referred['cases_referred'], 'confirmed case')} "
            f"{'was' if referred['recorded'] == 1 else 'were'} recorded in the period (ReviewService.RecordReferral, "
            "grooming-risk review refer). A referral record holds the organisation's name and the time, never "
            "content."
        )
    )

    s = sections["A"]
    s.blocks.append(Chart())
    s.blocks.append(
        Table(
            ["week", "scored", "routed", "confirmed", "false positive"],
            [
                [w, v.get("scored", 0), v.get("routed", 0), v.get("confirmed", 0), v.get("false_positive", 0)]
                for w, v in report["weekly"].items()
            ],
            caption="Weekly volumes (ISO weeks; verdicts in the week their case was routed)",
            split=2,
        )
    )

    s = sections["B"]
    s.blocks.append(
        Bullets(
            [
                f"The period is {p['from']} to {p['to']} inclusive, in UTC.",
                "Volumes come from per-day counters the service keeps by tenant and model version (numbers only).",
                "Cases are those routed in the period, counted by their state when the report was made; a case "
                "routed late in the period may still be pending.",
                "Referrals are counted when recorded in the period; one case counts once per organisation.",
                "Complaints are those received in the period, by their outcome when the report was made.",
                f"The item numbers (I) to (IX) are the nine indents of Article 3(1)(g)(vii) of {REGULATION}, in "
                "their order.",
            ]
        )
    )
    return list(sections.values())


# --- Markdown ---------------------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    """A table cell: free text (an admin's reason, tenant names) cannot break the table or the terminal."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    return visible(_n(value)).replace("|", "\\|")


def _md_table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    if not rows:
        lines.append("| " + " | ".join(["none"] + [""] * (len(headers) - 1)) + " |")
    return lines


def _item_tag(item: str) -> str:
    return f" ({item})" if item else ""


def _title(report: dict[str, Any]) -> str:
    provider = report.get("provider")
    who = f": {provider['name']}" if provider else ""
    return f"{report['title']}{who}, {report['period']['from']} to {report['period']['to']}"


def _mapping_rows(report: dict[str, Any], sections: list[Section]) -> list[list[str]]:
    by_item = {i: s for s in sections for i in s.items}
    rows = []
    for numeral, _, asks in ITEMS:
        section = by_item[numeral]
        status = f"MISSING: {len(section.missing)} fact(s)" if section.missing else "answered"
        rows.append([f"({numeral})", asks[0].upper() + asks[1:], section.heading, status])
    return rows


def to_markdown(report: dict[str, Any]) -> str:
    sections = _outline(report)
    provider = report.get("provider")
    out = [f"# {visible(_title(report))}", ""]
    out.append(
        f"Report under {ARTICLE} of {REGULATION} on the processing of personal data to detect the solicitation of "
        f"children, for {period_text(report)}."
    )
    out.append("")
    if provider:
        details = [f"Provider: {provider['name']}"]
        details += [f"service: {provider['service']}"] if provider.get("service") else []
        details += [f"contact: {provider['contact']}"] if provider.get("contact") else []
        out += [visible("; ".join(details) + "."), ""]
    facts = report.get("facts_file")
    out += [
        f"Generated {report['generated_at']} by {report.get('generator', 'grooming-risk')}"
        + (f", with the provider's facts from {visible(facts)}." if facts else ", without a facts file."),
        "",
    ]
    missing = report["completeness"]["missing"]
    if missing:
        out += [f"**Incomplete: {len(missing)} required fact(s) missing.**", ""]
        out += [f"- MISSING{_item_tag(m['item'])}: {visible(m['what'])}" for m in missing]
        out.append("")
    else:
        out += [f"**Complete: every item of {ARTICLE} is answered.**", ""]
    out += ["## Contents: the Regulation's items and where they are answered", ""]
    out += _md_table(["item", "the Regulation asks for", "answered in", "status"], _mapping_rows(report, sections))
    out += ["", "Appendices: " + "; ".join(s.heading for s in sections if not s.items) + ".", ""]
    for section in sections:
        out += [f"## {section.heading}", ""]
        if section.items:
            asks = "; ".join(ITEM_TEXT[i] for i in section.items)
            out += [f"*Answers {reference(section.items)}: {asks}.*", ""]
        for what in section.missing:
            out += [f"> **MISSING:** {visible(what)}", ""]
        for block in section.blocks:
            out += [*_md_block(block), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _md_block(block: Block) -> list[str]:
    if isinstance(block, Para):
        text = visible(block.text)
        return [f"**{text}**" if block.kind == "lead" else f"*{text}*" if block.kind == "note" else text]
    if isinstance(block, Bullets):
        return [f"- {visible(item)}" for item in block.items]
    if isinstance(block, Table):
        return ([f"{block.caption}:", ""] if block.caption else []) + _md_table(block.headers, block.rows)
    if isinstance(block, Figures):
        return [f"- **{visible(value)}**: {visible(label)} ({visible(detail)})" for label, value, detail in block.items]
    return ["(The HTML report shows these weekly volumes as a chart.)"]


# --- HTML -------------------------------------------------------------------------------------------------------


def weekly_chart_png(report: dict[str, Any]) -> bytes:
    import matplotlib
    import matplotlib.ticker

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    weeks = list(report["weekly"])
    fig, ax = plt.subplots(figsize=(7.2, 2.9), dpi=200)
    series = [
        ("scored", "conversations scored", "#1f4e79"),
        ("routed", "routed to review", "#c55a11"),
        ("confirmed", "confirmed", "#548235"),
        ("false_positive", "false positive", "#a5a5a5"),
    ]
    for key, label, colour in series:
        ax.plot(
            weeks,
            [report["weekly"][w].get(key, 0) for w in weeks],
            marker="o",
            markersize=2.5,
            lw=1.2,
            label=label,
            color=colour,
        )
    ax.set_yscale("symlog")
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:,.0f}"))
    ax.set_xlabel("ISO week", fontsize=8)
    ax.set_ylabel("count (log scale)", fontsize=8)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.01), fontsize=7, frameon=False, ncols=4, borderaxespad=0)
    ax.grid(axis="y", color="#dddddd", lw=0.5)
    ax.spines[["top", "right"]].set_visible(False)
    step = max(1, len(weeks) // 13)
    ax.set_xticks(range(0, len(weeks), step), [weeks[i] for i in range(0, len(weeks), step)])
    ax.tick_params(axis="x", rotation=45, labelsize=6.5)
    ax.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


_CSS = """
@page { size: A4; margin: 16mm 15mm 17mm 15mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.6pt; color: #1a1a1a;
  line-height: 1.38; }
body { max-width: 58em; margin: 1.5em auto; padding: 0 1em; }
@media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; text-decoration: none; } }
header.cover { border-bottom: 2.5pt solid #1f4e79; padding-bottom: .7em; margin-bottom: .9em; }
.eyebrow { letter-spacing: .04em; font-size: 8.4pt; color: #1f4e79; font-weight: bold; }
h1 { font-size: 19pt; margin: .15em 0 .1em; line-height: 1.2; }
.subtitle { font-size: 11pt; margin: 0 0 .35em; }
.meta { font-size: 8.2pt; color: #444; margin: .15em 0; }
h2 { font-size: 12.5pt; color: #1f4e79; margin: 1.3em 0 .2em; padding-bottom: .1em; border-bottom: .6pt solid #9fb7d0;
  break-after: avoid; page-break-after: avoid; }
h2.contents { margin-top: .9em; }
.answers { font-size: 8.2pt; color: #333; margin: .2em 0 .6em; break-after: avoid; }
.ref { display: inline-block; font-weight: bold; color: #fff; background: #1f4e79; border-radius: 2pt;
  padding: 0 .45em; margin-right: .4em; white-space: nowrap; }
.status { padding: .45em .7em; margin: .6em 0; border-left: 4pt solid; break-inside: avoid; }
.status.ok { border-color: #548235; background: #eef5e9; }
.status.gap { border-color: #b00020; background: #fdecee; }
.status ul { margin: .3em 0 0 1.1em; padding: 0; }
.missing { border: 1pt solid #b00020; background: #fdecee; color: #6b0013; padding: .4em .6em; margin: .4em 0 .7em;
  break-inside: avoid; }
.missing strong { color: #b00020; }
p { margin: .35em 0; }
p.lead { font-weight: bold; }
p.note { font-size: 8.6pt; color: #444; border-left: 2pt solid #ccc; padding-left: .6em; }
ul { margin: .3em 0 .5em 1.2em; padding: 0; }
li { margin: .12em 0; }
table { border-collapse: collapse; width: 100%; margin: .35em 0 .8em; font-size: 8.8pt; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.8pt; padding: 0 0 .2em;
  color: #333; break-after: avoid; }
table.keep { break-inside: avoid; page-break-inside: avoid; }
.split { display: flex; justify-content: space-between; align-items: flex-start; }
.split > table { flex: none; width: 48.5%; font-size: 8.4pt; }
.split td:first-child { white-space: nowrap; }
p.tcaption { font-weight: bold; font-size: 8.8pt; color: #333; margin: .3em 0 .2em; break-after: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { background: #e8eef5; font-weight: bold; text-align: left; }
th, td { border: .5pt solid #b9c6d4; padding: .22em .45em; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f3f6f9; }
td.none { color: #777; font-style: italic; }
table.map td:first-child { white-space: nowrap; font-weight: bold; }
table.map td.gap { color: #b00020; font-weight: bold; }
table.map td.ok { color: #3b6b22; font-weight: bold; }
.figures { display: flex; flex-wrap: wrap; gap: .6em; margin: .5em 0 .8em; break-inside: avoid; }
.figure { flex: 1 1 12em; border: 1pt solid #b9c6d4; border-top: 3pt solid #1f4e79; padding: .4em .6em; }
.figure .value { font-size: 16pt; font-weight: bold; color: #1f4e79; line-height: 1.15; }
.figure .label { font-size: 8.2pt; font-weight: bold; }
.figure .detail { font-size: 7.8pt; color: #555; }
.glance .figure { border-top-color: #c55a11; }
.glance .figure .value { color: #1a1a1a; }
figure.chart { margin: .4em 0 .8em; break-inside: avoid; }
figure.chart img { width: 100%; height: auto; }
figure.chart figcaption { font-size: 8pt; color: #555; }
section { break-inside: auto; }
section.appendix { break-before: page; page-break-before: always; }
section.appendix ~ section.appendix { break-before: auto; page-break-before: auto; }
footer { margin-top: 1.5em; font-size: 7.8pt; color: #666; border-top: .5pt solid #ccc; padding-top: .3em; }
"""


def _css_string(text: str) -> str:
    """A CSS string literal that nothing in `text` can end (every character but letters, digits and spaces
    written as a CSS escape, so not even "</style>" survives)."""
    return '"' + "".join(ch if (ch.isalnum() and ch.isascii()) or ch == " " else f"\\{ord(ch):x} " for ch in text) + '"'


def _page_css(report: dict[str, Any]) -> str:
    """Running header and page numbers in print (these margin boxes replace the browser's own header)."""
    box = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; color: #666;"
    return (
        f"@page {{ @top-left {{ content: {_css_string(_title(report))}; {box} }}"
        f" @bottom-left {{ content: {_css_string(f'{ARTICLE} {REGULATION}')}; {box} }}"
        f' @bottom-right {{ content: "Page " counter(page) " of " counter(pages); {box} }} }}'
    )


def _h(value: Any) -> str:
    return html.escape(_n(value) if not isinstance(value, float) else f"{value:.4f}")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _html_table(block: Table, css: str = "") -> str:
    numeric = [
        all(isinstance(row[i], (int, float)) and not isinstance(row[i], bool) for row in block.rows)
        and bool(block.rows)
        for i in range(len(block.headers))
    ]
    head = "".join(
        f'<th{" class=num" if numeric[i] else ""} scope="col">{html.escape(h)}</th>'
        for i, h in enumerate(block.headers)
    )
    body = []
    for index, row in enumerate(block.rows):
        total = block.total and index == len(block.rows) - 1
        cells = "".join(
            f"<td{' class=num' if numeric[i] or _is_number(v) else ''}>{_h(v if v is not None else '')}</td>"
            for i, v in enumerate(row)
        )
        body.append(f"<tr{' class=total' if total else ''}>{cells}</tr>")
    if not block.rows:
        body.append(f'<tr><td class="none" colspan="{len(block.headers)}">none in the period</td></tr>')
    caption = f"<caption>{html.escape(block.caption)}</caption>" if block.caption else ""
    classes = " ".join(c for c in (css, "keep" if len(block.rows) <= 16 else "") if c)
    cls = f' class="{classes}"' if classes else ""
    return f"<table{cls}>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _html_split_table(block: Table) -> str:
    """A long table as `split` tables side by side (the caption once, above them)."""
    if block.split <= 1 or len(block.rows) <= 20:
        return _html_table(block)
    size = -(-len(block.rows) // block.split)
    parts = [block.rows[i : i + size] for i in range(0, len(block.rows), size)]
    tables = "".join(_html_table(Table(block.headers, part)) for part in parts)
    return f'<p class="tcaption">{html.escape(block.caption)}</p><div class="split">{tables}</div>'


def _html_figures(items: list[tuple[str, str, str]], css: str = "") -> str:
    cards = "".join(
        f'<div class="figure"><div class="value">{html.escape(value)}</div><div class="label">{html.escape(label)}'
        f'</div><div class="detail">{html.escape(detail)}</div></div>'
        for label, value, detail in items
    )
    return f'<div class="figures {css}">{cards}</div>'


def _html_block(block: Block, report: dict[str, Any]) -> str:
    if isinstance(block, Para):
        return f'<p class="{block.kind}">{html.escape(block.text)}</p>'
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        return _html_split_table(block)
    if isinstance(block, Figures):
        return _html_figures(block.items)
    if not report["weekly"]:
        return '<p class="note">No volumes in the period: no chart.</p>'
    chart = base64.b64encode(weekly_chart_png(report)).decode()
    return (
        f'<figure class="chart"><img alt="weekly volumes: conversations scored, routed, confirmed and false '
        f'positive per ISO week" src="data:image/png;base64,{chart}"><figcaption>Weekly volumes, on a log '
        "scale (0, 1, 10, 100, ...).</figcaption></figure>"
    )


def to_html(report: dict[str, Any]) -> str:
    """One self-contained HTML file (styles inline, the chart as a data URL) laid out for A4 print."""
    sections = _outline(report)
    provider = report.get("provider")
    totals = report["totals"]
    missing = report["completeness"]["missing"]
    parts = ['<header class="cover">', f'<div class="eyebrow">Transparency report · {ARTICLE} {REGULATION}</div>']
    parts.append(f"<h1>{html.escape(provider['name'] if provider else 'Provider not stated')}</h1>")
    parts.append(
        '<p class="subtitle">Processing of personal data to detect the solicitation of children<br>'
        f"<strong>{html.escape(period_text(report))}</strong></p>"
    )
    if provider and (provider.get("service") or provider.get("contact")):
        bits = [f"Service: {provider['service']}"] if provider.get("service") else []
        bits += [f"Contact: {provider['contact']}"] if provider.get("contact") else []
        parts.append(f'<p class="meta">{html.escape(" · ".join(bits))}</p>')
    facts = report.get("facts_file")
    parts.append(
        f'<p class="meta">Generated {html.escape(report["generated_at"])} by '
        f"{html.escape(report.get('generator', 'grooming-risk'))}; "
        + (f"the provider's facts from {html.escape(facts)}." if facts else "no facts file was given.")
        + "</p></header>"
    )
    if missing:
        items = "".join(
            f"<li><strong>{html.escape(_item_tag(m['item']).strip())}</strong> {html.escape(m['what'])}</li>"
            for m in missing
        )
        parts.append(
            f'<div class="status gap"><strong>Incomplete: {len(missing)} required fact(s) missing.</strong>'
            f"<ul>{items}</ul></div>"
        )
    else:
        parts.append(
            f'<div class="status ok"><strong>Complete:</strong> every item of {ARTICLE} of {REGULATION} is answered '
            "below, in the section the table names.</div>"
        )
    cases = report["cases_identified"]
    overall = report["error_rate_achieved"][-1]
    parts.append(
        _html_figures(
            [
                ("conversations scored", _n(totals.get("scored", 0)), f"{_n(totals.get('messages', 0))} messages"),
                ("routed to human review", _n(totals.get("routed", 0)), f"{_n(cases['pending_review'])} still pending"),
                ("solicitation cases identified", _n(cases["solicitation_of_children"]), "confirmed by a reviewer"),
                ("error rate achieved", _pct(overall["error_rate"]), "false positives of reviewed cases"),
            ],
            "glance",
        )
    )
    parts.append(
        '<h2 class="contents" id="contents">Contents: the Regulation\'s items and where they are answered</h2>'
    )
    by_item = {i: s for s in sections for i in s.items}
    rows = []
    for numeral, _, asks in ITEMS:
        section = by_item[numeral]
        status = (
            f'<td class="gap">missing ({len(section.missing)})</td>'
            if section.missing
            else '<td class="ok">answered</td>'
        )
        rows.append(
            f"<tr><td>({numeral})</td><td>{html.escape(asks[0].upper() + asks[1:])}</td>"
            f'<td><a href="#{section.anchor}">{html.escape(section.heading)}</a></td>{status}</tr>'
        )
    appendices = "; ".join(f'<a href="#{s.anchor}">{html.escape(s.heading)}</a>' for s in sections if not s.items)
    parts.append(
        '<table class="map"><thead><tr><th scope="col">item</th><th scope="col">the Regulation asks for</th>'
        '<th scope="col">answered in</th><th scope="col">status</th></tr></thead><tbody>'
        + "".join(rows)
        + f'</tbody></table><p class="meta">Items (I) to (IX) are the nine indents of {ARTICLE}, in order. '
        f"Appendices: {appendices}.</p>"
    )
    for section in sections:
        css = "appendix" if not section.items else ""
        parts.append(f'<section id="{section.anchor}" class="{css}"><h2>{html.escape(section.heading)}</h2>')
        if section.items:
            asks = "; ".join(ITEM_TEXT[i] for i in section.items)
            parts.append(
                f'<p class="answers"><span class="ref">{html.escape(reference(section.items))}</span>'
                f"Answers: {html.escape(asks)}.</p>"
            )
        for what in section.missing:
            parts.append(f'<div class="missing"><strong>MISSING:</strong> {html.escape(what)}</div>')
        parts += [_html_block(block, report) for block in section.blocks]
        parts.append("</section>")
    parts.append(
        f"<footer>{html.escape(_title(report))}. Numbers and the names of tenants, model versions and "
        "organisations only: no conversation, case or participant id, no content.</footer>"
    )
    title = html.escape(_title(report))
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}{_page_css(report)}</style>'
        "</head>"
        f"<body>{''.join(parts)}</body></html>\n"
    )


def render(report: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report, indent=1) + "\n"
    if fmt == "markdown":
        return to_markdown(report)
    if fmt == "html":
        return to_html(report)
    raise ValueError(f"unknown format {fmt!r} (json, markdown or html)")
