"""The intermediate representation: what the SDK is, with no OpenAPI vocabulary left.

`normalize` builds it from a loaded document; `naming` fills every Python identifier in (the
`name` fields below are empty until then); `render` only reads it. Everything is frozen, so no
stage can reach back and change what an earlier one decided.

Types are referenced by key (`Named.key`) rather than by object, so recursive schemas are plain
data and renaming never has to rebuild the graph.

The package answers questions too: `Api` finds operations, types and resources by key, and
`unwrap` (with `Api.model`, `Api.enum`) says what a type reference stands for. Modules: `types`
(type references and named types), `operations`, `api`.
"""

from __future__ import annotations

from .types import (
    JsonValue,
    ScalarKind,
    Deprecation,
    Scalar,
    Const,
    Array,
    Map,
    Named,
    Nullable,
    Discriminator,
    UnionOf,
    TypeRef,
    non_null,
    parts,
    unwrap,
    steps,
    definition,
    Field,
    Model,
    EnumMember,
    Enum,
    Alias,
    TypeDef,
)
from .operations import (
    ParamLocation,
    BodyEncoding,
    Parameter,
    Body,
    Response,
    SecurityRequirement,
    SecurityScheme,
    UploadTarget,
    Upload,
    Job,
    Paging,
    PagingScheme,
    Operation,
    Webhook,
)
from .api import (
    Resource,
    ServerVariable,
    Server,
    Api,
)

__all__ = [
    "Alias",
    "Api",
    "Array",
    "Body",
    "BodyEncoding",
    "Const",
    "Deprecation",
    "Discriminator",
    "Enum",
    "EnumMember",
    "Field",
    "Job",
    "JsonValue",
    "Map",
    "Model",
    "Named",
    "Nullable",
    "Operation",
    "Paging",
    "PagingScheme",
    "ParamLocation",
    "Parameter",
    "Resource",
    "Response",
    "Scalar",
    "ScalarKind",
    "SecurityRequirement",
    "SecurityScheme",
    "Server",
    "ServerVariable",
    "TypeDef",
    "TypeRef",
    "UnionOf",
    "Upload",
    "UploadTarget",
    "Webhook",
    "definition",
    "non_null",
    "parts",
    "steps",
    "unwrap",
]
