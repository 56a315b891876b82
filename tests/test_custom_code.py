"""Custom code that survives regeneration, end to end through the CLI (docs/custom-code.md).

The small API of tests/custom_code/ changes from v1 to v2: a new operation (`pets.create`), a
reworded description (`pets.get`), and `/legacy/ping` removed with its module. Maintainers edit
the v1 output (methods in the sync and the async class of a resource, a changed line, a module
of their own), then regenerate from v2.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from generator.write import read_tree
from test_write import kill_after

SPECS = Path(__file__).parent / "custom_code"
V1, V2 = SPECS / "v1.yaml", SPECS / "v2.yaml"
RESOURCE = "pets/resources/pets.py"
PING = "pets/resources/legacy/ping.py"
SYNC_HELPER = '''
    def names(self) -> typing.List[str]:
        """Custom: the name of every pet."""
        return [pet.name for pet in self.list()]
'''
ASYNC_HELPER = '''
    async def names(self) -> typing.List[str]:
        """Custom: the name of every pet."""
        return [pet.name for pet in await self.list()]
'''
OWN_MODULE = '"""Custom: a module of the maintainers\' own."""\n\nGREETING = "hello"\n'
GET_LINE = "        Look a pet up by its id.\n"  # v2 rewords it
EDITED_GET_LINE = "        Look a pet up by its id (a UUID).\n"


def generate(out: Path, spec: Path = V1, *flags: str) -> subprocess.CompletedProcess[str]:
    return run_cli("generate", "--spec", str(spec), "--out", str(out), *flags)


def check(out: Path, spec: Path = V1) -> subprocess.CompletedProcess[str]:
    return run_cli("check", "--spec", str(spec), "--out", str(out))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("v1") / "sdk"
    result = generate(out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def sdk(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy of the v1 output."""
    out = tmp_path / "sdk"
    shutil.copytree(pristine, out, symlinks=True)
    return out


def edit(out: Path, path: str, old: str, new: str, count: int = 1) -> None:
    target = out / path
    text = target.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {path}"
    target.write_text(text.replace(old, new, count), encoding="utf-8")


def add_helpers(out: Path) -> None:
    """A method in each class of the resource (sync and async) and a changed line in each."""
    target = out / RESOURCE
    text = target.read_text(encoding="utf-8")
    init = "        self._core = core\n"
    first = text.index(init) + len(init)
    second = text.index(init, first) + len(init)
    text = text[:first] + SYNC_HELPER + text[first:second] + ASYNC_HELPER + text[second:]
    assert text.count('"""List pets\n') == 2
    text = text.replace('"""List pets\n', '"""List pets, every one of them\n')
    target.write_text(text, encoding="utf-8")


def outside_record(out: Path) -> dict[str, bytes]:
    return {p: d for p, d in read_tree(out).items() if not p.startswith(".sdkgen/")}


def record(out: Path) -> dict[str, dict[str, object]]:
    files: dict[str, dict[str, object]] = json.loads((out / ".sdkgen" / "record.json").read_text())["files"]
    return files


# --- edit -> spec change -> regenerate -> edit kept ----------------------------------------------


def test_edits_survive_a_spec_change(sdk: Path) -> None:
    add_helpers(sdk)
    (sdk / "pets" / "greetings.py").write_text(OWN_MODULE)
    result = generate(sdk, V2)
    assert result.returncode == 0, result.stderr
    assert "custom code kept in 2" in result.stderr

    text = (sdk / RESOURCE).read_text()
    assert SYNC_HELPER in text and ASYNC_HELPER in text, "the helpers stay, in their classes"
    assert text.count('"""List pets, every one of them\n') == 2, "the changed lines stay"
    assert "    def create(" in text and "    async def create(" in text, "the new operation appears"
    assert text.count("Look a pet up by the id that create returned.") == 2, "the spec's change lands"
    assert (sdk / "pets" / "greetings.py").read_text() == OWN_MODULE
    assert not (sdk / PING).exists(), "the unedited module of the removed operation goes"

    entries = record(sdk)
    assert set(entries[RESOURCE]) == {"generated", "kept"}
    assert set(entries["pets/greetings.py"]) == {"kept"}

    # The merged module works: both helpers call the generated code, the new operation is there.
    probe = """
import asyncio, httpx, pets
def handler(request):
    return httpx.Response(200, json=[{"id": "1", "name": "Rex"}])
sync = pets.Client(base_url="http://x", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
aio = pets.AsyncClient(base_url="http://x", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
print(sync.pets.names(), asyncio.run(aio.pets.names()), callable(sync.pets.create), callable(aio.pets.create))
from pets.greetings import GREETING
print(GREETING)
"""
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(sdk)},
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split("\n")[:2] == ["['Rex'] ['Rex'] True True", "hello"]

    again = check(sdk, V2)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "custom edits in 2 file(s)" in again.stderr


def test_a_generated_file_deleted_by_hand_comes_back(sdk: Path) -> None:
    (sdk / "pets" / "environment.py").unlink()
    assert check(sdk).returncode == 1
    assert generate(sdk).returncode == 0
    assert (sdk / "pets" / "environment.py").is_file()
    assert check(sdk).returncode == 0


# --- an edited file that the new output drops ----------------------------------------------------


def test_an_edited_file_the_new_output_drops_stops_the_run(sdk: Path) -> None:
    edit(sdk, PING, '"""Ping\n', '"""Ping (custom: still used by the health checks)\n')
    before = read_tree(sdk)
    result = generate(sdk, V2)
    assert result.returncode == 1
    assert f"conflict: {sdk / PING}: edited here, and the new output no longer generates this file" in (
        result.stderr
    )
    assert '+        """Ping (custom: still used by the health checks)' in result.stderr, "the edit is shown"
    assert read_tree(sdk) == before, "nothing was written"


@pytest.mark.parametrize("side", ["edited", "markers", "generated"])
def test_an_edited_file_the_new_output_drops_is_kept_or_removed(sdk: Path, side: str) -> None:
    edit(sdk, PING, '"""Ping\n', '"""Ping (custom: still used by the health checks)\n')
    result = generate(sdk, V2, "--on-conflict", side)
    assert result.returncode == 0, result.stderr
    assert not (sdk / "docs" / "legacy" / "ping.md").exists(), "its unedited docs page goes"
    if side == "generated":
        assert not (sdk / PING).exists()
        assert (
            f"warning: {sdk / PING}: edited here, and the new output no longer generates this file; removed"
            in (result.stderr)
        )
        assert PING not in record(sdk)
    else:  # kept whole, as a file of the maintainers' own; markers could only ask yes or no
        assert "custom: still used by the health checks" in (sdk / PING).read_text()
        assert "<<<<<<<" not in (sdk / PING).read_text()
        assert "kept as a file of your own" in result.stderr
        assert set(record(sdk)[PING]) == {"kept"}
    assert check(sdk, V2).returncode == 0


# --- conflicts ----------------------------------------------------------------------------------


def _conflicted(sdk: Path) -> None:
    """An edit of the line that v2 rewords, in the sync class only."""
    edit(sdk, RESOURCE, GET_LINE, EDITED_GET_LINE)
    add_helpers(sdk)


def test_a_conflict_stops_writes_nothing_and_prints_each_hunk(sdk: Path, tmp_path: Path) -> None:
    _conflicted(sdk)
    line = (sdk / RESOURCE).read_text().splitlines().index(EDITED_GET_LINE.rstrip("\n")) + 1
    before = read_tree(sdk)
    result = generate(sdk, V2)
    assert result.returncode == 1
    assert read_tree(sdk) == before, "nothing at all changed, not even the record"
    assert not list(tmp_path.glob(".sdkgen-*")), "no staging tree is left behind"
    lines = result.stderr.splitlines()
    at = lines.index(f"conflict: {sdk / RESOURCE}:{line}: edited here and changed by the new output")
    assert lines[at + 1 : at + 8] == [
        "    <<<<<<< edited (on disk)",
        "    " + EDITED_GET_LINE.rstrip("\n"),
        "    ||||||| generated (previous)",
        "    " + GET_LINE.rstrip("\n"),
        "    =======",
        "            Look a pet up by the id that create returned.",
        "    >>>>>>> generated (new)",
    ]
    assert "generate stopped on 1 conflict(s) in 1 file(s) and wrote nothing" in result.stderr
    assert "--on-conflict" in result.stderr
    # check says the same before anyone runs generate
    checked = check(sdk, V2)
    assert checked.returncode == 1
    assert "(generate will stop here: see --on-conflict)" in checked.stderr


@pytest.mark.parametrize("side", ["generated", "edited"])
def test_on_conflict_keeps_one_side_of_each_conflicting_hunk(sdk: Path, side: str) -> None:
    _conflicted(sdk)
    result = generate(sdk, V2, "--on-conflict", side)
    assert result.returncode == 0, result.stderr
    text = (sdk / RESOURCE).read_text()
    assert "<<<<<<<" not in text
    assert SYNC_HELPER in text and ASYNC_HELPER in text and "    def create(" in text, "clean hunks merge"
    if side == "edited":
        assert EDITED_GET_LINE in text and "keep" in result.stderr and "your edited side" in result.stderr
    else:
        assert EDITED_GET_LINE not in text and "the generated side" in result.stderr
    # The async class had no conflict: it gets the new wording either way.
    assert text.count("Look a pet up by the id that create returned.") == (1 if side == "edited" else 2)
    assert check(sdk, V2).returncode == 0


def test_conflict_markers_then_a_resolution_by_hand(sdk: Path) -> None:
    _conflicted(sdk)
    result = generate(sdk, V2, "--on-conflict", "markers")
    assert result.returncode == 1, "the tree is written, but it is not finished"
    text = (sdk / RESOURCE).read_text()
    start = text.splitlines().index("<<<<<<< edited (on disk)") + 1
    assert (
        f"conflict: {sdk / RESOURCE}:{start}: edited here and changed by the new output; conflict markers written"
        in (result.stderr)
    )
    assert "    def create(" in text, "everything that merged cleanly is in"
    assert set(record(sdk)[RESOURCE]) == {"generated", "kept", "conflict"}

    # Until the markers are gone, check fails and generate refuses to record them as an edit.
    checked = check(sdk, V2)
    assert checked.returncode == 1 and "conflict markers are still in it" in checked.stderr
    before = read_tree(sdk)
    again = generate(sdk, V2)
    assert again.returncode == 1 and "are still in it" in again.stderr
    assert read_tree(sdk) == before
    again = generate(sdk, V2, "--on-conflict", "markers")
    assert (
        again.returncode == 1
        and "conflict markers from `generate --on-conflict markers` are still in it" in (again.stderr)
    )
    assert read_tree(sdk) == before, "a file still holding markers is left as it is, record and all"

    # Resolved by hand: the next generate records the result as the edit, and it stays.
    block = text[text.index("<<<<<<< edited") : text.index(">>>>>>> generated (new)\n") + 24]
    resolved = "        Look a pet up by the id that create returned (a UUID).\n"
    (sdk / RESOURCE).write_text(text.replace(block, resolved))
    assert check(sdk, V2).returncode == 1, "a resolution is an edit that no generate has recorded yet"
    done = generate(sdk, V2)
    assert done.returncode == 0, done.stderr
    assert resolved in (sdk / RESOURCE).read_text()
    assert set(record(sdk)[RESOURCE]) == {"generated", "kept"}
    assert check(sdk, V2).returncode == 0


@pytest.mark.parametrize("side", ["generated", "edited"])
def test_markers_left_in_place_can_still_take_one_side(sdk: Path, side: str) -> None:
    _conflicted(sdk)
    assert generate(sdk, V2, "--on-conflict", "markers").returncode == 1
    result = generate(sdk, V2, "--on-conflict", side)
    assert result.returncode == 0, result.stderr
    text = (sdk / RESOURCE).read_text()
    assert "<<<<<<<" not in text and "=======" not in text
    assert (EDITED_GET_LINE in text) == (side == "edited")
    assert check(sdk, V2).returncode == 0


def test_a_file_of_yours_where_the_generator_now_writes_one(sdk: Path) -> None:
    params = sdk / "pets" / "types" / "params" / "pets_create_body.py"
    params.write_text("# custom: my own create body\n")
    assert generate(sdk).returncode == 0, "recorded as a file of the maintainers' own"
    result = generate(sdk, V2)
    assert result.returncode == 1
    assert f"conflict: {params}:1: a file of yours where the new output now generates one" in result.stderr
    assert generate(sdk, V2, "--on-conflict", "generated").returncode == 0
    assert "class PetsCreateBody" in params.read_text()


# --- check: clean, recorded edits, unrecorded edits, spec drift -----------------------------------


def test_check_in_each_state(sdk: Path) -> None:
    clean = check(sdk)
    assert clean.returncode == 0 and clean.stdout == "", clean.stdout + clean.stderr

    add_helpers(sdk)
    unrecorded = check(sdk)
    assert unrecorded.returncode == 1
    assert "unrecorded edits:" in unrecorded.stderr and "spec drift" not in unrecorded.stderr
    assert f"--- a/{RESOURCE}" in unrecorded.stdout and "-    def names(self)" in unrecorded.stdout

    assert generate(sdk).returncode == 0  # records the edits
    recorded = check(sdk)
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert recorded.stdout == "" and "custom edits in 1 file(s)" in recorded.stderr

    drift = check(sdk, V2)
    assert drift.returncode == 1
    assert "spec drift:" in drift.stderr and "unrecorded" not in drift.stderr
    assert "+    def create(" in drift.stdout, "the diff is what generate would change"
    assert "def names" not in drift.stdout, "recorded edits are not drift"

    edit(sdk, RESOURCE, "Custom: the name of every pet.", "Custom: every pet's name.")
    both = check(sdk, V2)
    assert both.returncode == 1
    assert "spec drift:" in both.stderr and "unrecorded edits:" in both.stderr


def test_check_on_a_damaged_record(sdk: Path) -> None:
    objects = sorted((sdk / ".sdkgen" / "objects").rglob("*"))
    stray = sdk / ".sdkgen" / "objects" / "00" / ("0" * 62)
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"x")
    result = check(sdk)
    assert result.returncode == 1 and "spec drift" in result.stderr, "generate would drop the stray object"
    stray.unlink()
    next(p for p in objects if p.is_file()).write_bytes(b"tampered\n")
    assert check(sdk).returncode == 1


# --- .sdkgenignore ------------------------------------------------------------------------------


def test_sdkgenignore_paths_are_never_written_deleted_or_checked(sdk: Path, tmp_path: Path) -> None:
    (sdk / ".sdkgenignore").write_text(
        "# kept exactly as they are\npets/_client.py\ndocs/\nnotes/\n../outside.txt\n/etc/passwd\n"
    )
    edit(sdk, "pets/_client.py", '"""', '"""Custom: our own client. ', 1)
    client_before = (sdk / "pets" / "_client.py").read_bytes()
    (sdk / "notes").mkdir()
    (sdk / "notes" / "todo.txt").write_text("custom notes\n")
    (sdk / "notes" / "link").symlink_to(tmp_path / "elsewhere")
    (sdk / ".git").mkdir()  # a repository of the SDK's own: never touched, ignored or not
    (sdk / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (sdk / ".git" / "refs").mkdir()

    result = generate(sdk, V2)
    assert result.returncode == 0, result.stderr
    assert (sdk / "pets" / "_client.py").read_bytes() == client_before, "v2 changes it, but it is ignored"
    assert (sdk / "docs" / "legacy" / "ping.md").is_file(), "an ignored folder keeps what v2 drops"
    assert (sdk / "notes" / "todo.txt").read_text() == "custom notes\n"
    assert os.readlink(sdk / "notes" / "link") == str(tmp_path / "elsewhere"), "a link stays a link"
    assert not (tmp_path / "elsewhere").exists() and not (tmp_path / "outside.txt").exists()
    assert (sdk / ".git" / "HEAD").is_file() and (sdk / ".git" / "refs").is_dir()
    entries = record(sdk)
    assert not [p for p in entries if p.startswith(("pets/_client.py", "docs/", "notes/", ".git"))]
    assert ".sdkgenignore" not in entries
    assert "    def create(" in (sdk / RESOURCE).read_text(), "the rest is generated as usual"
    assert check(sdk, V2).returncode == 0


def test_a_bad_sdkgenignore_is_bad_input(sdk: Path) -> None:
    (sdk / ".sdkgenignore").write_text("docs/\n!\n")
    before = read_tree(sdk)
    for command in (generate, check):
        result = command(sdk, V2)
        assert result.returncode == 2
        assert f"error: {sdk / '.sdkgenignore'}:2 (#): not a gitignore pattern: '!'" in result.stderr
    assert read_tree(sdk) == before


# --- determinism, atomicity, hostile trees -----------------------------------------------------


def test_same_inputs_and_edits_give_the_same_bytes(pristine: Path, tmp_path: Path) -> None:
    trees = []
    for name in ("one", "two"):
        # The same directory name: the SDK's README says where it was written (`pip install ./sdk`).
        out = tmp_path / name / "sdk"
        shutil.copytree(pristine, out)
        add_helpers(out)
        (out / "pets" / "greetings.py").write_text(OWN_MODULE)
        assert generate(out, V2).returncode == 0
        trees.append(read_tree(out))
    assert trees[0] == trees[1]
    fresh = tmp_path / "fresh" / "sdk"
    assert generate(fresh).returncode == 0
    assert read_tree(fresh) == read_tree(pristine), "the record is the same bytes run to run"


def test_sigkill_mid_write_with_custom_edits_leaves_a_whole_tree(tmp_path: Path) -> None:
    """Kill a regeneration that merges edits at many points: the tree is always the old one with
    its recorded edits, or the whole new one with the edits merged in; `check` says so."""
    spec, config = ROOT / "spec" / "magic-hour.openapi.yaml", ROOT / "spec" / "sdk.yaml"
    out = tmp_path / "generated"
    assert (
        run_cli("generate", "--spec", str(spec), "--config", str(config), "--out", str(out)).returncode == 0
    )
    resource = out / "magic_hour" / "resources" / "v1" / "image_projects.py"
    helper = "\n    def custom_helper(self) -> int:\n        return 42\n"
    text = resource.read_text()
    init = "        self._core = core\n"
    resource.write_text(text.replace(init, init + helper, 1))
    assert (
        run_cli("generate", "--spec", str(spec), "--config", str(config), "--out", str(out)).returncode == 0
    )
    before = read_tree(out)
    changed = tmp_path / "spec.yaml"
    changed.write_text(spec.read_text().replace("AI Image Generator", "AI Image Maker"))
    for delay in (0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.3, 1.8):
        kill_after(delay, "generate", "--spec", str(changed), "--config", str(config), "--out", str(out))
        after = read_tree(out)
        assert helper in resource.read_text(), f"killed after {delay}s: the edit is gone"
        if after != before:
            assert "AI Image Maker" in (out / "README.md").read_text()
            result = run_cli("check", "--spec", str(changed), "--config", str(config), "--out", str(out))
            assert result.returncode == 0, result.stdout + result.stderr
            return
    assert run_cli("check", "--spec", str(spec), "--config", str(config), "--out", str(out)).returncode == 0


def test_a_hostile_record_cannot_send_writes_elsewhere(sdk: Path, tmp_path: Path) -> None:
    record_json = sdk / ".sdkgen" / "record.json"
    document = json.loads(record_json.read_text())
    digest = document["files"][RESOURCE]["generated"]
    for hostile in ("../escape.py", "/tmp/escape.py", "a/../../escape.py", ".sdkgen/objects/x"):
        document["files"] = {**document["files"], hostile: {"generated": digest}}
        record_json.write_text(json.dumps(document))
        before = read_tree(sdk)
        result = generate(sdk, V2)
        assert result.returncode == 2, hostile
        assert "the record of generated files is damaged" in result.stderr or "refusing" in result.stderr
        assert read_tree(sdk) == before
        del document["files"][hostile]
    assert not (tmp_path / "escape.py").exists() and not Path("/tmp/escape.py").exists()


def test_a_tampered_base_is_refused(sdk: Path) -> None:
    digest = record(sdk)[RESOURCE]["generated"]
    assert isinstance(digest, str)
    (sdk / ".sdkgen" / "objects" / digest[:2] / digest[2:]).write_text("import os\n")
    add_helpers(sdk)  # the edit makes the merge read the stored base
    result = generate(sdk, V2)
    assert result.returncode == 2
    assert "does not have that SHA-256" in result.stderr


def test_links_in_the_tree_are_not_followed(sdk: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("s3cr3t-7f1e\n")
    (sdk / "pets" / "leak.py").symlink_to(secret)
    result = generate(sdk, V2)
    assert result.returncode == 2
    assert "pets/leak.py is a symbolic link" in result.stderr and ".sdkgenignore" in result.stderr
    assert secret.read_text() == "s3cr3t-7f1e\n"
    assert not any(b"s3cr3t-7f1e" in data for data in read_tree(sdk / ".sdkgen").values())
    (sdk / "pets" / "leak.py").unlink()
    # Nor are the generator's own files when they are links.
    (sdk / ".sdkgenignore").symlink_to(secret)
    result = generate(sdk, V2)
    assert result.returncode == 2 and ".sdkgenignore is a symbolic link" in result.stderr
    (sdk / ".sdkgenignore").unlink()
    shutil.move(sdk / ".sdkgen", tmp_path / "record")
    (sdk / ".sdkgen").symlink_to(tmp_path / "record")
    result = generate(sdk, V2)
    assert result.returncode == 2 and ".sdkgen is a symbolic link" in result.stderr


def test_hostile_text_in_an_edit_is_printed_escaped(sdk: Path) -> None:
    edit(sdk, RESOURCE, GET_LINE, "        Look \x1b[2J\x1b]0;pwned\x07 up.\n")
    result = generate(sdk, V2)
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\\x1b[2J\\x1b]0;pwned\\x07" in result.stderr


def test_an_output_from_before_records_is_migrated(sdk: Path) -> None:
    shutil.rmtree(sdk / ".sdkgen")
    (sdk / ".sdkgen").write_text("This directory is generated by sdkgen; do not edit it by hand.\n")
    assert check(sdk).returncode == 1, "no record yet"
    result = generate(sdk, V2)
    assert result.returncode == 0, result.stderr
    assert "kept no record of its output" in result.stderr
    assert (sdk / ".sdkgen" / "record.json").is_file()
    assert check(sdk, V2).returncode == 0
