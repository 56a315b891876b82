"""The pieces of custom code that survives regeneration: the per-file merge, the record, the
ignore file (the cycle through the CLI is tests/test_custom_code.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.ignore import Ignore, load_ignore
from generator.merge import Side, has_markers, merge, take_side
from generator.record import Entry, digest, load_record, record_files

BASE = b"a\nb\nc\nd\ne\nf\n"


def test_edits_on_separate_lines_merge_cleanly() -> None:
    merged = merge(BASE, b"a\nB\nc\nd\ne\nf\n", b"a\nb\nc\nd\nE\nf\n", "markers")
    assert merged.hunks == () and merged.data == b"a\nB\nc\nd\nE\nf\n"


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        ("edited", b"a\nb\nmine\nd\ne\nf\n"),
        ("generated", b"a\nb\ntheirs\nd\ne\nf\n"),
        (
            "markers",
            b"a\nb\n<<<<<<< edited (on disk)\nmine\n||||||| generated (previous)\nc\n=======\ntheirs\n"
            b">>>>>>> generated (new)\nd\ne\nf\n",
        ),
    ],
)
def test_a_conflict_takes_the_side_asked_for(side: Side, expected: bytes) -> None:
    merged = merge(BASE, b"a\nb\nmine\nd\ne\nf\n", b"a\nb\ntheirs\nd\ne\nf\n", side)
    assert merged.data == expected
    (hunk,) = merged.hunks
    assert (hunk.line, hunk.merged_line) == (3, 3)
    assert (hunk.base, hunk.edited, hunk.generated) == ((b"c\n",), (b"mine\n",), (b"theirs\n",))


def test_markers_can_be_taken_apart_again() -> None:
    edited, generated = b"x\na\nb\nmine\nd\n", b"a\nb\ntheirs\nd\ne\nf\n"
    marked = merge(BASE, edited, generated, "markers").data
    assert has_markers(marked) and not has_markers(BASE)
    assert take_side(marked, "edited") == merge(BASE, edited, generated, "edited").data
    assert take_side(marked, "generated") == merge(BASE, edited, generated, "generated").data
    half_resolved = marked.replace(b"=======\n", b"")
    assert take_side(half_resolved, "edited") is None


def test_lines_are_bytes_not_text() -> None:
    latin1 = b"caf\xe9\n"
    merged = merge(b"a\n" + BASE, latin1 + BASE, b"a\n" + BASE + b"g\n", "markers")
    assert merged.hunks == () and merged.data == latin1 + BASE + b"g\n"


def test_a_last_line_without_a_break_still_gets_its_own_marker_line() -> None:
    merged = merge(b"a\nb", b"a\nmine", b"a\ntheirs", "markers")
    assert b"mine\n||||||| generated (previous)\nb\n=======\ntheirs\n>>>>>>>" in merged.data


def _written(tmp_path: Path, entries: dict[str, Entry], objects: dict[str, bytes]) -> Path:
    out = tmp_path / "out"
    for path, data in record_files(entries, objects).items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    return out


def test_the_record_round_trips_and_is_deterministic(tmp_path: Path) -> None:
    gen, kept = b"generated\n", b"edited\n"
    entries = {
        "pkg/a.py": Entry(digest(gen)),
        "pkg/b.py": Entry(digest(gen), digest(kept)),
        "pkg/own.py": Entry(None, digest(kept)),
        "pkg/c.py": Entry(digest(gen), digest(kept), conflict=True),
    }
    objects = {digest(gen): gen, digest(kept): kept}
    files = record_files(entries, objects)
    assert files == record_files(dict(reversed(list(entries.items()))), objects)
    assert len([p for p in files if "/objects/" in p]) == 2, "one object per content"
    record = load_record(_written(tmp_path, entries, objects))
    assert record is not None and record.entries == entries
    assert record.content(digest(kept)) == kept


@pytest.mark.parametrize(
    "files",
    [
        '{"sdkgen-record": 1, "files": {"../x.py": {"generated": "%s"}}}',
        '{"sdkgen-record": 1, "files": {"a.py": {"generated": "nothex"}}}',
        '{"sdkgen-record": 1, "files": {"a.py": {}}}',
        '{"sdkgen-record": 1, "files": {"a.py": {"generated": "%s", "extra": 1}}}',
        '{"sdkgen-record": 2, "files": {}}',
        '{"sdkgen-record": 1, "files": {".sdkgen/record.json": {"generated": "%s"}}}',
        "<<<<<<< HEAD\n",
    ],
)
def test_a_damaged_record_is_refused(tmp_path: Path, files: str) -> None:
    out = tmp_path / "out"
    (out / ".sdkgen").mkdir(parents=True)
    (out / ".sdkgen" / "record.json").write_text(files.replace("%s", digest(b"")))
    with pytest.raises(SpecError, match="damaged"):
        load_record(out)


def test_ignore_patterns_follow_gitignore(tmp_path: Path) -> None:
    ignore = Ignore(["docs/", "*.log", "!keep.log", "/top.txt"])
    assert ignore("docs", is_dir=True) and ignore("docs/a/b.md") and not ignore("docs")
    assert ignore("a/x.log") and not ignore("keep.log")
    assert ignore("top.txt") and not ignore("sub/top.txt")
    assert ignore(".git", is_dir=True) and ignore("sub/.hg", is_dir=True), "another tool's repository"
    assert not ignore("pkg/module.py")
    assert load_ignore(tmp_path).lines == ()
