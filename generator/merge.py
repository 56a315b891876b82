"""The three-way merge of one file: the previous generated output (base), the file on disk
(edited), the new generated output. The line alignment and the diff3 regions come from `merge3`
(Breezy's merge, pure Python); this module decides what a conflict becomes and how it reads.

Lines are bytes, so a file that is not UTF-8 merges like any other and nothing is decoded.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal, Sequence

import merge3

Side = Literal["generated", "edited", "markers"]
START = b"<<<<<<< edited (on disk)\n"
BASE = b"||||||| generated (previous)\n"
MID = b"=======\n"
END = b">>>>>>> generated (new)\n"
_ORDER = (START, BASE, MID, END)


class _Matcher(difflib.SequenceMatcher[bytes]):
    """difflib's matcher without its "popular line" heuristic: in a generated module, blank lines
    and closing brackets are popular, and treating them as junk misaligns otherwise equal code."""

    def __init__(
        self, isjunk: object = None, a: Sequence[bytes] = (), b: Sequence[bytes] = (), autojunk: bool = False
    ) -> None:
        super().__init__(None, a, b, autojunk=False)


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


def merge(base: bytes, edited: bytes, generated: bytes, side: Side) -> Merged:
    base_lines = base.splitlines(keepends=True)
    ours = edited.splitlines(keepends=True)
    theirs = generated.splitlines(keepends=True)
    # merge3's matcher protocol types the matching blocks as plain tuples, difflib's as a named
    # tuple in an (invariant) list: equal at run time, which merge3's own default relies on too.
    m = merge3.Merge3(base_lines, ours, theirs, sequence_matcher=_Matcher)  # type: ignore[arg-type]
    out: list[bytes] = []
    hunks: list[Hunk] = []
    for region in m.merge_regions():
        if len(region) == 3:
            kind, start, end = region
            source = base_lines if kind == "unchanged" else theirs if kind == "b" else ours  # "a", "same"
            out.extend(source[start:end])
            continue
        _, z1, z2, a1, a2, b1, b2 = region
        hunk = Hunk(a1 + 1, len(out) + 1, tuple(base_lines[z1:z2]), tuple(ours[a1:a2]), tuple(theirs[b1:b2]))
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
