"""The config's workflows and uploads tied to the spec's routes and response schemas.

Names are resolved the way the generator resolves them (`generator/jobs.py`), so a config the
generator accepts drives the mock the same way, and one it rejects fails here too.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config, Selector, Uploads, Workflow
from ..errors import Problem, SpecError, pointer_join
from ..load import Located
from .schemas import Schemas
from ..openapi import is_json
from .spec import Api, Route

DEFAULT_PENDING = ("queued", "running")


@dataclass(frozen=True)
class Flow:
    workflow: Workflow
    creates: frozenset[str]
    poll: Route
    delete: Route | None
    id_param: str
    """The path parameter of the poll route that carries the job id (its last one)."""
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


def bind(api: Api, config: Config | None) -> list[Flow]:
    flows = []
    for workflow in config.workflows if config else ():
        assert config is not None
        pointer = pointer_join("/workflows", workflow.name)
        poll = _route(api, config, workflow.poll, pointer_join(pointer, "poll"))
        if not poll.path_names:
            raise _fail(
                config, pointer_join(pointer, "poll"), f"{workflow.poll} has no path parameter for the job id"
            )
        creates = frozenset(
            route.key
            for i, entry in enumerate(workflow.creates)
            for route in _creates(api, config, workflow, entry, pointer_join(pointer, "creates", i))
        )
        props = _response_props(api, poll)
        flows.append(
            Flow(
                workflow=workflow,
                creates=creates,
                poll=poll,
                delete=next(
                    (r for r in api.routes if r.method == "DELETE" and r.template == poll.template), None
                ),
                id_param=poll.path_names[-1],
                pending=_pending(api.schemas, props.get(workflow.status_field), workflow),
                poll_props=props,
                download_item=_items(api.schemas, props.get(workflow.downloads_field)),
                example_ids=_example_ids(poll),
            )
        )
    return flows


def _example_ids(poll: Route) -> frozenset[str]:
    name = poll.path_names[-1]
    values = next((p.examples for p in poll.params if p.location == "path" and p.name == name), ())
    return frozenset(
        str(v) for v in values if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v)
    )


def bind_uploads(api: Api, config: Config | None) -> UploadFlow | None:
    if config is None or config.uploads is None:
        return None
    route = _route(api, config, config.uploads.operation, "/uploads/operation")
    props = _response_props(api, route)
    return UploadFlow(config.uploads, route, _items(api.schemas, props.get(config.uploads.items_field)))


def _fail(config: Config, pointer: str, message: str) -> SpecError:
    return SpecError(Problem(message, config.source or "<config>", pointer))


def _route(api: Api, config: Config, key: str, pointer: str) -> Route:
    route = api.route(key)
    if route is None:
        raise _fail(config, pointer, f"no operation {key!r} in the spec")
    return route


def _creates(
    api: Api, config: Config, workflow: Workflow, entry: str | Selector, pointer: str
) -> list[Route]:
    if not isinstance(entry, Selector):
        return [_route(api, config, entry, pointer)]
    matched = [
        r for r in api.routes if entry.tag in r.tags and r.method == entry.method and r.key != workflow.poll
    ]
    if not matched:
        raise _fail(config, pointer, f"no {entry.method} operation has the tag {entry.tag!r}")
    return matched


def _response_props(api: Api, route: Route) -> dict[str, Located]:
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


def _items(schemas: Schemas, array: Located | None) -> Located | None:
    if array is None:
        return None
    target = schemas.deref(array)
    if isinstance(target.value, dict) and isinstance(target.value.get("items"), dict):
        return Schemas.child(target, "items")
    return None
