"""Parameter styles: one set of rules (generator/param_styles.py) for the SDK, curl and the mock.

What the writer sends in each style reads back, through the mock's own parsing of a request
(its route matching for the path, `parse_qs` for the query, headers and cookies by name), as
the value it was.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from generator.load import load
from generator.mock.params import read_param
from generator.mock.spec import Api
from generator.param_styles import ParamWriter
from generator.samples.curl import _text

_SCHEMAS: dict[str, tuple[dict[str, Any], Any]] = {
    "scalar": ({"type": "string"}, "a b é"),
    "integer": ({"type": "integer"}, 7),
    # An item holding its own delimiter (a space, spaceDelimited) cannot be told apart.
    "list": ({"type": "array", "items": {"type": "string"}}, ["x/y", "é", "c&d"]),
    "numbers": ({"type": "array", "items": {"type": "integer"}}, [1, 2, 3]),
    "object": (
        {
            "type": "object",
            "properties": {"x": {"type": "integer"}, "y": {"type": "string"}, "z": {"type": "boolean"}},
        },
        {"x": 1, "y": "a/b&é", "z": True},
    ),
}
_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
_CASES = [
    (location, style, explode, kind)
    for location, styles in _STYLES.items()
    for style in styles
    for explode in (True, False)
    for kind in _SCHEMAS
    # Not defined by OpenAPI: deepObject but for an object, a delimited object exploded. The
    # SDK writes cookies unexploded (`k,v`).
    if not (style == "deepObject" and kind != "object")
    and not (style.endswith("Delimited") and explode and kind == "object")
    and not (location == "cookie" and explode and kind == "object")
]
_WRITER = ParamWriter(_text)


def _api(tmp_path: Path, location: str, style: str, explode: bool, schema: dict[str, Any]) -> Api:
    param = {"name": "p", "in": location, "required": True, "style": style, "explode": explode}
    operation = {"parameters": [{**param, "schema": schema}], "responses": {"204": {"description": "done"}}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "params", "version": "1"},
        "paths": {"/t/{p}": {"get": operation}},
    }
    if location != "path":
        spec["paths"] = {"/t": {"get": operation}}
    path = tmp_path / "params.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return Api(load(path))


def _read(api: Api, location: str, style: str, explode: bool, value: Any) -> Any:
    """Send `value` as the SDK writes it; the value the mock reads from the request."""
    url, query, headers, cookies = "/t", "", {}, {}
    if location == "path":
        url += "/" + _WRITER.path("p", value, style, explode)
    elif location == "query":
        query = "&".join(f"{k}={v}" for k, v in _WRITER.query("p", value, style, explode))
    elif location == "header":
        headers["p"] = _WRITER.simple(value, explode)
    else:
        cookies["p"] = _WRITER.simple(value)
    route, path_values, _ = api.find("GET", url)
    assert route is not None, url
    (param,) = route.params
    return read_param(
        api.schemas, param, path_values, parse_qs(query, keep_blank_values=True), headers, cookies
    )


@pytest.mark.parametrize(("location", "style", "explode", "kind"), _CASES)
def test_each_style_reads_back_as_written(
    tmp_path: Path, location: str, style: str, explode: bool, kind: str
) -> None:
    schema, value = _SCHEMAS[kind]
    api = _api(tmp_path, location, style, explode, schema)
    assert _read(api, location, style, explode, value) == value


def test_a_value_nested_in_a_query_list_is_json_text() -> None:
    """No style spells an object inside a list: it goes as JSON text, which a server (and the
    mock) can read; it was Python's own `repr` (`{'a': 1}`) before the rules were shared."""
    from magic_hour._base_client import _PARAMS

    assert _PARAMS.query("q", [{"a": 1}, "b"], "pipeDelimited", False) == [("q", "%7B%22a%22%3A1%7D|b")]
    assert _PARAMS.query("q", {"k": [1, 2]}, "deepObject", True) == [("q[k]", "%5B1%2C2%5D")]


@pytest.mark.parametrize(
    ("style", "sent"),
    [("form", "R,100,G,200"), ("spaceDelimited", "R%20100%20G%20200"), ("pipeDelimited", "R|100|G|200")],
)
def test_an_unexploded_query_object_is_delimited_by_its_style(style: str, sent: str) -> None:
    """OpenAPI's own examples (`color` = {R: 100, G: 200}); a delimited object went with commas."""
    from magic_hour._base_client import _PARAMS

    assert _PARAMS.query("color", {"R": 100, "G": 200}, style, False) == [("color", sent)]
