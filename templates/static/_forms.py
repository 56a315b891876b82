"""Form fields (`application/x-www-form-urlencoded`) written as the spec's `encoding` says.

The styles' rules are `_form_styles` (copied from the generator, which writes its curl
samples and reads forms in its mock by the same file); this module gives them the SDK's
own text for scalars and JSON for what the standard library cannot write.

A multipart body's text parts are written the same way for the fields its `encoding` gives a
style; its other fields are a part per value, JSON where their content type says so.
"""

from __future__ import annotations

import json
import typing

from ._base_client import _json_default, _text
from ._form_styles import FormWriter, Pair, Styles
from ._types import NotGiven

_WRITER = FormWriter(_text, _json_default)


def encode_form(
    values: typing.Mapping[str, object], styles: Styles
) -> typing.List[Pair]:
    """The `(name, value)` pairs of a form body, before percent-encoding."""
    given = {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
    return _WRITER.pairs(given, styles)


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
            pairs.append((name, _json(item) if as_json else _WRITER.leaf(item)))
    return pairs


def _is_json(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _json(value: object) -> str:
    return json.dumps(
        value, default=_json_default, separators=(",", ":"), ensure_ascii=False
    )
