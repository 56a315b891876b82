"""OpenAPI's own vocabulary, in one place for every stage that reads a document.

`load` and `validate` walk path items by `HTTP_METHODS`; `normalize` turns parameters and media
types into IR terms with the rest; the mock (`generator/mock/`) parses and answers requests with
the same words, so the generator and the mock cannot disagree about what a spec says.

Media types are compared as OpenAPI and HTTP compare them: case-insensitively, without their
parameters (`application/JSON; charset=utf-8` is JSON). `*/*` is a type of its own ("any"),
and each question below says what it means for it, so no caller special-cases it.
"""

from __future__ import annotations

import re
from typing import Iterable, Literal

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The operations a path item can hold, in the order OpenAPI lists them."""

PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")

STYLES: dict[str, tuple[str, ...]] = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
"""The serialization styles OpenAPI allows per parameter location (the SDK runtime writes them
all)."""

RUNTIME_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""Header parameters OpenAPI says to ignore: the client sets these itself."""

_HEADER_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")

FORM = "application/x-www-form-urlencoded"
MULTIPART_FORM = "multipart/form-data"
_BINARY_PREFIXES = ("application/octet-stream", "image/", "audio/", "video/", "application/pdf")

BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "text", "binary"]


def default_style(location: str) -> str:
    return "form" if location in ("query", "cookie") else "simple"


def default_explode(style: str) -> bool:
    return style == "form"


def is_header_name(name: str) -> bool:
    """Whether `name` can be sent as an HTTP header (RFC 9110 `token`)."""
    return bool(_HEADER_TOKEN.match(name))


# --- media types -------------------------------------------------------------------------------


def media_base(media_type: str) -> str:
    """`type/subtype`, lower case, without parameters."""
    return media_type.split(";", 1)[0].strip().lower()


def is_json(media_type: str) -> bool:
    """JSON itself or a `+json` type; not `*/*` (which only may be JSON)."""
    base = media_base(media_type)
    return base == "application/json" or base.endswith("+json")


def is_any(media_type: str) -> bool:
    return media_base(media_type) == "*/*"


def is_text(media_type: str) -> bool:
    return media_base(media_type).startswith("text/")


def accepts(declared: str, sent: str) -> bool:
    """Whether a body sent as `sent` fits a media type the spec declares, wildcards included."""
    declared, sent = media_base(declared), media_base(sent)
    if declared == sent or declared == "*/*":
        return True
    return declared.endswith("/*") and sent.startswith(declared[:-1])


def request_encoding(media_type: str) -> BodyEncoding | None:
    """How a request body of this type is written; None for a type known only by its schema.
    `*/*` takes anything: the SDK sends bytes."""
    base = media_base(media_type)
    if is_json(base):
        return "json"
    if base == FORM:
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    if base.startswith(_BINARY_PREFIXES) or base == "*/*":
        return "binary"
    return None


def pick_request_media(media_types: Iterable[str]) -> tuple[str | None, BodyEncoding | None]:
    """The request body type the SDK sends, when a spec offers several: JSON, then form,
    multipart, text and bytes; (None, None) when none is known by name."""
    names = list(media_types)
    for encoding in ("json", "form", "multipart", "text", "binary"):
        for name in names:
            if request_encoding(name) == encoding:
                return name, encoding
    return None, None


def prefer_json(media_types: Iterable[str]) -> str:
    """The media type to read a response (or webhook payload) as: JSON when offered, else the
    first one listed."""
    names = list(media_types)
    return next((name for name in names if is_json(name)), names[0])


_NDJSON = frozenset(
    {"application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines"}
)


def stream_format(media_type: str) -> Literal["sse", "ndjson"] | None:
    """How a streamed response body comes: server-sent events, one JSON value per line
    (ndjson, and Kubernetes' `application/json;stream=watch`), or None: not streamed."""
    base = media_base(media_type)
    if base == "text/event-stream":
        return "sse"
    params = [p.strip().lower().replace(" ", "") for p in media_type.split(";")[1:]]
    if base in _NDJSON or (is_json(base) and "stream=watch" in params):
        return "ndjson"
    return None


def response_kind(media_type: str) -> ResponseKind:
    """How a response body of this type is read: JSON (typed by its schema), text or bytes.
    `*/*` may be anything: its schema says what to expect, as for JSON."""
    if is_json(media_type) or is_any(media_type):
        return "json"
    return "text" if is_text(media_type) else "binary"
