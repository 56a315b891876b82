"""`check`: is the output tree what `generate` would leave there, apart from recorded custom edits?

Two ways to fail, told apart because they call for different fixes:

- spec drift: the generator now produces something other than what the record says it produced
  (the spec, config, templates or generator changed); `generate` brings the tree up to date.
  The diff goes from the tree to what `generate` would write, custom edits merged in.
- unrecorded edits: the tree differs from what the last `generate` wrote (a hand edit, a new or
  deleted file) and no `generate` has recorded it as custom code yet. The diff goes from the
  tree to what the record says was written, as a drift diff does.

Files still holding conflict markers fail the check too. `.sdkgenignore`d paths are skipped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .custom import Conflict, plan
from .record import RECORD_DIR, digest
from .write import read_tree, unified


@dataclass
class Report:
    drift: dict[str, str] = field(default_factory=dict)  # path -> unified diff, tree -> generate's
    unrecorded: dict[str, str] = field(default_factory=dict)  # path -> unified diff, tree -> record's
    unresolved: list[str] = field(default_factory=list)  # files with conflict markers in them
    conflicts: list[Conflict] = field(default_factory=list)  # what `generate` would stop on
    kept: list[str] = field(default_factory=list)  # recorded custom code
    no_record: bool = False

    @property
    def ok(self) -> bool:
        return not (self.drift or self.unrecorded or self.unresolved or self.no_record)


def check_tree(out: Path, files: dict[str, str]) -> Report:
    out = Path(os.path.abspath(out))
    planned = plan(out, files, None)
    record, disk = planned.record, planned.scan.files
    report = Report(conflicts=[c for c in planned.conflicts if c.kind != "unresolved"])
    report.unresolved = [c.path for c in planned.conflicts if c.kind == "unresolved"]

    if record is None or record.legacy:
        report.no_record = True
        for path in sorted(set(disk) | set(planned.tree)):
            if disk.get(path) != planned.tree.get(path):
                report.drift[path] = unified(path, disk.get(path), planned.tree.get(path))
        return report

    entries = {p: e for p, e in record.entries.items() if not planned.ignore(p)}
    for path in sorted(set(entries) | set(disk)):
        want = entries[path].written if path in entries else None
        have = digest(disk[path]) if path in disk else None
        if want != have:
            recorded = record.content(want) if want is not None else None
            report.unrecorded[path] = unified(path, disk.get(path), recorded)

    before = {p: e.generated for p, e in record.entries.items() if e.generated is not None}
    after = {p: e.generated for p, e in planned.entries.items() if e.generated is not None}
    for c in planned.conflicts:  # an unresolved file keeps its old entry; compare the new output
        if c.kind == "unresolved" and c.path in files and not planned.ignore(c.path):
            after[c.path] = digest(files[c.path].encode("utf-8"))
    for path in sorted(set(before) | set(after)):
        if before.get(path) != after.get(path):
            report.drift[path] = unified(path, disk.get(path), planned.tree.get(path))
    if not report.drift and not report.unrecorded:
        # The files agree; the record itself must be what `generate` would write (a damaged or
        # hand-edited `.sdkgen/`, an older sdkgen's layout).
        expected = planned.record_files()
        actual = {f"{RECORD_DIR}/{p}": d for p, d in read_tree(out / RECORD_DIR).items()}
        for path in sorted(set(expected) | set(actual)):
            if expected.get(path) != actual.get(path):
                report.drift[path] = unified(path, actual.get(path), expected.get(path))
    report.kept = [p for p in planned.kept if p not in report.unrecorded]
    return report
