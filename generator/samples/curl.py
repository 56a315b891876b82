"""The curl sample: the request the Python sample sends, written as one shell command.

The values are the Python sample's own (`Method.example_args`, through `views.docs.example_of`,
the function docs and docstrings get them from); here they are only laid out on the wire the
way the SDK's runtime (`templates/static/_base_client.py`) lays them out: path and query
parameters in their OpenAPI style, percent-encoded; headers and cookies as `a,b`; the body as
JSON, a form, multipart parts or raw bytes. The default server is the SDK's default base URL;
credentials are placeholders (`<token>`). `tests/test_samples_run.py` sends each command to the mock
and compares it with the request the Python sample sends.

Everything from the spec reaches the command through `shell_quote` (single quotes: newlines,
quotes and unicode stay literal) or is percent-encoded in the URL.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from .. import ir
from ..examples import Examples
from ..form_styles import FormWriter
from ..param_styles import ParamWriter
from ..openapi import is_json
from ..views import Method
from ..views.arguments import Arg
from ..views.docs import example_literal, example_of

TOKEN = "<token>"
API_KEY = "<api-key>"
USER = "<username>:<password>"
FILE = "path/to/file"
"""Where a file argument's content comes from (`--form 'name=@path/to/file'`)."""
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_PATH_SAFE = "/:@!$&'()*+,;=%"
"""What a URL path holds as it is (RFC 3986: `pchar`, with `%` kept for encodings the spec wrote)."""
_NOT_ASCII = re.compile(r"[^\n\x20-\x7e]")
_SAFE_WORD = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")


@dataclass
class Request:
    """An HTTP request as curl options, in the order the command lists them."""

    method: str
    url: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)
    """(option, value) after the headers: `--user`, `--cookie`, the body's."""

    def command(self) -> str:
        parts = [f"curl --request {self.method}", f"--url {shell_quote(self.url)}"]
        if any(ch in self.url for ch in "[]{}"):
            parts.append("--globoff")  # `filter[color]=red` is the URL, not one of curl's patterns
        parts += [f"--header {shell_quote(f'{name}: {value}')}" for name, value in self.headers]
        parts += [f"{option} {shell_quote(value)}" for option, value in self.options]
        return " \\\n  ".join(parts)


def shell_quote(text: str) -> str:
    """`text` as one word of a POSIX shell: bare when it is plainly safe, else in single quotes,
    inside which nothing is special but the quote itself (written `'\\''`)."""
    if _SAFE_WORD.fullmatch(text):
        return text
    return "'" + text.replace("'", "'\\''") + "'"


def curl_source(api: ir.Api, base_url: str, method: Method) -> str:
    """The curl command for the call `method`'s examples make (without `generate()`'s own
    arguments: they change what the SDK does after the request, not the request)."""
    values = example_values(api, method)
    op = method.op
    schemes = _schemes(api, op)
    request = Request(op.method.upper(), _url(op, (op.server or base_url).rstrip("/"), values, schemes))
    request.headers.append(("Accept", method.accept or "application/json"))
    request.headers += [
        (s.wire_name, API_KEY) for s in schemes if s.kind == "api_key" and s.location == "header"
    ]
    request.headers += [("Authorization", f"Bearer {TOKEN}") for s in schemes if s.kind == "bearer"]
    exploded = {wire for wire, _, explode in method.header_styles if explode}
    request.headers += [
        (arg.wire, _PARAMS.simple(value, arg.wire in exploded))
        for arg, value in _at(values, "header")
        if value is not None
    ]
    request.options += [("--user", USER) for s in schemes if s.kind == "basic"]
    cookies = [
        f"{arg.wire}={_PARAMS.simple(value)}" for arg, value in _at(values, "cookie") if value is not None
    ]
    cookies += [f"{s.wire_name}={API_KEY}" for s in schemes if s.kind == "api_key" and s.location == "cookie"]
    if cookies:
        request.options.append(("--cookie", "; ".join(cookies)))
    _body(method, values, request)
    return request.command()


def example_values(api: ir.Api, method: Method) -> dict[str, tuple[Arg, Any]]:
    """The argument (and its value) behind each keyword of the method's example call."""
    examples = Examples(api)
    by_name = {a.name: a for a in method.args}
    found: dict[str, tuple[Arg, Any]] = {}
    for name, literal in method.example_args:
        arg = by_name[name]
        value = example_of(arg, examples)
        # The same function gives the Python example its literal: anything else is a bug here.
        assert example_literal(arg, examples)[0] == literal, (name, literal)
        found[name] = (arg, value)
    return found


def _at(values: dict[str, tuple[Arg, Any]], location: str) -> list[tuple[Arg, Any]]:
    return [(arg, value) for arg, value in values.values() if arg.location == location]


def _param(op: ir.Operation, wire: str, location: str) -> ir.Parameter | None:
    return next((p for p in op.parameters if p.wire_name == wire and p.location == location), None)


def _url(
    op: ir.Operation, base_url: str, values: dict[str, tuple[Arg, Any]], schemes: list[ir.SecurityScheme]
) -> str:
    path_values = {arg.wire: value for arg, value in _at(values, "path")}

    def fill(wire: str) -> str:
        param = _param(op, wire, "path")
        if wire not in path_values or param is None:
            return "{" + wire + "}"  # not in the example (a deprecated path parameter): left for the reader
        return _PARAMS.path(wire, path_values[wire], param.style, param.explode)

    pairs: list[tuple[str, str]] = []
    for arg, value in _at(values, "query"):
        param = _param(op, arg.wire, "query")
        style, explode = (param.style, param.explode) if param is not None else ("form", True)
        pairs += _PARAMS.query(arg.wire, value, style, explode)
    pairs += [
        (_enc(s.wire_name), _enc(API_KEY)) for s in schemes if s.kind == "api_key" and s.location == "query"
    ]
    query = "?" + "&".join(f"{k}={v}" for k, v in pairs) if pairs else ""
    # The template's own characters as a URL holds them (`ü`, a space: percent-encoded, as
    # httpx sends them); the values, encoded by `fill`, pass through.
    pieces = _PATH_PARAM.split(op.path)  # text, parameter name, text, ...
    path = "".join(fill(p) if i % 2 else quote(p, safe=_PATH_SAFE) for i, p in enumerate(pieces))
    return base_url + path + query


# --- the runtime's encodings: its `_text`; the styles are its own modules' (`_param_styles`, `_form_styles`)


def _text(value: Any) -> str:
    """A scalar in a path, query string, header or form field."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def _base64(value: object) -> object:
    """What JSON makes of bytes (a `format: byte` value), as the runtime's `_json_default`."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


_EMPTY_FORM = "sdk-empty-form"
"""The boundary of the runtime's form with no field (`_base_client._EMPTY_FORM_BOUNDARY`)."""
_FORM = FormWriter(_text)
"""The runtime's form writer, with the text of scalars as it writes them."""
_PARAMS = ParamWriter(_text, _base64)
"""The runtime's parameter writer, likewise."""


def _enc(text: str) -> str:
    return quote(text, safe="")


def _wire(value: Any) -> Any:
    """A value as JSON sends it: bytes (a `format: byte` field) as base64 text."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return [_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: _wire(v) for k, v in value.items()}
    return value


# --- credentials and body ------------------------------------------------------------------


def _schemes(api: ir.Api, op: ir.Operation) -> list[ir.SecurityScheme]:
    """The schemes the SDK authenticates with when it holds every credential: the first
    requirement's (an empty one, anonymous access, sends none)."""
    wanted = op.security[0].schemes if op.security else ()
    by_key = {s.key: s for s in api.security_schemes}
    return [by_key[key] for key in wanted if key in by_key]


def _to_wire(value: Any, names: dict[str, tuple[str, Any]]) -> Any:
    """The runtime's `to_wire`: dict keys written with Python names, as the API's."""
    if isinstance(value, list):
        return [_to_wire(item, names) for item in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for k, item in value.items():
        wire, inner = names.get(k, (k, None))
        out[wire] = _to_wire(item, inner) if inner else item
    return out


def _body(method: Method, values: dict[str, tuple[Arg, Any]], request: Request) -> None:
    """The body's options, as the resource module hands the body to the runtime: a flattened
    body is always sent (an object of the properties given), a whole one when it is given."""
    body = method.op.body
    if body is None:
        return
    whole = _at(values, "body_whole")
    if not whole and not body.flatten:
        return
    # Keyed as the resource module keys it: by argument name when it takes `**body`.
    fields = (
        whole[0][1]
        if whole
        else {(arg.name if method.unpack else arg.wire): value for arg, value in _at(values, "body")}
    )
    if body.encoding == "json" and method.wire_table is not None:
        fields = _to_wire(fields, method.wire_table)
    if body.encoding == "json":
        request.headers.append(("Content-Type", method.content_type or "application/json"))
        request.options.append(("--data", _json(fields)))
    elif body.encoding == "form":
        styles = {name: (style, explode) for name, style, explode in body.styles}
        request.options += [("--data-urlencode", f"{k}={v}") for k, v in _form_pairs(fields, styles)]
    elif body.encoding == "multipart":
        parts = _parts(body, fields)
        for arg, value in _at(values, "file"):
            parts += (
                [("--form", f"{arg.wire}=@{FILE}") for _ in value]
                if isinstance(value, list)
                else [("--form", f"{arg.wire}=@{FILE}")]
            )
        if not parts:
            # As the runtime sends a form with no field: the closing delimiter alone (curl
            # would send no body at all, which an operation requiring one refuses).
            request.headers.append(("Content-Type", f"multipart/form-data; boundary={_EMPTY_FORM}"))
            parts = [("--data-binary", f"--{_EMPTY_FORM}--")]
        request.options += parts
    else:  # binary or text: the content as given, with the spec's media type
        request.headers.append(("Content-Type", method.content_type or body.media_type))
        if body.encoding == "binary" or isinstance(fields, bytes):
            request.options.append(("--data-binary", f"@{FILE}"))
        else:
            request.options.append(("--data-raw", _text(fields)))


def _parts(body: ir.Body, fields: Any) -> list[tuple[str, str]]:
    """A multipart body's text parts as the runtime writes them (`_forms.encode_parts`): a
    field given a style as a form writes it; a part of another type than text (JSON) with its
    `type`, its value quoted as curl reads a quoted one."""
    styles = {name: (style, explode) for name, style, explode in body.styles}
    types = dict(body.part_types)
    options: list[tuple[str, str]] = []
    for name, value in fields.items() if isinstance(fields, dict) else ():
        if value is None:
            continue
        if name in styles or name not in types:
            style = {name: styles[name]} if name in styles else None
            options += [("--form-string", f"{k}={v}") for k, v in _form_pairs({name: value}, style)]
            continue
        as_json = is_json(types[name])
        for item in value if isinstance(value, list) else [value]:
            text = _compact(_wire(item)) if as_json else _FORM.leaf(_wire(item))
            quoted = text.replace("\\", "\\\\").replace('"', '\\"')
            options.append(("--form", f'{name}="{quoted}";type={types[name]}'))
    return options


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _form_pairs(fields: Any, styles: dict[str, tuple[str, bool]] | None = None) -> list[tuple[str, str]]:
    """A form's fields as the runtime writes them: in the `encoding`'s styles by the same
    `FormWriter` as its `_forms.encode_form`, where the spec gives styles; else a list repeats
    its name and an object is JSON."""
    given = {name: _wire(value) for name, value in (fields.items() if isinstance(fields, dict) else ())}
    if styles:
        return _FORM.pairs(given, styles)
    pairs: list[tuple[str, str]] = []
    for name, value in given.items():
        if isinstance(value, list):
            pairs += [(name, _text(v)) for v in value if v is not None]
        elif isinstance(value, dict):
            pairs.append((name, json.dumps(value)))
        elif value is not None:
            pairs.append((name, _text(value)))
    return pairs


def _json(value: Any) -> str:
    """JSON text laid out for reading: unicode as it is, but what is not printable (U+2028, bidi
    marks; controls are escaped by `json` already) as `\\uXXXX`, so the command reads the same
    in a terminal, a YAML file or a docs page."""
    text = json.dumps(_wire(value), indent=2, ensure_ascii=False)
    return _NOT_ASCII.sub(
        lambda m: m.group() if m.group().isprintable() else json.dumps(m.group())[1:-1], text
    )
