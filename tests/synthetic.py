"""A synthetic large OpenAPI 3.0 document, built in Python: `build_spec(operations, schemas)`.

Used by tests/test_synthetic.py (it generates, imports lazily, type-checks and calls every
operation against the mock) and by bench/bench.py (performance numbers on a large spec).

The document is deterministic (same arguments, same document) and valid OpenAPI. It is made of
"entities", each a REST resource under `/v1/<group>/<entity>` with up to five operations (list
with query filters, create, get, update, delete) and six component schemas: the entity (nested
inline objects, arrays, a nullable field, refs to its neighbours, which makes reference cycles),
a create body, an update body (`allOf` of the create body plus fields), a string enum, an
integer enum, and a page of entities. Shared schemas (an error, a money amount, an address, a
discriminated union of two event kinds) come first; filler schemas (objects referring to each
other and to entities) make up the requested schema count.
"""

from __future__ import annotations

from typing import Any

OPS_PER_ENTITY = 5
SCHEMAS_PER_ENTITY = 6
_SHARED = ("Error", "Money", "Address", "CreatedEvent", "DeletedEvent", "Event")


def build_spec(operations: int = 800, schemas: int = 1000, ring: int = 0) -> dict[str, Any]:
    """A document with exactly `operations` operations and `schemas` component schemas.

    `schemas` must leave room for the entities the operations need: at least
    6 + 6 * ceil(operations / 5). Each entity refers to the next one in its ring of `ring`
    entities (0: one ring of all of them, so that every entity reaches every other, the worst
    case for loading models lazily; 5 is closer to a real API's clusters of related resources).
    """
    if ring < 0:
        raise ValueError("ring must be 0 or more")
    entities = max(1, -(-operations // OPS_PER_ENTITY))
    needed = len(_SHARED) + SCHEMAS_PER_ENTITY * entities
    if schemas < needed:
        raise ValueError(f"{operations} operations need at least {needed} schemas")
    components: dict[str, Any] = {}
    components.update(_shared())
    paths: dict[str, Any] = {}
    left = operations
    for i in range(entities):
        components.update(_entity_schemas(i, _next_in_ring(i, ring or entities, entities)))
        paths.update(_entity_paths(i, min(OPS_PER_ENTITY, left)))
        left -= OPS_PER_ENTITY
    fillers = schemas - needed
    for j in range(fillers):
        components[f"Extra{j:04d}"] = _filler(j, fillers, entities)
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Synthetic Large API",
            "version": "1.0.0",
            "description": f"{operations} operations and {schemas} component schemas, generated for tests.",
        },
        "servers": [{"url": "https://synthetic.example.com/api"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": components,
            "parameters": {
                "Limit": {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
                },
                "Cursor": {"name": "cursor", "in": "query", "schema": {"type": "string"}},
            },
            "responses": {
                "Error": {
                    "description": "An error.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def _entity(i: int) -> str:
    return f"Item{i:04d}"


def _group(i: int) -> str:
    return f"group{i // 20:02d}"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _shared() -> dict[str, Any]:
    event_props = {"kind": {"type": "string"}, "at": {"type": "string", "format": "date-time"}}
    return {
        "Error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
        },
        "Money": {
            "type": "object",
            "required": ["amount", "currency"],
            "properties": {
                "amount": {"type": "integer", "description": "In the currency's smallest unit."},
                "currency": {"type": "string", "enum": ["usd", "eur", "jpy"]},
            },
        },
        "Address": {
            "type": "object",
            "properties": {
                "lines": {"type": "array", "items": {"type": "string"}},
                "country": {"type": "string", "minLength": 2, "maxLength": 2},
            },
        },
        "CreatedEvent": {
            "type": "object",
            "required": ["kind"],
            "properties": {**event_props, "id": {"type": "string"}},
        },
        "DeletedEvent": {
            "type": "object",
            "required": ["kind"],
            "properties": {**event_props, "reason": {"type": "string"}},
        },
        "Event": {
            "oneOf": [_ref("CreatedEvent"), _ref("DeletedEvent")],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {
                    "created": "#/components/schemas/CreatedEvent",
                    "deleted": "#/components/schemas/DeletedEvent",
                },
            },
        },
    }


def _next_in_ring(i: int, ring: int, entities: int) -> int:
    start = i - i % ring
    size = min(ring, entities - start)
    return start + (i - start + 1) % size


def _entity_schemas(i: int, neighbour_index: int) -> dict[str, Any]:
    name = _entity(i)
    neighbour = _entity(neighbour_index)
    return {
        f"{name}Status": {"type": "string", "enum": ["draft", "active", "archived", f"custom-{i}"]},
        f"{name}Level": {"type": "integer", "enum": [0, 1, 2, 3]},
        name: {
            "type": "object",
            "description": f"Entity number {i}.",
            "required": ["id", "name", "status", "created_at"],
            "properties": {
                "id": {"type": "string", "format": "uuid", "readOnly": True},
                "name": {"type": "string"},
                "status": _ref(f"{name}Status"),
                "level": _ref(f"{name}Level"),
                "created_at": {"type": "string", "format": "date-time", "readOnly": True},
                "price": _ref("Money"),
                "address": {"allOf": [_ref("Address")], "nullable": True},
                "tags": {"type": "array", "items": {"type": "string"}},
                "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
                "details": {
                    "type": "object",
                    "properties": {
                        "summary": {"type": "string", "nullable": True},
                        "counts": {
                            "type": "object",
                            "properties": {"views": {"type": "integer"}, "likes": {"type": "integer"}},
                        },
                        "history": {"type": "array", "items": _ref("Event")},
                    },
                },
                "related": {"type": "array", "items": _ref(neighbour)},
                "parent": _ref(name),
            },
        },
        f"{name}Create": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "status": _ref(f"{name}Status"),
                "level": _ref(f"{name}Level"),
                "price": _ref("Money"),
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        },
        f"{name}Update": {
            "allOf": [
                _ref(f"{name}Create"),
                {"type": "object", "properties": {"archived": {"type": "boolean"}}},
            ]
        },
        f"{name}Page": {
            "type": "object",
            "required": ["data"],
            "properties": {
                "data": {"type": "array", "items": _ref(name)},
                "next_cursor": {"type": "string", "nullable": True},
            },
        },
    }


def _entity_paths(i: int, count: int) -> dict[str, Any]:
    name = _entity(i)
    base = f"/v1/{_group(i)}/{name.lower()}s"
    errors = {
        "400": {"$ref": "#/components/responses/Error"},
        "404": {"$ref": "#/components/responses/Error"},
    }

    def ok(schema: str, status: str = "200") -> dict[str, Any]:
        return {
            status: {"description": "OK", "content": {"application/json": {"schema": _ref(schema)}}},
            **errors,
        }

    id_param = {"name": f"{name.lower()}_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ops = [
        (
            base,
            "get",
            {
                "operationId": f"list{name}s",
                "parameters": [
                    {"$ref": "#/components/parameters/Limit"},
                    {"$ref": "#/components/parameters/Cursor"},
                    {"name": "status", "in": "query", "schema": _ref(f"{name}Status")},
                    {"name": "tag", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                ],
                "responses": ok(f"{name}Page"),
            },
        ),
        (
            base,
            "post",
            {
                "operationId": f"create{name}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{name}Create")}},
                },
                "responses": ok(name, "201"),
            },
        ),
        (
            base + "/{" + id_param["name"] + "}",
            "get",
            {
                "operationId": f"get{name}",
                "parameters": [id_param],
                "responses": ok(name),
            },
        ),
        (
            base + "/{" + id_param["name"] + "}",
            "patch",
            {
                "operationId": f"update{name}",
                "parameters": [id_param],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{name}Update")}},
                },
                "responses": ok(name),
            },
        ),
        (
            base + "/{" + id_param["name"] + "}",
            "delete",
            {
                "operationId": f"delete{name}",
                "parameters": [id_param],
                "responses": {"204": {"description": "Deleted."}, **errors},
            },
        ),
    ]
    paths: dict[str, Any] = {}
    for path, method, op in ops[:count]:
        paths.setdefault(path, {})[method] = {
            "tags": [_group(i)],
            "summary": f"{method.upper()} {name}",
            **op,
        }
    return paths


def _filler(j: int, fillers: int, entities: int) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"Filler schema {j}.",
        "properties": {
            "label": {"type": "string"},
            "kind": {"type": "string", "enum": ["a", "b", "c"]},
            "next": _ref(f"Extra{(j + 1) % fillers:04d}"),
            "entity": _ref(_entity(j % entities)),
            "values": {"type": "array", "items": {"type": "number"}},
        },
    }
