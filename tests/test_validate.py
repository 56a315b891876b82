"""The validate stage's pieces: cut, validated one by one, cached, they give the whole document's verdict."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import SPECS, needs_shared
from generator import validate
from generator.validate import openapi
from generator.validate.openapi import Finding
from generator.validate.pieces import Cutter, Part, StandIns

URI = "file:///spec.json"
RUN = openapi.run_validator  # the real one, when a test counts its calls


def _verdict(findings: list[Finding]) -> list[tuple[str, str]]:
    return sorted({(f.problem.message, f.problem.pointer) for f in findings})


def _whole(root: dict[str, Any]) -> list[tuple[str, str]]:
    return _verdict(RUN(root, root["openapi"], URI, "spec"))


def _by_pieces(cutter: Cutter, parts: list[Part]) -> list[tuple[str, str]]:
    problems: list[Finding] = []
    for part in parts:
        problems += RUN(cutter.document(part), cutter.root["openapi"], URI, "spec")
    return _verdict(problems)


def _api(paths: int, schemas: dict[str, Any]) -> dict[str, Any]:
    """A 3.0 document: `paths` operations returning `Thing`, and the given component schemas."""
    ops = {
        f"/things{i}/{{id}}": {
            "get": {
                "operationId": f"getThing{i}",
                "summary": f"Get thing {i}",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
        for i in range(paths)
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": ops,
        "components": {"schemas": schemas},
    }


def _inheriting(count: int) -> dict[str, Any]:
    """`count` schemas, each `Child<i>` requiring a property only its `allOf` parent defines."""
    schemas: dict[str, Any] = {
        "Base": {"type": "object", "properties": {"id": {"type": "string"}, "kind": {"type": "string"}}},
        "Thing": {"allOf": [{"$ref": "#/components/schemas/Base"}], "required": ["id"]},
        "Color": {"type": "string", "enum": ["red", "green"]},
    }
    for i in range(count):
        schemas[f"Child{i}"] = {
            "allOf": [
                {"$ref": "#/components/schemas/Thing"},
                {"properties": {f"own{i}": {"$ref": "#/components/schemas/Color"}}},
            ],
            "required": ["kind", f"own{i}"],
        }
    return schemas


def _shared_specs() -> list[Path]:
    return sorted(p for p in SPECS.glob("*") if p.suffix in (".json", ".yaml")) if SPECS.is_dir() else []


@needs_shared()
@pytest.mark.parametrize("spec", _shared_specs(), ids=lambda p: p.name)
def test_pieces_give_the_whole_documents_verdict(spec: Path) -> None:
    root = json.loads(spec.read_text()) if spec.suffix == ".json" else yaml.safe_load(spec.read_text())
    cutter = Cutter(root)
    coarse = cutter.layout()
    fine = [f for part in coarse for f in cutter.split(part)]
    expected = _whole(root)
    assert _by_pieces(cutter, coarse) == expected
    assert _by_pieces(cutter, fine) == expected


def test_a_required_property_inherited_from_a_schema_in_another_piece() -> None:
    """The validator looks through `allOf` references for a `required` property: each piece
    holds a stand-in naming the properties of the schemas it does not own."""
    root = _api(30, _inheriting(300))
    cutter = Cutter(root)
    coarse = cutter.layout()
    assert len(coarse) > 2, "the document is large enough to be cut"
    fine = [f for part in coarse for f in cutter.split(part)]
    assert _whole(root) == [] and _by_pieces(cutter, coarse) == [] and _by_pieces(cutter, fine) == []


def test_a_problem_in_one_piece_keeps_the_documents_pointer() -> None:
    root = _api(30, _inheriting(300))
    root["components"]["schemas"]["Child7"]["properties"] = {"bad": {"type": "strin"}}
    root["paths"]["/things3/{id}"]["get"]["responses"]["200"]["description"] = 5
    expected = _whole(root)
    pointers = {pointer for _, pointer in expected}
    assert "/components/schemas/Child7/properties/bad/type" in pointers, expected
    assert "/paths/~1things3~1{id}/get/responses/200/description" in pointers, expected
    cutter = Cutter(root)
    assert _by_pieces(cutter, cutter.layout()) == expected
    assert _by_pieces(cutter, [f for part in cutter.layout() for f in cutter.split(part)]) == expected


def test_a_default_is_checked_against_an_enum_held_by_another_piece() -> None:
    root = _api(30, _inheriting(300))
    root["components"]["schemas"]["Child9"]["properties"] = {
        "tone": {"allOf": [{"$ref": "#/components/schemas/Color"}], "default": "blue"}
    }
    expected = _whole(root)
    # The validator's wording is its own: the value it names is what this test checks.
    assert len(expected) == 1 and "blue" in expected[0][0]
    cutter = Cutter(root)
    assert _by_pieces(cutter, [f for part in cutter.layout() for f in cutter.split(part)]) == expected


def test_a_default_is_checked_against_a_composite_schema_held_by_another_piece() -> None:
    # `Thing` refers to `Base`: too composite to copy as a stand-in, so the piece holding the
    # default must hold `Thing` and `Base` themselves.
    root = _api(30, _inheriting(300))
    root["components"]["schemas"]["Child9"]["properties"] = {
        "thing": {"allOf": [{"$ref": "#/components/schemas/Thing"}], "default": {"id": 5}}
    }
    expected = _whole(root)
    assert len(expected) == 1 and expected[0][1].endswith("/thing/default/id"), expected
    cutter = Cutter(root)
    assert _by_pieces(cutter, cutter.layout()) == expected
    assert _by_pieces(cutter, [f for part in cutter.layout() for f in cutter.split(part)]) == expected


class _Counting:
    """`validate.run_validator`, recording how many paths and schemas each run was given."""

    def __init__(self) -> None:
        self.runs: list[tuple[int, int]] = []
        self.real = validate.run_validator

    def __call__(self, root: Any, *args: Any) -> list[Finding]:
        self.runs.append(
            (len(root.get("paths") or {}), len((root.get("components") or {}).get("schemas") or {}))
        )
        return self.real(root, *args)


def _validate_all(root: dict[str, Any]) -> list[tuple[str, str]]:
    cutter = Cutter(root)
    problems: list[Finding] = []
    for part in cutter.layout():
        problems += validate.validate_part(cutter, part, root["openapi"], URI, "spec")
    return _verdict(problems)


def test_a_one_operation_change_revalidates_one_small_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path))
    counting = _Counting()
    monkeypatch.setattr(validate, "run_validator", counting)
    root = _api(40, _inheriting(20))
    assert _validate_all(root) == []
    assert counting.runs == [(40, 23)], "a first run validates the (small) document whole"

    changed = copy.deepcopy(root)
    changed["paths"]["/things17/{id}"]["get"]["summary"] = "edited"
    counting.runs.clear()
    assert _validate_all(changed) == []
    assert len(counting.runs) == 1 and 1 <= counting.runs[0][0] <= 15, counting.runs

    broken = copy.deepcopy(changed)
    broken["paths"]["/things17/{id}"]["get"]["responses"]["200"]["description"] = 5
    counting.runs.clear()
    assert _validate_all(broken) == _whole(broken) != []
    assert len(counting.runs) == 1, "the invalid piece alone is validated"

    counting.runs.clear()
    assert _validate_all(changed) == [], "the verdict on the unbroken piece was kept"
    assert counting.runs == []


def test_an_invalid_document_is_not_taken_to_have_valid_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path))
    root = _api(40, _inheriting(20))
    root["paths"]["/things2/{id}"]["get"]["responses"]["200"]["description"] = 5
    first = _validate_all(root)
    assert first == _whole(root) != []
    changed = copy.deepcopy(root)
    changed["paths"]["/things30/{id}"]["get"]["summary"] = "edited"
    assert _validate_all(changed) == first


def test_stand_ins_of_cyclic_and_deep_compositions() -> None:
    """A hostile document's compositions: a cycle, and a chain far deeper than Python's stack."""
    schemas: dict[str, Any] = {
        "A": {"allOf": [{"$ref": "#/components/schemas/B"}], "properties": {"a": {}}},
        "B": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"items": {"properties": {"b": {}}}}]},
    }
    chain: dict[str, Any] = {"properties": {"deepest": {}}}
    for _ in range(20_000):
        chain = {"allOf": [chain]}
    schemas["Deep"] = chain
    stand_ins = StandIns(schemas)
    assert stand_ins["A"] == {"properties": {"a": {}, "b": {}}}
    assert stand_ins["B"] == {"properties": {"a": {}, "b": {}}}
    assert stand_ins["Deep"] == {"properties": {"deepest": {}}}


@pytest.mark.parametrize("valid", [True, False], ids=["valid", "invalid"])
def test_the_verdict_leaves_no_pool_behind(
    valid: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pool thread still closing its pipes while the interpreter exits printed an OSError
    # traceback after a clean "exit 2" (CI, Python 3.11): the verdict must join it first.
    import threading

    from generator.errors import Diagnostics, SpecError
    from generator.load import load

    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path))
    root = _api(250, _inheriting(10))
    if not valid:
        root["paths"]["/things7/{id}"]["get"]["responses"]["200"]["description"] = 5
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(root))
    before = set(threading.enumerate())
    validation = validate.Validation(load(spec))
    assert len(validation._futures) > 1, "the test needs the forked pool"
    if valid:
        validation.finish(Diagnostics())
    else:
        with pytest.raises(SpecError, match="description"):
            validation.finish(Diagnostics())
    assert validation._pool is None
    assert [t for t in threading.enumerate() if t not in before and t.is_alive()] == []


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_the_schema_check_uses_jsonschema_whatever_backend_is_asked_for(
    version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # openapi-spec-validator switches to jsonschema-rs when it is installed or asked for here;
    # that backend's errors quote the whole document and carry no pointer (and, when it is
    # not installed, asking for it makes every validation fail).
    monkeypatch.setenv("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema-rs")
    openapi._validator_class.cache_clear()
    root = _api(2, _inheriting(2))
    root["openapi"] = version
    root["paths"]["/things1/{id}"]["get"]["responses"]["200"]["description"] = 5
    verdict = _whole(root)
    assert verdict and all(len(message) < 300 for message, _ in verdict), verdict
    assert any(p.startswith("/paths/~1things1~1{id}/get/responses/200") for _, p in verdict), verdict


# structural problems stop the run; the others are warnings with their exact place -------------


def _generate(tmp_path: Path, root: dict[str, Any], *flags: str) -> tuple[int, list[str]]:
    import subprocess
    import sys

    from conftest import ROOT

    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(root))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(tmp_path / "out"),
            *flags,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "SDKGEN_CACHE_DIR": str(tmp_path / "cache")},
        timeout=120,
    )
    return run.returncode, run.stderr.splitlines()


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_default_that_does_not_fit_is_a_warning_at_its_own_place(tmp_path: Path, version: str) -> None:
    root = _api(1, _inheriting(0))
    root["openapi"] = version
    root["components"]["schemas"]["Base"]["properties"]["flag"] = {"type": "boolean", "default": "false"}
    root["paths"]["/things0/{id}"]["get"]["parameters"].append(
        {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["auto"], "default": ["auto"]}}
    )
    code, lines = _generate(tmp_path, root)
    assert code == 0, lines
    warnings = [line for line in lines if line.startswith("warning:") and "`default`" in line]
    assert any("(/components/schemas/Base/properties/flag/default)" in w for w in warnings), warnings
    assert any("(/paths/~1things0~1{id}/get/parameters/1/schema/default)" in w for w in warnings), warnings
    assert not any("(#)" in line for line in lines), lines


def test_a_default_missing_several_properties_is_one_warning(tmp_path: Path) -> None:
    root = _api(1, _inheriting(0))
    root["components"]["schemas"]["Base"]["properties"]["pair"] = {
        "type": "object",
        "required": ["left", "right"],
        "properties": {"left": {"type": "string"}, "right": {"type": "string"}},
        "default": {},
    }
    code, lines = _generate(tmp_path, root)
    assert code == 0, lines
    here = [line for line in lines if "(/components/schemas/Base/properties/pair/default)" in line]
    assert len(here) == 1, lines
    assert "'left'" in here[0] and "'right'" in here[0], here


def test_an_error_inside_a_response_points_at_its_own_node(tmp_path: Path) -> None:
    root = _api(1, _inheriting(0))
    response = root["paths"]["/things0/{id}"]["get"]["responses"]["200"]
    response["content"] = {
        "application/json": {"schema": {"type": "object", "properties": {"x": {"type": "strin"}}}}
    }
    code, lines = _generate(tmp_path, root)
    errors = [line for line in lines if line.startswith("error:")]
    assert code == 2 and errors, lines
    assert all("/schema/properties/x/type)" in line for line in errors), errors
    assert not any("any of the given schemas" in line or "'$ref'" in line for line in errors), errors


def test_keys_the_version_does_not_list_are_warnings_and_a_path_without_slash_is_an_error(
    tmp_path: Path,
) -> None:
    root = _api(1, _inheriting(0))
    root["paths"]["/things0/{id}"]["get"]["title"] = "A title"
    root["components"]["schemas"]["Base"]["properties"]["kind"]["const"] = "x"  # 3.1 keyword in 3.0
    code, lines = _generate(tmp_path, root)
    assert code == 0, lines
    assert any("`title`" in line and "(/paths/~1things0~1{id}/get)" in line for line in lines), lines
    assert any(
        "`const`" in line and "/components/schemas/Base/properties/kind" in line for line in lines
    ), lines

    root["paths"]["things1"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    code, lines = _generate(tmp_path, root)
    assert code == 2, lines
    assert any(
        line.startswith("error:") and "(/paths)" in line and "things1" in line for line in lines
    ), lines


def test_every_structural_problem_is_counted_and_the_last_line_names_lenient(tmp_path: Path) -> None:
    root = _api(60, _inheriting(0))
    for i in range(60):
        root["paths"][f"/things{i}/{{id}}"]["get"]["responses"]["200"]["description"] = i
    code, lines = _generate(tmp_path, root)
    assert code == 2
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == validate.MAX_ERRORS
    assert len(set(errors)) == len(errors), "each place is its own line"
    assert lines[-1].startswith("note: 60 OpenAPI validation problems (10 more not shown)"), lines[-1]
    assert "--lenient" in lines[-1]
    code, lines = _generate(tmp_path, root, "--lenient")
    assert code == 0
    assert sum("ignored with --lenient" in line for line in lines) == 60


def test_a_reference_inside_a_component_is_validated_piece_by_piece(tmp_path: Path) -> None:
    # A piece that refers inside a schema it does not own (`Tag/allOf/0`) holds that schema
    # itself: a stand-in has no `allOf`, and the validator failed on the dangling pointer.
    schemas = _inheriting(300)
    schemas["Tag"] = {"allOf": [{"type": "object", "properties": {"label": {"type": "string"}}}]}
    root = _api(3, schemas)
    root["paths"]["/things1/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Tag/allOf/0"
    }
    cutter = Cutter(root)
    assert len(cutter.layout()) > 1
    assert _by_pieces(cutter, cutter.layout()) == _whole(root) == []
    assert _by_pieces(cutter, [f for part in cutter.layout() for f in cutter.split(part)]) == []


def test_a_pattern_in_ecma_syntax_is_not_a_structural_problem() -> None:
    root = _api(1, _inheriting(0))
    root["openapi"] = "3.1.0"
    root["components"]["schemas"]["Base"]["properties"]["id"]["pattern"] = "^(?<token>[a-z]{3}):(?<rest>.*)$"
    findings = RUN(root, root["openapi"], URI, "spec")
    assert all(not f.structural for f in findings), findings
