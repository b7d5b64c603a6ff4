"""The package's shape: two import names in the wheel, and layers that import one way only.

model (the domain) <- service (gRPC, storage, metrics) and <- training (data, fitting, evaluation); the
command line (grooming_risk.cli) sits on top and is the only module that imports both.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = {"model": ROOT / "model", "service": ROOT / "service", "training": ROOT / "training"}
#: What each layer may import of ours (the generated contract, groomingrisk, is below everything).
ALLOWED = {
    "model": {"model"},
    "service": {"model", "service"},
    "training": {"model", "training"},
}
LEGACY_TOP_LEVEL = {"model", "service", "training"}


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, including imports inside functions, with its line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: relative import"
            found.append((node.lineno, node.module or ""))
    return found


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "grooming_risk":
        return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "top"
    return None


def import_violations(layers: dict[str, Path], root: Path) -> list[str]:
    """Imports against the layering (upward, sideways, or of the old top-level names)."""
    problems = []
    for layer, folder in layers.items():
        for path in sorted(folder.rglob("*.py")):
            for line, module in _imports(path):
                where = f"{path.relative_to(root)}:{line}"
                if module.split(".")[0] in LEGACY_TOP_LEVEL:
                    problems.append(f"{where}: imports {module} outside the grooming_risk namespace")
                target = _layer_of(module)
                if target is not None and target not in ALLOWED[layer]:
                    problems.append(f"{where}: {layer} imports {module} ({target} is not below {layer})")
    for path in sorted((root / "grooming_risk").glob("*.py")):
        for line, module in _imports(path):
            if module.split(".")[0] in LEGACY_TOP_LEVEL:
                problems.append(f"{path.relative_to(root)}:{line}: imports {module} outside the namespace")
    return problems


def test_layers_import_one_way_only() -> None:
    assert import_violations(LAYERS, ROOT) == []


def test_the_import_check_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "model"
    bad.mkdir()
    (bad / "x.py").write_text("def f():\n    from grooming_risk.service.server import GroomingRiskServer\n")
    (bad / "y.py").write_text("import training.train\n")
    (tmp_path / "training").mkdir()
    (tmp_path / "training" / "z.py").write_text("from grooming_risk.service import errors\n")
    problems = import_violations({"model": bad, "training": tmp_path / "training"}, tmp_path)
    assert any("x.py:2: model imports grooming_risk.service.server" in p for p in problems), problems
    assert any("y.py:1: imports training.train outside" in p for p in problems), problems
    assert any("z.py:1: training imports grooming_risk.service" in p for p in problems), problems


def test_cli_is_the_only_module_importing_service_and_training() -> None:
    both = []
    for path in sorted(ROOT.joinpath("grooming_risk").glob("*.py")):
        layers = {_layer_of(module) for _, module in _imports(path)}
        if {"service", "training"} <= layers:
            both.append(path.name)
    assert both == ["cli.py"]


@pytest.mark.slow
def test_the_wheel_installs_exactly_two_import_packages(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("grooming_risk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"grooming_risk", "groomingrisk"}
    assert "grooming_risk/model/artifact/model.json" in names and "grooming_risk/cli.py" in names
    assert any(name.startswith("grooming_risk/model/_ngrams") for name in names) or not _has_compiler()


def _has_compiler() -> bool:
    import shutil
    import sysconfig

    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(compiler) is not None
