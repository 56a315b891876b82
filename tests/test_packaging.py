"""The distribution: every package of the generator is in it, and so is every template.

`pyproject.toml` lists the packages explicitly (the top-level `templates/` folder is mapped into
the distribution as `generator.templates`); a sub-package left out of that list would be missing
from a wheel while every test run from the checkout still passed. `.ci/run` builds a wheel and
generates with it from another folder.
"""

from __future__ import annotations

import sys

from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def _setuptools() -> dict[str, object]:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        config = tomllib.load(fh)
    tool: dict[str, object] = config["tool"]["setuptools"]
    return tool


def test_every_generator_package_is_distributed() -> None:
    listed = set(_setuptools()["packages"])  # type: ignore[call-overload]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "generator").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk <= listed, f"packages missing from pyproject.toml: {sorted(on_disk - listed)}"
    assert listed - on_disk == {"generator.templates"}


def test_every_template_is_package_data() -> None:
    patterns = _setuptools()["package-data"]["generator.templates"]  # type: ignore[index]
    suffixes = {pattern.rsplit("*", 1)[1] for pattern in patterns}
    templates = [p for p in (ROOT / "templates").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    unshipped = [p.relative_to(ROOT).as_posix() for p in templates if not p.name.endswith(tuple(suffixes))]
    assert unshipped == []
