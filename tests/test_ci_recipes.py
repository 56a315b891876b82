"""The CI recipes of docs/ci.md (docs/ci/*.y*ml): valid YAML, the same text as the page shows,
every `python -m generator ...` command accepted by the real CLI parser, and the commands
behaving as documented when run here (check: 0 in sync; diff: 1 on breaking changes)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from generator.cli import _parser
from generator.load import parse_text

GITHUB = ROOT / "docs" / "ci" / "github-actions.yml"
PRE_COMMIT = ROOT / "docs" / "ci" / "pre-commit-config.yaml"
HISTORY = ROOT / "spec" / "history" / "magic-hour-go-docs.openapi.yaml"
OLD = "/tmp/old.yaml"
"""Where the recipes put the spec from origin/main; the tests use spec/history instead."""
EXPECTED_EXIT = {"check": 0, "diff": 1}
"""As README.md documents: the committed tree is in sync; history -> current is breaking."""


def _load(path: Path) -> dict:
    data = parse_text(path.read_text(encoding="utf-8"), str(path))
    assert isinstance(data, dict)
    return data


def _shell_texts(path: Path) -> list[str]:
    """The shell text each recipe runs: GitHub steps' `run`, pre-commit hooks' `entry`."""
    data = _load(path)
    if path == GITHUB:
        assert set(data["on"]) == {"pull_request", "push"}
        return [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]
    [repo] = data["repos"]
    assert repo["repo"] == "local"
    for hook in repo["hooks"]:
        assert {"id", "name", "entry", "language"} <= set(hook) and hook["language"] == "system"
        assert hook["pass_filenames"] is False
    return [hook["entry"] for hook in repo["hooks"]]


def _commands(text: str) -> list[list[str]]:
    """Simple commands of a shell text: split at `|`, `&&`, `;`, newlines; `bash -c` unwrapped;
    redirections dropped."""
    commands: list[list[str]] = []
    for line in text.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        current: list[str] = []
        tokens = list(lexer)
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token in ("|", "&&", "||", ";"):
                commands.append(current)
                current = []
            elif token in (">", ">>", "<"):
                i += 1  # skip the redirection target
            else:
                current.append(token)
            i += 1
        commands.append(current)
    out: list[list[str]] = []
    for command in commands:
        if command[:2] == ["bash", "-c"]:
            out.extend(_commands(command[2]))
        elif command:
            out.append(command)
    return out


def _generator_commands(path: Path) -> list[list[str]]:
    found = [
        c for text in _shell_texts(path) for c in _commands(text) if c[:3] == ["python", "-m", "generator"]
    ]
    assert found, f"{path} runs no `python -m generator` command"
    return [c[3:] for c in found]


@pytest.mark.parametrize("path", [GITHUB, PRE_COMMIT], ids=lambda p: p.name)
def test_recipe_is_in_the_docs_verbatim(path: Path) -> None:
    readme = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```$", readme, re.MULTILINE | re.DOTALL)
    assert path.read_text(encoding="utf-8") in blocks


@pytest.mark.parametrize("path", [GITHUB, PRE_COMMIT], ids=lambda p: p.name)
def test_every_generator_command_parses(path: Path) -> None:
    subcommands = set()
    for argv in _generator_commands(path):
        try:
            args = _parser().parse_args(argv)
        except SystemExit as exc:  # argparse rejects unknown subcommands and flags
            pytest.fail(
                f"{path.name}: `python -m generator {shlex.join(argv)}` is not a valid command ({exc})"
            )
        subcommands.add(args.command)
    assert subcommands == {"check", "diff"}


def test_the_commands_parser_catches_typos() -> None:
    """The check above means something: a wrong flag or subcommand does not parse."""
    for argv in (["check", "--sepc", "x"], ["difff", "a", "b"], ["diff", "a", "b", "--format", "html"]):
        with pytest.raises(SystemExit):
            _parser().parse_args(argv)


@pytest.mark.parametrize("path", [GITHUB, PRE_COMMIT], ids=lambda p: p.name)
def test_commands_run_with_the_documented_exit_status(path: Path) -> None:
    for argv in _generator_commands(path):
        argv = [str(HISTORY) if arg == OLD else arg for arg in argv]
        result = run_cli(*argv)
        assert result.returncode == EXPECTED_EXIT[argv[0]], (
            argv,
            result.stdout[-2000:],
            result.stderr[-2000:],
        )
        if argv[0] == "diff":
            assert (
                "`client.v1.ai_image_generator.create`: input `style.quality_mode` removed" in result.stdout
            )


def test_pre_commit_check_hook_is_the_plain_check() -> None:
    [repo] = _load(PRE_COMMIT)["repos"]
    entries = {hook["id"]: hook["entry"] for hook in repo["hooks"]}
    assert entries["sdkgen-check"] == "python -m generator check"
