"""Benchmarks that print numbers (not tests: machines here are shared and noisy).

    .venv/bin/python bench/bench.py [--quick]

Sections:
  generation   cold (empty format cache) and warm generation, and `check`, per spec
  import       cold `import` + `Client()` of a generated SDK, and first use of one resource
  call         per-call overhead of a generated method against raw httpx, same in-process
               transport (httpx.MockTransport), sync and async

Every timing is the median of several runs, with the spread shown.
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
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "specs"
PY = sys.executable


def _median(samples: list[float]) -> str:
    med = statistics.median(samples)
    spread = (max(samples) - min(samples)) / 2
    return f"{med * 1000:8.1f} ms ±{spread * 1000:6.1f}"


def _run(args: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr}")
    return elapsed


def generation(specs: list[tuple[str, Path, Path | None]], repeats: int) -> None:
    print("\n== generation (python -m generator, wall time, subprocess)")
    print(f"{'spec':34} {'cold':>22} {'warm':>22} {'check':>22}")
    for label, spec, config in specs:
        if not spec.is_file():
            print(f"{label:34} (skipped: {spec} not found)")
            continue
        cold, warm, check = [], [], []
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            base = [PY, "-m", "generator", "generate", "--lenient", "--spec", str(spec), "--out", str(out)]
            if config is not None:
                base += ["--config", str(config)]
            for i in range(repeats):
                cache = Path(tmp) / f"cache-{i}"
                shutil.rmtree(out, ignore_errors=True)
                cold.append(_run(base, {"SDKGEN_CACHE_DIR": str(cache)}))
                warm.append(_run(base, {"SDKGEN_CACHE_DIR": str(cache)}))
                check.append(_run([*base[:3], "check", *base[4:]], {"SDKGEN_CACHE_DIR": str(cache)}))
        print(f"{label:34} {_median(cold):>22} {_median(warm):>22} {_median(check):>22}")


def _import_time(code: str, cwd: Path, repeats: int) -> list[float]:
    probe = (
        "import time, sys\nt = time.perf_counter()\n"
        + code
        + "\nprint(time.perf_counter() - t)"
    )
    samples = []
    for _ in range(repeats):
        out = subprocess.run([PY, "-c", probe], cwd=cwd, capture_output=True, text=True, env={**os.environ, "MAGIC_HOUR_API_KEY": "x"})
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return samples


def imports(sdk_dir: Path, label: str, resource: str, repeats: int) -> None:
    print(f"\n== import ({label}: {sdk_dir})")
    first = _import_time("import magic_hour", sdk_dir, repeats)
    client = _import_time("import magic_hour\nmagic_hour.Client()", sdk_dir, repeats)
    use = _import_time(f"import magic_hour\nc = magic_hour.Client()\nc.{resource}.create", sdk_dir, repeats)
    print(f"{'import magic_hour':40} {_median(first)}")
    print(f"{'import + Client()':40} {_median(client)}")
    print(f"{'import + Client() + first use of ' + resource.split('.')[-1]:40} {_median(use)}")


def calls(sdk_dir: Path, iterations: int) -> None:
    sys.path.insert(0, str(sdk_dir))
    import httpx

    from magic_hour import AsyncClient, Client

    body = {"id": "cuid-example", "credits_charged": 5}
    payload = json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=payload, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    request = {"image_count": 1, "style": {"prompt": "Cool image", "tool": "ai-anime-generator"}, "aspect_ratio": "1:1"}

    raw = httpx.Client(transport=transport, base_url="http://bench")
    client = Client(token="t", base_url="http://bench", http_client=httpx.Client(transport=transport))

    def raw_call() -> None:
        raw.post("/v1/ai-image-generator", json=request, headers={"Authorization": "Bearer t"}).json()

    def sdk_call() -> None:
        client.v1.ai_image_generator.create(**request)  # type: ignore[arg-type]

    def timed(fn: Callable[[], None]) -> list[float]:
        for _ in range(200):
            fn()
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(iterations):
                fn()
            samples.append((time.perf_counter() - started) / iterations)
        return samples

    print(f"\n== per-call overhead (in-process MockTransport, {iterations} calls x 5)")
    raw_s, sdk_s = timed(raw_call), timed(sdk_call)
    print(f"{'raw httpx.Client.post + .json()':40} {statistics.median(raw_s) * 1e6:8.1f} µs")
    print(f"{'client.v1.ai_image_generator.create()':40} {statistics.median(sdk_s) * 1e6:8.1f} µs")
    print(f"{'ratio (sync)':40} {statistics.median(sdk_s) / statistics.median(raw_s):8.2f} x")

    araw = httpx.AsyncClient(transport=transport, base_url="http://bench")
    aclient = AsyncClient(token="t", base_url="http://bench", http_client=httpx.AsyncClient(transport=transport))

    async def atimed(fn: Callable[[], object]) -> list[float]:
        for _ in range(200):
            await fn()  # type: ignore[misc]
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(iterations):
                await fn()  # type: ignore[misc]
            samples.append((time.perf_counter() - started) / iterations)
        return samples

    async def araw_call() -> None:
        (await araw.post("/v1/ai-image-generator", json=request, headers={"Authorization": "Bearer t"})).json()

    async def asdk_call() -> None:
        await aclient.v1.ai_image_generator.create(**request)  # type: ignore[arg-type]

    araw_s = asyncio.run(atimed(araw_call))
    asdk_s = asyncio.run(atimed(asdk_call))
    print(f"{'raw httpx.AsyncClient.post + .json()':40} {statistics.median(araw_s) * 1e6:8.1f} µs")
    print(f"{'await ...ai_image_generator.create()':40} {statistics.median(asdk_s) * 1e6:8.1f} µs")
    print(f"{'ratio (async)':40} {statistics.median(asdk_s) / statistics.median(araw_s):8.2f} x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeats = 2 if args.quick else 5
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s)")
    full_config = ROOT / "spec" / "magic-hour-full.sdk.yaml"
    generation(
        [
            ("magic hour seed (spec/)", ROOT / "spec" / "magic-hour.openapi.yaml", ROOT / "spec" / "sdk.yaml"),
            ("magic hour full (34 operations)", SPECS / "magic-hour-full.openapi.json", full_config),
        ],
        repeats,
    )
    imports(ROOT / "generated", "seed SDK", "v1.ai_image_generator", repeats * 2)
    if (SPECS / "magic-hour-full.openapi.json").is_file():
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "full"
            subprocess.run(
                [PY, "-m", "generator", "generate", "--spec", str(SPECS / "magic-hour-full.openapi.json"),
                 "--config", str(full_config), "--out", str(out)],
                cwd=ROOT, check=True, capture_output=True,
            )
            imports(out, "full SDK", "v1.ai_image_generator", repeats * 2)
    calls(ROOT / "generated", 500 if args.quick else 2000)


if __name__ == "__main__":
    main()
