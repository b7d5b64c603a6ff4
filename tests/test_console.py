"""The web console (issue 15), end to end: a real `grooming-risk serve` with tokens and a SQLite store, a real
`grooming-risk console` process in front of it, and a headless Chromium driving it (plus a plain HTTP client
for the headers, cookies, CSRF and hostile-input checks a browser would hide). Every wait is explicit
(WebDriverWait, or `eventually` with a bound); the only waits on the clock are for the features that are
about time (idle timeout, break after N minutes), and they wait for the configured time to have passed."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import secrets
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import grpc
import pytest
from certs import issue, make_ca
from console_support import (
    ConsoleProcess,
    browser_binaries,
    close_browser,
    new_browser,
    serious_axe_violations,
    start_console,
)

from benchmarks.spawn import ServerProcess, spawn_server
from grooming_risk.service.console.sessions import SessionStore, SigninThrottle
from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import grooming_request

SCORER = "scorer-token-0123456789abcdef"
ALICE = "alice-reviewer-token-0123456789"
BOB = "bob-reviewer-token-0123456789ab"
ADMIN = "ops-admin-token-0123456789abcd"
CAROL = "carol-reviewer-token-0123456789"
DAVE = "dave-reviewer-token-01234567890"
TOKENS = (SCORER, ALICE, BOB, ADMIN, CAROL, DAVE)
HOSTILE = '<script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2;alert(2)"><b>bold</b>'
CONTROLS = "\x1b[2J\u202eevil\u202c"
WAIT = 20  # seconds: the bound of every explicit wait
# Screenshots of the run (docs/screenshots/ holds copies): GROOMING_RISK_SCREENSHOTS, else a temporary directory.
SHOTS = Path(os.environ.get("GROOMING_RISK_SCREENSHOTS") or tempfile.mkdtemp(prefix="grooming-risk-shots-"))
ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_FACTS = ROOT / "docs" / "report-facts.example.toml"
WHOLE_PERIOD = {"from": "2000-01-01", "to": "2099-12-31"}
T = TypeVar("T")


def token_file(path: Path, **reviewers: str) -> Path:
    """A token file with the scorer, the admin and the given reviewers (name = token)."""
    text = f'[tokens]\n"{SCORER}" = "scorer"\n[tokens.ops]\nrole = "admin"\ntoken = "{ADMIN}"\n'
    for name, token in reviewers.items():
        text += f'[tokens.{name}]\nrole = "reviewer"\ntoken = "{token}"\n'
    path.write_text(text)
    return path


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One service (tokens, SQLite) and one console for the module; each test routes its own cases. The HTTP
    tests need no browser; the `browser` fixture skips (or fails in CI) without chromium."""
    tokens = token_file(
        tmp_path_factory.mktemp("console") / "tokens.toml", alice=ALICE, bob=BOB, carol=CAROL, dave=DAVE
    )
    server: ServerProcess = spawn_server(None, "--auth-tokens", str(tokens), capture_stderr=True)
    console = start_console(f"127.0.0.1:{server.port}")
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    try:
        yield {"server": server, "console": console, "channel": channel, "target": f"127.0.0.1:{server.port}"}
    finally:
        channel.close()
        console.stop()
        server.stop()


@pytest.fixture
def browser(stack: dict[str, Any]) -> Iterator[Any]:
    chromium, driver_path = browser_binaries()
    driver = new_browser(chromium, driver_path)
    try:
        yield driver
    finally:
        close_browser(driver)


@pytest.fixture
def consoles() -> Iterator[Callable[..., ConsoleProcess]]:
    """Factory: more console processes (their own options), stopped after the test."""
    started: list[ConsoleProcess] = []

    def start(target: str, *args: str) -> ConsoleProcess:
        started.append(start_console(target, *args))
        return started[-1]

    yield start
    for console in started:
        console.stop()


def bearer(token: str) -> tuple[tuple[str, str]]:
    return (("authorization", f"Bearer {token}"),)


def route(stack: dict[str, Any], conversation_id: str, extra: str | None = None) -> pb.ScoreConversationResponse:
    request = grooming_request(conversation_id)
    if extra is not None:
        message = request.messages.add(sender_id="adult", text=extra)
        message.sent_at.seconds = request.messages[-2].sent_at.seconds + 30
    response = pb_grpc.RiskScoringServiceStub(stack["channel"]).ScoreConversation(
        request, timeout=30, metadata=bearer(SCORER)
    )
    assert response.decision == pb.DECISION_ROUTED_TO_REVIEW, response
    return response


def wait(driver: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT)


def sign_in(driver: Any, base: str, token: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver.get(base + "/signin")
    wait(driver).until(ec.presence_of_element_located((By.ID, "token"))).send_keys(token)
    driver.find_element(By.CSS_SELECTOR, "form.signin button[type=submit]").click()
    wait(driver).until(ec.presence_of_element_located((By.CSS_SELECTOR, "form.signout")))


def open_page(driver: Any, url: str, ready_css: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver.get(url)
    wait(driver).until(ec.presence_of_element_located((By.CSS_SELECTOR, ready_css)))


def no_alert(driver: Any) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert  # noqa: B018 - raises when there is none
    except NoAlertPresentException:
        return True
    return False


def eventually(check: Callable[[], T | None], what: str) -> T:
    """Poll `check` until it gives something, for at most WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {WAIT}s waiting for {what}")
        time.sleep(0.1)


def wait_until(moment: float) -> None:
    """Let the monotonic clock pass `moment` (for the features about time: idle timeout, break after N minutes)."""
    while (left := moment - time.monotonic()) > 0:
        time.sleep(left)


class Reply(NamedTuple):
    status: int
    headers: dict[str, str]  # lower-case names
    html: str
    cookies: list[str]  # Set-Cookie values


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 303 itself is the answer


class Client:
    """A plain HTTP(S) client with a cookie jar: sees the headers and status codes a browser hides."""

    def __init__(self, base: str, context: ssl.SSLContext | None = None) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()

        def opener(*extra: urllib.request.BaseHandler) -> urllib.request.OpenerDirector:
            handlers: list[urllib.request.BaseHandler] = [urllib.request.HTTPCookieProcessor(self.jar), *extra]
            if context is not None:
                handlers.append(urllib.request.HTTPSHandler(context=context))
            return urllib.request.build_opener(*handlers)

        self.opener, self.direct = opener(), opener(_NoRedirect())

    def request(
        self,
        path: str,
        data: dict[str, str] | None = None,
        *,
        follow: bool = True,
        method: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        try:
            with (self.opener if follow else self.direct).open(req, timeout=WAIT) as response:
                return Reply(
                    response.status,
                    {k.lower(): v for k, v in response.headers.items()},
                    response.read().decode(),
                    response.headers.get_all("set-cookie") or [],
                )
        except urllib.error.HTTPError as error:
            return Reply(
                error.code,
                {k.lower(): v for k, v in error.headers.items()},
                error.read().decode(),
                error.headers.get_all("set-cookie") or [],
            )

    def csrf(self, path: str = "/signin") -> str:
        return csrf_in(self.request(path).html)

    def cookie(self) -> str:
        """The session id the console last set."""
        return next(c.value for c in self.jar if c.name in ("console", "__Host-console") and c.value)

    def try_sign_in(self, token: str) -> bool:
        status, _, html, _ = self.request("/signin", {"csrf": self.csrf(), "token": token})
        return status == 200 and "Sign out" in html

    def sign_in(self, token: str) -> None:
        status, _, html, _ = self.request("/signin", {"csrf": self.csrf(), "token": token})
        assert status == 200 and "Sign out" in html, (status, html)


def csrf_in(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


def secure_headers(reply: Reply) -> bool:
    """The headers every console answer carries (pages, redirects, errors)."""
    csp = reply.headers.get("content-security-policy", "")
    return (
        "default-src 'self'" in csp
        and "frame-ancestors 'none'" in csp
        and "unsafe-inline" not in csp
        and reply.headers.get("cache-control") == "no-store"
        and reply.headers.get("x-frame-options") == "DENY"
        and reply.headers.get("x-content-type-options") == "nosniff"
    )


def break_suggested(html: str) -> bool:
    return 'aria-label="Break suggestion"' in html


def cases_reviewed(html: str) -> int:
    """The wellbeing counter in the page's header."""
    match = re.search(r"This session: <strong>(\d+)</strong> cases? reviewed", html)
    assert match, html
    return int(match.group(1))


def test_review_flow_claims_reveal_and_false_positive_erasure(stack: dict[str, Any], browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    case_id = route(stack, "console-flow").review_case_id
    base = stack["console"].url
    sign_in(browser, base, ALICE)
    open_page(browser, base + "/queue", "table.queue")
    link = browser.find_element(By.CSS_SELECTOR, f'a.case-link[href="/case/{case_id}"]')
    assert "Age probing" in link.find_element(By.XPATH, "./ancestor::tr").text  # indicator names, no content
    browser.save_screenshot(str(SHOTS / "queue.png"))
    assert serious_axe_violations(browser) == []

    link.click()
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, "ol.messages li.msg")))
    texts = browser.find_elements(By.CSS_SELECTOR, "p.text")
    assert texts and all("blurred" in t.get_attribute("class") for t in texts)  # blurred by default
    flagged = browser.find_elements(By.CSS_SELECTOR, "li.msg.flagged .tag.flag")
    assert {"Secrecy", "Image request", "Meeting proposal"} <= {f.text for f in flagged}
    assert "suspect" in browser.find_element(By.CSS_SELECTOR, "table.participants").text.lower()
    browser.save_screenshot(str(SHOTS / "case-blurred.png"))
    assert serious_axe_violations(browser) == []

    # A second reviewer sees the claim in the queue, and is not shown the conversation.
    bob = Client(base)
    bob.sign_in(BOB)
    _, _, queue_html, _ = bob.request("/queue")
    assert "Being reviewed by alice" in queue_html
    status, _, html, _ = bob.request(f"/case/{case_id}")
    assert status == 409 and "alice" in html and "ur parents home" not in html

    # Reveal one message with its button, then the whole case with the keyboard.
    first = browser.find_element(By.CSS_SELECTOR, "button.reveal")
    first.click()
    target = browser.find_element(By.ID, first.get_attribute("aria-controls"))
    wait(browser).until(lambda d: "blurred" not in target.get_attribute("class"))
    browser.find_element(By.TAG_NAME, "body").send_keys("r")
    wait(browser).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "p.text.blurred"))
    browser.save_screenshot(str(SHOTS / "case-revealed.png"))

    # FALSE_POSITIVE asks first (the keyboard shortcut f), then erases and moves on.
    browser.find_element(By.TAG_NAME, "body").send_keys("f")
    confirm = wait(browser).until(ec.element_to_be_clickable((By.ID, "confirm-erase")))
    browser.save_screenshot(str(SHOTS / "case-confirm.png"))
    confirm.send_keys(Keys.ENTER)
    wait(browser).until(ec.staleness_of(confirm))  # the verdict page was left for the next case (or the queue)
    wait(browser).until(ec.presence_of_element_located((By.ID, "wellbeing")))
    assert "1 case reviewed" in browser.find_element(By.ID, "wellbeing").text

    review = rpb_grpc.ReviewServiceStub(stack["channel"])
    with pytest.raises(grpc.RpcError) as gone:
        review.GetCase(rpb.GetCaseRequest(case_id=case_id), timeout=10, metadata=bearer(BOB))
    assert gone.value.code() == grpc.StatusCode.NOT_FOUND  # the content is erased
    decided = review.ListCases(
        rpb.ListCasesRequest(state=rpb.CASE_STATE_FALSE_POSITIVE, page_size=200), timeout=10, metadata=bearer(BOB)
    )
    assert case_id in {c.case_id for c in decided.cases}
    assert "ur parents home" not in stack["console"].log()  # no content in the console's log


def test_hostile_message_renders_as_inert_text(stack: dict[str, Any], browser: Any) -> None:
    from selenium.webdriver.common.by import By

    case_id = route(stack, "console-hostile", extra=HOSTILE + CONTROLS).review_case_id
    base = stack["console"].url
    sign_in(browser, base, ALICE)
    open_page(browser, f"{base}/case/{case_id}?reveal=all", "ol.messages li.msg")
    shown = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "p.text") if "script" in e.text]
    assert shown and HOSTILE in shown[0]  # the payload, as text
    assert "\\x1b[2J\\u202eevil\\u202c" in shown[0]  # controls and the RTL override as visible escapes
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, main img, p.text b")
    assert browser.execute_script("return window.__pwned === undefined")
    assert no_alert(browser)
    hostile = next(e for e in browser.find_elements(By.CSS_SELECTOR, "p.text") if "script" in e.text)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", hostile)
    browser.save_screenshot(str(SHOTS / "case-hostile.png"))
    release = browser.find_element(By.ID, "release")
    release.click()
    open_page(browser, base + "/queue", "form.filters")
    assert "evil" not in stack["console"].log() and "script" not in stack["console"].log()


def test_csrf_cookies_headers_and_error_pages(stack: dict[str, Any]) -> None:
    base = stack["console"].url
    client = Client(base)
    status, headers, _, cookies = client.request("/signin")
    assert status == 200
    cookie = next(c for c in cookies if c.startswith("console="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Secure" not in cookie  # plain HTTP on loopback
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"

    # A post without the CSRF token is refused, before and after sign-in.
    assert client.request("/signin", {"token": ALICE})[0] == 403
    client.sign_in(ALICE)
    status, headers, _, _ = client.request("/queue")
    assert status == 200 and headers["cache-control"] == "no-store"
    assert client.request("/case/anything/verdict", {"verdict": "false_positive", "confirmed": "yes"})[0] == 403
    assert client.request("/ops/threshold", {"tenant": "", "threshold": "0.1", "reason": "x"})[0] == 403

    # Bad input: clear error pages, never a traceback.
    for path, expected in (("/queue?page=zz", 400), ("/queue?order=sideways", 400), ("/case/nope", 404), ("/x", 404)):
        status, _, html, _ = client.request(path)
        assert status == expected and "Traceback" not in html, (path, status)
    status, _, html, _ = client.request("/ops")
    assert status == 403 and "admin" in html  # a reviewer is not an admin
    assert Client(base).request("/signin", {"csrf": "", "token": "x" * 20})[0] == 403


def test_admin_changes_a_threshold_and_the_next_score_uses_it(stack: dict[str, Any], browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select

    policies = ppb_grpc.PolicyServiceStub(stack["channel"])
    listed = policies.ListPolicies(ppb.ListPoliciesRequest(), timeout=10, metadata=bearer(ADMIN)).policies
    before = next(p.threshold for p in listed if p.tenant_id == "default")
    base = stack["console"].url
    sign_in(browser, base, ADMIN)
    open_page(browser, base + "/ops", "table.policies")
    Select(browser.find_element(By.ID, "tenant")).select_by_value("default")
    browser.find_element(By.ID, "threshold").send_keys("0.999")
    browser.find_element(By.ID, "reason").send_keys("console test: stricter threshold")
    browser.find_element(By.CSS_SELECTOR, "form.threshold button[type=submit]").click()
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, "p.note[role=status]")))
    assert "0.999" in browser.find_element(By.CSS_SELECTOR, "table.policies").text
    # The change is the newest row of the tenant's threshold history: when, old -> new, who, why, source.
    history = browser.find_element(By.XPATH, "//table[@class='history'][caption='Tenant default']")
    newest = [td.text for td in history.find_elements(By.CSS_SELECTOR, "tbody tr:first-child td")]
    assert newest[1:] == [f"{before:.3f} → 0.999", "ops", "console test: stricter threshold", "api"], newest
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", newest[0]), newest
    height = browser.execute_script(  # down to the chart, not its long table of numbers
        "const last = document.querySelector('figure') || document.querySelector('form.report');"
        "return last.getBoundingClientRect().bottom + window.scrollY;"
    )
    browser.set_window_size(1280, min(int(height) + 180, 3000))
    browser.save_screenshot(str(SHOTS / "ops.png"))
    assert serious_axe_violations(browser) == []
    # The report form's defaults (the last full year) to a service without a facts file: the missing items first.
    browser.find_element(By.CSS_SELECTOR, "form.report button[type=submit]").click()
    missing = wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, "ul.missing")))
    assert "(II)" in missing.text
    browser.save_screenshot(str(SHOTS / "report-incomplete.png"))
    assert serious_axe_violations(browser) == []

    try:
        response = pb_grpc.RiskScoringServiceStub(stack["channel"]).ScoreConversation(
            grooming_request("console-after-threshold"), timeout=30, metadata=bearer(SCORER)
        )
        assert response.threshold == pytest.approx(0.999)
    finally:  # the later tests route cases at the usual threshold
        policies.UpdatePolicy(
            ppb.UpdatePolicyRequest(tenant_id="default", threshold=before, reason="console test: restore"),
            timeout=10,
            metadata=bearer(ADMIN),
        )


def test_threshold_history_is_escaped_and_the_report_downloads(stack: dict[str, Any]) -> None:
    """A hostile reason in the history renders as inert text; the report form defaults to the last full calendar
    year; without a facts file the report's missing items are listed before the download, which then carries the
    service's file name and content type, `no-store` and the usual CSP; bad days get the service's message; a
    reviewer, a missing CSRF token and another site are refused."""
    base = stack["console"].url
    admin = Client(base)
    admin.sign_in(ADMIN)
    page = admin.request("/ops").html
    csrf = csrf_in(page)
    policies = ppb_grpc.PolicyServiceStub(stack["channel"])
    listed = policies.ListPolicies(ppb.ListPoliciesRequest(), timeout=10, metadata=bearer(ADMIN)).policies
    before = next(p.threshold for p in listed if p.tenant_id == "default")
    hostile = "<b>why</b>" + CONTROLS
    try:
        reply = admin.request(
            "/ops/threshold", {"csrf": csrf, "tenant": "default", "threshold": "0.42", "reason": hostile}
        )
        assert reply.status == 200 and "<b>why</b>" not in reply.html
        assert "&lt;b&gt;why&lt;/b&gt;\\x1b[2J\\u202eevil\\u202c" in reply.html  # escaped, controls visible
    finally:
        admin.request(
            "/ops/threshold", {"csrf": csrf, "tenant": "default", "threshold": repr(before), "reason": "restore"}
        )
    last_year = datetime.now(UTC).year - 1
    assert f'name="from" type="date" required value="{last_year}-01-01"' in page
    assert f'name="to" type="date" required value="{last_year}-12-31"' in page

    # No facts file: a warning page names the missing items first.
    warning = admin.request("/ops/report", {"csrf": csrf, **WHOLE_PERIOD, "format": "html"})
    assert warning.status == 200 and secure_headers(warning) and "is incomplete" in warning.html
    assert re.search(r"<li>\(II\) [^<]+</li>", warning.html), warning.html
    assert 'name="incomplete" value="download"' in warning.html
    download = admin.request("/ops/report", {"csrf": csrf, **WHOLE_PERIOD, "format": "html", "incomplete": "download"})
    assert download.status == 200 and secure_headers(download)  # no-store, the usual CSP
    assert download.headers["content-type"] == "text/html; charset=utf-8"
    assert (
        download.headers["content-disposition"]
        == 'attachment; filename="transparency-report-2000-01-01-2099-12-31.html"'
    )
    assert int(download.headers["x-report-missing-items"]) > 0
    assert download.html.startswith("<!doctype html") and "Art. 3(1)(g)(vii)" in download.html
    as_json = admin.request("/ops/report", {"csrf": csrf, **WHOLE_PERIOD, "format": "json", "incomplete": "download"})
    assert as_json.headers["content-type"] == "application/json" and isinstance(json.loads(as_json.html), dict)
    assert as_json.headers["content-disposition"].endswith('.json"')

    # Bad days: the service's INVALID_ARGUMENT message on a clear error page.
    for start, end, message in (
        ("2026-02-30", "2026-03-01", "from_date &#39;2026-02-30&#39; is not a day YYYY-MM-DD"),
        ("2026-03-01", "2026-02-01", "to_date is before from_date"),
        ("yesterday", "2026-02-01", "from_date &#39;yesterday&#39; is not a day"),
        ("2026-01-01", "x" * 10_240, "written YYYY-MM-DD"),
    ):
        reply = admin.request("/ops/report", {"csrf": csrf, "from": start, "to": end, "format": "html"})
        assert reply.status == 400 and "Bad report period" in reply.html and message in reply.html, reply.html
        assert secure_headers(reply) and "content-disposition" not in reply.headers
    assert admin.request("/ops/report", {"csrf": csrf, **WHOLE_PERIOD, "format": "pdf"}).status == 400

    # Refused: no CSRF token, another site, a GET, a reviewer, nobody signed in.
    assert admin.request("/ops/report", {**WHOLE_PERIOD, "format": "html"}).status == 403
    reply = admin.request("/ops/report", {"csrf": csrf, **WHOLE_PERIOD}, headers={"Sec-Fetch-Site": "cross-site"})
    assert reply.status == 403
    assert admin.request("/ops/report").status == 405
    reviewer = Client(base)
    reviewer.sign_in(CAROL)
    reply = reviewer.request("/ops/report", {"csrf": reviewer.csrf("/queue"), **WHOLE_PERIOD, "format": "html"})
    assert reply.status == 403 and "admin" in reply.html and "content-disposition" not in reply.headers
    reply = Client(base).request("/ops/report", {"csrf": csrf, **WHOLE_PERIOD}, follow=False)
    assert reply.status == 303 and reply.headers["location"] == "/signin"


def test_report_with_the_example_facts_downloads_at_once(
    tmp_path: Path, consoles: Callable[..., ConsoleProcess]
) -> None:
    """A service started with `--report-facts docs/report-facts.example.toml` answers every item: the console
    downloads the report straight away, with no missing items."""
    tokens = token_file(tmp_path / "tokens.toml", carol=CAROL)
    server = spawn_server(None, "--auth-tokens", str(tokens), "--report-facts", str(EXAMPLE_FACTS), capture_stderr=True)
    try:
        console = consoles(f"127.0.0.1:{server.port}")
        admin = Client(console.url)
        admin.sign_in(ADMIN)
        csrf = csrf_in(admin.request("/ops").html)
        reply = admin.request("/ops/report", {"csrf": csrf, "from": "2026-01-01", "to": "2026-12-31", "format": "html"})
        assert reply.status == 200 and secure_headers(reply), reply.html
        assert (
            reply.headers["content-disposition"]
            == 'attachment; filename="transparency-report-2026-01-01-2026-12-31.html"'
        )
        assert reply.headers["content-type"] == "text/html; charset=utf-8"
        assert reply.headers["x-report-missing-items"] == "0"
        assert reply.html.startswith("<!doctype html") and "Example Chat B.V." in reply.html
        markdown = admin.request(
            "/ops/report", {"csrf": csrf, "from": "2026-01-01", "to": "2026-12-31", "format": "markdown"}
        )
        assert markdown.headers["content-type"] == "text/markdown; charset=utf-8"
        assert markdown.headers["content-disposition"].endswith('.md"')
    finally:
        server.stop()


def test_complaint_resolved_with_a_note(
    start_server: Callable[..., Any], tmp_path: Path, consoles: Callable[..., ConsoleProcess]
) -> None:
    """Resolving takes an optional note (up to 2,000 characters) passed to ResolveComplaint: the outcomes show on
    the complaints page, and the audit (read from the store of an in-process service) says "with a note", without
    the note's text; a longer note is refused and changes nothing."""
    running = start_server(auth_tokens=token_file(tmp_path / "tokens.toml", bob=BOB))
    review = rpb_grpc.ReviewServiceStub(running.channel)
    scoring = pb_grpc.RiskScoringServiceStub(running.channel)
    complaints = {}
    for name in ("upheld", "rejected", "too-long"):
        routed = scoring.ScoreConversation(
            grooming_request(f"console-note-{name}"), timeout=30, metadata=bearer(SCORER)
        )
        assert routed.review_case_id, routed
        complaints[name] = review.RecordComplaint(
            rpb.RecordComplaintRequest(
                tenant_id="default", case_id=routed.review_case_id, kind=rpb.COMPLAINT_KIND_WRONGLY_FLAGGED
            ),
            timeout=10,
            metadata=bearer(BOB),
        )
    console = consoles(f"127.0.0.1:{running.port}")
    bob = Client(console.url)
    bob.sign_in(BOB)
    page = bob.request("/complaints").html
    assert page.count('<textarea id="n-') == 3 and 'name="note" rows="2" maxlength="2000"' in page
    csrf = csrf_in(page)
    notes = {"upheld": "canary-note-5501: a role play", "rejected": "canary-note-5502\non two lines"}
    for outcome, note in notes.items():
        reply = bob.request(
            f"/complaints/{complaints[outcome].complaint_id}/resolve", {"csrf": csrf, "outcome": outcome, "note": note}
        )
        assert reply.status == 200 and f"Complaint resolved: {outcome}." in reply.html
    reply = bob.request(
        f"/complaints/{complaints['too-long'].complaint_id}/resolve",
        {"csrf": csrf, "outcome": "upheld", "note": "n" * 2001},
    )
    assert reply.status == 400 and "Note too long" in reply.html and secure_headers(reply)

    for outcome, status in (("upheld", rpb.COMPLAINT_STATUS_UPHELD), ("rejected", rpb.COMPLAINT_STATUS_REJECTED)):
        listed = bob.request(f"/complaints?status={outcome}").html
        case_id = complaints[outcome].case_id
        assert f'href="/case/{case_id}"' in listed and f"<td>{outcome}</td>" in listed
        found = review.ListComplaints(rpb.ListComplaintsRequest(status=status), timeout=10, metadata=bearer(BOB))
        assert [c.complaint_id for c in found.complaints] == [complaints[outcome].complaint_id]
    still_open = review.ListComplaints(
        rpb.ListComplaintsRequest(status=rpb.COMPLAINT_STATUS_OPEN), timeout=10, metadata=bearer(BOB)
    )
    assert [c.complaint_id for c in still_open.complaints] == [complaints["too-long"].complaint_id]
    audited = [(e[1], e[4]) for e in running.server.store.audit_entries() if e[2] == "complaint_outcome"]
    assert sorted(audited) == [("bob", "REJECTED with a note"), ("bob", "UPHELD with a note")], audited
    everything = repr(running.server.store.audit_entries()) + console.log()
    assert "canary-note" not in everything


def test_console_refuses_a_network_address_without_tls() -> None:
    def console(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "grooming_risk", "console", "--target", "127.0.0.1:1", *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    for host in ("0.0.0.0", "::", "192.0.2.1", "console.example"):
        result = console("--host", host)
        assert result.returncode == 2 and f"refusing to listen on {host} without TLS" in result.stderr, result
    result = console("--tls-cert", "cert.pem")  # half a TLS configuration is refused too
    assert result.returncode == 2 and "both --tls-cert and --tls-key" in result.stderr


def test_complaints_list_and_resolve(stack: dict[str, Any]) -> None:
    case_id = route(stack, "console-complaint").review_case_id
    review = rpb_grpc.ReviewServiceStub(stack["channel"])
    complaint = review.RecordComplaint(
        rpb.RecordComplaintRequest(tenant_id="default", case_id=case_id, kind=rpb.COMPLAINT_KIND_WRONGLY_FLAGGED),
        timeout=10,
        metadata=bearer(BOB),
    )
    client = Client(stack["console"].url)
    client.sign_in(BOB)
    status, _, html, _ = client.request("/complaints")
    assert status == 200 and f'href="/case/{case_id}"' in html and "wrongly_flagged" in html
    csrf = re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    status, _, html, _ = client.request(
        f"/complaints/{complaint.complaint_id}/resolve", {"csrf": csrf, "outcome": "rejected"}
    )
    assert status == 200 and complaint.complaint_id not in html  # no longer open
    assert client.request("/complaints?status=rejected")[0] == 200
    assert client.request("/complaints?status=nonsense")[0] == 400


def test_session_rotation_sign_out_and_csrf_on_every_post(stack: dict[str, Any]) -> None:
    """Session fixation, CSRF (and login CSRF) on every state-changing request, cross-site posts, sign-out."""
    case_id = route(stack, "console-csrf").review_case_id
    base = stack["console"].url
    client = Client(base)
    client.request("/signin")
    before = client.cookie()
    client.sign_in(CAROL)
    after = client.cookie()
    assert after != before  # a new session id at sign-in: an id planted before sign-in is worthless
    planted = Client(base).request("/queue", follow=False, headers={"Cookie": f"console={before}"})
    assert planted.status == 303 and planted.headers["location"] == "/signin" and secure_headers(planted)

    csrf = csrf_in(client.request("/queue").html)
    admin = Client(base)
    admin.sign_in(ADMIN)
    admin_csrf = csrf_in(admin.request("/ops").html)
    posts = [
        (client, csrf, f"/case/{case_id}/verdict", {"verdict": "confirmed"}),
        (client, csrf, f"/case/{case_id}/release", {}),
        (client, csrf, "/complaints/0123456789abcdef0123456789abcdef/resolve", {"outcome": "upheld"}),
        (client, csrf, "/break", {}),
        (client, csrf, "/signout", {}),
        (admin, admin_csrf, "/ops/threshold", {"tenant": "default", "threshold": "0.01", "reason": "csrf probe"}),
        (admin, admin_csrf, "/ops/report", {"from": "2026-01-01", "to": "2026-12-31", "format": "html"}),
    ]
    for who, token, path, form in posts:
        for attempt, headers in (
            ({**form}, {}),  # no token
            ({**form, "csrf": ("y" if token[0] == "x" else "x") + token[1:]}, {}),  # a wrong one (never the right one)
            ({**form, "csrf": csrf if who is admin else admin_csrf}, {}),  # another session's
            ({**form, "csrf": token}, {"Sec-Fetch-Site": "cross-site"}),  # the right one, sent by another site
            ({**form, "csrf": token}, {"Sec-Fetch-Site": "same-site"}),  # or by another port of this host
        ):
            reply = who.request(path, attempt, follow=False, headers=headers)
            assert reply.status == 403 and secure_headers(reply), (path, attempt, headers, reply.status)
    # Nothing happened: still signed in, the case still pending and unclaimed, the threshold unchanged.
    queue = client.request("/queue")
    assert queue.status == 200 and f'href="/case/{case_id}"' in queue.html
    assert "0.010" not in admin.request("/ops").html

    # Login CSRF: no session cookie, or a token from another session, or another site: refused.
    anonymous = Client(base)
    assert anonymous.request("/signin", {"csrf": csrf, "token": CAROL}).status == 403
    stranger = Client(base)
    stranger.request("/signin")
    assert stranger.request("/signin", {"csrf": csrf, "token": CAROL}).status == 403
    own = stranger.csrf()
    reply = stranger.request("/signin", {"csrf": own, "token": CAROL}, headers={"Sec-Fetch-Site": "cross-site"})
    assert reply.status == 403
    reply = stranger.request("/signin", {"csrf": own, "token": CAROL}, headers={"Sec-Fetch-Site": "same-origin"})
    assert reply.status == 200 and "Sign out" in reply.html

    # Sign-out ends the session on the server and clears the cookie; signing out again just goes to sign-in.
    reply = client.request("/signout", {"csrf": csrf}, follow=False)
    assert reply.status == 303 and reply.headers["location"] == "/signin" and secure_headers(reply)
    assert any(c.startswith('console=""') and "Max-Age=0" in c for c in reply.cookies), reply.cookies
    gone = Client(base).request("/queue", follow=False, headers={"Cookie": f"console={after}"})
    assert gone.status == 303 and gone.headers["location"] == "/signin"
    reply = Client(base).request("/signout", {"csrf": csrf}, follow=False, headers={"Cookie": f"console={after}"})
    assert reply.status == 303 and reply.headers["location"] == "/signin"
    log = stack["console"].log()
    assert not [t for t in TOKENS if t in log] and csrf not in log and after not in log


def test_hostile_addresses_forms_and_methods(stack: dict[str, Any]) -> None:
    """Path traversal, unicode, controls and 10 KB in ids and fields; other HTTP methods; a reviewer on admin
    pages and an admin on reviewer pages: clear error pages with the security headers, never a traceback."""
    base = stack["console"].url
    client = Client(base)
    client.sign_in(CAROL)
    csrf = csrf_in(client.request("/queue").html)

    def refused(reply: Reply, status: int) -> None:
        assert reply.status == status and secure_headers(reply), (reply.status, reply.headers)
        assert "Traceback" not in reply.html and "<script>alert" not in reply.html

    for case_id in (
        "..%2F..%2Fetc%2Fpasswd",
        "..",
        "%E2%80%AEevil",  # an RTL override
        "%00",
        "%1b%5b2J",  # an escape sequence
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "a" * 10_240,
        "caf%C3%A9",
    ):
        refused(client.request(f"/case/{case_id}"), 400)
        refused(client.request(f"/case/{case_id}/release", {"csrf": csrf}), 400)
    refused(client.request("/complaints/%2E%2E%2Fx/resolve", {"csrf": csrf, "outcome": "upheld"}), 400)
    refused(client.request("/queue?tenant=" + "t" * 10_240), 400)
    refused(client.request("/queue?page=" + "p" * 10_240), 400)
    refused(client.request("/case/nope"), 404)  # a well-formed id the service does not know

    some_case = "0123456789abcdef0123456789abcdef"
    verdict = f"/case/{some_case}/verdict"
    refused(client.request(verdict, {"csrf": csrf, "verdict": "confirmed", "note": "n" * 10_240}), 400)
    refused(client.request(verdict, {"csrf": csrf, "verdict": "<script>alert(1)</script>"}), 400)
    refused(client.request(verdict, {"csrf": csrf, "verdict": "confirmed", "note": "n" * 70_000}), 413)
    refused(client.request("/ops"), 403)  # a reviewer is not an admin

    for path in ("/queue", "/signin", f"/case/{some_case}"):
        for method in ("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"):
            reply = client.request(path, method=method)
            refused(reply, 405)
            assert "GET" in reply.headers["allow"] and method not in reply.headers["allow"]
    head = client.request("/queue", method="HEAD")
    assert head.status == 200 and head.html == "" and secure_headers(head)
    refused(client.request("/static/missing.css"), 404)  # not cached like the real static files
    assert client.request("/static/console.css").headers["cache-control"] == "private, max-age=300"
    redirect = Client(base).request(f"/case/{some_case}", follow=False)  # not signed in
    assert redirect.status == 303 and redirect.headers["location"] == "/signin" and secure_headers(redirect)

    admin = Client(base)
    admin.sign_in(ADMIN)
    for path in ("/queue", "/next", "/complaints", f"/case/{some_case}"):
        refused(admin.request(path), 403)


def test_sign_in_throttle_bad_tokens_and_no_tokens_in_the_log(
    stack: dict[str, Any], consoles: Callable[..., ConsoleProcess]
) -> None:
    """Bad tokens (unknown, another role, controls, non-ASCII) are refused as 401, never a 5xx; after 10
    failures from one address sign-in is refused (429) for a while, even with a good token, and a forged
    X-Forwarded-For does not help. No token ends up in the console's log. (Its own console: the throttle
    counts per address, and every test signs in from 127.0.0.1.)"""
    console = consoles(stack["target"])
    client = Client(console.url)
    tried = [SCORER, "\x00" * 20, "é" * 20, "x" * 5000, "short"]
    tried += [secrets.token_urlsafe(24) for _ in range(10 - len(tried))]
    for token in tried:
        reply = client.request("/signin", {"csrf": client.csrf(), "token": token})
        assert reply.status == 401 and "not accepted" in reply.html and secure_headers(reply), reply.status
    for headers in ({}, {"X-Forwarded-For": "192.0.2.7"}):
        reply = client.request("/signin", {"csrf": client.csrf(), "token": DAVE}, headers=headers)
        assert reply.status == 429 and 0 < int(reply.headers["retry-after"]) <= 300 and secure_headers(reply)
    log = console.log()
    assert "/signin" in log and not [t for t in [*tried, DAVE] if t in log]


def test_revoked_token_unreachable_service_and_service_without_tokens(
    tmp_path: Path, consoles: Callable[..., ConsoleProcess]
) -> None:
    """The service goes away (a clear 503 page), comes back with a reviewer's token withdrawn (that session
    ends), and then comes back without a token file (the console signs nobody in)."""
    tokens = token_file(tmp_path / "tokens.toml", alice=ALICE, bob=BOB)
    servers = [spawn_server(None, "--auth-tokens", str(tokens), capture_stderr=True)]
    port = servers[0].port
    try:
        console = consoles(f"127.0.0.1:{port}")
        alice = Client(console.url)
        alice.sign_in(ALICE)
        servers[0].stop()
        bob = Client(console.url)
        for reply in (alice.request("/queue"), bob.request("/signin", {"csrf": bob.csrf(), "token": BOB})):
            assert reply.status == 503 and "Review service unreachable" in reply.html and secure_headers(reply)
            assert "Traceback" not in reply.html and f"127.0.0.1:{port}" in reply.html

        token_file(tokens, bob=BOB)  # alice's token is withdrawn
        servers.append(spawn_server(None, "--auth-tokens", str(tokens), "--port", str(port), capture_stderr=True))
        reply = eventually(
            lambda: r if (r := alice.request("/queue", follow=False)).status != 503 else None, "the service back"
        )
        assert reply.status == 303 and reply.headers["location"] == "/signin"  # the session ended
        assert alice.request("/queue", follow=False).status == 303
        assert alice.request("/signin", {"csrf": alice.csrf(), "token": ALICE}).status == 401
        bob.sign_in(BOB)
        servers[-1].stop()

        servers.append(spawn_server(None, "--port", str(port), capture_stderr=True))  # no token file
        anyone = Client(console.url)
        reply = eventually(
            lambda: (
                r
                if "unreachable"
                not in (r := anyone.request("/signin", {"csrf": anyone.csrf(), "token": "y" * 24})).html
                else None
            ),
            "the service back",
        )
        assert reply.status == 503 and "without --auth-tokens" in reply.html
        assert anyone.request("/queue", follow=False).headers["location"] == "/signin"
        log = console.log()
        assert ALICE not in log and BOB not in log
    finally:
        for server in servers:
            server.stop()


def test_idle_timeout_ends_the_session(stack: dict[str, Any], consoles: Callable[..., ConsoleProcess]) -> None:
    idle = 3.0
    console = consoles(stack["target"], "--idle-minutes", str(idle / 60))
    client = Client(console.url)
    # Signing in takes two requests; on a loaded machine they might be further apart than the short timeout.
    eventually(lambda: client.try_sign_in(CAROL), "a sign-in within the idle timeout")
    signed_in_at = time.monotonic()
    wait_until(signed_in_at + idle + 0.2)
    reply = client.request("/queue", follow=False)
    assert reply.status == 303 and reply.headers["location"] == "/signin"
    assert client.request("/queue", follow=False).status == 303  # gone for good, not just once


def test_break_suggested_after_a_number_of_cases(
    stack: dict[str, Any], consoles: Callable[..., ConsoleProcess]
) -> None:
    console = consoles(stack["target"], "--break-after-cases", "1")
    case_id = route(stack, "console-break-cases").review_case_id
    client = Client(console.url)
    client.sign_in(CAROL)
    queue = client.request("/queue").html
    assert not break_suggested(queue) and cases_reviewed(queue) == 0
    page = client.request(f"/case/{case_id}")
    assert page.status == 200 and not break_suggested(page.html)
    reply = client.request(
        f"/case/{case_id}/verdict", {"csrf": csrf_in(page.html), "verdict": "confirmed"}, follow=False
    )
    assert reply.status == 303 and reply.headers["location"] == "/next"
    queue = client.request("/queue").html
    assert break_suggested(queue) and cases_reviewed(queue) == 1
    reply = client.request("/break", {"csrf": csrf_in(queue)}, follow=False)
    assert reply.status == 303 and reply.headers["location"] == "/queue"
    queue = client.request("/queue").html
    assert not break_suggested(queue) and cases_reviewed(queue) == 0

    # Someone else signing in on the same browser starts from zero (a fresh session, nothing carried over).
    second = route(stack, "console-break-cases-2").review_case_id
    page = client.request(f"/case/{second}")
    client.request(f"/case/{second}/verdict", {"csrf": csrf_in(page.html), "verdict": "confirmed"}, follow=False)
    assert cases_reviewed(client.request("/queue").html) == 1
    client.sign_in(DAVE)
    queue = client.request("/queue").html
    assert not break_suggested(queue) and cases_reviewed(queue) == 0
    assert '<span class="who">reviewer</span>' in queue  # not "reviewer · carol": the name is not carried over


def test_break_suggested_after_minutes_on_cases(stack: dict[str, Any], consoles: Callable[..., ConsoleProcess]) -> None:
    minutes = 0.02  # 1.2 s of time on case pages
    console = consoles(stack["target"], "--break-after-minutes", str(minutes))
    case_id = route(stack, "console-break-minutes").review_case_id
    client = Client(console.url)
    client.sign_in(DAVE)
    assert not break_suggested(client.request("/queue").html)  # time counts on case pages only
    page = client.request(f"/case/{case_id}")
    opened_at = time.monotonic()
    assert page.status == 200
    wait_until(opened_at + minutes * 60 + 0.2)
    page = client.request(f"/case/{case_id}")
    assert page.status == 200 and break_suggested(page.html)
    reply = client.request(f"/case/{case_id}/release", {"csrf": csrf_in(page.html)}, follow=False)
    assert reply.status == 303


def test_tls_and_proxy_modes_use_secure_host_cookies(
    stack: dict[str, Any], consoles: Callable[..., ConsoleProcess], tmp_path: Path
) -> None:
    ca, ca_cert, ca_key = make_ca(tmp_path, "console-ca")
    cert = issue(tmp_path, "console", ca_cert, ca_key, server=True)
    console = consoles(stack["target"], "--tls-cert", str(cert.cert), "--tls-key", str(cert.key))
    assert console.url.startswith("https://")
    client = Client(console.url, ssl.create_default_context(cafile=str(ca.cert)))
    reply = client.request("/signin")
    assert reply.status == 200 and secure_headers(reply)
    for cookie in (
        reply.cookies[0],
        *client.request("/signin", {"csrf": csrf_in(reply.html), "token": CAROL}, follow=False).cookies,
    ):
        parts = [p.strip() for p in cookie.split(";")]
        assert parts[0].startswith("__Host-console=") and {"Secure", "HttpOnly", "SameSite=strict", "Path=/"} <= set(
            parts
        )
        assert not [p for p in parts if p.lower().startswith("domain")]
    assert client.request("/queue").status == 200  # the browser-side jar sends the Secure cookie over TLS

    # --insecure: TLS ends at a proxy in front, so the browser still speaks HTTPS and the cookie is Secure.
    behind_proxy = consoles(stack["target"], "--insecure")
    cookie = Client(behind_proxy.url).request("/signin").cookies[0]
    assert cookie.startswith("__Host-console=") and "Secure" in cookie


def test_session_store_and_throttle_bounds() -> None:
    """The limits that keep memory bounded (fake clock, no server needed)."""
    now = [0.0]
    store = SessionStore(idle_seconds=60, clock=lambda: now[0], max_anonymous=3)
    signed = store.new()
    signed.role = "reviewer"
    anonymous = []
    for _ in range(5):
        now[0] += 1
        anonymous.append(store.new())
    assert len(store) == 4 and store.get(signed.sid) is signed  # signed-in sessions are never evicted
    assert [store.get(s.sid) is not None for s in anonymous] == [False, False, True, True, True]
    now[0] += 61
    assert store.get(signed.sid) is None and signed.token == "" and len(store) == 0  # idle: dropped, token wiped

    throttle = SigninThrottle(limit=2, window_seconds=10, clock=lambda: now[0])
    throttle.failed("a")
    assert throttle.retry_after("a") == 0
    throttle.failed("a")
    assert throttle.retry_after("a") == pytest.approx(10) and throttle.retry_after("b") == 0
    now[0] += 10
    assert throttle.retry_after("a") == 0
