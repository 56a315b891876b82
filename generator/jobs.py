"""Link the config's workflows and uploads to the IR: which operations start jobs, how to
finish them, and which request fields take files that `generate()` may upload.

A part of normalize that reads `spec/sdk.yaml` rather than the spec. Every name in the config
is checked against the operations and models, so a typo, or a spec change that breaks a
workflow, fails generation with the config's location instead of emitting a broken
`generate()`. `bind` and `bind_upload` are that check; the mock drives its jobs from the same
bindings, so a config the generator accepts works the same way there.
"""

from __future__ import annotations

import dataclasses
import fnmatch
from dataclasses import dataclass

from . import ir
from .config import Config, Selector, Uploads, Workflow
from .errors import Problem, SpecError
from .naming import reserved


@dataclass(frozen=True)
class Binding:
    """A workflow of the config, tied to the spec's operations."""

    workflow: Workflow
    poll: ir.Operation
    id_param: str
    """The poll's path parameter (wire name) that takes the job id."""
    downloads_field: str | None
    """The workflow's `downloads_field`, when the poll's response has it."""
    creates: tuple[ir.Operation, ...]


def _fail(config: Config, pointer: str, message: str) -> SpecError:
    return SpecError(Problem(message, config.source or "<config>", pointer))


def _list_of_models(api: ir.Api, model: ir.Model | None, name: str) -> ir.Model | None:
    """The item model of `model`'s field `name`, when that is a list of objects."""
    field = model.field(name) if model is not None else None
    ref = ir.non_null(field.type) if field is not None else None
    return api.model(ref.item, aliases=False) if isinstance(ref, ir.Array) else None


def _response_model(api: ir.Api, op: ir.Operation) -> ir.Model | None:
    return api.model(op.success.type if op.success else None, aliases=False)


def _operation(api: ir.Api, config: Config, key: str, pointer: str) -> ir.Operation:
    if not api.has_operation(key):
        raise _fail(config, pointer, f"no operation {key!r} in the spec")
    return api.operation(key)


def _creates(api: ir.Api, config: Config, wf: Workflow) -> list[tuple[str, ir.Operation]]:
    """(config pointer, operation) for every create the workflow names or selects."""
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
        else:
            found.append((pointer, _operation(api, config, entry, pointer)))
    return found


def bind(api: ir.Api, config: Config) -> tuple[Binding, ...]:
    """Every workflow of the config, checked against the spec."""
    bindings = []
    taken: set[str] = set()
    for wf in config.workflows:
        poll, id_param, downloads = _poll(api, config, wf)
        creates = []
        for pointer, create in _creates(api, config, wf):
            create_model = _response_model(api, create)
            if create_model is None or create_model.field(wf.id_field) is None:
                raise _fail(config, pointer, f"the response of {create.key} has no field {wf.id_field!r}")
            if create.key in taken:
                raise _fail(config, pointer, f"{create.key} is in two workflows")
            taken.add(create.key)
            creates.append(create)
        bindings.append(Binding(wf, poll, id_param, downloads, tuple(creates)))
    return tuple(bindings)


def _poll(api: ir.Api, config: Config, wf: Workflow) -> tuple[ir.Operation, str, str | None]:
    """The workflow's polling operation, its job-id parameter and its downloads field."""
    base = f"/workflows/{wf.name}"
    poll = _operation(api, config, wf.poll, base + "/poll")
    path_params = [p for p in poll.parameters if p.location == "path"]
    if len(path_params) != 1:
        raise _fail(config, base + "/poll", f"{wf.poll} must take exactly one path parameter (the job id)")
    poll_model = _response_model(api, poll)
    if poll_model is None:
        raise _fail(config, base + "/poll", f"{wf.poll} does not return an object")
    if poll_model.field(wf.status_field) is None:
        raise _fail(
            config, base + "/status_field", f"the response of {wf.poll} has no field {wf.status_field!r}"
        )
    if poll_model.field(wf.downloads_field) is None:
        return poll, path_params[0].wire_name, None
    item = _list_of_models(api, poll_model, wf.downloads_field)
    if item is None or item.field(wf.download_url_field) is None:
        raise _fail(
            config,
            base + "/download_url_field",
            f"`{wf.downloads_field}` of {wf.poll} must be a list of objects with `{wf.download_url_field}`",
        )
    return poll, path_params[0].wire_name, wf.downloads_field


def attach_jobs(api: ir.Api, config: Config) -> ir.Api:
    upload = bind_upload(api, config)
    jobs: dict[str, ir.Job] = {}
    finishes: dict[str, ir.Job] = {}
    for binding in bind(api, config):
        wf = binding.workflow
        job = ir.Job(
            name=wf.name,
            poll=wf.poll,
            id_field=wf.id_field,
            id_param=binding.id_param,
            status_field=wf.status_field,
            success=wf.success,
            failure=wf.failure,
            downloads_field=binding.downloads_field,
            download_url_field=wf.download_url_field,
            result_method=wf.result_method,
        )
        for create in binding.creates:
            uploads = _targets(api, create, config.uploads) if upload is not None else ()
            jobs[create.key] = dataclasses.replace(job, uploads=uploads, upload=upload)
        if wf.result_method is not None:
            if binding.poll.key in finishes:
                raise _fail(
                    config, f"/workflows/{wf.name}/result_method", f"{wf.poll} already has a `result_method`"
                )
            finishes[binding.poll.key] = job
    if not jobs and not finishes and upload is None:
        return api
    operations = tuple(
        dataclasses.replace(op, job=jobs.get(op.key), finishes=finishes.get(op.key)) for op in api.operations
    )
    return dataclasses.replace(api, operations=operations, upload=upload)


def bind_upload(api: ir.Api, config: Config) -> ir.Upload | None:
    """The config's upload operation, checked against the spec (None when it names none)."""
    spec = config.uploads
    if spec is None:
        return None
    op = _operation(api, config, spec.operation, "/uploads/operation")
    body = api.model(op.body.type, aliases=False) if op.body is not None and op.body.flatten else None
    request_item = _upload_items(api, config, body, "the body", (spec.kind_field, spec.extension_field))
    _upload_items(api, config, _response_model(api, op), "the response", (spec.url_field, spec.path_field))
    _check_kinds(api, config, spec, request_item)
    return ir.Upload(
        operation=spec.operation,
        kinds=spec.kinds,
        items_field=spec.items_field,
        kind_field=spec.kind_field,
        extension_field=spec.extension_field,
        url_field=spec.url_field,
        path_field=spec.path_field,
        method=spec.method,
    )


def _upload_items(
    api: ir.Api, config: Config, model: ir.Model | None, what: str, fields: tuple[str, str]
) -> ir.Model:
    """The items of the upload operation's list (in its body or its response), which must
    have both `fields`."""
    spec = config.uploads
    assert spec is not None  # only bind_upload asks, once it has the config's uploads
    item = _list_of_models(api, model, spec.items_field)
    if item is None or any(item.field(name) is None for name in fields):
        raise _fail(
            config,
            "/uploads/operation",
            f"{what} of {spec.operation} must hold `{spec.items_field}`: a list of objects with "
            f"`{fields[0]}` and `{fields[1]}`",
        )
    return item


def _check_kinds(api: ir.Api, config: Config, spec: Uploads, request_item: ir.Model) -> None:
    """The config's upload kinds must be values the upload operation's kind field accepts."""
    kind_field = request_item.field(spec.kind_field)
    enum = api.type(kind_field.type.key) if kind_field and isinstance(kind_field.type, ir.Named) else None
    if not isinstance(enum, ir.Enum):
        return
    allowed = {str(m.value) for m in enum.members}
    for kind, _ in spec.kinds:
        if kind not in allowed:
            raise _fail(
                config,
                f"/uploads/kinds/{kind}",
                f"{kind!r} is not a `{spec.kind_field}` the API accepts ({', '.join(sorted(allowed))})",
            )


def _targets(api: ir.Api, create: ir.Operation, uploads: Uploads | None) -> tuple[ir.UploadTarget, ...]:
    """Every body field (at any depth, through lists) whose name matches an upload pattern."""
    if uploads is None or create.body is None or not create.body.flatten:
        return ()
    root = api.model(create.body.type, aliases=False)
    if root is None:
        return ()
    kinds = [kind for kind, _ in uploads.kinds]
    found: list[ir.UploadTarget] = []

    def visit(model: ir.Model, path: tuple[str, ...], seen: frozenset[str]) -> None:
        for f in model.fields:
            if f.read_only:
                continue
            ref = ir.non_null(f.type)
            step = (*path, f.wire_name)
            is_list = isinstance(ref, ir.Array)
            leaf = ref.item if isinstance(ref, ir.Array) else ref
            if leaf == ir.Scalar("str") and any(fnmatch.fnmatchcase(f.wire_name, p) for p in uploads.fields):
                kind = next((k for k in kinds if f.wire_name.startswith(k + "_")), None)
                found.append(ir.UploadTarget((*step, "*") if is_list else step, kind))
                continue
            nested = api.model(leaf, aliases=False)
            if nested is not None and nested.key not in seen:
                visit(nested, (*step, "*") if is_list else step, seen | {nested.key})

    visit(root, (), frozenset({root.key}))
    return tuple(found)


def check_method_names(api: ir.Api, config: Config) -> None:
    """The methods the config adds to resources (`generate()`, a workflow's `result_method`,
    `uploads.method`) must not take a name their resource has already: a second definition in
    the class would silently replace the first. Runs on the named API (the methods' names are
    decided by `naming`)."""
    if api.resources is None:
        return
    placed = False
    for node, access in _nodes(api.resources, ()):
        taken = _taken(node, access)
        for name, pointer in _added(node, access, config):
            if name in taken:
                raise _fail(config, pointer, f"`{name}` clashes with {taken[name]}: choose another name")
            taken[name] = f"the method the config's `{pointer}` adds to `{_shown(access)}`"
        placed = placed or (config.uploads is not None and access == config.uploads.method[:-1])
    if config.uploads is not None and config.uploads.method and not placed:
        where = _shown(config.uploads.method[:-1])
        raise _fail(config, "/uploads/method", f"no resource `{where}` to put the upload method on")


def _nodes(node: ir.Resource, access: tuple[str, ...]) -> list[tuple[ir.Resource, tuple[str, ...]]]:
    """Every resource below `node` with its attribute path from the client."""
    found = []
    for child in node.children:
        found.append((child, (*access, child.name)))
        found += _nodes(child, (*access, child.name))
    return found


def _shown(access: tuple[str, ...]) -> str:
    return ".".join(("client", *access))


def _taken(node: ir.Resource, access: tuple[str, ...]) -> dict[str, str]:
    """What a resource's class defines from the spec alone: name -> what it is."""
    taken = {name: "an attribute every resource has" for name in sorted(reserved.RESOURCE)}
    taken.update(
        {op.name: f"the method of `{op.key}` (`{_shown(access)}.{op.name}`)" for op in node.operations}
    )
    taken.update({child.name: f"the resource `{_shown((*access, child.name))}`" for child in node.children})
    return taken


def _added(node: ir.Resource, access: tuple[str, ...], config: Config) -> list[tuple[str, str]]:
    """(name, config pointer) of each method the config adds to this resource, in order."""
    added = []
    added += [
        ("generate", f"/workflows/{op.job.name}/creates") for op in node.operations if op.job is not None
    ]
    added += [
        (op.finishes.result_method, f"/workflows/{op.finishes.name}/result_method")
        for op in node.operations
        if op.finishes is not None and op.finishes.result_method is not None
    ]
    upload = config.uploads
    if upload is not None and upload.method and upload.method[:-1] == access:
        added.append((upload.method[-1], "/uploads/method"))
    return added
