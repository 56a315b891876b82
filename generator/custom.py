"""Custom code that survives regeneration: what `generate` writes over a tree maintainers edited.

For every path of the output tree, three versions meet: base (what the last `generate` produced
there, from the record), edited (the file on disk) and new (what the generator produces now).

| base | on disk | new | result |
| --- | --- | --- | --- |
| any | absent | present | the new file (deleting a generated file is not an edit: list it in `.sdkgenignore`) |
| absent | present | absent | kept: a file of the maintainers' own |
| = disk | present | any | the new file, or nothing when the new output drops it |
| = new | present | present | the file on disk: an edit of code the generator did not change |
| present | edited | absent | conflict: the edit would vanish with the file |
| absent | present | present, different | conflict: both added a file at this path |
| present | edited | changed | a three-way merge (`merge`); a conflict where both changed the same lines |

A conflict stops the run unless `--on-conflict` says which side of each conflicting hunk to keep
(`generated`, `edited`) or asks for conflict markers to resolve by hand (`markers`). Paths that
`.sdkgenignore` lists are carried over as they are and never recorded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

from .errors import Problem, SpecError
from .ignore import IGNORE_FILE, Ignore, load_ignore
from .merge import Hunk, Side, has_markers, merge, take_side
from .record import RECORD_DIR, Entry, Record, digest, load_record, record_files, reserved
from .write import is_tool_cache, unified

OnConflict = Optional[Side]  # None: stop on a conflict


@dataclass(frozen=True)
class Conflict:
    path: str
    kind: Literal["content", "dropped", "added", "unresolved"]
    hunks: tuple[Hunk, ...] = ()
    edit: str = ""  # for "dropped": the edit, as a unified diff from the previous output

    def describe(self) -> str:
        return {
            "content": "edited here and changed by the new output",
            "dropped": "edited here, and the new output no longer generates this file",
            "added": "a file of yours where the new output now generates one",
            "unresolved": "conflict markers from `generate --on-conflict markers` are still in it",
        }[self.kind]


class Conflicts(Exception):
    """Conflicts that stop `generate` before it writes anything (the CLI exits 1)."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        super().__init__(f"{len(conflicts)} conflict(s)")


@dataclass
class Scan:
    """The output tree as the merge sees it."""

    files: dict[str, bytes]  # regular files, tool caches left out
    carried: list[str]  # paths carried over as they are: `.sdkgenignore` and what it lists


@dataclass
class Plan:
    """What `generate` would leave in the output tree."""

    tree: dict[str, bytes]  # every file outside `.sdkgen/` the generator writes
    entries: dict[str, Entry]
    objects: dict[str, bytes]
    carried: list[str]
    record: Record | None  # the one found on disk
    scan: Scan
    ignore: Ignore
    conflicts: list[Conflict] = field(default_factory=list)

    def record_files(self) -> dict[str, bytes]:
        return record_files(self.entries, self.objects)

    def blocking(self, on_conflict: OnConflict) -> list[Conflict]:
        """The conflicts that stop `generate`: all of them unless `on_conflict` resolves them; a
        file whose markers are malformed or left in place is for a person to resolve."""
        if on_conflict is None:
            return list(self.conflicts)
        if on_conflict == "markers":
            return []
        return [c for c in self.conflicts if c.kind == "unresolved"]

    @property
    def kept(self) -> list[str]:
        """Paths where the written file is not the generated one: the custom code."""
        return sorted(p for p, e in self.entries.items() if e.kept is not None)


def scan_tree(out: Path, ignore: Ignore) -> Scan:
    """Every regular file of `out`, except tool caches, the record and ignored paths.

    Links are never followed: one the maintainers want kept goes in `.sdkgenignore`; any other is
    refused, so no file outside the tree is ever read into it or written through it."""
    scan = Scan({}, [])
    if not out.is_dir():
        return scan

    def walk(folder: Path, prefix: str) -> None:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
        for entry in entries:
            rel = prefix + entry.name
            is_dir = entry.is_dir(follow_symlinks=False)
            if rel == RECORD_DIR or is_tool_cache(entry.name, is_dir):
                continue
            if rel == IGNORE_FILE or ignore(rel, is_dir):
                scan.carried.append(rel)
            elif entry.is_symlink():
                raise SpecError(
                    Problem(
                        f"{rel} is a symbolic link: the generator does not follow links in its output; "
                        f"list it in {IGNORE_FILE} to keep it as it is",
                        str(out),
                    )
                )
            elif is_dir:
                walk(Path(entry.path), rel + "/")
            elif entry.is_file(follow_symlinks=False):
                scan.files[rel] = Path(entry.path).read_bytes()
            else:
                raise SpecError(
                    Problem(f"{rel} is not a regular file; list it in {IGNORE_FILE} to keep it", str(out))
                )

    walk(out, "")
    return scan


def plan(out: Path, files: dict[str, str], on_conflict: OnConflict) -> Plan:
    """Merge the generator's new `files` into the tree at `out` (which this does not change)."""
    for path in files:
        if reserved(path):
            raise SpecError(
                Problem(f"refusing to write {path!r}: the generator keeps it for itself", str(out))
            )
    ignore = load_ignore(out)
    scan = scan_tree(out, ignore)
    record = load_record(out)
    new = {path: text.encode("utf-8") for path, text in files.items() if not ignore(path)}
    result = Plan({}, {}, {}, scan.carried, record, scan, ignore)
    known = record.entries if record is not None else {}
    for path in sorted(set(new) | set(scan.files) | {p for p in known if not ignore(p)}):
        _plan_path(result, path, known.get(path), scan.files.get(path), new.get(path), on_conflict)
    return result


def _plan_path(
    result: Plan,
    path: str,
    entry: Entry | None,
    disk: bytes | None,
    new: bytes | None,
    on_conflict: OnConflict,
) -> None:
    record = result.record
    base: bytes | None = None
    if record is not None and record.legacy:
        base = disk  # an output from before records: by that sdkgen's contract, not edited
    elif entry is not None and entry.generated is not None:
        if disk is not None and digest(disk) == entry.generated:
            base = disk
        else:
            base = record.content(entry.generated) if record is not None else None

    if entry is not None and entry.conflict and disk is not None and has_markers(disk):
        if on_conflict == "generated" or on_conflict == "edited":
            disk = take_side(disk, on_conflict)
        if disk is None or on_conflict not in ("generated", "edited"):
            # Kept exactly as it is, entry and all, so the next run merges from the same base.
            result.conflicts.append(Conflict(path, "unresolved"))
            _store(result, path, base if entry.generated else None, result.scan.files[path], conflict=True)
            return

    if disk is None:
        written = new
    elif new is not None and disk == new:
        written = new
    elif base is None and new is None:
        written = disk  # a file of the maintainers' own
    elif base is not None and disk == base:
        written = new  # not edited: replaced, or gone with the generated file
    elif base is not None and base == new:
        written = disk  # an edit of code the generator did not change
    elif new is None:
        # The new output drops an edited file. Keeping it or letting it go is a yes or no that
        # markers cannot ask, so only `--on-conflict generated` lets it go.
        assert base is not None
        result.conflicts.append(Conflict(path, "dropped", edit=unified(path, base, disk)))
        written = None if on_conflict == "generated" else disk
    else:
        merged = merge(base or b"", disk, new, on_conflict or "markers")
        written = merged.data
        if merged.hunks:
            result.conflicts.append(Conflict(path, "content" if base is not None else "added", merged.hunks))
            if on_conflict in (None, "markers"):
                _store(result, path, new, written, conflict=True)
                return
    if written is not None:
        _store(result, path, new, written, conflict=False)


def _store(result: Plan, path: str, generated: bytes | None, written: bytes, conflict: bool) -> None:
    result.tree[path] = written
    gen_digest = None
    if generated is not None:
        gen_digest = digest(generated)
        result.objects[gen_digest] = generated
    kept = digest(written)
    result.objects[kept] = written
    result.entries[path] = Entry(gen_digest, None if kept == gen_digest else kept, conflict)
