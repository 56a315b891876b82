"""Form fields (`application/x-www-form-urlencoded`) in their OpenAPI `encoding` styles.

`deepObject` nests objects and lists in brackets (`card[number]=4242&expand[0]=a`);
`form` spreads a list into repeated fields and an object into its own fields
(exploded), or joins them with commas; `spaceDelimited` and `pipeDelimited` join a list
with their delimiter. A field the encoding does not name is written the default way
(form, exploded).

The rules live here once, on the standard library alone, because three parties must
agree on them: every SDK that sends such forms gets this file as its `_form_styles.py`
(its `_forms.encode_form` brings the SDK's own text for scalars), and the generator's
curl samples write forms with it and its mock reads them back by its `delimiter`.
"""

from __future__ import annotations

import json
import typing

Pair = typing.Tuple[str, str]
"""A form field, `(name, value)`, before percent-encoding."""
Pairs = typing.List[Pair]
Fields = typing.Mapping[str, object]
"""A form's values by field name."""
Styles = typing.Mapping[str, typing.Tuple[str, bool]]
"""`(style, explode)` of each field the encoding names."""

DEFAULT_STYLE = ("form", True)
"""How a field the encoding does not name is written."""
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def delimiter(style: str, explode: bool) -> typing.Optional[str]:
    """What joins a list's items in one field; None: each item is a field of its own."""
    if style == "form" and explode:
        return None
    return _DELIMITERS.get(style, ",")


class FormWriter(typing.NamedTuple):
    """Writes a form's fields in their styles. How a scalar reads as text (`true`, an
    enum's value, a date) is the caller's; so is what JSON makes of a value it has no
    type for."""

    text: typing.Callable[[object], str]
    json_default: typing.Optional[typing.Callable[[object], object]] = None

    def pairs(self, values: Fields, styles: Styles) -> Pairs:
        """The fields of a form body; a value that is None is left out."""
        found: Pairs = []
        for name, value in values.items():
            if value is not None:
                style, explode = styles.get(name, DEFAULT_STYLE)
                found.extend(self.field(name, value, style, explode))
        return found

    def field(self, name: str, value: object, style: str, explode: bool) -> Pairs:
        """One field, as one or more pairs."""
        if style == "deepObject":
            return self._nested(name, value)
        if isinstance(value, (list, tuple)):
            items = [self.leaf(v) for v in value]
            sep = delimiter(style, explode)
            if sep is None:
                return [(name, v) for v in items]
            return [(name, sep.join(items))]
        if isinstance(value, dict):
            given = [(str(k), v) for k, v in value.items() if v is not None]
            entries = [(k, self.leaf(v)) for k, v in given]
            if explode:
                return entries
            return [(name, ",".join(part for entry in entries for part in entry))]
        return [(name, self.leaf(value))]

    def _nested(self, name: str, value: object) -> Pairs:
        """`name[key]` for an object's entries, `name[0]` for a list's items."""
        entries: typing.List[typing.Tuple[object, object]]
        if isinstance(value, dict):
            entries = [(k, v) for k, v in value.items() if v is not None]
        elif isinstance(value, (list, tuple)):
            entries = [(i, v) for i, v in enumerate(value)]
        else:
            return [(name, self.text(value))]
        found: Pairs = []
        for key, item in entries:
            found.extend(self._nested(f"{name}[{key}]", item))
        return found

    def leaf(self, value: object) -> str:
        """A scalar as text; JSON for an object or list where the style has no room."""
        if isinstance(value, (dict, list, tuple)):
            return json.dumps(value, default=self.json_default, separators=(",", ":"))
        return self.text(value)
