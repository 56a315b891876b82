"""Link the config's workflows and uploads to the IR: which operations start jobs, how to
finish them, and which request fields take files that `generate()` may upload.

A part of normalize that reads `spec/sdk.yaml` rather than the spec. Every name in the config
is checked against the operations and models, so a typo, or a spec change that breaks a
workflow, fails generation with the config's location instead of emitting a broken
`generate()`.
"""

from __future__ import annotations

import dataclasses
import fnmatch

from . import ir
from .config import Config, Selector, Uploads, Workflow
from .errors import Problem, SpecError


def _fail(config: Config, pointer: str, message: str) -> SpecError:
    return SpecError(Problem(message, config.source or "<config>", pointer))


def _model(api: ir.Api, ref: ir.TypeRef | None) -> ir.Model | None:
    if isinstance(ref, ir.Nullable):
        ref = ref.inner
    if isinstance(ref, ir.Named):
        t = api.type(ref.key)
        return t if isinstance(t, ir.Model) else None
    return None


def _field(model: ir.Model, name: str) -> ir.Field | None:
    return next((f for f in model.fields if f.wire_name == name), None)


def _list_of_models(api: ir.Api, model: ir.Model, name: str) -> ir.Model | None:
    field = _field(model, name)
    ref = (
        field.type.inner
        if field is not None and isinstance(field.type, ir.Nullable)
        else (field.type if field else None)
    )
    return _model(api, ref.item) if isinstance(ref, ir.Array) else None


def _creates(api: ir.Api, config: Config, wf: Workflow) -> list[tuple[str, ir.Operation]]:
    """(config pointer, operation) for every create the workflow names or selects."""
    by_key = {op.key: op for op in api.operations}
    found: list[tuple[str, ir.Operation]] = []
    for i, entry in enumerate(wf.creates):
        pointer = f"/workflows/{wf.name}/creates/{i}"
        if isinstance(entry, Selector):
            matched = [
                op
                for op in api.operations
                if entry.tag in op.tags and op.method == entry.method and op.key != wf.poll
            ]
            if not matched:
                raise _fail(config, pointer, f"no {entry.method} operation has the tag {entry.tag!r}")
            found.extend((pointer, op) for op in matched)
        elif entry in by_key:
            found.append((pointer, by_key[entry]))
        else:
            raise _fail(config, pointer, f"no operation {entry!r} in the spec")
    return found


def attach_jobs(api: ir.Api, config: Config) -> ir.Api:
    by_key = {op.key: op for op in api.operations}
    upload = _upload(api, config) if config.uploads is not None else None
    jobs: dict[str, ir.Job] = {}
    for wf in config.workflows:
        base = f"/workflows/{wf.name}"
        poll = by_key.get(wf.poll)
        if poll is None:
            raise _fail(config, base + "/poll", f"no operation {wf.poll!r} in the spec")
        path_params = [p for p in poll.parameters if p.location == "path"]
        if len(path_params) != 1:
            raise _fail(
                config, base + "/poll", f"{wf.poll} must take exactly one path parameter (the job id)"
            )
        poll_model = _model(api, poll.success.type if poll.success else None)
        if poll_model is None:
            raise _fail(config, base + "/poll", f"{wf.poll} does not return an object")
        if _field(poll_model, wf.status_field) is None:
            raise _fail(
                config, base + "/status_field", f"the response of {wf.poll} has no field {wf.status_field!r}"
            )
        downloads: str | None = wf.downloads_field
        if _field(poll_model, wf.downloads_field) is None:
            downloads = None
        else:
            item = _list_of_models(api, poll_model, wf.downloads_field)
            if item is None or _field(item, wf.download_url_field) is None:
                raise _fail(
                    config,
                    base + "/download_url_field",
                    f"`{wf.downloads_field}` of {wf.poll} must be a list of objects with `{wf.download_url_field}`",
                )
        for pointer, create in _creates(api, config, wf):
            create_model = _model(api, create.success.type if create.success else None)
            if create_model is None or _field(create_model, wf.id_field) is None:
                raise _fail(config, pointer, f"the response of {create.key} has no field {wf.id_field!r}")
            if create.key in jobs:
                raise _fail(config, pointer, f"{create.key} is in two workflows")
            jobs[create.key] = ir.Job(
                name=wf.name,
                poll=wf.poll,
                id_field=wf.id_field,
                id_param=path_params[0].wire_name,
                status_field=wf.status_field,
                success=wf.success,
                failure=wf.failure,
                downloads_field=downloads,
                download_url_field=wf.download_url_field,
                uploads=_targets(api, create, config.uploads) if upload is not None else (),
                upload=upload,
            )
    if not jobs:
        return api
    operations = tuple(dataclasses.replace(op, job=jobs.get(op.key)) for op in api.operations)
    return dataclasses.replace(api, operations=operations)


def _upload(api: ir.Api, config: Config) -> ir.Upload:
    spec = config.uploads
    assert spec is not None
    op = next((o for o in api.operations if o.key == spec.operation), None)
    if op is None:
        raise _fail(config, "/uploads/operation", f"no operation {spec.operation!r} in the spec")
    body = _model(api, op.body.type) if op.body is not None and op.body.flatten else None
    request_item = _list_of_models(api, body, spec.items_field) if body is not None else None
    if request_item is None or any(
        _field(request_item, n) is None for n in (spec.kind_field, spec.extension_field)
    ):
        raise _fail(
            config,
            "/uploads/operation",
            f"the body of {spec.operation} must hold `{spec.items_field}`: a list of objects with "
            f"`{spec.kind_field}` and `{spec.extension_field}`",
        )
    response = _model(api, op.success.type if op.success else None)
    response_item = _list_of_models(api, response, spec.items_field) if response is not None else None
    if response_item is None or any(
        _field(response_item, n) is None for n in (spec.url_field, spec.path_field)
    ):
        raise _fail(
            config,
            "/uploads/operation",
            f"the response of {spec.operation} must hold `{spec.items_field}`: a list of objects with "
            f"`{spec.url_field}` and `{spec.path_field}`",
        )
    kind_field = _field(request_item, spec.kind_field)
    assert kind_field is not None
    kind_ref = kind_field.type
    if isinstance(kind_ref, ir.Named) and isinstance(api.type(kind_ref.key), ir.Enum):
        allowed = {str(m.value) for m in api.type(kind_ref.key).members}  # type: ignore[union-attr]
        for kind, _ in spec.kinds:
            if kind not in allowed:
                raise _fail(
                    config,
                    f"/uploads/kinds/{kind}",
                    f"{kind!r} is not a `{spec.kind_field}` the API accepts ({', '.join(sorted(allowed))})",
                )
    return ir.Upload(
        operation=spec.operation,
        kinds=spec.kinds,
        items_field=spec.items_field,
        kind_field=spec.kind_field,
        extension_field=spec.extension_field,
        url_field=spec.url_field,
        path_field=spec.path_field,
    )


def _targets(api: ir.Api, create: ir.Operation, uploads: Uploads | None) -> tuple[ir.UploadTarget, ...]:
    """Every body field (at any depth, through lists) whose name matches an upload pattern."""
    if uploads is None or create.body is None or not create.body.flatten:
        return ()
    root = _model(api, create.body.type)
    if root is None:
        return ()
    kinds = [kind for kind, _ in uploads.kinds]
    found: list[ir.UploadTarget] = []

    def visit(model: ir.Model, path: tuple[str, ...], seen: frozenset[str]) -> None:
        for f in model.fields:
            if f.read_only:
                continue
            ref = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
            step = (*path, f.wire_name)
            is_list = isinstance(ref, ir.Array)
            leaf = ref.item if isinstance(ref, ir.Array) else ref
            if leaf == ir.Scalar("str") and any(fnmatch.fnmatchcase(f.wire_name, p) for p in uploads.fields):
                kind = next((k for k in kinds if f.wire_name.startswith(k + "_")), None)
                found.append(ir.UploadTarget((*step, "*") if is_list else step, kind))
                continue
            nested = _model(api, leaf)
            if nested is not None and nested.key not in seen:
                visit(nested, (*step, "*") if is_list else step, seen | {nested.key})

    visit(root, (), frozenset({root.key}))
    return tuple(found)
