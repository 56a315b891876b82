"""The loader: YAML 1.2 scalars, duplicate keys, size/shape caps, `$ref` rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.errors import Problem, SpecError
from generator.load import MAX_DEPTH, load, parse_text


def test_yaml_12_core_scalars_keep_openapi_strings() -> None:
    data = parse_text("ratio: 16:9\nflag: no\nday: 2024-01-02\nn: 010\nhex: 0x1f\nt: true\ne: ~\n", "x.yaml")
    assert data == {
        "ratio": "16:9",
        "flag": "no",
        "day": "2024-01-02",
        "n": 10,
        "hex": 31,
        "t": True,
        "e": None,
    }


def test_integer_keys_become_strings() -> None:
    assert parse_text("responses:\n  200: {description: ok}\n", "x.yaml") == {
        "responses": {"200": {"description": "ok"}}
    }


@pytest.mark.parametrize("text", ["a: 1\na: 2\n", '{"a": 1, "a": 2}'])
def test_duplicate_keys_are_errors(text: str) -> None:
    with pytest.raises(SpecError, match="duplicate key 'a'"):
        parse_text(text, "x.json" if text.startswith("{") else "x.yaml")


def test_yaml_syntax_error_has_line() -> None:
    with pytest.raises(SpecError) as err:
        parse_text("a: 1\nb: [1, 2\n", "x.yaml")
    assert err.value.problems[0].line == 3


def test_json_nan_is_rejected() -> None:
    with pytest.raises(SpecError, match="NaN is not valid JSON"):
        parse_text('{"a": NaN}', "x.json")


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    spec = tmp_path / "bomb.yaml"
    spec.write_text("openapi: 3.0.3\n" + "\n".join(lines) + "\n")
    with pytest.raises(SpecError, match="alias bomb"):
        load(spec)


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    spec.write_text('{"openapi": "3.0.3", "x": ' + "[" * 5000 + "]" * 5000 + "}")
    with pytest.raises(SpecError, match=f"nested deeper than {MAX_DEPTH}"):
        load(spec)
    spec = tmp_path / "deep.yaml"
    spec.write_text("openapi: 3.0.3\nx: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n")
    with pytest.raises(SpecError, match=f"nested deeper than {MAX_DEPTH}"):
        load(spec)


@pytest.mark.parametrize(
    "text",
    [
        "x: " + "[" * 5000 + "]" * 5000 + "\n",
        "x:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(2000)),
        "x: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n",
    ],
    ids=["flow sequences", "block mappings", "flow mappings"],
)
def test_deep_yaml_gets_our_error_whichever_parser_refuses(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # libyaml stops at its own depth, the pure-Python parser runs out of stack, a later PyYAML may
    # say something else again: the generator's answer is the same, with the line it went too deep.
    with pytest.raises(SpecError, match=f"nested deeper than {MAX_DEPTH} levels") as raised:
        parse_text(text, "deep.yaml")
    assert raised.value.problems[0].line is not None

    def refuse(*args: object, **kwargs: object) -> None:
        raise yaml.YAMLError("some parser's own words")

    monkeypatch.setattr(yaml, "load", refuse)
    with pytest.raises(SpecError, match=f"nested deeper than {MAX_DEPTH} levels"):
        parse_text(text, "deep.yaml")


def test_a_yaml_syntax_error_is_not_mistaken_for_depth() -> None:
    with pytest.raises(SpecError, match="invalid YAML") as raised:
        parse_text("a: [1, 2\nb: {c\n", "broken.yaml")
    assert "nested deeper" not in str(raised.value.problems[0])


def _spec_with_ref(ref: str) -> str:
    return (
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n"
        f"components:\n  schemas:\n    A:\n      $ref: '{ref}'\n"
    )


def test_remote_refs_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_spec_with_ref("https://example.com/schemas.yaml#/A"))
    with pytest.raises(SpecError, match="remote references are off") as err:
        load(spec)
    assert err.value.problems[0].pointer == "/components/schemas/A"
    assert err.value.problems[0].line == 7


def test_refs_outside_the_spec_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text("A: {type: string}\n")
    folder = tmp_path / "spec"
    folder.mkdir()
    spec = folder / "spec.yaml"
    spec.write_text(_spec_with_ref("../secret.yaml#/A"))
    with pytest.raises(SpecError, match="leaves the spec's folder"):
        load(spec)
    spec.write_text(_spec_with_ref("/etc/passwd#/x"))
    with pytest.raises(SpecError, match="leaves the spec's folder"):
        load(spec)


def test_refs_to_files_inside_the_folder_are_followed(tmp_path: Path) -> None:
    (tmp_path / "common.yaml").write_text("A: {type: string, description: shared}\n")
    spec = tmp_path / "spec.yaml"
    spec.write_text(_spec_with_ref("common.yaml#/A"))
    doc = load(spec)
    loc = doc.resolve("common.yaml#/A", doc.name)
    assert loc.value == {"type": "string", "description": "shared"}


def test_broken_refs_are_all_reported(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {$ref: '#/components/schemas/Nope'}\n    B: {$ref: '#/components/schemas/Gone'}\n"
    )
    with pytest.raises(SpecError) as err:
        load(spec)
    messages = sorted(p.message for p in err.value.problems)
    assert len(messages) == 2 and "Gone" in messages[0] and "Nope" in messages[1]


def test_ref_cycles_are_kept_as_references(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n"
    )
    # A cycle made only of `$ref`s names no schema: refused at load, at each reference.
    with pytest.raises(SpecError, match=r"\$ref cycle with no schema in it") as err:
        load(spec)
    assert sorted(p.pointer for p in err.value.problems) == ["/components/schemas/A", "/components/schemas/B"]
    # Through a property, a cycle is a recursive type: it stays a reference.
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {properties: {b: {$ref: '#/components/schemas/B'}}}\n"
        "    B: {properties: {a: {$ref: '#/components/schemas/A'}}}\n"
    )
    doc = load(spec)
    assert doc.resolve("#/components/schemas/A/properties/b", doc.name).value == {
        "$ref": "#/components/schemas/B"
    }


# references: data is data; non-standard references are read as meant ---------------------------


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root / next(iter(files))


_HEAD = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\n"


def test_a_ref_inside_data_or_an_extension_is_data(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        {
            "api.yaml": _HEAD
            + """paths:
  /users:
    get:
      x-codeSamples:
        - {lang: curl, source: {$ref: 'samples/missing.sh'}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  example: {type: string}
                  default: {$ref: '#/components/schemas/Name'}
                default: {members: [{value: g1, $ref: 'https://api.example.com/Groups/g1'}]}
              example: {groups: [{value: g1, $ref: 'https://api.example.com/Groups/g1'}]}
              examples:
                one: {value: {$ref: 'https://api.example.com/x'}}
components:
  schemas:
    Name: {type: string, enum: [{$ref: '#/nowhere'}], const: {$ref: '#/nowhere'}}
"""
        },
    )
    doc = load(spec)  # nothing is fetched, nothing is refused
    example = doc.root["paths"]["/users"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    assert example["groups"][0]["$ref"] == "https://api.example.com/Groups/g1", "kept as data"
    assert doc.files == [str(spec)], "the code sample's file is not read"
    # ... while a property named `default` is a schema, and its reference is followed.
    schema = doc.root["paths"]["/users"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert doc.deref(schema["properties"]["default"], doc.name, "").value["type"] == "string"


def test_an_operation_given_by_ref_is_read_with_its_own_relative_refs(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        {
            "api.yaml": _HEAD + "paths:\n  /keys/{id}:\n    get:\n      $ref: 'resources/keys/get.yml'\n",
            "resources/keys/get.yml": """operationId: getKey
parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
responses:
  "200":
    description: ok
    content:
      application/json:
        schema: {$ref: 'models/key.yml'}
  "404":
    description: none
    content:
      application/json:
        schema: {$ref: '#/components/NotFound'}
components:
  NotFound: {type: object, properties: {message: {type: string}}}
""",
            "resources/keys/models/key.yml": "type: object\nproperties:\n  id: {type: integer}\n",
        },
    )
    doc = load(spec)
    op = doc.root["paths"]["/keys/{id}"]["get"]
    assert op["operationId"] == "getKey", "the operation itself, not a reference to it"
    ok = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert doc.deref(ok, doc.name, "").value["properties"]["id"] == {"type": "integer"}
    missing = op["responses"]["404"]["content"]["application/json"]["schema"]
    assert doc.deref(missing, doc.name, "").value["properties"]["message"] == {"type": "string"}
    [warning] = doc.warnings
    assert warning.file == str(spec) and warning.pointer == "/paths/~1keys~1{id}/get" and warning.line == 6
    # A place inside the copy is reported in the file it was written in.
    inside = doc.locate(Problem("x", doc.name, "/paths/~1keys~1{id}/get/parameters/0"))
    assert inside.file.endswith("resources/keys/get.yml") and inside.pointer == "/parameters/0"
    assert inside.line == 2


def test_maps_and_texts_given_by_ref(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        {
            "api.yaml": _HEAD
            + """tags: [{name: a, description: {$ref: 'texts.yaml#/intro'}}]
paths: {}
components:
  schemas: {$ref: 'schemas/_index.yaml'}
""",
            "texts.yaml": "intro: The tag's description.\n",
            "schemas/_index.yaml": "Pet: {$ref: './Pet.yaml'}\nOwner:\n  properties: {$ref: 'props.yaml'}\n",
            "schemas/Pet.yaml": "type: object\nproperties: {name: {type: string}}\n",
            "schemas/props.yaml": "name: {type: string}\npet: {$ref: './Pet.yaml'}\n",
        },
    )
    doc = load(spec)
    assert doc.root["tags"][0]["description"] == "The tag's description."
    schemas = doc.root["components"]["schemas"]
    assert doc.deref(schemas["Pet"], doc.name, "/components/schemas/Pet").value["properties"] == {
        "name": {"type": "string"}
    }
    owner = schemas["Owner"]["properties"]
    assert doc.deref(owner["pet"], doc.name, "").value["type"] == "object"
    assert len(doc.warnings) == 3


def test_defs_inside_a_schema_without_id_are_that_schemas(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        {
            "api.yaml": _HEAD
            + """paths:
  /speech:
    post:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties: {done: {$ref: '#/$defs/Done'}}
                $defs:
                  Done: {type: object, properties: {usage: {$ref: '#/$defs/Usage'}}}
                  Usage: {type: object, properties: {tokens: {type: integer}}}
"""
        },
    )
    doc = load(spec)
    schema = doc.root["paths"]["/speech"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    done = doc.deref(schema["properties"]["done"], doc.name, "").value
    assert (
        doc.deref(done["properties"]["usage"], doc.name, "").value["properties"]["tokens"]["type"]
        == "integer"
    )
    [warning] = doc.warnings
    assert "(1 more like it)" in warning.message


def test_a_rewritten_reference_still_cannot_leave_the_spec_folder(tmp_path: Path) -> None:
    (tmp_path / "outside.yml").write_text("responses: {}\n")
    spec = _write(
        tmp_path / "spec", {"api.yaml": _HEAD + "paths:\n  /a:\n    get: {$ref: '../outside.yml'}\n"}
    )
    with pytest.raises(SpecError, match="leaves the spec's folder"):
        load(spec)


def test_json_line_numbers_do_not_depend_on_json_being_yaml(tmp_path: Path) -> None:
    # `\/` and `\u00e9` are JSON that a YAML composer may refuse: the lines came out empty.
    spec = tmp_path / "api.json"
    spec.write_text(
        '{\n  "openapi": "3.0.3",\n  "info": {"title": "caf\\u00e9 \\/ x", "version": "1"},\n'
        '  "paths": {\n    "/a": {\n      "get": {\n        "parameters": [\n          {"name": "x"},\n'
        '          {"name": "y", "in": "query"}\n        ],\n        "responses": {}\n      }\n    }\n  }\n}\n'
    )
    doc = load(spec)
    assert doc.locate(Problem("m", doc.name, "/paths/~1a/get/parameters/1")).line == 9
    assert doc.locate(Problem("m", doc.name, "/paths/~1a/get/responses")).line == 11
    assert doc.locate(Problem("m", doc.name, "/info/title")).line == 3


def test_external_files_keep_their_own_local_refs(tmp_path: Path) -> None:
    """Properties merged in from another file's `allOf` member resolve `#/...` in that file;
    a discriminator mapping in an operation given by `$ref` is rebased with the operation."""
    from generator.pipeline import Inputs, named_api

    (tmp_path / "shared").mkdir()
    (tmp_path / "ops").mkdir()
    (tmp_path / "shared" / "pages.yaml").write_text(
        "pagination:\n  type: object\n  properties:\n    links: {$ref: '#/page_links'}\n"
        "page_links:\n  type: object\n  properties:\n    next: {type: string}\n"
    )
    (tmp_path / "ops" / "models.yaml").write_text(
        "cat: {type: object, required: [kind], properties: {kind: {type: string}, purrs: {type: boolean}}}\n"
        "dog: {type: object, required: [kind], properties: {kind: {type: string}, barks: {type: boolean}}}\n"
    )
    (tmp_path / "ops" / "list.yaml").write_text(
        "operationId: listPets\nresponses:\n  '200':\n    description: ok\n    content:\n"
        "      application/json:\n        schema:\n          allOf:\n"
        "            - properties:\n                pets:\n                  type: array\n"
        "                  items:\n                    oneOf: [{$ref: 'models.yaml#/cat'}, {$ref: 'models.yaml#/dog'}]\n"
        "                    discriminator:\n                      propertyName: kind\n"
        "                      mapping: {cat: 'models.yaml#/cat', dog: 'models.yaml#/dog'}\n"
        "            - $ref: '../shared/pages.yaml#/pagination'\n"
    )
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /pets:\n    get: {$ref: 'ops/list.yaml'}\n"
    )
    api = named_api(Inputs(spec=spec, config=None)).api
    assert [op.key for op in api.operations] == ["GET /pets"]
    keys = {t.key.rsplit("#", 1)[-1] for t in api.types}
    assert "/page_links" in keys, keys


def test_read_only_in_an_all_of_member_of_another_file(tmp_path: Path) -> None:
    """A property whose `$ref` leads to another file's `allOf: [{$ref: ...}, {readOnly: true}]`:
    the member's relative `$ref` resolves in that file, and the field is read-only."""
    from generator import ir
    from generator.pipeline import Inputs, named_api

    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "id.yaml").write_text("type: string\nmaxLength: 32\n")
    (tmp_path / "models" / "ident.yaml").write_text("allOf:\n  - $ref: 'id.yaml'\n  - readOnly: true\n")
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /things:\n    post:\n"
        "      requestBody:\n        content:\n          application/json:\n            schema:\n"
        "              type: object\n              properties:\n"
        "                id: {$ref: 'models/ident.yaml'}\n                name: {type: string}\n"
        "      responses: {'204': {description: ok}}\n"
    )
    api = named_api(Inputs(spec=spec, config=None)).api
    model = next(t for t in api.types if isinstance(t, ir.Model))
    assert {f.wire_name: f.read_only for f in model.fields} == {"id": True, "name": False}


def test_locate_all_finds_the_lines_locate_finds_one_by_one(tmp_path: Path) -> None:
    """Many warnings in one JSON file: one scan for all of them gives each its own line."""
    doc_text = json.dumps(
        {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {f"/p{i}": {} for i in range(30)},
        },
        indent=1,
    )
    spec = tmp_path / "spec.json"
    spec.write_text(doc_text, encoding="utf-8")
    pointers = [f"/paths/~1p{i}" for i in range(30)] + ["/nowhere"]
    problems = [Problem("w", str(spec), p) for p in pointers]
    batch = load(spec).locate_all(problems)
    single = [load(spec).locate(p) for p in problems]
    assert [p.line for p in batch] == [p.line for p in single]
    assert len({p.line for p in batch[:-1]}) == 30 and batch[-1].line is None
