"""The removal grace period: request fields the spec history deprecated, then removed, are still
accepted for a while.

`history:` in the config lists the specs of earlier releases, oldest first. Between each release
and the next (the last one and the current spec included), a request-body field that was
deprecated before and is gone after was removed by the later release. For `grace_releases`
releases counting that one, the SDK keeps the field in its request types, marked `removed`:
calls that pass it keep working, get a `DeprecationWarning` naming the release that removed it,
and the field is not sent (the API no longer knows it). Only the request side is kept: a
response field the API stopped sending cannot be brought back.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from . import ir
from .config import Config


def releases(config: Config) -> list[tuple[str, ir.Api]]:
    """The earlier releases `history:` lists, oldest first: (name, API) each.

    Each is read through the pipeline, whose validator forks its workers: call this before any
    other thread runs (see `pipeline._start`).
    """
    if not config.history or config.grace_releases < 1:
        return []
    from .pipeline import Inputs, named_api

    source = Path(config.source) if config.source else None
    return [(path.stem, named_api(Inputs(spec=path, config=source)).api) for path in config.history]


def with_removed(api: ir.Api, config: Config, history: list[tuple[str, ir.Api]] | None = None) -> ir.Api:
    """`api` with the fields still in their grace period put back, marked `removed`; `history`
    is `releases(config)` when the caller has it already."""
    if not config.history or config.grace_releases < 1:
        return api
    releases_ = releases(config) if history is None else history
    chain = [*(older for _, older in releases_), api]
    names = [name for name, _ in releases_[1:]] + [config.version]
    kept: dict[str, list[ir.Field]] = {}
    for i in range(len(chain) - 1):
        if len(chain) - 1 - i > config.grace_releases:
            continue  # removed more than `grace_releases` releases ago
        for model_key, field in _removed(chain[i], chain[i + 1], api):
            kept.setdefault(model_key, []).append(dataclasses.replace(field, removed=names[i]))
    if not kept:
        return api
    types = tuple(
        (
            dataclasses.replace(t, fields=(*t.fields, *_new(t, kept[t.key])))
            if isinstance(t, ir.Model) and t.key in kept
            else t
        )
        for t in api.types
    )
    operations = {op.key: _with_arguments(op, api, kept) for op in api.operations}
    resources = _resources(api.resources, operations) if api.resources is not None else None
    return dataclasses.replace(api, types=types, operations=tuple(operations.values()), resources=resources)


def _resources(node: ir.Resource, operations: dict[str, ir.Operation]) -> ir.Resource:
    return dataclasses.replace(
        node,
        operations=tuple(operations[op.key] for op in node.operations),
        children=tuple(_resources(child, operations) for child in node.children),
    )


def _with_arguments(op: ir.Operation, api: ir.Api, kept: dict[str, list[ir.Field]]) -> ir.Operation:
    """A flattened body whose model got fields back takes them as arguments too."""
    body = op.body
    model = api.model(body.type, aliases=False) if body is not None and body.flatten else None
    if body is None or model is None or model.key not in kept:
        return op
    taken = {name for _, name in body.arg_names} | {p.name for p in op.parameters}
    extra = []
    for f in _new(model, kept[model.key]):
        name = f.name
        while name in taken:
            name += "_"
        taken.add(name)
        extra.append((f.wire_name, name))
    return dataclasses.replace(op, body=dataclasses.replace(body, arg_names=(*body.arg_names, *extra)))


def _new(model: ir.Model, fields: list[ir.Field]) -> list[ir.Field]:
    have = {f.wire_name for f in model.fields}
    return [f for f in fields if f.wire_name not in have]


def _removed(old: ir.Api, new: ir.Api, current: ir.Api) -> list[tuple[str, ir.Field]]:
    """(key of the current model, the old field) of every deprecated body field `new` dropped,
    where the current spec still has the model that held it."""
    found: list[tuple[str, ir.Field]] = []
    for op in new.operations:
        if op.body is None or not op.body.flatten or not old.has_operation(op.key):
            continue
        before = old.operation(op.key).body
        if before is None or not before.flatten:
            continue
        _compare(old, new, current, old.model(before.type), new.model(op.body.type), found, set())
    return found


def _compare(
    old: ir.Api,
    new: ir.Api,
    current: ir.Api,
    was: ir.Model | None,
    now: ir.Model | None,
    found: list[tuple[str, ir.Field]],
    seen: set[str],
) -> None:
    if was is None or now is None or now.key in seen or now.key not in current.type_index:
        return
    seen.add(now.key)
    for f in was.fields:
        if f.read_only:
            continue
        after = now.field(f.wire_name)
        if after is None:
            if f.deprecated is not None:
                found.append((now.key, _portable(old, f)))
            continue
        _compare(
            old, new, current, old.model(f.type, items=True), new.model(after.type, items=True), found, seen
        )


def _portable(old: ir.Api, f: ir.Field) -> ir.Field:
    """The old field with a type the current spec can express: its own when that is a scalar,
    the values' type for an enum, any JSON value otherwise (it is never sent)."""
    ref = ir.non_null(f.type)
    if isinstance(ref, ir.Scalar):
        kept: ir.TypeRef = ref
    elif isinstance(ref, ir.Named) and isinstance(old.type(ref.key), ir.Enum):
        values = [m.value for m in old.type(ref.key).members]  # type: ignore[union-attr]
        kept = ir.Scalar("str" if all(isinstance(v, str) for v in values) else "json")
    else:
        kept = ir.Scalar("json")
    return dataclasses.replace(f, type=kept, required=False, has_default=False, default=None)
