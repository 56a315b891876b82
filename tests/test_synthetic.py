"""A large spec (tests/synthetic.py: 800 operations, 1,000 component schemas, nested objects,
enums, refs with long reference chains and cycles, arrays, unions) generates within the default
limits, imports lazily, passes `mypy --strict`, and every operation works against the mock."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import smoke
from generator.mock import MockServer
from generator.pipeline import Inputs, named_api
from synthetic import build_spec

OPERATIONS, SCHEMAS = 800, 1000
PACKAGE = "synthetic_sdk"


@dataclass
class Generated:
    spec: Path
    out: Path
    config: Path
    seconds: float
    run: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    root = tmp_path_factory.mktemp("synthetic")
    spec = root / "synthetic.json"
    spec.write_text(json.dumps(build_spec(OPERATIONS, SCHEMAS)), encoding="utf-8")
    started = time.monotonic()
    run = smoke.generate(spec, root / "out", package=PACKAGE)
    seconds = time.monotonic() - started
    sys.path.insert(0, str(root / "out"))
    return Generated(spec, root / "out", root / "out.sdk.yaml", seconds, run)


def test_builder_is_deterministic_and_sized() -> None:
    spec = build_spec(OPERATIONS, SCHEMAS)
    assert spec == build_spec(OPERATIONS, SCHEMAS)
    assert sum(len(item) for item in spec["paths"].values()) == OPERATIONS
    assert len(spec["components"]["schemas"]) == SCHEMAS
    small = build_spec(7, 30)
    assert (
        sum(len(item) for item in small["paths"].values()) == 7 and len(small["components"]["schemas"]) == 30
    )
    with pytest.raises(ValueError):
        build_spec(800, 100)


def test_generates_within_default_limits(synthetic: Generated) -> None:
    assert synthetic.run.returncode == 0, synthetic.run.stderr
    assert "warning" not in synthetic.run.stderr
    package = synthetic.out / PACKAGE
    assert len(list((package / "resources").rglob("*.py"))) > 160
    assert len(list((package / "types").rglob("*.py"))) > 900
    print(
        f"synthetic spec ({OPERATIONS} operations, {SCHEMAS} schemas): generated in {synthetic.seconds:.1f}s"
    )


def test_imports_lazily(synthetic: Generated) -> None:
    """`import pkg; pkg.Client(...)` loads no resource or type module; one call loads its own."""
    code = f"""
import json, sys
import {PACKAGE}
client = {PACKAGE}.Client(token="t", base_url="http://127.0.0.1:9")
loaded = lambda: sorted(m for m in sys.modules if m.startswith(("{PACKAGE}.resources", "{PACKAGE}.types")))
at_start = loaded()
client.v1.group03.item0070s
after_resource = loaded()
print(json.dumps([at_start, after_resource]))
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=synthetic.out, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    at_start, after_resource = json.loads(result.stdout)
    assert at_start == []
    # The resource's own module, its parents, the (lazy) type indexes and at most the model of
    # its error bodies (shared by every operation): none of the 1,000 schemas' other modules.
    assert [m for m in after_resource if m != f"{PACKAGE}.types.models.error"] == [
        f"{PACKAGE}.resources",
        f"{PACKAGE}.resources.v1",
        f"{PACKAGE}.resources.v1.group03",
        f"{PACKAGE}.resources.v1.group03.item0070s",
        f"{PACKAGE}.types",
        f"{PACKAGE}.types.enums",
        f"{PACKAGE}.types.models",
        f"{PACKAGE}.types.params",
    ]


def test_models_are_built_on_first_use(synthetic: Generated) -> None:
    """Parsing a page builds the page's validator only, not one per model it reaches: each of
    the 160 entities, in one cycle of references, would carry a copy of the whole cycle. A
    model of that cycle used directly is built then, with room for the recursion."""
    entity = {
        "id": "00000000-0000-4000-8000-000000000000",
        "name": "n",
        "status": "draft",
        "created_at": "2024-01-01T00:00:00Z",
    }
    code = f"""
import json, sys
from {PACKAGE}.types import models
limit = sys.getrecursionlimit()
page = models.Item0000Page.model_validate({{"data": [{{**{entity!r}, "related": [{entity!r}]}}]}})
built = [m.__pydantic_complete__ for m in (models.Item0000Page, models.Item0000, models.Item0001)]
item = models.Item0080(**{entity!r})
print(json.dumps([built, type(page.data[0].related[0]).__name__, str(item.status), sys.getrecursionlimit() == limit]))
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=synthetic.out, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[True, False, False], "Item0001", "draft", True]


@pytest.mark.slow
def test_mypy_strict(synthetic: Generated) -> None:
    assert synthetic.run.returncode == 0, synthetic.run.stderr
    started = time.monotonic()
    result = smoke.mypy([synthetic.out / PACKAGE], cwd=synthetic.out)
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr
    print(f"mypy --strict on the whole synthetic SDK: {time.monotonic() - started:.1f}s")


def test_every_operation_against_the_mock(synthetic: Generated) -> None:
    assert synthetic.run.returncode == 0, synthetic.run.stderr
    api = named_api(Inputs(spec=synthetic.spec, config=synthetic.config)).api
    assert len(api.operations) == OPERATIONS
    with MockServer(synthetic.spec) as server:
        outcomes = smoke.run_all(smoke.client_for(PACKAGE, server.base_url), smoke.plan(api, server.api))
    assert len(outcomes) == OPERATIONS
    assert not smoke.describe(outcomes), smoke.describe(outcomes)[:5000]
