"""The repository's README: small, its links resolve, and its examples run as written.

The quick start runs on `tests/quickstart/openapi.yaml` (standing in for "your spec"): its
`sdkgen generate` line exactly as the README prints it, then its Python block against the mock
of that spec. The `pip install` lines are what `.ci/run` proves on a fresh machine (a wheel and a
plain install, used from another folder); here the generated package is put on the path instead.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, sdk_subprocess_env
from generator.mock import MockServer

README = ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")


def _section(heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", TEXT, re.MULTILINE | re.DOTALL)
    assert match is not None, f"README has no section {heading!r}"
    return match.group(1)


def _blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)


def test_the_readme_stays_short_and_its_links_resolve() -> None:
    assert len(TEXT.encode("utf-8")) <= 8 * 1024, "the README is a front page: details go to docs/"
    links = re.findall(r"\]\(([^)#]+)\)", TEXT)
    local = [link for link in links if not link.startswith(("http://", "https://"))]
    assert "docs/testing.md" in local
    missing = [link for link in local if not (ROOT / link).exists()]
    assert missing == []
    for page in (ROOT / "docs").glob("*.md"):
        assert f"({page.relative_to(ROOT).as_posix()})" in TEXT, f"{page.name} is not linked from the README"


def _command(line: str) -> list[str]:
    words = shlex.split(line, comments=True)
    if words[0] == "sdkgen":
        # The console script of this environment: the one `pip install` put beside Python.
        script = Path(sys.executable).parent / "sdkgen"
        return [str(script) if script.exists() else shutil.which("sdkgen") or "sdkgen", *words[1:]]
    return words


def test_quick_start_runs_as_written(tmp_path: Path) -> None:
    section = _section("Quick start on your own spec")
    (shell,) = _blocks(section, "sh")
    (code,) = _blocks(section, "python")
    shutil.copy(ROOT / "tests" / "quickstart" / "openapi.yaml", tmp_path / "openapi.yaml")
    ran = []
    for line in shell.splitlines():
        if not line.strip() or line.startswith("pip install"):
            continue
        run = subprocess.run(_command(line), cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, (line, run.stderr)
        ran.append(line)
    assert [line.split()[:2] for line in ran] == [["sdkgen", "generate"]]
    package_root = tmp_path / "petstore_sdk"
    assert (package_root / "petstore" / "__init__.py").is_file()
    with MockServer(tmp_path / "openapi.yaml") as mock:
        script = re.sub(r"http://127\.0\.0\.1:\d+", mock.url, code)
        assert script != code, "the example names the local server it talks to"
        run = subprocess.run(
            [sys.executable, "-c", script],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(package_root)},
            timeout=120,
        )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip(), "the example prints the pets it listed"


def test_magic_hour_example_runs_against_the_mock(magic_hour_mock: MockServer, tmp_path: Path) -> None:
    (code,) = _blocks(_section("This repository: the Magic Hour SDK"), "python")
    run = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=sdk_subprocess_env(
            magic_hour_mock.url, API_TOKEN="test-token", PYTHONPATH=str(ROOT / "generated")
        ),
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert list(tmp_path.iterdir()), "generate() downloaded the image into the working directory"


@pytest.mark.parametrize("block", _blocks(_section("Set-up (two commands)"), "sh"))
def test_the_set_up_commands_are_what_ci_runs(block: str) -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for line in block.splitlines():
        if line.strip() and not line.startswith("#"):
            assert line in ci, f"README command not run by .ci/run: {line}"
