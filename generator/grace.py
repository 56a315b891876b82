"""The removal grace period: request fields and parameters the spec history deprecated, then
removed, are still accepted for a while.

`history:` in the config lists the specs of earlier releases, oldest first. Between each release
and the next (the last one and the current spec included), a request-body field (at any depth)
or a query, header or cookie parameter that was deprecated before and is gone after was removed
by the later release. For `grace_releases` releases counting that one, the SDK keeps it in its
request types and signatures, marked `removed`: calls that pass it keep working, get a
`DeprecationWarning` naming the release that removed it, and it is not sent (the API no longer
knows it). Only the request side is kept: a response field the API stopped sending cannot be
brought back. A path parameter cannot be removed without changing the path, which makes
another operation: there is nothing to keep it on.
"""

from __future__ import annotations

import dataclasses
from . import contract, ir
from .config import Config


def releases(config: Config) -> list[tuple[str, ir.Api]]:
    """The earlier releases `history:` lists, oldest first: (name, API) each, read without
    validation (`pipeline.history_api`)."""
    if not config.history or config.grace_releases < 1:
        return []
    from .pipeline import history_api

    return [(path.stem, history_api(path, config)) for path in config.history]


def with_removed(api: ir.Api, config: Config, history: list[tuple[str, ir.Api]] | None = None) -> ir.Api:
    """`api` with the fields and parameters still in their grace period put back, marked
    `removed`; `history` is `releases(config)` when the caller has it already."""
    if not config.history or config.grace_releases < 1:
        return api
    releases_ = releases(config) if history is None else history
    chain = [*(older for _, older in releases_), api]
    names = [name for name, _ in releases_[1:]] + [config.version]
    fields: dict[str, list[ir.Field]] = {}
    params: dict[str, list[ir.Parameter]] = {}
    for i in range(len(chain) - 1):
        if len(chain) - 1 - i > config.grace_releases:
            continue  # removed more than `grace_releases` releases ago
        for model_key, field in _removed(chain[i], chain[i + 1], api):
            fields.setdefault(model_key, []).append(dataclasses.replace(field, removed=names[i]))
        for op_key, param in _removed_parameters(chain[i], chain[i + 1], api):
            params.setdefault(op_key, []).append(dataclasses.replace(param, removed=names[i]))
    if not fields and not params:
        return api
    types = tuple(
        (
            dataclasses.replace(t, fields=(*t.fields, *_new(t, fields[t.key])))
            if isinstance(t, ir.Model) and t.key in fields
            else t
        )
        for t in api.types
    )
    operations = {op.key: _with_arguments(op, api, fields, params.get(op.key, [])) for op in api.operations}
    resources = _resources(api.resources, operations) if api.resources is not None else None
    return dataclasses.replace(api, types=types, operations=tuple(operations.values()), resources=resources)


def _resources(node: ir.Resource, operations: dict[str, ir.Operation]) -> ir.Resource:
    return dataclasses.replace(
        node,
        operations=tuple(operations[op.key] for op in node.operations),
        children=tuple(_resources(child, operations) for child in node.children),
    )


def _with_arguments(
    op: ir.Operation, api: ir.Api, fields: dict[str, list[ir.Field]], params: list[ir.Parameter]
) -> ir.Operation:
    """The removed parameters back on the operation, and the fields its flattened body's model
    got back as arguments too; each under a keyword name nothing else of the method has."""
    body = op.body
    model = api.model(body.type, aliases=False) if body is not None and body.flatten else None
    kept_fields = _new(model, fields[model.key]) if model is not None and model.key in fields else []
    if not kept_fields and not params:
        return op
    taken = {p.name for p in op.parameters}
    if op.job is not None:
        # generate() takes the method's arguments beside its own
        taken |= {a.name for a in contract.generate_arguments(op.job.downloads_field is not None)}
    if body is not None:
        taken |= {name for _, name in body.arg_names} | {body.name}
        extra = tuple((f.wire_name, _fresh(f.name, taken)) for f in kept_fields)
        body = dataclasses.replace(body, arg_names=(*body.arg_names, *extra))
    have = {_identity(p) for p in op.parameters}
    latest = {_identity(p): p for p in params if _identity(p) not in have}
    back = tuple(dataclasses.replace(p, name=_fresh(p.name, taken)) for p in latest.values())
    return dataclasses.replace(op, parameters=(*op.parameters, *back), body=body)


def _fresh(name: str, taken: set[str]) -> str:
    """`name`, or with underscores added until no other argument of the method has it."""
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def _new(model: ir.Model, fields: list[ir.Field]) -> list[ir.Field]:
    """The kept fields the current model does not have, once each (a model several bodies
    share is found through each of them; a later removal wins over an earlier one)."""
    have = {f.wire_name for f in model.fields}
    latest = {f.wire_name: f for f in fields if f.wire_name not in have}
    return list(latest.values())


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


def _removed_parameters(old: ir.Api, new: ir.Api, current: ir.Api) -> list[tuple[str, ir.Parameter]]:
    """(operation key, the old parameter) of every deprecated parameter an operation of `new`
    dropped, where the current spec still has the operation. A parameter is the same one when
    its place and wire name are: a header's name is compared as HTTP does, whatever its case."""
    found: list[tuple[str, ir.Parameter]] = []
    for op in new.operations:
        if not old.has_operation(op.key) or not current.has_operation(op.key):
            continue
        now = {_identity(p) for p in op.parameters}
        for p in old.operation(op.key).parameters:
            if p.deprecated is not None and p.location != "path" and _identity(p) not in now:
                kept = _portable_type(old, p.type)
                found.append(
                    (
                        op.key,
                        dataclasses.replace(p, type=kept, required=False, has_default=False, default=None),
                    )
                )
    return found


def _identity(p: ir.Parameter) -> tuple[str, str]:
    return p.location, p.wire_name.lower() if p.location == "header" else p.wire_name


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
    return dataclasses.replace(
        f, type=_portable_type(old, f.type), required=False, has_default=False, default=None
    )


def _portable_type(old: ir.Api, ref: ir.TypeRef) -> ir.TypeRef:
    """A type the current spec can express for a value of the old `ref`: its own when that is a
    scalar, the values' type for an enum, any JSON value otherwise (it is never sent)."""
    ref = ir.non_null(ref)
    if isinstance(ref, ir.Scalar):
        return ref
    if isinstance(ref, ir.Named) and isinstance(old.type(ref.key), ir.Enum):
        values = [m.value for m in old.type(ref.key).members]  # type: ignore[union-attr]
        return ir.Scalar("str" if all(isinstance(v, str) for v in values) else "json")
    return ir.Scalar("json")
