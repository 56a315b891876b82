"""Docs that cannot rot: every Python example the generator writes is run against the mock.

Three SDKs: the committed one (`generated/`, from spec/), the older spec behind the Go docs seed
(spec/history/, with spec/sdk.yaml) and the full real spec (spec/, with spec/sdk.yaml).
From each, every fenced ```python block of the SDK README, of every docs page and of every public
method's docstring is executed against a MockServer of the same spec and config, with the
environment a user would set (`MAGIC_HOUR_API_KEY`, `MAGIC_HOUR_BASE_URL`,
`MAGIC_HOUR_POLL_INTERVAL`) and `-W error::DeprecationWarning`: an example that teaches a
deprecated value fails.

README and docs blocks are whole scripts, each run in its own interpreter. Docstring blocks use
a `client` variable; they run in one interpreter per SDK with a fresh `Client()` (an
`AsyncClient()` for async methods, whose examples must `await`). The test ids carry how many
blocks each source gave, so a template change that silently drops examples shows up.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import FULL_SPEC, ROOT, run_cli
from generator.mock import MockServer
from smoke import PYTHON_BLOCK

TOKEN = "docs-examples-token"
PACKAGE = "magic_hour"
BLOCK = PYTHON_BLOCK


@dataclass(frozen=True)
class Case:
    name: str
    spec: Path
    config: Path
    committed: Path | None = None
    """The committed output, or None to generate into a temporary directory."""


CASES = [
    Case("seed", ROOT / "spec" / "magic-hour.openapi.yaml", ROOT / "spec" / "sdk.yaml", ROOT / "generated"),
    Case("older", ROOT / "spec" / "history" / "magic-hour-go-docs.openapi.yaml", ROOT / "spec" / "sdk.yaml"),
    Case("full", FULL_SPEC, ROOT / "spec" / "sdk.yaml"),
]


@dataclass(frozen=True)
class Block:
    label: str
    code: str
    is_async: bool = False


def python_blocks(text: str) -> list[str]:
    """The fenced ```python blocks of Markdown or a docstring, dedented."""
    return [textwrap.dedent(match.group(2)) for match in BLOCK.finditer(text)]


# Imports every resource module of the package at `sys.argv[1]` and prints the ```python blocks
# of every public method's `__doc__`, in definition order.
_DOCSTRINGS = r"""
import importlib, inspect, json, pkgutil, re, sys, textwrap
root, package = sys.argv[1], sys.argv[2]
block = re.compile(sys.argv[3], re.MULTILINE | re.DOTALL)
top = importlib.import_module(package)
assert top.__file__.startswith(root), (top.__file__, root)
resources = importlib.import_module(package + ".resources")
out = []
for info in sorted(pkgutil.walk_packages(resources.__path__, resources.__name__ + "."), key=lambda i: i.name):
    module = importlib.import_module(info.name)
    for cls_name, cls in vars(module).items():
        if not inspect.isclass(cls) or cls.__module__ != module.__name__ or cls_name.startswith("_"):
            continue
        for name, fn in vars(cls).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            for n, match in enumerate(block.finditer(fn.__doc__ or "")):
                out.append({
                    "label": f"{info.name}.{cls_name}.{name}#{n}",
                    "code": textwrap.dedent(match.group(2)),
                    # An async list is a plain def (it returns an AsyncPager): by its class too,
                    # or by the example (a resource's own name may start with "Async").
                    "is_async": any(inspect.iscoroutinefunction(f) for f in vars(cls).values())
                    or re.search(r"\bawait\b|\basync (?:for|with)\b", match.group(2)) is not None,
                })
print(json.dumps(out))
"""

# Runs docstring blocks (a JSON list on stdin) each in a fresh directory with a fresh client;
# prints a JSON list of failures.
_RUNNER = r"""
import ast, asyncio, inspect, json, os, sys, traceback
from magic_hour import AsyncClient, Client

failures = []
base = os.getcwd()
for n, block in enumerate(json.load(sys.stdin)):
    os.chdir(base)
    os.makedirs(str(n))
    os.chdir(str(n))
    # The local file an upload example names, as its reader would have one.
    with open("image.png", "wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n example")
    try:
        code = compile(block["code"], block["label"], "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        awaits = bool(code.co_flags & inspect.CO_COROUTINE)
        if block["is_async"] and not awaits:
            raise AssertionError("the example of an async method must await its call")
        if awaits:
            async def main():
                async with AsyncClient() as client:
                    await eval(code, {"client": client, "__name__": "__example__"})
            asyncio.run(main())
        else:
            with Client() as client:
                exec(code, {"client": client, "__name__": "__example__"})
    except BaseException:
        failures.append({"label": block["label"], "code": block["code"], "error": traceback.format_exc()})
print(json.dumps(failures))
"""


def _generate(case: Case, workdir: Path) -> Path:
    if case.committed is not None:
        return case.committed
    out = workdir / case.name
    result = run_cli("generate", "--spec", str(case.spec), "--config", str(case.config), "--out", str(out))
    if result.returncode != 0:
        raise RuntimeError(f"generating {case.name} failed:\n{result.stderr}")
    return out


def _collect(root: Path) -> dict[str, list[Block]]:
    readme = [Block("README.md", code) for code in python_blocks((root / "README.md").read_text("utf-8"))]
    docs = [
        Block(page.relative_to(root).as_posix(), code)
        for page in sorted((root / "docs").rglob("*.md"))
        for code in python_blocks(page.read_text("utf-8"))
    ]
    found = subprocess.run(
        [sys.executable, "-c", _DOCSTRINGS, str(root), PACKAGE, BLOCK.pattern],
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    if found.returncode != 0:
        raise RuntimeError(f"importing the SDK in {root} failed:\n{found.stderr}")
    docstrings = [Block(**item) for item in json.loads(found.stdout)]
    return {"readme": readme, "docs": docs, "docstrings": docstrings}


def _params() -> list[object]:
    """One test per (SDK, source); built at collection time so the ids can carry the counts."""
    workdir = Path(tempfile.mkdtemp(prefix="sdkgen-docs-examples-"))
    atexit.register(shutil.rmtree, workdir, True)
    params: list[object] = []
    for case in CASES:
        if not case.spec.is_file():
            reason = f"{case.spec} is absent (a fresh clone): the real-world spec corpus is not available"
            params.append(
                pytest.param(
                    case, None, "all", (), id=f"{case.name}-skipped", marks=pytest.mark.skip(reason=reason)
                )
            )
            continue
        try:
            root = _generate(case, workdir)
            sources = _collect(root)
        except (RuntimeError, OSError, subprocess.SubprocessError, ValueError) as exc:
            params.append(pytest.param(case, None, "collect", str(exc), id=f"{case.name}-collection-failed"))
            continue
        for source, blocks in sources.items():
            params.append(
                pytest.param(
                    case, root, source, tuple(blocks), id=f"{case.name}-{source}-{len(blocks)}-blocks"
                )
            )
    return params


def _env(server: MockServer, root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(root),
        "MAGIC_HOUR_API_KEY": TOKEN,
        "MAGIC_HOUR_BASE_URL": server.base_url,
        "MAGIC_HOUR_POLL_INTERVAL": "0.01",
    }


# Runs whole scripts (a JSON list of directories, each holding an example.py) as `__main__`, each
# in its own process. With fork, the children start from an interpreter that has already imported
# the SDK (under the same warning filters), which keeps 60 examples to seconds; elsewhere each is
# a fresh interpreter. Prints a JSON list of failures.
_SCRIPTS = r"""
import json, os, runpy, subprocess, sys, traceback
import httpx, magic_hour, magic_hour.resources, magic_hour.types

httpx.Client().close()  # imports the transport's modules once, for every child

failures = []
for here in json.load(sys.stdin):
    log = os.path.join(here, "output.txt")
    if not hasattr(os, "fork"):
        with open(log, "wb") as out:
            status = subprocess.run([sys.executable, *sys.argv[1:], "example.py"], cwd=here, stdout=out, stderr=out).returncode
    else:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
                os.dup2(fd, 1)
                os.dup2(fd, 2)
                os.chdir(here)
                sys.argv = ["example.py"]
                runpy.run_path("example.py", run_name="__main__")
                code = 0
            except SystemExit as exc:
                code = 0 if exc.code in (None, 0) else 1
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        status = os.waitpid(pid, 0)[1]
    if status != 0:
        with open(log, encoding="utf-8", errors="replace") as fh:
            failures.append({"dir": here, "output": fh.read()})
print(json.dumps(failures))
"""


def _run_scripts(blocks: tuple[Block, ...], env: dict[str, str], cwd: Path) -> list[str]:
    dirs = []
    for n, block in enumerate(blocks):
        here = cwd / str(n)
        here.mkdir()
        (here / "example.py").write_text(block.code, encoding="utf-8")
        (here / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n example")  # what an upload example names
        dirs.append(str(here))
    done = subprocess.run(
        [
            sys.executable,
            "-W",
            "error::DeprecationWarning",
            "-c",
            _SCRIPTS,
            "-W",
            "error::DeprecationWarning",
        ],
        input=json.dumps(dirs),
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    by_dir = {d: (n, b) for n, (d, b) in enumerate(zip(dirs, blocks))}
    return [
        f"--- {by_dir[f['dir']][1].label} (block {by_dir[f['dir']][0]})\n{by_dir[f['dir']][1].code}\n{f['output']}"
        for f in json.loads(done.stdout)
    ]


@pytest.mark.parametrize(("case", "root", "source", "blocks"), _params())
def test_examples_run_against_the_mock(
    case: Case, root: Path | None, source: str, blocks: object, tmp_path: Path
) -> None:
    if source == "collect" or root is None:
        pytest.fail(str(blocks))
    assert isinstance(blocks, tuple)
    assert blocks, f"{case.name}: the {source} have no ```python examples"
    with MockServer(case.spec, case.config, tokens={TOKEN}) as server:
        env = _env(server, root)
        if source == "docstrings":
            done = subprocess.run(
                [sys.executable, "-W", "error::DeprecationWarning", "-c", _RUNNER],
                input=json.dumps([b.__dict__ for b in blocks]),
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert done.returncode == 0, done.stderr
            failures = [f"--- {f['label']}\n{f['code']}\n{f['error']}" for f in json.loads(done.stdout)]
        else:
            failures = _run_scripts(blocks, env, tmp_path)
        assert server.requests, "the examples never reached the mock"
        assert all(
            r.headers.get("authorization") == f"Bearer {TOKEN}"
            for r in server.requests
            if "/_mock/" not in r.path
        )
    assert not failures, f"{len(failures)} of {len(blocks)} {source} examples failed:\n" + "\n".join(failures)


def test_the_runners_catch_failures_and_deprecated_values(tmp_path: Path) -> None:
    """The harness itself: a deprecated value, an error and a sync call in an async docstring fail."""
    seed = CASES[0]
    assert seed.committed is not None
    deprecated = 'client.v1.ai_image_generator.create(image_count=1, style={"prompt": "x"}, model="seedream")'
    with MockServer(seed.spec, seed.config, tokens={TOKEN}) as server:
        env = _env(server, seed.committed)
        scripts = (
            Block(
                "fine",
                "from magic_hour import Client\nclient = Client()\n"
                + deprecated.replace("seedream", "default"),
            ),
            Block("deprecated", "from magic_hour import Client\nclient = Client()\n" + deprecated),
            Block("raises", "raise SystemExit(3)"),
        )
        (tmp_path / "scripts").mkdir()
        failed = _run_scripts(scripts, env, tmp_path / "scripts")
        assert [f.split(" ")[1] for f in failed] == ["deprecated", "raises"]
        assert "DeprecationWarning" in failed[0] and "seedream-v4" in failed[0]
        docstrings = [
            {"label": "fine", "code": deprecated.replace("seedream", "default"), "is_async": False},
            {"label": "deprecated", "code": deprecated, "is_async": False},
            {
                "label": "awaited",
                "code": "await " + deprecated.replace("seedream", "default"),
                "is_async": True,
            },
            {"label": "not-awaited", "code": deprecated.replace("seedream", "default"), "is_async": True},
        ]
        done = subprocess.run(
            [sys.executable, "-W", "error::DeprecationWarning", "-c", _RUNNER],
            input=json.dumps(docstrings),
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert [f["label"] for f in json.loads(done.stdout)] == ["deprecated", "not-awaited"]


def test_the_mock_knows_the_spec_example_ids() -> None:
    """Docs show `get(id="cuid-example")`, the spec's example id: the mock answers it as a finished
    job that is always there (deleting it succeeds and keeps it), while other unknown ids are 404."""
    import httpx

    seed = CASES[0]
    with (
        MockServer(seed.spec, seed.config) as server,
        httpx.Client(base_url=server.base_url, headers={"Authorization": "Bearer t"}) as http,
    ):
        for _ in range(2):
            got = http.get("/v1/image-projects/cuid-example")
            assert got.status_code == 200 and got.json()["status"] == "complete"
            assert got.json()["id"] == "cuid-example" and len(got.json()["downloads"]) == 1
            assert http.get(got.json()["downloads"][0]["url"]).status_code == 200
            assert http.delete("/v1/image-projects/cuid-example").is_success
        assert http.get("/v1/image-projects/nope").status_code == 404
        assert http.delete("/v1/image-projects/nope").status_code == 404
        created = http.post(
            "/v1/ai-image-generator", json={"image_count": 1, "style": {"prompt": "x"}}
        ).json()
        assert http.get(f"/v1/image-projects/{created['id']}").json()["status"] == "queued"


def test_a_request_example_with_read_only_or_unknown_keys_is_not_used(tmp_path: Path) -> None:
    """A request TypedDict literal takes its writable keys only: a spec example holding others
    (often copied from the response) is replaced by a made-up value that type-checks."""
    from generator.examples import Examples
    from generator.pipeline import Inputs, named_api

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /t:\n    post:\n"
        "      requestBody:\n        content:\n          application/json:\n            schema:\n"
        "              $ref: '#/components/schemas/T'\n"
        "      responses: {'204': {description: ok}}\ncomponents:\n  schemas:\n"
        "    T: {type: object, properties: {id: {type: string, readOnly: true}, name: {type: string}}}\n"
    )
    api = named_api(Inputs(spec=spec, config=None)).api
    body = api.operations[0].body
    assert body is not None
    request, response = Examples(api), Examples(api, "response")
    assert request.fits(body.type, {"name": "a"})
    assert not request.fits(body.type, {"id": "1", "name": "a"})
    assert not request.fits(body.type, {"name": "a", "other": 1})
    assert response.fits(body.type, {"id": "1", "name": "a"})


def test_a_discriminator_tag_goes_only_into_a_variant_that_declares_it(tmp_path: Path) -> None:
    """A union's example is its first variant's, tagged with the discriminator value where that
    variant has the property; a variant without it would reject the key (PagerDuty's runners)."""
    from generator.examples import Examples
    from generator.pipeline import Inputs, named_api

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /t:\n    post:\n"
        "      requestBody:\n        content:\n          application/json:\n            schema:\n"
        "              oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]\n"
        "              discriminator: {propertyName: kind}\n"
        "      responses: {'204': {description: ok}}\ncomponents:\n  schemas:\n"
        "    A: {type: object, properties: {name: {type: string}}, required: [name]}\n"
        "    B: {type: object, properties: {kind: {type: string}, size: {type: integer}}}\n"
    )
    api = named_api(Inputs(spec=spec, config=None)).api
    body = api.operations[0].body
    assert body is not None
    example = Examples(api).of(body.type)
    assert isinstance(example, dict) and "kind" not in example and "name" in example
