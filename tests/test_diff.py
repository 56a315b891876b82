"""`python -m generator diff`: SDK-level changes between two spec versions, classified."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, run_cli
from generator.diff import Change, bump, diff, render_markdown, render_text
from generator.pipeline import Inputs, named_api

HISTORY = ROOT / "spec" / "history" / "magic-hour-go-docs.openapi.yaml"
CURRENT = ROOT / "spec" / "magic-hour.openapi.yaml"
CONFIG = ROOT / "spec" / "sdk.yaml"
CREATE = "client.v1.ai_image_generator.create"


# --- the older Magic Hour spec against the current one ---------------------------------------


@pytest.fixture(scope="module")
def history() -> list[Change]:
    old = named_api(Inputs(HISTORY, CONFIG)).api
    new = named_api(Inputs(CURRENT, CONFIG)).api
    return diff(old, new)


def _find(changes: list[Change], **want: object) -> list[Change]:
    return [c for c in changes if all(getattr(c, k) == v for k, v in want.items())]


def test_history_removed_deprecated_inputs_are_breaking(history: list[Change]) -> None:
    for path in ("orientation", "style.quality_mode"):
        [change] = _find(history, kind="removed", where="input", path=path)
        assert change.breaking and change.call == CREATE and change.was_deprecated
        assert change.operation == "POST /v1/ai-image-generator"


def test_history_frame_cost_removed_from_the_response_is_breaking(history: list[Change]) -> None:
    [change] = _find(history, where="response", path="frame_cost")
    assert change.kind == "removed" and change.breaking


def test_history_new_models_and_resolutions_are_added_values(history: list[Change]) -> None:
    added = {(c.path, c.value) for c in _find(history, kind="value_added")}
    assert added == {
        ("model", "flux-2-klein"),
        ("model", "seedream-v4"),
        ("model", "nano-banana"),
        ("model", "nano-banana-2"),
        ("model", "gpt-image-2"),
        ("resolution", "640px"),
        ("resolution", "1k"),
    }
    assert all(c.category == "added" for c in _find(history, kind="value_added"))
    # Nothing was taken away from either list: `seedream` and `auto` remain, deprecated.
    assert _find(history, kind="value_removed") == []


def test_history_seedream_and_auto_are_newly_deprecated(history: list[Change]) -> None:
    deprecated = {(c.path, c.value) for c in _find(history, category="deprecated")}
    assert deprecated == {("model", "seedream"), ("resolution", "auto")}


def test_history_report_is_exactly_this(history: list[Change]) -> None:
    assert [c.category for c in history].count("breaking") == 3
    assert _find(history, category="changed") == []
    assert bump(history) == "major"
    text = render_text(history)
    assert text.splitlines()[-1] == "semver: major (3 breaking, 7 added, 2 deprecated, 0 changed)"
    assert (
        "- `client.v1.ai_image_generator.create`: input `style.quality_mode` removed (it was deprecated)"
        in text
    )


def test_history_cli_exits_1_with_the_report() -> None:
    result = run_cli("diff", str(HISTORY), str(CURRENT), "--config", str(CONFIG))
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("Breaking (3):\n")
    assert "response field `frame_cost` removed" in result.stdout
    assert result.stdout.endswith("semver: major (3 breaking, 7 added, 2 deprecated, 0 changed)\n")


def test_history_markdown_changelog() -> None:
    result = run_cli("diff", str(HISTORY), str(CURRENT), "--format", "markdown")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "## Major release (3 breaking, 7 added, 2 deprecated, 0 changed)"
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [lines[0], "### Breaking", "### Added", "### Deprecated"]
    assert "- `client.v1.ai_image_generator.create`: input `model` has a new value `gpt-image-2`" in lines


def test_the_reverse_direction_is_also_breaking(history: list[Change]) -> None:
    old = named_api(Inputs(CURRENT, CONFIG)).api
    new = named_api(Inputs(HISTORY, CONFIG)).api
    back = diff(old, new)
    removed = {c.value for c in _find(back, kind="value_removed")}
    assert removed == {
        "flux-2-klein",
        "seedream-v4",
        "nano-banana",
        "nano-banana-2",
        "gpt-image-2",
        "640px",
        "1k",
    }
    assert {c.path for c in _find(back, kind="added")} == {"orientation", "style.quality_mode", "frame_cost"}
    assert all(not c.breaking for c in _find(back, kind="added"))


def test_same_spec_has_no_changes() -> None:
    result = run_cli("diff", str(CURRENT), str(CURRENT))
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == "No changes to the SDK surface.\n\nsemver: patch (0 breaking, 0 added, 0 deprecated, 0 changed)\n"
    )
    # A warning about the spec is reported once, not once per side.
    assert result.stderr.count("required property 'frame_cost'") == 1


@pytest.mark.slow
def test_history_spec_generates_an_sdk_that_passes_mypy_strict(tmp_path: Path) -> None:
    out = tmp_path / "old_sdk"
    result = run_cli("generate", "--spec", str(HISTORY), "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 0, result.stderr
    style = (
        out / "magic_hour" / "types" / "params" / "v1_ai_image_generator_create_body_style.py"
    ).read_text()
    assert "quality_mode: typing_extensions.NotRequired[" in style
    response = (
        out / "magic_hour" / "types" / "models" / "v1_ai_image_generator_create_response.py"
    ).read_text()
    assert "frame_cost: int" in response
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "magic_hour"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


# --- focused pairs of tiny specs -------------------------------------------------------------


def _base() -> dict[str, Any]:
    obj = {"type": "object"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Renders", "version": "1"},
        "servers": [{"url": "https://renders.example.com"}],
        "paths": {
            "/v1/renders": {
                "post": {
                    "operationId": "renders.create",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    **obj,
                                    "required": ["prompt"],
                                    "properties": {
                                        "prompt": {"type": "string"},
                                        "size": {"type": "string", "enum": ["small", "large"]},
                                        "options": {"$ref": "#/components/schemas/Options"},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        **obj,
                                        "required": ["id"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "credits": {"type": "integer"},
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/v1/renders/{id}": {
                "get": {
                    "operationId": "renders.get",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        **obj,
                                        "required": ["id", "status"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "status": {"type": "string", "enum": ["queued", "done"]},
                                            "parts": {
                                                "type": "array",
                                                "items": {"$ref": "#/components/schemas/Node"},
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Options": {**obj, "properties": {"seed": {"type": "integer"}, "steps": {"type": "integer"}}},
                # Recursive: the walk must stop instead of looping.
                "Node": {
                    **obj,
                    "properties": {
                        "name": {"type": "string"},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    },
                },
            }
        },
    }


CREATE_BODY = ("paths", "/v1/renders", "post", "requestBody", "content", "application/json", "schema")
CREATE_RESPONSE = (
    "paths",
    "/v1/renders",
    "post",
    "responses",
    "200",
    "content",
    "application/json",
    "schema",
)
GET = ("paths", "/v1/renders/{id}", "get")


def _at(spec: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        spec = spec[key]
    return spec


def _write(tmp_path: Path, name: str, spec: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    return path


def _changes(
    tmp_path: Path, old: dict[str, Any], new: dict[str, Any], config: str | None = None
) -> list[Change]:
    config_path = None
    if config is not None:
        config_path = tmp_path / "sdk.yaml"
        config_path.write_text(config, encoding="utf-8")
    apis = [
        named_api(Inputs(_write(tmp_path, n, s), config_path)).api
        for n, s in (("old.json", old), ("new.json", new))
    ]
    return diff(*apis)


def _one(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def test_unchanged_tiny_spec_including_a_recursive_schema(tmp_path: Path) -> None:
    assert _changes(tmp_path, _base(), _base()) == []


def test_recursive_aliases_are_walked_once(tmp_path: Path) -> None:
    """A named array of itself, and a union that contains itself: no endless walk."""

    def spec(item: dict[str, Any]) -> dict[str, Any]:
        json_ref = {"$ref": "#/components/schemas/Json"}
        ok = {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tree"}}},
        }
        return {
            "openapi": "3.0.3",
            "info": {"title": "Rec", "version": "1"},
            "paths": {
                "/tree": {
                    "post": {
                        "requestBody": {
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "properties": {"v": json_ref}}
                                }
                            }
                        },
                        "responses": {"200": ok},
                    }
                }
            },
            "components": {
                "schemas": {
                    "Tree": {"type": "array", "items": item},
                    "Json": {
                        "oneOf": [
                            {"type": "string"},
                            {"type": "array", "items": json_ref},
                            {"$ref": "#/components/schemas/Tree"},
                        ]
                    },
                }
            },
        }

    same = spec({"$ref": "#/components/schemas/Tree"})
    assert _changes(tmp_path, same, same) == []
    changes = _changes(tmp_path, same, spec({"type": "string"}))
    assert {(c.kind, c.where, c.path, c.old, c.new) for c in changes} == {
        ("type_changed", "response", "", "list[Tree]", "list[str]"),
        ("removed", "response", "[]", "list[Tree]", ""),
        (
            "type_changed",
            "input",
            "v",
            "union[list[Json], list[Tree], str]",
            "union[list[Json], list[str], str]",
        ),
        ("type_changed", "input", "v(Tree)", "list[Tree]", "list[str]"),
        ("removed", "input", "v(Tree)[]", "list[Tree]", ""),
    }
    assert all(c.breaking for c in changes)
    assert "`client.tree.create`: return type changed from `list[Tree]` to `list[str]`" in render_text(
        changes
    )


def test_added_operation(tmp_path: Path) -> None:
    new = _base()
    _at(new, "paths", "/v1/renders/{id}")["delete"] = {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "gone"}},
    }
    change = _one(_changes(tmp_path, _base(), new))
    assert (change.category, change.kind, change.where) == ("added", "added", "operation")
    assert change.call == "client.v1.renders.delete" and change.operation == "DELETE /v1/renders/{id}"
    assert bump([change]) == "minor"


def test_removed_operation(tmp_path: Path) -> None:
    new = _base()
    del _at(new, "paths")["/v1/renders/{id}"]
    change = _one(_changes(tmp_path, _base(), new))
    assert (change.category, change.kind, change.call) == ("breaking", "removed", "client.v1.renders.get")
    assert bump([change]) == "major"


def test_renamed_operation_same_operation_id_at_another_path(tmp_path: Path) -> None:
    new = _base()
    _at(new, "paths")["/v2/renders"] = _at(new, "paths").pop("/v1/renders")
    change = _one(_changes(tmp_path, _base(), new))
    assert (change.category, change.kind) == ("breaking", "renamed")
    assert (change.old, change.new) == ("client.v1.renders.create", "client.v2.renders.create")
    assert change.operation == "POST /v2/renders"


def test_renamed_operation_same_method_and_path(tmp_path: Path) -> None:
    """With `method_names: operation_id` a new operationId renames the Python method."""
    new = _base()
    _at(new, *GET)["operationId"] = "renders.fetch"
    config = "package: renders\nresources:\n  method_names: operation_id\n"
    change = _one(_changes(tmp_path, _base(), new, config))
    assert (change.category, change.kind, change.operation) == ("breaking", "renamed", "GET /v1/renders/{id}")
    assert change.old.endswith(".renders_get") and change.new.endswith(".renders_fetch")


def test_moved_operation_under_the_same_call_is_not_breaking_itself(tmp_path: Path) -> None:
    new = _base()
    item = _at(new, "paths").pop("/v1/renders/{id}")
    item["get"]["parameters"][0]["name"] = "render_id"
    _at(new, "paths")["/v1/renders/{render_id}"] = item
    changes = _changes(tmp_path, _base(), new)
    moved = _one(_find(changes, kind="moved"))
    assert moved.category == "changed" and moved.call == "client.v1.renders.get"
    assert (moved.old, moved.new) == ("GET /v1/renders/{id}", "GET /v1/renders/{render_id}")
    # The keyword argument did change name: that part breaks callers.
    assert {(c.kind, c.path, c.category) for c in changes if c.where == "input"} == {
        ("removed", "id", "breaking"),
        ("added", "render_id", "breaking"),
    }


def test_new_required_parameter_is_breaking_new_optional_is_not(tmp_path: Path) -> None:
    new = _base()
    _at(new, *GET)["parameters"] += [
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "locale", "in": "query", "schema": {"type": "string"}},
    ]
    changes = _changes(tmp_path, _base(), new)
    assert {(c.path, c.category) for c in changes} == {("region", "breaking"), ("locale", "added")}
    assert "new required input `region`" in render_text(changes)


def test_parameter_type_change(tmp_path: Path) -> None:
    new = _base()
    _at(new, *GET)["parameters"][1]["schema"] = {"type": "string"}
    change = _one(_changes(tmp_path, _base(), new))
    assert (change.category, change.kind, change.path) == ("breaking", "type_changed", "verbose")
    assert (change.old, change.new) == ("bool", "str")


def test_input_made_nullable_is_not_breaking_response_made_nullable_is(tmp_path: Path) -> None:
    new = _base()
    _at(new, *GET)["parameters"][1]["schema"]["nullable"] = True
    _at(new, *CREATE_RESPONSE, "properties", "id")["nullable"] = True
    changes = _changes(tmp_path, _base(), new)
    assert {(c.where, c.path, c.category) for c in changes} == {
        ("input", "verbose", "changed"),
        ("response", "id", "breaking"),
    }


def test_enum_value_added_and_removed(tmp_path: Path) -> None:
    new = _base()
    _at(new, *CREATE_BODY, "properties", "size")["enum"] = ["small", "medium"]
    changes = _changes(tmp_path, _base(), new)
    assert {(c.kind, c.value, c.category) for c in changes} == {
        ("value_added", "medium", "added"),
        ("value_removed", "large", "breaking"),
    }
    assert all(c.path == "size" and c.call == "client.v1.renders.create" for c in changes)


def test_response_enum_value_removed_is_breaking(tmp_path: Path) -> None:
    new = _base()
    _at(new, *GET, "responses", "200", "content", "application/json", "schema", "properties", "status")[
        "enum"
    ] = ["done"]
    change = _one(_changes(tmp_path, _base(), new))
    assert (change.where, change.kind, change.value, change.category) == (
        "response",
        "value_removed",
        "queued",
        "breaking",
    )


def test_field_made_required_and_optional(tmp_path: Path) -> None:
    new = _base()
    _at(new, *CREATE_BODY)["required"] = ["size"]
    changes = _changes(tmp_path, _base(), new)
    assert {(c.kind, c.path, c.category) for c in changes} == {
        ("now_required", "size", "breaking"),
        ("now_optional", "prompt", "changed"),
    }


def test_nested_field_removed_and_added(tmp_path: Path) -> None:
    new = _base()
    props = _at(new, "components", "schemas", "Options", "properties")
    del props["seed"]
    props["quality"] = {"type": "string", "enum": ["fast", "best"]}
    changes = _changes(tmp_path, _base(), new)
    assert {(c.kind, c.path, c.category) for c in changes} == {
        ("removed", "options.seed", "breaking"),
        ("added", "options.quality", "added"),
    }


def test_response_field_removed_added_and_made_optional(tmp_path: Path) -> None:
    new = _base()
    schema = _at(new, *CREATE_RESPONSE)
    del schema["properties"]["credits"]
    schema["properties"]["cost"] = {"type": "number"}
    del schema["required"]
    changes = _changes(tmp_path, _base(), new)
    assert {(c.kind, c.path, c.category) for c in changes} == {
        ("removed", "credits", "breaking"),
        ("added", "cost", "added"),
        ("now_optional", "id", "breaking"),
    }
    assert all(c.where == "response" for c in changes)


def test_fields_of_a_new_object_are_not_listed_one_by_one(tmp_path: Path) -> None:
    new = _base()
    _at(new, *CREATE_BODY, "properties")["extra"] = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
    }
    change = _one(_changes(tmp_path, _base(), new))
    assert (change.kind, change.path, change.new) == ("added", "extra", "object")


def test_renamed_component_class_is_breaking(tmp_path: Path) -> None:
    new = _base()
    schemas = _at(new, "components", "schemas")
    schemas["RenderOptions"] = schemas.pop("Options")
    _at(new, *CREATE_BODY, "properties", "options")["$ref"] = "#/components/schemas/RenderOptions"
    change = _one(_changes(tmp_path, _base(), new))
    assert (change.kind, change.path, change.old, change.new) == (
        "class_renamed",
        "options",
        "Options",
        "RenderOptions",
    )
    assert change.breaking


def test_newly_deprecated_operation_field_and_enum_value(tmp_path: Path) -> None:
    new = _base()
    _at(new, *GET)["deprecated"] = True
    _at(new, *CREATE_BODY, "properties", "prompt")["deprecated"] = True
    _at(new, *CREATE_BODY, "properties", "size")[
        "description"
    ] = "How big.\n\n**Deprecated Enum Values:**\n\n- `small` - Use `large` instead."
    _at(new, *CREATE_RESPONSE, "properties", "credits")["description"] = "DEPRECATED: Use `id` to look it up."
    changes = _changes(tmp_path, _base(), new)
    assert {(c.where, c.kind, c.path, c.value) for c in changes} == {
        ("operation", "deprecated", "", ""),
        ("input", "deprecated", "prompt", ""),
        ("input", "value_deprecated", "size", "small"),
        ("response", "deprecated", "credits", ""),
    }
    assert all(c.category == "deprecated" for c in changes)
    assert bump(changes) == "minor"
    # ...and the way back lifts the deprecations: a change, not a new version's worth.
    back = _changes(tmp_path, new, _base())
    assert {c.category for c in back} == {"changed"} and bump(back) == "patch"


def test_markdown_sections_in_order(tmp_path: Path) -> None:
    new = _base()
    _at(new, *CREATE_BODY, "properties", "size")["enum"] = ["small", "medium"]
    _at(new, *CREATE_BODY, "properties", "prompt")["deprecated"] = True
    del _at(new, *CREATE_BODY)["required"]
    text = render_markdown(_changes(tmp_path, _base(), new))
    assert text == (
        "## Major release (1 breaking, 1 added, 1 deprecated, 1 changed)\n\n"
        "### Breaking\n\n- `client.v1.renders.create`: input `size` lost the value `large`\n\n"
        "### Added\n\n- `client.v1.renders.create`: input `size` has a new value `medium`\n\n"
        "### Deprecated\n\n- `client.v1.renders.create`: input `prompt` is deprecated\n\n"
        "### Changed\n\n- `client.v1.renders.create`: input `prompt` is now optional\n"
    )


def test_markdown_escapes_odd_values(tmp_path: Path) -> None:
    new = _base()
    _at(new, *CREATE_BODY, "properties", "size")["enum"] = ["small", "large", "a`b|<c>"]
    text = render_markdown(_changes(tmp_path, _base(), new))
    # Inside a code span HTML is inert and entities are not decoded: `<` shows as itself.
    assert "has a new value ``a`b\\|<c>``" in text


# --- exit codes ------------------------------------------------------------------------------


def test_cli_exit_0_for_additions_only(tmp_path: Path) -> None:
    new = _base()
    _at(new, *CREATE_BODY, "properties", "size")["enum"] = ["small", "large", "huge"]
    result = run_cli("diff", str(_write(tmp_path, "a.json", _base())), str(_write(tmp_path, "b.json", new)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("semver: minor (0 breaking, 1 added, 0 deprecated, 0 changed)\n")


def test_cli_exit_1_for_breaking(tmp_path: Path) -> None:
    new = _base()
    del _at(new, "paths")["/v1/renders/{id}"]
    result = run_cli("diff", str(_write(tmp_path, "a.json", _base())), str(_write(tmp_path, "b.json", new)))
    assert result.returncode == 1, result.stderr
    assert "`client.v1.renders.get` removed (`GET /v1/renders/{id}`)" in result.stdout


def test_cli_exit_2_for_bad_input(tmp_path: Path) -> None:
    bad = copy.deepcopy(_base())
    _at(bad, *CREATE_BODY)["required"] = "prompt"  # must be a list
    result = run_cli("diff", str(_write(tmp_path, "a.json", _base())), str(_write(tmp_path, "bad.json", bad)))
    assert result.returncode == 2
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors and all("bad.json" in line for line in errors)

    missing = run_cli("diff", str(tmp_path / "nope.yaml"), str(_write(tmp_path, "a.json", _base())))
    assert missing.returncode == 2 and missing.stderr.startswith("error: ") and "nope.yaml" in missing.stderr

    usage = run_cli("diff", str(CURRENT))
    assert usage.returncode == 2 and "error:" in usage.stderr


def test_cli_bad_config_is_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text("pakage: x\n", encoding="utf-8")
    spec = str(_write(tmp_path, "a.json", _base()))
    result = run_cli("diff", spec, spec, "--config", str(config))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {config}") and "unknown key 'pakage'" in result.stderr
