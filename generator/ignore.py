""".sdkgenignore: paths in the output tree that `generate` never writes or deletes, and `check` skips.

The file sits at the top of the output tree and uses gitignore syntax, matched by `pathspec` (the
library black and mypy use for the same job). Patterns are only ever tested against relative
paths found in the tree or produced by the generator; they never build a path, so a hostile
pattern can hide a file from the generator but cannot point it anywhere else.
"""

from __future__ import annotations

from pathlib import Path

import pathspec

from .errors import Problem, SpecError

IGNORE_FILE = ".sdkgenignore"
# Another tool's repository inside the output tree (an SDK published from its own repository is
# generated into its checkout): never the generator's to record, replace or delete.
BUILTIN = (".git", ".hg", ".svn")
_MAX_BYTES = 1 << 20


class Ignore:
    """Whether a relative path (posix, `/`-separated) is one the generator leaves alone."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = tuple(lines)
        self._spec = pathspec.GitIgnoreSpec.from_lines([*BUILTIN, *lines])

    def __call__(self, path: str, is_dir: bool = False) -> bool:
        # gitignore's `name/` patterns match directories only: a directory is asked with its slash.
        return bool(self._spec.match_file(path + "/" if is_dir else path))


def load_ignore(out: Path) -> Ignore:
    """The output tree's `.sdkgenignore` (none: only the built-in repository folders)."""
    path = out / IGNORE_FILE
    if path.is_symlink():
        raise SpecError(
            Problem(f"{IGNORE_FILE} is a symbolic link: the generator does not follow it", str(path))
        )
    if not path.is_file():
        return Ignore([])
    data = path.read_bytes()
    if len(data) > _MAX_BYTES:
        raise SpecError(Problem(f"{IGNORE_FILE} is larger than {_MAX_BYTES} bytes", str(path)))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(Problem(f"{IGNORE_FILE} is not UTF-8 ({exc.reason})", str(path))) from None
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        try:
            pathspec.GitIgnoreSpec.from_lines([line])
        except ValueError:  # pathspec's pattern errors derive from it
            raise SpecError(Problem(f"not a gitignore pattern: {line!r}", str(path), line=number)) from None
    return Ignore(lines)
