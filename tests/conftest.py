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
# The whole Magic Hour API is the project's own spec (spec/), so it needs no ../shared.
FULL_SPEC = ROOT / "spec" / "magic-hour.openapi.yaml"
FULL_CONFIG = ROOT / "spec" / "sdk.yaml"
# The seed endpoint and its two companions, a golden case of its own.
SEED_SPEC = ROOT / "tests" / "golden" / "magic_hour_seed" / "openapi.yaml"
SEED_CONFIG = ROOT / "tests" / "golden" / "magic_hour_seed" / "sdk.yaml"

# The format cache is keyed by content, so sharing one between runs is safe and keeps the
# suite fast; it lives in the repo's (ignored) pytest cache, never in the user's home.
os.environ.setdefault("SDKGEN_CACHE_DIR", str(ROOT / ".pytest_cache" / "sdkgen"))
# Every file the format stage passes through without black is checked against black here.
os.environ.setdefault("SDKGEN_VERIFY_FORMAT", "1")


# Test tiers, by module (docs/testing.md). Every test gets its module's tier as a marker, and
# `slow` where it runs mypy or a large corpus. `pytest -m fast` (unit and golden, nothing slow)
# is the tier to run while editing; CI runs everything. A module missing here fails collection,
# so a new one is classified when it is added.
TIERS = {
    "unit": (
        "test_load.py",
        "test_escape.py",
        "test_naming.py",
        "test_write.py",
        "test_merge.py",
        "test_merge_properties.py",
        "test_samples.py",
        "test_param_styles.py",
        "test_deprecation.py",
        "test_validate.py",
        "test_unsupported.py",
        "test_diff.py",
        "test_packaging.py",
        "test_generator_code.py",
        "test_grace.py",
    ),
    "golden": (
        "test_golden.py",
        "test_golden_docs.py",
        "test_features.py",
        "test_templates.py",
        "test_generated.py",
    ),
    "e2e": (
        "test_cli.py",
        "test_workers.py",
        "test_readme.py",
        "test_ci_recipes.py",
        "test_mock.py",
        "test_sdk_runtime.py",
        "test_deprecation_runtime.py",
        "test_full_spec.py",
        "test_docs_examples.py",
        "test_samples_run.py",
        "test_prism.py",
        "test_custom_code.py",
        "test_runtime_extras.py",
        "test_official_sdk.py",
    ),
    "corpus": (
        "test_corpus.py",
        "test_synthetic.py",
        "test_properties.py",
        "hostile/test_hostile.py",
        "test_samples_hostile.py",
    ),
}
_TIER_OF = {module: tier for tier, modules in TIERS.items() for module in modules}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.relative_to(Path(__file__).parent).as_posix()
        tier = _TIER_OF.get(module)
        if tier is None:
            raise pytest.UsageError(f"tests/{module} has no tier: add it to TIERS in tests/conftest.py")
        item.add_marker(tier)
        slow = tier == "corpus" or "mypy" in item.name or item.get_closest_marker("slow") is not None
        if slow:
            item.add_marker("slow")
        elif tier in ("unit", "golden"):
            item.add_marker("fast")


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
