"""An operation's parameters (path, query, header, cookie) -> `ir.Parameter`s.

Path-level parameters are merged with the operation's own (the operation's win), the headers
OpenAPI says to ignore are dropped, and a parameter is refused when the runtime could not write
it (a style its location does not allow); a type its style cannot hold (nested objects) is
written as closely as the style allows, with a warning.
"""

from __future__ import annotations

from typing import Any, cast

from .. import ir
from ..errors import Problem, SpecError, pointer_escape
from ..openapi import PARAMETER_LOCATIONS, RUNTIME_HEADERS, STYLES, default_explode, default_style
from ..openapi import is_header_name, is_json
from ..text import clean
from .context import Reader, Site, described, example

_ORDER = {location: i for i, location in enumerate(PARAMETER_LOCATIONS)}

_Raw = tuple[dict[str, Any], str, str]
"""A parameter object, its file and its pointer."""


def parameters(
    reader: Reader, shared: list[Any], own: list[Any], file: str, pointer: str, hint: tuple[str, ...]
) -> tuple[ir.Parameter, ...]:
    params = [
        param
        for (where, name), raw in _merged(reader, shared, own, file, pointer).items()
        if (param := _parameter(reader, where, name, raw, hint)) is not None
    ]
    params.sort(key=lambda p: (_ORDER[p.location], not p.required))
    return tuple(params)


def _merged(
    reader: Reader, shared: list[Any], own: list[Any], file: str, pointer: str
) -> dict[tuple[str, str], _Raw]:
    """Operation-level parameters override path-level ones with the same name and location."""
    merged: dict[tuple[str, str], _Raw] = {}
    item_pointer = pointer.rsplit("/", 1)[0]
    for source, base in ((shared, item_pointer + "/parameters"), (own, pointer + "/parameters")):
        for i, raw in enumerate(source):
            loc = reader.doc.deref(raw, file, f"{base}/{i}")
            param = loc.value
            if not isinstance(param, dict):
                continue
            name, where = param.get("name"), param.get("in")
            if not isinstance(name, str) or where not in PARAMETER_LOCATIONS:
                raise SpecError(
                    Problem("parameter needs a string `name` and a valid `in`", loc.file, loc.pointer)
                )
            merged[(where, name)] = (param, loc.file, loc.pointer)
    return merged


def _parameter(
    reader: Reader, where: str, name: str, raw: _Raw, hint: tuple[str, ...]
) -> ir.Parameter | None:
    param, pfile, ppointer = raw
    if where == "header" and name.lower() in RUNTIME_HEADERS:
        return None
    if where == "header" and not is_header_name(name):
        problem = f"header parameter {name!r} is not a valid HTTP header name, so it cannot be sent"
        if param.get("required"):
            raise SpecError(Problem(problem, pfile, ppointer + "/name"))
        reader.diag.warn(problem + "; the SDK leaves this optional parameter out", ppointer + "/name", pfile)
        return None
    schema, schema_ptr, style, explode = _style(where, param, pfile, ppointer)
    type_ref = (
        reader.schemas.type_of(
            schema, Site(pfile, schema_ptr, (*hint, name), f"the `{name}` {where} parameter")
        )
        if schema is not None
        else ir.Scalar("str")
    )
    shape = _unwritable(reader, type_ref) if style != "json" else None
    if shape is not None:
        problem = f"a {where} parameter that is {shape} cannot be written in `style: {style}`"
        if where == "query":
            # No OpenAPI style holds nested values: one JSON text is what such APIs read.
            reader.diag.warn(problem + "; the SDK sends it as one JSON text", schema_ptr, pfile)
            style, explode = "json", False
        else:
            # The style still writes the outer list or object (`k,v` pairs, `.a.b`, `;k=v`); only
            # the values nested in it have no spelling, and JSON text is the one a server can read.
            reader.diag.warn(
                problem + "; the SDK writes the outer value in that style and each nested value as JSON text",
                schema_ptr,
                pfile,
            )
    description, deprecated = described(param)
    schema_obj = reader.schemas.resolved(schema, pfile, schema_ptr) if isinstance(schema, dict) else {}
    example_value, has_example = example(param, schema_obj)
    return ir.Parameter(
        wire_name=name,
        location=cast(ir.ParamLocation, where),  # checked where the parameters are merged
        type=type_ref,
        required=bool(param.get("required")) or where == "path",
        description=description or clean((schema_obj or {}).get("description")),
        deprecated=deprecated,
        style=str(style),
        explode=explode,
        example=example_value,
        has_example=has_example,
        default=(schema_obj or {}).get("default"),
        has_default=isinstance(schema_obj, dict) and "default" in schema_obj,
    )


def _style(where: str, param: dict[str, Any], file: str, pointer: str) -> tuple[Any, str, str, bool]:
    """The parameter's schema and its pointer, and how it is written: its style and explode,
    or `json` for a parameter described by `content` (the value as one JSON text)."""
    schema = param.get("schema")
    style = param.get("style", default_style(where))
    explode = bool(param.get("explode", default_explode(style)))
    content = param.get("content")
    if schema is not None or not isinstance(content, dict) or not content:
        if style not in STYLES[where]:
            raise SpecError(
                Problem(
                    f"`style: {style}` is not supported for {where} parameters (supported: {', '.join(STYLES[where])})",
                    file,
                    pointer + "/style",
                )
            )
        return schema, pointer + "/schema", style, explode
    media, media_obj = next(iter(content.items()))
    media_ptr = f"{pointer}/content/{pointer_escape(media)}"
    if not is_json(media):
        raise SpecError(
            Problem(
                f"a parameter described by `content` of type {media!r} is not supported (only JSON)",
                file,
                media_ptr,
            )
        )
    if where != "query":
        raise SpecError(
            Problem(
                f"a {where} parameter described by `content` (JSON text) is not supported yet, only query ones",
                file,
                media_ptr,
            )
        )
    return (media_obj or {}).get("schema"), media_ptr + "/schema", "json", False


def _unwritable(reader: Reader, ref: ir.TypeRef) -> str | None:
    """What makes a parameter's type impossible to write in a path, query, header or cookie
    (OpenAPI styles hold scalars, lists of scalars and flat objects), or None."""
    types = reader.schemas.types

    def resolve(t: ir.TypeRef) -> ir.TypeRef | ir.TypeDef | None:
        t = types.unwrap(t)
        return types.get(t.key) if isinstance(t, ir.Named) else t

    def scalar(t: ir.TypeRef) -> bool:
        r = resolve(t)
        if isinstance(r, ir.UnionOf):
            return all(scalar(v) for v in r.variants)
        return isinstance(r, (ir.Scalar, ir.Const, ir.Enum))

    top = resolve(ref)
    if isinstance(top, ir.UnionOf):
        return next((p for p in (_unwritable(reader, v) for v in top.variants) if p), None)
    if isinstance(top, ir.Array) and not scalar(top.item):
        return "an array of objects or arrays"
    if isinstance(top, ir.Map) and not scalar(top.value):
        return "an object whose values are objects or arrays"
    if isinstance(top, ir.Model) and not all(scalar(f.type) for f in top.fields if not f.read_only):
        return "an object with nested objects or arrays"
    if top is None:
        return "a recursive type"
    return None
