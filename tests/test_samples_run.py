"""The samples `sdkgen samples` writes, run: every Python sample against a mock of its spec, every
curl sample too (when curl is installed), each curl request compared with the Python sample's
first request (method, path, query, headers, body); and `mypy --strict` over the Python samples.

SDKs: the committed Magic Hour one, of the full spec, and the seed's (tests/golden/magic_hour_seed)
(their samples run as written: `Client()` reads the environment), and every feature
case's (tests/features: every parameter style, body encoding and security scheme), whose
samples run with `Client` pointed at the mock (`smoke.client_for`), as their configs name no
environment variables.
"""

from __future__ import annotations

import email.policy
import functools
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from email import message_from_bytes
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import httpx
import pytest

import smoke
from conftest import MAGIC_HOUR_CONFIG, MAGIC_HOUR_SPEC, ROOT, SEED_CONFIG, SEED_SPEC
from generator.mock import MockServer, RecordedRequest
from generator.pipeline import Inputs, build, named_api
from generator.samples.code import Sources, sources
from generator.samples.curl import API_KEY, FILE, TOKEN, USER
from generator.views import environments

CURL = shutil.which("curl")
SH = shutil.which("sh")
FEATURES = Path(__file__).parent / "features"
SECRET = "samples-token"
MOCK_TOKEN, MOCK_USER = "mock-token", "user"  # what smoke.client_for gives a client
FILE_CONTENT = b"file content"  # what the Python samples pass for a file (views/docs.py)
# Samples that fail because the example they share with the docs and docstrings is wrong: kept
# here, and required to fail, until the example builder is fixed (then this test says so).
KNOWN_BAD: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Sdk:
    name: str
    spec: Path
    config: Path
    package: str
    committed: Path | None = None
    """The SDK's committed root; None: built into a temporary directory."""
    as_written: bool = False
    """`Client()` as the sample writes it, configured by environment variables."""


SDKS = [
    Sdk("seed", SEED_SPEC, SEED_CONFIG, "magic_hour", as_written=True),
    Sdk("full", MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG, "magic_hour", ROOT / "generated", as_written=True),
    *(
        Sdk(case.name, case / "openapi.yaml", case / "sdk.yaml", f"f_{case.name}")
        for case in sorted(FEATURES.iterdir())
        if (case / "openapi.yaml").is_file()
    ),
]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("samples")


@functools.lru_cache(maxsize=None)
def _samples(sdk: Sdk) -> list[Sources]:
    named = named_api(Inputs(spec=sdk.spec, config=sdk.config))
    return sources(named.api, named.config, None)


def _root(sdk: Sdk, workdir: Path) -> Path:
    """Where the SDK's package is (built there first, unless committed)."""
    if sdk.committed is not None:
        return sdk.committed
    root = workdir / sdk.name
    if not root.is_dir():
        for path, text in build(Inputs(spec=sdk.spec, config=sdk.config)).files.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text, encoding="utf-8")
    return root


def _available(sdk: Sdk) -> Sdk:
    if not sdk.spec.is_file():
        pytest.skip(f"{sdk.spec} is absent (a fresh clone): the real-world spec corpus is not available")
    return sdk


# Runs the Python samples (a JSON list on stdin), each in a fresh directory, after a marker request
# (`/__sample__/<n>`) that tells the test which requests it sent; prints a JSON list of failures.
_RUNNER = r"""
import importlib, json, os, sys, traceback, warnings
import httpx
base, patch = os.environ["SAMPLES_BASE_URL"], os.environ.get("SAMPLES_PATCH")
if patch:
    import smoke
    module = importlib.import_module(patch)
    real = module.Client

    def client():  # the real class, given the mock's URL and credentials by smoke.client_for
        module.Client = real
        try:
            return smoke.client_for(patch, base)
        finally:
            module.Client = client

    module.Client = client
failures = []
home = os.getcwd()
for n, code in enumerate(json.load(sys.stdin)):
    httpx.get(f"{base}/__sample__/{n}")
    os.chdir(home)
    os.makedirs(str(n))
    os.chdir(str(n))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            exec(compile(code, f"sample {n}", "exec"), {"__name__": "__main__"})
    except BaseException:
        failures.append({"n": n, "error": traceback.format_exc()})
print(json.dumps(failures))
"""


def _run_python(
    sdk: Sdk, root: Path, found: list[Sources], server: MockServer, cwd: Path
) -> list[tuple[int, str]]:
    """The samples that failed: their index, and what happened."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), str(Path(__file__).parent)]),
        "SAMPLES_BASE_URL": server.base_url,
        "MAGIC_HOUR_API_KEY": SECRET,
        "MAGIC_HOUR_BASE_URL": server.base_url,
        "MAGIC_HOUR_POLL_INTERVAL": "0.01",
    }
    if not sdk.as_written:
        env["SAMPLES_PATCH"] = sdk.package
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER],
        input=json.dumps([s.python for s in found]),
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return [
        (f["n"], f"--- {found[f['n']].op.key}\n{found[f['n']].python}\n{f['error']}")
        for f in json.loads(done.stdout)
    ]


def _curl_command(sdk: Sdk, source: Sources, base_url: str, default_url: str) -> str:
    """The sample with the mock's URL and credentials the mock knows."""
    secret = SECRET if sdk.as_written else MOCK_TOKEN
    command = source.curl.replace((source.op.server or default_url).rstrip("/"), base_url, 1)
    for placeholder, value in ((TOKEN, secret), (API_KEY, secret), (USER, f"{MOCK_USER}:{secret}")):
        command = command.replace(placeholder, value).replace(
            httpx.URL(f"/?{placeholder}").query.decode(), value
        )
    return command


def _run_curl(sdk: Sdk, found: list[Sources], server: MockServer, cwd: Path) -> list[str]:
    assert CURL is not None and SH is not None
    named = named_api(Inputs(spec=sdk.spec, config=sdk.config))
    default_url = environments(named.api, named.config)[0][1]
    (cwd / FILE).parent.mkdir(parents=True, exist_ok=True)
    (cwd / FILE).write_bytes(FILE_CONTENT)
    failures = []
    for n, source in enumerate(found):
        httpx.get(f"{server.base_url}/__curl__/{n}")
        if (sdk.name, source.op.key) in KNOWN_BAD:
            continue
        command = _curl_command(sdk, source, server.base_url, default_url)
        done = subprocess.run(
            [SH, "-c", command + " --silent --show-error --output /dev/null --write-out '%{http_code}'"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0 or not done.stdout.startswith("2"):
            failures.append(f"--- {source.op.key}: {done.stdout} {done.stderr}\n{command}")
    return failures


def _requests(server: MockServer, marker: str, count: int) -> list[list[RecordedRequest]]:
    """The requests after each `/<marker>/<n>` request, up to the next marker."""
    found: list[list[RecordedRequest]] = [[] for _ in range(count)]
    current: list[RecordedRequest] | None = None
    for request in server.requests:
        if "/__sample__/" in request.path or "/__curl__/" in request.path:
            current = found[int(request.path.rsplit("/", 1)[1])] if f"/{marker}/" in request.path else None
        elif current is not None:
            current.append(request)
    return found


_TRANSPORT = {"host", "user-agent", "content-length", "accept-encoding", "connection"}


def _differences(python: RecordedRequest, curl: RecordedRequest) -> list[str]:
    """How the curl request differs from the Python sample's (nothing, if all is well)."""
    found = []
    for what, ours, theirs in (
        ("method", python.method, curl.method),
        ("path", unquote(python.path), unquote(curl.path)),
        ("query", python.query, curl.query),
        ("body", _body(python), _body(curl)),
    ):
        if ours != theirs:
            found.append(f"{what}: python {ours!r}, curl {theirs!r}")
    for name in sorted(set(curl.headers) - _TRANSPORT):
        ours, theirs = python.headers.get(name, ""), curl.headers[name]
        if name == "content-type":
            ours, theirs = ours.split(";")[0], theirs.split(";")[0]
        if ours != theirs:
            found.append(f"header {name}: python {ours!r}, curl {theirs!r}")
    return found


def _body(request: RecordedRequest) -> Any:
    kind = request.headers.get("content-type", "").split(";")[0]
    if not request.body:
        return None
    if kind.endswith("json"):
        return request.json()
    if kind == "application/x-www-form-urlencoded":
        return parse_qs(request.body.decode(), keep_blank_values=True)
    if kind == "multipart/form-data":
        head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
        message: Any = message_from_bytes(head + request.body, policy=email.policy.HTTP)
        parts = [
            (part.get_param("name", header="content-disposition"), part.get_payload(decode=True))
            for part in message.iter_parts()
        ]
        return sorted(parts)
    return request.body


@pytest.mark.parametrize("sdk", SDKS, ids=[s.name for s in SDKS])
def test_samples_run_against_the_mock_and_curl_sends_what_python_sends(
    sdk: Sdk, workdir: Path, tmp_path: Path
) -> None:
    found = _samples(_available(sdk))
    root = _root(sdk, workdir)
    assert found, "no samples"
    known = [n for n, s in enumerate(found) if (sdk.name, s.op.key) in KNOWN_BAD]
    with MockServer(sdk.spec, sdk.config, tokens={SECRET} if sdk.as_written else None) as server:
        (tmp_path / "python").mkdir()
        failures = _run_python(sdk, root, found, server, tmp_path / "python")
        unexpected = [text for n, text in failures if n not in known]
        assert not unexpected, f"{len(unexpected)} of {len(found)} Python samples failed:\n" + "\n".join(
            unexpected
        )
        fixed = [found[n].op.key for n in known if n not in {n for n, _ in failures}]
        assert not fixed, f"{fixed} work now: take them out of KNOWN_BAD"
        if CURL is None or SH is None:
            pytest.skip("curl is not installed: the curl samples were not run (the Python ones were)")
        (tmp_path / "curl").mkdir()
        refused = _run_curl(sdk, found, server, tmp_path / "curl")
        assert not refused, f"{len(refused)} of {len(found)} curl samples failed:\n" + "\n".join(refused)
        pythons = _requests(server, "__sample__", len(found))
        curls = _requests(server, "__curl__", len(found))
    differences = []
    for source, python, curl in zip(found, pythons, curls):
        if (sdk.name, source.op.key) in KNOWN_BAD:
            continue
        assert python and len(curl) == 1, (source.op.key, python, curl)
        differences += [f"{source.op.key}: {d}" for d in _differences(python[0], curl[0])]
    assert not differences, "\n".join(differences)


@pytest.mark.slow
def test_mypy_strict_on_the_python_samples(workdir: Path) -> None:
    """Each sample as a module of its own, next to its SDK, checked as a user's script would be."""
    paths = []
    for sdk in SDKS:
        if not sdk.spec.is_file():
            continue
        root = _root(sdk, workdir)
        folder = workdir / "mypy" / sdk.name
        folder.mkdir(parents=True, exist_ok=True)
        for n, source in enumerate(_samples(sdk)):
            (folder / f"sample_{n}.py").write_text(source.python + "\n", encoding="utf-8")
        paths.append((root, folder))
    failures = []
    for root, folder in paths:
        done = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(folder)],
            cwd=workdir,
            env={**os.environ, "MYPYPATH": str(root)},
            capture_output=True,
            text=True,
            timeout=900,
        )
        if done.returncode != 0:
            failures.append(done.stdout + done.stderr)
    assert not failures, "\n".join(failures)[-20000:]


def test_the_comparison_sees_a_difference() -> None:
    """The harness itself: requests that differ in any part the samples decide are told apart."""
    base = RecordedRequest(
        "POST",
        "/v1/x%20y",
        {"a": ["1"]},
        {"content-type": "application/json", "authorization": "Bearer t", "user-agent": "curl"},
        b'{"k": 1}',
    )
    assert _differences(base, base) == []
    for changed in (
        RecordedRequest("PUT", base.path, base.query, base.headers, base.body),
        RecordedRequest(base.method, "/v1/x", base.query, base.headers, base.body),
        RecordedRequest(base.method, base.path, {"a": ["2"]}, base.headers, base.body),
        RecordedRequest(
            base.method, base.path, base.query, {**base.headers, "authorization": "x"}, base.body
        ),
        RecordedRequest(base.method, base.path, base.query, base.headers, b'{"k": 2}'),
    ):
        assert len(_differences(base, changed)) == 1, changed
