"""Cross-check with Stoplight Prism: every request the SDK sends is valid for the spec.

Our own mock validates requests too, but it is our code; Prism is an independent validator.
`.ci/run` installs the pinned `@stoplight/prism-cli` (`.ci/prism/package.json` and its lock file)
into `.ci/prism/node_modules`. The test starts `prism mock --errors` on loopback and sends every
operation of spec/magic-hour.openapi.yaml through `Client` and `AsyncClient`: the create with
the seed's own example (the keyword arguments of its Python code sample), the others with the
spec's examples (the example id for get and delete).

Prism reports each problem it finds in an `sl-violations` response header, with a location that
starts with `request` or `response`; a request violation also turns the answer into a 4xx. Any
request violation fails the test. Response violations are Prism checking its own example answers
against the spec (the spec lists a required `frame_cost` that it never defines, so the create's
example answer "violates" it and `--errors` turns that into a 500): they are about the spec, not
the SDK, and are only reported.

Without Node or the installed Prism the test skips, unless CI_REQUIRE_PRISM=1 (set by .ci/run).
"""

from __future__ import annotations

import ast
import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import warnings
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import yaml

from conftest import MAGIC_HOUR_CONFIG, MAGIC_HOUR_SPEC, ROOT, SEED_SPEC
from generator import ir
from generator.examples import Examples
from generator.pipeline import Inputs, named_api
from generator.contract import GENERATE_ARGUMENTS
from magic_hour import ApiError, AsyncClient, Client

PRISM_DIR = ROOT / ".ci" / "prism"
PRISM = PRISM_DIR / "node_modules" / ".bin" / "prism"
# generate()'s own arguments, which never reach the request (request_options does).
GENERATE_ONLY = {a.name for a in GENERATE_ARGUMENTS} - {"request_options"}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI_REQUIRE_PRISM") == "1":
        pytest.fail(f"{reason}, and CI_REQUIRE_PRISM=1 requires the Prism cross-check")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`prism mock --errors` on a free loopback port; yields its base URL."""
    if shutil.which("node") is None:
        _unavailable("Node.js is not installed (Prism runs on Node)")
    if not PRISM.is_file():
        _unavailable(f"Prism is not installed: run `npm ci --prefix {PRISM_DIR.relative_to(ROOT)}`")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(PRISM), "mock", str(MAGIC_HOUR_SPEC), "--errors", "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so teardown ends exactly what it started
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"prism exited with {proc.returncode}:\n{log_path.read_text(errors='replace')}")
            try:
                httpx.get(url + "/", timeout=1)  # any answer (a 404) means it is listening
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(f"prism did not start in 60 s:\n{log_path.read_text(errors='replace')}")
                time.sleep(0.2)
        yield url
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def seed_sample_call() -> tuple[tuple[str, ...], dict[str, Any]]:
    """The resource path and keyword arguments of the seed's Python sample (its `generate()`)."""
    doc = yaml.safe_load(SEED_SPEC.read_text(encoding="utf-8"))
    sources = [
        s["source"]
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for s in op.get("x-codeSamples", [])
        if s.get("lang") == "python"
    ]
    assert len(sources) == 1
    calls = [
        node
        for node in ast.walk(ast.parse(sources[0]))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "generate"
    ]
    assert len(calls) == 1
    chain: list[str] = []
    target = calls[0].func.value  # client.v1.ai_image_generator
    while isinstance(target, ast.Attribute):
        chain.insert(0, target.attr)
        target = target.value
    kwargs = {k.arg: ast.literal_eval(k.value) for k in calls[0].keywords if k.arg not in GENERATE_ONLY}
    return tuple(chain), kwargs


def operations() -> list[tuple[tuple[str, ...], ir.Operation, dict[str, Any]]]:
    """Every operation as (resource path, operation, keyword arguments for its SDK method)."""
    api = named_api(Inputs(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG)).api
    examples = Examples(api)
    seed_path, seed_kwargs = seed_sample_call()
    found = []

    def walk(node: ir.Resource, path: tuple[str, ...]) -> None:
        for op in node.operations:
            kwargs = {p.name: examples.field(p) for p in op.parameters if p.required or p.has_example}
            if op.body is not None:
                if path == seed_path and op.job is not None:
                    kwargs.update(seed_kwargs)
                else:
                    model = api.type(op.body.type.key) if isinstance(op.body.type, ir.Named) else None
                    assert isinstance(model, ir.Model) and op.body.flatten, f"{op.key}: add its example here"
                    values = examples.model(model)
                    kwargs.update(
                        {f.name: values[f.wire_name] for f in model.fields if f.wire_name in values}
                    )
            found.append((path, op, kwargs))
        for child in node.children:
            walk(child, path + (child.name,))

    assert api.resources is not None
    walk(api.resources, ())
    return found


OPERATIONS = operations()


def test_the_seed_example_is_used_for_its_create() -> None:
    path, kwargs = seed_sample_call()
    assert path == ("v1", "ai_image_generator") and kwargs["style"] == {
        "prompt": "Cool image",
        "tool": "ai-anime-generator",
    }
    assert any(p == path and op.method == "POST" and k == kwargs for p, op, k in OPERATIONS)
    keys = {op.key for _, op, _ in OPERATIONS}
    assert len(keys) == len(OPERATIONS) == 34  # every operation of the full API, once
    assert {
        "POST /v1/ai-image-generator",
        "GET /v1/image-projects/{id}",
        "DELETE /v1/image-projects/{id}",
    } <= keys


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("path, op, kwargs", OPERATIONS, ids=[op.key for _, op, _ in OPERATIONS])
def test_prism_finds_no_request_violation(
    prism: str, mode: str, path: tuple[str, ...], op: ir.Operation, kwargs: dict[str, Any]
) -> None:
    seen: list[httpx.Response] = []

    def call(client: Any) -> Any:
        target = client
        for name in path:
            target = getattr(target, name)
        return getattr(target, op.name)(**kwargs)

    options: dict[str, Any] = {
        "token": "prism-test-token",
        "base_url": prism,
        "max_retries": 0,
        "timeout": 30,
    }
    outcome: Any
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the seed's resolution="auto"
        try:
            if mode == "sync":
                with Client(
                    **options, httpx_client=httpx.Client(event_hooks={"response": [seen.append]})
                ) as c:
                    outcome = call(c)
            else:

                async def record(response: httpx.Response) -> None:
                    seen.append(response)

                async def main() -> Any:
                    http = httpx.AsyncClient(event_hooks={"response": [record]})
                    async with AsyncClient(**options, httpx_client=http) as c:
                        return await call(c)

                outcome = asyncio.run(main())
        except ApiError as exc:
            outcome = exc

    assert len(seen) == 1
    response = seen[0]
    assert response.request.method == op.method
    violations = json.loads(response.headers.get("sl-violations", "[]"))
    on_request = [v for v in violations if v["location"][:1] == ["request"]]
    assert on_request == [], f"{op.key}: Prism rejects the SDK's request: {on_request}"
    assert response.status_code not in (400, 401, 403, 404, 405, 415, 422), (response.status_code, outcome)
    if isinstance(outcome, ApiError):
        # Only Prism's own example answer may be off (see the module doc), never our request.
        assert response.status_code == 500 and violations, outcome
        assert all(v["location"][:1] == ["response"] for v in violations)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_prism_would_catch_an_invalid_request(prism: str, mode: str) -> None:
    """The control: a request the spec forbids (no `style.prompt`) is reported, so the test above
    cannot pass by Prism not looking."""
    seen: list[httpx.Response] = []
    options: dict[str, Any] = {"token": "prism-test-token", "base_url": prism, "max_retries": 0}
    bad = {"image_count": 1, "style": {"tool": "ai-anime-generator"}}
    if mode == "sync":
        with Client(**options, httpx_client=httpx.Client(event_hooks={"response": [seen.append]})) as c:
            with pytest.raises(ApiError):
                c.v1.ai_image_generator.create(**bad)
    else:

        async def record(response: httpx.Response) -> None:
            seen.append(response)

        async def main() -> None:
            async with AsyncClient(
                **options, httpx_client=httpx.AsyncClient(event_hooks={"response": [record]})
            ) as c:
                with pytest.raises(ApiError):
                    await c.v1.ai_image_generator.create(**bad)

        asyncio.run(main())
    violations = json.loads(seen[0].headers["sl-violations"])
    assert seen[0].status_code == 422
    assert any(v["location"][:2] == ["request", "body"] and "prompt" in v["message"] for v in violations)
