"""Link the config's workflows to the IR: which operations start jobs, and how to finish them.

A part of normalize that reads `spec/sdk.yaml` rather than the spec. Every name in a workflow
is checked against the operations and response models, so a typo or a spec change that breaks
a workflow fails generation with the config's location instead of emitting a broken
`generate()`.
"""

from __future__ import annotations

import dataclasses

from . import ir
from .config import Config, Workflow
from .errors import Problem, SpecError


def _fail(config: Config, workflow: Workflow, key: str, message: str) -> SpecError:
    return SpecError(Problem(message, config.source or "<config>", f"/workflows/{workflow.name}/{key}"))


def _model(api: ir.Api, ref: ir.TypeRef | None) -> ir.Model | None:
    if isinstance(ref, ir.Nullable):
        ref = ref.inner
    if isinstance(ref, ir.Named):
        t = api.type(ref.key)
        return t if isinstance(t, ir.Model) else None
    return None


def _field(model: ir.Model, name: str) -> ir.Field | None:
    return next((f for f in model.fields if f.wire_name == name), None)


def attach_jobs(api: ir.Api, config: Config) -> ir.Api:
    by_key = {op.key: op for op in api.operations}
    jobs: dict[str, ir.Job] = {}
    for wf in config.workflows:
        poll = by_key.get(wf.poll)
        if poll is None:
            raise _fail(config, wf, "poll", f"no operation {wf.poll!r} in the spec")
        path_params = [p for p in poll.parameters if p.location == "path"]
        if len(path_params) != 1:
            raise _fail(config, wf, "poll", f"{wf.poll} must take exactly one path parameter (the job id)")
        poll_model = _model(api, poll.success.type if poll.success else None)
        if poll_model is None:
            raise _fail(config, wf, "poll", f"{wf.poll} does not return an object")
        if _field(poll_model, wf.status_field) is None:
            raise _fail(config, wf, "status_field", f"the response of {wf.poll} has no field {wf.status_field!r}")
        downloads: str | None = wf.downloads_field
        field = _field(poll_model, wf.downloads_field)
        if field is None:
            downloads = None
        else:
            item = field.type.item if isinstance(field.type, ir.Array) else None
            item_model = _model(api, item)
            if item_model is None or _field(item_model, wf.download_url_field) is None:
                raise _fail(
                    config, wf, "download_url_field",
                    f"`{wf.downloads_field}` of {wf.poll} must be a list of objects with `{wf.download_url_field}`",
                )
        for i, create_key in enumerate(wf.creates):
            create = by_key.get(create_key)
            if create is None:
                raise SpecError(
                    Problem(f"no operation {create_key!r} in the spec", config.source, f"/workflows/{wf.name}/creates/{i}")
                )
            create_model = _model(api, create.success.type if create.success else None)
            if create_model is None or _field(create_model, wf.id_field) is None:
                raise _fail(config, wf, "id_field", f"the response of {create_key} has no field {wf.id_field!r}")
            if create_key in jobs:
                raise SpecError(
                    Problem(f"{create_key} is in two workflows", config.source, f"/workflows/{wf.name}/creates/{i}")
                )
            jobs[create_key] = ir.Job(
                name=wf.name,
                poll=wf.poll,
                id_field=wf.id_field,
                id_param=path_params[0].wire_name,
                status_field=wf.status_field,
                success=wf.success,
                failure=wf.failure,
                downloads_field=downloads,
                download_url_field=wf.download_url_field,
            )
    if not jobs:
        return api
    operations = tuple(dataclasses.replace(op, job=jobs.get(op.key)) for op in api.operations)
    return dataclasses.replace(api, operations=operations)
