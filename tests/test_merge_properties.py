"""Property tests of our diff3 (generator/merge.py) against `git merge-file -p --diff3`.

Two files derived from one base by edits have a single right alignment with it when the base's
lines are distinct: there, our merge must be git's, byte for byte (the merged text when clean,
the conflict blocks otherwise, whose markers git writes with our labels) and with as many
conflicts as git counts. Where lines repeat, an alignment can be a tie that difflib's matcher
(longest block first) and git's (Myers' shortest edit script) settle differently, so on those
inputs the tests check what holds whichever way a tie goes.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.merge import _regions, has_markers, merge, take_side

GIT = shutil.which("git")
pytestmark = pytest.mark.skipif(GIT is None, reason="git is not installed: nothing to compare with")
LABELS = ("edited (on disk)", "generated (previous)", "generated (new)")

# One edit of a list of lines: at (a fraction of the length) `at`, replace `drop` lines by
# `insert` new ones, each named by a number (the same number on both sides: the same line).
_hunk = st.tuples(st.floats(0, 1), st.integers(0, 2), st.lists(st.integers(0, 4), max_size=3))
_edits = st.lists(_hunk, max_size=3)


def _edit(lines: list[bytes], edits: list[tuple[float, int, list[int]]]) -> list[bytes]:
    out = list(lines)
    for at, drop, insert in edits:
        start = round(at * len(out))
        out[start : start + drop] = [b"new %d\n" % n for n in insert]
    return out


def _text(lines: list[bytes], unended: bool) -> bytes:
    data = b"".join(lines)
    return data[:-1] if unended and data else data


def git_merge(tmp: Path, base: bytes, edited: bytes, generated: bytes) -> tuple[bytes, int]:
    """git's merge with our labels, and its exit status: the number of conflicts."""
    for name, data in (("edited", edited), ("base", base), ("generated", generated)):
        (tmp / name).write_bytes(data)
    labels = [arg for label in LABELS for arg in ("-L", label)]
    done = subprocess.run(
        [str(GIT), "merge-file", "-p", "--diff3", *labels, "edited", "base", "generated"],
        cwd=tmp,
        capture_output=True,
        timeout=30,
    )
    assert done.returncode >= 0, done.stderr
    return done.stdout, done.returncode


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    size=st.integers(0, 8),
    ours=_edits,
    theirs=_edits,
    same=st.booleans(),
    unended=st.tuples(st.booleans(), st.booleans(), st.booleans()),
)
def test_edits_of_distinct_lines_merge_as_git_merges_them(
    tmp_path: Path,
    size: int,
    ours: list[tuple[float, int, list[int]]],
    theirs: list[tuple[float, int, list[int]]],
    same: bool,
    unended: tuple[bool, bool, bool],
) -> None:
    base = [b"base %d\n" % i for i in range(size)]
    edited = _edit(base, ours)
    generated = _edit(base, ours if same else theirs)
    old, mine, new = (_text(lines, cut) for lines, cut in zip((base, edited, generated), unended))
    merged = merge(old, mine, new, "markers")
    expected, conflicts = git_merge(tmp_path, old, mine, new)
    assert (merged.data, len(merged.hunks)) == (expected, conflicts)


_small = st.lists(st.sampled_from([b"a\n", b"b\n", b"c\n"]), max_size=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.tuples(_small, _small, _small),
    unended=st.tuples(st.booleans(), st.booleans(), st.booleans()),
)
def test_any_small_input_merges_soundly(
    tmp_path: Path, files: tuple[list[bytes], ...], unended: tuple[bool, bool, bool]
) -> None:
    base, edited, generated = (_text(lines, cut) for lines, cut in zip(files, unended))
    marked = merge(base, edited, generated, "markers")
    # Whatever the alignment: a side nobody else changed is taken, as git takes it.
    if base in (edited, generated) or edited == generated:
        only = generated if edited == base else edited
        assert marked.data == only and not marked.hunks
        assert git_merge(tmp_path, base, edited, generated) == (only, 0)
    # Every line of each file is in one region, in order.
    regions = list(_regions(*(data.splitlines(keepends=True) for data in (base, edited, generated))))
    for which, data in enumerate((base, edited, generated)):
        spans = [(r.base, r.edited, r.generated)[which] for r in regions]
        ends = [0, *(end for _, end in spans)]
        assert [start for start, _ in spans] == ends[:-1] and ends[-1] == len(data.splitlines())
    # Conflict blocks are there exactly when hunks are, and resolve to the side asked for (a
    # last line without a break gets one in a block, as in git: a marker must start a line).
    assert has_markers(marked.data) == bool(marked.hunks)
    sides: tuple[Literal["edited", "generated"], ...] = ("edited", "generated")
    for side in sides:
        taken = merge(base, edited, generated, side).data
        assert take_side(marked.data, side) in (taken, taken + b"\n")
