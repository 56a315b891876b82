"""Templates for maintainers: overrides (CLI and config), template errors, the two README
recipes (backed by the real override directories in tests/template_overrides/), the
`package/resource_extra/` hook, and the documented template context staying complete."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import jinja2
import pytest

from conftest import ROOT, run_cli
from generator.errors import SpecError
from generator.grace import with_removed
from generator.pipeline import Inputs, build, named_api
from generator.render import BUILTIN_TEMPLATES, Renderer

SPEC = ROOT / "spec" / "magic-hour.openapi.yaml"
CONFIG = ROOT / "spec" / "sdk.yaml"
SMALL = ROOT / "tests" / "golden" / "optionality" / "openapi.yaml"
NESTED = ROOT / "tests" / "golden" / "path_params" / "openapi.yaml"
OVERRIDES = ROOT / "tests" / "template_overrides"
DOC = BUILTIN_TEMPLATES / "README.md"


def _files(templates: Path | None = None, spec: Path = SPEC, config: Path | None = CONFIG) -> dict[str, str]:
    return build(Inputs(spec, config, templates)).files


@pytest.fixture(scope="module")
def default_files() -> dict[str, str]:
    return _files()


@pytest.fixture(scope="module")
def views() -> list:
    named = named_api(Inputs(SPEC, CONFIG))
    # What `build` renders: with the fields the removal grace period keeps.
    return Renderer(with_removed(named.api, named.config), named.config).resource_views()


def _override(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- template errors name the file and line, exit 2, write nothing ------------------------


@pytest.mark.parametrize(
    "line, message",
    [
        ("{{ nope }}", "template error: 'nope' is undefined"),
        ("{% if %}", "template syntax error: "),
        # Whatever the filter raises on an int (TypeError, AttributeError), it is reported alike.
        ("x = {{ 1 | py_str }}", "template error: "),
    ],
    ids=["undefined", "syntax", "filter-type"],
)
def test_template_error_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    template = _override(tmp_path / "overrides", "package/environment.py.jinja", f"# one\n# two\n{line}\n")
    out = tmp_path / "out"
    result = run_cli(
        "generate", "--spec", str(SMALL), "--out", str(out), "--templates", str(tmp_path / "overrides")
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {template}:3 "), result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert not out.exists()


def test_error_in_an_included_partial_names_the_partial(tmp_path: Path) -> None:
    partial = _override(tmp_path / "overrides", "package/method_doc.jinja", "Summary.\n\n{{ method.nope }}\n")
    result = run_cli(
        "check",
        "--spec",
        str(SMALL),
        "--out",
        str(tmp_path / "out"),
        "--templates",
        str(tmp_path / "overrides"),
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {partial}:3 "), result.stderr
    assert "has no attribute 'nope'" in result.stderr


# --- `templates:` in the config ------------------------------------------------------------


def test_config_templates_key_is_honoured_by_generate_and_check(tmp_path: Path) -> None:
    config = tmp_path / "cfg" / "sdk.yaml"
    shutil.copytree(OVERRIDES / "resource_extra", tmp_path / "cfg" / "my_templates")
    shutil.copytree(ROOT / "spec" / "history", tmp_path / "cfg" / "history")  # the config's `history`
    config.write_text(CONFIG.read_text(encoding="utf-8") + "templates: my_templates\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ("--spec", str(SPEC), "--out", str(out))
    assert run_cli("generate", *args, "--config", str(config)).returncode == 0
    assert (out / "magic_hour" / "resources" / "v1" / "image_projects_routes.py").is_file()
    # The drift check renders with the same templates: in sync...
    result = run_cli("check", *args, "--config", str(config))
    assert result.returncode == 0, result.stdout + result.stderr
    # ...and without them, the extra files are drift.
    result = run_cli("check", *args, "--config", str(CONFIG))
    assert result.returncode == 1
    assert "--- a/magic_hour/resources/v1/image_projects_routes.py" in result.stdout
    # `--templates` on the command line replaces the config's directory.
    result = run_cli("check", *args, "--config", str(config), "--templates", str(OVERRIDES / "method_doc"))
    assert result.returncode == 1
    assert (
        "image_projects_routes.py" in result.stdout and "HTTP: `GET /v1/image-projects/{id}`" in result.stdout
    )


# --- recipe 1: change how every method's docstring looks -----------------------------------


def _without_docstrings(source: str) -> str:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(getattr(body[0], "value", None), ast.Constant)
            ):
                node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree)


def test_recipe_method_docstrings(default_files: dict[str, str], views: list) -> None:
    files = _files(OVERRIDES / "method_doc")
    assert files.keys() == default_files.keys()
    changed = {path for path in files if files[path] != default_files[path]}
    modules = {f"magic_hour/{view.module_path}" for view in views if view.methods}
    assert changed == modules
    for view in views:
        if not view.methods:
            continue
        path = f"magic_hour/{view.module_path}"
        tree = ast.parse(files[path])
        classes = [
            node
            for node in tree.body
            if isinstance(node, ast.ClassDef)
            and not node.name.endswith(("WithRawResponse", "WithStreamingResponse"))
        ]
        assert [c.name for c in classes] == [view.resource.class_name, "Async" + view.resource.class_name]
        for cls in classes:
            functions = {
                f.name: f for f in cls.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
            }
            for method in view.methods:
                doc = ast.get_docstring(functions[method.op.name]) or ""
                assert doc.startswith(method.op.summary or method.op.name)
                assert f"HTTP: `{method.op.method} {method.op.path}`" in doc
                assert [line.split(":")[1] for line in doc.splitlines() if line.startswith(":param ")] == [
                    *(f"param {a.name}" for a in method.args),
                    "param request_options",
                ]
                assert "Args:" not in doc
        # Only docstrings changed: the code is the same.
        assert _without_docstrings(files[path]) == _without_docstrings(default_files[path])


# --- recipe 2: add a file to every resource --------------------------------------------------


def test_recipe_extra_file_per_resource(default_files: dict[str, str], views: list) -> None:
    files = _files(OVERRIDES / "resource_extra")
    # Everything the built-in templates write is unchanged.
    assert {path: files[path] for path in default_files} == default_files
    extra = set(files) - set(default_files)
    resource_modules = [
        path
        for path in default_files
        if path.startswith("magic_hour/resources/") and path != "magic_hour/resources/__init__.py"
    ]
    expected = {re.sub(r"(/__init__)?\.py$", "", path) + "_routes.py" for path in resource_modules}
    assert extra == expected
    assert {
        "magic_hour/resources/v1_routes.py",
        "magic_hour/resources/v1/ai_image_generator_routes.py",
        "magic_hour/resources/v1/image_projects_routes.py",
    } <= extra
    for view in views:
        path = re.sub(r"(/__init__)?\.py$", "", f"magic_hour/{view.module_path}") + "_routes.py"
        namespace: dict[str, object] = {}
        exec(compile(files[path], path, "exec"), namespace)
        assert namespace["ROUTES"] == {m.op.name: (m.op.method, m.op.path) for m in view.methods}


def test_resource_extra_skips_whitespace_only_output(tmp_path: Path) -> None:
    _override(
        tmp_path,
        "package/resource_extra/notes.md.jinja",
        "{% if view.methods %}# {{ view.access }}\n{% endif %}",
    )
    files = _files(tmp_path, spec=NESTED, config=None)
    extra = {path: text for path, text in files.items() if path.endswith("_notes.md")}
    # `orgs` has no methods of its own: no file for it; `orgs.repos` gets one. Not formatted as Python.
    assert extra == {"path_params/resources/orgs/repos_notes.md": "# client.orgs.repos\n"}


@pytest.mark.parametrize("name", [".hidden.jinja", "bad name.py.jinja"])
def test_resource_extra_name_must_be_a_plain_file_name(tmp_path: Path, name: str) -> None:
    template = _override(tmp_path, f"package/resource_extra/{name}", "x = 1\n")
    with pytest.raises(SpecError) as info:
        _files(tmp_path, spec=SMALL, config=None)
    [problem] = info.value.problems
    assert problem.file == str(template) and "<suffix>.jinja" in problem.message


def test_resource_extra_never_replaces_a_generated_file(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: Things, version: '1'}\npaths:\n"
        + "".join(
            f"  /{p}:\n    get:\n      responses:\n        '204': {{description: ok}}\n"
            for p in ("things", "things_notes")
        ),
        encoding="utf-8",
    )
    template = _override(tmp_path / "overrides", "package/resource_extra/notes.py.jinja", "X = 1\n")
    with pytest.raises(SpecError) as info:
        _files(tmp_path / "overrides", spec=spec, config=None)
    [problem] = info.value.problems
    assert problem.file == str(template)
    assert problem.message == "would overwrite the generated things/resources/things_notes.py"


# --- the documented context stays complete ----------------------------------------------------


def test_every_filter_and_template_is_documented() -> None:
    doc = DOC.read_text(encoding="utf-8")
    named = named_api(Inputs(SMALL, None))
    env = Renderer(named.api, named.config).env
    ours = sorted(
        name for name, func in env.filters.items() if jinja2.defaults.DEFAULT_FILTERS.get(name) is not func
    )
    assert {
        "py_str",
        "py_literal",
        "docstring",
        "md_inline",
        "md_code",
        "md_block",
        "toml_str",
        "first_line",
        "snake",
    } <= set(ours)
    undocumented = [name for name in ours if not re.search(rf"^\| `{re.escape(name)}[`(]", doc, re.MULTILINE)]
    assert undocumented == [], f"filters registered in render.py but not documented in {DOC}: {undocumented}"
    templates = sorted(
        p.relative_to(BUILTIN_TEMPLATES).as_posix() for p in BUILTIN_TEMPLATES.rglob("*.jinja")
    )
    assert "package/resource.py.jinja" in templates
    unlisted = [t for t in templates if f"`{t}`" not in doc]
    assert unlisted == [], f"templates not listed in {DOC}: {unlisted}"
    for hook in ("package/resource_extra/<suffix>.jinja", "`api`", "`config`", "`package`"):
        assert hook in doc


def test_docs_recipes_show_the_tested_templates() -> None:
    readme = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```jinja\n(.*?)^```$", readme, re.MULTILINE | re.DOTALL)
    files = [
        OVERRIDES / "method_doc" / "package" / "method_doc.jinja",
        OVERRIDES / "resource_extra" / "package" / "resource_extra" / "routes.py.jinja",
    ]
    for path, block in zip(files, blocks, strict=True):
        # The files open with a `{#- ... #}` comment saying which recipe they are; the rest is shown.
        text = path.read_text(encoding="utf-8")
        assert re.sub(r"^\{#-.*?#\}\n", "", text, flags=re.DOTALL) == block


# --- macros and blocks: documented exactly; a block can be overridden alone ---------------------

_MACRO = re.compile(r"\{%-?\s*macro\s+(\w+\(.*?\))\s*-?%\}")
_BLOCK = re.compile(r"\{%-?\s*block\s+(\w+)")


def _documented(section: str) -> set[str]:
    """The first column of the table under a `### <section>` heading of templates/README.md."""
    doc = DOC.read_text(encoding="utf-8")
    body = doc.split(f"### {section}\n", 1)[1].split("\n#", 1)[0]
    return {m.group(1) for m in re.finditer(r"^\| `([^`]+)` \|", body, re.MULTILINE)}


def test_every_macro_and_block_is_documented_and_nothing_else() -> None:
    sources = {p: p.read_text(encoding="utf-8") for p in BUILTIN_TEMPLATES.rglob("*.jinja")}
    macros = {m for text in sources.values() for m in _MACRO.findall(text)}
    assert "example_call(view, method, name, extra=())" in macros
    assert _documented("Macros") == macros
    blocks = set(_BLOCK.findall(sources[BUILTIN_TEMPLATES / "package" / "resource.py.jinja"]))
    assert {"method_request", "generate_call"} <= blocks
    assert _documented("Blocks of `package/resource.py.jinja`") == blocks
    # Blocks exist in the resource module only; the others are documented as a whole.
    assert {p.name for p, text in sources.items() if _BLOCK.search(text)} == {"resource.py.jinja"}


def test_an_override_can_replace_one_block_of_the_builtin_template(
    tmp_path: Path, default_files: dict[str, str]
) -> None:
    _override(
        tmp_path,
        "package/resource.py.jinja",
        '{% extends "builtin/package/resource.py.jinja" %}\n'
        "{% block generate_docstring %}\n"
        '        """{{ method.op.title | docstring(8) }}: create, wait, download."""\n'
        "{% endblock %}\n",
    )
    files = _files(tmp_path)
    changed = {path for path in files if files[path] != default_files[path]}
    # Every resource with a generate() (the block's home), and nothing else.
    assert changed == {path for path, text in default_files.items() if "def generate(" in text}
    path = "magic_hour/resources/v1/ai_image_generator.py"
    assert path in changed
    assert files[path].count('"""AI Image Generator: create, wait, download."""') == 2
    assert _without_docstrings(files[path]) == _without_docstrings(default_files[path])


def test_form_styles_in_an_sdk_are_the_generators_own_module() -> None:
    """The styled-form rules exist once: an SDK that writes styled forms gets the generator's
    module as it is (its curl samples and mock use the same), one without them does not."""
    from generator import form_styles
    from generator.render import SHARED_RUNTIME

    case = ROOT / "tests" / "features" / "body_form"
    files = build(Inputs(spec=case / "openapi.yaml", config=case / "sdk.yaml")).files
    module = next(path for path in files if path.endswith("/_form_styles.py"))
    assert files[module] == Path(form_styles.__file__).read_text(encoding="utf-8")
    assert "from ._form_styles import" in files[module.replace("_form_styles", "_forms")]
    assert SHARED_RUNTIME["_form_styles.py"] == Path(form_styles.__file__)
    seed = build(
        Inputs(spec=ROOT / "tests" / "golden" / "magic_hour_seed" / "openapi.yaml", config=None)
    ).files
    assert not any(path.endswith(("/_forms.py", "/_form_styles.py")) for path in seed)


def test_param_styles_in_every_sdk_are_the_generators_own_module() -> None:
    """The parameter styles' rules exist once: every SDK's `_base_client` writes its path,
    query, header and cookie values by the generator's module (as its curl samples do)."""
    from generator import param_styles
    from generator.render import SHARED_RUNTIME

    seed = build(
        Inputs(spec=ROOT / "tests" / "golden" / "magic_hour_seed" / "openapi.yaml", config=None)
    ).files
    module = next(path for path in seed if path.endswith("/_param_styles.py"))
    assert seed[module] == Path(param_styles.__file__).read_text(encoding="utf-8")
    assert "from ._param_styles import" in seed[module.replace("_param_styles", "_base_client")]
    assert SHARED_RUNTIME["_param_styles.py"] == Path(param_styles.__file__)


# --- the runtime contract: one statement, checked against the runtime -------------------------


def _static_runtime(tmp_path: Path) -> object:
    """templates/static as an importable package (its `_jobs` module)."""
    import importlib

    from generator.render import SHARED_RUNTIME

    package = tmp_path / "contract_runtime"
    shutil.copytree(BUILTIN_TEMPLATES / "static", package)
    for name, source in SHARED_RUNTIME.items():  # the generator's modules, as an SDK has them
        shutil.copyfile(source, package / name)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "_upload_kinds.py").write_text("KINDS = {}\n", encoding="utf-8")
    import sys

    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module("contract_runtime._jobs")
    finally:
        sys.path.remove(str(tmp_path))


def test_the_contract_is_what_the_runtime_takes(tmp_path: Path) -> None:
    import inspect

    from generator import contract

    jobs = _static_runtime(tmp_path)
    assert jobs.DEFAULT_WAIT_TIMEOUT == contract.WAIT_TIMEOUT
    assert jobs.DEFAULT_MAX_DOWNLOAD_BYTES == contract.MAX_DOWNLOAD_BYTES
    assert jobs._DEFAULT_POLL_INTERVAL == contract.POLL_INTERVAL
    for function in (getattr(jobs, contract.RUN_JOB), getattr(jobs, "a" + contract.RUN_JOB)):
        keywords = {
            name: p.default
            for name, p in inspect.signature(function).parameters.items()
            if p.kind is inspect.Parameter.KEYWORD_ONLY
        }
        assert keywords == {a.name: a.value for a in contract.GENERATE_ARGUMENTS}, function.__name__
    for a in contract.GENERATE_ARGUMENTS:
        # A default written as the runtime's constant is that constant's value.
        if a.runtime:
            assert a.default in a.runtime and getattr(jobs, a.default) == a.value


def test_generate_signatures_are_the_contract(default_files: dict[str, str]) -> None:
    from generator import contract

    tree = ast.parse(default_files["magic_hour/resources/v1/ai_image_generator.py"])
    generates = [
        n
        for n in ast.walk(tree)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == "generate"
    ]
    assert len(generates) == 2
    for fn in generates:
        own = [
            (a.arg, ast.unparse(d)) for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults) if d is not None
        ]
        assert own == [(a.name, a.default) for a in contract.generate_arguments(downloads=True)]
        [call] = [
            n for n in ast.walk(fn) if isinstance(n, ast.Call) and ast.unparse(n.func).endswith("run_job")
        ]
        assert [k.arg for k in call.keywords] == [a.name for a in contract.GENERATE_ARGUMENTS]
