"""Every real-world spec in ../shared/specs (and, stage by stage, ../shared/specs/large): it generates, imports, passes `mypy --strict`, and
every operation, called once through the generated SDK against the mock of the same spec, returns
a value of its declared return type. Webhook payloads parse through the generated `webhooks`
module.

The generator has no per-document special cases; the tables below are test data: which documents
are not quite valid OpenAPI (so they need `--lenient`), and which operations no request can
satisfy (so the mock's refusal is the expected answer).
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import smoke
from conftest import SPECS
from generator import ir
from generator.mock import MockServer
from generator.pipeline import Inputs, named_api

pytestmark = pytest.mark.skipif(
    not SPECS.is_dir(),
    reason=f"{SPECS} is absent (a fresh clone): the real-world spec corpus is not available",
)

LENIENT: dict[str, str] = {}
"""Documents that need `--lenient` (validation errors become warnings), and why."""

UNSATISFIABLE = {
    (name, "POST /types/unions/duplicate-types"): (
        "its body is `oneOf: [AModel, AModel]`: a value matching one branch matches both, so no "
        "request is valid and the mock answers 422"
    )
    for name in ("opc-baseline_openapi_3.0.json", "opc-baseline_openapi_3.1.yaml")
}
"""Operations no request can satisfy: the call must reach the mock and fail with a typed 422."""

CORPUS = (
    sorted(p for p in SPECS.glob("*") if p.suffix in (".json", ".yaml", ".yml")) if SPECS.is_dir() else []
)


def _package(spec: Path) -> str:
    return "corpus_" + re.sub(r"\W+", "_", spec.stem.lower()).strip("_")


@dataclass
class Generated:
    spec: Path
    package: str
    out: Path
    config: Path
    run: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    """Every spec generated once, in parallel subprocesses (the CLI, as users run it)."""
    root = tmp_path_factory.mktemp("corpus")

    def one(spec: Path) -> Generated:
        package = _package(spec)
        out = root / package
        run = smoke.generate(spec, out, package=package, lenient=spec.name in LENIENT)
        return Generated(spec, package, out, out.parent / f"{out.name}.sdk.yaml", run)

    with ThreadPoolExecutor(max_workers=4) as pool:
        done = list(pool.map(one, CORPUS))
    for g in done:
        if g.run.returncode == 0:
            sys.path.insert(0, str(g.out))
    return {g.spec.name: g for g in done}


@pytest.mark.parametrize("spec", CORPUS, ids=lambda p: p.name)
def test_generates(corpus: dict[str, Generated], spec: Path) -> None:
    g = corpus[spec.name]
    assert g.run.returncode == 0, g.run.stderr
    assert (g.out / g.package / "__init__.py").is_file()
    assert (g.out / "pyproject.toml").is_file()


@pytest.mark.parametrize("spec", [s for s in CORPUS if s.name not in LENIENT], ids=lambda p: p.name)
def test_valid_specs_pass_strict_validation(corpus: dict[str, Generated], spec: Path) -> None:
    """Only the documents listed in LENIENT need it: the others are valid as they are."""
    g = corpus[spec.name]
    strict = named_api(Inputs(spec=spec, config=g.config))
    assert strict.api.operations or strict.api.webhooks


def test_packages_import(corpus: dict[str, Generated]) -> None:
    """Each package and its type indexes import in a fresh interpreter, from its folder."""
    generated = [g for g in corpus.values() if g.run.returncode == 0]
    code = "; ".join(
        f"import {g.package}, {g.package}.types.models, {g.package}.types.params" for g in generated
    )
    paths = [str(g.out) for g in generated]
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path[:0] = {paths!r}; {code}"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_mypy_strict(corpus: dict[str, Generated]) -> None:
    """One mypy run over every generated package and every docstring example in it: 0 errors."""
    generated = [g for g in corpus.values() if g.run.returncode == 0]
    assert generated
    paths = [
        p for g in generated for p in (g.out / g.package, smoke.write_docstring_examples(g.out, g.package))
    ]
    result = smoke.mypy(paths, cwd=next(iter(generated)).out.parent)
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]


@pytest.mark.parametrize("spec", CORPUS, ids=lambda p: p.name)
def test_every_operation_against_the_mock(corpus: dict[str, Generated], spec: Path) -> None:
    g = corpus[spec.name]
    assert g.run.returncode == 0, g.run.stderr
    api = named_api(Inputs(spec=spec, config=g.config, lenient=spec.name in LENIENT)).api
    package = importlib.import_module(g.package)
    with MockServer(spec) as mock:
        calls = smoke.plan(api, mock.api)
        outcomes = smoke.run_all(smoke.client_for(g.package, mock.base_url), calls)
        hooks = smoke.webhook_payloads(api, mock.api)
    problems = []
    for outcome in outcomes:
        reason = UNSATISFIABLE.get((spec.name, outcome.call.op.key))
        if reason is not None:
            # The request reached the mock and its refusal came back as a typed error.
            if not (outcome.problem or "").startswith("UnprocessableEntityError"):
                problems.append(
                    f"{outcome.call.op.key}: expected a 422 ({reason}), got {outcome.problem or outcome.result!r}"
                )
        elif outcome.problem:
            problems.append(f"{outcome.call.op.key} ({outcome.call.access}): {outcome.problem}")
    assert len(outcomes) == len(api.operations)
    assert not problems, "\n".join(problems)
    # Webhooks: every JSON payload parses into its declared type through `<pkg>.webhooks`.
    if api.webhooks:
        webhooks = importlib.import_module(f"{package.__name__}.webhooks")
        for hook, payload in hooks:
            parse = getattr(webhooks, hook.name)
            problem = smoke.conforms(parse(payload), smoke.return_type(parse), f"webhook {hook.key}")
            assert problem is None, problem
        assert hooks, "a spec with webhooks but no JSON payload to parse"
    assert api.operations or api.webhooks


# --- the large corpus (../shared/specs/large) ----------------------------------------------------
#
# Each large document goes through five stages, one test each, so a maintainer can run one
# document alone (`pytest tests/test_corpus.py -k cloudflare`). The default run calls a
# deterministic sample of each document's operations; SDKGEN_CORPUS_FULL=1 calls every one.

LARGE = SPECS / "large"
SAMPLE = 40
"""Operations called per large document in the default run (spread evenly over the sorted keys)."""
FULL = os.environ.get("SDKGEN_CORPUS_FULL") == "1"
STAGES = ("generate", "validate", "import", "mypy", "calls")

# Known failures, one line per (document, stage): strict xfails, so a fix that makes one pass
# fails the run until its line is deleted here. A stage after a failing `generate` is skipped.
LARGE_XFAIL: dict[tuple[str, str], str] = {}

_SAME_REQUEST = (
    "the same request on the wire as the operation its path shares (only a `#fragment` tells them "
    "apart: same parameters, a body both accept), answered as that one, whose response does not "
    "parse into this one's model; the real API decides by what the request points to"
)
LARGE_EXPECTED: dict[tuple[str, str], tuple[str, str]] = {
    # (document, operation) -> (the error the call must end with, why no call can succeed).
    ("box", "GET /shared_items#app_items"): ("ResponseValidationError", _SAME_REQUEST),
    ("box", "POST /metadata_templates/schema#classifications"): ("ResponseValidationError", _SAME_REQUEST),
    ("cloudflare", "PUT /zones/{zone_id}/bot_management"): (
        "UnprocessableEntityError",
        "its body is a `oneOf` of four objects with no required property and open additional "
        "properties: every object meets all four, so no body is valid and the mock answers 422",
    ),
    ("pagerduty", "PUT /incidents/{id}/custom_fields/values"): (
        "UnprocessableEntityError",
        "each custom field value is a `oneOf` of two objects with no required property and open "
        "additional properties: every value meets both, so the mock answers 422",
    ),
    ("cloudflare", "GET /zones/{zone_id}/pagerules"): (
        "ResponseValidationError",
        'the spec\'s own example sends an action `value` of `"on"` where the schema has '
        "`properties` and no `type`: valid JSON Schema, but the SDK reads such a schema as an "
        "object (docs/limitations.md), so the SDK fails as it would on the real API",
    ),
}
"""Operations of the large documents whose call cannot succeed, checked like UNSATISFIABLE: each
must reach the mock and end with that error (a call that starts to succeed fails the run
until its line is deleted)."""


def _large_documents() -> dict[str, Path]:
    """Short name -> document: each top-level file, and in each folder the file that is an
    OpenAPI root (the others are the files it refers to)."""
    if not LARGE.is_dir():
        return {}
    found: dict[str, Path] = {}
    for path in sorted(LARGE.iterdir()):
        candidates = [path] if path.is_file() else [p for p in sorted(path.iterdir()) if _is_root(p)]
        for candidate in candidates:
            if candidate.suffix in (".json", ".yaml", ".yml"):
                found[re.split(r"[-_.]", path.name.lower())[0]] = candidate
    return found


def _is_root(path: Path) -> bool:
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    return re.search(r'^\s*"?openapi"?\s*:', text, re.MULTILINE) is not None


LARGE_CORPUS = _large_documents()


def _stage(stage: str) -> list[Any]:
    params = []
    for name in LARGE_CORPUS:
        reason = LARGE_XFAIL.get((name, stage))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


class LargeCorpus:
    """Each large document generated on first use (and once), so `-k` runs generate only theirs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.done: dict[str, Generated] = {}

    def get(self, name: str) -> Generated:
        if name not in self.done:
            spec = LARGE_CORPUS[name]
            package = f"large_{name}"
            out = self.root / package
            run = smoke.generate(spec, out, package=package)
            self.done[name] = Generated(spec, package, out, out.parent / f"{out.name}.sdk.yaml", run)
            if run.returncode == 0:
                sys.path.insert(0, str(out))
        return self.done[name]

    def generated(self, name: str, stage: str) -> Generated:
        """The document's SDK, for a stage after `generate` (skipped when it does not generate)."""
        g = self.get(name)
        if g.run.returncode != 0:
            pytest.skip(f"{name} does not generate (see its `generate` test): no {stage} stage")
        return g


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> LargeCorpus:
    if not LARGE.is_dir():
        pytest.skip(f"{LARGE} is absent: the large real-world corpus is not available")
    return LargeCorpus(tmp_path_factory.mktemp("large"))


@pytest.mark.parametrize("name", _stage("generate"))
def test_large_generates(large: LargeCorpus, name: str) -> None:
    g = large.get(name)
    assert g.run.returncode == 0, g.run.stderr[-5000:]
    assert (g.out / g.package / "__init__.py").is_file()


@pytest.mark.parametrize("name", _stage("validate"))
def test_large_passes_strict_validation(large: LargeCorpus, name: str) -> None:
    g = large.generated(name, "validate")
    strict = named_api(Inputs(spec=g.spec, config=g.config))
    assert strict.api.operations or strict.api.webhooks


@pytest.mark.parametrize("name", _stage("import"))
def test_large_imports_every_module(large: LargeCorpus, name: str) -> None:
    """Every module of the package imports in a fresh interpreter, and a `Client()` builds."""
    g = large.generated(name, "import")
    modules = sorted(
        ".".join(p.relative_to(g.out).with_suffix("").parts).removesuffix(".__init__")
        for p in (g.out / g.package).rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "import smoke\n"
        f"smoke.client_for({g.package!r}, 'http://127.0.0.1:9')\n"
    )
    # On stdin: thousands of module names do not fit on a command line (E2BIG).
    result = subprocess.run(
        [sys.executable, "-"], input=code, cwd=g.out, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-5000:]


@pytest.mark.parametrize("name", _stage("mypy"))
def test_large_mypy_strict(large: LargeCorpus, name: str) -> None:
    """`mypy --strict` over the package and every docstring example in it: 0 errors."""
    g = large.generated(name, "mypy")
    paths = [g.out / g.package, smoke.write_docstring_examples(g.out, g.package)]
    result = smoke.mypy(paths, cwd=g.out)
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]


def sample(operations: tuple[ir.Operation, ...], size: int) -> list[ir.Operation]:
    """`size` operations spread evenly over the operations sorted by key (all when fewer)."""
    ordered = sorted(operations, key=lambda op: op.key)
    if len(ordered) <= size:
        return ordered
    return [ordered[i * len(ordered) // size] for i in range(size)]


@pytest.mark.parametrize("name", _stage("calls"))
def test_large_operations_against_the_mock(large: LargeCorpus, name: str) -> None:
    """A sample of operations (every one with SDKGEN_CORPUS_FULL=1) called through the SDK
    against `python -m generator mock` of the same document; each response parses into its
    declared type."""
    g = large.generated(name, "calls")
    api = named_api(Inputs(spec=g.spec, config=g.config)).api
    chosen = {op.key for op in (api.operations if FULL else sample(api.operations, SAMPLE))}
    with MockServer(g.spec) as mock:
        some = dataclasses.replace(api, operations=tuple(o for o in api.operations if o.key in chosen))
        calls = smoke.plan(some, mock.api)
        outcomes = smoke.run_all(smoke.client_for(g.package, mock.base_url), calls)
    assert len(outcomes) == len(chosen)
    problems = []
    for outcome in outcomes:
        expected = LARGE_EXPECTED.get((name, outcome.call.op.key))
        if expected is None:
            if outcome.problem:
                problems.append(f"{outcome.call.op.key} ({outcome.call.access}): {outcome.problem}")
        elif not (outcome.problem or "").startswith(expected[0]):
            problems.append(
                f"{outcome.call.op.key}: expected {expected[0]} ({expected[1]}), "
                f"got {outcome.problem or 'success: delete its LARGE_EXPECTED line'}"
            )
    assert not problems, "\n".join(problems)
