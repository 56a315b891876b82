"""`webhooks` (OpenAPI 3.1) -> `ir.Webhook`s: requests the API sends, with typed payloads."""

from __future__ import annotations

from typing import Any, Iterable

from .. import ir
from ..errors import pointer_escape
from ..load import Located
from ..openapi import prefer_json, response_kind
from ..text import clean
from .context import Reader, Site, described, path_operations


def webhooks(reader: Reader) -> Iterable[ir.Webhook]:
    doc = reader.doc
    for name, item, method, op in path_operations(doc, doc.root.get("webhooks"), doc.name, "/webhooks"):
        payload, media = _payload(reader, name, item, op, f"{item.pointer}/{method}")
        description, deprecated = described(op)
        yield ir.Webhook(
            key=name,
            method=method.upper(),
            summary=clean(op.get("summary")),
            description=description,
            payload=payload,
            media_type=media,
            deprecated=deprecated,
        )


def _payload(
    reader: Reader, name: str, item: Located, op: dict[str, Any], pointer: str
) -> tuple[ir.TypeRef | None, str | None]:
    """The payload's type and media type (read as a response body is: JSON when offered)."""
    if not op.get("requestBody"):
        return None, None
    body = reader.doc.deref(op.get("requestBody"), item.file, pointer + "/requestBody")
    content = body.value.get("content") if isinstance(body.value, dict) else None
    if not isinstance(content, dict) or not content:
        return None, None
    media = prefer_json(content)
    schema = (content[media] or {}).get("schema")
    kind = response_kind(media)
    if schema is None:
        return None, media
    if kind == "json":
        media_ptr = f"{body.pointer}/content/{pointer_escape(media)}/schema"
        where = f"the payload of the `{name}` webhook"
        return (
            reader.schemas.type_of(schema, Site(item.file, media_ptr, (name, "webhook", "payload"), where)),
            media,
        )
    return ir.Scalar("str") if kind == "text" else ir.Scalar("binary"), media
