"""Golden files: each small spec under tests/golden/<case>/ and the exact tree it generates.

After an intended change to the generator or the templates, refresh with:

    python -m pytest tests/test_golden.py --update-goldens

and review the diff of tests/golden/*/expected like any other code change. The runtime files
copied verbatim from templates/static are left out (they are tested by behaviour).
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import Inputs, build
from generator.render import STATIC_FILES

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "openapi.yaml").is_file())


def _generated(case: str) -> dict[str, str]:
    spec = GOLDEN / case / "openapi.yaml"
    config = GOLDEN / case / "sdk.yaml"
    result = build(Inputs(spec=spec, config=config if config.is_file() else None))
    return without_static(result.files)


def without_static(files: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.rsplit("/", 1)[-1] not in STATIC_FILES}


def _on_disk(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_goldens: bool) -> None:
    check_goldens(GOLDEN / case / "expected", _generated(case), update_goldens)


def check_goldens(
    expected_dir: Path,
    actual: dict[str, str],
    update_goldens: bool,
    refresh: str = "tests/test_golden.py tests/test_features.py",
) -> None:
    """`actual` is exactly the tree under `expected_dir`; with --update-goldens, it becomes it.
    A difference is shown as a diff, with the test modules (`refresh`) that update it."""
    if update_goldens:
        shutil.rmtree(expected_dir, ignore_errors=True)
        for path, text in actual.items():
            target = expected_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return
    expected = _on_disk(expected_dir)
    problems = []
    for path in sorted(set(expected) | set(actual)):
        if expected.get(path) != actual.get(path):
            problems.extend(
                difflib.unified_diff(
                    (expected.get(path) or "").splitlines(keepends=True),
                    (actual.get(path) or "").splitlines(keepends=True),
                    f"expected/{path}",
                    f"actual/{path}",
                )
            )
    assert not problems, (
        f"generated output differs from the golden files in {expected_dir}:\n"
        + "".join(problems)
        + f"\nIf the change is intended: python -m pytest {refresh} --update-goldens"
    )


def test_every_case_has_goldens() -> None:
    assert CASES, "no golden cases found"
    for case in CASES:
        assert (GOLDEN / case / "expected").is_dir(), f"{case}: run pytest --update-goldens"


@pytest.mark.slow
def test_golden_outputs_type_check_and_import(tmp_path: Path) -> None:
    """Every golden case, generated whole (runtime included), passes mypy --strict and imports."""
    packages = []
    for case in CASES:
        out = tmp_path / case
        result = build(Inputs(spec=GOLDEN / case / "openapi.yaml", config=None))
        for path, text in result.files.items():
            target = out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        package = next(p for p in out.iterdir() if (p / "__init__.py").is_file())
        packages.append(package)
        imported = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import {package.name}, {package.name}.types.models, {package.name}.types.params",
            ],
            cwd=out,
            capture_output=True,
            text=True,
        )
        assert imported.returncode == 0, imported.stderr
    for package in packages:
        checked = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", package.name],
            cwd=package.parent,
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, f"{package}:\n{checked.stdout}{checked.stderr}"
