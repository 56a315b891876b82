"""Names the generated code already uses, by namespace: a name from the spec that would shadow
one of these gets a trailing underscore (or another name)."""

from __future__ import annotations

# Names a pydantic model field cannot take (BaseModel attributes) or that would shadow the
# modules generated code refers to inside class bodies and functions.
MODULE_NAMES = {
    "typing",
    "typing_extensions",
    "pydantic",
    "datetime",
    "uuid",
    "enum",
    "models",
    "params",
    "enums",
}
# Builtins that generated annotations use: a field named `str` would shadow the type for the
# annotations after it in the class body.
_ANNOTATION_BUILTINS = {"str", "int", "float", "bool", "bytes"}
BUILTIN_TYPES = {
    "type",
    "list",
    "dict",
    "set",
    "tuple",
    "object",
    "frozenset",
    "bytearray",
    "complex",
    "range",
}
"""Builtin types a Python-named request key must not be spelled as (`type` -> `type_`)."""
MODEL = (
    _ANNOTATION_BUILTINS
    | {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "register",
    }
    | MODULE_NAMES
)
KWARG = {"self", "request_options", "cls"} | MODULE_NAMES
# Attributes of every resource a method must not shadow (`client.x.with_raw_response`).
RESOURCE = {"with_options", "with_raw_response", "with_streaming_response"}
# Attributes of the clients that a resource must not shadow (`client.close()`).
CLIENT_ATTRIBUTES = {"close", "with_options"}
# Names generated modules import or define beside the types they hold.
CLASS = {"BaseModel", "StrEnum", "IntEnum", "NotGiven", "JsonValue", "FileContent"}
# The client constructor's own arguments and the names its body and `_credentials()` use.
CREDENTIAL = {
    "environment",
    "base_url",
    "timeout",
    "max_retries",
    "headers",
    "http_client",
    "httpx_client",  # the other spelling a config may choose (`clients: http_client_argument`)
    "found",
    "chosen",
    "os",
    "httpx",
    "functools",
} | KWARG
# What the generated SDK imports, besides the standard library: a package with one of these
# names (or a standard module's) would shadow it for everyone who installs the SDK.
DEPENDENCIES = {
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "idna",
    "certifi",
    "pydantic",
    "pydantic_core",
    "typing_extensions",
    "annotated_types",
    "typing_inspection",
}
