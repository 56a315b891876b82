"""The intermediate representation: what the SDK is, with no OpenAPI vocabulary left.

`normalize` builds it from a loaded document; `naming` fills every Python identifier in (the
`name` fields below are empty until then); `render` only reads it. Everything is frozen, so no
stage can reach back and change what an earlier one decided.

Types are referenced by key (`Named.key`) rather than by object, so recursive schemas are plain
data and renaming never has to rebuild the graph.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator, Literal, Mapping, Union

JsonValue = Union[None, bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"]]

ScalarKind = Literal["str", "int", "float", "bool", "date", "datetime", "uuid", "bytes", "binary", "json"]
"""`bytes` is base64 text on the wire; `binary` is a raw file; `json` is any JSON value."""


@dataclass(frozen=True)
class Deprecation:
    """Why an item is deprecated and what replaces it, whatever way the spec said so."""

    message: str = ""
    replacement: str | None = None
    source: Literal["keyword", "extension", "prose"] = "keyword"


# --- type references -------------------------------------------------------------------------


@dataclass(frozen=True)
class Scalar:
    kind: ScalarKind


@dataclass(frozen=True)
class Const:
    value: JsonValue


@dataclass(frozen=True)
class Array:
    item: TypeRef


@dataclass(frozen=True)
class Map:
    value: TypeRef


@dataclass(frozen=True)
class Named:
    """A reference to a `TypeDef` by its key."""

    key: str


@dataclass(frozen=True)
class Nullable:
    inner: TypeRef


@dataclass(frozen=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]
    """(wire value, type key) pairs."""


@dataclass(frozen=True)
class UnionOf:
    variants: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None


TypeRef = Union[Scalar, Const, Array, Map, Named, Nullable, UnionOf]


def non_null(ref: TypeRef) -> TypeRef:
    """The type without its `Nullable` wrapper, if it has one."""
    return ref.inner if isinstance(ref, Nullable) else ref


def parts(ref: TypeRef) -> tuple[TypeRef, ...]:
    """The references a type reference is built from (none for a scalar, a constant or a
    `Named` one, whose definition holds its own)."""
    if isinstance(ref, Array):
        return (ref.item,)
    if isinstance(ref, Map):
        return (ref.value,)
    if isinstance(ref, Nullable):
        return (ref.inner,)
    if isinstance(ref, UnionOf):
        return ref.variants
    return ()


def unwrap(
    ref: TypeRef, types: Mapping[str, TypeDef], *, aliases: bool = True, items: bool = False
) -> TypeRef:
    """What a reference stands for once the wrappers that do not change it are gone: `Nullable`
    always; with `aliases`, each `Alias` for its target (a cycle of aliases stops where it
    closes); with `items`, an array for its items. A `Named` reference that is left points at a
    model or an enum (or at a type `types` does not hold yet)."""
    last = ref
    for last in steps(ref, types, aliases=aliases, items=items):
        pass
    return last


def steps(
    ref: TypeRef, types: Mapping[str, TypeDef], *, aliases: bool = True, items: bool = False
) -> Iterator[TypeRef]:
    """Every reference `unwrap` passes through, from `ref` itself to its result; where a cycle
    of aliases closes, the alias met again is the last step."""
    seen: set[str] = set()
    while True:
        yield ref
        if isinstance(ref, Nullable):
            ref = ref.inner
        elif items and isinstance(ref, Array):
            ref = ref.item
        elif aliases and isinstance(ref, Named) and ref.key not in seen:
            target = types.get(ref.key)
            if not isinstance(target, Alias):
                return
            seen.add(ref.key)
            ref = target.target
        else:
            return


def definition(ref: TypeRef | None, types: Mapping[str, TypeDef], **unwrapping: bool) -> TypeDef | None:
    """The named type behind a reference (see `unwrap`), or None when it is not a named one."""
    if ref is None:
        return None
    ref = unwrap(ref, types, **unwrapping)
    return types.get(ref.key) if isinstance(ref, Named) else None


# --- named types -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    wire_name: str
    type: TypeRef
    required: bool
    description: str = ""
    default: JsonValue | None = None
    has_default: bool = False
    example: JsonValue | None = None
    has_example: bool = False
    deprecated: Deprecation | None = None
    read_only: bool = False
    write_only: bool = False
    name: str = ""
    """Python attribute / keyword name, set by `naming`."""


@dataclass(frozen=True)
class Model:
    key: str
    name_hint: tuple[str, ...]
    """Words the name is built from, e.g. ("v1", "ai image generator", "create", "body")."""
    fields: tuple[Field, ...]
    description: str = ""
    extra: TypeRef | None = None
    """Type of additional properties kept beside the declared fields (None: extras kept, untyped)."""
    closed: bool = False
    """True when the spec forbids additional properties."""
    deprecated: Deprecation | None = None
    pointer: str = ""
    usage: frozenset[str] = frozenset()
    """"request" and/or "response": decides whether it becomes a param, a model, or both."""
    name: str = ""
    module: str = ""
    """Module file name (no extension) under `types/<kind>/`, set by `naming`."""

    def field(self, wire_name: str) -> Field | None:
        """The field sent and received as `wire_name`."""
        return self._by_wire.get(wire_name)

    @functools.cached_property
    def _by_wire(self) -> dict[str, Field]:
        return {f.wire_name: f for f in reversed(self.fields)}


@dataclass(frozen=True)
class EnumMember:
    value: str | int
    description: str = ""
    deprecated: Deprecation | None = None
    name: str = ""


@dataclass(frozen=True)
class Enum:
    key: str
    name_hint: tuple[str, ...]
    members: tuple[EnumMember, ...]
    value_kind: Literal["str", "int"] = "str"
    description: str = ""
    deprecated: Deprecation | None = None
    pointer: str = ""
    usage: frozenset[str] = frozenset()
    name: str = ""
    module: str = ""


@dataclass(frozen=True)
class Alias:
    """A named schema that is neither an object nor an enum (a union, an array, a scalar)."""

    key: str
    name_hint: tuple[str, ...]
    target: TypeRef
    description: str = ""
    deprecated: Deprecation | None = None
    pointer: str = ""
    usage: frozenset[str] = frozenset()
    name: str = ""
    module: str = ""


TypeDef = Union[Model, Enum, Alias]


# --- operations ------------------------------------------------------------------------------

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


@dataclass(frozen=True)
class Response:
    status: str
    """"200", "204", "4XX" or "default"."""
    description: str = ""
    media_type: str | None = None
    type: TypeRef | None = None
    example: JsonValue | None = None
    has_example: bool = False

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


@dataclass(frozen=True)
class Resource:
    """A node of `client.<a>.<b>`: its own operations and its sub-resources."""

    path: tuple[str, ...]
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]
    name: str = ""
    """Attribute name on the parent, set by `naming`."""
    class_name: str = ""
    module: str = ""
    """Dotted module path under `resources`, set by `naming`."""


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Server:
    url: str
    """The URL with every variable at its default: what the SDK sends to."""
    description: str = ""
    template: str = ""
    """The URL as the spec writes it, `{name}` for each variable."""
    variables: tuple[ServerVariable, ...] = ()
    name: str = ""
    """Its member of the SDK's `Environment` (`PRODUCTION`), set by `naming` for the servers
    the SDK can send to (absolute ones)."""

    @property
    def absolute(self) -> bool:
        """Whether the SDK can send to it (a relative URL is relative to wherever the spec was
        published)."""
        return self.url.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Api:
    """The whole SDK, and the questions later stages ask of it (types, operations and
    resources by key, what a type reference stands for)."""

    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    types: tuple[TypeDef, ...]
    operations: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...] = ()
    webhooks: tuple[Webhook, ...] = ()
    resources: Resource | None = None
    """The resource tree; built by `naming` once operations have names."""

    def type(self, key: str) -> TypeDef:
        return self.type_index[key]

    def operation(self, key: str) -> Operation:
        """The operation `METHOD /path` (a `KeyError` when there is none: see `has_operation`)."""
        return self._operations[key]

    def has_operation(self, key: str) -> bool:
        return key in self._operations

    def unwrap(self, ref: TypeRef, *, aliases: bool = True, items: bool = False) -> TypeRef:
        """See `ir.unwrap`."""
        return unwrap(ref, self.type_index, aliases=aliases, items=items)

    def steps(self, ref: TypeRef, *, aliases: bool = True, items: bool = False) -> Iterator[TypeRef]:
        """See `ir.steps`."""
        return steps(ref, self.type_index, aliases=aliases, items=items)

    def definition(self, ref: TypeRef | None, *, aliases: bool = True, items: bool = False) -> TypeDef | None:
        """The named type behind a reference, or None (see `ir.unwrap`)."""
        return definition(ref, self.type_index, aliases=aliases, items=items)

    def model(self, ref: TypeRef | None, *, aliases: bool = True, items: bool = False) -> Model | None:
        """The model behind a reference (nullable or through aliases), or None."""
        found = self.definition(ref, aliases=aliases, items=items)
        return found if isinstance(found, Model) else None

    def enum(self, ref: TypeRef | None, *, aliases: bool = True, items: bool = False) -> Enum | None:
        """The enum behind a reference, or None."""
        found = self.definition(ref, aliases=aliases, items=items)
        return found if isinstance(found, Enum) else None

    def resource_of(self, operation_key: str) -> Resource:
        """The node of the resource tree that holds an operation (the tree comes from `naming`)."""
        return self._resources[operation_key]

    @functools.cached_property
    def type_index(self) -> dict[str, TypeDef]:
        return {t.key: t for t in self.types}

    @functools.cached_property
    def _operations(self) -> dict[str, Operation]:
        return {op.key: op for op in self.operations}

    @functools.cached_property
    def _resources(self) -> dict[str, Resource]:
        index: dict[str, Resource] = {}
        stack = [self.resources] if self.resources is not None else []
        while stack:
            node = stack.pop()
            index.update((op.key, node) for op in node.operations)
            stack.extend(node.children)
        return index
