"""Operations of the IR: parameters, bodies, responses, security, long-running jobs, webhooks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .types import Deprecation, JsonValue, Scalar, TypeRef

ParamLocation = Literal["path", "query", "header", "cookie"]
BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    deprecated: Deprecation | None = None
    style: str = "simple"
    """How the value is written: OpenAPI's style names (`simple`, `label`, `matrix`, `form`,
    `spaceDelimited`, `pipeDelimited`, `deepObject`), or `json` for one JSON text."""
    explode: bool = False
    example: JsonValue | None = None
    has_example: bool = False
    default: JsonValue | None = None
    has_default: bool = False
    name: str = ""
    removed: str | None = None
    """The release that removed this deprecated parameter, while the config's grace period
    keeps accepting it (set by `grace`); it is never sent."""


@dataclass(frozen=True)
class Body:
    media_type: str
    encoding: BodyEncoding
    type: TypeRef
    required: bool
    description: str = ""
    example: JsonValue | None = None
    has_example: bool = False
    flatten: bool = False
    """True when the body is an object whose properties become keyword arguments."""
    arg_names: tuple[tuple[str, str], ...] = ()
    """(wire name, keyword name) per property of a flattened body, set by `naming`."""
    name: str = ""
    """Keyword name of a body passed whole (not flattened), set by `naming`."""
    styles: tuple[tuple[str, str, bool], ...] = ()
    """(wire name, style, explode) of the form fields the spec's `encoding` writes its own way
    (for multipart, every field it gives a style: its parts are then text, as in a form)."""
    part_types: tuple[tuple[str, str], ...] = ()
    """Multipart: (wire name, content type) of the fields not sent as plain text parts (a JSON
    object, or the `encoding`'s `contentType`)."""


@dataclass(frozen=True)
class Response:
    status: str
    """"200", "204", "4XX" or "default"."""
    description: str = ""
    media_type: str | None = None
    type: TypeRef | None = None
    example: JsonValue | None = None
    has_example: bool = False
    stream: Literal["sse", "ndjson"] | None = None
    """Set when the body is a stream of items (`type` is then one item's type; None for an
    SSE stream without a schema: its events come as they are)."""
    whole_event: bool = False
    """SSE: `type` describes the whole event (its `event`, `data`, `id`), not its `data`."""
    headers: tuple[str, ...] = ()
    """The response headers it declares, by name as spelled (`Link`, `X-RateLimit-Limit`)."""

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def is_raw(self) -> bool:
        """The body is handed over as it came: text (`str`) or bytes, not parsed JSON."""
        return self.type in (Scalar("str"), Scalar("binary"))


@dataclass(frozen=True)
class SecurityRequirement:
    """All schemes listed together must be satisfied (an OpenAPI security object)."""

    schemes: tuple[str, ...]


@dataclass(frozen=True)
class SecurityScheme:
    key: str
    kind: Literal["bearer", "basic", "api_key"]
    location: ParamLocation | None = None
    """For api keys: header, query or cookie."""
    wire_name: str = ""
    description: str = ""
    arguments: tuple[str, ...] = ()
    """The client constructor's keyword arguments for it, set by `naming`: the secret's; for
    HTTP basic, the username's then the password's."""


@dataclass(frozen=True)
class UploadTarget:
    """A request-body field that takes a file path, which `generate()` may be given locally."""

    path: tuple[str, ...]
    """Wire names from the top-level argument down; `*` stands for every item of a list."""
    kind: str | None
    """The upload kind the field's name implies (`video_file_path`: video), else None."""


@dataclass(frozen=True)
class Upload:
    """The operation that hands out upload URLs, and the names of its fields."""

    operation: str
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    items_field: str
    kind_field: str
    extension_field: str
    url_field: str
    path_field: str
    method: tuple[str, ...] = ()
    """`client.<...>.<name>` of the method that uploads one file and returns its path to send
    (`v1.files.upload_file`), or empty for none."""


@dataclass(frozen=True)
class Job:
    """The result of an operation is a long-running job, finished by polling another one."""

    name: str
    """The workflow's name in the config, e.g. "image_projects"."""
    poll: str
    """Key of the polling operation, e.g. `GET /v1/image-projects/{id}`."""
    id_field: str
    """Field of the create response that holds the job id."""
    id_param: str
    """Path parameter of the polling operation that takes it."""
    status_field: str
    success: tuple[str, ...]
    failure: tuple[str, ...]
    downloads_field: str | None
    download_url_field: str
    uploads: tuple[UploadTarget, ...] = ()
    upload: Upload | None = None
    result_name: str = ""
    """Class name of the poll response extended with `downloaded_paths`, set by `naming`."""
    result_module: str = ""
    """Module of that class under `types/models/`, set by `naming`."""
    result_method: str | None = None
    """The polling resource's method that finishes a job by its id (`check_result`), if any."""


PagingScheme = Literal["cursor", "next_url", "link_header", "offset", "page"]


@dataclass(frozen=True)
class Paging:
    """How a list operation's responses page (set by `pagination.attach_paging`).

    `items` is the body's array property; `param` the query parameter that asks for a later page
    (cursor, offset or page number), `field` the body property naming it (next cursor or next
    URL), `limit_param` the page-size parameter of offset paging. Wire names, all of them.
    """

    scheme: PagingScheme
    items: str
    param: str = ""
    field: str = ""
    limit_param: str = ""


@dataclass(frozen=True)
class Operation:
    key: str
    """`METHOD /path`: stable across runs, used by config and diagnostics."""
    method: str
    path: str
    resource: tuple[str, ...]
    """Resource path hint, e.g. ("v1", "ai image generator")."""
    action: str
    """Method-name hint, e.g. "create", "get", or an operationId."""
    operation_id: str | None
    tags: tuple[str, ...] = ()
    summary: str = ""
    description: str = ""
    deprecated: Deprecation | None = None
    parameters: tuple[Parameter, ...] = ()
    body: Body | None = None
    responses: tuple[Response, ...] = ()
    security: tuple[SecurityRequirement, ...] | None = None
    """None: no requirement; a requirement with no schemes means anonymous access is allowed."""
    pointer: str = ""
    server: str = ""
    """The operation's own server (`servers` on it or on its path), its variables at their
    defaults; empty: the client's."""
    job: Job | None = None
    """Set when the config says this operation starts a long-running job."""
    paging: Paging | None = None
    """Set when its responses page (recognised, or declared in the config)."""
    finishes: Job | None = None
    """Set on a polling operation whose workflow names a `result_method`: the job that method
    finishes, from an id the caller already has."""
    name: str = ""
    """Python method name, set by `naming`."""
    constant_prefix: str = ""
    """Prefix of the module constants that belong to its method (`_CREATE` for
    `_CREATE_DEPRECATIONS`), set by `naming`."""
    errors_name: str = ""
    """The module constant that maps its error statuses to their body types (`_ERRORS`,
    `_ERRORS_2`: operations of a resource with the same error bodies share one), set by
    `naming`; empty when no error body is typed."""
    title: str = ""
    """What docs call it, set by `naming`: the summary, else the operationId in words ("Get
    pet by id"), else the method name."""

    @property
    def success(self) -> Response | None:
        return next((r for r in self.responses if r.is_success), None)

    @property
    def typed_errors(self) -> tuple[Response, ...]:
        """The error responses whose bodies have a type of their own (not just any JSON)."""
        return tuple(
            r for r in self.responses if not r.is_success and r.type is not None and r.type != Scalar("json")
        )


@dataclass(frozen=True)
class Webhook:
    """A request the API sends to its users (OpenAPI 3.1 `webhooks`): its payload is typed."""

    key: str
    """The webhook's name in the spec."""
    method: str
    summary: str = ""
    description: str = ""
    payload: TypeRef | None = None
    media_type: str | None = None
    deprecated: Deprecation | None = None
    name: str = ""
    """Python function name of its parser, set by `naming`."""
