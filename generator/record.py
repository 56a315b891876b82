"""The record in `.sdkgen/`: what the generator produced at each path of the output tree, so the
next `generate` can tell a maintainer's edit from its own old output and merge the edit forward.

Layout, all of it written by `write` with the rest of the tree:

    .sdkgen/README           what this is (its presence also marks the tree as generated)
    .sdkgen/.gitattributes   `objects/**` shows as one line in `git diff`, not as a second copy
    .sdkgen/record.json      one line per path: the SHA-256 of the file generated there and,
                             when the file written differs, of the file kept (an edit or a
                             file of the maintainers' own); `conflict` while markers wait
    .sdkgen/objects/ab/cd..  the content of each of those hashes, named by its SHA-256

Why this shape: the previous pristine output must survive the maintainers' edits to the real
files, so its content has to be stored somewhere; stored as plain files named by their hash,
every unedited object is byte for byte a file of the tree, so git (which stores a blob once per
content) keeps no second copy and the repository grows by the record's one-line-per-file JSON
only, regenerate after regenerate, while a compressed archive would add a new, undeltifiable
blob each time and tie the bytes to a zlib build. Identical files (the many `__init__.py`) are
one object. No timestamps, no absolute paths, sorted keys: the same tree gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem, SpecError
from .write import safe_join  # the one judge of a safe relative path

RECORD_DIR = ".sdkgen"
RECORD_JSON = f"{RECORD_DIR}/record.json"
FORMAT = 1
README = (
    "This directory is written by sdkgen with the rest of the tree; do not edit it, commit it.\n"
    "record.json names, for every file, the SHA-256 of what the generator produced there and, where\n"
    "the file differs, of what was kept (a custom edit, or a file of your own); objects/ holds\n"
    "those contents by hash. The next `generate` merges your edits into its new output from them,\n"
    "and `check` tells recorded edits from unrecorded ones (sdkgen's docs/custom-code.md).\n"
)
GITATTRIBUTES = "objects/** -diff linguist-generated\nrecord.json linguist-generated\n"
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_MAX_RECORD = 64 << 20


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def object_path(name: str) -> str:
    return f"{RECORD_DIR}/objects/{name[:2]}/{name[2:]}"


def reserved(path: str) -> bool:
    """Paths the generator keeps for itself: the record and `.sdkgenignore`."""
    return path in (RECORD_DIR, ".sdkgenignore") or path.startswith(RECORD_DIR + "/")


@dataclass(frozen=True)
class Entry:
    """One path of the tree as the last `generate` left it."""

    generated: str | None  # what the generator produced there (None: not a generated path)
    kept: str | None = None  # what was written instead, when that differs
    conflict: bool = False  # written with conflict markers that are not resolved yet

    @property
    def written(self) -> str:
        written = self.kept or self.generated
        assert written is not None, "an entry records at least one content"
        return written


@dataclass
class Record:
    """A loaded record (or, with `legacy`, an output of an sdkgen that kept no record)."""

    entries: dict[str, Entry]
    root: Path | None = None
    legacy: bool = False
    _cache: dict[str, bytes] = field(default_factory=dict)

    def content(self, name: str) -> bytes:
        """The stored content with SHA-256 `name`, checked against it."""
        if name not in self._cache:
            if self.root is None:
                raise KeyError(name)
            path = self.root.joinpath(*object_path(name).split("/"))
            if path.is_symlink() or not path.is_file():
                raise _damaged(self.root, f"object {name} is missing")
            data = path.read_bytes()
            if digest(data) != name:
                raise _damaged(self.root, f"object {name} does not have that SHA-256")
            self._cache[name] = data
        return self._cache[name]


def _damaged(root: Path, why: str) -> SpecError:
    return SpecError(
        Problem(
            f"the record of generated files is damaged: {why}; restore {RECORD_DIR}/ from version "
            "control (after a git merge, take either side of it and run generate)",
            str(root / RECORD_JSON),
        )
    )


def load_record(out: Path) -> Record | None:
    """The record of `out`; None when `out` has none (not generated, or empty)."""
    marker = out / RECORD_DIR
    if marker.is_symlink():
        raise _damaged(out, f"{RECORD_DIR} is a symbolic link")
    if marker.is_file():
        return Record({}, legacy=True)  # the single marker file of an sdkgen before records
    if not marker.is_dir():
        return None
    path = out / RECORD_JSON
    try:
        raw = path.read_bytes()
    except OSError:
        raise _damaged(out, "record.json is missing") from None
    if len(raw) > _MAX_RECORD:
        raise _damaged(out, "record.json is too large")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(out, "record.json is not valid JSON") from None
    if not isinstance(document, dict) or document.get("sdkgen-record") != FORMAT:
        raise _damaged(out, f"record.json is not a format-{FORMAT} record")
    files = document.get("files")
    if not isinstance(files, dict):
        raise _damaged(out, "record.json has no `files`")
    entries: dict[str, Entry] = {}
    for name, value in files.items():
        entries[name] = _entry(out, name, value)
    return Record(entries, root=out)


def _entry(out: Path, name: object, value: object) -> Entry:
    if not isinstance(name, str) or reserved(name):
        raise _damaged(out, f"{name!r} is not a path of the tree")
    safe_join(out, name)
    if not isinstance(value, dict) or not set(value) <= {"generated", "kept", "conflict"}:
        raise _damaged(out, f"the entry of {name!r} is malformed")
    hashes = [value.get("generated"), value.get("kept")]
    if any(h is not None and not (isinstance(h, str) and _DIGEST.match(h)) for h in hashes):
        raise _damaged(out, f"the entry of {name!r} holds a malformed SHA-256")
    if hashes == [None, None] or value.get("conflict", False) not in (True, False):
        raise _damaged(out, f"the entry of {name!r} is malformed")
    return Entry(hashes[0], hashes[1], bool(value.get("conflict", False)))


def record_files(entries: dict[str, Entry], objects: dict[str, bytes]) -> dict[str, bytes]:
    """The files of `.sdkgen/` for a tree with these entries (relative path -> bytes)."""
    lines = []
    for path in sorted(entries):
        entry = entries[path]
        value: dict[str, object] = {}
        if entry.generated is not None:
            value["generated"] = entry.generated
        if entry.kept is not None and entry.kept != entry.generated:
            value["kept"] = entry.kept
        if entry.conflict:
            value["conflict"] = True
        lines.append(f"    {json.dumps(path)}: {json.dumps(value, sort_keys=True)}")
    document = f'{{\n  "sdkgen-record": {FORMAT},\n  "files": {{\n' + ",\n".join(lines) + "\n  }\n}\n"
    files = {
        f"{RECORD_DIR}/README": README.encode(),
        f"{RECORD_DIR}/.gitattributes": GITATTRIBUTES.encode(),
        RECORD_JSON: document.encode(),
    }
    for name in sorted(objects):
        files[object_path(name)] = objects[name]
    return files
