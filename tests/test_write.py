"""The write stage: safe paths, atomic swap, recovery after a killed run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from generator.errors import SpecError
from generator.write import MARKER, read_tree, recover, safe_join, write_tree


@pytest.mark.parametrize(
    "path",
    [
        "../x",
        "a/../../x",
        "/etc/passwd",
        "a\\b",
        "C:/x",
        "a/\x00b",
        "con.py",
        "a/NUL",
        "lpt1",
        "a/ b",
        "a/b.",
        "",
        "a//b",
    ],
)
def test_safe_join_refuses(path: str, tmp_path: Path) -> None:
    with pytest.raises(SpecError):
        safe_join(tmp_path, path)


def test_safe_join_accepts_plain_paths(tmp_path: Path) -> None:
    assert safe_join(tmp_path, "pkg/types/models/a_b.py") == tmp_path / "pkg" / "types" / "models" / "a_b.py"


def test_write_replaces_tree_and_drops_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {"a.py": "1\n", "pkg/b.py": "2\n"})
    write_tree(out, {"a.py": "3\n"})
    assert {p for p in read_tree(out) if not p.startswith(MARKER + "/")} == {"a.py"}
    assert (out / "a.py").read_text() == "3\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sdkgen-")]


def test_a_bad_path_fails_before_touching_the_old_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {"a.py": "1\n"})
    with pytest.raises(SpecError):
        write_tree(out, {"a.py": "2\n", "../escape.py": "x"})
    assert (out / "a.py").read_text() == "1\n"
    assert not (tmp_path / "escape.py").exists()


def _dead_pid() -> int:
    """The id of a process that has ended (a run killed earlier)."""
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(proc.stdout)


def test_recover_restores_a_parked_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    parked = tmp_path / f".sdkgen-out-{_dead_pid()}-old"
    parked.mkdir()
    (parked / "a.py").write_text("old\n")
    half = tmp_path / f".sdkgen-out-{_dead_pid()}-new"
    half.mkdir()
    recover(out)
    assert (out / "a.py").read_text() == "old\n"
    assert not half.exists()


def test_recover_touches_only_its_own_trees(tmp_path: Path) -> None:
    # `sdk` and `sdk-async` side by side: the trees of `sdk-async` share the prefix
    # `.sdkgen-sdk-`, and must survive a recovery of `sdk`, as must a live run's tree of `sdk`.
    (tmp_path / "sdk").mkdir()
    dead = _dead_pid()
    sibling_new = tmp_path / f".sdkgen-sdk-async-{dead}-new"
    sibling_old = tmp_path / f".sdkgen-sdk-async-{dead}-old"
    live = tmp_path / f".sdkgen-sdk-{os.getppid()}-new"
    own_new = tmp_path / f".sdkgen-sdk-{dead}-new"
    for tree in (sibling_new, sibling_old, live, own_new):
        tree.mkdir()
        (tree / "a.py").write_text("x\n")
    recover(tmp_path / "sdk")
    assert sibling_new.is_dir() and sibling_old.is_dir(), "a sibling output's trees are not ours"
    assert live.is_dir(), "a tree of a run still going is not ours to drop"
    assert not own_new.exists()
    assert not (tmp_path / "sdk" / "a.py").exists()
    recover(tmp_path / "sdk-async")
    assert not sibling_new.exists() and not sibling_old.exists()
    assert (tmp_path / "sdk-async" / "a.py").is_file(), "its own parked tree is restored"


def _gone(marker: str, within: float) -> bool:
    """Whether no process whose command line holds `marker` is left after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        alive = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if marker.encode() in cmdline.read_bytes():
                    alive.append(cmdline.parent.name)
            except OSError:
                continue  # it ended while we looked
        if not alive or time.monotonic() > deadline:
            return not alive
        time.sleep(0.1)


def kill_after(delay: float, *args: str) -> None:
    """Run `python -m generator ARGS`, SIGKILL it after `delay` seconds, make sure its workers
    end with it, and recover its output (`--out`) as the next run would."""
    spec, out = args[args.index("--spec") + 1], Path(args[args.index("--out") + 1])
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Its workers (the validator's, black's) end with it instead of waiting forever.
    if Path("/proc").is_dir():  # Linux: list the processes left
        assert _gone(spec, within=5.0), f"killed after {delay}s: worker processes outlived it"
    recover(out)


def test_sigkill_mid_write_leaves_previous_output_intact(tmp_path: Path) -> None:
    """Kill the generator at many points of a run; the old tree must always be whole."""
    out = tmp_path / "generated"
    first = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    before = read_tree(out)
    # A spec edit so that the new tree really differs.
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        (ROOT / "spec" / "magic-hour.openapi.yaml")
        .read_text()
        .replace("AI Image Generator", "AI Image Maker")
    )
    for delay in (0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.3):
        args = (
            "generate",
            "--spec",
            str(spec),
            "--config",
            str(ROOT / "spec" / "sdk.yaml"),
            "--out",
            str(out),
        )
        kill_after(delay, *args)
        after = read_tree(out)
        new_run_finished = after != before
        if new_run_finished:
            # The run got to the swap: the tree must then be the complete new one.
            assert any("AI Image Maker" in v.decode() for v in after.values())
            # (the record's objects are named by content, so only the other paths stay the same)
            assert {p for p in after if not p.startswith(MARKER + "/")} == {
                p for p in before if not p.startswith(MARKER + "/")
            }
            return
        assert after == before, f"killed after {delay}s: previous tree damaged"
    assert os.path.isdir(out)
