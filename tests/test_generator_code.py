"""The generator's own code holds the bar the code it emits holds: `mypy --strict` and black."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_generator_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_projects_own_code_is_black_formatted() -> None:
    # pyproject.toml's [tool.black] names the line length and leaves out the generator's output.
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "generator", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
