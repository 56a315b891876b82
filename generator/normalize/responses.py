"""An operation's responses -> `ir.Response`s: each status with its description, the media
type the SDK reads (JSON when offered) and its type.

Success bodies are named after the operation (`...Response`, `...Response201` for the others);
inline error bodies that repeat from operation to operation share one type named after the
status (`BadRequestBody`). Success responses of different kinds (JSON, text, bytes, none) make
the method return their union, read by status.
"""

from __future__ import annotations

import http
import json
from typing import Any, Literal

from .. import ir
from ..errors import pointer_escape
from ..openapi import prefer_json, response_kind, stream_format
from ..text import clean
from .context import Reader, Site, example

_REASONS = {str(s.value): s.phrase.lower() for s in http.HTTPStatus}
_REASONS.update({"4XX": "client error", "5XX": "server error", "default": "error"})
_SSE_FIELDS = frozenset({"event", "data", "id", "retry"})
_DOC_KEYWORDS = frozenset({"description", "example", "examples", "title", "summary", "externalDocs"})


class Responses:
    """Reads responses; remembers the error bodies seen so far, to share their types."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self._error_shapes: dict[str, ir.TypeRef] = {}

    def read(
        self, responses: dict[str, Any], file: str, pointer: str, hint: tuple[str, ...], op_key: str
    ) -> tuple[ir.Response, ...]:
        entries = [(str(status), str(status), raw) for status, raw in responses.items()]
        if not any(status.startswith("2") for status, _, _ in entries) and "default" in responses:
            # Only `default`: it describes the successful answers too.
            entries.insert(0, ("2XX", "default", responses["default"]))
        first_success = next((status for status, _, _ in entries if status.startswith("2")), None)
        return tuple(
            self._response(status, declared, raw, file, pointer, (*hint, "response"), op_key, first_success)
            for status, declared, raw in entries
        )

    def _response(
        self,
        status: str,
        declared: str,
        raw: Any,
        file: str,
        pointer: str,
        words: tuple[str, ...],
        op_key: str,
        first_success: str | None,
    ) -> ir.Response:
        loc = self.reader.doc.deref(raw, file, f"{pointer}/responses/{pointer_escape(declared)}")
        resp = loc.value if isinstance(loc.value, dict) else {}
        if resp.get("links") and status == declared:
            self.reader.diag.warn(
                "`links` are not used by the generated SDK (ignored)", loc.pointer + "/links", loc.file
            )
        content = resp.get("content") if isinstance(resp.get("content"), dict) else {}
        description = clean(resp.get("description"))
        if not content:
            return ir.Response(status=status, description=description)
        media = prefer_json(content)
        media_obj = content[media] or {}
        schema = media_obj.get("schema")
        schema_ptr = f"{loc.pointer}/content/{pointer_escape(media)}/schema"
        kind = response_kind(media)
        stream = stream_format(media) if status.startswith("2") else None
        if stream is not None:
            return self._stream(
                stream, status, description, media, media_obj, loc.file, schema_ptr, words, op_key
            )
        if kind == "json" and not status.startswith("2"):
            type_ref = self._error_type(schema, status, loc.file, schema_ptr)
        elif kind == "json" and schema is not None:
            name = words if status == first_success else (*words, status)
            where = f"the response of `{op_key}`" + (f" ({description})" if description else "")
            type_ref = self.reader.schemas.type_of(schema, Site(loc.file, schema_ptr, name, where))
        else:
            type_ref = {"json": ir.Scalar("json"), "text": ir.Scalar("str")}.get(kind, ir.Scalar("binary"))
        example_value, has_example = example(media_obj, {})
        return ir.Response(
            status=status,
            description=description,
            media_type=media,
            type=type_ref,
            example=example_value,
            has_example=has_example,
        )

    def _stream(
        self,
        stream: Literal["sse", "ndjson"],
        status: str,
        description: str,
        media: str,
        media_obj: dict[str, Any],
        file: str,
        schema_ptr: str,
        words: tuple[str, ...],
        op_key: str,
    ) -> ir.Response:
        """A streamed body: its items' type from `itemSchema` (OpenAPI 3.2) or `schema`. An
        SSE schema whose properties are the event's own fields (`event`, `data`, `id`, `retry`)
        describes the whole event, else the JSON each event's `data` carries."""
        key = "itemSchema" if "itemSchema" in media_obj else "schema"
        schema = media_obj.get(key)
        pointer = schema_ptr.rsplit("/", 1)[0] + "/" + key
        if schema is None:
            # No item schema: each line as text, each event as it came.
            return ir.Response(
                status,
                description,
                media_type=media,
                stream=stream,
                type=ir.Scalar("str") if stream == "ndjson" else None,
            )
        target = self.reader.doc.deref(schema, file, pointer).value
        props = target.get("properties") if isinstance(target, dict) else None
        whole = stream == "sse" and isinstance(props, dict) and "data" in props and set(props) <= _SSE_FIELDS
        where = f"an item of the streamed response of `{op_key}`"
        type_ref = self.reader.schemas.type_of(schema, Site(file, pointer, (*words[:-1], "event"), where))
        return ir.Response(status, description, media, type_ref, stream=stream, whole_event=whole)

    def _error_type(self, schema: Any, status: str, file: str, pointer: str) -> ir.TypeRef:
        """The type of an error body. Inline error schemas repeat from operation to operation
        (the Magic Hour spec has the same five on all 34): identical ones share one type, named
        after the status (`BadRequestBody`) rather than after whichever operation came first."""
        if schema is None:
            return ir.Scalar("json")
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            site = Site(file, pointer, (f"error {status}",), f"the body of a {status} response")
            return self.reader.schemas.type_of(schema, site)
        shape = json.dumps([status, _shape(schema)], sort_keys=True, default=str)
        if shape not in self._error_shapes:
            reason = _REASONS.get(status, f"status {status}")
            site = Site(file, pointer, (reason, "body"), f"the body of a {status} ({reason}) response")
            self._error_shapes[shape] = self.reader.schemas.type_of(schema, site)
        return self._error_shapes[shape]


def _shape(schema: Any) -> Any:
    """A schema without its documentation: what decides whether two schemas are the same type."""
    if isinstance(schema, dict):
        return {k: _shape(v) for k, v in schema.items() if k not in _DOC_KEYWORDS and not k.startswith("x-")}
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    return schema
