"""Request checking: parameters parsed from their strings by style, bodies decoded by media type."""

from __future__ import annotations

import email.policy
import json
import math
import re
from email import message_from_bytes
from email.message import Message
from typing import Any
from urllib.parse import parse_qs

from .. import param_styles
from ..form_styles import DEFAULT_STYLE, delimiter
from ..load import Located
from .schemas import Schemas
from ..openapi import FORM, MULTIPART_FORM, RUNTIME_HEADERS, accepts, default_explode, is_json, media_base
from .spec import Body, Param, Route

_INTEGER = re.compile(r"[-+]?\d+")


class Rejected(Exception):
    """The request is wrong. `status` is 400, 415 or 422 before the spec's own preference applies."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def check_params(
    schemas: Schemas,
    route: Route,
    path_values: dict[str, str],
    query: dict[str, list[str]],
    headers: dict[str, str],
    cookies: dict[str, str],
) -> None:
    problems: list[str] = []
    for param in route.params:
        if param.location == "header" and param.name.lower() in RUNTIME_HEADERS:
            continue
        where = f"{param.location} parameter {param.name}"
        value = read_param(schemas, param, path_values, query, headers, cookies)
        if value is _MISSING:
            # An empty object has no form-explode spelling, so a required one may well be absent.
            if param.required and not (param.schema and _empty_object_ok(schemas, param.schema)):
                problems.append(f"{where}: is required")
            continue
        if param.schema is not None:
            problems += schemas.errors(param.schema, value, where, parameter=True)
    if problems:
        raise Rejected(400, "; ".join(problems))


def read_param(
    schemas: Schemas,
    param: Param,
    path_values: dict[str, str],
    query: dict[str, list[str]],
    headers: dict[str, str],
    cookies: dict[str, str],
) -> Any:
    """The parameter's value, read from its text by its style; `_MISSING` when not sent."""
    where = f"{param.location} parameter {param.name}"
    if param.location == "path":
        raw = [_unstyle(schemas, param, path_values[param.name])] if param.name in path_values else None
    elif param.location == "query":
        raw = query.get(param.name)
    elif param.location == "header":
        raw = [headers[param.name.lower()]] if param.name.lower() in headers else None
    else:
        raw = [cookies[param.name]] if param.name in cookies else None
    return _parse(schemas, param, raw, query, where)


_MISSING = object()


def path_fits(schemas: Schemas, route: Route, path_values: dict[str, str]) -> bool:
    """Whether the path's values are valid for `route`'s path parameters (how the mock tells
    apart templates of the same shape, `/journals/{JournalID}` with a uuid and
    `/journals/{JournalNumber}` with a number)."""
    for param in route.params:
        if param.location != "path" or param.name not in path_values:
            continue
        raw = [_unstyle(schemas, param, path_values[param.name])]
        try:
            value = _parse(schemas, param, raw, {}, f"path parameter {param.name}")
        except Rejected:
            return False
        if value is _MISSING or (
            param.schema is not None and not schemas.is_valid(param.schema, value, parameter=True)
        ):
            return False
    return True


def _unstyle(schemas: Schemas, param: Param, text: str) -> str:
    """A label (`.a.b`) or matrix (`;id=a;id=b`) path value as the simple style writes it."""
    if param.style == "label" and text.startswith("."):
        text = text[1:]
        return text.replace(".", ",") if param.explode else text
    if param.style == "matrix" and text.startswith(";"):
        pieces = text[1:].split(";")
        is_object = param.schema is not None and schemas.kind(param.schema) == "object"
        if param.explode and is_object:
            return ",".join(pieces)  # `;k=v;k2=v2` -> `k=v,k2=v2`
        prefix = param.name + "="
        return ",".join(p[len(prefix) :] if p.startswith(prefix) else p for p in pieces)
    return text


def _parse(
    schemas: Schemas, param: Param, raw: list[str] | None, query: dict[str, list[str]], where: str
) -> Any:
    loc = param.schema
    if param.media is not None:
        if raw is None:
            return _MISSING
        if not is_json(param.media):
            return raw[0]
        try:
            return json.loads(raw[0])
        except ValueError:
            raise Rejected(400, f"{where}: is not valid JSON") from None
    kind = schemas.kind(loc) if loc is not None else "scalar"
    if kind == "object":
        pairs = _object_pairs(schemas, param, raw, query)
        if pairs is None:
            return _MISSING
        props = schemas.properties(loc) if loc is not None else {}
        return {key: coerce(schemas, props.get(key), text) for key, text in pairs.items()}
    if raw is None:
        return _MISSING
    if kind == "array":
        item = schemas.items(loc)
        whole = _json_list(raw) if item is not None and schemas.kind(item) != "scalar" else None
        if whole is not None:
            # Nested objects or arrays have no query style: one JSON text holds the list (how
            # the SDK sends them, and the one reading that round-trips).
            return whole
        return [coerce(schemas, item, text) for text in _split_array(param, raw)]
    return coerce(schemas, loc, raw[0])


def _json_list(raw: list[str]) -> list[Any] | None:
    if len(raw) != 1 or not raw[0].lstrip().startswith("["):
        return None
    try:
        value = json.loads(raw[0])
    except ValueError:
        return None
    return value if isinstance(value, list) else None


def _split_array(param: Param, raw: list[str]) -> list[str]:
    # A query list is delimited by its style (as the SDK writes it); a path, header or cookie
    # list by commas (label and matrix are made simple by `_unstyle` first).
    separator = param_styles.delimiter(param.style, param.explode) if param.location == "query" else ","
    if separator is None:
        return raw
    return [item for text in raw if text for item in _split_outside_json(text, separator)]


def _object_pairs(
    schemas: Schemas, param: Param, raw: list[str] | None, query: dict[str, list[str]]
) -> dict[str, str] | None:
    if param.location == "query" and param.style == "deepObject":
        start = param.name + "["
        pairs = {
            k[len(start) : -1]: v[0] for k, v in query.items() if k.startswith(start) and k.endswith("]")
        }
        return pairs or None
    if param.location == "query" and param.style == "form" and param.explode:
        props = schemas.properties(param.schema) if param.schema is not None else {}
        pairs = {k: v[0] for k, v in query.items() if k in props}
        return pairs or None
    if raw is None:
        return None
    if param.explode:  # simple style, exploded: `k=v,k2=v2`
        return dict(part.partition("=")[::2] for part in _split_outside_json(raw[0], ",") if part)
    separator = param_styles.delimiter(param.style, False) if param.location == "query" else ","
    return _joined_pairs(raw[0], separator or ",")


def _joined_pairs(text: str, separator: str) -> dict[str, str]:
    """An object written unexploded: its keys and values in turn, delimited (`k,v,k2,v2`)."""
    tokens = _split_outside_json(text, separator) if text else []
    return dict(zip(tokens[0::2], tokens[1::2]))


def _split_outside_json(text: str, separator: str) -> list[str]:
    """`text` split at each `separator` that is not inside a JSON object, list or string: the
    SDK writes a value nested in a list or object parameter as JSON text (`a,{"x":1,"y":2}`)."""
    pieces: list[str] = []
    depth, start, quoted, escaped = 0, 0, False, False
    for i, char in enumerate(text):
        if quoted:
            escaped, quoted = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"' and depth:
            quoted = True
        elif char in "{[":
            depth += 1
        elif char in "}]" and depth:
            depth -= 1
        elif char == separator and not depth:
            pieces.append(text[start:i])
            start = i + 1
    return [*pieces, text[start:]]


def _empty_object_ok(schemas: Schemas, loc: Located) -> bool:
    return schemas.kind(loc) == "object" and schemas.is_valid(loc, {})


def coerce(schemas: Schemas, loc: Located | None, text: str) -> Any:
    """The typed value a string stands for: the first reading the schema accepts."""
    if loc is None:
        return text
    candidates = _readings(text, schemas.types(loc))
    for candidate in candidates:
        if schemas.is_valid(loc, candidate):
            return candidate
    return candidates[0]


def _readings(text: str, types: set[str]) -> list[Any]:
    readings: list[Any] = []
    if "integer" in types and _INTEGER.fullmatch(text):
        readings.append(int(text))
    if "number" in types:
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                readings.append(int(number) if _INTEGER.fullmatch(text) else number)
    if "boolean" in types and text in ("true", "false"):
        readings.append(text == "true")
    if "null" in types and text in ("", "null"):
        readings.append(None)
    if types & {"object", "array"} and text[:1] in ("{", "["):
        try:
            readings.append(json.loads(text))
        except ValueError:
            pass
    if "string" in types or not types or not readings:
        readings.append(text)
    return readings


# bodies ---------------------------------------------------------------------------------


def check_body(schemas: Schemas, route: Route, content_type: str, body: bytes) -> Any:
    """The decoded body (JSON value or form fields), after checking it against its schema."""
    spec = route.body
    if spec is None:
        return None
    # An empty urlencoded form is the whole encoding of a form with no fields: a body that is
    # there (its Content-Type says so), to be checked like any other.
    if not body and not (content_type and media_base(content_type) == FORM):
        if spec.required:
            raise Rejected(400, "request body is required")
        return None
    media_type, media = _match_media(spec, content_type)
    schema = (
        Schemas.child(media, "schema") if isinstance(media.value, dict) and "schema" in media.value else None
    )
    base = media_base(media_type)
    if is_json(media_type):
        try:
            value = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
        except (UnicodeDecodeError, ValueError) as exc:
            raise Rejected(400, f"request body is not valid JSON: {exc}") from None
    elif base == FORM:
        encoding = media.value.get("encoding") if isinstance(media.value, dict) else None
        value = _form(schemas, schema, body, encoding if isinstance(encoding, dict) else {})
    elif base == MULTIPART_FORM:
        encoding = media.value.get("encoding") if isinstance(media.value, dict) else None
        value = _multipart(
            schemas, schema, content_type, body, encoding if isinstance(encoding, dict) else {}
        )
    else:
        return None  # other media (octet-stream, text, ...) are taken as they come
    if schema is not None:
        problems = schemas.errors(schema, value)
        if problems:
            raise Rejected(422, "; ".join(problems))
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _match_media(spec: Body, content_type: str) -> tuple[str, Located]:
    base = media_base(content_type)
    if not base:
        if len(spec.media) == 1:
            return spec.media[0]
        return next((m for m in spec.media if is_json(m[0])), spec.media[0])
    for name, loc in spec.media:
        if media_base(name) == base:
            return name, loc
    for name, loc in spec.media:
        if accepts(name, base):
            return name, loc
    if is_json(base):  # application/json sent where a vendor JSON type is declared, or back
        for name, loc in spec.media:
            if is_json(name):
                return name, loc
    expected = ", ".join(name for name, _ in spec.media)
    raise Rejected(415, f"Content-Type {base!r} is not accepted here; expected one of: {expected}")


def _form(schemas: Schemas, schema: Located | None, body: bytes, encoding: dict[str, Any]) -> dict[str, Any]:
    """The form's fields as the value its schema describes, read as its `encoding` wrote them:
    `deepObject` brackets nest (`card[exp][month]`, `expand[0]`), delimited and unexploded
    lists are split, and an exploded `form` object gathers the fields no property declares."""
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        raise Rejected(400, "request body is not UTF-8 form data") from None
    return _fields(schemas, schema, fields, encoding)


def _fields(
    schemas: Schemas, schema: Located | None, fields: dict[str, list[str]], encoding: dict[str, Any]
) -> dict[str, Any]:
    """Text fields (a form's, or a multipart body's text parts) as the value they stand for."""
    # A field is read as the property a branch declares (`increment` of a real-time seek).
    props = schemas.properties(schema, branches=True) if schema is not None else {}
    styles = {name: _form_style(enc) for name, enc in encoding.items() if isinstance(enc, dict)}
    value: dict[str, Any] = {}
    for key, texts in fields.items():
        name = key.partition("[")[0]
        style, explode = styles.get(name, DEFAULT_STYLE)
        prop = props.get(name)
        kind = schemas.kind(prop) if prop is not None else None
        if style == "deepObject" and key != name and prop is not None:
            _put(schemas, value, name, prop, _BRACKETS.findall(key[len(name) :]), texts[0])
        elif prop is not None and kind == "array":
            item = schemas.items(prop)
            sep = delimiter(style, explode)
            parts = [part for text in texts for part in (text.split(sep) if sep else [text])]
            value[name] = [coerce(schemas, item, part) for part in parts]
        elif prop is not None and kind == "object" and not explode:
            inner = schemas.properties(prop)
            value[name] = {
                k: coerce(schemas, inner.get(k), v) for k, v in _joined_pairs(texts[0], ",").items()
            }
        else:
            value[name] = coerce(schemas, prop, texts[0])
    for name, (style, explode) in styles.items():
        prop = props.get(name)
        if style == "form" and explode and prop is not None and schemas.kind(prop) == "object":
            # Read untyped above (no property of the form's declares them): typed by the object's.
            inner = schemas.properties(prop)
            spread = [k for k in value if k not in props]
            value[name] = {k: coerce(schemas, inner.get(k), value.pop(k)) for k in spread}
    return value


_BRACKETS = re.compile(r"\[([^\]]*)\]")


def _form_style(enc: dict[str, Any]) -> tuple[str, bool]:
    style = str(enc.get("style", DEFAULT_STYLE[0]))
    return style, bool(enc.get("explode", default_explode(style)))


def _put(
    schemas: Schemas, value: dict[str, Any], name: str, loc: Located, path: list[str], text: str
) -> None:
    """Store one `deepObject` leaf (`name[a][0]`) in the nested value, typed by its schema."""
    holder: Any = value
    key: Any = name
    for token in path:
        is_list = schemas.kind(loc) == "array"
        child: Any = [] if is_list else {}
        if isinstance(holder, list):
            while len(holder) <= key:
                holder.append(None)
            if holder[key] is None:
                holder[key] = child
            holder = holder[key]
        else:
            holder = holder.setdefault(key, child)
        sub = schemas.items(loc) if is_list else schemas.properties(loc).get(token)
        key = int(token) if is_list and token.isdigit() else token
        loc = sub if sub is not None else Located({}, loc.file, loc.pointer)
    if isinstance(holder, list):
        while len(holder) <= key:
            holder.append(None)
    holder[key] = coerce(schemas, loc, text)


def _multipart(
    schemas: Schemas, schema: Located | None, content_type: str, body: bytes, encoding: dict[str, Any]
) -> dict[str, Any]:
    """A multipart body's parts as the value they stand for: text parts read as form fields
    (styles included), JSON parts parsed, a file part's content kept as text."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1", "replace")
    message = message_from_bytes(head + body, policy=email.policy.HTTP)
    if message.get_content_maintype() != "multipart" or not message.get_boundary():
        raise Rejected(400, "request body is not multipart/form-data with a boundary")
    payload = message.get_payload()
    # A body with no parts at all is still valid multipart.
    parts = [part for part in payload if isinstance(part, Message)] if isinstance(payload, list) else []
    props = schemas.properties(schema) if schema is not None else {}
    texts: dict[str, list[str]] = {}
    values: dict[str, list[Any]] = {}
    for part in parts:
        name = str(part.get_param("name", header="content-disposition") or "")
        data = part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        if part.get_filename() is not None:
            values.setdefault(name, []).append(data.decode("latin-1"))
        elif part.get("content-type") and is_json(part.get_content_type()):
            try:
                values.setdefault(name, []).append(
                    json.loads(data.decode("utf-8"), parse_constant=_no_constant)
                )
            except (UnicodeDecodeError, ValueError):
                raise Rejected(400, f"part {name!r} is not valid JSON") from None
        else:
            texts.setdefault(name, []).append(data.decode("utf-8", "replace"))
    value = _fields(schemas, schema, texts, encoding)
    for name, items in values.items():
        prop = props.get(name)
        value[name] = items if prop is not None and schemas.kind(prop) == "array" else items[0]
    return value
