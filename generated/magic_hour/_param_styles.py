"""Path, query, header and cookie parameters in their OpenAPI styles.

A path parameter is `simple` (`a,b`), `label` (`.a.b`) or `matrix` (`;id=a,b`); a query
parameter is `form` (a list repeats its name, exploded), `spaceDelimited`,
`pipeDelimited` or `deepObject` (`filter[color]=red`), or `json` for one described by
`content` (the value as one JSON text); headers and cookies are `simple`. A value nested
in a list or object, which no style spells, is written as JSON text.

The rules live here once, on the standard library alone, because three parties must
agree on them: every SDK gets this file as its `_param_styles.py` (its `_base_client`
brings the SDK's own text for scalars), and the generator's curl samples write
parameters with it and its mock splits them by its `delimiter`.
"""

from __future__ import annotations

import json
import typing
from urllib.parse import quote

Pair = typing.Tuple[str, str]
"""A query parameter, `(name, value)`, both percent-encoded."""
Pairs = typing.List[Pair]
_TIGHT = (",", ":")
"""JSON's separators, without the spaces."""
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}
_LEADS = {"label": ".", "matrix": ";"}
"""What starts an exploded label or matrix path value, and joins its entries."""


def delimiter(style: str, explode: bool) -> typing.Optional[str]:
    """What joins a query list's items (or an unexploded object's keys and values) in one
    value; None: each item is a pair of its own (`form`, exploded). A path, header or
    cookie list is joined by commas."""
    if style == "form" and explode:
        return None
    return _DELIMITERS.get(style, ",")


def _enc(text: str) -> str:
    """A name or value, percent-encoded (all but RFC 3986's unreserved characters): what
    it holds cannot pass for a delimiter or a path segment."""
    return quote(text, safe="")


class ParamWriter(typing.NamedTuple):
    """Writes parameters in their styles. How a scalar reads as text (`true`, an enum's
    value, a date) is the caller's; so is what JSON makes of what has no JSON type."""

    text: typing.Callable[[object], str]
    json_default: typing.Optional[typing.Callable[[object], object]] = None

    def path(self, name: str, value: object, style: str, explode: bool) -> str:
        """One path parameter's value, percent-encoded but for the style's own marks."""
        lead = {"label": ".", "matrix": f";{name}="}.get(style, "")
        if isinstance(value, (list, tuple)):
            items = [_enc(self.leaf(v)) for v in value]
            if style == "matrix" and explode:
                return "".join(f";{name}={item}" for item in items)
            return lead + ("." if style == "label" and explode else ",").join(items)
        if isinstance(value, dict):
            given = [(k, v) for k, v in value.items() if v is not None]
            pairs = [(_enc(str(k)), _enc(self.leaf(v))) for k, v in given]
            if explode:
                sep = _LEADS.get(style, ",")
                return _LEADS.get(style, "") + sep.join(f"{k}={v}" for k, v in pairs)
            return lead + ",".join(part for pair in pairs for part in pair)
        return lead + _enc(self.text(value))

    def query(self, name: str, value: object, style: str, explode: bool) -> Pairs:
        """One query parameter's pairs, percent-encoded but for the style's delimiters
        (`a,b`, `a%20b`, `a|b`, `filter[color]`); none for a value that is None."""
        if value is None:
            return []
        key = _enc(name)
        if style == "json":
            return [(key, _enc(self.whole(value)))]
        if isinstance(value, dict):
            given = [(k, v) for k, v in value.items() if v is not None]
            pairs = [(_enc(str(k)), _enc(self.leaf(v))) for k, v in given]
            if style == "deepObject":
                return [(f"{key}[{k}]", v) for k, v in pairs]
            if explode:
                return pairs
            # Unexploded: keys and values in turn, delimited as a list's items are.
            items = [part for pair in pairs for part in pair]
        elif isinstance(value, (list, tuple)):
            items = [_enc(self.leaf(v)) for v in value]
        else:
            return [(key, _enc(self.text(value)))]
        sep = delimiter(style, explode)
        if sep is None:
            return [(key, item) for item in items]
        return [(key, sep.replace(" ", "%20").join(items))]

    def simple(self, value: object, explode: bool = False) -> str:
        """A header or cookie value: `a,b`; an object `k,v,k2,v2`, or `k=v,k2=v2` exploded.
        Not encoded: a header holds it as it is."""
        if isinstance(value, (list, tuple)):
            return ",".join(self.leaf(v) for v in value)
        if isinstance(value, dict):
            sep = "=" if explode else ","
            return ",".join(f"{k}{sep}{self.leaf(v)}" for k, v in value.items())
        return self.text(value)

    def leaf(self, value: object) -> str:
        """A scalar as text; JSON for an object or list nested where the style has no room."""
        if isinstance(value, (dict, list, tuple)):
            return json.dumps(value, default=self.json_default, separators=_TIGHT)
        return self.text(value)

    def whole(self, value: object) -> str:
        """A parameter described by `content: application/json`: one JSON text, unicode
        as it is (it is percent-encoded after)."""
        default = self.json_default
        return json.dumps(value, default=default, separators=_TIGHT, ensure_ascii=False)
