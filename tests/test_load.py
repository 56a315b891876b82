"""The loader: YAML 1.2 scalars, duplicate keys, size/shape caps, `$ref` rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.errors import SpecError
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
