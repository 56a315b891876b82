"""The three-way merge of one file: the previous generated output (base), the file on disk
(edited), the new generated output. Our own diff3, on lines, on top of difflib's matcher: sdkgen
must not depend on GPL code (the line-based merges Python has are GPL, or merge characters).

diff3 in short: a base line that both other versions kept, in the same order, is stable. Between
two runs of stable lines lies a region that the edit, the new output, or both changed: it takes
the side that changed it, or their common change, or is a conflict (a `Hunk`) when they differ.

Lines are bytes, so a file that is not UTF-8 merges like any other and nothing is decoded.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterator, Literal, Sequence

Side = Literal["generated", "edited", "markers"]
START = b"<<<<<<< edited (on disk)\n"
BASE = b"||||||| generated (previous)\n"
MID = b"=======\n"
END = b">>>>>>> generated (new)\n"
_ORDER = (START, BASE, MID, END)


@dataclass(frozen=True)
class Hunk:
    """One conflicting region: both the edit and the new output change these base lines."""

    line: int  # where it starts in the file on disk, 1-based
    merged_line: int  # where it starts in the merge (where markers put it)
    base: tuple[bytes, ...]
    edited: tuple[bytes, ...]
    generated: tuple[bytes, ...]

    def markers(self) -> bytes:
        return b"".join(
            [START, *_ended(self.edited), BASE, *_ended(self.base), MID, *_ended(self.generated), END]
        )


@dataclass(frozen=True)
class Merged:
    data: bytes  # the merge, each conflict resolved by the side asked for (or shown with markers)
    hunks: tuple[Hunk, ...]  # the conflicts found, however they were resolved


def _ended(lines: tuple[bytes, ...]) -> list[bytes]:
    """`lines` with a line break after the last one, so a marker after it starts a line."""
    if lines and not lines[-1].endswith((b"\n", b"\r")):
        return [*lines[:-1], lines[-1] + b"\n"]
    return list(lines)


def _kept(base: Sequence[bytes], other: Sequence[bytes]) -> dict[int, int]:
    """Where each base line that `other` kept is in `other`: difflib's alignment without its
    "popular line" heuristic (in a generated module, blank lines and closing brackets are popular,
    and treating them as junk misaligns otherwise equal code)."""
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return {block.a + k: block.b + k for block in matcher.get_matching_blocks() for k in range(block.size)}


@dataclass(frozen=True)
class _Region:
    """Lines [start, end) of base, edited and generated that go together in the merge."""

    base: tuple[int, int]
    edited: tuple[int, int]
    generated: tuple[int, int]
    stable: bool  # all three hold the same lines here


def _regions(base: Sequence[bytes], edited: Sequence[bytes], generated: Sequence[bytes]) -> Iterator[_Region]:
    """The three files cut into alternating regions: runs of stable lines, and what lies between
    two runs. Every line of each file is in exactly one region, in order."""
    in_edited, in_generated = _kept(base, edited), _kept(base, generated)
    runs: list[tuple[int, int, int, int]] = []  # (base, edited, generated) starts and length
    for z in range(len(base)):
        if z not in in_edited or z not in in_generated:
            continue
        e, g = in_edited[z], in_generated[z]
        if runs and _after(runs[-1]) == (z, e, g):
            runs[-1] = (*runs[-1][:3], runs[-1][3] + 1)
        else:
            runs.append((z, e, g, 1))
    # The three ends close the last region, like a stable run of no lines.
    z = e = g = 0  # where the region under way starts in each file
    for run in [*runs, (len(base), len(edited), len(generated), 0)]:
        z1, e1, g1, length = run
        if (z, e, g) != (z1, e1, g1):
            yield _Region((z, z1), (e, e1), (g, g1), stable=False)
        if length:
            yield _Region((z1, z1 + length), (e1, e1 + length), (g1, g1 + length), stable=True)
        z, e, g = _after(run)


def _after(run: tuple[int, int, int, int]) -> tuple[int, int, int]:
    """Where the lines after a stable run start in each file."""
    z, e, g, length = run
    return z + length, e + length, g + length


def merge(base: bytes, edited: bytes, generated: bytes, side: Side) -> Merged:
    base_lines = base.splitlines(keepends=True)
    ours = edited.splitlines(keepends=True)
    theirs = generated.splitlines(keepends=True)
    out: list[bytes] = []
    hunks: list[Hunk] = []
    for region in _regions(base_lines, ours, theirs):
        was = base_lines[slice(*region.base)]
        mine = ours[slice(*region.edited)]
        new = theirs[slice(*region.generated)]
        if region.stable or mine == new or new == was:  # both the same, or only the edit changed it
            out.extend(mine)
            continue
        if mine == was:  # only the new output changed it
            out.extend(new)
            continue
        hunk = Hunk(region.edited[0] + 1, len(out) + 1, tuple(was), tuple(mine), tuple(new))
        hunks.append(hunk)
        if side == "edited":
            out.extend(hunk.edited)
        elif side == "generated":
            out.extend(hunk.generated)
        else:
            out.extend(hunk.markers().splitlines(keepends=True))
    return Merged(b"".join(out), tuple(hunks))


def has_markers(data: bytes) -> bool:
    """Whether `data` still holds a conflict block that `merge(..., "markers")` wrote."""
    return any(line in (START, END) for line in data.splitlines(keepends=True))


def take_side(data: bytes, side: Literal["generated", "edited"]) -> bytes | None:
    """`data` with each remaining conflict block replaced by one of its sides; None when the
    blocks are no longer well formed (someone half-resolved one), so only a person can say."""
    out: list[bytes] = []
    expect = 0  # index in _ORDER of the next marker line; 0 means outside a block
    for line in data.splitlines(keepends=True):
        if line in _ORDER:
            if line != _ORDER[expect]:
                return None
            expect = (expect + 1) % len(_ORDER)
            continue
        keep = {0: True, 1: side == "edited", 2: False, 3: side == "generated"}[expect]
        if keep:
            out.append(line)
    return None if expect else b"".join(out)
