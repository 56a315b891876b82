"""`sdkgen samples` without running anything: the overlay against the official Overlay 1.0
schemas and applied by tests/overlay_apply.py (written apart from the generator), `--apply`
(the same result, the document's layout kept), the samples against the SDK's docs and
docstrings, and hostile paths, operationIds and strings in targets, Python and shell.

Running the samples (the mock, curl, mypy) is tests/test_samples_run.py.
"""

from __future__ import annotations

import ast
import difflib
import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema
import pytest
import yaml

from conftest import MAGIC_HOUR_CONFIG, MAGIC_HOUR_SPEC, ROOT, SEED_CONFIG, SEED_SPEC
from generator.cli import main
from generator.load import parse_text
from generator.pipeline import Inputs
from generator.samples import samples
from generator.samples.document import dump_yaml
from overlay_apply import apply_overlay, parse_target

SCHEMAS = sorted((Path(__file__).parent / "overlay_schema").glob("overlay-1.0-*.json"))
SH = shutil.which("sh")


def overlay_of(spec: Path, config: Path | None = None, **options: Any) -> dict[str, Any]:
    output = samples(Inputs(spec=spec, config=config, **options), apply=False, out=None)
    return dict(parse_text(output.text, "overlay.yaml"))


def applied_text(spec: Path, config: Path | None = None, out: Path | None = None) -> str:
    return samples(Inputs(spec=spec, config=config), apply=True, out=out).text


def check_overlay(overlay: dict[str, Any]) -> None:
    """Valid against each official schema, and its `extends` a plain relative reference."""
    assert len(SCHEMAS) == 2
    for path in SCHEMAS:
        schema = json.loads(path.read_text(encoding="utf-8"))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(overlay))
        assert not errors, f"{path.name}: {[e.message for e in errors]}"
    extends = overlay.get("extends", "")
    assert all(ch.isascii() and ch.isprintable() and ch not in ' "<>\\^`{|}' for ch in extends), extends


def samples_by_lang(spec: dict[str, Any], lang: str) -> dict[tuple[str, str], list[dict[str, Any]]]:
    return {
        (path, method): [s for s in op.get("x-codeSamples", []) if s.get("lang") == lang]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict)
    }


# --- the seed spec --------------------------------------------------------------------------


def test_the_overlay_is_valid_and_applies_as_apply_writes_it() -> None:
    overlay = overlay_of(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG)
    check_overlay(overlay)
    # Relative to where the overlay goes (standard output: the working directory).
    assert overlay["extends"] == Path(os.path.relpath(MAGIC_HOUR_SPEC)).as_posix()
    original = parse_text(MAGIC_HOUR_SPEC.read_text(encoding="utf-8"), str(MAGIC_HOUR_SPEC))
    result = apply_overlay(original, overlay)
    assert result == parse_text(applied_text(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG), "applied.yaml")
    for key, found in samples_by_lang(result, "python").items():
        assert [s["label"] for s in found] == ["Python"], key
        assert [s["label"] for s in samples_by_lang(result, "curl")[key]] == ["curl"], key
    # The spec's own samples of other languages are there as they were, in their order.
    before = original["paths"]["/v1/ai-image-generator"]["post"]["x-codeSamples"]
    after = result["paths"]["/v1/ai-image-generator"]["post"]["x-codeSamples"]
    assert [s["lang"] for s in after] == [s["lang"] for s in before]
    assert [s for s in after if s["lang"] not in ("python", "curl")] == [
        s for s in before if s["lang"] not in ("python", "curl")
    ]


def test_apply_changes_only_the_sample_lines_of_a_yaml_spec() -> None:
    # The seed: a YAML spec written by hand, with python and curl samples of its own.
    original = SEED_SPEC.read_text(encoding="utf-8").splitlines()
    applied = applied_text(SEED_SPEC, SEED_CONFIG).splitlines()
    ours = _our_item_lines(original)
    assert len(ours) > 30, "the seed's own python and curl samples"
    matcher = difflib.SequenceMatcher(None, original, applied, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            assert set(range(i1, i2)) <= ours, original[i1:i2]
    added = [line for tag, _, _, j1, j2 in matcher.get_opcodes() if tag != "equal" for line in applied[j1:j2]]
    assert "      x-codeSamples:" in added and "          label: Python" in added


def _our_item_lines(lines: list[str]) -> set[int]:
    """The lines of the seed's python and curl samples (items start with `- lang: `)."""
    found: set[int] = set()
    inside = False
    for n, line in enumerate(lines):
        if line.lstrip().startswith("- lang: "):
            inside = line.strip() in ("- lang: python", "- lang: curl")
        elif line.strip() and len(line) - len(line.lstrip()) <= 6:
            inside = False
        if inside:
            found.add(n)
    return found


def test_apply_is_idempotent_and_the_output_deterministic(tmp_path: Path) -> None:
    once = tmp_path / "once.yaml"
    once.write_text(applied_text(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG), encoding="utf-8")
    assert applied_text(once, MAGIC_HOUR_CONFIG) == once.read_text(encoding="utf-8")
    overlay = overlay_of(once, MAGIC_HOUR_CONFIG)
    assert all(
        "remove" not in a and not a["target"].endswith("['x-codeSamples']") for a in overlay["actions"]
    )
    first = samples(Inputs(spec=MAGIC_HOUR_SPEC, config=MAGIC_HOUR_CONFIG), apply=False, out=None).text
    assert (
        first == samples(Inputs(spec=MAGIC_HOUR_SPEC, config=MAGIC_HOUR_CONFIG), apply=False, out=None).text
    )


def test_a_json_spec_keeps_its_layout_and_can_be_written_as_yaml(tmp_path: Path) -> None:
    tree = parse_text(MAGIC_HOUR_SPEC.read_text(encoding="utf-8"), "spec.yaml")
    for indent, ascii_only in ((2, False), (4, True), (None, False)):
        spec = tmp_path / "spec.json"
        spec.write_text(json.dumps(tree, indent=indent, ensure_ascii=ascii_only), encoding="utf-8")
        text = applied_text(spec, MAGIC_HOUR_CONFIG)
        expected = apply_overlay(tree, overlay_of(spec, MAGIC_HOUR_CONFIG))
        assert text == json.dumps(expected, indent=indent, ensure_ascii=ascii_only)
    as_yaml = applied_text(spec, MAGIC_HOUR_CONFIG, out=tmp_path / "out.yaml")
    assert not as_yaml.startswith("{") and parse_text(as_yaml, "out.yaml") == json.loads(text)


def test_the_python_samples_are_the_docs_and_docstring_examples() -> None:
    """The call in each sample, character for character, is the committed SDK's docstring
    example (`generate()`'s where there is one) and is in the docs page's example."""
    overlay = overlay_of(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG)
    result = apply_overlay(parse_text(MAGIC_HOUR_SPEC.read_text(encoding="utf-8"), "spec.yaml"), overlay)
    resources = ROOT / "generated" / "magic_hour" / "resources" / "v1"
    docstrings = {
        "client.v1."
        + ".".join(path.relative_to(resources).with_suffix("").parts)
        + f".{fn.name}": ast.get_docstring(fn)
        or ""
        for path in resources.rglob("*.py")
        for cls in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(cls, ast.ClassDef) and not cls.name.startswith("Async")
        for fn in cls.body
        if isinstance(fn, ast.FunctionDef)
    }
    seen = 0
    for found in samples_by_lang(result, "python").values():
        source = found[0]["source"]
        call = source[source.index("client.v1.") :]
        name = call[: call.index("(")]
        assert source.startswith("from magic_hour import Client\n\nclient = Client()\n")
        assert textwrap.indent(call, "    ") in docstrings[name], name
        page = (ROOT / "generated" / "docs" / "v1" / ("/".join(name.split(".")[2:-1]) + ".md")).read_text(
            encoding="utf-8"
        )
        assert call in page
        seen += 1
    assert seen == 34


def test_a_template_override_of_the_example_macro_changes_the_samples(tmp_path: Path) -> None:
    macros = (ROOT / "templates" / "package" / "macros.jinja").read_text(encoding="utf-8")
    changed = macros.replace("{{ view.access }}.{{ name }}(", "{{ view.access }}.{{ name }}(  # ours\n", 1)
    assert changed != macros
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "macros.jinja").write_text(changed, encoding="utf-8")
    overlay = overlay_of(MAGIC_HOUR_SPEC, MAGIC_HOUR_CONFIG, templates=tmp_path)
    pythons = [a["update"] for a in overlay["actions"] if a["update"].get("lang") == "python"]
    assert pythons and all("(  # ours\n" in p["source"] for p in pythons)


# --- samples already in the spec -----------------------------------------------------------

_EXISTING = """\
openapi: 3.0.3
info: {title: Existing, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200": {description: OK}
      x-codeSamples:
      - lang: Python
        source: old
      - lang: python
        label: Python (requests)
        source: import requests
      - lang: Shell
        source: curl https://api.example.com/pets
      - lang: python
        source: older
      # the end
  /pets/{id}:
    parameters:
    - {name: id, in: path, required: true, schema: {type: integer}}
    delete:
      operationId: deletePet
      responses:
        "204": {description: Gone}
"""


def test_our_samples_replace_the_unlabelled_ones_and_leave_the_others(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_EXISTING, encoding="utf-8")
    overlay = overlay_of(spec)
    check_overlay(overlay)
    at = "$.paths['/pets'].get['x-codeSamples']"
    assert [(a["target"], "remove" in a) for a in overlay["actions"]] == [
        (f"{at}[0]", False),
        (f"{at}[2]", False),
        (f"{at}[3]", True),
        ("$.paths['/pets/{id}'].delete", False),
    ]
    result = apply_overlay(parse_text(_EXISTING, "spec.yaml"), overlay)
    got = result["paths"]["/pets"]["get"]["x-codeSamples"]
    assert [(s["lang"], s.get("label")) for s in got] == [
        ("python", "Python"),
        ("python", "Python (requests)"),
        ("Shell", "curl"),
    ]
    assert got[2]["source"].startswith("curl --request GET")
    text = applied_text(spec)
    assert parse_text(text, "spec.yaml") == result
    assert "        label: Python (requests)\n        source: import requests\n      - lang: Shell" in text
    assert "      # the end\n  /pets/{id}:" in text, "the comment stays where it was"


def test_an_operation_the_document_reaches_through_a_ref_gets_no_samples(tmp_path: Path) -> None:
    (tmp_path / "items.yaml").write_text(
        "get:\n  operationId: listItems\n  responses:\n    '200': {description: OK}\n", encoding="utf-8"
    )
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        _EXISTING.split("  /pets/{id}:")[0] + "  /items:\n    $ref: items.yaml\n", encoding="utf-8"
    )
    output = samples(Inputs(spec=spec, config=None), apply=False, out=None)
    assert any("GET /items is not written in this file" in w.message for w in output.warnings)
    assert "/items" not in output.text


# --- hostile paths, operationIds and strings -------------------------------------------------

NASTY = 'it\'s "q" \\ back\nline ünï 日本 😀 $(touch pwned) `id` $HOME %41 &x=1#f \u2028 end'
HEADER = 'it\'s "q" ünï $(id) `x`'  # a header value cannot hold a line break
PATHS = {"get": "/it's/{id}", "post": "/back\\slash/ünï/日本 x/{id}", "delete": "/nul\x00/\u2028/{id}"}


def hostile_spec() -> dict[str, Any]:
    def op(method: str) -> dict[str, Any]:
        body = {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text", "tags"],
                        "properties": {
                            "text": {"type": "string", "example": NASTY},
                            "tags": {
                                "type": "array",
                                "items": {"type": "string"},
                                "example": ["a'b", "c\nd"],
                            },
                        },
                    }
                }
            },
        }
        params = [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}, "example": NASTY},
            {"name": "q'x", "in": "query", "required": True, "schema": {"type": "string"}, "example": NASTY},
            {
                "name": "X-Note",
                "in": "header",
                "required": True,
                "schema": {"type": "string"},
                "example": HEADER,
            },
        ]
        return {
            "operationId": f'{method} it\'s "{method}"\n\\ ünï',
            "parameters": params,
            **({"requestBody": body} if method == "post" else {}),
            "responses": {"200": {"description": "OK"}},
        }

    return {
        "openapi": "3.0.3",
        "info": {"title": "Hostile 'samples' \"API\"", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}}},
        "security": [{"key": []}],
        "paths": {path: {method: op(method)} for method, path in PATHS.items()},
    }


def shell_words(command: str) -> list[str]:
    """What a POSIX shell passes to curl for `command`."""
    assert SH is not None
    script = 'curl() { for a in "$@"; do printf "%s\\0" "$a"; done; }\n' + command
    done = subprocess.run([SH, "-c", script], capture_output=True, timeout=30, check=True)
    return done.stdout.decode("utf-8").split("\0")[:-1]


def curl_options(words: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for option, value in zip(words[::2], words[1::2]):
        found.setdefault(option, []).append(value)
    return found


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_hostile_paths_operation_ids_and_strings(tmp_path: Path, suffix: str) -> None:
    tree = hostile_spec()
    spec = tmp_path / f"spec{suffix}"
    spec.write_text(json.dumps(tree) if suffix == ".json" else dump_yaml(tree), encoding="utf-8")
    assert parse_text(spec.read_text(encoding="utf-8"), spec.name) == tree
    overlay = overlay_of(spec, lenient=True)
    check_overlay(overlay)
    for action in overlay["actions"]:
        assert parse_target(action["target"])[:2] in [["paths", p] for p in PATHS.values()]
    result = apply_overlay(tree, overlay)
    assert result == parse_text(applied_text(spec), spec.name)
    for method, path in PATHS.items():
        python, curl = result["paths"][path][method]["x-codeSamples"]
        _check_python(python["source"], method)
        if SH is not None:
            _check_curl(curl["source"], method, path)


def _check_python(source: str, method: str) -> None:
    call = ast.parse(source).body[-1]
    value = call.value if isinstance(call, (ast.Expr, ast.Assign)) else None
    assert isinstance(value, ast.Call), source
    args = {k.arg: ast.literal_eval(k.value) for k in value.keywords}
    assert args["id"] == NASTY and args["q_x"] == NASTY and args["x_note"] == HEADER
    if method == "post":
        assert args["text"] == NASTY and args["tags"] == ["a'b", "c\nd"]


def _check_curl(source: str, method: str, path: str) -> None:
    words = shell_words(source)
    assert words[0] == "--request" and words[1] == method.upper()
    options = curl_options(words)
    url = urlsplit(options["--url"][0])
    assert (url.scheme, url.netloc) == ("https", "api.example.com")
    assert unquote(url.path) == "/v1" + path.replace("{id}", NASTY)
    assert "/" not in url.path.split("/")[-1] and "\n" not in options["--url"][0]
    assert [unquote(p) for p in url.query.split("&")] == [f"q'x={NASTY}"]
    assert f"X-Note: {HEADER}" in options["--header"] and "X-Api-Key: <api-key>" in options["--header"]
    if method == "post":
        assert json.loads(options["--data"][0]) == {"text": NASTY, "tags": ["a'b", "c\nd"]}
    else:
        assert "--data" not in options


# --- the command line ----------------------------------------------------------------------


def test_the_command_line_writes_where_it_is_told(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(MAGIC_HOUR_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    config = ["--spec", str(spec), "--config", str(MAGIC_HOUR_CONFIG)]
    assert main(["samples", *config, "--out", str(tmp_path / "overlay.json")]) == 0
    overlay = json.loads((tmp_path / "overlay.json").read_text(encoding="utf-8"))
    check_overlay(overlay)
    assert overlay["extends"] == "spec.yaml"
    assert main(["samples", *config, "--apply"]) == 0
    printed = capsys.readouterr().out
    assert spec.read_text(encoding="utf-8") == MAGIC_HOUR_SPEC.read_text(
        encoding="utf-8"
    ), "never over the input"
    assert main(["samples", *config, "--apply", "--out", str(spec)]) == 0
    assert spec.read_text(encoding="utf-8") == printed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["overlay.json", "spec.yaml"], "nothing left aside"
    (tmp_path / "bad.yaml").write_text("openapi: 3.0.3\npaths: [\n", encoding="utf-8")
    assert main(["samples", "--spec", str(tmp_path / "bad.yaml"), "--out", str(tmp_path / "x.yaml")]) == 2
    assert "error: " in capsys.readouterr().err and not (tmp_path / "x.yaml").exists()


def test_yaml_output_reads_back_as_written() -> None:
    tricky = ["0o17", "1e3", "1:1", "yes", "null", "~", "- a", "#x", "a: b", "", " lead", "trail ", "\ttab"]
    data = {"strings": tricky, "text": "line\n  indented\n\nlast\n", "nested": [{"k": "v\u2028w"}]}
    text = dump_yaml(data)
    assert parse_text(text, "x.yaml") == data and yaml.safe_load(text) == data


# --- the wire format: one writer (generator/param_styles.py), given curl's text of scalars and the
# runtime's, sends the same ---------------------------------------------------------------------

_VALUES: list[Any] = ["a b/c?é", 3, 1.5, True, None, ["x y", "z,1"], [], {"k 1": "v&2", "n": 3, "skip": None}]


@pytest.mark.parametrize("style", ["form", "spaceDelimited", "pipeDelimited", "deepObject", "json"])
@pytest.mark.parametrize("explode", [True, False])
def test_query_parameters_are_encoded_as_the_runtime_encodes_them(style: str, explode: bool) -> None:
    from generator.samples import curl
    from magic_hour import _base_client as runtime

    for value in _VALUES:
        assert curl._PARAMS.query("na me[]", value, style, explode) == runtime._PARAMS.query(
            "na me[]", value, style, explode
        ), value


@pytest.mark.parametrize("style", ["simple", "label", "matrix"])
@pytest.mark.parametrize("explode", [True, False])
def test_path_parameters_are_encoded_as_the_runtime_encodes_them(style: str, explode: bool) -> None:
    from generator.samples import curl
    from magic_hour import _base_client as runtime

    for value in [v for v in _VALUES if v is not None]:
        assert curl._PARAMS.path("id", value, style, explode) == runtime._PARAMS.path(
            "id", value, style, explode
        )
        assert curl._PARAMS.simple(value) == runtime._PARAMS.simple(value)


# --- forms: one set of rules (generator/form_styles.py) for the SDK, curl and the mock -----------

_FORM_CASES: list[tuple[str, bool, dict[str, Any], Any]] = [
    (style, explode, {"type": "array", "items": {"type": "integer"}}, [1, 2, 3])
    for style in ("form", "spaceDelimited", "pipeDelimited")
    for explode in (True, False)
] + [
    ("form", True, {"type": "array", "items": {"type": "string"}}, ["a b", "c&d=e"]),
    ("form", True, {"type": "object", "properties": {"x": {"type": "integer"}}}, {"x": 1, "y": "two"}),
    ("form", False, {"type": "object", "properties": {"x": {"type": "integer"}}}, {"x": 1, "y": "two"}),
    ("deepObject", True, {"type": "array", "items": {"type": "string"}}, ["a", "b"]),
    (
        "deepObject",
        True,
        {
            "type": "object",
            "properties": {
                "card": {"type": "object", "properties": {"exp": {"type": "integer"}}},
                "tags": {"type": "array", "items": {"type": "boolean"}},
            },
        },
        {"card": {"number": "4242", "exp": 2030}, "tags": [True, False]},
    ),
]


@pytest.mark.parametrize(("style", "explode", "schema", "value"), _FORM_CASES)
def test_form_styles_round_trip_through_the_mock(
    tmp_path: Path, style: str, explode: bool, schema: dict[str, Any], value: Any
) -> None:
    """What the writer sends in each style, the mock reads back as the value it was."""
    from urllib.parse import urlencode

    from generator.form_styles import FormWriter
    from generator.load import load
    from generator.mock.params import check_body
    from generator.mock.spec import Api
    from generator.samples.curl import _text

    body = {"type": "object", "properties": {"field": schema, "other": {"type": "string"}}}
    media = {"schema": body, "encoding": {"field": {"style": style, "explode": explode}}}
    operation = {
        "requestBody": {"content": {"application/x-www-form-urlencoded": media}},
        "responses": {"204": {"description": "done"}},
    }
    spec = tmp_path / "forms.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "forms", "version": "1"},
                "paths": {"/f": {"post": operation}},
            }
        ),
        encoding="utf-8",
    )
    api = Api(load(spec))
    sent = {"field": value, "other": "o"}
    pairs = FormWriter(_text).pairs(sent, {"field": (style, explode)})
    received = check_body(
        api.schemas, api.routes[0], "application/x-www-form-urlencoded", urlencode(pairs).encode()
    )
    assert received == sent, pairs


_LAYOUTS = {
    "flow_operation": ("  /a:\n    get: {operationId: a, responses: {'200': {description: OK}}}\n", True),
    "flow_samples": (
        "  /a:\n    get:\n      x-codeSamples: [{lang: go, source: x}]  # kept?\n"
        "      responses: {'200': {description: OK}}\n",
        False,
    ),
    "not_a_list": (
        "  /a:\n    get:\n      x-codeSamples: nope\n      responses: {'200': {description: OK}}\n",
        False,
    ),
    "crlf": ("  /a:\r\n    get:\r\n      responses:\r\n        '200': {description: OK}\r\n", False),
    "comments_and_blank_lines": (
        "  /a:\n    get:\n      responses:\n        '200':\n          description: OK\n\n"
        "      # the end of get\n    # after the path\n",
        False,
    ),
}


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
def test_apply_on_yaml_layouts(tmp_path: Path, layout: str) -> None:
    paths, rewritten = _LAYOUTS[layout]
    head = "openapi: 3.0.3\ninfo: {title: Layouts, version: '1'}\npaths:\n"
    text = (head.replace("\n", "\r\n") if layout == "crlf" else head) + paths
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(text.encode("utf-8"))
    output = samples(Inputs(spec=spec, config=None), apply=True, out=None)
    expected = apply_overlay(parse_text(text, "spec.yaml"), overlay_of(spec))
    assert parse_text(output.text, "spec.yaml") == expected
    assert any("layout" in w.message for w in output.warnings) == rewritten
    if not rewritten:
        kept = [line for line in text.splitlines() if "x-codeSamples" not in line]
        assert all(line in output.text.splitlines() for line in kept), "every other line stays"
    if layout == "crlf":
        assert "\n" not in output.text.replace("\r\n", "")
