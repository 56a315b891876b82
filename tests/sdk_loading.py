"""Helpers for tests that use a generated SDK other than the installed `generated/` one.

Every Magic Hour SDK is a package named `magic_hour`; `import_sdk` loads another copy under an
alias (its imports are all relative), so several can live in one test process.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import run_cli


def generate_sdk(spec: Path, config: Path, out: Path) -> Path:
    """`python -m generator generate` into `out`; raises with the CLI's stderr on failure."""
    result = run_cli("generate", "--spec", str(spec), "--config", str(config), "--out", str(out))
    if result.returncode != 0:
        raise RuntimeError(f"generating {spec.name} failed:\n{result.stderr}")
    return out


def import_sdk(root: Path, alias: str, package: str = "magic_hour") -> ModuleType:
    """Import `root/<package>` as the top-level package `alias` (once per alias)."""
    if alias in sys.modules:
        return sys.modules[alias]
    init = root / package / "__init__.py"
    spec = importlib.util.spec_from_file_location(alias, init, submodule_search_locations=[str(init.parent)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[alias]
        raise
    return module
