"""The generator's worker processes: none is forked beside a running thread, and formatting in
worker processes gives the same bytes as formatting in process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from generator.write import read_tree

# Runs the CLI in a fresh interpreter with warnings as errors (Python 3.12+ warns on a fork in a
# multi-threaded process), and on every Python records each fork made while another thread ran.
# Black's worker pool is forced on (it starts only past a size a small spec does not reach).
_HARNESS = """
import os, sys, threading
forks = []
os.register_at_fork(before=lambda: forks.append(threading.active_count()))
import generator.format
generator.format._PARALLEL_MIN_LINES = 0
from generator.cli import main
code = main(sys.argv[1:])
threaded = [n for n in forks if n > 1]
if threaded:
    print(f"forked while {threaded} threads ran", file=sys.stderr)
    code = 3
sys.exit(code)
"""


def test_no_fork_beside_a_thread_and_workers_format_like_the_process(tmp_path: Path) -> None:
    empty = tmp_path / "templates"
    empty.mkdir()  # an override directory: every file goes through black, none is trusted as is
    out = tmp_path / "generated"  # the SDK's README names the directory it was written to
    run = subprocess.run(
        [
            sys.executable,
            "-W",
            "error",
            "-c",
            _HARNESS,
            "generate",
            "--templates",
            str(empty),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "SDKGEN_NO_CACHE": "1", "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert read_tree(out) == read_tree(ROOT / "generated")
