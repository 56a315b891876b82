"""Schemas of one value (`string`, `integer`, `number`, `boolean`) as `ir.Scalar`s: which
formats get a type of their own, and which need none."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..errors import Diagnostics
from .context import Site

_SCALAR_FORMATS: dict[tuple[str, str], ir.ScalarKind] = {
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "uuid"): "uuid",
    ("string", "byte"): "bytes",
    ("string", "binary"): "binary",
}
# Formats that need no type of their own: the plain type is the right one, nothing to say.
_PLAIN_FORMATS: dict[str, frozenset[str]] = {
    "string": frozenset(
        {
            "email",
            "idn-email",
            "uri",
            "uri-reference",
            "iri",
            "iri-reference",
            "uri-template",
            "url",
            "hostname",
            "idn-hostname",
            "ipv4",
            "ipv6",
            "password",
            "time",
            "duration",
            "regex",
            "json-pointer",
            "relative-json-pointer",
            "base64",
            "byte",
            "binary",
            "date",
            "date-time",
            "uuid",
            "html",
            "markdown",
            "text",
        }
    ),
    "integer": frozenset(
        {"int32", "int64", "int8", "int16", "uint8", "uint16", "uint32", "uint64", "timestamp", "unix-time"}
    ),
    "number": frozenset({"float", "double", "decimal", "int32", "int64"}),
    "boolean": frozenset(),
}
SCALAR_TYPES: dict[str, ir.ScalarKind] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


def scalar(schema: dict[str, Any], kind: str, site: Site, diag: Diagnostics) -> ir.Scalar:
    """The scalar a schema of type `kind` (one of `SCALAR_TYPES`) holds; an unknown format is
    the plain type, with a warning."""
    fmt = schema.get("format")
    if isinstance(fmt, str) and (kind, fmt) in _SCALAR_FORMATS:
        return ir.Scalar(_SCALAR_FORMATS[(kind, fmt)])
    if kind == "string" and schema.get("contentEncoding") == "base64":
        return ir.Scalar("bytes")
    if kind == "string" and schema.get("contentMediaType") == "application/octet-stream":
        return ir.Scalar("binary")
    if fmt is not None and fmt not in _PLAIN_FORMATS.get(kind, ()):
        diag.warn(
            f"unknown format {fmt!r} (of a {kind} schema): typed as a plain {SCALAR_TYPES[kind]}",
            pointer=site.pointer + "/format",
            file=site.file,
        )
    return ir.Scalar(SCALAR_TYPES[kind])


def const(value: Any) -> ir.TypeRef:
    """A fixed value as a type: `Literal[...]` holds only strings, integers, booleans and None,
    so a fixed float is a float, and a fixed object or array any JSON value."""
    if isinstance(value, float):
        return ir.Scalar("float")
    if isinstance(value, (list, dict)):
        return ir.Scalar("json")
    return ir.Const(value)
