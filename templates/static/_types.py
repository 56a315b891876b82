"""Small types shared by the runtime and the generated resources."""

from __future__ import annotations

import os
import typing

import typing_extensions

if typing.TYPE_CHECKING:
    import httpx

__all__ = [
    "NOT_GIVEN",
    "BinaryResponse",
    "FileContent",
    "JsonValue",
    "NotGiven",
    "RequestOptions",
    "checked_options",
    "to_wire",
]


class NotGiven:
    """The type of `NOT_GIVEN`: an argument that was not passed, as opposed to `None`."""

    _instance: typing.ClassVar[NotGiven | None] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> typing.Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

# Recursive: a TypeAliasType at run time, so that `typing.get_type_hints()` on a method whose
# annotations reach it (through a params alias, in a module that never imports it) has no
# forward reference left to evaluate there; mypy reads the same as a plain alias.
if typing.TYPE_CHECKING:
    JsonValue: typing_extensions.TypeAlias = typing.Union[
        None,
        bool,
        int,
        float,
        str,
        typing.List["JsonValue"],
        typing.Dict[str, "JsonValue"],
    ]
else:
    JsonValue = typing_extensions.TypeAliasType(
        "JsonValue",
        typing.Union[
            None,
            bool,
            int,
            float,
            str,
            typing.List["JsonValue"],
            typing.Dict[str, "JsonValue"],
        ],
    )
"""Any JSON value: what a schema without a type allows."""


class RequestOptions(typing_extensions.TypedDict, total=False):
    """Per-request overrides of the client's settings."""

    timeout: typing.Union[float, httpx.Timeout, None]
    """Seconds (or an `httpx.Timeout`) for this request; `None` waits forever."""
    max_retries: int
    """Retries after the first attempt for this request."""
    headers: typing.Mapping[str, str]
    """Extra headers, sent after the client's own (they win on a clash)."""
    extra_query: typing.Mapping[str, str]
    """Extra query parameters."""
    additional_headers: typing.Mapping[str, str]
    """The same as `headers`, under the name other Python SDK generators use."""
    additional_params: typing.Mapping[str, str]
    """The same as `extra_query`, under the name other Python SDK generators use."""


_OPTION_KEYS = frozenset(RequestOptions.__annotations__)


def checked_options(options: RequestOptions) -> RequestOptions:
    """`options` with the other generators' names folded into ours. An unknown key is a
    `TypeError`: a misspelt option silently ignored would send a request the caller did not
    mean (a header never sent)."""
    unknown = sorted(set(options) - _OPTION_KEYS)
    if unknown:
        raise TypeError(
            f"request_options got an unexpected key {unknown[0]!r} "
            f"(expected one of: {', '.join(sorted(_OPTION_KEYS))})"
        )
    if "additional_headers" not in options and "additional_params" not in options:
        return options
    merged: RequestOptions = {**options}
    merged["headers"] = {
        **(options.get("additional_headers") or {}),
        **(options.get("headers") or {}),
    }
    merged["extra_query"] = {
        **(options.get("additional_params") or {}),
        **(options.get("extra_query") or {}),
    }
    return merged


class BinaryResponse(bytes):
    """The body of a response that is a file: the bytes themselves, with the response's
    `headers` (its content type, its file name) and `content` (the same bytes)."""

    headers: httpx.Headers

    def __new__(cls, content: bytes, headers: httpx.Headers) -> BinaryResponse:
        response = super().__new__(cls, content)
        response.headers = headers
        return response

    @property
    def content(self) -> bytes:
        return bytes(self)

    def write_to_file(self, path: typing.Union[str, os.PathLike[str]]) -> int:
        """Write the bytes to `path`; the number written. They are in memory already: for a
        file too large for that, call the method through `with_streaming_response`."""
        with open(path, "wb") as file:
            return file.write(self)


FileContent: typing_extensions.TypeAlias = typing.Union[
    bytes,
    typing.IO[bytes],
    typing.Tuple[str, typing.Union[bytes, typing.IO[bytes]]],
    typing.Tuple[str, typing.Union[bytes, typing.IO[bytes]], str],
]
"""A file to upload: its bytes, an open binary file, or `(filename, content[, content_type])`."""


WireNames = typing.Mapping[str, typing.Tuple[str, object]]
"""Python key -> (the API's key, the `WireNames` of its value or None), for request dicts whose
keys are Python names (`search_web` -> `searchWeb`); a list's items share its value's names."""


def to_wire(value: object, names: WireNames) -> object:
    """`value` with the API's keys, as a copy: what a request sends for dicts written with
    the SDK's Python names. Keys not in `names` pass as they are."""
    if isinstance(value, (list, tuple)):
        return [to_wire(item, names) for item in value]
    if not isinstance(value, dict):
        return value
    out: typing.Dict[str, object] = {}
    for key, item in value.items():
        wire, inner = names.get(key, (key, None))
        out[wire] = to_wire(item, typing.cast(WireNames, inner)) if inner else item
    return out
