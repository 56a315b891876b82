"""Stage 6, format: black, in process, cached by the hash of the unformatted text.

black's stable style changes only with its yearly major version, and the project pins one
major (`black>=26,<27`); the mode below pins everything else, so the output is the same on any
machine. Cache misses are formatted in parallel processes when there are enough of them to pay
for the pool.
"""

from __future__ import annotations

import functools
import os
import re
from importlib.metadata import version
from typing import TYPE_CHECKING

from . import cache
from .errors import Problem, SpecError
from .layout import keeps
from .workers import exit_with_parent

if TYPE_CHECKING:
    from black.mode import Mode

# A worker process costs an interpreter's start and black's import (about 0.3 s): below this many lines of
# black work, formatting in process is faster.
_PARALLEL_MIN_LINES = 4000
# Everything that decides black's output; importing black itself (~0.2 s) is left to misses.
_SALT = f"black {version('black')} target=py39 line_length=88 string_normalization magic_trailing_comma"


@functools.lru_cache(maxsize=1)
def _mode() -> Mode:
    from black.mode import Mode, TargetVersion

    return Mode(
        target_versions={TargetVersion.PY39},
        line_length=88,
        string_normalization=True,
        magic_trailing_comma=True,
    )


def _verify_stable(path: str, text: str) -> None:
    # Black's verdict on a text is cached like its output: the same runtime file, verified in
    # every test that generates, is checked once per black version.
    key = cache.digest(_SALT, text)
    formatted, error = cache.get_text("black", key), None
    if formatted is None:
        formatted, error = _format_one(text)
        if formatted is not None:
            cache.put_text("black", key, formatted)
    if formatted != text:
        import difflib

        diff = "".join(
            difflib.unified_diff(text.splitlines(True), (formatted or "").splitlines(True), path, "black")
        )
        raise SpecError(
            Problem(f"template output is not black-stable ({error or 'black changes it'}):\n{diff}", path)
        )


def _format_one(text: str) -> tuple[str | None, str | None]:
    import black

    try:
        return black.format_str(text, mode=_mode()), None
    except Exception as exc:  # black raises several unrelated types on bad input
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


_SINGLE_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'")


def needs_black(text: str, line_length: int = 88) -> bool:
    """Whether black could change a file the templates wrote.

    The templates write black's layout for everything they control, and the docstring filter
    lays docstrings out as black does; what they cannot foresee is a line of code that grows
    past the line length with the names and types of a spec. Docstring lines may be long (black
    leaves them alone), so only code lines count.
    """
    in_string = False
    for line in text.split("\n"):
        # `'"""'` (a value holding quotes, single-quoted as black wants) opens no docstring.
        quotes = _SINGLE_QUOTED.sub("", line).count('"""') if "'" in line else line.count('"""')
        # black counts East Asian wide characters (and emoji) as two columns: a non-ASCII line
        # is judged by the widest it could be.
        width = len(line) if line.isascii() else 2 * len(line)
        if not in_string and not quotes and (width > line_length or line.endswith((" ", "\t"))):
            if not keeps(line):
                return True
        if quotes % 2:
            in_string = not in_string
    return False


def _format_in_workers(texts: list[str], workers: int) -> list[tuple[str | None, str | None]]:
    """`_format_one` over `texts`, in `workers` fresh interpreters started with `subprocess`.

    Not a forked pool: by now the validator's pool runs a manager thread here, and a fork beside
    a running thread may deadlock the child (Python 3.12 warns). Not multiprocessing's spawn or
    fork server either: they import the caller's `__main__` again in every worker, which runs
    the command a second time in a script without a `__name__` guard. A worker reads its texts
    as JSON on stdin and writes the results as JSON on stdout; one that fails leaves its share
    to this process.
    """
    import json
    import subprocess
    import sys

    shares: list[list[int]] = [[] for _ in range(workers)]
    # The longest texts first, each to the share with the fewest lines so far.
    loads = [0] * workers
    for i in sorted(range(len(texts)), key=lambda i: -len(texts[i])):
        least = loads.index(min(loads))
        shares[least].append(i)
        loads[least] += texts[i].count("\n")
    package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])),
    }
    command = [sys.executable, "-c", "from generator.format import worker_main; worker_main()"]
    # Every worker starts before any is fed: their start-ups overlap.
    started = [
        (share, subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env))
        for share in shares
        if share
    ]
    for share, proc in started:
        assert proc.stdin is not None
        proc.stdin.write(json.dumps([texts[i] for i in share]).encode("ascii"))
        proc.stdin.close()
    results: list[tuple[str | None, str | None]] = [(None, None)] * len(texts)
    for share, proc in started:
        assert proc.stdout is not None
        output = proc.stdout.read()
        proc.stdout.close()
        answers = json.loads(output) if proc.wait() == 0 and output else None
        for n, i in enumerate(share):
            results[i] = (answers[n][0], answers[n][1]) if answers is not None else _format_one(texts[i])
    return results


def worker_main() -> None:
    """A formatting worker's whole life (see `_format_in_workers`)."""
    import json
    import sys

    exit_with_parent()
    texts = json.loads(sys.stdin.buffer.read())
    sys.stdout.write(json.dumps([_format_one(text) for text in texts]))


def format_files(
    files: dict[str, str],
    jobs: int | None = None,
    canonical: set[str] | frozenset[str] = frozenset(),
    formatted: set[str] | frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Format every `.py` file; other files get a single trailing newline.

    A file from a template that writes black's layout (`canonical`), and that has no code
    line the template could not lay out, is passed through without running black: on a cold
    run that is most files. Files in `formatted` are already black's layout (the static
    runtime, kept formatted in the repository) and are passed through as they are. `SDKGEN_VERIFY_FORMAT=1` (set by the test suite) runs
    black on those too and fails if it would have changed one, so the shortcut stays honest.
    """
    out: dict[str, str] = {}
    misses: list[tuple[str, str, str]] = []
    verify = bool(os.environ.get("SDKGEN_VERIFY_FORMAT"))
    for path, text in files.items():
        if not path.endswith(".py"):
            out[path] = text.rstrip("\n") + "\n" if text else ""
            continue
        if path in formatted or (path in canonical and not needs_black(text)):
            if verify:
                _verify_stable(path, text)
            out[path] = text
            continue
        key = cache.digest(_SALT, text)
        hit = cache.get_text("black", key)
        if hit is not None:
            out[path] = hit
        else:
            misses.append((path, key, text))
    if misses:
        workers = jobs if jobs is not None else (os.cpu_count() or 1)
        texts = [text for _, _, text in misses]
        if workers > 1 and sum(text.count("\n") for text in texts) >= _PARALLEL_MIN_LINES:
            results = _format_in_workers(texts, min(workers, 8))
        else:
            results = [_format_one(t) for t in texts]
        problems: list[Problem] = []
        for (path, key, _), (result, error) in zip(misses, results):
            if result is None:
                problems.append(
                    Problem(
                        f"generated code does not parse ({error}); a template produced invalid Python",
                        path,
                    )
                )
                continue
            cache.put_text("black", key, result)
            out[path] = result
        if problems:
            raise SpecError(problems)
    return {path: out[path] for path in files}
