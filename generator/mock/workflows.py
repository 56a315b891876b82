"""The config's workflows and uploads tied to the spec's routes and response schemas.

The config is checked and bound by the generator's own `jobs.bind` (on the document
normalized as the generator sees it), so a config the generator accepts drives the mock the
same way, and one it rejects fails here too. What the mock adds is on the spec's side: the
routes, the response schemas it fills in, the in-progress statuses a job passes through.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import ir, jobs
from ..config import Config, Uploads, Workflow
from ..errors import Diagnostics
from ..load import Located
from ..normalize import Options, normalize
from ..openapi import is_json
from .jobs import Job
from .schemas import Schemas
from .spec import Api, Route
from .synth import Synth

DEFAULT_PENDING = ("queued", "running")


@dataclass(frozen=True)
class Flow:
    workflow: Workflow
    creates: frozenset[str]
    poll: Route
    delete: Route | None
    id_param: str
    """The path parameter of the poll route that carries the job id."""
    pending: tuple[str, ...]
    poll_props: dict[str, Located]
    download_item: Located | None
    example_ids: frozenset[str] = frozenset()
    """The spec's example values of the poll's id parameter: jobs that always exist, finished,
    so a documented `get(id="cuid-example")` or `delete(...)` works against the mock."""


@dataclass(frozen=True)
class UploadFlow:
    uploads: Uploads
    route: Route
    item: Located | None
    """Schema of one entry of the response's items, for the fields besides URL and path."""


def bind(
    api: Api, config: Config | None, named: ir.Api | None = None
) -> tuple[list[Flow], UploadFlow | None]:
    """The config's workflows and its upload operation, on the mock's routes; `named` is the
    document as the generator reads it with this config, when the caller has it already."""
    if config is None or not (config.workflows or config.uploads):
        return [], None
    if named is None:
        options = Options(grouping=config.grouping, method_names=config.method_names)
        named = normalize(api.doc, options, Diagnostics())
    upload = jobs.bind_upload(named, config)
    flows = [_flow(api, binding) for binding in jobs.bind(named, config)]
    if upload is None or config.uploads is None:
        return flows, None
    route = _route(api, upload.operation)
    props = response_props(api, route)
    return flows, UploadFlow(config.uploads, route, api.schemas.items(props.get(upload.items_field)))


def _flow(api: Api, binding: jobs.Binding) -> Flow:
    workflow = binding.workflow
    poll = _route(api, binding.poll.key)
    props = response_props(api, poll)
    return Flow(
        workflow=workflow,
        creates=frozenset(op.key for op in binding.creates),
        poll=poll,
        delete=next((r for r in api.routes if r.method == "DELETE" and r.template == poll.template), None),
        id_param=binding.id_param,
        pending=_pending(api.schemas, props.get(workflow.status_field), workflow),
        poll_props=props,
        download_item=api.schemas.items(props.get(workflow.downloads_field)),
        example_ids=_example_ids(poll, binding.id_param),
    )


def _example_ids(poll: Route, name: str) -> frozenset[str]:
    values = next((p.examples for p in poll.params if p.location == "path" and p.name == name), ())
    return frozenset(
        str(v) for v in values if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v)
    )


def _route(api: Api, key: str) -> Route:
    route = api.route(key)
    assert route is not None, key  # the generator's operations are the mock's routes
    return route


def response_props(api: Api, route: Route) -> dict[str, Located]:
    _, response = api.success(route)
    chosen = api.media(response) if response is not None else None
    if chosen is None or not is_json(chosen[0]) or "schema" not in chosen[1].value:
        return {}
    return api.schemas.properties(Schemas.child(chosen[1], "schema"))


def _pending(schemas: Schemas, status: Located | None, workflow: Workflow) -> tuple[str, ...]:
    """The in-progress statuses a job passes through, from the status field's enum.

    The values that are neither success nor failure, at most the last two: enums tend to list
    states in lifecycle order, and the first ones (like Magic Hour's `draft`) are often states a
    job created through the API never shows.
    """
    if status is None:
        return DEFAULT_PENDING
    schema = schemas.deref(status).value
    enum = schema.get("enum") if isinstance(schema, dict) else None
    if not isinstance(enum, list):
        return DEFAULT_PENDING
    terminal = set(workflow.success) | set(workflow.failure)
    pending = [v for v in enum if isinstance(v, str) and v not in terminal]
    return tuple(pending[-2:]) or DEFAULT_PENDING


def example_job(flows: list[Flow], job_id: str) -> tuple[Job, str] | None:
    """The job behind the spec's example id: always there, finished, never deleted."""
    flow = next((f for f in flows if job_id in f.example_ids), None)
    if flow is None:
        return None
    outcome = (flow.workflow.success or ("complete",))[0]
    return Job(job_id, flow.workflow.name, outcome, (), 1), outcome


def job_state(flow: Flow, job: Job, status: str, value: Any, synth: Synth, files: str) -> dict[str, Any]:
    """What a poll answers: the spec's response (`value`) with the job's id, status and, once
    it succeeded, its outputs (served under `files`)."""
    workflow = flow.workflow
    body = value if isinstance(value, dict) else {}
    # Echo what the create call said (name, image_count, ...) where the poll schema has room.
    for name, given in job.request.items():
        prop = flow.poll_props.get(name)
        if (
            prop is not None
            and isinstance(given, (str, int, float, bool))
            and synth.schemas.is_valid(prop, given)
        ):
            body[name] = given
    body[workflow.id_field] = job.id
    body[workflow.status_field] = status
    done = status in workflow.success
    body[workflow.downloads_field] = (
        [_download(flow, synth, f"{files}{n}.png") for n in range(job.outputs)] if done else []
    )
    if "error" in flow.poll_props or "error" in body:
        failed = status in workflow.failure
        body["error"] = (
            {"message": "The mock was asked to fail this job", "code": "mock_failure"} if failed else None
        )
    return body


def _download(flow: Flow, synth: Synth, url: str) -> dict[str, Any]:
    entry = synth.value(flow.download_item) if flow.download_item is not None else {}
    entry = entry if isinstance(entry, dict) else {}
    entry[flow.workflow.download_url_field] = url
    return entry
