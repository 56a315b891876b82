"""Streamed response bodies: server-sent events and newline-delimited JSON, in pieces.

Three items from the item schema (`itemSchema`, else `schema`), each its own chunk. An SSE
stream shows what clients must handle: a comment line, an `id:`, a named `event:`, one
event's JSON split over several `data:` lines, and a closing `data: [DONE]`. Without an item
schema an SSE stream carries plain text events.
"""

from __future__ import annotations

import json
from typing import Any

from ..load import Located
from .schemas import Schemas
from .synth import Synth

ITEMS = 3
_SSE_FIELDS = frozenset({"event", "data", "id", "retry"})


def streamed(schemas: Schemas, synth: Synth, media: Located, stream: str) -> tuple[bytes, ...]:
    value = media.value if isinstance(media.value, dict) else {}
    key = "itemSchema" if "itemSchema" in value else "schema"
    schema = Schemas.child(media, key) if key in value else None
    items = [synth.value(schema) for _ in range(ITEMS)] if schema is not None else None
    if stream == "ndjson":
        rows = items if items is not None else [f"line {n}" for n in range(ITEMS)]
        return tuple(json.dumps(row).encode() + b"\n" for row in rows)
    whole = schema is not None and _describes_event(schemas, schema)
    chunks = [b": the mock's stream\n\n"]
    for n in range(ITEMS):
        if items is None:
            event: dict[str, Any] = {"data": f"tick {n}"}
        elif whole:
            event = dict(items[n]) if isinstance(items[n], dict) else {"data": items[n]}
        else:
            event = {"data": items[n]}
        chunks.append(_event(event, n))
    chunks.append(b"data: [DONE]\n\n")
    return tuple(chunks)


def _describes_event(schemas: Schemas, schema: Located) -> bool:
    props = schemas.properties(schema)
    return "data" in props and set(props) <= _SSE_FIELDS


def _event(event: dict[str, Any], n: int) -> bytes:
    data = event.get("data")
    # The second event's JSON spans several `data:` lines, which a client joins with newlines.
    text = data if isinstance(data, str) else json.dumps(data, indent=1 if n == 1 else None)
    lines = [f"id: {event.get('id', n)}"]
    if event.get("event") is not None:
        lines.append(f"event: {event['event']}")
    lines += [f"data: {line}" for line in text.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()
