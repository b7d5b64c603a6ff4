"""The console's ASGI application (Starlette, Jinja2 with autoescape): routes, security headers, errors.

Every page is rendered on the server and works with the keyboard alone; one small script (static/console.js)
adds reveal toggles and shortcuts. State-changing requests are POSTs carrying the session's CSRF token. Bad
input answers an error page with a clear HTTP status, never a traceback; nothing here logs content.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from grooming_risk.service.console.api import Api, ApiError
from grooming_risk.service.console.sessions import Session, SessionStore, SigninThrottle
from grooming_risk.service.terminal import visible
from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import review_pb2 as rpb

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
MAX_FORM_BYTES = 64 * 1024
MAX_ID = 256
# Case and complaint ids are the service's uuid4 hex; anything else in an address (path traversal, unicode,
# controls, 10 KB of junk) is refused before it reaches the service, a log line or a page.
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,128}")
# A bearer token is sent as gRPC metadata, which allows visible ASCII only.
TOKEN_PATTERN = re.compile(r"[\x21-\x7e]{16,4096}")
# Fetch metadata a browser sends with a request another site (or a sibling port on the same host) made.
FOREIGN_SITES = ("cross-site", "same-site")
UNREACHABLE = ("UNAVAILABLE", "DEADLINE_EXCEEDED")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
INDICATOR_NAMES = {
    "AGE_PROBING": "Age probing",
    "PARENT_CHECK": "Parent check",
    "SECRECY": "Secrecy",
    "TRUST_FLATTERY": "Trust / flattery",
    "GIFTS": "Gifts",
    "IMAGE_REQUEST": "Image request",
    "PLATFORM_MIGRATION": "Platform migration",
    "MEETING_PROPOSAL": "Meeting proposal",
    "SEXUAL_CONTENT": "Sexual content",
    "PRESSURE_THREAT": "Pressure / threat",
}
VERDICTS = {"confirmed": rpb.VERDICT_CONFIRMED, "false_positive": rpb.VERDICT_FALSE_POSITIVE}
OUTCOMES = {"upheld": rpb.COMPLAINT_STATUS_UPHELD, "rejected": rpb.COMPLAINT_STATUS_REJECTED}
MAX_COMPLAINT_NOTE = 2000  # ResolveComplaint's limit
MAX_REASON = 1000  # UpdatePolicy's limit on a reason
HISTORY_ROWS = 10  # threshold changes shown per tenant on the ops page (the transparency report has them all)
REPORT_FORMATS = {
    "html": ppb.REPORT_FORMAT_HTML,
    "markdown": ppb.REPORT_FORMAT_MARKDOWN,
    "json": ppb.REPORT_FORMAT_JSON,
}
REPORT_TIMEOUT = 120.0  # seconds: the report is computed from the whole store
# What of the service's answer may go into the download's headers (it is the service's text, so it is checked:
# no quotes, line breaks or path separators in a header).
REPORT_FILENAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
REPORT_CONTENT_TYPE = re.compile(r"[a-z0-9.+-]+/[a-z0-9.+-]+(; ?charset=[a-z0-9_-]+)?", re.IGNORECASE)
COMPLAINT_FILTERS = {
    "open": rpb.COMPLAINT_STATUS_OPEN,
    "upheld": rpb.COMPLAINT_STATUS_UPHELD,
    "rejected": rpb.COMPLAINT_STATUS_REJECTED,
    "all": rpb.COMPLAINT_STATUS_UNSPECIFIED,
}


@dataclass(frozen=True)
class ConsoleConfig:
    """What the console needs to know; the defaults are explained in docs/console.md."""

    target: str
    target_ca: Path | None = None
    secure_cookies: bool = False  # True when served over TLS
    idle_minutes: float = 15.0
    claim_seconds: int = 300
    pending_limit_days: float = 30.0  # the service's pending_review_limit_days, for the deadline column
    break_after_minutes: float = 50.0
    break_after_cases: int = 25
    page_size: int = 25
    signin_failures: int = 10  # failed sign-ins per client address in signin_window_seconds, then 429
    signin_window_seconds: float = 300.0


class Problem(Exception):
    """An error page: HTTP status, a short title, and a sentence for the person (escaped on render)."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(title)
        self.status, self.title, self.detail = status, title, detail
        self.headers = headers or {}


class Redirect(Exception):
    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def shown(text: object) -> str:
    """Untrusted text as inert visible characters (controls, bidi overrides, invisibles as escapes); HTML
    escaping is left to autoescape so nothing is escaped twice."""
    return visible(str(text))


def when(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M UTC") if seconds else "-"


def duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m"


def _id(value: str, what: str) -> str:
    if not ID_PATTERN.fullmatch(value):
        raise Problem(
            400, f"Bad {what}", f"The {what} in the address is not one (letters, digits, - and _, up to 128)."
        )
    return value


def unreachable(target: str, details: str) -> Problem:
    return Problem(
        503,
        "Review service unreachable",
        f"The console cannot reach the review service at {target} ({details or 'no answer'}). "
        "Nothing was changed; try again in a moment, or tell whoever runs the service.",
    )


class SecurityHeaders:
    """Pure ASGI middleware: CSP, no framing, no sniffing, no referrer; `no-store` on everything but static files."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static_path = scope.get("path", "").startswith("/static/")

        async def sending(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                static = static_path and message.get("status") in (200, 304)  # a static 404 is not cached
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-frame-options", b"DENY"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"cache-control", b"private, max-age=300" if static else b"no-store"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, sending)


class Console:
    """Routes over one Api and one SessionStore."""

    def __init__(self, config: ConsoleConfig, api: Api | None = None) -> None:
        self.config = config
        self.api = api or Api(config.target, config.target_ca)
        self.sessions = SessionStore(config.idle_minutes * 60)
        self.throttle = SigninThrottle(config.signin_failures, config.signin_window_seconds)
        self.cookie = "__Host-console" if config.secure_cookies else "console"
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
        )
        self.env.filters.update(shown=shown, when=when, duration=duration)
        self.env.globals.update(indicator_names=INDICATOR_NAMES)

    # -- plumbing ------------------------------------------------------------------------------------------

    def render(
        self,
        request: Request,
        name: str,
        session: Session | None,
        status: int = 200,
        headers: dict[str, str] | None = None,
        **context: Any,
    ) -> Response:
        wellbeing = self._wellbeing(session) if session is not None and session.role == "reviewer" else None
        html = self.env.get_template(name).render(
            session=session, wellbeing=wellbeing, path=request.url.path, **context
        )
        response = HTMLResponse(html, status_code=status, headers=headers)
        if session is not None:
            self._set_cookie(response, session)
        return response

    def _set_cookie(self, response: Response, session: Session) -> None:
        response.set_cookie(
            self.cookie, session.sid, httponly=True, samesite="strict", secure=self.config.secure_cookies, path="/"
        )

    def _wellbeing(self, session: Session) -> dict[str, Any]:
        now = time.monotonic()
        seconds = session.seconds_reviewed + (min(now - session.open_since, 3600.0) if session.open_case else 0.0)
        suggest = (
            seconds >= self.config.break_after_minutes * 60 or session.cases_reviewed >= self.config.break_after_cases
        )
        return {"cases": session.cases_reviewed, "seconds": seconds, "suggest_break": suggest}

    def session_of(self, request: Request) -> Session | None:
        return self.sessions.get(request.cookies.get(self.cookie))

    def signed_in(self, request: Request, role: str | None = None) -> Session:
        session = self.session_of(request)
        if session is None or not session.signed_in:
            raise Redirect("/signin")
        if role is not None and session.role != role:
            raise Problem(
                403, "Not for this role", f"This page is for the {role} role; you are signed in as {session.role}."
            )
        return session

    async def form(self, request: Request, session: Session | None) -> dict[str, str]:
        """The urlencoded form of a POST, after checking its CSRF token against the session's (and that no other
        site, not even another port of this host, sent it: the browser's Sec-Fetch-Site, where it sends one)."""
        if request.headers.get("sec-fetch-site", "").strip().lower() in FOREIGN_SITES:
            raise Problem(403, "Request refused", "This form was sent from another site.")
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
            raise Problem(415, "Unsupported form", "Forms are sent as application/x-www-form-urlencoded.")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                raise Problem(413, "Form too large", f"A form may be at most {MAX_FORM_BYTES // 1024} KiB.")
        try:
            fields = {
                k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False).items()
            }
        except UnicodeDecodeError:
            raise Problem(400, "Bad form", "The form is not valid UTF-8.") from None
        if session is None or not session.check_csrf(fields.get("csrf", "")):
            raise Problem(
                403, "Request refused", "The form's security token is missing or stale. Reload the page and try again."
            )
        return fields

    async def rpc(
        self, session: Session, method: Callable[..., Any], request: Any, timeout: float | None = None
    ) -> Any:
        try:
            return await run_in_threadpool(self.api.call, method, request, session.token, timeout)
        except ApiError as error:
            if error.code == "UNAUTHENTICATED":  # the token was withdrawn from the service's token file
                self.sessions.drop(session)
                raise Redirect("/signin") from None
            if error.code in UNREACHABLE:
                raise unreachable(self.config.target, error.details) from None
            raise Problem(error.http_status, error.code.replace("_", " ").capitalize(), error.details) from None

    # -- sign-in ---------------------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        session = self.signed_in(request)
        return RedirectResponse("/ops" if session.role == "admin" else "/queue", 303)

    async def signin_page(self, request: Request) -> Response:
        session = self.session_of(request) or self.sessions.new()
        return self.render(request, "signin.html", session, error=None)

    async def signin(self, request: Request) -> Response:
        session = self.session_of(request)
        fields = await self.form(request, session)
        assert session is not None
        address = request.client.host if request.client else ""
        wait = self.throttle.retry_after(address)
        if wait > 0:
            raise Problem(
                429, "Too many sign-in attempts",
                f"Too many tokens were refused from your address. Try again in {math.ceil(wait / 60)} minute(s).",
                headers={"Retry-After": str(math.ceil(wait))},
            )  # fmt: skip
        token = fields.get("token", "").strip()
        role = None
        if TOKEN_PATTERN.fullmatch(token):
            try:
                role = await run_in_threadpool(self.api.role_of, token)
                if role is not None and await run_in_threadpool(self.api.accepts_any_token):
                    raise Problem(
                        503, "Service without tokens",
                        "The service accepts any token (it runs without --auth-tokens), so it cannot tell who "
                        "reads a case. The console signs nobody in to such a service.",
                    )  # fmt: skip
            except ApiError as error:
                if error.code in UNREACHABLE:
                    raise unreachable(self.config.target, error.details) from None
                raise Problem(error.http_status, "Sign-in failed", error.details) from None
        if role is None:
            self.throttle.failed(address)
            return self.render(
                request, "signin.html", session, status=401,
                error="This token is not accepted: the service knows no reviewer or admin with it.",
            )  # fmt: skip
        if session.open_case and session.role == "reviewer":  # signing in again, maybe as someone else
            await self._release(session, session.open_case)
        session = self.sessions.rotate(session)
        session.token, session.role, session.started_at = token, role, time.monotonic()
        response = RedirectResponse("/ops" if role == "admin" else "/queue", 303)
        self._set_cookie(response, session)
        return response

    async def signout(self, request: Request) -> Response:
        session = self.session_of(request)
        if session is None:  # already ended (idle timeout, restart): nothing to sign out of
            return RedirectResponse("/signin", 303)
        await self.form(request, session)
        assert session is not None
        if session.open_case and session.role == "reviewer":
            await self._release(session, session.open_case)
        self.sessions.drop(session)
        response = RedirectResponse("/signin", 303)
        response.delete_cookie(
            self.cookie, path="/", secure=self.config.secure_cookies, httponly=True, samesite="strict"
        )
        return response

    # -- queue and cases ---------------------------------------------------------------------------------------

    async def queue(self, request: Request) -> Response:
        session = self.signed_in(request, "reviewer")
        tenant = request.query_params.get("tenant", "")
        order = request.query_params.get("order", "oldest")
        page = request.query_params.get("page", "")
        if len(tenant) > MAX_ID or len(page) > 64 or order not in ("oldest", "risk"):
            raise Problem(
                400, "Bad filter", "Tenant (up to 256 characters), order (oldest or risk) or page is not valid."
            )
        response = await self.rpc(
            session,
            self.api.review.ListCases,
            rpb.ListCasesRequest(
                tenant_id=tenant,
                page_size=self.config.page_size,
                page_token=page,
                order=rpb.CASE_ORDER_OLDEST_FIRST if order == "oldest" else rpb.CASE_ORDER_HIGHEST_RISK,
            ),
        )
        now = time.time()
        rows = []
        for case in response.cases:
            created = case.created_at.seconds
            deadline = created + self.config.pending_limit_days * 86400
            rows.append(
                {
                    "case": case,
                    "age": now - created,
                    "left": deadline - now,
                    "urgent": deadline - now < 0.2 * self.config.pending_limit_days * 86400,
                    "claimed": case.claimed_by and case.claimed_by != session.name,
                    "mine": bool(case.claimed_by) and case.claimed_by == session.name,
                }
            )
        next_url = (
            "/queue?" + urlencode({"tenant": tenant, "order": order, "page": response.next_page_token})
            if response.next_page_token
            else ""
        )
        return self.render(
            request, "queue.html", session, rows=rows, tenant=tenant, order=order, next_url=next_url,
            paged=bool(page), done=request.query_params.get("done") == "1",
            pending_limit_days=self.config.pending_limit_days,
        )  # fmt: skip

    async def next_case(self, request: Request) -> Response:
        """The oldest pending case nobody else holds (after a verdict, or from the queue's "start" link)."""
        session = self.signed_in(request, "reviewer")
        response = await self.rpc(
            session,
            self.api.review.ListCases,
            rpb.ListCasesRequest(page_size=100, order=rpb.CASE_ORDER_OLDEST_FIRST),
        )
        for case in response.cases:
            if not case.claimed_by or case.claimed_by == session.name:
                return RedirectResponse(f"/case/{quote(case.case_id, safe='')}", 303)
        return RedirectResponse("/queue?done=1", 303)

    async def case(self, request: Request) -> Response:
        session = self.signed_in(request, "reviewer")
        case_id = _id(request.path_params["case_id"], "case id")
        claim = await self.rpc(
            session,
            self.api.review.ClaimCase,
            rpb.ClaimCaseRequest(case_id=case_id, claim_seconds=self.config.claim_seconds),
        )
        if not claim.granted:
            return self.render(request, "claimed.html", session, status=409, claim=claim)
        session.name = claim.claimed_by
        case = await self.rpc(session, self.api.review.GetCase, rpb.GetCaseRequest(case_id=case_id))
        if session.open_case != case_id:
            session.stop_clock(time.monotonic())
            session.open_case, session.open_since = case_id, time.monotonic()
        confirm = request.query_params.get("confirm") == "false_positive"
        return self.render(
            request, "case.html", session, case=case, claim=claim, view=_case_view(case), confirm=confirm,
            reveal_all=request.query_params.get("reveal") == "all",
        )  # fmt: skip

    async def verdict(self, request: Request) -> Response:
        session = self.signed_in(request, "reviewer")
        case_id = _id(request.path_params["case_id"], "case id")
        fields = await self.form(request, session)
        verdict = VERDICTS.get(fields.get("verdict", ""))
        if verdict is None:
            raise Problem(400, "Bad verdict", "The verdict must be confirmed or false_positive.")
        note = fields.get("note", "")
        if len(note) > 10_000:
            raise Problem(400, "Note too long", "A note may be at most 10,000 characters.")
        if verdict == rpb.VERDICT_FALSE_POSITIVE and fields.get("confirmed") != "yes":
            # Erasure cannot be undone: ask once more, on a page of its own.
            return RedirectResponse(f"/case/{quote(case_id, safe='')}?confirm=false_positive", 303)
        await self.rpc(
            session,
            self.api.review.SubmitVerdict,
            rpb.SubmitVerdictRequest(case_id=case_id, verdict=verdict, note=note),
        )
        session.stop_clock(time.monotonic())
        session.cases_reviewed += 1
        return RedirectResponse("/next", 303)

    async def _release(self, session: Session, case_id: str) -> None:
        with contextlib.suppress(ApiError):  # if this fails, the claim lapses by itself
            await run_in_threadpool(
                self.api.call, self.api.review.ReleaseCase, rpb.ReleaseCaseRequest(case_id=case_id), session.token
            )
        session.stop_clock(time.monotonic())

    async def release(self, request: Request) -> Response:
        session = self.signed_in(request, "reviewer")
        case_id = _id(request.path_params["case_id"], "case id")
        await self.form(request, session)
        await self._release(session, case_id)
        return RedirectResponse("/queue", 303)

    async def take_break(self, request: Request) -> Response:
        session = self.signed_in(request, "reviewer")
        await self.form(request, session)
        session.cases_reviewed, session.seconds_reviewed = 0, 0.0
        session.break_taken_at = time.monotonic()
        return RedirectResponse("/queue", 303)

    # -- complaints ---------------------------------------------------------------------------------------------

    async def complaints(self, request: Request) -> Response:
        session = self.signed_in(request, "reviewer")
        status = request.query_params.get("status", "open")
        page = request.query_params.get("page", "")
        resolved = request.query_params.get("resolved", "")
        if status not in COMPLAINT_FILTERS or len(page) > 64 or resolved not in ("", *OUTCOMES):
            raise Problem(400, "Bad filter", "Status must be open, upheld, rejected or all.")
        response = await self.rpc(
            session,
            self.api.review.ListComplaints,
            rpb.ListComplaintsRequest(
                status=COMPLAINT_FILTERS[status], page_size=self.config.page_size, page_token=page
            ),
        )
        next_url = (
            "/complaints?" + urlencode({"status": status, "page": response.next_page_token})
            if response.next_page_token
            else ""
        )
        return self.render(
            request, "complaints.html", session, complaints=response.complaints, shown_status=status, next_url=next_url,
            kind_name=rpb.ComplaintKind.Name, status_name=rpb.ComplaintStatus.Name, resolved=resolved,
            max_note=MAX_COMPLAINT_NOTE,
        )  # fmt: skip

    async def resolve(self, request: Request) -> Response:
        session = self.signed_in(request, "reviewer")
        complaint_id = _id(request.path_params["complaint_id"], "complaint id")
        fields = await self.form(request, session)
        outcome = OUTCOMES.get(fields.get("outcome", ""))
        if outcome is None:
            raise Problem(400, "Bad outcome", "The outcome must be upheld or rejected.")
        note = fields.get("note", "").strip()
        if len(note) > MAX_COMPLAINT_NOTE:
            raise Problem(400, "Note too long", f"A note may be at most {MAX_COMPLAINT_NOTE:,} characters.")
        await self.rpc(
            session,
            self.api.review.ResolveComplaint,
            rpb.ResolveComplaintRequest(complaint_id=complaint_id, outcome=outcome, note=note),
        )
        return RedirectResponse("/complaints?" + urlencode({"resolved": fields["outcome"]}), 303)

    # -- ops (admin) ------------------------------------------------------------------------------------------------

    async def ops(self, request: Request) -> Response:
        session = self.signed_in(request, "admin")
        policies = await self.rpc(session, self.api.policy.ListPolicies, ppb.ListPoliciesRequest())
        stats = await self.rpc(session, self.api.review.GetVerdictStats, rpb.GetVerdictStatsRequest())
        histories = await asyncio.gather(
            *(
                self.rpc(
                    session,
                    self.api.policy.GetThresholdHistory,
                    ppb.GetThresholdHistoryRequest(tenant_id=p.tenant_id, limit=HISTORY_ROWS),
                )
                for p in policies.policies
            )
        )
        history = [
            (p.tenant_id, [_threshold_change(c) for c in h.changes])
            for p, h in zip(policies.policies, histories, strict=True)
        ]
        default = next((p.threshold for p in policies.policies if p.tenant_id == "default"), None)
        last_year = datetime.now(UTC).year - 1
        return self.render(
            request, "ops.html", session, policies=policies.policies, chart=precision_chart(stats.bands, default),
            saved=request.query_params.get("saved", ""), history=history, history_rows=HISTORY_ROWS,
            max_reason=MAX_REASON, report_from=f"{last_year}-01-01", report_to=f"{last_year}-12-31",
        )  # fmt: skip

    async def change_threshold(self, request: Request) -> Response:
        session = self.signed_in(request, "admin")
        fields = await self.form(request, session)
        tenant = fields.get("tenant", "")
        reason = fields.get("reason", "").strip()
        try:
            threshold = float(fields.get("threshold", ""))
        except ValueError:
            raise Problem(400, "Bad threshold", "The threshold must be a number between 0 and 1.") from None
        if not 0.0 <= threshold <= 1.0 or len(tenant) > MAX_ID:
            raise Problem(400, "Bad threshold", "The threshold must be a number between 0 and 1.")
        if not reason or len(reason) > MAX_REASON:
            raise Problem(
                400,
                "Reason required",
                f"Say why the threshold changes (up to {MAX_REASON:,} characters); it is audited.",
            )
        await self.rpc(
            session,
            self.api.policy.UpdatePolicy,
            ppb.UpdatePolicyRequest(tenant_id=tenant, threshold=threshold, reason=reason),
        )
        return RedirectResponse("/ops?" + urlencode({"saved": tenant or "default"}), 303)

    async def report(self, request: Request) -> Response:
        """The transparency report for a period, as the service renders it (GetTransparencyReport), as a download.
        An incomplete report (items the service's facts file does not answer) is not downloaded straight away:
        a page lists the missing items first, with a button to download it anyway."""
        session = self.signed_in(request, "admin")
        fields = await self.form(request, session)
        start, end = fields.get("from", "").strip(), fields.get("to", "").strip()
        fmt = fields.get("format", "html")
        if fmt not in REPORT_FORMATS:
            raise Problem(400, "Bad report format", "The format must be html, markdown or json.")
        if len(start) > 32 or len(end) > 32:
            raise Problem(400, "Bad report period", "The first and last day of the period are written YYYY-MM-DD.")
        try:
            report = await self.rpc(
                session,
                self.api.policy.GetTransparencyReport,
                ppb.GetTransparencyReportRequest(from_date=start, to_date=end, format=REPORT_FORMATS[fmt]),
                timeout=REPORT_TIMEOUT,
            )
        except Problem as problem:
            if problem.status == 400:  # the service's INVALID_ARGUMENT, which says what is wrong with the days
                raise Problem(400, "Bad report period", problem.detail) from None
            raise
        missing = list(report.missing_items)
        if missing and fields.get("incomplete") != "download":
            return self.render(request, "report.html", session, missing=missing, start=start, end=end, fmt=fmt)
        extension = {"html": "html", "markdown": "md", "json": "json"}[fmt]
        filename = report.filename if REPORT_FILENAME.fullmatch(report.filename) else f"transparency-report.{extension}"
        content_type = (
            report.content_type if REPORT_CONTENT_TYPE.fullmatch(report.content_type) else "application/octet-stream"
        )
        return Response(
            report.content,
            media_type=content_type,
            headers={
                "Content-Disposition": f'attachment; filename="{filename}"',
                "X-Report-Missing-Items": str(len(missing)),
            },
        )


def _threshold_change(change: ppb.ThresholdChange) -> dict[str, Any]:
    """One row of a tenant's threshold history (the texts are the service's, escaped on render)."""
    return {
        "at": change.changed_at.seconds,
        "old": change.old_threshold if change.HasField("old_threshold") else None,
        "new": change.new_threshold,
        "actor": change.actor,
        "reason": change.reason,
        "source": change.source,
    }


def _case_view(case: rpb.ReviewCase) -> dict[str, Any]:
    """What the case page shows, derived once: roles of participants and each message's labels."""
    participants = []
    for p in case.participants:
        participants.append(
            {
                "id": p.participant_id,
                "role": "suspect" if p.participant_id == case.suspect_participant_id else "target",
                "age": p.age_years if p.HasField("age_years") else None,
                "verified": p.age_verified,
                "account_age_days": p.account_age_days if p.HasField("account_age_days") else None,
            }
        )
    roles = {p["id"]: p["role"] for p in participants}
    messages = [
        {
            "index": m.index,
            "sent_at": m.message.sent_at.seconds,
            "sender": m.message.sender_id,
            "role": roles.get(m.message.sender_id, "other"),
            "text": m.message.text,
            "media": m.message.has_media,
            "indicators": list(m.indicators),
        }
        for m in case.messages
    ]
    self_disclosed = "SELF_DISCLOSED_MINOR" in case.risk_factors
    return {"participants": participants, "messages": messages, "self_disclosed_minor": self_disclosed}


def precision_chart(bands: Any, current: float | None) -> dict[str, Any]:
    """Precision and false-positive rate of the reviewed cases a threshold would have routed, per threshold:
    SVG coordinates computed here so that the page needs no script (and the CSP allows none inline)."""
    width, height, left, top = 560, 220, 40, 10
    points_p, points_f, bars, rows = [], [], [], []
    n = len(bands)
    most = 1
    totals = []
    for i in range(n):
        confirmed = sum(b.confirmed for b in bands[i:])
        false_pos = sum(b.false_positive for b in bands[i:])
        totals.append((bands[i].score_from, confirmed, false_pos))
        most = max(most, confirmed + false_pos)
    for i, (threshold, confirmed, false_pos) in enumerate(totals):
        x = left + threshold * width
        reviewed = confirmed + false_pos
        bar = height * reviewed / most
        bars.append(
            {
                "x": round(x + 2, 1),
                "y": round(top + height - bar, 1),
                "h": round(bar, 1),
                "w": round(width / max(n, 1) - 4, 1),
            }
        )
        if reviewed:
            precision = confirmed / reviewed
            points_p.append(f"{x + width / max(n, 1) / 2:.1f},{top + height * (1 - precision):.1f}")
            points_f.append(f"{x + width / max(n, 1) / 2:.1f},{top + height * precision:.1f}")
            rows.append(
                {"threshold": threshold, "precision": precision, "fp_rate": 1 - precision, "reviewed": reviewed}
            )
        del i
    marker = left + current * width if current is not None else None
    return {
        "width": width + left + 10, "height": height + top + 30, "left": left, "top": top, "plot_w": width,
        "plot_h": height, "precision": " ".join(points_p), "fp": " ".join(points_f), "bars": bars, "rows": rows,
        "marker": marker, "current": current, "empty": not rows,
    }  # fmt: skip


def create_app(config: ConsoleConfig, api: Api | None = None) -> Any:
    """The ASGI app: routes, static files (served by the console itself: no CDN), error pages, headers."""
    console = Console(config, api)

    def page(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            try:
                return await handler(request)
            except Redirect as redirect:
                return RedirectResponse(redirect.url, 303)
            except Problem as problem:
                return console.render(
                    request, "error.html", console.session_of(request), status=problem.status,
                    headers=problem.headers, problem=problem,
                )  # fmt: skip
            except Exception as error:  # an error page, never a traceback; the log names the type only
                log.error("console: %s on %s %s", error.__class__.__name__, request.method, request.url.path)
                failure = Problem(500, "Something went wrong", "The console could not complete this request.")
                return console.render(request, "error.html", None, status=500, problem=failure)

        return run

    routes = [
        Route("/", page(console.home)),
        Route("/signin", page(console.signin_page), methods=["GET"]),
        Route("/signin", page(console.signin), methods=["POST"]),
        Route("/signout", page(console.signout), methods=["POST"]),
        Route("/queue", page(console.queue)),
        Route("/next", page(console.next_case)),
        Route("/case/{case_id:path}/verdict", page(console.verdict), methods=["POST"]),
        Route("/case/{case_id:path}/release", page(console.release), methods=["POST"]),
        Route("/case/{case_id:path}", page(console.case), methods=["GET"]),
        Route("/break", page(console.take_break), methods=["POST"]),
        Route("/complaints", page(console.complaints)),
        Route("/complaints/{complaint_id:path}/resolve", page(console.resolve), methods=["POST"]),
        Route("/ops", page(console.ops)),
        Route("/ops/threshold", page(console.change_threshold), methods=["POST"]),
        Route("/ops/report", page(console.report), methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        titles = {404: "Not found", 405: "Method not allowed"}
        details = {405: "This page does not take this kind of request."}
        problem = Problem(status, titles.get(status, "Error"), details.get(status, "There is no such page here."))
        allow = exc.headers.get("Allow") if isinstance(exc, HTTPException) and exc.headers else None
        headers = {"Allow": allow} if allow else None
        return console.render(request, "error.html", None, status=status, headers=headers, problem=problem)

    app = Starlette(routes=routes, exception_handlers={HTTPException: not_found})
    app.state.console = console
    return SecurityHeaders(app)
