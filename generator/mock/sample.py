"""A valid request for any operation, built from the spec: what tests send to exercise a route.

It serialises parameters the way `params` parses them (OpenAPI styles), so each round trip
checks both sides.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from .schemas import Schemas
from ..openapi import FORM, MULTIPART_FORM, is_json, media_base
from .spec import Api, Param, Route
from .synth import Synth

BOUNDARY = "mock-sample-boundary"


@dataclass(frozen=True)
class SampleRequest:
    method: str
    path: str
    """Percent-encoded, including the spec's server prefix."""
    query: tuple[tuple[str, str], ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None


def sample_request(api: Api, route: Route, credential: str = "mock-token") -> SampleRequest:
    synth = Synth(api.schemas, "http://example.com", request=True)
    path_values: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for param in route.params:
        if not param.required or param.schema is None:
            continue
        value = synth.value(param.schema)
        if param.media is not None:
            text = json.dumps(value) if is_json(param.media) else _text(value)
            pairs = [(param.name, text)]
        else:
            pairs = _serialise(param, value)
        if param.location == "path":
            path_values[param.name] = pairs[0][1] if pairs else ""
        elif param.location == "query":
            query += pairs
        elif param.location == "header":
            headers[param.name] = pairs[0][1] if pairs else ""
        else:
            cookies += [f"{k}={v}" for k, v in pairs]
    _authorise(api, route, credential, headers, query, cookies)
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    path = re.sub(r"\{([^{}]+)\}", lambda m: quote(path_values.get(m.group(1), ""), safe=""), route.template)
    body = None
    if route.body is not None and route.body.media:
        media_type, media = _pick_media(route.body.media)
        schema = (
            Schemas.child(media, "schema")
            if isinstance(media.value, dict) and "schema" in media.value
            else None
        )
        value = synth.value(schema) if schema is not None else {}
        headers["Content-Type"], body = _encode(media_type, value)
    return SampleRequest(route.method, api.prefix + path, tuple(query), headers, body)


def _serialise(param: Param, value: Any) -> list[tuple[str, str]]:
    """(name, text) pairs for one parameter, in its style."""
    name = param.name
    if param.location == "path" and param.style in ("label", "matrix"):
        return [(name, _styled_path(param, value))]
    if isinstance(value, list):
        if param.location == "query" and param.style == "form" and param.explode:
            return [(name, _text(v)) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
        return [(name, separator.join(_text(v) for v in value))]
    if isinstance(value, dict):
        if param.location == "query" and param.style == "deepObject":
            return [(f"{name}[{k}]", _text(v)) for k, v in value.items()]
        if param.location == "query" and param.style == "form" and param.explode:
            return [(k, _text(v)) for k, v in value.items()]
        if param.explode:
            return [(name, ",".join(f"{k}={_text(v)}" for k, v in value.items()))]
        return [(name, ",".join(f"{k},{_text(v)}" for k, v in value.items()))]
    return [(name, _text(value))]


def _styled_path(param: Param, value: Any) -> str:
    """A label (`.a,b`, `.a.b`) or matrix (`;id=a,b`, `;id=a;id=b`) path value."""
    label, name = param.style == "label", param.name
    if isinstance(value, dict):
        items = (
            [f"{k}={_text(v)}" for k, v in value.items()]
            if param.explode
            else [part for k, v in value.items() for part in (str(k), _text(v))]
        )
        if param.explode:
            return ("." if label else ";") + ("." if label else ";").join(items)
    elif isinstance(value, list):
        items = [_text(v) for v in value]
        if param.explode:
            return "".join(("." if label else f";{name}=") + i for i in items)
    else:
        items = [_text(value)]
    return ("." if label else f";{name}=") + ",".join(items)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def _pick_media(media: tuple[tuple[str, Any], ...]) -> tuple[str, Any]:
    for wanted in (
        is_json,
        lambda m: media_base(m) == FORM,
        lambda m: media_base(m) == MULTIPART_FORM,
    ):
        for name, loc in media:
            if wanted(name):
                return name, loc
    return media[0]


def _encode(media_type: str, value: Any) -> tuple[str, bytes]:
    base = media_base(media_type)
    if is_json(media_type):
        return media_type, json.dumps(value).encode("utf-8")
    if base == FORM:
        fields = value if isinstance(value, dict) else {}
        pairs = [(k, _text(i)) for k, v in fields.items() for i in (v if isinstance(v, list) else [v])]
        return media_type, urlencode(pairs).encode("ascii")
    if base == MULTIPART_FORM:
        fields = value if isinstance(value, dict) else {}
        parts = b"".join(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n'.encode("utf-8")
            + _text(v).encode("utf-8")
            + b"\r\n"
            for k, v in fields.items()
        )
        return f"multipart/form-data; boundary={BOUNDARY}", parts + f"--{BOUNDARY}--\r\n".encode("ascii")
    if "*" in base:
        media_type = "application/octet-stream"
    return media_type, (value if isinstance(value, str) else json.dumps(value)).encode("utf-8")


def _authorise(
    api: Api,
    route: Route,
    credential: str,
    headers: dict[str, str],
    query: list[tuple[str, str]],
    cookies: list[str],
) -> None:
    """Credentials for the first security alternative (none if anonymous access is allowed)."""
    requirements = [r for r in route.security if isinstance(r, dict)]
    if not requirements or any(not r for r in requirements):
        return
    for name in requirements[0]:
        scheme = api.schemes.get(name, {})
        kind = scheme.get("type")
        if kind == "apiKey":
            where, key = scheme.get("in"), str(scheme.get("name", ""))
            if where == "header":
                headers[key] = credential
            elif where == "query":
                query.append((key, credential))
            else:
                cookies.append(f"{key}={credential}")
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            headers["Authorization"] = "Basic " + base64.b64encode(f"user:{credential}".encode()).decode(
                "ascii"
            )
        elif kind == "http":
            headers["Authorization"] = f"{str(scheme.get('scheme', 'Bearer')).capitalize()} {credential}"
        elif kind in ("oauth2", "openIdConnect"):
            headers["Authorization"] = f"Bearer {credential}"
