"""What custom code that survives regeneration costs: the record's size and the write stage's time.

    .venv/bin/python bench/custom_code.py [--big] [--baseline REV]

Per spec: the output's size and the record's (record.json, objects), and what the record adds
to a git repository (pack size after `git gc`, first commit and one regeneration with edits);
then the write stage's time: a fresh write, a regeneration with nothing edited, a regeneration
where five resource modules carry a custom method and the new output changes them too (the
three-way merges), and `check` on that edited tree. `--baseline REV` also times the write stage
of another commit (`git show REV:generator/write.py`, e.g. the one before records) on the same
files. `--big` adds Twilio's API v2010 from ../shared/specs/large (about 700 files; Cloudflare's
spec does not generate yet).
Timings are the best of 5 runs, wall and CPU time (other load on a shared machine only adds).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "specs"
sys.path.insert(0, str(ROOT))

from bench import _synthetic  # noqa: E402  (bench/bench.py, beside this script)
from generator.check import check_tree  # noqa: E402
from generator.pipeline import Inputs, build  # noqa: E402
from generator.write import read_tree, write_tree  # noqa: E402

HELPER = "\n    def custom_helper(self) -> int:\n        return 42\n"
INIT = "        self._core = core\n"


def _best(run: Callable[[], object], setup: Callable[[], object] = lambda: None, repeats: int = 5) -> str:
    """The best of `repeats` runs, wall time and the process's CPU time: on a shared machine,
    other load only ever adds time, so the minimum is the steadiest figure."""
    wall, cpu = [], []
    for _ in range(repeats):
        setup()
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return f"{min(wall):.3f} s ({min(cpu):.3f} s CPU)"


def _git_pack(repo: Path) -> int:
    subprocess.run(["git", "gc", "-q", "--aggressive"], cwd=repo, check=True)
    return sum(p.stat().st_size for p in (repo / ".git" / "objects" / "pack").glob("*.pack"))


def _git_cost(tree: Path, edited: Path, tmp: Path) -> tuple[int, int]:
    """Pack bytes the record adds: after a first commit, and after a regeneration with edits."""
    sizes = []
    for with_record in (False, True):
        repo = tmp / f"repo-{with_record}"
        shutil.rmtree(repo, ignore_errors=True)
        for step, source in enumerate((tree, edited)):
            shutil.rmtree(repo / "sdk", ignore_errors=True)
            shutil.copytree(
                source, repo / "sdk", ignore=None if with_record else shutil.ignore_patterns(".sdkgen")
            )
            git = ["git", "-c", "user.name=b", "-c", "user.email=b@b", "-c", "init.defaultBranch=main"]
            if step == 0:
                subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
            subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
            subprocess.run([*git, "commit", "-q", "-m", str(step)], cwd=repo, check=True)
            sizes.append(_git_pack(repo))
    without_first, without_second, with_first, with_second = sizes
    return with_first - without_first, with_second - without_second


def _old_write(rev: str) -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{rev}:generator/write.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "write_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("generator.write_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _edited_files(files: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """Five resource modules, and a new output that changes each of them (its first line)."""
    modules = sorted(p for p in files if "/resources/" in p and INIT in files[p])[:5]
    changed = dict(files)
    for path in modules:
        first, rest = changed[path].split("\n", 1)
        changed[path] = first.replace('"""', '"""Changed: ', 1) + "\n" + rest
    return modules, changed


def measure(label: str, spec: Path, config: Path | None, tmp: Path, old: ModuleType | None) -> None:
    started = time.perf_counter()
    files = build(Inputs(spec=spec, config=config, lenient=True)).files
    built = time.perf_counter() - started
    out, edited, work = tmp / "sdk", tmp / "edited", tmp / "work"
    fresh = _best(lambda: write_tree(out, files), setup=lambda: shutil.rmtree(out, ignore_errors=True))
    same = _best(lambda: write_tree(out, files))
    tree = read_tree(out)
    record = {p: d for p, d in tree.items() if p.startswith(".sdkgen/")}
    objects = [d for p, d in record.items() if "/objects/" in p]
    code = sum(len(d) for p, d in tree.items() if p not in record)

    modules, changed = _edited_files(files)
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(out, edited)
    for path in modules:
        target = edited / path
        target.write_text(target.read_text().replace(INIT, INIT + HELPER, 1))
    write_tree(edited, files)  # records the edits

    def copy_edited() -> None:
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(edited, work)

    merged = _best(lambda: write_tree(work, changed), setup=copy_edited)
    assert all(HELPER in (work / p).read_text() for p in modules)
    checked = _best(lambda: check_tree(edited, files))
    git_first, git_second = _git_cost(out, work, tmp)

    print(f"\n== {label}: {len(files)} files, {code / 1e3:.0f} kB of code (build: {built:.2f} s)")
    print(
        f"record: record.json {len(record['.sdkgen/record.json']) / 1e3:.1f} kB, {len(objects)} objects "
        f"{sum(map(len, objects)) / 1e3:.0f} kB in the working tree; git pack +{git_first / 1e3:.1f} kB "
        f"on the first commit, +{git_second / 1e3:.1f} kB after a regeneration with {len(modules)} edited files"
    )
    print(f"write stage, best of 5: fresh {fresh}, regenerate unedited {same}")
    print(f"  regenerate merging {len(modules)} edited files {merged}, check of the edited tree {checked}")
    if old is not None:
        before = tmp / "before"
        old_fresh = _best(lambda: old.write_tree(before, files), setup=lambda: shutil.rmtree(before, True))
        old_same = _best(lambda: old.write_tree(before, files))
        print(f"baseline write stage: fresh {old_fresh}, regenerate {old_same}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--big", action="store_true", help="add Twilio's API v2010 (about 700 files)")
    parser.add_argument("--baseline", default=None, help="also time the write stage of this commit")
    args = parser.parse_args()
    old = _old_write(args.baseline) if args.baseline else None
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        seed = ROOT / "tests" / "golden" / "magic_hour_seed"
        specs: list[tuple[str, Path, Path | None]] = [
            ("Magic Hour seed (tests/golden)", seed / "openapi.yaml", seed / "sdk.yaml"),
            (
                "Magic Hour full (spec/)",
                ROOT / "spec" / "magic-hour.openapi.yaml",
                ROOT / "spec" / "sdk.yaml",
            ),
        ]
        synthetic = _synthetic(tmp)
        if synthetic is not None:
            specs.append(("synthetic (800 operations)", synthetic, None))
        twilio = SPECS / "large" / "twilio-twilio_api_v2010.json"
        if args.big and twilio.is_file():
            specs.append(("Twilio API v2010", twilio, None))
        for label, spec, config in specs:
            measure(label, spec, config, tmp, old)


if __name__ == "__main__":
    main()
