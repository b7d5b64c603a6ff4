"""Facts only the provider knows, for the transparency report: the operator's TOML file (`--report-facts`).

Article 3(1)(g)(vii) of Regulation (EU) 2021/1232 asks for some things the review store cannot know: the
ground relied on under the GDPR, the ground of any transfer outside the Union, complaints lodged with a
judicial authority, and the organisations data was shared with. `docs/report-facts.example.toml` shows
every key; `docs/transparency-report.md` explains them.

A table left out is not an error: the report then says plainly that its item is missing (and `--strict`
fails). A table that is there is checked in full: an unknown key, a wrong type, an unknown GDPR article, a
country outside the Union with no transfer ground, are one-line errors naming the key (`FactsError`).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from grooming_risk.service.errors import InvalidRequest
from grooming_risk.service.review_store import organisation_name

# EU Member States and the other EEA states (the GDPR applies there; Chapter V is about the rest), ISO 3166-1
# alpha-2, with EL (the EU's code for Greece) beside GR.
EU_EEA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "EL",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)

# Article 6(1) GDPR: the grounds a processing can rest on.
GDPR_ARTICLE_6 = {
    "6(1)(a)": "consent of the data subject",
    "6(1)(b)": "performance of a contract with the data subject",
    "6(1)(c)": "compliance with a legal obligation of the controller",
    "6(1)(d)": "vital interests of the data subject or of another natural person",
    "6(1)(e)": "a task carried out in the public interest or in the exercise of official authority",
    "6(1)(f)": "legitimate interests pursued by the controller or by a third party",
}

# Chapter V GDPR: the grounds a transfer outside the Union can rest on.
GDPR_CHAPTER_V = {
    "45(3)": "an adequacy decision of the Commission",
    "46(2)(a)": "a legally binding instrument between public authorities or bodies",
    "46(2)(b)": "binding corporate rules",
    "46(2)(c)": "standard data protection clauses adopted by the Commission",
    "46(2)(d)": "standard data protection clauses adopted by a supervisory authority and approved by the Commission",
    "46(2)(e)": "an approved code of conduct with binding commitments of the recipient",
    "46(2)(f)": "an approved certification mechanism with binding commitments of the recipient",
    "46(3)(a)": "contractual clauses authorised by the competent supervisory authority",
    "46(3)(b)": "administrative arrangements between public authorities, authorised by the supervisory authority",
    "47": "binding corporate rules approved under Article 47",
    "49(1)(a)": "the data subject's explicit consent (derogation)",
    "49(1)(b)": "performance of a contract with the data subject (derogation)",
    "49(1)(c)": "a contract concluded in the interest of the data subject (derogation)",
    "49(1)(d)": "important reasons of public interest (derogation)",
    "49(1)(e)": "the establishment, exercise or defence of legal claims (derogation)",
    "49(1)(f)": "vital interests of the data subject or of other persons (derogation)",
    "49(1)(g)": "a transfer from a public register (derogation)",
}

MAX_NAME = 200
MAX_TEXT = 2000
_COUNTRY = re.compile(r"[A-Z]{2}")
_URL = re.compile(r"https?://[^\s]+")
_ARTICLE_PREFIX = re.compile(r"^(article|art\.?)", re.IGNORECASE)


class FactsError(ValueError):
    """The facts file cannot be used; the message is one line naming the file and the key."""


@dataclass(frozen=True)
class Provider:
    name: str
    service: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class LegalGround:
    article: str  # "6(1)(f)"
    meaning: str  # what that point of Article 6(1) is
    explanation: str


@dataclass(frozen=True)
class Destination:
    country: str
    recipient: str
    article: str  # "46(2)(c)"
    meaning: str
    explanation: str | None = None


@dataclass(frozen=True)
class Transfers:
    outside_union: bool
    destinations: tuple[Destination, ...] = ()


@dataclass(frozen=True)
class JudicialComplaints:
    lodged: int
    upheld: int
    rejected: int
    pending: int


@dataclass(frozen=True)
class Organisation:
    name: str
    country: str
    website: str | None = None

    @property
    def key(self) -> str:
        return self.name.casefold()


@dataclass(frozen=True)
class ReportFacts:
    """What the operator stated; None: not stated (the report marks the item missing)."""

    provider: Provider | None = None
    legal_ground: LegalGround | None = None
    transfers: Transfers | None = None
    judicial_complaints: JudicialComplaints | None = None
    organisations: tuple[Organisation, ...] | None = None
    source: str | None = None  # the file's name, as the report cites it


class _Reader:
    """Typed access to one table of the file; every error names `file: key`."""

    def __init__(self, path: Path, where: str, table: Any, allowed: tuple[str, ...]) -> None:
        self.path, self.where = path, where
        if not isinstance(table, dict):
            self.fail(where, "must be a table")
        self.table: dict[str, Any] = table
        for key in table:
            if key not in allowed:
                self.fail(f"{where}.{key}", f"unknown key (expected {', '.join(allowed)})")

    def fail(self, key: str, problem: str) -> NoReturn:
        raise FactsError(f"{self.path}: {key}: {problem}")

    def key(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def text(self, name: str, required: bool = True, limit: int = MAX_TEXT, multiline: bool = False) -> str | None:
        value = self.table.get(name)
        if value is None:
            if required:
                self.fail(self.key(name), "is required")
            return None
        if not isinstance(value, str):
            self.fail(self.key(name), "must be a string")
        allowed = {"\n", "\r", "\t"} if multiline else set[str]()
        for position, ch in enumerate(value, start=1):
            if ch not in allowed and unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
                self.fail(self.key(name), f"contains a control, format or line-break character at position {position}")
        text = " ".join(unicodedata.normalize("NFC", value).split())
        if not text:
            self.fail(self.key(name), "must not be empty")
        if len(text) > limit:
            self.fail(self.key(name), f"is longer than {limit} characters")
        return text

    def name(self, name: str) -> str:
        value = self.table.get(name)
        if value is None:
            self.fail(self.key(name), "is required")
        if not isinstance(value, str):
            self.fail(self.key(name), "must be a string")
        try:
            return organisation_name(value, self.key(name))
        except InvalidRequest as error:
            raise FactsError(f"{self.path}: {error}") from None

    def country(self, name: str) -> str:
        value = self.table.get(name)
        if not isinstance(value, str) or not _COUNTRY.fullmatch(value.strip().upper()):
            self.fail(self.key(name), 'must be a two-letter ISO 3166-1 country code such as "DE" or "US"')
        return str(value).strip().upper()

    def count(self, name: str) -> int:
        value = self.table.get(name)
        if value is None:
            self.fail(self.key(name), "is required")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            self.fail(self.key(name), "must be a whole number, 0 or more")
        return int(value)

    def article(self, name: str, grounds: dict[str, str], what: str) -> tuple[str, str]:
        value = self.table.get(name)
        if not isinstance(value, str):
            self.fail(self.key(name), f"is required: {what}, one of {', '.join(grounds)}")
        article = _ARTICLE_PREFIX.sub("", "".join(value.split())).lower().removesuffix("gdpr")
        if article not in grounds:
            self.fail(self.key(name), f"must be {what}, one of {', '.join(grounds)}")
        return article, grounds[article]


def _provider(path: Path, table: Any) -> Provider:
    r = _Reader(path, "provider", table, ("name", "service", "contact"))
    name = r.text("name", limit=MAX_NAME)
    assert name is not None
    return Provider(name, r.text("service", required=False, limit=MAX_NAME), r.text("contact", False, MAX_NAME))


def _legal_ground(path: Path, table: Any) -> LegalGround:
    r = _Reader(path, "legal_ground", table, ("article", "explanation"))
    article, meaning = r.article("article", GDPR_ARTICLE_6, "a point of Article 6(1) GDPR")
    explanation = r.text("explanation", multiline=True)
    assert explanation is not None
    return LegalGround(article, meaning, explanation)


def _transfers(path: Path, table: Any) -> Transfers:
    r = _Reader(path, "transfers", table, ("outside_union", "destinations"))
    outside = table.get("outside_union")
    if not isinstance(outside, bool):
        r.fail("transfers.outside_union", "is required: true or false")
    destinations = table.get("destinations", [])
    if not isinstance(destinations, list):
        r.fail("transfers.destinations", "must be an array of tables ([[transfers.destinations]])")
    if outside and not destinations:
        r.fail("transfers.destinations", "is required when outside_union = true (one per country and recipient)")
    if not outside and destinations:
        r.fail("transfers.destinations", "is given but outside_union = false")
    found = []
    for index, entry in enumerate(destinations):
        d = _Reader(path, f"transfers.destinations[{index}]", entry, ("country", "recipient", "article", "explanation"))
        country = d.country("country")
        if country in EU_EEA:
            d.fail(d.key("country"), f"{country} is in the EU/EEA: list only destinations outside the Union")
        article, meaning = d.article("article", GDPR_CHAPTER_V, "the Chapter V GDPR ground")
        recipient = d.name("recipient")
        found.append(Destination(country, recipient, article, meaning, d.text("explanation", False, multiline=True)))
    return Transfers(bool(outside), tuple(found))


def _judicial(path: Path, table: Any) -> JudicialComplaints:
    r = _Reader(path, "judicial_complaints", table, ("lodged", "upheld", "rejected", "pending"))
    counts = JudicialComplaints(r.count("lodged"), r.count("upheld"), r.count("rejected"), r.count("pending"))
    if counts.upheld + counts.rejected + counts.pending != counts.lodged:
        r.fail("judicial_complaints", "upheld + rejected + pending must equal lodged")
    return counts


def _organisations(path: Path, value: Any) -> tuple[Organisation, ...]:
    if not isinstance(value, list):
        raise FactsError(f"{path}: organisations: must be an array of tables ([[organisations]]), or [] for none")
    found: list[Organisation] = []
    for index, entry in enumerate(value):
        r = _Reader(path, f"organisations[{index}]", entry, ("name", "country", "website"))
        name, country = r.name("name"), r.country("country")
        website = r.text("website", required=False, limit=MAX_NAME)
        if website is not None and not _URL.fullmatch(website):
            r.fail(r.key("website"), "must be an http:// or https:// address")
        if any(o.key == name.casefold() for o in found):
            r.fail(r.key("name"), "names an organisation listed before")
        found.append(Organisation(name, country, website))
    return tuple(found)


def load_facts(path: Path) -> ReportFacts:
    """Read and check the facts file (FactsError, one line naming the key, on any problem)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FactsError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    except UnicodeDecodeError:
        raise FactsError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise FactsError(f"{path}: not valid TOML ({exc})") from None
    top = ("provider", "legal_ground", "transfers", "judicial_complaints", "organisations")
    for key in data:
        if key not in top:
            raise FactsError(f"{path}: {key}: unknown key (expected {', '.join(top)})")
    facts = ReportFacts(
        provider=_provider(path, data["provider"]) if "provider" in data else None,
        legal_ground=_legal_ground(path, data["legal_ground"]) if "legal_ground" in data else None,
        transfers=_transfers(path, data["transfers"]) if "transfers" in data else None,
        judicial_complaints=_judicial(path, data["judicial_complaints"]) if "judicial_complaints" in data else None,
        organisations=_organisations(path, data["organisations"]) if "organisations" in data else None,
        source=path.name,
    )
    _check_transfers_cover_organisations(path, facts)
    return facts


def _check_transfers_cover_organisations(path: Path, facts: ReportFacts) -> None:
    """An organisation outside the EU/EEA received personal data: that is a transfer, and needs its ground."""
    if facts.organisations is None or facts.transfers is None:
        return  # a missing table is reported as a missing item, not as an error
    covered = {d.country for d in facts.transfers.destinations}
    for index, organisation in enumerate(facts.organisations):
        if organisation.country not in EU_EEA and organisation.country not in covered:
            raise FactsError(
                f"{path}: organisations[{index}].country: {organisation.country} is outside the EU/EEA, but "
                f"[transfers] names no destination in {organisation.country} (add a [[transfers.destinations]] "
                "with the ground of that transfer)"
            )


def outside_union(country: str) -> bool:
    return country not in EU_EEA
