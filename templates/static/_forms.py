"""Form fields (`application/x-www-form-urlencoded`) written as the spec's `encoding` says.

`deepObject` nests objects and lists in brackets (`card[number]=4242&expand[0]=customer`);
`form` spreads a list into repeated fields and an object into its own fields (exploded), or
joins them with commas; `spaceDelimited` and `pipeDelimited` join a list with their delimiter.
A field the encoding does not name is written the default way (form, exploded).

A multipart body's text parts are written the same way for the fields its `encoding` gives a
style; its other fields are a part per value, JSON where their content type says so.
"""

from __future__ import annotations

import json
import typing

from ._base_client import _json_default, _text
from ._types import NotGiven

Pair = typing.Tuple[str, str]
Styles = typing.Mapping[str, typing.Tuple[str, bool]]


def encode_form(
    values: typing.Mapping[str, object], styles: Styles
) -> typing.List[Pair]:
    """The `(name, value)` pairs of a form body, before percent-encoding."""
    pairs: typing.List[Pair] = []
    for name, value in values.items():
        if value is None or isinstance(value, NotGiven):
            continue
        style, explode = styles.get(name, ("form", True))
        if style == "deepObject":
            pairs.extend(_nested(name, value))
        else:
            pairs.extend(_field(name, value, style, explode))
    return pairs


def encode_parts(
    values: typing.Mapping[str, object],
    styles: Styles,
    types: typing.Mapping[str, str],
) -> typing.List[Pair]:
    """The `(name, text)` parts of a multipart body's fields (files are not among them): a
    field given a style is written as in a form; any other is one part per value, or per item
    of a list, JSON text where its content type (`types`) is JSON."""
    pairs: typing.List[Pair] = []
    for name, value in values.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if name in styles:
            pairs.extend(encode_form({name: value}, styles))
            continue
        as_json = _is_json(types.get(name, ""))
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, _json(item) if as_json else _leaf(item)))
    return pairs


def _is_json(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _json(value: object) -> str:
    return json.dumps(
        value, default=_json_default, separators=(",", ":"), ensure_ascii=False
    )


def _field(name: str, value: object, style: str, explode: bool) -> typing.List[Pair]:
    if isinstance(value, (list, tuple)):
        items = [_leaf(v) for v in value]
        if style == "form" and explode:
            return [(name, v) for v in items]
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, sep.join(items))]
    if isinstance(value, dict):
        entries = [(str(k), _leaf(v)) for k, v in value.items() if v is not None]
        if explode:
            return entries
        return [(name, ",".join(part for entry in entries for part in entry))]
    return [(name, _leaf(value))]


def _nested(name: str, value: object) -> typing.List[Pair]:
    if isinstance(value, dict):
        return [
            pair
            for key, item in value.items()
            if item is not None
            for pair in _nested(f"{name}[{key}]", item)
        ]
    if isinstance(value, (list, tuple)):
        return [
            pair
            for i, item in enumerate(value)
            for pair in _nested(f"{name}[{i}]", item)
        ]
    return [(name, _text(value))]


def _leaf(value: object) -> str:
    """A scalar as text; an object or list where the style has no room for one, as JSON."""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=_json_default, separators=(",", ":"))
    return _text(value)
