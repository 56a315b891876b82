"""Stage 7, write or check: the only code that touches the output directory.

`write_tree` builds the whole new tree in a sibling temp directory and swaps it in at the end:
on Linux with one atomic `renameat2(RENAME_EXCHANGE)`, elsewhere with two renames and a
recovery step at the next run. A failed or killed run leaves the previous output intact.
Every path goes through `safe_join`, which refuses anything that could land outside the tree.
What goes into the new tree (the generated files merged with the maintainers' edits, the record
in `.sdkgen/`, what `.sdkgenignore` keeps) is decided beforehand by `custom.plan`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import difflib
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Problem, SpecError

if TYPE_CHECKING:
    from .custom import OnConflict, Plan

MARKER = ".sdkgen"  # the record's folder (an sdkgen before records left a file of that name)
# Things tools leave in a package directory that are not part of the generated output.
_IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist"}
_IGNORED_SUFFIXES = (".pyc", ".pyo")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_TMP_PREFIX = ".sdkgen-"


def safe_join(root: Path, relative: str) -> Path:
    """`root / relative`, or a `SpecError` if `relative` could escape `root` on any OS."""
    bad = (
        not relative
        or "\x00" in relative
        or "\\" in relative
        or relative.startswith("/")
        or re.match(r"^[A-Za-z]:", relative) is not None
    )
    parts = relative.split("/")
    for part in parts:
        if (
            part in ("", ".", "..")
            or part != part.strip()
            or part.endswith(".")
            and part != "."
            or _WINDOWS_RESERVED.match(part)
        ):
            bad = True
    if bad:
        raise SpecError(Problem(f"refusing to write {relative!r}: not a safe relative path", str(root)))
    target = root.joinpath(*parts)
    if not os.path.abspath(target).startswith(os.path.abspath(root) + os.sep):
        raise SpecError(Problem(f"refusing to write {relative!r}: outside the output directory", str(root)))
    return target


def is_tool_cache(name: str, is_dir: bool) -> bool:
    """What tools leave in a package directory: neither output nor the maintainers' code."""
    if is_dir:
        return name in _IGNORED_DIRS or name.endswith(".egg-info")
    return name.endswith(_IGNORED_SUFFIXES)


def read_tree(root: Path) -> dict[str, bytes]:
    """The files under `root` that belong to the generated output (tool caches skipped)."""
    found: dict[str, bytes] = {}
    if not root.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not is_tool_cache(d, True))
        for name in filenames:
            if is_tool_cache(name, False):
                continue
            path = Path(dirpath) / name
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def unified(path: str, old: bytes | None, new: bytes | None) -> str:
    """A unified diff of one file from `old` (`a/`) to `new` (`b/`), `/dev/null` for a missing side."""
    old_lines = old.decode("utf-8", "replace").splitlines(keepends=True) if old is not None else []
    new_lines = new.decode("utf-8", "replace").splitlines(keepends=True) if new is not None else []
    label_old = f"a/{path}" if old is not None else "/dev/null"
    label_new = f"b/{path}" if new is not None else "/dev/null"
    diff = list(difflib.unified_diff(old_lines, new_lines, label_old, label_new))
    if not diff:  # same text, different bytes (line endings, encoding), or the same file
        why = "bytes differ" if old != new else "only the record of this file changes"
        diff = [f"--- {label_old}\n", f"+++ {label_new}\n", f"@@ {why} @@\n"]
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff
    )


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2); False when the OS cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return int(result) == 0


def _staging_name(out: Path, pid: int, kind: str) -> str:
    return f"{_TMP_PREFIX}{out.name}-{pid}-{kind}"


def recover(out: Path) -> None:
    """Undo what a killed run left: restore a parked previous tree, drop half-built ones.

    Only this output's own trees count: their names are exactly `_staging_name(out, pid,
    kind)`, so `out/sdk` never touches the trees of a sibling `out/sdk-async`, and a tree whose
    run is still alive (another generator writing the same output now) is left to it.
    """
    parent = out.parent
    if not parent.is_dir():
        return
    own = re.compile(rf"^{re.escape(_TMP_PREFIX + out.name)}-(\d+)-(new|old)$")
    for entry in sorted(parent.iterdir()):
        match = own.match(entry.name)
        if match is None or not entry.is_dir():
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and _alive(pid):
            continue
        if match.group(2) == "old" and not out.exists():
            os.rename(entry, out)
        else:
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists, owned by someone else
    return True


def _link_or_copy(src: str, dst: str) -> None:
    """A hard link where the file system allows one: carrying a kept `.git` or `.venv` over costs
    no copy, and the old tree's link goes when that tree is dropped."""
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _carry(out: Path, staging: Path, relative: str) -> None:
    """Put a path the generator leaves alone (`.sdkgenignore`) into the new tree as it is.

    `relative` was found by listing `out`, so each part is a real file name; links are copied
    as links, never followed, and nothing already in the new tree is replaced."""
    parts = relative.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise SpecError(Problem(f"refusing to keep {relative!r}: not a plain relative path", str(out)))
    source, target = out.joinpath(*parts), staging.joinpath(*parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    if os.path.lexists(target):
        raise SpecError(
            Problem(f"{relative} is listed in .sdkgenignore but the generator writes there too", str(out))
        )
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
    elif source.is_dir():
        shutil.copytree(source, target, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(str(source), str(target))


def write_tree(out: Path, files: dict[str, str], on_conflict: OnConflict = None) -> Plan:
    """Write the generator's `files` into `out`, keeping the maintainers' edits (`custom`).

    A conflict that `on_conflict` leaves open raises `custom.Conflicts` before anything is
    written."""
    from .custom import Conflicts, plan
    from .ignore import BUILTIN, IGNORE_FILE

    out = Path(os.path.abspath(out))
    recover(out)
    if out.exists() and not out.is_dir():
        raise SpecError(Problem("the output path exists and is not a directory", str(out)))
    # A fresh clone of the SDK's own repository (only `.git`) is as good as an empty directory.
    foreign = [p for p in out.iterdir() if p.name not in (*BUILTIN, IGNORE_FILE)] if out.is_dir() else []
    if foreign and not os.path.lexists(out / MARKER):
        raise SpecError(
            Problem(
                f"refusing to replace {out}: it is not empty and was not generated by sdkgen "
                f"(no {MARKER} record); remove it or choose another --out",
                str(out),
            )
        )
    planned = plan(out, files, on_conflict)
    blocking = planned.blocking(on_conflict)
    if blocking:
        raise Conflicts(blocking)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / _staging_name(out, os.getpid(), "new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        made: set[Path] = set()  # one mkdir per folder, not per file: the record doubles the files
        for path, data in sorted({**planned.tree, **planned.record_files()}.items()):
            target = safe_join(staging, path)
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            with open(target, "wb") as fh:
                fh.write(data)
        for path in planned.carried:
            _carry(out, staging, path)
        if not out.exists():
            os.rename(staging, out)
            return planned
        if _exchange(staging, out):
            shutil.rmtree(staging, ignore_errors=True)
            return planned
        parked = out.parent / _staging_name(out, os.getpid(), "old")
        os.rename(out, parked)
        os.rename(staging, out)
        shutil.rmtree(parked, ignore_errors=True)
        return planned
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
