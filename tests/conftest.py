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
# Every file the format stage passes through without black is checked against black here.
os.environ.setdefault("SDKGEN_VERIFY_FORMAT", "1")


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


def run_cli(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
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


# The Magic Hour mock (spec/ with spec/sdk.yaml) for SDK runtime tests ------------------------

MAGIC_HOUR_SPEC = ROOT / "spec" / "magic-hour.openapi.yaml"
MAGIC_HOUR_CONFIG = ROOT / "spec" / "sdk.yaml"


@pytest.fixture(scope="session")
def magic_hour_mock_session():
    """One MockServer for the whole session (port 0, loopback); tests use `magic_hour_mock`."""
    from generator.mock import MockServer

    with MockServer(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG) as server:
        yield server


@pytest.fixture
def magic_hour_mock(magic_hour_mock_session):
    """The Magic Hour mock, with no recorded requests, faults, jobs or forced outcome at the start."""
    magic_hour_mock_session.reset()
    yield magic_hour_mock_session
    magic_hour_mock_session.reset()


def sdk_subprocess_env(base_url: str, **extra: str) -> dict[str, str]:
    """An environment for SDK code in a subprocess: the system's basics (PATH, locale, HOME), the
    mock's base URL, a short poll interval, and `extra`; no MAGIC_HOUR_* or token of the caller."""
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(MAGIC_HOUR_BASE_URL=base_url, MAGIC_HOUR_POLL_INTERVAL="0.01", **extra)
    return env


@pytest.fixture
def magic_hour_env(monkeypatch: pytest.MonkeyPatch, magic_hour_mock):
    """This process's SDK clients talk to the mock: MAGIC_HOUR_BASE_URL set, a 10 ms poll interval,
    MAGIC_HOUR_API_KEY unset. Yields the mock."""
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", magic_hour_mock.base_url)
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.01")
    monkeypatch.delenv("MAGIC_HOUR_API_KEY", raising=False)
    return magic_hour_mock
