"""Benchmarks that print tables (not tests: machines here are shared and noisy).

    .venv/bin/python bench/bench.py [--quick] [--skip-opc] [--only generation,import,call]

Sections, each measured in the same run:

  generation  per spec: cold (empty format cache) and warm generation, `check` on an unchanged
              tree and regeneration after a one-operation spec change, with wall time and peak
              memory (RSS of the process tree's largest member, from os.wait4); side by side with
              openapi-python-client on the same spec, as a ratio. openapi-python-client is
              installed into bench/.venv-opc on first use (never a project dependency).
  import      cold `import` + `Client()` of a generated SDK (full Magic Hour, synthetic) with
              the RSS it adds to a bare interpreter, then the first call of one resource (which
              pays the one-time imports of httpx and pydantic, a TLS context and a first model,
              shown alone as the "floor" row) and the first call of a second resource (which
              pays only for its own modules). The synthetic SDK is measured twice: one ring of
              references through all its entities (a call loads every model) and rings of 5.
  call        per-call overhead of a generated method against a raw httpx call of the same body
              on the same in-process transport (httpx.MockTransport), sync and async.

Timings are medians of several runs (spread shown as ±half the range). The synthetic spec is
built by tests/synthetic.py (about 800 operations and 1,000 schemas).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "specs"
PY = sys.executable
OPC_VENV = ROOT / "bench" / ".venv-opc"
OPC = OPC_VENV / "bin" / "openapi-python-client"
# Every program measured here reads and writes bytecode caches, as it would after a pip install,
# even where the environment turns them off (compiling the sources on each run is no one's
# real start-up time).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


class Run(NamedTuple):
    seconds: float
    peak_kb: int


def measure(
    args: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT, ok: tuple[int, ...] = (0,)
) -> Run:
    """Wall time and peak RSS of one command (the largest of its process tree, via wait4)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=cwd, env={**ENV, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if proc.returncode not in ok:
        raise SystemExit(
            f"{' '.join(args)} exited {proc.returncode}:\n{err.decode(errors='replace')[-2000:]}"
        )
    return Run(elapsed, usage.ru_maxrss)


def median(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs), int(statistics.median(r.peak_kb for r in runs)))


def fmt(run: Run) -> str:
    return f"{run.seconds:7.2f} s {run.peak_kb / 1024:6.0f} MB"


def ensure_opc() -> bool:
    if OPC.exists():
        return True
    print("installing openapi-python-client into bench/.venv-opc (bench only) ...", flush=True)
    subprocess.run([PY, "-m", "venv", str(OPC_VENV)], check=True)
    done = subprocess.run(
        [str(OPC_VENV / "bin" / "pip"), "install", "-q", "openapi-python-client"], capture_output=True
    )
    return done.returncode == 0 and OPC.exists()


class Spec(NamedTuple):
    label: str
    path: Path
    config: Path | None
    lenient: bool = False


def _change_one_operation(spec: Path, target: Path) -> None:
    """A copy of the spec with one operation's summary edited: the smallest real change."""
    text = spec.read_text()
    data = json.loads(text) if spec.suffix == ".json" else None
    if data is None:
        import yaml

        data = yaml.safe_load(text)
    for item in data["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                op["summary"] = (op.get("summary") or "") + " (edited)"
                target.write_text(json.dumps(data))
                return
    raise SystemExit(f"{spec}: no operation to change")


def generation(specs: list[Spec], repeats: int, with_opc: bool) -> None:
    print("\n== generation: wall time and peak memory (median of runs)")
    head = f"{'spec':30} {'sdkgen cold':>17} {'warm':>17} {'check':>17} {'1-op change':>17}"
    if with_opc:
        head += f" {'opc':>17} {'cold ratio':>10} {'mem ratio':>9}"
    print(head)
    for spec in specs:
        if not spec.path.is_file():
            print(f"{spec.label:30} (skipped: {spec.path} not found)")
            continue
        cold, warm, check, change, opc = [], [], [], [], []
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp)
            out = tmp_path / "out"
            changed_spec = tmp_path / ("changed" + (".json"))
            _change_one_operation(spec.path, changed_spec)
            extra = ["--config", str(spec.config)] if spec.config else []
            extra += ["--lenient"] if spec.lenient else []
            gen = [PY, "-m", "generator", "generate", "--spec", str(spec.path), "--out", str(out), *extra]
            chk = [PY, "-m", "generator", "check", "--spec", str(spec.path), "--out", str(out), *extra]
            chg = [PY, "-m", "generator", "generate", "--spec", str(changed_spec), "--out", str(out), *extra]
            for i in range(repeats):
                env = {"SDKGEN_CACHE_DIR": str(tmp_path / f"cache-{i}")}
                shutil.rmtree(out, ignore_errors=True)
                cold.append(measure(gen, env))
                warm.append(measure(gen, env))
                check.append(measure(chk, env))
                change.append(measure(chg, env))
                if with_opc:
                    opc_out = tmp_path / f"opc-{i}"
                    opc.append(
                        measure(
                            [
                                str(OPC),
                                "generate",
                                "--path",
                                str(spec.path),
                                "--output-path",
                                str(opc_out),
                                "--overwrite",
                            ],
                            cwd=tmp_path,
                            ok=(0, 1),
                        )
                    )
        row = f"{spec.label:30} {fmt(median(cold)):>17} {fmt(median(warm)):>17} {fmt(median(check)):>17} {fmt(median(change)):>17}"
        if with_opc:
            o = median(opc)
            row += f" {fmt(o):>17} {median(cold).seconds / o.seconds:9.2f}x {median(cold).peak_kb / o.peak_kb:8.2f}x"
        print(row, flush=True)


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:7.1f} ms ±{(max(samples) - min(samples)) * 500:5.1f}"


# Resident memory now (Linux), in KiB: the peak (ru_maxrss) of a process started by this one can
# include this one's, so it says nothing about what an import adds.
_PROBE = """\
import os, sys, time
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
r0 = rss()
t0 = time.perf_counter()
{setup}
t1 = time.perf_counter()
added = rss() - r0
loaded = len([m for m in sys.modules if m.startswith("{package}.")])
{first}
t2 = time.perf_counter()
{second}
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, added, loaded)
"""


class Probe(NamedTuple):
    setup: list[float]
    first: list[float]
    second: list[float]
    added_kb: int
    modules: int


def probe(cwd: Path, package: str, setup: str, first: str, second: str, repeats: int) -> Probe:
    """Runs `setup`, `first` and `second` in a fresh interpreter `repeats` times; their times,
    the resident memory `setup` added (median) and how many of the package's modules it loaded."""
    code = _PROBE.format(setup=setup, first=first, second=second, package=package)
    env = {**ENV, "PYTHONPATH": str(cwd)}
    runs = []
    for _ in range(repeats):
        out = subprocess.run([PY, "-c", code], cwd=cwd, capture_output=True, text=True, env=env)
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        runs.append(out.stdout.split())
    return Probe(
        [float(r[0]) for r in runs],
        [float(r[1]) for r in runs],
        [float(r[2]) for r in runs],
        int(statistics.median(int(r[3]) for r in runs)),
        int(runs[0][4]),
    )


class Sdk(NamedTuple):
    label: str
    spec: Path
    config: Path | None
    package: str
    first: str
    second: str


def imports(sdks: list[Sdk], tmp: Path, repeats: int) -> None:
    """Per SDK, in a fresh interpreter: `import` + `Client()`, then the first call of one
    resource (the runtime's one-time set-up and that resource's modules), then the first call
    of a second resource, each against the mock on loopback."""
    sys.path.insert(0, str(ROOT))
    import httpx

    from generator.mock import MockServer

    print(
        f"{'':28} {'import+Client()':>20} {'RSS':>8} {'1st call, resource A':>22} {'then 1st call of B':>20}"
    )
    for sdk in sdks:
        out = tmp / sdk.label.replace(" ", "-")
        cmd = [PY, "-m", "generator", "generate", "--spec", str(sdk.spec), "--out", str(out)]
        subprocess.run(
            cmd + (["--config", str(sdk.config)] if sdk.config else []),
            cwd=ROOT,
            env=ENV,
            check=True,
            capture_output=True,
        )
        subprocess.run([PY, "-m", "compileall", "-q", str(out)], env=ENV, check=True, capture_output=True)
        with MockServer(sdk.spec, sdk.config) as server:
            httpx.get(server.base_url + "/")  # the mock's own first request is not the SDK's
            floor = probe(
                out,
                "-",
                "pass",
                # What any SDK on httpx and pydantic pays before its first result: both imports
                # (pydantic's BaseModel is imported lazily, on first use), a client with its TLS
                # context, one POST, and one model built and validated.
                "import httpx, pydantic\n"
                f"httpx.Client().post({server.base_url + '/'!r}, json={{}})\n"
                "class Reply(pydantic.BaseModel):\n    id: str\n"
                'Reply.model_validate_json(b\'{"id": "x"}\')',
                "pass",
                repeats,
            )
            setup = f"import {sdk.package}\nc = {sdk.package}.Client(token='t', base_url={server.base_url!r})"
            run = probe(out, sdk.package, setup, sdk.first, sdk.second, repeats)
        rss = run.added_kb / 1024
        print(
            f"{sdk.label:28} {_ms(run.setup)} {rss:+6.1f}MB {_ms(run.first)} {_ms(run.second)}"
            f"   ({run.modules} SDK modules loaded by import)"
        )
    print(
        f"{'floor: httpx+pydantic':28} {'':>20} {'':>8} {_ms(floor.first)}"
        "   (import httpx and pydantic, httpx.Client(), one POST, one model validated: what any"
        " httpx+pydantic SDK pays first)"
    )


def calls(sdk_dir: Path, iterations: int) -> None:
    sys.path.insert(0, str(sdk_dir))
    import httpx

    from magic_hour import AsyncClient, Client

    payload = json.dumps({"id": "cuid-example", "credits_charged": 5}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=payload, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    body = {
        "image_count": 1,
        "style": {"prompt": "Cool image", "tool": "ai-anime-generator"},
        "aspect_ratio": "1:1",
    }
    raw = httpx.Client(transport=transport, base_url="http://bench")
    client = Client(token="t", base_url="http://bench", httpx_client=httpx.Client(transport=transport))

    def timed(fn: Callable[[], object]) -> float:
        for _ in range(200):
            fn()
        best = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(iterations):
                fn()
            best.append((time.perf_counter() - started) / iterations)
        return statistics.median(best)

    raw_s = timed(
        lambda: raw.post("/v1/ai-image-generator", json=body, headers={"Authorization": "Bearer t"}).json()
    )
    sdk_s = timed(lambda: client.v1.ai_image_generator.create(**body))  # type: ignore[arg-type]

    araw = httpx.AsyncClient(transport=transport, base_url="http://bench")
    aclient = AsyncClient(
        token="t", base_url="http://bench", httpx_client=httpx.AsyncClient(transport=transport)
    )

    async def atimed(fn: Callable[[], object]) -> float:
        for _ in range(200):
            await fn()  # type: ignore[misc]
        best = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(iterations):
                await fn()  # type: ignore[misc]
            best.append((time.perf_counter() - started) / iterations)
        return statistics.median(best)

    async def araw_call() -> object:
        return (
            await araw.post("/v1/ai-image-generator", json=body, headers={"Authorization": "Bearer t"})
        ).json()

    araw_s = asyncio.run(atimed(araw_call))
    asdk_s = asyncio.run(atimed(lambda: aclient.v1.ai_image_generator.create(**body)))  # type: ignore[arg-type]
    print(f"\n== per-call overhead (httpx.MockTransport, {iterations} calls x 5, median)")
    print(f"{'':32} {'raw httpx':>12} {'generated':>12} {'ratio':>7}")
    print(f"{'sync  create()':32} {raw_s * 1e6:9.1f} µs {sdk_s * 1e6:9.1f} µs {sdk_s / raw_s:6.2f}x")
    print(f"{'async create()':32} {araw_s * 1e6:9.1f} µs {asdk_s * 1e6:9.1f} µs {asdk_s / araw_s:6.2f}x")


def _synthetic(tmp: Path, ring: int = 0) -> Path | None:
    sys.path.insert(0, str(ROOT))
    try:
        from tests.synthetic import build_spec
    except ImportError:
        print("(tests/synthetic.py not found: synthetic spec skipped)")
        return None
    path = tmp / f"synthetic-ring{ring}.json"
    path.write_text(json.dumps(build_spec(ring=ring)))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--skip-opc", action="store_true", help="do not run openapi-python-client")
    parser.add_argument("--only", default="generation,import,call", help="comma-separated sections")
    args = parser.parse_args()
    repeats = 2 if args.quick else 3
    sections = set(args.only.split(","))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), load average {load:.2f}")
    subprocess.run(
        [PY, "-m", "compileall", "-q", str(ROOT / "generator")], env=ENV, check=True, capture_output=True
    )
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        synthetic = _synthetic(tmp_path)
        full_spec, full_config = ROOT / "spec" / "magic-hour.openapi.yaml", ROOT / "spec" / "sdk.yaml"
        seed = ROOT / "tests" / "golden" / "magic_hour_seed"
        if "generation" in sections:
            specs = [
                Spec("magic hour seed (tests/golden)", seed / "openapi.yaml", seed / "sdk.yaml"),
                Spec("magic hour full (spec/, 34 ops)", full_spec, full_config),
                Spec("opc baseline 3.0", SPECS / "opc-baseline_openapi_3.0.json", None, lenient=True),
                Spec("twilio verify v2", SPECS / "twilio-twilio_verify_v2.json", None),
            ]
            if synthetic is not None:
                specs.append(Spec("synthetic (800 ops)", synthetic, None))
            generation(specs, repeats, with_opc=not args.skip_opc and ensure_opc())
        if "import" in sections:
            print("\n== import (fresh interpreter each run; calls go to the mock on loopback)")
            sdks = []
            sdks.append(
                Sdk(
                    "magic hour full SDK",
                    full_spec,
                    full_config,
                    "magic_hour",
                    "c.v1.ai_image_generator.create(image_count=1, style={'prompt': 'x'})",
                    "c.v1.ai_gif_generator.create(style={'prompt': 'x'})",
                )
            )
            clustered = _synthetic(tmp_path, ring=5)
            for label, spec in (("synthetic, one ring", synthetic), ("synthetic, rings of 5", clustered)):
                if spec is not None:
                    sdks.append(
                        Sdk(
                            label,
                            spec,
                            None,
                            "synthetic_large_api",
                            "c.v1.group00.item0000s.list()",
                            "c.v1.group01.item0020s.list()",
                        )
                    )
            imports(sdks, tmp_path, repeats * 3)
        if "call" in sections:
            calls(ROOT / "generated", 300 if args.quick else 2000)


if __name__ == "__main__":
    main()
