"""Small types shared by the runtime and the generated resources."""

from __future__ import annotations

import typing

import typing_extensions

if typing.TYPE_CHECKING:
    import httpx

__all__ = ["NOT_GIVEN", "FileContent", "JsonValue", "NotGiven", "RequestOptions"]


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


FileContent: typing_extensions.TypeAlias = typing.Union[
    bytes,
    typing.IO[bytes],
    typing.Tuple[str, typing.Union[bytes, typing.IO[bytes]]],
    typing.Tuple[str, typing.Union[bytes, typing.IO[bytes]], str],
]
"""A file to upload: its bytes, an open binary file, or `(filename, content[, content_type])`."""
