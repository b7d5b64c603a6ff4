"""Helpers of tests/test_console.py: the console as a real `grooming-risk console` process, a headless Debian
Chromium driven through chromedriver (selenium), and axe-core from tests/node injected into pages.

Without chromium/chromedriver (or selenium) the browser tests skip, unless GROOMING_RISK_REQUIRE_INTEGRATION=1
(CI), where they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "node" / "node_modules" / "axe-core" / "axe.min.js"
REQUIRE = os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1"
_RUNNING = re.compile(r"Uvicorn running on (https?)://([\d.]+):(\d+)")
START_TIMEOUT = 60  # seconds: the bound on a console's start-up
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)


def missing(what: str) -> None:
    if REQUIRE:
        pytest.fail(f"{what} is required (GROOMING_RISK_REQUIRE_INTEGRATION=1)")
    pytest.skip(f"{what} is not installed")


def browser_binaries() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        missing("chromium and chromium-driver")
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing("selenium")
    return chromium, driver  # type: ignore[return-value]


@dataclass
class ConsoleProcess:
    """`grooming-risk console` on a free port; its log is collected (to check it holds no content)."""

    proc: subprocess.Popen[str]
    url: str = ""
    lines: list[str] = field(default_factory=list)

    def log(self) -> str:
        return "".join(self.lines)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_console(target: str, *args: str) -> ConsoleProcess:
    """A console on 127.0.0.1 and a free port (its URL read from uvicorn's start-up line: http or https); one
    that has not started within START_TIMEOUT is killed and the test fails with its log."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "grooming_risk", "console", "--target", target, "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    console = ConsoleProcess(proc)
    assert proc.stdout is not None
    watchdog = threading.Timer(START_TIMEOUT, proc.kill)  # ends the read below if the console hangs silently
    watchdog.start()
    try:
        for line in proc.stdout:  # uvicorn's start-up lines; it names the port it bound
            console.lines.append(line)
            match = _RUNNING.search(line)
            if match:
                console.url = f"{match.group(1)}://127.0.0.1:{match.group(3)}"
                break
    finally:
        watchdog.cancel()
    if not console.url:
        console.stop()
        raise RuntimeError(f"the console did not start: {console.log()}")

    def drain() -> None:  # keep reading, so the pipe never fills and the log can be checked
        for line in proc.stdout:  # type: ignore[union-attr]
            console.lines.append(line)

    threading.Thread(target=drain, daemon=True).start()
    return console


def new_browser(chromium: str, driver_path: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="grooming-risk-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    driver._grooming_profile = profile  # removed by close_browser
    return driver


def close_browser(driver: Any) -> None:
    try:
        driver.quit()
    finally:
        shutil.rmtree(driver._grooming_profile, ignore_errors=True)


def serious_axe_violations(driver: Any) -> list[str]:
    """axe-core's serious and critical findings on the current page ("rule: first target" each)."""
    if not AXE.is_file():
        missing("axe-core (npm ci --prefix tests/node)")
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done(String(e)));"
    )
    assert isinstance(result, list), result
    return [
        f"{v['id']}: {v['nodes'][0]['target'] if v['nodes'] else ''}"
        for v in result
        if v.get("impact") in ("serious", "critical")
    ]
