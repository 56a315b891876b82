"""The large real-world corpus (../shared/specs/large), one row per document (not a test).

    .venv/bin/python bench/corpus.py [--only cloudflare,xero] [--calls N] [--opc PATH]

Per document: its operations, how many of them the generated SDK called successfully against
`python -m generator mock` of the same document (a response parsed into its declared type;
all operations, or an even sample of N with `--calls N`), the generator's warnings, cold
generation (empty format cache) with the peak memory of its process tree (max RSS via wait4),
`mypy --strict` over the package (fresh cache), and `import` + `Client()` in a fresh interpreter
(median of 3). With `--opc PATH` (an `openapi-python-client` executable, e.g. from a throwaway
venv: `python3 -m venv /tmp/opc-venv && /tmp/opc-venv/bin/pip install openapi-python-client`),
also what openapi-python-client makes of the same document: ok, ok but skipping N operations,
or fails (with its first error). The scale targets are checked at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LARGE = ROOT.parent / "shared" / "specs" / "large"
PY = sys.executable
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

# Targets (docs/performance.md): for the largest document, Cloudflare; checked on every row.
COLD_SECONDS = 60.0
PEAK_MB = 1024.0
IMPORT_MS = 100.0


@dataclass
class Row:
    name: str
    ops: int | None = None
    called: str = "-"
    warnings: int | None = None
    cold: float | None = None
    peak_mb: float | None = None
    mypy: str = "-"
    import_ms: float | None = None
    opc: str = "-"
    failure: str = ""


def documents() -> dict[str, Path]:
    """Short name -> document: each top-level file, and in each folder its OpenAPI root."""
    found: dict[str, Path] = {}
    for path in sorted(LARGE.iterdir()):
        candidates = [path] if path.is_file() else sorted(p for p in path.iterdir() if p.is_file())
        for candidate in candidates:
            if candidate.suffix not in (".json", ".yaml", ".yml"):
                continue
            text = candidate.read_text(encoding="utf-8")
            if re.search(r'^\s*"?openapi"?\s*:', text, re.MULTILINE):
                found[re.split(r"[-_.]", path.name.lower())[0]] = candidate
    return found


def run(args: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> tuple[float, int, int, str]:
    """Wall seconds, exit code, peak RSS of the process tree in KiB, and stderr + stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert proc.stdout is not None
    out = proc.stdout.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - started, os.waitstatus_to_exitcode(status), usage.ru_maxrss, out


def raw_operation_count(spec: Path) -> int | None:
    """Operations in a document the generator refuses: its path items' methods, as written."""
    from generator.load import load
    from generator.openapi import HTTP_METHODS

    try:
        doc = load(spec)
    except Exception:  # noqa: BLE001 - a count is all this wants
        return None
    paths = doc.root.get("paths") or {}
    count = 0
    for key, item in paths.items():
        target = doc.deref(item, doc.name, f"/paths/{key}").value
        if isinstance(target, dict):
            count += sum(1 for method in HTTP_METHODS if method in target)
    return count


def first_error(text: str) -> str:
    """The generator's first `error:` line, else the exception a traceback ends with."""
    lines = text.splitlines()
    for line in lines:
        if line.startswith("error:"):
            return line[:160]
    for i in range(len(lines) - 1, -1, -1):
        if re.match(r"[A-Za-z_.]*(Error|Exception)\b", lines[i]):
            return " ".join(part.strip() for part in lines[i : i + 3])[:160]
    return lines[-1][:160] if lines else "(no output)"


def measure(name: str, spec: Path, work: Path, calls: int | None, opc: Path | None) -> Row:
    row = Row(name)
    package = f"bench_{name}"
    out = work / package
    config = work / f"{package}.sdk.yaml"
    config.write_text(f"package: {package}\n", encoding="utf-8")
    gen = [PY, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--config", str(config)]
    # Cold: no format cache and no compiled templates (both caches moved into the empty `work`).
    cold = {"SDKGEN_CACHE_DIR": str(work / "cache"), "XDG_CACHE_HOME": str(work / "xdg")}
    seconds, code, peak_kb, text = run(gen, cold)
    row.cold, row.peak_mb = seconds, peak_kb / 1024
    row.warnings = sum(1 for line in text.splitlines() if line.startswith("warning:"))
    if opc is not None:
        row.opc = run_opc(opc, spec, work)
    if code != 0:
        row.ops = raw_operation_count(spec)
        row.failure = first_error(text)
        return row
    row.ops, row.called = call_operations(spec, config, package, out, calls)
    seconds, code, _, text = run(
        [PY, "-m", "mypy", "--strict", "--cache-dir", str(work / "mypy-cache"), package], cwd=out
    )
    errors = sum(1 for line in text.splitlines() if ": error:" in line)
    row.mypy = f"{seconds:.0f} s" + ("" if code == 0 else f" ({errors} errors)")
    row.import_ms = import_and_client(package, out)
    return row


def call_operations(spec: Path, config: Path, package: str, out: Path, size: int | None) -> tuple[int, str]:
    """Operations, and `ok/called` against the mock of the same document."""
    import smoke
    from generator.mock import MockServer
    from generator.pipeline import Inputs, named_api

    api = named_api(Inputs(spec=spec, config=config)).api
    ordered = sorted(api.operations, key=lambda op: op.key)
    if size is not None and size < len(ordered):
        ordered = [ordered[i * len(ordered) // size] for i in range(size)]
    chosen = {op.key for op in ordered}
    sys.path.insert(0, str(out))
    with MockServer(spec) as mock:
        some = replace(api, operations=tuple(op for op in api.operations if op.key in chosen))
        outcomes = smoke.run_all(smoke.client_for(package, mock.base_url), smoke.plan(some, mock.api))
    ok = sum(1 for o in outcomes if o.problem is None)
    return len(api.operations), f"{ok}/{len(outcomes)}"


_IMPORT = """\
import sys, time
sys.path[:0] = [{tests!r}]
import inspect
t0 = time.perf_counter()
import {package}
cls = {package}.Client
t1 = time.perf_counter()
names = [n for n in inspect.signature(cls.__init__).parameters if n not in {standard!r}]
kwargs = {{n: "user" if n.endswith("username") else "mock-token" for n in names}}
t2 = time.perf_counter()
cls(base_url="http://127.0.0.1:9", **kwargs)
t3 = time.perf_counter()
print((t1 - t0) + (t3 - t2))
"""


def import_and_client(package: str, out: Path) -> float:
    """`import <package>` and `Client()` in a fresh interpreter, ms (median of 3)."""
    standard = {"self", "environment", "base_url", "timeout", "max_retries", "headers", "http_client"}
    code = _IMPORT.format(tests=str(ROOT / "tests"), package=package, standard=standard)
    samples = []
    for _ in range(3):
        done = subprocess.run([PY, "-c", code], cwd=out, capture_output=True, text=True, check=True)
        samples.append(float(done.stdout.strip()) * 1000)
    return statistics.median(samples)


def run_opc(opc: Path, spec: Path, work: Path) -> str:
    target = work / "opc"
    args = [str(opc), "generate", "--path", str(spec), "--output-path", str(target), "--overwrite"]
    seconds, code, _, text = run(args, cwd=work)
    skipped = len(re.findall(r"will not be generated", text))
    if code != 0 or not target.is_dir():
        return f"fails ({seconds:.0f} s): {first_error(text)}"
    return f"ok, {seconds:.0f} s" + (f", skips {skipped} operations" if skipped else "")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", help="comma-separated short names (cloudflare,xero)")
    parser.add_argument("--calls", type=int, help="call an even sample of N operations (default: all)")
    parser.add_argument("--opc", type=Path, help="an openapi-python-client executable to compare with")
    args = parser.parse_args()
    if not LARGE.is_dir():
        raise SystemExit(f"{LARGE} is absent: the large corpus is not available")
    docs = documents()
    if args.only:
        docs = {k: v for k, v in docs.items() if k in args.only.split(",")}
    rows = []
    head = (
        f"{'document':13} {'ops':>5} {'called ok':>11} {'warn':>5} {'cold':>8} {'peak':>8} "
        f"{'mypy':>16} {'import+Client':>13}  openapi-python-client"
    )
    print(head, flush=True)
    for name, spec in docs.items():
        with tempfile.TemporaryDirectory() as tmp:
            row = measure(name, spec, Path(tmp), args.calls, args.opc)
        rows.append(row)
        print(
            f"{name:13} {_n(row.ops):>5} {row.called:>11} {_n(row.warnings):>5} {_f(row.cold, ' s'):>8} "
            f"{_f(row.peak_mb, ' MB', 0):>8} {row.mypy:>16} {_f(row.import_ms, ' ms', 0):>13}  {row.opc}",
            flush=True,
        )
    print()
    for row in rows:
        if row.failure:
            print(f"{row.name}: does not generate: {row.failure}")
    for row in rows:
        misses = []
        if row.cold is not None and row.cold > COLD_SECONDS:
            misses.append(f"cold {row.cold:.1f} s > {COLD_SECONDS:.0f} s")
        if row.peak_mb is not None and row.peak_mb > PEAK_MB:
            misses.append(f"peak {row.peak_mb:.0f} MB > {PEAK_MB:.0f} MB")
        if row.import_ms is not None and row.import_ms > IMPORT_MS:
            misses.append(f"import + Client() {row.import_ms:.0f} ms > {IMPORT_MS:.0f} ms")
        verdict = "; ".join(misses) if misses else "within the targets"
        print(f"targets ({row.name}): {verdict}")


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _f(value: float | None, unit: str, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}{unit}"


if __name__ == "__main__":
    main()
