"""Which list operations page, and how (`ir.Paging`): recognised from the spec, or declared per
operation in the config (`pagination:`), which wins.

Recognised shapes, for a GET whose success body is an object with an array property:
- `cursor`: a cursor query parameter (`cursor`, `after`, `page_token`, ...) and a next-cursor
  body property (`next_cursor`, `next_page_token`, ...);
- `next_url`: a body property holding the next page's URL (`next`, `next_url`, ...), at the top
  or in a `meta`/`links`/`pagination` object (`meta.next_page_url`);
- `link_header`: a declared `Link` response header (RFC 8288 `Link: <...>; rel="next"`);
- `offset`: `offset` and a page-size parameter (`limit`, `page_size`, `per_page`);
- `page`: a page-number parameter (`page`, `page_number`).
"""

from __future__ import annotations

import dataclasses

from . import ir
from .config import Config, PagingRule
from .errors import Problem, SpecError, pointer_join

_ITEMS = ("data", "items", "results", "entries", "records", "values", "objects")
_CURSOR_PARAMS = (
    "cursor",
    "after",
    "starting_after",
    "page_token",
    "pagetoken",
    "next_token",
    "continuation_token",
    "marker",
)
_CURSOR_FIELDS = (
    "next_cursor",
    "next_page_token",
    "nextpagetoken",
    "next_token",
    "nexttoken",
    "cursor",
    "next_marker",
    "continuation_token",
)
_URL_FIELDS = ("next", "next_url", "next_page_url", "nextpageurl", "next_page", "nextpage")
_LIMIT_PARAMS = ("limit", "page_size", "pagesize", "per_page", "perpage", "size", "count")
_PAGE_PARAMS = ("page", "page_number", "pagenumber")
# Objects in a body that hold the paging fields (`meta.next_page_url`), looked in after the top.
_HOLDERS = ("meta", "links", "pagination", "paging", "page_info", "pageinfo", "cursor")


def attach_paging(api: ir.Api, config: Config) -> ir.Api:
    rules = {rule.operation: rule for rule in config.pagination}
    for key in rules:
        if not api.has_operation(key):
            raise _fail(config, key, f"no operation {key!r} in the spec")
    operations = []
    for op in api.operations:
        paging = _declared(api, op, rules[op.key], config) if op.key in rules else recognise(api, op)
        operations.append(dataclasses.replace(op, paging=paging) if paging is not None else op)
    return dataclasses.replace(api, operations=tuple(operations))


def recognise(api: ir.Api, op: ir.Operation) -> ir.Paging | None:
    if op.method != "GET":
        return None
    model = _model(api, op)
    items = _items(model)
    if model is None or items is None:
        return None
    query = {p.wire_name.lower(): p.wire_name for p in op.parameters if p.location == "query"}
    cursor_param = _first(query, _CURSOR_PARAMS)
    cursor_field = _field(api, model, _CURSOR_FIELDS)
    if cursor_param and cursor_field:
        return ir.Paging("cursor", items, param=cursor_param, field=cursor_field)
    # A next page's URL is text: Lichess's integer `nextPage` is a page number, not a URL.
    url_field = _field(api, model, _URL_FIELDS, kinds=("str",))
    if url_field:
        return ir.Paging("next_url", items, field=url_field)
    success = op.success
    if success is not None and any(h.lower() == "link" for h in success.headers):
        return ir.Paging("link_header", items)
    limit = _first(query, _LIMIT_PARAMS)
    if "offset" in query and limit:
        return ir.Paging("offset", items, param=query["offset"], limit_param=limit)
    page = _first(query, _PAGE_PARAMS)
    if page:
        return ir.Paging("page", items, param=page, limit_param=limit or "")
    return None


def _declared(api: ir.Api, op: ir.Operation, rule: PagingRule, config: Config) -> ir.Paging | None:
    if rule.scheme == "none":
        return None
    seen = recognise(api, op)
    model = _model(api, op)
    query = {p.wire_name.lower(): p.wire_name for p in op.parameters if p.location == "query"}
    items = rule.items or (seen.items if seen else _items(model))
    if items is None or model is None or model.field(items) is None:
        raise _fail(
            config, rule.operation, f"{rule.operation}: no array property `items` names in its response"
        )
    param = rule.param or (seen.param if seen and seen.scheme == rule.scheme else "")
    field = rule.field or (seen.field if seen and seen.scheme == rule.scheme else "")
    limit = rule.limit_param or (seen.limit_param if seen else "") or (_first(query, _LIMIT_PARAMS) or "")
    if rule.scheme == "cursor":
        param = param or (_first(query, _CURSOR_PARAMS) or "")
        field = field or (_field(api, model, _CURSOR_FIELDS) or "")
    elif rule.scheme == "next_url":
        field = field or (_field(api, model, _URL_FIELDS) or "")
    elif rule.scheme == "offset":
        param = param or query.get("offset", "")
    elif rule.scheme == "page":
        param = param or (_first(query, _PAGE_PARAMS) or "")
    needs = {"cursor": ("param", "field"), "next_url": ("field",), "offset": ("param",), "page": ("param",)}
    values = {"param": param, "field": field}
    for name in needs.get(rule.scheme, ()):
        if not values[name]:
            raise _fail(
                config, rule.operation, f"{rule.operation}: say which `{name}` the {rule.scheme} scheme uses"
            )
    if field and field_path(api, model, field) is None:
        raise _fail(config, rule.operation, f"{rule.operation}: its response has no property {field!r}")
    scheme: ir.PagingScheme = rule.scheme  # type: ignore[assignment]  # checked by the config
    return ir.Paging(scheme, items, param=param, field=field, limit_param=limit)


def _model(api: ir.Api, op: ir.Operation) -> ir.Model | None:
    return api.model(op.success.type if op.success else None, aliases=False)


def _items(model: ir.Model | None) -> str | None:
    if model is None:
        return None
    arrays = [f.wire_name for f in model.fields if isinstance(ir.non_null(f.type), ir.Array)]
    preferred = [name for name in _ITEMS if name in arrays]
    if preferred:
        return preferred[0]
    return arrays[0] if len(arrays) == 1 else None


def _first(names: dict[str, str], candidates: tuple[str, ...]) -> str | None:
    return next((names[c] for c in candidates if c in names), None)


def _field(
    api: ir.Api, model: ir.Model, candidates: tuple[str, ...], kinds: tuple[str, ...] = ()
) -> str | None:
    """The first candidate scalar property (of one of `kinds`, when given), at the top of the
    body or one level down in a holder object (`meta.next_page_url`): its dotted wire path."""
    found = _scalar(model, candidates, kinds)
    if found:
        return found
    for holder in _HOLDERS:
        field = next((f for f in model.fields if f.wire_name.lower() == holder), None)
        inner = api.model(field.type) if field is not None else None
        found = _scalar(inner, candidates, kinds) if inner is not None else None
        if field is not None and found:
            return f"{field.wire_name}.{found}"
    return None


def _scalar(model: ir.Model, candidates: tuple[str, ...], kinds: tuple[str, ...] = ()) -> str | None:
    by_lower = {f.wire_name.lower(): f for f in model.fields}
    for name in candidates:
        found = by_lower.get(name)
        scalar = ir.non_null(found.type) if found is not None else None
        if found is not None and isinstance(scalar, ir.Scalar) and (not kinds or scalar.kind in kinds):
            return found.wire_name
    return None


def field_path(api: ir.Api, model: ir.Model, path: str) -> list[ir.Field] | None:
    """The fields along a dotted wire path (`meta.next_page_url`), or None when one is missing."""
    fields: list[ir.Field] = []
    current: ir.Model | None = model
    for part in path.split("."):
        field = current.field(part) if current is not None else None
        if field is None:
            return None
        fields.append(field)
        current = api.model(field.type)
    return fields


def _fail(config: Config, key: str, message: str) -> SpecError:
    pointer = pointer_join("/pagination", key)
    return SpecError(Problem(message, config.source or "<config>", pointer))
