"""The CLI contract: generate, check (0 in sync, 1 drift + diff, 2 bad input), bad input safety."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from generator.write import read_tree

SPEC = ROOT / "spec" / "magic-hour.openapi.yaml"
CONFIG = ROOT / "spec" / "sdk.yaml"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "generated"
    result = run_cli("generate", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def _copy(tree: Path, tmp_path: Path) -> Path:
    target = tmp_path / "generated"
    shutil.copytree(tree, target)
    return target


@pytest.mark.parametrize(
    "out, install",
    [("sdk", "./sdk"), ("clients/python sdk", "'./clients/python sdk'"), ("ABSOLUTE", "./generated")],
)
def test_readme_installs_from_where_the_sdk_was_written(tmp_path: Path, out: str, install: str) -> None:
    target = str(tmp_path / "generated") if out == "ABSOLUTE" else out
    result = run_cli("generate", "--spec", str(SPEC), "--config", str(CONFIG), "--out", target, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / target
    assert f"\npip install {install}\n" in (written / "README.md").read_text(encoding="utf-8")
    # The runtime imports anyio (jobs, uploads, async retries): the package depends on it.
    assert '"anyio>=' in (written / "pyproject.toml").read_text(encoding="utf-8")
    assert (
        run_cli(
            "check", "--spec", str(SPEC), "--config", str(CONFIG), "--out", target, cwd=tmp_path
        ).returncode
        == 0
    )


def test_generate_twice_is_byte_identical(generated: Path, tmp_path: Path) -> None:
    # Into a directory of the same name: the README says `pip install ./generated`.
    again = tmp_path / "again" / "generated"
    result = run_cli("generate", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(again))
    assert result.returncode == 0, result.stderr
    assert read_tree(again) == read_tree(generated)


def test_committed_generated_tree_is_in_sync() -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_passes_on_fresh_output(generated: Path) -> None:
    result = run_cli("check", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(generated))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_check_reports_hand_edit_with_unified_diff(generated: Path, tmp_path: Path) -> None:
    out = _copy(generated, tmp_path)
    client = out / "magic_hour" / "_client.py"
    client.write_text(client.read_text().replace("DEFAULT_MAX_RETRIES = 2", "DEFAULT_MAX_RETRIES = 5"))
    (out / "magic_hour" / "stray.py").write_text("x = 1\n")
    (out / "README.md").unlink()
    result = run_cli("check", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 1
    assert "--- a/magic_hour/_client.py" in result.stdout
    assert "+++ b/magic_hour/_client.py" in result.stdout
    assert "-DEFAULT_MAX_RETRIES = 5" in result.stdout and "+DEFAULT_MAX_RETRIES = 2" in result.stdout
    assert "--- a/magic_hour/stray.py" in result.stdout and "+++ /dev/null" in result.stdout
    assert "--- /dev/null" in result.stdout and "+++ b/README.md" in result.stdout
    assert "3 file(s) differ" in result.stderr


def test_check_reports_template_edit(generated: Path, tmp_path: Path) -> None:
    overrides = tmp_path / "templates" / "package"
    overrides.mkdir(parents=True)
    original = (ROOT / "templates" / "package" / "environment.py.jinja").read_text()
    (overrides / "environment.py.jinja").write_text(original.replace("A named base URL", "A base URL"))
    result = run_cli(
        "check",
        "--spec",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--out",
        str(generated),
        "--templates",
        str(tmp_path / "templates"),
    )
    assert result.returncode == 1
    assert '-    """A named base URL' in result.stdout and '+    """A base URL' in result.stdout


def test_check_ignores_tool_caches(generated: Path, tmp_path: Path) -> None:
    out = _copy(generated, tmp_path)
    (out / "magic_hour" / "__pycache__").mkdir(exist_ok=True)
    (out / "magic_hour" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (out / ".mypy_cache").mkdir()
    result = run_cli("check", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 0, result.stdout


BAD_INPUTS = {
    "missing file": (None, "cannot read the file"),
    "invalid YAML": ("openapi: 3.0.3\ninfo: [unclosed\n", "invalid YAML"),
    "invalid OpenAPI": (
        "openapi: 3.0.3\ninfo:\n  title: x\npaths: {}\n",
        "(/info): ",
    ),
    "ref to nothing": (
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Missing'}\n",
        "points to nothing",
    ),
    "not a mapping": ("- just\n- a list\n", "must be a mapping"),
    "swagger 2": (
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        "Swagger 2.0 is not supported",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_exits_2_and_leaves_output_untouched(case: str, generated: Path, tmp_path: Path) -> None:
    out = _copy(generated, tmp_path)
    before = read_tree(out)
    text, expected = BAD_INPUTS[case]
    spec = tmp_path / "spec.yaml"
    if text is not None:
        spec.write_text(text)
    for command in ("generate", "check"):
        result = run_cli(command, "--spec", str(spec), "--config", str(CONFIG), "--out", str(out))
        assert result.returncode == 2, (command, result.stderr)
        assert "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert lines, result.stderr
        assert expected in result.stderr
        assert str(spec) in lines[0], "the message names the file"
    assert read_tree(out) == before
    assert not list(tmp_path.glob(".sdkgen-*")), "no staging directory is left behind"


def test_error_locations_carry_line_and_pointer(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(BAD_INPUTS["ref to nothing"][0])
    result = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"{spec}:11 (/paths/~1a/get/responses/200/content/application~1json/schema)" in result.stderr
    invalid = tmp_path / "bad.yaml"
    invalid.write_text(BAD_INPUTS["invalid YAML"][0])
    result = run_cli("generate", "--spec", str(invalid), "--out", str(tmp_path / "out"))
    assert f"{invalid}:3" in result.stderr or f"{invalid}:2" in result.stderr


def test_bad_config_is_exit_2_with_location(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text("package: magic_hour\nclients:\n  synk: Client\n")
    result = run_cli("generate", "--spec", str(SPEC), "--config", str(config), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "unknown key 'synk'" in result.stderr and "/clients/synk" in result.stderr


def test_refuses_to_replace_a_directory_it_did_not_generate(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    result = run_cli("generate", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(precious))
    assert result.returncode == 2
    assert "not generated by sdkgen" in result.stderr
    assert (precious / "notes.txt").read_text() == "keep me"


def test_usage_errors_exit_2() -> None:
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("generate", "--no-such-flag").returncode == 2


def test_frame_cost_warning_names_the_pointer(generated: Path) -> None:
    result = run_cli("check", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(generated))
    assert "warning:" in result.stderr
    assert "required property 'frame_cost' has no definition" in result.stderr
    assert (
        "/paths/~1v1~1ai-clothes-changer/post/responses/200/content/application~1json/schema/required"
        in result.stderr
    )


def test_a_warning_repeated_across_the_spec_is_one_line(tmp_path: Path) -> None:
    ops = "".join(f"""
  /things{i}:
    get:
      operationId: getThing{i}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [cost]
                properties:
                  id: {{type: string}}
""" for i in range(3))
    spec = tmp_path / "api.yaml"
    spec.write_text(f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:{ops}")
    result = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert f"{spec}:14 (/paths/~1things0/get/" in warnings[0]
    assert warnings[0].endswith("(also at lines 28, 42)"), warnings[0]


def test_servers_the_sdk_cannot_default_to(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text("""openapi: 3.0.3
info: {title: Servers, version: '1'}
servers:
  - url: /api/v3
  - url: https://{tenant}.example.com
paths:
  /things:
    get:
      operationId: listThings
      servers: [{url: /v2}]
      responses:
        '204': {description: done}
""")
    out = tmp_path / "out"
    result = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (
        f"warning: {spec}:5 (/servers/1/url): server URL 'https://{{tenant}}.example.com' uses {{tenant}}, "
        "which its `variables` do not define" in result.stderr
    )
    assert (
        f"warning: {spec}:10 (/paths/~1things/get/servers): none of these servers has an absolute URL"
        in result.stderr
    )
    # A relative server names no host: the client defaults to loopback and takes `base_url=`.
    probe = "import servers; servers.Client(); print(list(servers.Environment))"
    imported = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=out,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(out)},
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "[<Environment.LOCAL: 'http://127.0.0.1'>]"


def test_compiled_templates_live_in_the_users_cache_not_in_the_package(tmp_path: Path) -> None:
    stale = ROOT / "generator" / "__pycache__" / "templates"
    shutil.rmtree(stale, ignore_errors=True)
    env = {"XDG_CACHE_HOME": str(tmp_path / "user"), "SDKGEN_CACHE_DIR": str(tmp_path / "inputs")}
    result = run_cli(
        "generate", "--spec", str(SPEC), "--config", str(CONFIG), "--out", str(tmp_path / "o"), env=env
    )
    assert result.returncode == 0, result.stderr
    assert any((tmp_path / "user" / "sdkgen" / "jinja").iterdir())
    # Moving the input caches elsewhere does not start the compiled templates over.
    assert not (tmp_path / "inputs" / "jinja").exists()
    assert not stale.exists()
