"""mypy over the installed namespace (`grooming_risk`), as CI runs it through the README's test command.

mypy resolves modules from folders and cannot follow the editable install's mapping of `model/`,
`service/` and `training/` into `grooming_risk`, so the check lays the namespace out as links in a
temporary directory and checks the package there; paths in its report are given back as repository paths.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def typecheck(workdir: Path) -> subprocess.CompletedProcess[str]:
    package = workdir / "grooming_risk"
    package.mkdir()
    for module in (ROOT / "grooming_risk").glob("*.py"):
        (package / module.name).symlink_to(module)
    for layer in ("model", "service", "training"):
        (package / layer).symlink_to(ROOT / layer, target_is_directory=True)
    env = {**os.environ, "MYPYPATH": str(ROOT / "proto")}  # the generated contract's .pyi stubs
    command = [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--no-error-summary", "-p", "grooming_risk"]
    return subprocess.run(
        [*command, "--cache-dir", str(workdir / ".mypy_cache")],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


@pytest.mark.slow
def test_the_package_type_checks(tmp_path: Path) -> None:
    if shutil.which("mypy") is None and os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") != "1":
        pytest.skip("mypy is not installed (pip install -e '.[dev]')")
    result = typecheck(tmp_path)
    report = result.stdout.replace("grooming_risk/model/", "model/").replace("grooming_risk/service/", "service/")
    report = report.replace("grooming_risk/training/", "training/")
    assert result.returncode == 0, report + result.stderr
