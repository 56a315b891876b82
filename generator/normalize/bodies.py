"""An operation's request body -> `ir.Body`: which of its media types the SDK sends, how that
is encoded (JSON, form, multipart, text, bytes), and its type. An object body is flattened:
its properties become the method's keyword arguments."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..errors import Problem, SpecError, pointer_escape
from ..openapi import MULTIPART_FORM, media_base, pick_request_media
from ..text import clean
from .context import Reader, Site, example
from .schemas import types_of

_UNSUPPORTED_ENCODING = ("headers", "style", "explode", "allowReserved")
_FORM_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")


def body(
    reader: Reader, raw: Any, file: str, pointer: str, hint: tuple[str, ...], op_key: str
) -> ir.Body | None:
    if raw is None:
        return None
    loc = reader.doc.deref(raw, file, pointer)
    content = loc.value.get("content") if isinstance(loc.value, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    media, encoding = pick_request_media(content)
    if media is None or encoding is None:
        # A media type we do not know by name: its schema says whether it is text or bytes.
        media = next(iter(content))
        encoding = _unknown_media_encoding(
            reader, content[media], loc.file, _media_pointer(loc.pointer, media)
        )
    media_obj = content[media] or {}
    media_ptr = _media_pointer(loc.pointer, media)
    _check_encoding(media, encoding, media_obj, loc.file, media_ptr)
    schema = media_obj.get("schema")
    if schema is None:
        type_ref: ir.TypeRef = ir.Scalar("binary" if encoding == "binary" else "json")
    else:
        site = Site(loc.file, media_ptr + "/schema", (*hint, "body"), f"the request body of `{op_key}`")
        type_ref = reader.schemas.type_of(schema, site)
    if encoding == "binary" and type_ref != ir.Scalar("binary"):
        type_ref = ir.Scalar("binary")
    if encoding == "text" and type_ref != ir.Scalar("str"):
        raise SpecError(Problem(f"a {media} body must be a string schema", loc.file, media_ptr + "/schema"))
    example_value, has_example = example(media_obj, {})
    return ir.Body(
        media_type=media,
        encoding=encoding,
        type=type_ref,
        required=bool(loc.value.get("required")),
        description=clean(loc.value.get("description")),
        example=example_value,
        has_example=has_example,
        flatten=isinstance(type_ref, ir.Named)
        and isinstance(reader.schemas.types.get(type_ref.key), ir.Model),
        styles=form_styles(media_obj) if encoding == "form" else (),
    )


def _media_pointer(body_pointer: str, media: str) -> str:
    return f"{body_pointer}/content/{pointer_escape(media)}"


def _check_encoding(media: str, encoding: str, media_obj: dict[str, Any], file: str, media_ptr: str) -> None:
    """Refuse what the runtime cannot send: multipart other than form data, and per-part
    `encoding` beyond a content type."""
    if encoding == "multipart" and media_base(media) != MULTIPART_FORM:
        raise SpecError(
            Problem(f"{media!r} request bodies are not supported (only multipart/form-data)", file, media_ptr)
        )
    for prop, enc in (media_obj.get("encoding") or {}).items():
        if not isinstance(enc, dict):
            continue
        where = f"{media_ptr}/encoding/{pointer_escape(prop)}"
        if encoding == "form":
            # A urlencoded form has no part headers (OpenAPI ignores them there) and writes
            # `style`/`explode` itself (`form_styles`); `allowReserved` only permits leaving
            # reserved characters unencoded, and encoding them is always correct.
            if enc.get("style", "form") not in _FORM_STYLES:
                raise SpecError(
                    Problem(
                        f"form field style {enc['style']!r} (for `{prop}`) is not supported",
                        file,
                        where + "/style",
                    )
                )
            continue
        for word in _UNSUPPORTED_ENCODING:
            if word in enc:
                raise SpecError(
                    Problem(
                        f"`encoding` with `{word}` (for `{prop}`) is not supported yet",
                        file,
                        f"{where}/{word}",
                    )
                )


def form_styles(media_obj: dict[str, Any]) -> tuple[tuple[str, str, bool], ...]:
    """(field, style, explode) of each form field whose `encoding` is not the default (form,
    exploded); `explode` defaults to true for `form` only, as for query parameters."""
    found = []
    for prop, enc in (media_obj.get("encoding") or {}).items():
        if not isinstance(enc, dict) or not ({"style", "explode"} & set(enc)):
            continue
        style = str(enc.get("style", "form"))
        explode = bool(enc.get("explode", style == "form"))
        if (style, explode) != ("form", True):
            found.append((str(prop), style, explode))
    return tuple(found)


def _unknown_media_encoding(reader: Reader, media_obj: Any, file: str, pointer: str) -> ir.BodyEncoding:
    """Bytes, or text for a string schema: the SDK cannot write another media type itself. A
    schema that says nothing of the value's shape (only an example) means any bytes too."""
    schema = (media_obj or {}).get("schema") if isinstance(media_obj, dict) else None
    resolved = reader.schemas.resolved(schema, file, pointer + "/schema") if isinstance(schema, dict) else {}
    resolved = resolved if isinstance(resolved, dict) else {}
    types = types_of(resolved)
    if resolved.get("format") == "binary" or not (set(resolved) & _SHAPE_KEYWORDS):
        return "binary"
    if types == ["string"]:
        return "text"
    reader.diag.warn(
        "a request body of an unknown media type that is not a string or binary schema: the SDK "
        "sends it as bytes the caller encodes (JSON, form and multipart bodies are recognized by "
        "their media type)",
        pointer=pointer,
        file=file,
    )
    return "binary"


_SHAPE_KEYWORDS = frozenset(
    {"type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "const", "additionalProperties"}
)
