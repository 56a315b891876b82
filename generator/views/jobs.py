"""What a create method's `generate()` twin needs: how its job is polled and finished
(`JobView`), how local files are uploaded first (`UploadView`), and the result models that add
`downloaded_paths` to a polling response (`JobResult`)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import escape, ir
from . import imports
from .imports import Imports


@dataclass(frozen=True)
class UploadView:
    """How a `generate()` asks for upload URLs and which of its arguments hold file paths."""

    module: str
    cls: str
    method: str
    items_arg: str
    kind_key: str
    extension_key: str
    kind_enum: str | None
    """Qualified enum class of the kind field, when the spec makes it an enum."""
    items_attr: str
    url_attr: str
    path_attr: str
    targets: tuple[tuple[str, str], ...]
    """(argument name, Python literal of its `Target`s)."""

    @property
    def kind_type(self) -> str:
        """What the upload operation's kind field takes (and what makes one from a string)."""
        return self.kind_enum or "str"


@dataclass(frozen=True)
class JobView:
    """How a create method's `generate()` twin finishes the job (see `ir.Job`)."""

    job: ir.Job
    poll_module: str
    """Dotted module of the polling resource, from the SDK package (`resources.v1.image_projects`)."""
    poll_class: str
    poll_method: str
    id_param: str
    """Keyword of the polling method that takes the job id."""
    id_attr: str
    """Attribute of the create response that holds the job id."""
    status_attr: str
    outputs: str
    """Python literal of (attribute of the job listing its outputs, attribute of an output
    holding its URL), or `None` (nothing to download)."""
    result: str
    """Qualified class of the result model (`models.XWithDownloads`)."""
    upload: UploadView | None = None
    by_id: bool = False
    """A `result_method`, finishing a job by its id, rather than a `generate()`."""

    @property
    def imports(self) -> Imports:
        """What its `generate()` (or `result_method`) and its workflow constant need imported."""
        runs = ("acheck_job", "check_job") if self.by_id else ("arun_job", "run_job")
        needs = imports.names("_jobs", "Call", "Workflow", *runs) | imports.names("types", "models")
        if self.upload is not None:
            needs |= imports.names("_uploads", "Uploads")
            if self.upload.kind_enum is not None:
                needs |= imports.names("types", "enums")
        return needs


@dataclass(frozen=True)
class JobResult:
    """A polling response extended with the paths `generate()` downloaded."""

    name: str
    module: str
    base: str
    base_module: str


def _response_model(api: ir.Api, op: ir.Operation) -> ir.Model:
    model = api.model(op.success.type if op.success else None, aliases=False)
    assert model is not None, op.key  # `jobs` checked it
    return model


def _field(model: ir.Model, wire: str) -> ir.Field:
    found = model.field(wire)
    assert found is not None, wire  # `jobs` checked it
    return found


def _item_model(api: ir.Api, f: ir.Field) -> ir.Model:
    model = api.model(f.type, aliases=False, items=True)
    assert model is not None, f.wire_name
    return model


def job_view(api: ir.Api, op: ir.Operation, job: ir.Job | None) -> JobView | None:
    """How `op`'s method finishes `job`: its `generate()` twin's (`op.job`), or the polling
    method's `result_method` (`op.finishes`)."""
    if job is None:
        return None
    poll = api.operation(job.poll)
    resource = api.resource_of(poll.key)
    poll_model = _response_model(api, poll)
    outputs = "None"
    if job.downloads_field is not None:
        downloads = _field(poll_model, job.downloads_field)
        url = _field(_item_model(api, downloads), job.download_url_field)
        outputs = escape.py_literal((downloads.name, url.name))
    return JobView(
        job=job,
        poll_module="resources." + resource.module,
        poll_class=resource.class_name,
        poll_method=poll.name,
        id_param=next(p.name for p in poll.parameters if p.wire_name == job.id_param),
        id_attr=_field(_response_model(api, op), job.id_field).name,
        status_attr=_field(poll_model, job.status_field).name,
        outputs=outputs,
        result=f"models.{job.result_name}",
        upload=upload_view(api, op) if job is op.job and job.uploads and job.upload else None,
        by_id=job is op.finishes,
    )


def upload_view(api: ir.Api, op: ir.Operation) -> UploadView:
    assert op.job is not None and op.job.upload is not None
    by_arg: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
    names = dict(op.body.arg_names) if op.body is not None else {}
    body = api.model(op.body.type, aliases=False) if op.body is not None else None
    for target in op.job.uploads:
        inner = _keys(api, body.field(target.path[0]) if body else None, target.path[1:])
        by_arg.setdefault(names[target.path[0]], []).append((inner, target.kind))
    return uploads_view(
        api, op.job.upload, tuple((arg, escape.py_literal(tuple(t))) for arg, t in by_arg.items())
    )


def _keys(api: ir.Api, f: ir.Field | None, wire_path: tuple[str, ...]) -> tuple[str, ...]:
    """A path of wire names below field `f` as the request dict's keys (`Field.key`)."""
    keys: list[str] = []
    for step in wire_path:
        if step == "*" or f is None:
            keys.append(step)
            continue
        model = api.model(f.type, aliases=False, items=True)
        f = model.field(step) if model is not None else None
        keys.append(f.key if f is not None else step)
    return tuple(keys)


def uploads_view(api: ir.Api, spec: ir.Upload, targets: tuple[tuple[str, str], ...] = ()) -> UploadView:
    """How the SDK calls the upload operation `spec` names, for the arguments in `targets`."""
    upload_op = api.operation(spec.operation)
    resource = api.resource_of(upload_op.key)
    assert upload_op.body is not None
    body = api.model(upload_op.body.type, aliases=False)
    assert body is not None
    item = _item_model(api, _field(body, spec.items_field))
    kind = _field(item, spec.kind_field)
    kind_enum = api.type(kind.type.key) if isinstance(kind.type, ir.Named) else None
    items = _field(_response_model(api, upload_op), spec.items_field)
    response_item = _item_model(api, items)
    return UploadView(
        module="resources." + resource.module,
        cls=resource.class_name,
        method=upload_op.name,
        items_arg=dict(upload_op.body.arg_names)[spec.items_field],
        kind_key=kind.key,
        extension_key=_field(item, spec.extension_field).key,
        kind_enum=f"enums.{kind_enum.name}" if isinstance(kind_enum, ir.Enum) else None,
        items_attr=items.name,
        url_attr=_field(response_item, spec.url_field).name,
        path_attr=_field(response_item, spec.path_field).name,
        targets=targets,
    )


def job_results(api: ir.Api) -> list[JobResult]:
    found: dict[str, JobResult] = {}
    for job in (j for op in api.operations for j in (op.job, op.finishes)):
        if job is None or job.downloads_field is None or job.result_name in found:
            continue
        base = _response_model(api, api.operation(job.poll))
        found[job.result_name] = JobResult(
            name=job.result_name, module=job.result_module, base=base.name, base_module=base.module
        )
    return sorted(found.values(), key=lambda r: r.name)
