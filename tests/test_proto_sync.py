"""The committed generated code is exactly what `python proto/generate.py` produces."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_generated_code_is_in_sync(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "proto" / "generate.py"), "--out", str(tmp_path)], check=True)
    committed = ROOT / "proto" / "groomingrisk" / "v1"
    fresh = tmp_path / "groomingrisk" / "v1"
    generated = sorted(p.name for p in fresh.iterdir() if p.suffix in (".py", ".pyi"))
    assert generated, "protoc produced nothing"
    for name in generated:
        assert (committed / name).exists(), f"{name} is generated but not committed"
        assert filecmp.cmp(committed / name, fresh / name, shallow=False), f"{name} differs: run proto/generate.py"
