"""`securitySchemes` -> `ir.SecurityScheme`s, and operations' `security` -> requirements."""

from __future__ import annotations

from typing import Any, Iterable

from .. import ir
from ..errors import Problem, SpecError, pointer_escape
from ..openapi import is_header_name
from ..text import clean
from .context import Reader


def requirements(source: Any) -> tuple[ir.SecurityRequirement, ...] | None:
    """An operation's `security` (or the document's): None when it says nothing."""
    if not isinstance(source, list):
        return None
    return tuple(ir.SecurityRequirement(tuple(sorted(req))) for req in source if isinstance(req, dict))


def schemes(reader: Reader, used: set[str]) -> Iterable[ir.SecurityScheme]:
    """The schemes operations use (one no operation uses cannot matter, supported or not)."""
    components = reader.doc.root.get("components") or {}
    for key, raw in (components.get("securitySchemes") or {}).items():
        if key not in used:
            continue
        loc = reader.doc.deref(raw, reader.doc.name, "/components/securitySchemes/" + pointer_escape(key))
        yield _scheme(key, loc.value if isinstance(loc.value, dict) else {}, loc.file, loc.pointer)


def _scheme(key: str, scheme: dict[str, Any], file: str, pointer: str) -> ir.SecurityScheme:
    kind = scheme.get("type")
    description = clean(scheme.get("description"))
    http_scheme = str(scheme.get("scheme", "")).lower()
    # OAuth2 and OpenID Connect end in a bearer token on the wire.
    if (kind == "http" and http_scheme == "bearer") or kind in ("oauth2", "openIdConnect"):
        return ir.SecurityScheme(key, "bearer", "header", "Authorization", description)
    if kind == "http" and http_scheme == "basic":
        return ir.SecurityScheme(key, "basic", "header", "Authorization", description)
    if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
        wire = str(scheme.get("name", ""))
        if scheme["in"] == "header" and not is_header_name(wire):
            raise SpecError(
                Problem(f"API key header {wire!r} is not a valid HTTP header name", file, pointer + "/name")
            )
        return ir.SecurityScheme(key, "api_key", scheme["in"], wire, description)
    if kind == "http":
        raise SpecError(
            Problem(
                f"unsupported HTTP authentication scheme {scheme.get('scheme')!r} (supported: bearer, basic)",
                file,
                pointer + "/scheme",
            )
        )
    raise SpecError(Problem(f"unsupported security scheme type {kind!r}", file, pointer))
