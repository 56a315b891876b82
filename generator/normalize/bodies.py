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

_FORM_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")
_TEXT = "text/plain"


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
    _check_encoding(reader, media, encoding, media_obj, loc.file, media_ptr)
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
        styles=_styles(reader, encoding, type_ref, media_obj),
        part_types=_part_types(reader, type_ref, media_obj) if encoding == "multipart" else (),
    )


def _styles(
    reader: Reader, encoding: str, type_ref: ir.TypeRef, media_obj: dict[str, Any]
) -> tuple[tuple[str, str, bool], ...]:
    if encoding == "form":
        return form_styles(media_obj)
    return _part_styles(reader, type_ref, media_obj) if encoding == "multipart" else ()


def _media_pointer(body_pointer: str, media: str) -> str:
    return f"{body_pointer}/content/{pointer_escape(media)}"


def _check_encoding(
    reader: Reader, media: str, encoding: str, media_obj: dict[str, Any], file: str, media_ptr: str
) -> None:
    """Refuse what the runtime cannot send (multipart other than form data, a field style no
    form has) and warn about what it leaves out (a part's own headers)."""
    if encoding == "multipart" and media_base(media) != MULTIPART_FORM:
        raise SpecError(
            Problem(f"{media!r} request bodies are not supported (only multipart/form-data)", file, media_ptr)
        )
    if encoding not in ("form", "multipart"):
        return
    for prop, enc in (media_obj.get("encoding") or {}).items():
        if not isinstance(enc, dict):
            continue
        where = f"{media_ptr}/encoding/{pointer_escape(prop)}"
        # `allowReserved` only permits leaving reserved characters unencoded: encoding them is
        # always correct, and a multipart part is not percent-encoded at all.
        if enc.get("style", "form") not in _FORM_STYLES:
            raise SpecError(
                Problem(
                    f"form field style {enc['style']!r} (for `{prop}`) is not supported",
                    file,
                    where + "/style",
                )
            )
        headers = enc.get("headers")
        # A urlencoded form has no parts, so no part headers (OpenAPI ignores them there); a
        # part's `Content-Type` header is ignored too (its `contentType` says it).
        named = [h for h in headers if str(h).lower() != "content-type"] if isinstance(headers, dict) else []
        if encoding == "multipart" and named:
            reader.diag.warn(
                f"headers of the `{prop}` part ({', '.join(map(str, named))}) are not sent: the SDK "
                "has no argument for them",
                where + "/headers",
                file,
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


def _part_styles(
    reader: Reader, type_ref: ir.TypeRef, media_obj: dict[str, Any]
) -> tuple[tuple[str, str, bool], ...]:
    """(field, style, explode) of each multipart field whose `encoding` gives a style: written
    as a form writes it, in text parts (OpenAPI 3.1; a file part has no style)."""
    files = _file_fields(reader, type_ref)
    found = []
    for prop, enc in (media_obj.get("encoding") or {}).items():
        if isinstance(enc, dict) and {"style", "explode"} & set(enc) and prop not in files:
            style = str(enc.get("style", "form"))
            found.append((str(prop), style, bool(enc.get("explode", style == "form"))))
    return tuple(found)


def _part_types(
    reader: Reader, type_ref: ir.TypeRef, media_obj: dict[str, Any]
) -> tuple[tuple[str, str], ...]:
    """(field, content type) of each multipart field not sent as plain text: the `encoding`'s
    `contentType` (its first when it lists several), else JSON for an object (or each object of
    a list), as OpenAPI says. A style, and a file, set their parts' types themselves."""
    model = _model(reader, type_ref)
    if model is None:
        return ()
    encodings = media_obj.get("encoding") or {}
    found = []
    for f in model.fields:
        enc = encodings.get(f.wire_name)
        enc = enc if isinstance(enc, dict) else {}
        if _is_file(f.type) or {"style", "explode"} & set(enc):
            continue
        given = str(enc.get("contentType") or "").split(",")[0].strip()
        content_type = given if given and "*" not in given else _default_part_type(reader, f.type)
        if media_base(content_type) != _TEXT:
            found.append((f.wire_name, content_type))
    return tuple(found)


def _default_part_type(reader: Reader, ref: ir.TypeRef, depth: int = 0) -> str:
    """JSON for an object, a map, or a union holding one (each item's, for a list)."""
    types = reader.schemas.types
    item = types.unwrap(ref, items=True)
    target = types.get(item.key) if isinstance(item, ir.Named) else item
    if isinstance(target, ir.UnionOf) and depth < 8:  # a union can hold itself through an alias
        kinds = {_default_part_type(reader, v, depth + 1) for v in target.variants}
        return "application/json" if "application/json" in kinds else _TEXT
    return "application/json" if isinstance(target, (ir.Model, ir.Map)) else _TEXT


def _model(reader: Reader, type_ref: ir.TypeRef) -> ir.Model | None:
    target = reader.schemas.types.unwrap(type_ref)
    found = reader.schemas.types.get(target.key) if isinstance(target, ir.Named) else None
    return found if isinstance(found, ir.Model) else None


def _file_fields(reader: Reader, type_ref: ir.TypeRef) -> set[str]:
    model = _model(reader, type_ref)
    return {f.wire_name for f in model.fields if _is_file(f.type)} if model is not None else set()


def _is_file(ref: ir.TypeRef) -> bool:
    ref = ir.non_null(ref)
    return (ref.item if isinstance(ref, ir.Array) else ref) == ir.Scalar("binary")


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
