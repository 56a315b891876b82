"""Per-call overhead counted in instructions, not seconds: valgrind's callgrind runs a process
that makes a few warm-up calls then N more, once with a small N and once with a large one; the
difference of the two instruction totals, divided by the difference of N, is what one call
costs. Raw httpx and the generated SDK send the same body through the same in-process
transport (`httpx.MockTransport`), sync and async. Instruction counts do not depend on what
else the machine is doing, so two runs of this script, before and after a change, compare.

    .venv/bin/python bench/callgrind.py [--calls 200] [--sdk generated]

Needs `valgrind` on PATH. Hash randomisation is fixed (PYTHONHASHSEED=0) so that a dict's
layout, and the instructions spent on it, are the same run to run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
WARMUP = 20
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
BODY = {
    "image_count": 1,
    "style": {"prompt": "Cool image", "tool": "ai-anime-generator"},
    "aspect_ratio": "1:1",
}
PAYLOAD = json.dumps({"id": "cuid-example", "credits_charged": 5}).encode()


def _callers(mode: str, kind: str) -> Callable[[], Any]:
    """One call of `kind` (raw httpx, or the SDK's `create`), sync or async."""
    import httpx

    from magic_hour import AsyncClient, Client

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=PAYLOAD, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    auth = {"Authorization": "Bearer t"}
    if mode == "sync":
        if kind == "raw":
            raw = httpx.Client(transport=transport, base_url="http://bench")
            return lambda: raw.post("/v1/ai-image-generator", json=BODY, headers=auth).json()
        client = Client(token="t", base_url="http://bench", httpx_client=httpx.Client(transport=transport))
        return lambda: client.v1.ai_image_generator.create(**BODY)  # type: ignore[arg-type]
    if kind == "raw":
        araw = httpx.AsyncClient(transport=transport, base_url="http://bench")

        async def araw_call() -> object:
            return (await araw.post("/v1/ai-image-generator", json=BODY, headers=auth)).json()

        return araw_call
    aclient = AsyncClient(
        token="t", base_url="http://bench", httpx_client=httpx.AsyncClient(transport=transport)
    )
    return lambda: aclient.v1.ai_image_generator.create(**BODY)  # type: ignore[arg-type]


def worker(mode: str, kind: str, calls: int) -> None:
    """The measured process: warm-up calls, then `calls` more."""
    call = _callers(mode, kind)
    if mode == "sync":
        for _ in range(WARMUP + calls):
            call()
        return

    async def main() -> None:
        for _ in range(WARMUP + calls):
            await call()

    asyncio.run(main())


def instructions(sdk: Path, mode: str, kind: str, calls: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/out",
                sys.executable,
                __file__,
                "--worker",
                f"{mode},{kind},{calls}",
            ],
            env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(sdk)},
            capture_output=True,
            text=True,
            check=True,
        )
    found = _COLLECTED.findall(done.stderr)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found[-1])


def per_call(sdk: Path, mode: str, kind: str, calls: int) -> float:
    few, many = instructions(sdk, mode, kind, 0), instructions(sdk, mode, kind, calls)
    return (many - few) / calls


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=200, help="calls measured beyond the warm-up")
    parser.add_argument("--sdk", type=Path, default=ROOT / "generated", help="directory holding magic_hour")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        mode, kind, calls = args.worker.split(",")
        worker(mode, kind, int(calls))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    print(f"== per-call instructions (callgrind; {args.calls} calls after {WARMUP} warm-up, MockTransport)")
    print(f"{'':8} {'raw httpx':>14} {'generated':>14} {'ratio':>7}")
    for mode in ("sync", "async"):
        raw = per_call(args.sdk, mode, "raw", args.calls)
        sdk = per_call(args.sdk, mode, "sdk", args.calls)
        print(f"{mode:8} {raw:14,.0f} {sdk:14,.0f} {sdk / raw:6.2f}x")


if __name__ == "__main__":
    main()
