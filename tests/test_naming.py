"""Identifiers: words, case conversion, keywords, collisions, enum member names."""

from __future__ import annotations

import ast
import keyword

import pytest

from conftest import ROOT
from generator.naming import attribute_name, credential_names, enum_member_name, pascal, snake, words
from generator.naming.reserved import CREDENTIAL as _CREDENTIAL_RESERVED
from generator.naming.words import Registry as _Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aiImageGenerator.createImage", ["ai", "image", "generator", "create", "image"]),
        ("v1", ["v1"]),
        ("HTTP2Server", ["http2", "server"]),
        ("640px", ["640px"]),
        ("1:1", ["1", "1"]),
        ("nano-banana-2", ["nano", "banana", "2"]),
        ("café", ["cafe"]),
        ("名前", ["u540d", "u524d"]),
        ("__init__", ["init"]),
        ("", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_pascal_and_snake() -> None:
    assert (
        pascal(["v1", "ai-image-generator", "create", "body", "style"]) == "V1AiImageGeneratorCreateBodyStyle"
    )
    assert snake(["upload-urls"]) == "upload_urls"


@pytest.mark.parametrize("word", ["class", "from", "import", "None", "match", "type", "_"])
def test_keywords_never_become_identifiers(word: str) -> None:
    name = attribute_name(word, set(), _Registry())
    assert name.isidentifier() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)


def test_collisions_get_stable_suffixes() -> None:
    taken = _Registry()
    assert [attribute_name(w, set(), taken) for w in ["fooBar", "foo_bar", "foo-bar"]] == [
        "foo_bar",
        "foo_bar2",
        "foo_bar3",
    ]


def test_digit_first_and_empty_names() -> None:
    taken = _Registry()
    assert attribute_name("1st", set(), taken) == "field_1st"
    assert attribute_name("", set(), taken) == "field"
    assert attribute_name("!!!", set(), taken) == "field2"


def test_enum_member_names() -> None:
    taken = _Registry()
    names = [enum_member_name(v, taken) for v in ["1:1", "16:9", "640px", "default", "", "a-b", "a_b", -1, 2]]
    assert names == [
        "VALUE_1_1",
        "VALUE_16_9",
        "VALUE_640PX",
        "DEFAULT",
        "EMPTY",
        "A_B",
        "A_B2",
        "VALUE_MINUS_1",
        "VALUE_2",
    ]


def test_credential_arguments_cannot_be_a_name_the_client_constructor_assigns() -> None:
    # A credential keyword named like a local of `Client.__init__` would be overwritten before
    # it is read (a scheme called `chosen` once lost its key to the base URL).
    source = (ROOT / "generated" / "magic_hour" / "_client.py").read_text(encoding="utf-8")
    assigned = {
        node.id
        for cls in ast.parse(source).body
        if isinstance(cls, ast.ClassDef)
        for fn in cls.body
        if isinstance(fn, ast.FunctionDef) and fn.name == "__init__"
        for node in ast.walk(fn)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }
    assert assigned, "the constructor assigns nothing: the test reads the wrong file"
    assert assigned <= _CREDENTIAL_RESERVED, assigned - _CREDENTIAL_RESERVED
    assert not set(credential_names(sorted(assigned))) & assigned
