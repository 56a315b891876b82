"""Shared fixtures: paths, an isolated-but-persistent format cache, the CLI, golden refresh."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SPECS = SHARED / "specs"
FULL_SPEC = SPECS / "magic-hour-full.openapi.json"

# The format cache is keyed by content, so sharing one between runs is safe and keeps the
# suite fast; it lives in the repo's (ignored) pytest cache, never in the user's home.
os.environ.setdefault("SDKGEN_CACHE_DIR", str(ROOT / ".pytest_cache" / "sdkgen"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/*/expected from the current generator and templates",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def needs_shared() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not SPECS.is_dir(),
        reason=f"{SPECS} is absent (a fresh clone): the real-world spec corpus is not available",
    )


def run_cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture
def cli():
    return run_cli
