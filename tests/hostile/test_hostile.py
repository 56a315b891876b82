"""Hostile specs (issue 7): every case generates a package that compiles, imports, passes
`mypy --strict` and gives the hostile strings back exactly, or fails with exit status 2 and
one precise `error:` line per problem. Either way nothing outside the output directory changes
and no traceback is printed.

The cases live in `hostile_cases.py`. All of them run once per session: generating cases
through `pipeline.build` + `write.write_tree`, failing ones through the CLI's `main()`, and a
sample of both (`SUBPROCESS`) through a real `python -m generator` process, in parallel. Then
one `mypy --strict` checks every generated package together; the tests below only look at the
results.
"""

from __future__ import annotations

import ast
import contextlib
import enum
import hashlib
import importlib
import inspect
import io
import json
import os
import pkgutil
import re
import subprocess
import sys
import textwrap
import time
import traceback
import typing
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import typing_extensions

from conftest import ROOT
from generator import cli
from generator.errors import SpecError
from generator.pipeline import Inputs, build
from generator.text import clean
from generator.write import write_tree
from hostile_cases import CASES, Case, Probe

BY_NAME = {c.name: c for c in CASES}
assert len(BY_NAME) == len(CASES), "case names must be unique"
GENERATES = [c.name for c in CASES if c.error is None]
FAILS = [c.name for c in CASES if c.error is not None]
_ERROR_LINE = re.compile(
    r"^error: (?P<file>.+?)(?::(?P<line>\d+))? \((?P<pointer>#|/.*?)\): (?P<message>\S.*)$"
)


@dataclass
class Run:
    case: Case
    root: Path
    spec: Path
    out: Path
    before: dict[str, str]
    returncode: int | None = None
    stderr: str = ""
    seconds: float = 0.0
    package: str | None = None
    after: dict[str, str] = field(default_factory=dict)


# --- setting a case up -------------------------------------------------------------------------


def _snapshot(root: Path, skip: Path | None = None) -> dict[str, str]:
    """Every entry under `root` (but `skip`) with a digest of its content: what must not change."""
    found: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        if skip is not None and (here == skip or skip in here.parents):
            dirnames[:] = []
            continue
        for name in dirnames + filenames:
            path = here / name
            rel = path.relative_to(root).as_posix()
            if skip is not None and path == skip:
                continue
            if path.is_symlink():
                found[rel] = "link:" + os.readlink(path)
            elif path.is_dir():
                found[rel] = "dir"
            else:
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _setup(case: Case, base: Path) -> Run:
    root = base / case.name
    spec_dir = root / "spec"
    spec_dir.mkdir(parents=True)
    content = case.build(root)
    spec = spec_dir / ("openapi" + case.suffix)
    if isinstance(content, bytes):
        spec.write_bytes(content)
    elif isinstance(content, str):
        spec.write_text(content, encoding="utf-8", errors="surrogatepass")
    else:
        spec.write_text(json.dumps(content, ensure_ascii=True, indent=1), encoding="utf-8")
    config = case.config
    if config is not None:
        config = dict(config)
        if not case.default_package:
            config.setdefault("package", f"hx_{case.name}")
        (spec_dir / "sdk.yaml").write_text(json.dumps(config), encoding="utf-8")
    for rel, text in case.files(root).items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if text.startswith("@symlink "):
            target.symlink_to(text.split(" ", 1)[1])
        else:
            target.write_text(text, encoding="utf-8")
    # Canaries: one beside the spec, one beside the spec's folder.
    (spec_dir / "canary.txt").write_text("spec canary\n")
    (root / "canary.txt").write_text("parent canary\n")
    out = root / "run" / "out"
    if case.prepare is not None:
        case.prepare(out)
    else:
        (root / "run").mkdir()
    return Run(case, root, spec, out, _snapshot(root))


def _config_of(run: Run) -> Path | None:
    config = run.spec.parent / "sdk.yaml"
    return config if config.is_file() else None


# --- running a case ------------------------------------------------------------------------------


def _generate_in_process(run: Run) -> None:
    started = time.perf_counter()
    try:
        result = build(Inputs(spec=run.spec, config=_config_of(run)))
        write_tree(run.out, result.files)
        run.returncode = 0
        run.stderr = "".join(f"warning: {w}\n" for w in result.diagnostics.warnings)
    except SpecError as exc:
        run.returncode = 2
        run.stderr = "".join(f"error: {p}\n" for p in exc.problems)
    except BaseException:  # noqa: BLE001 - a traceback is exactly what the test reports
        run.returncode = None
        run.stderr = traceback.format_exc()
    run.seconds = time.perf_counter() - started


def _generate_with_cli(run: Run) -> None:
    started = time.perf_counter()
    args = [sys.executable, "-m", "generator", "generate", "--spec", str(run.spec), "--out", str(run.out)]
    config = _config_of(run)
    if config is not None:
        args += ["--config", str(config)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(args, cwd=run.root, capture_output=True, env=env, timeout=300)
    run.returncode = proc.returncode
    run.stderr = proc.stderr.decode("utf-8", "backslashreplace")
    run.seconds = time.perf_counter() - started


def _main_in_process(run: Run) -> None:
    """The CLI's own `main()`, in this process: its exit status and stderr, without paying
    an interpreter start per case (the cases in `SUBPROCESS` prove the real thing)."""
    started = time.perf_counter()
    args = ["generate", "--spec", str(run.spec), "--out", str(run.out)]
    config = _config_of(run)
    if config is not None:
        args += ["--config", str(config)]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            run.returncode = cli.main(args)
        except SystemExit as exc:
            run.returncode = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - a traceback is exactly what the test reports
            run.returncode = None
            err.write(traceback.format_exc())
    # What a real stderr could not print (a lone surrogate) must not reach it.
    run.stderr = err.getvalue().encode("utf-8", "backslashreplace").decode("utf-8")
    if err.getvalue() != run.stderr:
        run.stderr += "error output holds characters a UTF-8 stderr cannot print\n"
    run.seconds = time.perf_counter() - started


# Cases that also go through a real `python -m generator` process: one or more per category,
# and every lone-surrogate case (a real stderr must be able to print their errors).
SUBPROCESS = {
    "escape_info",
    "header_name_invalid_required",
    "names_duplicate_operation_ids",
    "config_package_keyword",
    "paths_tags",
    "yaml_alias_bomb",
    "json_deep_nesting",
    "not_utf8",
    "ref_outside_folder",
    "ref_symlink_outside",
    "ref_pure_alias_cycle",
    "unsupported_security_scheme",
    "invalid_openapi",
    "output_dir_not_generated",
    "required_without_property",
} | {c.name for c in CASES if c.name.startswith("lone_surrogate_in_") or c.via_cli}


def _package_of(out: Path) -> str | None:
    found = sorted(p.parent.name for p in out.glob("*/__init__.py"))
    return found[0] if len(found) == 1 else None


@dataclass
class Session:
    runs: dict[str, Run]
    mypy: subprocess.CompletedProcess[str] | None
    mypy_seconds: float


@pytest.fixture(scope="session")
def session(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Session:
    base = tmp_path_factory.mktemp("hostile")
    only = _selected_cases(request.session.items)
    runs = {c.name: _setup(c, base) for c in CASES if not only or c.name in only}
    with ThreadPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 2))) as pool:
        futures = [pool.submit(_generate_with_cli, r) for r in runs.values() if r.case.name in SUBPROCESS]
        for r in runs.values():
            if r.case.name in SUBPROCESS:
                continue
            if r.case.error is None:
                _generate_in_process(r)
            else:
                _main_in_process(r)
        for f in futures:
            f.result()
    for r in runs.values():
        r.after = _snapshot(r.root, skip=r.out if r.returncode == 0 else None)
        if r.returncode == 0:
            r.package = _package_of(r.out)
    packages = [r for r in runs.values() if r.case.error is None and r.returncode == 0 and r.package]
    mypy = None
    started = time.perf_counter()
    if packages:
        mypy = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-incremental",
                "--cache-dir",
                os.devnull,
                *[str(r.out / r.package) for r in packages],
            ],  # type: ignore[operator]
            cwd=base,
            capture_output=True,
            text=True,
            timeout=600,
        )
    result = Session(runs, mypy, time.perf_counter() - started)
    if os.environ.get("HOSTILE_TIMINGS"):
        for r in sorted(runs.values(), key=lambda r: -r.seconds)[:15]:
            print(f"{r.seconds:6.2f}s {r.case.name}")
        print(f"{result.mypy_seconds:6.2f}s mypy")
    return result


def _selected_cases(items: list[pytest.Item]) -> set[str]:
    """The cases the selected tests look at (`pytest tests/hostile -k yaml_deep_nesting` builds
    only that one); empty, meaning all, when a test looks at every case (the shared mypy run)."""
    names = set()
    for item in items:
        if item.module is None or item.module.__name__ != __name__:  # type: ignore[attr-defined]
            continue
        callspec = getattr(item, "callspec", None)
        if callspec is None or "name" not in callspec.params:
            if "session" in getattr(item, "fixturenames", ()):
                return set()
            continue
        names.add(callspec.params["name"])
    return names


def _run(session: Session, name: str) -> Run:
    return session.runs[name]


# --- what every case must satisfy ------------------------------------------------------------------


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_no_traceback_and_a_defined_exit_status(session: Session, name: str) -> None:
    run = _run(session, name)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode in (0, 2), run.stderr
    expected = 0 if run.case.error is None else 2
    assert run.returncode == expected, run.stderr[-5000:]
    for line in run.stderr.splitlines():
        assert line.startswith(
            ("error: ", "warning: ", "note: ", "wrote ")
        ), f"unexpected stderr line: {line!r}"


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_nothing_changes_outside_the_output_directory(session: Session, name: str) -> None:
    run = _run(session, name)
    before = {
        k: v
        for k, v in run.before.items()
        if not (run.returncode == 0 and (k == "run/out" or k.startswith("run/out/")))
    }
    assert run.after == before, "files outside the output directory changed"
    assert (run.root / "canary.txt").read_text() == "parent canary\n"
    assert (run.spec.parent / "canary.txt").read_text() == "spec canary\n"
    assert sorted(p.name for p in (run.root / "run").iterdir()) == (
        ["out"] if run.returncode == 0 or run.case.prepare else []
    )


@pytest.mark.parametrize("name", FAILS)
def test_bad_input_exits_2_with_a_located_error(session: Session, name: str) -> None:
    run = _run(session, name)
    assert run.returncode == 2, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    assert errors, run.stderr
    for line in errors:
        match = _ERROR_LINE.match(line)
        assert match is not None, f"error line without a location: {line!r}"
        assert match.group("file") not in ("", "<spec>"), line
    assert run.case.error is not None
    assert any(re.search(run.case.error, line) for line in errors), (run.case.error, run.stderr)
    if run.case.prepare is None:
        assert not run.out.exists(), "a failed run left output behind"


# --- what every generated package must satisfy -------------------------------------------------------


@dataclass
class Inventory:
    """What a generated package gives back at runtime (and, for source-only docs, in its AST)."""

    package: Any
    docs: list[str]
    consts: set[str]
    enums: list[tuple[str, list[Any]]]
    aliases: set[str]
    keys: set[str]
    env: list[str]
    readme: str
    examples: set[str]
    """String constants of the ```python examples in docstrings, the README and docs pages."""


def _norm_doc(text: str) -> str:
    """Docstring text with indentation (only spaces) removed from every line; trailing spaces
    are content (black would strip them if they were not escaped)."""
    return "\n".join(line.lstrip(" ") for line in text.split("\n"))


def _expected_doc(text: str) -> str:
    cleaned = clean(text)
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in cleaned)


def _inventory(run: Run) -> Inventory:
    assert run.package is not None
    pkg_dir = run.out / run.package
    docs: list[str] = []
    consts: set[str] = set()
    for path in sorted(pkg_dir.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path))
        compile(tree, str(path), "exec")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                docs.append(_norm_doc(node.value.value))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                consts.add(node.value)
    if str(run.out) not in sys.path:
        sys.path.insert(0, str(run.out))
    package = importlib.import_module(run.package)
    modules = [package] + [
        importlib.import_module(m.name) for m in pkgutil.walk_packages(package.__path__, run.package + ".")
    ]
    enums: list[tuple[str, list[Any]]] = []
    aliases: set[str] = set()
    keys: set[str] = set()
    import pydantic

    for module in modules:
        for obj in list(vars(module).values()):
            if getattr(obj, "__module__", None) != module.__name__:
                continue
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                enums.append((obj.__qualname__, [m.value for m in obj]))
            elif isinstance(obj, type) and issubclass(obj, pydantic.BaseModel):
                aliases.update(n if f.alias is None else f.alias for n, f in obj.model_fields.items())
            elif typing_extensions.is_typeddict(obj):
                keys.update(obj.__required_keys__ | obj.__optional_keys__)
            if inspect.isclass(obj) or inspect.isfunction(obj):
                doc = inspect.getdoc(obj)
                if doc:
                    docs.append(_norm_doc(doc))
    env = [e.value for e in package.Environment]
    readme = (run.out / "README.md").read_text(encoding="utf-8")
    texts = docs + [p.read_text(encoding="utf-8") for p in sorted(run.out.rglob("*.md"))]
    return Inventory(package, docs, consts, enums, aliases, keys, env, readme, _example_strings(texts))


_PY_BLOCK = re.compile(r"^[ ]*```python\n(.*?)^[ ]*```", re.MULTILINE | re.DOTALL)


def _example_strings(texts: list[str]) -> set[str]:
    """Every ```python block must be valid Python; returns the strings its code holds."""
    found: set[str] = set()
    for text in texts:
        for block in _PY_BLOCK.findall(text):
            code = textwrap.dedent(block)
            try:
                tree = ast.parse(code)
            except SyntaxError as exc:
                raise AssertionError(f"an example is not valid Python ({exc}):\n{code[:3000]}") from None
            found.update(
                n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            )
    return found


def _resolve(package: Any, where: str) -> Any:
    module_name, _, attr = where.partition(":")
    target: Any = importlib.import_module(f"{package.__name__}.{module_name}") if module_name else package
    for part in filter(None, attr.split(".")):
        target = getattr(target, part)
    return target


def _check_probe(inv: Inventory, probe: Probe) -> str | None:
    """None when the probe holds, else what went wrong."""
    if probe.kind == "doc":
        want = _norm_doc(_expected_doc(probe.value))
        return None if any(want in d for d in inv.docs) else f"no docstring holds {probe.value[:200]!r}"
    if probe.kind == "getdoc":
        doc = inspect.getdoc(_resolve(inv.package, probe.where)) or ""
        want = _norm_doc(_expected_doc(probe.value))
        return (
            None
            if want in _norm_doc(doc)
            else f"getdoc({probe.where}) lacks {probe.value[:200]!r}: {doc[:300]!r}"
        )
    if probe.kind == "rawdoc":
        doc = _resolve(inv.package, probe.where).__doc__ or ""
        return (
            None
            if probe.value in doc
            else f"{probe.where}.__doc__ lacks {probe.value[:200]!r}: {doc[:300]!r}"
        )
    if probe.kind == "enum":
        return (
            None
            if any(values == probe.value for _, values in inv.enums)
            else f"no enum has exactly {probe.value[:20]!r}"
        )
    if probe.kind == "count":
        return (
            None
            if any(len(values) == probe.value for _, values in inv.enums)
            else f"no enum has {probe.value} members"
        )
    if probe.kind == "alias":
        return (
            None if probe.value in inv.aliases else f"no model field has the wire name {probe.value[:200]!r}"
        )
    if probe.kind == "key":
        return None if probe.value in inv.keys else f"no TypedDict has the key {probe.value[:200]!r}"
    if probe.kind == "const":
        return None if probe.value in inv.consts else f"no string constant {probe.value[:200]!r}"
    if probe.kind == "env":
        return None if inv.env == probe.value else f"Environment is {[e[:80] for e in inv.env]!r}"
    if probe.kind == "roundtrip":
        model = _resolve(inv.package, probe.where)
        dumped = model.model_validate(probe.value).model_dump(mode="json", by_alias=True, exclude_unset=True)
        return (
            None
            if dumped == probe.value
            and [type(v) for v in dumped.values()] == [type(v) for v in probe.value.values()]
            else f"{probe.value!r} came back as {dumped!r}"
        )
    if probe.kind == "example":
        return None if probe.value in inv.examples else f"no example holds {probe.value[:200]!r}"
    if probe.kind == "readme":
        return None if probe.value in inv.readme else f"README lacks {probe.value!r}"
    if probe.kind == "attr":
        target = _resolve(inv.package, probe.where)
        return None if inspect.isfunction(target) else f"{probe.where} is {target!r}, not a method"
    raise AssertionError(f"unknown probe kind {probe.kind}")


def _exercise_client(package: Any) -> None:
    """Build a client (every credential given) and reach every resource and method."""
    client_cls = package.Client
    params = inspect.signature(client_cls).parameters
    known = {"environment", "base_url", "timeout", "max_retries", "headers", "http_client"}
    client = client_cls(
        **{name: "secret" for name in params if name not in known}, base_url="http://127.0.0.1:9"
    )
    stack = [client]
    seen = 0
    while stack:
        node = stack.pop()
        for name, value in inspect.getmembers(type(node)):
            if isinstance(value, __import__("functools").cached_property):
                stack.append(getattr(node, name))
                seen += 1
    client.close()


_LINK_INJECTION = re.compile(r"(?<!\\)\]\(javascript:")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_BACKTICKS = re.compile(r"(?<!\\)`+")


def _strip_code_spans(text: str) -> str:
    """`text` without its code spans, paired as CommonMark pairs them (a run of n backticks
    closes at the next run of exactly n); an unpaired run is literal text."""
    runs = list(_BACKTICKS.finditer(text))
    kept, last, j = [], 0, 0
    while j < len(runs):
        close = next(
            (k for k in range(j + 1, len(runs)) if len(runs[k].group()) == len(runs[j].group())), None
        )
        if close is None:
            j += 1
            continue
        kept.append(text[last : runs[j].start()])
        last, j = runs[close].end(), close + 1
    kept.append(text[last:])
    return "".join(kept)


def _check_markdown(out: Path) -> None:
    """Spec text is inert in Markdown: no raw HTML and no script link outside code, whether in
    a table cell, a link text or prose (prose keeps its own Markdown: emphasis, lists, links);
    table cells and link texts also make no link of their own."""
    for path in sorted(out.rglob("*.md")):
        fence = ""
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            marker = re.match(r" {0,3}(`{3,}|~{3,})", line)
            if marker and (not fence or marker.group(1).startswith(fence)):
                fence = "" if fence else marker.group(1)
                continue
            if fence:
                continue  # a fenced code block shows its text as written
            cells = _CELL_BORDER.split(line) if line.startswith("|") else [line]  # GFM splits cells first
            for cell in cells:
                outside_code = _strip_code_spans(cell)  # inert in a code span
                where = f"{path}:{number}: {line[:300]}"
                assert "<script" not in outside_code.lower(), where  # the hostile values' tag
                assert not _LINK_INJECTION.search(outside_code), where


def _round_trip_string_fields(package: Any) -> None:
    """Every response model parses a dict keyed by its wire names and dumps it back unchanged
    (string fields, each given a value naming its key): no field may be filled through
    another one's name or alias."""
    import pydantic

    models = importlib.import_module(f"{package.__name__}.types.models")
    for name in models.__all__:
        model = getattr(models, name)
        if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
            continue
        data = {
            (n if f.alias is None else f.alias): f"value of {n}"
            for n, f in model.model_fields.items()
            if f.annotation in (str, typing.Optional[str])
        }
        # All keys, then all but one, then each alone.
        samples = (
            [data]
            + [{k: v for k, v in data.items() if k != left_out} for left_out in data]
            + [{k: v} for k, v in data.items()]
        )
        for sample in samples:
            try:
                dumped = model.model_validate(sample).model_dump(
                    mode="json", by_alias=True, exclude_unset=True
                )
            except pydantic.ValidationError:
                continue  # another field is required
            assert dumped == sample, (name, sample, dumped)


@pytest.mark.parametrize("name", GENERATES)
def test_generated_package_gives_the_strings_back(session: Session, name: str) -> None:
    run = _run(session, name)
    assert run.returncode == 0, run.stderr[-5000:]
    assert run.package is not None, f"expected one package in {run.out}: {sorted(os.listdir(run.out))}"
    if run.case.warning:
        assert re.search(run.case.warning, run.stderr), run.stderr
    inv = _inventory(run)
    _check_markdown(run.out)
    _exercise_client(inv.package)
    _round_trip_string_fields(inv.package)
    failures = [msg for probe in run.case.probes(run.root) if (msg := _check_probe(inv, probe))]
    assert not failures, "\n".join(failures)


def test_mypy_strict_passes_on_every_generated_package(session: Session) -> None:
    assert session.mypy is not None, "this test selects every case, and some of them generate"
    assert session.mypy.returncode == 0, session.mypy.stdout[-20000:] + session.mypy.stderr[-2000:]


def test_suite_covers_enough_cases() -> None:
    assert len(CASES) >= 60
