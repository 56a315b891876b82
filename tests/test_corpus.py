"""Every real-world spec in ../shared/specs: it generates, imports, passes `mypy --strict`, and
every operation, called once through the generated SDK against the mock of the same spec, returns
a value of its declared return type. Webhook payloads parse through the generated `webhooks`
module.

The generator has no per-document special cases; the tables below are test data: which documents
are not quite valid OpenAPI (so they need `--lenient`), and which operations no request can
satisfy (so the mock's refusal is the expected answer).
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import smoke
from conftest import SPECS
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
